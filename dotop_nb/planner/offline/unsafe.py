"""Messages whose words name a change that is not asked for now: asked, never planned.

Rule: a change is planned only from a request to make it now. A message that marks its change
as done, on hold, withdrawn, out of scope, past, hypothetical, someone else's, or a question
about it ("- [x] restart frontend", "BLOCKED: …", "~~payments~~", "scratch payments", "Scope
excludes payments", "yesterday's change: …", "why was payments scaled to 4", "remind me to …",
"there's no reason to restart frontend") is asked about. So is a message that says a number in a
form that gives no one count ("two four", "x4" with no verb, "one per zone", "minAvailable+1"),
that names a config as the object of a delete ("delete the payments config": the ConfigMap, or
the workload?), that lends a clock time from a symptom ("the last backup failed at 03:00, set up
a nightly backup"), or that judges a change risky beside another ("restarting orders is risky;
scale it to 3 instead"). When in doubt the question names what was read. Pure text.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import leftout
from dotop_nb.planner.offline.context import Clarify, Ctx, joined, kinds_said
from dotop_nb.planner.offline.roles import SUPPOSED_STATE

_NUM = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_STATUS = (
    r"done|closed|resolved|blocked|on\s+hold|won'?t\s*fix|wontfix|duplicate|cancell?ed|"
    r"obsolete|rejected|declined|abandoned|completed?|fixed|deferred|parked|invalid"
)
_ACTION_ING = (
    r"restarting|deleting|removing|scaling|rolling|updating|upgrading|bouncing|recycling|"
    r"redeploying|reverting|patching|draining|killing"
)

# (pattern, what it says): each shape asked about, with the words read quoted back.
_SHAPES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^\s*(?:[-*+]\s*)?\[\s*[x\u2713\u2714]\s*\]", re.I | re.M),
        "an item ticked as done",
    ),
    # (Round 36, m41b, attack41 F: Slack's one tilde strikes through too: "~restart worker~",
    # "restart worker ~cancelled~"; not a "~" said for "about": "from ~3 to ~5".)
    (
        re.compile(r"~~[^~]+~~|(?<![~\w])~[^~\s](?:[^~]*[^~\s])?~(?![~\w])"),
        "struck-through text (withdrawn)",
    ),
    (
        re.compile(
            rf"^\W*(?:\[\s*(?:{_STATUS})\s*\]|(?:{_STATUS})\s*[:\]\-\u2014])|"
            rf"[(\[]\s*(?:{_STATUS})\s*[)\]]|"
            rf"\b(?:status|resolution|state)\s*[:=]\s*(?:{_STATUS})\b|"
            r"\bon\s+hold\b|\bhold\s+off\b|(?:^|:)\s*no\s+longer\s+needed\b|\bno\s+action\s+(?:needed|required)\b|"
            r"\bignore\s+(?:the\s+above|that|this|previous|me)\b|"
            r"\balready\s+(?:did|done|did\s+it|handled|taken\s+care|fixed)\b",
            re.I | re.M,
        ),
        "a status that says the work is done, on hold or not needed",
    ),
    (
        re.compile(
            r"\bscratch\s+(?!that\b)\w[\w-]*|\b(?:edit|correction|erratum)\s*:|"
            r"\bstrike\s+(?!that\b)\w[\w-]*",
            re.I,
        ),
        "a correction to the message",
    ),
    (
        re.compile(
            r"^\W*(?:yesterday|last\s+(?:night|week|time|sprint|month))'?s\s+(?:change|fix|action|"
            r"deploy|work|update)s?\s*:|\bremember\s+when\b|^\W*why\s+(?:was|were|did|is|are|has|"
            r"have|do|does)\b|\bin\s+an?\s+ideal\s+world\b|\bhypothetically\b|\bsomeday\b|"
            r"\bpost-?mortem\s*:|\broot\s+cause\s+was\b|\bremediation\s*\(done\)|"
            r"\b(?:idea|poll|proposal|question)\s*:|\U0001f44d\s*/\s*\U0001f44e|"
            r"\bwe\s+(?:may|might|could)\s+(?:have|need)\s+to\b",
            re.I | re.M,
        ),
        "a past change, a question about one, or a wish — not a request",
    ),
    (
        re.compile(
            # (Round 30, gap33b: never the thing a reminder names, "after the reminder batch has
            # gone out at 18:00", "the reminder-SMS worker": a batch, a job, a worker of them.)
            r"\bremind\s+me\b|\breminder\b(?![\s-]+(?:batch\w*|jobs?|runs?|e-?mails?|sms|"
            r"messages?|texts?|notifications?|service|worker|queue|cron\w*|tasks?|campaigns?|"
            r"dispatch|push\w*|letters?|calls?|sender|mailer)\b)|"
            r"\bask\s+(?!for\b|about\b|is\b|was\b|here\b|being\b)\w+\s+to\b|"
            r"\blet\s+(?!me\b|us\b|it\b|them\b)\w+\s+know\b|\bwalk\s+me\s+through\b|"
            r"\b(?:what'?s|what\s+is|give\s+me|show\s+me|print|tell\s+me|send\s+me)\s+(?:the\s+|a\s+)?"
            r"(?:command|yaml|manifest|kubectl|steps)\b|\bhow\s+(?:do|would|can|should)\s+"
            r"(?:i|we|you)\b|\b(?:i'?m|i\s+am)\s+(?:going\s+to|about\s+to)\b|"
            r"\b(?:i'?ll|i\s+will)\s+(?:restart|delete|scale|roll|update|bounce|redeploy|do\s+it|"
            r"handle)\b|"
            r"\b(?!you\b|u\b|we\b|i\b|they\b|it\b)[a-z]+\s+(?:(?:will|is\s+going\s+to)\s+"
            r"(?:restart|delete|scale|roll|update|bounce|redeploy)|is\s+(?:restarting|deleting|"
            r"scaling|rolling|updating|bouncing|redeploying))\s+(?!(?:in|again|constantly|repeatedly|"
            r"a|all|every|non-?stop|over|and|on|itself|up|down|back|out)\b)(?:[\w-]+)",
            re.I,
        ),
        "someone else's change, a reminder or a how-to question — not a change to make",
    ),
    (
        re.compile(
            r"\bsaid\s+no\s*one\s+ever\b|\s/s\s*$|\bthis\s+is\s+(?:just\s+)?a\s+test\b|"
            r"\bjust\s+kidding\b|\bjk\b|^\s*(?://|/\*|rem\s|--\s)|"
            r"\b(?:says|said|reads|shows|prints|printed|showed)\s*:?\s*[\"'\u201c]",
            re.I | re.M,
        ),
        "a joke, a comment or quoted output — not a request",
    ),
    (
        re.compile(
            r"\bthere'?s\s+no\s+(?:reason|need)\s+to\b|\bno\s+(?:reason|need)\s+to\s+\w+\b|"
            r"\b(?:does|do|did)(?:n'?t|\s+not)\s+need\s+(?:to\s+be\s+|a\s+|an\s+|any\s+|more\s+)?"
            r"(?:restart|rollback|roll|scal|updat|redeploy|bounc|delet|remov|recycl|upgrad|"
            r"chang|touch)\w*",
            re.I,
        ),
        "a change said not to be needed",
    ),
    (
        re.compile(
            rf"\b{_NUM}[\s-]+{_NUM}\b|\b(?:to|by)\s+(?:one|a|two|three|\d+)\s+(?:\w+\s+)?per\s+"
            r"(?:zone|node|az|region|cluster|host|machine|rack|datacenter|dc|core|cpu)\b",
            re.I,
        ),
        "a number said in a form that gives no one count",
    ),
    (
        # "minAvailable+1", "current + 1": a field's value plus a number (never "payments +2").
        re.compile(r"\b[a-z]+[A-Z][A-Za-z]*\s*[+*]\s*\d+\b|\bcurrent\s*[+*]\s*\d+\b"),
        "a value said as arithmetic on a field",
    ),
    (
        re.compile(
            r"\b(?:failed|crashed|died|broke|happened|stopped|went\s+down|occurred|alerted|paged|"
            r"started\s+failing|timed\s+out|ran|was|were)\s+(?:at|around|about|since)\s+"
            r"(?:\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm)|midnight|noon)\b"
            # Only beside a schedule, where the time could be lent to it.
            r"(?=.*\b(?:backups?|back\s+up|dump|snapshot|schedule|cron|nightly|daily|weekly|every)\b)",
            re.I | re.S,
        ),
        "a time from what happened — not a time to use",
    ),
    (
        re.compile(
            rf"\b(?:{_ACTION_ING})\b[^.;,\n]*?\b(?:is|are|would\s+be|seems|'s|feels)\s+"
            r"(?:too\s+|very\s+|a\s+bit\s+|quite\s+|kind\s+of\s+)?(?:risky|dangerous|scary|unsafe|"
            r"overkill)\b",
            re.I,
        ),
        "a change judged risky beside another",
    ),
]
# "payments x4" with no verb: times four (8) or four replicas?
_MORE_SHAPES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:the\s+)?(?:first|second|third|fourth|last|other|older|newer|bigger|smaller)\s+"
            r"one\b|\bwhichever\b|\beither\s+(?:one|of)\b",
            re.I,
        ),
        "a choice between workloads left to me",
    ),
    (
        re.compile(r"\s(?:er|erm|uh|uhh|um|umm|uhm)\s+[\w.:-]*\d", re.I),
        "a value corrected while said",
    ),
    (
        # (Round 35, gap38a: "BWA peaks ~3.5 GB", "~1.5 cores": an amount said roughly, with its
        # unit, is no version.)
        re.compile(
            r"\d+(?:\.\d+)*\.(?:x|\*)(?![\w.])|[~^]\s?v?\d+\.\d+"
            r"(?![\d.]*\s*(?:[kmgtp]i?b|[kmgtp]i|%|ms|secs?|seconds?|cores?|cpus?|x)(?![\w.]))"
            r"|\d\.\d+\s*\+(?!\d)",
            re.I,
        ),
        "a version range, not one version",
    ),
    (
        re.compile(
            r"^\s*[\w.-]+\s*:\s*(?:on\s+it|done|did\s+it|will\s+do|ack|taking\s+it|mine)\b|"
            r"\beta\s*:?\s*\d",
            re.I | re.M,
        ),
        "a chat reply or an ETA — not a request to me",
    ),
    # Round 37 (m42a, attack42 w2_comment_inj): a comment mark after the order, and after it a
    # second order ("scale my-api to 7 # and delete payments", "… -- and delete orders",
    # "… // restart worker", "… /* and orders to 6 */", "… <!-- delete frontend -->", "… REM
    # delete worker"): commented out, or another order? Never planned. (A remark after it stays
    # planned: "restart frontend # not orders, that one's fine"; a mark glued to a word is none:
    # "ticket #48213".)
    (
        re.compile(
            r"(?<=\S)[ \t]+(?:#|--|//|/\*|<!--|(?-i:REM))[ \t]+"
            r"(?:(?:and|also|then|plus|&)\b|(?=[^\n]*?\b(?:delete|remove|drop|destroy|purge|wipe|"
            r"kill|nuke|scale|restart|rollout|roll|bounce|redeploy|recycle|set|patch|update|upgrade|"
            r"deploy|drain|cordon|evict|undo|revert|rollback)\b))[^\n]*",
            re.I,
        ),
        "words after a comment mark — commented out, or another order",
    ),
    # Round 37 (m42a, attack42 corrections): a chat correction, a star-word after a value
    # ("scale frontend to 9 *5", "set the image to 1.2 *1.3"): the value it fixes, or the one
    # said? (Never emphasis: "*5*"; nor a list's bullet, a product or a cron field: "* 5", "3 * 5",
    # "*/6"; a word's fix, "restate payments *restart", is the typo reader's.)
    (
        re.compile(r"(?<=[\w.:%])[ \t]+\*\d[\w.:/-]*(?![\w.:/*-])"),
        "a chat correction (a '*' word fixing a value said before it)",
    ),
]
# Round 37 (m42a, attack42 w2_time_subtle): an occasion with no clock time closing a one-off
# act ("restart frontend during the sale", "during the promo: bounce worker"): never run now.
# (A near time said vaguely, "restart worker in a bit", is waited on by the time readers, and
# "in a bit: …" keeps its lead (mentor); a change that would hold "during the sale" is asked as
# one said to end; "traffic peaks during Black Friday" beside a scale is context.)
# Read in the whole message: a lead-in time ("during the sale: …") is read apart from its order.
_VAGUE_TIME = re.compile(
    r"\bduring\s+(?:the\s+|our\s+|this\s+|tonight'?s\s+|today'?s\s+)?(?:[\w-]+\s+)?"
    r"(?:sale|sales|promo|promotion|campaign|peak|rush|black\s+friday|cyber\s+monday|"
    r"flash\s+sale|spike|demo|event|game|match|show|broadcast|keynote)"
    r"(?=\s*(?:[.!,;:)]|$))",
    re.I,
)
_ONE_OFF = re.compile(r"\b(?:restart|bounce|redeploy|recycle|cycle|kick|reboot)", re.I)
# Round 37 (m42a, attack42 w3_part_later): one part of the message said for later, by its
# workload ("scale frontend to 5 and my-api to 8 (my-api later)", "…, worker tomorrow", "(later
# for worker)"): that part must not run now — asked.
_PART_LATER = re.compile(
    r"(?:[(\[]\s*|[,;\u2014]\s*|\s-\s)(?:the\s+)?([a-z][\w-]*)(?:\s+(?:one|part|bit))?"
    r"\s*:?\s+(?:later|tomorrow|tonight|afterwards|next\s+week|after\s+that|on\s+hold)\b|"
    r"[(\[]\s*(?:later|tomorrow|tonight)\s+(?:for|on)\s+(?:the\s+)?([a-z][\w-]*)",
    re.I,
)
# "Out-of-scope: worker\nscale worker to 2": a workload the scope leaves out, and then changed.
_SCOPE = re.compile(
    r"\bout[-\s]of[-\s]scope\b|\bscope\s+excludes?\b|\bnot\s+in\s+(?:the\s+)?scope\b|"
    r"\bexcluded\s+from\s+(?:the\s+)?scope\b|\bnon[-\s]?goals?\s*:",
    re.I,
)
_SENTENCE = re.compile(r"[^.;\n]*")
# Kinds of object that are no workload, said before or after a name ("the PodDisruptionBudget
# orders", "pdb/orders", "the PDB of orders", "the orders pdb"), in a scope's sentence.
_OTHER_KIND = (
    r"(?:poddisruptionbudgets?|pdbs?|configmaps?|cm|services?|svc|hpas?|"
    r"horizontalpodautoscalers?|networkpolic(?:y|ies)|netpols?|servicemonitors?|podmonitors?|"
    r"secrets?|ingress(?:es)?|scaledobjects?|cronjobs?|pvcs?)"
)
_OTHER_KIND_CUE = re.compile(rf"\b{_OTHER_KIND}\b", re.I)
_KIND_THEN_NAME = re.compile(
    rf"\b{_OTHER_KIND}(?:\s*/\s*|\s+of\s+(?:the\s+)?|\s+)([a-z0-9][\w\-]*)", re.I
)
_NAME_THEN_KIND = re.compile(rf"\b([a-z0-9][\w\-]*)(?:'s)?\s+{_OTHER_KIND}\b", re.I)


def other_kind_names(sentence: str) -> set[str]:
    """The names ``sentence`` says with a kind that is no workload's (see above), lower-cased."""
    return {
        m.group(1).lower()
        for pattern in (_KIND_THEN_NAME, _NAME_THEN_KIND)
        for m in pattern.finditer(sentence)
    }


