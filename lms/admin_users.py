"""Wagtail's user admin, fitted to Maarifa's people: one full name, an
employee number, a unit, a line manager and a preferred language."""

from django import forms
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .models import OrganisationUnit, User
from .roles import LEARNERS

PERSON_FIELDS = [
    "full_name",
    "employee_number",
    "job_title",
    "preferred_language",
    "unit",
    "line_manager",
    "responsible_units",
]


class PersonFormMixin(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's base form declares first/last name; Maarifa stores one full name.
        self.fields.pop("first_name", None)
        self.fields.pop("last_name", None)
        self.fields["unit"].queryset = OrganisationUnit.objects.all()
        self.fields["line_manager"].queryset = User.objects.filter(is_active=True).only(
            "pk", "full_name", "email"
        )
        self.fields["responsible_units"].widget = forms.CheckboxSelectMultiple()
        self.fields["responsible_units"].queryset = OrganisationUnit.objects.all()

    def clean_employee_number(self):
        return (self.cleaned_data.get("employee_number") or "").strip() or None

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            from django.contrib.auth.models import Group

            user.groups.add(*Group.objects.filter(name=LEARNERS))
        return user


class PersonCreationForm(PersonFormMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = {"email", "is_superuser", "groups", *PERSON_FIELDS}


class PersonEditForm(PersonFormMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = {"email", "is_active", "is_superuser", "groups", *PERSON_FIELDS}


class UserViewSet(WagtailUserViewSet):
    template_prefix = "lms/admin/users/"

    def get_form_class(self, for_update=False):
        return PersonEditForm if for_update else PersonCreationForm
