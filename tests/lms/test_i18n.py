"""Four languages: lang/dir on every page, complete catalogues, compiled files current."""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ["sw", "ar", "fr"]
# Words that are spelled the same in the other language, checked by a reader.
# Names and symbols that read the same in every language.
EVERYWHERE = {"PDF", "UTF-8"}
SAME_AS_ENGLISH = {
    "fr": EVERYWHERE
    | {
        "→",
        "Administration",
        "introduction",
        "Pages",
        "%(minutes)s min",
        "code",
        "Organisation",
        "Image",
        "Document",
        "Description",
        "Question",
        "Questions",
        "question",
        "questions",
        "Question %(number)s",
        "Quiz",
        "quiz",
        "Type",
        "type",
        "Correct",
        "correct",
        "Incorrect",
        "Code",
        "logo",
        "signature",
        "Actions",
        "inactive",
    },
    "sw": EVERYWHERE | {"→"},
    "ar": EVERYWHERE,
}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "direction"), [("en", "ltr"), ("sw", "ltr"), ("ar", "rtl"), ("fr", "ltr")]
)
@pytest.mark.parametrize("path", ["", "accounts/login/", "accounts/password/reset/", "missing/"])
def test_pages_declare_language_and_direction(client, home_page, language, direction, path):
    response = client.get(f"/{language}/{path}")
    assert f'<html lang="{language}" dir="{direction}">' in response.content.decode()


@pytest.mark.django_db
def test_pages_are_translated(client, home_page):
    assert "Ingia" in client.get("/sw/accounts/login/").content.decode()
    assert "تسجيل الدخول" in client.get("/ar/accounts/login/").content.decode()
    assert "Se connecter" in client.get("/fr/accounts/login/").content.decode()


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_is_complete(language):
    po = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{language}: untranslated {untranslated}"
    assert not fuzzy, f"{language}: fuzzy {fuzzy}"
    copies = [
        e.msgid
        for e in po.translated_entries()
        if e.msgstr == e.msgid and e.msgid not in SAME_AS_ENGLISH.get(language, set())
    ]
    assert not copies, f"{language}: copied from English, not translated: {copies}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_catalogue_matches_source(language):
    """The committed .mo (what a fresh machine uses) says what the .po says."""
    folder = ROOT / "locale" / language / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    with open(folder / "django.mo", "rb") as handle:
        mo = gettext.GNUTranslations(handle)
    for entry in po.translated_entries():
        if entry.msgid_plural:
            # Each count must give the form the language's plural rule picks
            # (Arabic has six: 0, 1, 2, 3–10, 11–99, 100+).
            for count in (0, 1, 2, 3, 11, 100):
                expected = entry.msgstr_plural[mo.plural(count)]
                assert mo.ngettext(entry.msgid, entry.msgid_plural, count) == expected
        elif entry.msgctxt:
            assert mo.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
        else:
            assert mo.gettext(entry.msgid) == entry.msgstr, entry.msgid


def test_every_marked_string_is_in_the_catalogues(tmp_path):
    """Re-extract the strings from a copy of the code and compare with the catalogues."""
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext (xgettext) is needed in CI to check the catalogues")
        pytest.skip("GNU gettext is not installed: cannot re-extract the strings")
    copy = tmp_path / "src"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".venv", "node_modules", ".git", "var", "tests", "*.mo"),
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.dev"}
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "fr",
            "--no-obsolete",
            "--ignore=tests",
            "--ignore=var",
        ],
        cwd=copy,
        env=env,
        check=True,
        capture_output=True,
    )
    fresh = {e.msgid for e in polib.pofile(str(copy / "locale/fr/LC_MESSAGES/django.po"))}
    committed = {e.msgid for e in polib.pofile(str(ROOT / "locale/fr/LC_MESSAGES/django.po"))}
    assert fresh - committed == set(), "run `make messages` and translate the new strings"
    assert committed - fresh == set(), "the catalogues hold strings the code no longer uses"


def test_languages_are_the_four_offered():
    assert [code for code, _ in settings.LANGUAGES] == ["en", "sw", "ar", "fr"]
