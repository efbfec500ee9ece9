"""Quiz attempts: starting, saving answers, grading once, overriding a grade.

Lock order, everywhere: the enrolment row, then the attempt row. Holding the
enrolment lock serialises a learner's starts and submissions, so a double
click, two tabs or a retried request cannot open two attempts or grade one
twice; different learners never wait for each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from content.models import QuizPage
from lms.models import User

from .. import quizzes
from ..models import Enrolment, GradeOverride, QuizAttempt
from ..progress import CourseOutline, Progress
from ..selectors import learner_quiz_attempts
from .enrolment import LearningError, mark_started, record_completion


class TimeUp(LearningError):
    """The attempt's time limit (and grace) has passed: it is graded as saved."""


class UnansweredQuestions(LearningError):
    """Submitting would leave questions unanswered and the learner has not confirmed."""

    def __init__(self, numbers: list[int]):
        self.numbers = numbers
        super().__init__(_("Some questions are not answered yet."))


def quiz_attempt_start(
    *, enrolment: Enrolment, quiz: QuizPage, now: datetime | None = None
) -> tuple[QuizAttempt, bool]:
    """Open a new attempt, or return the one already open; return it and
    whether it is new.

    Preconditions: the enrolment is active, the quiz is live, part of the
    course and not locked behind an unfinished item; attempts remain and the
    minimum wait has passed. An open attempt whose time is up is graded on its
    saved answers first. Freezes the drawn questions and their choice order
    in the attempt. Locks the enrolment row.
    """
    now = now or timezone.now()
    refusal = None
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if not locked.is_active:
            raise LearningError(_("You are not enrolled in this course."))
        outline = CourseOutline.for_course(locked.course)
        if not quiz.live or quiz not in outline:
            raise LearningError(_("This quiz is not part of the course."))
        progress = Progress.for_enrolment(outline, locked)
        blocker = progress.blocking_lesson(quiz)
        if blocker is not None:
            raise LearningError(
                _("Complete “%(lesson)s” first: this quiz opens after it.")
                % {"lesson": blocker.title}
            )
        attempts = learner_quiz_attempts(enrolment=locked, quiz=quiz)
        open_attempt = next((a for a in attempts if not a.is_graded), None)
        if open_attempt is not None:
            if not quizzes.time_is_up(open_attempt, now):
                return open_attempt, False
            open_attempt = QuizAttempt.objects.select_for_update().get(pk=open_attempt.pk)
            _grade(open_attempt, enrolment=locked, outline=outline, now=now, late=True)
        standing = quizzes.QuizStanding(
            quiz=quiz, graded=[a for a in attempts if a.is_graded or a is open_attempt], now=now
        )
        refusal = standing.refusal()
        if refusal is None:
            time_limit = quiz.time_limit_minutes
            attempt = QuizAttempt.objects.create(
                enrolment=locked,
                user_id=locked.user_id,
                quiz=quiz,
                number=max((a.number for a in attempts), default=0) + 1,
                started_at=now,
                deadline=now + timedelta(minutes=time_limit) if time_limit else None,
                pass_mark=quiz.pass_mark,
                questions=quizzes.draw_questions(quiz),
            )
            mark_started(enrolment=locked, now=now)
    if refusal is not None:
        # Raised outside the transaction: an expired attempt graded above stays graded.
        raise LearningError(refusal)
    return attempt, True


def quiz_attempt_save(
    *, attempt: QuizAttempt, answers: Mapping[str, Iterable[str]], now: datetime | None = None
) -> QuizAttempt:
    """Store answers to some questions of an open attempt (one page of them).

    All answers are checked first (``quizzes.clean_answers``); if any is
    refused nothing is stored. Raises ``TimeUp`` after the time limit and its
    grace: the caller then submits the attempt, graded on what was saved.
    Locks the attempt row, so two tabs saving at once both keep their answers.
    """
    now = now or timezone.now()
    cleaned = _checked(attempt, answers)
    with transaction.atomic():
        locked = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_graded:
            raise LearningError(_("This attempt has already been submitted."))
        if quizzes.time_is_up(locked, now):
            raise TimeUp(_("The time limit has passed."))
        locked.answers = {**locked.answers, **cleaned}
        locked.save(update_fields=["answers"])
    attempt.answers = locked.answers
    return locked


def _checked(attempt: QuizAttempt, answers: Mapping[str, Iterable[str]]) -> dict:
    try:
        return quizzes.clean_answers(attempt.questions, answers)
    except quizzes.AnswerError as error:
        raise LearningError(str(error)) from error


