"""The organisation tree: paths, moves, and staff queries that do not grow with depth."""

import pytest
from django.core.exceptions import ValidationError

from lms.models import OrganisationUnit
from lms.selectors import staff_in_subtree, unit_tree
from lms.services import org_unit_create
from tests.factories import OrganisationUnitFactory, UserFactory

pytestmark = pytest.mark.django_db


def make_chain(depth: int, root=None) -> list[OrganisationUnit]:
    units, parent = [], root
    for _ in range(depth):
        parent = OrganisationUnitFactory(parent=parent)
        units.append(parent)
    return units


class TestTree:
    def test_path_and_depth_follow_the_parent(self):
        ministry, department, unit = make_chain(3)
        assert ministry.depth == 0 and department.depth == 1 and unit.depth == 2
        assert unit.path == f"/{ministry.pk}/{department.pk}/{unit.pk}/"
        assert list(unit.get_ancestors()) == [ministry, department]

    def test_moving_a_unit_moves_its_whole_subtree(self):
        ministry, department, unit, team = make_chain(4)
        other = OrganisationUnitFactory(parent=ministry)
        unit.parent = other
        unit.save()
        team.refresh_from_db()
        assert team.path == f"/{ministry.pk}/{other.pk}/{unit.pk}/{team.pk}/"
        assert team.depth == 3
        assert not department.get_descendants().filter(pk=team.pk).exists()

    def test_a_unit_cannot_be_moved_inside_itself(self):
        department, unit = make_chain(2)
        department.parent = unit
        with pytest.raises(ValidationError) as excinfo:
            department.full_clean()
        assert "parent" in excinfo.value.message_dict

    def test_sibling_ids_sharing_a_prefix_are_not_mixed_up(self):
        # /1/ must not match /10/: the trailing slash in the path guarantees it.
        ministry = OrganisationUnitFactory()
        units = [OrganisationUnitFactory(parent=ministry) for _ in range(12)]
        first = units[0]
        assert list(first.get_descendants()) == []

    def test_names_are_translated_with_english_fallback(self):
        from django.utils import translation

        unit = org_unit_create(
            code="ICT-SEC", names={"en": "Information Security", "ar": "أمن المعلومات"}
        )
        with translation.override("ar"):
            assert OrganisationUnit.objects.get(pk=unit.pk).name == "أمن المعلومات"
        with translation.override("sw"):
            assert OrganisationUnit.objects.get(pk=unit.pk).name == "Information Security"

    def test_unit_codes_are_validated(self):
        with pytest.raises(ValidationError):
            org_unit_create(code="bad code!", names={"en": "Bad"})
        assert not OrganisationUnit.objects.exists()

    def test_tree_order_puts_children_under_their_parent(self):
        root = OrganisationUnitFactory(name_en="Ministry")
        b = OrganisationUnitFactory(parent=root, name_en="B department")
        a = OrganisationUnitFactory(parent=root, name_en="A department")
        b_child = OrganisationUnitFactory(parent=b, name_en="B team")
        a_child = OrganisationUnitFactory(parent=a, name_en="A team")
        assert unit_tree() == [root, a, a_child, b, b_child]


class TestStaffInSubtree:
    @pytest.mark.parametrize(("depth", "per_unit"), [(2, 1), (6, 5)])
    def test_one_query_whatever_the_depth_and_size(
        self, depth, per_unit, django_assert_num_queries
    ):
        ministry = OrganisationUnitFactory()
        department = OrganisationUnitFactory(parent=ministry)
        chain = make_chain(depth, root=department)
        for unit in [department, *chain]:
            UserFactory.create_batch(per_unit, unit=unit)
        outsider_unit = OrganisationUnitFactory(parent=ministry)
        UserFactory(unit=outsider_unit)
        UserFactory(unit=chain[-1], is_active=False)

        with django_assert_num_queries(1):
            people = list(staff_in_subtree(unit=department))
            units = {person.unit.code for person in people}
        assert len(people) == per_unit * (depth + 1)
        assert outsider_unit.code not in units

    def test_inactive_staff_can_be_included(self):
        unit = OrganisationUnitFactory()
        UserFactory(unit=unit, is_active=False)
        assert staff_in_subtree(unit=unit).count() == 0
        assert staff_in_subtree(unit=unit, active_only=False).count() == 1
