"""What learners do (``learning``) and what they must do (``compliance``)."""

from .compliance import (
    LATE_STATUSES,
    ComplianceStatus,
    ReminderDelivery,
    RequirementAssignment,
    TrainingRequirement,
    status_q,
)
from .learning import Enrolment, GradeOverride, LessonCompletion, QuizAttempt, QuizAttemptQuerySet

__all__ = [
    "LATE_STATUSES",
    "ComplianceStatus",
    "Enrolment",
    "GradeOverride",
    "LessonCompletion",
    "QuizAttempt",
    "QuizAttemptQuerySet",
    "ReminderDelivery",
    "RequirementAssignment",
    "TrainingRequirement",
    "status_q",
]
