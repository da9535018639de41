"""Time and condition words that are no time to wait for, and no condition to check.

The guard asks about every condition or time on a change the plan makes now (:mod:`.guard`):
"scale cart to 5 tonight" must not scale it now. But people say "when", "before", "if" and
"tonight" about other things, and a question there is a miss:

- **courtesy** — the requester's time, not the change's: "when u get a sec", "whenever you're
  free", "at your convenience", "if you don't mind", "no rush";
- **purpose** — the occasion the change is for, which doing it now satisfies: "for tonight's
  maintenance window", "ahead of friday's launch", "before we upgrade payments", "in
  preparation for the migration"; and a reason that is already past: "after last night's
  outage". A real schedule ("at 2am", "tomorrow", "after the migration finishes") is not one:
  the event must be named as a noun or as what *we* will do, and a clock time stays outside;
- **revision** (rollback) — "the release before this one", "what ran before the last deploy"
  name the previous revision; one named by its date ("before yesterday's deploy") or "the one
  before last" is asked (:func:`revision_question`);
- **capability** — a condition that is what the capability does, said in its own words by
  :func:`canonical`: "if frontend hangs, restart it" is a liveness probe, "when cpu goes over
  70%, add pods" an autoscaler at 70 %.

Everything here is pure text. The plan that reads one of these says it runs when approved.

Example::

    courtesy_blanked("scale cart to 3 when you get a sec")   # 'scale cart to 3                 '
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import beforehand, provisos, statements
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.timewords import DAY_NAME

_YOU = r"(?:you|u|ya|y'?all|you guys|someone|somebody|anyone|one of you)"
_FREE_TIME = (
    r"(?:a\s+|the\s+|some\s+)?(?:free\s+|spare\s+|quick\s+)?(?:sec|secs|second|seconds|min|mins|"
    r"minute|minutes|moment|mo|chance|time|cycles|bandwidth|break)\b"
)
# Said of the person asked, never of the workload: "when u get a sec", "once you're back".
COURTESY = re.compile(
    rf"\b(?:when(?:ever)?|once|if|as soon as)\s+{_YOU}\s+(?:gets?|has|have|finds?|got|grabs?)\s+"
    rf"(?:a\s+)?{_FREE_TIME}(?:\s+(?:or\s+two|to\s+spare))?|"
    rf"\b(?:when(?:ever)?|once|if)\s+{_YOU}\s*(?:'re|are|r)?\s+(?:free|around|back|online|"
    r"available|able(?:\s+to)?|done\s+with\s+(?:that|your\s+\w+)|not\s+busy|less\s+busy)\b|"
    rf"\b(?:when(?:ever)?|once|if)\s+{_YOU}\s+(?:(?:can|could)(?!['\u2019]|n'?t\b)|get\s+(?:a\s+)?chance|get\s+(?:round|around)\s+"
    r"to\s+it|get\s+to\s+it|come\s+back|get\s+back)\b|"
    r"\bat\s+your\s+(?:earliest\s+)?convenience\b|"
    r"\bwhen(?:ever)?\s+(?:it'?s\s+|it\s+is\s+)?convenient(?:\s+for\s+you)?\b|"
    r"\bwhen(?:ever)?\s+time\s+permits\b|\bwhenever\s+(?:it\s+)?(?:works|suits)(?:\s+(?:for\s+)?you)?\b|"
    r"\bif\s+(?:you|u)\s+(?:don'?t|do\s+not)\s+mind\b|"
    # "if it's not too much trouble", "if that isn't a bother": the asker's courtesy.
    r"\bif\s+(?:it|that|this)\s*(?:'s|\s+is|\s+isn'?t|'s\s+not|\s+is\s+not|\s+wouldn'?t\s+be|"
    r"\s+would\s+not\s+be)\s+(?:not\s+)?(?:too\s+much\s+(?:of\s+a\s+)?|an?\s+|any\s+)?"
    r"(?:trouble|hassle|bother|problem|work|effort|pain|imposition)\b|"
    # (Round 19: "…, 3am would be good if that's okay": said alone, ending its clause, too.)
    r"\bif\s+(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:ok|okay|fine|alright|all\s+right)(?:\s+"
    r"(?:with|by|for)\s+(?:you|u|y'?all|everyone)\b|(?=\s*(?:$|[,;.!?])))|"
    r"\b(?:there'?s\s+|there\s+is\s+)?no\s+(?:rush|hurry)\b|"
    # "no worries if not", "all good if you can't": the asker lets the reader decline.
    r"\b(?:no\s+(?:worries|worry|problem|probs|pressure|stress|biggie)|(?:it'?s\s+|that'?s\s+)?"
    r"(?:all\s+good|fine|ok|okay|cool))\s+if\s+(?:not|(?:you|u)\s+(?:can'?t|cannot|can\s+not))\b"
)
# A wish said the same way, except where the category reads it (placement: preferred).
_POSSIBLE = re.compile(
    # "not all at once" says how pods are replaced, never when: no condition to wait for.
    r"\b(?:if|when(?:ever)?)\s+(?:at\s+all\s+)?possible\b|\b(?:not\s+)?(?:all\s+)?at\s+once\b"
)
_WISHES = frozenset({"placement", "ha"})

# "tonight's", "friday's", "next week's", "the 2am": whose occasion it is (a possessive never
# says when the change runs; "… tonight" after the event is left for the guard to ask).
_WHOSE = (
    rf"(?:(?:tonight|tomorrow|today|this\s+(?:evening|morning|afternoon|week(?:end)?)|"
    rf"next\s+(?:week|month|{DAY_NAME})|{DAY_NAME}|the\s+weekend)\s*'\s*s|"
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})"
)
_EVENT = (
    r"(?:maintenance(?:\s+window)?|window|launch|go-?live|release|sale|upgrade|migration|"
    r"cut-?over|deploy(?:ment)?|rollout|roll-out|peak|load\s+test|stress\s+test|demo|"
    r"(?:code\s+)?freeze|campaign|promo(?:tion)?|traffic\s+spike|spike|rush|black\s+friday|"
    r"cyber\s+monday|holidays?|failover\s+test|dr\s+(?:test|drill)|drill|game\s*day|audit|"
    r"switchover|downtime|patching|reindex|restore|rebuild|event|"
    # "the compliance review is next tuesday": an inspection a change gets ready for.
    r"review|inspection|assessment|pentest|pen\s+test|certification)"
)
EVENT = _EVENT  # what a condition may wait for (guard reads it inside a value)
_OCCASION_WORD = (
    r"(?:for|ahead\s+of|before|in\s+preparation\s+for|to\s+prepare\s+for|in\s+time\s+for|"
    r"prior\s+to|in\s+advance\s+of|ready\s+for)"
)
_DETERMINER = r"(?:the|our|this|that|a|an|its|their|his|her|next|upcoming|coming|big)"
# What we will do next, said as a clause: "before we upgrade payments", "before I cut over".
# Time words inside it end it, so "before we start maintenance at 2am" still asks about 2am.
# (Or a team said by its name: "before support runs the bulk refund script", "before the data
# team reindexes".)
_NEXT = (
    r"(?:upgrade|migrate|deploy|release|ship|launch|cut\s+over|switch|roll\s+out|move|start|begin|"
    r"run|do|patch|update|go\s+live|flip|rotate|rebuild|restore|reindex|test|try|bump|kick\s+off|"
    r"drain|failover|fail\s+over)\w*\b"
    r"(?:(?!\s*\b(?:at|tomorrow|tonight|today|on|this|next|in|until|after|when|if|once)\b)"
    r"\s*[^\s,.;:]+){0,5}"
)
_WE_DO = (
    r"(?:we|i|they|ops|the\s+team|someone|support|qa|sre|finance|legal|security|on-?call|"
    rf"the\s+dbas?|dbas?|(?:the\s+)?[\w-]+\s+team)\s+(?:(?:go\s+and|actually|finally)\s+)?{_NEXT}"
)
# A word between the occasion word and its event that is itself a time or a condition ends it:
# "restart cart for 5 minutes after the upgrade" waits for the upgrade.
_GAP = (
    r"(?!(?:after|when|whenever|once|until|if|unless|tonight|tomorrow|today|later|at|in|on|by|"
    # Round 29 (U12): "… for frontend assuming the load test passes": a condition's word.
    r"every|each|assuming|provided|providing|pending|barring|should)\b)[\w-]+\s+"
)
# "for the migration job" names a thing, not an occasion.
_NOT_A_THING = (
    r"(?![\w-]|\s+(?:jobs?|cron\s?jobs?|containers?|pods?|services?|images?|configs?|"
    r"configmaps?|scripts?|workers?|tasks?|deployments?|namespaces?|branch|bucket|notes)\b)"
)
# The occasion's own day after it: "for the campaign of this week", "the migration of tomorrow".
_ITS_DAY = (
    rf"(?:\s+(?:of|on|in)\s+(?:this|next)\s+(?:week(?:end)?|month|{DAY_NAME})|\s+(?:of|on)\s+{DAY_NAME}|"
    r"\s+(?:of\s+)?(?:tomorrow|tonight|today))?"
)
# Round 14: the day of what we do next, said after it: "before we run the migration tonight",
# "ahead of us shipping 2.0 on friday" — when the event is, which the change made now precedes.
# Never a clock time ("before we start maintenance at 2am" is asked: a number the plan must see).
_EVENT_DAY = (
    rf"(?:\s+(?:tonight|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|today|later\s+today|"
    rf"this\s+(?:evening|afternoon|week(?:end)?)|(?:on\s+|this\s+|next\s+)?{DAY_NAME}"
    rf"(?:\s+(?:morning|afternoon|evening|night))?|next\s+week))?(?![\w:])"
)
# A deadline that doing it now meets: "before 18:00 CET", "by 5pm", "no later than noon".
_DEADLINE = (
    # Round 9: "by EOD" is no purpose but a time the plan waits on (waits.MORE_OPENS).
    r"\b(?:before|no\s+later\s+than)\s+(?:\d{1,2}:\d{2}\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm)|noon|"
    r"midnight|eod|cob|end\s+of\s+(?:the\s+)?(?:day|business))"
    r"(?:\s+(?:cet|cest|utc|gmt|est|edt|pst|pdt|ist|bst|local(?:\s+time)?))?\b"
    r"(?:\s+(?:today|tonight))?"
)
# A reason already past, by its date or its duration: "after the configmap change of yesterday",
# "stuck since 3 hours", "broken since yesterday" — "since" never waits for anything.
_PAST_DATE = (
    r"(?:yesterday|last\s+(?:night|week|month|friday|monday|tuesday|wednesday|thursday|"
    r"saturday|sunday)|this\s+morning|earlier(?:\s+today)?)"
)
_SINCE = (
    rf"\bsince\s+(?:(?:\d+|an?|one|two|three|four|five|few|a\s+few|several|many)\s+"
    rf"(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?)|{_PAST_DATE}|{DAY_NAME})\b|"
    rf"\b(?:after|following|since)\s+(?:the|our|a|that|this)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:of|from)\s+{_PAST_DATE}\b"
)
# How long something has been so, a time already past: "stuck since 3 hours", "2 days ago". Not a
# quantity the plan uses (accounting), nor a time to wait for.
PAST_SPAN = re.compile(
    r"\bsince\s+\d+\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?)\b|"
    r"\b\d+\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?)\s+ago\b|"
    # "from the last 30 days' p95", "over the past 2 weeks": the window a figure was read over.
    r"\b(?:last|past|previous|prior)\s+\d+\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|"
    r"months?)\b'?",
    re.I,
)
_CLOCK = (
    r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|noon|midnight)(?:\s*(?:am|pm|o'?clock))?"
    r"(?:\s+(?:cet|cest|utc|gmt|est|edt|pst|pdt|ist|bst))?"
)
# "…, marketing campaign starts at nine", "the sale begins at 18:00": when the occasion the
# change is for begins, said as the last clause after the request — a reason, which doing it
# now meets, and whose clock time is no quantity of the plan (accounting blanks it too).
_STARTS = (
    rf"(?<=[,;.:]\s)(?:{_DETERMINER}\s+)?(?:[\w-]+\s+)?{_EVENT}\s+(?:starts|begins|kicks\s+off|"
    rf"opens|goes\s+live|is)\s+(?:(?:at|on)\s+(?:{_CLOCK}|{DAY_NAME})|(?:on\s+)?(?:next|this|coming)\s+"
    rf"(?:{DAY_NAME}|week))(?:\s+(?:tonight|today|tomorrow))?"
    r"\s*[.!]?\s*$"
)
STARTS = re.compile(_STARTS, re.I)
# Round 20 (times): a deadline said as the state the change must be in by then — "must be live
# before the hard fork at block 21,400,000", "needs to be in place ahead of the drop": whatever
# it comes before, doing it now meets it, and a number in it names the moment, no value.
DEADLINE_STATE = re.compile(
    r"\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:live|done|ready|in\s+place|"
    r"out|deployed|shipped|rolled\s+out|finished|complete[d]?|applied|up)\s+"
    # (Never over a condition of its own: "… before the drop unless the sale is cancelled".)
    r"(?:before|ahead\s+of|prior\s+to)\b"
    r"(?:(?!\b(?:unless|if|when|whenever|once|until|except|provided|but|and)\b)[^,;.:!?]|"
    r"(?<=\d)[,.](?=\d))*",
    re.I,
)
PURPOSE = re.compile(
    rf"\b{_OCCASION_WORD}\s+(?:{_DETERMINER}\s+)?(?:{_WHOSE}\s+)?(?:{_GAP}){{0,3}}?"
    rf"{_EVENT}{_NOT_A_THING}{_ITS_DAY}|{_DEADLINE}|{_SINCE}|"
    # "… of tomorrow" says whose occasion it is, never when the change runs.
    rf"\bof\s+(?:tomorrow|tonight|today|this\s+week(?:end)?|next\s+(?:week|month|{DAY_NAME}))\b|"
    rf"\b(?:before|ahead\s+of|prior\s+to)\s+{_WE_DO}|"
    # "we're about to upgrade payments, scale it to 4 first": what we do next, said ahead.
    # (Only with the request after it: "about to upgrade postgres to 16.5" alone is asked.)
    rf"\b(?:(?:we|i|they)\s*(?:'re|'m|\s+are|\s+am)\s+)?about\s+to\s+{_NEXT}"
    r"(?=\s*[,;:\u2014-]\s*\S)|"
    # "for when the sale starts": what the change gets ready for.
    r"\bfor\s+when\s+[^,;.:!?]*|"
    # A reason already past: "after last night's outage", "since the incident this morning".
    r"\b(?:after|following|since)\s+(?:last\s+night\s*'\s*s|yesterday\s*'\s*s|"
    r"this\s+morning\s*'\s*s|last\s+week\s*'\s*s|the\s+(?:recent|last|latest|earlier))\s+"
    # (Round 29, W2: "after yesterday's 18:00 incident": its clock time too.)
    r"(?:[\w:-]+\s+){0,2}?(?:incident|outage|pages?|alerts?|crash(?:es)?|ooms?|failure|spike|"
    r"postmortem|post-mortem|rca|deploy|release|rollout|upgrade|migration|rotation|patch)\b|"
    # Round 29 (W2): what an event did, said in the past: "after the 2.0 release traffic
    # doubled, roll checkout back", "since the migration latency went up": a reason, no wait.
    r"\b(?:after|following|since)\s+(?:the|our|this|that|last|yesterday'?s)\s+"
    # (No number in it: "after the 2.0 release traffic doubled" holds a version the accounting
    # of numbers must see used, and is still read as before.)
    r"(?:[a-z-]+\s+){0,3}?(?:traffic|errors?|error\s+rates?|latency|load|cpu|memory|requests|"
    r"p\d{2,3}|usage|5xx|4xx|timeouts?|restarts|ooms|queue(?:\s+depth)?)\s+(?:has\s+|have\s+)?"
    r"(?:doubled|tripled|quadrupled|went\s+up|rose|spiked|jumped|increased|grew|climbed|"
    r"exploded|surged|dropped|fell|tanked|went\s+down|skyrocketed)\b|"
    r"\bafter\s+what\s+happened(?:\s+(?:yesterday|last\s+night|this\s+morning|earlier))?\b|"
    + DEADLINE_STATE.pattern
    + "|"
    # Round 20 (times): a thing of no more use since an event, said as how it is now — "the old
    # basket is gone after the migration: delete …". Only an event said as a noun that ends the
    # clause, with no word of time to come ("… is gone once the migration finishes" is asked).
    r"(?:(?<=\bis\s)|(?<=\bare\s))(?:now\s+)?(?:gone|obsolete|unused|orphaned|redundant|superseded)\s+"
    r"(?:after|since|following)\s+(?:the|our|this|that)\s+"
    r"(?:(?!(?:tonight|tomorrow|today|next|later|this|when|once|until|if|at|on|in)\b)[\w-]+\s+){0,2}?"
    r"(?!(?:tonight|tomorrow|today|next|later)\b)[\w-]+(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))"
    + "|"
    + _STARTS
)
# What already happened, said as the reason: "we had an outage right after the checkout
# release", "errors spiked when we deployed 3.1", "after it was patched". English says a time
# still to come in the present tense ("when traffic drops", "after the job has finished"), so a
# condition in the simple past is a story, not a wait: blanked to the end of its clause.
_PAST = (
    r"(?:had|was|were|went|happened|broke|crashed|started|began|got|saw|hit|noticed|spiked|"
    r"failed|died|fell|dropped|ran|lost|did|came|shipped|deployed|released|rolled|upgraded|"
    r"rotated|patched|changed|merged|pushed|finished|landed|oomed|restarted|paged|"
    r"(?!(?:need|feed|speed|seed|exceed|proceed|succeed|embed)\b)[a-z]{3,}ed)"
)
_CLAUSE_END = r"[^,;.:!?]*"
# Whoever it happened to: a name or a pronoun, never a determiner ("the released image").
_SUBJECT = (
    r"(?:we|i|it|they|there|(?!(?:the|to|a|an|of|for|in|on|with|and|or|at|by|from|into|our|your|"
    r"its|their|this|that|be|been|is|are|get|gets)\b)[a-z0-9][\w-]*)"
)
# What happened to a thing: never an adjective before a noun ("deploy patched build once …").
_HAPPENED = (
    r"(?:had|was|were|went|happened|broke|crashed|started|began|spiked|failed|died|fell|dropped|"
    r"errored|oomed|stalled|blew\s+up|fell\s+over|timed\s+out|"
    # What a thing was left with: "orders pods got a stale token after the rotation".
    r"got|picked\s+up|caught|cached|kept|lost|"
    # A state now, which the event caused: "checkout is broken after deploy", "my-api is still
    # reading the old value after …", "payments keeps running a stale image after retags".
    r"(?:is|are)\s+(?:still\s+)?(?:broken|down|failing|crashing|stuck|slow|unhealthy|erroring|"
    r"dead|flaky|degraded|stale|hanging|timing\s+out|\w+ing\b)|(?:is|are)\s+still|"
    r"keeps?\s+\w+ing|still\s+\w+ing|takes?\s+(?:forever|\w*ver|ages|long|too\s+long|a\s+(?:long\s+)?while))"
)
_TOLD = (
    rf"(?:(?:we|i|it|they|there|he|she|someone|somebody)\s+(?:just\s+|also\s+|all\s+|really\s+)?"
    rf"{_PAST}|{_SUBJECT}\s+(?:just\s+|also\s+|all\s+|really\s+)?{_HAPPENED})"
)
# What lies between the story and its time never asks for anything ("… so scale it after …").
_STORY_GAP = (
    r"(?:(?!\b(?:so|then|but|please|pls|kindly|should|must|need|needs|let|lets|can|could)\b)"
    r"[^,;.:!?])*?"
)
NARRATIVE = re.compile(
    rf"\b{_TOLD}\b{_STORY_GAP}"
    rf"(?P<told>\b(?:right\s+|just\s+|shortly\s+|soon\s+)?(?:(?:after|when|before|once|since)\b"
    rf"{_CLAUSE_END}|at\s+\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm)\b|at\s+\d{{1,2}}:\d{{2}}\b))|"
    # (Round 31, gap34a: the subject with its possessive, "when its node was drained last week".)
    rf"(?P<past>\b(?:after|when|since)\s+(?:(?:the|its|their|our|my|your|his|her)\s+)?"
    rf"{_SUBJECT}\s+(?:just\s+)?{_PAST}\b"
    rf"{_CLAUSE_END})"
)
# A reason given for the change: "because recovery after a crash is taking long". What it says
# happens is why, not when: the change is made now.
REASON = re.compile(r"\b(?:because(?:\s+of)?|'cause|cuz|coz|due\s+to|given\s+that)\b[^,;.:!?]*")
# Something else, later, that is not the change: "investigation will be later", "inform the
# platform team after", "revert back once done", "we allow things explicitly after".
_DONE = (
    r"(?:after(?:wards)?|later|once\s+(?:done|finished|it'?s\s+done)|"
    r"when\s+(?:done|finished|it'?s\s+done))"
)
# The change undone later, by whoever asks for it then: "please revert back once done",
# "afterwards we will revert back", "we'll scale it back later". Never planned now (the plan
# says so); a time of its own ("revert it tomorrow") is not one: the guard asks about it.
_UNDO = (
    r"(?:revert|roll\s+(?:it\s+|them\s+|this\s+|that\s+)?back|scale\s+(?:it\s+|them\s+)?"
    r"(?:back|down)|undo|set\s+(?:it|them|this|that)\s+back|switch\s+(?:it\s+)?back|"
    r"put\s+(?:it\s+)?back|bring\s+(?:it\s+)?back|change\s+(?:it\s+)?back)"
)
# "if it still 500s after that we roll it back, but not yet": the next step kept for later,
# on a condition, and said not to be taken now (whoever asks for it then).
_LATER_STEP = (
    r"\b(?:if|in\s+case)\b[^;.!?]*?\b(?:we|i|you|someone)\s*(?:'ll|\s+will|\s+would|'d|\s+can|"
    rf"\s+may|\s+might)?\s+(?:just\s+)?{_UNDO}(?:\s+(?:it|this|that|them|back))*\s*,?\s*"
    r"(?:(?:but\s+)?not\s+(?:yet|now|today)(?:\s+though)?|later)\b"
)
LATER_STEP = re.compile(_LATER_STEP)
LATER_UNDO = re.compile(
    rf"\b{_UNDO}\s+(?:(?:it|this|that|them|back|the\s+change)\s+){{0,2}}{_DONE}"
    r"(?=\s*(?:$|[,;.!?]))|"
    rf"\b(?:after(?:wards)?|later(?:\s+on)?|once\s+(?:done|finished|it'?s\s+(?:done|over)))\s*,?\s*"
    rf"(?:we|i|you|someone)\s*(?:'ll|\s+will|\s+shall|\s+can|\s+would|'d)\s+(?:just\s+)?"
    rf"{_UNDO}(?:\s+(?:it|this|that|them|back|the\s+change|everything))*\b|" + _LATER_STEP
)
LATER_ELSE = re.compile(
    LATER_UNDO.pattern + "|"
    r"\b(?:investigation|root\s+cause(?:\s+analysis)?|rca|post-?mortem|analysis|debugging|"
    r"clean-?up|follow-?ups?|the\s+rest|details?|(?:the\s+)?(?:real|proper|permanent)\s+fix)\s+"
    r"(?:will\s+(?:be|come|follow|happen)|comes?|follows?|is|can\s+(?:be|come|wait|happen))\s+"
    r"(?:done\s+)?(?:later|after(?:wards)?)\b|"
    # "exporter sidecar comes later", "the dashboards will be added afterwards": another piece
    # of work (named by what it is, never a change this planner makes) arriving later.
    r"\b(?:sidecars?|exporters?|dashboards?|alert(?:s|ing|\s+rules?)?|grafana|runbooks?|docs|"
    r"documentation|tickets?|prs?|pull\s+requests?|tests?|migrations?|announcements?|reviews?|"
    r"the\s+app\s+(?:side|change|part)|code\s+changes?)\s+(?:will\s+(?:be\s+(?:added|done|"
    r"deployed|set\s+up|shipped)\s+|come\s+|follow\s+|land\s+|arrive\s+)?|(?:is|are|gets?)\s+"
    r"(?:added|done|deployed|set\s+up|shipped)\s+|comes?\s+|follows?\s+|lands?\s+|arrives?\s+|"
    r"ships?\s+)(?:later(?:\s+on)?|after(?:wards)?|separately|in\s+a\s+follow-?up)\b|"
    rf"\b(?:inform|notify|tell|ping|update|let|message|email)\s+(?:[\w-]+\s+){{0,4}}?(?:know\s+)?"
    rf"{_DONE}\b|"
    rf"\b(?:revert|roll\s+(?:it\s+)?back|scale\s+(?:it\s+)?back|undo\s+it|set\s+it\s+back)\s+"
    rf"(?:(?:it|back)\s+)?{_DONE}\b|"
    r"\b(?:we|i)(?:'ll|\s+will)?\s+(?:[\w-]+\s+){1,4}?(?:after(?:wards)?|later)\s*(?=$|[,;.!?])"
)
# Rollback: the revision said by what followed it. "before this one", "before the last deploy".
_LATEST = (
    r"(?:this|the\s+(?:current|present|latest|newest|last|most\s+recent|recent|bad|broken)|"
    r"today\s*'\s*s)"
)
_CHANGE = (
    r"(?:one|release|version|revision|rev|deploy(?:ment)?|rollout|roll-out|update|upgrade|push|"
    r"build|image|tag|change)"
)
REVISION = re.compile(
    rf"\b(?:before|prior\s+to|preceding)\s+(?:{_LATEST}\s+{_CHANGE}|this\s+one|the\s+"
    r"(?:upgrade|update|deploy|release|rollout))\b"
)
# Named by its date or counted from "last": which revision is meant is asked.
_DATED = re.compile(
    rf"\b(?:before|prior\s+to)\s+(?:(?:yesterday|last\s+night|last\s+week|this\s+morning|{DAY_NAME})"
    rf"\s*'\s*s|the\s+\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm)|the\s+{DAY_NAME})\s+(?:[\w-]+\s+)?{_CHANGE}\b|"
    r"\b(?:one|release|version|revision|deploy|build)\s+before\s+(?:the\s+)?last\b"
)

# --- a condition that is the capability --------------------------------------------------
_NAME = (
    r"(?:the\s+)?(?:it|they|them|"
    r"[a-z0-9][\w-]*(?:\s+(?:pods?|containers?|app|service|deployment))?)"
)
_HANGS = (
    r"(?:hangs|freezes|locks\s+up|deadlocks|stalls|wedges|gets?\s+(?:stuck|wedged|hung|"
    r"deadlocked|into\s+a\s+bad\s+state)|stops?\s+(?:responding|answering|serving(?:\s+requests)?)|"
    r"becomes?\s+unresponsive|goes\s+unresponsive|(?:is|are)\s+ever\s+unresponsive|"
    r"fails?\s+(?:its\s+|the\s+|their\s+)?health\s*-?\s*checks?|hang|freeze|deadlock|lock\s+up)"
)
_WHO = (
    r"(?:(?:k8s|kubernetes|the\s+kubelet|kubelet|the\s+cluster|the\s+platform|it|we|you)\s+)?"
    r"(?:should|must|needs?\s+to|has\s+to|ought\s+to|will|is\s+to|would)?\s*"
    r"(?:automatically\s+|auto-?)?(?:be\s+)?"
)
_RESTART = r"(?:restart|kill|bounce|recycle|reboot|replace)(?:ed)?"
# "if frontend hangs, k8s should restart it", "when it stops responding it must be restarted".
_LIVENESS_IF = re.compile(
    rf"\b(?:if|when|whenever|should|in\s+case)\s+(?P<name>{_NAME})\s+(?:ever\s+)?{_HANGS}\b"
    rf"[\s,;:\-\u2014]*(?:then\s+)?{_WHO}{_RESTART}\b"
    r"(?:\s+(?:it|them|the\s+pods?|the\s+containers?))?(?:\s+automatically)?"
)
# "restart frontend automatically if it hangs", "auto-restart worker whenever it deadlocks".
_LIVENESS_THEN = re.compile(
    rf"\b{_WHO}{_RESTART}\s+(?P<name>{_NAME})\s+(?:automatically\s+)?"
    rf"(?:if|when|whenever|in\s+case)\s+(?:it|they)\s+(?:ever\s+)?{_HANGS}\b"
)
# Round 19 (attack): "restart payments in case it hangs" is a restart made now as a precaution
# (or asked), not a probe: "in case" after an order names a capability only when who restarts
# is the platform ("auto-restart …", "… automatically in case it hangs", "if it hangs, k8s
# should restart it").
_PRECAUTION = re.compile(
    r"^(?!.*\b(?:auto|automatically|k8s|kubernetes|kubelet|cluster|platform|should|must|needs?|"
    r"has\s+to|ought|will|would|is\s+to)\b).*\bin\s+case\b",
    re.S,
)
_METRIC = r"(?P<metric>cpu|memory|mem)(?:\s+(?:usage|utili[sz]ation|load|use))?"
_ABOVE = (
    r"(?:(?:goes|gets|climbs|rises|is|runs|stays|sits|spikes)\s+)?(?:over|above|past|beyond|"
    r"higher\s+than|more\s+than)|exceeds|passes|hits|tops|crosses|reaches"
)
# "when cpu goes over 70%", "once average cpu hits 80 percent".
_THRESHOLD = re.compile(
    rf"\b(?:when|whenever|if|once|as\s+soon\s+as)\s+(?:the\s+)?(?:(?:average|avg)\s+)?{_METRIC}\s+"
    rf"(?:{_ABOVE})\s+(?P<pct>\d{{1,3}})\s*(?:%|percent)"
)
# The scale-out it asks for: "add pods to orders", "scale orders out", "spin up more replicas".
_SCALE_OUT = re.compile(
    r"\b(?:(?:add|spin\s+up|bring\s+up|start|launch|fire\s+up)\s+(?:more\s+|extra\s+|additional\s+)?"
    r"(?:pods?|replicas?|instances?|copies)(?:\s+(?:to|for|of)\b)?|"
    r"scale\s+(?P<name>(?!out\b|up\b)[a-z0-9][\w-]*\s+)?(?:out|up))"
)
# What a disruption budget or high availability is for: "when nodes get drained", "if we lose
# a zone", "should one of the nodes die". The plan is the budget or the spread, made now.
_PLACE = r"(?:zone|node|az|availability\s+zone|machine|server|host|rack)"
# Round 14: anyone doing it to the nodes: "when the cloud provider upgrades our nodes", "while
# GKE rotates the node pool" — the nodes said as its object (the disruption a budget or a spread
# is for; budgets.DURING reads the same words).
NODES_DISRUPTED = (
    r"\b(?:when|whenever|if|while|once|as)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,3}?"
    r"(?:drain|cordon|upgrad|rotat|recycl|patch|reboot|replac|restart)\w*\s+(?:the\s+|our\s+|"
    r"its\s+|their\s+|all\s+(?:the\s+|our\s+)?)?(?:[\w-]+\s+)?(?:nodes?|node\s*pools?)\b"
)
_DRAIN = (
    r"\b(?:when|whenever|if|while|once|as)\s+(?:a\s+|the\s+|any\s+|our\s+|its\s+|their\s+)?"
    r"(?:nodes?|we|they|ops|"
    r"the\s+cluster|someone|the\s+platform\s+team)\s+(?:(?:get|gets|are|is|being|get\s+being)\s+)?"
    r"(?:drain(?:ed|s|ing)?|cordon(?:ed|s)?|upgrad(?:ed|es|ing)|rotat(?:ed|es|ing)|"
    r"recycl(?:ed|es|ing)|patch(?:ed|es|ing)?|reboot(?:ed|s|ing)?|replac(?:ed|es|ing)|"
    r"restart(?:ed|s|ing)?)\b(?:\s+(?:the\s+|a\s+|its\s+|our\s+)?nodes?\b)?|" + NODES_DISRUPTED
)
_FAILURE = (
    r"\b(?:if|when|whenever|should|in\s+case)\s+(?:we|you|it|they)\s+(?:ever\s+)?(?:lose|lost)\s+"
    rf"(?:a|an|one|the|any)\s+(?:(?:entire|whole|single)\s+)?{_PLACE}\b|"
    r"\b(?:if|when|whenever|should|in\s+case)\s+one\s+of\s+the\s+"
    rf"{_PLACE}s\s+(?:goes\s+down|go\s+down|fails?|dies|die|crashes|is\s+lost|disappears|"
    r"goes\s+(?:dark|offline|away))\b|"
    # "even if one availability zone is going down": what the spread survives.
    r"\b(?:if|when|whenever|should|in\s+case)\s+(?:a|an|one|the|any)\s+(?:(?:entire|whole|single)\s+)?"
    rf"{_PLACE}\s+(?:goes\s+down|fails|dies|crashes|is\s+lost|is\s+down|is\s+going\s+"
    r"(?:down|away|offline)|becomes\s+unavailable|is\s+unavailable)\b|"
    r"\b(?:if|when|whenever|should|in\s+case)\s+(?:a|an|one|the|any)\s+(?:(?:entire|whole|single)\s+)?"
    rf"{_PLACE}\s+(?:is\s+going|goes|go|went|is)\s+(?:down|dark|offline|away|lost)\b|"
    r"\b(?:if|when|whenever|should|in\s+case)\s+(?:a|an|one|the|any)\s+(?:(?:entire|whole|single)\s+)?"
    rf"{_PLACE}\s+(?:fails|dies|crashes|disappears)\b|"
    # Round 20 (times): the verb as English learners say it — "if the node fall", "when a zone
    # die": the same failure, what the spread survives.
    r"\b(?:if|when|whenever|should|in\s+case)\s+(?:a|an|one|the|any)\s+"
    rf"{_PLACE}\s+(?:falls?(?:\s+(?:down|over))?|fail|die|crash|disappear|go\s+down)\b"
)
# "when cpu is high", "when memory is above 80%": the metric an autoscaler scales on.
METRIC_CONDITION = (
    r"\b(?:when(?:ever)?|if|once|as\s+soon\s+as)\s+(?:the\s+)?(?:(?:average|avg)\s+)?"
    r"(?:cpu|memory|mem|ram)(?:\s+(?:usage|utili[sz]ation|load|use))?\s+(?:(?:goes|gets|climbs|"
    r"rises|is|runs|stays|sits|spikes)\s+)?(?:over|above|past|beyond|higher\s+than|more\s+than|"
    r"exceeds|passes|hits|tops|crosses|reaches|high|busy|hot)\b"
)
# "go to zero when nothing is queued", "scale to 0 if idle": when a KEDA trigger deactivates,
# which is what a floor of zero means (hpa.bounds reads the zero).
_IDLE = (
    r"(?:(?<=zero)|(?<=\b0))\s*,?\s*(?:when(?:ever)?|if|while|once)\s+(?:there\s+(?:is|are|'s)\s+)?"
    r"(?:nothing|no\s+(?:work|jobs?|messages?|events?|traffic|requests?|load|items?)|"
    r"the\s+queue\s+is\s+(?:empty|drained)|(?:it|they)\s*(?:'s|is|are)\s+idle|idle|quiet)"
    r"(?:\s+(?:is\s+|are\s+)?(?:queued|pending|waiting|left|to\s+do|in\s+the\s+queue|"
    r"coming\s+in))?\b"
)
# What a backup is for: "if someone fat-fingers a delete", "in case the namespace gets wiped",
# "should anyone accidentally drop the pvc". The backup is made (or scheduled) now; nothing in
# the clause is deleted.
_MISHAP_VERB = (
    r"(?:fat[- ]?fingers?|deletes?|drops?|removes?|wipes?|breaks?|loses?|messes\s+up|nukes?|"
    r"corrupts?|screws\s+up|destroys?|overwrites?|trashes?)"
)
MISHAP = re.compile(
    r"\b(?:if|when|in\s+case|should|so\s+that\s+if)\s+(?:someone|somebody|anyone|anybody|we|i|"
    r"you|a\s+user|an?\s+(?:engineer|dev|developer|admin|operator|intern)|ops|the\s+team)\s+"
    rf"(?:ever\s+)?(?:accidentally\s+|mistakenly\s+|wrongly\s+)?{_MISHAP_VERB}\b[^,;:.]*|"
    r"\b(?:if|when|in\s+case|should)\s+(?:the|our|a|an|its|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:gets?|is|are|were|was|ever\s+gets?)\s+(?:accidentally\s+|mistakenly\s+)?(?:deleted|"
    r"wiped|lost|corrupted|dropped|removed|destroyed|overwritten|nuked)\b[^,;:.]*|"
    r"\bin\s+case\s+of\s+(?:an?\s+)?(?:accidental\s+)?(?:delet\w+|disaster|data\s+loss|"
    r"mistakes?|corruption|fat[- ]?finger\w*|human\s+error)\b"
)
# What an alert fires on: "alert us if frontend serves 5xx for 10 minutes straight", "fire when
# any of its pods restarts more than 3 times in an hour", "page me whenever checkout is down".
# The condition (its threshold, its window, its "for") is the alert's own value, never a time
# to wait for: the monitoring rule reads it, or asks.
ALERT_CONDITION = re.compile(
    r"\b(?:alert(?:s|ing)?|alarm(?:s|ing)?|fires?|firing|triggers?|page|pages|notify|warn|wake|"
    r"ping|e-?mail|"
    r"slack)\s+(?:(?:me|us|on-?call|the\s+(?:team|on-?call))\s+)?(?:up\s+)?(?:only\s+)?"
    r"(?:if|when(?:ever)?|once|as\s+soon\s+as)\b"
    # To the end of its clause, and never over a time the plan is made at ("…, after the
    # release", "… tonight"): that one is still read (and asked) by the guard.
    r"(?:(?!\b(?:after|before|until|till|tonight|tomorrow|later|today|this\s+(?:evening|"
    r"morning|afternoon|week)|next\s+\w+|at\s+\d|on\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*|"
    # Round 23 (cond): nor over a condition of its own on the change ("alert when the error
    # rate is above 5% if the audit requires it", "… the moment QA passes").
    rf"if|unless|provided|assuming|as\s+long\s+as|in\s+case|{provisos.OPENS})\b)"
    r"[^.;,:!?])*"
)
# Kept when conditions are cut to choose a category: they say what the request is for.
PURPOSE_OF_CAPABILITY = re.compile(f"{_DRAIN}|{_FAILURE}")
CAPABILITY = {
    "pdb": re.compile(f"{_DRAIN}|{_FAILURE}"),
    "ha": re.compile(f"{_DRAIN}|{_FAILURE}"),
    "placement": re.compile(_FAILURE),
    "autoscale": re.compile(_IDLE),
    "backup": MISHAP,
    "monitoring": ALERT_CONDITION,
}


# A habit told as a fact: "orders pages us on saturation every evening around 20:00", "the batch
# runs nightly at 01:00". A clause that says how things are (statements.fact) and how often:
# its recurrence and its clock time are the request's context — never a schedule asked for
# (one change is planned) nor a time to wait on.
_CADENCE = CADENCE = re.compile(
    r"\b(?:every|each)\s+(?:other\s+|single\s+)?(?:night|day|morning|evening|afternoon|hour|"
    rf"week|weekday|weekend|month|time|{DAY_NAME})\b|\b(?:daily|nightly|hourly|weekly|monthly)\b|"
    rf"\bon\s+(?:weekdays|weekends|{DAY_NAME}s)\b|\b(?:in\s+the\s+|most\s+|all\s+)?"
    r"(?:evenings|mornings|nights|weekends)\b"
)


def habits_blanked(text: str) -> str:
    """``text`` with each fact clause that says how often something happens blanked (same
    length); a message that is all facts is returned whole (nothing asks, the checks read it)."""
    found = [
        (a, b)
        for a, b in statements.spans(text)
        if _CADENCE.search(text[a:b]) and statements.fact(text[a:b])
    ]
    if not found or len(found) == len(statements.spans(text)):
        return text
    for a, b in found:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# A word of time to come: a fact holding one may say when the change is due ("the change window
# is at 18:00", "the sale starts tomorrow"), so it is read by the guard as before.
_AHEAD = re.compile(
    r"\b(?:tomorrow|tonight|later|next|soon|upcoming|coming|will|shall|going\s+to|gonna|"
    r"about\s+to|scheduled|planned|due|window|slot|freeze|starts?|begins?|opens?|kicks?\s+off|"
    r"goes\s+live|launch\w*|until|till|before|once|if|unless|whenever|when|after)\b|'ll\b"
)


def told_blanked(text: str) -> str:
    """``text`` with each fact clause that tells how things are or were, with no word of time
    to come, blanked (same length): "Three customers report API timeouts during their 8-9am
    sync", "11:40 checkout queueing at the payment step", "the Q4 plan has my-api at four
    replicas" — a time or a plan's name in it is the request's context, never a time to wait
    for. A message that is all facts is returned whole."""
    spans = statements.spans(text)
    found = [
        (a, b) for a, b in spans if not _AHEAD.search(text[a:b]) and statements.fact(text[a:b])
    ]
    if not found or len(found) == len(spans):
        return text
    for a, b in found:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# Round 16: a general truth told beside the order, of any event of a kind ("— gateways all
# reconnect at once after a cell outage", "clients retry hard whenever a pod dies"): a plural
# subject, a present verb, and an event said with "a"/"any"/"every" — why the change is asked,
# never a particular event to wait for (one to wait for is named: "after the cell outage").
_GENERIC_SUBJECT = re.compile(
    r"^(?:(?:the|our|their|all|most|many|some|both|these|those)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*[a-rt-z]s\s+(?:(?:all|always|usually|often|sometimes|typically|just)\s+)*"
    r"(?!(?:will|shall|should|must|need|needs|can|could|would|may|might|to|are|is|get)\b)[a-z]{3,}\b"
)
_ANY_EVENT = re.compile(
    r"\b(?:after|when(?:ever)?|once|during|each\s+time|every\s+time)\s+(?:a|an|any|every|each)\s+"
    r"[a-z]"
)
_FUTURE = re.compile(r"\b(?:will|shall|going\s+to|gonna|tomorrow|tonight|next)\b|'ll\b|\d")


def generic_blanked(text: str, orders: Callable[[str], bool]) -> str:
    """``text`` with each general truth said after the first clause blanked (same length; see
    :data:`_GENERIC_SUBJECT`). A clause that ``orders`` (its first word a verb of the
    planner's), asks, holds a number or a word of time to come is kept (read as before)."""
    for a, b in statements.spans(text)[1:]:
        clause = text[a:b].strip()
        if (
            _ANY_EVENT.search(clause)
            and _GENERIC_SUBJECT.match(clause)
            and not orders(clause)
            and not statements.asks(clause)
            and not _FUTURE.search(clause)
        ):
            text = text[:a] + " " * (b - a) + text[b:]
    return text


_BEFORE_OURS_DAY = re.compile(rf"\b(?:before|ahead\s+of|prior\s+to)\s+{_WE_DO}{_EVENT_DAY}")


# Round 30 (gap33a): the change said to be made now, right before a deadline whose event holds
# its day ("pg_dump of postgres now, before the sunday timetable import", "velero backup right
# away, ahead of the friday cutover"): the day dates the event, and "now" says when the change
# runs. (An event with a clock time, a number, a condition or a change of its own inside, or
# another part after it, is left as before.)
# (Round 36, gap39b: "right now please, before Shabbat": a "please" after "now", and an event
# said by its own name, with no article.)
# (Round 41, gap44 — blind44: "… now and keep it 30 days, before Tsagaan Sar": how long the
# backup is kept, said between "now" and the deadline, is the backup's own.)
_KEPT_FOR = (
    r"(?:\s*(?:,|;|\band\b)\s*(?:keep|retain)\s+(?:it|them|the\s+backups?|this)?\s*(?:for\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty|ninety)\s*"
    r"(?:days?|d|hours?|h|weeks?|months?)\b)?"
)
_NOW_BEFORE = re.compile(
    r"\b(?:right\s+)?(?:now|asap|immediately|right\s+away|straight\s+away)"
    r"(?:\s+(?:please|pls|plz))?" + _KEPT_FOR + r"\s*[,;:\-\u2013\u2014]?"
    r"\s*(?P<deadline>(?:before|ahead\s+of|prior\s+to)\s+(?:(?:the|our|this|their)\s+|"
    r"(?=[a-z]{4,}\b)(?!(?:we|you|they|it|he|she|then|that|this|these|those|anything|anyone|"
    r"something|someone|everything|doing|making|running|deleting|removing|restarting)\b))"
    r"[^,;.:!?()\[\]\"]+)"
)
# Round 36 (gap39b): the day of an event said as a fact of its own beside a change made now
# ("Velero backup … now, keep 72h, the audit is tomorrow", "…, the cutover's on friday"): when
# the event is, never a time the change waits for.
_EVENT_ON_DAY = re.compile(
    r"(?:^|(?<=[,;.!]))\s*(?:(?:the|our|their|this|a)\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
    r"(?:\s+(?:is|are)|'s)\s+(?:(?:on|this|next)\s+)?(?:tomorrow|tonight|today|"
    rf"{DAY_NAME})(?:\s+(?:morning|evening|afternoon|night))?\s*(?=[,;.!]|$)"
)
_DAY_WORDS = re.compile(
    rf"\b(?:tomorrow|tonight|today|next|weekend|morning|evening|afternoon|{DAY_NAME})(?:'?s)?\b"
)


def event_days_blanked(source: str, text: str) -> str:
    """``text`` with the day of what we do next blanked (same length), where ``source`` (the
    same text before other blanking) says it: "back up the namespace before we run the
    migration tonight" — the backup is made now, before it. Only for a change that is never
    put off (a direct change waits on the day instead: approved then, still before it)."""
    for m in _BEFORE_OURS_DAY.finditer(source):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    if "now" in source or "asap" in source or "immediately" in source or "away" in source:
        for m in _NOW_BEFORE.finditer(source):
            deadline = m.group("deadline")
            if beforehand.PART_AFTER.search(deadline) or beforehand.INSIDE.search(
                _DAY_WORDS.sub(" ", deadline.split(None, 1)[1])
            ):
                continue
            a, b = m.span("deadline")
            if text[a:b] != deadline:
                # (Where a reading before took words out — the backup's "keep it 30 days" —
                # the deadline is found in ``text`` as said, its last place.)
                if (a := text.rfind(deadline)) < 0:
                    continue
                b = a + len(deadline)
            text = text[:a] + " " * (b - a) + text[b:]
        for m in _EVENT_ON_DAY.finditer(source):
            if m.start() > 0 and not orders_in(m.group(0)):
                text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


_ORDER_WORD = re.compile(
    r"\b(?:backup|back\s+up|restore|delete|remove|scale|restart|update|upgrade|deploy|roll|"
    r"change|set|patch|migrate|dump|snapshot)\b"
)


def orders_in(clause: str) -> bool:
    """Whether ``clause`` names a change of its own ("the backup is tomorrow", "the upgrade is
    on friday"): then its day may be when that change is wanted, never blanked."""
    return bool(_ORDER_WORD.search(clause))


# Round 33 (gap36a): a report asked back once the change is made ("…, confirm on the bridge
# when it's done", "let me know once it is finished", "ping us when done", "post in #ops when
# complete"): what the reader tells afterwards, never a condition the change waits for. (The
# change's own end, "it", or none; "when the backup is done" is another thing's, a condition.)
_REPORT_BACK = re.compile(
    r"\b(?:let\s+(?:me|us|them|everyone|the\s+\w+)\s+know|confirm(?:\s+(?:it|back))?|"
    r"report(?:\s+back)?|(?:ping|tell|notify|message|update|call|page)\s+(?:me|us|them|the\s+\w+)|"
    r"post(?:\s+it)?|shout|reply|say\s+so|read\s+(?:it\s+)?back)"
    r"(?:\s+(?:on|in|to|via|at)\s+(?:the\s+)?[#@]?[\w\-]+(?:\s+(?:channel|bridge|thread|call|"
    r"chat|room))?)?\s+(?:when|once|as\s+soon\s+as)\s+(?:(?:it|that|this|everything)(?:'s|\s+is|"
    r"\s+has|\s+'s)?\s+|(?:you|u)(?:'re|\s+are)\s+)?(?:been\s+)?(?:done|finished|complete|"
    r"completed|through|over|rolled\s+out|live|applied)\b"
)


def courtesy_blanked(category: str, lowered: str) -> str:
    """``lowered`` with courtesy about the requester's time blanked (same length)."""
    text = COURTESY.sub(_blank, lowered)
    if " when " in text or " once " in text or " as soon as " in text:
        text = _REPORT_BACK.sub(_blank, text)
    return text if category in _WISHES else _POSSIBLE.sub(_blank, text)


def blanked(category: str, lowered: str) -> str:
    """``lowered`` with every occasion that is no time to wait for blanked (same length)."""
    text = beforehand.blanked(PURPOSE.sub(_blank_unheld, courtesy_blanked(category, lowered)))
    text = told_blanked(habits_blanked(text))
    text = LATER_ELSE.sub(_blank, REASON.sub(_blank, text))
    text = NARRATIVE.sub(_blank_story, text)
    if capability := CAPABILITY.get(category):
        text = capability.sub(_blank, text)
    return REVISION.sub(_blank, text) if category == "rollback" else text


def said(category: str, text: str) -> str | None:
    """The first occasion read in ``text`` (for the plan to say it does not wait for it)."""
    lowered = text.replace("\u2019", "'").lower()
    patterns = [COURTESY, PURPOSE, REASON, LATER_ELSE, NARRATIVE] + (
        [REVISION] if category == "rollback" else []
    )
    if category not in _WISHES:
        patterns.append(_POSSIBLE)
    if capability := CAPABILITY.get(category):
        patterns.append(capability)
    found = [_story(m) for p in patterns if (m := p.search(lowered))]
    if deadline := beforehand.said(lowered):
        found.append(deadline)
    return min(found)[1].strip() if found else None


def revision_question(category: str, lowered: str) -> None:
    """Ask which revision a rollback means when it is named by a date or from "last"."""
    if category == "rollback" and (m := _DATED.search(lowered)):
        raise Clarify(
            f"{m.group(0)!r} names a revision by when it ran or counts from 'last', which I "
            "cannot tell from the rollout history. Say the revision ('revision 3'), the version "
            "('1.4.0') or how many back ('one revision back', 'two revisions back')."
        )


def canonical(text: str) -> tuple[str, str | None]:
    """``text`` with a condition that is what a capability does said in its own words, and
    the condition as said (None when there was none).

    "if frontend hangs, k8s should restart it: liveness on /healthz" → "liveness probe on
    frontend: liveness on /healthz"; "when cpu goes over 70%, add pods to orders" → "at 70% cpu,
    autoscale orders". Anything else is returned unchanged.
    """
    lowered = text.lower()
    m = _LIVENESS_IF.search(lowered) or _LIVENESS_THEN.search(lowered)
    if m and not _PRECAUTION.search(m.group(0)):
        name = text[m.start("name") : m.end("name")]
        return f"{text[: m.start()]}liveness probe on {name}{text[m.end() :]}", m.group(0)
    threshold, out = _THRESHOLD.search(lowered), _SCALE_OUT.search(lowered)
    if threshold and out:
        name = out.group("name") or ""
        pieces = sorted(
            [
                (threshold, f"at {threshold.group('pct')}% {threshold.group('metric')}"),
                (out, f"autoscale {name}".rstrip()),
            ],
            key=lambda p: p[0].start(),
        )
        if pieces[0][0].end() > pieces[1][0].start():
            return text, None
        (first, a), (second, b) = pieces
        rewritten = (
            f"{text[: first.start()]}{a}{text[first.end() : second.start()]}{b}"
            f"{text[second.end() :]}"
        )
        return rewritten, threshold.group(0)
    return text, None


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# Round 26 (holds): "…, wait for the release", "… but hold for the sale": a hold on the event
# (waits reads it, or the guard asks), never its purpose; nor is "for release 2.3", a release
# by its number (when, said as the release it goes out with).
_HELD_FOR = re.compile(r"\b(?:wait|hold)\s+$")
_NUMBERED = re.compile(r"\s+v?\d+(?:\.\d+)*(?![\w\-])")


def _blank_unheld(m: re.Match[str]) -> str:
    if m.group(0).startswith("for") and (
        _HELD_FOR.search(m.string, 0, m.start())
        or (m.group(0).endswith("release") and _NUMBERED.match(m.string, m.end()))
    ):
        return m.group(0)
    return _blank(m)


def _story(m: re.Match[str]) -> tuple[int, str]:
    """Where the words that are no wait begin, and the words (a story's condition alone)."""
    group = next((g for g in ("told", "past") if g in m.re.groupindex and m.group(g)), 0)
    return m.start(group), m.group(group)


def _blank_story(m: re.Match[str]) -> str:
    start, words = _story(m)
    if (
        m.group("past")
        and not m.string[:start].strip(" \t\"'*_([-")
        and m.string[start + len(words) :].lstrip().startswith(":")
    ):
        # Round 32 (a36b): "when CI succeeded: restart worker", "after it's merged: …": the
        # condition said as the request's head, past tense or not, is the wait (or asked),
        # never a story blanked and the change run now.
        return m.group(0)
    return m.group(0)[: start - m.start()] + " " * len(words)
