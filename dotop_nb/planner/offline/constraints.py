"""What not to do, said beside what to do: read apart, then checked against the plan.

"scale shop to 3 and do not delete anything" asks for a scale with a prohibition; the old guard
asked about every negation, and before it a delete was planned. Here a prohibition that can be
read whole — a verb and what it governs ("do not delete anything", "don't restart the cart
deployment", "without touching cart-remover", "(not cart-remover)") — is taken out of the text
before the intent is read, and the finished plan must not break it: if it would, the planner
asks. A negation that cannot be read this way stays in the text, where the guard asks about it;
"don't scale cart" leaves nothing to do, and that is asked too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from dotop_nb.models import Operation
from dotop_nb.planner.offline import kindwords
from dotop_nb.planner.offline.followers import ADDRESS
from dotop_nb.planner.offline.rx import rx

_VERB_KINDS: dict[str, frozenset[str] | None] = {
    "delete": frozenset({"delete"}),
    "remove": frozenset({"delete"}),
    "restart": frozenset({"rollout_restart"}),
    "scale": frozenset({"scale"}),
    "touch": None,
    "change": None,
    "modify": None,
    "update": None,
}
_SPARES = {verb: frozenset({"rollout_restart"}) for verb in ("change", "modify", "update")}
_VERB = r"(?P<verb>delet|remov|restart|scal|touch|chang|modif|updat)(?:e|es|ed|ing|y|ies|ied|ying)?"
# The object runs to the end of its clause.
_END = r"(?=\s*(?:,|\.|;|!|\u2014|\u2013|\s-\s|\bjust\b|\bbut\b|\band\b|\bthen\b|$))"
# Round 35 (a40a): "…, don't touch frontend and worker": the last name of the clause after "and"
# is the object's too (it was left to the order: worker restarted); "and" before a verb or more
# words still ends it.
_END_LISTED = (
    r"(?=\s*(?:,|\.|;|!|\u2014|\u2013|\s-\s|\bjust\b|\bbut\b|\bthen\b|$)|\s*\band\b"
    r"(?!\s+(?:the\s+)?(?!(?:restart|scale|delete|remove|update|set|roll|bump|add|make|change|"
    r"patch|deploy|upgrade|drop|bounce|kill)\b)[a-z0-9][\w\-]*\s*(?:[,.;!]|$)))"
)
_PROHIBITION = re.compile(
    r"(?P<lead>(?:^|,|\u2014|\u2013|\s-\s|\band\b|\bbut\b|\bjust\b|\bplease\b|\s)\s*"
    r"(?:please\s+)?)"
    # Round 37 (gap40a, blind40): "…, no touch app image" (a learner's "don't touch").
    r"(?P<neg>do\s+not|don'?t|never|without|no(?=\s+touch\b))\s+"
    + _VERB
    + r"\s+(?P<obj>[^,.;!\u2014\u2013]*?)"
    + _END_LISTED,
    re.IGNORECASE,
)
# "…, not delete", "…, not a deletion", "— no scaling": a kind of change refused with no object,
# ending its clause after the order it stands beside (never "not a delete of orders-config",
# whose object is read by the rules that read objects).
_NOT_A_KIND_CUE = re.compile(
    r"\b(?:not|no|never)\s+(?:(?:a|an|any)\s+)?(?:delet|remov|scal|restart)", re.I
)
_NOT_A_KIND = re.compile(
    r"(?P<lead>,|;|\u2014|\u2013|\s-\s|\bbut\b)\s*(?:(?:and|but)\s+)?(?:not|no|never)\s+"
    r"(?:(?:a|an|any)\s+)?(?P<verb>delet|remov|scal|restart)(?:e|es|ion|ions|ing|s)?"
    r"(?=\s*(?:[.;!,)]|$))",
    re.I,
)
_BASE = {"delet": "delete", "remov": "remove", "scal": "scale", "restart": "restart"}
_HANDS_OFF = re.compile(
    r"(?<![\w-])(?:(?:keep|take)\s+(?:your|our|the|all)\s+)?hands\s+off(?:\s+of)?\s+(?=[a-z0-9])",
    re.I,
)
_ONLY_NOT = re.compile(r"(\bonly)\s+not\s+(?=[a-z0-9])", re.I)
_NOT_AND_NOT = re.compile(
    r"(\bnot\s+(?:the\s+)?[a-z0-9][\w\-]*[a-z0-9])\s+(?:and|or|nor)\s+not\s+(?=[a-z0-9])", re.I
)
_GO_VERBING = re.compile(
    r"(?:(?<=\bdon't )|(?<=\bdont )|(?<=\bnever )|(?<=\bdo not ))go\s+(?="
    + _VERB.replace("?P<verb>", "?:")
    + r"\b)",
    re.I,
)
_NO_RESTART_OF = re.compile(r"(?<![\w-])no\s+restarts?\s+(?:of|for|to|on)\s+(?=\w)", re.I)
# What may close a refusal said with its noun, meaning nothing more: a courtesy, what is wanted,
# or a tag of chat (round 36, gap39a: "no other restarts eh", "no delete anything na" — a
# clause's last word, never "and"): the words calling the reader are :data:`followers.ADDRESS`.
_TAIL_WORDS = "|".join(
    ("please", "pls", "plz", "kindly", "needed", "wanted", "required", "na", *sorted(ADDRESS))
)
# Round 35 (gap38b): "…. No other restarts.", "…, no restarts, I'll do them myself", "NB no
# deletes: it is a value": the noun alone closing its clause, read as "don't restart / delete
# anything (else)" is.
_NO_RESTARTS = re.compile(
    r"(?<![\w-])no\s+(?P<other>other\s+|more\s+|further\s+)?(?P<noun>restart|delet)(?:s|es|ions?)?"
    rf"(?:\s+(?:{_TAIL_WORDS}))?(?=\s*(?:[,.;:!]|$))",
    re.I,
)
# Round 41 (gap44, blind43/44): "rollout restart Kaspi payments (payments) pls, no delete of pods",
# "rolling restart of the invoice proxy (the cache Deployment), no deleting the pods", "…, no
# pods deleted": the noun (or "-ing") of a delete with what it names, closing its clause, read
# as "don't delete <it>" — a prohibition the finished plan is checked against like any other.
# (Only a delete of pods: "restart worker, no rollout" still names what the plan does, and "…, no
# delete of orders" an object, read by the rules that read objects: both asked.)
_NO_DELETE_OF = re.compile(
    r"(?<![\w-])no\s+(?:(?:delet|remov)(?:es|e|ions?|als?|ing)\s+(?:of\s+)?"
    r"(?P<obj>(?:(?:the|any|its|their)\s+)?pods?)|"
    r"(?P<pods>(?:(?:the|its|their)\s+)?pods?)\s+(?:deleted|removed)|"
    # Round 44 (m44b): "rollout restart the okada worker (worker) and the owambe API (my-api),
    # rolling only, no pod deletes": the delete said as a noun after what it names ("no pod
    # deletes", "no pod deletions", "no pod removals"), read as "don't delete pods".
    r"pods?\s+(?:delet(?:es|ions?)|remov(?:es|als?)))"
    # Round 42 (blind45): "…, no deleting pods by hand", "…, no pod deleted manually": the
    # manner of the delete that is not wanted, which a rollout restart never is.
    r"(?:\s+(?:by\s+hand|manually|directly|individually|one\s+by\s+one|with\s+kubectl))?"
    rf"(?:\s+(?:{_TAIL_WORDS}))?(?=\s*(?:[,.;:!]|$))",
    re.I,
)
# Round 37 (gap40a, blind40): "No other restarts than my-api", "no restarts other than my-api",
# "no restarts except for my-api": nothing but the one named may restart — with no restart
# asked anywhere else in the message, read as "don't restart anything else" (the plan restarts
# nothing; one that would restart any workload is asked).
_NO_RESTARTS_BUT = re.compile(
    r"(?<![\w-])no\s+(?:other\s+restarts?\s+(?:than|but|except(?:\s+for)?|besides)|"
    r"restarts?\s+(?:other\s+than|except(?:\s+for)?|but|apart\s+from|besides))\s+"
    r"(?:the\s+|of\s+(?:the\s+)?)?[a-z0-9][\w\-]*(?:\s+(?:deployment|one|pods?))?"
    rf"(?:\s+(?:{_TAIL_WORDS}))?(?=\s*(?:[,.;:!]|$))",
    re.I,
)
# Round 37 (gap40a, blind40): "…. my-api and frontend may restart, it is okay", "…, frontend
# can be restarted if needed": workloads allowed to restart, said in a clause of their own after
# the request — a permission, never an order (the last name read alone, "frontend may restart",
# was planned as its restart): taken out of the text, as a prohibition is, with nothing to check.
_ITEM = r"(?:the\s+)?[a-z0-9][\w\-]*"
_MAY_RESTART = re.compile(
    r"(?P<lead>(?:[,;]|[.!]\s)\s*)(?:(?:and|but|also)\s+)?"
    rf"{_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s+and\s+{_ITEM})?(?:\s+(?:pods|too|also))?"
    r"\s+(?:(?:may|can|might|could)\s+(?:also\s+)?(?:be\s+)?|(?:are|is)\s+(?:allowed|free|ok|"
    r"okay|fine)\s+to\s+(?:be\s+)?)(?:restart(?:ed)?|bounced?)"
    r"(?:\s+(?:if\s+needed|if\s+necessary|too|as\s+well|for\s+it|for\s+that))?"
    r"(?:\s*,?\s*(?:it\s+is|it'?s|that\s+is|that'?s)\s+(?:ok|okay|fine|no\s+problem)"
    r"(?:\s+(?:for\s+us|with\s+us|with\s+me))?)?(?=\s*(?:[.!;]|$))",
    re.I,
)
# Round 38 (gap41b, blind41): "…, ekkert mál if it restarts", "…, no problem if my-api
# restarts", "…, fine if the pods bounce": leave for the restart the change may bring, said in a
# clause of its own closing the message — a permission, never a condition to wait for nor an
# order (taken out, as :data:`_MAY_RESTART` is).
_FINE_IF_RESTARTS = re.compile(
    r"(?P<lead>[,;]|[.!]\s)\s*(?:(?:and|but|also)\s+)?(?:(?:it'?s|it\s+is|that'?s)\s+)?"
    r"(?:ok|okay|fine|no\s+problem|not\s+a\s+problem|no\s+worries|all\s+good|ekkert\s+m[aá]l)"
    r"\s+if\s+(?:it|they|the\s+pods?|its\s+pods|[a-z0-9][\w\-]*(?:\s+pods)?)\s+"
    r"(?:restarts?|bounces?|(?:gets?|is|are)\s+(?:restarted|bounced)|(?:has|have)\s+to\s+restart)"
    r"(?=\s*(?:[.!]|$))",
    re.I,
)
# Round 39 (oa44, attack44): the same leave for any disruption the change may bring, said in a
# clause of its own closing the message — "…, fine if it drops a few requests", "…, ok if it's
# briefly down", "…, don't mind a blip", "…, ok to lose a pod", "…, a blip is fine". A grant,
# never a condition: only a word of leave leads it ("restart it if it drops requests" has none and
# stays a condition), and what it allows is a loss of service, never a change to make.
_LOSS = (
    r"(?:a|an|one|some|the\s+odd|a\s+few|a\s+couple(?:\s+of)?|a\s+little|a\s+bit\s+of|any)?\s*"
    r"(?:(?:short|brief|small|little|tiny|quick|momentary|minor|bit\s+of)\s+)?"
    r"(?:blips?|hiccups?|glitch(?:es)?|downtime|outages?|disruptions?|interruptions?|"
    r"(?:dropped|failed|lost)\s+(?:requests|connections|calls)|errors|5xxs?|restarts?|"
    r"(?:requests|connections|calls|traffic))"
)
_DOWN_WHILE = (
    r"(?:(?:is|are|'s|'re|goes|go|gets|get|will\s+be|may\s+be|might\s+be)\s+)"
    r"(?:(?:briefly|shortly|momentarily|a\s+bit|a\s+little|temporarily)\s+)?"
    r"(?:down|offline|unavailable|unreachable|slow|degraded)(?:\s+briefly)?"
)
_GRANT = (
    r"(?:(?:it'?s|it\s+is|that'?s|that\s+is|we'?re|we\s+are|i'?m|i\s+am)\s+)?"
    r"(?:ok|okay|fine|alright|acceptable|no\s+problem|not\s+a\s+problem|no\s+worries|all\s+good|"
    r"no\s+big\s+deal)"
)
_FINE_IF_DISRUPTED = re.compile(
    r"(?P<lead>[,;]|[.!]\s|\s[-\u2013\u2014]\s)\s*(?:(?:and|but|also)\s+)?(?:"
    rf"{_GRANT}\s+if\s+(?:it|they|the\s+pods?|its\s+pods|we|users|clients|[a-z0-9][\w\-]*(?:\s+pods)?)(?:\s+|(?='))"
    rf"(?:(?:drops?|loses?|lose|sees?|see|gets?|get|has|have|throws?)\s+{_LOSS}|{_DOWN_WHILE}|"
    r"blips?|hiccups?|flaps?|glitch(?:es)?)|"
    rf"{_GRANT}\s+to\s+(?:drop|lose|have|see)\s+{_LOSS}|"
    rf"(?:(?:i|we)\s+)?(?:don'?t|do\s+not)\s+mind\s+{_LOSS}|"
    rf"{_LOSS}\s+(?:is|are)\s+(?:ok|okay|fine|acceptable|alright|no\s+problem|expected))"
    r"(?=\s*(?:[.!]|$))",
    re.I,
)
_RESTART_SAID = re.compile(
    r"\b(?:restart|reboot|bounce|recycle|redeploy|roll(?:ing)?\s*out|rollout|roll)\w*", re.I
)
# Round 36 (gap39a, blind39): a learner's word order for the same — "Nothing delete please",
# "no delete anything na", "delete nothing pls", "no remove anything": the verb refused with
# "no"/"nothing" and no object but "anything", closing its clause, read as "don't delete
# anything" ("delete nothing but the old PDB", "no delete of orders" are not it).
_NOTHING_VERBED = re.compile(
    r"(?<![\w-])(?:(?:nothing|no)\s+(?:to\s+)?(?P<verb>delet|remov|restart)(?:e|ing)?"
    r"(?:\s+(?:anything|any\s+thing|nothing))?|"
    # (Round 40, gap43b, blind42/43: "dont restart nothing", "Don't restart nothin'": the
    # double negative of speech, its "don't" read with it — never left alone before it.)
    r"(?:(?:don'?t|do\s+not|never)\s+)?(?P<verb2>delet|remov|restart)e?\s+nothing)"
    rf"(?:\s+(?:{_TAIL_WORDS}))*(?=\s*(?:[,.;:!]|$))",
    re.I,
)
# "the app container should not be touched", "orders must not be restarted": the same
# prohibition said in the passive, its object the subject. What it names must be a workload or
# a container the cluster has (checked when the plan is honoured), else it is asked.
_PASSIVE = re.compile(
    r"(?P<lead>(?:^|[,;]|\.\s|\u2014|\u2013|\s-\s|\band\b|\bbut\b)\s*)"
    # (Round 30, gap33a: never a modal for the object — "… is out of scope and must not be
    # modified" named "must" — and a workload may be said kind first, "the StatefulSet cache".)
    # (Round 31, gap34a: an object of another kind too, "the PodDisruptionBudget orders is out
    # of scope and must not be modified": that object, never the workload of its name.)
    r"(?P<obj>(?:(?:the|its|their)\s+)?(?:(?:deployment|statefulset|daemonset|deploy|sts|"
    r"poddisruptionbudget|pdb|configmap|service|svc|hpa|networkpolicy|netpol)\s+"
    r"(?=[a-z0-9][\w\-]*\s+(?:should|must|may|shall|will|can|is|are|mustn|shouldn|won|cannot)\b))?"
    # (Round 32, gap35a: one word may describe it before, "the queue-times redis", "the
    # locker redis": what it runs, read by the planner as the workload running it, or asked.)
    r"(?:(?<=the\s)(?!(?:must|should|may|shall|will|can|cannot|is|are|be|not)\b)"
    r"[a-z0-9][\w\-]*\s+(?=[a-z0-9][\w\-]*\s+(?:should|must|mustn|shouldn|no\s+need)\b))?"
    r"(?!(?:must|should|may|shall|will|can|cannot|is|are|be|not)\b)[a-z0-9][\w\-]*"
    # (Round 36, gap39a: or its image, "app image no change": the container's image.)
    r"(?:\s+(?:container|sidecar|proxy|deployment|statefulset|daemonset|app|one|image))?)\s+"
    # (Round 37, gap40a: "…, orders itself do not touch": the object stressed.)
    r"(?:(?:itself|themselves)\s+)?"
    # ("the StatefulSet cache is out of scope and must not be modified": the same subject.)
    r"(?:(?:is|are)\s+(?:out\s+of\s+scope|excluded|off[\s-]limits)\s+and\s+)?"
    r"(?:(?P<neg>(?:should|must|may|shall|will|can|is\s+to|are\s+to)\s+not|shouldn'?t|mustn'?t|"
    r"won'?t|can'?t|cannot|(?:is|are)\s+not\s+to|isn'?t\s+to|aren'?t\s+to|"
    # "envoy not to be touched", "envoy not change": the same, said in note form.
    # Round 32 (gap35a): "the locker redis no need change" (Indonesian "tidak perlu").
    # Round 36 (gap39a): "app image no change" (Thai-English "mai plian"), the same.
    r"not\s+to|not|no\s+need\s+(?:to\s+)?|no(?=\s+chang)|"
    # Round 37 (gap40a, blind40): "…, menu-photo proxy don't touch", "…, feed orders itself do
    # not touch": the object said first, then the imperative with a verb covering any change
    # (a note's word order; never a kind of change, "orders don't scale").
    r"(?:do\s+not|don'?t|dont)(?=\s+(?:touch|chang|modif)))\s*(?:be\s+|get\s+|"
    # "the application container must not change": the same, said with the verb intransitive
    # ("image proxy not touch": in note form, round 28).
    # Round 34 (gap37d): "orders must not restart (during bookings)": restart too.
    r"(?=chang(?:e|es)?\b|touch\b|restart\b))|"
    # "the app container isn't ours to touch": not the speaker's to change, so it stays.
    r"(?:(?:is|are)\s+not|isn'?t|aren'?t)\s+(?:ours|mine|yours|theirs|for\s+(?:us|me|you))\s+to\s+)"
    + _VERB
    + r"(?:\s+(?:at\s+all|either|in\s+any\s+way|whatsoever))?"
    # ("… must not be restarted during bookings": never, and so not then either.)
    + r"(?:\s+(?:during|while|in\s+(?:the\s+)?(?:middle|peak|day|daytime)\s+of)\s+"
    + r"(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    + r"(?:\s+(?:hours?|time|season|window|rush))?)?"
    + _END,
    re.IGNORECASE,
)
# "but not now" is a time (the guard asks about it), never an object left out.
_NOT_TIME = r"(?!(?:now|yet|today|tonight|tomorrow|right now|this\b|at\b|until\b|before\b)\b)"
# Words after "not" that name no object: a time, a quantity, an adverb ("not friday", "not
# all", "not again"), each still asked by the guard.
_NOT_NAME = (
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?|later|soon|"
    r"tonight|again|ever|all|both|any|anything|everything|yet|so|too|really|just|only|even|"
    r"that|this|those|these|it|them|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"more|less|fewer|much|many|enough|scal\w*|restart\w*|delet\w*|remov\w*|updat\w*|"
    r"roll\w*|chang\w*|touch\w*|down|up|pods?|containers?|sidecars?|proxy|replicas?|images?|"
    r"services?|svc|pdb|hpa|config\w*|env\w*|data|volumes?|traffic|ingress|egress|namespace|"
    r"cluster|nodes?|the|its|their|an?)\b)"
)
_EXCLUSION = re.compile(
    r"\(\s*(?:but\s+)?not\s+" + _NOT_TIME + r"(?P<obj>[a-z0-9][a-z0-9\-_. ]*?)\s*\)|"
    r",?\s*\bbut\s+not\s+" + _NOT_TIME + r"(?P<obj2>[a-z0-9][a-z0-9\-_.]*)" + _END + "|"
    # "restart every deployment labelled tier=backend except payments (and orders)": names
    # left out of a set the request selects ("except from …" is a network policy's source).
    r"\s*,?\s*\b(?:except(?:\s+for)?|excluding|but\s+not)\s+(?!from\b|for\b)"
    + _NOT_TIME
    + r"(?P<obj3>[a-z0-9][a-z0-9\-_.]*(?:\s*(?:,|and|or)\s*[a-z0-9][a-z0-9\-_.]*)*)"
    r"\s*(?=[.!]?\s*$)|"
    # "restart the cache deployment, not the redis", "bounce payments -- not orders": a name
    # said alone after the request, left out (never a time, a number or a quantifier).
    # Round 29 (gap32a): the kind said with it is kept with it ("…, not the cache deployment",
    # "…, not deploy/cache"): the workload of that kind only, never another of its name.
    r"(?:,|\s--?\s|\u2014|\u2013)\s*not\s+(?:the\s+|its\s+)?"
    + _NOT_TIME
    + _NOT_NAME
    # Round 31 (gap34b): or a nickname of two or three words ending in what it runs or is
    # ("…, not the poster image proxy", "…, NOT the wristband redis").
    + r"(?P<obj4>(?!(?:from|to|on|in|for|of|at|by|with|into|onto)\s)"
    r"(?:[a-z][a-z0-9\-]*\s+){1,2}(?:proxy|redis|db|database|api|worker|server|"
    r"gateway|queue|broker)|"
    r"(?:(?:deploy(?:ment)?|statefulset|sts|daemonset|ds)/)?[a-z][a-z0-9\-_.]*[a-z0-9])"
    r"(?P<kind4>\s+(?:deployment|statefulset|daemonset))?(?:\s+(?:one|"
    r"container|sidecar))?(?=\s*(?:[,;!]|\.?\s*$))",
    re.IGNORECASE,
)
# Round 32 (a36a, attack36 shape 2): the other words of "except" after a comma or in closing
# brackets — "…, sans worker", "…, save worker", "…, bar worker", "…, minus worker", "…, ex
# worker", "… (excl. worker)", "…, omit worker", "…, ignore worker", "…, spare worker", "…,
# leave out worker", "…, skip worker", "…, but worker" — are read as "except" (:data:`_EXCLUSION`).
_EXCEPT_WORDS = re.compile(
    r"(?:(?P<comma>,)|(?P<open>\())\s*(?:sans|save|bar|minus|ex\.?|excl\.?|excluding|"
    r"omit(?:ting)?|ignor(?:e|ing)|spar(?:e|ing)|leav(?:e|ing)\s+out|skip(?:ping)?|hands\s+off|"
    r"(?(comma)but|(?!)))\s+"
    + _NOT_TIME
    + _NOT_NAME
    + r"(?P<obj>(?!\d)[a-z0-9][\w\-.]*(?:\s*(?:,|\band\b|\bor\b|/)\s*(?!\d)[a-z0-9][\w\-.]*)*)"
    r"\s*(?(open)\))\s*(?=[.!]?\s*$)",
    re.IGNORECASE,
)
_EXCEPT_CUE = re.compile(
    r"\b(?:sans|save|bar|minus|ex|excl|excluding|omit|ignor|spar|leav|skip|but|hands)"
)
# "… and nothing else is to be restarted", "no other deployment may be touched": nothing but
# what the request names may see that kind of change.
_NOTHING_ELSE = re.compile(
    r"\s*(?:,|\band\b|\bbut\b|\s)\s*"
    r"(?P<neg>(?:nothing|no(?:thing)?\s+other\s+\w+|none of the others)"
    r"\s+(?:else\s+)?(?:is|are|may|must|should|shall|will|can)\s+(?:to\s+)?(?:not\s+)?be\s+"
    + _VERB
    + ")"
    + r"(?:\s+(?:either|too|as well))?"
    + _END,
    re.IGNORECASE,
)
# Round 31 (gap34b): "No other workload is in scope.", "nothing else is affected", "no other
# deployments are in scope of this change": nothing but what the request names may change (read
# as "nothing else may be touched" is).
_NONE_IN_SCOPE = re.compile(
    r"(?P<lead>(?:^|[,;]|\.\s|\u2014|\u2013|\s-\s|\band\b)\s*)"
    r"(?P<neg>(?:no\s+other\s+(?:workloads?|deployments?|statefulsets?|services?|objects?|"
    r"resources?|components?|apps?|applications?)|nothing\s+else)\s+(?:is|are)\s+"
    r"(?:(?:in|within)\s+(?:the\s+)?scope|affected|included|impacted)"
    r"(?:\s+(?:of|by|in)\s+(?:this|the)\s+(?:change|ticket|request|rfc|cr))?)" + _END,
    re.IGNORECASE,
)
# "the cache proxy deployment is not part of this change", "orders is out of scope": an
# exclusion said as a state — what it names is left out of the plan (its subject must name a
# workload or a container, checked as a passive prohibition's is).
_OUT_OF_SCOPE = re.compile(
    r"(?P<lead>(?:^|[,;]|\.\s|\u2014|\u2013|\s-\s|\band\b|\bbut\b)\s*)"
    r"(?P<obj>(?:(?:the|its|their)\s+)?[a-z0-9][\w\-']*(?:\s+[a-z0-9][\w\-]*){0,3}?)\s+"
    r"(?:(?:is|are)\s+not|isn'?t|aren'?t|(?:is|are)\s+(?=out\b))\s*"
    r"(?:part\s+of|in\s+(?:the\s+)?scope\s+(?:of|for)|included\s+in|involved\s+in|"
    r"affected\s+by|covered\s+by|(?:the\s+)?target\s+of|out\s+of\s+(?:the\s+)?scope\s+(?:of|for)|"
    r"out\s+of)\s+(?:(?:this|that)(?=\s*(?:[,;.!]|$))|(?:this|the|that|my|our)\s+[a-z][\w\-]*)"
    r"|(?P<lead2>(?:^|[,;]|\.\s|\u2014|\u2013|\s-\s|\band\b|\bbut\b)\s*)"
    r"(?P<obj2>(?:(?:the|its|their)\s+)?[a-z0-9][\w\-']*(?:\s+[a-z0-9][\w\-]*){0,3}?)\s+"
    r"(?:(?:is|are)\s+(?:out\s+of\s+scope|not\s+(?:in\s+scope|included|involved|affected))|"
    r"(?:isn'?t|aren'?t)\s+(?:in\s+scope|included|involved|affected))" + _END,
    re.IGNORECASE,
)
# Round 29 (U15): "restart payments and checkout is fine", "… and worker unchanged": another
# workload said, after "and"/"but", to be as it is — left out, as one said out of scope is (one
# name only; "everything else is fine" is no name; "…, prod is fine" is how things are).
_STATE_KEPT = re.compile(
    r"(?P<lead>(?:\band\b|\bbut\b)\s*)"
    r"(?P<obj>(?:the\s+)?(?!(?:everything|anything|all|rest|it|this|that|the\s+rest)\b)"
    # (Never a quantity: "leaving its requests of 250m and 512Mi unchanged", round 31.)
    r"(?!\d+(?:\.\d+)?(?:mi|gi|ki|m|g|k|%)?\b)"
    r"[a-z0-9][\w\-]*)\s+(?:(?:is|are|stays?|remains?)\s+(?:fine|ok|okay|untouched|unchanged|"
    r"left\s+alone|as\s+(?:it\s+)?is)|untouched|unchanged)" + _END,
    re.IGNORECASE,
)
# Round 30 (o33, O2): another workload said to be left out in a note — "…, nothing on orders",
# "… - nothing on the worker deployment", "… (orders stays as is)" — is left out, as one said
# out of scope is (one name only, checked when the plan is honoured: a name the cluster does
# not have is asked). Never "nothing on it/that", never what the rest of the message is ("the
# rest stays as is"), never a config or another object's name ("(my-api-config stays as is)").
_NOTHING_ON = re.compile(
    r"(?P<lead>(?:[,;]|\u2014|\u2013|\s-\s|\band\b|\bbut\b)\s*)"
    r"nothing\s+(?:on|for|to|in)\s+(?P<obj>(?:the\s+)?(?!(?:everything|anything|all|rest|it|"
    r"this|that|them|those|these|others?)\b)[a-z0-9][\w\-]*(?:\s+(?:deployment|statefulset|"
    r"daemonset|app))?)" + _END + "|"
    # Round 31 (a35a): after a comma or a dash too ("restart worker, worker stays as is": the
    # plan's own workload said to stay is asked), never a field or a place ("…, replicas stay
    # unchanged", "…, prod stays as is").
    r"(?P<lead2>\(\s*|(?:[,;]|\u2014|\u2013|\s-\s)\s*)"
    r"(?P<obj2>(?:the\s+)?(?!(?:everything|anything|all|rest|it|this|that|the\s+rest|others?|"
    r"replicas?|pods?|image|version|tag|cpu|memory|mem|ram|limits?|requests?|resources?|env|"
    r"sts|statefulsets?|deployments?|deploys?|daemonsets?|ds|workloads?|"
    r"traffic|count|size|ports?|prod|production|staging|dev|cluster|namespace|everything\s+else|"
    r"config|settings?|value|rest)\b)"
    r"(?![\w\-]*(?:config|configmap|secret|cm|pdb|hpa|svc|service|budget|policy)\b)"
    r"[a-z0-9][\w\-]*)\s+(?:(?:stays?|remains?)(?:\s+(?:as\s+(?:it\s+)?is|untouched|unchanged|"
    # (Round 32, a36a: "…, worker stays", "…, worker out": left out, said in a note.)
    r"the\s+same|put|alone))?|out|"
    # (Round 31, attack36: "restart payments and worker, worker excluded" restarted both.)
    r"(?:(?:is|are)\s+)?(?:excluded|untouched|left\s+out|omitted|skipped|exempt(?:ed)?|"
    r"off[\s\-]limits|not\s+included))(?:\s*\)|" + _END + ")",
    re.IGNORECASE,
)
# (A cheap test first: a word every form of :data:`_NOTHING_ON` holds.)
_NOTHING_ON_CUE = re.compile(
    r"nothing|stay|remain|exclu|untouch|left\s+out|omit|skipped|exempt|off.limits|not\s+inclu|"
    r"\sout\b",
    re.I,
)
# "make sure orders isn't restarted", "ensure the cache doesn't get scaled": the passive
# prohibition said as what to make sure of.
_ENSURED_NOT = re.compile(
    r"(?P<lead>(?:^|[,;]|\.\s|\u2014|\u2013|\s-\s|\band\b|\bbut\b|\bjust\b)\s*(?:please\s+)?"
    r"(?:make\s+sure|making\s+sure|ensure|be\s+sure)\s+(?:that\s+)?)"
    r"(?P<obj>(?:(?:the|its|their)\s+)?[a-z0-9][\w\-]*(?:\s+(?:container|sidecar|proxy|"
    r"deployment|statefulset|daemonset|app|one))?)\s+"
    r"(?P<neg>(?:is|are)\s+not|isn'?t|aren'?t|(?:does|do)\s+not|doesn'?t|don'?t|never|won'?t|"
    r"will\s+not)\s+(?:be\s+|get\s+|gets\s+)?"
    + _VERB
    + r"(?:\s+(?:at\s+all|either|in\s+any\s+way|whatsoever))?"
    + _END,
    re.IGNORECASE,
)
# Round 31 (gap34b): "The PDB of orders please do not change", "pdb/orders don't touch": an
# object named by its kind, said first, then the imperative prohibition without an object (the
# word order of a note). Only an object said with a kind of object that is not a workload (see
# :data:`_KIND_NAMED`), so an order said first ("restart orders please don't scale") is never one.
_FRONTED = re.compile(
    r"(?P<lead>(?:^|[,;]|\.\s)\s*)"
    r"(?P<obj>(?:the\s+|its\s+)?(?:[a-z0-9][\w\-]*\s+|[a-z0-9][\w\-]*'s\s+)?"
    r"(?:pdbs?|poddisruptionbudgets?|disruption\s+budgets?|hpas?|horizontalpodautoscalers?|"
    r"configmaps?|network\s*polic(?:y|ies)|netpols?)"
    r"(?:(?:\s+of(?:\s+the)?\s+|\s+|/)[a-z0-9][\w\-]*)?)\s+"
    r"(?:(?:please|pls|plz)\s+)?(?P<neg>do\s+not|don'?t|dont|never)\s+"
    + _VERB
    + r"(?:\s+(?:it|them|at\s+all|either))?"
    + _END,
    re.IGNORECASE,
)
# A prohibition's words naming one object of a kind that is not a workload, by kind and name:
# "pdb orders", "pdb/orders", "the PDB of orders", "the PodDisruptionBudget orders", "orders pdb",
# "orders' hpa". The prohibition then covers that kind of object only (an operation on the
# workload of that name is not what it spares). Never "the orders service" / "svc" said after a
# name: "the work-orders svc" is a nickname of the workload too (a Service is only taken when
# its kind is said first, "service orders", "svc/orders").
_KIND_NAMED = re.compile(
    r"^(?:the\s+|its\s+|their\s+)?(?:"
    r"(?P<k1>pdb|poddisruptionbudget|disruption\s+budget|hpa|horizontalpodautoscaler|autoscaler|"
    r"configmap|network\s*policy|networkpolicy|netpol|service|svc)"
    r"(?:\s+of(?:\s+the)?\s+|\s+|/)(?P<n1>[a-z0-9][\w\-.]*)|"
    r"(?P<n2>[a-z0-9][\w\-.]*?)(?:'s|')?\s+(?P<k2>pdb|poddisruptionbudget|disruption\s+budget|"
    r"hpa|horizontalpodautoscaler|autoscaler|configmap|network\s*policy|networkpolicy|netpol))$"
)


# A workload kind said in the plural, alone: every object of that kind.
_WORKLOAD_PLURALS = {
    "statefulsets": "StatefulSet",
    "sts": "StatefulSet",
    "daemonsets": "DaemonSet",
    "deployments": "Deployment",
}
_EVERY_OF_KIND = re.compile(
    r"^(?:(?:the|all|any|our|every)\s+)?(?:(?:the|of\s+the)\s+)?"
    r"(?P<kind>stateful[\s\-]?sets|sts|daemon[\s\-]?sets|deployments)$"
)


def _of_kind(p: Prohibition) -> Prohibition:
    """``p`` covering only objects of the kind its words name, when they name one object by a
    kind that is not a workload and a name (:data:`_KIND_NAMED`); ``p`` as it is otherwise."""
    if p.object_kind or p.everything or p.others or p.left_out:
        return p
    if (every := _EVERY_OF_KIND.match(p.words.strip().lower())) is not None:
        # Round 32 (gap35c): "The StatefulSets are out of scope", "leave all daemonsets alone":
        # every workload of that kind, none named.
        return replace(p, object_kind=_WORKLOAD_PLURALS[rx(r"[\s\-]+").sub("", every["kind"])])
    m = _KIND_NAMED.match(p.words.strip().lower())
    if m is None:
        return p
    kind = rx(r"\s+").sub(" ", m["k1"] or m["k2"])
    if (m["n1"] or m["n2"] or "") in ("it", "its", "this", "that", "the", "any", "every"):
        return p
    return replace(p, object_kind=_KIND_OF.get(kind, "HorizontalPodAutoscaler"))


_DELETES = re.compile(
    r"\b(?:delet|remov|destroy|drop|purg|wip|nuk|tear|uninstall|kill|terminat)\w*", re.IGNORECASE
)
# "hit /ready instead of /healthz", "use adyen rather than stripe": the value replaced is said
# beside the new one; it is never one the plan may set or act on.
_INSTEAD = re.compile(
    r"\s*,?\s*\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?P<obj>[^,.;!\u2014\u2013]*?)"
    # "instead of touching the budget we'll scale orders to three": the speaker's own order
    # starts after it.
    + r"(?=\s+(?:we'll|we\s+will|we're\s+going\s+to|we\s+are\s+going\s+to|let's|let\s+us|"
    r"i'll|i\s+will)\s|" + _END + r")",
    re.IGNORECASE,
)
# The change a person sets aside ("restarting payments", "deleting the worker"): its verb (one
# with a kind of its own) and its object.
_INSTEAD_VERB = re.compile(
    r"(?P<verb>delet|remov|restart|scal)(?:ing)\s+(?P<obj>(?:the\s+)?[a-z0-9][\w\-]*)", re.I
)
# "leave the envoy proxy alone", "keep the sidecar as is": a prohibition on anything touching
# what it names. Never a kind of object ("leave its service alone" says what a delete keeps,
# which the delete rule reads itself).
_LEAVE = re.compile(
    r"(?P<lead>(?:^|,|\u2014|\u2013|\s-\s|\band\b|\bbut\b|\bjust\b|\bplease\b|\s)\s*"
    r"(?:please\s+)?)"
    r"(?:leave|keep)\s+(?P<obj>(?!(?:its|their|the)\s+(?:(?:existing|current|present)\s+)?"
    r"(?:service|svc|pdb|hpa|configmap|"
    r"secret|pvc|data|volume|autoscaler|disruption|monitor|network)\b)[^,.;!\u2014\u2013]*?)\s+"
    r"(?:alone|untouched|unchanged|as[- ]is|as it is|be)" + _END,
    re.IGNORECASE,
)
# "restart orders but leave its pdb alone": with no delete said, a kind of object left alone is
# one no operation of the plan may touch (checked by the kind of what each operation targets).
_LEAVE_KIND = re.compile(
    r"(?P<lead>(?:^|,|\band\b|\bbut\b|\bjust\b|\bplease\b|\s)\s*(?:please\s+)?)"
    r"(?:leave|keep)\s+(?P<obj>(?:its|their|the)\s+(?:(?:existing|current|present)\s+)?"
    r"(?P<kind>pdb|hpa|service|svc|configmap|"
    r"autoscaler|disruption\s+budget|network\s*policy|netpol))s?"
    # ("leave the pdb of orders untouched": the one of a workload, round 31; round 35,
    # gap38a: "leave the PDB orders as is", its name after the kind.)
    r"(?:\s+(?:of\s+(?:the\s+)?)?[a-z0-9][\w\-]*)?\s+"
    r"(?:alone|untouched|unchanged|as[- ]is|as it is)" + _END,
    re.IGNORECASE,
)
# "keep the pdb", "keep its replica count" said alone after the change: what stays as it is
# ("keep the existing pdb": the one it has, round 30).
_KEEP_BARE = re.compile(
    r"(?P<lead>(?:^|,|;|\band\b|\bbut\b|\bjust\b|\bplease\b)\s*(?:please\s+)?)"
    r"(?:keep|leave)\s+(?P<obj>(?:its|their|the)\s+(?:(?:existing|current|present)\s+)?"
    r"(?:(?P<kind>pdb|hpa|service|svc|configmap|"
    r"autoscaler|disruption\s+budget|network\s*policy|netpol)s?|(?:current\s+)?(?:replica\s+"
    r"counts?|replicas|number\s+of\s+replicas|pod\s+counts?)))" + _END,
    re.IGNORECASE,
)
# Every word of the kinds a kept object may be (:data:`.kindwords.NOUNS`): never a workload's
# (those are the name's own, :data:`_WORKLOAD_PLURALS`) nor one no change here touches (a
# Secret, a ScaledObject, a ServiceMonitor). (Round 38: "cm", "config map", "pod disruption
# budget" and "horizontalpodautoscaler" were missing: "…; the orders cm is out of scope" was no
# object's kind, and the patch of orders-config was planned.)
_KIND_OF = {
    word: kind
    for word, kind in kindwords.NOUNS.items()
    if kind
    in {"PodDisruptionBudget", "HorizontalPodAutoscaler", "Service", "ConfigMap", "NetworkPolicy"}
}
# An object said by its kind, then its name ("poddisruptionbudget orders", "pdb of orders").
_KIND_FIRST = re.compile(
    r"(" + "|".join(_KIND_OF) + r")s?\s+(?:of\s+(?:the\s+)?)?[a-z0-9][\w\-]*$", re.IGNORECASE
)
_BACKUP = re.compile(r"\b(?:velero|back(?:ed)?[- ]?ups?|snapshots?)\b", re.IGNORECASE)
_DELETE_SAID = re.compile(
    r"\b(?:delete|remove|decommission|drop|destroy|tear\s+down|get\s+rid|nuke|scrap)\b"
    # ("remove a replica from checkout and keep frontend untouched": a scale down, round 30.)
    r"(?!\s+(?:a|an|one|two|three|\d{1,3})\s+(?:replicas?|pods?|instances?)\s+(?:from|of)\b)"
    # (Round 33, gap36a: "drop orders down to 1 replica, leave the orders PDB alone": a count
    # lowered, a scale — what it leaves alone is a prohibition, as beside any scale.)
    r"(?!\s+(?:[\w\-']+\s+){0,3}?(?:down\s+|back\s+)?to\s+(?:a\s+single|zero|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+)\s+(?:replicas?|pods?|instances?)\b)",
    re.I,
)
_IMAGES = re.compile(
    r"^(?:any|the|its|their|an?|my|our)?\s*(?:container\s+)?(?:images?|image tags?|tags?|"
    r"versions?|image versions?)$"
)
# "… but don't change the replica count (on anything)": no replica count may change, anywhere.
_COUNTS = re.compile(
    r"^(?:any|the|its|their|my|our)?\s*(?:replica\s+counts?|replicas?|number\s+of\s+(?:replicas|"
    r"pods|instances)|pod\s+counts?|instance\s+counts?|scale)"
    r"(?:\s+(?:on|of|for|in)\s+(?:anything|everything|any\s+\w+|all\s+\w+))?"
    r"(?:\s+(?:anywhere|at\s+all|anymore))?$"
)
# What a prohibition forbids everywhere: its words, the verbs that make it one (None: any), and
# the operation kinds it forbids.
_EVERYWHERE: tuple[tuple[re.Pattern[str], tuple[str, ...] | None, frozenset[str]], ...] = (
    (_IMAGES, None, frozenset({"set_image"})),
    (_COUNTS, ("change", "modify", "touch", "update", "scale"), frozenset({"scale"})),
)
_EVERYTHING = re.compile(r"^(?:any|anything|everything|all|any(?:thing)? of (?:it|them))$")
_OTHERS = re.compile(
    r"^(?:anything|everything|any|all)\s+else$|^(?:any(?:thing)?\s+|the\s+)?others?\b.*"
)


@dataclass(frozen=True)
class Prohibition:
    """Operation kinds (None: any) that must not touch the named objects (None: any, or with
    ``others``: any but the ones the plan names)."""

    said: str
    kinds: frozenset[str] | None
    words: str  # what it governs, as said ("" for anything)
    everything: bool = False
    others: bool = False
    # Kinds the verb does not cover: "redeploy cart without changing anything" forbids changes
    # to what the workload runs, and a restart changes none (new pods, same spec).
    spares: frozenset[str] = frozenset()
    # Said as "except X" of a set the request selects: X is left out of the targets.
    left_out: bool = False
    # Said in the passive ("the app container should not be touched"): what it names must be a
    # workload or a container, else the planner asks.
    subject: bool = False
    # Said as an exclusion ("except X", "but X", ", not X"): X must name something, or ask.
    excluded: bool = False
    # A kind of object left alone ("leave its pdb alone"): no operation may target one.
    object_kind: str = ""
    # Said as out of scope ("Redis is not in scope of this ticket"): it may name a workload by
    # what it runs, as well as by its name.
    scoped: bool = False
    # A restart forbidden: broken by any change that replaces the pods (an image, a rollback,
    # anything in the pod template), not only by a restart (:mod:`.forbidden`).
    pods: bool = False
    # Keys a patch must not write ("anti-affinity is forbidden": podAntiAffinity).
    keys: frozenset[str] = frozenset()
    # The workloads (``Target.key``) an exclusion resolved its words to (:mod:`.leftout`):
    # left out of the set by kind and name, never every workload of that name.
    targets: frozenset[str] = frozenset()


# Round 32 (a36a, attack36 shape 4): an object of a kind that is not a workload, ruled out in a
# note of its own before the order — "PDB orders: out of scope.", "pdb/orders: hands off.",
# "(pdb/orders out of scope)", "Not pdb/orders.", "hands off pdb/orders." — is left as it is:
# no operation may target one (read as "the PodDisruptionBudget orders is out of scope" is).
_NOTE_KINDS = (
    r"(?:pdbs?|poddisruptionbudgets?|disruption\s+budgets?|hpas?|horizontalpodautoscalers?|"
    r"autoscalers?|configmaps?|network\s*polic(?:y|ies)|netpols?)"
)
_NOTE_OBJECT = (
    rf"(?:the\s+|its\s+)?(?:(?P<k{{n}}>{_NOTE_KINDS})(?:\s+of(?:\s+the)?\s+|\s+|/)[a-z0-9][\w\-]*|"
    rf"[a-z0-9][\w\-]*(?:'s|')?\s+(?P<j{{n}}>{_NOTE_KINDS}))"
)
_RULED_OUT = (
    r"(?:out\s+of\s+scope|hands\s+off|off[\s\-]limits|excluded|untouched|not\s+in\s+scope|"
    r"do\s+not\s+touch|don'?t\s+touch|leave\s+(?:it\s+)?alone|no\s+changes?)"
)
_NOTE_OUT = re.compile(
    r"(?P<lead>(?:^|[,;]|[.!]\s|\s[-\u2013\u2014]{1,2}\s|\s(?=\())\s*)(?:"
    + r"\(\s*"
    + _NOTE_OBJECT.format(n=1)
    + r"\s*(?::\s*|\s+(?:is\s+|are\s+)?)"
    + _RULED_OUT
    + r"\s*\)\s*[.!;:]?|"
    + _NOTE_OBJECT.format(n=2)
    + r"\s*:\s*"
    + _RULED_OUT
    + r"\s*(?:[.!;]|$)|"
    + r"(?:not|hands\s+off)\s+"
    + _NOTE_OBJECT.format(n=3)
    + r"\s*(?:[.!;:]|$)|"
    # (Round 33, a37b, attack37: the kind said alone or with its name, then how it stays, no
    # colon needed — "… - PDB untouched", "… (pdb stays)", "…, PDB out of scope", "…; pdb/orders
    # hands off" — or no change to the kind said as a note — "No PDB changes.", "keep the
    # existing pdb".)
    # (Round 35, gap38a: the kind put first and its person after — "…, but the PDB of it you
    # don't change", "its PDB we leave as is": a Hungarian's order of words.)
    + r"(?:\(\s*)?(?:but\s+|and\s+)?(?:the\s+|its\s+)?(?:(?:existing|current)\s+)?"
    + r"(?:[a-z0-9][\w\-]*(?:'s|')?\s+)?"
    + rf"(?P<k4>{_NOTE_KINDS})(?:(?:\s+of(?:\s+the)?\s+|\s+|/)[a-z0-9][\w\-]*)?"
    + r"\s*(?::\s*|\s+(?:is\s+|are\s+)?)(?:"
    + r"(?:you|we|i)\s+(?:(?:don'?t|do\s+not|won'?t|will\s+not|must\s+not|shouldn'?t|should\s+"
    + r"not)\s+(?:change|touch|modify|alter|edit)|leave\s+(?:(?:it|them)\s+)?(?:as\s+(?:it\s+)?is|"
    + r"alone|untouched|unchanged))|"
    + _RULED_OUT
    + r"|(?:stays?|remains?)(?:\s+(?:as\s+(?:it\s+)?is|untouched|unchanged|alone))?|unchanged|"
    + r"as\s+(?:it\s+)?is)\s*\)?\s*(?=[.!;,]|$)|"
    + rf"no\s+(?:changes?\s+to\s+(?:the\s+)?(?P<k5>{_NOTE_KINDS})|(?P<j5>{_NOTE_KINDS})\s+changes?)"
    + r"\s*(?=[.!;,]|$)|"
    + rf"keep\s+(?:the\s+|its\s+)?(?:(?:existing|current)\s+)?(?P<k6>{_NOTE_KINDS})"
    + r"(?:\s+as\s+(?:it\s+)?is)?\s*(?=[.!;,]|$))",
    re.IGNORECASE,
)
_NOTE_CUE = re.compile(r"pdb|budget|hpa|autoscaler|configmap|netpol|polic", re.I)
# (The merge of round 33: a budget said to stay, with no colon, beside a change that may be the
# budget's own — "set minimum healthy percent to 50 on orders; the PDB stays" — is left in the
# text and asked, as specwords._COUNT_OR_RESTART leaves it: round 16.)
_BUDGETS_OWN = re.compile(
    r"\b(?:min(?:imum)?\s+healthy|healthy\s+percent|max(?:imum)?\s+percent|min\s*available|"
    r"max\s*unavailable|disrupt\w*|down\s+at\s+a\s+time)\b",
    re.I,
)


def _note_kind(word: str) -> str:
    """The kind of object (a key of :data:`_KIND_OF`) of a kind's word said in a note."""
    word = rx(r"\s+").sub(" ", word.lower())
    if word.startswith(("network", "netpol")):
        return "NetworkPolicy"
    if word.startswith("horizontal"):
        return "HorizontalPodAutoscaler"
    return _KIND_OF.get(word.rstrip("s"), _KIND_OF.get(word, "PodDisruptionBudget"))


