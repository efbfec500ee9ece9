"""Writes about learning: enrolments, lessons, quiz attempts and completion.

Every caller (pages, the admin, ``seed_demo``, tests) goes through these
functions, so the same rules and locks apply everywhere. Failures a learner
can cause raise ``LearningError`` with a translated message.
"""

from .enrolment import (
    BulkEnrolmentResult,
    LearningError,
    enrolment_bulk_create,
    enrolment_check_completion,
    enrolment_create,
    enrolment_visit,
    enrolment_withdraw,
    lesson_complete,
    record_completion,
)
from .quiz import (
    TimeUp,
    UnansweredQuestions,
    quiz_attempt_override,
    quiz_attempt_save,
    quiz_attempt_start,
    quiz_attempt_submit,
    quiz_attempts_grade_expired,
)

__all__ = [
    "BulkEnrolmentResult",
    "LearningError",
    "TimeUp",
    "UnansweredQuestions",
    "enrolment_bulk_create",
    "enrolment_check_completion",
    "enrolment_create",
    "enrolment_visit",
    "enrolment_withdraw",
    "lesson_complete",
    "quiz_attempt_override",
    "quiz_attempt_save",
    "quiz_attempt_start",
    "quiz_attempt_submit",
    "quiz_attempts_grade_expired",
    "record_completion",
]
