"""The daily plan: who gets which email today, claimed and queued."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter

from django.conf import settings
from django.db import transaction
from django.db.models import Min
from django.utils import timezone

from ...models import (
    ReminderDelivery,
)
from ..compliance import assignments_sync_all
from .common import (
    CHUNK_SIZE,
    CLAIM_BATCH,
    DELIVERY_BATCH,
    DIGEST_BATCH,
    MAX_ATTEMPTS,
    Kind,
    Status,
    batched,
    hr_officers,
    qualifying,
    queue_delivery,
    reminder_dates,
)


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
        officers = hr_officers().order_by("pk").values_list("pk", flat=True)
        _claim(today, Kind.HR_DIGEST, ((pk, []) for pk in officers.iterator()))
    _queue_open(today, counts)
    return counts


def _earliest_late(today: datetime.date) -> datetime.date | None:
    """The oldest date anyone is overdue since: how far back to look."""
    return (
        qualifying(today)
        .filter(next_due_on__lt=today)
        .aggregate(earliest=Min("next_due_on"))["earliest"]
    )


def _learner_recipients(
    today: datetime.date, *, earliest_late: datetime.date | None
) -> Iterator[tuple[int, list[int]]]:
    """Each learner with something due today, and the assignment ids."""
    dates = reminder_dates(kind=Kind.LEARNER, today=today, earliest=earliest_late)
    rows = (
        qualifying(today)
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
    dates = reminder_dates(kind=Kind.MANAGER, today=today, earliest=earliest_late)
    if not dates:
        return
    rows = (
        qualifying(today)
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
    for batch in batched(recipients, CLAIM_BATCH):
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
        for batch in batched(ids, DIGEST_BATCH if kind == Kind.HR_DIGEST else DELIVERY_BATCH)
    ]
    counts["batches"] = len(batches)

    def queue() -> None:
        for batch in batches:
            queue_delivery(batch, today)

    if batches:
        transaction.on_commit(queue)
