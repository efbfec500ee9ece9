"""Checking directory rows against the database: who would be created, updated,
deactivated or left as they are, and every row that is wrong, with its number
and a translated reason.

Nothing is written here. The database is read in a bounded number of queries
whatever the size of the file: the units once, people in batches of
``BATCH_SIZE`` (by employee number, by email, by manager), and the chain of
line managers above the file one level per query.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from ..models import OrganisationUnit, User
from ..roles import ADMINISTRATORS, user_has_role
from ..selectors import units_visible_to
from .loops import find_loops
from .reading import DirectoryFile, Progress, SourceRow
from .rows import WantedPerson, clean_row, shown

BATCH_SIZE = 2000


class Existing(NamedTuple):
    pk: int
    employee_number: str
    email: str
    full_name: str
    job_title: str
    preferred_language: str
    unit_id: int | None
    line_manager_id: int | None
    is_active: bool
    is_superuser: bool


@dataclass(frozen=True)
class RowError:
    row: int | None
    employee_number: str
    message: str


@dataclass
class Change:
    """A person the import creates, changes or deactivates.

    ``fields`` maps each changed field to (before, after) as the preview shows
    them (unit codes, employee numbers of managers); ``values`` holds the new
    model values to write. ``new_manager`` is the employee number of a line
    manager created by the same import, set once they exist.
    """

    row: int | None
    employee_number: str
    full_name: str
    pk: int | None = None
    fields: dict[str, tuple[object, object]] = field(default_factory=dict)
    values: dict[str, object] = field(default_factory=dict)
    new_manager: str | None = None


@dataclass
class ImportPlan:
    rows: int
    creates: list[Change] = field(default_factory=list)
    updates: list[Change] = field(default_factory=list)
    deactivations: list[Change] = field(default_factory=list)
    unchanged: int = 0
    # Accounts the import never changes (the importer's own, superusers'):
    # rows that would change them are listed here and left alone.
    protected: list[Change] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    # Someone takes an email address another person in the file gives up.
    swaps_emails: bool = False

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def counts(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "create": len(self.creates),
            "update": len(self.updates),
            "deactivate": len(self.deactivations),
            "unchanged": self.unchanged,
            "protected": len(self.protected),
            "errors": len(self.errors),
        }


def in_batches(values: Iterable, size: int = BATCH_SIZE) -> Iterator[list]:
    batch = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def directory_import_plan(
    *,
    directory: DirectoryFile,
    importer: User | None,
    deactivate_missing: bool = False,
    lock: bool = False,
    progress: Progress | None = None,
) -> ImportPlan:
    """What importing ``directory`` would do, and every row that stops it.

    ``importer`` is the person importing (``None`` for a system import, which
    may touch every unit). An HR officer imports only into the units they are
    responsible for: rows naming another unit read as unknown units, and only
    people in their units are deactivated as missing. The importer, superusers
    and (for importers who are not administrators) administrators are never
    changed. With ``lock`` (inside the applying transaction) every unit, and
    every person the import may change, is locked ``FOR UPDATE`` until it
    commits: imports run one after another, and no one changes those people
    between the checks and the writes.
    """
    return _Planner(directory, importer, deactivate_missing, lock, progress).run()


class _Planner:
    def __init__(self, directory, importer, deactivate_missing, lock, progress):
        self.directory = directory
        self.columns = directory.columns
        self.importer = importer
        self.deactivate_missing = deactivate_missing
        self.lock = lock
        self.progress = progress
        self.plan = ImportPlan(rows=len(directory.rows))
        self.by_number: dict[str, WantedPerson] = {}
        self.existing: dict[str, Existing] = {}
        self.outside_managers: dict[str, tuple[int, int | None]] = {}
        self.number_of: dict[int, str] = {}  # pk → employee number, of everyone read

    def run(self) -> ImportPlan:
        self._load_scope()
        self._clean_rows()
        self._load_existing()
        self._check_existing()
        self._check_emails()
        self._check_managers()
        self._check_loops()
        self._load_manager_numbers()
        self._compare()
        if self.deactivate_missing:
            self._find_missing()
        self.plan.errors.sort(key=lambda error: error.row or 0)
        return self.plan

    # --- helpers -------------------------------------------------------------

    def _people(self, *, lock: bool = False):
        """People, unordered (the default order by name would sort every read),
        locked until the end of the transaction when the plan is applied."""
        people = User.objects.order_by()
        return people.select_for_update() if lock and self.lock else people

    def _error(self, row: SourceRow | WantedPerson, message: str) -> None:
        number = row.number if isinstance(row, SourceRow) else row.row
        self.plan.errors.append(
            RowError(row=number, employee_number=row.employee_number[:40], message=message)
        )
        if isinstance(row, WantedPerson):
            row.valid = False

    def _label(self, pk: int | None) -> str:
        if pk is None:
            return ""
        return self.number_of.get(pk) or _("(no employee number)")

    # --- steps ---------------------------------------------------------------

    def _load_scope(self) -> None:
        importer = self.importer
        full = importer is None or importer.is_superuser or user_has_role(importer, ADMINISTRATORS)
        units = OrganisationUnit.objects.all()
        if self.lock:
            # Also makes imports wait for one another: two running at once
            # could each pass the loop check and together close a loop.
            units = units.select_for_update()
        unit_by_code = dict(units.values_list("code", "pk"))
        self.code_of_unit = {pk: code for code, pk in unit_by_code.items()}
        self.scope: set[int] | None = (
            None if full else set(units_visible_to(user=importer).values_list("pk", flat=True))
        )
        self.allowed_units = {
            code: pk for code, pk in unit_by_code.items() if self.scope is None or pk in self.scope
        }
        self.protected_ids: set[int] = {importer.pk} if importer is not None else set()
        if not full:
            self.protected_ids |= set(
                User.objects.filter(groups__name=ADMINISTRATORS).values_list("pk", flat=True)
            )

    def _clean_rows(self) -> None:
        emails: dict[str, int] = {}
        total = len(self.directory.rows)
        for index, row in enumerate(self.directory.rows, start=1):
            wanted, errors = clean_row(row, columns=self.columns, unit_ids=self.allowed_units)
            for message in errors:
                self._error(row, message)
            if wanted is not None:
                first = self.by_number.get(wanted.employee_number)
                if first is not None:
                    self._error(
                        row,
                        _("The employee number %(number)s is also on row %(row)s.")
                        % {"number": shown(wanted.employee_number), "row": first.row},
                    )
                elif wanted.email in emails:
                    self.by_number[wanted.employee_number] = wanted
                    self._error(
                        wanted,
                        _("The email address %(email)s is also on row %(row)s.")
                        % {"email": shown(wanted.email), "row": emails[wanted.email]},
                    )
                else:
                    self.by_number[wanted.employee_number] = wanted
                    if wanted.email:
                        emails[wanted.email] = wanted.row
            if self.progress and (index % 1000 == 0 or index == total):
                self.progress("validating", index, total)

    def _load_existing(self) -> None:
        for batch in in_batches(self.by_number):
            for values in (
                self._people(lock=True)
                .filter(employee_number__in=batch)
                .values_list(*Existing._fields)
            ):
                person = Existing(*values)
                self.existing[person.employee_number] = person
                self.number_of[person.pk] = person.employee_number

    def _check_existing(self) -> None:
        importer_pk = self.importer.pk if self.importer is not None else None
        for number, wanted in self.by_number.items():
            person = self.existing.get(number)
            if person is None:
                continue
            if self.scope is not None and person.unit_id not in self.scope:
                self._error(
                    wanted,
                    _(
                        "The employee number %(number)s belongs to a person outside the units "
                        "you may import into."
                    )
                    % {"number": shown(number)},
                )
                continue
            if person.pk in self.protected_ids or person.is_superuser:
                wanted.protected = True
                if person.is_active and not wanted.is_active:
                    self._error(
                        wanted,
                        _("This row would deactivate your own account.")
                        if person.pk == importer_pk
                        else _("This row would deactivate an administrator's account."),
                    )

    def _check_emails(self) -> None:
        """New and changed email addresses must not belong to anyone else,
        unless that person is in the file with another address."""
        to_check = {
            wanted.email: wanted
            for number, wanted in self.by_number.items()
            if wanted.email
            and (number not in self.existing or self.existing[number].email.lower() != wanted.email)
        }
        for batch in in_batches(to_check):
            holders = (
                self._people()
                .annotate(email_lower=Lower("email"))
                .filter(email_lower__in=batch)
                .values_list("email_lower", "employee_number")
            )
            for email, holder_number in holders:
                wanted = to_check[email]
                if holder_number == wanted.employee_number:
                    continue
                other = self.by_number.get(holder_number) if holder_number else None
                if other is not None and other.email != email:
                    self.plan.swaps_emails = True
                    continue
                self._error(
                    wanted,
                    _("The email address %(email)s is already used by another person.")
                    % {"email": shown(email)},
                )

    def _check_managers(self) -> None:
        outside = {
            wanted.manager
            for wanted in self.by_number.values()
            if wanted.manager and wanted.manager not in self.by_number
        }
        for batch in in_batches(outside):
            for pk, number, manager_id in (
                self._people()
                .filter(employee_number__in=batch)
                .values_list("pk", "employee_number", "line_manager_id")
            ):
                self.outside_managers[number] = (pk, manager_id)
                self.number_of[pk] = number
        for wanted in self.by_number.values():
            if (
                wanted.manager
                and wanted.manager not in self.by_number
                and wanted.manager not in self.outside_managers
            ):
                self._error(
                    wanted,
                    _("The line manager %(number)s is neither in the file nor an existing person.")
                    % {"number": shown(wanted.manager)},
                )

    def _check_loops(self) -> None:
        """Each person's line manager after the import, followed upwards, must
        end: the file's rows and the people above them already in the
        database together form no loop."""
        file_number_of = {person.pk: number for number, person in self.existing.items()}

        def node_of(pk: int | None) -> str | None:
            if pk is None:
                return None
            number = file_number_of.get(pk)
            return f"e:{number}" if number is not None else f"p:{pk}"

        edges: dict[str, str | None] = {}
        for number, wanted in self.by_number.items():
            person = self.existing.get(number)
            if wanted.manager is None or wanted.protected:
                target = node_of(person.line_manager_id) if person else None
            elif not wanted.manager or wanted.manager == number:
                target = None  # no line manager, or themselves (reported already)
            elif wanted.manager in self.by_number:
                target = f"e:{wanted.manager}"
            elif wanted.manager in self.outside_managers:
                target = node_of(self.outside_managers[wanted.manager][0])
            else:
                target = None
            edges[f"e:{number}"] = target
        for pk, manager_id in self.outside_managers.values():
            edges.setdefault(f"p:{pk}", node_of(manager_id))
        # Climb the chain above the file in the database, one level per query.
        while frontier := {
            int(target[2:])
            for target in edges.values()
            if target and target.startswith("p:") and target not in edges
        }:
            for batch in in_batches(frontier):
                for pk, number, manager_id in (
                    self._people()
                    .filter(pk__in=batch)
                    .values_list("pk", "employee_number", "line_manager_id")
                ):
                    edges[f"p:{pk}"] = node_of(manager_id)
                    if number:
                        self.number_of[pk] = number
            for pk in frontier:
                edges.setdefault(f"p:{pk}", None)

        def label(node: str) -> str:
            return node[2:] if node.startswith("e:") else self._label(int(node[2:]))

        for loop in find_loops(edges):
            for position, member in enumerate(loop):
                if member.startswith("e:"):
                    chain = [*loop[position:], *loop[:position], member]
                    self._error(
                        self.by_number[member[2:]],
                        _("The line managers form a loop: %(chain)s.")
                        % {"chain": " → ".join(shown(label(node)) for node in chain)},
                    )

    def _load_manager_numbers(self) -> None:
        """Employee numbers of current line managers, to show what changes."""
        unknown = {
            person.line_manager_id
            for person in self.existing.values()
            if person.line_manager_id and person.line_manager_id not in self.number_of
        }
        for batch in in_batches(unknown):
            self.number_of.update(
                self._people()
                .filter(pk__in=batch)
                .exclude(employee_number=None)
                .values_list("pk", "employee_number")
            )

    def _compare(self) -> None:
        plan = self.plan
        for number, wanted in self.by_number.items():
            if not wanted.valid:
                continue
            person = self.existing.get(number)
            new_manager = None
            manager_id: int | None = None
            if wanted.manager is None:
                manager_id = person.line_manager_id if person else None
            elif wanted.manager in self.by_number:
                manager = self.existing.get(wanted.manager)
                if manager is None:
                    new_manager = wanted.manager
                else:
                    manager_id = manager.pk
            elif wanted.manager:
                manager_id = self.outside_managers[wanted.manager][0]
            if person is None:
                plan.creates.append(self._creation(wanted, manager_id, new_manager))
                continue
            change = self._update(wanted, person, manager_id, new_manager)
            if not change.fields:
                plan.unchanged += 1
            elif wanted.protected:
                plan.protected.append(change)
            elif person.is_active and not wanted.is_active:
                plan.deactivations.append(change)
            else:
                plan.updates.append(change)

    def _creation(self, wanted: WantedPerson, manager_id: int | None, new_manager: str | None):
        language = wanted.language or settings.LANGUAGE_CODE
        return Change(
            row=wanted.row,
            employee_number=wanted.employee_number,
            full_name=wanted.full_name,
            fields={
                "email": ("", wanted.email),
                "unit": ("", self.code_of_unit[wanted.unit_id]),
                "job_title": ("", wanted.job_title or ""),
                "line_manager": ("", new_manager or self._label(manager_id)),
                "preferred_language": ("", language),
                "is_active": ("", wanted.is_active),
            },
            values={
                "employee_number": wanted.employee_number,
                "full_name": wanted.full_name,
                "email": wanted.email,
                "job_title": wanted.job_title or "",
                "preferred_language": language,
                "unit_id": wanted.unit_id,
                "line_manager_id": manager_id,
                "is_active": wanted.is_active,
            },
            new_manager=new_manager,
        )

    def _update(
        self,
        wanted: WantedPerson,
        person: Existing,
        manager_id: int | None,
        new_manager: str | None,
    ) -> Change:
        change = Change(
            row=wanted.row,
            employee_number=wanted.employee_number,
            full_name=wanted.full_name,
            pk=person.pk,
            new_manager=new_manager,
        )

        def compare(name: str, attname: str, old, new, shown_old=None, shown_new=None) -> None:
            if old != new:
                change.values[attname] = new
                change.fields[name] = (
                    old if shown_old is None else shown_old,
                    new if shown_new is None else shown_new,
                )

        compare("full_name", "full_name", person.full_name, wanted.full_name)
        compare("email", "email", person.email, wanted.email)
        if wanted.job_title is not None:
            compare("job_title", "job_title", person.job_title, wanted.job_title)
        if wanted.language is not None:
            compare(
                "preferred_language",
                "preferred_language",
                person.preferred_language,
                wanted.language,
            )
        compare(
            "unit",
            "unit_id",
            person.unit_id,
            wanted.unit_id,
            self.code_of_unit.get(person.unit_id, ""),
            self.code_of_unit[wanted.unit_id],
        )
        if new_manager is not None:
            change.fields["line_manager"] = (self._label(person.line_manager_id), new_manager)
        else:
            compare(
                "line_manager",
                "line_manager_id",
                person.line_manager_id,
                manager_id,
                self._label(person.line_manager_id),
                self._label(manager_id),
            )
        compare("is_active", "is_active", person.is_active, wanted.is_active)
        return change

    def _find_missing(self) -> None:
        """Active people in scope with an employee number the file does not list."""
        people = self._people(lock=True).filter(
            is_active=True, employee_number__isnull=False, is_superuser=False
        )
        if self.scope is not None:
            people = people.filter(unit_id__in=self.scope)
        for pk, number, full_name in people.values_list("pk", "employee_number", "full_name"):
            if number in self.by_number or pk in self.protected_ids:
                continue
            self.plan.deactivations.append(
                Change(
                    row=None,
                    employee_number=number,
                    full_name=full_name,
                    pk=pk,
                    fields={"is_active": (True, False)},
                    values={"is_active": False},
                )
            )
