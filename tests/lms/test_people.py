"""The person model and the services that create people and assign roles."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from wagtail.models import GroupPagePermission

from lms.models import User
from lms.roles import ALL_ROLES, HR_OFFICERS, LEARNERS, TRAINERS
from lms.selectors import people_visible_to, units_visible_to
from lms.services import user_create, user_set_roles
from tests.factories import OrganisationUnitFactory, UserFactory

pytestmark = pytest.mark.django_db


class TestUserModel:
    def test_email_is_the_login_and_is_case_insensitive(self):
        user = user_create(email="Amina.Juma@Ministry.example", full_name="Amina Juma")
        assert user.email == "amina.juma@ministry.example"
        with pytest.raises(ValidationError):
            user_create(email="AMINA.JUMA@ministry.example", full_name="Someone Else")
        with pytest.raises(IntegrityError):
            User.objects.create(email="AMINA.JUMA@MINISTRY.EXAMPLE", full_name="Bypass")

    def test_arabic_full_name_is_kept_as_written(self):
        user = user_create(email="mona@ministry.example", full_name="  منى   إبراهيم ")
        user.refresh_from_db()
        assert user.full_name == "منى إبراهيم"
        assert user.get_short_name() == "منى"

    def test_employee_number_is_unique_but_optional(self):
        user_create(email="a@ministry.example", full_name="A", employee_number="EMP-1")
        with pytest.raises(ValidationError) as excinfo:
            user_create(email="b@ministry.example", full_name="B", employee_number="EMP-1")
        assert "employee_number" in excinfo.value.message_dict
        user_create(email="c@ministry.example", full_name="C", employee_number="")
        user_create(email="d@ministry.example", full_name="D", employee_number="  ")
        assert User.objects.filter(employee_number__isnull=True).count() == 2

    def test_unknown_language_is_refused(self):
        with pytest.raises(ValidationError):
            user_create(email="x@ministry.example", full_name="X", preferred_language="de")

    def test_nobody_manages_themselves(self):
        user = UserFactory()
        user.line_manager = user
        with pytest.raises(ValidationError):
            user.full_clean()

    def test_created_people_are_learners_and_get_requested_roles(self):
        user = user_create(email="t@ministry.example", full_name="T", roles=(TRAINERS,))
        assert set(user.groups.values_list("name", flat=True)) == {LEARNERS, TRAINERS}
        user_set_roles(user=user, roles=())
        assert set(user.groups.values_list("name", flat=True)) == {LEARNERS}
        with pytest.raises(ValueError, match="Unknown roles"):
            user_set_roles(user=user, roles=("Wizards",))


class TestRoles:
    def test_the_role_groups_exist_from_migrations(self):
        assert set(Group.objects.values_list("name", flat=True)) >= set(ALL_ROLES)
        assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()

    def test_only_staff_roles_may_access_the_admin(self):
        access = {g.name for g in Group.objects.filter(permissions__codename="access_admin")}
        assert access == {"Trainers", "Training leads", "HR officers", "Administrators"}

    def test_only_training_leads_and_administrators_publish_pages(self):
        publishers = {
            p.group.name
            for p in GroupPagePermission.objects.filter(permission__codename="publish_page")
        }
        assert publishers == {"Training leads", "Administrators"}
        trainer_rights = set(
            GroupPagePermission.objects.filter(group__name="Trainers").values_list(
                "permission__codename", flat=True
            )
        )
        assert trainer_rights == {"add_page", "change_page"}


class TestHrScope:
    def test_hr_officer_sees_only_the_units_they_are_responsible_for(self):
        ministry = OrganisationUnitFactory()
        finance = OrganisationUnitFactory(parent=ministry)
        accounts = OrganisationUnitFactory(parent=finance)
        ict = OrganisationUnitFactory(parent=ministry)
        officer = UserFactory(roles=[HR_OFFICERS], unit=finance)
        officer.responsible_units.set([finance])
        in_scope = UserFactory(unit=accounts)
        out_of_scope = UserFactory(unit=ict)

        assert set(units_visible_to(user=officer)) == {finance, accounts}
        visible = set(people_visible_to(user=officer))
        assert in_scope in visible and out_of_scope not in visible

    def test_learners_see_no_one(self):
        learner = UserFactory()
        assert not units_visible_to(user=learner).exists()
        assert not people_visible_to(user=learner).exists()
