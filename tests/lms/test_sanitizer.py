"""Hostile HTML comes out inert; ordinary teaching material survives."""

import pytest
from bs4 import BeautifulSoup

from lms.sanitizer import ALLOWED_TAGS, sanitize_html

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="jav&#x09;ascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<div style="width: expression(alert(1))">x</div>',
    "<style>body{background:red}</style>",
    '<svg onload="alert(1)"><circle/></svg>',
    "<math><mtext><script>alert(1)</script></mtext></math>",
    '<iframe src="https://evil.example"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example"><input name="p"></form>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<p onclick="alert(1)" onmouseover="alert(2)">text</p>',
    "<<script>script>alert(1)<</script>/script>",
    "<div><p>unclosed <b>bold <i>nested</div>",
    '<a href="https://ok.example" target="_blank" rel="opener">ok</a>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    "<!--[if IE]><script>alert(1)</script><![endif]-->",
]


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_input_is_inert(html):
    """Parsed as a browser would, the output has no active element or attribute.

    Text that merely looks like markup (escaped inside an attribute value or
    as text) is inert and allowed to remain.
    """
    out = str(sanitize_html(html))
    soup = BeautifulSoup(out, "html5lib")
    for element in soup.body.find_all(True):
        assert element.name in ALLOWED_TAGS, f"{element.name} survived in {out!r}"
        for name, value in element.attrs.items():
            assert not name.lower().startswith("on"), f"handler {name} survived in {out!r}"
            assert name not in {"style", "target", "srcdoc", "formaction"}, out
            if name in {"href", "src"}:
                scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
                assert scheme in {"", "http", "https", "mailto", "tel"}, out
    assert "<!--" not in out


def test_malformed_nesting_comes_out_balanced():
    out = str(sanitize_html("<div><p>unclosed <b>bold <i>nested</div>"))
    for tag in ("div", "p", "b", "i"):
        assert out.count(f"<{tag}>") == out.count(f"</{tag}>"), out


def test_teaching_material_survives():
    html = (
        '<h2 dir="rtl" lang="ar">كلمات المرور</h2><p>Use a <strong>passphrase</strong>, '
        'see <a href="https://www.ncsc.gov.uk/">NCSC</a>.</p>'
        "<ol><li>One</li><li>Two</li></ol>"
        '<table><tr><th scope="col">A</th></tr><tr><td colspan="2">B</td></tr></table>'
        '<img src="https://example.org/poster.png" alt="Poster">'
    )
    out = str(sanitize_html(html))
    for fragment in (
        '<h2 dir="rtl" lang="ar">كلمات المرور</h2>',
        "<strong>passphrase</strong>",
        '<a href="https://www.ncsc.gov.uk/">NCSC</a>',
        "<li>Two</li>",
        '<th scope="col">A</th>',
        '<td colspan="2">B</td>',
        'alt="Poster"',
    ):
        assert fragment in out


def test_empty_and_none():
    assert sanitize_html(None) == "" and sanitize_html("") == ""
