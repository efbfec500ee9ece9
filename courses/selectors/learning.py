"""Reads about learning that take more than a one-line query."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from math import sqrt

from django.db.models import Count, Q, QuerySet

from content.models import CoursePage, LessonPage, QuizPage, QuizQuestion
from lms.models import OrganisationUnit, User
from lms.roles import ADMINISTRATORS, TRAINERS, TRAINING_LEADS
from lms.selectors import people_visible_to, units_visible_to

from ..models import Enrolment, LessonCompletion, QuizAttempt
from ..progress import percent, requirements_met


def enrolment_of(*, user, course: CoursePage, active_only: bool = False) -> Enrolment | None:
    """The person's enrolment in the course (any status unless ``active_only``),
    with only the columns the learner pages read: one query."""
    if not user.is_authenticated:
        return None
    enrolments = Enrolment.objects.current().filter(user=user, course=course)
    if active_only:
        enrolments = enrolments.filter(status=Enrolment.Status.ACTIVE)
    enrolment = enrolments.only(
        "id",
        "status",
        "started_at",
        "completed_at",
        "last_lesson_id",
        "enrolled_at",
        "course_id",
        "user_id",
    ).first()
    if enrolment is not None:
        enrolment.course = course  # the page in hand: no query to fetch it again
    return enrolment


@dataclass(frozen=True)
class CourseProgressRow:
    enrolment: Enrolment
    required_total: int
    required_done: int

    @property
    def course(self) -> CoursePage:
        return self.enrolment.course

    @property
    def percent(self) -> int:
        return percent(self.required_done, self.required_total)

    @property
    def is_complete(self) -> bool:
        return self.enrolment.completed_at is not None

    @property
    def requirements_met(self) -> bool:
        return requirements_met(required_items=self.required_total, done_items=self.required_done)


def required_item_counts(*, courses: list[CoursePage]) -> Counter[int]:
    """Live required lessons and quizzes per course id: two queries for any
    number of courses."""
    if not courses:
        return Counter()
    by_path = {course.path: course.pk for course in courses}
    in_any = Q()
    for path in by_path:
        in_any |= Q(path__startswith=path)
    counts: Counter[int] = Counter()
    paths = [
        *LessonPage.objects.live().filter(in_any, required=True).values_list("path", flat=True),
        *QuizPage.objects.live().filter(in_any, required=True).values_list("path", flat=True),
    ]
    for path in paths:
        for length in range(LessonPage.steplen, len(path), LessonPage.steplen):
            course_id = by_path.get(path[:length])
            if course_id is not None:
                counts[course_id] += 1
                break
    return counts


def learner_courses(*, user: User) -> list[CourseProgressRow]:
    """The learner's active enrolments with progress, newest first: five
    queries whatever the number of courses, lessons, quizzes or attempts."""
    enrolments = list(
        Enrolment.objects.filter(user=user, status=Enrolment.Status.ACTIVE)
        .select_related("course")
        .order_by("-enrolled_at", "-pk")
    )
    ids = [e.pk for e in enrolments]
    totals = required_item_counts(courses=[e.course for e in enrolments])
    done: Counter[int] = Counter(
        dict(
            LessonCompletion.objects.filter(
                enrolment__in=ids, lesson__required=True, lesson__live=True
            )
            .values("enrolment_id")
            .annotate(n=Count("id"))
            .values_list("enrolment_id", "n")
        )
    )
    done.update(
        dict(
            QuizAttempt.objects.filter(
                enrolment__in=ids, passed=True, quiz__required=True, quiz__live=True
            )
            .values("enrolment_id")
            .annotate(n=Count("quiz_id", distinct=True))
            .values_list("enrolment_id", "n")
        )
    )
    return [
        CourseProgressRow(enrolment=e, required_total=totals[e.course_id], required_done=done[e.pk])
        for e in enrolments
    ]


def _enrols_anyone(user: User) -> bool:
    """Trainers, training leads and administrators enrol anyone (one query)."""
    return (
        user.is_superuser
        or user.groups.filter(name__in=[TRAINERS, TRAINING_LEADS, ADMINISTRATORS]).exists()
    )


def people_enrollable_by(*, user: User) -> QuerySet[User]:
    """Everyone for trainers and administrators; for HR officers, the people of
    the units they are responsible for."""
    return User.objects.all() if _enrols_anyone(user) else people_visible_to(user=user)


def units_enrollable_by(*, user: User) -> QuerySet[OrganisationUnit]:
    return OrganisationUnit.objects.all() if _enrols_anyone(user) else units_visible_to(user=user)


# Quiz results for trainers ----------------------------------------------------


def learner_quiz_attempts(*, enrolment: Enrolment, quiz: QuizPage) -> list[QuizAttempt]:
    """A learner's attempts at a quiz, newest first, without their content."""
    return list(
        QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz)
        .without_content()
        .order_by("-number")
    )


