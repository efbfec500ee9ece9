"""Quiz attempts through the services: freezing, saving, grading once, time
limits, attempt rules, course completion and grade overrides."""

import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from content.models import QuizChoice, QuizPage, QuizQuestion
from courses import quizzes, services
from courses.models import GradeOverride, QuizAttempt
from courses.progress import CourseOutline
from tests.factories import UserFactory, build_course, build_quiz, right_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(course):
    return build_quiz(course, pass_mark=60, attempts_allowed=3)


@pytest.fixture
def enrolment(learner, course):
    return services.enrolment_create(user=learner, course=course)[0]


def start(enrolment, quiz, **kwargs):
    return services.quiz_attempt_start(enrolment=enrolment, quiz=quiz, **kwargs)[0]


def finish_lessons(enrolment):
    for lesson in CourseOutline.for_course(enrolment.course).lessons:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)


def test_start_freezes_questions_so_later_edits_change_nothing(enrolment, quiz):
    attempt = start(enrolment, quiz)
    assert attempt.questions[0]["text"]["en"] == "Which is a strong password?"
    assert attempt.questions[0]["text"]["ar"] == "Which is a strong password? [ar]"
    assert [c["correct"] for c in attempt.questions[0]["choices"]] == [True, False]
    assert attempt.pass_mark == 60 and attempt.number == 1

    question = QuizQuestion.objects.filter(page=quiz).first()
    question.text_en = "Rewritten"
    question.save()
    QuizChoice.objects.filter(question=question).update(is_correct=False)
    attempt.refresh_from_db()
    assert attempt.questions[0]["text"]["en"] == "Which is a strong password?"
    assert attempt.questions[0]["choices"][0]["correct"] is True


def test_pool_draws_n_distinct_questions_and_shuffles_choices(course):
    quiz = build_quiz(course, questions_per_attempt=3, shuffle_choices=True)
    orders, drawn = set(), set()
    for seed in range(30):
        questions = quizzes.draw_questions(quiz, rng=random.Random(seed))
        assert len(questions) == 3 and len({q["id"] for q in questions}) == 3
        drawn.update(q["id"] for q in questions)
        multiple = next((q for q in questions if q["kind"] == "multiple"), None)
        if multiple:
            orders.add(tuple(c["id"] for c in multiple["choices"]))
        true_false = next((q for q in questions if q["kind"] == "true_false"), None)
        if true_false:  # True stays before False
            assert [c["text"]["en"] for c in true_false["choices"]] == ["True", "False"]
    assert len(drawn) == 5, "every question of the pool is drawn sometimes"
    assert len(orders) > 1, "choices are shuffled"


def test_starting_again_resumes_the_open_attempt(enrolment, quiz):
    first, created = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz)
    again, created_again = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz)
    assert created and not created_again and again.pk == first.pk
    assert QuizAttempt.objects.count() == 1


def test_answers_are_saved_page_by_page_and_graded_once(enrolment, quiz):
    attempt = start(enrolment, quiz)
    answers = right_answers(attempt)
    keys = list(answers)
    services.quiz_attempt_save(attempt=attempt, answers={k: answers[k] for k in keys[:2]})
    services.quiz_attempt_save(attempt=attempt, answers={k: answers[k] for k in keys[2:]})
    attempt.refresh_from_db()
    assert set(attempt.answers) == set(keys)

    graded, now = services.quiz_attempt_submit(attempt=attempt)
    assert now and graded.score == Decimal("100.00") and graded.passed
    again, now_again = services.quiz_attempt_submit(attempt=attempt, confirm_unanswered=True)
    assert not now_again and again.submitted_at == graded.submitted_at
    with pytest.raises(services.LearningError, match="already been submitted"):
        services.quiz_attempt_save(attempt=attempt, answers={keys[0]: []})


def test_scores_follow_each_question_kind(enrolment, quiz):
    attempt = start(enrolment, quiz)
    by_kind = {(q["kind"], q["scoring"]): q for q in attempt.questions}
    partial = by_kind[("multiple", "partial")]
    strict = by_kind[("multiple", "all_or_nothing")]
    text = by_kind[("short_text", "all_or_nothing")]
    answers = {
        str(partial["id"]): [str(partial["choices"][0]["id"])],  # one of two right: 0.5
        str(strict["id"]): [str(strict["choices"][0]["id"])],  # one of two right: 0
        str(text["id"]): ["  التَّصيُّد "],  # Arabic with diacritics and spaces: right
    }
    graded, _ = services.quiz_attempt_submit(
        attempt=attempt, answers=answers, confirm_unanswered=True
    )
    scores = graded.question_scores
    assert scores[str(partial["id"])] == "0.5000"
    assert scores[str(strict["id"])] == "0.0000"
    assert scores[str(text["id"])] == "1.0000"
    assert graded.score == Decimal("30.00") and graded.passed is False


