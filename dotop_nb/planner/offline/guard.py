"""Nothing acts on a partial parse: what every intent must pass before a rule may plan it.

The rules read what they recognise and used to ignore the rest — so "scale shop to 3 and do not
delete anything" became a delete, and "set cart cache mode to delete-on-expiry" deleted ``cart``.
The guard looks at what the rules would ignore and turns it into a question naming it:

- shell metacharacters (``;`` ``|`` ``&`` `````` ``$`` ``<`` ``>`` ``\\``) and unbalanced quotes;
- negations ("don't", "do not", "never", "without", "no …", "except", "instead of") other than
  the few phrases a category understands ("without downtime", "no keda", "except from");
- a destructive word inside a value or a name ("delete-on-expiry", ``MODE=delete``, "'drop'"),
  or one that is not the request's leading verb, or in a category that never deletes;
- two actions in one request ("scale … and restart …"), and conditions or times on a
  direct change ("… if …", "… until …", "tomorrow").

Numbers are checked by the rules that read them (see :mod:`.numbers`): a rule asks about every
number it did not consume. The guard is pure text: it reads nothing from the cluster.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import (
    alerts,
    asides,
    beforehand,
    budgets,
    clock,
    domain,
    durations,
    kindfilter,
    negated,
    numbers,
    occasions,
    placement,
    podsecurity,
    probes,
    provisos,
    schedules,
    statements,
    strategy,
    triggers,
    understand,
    velerocli,
    voices,
    waits,
)
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.timewords import (
    DAY_NAME,
    NOT_AFTER_ONCE,
    NOT_AFTER_SOON_AS,
    WHEN_NEXT,
)

_META = re.compile(r"[;|&`$<>\\]")
# A negation is a word of its own: inside a value or a name ("never-ready:1", "no-cache",
# "app/not.found") it is part of that value, which the rules read whole.
_NEGATION = re.compile(
    r"(?<![\w\-./:=@])(?:"
    r"(?:do|does|did|should|must|could|would|can|will|is|are)\s+not|"
    r"don'?t|doesn'?t|didn'?t|shouldn'?t|mustn'?t|couldn'?t|wouldn'?t|can'?t|cannot|"
    r"won'?t|isn'?t|aren'?t|never|without|not|no|none|nothing|nobody|neither|nor|except|"
    r"excluding|exclude|avoid|skip|instead of|other than|apart from"
    r")(?![\w\-/:=@]|\.\w)"
)
# A negation that says how things ARE, not what the plan must leave out: "redis has no
# requests", "frontend doesn't need FEATURE_FLAG anymore", "512Mi isn't cutting it", "worker
# never talks to the api server", "… so nobody gets a moving tag". The request beside it is the
# whole change; the words read are never an action's object ("doesn't need TO be restarted" is
# not among them, nor "never restart").
STATE = re.compile(
    r"\b(?:has|have|had|got|there(?:'s|s| is| are| was| were))\s+no\s+"
    r"(?!need\b|more\b|fewer\b|less\b)|"
    r"\bthere(?:'s| is| was)\s+nothing\s+(?:queued|pending|waiting|to\s+(?:do|process)|"
    r"in\s+(?:the\s+)?queue|coming\s+in|left)\b|"
    r"\b(?:(?:does|do|did)\s+not|doesn'?t|don'?t|didn'?t)\s+need\s+(?!to\b)(?!(?:more\s+than\s+|over\s+|all\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?=[^,.;]*?\b(?:any\s?more|now|these days|no more)\b|(?:\S+\s+){0,2}\S+\s*(?:[,.]|$))|"
    r"\b(?:(?:is|are|was|were)\s+not|isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:being\s+)?"
    r"(?:used|needed|required|read|referenced|in use|cutting it|enough|sufficient|working|"
    r"doing it|helping)\b|"
    r"\bno\s+longer\s+(?:used|needed|required|read|referenced|in use|necessary)\b|"
    r"\bnever\s+(?:talks|calls|uses|needs|reads|connects|touches|accesses|reaches|writes)\b|"
    r"\bno\s+time\b|"
    # A purpose said after the change: "pin the digest so nobody gets a moving tag".
    r"\bso\s+(?:that\s+)?(?:nobody|no one|nothing|none)\b|"
    r"\bso\s+(?:that\s+)?(?:it|they|pods?|we|users?)\s+(?:(?:is|are|do|does|will|can)\s+not|"
    r"isn'?t|aren'?t|doesn'?t|don'?t|won'?t|can'?t|never)\b"
)
# Negated phrases a category reads correctly (the rule itself handles their meaning).
# "only to DNS, no other egress", "may only talk to postgres, nothing else": the negation says
# the "only" again, which the allow-list rule reads.
_ONLY_RESTATED = (
    r"\bonly\b.*?\b(?:no|nothing|nobody|none|no\s*one)\s+(?:other|else|more)\b|"
    r"\bonly\b.*?\bnothing\s+(?:else|more)\b"
)
_UNDERSTOOD = {
    "update": re.compile(
        r"\b(?:without|with no|no|with zero)\s+(?:any\s+)?(?:downtime|outage|interruption)|"
        + strategy.USERS_NO_DOWNTIME
        + "|"
        + strategy.NO_POD_BEFORE_READY
        + r"|(?:must|should|will|can|do|does)\s+"
        + strategy.FLOOR
        + "|"
        + strategy.FLOOR
    ),
    # "never more than 12", "never fewer than 2": the maximum and minimum the rule reads.
    "autoscale": re.compile(
        r"\b(?:never|not|no)\s+(?:more|fewer|less|higher|lower)\s+than\b|"
        r"\b(?:never|not|no)\s+(?:above|below|under|over)\s+\d"
    ),
    "security": re.compile(
        r"\b(?:no|nothing)\s+(?:other\s+)?(?:ingress|traffic|connections?|access)\b"
        r"[^,;]{0,40}?\bexcept\s+(?:from|for)\b|\bexcept\s+(?:from|for)\b|"
        # "nothing but checkout can call payments": an allow-list said as its exception.
        r"\b(?:nothing|no\s*one|nobody|none)\s+(?:but|except|other\s+than|besides)\s+[a-z0-9-]+"
        r"\s+(?:can|may|should|is\s+allowed\s+to)\b|" + _ONLY_RESTATED
    ),
    "ha": re.compile(
        r"\b(?:not|never|n't)\s+(?:go|goes|be)\s+down\b|"
        r"\b(?:not|never|no longer|n't)\s+(?:be\s+)?(?:a\s+)?(?:single point of failure|spof)\b"
    ),
    # "never two pods on the same node" is how required anti-affinity is said.
    "placement": re.compile(
        r"\b(?:never|not|no|don'?t)\s+(?:ever\s+)?(?:put\s+|run\s+|schedule\s+|place\s+|land\s+|have\s+|"
        r"let\s+)?(?:two|2|more than one|multiple)\b|"
        r"\b(?:never|not|don'?t)\s+(?:share|sharing|co-?locate)\b|"
        # "don't put all the frontend pods on the same node": not all together.
        + placement.ALL_TOGETHER_DENIED
        + r"|"
        # "must never be scheduled on the same node": required anti-affinity.
        # "don't all land on the same node": not every pod together.
        r"(?:\b(?:never|not)|n't)\s+(?:all\s+|both\s+|ever\s+)?(?:be\s+)?(?:schedul\w*|plac\w*|put|"
        r"run\w*|land\w*|end up)\s+"
        r"(?:them\s+|its pods\s+|their pods\s+|the pods\s+)?(?:together\s+)?on\s+(?:the\s+)?"
        r"same\s+(?:node|host|machine|zone)\b|"
        # "not a hard requirement", "don't block scheduling if …": preferred anti-affinity.
        r"\bnot\s+(?:a\s+)?(?:hard|strict)\s+(?:requirement|rule|must)\b|"
        r"\b(?:do\s+not|don'?t|never|not)\s+(?:block|prevent|stop|hold up)\s+(?:the\s+)?"
        r"(?:scheduling|pods?\s+from\s+(?:being\s+)?scheduled)\b.*?\bnot\s+possible\b|"
        # "(soft, don't block scheduling)", "best effort - never block scheduling": the wish
        # said as preferred right beside it; said alone (or with "hard") it is still asked.
        r"\b(?:soft|preferred|best[- ]effort|nice[- ]to[- ]have)\b[^.;]{0,20}?\b(?:do\s+not|"
        r"don'?t|never|not|shouldn'?t|should\s+not)\s+(?:block|prevent|stop|hold up)\s+(?:the\s+)?"
        r"(?:scheduling|pods?\s+from\s+(?:being\s+)?scheduled)\b|"
        r"\bnot\s+(?:possible|feasible)\b"
    ),
}
# "no more than one pod down at a time" is how a budget's maxUnavailable is said.
# "no fewer than 2 pods", "never lose more than one": a budget's floor or ceiling.
_UNDERSTOOD["pdb"] = re.compile(
    rf"\bno more than\b|{budgets.FLOOR_WORDS}|{budgets.CEILING_WORDS}|"
    r"\bnever\s+let\s+(?:node\s+)?(?:drains?|evictions?|maintenance)\s+(?:take|bring|push)\b|"
    # "payments can't go down during node maintenance": what the budget is for.
    rf"{budgets.UP_DURING.pattern}|"
    # "orders cannot drain the node because of the budget": the symptom a relax cures.
    rf"{budgets.BLOCKED_DRAIN}"
)
# netpol hands a policy over one named workload to security's rule ("deny all traffic to
# payments by default except from frontend"): it reads the same negations.
_UNDERSTOOD["netpol"] = _UNDERSTOOD["security"]
# Pod security reads its own negations ("don't mount the token", "no privilege escalation").
_UNDERSTOOD["podsecurity"] = re.compile(
    r"\b(?:(?:do|does|should|must|can|could|will)\s+not|don'?t|doesn'?t|shouldn'?t|mustn'?t|"
    r"can'?t|cannot|won'?t|never|no|without|not)\s+(?:ever\s+)?(?:auto-?)?(?:mount|run|"
    r"privilege|priv\b|priv\.?\s*esc|root|as root|escalat|allow|let|permit|running|be root)|"
    # "the service account token must not be mounted": the same setting, said passively.
    r"\b(?:(?:must|should|is|are|shall|will)\s+not|mustn'?t|shouldn'?t|isn'?t|aren'?t|never)\s+"
    r"(?:to\s+)?(?:be\s+|get\s+)?(?:auto-?)?mounted\b|"
    # "nothing in frontend should ever run as root"; "the app container is not to be changed"
    # (the rule leaves that container out).
    + podsecurity.NON_ROOT.pattern
    + "|"
    + podsecurity.TOKEN_OFF.pattern
    + "|"
    + podsecurity.ESCALATION_OFF.pattern
    + "|"
    + podsecurity.WRITES_OFF
    + "|"
    + podsecurity.KEPT.pattern
    + "|"
    + podsecurity.NEITHER_NOR
)
# "replace the pods gradually, not all at once": how a rolling restart replaces them anyway.
_GRADUAL = r"\bnot\s+(?:all\s+)?(?:at\s+once|at the same time|simultaneously|in one go)\b"
# Zero downtime is understood with any change that replaces pods (strategy.with_zero_downtime).
for _category in ("config", "resources", "restart", "probes", "sizing", "env", "strategy"):
    _UNDERSTOOD[_category] = _UNDERSTOOD["update"]
_UNDERSTOOD["restart"] = re.compile(f"{_UNDERSTOOD['update'].pattern}|{_GRADUAL}")
# "required, not preferred", "a hard rule, not a soft one": the wish denied is the must.
_UNDERSTOOD["placement"] = re.compile(
    f"{_UNDERSTOOD['placement'].pattern}|{placement.NOT_WISH.pattern}"
)
_UNDERSTOOD["ha"] = re.compile(f"{_UNDERSTOOD['ha'].pattern}|{_UNDERSTOOD['placement'].pattern}")
# "nothing may talk to redis except the cache proxy", "nothing but checkout can call payments":
# an allow-list, said with its negation.
_ALLOW_LIST = (
    r"\b(?:nothing|nobody|no one|no pods?|no workloads?)\s+(?:(?:else\s+)?(?:may|can|should|must|"
    r"is allowed to|gets to)\s+)?(?:talk|connect|call|reach|access|send|speak)\w*\b[^,;]{0,60}?"
    r"\b(?:except|other than|apart from|but)\b|\b(?:nothing|nobody|no one)\s+(?:but|except)\b|"
    # "stop anything except frontend from reaching my-api": the same allow-list, said as what
    # is stopped.
    r"\b(?:stop|block|prevent|keep)\s+(?:anything|everything|anyone|everyone|anybody|everybody|"
    r"all(?:\s+traffic|\s+pods)?)\s+(?:else\s+)?(?:except|but|other than|apart from|besides)\b"
    r"(?=[^,;.]{0,60}?\bfrom\s+(?:reaching|calling|accessing|talking|connecting|hitting)\b)"
)
# "all of orders-config as env vars, not just QUEUE": the "all" said again.
_ALL_RESTATED = r"\b(?:all|every|each)\b[^.;]*?\bnot\s+(?:just|only|merely)\b"
for _category in ("config", "env"):
    _UNDERSTOOD[_category] = re.compile(f"{_UNDERSTOOD[_category].pattern}|{_ALL_RESTATED}")
# "shouldnt call out anywhere except kube-dns", "egress: nothing except dns and postgres": the
# one destination allowed, said with its negation; "should not be reachable from outside": what
# an allow-list shuts out anyway (one source named there is hazards' "block … from" question).
_EXCEPT_ONLY = (
    r"(?:\b(?:not|never|no|nothing|nowhere|cannot)|\b(?:should|must|could|would|ca|do|does|"
    r"did|wo|may)n'?t)\b[^,;.]{0,50}?\b(?:except|other\s+than|(?:anything|anyone|anybody)\s+but|"
    r"apart\s+from|besides)\b|\b(?:not|n't|never)\s+(?:be\s+)?(?:reachable|accessible|reached|"
    r"exposed|open)\s+(?:from\s+|to\s+)?(?:the\s+)?(?:outside|other\s+namespaces|internet|"
    r"anywhere\s+else|elsewhere)\b|"
    # "pods in other namespaces shouldn't be able to reach postgres": the own-namespace policy.
    r"\b(?:other|another|foreign|different)\s+namespaces?\s+(?:[a-z']+\s+){0,3}?(?:not|never|cannot|"
    r"(?:should|must|could|would|ca|do|does|wo|may)n'?t)\b"
)
for _category in ("security", "netpol"):
    _UNDERSTOOD[_category] = re.compile(
        f"{_UNDERSTOOD[_category].pattern}|{_ALLOW_LIST}|{_EXCEPT_ONLY}"
    )
# "rollouts must never dip below 3 ready pods": a floor during rollouts (maxUnavailable 0).
_UNDERSTOOD["strategy"] = re.compile(
    rf"{_UNDERSTOOD['update'].pattern}|\b(?:(?:should|must|do|does|will|may)\s+)?"
    r"(?:never|not|don'?t|mustn'?t|shouldn'?t)\s+(?:ever\s+)?"
    r"(?:dip|drop|go|fall|get|sink)(?:ping)?\s+(?:below|under)\s+(?:\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\b"
)
# "never go below the current count", "no more than 2 extra pods at a time", "Recreate so two
# consumers never run at once": the floor, the surge and the Recreate rule said in words.
_UNDERSTOOD["strategy"] = re.compile(
    rf"{_UNDERSTOOD['strategy'].pattern}|{strategy.FLOOR_NOW.pattern}|"
    rf"{strategy.SURGE_WORDS.pattern}|\brecreate\b.*?\b(?:never|not|n't)\s+(?:both\s+)?"
    r"(?:run|be up|be running|overlap)\s*(?:at once|at the same time|concurrently|side by side|"
    r"together|in parallel)?"
)
# Categories whose request may lead with a removal: a variable or key, a probe, one limit.
_REMOVES = ("delete", "config", "env", "probes", "sizing", "podsecurity")
_DESTRUCTIVE = t.DESTRUCTIVE
_DESTRUCTIVE_ANY = re.compile(rf"(?<![a-z])(?:{_DESTRUCTIVE})(?![a-z])", re.I)
# A word of its own: "delete:" or "drop." before a space ends a clause, never a value.
_DESTRUCTIVE_WORD = re.compile(
    rf"(?<![\w\-./:=@'\"])(?:{_DESTRUCTIVE})(?![\w\-/=@'\"]|[.:](?=\S))", re.I
)
# "shouldn't ever drop capacity", "never remove a pod before …": a destructive verb negated
# asks for nothing to be deleted; the negation is read (and asked) as every other one.
_NEGATED_BEFORE = re.compile(
    r"\b(?:never|not|no|without|cannot|(?:do|does|did|should|must|could|would|ca|wo|is|are|was|"
    r"were)n'?t)\s+(?:(?:ever|once|be|to|even|really|just)\s+){0,2}$",
    re.I,
)
# "if someone fat-fingers a delete", "after an accidental deletion": a delete said as a noun
# (after an article) is an event, never a request to delete.
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|any|accidental|stray|wrong|bad|rogue|mistaken)\s+(?:accidental\s+)?$|"
    # Round 20: an event a change is for or around ("+2 for the drop", "before the purge"):
    # the word names an occasion (a merch drop, a data purge), never an order of this request.
    r"\b(?:for|before|ahead\s+of|during|until|till|through|around)\s+(?:the|this|that|next|"
    r"our|tonight'?s|today'?s|tomorrow'?s)\s+$",
    re.I,
)
# Words that may come before the leading verb: "please", "can you", "I want to", "let's" …
_LEAD_IN = frozenset(
    """please kindly can could would will you i we want wanna need to let lets let's us go ahead
    and now just ok okay so then hey hi hello pls the get""".split()
)
_VERBS = (
    r"scale|delete|remove|restart|update|upgrade|downgrade|deploy|set|change|roll|rollback|"
    r"revert|undo|add|enable|disable|autoscale|bounce|recycle|drop|destroy|tear|uninstall|"
    r"bump|increase|decrease|raise|lower|kill|purge|wipe|unset|create|expose|patch|edit|apply|"
    r"monitor|scrape|back|backup|snapshot|secure|isolate|lock|restrict|make|configure|limit"
)
# An article makes the word of change after it a noun, the subject of a fact ("the patch 3.2
# client needs frontend 2.3.0", "the restart policy is Always"), never an order.
_ARTICLES = frozenset({"the", "a", "an"})
_LEADS_VERB = re.compile(rf"(?:please\s+|pls\s+)?(?:{_VERBS})\b")
VERBS: str = _VERBS  # the verbs that start an action (compound.actions reads them too)
# (Round 32, gap35a: never inside a hyphenated value, "MODE=drop-and-purge".)
_CLAUSE = re.compile(r"\s*(?:,|(?<![\w\-])(?:and|then|also|after that|plus)(?![\w\-]))\s*")
# "the image before 1.1.0" names a version, not a time: kept when conditions are cut.
_BEFORE_VERSION = r"\b(?:before|prior\s+to)\s+(?:version\s+|release\s+|tag\s+)?v?\d+(?:\.\d+)+\S*"
# A word of its own: inside a value or a name ("MODE=delete-after-processing", "run-once-job")
# it is part of that value, never a condition.
_CONDITION = re.compile(
    # "sorry if this is obvious", "apologies if I missed it": an apology, no condition.
    r"(?<!sorry\s)(?<!apologies\s)(?<!forgive\sme\s)(?<!excuse\sme\s)"
    r"(?<![\w\-./:=@])(?:if|unless|until|when|whenever|after|before|tomorrow|tonight|later|"
    rf"only\s+(?:if|when|once|after|during)|provided|as\s+soon\s+as{NOT_AFTER_SOON_AS}|"
    # Round 9: the more ways to say when or whether that waits reads (waits.MORE_OPENS).
    rf"{waits.MORE_OPENS}|"
    rf"once(?!\s+(?:a|an|per|every|each|daily|nightly|weekly|hourly)\b){NOT_AFTER_ONCE}|"
    # "about to upgrade postgres": what is coming, a time like "before we upgrade".
    r"about\s+to(?=\s+(?!\d)[a-z]))\b"
    r"(?![\-/=@]\w)"
)
# The state a change makes, said after it in a clause of its own with a modal and how long it
# should last: ": nothing should reach my-api inside the cluster until the review is done", "; no
# one may call it till the audit". Its subject is no one (nothing, nobody, no traffic …): a
# state kept by the change, never a change of its own ("…: frontend should scale until 5pm" is
# still read, and asked). Group 1 is the clause up to "until".
_GOAL_UNTIL = re.compile(
    r"((?:[:;\u2014\u2013]|\s-+)\s*(?:so\s+(?:that\s+)?)?(?:nothing|nobody|no\s+one|no\s+[a-z]+|"
    r"none\s+of\s+[a-z\s]+?)\s+(?:should|must|shall|can|may|will|is\s+to|are\s+to|is\s+allowed\s+to|"
    r"gets?\s+to)\s+(?:be\s+able\s+to\s+)?(?:reach|call|hit|touch|use|talk\s+to|connect\s+to|access|"
    r"see|get\s+(?:to|at|in)|send\s+to|go\s+to)\b[^.;:!?]*?)"
    r"\b(?:until|till|til)\b[^.;:!?]*"
)


def _goal_kept(m: re.Match[str]) -> str:
    """The goal clause of :data:`_GOAL_UNTIL` with its "until …" blanked (same length)."""
    return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))


# "FEATURE_X=remove-after-launch": a value that spells a change and the event it waits for may
# be either, and is asked (quoted, it is the value); "MODE=delete-after-processing" names no
# event and is the value.
_TIMED_VALUE = re.compile(
    rf"[a-z0-9][-_](?:after|before|until|once|when)[-_](?:{occasions.EVENT})(?![a-z])"
)
# Conditions a category's rule plans for: surviving a failure is what HA means.
_FAILS = re.compile(
    # (Round 30, gap33b: "if node dies", the article dropped as Russian speakers write it.)
    r"\b(?:if|when|whenever|once|should|in case)\s+(?:(?:a|an|one|the|any|its|their)\s+)?"
    r"(?:(?:entire|whole|single)\s+)?"
    r"(?:zone|node|pod|az|availability zone|machine|server|host)s?\s+"
    r"(?:goes down|go down|fails|dies|is lost|crashes|is drained|disappears|"
    # (Round 20: "if the node fall", "when a node fail": as English learners say it.)
    r"falls?(?: down| over)?|fail|die|crash|"
    r"goes (?:dark|offline|away)|is down|has an outage|is going (?:down|away|offline)|"
    r"becomes unavailable|is unavailable|"
    # (Round 33, gap36c: "if the node goes we lose the readings": "goes" alone, as said aloud.)
    r"goes(?=\s*(?:[,;.!?]|$)|\s+(?:we|you|it|they|then|and|everything)\b))"
)
_DISRUPTION = re.compile(
    r"\b(?:drain\w*|maintenance|evict\w*|cordon\w*|node\s+(?:upgrade|reboot|rotation|failure)\w*|"
    r"zone\s+(?:outage|failure)s?)\b"
)
# Round 20 (times): the disruption a budget is changed for, said with its time — "the orders PDB
# blocks the node drain in tonight's MW": the drain is when the budget must already let pods go,
# so the change is made now (a budget is never put off: pdb waits on nothing).
_DISRUPTION_WHEN = re.compile(
    rf"(?:{_DISRUPTION.pattern})\s+(?:{waits.MORE_OPENS}|tonight|tomorrow|today)[^,;.:!?]*"
)
# Round 20 (times): a failure said with what it would cost — "if the node fall we lose all",
# "when a zone dies, we'd lose checkout": the risk the change is asked against, a reason in
# every category, never a time to wait for (the cost must follow, said by a person).
# Round 29 (gap32a): or said of the thing that stops, in a sentence of its own — "if the node
# dies the labels are not printing", "when a node dies, the queue stalls": what the loss costs.
# Round 43 (blind46): "don't restart anything, fine if it takes effect later": the speaker
# accepts that the change reaches the pods late (no restart) — no condition to wait on.
_LATER_EFFECT_OK = re.compile(
    r"\b(?:fine|ok|okay|alright|all\s+right|problem|worries|kibazo|np|matter|care)\s+"
    r"(?:(?:with\s+it\s+)?(?:if|that|when|even\s+if)\s+)(?:it|they|this|the\s+(?:change|value|"
    r"new\s+value|setting))\s+(?:only\s+)?(?:takes?\s+effect|applies|apply|is\s+picked\s+up|"
    r"gets\s+picked\s+up|kicks?\s+in)\b(?:\s+(?:only\s+)?(?:later|afterwards|after\s+a\s+while|"
    r"(?:on|at|with)\s+the\s+next\s+(?:restart|deploy|rollout|release)|next\s+(?:restart|deploy|"
    r"time))\b)?"
)
_RISK = re.compile(
    rf"(?:{_FAILS.pattern})\s*,?\s*(?:then\s+)?(?:(?:we|you|they|i)\s*(?:'ll|'d|\s+will|\s+would|"
    r"\s+could|\s+might)?\s+(?:lose|lost|are\s+down|go\s+down|are\s+dead|have\s+nothing)\b|"
    r"(?:the|our|all|its|their|every)\s+(?:[\w-]+\s+){0,3}?(?:stops?|stopped|stall(?:s|ed)?|"
    r"breaks?|broke|(?:is|are|will\s+be|would\s+be|gets?|goes|go)\s+(?:not\s+[a-z]+ing|down|"
    r"lost|dead|stuck|offline|gone)|(?:is|are)n'?t\s+[a-z]+ing|won'?t\s+[a-z]+|"
    r"(?:do|does|will|would)(?:\s+not|n'?t)\s+[a-z]+)\b|"
    # Round 32 (gap35b): who can no longer do their part, "if node die nobody can check in",
    # "when a zone goes down, customers can't pay".
    r"(?:nobody|no\s*one|no\s+[a-z]+)\s+(?:can|could|will|is\s+able\s+to|are\s+able\s+to)\s+[a-z]+\b|"
    r"(?:the\s+|our\s+)?(?:users?|customers?|members?|people|players?|fans?|staff|everyone|"
    r"everybody|visitors?|drivers?|clients?)\s+(?:can(?:not|'?t)|could(?:\s+not|n'?t)|"
    r"won'?t|will\s+not)\s+[a-z]+\b)"
    r"[^,;.:!?]*"
)
_UNDERSTOOD_CONDITION = {
    "ha": _FAILS,
    # A wish, not a condition: "if the scheduler can" is how preferred anti-affinity is said.
    "placement": re.compile(
        r"\b(?:if|when(?:ever)?|where(?:ever)?)\s+(?:at all\s+)?(?:possible|feasible)\b|"
        r"\b(?:if|where|when(?:ever)?)\s+(?:the\s+scheduler|kubernetes|k8s|it|they|you|we)\s+"
        r"(?:can|is able to|are able to|manages?)\b|"
        r"\bif (?:there (?:is|are) )?(?:room|capacity|enough nodes)\b|"
        # "would be nice if the pods landed on different nodes": a wish (preferred).
        r"\b(?:would|it'?d|that'?d)\s+be\s+(?:nice|good|great|ideal|better)\s+if\b|"
        r"\bif\s+(?:that|this|it)\s+(?:is|isn'?t)\s+(?:not\s+)?(?:possible|feasible)\b"
    ),
    # "no more than one pod down at once": how many at the same time, not a condition.
    "pdb": re.compile(rf"\bat once\b|{_DISRUPTION_WHEN.pattern}"),
}
_UNDERSTOOD_CONDITION["ha"] = re.compile(
    f"{_UNDERSTOOD_CONDITION['ha'].pattern}|{_UNDERSTOOD_CONDITION['placement'].pattern}"
)
# "a one-off backup right now, before the postgres upgrade", "before we upgrade payments, take a
# velero backup": made now; the change it comes before is the reason, not a time to wait for
# (the backup rule asks when a schedule is said beside it).
_UNDERSTOOD_CONDITION["backup"] = re.compile(
    f"{schedules.BEFORE_EVENT.pattern}|{schedules.KEPT.pattern}"  # "expire after a month"
    f"|{schedules.AFTER_EVENT_RECURRING.pattern}"  # "after the close every trading day, 16:30"
)
# "4 replicas from 08:00 until 20:00": a KEDA cron trigger's window, not a time to wait for.
_UNDERSTOOD_CONDITION["autoscale"] = triggers.WINDOW
# "alert if payments has fewer than 2 ready pods for 5 minutes": the alert's own condition.
_UNDERSTOOD_CONDITION["monitoring"] = alerts.CONDITION
_UNDERSTOOD["monitoring"] = alerts.NONE  # "with no ready pods for 5m": the alert's condition
# "back to the image before 1.1.0": a version, not a time (workloads.BEFORE_VERSION).
# "the previous image, the one before the Jackson bump": the previous revision, described by
# what came after it, no time either ("the build before tuesday's release" alone is asked).
_VERSION_NOUN = r"(?:one|image|version|release|revision|build|tag|deploy)s?"
_UNDERSTOOD_CONDITION["rollback"] = re.compile(
    rf"{_BEFORE_VERSION}|\b(?:previous|prior|last|earlier|older|old)\s+{_VERSION_NOUN}"
    rf"(?:\s*,?\s+the\s+{_VERSION_NOUN})?\s+(?:before|prior\s+to)\s+[^,;.!?()]*"
)
# "never take an old pod away before its replacement is ready" is a rule, not a time.
for _category in (
    "update",
    "config",
    "resources",
    "restart",
    "probes",
    "sizing",
    "env",
    "strategy",
):
    _UNDERSTOOD_CONDITION[_category] = re.compile(strategy.NO_POD_BEFORE_READY)
# A time the plan does not wait for, in every category — said as context beside a request to act
# ("pg 16.4 -> 16.6 tonight, go ahead", "overprovisioned tonight, halve it", "double traffic
# tonight, so payments should run …"): a clause follows it. "scale cart to 5 tonight" (the time
# ends the request) and "… but not tonight" stay questions. The plan says it runs when approved.
# What follows must act: "go ahead", or a clause whose verb is the change ("so payments should
# run twice as many", "halve it") — "… tonight, so the batch finishes" is still asked.
_ACT_VERB = rf"\b(?:{_VERBS}|halve|double|triple|cut|ship|run|give|take|bring|put)\b"
_CONTEXT_TIME = re.compile(
    r"(?<!not )(?<!n't )\b(?:tonight|today|this\s+(?:evening|morning|afternoon|week))\b"
    r"(?=\s*[,.:\u2014-]?\s*(?:go ahead|do it|now\b|asap|right away|immediately)|"
    rf"\s*[,.:\u2014-]?\s*so\b[^.;]*?{_ACT_VERB}|"
    rf"\s*[,.:\u2014-]\s*(?:(?:please|pls|just|then|so)\s+)?{_ACT_VERB})"
)
# Round 35 (gap38d): a sentence of its own after the order, telling what others do then: "Make a
# velero backup of the shop namespace now, keep it 30 days. Tomorrow they renovate pipes in the
# east wing." Its time is the event's, never the change's (which is made when approved): no
# wait, no condition. Only a third party's doing ("they", "the plumbers", "someone"; "we" with
# no verb of change), with no number, negation or condition in it, running to its sentence end.
_TOLD_LATER = re.compile(
    r"(?<=[.;!]\s)(?:tomorrow|tonight|later\s+today|this\s+(?:evening|afternoon|weekend)|"
    r"next\s+week|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s+"
    r"(?:they|he|she|someone|somebody|(?:the|our|some)\s+[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?|"
    rf"we(?=\s+(?!(?:will\s+|'ll\s+|are\s+going\s+to\s+)?{_ACT_VERB}))"
    r")\s+(?!(?:not|never|no|won't|don't|if|unless|may|might|can|could|should|must)\b)"
    r"[a-z][a-z']*(?:\s+(?!(?:not|never|no|if|unless|when|but|and|then|so|until|after|before|"
    r"except|or)\b)[a-z][a-z'-]*){0,8}\s*[.!]?\s*$"
)
# Round 38 (gap41b, blind41): "Velero backup of the shop namespace now, keep 72h, there is a
# storm warning tonight": what there is (or will be) later, said in a clause of its own closing
# the message after an order said for now — why now, never a time to wait for. Only "there
# is/are/will be" and a few words, with no negation, number or condition.
_THERE_LATER = re.compile(
    r"(?<=[,;.!]\s)(?:and\s+|as\s+|since\s+|because\s+)?there(?:\s+is|'s|\s+are|\s+will\s+be)\s+"
    r"(?!(?:no|not|never)\b)(?:(?!(?:if|unless|when|until|after|before|not|no)\b)[a-z][a-z'-]*\s+)"
    r"{1,5}(?:tonight|tomorrow|later\s+today|this\s+(?:evening|afternoon|weekend)|next\s+week)"
    r"\s*[.!]?\s*$"
)
_NOW_SAID = re.compile(r"\b(?:now|right\s+away|immediately|asap)\b")
# The metric an autoscaler scales on, said as its condition: "when cpu hits 80", "once memory
# is above 80%", "whenever cpu is high". Only the words go: the number left is the target.
_METRIC_CONDITION = re.compile(
    r"\b(?:when(?:ever)?|once|if|as\s+soon\s+as)\s+(?:the\s+)?(?:(?:average|avg|its|their)\s+)?"
    r"(?:cpu|memory|mem|ram|utili[sz]ation)(?:\s+(?:usage|utili[sz]ation|load|use))?\s+"
    r"(?:(?:is|goes|gets|climbs|rises|runs|stays|sits|spikes|reaches|is\s+getting)\s+)?"
    r"(?:over|above|past|beyond|higher\s+than|more\s+than|exceeds|passes|hits|tops|crosses|"
    r"reaches|high|hot|busy|maxed|pegged)\b"
)
# Round 21 (counts): the load an autoscaler follows said as its trigger, a clause ended by
# punctuation — "when deadline traffic hits:", "when the tills get busy,", "whenever the
# evening rush peaks". A number after it ("when traffic hits 500 rps") or a workload named in
# it ("when checkout gets busy", :func:`check`'s ``named``) is still asked.
_BUSY_TRIGGER = (
    r"\bwhen(?:ever)?\s+(?:the\s+|our\s+)?(?:[a-z]+\s+)?(?:traffic|load|demand|rush|requests|"
    r"usage|peak)\s+(?:hits|arrives|comes|peaks|spikes|surges|grows|rises|increases|picks\s+up|"
    r"goes\s+up|kicks\s+in|starts)(?=\s*(?:[,:;.!?\u2014-]|$))|"
    r"\bwhen(?:ever)?\s+(?:the\s+|our\s+)?[a-z]+\s+(?:get|gets|are|is|become|becomes)\s+"
    r"(?:busy|slammed|hammered|swamped|rushed)(?=\s*(?:[,:;.!?\u2014-]|$))"
)
# What a restart picks up, said after "after": "the cert rotation", "the kernel patch".
_ROTATION = (
    r"(?:[a-z0-9][\w\-]*\s+){0,2}(?:rotation|patch|patching|renewal|rollover|upgrade|change|"
    r"incident|outage|fix|hotfix|update)\b(?!\s+(?:is|are|has|have|finishes|completes|lands|"
    r"goes|runs|is done|will|to))"
)
_AFTER_WORD = re.compile(r"\b(?:after|following)\b")
# Times read by a category because they are what it does: an autoscaler scales "when busy";
# a restart after a past rotation or patch is how pods pick it up ("… to be restarted after the
# secret rotation") — never "after the migration finishes", a state still to come.
_CAPABILITY_TIME = {
    "autoscale": re.compile(
        r"\bwhen(?:ever)?\s+(?:it'?s\s+|it\s+is\s+|they'?re\s+|they\s+are\s+|things\s+(?:are|get)\s+|"
        r"it\s+gets\s+|traffic\s+(?:is|gets)\s+|load\s+(?:is|gets)\s+)?(?:busy|under\s+(?:load|pressure)|"
        r"loaded|slammed|hammered|needed|necessary|required|(?:traffic|load)\s+(?:spikes|peaks|grows|"
        r"rises|goes up|increases))\b|"
        # "can go to zero when there's nothing queued", "when the queue is empty": what a
        # scale-to-zero autoscaler does, not a time to wait for.
        r"\bwhen(?:ever)?\s+(?:there(?:'s|\s+is|\s+are)\s+(?:nothing|no\s+(?:work|jobs?|messages?|"
        r"events?|items?|tasks?|traffic|load|requests?))(?:\s+(?:queued|pending|waiting|to\s+do|"
        r"in\s+(?:the\s+)?queue|coming\s+in))?|(?:the\s+)?queues?\s+(?:is|are|gets?|goes)\s+"
        r"(?:empty|drained|idle)|(?:it'?s|it\s+is|they'?re|they\s+are)\s+idle|idle)\b|"
        + occasions.METRIC_CONDITION
        + "|"
        + _METRIC_CONDITION.pattern
        + "|"
        + _BUSY_TRIGGER
        # "scale when memory is above 80%", "when cpu hits 80", "when cpu is high (target 50%)":
        # the metric the autoscaler scales on, not a time to wait for.
    ),
    # "always pull its image when a pod starts": what imagePullPolicy Always does.
    "pull-policy": re.compile(
        r"\b(?:when(?:ever)?|each\s+time|every\s+time|any\s+time)\s+(?:a|the|each|every|any|its|"
        r"their)?\s*(?:new\s+)?(?:pods?|containers?)\s+(?:starts?|is\s+started|(?:re)?starts|"
        r"is\s+(?:created|scheduled|restarted)|comes?\s+up|boots?|launch(?:es)?|spins?\s+up)\b|"
        r"\b(?:on|at)\s+(?:every|each)\s+(?:pod\s+|container\s+)?(?:start(?:up)?|restart|launch)\b"
    ),
    # Round 19 (times): only a rotation told as past — by its day ("after last night's
    # rotation", "after the upgrade of yesterday"), by a restart it calls for ("checkout needs
    # to be restarted after the secret rotation") or by what it broke ("stale token after the
    # rotation"). An order closed by one ("cycle every backend deployment after the certificate
    # rotation") waits on it: the rotation is still ahead (:mod:`.waits`).
    "restart": re.compile(
        r"(?:\b(?:be|been|get|gets|got)\s+(?:re-?started|bounced|cycled|recycled|rolled|"
        r"kicked|redeployed)\b[^,;:.!?]*?|\b(?:stale|old|expired|outdated|crash\w*|stopped|"
        r"broke\w*|fail\w*|erroring|errors|hung|stuck|still)\b[^;:.!?]*?)"
        r"\b(?:after|following)\s+(?:(?:the|our|a|this|that|last\s+night'?s|yesterday'?s|today'?s)\s+)?"
        f"{_ROTATION}|"
        r"\b(?:after|following)\s+(?:last\s+night'?s|yesterday'?s|today'?s|this\s+morning'?s|"
        rf"the\s+(?:recent|earlier|last))\s+{_ROTATION}|"
        rf"\b(?:after|following)\s+(?:the\s+)?{_ROTATION}\s+(?:of|from)\s+(?:yesterday|"
        r"last\s+night|this\s+morning|earlier)\b|"
        # "After the BATCH_SIZE change the orders pods need a restart", "after the node pool
        # upgrade the pods are still on the old nodes": a statement of its clause follows.
        r"\b(?:after|following)\s+(?:(?:the|our|a|this|that)\s+)?"
        rf"{_ROTATION}(?=,?\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){{0,4}}?"
        r"(?:are|is|was|were|has|have|had|need|needs|keep|keeps|kept|still|got|went|stay|"
        r"stays|look|looks|seem|seems)\b)"
    ),
}
# A clock time, day or delay a request names: never acted on now (a backup's schedule and an
# autoscaler's cron trigger read their own times).
_CLOCK = re.compile(
    r"\bat\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|midnight|noon)\b|"
    # (Round 33: "coming" and "upcoming" as "next": waits.take reads them alike.)
    r"\b(?:this\s+(?:coming|upcoming)|this|next|on|coming|upcoming)\s+(?:evening|weekend|week|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b|"
    # "in two hours", "in one and a half hours", "in 90 mins", "in a couple of days".
    r"\bin\s+(?:an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
    r"thirty|forty|forty-five|fifty|sixty|ninety|few|a\s+few|(?:a\s+)?couple(?:\s+of)?)"
    r"(?:\s+and\s+a\s+(?:half|quarter))?\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b|"
    r"\b(?:but\s+)?not\s+(?:now|yet|today|tonight|right now)\b|"
    # Round 9: a clock time said bare ("restart frontend 18:00", "6pm", "@ 18:00").
    # "since 4 pm frontend is throttled" says when a symptom began: no time to wait for.
    r"(?<!since )(?<![\w.:/-])\d{1,2}:\d{2}(?![\w.:/])|(?<!since )\b\d{1,2}\s*(?:am|pm)\b"
)
_TIMED = frozenset({"backup", "autoscale"})
# A clock time, or a window of two, said as a value ("21:00", "'08:00-20:00'", "6pm").
_CLOCK_VALUE = re.compile(
    r"(['\"]?)\d{1,2}(?::\d{2})?(?:\s*(?:am|pm))?(?:-\d{1,2}(?::\d{2})?(?:\s*(?:am|pm))?)?\1", re.I
)
# What a backup request names (a schedule said without one is no backup).
_BACKUP_SAID = re.compile(
    # "back it up", "back postgres up": the object between the verb's two words.
    r"back\s*-?\s*up|back\s+[\w-]+\s+up\b|backed\s+up|backups?|dump|snapshot|velero|pg_dump|"
    r"mysqldump|restor|cop(?:y|ies)|archiv|"
    r"pitr|point[-\s]in[-\s]time|disaster|recover"
)
# The times a schedule says that waits.MORE_OPENS reads as when to run a one-off change.
_SCHEDULE_TIME = re.compile(
    r"\b(?:(?:on\s+|every\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:at|@)\s*(?:night|"
    r"midnight|noon|midday)|overnight|over\s*night|this\s+(?:evening|night|morning|afternoon)|"
    r"off-?peak(?:\s+hours)?|off-?hours|after\s+hours|in\s+the\s+(?:morning|afternoon|evening|night)|"
    r"on\s+the\s+\d{1,2}(?:st|nd|rd|th))\b"
)
# Round 9: one-off changes said to recur ("restart frontend every night", "scale payments to 4
# on weekdays", "cron: …"): one change is planned, never a schedule of them — asked.
_ONE_OFF = frozenset({"restart", "scale", "rollback", "update", "resources", "sizing"})
_RECURRING = re.compile(
    r"\bevery\s+(?:other\s+|single\s+)?(?:night|day|morning|evening|afternoon|hour|week|weekday|"
    rf"weekend|month|{DAY_NAME}|\d+\s*(?:s|m|h|d|secs?|seconds?|mins?|minutes?|hours?|days?|"
    r"weeks?)\b)|\b(?:daily|nightly|hourly|weekly|monthly)\b|"
    rf"\bon\s+(?:weekdays|weekends|{DAY_NAME}s)\b|\beach\s+(?:night|day|morning|evening|hour|"
    r"week)\b|\bcron\b|\bon\s+a\s+schedule\b|\bperiodically\b|\bregularly\b|\bschedule[ds]?\b|"
    r"\b(?:each|every)\s+time\b|\bon\s+(?:crash|failure|oom|error)s?\b|"
    # Round 19 (attack): a standing rule said of a one-off change — "always restart payments
    # after a deploy", "whenever we deploy, restart payments", "after every release bounce
    # worker" (never "whenever you get a chance": at your convenience, once).
    r"\balways\s+(?:(?:please|pls|just)\s+)?(?:restart|re-?start|bounce|recycle|roll|cycle|"
    r"kick|scale|bump|update|upgrade|redeploy|revert|set|raise|lower)\b|"
    r"\bwhenever\s+(?!(?:you|u|we|someone|anyone)\s+(?:get|have|has|can|are|is|find)\b|"
    r"(?:it'?s|it\s+is)\s+(?:convenient|possible|ok|okay)\b|(?:convenient|possible)\b)"
    r"[\w'-]+(?:\s+[\w'-]+)?|"
    # ("on every frontend alloc": each of the objects, not each time.)
    r"\b(?:after|before|on|with|following)\s+(?:each|every|any)\s+(?:(?:new|single|"
    rf"successful|nightly)\s+)?(?:{occasions.EVENT}|merge|push|build|batch|run|sync|restart|"
    r"incident|outage|page|alert|ship|cut)s?\b"
)
# Direct changes a person can approve when a time or condition holds (waits); an add-on (HA,
# budget, autoscaler, backup, monitoring, security) said with one is still asked.
_WAITS = frozenset(
    {"update", "config", "resources", "scale", "restart", "rollback", "env", "sizing", "probes"}
    | {"pull-policy", "strategy"}
    # "2026-12-05 | payments | runAsNonRoot false → true": a one-off setting waits too (arows).
    | {"podsecurity", "security", "netpol", "ha", "placement"}
)
# "mark unready after 3 failures", "times out after 2s": a probe's fields, not times.
_UNDERSTOOD_CONDITION["probes"] = re.compile(
    f"{strategy.NO_POD_BEFORE_READY}|{probes.IN_WORDS.pattern}"
)
# "one extra pod at a time", "never run at once": how many at the same time, not a time.
_UNDERSTOOD_CONDITION["strategy"] = re.compile(rf"{strategy.NO_POD_BEFORE_READY}|\bat once\b")
# A condition's clause: from its word to the end of the clause (",", "and", "then", the end).
# A colon ends it too: "… when there's nothing queued: keda, threshold 20" lists the change.
_CONDITION_CLAUSE = re.compile(rf"{_CONDITION.pattern}.*?(?=,|[.:]\s|\band\b|\bthen\b|$)")
# Words that make a value approximate or one of several: never acted on.
# ("about to upgrade" is "going to upgrade": no value is said after it.)
_HEDGE = re.compile(
    # "about to upgrade postgres": what is going to happen, no approximate value.
    # "leave payments-config around, legal wants it": "around" closing its clause hedges nothing.
    r"(?<![\w\-./:=@])(?:or so|or|about(?!\s+to\s+(?!\d)[a-z])|around(?!\s*(?:[,.;!]|$))|roughly|"
    r"approximately|"
    r"approx|maybe|perhaps|probably|something like|give or take|-?ish)(?![\w\-/:=@])"
)
# Round 36 (a41a, attack40): "or" said in another tongue between two values ("scale payments to
# 3 o 4", "2.2.0 ou 2.3.0", "512Mi o bien 1Gi", "2 oder 3", "3 (o 4)", "4, o sea 5"), after a
# value before a word of "more" or "so" ("4 o mas", "4 o so"), or after a comma before a second
# order ("restart payments, o scale it to 4"), or between two values of a key ("LOG_LEVEL=debug
# o trace"): one of several, never the first one planned.
# (Never Dutch "of": "1 of 3 replicas" is English; never "na", "and" in Swahili.)
_ELSE = (
    r"o\s+bien|o\s+sea|o\s+kaya|ou\s+bien|ya\s+da|oder|ou|o|ó|au|ama|atau|eller|tai|vagy|lub|"
    r"albo|sau|veya|nebo|ili|oppure|ovvero|bzw\.?|beziehungsweise|"
    # Round 37 (tw41b, attack41): Hindi and Swahili "ya", Vietnamese "hoặc" (and without its
    # marks) between two values ("scale payments to 3 ya 4", "3 hoac 4").
    r"ya|ho[aặ]c"
)
# (Its first words, looked up before the pattern runs: most messages hold none.)
_ELSE_FIRST = frozenset(
    "o ou oder ó au ama atau eller tai vagy lub albo sau veya ya nebo ili oppure ovvero bzw bzw. "
    "beziehungsweise hoac hoặc vs vs. versus".split()
)
_HEDGE_ELSE = re.compile(
    rf"(?<![\w\-./:=@])v?\d[\w.]*\)?,?\s+\(?(?:{_ELSE})\s+(?:\(?v?\d|(?:so|m[aá]s|more|plus|mehr|"
    r"menos|moins|weniger|meno|pi[uù]|mais|less|fewer)(?![\w\-]))"
    rf"|=[\w.\-]+\s+(?:{_ELSE})\s+[\w.\-]+|(?:[,;]\s*|^\s*)(?:{_ELSE})\s+(?:restart|scale|set|roll|rollback|revert|undo|delete|remove|update|"
    r"upgrade|downgrade|switch|bump|patch|drain|cordon|autoscale|change|increase|reduce|add|"
    r"bounce|redeploy|pin|just|maybe|go)(?![\w\-])"
    # (Round 37, tw41b: "vs" between two values of a change, "scale payments to 3 vs 4"; never
    # between what is seen and what is set, "p95 is 160m vs 100m requested".)
    r"|\bto\s+\(?v?\d[\w.]*\)?,?\s+\(?(?:vs\.?|versus)\s+\(?v?\d"
)
# "hasn't got any requests or limits at all", "no cpu or memory set": "or" between two names of
# fields joins the fields; it offers no alternative value.
_FIELDS_JOINED = re.compile(
    r".*?\b(?:requests?|limits?|cpu|memory|mem)\s+or\s+(?:requests?|limits?|cpu|memory|mem)\b"
)
# "pods are using around 300m cpu …; align the request to 300m": an approximate value that is
# what is seen now, in a clause saying so (no verb of a change in it), beside a request that
# says that value again, exactly. "uses around 300m, set the request to that" is still asked.
_OBSERVED = re.compile(
    r"\b(?:(?:us(?:es|e|ing)|consum\w+|is|are|was|were|sits?|sitting|stays?|staying|idles?|"
    r"idling|runs?|running|peaks?|peaking|hovers?|hovering|averages?|averaging|spikes?|"
    r"spiking|burns?|burning|tops?\s+out)\s+(?:at\s+|to\s+)?(?:only\s+|constantly\s+|"
    r"currently\s+|always\s+|usually\s+|typically\s+|normally\s+)?$|currently\s+$|"
    r"\b(?:observed|measured|seen|showing|shows)\s+(?:at\s+)?$)"
)
_CLAUSE_MARK = re.compile(r"[,;:]\s|\.\s|\bwhile\b|\bwhereas\b|\bbut\b|\bso\b")
_RULE = re.compile(f"{strategy.NO_POD_BEFORE_READY}|{strategy.FLOOR}|{_BEFORE_VERSION}", re.I)
_DIRECT = frozenset({"update", "config", "resources", "scale", "restart", "rollback", "delete"})
# Pod security: dropping capabilities is a setting, and each clause naming a setting is part of
# the one patch (what podsecurity reads; anything else in the request is still counted).
_CAPS_DROP = re.compile(
    r"\b(?:drop|remove|strip)\s+(?:all\s+|every\s+|the\s+|its\s+|their\s+)?(?:linux\s+)?(?:capabilit(?:y|ies)|caps)\b",
    re.I,
)
# Round 23 (cond, E): the clause ends at a time or condition said in it ("drop all capabilities
# on payments tomorrow", "… if the audit requires it"), which is read as for any other change
# (waited for, or asked) — never blanked with the setting.
_SECURITY = frozenset({"podsecurity"})
_SETTING_STOP = rf"\band\b|{_CONDITION.pattern}|\btill?\b|'til\b|\bthrough\b|\bthru\b"
_SECURITY_SETTING = re.compile(
    rf"(?:(?!{_SETTING_STOP})[^,;])*\b(?:capabilit(?:y|ies)|caps|read[- ]?only|"
    r"root\s*(?:file ?system|fs)|"
    r"non[- ]?root|privileged|privilege|priv\.?\s*esc|escalat\w*|seccomp|service ?account ?token|"
    r"run ?as ?(?:user|group)|"
    rf"fs ?group)\b(?:(?!{_SETTING_STOP})[^,;])*"
)


def _setting_kept(m: re.Match[str]) -> str:
    """A security setting's clause blanked (same length) but for one letter that stands for it:
    "run payments as non-root tomorrow" waits for "tomorrow" said after the request."""
    return "xx" + " " * (len(m.group(0)) - 2) if len(m.group(0).strip()) > 1 else m.group(0)


# Round 31 (gap34b): a fault said with when it shows ("error when pay", "crashes when we pay",
# "500s whenever users log in"): the when-clause, to its clause's end, is no wait (never one
# holding a clock time, a day word or a word of waiting: those are still read).
_SYMPTOM_WHEN = re.compile(
    r"\b(?:error|errors|erroring|errored|crash|crashes|crashing|crashed|fails|failing|"
    r"failed|breaks|broken|hangs|hanging|hung|500s|5xx|5xxs|timeouts|times\s+out|bug|bugs|"
    r"exception|exceptions|panics|panicking)\s+(?P<when>when(?:ever)?\s+"
    r"(?!(?:the\s+)?(?:clock|time)\b)"
    r"(?:(?!\b(?:after|before|until|till|once|tonight|tomorrow|today|at|on|by|then)\b)"
    r"[^,;.:!?\d])+)"
)
# Round 31 (gap34b): see :func:`check`.
_KEEP_RESTATED = re.compile(
    r"(?<=\bkeep),\s*(?:do\s+not|don'?t|dont|not)\s+(?:delete|remove)(?:\s+(?:it|them))?"
    r"(?=[\s.!]*$)"
)


def check(
    category: str,
    raw: str,
    *,
    unread: list[str] | None = None,
    awaited: list[str] | None = None,
    whole: str = "",
    names: Callable[[], frozenset[str]] | None = None,
) -> None:
    """Raise :class:`Clarify` naming what in ``raw`` the ``category`` rule would not honour.

    With ``unread``, a negation no reader here reads is not asked about at once: its clause
    (the negation to the end of its clause) is added to the list, to be read against the
    finished plan (:mod:`.negated`), which asks when the plan does what it names. With
    ``awaited``, a time or condition a person can wait for (:mod:`.waits`) is not asked about:
    it is added to the list, for the plan to record as what its approval waits on. ``whole``
    is everything said, as typed (a topic said first is read from it: :func:`_destructive`);
    ``names`` the namespace's workload names (a bare topic before a removal is one of them)."""
    syntax(raw)
    if category == "backup":
        raw = velerocli.without_name(raw)  # "velero backup create before-migration": a name
        # "if someone fat-fingers a delete": what the backup is for, never a delete.
        raw = occasions.MISHAP.sub(lambda m: " " * len(m.group(0)), raw.lower())
        # "before we delete worker, take a backup": the occasion of a backup made once.
        raw = schedules.BEFORE_EVENT.sub(lambda m: " " * len(m.group(0)), raw)
    text = raw.replace("\u2019", "'")
    # "…; if it still 500s we roll it back, but not yet": a later step, asked for then.
    for later in occasions.LATER_STEP.finditer(text.lower()):
        text = text[: later.start()] + " " * len(later.group(0)) + text[later.end() :]
    # "if you don't mind", "no rush": the requester's time, neither a negation nor a condition.
    # "after the 17:00 call, not before": the wait said again, no exclusion (waits).
    lowered = occasions.courtesy_blanked(category, waits.restated_blanked(text.lower()))
    # "…, it hung twice tonight without restarting": the fault told (:mod:`.statements`).
    lowered = statements.fault_unrestarted_blanked(lowered)
    if category == "delete" and "keep," in lowered:
        # "… Deployment orders and orders-config keep, do not delete.": the keep said again as
        # its negation — what the delete keeps (read by the delete rule), no prohibition of it.
        lowered = _KEEP_RESTATED.sub(lambda m: " " * len(m.group(0)), lowered)
    _negations(category, lowered, unread, names)
    if category == "podsecurity":
        # "drop all capabilities, read-only root filesystem, run as non-root": each clause is
        # one setting of the one securityContext patch; "drop" there removes capabilities.
        text = podsecurity.DROP_NAMED.sub(" ", _CAPS_DROP.sub(" ", text))
        # (A word is left in its place: a time after it ends a request, not opens one.)
        lowered = _SECURITY_SETTING.sub(_setting_kept, lowered)
    # "don't kill old pods until the new ones are ready" keeps pods: nothing is deleted.
    # "restart the web pods after the CDN purge finishes": the event waited for (waits).
    waited = waits.events_blanked(text) if awaited is not None and category in _WAITS else text
    _destructive(category, _RULE.sub(lambda m: " " * len(m.group(0)), waited), whole, names)
    # "…, please revert back once done": a later change, not a second one now.
    _compound(category, occasions.LATER_UNDO.sub(lambda m: " " * len(m.group(0)), lowered))
    unquoted = t.quotes_blanked(lowered)
    # "…, 80% cpu — gateways all reconnect at once after a cell outage": why, never when.
    unquoted = occasions.generic_blanked(unquoted, lambda c: bool(_LEADS_VERB.match(c)))
    if (
        category in _WAITS | {"delete"}
        and (m := provisos.COMPARISON.search(unquoted))
        and not _CONDITION.search(
            unquoted, max(unquoted.rfind(c, 0, m.start()) for c in ",;:"), m.start()
        )
    ):
        # Round 23 (cond): "rollback checkout p99 > 1s": a condition said with no word for it
        # ("if the lag is above 10k at 7am" is read, waited for or asked, as before).
        said = unquoted[m.start() :].split(",")[0].split(";")[0].strip(" .")
        raise Clarify(
            f"I read {said!r} as a condition on this {category} change (a measure compared with "
            "a value), but not whether it is when to run it or what to watch. I do not act on a "
            "condition: say the change alone and approve it when that holds, or ask for an "
            "alert or an autoscaler on that measure."
        )
    if awaited is not None and category in _SECURITY and (ends := durations.said(unquoted)):
        # Round 23 (cond, E): "drop all capabilities on payments until friday": a setting for
        # a while, which nothing here reverts — planned, it would stay for good.
        end = ends[0].strip()
        raise Clarify(
            f"I read {end!r} as how long this {category} change should hold, but nothing here "
            "reverts a change on a timer: planned, it would stay for good. To make it "
            f"permanently now, say the change without {end!r}; going back then is yours to ask "
            "for (or run) when it is due."
        )
    if awaited is not None and category in _WAITS:
        # "scale worker to 0 till monday": how long it holds, never a time to wait for.
        unquoted = durations.blanked(category, unquoted)
    if awaited is not None and (category in _WAITS or clock.one_off(category, unquoted)):
        # "roll it out after 22:00", "around 3am": a clock time said as when to run (clock).
        # ("a one-off backup before the night shift starts at 22:00": the event's clock, a
        # deadline the backup made now meets, beforehand; a direct change waits on it as before.)
        dated = unquoted if category in _WAITS else beforehand.dated_blanked(unquoted)
        unquoted, phrases = clock.take(dated)
        awaited += phrases
    if m := next(
        (
            h
            for h in _HEDGE.finditer(unquoted)
            if not _observed(unquoted, h)
            and not _target_band(category, unquoted, h)
            and not domain.no_quantity_after(unquoted, h)
            and not _FIELDS_JOINED.match(unquoted, max(0, h.start() - 12))
        ),
        None,
    ):
        # "scale cart to 1,000 or so": the number said is not the number meant.
        raise Clarify(
            f"I read {_around(unquoted, m)!r}: an approximate or alternative value is not one "
            "I can act on. Say the exact value."
        )
    if not _ELSE_FIRST.isdisjoint(unquoted.replace("(", " ").split()) and (
        m := _HEDGE_ELSE.search(unquoted)
    ):
        raise Clarify(
            f"I read {_around(unquoted, m)!r}: two values or two changes joined by 'or' (said "
            "in another tongue) are not one I can act on. Say the one you want."
        )
    if category != "backup" and (m := _TIMED_VALUE.search(unquoted)):
        raise Clarify(
            f"I read {_token(unquoted, m)!r}: a value that says a change and when ('"
            f"{m.group(0)[2:].replace('-', ' ').replace('_', ' ')}'). Is it the value to set, or "
            "a change to make then? Put the value in quotes (KEY='…'), or say the change alone."
        )
    if understood := _UNDERSTOOD_CONDITION.get(category):
        # (Round 23: an alert's condition leaves a word in its place, so that "alert" never
        # stands right before a second condition, "… if the audit requires it", and reads it
        # as the alert's own.)
        unquoted = understood.sub(" xx " if category == "monitoring" else " ", unquoted)
    if category == "backup":
        # "nightly … at 03:00, after end-of-day till reconciliation": why then (schedules).
        unquoted = schedules.after_event_last_blanked(unquoted)
    unquoted = _CONTEXT_TIME.sub(_context, unquoted)
    if "." in unquoted or ";" in unquoted:
        unquoted = _TOLD_LATER.sub(lambda m: " " * len(m.group(0)), unquoted)
    if (
        "there" in unquoted
        and (there := _THERE_LATER.search(unquoted))
        and _NOW_SAID.search(unquoted, 0, there.start())
    ):
        unquoted = unquoted[: there.start()] + " " * len(there.group(0))
    # "for tonight's maintenance window", "before we upgrade payments", "the release before this
    # one": an occasion or a revision, which the plan does not wait for (times_read says so).
    occasions.revision_question(category, unquoted)
    unquoted = occasions.blanked(category, unquoted)
    if category in ("rollback", "restart", "update") and " when" in unquoted:
        # "checkout new version 1.1.0 error when pay, please rollback": when the fault shows,
        # the reason for the change — never a time to wait for (round 31).
        unquoted = _SYMPTOM_WHEN.sub(
            lambda m: m.group(0)[: m.start("when") - m.start()] + " " * len(m.group("when")),
            unquoted,
        )
    if capability := _CAPABILITY_TIME.get(category):
        unquoted = capability.sub(" ", unquoted)
    if category == "backup" and not _BACKUP_SAID.search(lowered):
        # "turn worker off for the night": a schedule read as a backup of nothing said.
        raise Clarify(
            f"I read {raw!r} as a backup, but it names no backup, dump, snapshot or copy. What "
            "should happen, and when?"
        )
    if category in _ONE_OFF and (
        m := _RECURRING.search(durations.rates_blanked(waits.cadence_blanked(unquoted)))
        or durations.RECURS.search(unquoted)
    ):
        raise Clarify(
            f"I read {m.group(0)!r}: a change said to recur. I plan one change, run when you "
            "approve it, never a schedule of them. Say the change alone, or schedule it yourself."
        )
    unquoted = _LATER_EFFECT_OK.sub(lambda m: " " * len(m.group(0)), unquoted)
    if awaited is not None and (category in _WAITS or category == "delete"):
        # "scale worker x3 tonight": planned as said, approved by a person when it holds (a
        # deletion only with a wait by its grammar: waits._strict).
        before = unquoted
        unquoted, phrases = waits.take(
            category,
            unquoted,
            asked=lambda i: bool(_CONDITION.match(before, i) or _CLOCK.match(before, i)),
        )
        awaited += phrases
    if category not in _WAITS:
        # "back up the namespace before we run the migration tonight": made now, before it.
        unquoted = occasions.event_days_blanked(lowered, unquoted)
    if category in ("config", "env") and len(text) == len(unquoted):
        # Round 28 (overask): "add BACS_WINDOW=21:00 to payments-config", "CUTOFF to 18:00": a
        # clock time given to a key named in capitals is its value, never when to run.
        for given in t.given(text):
            if _CLOCK_VALUE.fullmatch(given.group(2)):
                a, b = given.span(2)
                unquoted = unquoted[:a] + " " * (b - a) + unquoted[b:]
    if category not in _TIMED and (m := _CLOCK.search(unquoted)):
        raise Clarify(
            f"I make {category} changes when you approve the plan, not at a time; I did not "
            f"understand {_around(unquoted, m)!r}. Say the change alone (and approve it when it "
            "should run), or schedule it yourself."
        )
    if category in _TIMED:
        # "every saturday at 1am", "at night", "at midnight": a backup's schedule, no condition.
        # (An autoscaler said to start then is asked after the plan: preconds._STARTING.)
        unquoted = _SCHEDULE_TIME.sub(lambda m: " " * len(m.group(0)), unquoted)
    # "remove the my-api Service but keep the deployment: nothing should reach my-api until the
    # security review is done": how long the state the change makes should last, said in a
    # clause of its own — no time the change waits for.
    unquoted = _GOAL_UNTIL.sub(_goal_kept, unquoted)
    unquoted = _RISK.sub(lambda m: " " * len(m.group(0)), unquoted)
    if m := _CONDITION.search(unquoted):
        # In every category: "scale cart to 3 unless it has an HPA" is not an autoscaler.
        # (Where a reading blanked words unevenly, the words are quoted from what was read.)
        read = lowered if lowered[m.start() : m.end()] == m.group(0) else unquoted
        raise Clarify(
            f"I did not understand {_around(read, m)!r} (a condition or a time) well enough "
            f"to plan this {category} change around it: one that negates ('unless …'), holds a "
            "number, names another workload or comes with a deletion is not planned. Say the "
            "change alone (a person approves it when it should run), or schedule it yourself."
        )