# "…, worker stays", "…, worker out" said bare: of a workload's name only (lower case, as the
# cluster spells it), never a key ("…, QUEUE stays"); with the namespace's names at hand, of one
# of them only — never a container ("shut down orders app, envoy stays": the part is asked) nor
# a noun of what a delete keeps ("delete the service in front of my-api, the app stays": the
# delete's own keep, round 24) (round 32, fix1).
_BARE_KEPT = re.compile(r"\s(?:stays?|remains?|out)\s*\)?[\s,;.!]*$", re.I)
_DNS_NAME = re.compile(r"(?:the\s+)?[a-z0-9][a-z0-9\-]*")


def extract(raw: str, names: Callable[[str], bool] | None = None) -> tuple[str, list[Prohibition]]:
    """The text without the prohibitions it states, and those prohibitions; ``names(word)``,
    when given, tells whether a word is a workload's name (a bare "X stays" is of one only)."""
    raw = raw.replace("\u2019", "'")
    found: list[Prohibition] = []

    def prohibition(m: re.Match[str]) -> str:
        obj = rx(r"^(?:the|any|a)\s+(?=\S+\s+\S)").sub("", m.group("obj").strip().lower())
        obj = obj.strip()
        if obj in ("nothing", "nothin", "nothing at all"):
            # (Round 38, gap41b: "don't go deleting nothing" — the double negative of speech is
            # "don't delete anything", never an order to delete something.)
            obj = "anything"
        verb = m.group("verb").lower()
        key = next(k for k in _VERB_KINDS if k.startswith(verb))
        for words, verbs, kinds in _EVERYWHERE:
            if words.match(obj) and (verbs is None or key in verbs):
                # "… but don't change any images", "… don't change the replica count": no
                # operation of that kind may run, on anything; a plan holding one is asked about.
                found.append(
                    Prohibition(said=m.group(0).strip(" ,"), kinds=kinds, words="", everything=True)
                )
                return " , "
        found.append(
            Prohibition(
                said=m.group(0).strip(" ,"),
                kinds=_VERB_KINDS[key],
                words=obj,
                everything=bool(_EVERYTHING.match(obj)),
                others=bool(_OTHERS.match(obj)),
                spares=_SPARES.get(key, frozenset()),
                pods=key == "restart",
            )
        )
        return " , "

    if "not " in raw and (" and not " in raw.lower() or "only not " in raw.lower()):
        # Round 33 (gap36b): "delete the orders pdb only not orders and not orders-config": each
        # name left out after the order, read as said after a comma ("…, not orders, not …").
        raw = _NOT_AND_NOT.sub(r"\1, not ", _ONLY_NOT.sub(r"\1, not ", raw))
    if " may " in (low_raw := raw.lower()) or " can " in low_raw or " to " in low_raw:
        # Round 37 (gap40a): "…. my-api and frontend may restart, it is okay" (see above).
        raw = _MAY_RESTART.sub(lambda m: "." if "." in m["lead"] else m["lead"], raw)
    if " if " in (low_raw := raw.lower()) and ("restart" in low_raw or "bounce" in low_raw):
        # Round 38 (gap41b): "…, ekkert mál if it restarts" (see above).
        raw = _FINE_IF_RESTARTS.sub(lambda m: "." if "." in m["lead"] else "", raw)
    if rx(r"\b(?:if|to|mind|is|are)\b", re.I).search(raw):
        # Round 39 (oa44): "…, fine if it drops a few requests", "…, don't mind a blip".
        raw = _FINE_IF_DISRUPTED.sub(lambda m: "." if "." in m["lead"] else "", raw)
    if "no " in (low_raw := raw.lower()) and "restart" in low_raw:
        # Round 37 (gap40a): "…. No other restarts than my-api", asked for no restart elsewhere.
        for m in _NO_RESTARTS_BUT.finditer(raw):
            rest = raw[: m.start()] + raw[m.end() :]
            if not _RESTART_SAID.search(rest):
                raw = raw[: m.start()] + "don't restart anything else" + raw[m.end() :]
                break
    if "no " in (low_raw := raw.lower()) and ("restart" in low_raw or "delet" in low_raw):
        # Round 33 (gap36b): "…, no restart of anything else", "• no restarts for payments":
        # the prohibition said with its noun, read as its verb is ("don't restart …").
        raw = _NO_RESTART_OF.sub("don't restart ", raw)
        raw = _NO_DELETE_OF.sub(lambda m: f"don't delete {m['obj'] or m['pods'] or 'pods'}", raw)
        raw = _NO_RESTARTS.sub(
            lambda m: (
                f"don't {m['noun'].lower().replace('delet', 'delete')} anything"
                + (" else" if m["other"] else "")
            ),
            raw,
        )
    if "no" in (low_raw := raw.lower()) and (
        # (Round 37, gap40a: "No restart anything" too.)
        "delet" in low_raw or "remov" in low_raw or "restart" in low_raw
    ):
        raw = _NOTHING_VERBED.sub(
            lambda m: (
                f"don't {'restart' if (m['verb'] or m['verb2']).lower() == 'restart' else 'delete'}"
                " anything"
            ),
            raw,
        )
    if "no" in raw.lower() and (_NOT_A_KIND_CUE.search(raw)):
        # Round 35 (gap38d): "…, I mean a rolling restart, not delete", "…, not a deletion":
        # the kind of change refused, said alone after the order — none of that kind runs.
        raw = _NOT_A_KIND.sub(
            lambda m: f"{m['lead']} don't {_BASE[m['verb'].lower()]} anything", raw
        )
    if "hands off" in raw.lower():
        # Round 35 (a40a): "keep your hands off frontend; restart payments": read as "don't
        # touch frontend".
        raw = _HANDS_OFF.sub("don't touch ", raw)
    if " go " in raw.lower():
        # Round 38 (gap41b, blind41): "…, don't go deleting nothing": "don't go Ving" is
        # "don't V".
        raw = _GO_VERBING.sub("", raw)
    text = _PROHIBITION.sub(prohibition, raw)

    def passive(m: re.Match[str]) -> str:
        obj = rx(r"^(?:the|its|their)\s+").sub("", m.group("obj").strip().lower()).strip()
        if obj in ("it", "this", "that", "nothing", "none", "everything", "anything", "which"):
            return m.group(0)  # "nothing else may be restarted" is read below
        verb = m.group("verb").lower()
        key = next(k for k in _VERB_KINDS if k.startswith(verb))
        if said_kind := _KIND_FIRST.match(obj):
            # "the PodDisruptionBudget orders must not be modified": no change of that kind of
            # object (the workload of its name is not it).
            found.append(
                Prohibition(
                    said=m.group(0).strip(" ,;."),
                    kinds=_VERB_KINDS[key],
                    words=f"the {said_kind.group(1)}",
                    object_kind=_KIND_OF[said_kind.group(1)],
                )
            )
            return m.group("lead") if m.group("lead").strip(" ") in (",", ";", "") else " , "
        found.append(
            Prohibition(
                said=m.group(0).strip(" ,;."),
                kinds=_VERB_KINDS[key],
                words=obj,
                spares=_SPARES.get(key, frozenset()),
                subject=True,
                pods=key == "restart",
            )
        )
        return m.group("lead") if m.group("lead").strip(" ") in (",", ";", "") else " , "

    text = _PASSIVE.sub(passive, text)
    text = _ENSURED_NOT.sub(passive, text)
    low = text.lower()
    if ("not " in low or "n't " in low or "dont " in low or "never " in low) and (
        _FRONTED.search(text)
    ):
        text = _FRONTED.sub(passive, text)

    def out_of_scope(m: re.Match[str]) -> str:
        said = m.group("obj") or m.group("obj2") or ""
        if _BARE_KEPT.search(m.group(0)) and (
            not _DNS_NAME.fullmatch(said.strip())
            or (names is not None and not names(rx(r"^the\s+").sub("", said.strip())))
        ):
            return m.group(0)  # "…, QUEUE stays": a key, never a workload (round 32)
        obj = rx(r"^(?:the|its|their)\s+").sub("", said.strip().lower()).strip()
        if obj in ("it", "this", "that", "nothing", "none", "everything", "anything", "which"):
            return m.group(0)  # "this is not part of the change" names nothing: asked
        kind = rx(r"(?:^|\s|')(" + "|".join(_KIND_OF) + r")s?$").search(obj) or _KIND_FIRST.match(
            obj
        )
        found.append(
            # "worker's pdb is out of scope": no operation may target a budget (nor with "the
            # PodDisruptionBudget orders is out of scope", its kind said first: round 31).
            Prohibition(
                said=m.group(0).strip(" ,;."),
                kinds=None,
                words=f"the {kind.group(1)}",
                object_kind=_KIND_OF[kind.group(1)],
            )
            if kind
            else Prohibition(
                said=m.group(0).strip(" ,;."), kinds=None, words=obj, subject=True, scoped=True
            )
        )
        lead = m.group("lead") if m.group("lead") is not None else m.group("lead2")
        return lead if lead.strip(" ") in (",", ";", "") else " , "

    text = _OUT_OF_SCOPE.sub(out_of_scope, text)

    def noted_out(m: re.Match[str]) -> str:
        groups = ("k1", "j1", "k2", "j2", "k3", "j3", "k4", "k5", "j5", "k6")
        word = next(m.group(g) for g in groups if m.group(g))
        kind = _note_kind(word)
        if (
            kind == "PodDisruptionBudget"
            and not any(m.group(g) for g in groups[:6])
            and _BUDGETS_OWN.search(f"{m.string[: m.start()]} {m.string[m.end() :]}")
        ):
            return m.group(0)
        found.append(
            Prohibition(
                said=m.group(0).strip(" ,;.()-\u2013\u2014"),
                kinds=None,
                words=f"the {word.lower()}",
                object_kind=kind,
            )
        )
        return m.group("lead") if m.group("lead").strip(" ") in (",", ";", "") else ". "

    if _NOTE_CUE.search(text):
        text = _NOTE_OUT.sub(noted_out, text)
    text = _STATE_KEPT.sub(out_of_scope, text)
    if _NOTHING_ON_CUE.search(text):
        text = _NOTHING_ON.sub(out_of_scope, text)

    def leave(m: re.Match[str]) -> str:
        obj = rx(r"^(?:the|any|a)\s+(?=\S)").sub("", m.group("obj").strip().lower()).strip()
        found.append(
            Prohibition(
                said=m.group(0).strip(" ,"),
                kinds=None,
                words=obj,
                everything=bool(_EVERYTHING.match(obj)),
                others=bool(_OTHERS.match(obj)),
            )
        )
        return " , "

    if not _DELETE_SAID.search(text):
        # Beside a delete, "leave the cache deployment alone" says what it keeps: the delete
        # rule reads it (by kind and name) and checks its plan against it.
        text = _LEAVE.sub(leave, text)

    def nothing_else(m: re.Match[str]) -> str:
        verb = m.group("verb").lower()
        key = next(k for k in _VERB_KINDS if k.startswith(verb))
        found.append(
            Prohibition(said=m.group("neg").strip(), kinds=_VERB_KINDS[key], words="", others=True)
        )
        return " , "

    text = _NOTHING_ELSE.sub(nothing_else, text)

    def none_in_scope(m: re.Match[str]) -> str:
        found.append(Prohibition(said=m.group("neg").strip(), kinds=None, words="", others=True))
        return m.group("lead") if m.group("lead").strip(" ") in (",", ";", "") else " , "

    if "scope" in text.lower() or "affected" in text.lower():
        text = _NONE_IN_SCOPE.sub(none_in_scope, text)

    def instead(m: re.Match[str]) -> str:
        obj = m.group("obj").strip().lower()
        # "instead of touching the budget", "rather than changing the orders pdb": an object of
        # a kind, left as it is — no operation may target one (of whatever name).
        kind = rx(
            r"(?:(?:touching|changing|modifying|editing|patching|tweaking|adjusting|relaxing|"
            r"loosening|lowering|raising|deleting|removing|dropping)\s+)?"
            r"(?:(?:the|its|their|that|this)\s+)?(?:[a-z0-9][\w\-]*(?:'s)?\s+)?"
            r"(" + "|".join(_KIND_OF) + r")s?"
        ).fullmatch(obj)
        # "rather than restarting payments, scale it to 3", "instead of deleting worker": the
        # change set aside is of its verb's kind alone — another change of the same object is
        # the order said in its place.
        verbed = _INSTEAD_VERB.fullmatch(obj)
        if kind is None and verbed is not None:
            key = next(k for k in _VERB_KINDS if k.startswith(verbed.group("verb")))
            found.append(
                Prohibition(
                    said=m.group(0).strip(" ,"),
                    kinds=_VERB_KINDS[key],
                    words=verbed.group("obj"),
                )
            )
            return " , "
        found.append(
            Prohibition(
                said=m.group(0).strip(" ,"),
                kinds=None,
                words=f"the {kind.group(1)}",
                object_kind=_KIND_OF[kind.group(1)],
            )
            if kind
            else Prohibition(said=m.group(0).strip(" ,"), kinds=None, words=obj)
        )
        return " "

    text = _INSTEAD.sub(instead, text)

    def leave_kind(m: re.Match[str]) -> str:
        kind = rx(r"\s+").sub(" ", m.group("kind").lower())
        found.append(
            Prohibition(
                said=m.group(0).strip(" ,"),
                kinds=None,
                words=m.group("obj").lower(),
                object_kind=_KIND_OF[kind],
            )
        )
        return " , "

    if not _DELETE_SAID.search(text):
        text = _LEAVE_KIND.sub(leave_kind, text)

    def kept(m: re.Match[str]) -> str:
        kind = rx(r"\s+").sub(" ", (m.group("kind") or "").lower())
        found.append(
            Prohibition(
                said=m.group(0).strip(" ,"),
                kinds=None,
                words=m.group("obj").lower(),
                object_kind=_KIND_OF.get(kind, ""),
            )
        )
        return " , "

    if not _DELETE_SAID.search(text):
        # "scale worker to 3, keep the pdb", "…, keep the replica count": what stays.
        text = _KEEP_BARE.sub(kept, text)

    def exclusion(m: re.Match[str]) -> str:
        obj = (m.group("obj") or m.group("obj2") or m.group("obj4") or "").strip().lower()
        if m.group("obj4") and m.group("kind4"):
            obj = f"{obj} {m.group('kind4').strip().lower()}"
        if _BACKUP.search(raw):
            # "velero backup nightly, except secrets": what a backup leaves out is the backup
            # rule's to read (a kind is a resource filter; anything else is asked).
            return m.group(0)
        if (listed := m.group("obj3")) and _DELETES.search(raw):
            # "delete everything except worker": a deletion chosen by what it spares is asked.
            return m.group(0)
        if listed and (
            _ANYWHERE.search(m.string[: m.start()]) or _RESOLVER.match(listed.strip().lower())
        ):
            # "shouldn't call out anywhere except kube-dns": the one destination allowed (a
            # NetworkPolicy's), never a workload left out of a set.
            return m.group(0)
        if listed:
            for name in rx(r"\s*(?:,|\band\b|\bor\b)\s*").split(listed.strip().lower()):
                found.append(
                    Prohibition(
                        said=m.group(0).strip(" ,"),
                        kinds=None,
                        words=name,
                        left_out=True,
                        excluded=True,
                    )
                )
            return " "
        found.append(Prohibition(said=m.group(0).strip(" ,"), kinds=None, words=obj, excluded=True))
        return " "

    if _EXCEPT_CUE.search(text.lower()):
        text = _EXCEPT_WORDS.sub(lambda m: " except " + m.group("obj").replace("/", " and "), text)
    text = _EXCLUSION.sub(exclusion, text)

    # Separators left dangling where a clause was cut out ("scale cart to 3 , ").
    text = rx(r"\s+").sub(" ", text)
    text = rx(r"\s+,").sub(",", text)
    text = rx(r"(?:\s*,\s*|\s+and\s*)+$").sub("", text.strip())
    text = rx(r"^(?:\s*,\s*|\s*and\s+)+").sub("", text)
    text = rx(r"\s*,\s*(?:,\s*)+").sub(", ", text)
    return text.strip(), [_of_kind(p) for p in found]


