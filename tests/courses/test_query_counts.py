"""Pages run a fixed number of queries, whatever the size of the data.

Each page is measured on a small and on a large data set (more lessons,
sections, enrolments, completions and people) and must run the same number
of queries, below a ceiling. Both data sets put lessons in sections: Wagtail
resolves a URL with one query per level of the page tree, which depends on
how deep a page sits, not on how much data there is.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.progress import CourseOutline
from tests.factories import UserFactory, build_catalogue, build_course

pytestmark = pytest.mark.django_db

CEILING = 25


def queries_for(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, catalogue link)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def build_world(home_page, *, name, lessons: int, sections: int, others: int, courses: int):
    catalogue = build_catalogue(home_page, slug=name)
    course = build_course(catalogue, slug="main", lessons=lessons, sections=sections)
    extra = [
        build_course(catalogue, slug=f"extra-{n}", lessons=lessons) for n in range(courses - 1)
    ]
    learner = UserFactory()
    enrolment, _ = services.enrolment_create(user=learner, course=course)
    outline = CourseOutline.for_course(course)
    for lesson in outline.lessons[: lessons // 2]:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    for other_course in extra:
        mine, _ = services.enrolment_create(user=learner, course=other_course)
        services.lesson_complete(
            enrolment=mine, lesson=CourseOutline.for_course(other_course).lessons[0]
        )
    for person in UserFactory.create_batch(others):
        theirs, _ = services.enrolment_create(user=person, course=course)
        services.lesson_complete(enrolment=theirs, lesson=outline.lessons[0])
    lesson = outline.lessons[lessons // 2]  # the first one not yet completed
    return learner, catalogue, course, lesson


@pytest.fixture(params=["course", "lesson", "dashboard", "catalogue"])
def page_kind(request):
    return request.param


def measure(client, home_page, kind, **size) -> int:
    learner, catalogue, course, lesson = build_world(home_page, **size)
    client.force_login(learner)
    url = {
        "course": course.url,
        "lesson": lesson.url,
        "dashboard": "/en/my-learning/",
        "catalogue": catalogue.url + "?q=Course&level=beginner",
    }[kind]
    return queries_for(client, url)


def test_query_count_does_not_grow_with_data(client, home_page, page_kind):
    small = measure(
        client, home_page, page_kind, name="small", lessons=2, sections=1, others=1, courses=1
    )
    large = measure(
        client, home_page, page_kind, name="large", lessons=16, sections=3, others=30, courses=8
    )
    assert small <= CEILING
    assert large == small
