"""Every Secret value this process has read, and the scrubber that removes them from any text.

Field-level redaction (:mod:`dotop_nb.cluster.redact`) hides a Secret's ``data``; but a value can
also travel: a JSON patch copies ``/data/password`` into an annotation, an apiserver error echoes
it, a ConfigMap or an env var holds a copy, a log prints it. So redaction is also *by value*: the
:class:`~dotop_nb.cluster.client.KubeClient` feeds every Secret it receives (``get``, ``list``,
dry-run answers …) into one :class:`SecretValues`, and everything that leaves the cluster package
(planner views, dry-run results, errors, records) is scrubbed against it.

Each value is known in several forms: as stored (base64, with and without padding) and decoded
(as text, trimmed, and JSON-escaped as it appears inside a serialised document). A form of at
least :data:`MIN_VALUE` characters is replaced wherever it appears; a form of at least
:data:`WINDOW` characters is also found in pieces: any run of text that shares a
:data:`WINDOW`-character substring with it is replaced (a value cut short by a display limit, or
embedded in a longer string).

Example::

    values = SecretValues()
    values.learn({"kind": "Secret", "apiVersion": "v1", "data": {"pw": "czNjcjN0LXMzY3IzdA=="}})
    values.scrub_text("leaked: s3cr3t-s3cr3t")   # 'leaked: <redacted>'
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from dotop_nb.errors import DotopError

REDACTED = "<redacted>"
MIN_VALUE = 6
"""Shorter values are not searched for: they would redact common words and carry little secrecy
(the field-level redaction of a Secret's ``data`` still hides them)."""
WINDOW = 12
"""Length of the pieces a long value is matched by: a fragment of at least this many characters
of a known value is redacted."""

_IDENTITY = (("kind",), ("apiVersion",), ("metadata", "name"), ("metadata", "namespace"))

Json = dict[str, Any]
T = TypeVar("T")


def value_forms(encoded: str) -> set[str]:
    """The forms one Secret ``data`` value (base64) can take in text."""
    forms = {encoded, encoded.rstrip("=")}
    try:
        raw = base64.b64decode(encoded, validate=False)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return forms
    for candidate in (text, text.strip()):
        forms.add(candidate)
        forms.add(json.dumps(candidate)[1:-1])  # as it appears inside a JSON string
    return forms


class SecretValues:
    """Known Secret values (all forms) and a scrubber over them. Thread-safe.

    ``loader(namespace)`` reads the Secrets of a namespace; it is expected to feed them back
    through :meth:`learn_answer` (the client does so for every response). :meth:`ensure` calls it
    once per namespace, so values that a planner never read are known too.
    """

    def __init__(self, loader: Callable[[str], object] | None = None) -> None:
        self._loader = loader
        self._lock = threading.Lock()
        self._grams: set[str] = set()
        self._short: set[str] = set()
        self._short_pattern: re.Pattern[str] | None = None
        self._loaded: set[str] = set()

    # ------------------------------------------------------------------------------ learning
    def learn(self, obj: Json) -> None:
        """Remember the values of one Secret object."""
        forms: set[str] = set()
        for field in ("data", "stringData"):
            values = obj.get(field)
            if not isinstance(values, dict):
                continue
            for value in values.values():
                if not isinstance(value, str):
                    continue
                if field == "data":
                    forms |= value_forms(value)
                else:
                    encoded = base64.b64encode(value.encode()).decode()
                    forms |= value_forms(encoded)
        self._add(forms)

    def learn_answer(self, body: Any) -> None:
        """Remember the Secrets in an API answer (a Secret, or a list of them)."""
        if not isinstance(body, dict):
            return
        kind = body.get("kind")
        if kind == "Secret":
            self.learn(body)
        elif kind == "SecretList":
            for item in body.get("items") or []:
                if isinstance(item, dict):
                    self.learn(item)

    def _add(self, forms: Iterable[str]) -> None:
        with self._lock:
            changed = False
            for form in forms:
                if len(form) >= WINDOW:
                    before = len(self._grams)
                    self._grams.update(form[i : i + WINDOW] for i in range(len(form) - WINDOW + 1))
                    changed = changed or len(self._grams) != before
                elif len(form) >= MIN_VALUE and form not in self._short:
                    self._short.add(form)
                    changed = True
            if changed and self._short:
                ordered = sorted(self._short, key=len, reverse=True)
                self._short_pattern = re.compile("|".join(re.escape(f) for f in ordered))

    def ensure(self, namespace: str | None, *, refresh: bool = False) -> None:
        """Read the Secrets of ``namespace`` once (again with ``refresh``). A namespace whose
        Secrets cannot be read (no permission, no answer) is not marked as read: only values
        seen in other answers are known for it."""
        if not namespace or self._loader is None:
            return
        with self._lock:
            if namespace in self._loaded and not refresh:
                return
        try:
            self._loader(namespace)
        except DotopError:  # best effort: redaction still covers every value seen elsewhere
            return
        with self._lock:
            self._loaded.add(namespace)

    @property
    def empty(self) -> bool:
        return not self._grams and not self._short

    # ------------------------------------------------------------------------------ scrubbing
    def scrub_text(self, text: str) -> str:
        """``text`` with every known value (or a long enough piece of one) replaced."""
        if len(text) < MIN_VALUE or self.empty:
            return text
        with self._lock:
            grams = self._grams
            pattern = self._short_pattern
            spans: list[tuple[int, int]] = []
            if grams and len(text) >= WINDOW:
                spans.extend(
                    (i, i + WINDOW)
                    for i in range(len(text) - WINDOW + 1)
                    if text[i : i + WINDOW] in grams
                )
            if pattern is not None:
                spans.extend(m.span() for m in pattern.finditer(text))
        if not spans:
            return text
        spans.sort()
        out: list[str] = []
        cursor = 0
        start, end = spans[0]
        for s, e in spans[1:]:
            if s <= end:
                end = max(end, e)
                continue
            out += [text[cursor:start], REDACTED]
            cursor, start, end = end, s, e
        out += [text[cursor:start], REDACTED, text[end:]]
        return "".join(out)

    def scrub(self, value: T, *, keep_identity: bool = False) -> T:
        """A copy of a JSON-like value with every string (keys included) scrubbed.

        ``keep_identity`` keeps an object's kind, apiVersion, name and namespace as they are: they
        name the object (a short Secret value equal to a name must not unname it).
        """
        if self.empty:
            return value
        out = self._scrub(value)
        if keep_identity and isinstance(value, dict) and isinstance(out, dict):
            for path in _IDENTITY:
                found = _get(value, path)
                if found is not None:
                    _set(out, path, found)
        return out  # type: ignore[no-any-return]

    def _scrub(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.scrub_text(value)
        if isinstance(value, dict):
            return {self._scrub(k): self._scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._scrub(v) for v in value]
        return value

    def found_in(self, value: Any) -> bool:
        """True when a known value (or a long enough piece of one) occurs in ``value``."""
        return not self.empty and self._scrub(value) != value


def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _set(obj: Json, path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        nxt = obj.get(key)
        if not isinstance(nxt, dict):
            return
        obj = nxt
    obj[path[-1]] = value
