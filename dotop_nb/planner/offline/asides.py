"""Context said around a request — a reason, the current state, chat — read apart from it.

"drop the cache statefulset, we moved to managed redis", "kick checkout, pods look wedged",
"my-api LOG_LEVEL=debug plz, chasing a bug", "worker runs with no limits at all, give it …":
the request is one clause; the others say why, or what is the case now. Read as part of the
request they cue other categories ("pods" is a scale, "no" a negation, "redis" a name). Here
they are taken out before the intent is read, and only when they cannot change what is done:

- a clause of its own (after ", " or a dash, or the sentence's first clause before one);
- that reads as a statement: a subject and a verb of state or of the past ("we moved to …",
  "pods look wedged", "it's blocking drains", "worker runs with no limits"), a reason
  ("because …", "since …"), what the speaker is doing ("chasing a bug"), or chat ("thanks");
- that holds no value: no digit, no KEY, no ``=``, ``:`` or ``/`` (a number in a clause is
  always read by the rule, or asked about);
- and never the only clause: what is left must still say something to do, and not about the
  statement itself ("worker is a single point of failure, fix that" keeps it: it is the spec).

A workload the aside names stays, as the subject of what follows ("worker runs with no limits,
give it …" keeps "worker" for "it"); an aside that names one anywhere else is not set aside.

A condition or a time ("when traffic drops", "tonight") is never an aside: the guard asks.
A time INSIDE a reason or a statement beside the order ("because we saw spikes at midnight",
"— last time at 02:00 it fell over") is context, blanked for every reader of times
(:func:`context_times_blanked`, round 18).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline import timewords, waits
from dotop_nb.planner.offline.rx import rx

_SPLIT = re.compile(
    # A sentence's end too: "worker has no readiness check. add one, …" is two clauses.
    r"\s*(?:,|;|\s[\u2014\u2013-]|(?<=[a-z])\.)\s+|\s+(?=(?:because|since|cuz|coz|bc|b/c)\s+(?:we|i|it|they|the|its|our)\b)|"
    # "scale orders to 3 since checkout sends twice the traffic": a reason with its own subject
    # and verb ("since 2am" is a time, never cut off).
    r"\s+(?=(?:because|since|given\s+that|now\s+that|seeing\s+as)\s+(?!(?:of|to|in|on|at|for|with|by|from|then|now)\b)[a-z][\w\-]*\s+(?:is|are|was|were|has|had|"
    r"keeps|gets|got|does|did|(?!(?:its|this|is|was|has|as|us|his|yes|thus|plus|less)\b)[a-z]{2,}s|[a-z]{2,}ed)\b)",
    re.I,
)
_SUBJECT = (
    # ("the mobile app no longer hits the payments Service": a noun with its modifier.)
    r"(?:we|i|it|they|you|that|this|something|someone|users?|customers?|"
    r"the\s+\w+(?:\s+\w+)?(?=\s+(?:no\s+longer|never|do(?:es)?n't|do(?:es)?\s+not)\b)|the\s+\w+|its\s+\w+|"
    r"our\s+\w+|(?:the\s+)?pods?|[a-z][a-z0-9_\-]*)"
)
_PRONOUN = re.compile(
    r"^(?:we|i|it|they|you|that|this|something|someone|users?|customers?|the\s+\w+|its\s+\w+|"
    r"our\s+\w+|(?:the\s+)?pods?)$",
    re.I,
)
_CONTRACTED = (
    r"(?:we(?:'re|'ve)|i(?:'m|'ve)|it's|they(?:'re|'ve)|that's|there's|there\s+(?:is|are)|"
    # "…, we move to managed redis": where the speaker's team goes, said in the present.
    r"(?:we|i)\s+(?:move|migrate|switch|go)\s+(?:over\s+)?(?:to|off|away))"
)
# "checkout-v2 took over all traffic": the past said by an irregular verb.
_IRREGULAR_PAST = (
    r"(?:took|overtook|made|came|became|lost|fell|grew|left|began|brought|caught|sent|built|won|"
    r"held|led|saw|stole|ate|rose|spent|gave|"
    # "I rewrote it as a Lambda", "we rebuilt the scoring in Airflow": work done elsewhere.
    r"rewrote|wrote|rebuilt|redid|chose|found|thought|told)"
)
# A verb of state, or one in the past: what is the case, not what to do.
# Adverbs between a statement's subject and its verb: "it only reads parquet", "worker mostly
# writes to postgres", "we still run 2" (round 19: "only", "mostly" … beside "still", "just").
_HOW_OFTEN = (
    r"(?:(?:still|now|just|already|only|mostly|merely|simply|usually|normally|always|"
    r"typically|basically|also)\s+)?"
)
_STATE = (
    r"(?:is|are|was|were|has|have|had|runs|ran|run|looks?|seems?|appears?|keeps?|kept|"
    r"got|gets|went|goes|broke|did|does|do|moved|migrated|switched|replaced|retired|"
    # "our registry overwrites the tag": what a system does, said as the reason.
    r"(?:over)?writes|reads|reuses|overrides|stays?|remains?|"
    rf"{_IRREGULAR_PAST}|"
    r"[a-z]+ed|[a-z]+ing|(?:do(?:es)?n't|did\s*n't|no longer|never|do(?:es)?\s+not)\s+\w+)"
)
_STATEMENT = re.compile(
    rf"^(?:{_CONTRACTED}|(?P<subject>{_SUBJECT})\s+{_HOW_OFTEN}"
    rf"{_STATE}|"
    # "nothing uses the payments Service anymore", "nobody calls it now": no one uses it.
    r"(?:nothing|nobody|no\s+one)\s+(?:really\s+|even\s+|still\s+)?(?:calls|uses|needs|reads|"
    r"hits|reaches|queries|talks\s+to|depends\s+on|connects\s+to|routes\s+to|goes\s+through|"
    r"points\s+(?:at|to)|sends\s+to))\b",
    re.I,
)
# A reason said by its conjunction: "because …", "since checkout retries hammer it", "given
# (that) postgres is the bottleneck", "due to the outage on checkout", "now that …".
_REASON_WORDS = (
    r"because|since|cause|coz|cuz|bc|b/c|given(?:\s+that)?|due\s+to|owing\s+to|thanks\s+to|"
    r"in\s+light\s+of|considering|seeing\s+(?:as|that)|now\s+that"
)
_REASON = re.compile(rf"^(?:{_REASON_WORDS}|as\s+(?:we|i|it|they))\b", re.I)
_DOING = re.compile(
    r"^(?:chasing|debugging|investigating|troubleshooting|diagnosing|testing|fighting|"
    r"hunting|looking\s+into)\b",
    re.I,
)
_CHAT = re.compile(
    r"^(?:thanks|thank\s+you|thx|ty|cheers|plz|pls|please|asap|ta|much\s+appreciated|"
    r"appreciated|no\s+rush|urgent)\W*$",
    re.I,
)
# What a clause must not hold to be set aside: a value, a number, a name in capitals, or a
# condition or a time (asked by the guard).
_VALUE = re.compile(
    # An apostrophe inside a word is a contraction ("we're testing without it"), not a quote.
    r"\d|[=:\"]|(?<![a-z])'|'(?![a-z])|(?<![a-z])/|/(?![a-z])|\.[a-z]+/|"
    # "the PDB is min 2": Kubernetes jargon in capitals is a word, not a KEY.
    r"\b(?!(?:HPA|PDB|SVC|KEDA|VPA|CPU|GPU|RAM|MEM|QOS|API|DNS|TLS|OOM|SLO|SLA)\b)"
    r"[A-Z][A-Z0-9_]{2,}\b|(?i:\b(?:if|unless|until|when|whenever|after|before|"
    r"tomorrow|tonight|later|once)\b)"
)
# A request said in the passive ("the rollout is to be undone", "redis has to be restarted"):
# what must be, which is what to do.
_OBLIGATION = re.compile(
    r"\b(?:is|are)\s+to\s+be\b|\b(?:has|have|needs?)\s+to\s+be\b|"
    r"\b(?:must|should|shall)\s+(?:now\s+)?be\s+\w+ed\b|"
    # "…, it has no pdb and shouldn't scale again": a rule, which may forbid what is done.
    r"\b(?:must|should|shall)\s*(?:not|n'?t|never)\b|\b(?:is|are)\s+not\s+to\b",
    re.I,
)
# The verbs a request starts with: such a clause is never an aside ("…, restart it").
_REQUEST = re.compile(
    r"^(?:please\s+|pls\s+|plz\s+|and\s+|then\s+|also\s+)*(?:scale|delete|remove|restart|"
    r"update|upgrade|set|change|roll|revert|undo|add|enable|disable|drop|give|make|ship|"
    r"deploy|bump|raise|lower|increase|decrease|keep|run|put|move|kick|bounce|cycle|create|"
    r"expose|limit|cap|allow|deny|block|lock|spread|backup|back|monitor|scrape|patch|annotate|"
    r"label|taint|cordon|drain|mount|point|pin|route|open|close|grant|revoke|turn|switch|flip|"
    r"rotate|tighten|loosen|harden|attach|detach|wire|hook|let|stop|start|pause|resume|retry|"
    r"redeploy|rollout|apply|edit|configure|tune|setup|double|halve|triple|isolate|secure)\b",
    re.I,
)


# Round 28 (gap31): a thing asked for with "please" after it ("payments autoscaling please, 2 to
# 6 pod", "frontend restart pls"): a request, never a statement of what the workload is doing.
_ASKED_FOR = re.compile(r"^[\w\-]+(?:\s+[a-z]+){1,2}?\s+(?:please|pls|plz|kindly)\s*$", re.I)


def request(clause: str) -> bool:
    """Whether ``clause`` opens with the verb of a request ("add …", "restart …")."""
    return bool(_REQUEST.match(clause.strip()))


_DELETING = re.compile(
    r"\b(?:delete|deleted|remove|removed|drop|dropped|tear\s+down|decommission\w*|"
    r"get\s+rid\s+of|nuke|destroy)\b",
    re.I,
)
# A remark that its object stays as it is ("redis stays on 7", "postgres remains untouched").
_LEFT_ALONE = re.compile(
    r"\b(?:stays?|remains?|unchanged|untouched|as\s+(?:it\s+)?is|left\s+alone|"
    r"(?:is|are|'s|looks?|seems?)\s+(?:still\s+|totally\s+|perfectly\s+|all\s+)?(?:fine|ok|okay|"
    r"good|healthy|happy|unaffected|not\s+the\s+(?:one|problem|issue)|pinned|frozen|locked|"
    r"kept|held|excluded|off[\s-]limits|out\s+of\s+scope)|"
    r"(?:does|do)(?:\s+not|n'?t)\s+need\s+(?:it|any|anything|a\s+change|changes?))\b"
)
_STAYS = re.compile(r"\b(?:stays?|remains?|must\s+stay|is\s+kept|are\s+kept)\b", re.I)


def extract(text: str, names: Callable[[str], bool]) -> tuple[str, list[str]]:
    """``text`` without its asides, and the asides (as said). ``names(words)`` says whether
    the words name a workload."""
    pieces = _pieces(text)
    if len(pieces) < 2:
        return text, []
    kept: list[str] = []
    asides: list[str] = []
    # Beside a delete, "cache stays" / "redis must remain" says what the delete keeps: it is
    # the request's own limit, read by the delete rule, never an aside.
    deleting = bool(_DELETING.search(text))
    for i, (start, end) in enumerate(pieces):
        clause = text[start:end].strip(" ,.!")
        # (What separates it from the clause before: a sentence's end opens a sentence.)
        opens = "." in text[pieces[i - 1][1] if i else 0 : start]
        left = None if deleting and _STAYS.search(clause) else _aside(clause, names)
        if left == "" and i and _REASON.match(clause) and names(clause):
            # "orders can't be drained because of its PDB": a reason naming a workload is
            # context only beside an order ("restart payments, given checkout …") or leading.
            # Never beside a delete: "delete checkout since orders calls it" says what the
            # delete would break — read whole by the delete rule, and asked.
            before = text[pieces[i - 1][0] : pieces[i - 1][1]].strip(" ,.!")
            context = _REQUEST.match(before) or not _STATES_SOMETHING.search(before)
            left = "" if context and not deleting else None
        if left is None and kept and not (deleting and _STAYS.search(clause)):
            left = told(clause, names, opens=opens)
        if deleting and left and kept:
            # "delete worker, frontend is still using it": a workload kept as the subject after
            # the delete would join the list of what is deleted — the clause stays whole, read
            # by the delete rule (before it, the subject is what "it" stands for).
            left = None
        if left is None:
            kept.append(clause)
            continue
        if "(" in clause or ")" in clause:
            # "frontend (and only frontend, the backends are fine as they are) should autoscale
            # on memory …": a clause cut across a parenthesis would take the request's words
            # with it. Nothing is set apart.
            return text, []
        asides.append(clause)
        later = " ".join(text[s:e] for s, e in pieces if s > start)
        if left and (
            not kept or _BACK.search(later) or _SO.match(later.lstrip(" ,.")) or _kept_out(clause)
        ):
            # Its subject stays for what follows ("worker runs with no limits, give it …",
            # "checkout is broken, go back to 1.0.0"); said after the request ("add a pdb to
            # payments, worker is fine"), only for what refers back to it.
            kept.append(left)
    if not asides or not any(_REQUEST.match(c) or len(c.split()) > 1 for c in kept):
        return text, []
    if any(_REFERS.search(c) for c in kept):
        return text, []  # "worker is a single point of failure, fix that": the statement is it
    if not any(names(k) for k in kept) and any(names(a) for a in asides):
        # "since checkout is broken, roll it back": what a reason names is what the order's
        # pronoun stands for — nothing is set apart.
        return text, []
    return ", ".join(kept), asides


# A judgement that its subject is unfit to connect: "worker was hacked", "payments is
# quarantined", "my-api is untrusted", "worker must be blocked", "frontend is not allowed".
_KEPT_OUT = re.compile(
    r"\b(?:hack(?:ed)?|compromised|breached|pwned|infected|malicious|rogue|untrusted|"
    r"suspicious|quarantined?|banned|black-?listed|deny-?listed|blocked|denied|off[- ]limits|"
    r"not\s+allowed|disallowed|forbidden)\b",
    re.I,
)


def _kept_out(clause: str) -> bool:
    """Whether ``clause`` judges its subject unfit to connect: its subject stays for the
    policy's reader, which keeps it out and says so ("worker is not allowed")."""
    return bool(_KEPT_OUT.search(clause))


