"""The HR compliance dashboard: scope (an officer never reaches another
unit's people through any page, filter, export or URL), counts, filters,
sorting, exports and the requirement form."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.utils import timezone

from courses import services
from courses.models import RequirementAssignment, TrainingRequirement
from courses.services.compliance import assignments_sync, requirement_save
from lms.roles import ADMINISTRATORS, HR_OFFICERS
from tests.factories import OrganisationUnitFactory, UserFactory, build_catalogue, build_course

pytestmark = pytest.mark.django_db
OVERVIEW = "/admin/compliance/"
PEOPLE = "/admin/compliance/people/"


@pytest.fixture
def administrator(db):
    return UserFactory(roles=[ADMINISTRATORS], unit=None)


@pytest.fixture
def officer(org):
    person = UserFactory(roles=[HR_OFFICERS], unit=org["ict"], full_name="Officer Ict")
    person.responsible_units.set([org["ict"]])
    return person


@pytest.fixture
def course(home_page):
    return build_course(build_catalogue(home_page), slug="security", lessons=1)


@pytest.fixture
def staff(org):
    return {
        "ict": [
            UserFactory(unit=org["net"], full_name=f"Ict Person {n}", employee_number=f"I{n:03}")
            for n in range(3)
        ],
        "fin": [
            UserFactory(unit=org["fin"], full_name=f"Fin Person {n}", employee_number=f"F{n:03}")
            for n in range(2)
        ],
    }


@pytest.fixture
def everyone_requirement(administrator, course, staff):
    today = timezone.localdate()
    req = requirement_save(
        requirement=TrainingRequirement(
            item=course, everyone=True, due_on=today + datetime.timedelta(days=30)
        ),
        units=[],
        people=[],
        by=administrator,
    )
    assignments_sync(requirement=req)
    return req


def finish(person, course):
    enrolment, _ = services.enrolment_create(user=person, course=course)
    from courses.progress import CourseOutline

    for lesson in CourseOutline.for_course(course).lessons:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)


def test_people_without_the_role_are_kept_out(client, everyone_requirement, staff):
    client.force_login(staff["ict"][0])
    for url in (OVERVIEW, PEOPLE, PEOPLE + "?export=csv", "/admin/compliance/requirements/add/"):
        response = client.get(url)
        assert response.status_code == 302, url


def test_an_officer_sees_only_their_units_everywhere(
    client, officer, everyone_requirement, staff, org, course
):
    finish(staff["ict"][0], course)
    finish(staff["fin"][0], course)
    client.force_login(officer)

    overview = client.get(OVERVIEW).content.decode()
    # Their subtree: three staff plus the officer, one completed.
    assert ">4</a>" in overview and "25 %" in overview
    assert "Finance Department" not in overview

    people = client.get(PEOPLE).content.decode()
    assert "Ict Person 0" in people and "Fin Person" not in people

    # Another unit's id as a filter is refused, not obeyed.
    filtered = client.get(PEOPLE, {"unit": org["fin"].pk}).content.decode()
    assert "Fin Person" not in filtered and "Ict Person" not in filtered
    assert "Select a valid choice" in filtered
    drilled = client.get(OVERVIEW, {"unit": org["fin"].pk}).content.decode()
    assert "Finance Department" not in drilled
    # Searching for someone outside finds nobody.
    assert "Fin Person" not in client.get(PEOPLE, {"q": "F000"}).content.decode()

    for kind in ("csv", "xlsx"):
        exported = client.get(PEOPLE, {"export": kind})
        content = b"".join(exported.streaming_content)
        text = content.decode("utf-8-sig") if kind == "csv" else _xlsx_text(content)
        assert "Ict Person 0" in text and "Fin Person" not in text, kind
        assert "F000" not in text, kind

    # The requirement is the administrator's: the officer cannot change it.
    url = f"/admin/compliance/requirements/{everyone_requirement.pk}/"
    assert client.get(url, follow=True).status_code == 404


def _xlsx_text(content: bytes) -> str:
    sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
    return "\n".join(
        " ".join("" if value is None else str(value) for value in row)
        for row in sheet.iter_rows(values_only=True)
    )


def test_an_officer_does_not_see_requirements_without_people_in_their_units(
    client, officer, administrator, course, staff, org
):
    req = requirement_save(
        requirement=TrainingRequirement(
            item=course, due_on=timezone.localdate() + datetime.timedelta(days=9)
        ),
        units=[org["fin"]],
        people=[],
        by=administrator,
    )
    assignments_sync(requirement=req)
    client.force_login(officer)
    assert "Course security" not in client.get(OVERVIEW).content.decode()
    page = client.get(PEOPLE, {"requirement": req.pk}).content.decode()
    assert "Select a valid choice" in page and "Fin Person" not in page


def test_administrators_see_every_unit_and_the_rate(
    client, administrator, everyone_requirement, staff, course, org
):
    for person in staff["fin"]:
        finish(person, course)
    client.force_login(administrator)
    page = client.get(OVERVIEW).content.decode()
    assert "40 %" in page  # 2 of 5
    # One ministry at the top: its departments are shown straight away.
    assert "ICT Department" in page and "Finance Department" in page
    drilled = client.get(
        OVERVIEW, {"requirement": everyone_requirement.pk, "unit": org["min"].pk}
    ).content.decode()
    assert "Finance Department" in drilled and "ICT Department" in drilled
    assert "100 % (2 of 2)" in drilled and "0 % (0 of 3)" in drilled


def test_filters_sorting_and_status(client, administrator, everyone_requirement, staff, course):
    finish(staff["ict"][1], course)
    RequirementAssignment.objects.filter(user=staff["fin"][1]).update(
        due_on=timezone.localdate() - datetime.timedelta(days=2)
    )
    client.force_login(administrator)
    completed = client.get(PEOPLE, {"status": "completed"}).content.decode()
    assert "Ict Person 1" in completed and "Ict Person 0" not in completed
    overdue = client.get(PEOPLE, {"status": "overdue"}).content.decode()
    assert "Fin Person 1" in overdue and "Fin Person 0" not in overdue
    by_number = client.get(PEOPLE, {"q": "i002"}).content.decode()
    assert "Ict Person 2" in by_number and "Ict Person 0" not in by_number
    by_due = client.get(PEOPLE, {"sort": "due"}).content.decode()
    assert by_due.index("Fin Person 1") < by_due.index("Fin Person 0")
    soon = timezone.localdate() + datetime.timedelta(days=1)
    early = client.get(PEOPLE, {"due_to": soon.isoformat()}).content.decode()
    assert "Fin Person 1" in early and "Ict Person 0" not in early
    bad = client.get(PEOPLE, {"due_from": "2026-05-01", "due_to": "2026-01-01"})
    assert bad.status_code == 200
    assert "The end of the period is before its start." in bad.content.decode()
    far = client.get(PEOPLE, {"due_from": "9999-12-31"})
    assert far.status_code == 200


def test_exports_carry_every_filtered_row_in_csv_and_xlsx(
    client, administrator, everyone_requirement, staff, course
):
    finish(staff["ict"][0], course)
    client.force_login(administrator)
    response = client.get(PEOPLE, {"export": "csv", "status": "not_started"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:3] == ["Employee number", "Name", "Email"]
    assert len(rows) == 1 + 4  # the header, then everyone not started
    names = {row[1] for row in rows[1:]}
    assert "Ict Person 0" not in names and "Ict Person 1" in names

    response = client.get(PEOPLE, {"export": "xlsx"}, HTTP_ACCEPT_LANGUAGE="ar")
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = book.active
    assert sheet.sheet_view.rightToLeft
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 1 + 5
    statuses = {row[7] for row in values[1:]}
    assert "Not started" not in statuses  # translated


def test_pages_run_a_fixed_number_of_queries(
    client, administrator, everyone_requirement, course, org, django_assert_max_num_queries
):
    client.force_login(administrator)
    client.get(OVERVIEW)
    client.get(PEOPLE)
    with django_assert_max_num_queries(40) as overview_few:
        client.get(OVERVIEW, {"unit": org["min"].pk})
    with django_assert_max_num_queries(40) as people_few:
        client.get(PEOPLE)
    for n in range(40):
        unit = OrganisationUnitFactory(code=f"U{n}", parent=org["ict"])
        UserFactory(unit=unit)
    assignments_sync(requirement=everyone_requirement)
    with django_assert_max_num_queries(len(overview_few.captured_queries)):
        client.get(OVERVIEW, {"unit": org["min"].pk})
    with django_assert_max_num_queries(len(people_few.captured_queries)):
        client.get(PEOPLE)


# --- The requirement form ------------------------------------------------------------


def test_administrator_adds_a_requirement_and_people_are_assigned(
    client, administrator, course, staff, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    due = timezone.localdate() + datetime.timedelta(days=20)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/compliance/requirements/add/",
            {
                "item": course.pk,
                "everyone": "on",
                "due_rule": "fixed",
                "due_on": due.isoformat(),
                "renewal_months": "12",
                "is_active": "on",
            },
        )
    assert response.status_code == 302
    req = TrainingRequirement.objects.get()
    assert req.created_by == administrator and req.renewal_months == 12
    assert RequirementAssignment.objects.filter(requirement=req).count() == 5


def test_form_errors_are_shown_and_nothing_is_saved(client, administrator, course):
    client.force_login(administrator)
    url = "/admin/compliance/requirements/add/"
    page = client.post(
        url, {"item": course.pk, "due_rule": "fixed", "due_on": "2030-01-01", "is_active": "on"}
    ).content.decode()
    assert "Choose who the requirement applies to" in page
    past = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    page = client.post(
        url,
        {"item": course.pk, "everyone": "on", "due_rule": "fixed", "due_on": past},
    ).content.decode()
    assert "has already passed" in page
    page = client.post(
        url, {"item": course.pk, "everyone": "on", "due_rule": "after_joining"}
    ).content.decode()
    assert "number of days" in page
    page = client.post(
        url,
        {
            "item": course.pk,
            "people_list": "nobody@example.org",
            "due_rule": "after_joining",
            "due_days": "30",
        },
    ).content.decode()
    assert "nobody@example.org" in page
    assert not TrainingRequirement.objects.exists()


def test_officer_form_offers_only_their_scope(client, officer, course, staff, org):
    client.force_login(officer)
    page = client.get("/admin/compliance/requirements/add/").content.decode()
    assert 'name="everyone"' not in page and 'name="job_titles"' not in page
    assert "Finance Department" not in page
    response = client.post(
        "/admin/compliance/requirements/add/",
        {
            "item": course.pk,
            "units": [org["fin"].pk],
            "people_list": "F000",
            "due_rule": "after_joining",
            "due_days": "30",
        },
    )
    page = response.content.decode()
    assert "Select a valid choice" in page
    assert "F000" in page  # reported as not found among their people
    assert not TrainingRequirement.objects.exists()
    response = client.post(
        "/admin/compliance/requirements/add/",
        {
            "item": course.pk,
            "units": [org["net"].pk],
            "people_list": "I000",
            "due_rule": "after_joining",
            "due_days": "30",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    req = TrainingRequirement.objects.get()
    assert list(req.people.all()) == [staff["ict"][0]]
    assert client.get(f"/admin/compliance/requirements/{req.pk}/").status_code == 200
