"""PodDisruptionBudgets said in plain words: created, changed, or relaxed when they block drains.

A budget is ``minAvailable`` or ``maxUnavailable`` (never both), each a count or a percent.
"keep at least 2 pods up" → minAvailable 2; "at most 25% down" → maxUnavailable 25%. An existing
budget that selects the workload's pods is patched (the other field is cleared), never doubled.
"Relax" (or "it blocks drains") sets maxUnavailable 1 on a budget that allows no disruption.
Example::

    add a pdb to payments with minAvailable 50%
    → PodDisruptionBudget payments {minAvailable: 50%, selector: app=payments}
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import ApplyOp, PatchOp, Target
from dotop_nb.planner.offline import occasions, slots
from dotop_nb.planner.offline.context import Clarify, Ctx, pod_labels, selector
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import WORDS
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
# "at least 2 cart pods": a workload's name may stand before the unit.
# (Round 28: a nickname may stand before the name, "at least 2 zoo website frontend pods".)
_OF = r"(?:[a-z0-9][\w-]*\s+){0,3}?(?:pods?|replicas?|instances?)"
# "half of the pods", "a quarter of cart's replicas": a share of the workload's pods.
_SHARE = (
    r"(?:half|a quarter|one quarter|three quarters|a fifth|one fifth|a tenth|one tenth|"
    r"\d{1,3}\s*%|\d{1,3} percent)"
)
_OF_PODS = (
    r"\s+of\s+(?:the\s+|its\s+)?(?:[a-z0-9][\w-]*(?:'s)?\s+)?(?:pods?|replicas?|instances?)\b"
)
# A floor or a ceiling of pods said with a negation, which a budget's amount is: "no fewer than
# 2", "never below 50%", "never lose more than one pod" (the guard lets these through).
FLOOR_WORDS = (
    # "never drops below one pod": the verb in any person.
    # "never run fewer than 2": the verb of the count between.
    r"(?:no|not|never)\s+(?:(?:run|runs|have|has|keep|keeps|be|serve|serves)\s+)?"
    r"(?:fewer|less)\s+than|(?:never|not|n'?t)\s+(?:ever\s+)?(?:go(?:es)?|"
    r"drops?|dips?|falls?|gets?|sinks?)?\s*(?:below|under)|at\s+least|a\s+minimum\s+of|minimum\s+of|"
    # "without ever going below 1 pod", "without dropping under 2".
    r"without\s+(?:ever\s+)?(?:going|dropping|dipping|falling|getting|sinking)\s+(?:below|under)"
)
CEILING_WORDS = (
    r"(?:never|not|n'?t)\s+(?:lose|losing|evict|take\s+down|disrupt)\s+more\s+than|"
    r"(?:no|not|never)\s+more\s+than|at\s+most|up\s+to"
)
# What a budget guards against, said as when ("during maintenance", "through node drains").
_DISRUPTION = (
    r"(?:node\s+)?(?:drains?|draining|maintenance|evictions?|(?:node|cluster)\s+(?:upgrades?|"
    r"updates?|rotations?|maintenance)|voluntary\s+disruptions?|disruptions?)"
)
DURING = re.compile(
    # "ride out a node drain", "survive every drain": what the budget is for, said as a verb.
    r"\b(?:during|through|throughout|while|across|in|for|over|under|ride\s+out|rides\s+out|"
    r"survives?|withstands?|get\s+through|gets\s+through)\s+(?:a\s+|the\s+|any\s+|"
    rf"every\s+|all\s+)?{_DISRUPTION}\b|\b(?:drains?|evictions?|maintenance)\s+(?:may|can|must|"
    r"should)\b|\blet\s+(?:node\s+)?drains\b|"
    # "while nodes are drained", "when a node gets patched": the disruption said of the nodes.
    r"\b(?:while|when|whenever|as)\s+(?:the\s+|a\s+|our\s+)?nodes?\s+(?:are|is|get|gets)\s+"
    r"(?:being\s+)?(?:drained|upgraded|rebooted|patched|maintained|rotated|recycled|cordoned)\b|"
    + occasions.NODES_DISRUPTED  # "when the cloud provider upgrades our nodes"
)
# A floor or ceiling of pods said beside a disruption: a budget, whatever the verb ("keep
# payments at 4 pods during maintenance" is a scale's "keep … at N", never read as a budget).
AMOUNT_DURING = re.compile(
    r"^(?!.*\b(?:keep|hold|leave|pin|put|park|run)\b(?:\s+[\w\-']+){0,2}?\s+at\s+(?:\d|zero|one|"
    r"two|three|four|five|six|seven|eight|nine|ten)\b).*"
    rf"(?:\b(?:{FLOOR_WORDS}|{CEILING_WORDS}|keeps?|retain|maintain|preserve|lose|evict)\b"
    rf"[^.;]*{DURING.pattern}|(?:{DURING.pattern})[^.;]*\b(?:{FLOOR_WORDS}|{CEILING_WORDS}|"
    r"keeps?|retain|maintain|preserve|lose|evict)\b)"
)
# The workload said as never all down during a disruption: "payments can't go down during node
# maintenance", "make sure orders stays up through drains". A budget; with no amount said it
# allows one pod at a time (maxUnavailable 1), which keeps the others serving.
UP_DURING = re.compile(
    r"(?:\b(?:can'?t|cannot|can\s+not|must\s+not|mustn'?t|should\s+not|shouldn'?t|never|won'?t|"
    r"may\s+not)\s+(?:ever\s+)?(?:go|be|get|become)\s+(?:down|offline|unavailable|dark|"
    r"taken\s+down)|\b(?:stays?|remains?|keeps?\s+running|keeps?\s+serving|stay|remain)\s+"
    r"(?:up|available|online|serving|reachable)\b|"
    # "no downtime for checkout when the nodes are drained".
    r"\b(?:no|zero|without(?:\s+any)?)\s+(?:downtime|outage)\b)"
    rf"[^.;:]*?(?:{DURING.pattern})"
)
# A drain said failing by a negation of its verb: what a budget that allows no disruption does.
BLOCKED_DRAIN = (
    r"\b(?:can'?t|cannot|can\s+not|won'?t|wont|couldn'?t|could\s+not|unable\s+to|fails?\s+to|"
    r"failed\s+to)\s+(?:get\s+|be\s+able\s+to\s+)?drain(?!ed)\b|"
    # Round 29 (gap32a): "the PDB (does) not let us drain the node", "won't let the node drain".
    r"\b(?:not|n't|never)\s+lets?\s+(?:us|me|them|you|anyone|the\s+nodes?|nodes?|it)\s+drain\b|"
    r"\bdrains?\s+(?:won'?t|wont|can'?t|cannot|don'?t|doesn'?t|never|(?:do|does|will|can)\s+not)\s+"
    r"(?:go\s+through|finish|"
    r"complete|succeed|pass|work|proceed)\b"
)
# Drains said stuck: "drains hang on orders", "node drains are stuck again" (also read by
# compound.drains_said_stuck, where drains stuck beside another order are its reason).
DRAINS_HANG = (
    r"\bdrains?\s+(?:are\s+|is\s+|keep\s+|always\s+)?(?:blocked|stuck|hang|hangs|hanging|"
    r"fail|fails|failing|time\s+out|never\s+finish)\b"
)
# Drains a budget holds up, said as a symptom or as the wish to unblock them.
STUCK = (
    # "blocks every drain", "blocking all node drains", "it blocks our drains".
    r"\bblock(?:s|ed|ing)?\s+(?:(?:the|every|each|all|any|our|its|their)\s+)?(?:node\s+)?drain|"
    # Drains said stuck; "make drains go through".
    rf"{DRAINS_HANG}|"
    r"\b(?:let|make)\s+(?:the\s+)?(?:node\s+)?drains?\s+(?:go\s+through|finish|complete|"
    r"succeed|pass|work)\b|\bunblock\b(?=.*\bdrains?\b)|"
    # The drain said failing by its negation ("orders cannot drain the node because of the
    # budget", "the node won't drain", "drains never go through"): the same symptom. Only the
    # active drain: "payments can't be drained" asks for protection, not a relax.
    rf"{BLOCKED_DRAIN}"
)
CUE = re.compile(
    rf"{STUCK}|"
    r"\bpdb\b|poddisruptionbudget|disruption budget|\bmin ?available\b|\bmax ?unavailable\b|"
    r"blocks? (?:the )?(?:node )?drain|"
    # "make sure a node drain never takes both pods": what a drain may not take.
    r"\b(?:drains?|evictions?)\s+(?:never|(?:does|do|can|will|must|should|wo)(?:n't|\s+not|\s+never))"
    r"\s+(?:ever\s+)?(?:takes?|kills?|evicts?|removes?)\b|"
    r"\bdrains? (?:are |is )?(?:blocked|stuck|hanging|failing)|"
    # "the budget of orders", "its budget": a PodDisruptionBudget (its pods, evictions).
    r"\b(?:the|its|their|[a-z0-9][\w-]*'s?) budget\b|"
    # "the orders budget keeps both pods": a budget said beside pods, drains or evictions.
    r"\bbudget\b(?=.*\b(?:pods?|drains?|evict\w*|relax|loosen|disruptions?|maintenance)\b)|"
    r"\b(?:pods?|drains?|evict\w*|disruptions?|maintenance)\b.*\bbudget\b|"
    r"\bbudget (?:of|on|for)\b|\bvoluntary disruptions?\b|"
    r"\b(?:may|can|might) be evicted\b|"
    rf"\b(?:{_SHARE}|a third|one third|two thirds|most|the majority){_OF_PODS}"
    r"[^,.;]{0,30}?\b(?:up|running|available|alive|down|unavailable)\b|"
    rf"\bat least \S+ (?:%|percent )?{_OF}\b[^,.;]{{0,30}}?"
    r"\b(?:up|running|available|alive)\b|"
    # "I don't want my-api to go down, keep at least one running at all times": the pods left
    # out, the floor kept always (never a count to run: that is "run at least 2").
    rf"\bkeep\s+at\s+least\s+{slots.NUMBER_WORD}\s+(?:up|running|available|alive)\s+"
    r"(?:at\s+all\s+times|always|no\s+matter\s+what)\b|"
    rf"\b(?:at most|no more than) \S+ (?:%|percent )?{_OF}\b[^,.;]{{0,30}}?"
    r"\b(?:down|unavailable|disrupted)\b|"
    # "half of frontend up during voluntary disruptions": the words of a budget.
    r"\b(?:at least|at most|no more than) half\b|\bvoluntary disruptions?\b|"
    # "tolerate 1 pod disrupted at a time", "two pods evicted at once".
    rf"{_OF}\s+(?:to\s+)?(?:be\s+|being\s+)?(?:disrupted|evicted|drained|down|unavailable)\s+"
    r"(?:at a time|at once|simultaneously)\b|"
    # "payments must keep 2 pods during node drains", "no fewer than half through maintenance".
    rf"{AMOUNT_DURING.pattern}|{UP_DURING.pattern}|"
    # "allow 1 frontend pod to be evicted during node drains": pods let go, during one.
    rf"(?:{_OF}|{_OF_PODS})\s+(?:to\s+)?(?:go\s+down|be\s+(?:evicted|down|disrupted|unavailable))"
    rf"[^.;]*?(?:{DURING.pattern})"
)
_HALF = re.compile(r"\bhalf\s+(?:of\s+)?(?:the\s+|its\s+)?(?=\S)")
_AMOUNT = rf"{slots.NUMBER_WORD}\s*(%|percent)?"
_MIN = (
    rf"\bmin ?available\b[^,.;\d]{{0,30}}?{_AMOUNT}",
    # "min 1 available", "minimum 2 up": the field's two words around its amount, as typed
    # in chat (round 17).
    rf"\bmin(?:imum)?\s+{_AMOUNT}\s*{_OF}?\s*(?:available|up|running)\b",
    # "a pdb with 50% min available": the amount before the field's name.
    rf"{_AMOUNT}\s*(?:of\s+(?:the\s+)?pods\s+)?min(?:imum)? ?available\b",
    # "50% of cart's pods must stay available", "2 of the pods stay up".
    rf"{_AMOUNT}{_OF_PODS}[^,.;]{{0,30}}?\b(?:up|running|available|alive)\b",
    rf"\bat least\s+{_AMOUNT}\s*{_OF}?\b[^,.;]{{0,30}}?"
    r"\b(?:up|running|available|alive|stay)",
    # "2 pods must stay up", "two replicas should remain available": the floor said of pods.
    rf"(?<![\w.]){_AMOUNT}\s*{_OF}\s+(?:(?:must|should|shall|will|need\s+to|needs\s+to|"
    r"have\s+to|has\s+to|always)\s+)*(?:stay|stays|remain|remains|be|are)\s+(?:up|running|"
    r"available|alive|online|serving|ready)\b",
    # "add a pdb to payments, 1 must stay available": the same, the noun left out, the amount
    # opening its clause (round 30: a34b's unread-amount check had asked it).
    rf"(?:^|[,;:(]\s*|\b(?:and|but)\s+)(?:at\s+least\s+)?{_AMOUNT}\s+(?:(?:must|should|shall|"
    r"will|need\s+to|needs\s+to|has\s+to|have\s+to|always)\s+)+(?:stay|remain|be)\s+(?:up|"
    r"running|available|alive|online|serving|ready)\b",
    # "a pdb so 1 stays up", "so that two remain available": the floor said as the purpose,
    # the noun left out (a budget's only countable is its pods).
    rf"\bso\s+(?:that\s+)?(?:at\s+least\s+)?{_AMOUNT}\s+(?:(?:always|still)\s+)?(?:stays?|"
    r"remains?|is|are|keeps?\s+running)\s+(?:(?:always|still)\s+)?(?:up|running|available|alive|"
    r"online|serving|ready)\b",
    # "a pdb that keeps 1 pod up during drains"; "… that keeps 2 up", "keeping 2 running":
    # the noun left out (round 25: was read as the default maxUnavailable 1).
    rf"\bkeep(?:s|ing)?\s+{_AMOUNT}\s*(?:{_OF}\s+)?(?:up|running|available|alive)\b",
    # The floor said as a floor ("no fewer than 2 pods", "never below 50%", "keep at least
    # 50% of its pods", "keep 2 pods during drains").
    rf"\b(?:{FLOOR_WORDS}|below|under)\s+{_AMOUNT}(?=\s*(?:{_OF}|{_OF_PODS}|\W|$|(?:during|"
    r"through|while|in|across)\b))",
    rf"\b(?:keeps?|retain|maintain|preserve|leave|have)\s+(?:at\s+least\s+)?{_AMOUNT}\s*"
    rf"(?:{_OF}|{_OF_PODS})",
)
_MAX = (
    rf"\bmax ?unavailable\b[^,.;\d]{{0,30}}?{_AMOUNT}",
    # "max 1 unavailable", "maximum 25% down" (round 17).
    rf"\bmax(?:imum)?\s+{_AMOUNT}\s*{_OF}?\s*(?:unavailable|down)\b",
    rf"{_AMOUNT}\s*max(?:imum)? ?unavailable\b",
    # "tolerate exactly 1 pod disrupted at a time", "one pod evicted at once".
    rf"{_AMOUNT}\s*(?:{_OF}|{_OF_PODS})\s+(?:to\s+)?(?:be\s+|being\s+)?(?:disrupted|evicted|"
    r"drained|down|unavailable)\s+(?:at a time|at once|simultaneously)\b",
    # "one pod may be evicted at a time", "25% of the pods can be down" (round 31, gap34a: and
    # whose pods, "one pod of orders may be unavailable").
    rf"{_AMOUNT}\s*(?:{_OF}|{_OF_PODS})(?:\s+of\s+(?:the\s+)?(?:[a-z0-9][\w\-]*\s+){{0,4}}?"
    r"[a-z0-9][\w\-]*)?\s+"
    r"(?:(?:may|can|might|could)\s+(?:be\s+|go\s+)?|"
    r"(?:is|are) allowed to (?:be |go )?)(?:evicted|down|disrupted|unavailable|taken down|"
    # "so one pod can go": leave, during a drain.
    r"go(?=\s*(?:$|[,.;!]|\bat\b|\bduring\b|\bwhen\b|\bwhile\b)))",
    rf"\b(?:at most|no more than|only|up to)\s+{_AMOUNT}\s*{_OF}?"
    r"\b[^,.;]{0,30}?\b(?:down|unavailable|at a time|at once|disrupted)",
    # "never lose more than one pod", "evict at most 25% of the pods".
    rf"\b(?:{CEILING_WORDS})\s+{_AMOUNT}\s*(?:{_OF}|{_OF_PODS})",
    rf"\b(?:lose|losing|evict|take\s+down|disrupt)\s+(?:{CEILING_WORDS})\s+{_AMOUNT}",
    # "let it lose one pod", "it may lose a pod at a time": the pods a budget lets go, said as
    # what the workload loses (read only once the request is a budget's).
    rf"\b(?:lose|losing|shed|shedding|spare|sparing)\s+(?:only\s+|just\s+)?{_AMOUNT}\s*{_OF}",
    # "let a fifth of the payments pods go down while nodes are upgraded".
    # (Round 29, gap32a: "make it allow one pod down", the state said after the pods alone.)
    rf"\b(?:let|allow)\s+{_AMOUNT}\s*(?:{_OF}|{_OF_PODS})\s+(?:to\s+)?(?:go\s+down|go\s+away|"
    r"be\s+(?:evicted|down|disrupted|unavailable|taken\s+down)|down|unavailable|out)\b",
    # Round 29 (a32rest): "allowing 2 down", "tolerate 2 pods down", "allow two to be down",
    # "tolerates 2 unavailable": the pods let go said with the verb of letting and the noun
    # left out (was read as the default maxUnavailable 1). ("allow 2 disruptions" stays
    # asked, round 22: a count of disruptions is no count of pods.)
    rf"\b(?:allow(?:s|ed|ing)?|tolerat(?:e|es|ed|ing)|permit(?:s|ted|ting)?|let(?:s|ting)?|"
    rf"accept(?:s|ed|ing)?)\s+(?:(?:only|just|up\s+to|at\s+most|no\s+more\s+than)\s+)?"
    rf"{_AMOUNT}\s*(?:(?:{_OF}|{_OF_PODS})"
    # (Round 32, gap35b: whose pods, "permits one pod of the spare-blade orders service
    # (orders) to be unavailable".)
    r"(?:\s+of\s+(?:the\s+)?(?:[a-z0-9][\w\-]*\s+){0,4}?[a-z0-9][\w\-]*(?:\s*\([^()]{1,40}\))?)?)?"
    r"\s+(?:(?:to\s+)?(?:be|go|being)\s+)?(?:down|"
    r"unavailable|disrupted|evicted|offline|out)\b",
    # Round 30 (a34b): the pods let go said with the word of letting after them or after
    # "down" — "2 down allowed", "2 unavailable is ok", "with 2 allowed down", "allowing down
    # 2", "down: 2", "2 may be down" (were read as the default maxUnavailable 1, or asked).
    rf"{_AMOUNT}\s*(?:{_OF}\s+)?(?:down|unavailable)\s+(?:is\s+|are\s+)?(?:allowed|ok|okay|"
    r"fine|permitted|tolerated|acceptable)\b",
    rf"{_AMOUNT}\s*(?:{_OF}\s+)?(?:allowed|permitted|tolerated)\s+(?:to\s+(?:be|go)\s+)?"
    r"(?:down|unavailable)\b",
    rf"\b(?:allow(?:s|ed|ing)?|tolerat(?:e|es|ed|ing)|permit(?:s|ted|ting)?)\s+(?:down|"
    rf"unavailable)\s*[:=]?\s*{_AMOUNT}(?![\w.])",
    rf"\b(?:down|unavailable)\s*[:=]\s*{_AMOUNT}(?![\w.])",
    rf"{_AMOUNT}\s+(?:may|can|might|could)\s+(?:be|go)\s+(?:down|unavailable|evicted|disrupted)\b",
    # "allowing 2 of 3 down": of all the pods it runs (checked, :func:`budget`).
    rf"\b(?:allow(?:s|ed|ing)?|tolerat(?:e|es|ed|ing)|permit(?:s|ted|ting)?|let(?:s|ting)?)\s+"
    rf"{_AMOUNT}\s+(?:out\s+)?of\s+(?:the\s+|its\s+|all\s+)?{slots.NUMBER_WORD}\s+"
    r"(?:pods?\s+|replicas?\s+)?(?:(?:to\s+)?(?:be|go)\s+)?(?:down|unavailable)\b",
    # "loosen it so one can go", "relax it so that one may be evicted": the pods let go said
    # as the purpose, the noun left out (a budget's only countable is its pods).
    rf"\bso\s+(?:that\s+)?{_AMOUNT}\s+(?:at\s+a\s+time\s+)?(?:can|may|could|is\s+able\s+to)\s+"
    r"(?:go|leave|be\s+(?:evicted|drained|disrupted|down|taken\s+down))\b",
)
_RELAX = re.compile(rf"\brelax|\bloosen|{STUCK}")
# "2 of 3 down": the pods it runs said beside the amount (see :func:`budget`).
_OF_ALL = re.compile(
    rf"\b(?:allow(?:s|ed|ing)?|tolerat(?:e|es|ed|ing)|permit(?:s|ted|ting)?|let(?:s|ting)?)\s+"
    rf"{_AMOUNT}\s+(?:out\s+)?of\s+(?:the\s+|its\s+|all\s+)?{slots.NUMBER_WORD}\s+"
    r"(?:pods?\s+|replicas?\s+)?(?:(?:to\s+)?(?:be|go)\s+)?(?:down|unavailable)\b"
)
# An amount said beside a word of the pods' state (see :func:`budget`).
_UNREAD_AMOUNT = re.compile(
    rf"{_AMOUNT}\s+(?:(?:[a-z]+\s+){{0,3}}?)(?:down|up|unavailable|available|running|evicted|"
    r"disrupted|offline)\b|\b(?:down|up|unavailable|available)\s*[:=<>]*\s*(?:[a-z]+\s+)?"
    rf"{_AMOUNT}(?![\w.])"
)
# A budget said as one to make: a relax then needs no budget there before.
_NEW = re.compile(r"\b(?:add|create|give|new|set\s+up|make)\b")


def manifest_for(ctx: Ctx, target: Target, obj: Json, budget: Json) -> Json:
    """A PodDisruptionBudget named after ``target`` over its pods, with ``budget``
    (minAvailable or maxUnavailable). A pasted ``kubectl create pdb NAME --selector=…`` gives
    the name and the selector, which must pick the workload's pods."""
    match = selector(obj)
    if said := ctx.hints.get("pdb-selector"):
        key, _, value = said.partition("=")
        if pod_labels(obj).get(key) != value:
            raise Clarify(
                f"--selector {said} does not pick the pods of {target.describe()} (labelled "
                f"{', '.join(f'{k}={v}' for k, v in pod_labels(obj).items()) or 'nothing'}). "
                "Which pods should the budget cover?"
            )
        match = {key: value}
    return {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {
            "name": ctx.hints.get("pdb-name") or target.name,
            "namespace": ctx.namespace,
            "labels": dict(pod_labels(obj)),
        },
        "spec": {**budget, "selector": {"matchLabels": match}},
    }


