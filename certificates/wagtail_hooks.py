from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.permissions import PermissionMenuItem

from . import admin_views
from .models import CertificateDesign


class CertificateDesignViewSet(SnippetViewSet):
    model = CertificateDesign
    icon = "doc-full"
    menu_label = _("Certificate designs")
    menu_order = 250
    add_to_settings_menu = True
    list_display = ["name", "layout", "accent_colour"]
    search_fields = ["name"]


register_snippet(CertificateDesignViewSet)


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("certificates/", admin_views.certificate_list, name="certificates_admin_list"),
        path(
            "certificates/<int:pk>/",
            admin_views.certificate_detail,
            name="certificates_admin_detail",
        ),
        path(
            "certificates/archives/",
            admin_views.archive_list,
            name="certificates_archive_list",
        ),
        path(
            "certificates/archives/<int:pk>/",
            admin_views.archive_detail,
            name="certificates_archive_detail",
        ),
        path(
            "certificates/archives/<int:pk>/download/",
            admin_views.archive_download,
            name="certificates_archive_download",
        ),
        path(
            "certificates/archives/<int:pk>/retry/",
            admin_views.archive_retry,
            name="certificates_archive_retry",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return PermissionMenuItem(
        _("Certificates"),
        reverse("certificates_admin_list"),
        icon_name="doc-full",
        order=240,
        permission=admin_views.VIEW_PERMISSION,
    )
