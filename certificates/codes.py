"""Verification codes: 11 random characters and one check character.

The alphabet is Crockford's base 32 (digits and capitals without I, L, O, U),
so a code read aloud or copied from paper has no look-alike characters. 55
random bits make guessing hopeless even before rate limiting; the check
character (Luhn mod 32) catches every single mistyped character and most
swapped neighbours before any database lookup.

Codes are stored without separators and shown in groups of four:
``7KQ3-M9XD-2HWA``.
"""

from __future__ import annotations

import secrets
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_LENGTH = 11
LENGTH = RANDOM_LENGTH + 1
GROUP = 4
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
# What people type for what they see: lowercase is upper-cased first, then
# the look-alikes Crockford's alphabet leaves out are read as the digits.
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -_.\u00a0\u2010\u2011\u2012\u2013\u2014\u2212")


class InvalidCode(ValueError):
    """Why a typed code cannot be a verification code (a translatable reason)."""


def check_character(body: str) -> str:
    """Luhn mod N over ``body`` (N = 32)."""
    n = len(ALPHABET)
    total = 0
    factor = 2
    for char in reversed(body):
        addend = factor * _VALUE[char]
        total += addend // n + addend % n
        factor = 1 if factor == 2 else 2
    return ALPHABET[(n - total % n) % n]


def generate() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return body + check_character(body)


def _ascii_digits(text: str) -> str:
    # Arabic-Indic and other decimal digits, as typed on an Arabic keyboard.
    return "".join(
        str(unicodedata.decimal(char)) if unicodedata.category(char) == "Nd" else char
        for char in text
    )


def normalise(text: str) -> str:
    """The stored form of a typed code, or ``InvalidCode`` saying what is wrong.

    Accepts lowercase, spaces and hyphens, full-width and Arabic-Indic digits,
    and O/I/L for 0/1/1.
    """
    from django.utils.translation import gettext as _

    cleaned = _ascii_digits(unicodedata.normalize("NFKC", text or ""))
    cleaned = cleaned.translate(_SEPARATORS).upper().translate(_CONFUSABLE)
    if not cleaned:
        raise InvalidCode(_("Enter the verification code printed on the certificate."))
    if len(cleaned) != LENGTH or any(char not in _VALUE for char in cleaned):
        raise InvalidCode(
            _(
                "A verification code has 12 letters and digits, like 7KQ3-M9XD-2HWA. "
                "Check what you typed."
            )
        )
    if check_character(cleaned[:-1]) != cleaned[-1]:
        raise InvalidCode(
            _("This code contains a typing mistake. Check it against the certificate.")
        )
    return cleaned


def display(code: str) -> str:
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