_REPORTED = "a change reported, already made, or left to later or to someone else"
# Round 9, the attacker's shapes (attack9-unsafe.txt): each is a request not to act on as read.
_ATTACK_SHAPES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            # "…, right?" tags the change; "hope I'm saying it right" says the words are right.
            r"(?:,|\s|\u2014|-)\s*(?:should\s+i|shall\s+(?:i|we)|agree|"
            r"(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bthem\s)right|y/n|would\s+that\s+help|"
            r"is\s+that\s+(?:ok|okay|enough|fine|right)|does\s+that\s+make\s+sense|sounds?\s+good|"
            r"i\s+(?:guess|think|suppose)|possibly|perhaps|maybe)\s*[?!.]*\s*$|\bnot\s+sure\b|"
            r"\[y/n\]|\(y/n\)|\?\?+\s*$|\?!\s*$|\(\?\)|^\W*(?:delete|remove|drop|destroy|kill|purge|wipe)\b"
            r"[^?\n]*\?\s*$",
            re.I,
        ),
        "a question or a hedge about the change, not an order",
    ),
    (
        re.compile(
            r"^\W*(?:you\s+(?:could|might|may)|it\s+might\s+be\s+worth|normally\s+we|usually\s+we|"
            r"we\s+always|last\s+time)\b|\b\w+\s+wants\s+[\w-]+\s+(?:deleted|removed|restarted|"
            r"scaled|gone)\b|\basked\s+(?:whether|if)\b|\bsays\s+hold\b",
            re.I,
        ),
        "advice, a habit or someone else's wish — not an order",
    ),
    (
        re.compile(
            "[\u274c\U0001f6ab\u2717\u26d4\U0001f44e\u23f3\u2705\u2713\u2714\u2611]|\\[x\\]\\s*$"
        ),
        "a status mark beside the change",
    ),
    (
        re.compile(
            r"(?<!is )(?<!are )(?<!be )(?<!'s )(?<!been )(?<!get )(?<!gets )(?<!once )(?<!when )"
            r"(?<!if )(?<!until )(?<!after )(?<!has )(?<!have )"
            r"\b(?:cancell?ed|skipped|unnecessary|postponed|in\s+progress|ongoing|done|completed|"
            r"rejected)\s*\)?\s*[.!]?\s*$|\bblocked\s+on\b|"
            r"\bstatus\s*:\s*in\s+progress\b|\bfreeze\s+(?:is\s+)?(?:in\s+effect|on|in\s+force|"
            r"active)\b|\(\s*(?:i\s+)?meant\b|\bi\s+meant\b",
            re.I | re.M,
        ),
        "a status, a freeze or a correction beside the change",
    ),
    (
        re.compile(
            r"\b(?:restarted|restarts|restarting)\s+(?:\d+|a\s+lot|often|again|repeatedly|constantly|"
            r"twice|several|many|\w+\s+times)\b|\brestart\s+loop\b|\b(?:was|were|got|been)\s+"
            r"restarted\b|"
            r"\b(?:restart(?:ing)?|scaling|a\s+restart)\b[^.;,\n]*\b(?:did(?:n'?t|\s+not)\s+(?:help|fix|"
            r"work)|worked|fixed\s+it|helped)\b|\bwe\s+(?:restarted|scaled|deleted|rolled)\b|"
            # Round 26 (reports): the same verdict on a rollback, or a restart said to have made
            # it worse ("the checkout rollback didn't help; restart it instead", "the
            # checkout restart made it worse; undo it": a restart leaves nothing to undo). ("the
            # update made it worse, roll back checkout" plans: a rollback undoes an update.)
            r"(?i:\b(?:the|that|this|our|my)\s+(?:[\w-]+\s+)?(?:rollback|roll-?back|revert|"
            r"restart)\s+(?:did(?:n'?t|\s+not)\s+(?:help|fix|work)|"
            r"made\s+(?:it|things|everything)\s+worse))\b|"
            r"\btracked\s+(?:in|separately|elsewhere)\b|\bcan\s+wait\b|\bsomeone\s+else'?s\s+"
            r"(?:job|problem|task)\b|\banother\s+day\b|\band\s+[A-Z][a-z]+\s+(?:restarts|deletes|"
            r"scales)\b|^\W*[\w-]+\s+already\s+has\b[^,;.\n]*$|\bgot\s+an?\s+\w+\s+yesterday\b",
            re.M,
        ),
        _REPORTED,
    ),
    (
        re.compile(
            r"\b(?:delete|remove|drop|purge|wipe|destroy|nuke|clean\s*up|cleanup)\s+(?:the\s+)?"
            r"(?:(?:old|previous|stale|unused|legacy)\s+[\w-]+\s*$|[\w-]+(?:'s|')?\s+(?:logs?|alerts?|"
            r"dashboards?|image|rollout|jobs?|cronjobs?|ingress|routes?|endpoints?|database|db|"
            r"storage|disks?|files?|strategy|namespace|version|tag|service\s+account|volumes?|data|"
            r"history|metrics|stuff)(?=\s*(?:$|[.;,!?\n]))|[\w-]+\s+v?\d+\.\d+)\b",
            re.I,
        ),
        "a delete of something other than a named object",
    ),
    (
        re.compile(
            r"\b(?:in|on)\s+(?:the\s+)?(?!this\b|the\b|our\b|a\b)[\w-]+\s+cluster\b|\bon\s+cluster\s+\w|"
            r"\b(?:in|on)\s+(?:the\s+)?(?:us|eu|ap|sa|ca|me|af)-(?:east|west|north|south|central)\w*"
            r"(?:-\d)?\b|"
            r"\bon\s+gke-|\b(?:on|to)\s+(?:the\s+)?canary\b|\bthe\s+canary\s+(?!(?:fail|break|error|pass|succeed|look|go|stay)\w*\b|is\b|was\b)[\w-]+\s*$|^\W*canary\s+[\w-]+|"
            r"\bcanary\s+(?:pods?|replicas?)\b|\bblue[/-]green\b|\bthe\s+(?:blue|green)\s+[\w-]+|"
            r"\b(?:oldest|newest|crashing|unhealthy|failing|stuck)\s+(?:[\w-]+\s+)?pods?\b|"
            # (Round 29, gap32a: never the count a workload has or runs, "worker has one pod
            # only, … make 3": how it is now.)
            r"\bon\s+node-?\w+|\bin\s+zone\s+\w\b|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bruns\s)"
            r"(?<!\brun\s)(?<!\bwith\s)\b(?:one|half(?:\s+of)?\s+the)\s+(?:[\w-]+\s+)?"
            r"(?:pods?|replicas?)\s+only\b|"
            # (Round 39, oa44: never where they sit now, "it's on one box": how it is.)
            r"(?<!'s\s)(?<!\bis\s)(?<!'re\s)(?<!\bare\s)\bon\s+(?:half\s+the|one|1)\s+(?:pods?|"
            r"replicas?)\b|\b(?:update|set)\s+(?:one|half)\b"
            # ("no cpu request, so set one of 250m": "one" is the request, a quantity its size.)
            r"(?!\s+of\s+\d+(?:\.\d+)?\s*(?:m|mi|gi|ki|g|cores?|cpus?)\b)",
            re.I,
        ),
        "another cluster, or only some of the pods",
    ),
    (
        re.compile(
            r"\bv?\d+\.\d+\.\d+\b(?![^.;\n]*\b(?:and|then)\b)"
            # (Round 24: "…, 1.1.0 fails its health check" closing the request: the symptom.)
            r"(?!\s+(?:fails|failed|failing|breaks|broke|flunks)\s+(?:its|the)\s+(?:readiness|"
            r"liveness|startup|health)\s+(?:probes?|checks?)\W*$)"
            r"[^;\n]*?(?:\b\d+\s+(?:more\s+)?"
            r"(?:[\w-]+\s+)?(?:pods?|replicas?)\b|\s[x\u00d7]\s?\d|\b(?:one|two|three)\s+(?:pods?|"
            r"replicas?)\b|LOG_LEVEL|\d+Mi\b|\bprobe\b)|(?:\b\d+\s+(?:more\s+)?(?:[\w-]+\s+)?"
            r"(?:pods?|replicas?)\b)[^;\n]*?\bv?\d+\.\d+\.\d+\b",
            re.I,
        ),
        "a version said with another change in one phrase",
    ),
    (
        re.compile(
            r"(?<![a-z])(?:batch|size|memory|mem|cpu|connections?|limit|request|timeout|threads?|pool)"
            # (A factor has at most two digits: "x264", "x265" name a codec, never a factor.)
            r"(?![a-z])[^.;\n]{0,20}(?:\s[x\u00d7]\s?\d{1,2}(?![\d\w])|\btimes\s+\d)|(?<![a-z])(?:batch|size|"
            r"connections?|threads?|pool)(?![a-z])[^.;\n]{0,10}\+\s*\d|\b(?:batch\s+size|connections)\s+"
            r"(?:double|triple|half)\b|\btotal\b|\bsplit\b|\bacross\s+[\w-]+\s+and\b|\bbetween\s+"
            r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z][\w-]*\s+and\s+[a-z]|\+\s*[a-z][\w-]*\s*=|\b(?:in|per)\s+each\s+(?:zone|node|az)\b",
            re.I,
        ),
        "a number said of a setting, or a total across workloads",
    ),
    (
        re.compile(
            r"(?<!to )(?<!=)\broll\s*(?:it\s+)?back\b[^.;\n]*(?<![\w-])"
            r"(?:config|configuration|env|settings|configmap)(?![\w-])|"
            r"\b(?:revert|undo)\b[^.;\n]*\bconfig(?:uration)?\s+change\b",
            re.I,
        ),
        "a rollback of configuration (a rollback restores the pod template, image included)",
    ),
]
_SINCE_RESTART = re.compile(r"\bsince\s+the\s+([\w-]+)\s+restart\b", re.I)
# "payments x4" said alone (a count tag, as in a list): times four, or four replicas? Said in a
# sentence ("checkout x3 for the flash sale") it multiplies (the corpus reads it so).
# Round 31 (probe36): with a tag, a greeting or courtesy around it too ("[urgent] frontend x6",
# "Hi team, could you please frontend x6 asap", "frontend x6 pls", "frontend x6 - thanks!"),
# and said in words ("frontend times 6"): read so, "x6" was a factor there and 18 replicas ran.
_MULTIPLIER = re.compile(
    r"^\W*(?:\[[^\]\n]{1,30}\]\s*|[A-Z][A-Z0-9-]{1,15}:\s+|(?:hi|hey|hello)\b[^,\n]{0,20},\s*|"
    r"(?:could|can|would)\s+(?:you|u)\s+|please\s+|pls\s+|plz\s+|kindly\s+)*"
    # Round 32 (a36b): said with a mark or "to", "is", "was" before the factor ("frontend: x6",
    # "frontend -> x6", "frontend to x6", "frontend was x6"; never with its verb: "scale
    # frontend x3 pls" multiplies, round 31), and with a time, a place, a unit or a part left
    # alone after it ("frontend x6 now", "… tonight", "… in shop", "… replicas", "… (was x3)",
    # "…, not payments", "…, worker untouched"): times six, or six replicas? — asked as alone.
    r"(?:[\w-]+(?:\s*(?::|->|\u2192)|\s+(?:to|is|was|is\s+now|now))?\s+"
    r"(?:[x\u00d7]\s?\d+|\d+\s?[x\u00d7]|times\s+\d+)|"
    # (Round 33, attack37: the factor before the name, "x6 frontend", "3x my-api".)
    r"(?:[x\u00d7]\s?\d+|\d+\s?[x\u00d7])\s+(?!(?:current|currently|now|more|the|what|"
    r"replicas?|pods?|capacity|traffic|load|it|them|that)\b)[\w-]+)"
    r"(?:\s*[-,]?\s*(?:pls|plz|please|asap|thanks|thx|ty|thank\s+you|cheers|rn|now|tonight|today|"
    r"tomorrow|replicas?|pods?|in\s+[\w-]+|"
    r"not\s+[\w-]+|[\w-]+\s+(?:untouched|unchanged|stays|as\s+is))\b|"
    r"\s*\((?:was|from|now)\s+[x\u00d7]?\d+[x\u00d7]?\))*\W*$",
    re.I,
)


