"""Lesson completion, locking, and the course completion rules."""

import pytest

from courses import services
from courses.models import Enrolment, LessonCompletion
from courses.progress import CourseOutline, Progress, requirements_met
from courses.signals import course_completed
from tests.factories import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def completions():
    """Every ``course_completed`` signal sent during the test."""
    received = []

    def receiver(sender, enrolment, **kwargs):
        received.append(enrolment.pk)

    course_completed.connect(receiver, dispatch_uid="test-receiver")
    yield received
    course_completed.disconnect(dispatch_uid="test-receiver")


def enrol(user, course):
    return services.enrolment_create(user=user, course=course)[0]


def test_completing_a_lesson_twice_records_it_once(learner, course):
    enrolment = enrol(learner, course)
    lesson = CourseOutline.for_course(course).lessons[0]
    progress, _ = services.lesson_complete(enrolment=enrolment, lesson=lesson)
    first = LessonCompletion.objects.get(enrolment=enrolment, lesson=lesson).completed_at
    progress, _ = services.lesson_complete(enrolment=enrolment, lesson=lesson)
    assert LessonCompletion.objects.filter(enrolment=enrolment).count() == 1
    assert LessonCompletion.objects.get(enrolment=enrolment, lesson=lesson).completed_at == first
    assert (progress.required_done, progress.required_total, progress.percent) == (1, 4, 25)


def test_a_locked_lesson_cannot_be_completed(learner, locked_course):
    enrolment = enrol(learner, locked_course)
    first, second, _third = CourseOutline.for_course(locked_course).lessons
    with pytest.raises(services.LearningError, match="first"):
        services.lesson_complete(enrolment=enrolment, lesson=second)
    assert not LessonCompletion.objects.exists()

    services.lesson_complete(enrolment=enrolment, lesson=first)
    services.lesson_complete(enrolment=enrolment, lesson=second)
    assert LessonCompletion.objects.count() == 2


def test_only_an_active_enrolment_in_the_lessons_course_counts(learner, catalogue, course):
    other = build_course(catalogue, slug="other", lessons=1)
    enrolment = enrol(learner, course)
    foreign = CourseOutline.for_course(other).lessons[0]
    with pytest.raises(services.LearningError, match="not part"):
        services.lesson_complete(enrolment=enrolment, lesson=foreign)

    services.enrolment_withdraw(enrolment=enrolment)
    with pytest.raises(services.LearningError, match="not enrolled"):
        services.lesson_complete(
            enrolment=enrolment, lesson=CourseOutline.for_course(course).lessons[0]
        )
    assert not LessonCompletion.objects.exists()


def test_course_completion_is_recorded_once_and_announced_once(
    learner, course, completions, django_capture_on_commit_callbacks
):
    enrolment = enrol(learner, course)
    lessons = CourseOutline.for_course(course).lessons
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons[:-1]:
            _, done = services.lesson_complete(enrolment=enrolment, lesson=lesson)
            assert not done
        _, done = services.lesson_complete(enrolment=enrolment, lesson=lessons[-1])
    assert done
    completed_at = Enrolment.objects.get(pk=enrolment.pk).completed_at
    assert completed_at is not None
    assert completions == [enrolment.pk]

    with django_capture_on_commit_callbacks(execute=True):
        _, again = services.lesson_complete(enrolment=enrolment, lesson=lessons[-1])
        assert not services.enrolment_check_completion(enrolment=enrolment)
    assert not again
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at == completed_at
    assert completions == [enrolment.pk]


def test_optional_lessons_do_not_count_towards_completion(learner, course):
    lessons = CourseOutline.for_course(course).lessons
    lessons[-1].required = False
    lessons[-1].save()
    enrolment = enrol(learner, course)
    for lesson in lessons[:-1]:
        progress, done = services.lesson_complete(enrolment=enrolment, lesson=lesson)
    assert done and progress.percent == 100


def test_the_completion_rule():
    assert requirements_met(required_items=3, done_items=3)
    assert not requirements_met(required_items=3, done_items=2)
    # A course with nothing required yet cannot be "complete".
    assert not requirements_met(required_items=0, done_items=0)


def test_progress_locking_and_where_to_continue(learner, locked_course):
    outline = CourseOutline.for_course(locked_course)
    first, second, third = outline.lessons
    progress = Progress.of(outline, [])
    assert not progress.is_locked(first)
    assert progress.blocking_lesson(second) == first and progress.is_locked(third)
    assert progress.continue_lesson() == first

    progress = Progress.of(outline, [first.pk])
    assert not progress.is_locked(second) and progress.is_locked(third)
    assert progress.continue_lesson(last_lesson_id=first.pk) == second
    assert progress.percent == 33  # rounded down, never shows 100 % early

    done = Progress.of(outline, [first.pk, second.pk, third.pk])
    assert done.continue_lesson(last_lesson_id=third.pk) is None
    assert done.requirements_met and done.percent == 100


def test_lessons_in_sections_come_in_reading_order(catalogue):
    course = build_course(catalogue, slug="modules", lessons=4, sections=2)
    outline = CourseOutline.for_course(course)
    assert [lesson.slug for lesson in outline.lessons] == [
        "lesson-1",
        "lesson-2",
        "lesson-3",
        "lesson-4",
    ]
    groups = outline.groups()
    assert [section.slug for section, _ in groups] == ["section-1", "section-2"]
    assert [len(lessons) for _, lessons in groups] == [2, 2]
    assert outline.next(outline.lessons[1]) == outline.lessons[2]
