"""Importing the staff directory, all or nothing."""

from __future__ import annotations

from collections import defaultdict

from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext as _

from ..models import User
from ..services import user_bulk_create
from ..signals import staff_changed
from .planning import Change, ImportPlan, directory_import_plan, in_batches
from .reading import DirectoryFile, Progress

WRITE_BATCH_SIZE = 1000
# Deeper chains of new managers are created at once and linked afterwards.
MAX_WAVES = 50


class DirectoryImportRejected(Exception):
    """The file has errors (``plan.errors``); nothing was written."""

    def __init__(self, plan: ImportPlan):
        super().__init__(f"{len(plan.errors)} errors")
        self.plan = plan


class DirectoryImportConflict(Exception):
    """The database changed under the import; nothing was written."""

    @property
    def message(self) -> str:
        return str(self.args[0])


def directory_import_apply(
    *,
    directory: DirectoryFile,
    importer: User | None,
    deactivate_missing: bool = False,
    progress: Progress | None = None,
) -> ImportPlan:
    """Create, update and deactivate people as ``directory`` says, all or nothing.

    The file is checked again inside the one transaction, against the
    database as it is now (it may have changed since a preview). Locks: every
    unit (so imports run one at a time) and every person the import may
    change, ``FOR UPDATE`` until the commit. Any wrong row raises
    ``DirectoryImportRejected`` and nothing is written; a clash with a
    concurrent change (a unique email taken meanwhile) raises
    ``DirectoryImportConflict``, also writing nothing.

    Side effects: new people get an unusable password and the Learners role,
    managers inserted before their reports (line managers new in the same file
    included). After the commit, ``lms.signals.staff_changed`` is sent once
    with the ids of everyone created, updated or deactivated.
    """
    try:
        with transaction.atomic():
            plan = directory_import_plan(
                directory=directory,
                importer=importer,
                deactivate_missing=deactivate_missing,
                lock=True,
                progress=progress,
            )
            if not plan.is_valid:
                raise DirectoryImportRejected(plan)
            user_ids = _write(plan, progress)
            if user_ids:
                transaction.on_commit(lambda: staff_changed.send(sender=User, user_ids=user_ids))
    except IntegrityError as error:
        raise DirectoryImportConflict(
            _(
                "Someone changed the same people while the import ran, so nothing was "
                "imported. Try again."
            )
        ) from error
    return plan


def _write(plan: ImportPlan, progress: Progress | None) -> list[int]:
    total = len(plan.creates) + len(plan.updates) + len(plan.deactivations)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress("importing", done, total)

    changed = plan.updates + plan.deactivations
    # First the people already here, so that an address one of them gives up
    # is free for whoever takes it; when two swap addresses, each first gets
    # a placeholder no one else can hold.
    if plan.swaps_emails:
        User.objects.bulk_update(
            [
                User(pk=change.pk, email=f"{change.pk}@directory-import.invalid")
                for change in changed
                if "email" in change.values
            ],
            ["email"],
            batch_size=WRITE_BATCH_SIZE,
        )
    groups: dict[tuple[str, ...], list[Change]] = defaultdict(list)
    for change in changed:
        groups[tuple(sorted(change.values))].append(change)
    for fields, changes in groups.items():
        if len({tuple(change.values[name] for name in fields) for change in changes}) == 1:
            # The same new values for all (deactivations): one plain UPDATE a batch.
            for batch in in_batches([change.pk for change in changes], WRITE_BATCH_SIZE):
                User.objects.filter(pk__in=batch).update(**changes[0].values)
                advance(len(batch))
        else:
            for batch in in_batches(changes, 5 * WRITE_BATCH_SIZE):
                _update_people([User(pk=change.pk, **change.values) for change in batch], fields)
                advance(len(batch))
    # New people in waves, each line manager in a wave before their reports,
    # so that most managers are set as the row is inserted; the rest (a
    # manager created after, or a chain too deep for waves) are set at the end.
    created: dict[str, int] = {}
    linked: set[str] = set()
    for wave in _waves(plan.creates):
        for batch in in_batches(wave, 5 * WRITE_BATCH_SIZE):
            people = []
            for change in batch:
                person = User(**change.values)
                if change.new_manager in created:
                    person.line_manager_id = created[change.new_manager]
                    linked.add(change.employee_number)
                people.append(person)
            user_bulk_create(users=people, batch_size=WRITE_BATCH_SIZE)
            for change, person in zip(batch, people, strict=True):
                change.pk = created[change.employee_number] = person.pk
            advance(len(batch))
    later = [
        User(pk=change.pk, line_manager_id=created[change.new_manager])
        for change in plan.creates + changed
        if change.new_manager and change.employee_number not in linked
    ]
    for batch in in_batches(later, 5 * WRITE_BATCH_SIZE):
        _update_people(batch, ("line_manager_id",))
    return [change.pk for change in plan.creates + changed]


def _update_people(people: list[User], fields: tuple[str, ...]) -> None:
    """``bulk_update`` of ``fields`` (attribute names) for ``people``.

    Django's ``bulk_update`` builds a CASE WHEN per person and field, which
    costs about half a millisecond each in Python: four minutes for 100,000
    people whose name, unit and manager all change. On PostgreSQL the values
    travel as one array per column instead, in one statement.
    """
    if connection.vendor != "postgresql":
        User.objects.bulk_update(people, fields, batch_size=WRITE_BATCH_SIZE)
        return
    quote = connection.ops.quote_name
    key = User._meta.pk
    columns = [key, *(User._meta.get_field(name) for name in fields)]
    names = ", ".join(quote(column.column) for column in columns)
    arrays = ", ".join(f"%s::{column.db_type(connection)}[]" for column in columns)
    assignments = ", ".join(
        f"{quote(column.column)} = v.{quote(column.column)}" for column in columns[1:]
    )
    # Identifiers come from the model, values are parameters.
    sql = (
        f"UPDATE {quote(User._meta.db_table)} AS t SET {assignments} "  # noqa: S608
        f"FROM UNNEST({arrays}) AS v({names}) "
        f"WHERE t.{quote(key.column)} = v.{quote(key.column)}"
    )
    params = [
        [column.get_db_prep_save(getattr(person, column.attname), connection) for person in people]
        for column in columns
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _waves(creates: list[Change]) -> list[list[Change]]:
    """New people by depth below the managers who already exist (the plan
    has no loops): wave 0 needs no new manager, wave 1 reports to wave 0…"""
    by_number = {change.employee_number: change for change in creates}
    depth: dict[str, int] = {}
    for change in creates:
        chain, node = [], change
        while node is not None and node.employee_number not in depth:
            chain.append(node)
            node = by_number.get(node.new_manager) if node.new_manager else None
        level = depth[node.employee_number] + 1 if node is not None else 0
        for member in reversed(chain):
            depth[member.employee_number] = level
            level += 1
    if max(depth.values(), default=0) >= MAX_WAVES:
        return [creates]
    waves: list[list[Change]] = [[] for _level in range(max(depth.values(), default=0) + 1)]
    for change in creates:
        waves[depth[change.employee_number]].append(change)
    return waves
