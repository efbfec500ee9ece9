"""A fixed-window rate limit per client address, kept in the cache.

With Redis the count is shared by every web worker; with the local-memory
cache of a single-machine install it is per worker process.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or, behind ``MAARIFA_TRUSTED_PROXY_HOPS``
    proxies, the address the outermost trusted proxy saw."""
    hops = settings.MAARIFA_TRUSTED_PROXY_HOPS
    if hops:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def allow(request, *, scope: str, limit: int, window: int) -> bool:
    """Count one hit for the client in ``scope``; False once over ``limit``
    in the current ``window`` seconds."""
    address = hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{address}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit
