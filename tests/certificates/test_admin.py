"""Certificates in the admin: scope, revoke, re-issue, render again, ZIPs."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone

from certificates import services
from certificates.models import Certificate, CertificateArchive
from lms.roles import HR_OFFICERS, TRAINERS
from tests.factories import OrganisationUnitFactory, UserFactory

from .conftest import complete

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(course, learner, issue):
    return issue(complete(learner, course))


@pytest.fixture
def outsider_certificate(course, issue):
    other_unit = OrganisationUnitFactory(code="FIN", name_en="Directorate of Finance")
    return issue(complete(UserFactory(full_name="Baraka Finance", unit=other_unit), course))


def test_hr_officer_sees_only_their_departments(
    client, hr_officer, certificate, outsider_certificate
):
    client.force_login(hr_officer)
    page = client.get("/admin/certificates/").content.decode()
    assert certificate.display_code in page
    assert outsider_certificate.display_code not in page
    # Filtering by another department's id shows nothing of it either.
    page = client.get(
        "/admin/certificates/", {"unit": outsider_certificate.user.unit_id}
    ).content.decode()
    assert outsider_certificate.display_code not in page
    # Out of scope reads like a missing id (LocaleMiddleware first tries the
    # path under a language prefix, which is not found either).
    url = f"/admin/certificates/{outsider_certificate.pk}/"
    assert client.get(url, follow=True).status_code == 404
    assert client.get("/admin/certificates/999999/", follow=True).status_code == 404
    response = client.post(url, {"action": "revoke", "reason": "x"})
    assert response.status_code in (302, 404) and "/admin/" not in response.get("Location", "")[:7]
    assert Certificate.objects.get(pk=outsider_certificate.pk).revoked_at is None


def test_search_by_code_name_and_employee_number(client, administrator, certificate):
    client.force_login(administrator)
    for query in (certificate.display_code.lower(), "amina", certificate.user.employee_number):
        page = client.get("/admin/certificates/", {"q": query}).content.decode()
        assert certificate.display_code in page, query
    page = client.get("/admin/certificates/", {"q": "nobody"}).content.decode()
    assert certificate.display_code not in page


def test_trainers_and_learners_have_no_certificate_admin(client, learner, certificate):
    client.force_login(UserFactory(roles=[TRAINERS]))
    assert client.get("/admin/certificates/").status_code == 302  # Wagtail: no permission
    client.force_login(learner)
    assert client.get("/admin/certificates/").status_code == 302


def test_revoke_then_reissue_through_the_admin(
    client, hr_officer, certificate, django_capture_on_commit_callbacks
):
    client.force_login(hr_officer)
    url = f"/admin/certificates/{certificate.pk}/"
    response = client.post(url, {"action": "revoke", "reason": ""})
    assert response.status_code == 400
    assert Certificate.objects.get(pk=certificate.pk).revoked_at is None
    client.post(url, {"action": "revoke", "reason": "Exam taken by a colleague"})
    certificate.refresh_from_db()
    assert certificate.revoke_reason == "Exam taken by a colleague"
    assert certificate.revoked_by == hr_officer
    page = client.get(url).content.decode()
    assert "Exam taken by a colleague" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "reissue"})
    new = Certificate.objects.get(replaces=certificate)
    assert response["Location"] == f"/admin/certificates/{new.pk}/"
    assert new.status == Certificate.Status.READY


def test_render_again_with_the_corrected_name(
    client, administrator, certificate, learner, django_capture_on_commit_callbacks
):
    learner.full_name = "Amina Juma Said"
    learner.save()
    client.force_login(administrator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/certificates/{certificate.pk}/",
            {"action": "rerender", "language": "ar", "refresh_name": "on"},
        )
    updated = Certificate.objects.get(pk=certificate.pk)
    assert updated.code == certificate.code
    assert updated.holder_name == "Amina Juma Said" and updated.language == "ar"
    assert updated.rendered_version == 2


def test_admin_list_queries_do_not_grow(client, administrator, course, issue):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(administrator)
    issue(complete(UserFactory(), course))

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/certificates/").status_code == 200
        return len(queries)

    count()
    few = count()
    for _ in range(8):
        services.certificate_issue(enrolment=complete(UserFactory(), course))
    assert count() == few


def _zip_of(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_zip_of_a_department_for_a_date_range(
    client,
    hr_officer,
    course,
    department,
    issue,
    outsider_certificate,
    catalogue,
    django_capture_on_commit_callbacks,
):
    from tests.factories import build_course

    sub_unit = OrganisationUnitFactory(code="ICT-NET", name_en="Networks", parent=department)
    inside = [
        issue(complete(UserFactory(full_name=f"Staff {n}", unit=unit), course))
        for n, unit in enumerate([department, sub_unit, sub_unit])
    ]
    old = issue(complete(UserFactory(unit=department), build_course(catalogue, slug="old")))
    Certificate.objects.filter(pk=old.pk).update(issued_at=timezone.now() - timedelta(days=400))
    revoked = issue(complete(UserFactory(unit=department), build_course(catalogue, slug="rv")))
    services.certificate_revoke(certificate=revoked, by=hr_officer, reason="Duplicate")
    pending = services.certificate_issue(enrolment=complete(UserFactory(unit=sub_unit), old.course))

    client.force_login(hr_officer)
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/certificates/archives/",
            {
                "unit": department.pk,
                "issued_from": (today - timedelta(days=30)).isoformat(),
                "issued_to": today.isoformat(),
            },
        )
    archive = CertificateArchive.objects.get()
    assert response["Location"] == f"/admin/certificates/archives/{archive.pk}/"
    # Built inline here (tasks run synchronously in the test settings).
    archive.refresh_from_db()
    assert archive.status == CertificateArchive.Status.READY
    assert (archive.total, archive.done, archive.skipped) == (4, 3, 1)
    page = client.get(f"/admin/certificates/archives/{archive.pk}/").content.decode()
    assert "3 certificates are in the ZIP" in page
    bundle = _zip_of(client.get(f"/admin/certificates/archives/{archive.pk}/download/"))
    names = bundle.namelist()
    pdfs = [name for name in names if name.endswith(".pdf")]
    assert len(pdfs) == 3
    assert {c.code for c in inside} == {name.rsplit(" ", 1)[1][:-4] for name in pdfs}
    for name in pdfs:
        assert bundle.read(name).startswith(b"%PDF")
    manifest = bundle.read("certificates.csv").decode("utf-8-sig")
    assert pending.display_code in manifest
    for absent in (old, revoked, outsider_certificate):
        assert absent.display_code not in manifest


def test_archive_scope_and_expiry(
    client, hr_officer, certificate, outsider_certificate, django_capture_on_commit_callbacks
):
    client.force_login(hr_officer)
    today = timezone.localdate().isoformat()
    response = client.post(
        "/admin/certificates/archives/",
        {"unit": outsider_certificate.user.unit_id, "issued_from": today, "issued_to": today},
    )
    assert response.status_code == 400
    assert not CertificateArchive.objects.exists()
    response = client.post(
        "/admin/certificates/archives/",
        {"unit": hr_officer.unit_id, "issued_from": today, "issued_to": "2000-01-01"},
    )
    assert response.status_code == 400 and "on or after" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/admin/certificates/archives/",
            {"unit": hr_officer.unit_id, "issued_from": today, "issued_to": today},
        )
    archive = CertificateArchive.objects.get()
    download = f"/admin/certificates/archives/{archive.pk}/download/"
    assert client.get(download).status_code == 200
    # Another HR officer cannot use the link.
    other = UserFactory(roles=[HR_OFFICERS], unit=hr_officer.unit)
    other.responsible_units.set([hr_officer.unit])
    client.force_login(other)
    assert client.get(download, follow=True).status_code == 404
    # After the link expires, the sweep deletes the file and the link is dead.
    client.force_login(hr_officer)
    name = CertificateArchive.objects.get().file.name
    counts = services.sweep(now=timezone.now() + timedelta(hours=25))
    assert counts["expired"] == 1
    archive.refresh_from_db()
    assert archive.file.name == ""
    assert not archive.file.storage.exists(name)
    assert client.get(download, follow=True).status_code == 404
    assert (
        "has expired" in client.get(f"/admin/certificates/archives/{archive.pk}/").content.decode()
    )


def test_archive_progress_page_refreshes_while_building(client, hr_officer, department):
    archive = CertificateArchive.objects.create(
        requested_by=hr_officer,
        unit=department,
        issued_from=timezone.localdate(),
        issued_to=timezone.localdate(),
        status=CertificateArchive.Status.BUILDING,
        total=200,
        done=50,
    )
    client.force_login(hr_officer)
    page = client.get(f"/admin/certificates/archives/{archive.pk}/").content.decode()
    assert '<meta http-equiv="refresh" content="3">' in page
    assert 'value="25"' in page and "50 of 200" in page


def test_far_dates_are_not_an_error(client, administrator, certificate):
    client.force_login(administrator)
    response = client.get(
        "/admin/certificates/", {"issued_from": "0001-01-01", "issued_to": "9999-12-31"}
    )
    assert response.status_code == 200
    assert certificate.display_code in response.content.decode()


def test_manifest_cells_cannot_become_formulas(
    client, hr_officer, course, department, issue, django_capture_on_commit_callbacks
):
    issue(complete(UserFactory(full_name='=HYPERLINK("http://x")', unit=department), course))
    client.force_login(hr_officer)
    today = timezone.localdate().isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/admin/certificates/archives/",
            {"unit": department.pk, "issued_from": today, "issued_to": "9999-12-31"},
        )
    archive = CertificateArchive.objects.get()
    manifest = (
        _zip_of(client.get(f"/admin/certificates/archives/{archive.pk}/download/"))
        .read("certificates.csv")
        .decode("utf-8-sig")
    )
    assert "'=HYPERLINK" in manifest
