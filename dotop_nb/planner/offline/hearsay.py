"""Reports, hedges and notes read as the order they tell of: a last word on a plan (round 24).

The rules read an order's words wherever they stand, so a message that only tells of a change —
someone else's, one already made, one planned, one a note describes — planned it as if asked
for now. A careful SRE reads who says what first. Each row of :data:`_SHAPES` is a way of
speaking that tells, doubts or quotes instead of ordering; a plan said that way is asked back,
and the question says what to type to have it planned now:

- another person or tool does it ("argo will bump frontend to 2.2.0", "checkout will be scaled
  to 4 by the pipeline", "restart payments, bob will do it", "…: assigned to bob"), suggested
  or decided it ("alice suggested scaling checkout to 4", "the team decided to …", "consensus
  is to …": round 25);
- it is done already ("we mitigated by restarting payments", "ran kubectl rollout restart …",
  "added a pdb for payments", "I've raised my-api memory to 1Gi", "hpa added to checkout",
  "orders-config updated with BATCH_SIZE=500");
- its status, no go ("payments restart is planned", "frontend upgrade to 2.2.0 pending",
  "payments restart optional", "… succeeded", "… is pending approval", "… is on the runbook");
- a fact the plan would act on: a version said ready, newest or fixed ("2.2.0 of frontend is
  ready", "latest frontend is 2.2.0", "the login bug is fixed in frontend 2.2.0"), a count said
  to have worked ("checkout at 4 replicas handled the load"), a request said of a workload
  ("my-api requests 250m cpu"), a security setting said already so in the negative ("payments
  doesn't run as root");
- a doubt or an opinion ("might have to scale …", "likely need to restart …", "I think checkout
  needs 4 replicas", "consider scaling …", "in principle, scale …"), a need said for later ("we
  will need to restart payments") or a vote said as a label ("my vote: …", "my 2 cents: …");
- information, not an order ("for the record, scale …", "just so you know, …"), a standing
  rule in a note ("on-call note: restart postgres only after a backup"), an order said with
  "please" and a question mark ("restart payments pls?").

Still planned (earlier rounds' decisions): complaints ("payments is not HA", "payments isn't
monitored"), "I'd scale …", "TODO: …", "- [ ] …", "Action item: …", "Runbook step 3: …",
"Recommendation: …", "could use …", "payments can be scaled to 4 now, go ahead", and any order
said beside the report in a clause of its own ("we restarted payments, now scale checkout to 4").
Round 38 (sh43) weighed asking "Do it now?" of a bare "TODO: …" or "- [ ] …" and kept planning
them: typed into ``%operate`` they are what the user pastes to have done, and the labelled sets
plan them ("TODO: tear down orders …", "- [ ] ship frontend 2.3.0"); a to-do with an owner or a
later time ("TODO(alice): …", "TODO later: …") and a done box ("- [x] …") are asked already.
A runbook's step is an order read from the runbook: planned.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import described, guard, mentor, pledges, results, speech
from dotop_nb.ports import PlanResult

# Words up to the next comma or semicolon that never pass a condition ("… # once the migration
# is done" waits on it): said around the change word of a status.
_NO_CONDITION = r"(?:(?!\b(?:once|when|whenever|after|until|till|if|unless)\b)[^,;])*?"
# Round 32 (gap35b): within one sentence ("Could you please delete the orders Deployment …?
# The campaign has finished.": the result told is the campaign's, another sentence's).
_IN_SENTENCE = r"(?:(?!\b(?:once|when|whenever|after|until|till|if|unless)\b|[.!]\s)[^,;?])*?"

_I = re.I
# An order's verb at the head of a clause.
_VERB = (
    rf"(?:{guard.VERBS}|bounce|cycle|redeploy|give|put|pin|move|switch|turn|bring|take|double|"
    r"halve|cap|spread|harden|run|ship|kick|reboot|rerun|stop|start|pause|resume|get|keep|let)"
)
# Who is not another person: the speaker, the reader, a pronoun, a word of time or order.
_NOT_WHO = (
    r"(?:i|we|you|u|me|us|it|this|that|there|he|she|they|what|who|how|why|which|when|where|"
    r"please|pls|plz|then|also|and|so|next|tomorrow|tonight|today|later|now|just|maybe|perhaps|"
    r"everything|everyone|nothing|ok|okay|yes|no|it'?s|that'?s|let'?s|i'?ll|we'?ll|you'?ll|"
    r"do|go|get|just|let|then|now)"
)
_WHO = rf"(?!{_NOT_WHO}\b)@?[a-z][\w.\-]*(?:\s+team)?"
_PAST = (
    r"(?:added|created|applied|raised|lowered|increased|decreased|bumped|upgraded|downgraded|"
    r"updated|deployed|redeployed|restarted|bounced|scaled|enabled|disabled|configured|patched|"
    r"installed|rolled\s+(?:out|back)|changed|moved|pinned|removed|deleted|mitigated|"
    r"attached|introduced|switched|set\s+up|turned\s+(?:on|off))"
)
# What may follow a participle in a report: where, to what, with what.
# Words that end a report's subject: a verb of being, wish or becoming, a link.
_NOT_SUBJECT = (
    r"is|are|was|were|to|and|or|then|be|needs?|wants?|requires?|should|must|gets?|goes|with|"
    r"can|could|will|would|may|might|has|have|had"
)
_PREP = r"(?:to|for|on|with|across|in|at|into|onto|from|over|by|via)"
# Words that name a thing of the cluster, never a person whose wish is relayed ("the cluster
# needs …", "the db needs a backup", "it needs …").
_THINGS = (
    r"cluster|db|database|app|apps|application|service|services|deployment|pods?|namespace|"
    r"nodes?|container|image|api|queue|cache|site|backend|frontend|everything|all|one|system|"
    r"workload|config|release|build|version|prometheus|grafana|alertmanager|velero|argo\w*|"
    r"flux|kubernetes|k8s|hpa|pdb|scraper|monitoring|backups?"
)
# Round 28 (gap31): a person said by a role or a relative clause ("head of draws", "the agency
# that built the site", "the people who run the zoo").
_WHOSE = (
    r"\s+of\s+(?:the\s+)?[a-z][\w\-]*|\s+(?:that|who)\s+[a-z]+(?:\s+(?:the\s+|our\s+|a\s+)?"
    r"[\w\-]+)?"
)
# An act of change on a named workload, said after another person's modal or plan.
_ACTS = (
    r"(?:restart|scale|delete|remove|bump|upgrade|downgrade|update|"
    r"redeploy|bounce|cycle|roll\s*back|rollback|roll\s*out|deploy|patch|drain|cordon|"
    r"evict|reboot|kill|set|change|raise|lower|move|pin|switch|roll|recycle|kick|add|make|"
    r"give|enable|disable|configure|put|attach|create|turn|increase|decrease)\s+"
    r"(?!(?:to|up|down|out|in|back|as|it|itself|them)\b|\d)[a-z][\w\-]*"
)
_STATUS_WHAT = "a report of how the change went or of its status, not an order"
# (what, the words, the hint, whether an order in a clause after them stands)
_Row = tuple[str, re.Pattern[str], str, bool]
_OWN_SHAPES: tuple[_Row, ...] = (
    (
        "a report of what another person or tool will do or is doing",
        re.compile(
            rf"^\W*(?:the\s+)?(?P<who>{_WHO})\s+(?:will|'ll|is\s+going\s+to|is\s+gonna|"
            rf"is\s+about\s+to)\s+(?:(?:also|then|soon|automatically|just)\s+)?{_VERB}\b|"
            # "checkout will be scaled to 4 by the pipeline"
            r"\b(?:will\s+be|'ll\s+be|is\s+going\s+to\s+be|is\s+being)\s+[a-z]+"
            r"(?:ed|en|t)\b[^,;]*?\bby\s+(?:the\s+|our\s+)?(?!\d|eod|end|noon|midnight|then|"
            r"next|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|morning|evening|lunch)[a-z][\w\-]*|"
            # "restart payments, bob will do it", "…: assigned to bob", "… — bob's on it"
            # (an action item's owner, "(owner: Wei)", plans: blind7, blind13)
            r"(?:[,:;(]|\s[-\u2013\u2014]+)\s*(?:(?:it'?s|is|already)\s+)?(?:assigned\s+to|"
            r"taken\s+by|claimed\s+by)\s*(?!me\b|us\b)@?[a-z][\w.\-]*"
            r"\W*$|"
            rf"(?:[,:;(]|\s[-\u2013\u2014]+)\s*(?:{_WHO})\s*(?:(?:is|'s)\s+(?:already\s+)?(?:on\s+it|"
            r"doing\s+it|handling\s+it|taking\s+care\s+of\s+it)|(?:will|'ll)\s+(?:do|handle|"
            r"take\s+care\s+of)\s+it|has\s+it|'s\s+got\s+it|got\s+it|owns\s+it)\W*$|"
            # Round 26 (reports): what a workload will be, announced ("worker will be deleted",
            # "frontend will have 5 replicas", "frontend will be on 2.2.0").
            rf"^\W*(?:the\s+)?(?!(?:{_NOT_WHO})\b)[\w\-]+(?:\s+(?:deployment|app|service|pdb|"
            r"pods?))?\s+(?:will|'ll|is\s+going\s+to|is\s+gonna)\s+(?:(?:soon|then|also|now)\s+)?"
            r"(?:be\s+(?:[a-z]+(?:ed|en)|on|at|running)|have|run|get)\b",
            _I,
        ),
        "If you want it done by this tool now, say it as an order of your own",
        True,
    ),
    (
        "a report of someone else's suggestion, decision or wish",
        re.compile(
            rf"^\W*(?:the\s+|our\s+)?(?P<who>{_WHO})\s+(?:(?:has|had)\s+)?(?:suggested|suggests|"
            r"proposed|proposes|recommended|recommends|advised|advises|floated|mentioned|"
            # Round 25 (reports): someone else's decision ("the team decided to …").
            rf"decided|decides|agreed|agrees|voted|concluded)\b(?:\s+(?:to|on)\s+{_VERB}|"
            r"(?!\s+(?:to|on)\b))|"
            # Round 26 (reports): someone's wish for a thing's state ("bob would like worker
            # deleted"; "bob would like us to delete worker" is asked by speech.py; "frontend
            # wants THEME_URL changed to …" is a workload's need, an order: intents; "The client
            # would like …" relays the speaker's principal: relayed.py, round 17).
            rf"^\W*(?:the\s+|our\s+)?(?!client\b)(?P<wish>{_WHO})\s+(?:would\s+like|'d\s+like)\s+"
            r"(?:the\s+)?[\w\-]+\s+(?:[a-z]+(?:ed|en)|gone|at|on)\b|"
            rf"^\W*(?:the\s+)?(?P<also>consensus|agreement)\s+(?:is|was)\s+to\s+{_VERB}\b|"
            # Round 27 (reports): someone else's want or need of a workload's state, relayed
            # ("alice needs payments restarted", "the client wants frontend on 2.2.0", "our CEO
            # wants frontend scaled to 10"). :func:`check` asks only when the object is a planned
            # object and the subject none: the labelled sets plan a want of a thing or a
            # setting ("my lead wants a liveness probe on my-api", "auditors want
            # readOnlyRootFilesystem on payments", "redis needs a liveness check: …").
            r"^\W*(?:the\s+|our\s+|my\s+|their\s+|his\s+|her\s+)?(?P<relay>"
            rf"(?!{_NOT_WHO}\b|(?:{_THINGS})\b)@?[a-z][\w.\-]*(?:\s+team|{_WHOSE})?)\s+"
            r"(?:(?:also|really|still)\s+)?(?:wants?|needs?|expects?)\s+(?:the\s+|our\s+)?"
            # Round 28 (gap31): the workload after its nickname's words ("the play site
            # frontend at 10 pods", "the zoo website frontend on 2.3.0").
            r"(?:[\w\-']+\s+){0,3}?(?P<object>[\w\-]+)\s+(?:[a-z]+(?:ed|en)|gone|at|on)\b|"
            # Round 30 (gap33a): someone else's word of what a workload needs to be ("Priya says
            # the checkout (checkout) needs to be more resilient", "my lead thinks payments
            # should be highly available"): a relayed wish of a state, as above. A setting said
            # so plans ("our PCI auditor says payments must not run as root": blind28), and so
            # does the person's own task ("the lab says …": mentor.TASK).
            r"^\W*(?:the\s+|our\s+|my\s+|their\s+|his\s+|her\s+)?(?P<sayer>"
            rf"(?!{_NOT_WHO}\b|(?:{_THINGS})\b|{mentor.TASK}\b)@?[a-z][\w.\-]*"
            rf"(?:\s+(?!{_NOT_WHO}\b)[a-z][\w.\-]*)?)\s+(?:says|said|thinks|thought|feels|felt|"
            r"believes|reckons|claims|insists)\s+(?:that\s+)?(?:the\s+|our\s+|their\s+)?"
            r"(?:[\w\-']+\s+){0,3}?(?P<said_of>[\w\-]+)(?:\s+\([^()]{0,60}\))?\s+"
            r"(?:(?:really|still|also|definitely|urgently)\s+)?(?:needs|need|should|must|has|have|"
            r"ought)\s+(?:to\s+)?be\s+(?!(?:run|running|set|configured|given)\b)",
            _I,
        ),
        "If you want it done now, say it as an order of your own",
        True,
    ),
    (
        # Round 36 (m41a, attack41 E): another person's modal or need said of an order ("bob
        # might restart worker", "bob should scale payments to 6", "bob needs to restart
        # worker"), and hearsay said as a lead ("supposedly payments wants 6 replicas",
        # "reportedly …", "word is …", "payments apparently needs 6 replicas"). The person is
        # never a planned object (:func:`check`); an order said after it stands.
        "another's words or hearsay, not an order of yours",
        re.compile(
            rf"^\W*(?:the\s+|our\s+)?(?P<modal>{_WHO})\s+(?:might|may|could|should|must|"
            r"needs\s+to|has\s+to|have\s+to|ought\s+to|would\s+like\s+to|'d\s+like\s+to|"
            r"hopes\s+to|wants\s+to|plans\s+to|intends\s+to)\s+(?:(?:also|still|really|"
            r"probably|maybe)\s+)?(?:restart|scale|delete|remove|bump|upgrade|downgrade|update|"
            r"redeploy|bounce|cycle|roll\s*back|rollback|roll\s+out|deploy|patch|drain|cordon|"
            r"evict|reboot|kill)\s+(?!(?:to|up|down|out|in|back|as|it|itself|them)\b|\d)"
            r"[a-z][\w\-]*|"
            # Round 37 (m42b, attack42): another person's plan or promise said with a
            # contraction or a verb of promising ("Bob'll restart my-api", "the on-call's going
            # to scale orders to 8", "our SRE'll restart orders", "Dana promised to scale my-api
            # to 3", "bob offered to bounce worker").
            rf"^\W*(?:the\s+|our\s+|my\s+|their\s+|his\s+|her\s+)?(?P<modal2>{_WHO})\s*"
            r"(?:'ll|'s\s+(?:going\s+to|gonna|about\s+to|planning\s+to)|\s(?:will|is\s+going\s+to|"
            r"is\s+gonna|is\s+about\s+to|is\s+planning\s+to|was\s+going\s+to|promised\s+to|"
            r"promises\s+to|offered\s+to|offers\s+to|volunteered\s+to|vowed\s+to|swore\s+to|"
            r"pledged\s+to|planned\s+to|intended\s+to|agreed\s+to|said\s+(?:that\s+)?"
            r"(?:he|she|they)(?:'d|'ll|\s+would|\s+will|\s+was\s+going\s+to)))\s+"
            r"(?:(?:also|still|really|probably|maybe|then|soon|just|go\s+and)\s+)?"
            rf"{_ACTS}|"
            # ("my manager told me he would scale frontend to 4", "alice says she'll restart
            # worker", "Frank said he'd restart orders after lunch", "bob mentioned that he
            # might roll back payments").
            rf"^\W*(?:the\s+|our\s+|my\s+|their\s+|his\s+|her\s+)?(?P<modal3>{_WHO})\s+"
            r"(?:told|tells|texted|messaged|pinged|emailed|promised|assured|warned)\s+(?:me|us|"
            r"the\s+team|everyone)\s+(?:that\s+)?(?:he|she|they)|"
            rf"^\W*(?:the\s+|our\s+|my\s+|their\s+|his\s+|her\s+)?(?P<modal4>{_WHO})\s+"
            r"(?:says|said|mentioned|wrote|claims|claimed|promised|thinks|thought)\s+(?:that\s+)?"
            r"(?:he|she|they)"
            r"(?:'d|'ll|'s\s+going\s+to|'s\s+gonna|\s+(?:would|will|might|may|could|should|can|"
            r"is\s+going\s+to|was\s+going\s+to|is\s+gonna|plans\s+to|wants\s+to|intends\s+to))"
            rf"\s+(?:(?:also|still|really|probably|maybe|then|soon|just)\s+)?{_ACTS}|"
            # A document's or a ticket's change ("Eve's PR scales my-api to 3", "the ticket asks
            # Carol to scale frontend to 8", "bob's MR bumps frontend to 2.3.0").
            r"^\W*(?:(?:the|this|that|a|an|our|his|her|their)\s+|@?[a-z][\w.\-]*'s\s+)"
            r"(?:(?:open|draft|new|pending|latest|last|linked)\s+)?(?:pr|mr|pull\s+request|"
            r"merge\s+request|commit|diff|changeset|patch|branch)\s*(?:#?\d+\s*)?:?\s+"
            r"(?:also\s+)?(?:scales|restarts|bumps|upgrades|downgrades|updates|sets|deletes|"
            r"removes|changes|raises|lowers|moves|rolls|redeploys|bounces|pins|switches|adds)\b|"
            r"^\W*(?:the|this|that|a|our|his|her|their)\s+(?:ticket|issue|jira|task|card|story|"
            r"request|email|message|runbook|page|alert|incident)\s*(?:#?[\w\-]*\d[\w\-]*\s*)?"
            r"(?:asks|tells|wants|assigns|requires|instructs|directs)\s+(?P<modal5>"
            rf"(?!(?:me|us|you|u|the\s+tool|this\s+tool)\b){_WHO})\s+to\s+{_ACTS}|"
            r"^\W*(?:supposedly|reportedly|apparently|allegedly|rumou?r\s+(?:is|has\s+it)|"
            r"word\s+is|the\s+word\s+is|i\s+hear|i\s+heard|heard|hearsay)\b\s*[,:]?"
            # (one clause only: "apparently payments is crashing, restart it" orders.)
            r"(?=[^,;.!?]*$)|"
            r"^\W*(?:the\s+)?[\w\-]+\s+(?:supposedly|reportedly|apparently|allegedly)\s+"
            r"(?:needs|wants|should|must|has|requires|is)\b",
            _I,
        ),
        "If you want it done now, say it as an order of your own",
        True,
    ),
    (
        "a report of what was done already",
        re.compile(
            r"\bmitigated\s+(?:it\s+|this\s+|that\s+|the\s+[\w\-]+\s+)?(?:by|with|via)\b|"
            r"^\W*(?:(?:i|we|they)\s+(?:just\s+|already\s+)?)?(?:ran|executed)\s+[`'\"]?"
            r"(?:kubectl|helm|k)\b|"
            r"^\W*(?:(?:i|we)(?:'ve|\s+have|\s+had)\s+(?:just\s+|already\s+|now\s+|also\s+)?"
            rf"(?:{_PAST}|set|put|spread|run|rolled)|(?:(?:i|we)\s+)?(?:just\s+|already\s+)?"
            rf"(?:added|created|applied|raised|lowered|mitigated|introduced|attached))\b|"
            # "hpa added to checkout", "LOG_LEVEL set to debug on my-api", "nightly postgres
            # backup set up", "orders-config updated with BATCH_SIZE=500"
            # ("my-api spread across zones with max skew 1" is an order: blind24; "payments
            # pods spread across zones" tells where they are.)
            rf"^\W*(?:the\s+|a\s+|an\s+|our\s+)?(?!(?:{_VERB}|please|pls|plz|i|we|you|have|"
            rf"need|want|make|ensure|only)\b)[\w.\-=]+(?:\s+(?!(?:{_NOT_SUBJECT})\b)"
            r"[\w.\-=]+){0,3}?\s+(?:(?:(?:was|were|is|are|has\s+been|have\s+been|now|just|"
            r"already|all)\s+)*(?:added|created|set(?:\s+up)?|updated|enabled|applied|raised|"
            r"lowered|configured|installed|in\s+place|attached)|(?:(?<=pods\s)|(?<=replicas\s))"
            r"(?:(?:are|were|now|already|all)\s+)*spread)"
            # (Round 36, gap39a: never past "and (then) restart orders …": an order said after
            # it makes the words before it an order too — "orders-config QUEUE set to X and
            # then restart orders"; "… and restarted orders" still reports.)
            rf"(?:\s+{_PREP}\b(?:(?!\band\s+(?:then\s+)?{_VERB}\b|\bthen\s+{_VERB}\b)[^,;])*"
            r"|\s+now|\s+already)?\W*$",
            _I,
        ),
        "If you want it done (again) now, say it as an order",
        True,
    ),
    (
        "a description of who can reach it now",
        re.compile(
            # ("allow only frontend to reach payments" and "only frontend can reach payments"
            # plan: a rule said; "… can reach payments now" tells how it is since a change.)
            r"^\W*(?:only\s+)?(?:the\s+)?[\w\-]+(?:\s+(?:and|&)\s+[\w\-]+)?\s+can\s+"
            r"(?:(?:now|already)\s+(?:reach|talk\s+to|access|connect\s+to|call)\s+[\w\-]+|"
            r"(?:reach|talk\s+to|access|connect\s+to|call)\s+[\w\-]+\s+(?:now|already))\W*$",
            _I,
        ),
        "If you want that rule made now, say it as an order",
        False,
    ),
    (
        _STATUS_WHAT,
        re.compile(
            # (Never past a condition: "… # once the migration is done" waits on it.)
            rf"^\W*(?:the\s+|our\s+|a\s+)?(?!(?:{_VERB}|please|pls)\b(?!-|\s+of\b))"
            rf"{_IN_SENTENCE}"
            r"\b(?:restart|rollout|roll-?out|scale-?up|scale-?down|scaling|upgrade|update|bump|"
            r"deploy(?:ment)?|rollback|roll-?back|backup|change|migration|release|patch|"
            r"switch|scale)\b"
            rf"{_IN_SENTENCE}(?<!\bas)\s+"
            r"(?:is\s+|was\s+|are\s+|still\s+)*(?:planned|pending|scheduled|queued|"
            r"in\s+progress|underway|under\s+way|in\s+flight|upcoming|tbd|optional|"
            # Round 25 (reports): a result, an approval awaited, a runbook's entry.
            # Round 31 (a35a): the result words are :mod:`.results`' table ("… went well",
            # "… looks good", "… was successful"), shared with roles' and noorder's readers.
            r"(?:pending|awaiting)\s+(?:approval|review|sign-?off)|successful|complete|"
            rf"{results.RESULT}|"
            rf"(?:on|in)\s+the\s+(?:roadmap|list|backlog|runbook)){results.THANKS}\W*$|"
            r"(?:\s|[(\[,:\-])\s*(?:is\s+|=\s*)?(?:optional|nice[\s-]to[\s-]have)\s*[)\]]?\W*$",
            _I,
        ),
        "If you want it done now, say it as an order",
        False,
    ),
    (
        "a doubt or an opinion, not an order",
        re.compile(
            r"\b(?:may|might|could|likely|probably|possibly|maybe|perhaps)\s+(?:(?:also|still|"
            r"really|"
            r"eventually|end\s+up)\s+)?(?:have\s+to|has\s+to|need\s+to|needs\s+to|gotta|"
            r"having\s+to|needing\s+to)\s+(?:\w+\s+)?"
            rf"{_VERB}\b|"
            # Round 25 (reports): a need said for later ("we will need to restart payments").
            r"\b(?:will|'ll)\s+(?:(?:also|eventually|probably|likely|soon)\s+)?need\s+to\s+"
            rf"(?:\w+\s+)?{_VERB}\b|"
            # ("I think postgres needs a restart …" plans: blind15.)
            r"^\W*(?:in\s+my\s+(?:humble\s+)?(?:opinion|view)|imo|imho|my\s+(?:take|feeling|"
            r"sense|gut\s+feeling|gut)\s+is)\s*[,:]?\s*(?:that\s+)?"
            r"(?:the\s+)?[\w\-]+\s+(?:(?:probably|really|definitely)\s+)?(?:needs|requires|"
            r"wants|could\s+use|would\s+benefit)\b|"
            # (Round 35, a40b, attack39: after a review's own label too, "suggestion: consider
            # restarting worker".)
            r"^\W*(?:(?:nit(?:pick)?|suggestion|minor|major|(?:non-?)?blocking|note|comment|"
            r"issue|todo|optional)\s*(?:\([^)\n]{0,30}\)\s*)?:\s*)?(?:(?:maybe|perhaps|please|pls)\s+)?"
            r"consider\s+[a-z]+ing\b|"
            # Round 25 (reports): a vote or an opinion said as a label ("my vote: scale …", "my
            # 2 cents: add a pdb …", "imo: …").
            r"^\W*(?:my\s+(?:vote|(?:2|two)\s+cents|take|opinion)|(?:just\s+)?(?:2|two)\s+cents|"
            rf"imo|imho)\s*(?::|[\u2014\u2013]|\s-{{1,2}}\s)\s*{_VERB}\b|"
            # ("my vote is to scale …", "I vote we restart …", "I'd vote for restarting …")
            r"^\W*(?:my\s+vote\s+(?:is|goes|would\s+be)\s+(?:to|for)|i(?:'d|\s+would)?\s+vote"
            rf"(?:\s+(?:that|we|to|for))*)\s+(?:{_VERB}|[a-z]+ing)\b|"
            r"^\W*(?:in\s+principle|in\s+theory|theoretically|hypothetically)\b|"
            # Round 27 (reports): advice said of an act ("it'd be nice to scale payments to 0",
            # "it would be good to restart payments"); the state wished plans ("it would be
            # nice to have a pdb on payments", "it'd be nice if frontend ran 4 replicas").
            r"^\W*it(?:'d\s+be|\s+would\s+be|'s|\s+is|\s+might\s+be|\s+may\s+be|\s+could\s+be)\s+"
            r"(?:(?:really|very|probably|maybe|so|quite)\s+)?(?:nice|good|great|wise|better|best|"
            r"smart|prudent|helpful|useful|ideal|cool|sensible|a\s+(?:good|great|smart)\s+idea)\s+"
            rf"to\s+(?!(?:have|get|see)\b)(?:{_VERB})\b",
            _I,
        ),
        "If you want it done, say it as an order",
        False,
    ),
    (
        "information, not an order",
        re.compile(
            r"^\W*(?:for\s+the\s+record|just\s+so\s+you\s+know|jsyk|for\s+your\s+information|"
            rf"for\s+your\s+info)\s*[,:\-\u2014]?\s*(?:please\s+|pls\s+)?{_VERB}\b",
            _I,
        ),
        "If you want it done now, say it as an order, without the lead",
        False,
    ),
    (
        "a standing rule from a note, not an order to run now",
        re.compile(
            # (a shift's or a handover's notes plan: intents, blind12.)
            r"^\W*(?:on-?call|oncall|runbook|ops|team|sre|pager)\s+(?:note|rule|policy|"
            r"reminder|guideline|tip)s?\s*(?::|[\u2014\u2013]|\s-{1,2}\s)(?=.*\b(?:only|always|"
            r"never|don'?t|do\s+not|unless|must|whenever)\b)",
            _I,
        ),
        "If you want it done now, say it as an order, without the note's label",
        False,
    ),
    (
        "a question (it ends with '?')",
        re.compile(
            rf"^\W*(?:please\s+|pls\s+|plz\s+)?{_VERB}\b[^?\n]*\b(?:pls|plz|please)\s*\?+\s*$",
            _I,
        ),
        "If you want it done, say it as an order, without the question mark",
        False,
    ),
    (
        # Round 37 (en41, attack41): an order the speaker almost gave, was about to give or
        # would have given ("I almost said restart worker", "I was going to say scale payments
        # to 4", "I was tempted to restart worker", "I came close to restarting worker", "I'd
        # have said …"): never given, so never planned ("I almost forgot: restart worker" is).
        "an order you almost gave or would have given, not one you give",
        re.compile(
            r"^\W*(?:(?:i|we)\s+)?(?:had\s+)?(?:almost|nearly|very\s+nearly|just\s+about)\s+"
            r"(?!(?:forgot|forgotten|forget|done|ready|there|finished|out|full|always|never)\b)"
            r"[a-z]+|"
            r"^\W*(?:(?:i|we)\s+)?(?:was|were)\s+(?:(?:just|really|all|so|actually)\s+)?"
            r"(?:going\s+to|gonna|about\s+to|tempted\s+to|(?:this|so|very)\s+close\s+to|"
            r"close\s+to|on\s+the\s+(?:verge|point|brink)\s+of)\s+[a-z]|"
            r"^\W*(?:(?:i|we)\s+)?came\s+(?:this\s+|so\s+|very\s+)?close\s+to\s+[a-z]|"
            r"^\W*(?:i|we)(?:'d|\s+would)(?:'ve|\s+have)\s+(?:said|suggested|typed|written|"
            r"gone\s+with|asked|proposed|picked|chosen|[a-z]+ed)\b",
            _I,
        ),
        "If you want it done now, say it as an order of your own",
        False,
    ),
    (
        # Round 37 (en41, attack41): what a release's document says of a version or a value
        # ("the release notes say frontend 2.3.0", "the changelog mentions payments 3.1.0",
        # "the docs say payments needs 3.1.0"): hearsay about a value, no order to change it.
        "what a document says of a version or a value, not an order",
        re.compile(
            r"^\W*(?:the\s+|our\s+|their\s+|its\s+)?(?:latest\s+|new\s+|upstream\s+|"
            r"official\s+)?(?:release[\s-]+notes?|changelogs?|change[\s-]+logs?|docs?|"
            r"documentation|readme|announcement|(?:security\s+)?advisory|advisories|upstream|"
            r"vendor|(?:release\s+)?notes|blog(?:\s+post)?|release\s+page|"
            # (Round 37, lead, attack42: a review's or a post-mortem's finding, "the postmortem
            # said orders needed 4 replicas", "the capacity review says payments needs 6".)
            r"post[\s-]?mortems?|retro(?:spective)?s?|rca|incident\s+(?:report|review)|"
            r"(?:capacity|load|perf(?:ormance)?|architecture|sizing|cost)\s+(?:review|plan|"
            r"report|model|test|analysis|sheet)s?(?:\s+(?:report|results?|doc))?|audit(?:\s+report)?|"
            r"forecast)\s+(?:say|says|said|"
            r"mention|mentions|mentioned|list|lists|listed|reference|references|referenced|"
            r"talks?\s+about|note|notes|noted|state|states|stated|show|shows|recommend|"
            r"recommends|suggest|suggests|claim|claims|calls?\s+for|points?\s+to|wants?|"
            r"requires?|needs?)\b(?=[^,;]*?\d)",
            _I,
        ),
        "If you want it done now, say it as an order of your own",
        False,
    ),
)
# Round 38 (m44b, attack44): pledges, plans agreed, advice asked, counts wished.
_SHAPES = _OWN_SHAPES + pledges.SHAPES


def status_said(said: str) -> bool:
    """Whether ``said`` is only a status or a result said of a change ("payments restart
    succeeded", "the checkout rollback went fine"): :func:`check` asks it, naming the order to
    type (:mod:`.roles` leaves it here)."""
    lowered = said.lower().replace("\u2019", "'").strip()
    return any(
        what == _STATUS_WHAT and pattern.search(lowered) for what, pattern, _h, _b in _SHAPES
    )


# A fact that a plan of its kind would act on, when no clause is an order (each: what, the op
# kinds it holds for, the words).
_FACTS: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = (
    (
        "a statement about a version or an image",
        frozenset({"set_image"}),
        re.compile(
            r"\b(?:latest|newest|new|current|next|stable)\b[^,;]*?\s(?:is|=|are)\s|"
            r"\b(?:is|are)\s+(?:now\s+)?(?:ready|out|available|released|tagged|published|built|"
            r"green|tested|approved)\b|"
            r"\b(?:fixed|resolved|patched|addressed|solved)\s+in\b|"
            r"\bfix(?:es)?\s+(?:for|of)\b[^,;]*\b(?:is|are)\s+in\b|"
            # Round 26 (reports): "the fix is in frontend 2.2.0".
            r"\bfix(?:es)?\s+(?:is|are)\s+(?:already\s+|now\s+)?in\b",
            _I,
        ),
    ),
    (
        "an observation of how a count worked",
        frozenset({"scale"}),
        re.compile(
            r"\b(?:worked|handled|held|coped|sufficed|did\s+(?:fine|well|the\s+job)|"
            r"was\s+(?:fine|enough|plenty|ok|okay|sufficient))\b",
            _I,
        ),
    ),
    (
        "a description of a security setting already so",
        frozenset({"patch"}),
        re.compile(
            r"^\W*(?:the\s+)?(?!(?:don'?t|do|never|please|pls)\b)[\w\-]+(?:\s+(?:pods?|"
            r"containers?|deployment|app|service))?\s+(?:doesn'?t|does\s+not|never|won'?t|"
            r"will\s+not|isn'?t|is\s+not|can'?t|cannot|can\s+not|aren'?t|are\s+not)\s+"
            r"(?:(?:run|runs|running|execute|executes)\s+)?as\s+root\b|"
            r"^\W*(?:the\s+)?(?!(?:don'?t|do|never|please|pls)\b)[\w\-]+(?:\s+(?:pods?|"
            r"containers?))?\s+(?:isn'?t|is\s+not|aren'?t|are\s+not|never\s+runs?)\s+"
            r"(?:running\s+)?privileged\b",
            _I,
        ),
    ),
)
# A polite word makes a participle an order ("frontend updated to 2.2.0 please").
_PLEASE = re.compile(r"\b(?:please|pls|plz|kindly)\b", _I)
# An order in a clause of its own beside the report ("we restarted payments, now scale checkout").
_ORDER_AFTER = re.compile(
    rf"(?:[,;.!\n]|\b(?:and|then|so|but)\b)\s*(?:(?:please|pls|now|then|also|so|just|and)\s+)*"
    rf"(?:{_VERB})\b(?!\s+(?:it|them)\s*$)",
    _I,
)


# Round 31 (gap34a): advice asked for, in a sentence of its own ("… be made more robust. Please
# advise.", "advise pls", "what would you recommend?", "please advise on making frontend HA"):
# the writer asks what to do, never orders it. Asked when no clause is an order of the writer's
# own ("make frontend more robust, please advise if …" plans).
_ADVICE_ASKED = re.compile(
    r"^\W*advi[sc]e\s+(?:on|about|whether|if|how|what|which)\b|"
    r"\b(?:can|could|would|will)\s+(?:you|u|someone|somebody)\s+(?:please\s+|pls\s+|kindly\s+)?"
    r"advi[sc]e\b|"
    r"(?:^|[.!?;:,\n]\s*|\b(?:and|so)\s+)(?:(?:please|pls|plz|kindly)\s+advi[sc]e|"
    r"advi[sc]e\s+(?:please|pls|plz)|(?:what|how)\s+(?:do|would|should)\s+(?:you|we)\s+"
    r"(?:advise|recommend|suggest)|(?:your|any)\s+(?:advice|recommendations?)\s+"
    r"(?:please|pls|plz|is\s+welcome|would\s+be\s+(?:appreciated|welcome)))\b"
)


def _orders(lowered: str) -> bool:
    """Whether a clause of ``lowered`` is said as an order (its first word a verb of change)."""
    return any(described._ORDER.match(c) for c in speech.clauses(lowered))


_APPLIED = {
    "PodDisruptionBudget": "add a pdb to {name}",
    "HorizontalPodAutoscaler": "autoscale {name} between 2 and 10",
    "ServiceMonitor": "monitor {name}",
    "PodMonitor": "monitor {name}",
    "Schedule": "back up {name} daily at 2am",
    "Backup": "back up {name}",
    "NetworkPolicy": "allow only frontend to reach {name}",
}
_ALLOWED_FROM = re.compile(r"(.+)-allow-from-(.+)")


def _example(result: PlanResult, lowered: str) -> str:
    """An order that would plan the change, to type instead."""
    op = result.operations[0]
    name = op.target.name
    for suffix in ("-once", f"-{op.target.namespace}"):
        name = name.removesuffix(suffix) if op.target.kind in ("Backup", "Schedule") else name
    if op.kind == "apply" and (m := _ALLOWED_FROM.fullmatch(name)):
        return f"allow only {m.group(2)} to reach {m.group(1)}"
    if op.kind == "apply" and op.target.kind in _APPLIED:
        return _APPLIED[op.target.kind].format(name=name)
    if result.category == "ha" and op.target.kind in ("Deployment", "StatefulSet"):
        return f"make {name} highly available"
    if op.kind == "patch" and op.target.kind == "ConfigMap":
        return f"set KEY=value in {name}"
    if op.kind == "patch" and "root" in lowered:
        return f"run {name} as non-root"
    if op.kind == "patch":
        return f"set the {name} memory limit to 1Gi"
    if op.kind == "scale":
        return f"scale {name} to {getattr(op, 'replicas', 4)}"
    if op.kind == "rollout_restart":
        return f"restart {name}"
    if op.kind == "set_image" and (image := getattr(op, "image", None)):
        return f"set the image of {name} to {image}"
    return f"{op.kind.replace('_', ' ')} {name} …, with its value"


# Round 36 (m41a, attack41 R0): a change told in a relative clause or an aside set off by commas
# or dashes ("payments, which bob scaled to 6 yesterday, restart it", "restart worker, updated
# to 1.0.0 by alice", "payments — bob scaled it to 6 — restart it", "payments, which bob wants
# scaled to 6, restart it"): the words are context, never a change to plan beside the order.
_ASIDE_CHANGE = (
    r"(?:scaled|autoscaled|updated|upgraded|downgraded|bumped|moved|switched|rolled|raised|"
    r"lowered|increased|decreased|changed|set|pinned|patched|deployed|redeployed|restarted|"
    r"bounced|configured|enabled|disabled)"
)
_ASIDE = re.compile(
    r"(?:,|\s[-\u2013\u2014]+)\s*(?:"
    # "…, which bob scaled to 6 …", "…, whose memory limit bob raised to 1Gi", "…, where bob set
    # …", "…, which bob may scale to 6", "…, which will be scaled …"
    # (Round 37, en41: never past a word that starts the order, "orders-config, which is tiny
    # so set BATCH_SIZE to 200": the aside ends at "so".)
    r"(?:which|that|whose|where|who)\s+(?:(?!(?:so|then|hence|thus|therefore|and|but)\b)"
    r"[\w\-=']+(?:\.[\w\-]+)*\s+){0,4}?"
    rf"(?:{_ASIDE_CHANGE}|(?:may|might|could|will|would|wants?|wanted|plans?|planned)\s+"
    rf"(?:(?:be|have|to)\s+)?(?:{_ASIDE_CHANGE}|scale|update|upgrade|bump|move|switch|roll|"
    r"raise|lower|change|set|pin|patch|deploy|restart))\b|"
    # "…, scaled to 6 by bob, …", "…, switched to 2.2.0 last sprint"
    rf"{_ASIDE_CHANGE}\s+to\s+[\w.\-]+\s+(?:by|last|yesterday|this|on|in|earlier|since|"
    r"already|before|on)\b|"
    # "… — bob scaled it to 6 — …"
    rf"(?!(?:i|we|you|please|pls|then|and|now|also)\b)[a-z][\w\-]*\s+{_ASIDE_CHANGE}\s+"
    r"(?:it|them)\s+to\b)",
    _I,
)


# Tools a plan sets up, said as the subject of what they should do ("keda should scale orders").
_TOOLS_MODAL = frozenset(
    "keda hpa vpa autoscaler prometheus velero argo argocd flux helm kubernetes k8s it "
    "scaledobject servicemonitor".split()
)


def check(said: str, result: PlanResult, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when ``said`` only tells of the change."""
    if answered or not result.operations:
        return result
    lowered = said.lower().replace("\u2019", "'").strip()
    changes = "; ".join(op.summary() for op in result.operations)
    example = _example(result, lowered)
    if (
        ("advi" in lowered or "recommend" in lowered)
        and (asked := _ADVICE_ASKED.search(lowered)) is not None
        and not _orders(lowered)
    ):
        return result.held_back(
            f"You said {said.strip()!r}, and I read {asked.group(0).strip(' .,;:!?')!r} as a "
            "request for advice, not an order, so I changed nothing. If you want it done now, "
            f"say it as an order of your own, e.g. {example!r} (I would {changes})."
        )
    if ("," in lowered or "-" in lowered or "\u2014" in lowered or "\u2013" in lowered) and (
        aside := _ASIDE.search(lowered)
    ):
        return result.held_back(
            f"You said {said.strip()!r}, and I read {aside.group(0).strip(' ,;-')!r} as telling "
            "of a change made or wished, not one to make now, but the plan would make it too "
            f"(I would {changes}). I changed nothing. Say the order alone, without the aside, "
            "or say the change as an order of its own."
        )
    for what, pattern, hint, beside in _SHAPES:
        if (m := pattern.search(lowered)) is None:
            continue
        if beside and (
            _ORDER_AFTER.search(lowered[m.end() :])
            # ("argo will bump frontend to 2.1.3 pls": a "please" makes no order of what
            # another person or tool will do.)
            or (
                _PLEASE.search(lowered)
                and not any(
                    m.groupdict().get(g) for g in ("who", "modal2", "modal3", "modal4", "modal5")
                )
            )
        ):
            continue  # "we restarted payments, now scale checkout to 4": the order after it
        groups = m.groupdict()
        modal = next(
            (groups[g] for g in ("modal", "modal2", "modal3", "modal4", "modal5") if groups.get(g)),
            None,
        )
        if modal and (
            any(modal.removesuffix("s") in op.target.name.lower() for op in result.operations)
            or modal.lower() in _TOOLS_MODAL
        ):
            # "payments should scale to 6": the workload's own, not a person's; "keda should
            # scale orders on …": the tool the plan sets up (intents, at the merge).
            continue
        if (who := groups.get("relay") or groups.get("sayer")) and (
            any(who.removesuffix("s") in op.target.name.lower() for op in result.operations)
            or not any(
                (groups.get("object") or groups.get("said_of") or "") in op.target.name.lower()
                for op in result.operations
            )
        ):
            continue  # "payments needs 4 replicas": a workload's own need; a want of a thing
        return result.held_back(
            f"You said {said.strip()!r}, and I read {m.group(0).strip(' ,:;')!r} as {what}, so "
            f"I changed nothing. {hint}, e.g. {example!r} (I would {changes})."
        )
    if described._WISH.search(lowered) or "?" in lowered or _orders(lowered):
        return result
    if (
        len(speech.clauses(lowered)) > 1
        or _ORDER_AFTER.search(lowered)
        or described._ARROW.search(lowered)
    ):
        return result  # a fact beside an order or a reason ("…, fixed in 0.9.2 → roll it out")
    kinds = {op.kind for op in result.operations}
    for what, holds_for, pattern in _FACTS:
        if kinds & holds_for and (m := pattern.search(lowered)):
            return result.held_back(
                f"You said {said.strip()!r}, and I read {m.group(0).strip(' ,:;')!r} as {what}, "
                f"not an order, so I changed nothing. To make the change, say it as an order, "
                f"e.g. {example!r} (I would {changes})."
            )
    return result


# Round 37 (en41, attack41): a wish of a state said on another's word — "per bob LOG_LEVEL
# should be debug", "per the runbook, payments should have 4 replicas", "according to alice
# frontend ought to be on 2.3.0", "bob thinks worker should be restarted", "per the release
# notes, frontend 2.3.0". The rule: after a source ("per …", "as per …", "according to …",
# "going by …"), an ORDER said in the speaker's own words is the speaker's (relayed.py:
# "per the runbook, restart worker", "as per CHG-9: scale payments to 4", "per bob set
# LOG_LEVEL to debug …" plan); a STATE said to be wanted ("… should / ought to / must / needs
# (to) …") or a bare value ("…, frontend 2.3.0") is what the source says, not an order: asked,
# before any reader looks for a target in the source's name. The person's own task ("per the
# lab, …": mentor.TASK) is theirs to carry out, and the speaker's own view ("I think …") is
# read elsewhere.
_SOURCE_LEAD = (
    r"^\W*(?:(?:as\s+)?per|according\s+to|going\s+by|based\s+on)\s+"
    rf"(?!{mentor.TASK}\b)(?!(?:me|us|myself|my\s+own)\b)"
    # (A principal the team works for is the authority of the speaker's own change, as
    # relayed.py reads it: "Per our logistics partner, QUEUE in orders-config should be …",
    # blind36.)
    r"(?!(?:the\s+|our\s+)?(?:[\w\-]+\s+){0,2}?(?:clients?|customers?|partners?|cab|"
    r"change\s+(?:advisory\s+)?board|account\s+team|service\s+owners?|product\s+owners?|"
    r"stakeholders?)(?:'s|s')?\b)"
)
_WISHED_STATE = (
    r"\b(?:should|ought\s+to|must|needs?\s+to|has\s+to|have\s+to|needs?|is\s+to\s+be|"
    r"are\s+to\s+be|is\s+supposed\s+to|are\s+supposed\s+to)\b"
)
# The state said on another's word, up to its wish word: never past the speaker's own order
# after a comma, nor past "so" ("finance says cards move to adyen, so PROVIDER should be adyen"
# is the speaker's own conclusion), nor with the speaker's order after it.
_HEARD_STATE = (
    rf"(?:(?!,\s*(?:(?:please|pls|plz|kindly|then|now|so|just)\s+)*{_VERB}\b)(?!,?\s+so\s)"
    r"[^;.!?\n])*?"
    rf"{_WISHED_STATE}(?![^;.!?\n]*,\s*(?:(?:please|pls|plz|kindly|then|now|so|just)\s+)*"
    rf"{_VERB}\b)"
)
_SAID_SHOULD = re.compile(
    # "per bob LOG_LEVEL should be debug", "per the runbook, worker should have 3 replicas"
    # (one sentence; never past an order said after a comma: "per the runbook, restart worker
    # so it should …").
    rf"{_SOURCE_LEAD}(?:(?!,\s*(?:(?:please|pls|plz|kindly|then|now|so|just)\s+)*"
    rf"{_VERB}\b)[^;.!?\n])*?{_WISHED_STATE}|"
    # "per the release notes, frontend 2.3.0": a bare value on another's word.
    rf"{_SOURCE_LEAD}[^,;:\n]{{1,60}}?\s*[,:\u2014]\s*(?!(?:please|pls|plz|kindly)\b)"
    rf"(?!{_VERB}\b)[\w\-]+\s+(?:(?:is|at|on|=)\s+)?v?\d[\w.\-]*\W*$|"
    # "bob thinks LOG_LEVEL should be debug", "alice reckons payments needs 4 replicas": a
    # person's opinion of a state (the speaker's own, "I think …", is no one else's).
    r"^\W*(?:the\s+|our\s+|my\s+)?(?!(?:i|we|you)\b)[a-z][\w.\-]*(?:\s+team)?\s+(?:thinks|"
    r"thought|reckons|reckoned|feels|felt|believes|believed|figures|figured|guesses|"
    rf"guessed|suspects|reckon)\s+(?:that\s+)?{_HEARD_STATE}|"
    # Round 41 (lead, gap44's find): "bob says worker needs 2 pods", "alice told us my-api must
    # have 3 replicas": their word for a state with its number (a need without one — "priya
    # says checkout needs a pdb", "the lab says checkout needs to be more resilient" — is the
    # speaker's to meet, round 30).
    r"^\W*(?:the\s+|our\s+|my\s+)?(?!(?:i|we|you)\b)[a-z][\w.\-]*(?:\s+team)?\s+(?:says|"
    r"said|claims|claimed|writes|wrote|insists|insisted|mentioned|told\s+(?:me|us))\s+"
    rf"(?:that\s+)?{_HEARD_STATE}(?=[^,;.!?\n]*\d)",
    _I,
)


def said_should(text: str) -> str | None:
    """The question for a state wished on another's word ("per bob LOG_LEVEL should be
    debug"), or None when ``text`` says no such thing."""
    lowered = text.lower().replace("\u2019", "'")
    if (m := _SAID_SHOULD.search(lowered)) is None:
        return None
    return (
        f"You said {text.strip()!r}, and I read {text[m.start() : m.end()].strip(' ,:;')!r} "
        "as what someone else (or a document) says should be so, not an order of yours, so I "
        "changed nothing. "
        "If it should change now, say the change as your own order (e.g. 'set LOG_LEVEL to "
        "debug in my-api-config', 'scale payments to 4', 'update frontend to 2.3.0')."
    )
