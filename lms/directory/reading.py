"""Reading a staff directory file (CSV or XLSX) into rows.

Only the shape of the file is checked here: its type, size, encoding and
header. Whether the rows make sense is ``planning``'s business. Every refusal
is an ``UnreadableFile`` with a translated message that says what to do.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, NamedTuple

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The columns, in the order the template file lists them.
COLUMNS = (
    "employee_number",
    "full_name",
    "email",
    "unit_code",
    "job_title",
    "line_manager",
    "preferred_language",
    "active",
)
REQUIRED_COLUMNS = ("employee_number", "full_name", "email", "unit_code")
COLUMN_HELP = {
    "employee_number": gettext_lazy("From the HR system; it identifies the person."),
    "full_name": gettext_lazy("As the person writes it, in any script."),
    "email": gettext_lazy("Work email address; the person signs in with it."),
    "unit_code": gettext_lazy("The code of their organisation unit, e.g. MOICT-DIG."),
    "job_title": gettext_lazy("Optional. An empty cell clears the job title."),
    "line_manager": gettext_lazy(
        "Optional. The line manager's employee number (the column may also be called "
        "line_manager_employee_number); an empty cell means no line manager."
    ),
    "preferred_language": gettext_lazy(
        "Optional. en, sw, ar or fr (or the language's name). An empty cell keeps the "
        "person's choice; new people get English."
    ),
    "active": gettext_lazy(
        "Optional. yes or no (also y/n, true/false, 1/0, نعم/لا, ndiyo/hapana, oui/non); "
        "an empty cell means yes. No deactivates the person."
    ),
}
HEADER_ALIASES = {"line_manager_employee_number": "line_manager"}
EXTENSIONS = (".csv", ".xlsx")

ENCODING_CHOICES = [
    ("auto", gettext_lazy("Detect automatically")),
    ("utf-8", gettext_lazy("UTF-8")),
    ("windows-1256", gettext_lazy("Windows-1256 (Arabic)")),
    ("windows-1252", gettext_lazy("Windows-1252 (Western European)")),
]
ENCODING_LABELS = {
    "utf-8": gettext_lazy("UTF-8"),
    "utf-8-sig": gettext_lazy("UTF-8 with a byte-order mark"),
    "utf-16": gettext_lazy("UTF-16 (Unicode text)"),
    "windows-1256": gettext_lazy("Windows-1256 (Arabic)"),
    "windows-1252": gettext_lazy("Windows-1252 (Western European)"),
}

# An XLSX is a ZIP of XML; its unpacked size is what openpyxl has to parse.
MAX_XLSX_EXPANSION = 20
MAX_HEADER_CELLS = 200
_ZIP_SIGNATURE = b"PK\x03\x04"
# Invisible characters spreadsheets leave around Arabic text and pasted values.
_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_STRIPPED = _INVISIBLE + " \t\r\n\xa0\u3000"
# Values that are codes, not text: every invisible character is dropped.
_CODE_COLUMNS = {
    "employee_number",
    "email",
    "unit_code",
    "line_manager",
    "preferred_language",
    "active",
}

Progress = Callable[[str, int, int | None], None]


class SourceRow(NamedTuple):
    """One data row: its number as a spreadsheet shows it (the header is row
    1) and each column's text, stripped ("" when empty or absent)."""

    number: int
    employee_number: str
    full_name: str
    email: str
    unit_code: str
    job_title: str
    line_manager: str
    preferred_language: str
    active: str


@dataclass
class DirectoryFile:
    name: str
    file_format: str  # "csv" or "xlsx"
    encoding: str | None  # a key of ENCODING_LABELS, for CSV files
    columns: frozenset[str]  # the optional columns present decide what is updated
    rows: list[SourceRow]

    @property
    def encoding_label(self) -> str:
        return str(ENCODING_LABELS[self.encoding]) if self.encoding else ""


class UnreadableFile(ValueError):
    """The file cannot be imported at all; the message (translated) says why."""

    @property
    def message(self) -> str:
        return str(self.args[0])


def max_bytes() -> int:
    return settings.MAARIFA_DIRECTORY_IMPORT_MAX_BYTES


def max_rows() -> int:
    return settings.MAARIFA_DIRECTORY_IMPORT_MAX_ROWS


def too_large_message() -> str:
    return _("The file is too large: the limit is %(size)s. Split it into smaller files.") % {
        "size": filesizeformat(max_bytes())
    }


def check_extension(name: str) -> str:
    """The file's extension, if it is one we read."""
    extension = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in EXTENSIONS:
        raise UnreadableFile(
            _("Upload a CSV file (.csv) or an Excel workbook (.xlsx); “%(name)s” is neither.")
            % {"name": name[-80:]}
        )
    return extension