# A place said as everywhere, and the cluster's name resolver: what "except …" allows there.
_ANYWHERE = re.compile(
    r"\b(?:anywhere|nowhere|anyplace|elsewhere|anyone|anybody|everyone|everybody|nobody|no\s+one|"
    r"anything|nothing)\s*$",
    re.I,
)
_RESOLVER = re.compile(r"(?:the\s+)?(?:kube-?dns|core-?dns|dns)\b")


# A workload's kind said beside its name.
_WORKLOAD_WORDS = {
    r"\bdeploy(?:ment)?s?\b": "Deployment",
    r"\b(?:statefulsets?|sts)\b": "StatefulSet",
    r"\b(?:daemonsets?|ds)\b": "DaemonSet",
}


def violated(
    prohibitions: list[Prohibition],
    operations: list[Operation],
    named: dict[str, set[str]],
    primary: set[str],
    *,
    picked: dict[str, set[tuple[str, str]]] | None = None,
) -> tuple[Prohibition, Operation] | None:
    """The first prohibition an operation breaks. ``named`` maps each prohibition's words to the
    object names they resolve to; ``primary`` are the names the request itself acts on;
    ``picked`` the workloads (kind, name) the words resolve to, when known."""
    for p in prohibitions:
        said_kinds = {kind for word, kind in _WORKLOAD_WORDS.items() if rx(word).search(p.words)}
        for op in operations:
            chosen = (picked or {}).get(p.words, set())
            if not _covers(p, op) or _another_kind(op, chosen):
                continue
            if _object_beside(p, op, chosen):
                continue
            if (
                said_kinds
                and op.target.kind in _WORKLOAD_WORDS.values()
                and op.target.kind not in said_kinds
            ):
                # "the cache proxy deployment is not part of this": never the statefulset of
                # the same name.
                continue
            name = op.target.name
            # "leave the envoy proxy alone": a container named is touched by a change to it.
            container = getattr(op, "container", None)
            if (
                p.everything
                or op.target.kind == p.object_kind
                or (p.others and name not in primary)
                or name in named.get(p.words, set())
                or (op.target.kind, name) in (picked or {}).get(p.words, set())
                or (container is not None and container in named.get(p.words, set()))
            ):
                return p, op
    return None


