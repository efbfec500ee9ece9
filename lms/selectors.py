"""Reads about people and the organisation tree."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import OrganisationUnit, User
from .roles import ADMINISTRATORS, HR_OFFICERS, user_has_role


def staff_in_subtree(*, unit: OrganisationUnit, active_only: bool = True) -> QuerySet[User]:
    """Everyone in ``unit`` and every unit below it, at any depth: one query."""
    people = User.objects.filter(unit__path__startswith=unit.path)
    if active_only:
        people = people.filter(is_active=True)
    return people.select_related("unit")


def units_visible_to(*, user: User) -> QuerySet[OrganisationUnit]:
    """The units whose people ``user`` may see: all for administrators, the
    subtrees they are responsible for for HR officers, none otherwise."""
    if not user.is_authenticated or not user.is_active:
        return OrganisationUnit.objects.none()
    if user.is_superuser or user_has_role(user, ADMINISTRATORS):
        return OrganisationUnit.objects.all()
    if not user_has_role(user, HR_OFFICERS):
        return OrganisationUnit.objects.none()
    return OrganisationUnit.objects.subtree_of(user.responsible_units.all())


def people_visible_to(*, user: User) -> QuerySet[User]:
    if not user.is_authenticated or not user.is_active:
        return User.objects.none()
    if user.is_superuser or user_has_role(user, ADMINISTRATORS):
        return User.objects.all()
    return User.objects.filter(unit__in=units_visible_to(user=user))


def unit_tree(*, root: OrganisationUnit | None = None) -> list[OrganisationUnit]:
    """Units in tree order (each parent before its children, siblings by name)."""
    units = root.get_descendants(include_self=True) if root else OrganisationUnit.objects.all()
    units = list(units)
    by_id = {u.pk: u for u in units}

    def sort_key(unit: OrganisationUnit) -> list[str]:
        ids = [int(part) for part in unit.path.strip("/").split("/")]
        return [by_id[i].name.casefold() if i in by_id else "" for i in ids]

    return sorted(units, key=sort_key)
