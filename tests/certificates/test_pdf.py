"""The PDF itself: its text in four languages, size, fonts, and the sandbox."""

import http.server
import io
import os
import shutil
import subprocess
import threading

import pytest
from pypdf import PdfReader

from certificates import rendering
from certificates.models import Certificate

from .conftest import ARABIC_TITLE, complete, pdf_text

pytestmark = pytest.mark.django_db


def _fonts(certificate) -> set[str]:
    reader = PdfReader(certificate.file.path)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    return {str(font.get_object()["/BaseFont"]) for font in fonts.values()}


def test_english_certificate_text(course, learner, issue, site_settings):
    certificate = issue(complete(learner, course))
    assert certificate.status == Certificate.Status.READY
    text = pdf_text(certificate.file.path)
    for expected in (
        "Ministry of ICT and Digital Economy",
        "Certificate of completion",
        "Amina Juma",
        "Cybersecurity awareness",
        "2 hours 30 minutes",
        "Dr. Halima Mussa",
        "Permanent Secretary",
        certificate.display_code,
        f"/verify/{certificate.display_code}/",
    ):
        assert expected in text, expected
    # Small enough for a slow connection, with logo and signature embedded.
    assert certificate.file.size < 200 * 1024
    reader = PdfReader(certificate.file.path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595  # A4 landscape
    assert len(reader.pages[0].images) == 3  # logo, signature, QR code


def test_arabic_certificate_is_joined_and_right_to_left(course, learner, issue, site_settings):
    learner.preferred_language = "ar"
    learner.full_name = "محمد عبد الله"
    learner.save()
    certificate = issue(complete(learner, course))
    text = pdf_text(certificate.file.path)
    # NFKC maps the joined presentation forms back to letters: the words
    # come out whole, in reading order, with the Latin code intact.
    assert "محمد عبد الله" in text
    assert ARABIC_TITLE in text
    assert "وزارة تكنولوجيا المعلومات والاقتصاد الرقمي" in text
    assert "الأمين الدائم" in text
    assert certificate.display_code in text
    assert any(font.endswith("Amiri") or "Amiri" in font for font in _fonts(certificate))
    # Shaped: the PDF draws presentation forms (joined letters), not the
    # isolated code points.
    raw = PdfReader(certificate.file.path).pages[0].extract_text()
    assert any(0xFE70 <= ord(char) <= 0xFEFF for char in raw)


@pytest.mark.parametrize(
    "language, name, title, words",
    [
        ("sw", "Zuhura Ng'ombe", "Uelewa wa usalama wa mtandao", ["Novemba", "Juni"]),
        ("fr", "Zoë Lefèvre-Ñandú", "Sensibilisation à la cybersécurité", ["novembre", "juin"]),
    ],
)
def test_swahili_and_french_certificates(course, learner, issue, language, name, title, words):
    import datetime

    from django.utils import timezone

    learner.preferred_language = language
    learner.full_name = name
    learner.save()
    when = timezone.make_aware(datetime.datetime(2026, 11, 21, 10))
    certificate = issue(complete(learner, course, when=when))
    text = pdf_text(certificate.file.path)
    assert name in text
    assert title in text
    assert words[0] in text  # the month, in the language


def test_name_in_another_script_falls_back_to_a_font_that_has_it(course, learner, issue):
    learner.full_name = "Алексей Петров"
    learner.save()
    certificate = issue(complete(learner, course))
    assert "Алексей Петров" in pdf_text(certificate.file.path)
    assert any("DejaVu" in font for font in _fonts(certificate))
    assert certificate.render_warnings == []


def test_characters_no_font_has_are_reported_not_hidden(course, learner, issue, caplog):
    learner.full_name = "Amina 王小明"
    learner.save()
    certificate = issue(complete(learner, course))
    assert certificate.status == Certificate.Status.READY
    assert certificate.render_warnings == [{"kind": "glyphs", "chars": "小明王"}]
    assert "小 明 王" in certificate.warning_messages()[0]
    assert "no font has" in caplog.text


def test_missing_logo_file_leaves_the_logo_out_and_says_so(
    course, learner, issue, site_settings, caplog
):
    site_settings.logo.file.storage.delete(site_settings.logo.file.name)
    certificate = issue(complete(learner, course))
    assert certificate.status == Certificate.Status.READY
    assert {"kind": "image", "what": "logo"} in certificate.render_warnings
    assert "logo image could not be read" in certificate.warning_messages()[0]
    assert len(PdfReader(certificate.file.path).pages[0].images) == 2
    assert "image" in caplog.text


def test_hostile_name_is_printed_as_text(course, learner, issue):
    learner.full_name = '<img src="file:///etc/passwd"> & <b>Eve</b>'
    learner.save()
    certificate = issue(complete(learner, course))
    text = pdf_text(certificate.file.path)
    assert '<img src="file:///etc/passwd"> & <b>Eve</b>' in text
    assert len(PdfReader(certificate.file.path).pages[0].images) == 1  # only the QR code


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_renderer_reads_nothing_outside_its_font_directory(tmp_path, settings, caplog):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    from PIL import Image

    secret = tmp_path / "secret.png"
    Image.new("RGB", (40, 40), (200, 30, 30)).save(secret)
    relative = os.path.relpath(secret, rendering.FONT_DIR)
    html = f"""<html><head><style>
        @import url("http://127.0.0.1:{port}/style.css");
        @font-face {{ font-family: X; src: url("http://127.0.0.1:{port}/font.ttf"); }}
        body {{ background-image: url("file://{secret}"); }}
    </style></head><body>
    <img src="http://127.0.0.1:{port}/logo.png">
    <img src="file://{secret}">
    <img src="{secret}">
    <img src="{relative}">
    <img src="../../../../../../../..{secret}">
    <p>text</p></body></html>"""
    try:
        pdf = rendering.html_to_pdf(html)
    finally:
        server.shutdown()
    assert _Recorder.requests == []
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 0
    assert "Blocked by the resource policy" in caplog.text


def test_page_image_is_drawn(course, learner, issue, tmp_path, site_settings):
    """pdftoppm renders the page; the name's line is not blank."""
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm (poppler-utils) is missing: .ci/run installs it")
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    learner.preferred_language = "ar"
    learner.save()
    certificate = issue(complete(learner, course))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-singlefile", certificate.file.path, str(tmp_path / "p")],
        check=True,
    )
    from PIL import Image

    image = Image.open(tmp_path / "p.png").convert("L")
    assert image.size == (468, 331)
    # The middle band (name and course) has ink in it.
    band = image.crop((60, 120, 408, 200))
    assert band.getextrema()[0] < 100


def test_longest_name_and_title_stay_on_one_page(course, learner, issue):
    learner.full_name = ("Amina Juma Mohamed Khamis Salim Abdallah " * 5)[:200]
    learner.save()
    course.title = (
        "Cybersecurity awareness essentials for every civil servant in the ministry, "
        "its agencies and regional offices, with the incident-reporting procedure, 2026"
    )
    course.save()
    certificate = issue(complete(learner, course))
    assert len(PdfReader(certificate.file.path).pages) == 1
