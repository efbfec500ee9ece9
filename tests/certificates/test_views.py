"""Learners' certificate pages, downloads, and public verification."""

import pytest
from django.test import override_settings
from django.utils import timezone

from certificates import codes, services
from certificates.models import Certificate
from tests.factories import UserFactory

from .conftest import complete, pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(course, learner, issue):
    return issue(complete(learner, course))


def test_my_learning_and_the_certificates_page_list_the_learners_certificates(
    client, learner, certificate
):
    client.force_login(learner)
    for url in ("/en/my-learning/", "/en/certificates/"):
        page = client.get(url).content.decode()
        assert certificate.display_code in page
        assert f"/en/certificates/{certificate.display_code}/download/" in page


def test_pending_certificate_is_shown_as_being_prepared(client, course, learner):
    services.certificate_issue(enrolment=complete(learner, course))  # render not run
    client.force_login(learner)
    page = client.get("/en/certificates/").content.decode()
    assert "being prepared" in page
    assert "/download/" not in page


def test_holder_downloads_the_pdf(client, learner, certificate):
    client.force_login(learner)
    response = client.get(f"/en/certificates/{certificate.display_code}/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f"certificate-{certificate.display_code}.pdf" in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF")


def test_nobody_else_reaches_a_certificate_by_its_code(client, certificate, hr_officer, department):
    from lms.roles import HR_OFFICERS
    from tests.factories import OrganisationUnitFactory

    url = f"/en/certificates/{certificate.display_code}/download/"
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    other_officer = UserFactory(roles=[HR_OFFICERS], unit=OrganisationUnitFactory())
    other_officer.responsible_units.set([other_officer.unit])
    client.force_login(other_officer)
    assert client.get(url).status_code == 404
    # The HR officer of the holder's department may download it.
    client.force_login(hr_officer)
    assert client.get(url).status_code == 200
    # Asking for another language is the holder's alone.
    response = client.post(
        f"/en/certificates/{certificate.display_code}/language/", {"language": "ar"}
    )
    assert response.status_code == 404


def test_download_of_a_missing_file_explains_and_renders_again(client, learner, certificate):
    certificate.file.storage.delete(certificate.file.name)
    client.force_login(learner)
    response = client.get(f"/en/certificates/{certificate.display_code}/download/", follow=True)
    assert response.status_code == 200
    assert "could not be read" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.render_version == 2


def test_learner_gets_the_certificate_in_another_language(
    client, learner, certificate, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    code = certificate.code
    url = f"/en/certificates/{certificate.display_code}/language/"
    assert client.get(url).status_code == 405
    response = client.post(url, {"language": "xx"}, follow=True)
    assert "Choose one of the languages" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"language": "ar"}, follow=True)
    assert "being prepared in العربية" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.language == "ar" and certificate.code == code
    assert "التوعية بالأمن السيبراني" in pdf_text(certificate.file.path)


def test_language_request_needs_csrf(learner, certificate):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = client.post(
        f"/en/certificates/{certificate.display_code}/language/", {"language": "ar"}
    )
    assert response.status_code == 403


def test_verify_shows_only_public_facts(client, certificate, learner):
    response = client.get(f"/en/verify/{certificate.display_code}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "genuine and valid" in page
    assert "Amina Juma" in page and "Cybersecurity awareness" in page
    for private in (learner.email, learner.employee_number, learner.unit.name):
        assert private not in page
    assert '<meta name="robots" content="noindex">' in page


def test_verify_in_arabic_is_right_to_left(client, certificate):
    page = client.get(f"/ar/verify/{certificate.display_code}/").content.decode()
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    assert "التوعية بالأمن السيبراني" in page


def test_qr_link_without_language_reaches_the_page(client, certificate):
    response = client.get(f"/verify/{certificate.display_code}/", follow=True)
    assert response.status_code == 200
    assert certificate.display_code in response.content.decode()


def test_typed_codes_are_normalised(client, certificate):
    typed = certificate.display_code.lower().replace("-", " ").replace("0", "o")
    response = client.get("/en/verify/", {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/en/verify/{certificate.display_code}/"
    response = client.get(f"/en/verify/{certificate.code.lower()}/")
    assert response["Location"] == f"/en/verify/{certificate.display_code}/"


def test_unknown_and_malformed_codes(client, certificate):
    body = "1234567890A"
    unknown = codes.display(body + codes.check_character(body))
    response = client.get(f"/en/verify/{unknown}/")
    assert response.status_code == 404
    assert f"No certificate has the code {unknown}" in response.content.decode()
    # A code one character away from a real one: a typo, caught by the
    # check character, and not a hint that a real code is near.
    near = ("1" if certificate.code[0] != "1" else "2") + certificate.code[1:]
    page = client.get("/en/verify/", {"code": near}).content.decode()
    assert "typing mistake" in page
    assert certificate.holder_name not in page
    page = client.get("/en/verify/", {"code": "<script>x</script>"}).content.decode()
    assert "12 letters and digits" in page and "<script>x" not in page
    assert client.get("/en/verify/!!!/").status_code == 404


def test_revoked_and_expired_certificates_say_so(client, certificate, hr_officer):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() - timezone.timedelta(days=1)
    )
    assert "has expired" in client.get(f"/en/verify/{certificate.display_code}/").content.decode()
    services.certificate_revoke(certificate=certificate, by=hr_officer, reason="Fraud")
    page = client.get(f"/en/verify/{certificate.display_code}/").content.decode()
    assert "has been revoked" in page
    assert "Fraud" not in page


@override_settings(MAARIFA_VERIFY_RATE_LIMIT=5)
def test_lookups_are_rate_limited_per_client(client, certificate):
    url = f"/en/verify/{certificate.display_code}/"
    statuses = [client.get(url).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    response = client.get(url)
    assert response["Retry-After"] == "600"
    assert "Too many checks" in response.content.decode()
    # Another address is not affected.
    assert client.get(url, REMOTE_ADDR="10.1.2.3").status_code == 200


@override_settings(MAARIFA_VERIFY_RATE_LIMIT=2, MAARIFA_TRUSTED_PROXY_HOPS=1)
def test_behind_a_proxy_the_forwarded_client_address_is_limited(client, certificate):
    url = f"/en/verify/{certificate.display_code}/"
    for _ in range(2):
        assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 200
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.10").status_code == 200


def test_certificates_page_queries_do_not_grow(client, course, learner, issue, catalogue):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import build_course

    client.force_login(learner)
    issue(complete(learner, course))

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/certificates/").status_code == 200
        return len(queries)

    count()  # warm the site and catalogue caches
    few = count()
    for number in range(6):
        other = build_course(catalogue, slug=f"extra-{number}", lessons=1)
        services.certificate_issue(enrolment=complete(learner, other))
    assert count() == few
