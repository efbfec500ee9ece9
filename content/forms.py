"""Forms readers fill in on content pages."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import CourseCategory, CoursePage


class CatalogueFilterForm(forms.Form):
    """The catalogue's search box and filters (GET; every field optional).

    Unknown values (a tampered or outdated link) are simply invalid, and the
    catalogue then shows every course rather than an error.
    """

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=CourseCategory.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=_("All categories"),
    )
    level = forms.ChoiceField(
        label=_("Level"),
        choices=[("", _("All levels")), *CoursePage.Level.choices],
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Available in"),
        choices=[("", _("Any language")), *settings.LANGUAGES],
        required=False,
    )

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data["q"].split())
