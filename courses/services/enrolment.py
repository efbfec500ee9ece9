"""Enrolling, withdrawing, completing lessons and courses."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from content.models import CoursePage, LessonPage
from lms.models import User

from ..models import Enrolment, LessonCompletion
from ..models.compliance import due_soon_days
from ..progress import CourseOutline, Progress
from ..signals import course_completed
from .compliance import assignments_refresh, completion_expires_on


class LearningError(ValidationError):
    """A request the rules refuse; the message is meant for the learner."""


def enrolment_create(
    *,
    user: User,
    course: CoursePage,
    enrolled_by: User | None = None,
) -> tuple[Enrolment, bool]:
    """Enrol ``user`` in ``course``; return the enrolment and whether it changed.

    Enrolling someone already enrolled changes nothing; enrolling someone who
    withdrew re-activates their record with its progress. Self-enrolment
    (``enrolled_by`` is ``None`` or the learner) requires the course's
    prerequisite to be completed; enrolment by a trainer or HR officer does not.
    Race-safe through the unique (person, course) constraint.
    """
    if not user.is_active:
        raise LearningError(_("This account is disabled."))
    if not course.live:
        raise LearningError(_("This course is not open for enrolment."))
    by_self = enrolled_by is None or enrolled_by.pk == user.pk
    existing = Enrolment.objects.current().filter(user=user, course=course).first()
    if existing is not None and existing.is_active:
        return existing, False
    if by_self and existing is None:
        _check_prerequisite(user=user, course=course)

    now = timezone.now()
    method = Enrolment.Method.SELF if by_self else Enrolment.Method.BULK
    if existing is not None:
        existing.status, existing.withdrawn_at = Enrolment.Status.ACTIVE, None
        existing.save(update_fields=["status", "withdrawn_at"])
        return existing, True
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                user=user,
                course=course,
                enrolled_at=now,
                method=method,
                enrolled_by=None if by_self else enrolled_by,
            )
    except IntegrityError:
        # Another request enrolled the same person a moment ago: harmless.
        return Enrolment.objects.current().get(user=user, course=course), False
    return enrolment, True


def _check_prerequisite(*, user: User, course: CoursePage) -> None:
    prerequisite = course.prerequisite
    if prerequisite is None:
        return
    done = Enrolment.objects.filter(
        user=user, course_id=prerequisite.pk, completed_at__isnull=False
    ).exists()
    if not done:
        raise LearningError(
            _("Complete “%(course)s” before enrolling in this course.")
            % {"course": prerequisite.title}
        )


def enrolment_withdraw(*, enrolment: Enrolment) -> Enrolment:
    """Withdraw from a course. The record, completed lessons and any completion
    are kept; enrolling again picks up where the learner left off."""
    if enrolment.is_active:
        enrolment.status, enrolment.withdrawn_at = Enrolment.Status.WITHDRAWN, timezone.now()
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@dataclass(frozen=True)
class BulkEnrolmentResult:
    enrolled: int
    reactivated: int
    already_enrolled: int

    @property
    def total(self) -> int:
        return self.enrolled + self.reactivated + self.already_enrolled


@transaction.atomic
def enrolment_bulk_create(
    *, users: Iterable[User], course: CoursePage, enrolled_by: User
) -> BulkEnrolmentResult:
    """Enrol many people at once, all or none, in a fixed number of queries.

    Callers validate who may be enrolled (scope, active accounts) first.
    Re-activates withdrawn enrolments; leaves active ones as they are.
    """
    if not course.live:
        raise LearningError(_("This course is not open for enrolment."))
    user_ids = {user.pk for user in users}
    existing = dict(
        Enrolment.objects.current()
        .select_for_update()
        .filter(course=course, user_id__in=user_ids)
        .values_list("user_id", "status")
    )
    withdrawn = [uid for uid, status in existing.items() if status == Enrolment.Status.WITHDRAWN]
    now = timezone.now()
    Enrolment.objects.filter(course=course, user_id__in=withdrawn).update(
        status=Enrolment.Status.ACTIVE, withdrawn_at=None
    )
    new = [
        Enrolment(
            user_id=uid,
            course=course,
            enrolled_at=now,
            method=Enrolment.Method.BULK,
            enrolled_by=enrolled_by,
        )
        for uid in sorted(user_ids - existing.keys())
    ]
    # ignore_conflicts: someone self-enrolling at this very moment is not an error.
    Enrolment.objects.bulk_create(new, ignore_conflicts=True, batch_size=500)
    return BulkEnrolmentResult(
        enrolled=len(new),
        reactivated=len(withdrawn),
        already_enrolled=len(existing) - len(withdrawn),
    )


def enrolment_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remember the lesson last opened, for "continue where you left off"."""
    if enrolment.last_lesson_id != lesson.pk:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson)
        enrolment.last_lesson_id = lesson.pk
    mark_started(enrolment=enrolment)


