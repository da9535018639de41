"""Rules for configuration: environment variables, ConfigMap keys, resource requests and limits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from typing import Any

from dotop_nb.models import WORKLOAD_KINDS, PatchOp, RolloutRestartOp, Target
from dotop_nb.planner.offline import (
    asides,
    counted,
    durations,
    quantities,
    statements,
    template,
    voices,
)
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.planner.offline.numbers import (
    _is_number_word,
    _words_value,
    placeholders,
)
from dotop_nb.planner.offline.quantities import cores_or_bytes
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.workloads import pick_container
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
# Round 34 (gap37b): "clear" as a verb only — "To be clear, that's a value", "is clear", "all
# clear", "clear that …" say nothing is taken away.
_CLEAR = (
    r"(?<!\bbe\s)(?<!\bis\s)(?<!\ball\s)(?<!\bam\s)(?<!'s\s)clear(?!\s+(?:that|to|enough|on)\b)"
)
# Verbs that take something away; said of a variable or a key they remove it, never an object.
REMOVE_VERBS = (
    rf"remove|unset|delete|drop|{_CLEAR}|get rid of|take out|take (?:it|them|this|that) out|strip|"
    r"ditch|scrap|nuke|purge|erase|wipe|kill|lose|"
    # Round 34 (gap37b): "take away FEATURE_FLAG env var", "take it away": the phrasal verb.
    r"take away|take (?:it|them|this|that) away"
)
# A word of its own: joined into a value ("delete-oldest") it is that value, not a removal.
# (Round 34, gap37b: Taglish "Tanggalin na po yung FEATURE_X sa my-api-config", "alisin":
# said of a key or a variable only — an object is never deleted on them.)
_REMOVE = re.compile(
    rf"(?<![\w\-./:=@'\"])(?:{REMOVE_VERBS}|(?i:(?:paki-?)?tanggal(?:in)?|alisin))(?![\w\-./:=@'\"])"
)


# Round 34 (gap37b): sed's substitution said of a key, as the order that opens the clause —
# "s/stripe/adyen/ on PROVIDER in payments-config", "s/eu/us/ in REGION of shared-config": the
# key from its old value to the new one (the builder checks the old value against the cluster,
# and asks when it differs). A substitution said after an order ("update frontend to 2.2.0
# s/2.2.0/2.2.1/") is a correction, still asked (:mod:`.narrowing`).
_SUBSTITUTION = re.compile(
    r"(?:^|(?<=[\n,;:]\s)|(?<=[\n.;:]))\s*s/(?P<old>[^/\s]+)/(?P<new>[^/\s]+)/g?\s+(?:on|in|of|for)\s+"
    r"(?:the\s+)?(?P<key>[A-Z][A-Z0-9_]{1,62})\b(?!\s*=)"
)


def substituted(text: str) -> str:
    """``text`` with each substitution said of a key (:data:`_SUBSTITUTION`) as "set KEY from
    OLD to NEW"; any other text as it is."""
    return _SUBSTITUTION.sub(lambda m: f"set {m['key']} from {m['old']} to {m['new']}", text)


def reported_at(said: str, at: int) -> bool:
    """Whether the word at ``at`` sits in a clause said after the removal's own that reports
    what someone did or what is the case, with no removal verb in it (:func:`.asides.statement`:
    "delete the worker deployment, I moved the scoring into an Airflow DAG", "delete orders, I
    moved QUEUE into shared-config"): why the object goes, never the key or variable taken away
    (nor, when it is one of the namespace, simply context: asked)."""
    verb = _REMOVE.search(said)
    for a, b in statements.spans(said):
        if a <= at < b:
            clause = said[a:b]
            return (
                verb is not None
                and a > verb.start()
                and not _REMOVE.search(clause)
                and asides.statement(clause)
            )
    return False


def _reported_key(ctx: Ctx, key: str) -> None:
    """Ask when every mention of the key or variable to remove is in such a report."""
    said = [m.start() for m in rx(rf"(?<![\w\-]){re.escape(key)}(?![\w\-])").finditer(ctx.raw)]
    if said and all(reported_at(ctx.raw, at) for at in said):
        raise Clarify(
            f"You named {key!r} in what you said about the removal, not as what to remove. "
            "Should I delete the object only, or remove that key or variable? Ask for one on "
            "its own."
        )


# Of these, the verbs said of a variable people use ("tear down", "destroy", "decommission" are
# said of objects: with a variable they are asked).
REMOVES = re.compile(
    rf"\b(?:remove|unset|drop|{_CLEAR}|get rid of|take (?:it |them |this |that )?(?:out|away)|"
    r"strip|ditch)\b"
)
_NOUN = r"(?:env(?:ironment)?\s+)?var(?:iable)?|env"
_NAMED_SETTING = re.compile(
    rf"(?i:\b{_NOUN})\s+([A-Za-z_][\w]*)\b|\b([A-Za-z_][\w]*)\s+(?i:{_NOUN})\b"
)
# What a variable or a key is called when it is named: "the X variable", "env X", "X var".
SETTING_NOUN = r"(?:env(?:ironment)?\s+)?(?:var(?:iable)?s?|setting|key|entry|field|flag)|env\b"


# Round 38 (gap41b, blind41): "Take FEATURE_X out of my-api-config", "take the LOG_LEVEL var
# off payments": the phrasal verb with the key between its parts, said as "remove KEY from".
_TAKEN_OUT = re.compile(
    r"\b(?i:take)\s+(?:(?i:the)\s+)?(?P<key>[A-Z][A-Z0-9_]{1,62})"
    rf"(?P<noun>\s+(?i:{SETTING_NOUN}))?\s+(?i:out\s+of|away\s+from|off(?:\s+of)?|out\s+from)\s+"
    r"(?=[a-z0-9])(?!(?i:it|them|this|that|there|here|in|on|for|at|to|now)\b)"
)


# Round 42 (blind45): "FEATURE_X out of my-api-config and restart the formaggio API (my-api)
# after": the verb left out, the key opening its clause, then "out of" (never "off": "FEATURE_X
# off on my-api" may be its value).
_OUT_OF_VERBLESS = re.compile(
    r"(?:^|(?<=[,;:])|(?<=\b(?i:and))|(?<=\b(?i:then|also))|(?<=\b(?i:pls))|(?<=\b(?i:please)))"
    r"(?P<lead>\s*)(?:(?i:the)\s+)?"
    # (Never a kind's or a unit's letters: "restart orders, PDB out of scope".)
    r"(?!(?:HPA|PDB|SVC|CM|CPU|GPU|RAM|MEM|OOM|DB|API|TTL|SLO|SLA)\b)"
    rf"(?P<key>[A-Z][A-Z0-9_]{{1,62}})(?P<noun>\s+(?i:{SETTING_NOUN}))?\s+(?i:out\s+of|out\s+from)\s+"
    r"(?=[a-z0-9])(?!(?i:it|them|this|that|there|here|in|on|for|at|to|now)\b)"
    # ("FEATURE_X out of scope", "… out of date", "… out of sync": an idiom, no place.)
    r"(?!(?i:scope|order|date|sync|range|reach|commission|stock|memory|service|question|hand|"
    r"control|time|budget|bounds|line|place|band|use|action|sight|mind|luck|habit|touch|"
    r"context|spec|tune|phase|balance|step|whack|proportion|character|office|work|business|"
    r"print|fashion|style|favou?r|the\s+way|the\s+loop|the\s+box|the\s+picture)\b)"
    # (The place closes its clause: "FEATURE_X out of date in my-api-config", "… out of
    # my-api-config is what Sam wants", "… and into payments-config" — attack49 — are not read.)
    r"(?=(?:the\s+)?[a-z0-9][\w\-]*(?:\s*(?:$|[,;.!])|\s+and\s+(?:then\s+)?"
    r"(?:restart|bounce|roll)))"
)


# Round 44 (m44a): "Gudhjem site (frontend): take the FEATURE_FLAG env var out": the phrasal verb
# closing its clause, the place said before it — "remove KEY" (a value after it is not read so).
_TAKEN_OUT_CLOSING = re.compile(
    r"\b(?i:take)\s+(?:(?i:the)\s+)?"
    r"(?!(?:HPA|PDB|SVC|CM|CPU|GPU|RAM|MEM|OOM|DB|API|TTL|SLO|SLA)\b)"
    rf"(?P<key>[A-Z][A-Z0-9_]{{1,62}})(?P<noun>\s+(?i:{SETTING_NOUN}))?\s+(?i:out|away)"
    r"(?=\s*(?:$|[,;.!?)]|\s-\s|\s+(?i:please|pls|now|too|as\s+well|thanks)\b))"
)


def taken_out(text: str) -> str:
    """``text`` with each key taken out of a place (:data:`_TAKEN_OUT`, or the key alone before
    "out of" opening its clause) said as "remove KEY from"; any other text as it is."""
    text = _TAKEN_OUT.sub(lambda m: f"remove {m['key']}{m['noun'] or ''} from ", text)
    text = _TAKEN_OUT_CLOSING.sub(lambda m: f"remove {m['key']}{m['noun'] or ''}", text)
    return _OUT_OF_VERBLESS.sub(
        lambda m: f"{m['lead']}remove {m['key']}{m['noun'] or ''} from ", text
    )


