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
"postgres backups cost $300/mo") each turn the plan into a question naming what was said. So
does a record of the change (:data:`_RECORDS`, round 16): a change record's status before it
("CHG-42 rejected:", "CAB said no:"), a verdict after it ("… — rolled back since", "…: Bob said
no"), a ticket, PR, commit or doc section ("PR title:", "Workaround:", "Test case:"), meeting or
status notes ("Minutes:", "Standup:"), an optional, conditional or historical step ("Optional:",
"In an emergency:", "Previously:"), a plan without its clock time ("Rollout plan:") or a label
not settled ("Decision pending:"). Round 17 (a18): one table of the statuses that withhold an
order (:data:`WITHHELD`: turned down, taken back, undecided, parked, only listed), read before it
("Recommendation rejected:", "Change request CHG-8 denied:", "OPS-88 (blocked):", "Not
doing:"), after it ("…, vetoed by Dana", "…. CAB said no.", "… → nah"), as a listed option or a
point of a discussion ("Ruled out:", "Alternative considered:", "Risk:", "Hypothesis:"), as a
mark ("restart worker: N", "- [x] …", "🛑 …", "… (sarcasm)") or in a relayed authority ("Per
the client's CAB rejection, …"); :mod:`.relayed` reads the same table. Round 22 (attack 24):
one grammar, :data:`_GIVEN_UP`, for words that take the order back or hold it — a cancelling
verb on the order's own noun ("scrap the worker restart"), a request withdrawn or turned down
("The CAB rejected scaling payments to 4"), a negating or marking head ("needn't …", "HOLD: …",
"this is a test: …") or tail ("…: called off", "… (typo, ignore)", "… — FYI only").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dotop_nb.planner.offline import guard, results, statements, timewords, voices, waits
from dotop_nb.planner.offline.addressed import GO_AHEAD
from dotop_nb.planner.offline.rx import rx
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
# An item owned by someone named in brackets ("TODO(alice):", "AI(bob):", "action item (@kim)
# -"): their to-do, pasted. An id in the brackets labels the item ("Action item (INC-2291):").
_TODO = re.compile(
    r"^\W*(?:(?:todo|fixme|xxx)\s*\([^)\n]+\)|"
    r"(?:ai|a\.i\.|action\s+items?|to-?dos?|tasks?)\s*\(\s*@?(?!(?:from|re|p\d|sev)\b)"
    r"[a-z][a-z.\-]{1,20}(?:\s*[,/&]\s*@?[a-z][a-z.\-]{1,20})*\s*\))\s*[:\-]?",
    _I,
)
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
    # Round 37 (m42b, attack42): a wish of the past taken back by the way things are now ("I
    # wanted to restart orders but it's fine now", "we meant to scale worker to 5, but it
    # recovered", "I'd planned to bump frontend but no need"). ("I wanted to restart orders but
    # it's still stuck" still wants it: planned.)
    # (Round 37, m43a: its subject left out too, "meant to restart payments, but forget it".)
    r"(?:\b(?:i|we)(?:\s+had|'d)?\s+|^\W*)(?:wanted|meant|intended|planned|hoped)\s+to\s+"
    r"(?!(?:say|ask|suggest|write|type|propose)\b)[^;.!?]*?\bbut\s+(?:(?:now|then)\s+)?"
    r"(?:(?:it|that|things|everything|all|we|i|they|the\s+[\w-]+|[\w-]+)(?:'s|'re|'m|\s+is|"
    r"\s+are|\s+am|\s+seems?|\s+looks?|\s+has|\s+have)?\s+(?:(?:now|all|already|totally|"
    r"completely|back)\s+)*(?:fine|ok|okay|good|sorted|resolved|fixed|stable|healthy|better|"
    r"recovered|settled|calm|quiet|normal|not\s+needed|no\s+longer\s+needed|unnecessary)\b|"
    r"(?:it|that|they)\s+(?:recovered|fixed\s+itself|settled(?:\s+down)?|calmed\s+down|"
    r"sorted\s+itself(?:\s+out)?|resolved\s+itself)\b|never\s*mind|nvm|no\s+need|"
    r"(?:it'?s\s+)?not\s+needed|forget\s+it|scratch\s+that|not\s+any\s*more|no\s+longer|"
    # (Round 37, m43a — attack43: or by what was seen since, "… but then I saw the dashboard".)
    r"(?:i|we)\s+(?:saw|checked|looked\s+at|noticed|reali[sz]ed|found|heard)\b)|"
    # (Indonesian "gak jadi": it is not going ahead, "tadinya mau restart my-api, gak jadi deh";
    # never "gak jadi masalah", no problem.)
    r"(?<![\w\-])(?:gak|nggak|ngga|ga|enggak|tidak|tak|ndak)\s+jadi(?![\w\-])"
    r"(?!\s+(?:masalah|problem|soal|apa))|"
    # (A wish of what cannot be: "I wish I could restart payments".)
    r"\b(?:i|we)\s+wish\s+(?:i|we)\s+could\b|"
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
# "payments to 3.0.1 (fixes the spend rounding)", "bump checkout to v2.4 — it fixes the
# timeout": the short order "<workload> to <version>" said first; a fix said of that version is
# the reason to deploy it. (A past tense — "payments moved to 3.0.1" — is no such order.)
_SHORT_ORDER = re.compile(
    r"^\W*(?:(?:please|pls|bump|upgrade|update|move|take|set)\s+)?[a-z][\w\-]*"
    r"(?:\s+(?:image|container|app|deployment))?\s+(?:to|->)\s+v?\d[\w.\-]*"
    r"\s*(?:[(,;:\u2014\u2013]|-\s|$)",
    _I,
)
_FIX = re.compile(r"\bfixes\b", _I)
_ASKS_IMAGE = re.compile(
    r"\b(?:deploy|roll|rollout|ship|update|upgrade|bump|set|move|go|put|use|"
    r"switch|take|pull|promote|apply|install|run|bring|get|want|need|please|let'?s|should|"
    # "… is approved by CAB, do the needful", "…, go ahead", "…, proceed"
    r"do|go\s+ahead|proceed|execute|action)\b",
    _I,
)
_FINDING = re.compile(
    r"\b(?:has\s+no|have\s+no|lacks?|is\s+missing|are\s+missing|does\s*n[o']t\s+have|"
    r"do\s*n[o']t\s+have|has\s+not\s+got|hasn'?t\s+got|runs?\s+without|missing)\b|"
    # Round 26 (reports): what a workload is not ("payments isn't spread across zones", "worker
    # isn't autoscaled", "postgres is not backed up anymore") and what a budget does ("the
    # orders pdb blocks node drains"). ("payments is not HA" and "… isn't monitored" plan: the
    # complaints earlier rounds decided.)
    r"\b(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:(?:yet|currently|being|even)\s+)?"
    r"(?:spread|autoscaled|auto-scaled|backed\s+up)\b(?![^\n]*(?:->|=>|\u2192))|"
    r"\b(?:pdb|budget|disruption\s+budget)\s+(?:blocks|is\s+blocking|keeps\s+blocking)\b"
    r"(?![^\n]*(?:->|=>|\u2192))",
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
# Words of praise said as a label or a lead (round 37, en41: "mad props", "big ups", "good
# call", "nice catch", "hats off", "bravo"): what follows them is praised, or ordered.
PRAISE = (
    r"(?:mad\s+)?props|kudos|shout-?outs?|hats\s+off|big\s+ups?|bravo|respect|gg|nice\s+one|"
    r"well\s+done|(?:good|great|nice|awesome|excellent|solid|brilliant)\s+(?:job|work|call|"
    r"catch|one|move)"
)
_LABEL_WORDS = (
    r"(?:mitigation|fix|workaround|action|change|remediation)s?\s+(?:applied|taken|done|performed|"
    r"executed|attempted|tried)|(?:what\s+(?:we|i|they)\s+(?:did|tried)|already\s+tried)|"
    r"log(?:\s+this|\s+entry)?|timeline|"
    r"steps?\s+to\s+reproduce|repro(?:duction)?(?:\s+steps)?|str|expected(?:\s+(?:result|behaviou?r))?|"
    r"actual(?:\s+(?:result|behaviou?r))?|root\s+cause|impact|symptoms?|"
    r"definition\s+of\s+done|dod|(?:rollback|roll-back|back-?out|abort|exit|success)\s+criteria|"
    # (Round 18, a20: the plan-B label alone, "Back-out:", "Fallback:", "Plan B -", too.)
    r"(?:back-?out|fallback|contingency|plan\s+b)(?:\s+(?:plans?|options?|steps?|procedures?))?|"
    r"roll-?back\s+(?:plans?|options?|steps?|procedures?)|"
    r"known\s+(?:issue|problem|bug|limitation|gotcha)s?|warning|caution|danger|beware|gotcha|"
    r"for\s+reference|fyi"
)


# Round 18 (a20): what names an item in a list — a number ("3", "#4", "2.1", "3b"), a letter
# ("Scenario B") or a Roman numeral ("Phase II"): one grammar for every label that takes one.
_ID = r"#?(?:\d+[a-z]?(?:\.\d+)*|(?-i:[A-Z]|[IVX]{1,4})(?![\w'\-]))"


# Round 16 (a17): a label word at the message's head, then what may qualify it — its id
# (:data:`_ID`), an owner or a date in brackets, "for/from/by WHO" ("Test case 3:", "Minutes
# (12/03):", "Reminder for Bob:", "Standup notes from Tuesday -") — then a colon or a dash.
def _head(words: str) -> str:
    """The head-label grammar around the alternation ``words`` (see the comment above)."""
    return (
        rf"^[\W_]*(?:{words})(?:\s*{_ID}|\s*\([^()\n]{{1,30}}\)|"
        # (Round 22: "Reminder for next sale:", "Note for the next deploy:".)
        r"\s+(?:for|from|by|of|to|on)\s+(?:the\s+)?(?:next\s+)?@?[\w.\-]+)?\s*"
        r"(?::|[\u2014\u2013]|\s-{1,2}\s)"
    )


# A change record's id or word ("CHG-42", "CR 7", "change request #12", "PR 412"), or any item
# named by its label and id ("Agenda item 3", "Step 4", "Task B": round 18, a20).
_RECORD = (
    r"(?:(?-i:[A-Z][A-Z0-9]*-\d+)|(?:chg|crq?|rfc|change(?:\s+request)?|ticket|pr|mr|"
    rf"req(?:uest)?)\s*#?\d*|(?:[a-z][\w-]*\s+){{1,3}}{_ID})"
)
# Round 17 (a18): ONE table of the statuses that withhold an order — a record's status, verdict
# or label around it that says it was turned down, taken back, is not decided yet, or is only
# listed ("Recommendation rejected:", "Change request CHG-8 denied:", "OPS-88 (blocked):",
# "Not doing:", "Ruled out:", "…, vetoed by Dana", "… → nah", "- [ ] …"). :mod:`.relayed` reads
# the same table, so an authority with such a status is never dropped as an approval.
WITHHELD = (
    r"rejected|declined|denied|vetoed|refused|nack(?:ed)?|withdrawn|retracted|rescinded|revoked|"
    r"superseded|discarded|dismissed|ruled\s+out|shot\s+down|nixed|disputed|contested|"
    r"not\s+(?:yet\s+)?(?:accepted|approved|agreed|decided|doing|done|an\s+option|happening)|"
    r"unapproved|(?:on|in)\s+hold|(?:under|in|pending|awaiting)\s+(?:review|discussion|"
    r"approval|sign-?off)|pending|tbd|tbc|undecided|blocked|parked|shelved|on\s+ice|deferred|"
    r"postponed|backlog(?:ged)?|unprioriti[sz]ed|icebox(?:ed)?|draft|duplicate|dup(?:e)?|"
    r"resolved|closed|reverted|rolled\s+back|won'?t\s+(?:do|fix)|wontfix|not\s+yet|"
    r"cancell?ed|abandoned|obsolete|invalid|deprecated"
)
# What a record's status says when the change is not to be made now: the table above, and a
# change run out, undone or finished.
_VERDICT = (
    rf"{WITHHELD}|nak|expired|lapsed|undone|backed\s+out|drafts|failed|aborted|done|completed|"
    r"implemented|skipped"
)
# Someone who said no ("CAB said no", "the DBA says no", "bob: no").
_NAYSAYER = (
    r"(?:(?:the\s+)?[\w@.\-]+(?:\s+[\w@.\-]+)?\s+(?:said|says|voted|replied)\s+no|"
    # Round 20: "the answer was no", "the CAB's verdict is negative", "the vote came back no".
    r"(?:the\s+)?(?:[\w@.\-]+'s\s+)?(?:answer|vote|verdict|decision|response|reply|outcome)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w@.\-]+)?\s+(?:was|is|came\s+back)\s+(?:a\s+)?"
    r"(?:no|negative|nay|a\s+no)\b)"
)
# Round 27 (reports): what came of a change already tried, said after it and its mark ("…:
# no effect", "— still 500s", "; no dice", "-> fixed"; "all good", "still failing" need no
# mark: the result of a change told done, below).
_OUTCOME_AFTER = (
    r"(?:(?:i|we|they|[\w@.\-]+)\s+)?(?:already\s+|just\s+)?tried(?:\s+(?:it|that|this|already|"
    r"twice|again|before|earlier|yesterday))*(?:\s*[,;/]?\s*(?:(?:it|that|but)\s+)?(?:failed|"
    r"didn'?t\s+(?:help|work)|no\s+(?:luck|dice|joy|effect|change|difference)))?|"
    r"(?:(?:it|that|this)\s+)?(?:made\s+|has\s+|had\s+)?(?:no|zero|little)\s+(?:change|difference|"
    r"effect|dice|joy|improvement)|"
    r"still\s+(?:5\d\d|[45]xx|\d{3}s|erroring|errors|failing|broken|down|crash\w*|slow|oom\w*|"
    r"timing\s+out|flapping|degraded|the\s+same)|"
    r"nothing\s+changed|same\s+(?:result|issue|problem|errors?)|"
    r"(?:(?:it|that|this|things)\s+)?(?:(?:got|made\s+it|is|was|went)\s+)?(?:(?:even|much|way|"
    r"a\s+lot)\s+)?(?:worse|better)|"
    r"(?:(?:that|it|this)\s+)?(?:fixed|resolved|solved|sorted|helped|worked)(?:\s+(?:it|that|"
    r"this|the\s+[\w\-]+))?|"
    r"(?:[\w\-]+\s+)?(?:is\s+|are\s+)?(?:ok|okay|fine|good|normal|green|stable)\s+now|"
    # (round 28, a31rest: "— failed with timeout", "- failed after 30s")
    r"back\s+to\s+normal|recovered|gone|failed(?:\s+(?:with|on|due\s+to|after|because\s+of)"
    r"\s+[^,;!?()]+)?|"
    # a run's log line after it ("delete worker: ok", "…: success", "… -- exit code 1")
    r"ok|okay|success(?:ful(?:ly)?)?|succeeded|completed|error(?:ed)?|timed\s+out|"
    r"exit(?:ed)?(?:\s+(?:code|status|with))?\s*[=:]?\s*\d+|rc\s*[=:]\s*\d+"
)
# A verdict said after the change: undone since, done already, someone's no, void.
_AFTER = (
    r"(?:(?:it|this|that|the\s+change)\s+)?(?:(?:was|got|has\s+been|is|were)\s+)?"
    r"(?:rolled\s+back|reverted|undone|backed\s+out)(?:\s+(?:since|already|afterwards|later))?|"
    # Round 18 (a21): the change told done in one word after it ("payments — restarted",
    # "worker to 3 — scaled").
    r"(?:restarted|bounced|scaled(?:\s+(?:up|down|out|in))?|redeployed|upgraded|downgraded|"
    r"patched|deleted|removed)|"
    r"(?:(?:it|this|that|the\s+change)\s+)?(?:was|got|has\s+been|were)\s+(?:done|applied|"
    r"executed|run|made)(?:\s+already)?|"
    r"(?:(?:i|we|they|he|she|[\w@.\-]+)\s+)?(?:did|ran|applied|made)\s+(?:that|it|this)"
    r"(?:\s+already)?|(?:already|previously)\s+(?:done|did|ran|applied|made)"
    r"(?:\s+(?:that|it|this))?|(?:done|applied)\s+already|"
    # Round 26 (reports): the change told done already after it ("delete worker (already
    # deleted)", "… — already gone", "restart checkout (bob already did)"), a message sent to
    # the wrong place ("restart frontend (wrong thread)").
    r"(?:(?:it|this|that|they)(?:'s|\s+is|\s+was|\s+are|\s+were|\s+has\s+been)\s+)?"
    r"already\s+(?:been\s+)?(?:deleted|removed|gone|restarted|bounced|set|scaled|applied|"
    r"updated|upgraded|bumped|deployed|patched|added|created|changed|rolled\s+(?:back|out)|"
    r"in\s+place|there|fixed|handled|taken\s+care\s+of)|"
    r"(?:[\w@.\-]+\s+)?already\s+(?:did|ran|has|have|had)(?:\s+(?:it|that|this|done\s+it))?|"
    r"wrong\s+(?:thread|channel|chat|window|tab|room|ticket|cluster|person|team|workspace)|"
    # Round 27 (reports): what came of the change, told after it — tried already ("(tried,
    # failed)", "- tried it", "(already tried)"), its effect ("no effect", "no dice", "worse",
    # "— still 500s", "-> fixed", "resolved it", "latency ok now") or its object gone ("(gone)").
    rf"{_OUTCOME_AFTER}|"
    rf"{_NAYSAYER}|"
    r"invalid|not\s+valid|void|bogus|wrong|ignore(?:\s+(?:this|that|it))?|"
    r"disregard(?:\s+(?:this|that|it))?|dup(?:e|licate)?"
)
_WHEN_SAID = (
    r"(?:\s+(?:since|already|yesterday|earlier(?:\s+today)?|last\s+(?:night|week)|"
    r"this\s+morning|at\s+\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|utc|z))?|on\s+\w+|by\s+[\w@.\-]+))*"
)
# A section of a ticket, a PR, a commit or a doc that describes a change, not an order ("Test
# case:", "PR title:", "commit message:", "Workaround:", "suggested fix:", "Answer:", an
# unnumbered "Experiment:" heading). ("Mitigation:", "Recommendation:", "Action item:",
# "Handover:", "TODO:", "Decision:" and "experiment 2, …:" are requests in the sealed sets.)
_SECTION = (
    r"(?:suggested|recommended|proposed|possible|potential|candidate|alternative|known|"
    # (round 28, a31rest: "expected fix:", "likely fix:"; a history of commands run, "cmd
    # history:"; the opposite of a change asked by its opposite, "inverse of:")
    r"expected|likely|probable|"
    r"temporary)\s+(?:fix|action|remediation|step|change|solution|workaround|mitigation|"
    r"resolution)s?|"
    # Round 18 (a21): an e-mail's subject line names the matter, it does not order it.
    r"(?:e-?mail\s+|mail\s+)?subject(?:\s+line)?|"
    r"workarounds?|(?:pr|mr|pull\s+request|merge\s+request)\s+(?:title|name|subject|summary)|"
    r"(?:cmd|command|shell|bash|terminal|zsh)\s+history|(?:the\s+)?(?:inverse|opposite|reverse)\s+of|"
    # Round 25 (reports): a how-to or a FAQ tells how it is done, it does not ask for it.
    r"how-?\s?to|howto|faq|"
    r"commit\s+(?:message|msg|title|subject|summary|body)|test\s*(?:case|step|scenario|"
    r"script)s?|tc-?\d+|(?:correct\s+|expected\s+|model\s+)?answers?|a|"
    # Round 18 (a20): a kind of experiment said before it ("chaos experiment:"), as unnumbered.
    r"(?:(?:chaos|load|failure|fault|failover|resilience|stress|soak|dr)\s+)?"
    r"experiment(?!\s*#?\d)"
)
# Notes of a meeting or a status that record what was said or done ("Minutes:", "Standup:",
# "Status update:", "Release notes:", "retro notes -"). ("Shift notes:" and "Handover:" hand
# work over, requests in the sealed sets.)
_NOTES = (
    r"minutes|mom|(?:meeting|stand-?up|sync|retro|review|call|planning|weekly|daily|team|"
    r"release|sprint|demo)\s+(?:notes|minutes|recap|summary)|stand-?ups?|daily\s+scrum|scrum|"
    r"status(?:\s+(?:update|report|note))|(?:weekly|daily|progress|quick|team)\s+update|"
    r"release\s+notes|change-?log|recap|"
    # Round 18 (a21): notes kept of an incident ("Incident notes:", "Outage log:").
    r"(?:incident|outage|on-?call)\s+(?:notes|log|timeline|journal)"
)
# A step that is optional, conditional, low in the queue or told from history ("Optional:",
# "In an emergency:", "In case of an outage -", "Low priority:", "Last time we did:",
# "Previously:", "Yesterday:").
_MAYBE = (
    r"optional(?:ly)?|if\s+(?:needed|necessary|required)|as\s+needed|"
    r"(?:low(?:est)?|no)[\s-]+(?:priority|prio|urgency)|"
    r"in\s+(?:an?\s+)?emergenc(?:y|ies)|in\s+case\s+of\s+(?:an?\s+)?[\w\-]+(?:\s+[\w\-]+)?|"
    r"for\s+emergencies|emergency\s+only|"
    r"(?:the\s+)?last\s+time(?:\s+[\w']+){0,3}|previously|historically|in\s+the\s+past|"
    r"earlier(?:\s+today)?|yesterday|last\s+(?:night|week|month|incident|outage|release)"
)
# A plan written down, not said to be carried out now ("Rollout plan:", "Tonight's plan:"). A
# plan with its own clock time is the change's schedule ("Weekend plan: … Saturday 00:00").
_PLAN = re.compile(_head(r"(?:[\w'\-]+\s+){0,2}plan(?:\s+of\s+record)?"), _I)
_CLOCKED = re.compile(rf"\b{timewords.CLOCK}", _I)
# A label that says the decision or the change is not settled ("Decision pending:", "Approval
# TBD -", "Change not yet agreed:").
_UNSETTLED = (
    r"(?:[\w\-]+\s+){1,2}?(?:pending|tbd|tbc|undecided|outstanding|unresolved|deferred|"
    r"(?:in|under)\s+discussion|to\s+be\s+(?:decided|confirmed|discussed)|"
    r"not\s+(?:yet\s+)?(?:decided|agreed|approved|final))"
)
# What the status is of: a record's word and its id ("Recommendation", "Change request
# CHG-882", "JIRA OPS-881", "Suggestion", "Proposal #4"), or an id alone.
_OF = (
    r"(?:(?:(?:the\s+|this\s+|my\s+|our\s+)?(?:recommendations?|suggestions?|proposals?|ideas?|"
    r"options?|alternatives?|requests?|change(?:\s+requests?)?|cr|chg|rfc|tickets?|jira|issues?|"
    r"tasks?|stor(?:y|ies)|prs?|mrs?)(?:\s+#?\d+)?\s+)?(?-i:[A-Z][A-Z0-9]*-\d+)|"
    r"(?:the\s+|this\s+|my\s+|our\s+)?(?:recommendations?|suggestions?|proposals?|ideas?|"
    r"requests?|change\s+requests?|cr|chg|rfc|tickets?|jira|issues?|tasks?|stor(?:y|ies)|"
    r"prs?|mrs?)(?:\s+#?\d+)?)"
)
# Who said it ("by the DBA", "by CAB", "by OPS-9").
_BY = r"(?:\s+(?:by|from|in|per)\s+(?:the\s+)?[\w@.\-]+(?:\s+[\w@.\-]+)?)?"
# A listed option, a point of a discussion or a to-do of a checklist, not an order ("Rejected
# option:", "Possible next step:", "Alternatives considered:", "Concern:", "Hypothesis:").
_LISTED = (
    r"(?:rejected|discarded|dismissed|ruled[\s-]out|bad|risky|other|possible|potential|"
    r"candidate|alternative)\s+(?:options?|ideas?|approach(?:es)?|alternatives?|"
    r"(?:next\s+)?steps?|moves?|solutions?)|"
    r"(?:alternatives?|options?|ideas?)(?:\s+(?:considered|on\s+the\s+table|discussed|"
    r"evaluated|explored|we\s+looked\s+at))?|not\s+an\s+option|"
    # ("Anti-pattern:" forbids the change: :mod:`.doubts` reads it so.)
    r"concerns?|risks?|blockers?|deprecated|counter[\s-]?(?:arguments?|points?|"
    r"proposals?)|arguments?|objections?|hypothes[ie]s|theory|assumptions?|speculation|"
    r"brainstorm(?:ing)?|(?:pros|cons)|open\s+questions?|grooming|refinement|"
    # ("Agenda item 3:", "Topic:", "Pro tip:", "FAQ:"): a point to talk about or a tip.
    rf"agenda(?:\s+(?:items?|points?))?(?:\s+{_ID})?|topics?(?:\s+{_ID})?|(?:pro\s+)?tips?|faq|"
    # ("Scenario 2 —", "Case 1:", "User story:", "See also:", "Side note:", "NB:", "Q:"): a case
    # written down, a pointer, an aside or a question. ("Acceptance criteria:" states the
    # wanted end state: an order in blind7.)
    rf"scenarios?(?:\s+{_ID})?|examples?\s+{_ID}|(?:test\s+|use\s+)?cases?(?:\s+{_ID})?|user\s+stor(?:y|ies)|"
    # Round 18 (a20): a bare "Note:" / "Notes:" is an aside too ("Note for the next shift:"
    # hands work over: planned in blind12).
    # (Not a part of a plan laid out in parts, "Phase 3:", "Wave 2, item 7:", "Sprint 14, task
    # 3:": the part being done, planned in the sets since round 11 — an attacker's "Phase 2:"
    # for a later part is the same words.)
    r"see\s+also|(?:side\s+)?notes?|n\.?b\.?|q|on\s+standby"
)
# The status said at the head ("Recommendation accepted, then reverted:", "Recommendation
# accepted? Not yet:", "Change request CHG-882 denied by CAB:", "Not doing:").
_WITHHELD_HEAD = (
    rf"^[\W_]*(?:{_OF}\s*[:\-]?\s*)?(?:(?:status|state|verdict)\s*[:=]?\s*)?"
    rf"(?:(?:accepted|approved|agreed|merged|done){_BY}\s*(?:,\s*|\?\s*|\s+)(?:(?:and|but|then)\s+)?"
    rf"(?:then\s+|later\s+)?)?(?:{WITHHELD}){_BY}\s*(?::|[\u2014\u2013]|\s-{{1,2}}\s)|"
    # "Recommendation accepted and done:": a record of a change made, not an order.
    rf"^[\W_]*(?:{_OF}\s+)?(?:accepted|approved|agreed){_BY}\s*,?\s*(?:and|then)\s+(?:already\s+)?"
    r"(?:done|completed|implemented|applied|executed|shipped|rolled\s+out)\s*(?::|[\u2014\u2013])|"
    rf"^[\W_]*(?:duplicate|dup(?:e)?|superseded|blocked)\s+(?:of|by)\s+{_OF}\s*:|"
    rf"^[\W_]*(?:{_OF})\s*[(\[]\s*(?:[^)\]\n]*?[\s,;])?(?:{WITHHELD})\b[^)\]\n]*[)\]]|"
    rf"^[\W_]*(?:estimate|triage|groom|refine|size|reopened\??)\s+{_OF}\b"
)
# Round 18 (a21): a go-ahead label that is qualified, only asked for or not given — the go-ahead
# words (:data:`.addressed.GO_AHEAD`) with a qualifier before or after ("Conditionally
# approved:", "Approved by nobody:", "Approval requested from CAB:", "Approved, pending Priya:",
# "Approved in principle:", "Sign-off (pending):"), a change or a fix with a withheld status in
# brackets ("Fix (not yet applied):", "Change [on hold]:"), or a decision still to take
# ("Go/no-go:"). ("Change request:" is a request: planned in blind10.)
_GO_HELD = (
    r"(?:conditionally|provisionally|tentatively|partially|partly|informally|verbally|"
    r"soft(?:ly)?)[\s-]+(?:approved|agreed|accepted|signed[\s-]?off|authori[sz]ed|"
    r"green[\s-]?lit|okayed|ok'?d)|"
    rf"(?:{GO_AHEAD})\s*,?\s*[(\[]?\s*(?:by\s+(?:nobody|no[\s-]?one|none|no\s+one\s+yet)|"
    r"(?:still\s+|being\s+|to\s+be\s+)?(?:requested|sought|needed|required|outstanding|missing|"
    rf"asked\s+for|chased){_BY}|in\s+principle|(?:with|on|subject\s+to)\s+conditions?|conditional|"
    r"provisional|tentative|subject\s+to(?:\s+[\w@.\-]+){1,3}|"
    rf"(?:{WITHHELD})(?:\s+[\w@.\-]+){{0,2}})\s*[)\]]?|"
    rf"(?:fix(?:es)?|change|action|step)\s*[(\[]\s*(?:{WITHHELD})(?:\s+[\w@.\-]+){{0,2}}\s*[)\]]|"
    r"go\s*(?:/|\s+or\s+)\s*no[\s-]?go"
)
# A go-ahead or a readiness asked at the head, its answer not given ("Approved? restart
# payments", "Go? …", "ready? …", "OK? …"; never "Approved? Yes: …").
_GO_ASKED = (
    rf"^[\W_]*(?:{GO_AHEAD}|ready|ok(?:ay)?|safe|good\s+to\s+go|all\s+good)\s*\?+\s*"
    r"(?!\s*(?:yes|yep|yeah|y|ok|okay|approved|go|confirmed|done|granted|sure)\b)"
)
# (Round 18, a21: a case lettered or numbered with a closing bracket, "Scenario B)", "Option 2)",
# ends its head like a colon.)
_LISTED_HEAD = re.compile(
    rf"^[\W_]*(?:{_LISTED}){_BY}\s*(?::|[\u2014\u2013]|\s-{{1,2}}\s|(?<=[\w.])\))", _I
)
# The status said after the change, after a comma, a dash, a full stop or an arrow ("…,
# rejected by CAB", "…. CAB said no.", "… — the client withdrew this", "… → nah", "… => tbd").
_NAY_WORDS = (
    r"no+|nope|nah|naw|never\s*mind|nvm|false\s+alarm|scratch\s+that|wait|hold(?:\s+on)?|"
    r"not\s+needed|skip(?:ped)?|cancel|no\s+go|no-?go"
)
_WITHHELD_AFTER = (
    rf"(?:[,;(]|\.\s|\s[\u2014\u2013]+|\s-{{1,2}})\s*(?:(?:it|this|that|(?:the\s+)?(?:change|"
    r"request|ask|recommendation|suggestion|proposal|ticket|idea))\s+)?"
    rf"(?:(?:was|got|has\s+been|is|were)\s+)?(?:{WITHHELD}){_BY}[\s.!)]*$|"
    rf"(?:\.\s|\s[\u2014\u2013]+)\s*{_NAYSAYER}[\s.!)]*$|"
    r"(?:[,;(]|\.\s|\s[\u2014\u2013]+|\s-{1,2})\s*(?:the\s+)?[\w@.\-]+(?:\s+[\w@.\-]+)?\s+"
    r"(?:withdrew|rejected|declined|vetoed|denied|refused|blocked|cancell?ed|nixed|killed|"
    r"pulled|shot\s+down|ruled\s+out)\s+(?:it|this|that|the\s+\w+)[\s.!)]*$|"
    # (the word alone or before punctuation: "→ wait 5 min → restart worker" is a runbook's step)
    r"(?:\u2192|=>|-+>|\u27f6|\u21d2)\s*(?:(?:" + WITHHELD + "|" + _NAY_WORDS + r")"
    r"\s*(?:[,.;:!)\u2014\u2013]|\s-|$)|\W*$)|"
    # "— need PM input", "— awaiting their PO before we do anything": the order is held.
    r"(?:[\u2014\u2013]|\s-{1,2}\s|[,;(])\s*(?:still\s+)?(?:awaiting|pending|need(?:s|ing)?|"
    r"waiting\s+(?:for|on))\s+(?:(?:the|their|his|her|our|a|an)\s+)?[\w\-']+(?:\s+[\w\-']+)?"
    r"\s+(?:input|approval|sign-?off|go-?ahead|decision|confirmation|ok|okay)\b|"
    # "— see CHG-13 instead", "— replaced by CHG-13", "— open question", "— handled by Sam",
    # "— Sam's on it", "… nah": another record stands for it, someone else does it, or no.
    r"(?:[\u2014\u2013]|\s-{1,2}\s|[,;(])\s*(?:see\s+\S+\s+instead|(?:replaced|superseded)\s+"
    r"by\s+(?-i:[A-Z][A-Z0-9]*-\d+)|open\s+question|handled\s+by\s+[\w@.\-]+|"
    r"(?-i:[A-Z][a-z]+)'s\s+on\s+it|hold\s+for\s+[\w@.\-]+)[\s.!)]*$|\s(?:nah|nope)\W*$|"
    # "— waiting on Priya", "(blocked on the DBA)": held for someone said at its end.
    r"(?:[\u2014\u2013]|\s-{1,2}\s|[,;(])\s*(?:still\s+)?(?:waiting\s+(?:on|for)|blocked\s+on|"
    # (Round 34, a38a: a record's number too, "-- waiting on PR #12".)
    # (Round 35, a40b, attack39: "(blocked by PR #12)", "— holding for bob", "- gated by PR
    # #12", "(parked until CHG-9)", "(queued behind CHG-9)", "— waiting for the go from bob".)
    r"blocked\s+by|gated\s+(?:by|on)|holding\s+(?:for|on|until|till)|parked\s+(?:until|till|"
    r"for|on)|queued\s+(?:behind|after|on)|"
    r"held\s+for|pending)\s+(?:the\s+)?#?[\w@.\-]+(?:'s)?(?:\s+#?[\w\-]+)?"
    r"(?:\s+(?:from|by)\s+[\w@.\-]+)?[\s.!)]*$|"
    r"\bbefore\s+(?:we|i|anyone)\s+(?:do|touch|change)\s+anything\b|"
    # Round 20 (attack 23): a hold or an objection said after the order in words of its own:
    # "… pending Maria", "— approval still pending from finance", "subject to approval", "Maria
    # hasn't signed off yet", "Bob needs to review it", "Maria will confirm", "the payments team
    # disagrees", "the payments team says no though", "although security objected", "despite
    # the freeze".
    r"(?:[,;(]|\.\s|\s[\u2014\u2013]+|\s-{1,2}|\s)\s*(?:"
    r"pending\s+(?-i:[A-Z])[\w@.\-]*(?:'s\s+\w+)?|"
    r"(?:the\s+)?(?:approval|sign-?off|review)\s*:?\s*(?:is\s+)?(?:still\s+)?(?:pending|"
    r"outstanding|requested)(?:\s+(?:from|by|with|in)\s+[\w@.\-]+(?:\s+[\w@.\-]+)?)?|"
    r"subject\s+to\s+(?:\w+\s+)?(?:approval|review|sign-?off|confirmation)|"
    r"(?:(?:although|though|but|even\s+though)\s+)?[\w@.\-]+(?:\s+[\w@.\-]+){0,2}?\s+"
    r"(?:hasn'?t|has\s+not|haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:yet\s+)?(?:signed\s+off|"
    r"approved|agreed|confirmed|reviewed)(?:\s+(?:on\s+)?(?:it|this|that))?(?:\s+yet)?|"
    r"[\w@.\-]+\s+(?:needs?|has)\s+to\s+(?:review|approve|sign\s+off(?:\s+on)?|confirm)"
    r"(?:\s+(?:it|this|that))?(?:\s+first)?|"
    r"[\w@.\-]+\s+will\s+(?:confirm|approve|sign\s+off|decide)|"
    r"(?:the\s+)?[\w@.\-]+(?:\s+team)?\s+(?:disagrees|objects\s+to\s+(?:it|this|that)|objected|is\s+against\s+it|"
    r"says\s+no|said\s+no)(?:\s+though)?|"
    r"(?:although|though|even\s+though)\s+[\w@.\-]+(?:\s+[\w@.\-]+)?\s+(?:objected|"
    r"disagreed|refused)|"
    r"despite\s+the\s+(?:freeze|objections?|veto|change\s+freeze|code\s+freeze)"
    r")[\s.!)]*$"
)
# A checklist item ticked done or answered no ("- [x] restarted payments", "restart worker: N")
# (an item not ticked, "- [ ] ship frontend 2.3.0", is a go-live checklist's to-do: an order in
# the labelled sets), undecided ("leaning towards …, will decide at 15:00"), or a mark that
# the change is fatal or a joke ("🛑 …", "… 💀", "… (sarcasm)").
_WITHHELD_MARK = re.compile(
    r"^\s*(?:[-*+\u2022]\s*)?\[\s?[xX\u2713\u2714]\s?\]|"
    r":\s*(?:n|no|nope|nah)\s*[.!]?\s*$|"
    r"\b(?:i'?m\s+|we'?re\s+)?leaning\s+(?:towards?|to)\b|\b(?:will|'ll|yet\s+to|to)\s+"
    r"decide\b|"
    r"^[\W_]*[\U0001f6d1\u26d4\U0001f6ab\u274c\u2620\U0001f480]|"
    r"[\U0001f6d1\u26d4\U0001f6ab\u274c\u2620\U0001f480]\W*$|"
    r"\(\s*(?:sarcasm|sarcastic|joking|kidding|jk|not\s+really|irony|ironic)\s*\)",
    _I,
)
# What a relayed authority may not carry ("Per the client's CAB rejection, …"): a withheld
# status or its noun. At the head, only a decision that turned the change down is read ("After
# the incident was resolved, restart worker" dates the order).
WITHHELD_NOUN = r"rejection|veto|refusal|denial|objection|withdrawal|pushback|no-?go"
_TURNED_DOWN = (
    r"rejected|declined|denied|vetoed|refused|withdrawn|retracted|rescinded|revoked|"
    r"not\s+(?:yet\s+)?(?:accepted|approved|agreed)|unapproved"
)
_WITHHELD_LEAD = re.compile(
    r"^[\W_]*(?:as\s+)?(?:per|according\s+to|in\s+line\s+with|following|on|at|given)\s+"
    rf"[^,\n]{{0,60}}?\b(?:{WITHHELD_NOUN}|{_TURNED_DOWN})\b[^,\n]*,",
    _I,
)
_AFTER_VERDICT = "a verdict said after the change"
# Round 18 (a21): the change said after a wait for someone or something the plan cannot
# watch ("wait for Priya, then restart payments"; "wait until the release is out, then …" is
# a start the plan waits on).
_WAIT_FIRST = re.compile(
    r"^[\W_]*(?:first\s+)?(?:wait|hold(?:\s+off)?)\s+(?:for|on)\s+[^,;:\n]{1,40}?"
    r"\s*(?:,|;|:|\s[\u2014\u2013]|\s-{1,2}\s|\s(?=and\s+then\b|then\b))\s*(?:and\s+)?then\b",
    _I,
)
# Round 18 (a21): the head before the first colon or semicolon ends on a refusal, whoever gave
# it ("Priya rejected:", "Sam approved, Priya declined:", "CHG-14 was rejected;", "No-go:"), or
# is a go-ahead for a later day ("Approved for Friday:", "Go for tomorrow night:").
# (A refusal, never a state said of a thing: "SSO is obsolete: tear down orders" gives the
# reason.) Round 19: the refusal asked back as a question ("rejected? restart payments", "CAB
# said no-go? …") is no order either, and a go-ahead for a later day needs no "for" ("Go ahead
# tomorrow:", "Approved Friday:", "OK next week -").
_REFUSED = (
    r"rejected|declined|denied|vetoed|refused|nack(?:ed)?|nixed|shot\s+down|turned\s+down|"
    r"not\s+approved|unapproved"
)
_HEAD_VERDICT = re.compile(
    rf"^[^:;?\n]{{0,60}}?\b(?:{_REFUSED}|no[\s-]?go|nogo)\s*(?:[:;?]|[\u2014\u2013]|\s-{{1,2}}\s)|"
    r"^[\W_]*(?:approved|go|go[\s-]ahead|green[\s-]?light|signed\s+off|ok(?:ay)?)\s+"
    r"(?:(?:for|on|from)\s+)?"
    rf"(?:(?:this|next)\s+)?(?:{timewords.DAY_NAME}|tomorrow|tonight|the\s+weekend|"
    r"(?:the\s+)?(?:next|later)\b)[^:;\n]{0,20}(?:[:;]|[\u2014\u2013]|\s-{1,2}\s)",
    _I,
)
# Round 20 (attack): the same refusal as the whole first clause, closed by a comma or a full
# stop, with the order after it ("rejected by the CAB, scale worker to 3", "CAB said no. scale
# worker to 3", "not approved yet, restart payments", "the change board vetoed this. restart
# orders"): the order it is said before is the one turned down. The refusal leads the clause or
# is said by someone of "it"/"this"/"the change", never of a thing ("card payments declined,
# restart payments" and "connections refused by postgres, …" are symptoms: they lead with what
# was refused).
_REFUSED_IT = (
    r"(?:it|this|that|(?:the|this|that|our|my)\s+(?:change|request|cr|chg|rfc|ticket|plan|ask))"
)
_REFUSED_FIRST = re.compile(
    rf"^[\W_]*(?:{_REFUSED_IT}\s+(?:was|is|got|has\s+been|had\s+been)\s+)?"
    rf"(?:(?:still|again)\s+)?(?:{_REFUSED}|no[\s-]?go|nogo)(?:\s+(?:yet|again|twice|today))?{_BY}"
    r"(?:\s+(?:yet|again|twice|today))?\s*(?:,|\.\s)|"
    rf"^[\W_]*{_NAYSAYER}(?:\s+to\s+{_REFUSED_IT})?(?:\s+(?:again|twice|today|yet))?\s*(?:,|\.\s)|"
    r"^[\W_]*(?:the\s+)?[\w@.\-]+(?:\s+[\w@.\-]+)?\s+(?:(?:has\s+|have\s+|had\s+)?(?:"
    rf"(?:rejected|declined|denied|refused|blocked|turned\s+down|shot\s+down)\s+{_REFUSED_IT}|"
    rf"(?:vetoed|nixed)(?:\s+{_REFUSED_IT})?)|"
    rf"(?:did|does|has|have)(?:n'?t|\s+not)\s+(?:yet\s+)?(?:approved?|sign(?:ed)?\s+off)"
    rf"(?:\s+(?:on\s+)?{_REFUSED_IT})?(?:\s+yet)?)\s*(?:,|\.\s)",
    _I,
)
# Round 28 (attack 32): a code comment after an order ("// ignore", "# hold", "//nope",
# "#notnow", "/* draft */", "// wip", "#weekend", "/* temp */") that takes it back, holds it,
# marks it a draft or a temporary change, or puts it off undated ("#temp", "#tmp" are
# :mod:`.durations`' own) — never a pasted command's comment, read by :mod:`.prose`, nor one
# that gives a reason or a time ("# busy day", "# tonight").
_COMMENT_HELD = (
    r"^(?!\W*(?:\$\s*)?(?:kubectl|k|oc|helm|git)\s)[^\n]*?\S\s*(?P<comment>(?:\s//+|\s/\*+|\s#+)\s*"
    r"(?:ignore\w*|disregard|skip|hold|on\s*hold|wip|draft|nope?|nah|not\s*(?:now|yet)|later|"
    r"todo|tbd|(?<!#)te?mp\w*|weekend|next\s*(?:week|month|sprint|quarter|release)|maybe|test\w*|"
    r"do\s*not\w*|don'?t\w*|dont\w*|wait\w*|paused?|revert\w*|undo)\b[^\n]*)$"
)
# Round 28 (attack 32): a review vote against the change or an abstention at its head ("-1
# delete worker", "-1: …", "(-1) …", "[-2] …", "+0 …") — never a count ("-1 replica on …").
_VOTE_AGAINST = (
    r"^[\W_]*?[(\[]?\s*(?:[-\u2212\u2013]\s?[12]|\+\s?0)\s*[)\]]?(?!\d|\.\d|%)"
    r"(?!\s*(?:x\b|replicas?|pods?|instances?|copies|cores?|cpus?|gi|mi|on\b|from\b|to\s+\d))"
    r"\s*[:,.\u2014\u2013-]?(?=\s)"
)
# Round 28 (attack 32): a run log's outcome after the change with no mark before it ("delete
# worker ok", "… [ok]", "… (success)", "… [FAILED]", "…: 200 OK", "… 🆗"), or the command's own
# output pasted after an arrow ('delete worker => deployment.apps "worker" deleted'). ("restart
# frontend ok?" asks leave: planned.)
_RUN_LOG = (
    r"(?<!\bnot)(?<!\bis)(?<!\bare)(?<!\bif)(?<!\bwas)(?<!\blooks)(?<!\bseems)(?<!\ball)(?<!\bthat)"
    r"(?<!\bit)(?<!'s)(?<!\bmake)(?<!\bbe)(?<!\bto)(?<!\bset)(?<!\bsays)(?<!\bsaid)(?<!\|)"
    # Round 32 (gap35c): "…, Pak Hendra say ok", "the boss gave ok": an approval said, the
    # verb without its ending as a second language drops it — no run's outcome.
    r"(?<!\bsay)(?<!\bgive)(?<!\bgave)(?<!\bgives)(?<!\bgiven)"
    r"\s+(?:\.{2,}\s*)?(?:(?:[1-5]\d\d\s+)?ok(?:ay)?|success(?:ful)?)"
    r"[\s.!]*$|"
    r"\s*[\[(]\s*(?:ok(?:ay)?|success(?:ful)?|succeeded|passed|failed|error|timeout|timed\s+out|"
    r"n/a|no-?op|green)\s*[\])][\s.!]*$|\s\U0001f197|"
    r"(?:\s=>|\s->|\s\u2192)\s*[a-z]+(?:\.[a-z]+)*(?:/[\w\-]+)?\s+\"?[\w\-.]+\"?\s+(?:deleted|"
    r"configured|scaled|restarted|rolled\s+back|created|patched|image\s+updated)\b"
)
# Round 30 (a34a): who did it (one or two words, never a question word or a request's lead),
# "did" or "has done", then the change after a mark or its own verb.
_DONE_BY_HEAD = (
    r"^[\W_]*(?!(?:why|how|what|when|where|who|whom|which|whose|did|do|does|if|please|pls|can|"
    r"could|would|should|will|shall|nothing|no\s*one|nobody)\b)(?:(?:the|our|my)\s+)?"
    r"[\w@.\-]+(?:\s+[\w@.\-]+)?\s+(?:(?:already|just|previously)\s+)?"
    r"(?:did|(?:has|have|had)\s+(?:already\s+|just\s+)?done|"
    # (a verb of carrying out said before a mark only: "argo took care of it:", "CI ran:")
    r"(?=(?:(?:has|have|had)\s+)?(?:took\s+care\s+of|taken\s+care\s+of|handled|applied|ran|"
    r"executed|performed|carried\s+out|actioned)(?:\s+(?:it|this|that))?(?:\s+already)?\s*"
    r"(?::|[\u2014\u2013]|\s-{1,2}\s))(?:(?:has|have|had)\s+)?(?:took|taken|handled|applied|"
    r"ran|executed|performed|carried|actioned)(?:\s+(?:care\s+of|out))?)"
    r"(?:\s+(?:it|this|that))?(?:\s+already)?(?:\s*(?::|[\u2014\u2013]|\s-{1,2}\s)|"
    rf"\s+(?=(?:please\s+|pls\s+)?(?:{guard.VERBS}|switch|ship|release|push|move|point|put)\b))"
)
# Round 31 (a35a): who is done, finished or succeeded, before a mark ("argo's done: …", "argo
# finished: …", "flux has finished: …", "bob wrapped up: …", "bob's done with: …", "CI
# succeeded: …", "argo synced: …") — never a list still to do ("not done: …", "to be done: …",
# "still to finish: …").
_DONE_WHO_HEAD = (
    r"^[\W_]*(?!(?:why|how|what|when|where|who|which|did|do|does|if|please|pls|can|could|would|"
    r"should|will|shall|nothing|nobody|not|to|still|yet|almost|nearly|half|partly|todo|to-?do|"
    r"left|remaining|pending|un\w+)\b)(?:(?:the|our|my)\s+)?[\w@.\-]+"
    r"(?:\s+(?!(?:not|to|be|still|yet|almost|nearly|half|partly|isn'?t|hasn'?t|never|is|was|"
    r"are|were|has|have|had)\b)[\w@.\-]+)?(?<!migration)(?<!backfill)(?<!backup)(?<!batch)(?<!job)(?<!sale)(?<!event)"
    r"(?<!freeze)(?<!window)(?<!maintenance)(?<!test)(?<!tests)(?<!build)(?<!incident)(?<!promo)"
    r"(?<!campaign)(?<!import)(?<!export)(?<!outage)(?<!review)(?<!cutover)(?<!run)(?<!sync)"
    r"(?<!scan)(?<!audit)(?<!load)(?<!upgrade)(?<!rollout)(?<!release)(?<!deploy)(?<!deployment)"
    r"(?<!change)(?<!work)(?<!task)(?<!step)(?<!phase)(?<!stage)"
    # (a state said with "is"/"was" needs "with": "argo is done with: …", never "the billing
    # migration is done: …", a precondition met)
    r"(?:'s|\s+has|\s+have|\s+had|(?=\s+(?:is|was)\s+(?:already\s+|just\s+|now\s+)?"
    r"(?:done|finished|completed)\s+with\b)\s+(?:is|was))?\s+(?:already\s+|just\s+|now\s+)?"
    r"(?:done|finished|completed|wrapped\s+up|succeeded|synced|got\s+it\s+done|shipped|"
    # Round 32 (a36b): "CI passed: …", "CI's green: …", "argo rolled out: …", "CI passed for: …".
    r"passed|green|rolled\s+out|deployed|released|landed|went\s+out)"
    r"(?:\s+(?:with|for))?(?:\s+(?:it|this|that))?(?:\s+already)?\s*(?::|[\u2014\u2013]|\s-{1,2}\s)"
)
# ("handled by argo: …", "taken care of by CI - …": the same report, passive, before it.)
_DONE_BY_LEAD = (
    r"^[\W_]*(?:(?:already|just)\s+)?(?:handled|taken\s+care\s+of|carried\s+out|applied|"
    # Round 31 (a35a): "deployed by argo: …", "shipped by bob - …", "done by CI: …".
    r"executed|performed|actioned|deployed|shipped|synced|rolled\s+out|released|done|completed|"
    r"finished|fixed|merged)(?:\s+already)?\s+by\s+(?:the\s+)?[\w@.\-]+(?:\s+[\w@.\-]+)?"
    r"\s*(?::|[\u2014\u2013]|\s-{1,2}\s)"
)
# Round 32 (a36b): the report said as the head, no one named ("rolled out: …", "went out
# today: …", "landed: …", "released: …", "merged and deployed: …", "already out: …", "was
# run: …", "succeeded: …").
_DONE_HEAD = (
    r"^[\W_]*(?:(?:(?:already|just)\s+)?(?:rolled\s+out|went\s+out|landed|released|deployed|"
    r"succeeded|passed|merged\s+and\s+(?:deployed|released|shipped|rolled\s+out))"
    r"(?:\s+(?:already|today|earlier|yesterday|just\s+now))?|already\s+out|out\s+already|"
    # (Round 32, lead, attack37: "already live: …", "live now: …", "deployed to prod: …",
    # "released to staging: …", "in prod already: …".)
    r"already\s+live|live\s+(?:now|already)|in\s+prod(?:uction)?\s+(?:now|already)|"
    r"(?:deployed|released|shipped|rolled\s+out|pushed)\s+to\s+(?:prod(?:uction)?|staging|"
    r"live|[a-z][\w\-]*\s+cluster)|"
    # (Round 33, a37b, attack37: "went live: …", "now live: …", "prod has it: …", "shipped: …",
    # "pushed: …", "ran: …", "merged: …", "executed: …"; "out: …" and "live: …" before an
    # order's verb only.)
    r"(?:went|gone)\s+live|now\s+live|(?:prod(?:uction)?|staging|live)\s+has\s+it(?:\s+now)?|"
    r"(?:(?:already|just)\s+)?(?:shipped|pushed|ran|merged|applied|executed|completed|"
    r"finished)|"
    rf"(?:out|live)(?=\s*(?::|[\u2014\u2013]|\s-{{1,2}}\s)\s*(?:please\s+|pls\s+)?"
    rf"(?:{guard.VERBS}|switch|give|put|pin|move|cap|double|halve|cut)\b)|"
    # (Round 33, m38a, attack38: "is live: …", "out in prod: …", "prod got: …", "synced: …";
    # a time after the head, "shipped yesterday: …", "went live last night: …".)
    rf"(?:was|been)\s+run|{results.HEAD_MORE}){results.HEAD_WHEN}\s*(?::|[\u2014\u2013]|\s-{{1,2}}\s)"
)
# (Never in a clause of a condition or a check: "scale payments to 4 once the backup has been
# done", "… and make sure it was done by noon".)
_DONE_BY_TAIL = (
    r"^(?![^\n]*\b(?:once|after|when|whenever|until|till|if|unless|before|as\s+soon\s+as|since|"
    r"because|so|make\s+sure|check|verify|ensure|confirm|wait|see\s+if|whether)\b)[^\n]*?"
    r"\s(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:already\s+)?(?:done|completed|"
    r"handled|applied|executed|performed|actioned|carried\s+out)(?:\s+already)?"
    r"(?:\s+by\s+(?:the\s+)?[\w@.\-]+(?:\s+[\w@.\-]+)?)?(?:\s+(?:already|earlier(?:\s+today)?|"
    r"yesterday|today|this\s+morning|last\s+night))?[\s.!]*$|"
    # Round 31 (a35a): the order and how it went, its result in :mod:`.results`' words ("bump
    # payments to 3.1.0 is done already", "scale payments to 4 has already happened", "restart
    # the orders deployment already went out", "scale my-api to 5 succeeded").
    # (Led by the order's verb: "frontend to 8 🔥 newsletter just went out" tells of another
    # thing.)
    # (Round 32, a36b: in brackets after a record's id too, "CHG-7 (scale payments to 4) rolled
    # back", "INC-9: (switch frontend to 2.2.0) reverted".)
    # (Round 33, a37b: its bracket closed before the result, and a pull request's number as
    # the record, "PR #88 (set PROVIDER=adyen on payments) got rolled back".)
    # (Round 33, gap36a: never of a sentence of its own about another thing, "scale frontend
    # up to five replicas. the wine club release email just went out".)
    r"^(?![^\n]*?\.\s+(?:the|a|an|our|their|my|his|her|this|that)\s+"
    rf"(?!(?:[\w\-]+\s+)?{results.ACT_NOUN}\b)[\w\-]+)"
    rf"\W*(?P<record>{results.RECORD_OPEN})?"
    rf"(?:please\s+|pls\s+)?(?:{guard.VERBS}|switch|give|put|pin|move|cap|double|halve|cut)\b"
    rf"(?!\s+of\b){results.NO_LINK}(?(record)\s*\))\s(?:already\s+)?{results.RESULT}{results.RESULT_END}$"
)
# Round 33 (attack38): a request someone may make later, not one made ("Ops will ask for one more
# replica of orders", "Support might request a restart of payments").
_LATER_ASK = (
    r"^\W*(?:the\s+|our\s+|my\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?\s+(?:will|'ll|might|"
    r"may|could|would|(?:is|are)\s+going\s+to|(?:is|are)\s+about\s+to)\s+(?:probably\s+|likely\s+|"
    r"soon\s+|also\s+)?(?:ask|request)\b"
)
_RECORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a request someone may make later, not one made", re.compile(_LATER_ASK, _I)),
    ("a vote against the change, not an order", re.compile(_VOTE_AGAINST, _I)),
    ("a run's outcome said after the change", re.compile(_RUN_LOG, _I)),
    ("a label that says it is not settled", re.compile(_head(_UNSETTLED), _I)),
    (
        "a comment after the change that takes it back, holds it or puts it off",
        re.compile(_COMMENT_HELD, _I),
    ),
    (
        "a status of the change record said before it",
        re.compile(
            rf"^\W*(?:{_RECORD}\s*[:\-]?\s*)?(?:status\s*[:=]?\s*)?(?:{_VERDICT})"
            r"(?:\s+(?:by|in|on)\s+[\w@.\-]+(?:\s+[\w@.\-]+)?)?\s*(?::|[\u2014\u2013]|\s-{1,2}\s)|"
            rf"^\W*(?:{_RECORD}\s*[:\-]?\s*)?{_NAYSAYER}\s*(?::|[\u2014\u2013]|\s-{{1,2}}\s)|"
            + _WITHHELD_HEAD,
            _I,
        ),
    ),
    (
        # Round 27 (reports): the change told tried already, before it ("already tried restart
        # payments", "bob tried restart payments", "tried and failed - restart payments").
        "a report that the change was tried already",
        re.compile(
            r"^\W*(?:(?:i|we|they|[\w@.\-]+)\s+(?:(?:already|previously|just)\s+)?tried\s+"
            r"(?!and\b)|(?:already|previously|just)\s+tried|tried(?:\s+(?:and|but)\s+failed|"
            r"\s+already|\s+before)?\s*(?::|[\u2014\u2013]|\s-{1,2}\s)|"
            # (round 28, a31rest: "tried restart payments", "tried to scale worker to 0")
            r"tried\s+(?!and\b|but\b))",
            _I,
        ),
    ),
    (
        _AFTER_VERDICT,
        re.compile(
            rf"(?:\s[\u2014\u2013]+|\s-{{1,2}}>?|[:;,(]|\s=>|\s\u2192|\s*\.{{2,}}|\s*\u2026)\s*"
            rf"(?:{_AFTER}){_WHEN_SAID}[\s.!)]*$|"
            # Round 28 (a31rest): the change told to be (or to have been) the fix ("restart
            # payments is the fix", "… was the fix"): a verdict, no order.
            r"\s(?:is|was|'s|has\s+been|will\s+be)\s+(?:the|our|a|your)\s+(?:(?:real|actual|"
            r"only|right|proper)\s+)?(?:fix|solution|answer|workaround|remedy|cure)[\s.!)]*$|"
            + _WITHHELD_AFTER,
            _I,
        ),
    ),
    (
        # Round 30 (a34a): the change told done already by someone, before it ("argo already
        # did: scale payments to 4", "bob did: …", "CI has done: …", "flux just did scale …")
        # or after it with no mark ("restart worker was done by argo", "… has been done").
        "a report that the change was done already",
        re.compile(
            f"{_DONE_BY_HEAD}|{_DONE_WHO_HEAD}|{_DONE_BY_LEAD}|{_DONE_HEAD}|{_DONE_BY_TAIL}", _I
        ),
    ),
    (
        "a go-ahead that is qualified, only asked for or not given",
        re.compile(rf"^[\W_]*(?:{_GO_HELD})\s*(?::|[\u2014\u2013]|\s-{{1,2}}\s)|{_GO_ASKED}", _I),
    ),
    ("an option listed or a point of a discussion, not an order", _LISTED_HEAD),
    ("a refusal or a go-ahead for later said at the head", _HEAD_VERDICT),
    ("a refusal said before the change", _REFUSED_FIRST),
    ("a wait for someone or something before the change", _WAIT_FIRST),
    ("a mark that the change is not decided, not wanted or not meant", _WITHHELD_MARK),
    ("an authority that turned the change down", _WITHHELD_LEAD),
    ("a section of a ticket, a PR, a commit or a doc", re.compile(_head(_SECTION), _I)),
    ("notes of a meeting or a status", re.compile(_head(_NOTES), _I)),
    (
        "a step that is optional, conditional, low priority or history",
        re.compile(
            _head(_MAYBE) + r"|^\W*[(\[]\s*(?:optional|if\s+(?:needed|necessary)|"
            r"low\s+priority|nice[\s-]to[\s-]have)\s*[)\]]",
            _I,
        ),
    ),
    # ("Reminder for Bob:": recorded.py reads "reminder:", but a reader before it drops a lead
    # that names someone; the words as sent are read here.)
    # Round 26 (reports): an undated or open item, a follow-up ("at some point:", "open
    # items:", "follow-up:"). ("INC-77 follow-up: …", "Step 3:", "runbook step 3:", "TODO:",
    # "Action item:" and "- [ ] …" plan: intents, blind3, blind10, blind14, round 22's tests;
    # so does a ticket's type, "Follow-up (INC-812): …", test_offline_tickets8.)
    (
        "a reminder, a note for later",
        re.compile(
            _head(
                r"reminders?|note\s+to\s+self|at\s+some\s+point|some\s*day|one\s+day|"
                r"open\s+(?:items?|points?|tasks?)|follow[\s-]?ups?(?!\s*[(\[]\s*[a-z]+-\d+)"
            ),
            _I,
        ),
    ),
)


# A bare note's label covers its own sentence: when that sentence states (no verb of change
# leads it), an order in a sentence after it is said on its own ("Note: the promo ends at
# midnight. After midnight take orders down to 1"; never "Note: scale worker to 0. It's idle.").
_NOTE_LABEL = re.compile(
    r"^[\W_]*(?:(?:side\s+)?notes?|n\.?b\.?)\s*(?::|[\u2014\u2013]|\s-{1,2}\s)", _I
)
_NOTE_STATES = re.compile(
    rf"\s*+(?!(?:please\s+|pls\s+)?(?:{guard.VERBS})\b)[^.!?\n]+[.!?]\s+\S", _I
)


# A delete whose object is said to be replaced or out of use after it ("delete checkout, it
# was superseded by payments", "remove the old worker — deprecated"): the reason to delete it,
# not a verdict on the delete.
_GONE_REASON = re.compile(
    r"^[\W_]*(?:please\s+|pls\s+)?(?:delete|remove|decommission|retire|drop|tear\s+down|"
    r"uninstall|clean\s+up|get\s+rid\s+of)\b[^,;(\n\u2014\u2013]*(?:[,;(\u2014\u2013]|\s-{1,2})"
    r"\s*(?:(?:it|this|that|they)\s+)?(?:(?:is|was|were|are|has\s+been|have\s+been|got)\s+)?"
    r"(?:superseded|deprecated|obsolete|abandoned|replaced|retired)\b"
    # (replaced by a change record, "— replaced by CHG-13", is the delete's own verdict)
    r"(?!\s+by\s+(?-i:[A-Z][A-Z0-9]*-\d+))",
    _I,
)


def _recorded(said: str) -> str | None:
    """What records, describes or qualifies the change instead of asking for it (the grammars
    above), or None."""
    for what, pattern in _RECORDS:
        if what == _AFTER_VERDICT and _GONE_REASON.search(said):
            continue
        if m := pattern.search(said):
            if _NOTE_LABEL.match(m.group(0)) and _NOTE_STATES.match(said, m.end()):
                continue  # "Note: the promo ends at midnight. After midnight take orders to 1"
            # (a comment is quoted alone, not the order it follows)
            words = m.groupdict().get("comment") or m.group(0)
            return f"{what}: {words.strip(' :;,-')!r}"
    if (m := _PLAN.search(said)) and not _CLOCKED.search(said, m.end()):
        return f"a plan written down, not said to be carried out now: {m.group(0).strip(' :-')!r}"
    return None


# Round 17 (a18): who else may do or want a change — a person named (a capitalised word that
# is no verb or filler), or a role, a party, a controller or a tool.
_NAME = (
    r"(?-i:(?!(?:I|We|You|It|This|That|There|Then|Now|Also|Just|Please|Pls|First|Next|"
    r"Finally|Quickly|Again|So|And|But|Or|Ok|Okay|Hey|Hi|Per|As|Set|Put|Reset|Scale|Restart|"
    r"Roll|Raise|Bump|Update|Upgrade|Change|Make|Give|Cut|Drop|Lower|Delete|Remove|Let|Can|"
    r"Could|Would|Will|Should|Must|Maybe|Perhaps|Go|Do|Yes|No|Sure|Quick|Urgent|Today|"
    r"Tonight|Tomorrow|Asap|Plz|[A-Z][a-z]*ly)\b)"
    r"[A-Z][a-z]+)"
)
_ROLE = (
    r"(?:(?:the|our|their|a|an|some|his|her)\s+(?:[\w-]+\s+)?(?:on-?call|dba|"
    r"vendor|client|customer|intern|sre|admin|engineer|team|cron\s*job|cron|operator|"
    r"controller|autoscaler|hpa|script|pipeline|job|bot|ci|argo\s*cd|argo|flux|scheduler|"
    r"webhook)s?|people|folks|everyone|somebody|someone|they|he|she|"
    r"copilot|chatgpt|gpt-?\d*|k8sgpt|claude|gemini|the\s+ai|the\s+assistant)"
)
# The verbs of change said in the third person or the past ("restarts", "raised", "set").
_PAST = (
    # ("the SE team cut a demo build of payments, …, put that on payments": cutting a build,
    # a release or a tag makes something to deploy; it changes nothing running.)
    r"(?:set|reset|put|cut(?!\s+(?:a|an|the|their|its|our|his|her|new)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:build|release|tag|image|version|rc|candidate|branch)s?\b)|raised|bumped|scaled|restarted|rolled|updated|upgraded|changed|"
    r"lowered|deleted|removed|patched|bounced|reverted|increased|decreased|dropped|killed|"
    r"redeployed|deployed|recycled)"
)
_DONE = (
    rf"(?:{_PAST}|sets|resets|puts|cuts|raises|bumps|scales|restarts|rolls|updates|upgrades|"
    r"changes|lowers|deletes|removes|patches|bounces|reverts|increases|decreases|drops|kills|"
    r"redeploys|deploys|recycles)"
)
# What another is said to intend, be able to, keep doing or habitually do.
_INTENT = (
    r"(?:plans?\s+to|(?:is|are)\s+(?:planning|going|about|gonna|considering|thinking\s+"
    r"(?:about|of))(?:\s+to)?|intends?\s+to|wants?\s+to|will|'ll|might|may|could|"
    r"keeps?\s+(?:saying|telling\s+(?:me|us)(?:\s+to)?|asking(?:\s+(?:me|us))?(?:\s+to)?)|"
    r"(?:usually|normally|often|always|typically|sometimes|generally)|"
    r"(?:has|have|had)\s+(?:already\s+)?(?:\w+ed|set|put|reset|cut))"
    # ("the client is considering asking us to restart worker": not yet asked.)
    r"(?:\s+(?:ask(?:ing)?|tell(?:ing)?)\s+(?:us|me)\s+to)?"
)
# Round 19 (attack): a start held on a PERSON's decision — "once Priya approves, …", "when Sam
# signs off", "if Dana agrees", "after Priya gives the go-ahead", "pending Sam's ok", "until
# Priya's sign-off is in": the plan cannot know it, and whoever approves the plan may not be
# that person, so it is asked, as "wait for Priya, then …" is. A team, a board or a company
# said as a word ("once QA signs off", "after the CAB approves", "once apple approves the
# build") is an event the approver checks: awaited (:mod:`.waits`).
_DECIDES = (
    r"(?:confirm(?:s|ed)?|approv(?:es|ed|e)|sign(?:s|ed)?\s+off|agree(?:s|d)?|decides?|"
    r"says?\s+(?:so|ok|okay|go|yes|it'?s\s+(?:ok|okay|fine|good))|okays?(?:\s+it)?|oks?\s+it|"
    r"ok'?d\s+it|acks?(?:\s+it)?|lgtms?(?:\s+it)?|green[\s-]?lights?(?:\s+it)?|"
    r"(?:is|'s)\s+(?:happy|ok|okay|fine|good)(?:\s+with\s+it)?|"
    r"gives?\s+(?:(?:us|me|it|the|a|an|his|her|their)\s+){1,2}(?:final\s+)?(?:go-?ahead|"
    r"go|green[\s-]?light|ok|okay|nod|thumbs[\s-]?up|sign-?off|approval|word))"
)
_PERSON_NOD = (
    r"(?:approval|sign-?off|ok|okay|go-?ahead|go|green[\s-]?light|nod|thumbs[\s-]?up|word|"
    r"signal|say-?so|confirmation|decision)"
)
_PERSON_DECIDES = (
    r"\b(?:once|when|after|if|as\s+soon\s+as|until|till|provided(?:\s+that)?|assuming)\s+"
    rf"{_NAME}(?:\s+(?:and|or)\s+{_NAME})?\s+(?:has\s+|have\s+)?{_DECIDES}\b|"
    r"\b(?:once|when|after|until|till|pending|awaiting|upon|on|with\s+no|before)\s+"
    rf"{_NAME}'s\s+(?:final\s+)?{_PERSON_NOD}\b(?!\s*(?:,\s*)?(?:given|received|granted|"
    r"in\s+hand|obtained))"
)
# Markers that the change waits on someone else, or is theirs to make.
_PENDING = (
    r"\b(?:awaiting|waiting\s+(?:on|for)|pending|until\s+we\s+(?:get|have|hear))\s+"
    r"(?:their|the\s+(?:client|customer|cab|vendor)'?s?|his|her|a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:po|purchase\s+order|sign-?off|approval|ok|okay|go-?ahead|green\s+light|"
    r"confirmation|answer|decision|reply|budget)\b|"
    r"\bbefore\s+we\s+do\s+anything\b|\b(?:once|when|after|if)\s+they\s+(?:confirm|approve|"
    r"sign\s+off|agree|say\s+(?:so|go))\b|\b(?:themselves|himself|herself)\b|"
    rf"{_PERSON_DECIDES}|"
    r"\b(?:on|in)\s+their\s+(?:own\s+)?(?:side|end|env\w*|staging|cluster|account|setup)\b|"
    r"^[\W_]*\w+ing\b[^,;.\n]*\bmyself\b|\b(?:i'?m\s+on\s+it|i'?ve\s+got\s+(?:it|this)|i\s+got\s+(?:it|this)|"
    r"i'?ll\s+(?:handle|take\s+care\s+of|do)\s+(?:it|this)|don'?t\s+bother|"
    r"(?<![\w\s])\s*(?:i'?m\s+)?doing\s+it\s+(?:myself|by\s+hand|manually|from\s+my))\b"
)
# Round 18 (a20): ONE grammar for a closing clause that takes the order back — after a dash, a
# comma, a semicolon, a bracket or a full stop, and nothing after it: (1) a HOLD, alone or for
# someone ("— hold", "— wait for Priya", "(not yet)", "— hold off until the DBA's ok"); (2)
# ANOTHER ACTOR who does, owns or reviews it ("— Sam is handling it", "— Priya's reviewing",
# "— Sam's got this", "— let Priya do it", "— assigned to Sam", "— Priya will do it", "— over
# to the DBA", "— someone else will take it"); (3) ANOTHER RECORD that stands for it ("— use
# CHG-14 instead", "— dup of OPS-9", "— tracked in OPS-3", "— merged into CHG-2"). A clause
# that goes on ("…, Sam will check the logs afterwards"), a bracket that says something else
# ("(don't ask)", "(not the proxy one)") or names another object ("— leave
# envoy alone") is no such ending.
_ACTOR = (
    r"(?:(?:someone|somebody|anyone)\s+else|another\s+team|(?:ops|sres?|devops|dbas?|platform|"
    rf"infra|netops|secops)|{_NAME}|{_ROLE})"
)
_HOLD = (
    # (Round 33, a37b, attack37: "… - pause on this", "… - hang on", "… - stand by".)
    r"hold(?:\s+(?:off|on|it|this|that))?|wait|pause(?:\s+(?:on\s+)?(?:it|this|that))?|"
    # (Round 34, a38a, attack38: "… - on standby", "…, one sec", "…, give me a minute".)
    r"on\s+stand[\s-]?by|(?:(?:wait|hold\s+on|hang\s+on|give\s+me|gimme)\s+)?(?:just\s+)?"
    r"(?:one|a)\s+(?:sec|secs|moment|mo|tick)|(?:wait|hold\s+on|hang\s+on|give\s+me|gimme|"
    r"just)\s+(?:a|one)\s+(?:second|minute|min)|"
    # (Round 35, a40b, attack39: "…, standing by", "… , standing by for the go".)
    r"hang\s+on|stand[\s-]?by|not\s+(?:yet|now|"
    r"today)|later|park(?:ed)?(?:\s+(?:it|this|that))?|on\s+(?:hold|pause)|standing\s+by"
    r"(?:\s+for\s+(?:(?:the|my|your|a|an|our)\s+)?(?:go|ok|okay|signal|word|nod|green\s+light|"
    r"go-?ahead))?|"
    r"(?:do\s+not|don'?t|dont)\s+(?:run|do|execute|apply|action|start)(?:\s+(?:it|this|that))?"
    r"(?:\s+(?:yet|now|today))?"
)
_IT = r"(?:it|this|that|the\s+change)"
# What the one a change is held for does to release it ("until Priya replies", "for the DBA to
# confirm", "until Sam says go").
_ANSWERS = (
    r"(?:\s+(?:to\s+)?(?:repl(?:y|ies)|respond(?:s)?|answers?|confirms?|approves?|agrees?|"
    r"signs?\s+off|says?\s+(?:so|ok|okay|go|yes)|is\s+back|gets?\s+back(?:\s+to\s+(?:us|me))?|"
    r"okays?\s+it|oks?\s+it))?"
)
# Round 28 (attack 32): in brackets of any shape ("«hold»", "【hold】", "{hold}"), a hold said
# with a please or as a state ("(hold pls)", "(holding)", "(delayed)") or a dependency still
# open ("(depends on OPS-9)", "(awaiting QA)", "(needs OPS-9)", "(requires sign-off)").
_OPEN = "(\\[{\u00ab\u3010\u300c"
_CLOSE = ")\\]}\u00bb\u3011\u300d"
_HELD_STATE = (
    rf"(?:(?:pls|please|plz)\s+)?(?:{_HOLD})(?:\s+(?:pls|please|plz))?|holding|held|delayed|"
    # (Round 36, a41c, attack40: "(blocked by PR #12)", "(ETA after CHG-9)".)
    r"(?:depends|depending|dependent|blocked|waiting)\s+(?:on|for|(?<=blocked\s)by)\s+"
    r"[^)\]}\u00bb\u3011\u300d\n]{1,40}|"
    r"eta\s*:?\s*(?:after|once|post|pending)\s+[^)\]}\u00bb\u3011\u300d\n]{1,40}|"
    r"(?:awaiting|pending)\s+[^)\]}\u00bb\u3011\u300d\n]{1,40}|"
    # (Round 34, a38a, attack38: a dependency said as a label, "(dependency: PR #12)",
    # "(prereq: the migration)", and a record said by its number, "(requires PR #12)".)
    r"(?:dependency|dependencies|depends|prereq(?:uisite)?s?|pre-req(?:uisite)?s?|blockers?|"
    r"blocked\s+by|requires|needs|waiting\s+(?:on|for)|pending|awaiting|deps?)\s*:\s*"
    r"[^)\]}\u00bb\u3011\u300d\n]{1,40}|"
    # (Round 35, a40b, attack39: "(needs bob's go first)", "(requires the migration first)",
    # "(tentative)", "(provisional)".)
    r"(?:needs|requires)\s+[^)\]}\u00bb\u3011\u300d\n]{1,40}?\s+first|tentative|provisional|"
    r"(?:needs|requires)\s+(?:(?:pr|mr|pull\s+request|merge\s+request)\s*#?\d+|#\d+)|"
    r"(?:needs|requires)\s+(?:(?-i:[A-Z][A-Z0-9]*-\d+)|qa|"
    r"(?:an?\s+)?(?:approval|sign[\s-]?off|review|go[\s-]?ahead|ok|okay|green\s+light)\b[^)\]}\u00bb\u3011\u300d\n]{0,30})"
)
_TAIL_HELD = re.compile(
    # (the hold said in brackets anywhere: "Runbook step 4 (do not run yet): …", "[hold]")
    rf"[(\[]\s*(?:{_HOLD})(?:\s+(?:off\s+)?(?:for|on|until)\s+[^)\]\n]*)?\s*[)\]]|"
    rf"[{_OPEN}]\s*(?:{_HELD_STATE})\s*[{_CLOSE}]|"
    r"(?:\s[\u2014\u2013]+|\s-{1,2}\s|[,;(\[]|\.\s)\s*(?:"
    rf"(?:{_HOLD})(?:\s+(?:off\s+)?(?:for|on|until)\s+{_ACTOR}(?:'s\s+[\w-]+)?{_ANSWERS})?|"
    # Round 18 (a21): "— closing as duplicate", "— closing this, won't fix": the record closed.
    r"closing\s+(?:(?:it|this|that)\s*,?\s*)?(?:as\s+)?(?:dup(?:e|licate)?|won'?t\s*fix|wontfix|"
    r"invalid|stale|obsolete|not\s+needed|resolved|done)|"
    rf"(?:{_ACTOR})(?:'s|\s+is|\s+are|'re)?\s+(?:already\s+)?(?:(?:handling|doing|taking|owning|reviewing|"
    rf"checking|covering)(?:\s+{_IT})?|on\s+{_IT}|got\s+{_IT})|"
    rf"(?:{_ACTOR})(?:\s+will|'ll|\s+can|\s+should|\s+is\s+going\s+to|\s+(?:has|have)\s+"
    rf"got|\s+owns|\s+has)\s+(?:(?:do|handle|take|own|review|run|got|take\s+care\s+of)\s+)?"
    rf"{_IT}|(?:ask|ping|check\s+with|confirm\s+with)\s+{_ACTOR}(?:\s+first)?|"
    rf"(?:let|leave\s+it\s+(?:to|for)|over\s+to|(?:re)?assigned\s+to|handled\s+by|"
    rf"hand(?:ing|ed)?\s+(?:it\s+)?(?:over\s+)?to|pass(?:ing|ed)?\s+(?:it\s+)?to)\s+{_ACTOR}"
    rf"(?:\s+(?:do|handle|take|run)\s+{_IT})?|"
    r"use\s+\S+\s+instead|see\s+\S+\s+instead|(?:dup(?:e|licate)?|duplicate)\s+(?:of|to)\s+\S+|"
    r"(?:tracked|covered|handled)\s+(?:in|by|under)\s+(?-i:[A-Z][A-Z0-9]*-\d+)|"
    r"(?:moved|merged)\s+(?:to|into)\s+(?-i:[A-Z][A-Z0-9]*-\d+)"
    # Round 18 (a21): "… and wait for Priya", "… and hold until the DBA replies": the order
    # held for someone said at its end, after "and".
    # Round 29 (m33b): a "please" after the hold holds it still ("-- hold, do not execute pls").
    rf")(?:[\s,]+(?:pls|please|plz|thx|thanks|ty))?[\s.!)\]]*$|"
    rf"\s(?:and|but|then)\s+(?:then\s+)?(?:{_HOLD})\s+(?:off\s+)?(?:for|on|until)\s+"
    rf"{_ACTOR}(?:'s\s+[\w-]+)?{_ANSWERS}[\s.!)\]]*$",
    re.I,
)
# Round 22 (attack 24, S9-S12, S15): ONE grammar for the words that take the order back, hold
# it, say it is not wanted, or mark the text as no order: (1) a CANCELLING VERB whose object is
# the order's own noun or gerund ("scrap the worker restart", "revoke the restart of worker",
# "no-go on restarting worker", "put the worker restart on ice"); (2) a request to do it that
# is withdrawn or turned down, by the writer or a third party ("I withdraw the request to scale
# …", "the request to … is withdrawn", "The CAB rejected scaling payments to 4", "Bob vetoed
# restarting worker", "let Bob decide whether to …"); (3) a HEAD that negates, holds or marks
# it ("needn't …", "unnecessary to …", "do'nt …", "HOLD: …", "veto: …", "this is a test: …",
# "sample request: …"); (4) a TAIL that does ("…: called off", "… — red light", "… is off",
# "… won't happen", "… — I take it back", "… (typo, ignore)", "… — oops not prod", "… is
# unnecessary", "… is embargoed", "… — FYI only", "… — just an idea", "… #donotexecute", "…
# ⏸️"); (5) a negation in Hindi or French ("… nahi karna", "… mat karna", "… ne pas faire").
# ("restart worker, no need to scale it" and "restart worker — not payments" name what is left
# out: planned; "stop restarting …" is :data:`_STOPPED`'s. No noun that names a workload, "orders":
# "drop envoy from orders", "scrap orders" are orders.)
_CANCEL_VERB = (
    r"(?:stop|scrap|nix|ignore|abandon|revoke|rescind|countermand|veto|cancel|call(?:ing)?\s+off|"
    r"drop|kill|forget(?:\s+about)?|withdraw|retract|shelve|bin|axe|(?:hard\s+)?pass\s+on|"
    r"no[\s-]?go\s+on|red[\s-]light\s+on|thumbs[\s-]down\s+on|(?:put|putting|keep)"
    r"(?=\s+(?:the|this|that|my|our)\s+[^\n]{1,40}\s+on\s+(?:ice|hold|pause|the\s+back[\s-]?burner)))"
)
_ORDER_NOUN = (
    r"(?:restarts?|reboots?|bounces?|rollbacks?|roll-?backs?|rollouts?|redeploys?|upgrades?|"
    r"downgrades?|updates?|bumps?|resizes?|scale(?:[\s-]?(?:up|down|out|in))?|scaling|"
    r"deletions?|removals?|migrations?|patch(?:es)?|reverts?|changes?|"
    # ("drop the memory request": a resource request, not the order's.)
    r"(?<!memory\s)(?<!cpu\s)(?<!resource\s)(?<!storage\s)requests?)"
)
_ORDER_GERUND = (
    r"(?:restarting|rebooting|bouncing|rolling|redeploying|upgrading|downgrading|updating|"
    r"bumping|resizing|scaling|deleting|removing|patching|reverting|deploying|recycling)"
)
# Round 37 (tw41b, attack41): a word of "please" before a head that negates ("bitte nicht …",
# "tolong jangan …"), and the negations and "already" of other tongues said before the order.
_POLITE_HEAD = (
    r"(?:(?:bitte|please|pls|plz|tolong|mohon|por\s+favor|per\s+favore|s'il\s+(?:te|vous)\s+"
    r"pla[iî]t|prosz[eę]|kripya|kripaya)\s*,?\s+)?"
)
_FOREIGN_NOT = (
    r"jangan|(?:(?:gak|nggak|ga|tidak|tak|enggak)\s+)?usah|nicht|niet|nie|ne|mat|nahi|nahin|"
    r"n[aã]o|kein(?:e|en)?|sudah|udah|telah|schon|gi[aà]|ju[zż]|d[eé]j[aà]|usi\w*"
)
# (Round 41, sh47a — attack47: the negations and prohibitions of more tongues, read only before
# an order's bare verb: Norwegian/Danish/Swedish "ikke/ikkje/inte/ej/aldri/aldrig", Icelandic
# "ekki/aldrei", Finnish "älä/älkää/ei", Quechua/Aymara "mana/ama/janiw", Dutch "nooit", Spanish
# and Portuguese "nunca", French "jamais", Italian "mai", German "niemals/nie", Polish
# "nigdy", Hungarian "nem", Basque "ez", Estonian "ära", Tagalog "huwag/wag".)
_FOREIGN_NEVER = (
    r"ikke|ikkje|inte|ej|aldri|aldrig|ekki|aldrei|[äa]l[äa]|[äa]lk[äa][äa]|ei|mana|ama|janiw|"
    r"nooit|nunca|jamais|mai|niemals|nigdy|nem|ez|[äa]ra|huwag|'?wag"
)
# A "but" before it, in English or another tongue ("takk, men ikke …", "danke, aber nicht …").
_BUT = r"but|men|mutta|aber|mais|pero|mas|ma|maar|doch|ama"
# A word that stresses a negation ("bloß nicht", "ja nicht", "gar nicht", "surtout pas").
_STRESS = r"blo(?:ß|ss)|ja|gar|surtout|bitte|aber"
# A thanks or a greeting said first, in any tongue (:data:`.voices.THANKS`, :data:`.voices.
# GREETINGS`), as typed or as the chat's "thanks".
_COURTESY = (
    r"thanks|thank\s+you|thx|ty|cheers|"
    + voices.alternation(voices.THANKS)
    + "|"
    + voices.alternation(voices.GREETINGS)
)
# Round 43 (a43): "mi raccomando non restart worker" (Italian: "mind you, do NOT restart worker")
# was planned: a "please" or a word that insists (:data:`.voices.PLEASE`, :data:`.voices.INSIST`)
# said first, before a negation and an order's bare verb, is read as the thanks or greeting is.
_URGED_FIRST = (
    _COURTESY + "|" + voices.alternation(voices.PLEASE) + "|" + voices.alternation(voices.INSIST)
)
_BARE_ORDER_VERB = (
    r"restart|reboot|bounce|redeploy|scale|delete|remove|update|upgrade|downgrade|deploy|"
    r"roll\s*back|rollback|revert|kill|patch|drain|cordon|bump|increase|decrease|raise|lower"
)
_GIVEN_UP = re.compile(
    # (1) the cancelling verb on the order's noun or gerund
    rf"^[\W_]*(?:please\s+|pls\s+|let'?s\s+|we\s+(?:can\s+|should\s+)?|i\s+)?{_CANCEL_VERB}\s+"
    r"(?:(?:the|this|that|my|our|today'?s)\s+)?(?:(?!(?:and|then|but|or)\b)[\w.\-]+\s+){0,2}?"
    rf"(?:{_ORDER_NOUN}(?=\s*(?:$|[.!,;:)\u2014\u2013]|\s(?:of|for|on|to|in)\s))|"
    rf"{_ORDER_GERUND}\b)|"
    r"^[\W_]*(?:a\s+)?(?:hard\s+)?(?:no[\s-]?go|red[\s-]light|pass|thumbs[\s-]down|veto)\s+on\s+"
    rf"(?:the\s+)?(?:{_ORDER_NOUN}|{_ORDER_GERUND})\b|"
    # (2) a request to do it withdrawn or turned down, by the writer or by someone else
    r"^[\W_]*(?:(?:the|our|my)\s+)?(?:[\w@.\-]+\s+){0,2}?(?:(?:has|have|had)\s+)?(?:withdr[ae]w|"
    r"withdraws|retract(?:s|ed)?|rescind(?:s|ed)?|revoke[sd]?|cancel(?:s|l?ed)?|reject(?:s|ed)?|"
    r"veto(?:es|ed)?|declined?|denied|den(?:y|ies)|refused?|nixed|turned\s+down|shot\s+down|"
    r"overruled|blocked|killed)\s+(?:(?:the|my|our|this|that|their|his|her)\s+(?:request|"
    rf"proposal|plan|idea|ask|suggestion|change)\s+(?:to|for)\b|the\s+{_ORDER_NOUN}\s+of\b|"
    r"(?:the|this|that|my|our|their)\s+(?:(?!(?:and|then|but|or)\b)[\w.\-]+\s+){0,2}?"
    rf"{_ORDER_NOUN}(?=\s*(?:$|[.!,;:)\u2014\u2013]))|{_ORDER_GERUND}\b)|"
    # the order's noun said cancelled ("the worker restart has been called off", "… got vetoed")
    r"^[\W_]*(?:(?:the|this|that|my|our|today'?s)\s+)?(?:(?!(?:and|then|but|or)\b)[\w.\-]+\s+)"
    rf"{{0,2}}?{_ORDER_NOUN}\s+(?:is|was|has\s+been|have\s+been|got|been)\s+(?:now\s+)?"
    r"(?:withdrawn|cancell?ed|retracted|rescinded|revoked|rejected|vetoed|declined|denied|"
    r"dropped|scrapped|nixed|called\s+off|abandoned|refused|turned\s+down|shot\s+down|"
    r"shelved|parked|embargoed|paused|on\s+(?:hold|ice))\b|"
    r"^[\W_]*(?:the\s+|my\s+|our\s+)?(?:request|proposal|plan|ask|change|order)\s+to\s+[^\n]*?"
    r"\b(?:is|was|has\s+been|have\s+been|got|been)\s+(?:now\s+)?(?:withdrawn|cancell?ed|retracted|"
    r"rescinded|revoked|rejected|vetoed|declined|denied|dropped|scrapped|called\s+off|"
    r"abandoned|refused|turned\s+down)\b|"
    r"\b(?:let|leave\s+it\s+(?:to|for)|up\s+to)\s+[\w@.\-]+\s+(?:to\s+)?(?:decide|choose|judge)\b|"
    r"\b(?:decides?|deciding|choose|chooses)\s+(?:whether|if)\b|"
    r"'s\s+(?:call|decision|choice)\s+(?:whether|if)\b|"
    # (3) a head that negates, holds or marks it as no order
    r"^[\W_]*(?:(?:you|we|they)\s+)?(?:needn'?t|need\s+not|do'nt|dont'|do\s*n[;,.`]t|"
    r"(?:it'?s|it\s+is)\s+(?:unnecessary|not\s+(?:necessary|required|needed))\s+to|"
    r"unnecessary\s+to|not\s+(?:necessary|required)\s+to)\b|"
    r"^[\W_]*(?:hold(?:\s+(?:that|this|the)\s+thought)?|on\s+hold|veto(?:ed)?|embargo(?:ed)?|no[\s-]?go|red[\s-]light|"
    r"(?:this\s+is\s+)?(?:only\s+|just\s+)?a\s+test(?:\s+(?:message|request|only))?|"
    r"this\s+is\s+(?:only\s+|just\s+)?a\s+(?:test|drill|sample|example)|"
    r"(?:sample|example|dummy|fake|mock|hypothetical|made[\s-]up)\s+(?:request|order|intent|"
    r"message|input|command|prompt|ask|instruction)s?|(?:just\s+)?an?\s+idea|"
    r"(?:fyi|for\s+info(?:rmation)?)(?:\s+only)?|(?:just\s+)?thinking\s+(?:out\s+)?loud|"
    r"(?:just\s+)?a\s+(?:thought|suggestion)|"
    # (Round 35, a40b, attack39: an objection said as the head, "I'm against it: …", "I'd
    # advise against: …", "we'd argue against this - …".)
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:(?:really|strongly|personally|still)\s+)?"
    r"(?:against|opposed(?:\s+to)?)"
    r"(?:\s+(?:it|this|that))?|(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:(?:strongly|really)\s+)?"
    r"(?:advise|argue|recommend|caution|vote|push\s+back)\s+against(?:\s+(?:it|this|that))?|"
    # (Round 36, a41c, attack40: more objections said as the head — "I object (to this):", "I
    # disagree:", "I don't agree:", "strongly against:", "not convinced:", "not a fan:", "hard
    # no:", "no from me:", "I vote no:", "-1 on this:", and a wait the writer would rather
    # have: "I'd hold off:", "I'd wait:", "let's wait:", "I'd sooner we held off:" — and
    # advice said as the head, "consider:", "would be nice:", "food for thought:", "might be
    # worth it:", "worth considering:", "LGTM, but maybe:"; "Recommendation: …" is a request in
    # the sealed sets, blind37.)
    r"(?:i|we)\s+(?:(?:strongly|really|still|must)\s+)?(?:object|disagree|dissent)"
    r"(?:\s+(?:to|with)\s+(?:it|this|that))?|"
    r"(?:i|we)\s+(?:don'?t|do\s+not)\s+agree(?:\s+with\s+(?:it|this|that))?|"
    r"(?:(?:strongly|firmly|really)\s+)?(?:against|opposed)(?:\s+(?:to\s+)?(?:it|this|that))?|"
    r"(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?(?:still\s+)?not\s+(?:(?:yet|really|fully|quite)\s+)?"
    r"(?:convinced|sold|keen|a\s+fan|on\s+board)|"
    r"(?:a\s+)?(?:hard|firm|big|strong)\s+no|no\s+from\s+me|"
    r"(?:i|we)\s+vote\s+(?:no|nay|against(?:\s+(?:it|this|that))?)|"
    r"[-\u2212]\s?[12]\s+(?:on|for|from\s+me\s+on)\s+(?:it|this|that)|"
    r"(?:(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:(?:rather|sooner|prefer(?:\s+to)?)\s+)?"
    r"(?:we\s+)?|let'?s\s+)(?:hold\s+off|held\s+off|wait|pause)(?:\s+(?:on\s+)?(?:it|this|that))?|"
    r"consider|worth\s+considering|food\s+for\s+thought|"
    r"(?:it\s+)?(?:might|may|could)\s+be\s+worth\s+(?:it|considering|a\s+(?:try|look|shot))|"
    r"(?:it\s+)?would\s+be\s+nice|nice\s+to\s+have|"
    r"(?:lgtm|looks\s+good(?:\s+to\s+me)?)\s*,?\s*but\s+(?:maybe|perhaps|consider))"
    r"\s*(?::|[\u2014\u2013]|\s-{1,2}\s)|"
    # (4) a tail that takes it back, holds it or marks it as no order
    r"(?:\s*[:,;(\[]|\.\s|\s[\u2014\u2013]+|\s-{1,2})\s*(?:(?:it|this|that)(?:\s+is|\s+was|'s)\s+)?"
    r"(?:called\s+off|on\s+(?:ice|the\s+back[\s-]?burner)|no[\s-]?go|red[\s-]light(?:ed)?|off\s+the\s+table|not\s+happening|"
    r"won'?t\s+happen|(?:i\s+)?take\s+(?:it|that|this)\s+back|strike\s+that|"
    r"sent\s+(?:by\s+mistake|in\s+error|too\s+early)|(?:my\s+)?(?:typo|mistake)(?:\s*,\s*"
    r"(?:please\s+)?ignore(?:\s+(?:it|this|that))?)?|oops\b[^\n]*|unnecessary|needless|"
    r"not\s+(?:required|necessary)|embargoed|(?:fyi|for\s+info(?:rmation)?)(?:\s+only)?|"
    r"(?:just\s+)?an?\s+idea|(?:only\s+|just\s+)?a\s+(?:test|drill|suggestion|thought)|"
    r"(?:suggestion|idea|proposal)\s+only|food\s+for\s+thought|(?:just\s+)?thinking\s+"
    r"(?:out\s+)?loud|(?:i\s+)?(?:retract|withdraw|rescind|cancel)\s+(?:it|that|this)|"
    # (Round 34, a38a, attack38: the request turned down, said after it: "Support requested a
    # restart of payments, which I declined".)
    r"which\s+(?:i|we|they|he|she|(?:the\s+)?[\w@.\-]+)\s+(?:(?:have|has|had)\s+)?(?:declined|"
    r"rejected|refused|turned\s+down|vetoed|denied|withdrew|withdrawn|cancell?ed|nixed|"
    r"said\s+no\s+to)|"
    # (Round 35, a40b, attack39: the one who asked took it back: "alice asked: … . She took
    # it back", "… per alice, but she retracted", "…; bob changed his mind".)
    r"(?:but\s+|and\s+|then\s+)?(?:she|he|they|(?:the\s+)?[\w@.\-]+)\s+(?:(?:has|have|had)\s+)?"
    r"(?:since\s+|now\s+|just\s+)?(?:(?:took|taken)\s+(?:it|this|that)\s+back|retracted|"
    r"withdrew|withdrawn|rescinded|changed\s+(?:her|his|their|the\s+\w+'s)\s+mind)"
    r"(?:\s+(?:it|this|that|the\s+(?:request|ask)))?)"
    r"[\s.!)\]]*$|"
    # (Round 34, a38a, attack38: a relayed request whose need is gone, said after it: "Ops asked
    # for a restart of payments; they no longer need it". Only after a relay: "remove checkout
    # - we don't need it anymore" says why it goes.)
    # (Round 35, a40b, attack39: or after "for <someone>", "restart worker for alice; they no
    # longer need it".)
    # (Round 36, a41c, attack40: the relay said with a colon, "bob wanted: …", and its need
    # gone in fewer words, "…; not anymore", "…, but no longer", "… . Dropped.")
    r"(?:\b(?:asked|requested|wanted)(?:\s*:\s*|\s+)(?:(?:us|me)\s+)?(?:for\s+)?[^;\n]{1,80}?|"
    r"\bfor\s+(?:the\s+)?@?[\w.\-]+(?:\s+team)?\s*)"
    r"(?:[,;]|\.\s|\s[\u2014\u2013]+|\s-{1,2})\s*(?:but\s+)?(?:(?:not|no)\s+(?:any\s*more|"
    r"longer)|(?:now\s+)?dropped|(?:it'?s|it\s+is)\s+no\s+longer\s+"
    r"(?:needed|required|wanted|necessary)|(?:they|we|he|she|i|you)\s+(?:no\s+longer|don'?t|"
    r"do\s+not|doesn'?t|does\s+not|didn'?t|did\s+not)\s+(?:need|want)\s+(?:it|this|that|them|"
    # (at the end, or a sentence's: "…; they no longer need it. scale payments to 4 though")
    r"one)(?:\s+any\s*more)?)[\s.!)\]]*(?:$|(?<=[.!])\s)|"
    r"^[\W_]*(?:[\w.\-]+\s+){1,3}(?:is|are)\s+(?:now\s+)?off[\s.!]*$|"
    r"\s(?:is|are)\s+(?:now\s+)?(?:called\s+off|off\s+the\s+table|unnecessary|needless|"
    r"not\s+(?:required|necessary)|embargoed|(?:not|n't)\s+happening)[\s.!)\]]*$|"
    r"\sisn'?t\s+happening[\s.!)\]]*$|\s(?:won'?t|will\s+not)\s+happen[\s.!)\]]*$|"
    r"(?:^|\s)#(?:do[_-]?not[_-]?\w+|dont[_-]?\w+|dnr|dne|noexec\w*|test|drill|draft|wip|"
    r"onhold|hold|embargo\w*|ignore|no[_-]?go|veto\w*|cancel\w*|paused?|wait)\b|[\u23f8\u23f9]|"
    # (Round 28, attack 32: a status emoji of work not ready — under construction, soon, a
    # test, asleep, an alarm clock: 🚧 🔜 🧪 💤 ⏰.)
    r"[\U0001f6a7\U0001f51c\U0001f9ea\U0001f4a4\u23f0]|"
    # (5) a negation in Hindi or French
    r"\b(?:nahi|nahin|na|mat)\s+kar\w*\b|\bne\s+(?:\w+\s+)?pas\b|"
    # (Round 37, tw41b, attack41: a negation or an "already" of another tongue said at the
    # head, before the order: "jangan restart worker", "bitte nicht restart worker", "ne
    # restartuj worker", "nie skaluj payments", "sudah restart worker" (done already, no order);
    # "no"/"non"/"ya" only before an order's bare verb, "no restart worker", "non scale …".)
    rf"^[\W_]*{_POLITE_HEAD}(?:{_FOREIGN_NOT})\s+(?=[^\W\d_][\w\-]*\s)|"
    # (Round 37, m43a — attack43: French "pas (de)", Norwegian/Danish "ikke", Swedish "inte"/
    # "ej" there too: "pas de restart orders", "ikke restart worker".)
    rf"^[\W_]*{_POLITE_HEAD}(?:no|non|ya|pas(?:\s+de)?|ikke|inte|ej)\s+(?:{_BARE_ORDER_VERB})\b|"
    # (Round 41, sh47a — attack47: after a thanks or a greeting of any tongue and a "but", a
    # word that stresses it and more tongues' negations, before an order's bare verb: "takk,
    # men ikke restart …", "kiitos, älä restart …", "danke, bloß nicht restart …", "sulpayki,
    # mana scale …", "gracias, pero nunca restart …", "merci, mais jamais delete …".)
    rf"^[\W_]*(?:(?:{_URGED_FIRST})\s*[,.:;!\u2014\u2013-]*\s+)?{_POLITE_HEAD}(?:(?:{_BUT})\s*,?\s+)?"
    rf"(?:(?:{_STRESS})\s+)?(?:{_FOREIGN_NOT}|{_FOREIGN_NEVER}|no|non|pas(?:\s+de)?)\s+"
    rf"(?:(?:{_POLITE_HEAD})(?:{_BARE_ORDER_VERB})\b)",
    _I,
)
# A code review's labels (Conventional Comments and the like): whose they are is read below.
_REVIEW_LABEL = (
    r"(?:nit(?:pick)?s?|suggestions?|comments?|notes?|issues?|praise|blocking|non-?blocking|"
    r"minor|major|questions?|thoughts?|remarks?)"
)
# (Round 35, a40b: what may follow a label before its colon and still be the writer's own:
# "nit, non-blocking:", "suggestion, optional:".)
_LABEL_MOD = (
    rf"{_REVIEW_LABEL}|non-?blocking|blocking|minor|major|optional|small|tiny|trivial|cosmetic|"
    r"style|if-minor|please|pls|fyi|low|high|prio(?:rity)?|p[0-4]"
)
_FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "words that take the order back, hold it, say it is not wanted or mark it as no order",
        _GIVEN_UP,
    ),
    (
        "a closing clause that holds it, hands it to someone else or points to another record",
        _TAIL_HELD,
    ),
    (
        # Round 37 (tw41b, attack41): another's words reported in another tongue, as a lead
        # ("bob dijo restart worker", "bob sagt scale payments to 4", "bob ne kaha restart
        # worker", "alice dit …", "maria disse …") or as a source ("selon bob …", "kata bob …",
        # "laut alice …", "según bob …"): a report, not the writer's order (English "bob said
        # …" is :mod:`.speech`'s).
        "another's words reported in another tongue, not an order",
        re.compile(
            r"^[\W_]*(?:(?:the\s+|der\s+|die\s+|le\s+|la\s+|el\s+)?"
            r"(?!(?:the|a|an|this|that|our|my|der|die|das|le|la|el)\s)@?[\w.\-]+\s+){1,2}?"
            r"(?:dijo|dice|dec[ií]a|sagt|sagte|meint|meinte|a\s+dit|dit|disait|disse|diz|dizia|"
            r"ha\s+detto|m[oó]wi|powiedzia[lł]a?|zei|zegt|dedi|diyor|s[oö]yledi|bilang|berkata|"
            r"mengatakan|ne\s+(?:kaha|bola|boli)|kehta|kehti|alisema|anasema|sabi|n[oó]i)"
            r"(?![\w\-])\s*(?:que\s+|dass\s+|che\s+|qu['e]\s*|bahwa\s+|ki\s+|:\s*)?"
            r"(?=[^\W\d_])|"
            r"^[\W_]*(?:selon|d['\u2019]apr[eè]s|seg[uú]n|segundo|secondo|laut|kata|menurut|"
            r"wed[lł]ug|volgens|ayon\s+kay|kwa\s+mujibu\s+wa)\s+@?[\w.\-]+(?:\s+team)?"
            r"\s*[,:]?\s+(?=[^\W\d_])",
            _I,
        ),
    ),
    (
        # Round 37 (tw41b, attack41): a change record or a pull request said before an arrow
        # or a chain ("CHG-9 → restart worker", "PR #12 => restart worker", "CHG-9 -> …"): the
        # order hangs on that record (a hold, a sequence), never one to run now.
        "a change record said before an arrow: the change waits on it",
        re.compile(
            r"^[\W_]*(?:(?:after|once|when|then|blocked(?:\s+by)?|depends\s+on|needs)\s*:?\s*)?"
            r"(?:(?-i:[A-Z][A-Z0-9]*-\d+)|(?:chg|crq?|rfc|change(?:\s+request)?|ticket|pr|mr|"
            r"issue|jira)\s*#?\s*\d+|#\d+)(?:\s+[\w.\-]+){0,2}?\s*"
            r"(?:\u2192|\u21d2|\u27f6|\u27f9|-+>|=+>|>>|\u2014>)",
            _I,
        ),
    ),
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
            # (Round 34, gap37c: a hyphen joining a word — "Log-intake API", "Impact-driven" — makes
            # a compound, no label.)
            rf"^[\W_]*(?:{_LABEL_WORDS})\s*(?::|-(?!\w)|\u2014|\(|$)|"
            r"(?:^|[;|]\s*)runbook(?:_url)?\s*:|\(\s*(?:from\s+[\w-]+,\s*)?for\s+reference\s*\)|"
            # Round 16 (a17): a pasted alert's own runbook or action field ("PagerDuty: payments
            # down - runbook: restart payments", "alert fired: … — action: restart payments").
            r"^[\W_]*(?:\[?firing\]?|alert(?:\s+(?:fired|firing|triggered|raised))?|alarm|"
            r"pagerduty|opsgenie|alertmanager|victorops)\b[^\n]*?(?:runbook(?:_url)?|action|"
            r"remediation|suggested\s+action)\s*:|"
            # (Round 35, a40b, attack39: a review's praise over the whole message, "praise: great
            # job restarting worker": praise asks for nothing; an order in a sentence of its own
            # after it is read as said.)
            # (Round 37, en41, attack41: any word of praise as the label, "big ups: restart
            # worker", "good call: restart worker", "nice catch — restart worker", "mad props:
            # …": what was praised, or an order, is not for the planner to guess.)
            rf"^[\W_]*(?:praise|{PRAISE})\s*(?::|[\u2014\u2013]|\s-{{1,2}}\s)"
            r"[^.!?;\n]*[.!]*\s*$|"
            # (Round 36, a41c, attack40: praise of someone for a change, "kudos to bob for
            # restarting worker", "hats off to alice for rolling back checkout", "gg bob on
            # scaling …", "bravo bob: restart worker", "nice one alice — restart worker": the
            # change praised is done.)
            r"^[\W_]*(?:(?:kudos|props|shout-?outs?|hats\s+off|big\s+ups?|bravo|nice\s+one|well\s+done|"
            r"(?:good|great|nice)\s+(?:job|work|call|catch)|gg|respect|credit|mad\s+props)"
            r"(?:\s+to)?|(?:many\s+)?thanks(?:\s+to)?|thank\s+you)\s+(?:the\s+)?@?[\w.\-]+"
            # (Round 37, en41: "props to alice who restarted worker", "kudos to the team that
            # scaled payments to 4": the one praised told by what they did.)
            r"(?:\s+team)?\s*(?:for|on|who|that)\b[^.!?;\n]*[.!]*\s*$|"
            r"^[\W_]*(?:kudos|props|shout-?outs?|hats\s+off|big\s+ups?|bravo|nice\s+one|well\s+done|"
            r"(?:good|great|nice)\s+(?:job|work|call|catch)|gg)(?:\s+to)?\s+(?:the\s+)?@?[\w.\-]+"
            r"(?:\s+team)?\s*(?::|[\u2014\u2013]|\s-{1,2}\s)[^.!?;\n]*[.!]*\s*$|"
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
            r"(?<!\bas\s)\b(?:someone|somebody|they|he|she|copilot|chatgpt|gpt-?\d*|k8sgpt|claude|"
            # (Round 37, m43b, attack43: a document of two words, "the design doc recommends".)
            r"gemini|(?:the|a|an|their|our|his|her|some)\s+(?:[\w-]+\s+)?"
            r"[\w-]+|[a-z][\w-]*'s\s+[\w-]+|(?-i:(?!(?:We|I|You)\b)[A-Z][a-z]+))\s+"
            r"(?:(?:has|had|have)\s+)?(?:suggest(?:s|ed)|"
            r"recommend(?:s|ed)|propos(?:es|ed)|advis(?:es|ed))\b",
            re.I,
        ),
    ),
    (
        # Round 16 (a17): the order-shaped words are someone else's, quoted or attributed —
        # "copied from the ticket -- …", "Bob's message: …", "from Bob — …", "the runbook: …",
        # "vendor advice — …", "according to the wiki, …", "… (Bob's words, not mine)", "… —
        # quote from the postmortem", "…, says Bob", "…: Bob said no" — or the decision is left
        # to the reader ("…, your call", "… — up to you").
        "words someone else said, quoted or attributed, or a decision left to you",
        re.compile(
            r"^[\W_]*(?:copied|pasted|quoted|copy-?pasted|lifted|taken|straight)\s+(?:from|out\s+of)"
            r"\b|^[\W_]*(?:from|per)\s+(?!(?:now|here|there|today|tomorrow|then|scratch|"
            r"the\s+top|memory)\b)[A-Za-z][\w.-]*\s*(?:[:\u2014\u2013]|\s-{1,2}\s)|"
            r"^[\W_]*(?:[A-Za-z][\w-]*'s|(?:the|our|their)\s+[\w-]+)\s+(?:message|words|note|"
            r"comment|reply|dm|text|email|e-?mail|post|tweet|answer|advice|suggestion|quote|"
            # (Round 36, a41c, attack40: "bob's review: …".)
            r"review|feedback)\s*"
            r"(?:[:\u2014\u2013]|\s-{1,2}\s)|"
            # (Round 36, a41c, attack40: a review's words said as another's, "per alice's
            # review: …", "per the review: …", "from the review: …", "reviewer: …", "bob
            # commented: …".)
            r"^[\W_]*(?:from|per|in|via)\s+(?!(?:my|our)\s)(?:the|this|that|their|his|her|your|"
            r"[\w-]+(?:'s|\u2019s))\s+(?:(?:code|pr|mr|last|latest|first)\s+)?(?:review|feedback|"
            r"comments?)\b[^:\n]{0,30}:|"
            r"^[\W_]*(?:the\s+)?reviewers?\b[^:\n]{0,20}:|"
            r"^[\W_]*(?!(?:i|we)\s)[A-Za-z][\w@.\-]*\s+(?:commented|reviewed|remarked|noted|"
            r"proposed|recommended|chimed\s+in)\s*(?::|[\u2014\u2013]|\s-{1,2}\s)|"
            # (Round 18, a20: "in the staging runbook:", "the fix:", "our workaround -".)
            r"^[\W_]*(?:the|our|their|(?:from|in)\s+(?:the|our|their))\s+(?:[\w-]+\s+)?"
            r"(?:runbook|run\s+book|wiki|docs?|documentation|playbook|post-?mortem|rca|kb|faq|"
            r"readme|manual|sop|vendor|article|fix|solution|remedy|workaround|answer|rfc|adr|"
            r"incident\s+report)\s*"
            # (Round 37, m43b, attack43: what a document's writers put there, "in the postmortem
            # we wrote: …", "in the design doc they said - …".)
            r"(?:(?:we|they|i|he|she|you|someone|[a-z][\w-]*)\s+(?:wrote|write|said|say|says|"
            r"noted|put|recommended|suggested|proposed|decided|agreed)\s*)?"
            r"(?:[:\u2014\u2013]|\s-{1,2}\s)|"
            r"^[\W_]*(?:vendor|supplier|consultant|upstream|community|third[\s-]party|support|"
            r"(?:aws|gcp|azure|google|microsoft)(?:\s+support)?)\s+(?:advice|recommendations?|"
            r"suggestions?|guidance|tips?|says?)\s*(?:[:\u2014\u2013,]|\s-{1,2}\s)|"
            r"^[\W_]*according\s+to\b|"
            # (Round 34, the lead: a code review's label is the writer's own order — "nit: …",
            # "suggestion: …" — but another's is advice: "bob's nit:", "suggestion from bob:",
            # "nit (Priya):", "Alice (comment):", "bob: nit:", "bob left a nit:", "suggestion,
            # not mine:", "suggestion (your call):", "question (non-blocking):" — attack39.)
            # (Round 35, a40b, attack39: "per bob's nit: …", "from bob's review - nit: …", "nit,
            # says bob: …", "suggestion, non-blocking, bob: …", "nit: … — bob said", "suggestion:
            # … (per bob)".)
            rf"^[\W_]*(?:(?:from|per|in|via)\s+)?(?!(?:my|our)\s)(?:(?:the|their|his|her|your)\s+)?"
            rf"[\w-]+(?:'s|s'|\u2019s)\s+(?:[\w-]+\s+){{0,2}}?{_REVIEW_LABEL}\b[^:\n]{{0,30}}:|"
            rf"^[\W_]*(?!(?:my|our)\s)[\w-]+\s+suggestions?\s*:|"
            rf"^[\W_]*{_REVIEW_LABEL}\s*(?:\([^)\n]{{0,40}}\)\s*)?,?\s*(?:from|by|per|via|only|"
            r"not\s+mine|says|said|writes|wrote)\b|"
            rf"^[\W_]*{_REVIEW_LABEL}(?:\s*,\s*(?:{_LABEL_MOD}))*\s*,\s*(?!(?:{_LABEL_MOD})\s*:)"
            r"@?[\w.\-]+\s*:|"
            rf"^[\W_]*{_REVIEW_LABEL}\s*(?:\([^)\n]{{0,40}}\)\s*)?:[^\n]*?(?:,|\s[-\u2014\u2013]+|\()"
            r"\s*(?:(?:per|from|by|says|said|via)\s+@?[A-Za-z][\w.\-]*|@?[A-Za-z][\w.\-]*\s+(?:said|"
            r"says|wrote|suggested|asked))\W*$|"
            rf"^[\W_]*{_REVIEW_LABEL}\s*\((?!\s*(?:non-?\s?blocking|blocking|minor|major)\s*\))"
            r"[^)\n]{1,40}\)\s*:|"
            r"^[\W_]*(?:questions?|thoughts?)\s*(?:\([^)\n]{0,40}\)|,[^:\n]{0,30})?\s*:|"
            rf"^[\W_]*{_REVIEW_LABEL}\s*\?|"
            rf"^[\W_]*(?!{_REVIEW_LABEL}\b)[\w@-]+(?:\s+[\w-]+)?\s*\(\s*{_REVIEW_LABEL}\s*\)\s*:|"
            rf"^[\W_]*[\w@-]+\s*:\s*{_REVIEW_LABEL}\s*:|"
            r"^[\W_]*[\w@-]+\s+(?:left|wrote|posted|added|made|raised|gave|dropped)\s+(?:a|an|"
            rf"this|the)\s+(?:[\w-]+\s+)?{_REVIEW_LABEL}\b|"
            r"\(\s*(?:[\w-]+'s|his|her|their)\s+words\b[^)]*\)|\bnot\s+my\s+words\b|"
            r"\b(?:a\s+)?quote\s+(?:from|of)\b|\b(?:quoting|(?:quoted|verbatim)\s+from)\b|"
            # (Round 19, attack: "— per Priya", "— per CHG-14" at the end give the order's
            # authority, as "Per the client's request, …" does at the head: :mod:`.relayed`.)
            r"(?:,|\s[-\u2014\u2013]+|:)\s*(?:says|said|writes|wrote|asks|asked|quoth|"
            r"according\s+to)\s+(?:the\s+)?[A-Za-z][\w-]*\W*$|"
            r"(?:,|\s[-\u2014\u2013]+|:)\s*(?:the\s+)?[A-Za-z][\w-]*\s+(?:said|says)\s+(?:no|"
            r"nope|not\s+to|don'?t|otherwise)\b|"
            # (Round 35, a40b, attack39: the one who said it after the words, "… — bob said",
            # as "… — says bob" is.)
            r"(?:,|\s[-\u2014\u2013]+)\s*(?!(?:i|we|you|it|that|this)\s)(?:the\s+)?[A-Za-z][\w-]*"
            r"\s+(?:said|says|wrote|writes|suggested|suggests)(?:\s+so)?\W*$|"
            r"(?:,|\s[-\u2014\u2013]+|:|\()\s*(?:(?:it'?s|its|it\s+is)\s+)?(?:your\s+(?:call|"
            r"choice|decision|pick)|up\s+to\s+you|you\s+(?:decide|choose)|dealer'?s\s+choice|"
            r"(?:at\s+)?your\s+discretion|as\s+you\s+see\s+fit|whatever\s+you\s+think)\W*$",
            re.I,
        ),
    ),
    (
        # Round 16 (a17): a comment after a pasted command that withholds it — a doubt ("# ??",
        # "# not sure"), a run already made ("# ran this at 02:00", "# what bob ran yesterday"),
        # a need gone ("# not needed anymore") or a later purpose ("# for tomorrow", "# for
        # the sale tomorrow"). A comment that files the command ("# runbook step 4") or says
        # when to run it ("# tonight") is read by :mod:`.prose`.
        "a comment that withholds the pasted command",
        re.compile(
            r"\s#+\s*(?:\?+|not\s+sure|unsure|maybe|dunno|idk|(?:not|no\s+longer)\s+needed|"
            r"unneeded|obsolete|old|(?:what|which|that'?s\s+what|as)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:ran|run|did|used|typed|executed|applied)|(?:i\s+|we\s+|\w+\s+)?(?:already\s+)?"
            r"(?:ran|executed|applied|did)\b|for\s+(?:the\s+[\w-]+\s+)?(?:tomorrow|later|next\s+"
            r"\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day))",
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
    (
        # Round 17 (a18): someone or something else does, did, will or would make the change —
        # "Sam set LOG_LEVEL=debug at 03:00", "the on-call raised …", "the CronJob restarts
        # worker at 03:00", "Dana plans to scale …", "the DBA might restart postgres", "Sam
        # keeps saying restart worker", "people usually restart worker when …", "the client
        # wants to … themselves" — or the change waits on someone else ("— awaiting their PO",
        # "pending their sign-off", "once they confirm") or is the speaker's by hand ("…
        # myself, don't bother", "i'm on it"). (A party who ASKS it of us is :mod:`.relayed`.)
        "someone else's change (done, doing, meant or habitual) or one waiting on someone else",
        re.compile(
            rf"(?:^|[,;:.(\u2014\u2013]\s*|\s-\s)(?:{_NAME}\s+(?:{_INTENT}\s+(?:{guard.VERBS}|"
            rf"{_DONE})|(?:just\s+|already\s+|also\s+)?{_PAST})|{_ROLE}\s+(?:{_INTENT}\s+"
            rf"(?:{guard.VERBS}|{_DONE})|(?:just\s+|already\s+|also\s+)?{_PAST}|"
            # ("the HPA scales frontend too eagerly, set its max to 5": what a controller does,
            # said as the reason of the order after it.)
            rf"{_DONE}(?![^\n]*[,;.:]\s*(?:{guard.VERBS})\b)))\b"
            r"(?!\s+(?:to|twice|again|overnight|at|on|in|yesterday|last|up|down|itself|\d))|"
            rf"{_PENDING}",
            re.I,
        ),
    ),
    (
        # Round 17 (a18): a change said done, with its result — "just set LOG_LEVEL=debug on
        # my-api, all good 🎉", "raised the payments limit to 512Mi — still failing", "set
        # BATCH_SIZE=20 in orders-config 👍".
        "a report of the change already made, with how it went",
        re.compile(
            r"(?:\ball\s+good\b|\bstill\s+(?:failing|broken|crashing|down|erroring|"
            r"happening|the\s+same|oom\w*)\b|\bdidn'?t\s+(?:help|work|fix)\b|\bno\s+luck\b|"
            # ("kubectl scale … # fyi": a comment that files a pasted command, read by .prose.)
            # (Round 18, a20: after a label too, "Shift handover: restarted payments".)
            r"(?:^|[,;]|(?<!#)\s)fyi|\u2705|\u2714)[\W_]*$|^[\W_]*(?:[^\n]{1,40}?:\s+)?"
            r"(?:raised|bumped|lowered|scaled|restarted|"
            r"rolled\s+back|reverted|patched|bounced|increased|decreased|upped|redeployed)\s+"
            r"(?!by\b)|"
            # ("As per the ticket we put frontend at 5": a report in the team's voice.)
            r"(?:^|[,;:]\s*|(?<!\bcould)(?<!\bcan)(?<!\bshould)(?<!\bshall)(?<!\bwould)"
            r"(?<!\bwill)(?<!\bif)(?<!\bwhen)(?<!\bonce)(?<!\bthen)\s)we\s+(?:just\s+|already\s+)?(?:put(?!\s+(?:it|them)\b)|raised|bumped|lowered|"
            r"scaled|restarted|rolled|reverted|patched|bounced|increased|decreased|upped)\b",
            re.I,
        ),
    ),
    (
        # Round 17 (a18): "scale frontend to up to 5": a ceiling where the count goes (an
        # autoscaler's max?), never exactly that count.
        "a ceiling said where a count goes, not a count",
        re.compile(r"\bto\s+(?:up\s+to|at\s+most|no\s+more\s+than)\s+\d", re.I),
    ),
    (
        # Round 17 (a18): a request no longer standing or not yet agreed on our side — "Per
        # the client's (since withdrawn) request", "our team is still reviewing it".
        "a request withdrawn since, or still under review",
        re.compile(
            rf"\b(?:since|now|later|already)\s+(?:{_ENDED})\b|\b(?:is|are)\s+still\s+"
            r"(?:reviewing|discussing|evaluating|deciding|considering)\b|\bstill\s+under\s+"
            r"(?:review|discussion|evaluation)\b",
            re.I,
        ),
    ),
    (
        # Round 17 (a18): a policy, a plan or a setup described — "As per our SLA, payments
        # must have 3 replicas", "SLA says worker must have 2", "per the capacity plan,
        # payments needs 4 replicas next quarter", "our setup for orders is like …" ("As per
        # our SLA, scale payments to 3" is an order and plans).
        "a policy, a plan or a setup described, not an order",
        re.compile(
            r"\b(?:sla|slo|slas|slos|policy|policies|capacity\s+plan|standards?|guidelines?|"
            r"contract|roadmap|plan)\b[^.\n]*?\b(?:must|needs?|should|requires?|has\s+to|"
            r"have\s+to|is\s+to)\s+(?:have|be\s+at|run|keep|get)?\b[^.;:!?\n]*[.!]?\s*$|"
            r"^[\W_]*(?:our|the|my)\s+(?:setup|architecture|design|topology)\b[^.\n]*?\bis\s+"
            r"(?:like|similar\s+to|basically)\b",
            re.I,
        ),
    ),
    (
        # Round 17 (a18): a paste of several lines whose other lines say what the order-shaped
        # one is — "Sam wrote:\n…", "…\nrejected by CAB", "TODO:\n- …", "…\n^ was this
        # done?", "…\nI disagree."
        "a pasted line whose other lines make it no order",
        re.compile(
            # ("scale orders to 0\n\n...is what broke it last time": the order is quoted.)
            r"\n[\W_]*(?:is|was)\s+what\s+(?:broke|caused|killed|started|triggered)\b|"
            r"^[\W_]*[\w@-]+(?:\s+[\w-]+)?\s+(?:wrote|said|posted|asked|commented|replied|"
            r"suggested)\s*:?\s*\n|"
            rf"\n[\W_]*(?:{_ENDED}|not\s+approved|blocked|on\s+hold)\b|"
            r"^[\W_]*(?:todo|to-?do|tasks?|checklist|backlog|ideas?|options?|open\s+items?)"
            r"\s*:?\s*\n|"
            r"\n\s*\^|\n[\W_]*(?:i\s+)?(?:disagree|object|don'?t\s+agree|-1)\b",
            re.I,
        ),
    ),
)
# A delete whose premise says the object is in use ("worker is still used by my-api, delete it").
_IN_USE = re.compile(
    r"\b(?:is|are)\s+(?:still|currently|actively|also)\s+(?:used|needed|required|in\s+use|"
    r"serving|referenced|called)\b|\b(?:is|are)\s+(?:used|needed|required|relied\s+on|"
    r"referenced|called|consumed)\s+by\b|\b(?:depends?|relies?)\s+on\s+(?:it|them)\b|"
    # Round 32 (gap35b): said of who uses it, "the cache deployment we still use".
    r"\b(?:we|they|i|users?|customers?|people)\s+(?:still|currently|actively)\s+(?:use|need|rely)\b",
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
    rf"\b{timewords.PAST_EVENT}\b"
    # (round 18: a participle naming a thing — "the postgres started task", "the stopped pods" —
    # tells no event: the time after it is still the order's)
    r"(?!\s+(?:tasks?|jobs?|pods?|containers?|instances?|replicas?|process(?:es)?|workloads?|"
    r"services?|nodes?|batch(?:es)?)\b)" + _EVENT_TAIL,
    re.I,
)
_COMING_EVENT = re.compile(
    # ("results go live at 08:00": the plural's verb too, round 27.)
    r"\b(?:peaks|starts|begins|opens|kicks\s+off|launches|spikes|go(?:es)?\s+live|will\s+be\s+\w+|"
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


# The change said to run now, after an event to come ("derby kicks off at 20:00 — take my-api
# to 6 now"): the event's time is context, the plan runs when approved. Never "not now", "until
# now", "by now" or "an hour from now" (a time of its own).
_NOW = re.compile(
    r"(?<!\bnot\s)(?<!\buntil\s)(?<!\bby\s)(?<!\bn't\s)\b(?:right\s+)?now\b(?!\s*[?])"
    r"(?!\s+(?:on|onwards)\b)|\b(?:immediately|asap|right\s+away|straight\s+away)\b",
    re.I,
)
_FROM_NOW = re.compile(r"\bfrom\s+now\b", re.I)


def _now_said(rest: str) -> bool:
    """Whether the words after an event's time order the change now."""
    return bool(_NOW.search(rest)) and not _FROM_NOW.search(rest)


def coming_event_now(said: str, start: int, end: int) -> bool:
    """Whether the time at ``said[start:end]`` dates an event to come (the words before it in
    its clause) while the change is said to run now (the words after it): "derby kicks off at
    20:00 — take my-api to 6 now" runs when approved, the kick-off is context."""
    cuts = [m.end() for m in _CLAUSE_END.finditer(said, 0, start)]
    before = said[cuts[-1] if cuts else 0 : start]
    return (
        not _PAST_EVENT.search(before)
        and bool(_COMING_EVENT.search(before))
        and _now_said(said[end:])
    )


def _fix_of_order(said: str) -> bool:
    """Whether every release word in ``said`` is a fix ("fixes the …") said of the version a
    short order asks first ("payments to 3.0.1 (fixes the rounding)"): the reason to deploy."""
    released = [m.group(0) for m in _RELEASED.finditer(said)]
    return all(_FIX.match(r) for r in released) and bool(_SHORT_ORDER.match(said))


def _said_again(phrase: str, awaits: str) -> bool:
    """Whether the clock time of ``phrase`` is in another awaited phrase too ("the campaign
    ends at midnight. After midnight take frontend down to 2"): the plan's own moment."""
    others = [p for p in awaits.split("; ") if p and p != phrase]
    clocks = rx(timewords.CLOCK, re.I).findall(phrase)
    return any(c.lower() in o.lower() for c in clocks for o in others)


# Round 24: a surge that starts ("the campaign starts tomorrow morning", "bills go out Monday")
# beside a scale: the capacity is for it, so the scale is planned with the event's day in its
# awaits (shown to the approver, who approves it ahead of the surge). Only a day, a part of one
# or a date: a clock time ("the campaign starts at 20:00") may mean at it, and is asked.
_SURGE_STARTS = re.compile(
    r"\b(?:starts?|begins?|opens?|kicks?\s+off|launch(?:es)?|goes\s+live|go(?:es)?\s+on\s+sale|"
    r"go(?:es)?\s+out|drops?)"
    # (Round 44, blind47: and where it happens, a place's name said between, "Folkemødet starts
    # in Allinge tomorrow; scale the API (my-api) to six".)
    r"(?:\s+in\s+(?-i:[A-Z\u00c0-\u00de][\w'-]*)(?:\s+(?-i:[A-Z\u00c0-\u00de][\w'-]*))?)?\s*$",
    re.I,
)


def _ahead_of_surge(before: str, phrase: str, result: PlanResult) -> bool:
    """Whether the awaited ``phrase`` dates a surge that starts (the words ``before`` it) beside
    a plan of scales only, said without a clock time (see above)."""
    return (
        bool(result.operations)
        and all(op.kind == "scale" for op in result.operations)
        and bool(_SURGE_STARTS.search(before))
        and not rx(timewords.CLOCK, re.I).search(phrase)
        and not rx(r"\bo'?clock\b|\b\d{1,2}\s*h(?:rs?)?\b", re.I).search(phrase)
    )


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
            if _now_said(said[at + len(phrase) :]):
                dropped.append(phrase)  # "sale at 18:00, scale it now": the event is context
                continue
            if _ahead_of_surge(before, phrase, result):
                continue  # "make it 5 pods, campaign starts tomorrow morning": kept, awaited
            return dropped, f"{before.strip()} {phrase}"
        elif (
            rx(r"\s*(?:and\s+|but\s+|then\s+)?[\w-]+\s*").fullmatch(before)
            and said[: at - len(before)].strip(" ,;")
            and rx(rf"(?<!\w){re.escape(before.strip().split()[-1])}(?!\w)").search(summaries)
        ):
            # "only frontend may reach postgres, worker later": the time of one part only.
            return dropped, f"{before.strip()} {phrase}"
    return dropped, None


# Round 32 (gap35b): "k delete svc/payments  # old lb for contractor payments": "old" or
# "obsolete" before a noun says what the object deleted is, the reason to delete it.
_OLD_THING = re.compile(
    r"\s#+\s*(?:old|obsolete)[ \t]+(?!(?:one|command|cmd|run|step)\b)[a-z]", re.I
)


def _old_thing_deleted(m: re.Match[str], said: str, result: PlanResult) -> bool:
    """Whether the withholding comment ``m`` is an old thing's description, in a delete."""
    return (
        _OLD_THING.match(said, m.start()) is not None
        and bool(result.operations)
        and all(op.kind == "delete" for op in result.operations)
    )


# Round 42 (blind45): "restart the parc DB (postgres), Erwan changed shared_buffers": a setting
# another changed, told after the speaker's own restart, is why the restart is wanted (a
# process reads its settings when it starts) — never a report of the change asked for. Only
# the verbs of a setting's value: "…, Sam restarted it" or "…, Bob scaled it" still ask.
_SETTING_CHANGED = re.compile(
    r"\b(?:changed|updated|set|raised|lowered|bumped|increased|decreased|patched|edited|"
    r"tuned|tweaked|modified)\b",
    re.I,
)
_RESTART_FIRST = re.compile(
    r"^\W*(?:(?:please|pls|plz|kindly|now|ok|so)\W+)*(?:restart|bounce|recycle|"
    r"rollout\s+restart|do\s+a\s+(?:rolling\s+|rollout\s+)?restart\s+of)\b",
    re.I,
)

_RESTART_AFTER = re.compile(
    r"[,;.:!]\s*(?:(?:so|then|now|pls|please|plz|and)\s+)*(?:restart|bounce|recycle|"
    r"rollout\s+restart)\b",
    re.I,
)


def _reason_for_restart(m: re.Match[str], said: str, result: PlanResult) -> bool:
    """Whether the report ``m`` of another's change is a setting changed, told after a restart
    the speaker asks for first (:data:`_SETTING_CHANGED`)."""
    return (
        bool(result.operations)
        and all(op.kind == "rollout_restart" for op in result.operations)
        and _SETTING_CHANGED.search(m.group(0)) is not None
        and (
            (m.start() > 0 and _RESTART_FIRST.search(said[: m.start()]) is not None)
            # ("Sam changed LOG_LEVEL, restart my-api": the report first, the order after it.)
            or _RESTART_AFTER.search(said, m.end()) is not None
        )
    )


def _framed(said: str, result: PlanResult) -> str | None:
    """What frames the order-shaped words as no order (the table above), or None."""
    for what, pattern in _FRAMES:
        if (m := pattern.search(said)) and not _old_thing_deleted(m, said, result):
            if what.startswith("someone else's change") and _reason_for_restart(m, said, result):
                continue
            return f"{what}: {m.group(0).strip(' :;,-')!r}"
    if recorded := _recorded(said):
        return recorded
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


# Round 35 (a40b, attack39): a review that says several labelled parts, some the writer's own
# order ("nit: …", "blocking: …", "suggestion: …") and some no order (a question, a thought,
# praise, another's label, "just a suggestion"): "nit: restart worker. question: should we also
# restart payments?", "question: restart worker? blocking: scale payments to 4", "nit: restart
# worker (bob's suggestion: restart payments)". Each part starts at its label (at the start, after
# a sentence's end, a comma or an opening bracket); the parts that are no order are dropped when
# each names a workload and none the orders name (else the whole is read as said, and asked).
_PART_HEAD = re.compile(
    r"(?:^[\W_]*|(?<=[.?!;,])\s+|\s*\(\s*)(?P<head>(?P<just>(?:just\s+)?an?\s+)?"
    r"(?P<whose>[\w-]+(?:'s|s'|\u2019s)\s+)?"
    rf"(?P<label>{_REVIEW_LABEL})(?:\s*\([^)\n]{{0,30}}\))?\s*:)",
    re.I,
)
_OWN_ORDER_LABEL = re.compile(
    r"(?:nit(?:pick)?s?|suggestions?|issues?|minor|major|blocking|non-?blocking|todo|chore)", re.I
)
_NO_ORDER_LABEL = re.compile(r"(?:questions?|thoughts?|praise)", re.I)


def review_parts(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` less the labelled parts of a review that are no order (see above), or ``text``."""
    if text.count(":") < 2:
        return text
    heads = list(_PART_HEAD.finditer(text))
    if len(heads) < 2 or heads[0].start() != 0:
        return text
    kept: list[str] = []
    left: list[str] = []
    for i, m in enumerate(heads):
        part = text[m.start("head") : heads[i + 1].start() if i + 1 < len(heads) else len(text)]
        label = m["label"]
        if m["just"] or m["whose"] or _NO_ORDER_LABEL.fullmatch(label):
            left.append(part)
        elif _OWN_ORDER_LABEL.fullmatch(label):
            kept.append(part.strip().rstrip(",;").strip())
        else:
            return text  # ("note: …", "comment: …": whose or what it is, unread here)
    if not kept or not left:
        return text
    said = rx(r"[a-z0-9][\w.\-]*[a-z0-9]|[a-z]", re.I)
    workloads = names()
    mine = {w.lower() for part in kept for w in said.findall(part)} & workloads
    for part in left:
        theirs = {w.lower() for w in said.findall(part)} & workloads
        if not theirs or theirs & mine:
            # ("suggestion: restart worker. bob's nit: don't restart worker", "nit: restart
            # worker. question: should we wait for the freeze?": it speaks of the order.)
            return text
    return " ".join(kept)


# Round 35 (a40b, attack39): a refusal, or a relayed request declined or no longer needed, said
# first as a sentence of its own, and the writer's own order after it on its own naming another
# workload: "I'd rather we didn't restart worker; restart payments", "bob asked to restart
# worker, which I declined. Restart payments instead", "restart worker for alice; they no
# longer need it. scale payments to 4 though" — the order alone ("instead" said of the one
# declined). The order that names the declined one is read whole, and asked.
_DECLINED_FIRST = re.compile(
    r"\W*(?:i'?d|we'?d|i\s+would|we\s+would)\s+(?:rather|sooner|prefer)\s+(?:(?:that\s+)?(?:we|"
    r"you)\s+)?(?:didn'?t|did\s+not|not|don'?t|do\s+not|wouldn'?t)\s[^.;?!\n]+|"
    r"[^.;?!\n]*\b(?:asked|requested|wanted)\b[^.;?!\n]*?,?\s+which\s+(?:i|we)\s+(?:(?:have|had)\s+)?"
    r"(?:declined|rejected|refused|turned\s+down|said\s+no\s+to)|"
    r"[^.;?!\n]*\bfor\s+(?:the\s+)?@?[\w.\-]+(?:\s+team)?\s*[,;]\s*(?:but\s+)?(?:they|he|she)\s+"
    r"(?:no\s+longer|don'?t|doesn'?t|do\s+not|does\s+not)\s+need\s+(?:it|this|that)"
    r"(?:\s+any\s*more)?",
    re.I,
)
_DECLINED_SAID = ("rather", "sooner", "prefer", "which i", "which we", "need it")
_ORDER_ALONE = re.compile(rf"\W*(?:(?:please|pls|just|also|so)\s+)*(?:{guard.VERBS})\b", re.I)


def after_declined(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` less a refusal or a declined relay said first (see above), or ``text``."""
    low = text.lower()
    if not any(w in low for w in _DECLINED_SAID):
        return text
    for m in rx(r"[.;!]\s+").finditer(text):
        head, rest = text[: m.start()], text[m.end() :].strip()
        if not _DECLINED_FIRST.fullmatch(head) or not _ORDER_ALONE.match(rest):
            continue
        said = rx(r"[a-z0-9][\w.\-]*[a-z0-9]|[a-z]", re.I)
        workloads = names()
        theirs = {w.lower() for w in said.findall(head)} & workloads
        mine = {w.lower() for w in said.findall(rest)} & workloads
        if not mine or not theirs or mine & theirs:
            return text
        return rx(r"\s*,?\s+instead(?=[\s.!]*$)", re.I).sub("", rest)
    return text


def _sentences(said: str) -> list[str]:
    return [s.strip() for s in rx(r"(?<=[.!?])\s+|\n+").split(said) if s.strip()]


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
            m := rx(
                rf"\b{_STOP}\s+(?:the\s+|all\s+the\s+|all\s+|any\s+)?(?:{verbs})\b(?!\s+from\b)",
                re.I,
            ).search(said)
        ):
            return f"a prohibition: {m.group(0).strip()!r}"
    sentences = _sentences(said)
    for sentence in sentences:
        low = sentence.lower()
        if not any(name in low for name in names):
            continue
        forbids = "|".join(_FORBIDS.format(name=re.escape(name)) for name in names if name in low)
        if forbids and (m := rx(forbids, re.I).search(sentence)):
            return f"a note that forbids it: {m.group(0).strip()!r}"
        if (m := _ALREADY.search(sentence)) and _same_value(sentence, summaries):
            return f"the change said to be done already: {m.group(0).strip()!r}"
    if (
        "set_image" in kinds
        and (m := _RELEASED.search(said))
        and not _ASKS_IMAGE.search(_RELEASED.sub(" ", said))
        and not statements.PARTICLE_ORDER.search(said)
        and not _fix_of_order(said)
    ):
        return f"a release announced, not a request to deploy it: {m.group(0).strip()!r}"
    # One clause alone: "worker has no readiness probe" (not "…, cap it at 1 GB").
    if (
        (m := _FINDING.search(said))
        and not _ASKS.search(said)
        and "?" not in said
        and len(sentences) == 1
        and not rx(r"[,;:\u2014]|\s-\s").search(said)
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
    values = rx(r"(?<![\w.])v?\d+(?:\.\d+)*(?![\w]|\.\d)", re.I).findall(sentence)
    return any(rx(rf"(?<![\w.]){re.escape(v)}(?![\w]|\.\d)").search(summaries) for v in values)


def _unwaited(said: str, result: PlanResult) -> PlanResult:
    """``result`` without the waits that date a past event ("restart payments (alert fired at
    03:00)": it runs when approved, not at the next 03:00) or an event to come beside a change
    said to run now."""
    dropped, _ = _event_times(said, result)
    if not dropped:
        return result
    kept = [p for p in (result.awaits or "").split("; ") if p and p not in dropped]
    awaits = "; ".join(kept) or None
    analysis = result.analysis.replace(waits.analysis(result.awaits or ""), "").strip()
    if awaits:
        analysis = f"{analysis} {waits.analysis(awaits)}".strip()
    said_of = ", ".join(repr(p) for p in dropped)
    analysis = f"{analysis} I read {said_of} as when something happens, not when to run.".strip()
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
