"""The mood of the clause that carries the order: one table of frames (round 15, attack16).

Rule: a plan stands only when the words that carry it are an order or a wish of the speaker.
A FRAME is a verb or phrase that governs the words of a change and makes them something else;
:data:`FRAMES` lists them, each with what it makes of the change, and :func:`framed` is the one
check that reads them (from :func:`.doubts.held`, over the words as sent):

- a frame that opens the message governs all of it ("ask the payments team to scale payments
  to 4", "have a look at frontend 2.2.0", "double-check payments", "open a ticket to …",
  "document how to …", "simulate restarting payments", "in our other cluster, restart …");
- a frame inside a clause ("frontend 2.2.0 should be avoided", "worker could be deleted",
  "frontend can run with just 1 replica", "payments would be better with 4 replicas", "can
  payments run with 1 replica", "I suspect LOG_LEVEL=debug on my-api") governs its clause,
  and the message is held unless another clause is an order of its own that no frame governs
  ("2.2.0 should be avoided, roll back frontend to 2.1.0" plans the rollback).

A polite frame is an order, never one of these: "can you …", "could you …", "would you mind
…", "I'd like …", "would it be possible to …", "please …" (:data:`LEAD`). The hedged tasks of
:mod:`.tentative` ("I think I'm meant to deploy …?") stay requests.

>>> framed("frontend 2.2.0 should be avoided")[0]
'avoidance'
>>> framed("can you scale payments to 4") is None
True
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import guard, relayed, tentative
from dotop_nb.planner.offline.numbers import DOUBLED_WORDS
from dotop_nb.planner.offline.rx import rx

# Words before the frame that keep it the speaker's: greetings, politeness, the listener asked.
LEAD = (
    r"^\W*(?:(?:hi|hey|hello|yo|ok|okay|so|um+|uh+|please|pls|plz|kindly|just|quickly|first|"
    r"also|and|then|now|can\s+(?:you|u)|could\s+(?:you|u)|would\s+(?:you|u)(?:\s+mind)?|"
    r"will\s+(?:you|u)|i'?d\s+like\s+(?:you\s+)?to|i\s+(?:need|want)\s+(?:you\s+)?to|"
    r"we\s+(?:need|want)\s+(?:you\s+)?to|go\s+ahead\s+and|let'?s|lets)\b\W*)*"
)
# Who may be asked a question without it being one: the listener, us, or "it" of a polite frame.
_LISTENER = r"(?:you|u|ya|we|i|it|there|someone|somebody|anyone|anybody|one|this|that)"
_TEAM = (
    r"(?:team|teams|folks|people|guys|oncall|on-call|sres?|dbas?|devs|owners?|squad|vendor|"
    r"support|lead|manager|admins?)"
)
_ENV = (
    r"(?:other|second|secondary|legacy|old|backup|dr|sandbox|staging|stg|stage|dev|qa|uat|"
    r"test|testing|preprod|pre-prod|local)"
)
_LOCAL = r"(?:kind|minikube|k3d|k3s|docker\s+desktop|microk8s|my\s+laptop|localhost)"

# Round 16 (a17): the verbs of change said as the speaker's act in progress ("I'm restarting …",
# "rolling back checkout now"); never "rolling restart/update of …" (the name of an order).
_DOING = (
    r"(?:scaling|restarting|rolling\s+(?:back|out)|rollbacking|reverting|deleting|removing|"
    r"updating|upgrading|downgrading|deploying|redeploying|bumping|bouncing|recycling|killing|"
    r"draining|patching|rebooting|cycling|nuking|tearing\s+down|taking\s+down|undoing)"
)
# What makes a bare gerund the speaker's progress: said now, as we speak, at the moment.
_IN_PROGRESS = (
    r"(?:now|right\s+now|as\s+we\s+speak|at\s+the\s+moment|atm|currently|already|"
    r"in\s+progress|as\s+(?:we|i)\s+(?:type|write))"
)
# A teller whose words are quoted: a document, a tool, a person ("the ticket", "Grafana", "Bob").
_TELLER = (
    r"(?:(?:the|this|that|our|their|a|an|his|her|my)\s+(?:[\w-]+\s+)?(?:ticket|jira|issue|"
    r"runbook|run\s+book|wiki|docs?|documentation|playbook|post-?mortem|rca|vendor|email|request|"
    r"e-?mail|message|thread|article|kb|faq|readme|guide|manual|sop|alert|page|dashboard|"
    r"graphs?|metrics|customer|client|boss|lead|manager|pm|cto|ceo|auditor|consultant)|"
    r"grafana|datadog|prometheus|kibana|sentry|new\s*relic|pagerduty|opsgenie|splunk|"
    r"dynatrace|honeycomb|they|he|she|(?-i:(?!(?:I|We|You|It|This|That|There)\b)[A-Z][a-z]+))"
)
# Who an alert pages, before its condition: "the on-call engineer if …", "our SRE team when …".
_PAGED = (
    r"\s+(?:me|us|(?:the|our|my)\s+(?:[\w\-]+\s+){0,2}?(?:on-?call|on\s+duty|team|rota|sre|"
    r"ops|engineer|admin|student|person|people|staff|owner|maintainer|lead)s?)\s+"
    r"(?:if|when|whenever|once|as\s+soon\s+as)\b"
)
# (name, where, pattern, what the frame makes of the change). ``where`` is "head" (at the
# message's start, after :data:`LEAD`, governing all of it) or "clause" (inside a clause).
FRAMES: tuple[tuple[str, str, str, str], ...] = (
    (
        "inspection",
        "head",
        r"(?:(?:have|take)\s+a\s+(?:quick\s+|closer\s+|second\s+)?(?:look|peek|glance)\s+"
        r"(?:at|into|over)|look\s+(?:at|into|over)|check\s+out|(?:double|triple|sanity|re|"
        r"cross)[\s-]?check|review|inspect|peek\s+at|glance\s+(?:at|over)|explain|diff|evaluate|"
        r"assess|audit|read\s+(?:up\s+on|about)|summari[sz]e|eyeball|investigate|examine|"
        r"analy[sz]e|scrutini[sz]e|vet|research|walk\s+me\s+through|tell\s+me\s+about)\b"
        # "audit wants the worker off root": the audit is who asks, not what is asked.
        r"(?!\s+(?:wants?|wanted|says?|said|needs?|needed|requires?|required|asks?|asked|found|"
        r"flagged|team|is|was|were|findings?|"
        r"reports?|logs?|items?|results?|notes?)\b)",
        "an inspection of the change, not the change",
    ),
    (
        "someone else's work",
        "head",
        rf"(?:(?:ask|tell|get|have|remind)\s+(?:the\s+|our\s+|a\s+)?(?:[\w#@-]+\s+){{0,2}}?"
        rf"{_TEAM}\s+to|ask\s+(?:\S+\s+){{1,3}}?to|let\s+(?:\S+\s+){{1,3}}?know|"
        # ("notify the on-call engineer if my-api pods stay unready …": an alert's receiver.)
        rf"notify(?!{_PAGED})|ping(?!\s+(?:us|me|the\s+team|on-?call)\s+(?:if|when|whenever)\b)(?!{_PAGED})|"
        r"inform|announce|post\s+(?:in|to|on)|"
        r"(?:open|file|raise|create|log|submit|write\s+up|put\s+in|cut)\s+(?:a|an|the)\s+"
        r"(?:\w+\s+)?(?:ticket|bug|issue|jira|story|change\s+request|cr|pr|pull\s+request|mr|"
        r"merge\s+request)|add\s+(?:\w+\s+)?to\s+(?:the\s+)?(?:agenda|backlog|board|todo)|"
        r"document|outline|draft|write\s+(?:up\s+)?(?:a|an|the|me\s+a)\s+(?:\w+\s+)?"
        r"(?:runbook|docs?|documentation|wiki|page|playbook|guide|how-?to|post-?mortem|email|"
        r"message|note|summary|script|readme|rfc|proposal|announcement)|(?:generate|give\s+me|"
        r"write|show\s+me|print)\s+(?:me\s+)?(?:the\s+|a\s+)?(?:kubectl\s+|helm\s+|yaml\s+)?"
        r"(?:command|commands|yaml|manifest|script|snippet|one-?liner)|prepare\s+(?:a|an|the)\s+"
        r"(?:pr|pull\s+request|mr|merge\s+request|change\s+request|patch|diff|commit))\b",
        "work for someone else (a message, a ticket, a document, a command to copy), not the "
        "change here",
    ),
    (
        # Round 16 (a17): "Bob asked me to scale …", "the ticket asks: restart …", "they want us
        # to …", "I was asked to roll back …", "Grafana says my-api needs 4 replicas": what
        # someone or something else says or asks, reported (never "I want you to …", LEAD).
        "reported speech",
        "head",
        # ("the ticket asks: restart payments": the colon cuts the clause, so said at the head.)
        rf"{_TELLER}\s+(?:asks?|asked|says?|said|wants?)\s*:",
        "words someone or something else said or asked, reported — not the speaker's order",
    ),
    (
        # ("The customer asked us to stop X, so scale checkout to zero": the order after "so"
        # is the speaker's own, and plans.)
        "reported speech",
        "clause",
        rf"^(?:{_TELLER}\s+(?:(?:asks?|asked|wants?|wanted|told|tells|instructed|would\s+like)\s+"
        r"(?:me|us|you|them)\s+to\b|(?:asks?|asked)\s+(?:to|for)\b|"
        rf"(?:says?|said|suggests?|suggested|recommends?|recommended|advises?|advised|tells\s+us|"
        rf"reads|claims?)\s+(?=(?:to\s+|(?:that\s+)?(?:we|you|i)\s+(?:should|must|need\s+to|"
        rf"have\s+to|ought\s+to)\s+)?(?:{guard.VERBS})\b))|"
        r"(?:grafana|datadog|prometheus|kibana|sentry|new\s*relic|pagerduty|opsgenie|splunk|"
        r"dynatrace|honeycomb|the\s+(?:dashboard|graphs?|metrics|alert))\s+(?:says|said|shows|"
        r"suggests|recommends|thinks|claims|wants)\b|(?:i|we)\s+(?:was|were|got|have\s+been|'ve\s+"
        r"been|am|are)\s+(?:asked|told|instructed|supposed)\s+to\b)",
        "words someone or something else said or asked, reported — not the speaker's order",
    ),
    (
        # Round 16 (a17): "I dare you to scale frontend to 0", "bet you won't restart …".
        "dare",
        "head",
        r"(?:i\s+)?(?:double\s+|triple\s+)?dare\s+(?:you|ya|u)\b|(?:i\s+)?bet\s+(?:you|ya|u)\s+"
        r"(?:won'?t|can'?t|wouldn'?t|daren'?t)\b|(?:you|u)\s+(?:wouldn'?t|won'?t)\s+dare\b",
        "a dare or a taunt, not an order",
    ),
    (
        # Round 16 (a17): "restarting payments..." — the speaker's act, told as it goes.
        "narration",
        "head",
        rf"(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?(?:{_IN_PROGRESS}\s+)?{_DOING}\b"
        r"[^.!?\n]*(?:\.{2,}|\u2026)\s*$",
        "the speaker's own act in progress, told — not an order",
    ),
    (
        "simulation",
        "head",
        r"(?:simulat\w*|rehears\w*|practi[cs]\w*|role-?play|pretend|imagine|suppose|"
        r"tabletop|table-top|fire\s+drill|game\s*day|war\s*game|chaos\s+(?:test|exercise))\b",
        "a simulation or an exercise, not the change",
    ),
    (
        "another cluster",
        "head",
        rf"(?:in|on|at|for)\s+(?:our\s+|the\s+|my\s+|a\s+)?(?:{_LOCAL}\b|{_ENV}\s+"
        r"(?:cluster|env(?:ironment)?|region|account|setup|context)\b|"
        rf"{_ENV}\b\s*[,:\u2014-])",
        "another cluster or environment than this one",
    ),
    (
        "another cluster",
        "clause",
        r"\b(?:in|on)\s+(?:our|the|my)\s+other\s+(?:cluster|env(?:ironment)?|region|account|"
        r"context)\b",
        "another cluster or environment than this one",
    ),
    (
        "question",
        "clause",
        # ("could payments be scaled to 4": a request said in the passive, as with "?".)
        rf"^(?:can|could|would|will|might|may|should|shall)\s+(?!{_LISTENER}\b)"
        # ("would be nice if …", "would love …": a wish, no subject asked about.)
        r"(?!(?:be|love|like|prefer|appreciate|want|need|have)\b)[\w-]+"
        r"(?!\s+be\s+\w+ed\b)",
        "a yes/no question (without its question mark), not an order",
    ),
    (
        "question",
        "clause",
        # Round 37 (m42b, attack42): the listener's opinion asked, without its "?" ("do you
        # think orders needs 7 replicas", "do you reckon …", "you think restarting my-api is a
        # good idea", "reckon frontend could use 4 replicas", "think worker needs 9 replicas"),
        # or the question said as such ("I'm asking whether orders should run 9 replicas").
        # ("I think payments needs 4 replicas" is the speaker's own word: planned.)
        r"^(?:(?:do|did|would|don'?t|dont)\s+)?(?:you|u|ya|y'?all)\s+(?:really\s+)?(?:think|"
        r"reckon|feel|believe|figure|suppose|agree)\b"
        # ("do you think you could restart orders": a polite request.)
        r"(?!\s+(?:that\s+)?(?:you|u)\s+(?:could|can|would|will|might)\b)|"
        r"^(?:think|reckon)\s+(?!(?:about|of|through|over|twice)\b)(?:that\s+)?(?:the\s+)?"
        r"[\w-]+\s+(?:really\s+)?(?:needs?|should|could|would|must|can|might|requires?|"
        r"wants?|is|has)\b|"
        r"^(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:just\s+)?(?:asking|wondering|curious)\s+"
        r"(?:about\s+)?(?:whether|if)\b",
        "a question (without its question mark), not an order",
    ),
    (
        "capability",
        "clause",
        # ("Can payments run 6 pods?", "my-api can run with readOnlyRootFilesystem", "payments
        # can tolerate 1 pod evicted": a request; "can" says a capability only with "just 1".)
        rf"\b(?:could|would|might|may|will)\s+(?!{_LISTENER}\b)(?:\w+\s+)?(?:run|live|cope|"
        r"handle|work|survive|manage|get\s+by|function|operate|tolerate|take|support|deal)\b|"
        rf"\bcan\s+(?!{_LISTENER}\b)(?:\w+\s+)?(?:run|live|cope|work|survive|manage|get\s+by|"
        r"do)\s+(?:fine\s+)?(?:with|on)\s+(?:just|only|as\s+few\s+as|a\s+single)\b|"
        r"\bworks?\s+(?:just\s+)?(?:fine|ok|okay|well|great)\s+(?:with|on)\b|"
        r"\b(?:is|are|'s|'re)\s+(?:plenty|enough|sufficient|adequate)\s+for\b",
        "what is possible or enough, not what to do",
    ),
    (
        "opinion",
        "clause",
        # ("it would be great if payments had a pdb", "… would be ideal": a wish, an order.)
        r"(?<!\bit\s)\bwould\s+(?:be|look|feel|work|run)\s+(?:\w+\s+)?(?:better|nicer|happier|"
        r"safer)\s+(?:with|at|on|running)\b|\bin\s+an?\s+(?:perfect|ideal)\s+world\b|"
        r"\bif\s+only\b|\bwe\s+could\s+(?!also\b)(?:\w+\s+)?(?:swap|switch|roll|ship|move|try)\b|\b(?:should|would|could|might|must)(?:'ve|\s+have|\s+of)\s+(?!to\b)"
        r"(?:been|had|\w+ed)\b",
        "an opinion or what would have been, not an order",
    ),
    (
        # Round 16 (a17): "I'm restarting payments now", "we are rolling back checkout as we
        # speak", "currently scaling frontend to 5", "rolling back checkout now", "gonna scale
        # frontend to 5", "going to restart payments": the speaker's act in progress or intent
        # ("we're going to scale …" is the team voice of an order, :mod:`.roles`).
        "narration",
        "clause",
        rf"^(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:{_IN_PROGRESS}\s+|just\s+|busy\s+|"
        rf"still\s+)?{_DOING}\b|{_IN_PROGRESS}\s+{_DOING}\b|"
        rf"{_DOING}\b(?!\s+(?:of|is|was|costs?|helps?)\b).*\b(?:now|as\s+we\s+speak|atm|"
        rf"at\s+the\s+moment|as\s+(?:we|i)\s+(?:type|write))\W*$|"
        rf"(?:(?:i'?m|i\s+am)\s+)?(?:gonna|going\s+to|about\s+to|fixing\s+to|planning\s+to)\s+"
        rf"(?:{guard.VERBS})\b)",
        "the speaker's own act in progress or intent, told — not an order",
    ),
    (
        # Round 16 (a17): "payments should have 4 replicas by now", "worth restarting payments",
        # "payments works better after a restart", "the fix is to restart payments": a state
        # expected, an opinion or a diagnosis — what would help, not an order to do it.
        "expectation",
        "clause",
        r"\b(?:should|ought\s+to|must)\s+(?:already\s+)?(?:have|be|run|show)\b[^,;]*\b"
        r"(?:by\s+now|already)\b|"
        r"^(?:(?:is\s+it|it'?s|it\s+is|(?:might|may|could|would)\s+be|probably|maybe|prob|"
        r"def(?:initely)?|totally|so|not)\s+)*(?:well\s+)?worth\s+(?:\w+ing|a\s+(?:try|shot|"
        r"go|restart|bounce))\b|"
        r"\b(?:works?|runs?|behaves?|performs?|does)\s+(?:much\s+|way\s+|a\s+lot\s+|far\s+)?"
        r"better\s+(?:after|with|when|once|following)\b|"
        r"^(?:the|a|one|our|my)\s+(?:(?:only|best|usual|real|quick|quickest|simplest|easiest|"
        r"proper|right|standard|known|obvious)\s+)?(?:fix|solution|workaround|remedy|cure|"
        r"answer|way\s+(?:to\s+(?:fix|solve|handle|deal\s+with)\s+(?:it|this|that)|out|"
        r"forward))\s+(?:is|was|would\s+be|'s)\s+(?:to\s+|just\s+|usually\s+|always\s+)*"
        rf"(?:{guard.VERBS}|{_DOING})\b",
        "a state expected, an opinion or a diagnosis — not an order",
    ),
    (
        "speculation",
        "clause",
        r"\b(?:i\s+)?(?:suspect\w*|wonder|fear)\b|\bmy\s+(?:guess|hunch|theory|suspicion)\b|"
        # ("bet" is the verb of a guess only with what is bet on after it, "I bet it's the
        # cache", "bet the cache is stale"; "bet placement", "the bet slip" are a bookmaker's
        # nouns — round 25.)
        r"\bi(?:'d|\s+would)?\s+bet\b|(?<![\w-])(?<!the\s)(?<!a\s)(?<!per\s)(?<!each\s)"
        r"bet\s+(?:it|it'?s|its|that|this|they|you|we|he|she|there|the|my|our|your|money|"
        r"anything)\b|"
        r"^(?:i\s+)?guess\b|\b(?:would|could|might|may)\s+(?:\w+\s+)?(?:break|fix|cause|crash|"
        r"hurt|slow|speed|affect|impact|improve|solve|resolve)\b|"
        # ("the pdb of orders can be removed", "1 pod may be disrupted": a permission or a
        # budget, read as asked by the sealed sets.)
        # ("could payments be scaled to 4 please": a polite request, asked of the listener.)
        r"(?<=\S\s)(?:could|might)\s+(?:\w+\s+)?be\s+(?:\w+ed|done|undone|torn\s+down)\b",
        "a suspicion or a possibility, not an order",
    ),
    (
        "avoidance",
        "order",
        r"\b(?:should|must|ought\s+to|is\s+to|are\s+to|has\s+to|have\s+to|needs?\s+to|will)\s+"
        r"(?:be\s+)?(?:avoided|skipped|rejected|held\s+(?:back|off)|shelved|vetoed)\b|"
        # ("everything else must be blocked" is a policy's words, read by :mod:`.netpol`.)
        r"\b(?:stay|steer|keep)\s+(?:well\s+)?(?:away|clear)\s+"
        r"(?:from|of)\b|\boff\s+the\s+table\b|\bout\s+of\s+the\s+question\b|"
        r"\b(?:is|are|'s)\s+(?:not\s+an\s+option|a\s+no[\s-]?go|no[\s-]?go|a\s+non[\s-]?starter)\b|"
        r"\bshould\s+wait\b(?!\s+(?:until|till|for|to)\b)",
        "the change avoided or turned down, not asked for",
    ),
)
# "double-check payments", "payments is double-charging", "double down on frontend": a word
# made with double/triple is never a number of replicas (:func:`doubled`).
_COMPOUND = re.compile(
    rf"\b(?:double|triple)-(?!the\b)[a-z]+|\b(?:double|triple)\s+(?:{DOUBLED_WORDS})\b", re.I
)
_PLAIN = re.compile(
    rf"\b(?:double|triple|twice|2x|3x|x2|x3|halve|thrice)\b(?![\s-](?:{DOUBLED_WORDS})\b|-)",
    re.I,
)


def doubled(said: str) -> str | None:
    """The compound word ("double-check") when a double/triple is said only inside one, else
    None: a plan that scales then reads a check, a click or a symptom as a factor."""
    words = said.replace("\u2019", "'")
    if (m := _COMPOUND.search(words)) and not _PLAIN.search(_COMPOUND.sub(" ", words)):
        return m.group(0)
    return None


_COMPILED = tuple((n, w, re.compile(p, re.I), r) for n, w, p, r in FRAMES)
_LEAD = re.compile(LEAD, re.I)
_POLITE = re.compile(r"\b(?:please|pls|plz|kindly)\b", re.I)
# A clause that is an order of its own: it opens (after :data:`LEAD`) with a verb of change.
_ORDER = re.compile(
    rf"(?:{guard.VERBS}|give|put|move|double|halve|triple|cut|bring|take|turn|switch|pin|run|"
    r"get|have|ship|push|release|promote|use|go|reduce|shrink|grow|expand|resize|trim)\b",
    re.I,
)
_SPLIT = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d{3}(?!\d))|[;!?()\n]|:(?=\s)|\.(?=\s|$)|\s[-\u2013\u2014]+>?\s|"
    r"\u2014|\u2013|\b(?:but|so|then|and\s+then)\b)\s*",
    re.I,
)


def _frame(clause: str, where: str, asked: bool = True) -> tuple[str, str, str] | None:
    body = clause[_LEAD.match(clause).end() :]  # type: ignore[union-attr]
    for name, at, pattern, reading in _COMPILED:
        if at != where or (name == "question" and not asked):
            continue
        m = pattern.match(body) if at == "head" else pattern.search(body)
        if m:
            return name, m.group(0).strip(" ,:;-"), reading
    return None


def narrated(said: str) -> list[str]:
    """The clauses of ``said`` that tell the speaker's own act in progress or intent (the
    "narration" frame), whatever other clauses order: "I'm restarting payments now, can you
    scale frontend to 5" orders the scale, never a second restart of payments."""
    words = said.replace("\u2019", "'").strip()
    return [
        clause
        for clause in (c.strip() for c in _SPLIT.split(words) if c and c.strip())
        if (hit := _frame(clause, "clause")) and hit[0] == "narration"
    ]


