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

from .common import MAX_ATTEMPTS, NOTHING_LEFT
from .delivery import reminders_deliver
from .planning import reminders_send

__all__ = ["MAX_ATTEMPTS", "NOTHING_LEFT", "reminders_deliver", "reminders_send"]
