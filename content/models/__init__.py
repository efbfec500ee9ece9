"""Pages, snippets and inline models that trainers author in the Wagtail admin.

Every authored field is registered for translation in ``content/translation.py``;
readers see their language and fall back to English where a translation is
missing.
"""

from .campaigns import CampaignIndexPage, CampaignPage
from .courses import (
    CATALOGUE_PAGE_SIZE,
    LANGUAGE_CODES,
    CourseCategory,
    CourseIndexPage,
    CoursePage,
    CourseSectionPage,
    HomePage,
    LessonPage,
    TranslatedPageMixin,
)
from .quizzes import (
    MAX_TEXT_ANSWER_LENGTH,
    QuestionKind,
    QuizChoice,
    QuizPage,
    QuizQuestion,
    Scoring,
    ShowAnswers,
)

__all__ = [
    "CATALOGUE_PAGE_SIZE",
    "LANGUAGE_CODES",
    "MAX_TEXT_ANSWER_LENGTH",
    "CampaignIndexPage",
    "CampaignPage",
    "CourseCategory",
    "CourseIndexPage",
    "CoursePage",
    "CourseSectionPage",
    "HomePage",
    "LessonPage",
    "QuestionKind",
    "QuizChoice",
    "QuizPage",
    "QuizQuestion",
    "Scoring",
    "ShowAnswers",
    "TranslatedPageMixin",
]