def _one_replica(ctx: Ctx, said: str) -> bool:
    """Whether every workload ``said`` names runs one replica: "worker x4" is then 4 either way
    (times one, or a count of 4), round 28."""
    named = ctx.workloads(said)
    return bool(named) and all((obj.get("spec") or {}).get("replicas", 1) == 1 for _, obj in named)


# "delete the payments config", "remove config for payments": the ConfigMap, or the workload
# it configures? (Never "delete my-api and its config": both are named.)
_CONFIG_DELETE = re.compile(
    r"\b(?:delete|remove|drop|purge|wipe|destroy|nuke|get\s+rid\s+of|clean\s+up|tear\s+down)\s+"
    r"(?:the\s+|all\s+)?(?:[\w-]+(?:'s|')?\s+)?(?:config|configuration|conf|settings|cfg)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w-]+)?\s*(?:$|[.;,!?\n])",
    re.I,
)
# "set failureThreshold 5 on the readiness probe — it fails 3 times at startup": a startup
# said beside another kind of probe is no startup probe asked for.
_OTHER_PROBE = re.compile(r"\b(?:readiness|liveness)\s+probe\b", re.I)
_STARTUP = re.compile(r"\bstart-?up\b(?!\s*probe)", re.I)


# Round 30 (gap33b): "… only has 2 pods and both sit on node-a. Could you add podAntiAffinity?":
# where the pods are now, told by a subject and a verb of being there in a clause that ends
# there, is why — never the pods the change is for ("restart the payments pod on node-2" and
# "the pods that are on node-2" still ask).
_PODS_ARE_ON = re.compile(
    r"\b(?:both|all|they|(?:the|its|their|both|all|my|our|\d+|two|three|four)\s+(?:[\w-]+\s+)?"
    r"(?:pods?|replicas?))\s+(?:(?:all|both|now|currently|still|together)\s+)?"
    r"(?:sit|sits|sat|are|is|were|was|live|lives|landed|(?:are|were|got)\s+(?:scheduled|placed|"
    r"running)|run|ran|ended\s+up)\s+(?:(?:all|both|together)\s+)?"
    # ("…, now all on node-b": the same with the verb dropped, said of now.)
    r"(?<=\s)(on\s+(?:the\s+)?(?:same\s+)?node-?\w+)(?=\s*(?:[.,;!?\n]|$))|"
    r"(?:^|(?<=[,;.]\s))(?:now|currently|atm|today)\s+(?:all|both)\s+"
    r"(on\s+(?:the\s+)?(?:same\s+)?node-?\w+)(?=\s*(?:[.,;!?\n]|$))",
    re.I,
)


