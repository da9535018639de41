"""Clauses that say how things are, never what to change: their values are not the plan's.

"restart my-api, frontend has 2 replicas" scaled frontend to 2; "update checkout, 1.1.0 is
broken, to 1.1.1" set 1.1.0; "scale my-api to 5, the node has 16 cores" set a cpu request of 16.
A clause that states — a subject, then an indicative verb of being or having ("has", "is",
"uses", "runs", "mentions", "looks", "was", "set" told of someone) — with no imperative verb at
its start and no word of obligation ("should", "must", "needs to", "has to", "to be") is read by
grammar, not by its words. The finished plan is then checked: a value (a number, a version, an
image, a ``KEY=value``) said only inside such clauses must not be in any operation, or the
planner asks. The request beside it still plans what it asks for with its own values.

Narrowed so ordinary requests stay plans: a clause cut at "but", "and", "so" or "then" too
("orders app -> …:1.2.0 but keep envoy as is"); none states that starts with a preposition,
an -ing word ("using the image postgres:17.2", "keeping at least the 2 it runs"), or a
selector ("whatever has tier=backend"); none that holds a condition ("up to 12 whenever cpu is
high") or announces a value to use ("the hotfix … is built", "the 2.0 build is out") — those
say what the request should take.

Round 13: one reading for every check of the request. A clause is a fact too when it says what
a measure did or does after a subject ("the SLI dipped to 99.2% against a 99.5% target", "usage
never goes past 70Mi"), what a thing fails to do ("orders can't drain …"), where a value was ("up
from 128Mi"), what a rule wants ("golden path wants at least 2 replicas …"), or goes on with a
fact before it ("…, which wrecks the plan", "… but no liveness probe"); :func:`facts_blanked`
blanks those clauses (and a sum that restates the value before it, "6 (5 plus one spare)") and
the checks of numbers and words of the request read what is left. Never blanked: a clause led
by an imperative, one after "so" (a purpose), or a fact the request only refers back to ("…,
please make it so").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from dotop_nb.models import Operation
from dotop_nb.planner.offline import numbers
from dotop_nb.planner.offline.memo import per_plan
from dotop_nb.planner.offline.rx import rx

_CLAUSES = re.compile(
    # ("the forecast peak is 2,000 rps": a comma between digits is the number's own.)
    r"\s*(?:(?<!\d),|,(?!\d{3}(?!\d))|[;!?()]|:(?=\s)|\.(?=\s|$)|\s[-\u2013\u2014]+>?\s|\u2014|\u2013|"
    r"\b(?:but|so|then)\b)\s*",
    re.I,
)
# Words that open a clause which cannot state: a preposition or adverb of quantity ("up to
# 12", "at most 4"), a selector ("whatever has tier=backend"), an -ing word ("using …").
_NOT_SUBJECT = re.compile(
    r"^(?:up|to|at|from|on|in|into|for|by|under|over|between|within|above|below|"
    r"never|not|no|min|max|minimum|maximum|target|whatever|whichever|anything|everything|"
    r"anyone|those|these|which|who|where|[a-z]+ing|"
    # "isn't it time to restart payments": a question, opened by its verb.
    r"isn't|aren't|wasn't|weren't|hasn't|haven't)\b",
    re.I,
)
# A condition inside the clause: it says when, not how things are.
_CONDITION = re.compile(
    r"\b(?:when|whenever|if|unless|once|while|until|since|because|after|as\s+per)\b", re.I
)
# A cause said after a statement ("traffic is 2x since the campaign", "p99 is 900ms because of
# the cache"): the clause before it still states, and so does the cause.
# So does what goes on beside it: "orders is throttled at 500m while consumer lag grows".
_CAUSE = re.compile(r"\s+\b(?:since|because|cuz|coz|bc|due\s+to|while|whilst)\b", re.I)
# "we are moving payments from stripe to adyen": an act in progress is the speaker's intent;
# "it is using 900m cpu", "pods are getting OOMKilled" say how things are.
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|am|'re|'m)\s+(?!(?:using|running|sitting|showing|reporting|consuming|"
    r"getting|having|doing|holding|serving|staying|looking|working|failing|crashing)\b)"
    r"[a-z]+ing\b",
    re.I,
)
# A verb of change before the verb of state: "increase the limit to 512Mi since pods are …".
_CHANGE = re.compile(
    r"\b(?:set|make|scale|restart|update|change|bump|raise|lower|increase|decrease|reduce|"
    r"upgrade|downgrade|pin|deploy|ship|switch|roll|give|add|remove|delete|configure|move)\b",
    re.I,
)
# A value announced to be taken: new, fixed, built, out, ready … — the request uses it.
_ANNOUNCED = re.compile(
    r"\b(?:new|newer|fixed|fix|hotfix|patched|latest|built|rebuilt|out|ready|available|"
    r"released|published|pushed|tagged|live|tested|approved|verified|validated|merged|signed|"
    # "worker 0.9.1 is in the registry, ship it": a version said to be there to take.
    r"landed|uploaded|cut|green|in\s+(?:the\s+)?(?:registry|repo|ghcr|ecr|gcr|harbor|artifactory))\b",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:whatever|whichever|anything|everything|what|which|that|who|those|where)\b", re.I
)
# "the 2 it runs now as its minimum": a value given a role is asked for, whatever it states.
_ASSIGNED = re.compile(
    r"\bas\s+(?:the|its|their|a|an)\s+(?:new\s+)?(?:min(?:imum)?|max(?:imum)?|floor|ceiling|"
    r"limit|request|target|default|value|count)\b",
    re.I,
)
_AS_IS = re.compile(r"\bas\s+(?:it\s+|they\s+)?(?:is|are)\b", re.I)
# A wrong charge a release is blamed for ("payments is double-charging", "3.1.0 overcharged"):
# a state told, and the sign of a version to undo (:mod:`.doubts`).
WRONG_CHARGE = r"(?:double|over|under)-?charg(?:es|ed|ing)"
# A verb that states: being, having, using, running, saying, seeming; or a past act told of
# someone ("earlier someone set LOG_LEVEL=trace"), which reports and does not ask.
_STATES = re.compile(
    r"\b(?:has|have|had|is|are|was|were|been|isn't|aren't|wasn't|weren't|hasn't|haven't|"
    r"uses|used|using|runs|ran|running|mentions|listens|listened|"
    r"mentioned|says|said|looks?|seems?|shows?|showed|reports?|reported|"
    r"crash(?:es|ed|ing)?|fails|failed|failing|breaks|broke|hangs|hung|hanging|leaks|leaked|"
    rf"leaking|panics|panicked|{WRONG_CHARGE}|"
    # What a release did to a measure: "1.1.0 took the SLI from 99.95% to 98.7%".
    r"took|pushed|drove|brought|knocked|dragged|tanked|"
    # What is seen: "its OOMing at 256Mi", "we see 120 rps per pod", "it peaks at 900m".
    r"oom\w*|throttl\w*|spik(?:es|ed|ing)|peak(?:s|ed|ing)|hover(?:s|ed|ing)|sitting|idling|"
    r"averag(?:es|ed|ing)|consum(?:es|ed|ing)|hitting|hits|hit|sees|saw|seeing|see|observed?|"
    r"measured?|noticed?|"
    # "the orders PDB blocks node drains": what a budget holds up, said of it (never in a
    # sentence that goes on to relax it: "… blocks our drains, so let orders lose one pod").
    r"(?:blocks|blocked|is\s+blocking)(?=\s+(?:(?:the|every|all|our|any)\s+)?(?:node\s+)?"
    r"(?:drains?|draining|evictions?|upgrades?|maintenance))"
    r"(?![^.;!?]*\b(?:lose|losing|let\s+\S+\s+lose|relax|loosen|lower|ease)\b)|"
    # A rate the service works at: "our ingest does 10 messages per batch".
    r"(?:does|handles|processes|serves|ingests)(?=\s+(?:only\s+)?\d))\b",
    re.I,
)
# What a measure did or does, said of a subject ("the SLI dipped to 99.2%", "one zone outage
# ate a third of its budget", "usage never goes past 70Mi", "each pod tops out around 400 rps",
# "three carry the peak", "1.1.0 burns 40% more CPU"): how things are or were. Only read after
# a subject (a clause that starts with one of these is an order) with no verb of change before.
_MEASURED = re.compile(
    r"\b(?:dipped|dropped|fell|rose|climbed|jumped|grew|ate|eats|burn(?:s|ed|t)|blew|blows|"
    r"costs?|exceeded|exceeds|breached|breaches|missed|tanked|surged|crossed|crosses|"
    r"(?:came|comes)\s+in\s+(?:at|under|below|above|around)|"
    r"spent|spends|wasted|wastes|regressed|degraded|doubled|tripled|halved|carr(?:y|ies|ied)|"
    r"(?:tops|topped|maxes|maxed)(?:_out|\s+at)|"
    r"(?:went|got)\s+(?:past|above|over|beyond|under|below|from|up|down)|"
    # (In the present, said of a count of pods, a floor or a ceiling asked: "my-api never goes
    # below 1 pod during node drains".)
    r"(?:goes|go|gets?)\s+(?:past|above|over|beyond|under|below)"
    r"(?![^,;]*\b(?:pods?|replicas?|instances?|during|while|through)\b)|"
    r"(?:sits?|sat|hover(?:s|ed)?|idl(?:es|ed)|run)\s+(?:at|around|near|under|below|above))\b",
    re.I,
)


# When or where a fact is seen, said before its subject: "at peak", "last week", "in prod".
_SCENE = re.compile(
    r"^(?:at\s+(?:the\s+)?peak|at\s+the\s+moment|right\s+now|currently|today|yesterday|"
    r"last\s+(?:week|month|quarter|night|year|sprint)|this\s+(?:week|month|quarter|morning)|"
    r"in\s+prod(?:uction)?|on\s+black\s+friday|over\s+the\s+(?:last|past)\s+\w+(?:\s+\w+)?|"
    # Round 39 (sh45, attack45): when a state began ("since March my-api runs as uid 65532",
    # "as of 2024 …"): a time, never a reason.
    r"(?:since|as\s+of|from)\s+(?:(?:early|mid|late)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    r"last\s+(?:week|month|quarter|night|year|sprint|release)|(?:19|20)\d\d|q[1-4]))"
    r"\s*,?\s+(?=[a-z0-9])",
    re.I,
)
_PAST = re.compile(r"(?:\w+ed|fell|rose|grew|ate|blew|burnt|spent|went|got|sat|cost)$", re.I)
_AFTER = re.compile(r"\s+\b(?:after|since|following|once)\b", re.I)


def measured(word: str) -> bool:
    """Whether ``word`` is a verb of what a measure did or does (:data:`_MEASURED`), or one of
    being, having or seeing (:data:`_STATES`): "my-api peaks at 1,800 rps"."""
    return bool(_MEASURED.fullmatch(word) or _STATES.fullmatch(word))


# Words before a verb that are no subject: "please carry on", "then burn it down".
_NO_SUBJECT = re.compile(
    r"^(?:(?:please|just|then|also|now|and|so|kindly|pls|plz|ok|okay|or|but)\b\W*)*$", re.I
)
# What a thing fails to do, said of it: "orders can't drain with minAvailable 2 on 2 pods",
# "payments won't start since 1.4.0": how it is. Never a rule ("payments can't go below 2",
# "orders can't be restarted"): only verbs of a thing that fails, never a passive.
_UNABLE = re.compile(
    r"^(?P<subject>[a-z0-9][\w\-.' ]*?)\s+(?:can'?t|cannot|can\s+not|couldn'?t|won'?t|"
    r"wouldn'?t|does\s*n'?t|did\s*n'?t)\s+(?:ever\s+|even\s+)?(?:drain|start|boot|schedule|"
    r"connect|pull|reach|resolve|mount|bind|keep\s+up|come\s+up|finish|complete|become\s+ready|"
    r"get\s+ready|get\s+scheduled|converge|recover|authenticate|respond|load|"
    # "orders can't be drained because of its PDB", "… be drained; drop its budget to 1": what
    # the cluster fails to do with it, said in the passive with its cause or beside what eases
    # it (not "payments cannot be drained, add a pdb": that negation is read against the plan,
    # a budget makes drains harder).
    r"be\s+(?:drained|scheduled|reached|resolved|pulled|mounted)"
    r"(?=\s+(?:because|due\s+to|since|thanks\s+to|as\s+long\s+as|while|by)\b|"
    r"[^.!?]*\b(?:drop|relax|loosen|lower|ease|delete|remove)\b))\b",
    re.I,
)
_REPORTED = re.compile(
    r"^(?:earlier|yesterday|last\s+\w+|before|previously|once)?\s*,?\s*"
    r"(?:someone|somebody|we|they|he|she|i|a\s+colleague|ops|the\s+team)\s+"
    r"(?:already\s+|once\s+)?(?:set|changed|bumped|put|made|pinned|scaled|updated|deployed)\b",
    re.I,
)
# Round 36 (gap39a): hearsay told of someone, in a learner's bare present too ("somebody say
# 16.6", "I heard 16.6", "people tell me 17.2"): what was said, never what is asked (an
# instruction relayed, "… say to bump it", is :data:`_OBLIGED`'s).
_HEARD = re.compile(
    r"^(?:(?:someone|somebody|people|everyone|everybody|they|he|she|a\s+colleague|the\s+team)"
    r"\s+(?:say|tell\s+(?:me|us)|told\s+(?:me|us))|"
    r"(?:someone|somebody|people|we|they|he|she|i|a\s+colleague|the\s+team)\s+"
    r"(?:heard|hear|have\s+heard))\b(?!\s+(?:to|that\s+(?:we|you)\s+(?:should|must|need))\b)",
    re.I,
)
# What a rule wants, said of the rule ("golden path wants at least 2 replicas for tier=backend
# services", "the scorecard requires a liveness probe"): how the rule is — the request beside
# it says the change.
_RULE_WANTS = re.compile(
    r"^(?:the\s+|our\s+|a\s+)?(?:golden[\s\-]?path|scorecard|policy|policies|standards?|"
    r"guidelines?|linter|kyverno|gatekeeper|opa|conftest|checklist|baseline|benchmark|"
    r"compliance|audit|paved[\s\-]road)\b[^,;:]*?\b(?:wants|requires|expects|demands|"
    r"mandates|asks\s+for|needs)\b",
    re.I,
)
# A relative clause saying what the subject may do ("payments has 2 replicas that can land on
# the same node", "orders runs 3 pods which might all restart at once"): a possibility told of
# how things are, never an obligation of the clause ("… that should be 3" still asks).
_RELATIVE_POSSIBLE = re.compile(
    r"\s+(?:that|which|who)\s+(?:can|could|may|might)(?:\s+(?:all|both|still|also|not))?\s+"
    r"(?!be\b|now\b)[a-z].*$",
    re.I,
)
# Obligation, wish or request: the clause asks for what it says.
_OBLIGED = re.compile(
    # "the request is to scale payments to 4": what is to be done is asked.
    r"\b(?:should|must|shall|needs?|need\s+to|has\s+to|have\s+to|had\s+to|to\s+be|to\s+have|"
    r"(?:is|are)\s+to\s+[a-z]+|"
    # "like 40Mi" is a hedge ("about 40Mi"), not a wish; "runs 3 instances like our 3 app
    # servers" compares: "like" wishes only said of someone ("I'd like", "we like") or "like to".
    r"ought|want|wants|wanted|would|(?:(?<=\bi\s)|(?<=\bwe\s)|(?<=\byou\s)|(?<=\bthey\s)|"
    r"(?<='d\s)|(?<=\u2019d\s))like|like(?=\s+to\b)|please|let'?s|make\s+sure|ensure|so\s+that|"
    r"such\s+that|instead|going\s+to|gonna|will|can|could|may|might|kindly|pls|plz|"
    r"requested|wanted|asked|due|planned|scheduled|expected)\b|"
    # ("the old worker isn't needed since …": a need denied is how things are, not a wish.)
    r"(?<!n't\s)(?<!not\s)(?<!longer\s)(?<!never\s)\b(?:required|needed)\b|"
    # "the request is to scale payments to 4", "the plan is to bump …": what is asked for.
    r"\b(?:is|are|was)\s+to\s+(?=[a-z])|"
    # "my onboarding ticket says to update my-api to 1.4.2", "my lead told me to restart it":
    # an instruction relayed, what is to be done.
    r"\b(?:says?|said|tells?\s+(?:me|us)|told\s+(?:me|us))\s+to\s+(?=[a-z])|"
    # Round 40 (gap43b, blind42): "the worker runs as uid 10001 from now": how it is to be from
    # now on — never how it was (a time from now, "2 hours from now", is no such word), and
    # never in words someone else said, thought or decided, in a promise or in the past ("Bob
    # says from now my-api runs 4 replicas", "from now on we'll run 4", "from now my-api ran
    # 4": the lead, attack47).
    r"^(?!.*\b(?:says?|said|saying|thinks?|thought|reckons?|believes?|told|tells?|wrote|"
    r"writes?|decided|decides?|claims?|claimed|agreed|wants?|wanted|promised?|will|would|"
    r"shall|'ll|ran|had|used\s+to|was|were|did)\b).*?"
    r"(?<!ute\s)(?<!utes\s)(?<!our\s)(?<!ours\s)(?<!day\s)(?<!days\s)(?<!eek\s)(?<!eeks\s)"
    r"\bfrom\s+(?:now|today)(?:\s+on(?:wards?)?)?\b|"
    r"^(?!.*\b(?:says?|said|thinks?|thought|told|decided|agreed|will|'ll|was|were)\b).*?"
    r"\b(?:going\s+forward|henceforth)\b",
    re.I,
)
# A clause that starts with a verb (or a subordinator) is a request or a condition, read by
# the rules; only a clause whose first word is a subject can state.
_LEADS = re.compile(
    r"^(?:please\s+|then\s+|also\s+|and\s+|now\s+|just\s+)*"
    r"(?:set|make|keep|scale|restart|update|change|give|let|have|bump|raise|lower|increase|"
    r"decrease|reduce|put|get|configure|add|remove|delete|roll|rollback|upgrade|downgrade|"
    r"pin|use|run|deploy|ship|move|switch|turn|enable|disable|limit|cap|allow|block|"
    r"expose|create|apply|patch|edit|fix|bring|go|do|see|check|if|when|whenever|unless|"
    r"until|after|before|while|once|because|since|as|so|but|or|only|otherwise|in\s+case|"
    r"provided|given|what|why|how|which|is|are|does|do|can|could|would|will)\b",
    re.I,
)
_HEDGED = re.compile(
    r"\b(?:around|about|roughly|approximately|approx\.?|some|like)\s+(?=\d)|(?<=\d)(?:-?ish|\s+or\s+so)\b",
    re.I,
)
_VALUES = re.compile(
    r"(?P<kv>\b[A-Za-z_][A-Za-z0-9_]*=[^\s,;]+)|"
    r"(?P<image>\b[a-z0-9.\-]+(?:/[a-z0-9.\-_]+)+:[\w.\-]+)|"
    # ("dipped to 99.2%": a percentage, never a version.)
    r"(?P<version>\bv?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?\b(?!\s?%))|"
    # "2x", "x10": a factor is a number too.
    r"(?P<num>(?<![\w.\-/:=])(?:x|\u00d7)?\d+(?:\.\d+)?\s?"
    # "since 3 days", "for two weeks": a duration is one value with its unit, never a bare 3.
    r"(?:(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b|"
    r"mi|gi|ki|ms|m|g|k|s|h|d|rps|qps|%|x|\u00d7)?"
    r"(?![\w.\-/:]))",
    re.I,
)


# "the tags are my-api:1.4.1 and checkout:1.1.1": the references to take, listed as such ("the
# tag is 1.4.0" may say what runs: still a statement).
_TAGS_ARE = re.compile(
    r"\b(?:tags|images|image\s+refs|references|builds)\s+(?:to\s+use\s+)?(?:are|will\s+be)\b",
    re.I,
)


def asks(words: str) -> bool:
    """Whether ``words`` (a clause up to a value) say an obligation, a wish or an order: "orders
    should read", "we want", "make it", "use" (:data:`_OBLIGED`, :data:`_LEADS`)."""
    return bool(_OBLIGED.search(words) or _LEADS.match(words.strip()))