_KEY = r"(?P<key>(?!(?:HPA|PDB|SVC|CM|CPU|GPU|RAM|MEM)\b)[A-Z][A-Z0-9_]{1,62})"
_KEY_NOUN = r"(?:\s+(?:env(?:ironment)?(?:\s+var(?:iable)?)?|var(?:iable)?|setting|flag|key))?"
# The clause ends after the key: "doesn't need FEATURE_FLAG changed" or "… FEATURE_FLAG=beta"
# says something else of the key, never that it can go.
_ANYMORE = (
    r"(?:\s+(?:any\s?more|any\s+longer|now|at\s+all))?"
    r"(?=\s*(?:[,;.!?:)\u2014\u2013]|\s-\s|$|\s+(?:and|so|but|please|pls|just)\b))"
)
# "…, drop it", "— so just remove that": the removal the statement before asks, said of "it".
_OF_IT = (
    r"(?:\s*(?:[,;:.!\u2014\u2013]|\s-)\s*|\s+(?:so|and)\s+)(?:(?:so|and|just|please|pls|then|"
    r"you\s+can|can\s+you|feel\s+free\s+to|go\s+ahead\s+and)\s+)*"
    rf"(?:(?:{REMOVE_VERBS})\s+(?:it|that|this|the\s+(?:var(?:iable)?|setting|flag|key|env))|"
    r"take\s+(?:it|that|this)\s+out)\b"
    # "… out of the pod environment", "… from its env": where it is removed from.
    r"(?:\s+(?:out\s+)?(?:of|from)\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+)?"
    r"(?:env(?:ironment)?|config(?:uration)?|settings|spec|container|pods?|deployment))?"
)
# A variable said to be needed no more is a variable to remove: "frontend doesn't need
# FEATURE_FLAG anymore", "worker no longer uses OLD_QUEUE", "FEATURE_FLAG on frontend is
# obsolete", "LEGACY_MODE can go" — with or without "…, drop it" after.
_UNNEEDED = (
    re.compile(
        r"(?P<who>\b(?:[a-z0-9][\w\-]*'s\s+)?[a-z0-9][\w\-]*(?:'s)?"
        r"(?:\s+(?:deployment|app|service|container))?)\s+"
        r"(?:does\s*n[o']?t|doesn't|do\s*n[o']?t|don't|no\s+longer|won't|will\s+not)\s+"
        r"(?:need|use|read|want|require)s?\s+(?:the\s+|its\s+)?"
        rf"{_KEY}{_KEY_NOUN}{_ANYMORE}(?:{_OF_IT})?"
    ),
    re.compile(
        rf"(?:\bthe\s+)?(?:\b(?P<owner>[a-z0-9][\w\-]*)'s\s+)?{_KEY}{_KEY_NOUN}(?P<who>\s+(?:on|in|of|for|from)\s+[a-z0-9][\w\-]*)?\s+"
        r"(?:(?:is|'s)\s+(?:no\s+longer\s+(?:needed|used|required|read)|"
        r"not\s+(?:needed|used|required|read)(?:\s+by\s+(?P<by>[a-z0-9][\w\-]*))?\s+any\s?more|"
        r"obsolete|unused|dead|unneeded|redundant)|can\s+go|has\s+to\s+go|must\s+go)"
        rf"{_ANYMORE}(?:{_OF_IT})?"
    ),
)


# After a key said to be needed no more, a delete that names an object of its own ("PPV is dead:
# tear down orders", "LEGACY is over - decommission worker"): the statement is that delete's
# reason, not a variable to remove.
_ORDER_OF_ITS_OWN = re.compile(
    r"\s*(?:[,;:.!\u2014\u2013]|\s-)\s*(?:(?:so|and|just|please|pls|then)\s+)*"
    r"(?:tear\s+down|decommission|destroy|uninstall|delete|remove|drop|nuke|scrap)\s+"
    r"(?!(?:it|that|this|them|the\s+(?:var(?:iable)?|setting|flag|key|env))\b)"
    r"(?:the\s+)?(?!the\b)(?P<gone>[a-z0-9][\w\-]*)(?!\s+(?:env|var|variable|setting|flag|key)\b)"
)


def unneeded(text: str) -> str:
    """``text`` with a variable said to be needed no more (see :data:`_UNNEEDED`) said as its
    removal: "frontend doesnt need FEATURE_FLAG anymore, drop it" → "remove FEATURE_FLAG from
    frontend". The removal rule then checks the variable exists."""
    for pattern in _UNNEEDED:
        m = pattern.search(text)
        if m is None:
            continue
        said_by = m.groupdict()
        who = (said_by["who"] or said_by.get("by") or said_by.get("owner") or "").strip()
        who = rx(r"^(?:on|in|of|for|from)\s+|'s$").sub("", who)
        if (own := _ORDER_OF_ITS_OWN.match(text, m.end())) and own.group("gone") != who.lower():
            # "PPV is dead: tear down orders": the reason of a delete of orders (never of the
            # workload said to hold the variable: "frontend doesnt need X, drop the frontend")
            continue
        if m:
            said = f"remove {m.group('key')}" + (f" from {who}" if who else "")
            return f"{text[: m.start()]}{said}{text[m.end() :]}"
    return text


# Round 19: the value a key has now, in a report, then the order that names the key by a
# pronoun: "PROVIDER=stripe is wrong for the cash side, set it to wire in payments-config",
# "LOG_LEVEL is info, which is too quiet - make it debug", "REGION says eu but it should be us".
# The report: the key, then its value now ("=", "is", "says", "reads", "is still", "is set to").
_REPORTED = re.compile(
    r"(?:^|(?<=[\s(:;,]))(?:(?i:the)\s+)?(?P<key>(?!(?:CPU|GPU|RAM|MEM|HPA|PDB|SVC|CM|RS|KEDA|VPA|"
    r"QOS)\b)[A-Z][A-Z0-9_]{1,62})(?P<where>\s+(?i:in|on|of|for)\s+[a-z0-9][\w\-]*)?(?:\s*=\s*|\s+(?i:is\s+(?:still\s+|currently\s+|now\s+)?"
    r"(?:set\s+to\s+)?|says|reads|shows|holds|'s)\s*)(?P<old>'[^']*'|\"[^\"]*\"|[\w.\-/:]+)"
    # The rest of the report: no new key, no full stop, no second order's verb.
    r"(?P<rest>[^.;=]{0,80}?)"
    # The clause break, then the order on "it"/"that": a verb of setting, or "it should be".
    r"(?:[,;:.]\s*|\s+[-\u2013\u2014]\s+|\s+(?i:so|but|and)\s+)(?:(?i:so|but|and|just|please|pls)\s+)*"
    r"(?:(?i:(?P<verb>set|change|switch|flip|make|move|update|put|turn|point))\s+(?i:it|that|this)"
    r"\s+(?:(?i:back\s+|over\s+)?(?i:to|as|at)\s+)?|(?i:it|that|this)\s+(?i:should|must|needs\s+to|"
    r"has\s+to)\s+(?:(?i:be|say|read)\s+)(?:(?i:set\s+to)\s+)?)"
    r"(?P<new>'[^']*'|\"[^\"]*\"|[\w.\-/:]*[\w/])"
    # The new value ends its clause ("make it pick it up" is no value: a verb goes on).
    r"(?=\s*$|\s*[,;.!?)]|\s+(?i:in|on|for|at|instead|please|pls|thanks|thx|now|then|and|"
    r"too|again|asap|today|tonight)\b)"
)


_NO_VALUE = frozenset("up down higher lower back more less".split())


def reported(text: str, names: Callable[[], frozenset[str]] | None = None) -> str:
    """``text`` with the value a key has now, said in a report before the order that names the
    key by a pronoun (see :data:`_REPORTED`), said as one change from that value: "PROVIDER=stripe
    is wrong for the cash side, set it to wire in payments-config" reads "set PROVIDER from stripe
    to wire in payments-config" — the value now is then checked against the cluster
    (:func:`said_from`), the report's words are no order. One report, one key; a report with no
    order on the pronoun after it ("PROVIDER=stripe is wrong, restart it") is left as said; so
    are capitals said to be a workload (``names``: "product API is my-api, make it 4" names
    my-api by its nickname, round 28)."""
    found = list(_REPORTED.finditer(text))
    if len(found) != 1:
        return text
    m = found[0]
    if names is not None and m.group("old").lower() in names():
        return text
    if t.ENV_NAME.search(m.group("rest")) or m.group("new").lower() in t.VALUE_END:
        return text
    if m.group("new").lower() in _NO_VALUE:
        return text  # "BATCH_SIZE is 10, turn it up": a direction, no value (asked)
    old, new = m.group("old"), m.group("new")
    # Where the report says the key lives ("REGION in shared-config says eu", "… on my-api")
    # stays said; a thing after an article ("for the cash side") is context.
    said = f"{m.group('where') or ''} {m.group('rest')}"
    where = "".join(f" in {w.group(1)}" for w in _REPORT_PLACE.finditer(said))
    return f"{text[: m.start()]}set {m.group('key')}{where} from {old} to {new}{text[m.end() :]}"


_REPORT_PLACE = re.compile(
    r"\b(?:in|on|of|for)\s+(?!(?:the|a|an|our|my|its|their)\s)([a-z0-9][\w\-]*)", re.I
)


# "as discussed", "as agreed with the team", "as per the ticket": a reason after a value.
_AS_AGREED = re.compile(
    r"as\s+(?:discussed|agreed|requested|asked|decided|planned|mentioned|noted|approved|"
    r"promised|announced|usual|before|per)\b",
    re.I,
)


# "PREFETCH_COUNT=50 as an env var", "TIMEOUT_MS=3000 under .spec.template.spec.containers[…].env":
# what the key is or where it goes, said after its value — never more of the value.
_WHERE_SET = re.compile(
    r"as\s+(?:an?\s+)?(?:new\s+)?(?:env(?:ironment)?|var(?:iable)?)\b|"
    r"under\s+(?:the\s+|its\s+)?\S*(?:spec|containers?|env)\b|"
    # Round 26 (gap28): "worker should have HMRC_BATCH=500 set", "… =5 added, please": the
    # participle closing the clause says it is set, never more of the value.
    r"(?:set|added|configured)(?:\s+(?:please|pls|now|too|as\s+well))?\s*[.!]?\s*(?:$|[,;]\s)|"
    # Round 28 (gap30): "put a MAX_LIKES=50 env on worker": what the pair is, then where.
    r"(?:env(?:ironment)?(?:\s+var(?:iable)?)?|var(?:iable)?)\s+(?:on|to|for|in|into)\s",
    re.I,
)

# "AUDIT_LOG=enabled (required for PHI access tracking)", "PROVIDER to change_healthcare (new
# clearinghouse, BAA signed)", "REGION … eu-west-1 (both the bidder and the UI read it)": a closed
# bracket of two words or more after a value, ending its clause, with a word that gives a reason,
# a need, a ticket or who reads it, is a note beside it — never more of the value. (One word in
# brackets, "hello (world)", a bracket left open, or words that could be the value's own,
# "Welcome (beta users only)", are asked.)
_ASIDE = re.compile(
    r"\((?=[^()]*\b(?:required|needed|for|because|since|per|due|so|new|signed|approved|agreed|"
    r"asked|requested|both|all|read|reads|uses|used|fix(?:es|ed)?|see|cf|ticket|chg-?\d+|"
    r"inc-?\d+|[a-z]+-\d+|"
    # "braintree (their cutover)", "v1.30.4 (CVE remediation)": the occasion of a change.
    r"cutover|cut-over|window|remediation|migration|go-?live|cve|maintenance|deadline|launch|"
    r"change|release|incident|audit|finding)\b)\s*[^()\s]+(?:\s+[^()\s]+)+\s*\)\s*(?:[,;.!?]|$)",
    re.I,
)

