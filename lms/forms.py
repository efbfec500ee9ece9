from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from .directory.reading import (
    ENCODING_CHOICES,
    UnreadableFile,
    check_extension,
    max_bytes,
    too_large_message,
)


class LoginForm(AuthenticationForm):
    """Email sign-in that tells a disabled account why it cannot sign in.

    Django's backend treats an inactive account like a wrong password; when
    the password is right we say the account is disabled, so the person knows
    to contact HR instead of resetting a password that is not the problem.
    """

    username = forms.EmailField(
        label=_("Email address"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )

    error_messages = {
        "invalid_login": _(
            "The email address or password is not correct. Note that the password is "
            "case-sensitive."
        ),
        "inactive": _(
            "This account has been disabled. Please contact your HR officer if you need access."
        ),
    }

    def clean(self):
        email = (self.cleaned_data.get("username") or "").strip().lower()
        password = self.cleaned_data.get("password")
        if email and password:
            user_model = get_user_model()
            disabled = user_model.objects.filter(email__iexact=email, is_active=False).first()
            if disabled is not None and disabled.check_password(password):
                raise forms.ValidationError(self.error_messages["inactive"], code="inactive")
            self.cleaned_data["username"] = email
        return super().clean()


class PreferredLanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)


class DirectoryImportForm(forms.Form):
    """Step 1 of the staff directory import: the file and how to read it."""

    file = forms.FileField(
        label=_("Directory file"),
        help_text=_(
            "CSV (.csv) or Excel workbook (.xlsx), with the column names in the first row."
        ),
    )
    encoding = forms.ChoiceField(
        label=_("Encoding of a CSV file"),
        choices=ENCODING_CHOICES,
        initial="auto",
        help_text=_(
            "Leave on “Detect automatically” unless names come out garbled in the preview."
        ),
    )
    deactivate_missing = forms.BooleanField(
        label=_("Deactivate people missing from the file"),
        required=False,
        help_text=_(
            "Everyone active with an employee number in the units you manage who is not in "
            "the file is deactivated. Use this only with the complete directory."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            check_extension(upload.name)
        except UnreadableFile as error:
            raise forms.ValidationError(error.message) from None
        # Checked before anything reads the file; Django has already streamed
        # a large upload to a temporary file rather than memory.
        if upload.size > max_bytes():
            raise forms.ValidationError(too_large_message())
        return upload
