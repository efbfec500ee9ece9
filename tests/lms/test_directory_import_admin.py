"""The staff directory import in the Wagtail admin: upload, preview, import."""

import os
import re
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from lms.models import User
from lms.roles import TRAINERS
from tests.factories import UserFactory

from .conftest import TaskClient, directory_csv, people_snapshot

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("lms_directory_import")


@pytest.fixture
def client(imports_storage):
    """Tasks the views queue have run by the next request (see ``TaskClient``)."""
    return TaskClient()


@pytest.fixture
def csrf_client(imports_storage):
    """A client that, like a browser, must send the CSRF token with each POST."""
    return TaskClient(enforce_csrf_checks=True)


def csrf_token(client: Client, url: str = UPLOAD_URL) -> str:
    page = client.get(url).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


def upload(client: Client, data: bytes, *, name="staff.csv", **fields):
    token = csrf_token(client)
    return client.post(
        UPLOAD_URL,
        {
            "csrfmiddlewaretoken": token,
            "file": SimpleUploadedFile(name, data, content_type="text/csv"),
            "encoding": "auto",
            **fields,
        },
    )


def preview_token(response) -> str:
    assert response.status_code == 302, response.content.decode()[:3000]
    return re.fullmatch(r"/admin/directory-import/([0-9a-f]{32})/", response["Location"]).group(1)


def confirm(client: Client, token: str, preview_url: str):
    return client.post(
        reverse("lms_directory_import_confirm", args=[token]),
        {"csrfmiddlewaretoken": csrf_token(client, preview_url)},
    )


def test_upload_preview_import_end_to_end(csrf_client, units, hr_officer, imports_storage):
    changed = UserFactory(employee_number="E-1", job_title="Officer", unit=units.dig)
    csrf_client.force_login(hr_officer)
    page = csrf_client.get(UPLOAD_URL).content.decode()
    assert "employee_number" in page and "Download a template" in page
    data = directory_csv(
        f"E-1,{changed.full_name},{changed.email},MOICT-DIG,Senior Officer",
        "E-2,منى إبراهيم,mona@ministry.example,MOICT-ICT,,E-1,ar",
    )

    # Without the CSRF token the upload is refused.
    refused = csrf_client.post(
        UPLOAD_URL, {"file": SimpleUploadedFile("staff.csv", data), "encoding": "auto"}
    )
    assert refused.status_code == 403

    token = preview_token(upload(csrf_client, data))
    preview_url = reverse("lms_directory_import_preview", args=[token])
    page = csrf_client.get(preview_url).content.decode()
    assert "منى إبراهيم" in page and "Read as UTF-8" in page
    assert "Officer</bdi> → <bdi>Senior Officer" in page
    assert f'action="/admin/directory-import/{token}/import/"' in page
    assert not User.objects.filter(employee_number="E-2").exists()  # nothing written yet

    # Confirming without the CSRF token is refused too.
    confirm_url = reverse("lms_directory_import_confirm", args=[token])
    assert csrf_client.post(confirm_url).status_code == 403
    response = confirm(csrf_client, token, preview_url)
    assert response.status_code == 302 and response["Location"] == preview_url
    page = csrf_client.get(preview_url).content.decode()
    assert "1 created, 1 updated, 0 deactivated, 0 unchanged" in page
    assert 'http-equiv="refresh"' not in page
    assert User.objects.get(pk=changed.pk).job_title == "Senior Officer"
    assert User.objects.get(employee_number="E-2").line_manager == changed
    # The file is gone, and its preview with it; the outcome stays.
    names = [path.name for path in imports_storage.iterdir()]
    assert f"{token}.csv" not in names and f"{token}.check.json" not in names
    assert "منى إبراهيم" not in page


def test_preview_with_errors_has_no_import_button(client, imports_storage, units, hr_officer):
    client.force_login(hr_officer)
    lines = [f"E-{n},Person {n},bad-email-{n},MOICT-DIG" for n in range(150)]
    lines.append("E-900,Baraka,baraka@ministry.example,MOICT-FIN")
    token = preview_token(upload_plain(client, directory_csv(*lines)))
    preview_url = reverse("lms_directory_import_preview", args=[token])

    page = client.get(preview_url).content.decode()
    assert "The file has 151 errors" in page
    assert "Upload a corrected file" in page
    assert "/import/" not in page and ">Import</button>" not in page
    assert "“bad-email-0” is not a valid email address." in page
    assert "bad-email-100" not in page  # on the second page
    assert "Page 1 of 2" in page
    page = client.get(preview_url, {"p": 2}).content.decode()
    assert "“bad-email-100” is not a valid email address." in page
    assert "Unknown unit code “MOICT-FIN”." in page and "<td>152</td>" in page
    # Importing anyway is refused, and writes nothing.
    before = people_snapshot()
    response = client.post(reverse("lms_directory_import_confirm", args=[token]), follow=True)
    assert "Nothing was imported" in response.content.decode()
    assert people_snapshot() == before


