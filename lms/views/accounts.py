from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms import LoginForm, PreferredLanguageForm
from ..services import user_set_preferred_language


def _remember_language(response, language: str):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        httponly=False,
    )
    return response


def _safe_next(request, candidate: str | None, fallback: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def _in_language(url: str, language: str) -> str:
    """``url`` as served in ``language``: the same page behind the other prefix."""
    translated = translate_url(url, language)
    if translated != url:
        return translated
    parts = urlsplit(url)
    segments = parts.path.split("/", 2)
    if len(segments) > 1 and segments[1] in dict(settings.LANGUAGES):
        rest = segments[2] if len(segments) > 2 else ""
        query = f"?{parts.query}" if parts.query else ""
        return f"/{language}/{rest}{query}"
    return f"/{language}/"


class LoginView(auth_views.LoginView):
    """Sign in, then continue in the language the person chose on their profile."""

    form_class = LoginForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        language = form.get_user().preferred_language
        target = _in_language(response.url, language)
        return _remember_language(HttpResponseRedirect(target), language)


@require_POST
def set_language(request):
    """Switch language from any page, without JavaScript, and remember it.

    The choice is kept in a cookie for everyone and on the profile of a
    signed-in person, so it follows them to another device.
    """
    language = request.POST.get("language", "")
    fallback = f"/{translation.get_language() or settings.LANGUAGE_CODE}/"
    next_url = _safe_next(request, request.POST.get("next"), fallback)
    if language not in dict(settings.LANGUAGES):
        messages.error(request, _("That language is not available."))
        return redirect(next_url)
    target = _in_language(next_url, language)
    if request.user.is_authenticated:
        user_set_preferred_language(user=request.user, language=language)
    return _remember_language(HttpResponseRedirect(target), language)


@login_required
def profile(request):
    """The signed-in person's own details and their language preference."""
    user = request.user
    if request.method == "POST":
        form = PreferredLanguageForm(request.POST)
        if form.is_valid():
            language = form.cleaned_data["language"]
            user_set_preferred_language(user=user, language=language)
            with translation.override(language):
                messages.success(request, _("Your preferred language has been saved."))
                target = _in_language(request.path, language)
            return _remember_language(HttpResponseRedirect(target), language)
    else:
        form = PreferredLanguageForm(initial={"language": user.preferred_language})
    return render(
        request,
        "lms/profile.html",
        {
            "form": form,
            "person": user,
            "unit_path": [*user.unit.get_ancestors(), user.unit] if user.unit else [],
        },
    )