# The words of an object beside a workload, sharing its name ("the orders pdb").
_OBJECT_WORDS = re.compile(
    r"\b(?:pdbs?|budgets?|poddisruptionbudgets?|configmaps?|cms?|config|services?|svc|hpas?|"
    r"autoscalers?|scaledobjects?|networkpolic(?:y|ies)|netpols?|policy|monitors?|"
    r"servicemonitors?|podmonitors?|ingress(?:es)?|secrets?|cronjobs?|jobs?)\b",
    re.I,
)


def _object_beside(p: Prohibition, op: Operation, picked: set[tuple[str, str]]) -> bool:
    """Whether ``op`` changes an object of another kind than a workload (a PDB, a Service, a
    ConfigMap) that bears the name of the workload ``p`` keeps: "delete the orders pdb, not
    orders" keeps the Deployment orders, never the PDB the order names (round 33, gap36b).
    Only when the words pick workloads alone and name no object's kind, and never in brackets
    right after the name ("delete PDB orders (not orders)": which orders is meant is asked)."""
    return (
        bool(picked)
        and not p.said.lstrip().startswith("(")
        and not p.object_kind
        and op.target.kind not in _WORKLOAD_WORDS.values()
        and all(kind in _WORKLOAD_WORDS.values() for kind, _ in picked)
        and not _OBJECT_WORDS.search(p.words)
    )