# "an autoscaler that keeps cpu around 65%": a utilisation target is what the metric hovers
# around by definition — the hedge says what a target is, the value is exact.
_BAND_BEFORE = re.compile(
    r"\b(?:cpu|memory|mem|ram|utili[sz]ation|usage|load|target(?:ing|ed)?)\s+"
    r"(?:(?:at|of|near|is|to)\s+)?$"
)
_BAND_AFTER = re.compile(r"\s*\d{1,3}\s*(?:%|percent\b)")


def _target_band(category: str, text: str, hedge: re.Match[str]) -> bool:
    """Whether ``hedge`` is an autoscaler's utilisation target said as a band ("keeps cpu
    around 65%"): the percentage after it is the target."""
    return (
        category == "autoscale"
        and hedge.group(0) in ("around", "about", "roughly", "approximately", "approx")
        and bool(_BAND_BEFORE.search(text[: hedge.start()]))
        and bool(_BAND_AFTER.match(text[hedge.end() :]))
    )


def _context(m: re.Match[str]) -> str:
    """A time said as context ("double traffic tonight, so …") is blanked; one that opens the
    request ("this evening, take worker up to 3") says when to run it, and is kept (waits)."""
    return m.group(0) if not rx(r"[a-z0-9]").search(m.string[: m.start()]) else " "


