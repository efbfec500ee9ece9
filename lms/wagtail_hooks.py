from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import OrganisationUnit


class OrganisationUnitViewSet(SnippetViewSet):
    model = OrganisationUnit
    icon = "group"
    menu_label = _("Organisation")
    menu_order = 610
    add_to_settings_menu = True
    list_display = [
        "tree_label",
        "code",
        "kind",
    ]
    list_filter = ["kind"]
    search_fields = ["code", "name_en", "name_sw", "name_ar", "name_fr"]
    ordering = ["path"]
    list_per_page = 50
    panels = [
        FieldPanel("code"),
        FieldPanel("kind"),
        FieldPanel("parent"),
        MultiFieldPanel(
            [
                FieldPanel("name_en"),
                FieldPanel("name_sw"),
                FieldPanel("name_ar"),
                FieldPanel("name_fr"),
            ],
            heading=_("Name in each language"),
        ),
    ]


register_snippet(OrganisationUnitViewSet)
