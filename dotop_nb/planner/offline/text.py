"""Reading numbers, quantities, images, env pairs and schedules out of what people type (pure)."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterable
from functools import lru_cache

from dotop_nb.planner.offline.numbers import UNITS
from dotop_nb.planner.offline.rx import rx

# The number words NUMBER matches (numbers.py reads longer ones), plus "a"/"an" for one.
WORDS = {**{w: n for w, n in UNITS.items() if n <= 12}, "a": 1, "an": 1}
NUMBER = r"(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# Round 29 (gap32a): a word after "zone" (or "region", "rack") that goes on the sentence, never
# the name of one: "topologySpreadConstraints on zone for deploy/payments" spreads over the zone
# key, no zone named (:mod:`.scope`, :mod:`.overreads`).
NOT_A_PLACE_NAME = (
    r"(?!(?:for|of|on|in|to|at|and|or|with|as|so|by|per|across|over|key|label|topology|level|"
    r"basis|spread|please|pls)\b)"
)

VERSION = re.compile(r"(?<![\w.\-/:])(v?\d+(?:\.\d+){1,3}(?:-[A-Za-z0-9.]+)?)(?![\w.\-])")
# "… from 1.5.0 to 1.4.0.": the version gone to, ending a sentence, without the full stop (a
# version the sentence only mentions, "stays on v1.30.1.", is left as typed).
_ENDED = re.compile(
    r"((?:\bto|\bnew|\bwant(?:ed)?|\btarget|->|=>|\u2192|"
    # Round 29 (gap32a): "Put my-api back on 1.3.9.", "move frontend on 2.2.0.": put on it.
    r"\bback\s+on|\b(?:put|move|pin|switch|bring|take)\s+(?:[a-z0-9][\w\-]*\s+){1,3}?on|"
    # "The vendor has released orders 1.1.0.": a release announced, the version it names.
    r"\b(?:released|published|shipped|tagged|cut|built|pushed)\s+(?:[a-z][\w\-]*\s+){0,3}?)"
    r"\s*:?\s*v?\d+(?:\.\d+){1,3})\.(?=\s|$)"
    # "… to 1.5.0. I mean 1.5.1": the version corrected is left to the correction's reader.
    r"(?!\s*(?:i\s+mean|i\s+meant|sorry|err|oops|correction|typo|make\s+that|or\s+rather|"
    r"rather|actually)\b)",
    re.I,
)


# Round 33 (gap36b): "Engineering signed off frontend 2.2.0. Please roll it out.", "QA approved
# frontend 2.2.0. Ship it.": a release cleared, the version the next sentence's order deploys
# (only before such an order: "QA tested frontend 2.2.0. it looks fine" stays as typed).
_CLEARED = re.compile(
    r"(\b(?:signed\s+off(?:\s+on)?|approved|greenlit|green-lit|okayed|cleared|validated|"
    r"certified|verified|tested|accepted)\s+(?:\(?[a-z][\w\-]*\)?\s+){0,4}?v?\d+(?:\.\d+){1,3})"
    r"\.(?=\s+(?:(?:please|pls|kindly|now|so|then)\s+)*(?:roll|deploy|ship|release|update|"
    r"upgrade|push|put|apply|bump|promote)\b)",
    re.I,
)


def ended(text: str) -> str:
    """``text`` with the full stop after a version gone to dropped (see :data:`_ENDED`)."""
    text = _ENDED.sub(r"\1", text)
    if ". " in text:
        text = _CLEARED.sub(r"\1", text)
    return text


VERSION_AFTER_WORD = re.compile(
    r"\b(?:version|tag|release|to)\s+(v?\d+(?:\.\d+){0,3}(?:-[A-Za-z0-9.]+)?)\b"
)
# A value is a quoted string read whole ('on and off'), or one unquoted word read whole
# ("a=1,b=3"), less punctuation that ends its clause ("debug," "debug.").
VALUE = (
    r"('[^']*'|\"[^\"]*\"|\u201c[^\u201d]*\u201d|\u2018[^\u2019]*\u2019(?!\w)|"
    r"[^\s'\"\u201c\u201d]*[^\s'\",;.!?\u201c\u201d])"
)
# Words that may follow a value: what ends its clause, never more of the value.
VALUE_END = frozenset(
    "in on for of at inside within into via and then also plus please thanks now to from".split()
    # Chat after a value ("LOG_LEVEL=debug plz", "… asap"): never more of the value.
    + "plz pls thx ty cheers asap thank".split()
    # A reason after a value ("LOG_LEVEL to debug while we chase the 502s").
    + "while because since bc cuz".split()
    # A purpose after a value ("REGION to us-east so both apps pick it up").
    + "so".split()
    # A negation or a contrast after a value ("… orders-prio, not from the configmap"): never
    # more of the value (the prohibitions read it).
    + "not never but instead rather".split()
    # Round 34 (gap37b): a Filipino preposition or particle after a value in Taglish
    # ("TRIP_CUTOFF_MINUTES=30 sa my-api po", "… to paymongo, para sa payments").
    + "sa para po".split()
    # Round 35 (gap38b): a note after a value ("ALIGNER_MODE=remove-duplicates. n.b. it is a
    # value"): never more of the value.
    + "nb n.b".split()
)
# Words that delete. Joined into a value or a name ("delete-oldest", "orders-delete-dlq",
# "purge_after_7d") they are part of it: see :func:`joined_destructive_masked`.
DESTRUCTIVE = (
    r"delete|deletes|deleting|remove|removes|removing|destroy|drop|purge|wipe|erase|kill|"
    r"uninstall|decommission|nuke|terminate|unset|rm|tear|teardown|rid|"
    # Round 26 (gap28): "scrap the payments pdb", "throw it away": deletes said in other words.
    r"scrap|throw(?=\s+(?:[\w\-]+\s+){0,4}?away\b)"
)
_DESTRUCTIVE_IN = re.compile(rf"(?<![a-z])(?:{DESTRUCTIVE})(?![a-z])", re.I)
_TOKEN = re.compile(r"[^\s]+")


def joined_destructive_masked(text: str) -> str:
    """``text`` with the destructive word of each token that joins one to more ("delete-oldest",
    "MODE=delete", "'drop'") written ``x``: such a word is part of a value or a name, and must
    not make the request read as a deletion. The guard still asks about it where no key is said
    ("set cart cache mode to delete-on-expiry")."""

    def mask(m: re.Match[str]) -> str:
        token = m.group(0)
        word = token.rstrip(",.;:!?)").lstrip("(")
        if _DESTRUCTIVE_IN.search(word) and not _DESTRUCTIVE_IN.fullmatch(word):
            # In capitals inside a key ("DROP_TABLES=false"), so the key still reads as one.
            return _DESTRUCTIVE_IN.sub(lambda w: "X" if w.group(0).isupper() else "x", token)
        return token

    return _TOKEN.sub(mask, text)


ENV_PAIR = re.compile(rf"\b([A-Z][A-Z0-9_]{{1,62}})\s*=\s*{VALUE}")
# Between a key and "to": a direction ("turn LOG_LEVEL up to debug"), the value it has now
# ("PROVIDER from stripe to adyen", checked against the cluster by the builder), or a participle
# ("REGION in shared-config changed to us-east").
# "Set BATCH_SIZE back down to 5": a return said before the direction is still a direction.
# The value it has now may come before the direction as well as after it ("BATCH_SIZE from 10
# down to 5", "REGION from eu over to us-east"): both say the same move.
_MOVE = (
    r"(?:\s+back)?(?:\s+(?:up|down|over))?(?:\s+from\s+[^\s,;]+)?"
    r"(?:\s+(?:back\s+)?(?:up|down|over))?"
)
_PARTICIPLE = r"(?:\s+(?:set|changed|updated|switched|bumped|flipped|turned|moved|raised|lowered))?"
# Round 28 (overask): the key said to go to its value ("BATCH_SIZE in orders-config goes to 25",
# "QUEUE should go over to orders-v2"): the same move as "to" alone.
_GOES = (
    r"(?:\s+(?:goes|go|should\s+go|must\s+go|needs?\s+to\s+go|has\s+to\s+go|is\s+to\s+go|"
    r"(?:is|are)\s+going|will\s+go))?"
)
# What a key in capitals may be called right after its name ("CACHE_MODE env to …", "REGION
# value should be …"): the name is still the key.
KEY_NOUN = (
    r"(?:\s+(?i:env(?:ironment)?(?:\s+var(?:iable)?)?|var(?:iable)?|setting|value|flag|key|"
    # ("the QUEUE parm", a mainframe's word; "the TIMEOUT param", "the REGION option".)
    r"entry|field|name|parm|param|parameter|option|property))"
)
# "… to the value orders-v2", "… as the literal value orders-v2": the value, said as one.
VALUE_LEAD = (
    r"(?:(?:the|a)\s+(?:new\s+|literal\s+|plain\s+|fixed\s+|static\s+|hard-?coded\s+)?"
    r"(?:value|string)\s+(?:of\s+)?)?"
)
ENV_TO = re.compile(
    rf"\b([A-Z][A-Z0-9_]{{1,62}})\b{KEY_NOUN}?{_GOES}{_MOVE}\s+(?:to|as)\s+{VALUE_LEAD}{VALUE}"
)
# "set GREETING in web-config to 'hi there'": the key, where it is, then its value; the place
# may be said as the ConfigMap it is ("BATCH_SIZE in the orders config map to 50").
# A compound word may describe it ("on the citizen-facing frontend").
# Round 34 (gap37b): a nickname of up to two plain words may stand before the name ("on client
# portal frontend -> ga", "on route API my-api") — never a verb's word ("REGION of the shared
# configmap has to be us-east" is the shared ConfigMap's key, the lead at the merge).
_PLACE = (
    r"(?:the\s+(?:[a-z]+-[a-z]+\s+)?)?(?:(?!(?:to|as|and|then|has|have|is|are|must|should|"
    r"needs?|be|config|configmap|cm)\s)[A-Za-z]+\s+){0,2}?"
    r"[a-z0-9][-a-z0-9.]*(?:\s+(?i:config\s*map|cm))?"
)
KEY_IN_TO = re.compile(
    # (Round 34, gap37b: Taglish "sa" is "in", "PROVIDER sa payments-config to paymongo".)
    rf"\b([A-Z][A-Z0-9_]{{1,62}})\b{KEY_NOUN}?\s+(?:in|of|on|for|sa)\s+{_PLACE}{_PARTICIPLE}{_GOES}{_MOVE}"
    rf"\s+(?:to|as)\s+{VALUE}"
)
# "the value the key had", said before the new one: "PROVIDER from stripe to adyen".
FROM_VALUE = re.compile(
    r"\b([A-Z][A-Z0-9_]{1,62})\b[^.;]*?\bfrom\s+([^\s,;]+)(?:\s+(?:back\s+)?(?:up|down|over))?\s+to\b"
)
# Other ways to say a key's value: "CACHE_TTL with value 300", "LOG_LEVEL should be warn",
# "turn FEATURE_X on".
ENV_WITH = re.compile(
    # ("REGION value which is shared …" is no value "which": "value" alone names the key.)
    rf"\b([A-Z][A-Z0-9_]{{1,62}})\b{KEY_NOUN}?\s+(?:with\s+(?:the\s+|a\s+)?value|(?:the|a)\s+value|"
    rf"valued|of\s+value)\s+{VALUE}"
)
# Round 26 (gap28): "MAX_RETRIES with 5 as value", "… with debug as its value": the value
# before the word "value" (Dutch "met 5 als waarde").
ENV_WITH_AS = re.compile(
    rf"\b([A-Z][A-Z0-9_]{{1,62}})\b{KEY_NOUN}?\s+with\s+{VALUE}\s+as\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:value|setting)\b"
)
# "the REGION value which is shared by my-api and frontend must become …", "the QUEUE name that
# orders consumes should be …": what the key is called and a clause that says whose it is.
KEY_CLAUSE = (
    rf"{KEY_NOUN}?"
    r"(?:\s+(?i:which|that|what)\s+[^,;.!?=()]{1,80}?|"
    # "REGION shared by my-api and frontend", "REGION in shared-config", "QUEUE of orders".
    r"\s+(?i:shared|used|read|consumed|loaded)\s+by\s+[^,;.!?=()]{1,60}?|"
    # "REGION in the shared config", "LOG_LEVEL of the my-api deployment": an article before
    # the name and what kind of object it is after it.
    r"\s+(?i:in|of|for|on)\s+(?:(?i:the|its|our)\s+)?[a-z0-9][\w\-]*"
    r"(?:\s+(?i:config(?:map)?|settings|deployment|app|service|statefulset|container))?"
    r"(?:\s+(?i:and)\s+[a-z0-9][\w\-]*)?)?"
)
# What a key "should say": its value, said as a reader sees it ("should read orders-priority",
# "should show true", "should contain us"). Never a source or a thing read ("should read from
# the queue", "should read it back", "should read the new file").
_SHOULD_SAY = (
    r"(?:say|read|show|hold|contain|equal)(?!\s+(?:from|back|it|them|this|that|the|an?|its|in|"
    r"out|off|on|as|like)\b)"
)
ENV_BE = re.compile(
    rf"\b([A-Z][A-Z0-9_]{{1,62}})\b{KEY_CLAUSE}\s+(?:should|must|has\s+to|needs\s+to)\s+"
    r"(?:be\s+(?:set|changed|switched)\s+to|become|be(?!\s+(?:switched|turned|flipped|set)\s+(?:on|off)\b)|"
    # Round 19: "REGION in shared-config should say us", "the orders QUEUE should read
    # orders-priority": what the key should say is its value (never "read from …", "read it").
    rf"{_SHOULD_SAY})\s+"
    rf"{VALUE}"
)
# "the FEATURE_FLAG value beta shall be replaced with ga": the key, the value it has now (checked
# by the builder, :data:`REPLACED_VALUE`), then the new one.
ENV_REPLACED = re.compile(
    rf"\b([A-Z][A-Z0-9_]{{1,62}})\b(?:\s+(?i:value|setting|flag|variable|key))?"
    r"(?:\s+(?:of\s+|from\s+)?[^\s,;]+)?\s+(?:(?:should|must|shall|has\s+to|needs\s+to|is\s+to|"
    rf"to|will)\s+)?be\s+replaced\s+(?:with|by)\s+{VALUE}"
)
REPLACED_VALUE = re.compile(
    r"\b([A-Z][A-Z0-9_]{1,62})\b(?:\s+(?i:value|setting|flag|variable|key))?\s+(?:of\s+|from\s+)?"
    r"([^\s,;]+)\s+(?:(?:should|must|shall|has\s+to|needs\s+to|is\s+to|to|will)\s+)?be\s+"
    r"replaced\b"
)
# "turn FEATURE_X on", but not "switch PROVIDER on payments from stripe to adyen" (a place).
# Round 19: "switch the FEATURE_X flag on for my-api": an article before the key and what it is
# called after it are still the key.
ENV_TURN = re.compile(
    r"\b(?i:turn|switch|flip|toggle)\s+(?:(?i:the)\s+)?([A-Z][A-Z0-9_]{1,62})"
    rf"{KEY_NOUN}?\s+(on|off)\b"
    # (Round 38, gap41b: "flip FEATURE_FLAG on the frontend to stable": the place with its
    # article, then its value, too.)
    r"(?!\s+(?:(?:the|our|my)\s+)?[a-z0-9][-a-z0-9.]*\s+(?:from|to|as)\b)"
)
# Round 14: "turn on FEATURE_X for my-api": the word before the key (the key is group 1, read in
# a lookahead; the switch group 2, as every assignment's value).
ENV_TURN_BEFORE = re.compile(
    r"\b(?i:turn|switch|flip|toggle)\s+(?=(?:on|off)\s+(?:the\s+)?([A-Z][A-Z0-9_]{1,62})\b"
    r"(?!\s*=))(on|off)\s+"
)
# "FEATURE_X for my-api is to be switched on": said of the key.
ENV_SWITCHED = re.compile(
    r"\b([A-Z][A-Z0-9_]{1,62})\s+(?:(?:for|of|on|in)\s+[a-z0-9][\w\-]*\s+)?(?:is\s+to|should|"
    r"must|has\s+to|needs\s+to)\s+be\s+(?:switched|turned|flipped|set)\s+(on|off)\b"
)
# Round 28 (overask): the same asked politely, the modal first ("could FEATURE_X be switched on
# for my-api?", "can LOG_LEVEL be set to debug on my-api?"): a request (speech reads it so).
ENV_ASKED = re.compile(
    r"(?:^|(?<=[\s,;:.!?(]))(?i:could|can)\s+(?:(?i:the)\s+)?([A-Z][A-Z0-9_]{1,62})\b"
    r"(?:\s+(?:for|of|on|in)\s+[a-z0-9][\w\-]*)?\s+(?i:please\s+)?be\s+(?:(?:switched|turned|flipped|"
    rf"set)\s+(?=(?:on|off)\b)|(?:set|changed|switched)\s+to\s+){VALUE}"
)
# "STRIPE_TIMEOUT_MS set to 5000", "point ORDERS_QUEUE (for orders) at orders-priority": the key,
# a participle or "point", then the value.
ENV_SET = re.compile(
    rf"\b([A-Z][A-Z0-9_]{{1,62}})\b\s+(?:set|changed|updated|switched|bumped)\s+to\s+{VALUE}"
)
ENV_POINT = re.compile(
    rf"\b(?i:point)\s+([A-Z][A-Z0-9_]{{1,62}})\b\s+(?:(?:for|of|in|on)\s+[a-z0-9][-a-z0-9.]*\s+)?"
    rf"(?:at|to)\s+{VALUE}"
)
ENV_POINTED = re.compile(
    # "ORDERS_QUEUE on orders should point at orders-priority", "… must point to orders-v2":
    # the key, where it is, then "point(s) at/to" and the value.
    rf"\b([A-Z][A-Z0-9_]{{1,62}})\b(?:\s*\)|\s+(?:for|of|in|on)\s+[a-z0-9][-a-z0-9.]*)?\s+"
    r"(?:(?:should|must|shall|has\s+to|needs\s+to|is\s+to|to|will|now)\s+)?points?\s+(?:at|to)\s+"
    rf"{VALUE}"
)
# "worker needs MAX_RETRIES five", "gets POOL_SIZE of 20": a key and a count after it.
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
COUNT_WORDS = (
    rf"(?:{_TENS_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|"
    + "|".join(sorted(UNITS, key=len, reverse=True))
)
ENV_COUNT = re.compile(
    r"\b(?:needs|wants|gets|requires|with)\s+(?:an?\s+|the\s+)?([A-Z][A-Z0-9_]{1,62})\s+"
    rf"(?:of\s+|at\s+)?(\d+|{COUNT_WORDS})(?![\w.%-])"
)
# "add env TIMEOUT_MS 3000", "set var LOG_LEVEL debug on my-api", "put REGION eu on frontend":
# a key then its value with neither "=" nor "to", after a noun for a variable or a verb that
# sets one. The value is never a word that ends a clause ("set FEATURE_X on my-api" is asked).
# Nor a word that joins a key to its value in another way ("var RETRIES with value 5").
_ENDS = "|".join(
    sorted(
        VALUE_END
        | set(
            "with valued value should must needs has is be set changed updated switched bumped "
            "up down over back from as".split()
            # What the key is called after its name ("set the CACHE_MODE env to lru"): never
            # its value.
            + "env environment var variable setting flag key entry field".split()
        )
    )
)
# Capitals that name a resource or a Kubernetes object, never a variable ("set CPU 500m").
NOT_KEYS = r"(?:CPU|GPU|RAM|MEM|HPA|PDB|SVC|CM|RS|KEDA|VPA|QOS)"
# (Round 19: a hedge is no value — "my-api: FEATURE_X maybe" is asked.)
_HEDGE = r"(?!(?i:maybe|perhaps|probably|possibly|tbd|tbc|idk|whatever|something|later|soon)\b)"
ENV_SPACED = re.compile(
    r"(?:\b(?i:env(?:ironment)?(?:\s+var(?:iable)?)?|var(?:iable)?)|"
    r"\b(?i:add|set|put|make)(?:\s+(?i:an?|the|new))?(?:\s+(?i:env(?:ironment)?))?(?:\s+(?i:var(?:iable)?))?)"
    rf"\s+(?!{NOT_KEYS}\b)([A-Z][A-Z0-9_]{{1,62}})\s+(?![=:]|(?i:(?:{_ENDS})\b))"
    # (Never a noun for the key itself: "set the QUEUE parm for orders to orders-batch" says
    # the value after "to", read by ENV_TO / KEY_IN_TO.)
    r"(?!(?i:parm|param|parameter|option|property|setting|value|flag|field|entry|var|"
    rf"variable|env|key|name)\b){_HEDGE}{VALUE}"
)
# "for my-api the LOG_LEVEL please make debug", "FEATURE_X set on": the key, then the verb,
# then the value — the verb said last, as in a speaker's own word order ("REGION change to kr
# please", "QUEUE name change to preorders": round 28).
ENV_MADE = re.compile(
    # (The name never takes a sentence's full stop, and the value is never another key: "… for
    # my-api. set FEATURE_X to on" is two sentences.)
    rf"\b(?!{NOT_KEYS}\b)([A-Z][A-Z0-9_]{{1,62}})\b{KEY_NOUN}?"
    r"(?:\s+(?i:of|for|on|in)\s+[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?)?"
    rf"\s+(?:(?i:please|pls|plz|kindly)\s+)*(?i:make|set|put|change\s+to)\s+"
    rf"(?:(?i:please|pls|plz|kindly)\s+)*"
    rf"(?![=:]|[A-Z][A-Z0-9_]{{1,62}}\b|(?i:(?:{_ENDS}|sure|it|them|this|that|a|an|the|\d+\w*)\b)){VALUE}"
)
ENV_NEEDS = re.compile(
    # "payments needs LOG_LEVEL debug": what a workload needs, said of the key. Never a state
    # ("needs FEATURE_X removed", "… gone", "… anymore"), which is no value.
    r"\b(?i:needs|wants|requires)\s+(?:(?i:an?|the)\s+)?"
    rf"(?!{NOT_KEYS}\b)([A-Z][A-Z0-9_]{{1,62}})\s+"
    rf"(?![=:]|(?i:(?:{_ENDS}|no|not|out|gone|anymore|off|on|[a-z]+ed)\b)){VALUE}"
)
# "LOG_LEVEL debug and FEATURE_X on for my-api please": a request that is only a list of keys
# each with a one-word value, then the workload. Only as the whole request (the lookahead runs to
# its end), so "FEATURE_X on my-api" (a place, no value) is still asked.
_BARE = r"('[^']*'|\"[^\"]*\"|[a-z0-9](?:[\w.\-/:]*[a-z0-9])?)"
_LISTED_KEY = rf"(?!{NOT_KEYS}\b)[A-Z][A-Z0-9_]{{1,62}}"
# The list is a clause of its own: it starts the request or follows a lead-in ("verbose logs
# needed: LOG_LEVEL debug on my-api"), and ends the request or a clause, or is followed by how
# long or why ("… on my-api for the rest of the game day", "… while we debug"), which the
# vetoes read in the words as sent.
_LISTED_END = (
    r"(?:\s+(?:please|pls|plz|thanks|thx))?"
    r"(?:\s*[.!]?\s*$|\s*[,;.!]\s|\s+(?:for\s+the\s+(?:rest|duration|length)\s+of|during|while|"
    r"until|till|throughout|"
    # "… on my-api for an hour", "… for now", "… right now": how long, said on a phone (round 17).
    r"for\s+now|right\s+now|now|today|tonight|for\s+(?:an?|one|two|\d+|a\s+few|a\s+couple(?:\s+of)?|"
    r"the\s+next(?:\s+\w+)?)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|while|bit)"
    r")\b)"
)
ENV_LISTED = re.compile(
    rf"(?:^\s*|(?<=,\s)|(?<=[:;]\s)|(?<=\band\s)|(?<=&\s))({_LISTED_KEY})\s+{_HEDGE}{_BARE}"
    rf"(?=(?:\s*(?:,|,?\s+and|\s+&)\s+{_LISTED_KEY}\s+{_BARE.replace('(', '(?:', 1)})*"
    # Round 34 (gap37b): a nickname of up to two words before the name, and the ConfigMap said
    # after it ("LOG_LEVEL warn on route API my-api via my-api-config").
    r"(?:\s+(?:for|on|in|via)\s+(?:the\s+)?(?:(?!(?:to|and|then|for|on|in|via)\s)[A-Za-z]+\s+)"
    r"{0,2}?[a-z0-9][-a-z0-9.]*(?:\s+(?:deployment|deploy|app))?){1,2}"
    rf"{_LISTED_END})"
)
# Round 19: "my-api: FEATURE_X on, read back when done", "FEATURE_X off; then restart it": a
# flag said with a switch word, as a clause of its own (it starts the request or follows a
# colon, a semicolon or "and", and a clause ends after the word). The workload is said apart.
# Never "FEATURE_X on my-api" (a place, asked), nor a key said with a word that is no switch.
ENV_FLAGGED = re.compile(
    rf"(?:^\s*|(?<=[:;]\s)|(?<=\s[-\u2013\u2014]\s)|(?<=\band\s))(?:(?i:the)\s+)?"
    rf"({_LISTED_KEY}){KEY_NOUN}?\s+"
    r"(on|off|true|false|enabled|disabled)(?=\s*(?:[,;.!]|$))"
)
# The value said first, then the key it is for: "payments must use adyen as its PROVIDER",
# "take us-east for the REGION", "make json the LOG_FORMAT". The key is read ahead (group 1),
# the value (group 2) ends where "as its KEY" starts.
ENV_AS_KEY = re.compile(
    r"\b(?i:use|take|pick|choose|want|run\s+with|go\s+with|make)\s+"
    rf"(?=\S+\s+(?i:as|for)\s+(?:(?i:its|the|their|our|his|her)\s+)?(?:new\s+)?"
    rf"(?!(?:{NOT_KEYS}|HA|SLA|SLO|DNS|TLS|SSL|CI|CD|PR)\b)([A-Z][A-Z0-9_]{{1,62}})\b){VALUE}\s+(?i:as|for)\s+(?:(?i:its|the|their|our|his|her)\s+)?"
    r"(?:new\s+)?[A-Z][A-Z0-9_]{1,62}\b"
)
# "… instead of stripe", "… rather than eu": the value the key has now, checked by the builder.
INSTEAD_VALUE = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|replacing)\s+(?:the\s+)?"
    r"(?!(?:from|reading|taking|using|pulling|getting|loading|via|through|it|that|this|an?|"
    r"the|its|their|config\s?maps?)\b)([^\s,;.!?]+)"
)
# Every way of giving a key named in capitals its value with a word that says so ("=", "to",
# "should be", "set to", "with value", "point at"): group 1 the key, group 2 the value.
GIVEN = (
    KEY_IN_TO,
    ENV_TO,
    ENV_PAIR,
    ENV_BE,
    ENV_SET,
    ENV_WITH,
    ENV_WITH_AS,
    ENV_POINT,
    ENV_POINTED,
    ENV_REPLACED,
)
_WORD_IN_VALUE = re.compile(r"[A-Za-z]{3,}")
# "checkout 1.1.0 took the error RATE from 1% to 5%": a past event moved a measure, said as its
# object — what happened, never a key given a value.
_MOVED_BY = re.compile(
    r"\b(?:took|pushed|drove|sent|dropped|knocked|brought|bumped|spiked|tanked|dragged|moved|"
    r"raised|lowered|increased|decreased|doubled|halved|tripled)\s+(?:(?:the|its|our|their|my)\s+)?"
    r"(?:[\w%-]+\s+){0,3}$",
    re.I,
)


def moved(text: str, start: int) -> bool:
    """Whether the key said at ``start`` is the object of a past event (:data:`_MOVED_BY`)."""
    return bool(_MOVED_BY.search(text, max(0, start - 60), start))


def given(text: str) -> list[re.Match[str]]:
    """Each explicit assignment of a key named in capitals (never a Kubernetes short name such
    as HPA or PDB, nor the object of a past event: :data:`_MOVED_BY`) in ``text``."""
    return [
        m
        for pattern in GIVEN
        for m in pattern.finditer(text)
        if not rx(NOT_KEYS).fullmatch(m.group(1)) and not moved(text, m.start())
    ]


def values_masked(text: str) -> str:
    """``text`` with the words of each value given to a named key written ``val``: "set
    ON_ERROR=rollback on checkout", "MODE to non-root", "STRATEGY='restart-on-error'" are config
    changes, and a word inside the value ("rollback", "restart", "non-root", "scale-down") must
    not make the request read as a rollback, a restart, a security change or a scale. Numbers
    and units ("512Mi", "1.2.0") are kept; a value that names no key is left as it is (the
    guard asks about "set cart cache mode to delete-on-expiry")."""
    merged: list[list[int]] = []
    for start, end in sorted(m.span(2) for m in given(text)):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + _WORD_IN_VALUE.sub("val", text[start:end]) + text[end:]
    return text


# A setting named in plain words, then given a word: "set the checkout failure mode to
# rollback", "cart cache mode to delete-on-expiry". The word (group 1) is the setting's value.
SETTING_TO = re.compile(
    r"(?i:\b(?:mode|policy|behaviou?r|action|handler|setting|option|flag))"
    r"(?:\s+(?i:of|on|for|in)\s+(?:(?i:the)\s+)?[a-z0-9][\w\-]*)?\s+(?:to|=)\s+"
    r"(?:(?i:the\s+)?(?i:value)\s+)?([^\s,;.!?]+)"
)


ASSIGNMENTS = (
    ENV_AS_KEY,
    ENV_REPLACED,
    ENV_WITH,
    ENV_WITH_AS,
    ENV_BE,
    ENV_TURN,
    ENV_TURN_BEFORE,
    ENV_SWITCHED,
    ENV_ASKED,
    ENV_SET,
    ENV_POINT,
    ENV_POINTED,
    ENV_COUNT,
    ENV_SPACED,
    ENV_MADE,
    ENV_NEEDS,
    ENV_LISTED,
    ENV_FLAGGED,
)
# A quoted run of words ("the POC's 'no errors under load' criterion", 'set NOTE="a b"'): an
# apostrophe inside or at the end of a word ("POC's", "pods'") opens and closes no quote.
QUOTED = re.compile(r"(?<![\w'])'[^']*'(?![\w'])|\"[^\"]*\"")
# Any two single quotes, as the guard has always paired them ("don't … can't"); never one that
# opens before a space (round 23: "the adjusters' portal … at 16:00, don't …": a plural's
# possessive opens no quote).
_PAIRED = re.compile(r"'(?!\s)[^']*'|\"[^\"]*\"")


def quotes_blanked(text: str, *, fill: str = " ") -> str:
    """``text`` with its quoted runs blanked: first each run quoted as words are (:data:`QUOTED`,
    so "the POC's 'no errors under load' criterion" loses the criterion, never "s '"), then
    any two single quotes left, as they always were. ``fill`` replaces a run ("x": each of its
    characters, the text keeping its length)."""

    def blank(m: re.Match[str]) -> str:
        return fill * len(m.group(0)) if fill != " " else " "

    return _PAIRED.sub(blank, QUOTED.sub(blank, text))


# (A change ticket's id, "CHG-20501", "INC-4411", is no variable: never its letters.)
ENV_NAME = re.compile(r"\b([A-Z][A-Z0-9_]{1,62})\b(?!-\d)")
PERCENT = re.compile(r"(\d{1,3})\s*(?:%|percent)")
_QUANTITY = re.compile(r"^(\d+(?:\.\d+)?)(m|ki|mi|gi|ti|k|m|g|t)?$", re.I)


def unquote(value: str) -> str:
    """``'on and off'`` → ``on and off``, typographic quotes too (``\u201con\u201d`` → ``on``:
    the quotes a phone or an editor types are never part of the value); an unquoted value is
    returned as it is."""
    if len(value) >= 2 and value[0] + value[-1] in ("''", '""', "\u201c\u201d", "\u2018\u2019"):
        return value[1:-1]
    return value


def first_uncut(
    found: re.Pattern[str], cut: re.Pattern[str], text: str, marks: str = r"[,;.:!?]"
) -> re.Match[str] | None:
    """The first match of ``found`` in ``text`` whose clause before it (from the last of
    ``marks``) holds no match of ``cut``; None when every one is cut ("no internet")."""
    for m in found.finditer(text):
        if not cut.search(rx(marks).split(text[: m.start()])[-1]):
            return m
    return None


def number(word: str) -> int | None:
    """``"3"`` or ``"three"`` → 3."""
    word = word.lower()
    return int(word) if word.isdigit() else WORDS.get(word)


_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_LABEL = r"[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
_DOMAIN = rf"(?:{_LABEL}(?:\.{_LABEL})*(?::\d+)?/)"
# The distribution reference grammar, with a tag or a digest required (a bare name is too
# ambiguous to roll out).
REFERENCE = re.compile(
    rf"^(?:{_DOMAIN})?{_COMPONENT}(?:/{_COMPONENT})*"
    r"(?::[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}(?:@sha256:[a-f0-9]{64})?|@sha256:[a-f0-9]{64})$"
)
_TRIM = "\"'`()[]{}<>,!?"


def _tokens(text: str) -> list[str]:
    # "(ghcr.io/acme/app:2.9.0).": a sentence's full stop after the closing bracket.
    return [w.rstrip(".").strip(_TRIM).rstrip(".") for w in text.split()]


def image_in(text: str) -> str | None:
    """The first image reference with a tag or digest, e.g. ``ghcr.io/acme/api:1.2``: a whole
    word of the text that is a valid reference (never a prefix of a longer word)."""
    for token in _tokens(text):
        if REFERENCE.match(token) and rx(r"[a-z]").search(
            rx(r"[:@]").split(token.rsplit("/", 1)[-1])[0]
        ):
            return token
    return None


def container_image_in(text: str) -> tuple[str, str] | None:
    """``web=nginx:1.27`` (kubectl's CONTAINER=IMAGE, said in a sentence) → ("web",
    "nginx:1.27") when the image is a valid reference; None otherwise."""
    for token in _tokens(text):
        name, eq, image = token.partition("=")
        if eq and rx(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?").fullmatch(name) and image_in(image):
            return name, image
    return None


def bad_image_in(text: str) -> str | None:
    """A word that looks like an image reference (a path with a tag or digest) but is not a
    valid one, e.g. ``ghcr.io/Acme/app:1``, ``app:1;touch``."""
    for token in _tokens(text):
        if "/" in token and rx(r"[:@]").search(token) and not REFERENCE.match(token):
            return token
    return None


_V = r"(v?\d+(?:\.\d+){1,3}(?:-[A-Za-z0-9.]+)?)(?![\w.\-])"
# The version to go to when two are said: after a word to go back ("went to 16.4 … downgrade it
# to 16.3", "1.1.0 broke, revert to 1.0.0"), after "from X to", or after an arrow ("16.4 -> 16.6").
# "new 1.4.0, old 1.5.0", "have 1.5.0, want 1.4.0", "target: 2.1.0": a version labelled as
# the one wanted, or as the one there was (never the one to go to).
# A label's value is a cell of its own: the version ends its clause ("the new 1.5.0 broke it"
# says what happened, no label).
_LABEL_END = r"(?=\s*(?:[,;)|]|\.?\s*$|\.\s))"
LABELLED_NEW = re.compile(
    r"(?<!the\s)\b(?:new|want(?:ed)?|target|desired|to-be|should\s+be|needs?\s+to\s+be)"
    r"(?:\s+(?:version|tag|release|image))?\s*[:=]?\s*" + _V + _LABEL_END,
    re.I,
)
LABELLED_OLD = re.compile(
    r"\b(?:old|have|had|current(?:ly)?|was|running|live|as-is|before)"
    r"(?:\s+(?:version|tag|release|image|on))?\s*[:=]?\s*" + _V + _LABEL_END,
    re.I,
)
_DESTINATION = (
    re.compile(
        r"\b(?:downgrad\w*|revert\w*|back|return\w*)\b[^.;!?]*?\bto\s+"
        r"(?:(?:version|tag|release|image)\s+)?" + _V
    ),
    re.compile(r"\bfrom\s+v?\d+(?:\.\d+){1,3}\S*\s+to\s+" + _V),
    re.compile(r"(?<![\w.\-/:])v?\d+(?:\.\d+){1,3}\S*\s*(?:->|→|=>|\bto\b)\s*" + _V),
    LABELLED_NEW,
)


def version_in(text: str) -> str | None:
    """A version such as ``1.5.0`` or ``v3.2.0`` (a dotted number, or one after 'version').

    Of two, the one to go to: the other is what runs now or what broke, the one to leave."""
    text = ended(text)
    if len(set(VERSION.findall(text))) > 1:
        for pattern in _DESTINATION:
            if m := pattern.search(text.lower()):
                return m.group(1)
    if m := VERSION.search(text):
        return m.group(1)
    if m := VERSION_AFTER_WORD.search(text):
        return m.group(1)
    return None


def retag(image: str, tag: str) -> str:
    """``ghcr.io/acme/api:1.4`` with tag ``1.5`` → ``ghcr.io/acme/api:1.5`` (digest dropped)."""
    repo = image.split("@", 1)[0]
    last = repo.rsplit("/", 1)[-1]
    if ":" in last:
        repo = repo[: repo.rfind(":")]
    return f"{repo}:{tag}"


def retag_like(image: str, version: str) -> str:
    """``image`` with the tag ``version`` written the way its tags are: a release said with a
    'v' ("release v1.4.1") is the tag without it when the tag running has none (my-api runs
    1.4.0, so v1.4.1 is ``my-api:1.4.1``); people call a release v1.4.1 whatever its tags look
    like. A tag running with a 'v' (envoy v1.30.1) takes the version as said."""
    running = image.split("@", 1)[0].rsplit("/", 1)[-1].rpartition(":")[2]
    if rx(r"v\d+(?:\.\d+)+").fullmatch(version) and rx(r"\d").match(running):
        version = version[1:]
    return retag(image, version)


def cpu(value: str) -> str | None:
    """A CPU quantity (``250m``, ``0.5``, ``1``) normalised, or None."""
    m = _QUANTITY.match(value.strip())
    if not m:
        return None
    amount, unit = m.group(1), (m.group(2) or "").lower()
    if unit == "m":
        return f"{amount}m"
    if unit == "":
        return amount
    return None


def memory(value: str) -> str | None:
    """A memory quantity (``512Mi``, ``1Gi``, ``1G``) normalised, or None."""
    m = _QUANTITY.match(value.strip())
    if not m or not m.group(2):
        return None
    amount, unit = m.group(1), m.group(2).lower()
    units = {"ki": "Ki", "mi": "Mi", "gi": "Gi", "ti": "Ti", "k": "k", "m": "M", "g": "G", "t": "T"}
    # "m" alone is milli for CPU; for memory people mean megabytes only when they say "mb".
    return f"{amount}{units[unit]}" if unit != "m" else None


def schedule(text: str) -> str | None:
    """A cron schedule from phrases like 'nightly', 'every 6 hours', 'daily at 2am'."""
    t = text.lower()
    if m := rx(r"every\s+(\d+)\s+hours?").search(t):
        return f"0 */{int(m.group(1))} * * *"
    if rx(r"\bhourly\b|every hour\b").search(t):
        return "0 * * * *"
    hour = 2
    if m := rx(r"\bat\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b").search(t):
        hour = int(m.group(1)) % 24
        if m.group(3) == "pm" and hour < 12:
            hour += 12
        if m.group(3) == "am" and hour == 12:
            hour = 0
        minute = int(m.group(2) or 0)
        if rx(r"\bweekly\b|every week").search(t):
            return f"{minute} {hour} * * 0"
        return f"{minute} {hour} * * *"
    if rx(r"\bweekly\b|every week|once a week").search(t):
        return f"0 {hour} * * 0"
    if rx(r"nightly|every night|daily|every day|each day|each night|once a day|per day").search(t):
        return f"0 {hour} * * *"
    return None


# A label selector said negated: the workloads WITHOUT that label ("deployments not labelled
# tier=backend", "that aren't labeled tier=backend", "without the label tier=backend", "lacking
# tier=backend", "that do not carry tier=backend", "with tier!=backend", "-l tier!=backend"). It
# selects the complement of the label set — never the set itself (:func:`.compound.labelled`).
_NOT = r"(?:not|n't|never)"
NOT_LABELLED = re.compile(
    r"(?:\b(?:(?:(?:is|are|was|were|be)\s+)?(?:not|never)\s+|(?:is|are|was|were)n'?t\s+|un)"
    r"(?:been\s+|yet\s+)?(?:labell?ed|tagged|marked|carrying|having|matching|"
    r"bearing|selected\s+by)(?:\s+(?:with|as|by))?|"
    r"\b(?:without|lacking|missing|minus|sans)|"
    rf"\b(?:that|which|who)\s+(?:do|does|did)\s*{_NOT}\s+(?:have|carry|bear|match|hold)|"
    r"\b(?:that|which)\s+(?:don't|doesn't|dont|doesnt|lack|miss)(?:\s+(?:have|carry|bear|match))?)"
    r"\s+(?:the\s+|a\s+|any\s+)?(?:labels?\s*:?\s*|selector\s*:?\s*)?"
    r"(?P<selector>[a-z0-9][a-z0-9./\-]*=[a-z0-9][a-z0-9._\-]*)(?![\w=])"
    # "with tier!=backend", "-l tier!=backend": the selector's own inequality.
    r"|(?<![\w.\-/])(?P<key>[a-z0-9][a-z0-9./\-]*)\s*!=\s*(?P<value>[a-z0-9][a-z0-9._\-]*)(?![\w=])",
    # Lower-case only: "without FOO=bar" names a variable, never a label.
)


_RUN = re.compile(r"[\w-]+")
_PLAIN_NAME = re.compile(r"[\w-]+")


def names_said(text: str, names: list[str]) -> list[str]:
    """Of ``names``, those said in ``text`` as a whole name: not part of a longer hyphenated
    one ("my-api" is not said in "my-api-config", nor "api" in "my-api"). In the order of
    ``names``. One pass over the text, not one regular expression per name: a namespace of
    2,000 workloads would otherwise compile 2,000 patterns per clause."""
    runs = set(_RUN.findall(text))
    return [
        n
        for n in names
        if (
            n in runs
            if _PLAIN_NAME.fullmatch(n)
            else rx(rf"(?<![\w-]){re.escape(n)}(?![\w-])").search(text)
        )
    ]


# The characters other than ASCII that a case-blind pattern matches to an ASCII letter
# (re.IGNORECASE: capital I with a dot and dotless i match "i", long s matches "s", the
# Kelvin sign matches "k").
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def names_in(text: str, names: Iterable[str]) -> list[str]:
    """Of ``names`` (Kubernetes names: ASCII), in their order, those whose letters occur
    anywhere in ``text``, case aside: every name a case-blind pattern could find in ``text``,
    and more (a part of a longer word counts). A pattern made of all the namespace's names
    then finds what it would find made of these only, at the cost of the few: one pattern of
    2,000 names costs a fraction of a second to compile, and a reader compiles one per rule
    and plan."""
    folded = text.translate(_ASCII_FOLD).lower()
    if isinstance(names, (frozenset, tuple)):
        pairs, by_head, short = _lowered(names)
        # Only the names whose first three letters occur in the text can occur in it: a pass
        # over the text's triples, not over 2,000 names (same names, same order).
        heads = {folded[i : i + _HEAD] for i in range(len(folded) - _HEAD + 1)}
        hits = [i for head in heads.intersection(by_head) for i in by_head[head]]
        hits.extend(short)
        hits.sort()
        return [pairs[i][0] for i in hits if pairs[i][1] in folded]
    return [n for n in names if n.lower() in folded]


# How many of a name's first letters index it (:func:`_lowered`).
_HEAD = 3
# Each of a set of names (in its order) beside its lower case; the positions of those at least
# _HEAD long by their first _HEAD lowered letters; the positions of the shorter ones.
_Lowered = tuple[list[tuple[str, str]], dict[str, list[int]], list[int]]
# The lowered names of the last few sets of names read (a plan reads the same ones again and
# again), by identity, each with the set itself so that its id is not taken by another (a set
# that cannot change: what is kept is a function of it alone, never stale).
_LOWERED_KEPT = 8
_lowered_kept: OrderedDict[int, tuple[Collection[str], _Lowered]] = OrderedDict()
_lowered_lock = threading.Lock()


def _lowered(names: frozenset[str] | tuple[str, ...]) -> _Lowered:
    """Each of ``names`` (which cannot change) beside its lower case, in their order, and the
    index of their positions by first letters."""
    with _lowered_lock:
        held = _lowered_kept.get(id(names))
        if held is not None and held[0] is names:
            _lowered_kept.move_to_end(id(names))
            return held[1]
    pairs = [(n, n.lower()) for n in names]
    by_head: dict[str, list[int]] = {}
    short: list[int] = []
    for i, (_, low) in enumerate(pairs):
        if len(low) < _HEAD:
            short.append(i)
        else:
            by_head.setdefault(low[:_HEAD], []).append(i)
    lowered = (pairs, by_head, short)
    with _lowered_lock:
        _lowered_kept[id(names)] = (names, lowered)
        while len(_lowered_kept) > _LOWERED_KEPT:
            _lowered_kept.popitem(last=False)
    return lowered


@lru_cache(maxsize=8)
def lowered(names: frozenset[str]) -> frozenset[str]:
    """``names`` in lower case, as ``frozenset(n.lower() for n in names)`` makes them. Made once
    per set: a plan's readers lower the namespace's 2,000 names again and again, and the set
    is the same object from plan to plan while the lists hold the same objects. (Kept by the
    set itself, which cannot change: the answer is a function of it alone, never stale; the
    last few only.)"""
    return frozenset(n.lower() for n in names)


def said_names(text: str, names: Iterable[str], tail: str = r"(?![\w\-/])") -> list[str]:
    """Of ``names``, in their order, those ``text`` says as whole names, case aside: not inside
    a longer name or a path ("my-api" is not said by "my-api-config" or "img/my-api"; ``tail``
    is what may not follow). Only the few whose letters occur in ``text`` (:func:`names_in`)
    are matched by a pattern, so a namespace of 2,000 names costs a scan, not 2,000 patterns."""
    return [
        n
        for n in names_in(text, names)
        if rx(rf"(?<![\w\-./]){re.escape(n)}{tail}", re.I).search(text)
    ]
