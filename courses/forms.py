"""Forms for enrolling people, training requirements and the compliance list."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.models import CoursePage
from lms.models import OrganisationUnit, User
from lms.selectors import people_visible_to, staff_in_subtree, units_visible_to

from .imports import UnreadableFile, read_employee_numbers_csv, read_pasted_people, resolve_people
from .models import ComplianceStatus, TrainingRequirement
from .selectors import (
    PeopleFilter,
    people_enrollable_by,
    requirements_visible_to,
    units_enrollable_by,
)


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: CoursePage) -> str:
        return obj.title


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: OrganisationUnit) -> str:
        return obj.tree_label()


class BulkEnrolmentForm(forms.Form):
    """Enrol a unit (with everything below it), a pasted list, or a CSV file.

    ``clean`` turns the chosen source into ``self.people``; any bad row makes
    the whole form invalid, so nobody is enrolled from a partly wrong list.
    """

    SOURCES = [
        ("unit", gettext_lazy("Everyone in a department or unit, including the units below it")),
        ("list", gettext_lazy("A list of people")),
        ("file", gettext_lazy("A CSV file of employee numbers")),
    ]

    course = CourseChoiceField(label=gettext_lazy("Course"), queryset=CoursePage.objects.none())
    source = forms.ChoiceField(
        label=gettext_lazy("Who to enrol"), choices=SOURCES, widget=forms.RadioSelect
    )
    unit = UnitChoiceField(
        label=gettext_lazy("Department or unit"),
        queryset=OrganisationUnit.objects.none(),
        required=False,
    )
    people = forms.CharField(
        label=gettext_lazy("People"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=200_000,
        help_text=gettext_lazy("One email address or employee number per line."),
    )
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        required=False,
        help_text=gettext_lazy(
            "UTF-8 CSV, up to 2 MB, with a header row naming an “employee_number” column."
        ),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.people: list[User] = []
        self.duplicates = 0
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")
        self.fields["unit"].queryset = units_enrollable_by(user=user).order_by("path")

    def clean(self):
        data = super().clean()
        source = data.get("source")
        allowed = people_enrollable_by(user=self.user)
        if source == "unit":
            unit = data.get("unit")
            if unit is None:
                self.add_error("unit", _("Choose a department or unit."))
                return data
            self.people = list(staff_in_subtree(unit=unit).filter(pk__in=allowed.values("pk")))
            if not self.people:
                self.add_error("unit", _("Nobody with an active account works in this unit."))
            return data
        if source == "list":
            entries = read_pasted_people(data.get("people") or "")
            if not entries:
                self.add_error("people", _("Enter at least one person."))
                return data
            found = resolve_people(
                entries, allowed=allowed, by_email=True, row_label=_("Line %(row)s")
            )
        elif source == "file":
            upload = data.get("file")
            if upload is None:
                self.add_error("file", _("Choose a CSV file."))
                return data
            try:
                entries = read_employee_numbers_csv(upload)
            except UnreadableFile as error:
                self.add_error("file", str(error))
                return data
            found = resolve_people(
                entries, allowed=allowed, by_email=False, row_label=_("Row %(row)s")
            )
        else:
            return data
        if found.errors:
            raise ValidationError(found.errors)
        self.people, self.duplicates = found.people, found.duplicates
        return data


class QuizAttemptFilterForm(forms.Form):
    """Narrow a quiz's attempts by department, submission date and outcome (GET)."""

    OUTCOMES = [
        ("", gettext_lazy("Any outcome")),
        ("passed", gettext_lazy("Passed")),
        ("failed", gettext_lazy("Not passed")),
        ("in_progress", gettext_lazy("In progress")),
    ]

    unit = UnitChoiceField(
        label=gettext_lazy("Department or unit"),
        queryset=OrganisationUnit.objects.order_by("path"),
        required=False,
        empty_label=gettext_lazy("All departments"),
    )
    submitted_from = forms.DateField(
        label=gettext_lazy("Submitted from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    submitted_to = forms.DateField(
        label=gettext_lazy("Submitted until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    outcome = forms.ChoiceField(label=gettext_lazy("Outcome"), choices=OUTCOMES, required=False)

    def clean(self):
        data = super().clean()
        start, end = data.get("submitted_from"), data.get("submitted_to")
        if start and end and start > end:
            raise ValidationError(_("The start date is after the end date."))
        return data

    def filters(self) -> dict:
        """Keyword arguments for ``selectors.quiz_attempts_for``; none if invalid."""
        if not self.is_valid():
            return {}
        return {key: value for key, value in self.cleaned_data.items() if value}


class GradeOverrideForm(forms.Form):
    score = forms.DecimalField(
        label=gettext_lazy("New score (%)"),
        min_value=0,
        max_value=100,
        max_digits=5,
        decimal_places=2,
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Kept with the grade, with your name and the time."),
    )


# --- Training requirements and the compliance dashboard ------------------------------


class LearningItemChoiceField(forms.ModelChoiceField):
    """Courses and campaigns, told apart in the list."""

    def label_from_instance(self, obj: CoursePage) -> str:
        if getattr(obj.specific_class, "is_campaign", False):
            return _("%(title)s (awareness campaign)") % {"title": obj.title}
        return obj.title


class RequirementChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: TrainingRequirement) -> str:
        return obj.item.title


class ComplianceFilterForm(forms.Form):
    """Narrow the compliance list. Every choice comes from the viewer's
    scope, so a unit or requirement id from elsewhere is simply invalid."""

    requirement = RequirementChoiceField(
        label=gettext_lazy("Requirement"),
        queryset=TrainingRequirement.objects.none(),
        required=False,
        empty_label=gettext_lazy("All requirements"),
    )
    unit = UnitChoiceField(
        label=gettext_lazy("Department or unit"),
        queryset=OrganisationUnit.objects.none(),
        required=False,
        empty_label=gettext_lazy("All my units"),
        help_text=gettext_lazy("Includes every unit below it."),
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        choices=[("", gettext_lazy("Any status")), *ComplianceStatus.choices],
        required=False,
    )
    due_from = forms.DateField(
        label=gettext_lazy("Due from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    due_to = forms.DateField(
        label=gettext_lazy("Due until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    q = forms.CharField(
        label=gettext_lazy("Name or employee number"), required=False, max_length=100
    )
    sort = forms.ChoiceField(
        label=gettext_lazy("Sort by"),
        required=False,
        choices=[
            ("name", gettext_lazy("Name")),
            ("unit", gettext_lazy("Unit")),
            ("due", gettext_lazy("Due date, soonest first")),
            ("-due", gettext_lazy("Due date, latest first")),
            ("-completed", gettext_lazy("Completed, latest first")),
            ("status", gettext_lazy("Status")),
        ],
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requirement"].queryset = requirements_visible_to(user=user)
        self.fields["unit"].queryset = units_visible_to(user=user)

    def clean(self):
        data = super().clean()
        for name in ("due_from", "due_to"):
            day = data.get(name)
            if day and not (1900 <= day.year <= 2999):
                self.add_error(name, _("Enter a date between the years 1900 and 2999."))
        if data.get("due_from") and data.get("due_to") and data["due_from"] > data["due_to"]:
            self.add_error("due_to", _("The end of the period is before its start."))
        return data

    def filters(self) -> PeopleFilter:
        data = self.cleaned_data
        return PeopleFilter(
            requirement=data.get("requirement"),
            unit=data.get("unit"),
            status=data.get("status") or "",
            due_from=data.get("due_from"),
            due_to=data.get("due_to"),
            query=(data.get("q") or "").strip(),
            sort=data.get("sort") or "name",
        )


class RequirementForm(forms.ModelForm):
    """Define or change a training requirement. Named people are given as
    employee numbers or emails, one per line, so the form stays light
    whatever the size of the organisation. The whole organisation and job
    titles are offered to administrators only."""

    item = LearningItemChoiceField(
        label=gettext_lazy("Course or campaign"), queryset=CoursePage.objects.none()
    )
    units = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Organisation units"),
        queryset=OrganisationUnit.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=gettext_lazy("Everyone in these units and every unit below them."),
    )
    people_list = forms.CharField(
        label=gettext_lazy("Named people"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Employee numbers or email addresses, one per line."),
    )

    class Meta:
        model = TrainingRequirement
        fields = [
            "item",
            "everyone",
            "units",
            "job_titles",
            "due_rule",
            "due_on",
            "due_days",
            "renewal_months",
            "is_active",
        ]
        widgets = {
            "due_rule": forms.RadioSelect,
            "due_on": forms.DateInput(attrs={"type": "date"}),
            "job_titles": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user: User, administrator: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.people: list[User] = []
        self.fields["item"].queryset = CoursePage.objects.live().order_by("title")
        self.fields["units"].queryset = units_visible_to(user=user)
        self.fields["units"].label_from_instance = lambda unit: unit.tree_label()
        if not administrator:
            del self.fields["everyone"]
            del self.fields["job_titles"]
        if self.instance.pk and not self.is_bound:
            self.initial["people_list"] = "\n".join(
                person.employee_number or person.email for person in self.instance.people.all()
            )

    def clean_people_list(self) -> str:
        text = self.cleaned_data.get("people_list") or ""
        if not text.strip():
            return ""
        found = resolve_people(
            read_pasted_people(text),
            allowed=people_visible_to(user=self.user),
            by_email=True,
            row_label=_("Line %(row)s"),
        )
        if found.errors:
            raise ValidationError(found.errors[:20])
        self.people = found.people
        return text
