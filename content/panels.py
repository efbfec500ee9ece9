"""Admin panels for authored content."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class TranslationStatusPanel(Panel):
    """Shows trainers, at the top of the edit form, which languages of this
    page are complete and which fields still need translating (as last saved)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Languages"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return "translation_status"

    class BoundPanel(Panel.BoundPanel):
        template_name = "content/admin/translation_status_panel.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            from .translation_status import language_statuses

            context = super().get_context_data(parent_context)
            context["statuses"] = language_statuses(self.instance)
            return context