# "BATCH_SIZE to 50 (currently 10)", "… (was eu)", "… (up from 10)": the value the key has now,
# in brackets after the new one — never more of the value.
_NOW_NOTE = re.compile(
    # (The value now may be blanked already, read elsewhere: "(was )".)
    r"\(\s*(?:currently|presently|now|today|was|(?:up|down)?\s*from|it\s+is|it'?s)(?:\s+[^()\s]+)?"
    r"(?:\s+(?:now|today|atm))?\s*\)\s*(?:[,;.!?]|$)",
    re.I,
)


# Round 24: "… to adyen before the new terminal contract starts": an event the change comes
# before, said with its verb and closing the request, ends the value (the plan awaits it, said
# as it was). "… to adyen before the release" is still asked: a clause may follow it.
_BEFORE_EVENT = re.compile(
    r"(?:before|ahead\s+of|prior\s+to)\s+(?:the|our|their|its)\s+(?:(?!(?:and|or|then|but|plus|also)\b)"
    r"[a-z][\w'-]*\s+){0,4}?(?!(?:and|or|then|but|plus|also)\b)[a-z][\w'-]*"
    r"\s+(?:starts?|begins?|opens?|kicks\s+off|goes\s+live|launch(?:es)?|ends?|runs?)"
    r"\s*[.!]?\s*$",
    re.I,
)


_COMMAND_SAID = (
    r"\W*(?:kubectl|k|oc|cm|configmaps?|(?:deploy(?:ments?)?|sts|statefulsets?|cm|configmaps?)/)"
    r"(?![\w-])"
)


# Round 31 (probe36): "LOG_LEVEL=debug (my-api)", "PROVIDER=adyen [payments]": a workload's name
# alone in brackets right after the value, closing the sentence.
_OWNER_BRACKETED = re.compile(
    r"[(\[]\s*(?:(?:deploy(?:ment)?|sts|statefulset)[/\s])?\s*(?P<name>[a-z0-9][a-z0-9\-]*)\s*[)\]]"
    r"\s*[.!]?\s*$",
    re.I,
)


# Marks of a list's item, written on one line ("• X=1 • config only").
_BULLETS = frozenset("\u2022\u00b7\u25aa\u25e6\u2023\u2043")
# A closed bracket of words closing the clause: "(spare-parts orders)", "(dispatch console),".
_BRACKET_CLOSED = re.compile(r"\(([^()]{1,60})\)\s*(?:[,;.!?]|$)")
# A command said in kubectl's words: "kubectl set env …", "deploy/frontend env …", "cm/x …".
_KUBECTL_SAID = re.compile(
    r"\W*(?:(?:kubectl|k|oc)\s|(?:deploy(?:ments?)?|sts|statefulsets?|cm|configmaps?)/)", re.I
)


def _whole(
    said: str,
    m: re.Match[str],
    group: int,
    owners: Callable[[], Collection[str]] = frozenset,
) -> str:
    """The value of ``m`` read whole, or a question: a value must end where its clause does
    ("hello world" unquoted could be 'hello' or 'hello world'), and must not hide a second
    assignment ("a=1,B_FLAG=3"). A name of ``owners`` (the workloads the change is for) alone in
    brackets after it says where it goes, never more of the value."""
    value = t.unquote(m.group(group))
    if m.end() > m.end(group):
        # The pattern read on past the value ("adyen as its PROVIDER"): it ends the value.
        return value
    tail = said[m.end(group) :]
    rest = tail.lstrip(",.!? ")
    words = rest.split()
    word = words[0] if words else ""
    if rx(r"[,;.!?]+\s").match(tail) and len(_fragment(words)) != 1:
        # "LOG_LEVEL=debug, chasing a bug": punctuation ends the value, and a clause of its
        # own follows. One lone word after it ("MOTD=hello, world") may still be the value.
        word = ""
    elif rx(r"[,;]\s").match(tail) and _end_tag(word):
        # Round 40 (gap43b, blind42/43): "PROVIDER … to razorpay, machan don't touch …",
        # "REGION to eu-west, mate": a word the writer calls the reader by, or an end
        # particle, after a comma (:data:`.voices.ADDRESS`) ends the clause, never more of the
        # value. An unknown word there ("to hello, world") is still asked.
        word = ""
    if rx(r"[,;]\s*[A-Z][A-Z0-9_]*\s*=").search(m.group(group)):
        raise Clarify(
            f"{m.group(group)!r} could be one value or several KEY=value pairs. Quote the "
            f"value if it is one (KEY='{value}'), or set each key on its own."
        )
    # A count ends at a comma ("MAX_RETRIES five, it retries forever"): it cannot go on.
    count = rx(rf"\d+|(?:{t.COUNT_WORDS})", re.I).fullmatch(value)
    ended = bool(count) and said[m.end(group) :].startswith(",")
    if (
        _AS_AGREED.match(rest)
        or _WHERE_SET.match(rest)
        or _ASIDE.match(tail.lstrip())
        or _NOW_NOTE.match(tail.lstrip())
        or durations.NO_END.match(rest)
        or _BEFORE_EVENT.match(rest)
        # Round 30 (gap33a): a shell comment after a command said in kubectl's words ("cm
        # my-api-config LOG_LEVEL=debug  # departures api …", "kubectl set env … X=1 # why"):
        # "#" after a space ends the command ("set X=hello # world on my-api" is still asked).
        or (
            rx(r"\s").match(tail)
            and rx(r"#(?:\s|$)").match(rest)
            and rx(_COMMAND_SAID, re.I).match(said)
        )
    ):
        word = ""  # "… to 50 as discussed in standup", "… (required for audit)": why
    elif rx(r"[.!]\s+[A-Z][a-z]+[.!]?\s*").fullmatch(tail):
        # Round 34 (gap37b): "FEATURE_FLAG on frontend -> ga. Execute.", "… to warn. Out.": a
        # sentence of one word after a full stop closes the message, never more of the value.
        word = ""
    elif rest[:1] in _BULLETS and not rest[1:2].strip() and rx(r"\s").match(tail):
        # Round 33 (gap36b): "• payments-config: PROVIDER = braintree • for payments": a
        # bullet after a space starts the list's next item, never more of the value.
        word = ""
    elif (owner := _OWNER_BRACKETED.match(rest)) and owner.group("name").lower() in owners():
        word = ""  # "LOG_LEVEL=debug (my-api)": where it goes
    elif rest[:1] == "(" and rx(r"\s").match(tail) and (aside := _BRACKET_CLOSED.match(rest)):
        # Round 32 (gap35a): "BATCH_SIZE 10 -> 40 (spare-parts orders), dont touch pdb",
        # "deploy/frontend env FEATURE_FLAG=pit-3-map (dispatch console)": a closed bracket
        # after a space ends the value when it names the workload the change is for, or when
        # the command is said in kubectl's words (a shell value ends at its space).
        inside = {w.strip(".,'") for w in aside.group(1).lower().split()}
        if inside & set(owners()) or _KUBECTL_SAID.match(said):
            word = ""
    if word and count and not ended and (run := _number_run(value, rest)):
        # Round 33 (gap36b): "BATCH_SIZE … to twenty five for the case orders": a count said
        # in words goes on while English composes it, and ends where its clause does.
        return run
    if (
        word
        and not ended
        and word.lower().strip(",.!?;") not in t.VALUE_END
        and not t.ENV_PAIR.match(rest)
    ):
        raise Clarify(
            f"Is the value {value!r}, or does it go on with {word!r}? Put the whole value in "
            f"quotes, e.g. '{value} {word}'."
        )
    return value


def _number_run(value: str, rest: str) -> str:
    """``value`` (a count in words) with the number words after it that compose one number
    with it ("twenty" + "five for …" → "twenty five"), when the clause ends right after them
    (its end, a stop, a bullet or a word that ends a value); "" otherwise."""
    words = rest.split()
    run: list[str] = []
    for w in words:
        core = w.lower().rstrip(",.!?;:")
        if not _is_number_word(core):
            break
        run.append(core)
        if core != w.lower():
            break
    if not run or _words_value([value.lower(), *run]) is None:
        return ""
    after = words[len(run)] if len(words) > len(run) else ""
    last = words[len(run) - 1]
    if (
        after
        and last[-1:] not in ",.!?;:"
        and after[:1] not in _BULLETS
        and after.lower().strip(",.!?;") not in t.VALUE_END
    ):
        return ""
    return " ".join([value, *run])


def _end_tag(word: str) -> bool:
    """Whether ``word`` (its punctuation aside) is an end tag of a voice: a word the writer
    calls the reader by, or a particle that softens the order (:data:`.voices.ADDRESS`)."""
    return word.lower().strip(",.!;") in voices.ADDRESS


def _fragment(words: list[str]) -> list[str]:
    """The words before the first that ends a value ("world" of "world on my-api")."""
    out = []
    for w in words:
        if w.lower().strip(",.!?") in t.VALUE_END:
            break
        out.append(w)
    return out


def _new_destructive(key: str, value: str, target: Target) -> None:
    """A value of a key that does not exist yet that is only a destructive word ('purge') is
    not a complete parse: asked, as the guard asks of any such value. Joined into a value with
    its key named in capitals ("EVICTION_POLICY to delete-oldest") the word is that value."""
    if rx(rf"(?:{t.DESTRUCTIVE})", re.I).fullmatch(value.strip("'\"")):
        raise Clarify(
            f"{value!r} contains a destructive word, and {target.describe()} has no {key}. I "
            "set such a value only on a key that exists (and delete nothing on it): which "
            "existing key did you mean?"
        )


