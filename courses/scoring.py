"""How each kind of question is scored, as pure functions.

A score is a ``Decimal`` between 0 and 1 with four places, so that a stored
result reads the same on every database and in every audit. Choices are
identified by their stable ids; the caller has already checked that every
chosen id belongs to the question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

ONE = Decimal(1)
ZERO = Decimal(0)
PLACES = Decimal("0.0001")

# Harakat (fathatan … sukun, maddah, hamza above/below), superscript alef, tatweel.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        # Arabic-Indic and Persian digits → ASCII
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
_SPACE = re.compile(r"\s+")


def normalise_answer(text: str) -> str:
    """The form in which typed answers are compared.

    Case- and whitespace-insensitive (Unicode case folding, runs of spaces
    collapsed); for Arabic, diacritics and tatweel removed and letter variants
    unified (alef forms, alef maqsura/ya, ta marbuta/ha, hamza carriers), and
    Arabic-Indic digits read as digits. Applied to the learner's answer and
    to every accepted answer alike.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    return _SPACE.sub(" ", text).strip().casefold()


def _decimal(value: Fraction) -> Decimal:
    value = min(max(value, Fraction(0)), Fraction(1))
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        PLACES, rounding=ROUND_HALF_UP
    )


def score_single(*, chosen: object | None, correct: object) -> Decimal:
    """Single choice and true/false: the one right choice, or nothing."""
    return ONE if chosen is not None and chosen == correct else ZERO


def score_multiple_all_or_nothing(
    *, chosen: Iterable[object], correct: Collection[object]
) -> Decimal:
    """Multiple response, strict: exactly the right set of choices."""
    return ONE if set(chosen) == set(correct) else ZERO


def score_multiple_partial(
    *, chosen: Iterable[object], correct: Collection[object], choices: Collection[object]
) -> Decimal:
    """Multiple response with partial credit and penalties.

    Each right choice ticked earns 1/(number of right choices); each wrong
    choice ticked costs 1/(number of wrong choices); the total is kept
    between 0 and 1. Ticking everything therefore scores 0, as in Moodle's
    "each wrong answer cancels a right one" scheme.
    """
    chosen, correct = set(chosen), set(correct)
    wrong = set(choices) - correct
    earned = Fraction(len(chosen & correct), len(correct)) if correct else Fraction(0)
    lost = Fraction(len(chosen & wrong), len(wrong)) if wrong else Fraction(0)
    return _decimal(earned - lost)


def score_short_text(*, answer: str, accepted: Iterable[str]) -> Decimal:
    """A typed answer, right when it matches any accepted answer once both are normalised."""
    given = normalise_answer(answer)
    if not given:
        return ZERO
    return ONE if any(given == normalise_answer(a) for a in accepted) else ZERO


def percent(scores: Iterable[Decimal], *, out_of: int) -> Decimal:
    """Sum of question scores as a percentage of ``out_of`` questions, two places."""
    if out_of <= 0:
        return ZERO
    return (sum(scores, ZERO) * 100 / out_of).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