def check_file_start(head: bytes, *, extension: str, size: int) -> None:
    """Refuse, without parsing it, a file whose size and first bytes already
    show it cannot be read: an empty file, a workbook named .csv, or anything
    named .xlsx that is not a ZIP. ``head`` is the file's first few bytes."""
    if size == 0 or (size <= len(head) and not head.strip()):
        raise UnreadableFile(_("The file is empty."))
    is_zip = head.startswith(_ZIP_SIGNATURE)
    if extension == ".xlsx" and not is_zip:
        raise UnreadableFile(_not_a_workbook())
    if extension == ".csv" and is_zip:
        raise UnreadableFile(_workbook_named_csv())


def read_directory_file(
    file: IO[bytes], *, name: str, encoding: str = "auto", progress: Progress | None = None
) -> DirectoryFile:
    """The rows of a directory file, or ``UnreadableFile``.

    ``name`` decides the format (its extension), and the content must agree:
    an .xlsx must be a ZIP, a .csv must be text. CSV files are read as UTF-8
    (with or without a byte-order mark) or, with ``encoding="auto"``, as
    UTF-16 with a byte-order mark, Windows-1256 when the text is Arabic, else
    Windows-1252; ``encoding`` can name the encoding instead.
    """
    extension = check_extension(name)
    data = file.read(max_bytes() + 1)
    if len(data) > max_bytes():
        raise UnreadableFile(too_large_message())
    if not data.strip():
        raise UnreadableFile(_("The file is empty."))
    if extension == ".xlsx":
        header, records = _xlsx_records(data)
        used_encoding = None
    else:
        text, used_encoding = decode_csv(data, encoding)
        header, records = _csv_records(text)
    columns, positions = _columns(header)
    rows = _rows(records, positions, progress)
    return DirectoryFile(
        name=name,
        file_format=extension[1:],
        encoding=used_encoding,
        columns=frozenset(columns),
        rows=rows,
    )


# --- CSV --------------------------------------------------------------------


def _workbook_named_csv() -> str:
    return _(
        "This file is an Excel workbook, not a CSV file. Give it the .xlsx "
        "extension, or save it from your spreadsheet as “CSV UTF-8”."
    )


def _not_a_workbook() -> str:
    return _(
        "This is not an Excel workbook (.xlsx). Save it from your spreadsheet as "
        "“Excel Workbook (.xlsx)” or as “CSV UTF-8”."
    )


def decode_csv(data: bytes, encoding: str) -> tuple[str, str]:
    """The text of a CSV file and the key of the encoding that read it."""
    if data.startswith(_ZIP_SIGNATURE):
        raise UnreadableFile(_workbook_named_csv())
    if encoding == "auto" and data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: refused below as binary
    if b"\x00" in data:
        raise UnreadableFile(
            _("This is not a CSV file. Save the sheet from your spreadsheet as “CSV UTF-8”.")
        )
    if encoding in ("auto", "utf-8"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if encoding == "utf-8":
                raise UnreadableFile(
                    _(
                        "The file is not UTF-8 text (the first unreadable byte is at position "
                        "%(position)s). Choose its encoding, or save it from your spreadsheet "
                        "as “CSV UTF-8”."
                    )
                    % {"position": error.start + 1}
                ) from error
        else:
            return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
        if _looks_arabic(data.decode("cp1256")):
            return data.decode("cp1256"), "windows-1256"
        encoding = "windows-1252"
    codec = {"windows-1256": "cp1256", "windows-1252": "cp1252"}.get(encoding)
    if codec is None:
        raise UnreadableFile(_("Unknown encoding “%(name)s”.") % {"name": encoding[:40]})
    try:
        return data.decode(codec), encoding
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            _(
                "The file cannot be read as %(encoding)s. Choose another encoding, or save it "
                "from your spreadsheet as “CSV UTF-8”."
            )
            % {"encoding": ENCODING_LABELS[encoding]}
        ) from error


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_WORD = re.compile(r"[^\W\d_]+")


def _looks_arabic(text: str) -> bool:
    """Whether bytes decoded as Windows-1256 read as Arabic words.

    Windows-1256 gives an Arabic letter to most accented Latin bytes, so a
    Western file read that way has Arabic letters inside Latin words
    ("Ramيrez"); a real Arabic file has words written wholly in Arabic.
    """
    arabic = mixed = 0
    for word in _WORD.findall(text):
        letters = _ARABIC.findall(word)
        if not letters:
            continue
        if len(letters) == len(word):
            arabic += len(word) > 1
        else:
            mixed += 1
    return arabic > mixed


