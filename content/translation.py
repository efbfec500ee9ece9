from modeltranslation.translator import TranslationOptions, register

from .models import (
    CourseCategory,
    CourseIndexPage,
    CoursePage,
    CourseSectionPage,
    HomePage,
    LessonPage,
)


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro", "call_to_action")


@register(CourseCategory)
class CourseCategoryTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(CourseIndexPage)
class CourseIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(CoursePage)
class CoursePageTranslation(TranslationOptions):
    fields = ("summary", "objectives", "audience")


@register(CourseSectionPage)
class CourseSectionPageTranslation(TranslationOptions):
    fields = ("summary",)


@register(LessonPage)
class LessonPageTranslation(TranslationOptions):
    fields = ("body",)
