"""Demo learning history: staff at different stages of the two demo courses,
with quiz attempts that pass and fail.

Created through the services, like real progress. A person who already has
an enrolment in a course is left as they are, so running again changes nothing.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from content.models import CampaignPage, CoursePage, QuestionKind, QuizPage
from lms.demo import demo_email
from lms.models import OrganisationUnit, User
from lms.selectors import staff_in_subtree

from . import services
from .models import Enrolment, QuizAttempt, RequirementAssignment, TrainingRequirement
from .progress import CourseOutline
from .services.compliance import assignments_sync, requirement_save

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
    requirements = generate_requirements()
    return {
        "enrolments": Enrolment.objects.count(),
        "attempts": QuizAttempt.objects.count(),
        **requirements,
    }


PHISHING = "spot-the-phish"
# Days since each person joined the ministry's audience for the security
# requirement (due 60 days after joining): Finance is overdue (and escalated
# to its director), the help desk is due soon, everyone else has time.
JOINED_DAYS_AGO = {
    **dict.fromkeys(["ousman", "mariama", "omar", "heba"], 90),
    **dict.fromkeys(["baraka", "awa", "rami"], 52),
}
DEFAULT_JOINED_DAYS_AGO = 20
# Passed the phishing campaign's quiz: some in ICT, some in the units the
# demo HR officer looks after.
PHISHING_PASSED = ["bwalya", "tariq", "salim", "mona", "zuhura", "lamin", "layla", "heba"]
# Completed the security course more than a year ago: the completion expired.
EXPIRED = "natasha"


def generate_requirements(*, today: datetime.date | None = None) -> dict[str, int]:
    """The ministry's mandatory training: the security course for everyone,
    due 60 days after joining and renewed every 12 months, and the running
    phishing campaign, due when it ends. Staff are spread over every status.
    Made once; running again changes nothing."""
    today = today or timezone.localdate()
    security = CoursePage.objects.live().filter(slug=SECURITY).first()
    campaign = CampaignPage.objects.live().filter(slug=PHISHING).first()
    admin = User.objects.filter(email=demo_email("admin")).first()
    if security is None or campaign is None or admin is None:
        return {"requirements": 0}
    if TrainingRequirement.objects.filter(item=security).exists():
        return {"requirements": TrainingRequirement.objects.count()}
    security_requirement = requirement_save(
        requirement=TrainingRequirement(
            item=security,
            everyone=True,
            due_rule=TrainingRequirement.DueRule.AFTER_JOINING,
            due_days=60,
            renewal_months=12,
        ),
        units=[],
        people=[],
        by=admin,
        today=today,
    )
    phishing_requirement = requirement_save(
        requirement=TrainingRequirement(
            item=campaign, everyone=True, due_on=max(campaign.ends_on, today)
        ),
        units=[],
        people=[],
        by=admin,
        today=today,
    )
    long_ago = timezone.now() - datetime.timedelta(days=400)
    Enrolment.objects.filter(
        user__email=demo_email(EXPIRED), course=security, completed_at__isnull=False
    ).update(enrolled_at=long_ago, started_at=long_ago, completed_at=long_ago)
    quiz = QuizPage.objects.live().child_of(campaign).first()
    for local in PHISHING_PASSED:
        person = User.objects.filter(email=demo_email(local)).first()
        if person is not None and quiz is not None:
            enrolment = services.campaign_join(user=person, campaign=campaign)
            _take(enrolment=enrolment, quiz=quiz, share=1.0)
    for requirement in (security_requirement, phishing_requirement):
        assignments_sync(requirement=requirement, today=today)
    joined = dict.fromkeys(_demo_locals(), DEFAULT_JOINED_DAYS_AGO) | JOINED_DAYS_AGO
    for local, days in joined.items():
        on = today - datetime.timedelta(days=days)
        RequirementAssignment.objects.filter(
            requirement=security_requirement, user__email=demo_email(local)
        ).update(assigned_on=on, due_on=security_requirement.due_for(on))
    return {"requirements": 2}


def _demo_locals() -> list[str]:
    from lms.demo import STAFF

    return [person[0] for person in STAFF]


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
