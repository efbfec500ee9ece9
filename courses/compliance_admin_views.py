"""The HR compliance dashboard in the Wagtail admin: the overview with its
charts, the list of people behind every number with CSV and XLSX exports,
and the forms that define training requirements.

HR officers see the people of the units they are responsible for (and
everything below them); administrators see everyone. Every query starts
from ``courses.selectors.assignments_visible_to``.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import CharField, Value
from django.db.models.functions import Coalesce, NullIf, TruncDate
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from certificates.models import Certificate
from lms.exports import stream_csv, stream_xlsx
from lms.models import OrganisationUnit
from lms.pagination import paginate
from lms.permissions import require_permission
from lms.selectors import units_visible_to

from . import selectors
from .forms import ComplianceFilterForm, RequirementForm
from .models import ComplianceStatus, TrainingRequirement
from .services.compliance import is_administrator, requirement_save, requirements_manageable_by

VIEW_PERMISSION = "courses.view_trainingrequirement"
ADD_PERMISSION = "courses.add_trainingrequirement"
CHANGE_PERMISSION = "courses.change_trainingrequirement"
PER_PAGE = 50


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def overview(request):
    """Every requirement with its counts; for the chosen one, a bar per unit
    and completions per month. A fixed number of queries for any number of
    people."""
    require_permission(request, VIEW_PERMISSION)
    user = request.user
    tallies = selectors.requirement_tallies(user=user)
    chosen_id = _int(request.GET.get("requirement"))
    chosen = next((r for r, _t in tallies if r.pk == chosen_id), None)
    if chosen is None and tallies:
        chosen = tallies[0][0]
    parent = None
    if unit_id := _int(request.GET.get("unit")):
        parent = units_visible_to(user=user).filter(pk=unit_id).first()
    unit_rows = months = []
    if chosen is not None:
        unit_rows = selectors.unit_tallies(user=user, requirement=chosen, parent=parent)
        months = selectors.completions_by_month(user=user, requirement=chosen)
    manageable = set(requirements_manageable_by(user=user).values_list("pk", flat=True))
    return TemplateResponse(
        request,
        "courses/admin/compliance_overview.html",
        {
            "tallies": tallies,
            "chosen": chosen,
            "parent": parent,
            "ancestors": _ancestors_in_scope(user, parent),
            "unit_rows": unit_rows,
            "months": months,
            "legend": [(status.value, status.label) for status in selectors.BAR_ORDER],
            "manageable": manageable,
            "can_add": user.has_perm(ADD_PERMISSION),
        },
    )


def _ancestors_in_scope(user, unit: OrganisationUnit | None) -> list[OrganisationUnit]:
    if unit is None:
        return []
    visible = set(units_visible_to(user=user).values_list("pk", flat=True))
    return [a for a in unit.get_ancestors() if a.pk in visible]


def _certificate_codes(rows) -> dict[tuple[int, int, object], Certificate]:
    """The certificate in force for each row's latest completion: one query."""
    completed = [r for r in rows if r.completed_at]
    if not completed:
        return {}
    certificates = Certificate.objects.filter(
        user_id__in={r.user_id for r in completed},
        course_id__in={r.requirement.item_id for r in completed},
        revoked_at__isnull=True,
    ).only("pk", "code", "user_id", "course_id", "completed_at")
    return {(c.user_id, c.course_id, c.completed_at): c for c in certificates}


