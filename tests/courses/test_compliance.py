"""Training requirements: audiences, due dates, the status rule, renewal, and
keeping assignments in line as people move and learn."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from courses import services
from courses.models import (
    ComplianceStatus,
    Enrolment,
    RequirementAssignment,
    TrainingRequirement,
    status_q,
)
from courses.progress import CourseOutline
from courses.selectors import learner_requirements
from courses.services.compliance import (
    assignments_sync,
    assignments_sync_for_users,
    requirement_audience,
    requirement_save,
)
from lms.models import User
from lms.roles import ADMINISTRATORS, HR_OFFICERS
from lms.signals import staff_changed
from tests.factories import UserFactory, build_catalogue, build_course

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def admin(db):
    return UserFactory(roles=[ADMINISTRATORS], unit=None)


@pytest.fixture
def course(home_page):
    return build_course(build_catalogue(home_page), slug="security", lessons=2)


def requirement(item, by, *, units=(), people=(), today=TODAY, **fields):
    fields.setdefault("due_rule", TrainingRequirement.DueRule.FIXED)
    if fields["due_rule"] == TrainingRequirement.DueRule.FIXED:
        fields.setdefault("due_on", today + datetime.timedelta(days=60))
    saved = requirement_save(
        requirement=TrainingRequirement(item=item, **fields),
        units=units,
        people=people,
        by=by,
        today=today,
    )
    assignments_sync(requirement=saved, today=today)
    return saved


def status_of(user, req, today):
    row = RequirementAssignment.objects.with_status(today).get(user=user, requirement=req)
    # The database rule, the filter and the in-memory rule must agree.
    assert row.status_on(today) == row.status
    for status in ComplianceStatus.values:
        matches = RequirementAssignment.objects.filter(status_q(status, today), pk=row.pk)
        assert matches.exists() == (status == row.status), status
    return row.status


def complete(enrolment, when):
    """Finish every lesson, then move the completion to ``when``."""
    for lesson in CourseOutline.for_course(enrolment.course).lessons:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=when)
    services.compliance.assignments_refresh(user_id=enrolment.user_id, item_id=enrolment.course_id)


# --- Audience -----------------------------------------------------------------------


def test_audience_is_the_union_of_its_criteria(org, admin, course):
    in_net = UserFactory(unit=org["net"])
    in_fin = UserFactory(unit=org["fin"], job_title="Accountant")
    named = UserFactory(unit=org["fin"])
    UserFactory(unit=org["fin"])  # matches nothing
    UserFactory(unit=org["net"], is_active=False)  # left
    req = TrainingRequirement.objects.create(item=course, job_titles="  ACCOUNTANT \n")
    req.units.set([org["ict"]])
    req.people.set([named])
    assert set(requirement_audience(requirement=req)) == {in_net, in_fin, named}


def test_whole_organisation_means_everyone_placed_in_a_unit(org, course):
    placed = UserFactory(unit=org["net"])
    UserFactory(unit=None)  # a service account
    req = TrainingRequirement.objects.create(item=course, everyone=True)
    assert list(requirement_audience(requirement=req)) == [placed]


# --- Defining requirements ---------------------------------------------------------------


def test_an_empty_audience_is_refused(admin, course):
    with pytest.raises(ValidationError) as error:
        requirement(course, admin)
    assert "Choose who the requirement applies to" in str(error.value)
    assert not TrainingRequirement.objects.exists()


def test_a_due_date_in_the_past_is_refused(admin, course):
    with pytest.raises(ValidationError) as error:
        requirement(course, admin, everyone=True, due_on=TODAY - datetime.timedelta(days=1))
    assert "has already passed" in str(error.value)
    assert not TrainingRequirement.objects.exists()


def test_a_passed_due_date_may_stay_when_editing_other_fields(admin, course, org):
    req = requirement(course, admin, everyone=True, due_on=TODAY)
    later = TODAY + datetime.timedelta(days=30)
    req.renewal_months = 12
    requirement_save(requirement=req, units=[], people=[], by=admin, today=later)
    req.refresh_from_db()
    assert req.renewal_months == 12


def test_the_due_rule_needs_its_value(admin, course):
    with pytest.raises(ValidationError) as error:
        requirement(
            course, admin, everyone=True, due_rule=TrainingRequirement.DueRule.AFTER_JOINING
        )
    assert "number of days" in str(error.value)


def test_hr_officers_stay_within_their_units(org, course):
    officer = UserFactory(roles=[HR_OFFICERS], unit=org["ict"])
    officer.responsible_units.set([org["ict"]])
    outsider = UserFactory(unit=org["fin"])
    for fields, units, people, message in [
        ({"everyone": True}, [], [], "Only administrators assign training to the whole"),
        ({"job_titles": "Clerk"}, [], [], "Only administrators assign training by job title"),
        ({}, [org["fin"]], [], "only choose the units you are responsible for"),
        ({}, [org["net"]], [outsider], "only choose people in the units"),
    ]:
        with pytest.raises(ValidationError) as error:
            requirement(course, officer, units=units, people=people, **fields)
        assert message in str(error.value)
    assert not TrainingRequirement.objects.exists()
    ok = requirement(course, officer, units=[org["net"]])
    assert ok.pk


# --- Assignments and due dates ------------------------------------------------------------


def test_assignments_follow_the_audience_with_fixed_and_relative_due_dates(org, admin, course):
    alice = UserFactory(unit=org["net"])
    fixed = requirement(course, admin, units=[org["ict"]], due_on=TODAY + datetime.timedelta(30))
    relative = requirement(
        course,
        admin,
        units=[org["ict"]],
        due_rule=TrainingRequirement.DueRule.AFTER_JOINING,
        due_days=45,
    )
    a1 = RequirementAssignment.objects.get(user=alice, requirement=fixed)
    a2 = RequirementAssignment.objects.get(user=alice, requirement=relative)
    assert (a1.assigned_on, a1.due_on) == (TODAY, TODAY + datetime.timedelta(30))
    assert a2.due_on == TODAY + datetime.timedelta(45)

    # A newcomer joining later gets their own "N days after joining" date.
    later = TODAY + datetime.timedelta(days=10)
    bob = UserFactory(unit=org["fin"])
    bob.unit = org["net"]
    bob.save()
    assignments_sync_for_users(user_ids=[bob.pk], today=later)
    b2 = RequirementAssignment.objects.get(user=bob, requirement=relative)
    assert (b2.assigned_on, b2.due_on) == (later, later + datetime.timedelta(45))

    # Running the full reconciliation again changes nothing.
    assert assignments_sync(requirement=relative, today=later).__dict__ == {
        "added": 0,
        "removed": 0,
        "updated": 0,
    }


def test_changing_the_due_rule_moves_every_due_date(org, admin, course):
    alice = UserFactory(unit=org["net"])
    req = requirement(course, admin, units=[org["ict"]])
    req.due_rule, req.due_days = TrainingRequirement.DueRule.AFTER_JOINING, 7
    requirement_save(requirement=req, units=[org["ict"]], people=[], by=admin, today=TODAY)
    result = assignments_sync(requirement=req, today=TODAY)
    assert result.updated == 1
    assert RequirementAssignment.objects.get(user=alice).due_on == TODAY + datetime.timedelta(7)


def test_a_person_who_moves_gets_the_new_units_requirements_and_keeps_history(
    org, admin, course, home_page
):
    other = build_course(build_catalogue(home_page, slug="more"), slug="finance-rules", lessons=1)
    alice = UserFactory(unit=org["net"])
    ict_req = requirement(course, admin, units=[org["ict"]])
    fin_req = requirement(other, admin, units=[org["fin"]])
    enrolment, _ = services.enrolment_create(user=alice, course=course)
    complete(enrolment, timezone.now())

    alice.unit = org["fin"]
    alice.save()
    assignments_sync_for_users(user_ids=[alice.pk], today=TODAY)
    assert list(
        RequirementAssignment.objects.filter(user=alice).values_list("requirement", flat=True)
    ) == [fin_req.pk]
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None

    # Back in ICT, the earlier completion counts again.
    alice.unit = org["net"]
    alice.save()
    assignments_sync_for_users(user_ids=[alice.pk], today=TODAY)
    assert status_of(alice, ict_req, TODAY) == ComplianceStatus.COMPLETED


def test_saving_a_person_recalculates_after_commit(
    org, admin, course, django_capture_on_commit_callbacks
):
    requirement(course, admin, units=[org["fin"]])
    alice = UserFactory(unit=org["net"])
    with django_capture_on_commit_callbacks(execute=True):
        alice.unit = org["fin"]
        alice.save()
    assert RequirementAssignment.objects.filter(user=alice).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        alice.is_active = False
        alice.save(update_fields=["is_active"])
    assert not RequirementAssignment.objects.filter(user=alice).exists()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        alice.save(update_fields=["last_login"])
    assert callbacks == []


def test_the_staff_changed_signal_recalculates(org, admin, course):
    requirement(course, admin, units=[org["fin"]])
    people = [UserFactory(unit=org["net"]) for _ in range(3)]
    # A bulk update, as the directory import does: no save(), no post_save.
    User.objects.filter(pk__in=[p.pk for p in people]).update(unit=org["fin"])
    assert not RequirementAssignment.objects.filter(user__in=people).exists()
    staff_changed.send(sender=None, user_ids=[p.pk for p in people])
    assert RequirementAssignment.objects.filter(user__in=people).count() == 3


# --- The status rule ------------------------------------------------------------------------


def test_every_status_from_the_one_rule(org, admin, course, settings):
    settings.MAARIFA_DUE_SOON_DAYS = 14
    due = TODAY + datetime.timedelta(days=30)
    alice = UserFactory(unit=org["net"])
    req = requirement(course, admin, units=[org["ict"]], due_on=due, renewal_months=12)

    def on(days_before_due):
        return due - datetime.timedelta(days=days_before_due)

    assert status_of(alice, req, on(20)) == ComplianceStatus.NOT_STARTED
    assert status_of(alice, req, on(14)) == ComplianceStatus.DUE_SOON
    assert status_of(alice, req, on(0)) == ComplianceStatus.DUE_SOON
    assert status_of(alice, req, on(-1)) == ComplianceStatus.OVERDUE

    enrolment, _ = services.enrolment_create(user=alice, course=course)
    lesson = CourseOutline.for_course(course).lessons[0]
    services.enrolment_visit(enrolment=enrolment, lesson=lesson)
    assert status_of(alice, req, on(20)) == ComplianceStatus.IN_PROGRESS
    assert status_of(alice, req, on(-1)) == ComplianceStatus.OVERDUE

    completed = timezone.make_aware(datetime.datetime(2026, 6, 20, 10, 0))
    complete(enrolment, completed)
    row = RequirementAssignment.objects.get(user=alice)
    assert row.completed_at == completed
    assert row.expires_on == datetime.date(2027, 6, 20)
    assert status_of(alice, req, datetime.date(2027, 6, 19)) == ComplianceStatus.COMPLETED
    assert status_of(alice, req, datetime.date(2027, 6, 20)) == ComplianceStatus.EXPIRED


def test_renewal_starts_a_new_round_and_keeps_the_old_one(
    org, admin, course, django_capture_on_commit_callbacks
):
    alice = UserFactory(unit=org["net"])
    req = requirement(course, admin, units=[org["ict"]], renewal_months=12)
    enrolment, _ = services.enrolment_create(user=alice, course=course)
    long_ago = timezone.now() - datetime.timedelta(days=400)
    complete(enrolment, long_ago)
    today = timezone.localdate()
    assert status_of(alice, req, today) == ComplianceStatus.EXPIRED

    enrolment.refresh_from_db()
    assert services.renewal_due(enrolment=enrolment)
    fresh = services.enrolment_renew(enrolment=enrolment)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ARCHIVED
    assert enrolment.completed_at == long_ago
    assert fresh.completed_at is None and fresh.pk != enrolment.pk
    # Still expired until the new round is complete.
    assert status_of(alice, req, today) == ComplianceStatus.EXPIRED

    with django_capture_on_commit_callbacks(execute=True):
        for lesson in CourseOutline.for_course(course).lessons:
            services.lesson_complete(enrolment=fresh, lesson=lesson)
    assert status_of(alice, req, today) == ComplianceStatus.COMPLETED
    row = RequirementAssignment.objects.get(user=alice)
    assert row.expires_on > today + datetime.timedelta(days=360)
    # Each completion has its certificate, carrying the renewal date.
    certificates = list(alice.certificates.order_by("completed_at"))
    assert len(certificates) == 1  # the old completion predates issuing in this test
    assert certificates[0].expires_on == row.expires_on


def test_renewing_a_valid_completion_is_refused(org, admin, course):
    alice = UserFactory(unit=org["net"])
    requirement(course, admin, units=[org["ict"]], renewal_months=12)
    enrolment, _ = services.enrolment_create(user=alice, course=course)
    complete(enrolment, timezone.now())
    enrolment.refresh_from_db()
    with pytest.raises(services.LearningError):
        services.enrolment_renew(enrolment=enrolment)
    assert Enrolment.objects.filter(user=alice).count() == 1


def test_inactive_requirements_are_not_assigned(org, admin, course):
    UserFactory(unit=org["net"])
    req = requirement(course, admin, units=[org["ict"]])
    req.is_active = False
    requirement_save(requirement=req, units=[org["ict"]], people=[], by=admin, today=TODAY)
    assignments_sync(requirement=req, today=TODAY)
    assert not RequirementAssignment.objects.exists()


# --- My learning ---------------------------------------------------------------------------


def test_my_learning_lists_mandatory_training_first_most_urgent_on_top(
    client, org, admin, course, home_page, django_assert_max_num_queries
):
    today = timezone.localdate()
    other = build_course(build_catalogue(home_page, slug="more"), slug="privacy", lessons=1)
    alice = UserFactory(unit=org["net"])
    requirement(
        course, admin, units=[org["ict"]], due_on=today + datetime.timedelta(90), today=today
    )
    late = requirement(other, admin, people=[alice], due_on=today, today=today)
    RequirementAssignment.objects.filter(requirement=late).update(
        due_on=today - datetime.timedelta(days=3)
    )
    rows = learner_requirements(user=alice)
    assert [r.status for r in rows] == [ComplianceStatus.OVERDUE, ComplianceStatus.NOT_STARTED]

    client.force_login(alice)
    response = client.get("/en/my-learning/")
    body = response.content.decode()
    assert body.index("Mandatory training") < body.index("In progress")
    assert body.index("Course privacy") < body.index("Course security")
    assert "Overdue" in body and "Not started" in body

    with django_assert_max_num_queries(14) as few:
        client.get("/en/my-learning/")
    for number in range(5):
        extra = build_course(
            build_catalogue(home_page, slug=f"cat-{number}"), slug=f"extra-{number}", lessons=1
        )
        requirement(extra, admin, people=[alice], today=today)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/en/my-learning/")


def test_my_learning_in_arabic_shows_translated_statuses(client, org, admin, course):
    alice = UserFactory(unit=org["net"], preferred_language="ar")
    requirement(course, admin, units=[org["ict"]], today=timezone.localdate())
    client.force_login(alice)
    body = client.get("/ar/my-learning/").content.decode()
    assert 'dir="rtl"' in body
    assert "Mandatory training" not in body
