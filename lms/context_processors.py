from django.conf import settings
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
    }
