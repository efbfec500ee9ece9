"""Pages and blocks that trainers author in the Wagtail admin.

Every authored field is registered for translation in ``translation.py``;
readers see their language and fall back to English where a translation is
missing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import LessonBodyBlock


class HomePage(Page):
    """The site's front page: a welcome in each language and the way in."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A few sentences welcoming civil servants to the platform."),
    )
    call_to_action = models.CharField(
        _("call to action"),
        max_length=120,
        blank=True,
        help_text=_("Short text on the main button, e.g. “Start learning”."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("call_to_action")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.CourseIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class CourseCategory(models.Model):
    """A topic that groups courses in the catalogue, e.g. Cybersecurity."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True, allow_unicode=True)

    panels = [
        FieldPanel("slug"),
        FieldPanel("name_en"),
        FieldPanel("name_sw"),
        FieldPanel("name_ar"),
        FieldPanel("name_fr"),
    ]

    class Meta:
        verbose_name = _("course category")
        verbose_name_plural = _("course categories")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name


class CourseIndexPage(Page):
    """The course catalogue: lists the published courses beneath it."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")


class CoursePage(Page):
    """A course: its description for the catalogue, and its lessons as children."""

    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences for the catalogue.")
    )
    objectives = RichTextField(
        _("learning objectives"),
        features=["bold", "italic", "ul", "ol"],
        help_text=_("What a learner can do after the course, as a list."),
    )
    duration_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), help_text=_("Time to complete all lessons.")
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    category = models.ForeignKey(
        CourseCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="courses",
    )
    audience = models.CharField(
        _("audience"), max_length=200, blank=True, help_text=_("e.g. All staff, ICT officers.")
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    prerequisite = models.ForeignKey(
        "content.CoursePage",
        verbose_name=_("prerequisite course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A course to complete before enrolling in this one."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("duration_minutes"),
        FieldPanel("level"),
        FieldPanel("category"),
        FieldPanel("audience"),
        FieldPanel("cover_image"),
        FieldPanel("prerequisite"),
    ]
    parent_page_types = ["content.CourseIndexPage"]
    subpage_types = ["content.CourseSectionPage", "content.LessonPage"]

    class Meta:
        verbose_name = _("course")


class CourseSectionPage(Page):
    """An optional grouping of lessons inside a course (a module)."""

    summary = models.TextField(_("summary"), blank=True, max_length=400)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    parent_page_types = ["content.CoursePage"]
    subpage_types = ["content.LessonPage"]

    class Meta:
        verbose_name = _("course section")


class LessonPage(Page):
    """One lesson: a body of blocks that a learner reads and marks complete."""

    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), use_json_field=True)
    duration_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=10)
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Optional lessons do not count towards completing the course."),
    )
    requires_previous = models.BooleanField(
        _("requires the previous lesson"),
        default=False,
        help_text=_("Learners must complete the lesson before this one first."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("body"),
        FieldPanel("duration_minutes"),
        FieldPanel("required"),
        FieldPanel("requires_previous"),
    ]
    parent_page_types = ["content.CoursePage", "content.CourseSectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
