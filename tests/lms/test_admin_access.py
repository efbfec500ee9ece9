"""Who reaches the Wagtail admin, and the people and organisation screens in it."""

import pytest
from django.urls import reverse

from lms.models import OrganisationUnit, User
from lms.roles import ADMINISTRATORS, HR_OFFICERS, TRAINERS
from tests.factories import DEFAULT_PASSWORD, OrganisationUnitFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("roles", "reaches_admin"),
    [((), False), ((TRAINERS,), True), ((HR_OFFICERS,), True), ((ADMINISTRATORS,), True)],
)
def test_admin_dashboard_by_role(client, roles, reaches_admin):
    client.force_login(UserFactory(roles=roles))
    response = client.get("/admin/")
    if reaches_admin:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_learner_cannot_sign_in_to_the_admin(client):
    learner = UserFactory()
    client.post("/admin/login/", {"username": learner.email, "password": DEFAULT_PASSWORD})
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_administrator_creates_a_person_in_the_admin(client):
    unit = OrganisationUnitFactory()
    client.force_login(UserFactory(roles=[ADMINISTRATORS], is_superuser=True))
    response = client.get(reverse("wagtailusers_users:add"))
    assert response.status_code == 200
    assert b'name="full_name"' in response.content and b'name="first_name"' not in response.content
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "New.Person@Ministry.example",
            "full_name": "Lamin Ceesay",
            "employee_number": "GM-9999",
            "job_title": "Analyst",
            "preferred_language": "fr",
            "unit": unit.pk,
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    person = User.objects.get(email="new.person@ministry.example")
    assert person.unit == unit and person.preferred_language == "fr"
    assert person.groups.filter(name="Learners").exists()


def test_organisation_units_are_managed_in_the_admin(client):
    ministry = OrganisationUnitFactory(code="MOICT", name_en="Ministry")
    client.force_login(UserFactory(roles=[ADMINISTRATORS], is_superuser=True))
    index = reverse("wagtailsnippets_lms_organisationunit:list")
    assert client.get(index).status_code == 200
    response = client.post(
        reverse("wagtailsnippets_lms_organisationunit:add"),
        {
            "code": "MOICT-SEC",
            "kind": "unit",
            "parent": ministry.pk,
            "name_en": "Information Security",
            "name_sw": "Usalama wa Taarifa",
            "name_ar": "أمن المعلومات",
            "name_fr": "Sécurité de l'information",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    unit = OrganisationUnit.objects.get(code="MOICT-SEC")
    assert unit.parent == ministry and unit.depth == 1 and unit.name_ar == "أمن المعلومات"


def test_hr_officer_cannot_edit_people(client):
    client.force_login(UserFactory(roles=[HR_OFFICERS]))
    other = UserFactory()
    response = client.get(reverse("wagtailusers_users:edit", args=[other.pk]))
    assert response.status_code in (302, 403)