def upload_plain(client: Client, data: bytes, *, name: str = "staff.csv", **fields):
    return client.post(
        UPLOAD_URL,
        {"file": SimpleUploadedFile(name, data), "encoding": "auto", **fields},
    )


def test_confirming_checks_the_database_again(client, imports_storage, units, hr_officer):
    client.force_login(hr_officer)
    token = preview_token(
        upload_plain(client, directory_csv("E-1,Amina,amina@ministry.example,MOICT-DIG"))
    )
    preview_url = reverse("lms_directory_import_preview", args=[token])
    assert ">Import</button>" in client.get(preview_url).content.decode()
    # Meanwhile someone else gets that address.
    UserFactory(employee_number="E-7", email="amina@ministry.example", unit=units.fin)
    before = people_snapshot()

    response = client.post(reverse("lms_directory_import_confirm", args=[token]))

    assert response.status_code == 302 and response["Location"] == preview_url
    page = client.get(preview_url).content.decode()
    assert "has changed since the preview" in page and "Nothing was imported" in page
    assert "already used by another person" in page and ">Import</button>" not in page
    assert people_snapshot() == before


def test_deactivate_missing_from_the_form(client, imports_storage, units, hr_officer):
    kept = UserFactory(employee_number="E-1", unit=units.dig)
    gone = UserFactory(employee_number="E-2", unit=units.dig)
    client.force_login(hr_officer)
    line = f"E-1,{kept.full_name},{kept.email},MOICT-DIG,{kept.job_title}"
    token = preview_token(upload_plain(client, directory_csv(line), deactivate_missing="on"))
    preview_url = reverse("lms_directory_import_preview", args=[token])
    page = client.get(preview_url).content.decode()
    assert "People missing from the file will be deactivated." in page
    assert "To deactivate (1)" in page and gone.full_name in page
    client.post(reverse("lms_directory_import_confirm", args=[token]))
    assert not User.objects.get(pk=gone.pk).is_active and User.objects.get(pk=kept.pk).is_active


def test_files_refused_without_reading_them_are_refused_on_the_form(
    client, imports_storage, units, hr_officer
):
    client.force_login(hr_officer)
    for data, name, message in (
        (b"%PDF-1.4", "staff.pdf", "neither"),
        (b" \r\n\n", "staff.csv", "The file is empty."),
        (directory_csv(), "staff.xlsx", "This is not an Excel workbook (.xlsx)."),
        (b"PK\x03\x04rest of a zip", "staff.csv", "This file is an Excel workbook, not a CSV"),
    ):
        response = upload_plain(client, data, name=name)
        assert response.status_code == 400, name
        assert message in response.content.decode(), name
    assert not imports_storage.exists() or list(imports_storage.iterdir()) == []


def test_unreadable_files_are_explained_on_the_upload_page(
    client, imports_storage, units, hr_officer
):
    client.force_login(hr_officer)
    token = preview_token(upload_plain(client, directory_csv("E-1", header="employee_number")))
    page = client.get(reverse("lms_directory_import_preview", args=[token])).content.decode()
    assert "Missing: full_name, email, unit_code" in page
    assert f'href="{UPLOAD_URL}"' in page and "Upload a corrected file" in page
    assert 'http-equiv="refresh"' not in page and ">Import</button>" not in page
    # The file itself is not kept.
    assert f"{token}.csv" not in [path.name for path in imports_storage.iterdir()]


def test_too_large_upload_is_refused_before_reading(
    client, imports_storage, units, hr_officer, settings
):
    settings.MAARIFA_DIRECTORY_IMPORT_MAX_BYTES = 1024
    client.force_login(hr_officer)
    response = upload_plain(client, b"x" * 4096)
    assert response.status_code == 400
    assert "The file is too large: the limit is 1.0" in response.content.decode()