def _amount(m: re.Match[str]) -> int | str:
    return slots.percent_or_count(m.group(1) + ("%" if m.group(2) else ""))


_FRACTIONS = {
    "half": "50%",
    "a quarter": "25%",
    "one quarter": "25%",
    "three quarters": "75%",
    "a fifth": "20%",
    "one fifth": "20%",
    "a tenth": "10%",
    "one tenth": "10%",
}
# Shares a budget cannot take exactly ("a third" is 33% or 34%?) or that name no amount.
_VAGUE = re.compile(
    r"\b(?:a third|one third|two thirds|most|the majority|a few|some|a couple|several|enough)"
    rf"{_OF_PODS}"
)


def _shares(text: str) -> str:
    """ "half of the pods" → "50% of the pods"; a share with no exact percent is asked."""
    if m := _VAGUE.search(text):
        raise Clarify(
            f"{m.group(0)!r}: a PodDisruptionBudget takes an exact count or percent. How many "
            "pods must stay available, e.g. 'minAvailable 2' or 'minAvailable 34%'?"
        )
    return rx(rf"\b(?:at least\s+)?({'|'.join(_FRACTIONS)})(?=(?:{_OF_PODS}))").sub(
        lambda m: _FRACTIONS[m.group(1)], text
    )


_TO = re.compile(r"(?:\bto|\bat|=|->|\u2192)\s*$")


