"""The daily reminders: who is reminded when, escalation to line managers,
the HR digest and its scope, the recipient's language, sending nothing twice,
planning apart from delivering (and resuming either), resuming after failures,
the schedule, and query counts that do not grow with the number of people.

Tests run the django-q2 cluster inline (``sync``): ``run`` plans and then
delivers, as the cluster would. Tests that use ``queue_only`` leave the
delivery tasks in the broker and deliver them by hand."""

import datetime
import smtplib
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.db import connection, connections
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.models import Schedule
from django_q.signing import SignedPackage

from courses import services, tasks
from courses.models import Enrolment, ReminderDelivery, RequirementAssignment, TrainingRequirement
from courses.progress import CourseOutline
from courses.services import reminders
from courses.services.compliance import requirement_save
from courses.services.reminders import (
    MAX_ATTEMPTS,
    NOTHING_LEFT,
    reminders_deliver,
    reminders_send,
)
from lms.models import User
from lms.roles import ADMINISTRATORS, HR_OFFICERS
from tests.conftest import make_home_page
from tests.factories import OrganisationUnitFactory, UserFactory, build_catalogue, build_course

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 17)  # a Wednesday
DIGEST_DAY = datetime.date(2026, 6, 22)  # the Monday after
# What a plan returns when there is nothing to queue.
NOTHING = {
    "learner": 0,
    "manager": 0,
    "hr_digest": 0,
    "batches": 0,
    "skipped_no_manager": 0,
    "already_sent": 0,
    "nothing_to_send": 0,
    "exhausted": 0,
}
DELIVER = "courses.tasks.deliver_compliance_reminders"


def days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


class FailForSomeBackend(locmem.EmailBackend):
    """The locmem outbox, except that addresses containing "fail" are refused."""

    def send_messages(self, messages):
        for message in messages:
            refused = [r for r in message.recipients() if "fail" in r]
            if refused:
                raise smtplib.SMTPRecipientsRefused(dict.fromkeys(refused, (550, b"No such user")))
        return super().send_messages(messages)


class SlowBackend(locmem.EmailBackend):
    """The locmem outbox behind a mail server that takes its time."""

    def send_messages(self, messages):
        time.sleep(0.02)
        return super().send_messages(messages)


@pytest.fixture(autouse=True)
def reminder_settings(settings):
    settings.MAARIFA_DUE_SOON_DAYS = 14
    settings.MAARIFA_REMINDER_DAYS = [14, 3]
    settings.MAARIFA_OVERDUE_REMINDER_EVERY_DAYS = 7
    settings.MAARIFA_ESCALATE_AFTER_DAYS = 14
    settings.MAARIFA_HR_DIGEST_WEEKDAY = DIGEST_DAY.weekday()
    return settings


@pytest.fixture
def admin(db):
    return UserFactory(roles=[ADMINISTRATORS], unit=None)


@pytest.fixture
def catalogue(home_page):
    return build_catalogue(home_page)


@pytest.fixture
def course(catalogue):
    return build_course(catalogue, slug="security", lessons=1, issues_certificate=False)


def required(item, admin, *, people=(), units=(), due_on, **fields):
    """A requirement due on ``due_on`` (saved on a day it was still ahead)."""
    saved = requirement_save(
        requirement=TrainingRequirement(
            item=item, due_rule=TrainingRequirement.DueRule.FIXED, due_on=due_on, **fields
        ),
        units=units,
        people=people,
        by=admin,
        today=min(due_on, TODAY) - days(60),
    )
    services.compliance.assignments_sync(requirement=saved, today=TODAY)
    return saved


def complete(user, course, *, on: datetime.date):
    enrolment, _ = services.enrolment_create(user=user, course=course)
    for lesson in CourseOutline.for_course(course).lessons:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    when = datetime.datetime.combine(on, datetime.time(12), tzinfo=datetime.UTC)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=when)
    services.compliance.assignments_refresh(user_id=user.pk, item_id=course.pk)