# A request whose object is the statement: "fix that", "sort this out", "deal with it".
_REFERS = re.compile(
    r"\b(?:that|this)\b|\b(?:fix|solve|address|handle|sort|deal\s+with|resolve|remedy|"
    r"mitigate|prevent|avoid|stop)\b|"
    # "worker has no readiness check. add one": the thing the statement lacks is the object.
    r"\b(?:add|create|give\s+it|set\s+up|put\s+in|configure|wire\s+up|define)\s+(?:one|them)\b",
    re.I,
)


def _pieces(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SPLIT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# "drop the cpu limit, keep the memory limit", "the app container keeps its limits": what
# stays as it is, said beside the change (a value said with it is never an aside).
_KEPT = re.compile(
    r"^(?:(?:and|but)\s+)?(?:(?:keep|leave)\s+(?:the\s+|its\s+)?|(?:the\s+)?[\w\-]+\s+(?:container\s+)?"
    r"keeps\s+(?:its\s+|the\s+)?)(?:(?:cpu|memory|mem|ram)\s+)?(?:requests?|limits?|resources)"
    r"(?:\s+(?:as\s+is|as\s+it\s+is|as\s+they\s+are|alone|untouched|unchanged))?$",
    re.I,
)


_LONG_SUBJECT = re.compile(
    rf"^(?:[\w\-']+\s+){{1,5}}(?:is|are|was|were|has\s+been|have\s+been|{_IRREGULAR_PAST}|"
    r"moved|migrated|switched)\b"
)


def statement(clause: str) -> bool:
    """Whether ``clause`` says what is the case or why ("beta is over", "FEATURE_X is fully
    launched", "frontend doesn't need X anymore"), never what to do."""
    clause = clause.strip(" ,.!")
    if not clause or _REQUEST.match(clause) or _OBLIGATION.search(clause):
        return False
    return bool(
        _STATEMENT.match(clause)
        or _REASON.match(clause)
        or _DOING.match(clause)
        # "the rollout of FEATURE_FLAG is complete": a longer subject before its verb of state;
        # "the fleet dashboard moved to grafana": or before a verb of moving, in the past.
        or _LONG_SUBJECT.match(clause)
    )


# A statement said after the order about a third thing — a noun with its article or a proper
# noun, then a verb: "…, the binary heap spikes when Jason encodes the big payloads", "…, Oban
# keeps the jobs in postgres until I bring it back", "…, the label cache lives in the WMS API
# now", "…. the mailbox on the ledger GenServer is past 5k per node". It says why; what it names
# (a workload, a number, an event) is context.
_TOLD_NOUN = (
    # Plural nouns a request is said with, never the verb of a statement ("the replicas 5").
    r"(?!(?:replicas|pods|instances|copies|nodes|limits|requests|resources|jobs|workers|"
    r"deployments|statefulsets|services|containers|sidecars|settings|values|pdbs|hpas|"
    r"alerts|rules|metrics|logs|tags|images|versions|ports|probes|checks|secrets|keys|"
    r"vars|envs|backups|snapshots|days|hours|minutes|seconds|weeks|times|errors|users|"
    r"customers|messages|payloads|exports|mailboxes|queues|processes|threads|connections|"
    r"tasks|events|calls|bytes|this|is|was|has|does|its|as|us|plus|less|thus|always|"
    r"sometimes|perhaps|unless|yes|bus)\b)"
)
_TOLD_VERB = (
    r"(?:is|are|was|were|has|have|had|does|do|did|keeps?|kept|got|gets|went|goes|stays?|"
    rf"remains?|{_IRREGULAR_PAST}|(?:do(?:es)?n't|did\s*n't|no\s+longer|never)\s+\w+|"
    rf"{_TOLD_NOUN}[a-z]{{2,}}(?:s|ed)|"
    # Verbs said in the plural or the past without an -s or -ed ("the mailboxes eat memory").
    r"(?:run|eat|live|go|grow|spike|track|move|hold|sit|fill|pile|sleep|die|leak|"
    r"wait|crash|hang|fail|block|spin|burn|use|hit|take|back|queue|drain|climb|"
    r"stall|choke|fall|rise|lag|sat|ran|ate|grew|hung|rose)\b)"
)
# The subject: a noun with its article ("the binary heap", "the mailbox on the ledger
# GenServer", "that state"), or one proper noun said inside a sentence ("…, Oban keeps …").
_TOLD = re.compile(
    r"^(?:(?:the|our|their|that|those|these|its|a|an)\s+(?P<noun>(?:[\w\-]+\s+){1,5}?)|"
    r"(?P<proper>[A-Z][\w\-]*\s+))"
    rf"(?:still\s+|now\s+|just\s+|already\s+|often\s+|always\s+|usually\s+)?{_TOLD_VERB}"
    r"(?=\s+\S)"
)
# A number a statement may hold as context: a size said by comparison ("past 5k per node",
# "over 300"), or in thousands ("5k messages"). Any other number may be the order's value.
_TOLD_NUMBER = re.compile(r"\d[\d.,]*")
_TOLD_NUMBER_BEFORE = re.compile(
    r"(?:past|over|above|under|below|beyond|around|about|nearly|almost|than|~|>|<)\s*$", re.I
)
_TOLD_NUMBER_AFTER = re.compile(r"[kK]\b|\s*(?:thousand|million)\b")
# What makes a statement the order itself, or a second one: a need or a rule ("the frontend
# needs 3", "the limit should be 512Mi"), a value set ("the limit goes to 1Gi"), "too".
_TOLD_ORDER = re.compile(
    r"\b(?:needs?|wants?|requires?|should|must|shall|will|'ll|ought|has\s+to|have\s+to|"
    r"(?:goes|go|set|sets)\s+(?:up\s+|down\s+)?(?:to|at)|gets?|got|receives?|too|as\s+well|"
    r"also|instead|(?:limits?|requests?|replicas?|minimum|maximum|target)\s+(?:of|to|at|is|are)|"
    r"if|unless|so|in\s+order|please|pls|plz|tonight|tomorrow|today|later|this\s+(?:evening|morning|"
    r"afternoon|weekend)|midnight|noon)\b|"
    # A number said with a unit of a value: a count, a quantity, a share, a time of day.
    r"\d\s*(?:[MGT]i?\b|Ki\b|m\b|%|x\b|:\d|(?:am|pm)\b|\s*(?:replicas?|pods?|instances?|copies|"
    r"cores?|v?cpus?|millicores?|percent|gb|mb|gig\w*|megs?)\b)|\bx\s*\d|"
    # ("…, the app container gets two cpus": a count said in words, with its unit.)
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+single)\s+(?:replicas?|pods?|"
    r"instances?|copies|cores?|v?cpus?|gigs?)\b|"
    # A value said as such: a path, a port, a key, a quote ("… served on /internal/metrics").
    r"[=:\"`/]|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b",
    re.I,
)


# A verb of being or a negated one: the clause before a reason states (the reason is its own).
_STATES_SOMETHING = re.compile(
    r"\b(?:can'?t|cannot|won'?t|isn'?t|aren'?t|doesn'?t|don'?t|is|are|was|were|has|have|had)\b",
    re.I,
)


def _context_only(clause: str) -> bool:
    """Whether ``clause`` holds nothing an order reads: no need, rule, 'so', 'too', condition
    proper, clock or day word, and no number but a comparative or thousands one."""
    if _TOLD_ORDER.search(clause):
        return False
    return all(
        _TOLD_NUMBER_BEFORE.search(clause, 0, n.start())
        or _TOLD_NUMBER_AFTER.match(clause, n.end())
        for n in _TOLD_NUMBER.finditer(clause)
    )


# A goal said as an incident that must not do harm: "a node loss shouldn't stop the release",
# "one zone outage must not take the shop down", "a drain can't break checkout".
_INCIDENT_GOAL = re.compile(
    r"^(?:a|an|the|one|any|no)\s+(?:[\w\-]+\s+){0,2}?(?:loss|outage|failure|crash|reboot|"
    r"drain|eviction|upgrade|restart|rollout|blip|hiccup|incident)\s+(?:shouldn'?t|should\s+not|"
    r"mustn'?t|must\s+not|won'?t|will\s+not|can'?t|cannot|should\s+never|must\s+never)\s+"
    r"(?:stop|break|kill|halt|interrupt|block|affect|hurt|stall|"
    r"(?:take|bring|knock)\s+(?:[\w\-]+\s+){0,2}?(?:down|out))\b",
    re.I,
)


def told(clause: str, names: Callable[[str], bool], *, opens: bool = False) -> str | None:
    """None unless ``clause``, said after the order, is a statement of what is the case about a
    third thing, holding no need, rule, value, condition proper or time of its own: context,
    whatever numbers or events it names. Else what of it stays: its subject when that names a
    workload (which the statement's object then must not), or "". ``opens``: the clause
    opens a sentence (a capital there is no proper noun)."""
    if goal := _INCIDENT_GOAL.match(clause):
        # "…, a node loss shouldn't stop the release": what the change is for.
        return "" if _context_only(clause[goal.end() :]) else None
    m = _TOLD.match(clause)
    if m is None or _REQUEST.match(clause) or _TOLD_ORDER.search(clause):
        return None
    if opens and m.group("proper"):
        return None  # "Perform rolling restarts …": a sentence's first word is capitalised
    if not _context_only(clause):
        return None
    subject = (m.group("noun") or m.group("proper") or "").strip()
    if _OBLIGATION.search(clause) or _PRONOUN_SUBJECT.match(subject):
        return None
    if not names(subject):
        return ""
    return None if names(clause[m.end() :]) else subject


_PRONOUN_SUBJECT = re.compile(r"(?:it|i|we|you|they|he|she)\b", re.I)


def _aside(clause: str, names: Callable[[str], bool]) -> str | None:
    """None when ``clause`` is not an aside; else what of it stays (its subject, or "")."""
    if _REASON.match(clause) and names(clause):
        # "since checkout retries hammer it, …": a reason naming another workload is context
        # when it holds no order, need, condition proper or value (what it names is no target).
        return "" if _context_only(clause) and not _REQUEST.search(clause) else None
    if not clause or _VALUE.search(clause) or waits.only_time(clause):
        # "this evening, take worker up to 3": when it runs, which the plan waits on (waits).
        return None
    if _KEPT.match(clause):
        return ""
    if _REQUEST.match(clause) or _ASKED_FOR.search(clause):
        return None
    if _CHAT.match(clause) or _REASON.match(clause) or _DOING.match(clause):
        return None if names(clause) else ""
    m = _STATEMENT.match(clause)
    if m is None or _OBLIGATION.search(clause):
        return None
    subject = m.group("subject") or ""
    named = bool(subject) and names(subject)
    if subject and not named and not _PRONOUN.match(subject):
        return None  # "annotate billing …": a verb, not a subject
    if names(clause[m.end() :]):
        return None
    if rx(r"\s*(?:stays?|remains?)\b", re.I).match(clause[m.end("subject") :] if subject else ""):
        # "REGION=us for my-api only, frontend stays in eu": what stays is left out.
        return ""
    return subject if named else ""


# -------------------------------------------------------------- objects named only aside
# Where a remark ends: punctuation, a dash, a reason, and the words that set one clause against
# another ("…, while envoy needs root"; never "and": "payments and orders have no pdb").
_REMARK_SPLIT = re.compile(
    r"[,;:()\[\]!?\u2014\u2013]|\.(?:\s|$)|\s-\s|"
    r"\b(?:but|while|whereas|although|though)\b(?=\s+(?:the\s+|its\s+|our\s+)?[\w-]+)|"
    r"(?=\b(?:because|since|cuz|coz|bc|given\s+that|due\s+to|owing\s+to|now\s+that|"
    r"seeing\s+as)\b)"
)
# An object said as the subject of what is the case: its name (with "the", a possessive or a
# noun of its own: "orders pdb", "the redis one", "envoy's 128Mi", "orders team", "envoy
# v1.30.1"), then a verb of state, need, judgement or the past. Never an order to it: "worker
# needs a restart", "worker should be restarted too", "worker to 3" are requests.
_REMARK_NOUN = (
    r"(?:'s\s+[\w.]+|\s+(?:containers?|sidecars?|proxy|one|team|folks|people|owners?|pdbs?|"
    r"budgets?|config|configmaps?|images?|versions?|pods?|deployments?|statefulsets?|"
    r"services?|v?\d[\w.\-]*))*"
)
_REMARK_VERB = (
    r"(?:still\s+|already\s+|now\s+|just\s+|currently\s+|really\s+)?"
    r"(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|has|have|had|hasn'?t|does|doesn'?t|did|"
    r"didn'?t|won'?t|can'?t|cannot|stays?|remains?|keeps?|got|unchanged|untouched|"
    r"(?:must|should|shall|will|can|could|may)(?:\s+not|n'?t)?\s+(?:be|stay|remain|keep|run|"
    r"need|have)|"
    # "envoy needs root", "envoy needs NET_ADMIN": what it needs, never "needs a restart".
    r"needs?\s+(?!to\b|one\b|it\b|them\b|this\b|that\b|a\b|an\b|more\b|less\b|[a-z]+ing\b)|"
    r"ignores|answers|listens|runs|uses|handles|serves|owns|works|breaks|crashes|fails|lacks|"
    r"depends|relies|talks|calls|reads|writes|holds|expects|requires|looks|seems|sits|"
    # "the worker and my-api depend on it", "my-api needs it": a dependent of the request's
    # object, said of it (plural subjects too). Never "needs it too" / "needs it restarted".
    r"(?:depend|rel(?:y|ies)|talk|call|consume|connect|point)s?(?=\s+(?:on|to|into|at|it|them)\b)|"
    r"needs?\s+(?:it|them|that)(?=\s*(?:[,;.!?)]|$|\s+(?:to\s+(?:work|run|serve|start|"
    r"function|be\s+up)|for\b)))|"
    r"lives|[a-z]{2,}ed|(?:already|still|currently|usually|normally|always|never)\s+[a-z]+s)\b"
)
# The object a comparison or a pointer names: "like orders has", "unlike orders", "see orders
# for an example", "like we did for checkout", "same as orders". ("I'd like payments at 3" is a
# wish, not a comparison.)
_LIKE = (
    r"(?<!'d\s)(?<!would\s)(?<!\bi\s)(?<!\bwe\s)(?<!you\s)"
    r"\b(?:like|unlike|similar\s+to|same\s+as|as\s+(?:with|for|on)|see|cf\.?|copied\s+from|"
    r"based\s+on|modell?ed\s+on|just\s+as)\s+(?:(?:we|i|you|they)\s+(?:did|do|have|had)\s+"
    r"(?:it\s+)?(?:for|with|on|in|to)\s+|(?:on|for|in|with)\s+|the\s+one\s+(?:on|of|in|for)\s+)?"
    r"(?:the\s+)?"
)
# A request that refers back to what a remark said ("envoy is broken, restart it"): every
# object of the sentence may then be meant.
# "worker has neither, so 100m/128Mi requests": what follows from the statement is about its
# subject (the request said without naming it again).
_SO = re.compile(r"(?:and\s+)?(?:so|hence|therefore|thus)\b(?!\s+(?:that|far|much|many)\b)", re.I)
_BACK = re.compile(r"\b(?:it|its|them|their|both|that\s+one|those|these)\b")
_LATER = re.compile(r"\b(?:later|next\s+\w+|another\s+time|separately|afterwards)\b")


def remarked(text: str, names: list[str]) -> set[str]:
    """Of ``names``, those said only in a remark beside the request — the subject of a
    statement ("envoy needs root", "worker is fine", "shared-config stays eu", "orders team
    asked"), a reason ("because worker abused it") or a comparison ("like orders has") — and
    never in a clause that asks for something. Such an object is context: never the target,
    the container changed or a party let in. Empty when a request refers back to a remark
    ("envoy is broken, restart it"): the remark's object may then be the one meant — unless
    the remark leaves it as it is ("roll it out to the proxy container, redis stays on 7")."""
    aside, left, requests = _remarks(text, names)
    if not requests:
        return set()
    if back := [c for c in requests if _BACK.search(c)]:
        # What a remark said after it leaves as it is is never what "it" refers back to.
        lowered = text.lower().replace("\u2019", "'")
        start = lowered.find(back[0])
        found = {n for n in left if not t.names_said(lowered[: max(start, 0)], [n])}
    else:
        found = {n for n, only in aside.items() if only}
    # A remark is beside a request about something else: "checkout 1.1.0 is broken, go back
    # to 1.0.0" names checkout only in the remark, and the request is about it.
    if not any(n in aside and n not in found for n in names):
        return set()
    return found


def left_alone(text: str, names: list[str]) -> set[str]:
    """Of ``names``, those said only in remarks that leave them as they are ("redis is fine",
    "redis stays on 7", "postgres remains untouched"), beside a request."""
    _, left, requests = _remarks(text, names)
    return left if requests else set()


def _remarks(text: str, names: list[str]) -> tuple[dict[str, bool], set[str], list[str]]:
    """For each of ``names`` said, whether it is said only in remarks; those said only in
    remarks that leave them alone; and the clauses that ask for something."""
    lowered = text.lower().replace("\u2019", "'")
    clauses = [c.strip() for c in _REMARK_SPLIT.split(lowered) if c and c.strip()]
    aside: dict[str, bool] = {}
    left: dict[str, bool] = {}
    requests = []
    for clause in clauses:
        said = t.names_said(clause, names)
        about = _remark_about(clause, said)
        if about is None:
            requests.append(clause)
        for n in said:
            inside = n in about if about is not None else _compared(clause, n)
            aside[n] = aside.get(n, True) and inside
            left[n] = left.get(n, True) and inside and bool(_LEFT_ALONE.search(clause))
    return aside, {n for n, only in left.items() if only}, requests


# The speaker's (or a pronoun's) statement: "we're doing way too many tiny inserts into
# postgres", "it's hammering redis", "they keep timing out on payments". Never one that asks
# or wants something ("I'm asking you to restart postgres", "we need redis at 3").
_SPEAKER_STATE = re.compile(
    rf"^(?:{_CONTRACTED}|(?:we|i|it|they)\s+{_HOW_OFTEN}{_STATE})\b",
    re.I,
)
_WANTS = re.compile(
    r"\b(?:you|please|pls|plz|want\w*|wanna|need\w*|ask\w*|should|must|let'?s|have\s+to|"
    r"got\s+to|gotta|going\s+to|gonna|will|'ll|would|'d|can|could)\b|"
    # "we're scaling payments too": a change under way may be a second order — asked.
    r"\b(?:scal|restart|delet|remov|updat|upgrad|downgrad|roll|revert|deploy|redeploy|bump|"
    r"patch|sett|chang|mov|migrat|dropp|add|bounc|kill|drain|expos|rais|lower)ing\b",
    re.I,
)


_JOINING = r"(?:of|for|in|on|at|to|from|with|by|and|or|but|than|via|into|onto)"


def _remark_about(clause: str, said: list[str]) -> list[str] | None:
    """The objects ``clause`` is a remark about, or None when it is no remark."""
    if _REQUEST.match(clause):
        return None
    if any(_REQUEST.match(clause[m.end() :]) for m in _THEN_ORDER.finditer(clause)):
        # "my-api depends on it so restart that too": the remark leads to an order about it.
        return None
    if _REASON.match(clause) or rx(r"^(?:since|as)\s").match(clause):
        return said  # "because worker abused it", "since frontend got one"
    if said and _SPEAKER_STATE.match(clause) and not _WANTS.search(clause):
        return said  # "we're doing way too many tiny inserts into postgres": why
    if said and _VERSION_STATE.match(clause):
        return said  # "1.1.0 burning the orders", "1.1.0 breaks the tickets": what it does
    if said and _MANY.match(clause) and not _WANTS.search(clause):
        return said  # "many orders from the fair", "lots of orders today": how many things
    # "the worker and my-api depend on it": every name of a list said as the subject.
    names = "|".join(re.escape(n) for n in sorted(said, key=len, reverse=True))
    one = rf"(?:(?:the|its|our|their)\s+(?:[a-z][\w\-]*\s+)?)?(?:{names}){_REMARK_NOUN}"
    listed = rf"{one}(?:\s*(?:,|&|\band\b|,\s*and\b)\s*{one})+"
    for n in said:
        m = (
            rx(
                # (Round 44, blind47: two words before the name, "the Sant Jordi orders are
                # piling up", a feast's name — never a joining word, "the envoy of orders needs".)
                rf"^(?:and\s+)?(?:(?:the|its|our|their)\s+(?:[a-z][\w\-]*\s+)?"
                rf"(?:(?!{_JOINING}\b)[a-z][\w\-]*\s+)?)?"
                rf"{re.escape(n)}{_REMARK_NOUN}\s+{_REMARK_VERB}"
            ).match(clause)
            or (
                # Round 39 (gap42a): a common noun with a word before it and no article, going on
                # as it does ("crawfish orders pouring in", "season orders are heavy").
                rx(
                    rf"^(?:and\s+)?(?:(?!{_NOT_MODIFIER}\b)[a-z][\w\-]*\s+){{1,2}}{re.escape(n)}"
                    rf"\s+(?:{_REMARK_VERB}|{_GOING_ON})"
                ).match(clause)
            )
            or (
                rx(rf"^(?:and\s+)?{listed}\s+{_REMARK_VERB}").match(clause)
                if len(said) > 1
                else None
            )
        )
        if m is None:
            continue
        if _OBLIGATION.search(clause) and not rx(r"\b(?:not|n't|never)\b").search(clause):
            # "worker should be restarted": an order in the passive, unless put off ("envoy
            # should be updated later").
            return said if _LATER.search(clause) else None
        # "payments is called by orders too": every object of a statement is context.
        return said
    return None


# Round 39 (gap42a, blind42): what a thing is doing as it goes on, said with no "is" ("crawfish
# orders pourin' in", "the orders burning", "1.1.0 crashing the checkout"): a statement.
_GOING_ON = (
    r"(?:pour|pil|flood|stream|back|burn|dy|crash|fail|tim|hang|spik|lagg|chok|struggl|grow|"
    r"stack|queu|queue|break|erro?r|melt|drown|crawl|leak|pil|overflow|blow|explod|freez|"
    r"stall|mess|kill|eat|wreck|ruin|flapp|thrash|slow|sink|suffer|tank)in(?:g|')\b"
)
# A version or an image said as the subject of what it does ("1.1.0 burnin' the orders",
# "1.1.0 breaks the tickets", "v2 is leaking memory"): a statement about it.
_VERSION_STATE = re.compile(
    rf"^(?:and\s+)?(?:the\s+)?v?\d+(?:\.\d+)+(?:-[\w.]+)?\s+(?:{_GOING_ON}|"
    r"(?:breaks|broke|burns|burned|burnt|kills|killed|eats|ate|wrecks|ruins|ruined|crashes|"
    r"crashed|fails|failed|hangs|hung|leaks|leaked|is|was|has|had|keeps|kept)\b)",
    re.I,
)
# Round 40 (gap43a, blind43): a common noun counted with no verb ("many orders from the Pisac
# fair", "lots of orders this week", "so many workers off sick"): how many things there are, a
# reason beside the order — never a workload that is one object. ("more orders", "few orders"
# may ask for a change of count: not read so.)
_MANY = re.compile(
    r"^(?:and\s+)?(?:so\s+|too\s+|very\s+|way\s+too\s+)?(?:many|lots\s+of|a\s+lot\s+of|"
    r"loads\s+of|tons\s+of|plenty\s+of|heaps\s+of|masses\s+of|a\s+flood\s+of|"
    r"a\s+rush\s+of)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*(?:\s|$)",
    re.I,
)
# The words that open an order or negate, never a modifier of the subject of a statement.
_NOT_MODIFIER = (
    r"(?:not|no|never|please|pls|plz|kindly|also|then|so|and|or|but|to|for|on|with|without|"
    r"only|just|except|if|when|unless|until|before|after|let|let's|lets|make|set|get|give|put|"
    r"keep|leave|scale|restart|bounce|update|roll|move|add|remove|delete|drop|bump|raise|"
    r"lower|cut|take|run|pin|patch|change|apply|deploy|revert|undo)"
)
# Where an order follows a remark in one clause: "… so restart that too", "… then bounce it".
_THEN_ORDER = re.compile(r"\b(?:so|then|hence|therefore|and\s+then)\s+", re.I)


def _compared(clause: str, name: str) -> bool:
    """Whether every mention of ``name`` in ``clause`` is what something is compared to."""
    mentions = len(rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])").findall(clause))
    compared = len(rx(rf"{_LIKE}{re.escape(name)}(?![\w-])").findall(clause))
    return mentions > 0 and mentions == compared


