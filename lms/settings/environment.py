"""Reading configuration from the environment.

Every variable is parsed here, once, into Django settings values. A value that
cannot be used stops the process with ``ImproperlyConfigured`` naming the
variable, so a typo in a deployment never turns into a traceback for a user.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}

SUPPORTED_DATABASE_SCHEMES = {"sqlite", "postgres", "postgresql", "pgsql"}
SUPPORTED_REDIS_SCHEMES = {"redis", "rediss", "unix"}


def env_str(environ: Mapping[str, str], name: str, default: str = "") -> str:
    return environ.get(name, default).strip()


def env_bool(environ: Mapping[str, str], name: str, default: bool) -> bool:
    raw = environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false (1/0, yes/no, on/off); got {raw!r}.")


def env_int(environ: Mapping[str, str], name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}.") from None


def env_list(environ: Mapping[str, str], name: str, default: list[str]) -> list[str]:
    raw = environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int_list(environ: Mapping[str, str], name: str, default: list[int]) -> list[int]:
    items = env_list(environ, name, [str(value) for value in default])
    try:
        return sorted({int(item) for item in items}, reverse=True)
    except ValueError:
        raise ImproperlyConfigured(
            f"{name} must be whole numbers separated by commas; got {environ.get(name)!r}."
        ) from None


def database_config(url: str) -> dict:
    """Django ``DATABASES['default']`` for ``DATABASE_URL``.

    Only SQLite (the embedded default) and PostgreSQL are supported: they are
    the two paths the test suite runs on.
    """
    scheme = urlsplit(url).scheme if "://" in url else ""
    if scheme not in SUPPORTED_DATABASE_SCHEMES:
        raise ImproperlyConfigured(
            f"DATABASE_URL is not a supported database URL: {url!r}. Use "
            "sqlite:////absolute/path/db.sqlite3 or "
            "postgres://user:password@host:5432/database."
        )
    try:
        config = dj_database_url.parse(url, conn_max_age=0)
    except (ValueError, dj_database_url.ParseError) as exc:
        raise ImproperlyConfigured(
            f"DATABASE_URL could not be parsed ({exc}). Quote special characters in the "
            "password with percent-encoding, e.g. postgres://user:p%40ss@host:5432/database."
        ) from None
    if not config.get("NAME"):
        raise ImproperlyConfigured(f"DATABASE_URL names no database: {url!r}.")
    if config["ENGINE"] == "django.db.backends.postgresql":
        # Persistent connections with health checks: each gunicorn worker keeps
        # one connection instead of opening one per request.
        config["CONN_MAX_AGE"] = 60
        config["CONN_HEALTH_CHECKS"] = True
    return config


def redis_url_checked(url: str) -> str:
    scheme = urlsplit(url).scheme
    if scheme not in SUPPORTED_REDIS_SCHEMES or "://" not in url:
        raise ImproperlyConfigured(
            f"REDIS_URL is not a Redis URL: {url!r}. Use redis://host:6379/0 "
            "(or rediss:// for TLS)."
        )
    return url


def cache_config(redis_url: str) -> dict:
    if redis_url:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": "maarifa",
            }
        }
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "maarifa",
        }
    }


def q_cluster_config(redis_url: str, *, workers: int, sync: bool = False) -> dict:
    """django-q2 settings: the Redis broker when Redis is configured, else the ORM.

    ``timeout`` stays below ``retry``: otherwise a task still running when
    ``retry`` expires is handed to a second worker and runs twice.
    """
    config = {
        "name": "maarifa",
        "workers": workers,
        "timeout": 240,
        "retry": 300,
        "max_attempts": 5,
        "queue_limit": 50,
        "bulk": 10,
        "catch_up": False,
        "label": "Background tasks",
        "sync": sync,
    }
    if redis_url:
        config["redis"] = redis_url
    else:
        config["orm"] = "default"
    return config


def read(environ: Mapping[str, str] | None = None) -> dict:
    """The whole configuration, as plain values, from ``environ``."""
    environ = os.environ if environ is None else environ
    redis_url = env_str(environ, "REDIS_URL")
    if redis_url:
        redis_url_checked(redis_url)
    return {
        "debug": env_bool(environ, "DEBUG", False),
        "secret_key": env_str(environ, "SECRET_KEY"),
        "allowed_hosts": env_list(environ, "ALLOWED_HOSTS", []),
        "csrf_trusted_origins": env_list(environ, "CSRF_TRUSTED_ORIGINS", []),
        "database_url": env_str(environ, "DATABASE_URL"),
        "redis_url": redis_url,
        "media_root": env_str(environ, "MEDIA_ROOT"),
        "private_media_root": env_str(environ, "PRIVATE_MEDIA_ROOT"),
        "static_root": env_str(environ, "STATIC_ROOT"),
        "site_url": env_str(environ, "SITE_URL", "http://127.0.0.1:8000"),
        "q_workers": env_int(environ, "Q_WORKERS", 2),
        "quiz_grace_seconds": env_int(environ, "QUIZ_GRACE_SECONDS", 30),
        "archive_link_hours": env_int(environ, "CERTIFICATE_ARCHIVE_LINK_HOURS", 24),
        "verify_rate_limit": env_int(environ, "VERIFY_RATE_LIMIT", 30),
        "trusted_proxy_hops": env_int(environ, "TRUSTED_PROXY_HOPS", 0),
        "directory_import_max_bytes": env_int(
            environ, "DIRECTORY_IMPORT_MAX_BYTES", 20 * 1024 * 1024
        ),
        "directory_import_max_rows": env_int(environ, "DIRECTORY_IMPORT_MAX_ROWS", 200_000),
        "due_soon_days": env_int(environ, "DUE_SOON_DAYS", 14),
        "reminder_days": env_int_list(environ, "REMINDER_DAYS_BEFORE", [14, 3]),
        "overdue_reminder_every_days": env_int(environ, "OVERDUE_REMINDER_EVERY_DAYS", 7),
        "escalate_after_days": env_int(environ, "ESCALATE_AFTER_DAYS", 14),
        "hr_digest_weekday": env_int(environ, "HR_DIGEST_WEEKDAY", 0),
        "email_host": env_str(environ, "EMAIL_HOST"),
        "email_port": env_int(environ, "EMAIL_PORT", 587),
        "email_host_user": env_str(environ, "EMAIL_HOST_USER"),
        "email_host_password": env_str(environ, "EMAIL_HOST_PASSWORD"),
        "email_use_tls": env_bool(environ, "EMAIL_USE_TLS", True),
        "email_use_ssl": env_bool(environ, "EMAIL_USE_SSL", False),
        "default_from_email": env_str(
            environ, "DEFAULT_FROM_EMAIL", "Maarifa <no-reply@localhost>"
        ),
        "secure_proxy_ssl_header": env_bool(environ, "SECURE_PROXY_SSL_HEADER", False),
        "hsts_seconds": env_int(environ, "SECURE_HSTS_SECONDS", 31536000),
        "hsts_preload": env_bool(environ, "SECURE_HSTS_PRELOAD", True),
    }