def run(*, today: datetime.date) -> dict:
    """The daily task as the cluster runs it: plan, then (on commit, inline
    in tests unless ``queue_only``) the delivery tasks. Returns the plan."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return reminders_send(today=today)


@pytest.fixture
def queue_only(monkeypatch):
    """Tasks are queued in the broker, as in production, not run inline."""
    monkeypatch.setattr(Conf, "SYNC", False)
    broker = get_broker()
    broker.purge_queue()
    yield broker
    broker.purge_queue()


def queued_deliveries(broker) -> list[tuple[list[int], str]]:
    """Take the delivery tasks out of the broker: (delivery ids, day) each."""
    tasks = []
    for _round in range(100):
        if not broker.queue_size():
            break
        for task_id, payload in broker.dequeue() or []:
            tasks.append(SignedPackage.loads(payload))
            broker.acknowledge(task_id)
    return [tuple(task["args"]) for task in tasks if task["func"] == DELIVER]


def deliver(batches, *, today: datetime.date = TODAY) -> list[dict]:
    return [reminders_deliver(delivery_ids=ids, today=today) for ids, _day in batches]


def outbox_to(user) -> list:
    return [message for message in mail.outbox if message.to == [user.email]]


def only_email_to(user):
    messages = outbox_to(user)
    assert len(messages) == 1, [m.subject for m in messages]
    return messages[0]


# --- Learner reminders ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "reminded"),
    [
        (14, True),  # due in 14 days
        (3, True),  # due in 3 days
        (13, False),
        (4, False),
        (0, True),  # due today
        (-1, True),  # overdue, day 1
        (-2, False),
        (-7, False),
        (-8, True),  # day 1 + 7
        (-15, True),  # day 1 + 14
    ],
)
def test_learners_are_reminded_on_the_configured_days(admin, course, offset, reminded):
    person = UserFactory()
    required(course, admin, people=[person], due_on=TODAY + days(offset))

    counts = run(today=TODAY)

    assert counts["learner"] == (1 if reminded else 0)
    assert len(outbox_to(person)) == (1 if reminded else 0)
    if reminded:
        body = only_email_to(person).body
        assert "Course security" in body
        assert "/en/my-learning/" in body


def test_the_reminder_days_come_from_the_settings(admin, course, reminder_settings):
    reminder_settings.MAARIFA_REMINDER_DAYS = [10]
    person = UserFactory()
    required(course, admin, people=[person], due_on=TODAY + days(10))
    assert run(today=TODAY)["learner"] == 1
    assert run(today=TODAY + days(7))["learner"] == 0  # due in 3: no longer a day


def test_the_email_says_when_each_item_is_due(admin, catalogue):
    person = UserFactory()
    soon = build_course(catalogue, slug="soon", lessons=1, issues_certificate=False)
    today = build_course(catalogue, slug="today", lessons=1, issues_certificate=False)
    late = build_course(catalogue, slug="late", lessons=1, issues_certificate=False)
    later = build_course(catalogue, slug="later", lessons=1, issues_certificate=False)
    required(soon, admin, people=[person], due_on=TODAY + days(3))
    required(today, admin, people=[person], due_on=TODAY)
    required(late, admin, people=[person], due_on=TODAY - days(8))
    required(later, admin, people=[person], due_on=TODAY + days(5))  # not a reminder day

    counts = run(today=TODAY)

    assert counts["learner"] == 1
    message = only_email_to(person)
    assert message.subject == "Overdue: your mandatory training"
    assert "- Course late: was due on June 9, 2026, 8 days overdue" in message.body
    assert "- Course today: due today" in message.body
    assert "- Course soon: due on June 20, 2026, in 3 days" in message.body
    assert "Course later" not in message.body
    # Most urgent first.
    assert message.body.index("Course late") < message.body.index("Course soon")


def test_a_renewal_is_reminded_before_the_completion_expires(admin, course):
    person = UserFactory()
    required(course, admin, people=[person], due_on=TODAY + days(30), renewal_months=12)
    # Completed a year before the day that is 14 days from now.
    complete(person, course, on=datetime.date(2025, 7, 1))
    assert RequirementAssignment.objects.get(user=person).expires_on == TODAY + days(14)

    counts = run(today=TODAY)

    assert counts["learner"] == 1
    message = only_email_to(person)
    assert message.subject == "Reminder: your mandatory training is due"
    assert "Course security: renewal due on July 1, 2026, in 14 days" in message.body


def test_an_expired_completion_is_reminded_like_an_overdue_item(admin, course):
    person = UserFactory()
    required(course, admin, people=[person], due_on=TODAY + days(30), renewal_months=12)
    complete(person, course, on=datetime.date(2025, 6, 16))  # expired yesterday

    run(today=TODAY)

    assert "Course security: expired on June 16, 2026, 1 day ago" in only_email_to(person).body


def test_people_who_completed_inactive_people_and_inactive_requirements_get_nothing(
    admin, catalogue, course
):
    done = UserFactory()
    leaver = UserFactory()
    other = UserFactory()
    required(course, admin, people=[done, leaver], due_on=TODAY + days(3))
    complete(done, course, on=TODAY - days(2))
    leaver.is_active = False
    leaver.save()
    dormant = build_course(catalogue, slug="dormant", lessons=1, issues_certificate=False)
    old = required(dormant, admin, people=[other], due_on=TODAY + days(3))
    TrainingRequirement.objects.filter(pk=old.pk).update(is_active=False)

    assert run(today=TODAY) == NOTHING
    assert mail.outbox == []


def test_the_email_is_in_the_recipients_language(admin, catalogue):
    course = build_course(
        catalogue, slug="ar-course", lessons=1, translated=("en", "ar"), issues_certificate=False
    )
    arabic = UserFactory(preferred_language="ar")
    swahili = UserFactory(preferred_language="sw")
    required(course, admin, people=[arabic, swahili], due_on=TODAY + days(3))

    run(today=TODAY)

    body = only_email_to(arabic).body
    assert "/ar/my-learning/" in body
    assert "Course ar-course [ar]" in body  # the title in Arabic
    body = only_email_to(swahili).body
    assert "/sw/my-learning/" in body
    assert "Course ar-course:" in body  # no Swahili title: the English one


# --- Escalation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overdue_days", "escalated"), [(13, False), (14, True), (15, False), (21, True), (28, True)]
)
def test_escalation_goes_to_the_line_manager_after_m_days(admin, course, overdue_days, escalated):
    manager = UserFactory(full_name="Maryam Manager")
    person = UserFactory(full_name="Peter Person", line_manager=manager)
    colleague = UserFactory(full_name="Colin Colleague")  # another manager's report
    required(course, admin, people=[person, colleague], due_on=TODAY - days(overdue_days))

    counts = run(today=TODAY)

    assert counts["manager"] == (1 if escalated else 0)
    assert counts["skipped_no_manager"] == (1 if escalated else 0)  # the colleague
    if escalated:
        message = only_email_to(manager)
        assert message.subject == "Overdue mandatory training in your team"
        assert "Peter Person\n- Course security: was due on" in message.body
        assert "Colin" not in message.body
        assert "14 days or more overdue" in message.body
    else:
        assert outbox_to(manager) == []


def test_a_manager_gets_one_email_for_the_whole_team(admin, catalogue, course):
    manager = UserFactory(preferred_language="ar")
    first = UserFactory(full_name="Aisha First", line_manager=manager)
    second = UserFactory(full_name="Baraka Second", line_manager=manager)
    other = build_course(catalogue, slug="other", lessons=1, issues_certificate=False)
    required(course, admin, people=[first, second], due_on=TODAY - days(14))
    required(other, admin, people=[second], due_on=TODAY - days(21))

    counts = run(today=TODAY)

    assert counts["manager"] == 1
    body = only_email_to(manager).body
    assert "/ar/my-learning/" in body
    assert body.count("Aisha First") == 1
    assert body.count("Baraka Second") == 1
    assert "Course other" in body
    assert body.count("Course security") == 2


def test_no_active_line_manager_means_skipped_and_counted(admin, course):
    gone = UserFactory(is_active=False)
    orphan = UserFactory()
    managed_by_leaver = UserFactory(line_manager=gone)
    required(course, admin, people=[orphan, managed_by_leaver], due_on=TODAY - days(14))

    counts = run(today=TODAY)

    assert counts["manager"] == 0
    assert counts["skipped_no_manager"] == 2
    assert outbox_to(gone) == []


# --- HR digest ---------------------------------------------------------------------------------


@pytest.fixture
def two_units(admin, catalogue, course):
    hr = OrganisationUnitFactory(code="HR", name_en="Human resources")
    unit_a = OrganisationUnitFactory(code="AAA", name_en="Alpha")
    unit_b = OrganisationUnitFactory(code="BBB", name_en="Bravo")
    officer_a = UserFactory(roles=[HR_OFFICERS], unit=hr)
    officer_a.responsible_units.set([unit_a])
    officer_b = UserFactory(roles=[HR_OFFICERS], unit=hr, preferred_language="fr")
    officer_b.responsible_units.set([unit_b])
    UserFactory(roles=[HR_OFFICERS], unit=hr)  # responsible for nothing
    in_a = UserFactory.create_batch(2, unit=unit_a, full_name="Alpha Person")
    in_b = UserFactory.create_batch(3, unit=unit_b, full_name="Bravo Person")
    only_b = build_course(catalogue, slug="bravo-only", lessons=1, issues_certificate=False)
    required(course, admin, units=[unit_a, unit_b], due_on=TODAY - days(3))
    required(only_b, admin, units=[unit_b], due_on=TODAY + days(30))
    complete(in_a[0], course, on=TODAY - days(1))
    return {"a": officer_a, "b": officer_b, "in_a": in_a, "in_b": in_b}


def test_hr_officers_get_a_digest_of_their_own_units_on_the_digest_day(two_units):
    counts = run(today=DIGEST_DAY)

    assert counts["hr_digest"] == 2
    digest_a = only_email_to(two_units["a"])
    assert digest_a.subject == "Mandatory training: your weekly summary"
    assert "Course security\n  Assigned: 2 · Completed: 1 (50%)\n  Overdue: 1" in digest_a.body
    assert "1 person has overdue or expired training." in digest_a.body
    assert "bravo-only" not in digest_a.body
    assert "Bravo" not in digest_a.body
    assert "/admin/compliance/" in digest_a.body
    assert "/admin/compliance/people/?status=overdue" in digest_a.body

    # Officer B reads French.
    digest_b = only_email_to(two_units["b"])
    body_b = digest_b.body.replace("\xa0", " ")
    assert "Course security\n  Attribuées : 3 · Terminées : 0 (0 %)\n  En retard : 3" in body_b
    assert "Course bravo-only\n  Attribuées : 3 · Terminées : 0 (0 %)\n  En retard : 0" in body_b
    assert "3 personnes ont une formation en retard ou expirée." in body_b
    assert "Alpha" not in digest_b.body


def test_there_is_no_digest_on_other_days(two_units):
    for day in range(1, 7):
        assert run(today=DIGEST_DAY + days(day))["hr_digest"] == 0
    assert run(today=DIGEST_DAY + days(7))["hr_digest"] == 2


# --- Once a day, and resuming ------------------------------------------------------------------


def test_running_twice_on_one_day_sends_nothing_twice(admin, course, two_units):
    manager = UserFactory()
    person = UserFactory(line_manager=manager)
    required(course, admin, people=[person], due_on=DIGEST_DAY - days(14))

    first = run(today=DIGEST_DAY)
    sent = len(mail.outbox)
    second = run(today=DIGEST_DAY)

    # Units A and B: four people overdue on day 8; the person (day 14) is escalated.
    assert first["learner"] == 4
    assert first["manager"] == 1
    assert first["hr_digest"] == 2
    assert first["batches"] == 3  # one per kind
    assert sent == 4 + 1 + 2
    assert second == {**NOTHING, "already_sent": sent}
    assert len(mail.outbox) == sent
    assert ReminderDelivery.objects.filter(status=ReminderDelivery.Status.SENT).count() == sent
    # The next reminder day is a new day.
    run(today=DIGEST_DAY + days(7))
    assert len(mail.outbox) > sent


def test_a_failure_part_way_is_recorded_and_retried_once_the_server_works(admin, course, settings):
    first = UserFactory(email="first@ministry.example")
    failing = UserFactory(email="will-fail@ministry.example")
    last = UserFactory(email="last@ministry.example")
    required(course, admin, people=[first, failing, last], due_on=TODAY + days(3))
    settings.EMAIL_BACKEND = "tests.courses.test_reminders.FailForSomeBackend"

    counts = run(today=TODAY)

    assert counts == {**NOTHING, "learner": 3, "batches": 1}
    assert [m.to for m in mail.outbox] == [[first.email], [last.email]]
    delivery = ReminderDelivery.objects.get(recipient=failing)
    assert delivery.status == ReminderDelivery.Status.FAILED
    assert delivery.attempts == 1
    assert "SMTPRecipientsRefused" in delivery.error
    assert delivery.sent_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    counts = run(today=TODAY)

    assert counts == {**NOTHING, "learner": 1, "batches": 1, "already_sent": 2}
    assert [m.to for m in mail.outbox] == [[first.email], [last.email], [failing.email]]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.error) == ("sent", 2, "")
    assert delivery.sent_at is not None

    assert run(today=TODAY) == {**NOTHING, "already_sent": 3}
    assert len(mail.outbox) == 3


def test_a_failed_send_is_counted_by_its_delivery(admin, course, settings, queue_only):
    first = UserFactory(email="first@ministry.example")
    failing = UserFactory(email="will-fail@ministry.example")
    required(course, admin, people=[first, failing], due_on=TODAY + days(3))
    settings.EMAIL_BACKEND = "tests.courses.test_reminders.FailForSomeBackend"
    run(today=TODAY)

    (result,) = deliver(queued_deliveries(queue_only))

    assert result["learner"] == 1
    assert result["failed"] == 1


def test_retries_stop_after_the_last_attempt(admin, course, settings):
    failing = UserFactory(email="fail@ministry.example")
    required(course, admin, people=[failing], due_on=TODAY + days(3))
    settings.EMAIL_BACKEND = "tests.courses.test_reminders.FailForSomeBackend"
    for attempt in range(1, MAX_ATTEMPTS + 1):
        assert run(today=TODAY) == {**NOTHING, "learner": 1, "batches": 1}
        delivery = ReminderDelivery.objects.get(recipient=failing)
        assert (delivery.status, delivery.attempts) == ("failed", attempt)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    assert run(today=TODAY) == {**NOTHING, "exhausted": 1}
    assert mail.outbox == []
    assert ReminderDelivery.objects.get(recipient=failing).attempts == MAX_ATTEMPTS
    # Delivered by hand anyway (a stale task), it is skipped.
    result = reminders_deliver(delivery_ids=[delivery.pk], today=TODAY)
    assert result["exhausted"] == 1
    assert mail.outbox == []


def test_a_claim_left_by_an_interrupted_run_is_sent_with_its_stored_content(admin, catalogue):
    person = UserFactory()
    one = build_course(catalogue, slug="one", lessons=1, issues_certificate=False)
    two = build_course(catalogue, slug="two", lessons=1, issues_certificate=False)
    required(one, admin, people=[person], due_on=TODAY + days(3))
    required(two, admin, people=[person], due_on=TODAY + days(3))
    stored = RequirementAssignment.objects.get(user=person, requirement__item=one)
    # The run stopped after claiming, before sending.
    ReminderDelivery.objects.create(
        recipient=person, kind="learner", day=TODAY, assignment_ids=[stored.pk]
    )

    assert run(today=TODAY)["learner"] == 1
    body = only_email_to(person).body
    assert "Course one" in body
    assert "Course two" not in body


# --- Planning apart from delivering -----------------------------------------------------------


def test_planning_claims_and_queues_batches_and_sends_nothing(
    admin, catalogue, course, monkeypatch, queue_only
):
    monkeypatch.setattr(reminders.planning, "DELIVERY_BATCH", 10)
    learners = UserFactory.create_batch(25)
    required(course, admin, people=learners, due_on=TODAY + days(3))
    manager = UserFactory()
    late = build_course(catalogue, slug="late", lessons=1, issues_certificate=False)
    required(late, admin, people=[UserFactory(line_manager=manager)], due_on=TODAY - days(14))

    counts = run(today=TODAY)

    assert counts == {**NOTHING, "learner": 25, "manager": 1, "batches": 4}
    assert mail.outbox == []
    deliveries = ReminderDelivery.objects.filter(day=TODAY)
    assert deliveries.count() == 26
    assert set(deliveries.values_list("status", "attempts")) == {("pending", 0)}
    batches = queued_deliveries(queue_only)
    assert [len(ids) for ids, _day in batches] == [10, 10, 5, 1]
    assert {day for _ids, day in batches} == {TODAY.isoformat()}
    assert sorted(pk for ids, _day in batches for pk in ids) == sorted(
        deliveries.values_list("pk", flat=True)
    )
    escalation = deliveries.get(kind="manager")
    assert batches[-1][0] == [escalation.pk]  # a batch holds one kind

    ids, day = batches[0]
    result = reminders_deliver(delivery_ids=ids, today=datetime.date.fromisoformat(day))

    assert result["learner"] == 10
    batch = ReminderDelivery.objects.filter(pk__in=ids).select_related("recipient")
    assert sorted(m.to[0] for m in mail.outbox) == sorted(d.recipient.email for d in batch)
    assert {d.status for d in batch} == {"sent"}
    assert deliveries.filter(status="pending").count() == 16


def test_a_run_cut_off_after_planning_is_resumed_by_running_it_again(
    admin, catalogue, course, monkeypatch, queue_only
):
    monkeypatch.setattr(reminders.planning, "DELIVERY_BATCH", 4)
    people = UserFactory.create_batch(9)
    required(course, admin, people=people, due_on=TODAY + days(3))
    manager = UserFactory()
    late = build_course(catalogue, slug="late", lessons=1, issues_certificate=False)
    required(late, admin, people=[UserFactory(line_manager=manager)], due_on=TODAY - days(14))
    first = run(today=TODAY)
    claimed = dict(ReminderDelivery.objects.values_list("pk", "assignment_ids"))
    # The worker died: the tasks queued by the first run were lost, nothing was sent.
    lost = queued_deliveries(queue_only)

    second = run(today=TODAY)

    assert second == first == {**NOTHING, "learner": 9, "manager": 1, "batches": 4}
    assert dict(ReminderDelivery.objects.values_list("pk", "assignment_ids")) == claimed
    queued = queued_deliveries(queue_only)
    assert sorted(pk for ids, _day in queued for pk in ids) == sorted(claimed)
    assert queued == lost

    # The broker delivers the tasks twice, and a stale task of the first run turns up too.
    results = deliver(queued) + deliver(queued) + deliver(lost[:1])

    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in [*people, manager])
    assert sum(r["learner"] + r["manager"] for r in results) == 10
    assert sum(r["already_sent"] for r in results) == 10 + 4
    assert run(today=TODAY) == {**NOTHING, "already_sent": 10}
    assert queued_deliveries(queue_only) == []


def test_an_item_completed_after_planning_is_left_out(admin, catalogue, course, queue_only):
    one = build_course(catalogue, slug="one", lessons=1, issues_certificate=False)
    both = UserFactory()
    single = UserFactory()
    required(one, admin, people=[both], due_on=TODAY + days(3))
    required(course, admin, people=[both, single], due_on=TODAY + days(3), renewal_months=12)
    run(today=TODAY)
    batches = queued_deliveries(queue_only)
    # Between planning and delivering, both finish the course: due again in a year.
    complete(both, course, on=TODAY)
    complete(single, course, on=TODAY)

    (result,) = deliver(batches)

    assert (result["learner"], result["nothing_to_send"]) == (1, 1)
    body = only_email_to(both).body
    assert "Course one" in body
    assert "Course security" not in body
    assert outbox_to(single) == []
    # Closed without an email, so it is not queued again.
    closed = ReminderDelivery.objects.get(recipient=single)
    assert (closed.status, closed.sent_at, closed.attempts) == ("sent", None, 0)
    assert closed.error == NOTHING_LEFT
    assert run(today=TODAY) == {**NOTHING, "already_sent": 1, "nothing_to_send": 1}
    assert queued_deliveries(queue_only) == []


def test_an_escalation_leaves_out_what_the_team_completed_after_planning(
    admin, catalogue, course, queue_only
):
    manager = UserFactory()
    done = UserFactory(full_name="Dora Done", line_manager=manager)
    still = UserFactory(full_name="Sam Still", line_manager=manager)
    moved = UserFactory(full_name="Mo Moved", line_manager=manager)
    required(course, admin, people=[done, still, moved], due_on=TODAY - days(14))
    run(today=TODAY)
    batches = queued_deliveries(queue_only)
    complete(done, course, on=TODAY)
    User.objects.filter(pk=moved.pk).update(line_manager=UserFactory())

    deliver(batches)

    body = only_email_to(manager).body
    assert "Sam Still" in body
    assert "Dora Done" not in body
    assert "Mo Moved" not in body  # now another manager's report: theirs tomorrow


def test_the_tasks_are_queued_when_the_plan_commits(admin, course, queue_only):
    required(course, admin, people=[UserFactory()], due_on=TODAY + days(3))

    with TestCase.captureOnCommitCallbacks() as callbacks:
        assert reminders_send(today=TODAY)["batches"] == 1
        assert queue_only.queue_size() == 0

    assert len(callbacks) == 1
    callbacks[0]()
    assert len(queued_deliveries(queue_only)) == 1


def test_a_digest_with_nothing_to_count_is_closed_without_an_email(queue_only):
    officer = UserFactory(roles=[HR_OFFICERS], unit=OrganisationUnitFactory())
    officer.responsible_units.set([OrganisationUnitFactory()])  # nobody has anything
    assert run(today=DIGEST_DAY) == {**NOTHING, "hr_digest": 1, "batches": 1}

    (result,) = deliver(queued_deliveries(queue_only), today=DIGEST_DAY)

    assert (result["hr_digest"], result["nothing_to_send"]) == (0, 1)
    assert mail.outbox == []
    assert ReminderDelivery.objects.get(recipient=officer).error == NOTHING_LEFT


def test_a_batch_out_of_time_queues_the_rest(admin, course, monkeypatch, queue_only):
    people = UserFactory.create_batch(3)
    required(course, admin, people=people, due_on=TODAY + days(3))
    run(today=TODAY)
    ((ids, _day),) = queued_deliveries(queue_only)
    monkeypatch.setattr(reminders.delivery, "DELIVERY_TIME_BUDGET", -1)

    with TestCase.captureOnCommitCallbacks(execute=True):
        result = reminders_deliver(delivery_ids=ids, today=TODAY)

    assert (result["learner"], result["handed_on"]) == (1, 2)
    assert len(mail.outbox) == 1
    assert queued_deliveries(queue_only) == [(ids[1:], TODAY.isoformat())]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks")
def test_runs_at_the_same_time_send_each_email_once(settings):
    catalogue = build_catalogue(make_home_page())
    course = build_course(catalogue, slug="security", lessons=1, issues_certificate=False)
    admin = UserFactory(roles=[ADMINISTRATORS], unit=None)
    people = UserFactory.create_batch(20)
    required(course, admin, people=people, due_on=TODAY + days(3))
    settings.EMAIL_BACKEND = "tests.courses.test_reminders.SlowBackend"
    gate = threading.Barrier(4)

    def run_at_once(_number):
        try:
            gate.wait(timeout=30)
            # Plans, then delivers inline: the runs deliver the same rows at once.
            return reminders_send(today=TODAY)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(run_at_once, range(4)))

    assert sum(r["learner"] for r in results) >= 20
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)
    assert set(ReminderDelivery.objects.values_list("status", "attempts")) == {("sent", 1)}


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks")
def test_workers_delivering_the_same_batch_send_each_email_once(settings):
    catalogue = build_catalogue(make_home_page())
    course = build_course(catalogue, slug="security", lessons=1, issues_certificate=False)
    admin = UserFactory(roles=[ADMINISTRATORS], unit=None)
    people = UserFactory.create_batch(20)
    required(course, admin, people=people, due_on=TODAY + days(3))
    for person in people:
        assignment = RequirementAssignment.objects.get(user=person)
        ReminderDelivery.objects.create(
            recipient=person, kind="learner", day=TODAY, assignment_ids=[assignment.pk]
        )
    ids = list(ReminderDelivery.objects.order_by("pk").values_list("pk", flat=True))
    settings.EMAIL_BACKEND = "tests.courses.test_reminders.SlowBackend"
    gate = threading.Barrier(4)

    def deliver_at_once(_number):
        try:
            gate.wait(timeout=30)
            return tasks.deliver_compliance_reminders(ids, TODAY.isoformat())
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(deliver_at_once, range(4)))

    assert sum(r["learner"] for r in results) == 20
    assert sum(r["already_sent"] for r in results) == 3 * 20
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)


# --- The schedule and the tasks ---------------------------------------------------------------


def test_the_daily_schedule_is_registered_by_a_migration(settings):
    schedule = Schedule.objects.get(func="courses.tasks.send_compliance_reminders")
    assert schedule.name == "Compliance: daily reminders and escalations"
    assert schedule.schedule_type == Schedule.DAILY
    assert schedule.repeats == -1
    local = timezone.localtime(schedule.next_run)
    assert (local.hour, local.minute) == (6, 0)


def test_the_task_runs_the_service_for_today():
    assert tasks.send_compliance_reminders() == NOTHING


def test_the_delivery_task_takes_ids_and_the_day(admin, course, queue_only):
    person = UserFactory()
    required(course, admin, people=[person], due_on=TODAY + days(3))
    run(today=TODAY)
    ((ids, day),) = queued_deliveries(queue_only)

    result = tasks.deliver_compliance_reminders(ids, day)

    assert result["learner"] == 1
    assert only_email_to(person).subject == "Reminder: your mandatory training is due"


# --- Queries ----------------------------------------------------------------------------------

# Per email: the UPDATE that marks it sent, inside a savepoint (SAVEPOINT and
# RELEASE are counted in a test, which runs in a transaction).
PER_EMAIL = 3


def queries_for_plan(today: datetime.date, broker) -> tuple[int, list]:
    with CaptureQueriesContext(connection) as context:
        run(today=today)
    return len(context.captured_queries), queued_deliveries(broker)


def queries_for_delivery(batches, today: datetime.date) -> tuple[int, int]:
    before = len(mail.outbox)
    ((ids, _day),) = batches
    with CaptureQueriesContext(connection) as context:
        reminders_deliver(delivery_ids=ids, today=today)
    return len(context.captured_queries), len(mail.outbox) - before


def test_the_queries_do_not_grow_with_the_number_of_people(
    admin, catalogue, reminder_settings, queue_only, django_assert_max_num_queries
):
    reminder_settings.MAARIFA_HR_DIGEST_WEEKDAY = (TODAY + days(1)).weekday()
    small, large = TODAY, TODAY + days(6)
    few = UserFactory.create_batch(5)
    many = UserFactory.create_batch(30)
    first = build_course(catalogue, slug="first", lessons=1, issues_certificate=False)
    second = build_course(catalogue, slug="second", lessons=1, issues_certificate=False)
    required(first, admin, people=few, due_on=small + days(3))
    required(second, admin, people=many, due_on=large + days(3))
    # Overdue on both days (escalated on neither), so both runs take the same path.
    late = build_course(catalogue, slug="late", lessons=1, issues_certificate=False)
    required(late, admin, people=[UserFactory()], due_on=small - days(3))

    plan_small, batches_small = queries_for_plan(small, queue_only)
    plan_large, batches_large = queries_for_plan(large, queue_only)
    queries_small, emails_small = queries_for_delivery(batches_small, small)
    queries_large, emails_large = queries_for_delivery(batches_large, large)

    assert plan_small == plan_large  # one batch each
    assert (emails_small, emails_large) == (5, 30)
    base_small = queries_small - PER_EMAIL * emails_small
    base_large = queries_large - PER_EMAIL * emails_large
    assert base_small == base_large
    with django_assert_max_num_queries(plan_large):
        run(today=large + days(1))  # nothing due: nothing more
    assert queued_deliveries(queue_only) == []
