"""Scoring rules for every question type, and answer normalisation."""

from decimal import Decimal

import pytest

from courses.scoring import (
    normalise_answer,
    percent,
    score_multiple_all_or_nothing,
    score_multiple_partial,
    score_short_text,
    score_single,
)


def test_single_choice_and_true_false():
    assert score_single(chosen=3, correct=3) == Decimal(1)
    assert score_single(chosen=2, correct=3) == Decimal(0)
    assert score_single(chosen=None, correct=3) == Decimal(0)
    assert score_single(chosen=True, correct=True) == Decimal(1)
    assert score_single(chosen=False, correct=True) == Decimal(0)


def test_multiple_response_all_or_nothing():
    assert score_multiple_all_or_nothing(chosen=[1, 2], correct={2, 1}) == Decimal(1)
    assert score_multiple_all_or_nothing(chosen=[1], correct={1, 2}) == Decimal(0)
    assert score_multiple_all_or_nothing(chosen=[1, 2, 3], correct={1, 2}) == Decimal(0)


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ({1, 2}, "1.0000"),  # both right ones
        ({1}, "0.5000"),  # half of the right ones
        ({1, 3}, "0.0000"),  # a right one cancelled by a wrong one (2 wrong: -0.5 each)
        ({1, 2, 3}, "0.5000"),
        ({1, 2, 3, 4}, "0.0000"),  # ticking everything earns nothing
        ({3, 4}, "0.0000"),  # never below zero
        (set(), "0.0000"),
    ],
)
def test_multiple_response_partial_credit_with_penalties(chosen, expected):
    score = score_multiple_partial(chosen=chosen, correct={1, 2}, choices={1, 2, 3, 4})
    assert score == Decimal(expected)


def test_partial_credit_in_thirds_is_stable():
    score = score_multiple_partial(chosen={1}, correct={1, 2, 3}, choices={1, 2, 3, 4})
    assert score == Decimal("0.3333")


@pytest.mark.parametrize(
    ("answer", "accepted", "right"),
    [
        ("  Phishing ", ["phishing"], True),
        ("TWO   factor", ["two factor"], True),
        ("STRASSE", ["straße"], True),  # Unicode case folding
        ("", ["anything"], False),
        ("   ", [""], False),
        ("fishing", ["phishing"], False),
        # Arabic: diacritics, tatweel and letter variants do not matter
        ("التَّصَيُّد", ["التصيد"], True),
        ("الأمـــن", ["الامن"], True),
        ("إدارة", ["اداره"], True),
        ("مستشفى", ["مستشفي"], True),
        ("٢٠٢٦", ["2026"], True),
        ("التصيد", ["الاحتيال"], False),
    ],
)
def test_short_text_answers(answer, accepted, right):
    assert score_short_text(answer=answer, accepted=accepted) == Decimal(int(right))


def test_normalisation_is_idempotent():
    for text in ["  Ça   VA ", "الإِبْلَاغ", "Kiswahili  sanifu"]:
        once = normalise_answer(text)
        assert normalise_answer(once) == once


def test_percent():
    assert percent([Decimal(1), Decimal("0.5"), Decimal(0)], out_of=3) == Decimal("50.00")
    assert percent([Decimal("0.3333")] * 3, out_of=3) == Decimal("33.33")
    assert percent([], out_of=0) == Decimal(0)