def quiz_attempt_submit(
    *,
    attempt: QuizAttempt,
    answers: Mapping[str, Iterable[str]] | None = None,
    confirm_unanswered: bool = False,
    now: datetime | None = None,
) -> tuple[QuizAttempt, bool]:
    """Grade an attempt; return it and whether this call graded it.

    Exactly one call grades an attempt: later calls (double click, two tabs, a
    retried request) return the same result. ``answers``, if given, are stored
    first, as by ``quiz_attempt_save``. After the time limit and its grace,
    new answers are ignored and the attempt is graded on what was saved, and
    marked late. Unless ``confirm_unanswered``, raises ``UnansweredQuestions``
    while questions are unanswered (and stores nothing). Passing may complete
    the course. Locks the enrolment row, then the attempt row.
    """
    now = now or timezone.now()
    cleaned = _checked(attempt, answers) if answers else {}
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=attempt.enrolment_id)
        locked = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_graded:
            return locked, False
        late = quizzes.time_is_up(locked, now)
        if not late:
            locked.answers = {**locked.answers, **cleaned}
            missing = quizzes.unanswered_numbers(locked.questions, locked.answers)
            if missing and not confirm_unanswered:
                raise UnansweredQuestions(missing)
        outline = CourseOutline.for_course(enrolment.course)
        _grade(locked, enrolment=enrolment, outline=outline, now=now, late=late)
    return locked, True


def quiz_attempts_grade_expired(*, now: datetime | None = None) -> int:
    """Grade every open attempt whose time limit and grace have passed, on the
    answers saved before; return how many this call graded.

    For the scheduler: a learner who closes the tab mid-exam still gets a
    result (and, if it passes, the completion) without coming back. Each
    attempt goes through ``quiz_attempt_submit``, so its locks and the
    exactly-once grading apply; running twice grades nothing twice.
    """
    now = now or timezone.now()
    expired = QuizAttempt.objects.without_content().filter(
        status=QuizAttempt.Status.IN_PROGRESS,
        deadline__isnull=False,
        deadline__lt=now - quizzes.grace_period(),
    )
    graded = 0
    for attempt in expired.iterator(chunk_size=200):
        graded += quiz_attempt_submit(attempt=attempt, now=now)[1]
    return graded


def _grade(
    attempt: QuizAttempt, *, enrolment: Enrolment, outline: CourseOutline, now, late: bool
) -> None:
    """Caller holds both locks. Grades, stores, and completes the course if
    this pass was the last thing missing."""
    attempt.question_scores, attempt.calculated_score = quizzes.grade(
        attempt.questions, attempt.answers
    )
    attempt.score = attempt.calculated_score
    attempt.passed = attempt.score >= attempt.pass_mark
    attempt.status = QuizAttempt.Status.GRADED
    attempt.submitted_at = now
    attempt.late = late
    attempt.save(
        update_fields=[
            "answers",
            "question_scores",
            "calculated_score",
            "score",
            "passed",
            "status",
            "submitted_at",
            "late",
        ]
    )
    if attempt.passed and enrolment.is_active:
        record_completion(
            enrolment=enrolment, progress=Progress.for_enrolment(outline, enrolment), now=now
        )


def quiz_attempt_override(
    *, attempt: QuizAttempt, score: Decimal | str, reason: str, by: User
) -> GradeOverride:
    """A trainer sets an attempt's score; pass or fail follows from the pass
    mark the attempt was taken with. The calculated score is kept, and the
    change is recorded with who, when and why. A new pass may complete the
    course; a new fail never undoes a completion already recorded.
    Locks the enrolment row, then the attempt row.
    """
    try:
        value = Decimal(str(score)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as error:
        raise LearningError(_("Enter a score between 0 and 100.")) from error
    if not Decimal(0) <= value <= Decimal(100):
        raise LearningError(_("Enter a score between 0 and 100."))
    reason = (reason or "").strip()
    if not reason:
        raise LearningError(_("Give a reason for changing the grade."))
    now = timezone.now()
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=attempt.enrolment_id)
        locked = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
        if not locked.is_graded:
            raise LearningError(_("Only a submitted attempt can be regraded."))
        override = GradeOverride.objects.create(
            attempt=locked,
            previous_score=locked.score,
            score=value,
            previous_passed=bool(locked.passed),
            passed=value >= locked.pass_mark,
            reason=reason,
            created_by=by,
            created_at=now,
        )
        locked.score, locked.passed = value, override.passed
        locked.save(update_fields=["score", "passed"])
        if locked.passed and enrolment.is_active:
            outline = CourseOutline.for_course(enrolment.course)
            record_completion(
                enrolment=enrolment, progress=Progress.for_enrolment(outline, enrolment), now=now
            )
    attempt.score, attempt.passed = locked.score, locked.passed
    return override
