"""Writes about people and the organisation.

Admin forms, the seed command and the staff directory import all create and
change people through these functions, so the same validation applies.
"""

from __future__ import annotations

import secrets

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX, UNUSABLE_PASSWORD_SUFFIX_LENGTH
from django.contrib.auth.models import Group
from django.db import transaction

from .models import OrganisationUnit, User
from .roles import LEARNERS


@transaction.atomic
def user_create(
    *,
    email: str,
    full_name: str,
    password: str | None = None,
    employee_number: str | None = None,
    job_title: str = "",
    preferred_language: str = "en",
    unit: OrganisationUnit | None = None,
    line_manager: User | None = None,
    roles: tuple[str, ...] = (),
    is_superuser: bool = False,
) -> User:
    """Create a person. Everyone is a learner; ``roles`` adds further groups.

    Validates with ``full_clean`` (unique email and employee number, language).
    """
    user = User(
        email=email,
        full_name=full_name,
        employee_number=employee_number,
        job_title=job_title,
        preferred_language=preferred_language,
        unit=unit,
        line_manager=line_manager,
        is_superuser=is_superuser,
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    user_set_roles(user=user, roles=roles)
    return user


def user_set_roles(*, user: User, roles: tuple[str, ...] | list[str]) -> None:
    """Put ``user`` in exactly these role groups (Learners always included)."""
    names = {LEARNERS, *roles}
    groups = list(Group.objects.filter(name__in=names))
    missing = names - {g.name for g in groups}
    if missing:
        raise ValueError(f"Unknown roles: {', '.join(sorted(missing))}")
    user.groups.set(groups)


def user_set_preferred_language(*, user: User, language: str) -> None:
    """Remember the language a person chose; ignores codes that are not offered."""
    from django.conf import settings

    if language not in dict(settings.LANGUAGES) or user.preferred_language == language:
        return
    user.preferred_language = language
    user.save(update_fields=["preferred_language"])


@transaction.atomic
def org_unit_create(
    *,
    code: str,
    names: dict[str, str],
    kind: str = OrganisationUnit.Kind.UNIT,
    parent: OrganisationUnit | None = None,
) -> OrganisationUnit:
    """Create a unit with its name in each language given (``{"en": ..., "ar": ...}``)."""
    unit = OrganisationUnit(code=code, kind=kind, parent=parent)
    for language, name in names.items():
        setattr(unit, f"name_{language}", name)
    unit.full_clean()
    unit.save()
    return unit


def user_bulk_create(*, users: list[User], batch_size: int = 1000) -> list[User]:
    """Insert many new people at once (the staff directory import), each a
    learner with an unusable password: they choose one through password reset.

    No ``full_clean`` per person and no signals: the caller has checked every
    value and that no email address or employee number is taken, in bulk, as
    the directory import does; the unique constraints are the last wall. Runs
    in the caller's transaction (atomic on its own otherwise). The instances
    come back with their primary keys (PostgreSQL, SQLite 3.35 or newer).
    """
    learners = Group.objects.get(name=LEARNERS)
    membership = User.groups.through
    with transaction.atomic():
        for batch in _batches(users, batch_size):
            for user in batch:
                user.password = _unusable_password()
            User.objects.bulk_create(batch)
            membership.objects.bulk_create(
                [membership(user_id=user.pk, group_id=learners.pk) for user in batch]
            )
    return users


def _unusable_password() -> str:
    """What ``set_unusable_password()`` stores, its random part drawn in one
    call rather than one per character (otherwise a fifth of the time of a
    100,000-person import)."""
    suffix = secrets.token_urlsafe(UNUSABLE_PASSWORD_SUFFIX_LENGTH)
    return UNUSABLE_PASSWORD_PREFIX + suffix[:UNUSABLE_PASSWORD_SUFFIX_LENGTH]


def _batches(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]
