from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from courses.forms import UnitChoiceField
from lms.selectors import units_visible_to

from . import codes


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("Printed under the QR code, e.g. 7KQ3-M9XD-2HWA."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def clean_code(self) -> str:
        try:
            return codes.normalise(self.cleaned_data["code"])
        except codes.InvalidCode as error:
            raise forms.ValidationError(str(error)) from None


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revoking"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Recorded with your name and the time. The holder and the public see only "
            "that it was revoked."
        ),
    )


class RerenderForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    refresh_name = forms.BooleanField(
        label=_("Use the name now in the person's profile"), required=False
    )


class _DepartmentPeriodForm(forms.Form):
    """A department the user is responsible for, and a period of issue dates."""

    unit = UnitChoiceField(
        label=_("Department"), queryset=None, help_text=_("Includes every unit below it.")
    )
    issued_from = forms.DateField(
        label=_("Issued from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    issued_to = forms.DateField(
        label=_("Issued until"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units_visible_to(user=user).order_by("path")

    def clean(self):
        data = super().clean()
        start, end = data.get("issued_from"), data.get("issued_to")
        if start and end and start > end:
            self.add_error("issued_to", _("The end date must be on or after the start date."))
        return data


class CertificateFilterForm(_DepartmentPeriodForm):
    """Narrow the admin's certificate list (GET); every field optional."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        help_text=_("Name, employee number or verification code."),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("", _("Any")),
            ("valid", _("Valid")),
            ("expired", _("Expired")),
            ("revoked", _("Revoked")),
            ("pending", _("Being prepared")),
            ("failed", _("Could not be prepared")),
        ],
    )
    field_order = ["q", "unit", "status", "issued_from", "issued_to"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("unit", "issued_from", "issued_to"):
            self.fields[name].required = False
        self.fields["unit"].empty_label = _("All my departments")


class ArchiveForm(_DepartmentPeriodForm):
    """Which certificates go into a bulk ZIP."""
