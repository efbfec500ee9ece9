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
        "campaigns_url": campaigns_url,
    }


INDEX_URL_KEY = "maarifa:index-url:{model}:{language}"


def _index_url(model_name: str) -> str:
    """URL of the first live page of a listing type in the current language,
    cached; the cache is cleared when such a page is published or unpublished."""
    from django.apps import apps

    key = INDEX_URL_KEY.format(model=model_name, language=get_language())
    url = cache.get(key)
    if url is None:
        page = apps.get_model("content", model_name).objects.live().order_by("path").first()
        url = (page.get_url() or "") if page else ""
        cache.set(key, url, 60 * 60)
    return url


def catalogue_url() -> str:
    return _index_url("CourseIndexPage")


def campaigns_url() -> str:
    return _index_url("CampaignIndexPage")