def quiz_attempts_for(
    *,
    quiz: QuizPage,
    unit: OrganisationUnit | None = None,
    submitted_from: date | None = None,
    submitted_to: date | None = None,
    outcome: str = "",
) -> QuerySet[QuizAttempt]:
    """A quiz's attempts, newest first, narrowed by the unit (and everything
    below it) of the person, the submission date and the outcome. The frozen
    questions and answers are left out: lists and exports never need them."""
    attempts = (
        QuizAttempt.objects.filter(quiz=quiz)
        .without_content()
        .select_related("user", "user__unit")
        .order_by("-started_at", "-pk")
    )
    if unit is not None:
        attempts = attempts.filter(user__unit__path__startswith=unit.path)
    if submitted_from:
        attempts = attempts.filter(submitted_at__date__gte=submitted_from)
    if submitted_to:
        attempts = attempts.filter(submitted_at__date__lte=submitted_to)
    if outcome == "passed":
        attempts = attempts.filter(status=QuizAttempt.Status.GRADED, passed=True)
    elif outcome == "failed":
        attempts = attempts.filter(status=QuizAttempt.Status.GRADED, passed=False)
    elif outcome == "in_progress":
        attempts = attempts.filter(status=QuizAttempt.Status.IN_PROGRESS)
    return attempts


@dataclass
class QuestionStatistics:
    """How one question performed over graded attempts.

    ``facility``: the average score on it, in percent (100: everyone right).
    ``discrimination``: the correlation between the score on this question
    and the score on the rest of the attempt, from -1 to 1. High: the
    question separates strong learners from weak ones; near 0 or negative:
    it does not, and deserves a second look (Moodle's "discrimination index").
    """

    question_id: int
    text: str
    kind: str
    attempts: int
    facility: float | None
    discrimination: float | None


class _Sums:
    __slots__ = ("n", "x", "xx", "xy", "y", "yy")

    def __init__(self):
        self.n = self.x = self.y = self.xx = self.yy = self.xy = 0.0

    def add(self, x: float, y: float) -> None:
        self.n += 1
        self.x += x
        self.y += y
        self.xx += x * x
        self.yy += y * y
        self.xy += x * y

    def correlation(self) -> float | None:
        if self.n < 2:
            return None
        cov = self.n * self.xy - self.x * self.y
        var_x = self.n * self.xx - self.x * self.x
        var_y = self.n * self.yy - self.y * self.y
        if var_x <= 0 or var_y <= 0:
            return None  # everyone scored the same: nothing to separate
        return cov / sqrt(var_x * var_y)


def quiz_question_statistics(*, quiz: QuizPage, language: str) -> list[QuestionStatistics]:
    """Facility and discrimination of every question that appeared in a graded
    attempt. One pass over the attempts' per-question scores (streamed, so
    memory does not grow with their number) plus one query for the texts."""
    sums: dict[str, _Sums] = {}
    scores = (
        QuizAttempt.objects.filter(quiz=quiz, status=QuizAttempt.Status.GRADED)
        .values_list("question_scores", flat=True)
        .iterator(chunk_size=2000)
    )
    for by_question in scores:
        values = {key: float(value) for key, value in by_question.items()}
        total, count = sum(values.values()), len(values)
        for key, value in values.items():
            rest = (total - value) / (count - 1) if count > 1 else 0.0
            sums.setdefault(key, _Sums()).add(value, rest)
    questions = {
        str(q.pk): q for q in QuizQuestion.objects.filter(page=quiz).order_by("sort_order", "pk")
    }
    order = [*questions, *sorted(set(sums) - set(questions), key=int)]
    rows = []
    for key in order:
        stats = sums.get(key, _Sums())
        question = questions.get(key)
        text = ""
        if question is not None:
            text = getattr(question, f"text_{language}", "") or question.text_en
        rows.append(
            QuestionStatistics(
                question_id=int(key),
                text=text,
                kind=question.kind if question else "",
                attempts=int(stats.n),
                facility=100 * stats.x / stats.n if stats.n else None,
                discrimination=stats.correlation(),
            )
        )
    return rows
