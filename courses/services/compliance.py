"""Training requirements: defining them, and keeping each person's assignment
in line with the audience and with what they complete.

Assignments hold facts, not statuses (see ``courses.models.compliance``).
Three things change the facts, and each has one function here:

- the requirement itself (audience, due rule, renewal) → ``assignments_sync``;
- a person (new, moved to another unit, new job title, left)
  → ``assignments_sync_for_users``;
- a person's learning (started, completed, began a new round)
  → ``assignments_refresh``.

``assignments_sync`` is a full reconciliation and is also run every night, so
a change that reached the database some other way is corrected by morning.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from content.models import CoursePage
from lms.dates import add_months
from lms.models import OrganisationUnit, User
from lms.roles import ADMINISTRATORS, user_has_role
from lms.selectors import units_visible_to

from ..models import Enrolment, RequirementAssignment, TrainingRequirement

BATCH = 500


@dataclass(frozen=True)
class Facts:
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None


@dataclass(frozen=True)
class SyncResult:
    added: int = 0
    removed: int = 0
    updated: int = 0


def _chunks(values: Sequence, size: int = BATCH) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


# --- The audience ---------------------------------------------------------------


def requirement_audience(*, requirement: TrainingRequirement) -> QuerySet[User]:
    """Everyone the requirement applies to today: active people matched by
    any of its criteria (the whole organisation, unit subtrees, job titles,
    named people). The whole organisation means everyone placed in a unit."""
    people = User.objects.filter(is_active=True)
    if requirement.everyone:
        return people.filter(unit__isnull=False)
    condition = Q(pk__in=[])
    for path in requirement.units.values_list("path", flat=True):
        condition |= Q(unit__path__startswith=path)
    for title in requirement.job_title_list():
        condition |= Q(job_title__iexact=title)
    condition |= Q(pk__in=requirement.people.values("pk"))
    return people.filter(condition)


def is_administrator(user: User) -> bool:
    return user.is_superuser or user_has_role(user, ADMINISTRATORS)


def requirements_manageable_by(*, user: User) -> QuerySet[TrainingRequirement]:
    """Requirements ``user`` may change: all for administrators; for HR
    officers, those whose whole audience lies in their units."""
    requirements = TrainingRequirement.objects.all()
    if is_administrator(user):
        return requirements
    visible = units_visible_to(user=user)
    outside_units = OrganisationUnit.objects.exclude(pk__in=visible.values("pk"))
    outside_people = User.objects.exclude(unit__in=visible)
    return requirements.filter(everyone=False, job_titles="").exclude(
        Q(units__in=outside_units) | Q(people__in=outside_people)
    )


# --- Defining requirements --------------------------------------------------------


def requirement_save(
    *,
    requirement: TrainingRequirement,
    units: Iterable[OrganisationUnit],
    people: Iterable[User],
    by: User,
    today: datetime.date | None = None,
) -> TrainingRequirement:
    """Create or change a requirement, then (after commit) recalculate who it
    is assigned to, in the background.

    Raises ``ValidationError`` (translated) when the audience is empty, a
    fixed due date has passed, or an HR officer reaches beyond their units:
    the whole organisation and job titles are for administrators.
    """
    today = today or timezone.localdate()
    units, people = list(units), list(people)
    requirement.full_clean(exclude=["created_by"])
    errors: dict[str, list[str]] = {}
    if not (requirement.everyone or units or people or requirement.job_title_list()):
        errors.setdefault("__all__", []).append(
            _(
                "Choose who the requirement applies to: the whole organisation, "
                "organisation units, job titles or named people."
            )
        )
    previous_due = None
    if requirement.pk:
        previous_due = (
            TrainingRequirement.objects.filter(pk=requirement.pk)
            .values_list("due_on", flat=True)
            .first()
        )
    fixed = requirement.due_rule == TrainingRequirement.DueRule.FIXED
    if fixed and requirement.due_on and today > requirement.due_on != previous_due:
        errors.setdefault("due_on", []).append(
            _("The due date %(date)s has already passed. Choose a date from today on.")
            % {"date": requirement.due_on.isoformat()}
        )
    if not is_administrator(by):
        visible = set(units_visible_to(user=by).values_list("pk", flat=True))
        if requirement.everyone:
            errors.setdefault("everyone", []).append(
                _("Only administrators assign training to the whole organisation.")
            )
        if requirement.job_title_list():
            errors.setdefault("job_titles", []).append(
                _("Only administrators assign training by job title across the organisation.")
            )
        if any(unit.pk not in visible for unit in units):
            errors.setdefault("units", []).append(
                _("You can only choose the units you are responsible for.")
            )
        if any(person.unit_id not in visible for person in people):
            errors.setdefault("people", []).append(
                _("You can only choose people in the units you are responsible for.")
            )
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        if requirement.pk is None:
            requirement.created_by = by
        requirement.save()
        requirement.units.set(units)
        requirement.people.set(people)
        transaction.on_commit(lambda: queue_sync(requirement_id=requirement.pk))
    return requirement


def queue_sync(*, requirement_id: int) -> None:
    from django_q.tasks import async_task

    async_task(
        "courses.tasks.sync_requirement",
        requirement_id,
        task_name=f"sync-requirement-{requirement_id}",
    )


# --- Facts from learning ------------------------------------------------------------


def _facts_for(*, item_id: int, user_ids: Iterable[int] | None = None) -> dict[int, Facts]:
    """Latest completion (any round) and the current round's start, per
    person, for one course or campaign: two queries for any number of people."""
    enrolments = Enrolment.objects.filter(course_id=item_id)
    if user_ids is not None:
        ids = list(user_ids)
        if len(ids) <= BATCH:
            enrolments = enrolments.filter(user_id__in=ids)
    completed = dict(
        enrolments.filter(completed_at__isnull=False)
        .values("user_id")
        .annotate(latest=Max("completed_at"))
        .values_list("user_id", "latest")
    )
    started = dict(
        enrolments.filter(status=Enrolment.Status.ACTIVE, started_at__isnull=False).values_list(
            "user_id", "started_at"
        )
    )
    return {
        user_id: Facts(started_at=started.get(user_id), completed_at=completed.get(user_id))
        for user_id in completed.keys() | started.keys()
    }


def _expiry(requirement: TrainingRequirement, completed_at) -> datetime.date | None:
    if completed_at is None or not requirement.renewal_months:
        return None
    return add_months(timezone.localtime(completed_at).date(), requirement.renewal_months)


def completion_expires_on(
    *, user_id: int, item: CoursePage, completed_on: datetime.date
) -> datetime.date | None:
    """When a completion of ``item`` stops counting: the course's own validity
    or the shortest renewal period of the person's requirements for it."""
    months = [
        item.certificate_validity_months,
        *RequirementAssignment.objects.filter(
            user_id=user_id, requirement__item=item, requirement__is_active=True
        ).values_list("requirement__renewal_months", flat=True),
    ]
    months = [m for m in months if m]
    return add_months(completed_on, min(months)) if months else None


