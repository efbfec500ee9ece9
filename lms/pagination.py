"""Pages of a filtered list."""

from __future__ import annotations

from django.core.paginator import Page, Paginator


def paginate(request, items, per_page: int, *, param: str = "page") -> tuple[Page, str]:
    """The requested page of ``items`` (the last or first for a bad number),
    and the request's other query parameters, for page links that keep the
    filters."""
    page = Paginator(items, per_page).get_page(request.GET.get(param))
    params = request.GET.copy()
    params.pop(param, None)
    return page, params.urlencode()