def _observed(text: str, hedge: re.Match[str]) -> bool:
    """Whether ``hedge`` qualifies a value seen now (see :data:`_OBSERVED`), beside an exact
    value said elsewhere for the change."""
    if hedge.group(0) in ("or", "or so", "maybe", "perhaps", "probably"):
        return False
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, hedge.start())), default=0)
    end = next((m.start() for m in _CLAUSE_MARK.finditer(text, hedge.end())), len(text))
    clause, rest = text[start:end], text[:start] + text[end:]
    value = rx(r"\s*(\d[\w.%]*)").match(text[hedge.end() :])
    return (
        value is not None
        and bool(_OBSERVED.search(text[start : hedge.start()]))
        and not rx(rf"\b(?:{_VERBS})\b").search(clause)
        and not _HEDGE.search(rest)
        # The value seen is the one asked, said again exactly: "… to 300m".
        and bool(rx(rf"(?<![\w.]){re.escape(value.group(1))}(?!\w|\.\d)").search(rest))
    )


def times_read(category: str, raw: str) -> str | None:
    """The time said as context that :func:`check` read rather than asked about ("tonight",
    "after the secret rotation"): the plan must say it does not wait for it."""
    lowered = t.quotes_blanked(raw.replace("\u2019", "'").lower())
    failure = _FAILS if category == "ha" else None
    for pattern in (_CONTEXT_TIME, _CAPABILITY_TIME.get(category), failure):
        if pattern is not None and (m := pattern.search(lowered)):
            # ("has to be restarted following the token rotation": the time from its word.)
            said = m.group(0)
            if pattern is _CAPABILITY_TIME.get("restart") and (w := _AFTER_WORD.search(said)):
                said = said[w.start() :]
            return said.strip()
    return occasions.said(category, lowered)


