"""Bulk enrolment in the admin: a unit subtree, a pasted list, a CSV file."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.models import Enrolment
from tests.factories import OrganisationUnitFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("courses_bulk_enrolment")


def csv_file(text: str, name: str = "people.csv", encoding: str = "utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def post(client, course, **data):
    return client.post(URL, {"course": course.pk, **data}, follow=True)


def test_learners_cannot_open_bulk_enrolment(client, learner):
    client.force_login(learner)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "/admin/" in response.headers.get("Location", "/admin/")


def test_hr_officer_without_the_role_permission_is_refused(client, hr_officer, course):
    client.force_login(hr_officer)
    assert client.get(URL).status_code == 200
    hr_officer.groups.clear()
    assert client.get(URL).status_code in (302, 403)


def test_enrol_a_unit_with_everything_below_it(client, trainer, course):
    ministry = OrganisationUnitFactory()
    department = OrganisationUnitFactory(parent=ministry)
    unit = OrganisationUnitFactory(parent=department)
    inside = [UserFactory(unit=department), UserFactory(unit=unit)]
    UserFactory(unit=unit, is_active=False)
    outside = UserFactory(unit=OrganisationUnitFactory(parent=ministry))
    client.force_login(trainer)

    response = post(client, course, source="unit", unit=department.pk)

    assert response.status_code == 200
    enrolled = set(Enrolment.objects.filter(course=course).values_list("user_id", flat=True))
    assert enrolled == {p.pk for p in inside}
    assert outside.pk not in enrolled
    assert "2 enrolled" in response.content.decode()


def test_enrol_a_pasted_list_of_emails_and_employee_numbers(client, trainer, course):
    a, b = UserFactory(employee_number="E-1"), UserFactory(email="b.person@ministry.example")
    client.force_login(trainer)
    post(client, course, source="list", people="E-1\n\n  B.Person@Ministry.example \nE-1\n")
    assert set(Enrolment.objects.values_list("user_id", flat=True)) == {a.pk, b.pk}


def test_a_csv_with_bad_rows_enrols_nobody_and_names_each_row(client, trainer, course):
    UserFactory(employee_number="E-1")
    UserFactory(employee_number="E-2", is_active=False)
    client.force_login(trainer)
    upload = csv_file("full name,employee_number\nAmina,E-1\nBad,NOPE\nGone,E-2\nEmpty,\n")

    response = post(client, course, source="file", file=upload)

    html = response.content.decode()
    assert not Enrolment.objects.exists()
    assert "Nobody was enrolled" in html
    assert "Row 3: no person “NOPE”" in html
    assert "Row 4: the account of “E-2” is disabled" in html
    assert "Row 5: the employee number is empty" in html
    assert "Row 2" not in html


def test_a_valid_csv_enrols_everyone_once(client, trainer, course):
    people = [UserFactory(employee_number=f"E-{n}") for n in range(1, 4)]
    client.force_login(trainer)
    text = "\ufeffEmployee_Number;unit\nE-1;X\nE-2;X\nE-3;X\nE-1;X\n"
    response = post(client, course, source="file", file=csv_file(text))
    assert Enrolment.objects.filter(course=course).count() == len(people)
    assert "3 enrolled" in response.content.decode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not UTF-8"),
        (b"name,email\nA,a@x.example\n", "employee_number"),
        (b"", "empty"),
        (b"employee_number\n", "no rows"),
    ],
)
def test_unreadable_files_are_explained(client, trainer, course, content, message):
    client.force_login(trainer)
    upload = SimpleUploadedFile("x.csv", content, content_type="text/csv")
    response = post(client, course, source="file", file=upload)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Enrolment.objects.exists()


def test_hr_officer_can_only_enrol_people_in_their_units(client, hr_officer, course):
    mine = UserFactory(unit=OrganisationUnitFactory(parent=hr_officer.unit), employee_number="M-1")
    theirs = UserFactory(employee_number="T-1")
    client.force_login(hr_officer)

    response = post(client, course, source="file", file=csv_file("employee_number\nM-1\nT-1\n"))
    html = response.content.decode()
    # Someone outside the officer's units reads exactly like someone unknown.
    assert "Row 3: no person “T-1” in the units you may enrol" in html
    assert not Enrolment.objects.exists()

    response = post(client, course, source="unit", unit=theirs.unit.pk)
    assert "Select a valid choice" in response.content.decode()
    assert not Enrolment.objects.exists()

    post(client, course, source="list", people="M-1")
    assert list(Enrolment.objects.values_list("user_id", flat=True)) == [mine.pk]
