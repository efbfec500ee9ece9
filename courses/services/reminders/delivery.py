"""Sending one batch of the day's emails."""

from __future__ import annotations

import contextlib
import datetime
import logging
import time

from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation

from ...models import (
    ReminderDelivery,
)
from .common import (
    DELIVERY_TIME_BUDGET,
    ERROR_LENGTH,
    MAX_ATTEMPTS,
    MAX_FAILURES_IN_A_ROW,
    NOTHING_LEFT,
    OPEN,
    Status,
    language_of,
    queue_delivery,
)
from .emails import Emails

logger = logging.getLogger(__name__)


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

    emails = Emails.for_deliveries(today=today, deliveries=deliveries)
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
                transaction.on_commit(lambda rest=rest: queue_delivery(rest, today))
                counts["handed_on"] = len(rest)
                break
            with translation.override(language_of(delivery.recipient.preferred_language)):
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
