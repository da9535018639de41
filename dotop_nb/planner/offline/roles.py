"""The role of each clause of a message, where speech.py does not read it: only requests act.

Rule: every clause of a message has one role — a request, a report (the past, a status, a
symptom), a question, an opinion or advice, a correction, or a remark (a comment, a marker, a
message for someone else). Only request clauses are planned. A clause in any other role that
names a change (a verb or noun of change, or a workload) must never add that change, so the
message is asked back, naming the clause and its role. Asking is the safe reading: the planner
does not yet plan the rest of a message around a clause it sets aside.

speech.py decides the mood of whole sentences (questions, reports, verdicts, retractions);
this module reads the markers people put *around* a request that change its role:

- a **status** said of the act ("frontend restart cancelled", "delete worker (on hold)",
  "[DONE] restart frontend", "Status: In progress", "- [x] restart frontend", "✓");
- a **question tag** after it ("…, should I?", "…: y/n", "…, would that help?", "…??");
- a **report**, the act past or a symptom ("payments restarted 4 times", "restarting frontend
  didn't help", "14:00 scaled payments to 4", "payments already has monitoring");
- an **opinion, advice or habit** ("I'd restart …", "you could …", "normally we'd …", "it
  might be worth …", "delete worker I guess", "in an ideal world …", "idea: …");
- another **actor** or time ("bob is restarting …", "I'll handle the … restart", "remind me
  to …", "ask bob to …", "… can wait", "… is tracked in OPS-9");
- a **correction** ("3.1.1 er 3.1.0", "(meant 3.0.1)", "scratch payments", "edit: …");
- a **remark** that disables the text ("# kubectl …", "// …", "~~…~~", "❌ …", "/s",
  "said no one ever", "this is a test", a how-to: "give me the command to …").
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import asides, guard, results, statements, voices
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.rx import rx

# A word of change: the act a non-request clause may name.
_ACT = re.compile(
    r"\b(?:restart\w*|reboot\w*|recycl\w+|bounc\w+|scal(?:e|es|ed|ing)|replicas?|delet\w+|remov\w+|drop\w*|"
    r"updat\w+|upgrad\w+|downgrad\w+|deploy\w*|redeploy\w*|roll\w*|revert\w*|undo\w*|"
    r"add\w*|set|setting|raise\w*|rais\w+|lower\w*|bump\w*|patch\w*|pdb|probe|monitoring|hpa|"
    r"autoscal\w+|limit|image|version|nuk\w+|kill\w*|drain\w*|purg\w+|wip\w+|qos|guaranteed|"
    r"v?\d+(?:\.\d+)+)\b",
    re.I,
)
_STATUS_WORD = (
    r"(?:cancell?ed|skipped|unnecessary|not\s+needed|no\s+longer\s+needed|no\s+action\s+needed|"
    r"postponed|deferred|rejected|declined|denied|blocked|on\s+hold|paused|in\s+progress|"
    r"ongoing|underway|wip|done|completed?|finished|resolved|closed|duplicate|won'?t\s*fix|"
    r"obsolete|superseded|abandoned|shelved|parked)"
)
_ACT_NOUN = (
    r"(?:restart|rollout|rollback|roll-?back|upgrade|update|deletion|removal|deploy|"
    r"scale(?:-?(?:up|down))?|scaling|change|bump)"
)


def _hashtag(words: str) -> str:
    """``words`` as a hashtag writes them: "#onhold", "#on_hold", "#on-hold" for "on hold"; a
    tag labels its message as a bracket does ("restart payments #hold" is "… [hold]")."""
    joined = words.replace(r"\s+", "[-_]?")
    return rf"(?<![\w&/#])#[-_]?(?:{joined})(?![\w\-])"


_STATUS_TAG = _hashtag(_STATUS_WORD + r"|hold(?:\s+off)?")
# Message level: a status said of the act in brackets or as a hashtag, after a dash, as a
# ticket's label or status line, a ticked box, a tick or a cross after the act, a move of the act
# to another day.
# Round 32 (a36b): a word that takes the order back, said only in brackets after it ("… [nvm]",
# "(nevermind)", "[dropped]", "[revoked]", "[void]", "[rescinded]", "[struck]", "(scratch)",
# "[scrapped]"): bare, these are words of the sentence ("drop the cache", "void the token").
_STRUCK_WORD = (
    r"(?:nvm|never\s*mind|dropped|revoked|void(?:ed)?|rescinded|retracted|withdrawn|struck"
    r"(?:\s+(?:out|through))?|scratch(?:ed)?|scrapped|nixed|ditched|binned|belay(?:ed)?|"
    r"no\s+need|not\s+now|hold\s+off|scratch\s+that|ignore(?:\s+(?:this|that))?)"
)
_STATUS = re.compile(
    rf"[\[(]\s*(?:{_STATUS_WORD}|{_STRUCK_WORD})\s*[\])]|{_STATUS_TAG}|"
    rf"^\s*{_STATUS_WORD}\s*:|"
    rf"\s[-\u2013\u2014]+\s*{_STATUS_WORD}\b|\s?\u2014\s*{_STATUS_WORD}\b|"
    r"^\s*(?:status|state)\s*:\s*(?!open\b|new\b|to\s*do\b|todo\b|ready\b|"
    r"approved\b)\S|"
    # (Round 18, a20: a go-ahead label before an order gives the order:
    # "Resolution: scale my-api to 4"; "Resolution: won't fix" is a status.)
    rf"^\s*resolution\s*:\s*(?!(?:{guard.VERBS}|roll|bounce)\b)\S|^\s*(?:[-*]\s*)?\[[xX\u2713\u2714]\]|"
    r"[\u2713\u2714\u274c\u2716\u2718\u2717]\s*$|\[[xX\u2713\u2714]\]\s*$|"
    rf"\b{_ACT_NOUN}\s+(?:was\s+|is\s+|has\s+been\s+)?(?:moved|scheduled|planned|pushed)\s+"
    r"(?:to|for|back)\b|"
    # "frontend restart friday": the act named, then a bare day (no "on" to wait for).
    rf"\b{_ACT_NOUN}\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*$",
    re.I | re.M,
)
# Clause level: the act named as a noun or gerund, then its status ("frontend restart
# cancelled", "payments scaling to 4 done"), with no "once"/"after" that makes it a condition.
_STATUS_AFTER = re.compile(
    rf"^(?!.*\b(?:once|when|after|until|till|before|if|unless|as\s+soon\s+as)\b)"
    rf".*\b(?:{_ACT_NOUN}|\w+ing)(?:\s+(?:to|of)\s+[\w.\-]+)?\s+"
    rf"(?:(?:is|was|has\s+been|got)\s+)?{_STATUS_WORD}"
    r"(?:\s+(?:to|for|on|until|till|by|pending)\b.*)?\W*$",
    re.I,
)
# A marker that the request is not final yet: a draft, work in progress, for later, pending a
# review ("[draft] scale orders to 5", "WIP: …", "for later: …", "… (pending approval)", "…
# — needs review", "this is just a draft"). Bare "later" only in brackets or as a label: "restart
# payments later" is a time the plan waits on.
_NOT_FINAL_WORD = (
    r"(?:drafts?|wip|work\s+in\s+progress|rfc|tbd|tbc|dnm|do\s+not\s+merge|not\s+final|"
    r"not\s+yet|for\s+later|someday|backlog|unreviewed|untested|unapproved|icebox(?:ed)?|"
    r"(?:under|in)\s+review|(?:approval|review|sign-?off)\s+(?:pending|needed|required)|"
    r"needs?\s+discussion|unsure|(?:too\s+|high\s+|very\s+)?risky|high\s+risk|"
    r"owner\s+unknown|blocked(?:\s+(?:by|on)\s+[\w\s\-]+)?|"
    # Round 28 (a31rest): "(depends on OPS-12)", "(after freeze)": a hold on another ticket or
    # on a freeze ending, beside the change in brackets.
    r"(?:depends|dependent|dependant|contingent)\s+(?:up)?on\s+[\w\s\-#]+|"
    r"not\s+(?:yet\s+)?approved(?:\s+yet)?|(?:pending|awaiting|needs?|for)\s+(?:review|"
    r"approval|sign-?off|confirmation|discussion|go-?ahead)|to\s+(?:be\s+)?(?:discuss|"
    r"review|confirm)(?:ed)?|proposal|proposed|example|sample)"
)
# A label that files the request as a note, a plan for later or a fallback ("note to self:",
# "roadmap:", "worst case: …", "fallback: …"), not as an order for now.
_NOTE_LABEL = (
    r"(?:note\s+to\s+self|memo|long[- ]term|future(?:\s+work)?|roadmap|backlog\s+item|"
    r"nice[- ]to[- ]have|wish\s*list|worst[- ]case|fallback|plan\s+b|contingency|last\s+resort|"
    r"if\s+all\s+else\s+fails|break[- ]glass|(?:pending|awaiting)\s+[\w\-]+|"
    r"lessons?\s+learned|takeaways?|(?:stretch\s+)?goals?|worth\s+a\s+(?:try|shot)|"
    # Round 25 (reports): a sprint's or a quarter's goal, an OKR.
    r"(?:sprint|quarter(?:ly)?|team|q[1-4])\s+(?:goals?|objectives?)|okrs?|"
    r"thinking\s+(?:out\s+)?loud|unpopular\s+opinion|hot\s+take|dnm|your\s+call|up\s+to\s+you|"
    r"use\s+your\s+(?:judge?ment|discretion)|at\s+your\s+discretion)"
)
_NOT_FINAL = re.compile(
    rf"[\[(]\s*(?:{_NOT_FINAL_WORD}|later|pending|idea|e\.?g\.?|for\s+example|(?:just\s+)?an?\s+"
    r"(?:example|guess|idea)|dummy(?:\s+values?)?|placeholder|testing|test|guess|hypothetical|"
    r"made[- ]up|fake)\s*[\])]|"
    + _hashtag(rf"{_NOT_FINAL_WORD}|later|pending|idea|placeholder|hypothetical")
    + r"|"
    rf"^\W*(?:{_NOT_FINAL_WORD}|later|pending|{_NOTE_LABEL})\s*(?::|\s[-\u2014\u2013]+\s)|"
    rf"(?:[,:]|\s[-\u2014\u2013]+)\s*(?:{_NOT_FINAL_WORD}|{_STATUS_WORD}|"
    # Round 25 (reports): "restart payments: pending", "…: waiting on alice" (a hold on a person).
    r"pending|(?:waiting|waits)\s+(?:on|for)\s+@?[\w.\-]+(?:\s+[\w.\-]+)?)\W*$|"
    # "delete worker\napproval: pending": the ticket's approval field says it is not given.
    r"^\s*(?:approval|review|reviewed|cab)\s*:\s*"
    r"(?!yes\b|approved\b|done\b|granted\b|ok\b|given\b|\u2705)\S|"
    # (Round 18, a20: a go-ahead field before an order gives it: "Approved: scale my-api to 4".)
    r"^\s*(?:approved|sign-?off|signed\s+off|go-?ahead)\s*:\s*"
    rf"(?!(?:{guard.VERBS}|roll|bounce)\b)"
    r"(?!yes\b|approved\b|done\b|granted\b|ok\b|given\b|\u2705)\S|"
    r"(?:^\W*|\b(?:this\s+is|it'?s|still)\s+)(?:just\s+|only\s+|a\s+)*(?:draft|wip|dnm|rough\s+idea|"
    r"proposal|work\s+in\s+progress)(?![\w\-])|\bdraft\s+only\b|"
    r"\b(?:don'?t|do\s+not)\s+(?:run|apply|execute|do)\s+(?:this\s+|it\s+|that\s+)?yet\b",
    re.I | re.M,
)
# A check still to be made before the change, or a review asked instead of the change: "delete
# worker, let me check with bob first", "(checking with the DBA first)", "will confirm with
# bob", "bob to confirm", "— please review", "pending bob", "DBA approval needed". A condition
# the plan can wait on ("once the DBA approves") is no check said here: it is awaited.
_CHECK_FIRST = re.compile(
    r"\b(?:check(?:ing)?|confirm(?:ing)?|verify(?:ing)?|double[- ]check(?:ing)?|clear(?:ing)?|"
    r"sync(?:ing)?|talk(?:ing)?|run(?:ning)?\s+(?:it|this|that)\s+by)\s+"
    r"(?:(?:with|w/|by)\s*)?(?:[\w\-]+\s+){0,2}?first\b|"
    r"\b(?:will|'ll|to|must|needs?\s+to|has\s+to|have\s+to)\s+(?:confirm|check|verify)\s+with\b|"
    r"\b[\w\-]+\s+to\s+(?:confirm|approve|sign\s+off|ok\s+it|review)\W*$|"
    r"\bplease\s+review\W*$|[,\s]for\s+(?:review|approval|sign-?off)\W*$|"
    r"\b(?:approval|sign-?off|go-?ahead|ok)\s+(?:needed|required|pending|missing)\b|"
    r"(?:,|\s[-\u2014\u2013]+)\s*(?:pending|awaiting)\s+[\w\-]+(?:'s\s+\w+)?\W*$",
    re.I | re.M,
)
# A question tag after the act, a yes/no poll, a doubled or startled question mark at the end.
_TAG = re.compile(
    r"[,:\u2014\u2013-]\s*(?:(?:should|shall|can|may)\s+(?:i|we)|agreed?|right|correct|"
    r"ok(?:ay)?|fine|yes|no|good\s+idea|worth\s+it|makes?\s+sense|sounds?\s+good|"
    r"(?:would|will|could|does|did|is|was)\s+(?:that|this|it)\s+\w+(?:\s+\w+)?|"
    r"(?:i\s+think|i\s+guess))\s*\?+\s*$|"
    r"\by\s*/\s*n\b|\[\s*y\s*/\s*n\s*\]|\(\s*\?\s*\)|\?\s*[?!]+\s*$|!\s*\?+\s*$|"
    r"^\s*(?:can|may|should|shall)\s+i\b(?!\s+(?:get|have|please)\b)"
    # Round 32 (gap35c): "May I ask for a liveness probe on …?": a request of the reader (never
    # "may I ask for advice / your opinion …").
    r"(?!\s+(?:ask|request)\s+for\s+(?!(?:advice|help|an?\s+opinion|your|some|guidance|"
    r"clarification|a\s+review|confirmation|feedback|input|a\s+second)\b))|\bpoll\s*:|\U0001f44d\s*/\s*\U0001f44e",
    re.I,
)
# A question tag said after the order, its own way ("…, yeah?", "…, innit", "…\nok?", "… — sound
# good?", "…, you think?"): read after speech.py's own readings (round 10).
_TAG_LATE = re.compile(
    r"[,:\u2014\u2013\n-]\s*(?:(?:do)\s+(?:i|we)|sounds?\s+(?:ok(?:ay)?|right|fine)|"
    r"yeah|yea|yep|ya|eh|huh|innit|isn'?t\s+it|alright|cool|good|k|or|or\s+(?:not|no)|"
    r"yes\s+or\s+no|(?:you|u)\s+think|think\s+so|wdyt|"
    r"ok\s+with\s+(?:you|u|that)|don'?t\s+you\s+think|(?:is|isn'?t)\s+that\s+(?:right|so|ok)|"
    r"ok(?:ay)?|right|no)\s*\?+\s*$|"
    # (Round 39, gap42a: a closing "yeah" with no question mark is the speaker's own emphasis,
    # as Cajun and Australian English say it — "put worker on three pods, yeah": the order.)
    r"[,\u2014\u2013-]\s*(?:innit|right|eh)\W*$",
    re.I,
)
# A correction or an edit of what was said: "3.1.1 er 3.1.0", "(meant 3.0.1)", "scratch
# payments", "edit: only orders", "update: no longer needed".
_CORRECTION = re.compile(
    r"\b(?:er|erm|uh|um)\s+v?\d|\(\s*(?:i\s+)?meant\b|\bscratch\s+(?:that|\w+)|"
    # (a postscript with or without its colon: "PS:", "P.S.", "P.P.S.", "p.s")
    r"(?:^|[.;,]\s)\W*(?:(?:edit|upd|update|correction|p?ps)\s*:|p\.\s?(?:p\.\s?)?s\b\.?:?)",
    re.I | re.M,
)
# A remark that disables or mocks the text: a commented-out command, a crossing-out, a
# sarcasm marker, a test message, a how-to, a message quoted, a post-mortem or changelog, a
# question about the past, a negation of the need.
_REMARK = re.compile(
    r"^\s*(?:#\s*(?:kubectl|k|oc|helm)\b|"
    # "# scale frontend to 5": an order commented out as in a shell script or YAML file.
    r"#+\s*(?:scale|restart|rollout|roll\s+back|rollback|delete|remove|update|upgrade|"
    r"downgrade|bump|set|patch|drain|cordon|bounce|raise|lower|increase|decrease|deploy|"
    r"add|apply|revert)\s+(?!(?:request|plan|checklist|notes?|log|runbook)\b)|//|/\*|rem\s|\u274c|\U0001f6ab|\u2717|\u2718|\u2716|"
    r"\u26d4|\U0001f44e|\u23f3)|~~|\s/s\W*$|\bsaid\s+no\s+one\s+ever\b|\byeah\s+right\b|"
    r"\bsaid\s+no\s+(?:\w+\s+)?ever\b|\bwhat\s+could\s+(?:possibly\s+)?go\s+wrong\b|"
    r"\bbecause\s+who\s+needs\b|\bas\s+if\s+(?:that|it|this)\s+(?:ever|would)\b|"
    r"\blike\s+(?:that|it|this)\s+ever\b|\bbecause\s+that\s+worked\s+so\s+well\b|"
    r"\b(?:brilliant|genius|great|wonderful|fantastic)\s+idea\W*$|"
    r"^\W*what\s+a\s+(?:great|brilliant|genius|wonderful|fantastic)\s+idea\b|"
    r"[\U0001f602\U0001f643\U0001f923\U0001f61c\U0001f60f\U0001f644]|\s:-?[pP]\W*$|"
    r"\bthis\s+is\s+(?:just\s+)?a\s+test\b|\btest\s+message\b|"
    r"\bwalk\s+me\s+through\b|\b(?:what'?s|what\s+is|give\s+me|show\s+me|print|write\s+me|"
    r"send\s+me|paste)\s+(?:the\s+|a\s+)?(?:kubectl\s+)?(?:command|cmd|yaml|manifest|snippet|"
    r"one-?liner|syntax)\b|"
    r"\b(?:says|said|reads|shows|printed|logged)\s*:?\s*[\"\u201c](?:restart|scale|delete|remove|"
    r"roll|update|upgrade|bump|add|set)\b|"
    r"^\W*(?:post-?mortem|incident\s+report|timeline|changelog|retro)\b|"
    r"^\W*(?:yesterday'?s|last\s+\w+'?s|previous|earlier)\s+(?:change|fix|action|step)s?\s*:|"
    r"\bremember\s+when\b|^\W*why\s+(?:was|were|did|has|have)\b|"
    rf"\bthere'?s\s+no\s+reason\s+to\b|\bhold\s+off\b|\bhold\s+the\s+{_ACT_NOUN}|"
    # Round 34 (a38a, attack38): a polite refusal, "would you mind if we held off restarting
    # worker?", "would you mind holding off on …", "… if we skipped the worker restart?", "I'd
    # rather we didn't restart worker", "I'd prefer not to …" ("would you mind restarting
    # worker?" asks for it: an order).
    r"\bwould\s+you\s+mind\s+(?:if\s+(?:we|i)\s+(?:just\s+)?(?:held\s+off|skipped|didn'?t|"
    r"did\s+not|postponed|delayed|waited|left)|(?:not|holding\s+off|skipping|postponing|"
    r"delaying|waiting)\b)|"
    # (Round 35, a40b, attack39: "I'd sooner we didn't …".)
    r"\b(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:rather|prefer|sooner)\s+(?:(?:that\s+)?(?:we|"
    r"you|they|nobody|no\s+one)\s+)?(?:didn'?t|did\s+not|not|don'?t|do\s+not|wouldn'?t|"
    r"held\s+off|hold\s+off|skipped|skip|waited|wait|left)\b|"
    r"\b(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+need\s+(?:a\s+|to\s+be\s+)?\w+ing\b",
    re.I | re.M,
)
# "payments already has monitoring", said alone: how things are (beside a request, the
# clause lends no value: statements.py).
_STATE = re.compile(r"\A\W*[\w\-]+\s+already\s+(?:has|have|had|got|runs|uses)\b[^,;\n]*\Z", re.I)
_MESSAGE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a status said of the change (done, cancelled, on hold, in progress …)", _STATUS),
    ("a question or a poll about the change, not an order", _TAG),
    ("a correction or an edit of what was said", _CORRECTION),
    ("a remark that disables, mocks, quotes or asks about the change", _REMARK),
    ("a report of how things are", _STATE),
)
# Round 10's readings, tried after speech.py's (which name the same messages their own way).
_MESSAGE_LATE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a marker that the request is not final (a draft, for later, pending review …)", _NOT_FINAL),
    ("a check or a review still to be made before the change", _CHECK_FIRST),
    ("a question or a poll about the change, not an order", _TAG_LATE),
)

# Clause level (the clause must name a workload and a change): a hedge closing the request.
_HEDGE = re.compile(
    r"\b(?:i\s+guess|i\s+think|i\s+suppose|i\s+believe|possibly|probably|i\s+reckon)\W*$", re.I
)
# Advice, a habit or a hypothetical: what one could or usually does ("I'd …" is a request in
# the corpus: "I'd relax it so one pod can be evicted").
_OPINION = re.compile(
    # (Round 35, a40b, attack39: after a review's own label too, "suggestion: you could …".)
    r"^\W*(?:(?:fyi|btw|and|but|so|also|honestly|tbh|nit(?:pick)?|suggestion|minor|major|"
    r"(?:non-?)?blocking|optional)\W+)*(?:"
    r"you\s+(?:could|might|may)(?!\s+(?:please|pls))|one\s+could|"
    r"(?:we|i|you|they)\s+(?:may|might)\b|we\s+could(?!\s+you)|"
    r"(?:it\s+)?(?:might|may|could)\s+be\s+worth|"
    r"(?:normally|usually|typically|generally|often|sometimes)\s+(?:we|i|they|you)\b|"
    r"(?:we|i|they)\s+(?:normally|usually|typically|generally|always|often|sometimes)\b|"
    r"last\s+time\b|in\s+an\s+ideal\s+world|"
    r"(?:imo|imho|fwiw|in\s+my\s+(?:humble\s+)?(?:opinion|view)|personally)\b|"
    r"(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?(?:considering|contemplating|pondering|mulling|"
    r"toying\s+with|thinking\s+(?:about|of))\b|(?:i|we)\s+regret\b|"
    r"(?:idea|proposal|thought|option|brainstorm)\s*:|"
    # (Round 34, the lead: a review's own "suggestion: …" label is the writer's order, as
    # "Recommendation: …" is — blind37's code-review voice; another's label is read by
    # :mod:`.noorder` as words someone else said.)
    r"(?:suggested|recommended|proposed|possible)\s+(?:action|fix|remediation|step)s?\s*:|"
    # Round 28 (attack 32): advice said as such ("I recommend deleting worker", "my
    # recommendation is to …", "best practice: …", "one option: …", "could try: …") or a
    # linter's finding pasted ("kube-score: set memory limit …", "polaris: run … as non-root").
    r"(?:i|we)\s+(?:(?:would|'d|strongly|would\s+strongly)\s+)?(?:recommend|advise)\b|"
    r"(?:my|our)\s+(?:recommendation|advice)\s+(?:is|would\s+be)\b|"
    r"(?:our\s+)?recommendation\s*(?::|[\u2014\u2013]|\s-{1,2}\s)|"
    r"(?:best\s+practices?|guidance|(?:one|another|an|other)\s+option|could\s+try|"
    r"kube-?score|polaris|kube-?linter|checkov|kubesec|datree|popeye|kubescape)\s*:)",
    re.I,
)
# The speaker or another actor does it, or it is for later or tracked elsewhere.
# Round 38 (sh43): whom a promise is made to ("Bob", "the team", "Mary Jane"), never the
# reader ("I told you to restart worker" repeats an order) nor the promise's own words.
_PROMISE_ADV = r"(?:(?:already|just|have|'ve|had|'d|also)\s+)*"
_PROMISED_TO = (
    r"(?!(?:i|we|you|u|y'all|ya|that|to|me|us)\b)(?:the\s+|our\s+|my\s+|their\s+)?@?[\w.\-]+"
    r"(?:\s+(?!(?:i|we|you|that|to)\b)[\w.\-]+)?(?:\s+team)?"
)
_ELSEWHERE = re.compile(
    r"^\W*(?:(?:fyi|btw|and|but|so|also|don'?t\s+worry|heads\s+up|ok)\W+)*"
    r"(?:i'll|i\s+will|i'm\s+(?:going\s+to|gonna)|i\s+am\s+(?:going\s+to|gonna)|"
    r"we'll(?!\s+need)|we\s+will(?!\s+need)|we're\s+(?:going\s+to|gonna))\b|"
    # Round 38 (sh43 — attack43): a promise the speaker made or told of, not an order now ("I
    # promised Bob I'd restart payments", "I told Kemi I'd scale worker to 3 later", "I said I'd
    # restart worker", "we promised to bounce orders"). "We agreed to restart payments at 05:00"
    # is a handover's decision, waited on (round 18); one agreed at a meeting is asked (pledges).
    rf"^\W*(?:(?:fyi|btw|and|but|so|also|ok)\W+)*(?:i|we)\s+{_PROMISE_ADV}(?:promised|told|"
    r"assured|texted|messaged|pinged|emailed|warned|swore|vowed|said|agreed|offered|pledged)"
    rf"(?:\s+(?:with\s+)?{_PROMISED_TO})?(?:\s+that)?\s+(?:i|we)(?:'d|'ll|\s+would|\s+will|"
    r"'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|"
    r"\s+was\s+going\s+to|\s+were\s+going\s+to|'m\s+gonna|\s+gonna|'re\s+gonna|\s+could|"
    r"\s+can)\b|"
    rf"^\W*(?:(?:fyi|btw|and|but|so|also|ok)\W+)*(?:i|we)\s+{_PROMISE_ADV}(?:promised|swore|"
    r"vowed|offered|volunteered|pledged|committed)(?:\s+(?:with\s+)?"
    rf"{_PROMISED_TO})?\s+to\s+(?!(?:you|u|me|us|him|her|them|it)\b)[a-z]|"
    # ("I told Bob to restart worker", "we asked the oncall to scale orders to 5": another's
    # errand, told of.)
    rf"^\W*(?:(?:fyi|btw|and|but|so|also|ok)\W+)*(?:i|we)\s+{_PROMISE_ADV}(?:told|asked)\s+"
    rf"(?!(?:him|her|them|it)\b){_PROMISED_TO}\s+to\s+(?!(?:you|u|me|us|him|her|them|it)\b)"
    r"[a-z]|"
    r"\bremind\s+(?:me|us|\w+)\s+to\b|\breminder\s+to\b|"
    r"^\W*(?:ask|tell|ping|notify|message)\s+(?!me\b|us\b|it\b|them\b)\w+\s+(?:to|that|whether|"
    r"if|about)\b|^\W*let\s+(?!me\b|us\b|it\b|them\b)\w+\s+know\b|"
    r"\b(?:can\s+wait|at\s+some\s+point|eventually|another\s+day|some\s+other\s+time|"
    # Round 29 (W9): "scale checkout to 4 sometime": "at some point", said in one word ("sometime
    # later", "sometime tomorrow" is a time the plan waits on, :mod:`.waits`).
    r"sometime(?!\s+(?:later|soon|today|tonight|tomorrow|this|next|on|in|after|before|around|"
    r"between|during))|"
    r"tracked\s+(?:in|separately|elsewhere|by)|is\s+tracked|someone\s+else'?s|"
    r"(?:asked|asks|wondered|wonders)\s+(?:whether|if))\b",
    re.I,
)
# The speaker's own team announcing a change — "we'll set a CPU limit of 500m on payments",
# "ok folks, we're going to scale frontend to 5": in a workshop or team voice that is the
# speaker's order for now, as "let's" is. It stays a change for later or for others when a time,
# a hedge or another actor is said anywhere in the message ("we'll scale it back afterwards",
# "we'll probably …", "we'll have bob …"), when its verb is no verb of change ("we'll handle
# it"), or when a clause before it already asks (the "we'll" clause is then an aside: "remove
# the orders PDB, we'll recreate it from the helm chart"); clauses before it that are facts
# (statements.fact) ask nothing.
# Verbs of change the speaker's own frame may open ("let's scale …", "we'll set …").
_OWN_VERBS = (
    r"scale|restart|set|give|add|bump|raise|lower|increase|decrease|reduce|update|upgrade|"
    r"downgrade|roll|move|take|bring|put|change|make|switch|pin|deploy|enable|disable|expose|"
    r"spread|create|apply|patch|configure|back\s+up|backup|snapshot|attach|mount|label|"
    r"annotate|cap|limit|wire|hook|turn|double|halve|triple|bounce|cycle|redeploy|revert|"
    r"autoscale|monitor|scrape|secure|isolate|lock|restrict|run|ship|promote"
)
# What a workshop or a team lead says before the order: "alright folks,", "ok everyone, now",
# "for this next step", "for the demo,".
_OWN_LEAD = (
    r"^\W*(?:(?:ok|okay|alright|all\s+right|right|so|now|folks|everyone|everybody|all|y'all|"
    r"team|and|then|next|great|good|cool)\W+)*"
    r"(?:for\s+(?:this|the|our)\s+(?:next\s+|last\s+|first\s+)?(?:step|part|bit|demo|exercise|"
    r"example|one)\W*\s*)?(?:(?:ok|okay|alright|now|so|folks)\W+)*"
)
_OURS = re.compile(
    _OWN_LEAD
    + r"(?P<frame>we'll|we\s+will|we're\s+(?:going\s+to|gonna)|we\s+are\s+(?:going\s+to|gonna))\s+"
    r"(?:now\s+|just\s+|quickly\s+|first\s+|go\s+ahead\s+and\s+)?"
    rf"(?=(?:{_OWN_VERBS})\b)",
    re.I,
)
# "let's …" / "let us …" and a verb of change: the speaker's order, whatever follows it ("let's
# say 512Mi", "let's wait", "let's see" open no change and are read by their rules).
_LETS = re.compile(
    _OWN_LEAD + r"(?P<frame>let'?s|let\s+us)\s+(?:now\s+|just\s+|quickly\s+|first\s+|go\s+ahead\s+"
    r"and\s+)?"
    rf"(?=(?:{_OWN_VERBS}|delete|remove|drop|roll\s+back|rollback)\b)",
    re.I,
)
_NOT_NOW = re.compile(
    r"\b(?:later|afterwards?|after|tomorrow|tonight|today|once|when|whenever|until|till|"
    r"before|soon|eventually|someday|sometime|if|unless|(?<!this\s)next(?!\s+step)|"
    r"probably|maybe|perhaps|might|may|could|would|should|at\s+some\s+point|window|sprint|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|morning|afternoon|evening|midnight|"
    r"noon|eod|eow|in\s+(?:a|an|\d+|a\s+few|a\s+couple\s+of)\s+(?:bit|while|moment|sec\w*|"
    r"min\w*|hours?|days?|weeks?)|have\s+(?!to\b)\w+|get\s+\w+\s+to|ask\s+\w+|"
    r"someone|somebody|they|he|she|team\s+\w+|\w+\s+team)\b|\d{1,2}:\d{2}|"
    r"\b\d{1,2}\s*(?:am|pm)\b",
    re.I,
)


def ours(text: str, clause: str) -> bool:
    """Whether ``clause`` of ``text`` is the speaker's own order said as "we'll …" (see
    :data:`_OURS`)."""
    if not _OURS.match(clause) or _NOT_NOW.search(text):
        return False
    before = text[: max(text.find(clause), 0)]
    return all(
        statements.fact(part) or not _ACT.search(part) for part in statements.clauses(before)
    )


def own_frame(sentence: str, before: str = "") -> int | None:
    """Where the speaker's own frame of ``sentence`` ends — "alright folks, let's", "for this
    next step we'll" — when it frames the speaker's order now (``before``: the message's words
    before the sentence); None otherwise. What follows is the order, as said."""
    said = sentence.replace("\u2019", "'")
    if m := _LETS.match(said):
        return m.end()
    if (m := _OURS.match(said)) and ours(f"{before} {said}".strip(), said):
        return m.end()
    return None


_GERUND_ACT = (
    r"(?:(?:a|the|our|that|this)\s+)?(?:restart\w*|reboot\w*|recycl\w+|scal\w+|bounc\w+|roll\w*|redeploy\w*|"
    r"upgrad\w+|updat\w+|delet\w+|remov\w+)"
)
# A report of the act or a symptom of the workload beside the request.
_REPORT = re.compile(
    r"\b(?:restarted|scaled|deleted|rolled\s+back|redeployed|upgraded)\s+(?:\d+|a\s+few|"
    r"several|many|multiple)\s+times\b|\b(?:was|were|got|has\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?restarted\b|"
    r"\brestarts\s+(?:a\s+lot|often|frequently|repeatedly|constantly|all\s+the\s+time)\b|"
    rf"\brestart\s+loop\b|^\W*since\s+(?:the|our|that|this|last)\s+(?:[\w\-]+\s+)?{_ACT_NOUN}"
    r"\W*$|"
    rf"^\W*{_GERUND_ACT}\b.*\b(?:(?:didn'?t|did\s+not|doesn'?t|won'?t)\s+(?:help|fix|work|"
    r"change)|worked|helped|fixed\s+it|did\s+the\s+trick)\b|"
    r"\b(?:we|i|they|someone)\s+(?:already\s+)?(?:restarted|scaled|deleted|removed|"
    r"rolled\s+back|redeployed|upgraded|added)\b|"
    # Round 39 (sh45, attack45): a change that had to be made, told in the past ("yesterday
    # we had to bounce my-api", "Hey, last week we had to scale orders to 5").
    r"\b(?:we|i|they|someone|he|she)\s+(?:already\s+|just\s+|also\s+|then\s+)?(?:had\s+to|"
    r"needed\s+to|were\s+forced\s+to|was\s+forced\s+to|ended\s+up\s+having\s+to)\s+"
    r"(?:go\s+and\s+|quickly\s+|manually\s+)?(?:rollout\s+restart|restart|roll\s*back|"
    r"roll\s*out|scale|bounce|redeploy|delete|remove|upgrade|downgrade|update|set|patch|bump|"
    r"kill|recycle|reboot|cycle|drain|cordon|evict|revert|undo)\b|"
    r"^\W*\d{1,2}:\d{2}\s+(?:\w+ed)\b|\bgot\s+an?\s+\w+\s+(?:yesterday|earlier|last)\b|"
    # Round 30: "the rollout of 2.2.0 to frontend went fine", "frontend 2.2.0 rollout succeeded":
    # how a release or a scale went is told of it, done (it had set the image again; a
    # restart's status is :mod:`.hearsay`'s, whose question names the order to type).
    # Round 31 (a35a): the result words are :mod:`.results`' table, shared with hearsay's and
    # noorder's readers ("frontend switch to 2.2.0 succeeded", "the payments bump to 3.1.0 looks
    # good", "scaling payments to 4 is done"); a failure beside an order is its reason ("roll
    # back frontend, the frontend upgrade failed"), never read here; nor a result after a link
    # word ("restart payments after the firewall change is live").
    rf"^\W*(?:{results.NO_LINK}[^\w,;:\n]+)?{results.ACT_NOUN}\b{results.NO_LINK}\s(?:{results.GOOD}|"
    rf"{results.DONE})\b",
    re.I,
)
# A change told as done, the way a log, a stand-up or a headline says it: a past verb of change
# with no subject ("restarted orders", "rolled back checkout this morning") or after a name and
# no auxiliary ("frontend updated to 2.2.0", "bob restarted orders", "the payments pods
# bounced"). A wish or a deadline keeps it a request ("payments scaled to 4 before the promo,
# please"; "get frontend updated …" and "have orders restarted" are read as orders by polite.py).
_DONE_VERB = (
    r"(?:scaled|restarted|rolled\s+(?:back|out)|reverted|deleted|removed|updated|upgraded|"
    r"downgraded|deployed|redeployed|bumped|patched|bounced|recycled|killed|drained|rebooted|"
    r"nuked|undid|undone|rolled)"
)
_TOLD_DONE = re.compile(
    r"^\W*(?:(?:the\s+)?(?!(?:please|pls|plz|kindly|just|get|have|want|need|keep|let|make)\b)"
    r"[\w\-]+\s+(?:(?!(?:to|and|or|then|was|were|is|are|got|has|have|been|be)\b)[\w\-]+\s+)?)?"
    rf"(?:just\s+|already\s+|successfully\s+|finally\s+|also\s+)?{_DONE_VERB}\b"
    r"(?!.*\b(?:please|pls|plz|asap|before|by\s+(?:eod|tonight|tomorrow|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|\d)|tonight|tomorrow|next|should|must|needs?|wanted|"
    r"required|pending|when|once|if|until)\b)",
    re.I,
)
# Round 29 (m33b): a change told done by a person ("bob scaled worker to 3 please", "ops
# restarted payments at 3am asap") or in the passive past ("payments was scaled to 3 yesterday
# thx", "my-api got updated to 9.9.9 last week please"): a "please" after it makes no order of
# a report (a workload's own name before the past verb, "payments scaled to 4 please", is the
# terse order :data:`_TOLD_DONE` leaves; read when the message is that one clause).
_TOLD_LEAD_WORDS = (
    r"^\W*(?:(?:note|nb|fyi|btw|(?:just\s+)?so\s+you\s+know|for\s+the\s+record|"
    r"for\s+your\s+info(?:rmation)?)\b[\s,:\-]*)?"
)
_TOLD_LEAD = re.compile(_TOLD_LEAD_WORDS, re.I)
_BY_CREW = r"by\s+(?:the\s+)?(?:on-?call|ops|sre|team|pipeline|bot)\b"
# Round 41 (sh47b, attack47): when it was done, said before the one who did it ("before the 4
# am auction Bob scaled my-api to 6", "yesterday Alice made frontend Guaranteed QoS"), and a
# change told with "made" ("Alice made frontend Guaranteed QoS", "my-api was made …").
_TOLD_WHEN = (
    r"(?:(?:before|after|during|at|on|yesterday|earlier|last|this|tonight|today)\b"
    r"[^,;:.!?]{0,40}?\s+(?=(?:the\s+)?[a-z][\w\-]*(?:\s+team)?\s+"
    r"(?:just\s+|already\s+|also\s+)?(?:made|" + _DONE_VERB + r")\b))?"
)
_TOLD_DONE_BY = re.compile(
    _TOLD_LEAD_WORDS
    + _TOLD_WHEN
    + r"(?:(?:the\s+)?[\w\-]+\s+(?=\S+(?:\s+\S+){0,3}\s+"
    + _BY_CREW
    + r")|"
    r"(?:the\s+)?[\w\-]+\s+(?:was|were|got|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:just\s+|already\s+)?|"
    r"(?:the\s+)?(?P<who>[a-z][\w\-]*(?:\s+team)?)\s+(?:just\s+|already\s+|also\s+)?)"
    rf"(?:{_DONE_VERB}|made(?=\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:guaranteed|burstable|"
    r"best[\s\-]?effort|highly\s+available|ha|non-?root|read-?only|privileged|\d)|"
    r"\s+(?:guaranteed|burstable|best[\s\-]?effort|highly\s+available|ha|non-?root|"
    r"read-?only|privileged|\d)))\b(?!.*\b(?:before|by\s+(?!(?:the\s+)?(?:on-?call|ops|sre|team|pipeline|"
    r"bot)\b)|tonight|tomorrow|next|should|must|needs?|when|once|if|until|again)\b)",
    re.I,
)
# A release told done, beside a request to go back from it: the report is the rollback's reason.
_RELEASE_TOLD = re.compile(r"\b(?:updated|upgraded|deployed|rolled\s+out|bumped)\b", re.I)
# A reply in a thread that the act is done or being done by the one replying.
_REPLY = re.compile(
    r"\n\s*[a-z][\w.\-]{0,20}\s*:\s*(?:on\s+it|already\s+did|done|doing\s+it|i'?ve\s+got\s+it|"
    r"i\s+got\s+(?:it|this)|will\s+do)\b",
    re.I,
)
# Another person does it, now or next, or wants it: "bob is restarting frontend", "bob
# restarts frontend", "bob wants worker deleted", "security says worker must be deleted".
# Round 37 (m42b, attack42): said with a contraction or a promise too ("bob'll restart my-api",
# "the on-call's going to scale orders to 8", "our SRE'll restart orders", "dana promised to
# scale my-api to 3").
_OTHERS_ACT = (
    r"(?:restart|scale|delete|handle|roll|upgrade|update|deploy|do|take\s+care|bounce|bump|"
    r"redeploy|remove|downgrade|patch|set|change|raise|lower|move|switch|pin|cycle|recycle|"
    r"add|make|give|enable|disable|configure|put|attach|create|increase|decrease)"
)
# Round 38 (sh43 — attack43): a person said by a role after "the", "our" … ("the oncall gonna
# restart worker", "our dba going to scale orders to 5") or by two names ("Wei Ling'll scale
# orders to 5", "Mary Jane's gonna bump frontend"): neither word a pronoun, a filler or a word of
# time (the workload is ruled out after the match, :func:`role`).
_NAME_WORD = (
    r"(?!(?:i|we|you|u|it|this|that|there|he|she|they|what|who|how|why|which|when|where|so|"
    r"then|now|ok|okay|also|just|and|but|well|yes|no|hey|hi|pls|please|plz|maybe|probably|"
    r"today|tomorrow|tonight|later|soon|next|team|all|everyone|everything|nobody|someone|"
    r"somebody|the|our|my|their|his|her|a|an|to|is|are|was|will|gonna|going|not|never|"
    r"scale|restart|delete|update|upgrade|deploy|bump|roll|set|make|let|let's|lets)\b)"
    r"[a-z][\w\-]*"
)
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})?(?:\s+team)?"
_DETERMINER = r"(?:(?:the|our|my|their|his|her)\s+)"
_OTHER_ACTOR = re.compile(
    # (Round 37, m43a — attack43: "Mary gonna scale payments to 6", "Bob n Kemi gonna restart
    # orders", Indonesian "Bob akan restart postgres" (will), "Mary mau restart frontend" (wants
    # to): another's plan too.)
    r"(?:^\W*|\b(?:and|n)\s+|&\s*)(?P<who>[a-z][\w\-]*(?:\s+team)?)\s+(?:"
    rf"(?:will|'ll|is\s+going\s+to|(?:is\s+)?gonna|going\s+to|{voices.INDONESIAN.plan})\s+"
    r"(?:restart|scale|delete|handle|roll|upgrade|update|"
    r"deploy|do|take\s+care)|is\s+(?:restarting|scaling|deleting|handling|rolling|upgrading|"
    r"updating|deploying)|restarts|scales|deletes|handles|takes\s+care|wants|"
    r"says\s+[\w\-]+\s+(?:must|should|has\s+to|needs\s+to)\s+be)\b|"
    # (A person's want said with "my"/"the" stays with relayed.py and hearsay.py: "my lead
    # wants a liveness probe on my-api" plans, blind15.)
    r"(?:^\W*|\band\s+)(?:(?:the|our|my|their|his|her)\s+)?(?P<who2>[a-z][\w\-]*(?:\s+team)?)"
    r"(?:\s+(?:promised|promises|offered|offers|vowed|volunteered|"
    rf"pledged|swore)\s+to\s+{_OTHERS_ACT}|\s*(?:'ll|'s\s+(?:going\s+to|gonna|about\s+to))\s+"
    rf"{_OTHERS_ACT})\b|"
    # (A single name with "will" is read before this, as a report naming the change.)
    rf"^\W*(?:{_DETERMINER}(?P<who3>{_PERSON})|(?P<who4>{_NAME_WORD}\s+(?:{_NAME_WORD}|team)))"
    r"\s*(?:'ll|'s\s+(?:going\s+to|gonna|about\s+to)|"
    r"\s+(?:will|is\s+going\s+to|(?:is\s+)?gonna|going\s+to|is\s+about\s+to))\s+"
    r"(?:(?:also|still|really|probably|maybe|then|soon|just|go\s+and)\s+)?"
    rf"{_OTHERS_ACT}\b",
    re.I,
)
_PEOPLE_NOT = re.compile(
    r"(?:i|we|you|u|it|this|that|there|he|she|they|what|who|how|why|which|when|where|"
    r"everything|everyone|nothing|please|pls|"
    # (Round 35, a40a: "restart payments; no restarts of worker": "no" is nobody.)
    r"no|nobody|noone)",
    re.I,
)
# A release reported, and a request to go back from it: the report is the rollback's reason.
_RELEASED = re.compile(
    r"\b(?:we|i|they|someone)\s+(?:already\s+)?(?:upgraded|updated|deployed|rolled\s+out|shipped)\b",
    re.I,
)
_GO_BACK = re.compile(
    r"\b(?:roll\s+(?:it|them|\S+)\s+back|roll\s*back|revert|undo|go\s+back)\b", re.I
)
# What usually helps or what a change costs, told: "restart payments usually helps", "scale
# frontend to 10 costs too much".
_MUSING = re.compile(
    r"\b(?:usually|normally|often|typically|generally|always|sometimes)\s+(?:helps|works|fixes)\b|"
    r"\b(?:costs?|would\s+cost)\s+(?:too\s+much|a\s+fortune|way\s+too|more\s+than)",
    re.I,
)
# "when …", "if …" right before a state: the state is supposed, never told as happening.
SUPPOSED_STATE = re.compile(
    r"\b(?:when|whenever|if|once|in\s+case)\s+(?:the\s+|its\s+|our\s+)?(?:[\w\-]+\s+){0,2}$",
    re.I,
)
_CLAUSE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a status said of the change (done, cancelled, in progress …)", _STATUS_AFTER),
    ("a hedge: the request is not sure of itself", _HEDGE),
    ("advice, a habit or an idea, not an order", _OPINION),
    ("a change for someone else or for later (a reminder, another actor, a ticket)", _ELSEWHERE),
    ("a report of what happened or how things are", _REPORT),
)
_CLAUSE_LATE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("advice, a habit or an idea, not an order", _MUSING),
    ("a report that the change was made (said in the past)", _TOLD_DONE),
    ("a report that the change was made (said in the past)", _TOLD_DONE_BY),
)


def not_final(text: str) -> bool:
    """Whether ``text`` marks a request as not final ("[draft]", "WIP:", "for later:" …)."""
    return bool(_NOT_FINAL.search(text.replace("\u2019", "'")))


def _clauses(text: str) -> list[str]:
    """``text`` cut at sentence ends, new lines, ";", "," and dashes (brackets kept)."""
    parts = rx(r"(?<=[.!?])\s+|\n+|;\s*|,\s*|\s[-\u2013\u2014]+\s|\s?\u2014\s?").split(text)
    return [p for p in parts if p and p.strip(" .!?")]


def _names_workload(ctx: Ctx, text: str) -> bool:
    """Whether ``text`` names a workload (a name the context would ask about counts)."""
    try:
        return bool(ctx.workloads(text.lower()))
    except Clarify:
        return True


# A report in brackets after an order: "add a ServiceMonitor for my-api … (we added the laravel
# prometheus exporter)" says why the order is possible now.
_BRACKETED = re.compile(r"\(([^()]*)\)")
# What keeps a bracketed report about the change itself: "(we already restarted it)", "(we
# added one)".
_SAME_CHANGE = re.compile(
    r"\b(?:already|it|them|that|this|these|those|one|ones|again|done)\b", re.I
)


def _bracketed_reason(ctx: Ctx, clause: str, found: re.Match[str]) -> bool:
    """Whether the report ``found`` is said in brackets beside an order the clause opens with,
    and is about something else: no workload named in it, no "already", no pronoun standing
    for the change ("(we restarted it)" keeps the report)."""
    inside = next(
        (m for m in _BRACKETED.finditer(clause) if m.start(1) <= found.start() < m.end(1)), None
    )
    if inside is None:
        return False
    outside = (clause[: inside.start()] + " " + clause[inside.end() :]).strip()
    return (
        asides.request(outside)
        and not _SAME_CHANGE.search(inside[1])
        and not _names_workload(ctx, inside[1])
    )


# Round 41 (sh47b, attack47): a workload said alone as the topic of what follows, opening the
# message ("my-api in shop, Bob scaled to 4", "worker: …").
_TOPIC = re.compile(r"^\W*(?P<name>[a-z0-9][\w\-]*)(?:\s+(?:in|on)\s+[\w\-]+)?\s*[,:]\s+\S", re.I)


def _topic(ctx: Ctx, said: str) -> bool:
    """Whether ``said`` opens with a workload's name alone as the topic of the rest."""
    return bool((m := _TOPIC.match(said)) and _names_workload(ctx, m.group("name")))


