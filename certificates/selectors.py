"""Who may see which certificates."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from lms.models import User
from lms.roles import ADMINISTRATORS, user_has_role
from lms.selectors import people_visible_to

from .models import Certificate


def certificates_of(*, user: User) -> QuerySet[Certificate]:
    """The holder's own certificates, revoked ones included."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    return Certificate.objects.filter(user=user).select_related("course")


def certificates_managed_by(*, user: User) -> QuerySet[Certificate]:
    """Certificates of the people in the departments ``user`` is responsible
    for (HR officers), or all of them (administrators)."""
    if not user.is_authenticated or not user.is_active:
        return Certificate.objects.none()
    if user.is_superuser or user_has_role(user, ADMINISTRATORS):
        return Certificate.objects.all()
    return Certificate.objects.filter(user__in=people_visible_to(user=user))


def certificates_reachable_by(*, user: User) -> QuerySet[Certificate]:
    """What ``user`` may download: their own and those they manage."""
    if not user.is_authenticated:
        return Certificate.objects.none()
    managed = certificates_managed_by(user=user).values("pk")
    return Certificate.objects.filter(Q(user=user) | Q(pk__in=managed)).select_related("course")
