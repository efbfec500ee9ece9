import factory
import wagtail_factories
from django.contrib.auth.models import Group

from content.models import HomePage
from lms.models import OrganisationUnit, User
from lms.roles import LEARNERS

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class OrganisationUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrganisationUnit

    code = factory.Sequence(lambda n: f"UNIT-{n}")
    name_en = factory.Sequence(lambda n: f"Unit {n}")
    kind = OrganisationUnit.Kind.UNIT
    parent = None


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@ministry.example")
    full_name = factory.Faker("name")
    employee_number = factory.Sequence(lambda n: f"EMP-{n:05d}")
    job_title = "Officer"
    preferred_language = "en"
    unit = factory.SubFactory(OrganisationUnitFactory)
    password = factory.django.Password(DEFAULT_PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        names = {LEARNERS, *(extracted or ())}
        self.groups.add(*Group.objects.filter(name__in=names))


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Welcome"
    title_en = "Welcome"
    slug = "maarifa"


def build_course(
    parent,
    *,
    slug: str = "course",
    lessons: int = 4,
    sections: int = 0,
    requires_previous: bool = False,
    translated: tuple[str, ...] = ("en",),
    category=None,
    **course_fields,
):
    """A published course with ``lessons`` published lessons, spread over
    ``sections`` sections (or placed directly in the course). Every lesson
    after the first requires the previous one when ``requires_previous``."""
    from content.models import CourseCategory, CoursePage, CourseSectionPage, LessonPage

    if category is None:
        category, _ = CourseCategory.objects.get_or_create(
            slug="cybersecurity", defaults={"name_en": "Cybersecurity", "name_ar": "الأمن"}
        )

    def text(value: str) -> dict[str, str]:
        return {f"{name}_{code}": f"{value} [{code}]" for name in ("title",) for code in translated}

    title = course_fields.pop("title", f"Course {slug}")
    course = CoursePage(
        slug=slug,
        title=title,
        title_en=title,
        **{f"title_{c}": f"{title} [{c}]" for c in translated if c != "en"},
        **{f"summary_{c}": f"Summary of {title} [{c}]" for c in translated},
        **{f"objectives_{c}": f"<ul><li>Objective [{c}]</li></ul>" for c in translated},
        duration_minutes=course_fields.pop("duration_minutes", 10 * lessons),
        level=course_fields.pop("level", CoursePage.Level.BEGINNER),
        category=category,
        **course_fields,
    )
    parent.add_child(instance=course)
    course.save_revision().publish()
    parents = [course]
    if sections:
        parents = []
        for number in range(1, sections + 1):
            section = CourseSectionPage(slug=f"section-{number}", **text(f"Section {number}"))
            section.title = section.title_en
            course.add_child(instance=section)
            parents.append(section)
    for number in range(1, lessons + 1):
        lesson = LessonPage(
            slug=f"lesson-{number}",
            requires_previous=requires_previous and number > 1,
            **text(f"Lesson {number}"),
            **{
                f"body_{c}": [("paragraph", f"<p>Body of lesson {number} [{c}]</p>")]
                for c in translated
            },
        )
        lesson.title = lesson.title_en
        parents[(number - 1) * len(parents) // lessons].add_child(instance=lesson)
    return CoursePage.objects.get(pk=course.pk)


def build_catalogue(home_page, slug: str = "courses"):
    from content.models import CourseIndexPage

    catalogue = CourseIndexPage(slug=slug, title="Courses", title_en="Courses")
    home_page.add_child(instance=catalogue)
    return catalogue


# A question bank covering every kind; choices marked "*" are correct.
STANDARD_QUESTIONS = [
    ("single", "all_or_nothing", "Which is a strong password?", ["*correct horse battery", "1234"]),
    ("multiple", "partial", "Which are signs of a scam?", ["*Urgency", "*Odd sender", "Logo"]),
    ("multiple", "all_or_nothing", "Which lock a screen?", ["*Win+L", "*Ctrl+Cmd+Q", "Alt+F4"]),
    ("true_false", "all_or_nothing", "Report incidents at once.", ["*True", "False"]),
    ("short_text", "all_or_nothing", "Name the attack by fake email.", ["phishing", "التصيد"]),
]


def build_quiz(parent, slug: str = "quiz", questions=STANDARD_QUESTIONS, **settings):
    """A published quiz under ``parent``. Each question is (kind, scoring,
    text, choices); for short text the "choices" are the accepted answers."""
    from content.models import QuizChoice, QuizPage, QuizQuestion

    def question(kind, scoring, text, options):
        if kind == "short_text":
            return QuizQuestion(
                kind=kind, scoring=scoring, text_en=text, accepted_answers_en="\n".join(options)
            )
        return QuizQuestion(
            kind=kind,
            scoring=scoring,
            text_en=text,
            text_ar=f"{text} [ar]",
            explanation_en=f"Because of {text}",
            choices=[
                QuizChoice(
                    text_en=option.lstrip("*"),
                    is_correct=option.startswith("*"),
                    feedback_en=f"Feedback for {option.lstrip('*')}",
                )
                for option in options
            ],
        )

    settings.setdefault("shuffle_choices", False)
    quiz = QuizPage(
        slug=slug,
        title=f"Quiz {slug}",
        title_en=f"Quiz {slug}",
        questions=[question(*spec) for spec in questions],
        **settings,
    )
    parent.add_child(instance=quiz)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def right_answers(attempt, share: float = 1.0) -> dict[str, list[str]]:
    """Answers to an attempt's questions, the first ``share`` of them right."""
    from courses.demo import sample_answers

    return sample_answers(attempt.questions, share)


def build_campaign(home_page, slug: str = "phishing", *, quiz: bool = False, **fields):
    """A published awareness campaign (with its list page, made if needed),
    open today unless ``starts_on``/``ends_on`` say otherwise. With
    ``quiz=True`` it is completed by a published quiz beneath it."""
    import datetime

    from django.utils import timezone

    from content.models import CampaignIndexPage, CampaignPage

    index = CampaignIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = home_page.add_child(
            instance=CampaignIndexPage(title="Campaigns", title_en="Campaigns", slug="campaigns")
        )
    today = timezone.localdate()
    fields.setdefault("starts_on", today - datetime.timedelta(days=10))
    fields.setdefault("ends_on", today + datetime.timedelta(days=20))
    fields.setdefault("issues_certificate", False)
    campaign = CampaignPage(
        title=f"Campaign {slug}",
        title_en=f"Campaign {slug}",
        slug=slug,
        summary_en="Spot and report phishing.",
        key_message_en="Think before you click.",
        key_message_ar="فكّر قبل أن تنقر.",
        body_en=[("paragraph", "<p>Phishing emails pretend to be someone you trust.</p>")],
        duration_minutes=5,
        completion=CampaignPage.Completion.QUIZ if quiz else CampaignPage.Completion.ACKNOWLEDGE,
        policy_version="" if quiz else "2026.1",
        **fields,
    )
    index.add_child(instance=campaign)
    campaign.save_revision().publish()
    if quiz:
        build_quiz(campaign, slug=f"{slug}-quiz", questions=STANDARD_QUESTIONS[:2], pass_mark=50)
    return CampaignPage.objects.get(pk=campaign.pk)