def _status_said(said: str) -> bool:
    """Whether ``said`` is only a status or a result of a change, that hearsay asks (naming the
    order to type)."""
    # (hearsay reads mentor, which reads roles: imported when first asked)
    from dotop_nb.planner.offline import hearsay  # noqa: PLC0415

    return hearsay.status_said(said)


def role(ctx: Ctx, text: str, *, late: bool = False) -> tuple[str, str] | None:
    """The first part of ``text`` that is no request and names a change: (part, role). With
    ``late``, round 10's readings only (run after speech.py's own)."""
    said = text.replace("\u2019", "'")
    if not _ACT.search(said) and not _names_workload(ctx, said):
        return None
    for why, pattern in _MESSAGE_LATE if late else _MESSAGE:
        if m := pattern.search(said):
            return m.group(0).strip(), why
    if not late and (m := _REPLY.search(said)):
        return m.group(0).strip(), "a reply that the change is done or under way"
    topic = _topic(ctx, said)
    for clause in _clauses(said):
        # A clause set aside must name the workload it would change and the change (or follow
        # the workload said as its topic: "my-api in shop, Bob scaled to 4").
        if not (_ACT.search(clause) and (_names_workload(ctx, clause) or topic)):
            continue
        for why, pattern in _CLAUSE_LATE if late else _CLAUSE:
            if found := pattern.search(clause):
                if pattern is _REPORT and clause.strip() == said.strip() and _status_said(said):
                    continue  # "payments restart succeeded": hearsay asks, naming the order
                if pattern is _REPORT and _bracketed_reason(ctx, clause, found):
                    continue  # "add a ServiceMonitor … (we added the prometheus exporter)"
                if pattern is _REPORT and SUPPOSED_STATE.search(clause[: found.start()]):
                    # "alert when postgres restarts a lot": a state supposed, not one told (the
                    # guard reads the condition: understood as an alert's, or asked).
                    continue
                if pattern is _ELSEWHERE and ours(said, clause):
                    continue  # "we'll set a CPU limit of 500m on payments": the speaker's order
                if pattern is _TOLD_DONE and _RELEASE_TOLD.search(clause) and _GO_BACK.search(said):
                    continue  # "frontend updated to 2.2.0 and it broke checkout, roll it back"
                if pattern is _TOLD_DONE_BY and (
                    len(_clauses(_TOLD_LEAD.sub("", said))) > (2 if topic else 1)
                    or (
                        (who := found["who"]) is not None
                        and (_PEOPLE_NOT.fullmatch(who) or _names_workload(ctx, who))
                    )
                ):
                    continue  # "payments scaled to 4 please": the terse order (one clause)
                if pattern is _REPORT and _RELEASED.search(clause) and _GO_BACK.search(said):
                    # "we upgraded postgres to 16.4 but it broke replication; roll it back":
                    # the release reported is what the rollback undoes, its reason.
                    continue
                return clause.strip(), why
        m = None if late else _OTHER_ACTOR.search(clause)
        who = (m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")) if m else ""
        if (
            m
            and not _PEOPLE_NOT.fullmatch(who)
            and not any(_names_workload(ctx, word) for word in [who, *who.split()])
        ):
            return clause.strip(), "a change someone else does, wants or says"
    return None


def check(ctx: Ctx, *, late: bool = False) -> None:
    """Raise :class:`Clarify` when a clause that is no request names a change."""
    for said in ctx.said():
        if found := role(ctx, said, late=late):
            clause, why = found
            raise Clarify(
                f"I read {clause!r} as {why}, so I changed nothing (neither the change it "
                "names nor the rest of the message around it). Say only what should change now, "
                "as an order (e.g. 'restart frontend')."
            )