def _row(requirement, user_id, assigned_on, facts: Facts) -> RequirementAssignment:
    return RequirementAssignment(
        requirement=requirement,
        user_id=user_id,
        assigned_on=assigned_on,
        due_on=requirement.due_for(assigned_on),
        started_at=facts.started_at,
        completed_at=facts.completed_at,
        expires_on=_expiry(requirement, facts.completed_at),
    )


# --- Keeping assignments in line ------------------------------------------------------


def assignments_sync(
    *, requirement: TrainingRequirement, today: datetime.date | None = None
) -> SyncResult:
    """Bring the requirement's assignments in line with its audience, due
    rule, renewal period and everyone's learning. Idempotent.

    People who join the audience are assigned today; people who left it lose
    the assignment (their learning and certificates stay). Locks the
    requirement row, so two runs for one requirement take turns. A handful
    of queries plus one per 500 changed rows, whatever the audience size.
    """
    today = today or timezone.localdate()
    with transaction.atomic():
        requirement = (
            TrainingRequirement.objects.select_for_update()
            .select_related("item")
            .get(pk=requirement.pk)
        )
        existing = {
            row[0]: row
            for row in RequirementAssignment.objects.filter(requirement=requirement).values_list(
                "user_id", "pk", "assigned_on", "due_on", "started_at", "completed_at", "expires_on"
            )
        }
        audience = (
            set(requirement_audience(requirement=requirement).values_list("pk", flat=True))
            if requirement.is_active
            else set()
        )
        gone = [existing[user_id][1] for user_id in existing.keys() - audience]
        for chunk in _chunks(gone):
            RequirementAssignment.objects.filter(pk__in=chunk).delete()
        facts = _facts_for(item_id=requirement.item_id)
        new = [
            _row(requirement, user_id, today, facts.get(user_id, Facts()))
            for user_id in sorted(audience - existing.keys())
        ]
        RequirementAssignment.objects.bulk_create(new, batch_size=BATCH)
        changed = []
        for user_id in audience & existing.keys():
            _uid, pk, assigned_on, due_on, started_at, completed_at, expires_on = existing[user_id]
            wanted = _row(requirement, user_id, assigned_on, facts.get(user_id, Facts()))
            if (due_on, started_at, completed_at, expires_on) != (
                wanted.due_on,
                wanted.started_at,
                wanted.completed_at,
                wanted.expires_on,
            ):
                wanted.pk = pk
                changed.append(wanted)
        RequirementAssignment.objects.bulk_update(
            changed, ["due_on", "started_at", "completed_at", "expires_on"], batch_size=BATCH
        )
        TrainingRequirement.objects.filter(pk=requirement.pk).update(synced_at=timezone.now())
    return SyncResult(added=len(new), removed=len(gone), updated=len(changed))