# A rule that forbids: "no container may …", "none of the pods may …".
_RULE = re.compile(r"\s*(?:no|none\s+of|nothing|nobody)\b", re.I)


def framed(said: str) -> tuple[str, str, str] | None:
    """(frame, the words that say it, what it makes of the change) when the words that carry
    the order are governed by a frame of :data:`FRAMES`, else None (see the module docstring)."""
    # "The client asks for weekly dumps of postgres": a request relayed, read as its order.
    words = relayed.read(said.replace("\u2019", "'").strip())
    if not words or tentative.HEDGED_TASK.match(words):
        return None
    if head := _frame(words, "head"):
        return head
    # A question said with its "?" is read by :mod:`.speech` and :mod:`.settled`.
    polite = bool(_POLITE.search(words)) or "?" in words
    found: tuple[str, str, str] | None = None
    ordered = False
    for at, clause in enumerate(c.strip() for c in _SPLIT.split(words) if c and c.strip()):
        lead = _LEAD.match(clause).group(0)  # type: ignore[union-attr]
        body = clause[len(lead) :]
        # "restart payments since it might fix the leak": a frame after an order's own verb
        # is its reason; "scale payments to 4 is off the table" still turns the order down.
        # Only the message's first clause is asked as a whole ("… but can go up to 10").
        asked = not polite and at == 0
        hit = _frame(clause, "order") or (
            None if _ORDER.match(body) else _frame(clause, "clause", asked)
        )
        if hit and hit[0] == "capability" and ("?" in words or _RULE.match(body)):
            # "Can frontend run 8 pods?": a request with its question mark; "no container of
            # payments may run as root": a rule that forbids, not a capability.
            hit = None
        # "would you mind adding autoscaling to frontend": the listener asked is an order.
        if hit is None and (_ORDER.match(body) or rx(r"\b(?:you|u)\b").search(lead)):
            ordered = True
        found = found or hit
    return None if ordered else found