# Round 17 (a18): a key whose name says it counts or measures ("BATCH_SIZE", "MAX_RETRIES",
# "POOL_SIZE", "TIMEOUT_MS", "PORT") holds no negative number: "BATCH_SIZE=-5" is asked.
_COUNTING_KEY = re.compile(
    r"(?:^|_)(?:SIZE|COUNT|MAX|MIN|LIMIT|WORKERS|THREADS|TIMEOUT|TTL|PORT|RETRIES|CONCURRENCY|"
    r"REPLICAS|POOL|CAPACITY|CONNECTIONS|CONNS|LENGTH|LEN|BYTES|MB|MS|SECONDS|SECS|INTERVAL)(?:_|$)",
    re.I,
)
_NEGATIVE = re.compile(r"-\d+(?:\.\d+)?")


def _negative_count(key: str, value: str) -> None:
    """Ask when a negative number is set on a key that counts or measures
    (:data:`_COUNTING_KEY`): a sign slipped in, or a sentinel no one said."""
    if _NEGATIVE.fullmatch(value.strip()) and _COUNTING_KEY.search(key):
        raise Clarify(
            f"{key}={value} is a negative {key.lower().replace('_', ' ')}: is that meant (some "
            f"programs read -1 as 'no limit'), or did you mean {value.strip().lstrip('-')}?"
        )


def spoken_number(key: str, said: str, value: str, old: str | None) -> str:
    """A count said in words as a value ("BATCH_SIZE should be fifty") is the number ("50")
    where the key holds a number now or is new; a value in quotes stays as typed. A key whose
    current value is a word is asked about: the word may be meant. A negative number on a key
    that counts is asked (:func:`_negative_count`)."""
    _negative_count(key, value)
    if said[:1] in "'\"\u201c\u2018":
        return value
    spoken, nums = placeholders(value)
    if spoken != "#0" or not nums[0].words or nums[0].count is None:
        return value
    count = str(nums[0].count)
    if old is None or rx(r"-?\d+(?:\.\d+)?").fullmatch(old):
        return count
    raise Clarify(
        f"{key} is {old!r} now, not a number: should it be the number {count} or the word "
        f"{value!r}? Say {key}={count} or {key}='{value}'."
    )


# A switch written in one vocabulary: a key that holds 'off' is read by an app that knows 'on',
# not necessarily 'enabled' or 'true'.
_SWITCHES = (("on", "off"), ("true", "false"), ("enabled", "disabled"), ("yes", "no"))


def switch_form(key: str, value: str, now: str | None, *, quoted: bool = False) -> None:
    """Ask when ``value`` is a switch word of another vocabulary than the key's current value
    ("FEATURE_X should be enabled" where FEATURE_X is 'off'): the app may not read it. A value
    in quotes is taken as typed."""
    if now is None or quoted:
        return
    said = next((pair for pair in _SWITCHES if value.lower() in pair), None)
    held = next((pair for pair in _SWITCHES if now.lower() in pair), None)
    if said and held and said != held:
        same = held[said.index(value.lower())]
        raise Clarify(
            f"{key} is {now!r} now: set it to {same!r} (the form it is written in), or to "
            f"{value!r} as said? Say {key}={same} or {key}='{value}'."
        )


def _switched(ctx: Ctx, key: str, now: str | None) -> None:
    """Round 14: "turn on FEATURE_X" sets the key to its "on" only when it holds a switch now
    ('off', 'false', …): a key holding another value ("beta") is asked, never switched."""
    said = any(m.group(1) == key for x in ctx.said() for m in t.ENV_TURN_BEFORE.finditer(x))
    if said and not any((now or "").lower() in pair for pair in _SWITCHES):
        raise Clarify(
            f"{key} is {now!r} now, not a switch: what value should it get? Say {key}=<value>."
        )


# "2x", "x3", "3 times", "double": a change relative to the value it holds, not a value.
_FACTOR = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:x|\u00d7|times)|(?:x|\u00d7)\s*\d+(?:\.\d+)?|double|twice|"
    r"triple|half|halved?)",
    re.I,
)


# Rule (round 18): the value written must be the value that reads so. A character that shows
# nothing (a zero-width space, a joiner, a soft hyphen, a direction mark), a letter of another
# width (a fullwidth "DEBUG" or "10") or, on a key that holds a number, a letter that looks like
# a digit ("2O", "l00", "5O0") is a different string from the one the writer sees: asked, never
# written.
_LOOKS_DIGIT = re.compile(r"(?=.*\d)[\dOoIl]+")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def look_alike(key: str, value: str, now: str | None, *, quoted: bool = False) -> None:
    """Ask when ``value`` reads as another string than it is (see the rule above). A value in
    quotes may hold letters as typed; what shows nothing is asked however it is written."""
    hidden = [c for c in value if unicodedata.category(c) == "Cf" or c == "\u00ad"]
    if hidden:
        names = ", ".join(sorted({unicodedata.name(c, f"U+{ord(c):04X}") for c in hidden}))
        shown = "".join(c for c in value if c not in hidden)
        raise Clarify(
            f"The value for {key} holds a character that shows nothing ({names.lower()}): set "
            f"{key}={shown!r} without it, or is it meant?"
        )
    if unicodedata.normalize("NFKC", value) != value:
        plain = unicodedata.normalize("NFKC", value)
        raise Clarify(
            f"The value for {key}, {value!r}, is written in look-alike characters, not "
            f"{plain!r}: the app would read another string. Set {key}={plain}?"
        )
    if (
        not quoted
        and now is not None
        and _NUMBER.fullmatch(now)
        and _LOOKS_DIGIT.fullmatch(value)
        and not value.isdigit()
    ):
        digits = value.translate(_AS_DIGITS)
        raise Clarify(
            f"{key} holds a number ({now}), and {value!r} has a letter where a digit would be: "
            f"did you mean {key}={digits}?"
        )


_AS_DIGITS = str.maketrans("OoIl", "0011")


def factor_form(key: str, value: str, now: str | None, *, quoted: bool = False) -> None:
    """Ask when ``value`` is a factor ("BATCH_SIZE to 2x") and the key holds a number: the
    factor is of the number it holds, which is never written literally in its place. A value
    in quotes is taken as typed."""
    if quoted or now is None or not _FACTOR.fullmatch(value.strip()):
        return
    if rx(r"-?\d+(?:\.\d+)?").fullmatch(now.strip()):
        raise Clarify(
            f"{key} is {now!r} now, and {value!r} is a factor of it, not a value to write: "
            f"say the number it should hold ({key}=<number>), or {key}='{value}' to write it "
            "as typed."
        )


def said_from(ctx: Ctx, key: str, now: str | None) -> None:
    """ "PROVIDER on payments from paypal to adyen": the value said as the one the key has now
    must be what it has (else the speaker's picture is wrong, or the key is not the one meant)."""
    for said in ctx.said():
        for m in [*t.FROM_VALUE.finditer(said), *t.REPLACED_VALUE.finditer(said)]:
            old = t.unquote(m.group(2))
            if m.group(1) == key and now is not None and old != now:
                raise Clarify(
                    f"You said {key} goes from {old!r}, but it is {now!r} now. Set it anyway? "
                    f"Say {key}=<value> without 'from'."
                )
    # "PROVIDER to adyen instead of stripe": the value it has now, said of the one key (read in
    # the words as typed: the prohibitions' reading takes "instead of …" out of ``said``).
    for said in [*ctx.request.refinements, ctx.request.intent]:
        keys = set(t.ENV_NAME.findall(said))
        for m in t.INSTEAD_VALUE.finditer(said):
            old = t.unquote(m.group(1))
            # "… on my-api instead of frontend": an object replaced, never a value.
            named = bool(ctx.workloads(old)) or (
                rx(r"[a-z0-9][-a-z0-9.]*").fullmatch(old) is not None
                and ctx.get("ConfigMap", old) is not None
            )
            if keys == {key} and now is not None and old != now and not named:
                raise Clarify(
                    f"You said {key} is to change instead of {old!r}, but it is {now!r} now. "
                    f"Set it anyway? Say {key}=<value>."
                )


def _now(ctx: Ctx, container: Json, key: str) -> str | None:
    """The value ``key`` has in ``container`` now: its own, or the one a ConfigMap it loads
    whole (envFrom) gives it."""
    for e in container.get("env") or []:
        if e.get("name") == key:
            return None if "value" not in e else str(e["value"])
    for source in container.get("envFrom") or []:
        name = (source.get("configMapRef") or {}).get("name")
        data = ((ctx.get("ConfigMap", name) if name else None) or {}).get("data") or {}
        if key in data:
            return str(data[key])
    return None


# "the messaging team renamed the queue to orders-v2", "the queue is now called orders-v2": a
# thing said to have a new value, in words.
_RENAMED = re.compile(
    # "the queue was renamed to orders-v2", "the queue is now called orders-v2"
    r"\b(?:the\s+|our\s+|its\s+)?(?P<thing>[a-z][a-z ]{1,30}?)\s+"
    r"(?:was\s+|is\s+|are\s+|has\s+been\s+|have\s+been\s+|got\s+|gets\s+)?"
    r"(?:(?:renamed|moved|changed|switched)\s+(?:over\s+)?to|is\s+now(?:\s+called|\s+named)?|"
    r"became|is\s+called)\s+[`'\"]?(?P<value>[a-z0-9][\w.\-/:]*[a-z0-9])[`'\"]?(?=[\s,;:.!]|$)|"
    # "the messaging team renamed the queue to orders-v2", "they moved the bucket to media-2"
    r"\b(?:renamed|moved|changed|switched)\s+(?:the\s+|our\s+|its\s+)(?P<thing2>[a-z][a-z ]{1,30}?)"
    r"\s+(?:to|over\s+to)\s+[`'\"]?(?P<value2>[a-z0-9][\w.\-/:]*[a-z0-9])[`'\"]?(?=[\s,;:.!]|$)|"
    # "orders should consume from the orders-priority queue", "worker is to use the eu-2
    # bucket", "switch to the orders-v2 topic": the thing by its value, named before its noun.
    r"\b(?:should|must|will|shall|needs?\s+to|is\s+to|are\s+to|has\s+to|to)\s+(?:now\s+)?"
    r"(?:consume|read|publish|write|listen|subscribe|point|connect|talk|send|use|switch|move|"
    r"go)\s+(?:(?:from|to|on|at|over\s+to)\s+)?(?:the\s+|a\s+)?[`'\"]?"
    r"(?P<value3>[a-z0-9][\w.\-/:]*[a-z0-9])[`'\"]?\s+(?P<thing3>[a-z]{3,20})(?=[\s,;:.!]|$)",
    re.I,
)