def unremarked(text: str, names: list[str]) -> str:
    """``text`` without the remarks about those of ``names`` said only in remarks ("drop
    capabilities on orders; envoy needs NET_ADMIN" is read as "drop capabilities on orders"):
    what a remark says of another object never supplies a value of the request."""
    aside = remarked(text, names)
    if not aside:
        return text
    kept, start = [], 0
    for m in [*_REMARK_SPLIT.finditer(text.lower()), None]:
        end = m.start() if m else len(text)
        clause = text[start:end]
        said = t.names_said(clause.lower(), names)
        about = _remark_about(clause.lower().strip(), said) if said else None
        if not (about and set(about) & aside):
            kept.append(clause + (m.group(0) if m else ""))
        start = m.end() if m else start
    return "".join(kept)


# ------------------------------------------------------------- a time said as context
# Round 18 (times): where a time sits decides what it is (:mod:`.timewords`). A time inside a
# reason ("because we saw spikes at midnight", "given that traffic peaks at 9am", "since the
# 02:00 batch got slower") or inside a statement beside the order ("— last time at 02:00 it fell
# over", "; we expect a spike on Friday", "(the 02:00 batch needs it)", "— Black Friday is
# tomorrow") dates what the reason tells, never when to run the order: it is blanked before any
# reader of times sees it, so it neither blocks the order nor delays it. A statement said
# before the order is context only when it is past ("worker OOMed twice tonight. give it 1Gi")
# or the order says its own time ("polls close at 22:00; at 21:30 take my-api to six"); a
# statement of an event's END beside an order with no time ("scale worker to 1, the sale ends
# at midnight") may say when it runs, and stays for the readers that ask. Never blanked: a time
# an order refers back to ("…, get worker to 6 then").
# Round 19 (times): a purpose said after the order, with who will act and what they can do
# then ("so I can reset it after the prospect plays with it", "so that we can compare after the
# close", "so the team can test it tomorrow"): what the change is for, its times and events
# those of the purpose — never when the change runs. (":mod:`.waits` reads "so it picks up …".)
_PURPOSE_LEAD = (
    # Who acts is a person ("so it can reconnect once the db is back" is the workload's own
    # behaviour, which may need the change after the event: left to the readers of waits).
    r"so\s+(?:that\s+)?(?:i|we|you|they|he|she|people|everyone|everybody|someone|somebody|qa|"
    r"ops|sre|devs|the\s+(?:team|devs?|client|customer|prospect|testers?|users?|analysts?|"
    r"business|[\w-]+\s+team))\s+(?:can|could|may|might|will|would|'ll|are\s+able\s+to|"
    r"is\s+able\s+to)\s+"
    r"(?!(?:do|run|make|apply|take|have)\s+it\s+(?:at|after|once|when|then|later)\b)"
)
_PURPOSE = re.compile(rf"^{_PURPOSE_LEAD}", re.I)
# What waits inside a purpose, to its end: "after the prospect plays with it", "tomorrow".
_PURPOSE_WAIT = re.compile(
    r"(?<![\w-])(?:after|once|when|whenever|as\s+soon\s+as|before|until|till|later|tonight|"
    r"tomorrow)\b.*$",
    re.I | re.S,
)
_PIECE_MARK = re.compile(
    r"\s*(?:[;,()\[\]]|[\u2014\u2013]|\s-+\s|(?<=[\w)])\.(?=\s|$)|:(?=\s))\s*|"
    r"\s+(?=(?:because|since|given|seeing\s+as|due\s+to|now\s+that|cuz|coz|bc|b/c)\b)|"
    rf"\s+(?={_PURPOSE_LEAD})",
    re.I,
)
_CONTEXT_LEAD = re.compile(
    rf"^(?:{_PURPOSE_LEAD}|"
    r"because|'?cause|cuz|coz|bc|b/c|given(?:\s+that|\s+how)?|seeing\s+(?:as|that)|"
    r"due\s+to|now\s+that|as\s+(?=(?:we|i|it|they|the|our|traffic|load)\b)|"
    rf"since\s+(?!(?:{timewords.CLOCK}|{timewords.DAY_WORD}|{timewords.DATE})(?![\w-])))",
    re.I,
)
# A subject and a finite verb of what is, was or will be (never an order's verb first).
_FINITE = re.compile(
    r"^(?:[\w'.:~@-]+\s+){1,6}?(?:will|would|is|are|was|were|'s|has|have|had|needs?|expects?|"
    r"peaks?|hits?|closes?|opens?|starts?|ends?|begins?|began|runs?|ran|goes|went|comes?|came|"
    r"falls?|fell|saw|see|sees|gets?|got|spikes?|happens?|kicks?|lands?|[a-z]{3,}ed|"
    # a verb with its particle: "logs in", "signs on", "kicks off", "winds down"
    r"[a-z]{2,}s\s+(?:in|on|off|out|up|down|over)(?=\s+(?:at|@|around|by|on|from)\b))\b|"
    r"^(?:we|i|they|it)\s+[a-z]+\b|^[\w'-]+\s+(?:is|are|was|were|'s)\b",
    re.I,
)
# An event's end: the order beside it may be meant for after it.
_ENDS = re.compile(
    r"\b(?:ends?|ended|closes?|closed|finish(?:es|ed)?|stops?|wraps?\s+up|is\s+over|"
    r"are\s+over|expires?|runs?\s+out|"
    # An event's start is a when too ("…; the sale begins at 8pm": now, or at 8pm? asked).
    r"begins?|starts?|opens?|kicks?\s+off|goes\s+live|launch(?:es)?|"
    # Round 27 (ways): the way back of the change ("…; it comes back at 8am": durations).
    r"(?:comes?|goes|gets?)\s+back)\b",
    re.I,
)
# Round 19 (times): more verbs only ever past, for a report of what happened ("checkout went to
# 1.1.0 this morning", "it broke at 02:00", "the job ran at midnight"): its time dates the report.
_TOLD_PAST = (
    r"(?:went|broke|ran|got|did|blew|froze|threw|woke|wrote|sank|shrank|forgot|told|found|kept|"
    r"stuck|struck|fought|flew|drew|swore|tore|wore|bent|dealt|meant|slid)"
)
_PAST_SAID = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bgets\s)(?<!\bget\s)(?<!'s\s)"
    rf"\b(?:last|ago|yesterday|{_IRREGULAR_PAST}|{_TOLD_PAST}|was|were|had|[a-z]{{3,}}ed)\b",
    re.I,
)
# A time still to come said in a statement: "worker is retired tomorrow" is no past.
_COMING = re.compile(
    r"\b(?:tomorrow|later|next|coming|upcoming|will|going\s+to|gonna|soon)\b", re.I
)
# A log's line, opened by its clock time ("08:15 the pods are …; 08:17 restart orders"): read by
# the log's reader (:mod:`.logs`, :mod:`.clock`), never blanked here.
_STAMPED = re.compile(r"^\W*\d{1,2}:\d{2}", re.I)
# An order that refers back to a time said beside it.
_REFERS_TO_TIME = re.compile(
    r"\b(?:then|at\s+that\s+(?:time|point|moment)|by\s+then|that\s+time|same\s+time)\b", re.I
)
_OPENS_WITH_TIME = re.compile(
    r"^(?:only\s+)?(?:at|@|on|by|before|after|once|when|until|till|from|in|during|around|"
    r"tonight|tomorrow|today|this|next)\b",
    re.I,
)
_CONTEXT_TIME = re.compile(
    r"(?<![\w-])(?:(?:at|@|on|by|around|about|from|until|till|after|before|since|this|next|"
    r"last|every|each|over|during|for)\s+(?:the\s+)?)?"
    rf"(?:{timewords.CLOCK}|{timewords.DATE}|{timewords.NAMED_DAY}|{timewords.DAY_WORD}'?s?|"
    r"(?:tonight|tomorrow|today|yesterday)'?s?|nightly|daily|hourly|weekly|monthly)(?![\w-])|"
    r"(?<![\w-])(?:at|by|over|during)\s+(?:the\s+)?night(?![\w-])|"
    r"(?<![\w-])(?:this|next|last|later\s+this)\s+(?:week|month|year|quarter|sprint)(?![\w-])|"
    r"(?<![\w-])(?:at|@|by|around)\s+\d{1,2}(?![\w:.%])",
    re.I,
)
_A_TIME = re.compile(
    rf"(?<![\w-])(?:{timewords.CLOCK}|{timewords.DAY_WORD}|{timewords.DATE}|"
    rf"{timewords.NAMED_DAY}|(?:this|next)\s+(?:week|month|year|quarter|sprint))(?![\w-])|"
    r"(?<![\w-])(?:at|@|by)\s+\d{1,2}(?![\w:.%])",
    re.I,
)


