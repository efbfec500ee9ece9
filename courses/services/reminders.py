"""Reminders and escalations for mandatory training, sent once a day.

It sends three kinds of email, each in the recipient's language:

- to a learner: their items due in one of ``MAARIFA_REMINDER_DAYS`` days
  (renewals included), due today, or overdue on the first day and then every
  ``MAARIFA_OVERDUE_REMINDER_EVERY_DAYS`` days — one email listing them all;
- to a line manager: their direct reports' items overdue by
  ``MAARIFA_ESCALATE_AFTER_DAYS`` days, then again every
  ``MAARIFA_OVERDUE_REMINDER_EVERY_DAYS`` days — one email for the team;
- to an HR officer, on ``MAARIFA_HR_DIGEST_WEEKDAY``: the counts of their
  scope, from the same selectors as the dashboard.

The day's run is split in two, so that no task runs long enough to meet the
django-q2 timeout, however slow the mail server:

- ``reminders_send`` plans (``courses.tasks.send_compliance_reminders``,
  daily). It reconciles the assignments, works out who gets what, claims one
  ``ReminderDelivery`` row per recipient and kind (storing the ids of the
  assignments the email is about), and sends nothing. It then queues the
  day's open rows — pending, or failed with attempts left — in batches of
  ``DELIVERY_BATCH`` (``DIGEST_BATCH`` for HR digests), one
  ``courses.tasks.deliver_compliance_reminders`` task each.
- ``reminders_deliver`` sends one batch. It composes each email again from
  the stored assignment ids, keeping only the items that still qualify today
  (an item completed since the plan is left out; a row with nothing left is
  closed without an email: ``SENT``, no ``sent_at``, ``NOTHING_LEFT`` as its
  note, so it is never retried). A batch that runs out of its
  ``DELIVERY_TIME_BUDGET`` queues the rest as a new task.

Invariants:

- At most one email per recipient, kind and day. A row is claimed (inserted,
  ignoring conflicts on its unique key) before anything is sent; it is marked
  sent by a conditional UPDATE in the transaction that sends, so the row
  stays locked while the email goes out and a second worker delivering the
  same row waits, then finds it sent.
- Resuming is running ``reminders_send`` again the same day: it claims
  nothing twice and queues again whatever is still open, whether the run was
  cut off while planning, its tasks were lost, a worker died mid-batch or the
  mail server was down. A delivery task delivered twice sends nothing twice.
- A failed send is recorded on its row (``FAILED``, attempts, error) and the
  batch goes on with the next recipient; a later run the same day retries it,
  up to ``MAX_ATTEMPTS`` attempts. ``MAX_FAILURES_IN_A_ROW`` failures in a
  row stop the batch (the mail server is down, not one bad address).
- The queries do not grow with the number of people: planning streams the
  qualifying assignments in chunks and claims ``CLAIM_BATCH`` recipients per
  INSERT; a delivery batch loads its rows, their assignments, requirements
  and HR officers in a few queries, then costs one UPDATE per email (and the
  dashboard's own queries per HR digest).
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby, islice
from operator import itemgetter

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F, Min, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_q.tasks import async_task

from certificates.rendering import absolute_url
from lms.models import User
from lms.roles import HR_OFFICERS

from ..models import (
    LATE_STATUSES,
    ComplianceStatus,
    ReminderDelivery,
    RequirementAssignment,
    TrainingRequirement,
)
from ..selectors.compliance import assignments_visible_to, requirement_tallies
from .compliance import assignments_sync_all

logger = logging.getLogger(__name__)

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


# --- Planning -------------------------------------------------------------------------


def reminders_send(*, today: datetime.date | None = None) -> dict:
    """The daily run: reconcile the assignments, claim today's learner
    reminders, escalations and (on the digest weekday) HR digests, and queue
    their delivery. Sends nothing itself.

    Idempotent per day, and the way to resume a day that was cut off (see the
    module docstring). The tasks are queued on commit when called inside a
    transaction. Returns counts: the emails queued per kind (claimed now or
    by an earlier run and still open), the delivery tasks queued, people
    whose escalation had no active line manager, and today's rows already
    closed — sent, closed with nothing left to send, or out of attempts.
    """
    today = today or timezone.localdate()
    assignments_sync_all(today=today)
    counts = dict.fromkeys(
        (
            "learner",
            "manager",
            "hr_digest",
            "batches",
            "skipped_no_manager",
            "already_sent",
            "nothing_to_send",
            "exhausted",
        ),
        0,
    )
    earliest_late = _earliest_late(today)
    _claim(today, Kind.LEARNER, _learner_recipients(today, earliest_late=earliest_late))
    _claim(today, Kind.MANAGER, _escalation_recipients(today, earliest_late, counts))
    if today.weekday() == settings.MAARIFA_HR_DIGEST_WEEKDAY:
        officers = _hr_officers().order_by("pk").values_list("pk", flat=True)
        _claim(today, Kind.HR_DIGEST, ((pk, []) for pk in officers.iterator()))
    _queue_open(today, counts)
    return counts


def _qualifying(today: datetime.date) -> QuerySet[RequirementAssignment]:
    """Assignments of active requirements held by active people with an
    email address, with ``status`` and ``next_due_on``."""
    return (
        RequirementAssignment.objects.with_status(today)
        .filter(requirement__is_active=True, user__is_active=True)
        .exclude(user__email="")
    )


def _hr_officers() -> QuerySet[User]:
    """Who gets a digest: active HR officers with an address and a scope."""
    return (
        User.objects.filter(
            is_active=True, groups__name=HR_OFFICERS, responsible_units__isnull=False
        )
        .exclude(email="")
        .distinct()
    )


def _earliest_late(today: datetime.date) -> datetime.date | None:
    """The oldest date anyone is overdue since: how far back to look."""
    return (
        _qualifying(today)
        .filter(next_due_on__lt=today)
        .aggregate(earliest=Min("next_due_on"))["earliest"]
    )


def _late_dates(
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


def _reminder_dates(
    *, kind: str, today: datetime.date, earliest: datetime.date | None
) -> list[datetime.date]:
    """The due dates (or renewal dates) that earn an email of ``kind`` today,
    looking back no further than ``earliest``: the one rule the plan selects
    by and the delivery checks again."""
    if kind == Kind.LEARNER:
        ahead = {
            today + datetime.timedelta(days=n) for n in settings.MAARIFA_REMINDER_DAYS if n > 0
        }
        late = _late_dates(today, first=1, earliest=earliest)
        return sorted(ahead | {today} | set(late))
    if kind == Kind.MANAGER:
        first = settings.MAARIFA_ESCALATE_AFTER_DAYS
        return _late_dates(today, first=first, earliest=earliest)
    return []


def _learner_recipients(
    today: datetime.date, *, earliest_late: datetime.date | None
) -> Iterator[tuple[int, list[int]]]:
    """Each learner with something due today, and the assignment ids."""
    dates = _reminder_dates(kind=Kind.LEARNER, today=today, earliest=earliest_late)
    rows = (
        _qualifying(today)
        .filter(next_due_on__in=dates)
        .order_by("user_id", "pk")
        .values_list("user_id", "pk")
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for user_id, group in groupby(rows, key=itemgetter(0)):
        yield user_id, [pk for _user_id, pk in group]


def _escalation_recipients(
    today: datetime.date, earliest_late: datetime.date | None, counts: dict
) -> Iterator[tuple[int, list[int]]]:
    """Each active line manager with reports to escalate, and the assignment
    ids; the reports of anyone else are counted as skipped."""
    dates = _reminder_dates(kind=Kind.MANAGER, today=today, earliest=earliest_late)
    if not dates:
        return
    rows = (
        _qualifying(today)
        .filter(next_due_on__in=dates)
        .order_by("user__line_manager_id", "user_id", "pk")
        .values(
            "pk",
            "user_id",
            "user__line_manager_id",
            "user__line_manager__is_active",
            "user__line_manager__email",
        )
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for manager_id, group in groupby(rows, key=itemgetter("user__line_manager_id")):
        group = list(group)
        first = group[0]
        if not (first["user__line_manager__is_active"] and first["user__line_manager__email"]):
            counts["skipped_no_manager"] += len({row["user_id"] for row in group})
            continue
        yield manager_id, [row["pk"] for row in group]


def _claim(today: datetime.date, kind: str, recipients: Iterable[tuple[int, list[int]]]) -> None:
    """Insert the rows not claimed yet today, ``CLAIM_BATCH`` per query.
    A row claimed earlier keeps the assignment ids stored then."""
    for batch in _batched(recipients, CLAIM_BATCH):
        ReminderDelivery.objects.bulk_create(
            [
                ReminderDelivery(
                    recipient_id=recipient_id,
                    kind=kind,
                    day=today,
                    assignment_ids=sorted(assignment_ids),
                )
                for recipient_id, assignment_ids in batch
            ],
            ignore_conflicts=True,
        )


def _queue_open(today: datetime.date, counts: dict) -> None:
    """Queue every open row of the day, whoever claimed it, in batches of
    one kind (one query to find them, one enqueue per batch)."""
    open_ids: dict[str, list[int]] = {kind: [] for kind in Kind.values}
    rows = (
        ReminderDelivery.objects.filter(day=today)
        .order_by("pk")
        .values_list("pk", "kind", "status", "attempts", "sent_at")
    )
    for pk, kind, status, attempts, sent_at in rows.iterator(chunk_size=CHUNK_SIZE):
        if status == Status.SENT:
            counts["already_sent" if sent_at else "nothing_to_send"] += 1
        elif attempts >= MAX_ATTEMPTS:
            counts["exhausted"] += 1
        else:
            counts[kind] += 1
            open_ids[kind].append(pk)
    batches = [
        batch
        for kind, ids in open_ids.items()
        for batch in _batched(ids, DIGEST_BATCH if kind == Kind.HR_DIGEST else DELIVERY_BATCH)
    ]
    counts["batches"] = len(batches)

    def queue() -> None:
        for batch in batches:
            _queue_delivery(batch, today)

    if batches:
        transaction.on_commit(queue)


def _queue_delivery(delivery_ids: list[int], today: datetime.date) -> None:
    async_task(
        "courses.tasks.deliver_compliance_reminders",
        delivery_ids,
        today.isoformat(),
        task_name=f"reminders-{today.isoformat()}-{delivery_ids[0]}",
        group="reminders",
    )


def _batched(values: Iterable, size: int) -> Iterator[list]:
    iterator = iter(values)
    while batch := list(islice(iterator, size)):
        yield batch


# --- Delivering -------------------------------------------------------------------------


def reminders_deliver(*, delivery_ids: list[int], today: datetime.date) -> dict:
    """Send the emails of these rows of ``today`` (one delivery task).

    Rows already sent or out of attempts are skipped. Each email is composed
    in its recipient's language from the assignments stored on its row that
    still qualify today; a row with nothing left is closed without an email.
    Locks: each row while its email is being sent, so a second worker
    delivering the same rows sends nothing twice. Stops after
    ``MAX_FAILURES_IN_A_ROW`` failures in a row; after
    ``DELIVERY_TIME_BUDGET`` seconds, queues the rows not tried as a new task.
    Returns counts: emails sent per kind, sends that failed, rows already
    sent, out of attempts, closed with nothing to send, and handed on.
    """
    started = time.monotonic()
    counts = dict.fromkeys(
        (
            "learner",
            "manager",
            "hr_digest",
            "failed",
            "already_sent",
            "exhausted",
            "nothing_to_send",
            "handed_on",
        ),
        0,
    )
    deliveries = []
    for delivery in (
        ReminderDelivery.objects.filter(pk__in=delivery_ids, day=today)
        .select_related("recipient")
        .order_by("pk")
    ):
        if delivery.status == Status.SENT:
            counts["already_sent"] += 1
        elif delivery.attempts >= MAX_ATTEMPTS:
            counts["exhausted"] += 1
        else:
            deliveries.append(delivery)
    if not deliveries:
        return counts

    emails = _Emails.for_deliveries(today=today, deliveries=deliveries)
    mailer = _Mailer()
    empty = []
    try:
        for index, delivery in enumerate(deliveries):
            if mailer.stopped:
                logger.error(
                    "Reminders for %s: %d failed emails in a row; run reminders_send again "
                    "to resume.",
                    today,
                    MAX_FAILURES_IN_A_ROW,
                )
                break
            if index and time.monotonic() - started > DELIVERY_TIME_BUDGET:
                rest = [delivery.pk for delivery in deliveries[index:]]
                transaction.on_commit(lambda rest=rest: _queue_delivery(rest, today))
                counts["handed_on"] = len(rest)
                break
            with translation.override(_language(delivery.recipient.preferred_language)):
                message = emails.compose(delivery)
            if message is None:
                empty.append(delivery.pk)
                continue
            outcome = _send(delivery, message, mailer)
            counts[delivery.kind if outcome == "sent" else outcome] += 1
    finally:
        mailer.close()
    if empty:
        counts["nothing_to_send"] = ReminderDelivery.objects.filter(
            pk__in=empty, status__in=OPEN, attempts__lt=MAX_ATTEMPTS
        ).update(status=Status.SENT, error=NOTHING_LEFT)
    return counts


def _send(delivery: ReminderDelivery, message: EmailMessage, mailer: _Mailer) -> str:
    """Mark the row sent and send, in one transaction: the UPDATE locks the
    row until the email is out, and is undone if sending fails. Returns
    ``"sent"``, ``"already_sent"`` or ``"failed"``."""
    try:
        with transaction.atomic():
            taken = ReminderDelivery.objects.filter(
                pk=delivery.pk, status__in=OPEN, attempts__lt=MAX_ATTEMPTS
            ).update(
                status=Status.SENT,
                sent_at=timezone.now(),
                attempts=F("attempts") + 1,
                error="",
            )
            if not taken:  # another worker sent it meanwhile
                return "already_sent"
            mailer.send(message)
    except Exception as exc:
        logger.exception(
            "Reminders: the %s email to person %s could not be sent",
            delivery.kind,
            delivery.recipient_id,
        )
        ReminderDelivery.objects.filter(pk=delivery.pk).update(
            status=Status.FAILED,
            attempts=F("attempts") + 1,
            error=f"{type(exc).__name__}: {exc}"[:ERROR_LENGTH],
        )
        return "failed"
    return "sent"


def _language(code: str) -> str:
    return code if code in {c for c, _name in settings.LANGUAGES} else "en"


def _person(row: dict, prefix: str) -> Person:
    return Person(
        pk=row[f"{prefix}pk"],
        email=row[f"{prefix}email"],
        full_name=row[f"{prefix}full_name"],
        language=_language(row[f"{prefix}preferred_language"]),
    )


def _person_of(user: User) -> Person:
    return Person(
        pk=user.pk,
        email=user.email,
        full_name=user.full_name,
        language=_language(user.preferred_language),
    )


class _Mailer:
    """One mail connection for a batch, opened on the first email and again
    after a failure."""

    def __init__(self) -> None:
        self.connection = None
        self.failures_in_a_row = 0

    @property
    def stopped(self) -> bool:
        return self.failures_in_a_row >= MAX_FAILURES_IN_A_ROW

    def _open(self) -> None:
        self.connection = get_connection()
        try:
            self.connection.open()
        except Exception:
            # Each send then tries to connect on its own, and fails on its own.
            logger.warning("Reminders: the mail server could not be reached", exc_info=True)

    def send(self, message: EmailMessage) -> None:
        if self.connection is None:
            self._open()
        message.connection = self.connection
        try:
            message.send()
        except Exception:
            self.failures_in_a_row += 1
            self.close()
            raise
        self.failures_in_a_row = 0

    def close(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(Exception):
                self.connection.close()
            self.connection = None


class _Emails:
    """The emails of one delivery batch, composed (in the active language)
    from what was loaded for the whole batch at once."""

    def __init__(
        self,
        *,
        today: datetime.date,
        items: dict[int, Item],
        requirements: dict[int, TrainingRequirement],
        officers: dict[int, User],
    ):
        self.today = today
        self.items = items
        self.requirements = requirements
        self.officers = officers
        self.position = {pk: index for index, pk in enumerate(items)}
        earliest = min((item.next_due_on for item in items.values()), default=None)
        self.dates = {
            kind: set(_reminder_dates(kind=kind, today=today, earliest=earliest))
            for kind in (Kind.LEARNER, Kind.MANAGER)
        }

    @classmethod
    def for_deliveries(cls, *, today: datetime.date, deliveries: list[ReminderDelivery]) -> _Emails:
        """Load the batch's assignments (those still qualifying, in the
        order the emails list them), their requirements and the HR officers:
        at most five queries."""
        assignment_ids = {pk for delivery in deliveries for pk in delivery.assignment_ids}
        rows = (
            _qualifying(today)
            .filter(pk__in=assignment_ids, next_due_on__isnull=False)
            .order_by("user__full_name", "user_id", "next_due_on", "pk")
            .values(
                "pk",
                "requirement_id",
                "next_due_on",
                "status",
                "user__line_manager_id",
                *(f"user__{f}" for f in PERSON_FIELDS),
            )
            if assignment_ids
            else []
        )
        items = {
            row["pk"]: Item(
                assignment_id=row["pk"],
                requirement_id=row["requirement_id"],
                person=_person(row, "user__"),
                manager_id=row["user__line_manager_id"],
                next_due_on=row["next_due_on"],
                status=row["status"],
            )
            for row in rows
        }
        requirements = (
            TrainingRequirement.objects.filter(is_active=True)
            .select_related("item")
            .in_bulk({item.requirement_id for item in items.values()})
            if items
            else {}
        )
        officer_ids = [d.recipient_id for d in deliveries if d.kind == Kind.HR_DIGEST]
        officers = (
            {
                officer.pk: officer
                for officer in _hr_officers()
                .filter(pk__in=officer_ids)
                .prefetch_related("groups", "responsible_units")
            }
            if officer_ids
            else {}
        )
        return cls(today=today, items=items, requirements=requirements, officers=officers)

    @staticmethod
    def _addressee(kind: str, item: Item) -> int | None:
        """Whom an item is reminded to: the learner, or their line manager."""
        return item.person.pk if kind == Kind.LEARNER else item.manager_id

    def compose(self, delivery: ReminderDelivery) -> EmailMessage | None:
        """The email for this row, or None if nothing is left to say."""
        recipient = delivery.recipient
        if not (recipient.is_active and recipient.email):
            return None
        if delivery.kind == Kind.HR_DIGEST:
            officer = self.officers.get(recipient.pk)
            return self.digest(officer) if officer else None
        dates = self.dates[delivery.kind]
        items = [
            item
            for pk in delivery.assignment_ids
            if (item := self.items.get(pk))
            and item.next_due_on in dates
            and self._addressee(delivery.kind, item) == recipient.pk
        ]
        # In the order of the query: by person, then the most urgent first.
        items.sort(key=lambda item: self.position[item.assignment_id])
        if delivery.kind == Kind.LEARNER:
            return self.reminder(_person_of(recipient), items)
        return self.escalation(_person_of(recipient), items)

    def _lines(self, items: list[Item]) -> list[Line]:
        """One line per course or campaign (the most urgent, if two
        requirements name the same one)."""
        lines, seen = [], set()
        for item in sorted(items, key=lambda item: item.next_due_on):
            requirement = self.requirements.get(item.requirement_id)
            if requirement is None or requirement.item_id in seen:
                continue
            seen.add(requirement.item_id)
            lines.append(Line(title=requirement.item.title, when=self._when(item)))
        return lines

    def _when(self, item: Item) -> str:
        date = date_format(item.next_due_on, "DATE_FORMAT")
        days = abs((item.next_due_on - self.today).days)
        renewal = item.status in (ComplianceStatus.COMPLETED, ComplianceStatus.EXPIRED)
        if item.next_due_on > self.today:
            if renewal:
                return ngettext(
                    "renewal due on %(date)s, in %(days)d day",
                    "renewal due on %(date)s, in %(days)d days",
                    days,
                ) % {"date": date, "days": days}
            return ngettext(
                "due on %(date)s, in %(days)d day", "due on %(date)s, in %(days)d days", days
            ) % {"date": date, "days": days}
        if item.next_due_on == self.today:
            return _("renewal due today") if renewal else _("due today")
        if renewal:
            return ngettext(
                "expired on %(date)s, %(days)d day ago",
                "expired on %(date)s, %(days)d days ago",
                days,
            ) % {"date": date, "days": days}
        return ngettext(
            "was due on %(date)s, %(days)d day overdue",
            "was due on %(date)s, %(days)d days overdue",
            days,
        ) % {"date": date, "days": days}

    def reminder(self, person: Person, items: list[Item]) -> EmailMessage | None:
        lines = self._lines(items)
        if not lines:
            return None
        late = any(item.next_due_on < self.today for item in items)
        subject = (
            _("Overdue: your mandatory training")
            if late
            else _("Reminder: your mandatory training is due")
        )
        body = render_to_string(
            "courses/email/reminder.txt",
            {
                "name": person.full_name,
                "lines": lines,
                "url": absolute_url(reverse("my_learning")),
            },
        )
        return EmailMessage(subject, body, None, [person.email])

    def escalation(self, manager: Person, items: list[Item]) -> EmailMessage | None:
        reports: list[Report] = []
        for _person_pk, theirs in groupby(items, key=lambda item: item.person.pk):
            theirs = list(theirs)
            if lines := self._lines(theirs):
                reports.append(Report(name=theirs[0].person.full_name, lines=lines))
        if not reports:
            return None
        body = render_to_string(
            "courses/email/escalation.txt",
            {
                "name": manager.full_name,
                "reports": reports,
                "days": settings.MAARIFA_ESCALATE_AFTER_DAYS,
                "url": absolute_url(reverse("my_learning")),
            },
        )
        subject = _("Overdue mandatory training in your team")
        return EmailMessage(subject, body, None, [manager.email])

    def digest(self, officer: User) -> EmailMessage | None:
        """The officer's scope, counted by the dashboard's own selectors."""
        rows = [
            (requirement, tally)
            for requirement, tally in requirement_tallies(user=officer, today=self.today)
            if requirement.is_active and tally.assigned
        ]
        if not rows:
            return None
        people_late = (
            assignments_visible_to(user=officer)
            .with_status(self.today)
            .filter(requirement__is_active=True, status__in=LATE_STATUSES)
            .values("user_id")
            .distinct()
            .count()
        )
        body = render_to_string(
            "courses/email/hr_digest.txt",
            {
                "name": officer.full_name,
                "rows": [
                    {
                        "title": requirement.item.title,
                        "assigned": tally.assigned,
                        "completed": tally.completed,
                        "overdue": tally.overdue,
                        "expired": tally.expired,
                        "rate": tally.rate,
                    }
                    for requirement, tally in rows
                ],
                "people_late": people_late,
                "url": absolute_url(reverse("courses_compliance_overview")),
                "late_url": absolute_url(reverse("courses_compliance_people") + "?status=overdue"),
            },
        )
        subject = _("Mandatory training: your weekly summary")
        return EmailMessage(subject, body, None, [officer.email])