# Round 15 (helper values): "orders should read batches of 25, change BATCH_SIZE", "a pool of
# 20 connections … POOL_SIZE", "25 per batch": a number said with the first word of a key that
# sizes it (BATCH_SIZE, POOL_MAX, TIMEOUT) is that key's value, said before the key.
_SIZED = re.compile(
    r"\b(?P<thing>[a-z]{3,})\s+of\s+(?P<value>\d+(?:\.\d+)?[a-z]{0,3})(?![\w.])|"
    r"(?<![\w.])(?P<value2>\d+(?:\.\d+)?[a-z]{0,3})\s+(?:per|a|each|every)\s+(?P<thing2>[a-z]{3,})\b",
    re.I,
)
_SIZE_WORDS = frozenset("size count max min limit number len length n".split())


def told(text: str, keys: Callable[[], Mapping[str, object]]) -> str:
    """``text`` with the new value a clause of context tells given to the key the order names
    without one: "the messaging team renamed the queue to orders-v2: update QUEUE in
    orders-config" reads "… update QUEUE=orders-v2 in orders-config". The key (a key of the
    namespace, said once, with no value after it) read as words (QUEUE_NAME: "queue name", or
    "queue") must be the thing said renamed, moved or changed to the value, or said to be
    called it now; one thing, one value. Otherwise ``text`` as said (the key is asked)."""
    found: dict[str, set[str]] = {}
    for m in _RENAMED.finditer(text):
        thing = (m.group("thing") or m.group("thing2") or m.group("thing3")).lower().split()
        value = m.group("value") or m.group("value2") or m.group("value3")
        found.setdefault(" ".join(thing[-2:]), set()).add(value)
    sized: dict[str, set[str]] = {}
    for m in _SIZED.finditer(text):
        # "read batches of 25, change BATCH_SIZE": a value said before its key, by its word,
        # in a clause that asks for it (never "it reads batches of 10 now": how it is).
        clause = next((text[a:b] for a, b in statements.spans(text) if a <= m.start() < b), "")
        if not statements.asks(clause[: m.start() - text.find(clause)]):
            continue
        thing = rx(r"(?:es|s)$").sub("", m.group("thing") or m.group("thing2")).lower()
        sized.setdefault(thing, set()).add(m.group("value") or m.group("value2"))
    if not found and not sized:
        return text
    named = [
        k
        for k in dict.fromkeys(t.ENV_NAME.findall(text))
        if k in keys() and not rx(rf"\b{k}\s*(?:=|:|to\b|->)").search(text)
    ]
    if not named:
        return _value_renamed(text, keys)
    if len(named) != 1 or len(rx(rf"\b{named[0]}\b").findall(text)) != 1:
        return text
    key = named[0]
    words = key.lower().replace("_", " ").split()
    values = {
        value
        for thing, said in found.items()
        for value in said
        if thing.endswith(" ".join(words))
        or (words[-1] in ("name", "id") and thing.split()[-1] == words[0])
    } | {
        value
        for thing, said in sized.items()
        for value in said
        if thing == words[0] and (len(words) == 1 or words[-1] in _SIZE_WORDS)
    }
    if len(values) != 1:
        return text
    return rx(rf"\b{key}\b").sub(f"{key}={values.pop()}", text, 1)


def _value_renamed(text: str, keys: Callable[[], Mapping[str, object]]) -> str:
    """``text`` with a rename said of what a key holds, in words ("the orders queue is renamed
    to orders-v2" where QUEUE holds "orders" now), said as the order it is: "set
    QUEUE=orders-v2". The thing's last words must be one key's words and the words before them
    its value now — one key in the namespace, one rename; otherwise ``text`` as said (asked)."""
    found = list(_RENAMED.finditer(text))
    if len(found) != 1 or found[0].group("thing") is None:
        return text
    m = found[0]
    thing = m.group("thing").lower().split()
    hits = set()
    for key, now in keys().items():
        words = key.lower().replace("_", " ").split()
        held = {str(v).lower() for v in now} if isinstance(now, set | frozenset | list) else set()
        if (
            len(thing) > len(words)
            and thing[-len(words) :] == words
            and (thing[-len(words) - 1] in held)
        ):
            hits.add(key)
    if len(hits) != 1:
        return text
    from dotop_nb.planner.offline.guard import VERBS  # noqa: PLC0415 - import cycle

    # "…, update orders-config": an order said beside it takes the value; alone it is "set".
    rest = text[: m.start()] + " " + text[m.end() :]
    verb = (
        ""
        if rx(rf"(?:^|[,;:.!?]\s*)(?:please\s+)?(?:{VERBS})\b", re.I).search(rest.strip())
        else "set "
    )
    if verb and not rx(_WHERE_IT_LIVES).fullmatch(rest.strip(" ,;:.!")):
        # "…, tell the worker team", "…, worker still reads the old one": more than where the
        # key lives is said beside the rename, and no order: asked as said.
        return text
    return f"{text[: m.start()]}{verb}{hits.pop()}={m.group('value')}{text[m.end() :]}"


# Where a renamed value's key lives, said beside the rename ("it lives in orders-config").
_WHERE_IT_LIVES = re.compile(
    r"(?:(?:(?:it|which|that)\s+(?:lives|is|sits|'s)\s+)?in\s+(?:the\s+)?[a-z0-9][a-z0-9-]*)?",
    re.I,
)


# Round 25 (parts, V): "reset LOG_LEVEL in my-api-config to default" wrote the word "default"
# as the value; the default is the app's, unknown here, so it is asked.
_TO_DEFAULT = re.compile(r"\b(?:reset|restore|revert|back\s+to)\b(?=.*\bdefaults?\b)", re.I)
_DEFAULT_WORDS = frozenset(("default", "defaults", "the", "its", "their"))
# "add KEY NEW_FLAG=1 to my-api-config": the word "key" is no key's name, the pair is said.
_KEY_NOUNS = frozenset(("key", "var", "variable", "env", "setting", "flag", "entry"))
_PAIR = re.compile(r"([A-Za-z_][A-Za-z0-9_.\-]*)=(\S+)")


def _configmap_change(ctx: Ctx, target: Target, obj: Json) -> PlanResult:
    data = obj.get("data") or {}
    key = value = None
    quoted = False
    for said in ctx.said():
        # The first assignment said, whichever way it is said: "FLAGS to a=1,B=3" is not B=3.
        found = [
            m
            for m in (
                t.ENV_PAIR.search(said),
                rx(rf"\bkey\s+([A-Za-z0-9_.\-]+)\b.*?\b(?:to|=)\s+{t.VALUE}").search(said),
                t.ENV_TO.search(said),
                t.KEY_IN_TO.search(said),
                *(p.search(said) for p in t.ASSIGNMENTS),
            )
            if m
        ]
        m = min(found, key=lambda f: f.start()) if found else None
        if m:
            key = m.group(1)
            value = spoken_number(
                key, m.group(2), _whole(said, m, 2, lambda: _readers(ctx, target)), data.get(key)
            )
            quoted = m.group(2)[:1] in "'\"\u201c\u2018"
        if key:
            break
    if key is None and _REMOVE.search(ctx.text):
        # "drop the FEATURE_X key from cart-config": the one existing key named.
        named = [n for n in dict.fromkeys(t.ENV_NAME.findall(ctx.raw)) if n in data]
        key = named[0] if len(named) == 1 else None
    if key is None:
        raise Clarify(
            f"Which key of {target.describe()} should change, and to what? It has: "
            f"{', '.join(sorted(data)) or 'no keys'}."
        )
    if key.lower() in _KEY_NOUNS and value is not None and (pair := _PAIR.fullmatch(value)):
        key, value = pair.group(1), pair.group(2)
    if value is not None and value.lower() in _DEFAULT_WORDS and _TO_DEFAULT.search(ctx.raw):
        raise Clarify(
            f"I read {key} back to its default in {target.describe()}, but its default is the "
            f"app's, not known here (it has {data.get(key)!r} now). Say the value, e.g. 'set "
            f"{key}=VALUE in {target.name}', or 'remove {key} from {target.name}' to drop it."
        )
    if value is not None and key not in data:
        _new_destructive(key, value, target)
    said_from(ctx, key, data.get(key))
    _switched(ctx, key, data.get(key))
    if value is not None:
        switch_form(key, value, data.get(key), quoted=quoted)
        factor_form(key, value, data.get(key), quoted=quoted)
        look_alike(key, value, data.get(key), quoted=quoted)
    removing = bool(_REMOVE.search(ctx.text)) and value is None
    if removing:
        _reported_key(ctx, key)
    patch: Json = {"data": {key: None if removing else value}}
    old = data.get(key)
    what = (
        f"remove key `{key}`"
        if removing
        else f"set `{key}` to `{value}`" + (f" (was `{old}`)" if old is not None else " (new key)")
    )
    users = [
        w["metadata"]["name"]
        for kind in ("Deployment", "StatefulSet")
        for w in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        if target.name in str((w.get("spec") or {}).get("template"))
    ]
    risks = []
    restarts = pick_up(ctx, target)
    if restarts:
        what += f", then restart {', '.join(r.target.name for r in restarts)} to pick it up"
    elif users:
        risks.append(
            f"pods read ConfigMaps when they start: restart {', '.join(users)} to pick "
            "up the change"
        )
    return PlanResult(
        category="config",
        operations=[
            PatchOp(
                target=target,
                patch_type="merge",
                patch=patch,
                reason=f"requested: {ctx.request.intent}",
            ),
            *restarts,
        ],
        analysis=f"In {target.describe()}: {what}.",
        risks=risks,
        targets=[target, *(r.target for r in restarts)],
        validation_plan=[f"{target.describe()} holds the new data"],
    )


