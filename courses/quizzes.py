"""Quiz rules that read but never write: freezing questions, checking and
grading answers, when a learner may start, and what a result may show.

Everything here works on an attempt's frozen questions (plain dicts), so a
page of questions, a result or a grade needs no query for the quiz's
current questions, and editing the quiz later changes none of them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from content.models import (
    MAX_TEXT_ANSWER_LENGTH,
    QuestionKind,
    QuizChoice,
    QuizPage,
    QuizQuestion,
    Scoring,
    ShowAnswers,
)

from . import scoring
from .models import QuizAttempt

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class AnswerError(ValueError):
    """Submitted answers that cannot be stored; the message is for the learner."""


def grace_period() -> timedelta:
    """How long after the time limit answers are still accepted (network delay)."""
    return timedelta(seconds=settings.MAARIFA_QUIZ_GRACE_SECONDS)


# Freezing ---------------------------------------------------------------------


def _texts(instance, field: str) -> dict[str, str]:
    return {code: getattr(instance, f"{field}_{code}") or "" for code in LANGUAGE_CODES}


def freeze_question(question: QuizQuestion, *, rng: random.Random, shuffle: bool) -> dict:
    """A question as an attempt keeps it: texts in every language, choices in
    the order this learner sees them, and what is correct."""
    choices = list(question.choices.all())
    if shuffle and question.kind != QuestionKind.TRUE_FALSE:
        rng.shuffle(choices)
    accepted = {
        line.strip()
        for code in LANGUAGE_CODES
        for line in (getattr(question, f"accepted_answers_{code}") or "").splitlines()
        if line.strip()
    }
    return {
        "id": question.pk,
        "kind": question.kind,
        "scoring": question.scoring,
        "text": _texts(question, "text"),
        "explanation": _texts(question, "explanation"),
        "accepted": sorted(accepted),
        "choices": [
            {
                "id": choice.pk,
                "text": _texts(choice, "text"),
                "feedback": _texts(choice, "feedback"),
                "correct": choice.is_correct,
            }
            for choice in choices
        ],
    }


def draw_questions(quiz: QuizPage, *, rng: random.Random | None = None) -> list[dict]:
    """Pick and order the questions of a new attempt: two queries whatever the
    size of the pool."""
    rng = rng or random.SystemRandom()
    # Authored order; pk breaks ties for questions made outside the admin's forms.
    pool = list(
        QuizQuestion.objects.filter(page=quiz)
        .order_by("sort_order", "pk")
        .prefetch_related(Prefetch("choices", QuizChoice.objects.order_by("sort_order", "pk")))
    )
    if quiz.questions_per_attempt and quiz.questions_per_attempt < len(pool):
        drawn = rng.sample(pool, quiz.questions_per_attempt)
        if not quiz.shuffle_questions:
            drawn.sort(key=lambda q: (q.sort_order or 0, q.pk))
    else:
        drawn = pool
        if quiz.shuffle_questions:
            rng.shuffle(drawn)
    return [freeze_question(q, rng=rng, shuffle=quiz.shuffle_choices) for q in drawn]


def preview_questions(quiz: QuizPage) -> list[dict]:
    """Every question of a quiz as drafted (unsaved questions included), in
    authored order and unshuffled, for a trainer's preview."""
    questions = sorted(quiz.questions.all(), key=lambda q: (q.sort_order or 0, q.pk or 0))
    return [freeze_question(q, rng=random.Random(0), shuffle=False) for q in questions]


# Answers and grades -----------------------------------------------------------


