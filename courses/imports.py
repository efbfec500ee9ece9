"""Reading lists of people from uploaded files and pasted text.

Every problem is reported with its row (or line) number and a translated
reason; callers enrol nobody unless the list comes back without errors.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from lms.models import User

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_ROWS = 20_000
EMPLOYEE_NUMBER_HEADERS = {"employee_number", "employee number", "employee no", "employee_no"}


@dataclass
class PeopleList:
    people: list[User] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    duplicates: int = 0


class UnreadableFile(ValueError):
    """The upload is not a CSV file we can read at all (message is translated)."""


def read_employee_numbers_csv(upload) -> list[tuple[int, str]]:
    """(row number, employee number) pairs from an uploaded CSV file.

    The file needs a header row with an ``employee_number`` column (other
    columns are ignored); row numbers count the header as row 1, as
    spreadsheets do. UTF-8, with or without a byte-order mark.
    """
    if upload.size > MAX_UPLOAD_BYTES:
        raise UnreadableFile(_("The file is too large: the limit is 2 MB."))
    raw = upload.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            _("The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8”.")
        ) from error
    if "\x00" in text:
        raise UnreadableFile(_("This is not a CSV file."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader, None)
        if header is None:
            raise UnreadableFile(_("The file is empty."))
        columns = [name.strip().casefold() for name in header]
        matches = [i for i, name in enumerate(columns) if name in EMPLOYEE_NUMBER_HEADERS]
        if not matches:
            raise UnreadableFile(_("The first row must name an “employee_number” column."))
        column = matches[0]
        rows = []
        for row_number, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(rows) >= MAX_ROWS:
                raise UnreadableFile(
                    _("The file has more than %(max)s rows; split it into smaller files.")
                    % {"max": MAX_ROWS}
                )
            rows.append((row_number, row[column].strip() if column < len(row) else ""))
    except csv.Error as error:
        raise UnreadableFile(_("The file could not be read as CSV.")) from error
    if not rows:
        raise UnreadableFile(_("The file has no rows below the header."))
    return rows


def read_pasted_people(text: str) -> list[tuple[int, str]]:
    """(line number, email or employee number) pairs, one person per line."""
    return [
        (number, line.strip())
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]


def resolve_people(
    entries: list[tuple[int, str]], *, allowed: QuerySet[User], by_email: bool, row_label: str
) -> PeopleList:
    """Match entries to people among ``allowed`` (the caller's scope) in one query.

    Someone outside the scope is reported exactly like someone who does not
    exist, so the list reveals nothing about other units.
    """
    result = PeopleList()
    values = {value for _row, value in entries if value}
    lookup = Q(employee_number__in=values)
    if by_email:
        lookup |= Q(email__in={value.lower() for value in values if "@" in value})
    found: dict[str, User] = {}
    for person in allowed.filter(lookup):
        if person.employee_number:
            found[person.employee_number] = person
        found[person.email.lower()] = person
    seen: set[int] = set()
    for row, value in entries:
        label = row_label % {"row": row}
        if not value:
            result.errors.append(_("%(row)s: the employee number is empty.") % {"row": label})
            continue
        person = found.get(value) or (found.get(value.lower()) if by_email else None)
        if person is None:
            result.errors.append(
                _("%(row)s: no person “%(value)s” in the units you may enrol.")
                % {"row": label, "value": value[:60]}
            )
        elif not person.is_active:
            result.errors.append(
                _("%(row)s: the account of “%(value)s” is disabled.")
                % {"row": label, "value": value[:60]}
            )
        elif person.pk in seen:
            result.duplicates += 1
        else:
            seen.add(person.pk)
            result.people.append(person)
    return result
