"""How a change went, told after it: one table of result words for every reader of a report.

Rule (round 31, a35a): "the worker restart went fine", "frontend switch to 2.2.0 succeeded",
"my-api scale to 5 was successful", "the payments bump to 3.1.0 looks good", "bump payments to
3.1.0 is done already", "scale payments to 4 has already happened" tell of a change made (or
tried): no order. The readers of reports share :data:`RESULT` — :mod:`.roles` (a report in a
clause), :mod:`.hearsay` (a status said of the change's noun), :mod:`.noorder` (a verb-led order
with its result after it) — so one reader never knows a result word another misses.

A report said first and an order after it on its own ("the rollback of checkout went fine, now
restart worker", "scale my-api to 5 was done by argo, now restart worker", "argo already did:
scale my-api to 5; now restart worker") is the order alone: :func:`after_report` drops the
report, and every reader reads the order as if said alone (an order that leans on the report —
"now do payments", "now scale it to 6" — is asked there). Pure text.
"""

from __future__ import annotations

import re

# Round 32 (a36b): a report's word said without "is" only at the end of the report: the message's
# end or the mark before the next order ("… shipped", "… rolled back, now restart worker", "…
# done by argo and now …") — when, by whom or "again" may follow it.
_SAID_LAST = (
    r"(?=(?:\s+(?:already|today|now|yesterday|earlier|again|just\s+now|last\s+night|"
    r"this\s+morning|by\s+[\w@.\-]+))*"
    r"(?:[\s.!]*$|\s*[,;]|\.\s|\s+[\u2014\u2013-]|\s+and\s+(?:now|next|then)\b))"
)
# The result words, said after the change (its noun, its gerund or its order): it went well,
# it is done, it went badly. (A reader of a clause beside an order takes only the first two: "roll
# back frontend, the frontend upgrade failed" gives the order's reason.)
GOOD = (
    r"(?:went\s+(?:(?:really|very|just|pretty|super)\s+)?(?:fine|well|ok|okay|smoothly|great|"
    r"through)|(?:(?:has|have|had)\s+)?(?:already\s+)?(?:succeeded|worked(?:\s+out)?|passed|"
    r"took\s+effect|taken\s+effect|gone\s+through)|"
    r"(?:was|were|is|are)\s+(?:already\s+)?(?:a\s+)?(?:success(?:ful)?|live|green|healthy|working|"
    r"through)|"
    # (said now, "restart worker is fine by me", "… is ok with bob", it is a go-ahead: planned)
    r"(?:was|were)\s+(?:fine|ok|okay|good|great)|"
    r"(?:looks?|looked|seems?|seemed)\s+(?:(?:really|very|pretty)\s+)?(?:good|fine|ok|okay|great|"
    r"healthy)|"
    # Round 33 (m38a, attack38): how it went out, said after its word ("… rolled out fine",
    # "… deployed cleanly", "… shipped ok").
    r"(?:rolled\s+out|went\s+out|deployed|shipped|released|landed|synced)\s+(?:just\s+)?"
    r"(?:fine|ok|okay|well|smoothly|cleanly|successfully|without\s+(?:any\s+)?(?:issues?|"
    r"problems?|errors?)))"
)
DONE = (
    r"(?:(?:(?:has|have|had)\s+)?(?:already\s+)?(?:went\s+out|landed|finished|completed|"
    r"happened|gone\s+out|been\s+(?:done|completed|shipped|applied)|"
    # (Round 33, a37b, attack37: "scale frontend to 6 went live", "set PROVIDER=adyen on
    # payments got merged and deployed".)
    r"(?:went|gone)\s+live|(?:(?:got|was|were|been)\s+)?merged\s+and\s+(?:deployed|shipped|"
    r"released|rolled\s+out))|"
    r"(?:was|were|is|are)\s+(?:already\s+)?(?:done|complete|completed|finished|in\s+place|"
    # (Round 32, lead, attack37: "scale payments to 4 is rolled out already".)
    r"shipped|out|rolled\s+out)|"
    # Round 32 (a36b): a report's word with no "is" before it, said last ("scale payments to 4
    # done already", "switch frontend to 2.2.0 shipped", "bump payments to 3.1.0 deployed", "…
    # rolled out") — never of a thing the order names ("… to the version last deployed").
    r"already\s+done|done(?=\s+already\b|\s+by\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"tomorrow|tonight|today|noon|midnight|eod|cob|end|next|this|the\s+end|\d))|"
    r"(?<!\blast\s)(?<!\bone\s)(?<!\bones\s)(?<!\bversion\s)(?<!\brevision\s)(?<!\bimage\s)(?<!\bwe\s)"
    r"(?<!\bthey\s)(?<!\byou\s)(?<!\bi\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)"
    r"(?<!\bpreviously\s)(?<!\bcurrently\s)(?<!\bfirst\s)(?<!\bget\s)(?<!\bto\s)"
    r"(?<!\bshould\s)(?<!\bmust\s)(?<!\bwill\s)(?<!\bnot\s)(?<!\bnever\s)"
    r"(?:already\s+)?(?:shipped|deployed|rolled\s+out)"
    rf"{_SAID_LAST}|"
    # Round 33 (m38a, attack38): out with "is", "was", "got" or "has been" before it, or at
    # prod ("… is deployed", "… was merged", "… has been deployed", "… is now live", "… hit
    # prod") — said last, never of what an order names ("… to what was deployed", "… the one
    # that is live").
    r"(?<!\bwhat\s)(?<!\bwhatever\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bone\s)(?<!\bones\s)"
    r"(?<!\bversion\s)(?<!\brevision\s)(?<!\bimage\s)(?<!\btag\s)(?<!\bbuild\s)(?<!\bit\s)"
    r"(?:(?:is|are|was|were|got|(?:has|have|had)\s+been)\s+(?:already\s+|now\s+)?"
    r"(?:deployed|merged|released|pushed|synced|promoted|live|in\s+prod(?:uction)?)|"
    r"(?:already\s+)?(?:hit|reached|made\s+it\s+(?:in)?to)\s+prod(?:uction)?)"
    rf"{_SAID_LAST})"
)
BAD = (
    r"(?:went\s+(?:(?:really|very|pretty)\s+)?(?:badly|wrong|south|sideways)|"
    r"(?:(?:has|have|had)\s+)?failed|(?:was|were)\s+(?:a\s+)?failure|"
    # Round 32 (a36b): made and undone again, said last ("restart worker was rolled back",
    # "switch frontend to 2.2.0 got reverted", "CHG-7 (scale payments to 4) rolled back").
    # ("… has to be reverted", "… should get rolled back": an order, never a report.)
    r"(?<!\bbe\s)(?<!\bto\s)(?<!\bbeing\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bwill\s)"
    r"(?<!\bcan\s)(?<!\bneeds\s)(?<!\bneed\s)"
    r"(?:(?:was|were|got|has\s+been|have\s+been|had\s+been)\s+)?(?:already\s+)?"
    r"(?:rolled\s+back|reverted|backed\s+out|undone)"
    rf"{_SAID_LAST})"
)
RESULT = f"(?:{GOOD}|{DONE}|{BAD})"
# Thanks after a report ("…, thanks", "… - thx").
THANKS = r"(?:[\s,.!-]+(?:thanks|thx|ty|thank\s+you|cheers)(?:\s+(?:a\s+lot|all|team))?)?"
# What may follow the result words: when, by whom, thanks.
RESULT_END = (
    r"(?:\s+(?:already|now|today|yesterday|earlier(?:\s+today)?|this\s+morning|last\s+night|"
    r"just\s+now|too|as\s+well))?(?:\s+by\s+(?:the\s+)?[\w@.\-]+)?(?:\s+(?:already|now))?"
    rf"{THANKS}[\s.!]*"
)
# The words of a change said as a noun or a gerund.
ACT_NOUN = (
    r"(?:restart|rollout|roll-?out|rollback|roll-?back|scale|scale-?up|scale-?down|scaling|"
    r"upgrade|update|bump|deploy|release|switch|change|patch|redeploy|"
    r"restarting|rolling|upgrading|updating|bumping|switching|deploying|patching|redeploying)s?"
)
# A result said of the whole clause: no condition, reason or relative word before it ("restart
# payments when the migration is done", "roll back frontend as the release failed", "restart
# the pods that failed" are orders).
# (Read a word at a time, each word whole: cheap, and it never backtracks inside a word. Never
# into brackets: "roll back checkout (the bad release went out at 11:00)" gives its reason.)
NO_LINK = (
    r"(?:[^\w,;:(\n\u2014\u2013]*+(?!(?:once|when|whenever|while|during|after|until|till|if|"
    r"unless|before|since|because|as|so|that|which|who|whose|where|make\s+sure|check|verify|"
    r"ensure|confirm|wait|see|whether|and|but|or|then|not|don'?t|never|assuming|provided|given|"
    r"supposing|presuming|in\s+case|as\s+long\s+as|"
    # ("… the moment CI is green", "… had QA passed", "… should the tests pass": a time or a
    # condition, round 22.)
    r"moment|minute|instant|had|should|upon)\b)\w++)*?"
)
# Round 33 (a37b, attack37): a change record's id before the change said in brackets ("CHG-7
# (scale payments to 4) rolled back", "PR #88 (set …) got rolled back"): the record, its
# bracket opened (closed before the result).
RECORD_OPEN = r"(?:(?:(?-i:[A-Z][A-Z0-9]*-\d+)|(?:pr|mr)\s*#\s*\d+)\s*:?\s*\(\s*)"
# Round 33 (m38a, attack38): more heads of a report, shared with :mod:`.noorder` ("is live: X",
# "it's live: X", "out in prod: X", "went to prod: X", "prod now has: X", "prod got: X",
# "synced: X", "promoted: X", "done already: X", "live since monday: X").
HEAD_MORE = (
    # ("it's live — restart worker" may tell a state, then an order: the colon only.)
    r"(?:(?:it|this|that)(?:'s|\s+is)\s+|is\s+)(?:now\s+)?live(?=\s*:)|"
    r"(?:out|now|live)\s+in\s+prod(?:uction)?|went\s+(?:in)?to\s+prod(?:uction)?|"
    r"(?:prod(?:uction)?|staging)\s+(?:now\s+)?(?:has|got)|synced|promoted|done\s+already|"
    r"live\s+since\s+\w+"
)
# When a report's head was, before its mark ("shipped yesterday: X", "went live last night: X",
# "merged this morning: X").
HEAD_WHEN = (
    r"(?:\s+(?:already|today|earlier(?:\s+today)?|yesterday|last\s+night|this\s+morning|"
    r"just\s+now|since\s+\w+|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))?(?:\s+already)?"
)
# A report at the head of the message, then the order on its own after a mark (and "now",
# "next", "then" or "please": "…; now restart worker", "… — next, scale payments to 4"; after
# what someone did, a comma alone goes on with the list: "bob did: restart worker, scale …").
_REPORT_HEAD = re.compile(
    r"^\W*(?:"
    # (someone did it: "argo already did: X", "bob did: X")
    r"(?P<did>(?:(?:the\s+)?[\w@.\-]+\s+(?:already\s+|just\s+)?(?:did|(?:has|have)\s+"
    r"(?:already\s+)?done)|"
    # (Round 32, a36b: a tool that is done, or done alone: "argo's done: X. now Y", "CI
    # succeeded: X. now Y", "done: X. now Y".)
    r"(?:the\s+)?(?:argo(?:cd)?|flux(?:cd)?|ci|cd|jenkins|pipeline|github\s+actions|gitlab(?:\s+ci)?|"
    r"spinnaker|tekton)(?:'s|\s+(?:has|is))?\s+(?:already\s+|just\s+)?(?:done|finished|completed|"
    r"succeeded|passed|synced|green)|done|completed|finished|"
    # (Round 33, a37b: a report said as the head with no one named, as :mod:`.noorder` reads
    # one alone — "went live: X. now Y", "shipped: X; now Y", "deployed to prod: X. now Y".)
    r"(?:(?:already|just)\s+)?(?:rolled\s+out|went\s+out|landed|released|deployed|shipped|"
    r"pushed|merged(?:\s+and\s+(?:deployed|released|shipped|rolled\s+out))?|ran|executed|"
    r"applied)(?:\s+to\s+(?:prod(?:uction)?|staging|live))?|(?:went|gone|now|already)\s+live|"
    rf"live\s+(?:now|already)|(?:prod(?:uction)?|staging)\s+has\s+it|{HEAD_MORE})"
    rf"{HEAD_WHEN}\s*(?::|[\u2014\u2013]|\s-{{1,2}}\s))[^,;\n]*?|"
    # (the change and its result: "the rollback of checkout went fine", "scale my-api to 5
    # was done by argo", "switch frontend to 2.2.0 (done by argo)")
    rf"(?:{RECORD_OPEN}{NO_LINK}\s*\)|{NO_LINK})"
    rf"\s(?:{RESULT}|\((?:already\s+)?done(?:\s+by\s+[\w@.\-]+)?\)){RESULT_END}"
    r")"
    # (Round 32, a36b: "… was done by argo and now restart worker": "and" before the lead.)
    r"(?P<mark>\s*(?:[,;]|\.(?=\s)|\s[\u2014\u2013-]+(?!>))\s*|\s+(?=and\s+(?:now|next|then)\b))"
    r"(?P<lead>(?:(?:and|but|so)\s+)?(?:now|next(?:\s+up)?|then)\b[\s,:]*|(?=(?:please|pls|kindly)\b)|)",
    re.I,
)

