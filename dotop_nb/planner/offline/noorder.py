"""Messages that are no order, or whose order other words undo: a last word on a finished plan.

Rule: a plan stands only if the words as sent ask for it now. A status on the item ("AI-3 (done):
…", "DONE …", "N/A …", "… — withdrawn", "… — on ice", "… — moot"), an assigned to-do
("TODO(alice): …"), a pasted chat line ("02:15 — alice: …", "alice 02:15: …"), a vote ("+1",
"frontend: +1"), a plan given up or only considered ("the plan was to …", "I was going to …",
"option A: …", "… but decided against it", "… now abandoned"), a prohibition ("stop restarting
payments", "quit rolling back checkout", "stop the rollout of …"), sarcasm ("…, that worked so
well last time"), a resolved alert ("[RESOLVED] …"), a note that forbids touching the workload
("frontend is managed by Argo, don't touch it directly") or says the same change is already done
("my-api was already bumped to 1.5.0"), a revert of the very change planned ('Revert "bump
frontend to 2.2.0"', "git revert abc123 # …"), a release announced ("frontend 2.2.0 is out"), a
finding alone ("worker has no readiness probe"), an autoscaler's report ("scaled 3 → 5 by the
HPA") and a report, complaint or cost note about backups ("postgres was backed up at 02:00",
"postgres backups cost $300/mo") each turn the plan into a question naming what was said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dotop_nb.planner.offline import statements, timewords, waits
from dotop_nb.ports import PlanResult

_I = re.I | re.M
_STATUS = r"done|n/?a|wontfix|won'?t\s+(?:fix|do)|withdrawn|dropped|cancell?ed|closed|skipped|moot"
# What ends a request before it is done: a status said after it, a veto, a reviewer's NACK.
_ENDED = (
    r"withdrawn|on\s+ice|moot|shelved|abandoned|dropped|scrapped|obsolete|superseded|void|n/a|"
    r"not\s+needed|no\s+longer\s+needed|won'?t\s+do|wontfix|cancell?ed|done|rejected|declined|"
    r"vetoed|refused|rescinded|revoked|expired|nack|nak|tentative|strawman|closed|not\s+merged|"
    r"unmerged|denied"
)
# A status between an item's id and the item, or said before it ("PR #42 (closed, not merged):").
_STATUS_PREFIX = re.compile(
    rf"^\W*(?:[A-Za-z]+\s*#?-?\d+\s*)?[(\[]\s*(?:{_STATUS}|{_ENDED})\b[^)\]\n]*[)\]]|"
    r"^\W*(?:[A-Za-z]+-?\d+\s*[:\-]?\s*)?(?:DONE|N/A|WONTFIX|CLOSED|DROPPED|CANCELL?ED)\b|"
    r"^\W*(?:n/a|done|closed|dropped)\s*[:\-\u2014]",
    re.M,
)
_STATUS_SUFFIX = re.compile(
    r"\s(?:[\u2014\u2013]|-{1,2}|\|)\s*(?:(?:now|status\s*:?)\s+)?(?:" + _ENDED + r")"
    r"(?:\s+by\s+[\w@.\- ]+)?\W*$|"
    r"\(\s*(?:" + _ENDED + r")\b[^)\n]*\)\W*$|"
    r":(?:x|no_entry|no_entry_sign|thinking_face|octagonal_sign|stop_sign|-1|thumbsdown):\s*$|"
    # an approval said false or left empty ("approved=false", "Approver: —")
    r"\bapprov(?:ed|al)\s*[=:]\s*(?:false|no|none|n|denied|rejected)\b|"
    r"\bapprover\s*:\s*(?:[\u2014\u2013\-]+|none|n/a|tbd|\?+)?\s*$",
    _I,
)
_TODO = re.compile(r"^\W*(?:todo|fixme|xxx)\s*\([^)\n]+\)\s*[:\-]?", _I)
_CHAT = re.compile(
    r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:[\u2014\u2013\-|]+\s*)?<?[A-Za-z][\w.\-]*>?\s*:\s|"
    r"^\s*<?[A-Za-z][\w.\-]*>?\s+[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*:\s",
    re.M,
)
_VOTE = re.compile(
    r"^\s*(?:[\w\-]+\s*:\s*)?(?:\+1|\U0001f44d)\s*(?:from\s+me|here)?\s*[.!:,]*\s*$|"
    r"^\s*\+1\s+(?:from\s+me|here)\s*[:,\-]",
    re.M,
)
_PAST_PLAN = re.compile(
    r"\bthe\s+(?:plan|idea|intent(?:ion)?)\s+was\s+to\b|\bwas\s+the\s+(?:plan|idea)\b|"
    # ("I was going to say 10, but … make it three" corrects itself: planned).
    r"\b(?:i|we|they|he|she)\s+(?:was|were)\s+(?:going|planning|about|meant|supposed|hoping)"
    r"\s+to\s+(?!(?:say|ask|suggest|write|type|propose)\b)|\b(?:i|we)\s+(?:was|were)\s+"
    r"thinking\s+(?:of|about)\b|\b(?:decided|voted|ruled)\s+against\b|"
    r"\b(?:now\s+|since\s+)?(?:abandoned|shelved)\b|\bbut\s+(?:we|they|i|he|she|the\s+team)\s+"
    r"(?:dropped|scrapped|shelved|abandoned|cancell?ed|killed|nixed|binned)\b|"
    r"^\W*(?:option|choice|alternative|variant|proposal|draft|plan|candidate|approach)\s+"
    r"(?:[a-z]|\d+)\s*[:)\-]|"
    # "we can't make frontend's root filesystem read-only, it writes to /tmp": a statement.
    r"^\W*(?:we|you|they|i)\s+(?:can'?t|cannot|can\s+not|shouldn'?t|should\s+not|mustn'?t|"
    r"must\s+not)\s+(?:make|set|scale|restart|roll|update|bump|change|turn|enable|add|give)\b",
    _I,
)
# "stop restarting payments": the verb governed by a stop is the thing not to do.
_STOP = r"(?:stop|quit|cease|enough(?:\s+with)?(?:\s+the)?|no\s+more|halt)"
_STOPPED = {
    "rollout_restart": r"restart\w*|bounc\w*|redeploy\w*|recycl\w*|cycl\w*|reboot\w*|kick\w*|"
    r"restarts?",
    "rollout_undo": r"roll\w*\s+back|rollbacks?|revert\w*|downgrad\w*|undo\w*",
    "set_image": r"roll\w*\s+out|rollouts?|deploy\w*|upgrad\w*|updat\w*|bump\w*|releas\w*|"
    r"push\w*|ship\w*",
    "scale": r"scal\w*|resiz\w*",
    "apply": r"alert\w*|monitor\w*|back\w*\s*up|backups?|autoscal\w*",
}
_SARCASM = re.compile(
    r"\bthat\s+(?:worked|went)\s+(?:out\s+)?(?:so\s+|really\s+|super\s+)?(?:well|great|"
    r"brilliantly|nicely|perfectly)\b|\bwhat\s+could\s+(?:possibly\s+)?go\s+wrong\b|"
    r"^\W*(?:oh\s+)?(?:sure|yeah|yes|great|right|brilliant)\s*,.*\bin\s+the\s+middle\s+of\b|"
    r"\bbecause\s+that\s+(?:always\s+)?(?:works|helps|fixed\s+it)\b|\s/s\s*$",
    _I,
)
_RESOLVED = re.compile(
    r"\[\s*(?:resolved|cleared|recovered|ok)\s*\]|^\W*(?:resolved|recovered|cleared)\s*[:\-]|"
    r"\b(?:status|state)\s*[:=]\s*(?:resolved|cleared|ok)\b",
    _I,
)
# Of the workload itself ("don't touch it directly", "hands off frontend"), never of something
# else ("restart payments, don't change anything else", "don't touch envoy").
_FORBIDS = (
    r"\b(?:do\s+not|don'?t|dont|never|nobody|no\s+one)\s+(?:\w+\s+)?(?:touch(?:es)?|edit|change|"
    r"modify|patch)\s+(?:{name}|it|them)\b(?!\s+else)|\bhands\s+off\s+(?:{name}|it)\b|"
    r"\b{name}\b[^.;]*\bmanaged\s+by\s+(?:argo\s*cd|argocd|argo|flux|gitops)\b"
)
_ALREADY = re.compile(
    r"\balready\s+(?:been\s+)?(?:bumped|set|updated|upgraded|deployed|rolled\s+out|scaled|"
    r"restarted|patched|changed|moved|raised|lowered|applied)\b",
    _I,
)
_REVERT = re.compile(
    r"^\W*revert\b\s*[:\"\u201c']|\bgit\s+revert\b|\bthis\s+reverts\s+commit\b", _I
)
_RELEASED = re.compile(
    r"\b(?:is|are|went)\s+(?:now\s+)?(?:out(?!\s+of)|released|published|tagged)\b|"
    r"\b(?:released|published|tagged|pushed|cut)\s*(?:today|yesterday|this\s+\w+|\W*$)|"
    r"\blatest\s+(?:is|=)\s|\bnew\s+release\b|"
    # Round 15 (a16): a release's status ("is available", "passed QA", "is green in CI", "is the
    # latest", "is tested", "is approved", "fixes CVE-…") is a gate or a fact, no deploy order.
    r"\b(?:is|are)\s+(?:now\s+)?(?:available|tested|approved|signed\s+off|green|the\s+latest|"
    r"qa'?d|verified|validated)\b|\bpassed\s+(?:qa|ci|tests?|review|staging|e2e|the\s+\w+)\b|"
    r"\bfixes\s+(?:cve|the|a|an)\b",
    _I,
)
_ASKS_IMAGE = re.compile(
    r"\b(?:deploy|roll|rollout|ship|update|upgrade|bump|set|move|go|put|use|"
    r"switch|take|pull|promote|apply|install|run|bring|get|want|need|please|let'?s|should|"
    # "… is approved by CAB, do the needful", "…, go ahead", "…, proceed"
    r"do|go\s+ahead|proceed|execute|action)\b",
    _I,
)
_FINDING = re.compile(
    r"\b(?:has\s+no|have\s+no|lacks?|is\s+missing|are\s+missing|does\s*n[o']t\s+have|"
    r"do\s*n[o']t\s+have|has\s+not\s+got|hasn'?t\s+got|runs?\s+without|missing)\b",
    _I,
)
_ASKS = re.compile(
    r"\b(?:add|give|create|set|fix|configure|enable|attach|put|make|need|needs|should|must|"
    r"please|let'?s|want|ensure|apply|define|set\s+up|so|and|"
    # an order of its own ("restart every deployment that does not have tier=backend")
    r"restart|rolling|redeploy|bounce|scale|update|upgrade|roll|deploy|delete|remove|patch|"
    r"bump|raise|lower|increase|decrease|label|annotate|"
    # a condition to watch for ("alert when worker has no available replicas for 15m")
    r"when|whenever|if|once|until|alert|alerts|page|warn|notify)\b",
    _I,
)
_AUTOSCALED = re.compile(
    r"\b(?:scaled|autoscaled|resized|grew|shrank)\b[^\n]*\bby\s+(?:the\s+)?(?:hpa|autoscaler|"
    r"keda|vpa|cluster[\s-]autoscaler)\b",
    _I,
)
_BACKUP_REPORT = re.compile(
    r"\b(?:was|were|got|been)\s+(?:already\s+|last\s+)?backed\s+up\b|\brestored\b|"
    r"\bbackups?\b[^\n.]*?\b(?:failed|succeeded|completed|partiallyfailed|ran|finished|costs?|"
    r"too\s+(?:frequent|often|many|expensive|big|slow)|owned\s+by|take|took)\b|"
    r"\b(?:Completed|PartiallyFailed|Failed|InProgress)\s*$|"
    r"^\W*(?:we|they)\s+(?:already\s+)?(?:back\s*up|backup|snapshot)\b|\(owned\s+by\b|"
    r"\$\s*\d",
    _I | re.M,
)

# A request to back up said in the message ("Set up a nightly Velero backup …").
_ASKS_BACKUP = re.compile(
    r"\b(?:set\s+up|setup|schedule|create|add|enable|configure|take|make|start|please|pls|"
    r"need|needs|want|should|must|let'?s|ensure|keep|retain|can\s+you|could\s+you)\b|"
    r"(?:^|[.;,!]\s*)back\s*up\b",
    _I,
)


# Round 15 (a16): ONE frame table — the words that make a clause carrying an order-shaped phrase
# something else: (1) a LABEL heading it ("Mitigation applied:", "Steps to reproduce:", "Known
# issue:", "WARNING:", "Definition of done:", "Rollback criteria:", "back-out plan:", an alert's
# "runbook:" field, "(for reference)"), (2) a REPORT VERB of a third party ("someone suggested
# …", "the vendor recommends …"; never "we recommend", "as Bob suggested, …"), (3) a
# CONSEQUENCE said of the change ("roll back checkout and you lose …", "restarting payments
# drops …", "restart payments = lost charges", "…: that loses the queue", "Note: this restarts
# payments"), (4) a FACT that contradicts a delete ("worker is still used by my-api, delete it")
# and (5) a TIME that dates an event, not the plan ("(alert fired at 03:00)", "traffic peaks at
# 18:00", "sale at 18:00", "to before the incident at 14:00"). Each turns the plan into a question.
_LABEL_WORDS = (
    r"(?:mitigation|fix|workaround|action|change|remediation)s?\s+(?:applied|taken|done|performed|"
    r"executed|attempted|tried)|(?:what\s+(?:we|i|they)\s+(?:did|tried)|already\s+tried)|"
    r"log(?:\s+this|\s+entry)?|timeline|"
    r"steps?\s+to\s+reproduce|repro(?:duction)?(?:\s+steps)?|str|expected(?:\s+(?:result|behaviou?r))?|"
    r"actual(?:\s+(?:result|behaviou?r))?|root\s+cause|impact|symptoms?|"
    r"definition\s+of\s+done|dod|(?:rollback|roll-back|back-?out|abort|exit|success)\s+criteria|"
    r"(?:back-?out|roll-?back|fallback|contingency)\s+(?:plan|option)|"
    r"known\s+(?:issue|problem|bug|limitation|gotcha)s?|warning|caution|danger|beware|gotcha|"
    r"for\s+reference|fyi"
)
_FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # "checkout the 1.0.0 tag", "git checkout v1.0.0", "check out the previous version": git's
        # verb on a revision of the code, never the workload called checkout.
        "git's verb 'check out' on a revision of the code, not the workload checkout",
        re.compile(
            r"^[\W_]*(?:git\s+checkout\b|check\s*out\s+(?:the|a|an|that|this|our|my)\s+"
            r"(?:(?:v?\d+(?:\.\d+)+|[\w.\-/]+)\s+)?(?:tag|branch|commit|sha|revision|"
            r"(?:previous|prior|last|older|earlier|old|latest)\s+(?:version|release|tag|commit|"
            r"revision|build)|version|release)s?\b)",
            _I,
        ),
    ),
    (
        "a label that makes it a report, a ticket section, a warning or a plan B",
        re.compile(
            rf"^[\W_]*(?:{_LABEL_WORDS})\s*(?:[:\-\u2014]|\(|$)|"
            r"(?:^|[;|]\s*)runbook(?:_url)?\s*:|\(\s*(?:from\s+[\w-]+,\s*)?for\s+reference\s*\)|"
            r"\bfor\s+reference\b",
            _I,
        ),
    ),
    (
        # "frontend 2.2.0 postmortem", "payments 3.1.0 release notes", "lol frontend 2.2.0": a
        # workload and a version with no verb, titled by a document or met with a reaction.
        "a title or a reaction, not an order",
        re.compile(
            r"^[\W_]*[\w.-]+\s+v?\d+(?:\.\d+)+(?:-[\w.]+)?\s+(?:post-?mortem|retro(?:spective)?|"
            r"(?:release\s+)?notes|change-?log|bugs?|incident|rca|write-?up|docs?|ticket|issues?|"
            r"regressions?|outage|review|demo|announcement|blog(?:\s+post)?|test\s+(?:plan|run|"
            r"results?)|feedback|dashboard|report|thread|discussion|recap)\b|"
            r"^[\W_]*(?:lol|lmao|rofl|ugh|meh|wow|heh|haha+|omg|wtf|smh|yikes|oof|sigh)\b[\W_]*"
            r"[\w.-]+\s+v?\d+(?:\.\d+)+(?:-[\w.]+)?[\W_]*$",
            _I,
        ),
    ),
    (
        "a suggestion someone else made, reported",
        re.compile(
            r"(?<!\bas\s)\b(?:someone|somebody|they|he|she|(?:the|a|an|their|our|his|her|some)\s+"
            r"[\w-]+|[a-z][\w-]*'s\s+[\w-]+|(?-i:(?!(?:We|I|You)\b)[A-Z][a-z]+))\s+"
            r"(?:(?:has|had|have)\s+)?(?:suggest(?:s|ed)|"
            r"recommend(?:s|ed)|propos(?:es|ed)|advis(?:es|ed))\b",
            re.I,
        ),
    ),
    (
        "a consequence of the change, said as a warning",
        re.compile(
            # "roll back checkout and you lose the migration", "… and good luck …"
            r"\band\s+(?:you|we|they)(?:'ll|\s+will|\s+would)?\s+(?:lose|break|kill|drop|wipe|"
            r"corrupt|destroy|regret|be\s+paged|get\s+paged|take\s+down)\b|\band\s+good\s+luck\b|"
            # "…: that loses the queue", "Note: this restarts payments"
            # (", which breaks bin-packing" tells why the change is wanted: no warning)
            r"(?:^|[:\u2014]|\s-)\s*(?:note\s*:\s*)?(?:that|this|it)(?:'ll|\s+will|\s+would)?"
            r"\s+(?:loses?|drops?|kills?|breaks?|wipes?|corrupts?|destroys?|erases?|takes?\s+down|"
            r"restarts|deletes|removes|scales|rolls\s+back|redeploys|bounces)\b|"
            # "restarting payments drops …", "restart payments drops …" (the change is the subject)
            r"^[\W_]*(?:[\w ]{1,20}:\s*)?(?:restart|roll(?:ing)?\s+back|rollback|delet|remov|scal|"
            r"bounc|redeploy|updat|upgrad|downgrad|revert|recycl|kill)(?:e|ing)?\b"
            # (nothing between but the change: "restart payments because it drops …" is a reason)
            r"(?:(?!\b(?:because|since|as|so|to|cuz|coz|which|that|it|they|and|if|when)\b)"
            r"[^,;.:\n])*?\s"
            r"(?:drops|loses|kills|breaks|wipes|corrupts|destroys|erases|truncates|purges|"
            r"(?:will|would|'ll)\s+(?:drop|lose|kill|break|wipe|corrupt|destroy|erase)|"
            r"means\s+(?:losing|lost|data\s+loss|downtime|an?\s+outage))\b|"
            # "restart payments = lost charges", "restart payments -> lost charges"
            r"\s(?:=|->|\u2192|=>)\s*(?:lost|loss|data\s+loss|outage|downtime|dropped|broken|"
            r"dead|angry|pager|sev\s*\d|incident)\b",
            re.I | re.M,
        ),
    ),
)
# A delete whose premise says the object is in use ("worker is still used by my-api, delete it").
_IN_USE = re.compile(
    r"\b(?:is|are)\s+(?:still|currently|actively|also)\s+(?:used|needed|required|in\s+use|"
    r"serving|referenced|called)\b|\b(?:is|are)\s+(?:used|needed|required|relied\s+on|"
    r"referenced|called|consumed)\s+by\b|\b(?:depends?|relies?)\s+on\s+(?:it|them)\b",
    re.I,
)
# A disuse only part of the time ("isn't used on weekends", "barely used", "not used much"): the
# object is still used, so a delete beside it is asked.
_PARTLY_UNUSED = re.compile(
    r"\b(?:rarely|barely|hardly|seldom|mostly\s+(?:not|un)|not\s+(?:much|often|really))\s+"
    r"(?:\w+\s+)?(?:used|needed|called|in\s+use|busy)\b|"
    r"(?:\b(?:not|never|no\s+one|nobody|nothing)\b|n't\b)[^,;.]*?\b(?:used?|uses|needed|calls?|called|"
    r"touch(?:es|ed)?|hits?)\b[^,;.]*?\b(?:on\s+(?:weekends?|sundays?|saturdays?|holidays?|"
    r"nights?)|at\s+(?:night|weekends?)|after\s+hours|overnight|much|often|most\s+of\s+the\s+"
    r"time|outside\s+(?:business|office|working)\s+hours|during\s+\w+|in\s+the\s+(?:evenings?|"
    r"mornings?|summer|winter)|anymore\s+on)\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|no\s+longer|never|nothing|nobody|no\s+one|n't)\b|n't\b", re.I)
# A time that dates an event: the words before it in its clause say what happened (PAST: "the
# alert fired at 03:00", "pods crashlooping after the release", "deployed at 14:00") — that time
# is no wait of the plan, which runs when approved — or what happens then (COMING: "traffic peaks
# at 18:00", "the sale starts at 18:00", "sale at 18:00", "the incident at 14:00") — the change
# may be meant before it, at it or after it: asked. Nothing but the event's own words may stand
# between the event and its time ("payments crashed and restart it at 05:00" keeps its wait).
_EVENT_TAIL = r"(?:(?!\b(?:then|so|but|please|pls|and(?!\s+again\b))\b)[^,;()\[\]\n\u2014])*$"
_PAST_EVENT = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bget\s)(?<!\bgets\s)"
    rf"\b{timewords.PAST_EVENT}\b" + _EVENT_TAIL,
    re.I,
)
_COMING_EVENT = re.compile(
    r"\b(?:peaks|starts|begins|opens|kicks\s+off|launches|spikes|goes\s+live|will\s+be\s+\w+|"
    r"incident|outage|sale|peak|spike|campaign|launch|rush)\b" + _EVENT_TAIL,
    re.I,
)


# Where a clause ends (never the colon of a clock time).
_CLAUSE_END = re.compile(r"[,;()\[\]\n\u2014!?]|:(?!\d)|\.(?:\s|$)")
# The request refers back to the event's time: "…, take my-api to 3 then", "… before then".
# ("season 7 launches friday, put my-api on 6 replicas for it": the change is for the event.)
_THEN = re.compile(
    r"\b(?:then|at\s+that\s+(?:time|point|moment)|by\s+that\s+time|(?:for|before|ahead\s+of)\s+"
    r"(?:it|that))\b",
    re.I,
)


def _said_again(phrase: str, awaits: str) -> bool:
    """Whether the clock time of ``phrase`` is in another awaited phrase too ("the campaign
    ends at midnight. After midnight take frontend down to 2"): the plan's own moment."""
    others = [p for p in awaits.split("; ") if p and p != phrase]
    clocks = re.findall(timewords.CLOCK, phrase, re.I)
    return any(c.lower() in o.lower() for c in clocks for o in others)


def _event_times(said: str, result: PlanResult) -> tuple[list[str], str | None]:
    """The awaited phrases that date a past event (no wait: dropped), and the first that dates
    an event to come (asked), as ``(dropped, asked)``."""
    dropped: list[str] = []
    summaries = " ".join(op.summary() for op in result.operations).lower()
    for phrase in filter(None, (result.awaits or "").split("; ")):
        at = said.lower().find(phrase.lower())
        if at < 0:
            continue
        cuts = [m.end() for m in _CLAUSE_END.finditer(said, 0, at)]
        before = said[cuts[-1] if cuts else 0 : at]
        if _THEN.search(said, at + len(phrase)) or _said_again(phrase, result.awaits or ""):
            continue  # the event's time is the plan's, said back
        if _PAST_EVENT.search(before):
            dropped.append(phrase)
        elif _COMING_EVENT.search(before):
            return dropped, f"{before.strip()} {phrase}"
        elif (
            re.fullmatch(r"\s*(?:and\s+|but\s+|then\s+)?[\w-]+\s*", before)
            and said[: at - len(before)].strip(" ,;")
            and re.search(rf"(?<!\w){re.escape(before.strip().split()[-1])}(?!\w)", summaries)
        ):
            # "only frontend may reach postgres, worker later": the time of one part only.
            return dropped, f"{before.strip()} {phrase}"
    return dropped, None


def _framed(said: str, result: PlanResult) -> str | None:
    """What frames the order-shaped words as no order (the table above), or None."""
    for what, pattern in _FRAMES:
        if m := pattern.search(said):
            return f"{what}: {m.group(0).strip(' :;,-')!r}"
    if any(op.kind == "delete" for op in result.operations):
        for a, b in statements.spans(said):
            clause = said[a:b]
            if (m := _IN_USE.search(clause)) and not _NEGATED.search(clause):
                return f"a fact that says it is in use: {m.group(0)!r}"
            if m := _PARTLY_UNUSED.search(clause):
                return f"a fact that says it is still used some of the time: {m.group(0)!r}"
    if (asked := _event_times(said, result)[1]) is not None:
        return f"a time that dates an event, not the change: {asked!r}"
    return None


def _sentences(said: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", said) if s.strip()]


def _held(said: str, result: PlanResult) -> str | None:
    """What in ``said`` makes the plan no order, or None."""
    if framed := _framed(said, result):
        return framed
    ops = result.operations
    kinds = {op.kind for op in ops}
    names = {op.target.name.lower() for op in ops}
    summaries = " ".join(op.summary() for op in ops)
    for pattern, what in (
        (_STATUS_PREFIX, "a status on the item"),
        (_STATUS_SUFFIX, "a status on the item"),
        (_TODO, "a to-do assigned to someone"),
        (_CHAT, "a pasted chat line (said by someone, earlier)"),
        (_VOTE, "a vote, not a request (and no count)"),
        (_PAST_PLAN, "a plan given up or only considered"),
        (_SARCASM, "sarcasm"),
        (_RESOLVED, "a resolved alert (its reason is gone)"),
        (_REVERT, "a revert of that change"),
        (_AUTOSCALED, "a report of what an autoscaler did"),
    ):
        if m := pattern.search(said):
            if pattern is _REVERT and kinds == {"rollout_undo"}:
                continue
            return f"{what}: {m.group(0).strip()!r}"
    for kind, verbs in _STOPPED.items():
        if kind in kinds and (
            m := re.search(
                rf"\b{_STOP}\s+(?:the\s+|all\s+the\s+|all\s+|any\s+)?(?:{verbs})\b(?!\s+from\b)",
                said,
                re.I,
            )
        ):
            return f"a prohibition: {m.group(0).strip()!r}"
    sentences = _sentences(said)
    for sentence in sentences:
        low = sentence.lower()
        if not any(name in low for name in names):
            continue
        forbids = "|".join(_FORBIDS.format(name=re.escape(name)) for name in names if name in low)
        if forbids and (m := re.search(forbids, sentence, re.I)):
            return f"a note that forbids it: {m.group(0).strip()!r}"
        if (m := _ALREADY.search(sentence)) and _same_value(sentence, summaries):
            return f"the change said to be done already: {m.group(0).strip()!r}"
    if (
        "set_image" in kinds
        and (m := _RELEASED.search(said))
        and not _ASKS_IMAGE.search(_RELEASED.sub(" ", said))
        and not statements.PARTICLE_ORDER.search(said)
    ):
        return f"a release announced, not a request to deploy it: {m.group(0).strip()!r}"
    # One clause alone: "worker has no readiness probe" (not "…, cap it at 1 GB").
    if (
        (m := _FINDING.search(said))
        and not _ASKS.search(said)
        and "?" not in said
        and len(sentences) == 1
        and not re.search(r"[,;:\u2014]|\s-\s", said)
    ):
        return f"a finding, not a request: {m.group(0).strip()!r}"
    if (
        any(op.target.kind in ("Schedule", "Backup") for op in ops)
        and not _ASKS_BACKUP.search(said)
        and (m := _BACKUP_REPORT.search(said))
    ):
        return f"a report about backups, not a request to back up: {m.group(0).strip()!r}"
    return None


def _same_value(sentence: str, summaries: str) -> bool:
    """The sentence says a value (version or count) the plan sets."""
    values = re.findall(r"(?<![\w.])v?\d+(?:\.\d+)*(?![\w]|\.\d)", sentence, re.I)
    return any(re.search(rf"(?<![\w.]){re.escape(v)}(?![\w]|\.\d)", summaries) for v in values)


def _unwaited(said: str, result: PlanResult) -> PlanResult:
    """``result`` without the waits that date a past event ("restart payments (alert fired at
    03:00)": it runs when approved, not at the next 03:00)."""
    dropped, _ = _event_times(said, result)
    if not dropped:
        return result
    kept = [p for p in (result.awaits or "").split("; ") if p and p not in dropped]
    awaits = "; ".join(kept) or None
    analysis = result.analysis.replace(waits.analysis(result.awaits or ""), "").strip()
    if awaits:
        analysis = f"{analysis} {waits.analysis(awaits)}".strip()
    said_of = ", ".join(repr(p) for p in dropped)
    analysis = f"{analysis} I read {said_of} as when something happened, not when to run.".strip()
    return replace(result, awaits=awaits, analysis=analysis)


def check(said: str, result: PlanResult, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when the words are no order for it."""
    if answered or not result.operations:
        return result
    held = _held(said.strip(), result)
    if held is None:
        return _unwaited(said, result)
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"You said {said.strip()!r}, and I read {held} — that is no order to change "
        f"anything. Should I {changes} now? Say it on its own to plan it."
    )