def syntax(raw: str) -> None:
    """Ask about shell metacharacters and unbalanced quotes (before anything else is read)."""
    if found := sorted(set(_META.findall(raw))):
        raise Clarify(
            f"{_quote(raw)} contains {' '.join(repr(c) for c in found)}: shell syntax is never "
            "run or passed on, and a value with it is not what a Kubernetes field takes. Say "
            "the change without it (an image as registry/name:tag, a value in quotes)."
        )
    text = raw.replace("\u2019", "'")
    if _unbalanced(text):
        raise Clarify(
            f"{_quote(raw)} has an unclosed quote: which value did you mean, exactly? Put it "
            "in matching quotes, e.g. KEY='a value'."
        )


def without_conditions(text: str, *, metric: bool = False) -> str:
    """The text with its conditional clauses cut out: a category is never chosen from a word
    inside a condition ("… unless it has an HPA" is not an autoscaling request). A rule said
    with "before" / "until" ("never take a pod away before its replacement is ready") stays.
    With ``metric`` the metric an autoscaler scales on stays too ("… up to 15 when cpu is
    high" is an autoscaler); a clause of a compound request is read without it."""
    # "OOMKilled 40 times since monday": how often, told — no scale cue (:mod:`.numbers`).
    text = numbers.blank_factors_told(text)
    # "after yesterday's incident payments gets an hpa", "about to upgrade postgres, take a
    # backup first": an occasion that is no time to wait for (occasions.PURPOSE) is blanked,
    # never cut with the request it leads into nor read as a request of its own.
    for m in occasions.PURPOSE.finditer(text.lower()):
        if _DISRUPTION.search(m.group(0)):
            # "zero downtime for payments during node maintenance": the disruption a budget or
            # a spread is for is what the request is about, never blanked from it.
            continue
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    # "…, please revert back once done": something else, later — never the request's category.
    lowered = occasions.LATER_UNDO.sub(lambda m: " " * len(m.group(0)), text.lower())
    if not _CONDITION.search(lowered):
        return text if lowered == text.lower() else _recased(text, lowered)
    rules: list[str] = []

    def hide(m: re.Match[str]) -> str:
        rules.append(m.group(0))
        return f"\x00{len(rules) - 1}\x00"

    # "after the node pool upgrade recycle frontend": a leading event, cut alone (waits).
    if lead := waits.leading(lowered):
        lowered = lowered[: lead[0]] + " " * (lead[1] - lead[0]) + lowered[lead[1] :]
    # "… if we lose a zone", "… when nodes get drained": what HA or a budget is for.
    kept = occasions.PURPOSE_OF_CAPABILITY.sub(hide, _RULE.sub(hide, lowered))
    # "… up to 15 when cpu is high": the metric an autoscaler scales on says its category.
    kept = _METRIC_CONDITION.sub(hide, kept) if metric else kept
    cut = _CONDITION_CLAUSE.sub(" ", kept)
    return _recased(text, rx("\x00(\\d+)\x00").sub(lambda m: rules[int(m.group(1))], cut))