def said(text: str, now: Json | None = None, *, relax: bool = True) -> Json:
    """{"minAvailable": …} or {"maxUnavailable": …} from the text, {} when nothing is said.
    With ``now`` (the spec of a budget a relax changes), a field said with the amount it holds
    now is the state the relax starts from, not what it should become. Any other change
    (``relax`` False) passes it over only when the other field is said too ("the orders budget
    (minAvailable 2) blocked the drain; let one orders pod be evicted at a time": the live
    minAvailable is the from-value, maxUnavailable 1 the change)."""
    text = _shares(text)
    # "lower minAvailable of the orders pdb from 2 to 1": the from-value the budget holds now
    # is where it starts (one it does not hold is left, and asked about).
    text = rx(
        rf"(?P<field>\bmin ?available|\bmax ?unavailable)\b(?P<mid>[^,.;\d]{{0,30}}?)"
        rf"\bfrom\s+(?P<from>{slots.NUMBER_WORD}\s*%?)\s+(?=to\s)",
        re.I,
    ).sub(lambda m: _from_held(m, now), text)
    found: Json = {}
    # "at least half of frontend up": half is 50% of the pods, whatever runs then.
    text = _HALF.sub("50% ", text)
    targeted: set[str] = set()
    at: dict[str, int] = {}
    for key, patterns in (("minAvailable", _MIN), ("maxUnavailable", _MAX)):
        for pattern in patterns:
            # A field may be said twice: with the amount it holds now (the state a relax starts
            # from: "(minAvailable 2 with 2 replicas) …, change it to minAvailable 1") and with
            # where it goes. The state is passed over; two amounts left are asked, never one
            # of them picked.
            hits = [
                (_amount(m), bool(_TO.search(text[: m.start()])))
                for m in rx(pattern).finditer(text)
            ]
            if not hits:
                continue
            if now is not None:
                hits = [h for h in hits if h[1] or str(now.get(key, "")) != str(h[0])] or hits[:1]
            amounts = list(dict.fromkeys(str(h[0]) for h in hits))
            if len(amounts) > 1:
                raise Clarify(
                    f"I read {key} as {' and as '.join(amounts)}: which one should the budget have?"
                )
            found[key] = hits[0][0]
            at[key] = _sentence(text, next(rx(pattern).finditer(text)).start())
            if any(h[1] for h in hits):
                targeted.add(key)
            break
    if now is not None and (relax or (len(found) > 1 and len(set(at.values())) > 1)):
        # ("relax it to minAvailable 2" says the amount as where it goes: kept, and asked.)
        # Said in the sentence of the other field ("minAvailable 2 and maxUnavailable 1"),
        # both are new values: asked.
        found = {k: v for k, v in found.items() if k in targeted or str(now.get(k, "")) != str(v)}
    if len(found) > 1:
        raise Clarify(
            "A PodDisruptionBudget takes minAvailable or maxUnavailable, not both: which one?"
        )
    return found