def env_change(ctx: Ctx, target: Target, container: Json) -> tuple[list[Json], str, dict[str, str]]:
    """The env entries to patch into ``container`` (set or removed), their summary, and the
    pairs set ({} when removing)."""
    current_env = {e["name"]: e for e in container.get("env") or []}
    if _REMOVE.search(ctx.text):
        # A name beside its noun ("the queue_url var", "env queue_url") counts in any case.
        beside = [n for pair in _NAMED_SETTING.findall(ctx.raw) for n in pair if n in current_env]
        names = list(
            dict.fromkeys([*beside, *(n for n in t.ENV_NAME.findall(ctx.raw) if n in current_env)])
        )
        if not names:
            wanted = ", ".join(t.ENV_NAME.findall(ctx.raw))
            has = f"(it has: {', '.join(current_env) or 'none'})"
            raise Clarify(
                f"{wanted} is not set on container {container['name']} of "
                f"{target.describe()} {has}."
                if wanted
                else f"Which variable should I remove from container {container['name']} of "
                f"{target.describe()}? {has}"
            )
        for name in names:
            _reported_key(ctx, name)
        return [{"name": n, "$patch": "delete"} for n in names], f"remove {', '.join(names)}", {}
    pairs: dict[str, str] = {}
    quoted: set[str] = set()
    for said in reversed(ctx.said()):  # oldest first, so corrections win
        matches = sorted(
            [
                *t.ENV_PAIR.finditer(said),
                *t.ENV_TO.finditer(said),
                # "set the LOG_LEVEL of my-api to warn": the key, its workload, the value.
                *t.KEY_IN_TO.finditer(said),
                *(m for p in t.ASSIGNMENTS for m in p.finditer(said)),
            ],
            key=lambda f: f.start(),
        )
        matches = [m for m in matches if not t.moved(said, m.start())]
        end = 0
        for m in matches:
            if m.start() >= end:  # a pair inside an earlier value is part of that value
                key, before = m.group(1), current_env.get(m.group(1), {}).get("value")
                pairs[key] = spoken_number(
                    key, m.group(2), _whole(said, m, 2, lambda: {target.name}), before
                )
                if m.group(2)[:1] in "'\"\u201c\u2018":
                    quoted.add(key)
                else:
                    quoted.discard(key)
                end = m.end()
    for k, v in pairs.items():
        _switched(ctx, k, _now(ctx, container, k))
        if k not in current_env:
            _new_destructive(k, v, target)
        said_from(ctx, k, _now(ctx, container, k))
        switch_form(k, v, _now(ctx, container, k), quoted=k in quoted)
        factor_form(k, v, _now(ctx, container, k), quoted=k in quoted)
        look_alike(k, v, _now(ctx, container, k), quoted=k in quoted)
    if not pairs:
        raise Clarify(
            f"Which environment variable of {target.describe()} should be set, and "
            "to what? Say e.g. 'set LOG_LEVEL=debug on …'."
        )
    # An override of a referenced value drops the reference (a variable has one source).
    env = [
        {
            "name": k,
            "value": v,
            **({"valueFrom": None} if "valueFrom" in current_env.get(k, {}) else {}),
        }
        for k, v in pairs.items()
    ]
    summary = ", ".join(
        f"{k}={v}" + (" (its own value now, no longer a reference)" if e.get("valueFrom") else "")
        for (k, v), e in zip(pairs.items(), (current_env.get(k, {}) for k in pairs), strict=True)
    )
    return env, summary, pairs


def _own_key(ctx: Ctx, target: Target, obj: Json, said: set[str]) -> tuple[Target, Json] | None:
    """The one ConfigMap that ``obj`` alone uses and that has a key said, or None."""
    from dotop_nb.planner.offline.removal import _references  # noqa: PLC0415 - import cycle

    found = []
    for kind, name in sorted(_references(obj)):
        cm = ctx.get("ConfigMap", name) if kind == "ConfigMap" else None
        if cm is not None and said & set(cm.get("data") or {}):
            found.append((Target(kind="ConfigMap", name=name, namespace=ctx.namespace), cm))
    if len(found) != 1:
        return None
    users = [
        w["metadata"]["name"]
        for kind in ("Deployment", "StatefulSet", "DaemonSet")
        for w in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        if ("ConfigMap", found[0][0].name) in _references(w)
        and not (w["kind"] == target.kind and w["metadata"]["name"] == target.name)
    ]
    if users:
        raise Clarify(
            f"{found[0][0].describe()} has that key, but {', '.join(users)} also read(s) it: "
            f"change it there for all of them, or set a variable on one container of "
            f"{target.describe()} (name the container)?"
        )
    return found[0]


# The variable put on the workload itself: "set LOG_LEVEL=debug on my-api", "add … to worker",
# "… for payments", "env var", "override", "kubectl set env deploy/…", "heroku config:set":
# its container gets it (an override of a ConfigMap's). Read at every word ("set … on on
# my-api", "turn on FEATURE_X for my-api"): a lookahead, so matches may overlap.
_ON_WORKLOAD = re.compile(
    r"(?=\b(?:on|to|for|into|in|onto|of)\s+(?:the\s+)?(?:(?:deployment|deploy|statefulset|sts|"
    r"daemonset|ds|workload|app)[\s/]+)?(?P<name>[a-z0-9][\w\-]*))|"
    r"\b(?:deploy(?:ment)?|statefulset|sts|daemonset|ds)/|\bconfig:set\b|"
    r"\b(?P<env>env\w*|variables?|vars?|override\w*|container\w*)\b",
    re.I,
)
# A key written as its assignment, the way a ConfigMap's data or an env file holds it, after a
# colon that closes words saying the change ("payments goes through the university's provider
# from now on: PROVIDER=cybersource", "point payments at the sandbox: PROVIDER=stripe-test").
# A title — a name alone before the colon ("payments: PROVIDER=mollie") — is no such words.
_SPELLED_OUT = re.compile(
    r"^(?!\s*[a-z0-9][\w\-.]*\s*:)[^:]*?[a-z][^:]*\s[^:]*:\s+[A-Z][A-Z0-9_]*=\S+\W*$"
)


def _placed(ctx: Ctx, target: Target) -> bool:
    """Whether the request puts the variable on ``target`` itself (:data:`_ON_WORKLOAD`), or
    says it otherwise than as words, a colon and ``KEY=value``. Said of it that way only
    ("payments goes through the university's provider from now on: PROVIDER=cybersource",
    "point payments at the sandbox: PROVIDER=stripe-test"), a key its own ConfigMap holds is
    changed there (:func:`_own_key`)."""
    if not _SPELLED_OUT.match(ctx.raw):
        return True  # "my-api log level to warn", "[payments] PROVIDER: stripe -> mollie"
    return any(
        m["name"] is None or m["env"] or m["name"].lower() == target.name.lower()
        for m in _ON_WORKLOAD.finditer(t.ENV_NAME.sub(" ", ctx.raw))
    )


def _holder(ctx: Ctx) -> tuple[Target, Json] | None:
    """The one ConfigMap holding the key said, when no workload is named and the words that
    could name one are short for the ConfigMap ("the payment PROVIDER=adyen": payments-config
    alone has PROVIDER). None otherwise (the workload is then asked for)."""
    if ctx.pinned is not None or ctx.workloads():
        return None
    said = set(t.ENV_NAME.findall(ctx.raw))
    holders = [
        cm
        for cm in ctx.cluster.list_objects("v1", "ConfigMap", ctx.namespace, stale_ok=True)
        if said & set(cm.get("data") or {})
    ]
    if len(holders) == 1 and len(said) > 1:
        # Round 27: "set LOG_LEVEL to DEBUG": a value in capitals is the value, no second key
        # (read only when the pairs take every such word and no other object is named).
        said = said & set(holders[0].get("data") or {})
        valued = ctx.raw
        for pattern in (t.ENV_PAIR, t.ENV_TO, t.KEY_IN_TO, *t.ASSIGNMENTS):
            valued = pattern.sub(" , ", valued)
        if t.ENV_NAME.search(valued) or ctx.candidates(valued):
            return None
    if len(holders) != 1 or len(said) != 1:
        return None
    name = str(holders[0]["metadata"]["name"])
    # The value said is no name: "the payment PROVIDER to adyen" names 'payment' alone.
    unvalued = ctx.raw
    for pattern in (t.ENV_PAIR, t.ENV_TO, t.KEY_IN_TO, *t.ASSIGNMENTS):
        unvalued = pattern.sub(" , ", unvalued)
    words = ctx.candidates(unvalued)
    if not words:
        # Round 27: "set LOG_LEVEL to DEBUG", "double BATCH_SIZE": nothing named but the key,
        # which one ConfigMap holds — changed there, unless a container sets a variable of that
        # name itself (then which one is meant is asked), or a place is said that named nothing
        # ("set LOG_LEVEL on the internet-facing nothere to debug": asked which workload).
        return (
            None
            if _set_by_a_container(ctx, said) or t.KEY_IN_TO.search(ctx.raw) or _workload_said(ctx)
            else (
                Target(kind="ConfigMap", name=name, namespace=ctx.namespace),
                holders[0],
            )
        )
    # "switch the payment PROVIDER=adyen": one word is short for the ConfigMap; the others
    # ("switch") name no object (a workload named would have been found above).
    if not any(name.startswith(w) for w in words):
        return None
    return Target(kind="ConfigMap", name=name, namespace=ctx.namespace), holders[0]


def _workload_said(ctx: Ctx) -> bool:
    """Whether the whole request names a workload ("set LOG_LEVEL to DEBUG and restart
    payments": the key may be payments' own, never simply the one ConfigMap's that holds it)."""
    try:
        return bool(ctx.workloads(ctx.said_all()))
    except Clarify:
        return True


def _set_by_a_container(ctx: Ctx, said: set[str]) -> bool:
    """Whether a container of a workload in the namespace sets a variable named in ``said``."""
    for kind in ("Deployment", "StatefulSet", "DaemonSet"):
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, stale_ok=True):
            if any(said & {e.get("name") for e in c.get("env") or []} for c in containers(obj)):
                return True
    return False


# "the REGION value which is shared by my-api and frontend": the key said as what they share.
_SHARED = re.compile(r"\b(?:shared|common|both|all\s+of\s+them|each\s+of\s+them)\b")