def assignments_sync_all(*, today: datetime.date | None = None) -> int:
    """Reconcile every requirement, active or not; returns how many."""
    ids = list(TrainingRequirement.objects.order_by("pk").values_list("pk", flat=True))
    for requirement_id in ids:
        assignments_sync(requirement=TrainingRequirement(pk=requirement_id), today=today)
    return len(ids)


def assignments_sync_for_users(
    *, user_ids: Iterable[int], today: datetime.date | None = None
) -> SyncResult:
    """After people were created, moved, retitled or deactivated: give them
    the requirements of their new audience and take away the others. Their
    learning history is untouched. A few queries per requirement per 500 people.
    """
    today = today or timezone.localdate()
    ids = sorted(set(user_ids))
    added = removed = 0
    requirements = list(TrainingRequirement.objects.filter(is_active=True))
    with transaction.atomic():
        for chunk in _chunks(ids):
            for requirement in requirements:
                members = set(
                    requirement_audience(requirement=requirement)
                    .filter(pk__in=chunk)
                    .values_list("pk", flat=True)
                )
                assigned = set(
                    RequirementAssignment.objects.filter(
                        requirement=requirement, user_id__in=chunk
                    ).values_list("user_id", flat=True)
                )
                removed += RequirementAssignment.objects.filter(
                    requirement=requirement, user_id__in=assigned - members
                ).delete()[0]
                joining = sorted(members - assigned)
                if joining:
                    facts = _facts_for(item_id=requirement.item_id, user_ids=joining)
                    RequirementAssignment.objects.bulk_create(
                        [_row(requirement, uid, today, facts.get(uid, Facts())) for uid in joining],
                        batch_size=BATCH,
                        ignore_conflicts=True,
                    )
                    added += len(joining)
    return SyncResult(added=added, removed=removed)


def assignments_refresh(*, user_id: int, item_id: int) -> int:
    """Re-read one person's learning in one course or campaign into their
    assignments for it (after they start, complete or begin a new round).
    Two queries, plus one per assignment that changed; returns that number."""
    rows = list(
        RequirementAssignment.objects.filter(
            user_id=user_id, requirement__item_id=item_id
        ).select_related("requirement")
    )
    if not rows:
        return 0
    facts = _facts_for(item_id=item_id, user_ids=[user_id]).get(user_id, Facts())
    changed = 0
    for row in rows:
        expires_on = _expiry(row.requirement, facts.completed_at)
        if (row.started_at, row.completed_at, row.expires_on) != (
            facts.started_at,
            facts.completed_at,
            expires_on,
        ):
            row.started_at, row.completed_at, row.expires_on = (
                facts.started_at,
                facts.completed_at,
                expires_on,
            )
            row.save(update_fields=["started_at", "completed_at", "expires_on"])
            changed += 1
    return changed
