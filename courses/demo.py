"""Demo learning history: staff at different stages of the two demo courses,
with quiz attempts that pass and fail.

Created through the services, like real progress. A person who already has
an enrolment in a course is left as they are, so running again changes nothing.
"""

from __future__ import annotations

from content.models import CoursePage, QuestionKind
from lms.demo import demo_email
from lms.models import OrganisationUnit, User
from lms.selectors import staff_in_subtree

from . import services
from .models import Enrolment, QuizAttempt
from .progress import CourseOutline

DIGITAL = "digital-literacy-basics"
SECURITY = "cybersecurity-awareness-essentials"

# person → {course slug: number of lessons completed, in order}
PROGRESS = {
    "learner": {DIGITAL: 2, SECURITY: 1},
    "bwalya": {DIGITAL: 4, SECURITY: 4},
    "natasha": {SECURITY: 4},
    "rashid": {DIGITAL: 4},
    "neema": {SECURITY: 2},
    "awa": {DIGITAL: 0},
    "yousef": {SECURITY: 3, DIGITAL: 1},
    "layla": {DIGITAL: 4},
    "mariama": {SECURITY: 0},
    "tariq": {SECURITY: 4},
}
# person → {course slug: share of quiz questions answered right, per attempt}.
# Only people who finished the lessons take the quiz.
ATTEMPTS = {
    "bwalya": {DIGITAL: [1.0], SECURITY: [0.5, 1.0]},
    "natasha": {SECURITY: [0.6, 0.7, 1.0]},
    "layla": {DIGITAL: [0.4, 0.9]},
    "rashid": {DIGITAL: [1.0]},
    "tariq": {SECURITY: [0.8]},
}
# The HR officer enrolled the whole Finance department in the security course.
BULK = {"hr": (SECURITY, "FIN")}


def generate(*, seed: int = 42) -> dict[str, int]:
    del seed  # the demo history is fixed
    courses = {c.slug: c for c in CoursePage.objects.live().filter(slug__in=[DIGITAL, SECURITY])}
    if len(courses) < 2:
        return {"enrolments": 0}
    outlines = {slug: CourseOutline.for_course(course) for slug, course in courses.items()}
    for local, plan in PROGRESS.items():
        person = User.objects.filter(email=demo_email(local)).first()
        if person is None:
            continue
        for slug, completed in plan.items():
            if Enrolment.objects.filter(user=person, course=courses[slug]).exists():
                continue
            enrolment, _ = services.enrolment_create(user=person, course=courses[slug])
            for lesson in outlines[slug].lessons[:completed]:
                services.lesson_complete(enrolment=enrolment, lesson=lesson)
            for share in ATTEMPTS.get(local, {}).get(slug, []):
                for quiz in outlines[slug].quizzes:
                    _take(enrolment=enrolment, quiz=quiz, share=share)
    for local, (slug, unit_code) in BULK.items():
        officer = User.objects.filter(email=demo_email(local)).first()
        unit = OrganisationUnit.objects.filter(code=unit_code).first()
        if officer and unit:
            staff = staff_in_subtree(unit=unit)
            services.enrolment_bulk_create(users=staff, course=courses[slug], enrolled_by=officer)
    return {"enrolments": Enrolment.objects.count(), "attempts": QuizAttempt.objects.count()}


def _take(*, enrolment: Enrolment, quiz, share: float) -> None:
    attempt, _ = services.quiz_attempt_start(enrolment=enrolment, quiz=quiz)
    services.quiz_attempt_submit(
        attempt=attempt, answers=sample_answers(attempt.questions, share), confirm_unanswered=True
    )


def sample_answers(questions: list[dict], share: float = 1.0) -> dict[str, list[str]]:
    """Answers as a form posts them: the first ``share`` of the frozen
    questions right, the rest wrong (for demo learners, tests and benchmarks)."""
    right = round(share * len(questions))
    answers = {}
    for number, question in enumerate(questions):
        good = number < right
        if question["kind"] == QuestionKind.SHORT_TEXT:
            answers[str(question["id"])] = [question["accepted"][0] if good else "?"]
            continue
        picked = [str(c["id"]) for c in question["choices"] if c["correct"] == good]
        if question["kind"] != QuestionKind.MULTIPLE:
            picked = picked[:1]
        answers[str(question["id"])] = picked
    return answers
