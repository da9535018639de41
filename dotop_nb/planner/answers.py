"""The model's answer, read from the raw HTTP body and checked before the loop touches it.

A ``200 OK`` is not yet a Messages API answer: a proxy's HTML page, a truncated body, ``{}`` or a
tool call without a name would otherwise surface deep in the loop as a ``JSONDecodeError`` or an
``AttributeError`` — an unexpected crash (exit 1) that throws away the hybrid planner's offline
answer and records nothing. :func:`parse` turns every such body into :class:`Malformed`, with
the reason, which the planner raises as a ``malformed_answer`` :class:`PlannerError`:

- ``foreign``: the body is not a Messages API message at all (not JSON, HTML, no
  ``"type": "message"``): something else answered at ``ANTHROPIC_BASE_URL`` (a proxy, a portal),
  so the API is unavailable (exit 31);
- otherwise a message with a broken part (content not a list, a block without a type, a
  ``tool_use`` without an id or name, usage without token counts): the model's answer is
  malformed (exit 30).

A ``tool_use`` block's ``input`` is *not* checked here: any value reaches the tool, which answers
a non-object with an error result (for ``submit_proposal``, a malformed submission).

Example::

    answer = parse(b'{"type": "message", "content": [], "stop_reason": "end_turn", ...}',
                   "application/json")
    answer.calls        # the tool_use blocks
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

Json = dict[str, Any]


class Malformed(Exception):
    """The body is not a usable Messages API answer. ``foreign``: not a message at all."""

    def __init__(self, reason: str, *, foreign: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.foreign = foreign


@dataclass(frozen=True)
class Answer:
    """One checked model answer: plain JSON in the API's shape."""

    raw: Json
    content: list[Json]
    stop_reason: str | None
    usage: Json

    @property
    def calls(self) -> list[Json]:
        return [b for b in self.content if b["type"] == "tool_use"]

    @property
    def said(self) -> str:
        return " ".join(b["text"] for b in self.content if b["type"] == "text").strip()


def parse(body: bytes, content_type: str = "application/json") -> Answer:
    """The answer in ``body``, or :class:`Malformed` saying what is wrong with it."""
    media = content_type.split(";", maxsplit=1)[0].strip().lower()
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        kind = f"a {media} body" if media and media != "application/json" else "invalid JSON"
        raise Malformed(
            f"the answer is {kind}, not a Messages API message: {_preview(body)}", foreign=True
        ) from None
    if not isinstance(data, dict) or data.get("type") != "message":
        raise Malformed(
            f"the answer is JSON but not a Messages API message: {_preview(body)}", foreign=True
        )
    content = data.get("content")
    if not isinstance(content, list):
        raise Malformed("the message's content is not a list", foreign=False)
    for i, block in enumerate(content):
        _check_block(i, block)
    stop = data.get("stop_reason")
    if stop is not None and not isinstance(stop, str):
        raise Malformed(f"the message's stop_reason is not a string: {stop!r:.60}", foreign=False)
    usage = data.get("usage")
    if not isinstance(usage, dict) or not all(
        _count(usage.get(k)) for k in ("input_tokens", "output_tokens")
    ):
        raise Malformed("the message's usage has no token counts", foreign=False)
    for key in ("cache_creation_input_tokens", "cache_read_input_tokens"):
        if usage.get(key) is not None and not _count(usage[key]):
            raise Malformed(f"the message's usage.{key} is not a count", foreign=False)
    return Answer(raw=data, content=content, stop_reason=stop, usage=usage)


def _check_block(index: int, block: object) -> None:
    where = f"content block {index}"
    if not isinstance(block, dict) or not isinstance(block.get("type"), str):
        raise Malformed(f"{where} has no type", foreign=False)
    if block["type"] == "text" and not isinstance(block.get("text"), str):
        raise Malformed(f"{where} (text) has no text", foreign=False)
    if block["type"] == "tool_use":
        for key in ("id", "name"):
            value = block.get(key)
            if not isinstance(value, str) or not value:
                raise Malformed(f"{where} (tool_use) has no {key}", foreign=False)
        if "input" not in block:
            raise Malformed(f"{where} (tool_use) has no input", foreign=False)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _preview(body: bytes) -> str:
    text = body[:80].decode("utf-8", "replace")
    return repr(text) + ("…" if len(body) > 80 else "")


__all__ = ["Answer", "Malformed", "parse"]