_WORD = re.compile(r"[^\W_]\w*")


def _recased(said: str, cut: str) -> str:
    """``cut`` (``said`` lowered, with clauses cut out) with each word as ``said`` cased it.
    Round 29 (attack 33): "worker: POOL_SIZE=5 tonight" was read as "worker: pool_size=5",
    and a variable in capitals is what makes a value a setting's (config), not the replica
    count (scale). The words left are in the order said, so each takes the case of the next
    word said that lowers to it."""
    if not any(c.isupper() for c in said):
        return cut
    words = [(m.group(0).lower(), m.group(0)) for m in _WORD.finditer(said)]
    at = 0
    out: list[str] = []
    last = 0
    for m in _WORD.finditer(cut):
        word = m.group(0)
        for i in range(at, len(words)):
            if words[i][0] == word:
                out.append(cut[last : m.start()])
                out.append(words[i][1])
                last, at = m.end(), i + 1
                break
    out.append(cut[last:])
    return "".join(out)


def clauses(text: str) -> list[str]:
    """The clauses of a request (split on ",", "and", "then", "also", "plus"), quotes blanked."""
    return [c for c in _CLAUSE.split(t.quotes_blanked(text)) if c.strip()]


_NAMESPACE = (
    re.compile(r"(?<!\S)(?:-n|--namespace)(?:=|\s+)([a-z0-9][-a-z0-9]*)"),
    # ("project" is OpenShift's word for a namespace: "in project prod".)
    re.compile(
        # (Round 30, gap33a: "back up namespace billing" names it as the object backed up.)
        r"\b(?:in|from|on|of|up)\s+(?:the\s+)?(?:namespace|ns|project)\s*[:=]?\s*"
        r"([a-z0-9][-a-z0-9]*)"
    ),
    # (Round 33, blind36 on the control plane: "velero schedule for namespace shop", "…, ns
    # shop • daily 02:00" backed up the session's namespace instead; never "… for the
    # namespace: one velero backup now", a clause after the colon.)
    re.compile(
        r"(?:\bfor\s+(?:the\s+)?|(?<=[,;\u2022])\s*)(?:namespace|ns|project)\s+([a-z0-9][-a-z0-9]*)"
    ),
    # (Round 35, blind38 on the control plane: "Velero Schedule, shop namespace, daily at
    # 04:00", "Velero schedule ya shop namespace …" backed up the session's namespace instead:
    # the namespace's name before its noun, opening a clause or after Swahili "ya", of.)
    re.compile(
        r"(?:(?<=[,;\u2022])\s*|\bya\s+)(?!(?:full|complete|total|own|session|target|other|new|"
        r"old|given|single|one|every|each|a|an|the|this|that|whole|entire|same|current)\b)"
        r"([a-z0-9][-a-z0-9]*)\s+(?:namespace|ns)\b(?!\s*[:=])"
    ),
    # (Round 36, blind39 on the control plane: "Velero backup shop namespace now, keep 72h"
    # backed up the session's namespace instead: the namespace's name before its noun, right
    # after the backup said.)
    re.compile(
        r"\b(?:backup|backups|back\s+up|snapshot|schedule)\s+(?!(?:full|complete|total|own|"
        r"session|target|other|new|old|given|single|one|every|each|a|an|the|this|that|whole|"
        r"entire|same|current|of|for)\b)([a-z0-9][-a-z0-9]*)\s+(?:namespace|ns)\b(?!\s*[:=])"
    ),
    # "lock down the namespace: deny all egress" is a clause after a colon, not a name.
    re.compile(r"(?<!the )\bnamespace\s*[:=]\s*([a-z0-9][-a-z0-9]*)"),
    re.compile(r"\b(?:in|from|on|of)\s+(?:the\s+)?([a-z0-9][-a-z0-9]*)\s+(?:namespace|ns)\b"),
    # "restart the payments namespace": a namespace said as the object, never the workload
    # of that name in the session's namespace.
    re.compile(
        r"\b(?:the|whole|entire|full|complete)\s+([a-z0-9][-a-z0-9]*)\s+(?:namespace|ns)\b(?!\s*[:=])"
    ),
    # "scale payments to 4 in staging and in prod": an environment said by its usual name is a
    # namespace (or a cluster) other than the session's unless the session's has that name.
    re.compile(
        r"\b(?:in|on|to|for)\s+(?:(?:the|both|either)\s+){0,2}(staging|stage|prod|production|preprod|pre-prod|"
        r"dev|development|qa|uat|sandbox)\b(?![-\w]|\s+(?:mode|config|image|tag|build)\b)"
    ),
    # "in both namespaces, staging and production", "across envs: dev, qa": listed after the
    # word for them.
    re.compile(
        r"\b(?:namespaces|environments|envs|clusters)\b\s*[,:(\u2014-]?\s*(?:both\s+|either\s+|"
        r"i\.e\.\s+|namely\s+)?(?:the\s+)?(staging|stage|prod|production|preprod|pre-prod|dev|"
        r"development|qa|uat|sandbox)\b"
    ),
)