def people(request):
    """The people behind the numbers: filtered, sorted, paginated; the same
    filters export to CSV or XLSX."""
    require_permission(request, VIEW_PERMISSION)
    form = ComplianceFilterForm(request.GET or None, user=request.user)
    valid = form.is_valid() if request.GET else True
    rows = selectors.compliance_people(
        user=request.user,
        filters=form.filters() if request.GET and valid else selectors.PeopleFilter(),
    )
    if not valid:
        rows = rows.none()
    export = request.GET.get("export")
    if export in ("csv", "xlsx") and valid:
        return _export(request, rows, export)
    # Page through ids alone, then load the fifty rows shown: deep pages stay fast.
    page, filter_query = paginate(request, rows.values_list("pk", flat=True), PER_PAGE, param="p")
    shown = selectors.assignment_rows(ids=list(page.object_list))
    certificates = _certificate_codes(shown)
    for row in shown:
        row.certificate = certificates.get((row.user_id, row.requirement.item_id, row.completed_at))
    return TemplateResponse(
        request,
        "courses/admin/compliance_people.html",
        {"form": form, "page_obj": page, "rows": shown, "filter_query": filter_query},
    )


EXPORT_COLUMNS = [
    "user__employee_number",
    "user__full_name",
    "user__email",
    "user__unit__code",
    "export_unit",
    "user__job_title",
    "export_title",
    "status",
    "assigned_on",
    "next_due_on",
    "completed_on",
    "expires_on",
]


def _export(request, rows, kind: str):
    """Every filtered row, read from the database in chunks and written as it
    comes: memory stays flat however many rows there are."""
    header = [
        _("Employee number"),
        _("Name"),
        _("Email"),
        _("Unit code"),
        _("Unit"),
        _("Job title"),
        _("Requirement"),
        _("Status"),
        _("Assigned on"),
        _("Due date"),
        _("Completed on"),
        _("Expires on"),
    ]
    language = translation.get_language()
    labels = {status.value: str(status.label) for status in ComplianceStatus}
    # The reader's language, English where a translation is missing; the
    # completion date in the site's time zone, computed by the database.
    values = (
        rows.annotate(
            export_unit=Coalesce(
                NullIf(f"user__unit__name_{language}", Value("")),
                "user__unit__name_en",
                output_field=CharField(),
            ),
            export_title=Coalesce(
                NullIf(f"requirement__item__title_{language}", Value("")),
                "requirement__item__title_en",
                output_field=CharField(),
            ),
            completed_on=TruncDate("completed_at"),
        )
        .values_list(*EXPORT_COLUMNS)
        .iterator(chunk_size=2000)
    )

    def lines():
        for record in values:
            cells = list(record)
            cells[7] = labels[cells[7]]
            yield cells

    stamp = timezone.localdate().isoformat()
    if kind == "csv":
        return stream_csv(filename=f"compliance-{stamp}.csv", header=header, rows=lines())
    return stream_xlsx(
        filename=f"compliance-{stamp}.xlsx",
        header=header,
        rows=lines(),
        sheet_name=_("Compliance"),
        right_to_left=translation.get_language_bidi(),
    )


def requirement_form(request, pk: int | None = None):
    """Add or change a requirement. HR officers change only requirements
    whose audience lies within their units; others read as not found."""
    user = request.user
    if pk is None:
        require_permission(request, ADD_PERMISSION)
        requirement = TrainingRequirement()
    else:
        require_permission(request, CHANGE_PERMISSION)
        requirement = requirements_manageable_by(user=user).filter(pk=pk).first()
        if requirement is None:
            raise Http404
    administrator = is_administrator(user)
    form = RequirementForm(
        request.POST or None, instance=requirement, user=user, administrator=administrator
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = requirement_save(
                requirement=form.instance,
                units=form.cleaned_data["units"],
                people=form.people,
                by=user,
            )
        except ValidationError as error:
            _attach(form, error)
        else:
            messages.success(
                request,
                _("“%(title)s” is saved. Assignments are being calculated.")
                % {"title": saved.item.title},
            )
            return redirect("courses_compliance_overview")
    return TemplateResponse(
        request,
        "courses/admin/requirement_form.html",
        {"form": form, "requirement": requirement if pk else None},
    )


def _attach(form, error: ValidationError) -> None:
    """Show a service's errors on the form, on the field where it has one."""
    for field, messages_ in error.message_dict.items():
        target = field if field in form.fields else None
        if field == "people":
            target = "people_list"
        for message in messages_:
            form.add_error(target, message)
