import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from courses.models import Enrolment
from lms.roles import ADMINISTRATORS, HR_OFFICERS
from tests.factories import OrganisationUnitFactory, UserFactory, build_catalogue, build_course

ARABIC_TITLE = "التوعية بالأمن السيبراني"


@pytest.fixture(autouse=True)
def _clean_media():
    """Each test starts with empty media directories (images; PDFs and ZIPs)."""
    roots = [settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT]
    for root in roots:
        shutil.rmtree(root, ignore_errors=True)
        Path(root).mkdir(parents=True, exist_ok=True)
    yield
    for root in roots:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def catalogue(home_page):
    return build_catalogue(home_page)


@pytest.fixture
def course(catalogue):
    course = build_course(
        catalogue,
        slug="security",
        lessons=2,
        translated=("en", "sw", "ar", "fr"),
        title="Cybersecurity awareness",
        duration_minutes=150,
    )
    course.title_ar = ARABIC_TITLE
    course.title_sw = "Uelewa wa usalama wa mtandao"
    course.title_fr = "Sensibilisation à la cybersécurité"
    course.save_revision().publish()
    return type(course).objects.get(pk=course.pk)


@pytest.fixture
def department(db):
    return OrganisationUnitFactory(code="ICT", name_en="Directorate of ICT")


@pytest.fixture
def learner(department):
    return UserFactory(full_name="Amina Juma", unit=department, preferred_language="en")


@pytest.fixture
def hr_officer(department):
    officer = UserFactory(roles=[HR_OFFICERS], unit=department)
    officer.responsible_units.set([department])
    return officer


@pytest.fixture
def administrator(db):
    return UserFactory(roles=[ADMINISTRATORS])


def complete(user, course, *, when=None) -> Enrolment:
    """An enrolment whose completion is recorded (certificates are issued by
    the caller, so each test decides when rendering happens)."""
    now = when or timezone.now()
    return Enrolment.objects.create(user=user, course=course, enrolled_at=now, completed_at=now)


def pdf_text(path_or_file) -> str:
    """The text of a PDF's first page, NFKC-normalised (Arabic comes out as
    presentation forms) and without bidi control characters."""
    import unicodedata

    from pypdf import PdfReader

    text = PdfReader(path_or_file).pages[0].extract_text()
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


@pytest.fixture
def issue(django_capture_on_commit_callbacks):
    """Issue the certificate for a completed enrolment and run its render
    (tasks run inline in the test settings) as the commit would."""
    from certificates import services

    def _issue(enrolment):
        with django_capture_on_commit_callbacks(execute=True):
            certificate = services.certificate_issue(enrolment=enrolment)
        certificate.refresh_from_db()
        return certificate

    return _issue


@pytest.fixture
def site_settings(home_page):
    import wagtail_factories
    from wagtail.models import Site

    from certificates.models import CertificateSettings

    settings_ = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    settings_.organisation_name_en = "Ministry of ICT and Digital Economy"
    settings_.organisation_name_ar = "وزارة تكنولوجيا المعلومات والاقتصاد الرقمي"
    settings_.signatory_name = "Dr. Halima Mussa"
    settings_.signatory_title_en = "Permanent Secretary"
    settings_.signatory_title_ar = "الأمين الدائم"
    settings_.logo = wagtail_factories.ImageFactory(
        file__width=600, file__height=300, file__color="navy"
    )
    settings_.signature = wagtail_factories.ImageFactory(
        file__width=400, file__height=120, file__color="white"
    )
    settings_.save()
    return settings_
