"""One row's values, cleaned and checked on their own, without the database:
empty or too long values, email addresses, languages, yes/no values, and
whether the unit code names a unit the importer may import into."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ..models import User
from .reading import SourceRow

# Messages quote values; a value longer than this is cut.
SHOWN_CHARACTERS = 60

_ACTIVE = {
    **dict.fromkeys(("yes", "y", "true", "1", "نعم", "ndiyo", "ndio", "oui"), True),
    **dict.fromkeys(("no", "n", "false", "0", "لا", "hapana", "non"), False),
}
_LANGUAGE_NAMES = {
    "english": "en",
    "kiswahili": "sw",
    "swahili": "sw",
    "العربية": "ar",
    "arabic": "ar",
    "français": "fr",
    "francais": "fr",
    "french": "fr",
}


@dataclass
class WantedPerson:
    """What one row asks for, once its values are clean."""

    row: int
    employee_number: str
    full_name: str
    email: str
    unit_id: int | None
    job_title: str | None  # None: the file has no such column; keep what is there
    manager: str | None  # None: keep; "": no line manager; else an employee number
    language: str | None  # None: keep (or the default language for a new person)
    is_active: bool
    valid: bool = True  # no error found in the row so far
    protected: bool = False  # an account the import never changes


def shown(value: str) -> str:
    return value if len(value) <= SHOWN_CHARACTERS else value[: SHOWN_CHARACTERS - 1] + "…"


def parse_language(value: str) -> str | None:
    """A language code from a code (``fr``, ``fr-FR``) or a language's name,
    in any case; ``None`` if no offered language matches."""
    offered = dict(settings.LANGUAGES)
    key = value.casefold()
    code = _LANGUAGE_NAMES.get(key) or {name.casefold(): c for c, name in offered.items()}.get(key)
    if code is None:
        code = key.replace("_", "-").split("-", 1)[0]
    return code if code in offered else None


def parse_active(value: str) -> bool | None:
    """Yes or no in the four languages; empty means yes, ``None`` not understood."""
    return True if not value else _ACTIVE.get(value.casefold())


@cache
def _max_lengths() -> dict[str, int]:
    return {
        name: User._meta.get_field(name).max_length
        for name in ("employee_number", "full_name", "email", "job_title")
    }


def clean_row(
    row: SourceRow, *, columns: frozenset[str], unit_ids: dict[str, int]
) -> tuple[WantedPerson | None, list[str]]:
    """The row's wishes (``None`` without a usable employee number) and the
    translated reasons it is wrong.

    ``unit_ids`` maps the codes of the units the importer may import into to
    their ids: a unit outside them reads exactly like one that does not exist.
    Optional columns absent from the file (``columns``) come back as ``None``.
    """
    errors: list[str] = []
    limits = _max_lengths()

    def too_long(name: str, value: str) -> bool:
        if len(value) <= limits[name]:
            return False
        errors.append(
            _("%(field)s: at most %(max)s characters are allowed (this has %(length)s).")
            % {
                "field": capfirst(User._meta.get_field(name).verbose_name),
                "max": limits[name],
                "length": len(value),
            }
        )
        return True

    number = row.employee_number
    if not number:
        errors.append(_("The employee number is empty."))
    elif too_long("employee_number", number):
        number = ""
    full_name = " ".join(row.full_name.split())
    if not full_name:
        errors.append(_("The full name is empty."))
    else:
        too_long("full_name", full_name)
    email = row.email.lower()
    if not email:
        errors.append(_("The email address is empty."))
    elif not too_long("email", email):
        try:
            validate_email(email)
        except ValidationError:
            errors.append(
                _("“%(value)s” is not a valid email address.") % {"value": shown(row.email)}
            )
    unit_id = None
    if not row.unit_code:
        errors.append(_("The unit code is empty."))
    else:
        unit_id = unit_ids.get(row.unit_code.upper())
        if unit_id is None:
            errors.append(_("Unknown unit code “%(code)s”.") % {"code": shown(row.unit_code)})
    job_title = None
    if "job_title" in columns:
        job_title = " ".join(row.job_title.split())
        too_long("job_title", job_title)
    manager = None
    if "line_manager" in columns:
        manager = row.line_manager
        if manager and manager == number:
            errors.append(_("A person cannot be their own line manager."))
    language = None
    if "preferred_language" in columns and row.preferred_language:
        language = parse_language(row.preferred_language)
        if language is None:
            errors.append(
                _("Unknown language “%(value)s”: use %(codes)s.")
                % {
                    "value": shown(row.preferred_language),
                    "codes": ", ".join(code for code, _name in settings.LANGUAGES),
                }
            )
    is_active = parse_active(row.active)
    if is_active is None:
        errors.append(
            _("“%(value)s” is not a value for “active”: use yes or no.")
            % {"value": shown(row.active)}
        )
    if not number:
        return None, errors
    wanted = WantedPerson(
        row=row.number,
        employee_number=number,
        full_name=full_name,
        email=email,
        unit_id=unit_id,
        job_title=job_title,
        manager=manager,
        language=language,
        is_active=bool(is_active),
        valid=not errors,
    )
    return wanted, errors
