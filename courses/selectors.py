"""Reads about learning that take more than a one-line query."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from content.models import CoursePage, LessonPage
from lms.models import OrganisationUnit, User
from lms.roles import ADMINISTRATORS, TRAINERS, TRAINING_LEADS
from lms.selectors import people_visible_to, units_visible_to

from .models import Enrolment, LessonCompletion
from .progress import percent, requirements_met


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
        return requirements_met(
            required_lessons=self.required_total,
            completed_required_lessons=self.required_done,
        )


def required_lesson_counts(*, courses: list[CoursePage]) -> Counter[int]:
    """Live required lessons per course id: one query for any number of courses."""
    if not courses:
        return Counter()
    by_path = {course.path: course.pk for course in courses}
    in_any = Q()
    for path in by_path:
        in_any |= Q(path__startswith=path)
    counts: Counter[int] = Counter()
    for path in (
        LessonPage.objects.live().filter(in_any, required=True).values_list("path", flat=True)
    ):
        for length in range(LessonPage.steplen, len(path), LessonPage.steplen):
            course_id = by_path.get(path[:length])
            if course_id is not None:
                counts[course_id] += 1
                break
    return counts


def learner_courses(*, user: User) -> list[CourseProgressRow]:
    """The learner's active enrolments with progress, newest first: three
    queries whatever the number of courses, lessons or completions."""
    enrolments = list(
        Enrolment.objects.filter(user=user, status=Enrolment.Status.ACTIVE)
        .select_related("course")
        .order_by("-enrolled_at", "-pk")
    )
    totals = required_lesson_counts(courses=[e.course for e in enrolments])
    done = dict(
        LessonCompletion.objects.filter(
            enrolment__in=[e.pk for e in enrolments],
            lesson__required=True,
            lesson__live=True,
        )
        .values("enrolment_id")
        .annotate(n=Count("id"))
        .values_list("enrolment_id", "n")
    )
    return [
        CourseProgressRow(
            enrolment=e, required_total=totals[e.course_id], required_done=done.get(e.pk, 0)
        )
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