def clauses(text: str) -> list[str]:
    """The clauses of ``text``, split at punctuation and dashes."""
    return [c.strip() for c in _CLAUSES.split(text) if c and c.strip()]


def spans(text: str) -> list[tuple[int, int]]:
    """Where each clause of ``text`` (as :func:`clauses` cuts it) starts and ends."""
    found: list[tuple[int, int]] = []
    start = 0
    for cut in [*_CLAUSES.finditer(text), None]:
        end = cut.start() if cut is not None else len(text)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            found.append((start + lead, start + len(piece.rstrip())))
        if cut is not None:
            start = cut.end()
    return found


# "256Mi memory limit, up from 128Mi": where a value was before, said alone — how it is now.
_WAS_FROM = re.compile(
    r"^(?:(?:up|down)\s+)?from\s+(?:~|(?:about|around|roughly)\s+)?(?P<value>\S+)"
    r"(?:\s+(?:now|today|currently|before|earlier|replicas?|pods?))?$",
    re.I,
)
# A clause that goes on with the fact before it: a relative ("…, which wrecks the maintenance
# plan"), or what it lacks after "but" ("payments runs 3 replicas but no liveness probe").
_RELATIVE_LEAD = re.compile(r"^(?:which|who)\s+(?=[a-z])", re.I)
_LACKS = re.compile(r"^(?:no|without|zero)\s+(?=[a-z])", re.I)


# A request that only refers back to what was said before it: "make it so", "do that".
_REFERS_BACK = re.compile(
    r"(?:(?:please|pls|so|just|then|now|and|ok|okay)\s+)*(?:make\s+(?:it|that|this)(?:\s+so|"
    r"\s+happen)?|do\s+(?:it|that|this|so)|apply\s+(?:it|that|this)|go\s+ahead|"
    r"match\s+(?:it|that|this)|(?:let'?s\s+)?get\s+(?:it|us|there)\s+there|"
    r"(?:let'?s\s+)?get\s+there|"
    # "worker was better on …:0.8.2, please go back to that": the state said, gone back to.
    r"(?:go|roll|switch|revert|return)\s+(?:back\s+)?to\s+(?:that|it|this)(?:\s+one|\s+version|"
    r"\s+image)?)(?:\s+(?:please|pls|now|today))?",
    re.I,
)


def _goes_on(clause: str, cut: str) -> bool:
    """Whether ``clause``, right after a fact and cut from it by ``cut``, says more of that
    fact: a relative clause with no obligation, condition or change ("which wrecks the
    maintenance plan"), or, after "but", a thing it lacks ("but no liveness probe") — never an
    action it forbids ("but no restarts")."""
    if _OBLIGED.search(clause) or _CONDITION.search(clause) or _ASSIGNED.search(clause):
        return False
    if lead := _RELATIVE_LEAD.match(clause):
        rest = clause[lead.end() :]
        return not _LEADS.match(rest) and not _CHANGE_VERB.match(rest) and not _values(rest)
    if rx(r"\bbut\b", re.I).search(cut) and (m := _LACKS.match(clause)):
        rest = clause[m.end() :]
        return not _NEGATED_CHANGE.search(rest) and not _values(rest) and len(rest.split()) <= 4
    return False


