"""Enrolment: self, twice, withdrawal with history kept, prerequisites, bulk."""

import pytest

from courses import services
from courses.models import Enrolment, LessonCompletion
from courses.progress import CourseOutline
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db


def test_self_enrolment_creates_one_active_enrolment(learner, course):
    enrolment, changed = services.enrolment_create(user=learner, course=course)
    assert changed and enrolment.is_active
    assert enrolment.method == Enrolment.Method.SELF and enrolment.enrolled_by is None


def test_enrolling_twice_is_harmless(learner, course):
    first, _ = services.enrolment_create(user=learner, course=course)
    second, changed = services.enrolment_create(user=learner, course=course)
    assert not changed and second.pk == first.pk
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_withdrawal_keeps_history_and_enrolling_again_picks_it_up(learner, course):
    enrolment, _ = services.enrolment_create(user=learner, course=course)
    first_lesson = CourseOutline.for_course(course).lessons[0]
    services.lesson_complete(enrolment=enrolment, lesson=first_lesson)

    services.enrolment_withdraw(enrolment=enrolment)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.WITHDRAWN and enrolment.withdrawn_at
    assert LessonCompletion.objects.filter(enrolment=enrolment).count() == 1

    again, changed = services.enrolment_create(user=learner, course=course)
    assert changed and again.pk == enrolment.pk and again.is_active
    assert again.withdrawn_at is None
    assert LessonCompletion.objects.filter(enrolment=again).count() == 1


def test_disabled_accounts_and_unpublished_courses_are_refused(course):
    with pytest.raises(services.LearningError):
        services.enrolment_create(user=UserFactory(is_active=False), course=course)
    course.unpublish()
    with pytest.raises(services.LearningError, match="not open"):
        services.enrolment_create(user=UserFactory(), course=course)
    assert not Enrolment.objects.exists()


def test_self_enrolment_needs_the_prerequisite_but_a_trainer_may_enrol_anyone(
    learner, trainer, catalogue, course
):
    advanced = build_course(catalogue, slug="advanced", lessons=1, prerequisite=course)
    with pytest.raises(services.LearningError, match="Complete"):
        services.enrolment_create(user=learner, course=advanced)
    assert not Enrolment.objects.filter(course=advanced).exists()

    enrolment, _ = services.enrolment_create(user=learner, course=advanced, enrolled_by=trainer)
    assert enrolment.method == Enrolment.Method.BULK and enrolment.enrolled_by == trainer

    other = UserFactory()
    basics, _ = services.enrolment_create(user=other, course=course)
    for lesson in CourseOutline.for_course(course).lessons:
        services.lesson_complete(enrolment=basics, lesson=lesson)
    assert services.enrolment_create(user=other, course=advanced)[1]


def test_bulk_enrolment_counts_new_returning_and_existing(trainer, course):
    new, returning, present = UserFactory(), UserFactory(), UserFactory()
    services.enrolment_create(user=present, course=course)
    gone, _ = services.enrolment_create(user=returning, course=course)
    services.enrolment_withdraw(enrolment=gone)

    result = services.enrolment_bulk_create(
        users=[new, returning, present], course=course, enrolled_by=trainer
    )
    assert (result.enrolled, result.reactivated, result.already_enrolled) == (1, 1, 1)
    assert Enrolment.objects.filter(course=course, status="active").count() == 3
    assert Enrolment.objects.get(user=new).enrolled_by == trainer

    again = services.enrolment_bulk_create(users=[new], course=course, enrolled_by=trainer)
    assert (again.enrolled, again.already_enrolled) == (0, 1)


def test_bulk_enrolment_runs_a_fixed_number_of_queries(
    trainer, course, django_assert_max_num_queries
):
    people = UserFactory.create_batch(60)
    with django_assert_max_num_queries(6):
        services.enrolment_bulk_create(users=people, course=course, enrolled_by=trainer)
    assert Enrolment.objects.filter(course=course).count() == 60