def shared_holder(ctx: Ctx) -> tuple[Target, Json] | None:
    """The one ConfigMap holding the key said that every workload named reads, when the key is
    said as what they share ("REGION, shared by my-api and frontend, must become us-east"):
    the change is made there, for all of them. None otherwise ("REGION must become us for
    my-api only, frontend stays in eu" is one workload's own variable)."""
    from dotop_nb.planner.offline.compound import read_by  # noqa: PLC0415 - import cycle

    named = ctx.workloads()
    if len(named) < 2 or not _SHARED.search(ctx.text) or rx(r"\bonly\b").search(ctx.text):
        return None
    said = set(t.ENV_NAME.findall(ctx.raw))
    holders = [
        cm
        for cm in ctx.cluster.list_objects("v1", "ConfigMap", ctx.namespace, stale_ok=True)
        if said & set(cm.get("data") or {})
    ]
    if len(holders) != 1:
        return None
    name = str(holders[0]["metadata"]["name"])
    if stray := [t_.describe() for t_, obj in named if name not in read_by(obj)]:
        # Said as shared, but not all read it: the speaker's picture is not the cluster's.
        raise Clarify(
            f"configmap/{name} holds {', '.join(sorted(said & set(holders[0].get('data') or {})))}"
            f", but {', '.join(stray)} does not read it. Change it there (for its readers), or "
            "set the variable on each workload named?"
        )
    return Target(kind="ConfigMap", name=name, namespace=ctx.namespace), holders[0]


# "both apps should pick it up", "so that they pick up the new value", "and make them reload it":
# the readers are to load the change, which they do only when their pods start.
PICK_UP = re.compile(
    r"\bpick(?:s|ing)?\s+(?:it|this|that|the\s+change|the\s+new\s+value)\s+up\b|"
    r"\bpick(?:s|ing)?\s+up\s+(?:the\s+)?(?:new|changed|updated)\s+(?:value|setting|key)s?\b|"
    r"\b(?:reload|re-?read)\s+(?:it|the\s+(?:new\s+)?value)\b|"
    r"\b(?:should|must|need\s+to|needs\s+to|have\s+to)\s+(?:all\s+)?(?:see|use|get)\s+"
    r"(?:it|the\s+new\s+value)\b"
)


def _readers(ctx: Ctx, configmap: Target) -> set[str]:
    """The names of the workloads that read ``configmap``."""
    from dotop_nb.planner.offline.compound import read_by  # noqa: PLC0415 - import cycle

    return {
        str(obj["metadata"]["name"])
        for kind in WORKLOAD_KINDS
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        if configmap.name in read_by(obj)
    }


def pick_up(ctx: Ctx, configmap: Target) -> list[RolloutRestartOp]:
    """Restarts of the workloads that read ``configmap`` when the request says they are to
    pick the change up; asks when a workload named does not read it."""
    from dotop_nb.planner.offline.compound import read_by  # noqa: PLC0415 - import cycle

    if not PICK_UP.search(ctx.text):
        return []
    readers = [
        Target.of(obj)
        for kind in WORKLOAD_KINDS
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        if configmap.name in read_by(obj)
    ]
    named = [t_ for t_, _ in ctx.workloads()]
    stray = [t_.describe() for t_ in named if t_ not in readers]
    if stray or not readers:
        raise Clarify(
            f"{', '.join(stray) or 'No workload'} does not read {configmap.describe()}: which "
            "workloads should be restarted to pick the change up?"
        )
    # "… and frontend should pick it up": the readers named, else every reader.
    readers = [r for r in readers if r in named] or readers
    why = "pods read ConfigMaps when they start"
    return [RolloutRestartOp(target=r, reason=why) for r in readers]


# "scale payments DB to 0", "scale worker VMSS to 0": the sentence opens with another change's
# verb, and the capitals beside it name no variable the workload has — a database, a cloud
# resource — never a new variable to invent. Asked.
_OTHER_VERB = re.compile(
    r"^\W*(?:(?:please|pls|plz|just|now|then|go\s+ahead\s+and)\s+)*(?P<verb>scale|restart|"
    r"bounce|roll\s*back|revert|undo|drain|shut\s+down)\b",
    re.I,
)


def _has(ctx: Ctx, obj: Json, keys: set[str]) -> bool:
    """Whether a container of ``obj`` has one of ``keys`` (its own or from a ConfigMap)."""
    return any(
        key in {e.get("name") for e in c.get("env") or []} or _now(ctx, c, key) is not None
        for c in containers(obj)
        for key in keys
    )


# Round 28 (attack 32): a key and its value said after a verb that takes it away ("remove
# LOG_LEVEL=DEBUG from my-api-config", "drop FEATURE_X=on", "ban LOG_LEVEL=DEBUG on my-api"):
# never the value set — asked, saying how to remove the key or set another value.
_TAKEN_AWAY = re.compile(
    r"(?i:\b(?:remove|delete|drop|strip|get\s+rid\s+of|rm|unset|clear|ditch|ban|forbid|"
    r"disallow|take\s+out|stop\s+setting|no\s+more|without)\b)"
    r"(?:(?!\b(?:and|then|set|make|put|change|update|but)\b)[^=\n,;.]){0,40}?(?<![\w\-])"
    r"(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?P<value>[^\s,;]+)"
)


def _elsewhere(ctx: Ctx, configmap: Target) -> None:
    """Ask when the change said of ``configmap`` also names a workload that does not read it
    ("in my-api-config set FEATURE_X to on in frontend": the words after the value put it on
    another place). A workload that reads the ConfigMap ("… for my-api") is its reader, and a
    value's own words (masked by :func:`.text.values_masked`) name nothing."""
    words = rx(rf"(?<![\w\-]){re.escape(configmap.name)}(?![\w\-])").sub(
        " ", t.values_masked(ctx.raw)
    )
    try:
        named = ctx.workloads(words)
    except Clarify:
        return
    readers = _readers(ctx, configmap)
    if away := [w.name for w, _ in named if w.name not in readers]:
        raise Clarify(
            f"You named {configmap.describe()} and {', '.join(away)}, which does not read it. "
            f"Which should change: the key in {configmap.name}, or a variable on "
            f"{away[0]} itself? If the words after the value are part of it, put the value in "
            "quotes."
        )


def config(ctx: Ctx) -> PlanResult:
    from dotop_nb.planner.offline import envs  # noqa: PLC0415 - envs builds on this module

    if taken := _TAKEN_AWAY.search(ctx.raw):
        key = taken.group("key")
        raise Clarify(
            f"You said {taken.group(0)!r}: a key with its value after a word that takes it away, "
            f"and I never set what is said to go. To remove the key say 'remove {key} from "
            f"<configmap or workload>'; to give it another value, 'set {key} to <value> on …'."
        )
    configmaps = ctx.configmaps()
    # "env var", "env" say the workload's own variables; a key's name ("ENVIRONMENT=staging")
    # never does.
    if configmaps and not rx(r"\benv").search(t.ENV_NAME.sub(" ", ctx.raw).lower()):
        _elsewhere(ctx, configmaps[0][0])
        return _configmap_change(ctx, *configmaps[0])
    if (only := _holder(ctx) or shared_holder(ctx)) is not None:
        return _configmap_change(ctx, *only)
    target, obj = ctx.workload()
    said = set(t.ENV_NAME.findall(ctx.raw))
    if said and (verb := _OTHER_VERB.match(ctx.text)) and not _has(ctx, obj, said):
        raise Clarify(
            f"I read {', '.join(sorted(said))} beside {verb.group('verb')!r}, but "
            f"{target.describe()} has no such variable, and {verb.group('verb')!r} is no change "
            f"of one. What should change? To add a variable, say e.g. 'set KEY=value on "
            f"{target.name}'."
        )
    if (path := rx(r"containers\[([^\]]*)\]").search(ctx.raw)) and len(containers(obj)) > 1:
        # "… under .spec.template.spec.containers[envoy].env of orders": a container picked by
        # a path in a pod of several is asked, as any path's index is (never one of them).
        raise Clarify(
            f"I read {path.group(0)!r}, and {target.describe()} has containers "
            f"{', '.join(str(c.get('name')) for c in containers(obj))}: say the container in "
            "words, e.g. 'TIMEOUT_MS=3000 on the app container of orders'."
        )
    # In a pod with sidecars, the one container that has the variable is the one meant.
    having = [c for c in containers(obj) if said & {e["name"] for e in c.get("env") or []}]
    # Said as the container's own ("env var", "kubectl set env", "override", "on the app
    # container"), a variable is the container's even where a ConfigMap of the workload has it.
    own = (
        _own_key(ctx, target, obj, said)
        if not having
        and not envs.on_container(ctx, target)
        and (len(containers(obj)) > 1 or not _placed(ctx, target))
        else None
    )
    if own and own[0].name in asides.remarked(ctx.said_all(), ctx.object_names()):
        own = None  # "…; orders-config keeps QUEUE=orders": the ConfigMap said to keep it
    if own:
        # "orders BATCH_SIZE should be 25": no container sets it, the workload's ConfigMap has
        # the key — it is changed there rather than asking which container gets a new variable.
        return _configmap_change(ctx, *own)
    container = having[0] if len(having) == 1 else pick_container(ctx, target, obj)
    env, summary, pairs = env_change(ctx, target, container)
    if pairs and (known := envs.known_by(ctx, target, obj, container, pairs)) is not None:
        # A variable that comes from a ConfigMap is changed there, by the name it is known by.
        return known
    return template.plan(
        ctx,
        target,
        "config",
        template.containers_spec({container["name"]: {"env": env}}),
        analysis=f"Container `{container['name']}` of {target.describe()}: {summary}.",
        verified="the new environment",
    )


# Round 25 (parts): "…, only the request", "memory request to 1Gi only", "leave the limit
# alone": the limit is not to change, so a request above it (which the apiserver rejects) is
# asked rather than the limit raised with it.
_LIMIT_KEPT = re.compile(
    r"\b(?:only|just|solely)\s+(?:the\s+|its\s+)?(?:(?:memory|mem|ram|cpu)\s+)?requests?\b|"
    r"\brequests?\b[^,.;:!?()]*\b(?:only|alone)\b|\(\s*requests?\s+only\s*\)|"
    r"\b(?:leave|keep)\s+(?:the\s+|its\s+)?(?:(?:memory|mem|ram|cpu)\s+)?limits?\b|"
    r"\b(?:don'?t|do\s+not|never)\s+(?:touch|change|raise|bump)\s+(?:the\s+|its\s+)?"
    r"(?:(?:memory|mem|ram|cpu)\s+)?limits?\b|\bnot\s+the\s+limits?\b",
    re.I,
)


