"""Authoring: review before publishing, language completeness, English fallback."""

import pytest
from django.utils import translation
from wagtail.models import WorkflowState
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.models import LessonPage
from content.translation_status import language_statuses, missing_fields
from courses import services
from lms.roles import TRAINERS, TRAINING_LEADS
from tests.factories import UserFactory, build_catalogue, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    return build_course(build_catalogue(home_page), slug="security", lessons=2)


@pytest.fixture
def lesson(course) -> LessonPage:
    return LessonPage.objects.descendant_of(course).order_by("path").first()


def test_trainers_draft_and_submit_but_only_training_leads_publish(lesson):
    trainer = UserFactory(roles=[TRAINERS])
    lead = UserFactory(roles=[TRAINING_LEADS])
    assert lesson.permissions_for_user(trainer).can_edit()
    assert not lesson.permissions_for_user(trainer).can_publish()
    assert lesson.permissions_for_user(lead).can_publish()

    lesson.title_en = lesson.title = "Lesson 1, revised"
    lesson.save_revision(user=trainer)
    workflow = lesson.get_workflow()
    assert workflow is not None and workflow.name == "Course review"
    state = workflow.start(lesson, trainer)
    assert LessonPage.objects.get(pk=lesson.pk).title_en == "Lesson 1 [en]"  # not yet live

    task_state = state.current_task_state
    task = task_state.task.specific
    assert "approve" not in [name for name, *_ in task.get_actions(lesson, trainer)]
    assert "approve" in [name for name, *_ in task.get_actions(lesson, lead)]

    task.on_action(task_state, lead, "approve")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert LessonPage.objects.get(pk=lesson.pk).title_en == "Lesson 1, revised"
    assert lesson.revisions.count() >= 1


def test_language_status_lists_untranslated_fields(lesson):
    statuses = {s.code: s for s in language_statuses(lesson)}
    assert statuses["en"].complete
    assert not statuses["sw"].complete
    assert set(missing_fields(lesson, "sw")) == {"title", "body"}

    lesson.title_sw, lesson.body_sw = "Somo 1", [("paragraph", "<p>Maandishi</p>")]
    assert missing_fields(lesson, "sw") == []


def test_trainers_see_which_languages_are_complete_in_the_editor(client, lesson):
    lesson.title_ar = "الدرس"
    lesson.body_ar = [("paragraph", "<p>نص</p>")]
    lesson.save_revision().publish()
    client.force_login(UserFactory(roles=[TRAINERS]))
    html = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert 'data-language="ar" data-complete="true"' in html
    assert 'data-language="sw" data-complete="false"' in html


def test_untranslated_lessons_show_english_with_a_notice(client, course, lesson):
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    with translation.override("sw"):
        url = lesson.get_url()
    html = client.get(url).content.decode()
    assert "Body of lesson 1 [en]" in html
    assert 'class="translation-notice"' in html
    assert '<div class="lesson__body" lang="en" dir="ltr">' in html

    with translation.override("en"):
        english = client.get(lesson.get_url()).content.decode()
    assert 'class="translation-notice"' not in english


def test_course_categories_are_managed_in_the_admin(client):
    client.force_login(UserFactory(roles=[TRAINERS]))
    response = client.get("/admin/snippets/content/coursecategory/")
    assert response.status_code == 200


class TestPreview(WagtailPageTestCase):
    """Trainers preview lessons and courses from the editor before submitting."""

    def test_trainer_can_preview_a_course_and_a_lesson(self):
        from tests.conftest import make_home_page

        home = make_home_page()
        course = build_course(build_catalogue(home), slug="preview", lessons=1)
        trainer = UserFactory(roles=[TRAINERS])
        lesson = LessonPage.objects.descendant_of(course).first()
        self.assertPageIsPreviewable(course, user=trainer)
        body = streamfield([("paragraph", rich_text("<p>Draft text for review</p>"))])
        self.assertPageIsPreviewable(
            lesson,
            user=trainer,
            post_data=nested_form_data(
                {
                    "title_en": "Lesson draft",
                    "slug": lesson.slug,
                    "body_en": body,
                    **{f"body_{code}": streamfield([]) for code in ("sw", "ar", "fr")},
                    "duration_minutes": 10,
                    "required": "on",
                }
            ),
        )
