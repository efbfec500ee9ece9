"""The demo site: front page, course catalogue, two courses with a quiz
each and two awareness campaigns, in all four languages. Pages are created
once and then left alone, so a trainer's edits to the demo survive
``seed_demo`` running again."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from . import demo_campaigns, demo_courses, demo_quizzes
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
from .services import course_refresh_languages

LANGUAGES = ("en", "sw", "ar", "fr")

HOME = {
    "title": {
        "en": "Learning for a digital public service",
        "sw": "Mafunzo kwa utumishi wa umma wa kidijitali",
        "ar": "التعلّم من أجل خدمة عامة رقمية",
        "fr": "Apprendre pour un service public numérique",
    },
    "intro": {
        "en": "<p>Maarifa brings digital-literacy and cybersecurity-awareness training to every "
        "civil servant, in their own language, on any device.</p>",
        "sw": "<p>Maarifa inaleta mafunzo ya ujuzi wa kidijitali na uelewa wa usalama wa "
        "mtandao kwa kila mtumishi wa umma, kwa lugha yake, kwenye kifaa chochote.</p>",
        "ar": "<p>تقدّم «معارف» التدريب على المهارات الرقمية والتوعية بالأمن السيبراني لكل "
        "موظف في الخدمة العامة، بلغته، وعلى أي جهاز.</p>",
        "fr": "<p>Maarifa apporte à chaque fonctionnaire des formations au numérique et de "
        "sensibilisation à la cybersécurité, dans sa langue, sur tout appareil.</p>",
    },
    "call_to_action": {
        "en": "Sign in to start learning",
        "sw": "Ingia ili uanze kujifunza",
        "ar": "سجّل الدخول لتبدأ التعلّم",
        "fr": "Connectez-vous pour commencer",
    },
}


@transaction.atomic
def generate(*, seed: int = 42) -> HomePage:
    """Make a translated HomePage the root of the default site (idempotent)."""
    del seed
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(slug="maarifa")
        _apply(home)
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    elif _apply(home) or not home.live:
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Maarifa",
        )
    elif site.root_page_id != home.pk:
        welcome = site.root_page
        site.root_page, site.site_name = home, "Maarifa"
        site.save()
        # Wagtail's "Welcome to your new Wagtail site" page, now unreachable.
        if type(welcome.specific) is Page and not welcome.get_children().exists():
            welcome.delete()
    _generate_courses(home)
    _generate_campaigns(home)
    return home


def _translated(**fields: dict[str, object]) -> dict[str, object]:
    """{"title": {"en": …}} → {"title_en": …, "title_sw": …, …}"""
    values: dict[str, object] = {}
    for name, by_language in fields.items():
        if by_language is None:
            continue
        for language in LANGUAGES:
            values[f"{name}_{language}"] = by_language[language]
    return values


def _child(parent: Page, model: type[Page], slug: str, **values) -> tuple[Page, bool]:
    """The live child page with this slug, created and published if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, title=values["title_en"], **values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _generate_courses(home: HomePage) -> list[CoursePage]:
    categories = {}
    for spec in demo_courses.CATEGORIES:
        category, _ = CourseCategory.objects.get_or_create(
            slug=spec["slug"], defaults=_translated(name=spec["name"])
        )
        categories[spec["slug"]] = category

    spec = demo_courses.CATALOGUE
    catalogue, _ = _child(
        home, CourseIndexPage, spec["slug"], **_translated(title=spec["title"], intro=spec["intro"])
    )
    courses = []
    for spec in demo_courses.COURSES:
        course, created = _child(
            catalogue,
            CoursePage,
            spec["slug"],
            level=spec["level"],
            duration_minutes=spec["duration_minutes"],
            category=categories[spec["category"]],
            **_translated(
                title=spec["title"],
                summary=spec["summary"],
                objectives=spec["objectives"],
                audience=spec["audience"],
            ),
        )
        courses.append(course)
        if not created:
            if _generate_quiz(course):
                course_refresh_languages(course=course)
            continue
        for section_spec in spec["sections"]:
            parent = course
            if section_spec["slug"]:
                parent, _ = _child(
                    course,
                    CourseSectionPage,
                    section_spec["slug"],
                    **_translated(title=section_spec["title"], summary=section_spec["summary"]),
                )
            for lesson in section_spec["lessons"]:
                _child(
                    parent,
                    LessonPage,
                    lesson["slug"],
                    duration_minutes=lesson["duration_minutes"],
                    requires_previous=lesson["requires_previous"],
                    **_translated(title=lesson["title"], body=lesson["body"]),
                )
        _generate_quiz(course)
        course_refresh_languages(course=course)
    return courses


