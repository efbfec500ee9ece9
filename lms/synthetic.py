"""A synthetic organisation at scale, for benchmarks and load tests.

Units and people are written with ``bulk_create`` (the services validate one
person at a time, which would take hours for 100,000); every value is one
the services would accept. Names, numbers and emails are marked as
synthetic so they can never be mistaken for real staff.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

from django.contrib.auth.models import Group
from django.utils import timezone

from .models import OrganisationUnit, User
from .roles import HR_OFFICERS, LEARNERS

EMAIL_DOMAIN = "synthetic.maarifa.test"
CODE_PREFIX = "SYN"
BATCH = 5000

GIVEN = [
    "Amina", "Juma", "Bwalya", "Chanda", "Mariama", "Lamin", "Fatou", "Omar", "Layla", "Yousef",
    "Neema", "Rashid", "Salma", "Tariq", "Mwajuma", "Kondwani", "Aisha", "Ibrahim", "Nour", "Sara",
]  # fmt: skip
FAMILY = [
    "Hassan", "Mwale", "Phiri", "Jallow", "Ceesay", "Haddad", "Khalil", "Mushi", "Salim",
    "Banda", "Touray", "Mansour", "Odhiambo", "Nasser", "Said", "Kamara", "Zulu", "Darwish",
]  # fmt: skip
TITLES = [
    "Officer", "Senior Officer", "Clerk", "Accountant", "ICT Officer", "Systems Administrator",
    "Records Manager", "Procurement Officer", "Director", "Driver",
]  # fmt: skip
# An unusable password hash: these accounts cannot sign in.
NO_PASSWORD = "!synthetic"  # noqa: S105 - not a secret
LANGUAGES = ["en"] * 5 + ["sw"] * 2 + ["ar"] * 2 + ["fr"]


def generate_units(*, departments: int, units_each: int, teams_each: int) -> list[OrganisationUnit]:
    """A ministry, its departments, their units and teams (materialised
    paths set in bulk: one insert and one update per level)."""
    ministry = OrganisationUnit(
        code=f"{CODE_PREFIX}-MIN", name_en="Synthetic Ministry", kind="ministry"
    )
    ministry.save()
    levels: list[list[OrganisationUnit]] = [[ministry]]
    for depth, (per_parent, kind, label) in enumerate(
        [
            (departments, "department", "Department"),
            (units_each, "unit", "Unit"),
            (teams_each, "unit", "Team"),
        ],
        start=1,
    ):
        created = []
        for parent in levels[-1]:
            for number in range(1, per_parent + 1):
                code = f"{parent.code}-{number}" if depth > 1 else f"{CODE_PREFIX}-D{number}"
                created.append(
                    OrganisationUnit(
                        code=code[:32],
                        name_en=f"{label} {code.removeprefix(CODE_PREFIX + '-')}",
                        kind=kind,
                        parent=parent,
                        depth=depth,
                    )
                )
        OrganisationUnit.objects.bulk_create(created, batch_size=BATCH)
        created = list(OrganisationUnit.objects.filter(code__in=[u.code for u in created]))
        parents = {unit.pk: unit for unit in levels[-1]}
        for unit in created:
            unit.path = f"{parents[unit.parent_id].path}{unit.pk}/"
        OrganisationUnit.objects.bulk_update(created, ["path"], batch_size=BATCH)
        levels.append(created)
    return [unit for level in levels for unit in level]


def generate_people(
    *,
    count: int,
    units: list[OrganisationUnit],
    seed: int,
    progress: Callable[[int], None] | None = None,
) -> int:
    """``count`` active staff spread over the units (leaf units get most),
    with line managers, job titles and languages; plus one HR officer per
    department. Returns the number created."""
    rng = random.Random(seed)
    leaves = [u for u in units if u.depth >= 2] or units
    now = timezone.now()
    learners = Group.objects.get(name=LEARNERS)
    made = 0
    for start in range(0, count, BATCH):
        batch = []
        for number in range(start, min(start + BATCH, count)):
            unit = rng.choice(leaves)
            batch.append(
                User(
                    email=f"s{number:07d}@{EMAIL_DOMAIN}",
                    full_name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {number}",
                    employee_number=f"{CODE_PREFIX}{number:07d}",
                    job_title=rng.choice(TITLES),
                    preferred_language=rng.choice(LANGUAGES),
                    unit=unit,
                    password=NO_PASSWORD,
                    date_joined=now - datetime.timedelta(days=rng.randint(0, 3650)),
                )
            )
        created = User.objects.bulk_create(batch, batch_size=BATCH)
        made += len(created)
        if progress:
            progress(made)
    people = User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")
    memberships = User.groups.through
    memberships.objects.bulk_create(
        [
            memberships(user_id=pk, group_id=learners.pk)
            for pk in people.values_list("pk", flat=True)
        ],
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    _assign_managers(people, rng)
    _add_hr_officers(units, rng)
    return made


def _assign_managers(people, rng: random.Random) -> None:
    """The first person of each unit manages the others: no cycles."""
    by_unit: dict[int, list[int]] = {}
    for pk, unit_id in people.order_by("pk").values_list("pk", "unit_id"):
        by_unit.setdefault(unit_id, []).append(pk)
    updates = []
    for members in by_unit.values():
        head = members[0]
        updates.extend(User(pk=pk, line_manager_id=head) for pk in members[1:])
    User.objects.bulk_update(updates, ["line_manager"], batch_size=BATCH)


def _add_hr_officers(units: list[OrganisationUnit], rng: random.Random) -> None:
    hr = Group.objects.get(name=HR_OFFICERS)
    for department in (u for u in units if u.depth == 1):
        officer = User.objects.create(
            email=f"hr-{department.code.lower()}@{EMAIL_DOMAIN}",
            full_name=f"HR Officer {department.code}",
            employee_number=f"{department.code}-HR"[:32],
            unit=department,
            password=NO_PASSWORD,
        )
        officer.groups.add(hr)
        officer.responsible_units.add(department)