def _csv_records(text: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header and the numbered records, with the delimiter (comma,
    semicolon or tab) that makes the most sense of the header."""
    first_line = text.split("\n", 1)[0].rstrip("\r")
    candidates = []
    with contextlib.suppress(csv.Error):
        candidates.append(csv.Sniffer().sniff(text[:65536], delimiters=",;\t").delimiter)
    candidates += [",", ";", "\t"]
    best, best_score = ",", -1
    for delimiter in candidates:
        try:
            header = next(csv.reader([first_line], delimiter=delimiter), [])
        except csv.Error:
            continue
        score = len({_header_key(cell) for cell in header} & set(COLUMNS))
        if score > best_score:
            best, best_score = delimiter, score
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=best)

    def records() -> Iterator[tuple[int, list[str]]]:
        number = 1
        try:
            for number, record in enumerate(reader, start=2):
                yield number, record
        except csv.Error as error:
            raise UnreadableFile(
                _("Row %(row)s could not be read as CSV (%(reason)s).")
                % {"row": number + 1, "reason": str(error)[:100]}
            ) from error

    try:
        header = next(reader, None)
    except csv.Error as error:
        raise UnreadableFile(_("The first row could not be read as CSV.")) from error
    if header is None:
        raise UnreadableFile(_("The file is empty."))
    return header, records()


# --- XLSX -------------------------------------------------------------------


def _xlsx_records(data: bytes) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    import openpyxl

    not_a_workbook = _not_a_workbook()
    if not data.startswith(_ZIP_SIGNATURE):
        raise UnreadableFile(not_a_workbook)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise UnreadableFile(not_a_workbook) from error
    if unpacked > MAX_XLSX_EXPANSION * max_bytes():
        raise UnreadableFile(too_large_message())
    # openpyxl raises many kinds of exception on damaged or odd workbooks; any
    # of them means the same to the person uploading it.
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        header_cells = next(sheet.iter_rows(max_row=1, values_only=True), ())
    except Exception as error:
        raise UnreadableFile(not_a_workbook) from error
    header = [_cell_text(value) for value in header_cells[:MAX_HEADER_CELLS]]
    width = len(header)

    def records() -> Iterator[tuple[int, list[str]]]:
        try:
            for number, values in enumerate(
                sheet.iter_rows(min_row=2, max_col=max(width, 1), values_only=True), start=2
            ):
                yield number, [_cell_text(value) for value in values]
        except UnreadableFile:
            raise
        except Exception as error:
            raise UnreadableFile(not_a_workbook) from error
        finally:
            workbook.close()

    return header, records()


def _cell_text(value: object) -> str:
    """A cell as the text a person sees: 1001 rather than 1001.0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0):
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


# --- Header and rows --------------------------------------------------------


def _header_key(cell: str) -> str:
    key = re.sub(r"[\s_-]+", "_", cell.strip(_INVISIBLE + " \t").casefold()).strip("_")
    return HEADER_ALIASES.get(key, key)


def _columns(header: list[str]) -> tuple[list[str], list[int | None]]:
    """The known columns present, and for each of COLUMNS its position (or None)."""
    found: dict[str, int] = {}
    for position, cell in enumerate(header):
        key = _header_key(cell)
        if key not in COLUMNS:
            continue
        if key in found:
            raise UnreadableFile(
                _("The column “%(column)s” appears more than once in the first row.")
                % {"column": key}
            )
        found[key] = position
    missing = [column for column in REQUIRED_COLUMNS if column not in found]
    if missing:
        raise UnreadableFile(
            _(
                "The first row must name the columns. Missing: %(missing)s. "
                "Expected: %(expected)s (in any order)."
            )
            % {"missing": ", ".join(missing), "expected": ", ".join(COLUMNS)}
        )
    return list(found), [found.get(column) for column in COLUMNS]


def clean_text(value: str, column: str) -> str:
    if column in _CODE_COLUMNS and not value.isascii():
        value = "".join(c for c in value if unicodedata.category(c) != "Cf")
    return value.strip(_STRIPPED).strip()


def _rows(
    records: Iterable[tuple[int, list[str]]],
    positions: list[int | None],
    progress: Progress | None,
) -> list[SourceRow]:
    limit = max_rows()
    rows: list[SourceRow] = []
    for number, record in records:
        width = len(record)
        values = [
            clean_text(record[position], column)
            if position is not None and position < width and record[position]
            else ""
            for column, position in zip(COLUMNS, positions, strict=True)
        ]
        if not any(values):
            continue
        if len(rows) >= limit:
            raise UnreadableFile(
                _("The file has more than %(max)s rows; split it into smaller files.")
                % {"max": f"{limit:,}"}
            )
        rows.append(SourceRow(number, *values))
        if progress and len(rows) % 5000 == 0:
            progress("reading", len(rows), None)
    if not rows:
        raise UnreadableFile(_("The file has no rows below the header."))
    return rows


def template_rows() -> list[list[str]]:
    """The header and one example row, for the template file offered to HR."""
    return [
        list(COLUMNS),
        [
            "E-1001",
            "Amina Juma Hassan",
            "amina.hassan@ministry.example",
            "MOICT-DIG",
            "ICT Officer",
            "E-1000",
            "sw",
            "yes",
        ],
    ]
