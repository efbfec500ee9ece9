"""Keep training assignments in line when people or units change.

The handlers only decide *when*; ``courses.services.compliance`` decides what.
"""

from __future__ import annotations

from django.db import transaction

# Changes to these fields can move a person in or out of an audience.
AUDIENCE_FIELDS = {"unit", "unit_id", "job_title", "is_active"}
# A bulk change above this size is recalculated in the background.
INLINE_LIMIT = 50


def person_saved(sender, instance, created, update_fields=None, **kwargs) -> None:
    if update_fields is not None and not AUDIENCE_FIELDS & set(update_fields):
        return  # e.g. last_login: nothing that decides an audience
    user_id = instance.pk
    transaction.on_commit(lambda: _sync_people([user_id]))


def staff_changed(sender, user_ids, **kwargs) -> None:
    _sync_people(list(user_ids))


def unit_saved(sender, instance, created, **kwargs) -> None:
    from lms.models import User

    # A unit that moved takes its people under other subtrees. A new or
    # empty unit (saving a new unit also calls save twice) moves nobody.
    if created or not User.objects.filter(unit__path__startswith=instance.path).exists():
        return
    transaction.on_commit(_queue_full_sync)


def _sync_people(user_ids: list[int]) -> None:
    from django_q.tasks import async_task

    from .services.compliance import assignments_sync_for_users

    if len(user_ids) <= INLINE_LIMIT:
        assignments_sync_for_users(user_ids=user_ids)
    else:
        async_task("courses.tasks.sync_people", user_ids, task_name="sync-people")


def _queue_full_sync() -> None:
    from django_q.tasks import async_task

    async_task("courses.tasks.sync_all_requirements", task_name="sync-all-requirements")