# Only words that cannot be a namespace's name there ("monitoring" can: it is never skipped).
_NOT_A_NAMESPACE = frozenset(
    """but and or then so same current whole entire except unless if when while this that the
    my our your its their a an should must will would shall can could may might is are was
    were be been has have had needs need gets get every each daily nightly weekly now today
    tonight right once at by with for to on in from into using via after before until during
    around first too also again asap any all restarts restarted crashes crashed crashloops alert
    alerts gets goes keeps"""
    # Round 30 (gap33a): a preposition after "namespace" opens what is said of it ("a Velero
    # Backup of the namespace prior to the postgres upgrade"), never its name.
    """ prior ahead following without within except excluding including plus as of about over
    under against along ahead behind between through throughout since upon per beforehand
    first"""
    # Round 40 (gap43b, blind42): how much of the namespace ("velero backup of full namespace
    # now"): the session's whole namespace, never one named "full".
    """ full complete total""".split()
)


# "delete worker in kube-system", "scale default/my-api to 4": a bare word that is the name of a
# namespace the cluster has, said where a namespace goes (after "in", or before "/name").
_NAMED_NAMESPACE = (
    re.compile(
        r"\b(?:in|from|inside|within|under|across)\s+(?:the\s+)?([a-z0-9][-a-z0-9]*)\b"
        r"(?![-/.]\w|\s+(?:mode|settings?|values?|config|profile|policy|limits?)\b)"
        # Round 40 (gap43b, blind42): a word said before a plural noun describes it ("the
        # orders come in big sacks now", "… in small batches"), never a namespace's name —
        # unless the noun is a Kubernetes object's ("in kube-system pods").
        r"(?!\s+(?!(?:pods|deployments|deploys|services|svcs|nodes|clusters|jobs|cronjobs|"
        r"namespaces|workloads|replicas|containers|statefulsets|daemonsets|configmaps|secrets|"
        r"apps|objects|resources)\b)[a-z]{2,}s\b)"
    ),
    re.compile(r"(?<![-\w./:@])([a-z0-9][-a-z0-9]*)/[a-z0-9]"),
)


# "scrape payments in prometheus": a tool said by name, even where a namespace has its name.
_TOOLS = frozenset("prometheus monitoring velero keda grafana metrics-server".split())


def other_namespace(
    text: str, namespace: str, exists: Callable[[str], bool] | None = None
) -> str | None:
    """A namespace the sentence names that is not the session's (``-n prod``, "in namespace
    prod", "in the prod namespace", "in kube-system" or "default/my-api" when the cluster has
    that namespace): acting in the session's namespace instead would be silent."""
    lowered = t.quotes_blanked(text.lower())
    if exists is not None:
        for pattern in _NAMED_NAMESPACE:
            for m in pattern.finditer(lowered):
                word = m.group(1)
                if domain.observed_in(lowered, m):
                    continue  # "(3x throughput in staging)": where a result was seen
                if word != namespace and word not in _NOT_A_NAMESPACE | _TOOLS and exists(word):
                    return word
    for pattern in _NAMESPACE:
        for m in pattern.finditer(lowered):
            word = m.group(1)
            # "remove cart from the namespace but keep …": a plain word, not a namespace name.
            # "… of the namespace 11pm": a time said after the word, not a namespace's name.
            if (
                word != namespace
                and not domain.observed_in(lowered, m)
                and word not in _NOT_A_NAMESPACE
                and not rx(r"\d{1,2}(?:am|pm)?").fullmatch(word)
            ):
                return word
    return None


