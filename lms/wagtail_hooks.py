from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import OrganisationUnit
from .permissions import PermissionMenuItem
from .views import directory_import


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


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("directory-import/", directory_import.upload, name="lms_directory_import"),
        path(
            "directory-import/template.csv",
            directory_import.template_csv,
            name="lms_directory_import_template",
        ),
        path(
            "directory-import/<slug:token>/",
            directory_import.preview,
            name="lms_directory_import_preview",
        ),
        path(
            "directory-import/<slug:token>/import/",
            directory_import.confirm,
            name="lms_directory_import_confirm",
        ),
    ]


@hooks.register("register_settings_menu_item")
def register_directory_import_menu_item():
    return PermissionMenuItem(
        _("Import staff directory"),
        reverse("lms_directory_import"),
        icon_name="upload",
        order=620,
        permission=directory_import.IMPORT_PERMISSION,
    )
