"""Writes about learning: enrolments, lessons, quiz attempts and completion.

Every caller (pages, the admin, ``seed_demo``, tests) goes through these
functions, so the same rules and locks apply everywhere. Failures a learner
can cause raise ``LearningError`` with a translated message.
"""

from .campaign import campaign_acknowledge, campaign_join
from .enrolment import (
    BulkEnrolmentResult,
    LearningError,
    enrolment_bulk_create,
    enrolment_check_completion,
    enrolment_create,
    enrolment_renew,
    enrolment_visit,
    enrolment_withdraw,
    lesson_complete,
    mark_complete,
    mark_started,
    record_completion,
    renewal_due,
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
    "campaign_acknowledge",
    "campaign_join",
    "enrolment_bulk_create",
    "enrolment_check_completion",
    "enrolment_create",
    "enrolment_renew",
    "enrolment_visit",
    "enrolment_withdraw",
    "lesson_complete",
    "mark_complete",
    "mark_started",
    "quiz_attempt_override",
    "quiz_attempt_save",
    "quiz_attempt_start",
    "quiz_attempt_submit",
    "quiz_attempts_grade_expired",
    "record_completion",
    "renewal_due",
]
