from modeltranslation.translator import TranslationOptions, register

from .models import (
    CampaignIndexPage,
    CampaignPage,
    CourseCategory,
    CourseIndexPage,
    CoursePage,
    CourseSectionPage,
    HomePage,
    LessonPage,
    QuizChoice,
    QuizPage,
    QuizQuestion,
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


@register(QuizPage)
class QuizPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(QuizQuestion)
class QuizQuestionTranslation(TranslationOptions):
    fields = ("text", "explanation", "accepted_answers")
    required_languages = ("en",)


@register(QuizChoice)
class QuizChoiceTranslation(TranslationOptions):
    fields = ("text", "feedback")
    required_languages = ("en",)


@register(CampaignIndexPage)
class CampaignIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(CampaignPage)
class CampaignPageTranslation(TranslationOptions):
    fields = ("key_message", "body", "acknowledgement_text")
