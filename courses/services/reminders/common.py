"""What the planner, the delivery tasks and the emails share: the limits,
the rows an email is about, and which due dates earn an email today."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.conf import settings
from django.db.models import QuerySet
from django_q.tasks import async_task

from lms.models import User
from lms.roles import HR_OFFICERS

from ...models import (
    ReminderDelivery,
    RequirementAssignment,
)

Kind = ReminderDelivery.Kind
Status = ReminderDelivery.Status

MAX_ATTEMPTS = 5
# Recipients claimed per INSERT, and assignment rows fetched per round trip.
CLAIM_BATCH = 500
CHUNK_SIZE = 2000
# Emails per delivery task: 100 at even a second each stay well inside the
# task timeout (Q_CLUSTER["timeout"], 240 s). A digest costs the dashboard's
# queries over the officer's whole scope, so fewer of them to a task.
DELIVERY_BATCH = 100
DIGEST_BATCH = 10
# Seconds a delivery task goes on starting new emails; the rest of its batch
# is queued as a new task. Leaves room for a last send that hits EMAIL_TIMEOUT.
DELIVERY_TIME_BUDGET = 120
# This many failures in a row means the mail server is down, not one bad
# address: the batch stops, and running reminders_send again resumes it.
MAX_FAILURES_IN_A_ROW = 20
ERROR_LENGTH = ReminderDelivery._meta.get_field("error").max_length
OPEN = (Status.PENDING, Status.FAILED)
# The note on a row closed without an email.
NOTHING_LEFT = "Nothing left to send: no item qualifies any more."

PERSON_FIELDS = ("pk", "email", "full_name", "preferred_language")


@dataclass(frozen=True)
class Person:
    pk: int
    email: str
    full_name: str
    language: str


@dataclass(frozen=True)
class Item:
    """One qualifying assignment, and whose it is."""

    assignment_id: int
    requirement_id: int
    person: Person
    manager_id: int | None
    next_due_on: datetime.date
    status: str


@dataclass(frozen=True)
class Line:
    """An item as an email prints it, in the recipient's language."""

    title: str
    when: str


@dataclass
class Report:
    name: str
    lines: list[Line] = field(default_factory=list)


def qualifying(today: datetime.date) -> QuerySet[RequirementAssignment]:
    """Assignments of active requirements held by active people with an
    email address, with ``status`` and ``next_due_on``."""
    return (
        RequirementAssignment.objects.with_status(today)
        .filter(requirement__is_active=True, user__is_active=True)
        .exclude(user__email="")
    )


def hr_officers() -> QuerySet[User]:
    """Who gets a digest: active HR officers with an address and a scope."""
    return (
        User.objects.filter(
            is_active=True, groups__name=HR_OFFICERS, responsible_units__isnull=False
        )
        .exclude(email="")
        .distinct()
    )


def late_dates(
    today: datetime.date, *, first: int, earliest: datetime.date | None
) -> list[datetime.date]:
    """Due dates that are ``first`` days ago, then every
    ``MAARIFA_OVERDUE_REMINDER_EVERY_DAYS`` days before, back to ``earliest``.
    A period below one day means once only."""
    if earliest is None:
        return []
    every = settings.MAARIFA_OVERDUE_REMINDER_EVERY_DAYS
    day, dates = today - datetime.timedelta(days=max(first, 1)), []
    while day >= earliest:
        dates.append(day)
        if every < 1:
            break
        day -= datetime.timedelta(days=every)
    return dates


def reminder_dates(
    *, kind: str, today: datetime.date, earliest: datetime.date | None
) -> list[datetime.date]:
    """The due dates (or renewal dates) that earn an email of ``kind`` today,
    looking back no further than ``earliest``: the one rule the plan selects
    by and the delivery checks again."""
    if kind == Kind.LEARNER:
        ahead = {
            today + datetime.timedelta(days=n) for n in settings.MAARIFA_REMINDER_DAYS if n > 0
        }
        late = late_dates(today, first=1, earliest=earliest)
        return sorted(ahead | {today} | set(late))
    if kind == Kind.MANAGER:
        first = settings.MAARIFA_ESCALATE_AFTER_DAYS
        return late_dates(today, first=first, earliest=earliest)
    return []


def queue_delivery(delivery_ids: list[int], today: datetime.date) -> None:
    async_task(
        "courses.tasks.deliver_compliance_reminders",
        delivery_ids,
        today.isoformat(),
        task_name=f"reminders-{today.isoformat()}-{delivery_ids[0]}",
        group="reminders",
    )


def batched(values: Iterable, size: int) -> Iterator[list]:
    iterator = iter(values)
    while batch := list(islice(iterator, size)):
        yield batch


def language_of(code: str) -> str:
    return code if code in {c for c, _name in settings.LANGUAGES} else "en"


def person_from_row(row: dict, prefix: str) -> Person:
    return Person(
        pk=row[f"{prefix}pk"],
        email=row[f"{prefix}email"],
        full_name=row[f"{prefix}full_name"],
        language=language_of(row[f"{prefix}preferred_language"]),
    )


def person_of(user: User) -> Person:
    return Person(
        pk=user.pk,
        email=user.email,
        full_name=user.full_name,
        language=language_of(user.preferred_language),
    )