def _context_pieces(text: str) -> list[tuple[int, int, str]]:
    """The pieces of ``text`` as a reader of context cuts them: start, end and the mark that
    opened each ("" first, "reason" when a reason's word opens it with no mark)."""
    pieces: list[tuple[int, int, str]] = []
    start, mark = 0, ""
    for m in [*_PIECE_MARK.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        if text[start:end].strip():
            pieces.append((start, end, mark))
        if m is not None:
            start, mark = m.end(), m.group(0).strip() or "reason"
    return pieces


# An order reported or wished inside a statement: "we agreed to roll it back at 06:00", "we need
# to restart it at 04:00", "it should be restarted at 02:00", "let's scale it at 9".
_ORDER_INSIDE = re.compile(
    r"\b(?:to|should|must|shall|will|'ll|let'?s|please|pls|can\s+you|could\s+you)\s+"
    r"(?:(?:be|get|now|then|also|just)\s+)?(?=\w)",
    re.I,
)


def _is_context(piece: str) -> bool:
    """Whether ``piece`` is a reason or a statement (a subject, then a verb of what is, was or
    will be) that asks for nothing: never one that opens with the verb of a request or says one
    inside ("we agreed to roll it back")."""
    if request(piece) or any(
        request(piece[m.end() :]) or rx(r"\w+ed\b").match(piece[m.end() :])
        for m in _ORDER_INSIDE.finditer(piece)
    ):
        return False
    return bool(_CONTEXT_LEAD.match(piece) or _FINITE.match(piece))


# Round 26 (gap28): "lift-pass checkout (checkout) went to 1.1.0 this morning, …": a name in
# brackets beside a subject glosses it (:mod:`.aliases` reads it later) and cuts no piece.
_GLOSS = re.compile(r"\s\((?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\)(?=\s)", re.I)


def context_times_blanked(text: str) -> str:
    """``text`` with each time said inside a reason or a statement beside the order blanked
    (same length; see the rule above): context, never a wait, a question or a deadline."""
    if not _A_TIME.search(text) and "nightly" not in text.lower() and " so " not in text.lower():
        return text
    glosses = [m for m in _GLOSS.finditer(text) if not _A_TIME.search(m.group(0))]
    if not glosses:
        return _times_blanked(text)
    masked = text
    for m in glosses:
        masked = masked[: m.start()] + " " * len(m.group(0)) + masked[m.end() :]
    out = _times_blanked(masked)
    for m in glosses:
        out = out[: m.start()] + m.group(0) + out[m.end() :]
    return out


def _times_blanked(text: str) -> str:
    """:func:`context_times_blanked` of ``text``, its glosses aside."""
    pieces = _context_pieces(text)
    context = {(a, b) for a, b, _ in pieces if _is_context(text[a:b].strip())}
    # The order: a piece of two words or more that is no context ("Handover:" is a label,
    # "(Sat)" a time, both left alone).
    orders = [(a, b) for a, b, _ in pieces if (a, b) not in context and len(text[a:b].split()) > 1]
    if not orders or not context:
        return text
    if any(_REFERS_TO_TIME.search(text[a:b]) for a, b in orders):
        return text  # "the batch runs at night, get worker to 6 then"
    own_time = any(_A_TIME.search(text[a:b]) for a, b in orders)
    deleting = bool(_DELETING.search(text))
    first = orders[0][0]
    out = text
    for a, b, mark in pieces:
        piece = text[a:b].strip()
        if (
            (a, b) not in context
            or _OPENS_WITH_TIME.match(piece)
            or waits.only_time(piece)
            or _STAMPED.match(piece)
        ):
            continue
        # What happened ("worker OOMed at 04:00", "it crashed twice yesterday"), never what is
        # still to come ("worker is retired tomorrow").
        past = bool(_PAST_SAID.search(piece)) and not _COMING.search(piece)
        if deleting and not past:
            continue  # beside a deletion only the past is context: "it is retired tomorrow"
        if not _CONTEXT_LEAD.match(piece):
            # A statement: context when it tells the past, when the order says its own time,
            # or when it follows the order set off as a reason is (a dash, ";", a bracket) and
            # tells no end — never after a comma ("scale frontend to 6, the campaign starts at
            # 20:00" may say when: asked).
            reason = a > first and mark not in ("", ",", ".", ":") and not _ENDS.search(piece)
            if not (own_time or past or reason):
                continue  # "the sale ends at midnight, scale worker to 1": its when, asked
        blanked = _CONTEXT_TIME.sub(lambda m: " " * len(m.group(0)), out[a:b])
        if _PURPOSE.match(piece):
            blanked = _PURPOSE_WAIT.sub(lambda m: " " * len(m.group(0)), blanked)
        out = out[:a] + blanked + out[b:]
    return out
