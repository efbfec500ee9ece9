from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language, get_language_info

from .roles import can_access_admin


def navigation(request):
    """What the header needs on every page: languages, direction, admin link."""
    current = get_language() or settings.LANGUAGE_CODE
    return {
        "site_languages": [
            {"code": code, "name": name, "current": code == current}
            for code, name in settings.LANGUAGES
        ],
        "text_direction": "rtl" if get_language_info(current)["bidi"] else "ltr",
        "can_access_admin": can_access_admin(request.user) if hasattr(request, "user") else False,
        # A callable: templates call it only where the link is shown.
        "catalogue_url": catalogue_url,
    }


CATALOGUE_URL_KEY = "maarifa:catalogue-url:{language}"


def catalogue_url() -> str:
    """URL of the course catalogue in the current language, cached; the cache
    is cleared when a catalogue page is published or unpublished."""
    from content.models import CourseIndexPage

    key = CATALOGUE_URL_KEY.format(language=get_language())
    url = cache.get(key)
    if url is None:
        page = CourseIndexPage.objects.live().order_by("path").first()
        url = (page.get_url() or "") if page else ""
        cache.set(key, url, 60 * 60)
    return url
