"""Tiny HTTPS/JSON helper the launcher uses to probe health and bootstrap nodes.

The launcher is tooling below the engines, so it does not use the Kubernetes client library (owned
by ``dotop_nb.cluster``): a handful of plain requests with the admin client certificate is enough.
Proxies are never used: every address here is on loopback.
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

_NO_PROXY = urllib.request.ProxyHandler({})


def client_context(
    *, ca: Path | None, cert: Path | None = None, key: Path | None = None
) -> ssl.SSLContext:
    """TLS context trusting ``ca`` (or nothing, for self-signed component endpoints)."""
    if ca is None:
        context = ssl.create_default_context()
        # Component health ports serve self-signed loopback certificates; only liveness is read.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        context = ssl.create_default_context(cafile=str(ca))
    if cert and key:
        context.load_cert_chain(str(cert), str(key))
    return context


def request(
    url: str,
    *,
    method: str = "GET",
    body: dict[str, Any] | None = None,
    context: ssl.SSLContext | None = None,
    timeout: float = 5.0,
) -> tuple[int, str]:
    """Send one request; returns (status, text). Connection failures give status 0."""
    data = json.dumps(body).encode() if body is not None else None
    if not url.startswith(("http://127.0.0.1:", "https://127.0.0.1:")):
        raise ValueError(f"the launcher only talks to loopback, not {url}")
    req = urllib.request.Request(url, data=data, method=method)  # noqa: S310 - checked above
    if data is not None:
        req.add_header("Content-Type", "application/json")
    handlers: list[urllib.request.BaseHandler] = [_NO_PROXY]
    if context is not None:
        handlers.append(urllib.request.HTTPSHandler(context=context))
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(req, timeout=timeout) as resp:
            return int(resp.status), resp.read().decode(errors="replace")
    except urllib.error.HTTPError as err:
        return int(err.code), err.read().decode(errors="replace")
    except (urllib.error.URLError, OSError, TimeoutError) as err:
        return 0, str(err)


def get_json(url: str, *, context: ssl.SSLContext) -> dict[str, Any] | None:
    status, text = request(url, context=context)
    if status != 200:
        return None
    parsed: dict[str, Any] = json.loads(text)
    return parsed
