"""An order over several workloads narrowed or hedged after it is said, asked (round 24).

Found by a blind attacker, each planned as if the later words were not there:

- a narrowing after the order: "delete worker and frontend. Actually just worker.", "restart
  payments and checkout, well, only payments", "… Only the worker.", "… The worker only.",
  "scale all tier=backend to 0. actually just worker" — the order named more than is meant;
- one of the named taken back: "restart payments and checkout. Actually, leave checkout.",
  "… checkout is fine actually.", "… We still need frontend.", "… checkout no longer needed"
  (in a set — a label, "everything" — such an exclusion is :mod:`.leftout`'s, which reads it);
- a correction typed as a substitution: "update frontend to 2.2.0 s/2.2.0/2.2.1/";
- a status tag beside the order: "delete worker (proposal)", "restart payments (wontfix)",
  "scale checkout to 4 (stale)" — a tracker's item, not an order for now;
- one of the named hedged: "delete worker and possibly frontend", "… and optionally frontend"
  ("maybe", "perhaps", "probably" beside a value are :mod:`.guard`'s hedge, asked there).

Which objects are meant is the writer's to say once: the request is asked, never narrowed by
guess. Only a workload the order itself named (or one of a set the order selected) is read, so
"restart payments, checkout is fine" (a state beside a one-workload order) still plans.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import leftout, spoken
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

_WORD = re.compile(r"[a-z0-9][\w\-]*")
# Where a later part of the message starts: a sentence, a comma, a dash, a parenthesis.
_BOUNDARY = re.compile(r"[.;!?](?=\s|$)|,\s|\s[\u2014\u2013]\s?|[\u2014\u2013]\s|\s-+\s|\s\(")
# Words a correction opens with: "actually", "well", "wait", "on second thought".
_OPENER = (
    r"(?:(?:actually|well|so|ok|okay|oh|hmm|um|wait|sorry|no|rather|instead|really|correction|"
    r"on\s+second\s+thoughts?|edit:?|scratch\s+that|make\s+(?:that|it))[\s,:!.\-]*)*"
)
_DET = r"(?:(?:the|our|my)\s+)?"
# "just worker", "only the worker", "the worker only", "worker alone", "really only worker".
_ONLY = re.compile(
    rf"^[\s,.;:!?()\u2014\u2013\-]*{_OPENER}(?:(?:only|just|solely|merely)\s+(?:do\s+)?"
    rf"{_DET}(?P<a>[a-z0-9][\w\-]*)(?:\s+deployment)?"
    # (The name ends the phrase: "only the postgres objects" says which objects of one.)
    r"(?=\s*(?:$|[.,;!?)]|(?:actually|please|then|instead|though|for\s+now)\b))|"
    rf"{_DET}(?P<b>[a-z0-9][\w\-]*)\s+(?:only|alone)\b)"
)
# "leave checkout", "keep frontend (up / as is / alone)", "skip checkout", "not frontend".
_KEPT_AT_START = re.compile(
    rf"^[\s,.;:!?()\u2014\u2013\-]*{_OPENER}(?:please\s+)?(?:leave|keep|spare|skip|exclude|"
    rf"forget|not|but\s+not|minus|without|drop)\s+(?:out\s+)?{_DET}(?P<w>[a-z0-9][\w\-]*)"
    r"(?=\s*(?:$|[.,;!?)]|(?:alone|as\s+is|up|running|be|untouched|intact|out|please|for\s+now|"
    r"actually|though|then)\b))"
)
# The same, said as an exclusion with no word of a correction before it ("…, skip worker").
_PLAIN_KEPT = re.compile(
    r"^[\s,.;:!?()\u2014\u2013\-]*(?:please\s+)?(?:leave|keep|spare|skip|exclude|not|but\s+not|minus|"
    r"without)\s"
)
# The same said as a plain state of one named ("…, payments is fine as is"), no opener before it.
# (Round 35, a40a: with "'s" too, "…, frontend's fine"; never after a full stop, nor "doesn't
# need it" — "scale worker and frontend to 0. frontend is fine." may say the zero is fine.)
_PLAIN_STATE = re.compile(
    r"^[\s,;:\u2014\u2013\-]*(?:the\s+)?[a-z0-9][\w\-]*(?:\s+(?:is|are)|'s)\s"
)
# "we still need frontend", "checkout is fine actually", "checkout no longer needed".
_KEPT_SAID = re.compile(
    rf"\b(?:we|i|they|you|customers|users)\s+(?:still\s+)?(?:need|want|use|require)\s+{_DET}"
    r"(?P<a>[a-z0-9][\w\-]*)|"
    rf"^[\s,.;:!?()\u2014\u2013\-]*{_OPENER}{_DET}(?P<b>[a-z0-9][\w\-]*)\s+"
    r"(?:(?:is|are|'s|seems?|looks?)\s+(?:still\s+)?(?:fine|ok|okay|good|healthy|needed|required|"
    r"in\s+use|used)\b|(?:is\s+|are\s+)?(?:no\s+longer|not)\s+(?:needed|required|necessary)\b|"
    r"(?:does\s+not|doesn'?t|don'?t)\s+need\b)"
)
# "delete worker and possibly frontend": one of the named hedged.
_HEDGED = re.compile(
    r"(?:\band|\bor|\bplus|\bas\s+well\s+as|&|,)\s*,?\s*(?:also\s+)?(?P<hedge>possibly|optionally|"
    r"potentially|conceivably|likely|presumably|if\s+(?:needed|necessary|possible|you\s+want)"
    rf"[\s,]*)\s*,?\s*(?:also\s+|even\s+)?{_DET}(?P<w>[a-z0-9][\w\-]*)"
)
# "update frontend to 2.2.0 s/2.2.0/2.2.1/": a correction typed as a substitution.
_SUBSTITUTED = re.compile(r"(?:^|[\s,;(])s/[^/\s]+/[^/\s]*/?(?=$|[\s,.;)])")
# "restart all backend", "scale every backend deployment" (not "no auth at all").
# "delete worker (proposal)", "scale checkout to 4 (stale)": an item's status, in brackets.
_STATUS = re.compile(
    r"[(\[]\s*(?:status:\s*)?(?P<tag>proposals?|proposed|someday|some\s+day|wontfix|"
    r"won'?t[\s-]fix|parked|backlog(?:ged)?|icebox(?:ed)?|stale|duplicate|dup|invalid|closed|"
    r"fixed|done|resolved|abandoned|old|outdated|archived|historical|past|last\s+week|yesterday|"
    r"handled|revisit|awaiting\s+approval|pending(?:\s+approval)?|draft|idea|rejected|declined|"
    r"obsolete|deferred|on\s+hold|blocked|superseded|completed|wip|tbd|not\s+planned|"
    # Round 25 (reports): a suggestion, a to-do, an item for later, a change undone since.
    r"suggestion|suggested|todo|to-?\s?do|future|next\s+(?:sprint|quarter|release)|"
    r"reverted|rolled\s+back|undone)"
    r"\s*[)\]]"
)
_SET_WORD = re.compile(r"\b(?:all|every)\s+(?:the\s+|our\s+)?(?:backend|frontend|tier)\b")


def _named(text: str, names: frozenset[str]) -> list[str]:
    return list(dict.fromkeys(w for w in _WORD.findall(text) if w in names))


def _listed(order: str, name: str) -> bool:
    """Whether ``name`` is an item of a list in ``order`` ("worker and frontend", "payments &
    checkout", "my-api, worker and frontend"), not a workload said beside it ("decommission
    worker since orders took over")."""
    n = re.escape(name)
    return bool(
        rx(
            rf"(?<![\w\-]){n}(?:\s+deployment)?\s*(?:,|\band\b|&|\bplus\b)\s*(?:the\s+)?"
            rf"[a-z0-9]|(?:,|\band\b|&|\bplus\b)\s*(?:the\s+)?{n}(?![\w\-])"
        ).search(order)
    )


def _example(order: str, keep: list[str], drop: list[str]) -> str:
    """The order said again without ``drop``: "scale worker and frontend to 0" → "scale
    worker to 0" (the verb and what is kept, when the order is a set)."""
    said = order.strip(" ,.;:!?()\u2014\u2013-")
    if drop and keep:
        for name in drop:
            # "frontend and worker" less frontend, then "worker and frontend" less frontend.
            said, cut = rx(
                rf"(?<![\w\-])(?:the\s+)?{re.escape(name)}(?:\s+deployment)?\s*"
                r"(?:,\s*(?:and\s+)?|\band\s+|&\s*|\bplus\s+)"
            ).subn("", said, count=1)
            if not cut:
                said = rx(
                    rf"\s*(?:,|\band\b|&|\bplus\b)?\s*(?:the\s+)?{re.escape(name)}"
                    r"(?:\s+deployment)?(?![\w\-])"
                ).sub("", said, count=1)
        if all(rx(rf"(?<![\w\-]){re.escape(k)}(?![\w\-])").search(said) for k in keep):
            return " ".join(said.split())
    verb = _WORD.match(said)
    return f"{verb.group(0)} {' and '.join(keep)}" if verb and keep else "the request, once"


def status(said: str, result: PlanResult, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when ``said`` carries a tracker's status tag
    ("delete worker (proposal)", "restart payments (wontfix)", "scale checkout to 4 (stale)")."""
    if answered or not result.operations:
        return result
    lowered = said.lower()
    if (m := _STATUS.search(lowered)) is None:
        return result
    bare = " ".join((lowered[: m.start()] + lowered[m.end() :]).split()).strip(" .,;")
    return result.held_back(
        f"I read {m.group(0)!r}: a status tag of a tracker's item ({m.group('tag')}), not an "
        f"order for now, so I changed nothing. To have it done now, say the change without the "
        f"tag, e.g. {bare!r}."
    )


def check(ctx: Ctx) -> None:
    """Raise :class:`Clarify` for an order narrowed or hedged after it (module docstring)."""
    text = ctx.text
    if m := _SUBSTITUTED.search(text):
        raise Clarify(
            f"I read {m.group(0).strip(' ,;(')!r}: a correction typed as a substitution, which "
            "I do not apply to the request, so I changed nothing. Say the request once, as it "
            "should be (e.g. with the corrected value only)."
        )
    if not _BOUNDARY.search(text) and not _HEDGED.search(text):
        return
    names = spoken.workload_names(ctx.cluster, ctx.namespace)
    for m in _HEDGED.finditer(text):
        if m.group("w") in names:
            order = text[: m.start()]
            kept = [n for n in _named(order, names) if n != m.group("w")]
            raise Clarify(
                f"I read {m.group(0).strip(' ,')!r}: whether {m.group('w')} is meant is not said, "
                f"so I changed nothing. Say the request with only what should change, e.g. "
                f"'{_example(order, kept, [m.group('w')])}' (or name {m.group('w')} plainly to "
                "include it)."
            )
    for b in _BOUNDARY.finditer(text):
        order, tail = text[: b.start()], text[b.start() :]
        ordered = _named(order, names)
        is_set = bool(
            leftout.SET.search(order) or leftout._PAIR.search(order) or _SET_WORD.search(order)
        )
        several = len(ordered) >= 2 or is_set
        if not several:
            continue
        m = _ONLY.match(tail)
        if (
            m
            and (w := m.group("a") or m.group("b")) in names
            and (is_set or (w in ordered and _listed(order, w)))
        ):
            phrase = tail[: m.end()].strip(" ,.;:!?()\u2014\u2013-")
            raise Clarify(
                f"I read {phrase!r} after the order: it narrows what the order names, so "
                f"I changed nothing. Say the request once, naming only what should change, "
                f"e.g. '{_example(order, [w], [n for n in ordered if n != w])}'."
            )
        if is_set or len(ordered) < 2:
            continue  # a set's exclusion is leftout's
        m = _KEPT_AT_START.match(tail) or _KEPT_SAID.search(tail)
        if m and (w := next(g for g in m.groups() if g)) in ordered and _listed(order, w):
            if (
                (m.re is _KEPT_AT_START and _PLAIN_KEPT.match(tail))
                # Round 34 (a38b): "…, payments is fine as is": said plainly, with no word
                # of a correction before it, the state leaves payments out of the list.
                or (m.re is _KEPT_SAID and m.group("b") and _PLAIN_STATE.match(tail))
            ) and w in leftout.list_left_out(ctx, text):
                # Round 33 (a37c): "restart my-api, payments and worker, skip worker", "…
                # Leave worker.": an exclusion said plainly (no "actually", no "wait") leaves
                # worker out of the list (:mod:`.leftout`); a correction is still asked.
                continue
            phrase = m.group(0).strip(" ,.;:!?()\u2014\u2013-")
            rest = [n for n in ordered if n != w]
            raise Clarify(
                f"I read {phrase!r} after the order: it takes {w} back out of what the order "
                f"names, so I changed nothing. Say the request once, naming only what should "
                f"change, e.g. '{_example(order, rest, [w])}'."
            )