# The report tells of a change: its noun, its gerund or its order.
_A_CHANGE = re.compile(
    rf"\b(?:{ACT_NOUN}|scale|restart|bump|set|roll|switch|deploy|update|upgrade)\b", re.I
)
# The order after it, said on its own: its verb first, no word that stands for the report's.
_ALONE = re.compile(
    r"\W*(?:(?:please|pls|kindly|just|also)\s+)*(?:scale|delete|remove|restart|update|upgrade|"
    r"downgrade|deploy|set|change|roll|rollback|revert|undo|add|enable|disable|autoscale|bounce|"
    r"recycle|bump|increase|decrease|raise|lower|patch|make|configure|limit|switch|move|give|"
    r"put|pin|cap|double|halve|run|do)\b",
    re.I,
)
_LEANS = re.compile(
    r"\b(?:it|its|them|they|their|this|that|these|those|one|ones|there|previous|prior|old|"
    r"last\s+known|back\s+to)\b",
    re.I,
)
# A cheap test before the pattern: a mark that may end the report must be there.
_MARKS = (",", ";", ". ", " -", "\u2014", "\u2013", " and now", " and then", " and next")


def _ends(mark: str) -> bool:
    """Whether ``mark`` ends a sentence or a clause of its own (";", ".")."""
    return ";" in mark or "." in mark


