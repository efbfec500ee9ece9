"""Sign-in, sign-out, password change and reset, profile language, errors."""

import re

import pytest
from django.conf import settings
from django.core import mail

from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


class TestSignIn:
    def test_sign_in_continues_in_the_preferred_language(self, client, home_page):
        user = UserFactory(email="amina@ministry.example", preferred_language="sw")
        response = client.post(
            "/en/accounts/login/",
            {"username": "Amina@Ministry.example", "password": DEFAULT_PASSWORD, "next": "/en/"},
        )
        assert response.status_code == 302
        assert response["Location"] == "/sw/"
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "sw"
        assert int(client.session["_auth_user_id"]) == user.pk

    def test_wrong_password_is_a_translated_form_error(self, client, home_page):
        UserFactory(email="amina@ministry.example")
        response = client.post(
            "/fr/accounts/login/", {"username": "amina@ministry.example", "password": "nope"}
        )
        assert response.status_code == 200
        assert "mot de passe" in response.content.decode()
        assert "_auth_user_id" not in client.session

    def test_disabled_account_is_told_why(self, client, home_page):
        UserFactory(email="gone@ministry.example", is_active=False)
        response = client.post(
            "/en/accounts/login/",
            {"username": "gone@ministry.example", "password": DEFAULT_PASSWORD},
        )
        assert response.status_code == 200
        assert "This account has been disabled" in response.content.decode()
        assert "_auth_user_id" not in client.session

    def test_disabled_account_with_wrong_password_reveals_nothing(self, client, home_page):
        UserFactory(email="gone@ministry.example", is_active=False)
        response = client.post(
            "/en/accounts/login/", {"username": "gone@ministry.example", "password": "wrong"}
        )
        assert "disabled" not in response.content.decode()

    def test_open_redirects_are_refused(self, client, home_page):
        UserFactory(email="amina@ministry.example")
        response = client.post(
            "/en/accounts/login/",
            {
                "username": "amina@ministry.example",
                "password": DEFAULT_PASSWORD,
                "next": "https://evil.example/",
            },
        )
        assert response.status_code == 302
        assert "evil.example" not in response["Location"]

    def test_sign_out_is_a_post(self, client, home_page):
        client.force_login(UserFactory())
        assert client.get("/en/accounts/logout/").status_code == 405
        assert client.post("/en/accounts/logout/").status_code == 302
        assert "_auth_user_id" not in client.session

    def test_sign_in_page_works_without_javascript_and_has_csrf(self, client, home_page):
        response = client.get("/ar/accounts/login/")
        html = response.content.decode()
        assert 'name="csrfmiddlewaretoken"' in html
        assert "<script" not in html


class TestPasswords:
    def test_password_change(self, client, home_page):
        user = UserFactory()
        client.force_login(user)
        response = client.post(
            "/en/accounts/password/change/",
            {
                "old_password": DEFAULT_PASSWORD,
                "new_password1": "a-brand-new-passphrase",
                "new_password2": "a-brand-new-passphrase",
            },
        )
        assert response.status_code == 302
        user.refresh_from_db()
        assert user.check_password("a-brand-new-passphrase")

    def test_password_reset_by_email(self, client, home_page):
        user = UserFactory(email="reset@ministry.example")
        response = client.post("/en/accounts/password/reset/", {"email": "reset@ministry.example"})
        assert response.status_code == 302
        assert len(mail.outbox) == 1
        link = re.search(r"https?://[^/]+(/\S+/)", mail.outbox[0].body).group(1)
        form_url = client.get(link)["Location"]  # Django swaps the token into the session
        response = client.post(
            form_url,
            {"new_password1": "reset-passphrase-123", "new_password2": "reset-passphrase-123"},
        )
        assert response.status_code == 302
        user.refresh_from_db()
        assert user.check_password("reset-passphrase-123")

    def test_password_reset_for_unknown_email_sends_nothing(self, client, home_page):
        response = client.post("/en/accounts/password/reset/", {"email": "nobody@x.example"})
        assert response.status_code == 302
        assert mail.outbox == []


class TestLanguage:
    def test_switcher_redirects_to_the_same_page_and_remembers(self, client, home_page):
        user = UserFactory(preferred_language="en")
        client.force_login(user)
        response = client.post(
            "/i18n/setlang/", {"language": "ar", "next": "/en/accounts/profile/"}
        )
        assert response.status_code == 302
        assert response["Location"] == "/ar/accounts/profile/"
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
        user.refresh_from_db()
        assert user.preferred_language == "ar"

    def test_switcher_for_visitors_uses_a_cookie(self, client, home_page):
        response = client.post("/i18n/setlang/", {"language": "fr", "next": "/en/"})
        assert response["Location"] == "/fr/"
        assert client.get("/")["Location"] == "/fr/"

    def test_switcher_refuses_unknown_languages_and_foreign_redirects(self, client, home_page):
        response = client.post("/i18n/setlang/", {"language": "xx", "next": "/en/"})
        assert response.status_code == 302 and response["Location"] == "/en/"
        response = client.post(
            "/i18n/setlang/", {"language": "sw", "next": "https://evil.example/"}
        )
        assert "evil.example" not in response["Location"]

    def test_switcher_needs_csrf(self, home_page):
        from django.test import Client

        strict = Client(enforce_csrf_checks=True)
        response = strict.post("/i18n/setlang/", {"language": "ar", "next": "/en/"})
        assert response.status_code == 403
        assert "The form has expired" in response.content.decode()

    def test_profile_language_form(self, client, home_page):
        user = UserFactory(preferred_language="en")
        client.force_login(user)
        response = client.post("/en/accounts/profile/", {"language": "sw"})
        assert response["Location"] == "/sw/accounts/profile/"
        user.refresh_from_db()
        assert user.preferred_language == "sw"
        response = client.post("/sw/accounts/profile/", {"language": "klingon"})
        assert response.status_code == 200
        user.refresh_from_db()
        assert user.preferred_language == "sw"

    def test_profile_needs_sign_in(self, client, home_page):
        response = client.get("/en/accounts/profile/")
        assert response.status_code == 302 and "/en/accounts/login/" in response["Location"]


class TestErrorPages:
    def test_unknown_url_is_a_translated_404(self, client, home_page):
        response = client.get("/ar/no-such-page/")
        assert response.status_code == 404
        html = response.content.decode()
        assert 'lang="ar" dir="rtl"' in html
        assert "Traceback" not in html

    def test_unknown_language_prefix_ends_in_a_404_page(self, client, home_page):
        response = client.get("/de/", follow=True)
        assert response.status_code == 404
        assert 'lang="en"' in response.content.decode()

    def test_server_error_page_is_friendly(self, client, home_page):
        from lms.views.errors import server_error

        request = client.get("/en/").wsgi_request
        response = server_error(request)
        assert response.status_code == 500
        assert "Something went wrong" in response.content.decode()

    def test_health(self, client, db):
        response = client.get("/healthz/")
        assert response.status_code == 200 and response.json() == {"status": "ok"}