# "size frontend at 6 (5 plus one spare)": a parenthesis that works out the value said right
# before it, which it says again — its numbers are that value's reason, never values of their own.
_N_SAID = r"(\d{1,4}|" + "|".join(numbers.UNITS) + r")"
_WORKED_OUT = re.compile(
    rf"(?<![\w.]){_N_SAID}(?:\s+(?:replicas?|pods?|instances?))?\s*\(\s*(?:i\.e\.\s*|=\s*)?"
    rf"{_N_SAID}\s*(?:\+|plus)\s*{_N_SAID}(?P<words>(?:\s+[a-z\-]+){{0,3}})\s*\)",
    re.I,
)


# "my-api to 4 app servers, so 4 replicas", "3 dynos, i.e. 3 pods": the count said again in the
# planner's words, right after it — the same value, never a second one (a different number, or
# one said per zone or in total, is left to ask).
_RESTATED = re.compile(
    rf"(?<![\w.]){_N_SAID}(?:\s+[a-z][\w\-]*){{0,2}}?(?P<again>\s*,?\s*(?:so|i\.e\.?|ie|"
    r"that\s+is|that's|meaning|which\s+means|which\s+is|=)\s+"
    rf"{_N_SAID}\s+(?:replicas?|pods?|instances?|copies))\b"
    r"(?!\s+(?:per|each|in|on|across|at|for|more|less|fewer|extra|total|overall)\b)",
    re.I,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else numbers.UNITS[word.lower()]


def worked_out(text: str) -> str:
    """``text`` with each parenthesis that works out the value before it blanked (offsets
    kept): "6 (5 plus one spare)", "4 replicas (3 + 1)"; and the same count said again right
    after it ("4 app servers, so 4 replicas": :data:`_RESTATED`)."""

    def blank(m: re.Match[str]) -> str:
        if _count(m.group(1)) != _count(m.group(2)) + _count(m.group(3)):
            return m.group(0)
        at = m.group(0).index("(")
        return m.group(0)[:at] + " " * (len(m.group(0)) - at)

    def again(m: re.Match[str]) -> str:
        if _count(m.group(1)) != _count(m.group(3)):  # (2 is the restatement)
            return m.group(0)
        at = m.start("again") - m.start()
        return m.group(0)[:at] + " " * (len(m.group(0)) - at)

    return _RESTATED.sub(again, _WORKED_OUT.sub(blank, text))


# An aside in parentheses with words on both sides of it in its clause.
# (Never in a sentence that goes on to relax the budget: "… (minAvailable 2, 2 replicas) blocks
# our drains, so let orders lose one pod" — the budget is what that sentence changes.)
_RELAXED_AFTER = r"(?![^.;!?]*\b(?:lose|losing|let\s+\S+\s+lose|relax|loosen|lower|ease)\b)"
_INNER_ASIDE = re.compile(rf"(?<=[a-z0-9])\s*\([^()]*\)(?=\s+[a-z0-9]){_RELAXED_AFTER}", re.I)


@per_plan
def facts_blanked(text: str) -> str:
    """``text`` with every clause that says how things are (:func:`fact`) blanked, offsets
    kept: the words a check of the request reads. "my-api is burning its error budget at 6x,
    scale it to 5" reads "…, scale it to 5" — the factor, the time, a negation or a destructive
    word inside a fact is the request's reason, never part of what it asks. A message that is
    all facts is returned whole (nothing asks: the checks read it as said)."""
    text = worked_out(text)
    # "the orders PDB (minAvailable 2 with 2 pods) blocks node drains": an aside in parentheses
    # inside a clause is read as no cut of it (blanked with the fact around it, if it is one).
    said = text
    text = _INNER_ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    found: list[tuple[int, int]] = []
    end = -1
    for a, b in spans(text):
        purpose = bool(rx(r"\bso\b", re.I).search(text[max(end, 0) : a]))
        if purpose:
            pass  # "… and a pdb so a drain never takes it to zero": what the request is for
        elif fact(text[a:b]) or (
            found and found[-1][1] == end and _goes_on(text[a:b], text[end:a])
        ):
            found.append((a, b))
        end = b
    asks = [text[a:b] for a, b in spans(text) if (a, b) not in found]
    if not found or not asks or all(_REFERS_BACK.fullmatch(c) for c in asks):
        # "the Q4 plan has my-api at four replicas, please make it so": the request asks for
        # what the fact says.
        return said
    chars = list(said)
    for a, b in found:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _unable(clause: str) -> bool:
    """What a thing fails to do, said of it (:data:`_UNABLE`)."""
    unable = _UNABLE.match(clause.strip().replace("\u2019", "'"))
    return bool(
        unable
        and not _PERSON.match(unable.group("subject"))
        and not _LEADS.match(unable.group("subject"))
        and not _IMPERATIVE.match(unable.group("subject"))
        and not _RELATIVE.search(unable.group("subject"))
        # ("payments won't start since 1.4.0": a cause, never a condition.)
        and not _CONDITION.search(_CAUSE.split(clause, maxsplit=1)[0])
    )


_BACK = re.compile(
    r"\b(?:it|its|them|they|their|those|that\s+one)\b|"
    # "checkout has no liveness probe. add one on /healthz": "one" is the probe the fact names.
    r"\b(?:add|create|give|set\s+up|put|need|needs|want|wants|make)\s+(?:it\s+|them\s+)?"
    r"(?:one|a\s+new\s+one)\b(?!\s+(?:more|extra|replicas?|pods?|instances?|copy|copies|of)\b)",
    re.I,
)


def read_for_category(text: str) -> str:
    """The words the category of ``text`` is read from: :func:`facts_blanked`, unless what is
    left refers back to something a fact names ("node drains hang on the orders PDB, it can
    lose one pod": "it" is the budget, said only in the fact) — then the whole text."""
    blanked = facts_blanked(text)
    return text if blanked != text and _BACK.search(blanked) else blanked


# "it's at 2 replicas", "they're on 1.4.0", "its at 3 pods" (the apostrophe dropped): the
# copula said short before where a count or a version stands is the copula ("it is at 2
# replicas" states; so does its short form). Only there: "it's OOMing at 256Mi" is read as it
# was.
_SHORT_IS = re.compile(
    r"\b(it|that|this|there)(?:['\u2019]s|s)(?=\s+(?:at|on)\s+(?:v?\d|only\s+\d|just\s+\d))", re.I
)
_SHORT_ARE = re.compile(
    r"\b(they|we)['\u2019]re(?=\s+(?:at|on)\s+(?:v?\d|only\s+\d|just\s+\d))", re.I
)


# "two are enough", "3 replicas would be plenty": a count judged enough is the count wanted
# (said beside what runs now: "frontend runs 3 instances; two are enough"), never a fact.
_ENOUGH = re.compile(
    rf"^(?:just\s+|only\s+)?{_N_SAID}\s+(?:(?:pods?|replicas?|instances?|copies)\s+)?"
    r"(?:is|are|'s|'re|will\s+be|would\s+be|should\s+be)\s+(?:quite\s+|more\s+than\s+)?"
    r"(?:enough|plenty|sufficient|adequate)\b(?!\s+for\b)",
    re.I,
)


# Round 24 (qtimes): a bound said as a negated imperative — "(but) don't go past 6", "do not
# go over 5 pods", "never exceed 8" — is an order on the change, never how things are: its
# number is the bound (hpa reads it), never context to take out.
_BOUND_ORDER = re.compile(
    r"^(?:(?:but|and|just|so|please)\s+)*(?:don'?t|do\s+not|never|not)\s+(?:ever\s+)?"
    r"(?:(?:go|get|scale|grow|run|burst)\s+)?(?:above|over|past|beyond|exceed|more\s+than|"
    r"higher\s+than)\s+\S*\d",
    re.I,
)


# Round 30 (o33, O4): a verbless clause that can only say how things are, never what should
# be — the live count ("…, currently 1", "(currently 2 pods)"), or a number said to stay as it
# is ("…, port 8080 unchanged"; never one of pods or replicas, which would be the change's own).
_LIVE_STATE = re.compile(
    r"^(?:(?:currently|presently|at\s+the\s+moment|atm)\s+(?:at\s+)?\d{1,4}"
    r"(?:\s+(?:replicas?|pods?|instances?))?(?:\s+running)?|"
    r"(?:the\s+)?(?:(?!(?:replicas?|pods?|instances?|copies|count|scale|size|to|at|on|by|"
    r"from|set|make|put|give|bump|raise|lower|run)\b)[a-z][\w\-]*\s+)"
    r"{1,2}\S*\d\S*\s+(?:(?:(?:stays?|remains?|is|are|left|kept)\s+)?(?:unchanged|untouched|"
    r"as\s+(?:it\s+)?is|the\s+same)|stays?|remains?))$",
    re.I,
)
# ... and a load read on a measure, said before or after the order ("cpu at 93% on 3 nodes,
# restart worker", "…, error rate at 5%") — unless the message sets a threshold (an autoscaler,
# an alert), whose target such a clause may be ("autoscale frontend 2-10, cpu at 70%").
_MEASURE_STATE = re.compile(
    r"^(?:the\s+)?(?:cpu|memory|mem|load|latency|error\s+rate|errors|p\d{2}|disk|"
    r"utili[sz]ation|traffic)\s+(?:at|around|near|over|above|under|below)\s+\d+(?:\.\d+)?\s*%"
    r"(?:\s+(?:on|across|over|for)\s+\d{1,4}\s+(?:nodes?|pods?|replicas?|zones?))?$",
    re.I,
)
_THRESHOLD_SET = re.compile(
    r"\b(?:auto-?scal\w*|hpa|horizontal|keda|target\w*|thresholds?|alert\w*|pag(?:e|es|ing)|"
    r"notify|warn|fire|monitor\w*|when|whenever|if|once|until|above|over|below|under)\b",
    re.I,
)


# Round 39 (oa44, attack44): where the pods sit now, said of a subject with "is" ("it's on one
# box", "my-api is all on a single node"): how things are, never the part of the pods a change
# is for (scope.py) — only with a verb of being, never a wish ("I don't want my-api on one box").
_PLACED_STATE = re.compile(
    r"^(?:it|they|(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+pods)?)(?:'s|'re|\s+is|\s+are)\s+"
    r"(?:(?:all|only|just|still|currently|now)\s+){0,2}on\s+(?:one|a\s+single|1|the\s+same|"
    r"just\s+one)\s+(?:box|node|host|server|machine|vm|zone|rack|replica|pod)(?:\s+(?:now|today|atm))?$",
    re.I,
)


def bare_state(clause: str, whole: str) -> bool:
    """Whether ``clause`` (of the message ``whole``) can only say how things are: its numbers
    are context, and the clause lends the order nothing."""
    clause = clause.strip()
    if _LIVE_STATE.match(clause) or _PLACED_STATE.match(clause):
        return True
    rest = whole.replace(clause, " ")
    return bool(_MEASURE_STATE.match(clause)) and not _THRESHOLD_SET.search(rest)


# Round 32 (a36b): a courtesy word closing a statement asks for nothing ("my-api has
# LOG_LEVEL=debug pls"): the statement is read without it.
# (Only a statement whose subject opens it: "one more than it has now pls" asks for one more.)
_SUBJECT_STATE = re.compile(r"\W*[\w-]+\s+(?:has|have|is|are|runs|uses)\b", re.I)
_COURTESY_TAIL = re.compile(r"(?:[\s,.!-]*\b(?:please|pls|plz|kindly|thanks|thx|ty))+\W*$", re.I)


# Round 41 (sh47b, attack47): a lead that makes a state the one to keep from now on ("from now
# my-api runs 4 replicas", "going forward …"). Said with no wish of its own — in the past ("from
# now my-api ran 4 replicas", "… had 3", "… used to run 4"), in another's words or a promise
# (:data:`_OBLIGED` reads none of these as a wish) — the clause after it is read as it would be
# alone: a state told, never the state to make.
_STANDING_LEAD = re.compile(
    r"^(?:from\s+(?:now|today)(?:\s+on(?:wards?)?)?|going\s+forward|henceforth)\s*,?\s+(?=\S)",
    re.I,
)
# ("from now on they'll / we'll / I'll run my-api at 4": how someone says it will be, a promise
# or a plan told — not the state asked for.)
_PROMISED = re.compile(
    r"(?:i|we|they|he|she|you|people|the\s+team|[a-z][\w\-]*\s+team)(?:'ll|'d|\s+will|"
    r"\s+would|\s+shall|'re\s+going\s+to|\s+are\s+going\s+to|'m\s+going\s+to)\s",
    re.I,
)


@per_plan
def stating(clause: str) -> bool:
    """True when ``clause`` says how things are (or were), not what should be."""
    if (lead := _STANDING_LEAD.match(clause.strip())) and (
        _PROMISED.match(clause.strip()[lead.end() :]) or not _OBLIGED.search(clause)
    ):
        rest = clause.strip()[lead.end() :]
        return bool(_PROMISED.match(rest)) or stating(rest)
    if (
        clause.rstrip(" .!?,-)")
        .lower()
        .endswith(("please", "pls", "plz", "kindly", "thanks", "thx", "ty"))
        and (bare := _COURTESY_TAIL.sub("", clause)).strip()
        and bare != clause
        and _SUBJECT_STATE.match(bare)
    ):
        clause = bare
    if _ENOUGH.match(clause.strip()) or _BOUND_ORDER.match(clause.strip()):
        return False
    if _LIVE_STATE.match(clause.strip()):
        return True
    clause = _SHORT_ARE.sub(r"\1 are", _SHORT_IS.sub(r"\1 is", clause))
    if _unable(clause):
        return True
    words = _AS_IS.sub(" ", clause.strip())
    # "each pod tops out around 400 rps", "it times out": a verb's particle, never "is out".
    words = rx(r"\b((?:top|max|time)(?:s|ed|ping)?)\s+out\b", re.I).sub(r"\1_out", words)
    # "at peak we see 3,000 rps": when or where it is seen, before its subject.
    words = _SCENE.sub("", words)
    # "p95 jumped from 200ms to 1.2s after 2.2.0": a past measure's "after" is when, never a
    # condition.
    if (done := _MEASURED.search(words)) and _PAST.search(done.group(0).split()[0]):
        words = words[: done.end()] + _AFTER.split(words[done.end() :], maxsplit=1)[0]
    # "traffic is 2x since the campaign": the statement before its cause is what is read.
    words = _CAUSE.split(words, maxsplit=1)[0] if _CAUSE.search(words) else words
    if (verb := _STATES.search(words)) and not _LEADS.match(words):
        # "payments has 2 replicas that can land on one node": the possibility is the fact's.
        words = words[: verb.end()] + _RELATIVE_POSSIBLE.sub("", words[verb.end() :])
    if (
        _REPORTED.search(words)
        or _HEARD.search(words)
        or numbers.PODS_STATE.match(words)
        or _symptom(clause, announced=False)
    ):
        # ("payments pods stuck w/ stale dns": how its pods are, said with no verb.)
        return True
    if (
        _LEADS.match(words)
        or _NOT_SUBJECT.match(words)
        or _OBLIGED.search(words)
        or _ASSIGNED.search(words)
        or _CONDITION.search(words)
        or _ANNOUNCED.search(words)
        or _TAGS_ARE.search(words)
    ):
        return False
    if _PROGRESSIVE.search(words):
        return False
    verb = _STATES.search(words)
    if verb is None:
        # "each frontend pod tops out around 400 rps": a particle, never a release "out".
        measured = _MEASURED.search(words)
        before = words[: measured.start()] if measured else ""
        return (
            measured is not None
            and not _NO_SUBJECT.match(before)
            and not _RELATIVE.search(before)
            and not _ASKS.search(before)
        )
    # "bounce whatever has tier=backend": a selector before the verb — the verb is its.
    before = words[: verb.start()]
    if _ASKS.search(before):
        return False  # "revert checkout to the build it ran before": the verb is a relative's
    if (
        verb.group(0).lower().endswith("ing")
        and _MADE.search(before)
        and not rx(r"\b(?:is|are|was|were|been|'s|'re)\s+$", re.I).search(before)
    ):
        # "hpa on my-api using both cpu (70%) …": a participle after an object a plan makes,
        # with no auxiliary, is its spec — never a fact.
        return False
    return not _RELATIVE.search(before) and not _CHANGE.search(before)


# A fact or symptom said of a thing, by grammar rather than by its words: a subject that is no
# person, then a verb in the progressive or the present that is no verb of change, said with
# or without its auxiliary ("checkout 1.1.0 throwing 500s", "p99 is spiking on payments",
# "the new image leaks memory", "orders queue is backing up"). A person's progressive is what
# they do ("we are moving payments to adyen"), never a fact; a verb of change is a change in
# progress ("checkout is rolling out 1.2.0"), which the rules read.
_PERSON = re.compile(
    r"^(?:we|i|you|they|he|she|someone|somebody|the\s+team|our\s+team|ops|devs?|"
    r"the\s+devs?)\b",
    re.I,
)
# The subject's words, then the verb: each word ending like a verb is tried in turn.
_FACT_WORD = re.compile(r"[a-z0-9][\w\-.:']*", re.I)
_AUX = re.compile(
    r"^(?:is|are|was|were|been|keeps?|kept|'s|'re|still|now|just|constantly|again|also)$", re.I
)
# Words that end like a verb and are not one (plurals a subject or an object is made of).
_NOT_VERB = re.compile(
    r"^(?:\w*(?:ss|us|is|as|ings)|pods|replicas|containers|metrics|requests|limits|errors|"
    r"logs|orders|jobs|settings|sessions|payments|workers|users|nodes|events|alerts|"
    r"services|secrets|probes|ports|volumes|images|tags|versions|releases|deploys|"
    r"deployments|rollouts|restarts|instances|copies|things|stats|thanks|ops|devs|means|"
    r"always|perhaps|sometimes|yes|was|has|does|goes|this|its|is|as|us|his|hers|ours|yours|"
    r"theirs|less|unless|across|plus|minus|lots|tons|loads|calls|bytes|mins|secs|hours|"
    r"days|weeks|months|years|times|percents?|cpus|gpus|mbs|gbs|ms|rps|qps|5xxs|"
    # What people call the running copies ("all the orders dynos landed on one node").
    r"dynos|boxes|servers|hosts|machines|vms|fleets|"
    # "don't touch anything else": a pronoun that ends in -ing; "is needing to move to …": a
    # need, which asks for the change it names.
    r"anything|everything|nothing|something|thing|string|spring|morning|evening|ceiling|"
    r"needing|wanting|requiring|going|having|"
    # "between 2 and 6 depending on load": a preposition that ends in -ing, no verb.
    r"depending|according|"
    r"\d\w*|[a-z]+'s)$",
    re.I,
)
# A verb of change, by its stem ("scaling", "autoscales", "bumping"): a change in progress or
# a terse request, never a fact.
_CHANGE_VERB = re.compile(
    r"^(?:touch|chang|modif|alter|edit|restart|reboot|bounc|recycl|redeploy|roll|revert|undo|"
    r"scal|autoscal|delet|remov|destroy|purg|wip|uninstall|updat|upgrad|downgrad|patch|deploy|"
    r"kill|terminat|evict|replac|resiz|rais|lower|increas|decreas|reduc|bump|set|mak|giv|add|"
    r"creat|enabl|disabl|expos|pin|ship|mov|migrat|switch|configur|limit|cap|allow|block|"
    r"lock|isolat|secur|backup|snapshot|mount|spread|drain|cordon|annotat|label|taint|doubl|"
    r"halv|tripl|monitor|scrap|instal|apply|appli|put|turn|drop|go|get|run)",
    re.I,
)


# A premise (round 16): how things are (or were), said as the reason or the time the order
# beside it rests on — "since payments moved to 3.1.0", "now that payments has 4 replicas",
# "because my-api got LOG_LEVEL=debug", "as payments is on 1Gi memory now", "with payments at
# 1Gi memory limit", "post 2.2.0 rollout of frontend". Its lead, then no order: never a change
# of its own (compound.premise_false checks its values against the cluster).
PREMISE = re.compile(
    r"^(?:ever\s+since|since|now\s+that|because|cause|given(?:\s+that)?|seeing\s+(?:as|that)|"
    r"as)\s+(?!(?:a|an|the)\s+(?:fall-?back|first|last|next|result|step)\b)"
    r"(?:the\s+|our\s+)?[a-z0-9][\w\-]*\s+(?:\w+\s+){0,2}?(?:is|are|was|were|has|have|had|"
    r"runs?|ran|got|gets|moved|went|switched|uses?|used|now|already|just|sits?|'s|"
    # "since checkout sends twice the traffic": any verb said in the present or the past.
    r"(?!(?:replicas|pods|instances|copies)\b)[a-z]{3,}(?:s|ed))\b|"
    r"^with\s+(?:the\s+|our\s+)?[a-z0-9][\w\-]*\s+(?:now\s+|already\s+)?(?:at|on|running|having)"
    r"\s|"
    # "post 2.2.0 rollout of frontend": only with the version it names (checked against the
    # cluster); "post-upgrade, …" with none is a time to wait for (waits.py), never a fact.
    r"^(?:post|following)[\s\-]+(?:the\s+)?v?\d+\.\d+(?:\.\d+)?\s+(?:rollout|roll-out|"
    r"deploy(?:ment)?|upgrade|release|migration|bump|update)\b",
    re.I,
)


_PROVISO = rx(r"(?:[\w\-']+\s+){1,2}permitting", re.I)


# Round 32 (gap35c): a new release said to be faulty — "checkout new version have bug", "the new
# version of checkout has a bug", "its new image is broken" — is a symptom, the reason of the
# order beside it (a rollback), never a release announced to take ("new" alone announces one).
_NEW_DEFECT = re.compile(
    r"(?P<subject>(?:the\s+|its\s+|our\s+)?(?:[\w\-.]+\s+){0,2}?new(?:est)?\s+"
    r"(?:version|release|image|build|deploy(?:ment)?|rollout|tag)(?:\s+of\s+(?:the\s+)?[\w\-.]+)?)"
    r"\s+(?:has|have|had|got|is|are|was|were|seems?|looks?)\s+(?:got\s+)?(?:a\s+|an\s+|some\s+|"
    r"many\s+|lots\s+of\s+|(?:a\s+)?(?:big|bad|serious|nasty|critical|major)\s+)?(?:bugs?|issues?|"
    r"problems?|regressions?|errors?|broken|buggy|faulty|bad|defective|crashing)\b(?!\s+(?:fix|fixe[ds]))",
    re.I,
)

# Round 44 (m44b): "roll back the cistella checkout (checkout), the new version shows the calçots
# at 0 €": what the new release shows or does wrong, said of it with a verb of its output — a
# symptom, the order's reason, whatever amounts it shows (never a version to run).
_NEW_SHOWS = re.compile(
    r"(?:the\s+|its\s+|our\s+)?(?:[\w\-.]+\s+){0,2}?new(?:est)?\s+"
    r"(?:version|release|image|build|deploy(?:ment)?|rollout|tag)\s+(?:now\s+)?"
    r"(?:shows|displays|prints|renders|charges|returns|lists|reports|sells|prices)\b",
    re.I,
)


# Round 39 (oa44, attack44): a count of something that is no pod, said as what we have, run,
# lost or got ("we lost 1 node", "we run 3 regions", "we got 2 new nodes"), or as what happened
# to it ("one box died", "2 nodes went down"): the order's reason, never a count, a time or a
# bound of it. Never a count of pods, replicas, copies or processes (each may be the count
# asked), of a unit of time or of an amount ("we have 2 hours", "we have 3 GB").
_NOT_COUNTED = (
    r"(?!(?:replicas?|pods?|instances?|copies|containers?|workers?|processes|threads|dynos?|"
    r"tasks?|jobs?|shards?|members?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?|times|percent|[kmgt]i?b?|ms|x|more|extra|left|to|of|at|by|per)\b)"
)
_COUNTED_THING = re.compile(
    r"^(?:(?:and|but|also|plus)\s+)?(?:we|i|they|the\s+team|our\s+team)\s+"
    r"(?:(?:just|already|only|now|recently|also)\s+)?"
    r"(?:lost|lose|got|gained|added|have|had|run|ran|saw|see|counted|'ve\s+got|have\s+got)\s+"
    rf"(?:(?:only|just|about|around|like|another|over)\s+)?{_N_SAID}\s+"
    r"(?:(?:new|more|extra|fresh|big|spare|whole|angry)\s+)?"
    rf"{_NOT_COUNTED}[a-z][a-z\-]*[a-z](?![\w\-])"
    r"(?:\s+(?:waiting|down|left|online|today|now|already|in\s+total))?$|"
    rf"^{_N_SAID}\s+{_NOT_COUNTED}(?:box(?:es)?|nodes?|hosts?|servers?|machines?|vms?|zones?|azs?|"
    r"regions?|disks?|racks?)\s+(?:just\s+)?(?:died|failed|crashed|went\s+down|went\s+away|"
    r"(?:is|are|was|were)\s+(?:down|gone|dead|lost))$",
    re.I,
)


@per_plan
def fact(clause: str) -> bool:
    """True when ``clause`` says how things are — a fact or a symptom ("checkout 1.1.0
    throwing 500s since the deploy", "p99 is spiking on payments", "the new image leaks
    memory") — never what to do. Beside a clause that asks, such a clause is the request's
    reason: it lends it no action (``compound.actions``) and no value (:func:`stating`).

    Broader than :func:`stating` only in one way: a subject's "new" announces nothing when
    the clause holds no value to announce."""
    if _ENOUGH.match(clause.strip()):
        return False  # "two are enough": the count wanted
    if _PROVISO.fullmatch(clause.strip()):
        return False  # "…, Bob permitting": a condition of the change (round 22), no fact
    if (was := _WAS_FROM.match(clause.strip())) and _VALUES.fullmatch(was.group("value")):
        return True
    if PREMISE.match(clause.strip()):
        return True  # "since payments moved to 3.1.0": the premise of the order (round 16)
    if _COUNTED_THING.match(clause.strip()):
        return True  # "we lost 1 node", "one box died": a count of no pod, the order's reason
    if _IMPERATIVE.match(clause.strip()) or _LEADS.match(clause.strip()):
        return False  # "revert checkout to the build it ran before": an order, whatever follows
    if _RULE_WANTS.match(clause.strip()) and not _CONDITION.search(clause):
        # (Only a fact: said alone, what the rule wants is what is asked — never a stated value.)
        return True
    if (
        "new" in clause
        and (defect := _NEW_DEFECT.match(clause.strip()))
        and not _PERSON.match(defect.group("subject"))
        and not _values(clause)
    ):
        return True  # "checkout new version have bug", "the new release is broken": a symptom
    if "new" in clause and _NEW_SHOWS.match(clause.strip()):
        return True  # "the new version shows the prices at 0 €": a symptom (see _NEW_SHOWS)
    return (
        stating(clause)
        or _symptom(clause, announced=True, present=not _values(clause))
        or _now_state(clause)
    )


# How things are now, said with a plain present verb after a subject led by a determiner and
# closed by a word of the present ("the Go services talk to redis directly now", "our clients
# connect through envoy these days", "all the jobs run on payments nowadays").
_NOW_STATE = re.compile(
    r"^(?:(?:the|our|all(?:\s+the)?|both(?:\s+the)?|these|those|most(?:\s+of\s+the)?)\s+|"
    # "portal traffic goes through the new ingress now": what flows, said without a determiner.
    r"(?=(?:[a-z][\w\-]*\s+)?(?:traffic|requests|calls|clients|users)\s))"
    r"(?:[\w\-]+\s+){0,3}?(?P<verb>[a-z]{3,})\s+(?:[\w\-]+\s+){0,5}?"
    r"(?:now|anymore|any\s+more|these\s+days|nowadays|today)\W*$",
    re.I,
)


_FLOWS = re.compile(r"\bgo(?:es)?\s+(?=(?:through|via)\b)", re.I)


def _now_state(clause: str) -> bool:
    """Whether ``clause`` says how things are now (:data:`_NOW_STATE`), with no value said and
    no verb of change, obligation or condition in it."""
    # ("goes through", "goes via": where something flows, never "go to 3".)
    said = _FLOWS.sub("flows ", clause.strip())
    m = _NOW_STATE.match(said)
    return (
        m is not None
        and not _values(said)
        and not any(
            _CHANGE_VERB.match(w) for w in rx(r"[a-z]+", re.I).findall(said[m.start("verb") :])
        )
        and not _CHANGE.search(said)
        and not _OBLIGED.search(said)
        and not _CONDITION.search(said)
        and not _ASSIGNED.search(said)
    )


# The words people say a kind of object with, singular or plural — one table for every reader
# that hears a kind beside a name ("the cache Deployment") or as a scope ("no changes to the app
# deployments"). (Merged: compound._WORKLOAD_KIND_WORDS.)
KIND_WORDS = {
    "Deployment": r"deployments?|deploys?",
    "StatefulSet": r"statefulsets?|stateful\s+sets?|sts",
    "DaemonSet": r"daemonsets?|daemon\s+sets?|ds",
    "Service": r"services?|svcs?",
    "ConfigMap": r"configmaps?|config\s+maps?|cms?",
    "Secret": r"secrets?",
    "PodDisruptionBudget": r"pdbs?|(?:pod\s+)?disruption\s+budgets?",
    "HorizontalPodAutoscaler": r"hpas?|autoscalers?",
    "NetworkPolicy": r"network\s*polic(?:y|ies)|netpols?",
    "CronJob": r"cron\s*jobs?",
}


def kinds_said(text: str) -> set[str]:
    """The kinds ``text`` names by a word of :data:`KIND_WORDS`."""
    return {
        kind
        for kind, words in KIND_WORDS.items()
        if rx(rf"(?<![\w\-])(?:{words})(?![\w\-])", re.I).search(text)
    }


# A purpose said after an order: "to" (or "so it can", "in order to") and a verb of what the
# change is for — never a verb of change, which would be a second order ("restart frontend to
# flush its DNS cache", "scale worker to 6 to keep up with the orders queue", "bounce payments
# so it can pick up the new cert"). Its words name what the change is for, not what it acts on.
_PURPOSE_CLAUSE = re.compile(
    r"\s(?:in\s+order\s+to|so\s+as\s+to|to|so\s+(?:that\s+)?(?:it|they)(?:\s+(?:can|will|could))?)\s+"
    r"(?:flush|clear|pick|reload|refresh|free|absorb|handle|cope|keep|catch|survive|avoid|fix|"
    r"recover|reset|warm|rebuild|unstick|unblock|unjam|shed|serve|match|test|see|check|verify|"
    r"rule|force|load|reconnect|re-?resolve|resolve|release|empty|forget|drop|lose|get|let|"
    r"stop|work\s+around|deal|make\s+sure|ensure|read|use)(?:s|ed|ing)?\b[^,;.!?]*",
    re.I,
)


def purposes(text: str) -> list[tuple[int, int]]:
    """Where each purpose said after an order (:data:`_PURPOSE_CLAUSE`) starts and ends in
    ``text``; never one at the start (nothing to be the purpose of)."""
    return [
        (m.start(), m.end()) for m in _PURPOSE_CLAUSE.finditer(text) if text[: m.start()].strip()
    ]


# The verb a fact's subject ends at: a verb that states or measures, or a negated auxiliary.
_FACT_VERB = re.compile(
    _STATES.pattern + "|" + _MEASURED.pattern + r"|\b\w+n't\b|\b(?:needs?|moved|talks?)\b",
    re.I,
)


def subject(clause: str) -> str:
    """The subject of the fact ``clause`` (:func:`fact`): its words before its verb ("the
    worker deployment" of "the worker deployment isn't used since matchmaking moved into
    my-api"), when the fact gives its cause (:func:`cause`); "" otherwise. A pronoun after such
    a fact points to this subject, never to what its cause names — a name said between the
    verb and the cause ("frontend talks to my-api …") may be what "it" means, and is asked."""
    if not fact(clause) or not (why := cause(clause)):
        return ""
    verb = _FACT_VERB.search(clause)
    if verb is None or verb.start() >= len(clause) - len(why):
        return ""
    return clause[: verb.start()]


def cause(clause: str) -> str:
    """The cause said at the end of ``clause`` ("since matchmaking moved into my-api",
    "because …"), or ""."""
    m = _CAUSE.search(clause)
    return clause[m.start() :] if m else ""


# The cause's own subject and a verb of its state ("because payments is overloaded", "since
# orders keeps crashing"), never a cause said of a thing done to it ("since matchmaking moved
# into my-api": my-api is no subject there).
_CAUSE_STATES = re.compile(
    r"^\W*(?:because(?:\s+of)?|since|cuz|coz|bc|due\s+to|while|whilst)\s+"
    r"(?P<subject>(?:the\s+|our\s+)?[\w.\-]+(?:\s+(?:pods?|deployment|app|service))?)\s+"
    r"(?:is|are|was|were|'s|has|had|keeps|kept|seems|looks|got|gets|went|goes|runs|ran)\b",
    re.I,
)


def cause_subject(clause: str) -> str:
    """The subject of the cause of ``clause`` when the cause states of it ("payments" of
    "frontend is slow because payments is overloaded"): a second subject, so a pronoun after
    the fact may mean either; "" otherwise."""
    m = _CAUSE_STATES.match(cause(clause))
    return m.group("subject") if m else ""


# Where a symptom's own words end: when it began or why ("since the deploy", "after the
# release", "for 2h") says no condition on the request.
_SINCE = re.compile(r"\s+\b(?:ever\s+since|after|since|from|for|during|over)\b", re.I)


# A word after which a word is a noun, never a verb: a preposition or "and".
_AFTER_WORD = r"and|or|&|for|of|to|on|in|at|from|with|by|the|a|an|its|their|our"
# Verbs a terse request starts with that :data:`_LEADS` leaves to the rules.
_IMPERATIVE = re.compile(
    r"^(?:kindly\s+|pls\s+|plz\s+)*(?:annotate|autoscale|back|backup|snapshot|monitor|scrape|"
    r"label|taint|drain|cordon|uncordon|expose|enable|disable|create|spread|mount|lock|isolate|"
    r"secure|harden|tighten|loosen|kick|bounce|cycle|recycle|redeploy|rollout|double|halve|"
    r"triple|drop|nuke|kill|revert|undo|dump|schedule|attach|detach|grant|revoke|rotate|"
    r"tune|wire|hook|open|close|route|point|deny|restrict|protect|prevent|stop|start|pause|"
    r"resume|retry|mark|tag|pull|push|bind|assign|give|grow|shrink|trim|clean|purge|wipe)\b",
    re.I,
)
# Objects a plan makes: a participle after one says what it should do ("a pdb keeping 2 up").
_MADE = re.compile(
    r"\b(?:hpa|autoscaler|scaledobject|keda|pdb|budget|probe|check|job|cronjob|backup|"
    r"schedule|snapshot|dump|policy|netpol|monitor|servicemonitor|podmonitor|rule|alert|"
    r"sidecar|strategy|rollout|spread|affinity|limit|request|quota|ingress|service|svc)s?\b",
    re.I,
)

# Function words: never a noun of a compound ("the budget pacing loop").
_PLAIN_WORDS = frozenset(
    """the a an to of in on at for and or but by with from as is are was were be it its this
    that""".split()
)
# Round 16: a made object's word that only qualifies the noun after it ("the budget pacing loop
# falls behind", "the service mesh drops packets"): one to three plain words, no preposition or
# value, lead from it to the verb — the subject is that noun, no object a plan makes.
_MADE_MODIFIER = re.compile(
    rf"^\s+(?!(?:{'|'.join(sorted(_PLAIN_WORDS))})\b)[a-z][a-z\-]+"
    rf"(?:\s+(?!(?:{'|'.join(sorted(_PLAIN_WORDS))})\b)[a-z][a-z\-]+){{0,2}}\s*$",
    re.I,
)


def _made_subject(before: str) -> bool:
    """Whether ``before`` (the words before a verb) holds an object a plan makes as more than
    a word of another noun (:data:`_MADE`, :data:`_MADE_MODIFIER`)."""
    return any(not _MADE_MODIFIER.match(before[m.end() :]) for m in _MADE.finditer(before))


@per_plan
def _symptom(clause: str, *, announced: bool, present: bool = False) -> bool:
    """Whether ``clause`` is a subject that is no person, then a verb in the progressive (or,
    with ``present``, the present: "the new image leaks memory") that is no verb of change.
    With ``announced``, a word like "new" is allowed when no value is said. A present tense
    is only read in a clause with no value: specs are full of plurals ("20 checks 15s apart").
    A participle with no auxiliary after an object a plan makes is its spec ("hpa on frontend
    holding cpu near 60%"), never a fact."""
    words = _AS_IS.sub(" ", clause.strip(" ,.!?"))
    words = _SINCE.split(_CAUSE.split(words, maxsplit=1)[0], maxsplit=1)[0]
    # "timing out", "maxes out": a verb's particle, never a release that "is out".
    words = rx(r"\b([a-z]+(?:ing|ed|es|s))\s+out\b", re.I).sub(r"\1", words)
    if (
        not words
        or _LEADS.match(words)
        or _NOT_SUBJECT.match(words)
        or _PERSON.match(words)
        or _IMPERATIVE.match(words)
        or _OBLIGED.search(words)
        or _ASSIGNED.search(words)
        or _CONDITION.search(words)
        or _TAGS_ARE.search(words)
        or (_ANNOUNCED.search(words) and (not announced or _values(words)))
    ):
        return False
    found = list(_FACT_WORD.finditer(words))
    for i, m in enumerate(found[1:], start=1):
        verb = m.group(0).lower()
        if _AUX.match(verb) or _NOT_VERB.match(verb) or m.group(0)[1:] != verb[1:]:
            # ("initialDelaySeconds", "maxSurge": a key, never a verb)
            continue
        if not rx(r"[a-z]{3,}(?:ing|s)" if present else r"[a-z]{3,}ing").fullmatch(verb):
            continue
        if rx(_AFTER_WORD, re.I).fullmatch(found[i - 1].group(0)):
            continue  # "for billing", "pricing and billing": a name, after the word that takes it
        if _modifier(verb, found[i + 1 : i + 3]) if present else False:
            continue  # "the budget pacing loop falls behind": "pacing" names the loop
        aux = any(_AUX.match(w.group(0)) for w in found[:i])
        if not aux and _made_subject(words[: m.start()]):
            return False
        kept = any(w.group(0).lower().startswith("keep") for w in found[:i])
        if _CHANGE_VERB.match(verb) and verb.endswith("ing") and not kept:
            # "checkout is rolling out 1.2.0": a change in progress, read by the rules; never
            # "orders keeps restarting" nor "the new image drops sessions", what it does.
            return False
        if _CHANGE_VERB.match(verb) and not kept and _valued(words[m.end() :]):
            return False  # "frontend scales to 4": a value where the change goes
        if rx(r"gets?").fullmatch(verb) and rx(
            r"\s+(?:a|an|the|its|their|one|two|three|four|five|\d)\b", re.I
        ).match(words[m.end() :]):
            return False  # "the app container gets a limit of two cpus": what it is given
        if rx(r"(?:auto)?scal").match(verb) and not kept:
            return False  # "my-api scales on cpu and memory, 2 to 8 pods": how it should scale
        if verb.endswith("s") and i == len(found) - 1 and not _AUX.match(found[i - 1].group(0)):
            return False  # "checkout pods": a noun that ends in s, with nothing after it
        before = words[: m.start()]
        return not _RELATIVE.search(before) and not _CHANGE.search(before)
    return False


# Round 16: an "-ing" word before a noun and that noun's present verb is no verb but a word of
# the noun ("the budget pacing loop falls behind", "the billing service drops requests"): the
# verb after it is the clause's.
_NOUN_AFTER_ING = re.compile(r"^[a-z][a-z\-]{2,}$", re.I)


def _modifier(verb: str, after: list[re.Match[str]]) -> bool:
    """Whether ``verb`` (an "-ing" word) names the noun after it, whose own present verb
    follows (``after``: the next two words)."""
    if not verb.endswith("ing") or len(after) < 2:
        return False
    noun, then = after[0].group(0), after[1].group(0).lower()
    return (
        _NOUN_AFTER_ING.match(noun) is not None
        and noun.lower() not in _PLAIN_WORDS
        and rx(r"[a-z]{3,}s").fullmatch(then) is not None
        and not _AUX.match(then)
        and not _NOT_VERB.match(then)
    )


def _valued(text: str) -> bool:
    """Whether ``text`` says a value, in digits or in words ("a limit of two cpus")."""
    return bool(_values(text)) or any(
        w.lower() in numbers.NUMBER_WORDS for w in rx(r"[a-z]+", re.I).findall(text)
    )


def _values(text: str) -> set[str]:
    """Values said in ``text``, normalised (lower case, no space before a unit)."""
    found: set[str] = set()
    for m in _VALUES.finditer(text):
        token = rx(r"\s+").sub("", m.group(0)).lower()
        found.add(token)
        if m.group("kv"):
            found.add(token.split("=", 1)[1])
        if m.group("version") and token.startswith("v"):
            found.add(token[1:])
    return found


def values(text: str) -> set[str]:
    """Values said in ``text`` (numbers, versions, images, ``KEY=value``), normalised."""
    return _values(text)


# A particle that ends an order whole: a verb whose "in" (or "over") says where the thing goes,
# its object said between them as a pronoun or a noun ("swap it in", "phase the new build in",
# "slot it in now", "roll them over") — never a message cut off before "in …". Shared by
# speech (no cut-off message), noorder (an order to deploy) and :data:`_DEPLOY_IT`.
PARTICLE_VERBS = (
    r"(?:swap|switch|slot|phase|cut|put|drop|bring|wire|merge|pull|plug|push|fold|sub|roll|"
    r"patch|hot-?swap)(?:s|ped|ping|ed|ing)?"
)
PARTICLE_ORDER = re.compile(
    rf"\b{PARTICLE_VERBS}\s+(?:it|them|this|that|these|those|(?:the|this|that|our|my)\s+"
    r"(?:new\s+)?(?:build|image|version|release|one|fix|patch))\s+(?:in|over)\b",
    re.I,
)
# An order whose object is a pronoun for a version said before it: "deploy it", "ship that".
_DEPLOY_IT = re.compile(
    r"^(?:(?:please|pls|so|just|then|now|and)\s+)*(?:(?:deploy|ship|release|roll\s+out|install|"
    r"go\s+with|push\s+out)\s+(?:it|that|this|that\s+one|this\s+one)\b|"
    # "…, please roll it out", "push that out": the particle after the object.
    r"(?:roll|push|get)\s+(?:it|that|this|that\s+one|this\s+one)\s+out\b|"
    # "worker was better on …:0.8.2, please go back to that": the one said, gone back to.
    r"(?:go|roll|switch|revert|return)\s+(?:back\s+)?to\s+(?:it|that|this|that\s+one|this\s+one)"
    r"(?:\s+(?:version|image|release|build))?\s*(?:please|pls)?\s*$|"
    rf"{PARTICLE_ORDER.pattern})",
    re.I,
)
# "ship the new ranking model: my-api 1.5.0 has it baked in": a fact whose "it" is what an
# order to deploy names — the version that carries it is the one to ship.
_SHIP = re.compile(
    r"^(?:(?:please|pls|so|just|then|now|and|let'?s)\s+)*(?:deploy|ship|release|roll\s+out|"
    r"push\s+out|promote)\b",
    re.I,
)
_CARRIES_IT = re.compile(
    r"\b(?:has|have|had|carries|carry|contains|includes|bundles|ships)\s+(?:it|them|that|this)\b",
    re.I,
)


# "it runs", "they already have", "it's running", "we are using": what a workload has now.
_IT_HAS = (
    r"(?:it|they|we)(?:\s+(?:(?:already|currently|normally|usually|always)\s+)?(?:runs?|ran|has|"
    r"have|had|uses?|used|is\s+(?:running|using|at|on)|are\s+(?:running|using|at|on))|"
    r"(?:'s|\u2019s|'re|\u2019re)\s+(?:running|using|at|on))"
)
# Round 40 (oa46, attack45): a clause that says what is before it is how things are ("orders, 6
# replicas, that's what it runs", "…, which is what it has now", "…, that's how many it runs"):
# the clause before it states, whatever its words.
_SO_IT_IS = re.compile(
    r"^\s*(?:that'?s|thats|that\s+is|this\s+is|which\s+is|it'?s)\s+(?:what|how\s+many|"
    r"the\s+(?:count|number|size)|the\s+(?:current|usual)\s+\w+)\s+(?:\S+\s+)?"
    r"(?:runs?|ran|has|had|have|uses?|used|is\s+(?:running|on|at|using)|are\s+(?:running|on|at)|"
    r"was\s+(?:running|on|at)|currently\s+\w+|(?:always|usually|normally)\s+\w+|"
    r"(?:it|they|we)\s+(?:runs?|has|have|had|ran|use|uses|is\s+running|are\s+running))\b",
    re.I,
)
# Round 41 (sh47c, attack47's @K): the same said without "that's" ("- what it runs", "(how many
# it has now)"), or as "it runs that", "they already have that many" — a whole clause, after a
# count of pods said bare ("my-api, 6 replicas - what it runs"; never "Floor 3 (what it runs
# today)", a field's value that equals it).
_IT_RUNS_THAT = re.compile(
    rf"^\s*(?:(?:what|how\s+many)\s+{_IT_HAS}|{_IT_HAS}\s+(?:that|those|this|that\s+many|"
    r"as\s+many))(?:\s+(?:now|today|already|currently|right\s+now|at\s+the\s+moment|anyway|"
    r"normally|usually))?\s*[.!)]*\s*$",
    re.I,
)
_BARE_COUNT = re.compile(r"(?:^|[\s:,])\d+\s+(?:replicas?|pods?|instances?)\s*$", re.I)
# "… 6 replicas which is what it runs": the clause that says so inside the clause it is said of.
_SO_IT_IS_INSIDE = re.compile(
    r"(?<=\S)\s+(?=(?:which|that)\s+is\s+(?:what|how\s+many)\s|(?:that'?s|thats)\s+(?:what|how\s+"
    r"many)\s|[-\u2013\u2014]\s*(?:what|how\s+many)\s)",
    re.I,
)


# Round 41 (sh47b, attack47): a clause that says whose decision the message tells ("…, Bob
# decided", "…, the team decided", "…, Bob's call", "…, as agreed with Bob", "…, we decided in
# standup"): beside a state kept from now on, the state is that decision reported, not the
# speaker's order (an order said as one, "scale my-api to 4, as agreed", stays an order).
_DECIDED_BY = re.compile(
    r"(?:(?:the|our|their)\s+)?(?!(?:i|you)\b)[a-z][\w\-]*(?:\s+team)?\s+(?:(?:has|had|have)\s+)?"
    r"(?:decided|agreed|ruled|decreed|insisted|signed\s+off|said\s+so|says\s+so|"
    r"wants?\s+(?:it|that)|asked\s+for\s+(?:it|that))(?:\s+(?:on\s+(?:it|that|this)|so))?"
    r"(?:\s+(?:in|at|on|during|after|over|yesterday|today|earlier|last)\b.*)?|"
    r"(?:(?:it'?s|that'?s|its|thats)\s+)?(?:the\s+)?[a-z][\w\-]*(?:\s+team)?(?:'s|s')\s+"
    r"(?:call|decision|idea|ask|request|orders?|wish|choice|rule|plan)|"
    r"(?:as\s+)?(?:agreed|decided|discussed|promised|settled)\s+(?:with|by|in|at)\b.*|"
    r"(?:per|by)\s+(?:the\s+)?[a-z][\w\-]*(?:'s)?\s+(?:decision|call|orders?|request)",
    re.I,
)


def _standing(part: str) -> bool:
    """Whether ``part`` is a state said to hold from now on ("from now my-api runs 4
    replicas"): a wish only by its lead, :data:`_STANDING_LEAD`."""
    lead = _STANDING_LEAD.match(part.strip())
    return lead is not None and stating(part.strip()[lead.end() :])


def stated(raw: str) -> set[str]:
    """Values said only inside clauses that state, never in one that asks."""
    parts = clauses(raw)
    inside: set[str] = set()
    outside: set[str] = set()
    decided = any(_DECIDED_BY.fullmatch(p.strip(" .!")) for p in parts)
    pieces = [q for part in parts for q in _SO_IT_IS_INSIDE.split(part) if q.strip()]
    for part, after in zip(pieces, [*pieces[1:], ""], strict=True):
        so_it_is = _SO_IT_IS.match(after) or (
            _IT_RUNS_THAT.match(after) and _BARE_COUNT.search(part)
        )
        (inside if stating(part) or so_it_is or (decided and _standing(part)) else outside).update(
            _values(part)
        )
    # "deploy checkout 1.2.0? the image is ghcr.io/acme/checkout:1.2.0": an image whose tag is
    # a version asked for is that version said again, not a value of its own.
    said_again = {v for v in inside if ":" in v and v.rpartition(":")[2].lstrip("v") in outside}
    asks = [part for part in parts if not stating(part)]
    if any(_DEPLOY_IT.match(part) for part in asks) or (
        any(_SHIP.match(part) and not _values(part) for part in asks)
        and any(stating(part) and _CARRIES_IT.search(part) for part in parts)
    ):
        # "payments 3.1.0 is the Spring Boot upgrade, deploy it": the version "it" stands for.
        said_again |= {v for v in inside if rx(r"v?\d+(?:\.\d+)+\S*|\S+:\S*\d\S*").fullmatch(v)}
    return inside - outside - said_again


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield str(k).lower()
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    elif value is not None and not isinstance(value, bool):
        yield str(value).lower()


def _uses(leaf: str, value: str) -> bool:
    if leaf == value:
        return True
    number = rx(r"(\d+(?:\.\d+)?)(?:cores?)?").fullmatch(value)
    if number and leaf in (number.group(1), f"{number.group(1)}.0"):
        return True
    # An image's tag or a whole image reference inside a leaf.
    return bool(rx(rf"(?:^|[:/=@]){re.escape(value)}$").search(leaf))


_WORDS = re.compile(r"[a-z0-9][\w\-]*(?<![\-_])", re.I)
# A port said as where a workload listens: "on 8080", "port 8080", ":8080".
_PORT_AT = re.compile(r"(?:\bon\s+(?:port\s+)?|\bport\s+|(?<=[a-z]):)\s*(\d{2,5})(?![\w.])", re.I)


def _guarded_ports(operations: Sequence[Operation]) -> dict[int, set[str]]:
    """The ports each NetworkPolicy of the plan lets traffic in on, with the label values of
    the pods it guards (whose port it is)."""
    found: dict[int, set[str]] = {}
    for op in operations:
        manifest = getattr(op, "manifest", None)
        if not isinstance(manifest, dict) or manifest.get("kind") != "NetworkPolicy":
            continue
        spec = manifest.get("spec") or {}
        labels = (spec.get("podSelector") or {}).get("matchLabels") or {}
        guarded = {str(v).lower() for v in labels.values()}
        for rule in spec.get("ingress") or []:
            for port in rule.get("ports") or []:
                if isinstance(port.get("port"), int):
                    found.setdefault(port["port"], set()).update(guarded)
    return found


def _port_identified(raw: str, value: str, operations: Sequence[Operation]) -> bool:
    """Whether ``value`` is the port a stating clause says a workload listens on ("worker's
    tokio listener on 8080 has no auth, so only my-api should connect to it"), and the plan's
    NetworkPolicy guards that workload's pods on that port: the port names which traffic the
    policy is about — the plan changes no port. Said of another workload ("… frontend listens
    on 8080" beside a policy for worker), it is still misused."""
    if not value.isdigit():
        return False
    guarded = _guarded_ports(operations).get(int(value))
    if not guarded:
        return False
    return any(
        stating(part)
        and value in _PORT_AT.findall(part)
        and any(w.group(0).lower() in guarded for w in _WORDS.finditer(part))
        for part in clauses(raw)
    )


def misused(raw: str, operations: Sequence[Operation]) -> str | None:
    """A value said only in a clause that states and yet set by the plan, if any (a port
    that identifies the traffic a policy guards, :func:`_port_identified`, is none)."""
    values = stated(raw)
    # "we ran 4 worker dynos, give the worker the same": the request refers to that count.
    values -= {v for v in values if v == str(numbers.same_count(raw))}
    values -= {v for v in values if _port_identified(raw, v, operations)}
    if not values:
        return None
    for op in operations:
        leaves = set(_leaves(op.model_dump(mode="json")))
        leaves.discard(op.target.name.lower())
        for value in sorted(values):
            if any(_uses(leaf, value) for leaf in leaves):
                return value
    return None


def _kinds(text: str) -> set[str]:
    """The kinds of value ``text`` says: "kv", "image" (an image or a version), "num"."""
    found: set[str] = set()
    for m in _VALUES.finditer(text):
        kind = m.lastgroup or ""
        found.add("image" if kind == "version" else kind)
    return found


@per_plan
def masked(raw: str) -> str:
    """``raw`` with the values of its stating clauses taken out, when a clause that asks says
    a value of the same kind in their place: "update checkout, 1.1.0 is broken, to 1.1.1" is
    read as "update checkout, is broken, to 1.1.1"; "scale my-api to 5, the node has 16 cores"
    as "…, the node has cores". A number that states is context whatever the request asks
    ("double payments, traffic is 2x since the campaign", "halve the memory request, it's
    using like 40Mi"): it is taken out too when another clause asks for a change — it never
    lends the change a value, and never blocks it. Other stated values with none of their kind
    asked ("restart my-api, payments-config has PROVIDER=adyen") are left: the plan is then
    checked by :func:`misused`. So are all values of a sentence with no clause that asks ("the
    tags are my-api:1.4.1 and …")."""
    pieces = rx(f"({_CLAUSES.pattern})", re.I).split(raw)
    spans = [(i, p) for i, p in enumerate(pieces) if i % 2 == 0 and p and p.strip()]
    asked: set[str] = set()
    requested = False
    for _, piece in spans:
        if not stating(piece):
            asked |= _kinds(piece)
            requested = requested or bool(_kinds(piece) or _ASKS.search(piece))
    cut = gone = False
    for i, piece in spans:
        if requested and len(spans) > 1 and bare_state(piece, raw):
            # "cpu at 93% on 3 nodes, restart worker", "scale worker to 4, currently 1": a
            # clause that can only say how things are goes whole beside an order (its words
            # lend the order no value, and no category either).
            pieces[i] = ""
            cut = gone = True
            continue
        if not stating(piece) or not (kinds := _kinds(piece)):
            continue
        # "my-api uses around 250m cpu": the hedge of a value taken out goes with it. Each
        # value goes when its kind is asked elsewhere, a number whenever a change is asked
        # ("checkout 1.1.0 throwing 500s, update it to 1.1.2" keeps neither 1.1.0 nor 500s).
        if kinds <= asked or (requested and kinds & asked) or ("num" in kinds and requested):
            pieces[i] = _VALUES.sub(
                lambda m: (
                    ""
                    if _kinds(m.group(0)) & (asked | ({"num"} if requested else set()))
                    else m.group(0)
                ),
                _HEDGED.sub("", piece),
            )
            cut = True
    if not cut:
        return raw
    joined = "".join(p or "" for p in pieces)
    if gone:
        # (The cuts around a clause taken whole go with it: "(", ")", a comma left alone.)
        joined = _GONE_CUTS.sub(" ", _EMPTY_ASIDE.sub(" ", joined)).strip(" ,;:-\u2013\u2014(")
        joined = _SPACE_CUT.sub("", joined)
    return rx(r"\s{2,}").sub(" ", joined).strip()


_EMPTY_ASIDE = re.compile(r"\(\s*\)")
_SPACE_CUT = re.compile(r"\s+(?=[,;])")
_GONE_CUTS = re.compile(r"\s*[,;]\s*(?=[,;])|\s+[-\u2013\u2014]+\s*(?=[,;]|$)")


# A clause that asks for a change: its verb ("double payments", "bounce orders").
_ASKS = re.compile(
    rf"{_CHANGE.pattern}|\b(?:double|halve|triple|bounce|kick|cycle|recycle|rolling|redeploy|"
    r"autoscale|rollback|revert|undo|delete|drop|take|bring)\b",
    re.I,
)


def borrowed(raw: str, operations: Sequence[Operation]) -> str | None:
    """A workload the plan changes that is named only inside clauses that state, while a
    clause that asks names another one: "restart worker; the cache proxy runs 1.0.0" must not
    restart the cache too."""
    parts = clauses(raw)
    names = {op.target.name.lower() for op in operations}

    def said_in(name: str, part: str) -> bool:
        return bool(rx(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", re.I).search(part))

    # "frontend and my-api: frontend is fine, scale my-api to 4": a heading that only lists
    # names asks nothing of them.
    listing = [p for p in parts if rx(r"[\w\-]+(?:\s*(?:,|and|&)\s*[\w\-]+)+").fullmatch(p)]
    asked = {
        n for n in names for p in parts if not stating(p) and p not in listing and said_in(n, p)
    }
    for name in sorted(names - asked):
        if asked and any(stating(p) and said_in(name, p) for p in parts):
            return name
    return None


# What a negation scopes over. It forbids only when it governs an action or an object of the
# plan ("don't touch X", "no deletes", "leave the HPA alone"); said inside a statement of how
# things are ("redis runs without limits", "prometheus has nothing from it", "payments never had
# a probe", "the limit isn't set") or of what the change is for ("so a drain never takes it to
# zero") it forbids nothing. Either reading yields to a verb of change in what the negation
# governs ("make sure orders isn't restarted", "we don't touch the pdb") and to the words of an
# exclusion ("the proxy is not part of this change"): those stay prohibitions.
_CONTRACTED = (
    (re.compile(r"\b(is|are|was|were|has|have|had|does|do|did)n'?t\b", re.I), r"\1 not"),
    (re.compile(r"\b(?:ca)n'?t\b|\bcannot\b", re.I), "can not"),
    (re.compile(r"\bwon'?t\b", re.I), "will not"),
)
_NEGATED_CHANGE = re.compile(
    r"\b(?:touch|chang|modif|alter|edit|restart|reboot|bounc|recycl|redeploy|roll|rollback|"
    r"revert|undo|scal|delet|remov|destroy|purg|wip|uninstall|updat|upgrad|downgrad|patch|"
    r"deploy|kill|terminat|evict|replac|resiz|rais|lower|increas|decreas|bump|set\s+to)\w*",
    re.I,
)
# An add-on refused by its imperative verb ("don't back up postgres …", "never scrape …"):
# an order not to, never a state inside a fact.
_ADDON_REFUSED = re.compile(
    r"(?:do\s+not|don'?t|never)\s+(?:back\s*up|backup|snapshot|monitor|scrape|alert|autoscale|"
    r"expose)\b",
    re.I,
)
# The words of an exclusion: what a request leaves out, said as a state.
_EXCLUDES = re.compile(
    r"\b(?:part|scope|included?|involved|affected|concerned|target(?:ed)?|meant|intended|"
    r"relevant|in\s+question|on\s+the\s+list|(?:the|this|that)\s+ones?|"
    # "the cache I mean is not the statefulset": which object, never how it is.
    r"(?:the|a|an)\s+(?:deployments?|statefulsets?|sts|daemonsets?|workloads?|containers?|"
    r"sidecars?|proxy|services?))\b",
    re.I,
)
# The verb of state right before the negation ("has no", "runs without", "is not", "had
# nothing"), or right after a negated auxiliary ("does not have", "never had", "has never been").
_STATE_BEFORE = re.compile(
    r"\b(?:has|have|had|got|runs?|ran|running|ships?|shipped|comes?|came|sits?|sat|is|are|"
    r"was|were|'s|'re|theres|been|sees|saw|shows|showed|reports|reported|"
    r"collects|collected)\s+(?:currently\s+|still\s+|actually\s+|basically\s+|"
    r"literally\s+|really\s+|just\s+|also\s+|even\s+)?(?:with\s+)?$",
    re.I,
)
_STATE_AFTER = re.compile(
    r"^(?:not|never)\s+(?:ever\s+|once\s+|yet\s+|even\s+|really\s+|actually\s+|currently\s+)?"
    r"(?:have|has|had|got|get|run|runs|ran|use|uses|used|expose|exposes|exposed|export|exports|"
    r"exported|emit|emits|emitted|carry|carries|carried|include|includes|included|been|"
    r"come|came|ship|shipped)\b",
    re.I,
)
_NEGATION_WORD = re.compile(r"\b(?:not|no|never|nothing|none|without)\b", re.I)
# What the change is for: "so (that)", "to make sure", "so as", "in order that", then its
# subject ("a drain", "we", "the queue") right before the negation.
_PURPOSE = re.compile(
    r"\b(?:so(?:\s+that)?|so\s+as|in\s+order\s+(?:that|for)|to\s+(?:make\s+sure|ensure|"
    r"guarantee)(?:\s+that)?|making\s+sure(?:\s+that)?|ensuring(?:\s+that)?)\s+"
    r"(?P<subject>(?:(?!(?:please|just|do|don|then|also)\b)[a-z0-9][\w\-']*\s+){0,4}?)$",
    re.I,
)


_RULE_SAID = re.compile(
    r"^(?:is|are|was|were)\s+(?:not|never)\s+to\b|\b(?:supposed|meant|allowed|permitted|"
    r"expected|going|able)\s+to\b",
    re.I,
)
_BECAUSE = re.compile(r"^(?:because|since|cause|cuz|as|given\s+that|seeing\s+as)\s+", re.I)


def _clause_around(text: str, start: int) -> tuple[str, str]:
    """The words of the clause before the negation at ``start`` (a parenthesis cut out:
    "redis (the cache sts) runs without …") and the words from it to the clause's end."""
    head = rx(r"\([^()]*\)").sub(" ", text[:start])
    bounds = list(_CLAUSES.finditer(head))
    lead = head[bounds[-1].end() :] if bounds else head
    tail = text[start:]
    end = _CLAUSES.search(tail, 1)
    return lead, tail[: end.start() if end else len(tail)]


def negation_states(text: str, start: int) -> bool:
    """True when the negation at ``start`` says how things are ("redis runs without limits",
    "prometheus has nothing from it", "payments doesn't have a probe"), never what to leave
    out: its clause has a subject and no obligation, wish, condition or imperative, its verb is
    one of being or having, and what it governs is no change and no exclusion."""
    lead, governed = _clause_around(text, start)
    if _unable(lead + governed):
        return True  # "payments can't connect to the db since 2.4.0": how it is
    if not facts_blanked(text)[start : start + 2].strip():
        # Inside a fact ("payments runs 3 replicas but no liveness probe, add one"): how
        # things are, unless what it governs is a change or an exclusion ("but no restarts").
        after = _NEGATION_WORD.sub(" ", governed, count=1)
        if _ADDON_REFUSED.match(governed.strip()):
            return False  # round 40: "don't back up postgres daily at 6pm, retain for 10 days"
        return not _NEGATED_CHANGE.search(after) and not _EXCLUDES.search(after)
    # "because redis has no limits": the reason is a state too.
    lead = _BECAUSE.sub("", lead.strip())
    if not rx(r"[a-z0-9]", re.I).search(lead):
        return False  # "nothing is set …", "no probes": the negation is the subject (negated.py)
    normal = governed
    for pattern, repl in _CONTRACTED:
        normal = pattern.sub(repl, normal)
    normal = normal.strip()
    whole = f"{lead} {normal}"
    if (
        _LEADS.match(lead)
        or _OBLIGED.search(whole)
        # "is not to exceed 5", "isn't supposed to run as root": a rule said as a state.
        or _RULE_SAID.search(normal)
        or _CONDITION.search(whole)
        or _RELATIVE.search(lead)
        or _CHANGE.search(lead)
    ):
        return False
    # "does not have", "has never been": the auxiliary carries the negation, the verb after it
    # the state; "is not set", "isn't capped": being is the state.
    aux = rx(r"(?:does|do|did|has|have|had)\s+(?=not\b|never\b)", re.I).match(normal)
    verb = (
        _STATE_BEFORE.search(lead + " ")
        or rx(r"(?:is|are|was|were)\s+not\b", re.I).match(normal)
        or _STATE_AFTER.match(normal[aux.end() :] if aux else normal)
        # "usage never goes past 70Mi", "p99 never dipped below 200ms": what a measure does.
        or _MEASURED.match(_NEGATION_WORD.sub("", normal, count=1).strip())
    )
    if not verb:
        return False
    after = _NEGATION_WORD.sub(" ", normal, count=1)
    return not _NEGATED_CHANGE.search(after) and not _EXCLUDES.search(after)


def purpose_lead(text: str, start: int) -> int | None:
    """Where the purpose the negation at ``start`` belongs to begins ("… and a pdb so a drain
    never takes it to zero" → at "so"), when what it governs is no change; None otherwise."""
    head = text[:start]
    if text.startswith("avoid", start):
        # "add a pdb to worker to avoid an outage during drains": the infinitive is a purpose
        # (never the imperative "avoid payments", a selection).
        m = rx(r"\b(?:so\s+as\s+|in\s+order\s+)?to\s+(?P<subject>)$", re.I).search(head)
    else:
        m = _PURPOSE.search(head)
    if m is None:
        return None
    _, governed = _clause_around(text, start)
    after = _NEGATION_WORD.sub(" ", governed, count=1)
    if _NEGATED_CHANGE.search(after) or rx(r"\b(?:you|please)\b").search(m.group("subject")):
        return None
    return m.start()


_NEGATION_AT = re.compile(
    r"\b(?:not|no|never|nothing|nobody|none|without|(?:is|are|was|were|does|do|did|has|have|"
    r"had|wo|ca)n'?t)\b",
    re.I,
)


# A purpose said by a verb of ceasing: "one more orders replica so its PDB stops blocking
# drains" (what the change is for, as "… never blocks drains").
_CEASES = re.compile(r"\b(?:stops?|quits?|ceases?)\s+(?=[a-z]+ing\b)", re.I)


def without_purpose(text: str) -> str:
    """``text`` without a negated purpose ("…, so a drain never takes it to zero", "… so its
    PDB (minAvailable 2) stops blocking drains"): what a change is for says no change of its
    own, and its words ("zero", "drops", "PDB") must not make the request read as another
    category. (An aside in parentheses inside it is read as part of it.)"""
    # Round 28 (overask): "scale orders to 3 so one pod can be drained": the room a drain gets is
    # what the scale is for, no budget asked (numbers.ROOM).
    text = numbers.ROOM.sub(lambda m: " " * len(m.group(0)), text)
    read = _INNER_ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    for m in sorted(
        [*_NEGATION_AT.finditer(read), *_CEASES.finditer(read)], key=lambda m: m.start()
    ):
        lead = purpose_lead(read, m.start())
        if lead is None:
            continue
        end = _CLAUSES.search(read, m.end())
        return (text[:lead] + (text[end.start() :] if end else "")).strip()
    return text


def negated_state(clause: str) -> bool:
    """Whether ``clause`` says how things are through a negation ("the api pods are running
    without any requests"): a statement, never an action of its own."""
    lowered = clause.lower().replace("\u2019", "'")
    return any(negation_states(lowered, m.start()) for m in _NEGATION_AT.finditer(lowered))


# Round 33 (gap36c): "it hung twice tonight without restarting", "the pod froze without ever
# being restarted": a fault told, and the workload's not restarting by itself is part of it —
# never a prohibition of new pods nor a condition of the change said beside it.
_FAULT_UNRESTARTED = re.compile(
    r"\b(?:hung|hangs|froze|freezes|stalled|stalls|deadlocked|wedged|locked\s+up|"
    r"(?:got|gets|was|were|is|are|has\s+been|had\s+been)\s+(?:stuck|frozen|wedged|hanging)|"
    r"stopped\s+responding)\b(?:\s+[\w']+){0,4}?\s+"
    r"(?P<tail>without\s+(?:ever\s+|even\s+|actually\s+)?(?:restarting|being\s+restarted|"
    r"getting\s+restarted|a\s+restart|recovering|coming\s+back))\b",
    re.I,
)


def fault_unrestarted_blanked(text: str) -> str:
    """``text`` with the "without restarting" of a fault told blanked (same length)."""
    if "without" not in text.lower():
        return text
    out = text
    for m in _FAULT_UNRESTARTED.finditer(text):
        a, b = m.span("tail")
        out = out[:a] + " " * (b - a) + out[b:]
    return out
