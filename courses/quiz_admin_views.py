"""Quiz results in the Wagtail admin, for trainers: attempts with filters,
question statistics, CSV export, and grade overrides."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Avg, Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from content.models import CoursePage, QuizPage
from lms.exports import stream_csv
from lms.pagination import paginate
from lms.permissions import require_permission

from . import quizzes, selectors, services
from .forms import GradeOverrideForm, QuizAttemptFilterForm
from .models import QuizAttempt

VIEW_PERMISSION = "courses.view_quizattempt"
OVERRIDE_PERMISSION = "courses.change_quizattempt"
ATTEMPTS_PER_PAGE = 50


def quiz_list(request):
    """Every quiz, with how many attempts it has and how many passed."""
    require_permission(request, VIEW_PERMISSION)
    quizzes_ = QuizPage.objects.annotate(
        graded=Count("attempts", filter=Q(attempts__status=QuizAttempt.Status.GRADED)),
        passed=Count("attempts", filter=Q(attempts__passed=True)),
    ).order_by("path")
    page = Paginator(quizzes_, ATTEMPTS_PER_PAGE).get_page(request.GET.get("p"))
    rows = list(page.object_list)
    # Each quiz's course, in one query: the course is the ancestor that is a CoursePage.
    steplen = QuizPage.steplen
    prefixes = {q.path[:n] for q in rows for n in range(steplen, len(q.path), steplen)}
    courses = {c.path: c for c in CoursePage.objects.filter(path__in=prefixes)}
    for quiz in rows:
        quiz.course = next(
            (
                courses[quiz.path[:n]]
                for n in range(steplen, len(quiz.path), steplen)
                if quiz.path[:n] in courses
            ),
            None,
        )
    return TemplateResponse(
        request,
        "courses/admin/quiz_list.html",
        {"page_obj": page, "quizzes": rows},
    )


def quiz_attempts(request, quiz_id: int):
    require_permission(request, VIEW_PERMISSION)
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    form = QuizAttemptFilterForm(request.GET or None)
    attempts = selectors.quiz_attempts_for(quiz=quiz, **form.filters())
    summary = attempts.aggregate(
        graded=Count("pk", filter=Q(status=QuizAttempt.Status.GRADED)),
        passed=Count("pk", filter=Q(passed=True)),
        average=Avg("score", filter=Q(status=QuizAttempt.Status.GRADED)),
    )
    page, filter_query = paginate(request, attempts, ATTEMPTS_PER_PAGE, param="p")
    return TemplateResponse(
        request,
        "courses/admin/quiz_attempts.html",
        {
            "quiz": quiz,
            "form": form,
            "page_obj": page,
            "attempts": page.object_list,
            "summary": summary,
            "filter_query": filter_query,
        },
    )


def quiz_attempts_csv(request, quiz_id: int):
    require_permission(request, VIEW_PERMISSION)
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    form = QuizAttemptFilterForm(request.GET or None)
    attempts = selectors.quiz_attempts_for(quiz=quiz, **form.filters()).iterator(chunk_size=2000)
    header = [
        _("Attempt ID"),
        _("Name"),
        _("Email"),
        _("Employee number"),
        _("Department or unit"),
        _("Attempt"),
        _("Started"),
        _("Submitted"),
        _("Status"),
        _("Late"),
        _("Score (%)"),
        _("Calculated score (%)"),
        _("Passed"),
    ]

    def rows():
        for a in attempts:
            yield [
                a.pk,
                a.user.full_name,
                a.user.email,
                a.user.employee_number,
                a.user.unit.name if a.user.unit else "",
                a.number,
                a.started_at.isoformat(),
                a.submitted_at.isoformat() if a.submitted_at else "",
                a.get_status_display(),
                _("yes") if a.late else "",
                a.score if a.score is not None else "",
                a.calculated_score if a.calculated_score is not None else "",
                "" if a.passed is None else (_("yes") if a.passed else _("no")),
            ]

    stamp = timezone.localdate().isoformat()
    return stream_csv(filename=f"quiz-{quiz.pk}-attempts-{stamp}.csv", header=header, rows=rows())


def quiz_statistics(request, quiz_id: int):
    require_permission(request, VIEW_PERMISSION)
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    return TemplateResponse(
        request,
        "courses/admin/quiz_statistics.html",
        {
            "quiz": quiz,
            "rows": selectors.quiz_question_statistics(quiz=quiz, language=get_language()),
        },
    )


def attempt_detail(request, attempt_id: int):
    """One attempt as the learner answered it, with correct answers, and the
    form to override its grade (POST, for those allowed)."""
    require_permission(request, VIEW_PERMISSION)
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("user", "user__unit", "quiz"), pk=attempt_id
    )
    can_override = request.user.has_perm(OVERRIDE_PERMISSION) and attempt.is_graded
    form = GradeOverrideForm(request.POST or None)
    if request.method == "POST":
        if not can_override:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.quiz_attempt_override(
                    attempt=attempt,
                    score=form.cleaned_data["score"],
                    reason=form.cleaned_data["reason"],
                    by=request.user,
                )
            except services.LearningError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The grade is changed and the change recorded."))
                return redirect("courses_quiz_attempt", attempt_id=attempt.pk)
    return TemplateResponse(
        request,
        "courses/admin/quiz_attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": quizzes.question_views(
                attempt, language=get_language(), reveal=True, show_scores=attempt.is_graded
            ),
            "overrides": attempt.overrides.select_related("created_by"),
            "form": form if can_override else None,
        },
    )
