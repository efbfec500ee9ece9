from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates import views as certificates
from courses import views as learning

from .views import accounts, health

account_patterns = [
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("profile/", accounts.profile, name="profile"),
    path("password/change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("password/reset/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", accounts.set_language, name="set_language"),
    path("healthz/", health.health, name="health"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include(account_patterns)),
    path("my-learning/", learning.my_learning, name="my_learning"),
    path("certificates/", certificates.certificate_list, name="certificate_list"),
    path(
        "certificates/<str:code>/download/",
        certificates.certificate_download,
        name="certificate_download",
    ),
    path(
        "certificates/<str:code>/language/",
        certificates.certificate_language,
        name="certificate_language",
    ),
    path("verify/", certificates.verify, name="certificate_verify"),
    path("verify/<str:code>/", certificates.verify_code, name="certificate_verify_code"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "lms.views.errors.bad_request"
handler403 = "lms.views.errors.permission_denied"
handler404 = "lms.views.errors.page_not_found"
handler500 = "lms.views.errors.server_error"
