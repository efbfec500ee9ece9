"""Local development: the embedded defaults, debug on unless told otherwise."""

import os

from .base import *  # noqa: F403
from .base import ENV

DEBUG = ENV["debug"] if "DEBUG" in os.environ else True
SECRET_KEY = ENV["secret_key"] or "dev-only-insecure-key-never-use-in-production-3f9c1a7e"
ALLOWED_HOSTS = ENV["allowed_hosts"] or ["127.0.0.1", "localhost", "[::1]"]
