"""Cassettes: the transcript of one AI planning run, to replay without a key.

``dotop-nb eval --planner anthropic --cassettes DIR`` records, per scenario, every Messages API
request the loop sent (only what each request adds: the conversation so far is in the earlier
entries) and the model's response, as ``application/vnd.dotop.cassette+json``. Tests replay a
cassette's responses through the real SDK against the scripted Messages API, so a regression in
the loop (tool dispatch, result shapes, stop handling, the submission) is caught without a key.

A cassette is Secret-free: what the model saw was already redacted by the read port, the API key
travels in a header and is never recorded, and the whole cassette passes through ``scrub`` (the
gateway's Secret scrubber) before it is written.

Example::

    recorder = Recorder()
    planner.recorder = recorder                 # an AnthropicPlanner
    planner.plan(request, reader)
    save(path, cassette(recorder, intent=..., namespace=..., model=planner.model))
    replies(load(path), namespace="shop-2")     # the responses, for the scripted server
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotop_nb.errors import ConfigError

Json = dict[str, Any]

MEDIA_TYPE = "application/vnd.dotop.cassette+json"
VERSION = 1


@dataclass
class Recorder:
    """Collects one plan's requests and responses (set as ``AnthropicPlanner.recorder``)."""

    interactions: list[Json] = field(default_factory=list)
    _sent: int = 0

    def __call__(self, request: Json, response: Json) -> None:
        messages = request.get("messages") or []
        # Only what this request adds: each request repeats the conversation so far.
        new = [_unmarked(m) for m in messages[self._sent :]]
        self._sent = len(messages) + 1  # the response is the next message
        self.interactions.append(
            {
                "request": {
                    "model": request.get("model"),
                    "system_sha256": _digest(request.get("system")),
                    "tools_sha256": _digest(request.get("tools")),
                    "new_messages": new,
                },
                "response": copy.deepcopy(response),
            }
        )


def cassette(
    recorder: Recorder,
    *,
    intent: str,
    namespace: str,
    model: str | None,
    category: str = "",
    outcome: Json | None = None,
    scrub: Callable[[Any], Any] | None = None,
    source: str = "dotop-nb eval",
) -> Json:
    """The cassette of a recorded run (``outcome``: what came of it, e.g. status and score;
    ``source``: who answered — a model through ``dotop-nb eval``, or a scripted stand-in)."""
    body: Json = {
        "v": VERSION,
        "type": MEDIA_TYPE,
        "source": source,
        "intent": intent,
        "namespace": namespace,
        "category": category,
        "model": model,
        "outcome": outcome or {},
        "interactions": recorder.interactions,
    }
    return scrub(body) if scrub is not None else body


def save(path: Path, value: Json) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def load(path: Path) -> Json:
    """A cassette file, checked for its type and version."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ConfigError(f"cannot read cassette {path}: {err}") from err
    if not isinstance(value, dict) or value.get("type") != MEDIA_TYPE:
        raise ConfigError(f"{path} is not a dotop-nb cassette ({MEDIA_TYPE})")
    if value.get("v") != VERSION:
        raise ConfigError(
            f"{path} is a version {value.get('v')!r} cassette; this dotop-nb reads {VERSION}",
            hint="record it again with `dotop-nb eval --cassettes DIR`",
        )
    return value


def replies(value: Json, *, namespace: str | None = None) -> list[Json]:
    """The recorded responses as scripted-server replies (``content``, ``stop_reason``,
    ``usage``), with the recorded namespace renamed to ``namespace`` (a replay runs in a
    namespace of its own)."""
    responses = [i["response"] for i in value["interactions"]]
    if namespace and value.get("namespace") and namespace != value["namespace"]:
        text = json.dumps(responses).replace(str(value["namespace"]), namespace)
        responses = json.loads(text)
    return [
        {"content": r["content"], "stop_reason": r["stop_reason"], "usage": r.get("usage")}
        for r in responses
    ]


def slug(text: str, *, limit: int = 40) -> str:
    """A file-name-safe form of an intent."""
    out = "".join(c if c.isalnum() else "-" for c in text.lower())
    return "-".join(p for p in out.split("-") if p)[:limit].strip("-") or "intent"


def _unmarked(message: Json) -> Json:
    content = message.get("content")
    if isinstance(content, list):
        content = [{k: v for k, v in b.items() if k != "cache_control"} for b in content]
    return {**message, "content": copy.deepcopy(content)}


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]


__all__ = ["MEDIA_TYPE", "Recorder", "cassette", "load", "replies", "save", "slug"]
