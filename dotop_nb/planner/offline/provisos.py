"""More words that open a condition or a time said after an order (round 23, cond).

"rollback checkout the moment errors spike", "update my-api to 2.3.1 should QA pass", "delete
worker had the migration succeeded", "scale payments to 0 post-drain", "rollback checkout on
alert", "… at the first sign of trouble", "… given QA passes", "… in the event the alert fires",
"… absent objections", "… in the absence of complaints", "… following cutover". Each says when
(or whether) the change should run; the planner read none of them, so the change was planned to
run now. :data:`OPENS` joins the openers :mod:`.waits` reads (waits.MORE_OPENS, which the guard
reads too): such a phrase is waited for as the proposal's ``awaits`` or asked, never dropped.

:data:`COMPARISON` is a condition said with no word at all: a metric compared with a quantity
after the order ("rollback checkout p99 > 1s"), asked by the guard.

Pure text.
"""

from __future__ import annotations

import re

# A verb said of the awaited thing ("QA passes", "errors spike", "the alert fires", "CI is
# green", "the migration is done"): what makes the words after an opener a clause.
_VERB = (
    r"(?:is|are|was|were|has|have|had|gets?|goes|go|turns?|becomes?|comes?|lands?|pass(?:es)?|"
    r"fails?|drains?|finish(?:es)?|appears?|spikes?|fires?|starts?|ships?|succeeds?|merges?|"
    r"clears?|completes?|hits?|breaks?|ends?|drops?|rises?|recovers?|settles?|opens?|closes?|"
    r"deploys?|signs?|approves?|says?|looks?|stays?|remains?|holds?|works?|trips?|pages?|"
    r"errors?|crash(?:es)?|dies?|stalls?|regress(?:es)?|happens?|occurs?|arrives?|lights?|"
    r"shows?|flips?|exceeds?|reaches?|wraps?|greenlights?|allows?|permits?|agrees?|requires?|"
    r"needs?|wants?|confirms?|gives?|okays?|oks?|blesses|climbs?|jumps?|grows?|increases?|"
    r"decreases?|degrades?|slows?|surges?|times?\s+out|falls?|dips?|flaps?|blows?|"
    r"goes|completed|finished|succeeded|passed|failed|merged|landed|shipped|approved|signed)"
)
# The bare verb after an inverted "should" ("should QA pass", "should errors spike").
_BARE = (
    r"(?:pass|fail|spike|succeed|break|crash|finish|land|ship|go|come|drop|rise|clear|complete|"
    r"fire|trip|page|error|flap|degrade|drain|happen|occur|appear|recover|approve|sign|object|"
    r"complain|hang|die|stall|regress|merge|turn|exceed|hit|reach|start|end|look|get|work|"
    r"slip|slow|climb|jump|surge|go\s+red|go\s+green|time\s+out|fall\s+over|blow\s+up)"
)
# A subject: a pronoun, or up to three words before a verb of the list.
_CLAUSE = (
    r"(?=\s+(?:that\s+)?(?:it|it'?s|they|they'?re|we|we'?re|i|i'?m|you|you'?re|he|she|someone|"
    r"somebody|everyone|everything|[\w\-]+'s)\b|"
    r"\s+(?:that\s+)?(?:(?:the|a|an|our|its|their|my|your|this|that|any|all|every)\s+)?"
    rf"(?:[\w\-.]+\s+){{0,3}}?{_VERB}\b)"
)
# Events said after "post-" or "following" with no determiner ("post-QA", "following cutover").
_EVENT = (
    r"(?:qa|ci|uat|drain|cut-?over|review|approval|sign-?off|launch|go-?live|freeze|holidays?|"
    r"sale|peak|outage|incident|merge|release|deploy(?:ment)?|rollout|migration|upgrade|"
    r"maintenance|backfill|failover|switchover|audit|demo|standup|smoke(?:\s+tests?)?|"
    r"tests?|testing|validation|verification|soak|canary|approval)"
)
# A sign of trouble ("at the first sign of trouble", "on the first error").
_FIRST = (
    r"(?:at|on|upon|with)\s+the\s+(?:very\s+)?(?:first|earliest|slightest|least)\s+(?:sign|hint|"
    r"whiff|indication|signs|error|errors|failure|alert|alarm|page|spike|problem|issue|5xx|blip|"
    r"hiccup|regression|complaint|trouble|crash|timeout|exception|incident)s?\b"
)
# "on alert", "on red", "on sign-off": an event noun said after "on" that says when.
# ("alert on errors", "page on failure", "restart on failure" are what a rule or a policy does:
# not read here.)
_ON_EVENT = (
    r"(?<!alert\s)(?<!alerts\s)(?<!alerting\s)(?<!page\s)(?<!notify\s)(?<!fire\s)(?<!trigger\s)"
    r"(?<!restart\s)(?<!fail\s)(?<!exit\s)(?<!crash\s)(?<!warn\s)(?<!log\s)(?<!restarts\s)"
    r"(?<!restarted\s)(?<!restarting\s)(?<!exits\s)(?<!fails\s)(?<!retry\s)(?<!retries\s)"
    r"(?<!retrying\s)(?<!kill\s)(?<!kills\s)(?<!alerts\s)(?<!pages\s)(?<!notifies\s)"
    r"(?<!fires\s)(?<!triggers\s)"
    r"(?:up)?on\s+(?:alert|alarm|red|amber|sign-?off|approval|completion|success|failure|"
    r"breach|incident|outage|page|go-?live|cut-?over|merge|release|launch|error|errors)"
    r"(?=\s*(?:[,;.!?)]|$))"
)
# "the moment latency climbs": after "moment", "minute" or "instant" any verb in -s or -ed
# says a clause ("the second" is an ordinal as often: only before a verb of the list).
_ANY_VERB = (
    r"(?=\s+(?:that\s+)?(?:(?:the|a|an|our|its|their|my|your|this|that|any|all|every)\s+)?"
    r"(?:[\w\-.]+\s+){1,3}?[a-z]+(?:s|ed)(?:\s+\w+)?\s*(?:[,;.!?)]|$))"
)
OPENS = (
    rf"(?:(?:at\s+)?the\s+(?:very\s+)?(?:moment|minute|instant){_ANY_VERB}|"
    r"(?:at\s+)?the\s+(?:very\s+)?(?:moment|minute|second|instant)"
    rf"{_CLAUSE}|"
    # "should QA pass", "should errors spike": "should" before its subject and a bare verb.
    r"should(?=\s+(?!(?:be|have|not|never|also|really|probably|still|just|now|only|always|"
    r"definitely|maybe|ideally|then|we|i|you)\b)[\w\-]+(?:\s+[\w\-]+)?\s+"
    rf"(?:{_BARE})\b)|"
    # "had the migration succeeded", "had QA passed": "had" before its subject and a participle.
    r"(?<!we\s)(?<!i\s)(?<!it\s)(?<!they\s)(?<!you\s)(?<!which\s)(?<!that\s)(?<!who\s)"
    r"(?<!he\s)(?<!she\s)"
    r"had(?=\s+(?:(?:the|a|an|our|its|their|this|that)\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+"
    r"(?:\w+ed|been|gone|done|run|begun|shipped|passed|cleared|landed)\b)|"
    # "were it necessary", "were QA to pass": "were" before its subject.
    r"were(?=\s+(?:it|they|we|this|that|there|(?:the\s+)?[\w\-]+)\s+(?:necessary|needed|"
    r"required|possible|to|ready|done|green|approved)\b)|"
    # "given QA passes": a condition; "given that …", "given the load" is a reason (occasions).
    rf"given(?!\s+that\b){_CLAUSE}|"
    r"in\s+the\s+event(?!\s+(?:of|that)\b)(?!\s+(?:log|logs|stream|bus|queue|handler|loop|"
    r"hub|source|data|type)\b)(?=\s+\S)|"
    rf"{_FIRST}|{_ON_EVENT}|"
    rf"post-{_EVENT}\b|following(?=\s+{_EVENT}\b)|"
    # "post QA" closing its clause ("post the status to #ops" is a verb: not here).
    rf"post(?=\s+{_EVENT}\s*(?:[,;.!?)]|$))|"
    r"in\s+the\s+absence\s+of|"
    r"(?<!the\s)(?<!is\s)(?<!are\s)(?<!be\s)absent(?=\s+(?:any\s+)?(?:objections?|complaints?|"
    r"issues?|problems?|alerts?|errors?|incidents?|regressions?|pushback|concerns?|feedback|"
    r"news|word|vetoes?|blockers?|findings?|failures?|surprises?)\b))"
)

# A metric compared with a quantity, after an order: "rollback checkout p99 > 1s", "restart
# worker queue depth >= 500" (">" reaches the guard as "above"). Which way, and who checks it,
# is not said: asked. (A resource's own value, "memory above 1Gi", is no measure: not here.)
COMPARISON = re.compile(
    r"(?<![\w\-./:=@])(?:p\d{2,3}(?:\s+latency)?|latency|errors?|error[\s_-]?rates?|5xx|4xx|"
    r"(?:cpu|memory|mem)[\s_-]?(?:usage|utili[sz]ation|load)|lag|backlog|rps|qps|"
    r"queue[\s_-]?(?:depth|length|size|lag)|response[\s_-]?times?|saturation|restart[\s_-]?count)"
    r"\s*(?:>=?|<=?|\u2265|\u2264|==|(?:is\s+|goes\s+|gets\s+|stays\s+)?(?:above|below|over|"
    r"under|beyond|exceeds?|greater\s+than|more\s+than|less\s+than|higher\s+than|lower\s+than))"
    r"\s*\d"
)
