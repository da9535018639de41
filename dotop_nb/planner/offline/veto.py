"""The last word on a finished plan: a destructive or irreversible operation needs words that ask
for it, in the message as it was sent (before any reader rewrote it).

Rule: an operation of one of these kinds stands only if a clause of the words as sent requests
it, with its verb, now: not a statement ("worker is unused", "payments is obsolete"), a
question ("can we delete worker?"; "can you delete worker?" is a request), a report ("deleted
worker yesterday"), a negation ("don't delete worker") or a word inside a value ("set
MODE=delete-on-expiry", "set ROLLBACK=true"). Otherwise the plan becomes a question that names
what was read and what would be done.

- delete: a delete verb (delete, remove, drop, tear down, decommission, get rid of, nuke, clean
  up, uninstall, retire, "can be deleted" …); for a feature object (autoscaler, budget, monitor,
  policy, schedule) also its switch (disable, turn off, stop, "no more autoscaling").
- rollback: a rollback verb (roll back, revert, undo, go back, downgrade, the previous release).
- a Velero Schedule or Backup created never stands when the words turn backups off ("turn off
  payments backups", "stop backing up orders").
- a scale to 0 stands only if zero, "off", "down to nothing" (or stop, pause, shut down) is said
  of the workload, not of a flag or a feature ("> FEATURE_FLAG buggy\\nturn it off").

Pure text over the finished :class:`PlanResult`; the readers before it are not changed.
"""

from __future__ import annotations

import json
import re

from dotop_nb.models import Operation
from dotop_nb.planner.offline import text as T
from dotop_nb.planner.offline import withdrawn
from dotop_nb.planner.offline.plainwords import verb_words
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.timewords import CLOCK, GOING_BACK
from dotop_nb.ports import PlanResult