@pytest.mark.parametrize(
    "make_answers, message",
    [
        (lambda a, q: {str(q["id"]): ["999999"]}, "not one of its choices"),
        (lambda a, q: {"424242": ["1"]}, "not in your attempt"),
        (lambda a, q: {str(q["id"]): ["abc"]}, "not one of its choices"),
        (lambda a, q: {str(q["id"]): [str(c["id"]) for c in q["choices"]]}, "only one answer"),
        (
            lambda a, q: {
                str(a.questions[0]["id"]): [str(a.questions[1]["choices"][0]["id"])],
            },
            "not one of its choices",
        ),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_stored(enrolment, quiz, make_answers, message):
    attempt = start(enrolment, quiz)
    single = attempt.questions[0]
    good = {str(attempt.questions[3]["id"]): [str(attempt.questions[3]["choices"][0]["id"])]}
    with pytest.raises(services.LearningError, match=message):
        services.quiz_attempt_save(
            attempt=attempt, answers={**good, **make_answers(attempt, single)}
        )
    attempt.refresh_from_db()
    assert attempt.answers == {}


def test_oversized_text_answer_is_refused(enrolment, quiz):
    attempt = start(enrolment, quiz)
    text = next(q for q in attempt.questions if q["kind"] == "short_text")
    with pytest.raises(services.LearningError, match="too long"):
        services.quiz_attempt_save(attempt=attempt, answers={str(text["id"]): ["x" * 501]})
    services.quiz_attempt_save(attempt=attempt, answers={str(text["id"]): ["x" * 500]})


def test_unanswered_questions_need_confirming(enrolment, quiz):
    attempt = start(enrolment, quiz)
    first = attempt.questions[0]
    with pytest.raises(services.UnansweredQuestions) as refused:
        services.quiz_attempt_submit(
            attempt=attempt, answers={str(first["id"]): [str(first["choices"][0]["id"])]}
        )
    assert refused.value.numbers == [2, 3, 4, 5]
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.IN_PROGRESS and attempt.answers == {}
    graded, _ = services.quiz_attempt_submit(attempt=attempt, confirm_unanswered=True)
    assert graded.score == Decimal("0.00")


def test_after_the_time_limit_the_attempt_is_graded_on_what_was_saved(enrolment, course):
    quiz = build_quiz(course, slug="timed", time_limit_minutes=10, pass_mark=50)
    begun = timezone.now() - timedelta(minutes=30)
    attempt = start(enrolment, quiz, now=begun)
    assert attempt.deadline == begun + timedelta(minutes=10)
    answers = right_answers(attempt)
    first = next(iter(answers))
    services.quiz_attempt_save(
        attempt=attempt, answers={first: answers[first]}, now=begun + timedelta(minutes=5)
    )
    within_grace = begun + timedelta(minutes=10, seconds=20)
    services.quiz_attempt_save(attempt=attempt, answers={first: answers[first]}, now=within_grace)
    with pytest.raises(services.TimeUp):
        services.quiz_attempt_save(attempt=attempt, answers=answers)

    graded, _ = services.quiz_attempt_submit(attempt=attempt, answers=answers)
    assert graded.late and graded.score == Decimal("20.00") and not graded.passed
    assert set(graded.answers) == {first}


def test_an_expired_open_attempt_is_graded_before_a_new_one_starts(enrolment, course):
    quiz = build_quiz(course, slug="timed", time_limit_minutes=5)
    old = start(enrolment, quiz, now=timezone.now() - timedelta(hours=1))
    new, created = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz)
    old.refresh_from_db()
    assert created and new.number == 2
    assert old.is_graded and old.late and old.score == Decimal("0.00")


def test_attempts_beyond_the_limit_are_refused(enrolment, course):
    quiz = build_quiz(course, slug="twice", attempts_allowed=2)
    for _ in range(2):
        services.quiz_attempt_submit(attempt=start(enrolment, quiz), confirm_unanswered=True)
    with pytest.raises(services.LearningError, match="used all 2 attempts"):
        start(enrolment, quiz)
    assert QuizAttempt.objects.filter(quiz=quiz).count() == 2


def test_the_minimum_wait_between_attempts_is_enforced(enrolment, course):
    quiz = build_quiz(course, slug="wait", min_wait_minutes=30)
    submitted = timezone.now() - timedelta(minutes=10)
    services.quiz_attempt_submit(
        attempt=start(enrolment, quiz, now=submitted - timedelta(minutes=1)),
        confirm_unanswered=True,
        now=submitted,
    )
    with pytest.raises(services.LearningError, match="try again in 20 minutes"):
        start(enrolment, quiz)
    assert start(enrolment, quiz, now=submitted + timedelta(minutes=31)).number == 2


def test_a_locked_quiz_cannot_start(enrolment, course):
    quiz = build_quiz(course, slug="last", requires_previous=True)
    with pytest.raises(services.LearningError, match="opens after it"):
        start(enrolment, quiz)
    finish_lessons(enrolment)
    assert start(enrolment, quiz).number == 1


def test_only_active_enrolments_take_quizzes(enrolment, quiz):
    services.enrolment_withdraw(enrolment=enrolment)
    with pytest.raises(services.LearningError, match="not enrolled"):
        start(enrolment, quiz)


def test_a_quiz_of_another_course_cannot_start(enrolment, catalogue):
    other = build_quiz(build_course(catalogue, slug="other", lessons=1))
    with pytest.raises(services.LearningError, match="not part of the course"):
        start(enrolment, other)


def test_passing_a_required_quiz_completes_the_course(enrolment, quiz):
    finish_lessons(enrolment)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None, "lessons alone do not complete the course"

    failed = start(enrolment, quiz)
    services.quiz_attempt_submit(attempt=failed, answers=right_answers(failed, 0.4))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None

    passed = start(enrolment, quiz)
    services.quiz_attempt_submit(attempt=passed, answers=right_answers(passed, 0.6))
    enrolment.refresh_from_db()
    assert enrolment.completed_at == QuizAttempt.objects.get(pk=passed.pk).submitted_at


def test_an_optional_quiz_does_not_hold_completion(enrolment, course):
    build_quiz(course, slug="practice", required=False)
    finish_lessons(enrolment)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_a_grade_override_is_recorded_and_can_complete_the_course(enrolment, quiz, trainer):
    finish_lessons(enrolment)
    attempt = start(enrolment, quiz)
    services.quiz_attempt_submit(attempt=attempt, answers=right_answers(attempt, 0.4))
    with pytest.raises(services.LearningError, match="reason"):
        services.quiz_attempt_override(attempt=attempt, score="70", reason=" ", by=trainer)
    for bad in ("101", "-1", "abc"):
        with pytest.raises(services.LearningError, match="between 0 and 100"):
            services.quiz_attempt_override(attempt=attempt, score=bad, reason="x", by=trainer)

    override = services.quiz_attempt_override(
        attempt=attempt, score="75", reason="Question 3 was ambiguous", by=trainer
    )
    attempt.refresh_from_db()
    assert (attempt.score, attempt.calculated_score, attempt.passed) == (
        Decimal("75.00"),
        Decimal("40.00"),
        True,
    )
    assert (override.previous_score, override.previous_passed, override.created_by) == (
        Decimal("40.00"),
        False,
        trainer,
    )
    assert GradeOverride.objects.count() == 1
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_an_open_attempt_cannot_be_overridden(enrolment, quiz, trainer):
    with pytest.raises(services.LearningError, match="submitted attempt"):
        services.quiz_attempt_override(
            attempt=start(enrolment, quiz), score="80", reason="x", by=trainer
        )


@pytest.mark.parametrize(
    "rule, allowed, results, visible",
    [
        ("never", 0, [True], False),
        ("after_passing", 0, [False], False),
        ("after_passing", 0, [False, True], True),
        ("after_last_attempt", 2, [False], False),
        ("after_last_attempt", 2, [False, False], True),
        ("after_last_attempt", 0, [False] * 5, False),
    ],
)
def test_when_answers_are_shown(enrolment, course, rule, allowed, results, visible):
    quiz = build_quiz(course, slug="rules", show_answers=rule, attempts_allowed=allowed)
    for passed in results:
        attempt = start(enrolment, quiz)
        share = 1.0 if passed else 0.0
        services.quiz_attempt_submit(
            attempt=attempt, answers=right_answers(attempt, share), confirm_unanswered=True
        )
    graded = list(QuizAttempt.objects.filter(quiz=quiz))
    standing = quizzes.QuizStanding(quiz=quiz, graded=graded, now=timezone.now())
    assert standing.answers_visible is visible


def test_other_learners_attempts_are_independent(course, quiz):
    one, two = UserFactory(), UserFactory()
    first = start(services.enrolment_create(user=one, course=course)[0], quiz)
    second = start(services.enrolment_create(user=two, course=course)[0], quiz)
    assert first.number == second.number == 1 and first.pk != second.pk
    assert QuizPage.objects.get(pk=quiz.pk).attempts.count() == 2


def test_abandoned_timed_attempts_are_graded_by_the_scheduled_task(
    enrolment, course, django_capture_on_commit_callbacks
):
    from django_q.models import Schedule

    from courses.tasks import grade_expired_quiz_attempts

    finish_lessons(enrolment)
    quiz = build_quiz(course, slug="timed", time_limit_minutes=10, pass_mark=50)
    begun = timezone.now() - timedelta(minutes=30)
    attempt = start(enrolment, quiz, now=begun)
    services.quiz_attempt_save(
        attempt=attempt, answers=right_answers(attempt), now=begun + timedelta(minutes=5)
    )
    other = UserFactory()
    current = start(services.enrolment_create(user=other, course=course)[0], quiz)

    with django_capture_on_commit_callbacks(execute=True):
        assert grade_expired_quiz_attempts() == 1
    attempt.refresh_from_db()
    enrolment.refresh_from_db()
    assert attempt.is_graded and attempt.late and attempt.passed
    assert enrolment.completed_at is not None  # the pass completed the course
    current.refresh_from_db()
    assert not current.is_graded  # still within its time
    assert grade_expired_quiz_attempts() == 0
    assert Schedule.objects.filter(func="courses.tasks.grade_expired_quiz_attempts").exists()
