"""Browser tests: Playwright driving Debian's Chromium, with axe-core on every page.

Without Chromium (or axe-core) the tests are skipped with a loud notice, except
when MAARIFA_REQUIRE_BROWSER or CI is set: then a missing browser is a failure.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_missing: list[str] = []


def _browser_required() -> bool:
    return bool(os.environ.get("MAARIFA_REQUIRE_BROWSER") or os.environ.get("CI"))


def _chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")


def _unavailable(reason: str):
    if _browser_required():
        pytest.fail(f"Browser tests are required here but cannot run: {reason}", pytrace=False)
    _missing.append(reason)
    pytest.skip(f"BROWSER TESTS SKIPPED: {reason}")


def pytest_terminal_summary(terminalreporter):
    if _missing:
        terminalreporter.write_sep("!", "BROWSER TESTS WERE SKIPPED", red=True, bold=True)
        for reason in sorted(set(_missing)):
            terminalreporter.write_line(f"  {reason}", red=True)
        terminalreporter.write_line(
            "  Install Chromium (apt-get install chromium) and run `make test` again.", red=True
        )


@pytest.fixture(scope="session")
def browser():
    executable = _chromium_path()
    if not executable:
        _unavailable("no Chromium found (looked for `chromium` on PATH and $CHROMIUM_PATH)")
    if not AXE.exists():
        _unavailable(f"axe-core is not installed at {AXE} (run `npm ci`)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django refuses
    # database access from such a thread unless told it is safe, which it is
    # here: the test, not an async view, is what touches the database.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
            yield instance
            instance.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def page(browser):
    # bypass_csp lets the test inject axe-core; the site's own pages run no inline script.
    context = browser.new_context(viewport={"width": 1100, "height": 800}, bypass_csp=True)
    tab = context.new_page()
    yield tab
    context.close()


def assert_accessible(page) -> None:
    """Fail on any serious or critical WCAG 2.1 A/AA violation axe-core finds."""
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    serious = [v for v in results["violations"] if v["impact"] in ("serious", "critical")]
    report = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "targets": [n["target"] for n in v["nodes"]][:5],
        }
        for v in serious
    ]
    assert not serious, f"Accessibility violations on {page.url}:\n{json.dumps(report, indent=2)}"


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def sign_in(browser, live_server, person, language, *, javascript: bool):
    """A new browser context signed in as ``person`` through the login form."""
    from tests.factories import DEFAULT_PASSWORD

    context = browser.new_context(
        java_script_enabled=javascript, bypass_csp=True, viewport={"width": 1000, "height": 800}
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("input[name=username]", person.email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("main button[type=submit]")
    return context, page