_GAP = r"(?:\s+[\w\-/.']+){0,4}?"
_DELETE = (
    r"delete|del|remove|rm|drop|nuke|scrap|ditch|decommission|decomm?|destroy|purge|wipe|erase|"
    r"uninstall|retire|terminate|trash|bin|kill|prune|deleting|removing|decommissioning|"
    r"dropping|uninstalling|"
    # "take it out of the cluster": out of where it runs, never out of a rotation.
    rf"(?:take|get|pull|yank){_GAP}\s+out\s+of\s+(?:the\s+|this\s+|our\s+)?(?:cluster|"
    r"namespace|k8s|kubernetes|prod|production)|"
    rf"tear{_GAP}\s+down|teardown|take{_GAP}\s+down|get\s+rid\s+of|clean{_GAP}\s+up|cleanup|"
    rf"throw{_GAP}\s+away|"  # "throw it away", "throw away the worker deployment" (round 26)
    r"deletion|removal|" + verb_words("delete")
    # Another tongue's verb of a delete ("eliminate the deployment of worker"): the one table.
)
# "worker can be deleted", "the PDB needs to be removed", "orders is to be decommissioned".
_PASSIVE_DELETE = (
    r"(?:can|could|should|shall|may|must|will|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|"
    r"ought\s+to|(?:both|all)\s+to)\s+(?:now\s+|safely\s+|both\s+|all\s+|also\s+|just\s+|finally\s+)*be\s+"
    r"(?:deleted|removed|dropped|torn\s+down|decommissioned|cleaned\s+up|nuked|scrapped|retired|"
    r"destroyed|purged|wiped|uninstalled|ditched|gotten\s+rid\s+of|got\s+rid\s+of)|"
    r"(?:can|could|should|must|may|has\s+to|needs\s+to)\s+(?:now\s+|safely\s+|both\s+|all\s+|"
    r"also\s+|just\s+|finally\s+)*go(?:\s+away)?\b(?!\s+(?:to|back|up|down|on|ahead|live)\b)|"
    # A wish said with the participle: "I want worker deleted", "get payments removed".
    r"(?:want|need|'d\s+like|would\s+like|get|have)\s+"
    r"(?:(?!(?:been|already|never|not|had|just|long|since)\b)[\w\-/]+\s+){1,3}?(?:deleted|removed|"
    r"gone|torn\s+down|decommissioned|dropped|nuked|uninstalled)\b"
)
# What switches a feature object off: its delete, said as the feature's.
_SWITCH = (
    r"disable|turn{_GAP}\s+off|switch{_GAP}\s+off|shut{_GAP}\s+off|stop|pause|deactivate|unset|"
    r"cancel|no\s+(?:more|longer\s+\w+)|without|get\s+rid|lose|kill"
).replace("{_GAP}", _GAP)
_ROLLBACK = (
    r"roll{_GAP}\s*-?\s*back|rollback|revert|undo|go\s+back|goes\s+back|back\s+to|put{_GAP}\s+back|"
    r"rewind|downgrade|restore|previous|prev|prior|earlier|older|"
    r"last\s+(?:good|working|known|stable)|reverting|rolling{_GAP}\s+back|"
    r"(?:to|must|should|needs?\s+to|has\s+to)\s+be\s+(?:reverted|rolled\s+back|undone)|"
    r"(?:bring|take|move|send|get|set|put){_GAP}\s+back|back\s+(?:one|a|1|two|2|\d+)\b|"
    # "Please return to old version", "return checkout to the old one" (round 28).
    r"return{_GAP}\s+to\s+(?:the\s+|its\s+)?old\b|"
    # "give me the old version back", "I want the old version back" (round 26).
    r"(?:give|want|need){_GAP}\s+(?:old|previous|prior|earlier)\s+(?:version|release|build|"
    r"image)(?:\s+of\s+[\w\-]+)?\s+back\b|"
    r"(?:release|version|revision|rev|one|build|image|deploy|tag|was\s+there|ran|was\s+running|"
    r"was\s+live|was\s+deployed)\s+before\b|before\s+v?\d+(?:\.\d+)+|"
    r"known[\s-]+good|before\s+the\s+(?:update|upgrade|deploy|release|change|rollout|bump)|"
    r"revision|rev\s*\d|undoing|undeploy|unroll|back\s*out|backout|"
    + GOING_BACK
    # Another trade's verb of a rollback ("regress checkout"): the one table (plainwords).
    + f"|{verb_words('roll back')}"
    # Round 29 (a32rest): a release taken back from what runs it ("revoke 1.1.0 from
    # checkout", "checkout image != 1.1.0"), read as its rollback by :mod:`.withdrawn`.
    + f"|{withdrawn.TAKEN_BACK}"
).replace("{_GAP}", _GAP)
# Round 39 (sh45, attack45): a workload told to be on, or to have gone back to, a revision
# ("checkout went back to the revision before", "checkout was on the previous image", "orders
# is already at the old version"): a report, never a rollback asked.
_ROLLED_STATE = re.compile(
    r"^\W*(?:the\s+)?[a-z][\w\-]*(?:\s+(?:deployment|deploy|statefulset|app|service))?\s*"
    r"(?:went|was|were|is|are|has\s+been|had\s+been|have\s+been|stayed|stays|ran|runs|got|came|"
    r"has\s+gone|had\s+gone|'s\s+been|'s)\s+(?:already\s+|still\s+|just\s+|then\s+|now\s+)?"
    r"(?:back\s+)?(?:to|on|at|onto)\s+(?:the\s+|its\s+|an?\s+)?(?:revision|version|release|"
    r"image|build|rev|previous|prior|old|older|earlier|last)\b",
    re.I,
)
# A ticket's criteria say the state wanted: "AC: PDB orders removed".
_CRITERIA_GONE = re.compile(
    r"\b(?:ac|acceptance\s+criteria|goal|expected(?:\s+result)?|outcome|done\s+when|"
    r"definition\s+of\s+done)\s*:[^\n]*?\b(?:deleted|removed|gone|decommissioned|no\s+longer\s+"
    r"exists?|does\s+not\s+exist)\b",
    re.I,
)
_ZERO = (
    r"0|zero|nil|nothing|none|no\s+(?:replicas?|pods?|instances?|copies)|off|offline|down|stop|"
    r"pause|suspend|shut\s*down|shutdown|hibernate|park|idle|sleep|halt|disable|"
    # Another trade's stop ("quiesce"), read as "stop" is: the one table (plainwords).
    + verb_words("stop")
)
# The delete and rollback words, for the readers that must leave such a request to this veto
# (logs.opened keeps the box of a checklist item that says one, and recorded.py asks).
DELETE_WORDS = _DELETE
# The delete words as a whole word, with their past forms ("worker was deleted"): every reader
# that asks whether a clause deletes reads this one list.
DELETES = re.compile(
    rf"\b(?:{_DELETE}|deleted|removed|destroyed|dropped|purged|wiped|retired|decommissioned|"
    r"nuked|killed|scrapped|ditched|uninstalled|torn\s+down)\b",
    re.I,
)
ROLLBACK_WORDS = _ROLLBACK
# A verb that changes the count, in its base form ("payments dropped to 0" is a report).
_TO_ZERO = re.compile(
    r"\b(?:scale|set|bring|take|turn|switch|shut|stop|pause|suspend|park|hibernate|idle|spin|"
    r"wind|reduce|cut|drop|put|make|send|dial|zero|kill|shutdown|halt|disable|power|sleep|"
    # Another trade's verb of stopping ("quiesce", "vary X offline"): the one table (plainwords).
    rf"{verb_words('stop')}|{verb_words('take')})\b",
    re.I,
)
# A count taken away ("down by 2", "down 3", "down 100%", "by two"), and a zero said.
_LESS = re.compile(
    r"\b(?:down|by|minus|fewer|less)\s+(?:by\s+)?(?:\d+\s*%?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|half)(?![\w.])",
    re.I,
)
_ZERO_SAID = re.compile(
    r"(?<![\w.])(?:0|zero|nothing|none|no\s+(?:replicas?|pods?))(?![\w.])", re.I
)
# ({name}: the workload's name, escaped; the whole message, an urge at most after it.)
_REPLICAS_ZERO = (
    r"^\W*(?:(?:replicas?|pods?)\s*[=:]\s*(?:0|zero)\s+(?:for|of|on)\s+{name}|"
    r"{name}(?:'s)?\s*:?\s+(?:replicas?|pods?)\s*[=:]?\s*(?:0|zero)|"
    r"(?:0|zero)\s+(?:replicas?|pods?)\s+(?:for|of|on)\s+{name}|"
    r"{name}\s*:\s*(?:0|zero)\s+(?:replicas?|pods?))"
    r"(?:\s+(?:please|pls|plz|now|asap))?[\s.!]*$"
)
_BARE_ZERO = re.compile(
    r"^\W*(?:zero|none)(?:\s+(?:replicas?|pods?))?(?:\s+(?:is|are|would\s+be)\s+(?:fine|ok|okay|"
    r"good|enough))?(?:\s+(?:for\s+now|please|then))?"
    # "worker: zero replicas at 2300Z": with the clock time it runs at (round 19).
    rf"(?:\s+(?:at|@)\s*{CLOCK})?\W*$",
    re.I,
)
_BACKUP = r"back(?:ing)?[\s-]?ups?|snapshots?|velero|schedules?"
_BACKUP_OFF = re.compile(
    rf"\b(?:{_SWITCH}|remove|delete|drop|suspend|halt|end|kill)\b\s+"
    rf"(?:(?!(?:and|then|but|or)\b)[\w\-']+\s+){{0,5}}?(?:{_BACKUP})\b|"
    # Round 26 (negations): "postgres backup = false", "backups -> off".
    rf"\b(?:{_BACKUP})\b(?:\s+(?!(?:and|then|but|or)\b)[\w\-']+){{0,5}}?\s*(?::|=|->|=>|\u2192)?\s*"
    r"(?:off|false|disabled|stopped|paused|suspended|"
    r"cancell?ed|removed|deleted|no\s+longer\s+needed|not\s+needed)\b",
    re.I,
)
_WORKLOADS = frozenset({"Deployment", "StatefulSet", "DaemonSet"})
_FEATURES = frozenset(
    {
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "ServiceMonitor",
        "PodMonitor",
        "PrometheusRule",
        "NetworkPolicy",
        "ScaledObject",
        "Schedule",
        "Backup",
        "VerticalPodAutoscaler",
        "CronJob",
    }
)
# A question put to the planner ("can you …") is an order; one among us ("can we …") is not.
_ASKED = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|hey|hi|um|hmm|also|then|quick\s+q(?:uestion)?)\W+)*"
    r"(?:can|could|should|shall|may|might|must|would|will|do|does|did|is|are|was|were|have|has|"
    r"why|what|when|where|who|how|whether|any\s+reason|ok\s+to|okay\s+to|safe\s+to|worth)\b"
    r"(?!\s+(?:you|u|ya|y'all|someone\s+please)\b)(?!\s+(?:please|pls|plz)\b)"
    # Round 27: "do it: delete worker", "do it - restart payments": a go-ahead, not a question.
    r"(?!(?<=do)\s+it\s*(?:[:!,\u2014\u2013]|\s-\s))",
    re.I,
)
_PUT_TO_US = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|hey|hi)\W+)*(?:(?:can|could|would|will)\s+(?:you|u|ya|"
    r"someone|somebody|anyone|anybody|y'all)\b|(?:would|do)\s+you\s+mind\b|(?:is|would)\s+it\s+"
    r"be\s+possible\b|is\s+(?:it\s+)?possible\b|is\s+there\s+a\s+way\b|(?:can|could)\s+(?:we|i)\s+"
    r"(?:please|pls|plz|get|have)\b)",
    re.I,
)
_POLITE = re.compile(
    r"\b(?:please|pls|plz|kindly|go\s+ahead|asap|now|i\s+want|i'?d\s+like|we\s+need\s+to|"
    r"need\s+you\s+to|let'?s)\b",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no\s+need\s+to|nobody|no\s*one|without|instead\s+of|rather\s+than|"
    r"avoid|refrain|stop\s+(?:\w+ing)|hold\s+off|forbid\w*|dont|cant|wont|shouldnt|mustnt|"
    r"doesnt|didnt|isnt|abort|halt|cancel|belay|call\s+off|forget)\b|\w'?n't\b|"
    r"\bno\s+(?=\w+ing\b)|\bstop\s+(?:the|that|this|any)\b",
    re.I,
)
# In a question, "now" asks whether it is time ("can we delete it now?"), never orders.
_POLITE_ASKED = re.compile(_POLITE.pattern.replace("asap|now|", "asap|"), re.I)
# Words before the verb that announce or wonder rather than request ("I'll delete it later",
# "we might revert", "someone wants to remove worker").
_ANNOUNCED = re.compile(
    r"\b(?:i'll|i\s+will|we'll|we\s+will|they'll|they\s+will|(?:i'm|i\s+am|we're|we\s+are|"
    r"they're|they\s+are)\s+(?:going|about|planning)\s+to|(?:i|we|they)\s+(?:might|may|could|"
    r"plan\s+to|want\s+to\s+know|wonder)|(?:who|someone|somebody|they|he|she)\s+(?:wants?|"
    r"asked|tried|will|plans?)\s+to|(?:i|we|they|someone|somebody)\s+(?:already|just)\b|"
    r"whether|if\s+(?:we|i)\s+should|"
    # "we would delete worker", "I'd scale it to 0", "you can roll it back", "+1 to …".
    r"(?:i|we|they|he|she|someone|one)\s*(?:would|'d|could)(?!\s+(?:like|love|appreciate|"
    r"prefer|want|need)\b)|you\s+(?:can|could|may|might)|it(?:'s|\s+is|\s+was)\s+(?:safe|possible|"
    r"ok|okay|fine|allowed)\s+to|considering|contemplating|thinking\s+(?:about|of)|"
    r"according\s+to|next\s+time|in\s+an?\s+(?:dr\s+)?(?:drill|exercise)|imo|imho|"
    r"in\s+my\s+(?:opinion|view)|(?:is|are|'s)\s+(?:safe|possible|ok|okay|fine|allowed)\s+to)\b|"
    r"\+1\s+to\b",
    re.I,
)
# The act said as the subject of a verdict or a cause: "scale payments to 0 is a bad idea",
# "delete worker = outage", "roll back checkout caused it" (no "which"/"when" between).
_VERDICT = re.compile(
    r"^(?:(?!\b(?:which|that|when|if|once|until|while|since|because|as|so|where|who|it|they|"
    r"this|and|or)\b)[^\u2192#])*?(?:\s(?:is|was|were|would\s+be|will\s+be|isn'?t|wasn'?t|"
    r"caused|causes|means|meant|seems|sounds|looks|equals|breaks|stops|kills|allowed|permitted)\b|"
    r"\s+(?:=|->)(?=\s|$)|\s*\u2192)",
    re.I,
)
# A clause that holds back what the message asks: a status, a review, a verdict, a doubt
# ("delete worker: not approved", "…, pending bob", "… — bad idea", "…\nok?").
_WITHHELD = re.compile(
    r"^\W*(?:not\s+approved|unapproved|declined|rejected|denied|approval\s*(?::\s*)?pending|"
    r"pending\b.*|needs?\s+(?:review|discussion|approval|sign-?off)|under\s+review|in\s+review|"
    r"(?:for|please)\s+review|to\s+be\s+(?:confirmed|discussed|decided|approved|agreed)|tbd|tbc|"
    r"parked|deferred|backlog|icebox|on\s+ice|blocked\b.*|unsure|not\s+sure|risky|(?:high|big)\s+risk|"
    r"owner\s+unknown|(?:a\s+)?mistake|(?:a\s+)?bad\s+idea|no\s+way|no\s+chance|not\s+happening|"
    r"over\s+my\s+dead\s+body|(?:let\s+me|i'?ll|i\s+will|will|we'?ll)\s+(?:check|confirm|verify|"
    r"ask)\b.*|checking\s+with\b.*|\w+\s+to\s+confirm|ok\?|okay\?|right\?|/?cc\b.*|"
    r"(?:would\s+be\s+)?(?:too\s+much|overkill)|approval\s*:\s*pending)\W*$",
    re.I,
)
# A label that files the act away rather than asks for it now.
_FILED = re.compile(
    r"^\W*(?:tbd|backlog(?:\s+item)?|under\s+review|note\s+to\s+self|stretch\s+goal|"
    r"memo|long-?term|future|roadmap|nice-?to-?have|worst\s+case|fallback|plan\s+b|up\s+to\s+you|"
    r"use\s+your\s+judge?ment|idea|proposal|someday|later|history|git\s+log|commit\s+[0-9a-f]{6,}|"
    r"fwd?|subject|runbook(?:\s+step\s+\d+)?|changelog)\s*[:\-\u2014]|"
    # Left to the reader's judgement or to a case that may never come.
    r"\b(?:at\s+your\s+discretion|where\s+appropriate|as\s+(?:needed|appropriate|required)|"
    r"if\s+(?:needed|necessary|required|all\s+else\s+fails|you\s+want|you\s+like)|"
    r"should\s+things\s+go\s+\w+|(?:in\s+the\s+)?worst\s+case|as\s+a\s+last\s+resort)\b",
    re.I | re.M,
)
# An order that settles the question before it: "yes, do it", "go ahead". A bare "yes" or
# "yes please" after "can we delete worker?" is no order to the planner: asked.
_CONFIRMED = re.compile(
    r"^\W*(?:(?:yes|yep|yeah|yup|sure|ok|okay)\b\W*)?(?:do\s+it|go\s+ahead|proceed|ship\s+it)\b"
    r"\W*(?:please|pls|now)?\W*$",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_CLAUSE = re.compile(r"\s*(?:[,;:]|\s[\u2014\u2013-]+\s|\s+(?:but|and\s+then|then|so)\s+)\s*", re.I)
_QUOTED = re.compile(r"`[^`]*`|\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")
_FLAGGY = re.compile(
    r"\b(?:flags?|features?|toggles?|settings?|options?|alerts?|alerting|monitoring|metrics|"
    r"autoscal\w*|hpa|backups?|debug|logging|logs|tracing|probes?|cron|jobs?|"
    # (Not an occasion: "for the IPL", "during the DR test", "before the CAB" say when, never
    # what goes off.)
    r"(?<!\bfor\sthe\s)(?<!\bduring\sthe\s)(?<!\bbefore\sthe\s)(?<!\bafter\sthe\s)"
    r"(?<!\buntil\sthe\s)(?<!\bahead\sof\sthe\s)"
    r"(?!(?:CPU|GPU|RAM|HPA|PDB|SVC|CM|KEDA|VPA|QOS|API|UI|DB|OK)\b)[A-Z][A-Z0-9_]{2,})\b"
)


def words(intent: str, refinements: list[str] | tuple[str, ...] = ()) -> str:
    """The words as sent: the first message and each answer to a question, one a line."""
    return "\n".join([intent, *refinements])


def check(said: str, result: PlanResult) -> PlanResult:
    """``result``, or a question in its place when one of its destructive or irreversible
    operations is not asked for by ``said`` (see the module docstring)."""
    if not result.operations:
        return result
    clauses = _requests(said)
    pieces = [c.strip() for c in rx(r"[,;:()\[\]\n]|\s[\u2014\u2013-]+\s").split(said)]
    held = next((c for c in pieces[1:] if c and _WITHHELD.match(c)), None)
    if held is None and (filed := _FILED.search(said)):
        held = filed.group(0).strip(" :-\u2014")
    # The workload first, so the question names what was asked about, not what follows it.
    ordered = sorted(result.operations, key=lambda op: op.target.kind not in _WORKLOADS)
    for op in ordered:
        question = _question(op, said, clauses)
        if question is None and held and destructive(op):
            where = f" in {op.target.namespace}"
            question = (
                f"You said {_quote(said, op.target.name)}, and {held!r} holds it back: should I "
                f"{op.summary().replace(where, '')} now? Say it again "
                "without the hold to plan it."
            )
        if question:
            return result.held_back(question)
    return result


def _masked(said: str) -> str:
    text = _QUOTED.sub(lambda m: " x " if len(m.group(0).split()) == 1 else m.group(0), said)
    for m in reversed(T.given(text)):
        text = text[: m.start()] + " x " + text[m.end() :]
    text = T.SETTING_TO.sub(" x ", text)
    return T.joined_destructive_masked(text)


def _requests(said: str) -> list[str]:
    """Each clause of ``said`` said as a request now (lower case): a question among us
    ("can we delete worker?") holds none; one put to the planner ("can you …", "is it possible
    to …", "… please?") is an order."""
    out: list[str] = []
    sentences = [m.group(0).strip() for m in _SENTENCE.finditer(_masked(said))]
    sentences = [s for s in sentences if s]
    for at, sentence in enumerate(sentences):
        asked = sentence.rstrip().endswith("?") or bool(_ASKED.match(sentence))
        # "roll back checkout? yes, do it": the question answered by the one who asked it.
        confirmed = at + 1 < len(sentences) and bool(_CONFIRMED.match(sentences[at + 1]))
        if (
            asked
            and not confirmed
            and not _POLITE_ASKED.search(sentence)
            and not _PUT_TO_US.match(sentence)
            # "my lead says worker isn't used, could you delete it?": the question put to the
            # planner may follow the context that leads to it, in a clause of its own.
            and not any(_PUT_TO_US.match(c) for c in _CLAUSE.split(sentence)[1:] if c)
        ):
            continue
        out.extend(c.strip().lower() for c in _CLAUSE.split(sentence) if c.strip())
    return out


def _held(pattern: str, clauses: list[str]) -> list[str]:
    """The clauses that request ``pattern``: no negation or announcement before it, and the
    act not the subject of a verdict after it ("delete worker is the wrong fix")."""
    found = rx(rf"(?<![\w\-=/.])(?:{pattern})(?![\w\-=])", re.I)
    return [
        clause
        for clause in clauses
        if any(
            not _NEGATION.search(clause[: m.start()])
            and not _ANNOUNCED.search(clause[: m.start()])
            and not _VERDICT.match(clause[m.end() :])
            for m in found.finditer(clause)
        )
    ]


def _said(pattern: str, clauses: list[str]) -> bool:
    return bool(_held(pattern, clauses))


def _question(op: Operation, said: str, clauses: list[str]) -> str | None:
    target = op.target
    name = f"{target.kind.lower()}/{target.name}"
    quote = _quote(said, target.name)
    if op.kind == "delete":
        if (
            _said(_DELETE, clauses)
            or _said(_PASSIVE_DELETE, clauses)
            or _CRITERIA_GONE.search(_masked(said))
        ):
            return None
        if target.kind in _FEATURES and _said(_SWITCH, clauses):
            return None
        return (
            f"You said {quote}, and I read no request to delete anything in it: should I "
            f"delete {name}? Say 'delete {target.name}' to plan it."
        )
    if op.kind == "rollout_undo":
        told = [c for c in clauses if _ROLLED_STATE.match(c)]
        if told and not _said(_ROLLBACK, [c for c in clauses if c not in told]):
            return (
                f"You said {quote}, and I read it as how {name} is or what it did (a revision "
                "it went back to or runs), not as a request: should I roll it back to its "
                f"previous revision? Say 'roll back {target.name}' to plan it."
            )
        if _said(_ROLLBACK, clauses):
            return None
        return (
            f"You said {quote}, and I read no request to roll anything back in it: should I roll "
            f"{name} back to its previous revision? Say 'roll back {target.name}' to plan it."
        )
    if op.kind == "apply" and target.kind in ("Schedule", "Backup"):
        if _BACKUP_OFF.search(_masked(said)):
            return (
                f"You said {quote}: that turns backups off, and the plan I made would create "
                f"{name}. Should the backup schedule be removed (say 'delete the {target.name} "
                "schedule'), or something else?"
            )
        return None
    if _zero(op):
        # "scale payments down by 2" (it runs 2): a zero nobody said, reached by arithmetic.
        if _LESS.search(said) and not _ZERO_SAID.search(said):
            return (
                f"You said {quote}: that takes {target.name} to 0 replicas, it would leave no "
                f"pods and {name} stops serving. Say 'scale {target.name} to 0' to plan that, "
                "or say how many replicas to keep ('scale "
                f"{target.name} to 1')."
            )
        # Off said of a flag or a feature (named in the clause, or the one a pronoun may
        # stand for when the workload is not named there) is not said of the workload.
        of_workload = [
            c
            for c in _held(_ZERO, clauses)
            if _TO_ZERO.search(c)
            if not _FLAGGY.search(_case(said, c))
            and (target.name in c or not _FLAGGY.search(_masked(said)))
        ]
        # The count alone as an answer ("> how far down can it go?\nzero is fine for now").
        of_workload += [c for c in clauses if _BARE_ZERO.match(c)]
        # "…, worker to 0 until …", "scale worker to zero while I debug": the zero attached to
        # the workload's own name, which opens its clause (a clause held as said; "Alice
        # recommends scaling payments to 0" is a report).
        of_workload += [
            c
            for c in _held(_ZERO, clauses)
            if rx(
                rf"\W*(?:(?:please|pls|just|ok|okay|so|and|then|now)\s+)*"
                rf"(?:(?:scale|take|bring|set|put|get|turn)\s+)?{re.escape(target.name)}"
                # "scale worker (our HL7 interface feed) to 0": an aside on the name between
                # (never a key or a value in it: "(DEBUG_MODE)" may be what goes to 0).
                r"(?:\s*\([^()_=]*\))?(?:\s+(?:down\s+)?to\s+(?:0|zero)\b|"
                # "worker: zero replicas at 2300Z": the count said after the name's label.
                r"\s*:\s*(?:0|zero)\s+(?:replicas?|pods?|instances?)\b)",
                re.I,
            ).match(c)
        ]
        if of_workload or rx(r"--replicas[=\s]+0\b", re.I).search(said):
            return None
        # Round 27: the count of zero said as the workload's replicas, the whole message
        # ("replicas=0 for worker", "worker replicas: 0", "0 replicas for worker").
        if rx(_REPLICAS_ZERO.format(name=re.escape(target.name)), re.I).match(said):
            return None
        return (
            f"You said {quote}, and I read no count of zero for {target.name} in it: should I "
            f"scale {name} to 0 replicas (it stops serving)? Say 'scale {target.name} to 0' to "
            "plan it."
        )
    return None


def _case(said: str, clause: str) -> str:
    """``clause`` in the case it was said (a key is told by its capitals)."""
    at = said.lower().find(clause)
    return said[at : at + len(clause)] if at >= 0 else clause


def destructive(op: Operation, *, patched: bool = True) -> bool:
    """A delete, a rollback (rollout undo) or a scale to zero: what a hold or a retraction said
    with it must stop. ``patched``: a patch that sets replicas to 0 counts too (the veto's own
    reading); :mod:`.doubts` reads only the scale (``patched=False``)."""
    if op.kind in ("delete", "rollout_undo"):
        return True
    return _zero(op) if patched else op.kind == "scale" and op.replicas == 0


def _zero(op: Operation) -> bool:
    if op.kind == "scale":
        return op.replicas == 0
    if op.kind == "patch":
        body = json.dumps(op.patch)
        return bool(rx(r'"replicas":\s*0\b').search(body))
    return False


def _quote(said: str, name: str) -> str:
    """The sentence of ``said`` that names ``name`` (else its first), quoted."""
    sentences = [s.strip() for s in rx(r"(?<=[.!?])\s+|\n+").split(said) if s.strip()]
    chosen = next(
        (s for s in sentences if name.lower() in s.lower()), sentences[0] if sentences else said
    )
    if len(chosen) > 100:
        chosen = chosen[:97] + "…"
    return repr(chosen)
