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

Which Secrets are known: every Secret of the cluster when the credentials can list them
cluster-wide (one list request, again for each proposal) — a value copied into another namespace
is then known too — else those of each namespace read (one list per namespace). Two kinds of
Secret are not learnt as values:

* dotop-nb's own backups of prior states (``dotop-prior-*`` with its labels, see
  :mod:`dotop_nb.cluster.priors`): their ``object.json`` is a whole object, whose names and
  fields would all become "secret"; the values in it are copies of values of the original
  Secrets. The backup of a Secret teaches that Secret's values (parsed), nothing else.
* Helm release records (``type: helm.sh/release.v1``): a gzip'ed, base64'ed payload of hundreds
  of kilobytes each, costly to index and never found in clear elsewhere (a password inside it is
  compressed, so it cannot match a copy anyway).

A form longer than :data:`MAX_FORM` characters is indexed by its first :data:`MAX_FORM`
characters only.

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

from dotop_nb.errors import DotopError, Forbidden

REDACTED = "<redacted>"
MIN_VALUE = 6
"""Shorter values are not searched for: they would redact common words and carry little secrecy
(the field-level redaction of a Secret's ``data`` still hides them)."""
WINDOW = 12
"""Length of the pieces a long value is matched by: a fragment of at least this many characters
of a known value is redacted."""

MAX_FORM = 65536
"""Longer forms of a value are indexed by their beginning only (memory: one entry per
character)."""

BACKUP_PREFIX = "dotop-prior-"
BACKUP_KEY = "object.json"
SESSION_LABEL = "dotop-nb.dev/session"
MANAGED_BY = "app.kubernetes.io/managed-by"
_HELM_RELEASE = "helm.sh/release.v1"

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


def is_backup(obj: Json) -> bool:
    """Is ``obj`` a backup Secret of dotop-nb (its name prefix *and* its labels)?"""
    meta = obj.get("metadata") or {}
    labels = meta.get("labels") if isinstance(meta, dict) else None
    name = meta.get("name") if isinstance(meta, dict) else None
    return (
        obj.get("kind") == "Secret"
        and isinstance(name, str)
        and name.startswith(BACKUP_PREFIX)
        and isinstance(labels, dict)
        and labels.get(MANAGED_BY) == "dotop-nb"
        and bool(labels.get(SESSION_LABEL))
    )


def _backed_up(backup: Json) -> Json | None:
    """The Secret a backup holds (None when it holds another kind, or nothing readable)."""
    encoded = (backup.get("data") or {}).get(BACKUP_KEY)
    if not isinstance(encoded, str):
        return None
    try:
        inner = json.loads(base64.b64decode(encoded, validate=False))
    except (binascii.Error, ValueError):
        return None
    if not isinstance(inner, dict) or inner.get("kind") != "Secret" or is_backup(inner):
        return None
    return inner


class SecretValues:
    """Known Secret values (all forms) and a scrubber over them. Thread-safe.

    ``loader(namespace)`` reads the Secrets of a namespace and ``loader_all()`` those of the
    whole cluster; both are expected to feed them back through :meth:`learn_answer` (the client
    does so for every response). :meth:`ensure` calls them, so values that a planner never read
    are known too.
    """

    def __init__(
        self,
        loader: Callable[[str], object] | None = None,
        *,
        loader_all: Callable[[], object] | None = None,
    ) -> None:
        self._loader = loader
        self._loader_all = loader_all
        self._lock = threading.Lock()
        self._grams: set[str] = set()
        self._short: set[str] = set()
        self._short_pattern: re.Pattern[str] | None = None
        self._loaded: set[str] = set()
        # None: not tried yet; True: every Secret of the cluster was read; False: the
        # credentials may not list Secrets cluster-wide (then namespace by namespace).
        self._all: bool | None = None

    # ------------------------------------------------------------------------------ learning
    def learn(self, obj: Json) -> None:
        """Remember the values of one Secret object (see the module's doc for the exceptions)."""
        if obj.get("type") == _HELM_RELEASE:
            return
        backup = is_backup(obj)
        if backup:
            inner = _backed_up(obj)
            if inner is not None:
                self.learn(inner)
        forms: set[str] = set()
        for field in ("data", "stringData"):
            values = obj.get(field)
            if not isinstance(values, dict):
                continue
            for key, value in values.items():
                if not isinstance(value, str) or (backup and key == BACKUP_KEY):
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
                    self.learn({**item, "kind": "Secret"})  # list items carry no kind

    def _add(self, forms: Iterable[str]) -> None:
        with self._lock:
            changed = False
            for form in forms:
                if len(form) >= WINDOW:
                    before = len(self._grams)
                    head = form[:MAX_FORM]
                    self._grams.update(head[i : i + WINDOW] for i in range(len(head) - WINDOW + 1))
                    changed = changed or len(self._grams) != before
                elif len(form) >= MIN_VALUE and form not in self._short:
                    self._short.add(form)
                    changed = True
            if changed and self._short:
                ordered = sorted(self._short, key=len, reverse=True)
                self._short_pattern = re.compile("|".join(re.escape(f) for f in ordered))

    def ensure(self, namespace: str | None, *, refresh: bool = False) -> None:
        """Know the Secret values that can matter for ``namespace``: every Secret of the
        cluster when the credentials can list them cluster-wide (read once; again with
        ``refresh``), else the Secrets of ``namespace``. A namespace whose Secrets cannot be read
        (no permission, no answer) is not marked as read: only values seen in other answers are
        known for it."""
        if self._ensure_all(refresh=refresh):
            return
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

    def _ensure_all(self, *, refresh: bool) -> bool:
        """Read every Secret of the cluster (once, or again with ``refresh``); True when they
        are known. A 403 is remembered: then only namespaces are read."""
        if self._loader_all is None:
            return False
        with self._lock:
            state = self._all
        if state is False or (state is True and not refresh):
            return bool(state)
        try:
            self._loader_all()
        except Forbidden:
            with self._lock:
                self._all = False
            return False
        except DotopError:  # no answer: fall back to the namespace, try again next time
            return False
        with self._lock:
            self._all = True
        return True

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
