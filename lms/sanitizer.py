"""The one place where HTML from outside Wagtail's rich-text editor is made safe.

Raw-HTML lesson blocks, imported material and anything a learner types pass
through ``sanitize_html`` before they are stored or shown. It keeps a strict
allow-list of structural tags; everything else — scripts, event handlers,
``style``, ``javascript:`` and ``data:`` URLs, forms, frames, SVG and MathML —
is removed, and the result is well-formed. The Content-Security-Policy set by
``lms.middleware`` is the second wall behind it.
"""

import bleach
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl",
        "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
        "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong",
        "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": ["lang", "dir", "title"],
    "a": ["href", "lang", "dir", "title"],
    "img": ["src", "alt", "width", "height", "lang", "dir", "title"],
    "td": ["colspan", "rowspan", "lang", "dir"],
    "th": ["colspan", "rowspan", "scope", "lang", "dir"],
    "ol": ["start", "lang", "dir"],
}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})


def sanitize_html(html: str | None) -> SafeString:
    """Return ``html`` with only allow-listed tags, attributes and URL schemes."""
    if not html:
        return mark_safe("")
    cleaned = bleach.clean(
        str(html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    return mark_safe(cleaned)  # noqa: S308 - this function is what makes it safe
