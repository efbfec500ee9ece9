"""Certificates in the Wagtail admin, for HR officers (their departments) and
administrators (everyone): find, revoke, re-issue, render again, and bulk ZIPs."""

from __future__ import annotations

import contextlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.pagination import paginate
from lms.permissions import require_permission
from lms.selectors import units_visible_to

from . import codes, selectors, services
from .forms import ArchiveForm, CertificateFilterForm, RerenderForm, RevokeForm
from .models import Certificate, CertificateArchive

VIEW_PERMISSION = "certificates.view_certificate"
CHANGE_PERMISSION = "certificates.change_certificate"
ARCHIVE_PERMISSION = "certificates.add_certificatearchive"
PER_PAGE = 50


def _filtered(form: CertificateFilterForm, certificates):
    if not form.is_valid():
        return certificates
    data = form.cleaned_data
    if data["unit"]:
        certificates = certificates.filter(user__unit__path__startswith=data["unit"].path)
    if query := data["q"].strip():
        match = Q(holder_name__icontains=query) | Q(user__employee_number__iexact=query)
        with contextlib.suppress(codes.InvalidCode):
            match |= Q(code=codes.normalise(query))
        certificates = certificates.filter(match)
    today = timezone.localdate()
    status = data["status"]
    if status == "valid":
        certificates = certificates.valid(on=today)
    elif status == "expired":
        certificates = certificates.filter(revoked_at__isnull=True, expires_on__lt=today)
    elif status == "revoked":
        certificates = certificates.filter(revoked_at__isnull=False)
    elif status == "pending":
        certificates = certificates.filter(
            revoked_at__isnull=True, rendered_version__lt=F("render_version")
        ).exclude(status=Certificate.Status.FAILED)
    elif status == "failed":
        certificates = certificates.filter(status=Certificate.Status.FAILED)
    if data["issued_from"]:
        certificates = certificates.filter(issued_at__date__gte=data["issued_from"])
    if data["issued_to"]:
        certificates = certificates.filter(issued_at__date__lte=data["issued_to"])
    return certificates


def certificate_list(request):
    require_permission(request, VIEW_PERMISSION)
    form = CertificateFilterForm(request.GET or None, user=request.user)
    certificates = _filtered(form, selectors.certificates_managed_by(user=request.user))
    page, filter_query = paginate(request, certificates.for_listing(), PER_PAGE, param="p")
    return TemplateResponse(
        request,
        "certificates/admin/certificate_list.html",
        {
            "form": form,
            "page_obj": page,
            "certificates": page.object_list,
            "filter_query": filter_query,
            "can_archive": request.user.has_perm(ARCHIVE_PERMISSION),
        },
    )


def _managed_certificate(request, pk: int) -> Certificate:
    # Out of scope reads exactly like missing: no one learns that an id exists.
    certificate = (
        selectors.certificates_managed_by(user=request.user)
        .select_related("user", "user__unit", "course", "revoked_by", "replaces")
        .filter(pk=pk)
        .first()
    )
    if certificate is None:
        raise Http404
    return certificate


def certificate_detail(request, pk: int):
    require_permission(request, VIEW_PERMISSION)
    certificate = _managed_certificate(request, pk)
    can_change = request.user.has_perm(CHANGE_PERMISSION)
    revoke_form = RevokeForm()
    rerender_form = RerenderForm(initial={"language": certificate.language})
    if request.method == "POST":
        if not can_change:
            raise PermissionDenied
        action = request.POST.get("action")
        try:
            if action == "revoke":
                revoke_form = RevokeForm(request.POST)
                if revoke_form.is_valid():
                    services.certificate_revoke(
                        certificate=certificate,
                        by=request.user,
                        reason=revoke_form.cleaned_data["reason"],
                    )
                    messages.success(request, _("The certificate has been revoked."))
                    return redirect("certificates_admin_detail", pk)
            elif action == "reissue":
                new = services.certificate_reissue(certificate=certificate, by=request.user)
                messages.success(
                    request,
                    _("A new certificate, %(code)s, is being prepared.")
                    % {"code": new.display_code},
                )
                return redirect("certificates_admin_detail", new.pk)
            elif action == "rerender":
                rerender_form = RerenderForm(request.POST)
                if rerender_form.is_valid():
                    services.certificate_rerender(
                        certificate=certificate,
                        language=rerender_form.cleaned_data["language"],
                        refresh_name=rerender_form.cleaned_data["refresh_name"],
                    )
                    messages.success(
                        request, _("The certificate is being prepared again with the same code.")
                    )
                    return redirect("certificates_admin_detail", pk)
            else:
                messages.error(request, _("Unknown action."))
        except services.CertificateError as error:
            messages.error(request, str(error))
    return TemplateResponse(
        request,
        "certificates/admin/certificate_detail.html",
        {
            "certificate": certificate,
            "replaced_by": Certificate.objects.filter(replaces=certificate).first(),
            "can_change": can_change,
            "revoke_form": revoke_form,
            "rerender_form": rerender_form,
        },
        status=400 if request.method == "POST" else 200,
    )


def _own_archives(request):
    archives = CertificateArchive.objects.select_related("unit")
    if request.user.is_superuser:
        return archives
    return archives.filter(requested_by=request.user)


def archive_list(request):
    require_permission(request, ARCHIVE_PERMISSION)
    form = ArchiveForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            archive = services.certificate_archive_request(by=request.user, **form.cleaned_data)
        except services.CertificateError as error:
            messages.error(request, str(error))
        else:
            return redirect("certificates_archive_detail", archive.pk)
    page = Paginator(_own_archives(request), PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "certificates/admin/archive_list.html",
        {"form": form, "page_obj": page, "archives": page.object_list},
        status=400 if request.method == "POST" else 200,
    )


def archive_detail(request, pk: int):
    require_permission(request, ARCHIVE_PERMISSION)
    archive = get_object_or_404(_own_archives(request), pk=pk)
    return TemplateResponse(request, "certificates/admin/archive_detail.html", {"archive": archive})


def archive_download(request, pk: int):
    require_permission(request, ARCHIVE_PERMISSION)
    archive = get_object_or_404(_own_archives(request), pk=pk)
    # The requester may since have lost responsibility for the department.
    if (
        not archive.is_downloadable
        or not units_visible_to(user=request.user).filter(pk=archive.unit_id).exists()
    ):
        raise Http404
    return FileResponse(
        archive.file.open("rb"),
        as_attachment=True,
        filename=f"certificates-{archive.issued_from}-{archive.issued_to}.zip",
        content_type="application/zip",
    )


@require_POST
def archive_retry(request, pk: int):
    require_permission(request, ARCHIVE_PERMISSION)
    archive = get_object_or_404(_own_archives(request), pk=pk)
    if archive.status in (CertificateArchive.Status.QUEUED, CertificateArchive.Status.BUILDING):
        return redirect("certificates_archive_detail", archive.pk)
    try:
        new = services.certificate_archive_request(
            by=request.user,
            unit=archive.unit,
            issued_from=archive.issued_from,
            issued_to=archive.issued_to,
        )
    except services.CertificateError as error:
        messages.error(request, str(error))
        return redirect("certificates_archive_list")
    return redirect("certificates_archive_detail", new.pk)