# The subject of an out-of-scope sentence naming one object of a kind that is not a workload,
# its kind first: "The PodDisruptionBudget orders", "the PDB of orders", "pdb/orders".
_OTHER_KIND_SUBJECT = re.compile(
    r"(?:[\w-]+:\s*)?(?:the\s+|its\s+)?(?:pdb|poddisruptionbudget|disruption\s+budget|hpa|"
    r"horizontalpodautoscaler|configmap|network\s*policy|networkpolicy|netpol)"
    r"(?:\s+of(?:\s+the)?\s+|\s+|/)[a-z0-9][\w\-.]*",
    re.I,
)


_COPULA = re.compile(r"\s+(?:is|are|remains?|stays?)$", re.I)


def _scoped_keys(ctx: Ctx, text: str) -> set[tuple[str, str]]:
    """The workloads ``text`` names, by (kind, name): of the workload kinds it says, when it says
    any ("The Deployment cache is out of scope" is not the StatefulSet cache, round 31)."""
    named = ctx.workloads(text)
    if said := set(kinds_said(text)):
        named = [(t, obj) for t, obj in named if t.kind in said] or named
    return {(t.kind, t.name) for t, _ in named}


def check(ctx: Ctx) -> None:
    """Raise :class:`Clarify` when the request is one of the shapes of the module docstring."""
    raw = ctx.raw.replace("\u2019", "'")
    told = (
        _PODS_ARE_ON.sub(lambda m: m.group(0)[: m.start(m.lastindex or 1) - m.start()], raw)
        if "node" in raw.lower()
        else raw
    )
    for pattern, what in _SHAPES:
        if m := pattern.search(raw):
            raise Clarify(
                f"I read {m.group(0).strip()!r} as {what}, so I did not plan {ctx.raw!r}. "
                "Say the change to make now, in its own words."
            )
    for pattern, what in _MORE_SHAPES:
        if m := pattern.search(raw):
            raise Clarify(
                f"I read {m.group(0).strip()!r} as {what}, so I did not plan {ctx.raw!r}. Say "
                "the change to make now, exactly."
            )
    said = joined(ctx.request.intent, *ctx.request.refinements)
    if (m := _VAGUE_TIME.search(said)) and _ONE_OFF.search(said):
        raise Clarify(
            f"I read {m.group(0).strip()!r} as a time I cannot wait for exactly as said, so I "
            f"did not plan {ctx.raw!r}. Say the change to make now alone, or a clock time."
        )
    for m in _PART_LATER.finditer(raw):
        name = m.group(1) or m.group(2)
        if ctx.workloads(name):
            raise Clarify(
                f"I read {m.group(0).strip(' ,;([')!r}: that part is for later, so I did not plan "
                f"{ctx.raw!r}. Say the change to make now alone, and the later one when it is due."
            )
    for m in _SCOPE.finditer(raw):
        # The sentence of the scope, and what the rest of the message names.
        start = raw.rfind("\n", 0, m.start()) + 1
        start = max(start, raw.rfind(".", 0, m.start()) + 1, raw.rfind(";", 0, m.start()) + 1)
        end = _SENTENCE.match(raw, m.end())
        stop = end.end() if end else len(raw)
        sentence = raw[start:stop]
        subject = _COPULA.sub("", raw[start : m.start()].strip())
        if _OTHER_KIND_SUBJECT.fullmatch(subject):
            # "The PodDisruptionBudget orders is out of scope": an object of another kind than
            # a workload, by kind and name — the prohibition it makes covers that kind alone
            # (:func:`.constraints._of_kind`), never the workload of that name (round 31).
            continue
        # Round 31 (gap34a): a name said with its kind is that object only, wherever in the
        # sentence ("… and the PDB of orders are out of scope" leaves the Deployment orders in);
        # "The Deployment cache is out of scope" is compared by kind and name.
        other = other_kind_names(sentence) if _OTHER_KIND_CUE.search(sentence) else set()
        scoped = {k for k in _scoped_keys(ctx, sentence) if k[1].lower() not in other}
        rest = _scoped_keys(ctx, raw[:start] + " " + raw[stop:])
        if raw[m.end() : stop].strip(" ,.!"):
            # "The cache statefulset is out of scope, restart it though": a clause after the
            # scope may say the other namesake by a pronoun: compared by name, as before.
            both = sorted({name for _, name in scoped} & {name for _, name in rest})
        else:
            both = sorted(name for _, name in scoped & rest)
        if both and set(both) <= leftout.list_left_out(ctx, raw):
            # Round 33 (a37c): "restart my-api, payments and worker. worker: out of scope.":
            # one of a list left out of it (:mod:`.leftout`), never changed.
            continue
        if both:
            raise Clarify(
                f"I read {raw[start:stop].strip()!r}: {both[0]} is out of scope, and the rest of "
                f"the message changes it. Should {both[0]} change or not?"
            )
    for pattern, what in _ATTACK_SHAPES:
        for m in pattern.finditer(told):
            if what == _REPORTED and SUPPOSED_STATE.search(raw[: m.start()]):
                continue  # "alert when postgres restarts a lot": supposed, not told (roles.py)
            raise Clarify(
                f"I read {m.group(0).strip()!r} as {what}, so I did not plan {ctx.raw!r}. Say "
                "the change to make now, exactly."
            )
    for m in _SINCE_RESTART.finditer(raw):
        # "since the frontend restart, set LOG_LEVEL=debug": a past restart of a workload.
        if ctx.workloads(m.group(1)):
            raise Clarify(
                f"I read {m.group(0)!r} as a restart that already happened, so I did not plan "
                f"{ctx.raw!r}. Say the change to make now, exactly."
            )
    if (m := _MULTIPLIER.search(raw)) and not _one_replica(ctx, m.group(0)):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: times that many, or that many replicas? Say the "
            "replica count ('scale payments to 4')."
        )
    if m := _CONFIG_DELETE.search(raw):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: delete a ConfigMap (name it: 'delete configmap "
            "<name>'), or the workload it configures? I delete only what is named exactly."
        )
    if _OTHER_PROBE.search(raw) and (m := _STARTUP.search(raw)):
        raise Clarify(
            f"I read {m.group(0)!r} beside a readiness or liveness probe: is a startup probe "
            "asked for too? Say each probe to change, with its settings."
        )
