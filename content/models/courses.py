"""The course catalogue: home page, catalogue, courses, sections and lessons."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from lms.pagination import paginate

from ..blocks import LessonBodyBlock
from ..panels import TranslationStatusPanel
from ..translation_status import missing_fields

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
CATALOGUE_PAGE_SIZE = 12


def _search_fields_for(*names: str) -> list[index.SearchField]:
    """A search field per language, so a search in any language finds the page."""
    return [
        index.SearchField(f"{name}_{code}", boost=2 if name == "title" else 1)
        for name in names
        for code in LANGUAGE_CODES
    ]


class TranslatedPageMixin:
    """Tells templates which fields fall back to English in the reader's language."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["untranslated_fields"] = missing_fields(self, get_language())
        return context


class HomePage(TranslatedPageMixin, Page):
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

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("call_to_action"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.CourseIndexPage", "content.CampaignIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class CourseCategory(models.Model):
    """A topic that groups courses in the catalogue, e.g. Cybersecurity."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True, allow_unicode=True)

    panels = [
        TranslationStatusPanel(),
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


class CourseIndexPage(TranslatedPageMixin, Page):
    """The course catalogue: lists the published courses beneath it."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from ..forms import CatalogueFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None)
        courses = CoursePage.objects.live().child_of(self).select_related("category")
        query = ""
        if form.is_valid():
            data = form.cleaned_data
            query = data["q"]
            if data["category"]:
                courses = courses.filter(category=data["category"])
            if data["level"]:
                courses = courses.filter(level=data["level"])
            if data["language"]:
                courses = courses.filter(available_languages__contains=data["language"])
        if query:
            ranked = [
                page.pk for page in CoursePage.objects.live().child_of(self).search(query)[:500]
            ]
            courses = courses.filter(pk__in=ranked).order_by(
                Case(
                    *[When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ranked)],
                    output_field=IntegerField(),
                )
            )
        else:
            courses = courses.order_by("title")
        page_obj, filter_query = paginate(request, courses, CATALOGUE_PAGE_SIZE)
        context.update(
            form=form,
            query=query,
            page_obj=page_obj,
            courses=page_obj.object_list,
            filter_query=filter_query,
        )
        return context


class CoursePage(TranslatedPageMixin, RoutablePageMixin, Page):
    """A course: its description for the catalogue, and its lessons as children.

    Learners enrol, withdraw and continue through sub-URLs of this page; the
    handlers live in ``courses.page_views``.
    """

    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences for the catalogue.")
    )
    # Blank at the database level only because campaigns (a kind of course)
    # have none; ``clean`` requires them of courses.
    objectives = RichTextField(
        _("learning objectives"),
        blank=True,
        features=["bold", "italic", "ul", "ol"],
        help_text=_("What a learner can do after the course, as a list."),
    )
    duration_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), help_text=_("Time to complete all lessons.")
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.BEGINNER
    )
    category = models.ForeignKey(
        CourseCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
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
    issues_certificate = models.BooleanField(
        _("issues a certificate"),
        default=True,
        help_text=_("Learners who complete the course receive a PDF certificate."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        help_text=_("For training that must be renewed. Leave empty if it never expires."),
    )
    certificate_design = models.ForeignKey(
        "certificates.CertificateDesign",
        verbose_name=_("certificate design"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for the organisation's standard certificate."),
    )
    # Kept up to date when the course or one of its lessons is published.
    available_languages = models.CharField(
        _("available languages"), max_length=40, default="en", editable=False
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("duration_minutes"),
        FieldPanel("level"),
        FieldPanel("category"),
        FieldPanel("audience"),
        FieldPanel("cover_image"),
        FieldPanel("prerequisite"),
        MultiFieldPanel(
            [
                FieldPanel("issues_certificate"),
                FieldPanel("certificate_validity_months"),
                FieldPanel("certificate_design"),
            ],
            heading=_("Certificate"),
        ),
    ]
    parent_page_types = ["content.CourseIndexPage"]
    subpage_types = ["content.CourseSectionPage", "content.LessonPage", "content.QuizPage"]
    search_fields = [
        *Page.search_fields,
        *_search_fields_for("title", "summary", "objectives", "audience"),
        index.FilterField("level"),
        index.FilterField("category"),
    ]

    is_campaign = False

    class Meta:
        verbose_name = _("course")

    def clean(self) -> None:
        super().clean()
        if self.is_campaign:
            return
        errors = {}
        if not self.category_id:
            errors["category"] = _("Choose a category.")
        if not (self.objectives_en or "").strip():
            errors["objectives_en"] = _("List what a learner can do after the course.")
        if errors:
            raise ValidationError(errors)

    @property
    def language_codes(self) -> list[str]:
        return self.available_languages.split()

    @path("")
    def index_route(self, request):
        from courses import page_views

        return page_views.course(request, self)

    @path("enrol/")
    def enrol_route(self, request):
        from courses import page_views

        return page_views.course_enrol(request, self)

    @path("withdraw/")
    def withdraw_route(self, request):
        from courses import page_views

        return page_views.course_withdraw(request, self)

    @path("renew/")
    def renew_route(self, request):
        from courses import page_views

        return page_views.course_renew(request, self)

    @path("continue/")
    def continue_route(self, request):
        from courses import page_views

        return page_views.course_continue(request, self)


class CourseSectionPage(TranslatedPageMixin, Page):
    """An optional grouping of lessons inside a course (a module)."""

    summary = models.TextField(_("summary"), blank=True, max_length=400)

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("summary")]
    parent_page_types = ["content.CoursePage"]
    subpage_types = ["content.LessonPage", "content.QuizPage"]

    class Meta:
        verbose_name = _("course section")


class LessonPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """One lesson: a body of blocks that a learner reads and marks complete."""

    is_quiz = False

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
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("body"),
        FieldPanel("duration_minutes"),
        FieldPanel("required"),
        FieldPanel("requires_previous"),
    ]
    parent_page_types = ["content.CoursePage", "content.CourseSectionPage"]
    subpage_types: list[str] = []
    search_fields = [*Page.search_fields, *_search_fields_for("title")]

    class Meta:
        verbose_name = _("lesson")

    @path("")
    def index_route(self, request):
        from courses import page_views

        return page_views.lesson(request, self)

    @path("complete/")
    def complete_route(self, request):
        from courses import page_views

        return page_views.lesson_complete(request, self)