def _another_kind(op: Operation, picked: set[tuple[str, str]]) -> bool:
    """Whether ``op`` changes a workload of the name a prohibition picked, but of another kind:
    "don't touch the cache proxy" (the cache Deployment) spares no change to the cache
    StatefulSet."""
    kinds = {kind for kind, name in picked if name == op.target.name}
    return (
        bool(kinds) and op.target.kind in _WORKLOAD_WORDS.values() and op.target.kind not in kinds
    )


def replaces_pods(op: Operation) -> bool:
    """Whether ``op`` replaces the pods of what it targets: a restart, an image, a rollback, or
    any change to the pod template (env, resources, probes, placement, security)."""
    if op.kind in ("rollout_restart", "set_image", "rollout_undo"):
        return True
    return op.kind == "patch" and '"template"' in json.dumps(getattr(op, "patch", None) or {})


def _covers(p: Prohibition, op: Operation) -> bool:
    """Whether ``op`` is a kind of change ``p`` forbids (on whatever it targets)."""
    if p.object_kind and op.target.kind != p.object_kind:
        return False
    if p.pods and op.kind not in p.spares and replaces_pods(op):
        return True
    if (p.kinds is not None and op.kind not in p.kinds) or op.kind in p.spares:
        return False
    if p.keys:
        body = json.dumps(getattr(op, "patch", None) or {})
        return any(f'"{key}' in body for key in p.keys)
    return True
