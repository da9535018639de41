"""Words that tell of a change without ordering it: pledges, plans agreed, advice asked, wishes.

Read by :func:`.hearsay.check` as rows of its table (:data:`SHAPES`), over the message
lower-cased. Each is asked back, never planned (round 38, m44b, attack44):

- a pledge the speaker made to someone else ("I told the team I'd scale orders to 7", "I
  said I'd handle restarting worker", "we told support we would roll back checkout"): what
  the speaker means to do, not an order to the tool now;
- another person's pledge to take a task on ("Bob said he'd handle restarting my-api", "Dana
  told us she'll take care of scaling orders to 5");
- a change agreed or decided at a meeting or a past time ("we agreed in standup to scale
  my-api to 6", "we decided yesterday to restart worker", "in the retro we agreed to …"): a
  report of a decision, asked ("we agreed to restart payments at 05:00", with no meeting and no
  past time, stays an order that waits: round 10), also as a heading with the change after a
  colon or a dash ("we agreed in standup: …"; round 40);
- another's task said as a heading ("alice will do it after lunch: …"), another's promise to
  alert ("argo will alert me if …"), another's words relayed as an order ("bob said to alert
  me if …"; a document's, "the runbook says to …", is left to the other readers): round 40;
- a plan said in Jamaican Creole ("dem a go restart worker later": they are going to; "Priya fi
  scale orders tomorrow": Priya is to), with its subject;
- advice asked ("would you restart my-api if you were me?", "in my shoes would you roll back
  frontend?", "if it were up to you, would you scale orders to 6?");
- a count wished ("my-api at 4 replicas would be ideal", "4 replicas for payments would be
  nice"): a wish of the speaker's said as an opinion ("…, that would be great" after an order
  is politeness: the order plans; "it would be great if frontend had 4 replicas" is
  :mod:`.polite`'s).
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import guard, voices

_I = re.I
# The act a pledge names: a verb of change, or a task taken on ("handle restarting …").
_TAKES_ON = (
    r"(?:(?:also|still|then|just|probably|soon|go\s+and|go\s+ahead\s+and|handle|take\s+care\s+of|"
    r"deal\s+with|look\s+after|sort\s+out|own|cover|get\s+to|do|see\s+to)\s+)*(?:the\s+)?"
)
# (Round 40, attack46: "we agreed in standup to double the memory limit of my-api": a change
# said by an amount's verb, or an alert or a switch, is an act too.)
_ACT = (
    rf"{_TAKES_ON}(?:{guard.VERBS}|bounce|cycle|redeploy|kick|reboot|double|halve|triple|"
    r"quadruple|give|put|cap|switch|move|pin|turn|bring|alert|notify|page|spread|harden|ship|"
    r"[a-z]+ing)\b"
)
# A speaker's or a person's "I'd", "we will", "she's going to".
_WILL = (
    r"(?:'d|'ll|\s+would|\s+will|'m\s+going\s+to|'m\s+gonna|\s+am\s+going\s+to|'re\s+going\s+to|"
    r"'s\s+going\s+to|'s\s+gonna|\s+(?:is|are|was|were)\s+going\s+to|\s+could|\s+can)"
)
_TOLD = (
    r"(?:told|tell|said\s+to|texted|messaged|pinged|emailed|assured|reassured|let\s+\S+\s+know|"
    r"confirmed\s+to|wrote\s+to|agreed\s+with)"
)
# A verb of promising said by the speaker ("we promise to …", "I vow that I'll …").
_VOWS = r"(?:promise|promised|pledge|pledged|vow|vowed|swear|swore|commit|committed)"
# A verb of opinion said of another's view ("Kofi reckons we …", "bob believes you …").
_OPINES = (
    r"(?:reckons|reckoned|thinks|thought|believes|believed|feels|felt|figures|figured|"
    r"guesses|guessed|suspects|suggests|suggested|proposes|proposed|recommends|recommended|"
    r"says|said|claims|claimed|insists|insisted|reckon|think|believe|feel)"
)
# Not another person: the speaker, the reader, a pronoun, a filler.
_NOT_WHO = (
    r"(?:i|we|you|u|me|us|it|this|that|there|he|she|they|please|pls|plz|then|also|and|so|"
    r"just|ok|okay|yes|no|let'?s|now|later|today|tomorrow|tonight)"
)
_WHO = rf"(?!{_NOT_WHO}\b)@?[a-z][\w.\-]*"
# A meeting, or the past time a decision was made in.
_MEETING = (
    r"(?:stand-?ups?|daily|sync|meeting|retro|retrospective|call|huddle|review|planning|"
    r"post-?mortem|1:1|one-on-one|cab|slack|chat|thread|channel|incident|war\s*room|bridge|"
    r"kickoff|demo|grooming|refinement|triage)"
)
_WHEN_AGREED = (
    r"(?:(?:in|at|during|after|on|over)\s+(?:the\s+|our\s+|this\s+morning'?s\s+|today'?s\s+|"
    r"yesterday'?s\s+|last\s+week'?s\s+|friday'?s\s+|monday'?s\s+)?(?:[\w\-']+\s+){0,2}?"
    rf"{_MEETING}|yesterday|earlier(?:\s+today)?|last\s+(?:night|week|sprint|time)|"
    r"this\s+morning|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_AGREED = r"(?:agreed|decided|settled|voted|committed|resolved)"
# Advice asked: what the reader would do in the speaker's place.
_IN_MY_PLACE = (
    r"\bif\s+(?:you|u)\s+(?:were|was)\s+(?:me|in\s+my\s+(?:shoes|place|position|seat))\b|"
    r"\b(?:in|from)\s+my\s+shoes\b|\bwould\s+(?:you|u)\b[^.;!]*\bin\s+my\s+(?:position|place)\b|"
    r"\bif\s+it\s+(?:were|was)\s+(?:up\s+to\s+you|your\s+(?:call|decision|choice|cluster))\b|"
    r"\bif\s+(?:you|u)\s+(?:had|got)\s+to\s+(?:choose|decide|pick)\b"
)
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few)\s+"
    r"(?:replicas?|pods?|instances?|copies|nodes?)"
)
_NICE = (
    r"(?:ideal|nice|great|good|best|perfect|lovely|awesome|better|preferable|optimal|sweet|cool|"
    r"amazing|fantastic|wonderful|excellent|the\s+dream|a\s+dream)"
)

# A heading's end: a colon or a dash, with the change after it.
_HEADING = r"(?::|\s[-\u2013\u2014]+)(?=\s*\S)"
# Tools whose own work is alerting (a rule they run is what an alert request sets up).
_ALERTERS = (
    r"(?:prometheus|alertmanager|grafana|pagerduty|opsgenie|the\s+alert|an?\s+alert|alerts?|"
    r"the\s+rule|a\s+rule|it|this|that)"
)
# Documents whose words are the speaker's task ("the runbook says to restart worker": a step).
_DOCUMENTS = (
    r"(?:runbook|playbook|docs?|documentation|wiki|ticket|readme|sop|guide|manual|checklist|"
    r"procedure|plan|spec|jira|issue|task|card|story|lab|assignment|exercise|homework|course|"
    r"tutorial|lesson|training|article|blog|post|book|handbook|slides?|instructions?|notes?|"
    r"page|policy|standard|guidelines?|script|recipe|howto|how-to)"
)
_PLEDGE = "a pledge or a plan told of, not an order to me now"
_HINT = "If you want it done now, say it as an order of your own"
# (what, the words, the hint, whether an order in a clause after them stands): as
# :data:`.hearsay._SHAPES`; a group "who" names the person (never a please's order).
_Row = tuple[str, re.Pattern[str], str, bool]
SHAPES: tuple[_Row, ...] = (
    (
        _PLEDGE,
        re.compile(
            # The speaker's pledge to someone ("I told the team I'd scale orders to 7").
            rf"^\W*(?:i|we)\s+(?:(?:already|just|also)\s+)?{_TOLD}\s+(?:[\w@#\-']+\s+){{0,3}}?"
            rf"(?:that\s+)?(?:i|we){_WILL}\s+{_ACT}|"
            rf"^\W*(?:i|we)\s+(?:(?:already|just|also)\s+)?said\s+(?:that\s+)?(?:i|we){_WILL}\s+"
            rf"{_ACT}",
            _I,
        ),
        _HINT,
        True,
    ),
    (
        _PLEDGE,
        re.compile(
            # Round 39 (sh45, attack45): the speaker's promise or vow ("we promise to scale
            # worker to 7 next sprint", "I swear I'll restart payments"): a pledge, not an
            # order now (a time after it would only make it wait).
            rf"^\W*(?:i|we)\s+(?:(?:hereby|solemnly|already|also)\s+)?{_VOWS}\s+(?:to\s+|"
            rf"(?:that\s+)?(?:i|we){_WILL}\s+){_ACT}",
            _I,
        ),
        _HINT,
        True,
    ),
    (
        _PLEDGE,
        re.compile(
            # Round 39 (sh45, attack45): another person's opinion of what we (or you) do
            # ("Kofi reckons we scale worker to 7", "my lead believes we restart orders",
            # "Ana figures you could bounce checkout"): their view, not an order.
            rf"^\W*(?:the\s+|our\s+|my\s+)?(?P<who>{_WHO}(?:\s+team)?)\s+{_OPINES}\s+"
            rf"(?:that\s+)?(?:we|you|u)(?:{_WILL}|\s+(?:should|must|might|may|ought\s+to|"
            rf"need\s+to|have\s+to|had\s+better|better))?\s+{_ACT}",
            _I,
        ),
        _HINT,
        True,
    ),
    (
        _PLEDGE,
        re.compile(
            # Another person's pledge to take a task on ("Bob said he'd handle restarting …").
            rf"^\W*(?:the\s+|our\s+|my\s+)?(?P<who>{_WHO})\s+(?:says|said|mentioned|wrote|"
            rf"claims|claimed|{_TOLD}(?:\s+(?:me|us|the\s+team|everyone))?)\s+(?:that\s+)?"
            rf"(?:he|she|they){_WILL}\s+(?:(?:also|still|then|just|probably|soon)\s+)?"
            r"(?:handle|take\s+care\s+of|deal\s+with|look\s+after|sort\s+out|own|cover|see\s+to|"
            r"do)\s+(?:the\s+)?[a-z][\w\-]*",
            _I,
        ),
        _HINT,
        True,
    ),
    (
        _PLEDGE,
        re.compile(
            # A change agreed at a meeting or a past time ("we agreed in standup to …").
            rf"^\W*(?:we|the\s+team|everyone|they|(?:the\s+)?[\w\-]+\s+team|[a-z]+\s+and\s+"
            rf"[a-z]+)\s+(?:all\s+)?{_AGREED}\s+(?:on\s+it\s+)?{_WHEN_AGREED}\s*,?\s+"
            rf"(?:to|on|that\s+(?:we|i|you|they)\s+(?:would|'d|will|should))\s+{_ACT}|"
            rf"^\W*{_WHEN_AGREED}\s*,?\s+(?:we|the\s+team|everyone|they)\s+(?:all\s+)?{_AGREED}\s+"
            rf"(?:to|on|that)\s+",
            _I,
        ),
        _HINT,
        True,
    ),
    (
        _PLEDGE,
        re.compile(
            # A plan said in Jamaican Creole ("dem a go restart …", "Priya fi scale …").
            rf"^\W*(?:the\s+|our\s+)?(?P<who>(?!(?:you|u|it|this|that|there)\b)[a-z][\w.\-]*)"
            rf"\s+(?:{voices.PATOIS.plan})\s+{_ACT}",
            _I,
        ),
        _HINT,
        True,
    ),
    (
        "a request for advice (what you would do in my place), not an order",
        re.compile(_IN_MY_PLACE, _I),
        "If you want it done, say it as an order of your own",
        False,
    ),
    (
        "a wish said as an opinion, not an order",
        re.compile(
            # Round 39 (sh45, attack45): a daydream ("dreaming of my-api at 7 replicas", "I
            # dream of checkout on 2.0"): a wish, as a count wished as an opinion is.
            r"^\W*(?:(?:i'?m|i\s+am|we'?re|we\s+are|been|still|just|honestly|tbh)\s+)*"
            r"(?:(?:day)?dreaming|fantasi[sz]ing)\s+(?:of|about)\b|"
            r"^\W*(?:i|we)\s+(?:(?:still|often|sometimes)\s+)?(?:(?:day)?dream|fantasi[sz]e)\s+"
            r"(?:of|about)\b",
            _I,
        ),
        "If you want it done, say it as an order of your own",
        True,
    ),
    (
        "a wish said as an opinion, not an order",
        re.compile(
            r"^\W*(?!(?:if|please|pls|can|could|would|will|it|that|this)\b)"
            r"(?:(?:having|running|keeping|getting)\s+)?(?:the\s+)?"
            rf"(?:[\w\-]+\s+(?:at|on|with|running|to|back\s+at|back\s+on)\s+{_COUNT}|"
            # (the workload first, the count beside it: "worker 3 replicas would be nice")
            rf"[\w\-]+,?\s+{_COUNT}|{_COUNT}\s+"
            rf"(?:for|on|of|in)\s+(?:the\s+)?[\w\-]+)\s+(?:would|'d|will)\s+be\s+"
            rf"(?:(?:really|so|very|just|absolutely|pretty|quite)\s+)?{_NICE}\b[^,;:.!?]*[.!]*$",
            _I,
        ),
        "If you want it done, say it as an order of your own",
        True,
    ),
    (
        _PLEDGE,
        re.compile(
            # Round 40 (sh46b, attack46): a decision at a meeting said as a heading, the change
            # after a colon or a dash ("we agreed in standup: only checkout may reach postgres",
            # "in the retro we decided - my-api needs a 2Gi memory limit"): the report of a
            # decision, whatever the words after it (a meeting or a past time is said; "we
            # agreed: …" alone is not read here).
            rf"^\W*(?:we|the\s+team|everyone|they|(?:the\s+)?[\w\-]+\s+team|[a-z]+\s+and\s+"
            rf"[a-z]+)\s+(?:all\s+)?{_AGREED}\s+(?:on\s+it\s+)?{_WHEN_AGREED}\s*{_HEADING}|"
            rf"^\W*{_WHEN_AGREED}\s*,?\s+(?:we|the\s+team|everyone|they)\s+(?:all\s+)?"
            rf"{_AGREED}\s*{_HEADING}|"
            # Another person's task said as a heading ("alice will do it after lunch: …", "bob's
            # going to handle this tomorrow - …"): theirs to do, never an order to me now.
            rf"^\W*(?:the\s+|our\s+|my\s+)?(?P<who>{_WHO}(?:\s+team)?)\s*(?:'ll|\s+will|"
            r"\s+(?:is\s+)?going\s+to|'s\s+going\s+to|\s+(?:is\s+)?gonna|'s\s+gonna)\s+"
            r"(?:(?:also|then|just|probably)\s+)?(?:do|handle|take\s+care\s+of|sort\s+out|own|"
            r"see\s+to|deal\s+with|run|apply)\s+(?:it|this|that|them)\b[^:\n]{0,40}?"
            rf"{_HEADING}|"
            # Another person's or tool's promise to alert ("argo will alert me if …", "bob'll
            # page us when …"); an alerting tool's own ("alertmanager will page me if …") is
            # what an alert rule makes, read by the rules.
            rf"^\W*(?:the\s+|our\s+|my\s+)?(?P<alerter>(?!{_ALERTERS}\b){_WHO})\s*(?:'ll|\s+will|"
            r"\s+(?:is\s+)?going\s+to|'s\s+going\s+to|\s+(?:is\s+)?gonna)\s+(?:alert|notify|page|"
            r"ping|text|email|call|warn|tell)\s+(?:me|us|you|the\s+team|on-?call)\b|"
            # Another's words relayed as an order ("bob said to alert me if …"): hearsay, not
            # the speaker's order (a task given to the speaker, "Aisha asked me to …", is
            # theirs: relayed.py).
            rf"^\W*(?:the\s+|our\s+|my\s+)?(?P<sayer>(?!{_DOCUMENTS}\b){_WHO})\s+(?:said|says)"
            rf"\s+to\s+{_ACT}",
            _I,
        ),
        _HINT,
        False,
    ),
)
