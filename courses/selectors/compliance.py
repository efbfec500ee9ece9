"""Reads about training requirements: a learner's own, and the HR dashboard.

Every count and list starts from ``assignments_visible_to``, which applies
the viewer's scope (administrators: everyone; HR officers: the people of
their units and everything below them), so no page, filter or export can
reach beyond it. Statuses come from ``RequirementAssignmentQuerySet.with_status``.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from lms.models import OrganisationUnit, User
from lms.roles import HR_OFFICERS, user_has_role

from ..models import (
    ComplianceStatus,
    Enrolment,
    RequirementAssignment,
    TrainingRequirement,
    status_q,
)
from ..services.compliance import is_administrator

# The order of a bar's segments on the dashboard.
BAR_ORDER = [
    ComplianceStatus.COMPLETED,
    ComplianceStatus.IN_PROGRESS,
    ComplianceStatus.NOT_STARTED,
    ComplianceStatus.DUE_SOON,
    ComplianceStatus.OVERDUE,
    ComplianceStatus.EXPIRED,
]
# Most urgent first on "My learning".
URGENCY = [
    ComplianceStatus.OVERDUE,
    ComplianceStatus.EXPIRED,
    ComplianceStatus.DUE_SOON,
    ComplianceStatus.IN_PROGRESS,
    ComplianceStatus.NOT_STARTED,
    ComplianceStatus.COMPLETED,
]


def learner_requirements(
    *, user: User, today: datetime.date | None = None
) -> list[RequirementAssignment]:
    """The person's mandatory training, most urgent first: one query."""
    rows = list(
        RequirementAssignment.objects.filter(user=user, requirement__is_active=True)
        .with_status(today)
        .select_related("requirement__item")
    )
    rank = {status: index for index, status in enumerate(URGENCY)}
    rows.sort(key=lambda row: (rank[row.status], row.next_due_on or datetime.date.max))
    return rows


# --- Scope -------------------------------------------------------------------------


def assignments_visible_to(*, user: User) -> QuerySet[RequirementAssignment]:
    """Assignments of the people ``user`` may see (none for other roles)."""
    assignments = RequirementAssignment.objects.all()
    if not user.is_authenticated or not user.is_active:
        return assignments.none()
    if is_administrator(user):
        return assignments
    roots = _scope_roots(user)
    return assignments.in_units(roots) if roots else assignments.none()


def _scope_roots(user: User) -> list[OrganisationUnit]:
    """The top units of the viewer's scope (their subtrees cover the rest):
    the units they are responsible for, minus those inside another. One
    query, remembered on the user object for the rest of the request."""
    roots = getattr(user, "_maarifa_scope_roots", None)
    if roots is None:
        roots = []
        units = user.responsible_units.all() if user_has_role(user, HR_OFFICERS) else []
        for unit in sorted(units, key=lambda unit: unit.path):
            if not any(unit.path.startswith(root.path) for root in roots):
                roots.append(unit)
        user._maarifa_scope_roots = roots
    return list(roots)


def requirements_visible_to(*, user: User) -> QuerySet[TrainingRequirement]:
    """Requirements with at least one assignment in the viewer's scope, or
    (administrators) all of them."""
    requirements = TrainingRequirement.objects.select_related("item")
    if is_administrator(user):
        return requirements
    return requirements.filter(
        pk__in=assignments_visible_to(user=user).values("requirement_id")
    ).distinct()


# --- The overview ------------------------------------------------------------------


