"""Pages and blocks that trainers author in the Wagtail admin.

Every authored field is registered for translation in ``translation.py``;
readers see their language and fall back to English where a translation is
missing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


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
    max_count = 1

    class Meta:
        verbose_name = _("home page")
