"""A time or condition said beside a request: the plan is made, and a person approves it when
that holds.

"scale worker x3 tonight", "revert to 1.0.0 until the fix lands", "(only if smoke tests fail):
kubectl rollout undo deployment/checkout", "after the node pool upgrade recycle frontend". A
proposal runs only when approved, so the person who approves it chooses the moment: the plan
is made from the rest of the request, exactly as said, and the phrase is recorded as the
proposal's ``awaits``. The workflow then refuses any approval given in advance or unattended for
it (``dotop_nb.app.workflow.check_awaits``): nobody checked the condition but a person.

Only a phrase that is about WHEN (or WHETHER) to run, and nothing else, is taken. The guard
(:mod:`.guard`) still asks about one that:

- negates ("unless …", "except if …", "if … not …"): what the plan must leave out;
- holds a number ("if payments goes over 3", "at 2am", "in 10 minutes"): a quantity the
  accounting of numbers must see used in its role, never hidden in a condition;
- is the whole request, or runs into it with nothing to say where it ends ("after the upgrade
  restart cart" is taken only because "the upgrade" is an event said as a noun);
- comes with a deletion, unless it is a wait by the grammar of one (:func:`.timewords.is_wait`)
  said after the delete ("delete the orders PDB once CHG-20570 is approved", "delete checkout
  on the decommission date, 2026-12-15"); any other is asked (:mod:`.hazards`: "I delete when
  you approve, not later").

The caller asks, too, when the phrase names a workload the plan does not change ("scale cart
to 5 once payments is healthy"). Pure text.

Example::

    take("scale", "scale cart to 5 after the migration")
    # ('scale cart to 5                    ', ['after the migration'])
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from dotop_nb.planner.offline import beforehand, occasions, provisos, statements, timewords
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.timewords import WEEKDAY

# More ways to say when or whether (round 9): a condition said inverted or hedged ("should the
# canary fail", "in case of a spike", "as long as", "assuming", "pending approval", "iff", German
# "wenn/sobald/falls"), an event prefixed ("post-migration", "following the release"), a window or
# a part of the day ("overnight", "at night", "off-peak", "in the maintenance window", "by EOD",
# "@ midnight", "over the weekend", "next sprint", "in a bit", "shortly"), and a person's signal
# ("on my signal", "wait for my go", "once X gives the green light"). The guard reads them too
# (guard._CONDITION): one it cannot wait on is asked, never dropped.
# "the 22:00 window", "the 02:00-03:00 window": a window named by its clock time.
_WINDOW_CLOCK = (
    r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?(?:\s*(?:-|to|\u2013)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?"
    r"(?:\s*(?:utc|cet|cest|gmt|local))?)"
)
# What kind of window: "the 18:00 change window", "the 02:00 maintenance window".
_WINDOW_KIND = rf"(?:{timewords.WINDOW_KIND}\s+)?"
# Round 20 (times): the window itself, or "MW" as operators write it ("tonight's 01:00 UTC MW").
_WINDOW = rf"(?:{_WINDOW_KIND}(?:window|slot)|mw)"
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPOKEN_STARTS = (
    rf"(?:an?|{_HOUR_WORD}|\d+)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+from\s+now|"
    rf"at\s+(?:{_HOUR_WORD}|zero|oh|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty(?:[\s-](?:one|two|three))?)\s+hundred(?:\s+hours)?|"
    rf"at\s+{_HOUR_WORD}(?:\s+o'?clock)?(?=\s+(?:in\s+the\s+(?:morning|evening|afternoon)|"
    r"at\s+night|tonight))|"
    r"by\s+(?:the\s+)?(?:morning|evening|afternoon|lunch(?:time)?)\b|"
    # Round 26 (gap28): "from half nine": an hour said with its half — 09:30 in English,
    # 08:30 in Dutch ("half negen"), so never read as a time here; asked, never dropped. ("at
    # half past one" is a schedule's hour, read by :mod:`.schedules`.)
    rf"(?:from|at|after)\s+half\s+{_HOUR_WORD}\b"
)
# Round 26 (holds): a hold said AFTER the order, in a clause of its own: "… - wait for the
# release", "…, wait for the sale to start", "… but hold until QA", "… — hold for approval from
# bob". The writer says: not yet — waited on (shown to the approver), or asked. A wait for the
# change's own result ("… and wait for the rollout", "…, wait for it to finish") holds nothing;
# a leading "wait," is a filler, and "wait for bob, then …" is read as before.
_HOLD_AFTER_SEP = (
    r"(?:(?<=[,;\u2014\u2013])|(?<=[,;.!\u2014\u2013]\s)|(?<=\s-\s)|(?<=\s--\s)|(?<=\bbut\s))"
)
HOLD_AFTER = (
    rf"{_HOLD_AFTER_SEP}(?:(?:please|pls|just|then)\s+)?"
    # (A wait on a person's signal or a team's review, "wait for my ping", "wait for security",
    # is asked by preconds: "I changed nothing".)
    r"(?!wait\s+(?:for|on)\s+(?:(?:my|our|his|her|their|a|the)\s+(?:ping|go|go-?ahead|signal|"
    r"word|ok|okay|nod|call|message|mark|green\s+light|approval|sign[\s-]?off)|security|qa|legal|"
    r"compliance|approval|sign[\s-]?off|the\s+(?:security|qa|legal|compliance|sec))\b)"
    r"(?:wait|hold(?:\s+off)?|hang\s+on)\s+"
    r"(?:for|on|until|till|til|'til)(?=\s)(?!\s+(?:it|them|this|that|the\s+(?:roll-?out|pods?|"
    r"change(?!\s+(?:window|slot|freeze|board|approval))|restart|scale|update)|"
    r"(?:the\s+)?(?:roll-?out|pods?|completion|ready|"
    r"readiness))\b)"
)
# Round 26 (holds): a month, a release or a sprint said as when: "in january", "in release
# 2.3", "for the 2.3 release", "in the release", "next sprint" (waited on, or asked: a number
# in it is asked, a deletion waits on none of them).
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
CALENDAR_WHEN = (
    rf"(?:in|during|by|for)\s+(?:early\s+|mid-?\s*|late\s+)?{_MONTH}(?![\w\-])|"
    # (Closing a clause: "step for release 51: delete …" is a label; "in version 3.1.0" is the
    # version to run.)
    r"(?:in|for|with)\s+(?:the\s+)?(?:release|sprint)\s+v?\d+(?:\.\d+)*(?=\s*(?:[,;.!?]|$))|"
    r"(?:in|for|with)\s+the\s+v?\d+(?:\.\d+)*\s+(?:release|sprint)(?=\s*(?:[,;.!?]|$))|"
    # ("with the release" is asked, as before.)
    r"in\s+the\s+(?:next\s+|upcoming\s+)?(?:release|sprint)(?=\s*(?:[,;.!?]|$))"
)
MORE_OPENS = (
    # Round 23 (cond): "the moment QA passes", "should errors spike", "had the migration
    # succeeded", "given QA passes", "on alert", "at the first sign of trouble", "post-drain",
    # "absent objections" … (provisos).
    rf"(?:{provisos.OPENS}|"
    r"should(?=\s+(?:the|a|an|our|its|their|any|this|that|it|they|there)\b)|"
    r"in\s+(?:the\s+)?case(?:\s+of)?|as\s+long\s+as|assuming(?:\s+that)?|iff|"
    r"pending(?=\s+(?:approval|sign-?off|review|confirmation|the|a|an|our|my|your|qa|ops|sre|"
    r"security|legal|\w+'s)\b)|"
    r"wenn|sobald|falls|nachdem|cuando|quand|lorsque|"
    rf"post-?(?:{occasions.EVENT})|"
    # Round 29 (U14): "rollback checkout to 1.0.0 post close", "… post-close": the (market's,
    # the books') close, said as the clause's last words.
    r"post\s*-?\s*close(?=\s*(?:[,;:.!)\u2014\u2013]|$))|following(?=\s+(?:the|our|this|that|a|an|next|tonight|today)\b)|"
    # Round 15: "post the 22:00 DNS cutover", "upon completion of the nightly ETL".
    # ("post the status to #ops" is a verb: "post" only before an event said as one.)
    r"upon(?=\s+(?:the|our|this|that|tonight'?s|today'?s|completion|successful|approval|"
    r"sign-?off)\b)|post(?=\s+(?:the|our|this|tonight'?s|today'?s)\s+(?:[\w:/-]+\s+){0,3}?"
    rf"(?:{occasions.EVENT}|drain|batch|call|change|patch|push|reindex|import|sync)\b)|"
    r"overnight|over\s*night|at\s+night|tonite|2nite|this\s+(?:evening|night|morning|afternoon)(?!\s+(?:\w+ed|broke|went|was|were|did|had|took|"
    r"came|fell|ran|made|got|hit|shipped)\b)|"
    r"off-?peak(?:\s+hours)?|off-?hours|after\s+hours|out(?:side)?\s+(?:of\s+)?(?:business\s+)?"
    r"(?:hours|peak)|(?:in|during|inside|within)\s+(?:the\s+|our\s+|a\s+|next\s+|tonight'?s\s+|"
    r"(?:the\s+)?[a-z]+'s\s+)?"
    # ("in the monthly maintenance window": the window recurs, the change is made in this one.)
    r"(?:(?:daily|nightly|weekly|fortnightly|monthly|quarterly)\s+)?"
    rf"(?:{_WINDOW_CLOCK}\s+)?{_WINDOW}\b|"
    r"(?:in|during)\s+(?:the\s+)?mw|in\s+the\s+event\s+(?:of|that)|in\s+(?:an?\s+)?emergenc(?:y|ies)|"
    r"(?:only\s+)?as\s+a\s+last\s+resort|(?:only\s+)?(?:during|in)\s+(?:a\s+|an\s+|any\s+)?"
    r"(?:sev\s*\d|p[0-4]|incident|outage)|only\s+(?:on|for)\s+(?:a\s+|an\s+)?(?:sev\s*\d|p[0-4]|"
    r"incidents?|outages?)|"
    r"for\s+(?:a\s+|any\s+)?(?:sev\s*\d|p[0-4])|q[1-4]|"
    r"(?<!last\s)(?<!past\s)(?<!of\s)(?:mon|tues|wednes|thurs|fri|satur|sun)day|tmrw|tmr|tmw|2moro|in\s+the\s+(?:morning|afternoon|evening)|"
    # (Round 27, temp: "restart payments in the night" as "during the night" — never a report,
    # "the cert was rotated in the night", nor "the night shift".)
    r"(?<!ed\s)(?<!was\s)(?<!were\s)in\s+the\s+night(?!\s+shift)|"
    r"(?:on|at|over)\s+the\s+weekend|(?:in|during)\s+(?:the\s+)?quiet\s+(?:hours|period|time)|"
    r"(?:during|at|in)\s+(?:a\s+|the\s+)?(?:low|off|lower|quiet)[-\s]traffic(?:\s+hours|\s+period)?|"
    r"during\s+(?:the\s+)?(?:night|weekend|off-?hours|quiet\s+hours|lunch)|only\s+during|"
    r"by\s+(?:eod|cob|eow|close\s+of\s+(?:business|play)|end\s+of\s+(?:the\s+)?(?:day|week|"
    r"business|sprint)|tonight|tomorrow|noon|midnight|monday|tuesday|wednesday|thursday|friday)|"
    r"(?:at|@)\s*(?:midnight|noon|midday|dawn|dusk|eod|cob)|"
    r"over\s+the\s+(?:weekend|holidays?|break)|(?:this|next|the\s+next|coming|upcoming)\s+"
    r"(?:sprint|month|quarter|cycle|release|deploy|maintenance|window)|"
    r"in\s+a\s+(?:bit|while|moment|sec|second|minute|few)|shortly|eventually|(?<!as\s)soon|someday|"
    r"on\s+condition\s+that|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|t[+-]\d+\s*[smhd]?|\d{1,2}h\d{2}|"
    r"(?:at\s+)?some\s*time\s+(?:later|soon|today|tomorrow)|at\s+some\s+point|"
    r"(?:on|at|upon)\s+(?:my|our|your|the|\w+'s)\s+(?:signal|go|mark|command|word|say-?so|cue|"
    r"ok|okay|green\s+light|go-?ahead)|"
    r"(?:but\s+)?wait\s+(?:for|on|till|until)\s+(?:my|our|the|a|an|their|\w+'s)\s+"
    r"(?:signal|go|ok|okay|green\s+light|go-?ahead|approval|sign-?off|confirmation|word|cue)|"
    # Round 22 (attack 24, S17): more times and conditions, each waited for or asked: a clock
    # time in French and Spanish ("a las tres", "après la
    # fermeture", "después del cierre"), the end of a period ("end of sprint", "EOQ"), a change
    # window by its ticket or as "the next change window", an occasion ("on the next rollout",
    # "on D-day"), a cue ("on cue", "on request", "on green"), an approval ("with Bob's OK",
    # "with CAB approval", "subject to approval", "check with Bob, then …"), a proviso
    # ("barring objections", "Bob permitting") and a period ("weekend only"; "for the weekend" is
    # planned now and said to have no end, as before).
    # (Not "at three o'clock": a schedule reads its hour, "eleven o'clock at night".)
    r"a\s+la(?:s)?\s+(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|\d{1,2})|"
    r"apr[eè]s|despu[eé]s|tras\s+(?:el|la|los|las)|avant|antes\s+de|"
    r"(?:at\s+|by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:sprint|day|week|"
    r"month|quarter|year|business)|eo[qmy]|"
    r"(?:in|during|inside|within|at)\s+(?:the\s+)?(?:next|coming|upcoming)\s+"
    # ("in the next MW" stays asked: a delete there is no time the waits read.)
    rf"(?:{_WINDOW_CLOCK}\s+)?{_WINDOW_KIND}(?:window|slot)\b|"
    r"(?:next|coming|upcoming)\s+(?:change|maintenance|release|deploy(?:ment)?)\s+(?:window|slot)|"
    r"(?:in|during)\s+[\w\-]+['\u2019]s\s+(?:change\s+|maintenance\s+)?(?:window|slot)|"
    r"on\s+(?:the\s+)?(?:next|coming|upcoming)\s+(?:rollout|roll-?out|deploy(?:ment)?|release|"
    r"push|ship|cutover|restart)|on\s+d-?day|"
    r"on\s+(?:cue|request|green|demand\s+only)|"
    r"with\s+(?:[\w\-]+['\u2019]s\s+|the\s+|an?\s+)?(?:ok|okay|approval|sign-?off|go-?ahead|"
    r"blessing|consent|say-?so)|with\s+(?:cab|change|manager|management|team|lead|[\w\-]+)\s+"
    r"(?:approval|sign-?off|ok|okay)|subject\s+to|check\s+with|barring|"
    r"[\w\-]+\s+permitting|weekends?\s+only|"
    # Round 25 (temp): a start said in words: "two hours from now", "at twenty hundred", "at
    # eight in the evening", "by morning".
    rf"{_SPOKEN_STARTS}|"
    # Round 26 (holds): a hold said after the order, and a month, release or sprint said as when.
    rf"{HOLD_AFTER}|{CALENDAR_WHEN})"
)
# The words that open a time or a condition the plan would wait for.
_OPENS = (
    rf"(?:{MORE_OPENS}|"
    # Round 15 (a16): "once more", "once again", "…, once" say how often (again, one time) and
    # "as soon as possible" says now: no moment to wait for.
    r"only\s+(?:if|when|once|after)|if|when(?:ever)?|"
    rf"once{timewords.NOT_AFTER_ONCE}|as\s+soon\s+as{timewords.NOT_AFTER_SOON_AS}|"
    r"after|before|"
    r"until|till|provided(?:\s+that)?|tonight|tomorrow|later(?:\s+today|\s+on)?|"
    # (Round 33: "coming" and "upcoming" as "next": "restart worker (coming week)" ran now.)
    r"(?:this\s+(?:coming|upcoming)|this|next|on|coming|upcoming)\s+(?:evening|weekend|week|morning|afternoon|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday))"
)
_OPEN = re.compile(rf"(?<![\w\-./:=@])(?:{_OPENS})\b(?![\-/=@]\w)")
# A phrase ends at punctuation that ends a clause, or at the end of the request.
# (Never the colon of a clock time: "if the canary looks good by 16:00, …".)
# ("after 19:00 tonight to cut node hours": a purpose said after the time ends it.)
_PURPOSE = (
    r"(?:in\s+order\s+|so\s+as\s+)?to\s+(?:cut|save|reduce|lower|free|avoid|limit|keep|"
    r"cover|handle|absorb|spare|trim|ease|relieve|prevent|minimi[sz]e|maximi[sz]e|stop|catch|"
    r"test|verify|speed|improve|decrease|increase|shave|rein|contain|curb|match|meet|give|"
    r"allow|let|help)\b"
)
_END = re.compile(
    rf"\s*(?:[,;!?()\[\]\u2014\u2013]|:(?!\d)|\.(?:\s|$)|\s-\s)|\s+(?={_PURPOSE})|\s*$"
)
# A negation or an exception inside: what the plan must leave out, asked (guard, negated).
_NEGATES = re.compile(
    # ("the go/no-go call" is an event's name, no negation.)
    r"\b(?:unless|except|not|no(?!-go\b)|never|nothing|without)\b|n't\b|\bif\s+(?:not|no)\b"
)
# A number in any form: the accounting of numbers must see it used in its role.
_NUMBER = re.compile(
    r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|half|double|twice|triple|thrice|percent)\b"
)
# What already happened or is done, said after an event: "is over", "finishes", "has landed"
# (one list, timewords.DONE, which clock reads too).
_DONE = rf"(?:\s+{timewords.DONE})?"
# A leading phrase with nothing to end it ("after the node pool upgrade recycle frontend"):
# taken only when its event is said as a noun, which says where the request begins.
_LEADING = re.compile(
    rf"(?:after|before|once|when|until|till)\s+(?:the|our|this|that|a|an|next|upcoming)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{occasions.EVENT}|merge|maintenance|campaign|backfill|"
    # Round 19 (times): the runs and rotations of operations people wait on ("after the cert
    # rotation restart …", "once the parquet export is done restart …", "after the closing
    # auction scale …").
    r"rotation|renewal|rollover|export|import|auction|batch|sync|rebalance|settlement|drain|"
    r"reboot|patch|"
    rf"reconciliation|brief|briefing|standup|stand-up){_DONE}\b"
)
# Words before a request that are no part of it: "# step 1:", "please", "(".
_LEAD_IN = re.compile(
    r"^[\W_]*(?:(?:step|stage|phase)\s+\d+[.)]?\s*[:.)-]?\s*)?(?:please\s+|pls\s+|kindly\s+)?$",
    re.I,
)

_LEAD_IN_WORDS = re.compile(
    r"[\W_]*(?:(?:step|stage|phase)\s+\d+[.)]?\s*[:.)-]?\s*)?(?:please\s+|pls\s+|kindly\s+)?", re.I
)


# A clause that is only a time: "this evening", "tomorrow morning", "later today".
_ONLY_TIME = re.compile(
    r"^(?:tonight|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|later(?:\s+today|\s+on)?|"
    r"(?:this\s+(?:coming|upcoming)|this|next|on|coming|upcoming)\s+(?:evening|weekend|week|morning|afternoon|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)$",
    re.I,
)


def only_time(clause: str) -> bool:
    """Whether ``clause`` is a time and nothing else ("this evening"): when the request beside
    it runs, never an aside to drop (:mod:`.asides`)."""
    return bool(_ONLY_TIME.match(clause.strip(" ,.:;!-").strip()))


# Right after a value said ("to refresh", "=drain"), a phrase could be the rest of the value
# ("refresh before expiry", "drain when idle"); only an occasion said with a determiner or a
# subject ("after the migration", "once we cut over") or a time word is one to wait on.
_VALUED = frozenset({"config", "env"})
_AFTER_VALUE = re.compile(r"(?:\bto\s+|=)\S+\s+$")
_OCCASION = re.compile(
    r"\s+(?:the|our|this|that|these|those|a|an|my|your|their|its|next|we|you|i|they|someone|"
    r"somebody|everyone|everybody|tonight|tomorrow|today|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|morning|evening|weekend)\b|$",
    re.I,
)


def take(
    category: str, text: str, *, asked: Callable[[int], bool] = lambda _: True
) -> tuple[str, list[str]]:
    """``text`` with every time or condition a person can wait for blanked (same length), and
    those phrases as said; a phrase that must be asked about is left in place (see the module
    docstring), for the guard to ask. ``asked(i)``: whether the guard would ask about the word
    at ``i`` — only such a word opens a phrase ("once a minute" is an interval, never one)."""
    if category == "delete":
        return _strict(text)
    phrases: list[str] = []
    start = 0
    while m := _OPEN.search(text, start):
        if not asked(m.start()):
            start = m.end()
            continue
        span = _phrase(text, m)
        if span is None or not _awaitable(text[span[0] : span[1]]):
            start = m.end()
            continue
        a, b = span
        if (
            category in _VALUED
            and _AFTER_VALUE.search(text[:a])
            and not _OCCASION.match(text, m.end())
        ):
            # "CACHE_MODE to refresh before expiry": the value may run on into it — asked.
            start = m.end()
            continue
        if (
            _DEADLINE_AT.match(text, a)
            and _deadline_at_clock(text[a:b].strip(" .!").lower())
            and beforehand.said_when(text[:a].lower())
        ):
            # "scale worker to 3 an hour before the 02:00 run": a time counted from it — asked.
            start = m.end()
            continue
        phrases.append(text[a:b].strip())
        text = text[:a] + " " * (b - a) + text[b:]
        start = b
    return text, phrases


def _strict(text: str) -> tuple[str, list[str]]:
    """``take`` for a deletion (round 15). A deletion cannot be undone, so it waits only on a
    wait by the grammar of one (:data:`.timewords.WAIT`) whose moment is a record everyone reads
    alike — a calendar date or a change ticket (:data:`.timewords.EXACT`: "on the decommission
    date, 2026-12-15", "once CHG-20570 is approved") — said after the delete, ending its clause
    or the request, with no other number. A day word, a clock time alone ("at 23:00": which
    day?) or an event ("after the migration") is left to be asked."""
    phrases: list[str] = []
    for m in list(timewords.WAIT.finditer(text)):
        a, b = m.span()
        before = text[:a]
        if not rx(r"[a-z]", re.I).search(before) or not rx(r"\s[(\[]?$").search(before):
            continue  # leading, or glued to a word: where the delete ends cannot be told
        # (Round 29, a32rest: or its bracket's end — "delete worker (once CHG-20570 is
        # approved)", as said without the brackets.)
        if not rx(r"\s*(?:[.!;]|[)\]]\s*(?:[.!;]|$)|$)").match(text[b:]) or not _awaitable(
            text[a:b]
        ):
            continue
        if not timewords.EXACT.search(text[a:b]):
            continue
        phrases.append(text[a:b].strip())
        text = text[:a] + " " * (b - a) + text[b:]
    return text, phrases


# Round 14: "then" closing the request ("EU traffic peaks after 18:00, take my-api to 3 then")
# refers back to a time said before it: that time is what the plan waits on.
_THEN_BACK = re.compile(r"\bthen\s*[.!]*\s*$")
_TIME_SAID = re.compile(
    rf"{_OPEN.pattern}|(?<![\w.:])\d{{1,2}}:\d{{2}}(?![\w.:])|\b\d{{1,2}}\s*(?:am|pm)\b|"
    r"\b(?:midnight|noon|midday|nights?|evenings?|mornings?|afternoons?|weekends?|weekdays?|"
    rf"peak|rush\s+hour|lunch(?:time)?)\b|\b{WEEKDAY}"
)


def then_unread(
    lowered: str, awaited: list[str], orders: Callable[[str], bool] = lambda _: True
) -> str | None:
    """The request's closing "then" when it refers back to a time said in the request but no
    time was taken to wait on ("the batch runs at night, get worker to 6 then": "at night" was
    read as how things are): the plan would run now what was meant for then — asked. A "then"
    with no time said anywhere is the chat's "in that case" ("ok, restart it then"); one
    closing a clause that ``orders`` nothing ("…, no jobs are running then") is that clause's."""
    if awaited or not (m := _THEN_BACK.search(lowered)):
        return None
    spans = statements.spans(lowered)
    last = lowered[spans[-1][0] : spans[-1][1]] if spans else ""
    if statements.fact(last) or statements.negated_state(last) or not orders(last):
        return None  # "…, no jobs are running then": a fact's "then", no time for the change
    return m.group(0).strip() if _TIME_SAID.search(lowered[: m.start()]) else None


# "roll checkout back after the 17:00 call, not before", "scale worker to 4 once the import
# finishes and not earlier": the wait said again, negated — no exclusion of anything.
RESTATED = re.compile(
    r"(?:\s*[,;]\s*|\s+)(?:and\s+|but\s+|—\s*)?(?:not|never|no)\s+(?:any\s+)?(?:before|"
    r"earlier|sooner)(?:\s+than\s+(?:that|then))?(?:\s+(?:that|then))?(?=\s*(?:[.!;,]|$))"
)
_WAIT_OPEN = re.compile(
    r"\b(?:after|once|when(?:ever)?|as\s+soon\s+as|following|post-?\w+|tonight|tomorrow|"
    r"(?:this|next)\s+\w+)\b"
)


def restated_blanked(text: str) -> str:
    """``text`` with a wait said again as a negation blanked (same length): "…, not before"
    after "after …" (or "once …", "tonight") only repeats when to run. One with no wait said
    before it, or naming a time of its own ("not before 17:00"), is kept (asked)."""
    for m in list(RESTATED.finditer(text.lower())):
        if _WAIT_OPEN.search(text.lower(), 0, m.start()):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


# Round 43 (blind46): "the fair starts tomorrow and orders are at 2, go to three": a day word
# said alone, then "and" with a subject and what it is — a second statement, which the day does
# not run into.
_DAY_ALONE = re.compile(r"(?:tomorrow|tonight|today)(?:\s+(?:morning|evening|night))?", re.I)
_AND_STATED = re.compile(
    r"\s+and\s+(?:the\s+|our\s+|its\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?:\([a-z][\w\-]*\)\s+)?"
    r"(?:is|are|runs|run|has|have|sits|sit|was|were)\s+(?:on|at|still\s+at|only\s+at)?\s*\d",
    re.I,
)


def _phrase(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """Where the phrase opened at ``m`` ends, or None when it cannot be told."""
    end = _END.search(text, m.end())
    stop = end.start() if end else len(text)
    if (day := _DAY_ALONE.match(text, m.start())) and _AND_STATED.match(text, day.end()):
        stop = day.end()
    before, after = text[: m.start()], text[stop:].strip(" .!?")
    if after or not _LEAD_IN.match(before):
        # Ended by punctuation with the request around it, or trailing after the request.
        if not after and not rx(r"[a-z]", re.I).search(before):
            return None
        return m.start(), stop
    # Leading with nothing to end it: only an event said as a noun says where it ends.
    return leading(text, m.start())


def leading(text: str, start: int = 0) -> tuple[int, int] | None:
    """Where a phrase opening the request at ``start`` (after its lead-in words) ends when no
    punctuation ends it: "after the node pool upgrade recycle frontend" → the span of "after
    the node pool upgrade"; None when it cannot be told, or nothing follows it."""
    if not start:
        start = len(_LEAD_IN_WORDS.match(text).group(0))  # type: ignore[union-attr]
    if not _LEAD_IN.match(text[:start]):
        return None
    lead = _LEADING.match(text.lower(), start)
    if lead is None or not rx(r"\s+[a-z]", re.I).match(text[lead.end() :]):
        return None
    return start, lead.end()


# A time of day (timewords.CLOCK, the one clock.CLOCK reads too).
_TIMED = re.compile(rf"(?<![\w\-./:=@]){timewords.CLOCK}(?!\w|:\d|\.\d)", re.I)


def timed(phrase: str) -> bool:
    """Whether an awaited ``phrase`` holds a clock time: a condition a person checks once, at
    that time ("if checkout's burn rate is still above 2 at 15:30"). A workload it names is then
    only what is checked — no automation asked for, no other target (the planner does not ask
    about it)."""
    return bool(_TIMED.search(phrase))


def unawaited(said: str, awaits: str | None) -> str:
    """``said`` with each phrase the plan waits on (``awaits``, "; "-joined) blanked: a number
    in a condition checked at its time ("above 2 at 15:30") is the condition's, no value of
    the plan for the accounting of numbers."""
    for phrase in filter(None, (awaits or "").split("; ")):
        at = said.lower().find(phrase.lower())
        if at >= 0:
            said = said[:at] + " " * len(phrase) + said[at + len(phrase) :]
    return said


# A wait whose event is said as a noun or as what someone else does: "after the CDN purge
# finishes", "once the old-index cleanup is done", "when ops wipe the staging bucket". A word of
# deletion in it names that event — done by someone else, never by the plan — so the check for
# destructive words reads the request without it (the wait is still taken, or asked, by take).
_EVENT_SAID = re.compile(
    r"(?<![\w\-./:=@])(?:after|once|when|as\s+soon\s+as|following|until|till)\s+"
    r"(?:the|our|their|this|that|tonight'?s|today'?s|[a-z0-9][\w-]*'s|"
    r"(?:we|they|i|ops|someone|somebody|the\s+[\w-]+\s+team|[\w-]+\s+team)\s+(?:have\s+|has\s+)?)"
    r"\b[^,;:!?()\[\]\u2014\u2013]*",
    re.I,
)


def events_blanked(text: str) -> str:
    """``text`` with each wait whose event is said as a noun or as someone else's act blanked
    (same length): "restart the web pods after the CDN purge finishes" → "restart the web
    pods" — the purge is the event waited for, no deletion asked of the plan. One that opens the
    request must end with a clause mark; "after deleting the old pods" (no subject: the plan's
    own step) and "once you delete …" (the reader's) are kept, and asked."""
    for m in list(_EVENT_SAID.finditer(text)):
        span = _phrase(text, m) if m.start() else None
        if span is None and not m.start():
            lead = _END.search(text, m.end())
            span = (m.start(), lead.start()) if lead and lead.start() < len(text) else None
        if span:
            a, b = span
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# "after the weekly SLO review", "once the nightly cleanup deletes the old rows": a cadence
# that names the event waited for (which one), never a schedule asked of the change.
_CADENCE_NAMES = re.compile(
    rf"\b(?:{timewords.EVENT_CONNECTIVE}|until|till|before)\s+(?:{timewords.ENDING}\s+)?"
    r"(?:the|our|this)\s+(?P<cadence>nightly|daily|weekly|monthly|hourly)\b(?=\s+[a-z])"
)


# "in tonight's monthly maintenance window", "during this week's weekly change slot", "at the
# next nightly window": a cadence that names which recurring window, with the one occurrence
# said before it — one time, never a schedule asked of the change. ("in the monthly window",
# with no occurrence said, still recurs.)
_OCCURRENCE = re.compile(
    rf"\b{timewords.TIME_CONNECTIVE}\s+(?:the\s+)?(?:tonight'?s|today'?s|tomorrow'?s|"
    r"this(?:\s+(?:week|weekend|month|year)'?s)?|next|upcoming|coming|first|"
    r"(?:this\s+|next\s+|coming\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s)\s+"
    r"(?P<cadence>nightly|daily|weekly|monthly|hourly|quarterly|regular|usual|recurring)\b"
    r"(?=\s+(?:[\w\-]+\s+){0,2}?(?:maintenance|change|patch(?:ing)?|release|deploy(?:ment)?|"
    r"upgrade|ops)?\s*(?:window|slot|downtime|outage|freeze\s+break)\b)",
    re.I,
)


def cadence_blanked(text: str) -> str:
    """``text`` with the cadence naming a waited event, or a recurring window of which one
    occurrence is said (:data:`_OCCURRENCE`), blanked (same length), for the check of changes
    said to recur: "deploy payments 3.0.1 after the weekly SLO review", "postgres 16.6 in
    tonight's monthly maintenance window at 22:00" recur not."""
    for pattern in (_CADENCE_NAMES, _OCCURRENCE):
        for m in pattern.finditer(text):
            a, b = m.span("cadence")
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# An event said as a noun, the words before it saying which: "once the CDN cache purge
# completes", "after the payments migration". A workload named among those words is only
# whose event it is — no target, no state asked for (the planner does not ask about it).
_NOUN_EVENT = re.compile(
    r"(?:only\s+)?(?:after|once|when|as\s+soon\s+as|following)\s+(?:the|our|this|that|"
    r"tonight'?s|today'?s|tomorrow'?s)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{occasions.EVENT}|merge|backfill|purge|clean-?up|flush|sync|import|export|rotation|"
    r"standup|stand-up|sign-?off|rebuild|build|drill|failover|batch|job|run)"
    rf"{_DONE}",
    re.I,
)


def event_named(phrase: str) -> bool:
    """Whether ``phrase`` waits for an event said as a noun ("once the CDN cache purge
    completes"): a workload named in it is whose event it is."""
    return bool(_NOUN_EVENT.fullmatch(phrase.strip()))


# "it", "them": the request refers to a workload named before it.
_PRONOUN = re.compile(r"\b(?:it|them)\b")


def antecedent(said: str, phrases: list[str]) -> str | None:
    """The awaited phrase that opens ``said`` when the request after it says "it" ("if
    checkout's burn rate is still above 2 at 15:30, revert it to the previous revision"): the
    workload that phrase names is what "it" is. None otherwise."""
    lowered = said.lower()
    for phrase in phrases:
        at = lowered.find(phrase)
        if at >= 0 and _LEAD_IN.match(lowered[:at]) and _PRONOUN.search(lowered, at + len(phrase)):
            return phrase
    return None


# A condition on what the workload does or what is measured ("if it is slow", "when cpu is
# high", "if errors rise") may ask for automation — an autoscaler, a probe, an automatic
# rollback — rather than for one change a person approves: asked.
_MEASURED = re.compile(
    r"^(?:only\s+)?(?:if|when(?:ever)?|once|as\s+soon\s+as|until|till|after|should|in\s+case(?:\s+of)?|"
    # Round 23 (cond): "the moment errors spike", "in the event errors spike" (provisos).
    r"(?:at\s+)?the\s+(?:very\s+)?(?:moment|minute|second|instant)(?:\s+that)?|given|had|were|"
    r"in\s+the\s+event(?:\s+(?:of|that))?|in\s+the\s+absence\s+of|absent|following|"
    r"as\s+long\s+as|assuming(?:\s+that)?|iff|wenn|sobald|falls)\s+(?:the\s+|its\s+|"
    r"their\s+|our\s+)?(?:(?:average|avg|overall|p\d{2})\s+)?(?:it|it'?s|they|they'?re|them|cpu|"
    r"memory|mem|ram|load|traffic|latency|errors?|error\s+rates?|requests?|queues?|lag|usage|"
    r"utili[sz]ation|throughput|response\s+times?|saturation|pods?|replicas?|containers?|disk|"
    r"connections?|5xx|4xx|health|healthchecks?|alerts?|metrics?|hpa|autoscaler|pdb|budget|"
    r"services?|svc|configmaps?|secrets?|ingress|nodes?|pvcs?|volumes?)\b"
    # "once the load test finishes", "after the traffic switch": an event named by a metric.
    # "once the error budget is back above 50%": the SLO's budget, which a person reads.
    r"(?!\s+(?:tests?|testing|balancers?|switch|shift|cut-?over|migration|jobs?|runs?|"
    r"budgets?|freeze|"
    # Round 19: "after the node pool upgrade", "once the node drain is done": an event too.
    r"pools?|upgrades?|drains?|rotations?|reboots?|patch(?:ing)?|maintenance|roll-?outs?|"
    # Round 21: "once the service assessment panel signs it off", "after the service review":
    # the people or the meeting that decide, named after the service — no state measured.
    r"assessments?|reviews?|desk|owners?|panels?|boards?|managers?|sign-?offs?|approvals?)\b)"
)
# An event said by its name, with a number in it: "once PR 412 merges", "after the 2.3 bundle is
# on the CDN", "after the 3 canaries pass". The number names the event (the phrase is blanked
# for the rule and for the accounting of numbers). Never an end ("until 2 hours pass"), a delay
# ("after 2 hours", "after two more deploys") or a number with a unit of time.
_NAMED_EVENT = re.compile(
    r"^(?:only\s+)?(?:after|once|when|as\s+soon\s+as|following|if)\s+(?!\d|(?:zero|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|some|half|an?)\b)"
    r"(?!.*\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:s|secs?|seconds?|m|mins?|"
    r"minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?)\b)"
    # A threshold ("if backlog is above 1000") may ask for automation: asked — except an SLO's
    # budget or burn rate, which a person reads ("once the error budget is back above 50%").
    r"(?!(?!.*\b(?:budget|burn)).*\b(?:above|below|over|under|more\s+than|less\s+than|fewer\s+than|"
    r"exceeds?|hits?|reaches?|drops?|falls?|>|<)\b)"
    # A value or another step inside ("… then to 3", "… payments to 3"): a request, asked.
    r"(?!.*\b(?:to\s+v?\d|then|and|x\d)\b)(?!.*=)"
)


# Round 14: an event named by a placeholder ("after the thing", "once that stuff is done"): no
# one can tell when it holds — asked, never waited on.
_PLACEHOLDER = re.compile(
    r"^(?:only\s+)?(?:after|once|when|until|till|before|following|as\s+soon\s+as)\s+(?:the|that|"
    r"this|a|some|said)\s+(?:thing|things|stuff|whatever|thingy|thingie|whatsit|business)"
    r"(?:\s+(?:is|are|gets?)\s+(?:done|over|finished|through|sorted)|\s+(?:finishes|ends|is\s+"
    r"through|wraps\s+up))?\s*$"
)


# Round 25 (gap27): a deadline set by the writer's own occasion at a clock time, "before the 3pm
# KOs", "before the 15:00 match", "before the 02:00 batch run": the change made before it meets
# it — waited on (shown to the approver, who approves it in time), never dropped. Without a
# clock time ("before the release") it is a purpose (beforehand), planned now.
_DEADLINE_AT = re.compile(r"before\s", re.I)
# Only an occasion with an audience the change gets ready for (a match, a kick-off, a show, a
# draw): "before the 02:00 run" of a job may mean just before it, and is still asked.
_AUDIENCE = (
    r"(?:matche?s?|games?|kos?|kick-?offs?|fixtures?|races?|shows?|broadcasts?|draws?|finals?|"
    r"derby|concerts?|keynotes?|premieres?|on-?sales?|ticket\s+drops?|"
    # (Round 28, gap30: "before the 19:00 Cupid push", "before the 09:00 launch".)
    r"push|pushes|launch(?:es)?|campaigns?|sales?|rush|openings?|starts?|"
    # (Round 40, gap43a: "before the 4 am auction", "before the 6am fish market".)
    r"auctions?|markets?|fairs?|festivals?|parades?|ceremon(?:y|ies)|exhibitions?|expos?|"
    r"conferences?|weddings?)"
)
_DEADLINE_EVENT = re.compile(rf"before\s+(?={timewords.EVENT}$).*\b{_AUDIENCE}", re.I)


def _deadline_at_clock(lowered: str) -> bool:
    """Whether ``lowered`` is "before <the event>" with a clock time, date or ticket naming it
    and no other number: "before the 3pm kos"."""
    return bool(
        _DEADLINE_EVENT.fullmatch(lowered)
        and timewords.NAMED.search(lowered)
        and not _NUMBER.search(timewords.named_blanked(lowered))
    )


# Round 25 (gap27): a moment of a match the writer waits for, "after half time of the 19:45 game",
# "once the final whistle has gone", "after full time", "only after HT": an event by its name
# ("half" in it counts nothing; the game's clock time names the game).
_MATCH_MOMENT = re.compile(
    r"(?:only\s+)?(?:after|once|at|when)\s+(?:the\s+)?(?:half[\s-]?time|full[\s-]?time|"
    r"kick[\s-]?off|final\s+whistle|ht|ft)(?:\s+(?:whistle|break|interval))?"
    rf"(?:\s+(?:of|in)\s+{timewords.EVENT})?(?:\s+(?:{timewords.DONE}|has\s+gone|goes))?",
    re.I,
)


def _match_moment(lowered: str) -> bool:
    """Whether ``lowered`` waits for a moment of a match and holds no other number."""
    rest = rx(r"\b(?:half|full)[\s-]?time\b").sub(" ", lowered)
    return bool(
        _MATCH_MOMENT.fullmatch(lowered) and not _NUMBER.search(timewords.named_blanked(rest))
    )


def _awaitable(phrase: str) -> bool:
    """Whether ``phrase`` says only when or whether to run: no negation, nothing measured of
    the workload, no number but one naming its event ("once PR 412 merges"). A window's clock
    time ("during the 22:00 window") names the window, no quantity."""
    lowered = rx(rf"\b{_WINDOW_CLOCK}(?=\s+{_WINDOW}\b)").sub(" ", phrase.lower())
    if _NEGATES.search(lowered) or _MEASURED.search(lowered) or _PLACEHOLDER.match(lowered):
        return False
    if _deadline_at_clock(lowered.strip(" .!")) or _match_moment(lowered.strip(" .!")):
        return True
    if timewords.is_wait(lowered) and not _NUMBER.search(timewords.named_blanked(lowered)):
        # Round 15: "after the 02:00 patch drop goes live", "once CHG-20570 is approved": a
        # wait by its grammar, whose only numbers are its clock time, date or ticket.
        return True
    return not _NUMBER.search(lowered) or bool(_NAMED_EVENT.match(lowered))


def analysis(awaits: str) -> str:
    """What the plan says of the phrase it waits on."""
    return (
        f"Said with {awaits!r}: this runs when you approve it — approve it when that holds "
        "(an approval given in advance or unattended is refused)."
    )


def as_sent(awaits: str | None, read: str, sent: str) -> str | None:
    """``awaits`` ("; "-joined phrases found in ``read``, the planner's rewritten copy of the
    request) in the words as sent (``sent``): a wait is recorded as the person said it, never
    as a reader rewrote it ("after the firewall change is live", not "after the network policy
    change is live"). Each phrase is found in ``read``, and its span carried over to ``sent``
    by aligning the two texts; a boundary inside a rewritten stretch takes that whole stretch
    as sent. A phrase found in neither, or carried to words mostly not its own (a reader moved
    it), stays as read."""
    if not awaits:
        return awaits
    out: list[str] = []
    for phrase in filter(None, awaits.split("; ")):
        out.append(_phrase_as_sent(phrase, read, sent))
    return "; ".join(dict.fromkeys(out))


def _find(phrase: str, text: str) -> re.Match[str] | None:
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    return rx(pattern, re.I).search(text) if pattern else None


def _phrase_as_sent(phrase: str, read: str, sent: str) -> str:
    if (here := _find(phrase, read)) is None:
        found = _find(phrase, sent)
        return found.group(0) if found else phrase
    a, b = here.span()
    if read[a:b].lower() == sent[a:b].lower() and read[:a].lower() == sent[:a].lower():
        return sent[a:b]
    matcher = difflib.SequenceMatcher(None, read.lower(), sent.lower(), autojunk=False)
    start = end = None
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if start is None and (i1 <= a < i2 or a == i1 == i2):
            start = j1 + (a - i1) if tag == "equal" else j1
        if end is None and i1 < b <= i2:
            end = j1 + (b - i1) if tag == "equal" else j2
    if start is None or end is None or end <= start:
        return phrase
    words = sent[start:end].strip(" \t\n|,;:")
    # Carried over only to words that are mostly the phrase's (a reader that moved the time
    # elsewhere, as a row's, leaves no span to carry): otherwise the phrase as read.
    mine, theirs = set(phrase.lower().split()), set(words.lower().split())
    if not words or 2 * len(mine & theirs) < min(len(mine), len(theirs)):
        return phrase
    return words


# Round 29 (U13): a precondition said first, in the order things happen: "first the freeze
# ends, then restart checkout", "first the migration, then …", "close first, then triple orders",
# "let the backfill finish, then cut orders in half", "give it an hour, then restart frontend".
# The opening clause is no step of the plan but what it waits for: read as "after/once …, then
# …" (waited on, or asked as any such wait is: a number in it, an autoscaler). Only an event
# said as a noun (with a determiner, or an event word: "QA", "close", "the release") or a
# duration after "give it", and never one naming a workload ("first scale checkout, then …" is
# an order of steps, :mod:`.firsts`).
_EVENTISH = (
    rf"(?:{occasions.EVENT}|qa|uat|ci|cab|close|closing|backfill|migrations?|cut-?over|"
    r"smoke\s+tests?|tests?|sign-?off|approval|batch|import|export|sync|drain|reindex)"
)
# What an event said without a determiner is of ("db migration", "schema migration", "nightly
# backfill"): nouns only, never a verb ("first scale the migration job, …" is a step).
_OF_WHAT = (
    r"(?:db|database|schema|data|dns|cert|certificate|node|cluster|infra|network|nightly|"
    r"weekly|daily|vendor|billing|search|index|cache|backup|security|load|smoke|integration|"
    r"e2e|regression|release|prod|staging)"
)
_NOUN = (
    r"(?:(?:the|our|this|that|tonight'?s|today'?s|[a-z][\w-]*'s)\s+(?:[\w-]+\s+){0,3}?"
    # (Round 30, a34c: an event word after a word of what it is of, "first db migration, …".)
    rf"[\w-]+|(?:{_OF_WHAT}\s+)?{_EVENTISH})"
)
_LET_DONE = (
    r"(?:finish|complete|end|land|pass|drain|settle|wrap\s+up|go\s+through|be\s+done|"
    r"run|clear|go\s+out|go\s+live)"
)
# Round 30 (a34c): more ways of the same: "first: the freeze ends. then …", "first: freeze
# ends; then …", "freeze ends first, then …", "first db migration, then …", "first we drain the
# queue, then …" (someone else's step: "we", "they", a team), "(first) wait till the freeze
# ends and …", "wait for the freeze to end, then …", "wait until the backup is done and …".
_WHO = r"(?:we|they|ops|someone|somebody|dbas?|sre|the\s+[\w-]+\s+team)"
_MUST = r"(?:(?:need|needs|have|has|got)\s+to\s+|must\s+|should\s+|will\s+|'ll\s+|gotta\s+)"
_NOT_ACT = r"(?!(?:need|needs|should|must|have|has|want|wants|can|could|will|would|might|may)\b)"
_WAIT_NOUN = (
    rf"(?:(?:the|our|this|tonight'?s|today'?s)\s+)?(?:{_OF_WHAT}\s+)?{_EVENTISH}|"
    r"[a-z][\w-]*'s\s+(?:ok|okay|approval|sign-?off|go-?ahead|green\s+light|review)"
)
_FIRST_THEN = re.compile(
    r"^(?P<lead>[\W_]*(?:(?:ok(?:ay)?|so|alright)[,\s]+)?(?:please\s+|pls\s+|kindly\s+)?)"
    r"(?:"
    rf"first(?:\s+of\s+all)?\s*[,:]?\s+(?:"
    rf"(?P<who>{_WHO})(?:\s*'ll\s+|\s+{_MUST}?)(?P<act>{_NOT_ACT}[a-z][\w-]*(?:\s+[\w'-]+){{0,5}}?)|"
    rf"(?P<first>{_NOUN})(?P<done>\s+{timewords.DONE})?)|"
    rf"(?P<before>{_NOUN})(?P<bdone>\s+{timewords.DONE})?\s+"
    r"(?:goes\s+|happens\s+|comes\s+|is\s+)?first|"
    rf"let\s+(?P<let>{_NOUN})\s+{_LET_DONE}(?:\s+first)?|"
    rf"(?:first\s*,?\s+)?(?:wait|hold\s+off)\s+(?:(?P<till>till|until|til)\s+(?P<until>{_NOUN})"
    rf"(?P<udone>\s+{timewords.DONE})|for\s+(?P<for>{_NOUN})\s+to\s+{_LET_DONE})|"
    # Round 31 (a35c): "wait for the migration, then …", "wait for bob's ok, then …" (an event
    # or a person's word said as a noun: never a person alone, "wait for Priya", asked), "wait
    # until tonight and …", "wait till 6pm and …" (a time).
    rf"(?:first\s*,?\s+)?wait\s+for\s+(?P<wfor>{_WAIT_NOUN})|"
    rf"(?:first\s*,?\s+)?wait\s+(?:till|until|til)\s+(?P<wtime>{timewords.DAY_WORD}|"
    rf"{timewords.CLOCK})|"
    r"give\s+it\s+(?P<give>(?:an?|one|two|three|few|a\s+few|a\s+couple(?:\s+of)?|\d+)\s+"
    r"(?:minutes?|mins?|hours?|hrs?|days?|bit|while|moment|sec(?:ond)?s?))"
    r")\s*(?:[,;:.]|\s-\s|\s*\u2014|\s*\u2013)?\s*(?:(?:and\s+)?then\b|"
    # ("wait till the freeze ends and scale …": the precondition's "and" is its "then".)
    r"(?P<and>and)\b)",
    re.I,
)


# Round 31 (a35c): a precondition said as a label before the request, after any other labels:
# "Prereq: db migration. switch frontend to 2.2.0", "Depends on: …", "Blocked by: …",
# "Requires: the freeze to end. …", "Waiting on: …", "Needs: bob's approval first. …", "Gate:
# freeze ends. …", "Pre: migration. …". The label says the request waits: read as the wait
# said first ("after db migration, then …", "once the freeze ends, then …"), waited on as that
# is; what is no event said as a noun ("Needs: 3 pods up. …", one naming a workload) as "wait
# for …, then …", which is asked (:mod:`.noorder`) — never acted on now.
_PRE_WORD = (
    r"(?:pre-?req(?:uisite)?s?|pre|pre-?conditions?|conditions?|depends\s+on|dependency|"
    r"dependencies|blocked\s+(?:by|on)|blockers?|requires|required|requirements?|needs|"
    r"wait(?:ing|s)?\s+(?:on|for)|gated?(?:\s+(?:by|on))?|only\s+after|"
    # Round 32 (a36b): "Pending: review.", "Awaiting: sign-off.".
    # (Round 34, a38a, attack38: "Dependent on: …", "Conditional on: …", "Contingent on: …".)
    r"pending|awaiting|(?:dependent|conditional|contingent)\s+on|"
    # (Round 35, a40b, attack39: "Queued behind: CHG-9. …".)
    r"queued\s+(?:behind|after))"
)
# (Another label before it, as :data:`_OTHER_LABEL` below: "Owner: bob. Prereq: …".)
_LABEL_BEFORE = (
    r"(?:[a-z][\w-]{1,20}(?:\s+[a-z][\w-]{1,20})?\s*(?::|=|\s-\s)\s*[^.;:=\n]{1,40}?"
    r"(?:[.;]\s+|\s+[-\u2014\u2013|]\s+))"
)
_PRE_LABEL = re.compile(
    rf"^(?P<lead>\s*)(?P<labels>{_LABEL_BEFORE}{{0,3}}?)(?P<label>{_PRE_WORD})\s*(?::|=|\s-\s|"
    r"\s*\u2014|\s*\u2013)\s*(?P<cond>[^.;:\n]{1,60}?)\s*(?:[.;]|\s-\s|\s\u2014|\s\u2013)\s*"
    r"(?P<rest>\S.*)$",
    re.I | re.S,
)
# Round 32 (a36b): the same label said last ("switch frontend to 2.2.0. Prereq: db migration.",
# "restart worker. Blocked by: the migration.", "… Wait for: the migration.") or as a verb
# with no mark, first ("Blocked on bob. restart worker", "Requires approval. …", "Waiting for
# approval. …"): read as the label said first.
# The precondition said as a verb with no mark (Round 32, lead, attack37: "Depends on PR #12:
# …", "… Gated on CI.").
_PRE_VERB = (
    r"blocked\s+(?:by|on)|requires|waiting\s+(?:on|for)|awaiting|depends\s+on|"
    # (Round 33, a37b, attack37: the label's noun with no mark, "Dependency PR #12 - …".)
    r"gated\s+(?:on|by)|dependency|dependent\s+on|"
    # (Round 34, a38a, attack38: "pending PR #12: …", "conditional on PR #12: …", "prerequisite
    # PR #12: …"; never a fact of pods or work waiting, "pending pods: 3", nor a status of
    # the change, "pending approval: …", which :mod:`.noorder` asks.)
    r"(?:conditional|contingent)\s+on|pre-?req(?:uisite)?|"
    # (Round 35, a40b, attack39: "queued behind CHG-9: …", "gated by PR #12 -> …".)
    r"queued\s+(?:behind|after)|"
    r"pending(?!\s+(?:jobs?|pods?|tasks?|requests?|messages?|items?|orders?|builds?|events?|"
    r"(?:(?:the|a|an|final|further|formal)\s+){0,2}(?:approvals?|reviews?|sign-?offs?|discussion|"
    r"decision|confirmation|go-?ahead|qa|cab|change\s+board)\b))"
)
# (Round 34, a38a: at the head only, what is needed said to come first, "needs CHG-9 first: …",
# "needs PR #12 to land first: …"; "… . needs more headroom" is a reason, never a wait.)
_PRE_NEEDS_FIRST = r"needs(?=\s[^.;:\n]{1,60}?\sfirst\s*(?:[.;:]|\s[-\u2014\u2013]{1,2}\s))"
_PRE_TAIL = re.compile(
    rf"^(?P<rest>\S.*?)\s*[.;]\s+(?P<label>{_PRE_WORD})\s*(?::|=|\s-\s|\s*\u2014|\s*\u2013)\s*"
    r"(?P<cond>[^.;:\n]{1,60}?)[\s.!]*$|"
    rf"^(?P<vrest>\S.*?)\s*[.;]\s+(?P<vlabel>{_PRE_VERB})(?!\s*[:=\u2014\u2013-])\s+"
    r"(?P<vcond>[^.;:\n]{1,60}?)[\s.!]*$",
    re.I | re.S,
)
_PRE_VERB_HEAD = re.compile(
    rf"^(?P<lead>\s*)(?P<label>{_PRE_VERB}|{_PRE_NEEDS_FIRST})(?!\s*[:=\u2014\u2013-])\s+"
    # (Round 32, lead, attack37: the condition closed by a colon too, "Depends on PR #12: …".)
    # (Round 33, a37b: or by a dash, "Dependency PR #12 - restart worker".)
    # (Round 35, a40b, attack39: or by an arrow, "depends on CHG-9 -> restart worker".)
    r"(?P<cond>[^.;:\n]{1,60}?)\s*(?:[.;:]|\s[-\u2014\u2013]{1,2}\s|\s(?:-{1,2}>|=>|\u2192)\s)"
    r"\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
_PRE_STEMS = (
    "pre",
    "depend",
    "block",
    "requir",
    "need",
    "wait",
    "gate",
    "condition",
    "after",
    "pending",
    "contingent",
    "queued",
)
# (The label word with its mark anywhere: a cheap test before the whole label's.)
_PRE_SAID = re.compile(rf"{_PRE_WORD}\s*(?::|=|\s-\s|\u2014|\u2013)", re.I)
_PRE_CONNECTIVE = re.compile(rf"{timewords.EVENT_CONNECTIVE}\b|until\b|till\b", re.I)
_PRE_FIRST = re.compile(r"\s+(?:first|beforehand|before(?:\s+(?:that|it))?)$", re.I)
_PRE_EVENT = re.compile(
    rf"(?P<noun>{_NOUN})(?:(?P<done>\s+{timewords.DONE})|\s+to\s+{_LET_DONE})?", re.I
)


# Round 36 (a41c, attack40): a change record said to come first, at the head with no label
# word: "CHG-9 first: restart worker", "CHG-9 first, then …", "CHG-9, then …", "PR #12 needs to
# merge first; …" — read as "needs CHG-9 first: …" (a wait on it, asked). A record alone
# before a colon or a dash names the order's ticket: "CHG-9: restart worker" (planned).
_RECORD_FIRST = re.compile(
    r"^(?P<lead>\s*)(?P<cond>(?-i:[A-Z][A-Z0-9]*-\d+)|(?:pr|mr|pull\s+request|merge\s+request|"
    r"chg|crq?|ticket)\s*#?\d+|#\d+)"
    r"(?P<needs>\s+(?:needs|has|have|must|should)(?:\s+to)?\s+(?:merge|land|ship|close|finish|"
    r"go\s+(?:in|out|through)|be\s+(?:merged|done|closed|deployed|applied|finished))|"
    r"\s+(?:goes|comes|lands|happens))?"
    r"(?P<first>\s+first)?\s*(?:(?P<then>,\s*(?:and\s+)?then\b)|[:;.]|\s[-\u2014\u2013]{1,2}>?\s)"
    r"\s*(?P<rest>\S.*)$",
    re.I | re.S,
)


def _record_first(text: str) -> str:
    """``text`` with a change record said to come first at its head (:data:`_RECORD_FIRST`)
    written as "needs RECORD first: …"; any other text as it is."""
    if not (m := _RECORD_FIRST.match(text)) or not (m["first"] or m["then"] or m["needs"]):
        return text
    return f"{m['lead']}needs {m['cond']} first: {m['rest']}"


def precondition_label(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with a precondition said as a label before it written as the wait said first
    (:data:`_PRE_LABEL`); any other text as it is."""
    head = text[:24]
    if any(c.isdigit() for c in head) and ("first" in text or "then" in text):
        text = _record_first(text)
    if not any(c in text for c in ":-.;\u2014\u2013\u2192=>"):
        return text  # (a cheap test first: a label has its mark, a verb's its full stop)
    lowered = text.lower()
    if not any(w in lowered for w in _PRE_STEMS):
        return text
    if (tail := _PRE_TAIL.match(text)) and not _PRE_LABEL.match(text):
        if tail["label"]:
            text = f"{tail['label']}: {tail['cond'].strip()}. {tail['rest']}"
        else:
            text = f"{tail['vlabel']}: {tail['vcond'].strip()}. {tail['vrest']}"
    elif verb := _PRE_VERB_HEAD.match(text):
        text = f"{verb['lead']}{verb['label']}: {verb['cond'].strip()}. {verb['rest']}"
    if not _PRE_SAID.search(text) or not (m := _PRE_LABEL.match(text)):
        return text
    cond = _PRE_FIRST.sub("", m["cond"].strip())
    if _PRE_CONNECTIVE.match(cond):
        return text  # "Condition: after migration. …": its wait said, read as before
    lead, labels, rest = m["lead"], m["labels"] or "", m["rest"]
    words = set(rx(r"[a-z0-9][\w-]*", re.I).findall(cond.lower()))
    event = _PRE_EVENT.fullmatch(cond)
    if event and not words & names() and not rx(r"\d").search(cond):
        if event["done"]:
            said = f"once {cond}"
        elif event["noun"] != cond:
            said = f"once {event['noun']} is done"
        else:
            said = f"after {cond}"
        return f"{lead}{said}, then {labels}{rest}"
    # (Asked: a wait for what the plan cannot watch, :mod:`.noorder`.)
    return f"{lead}wait for {cond.replace(',', ' and')}, then {labels}{rest}"


def first_then(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with a precondition said first ("first the migration, then …") written as the
    wait it is ("after the migration, then …"); any other text as it is (:data:`_FIRST_THEN`)."""
    text = precondition_label(text, names)
    lowered = text.lower()
    if not any(w in lowered for w in ("first", "let ", "give ", "wait ", "hold off")) or not (
        "then" in lowered or " and " in lowered
    ):
        return text  # (a cheap test first: most requests hold neither)
    if not (m := _FIRST_THEN.match(text)):
        return text
    if m["wtime"]:
        time = m["wtime"]
        said = f"at {time}" if rx(timewords.CLOCK, re.I).fullmatch(time) else time
        return f"{m['lead']}{said}, then{text[m.end() :]}"
    event = m["first"] or m["before"] or m["let"] or m["give"] or m["until"] or m["for"]
    event = event or m["wfor"]
    if m["who"]:
        event = f"{m['who']} {m['act']}"
    words = set(rx(r"[a-z0-9][\w-]*", re.I).findall(event.lower()))
    if words & names():
        return text  # "first the checkout rollout, then …": a workload's, asked as before
    done = m["done"] or m["bdone"] or m["udone"] or ""
    opener = "once" if done else "after"
    if m["till"]:
        opener = "wait until"  # (a wait's "until" is its start, :mod:`.durations`)
    if m["let"] or m["for"]:
        opener, event = "once", f"{event} is done"
    said = f"{opener} {event}{done}"
    return f"{m['lead']}{said}, then{text[m.end() :]}"


# Round 29 (U14): a time said as a label before the request: "Window: tonight. double worker",
# "ETA: after hours. …", "Timing - tonight: …", "Do it tonight: …", "Planned for after the
# 18:00 close: …", "Execute monday morning: …". The label only says the words after it are
# when; read as that time opening the request ("tonight: double worker"), waited on or asked as
# it would be — never blanked as a context time, nor dropped with the label. Only a label of
# when (never "Deadline:", "Reason:") and a time that opens with a word of time.
_TIME_LABEL = (
    r"(?:(?:change\s+|maintenance\s+)?window|timing|time|when|eta|start|starts|slot|schedule|"
    r"scheduled|go-?live|execution|run\s+time)\s*(?::|=|\s-\s|\s*\u2014|\s*\u2013)"
)
_TIME_VERB = (
    r"(?:planned\s+for|scheduled\s+for|do\s+(?:it|this)|execute(?:\s+(?:it|this))?|"
    r"run\s+(?:it|this)|apply\s+(?:it|this)|to\s+be\s+done)"
)
_TIME_START = (
    r"(?:tonight|tonite|tomorrow|today|this|next|after|before|once|when|at|on|in|during|over|"
    r"post|overnight|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\b"
)
# Round 30 (a34c): the same after other labels ("Owner: bob. Window: tonight. restart worker",
# "Ticket: OPS-1. tonight, scale payments to 4"): the time goes first, the labels stay as said
# after it; a label of when that says now ("When: now. …", "When: asap. …") says no time and
# goes (it was the wait 'When'); a time ending in a clock time is followed by a comma, never a
# colon ("saturday 03:00: …" reads as a pasted chat line).
_OTHER_LABEL = (
    r"(?:[a-z][\w-]{1,20}(?:\s+[a-z][\w-]{1,20})?\s*(?::|=|\s-\s)\s*[^.;:=\n]{1,40}?"
    r"(?:[.;]\s+|\s+[-\u2014\u2013|]\s+))"
)
_NOW_SAID = r"(?:now|asap|a\.s\.a\.p\.?|immediately|right\s+(?:now|away)|at\s+once)"
_LABELLED = re.compile(
    rf"^(?P<lead>\s*)(?P<labels>{_OTHER_LABEL}{{1,3}})?(?:"
    rf"{_TIME_LABEL}\s*(?P<now>{_NOW_SAID})\s*(?:[.;:,]|\s-\s|\s\u2014)|"
    rf"{_TIME_LABEL}\s*(?P<t1>{_TIME_START}(?:[^.;:,\n]|[:.]\d)*?)\s*(?:[.;:,](?!\d)|\s[-|]\s|\s\u2014)|"
    rf"{_TIME_VERB}\s+(?P<t2>{_TIME_START}(?:[^.;:,\n]|[:.]\d)*?)\s*(?:[.;:](?!\d)|\s-\s|\s\u2014)|"
    rf"(?<=[.;\-\u2014\u2013]\s)(?P<t3>{_TIME_START}(?:[^.;:,\n]|[:.]\d)*?)\s*(?:[:,](?!\d)|\s-\s|\s\u2014)"
    r")\s*(?P<rest>\S.*)$",
    re.I | re.S,
)


def labelled_time(text: str) -> str:
    """``text`` with a time said as a label before the request written as that time opening
    it ("Window: tonight. double worker" → "tonight: double worker"); any other text as it is
    (:data:`_LABELLED`)."""
    if ":" not in text and "-" not in text and "\u2014" not in text and "." not in text:
        return text
    if not (m := _LABELLED.match(text)):
        return text
    labels = m["labels"] or ""
    if m["now"]:
        return f"{m['lead']}{labels}{m['rest']}"
    if m["t3"] and not labels:
        return text
    time = (m["t1"] or m["t2"] or m["t3"]).strip()
    mark = "," if time[-1:].isdigit() else ":"
    return f"{m['lead']}{time}{mark} {labels}{m['rest']}"


# Round 30 (a34c): a start said by its negation: "not until the freeze ends: scale …", "roll
# back checkout (not before 6pm)", "… no earlier than 18:00". "Not until/before X" is "once/
# after X": read so, then waited on (or asked) as that wait is. Only before a clock time or an
# event (never "not before we check with bob"); "don't … until …" is another reader's.
_NOT_BEFORE = re.compile(
    r"\b(?:not\s+(?:before|until|till|til)(?:\s+after)?|no\s+(?:earlier|sooner)\s+than)\s+"
    rf"(?=(?P<clock>{timewords.CLOCK})(?![\w]|:\d)|(?P<day>{WEEKDAY})(?![\w])|(?P<event>{_NOUN})(?P<done>\s+{timewords.DONE})?"
    r"(?=\s*(?:$|[,;:.)\]\u2014\u2013]|\s-\s)))",
    re.I,
)


# Another time or wait said beside it: the negation is a bound of that one (asked as before).
_OTHER_WAIT = re.compile(
    r"\b(?:after|before|once|when|until|till|til|tonight|tomorrow|today|later|"
    rf"{WEEKDAY}|morning|evening|night|noon|midnight)\b|\d{{1,2}}(?::\d\d)?\s*(?:am|pm)\b|"
    r"\b\d{1,2}:\d\d\b",
    re.I,
)


def not_before(text: str) -> str:
    """``text`` with a start said by its negation written as the start ("not until the freeze
    ends" → "once the freeze ends", "(not before 6pm)" → "(after 6pm)"); any other text as it is
    (:data:`_NOT_BEFORE`)."""
    lowered = text.lower()
    if "not " not in lowered and "no earlier" not in lowered and "no sooner" not in lowered:
        return text  # (a cheap test first)

    if not (found := list(_NOT_BEFORE.finditer(text))):
        return text
    rest, last = [], 0
    for m in found:
        end = max(m.end("clock"), m.end("day"), m.end("event"), m.end("done"))
        rest.append(text[last : m.start()])
        last = end
    if _OTHER_WAIT.search(" ".join([*rest, text[last:]])):
        return text  # "restart frontend after the release, not before 17:00": two, asked

    def start(m: re.Match[str]) -> str:
        # (A day: "not before monday" is from monday on, "on monday" — never "after monday".)
        return "once " if m["done"] else "on " if m["day"] else "after "

    return _NOT_BEFORE.sub(start, text)