def _from_held(m: re.Match[str], now: Json | None) -> str:
    """The words of ``m`` (a field, then "from N") less "from N" when the budget ``now`` holds
    N in that field; raises :class:`Clarify` when it does not (a false premise)."""
    key = "minAvailable" if m.group("field").lower().startswith("min") else "maxUnavailable"
    held = str((now or {}).get(key, "")).replace(" ", "")
    said = m.group("from").replace(" ", "").lower()
    if held and held in (said, str(WORDS.get(said, ""))):
        return f"{m.group('field')}{m.group('mid')}"
    raise Clarify(
        f"You said {key} from {m.group('from').strip()}, but the budget has "
        f"{f'{key} {held}' if held else f'no {key}'}: is it the budget you meant? Say the "
        f"value it should get (e.g. '{key} 1')."
    )


def _sentence(text: str, at: int) -> int:
    """Which sentence (or aside in parentheses) of ``text`` position ``at`` is in."""
    return len(rx(r"[.;:!?](?:\s|$)|[()]").findall(text[:at]))


def existing(ctx: Ctx, obj: Json) -> Json | None:
    """The budget whose selector picks the workload's pods."""
    labels = pod_labels(obj)
    for pdb in ctx.cluster.list_objects("policy/v1", "PodDisruptionBudget", ctx.namespace):
        sel = ((pdb.get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
        if sel and all(labels.get(k) == v for k, v in sel.items()):
            return pdb
    return None


def blocks(spec: Json, replicas: int) -> bool:
    """Whether a budget of ``spec`` lets no pod of ``replicas`` go (every drain would hang)."""
    if "maxUnavailable" in spec:
        return str(spec["maxUnavailable"]) in ("0", "0%")
    value = spec.get("minAvailable")
    if isinstance(value, str) and value.endswith("%"):
        return value == "100%"
    return value is not None and int(value) >= replicas


# "lower its budget to 1", "loosen it to 1": an amount given to the budget with no field named.
_BARE = re.compile(
    r"\b(?:lower|loosen|relax|reduce|drop|decrease|cut|bring|set|change|raise|increase|bump|"
    r"move|put|tighten|ease)\w*\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+(?:'s)?\s+)?"
    # (Round 41, sh48a: "set the pdb of my-api to 1" names the workload after the budget.)
    r"(?:budget|pdb|it)\s+(?:(?:of|for|on)\s+(?:the\s+)?[\w\-]+\s+)?(?:down\s+|back\s+|up\s+)?"
    r"(?:to|at)\s+"
    rf"{_AMOUNT}(?![\w.])(?!\s*(?:max|min|replicas?\b))"
)


def _bare(target: Target, found: Json | None, m: re.Match[str]) -> Json:
    """An amount given to the budget with no field named ("orders can't drain with
    minAvailable 2 on 2 pods … lower its budget to 1") is an amount of the field the budget
    holds now: minAvailable 1 there, never the default maxUnavailable 1 that merely shares the
    number. With no budget there, which field it is is asked."""
    spec = (found or {}).get("spec") or {}
    fields = [k for k in ("minAvailable", "maxUnavailable") if spec.get(k) is not None]
    if found is None or len(fields) != 1:
        raise Clarify(
            f"I read {m.group(0)!r} for the budget of {target.describe()}, but not which field: "
            "'minAvailable N' (pods kept up) or 'maxUnavailable N' (pods let go)?"
        )
    return {fields[0]: _amount(m)}


# Round 41 (sh48a, attack48): "set my-api maxUnavailable to 0" names a field a Deployment's
# rolling update has too. With no word of a budget or of what one is for (a drain, an eviction,
# node maintenance) and no budget over its pods, which one is meant is asked — a new budget of
# maxUnavailable 0 blocks every drain.
_BUDGET_SAID = re.compile(
    r"\b(?:pdbs?|poddisruptionbudgets?|(?:pod\s+)?disruption(?:\s+budget)?s?|budgets?|drain\w*|"
    r"evict\w*|maintenance|cordon\w*|nodes?\s+(?:upgrades?|reboots?|patch\w*)|"
    r"voluntary|involuntary)\b",
    re.I,
)
_ROLLOUT_FIELD = re.compile(r"\bmax\s?(?:unavailable|surge)\b", re.I)
_ROLLOUT_SAID = re.compile(r"roll|strateg|surge|deploy|releas|updat|upgrad|restart", re.I)


def _field_of_rollout(ctx: Ctx, target: Target, found: Json | None) -> None:
    """Ask when ``maxUnavailable`` is said of a Deployment with no budget there and no word of
    a budget: the rolling update's field or a new PodDisruptionBudget's?"""
    if (
        found is None
        and target.kind == "Deployment"
        and (field := _ROLLOUT_FIELD.search(ctx.request.intent))
        and not _BUDGET_SAID.search(ctx.request.intent)
        # "strategy.rollingUpdate.maxUnavailable 0", "for rollouts of my-api … maxUnavailable
        # zero": the rollout said is the field's owner (planned by the strategy rule).
        and not _ROLLOUT_SAID.search(ctx.request.intent)
    ):
        raise Clarify(
            f"I read {field.group(0)!r} for {target.describe()}, which has no "
            "PodDisruptionBudget: is it the rolling update's field (pods let go during a "
            f"rollout: say 'set the rollout strategy of {target.name} to maxUnavailable N') or a "
            f"new budget against drains (say 'add a pdb to {target.name} with maxUnavailable N')?"
        )


def budget(ctx: Ctx) -> PlanResult:
    """Create or change the workload's PodDisruptionBudget (see module docstring)."""
    target, obj = ctx.workload()
    replicas = int((obj.get("spec") or {}).get("replicas", 1))
    found = existing(ctx, obj)
    _field_of_rollout(ctx, target, found)
    relax = bool(_RELAX.search(ctx.text))
    # "orders pdb is blocking drains (minAvailable 2 w/ 2 replicas), loosen it": a relax
    # never keeps what the budget holds now, so that amount said is its state.
    wanted = said(ctx.text, (found.get("spec") or {}) if found is not None else None, relax=relax)
    if relax and found is None and not _NEW.search(ctx.text):
        # "the payments budget blocks every drain, let it lose one pod" with no budget over
        # its pods: the object said is not there — asked, never a new budget in its place.
        raise Clarify(
            f"{target.describe()} has no PodDisruptionBudget to relax. Is another one blocking "
            "the drain? Say 'add a pdb to …' for a new one."
        )
    if not wanted and (bare := _BARE.search(ctx.text)):
        wanted = _bare(target, found, bare)
    if relax and not wanted:
        if found is None:
            raise Clarify(f"{target.describe()} has no PodDisruptionBudget to relax.")
        if not blocks(found.get("spec") or {}, replicas):
            raise Clarify(
                f"{Target.of(found).describe()} already allows a disruption with {replicas} "
                "replicas. What should it allow (e.g. 'maxUnavailable 2')?"
            )
        wanted = {"maxUnavailable": 1}
    if relax and wanted and blocks(wanted, replicas):
        # "orders pdb (minAvailable 3) blocks drains, relax it": an amount that still allows
        # no disruption is no relax — a state misremembered, or a slip.
        key, value = next(iter(wanted.items()))
        raise Clarify(
            f"I read {key} {value} in a relax of the budget of {target.describe()}, but with "
            f"{replicas} replicas it would still allow no disruption. What should it allow, "
            "e.g. 'maxUnavailable 1'?"
        )
    if not wanted and (m := rx(r"\b(?:min ?available|max ?unavailable)\b").search(ctx.text)):
        # The field is said but its amount was not read: never a default in its place.
        raise Clarify(f"I read {m.group(0)!r} but not its amount: how many pods, or what percent?")
    if (m := _OF_ALL.search(ctx.text)) and (
        slots.count(m.group(3)) != replicas or slots.count(m.group(1)) in (None, replicas)
    ):
        # "allowing 2 of 3 down" where it runs 4: the count said is not what it runs; "3 of 3
        # down": every pod, which no budget is for.
        raise Clarify(
            f"I read {m.group(0)!r}, and {target.describe()} runs {replicas} replicas: how many "
            "pods may be down at once ('maxUnavailable N'), fewer than all?"
        )
    if not wanted and (m := _UNREAD_AMOUNT.search(ctx.text)):
        # Round 30 (a34b): "allowing 2 up", "2 of 3 down": an amount said of the pods but not
        # read as either field — never the default maxUnavailable 1 in its place.
        raise Clarify(
            f"I read {m.group(0)!r} but not as the budget's amount: how many pods must stay up "
            "('minAvailable N') or may be down at once ('maxUnavailable N')?"
        )
    if not wanted:
        if found is not None:
            raise Clarify(
                f"{target.describe()} already has {Target.of(found).describe()}. What should it "
                "keep: 'minAvailable N' (or N%), or allow: 'maxUnavailable N'?"
            )
        wanted = {"maxUnavailable": 1}
    key, value = next(iter(wanted.items()))
    if key == "minAvailable" and isinstance(value, int) and value >= replicas:
        risk = [
            f"minAvailable {value} with {replicas} replicas allows no voluntary disruption: "
            "node drains will wait forever"
        ]
    elif key == "maxUnavailable" and value in (0, "0%"):
        risk = ["maxUnavailable 0 allows no voluntary disruption: node drains will wait forever"]
    elif key == "minAvailable" and value == "100%":
        # Round 31 (probe36): every pod kept up is the same budget as minAvailable = replicas.
        risk = ["minAvailable 100% allows no voluntary disruption: node drains will wait forever"]
    else:
        risk = []
    if (
        found is not None
        and ctx.hints.get("pdb-name", found["metadata"]["name"]) != (found["metadata"]["name"])
    ):
        # `kubectl create pdb` beside an existing budget: two budgets over the same pods
        # make evictions fail; change the one there, or say so.
        raise Clarify(
            f"{target.describe()} already has {Target.of(found).describe()}. Change it to "
            f"{key} {value} instead of creating {ctx.hints['pdb-name']}?"
        )
    if found is not None:
        pdb_target = Target.of(found)
        other = "maxUnavailable" if key == "minAvailable" else "minAvailable"
        before = {k: v for k, v in (found.get("spec") or {}).items() if k in (key, other)}
        op: Any = PatchOp(
            target=pdb_target,
            patch_type="merge",
            patch={"spec": {key: value, other: None}},
            reason=f"requested: {ctx.request.intent}",
        )
        what = (
            f"Change {pdb_target.describe()} from "
            f"{', '.join(f'{k} {v}' for k, v in before.items()) or 'nothing'} to {key} {value}"
            + (" — it allowed no disruption, so node drains were blocked" if relax else "")
            + "."
        )
    else:
        manifest = manifest_for(ctx, target, obj, {key: value})
        pdb_target = Target.of(manifest)
        op = ApplyOp(
            target=pdb_target, manifest=manifest, reason=f"requested: {ctx.request.intent}"
        )
        what = (
            f"Add {pdb_target.describe()} with {key} {value} over the pods of {target.describe()}."
        )
    if replicas < 2:
        risk.append(f"{target.describe()} runs {replicas} replica: a budget cannot keep it up")
    return PlanResult(
        category="ha",
        operations=[op],
        analysis=what + " Voluntary disruptions (drains, upgrades) respect it.",
        risks=risk,
        targets=[target, pdb_target],
        validation_plan=[f"{pdb_target.describe()} has {key} {value}"],
    )


# A budget's field with its amount ("minAvailable 2", "min available: 2") or a replica count
# ("w/ 2 replicas", "2 pods"): the words a budget's state is said in.
# "wants 2 of 2": the pods it keeps of the pods there are.
_STATE_WORDS = re.compile(
    rf"\b(?P<field>min ?available|max ?unavailable)\b\s*(?:[:=]|of|is|at)?\s*{_AMOUNT}|"
    rf"(?<![\w.])(?P<count>\d+)\s+(?:replicas?|pods?)\b|"
    # ("wants 2 of its 2 pods up", "needs 2 out of the 2 replicas": whose count, said.)
    r"\b(?:wants|needs|requires|keeps|demands)\s+(?P<held>\d+)\s+(?:of|out\s+of)\s+"
    r"(?:its\s+|the\s+|their\s+|all\s+)?(?P<all>\d+)\b",
    re.I,
)


def _eases(spec: Json, patched: Json) -> bool:
    """Whether ``patched`` lets more pods go than ``spec``: a lower minAvailable or a higher
    maxUnavailable, both counts (a percentage is not compared)."""
    old_min, new_min = spec.get("minAvailable"), patched.get("minAvailable")
    old_max, new_max = spec.get("maxUnavailable"), patched.get("maxUnavailable")
    return (isinstance(old_min, int) and isinstance(new_min, int) and new_min < old_min) or (
        isinstance(old_max, int) and isinstance(new_max, int) and new_max > old_max
    )


def state_said(ctx: Ctx, text: str, operations: list[Any]) -> str:
    """``text`` less the budget state said beside a relax: when the plan patches a budget away
    from a field's amount, that amount said with the field is how it is now ("minAvailable 2
    w/ 2 replicas, loosen it"), and so is the count of replicas its workload runs. Blanked so
    the accounting of quantities does not ask where the plan uses them: a value the change
    replaces is never one it writes."""
    relax = bool(_RELAX.search(text.lower()))
    before: dict[str, str] = {}
    held: set[str] = set()  # the minAvailable a patch replaces
    counts: set[str] = set()
    for op in operations:
        if op.kind != "patch" or op.target.kind != "PodDisruptionBudget":
            continue
        spec = (ctx.cluster.get(op.target) or {}).get("spec") or {}
        patched = (op.patch.get("spec") or {}) if isinstance(op.patch, dict) else {}
        # Not a relax: only a field the patch clears (the other one replaces it) was the state.
        cleared = {k for k in patched if patched[k] is None}
        # "… lower it to minAvailable 1": a patch that lets more pods go relaxes it, said so or not.
        eased = _eases(spec, patched)
        if not relax and not cleared and not eased:
            continue
        replaced = {k.lower(): str(v) for k, v in spec.items() if k in patched and patched[k] != v}
        # (Eased without a word of relaxing, only "wants 2 of its 2" is the state: a field said
        # with its amount — "to minAvailable 1 and minAvailable 2" — may be a second value.)
        before |= {k: v for k, v in replaced.items() if relax or k in {c.lower() for c in cleared}}
        held |= {v for k, v in replaced.items() if k == "minavailable"}
        labels = (spec.get("selector") or {}).get("matchLabels") or {}
        try:
            found = ctx.workloads(op.target.name)
        except Clarify:
            found = []
        counts |= {
            str((obj.get("spec") or {}).get("replicas", 1))
            for _, obj in found
            if labels and all(pod_labels(obj).get(k) == v for k, v in labels.items())
        }

    def blank(m: re.Match[str]) -> str:
        if m.group("field"):
            field = m.group("field").replace(" ", "").lower()
            amount = slots.percent_or_count(m.group(2) + ("%" if m.group(3) else ""))
            kept = before.get(field) == str(amount)
        elif m.group("held"):
            kept = m.group("held") in held and m.group("all") in counts
        else:
            kept = m.group("count") in counts
        return " " * len(m.group(0)) if kept else m.group(0)

    return _STATE_WORDS.sub(blank, text)