def clean_answers(questions: list[dict], raw: Mapping[str, Iterable[str]]) -> dict[str, object]:
    """Check answers posted for some of an attempt's questions.

    ``raw`` maps a question id (as text) to the values posted for it. Returns
    answers ready to store: a list of choice ids, or a text; an empty value
    means "not answered". Raises ``AnswerError`` if any answer is for another
    question, names a choice of another question, gives several choices to a
    one-choice question, or is too long; then nothing must be stored.
    """
    by_id = {str(question["id"]): (number, question) for number, question in _numbered(questions)}
    cleaned: dict[str, object] = {}
    for key, values in raw.items():
        if key not in by_id:
            raise AnswerError(_("An answer was sent for a question that is not in your attempt."))
        number, question = by_id[key]
        values = [value for value in values if value != ""]
        if question["kind"] == QuestionKind.SHORT_TEXT:
            if len(values) > 1:
                raise AnswerError(_("Question %(number)s takes one answer.") % {"number": number})
            text = values[0].strip() if values else ""
            if len(text) > MAX_TEXT_ANSWER_LENGTH:
                raise AnswerError(
                    _(
                        "Your answer to question %(number)s is too long: at most %(limit)s "
                        "characters."
                    )
                    % {"number": number, "limit": MAX_TEXT_ANSWER_LENGTH}
                )
            cleaned[key] = text
            continue
        allowed = {choice["id"] for choice in question["choices"]}
        try:
            chosen = sorted({int(value) for value in values})
        except (TypeError, ValueError):
            chosen = None
        if chosen is None or not set(chosen) <= allowed:
            raise AnswerError(
                _("An answer to question %(number)s is not one of its choices.")
                % {"number": number}
            )
        if question["kind"] != QuestionKind.MULTIPLE and len(chosen) > 1:
            raise AnswerError(_("Question %(number)s takes only one answer.") % {"number": number})
        cleaned[key] = chosen
    return cleaned


def _numbered(questions: list[dict]):
    return enumerate(questions, start=1)


def is_answered(value: object) -> bool:
    return bool(value.strip()) if isinstance(value, str) else bool(value)


def unanswered_numbers(questions: list[dict], answers: Mapping[str, object]) -> list[int]:
    return [
        number
        for number, question in _numbered(questions)
        if not is_answered(answers.get(str(question["id"])))
    ]


def score_question(question: dict, answer: object) -> Decimal:
    kind = question["kind"]
    if kind == QuestionKind.SHORT_TEXT:
        return scoring.score_short_text(
            answer=answer if isinstance(answer, str) else "", accepted=question["accepted"]
        )
    chosen = answer if isinstance(answer, list) else []
    correct = [choice["id"] for choice in question["choices"] if choice["correct"]]
    if kind == QuestionKind.MULTIPLE:
        if question["scoring"] == Scoring.PARTIAL:
            return scoring.score_multiple_partial(
                chosen=chosen,
                correct=correct,
                choices=[choice["id"] for choice in question["choices"]],
            )
        return scoring.score_multiple_all_or_nothing(chosen=chosen, correct=correct)
    return scoring.score_single(
        chosen=chosen[0] if len(chosen) == 1 else None, correct=correct[0] if correct else None
    )


def grade(questions: list[dict], answers: Mapping[str, object]) -> tuple[dict[str, str], Decimal]:
    """Score per question (as text, for JSON) and the total as a percentage."""
    scores = {str(q["id"]): score_question(q, answers.get(str(q["id"]))) for q in questions}
    total = scoring.percent(scores.values(), out_of=len(questions))
    return {key: str(value.quantize(scoring.PLACES)) for key, value in scores.items()}, total


# When a learner may start, and what they may see ------------------------------