def resources(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    container = pick_container(ctx, target, obj)
    values: dict[str, dict[str, str]] = {}
    for said in ctx.said():
        # "memory limit + 1Gi", "256Mi more": an amount on top, never the new value.
        counted.on_top(said, target)
    for said in reversed(ctx.said()):
        for kind, items in quantities.values(_from_now(said, target, container)).items():
            values.setdefault(kind, {}).update(items)
    if not values:
        raise Clarify(
            f"Which requests or limits should {target.describe()} get? Say e.g. "
            "'set cpu request to 250m' or 'memory limit 1Gi'."
        )
    current = container.get("resources") or {}
    risks = []
    raised = []
    for resource, quantity in list(values.get("requests", {}).items()):
        limit = (current.get("limits") or {}).get(resource)
        if resource in values.get("limits", {}) or limit is None:
            continue
        if cores_or_bytes(quantity) > cores_or_bytes(limit):
            # The apiserver rejects a request above its limit: raise the limit with it and say so.
            if kept := _LIMIT_KEPT.search(ctx.raw):
                raise Clarify(
                    f"You said {kept.group(0)!r}, but a {resource} request of {quantity} is "
                    f"above the {resource} limit of container {container['name']} ({limit}), "
                    "which Kubernetes rejects. Say e.g. "
                    f"'{resource} request and limit {quantity}' to raise both, or a request "
                    f"of at most {limit}."
                )
            values.setdefault("limits", {})[resource] = quantity
            raised.append(f"{resource} limit {limit} → {quantity} (a request may not exceed it)")
    for resource, limit in values.get("limits", {}).items():
        request = values.get("requests", {}).get(resource) or (current.get("requests") or {}).get(
            resource
        )
        if request and cores_or_bytes(limit) < cores_or_bytes(request):
            # The apiserver rejects it: ask before a dry-run fails, saying why.
            raise Clarify(
                f"A {resource} limit of {limit} is below the {resource} request of container "
                f"{container['name']} ({request}): Kubernetes rejects a limit under its request. "
                f"Lower the request too (say both), or choose a limit of at least {request}."
            )
    for resource in ("cpu", "memory"):
        request = values.get("requests", {}).get(resource) or (current.get("requests") or {}).get(
            resource
        )
        limit = values.get("limits", {}).get(resource) or (current.get("limits") or {}).get(
            resource
        )
        if request and limit and request != limit:
            risks.append(
                f"{resource}: request {request}, limit {limit} — the apiserver rejects a "
                "request above its limit (the dry-run shows it)"
            )
    described = "; ".join(
        f"{kind} {', '.join(f'{k}={v}' for k, v in items.items())}"
        for kind, items in values.items()
    )
    return template.plan(
        ctx,
        target,
        "resources",
        template.containers_spec({container["name"]: {"resources": values}}),
        analysis=(
            f"Container `{container['name']}` of {target.describe()}: {described}."
            + (f" Also {'; '.join(raised)}." if raised else "")
        ),
        verified="the new resources",
        risks=risks,
    )


# (Round 33, gap36c: "from 256Mi down to 192Mi", "from 256Mi up to 768Mi": the same change.)
_FROM_TO = re.compile(
    r"(?i)(?:\bfrom\s+|(?<![\w.])(?=\d))(\d+(?:\.\d+)?[a-z]*)\s+(?:(?:down|up)\s+)?to\s+"
    r"(\d+(?:\.\d+)?[a-z]*)\b"
)
# Round 33 (gap36c): "memory limit from 256Mi make it 768Mi", "from 100m, set it to 250m": the
# value it goes to said with its own verb after the one it has — "from A to B".
_FROM_MAKE = re.compile(
    r"(?i)\bfrom\s+(\d+(?:\.\d+)?[a-z]*)\s*,?\s+(?:and\s+|so\s+|please\s+)?(?:make|set|take|"
    r"bring|put|change|raise|lower|bump)\s+(?:it|them|that)\s+(?:to\s+|at\s+|up\s+to\s+|"
    r"down\s+to\s+)?(\d+(?:\.\d+)?[a-z]*)\b"
)
# What ends the clause a change is said in: "raise its cpu request from 250m to 500m and give
# it a 1Gi memory limit" holds two, each with its own field.
_CLAUSE_END = re.compile(r"[,;]|\s/\s|\band\b|\bplus\b|\bthen\b|[.:!?](?:\s|$)", re.I)


def _from_now(said: str, target: Target, container: Json) -> str:
    """ "the memory limit needs to go from 256Mi to 1.5Gi": the first quantity says what the
    container has now, and must (else asked); ``said`` without it.

    Rule (round 11): each "from A to B" (or "A → B") changes the field its own clause names
    ("raise its cpu request from 250m to 500m and give it a 1Gi memory limit": the cpu
    request); a clause that names no request or limit takes the one the whole message names
    ("requests: cpu 100m → 50m, memory 128Mi → 64Mi"), else it is asked. The resource is A's
    unit where it has one (Mi/Gi memory, m cpu). A must be what the field holds now."""
    # "cpu 0.5 to 1.5" (round 10): two quantities of one field joined by "to" are a change too,
    # the right side the value — never two values of which the last silently wins.
    if "from" in said.lower():
        said = _FROM_MAKE.sub(r"from \1 to \2", said)
    out = said
    for m in reversed(list(_FROM_TO.finditer(said))):
        out = out[: m.start()] + _one_change(said, m, target, container) + out[m.end() :]
    return out


def _field_words(text: str) -> tuple[bool, bool]:
    lowered = text.lower()
    return bool(rx(r"\blimits?\b").search(lowered)), bool(rx(r"\brequests?\b").search(lowered))


def _one_change(said: str, m: re.Match[str], target: Target, container: Json) -> str:
    """The words "from A to B" stand for in ``said``: "to B"; asks when the field is not said
    or A is not what it holds now."""
    ends = [e.end() for e in _CLAUSE_END.finditer(said, 0, m.start())]
    after = _CLAUSE_END.search(said, m.end())
    clause = said[ends[-1] if ends else 0 : after.start() if after else len(said)]
    clause = clause.replace(m.group(0), " ")
    unit = rx(r"^[\d.]+").sub("", m.group(1).lower())
    if unit in ("mi", "gi", "ki", "ti"):
        resource = "memory"
    elif unit == "m":
        resource = "cpu"
    elif rx(r"\b(?:memory|mem|ram)\b", re.I).search(clause):
        resource = "memory"
    elif rx(r"\b(?:cpus?|cores?)\b", re.I).search(clause):
        resource = "cpu"
    else:
        memory = rx(r"\b(?:memory|mem|ram)\b|\d(?:mi|gi|ki)\b").search(said.lower())
        resource = "memory" if memory else "cpu"
    said_now = t.cpu(m.group(1)) if resource == "cpu" else t.memory(m.group(1))
    limit, request = _field_words(clause)
    if limit == request and not limit:
        limit, request = _field_words(said)
    if limit == request:
        raise Clarify(
            f"From {m.group(1)} to {m.group(2)}: the {resource} request or the limit? Say e.g. "
            f"'{resource} limit {m.group(2)}'."
        )
    field = "limits" if limit else "requests"
    now = ((container.get("resources") or {}).get(field) or {}).get(resource)
    if now is None or said_now is None or cores_or_bytes(str(now)) != cores_or_bytes(said_now):
        raise Clarify(
            f"You said the {resource} {field[:-1]} of {target.describe()} goes from "
            f"{m.group(1)}, but it is {now or 'not set'} now. Set it to {m.group(2)} anyway? "
            f"Say '{resource} {field[:-1]} {m.group(2)}'."
        )
    return f"to {m.group(2)}"


# Round 37 (m43b, attack43): a ConfigMap's several keys said in one request, and the plan
# patching only some ("shared-config: REGION: ap, TZ: CET" patched REGION alone; "set LOG_LEVEL
# to debug in my-api-config and FEATURE_X in shared-config to on" patched my-api-config alone).
# A key said with its value — a word in capitals with an underscore said before ":", "=", "to",
# "should be" or "in <name> to", or one in capitals alone said "KEY: value" / "KEY=value" after
# a comma, ";" or "and" — that no operation of the plan carries is asked, never dropped.
_KEY_SAID = re.compile(
    r"(?<![\w\-./'\"`])(?P<key>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:\s*[:=]\s*\S|\s+(?:to|should\s+be|"
    r"must\s+be|needs\s+to\s+be|=)\s+\S|\s+(?:in|on|of)\s+[\w\-]+\s+(?:to|=|should\s+be)\s+\S)|"
    r"(?:[,;]|\band)\s+(?P<bare>[A-Z][A-Z0-9]{1,})\s*[:=]\s*[^\s,;]|"
    # ("set REGION eu-west and TZ CET in shared-config": a key and its value side by side.)
    r"\band\s+(?P<side>[A-Z][A-Z0-9_]{1,})\s+(?:to\s+)?[\w\-.:/]+(?=\s+in\s|\s*[!.]?\s*$)"
)


def keys_dropped(said: str, result: PlanResult) -> PlanResult:
    """``result``, or a question in its place when it patches a ConfigMap and a key said with
    its value is carried by none of its operations (see above)."""
    if not any(
        isinstance(op, PatchOp) and op.target.kind == "ConfigMap" for op in result.operations
    ):
        return result
    carried = repr(result.operations)
    for m in _KEY_SAID.finditer(said):
        key = m["key"] or m["bare"] or m["side"]
        # (a variable a prefixed source gives, "ORDERS_QUEUE" for orders-config's "QUEUE")
        keys = [key] + [key[i + 1 :] for i, c in enumerate(key) if c == "_"]
        if not any(f"'{k}'" in carried or f'"{k}"' in carried for k in keys):
            changes = "; ".join(op.summary() for op in result.operations)
            return result.held_back(
                f"You named the key {key!r} with a value, but the plan ({changes}) does not "
                "change it. Say each key with its value and the ConfigMap it is in (e.g. "
                f"'set {key}=… in <configmap>'), or ask for one change at a time."
            )
    return result
