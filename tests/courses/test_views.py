"""Course and lesson pages, enrolment and completion through the browser's eyes."""

import pytest
from django.test import Client

from courses import services
from courses.models import Enrolment, LessonCompletion
from courses.progress import CourseOutline
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def lessons_of(course):
    return CourseOutline.for_course(course).lessons


def messages_in(response) -> str:
    return response.content.decode()


def test_anonymous_visitor_sees_the_course_and_is_asked_to_sign_in(client, course):
    html = client.get(course.url).content.decode()
    assert course.title in html and "Sign in to enrol" in html
    lesson = lessons_of(course)[0]
    response = client.get(lesson.url)
    assert response.status_code == 302 and "/accounts/login/" in response.headers["Location"]


def test_learner_enrols_from_the_course_page(client, learner, course):
    client.force_login(learner)
    assert "Enrol in this course" in client.get(course.url).content.decode()

    response = client.post(course.url + "enrol/", follow=True)
    html = response.content.decode()
    assert "You are enrolled" in html and "0% complete" in html and "Start the course" in html
    assert Enrolment.objects.filter(user=learner, course=course, status="active").exists()

    html = client.post(course.url + "enrol/", follow=True).content.decode()
    assert "already enrolled" in html
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_enrolment_and_completion_need_post_and_a_csrf_token(learner, course):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert client.get(course.url + "enrol/").status_code == 405
    assert client.post(course.url + "enrol/").status_code == 403
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    assert client.post(lesson.url + "complete/").status_code == 403
    assert not LessonCompletion.objects.exists()


def test_lessons_are_for_enrolled_learners(client, learner, course):
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    response = client.get(lesson.url, follow=True)
    assert "Enrol in this course to open its lessons" in response.content.decode()
    assert response.redirect_chain[-1][0] == course.url

    response = client.post(lesson.url + "complete/", follow=True)
    assert "You are not enrolled in this course" in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_marking_lessons_complete_moves_on_and_finishes_the_course(client, learner, course):
    client.force_login(learner)
    services.enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)

    response = client.post(lessons[0].url + "complete/")
    assert response.status_code == 302 and response.headers["Location"] == lessons[1].url
    html = client.get(course.url).content.decode()
    assert "25% complete" in html and "Continue where you left off" in html

    for lesson in lessons[1:]:
        response = client.post(lesson.url + "complete/", follow=True)
    html = response.content.decode()
    assert "Congratulations" in html and "100% complete" in html and "Completed on" in html
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_a_locked_lesson_says_why_and_changes_nothing(client, learner, locked_course):
    client.force_login(learner)
    services.enrolment_create(user=learner, course=locked_course)
    first, second, _ = lessons_of(locked_course)

    html = client.get(second.url).content.decode()
    assert "This lesson opens when you complete" in html
    assert "Body of lesson 2" not in html

    response = client.post(second.url + "complete/", follow=True)
    assert response.status_code == 200
    assert f"Complete “{first.title}” first" in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_a_lesson_that_does_not_exist_is_a_translated_404(client, learner, course):
    client.force_login(learner)
    response = client.post("/ar" + course.url[3:] + "no-such-lesson/complete/")
    assert response.status_code == 404
    assert 'lang="ar"' in response.content.decode()


def test_continue_link_leads_to_the_lesson_last_opened(client, learner, course):
    client.force_login(learner)
    services.enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)
    assert client.get(course.url + "continue/").headers["Location"] == lessons[0].url
    client.get(lessons[2].url)
    assert client.get(course.url + "continue/").headers["Location"] == lessons[2].url
    client.post(lessons[2].url + "complete/")
    assert client.get(course.url + "continue/").headers["Location"] == lessons[3].url


def test_withdrawing_from_the_page_keeps_progress(client, learner, course):
    client.force_login(learner)
    enrolment, _ = services.enrolment_create(user=learner, course=course)
    client.post(lessons_of(course)[0].url + "complete/")
    html = client.post(course.url + "withdraw/", follow=True).content.decode()
    assert "Your progress is kept" in html and "Enrol again" in html
    client.post(course.url + "enrol/")
    assert "25% complete" in client.get(course.url).content.decode()
    assert LessonCompletion.objects.filter(enrolment=enrolment).count() == 1


def test_my_learning_lists_courses_in_progress_and_completed(client, learner, catalogue, course):
    from tests.factories import build_course

    done = build_course(catalogue, slug="done", lessons=1, title="Finished course")
    services.enrolment_create(user=learner, course=course)
    enrolment, _ = services.enrolment_create(user=learner, course=done)
    services.lesson_complete(enrolment=enrolment, lesson=lessons_of(done)[0])
    someone_else = UserFactory()
    services.enrolment_create(user=someone_else, course=catalogue.get_children().first().specific)

    client.force_login(learner)
    html = client.get("/en/my-learning/").content.decode()
    in_progress, completed = html.split('id="completed-heading"')
    assert course.title in in_progress and "0% complete" in in_progress
    assert "0 of 4 required activities done" in in_progress
    assert "Finished course" in completed and "Completed on" in completed


def test_my_learning_needs_sign_in(client):
    response = client.get("/en/my-learning/")
    assert response.status_code == 302 and "/accounts/login/" in response.headers["Location"]


def test_signing_in_from_an_action_returns_to_the_page(client, course):
    response = client.post(course.url + "enrol/")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("?next=" + course.url)