def mark_started(*, enrolment: Enrolment, now=None) -> None:
    """Record the first activity of this round of the course (it then counts
    as "in progress" in training requirements). Idempotent."""
    if enrolment.started_at is not None:
        return
    now = now or timezone.now()
    if Enrolment.objects.filter(pk=enrolment.pk, started_at__isnull=True).update(started_at=now):
        enrolment.started_at = now
        assignments_refresh(user_id=enrolment.user_id, item_id=enrolment.course_id)


def renewal_due(*, enrolment: Enrolment, today: datetime.date | None = None) -> bool:
    """Whether a completed course or campaign may be taken again now: its
    completion has expired, or its renewal falls within the due-soon window."""
    if enrolment.completed_at is None:
        return False
    today = today or timezone.localdate()
    expiry = completion_expires_on(
        user_id=enrolment.user_id,
        item=enrolment.course,
        completed_on=timezone.localtime(enrolment.completed_at).date(),
    )
    return expiry is not None and expiry <= today + datetime.timedelta(days=due_soon_days())


def enrolment_renew(*, enrolment: Enrolment, now=None) -> Enrolment:
    """Start a new round of a course or campaign whose completion must be
    renewed. The completed round is kept, archived, with its lessons,
    attempts and certificate; the new round starts empty. Locks the
    enrolment row; returns the new enrolment."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if locked.status == Enrolment.Status.ARCHIVED:
            return Enrolment.objects.current().get(
                user_id=locked.user_id, course_id=locked.course_id
            )
        if not renewal_due(enrolment=locked):
            raise LearningError(_("Your completion is still valid: there is nothing to renew yet."))
        locked.status = Enrolment.Status.ARCHIVED
        locked.save(update_fields=["status"])
        fresh = Enrolment.objects.create(
            user_id=locked.user_id,
            course_id=locked.course_id,
            enrolled_at=now,
            method=locked.method,
            enrolled_by_id=locked.enrolled_by_id,
        )
        assignments_refresh(user_id=locked.user_id, item_id=locked.course_id)
    return fresh


def lesson_complete(*, enrolment: Enrolment, lesson: LessonPage) -> tuple[Progress, bool]:
    """Mark ``lesson`` complete; return the learner's progress and whether the
    course became complete with this call.

    Preconditions: the enrolment is active, the lesson is a live lesson of its
    course, and the lesson is not locked. Idempotent: completing a lesson
    twice records it once. Locks the enrolment row, so concurrent completions
    by the same learner are serialised and the course completion time is
    recorded exactly once; ``course_completed`` is sent after commit.
    """
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if not locked.is_active:
            raise LearningError(_("You are not enrolled in this course."))
        outline = CourseOutline.for_course(locked.course)
        if lesson not in outline or not isinstance(lesson, LessonPage):
            raise LearningError(_("This lesson is not part of the course."))
        progress = Progress.for_enrolment(outline, locked)
        done = set(progress.completed_ids)
        blocker = progress.blocking_lesson(lesson)
        if blocker is not None:
            raise LearningError(
                _("Complete “%(lesson)s” first: this lesson opens after it.")
                % {"lesson": blocker.title}
            )
        now = timezone.now()
        if lesson.pk not in done:
            LessonCompletion.objects.create(enrolment=locked, lesson=lesson, completed_at=now)
            done.add(lesson.pk)
        progress = Progress.of(outline, done, progress.passed_quiz_ids)
        mark_started(enrolment=locked, now=now)
        became_complete = record_completion(enrolment=locked, progress=progress, now=now)
    enrolment.completed_at = locked.completed_at
    return progress, became_complete


def enrolment_check_completion(*, enrolment: Enrolment) -> bool:
    """Re-apply the completion rules (e.g. after a trainer made a lesson
    optional); return whether the course became complete now."""
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        outline = CourseOutline.for_course(locked.course)
        became = record_completion(
            enrolment=locked, progress=Progress.for_enrolment(outline, locked), now=timezone.now()
        )
    enrolment.completed_at = locked.completed_at
    return became


def record_completion(*, enrolment: Enrolment, progress: Progress, now) -> bool:
    """Caller holds the row lock. The first time the rules are met, store the
    time and announce it; never again, even if the course later grows."""
    if enrolment.completed_at is not None or not progress.requirements_met:
        return False
    mark_complete(enrolment=enrolment, now=now)
    return True


def mark_complete(*, enrolment: Enrolment, now, extra_fields: tuple[str, ...] = ()) -> None:
    """Caller holds the row lock and has checked the rules. Stores the
    completion, counts it towards training requirements and announces it
    after commit (certificates listen)."""
    enrolment.completed_at = now
    enrolment.started_at = enrolment.started_at or now
    enrolment.save(update_fields=["completed_at", "started_at", *extra_fields])
    assignments_refresh(user_id=enrolment.user_id, item_id=enrolment.course_id)
    transaction.on_commit(lambda: course_completed.send(sender=Enrolment, enrolment=enrolment))