def _negations(
    category: str,
    lowered: str,
    unread: list[str] | None = None,
    names: Callable[[], frozenset[str]] | None = None,
) -> None:
    understood = _UNDERSTOOD.get(category)
    unquoted = t.quotes_blanked(lowered)
    read = [u.span() for u in STATE.finditer(unquoted)]
    if understood:
        read += [u.span() for u in understood.finditer(unquoted)]
    if category == "autoscale" and _AUTOSCALING_SAID.search(unquoted):
        # "autoscale worker, no keda": which autoscaler, read by the rule. Said alone ("no keda
        # for worker") it asks nothing to autoscale: read against the plan (:mod:`.negated`).
        refused = list(_NO_KEDA.finditer(unquoted))
        # Round 40 (attack46): "no keda: autoscale checkout with keda 2 to 6" refuses the
        # autoscaler it asks for: which one is meant is asked, never picked.
        if refused and any(
            not any(r.start() <= k.start() < r.end() for r in refused)
            for k in _KEDA_SAID.finditer(unquoted)
        ):
            raise Clarify(
                f"You said {refused[0].group(0)!r} and asked for KEDA too. Which autoscaler "
                "should it be: a HorizontalPodAutoscaler, or a KEDA ScaledObject?"
            )
        read += [u.span() for u in refused]
    if category == "backup":
        # "leave secrets out", "without the pvcs": a Velero resource filter the rule reads.
        read += kindfilter.spans(unquoted)
        read += schedules.rejected_spans(unquoted)  # "weekly, not a daily one"
    if unread is not None and category in _ADDING:
        # Round 25 (negate): "postgres backups aren't needed", "postgres never needs backups":
        # what is not needed is never what a plan adds — the clause, with its subject, is read
        # against the finished plan (:mod:`.negated`), which asks when the plan makes it.
        unread += [_with_subject(unquoted, u.start()) for u in _NOT_NEEDED.finditer(unquoted)]
    if category not in _OWN_SELECTORS:
        # "every deployment not labelled tier=backend": the complement, read by compound.labelled.
        read += [u.span() for u in t.NOT_LABELLED.finditer(unquoted)]
    for m in _NEGATION.finditer(unquoted):
        # "should not be a single point of failure": the negation's modal is part of it.
        if any(a < m.end() and m.start() < b for a, b in read):
            continue
        if not _SELECTING.fullmatch(m.group(0)) and statements.negation_states(unquoted, m.start()):
            # "redis runs without limits", "prometheus has nothing from it": how things are.
            continue
        lead = statements.purpose_lead(unquoted, m.start())
        if unread is not None and (not _SELECTING.fullmatch(m.group(0)) or lead is not None):
            # "… so a drain never takes it to zero", "… to avoid an outage": a purpose is read
            # with its lead, which the finished plan must keep (:func:`.negated.conflict`).
            clause = negated_clause(unquoted, m.start())
            if lead is not None and (at := unquoted.find(clause, lead)) >= 0:
                clause = unquoted[lead : at + len(clause)]
            unread.append(clause)
            continue
        if (
            unread is not None
            and names is not None
            and (
                bare := negated.SKIP_BARE.fullmatch(
                    (skipped := negated_clause(unquoted, m.start())).strip()
                )
            )
            and bare["name"] not in names()
        ):
            # Round 44 (m44a): "skip the envoy; in orders set the app container's memory request
            # to 384Mi": no workload's name, read against the plan (:func:`.negated.read`), which
            # asks it unless it is a container the patch leaves alone.
            unread.append(skipped)
            continue
        raise Clarify(
            f"I read a negation, {_around(unquoted, m)!r}, and do not act on what I would "
            "have to leave out. Say only what should change (one change per request), e.g. "
            "'scale frontend to 3'."
        )


# Round 25 (negate): categories whose plans add an object, and a lack of need said of it.
_ADDING = frozenset({"backup", "monitoring", "autoscale"})
_NOT_NEEDED = re.compile(
    r"\b(?:(?:is|are|was|were)\s+not|isn'?t|aren'?t|wasn'?t|weren'?t|no\s+longer)\s+(?:really\s+)?"
    r"(?:needed|required|necessary|wanted)\b|\bnever\s+needs?\b|"
    r"\b(?:(?:does|do)\s+not|doesn'?t|don'?t)\s+(?:really\s+)?need\b(?!\s+to\b)"
)
_CLAUSE_START = re.compile(r"[,;:!?()\n\u2014\u2013]|\.(?:\s|$)")


def _with_subject(text: str, start: int) -> str:
    """The clause of the negation at ``start`` from its beginning: "postgres backups aren't
    needed" (never the negation alone, which names no object)."""
    opened = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    end = _CLAUSE_END.search(text, start + 1)
    return text[opened : end.start() if end else len(text)].strip(" ,.")


# Round 25 (negate): "no keda" is which autoscaler only beside a word that asks for autoscaling.
_NO_KEDA = re.compile(r"\b(?:no|without)\s+keda\b")
# KEDA said by name or by its object.
_KEDA_SAID = re.compile(r"\bkeda\b|\bscaled\s?objects?\b")
_AUTOSCALING_SAID = re.compile(
    r"\b(?:autoscal\w*|auto-scal\w*|hpas?|horizontal\s*pod\s*autoscaler|scale\s+(?:on|by|with|"
    r"between|from|up\s+to|automatically))\b"
)


# Categories whose builders read a label selector of their own (a Velero backup's, a policy's
# pods, a delete's set): a selector said negated stays a negation there, asked when it matters.
_OWN_SELECTORS = frozenset({"backup", "security", "netpol", "delete"})
# "except", "other than", "skip" select from a set: never read as context (asked here at once).
_SELECTING = re.compile(
    r"except|excluding|exclude|avoid|skip|instead of|other than|apart from|neither|nor"
)
# A negated clause ends at a punctuation mark, a dash or "but" ("… nobody uses it anymore",
# "never below 2", "not the redis"); never at "and", which may join what it governs.
# ("celery doesn't serve http so make it a tcp check": "so" opens what follows from it.)
_CLAUSE_END = re.compile(
    r"\s*(?:[,;:!?()\u2014\u2013]|\.(?:\s|$)|\s-\s|\bbut\b|\bso\b(?!\s+(?:much|many|far|long|"
    r"that|as)\b))"
)


def negated_clause(text: str, start: int) -> str:
    """The words from the negation at ``start`` to the end of its clause, and the word before
    it in the same clause when the negation is its object: "restart nothing" forbids a
    restart, "change nothing else" says what "else" is about."""
    end = _CLAUSE_END.search(text, start + 1)
    # Only an object is governed by the verb before it ("are not collected" is the subject's).
    object_ = rx(r"(?:nothing|none|no)\b").match(text[start:])
    if object_ and (before := rx(r"([a-z][a-z'\-]*)\s+$").search(text[:start])):
        start = before.start(1)
    return text[start : end.start() if end else len(text)].strip(" ,.")


def _value_spans(category: str, text: str) -> list[tuple[int, int]]:
    """Where a config request's explicit values are: after "to" in "set KEY to value" or
    "set KEY in web-config to value", or after "=" in KEY=value, whose key is named in
    capitals. A destructive word joined into a value there is that value ("remove-legacy",
    "delete-oldest"), planned as said on a new key as on an existing one. The attack
    "set cart cache mode to delete-on-expiry" names no key, so it is never skipped."""
    if category not in ("config", "env"):
        return []
    # A value that is only the word ("MODE=delete", ON_EXPIRY='remove') is never skipped.
    spans = [
        m.span(2) for m in t.given(text) if not _DESTRUCTIVE_WORD.search(m.group(2).strip("'\""))
    ]
    # The key given a value is its name: "DROP_TABLES=false", "KILL_SWITCH to off",
    # "DELETE_AFTER_DAYS to 7" set a variable, whatever words its name joins.
    return spans + [m.span(1) for m in t.given(text)]


def destructive_inside(text: str) -> None:
    """Ask about a destructive word joined into a value or a name ("delete-on-expiry"), when
    nothing else of the request could be read: that word is what was not understood."""
    standalone = {m.start() for m in _DESTRUCTIVE_WORD.finditer(text)}
    for m in _DESTRUCTIVE_ANY.finditer(text):
        if m.start() not in standalone:
            raise Clarify(
                f"{_token(text, m)!r} contains {m.group(0)!r} inside a value or a name. I do "
                "not delete anything on such a word, and will not guess whether it is a value: "
                "say which field or key to set (e.g. KEY='delete-on-expiry' on …), or ask for "
                "the deletion on its own."
            )


def destructive_in(value: str) -> bool:
    """Whether ``value`` holds a word that deletes ("purge_after_7d", "remove-legacy")."""
    return bool(_DESTRUCTIVE_ANY.search(value))


# "the budget on orders blocks every drain, just remove it": a budget or autoscaler named as
# the subject, then removed as "it" — one object of that kind, never the workload it is about.
_SUBJECT_REMOVED = re.compile(
    r"^\W*(?:the|its|their|this|that)\s+(?P<kind>(?:pod\s*)?disruption budget|budget|pdb|"
    r"poddisruptionbudget|hpa|autoscaler|horizontalpodautoscaler)"
    r"(?:\s+(?:of|on|for|in)\s+(?P<name>[a-z0-9][\w\-]*))?\b(?P<why>[^;:]*?)[,.]\s*"
    r"(?:(?:so|just|please|pls|simply|then|and)\s+)*(?:remove|delete|drop)\s+it\W*$",
    re.I,
)


def removed_subject(text: str) -> str:
    """ "the budget on orders blocks every drain, just remove it" → "delete the budget of
    orders": what "it" is, said as the delete it asks. The clause between says why, never a
    second change (a clause with an action verb is left as it is, and asked about)."""
    m = _SUBJECT_REMOVED.match(text)
    if not m or rx(rf"\b(?:{_VERBS})\b", re.I).search(m.group("why")):
        return text
    name = f" of {m.group('name')}" if m.group("name") else ""
    return f"delete the {m.group('kind').lower()}{name}"


# "drop the cpu limit, keep the memory limit": one request or limit removed (sizing.py).
LIMIT_REMOVED = re.compile(
    r"\b(?:remove|drop|delete|unset|clear|get rid of|take\s+off|take\s+away|strip|lift|ditch|"
    r"scrap|do\s+away\s+with|eliminate)\s+(?:the\s+|its\s+)?"
    r"(?:cpu|memory|mem|ram)\s+(?:requests?|limits?)\b|"
    # "take the cpu limit off the orders app container".
    r"\btake\s+(?:the\s+|its\s+)?(?:cpu|memory|mem|ram)\s+(?:requests?|limits?)\s+off\b",
    re.I,
)


# "never drop below 3", "drop to zero when idle": "drop" with no object removes nothing.
_DROP_BELOW = re.compile(
    r"\bdrop\s+(?=(?:(?:it|them)\s+)?(?:below|under|beneath|lower\s+than|(?:down\s+)?to\s+"
    r"(?:zero|one|two|three|four|five|a\s+single|\d+))\b|"
    # "drop the orders budget to minAvailable 1": a budget lowered to an amount of its field.
    # ("… needs 2 out of 2 pods. drop it to maxUnavailable 1": "it" said of the budget.)
    r"(?:(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+)?(?:budget|pdb|disruption\s+budget)|it|them)\s+"
    r"(?:down\s+|back\s+)?to\s+(?:min|max)\w*\s*[:=]?\s*\d)",
    re.I,
)


# (A sentence's full stop ends a statement as a comma does: "The client no longer calls the
# frontend Service directly. Remove the Service only and keep the Deployment.")
_BEFORE_DELETE = re.compile(r"^(.*)(?:[,;:]|(?<=[a-z)])\.)\s")
_CLAUSE_CUT = re.compile(r"(?:[,;:]|(?<=[a-z)])\.)\s")
# "restart the cache proxy to drop the in-memory segment cache", "bounce api so it clears its
# connection pool": what a restart throws away is what the pods hold in memory. A destructive
# verb in the purpose of a restart ("to" / "so it" / "and"), with such state as its object (up
# to four words before the noun), says why to restart, never a deletion. Any other object
# ("to drop the orders table", "and delete the pvc") is still asked.
_RESTART_PURPOSE = re.compile(
    r"\b(?:(?:in\s+order\s+)?to|so\s+(?:that\s+)?(?:it|they|we)(?:\s+can)?|and)\s+"
    # (Round 19: "to get rid of the idle connections", "to clean up the stale sockets".)
    r"(?:drop|clear|flush|purge|wipe|reset|discard|lose|free|release|kill|empty|dump|close|shed|"
    r"get\s+rid\s+of|clean\s+up|clear\s+out)s?\s+"
    r"(?:(?:the|its|their|any|all|that|those|stale|old)\s+)*(?:[\w\-]+\s+){0,4}?"
    r"(?:cache[sd]?|caching|connections?|conn(?:ection)?\s+pools?|sockets?|memory|heap|"
    r"buffers?|(?:in-memory|local)\s+state|file\s+handles|"
    # "the in-memory rate limiter state": what is said to be in memory, whatever its noun
    # (never past a conjunction: "… in-memory index and delete the pvc" still asks).
    r"(?<=in-memory\s)[\w\-]+(?:\s+(?!(?:and|or|then|but|plus|also)\b)[\w\-]+){0,2})\b",
    re.I,
)


# Round 27: what may open a delete and carries no meaning — urgency, a yes or a go-ahead to the
# reader, our own @name (a ticket number or a list item's number is a label: tickets.py). Only
# these: a heading, a relayed name ("per bob:") or any other word before a delete is asked.
_TOPIC_LEAD = re.compile(
    r"^\s*(?:the\s+)?[a-z0-9][a-z0-9\-]*\s*(?:[:,]\s*|\s+(?=(?:please|pls|kindly)\b))", re.I
)
# (Round 41, gap44 — blind44: "on the altiplano site (frontend) remove the FEATURE_FLAG env",
# "for worker, drop env MAX_LIKES": the topic after "on" / "for" / "in", a comma or none.)
_BARE_TOPIC = re.compile(
    r"^\s*(?:(?:on|for|in)\s+)?(?:the\s+)?([a-z0-9][a-z0-9\-]*)\s*(?:,\s*)?\s$", re.I
)
_NO_MEANING_LEAD = re.compile(
    r"^\W*(?:(?:asap|urgent(?:ly)?|yes|yep|yeah|yup|confirmed|do\s+it|@dotop[\w\-]*)"
    r"(?:\s*[,:!.\u2014\u2013-]+)?\s+|"
    # Round 40 (oa46, attack45): a greeting with its mark, to the team or not ("Ni hao - delete
    # …", "Selamat pagi, team, delete …", "Ciao! delete …": :data:`.voices.GREETINGS`).
    r"(?:" + voices.alternation(voices.GREETINGS) + r")\s*[,:!.\u2014\u2013-]+\s*"
    r"(?:(?:team|all|folks|everyone|guys|y'?all)\s*[,:!.\u2014\u2013-]+\s*)?)+",
    re.I,
)