def test_someone_elses_upload_is_not_found(client, imports_storage, units, hr_officer):
    client.force_login(hr_officer)
    token = preview_token(
        upload_plain(client, directory_csv("E-1,Amina,amina@ministry.example,MOICT-DIG"))
    )
    preview_url = reverse("lms_directory_import_preview", args=[token])
    confirm_url = reverse("lms_directory_import_confirm", args=[token])

    colleague = UserFactory(employee_number="HR-2", unit=units.ict, roles=["HR officers"])
    colleague.responsible_units.set([units.ict])
    other = Client()
    other.force_login(colleague)
    # (Not found in the admin is first retried under a language prefix, which
    # is not found either.)
    assert other.get(preview_url, follow=True).status_code == 404
    assert other.post(confirm_url, follow=True).status_code == 404
    # Even with the token in their own session, the file is bound to its uploader.
    session = other.session
    session["directory_imports"] = [token]
    session.save()
    assert other.get(preview_url, follow=True).status_code == 404
    assert other.post(confirm_url, follow=True).status_code == 404
    assert not User.objects.filter(employee_number="E-1").exists()
    missing = reverse("lms_directory_import_preview", args=["0" * 32])
    assert client.get(missing, follow=True).status_code == 404
    assert client.get(preview_url).status_code == 200


def test_stale_uploads_are_removed_on_the_next_upload(client, imports_storage, units, hr_officer):
    client.force_login(hr_officer)
    data = directory_csv("E-1,Amina,amina@ministry.example,MOICT-DIG")
    old = preview_token(upload_plain(client, data))
    day_and_more = time.time() - 25 * 3600
    for path in imports_storage.iterdir():
        os.utime(path, (day_and_more, day_and_more))
    new = preview_token(upload_plain(client, data))
    names = {path.name for path in imports_storage.iterdir()}
    assert {f"{new}.csv", f"{new}.json", f"{new}.check.json"} <= names
    assert all(name.startswith(new) for name in names)
    old_url = reverse("lms_directory_import_preview", args=[old])
    assert client.get(old_url, follow=True).status_code == 404


def test_xlsx_upload(client, imports_storage, units, administrator):
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["employee_number", "full_name", "email", "unit_code"])
    workbook.active.append([1001, "Amina", "amina@ministry.example", "MOICT-FIN"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    client.force_login(administrator)
    token = preview_token(upload_plain(client, buffer.getvalue(), name="staff.xlsx"))
    client.post(reverse("lms_directory_import_confirm", args=[token]))
    assert User.objects.get(employee_number="1001").unit == units.fin


def test_template_download(client, hr_officer):
    client.force_login(hr_officer)
    response = client.get(reverse("lms_directory_import_template"))
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    header, example = text.lstrip("\ufeff").splitlines()
    assert header == (
        "employee_number,full_name,email,unit_code,job_title,line_manager,preferred_language,active"
    )
    assert example.startswith("E-1001,Amina Juma Hassan,")


def test_who_may_import(client, imports_storage, units, hr_officer, administrator):
    for user, allowed in (
        (UserFactory(), False),
        (UserFactory(roles=[TRAINERS]), False),
        (hr_officer, True),
        (administrator, True),
    ):
        client.force_login(user)
        response = client.get(UPLOAD_URL)
        assert (response.status_code == 200) is allowed, user
        if not allowed:
            assert response.status_code == 302
            assert upload_plain(client, directory_csv()).status_code == 302
            assert client.get(reverse("lms_directory_import_template")).status_code == 302
    client.force_login(hr_officer)
    assert "Import staff directory" in client.get("/admin/").content.decode()
    client.force_login(UserFactory(roles=[TRAINERS]))
    assert "Import staff directory" not in client.get("/admin/").content.decode()


def test_pages_render_in_arabic(client, imports_storage, units, hr_officer):
    client.force_login(hr_officer)
    client.cookies["maarifa_language"] = "ar"
    page = client.get(UPLOAD_URL).content.decode()
    assert '<html lang="ar" dir="rtl"' in page
    data = directory_csv("E-1,منى,mona@ministry.example,MOICT-DIG", "E-2,X,bad,MOICT-DIG")
    token = preview_token(upload_plain(client, data))
    page = client.get(reverse("lms_directory_import_preview", args=[token])).content.decode()
    assert '<html lang="ar" dir="rtl"' in page and "منى" in page


def test_preview_queries_do_not_grow(
    client, imports_storage, units, hr_officer, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(hr_officer)

    def preview_url(size: int) -> str:
        lines = [f"E-{size}-{n},P {n},p{size}-{n}@x.tz,MOICT-DIG" for n in range(size)]
        token = preview_token(upload_plain(client, directory_csv(*lines)))
        return reverse("lms_directory_import_preview", args=[token])

    small, large = preview_url(5), preview_url(300)
    client.get(small)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(small).status_code == 200
    with django_assert_max_num_queries(len(queries)):
        assert client.get(large).status_code == 200
