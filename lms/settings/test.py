"""The test suite: database and Redis from the environment, tasks run inline."""

from .base import *  # noqa: F403
from .base import ENV, REDIS_URL, environment

DEBUG = False
SECRET_KEY = "test-only-secret-key-with-enough-length-to-be-realistic-0123456789"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# django-q2 reads Q_CLUSTER once at import, so override_settings cannot switch
# it to inline mode: it is set here instead.
Q_CLUSTER = environment.q_cluster_config(REDIS_URL, workers=1, sync=True)
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = "maarifa-test"  # noqa: F405
MEDIA_ROOT = str(BASE_DIR / "var" / "test-media")  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SITE_URL = ENV["site_url"]