_HEADING_LEAD = re.compile(r"^\W*[a-z][\w+\-]*(?:\s+[a-z][\w+\-]*){0,2}\s*:\s+", re.I)


def _destructive(
    category: str,
    text: str,
    whole: str = "",
    names: Callable[[], frozenset[str]] | None = None,
) -> None:
    if category == "sizing":
        # Only that key goes: the rule removes it and keeps every other value.
        text = LIMIT_REMOVED.sub(lambda m: "x" * len(m.group(0)), text)
    if category == "restart":
        text = _RESTART_PURPOSE.sub(lambda m: "x" * len(m.group(0)), text)
    text = _DROP_BELOW.sub(lambda m: "x" * len(m.group(0)), text)
    values = _value_spans(category, text)
    words = [
        m
        for m in _DESTRUCTIVE_ANY.finditer(text)
        if not any(a <= m.start() < b for a, b in values)
        and not (
            category != "delete"
            and (
                _NEGATED_BEFORE.search(text[: m.start()]) or _NOUN_BEFORE.search(text[: m.start()])
            )
        )
    ]
    if not words:
        return
    standalone = {m.start() for m in _DESTRUCTIVE_WORD.finditer(text)}
    for m in words:
        if m.start() not in standalone:
            raise Clarify(
                f"{_token(text, m)!r} contains {m.group(0)!r} inside a value or a name. I do "
                "not delete anything on such a word, and will not guess whether it is a value: "
                "say which field or key to set (e.g. KEY='delete-on-expiry' on …), or ask for "
                "the deletion on its own."
            )
    first = min(standalone)
    before = text[:first]
    # ("the dashboard moved to grafana: delete frontend": a statement before a colon too.)
    if (clause := _BEFORE_DELETE.search(before)) and all(
        asides.statement(c) for c in _CLAUSE_CUT.split(clause.group(1))
    ):
        # "beta is over, drop FEATURE_FLAG from frontend": the statements before say why.
        # (A heading before a delete — "Handover:", "week 2 assignment:", "Withdrawn:" — is
        # never read as context: the words a heading can be are open-ended, and many of them
        # take the delete back. Such a delete is asked.)
        before = before[clause.end() :]
    elif category == "delete" and clause and whole and _stated_as_typed(whole):
        # Round 35 (gap38c, blind38): "The massage orders (orders) we don't use anymore, remove
        # it together with …": the statement said first is read whole in the words as typed
        # (a reader before this one takes "don't use anymore" out of ``text``).
        before = before[clause.end() :]
    if category != "delete" and (when := _WHEN_FIRST.match(before)):
        # "after brew day wraps at 17:00 drop worker to 0": the time said first is when the
        # change runs (waits.py takes it), no words of the change.
        before = before[when.end() :]
    # Round 27: "asap delete worker", "yes, delete worker", "@dotop delete worker": a prefix
    # known to carry no meaning (:data:`_NO_MEANING_LEAD`) is no lead word.
    before = _NO_MEANING_LEAD.sub("", before, count=1)
    if category == "scale" and ":" in before:
        # Round 33 (gap36a): "IC: drop orders down to 1 replica", "ACTION ops: drop worker to
        # 0": a heading before a count lowered is the scale's label (a status, an address or a
        # withdrawal in it is read before: roles, addressed, hazards). Still a scale only when
        # the count follows (``fits`` below).
        before = _HEADING_LEAD.sub("", before, count=1)
    if category in _REMOVES and category != "delete" and not _stated_first(whole):
        # Round 32 (gap35a): "frontend please remove env FEATURE_FLAG", "worker: drop the env
        # MAX_LIKES": the workload said first, as the topic, then the removal from it. (Round
        # 32, fix2: never what is left of a state said of it, "frontend is retired, remove its
        # FEATURE_FLAG" — a retired workload, the delete of it maybe meant: asked.)
        before = _TOPIC_LEAD.sub("", before, count=1)
        if (
            names is not None
            and (bare := _BARE_TOPIC.match(before))
            and bare.group(1).lower() in names()
        ):
            # Round 36 (gap39a, blind39): "customer portal (frontend) remove the FEATURE_FLAG
            # env var", "worker drop env MAX_LIKES": the topic said bare, with no comma — only
            # a workload of the namespace by its name ("later remove …" is still asked).
            before = before[bare.end() :]
    lead = rx(r"[a-z']+").findall(before.lower())
    leading = all(w in _LEAD_IN for w in lead)
    # Scaling down reads "remove 2 replicas"; config removes a variable or key; delete deletes.
    fits = (
        category in _REMOVES
        or (
            category == "scale"
            and (
                rx(r"\s+\S+\s+(?:replicas?|pods?|instances?)").match(text[words[0].end() :])
                # "drop it to 2", "drop frontend down to one": a count after "to" scales.
                or rx(_DROP_TO).match(text[words[0].end() :])
            )
        )
        # "… needs 2 out of 2 pods. drop it to maxUnavailable 1": a budget's field lowered.
        or (category == "pdb" and _DROP_TO_BUDGET.match(text, words[0].end()) is not None)
    )
    if not (leading and fits) or (len(words) > 1 and category != "delete"):
        m = words[0]
        raise Clarify(
            f"{_around(text.lower(), m)!r}: a destructive word that is not the one thing this "
            f"request asks ({category}). Ask for a deletion on its own ('delete worker'), "
            "or say the change without it."
        )


# A topic said first and then that it is out of use: "The massage orders (orders) we don't use
# anymore", "the cask orders we don't need any more" (never "… is not retired yet", "… we still
# use": those are asked).
_DISUSED = re.compile(
    r"^[\w\s'\-()]+?\s(?:we|i|they|you|nobody|no\s*one)\s+(?:(?:don'?t|do\s+not|no\s+longer|never)"
    r"\s+(?:use|need)|(?:uses?|needs?)\s+(?=any\s?more))(?:\s+(?:it|them))?"
    r"(?:\s+(?:any\s?more|now|these\s+days))?\s*$",
    re.I,
)


def _stated_as_typed(whole: str) -> bool:
    """Whether ``whole`` (as typed) says, before its first destructive word, a topic out of use
    (:data:`_DISUSED`) — a statement — and only words of a lead-in follow it (see
    :func:`_destructive`)."""
    if (word := _DESTRUCTIVE_WORD.search(whole)) is None:
        return False
    clause = _BEFORE_DELETE.search(whole[: word.start()])
    return (
        clause is not None
        and _DISUSED.match(clause.group(1)) is not None
        and all(asides.statement(c) for c in _CLAUSE_CUT.split(clause.group(1)))
        and all(
            w in _LEAD_IN
            for w in rx(r"[a-z']+").findall(whole[clause.end() : word.start()].lower())
        )
    )


def _stated_first(whole: str) -> bool:
    """Whether ``whole`` (as typed) says a state in the clause right before its first
    destructive word ("frontend is retired, remove its FEATURE_FLAG"): the words before the
    removal are then a statement, never a bare topic ("frontend, please remove env X")."""
    lowered = whole.lower()
    if (m := _DESTRUCTIVE_WORD.search(lowered)) is None:
        return False
    if (clause := _BEFORE_DELETE.search(lowered[: m.start()])) is None:
        return False
    return asides.statement(_CLAUSE_CUT.split(clause.group(1))[-1])


# A time said before the change, ending at a clock time or a day word (then a comma or not).
_WHEN_FIRST = re.compile(
    r"^\W*(?:after|once|when|as\s+soon\s+as|at)\s+[^,;.:!?\n]{0,60}?"
    r"(?:\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm)|tonight|tomorrow)\s*,?\s*(?:please\s+|pls\s+)?",
    re.I,
)
_DROP_TO = (
    r"\s+(?:[\w\-']+\s+){0,3}?(?:down\s+|back\s+)?to\s+(?:a\s+single|zero|one|two|three|four|five|"
    # "drop payments to a single replica for the experiment at 14:00": a count said with its
    # unit scales whatever follows (another destructive word there still asks).
    r"six|seven|eight|nine|ten|\d+)(?:\s+(?:replicas?|pods?|instances?)\b|\s*(?:$|[,.;!])|"
    # (round 18: "drop frontend to 1 after 22:00": the count, then when — timewords.WHEN_NEXT)
    rf"\s+(?={WHEN_NEXT}))"
)

DROP_TO: str = _DROP_TO  # "drop orders down to 1 replica": a count lowered (deletions reads it)

_DROP_TO_BUDGET = re.compile(
    r"\s+(?:[\w\-']+\s+){0,3}?(?:down\s+|back\s+)?to\s+(?:min\s*available|max\s*unavailable)"
    r"\s*(?:[:=]|of)?\s*\d+%?(?:\s+(?:replicas?|pods?))?\s*(?:$|[,.;!])",
    re.I,
)


_KIND_SLASH = re.compile(
    r"(?<![\w\-./])(?:deploy(?:ment)?s?|statefulsets?|sts|daemonsets?|ds|svc|services?|pdbs?|cm|"
    r"configmaps?|hpa|jobs?|cronjobs?|secrets?|pods?|po)/(?=[a-z0-9])"
)


def _compound(category: str, lowered: str) -> None:
    clauses = [c for c in _CLAUSE.split(t.quotes_blanked(lowered)) if c.strip()]
    actions: list[str] = []
    for clause in clauses:
        # ("…, deploy/orders stays": kubectl's kind before a name is no verb, round 29.)
        words = rx(r"[a-z']+").findall(_KIND_SLASH.sub("", clause) if "/" in clause else clause)
        article = False
        while words and words[0] in _LEAD_IN:
            article = words.pop(0) in _ARTICLES
        if article:
            continue  # "the patch 3.2 client needs …": a word of change after an article is a noun
        if words[:2] in (["scrape", "timeout"], ["scrape", "interval"]) or (
            category == "monitoring" and words[:2] in (["scrape", "every"], ["scrape", "at"])
        ):
            continue  # "…, scrape every 30s": a field of the monitor, not a second verb
        if words[1:2] in (["nothing"], ["none"], ["no"], ["not"]):
            continue  # "… and change nothing else": what not to do, read as a negation
        if category == "probes" and probes.IN_WORDS.search(clause):
            continue  # "…, restart after 3 fails": what the probe's failure threshold does
        if category == "autoscale" and triggers.PARAMETER.match(clause):
            continue  # "…, scale down to 0 when idle": a bound of the one autoscaler
        if words[:1] == ["deploy"] and not rx(r"\bdeploy\b(?!/)").search(clause):
            continue  # (round 29, gap32b) "… and deploy/frontend": kubectl's KIND/NAME, no verb
        if words and rx(_VERBS).fullmatch(words[0]):
            if actions and category in _ONE_PATCH and _cued(clause) in (None, category):
                # "drop all capabilities and make the root filesystem read-only": two
                # settings the same rule reads together, into one patch.
                continue
            actions.append(" ".join(words[:4]))
    if len(actions) > 1:
        raise Clarify(
            f"That is {len(actions)} changes ({'; '.join(repr(a) for a in actions)}); the "
            "offline planner plans one per request and does not do half silently. Ask for "
            "them one at a time."
        )


# Categories whose rule reads every setting said of one workload into one patch (each one it
# cannot read is asked): several verbs for them are one change.
_ONE_PATCH = frozenset({"podsecurity", "resources"})


def _cued(clause: str) -> str | None:
    reading = understand.read(clause)
    cued = [name for name, _ in reading.ranked if name in reading.cued]
    return cued[0] if cued else None


# Words said with their start elided by an apostrophe: no quote opens there.
_ELIDED = re.compile(
    r"(?<![\w'])'(?:em|cause|cos|coz|cuz|til|till|bout|round|tis|twas|ere)\b(?!')", re.I
)


def _unbalanced(text: str) -> bool:
    # An apostrophe inside a word ("don't", "my-api's") is not a quote.
    singles = len(rx(r"(?<![a-z0-9])'|'(?![a-z0-9])", re.I).findall(text))
    if singles % 2 == 1:
        # "double payments' cpu request": a plural possessive, when it is the odd one out.
        singles -= len(rx(r"(?<=[a-z0-9]s)'(?=\s+[a-z])", re.I).findall(text))
    if singles % 2 == 1:
        # "spread 'em out", "'cause drains hang": a word's elided start, when it is the odd one.
        singles -= len(_ELIDED.findall(text))
    return text.count('"') % 2 == 1 or singles % 2 == 1


def _around(text: str, m: re.Match[str]) -> str:
    """The matched words with up to three words after them (what the negation governs)."""
    after = text[m.end() :].split()[:3]
    return " ".join([m.group(0), *after]).strip(" ,.")


def _token(text: str, m: re.Match[str]) -> str:
    start = text.rfind(" ", 0, m.start()) + 1
    end = text.find(" ", m.end())
    return text[start : end if end != -1 else len(text)].strip(",.")


def _quote(raw: str) -> str:
    return repr(raw if len(raw) <= 80 else raw[:77] + "…")
