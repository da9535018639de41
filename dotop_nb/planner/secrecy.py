"""What the AI planner must never show or record: credentials in the API's URL, and the key.

``ANTHROPIC_BASE_URL`` may carry a gateway's credentials (``http://user:password@host``) or a
token in its query string; every URL the planner puts into a message, an error, a session or a
cassette goes through :func:`safe_url`, which keeps only scheme, host, port and path. The API key
travels in a header and is never written on purpose, but a model can echo whatever it was told:
:func:`without` replaces it (and any other given secret) in any JSON-like value before the value
is recorded, like the gateway's Secret scrubber does for cluster Secret values.

Example::

    safe_url("https://u:p@gw.example/v1?token=abc")   # 'https://gw.example/v1'
    without({"analysis": "key sk-ant-123456789"}, ["sk-ant-123456789"])
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any
from urllib.parse import urlsplit, urlunsplit

REDACTED = "<redacted>"
_MIN_SECRET = 8  # shorter strings would redact ordinary words


def safe_url(url: object) -> str:
    """``url`` without its userinfo, query string and fragment (they may hold credentials)."""
    text = str(url)
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "(an unparsable URL)"
    if not parts.scheme or not host:
        # Not a URL we can take apart: show nothing that might be a credential.
        return "(an unparsable URL)" if ("@" in text or "?" in text) else text
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def url_secrets(url: str | None) -> list[str]:
    """The parts of ``url`` that may be credentials: its userinfo (whole, user and password)
    and its query string (whole and each value)."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
    except ValueError:
        return [url]
    found: list[str] = []
    userinfo, at, _ = parts.netloc.rpartition("@")
    if at:
        found += [userinfo, *userinfo.split(":", 1)]
    if parts.query:
        values = [q.partition("=")[2] for q in parts.query.split("&")]
        found += [parts.query, *values]
    return [s for s in found if s]


def without(value: Any, secrets: Collection[str | None]) -> Any:
    """A copy of a JSON-like ``value`` (or text) with every string in ``secrets`` replaced by
    ``<redacted>``, in keys and values. Empty or very short secrets are ignored."""
    found = sorted({s for s in secrets if s and len(s) >= _MIN_SECRET}, key=len, reverse=True)
    if not found:
        return value

    def walk(item: Any) -> Any:
        if isinstance(item, str):
            for secret in found:
                if secret in item:
                    item = item.replace(secret, REDACTED)
            return item
        if isinstance(item, dict):
            return {walk(k): walk(v) for k, v in item.items()}
        if isinstance(item, list):
            return [walk(v) for v in item]
        return item

    return walk(value)


__all__ = ["REDACTED", "safe_url", "url_secrets", "without"]