@dataclass(frozen=True)
class QuizStanding:
    """A learner's position on a quiz, from their graded attempts."""

    quiz: QuizPage
    graded: list[QuizAttempt]
    now: datetime

    @property
    def used(self) -> int:
        return len(self.graded)

    @property
    def remaining(self) -> int | None:
        if self.quiz.unlimited_attempts:
            return None
        return max(self.quiz.attempts_allowed - self.used, 0)

    @property
    def passed(self) -> bool:
        return any(attempt.passed for attempt in self.graded)

    @property
    def best_score(self) -> Decimal | None:
        scores = [attempt.score for attempt in self.graded if attempt.score is not None]
        return max(scores) if scores else None

    @property
    def next_start(self) -> datetime | None:
        """When the minimum wait after the last attempt ends, if it has not yet."""
        if not self.quiz.min_wait_minutes or not self.graded:
            return None
        last = max(attempt.submitted_at for attempt in self.graded if attempt.submitted_at)
        ready = last + timedelta(minutes=self.quiz.min_wait_minutes)
        return ready if ready > self.now else None

    def refusal(self) -> str | None:
        """Why a new attempt cannot start now, or ``None``."""
        if self.remaining == 0:
            return ngettext(
                "You have used your %(count)s attempt at this quiz.",
                "You have used all %(count)s attempts at this quiz.",
                self.quiz.attempts_allowed,
            ) % {"count": self.quiz.attempts_allowed}
        if self.next_start is not None:
            minutes = max(1, -(-int((self.next_start - self.now).total_seconds()) // 60))
            return ngettext(
                "You can try again in %(minutes)s minute.",
                "You can try again in %(minutes)s minutes.",
                minutes,
            ) % {"minutes": minutes}
        return None

    @property
    def answers_visible(self) -> bool:
        """Whether correct answers, feedback and explanations may be shown."""
        rule = self.quiz.show_answers
        if rule == ShowAnswers.AFTER_PASSING:
            return self.passed
        if rule == ShowAnswers.AFTER_LAST_ATTEMPT:
            return self.remaining == 0
        return False


def time_is_up(attempt: QuizAttempt, now: datetime) -> bool:
    """Past the time limit and its grace period: no more answers are accepted."""
    return attempt.deadline is not None and now > attempt.deadline + grace_period()


# Presenting an attempt -------------------------------------------------------


def _in(texts: Mapping[str, str], language: str) -> tuple[str, bool]:
    """The text in ``language``, or the English and ``True`` if it falls back."""
    text = texts.get(language) or ""
    if text.strip():
        return text, False
    return texts.get(settings.MODELTRANSLATION_DEFAULT_LANGUAGE, ""), language != "en"


@dataclass
class ChoiceView:
    id: int
    text: str
    fallback: bool
    chosen: bool
    correct: bool | None  # None while answers are hidden
    feedback: str


@dataclass
class QuestionView:
    number: int
    id: int
    kind: str
    text: str
    fallback: bool
    choices: list[ChoiceView]
    text_answer: str
    score: Decimal | None
    explanation: str
    accepted: list[str]

    @property
    def field_name(self) -> str:
        return f"q-{self.id}"

    @property
    def multiple(self) -> bool:
        return self.kind == QuestionKind.MULTIPLE

    @property
    def is_text(self) -> bool:
        return self.kind == QuestionKind.SHORT_TEXT

    @property
    def outcome(self) -> str | None:
        if self.score is None:
            return None
        if self.score >= 1:
            return "correct"
        return "partial" if self.score > 0 else "incorrect"


def _choice_view(choice: dict, language: str, *, chosen: bool, reveal: bool) -> ChoiceView:
    text, fallback = _in(choice["text"], language)
    return ChoiceView(
        id=choice["id"],
        text=text,
        fallback=fallback,
        chosen=chosen,
        correct=choice["correct"] if reveal else None,
        feedback=_in(choice["feedback"], language)[0] if reveal and chosen else "",
    )


def question_views(
    attempt: QuizAttempt,
    *,
    language: str,
    numbers: Iterable[int] | None = None,
    reveal: bool = False,
    show_scores: bool = False,
) -> list[QuestionView]:
    """Questions of ``attempt`` as a template shows them, in ``language``.

    Unless ``reveal``, nothing says which choices are correct, no feedback and
    no explanation is included: these views are all a template ever gets.
    """
    wanted = set(numbers) if numbers is not None else None
    views = []
    for number, question in _numbered(attempt.questions):
        if wanted is not None and number not in wanted:
            continue
        answer = attempt.answers.get(str(question["id"]))
        chosen = set(answer) if isinstance(answer, list) else set()
        text, fallback = _in(question["text"], language)
        score = attempt.question_scores.get(str(question["id"])) if show_scores else None
        views.append(
            QuestionView(
                number=number,
                id=question["id"],
                kind=question["kind"],
                text=text,
                fallback=fallback,
                choices=[
                    _choice_view(choice, language, chosen=choice["id"] in chosen, reveal=reveal)
                    for choice in question["choices"]
                ],
                text_answer=answer if isinstance(answer, str) else "",
                score=Decimal(score) if score is not None else None,
                explanation=_in(question["explanation"], language)[0] if reveal else "",
                accepted=question["accepted"] if reveal else [],
            )
        )
    return views


def page_count(attempt: QuizAttempt, per_page: int) -> int:
    return max(1, -(-len(attempt.questions) // max(per_page, 1)))


def page_numbers(attempt: QuizAttempt, page: int, per_page: int) -> range:
    """Question numbers (1-based) on page ``page`` (1-based)."""
    first = (page - 1) * per_page + 1
    return range(first, min(first + per_page, len(attempt.questions) + 1))
