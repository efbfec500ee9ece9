"""What a learner does on a quiz page: start, answer page by page, submit,
read the result.

The routes on ``QuizPage`` hand over to these functions. An attempt is found
only among the signed-in learner's own attempts at this quiz, so changing an
id in the address never reaches anyone else's. Every control is a form
button: answers are saved whenever the learner moves between pages, with or
without JavaScript.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from content.models import CoursePage, QuizPage
from lms.roles import can_access_admin

from . import quizzes, selectors, services
from .models import Enrolment, QuizAttempt
from .page_views import post_only
from .progress import CourseOutline, Progress


def _render(request, page: QuizPage, template: str | None, extra: dict) -> TemplateResponse:
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, template or page.get_template(request), context)


def _course(page: QuizPage) -> CoursePage:
    return CoursePage.objects.ancestor_of(page).first()


def _own_attempt(request, page: QuizPage, attempt_id: int):
    """``(attempt, None)`` for the learner's own attempt at this quiz, else
    ``(None, response)`` refusing: another person's attempt reads exactly
    like one that does not exist."""
    if not request.user.is_authenticated:
        return None, redirect_to_login(request.get_full_path())
    attempt = QuizAttempt.objects.filter(pk=attempt_id, quiz=page, user=request.user).first()
    if attempt is None:
        messages.error(request, _("That quiz attempt was not found."))
        return None, HttpResponseRedirect(page.get_url(request))
    return attempt, None


def _standing(enrolment: Enrolment, page: QuizPage) -> tuple[quizzes.QuizStanding, list]:
    attempts = selectors.learner_quiz_attempts(enrolment=enrolment, quiz=page)
    graded = [attempt for attempt in attempts if attempt.is_graded]
    return quizzes.QuizStanding(quiz=page, graded=graded, now=timezone.now()), attempts


def quiz(request, page: QuizPage):
    if getattr(request, "is_preview", False):
        # Reviewers see every question with its correct answers, as drafted.
        draft = QuizAttempt(questions=quizzes.preview_questions(page), answers={})
        return _render(
            request,
            page,
            None,
            {
                "preview": True,
                "staff_view": True,
                "questions": quizzes.question_views(draft, language=get_language(), reveal=True),
            },
        )
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    course_page = _course(page)
    enrolment = selectors.enrolment_of(user=request.user, course=course_page, active_only=True)
    if enrolment is None and not can_access_admin(request.user):
        messages.info(request, _("Enrol in this course to take its quiz."))
        return HttpResponseRedirect(course_page.get_url(request))
    extra = {"course": course_page, "enrolment": enrolment, "staff_view": enrolment is None}
    if enrolment is not None:
        outline = CourseOutline.for_course(course_page)
        progress = Progress.for_enrolment(outline, enrolment)
        standing, attempts = _standing(enrolment, page)
        open_attempt = next((a for a in attempts if not a.is_graded), None)
        extra.update(
            progress=progress,
            standing=standing,
            attempts=[a for a in attempts if a.is_graded],
            open_attempt=open_attempt,
            refusal=None if open_attempt else standing.refusal(),
            blocking_lesson=progress.blocking_lesson(page),
            next_item=outline.next(page),
        )
    return _render(request, page, None, extra)


def attempt_start(request, page: QuizPage):
    if refusal := post_only(request, page):
        return refusal
    enrolment = selectors.enrolment_of(user=request.user, course=_course(page), active_only=True)
    if enrolment is None:
        messages.error(request, _("You are not enrolled in this course."))
        return HttpResponseRedirect(page.get_url(request))
    try:
        attempt, created = services.quiz_attempt_start(enrolment=enrolment, quiz=page)
    except services.LearningError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(page.get_url(request))
    if not created:
        messages.info(request, _("You have an attempt in progress: carry on where you stopped."))
    return HttpResponseRedirect(_attempt_url(request, page, attempt))


def _attempt_url(request, page: QuizPage, attempt: QuizAttempt, suffix: str = "") -> str:
    return page.get_url(request) + page.reverse_subpage(
        "attempt_route" if not suffix else f"{suffix}_route", kwargs={"attempt_id": attempt.pk}
    )


def _page_number(value, last: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), last)


def _finish_late(request, page: QuizPage, attempt: QuizAttempt):
    services.quiz_attempt_submit(attempt=attempt, confirm_unanswered=True)
    messages.warning(
        request,
        _(
            "The time limit had passed, so your attempt was graded on the answers saved "
            "before it ended."
        ),
    )
    return HttpResponseRedirect(_attempt_url(request, page, attempt, "result"))


def attempt_page(request, page: QuizPage, attempt_id: int):
    """One page of questions (GET), or save that page and move on (POST)."""
    attempt, refusal = _own_attempt(request, page, attempt_id)
    if refusal:
        return refusal
    if attempt.is_graded:
        return HttpResponseRedirect(_attempt_url(request, page, attempt, "result"))
    if quizzes.time_is_up(attempt, timezone.now()):
        return _finish_late(request, page, attempt)
    pages = quizzes.page_count(attempt, page.questions_per_page)
    if request.method == "POST":
        return _save_page(request, page, attempt, pages)
    if request.GET.get("review"):
        return _render_summary(request, page, attempt, pages)
    number = _page_number(request.GET.get("page"), pages)
    numbers = quizzes.page_numbers(attempt, number, page.questions_per_page)
    return _render(
        request,
        page,
        "courses/quiz_attempt.html",
        {
            "attempt": attempt,
            "questions": quizzes.question_views(attempt, language=get_language(), numbers=numbers),
            "page_number": number,
            "pages": range(1, pages + 1),
            "page_total": pages,
            "course": _course(page),
            "max_text_length": quizzes.MAX_TEXT_ANSWER_LENGTH,
        },
    )


def _posted_answers(request, attempt: QuizAttempt, numbers) -> dict[str, list[str]]:
    """Answers posted for this page. A question of the page with nothing
    posted was left blank (an unticked box sends nothing); a key for any other
    question is kept so that checking refuses it."""
    on_page = {str(attempt.questions[n - 1]["id"]) for n in numbers}
    raw = {key: [] for key in on_page}
    for key in request.POST:
        if key.startswith("q-"):
            raw[key[2:]] = request.POST.getlist(key)
    return raw


def _save_page(request, page: QuizPage, attempt: QuizAttempt, pages: int):
    # Page 0 is the review list: it carries no answers, only where to go.
    number = _page_number(request.POST.get("page"), pages)
    numbers = (
        quizzes.page_numbers(attempt, number, page.questions_per_page)
        if request.POST.get("page") != "0"
        else range(0)
    )
    try:
        services.quiz_attempt_save(
            attempt=attempt, answers=_posted_answers(request, attempt, numbers)
        )
    except services.TimeUp:
        return _finish_late(request, page, attempt)
    except services.LearningError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(f"{_attempt_url(request, page, attempt)}?page={number}")
    if "time_over" in request.POST:
        # The countdown ran out in the browser: submit what there is.
        services.quiz_attempt_submit(attempt=attempt, confirm_unanswered=True)
        return HttpResponseRedirect(_attempt_url(request, page, attempt, "result"))
    if "finish" in request.POST:
        return HttpResponseRedirect(f"{_attempt_url(request, page, attempt)}?review=1")
    target = _page_number(request.POST.get("goto"), pages)
    messages.success(request, _("Your answers are saved."))
    return HttpResponseRedirect(f"{_attempt_url(request, page, attempt)}?page={target}")


def _render_summary(request, page: QuizPage, attempt: QuizAttempt, pages: int):
    per_page = page.questions_per_page
    rows = [
        {
            "number": number,
            "answered": quizzes.is_answered(attempt.answers.get(str(question["id"]))),
            "page": (number - 1) // per_page + 1,
        }
        for number, question in enumerate(attempt.questions, start=1)
    ]
    return _render(
        request,
        page,
        "courses/quiz_summary.html",
        {
            "attempt": attempt,
            "rows": rows,
            "unanswered": sum(1 for row in rows if not row["answered"]),
            "page_total": pages,
            "course": _course(page),
        },
    )


def attempt_submit(request, page: QuizPage, attempt_id: int):
    if refusal := post_only(request, page):
        return refusal
    attempt, refusal = _own_attempt(request, page, attempt_id)
    if refusal:
        return refusal
    try:
        attempt, graded_now = services.quiz_attempt_submit(
            attempt=attempt, confirm_unanswered=request.POST.get("confirm") == "1"
        )
    except services.UnansweredQuestions as error:
        messages.warning(
            request,
            _("Questions %(numbers)s are not answered. Answer them, or confirm to submit.")
            % {"numbers": ", ".join(str(n) for n in error.numbers)},
        )
        return HttpResponseRedirect(f"{_attempt_url(request, page, attempt)}?review=1")
    if not graded_now:
        messages.info(request, _("This attempt was already submitted; here is its result."))
    return HttpResponseRedirect(_attempt_url(request, page, attempt, "result"))


def attempt_result(request, page: QuizPage, attempt_id: int):
    attempt, refusal = _own_attempt(request, page, attempt_id)
    if refusal:
        return refusal
    if not attempt.is_graded:
        return HttpResponseRedirect(_attempt_url(request, page, attempt))
    standing, _all = _standing(attempt.enrolment, page)
    course_page = _course(page)
    outline = CourseOutline.for_course(course_page)
    reveal = standing.answers_visible
    return _render(
        request,
        page,
        "courses/quiz_result.html",
        {
            "attempt": attempt,
            "standing": standing,
            "reveal": reveal,
            "questions": quizzes.question_views(
                attempt, language=get_language(), reveal=reveal, show_scores=reveal
            ),
            "overridden": attempt.score != attempt.calculated_score,
            "refusal": standing.refusal(),
            "course": course_page,
            "next_item": outline.next(page),
        },
    )
