"""Tab completion for ``%operate``: subcommands, options, namespaces, workloads, session ids.

An IPython matcher (the v2 ``context_matcher`` API) registered by ``%load_ext dotop_nb``. It
answers only on a line that starts with ``%operate`` (or a ``%%operate`` cell's first line) and
then suppresses the other matchers, so Python names are not offered inside an intent. What it
offers comes from the same tables the parser uses (:mod:`.parsing`), the session journal, and for
namespaces and workloads one bounded list request each, cached for a few seconds; a cluster that
does not answer gives no completions, never an error in the middle of typing.

Example (what a person sees)::

    %operate ap<TAB>            → approve
    %operate approve <TAB>      → op-20261126-1a2b3c4d …  (newest first)
    %operate scale my<TAB>      → my-api
    %operate scale my-api -n <TAB> → default  shop  …
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from IPython.core.completer import (
    CompletionContext,
    SimpleCompletion,
    SimpleMatcherResult,
    context_matcher,
)

from dotop_nb import lifecycle
from dotop_nb.errors import DotopError
from dotop_nb.magics.parsing import (
    APPROVE_OPTIONS,
    CAPABILITY_OPTIONS,
    HISTORY_OPTIONS,
    INTENT_OPTIONS,
    RESUME_OPTIONS,
    SUBCOMMANDS,
    VERIFY_OPTIONS,
    Spec,
)

if TYPE_CHECKING:
    from dotop_nb.magics.magic import OperateMagics

OPTIONS: dict[str, Spec] = {
    "approve": APPROVE_OPTIONS,
    "resume": RESUME_OPTIONS,
    "history": HISTORY_OPTIONS,
    "verify": VERIFY_OPTIONS,
    "capabilities": CAPABILITY_OPTIONS,
}
TAKES_SESSION = frozenset({"approve", "resume", "rollback", "refine", "reject", "status", "verify"})
WORKLOADS = (("apps/v1", "Deployment"), ("apps/v1", "StatefulSet"), ("apps/v1", "DaemonSet"))
TTL = 10.0  # seconds a namespace or workload list is reused while typing
MAX_SESSIONS = 50
APPLIES: dict[str, frozenset[str]] = {
    "approve": lifecycle.READY,
    "refine": lifecycle.REFINABLE,
    "reject": frozenset(s for s, nxt in lifecycle.TRANSITIONS.items() if "rejected" in nxt),
    "resume": lifecycle.RESUMABLE,
    "rollback": lifecycle.ROLLBACKABLE,
}
"""The statuses a subcommand applies to: only those sessions are offered after it."""


class Completer:
    """Completions for one :class:`OperateMagics` (its engine, journal and settings)."""

    def __init__(self, magics: OperateMagics) -> None:
        self.magics = magics
        self._cache: dict[tuple[str, ...], tuple[float, list[str]]] = {}

    # ------------------------------------------------------------------------- sources
    def _cached(self, key: tuple[str, ...], load: Callable[[], list[str]]) -> list[str]:
        hit = self._cache.get(key)
        if hit is not None and time.monotonic() - hit[0] < TTL:
            return hit[1]
        try:
            found = load()
        except (DotopError, OSError):
            found = []  # no cluster, no journal: nothing to offer, nothing raised
        self._cache[key] = (time.monotonic(), found)
        return found

    def sessions(self, command: str = "status") -> list[str]:
        """Session ids, newest first (ids start with their creation date), of the sessions
        ``command`` applies to (:data:`APPLIES`; any for the others)."""
        wanted = APPLIES.get(command)

        def load() -> list[str]:
            op = self.magics.operator()
            newest = sorted(op.sessions(), reverse=True)[:MAX_SESSIONS]
            if wanted is None:
                return newest
            return [s for s in newest if _status(op, s) in wanted]

        return self._cached(("sessions", command), load)

    def namespaces(self) -> list[str]:
        def load() -> list[str]:
            client = self.magics.operator().client
            items = client.list("v1", "Namespace", None, limit=500, stale_ok=True)
            return sorted(str(n["metadata"]["name"]) for n in items)

        return self._cached(("namespaces",), load)

    def workloads(self, namespace: str) -> list[str]:
        def load() -> list[str]:
            client = self.magics.operator().client
            names = {
                str(obj["metadata"]["name"])
                for api, kind in WORKLOADS
                for obj in client.list(api, kind, namespace, limit=500, stale_ok=True)
            }
            return sorted(names)

        return self._cached(("workloads", namespace), load)

    # ------------------------------------------------------------------------- matching
    def complete(self, words: Sequence[str], token: str) -> list[str]:
        """Completions for ``token``, the word being typed after ``words`` (the words of the
        line before it, ``%operate`` excluded)."""
        head = words[0].lower() if words else ""
        before = words[-1] if words else ""
        if not words:
            found = [s for s in SUBCOMMANDS if s.startswith(token.lower())]
            return found + [
                o for o in INTENT_OPTIONS if token.startswith("-") and o.startswith(token)
            ]
        if head in SUBCOMMANDS:
            spec = OPTIONS.get(head, {})
            if token.startswith("-"):
                return [o for o in spec if o.startswith(token)]
            if head in TAKES_SESSION and len(words) == 1:
                return [s for s in self.sessions(head) if s.startswith(token)]
            return []
        # An intent: options, a namespace after -n, else workload names of its namespace.
        if before in ("-n", "--namespace"):
            return [n for n in self.namespaces() if n.startswith(token)]
        if before in ("--planner",):
            from dotop_nb.planner import PLANNERS  # noqa: PLC0415

            return [p for p in PLANNERS if p.startswith(token)]
        if token.startswith("-"):
            return [o for o in INTENT_OPTIONS if o.startswith(token)]
        namespace = self.magics.namespace
        for option, value in itertools.pairwise(words):
            if option in ("-n", "--namespace"):
                namespace = value
        if not token:
            return []
        return [w for w in self.workloads(namespace) if w.startswith(token)]


def _status(op: Any, session_id: str) -> str:
    """A session's recorded status ('' when its record cannot be read: not offered)."""
    try:
        return str(op.journal.load(session_id, verify=False).status)
    except (DotopError, OSError, ValueError):
        return ""


def matcher(completer: Completer) -> Any:
    """The IPython matcher over ``completer`` (register with ``shell.Completer``)."""

    @context_matcher()  # type: ignore[untyped-decorator]
    def operate_matcher(context: CompletionContext) -> SimpleMatcherResult:
        line = context.line_with_cursor[: context.cursor_position]
        stripped = line.lstrip()
        if not stripped.startswith(("%operate", "%%operate")) or " " not in stripped:
            return {"completions": [], "suppress": False}
        words = stripped.split()
        token = "" if line.endswith((" ", "\t")) else words.pop()
        found = completer.complete(words[1:], token)
        return {
            "completions": [SimpleCompletion(text=f, type="dotop") for f in found],
            "suppress": True,
        }

    return operate_matcher


def install(shell: Any, magics: OperateMagics) -> Any:
    """Add the ``%operate`` matcher to ``shell``'s completer; returns it (for :func:`remove`)."""
    found = matcher(Completer(magics))
    completer = getattr(shell, "Completer", None)
    if completer is not None:
        completer.custom_matchers.append(found)
    return found


def remove(shell: Any, found: Any) -> None:
    completer = getattr(shell, "Completer", None)
    if completer is not None and found in completer.custom_matchers:
        completer.custom_matchers.remove(found)
