"""Cybersecurity-awareness campaigns and the page that lists them."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from ..blocks import LessonBodyBlock
from ..panels import TranslationStatusPanel
from .courses import CoursePage, TranslatedPageMixin, _search_fields_for


class CampaignIndexPage(TranslatedPageMixin, Page):
    """The list of awareness campaigns: running ones first, then coming and past."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.CampaignPage"]
    max_count = 1

    class Meta:
        verbose_name = _("campaign list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        campaigns = list(CampaignPage.objects.live().child_of(self).order_by("-starts_on", "pk"))
        context.update(
            running=[c for c in campaigns if c.starts_on <= today <= c.ends_on],
            coming=[c for c in reversed(campaigns) if c.starts_on > today],
            past=[c for c in campaigns if c.ends_on < today],
        )
        return context


class CampaignPage(CoursePage):
    """A cybersecurity-awareness campaign (phishing, passwords, data
    protection, incident reporting): a key message and a short body, open for
    a period, completed by acknowledging a policy or by passing a short quiz
    placed beneath it.

    A campaign is a kind of course, so enrolment, quizzes, completion,
    certificates and training requirements treat both alike. The course
    fields it does not need (objectives, category, level) stay empty.
    """

    is_campaign = True

    class Completion(models.TextChoices):
        ACKNOWLEDGE = "acknowledge", _("Read and acknowledge")
        QUIZ = "quiz", _("Pass the quiz")

    key_message = models.CharField(
        _("key message"),
        max_length=200,
        help_text=_("The one thing to remember, e.g. “Think before you click.”"),
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), use_json_field=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    completion = models.CharField(
        _("completed by"),
        max_length=20,
        choices=Completion.choices,
        default=Completion.ACKNOWLEDGE,
        help_text=_("For “Pass the quiz”, add a quiz beneath this campaign."),
    )
    policy_version = models.CharField(
        _("policy version"),
        max_length=50,
        blank=True,
        help_text=_("Recorded with each acknowledgement, e.g. “2026.1”."),
    )
    acknowledgement_text = models.CharField(
        _("acknowledgement"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the learner confirms. Empty: “I have read and understood this campaign.”"
        ),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("key_message"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("cover_image"),
        FieldPanel("duration_minutes"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")])],
            heading=_("Campaign period"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("completion"),
                FieldPanel("policy_version"),
                FieldPanel("acknowledgement_text"),
            ],
            heading=_("Completion"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("issues_certificate"),
                FieldPanel("certificate_validity_months"),
                FieldPanel("certificate_design"),
            ],
            heading=_("Certificate"),
        ),
    ]
    parent_page_types = ["content.CampaignIndexPage"]
    subpage_types = ["content.QuizPage"]
    search_fields = [*Page.search_fields, *_search_fields_for("title", "key_message", "summary")]

    class Meta:
        verbose_name = _("awareness campaign")

    def clean(self) -> None:
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The campaign must end on or after its start.")})
        if self.completion == self.Completion.ACKNOWLEDGE and not self.policy_version.strip():
            raise ValidationError(
                {"policy_version": _("Give the policy version that learners acknowledge.")}
            )

    def is_open(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.starts_on <= today <= self.ends_on

    @property
    def acknowledges(self) -> bool:
        return self.completion == self.Completion.ACKNOWLEDGE

    @path("")
    def index_route(self, request):
        from courses import campaign_views

        return campaign_views.campaign(request, self)

    @path("acknowledge/")
    def acknowledge_route(self, request):
        from courses import campaign_views

        return campaign_views.campaign_acknowledge(request, self)

    @path("take-quiz/")
    def take_quiz_route(self, request):
        from courses import campaign_views

        return campaign_views.campaign_take_quiz(request, self)