def after_report(text: str) -> str:
    """``text`` less a report said first when an order follows it on its own; else ``text``."""
    if not any(mark in text for mark in _MARKS):
        return text
    m = _REPORT_HEAD.match(text)
    if m is None or (m["did"] and not m["lead"] and not _ends(m["mark"])):
        return text  # ("bob did: restart worker, scale payments": what bob did, listed)
    if not m["did"] and not _A_CHANGE.search(text, 0, m.start("mark")):
        return text  # ("the backfill is done, worker can go to zero": a state, the reason)
    rest = text[m.end() :].strip()
    if not _ALONE.match(rest) or _LEANS.search(rest):
        # ("my-api 1.5.0 is out, roll it out", "checkout 1.1.0 went wrong, put back the old
        # one": the order leans on the report; read with it.)
        return text
    return rest


# Round 35 (gap38c, blind38): a step before the change said done after the order — "Upgrade
# postgres to postgres:16.6, the backup Zoli already did, no need", "update my-api to 1.5.0; bob
# already took the snapshot": a report of the step, named by its noun and said nowhere else in
# the message, and the order goes ahead without it (read with it, the noun planned a backup, and
# "already did" asked). "…, the upgrade Zoli already did", "back up postgres, the backup bob
# already did" (the step is the order) are left as said.
_PREP = (
    r"backups?|back-ups?|snapshots?|dumps?|pg_dumps?|exports?|tests?|testing|checks?|reviews?|"
    r"approvals?|sign-?offs?"
)
_DONE_VERB = r"(?:has\s+|have\s+|had\s+)?already\s+(?:did|done|made|taken|took|ran|run|handled)"
_NO_NEED = r"(?:\s*[,;.]?\s*(?:so\s+)?no\s+need(?:\s+for\s+(?:it|one|another(?:\s+one)?))?)?"
_PREP_DONE = re.compile(
    r"(?:\s*[,;]\s*|\.\s+|\s+[\u2014\u2013-]\s+)(?:and\s+)?(?:"
    rf"the\s+(?P<noun>{_PREP})\s+(?:(?:that|which)\s+)?(?:[a-z][\w'\-]*\s+){{1,2}}?{_DONE_VERB}"
    r"(?:\s+it)?|"
    rf"(?:[a-z][\w'\-]*\s+){{1,2}}?{_DONE_VERB}\s+(?:the|a)\s+(?P<noun2>{_PREP})"
    rf"){_NO_NEED}[\s.!]*$",
    re.I,
)
_LETTERS = re.compile(r"[^a-z]+")


def prep_done(text: str) -> str:
    """``text`` less a step before its change said done after it (see the rule above)."""
    if "already" not in text.lower() or (m := _PREP_DONE.search(text)) is None:
        return text
    noun = (m["noun"] or m["noun2"]).lower()
    stem = _LETTERS.sub("", noun).rstrip("s")[:5]
    if _LETTERS.sub("", text.lower()).count(stem) != 1 or not text[: m.start()].strip():
        return text
    return text[: m.start()].rstrip()
