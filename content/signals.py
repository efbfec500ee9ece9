"""Keep derived course data in step with publishing."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from wagtail.signals import page_published, page_unpublished

from lms.context_processors import INDEX_URL_KEY

from .models import (
    CampaignIndexPage,
    CampaignPage,
    CourseIndexPage,
    CoursePage,
    CourseSectionPage,
    LessonPage,
    QuizPage,
)
from .services import course_refresh_languages


def refresh_course_languages(sender, instance, **kwargs) -> None:
    course = instance if isinstance(instance, CoursePage) else None
    if course is None:
        course = CoursePage.objects.ancestor_of(instance).first()
    if course is not None:
        course_refresh_languages(course=course)


def forget_index_url(sender, instance, **kwargs) -> None:
    cache.delete_many(
        [
            INDEX_URL_KEY.format(model=sender.__name__, language=code)
            for code, _ in settings.LANGUAGES
        ]
    )


def connect() -> None:
    for index in (CourseIndexPage, CampaignIndexPage):
        for signal in (page_published, page_unpublished):
            signal.connect(
                forget_index_url,
                sender=index,
                dispatch_uid=f"maarifa-index-url-{signal is page_published}-{index.__name__}",
            )
    for model in (CoursePage, CampaignPage, CourseSectionPage, LessonPage, QuizPage):
        for signal in (page_published, page_unpublished):
            signal.connect(
                refresh_course_languages,
                sender=model,
                dispatch_uid=f"maarifa-languages-{signal is page_published}-{model.__name__}",
            )