@dataclass
class Tally:
    """Counts per status for one requirement, unit or subtree."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, status: str, n: int) -> None:
        self.counts[status] = self.counts.get(status, 0) + n

    @property
    def assigned(self) -> int:
        return sum(self.counts.values())

    @property
    def completed(self) -> int:
        return self.counts.get(ComplianceStatus.COMPLETED, 0)

    @property
    def in_progress(self) -> int:
        return self.counts.get(ComplianceStatus.IN_PROGRESS, 0)

    @property
    def due_soon(self) -> int:
        return self.counts.get(ComplianceStatus.DUE_SOON, 0)

    @property
    def overdue(self) -> int:
        return self.counts.get(ComplianceStatus.OVERDUE, 0)

    @property
    def expired(self) -> int:
        return self.counts.get(ComplianceStatus.EXPIRED, 0)

    @property
    def not_started(self) -> int:
        return self.counts.get(ComplianceStatus.NOT_STARTED, 0)

    def segments(self) -> list[tuple[str, str, int, float]]:
        """(status, label, count, share of the bar in percent), in drawing order."""
        total = self.assigned
        return [
            (status.value, str(status.label), n, 100 * n / total if total else 0.0)
            for status in BAR_ORDER
            if (n := self.counts.get(status, 0))
        ]

    @property
    def rate(self) -> int | None:
        """The compliance rate: completed and still valid, in whole percent."""
        return round(100 * self.completed / self.assigned) if self.assigned else None


@dataclass
class UnitRow:
    unit: OrganisationUnit
    tally: Tally
    has_children: bool = False
    direct: bool = False  # only the people placed in the unit itself


@dataclass
class MonthRow:
    month: datetime.date
    completions: int
    share: int  # of the busiest month, for the bar length


def requirement_tallies(
    *, user: User, today: datetime.date | None = None
) -> list[tuple[TrainingRequirement, Tally]]:
    """Each requirement visible to ``user`` with its counts in their scope:
    two queries whatever the number of people."""
    counts = (
        assignments_visible_to(user=user)
        .with_status(today)
        .values("requirement_id", "status")
        .annotate(n=Count("id"))
        .order_by()
    )
    by_requirement: dict[int, Tally] = defaultdict(Tally)
    for row in counts:
        by_requirement[row["requirement_id"]].add(row["status"], row["n"])
    requirements = requirements_visible_to(user=user).order_by("-is_active", "item__title", "pk")
    return [(r, by_requirement.get(r.pk, Tally())) for r in requirements]


def unit_tallies(
    *,
    user: User,
    requirement: TrainingRequirement,
    parent: OrganisationUnit | None = None,
    today: datetime.date | None = None,
) -> list[UnitRow]:
    """Counts for one requirement per unit one level below ``parent`` (or
    per top unit of the viewer's scope), each including everything beneath
    it. Five queries; the roll-up over the tree happens in memory over the
    units, not the people."""
    if parent is None:
        roots = (
            list(OrganisationUnit.objects.filter(parent__isnull=True).order_by("name"))
            if is_administrator(user)
            else _scope_roots(user)
        )
        # One top unit (a ministry, one department): show what lies inside it.
        parent = roots[0] if len(roots) == 1 else None
        shown = roots
    if parent is not None:
        shown = list(OrganisationUnit.objects.filter(parent=parent).order_by("name"))
    if not shown and parent is None:
        return []
    # People placed in ``parent`` itself, not in any unit below it, get a row
    # of their own so that the bars add up to the whole.
    scope = [*shown, parent] if parent is not None else shown
    per_unit = (
        assignments_visible_to(user=user)
        .filter(requirement=requirement)
        .in_units(scope)
        .with_status(today)
        .values("user__unit_id", "status")
        .annotate(n=Count("id"))
        .order_by()
    )
    # Grouped by unit id (no join to the units); their paths come from one
    # small query over the units, not the people.
    paths = dict(OrganisationUnit.objects.subtree_of(scope).values_list("pk", "path"))
    tallies = {unit.pk: Tally() for unit in shown}
    direct = Tally()
    for row in per_unit:
        path = paths.get(row["user__unit_id"], "")
        home = next((unit for unit in shown if path.startswith(unit.path)), None)
        (tallies[home.pk] if home is not None else direct).add(row["status"], row["n"])
    parents = set(
        OrganisationUnit.objects.filter(parent__in=shown).values_list("parent_id", flat=True)
    )
    rows = [
        UnitRow(unit=unit, tally=tallies[unit.pk], has_children=unit.pk in parents)
        for unit in shown
    ]
    if parent is not None and (direct.assigned or not rows):
        rows.insert(0, UnitRow(unit=parent, tally=direct, direct=True))
    return rows


def completions_by_month(
    *,
    user: User,
    requirement: TrainingRequirement,
    months: int = 12,
    today: datetime.date | None = None,
) -> list[MonthRow]:
    """Completions of the requirement's course or campaign per month, over
    the last ``months`` months, by the people assigned it in the viewer's
    scope (every round counts, renewals included). One query."""
    today = today or timezone.localdate()
    first = today.replace(day=1)
    for _step in range(months - 1):
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    people = assignments_visible_to(user=user).filter(requirement=requirement).values("user_id")
    counts = dict(
        Enrolment.objects.filter(
            course_id=requirement.item_id,
            completed_at__date__gte=first,
            user_id__in=people,
        )
        .annotate(month=TruncMonth("completed_at"))
        .values("month")
        .annotate(n=Count("id"))
        .values_list("month", "n")
    )
    counts = {
        (key.date() if isinstance(key, datetime.datetime) else key): n for key, n in counts.items()
    }
    rows, month = [], first
    busiest = max(counts.values(), default=0)
    while month <= today:
        n = counts.get(month, 0)
        rows.append(
            MonthRow(month=month, completions=n, share=round(100 * n / busiest) if busiest else 0)
        )
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return rows


# --- The drill-down ------------------------------------------------------------------

SORTS = {
    "name": ("user__full_name", "pk"),
    "-name": ("-user__full_name", "-pk"),
    "unit": ("user__unit__path", "user__full_name", "pk"),
    "-unit": ("-user__unit__path", "-user__full_name", "-pk"),
    "due": (F("next_due_on").asc(nulls_last=True), "user__full_name", "pk"),
    "-due": (F("next_due_on").desc(nulls_last=True), "user__full_name", "pk"),
    "completed": (F("completed_at").asc(nulls_last=True), "user__full_name", "pk"),
    "-completed": (F("completed_at").desc(nulls_last=True), "user__full_name", "pk"),
    "status": ("status", "user__full_name", "pk"),
    "-status": ("-status", "user__full_name", "pk"),
}


@dataclass(frozen=True)
class PeopleFilter:
    requirement: TrainingRequirement | None = None
    unit: OrganisationUnit | None = None
    status: str = ""
    due_from: datetime.date | None = None
    due_to: datetime.date | None = None
    query: str = ""
    sort: str = "name"


def compliance_people(
    *, user: User, filters: PeopleFilter, today: datetime.date | None = None
) -> QuerySet[RequirementAssignment]:
    """Assignments in the viewer's scope, narrowed and sorted, with nothing
    joined but what the filters and the order need: paginate its ids (or
    export its values), then load the page with ``assignment_rows``. The
    unit filter only narrows the scope; it never widens it."""
    assignments = assignments_visible_to(user=user).with_status(today)
    if filters.requirement is not None:
        assignments = assignments.filter(requirement=filters.requirement)
    if filters.unit is not None:
        assignments = assignments.in_units([filters.unit])
    if filters.status:
        assignments = assignments.filter(status_q(filters.status, today))
    if filters.due_from:
        assignments = assignments.filter(next_due_on__gte=filters.due_from)
    if filters.due_to:
        assignments = assignments.filter(next_due_on__lte=filters.due_to)
    if filters.query:
        for word in filters.query.split()[:5]:
            assignments = assignments.filter(
                Q(user__full_name__icontains=word) | Q(user__employee_number__iexact=word)
            )
    return assignments.order_by(*SORTS.get(filters.sort, SORTS["name"]))


def assignment_rows(
    *, ids: list[int], today: datetime.date | None = None
) -> list[RequirementAssignment]:
    """The assignments with these ids, in this order, with the person, unit
    and course or campaign they show: one query."""
    rows = (
        RequirementAssignment.objects.filter(pk__in=ids)
        .with_status(today)
        .select_related("user", "user__unit", "requirement__item")
    )
    by_id = {row.pk: row for row in rows}
    return [by_id[pk] for pk in ids if pk in by_id]
