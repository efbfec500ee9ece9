"""django-q2 entry points: the services do the work."""

from . import services


def grade_expired_quiz_attempts() -> int:
    return services.quiz_attempts_grade_expired()
