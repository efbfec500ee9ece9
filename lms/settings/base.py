"""Settings shared by every environment.

The environment is read once, in ``environment.read()``; the ``dev``, ``test``
and ``production`` modules change only what the environment cannot say.
"""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from . import environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent
ENV = environment.read()

DEBUG = ENV["debug"]
SECRET_KEY = ENV["secret_key"]
ALLOWED_HOSTS = ENV["allowed_hosts"]
CSRF_TRUSTED_ORIGINS = ENV["csrf_trusted_origins"]

INSTALLED_APPS = [
    # modeltranslation patches models at import time, so it goes first; its
    # wagtail commands override makemigrations/migrate for the Page columns.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "lms",
    "content",
    "courses",
    "certificates",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.apps.MaarifaUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_q",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "lms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.context_processors.navigation",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
if not ENV["database_url"]:
    (BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {
    "default": environment.database_config(
        ENV["database_url"] or f"sqlite:///{BASE_DIR / 'var' / 'maarifa.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the task worker writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and background tasks ---------------------------------------------
REDIS_URL = ENV["redis_url"]
CACHES = environment.cache_config(REDIS_URL)
Q_CLUSTER = environment.q_cluster_config(REDIS_URL, workers=ENV["q_workers"])

# --- People -----------------------------------------------------------------
AUTH_USER_MODEL = "lms.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# --- Languages --------------------------------------------------------------
LANGUAGE_CODE = "en"
# Each language is named in itself: that is how a reader finds their own.
LANGUAGES = [
    ("en", "English"),
    ("sw", "Kiswahili"),
    ("ar", "العربية"),
    ("fr", "Français"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_COOKIE_NAME = "maarifa_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "sw", "ar", "fr")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True
# One slug per page for all languages: /sw/… and /ar/… are the same page
# behind another prefix, so links survive a language switch.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False

WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Wagtail ----------------------------------------------------------------
# Answers sent this long after a quiz's time limit still count (slow networks).
MAARIFA_QUIZ_GRACE_SECONDS = ENV["quiz_grace_seconds"]
# How long the link to a bulk ZIP of certificates works.
MAARIFA_ARCHIVE_LINK_HOURS = ENV["archive_link_hours"]
# Code lookups allowed per client address in ten minutes on /verify/.
MAARIFA_VERIFY_RATE_LIMIT = ENV["verify_rate_limit"]
# Reverse proxies in front of the site that append to X-Forwarded-For; 0 means
# the site is reached directly and REMOTE_ADDR is the client.
MAARIFA_TRUSTED_PROXY_HOPS = ENV["trusted_proxy_hops"]
# The largest staff directory file (CSV or XLSX) HR may import, and its most rows.
MAARIFA_DIRECTORY_IMPORT_MAX_BYTES = ENV["directory_import_max_bytes"]
MAARIFA_DIRECTORY_IMPORT_MAX_ROWS = ENV["directory_import_max_rows"]
# Mandatory training: "due soon" starts this many days before the due date;
# reminders go out these many days before it, on the day, then every few days
# while overdue; after ESCALATE_AFTER_DAYS overdue the line manager is told.
# HR officers get their weekly digest on this weekday (0 = Monday).
MAARIFA_DUE_SOON_DAYS = ENV["due_soon_days"]
MAARIFA_REMINDER_DAYS = ENV["reminder_days"]
MAARIFA_OVERDUE_REMINDER_EVERY_DAYS = ENV["overdue_reminder_every_days"]
MAARIFA_ESCALATE_AFTER_DAYS = ENV["escalate_after_days"]
MAARIFA_HR_DIGEST_WEEKDAY = ENV["hr_digest_weekday"]

WAGTAIL_SITE_NAME = "Maarifa"
WAGTAILADMIN_BASE_URL = ENV["site_url"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILUSERS_PASSWORD_REQUIRED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = True

# --- Static and media files -------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = ENV["static_root"] or str(BASE_DIR / "var" / "static")
if not ENV["static_root"]:
    # WhiteNoise warns on every request when its root is missing.
    (BASE_DIR / "var" / "static").mkdir(parents=True, exist_ok=True)
MEDIA_URL = "/media/"
MEDIA_ROOT = ENV["media_root"] or str(BASE_DIR / "var" / "media")
# Certificate PDFs and ZIPs, and staff directory files waiting between their
# preview and the import: never under MEDIA_URL, only through the views that
# check who is asking.
PRIVATE_MEDIA_ROOT = ENV["private_media_root"] or str(BASE_DIR / "var" / "private")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "certificates": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "imports": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(Path(PRIVATE_MEDIA_ROOT) / "imports")},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Email ------------------------------------------------------------------
if ENV["email_use_tls"] and ENV["email_use_ssl"] and ENV["email_host"]:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be true.")
if ENV["email_host"]:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = ENV["email_host"]
    EMAIL_PORT = ENV["email_port"]
    EMAIL_HOST_USER = ENV["email_host_user"]
    EMAIL_HOST_PASSWORD = ENV["email_host_password"]
    EMAIL_USE_TLS = ENV["email_use_tls"]
    EMAIL_USE_SSL = ENV["email_use_ssl"]
    EMAIL_TIMEOUT = 20
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = ENV["default_from_email"]
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security ---------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "lms.views.errors.csrf_failure"
# Wagtail's live preview shows the page in a same-origin frame; DENY would
# blank it. Framing by other sites is still refused (CSP frame-ancestors too).
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_q": {"level": "INFO"},
        # Wagtail runs its search and reference-index updates through
        # django-tasks; one INFO line per task drowns everything else.
        "django_tasks": {"level": "WARNING"},
    },
}