def _generate_quiz(course: CoursePage) -> bool:
    """Add the course's demo quiz at the end of the course, once."""
    spec = demo_quizzes.QUIZZES.get(course.slug)
    if spec is None or QuizPage.objects.descendant_of(course).exists():
        return False
    questions = [
        QuizQuestion(
            kind=question["kind"],
            scoring=question["scoring"],
            **_translated(text=question["text"], explanation=question["explanation"]),
            **{
                f"accepted_answers_{language}": "\n".join(
                    question["accepted_answers"].get(language, [])
                )
                for language in LANGUAGES
            },
            choices=[
                QuizChoice(
                    is_correct=choice["correct"],
                    **_translated(text=choice["text"], feedback=choice["feedback"]),
                )
                for choice in question["choices"]
            ],
        )
        for question in spec["questions"]
    ]
    settings = {
        name: spec[name]
        for name in (
            "pass_mark",
            "attempts_allowed",
            "time_limit_minutes",
            "min_wait_minutes",
            "show_answers",
            "questions_per_attempt",
            "shuffle_questions",
            "shuffle_choices",
            "required",
        )
    }
    _child(
        course,
        QuizPage,
        spec["slug"],
        questions=questions,
        **settings,
        **_translated(title=spec["title"], intro=spec["intro"]),
    )
    return True


def _generate_campaigns(home: HomePage) -> list[CampaignPage]:
    """The campaign list and the demo campaigns, running from two weeks ago
    for two months."""
    spec = demo_campaigns.INDEX
    index, _ = _child(
        home,
        CampaignIndexPage,
        spec["slug"],
        **_translated(title=spec["title"], intro=spec["intro"]),
    )
    today = timezone.localdate()
    campaigns = []
    for spec in demo_campaigns.CAMPAIGNS:
        campaign, created = _child(
            index,
            CampaignPage,
            spec["slug"],
            starts_on=today - datetime.timedelta(days=14),
            ends_on=today + datetime.timedelta(days=45),
            completion=spec["completion"],
            policy_version=spec["policy_version"],
            issues_certificate=spec["issues_certificate"],
            certificate_validity_months=spec["certificate_validity_months"],
            duration_minutes=spec["duration_minutes"],
            **_translated(
                title=spec["title"],
                key_message=spec["key_message"],
                summary=spec["summary"],
                body=spec["body"],
                acknowledgement_text=spec.get("acknowledgement_text"),
            ),
        )
        campaigns.append(campaign)
        if created and "quiz" in spec:
            _campaign_quiz(campaign, spec["quiz"])
        if created:
            course_refresh_languages(course=campaign)
    return campaigns


def _campaign_quiz(campaign: CampaignPage, spec: dict) -> None:
    questions = [
        QuizQuestion(
            kind=question["kind"],
            scoring="all_or_nothing",
            **_translated(text=question["text"]),
            choices=[
                QuizChoice(is_correct=correct, **_translated(text=text))
                for text, correct in question["choices"]
            ],
        )
        for question in spec["questions"]
    ]
    _child(
        campaign,
        QuizPage,
        spec["slug"],
        questions=questions,
        pass_mark=spec["pass_mark"],
        attempts_allowed=0,
        show_answers="after_passing",
        shuffle_choices=True,
        **_translated(title=spec["title"], intro=spec["intro"]),
    )


def _apply(home: HomePage) -> bool:
    """Set the demo text; say whether anything changed."""
    changed = False
    for field, by_language in HOME.items():
        for language, value in by_language.items():
            name = f"{field}_{language}"
            if getattr(home, name) != value:
                setattr(home, name, value)
                changed = True
    return changed
