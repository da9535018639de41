"""Compound intents: several actions in one sentence, or one action on several workloads.

"set cart replicas to 3 and image to ghcr.io/shop/cart:2.1.0" is two actions; "restart cart and
web" and "scale all workloads labelled tier=backend to 2" are one action on several workloads.
Both are planned whole in one proposal, or asked about: never half silently.

A sentence is cut at clause separators (", ", "and", "then", "also", "plus", a dash) outside
quotes; a clause starts a new action when its cue words say another category than the action
before it, and one that does not tolerate it ("between 2 and 10 replicas" stays with
"autoscale"). A clause that says no category ("… and payments") belongs to the one before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from dotop_nb.models import WORKLOAD_KINDS, Target
from dotop_nb.planner.offline import (
    addons,
    asides,
    guard,
    monitors,
    occasions,
    probes,
    statements,
    strategy,
    triggers,
    understand,
    voices,
)
from dotop_nb.planner.offline.context import STOP, Clarify, Ctx, containers
from dotop_nb.planner.offline.numbers import (
    NUMBER_WORDS,
    floor_below_scale,
    pod_role,
    without_pod_facts,
)
from dotop_nb.planner.offline.registry import REGISTRY
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import NOT_LABELLED, quotes_blanked
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
_SEPARATOR = re.compile(
    # "remove the cpu limit but the memory limit should be kept": the setting kept is a clause
    # of its own (read by _SETTING_KEPT as no action).
    r"\s+(?=(?:but|while)\s+(?:the\s+|its\s+)?(?:cpu|memory|mem|ram)\s+(?:limits?|requests?)\b"
    r"[^,;.]*\b(?:kept|stay|stays|remain|remains|untouched|unchanged|preserved|retained)\b)|"
    # "roll back checkout and after that scale it to 3": words that only order the clauses.
    r"(?:,\s*|\s+)(?:and\s+)?(?:after\s+that|afterwards?|after\s+which|(?:and\s+)?finally|"
    r"once\s+(?:that|it)(?:'s|\s+is)\s+(?:done|finished|through)|"
    r"when\s+(?:that|it)(?:'s|\s+is)\s+(?:done|finished))\s*,?\s+|"
    r",\s+(?:and\s+|then\s+|also\s+)*|\s+(?:and\s+then|and\s+also|and|then|also|plus)\s+|"
    # "… is a cache outage. run two of them and add a PDB": a sentence that opens with a verb
    # of change after one that states a fact is a clause of its own.
    rf"(?<=[a-z0-9)\]%])\.\s+(?=(?:(?:please|pls|so|then|now|just)\s+)?(?:{guard.VERBS}|run|"
    r"give|put|keep|move|switch|turn)\b)|"
    # (Round 37, gap40a: a restart said with a capital as its sentence opens, "…. Restart
    # payments after", is cut as the lower-case one is.)
    r"(?<=[a-z0-9)\]%])\.\s+(?=(?i:(?:(?:please|pls|then|now)\s+)?(?:restart|bounce)\b))|"
    r"\s*[\u2014\u2013]\s*|\s+-\s+"
)
# A verb of change on "it" or "them" alone, with no value ("…, scale it", "…, so restart them").
_ON_IT_ALONE = re.compile(
    rf"^\W*(?:(?:so|please|pls|just|then|now)\s+)*(?:{guard.VERBS})\s+(?:it|them)"
    r"(?:\s+(?:up|down|out|now|please|pls|asap))*\W*$",
    re.I,
)
# A clause that opens with a key's assignment ("QUEUE=orders-v2 in orders-config").
_ASSIGNED = re.compile(r"^\W*[A-Z][A-Z0-9_]{1,62}\s*=\s*\S")
# Round 40 (gap43b, blind43): a clause that is only a key (with an underscore: never an
# acronym) and one value word, the workload said before or after it ("LOG_LEVEL debug and
# restart my-api after", "my-api LOG_LEVEL debug, then restart it"): a change said without its
# verb — never the context of the order after it.
_KEY_VALUE_ONLY = re.compile(
    r"^\W*(?:(?:for|on|in)\s+)?(?:[\w\-()]+\s+){0,3}?"
    r"(?!(?:CPU|GPU|RAM|MEM|HPA|PDB|SVC|CM|RS|KEDA|VPA|QOS)\b)[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]"
    r"\s+[\w.\-/:]+(?:\s+(?:for|on|in)\s+(?:[\w\-()]+\s*){1,4})?\W*$"
)
# The sentence end _SEPARATOR cuts at (before a verb of change).
_SENTENCE_END = re.compile(r"\.\s+")


# Drains said stuck (budgets.DRAINS_HANG, read lazily: budgets reads this module's words),
# with no word of a change to the budget; and an order of another kind said in the message.
_DRAINS_FIXED = re.compile(
    r"\b(?:relax|loosen|lower|reduce|change|set|let|make|unblock|fix|allow|patch|edit|update|"
    r"pdb|budget|min\s?available|max\s?unavailable)\w*"
)


def _drains_hang() -> str:
    from dotop_nb.planner.offline.budgets import DRAINS_HANG  # noqa: PLC0415 - import cycle

    return DRAINS_HANG


def drains_said_stuck(text: str) -> bool:
    """Whether ``text`` says drains stuck (the symptom a relax of a budget answers)."""
    return "drain" in text.lower() and bool(rx(_drains_hang()).search(text.lower()))


_SAID_ELSE = re.compile(r"\b(?:scale|restart|add|bump|set|update|roll|give)\b")


def said_else(text: str) -> bool:
    """Whether ``text`` says a verb of a change other than a budget's (see drains_said_stuck)."""
    return bool(_SAID_ELSE.search(text.lower()))


# Round 37 (gap40a, blind40): "set PROVIDER=paystack in payments-config. Restart payments
# after": a sentence that opens with a restart, after a config change — the restart that picks
# the change up, as "…, then restart payments" is.
_RESTART_OPENS = re.compile(
    r"^\W*(?:(?:then|now|please|pls|and|also|after\s+that|afterwards)\s*,?\s+)*"
    r"(?:restart|bounce|reboot|recycle|rollout\s+restart)\b",
    re.I,
)
_RESTART_SENTENCE = re.compile(
    r"[.!]\s+(?:(?:then|now|please|pls|and|also)\s+)*(?:restart|bounce|reboot|recycle)\b", re.I
)


def _restart_after_config(before: str, clause: str) -> bool:
    """Whether ``clause`` opens with a restart and ``before`` reads as a config change only."""
    if not _RESTART_OPENS.match(clause):
        return False
    return understand.read(before).cued == frozenset({"config"})


def _sentences_after_facts(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pieces`` (separator before, clause) cut at a sentence end only after a clause that
    asks for nothing ("… is a cache outage. run two of them"): a sentence after a request
    ("restart worker. delete frontend") is read with it, whole, as before — but for a restart
    after a config change (:func:`_restart_after_config`)."""
    kept: list[tuple[str, str]] = []
    for sep, clause in pieces:
        if (
            kept
            and _SENTENCE_END.fullmatch(sep)
            and asides.request(kept[-1][1])
            and not _restart_after_config(kept[-1][1], clause)
        ):
            kept[-1] = (kept[-1][0], kept[-1][1] + sep + clause)
        else:
            kept.append((sep, clause))
    return kept


_STATEMENT = re.compile(
    # Not of a budget: "then a pdb that keeps 1 pod up" says what the budget keeps.
    r"^(?:(?!\b(?:set|scale|update|restart|make|add|remove|delete|roll|change|pdbs?|"
    r"(?:disruption\s+)?budgets?)\b).)*"
    r"\b(?:is|are|was|were|seems?|looks?|appears?|keeps)\s+(?:still\s+|now\s+|very\s+)?"
    r"(?:broken|down|failing|slow|crashing|stuck|bad|unhealthy|flaky|wrong|throwing|erroring|"
    r"returning|timing out|crash-?looping|leaking|dying|hanging|misbehaving|panicking|"
    # "kick checkout, pods look wedged": the symptom a restart cures.
    r"wedged|hung|frozen|deadlocked|unresponsive|zombied?|"
    # (Round 28, gap30: "checkout new version is giving error": the symptom, said so.)
    r"giving\s+(?:an?\s+|the\s+)?(?:errors?|exceptions?|\d{3}s?|trouble|problems?)|"
    # "3 pods are pending": how pods are, however many.
    r"pending|unschedulable|evicted|terminating|not\s+ready|unready|"
    # "payments keeps running a stale image", "my-api is still reading the old LOG_LEVEL":
    # what it runs or reads now, the state a fix starts from.
    r"(?:running|serving|using|pulling|reading|showing|loading)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:stale|old|outdated|cached|wrong|previous|former)|"
    # "worker is single replica and …": what it runs now, the state a fix starts from.
    r"(?:only\s+|just\s+)?(?:a\s+)?(?:single|one|1|lone|lonely)\s+(?:replica|pod|instance)"
    r"(?!\s+(?:more|less|fewer|extra)\b))\b",
    re.IGNORECASE,
)
# What happened, said in the past ("we upgraded postgres to 16.4 but it broke …", "checkout was
# bumped to 1.1.0"): the change already made is context, never an action to plan again.
# "orders pods need to reload the envoy bootstrap", "cart has to pick up the new secret": what
# the workload must take in, which the change beside it (a restart) gives — a reason, never an
# action of its own (not "payments needs to run 3 replicas", a request said as a need).
_NEEDS_TO_TAKE_IN = re.compile(
    r"^(?:so\s+|since\s+|because\s+)?(?:the\s+|its\s+|our\s+)?[a-z0-9][\w\-]*(?:\s+(?:pods?|"
    r"containers?|replicas|instances|apps?|workers?|services?|processes))?\s+(?:needs?|has|have|"
    r"must|should|gotta|got)\s+to\s+(?:re-?load|re-?read|pick\s+up|re-?fresh|re-?resolve|"
    r"re-?connect|re-?fetch|re-?sync|re-?initiali[sz]e|re-?mount|see|notice|load|read)\b",
    re.IGNORECASE,
)
# Round 18 (times): a verb of change said as the noun a statement is about ("the nightly batch
# cycle needs more initiators", "the restart takes ten minutes", "our release cycle is slow"):
# its subject, before a verb of state or need — the reason for the order beside it, no action.
_NOUN_SUBJECT = re.compile(
    r"^\s*(?:(?:the|our|a|an|this|that|its|their|[a-z][\w-]*'s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:cycle|restart|rollout|roll-?out|bounce|scale|scaling|update|upgrade|backup|deploy|"
    r"release|migration)s?\s+(?:needs?|needed|requires?|required|is|are|was|were|takes?|took|"
    r"runs?|ran|will|has|had|gets?|got)\b",
    re.I,
)
_HAPPENED = re.compile(
    r"^\s*(?:so\s+|but\s+|since\s+|because\s+|ever\s+since\s+|now\s+that\s+)?"
    r"(?:we|i|someone|somebody|they|it|ops|the\s+\w+|[a-z][a-z0-9-]*)\s+"
    # ("checkout 1.1.0 bumped serde to …": the release that did it, said with its version.)
    r"(?:v?\d+(?:\.\d+){1,3}\s+)?(?:(?:pods?|containers?|replicas|instances)\s+)?"
    r"(?:just\s+|already\s+|recently\s+|then\s+|all\s+)?(?:upgraded|updated|bumped|went|moved|rolled|"
    # "orders pods got a stale token", "my-api picked up a bad dns cache": what they were
    # left with, which a restart clears.
    r"got\s+(?!to\b)(?:an?|some|the|stale|old|bad|wrong|corrupt\w*)\b|picked\s+up\s+(?:an?|some|the)\b|"
    r"caught|ended\s+up|changed|edited|modified|rotated|tweaked|patched|fixed|renewed|"
    r"deployed|shipped|released|pushed|(?:got|was|were|has\s+been|had\s+been)\s+"
    r"(?:bumped|upgraded|updated|moved|rolled|deployed|shipped|released|pushed|changed|edited|"
    r"modified|rotated|patched|renewed))\b",
    re.IGNORECASE,
)
# What a change did ("last checkout deploy broke the cart page, undo it"): a symptom, said of
# the change to undo, never a request of its own.
_DID = re.compile(
    r"^(?:(?!\b(?:set|scale|update|restart|make|add|remove|delete|roll|change|undo|revert|"
    r"deploy\s+(?:it|the|a|version|\S+:)|upgrade|bump)\b).)*"
    r"\b(?:broke|crashed|failed|caused|took\s+down|killed|tanked|regressed|borked|hosed)\b|"
    # "both payments pods were evicted together during the maintenance": what happened to them.
    r"^(?:(?!\b(?:set|scale|update|restart|make|add|remove|delete|change)\b).)*"
    r"\b(?:(?:was|were|got|have\s+been|has\s+been|had\s+been)\s+(?:all\s+|both\s+)?(?:evicted|"
    r"killed|oom-?killed|terminated|drained|rescheduled|preempted|lost|taken\s+down)|"
    # "node drains keep killing both payments pods at once": what keeps happening to them.
    r"(?:keeps?|kept)\s+(?:on\s+)?(?:killing|evicting|terminating|taking\s+down|"
    r"oom-?killing|preempting))\b|"
    # "that orders PDB has been nothing but grief", "cart's been a pain since March": how it
    # has been, said with no verb of change — the reason for the order beside it.
    r"^(?:(?!\b(?:set|scale|update|restart|make|add|remove|delete|roll|change|undo|revert|"
    r"upgrade|bump|relax|loosen|keep|allow|let|give|please|pls|should|must|needs?|want)\b).)*"
    r"(?:\b(?:has|have|had)|'s)\s+been\s+(?:nothing\s+but|(?:a|an|such\s+a|a\s+real|a\s+total)\s+"
    r"(?:pain|nightmare|headache|mess|problem|disaster|liability|pita)|trouble|grief|awful|"
    r"terrible|horrible|annoying|painful|useless|unused|dead|broken|flaky)\b",
    re.IGNORECASE,
)
# (A value ends in a letter or digit, as Kubernetes has it: "labelled tier=backend." ends the
# sentence, round 31.)
_PAIR = r"(?P<selector>[a-z0-9][a-z0-9./\-]*=[a-z0-9](?:[a-z0-9._\-]*[a-z0-9])?)"
_GROUP = (
    r"(?:deployments?|deploys?|statefulsets?|sts|daemonsets?|ds|workloads?|apps?|services?|pods?)"
)
# The short forms people type for a kind ("every tier=backend deploy", "all tier=db sts").
_SHORT_KINDS = {"Deployment": r"deploys?", "StatefulSet": r"sts", "DaemonSet": r"ds"}
_LABEL = re.compile(
    r"(?:\b(?:labell?ed|with\s+(?:the\s+)?labels?|matching|selector)\s*:?\s*|(?<!\S)(?:-l|--selector)"
    r"(?:=|\s+))" + _PAIR,
    re.IGNORECASE,
)
# A selector said without "labelled": "every tier=backend deployment", "all tier=backend
# workloads", "the deployments where tier=backend". Lower-case only: "LOG_LEVEL=debug" is a
# variable, and a bare pair must sit with a quantifier or a plural kind to select anything.
_BARE_LABEL = re.compile(
    r"\b(?:all|every|each|any)\s+(?:of\s+)?(?:the\s+|our\s+|my\s+)?" + _PAIR + rf"\s+{_GROUP}\b"
    # Not "with": "annotate my-api pods with prometheus.io/scrape=true" sets the pair.
    rf"|\b{_GROUP}\s+(?:where|having|that have|that carry)\s+" + _PAIR.replace("selector", "s2")
)

# "restart everything tier=backend", "every deployment with tier=backend", "whatever carries
# tier=backend": a set selected by its label. Never where a pair is set on pods ("annotate all
# pods with prometheus.io/scrape=true", "label every deployment with team=x").
_SELECTED = re.compile(
    r"^(?!.*\b(?:annotate|label|tag|mark|add|set|put)\s)(?:.*?)"
    rf"(?:\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+|our\s+)?{_GROUP}\s+(?:with|having|carrying)\s+|"
    r"\b(?:everything|anything|whatever|all)\s+(?:with\s+|having\s+|(?:that\s+)?(?:has|have|carries)\s+"
    r"|carrying\s+)?(?:the\s+)?(?:labels?\s+)?)" + _PAIR.replace("selector", "s3") + r"(?![\w=])",
    re.IGNORECASE,
)

# "restart whatever reads shared-config", "bounce the deployments that use db-secret": the
# workloads whose pods read that ConfigMap or Secret (env, envFrom or a volume).
READERS = re.compile(
    r"\b(?:whatever|everything|anything|all|every\s+\w+|the\s+\w+|workloads?|deployments?|"
    r"pods?)\s+(?:that\s+|which\s+)?(?:reads?|uses?|mounts?|consumes?|loads?|references?|"
    r"depends?\s+on)\s+(?:it|them|(?:the\s+)?(?P<name>[a-z0-9][a-z0-9.\-]*[a-z0-9]))",
    re.IGNORECASE,
)


_VERSION = re.compile(r"(?<![\w.])v?\d+\.\d+(?:\.\d+)?\b")
_SINCE_VERSION = re.compile(
    r"\b(?:ever\s+since|since|as\s+of|starting\s+with)\s+(?:the\s+)?(?:release|version|build|"
    r"tag)?\s*v?\d+\.\d+(?:\.\d+)?\b",
    re.IGNORECASE,
)


def actions(text: str) -> list[tuple[str | None, str]]:
    """``[(category, clause), …]``: the clauses of ``text`` grouped into actions."""
    blanked = quotes_blanked(text, fill="x")
    # "autoscaling between 2 and 8 replicas": one range, never cut at its "and".
    blanked = _BETWEEN.sub(lambda m: m.group(0).replace("and", "&&&"), blanked)
    if " alone" in blanked or " untouched" in blanked or " intact" in blanked:
        # Round 36 (gap39b): "…, leave orders and orders-config alone": one list kept, never
        # cut at its "and" (the last item is no order of its own).
        blanked = _KEPT_LIST.sub(lambda m: m.group(0).replace(" and ", " &&& "), blanked)
    if (
        (head := _HEADED.match(blanked))
        and (said := _cued(head.group(1)))
        and not (said in _GOALS and _GOAL_MEANS.search(blanked, head.end()))
        and not _named_head_of_many(head.group(1), text[head.end() :])
        # (Round 37, gap40a: "payments-config: change PROVIDER to paystack. Restart payments
        # after": a sentence of its own restarting after the config's is its own action.)
        and not (said == "config" and _RESTART_SENTENCE.search(blanked, head.end()))
    ):
        # "keda scaledobject for cart: prometheus trigger, server …, threshold 5": what follows
        # the colon is the list of parameters of the one action the head names.
        return [(said, text)]
    if head and said in _GOALS and (whose := _HEAD_WORKLOAD.match(head.group(1))):
        # Round 19: "redundancy for worker: two replicas minimum and a PDB minAvailable 1": a
        # goal said as the heading, then the changes that reach it — each its own action, the
        # heading only names the workload: read as "worker: …".
        return actions(f"{head.group(1)[whose.end() :].strip()}: {text[head.end() :]}")
    pieces: list[tuple[str, str]] = []  # (separator before, clause)
    start, sep = 0, ""
    for m in _SEPARATOR.finditer(blanked):
        pieces.append((sep, text[start : m.start()]))
        start, sep = m.end(), m.group(0)
    pieces.append((sep, text[start:]))
    pieces = _sentences_after_facts(pieces)
    out: list[tuple[str | None, str]] = []
    ends = [_SENTENCE_END.fullmatch(sep) is not None for sep, _ in pieces[1:]] + [False]
    for (separator, said), ended in zip(pieces, ends, strict=True):
        # "… and bounce frontend after": the order, said at the clause's end, not a time.
        clause = _AFTERWARDS.sub("", said) if out else said
        if not clause.strip():
            continue
        # "…, maxUnavailable 0 so capacity never drops": the purpose is no request; "…, 3 pods
        # are pending": a fact about pods is no scale.
        purposeless = statements.without_purpose(clause)
        reading = understand.read(guard.without_conditions(without_pod_facts(purposeless)))
        cued = [name for name, _ in reading.ranked if name in reading.cued]
        # "checkout's release is broken, roll it back": a statement is context, not an action.
        category = (
            cued[0]
            if cued
            and not _STATEMENT.search(clause)
            and not _HAPPENED.match(clause)
            and not _NOUN_SUBJECT.match(clause)
            and not _DID.search(clause)
            and not _NEEDS_TO_TAKE_IN.match(clause.strip())
            # "the api pods are running without any requests": a state, said by its negation.
            and not statements.negated_state(clause)
            # "checkout 1.1.0 throwing 500s since the deploy", "the new image leaks memory": a
            # fact or symptom is the reason for the request beside it, never an action.
            and not statements.fact(clause)
            else None
        )
        if (
            category == "pdb"
            and "drain" in clause
            and rx(_drains_hang()).search(clause)
            and not _DRAINS_FIXED.search(clause)
            and _SAID_ELSE.search(blanked.lower())
        ):
            # Round 34 (gap37a): "orders runs 2 pods under a PDB with minAvailable 2, so drains
            # hang. Scale orders to 3": drains said stuck, with no word of a change to the
            # budget, beside an order of another change — the reason for it, never a relax too.
            category = None
        if (
            ended
            and not out
            and not asides.request(clause)
            and not _ASSIGNED.match(clause)
            # (Round 37, gap40a: "payments-config: change PROVIDER …. Restart payments": a
            # request said after its object's heading is a request.)
            and not (
                category == "config"
                and _RESTART_OPENS.match(pieces[len(out) + 1][1] if len(pieces) > 1 else "")
                and asides.request(_HEADED.sub("", clause, count=1))
            )
        ):
            # "my PR needs the API on 1.5.0. bump my-api …": a first sentence that asks for
            # nothing is the context of the sentence of change after it, read with it. (A key
            # assigned, "QUEUE=orders-v2 in orders-config. roll orders afterwards", is a change
            # said as an env file writes it: an action, never dropped as context.)
            category = None
        if (
            category == "update"
            and _VERSION.search(clause)
            and not _VERSION.search(_SINCE_VERSION.sub(" ", clause))
        ):
            # "…, it is not used anymore since release 2.0": a version said as when something
            # began is history, never one to roll to.
            category = None
        if (
            out
            and out[-1][0] in ("pdb", "ha")
            and (role := pod_role(clause, replacing=True))
            and role[0] in ("a floor of pods kept up", "pods let go in a disruption")
        ):
            # "add a pdb to payments, 2 pods must stay up", "the orders pdb blocks drains, let
            # it lose one pod": the budget's minimum or the pods it lets go, read by the budget
            # rule — never a scale of its own.
            category = None
        if (
            out
            and out[-1][0] == "scale"
            and category == "scale"
            and (role := pod_role(clause))
            and role[0] == "a floor of pods kept available"
            and floor_below_scale(role[1], out[-1][1])
        ):
            # Round 37 (en41, attack41): "scale frontend to 4 and keep 2 pods available": a floor
            # of pods kept available below the count just scaled to can be no count to run — it
            # is the budget's minimum, planned beside the scale as "… keep at least 2 pods
            # available" is (said alone, or not below the count, it is still asked).
            category = "pdb"
        if out and any(
            (before is None or out[-1][0] in before) and reads(clause)
            for before, reads in _PART_OF_BEFORE
        ):
            # A clause that is part of the action before it, never an action of its own
            # (:data:`_PART_OF_BEFORE`: "hpa on cpu 65% and memory 75%", "…, other stuff uses it").
            category = None
        if out and _SETTING_KEPT.match(clause):
            # "remove the cpu limit of orders; the memory limit must stay": the setting kept is
            # said as what does not change (accounting.py reads its value as kept): no action,
            # and no words for the change beside it to read.
            continue
        if _ROLLOUT_FIELD.match(purposeless) and strategy.ROLLOUT_FIELDS.search(blanked.lower()):
            # "for frontend rolling updates: surge 1, maxUnavailable 0": a field of the one
            # rollout strategy said, never a disruption budget of its own.
            category = None
        if out and occasions.LATER_UNDO.search(separator + said):
            # "…, afterwards we will revert back", "…, please revert back once done": the
            # change undone later, when asked then — never a second change now.
            category = None
        if not out and _LACKING.match(clause):
            # "no servicemonitor for payments, add a pdb to it": what is missing (or must not
            # be) asks for nothing itself; negated.py reads it against the plan.
            category = None
        if _BELONGING.match(clause):
            # "remove orders along with its pdb and its configmap": what belongs to the
            # workload the action is about, listed — no action of its own.
            category = None
        if (
            out
            and out[-1][0] == "autoscale"
            and category == "resources"
            and _PERCENT_OF.search(clause)
            and not _QUANTITY.search(clause)
        ):
            # "… up to 15 when busy, but keep at least the 3 it has now. cpu 50%": a percentage
            # of cpu after an autoscaler is its target (no request is said in percent).
            category = None
        if (
            out
            and out[-1][0] == "probes"
            and (field := _PROBE_ACTION.match(clause))
            and probes.IN_WORDS.fullmatch(clause[field.end() :].strip(" .!"))
        ):
            # "liveness probe on /healthz, restart after 3 fails": what the kubelet does after
            # the probe's failureThreshold, never a restart of its own.
            category = None
        if (
            out
            and category is not None
            and _VERB_AND_NAMES.match(out[-1][1])
            and not rx(rf"\W*(?:{guard.VERBS})\b", re.IGNORECASE).match(clause)
        ):
            # "bump payments and orders to 4 pods": one verb said before a list of workloads
            # whose value comes last — one clause, read whole ("bump" alone reads update).
            joined = out[-1][1] + separator + clause
            out[-1] = (_cued(joined) or category, joined)
            continue
        if out:
            before, joined = out[-1]
            tolerated = (
                before is not None
                and category is not None
                and (
                    category in REGISTRY[before].compatible
                    or before in REGISTRY[category].compatible
                )
            )
            # "pg_dump nightly, use image postgres:16.4": the dump job's image, not an update.
            of_job = before == "backup" and bool(addons.JOB_IMAGE.match(clause.strip()))
            # "restart my-api, then restart worker": the verb said again starts the same change
            # on another workload (each clause planned whole on its own, then merged).
            # (Round 25: "worker needs 3 replicas now, scale it": the verb on "it" alone, with
            # no value, orders the change said before — one action, read whole.)
            again = (
                category == before
                and before in _REPEATABLE
                and not _ON_IT_ALONE.match(clause)
                and bool(
                    rx(
                        rf"\W*(?:(?:please|then|now|also|do|a)\s+)*{_MANNER}(?:{guard.VERBS})\b",
                        re.I,
                    ).match(clause)
                )
            )
            if (
                before is None
                and category not in (None, "config", "env")
                and _KEY_VALUE_ONLY.match(joined)
            ):
                # "LOG_LEVEL debug and restart my-api after": the key's change is an action
                # of its own (the config rules plan it, or ask), never dropped by the restart.
                out[-1] = ("config", joined)
                out.append((category, clause))
                continue
            if (
                category is None or category == before or tolerated or before is None or of_job
            ) and not again:
                out[-1] = (before or category, joined + separator + clause)
                continue
        out.append((category, clause))
    return out


# Changes that replace pods, and a clause that only asks them to roll out without downtime.
_REPLACES = frozenset({"update", "restart", "config", "resources", "env", "probes", "sizing"})
_ONLY_NO_DOWNTIME = re.compile(
    r"^\W*(?:(?:and|but|please|pls|just|also)\s+)*(?:make\s+sure|ensure|be\s+sure|see\s+to\s+it)"
    r"\s+(?:that\s+)?(?:(?:there\s+is|there'?s)\s+no\s+downtime|(?:users?|customers?|clients?|"
    r"anyone|nobody|no\s*one)\s+[^,;]*?\b(?:downtime|outages?|interruptions?))"
    r"(?:\s+(?:during|in|while|through|for)\s+(?:the\s+|this\s+|its\s+)?(?:roll\s?out|"
    r"deploy(?:ment)?|update|upgrade|release|change))?[\s.!]*$",
    re.IGNORECASE,
)
_NO_NOUN = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:no|without(?:\s+any)?|(?:the\s+|with\s+the\s+)?same)\s+(?!\d)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\W*$",
    re.I,
)
# A sentence that opens with a negated noun and holds no value there ("no payments metrics in
# grafana", "there's no pdb for worker"): never an action of its own (an outcome kept, "no
# downtime", is read by the rules).
_LACKING = re.compile(
    r"^\W*(?:there(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+)?(?:no|zero)\s+(?![\w\-]*\d)"
    r"(?!(?:downtime|outages?|disruptions?|interruptions?|data\s+loss)\b)[a-z][^\d]*$",
    re.I,
)
_ROLLOUT_FIELD = re.compile(
    r"^\W*(?:and\s+|with\s+)?(?:(?:max ?)?(?:surge|unavailable)\s*(?:of|to|=|:)?\s*\w+\s*%?|"
    r"\w+\s+(?:pods?\s+)?unavailable)\W*$",
    re.I,
)
# A symptom said after a delete, as its reason ("drains hang on it", "it blocks every drain").
_SYMPTOM = re.compile(
    r"^\W*(?:(?:the|node|all|every)\s+)*(?:drains?\s+(?:are\s+|is\s+|keep\s+|always\s+)?"
    r"(?:blocked|stuck|hang|hangs|hanging|fail|fails|failing)\b|(?:it|that|this)\s+blocks?\s+"
    r"(?:the\s+|every\s+|all\s+)?(?:node\s+)?drains?\b)[^,;]*$",
    re.I,
)
_AFTERWARDS = re.compile(
    r"\s+(?:right\s+)?(?:after(?:wards?)?|after\s+that|too|also|as\s+well)(?=\s*(?:$|[,.;!]))",
    re.IGNORECASE,
)
# How a restart or rollout is done, said before its verb ("rolling restart", "a graceful restart").
_MANNER = r"(?:(?:rolling|graceful|full|quick|fresh|clean|staged|gradual)[\s\-]+)?"
# Changes said whole per workload: a second "restart …" / "scale …" is a second action.
_REPEATABLE = frozenset({"restart", "scale", "update", "rollback"})
# A generic verb (its family said by the value) and names only, no value yet.
_VERB_AND_NAMES = re.compile(
    r"^\W*(?:(?:please|pls|can you|just|now)\s+)*(?:bump|raise|increase|move|take|bring|put|push|"
    r"get|up|lower|decrease|reduce|drop)\s+(?:up\s+)?(?:the\s+|both\s+)?"
    r"[a-z][\w\-]*(?:(?:\s*,\s*|\s+and\s+|\s+)[a-z][\w\-]*){0,4}\s*$",
    re.IGNORECASE,
)
_PROBE_ACTION = re.compile(
    r"^\W*(?:(?:and|then)\s+)?(?:restart|kill|bounce|recycle|mark\s+(?:it\s+)?unready)\w*\s+"
    r"(?:(?:it|them|the\s+(?:pod|pods|container))\s+)?",
    re.IGNORECASE,
)
_METRIC_ONLY = re.compile(
    r"^\W*(?:(?:at|on|target|and)\s+)*(?:cpu|memory|mem)\s*(?:at|of|@|=|:)?\s*\(?\d+\s*%?\)?\W*$",
    re.IGNORECASE,
)
# Round 38 (gap41b, blind41): "KEDA ScaledObject for frontend, 3 to 12 on cpu 70": the bounds
# of that autoscaler and its target, said in one clause — never a cpu request going 3 to 12.
_BOUNDS_METRIC = re.compile(
    r"^\W*(?:from\s+|between\s+)?\d{1,3}\s*(?:to|-|\u2013|\.\.|and)\s*\d{1,3}"
    r"(?:\s+(?:replicas|pods|instances))?\s*,?\s*(?:(?:on|at|with|by|targeting|target)\s+)?"
    r"(?:cpu|memory|mem)\s*(?:at\s+|of\s+|@\s*|=\s*|:\s*)?\(?\d{1,3}\s*%?\)?"
    r"(?:\s*utili[sz]ation)?\W*$",
    re.IGNORECASE,
)
_PERCENT_OF = re.compile(
    r"\b(?:cpu|memory|mem|ram)\s*(?:at\s+|of\s+|@\s*|=\s*|:\s*)?\d{1,3}\s*(?:%|percent)|"
    r"\b\d{1,3}\s*(?:%|percent)\s+(?:cpu|memory|mem|ram)\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(r"\b\d+(?:\.\d+)?\s*(?:m|mi|gi|ki|mb|gb|cores?|cpus?)\b", re.IGNORECASE)
_UTILISATION = re.compile(
    r"^\W*(?:using\s+|on\s+|at\s+)?(?:cpu|memory|mem|ram)\s*(?:at\s+|of\s+|@\s*)?\(?\s*"
    r"\d{1,3}\s*%\s*\)?(?:\s*utili[sz]ation)?\W*$",
    re.IGNORECASE,
)
# (The bound after "and" said in words too: "between one and five pods".)
# Round 36 (gap39b): a list of objects kept as they are, "leave orders and orders-config
# alone", "keep payments, payments-config and its service untouched".
_KEPT_ITEM = r"(?:the\s+|its\s+)?[a-z0-9][\w\-]*(?:\s+[a-z0-9][\w\-]*)?"
_KEPT_LIST = re.compile(
    rf"\b(?:leave|keep|spare)\s+{_KEPT_ITEM}(?:\s*,\s*{_KEPT_ITEM})*\s*,?\s+and\s+{_KEPT_ITEM}"
    r"\s+(?:alone|untouched|intact)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\bbetween\s+\S+\s+and\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)",
    re.IGNORECASE,
)
_HEADED = re.compile(r"^([^:]{3,80}?):\s")
# Headings that name a goal, not one action ("redundancy for worker:", "HA for payments:") and,
# after them, a change of its own kind (a count of replicas and a budget, each said): the means.
_GOALS = frozenset({"ha"})
_GOAL_MEANS = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six)\s+(?:replicas?|pods?|instances?)\b[^:]*?"
    r"\b(?:and|plus|,)\s+(?:an?\s+|the\s+)?(?:pdb|poddisruptionbudget|disruption\s+budget)\b",
    re.I,
)
# The goal's words before the workload in such a heading ("redundancy for ", "HA on ").
_HEAD_WORKLOAD = re.compile(r"^.*\b(?:for|on|of|in)\s+(?:the\s+)?(?=[a-z0-9][\w\-]*\s*$)", re.I)
# A value's comparison with what runs now, said after it: "2x current", "(double the current
# value)", "twice what it has now", "50% more than today", "i.e. half of before".
_RELATIVE_BODY = (
    r"(?:that's\s+|that\s+is\s+|which\s+is\s+|i\.?e\.?\s+|ie\s+|so\s+|=\s*|~\s*)?"
    r"(?:about\s+|roughly\s+|around\s+|~\s*)?"
    r"(?:\d+(?:\.\d+)?\s*(?:x|times)|double|twice|triple|thrice|half|a\s+third|a\s+quarter|"
    r"\d{1,3}\s*%\s*(?:more|less|higher|lower|up|down|above|below)?)\s+"
    r"(?:(?:of|than|over|on|vs\.?|versus)\s+)?(?:the\s+|its\s+|what\s+it\s+(?:has|had|is|was|"
    r"uses|used|gets|got)\s+)?(?:current(?:ly)?|now|today|before|existing|present|old|"
    r"previous|it\s+is\s+now)(?:\s+(?:value|limit|request|one|setting|amount|size|count|"
    r"level|now))?"
)
# "the last version their UAT signed off", "our latest stable release", "the build QA approved":
# the release said before, described by what it is (no version of its own).
_VERSION_DESCRIBED = re.compile(
    r"^\W*(?:(?:which|that)\s+(?:is|was)\s+|that'?s\s+|i\.?e\.?\s+)?(?:the|our|their|its)\s+"
    r"(?:(?:last|latest|previous|prior|final|most\s+recent|newest|known[\s-]good|good|stable|"
    r"approved|certified|signed[\s-]off|tested|working|validated)\s+){0,3}"
    r"(?:version|build|release|tag|image|one|revision)\b(?![^\d]*\d+\.\d)[^\d]*$",
    re.IGNORECASE,
)
_RELATIVE_TO_NOW = re.compile(rf"^\W*{_RELATIVE_BODY}\W*$", re.IGNORECASE)
_KEPT_BESIDE = re.compile(
    r"^\s*(?:but\s+)?(?:(?:keep|leave|spare)\s+(?:the\s+)?[a-z0-9][\w\-]*(?:\s+[a-z0-9][\w\-]*)?"
    # (Round 36, gap39b: a list of them, "leave orders and orders-config alone".)
    rf"(?:\s*,\s*{_KEPT_ITEM})*(?:\s*,?\s+and\s+{_KEPT_ITEM}(?=\s+(?:alone|untouched|intact)\b))?"
    r"(?:\s+(?:alone|running|as is|in place|untouched|intact))?|(?:the\s+)?[a-z0-9][\w\-]*"
    # ("orders-config keep please": the object first, its verb after, round 28.)
    r"(?:\s+[a-z0-9][\w\-]*)?\s+(?:stays?|remains?|keep(?:\s+(?:please|pls|plz|na|krub|khrap|kha|ka))?"
    r"(?=[\s.!]*$)|"
    r"(?:must|should|can|will|has\s+to|needs\s+to)\s+(?:stay|remain)))"
    # (Round 33, gap36b: "… stay exactly as they are", "… remain just as it is".)
    r"(?:\s+(?:(?:exactly|just|precisely)\s+)?(?:for now|as is|as\s+(?:it|they)\s+(?:is|are)|"
    r"running|untouched|unchanged|intact))?"
    # "… the pods stay for the internal test harness" (round 24, gap C): what it stays for,
    # never for how long ("for the week", "for the time being", a number: asked).
    r"(?:\s+for\s+(?:the|our|their|its)\s+(?![^,;]*\d)(?![^,;]*\b(?:weeks?|days?|hours?|"
    r"minutes?|months?|weekends?|nights?|sprints?|moment|time|being|while|now|rest|duration|"
    r"migration|cutover|freeze|window|period|transition|test\s+period)\b)[^,;]*)?"
    # "… must stay since frontend is using it": why it stays, read with it.
    r"(?:\s+(?:since|because|as|cuz|coz|bc)\s+[^,;]*)?[\s.!]*$",
    re.IGNORECASE,
)
# A request or limit said as what stays as it is, beside a change to another one.
_KEPT_BODY = (
    r"(?:the\s+|its\s+)?(?:cpu|memory|mem|ram)\s+(?:limits?|requests?)"
    r"(?:\s+(?:of\s+|at\s+)?\d+(?:\.\d+)?\s*[a-z]{0,2})?\s+(?:(?:must|should|can|will|"
    r"shall|has\s+to|needs?\s+to|is\s+to)\s+(?:be\s+kept|be\s+left(?:\s+alone)?|stay|remain|"
    r"be\s+preserved|be\s+retained|not\s+change|not\s+be\s+(?:touched|changed))|stays?|remains?|"
    r"is\s+kept|is\s+fine|(?:is|stays?)\s+(?:as\s+is|unchanged|untouched))"
    r"(?:\s+(?:as\s+is|unchanged|untouched|where\s+it\s+is|in\s+place|for\s+now|"
    r"(?:at\s+)?\d+(?:\.\d+)?\s*[a-z]{0,2}))?"
)
_SETTING_KEPT = re.compile(
    rf"^\s*(?:but\s+|while\s+|and\s+)?{_KEPT_BODY}[\s.!]*$",
    re.IGNORECASE,
)
# The same clause said after the change: "remove the cpu limit but the memory limit stays".
_KEPT_AFTER = re.compile(
    rf"(?:\s*[,;]\s*|\s+)(?:but\s+|while\s+|and\s+)?{_KEPT_BODY}(?=\s*(?:[,;.!]|$))",
    re.IGNORECASE,
)


def without_kept(text: str) -> str:
    """``text`` less a request or limit said as what stays ("…; the memory limit must stay"):
    a statement beside the change, never words for it to read (accounting.py reads its
    value as kept). Unchanged when nothing else is left."""
    rest = _KEPT_AFTER.sub("", text)
    return rest if rest.strip(" ,.;!") else text


_BELONGING = re.compile(
    r"^\s*(?:(?:along\s+)?with\s+)?(?:its|their)\s+(?:own\s+)?(?:service|svc|pdb|"
    # "remove the deployment along with its config and its budget": the kinds in words.
    r"poddisruptionbudget|(?:pod\s+)?disruption budget|budget|hpa|autoscaler|configmap|"
    r"config map|config|cm|secret|"
    r"servicemonitor|monitor|networkpolicy|netpol|network policy)s?\W*$",
    re.IGNORECASE,
)


_SENTENCE = re.compile(r"(?<=[a-z0-9])\.\s+(?=[a-z])|\s+(?=but\s)", re.IGNORECASE)
# After a delete: an object named as one more item of what goes ("…, its service and
# payments-config"), and why something stays ("other stuff uses it", "since frontend reads it").
# One workload's pods, named without a verb or a number: "checkout pods", "the payments ones".
_PODS_OF = re.compile(
    r"^\W*(?:the\s+|its\s+)?[a-z][\w\-]*\s+(?:pods?|ones|replicas|containers)[\s.!]*$",
    re.IGNORECASE,
)
_NAME_ONLY = re.compile(
    # An object's name ("payments-config"): hyphenated, never a lone word ("… and scaled").
    r"^\W*(?:and\s+)?(?:the\s+|its\s+)?(?:[a-z0-9]+(?:-[a-z0-9]+)+(?:\s+(?:configmap|config\s+map|"
    r"cm|secret|service|svc))?|[a-z0-9][\w\-]*\s+(?:configmap|config\s+map|cm|secret))"
    # "… and payments-config for the cutover": why it is named, not another object.
    r"(?:\s+for\s+(?:the|a|an|our)\s+[a-z][\w\-]*)?[\s.!]*$",
    re.IGNORECASE,
)
_USES_IT = re.compile(
    r"^\W*(?:(?:since|because|as|cuz|coz|bc)\s+)?(?:[a-z0-9][\w\-]*\s+){0,3}?(?:is\s+|are\s+)?"
    r"(?:still\s+)?(?:uses?|using|needs?|needing|reads?|reading|mounts?|depends?\s+on|relies\s+on|"
    r"wants?|wanted)\s+(?:it|them|that|this)(?:\s+(?:too|still|as\s+well|also|archived|kept|"
    r"around|preserved|retained|for\s+(?:the\s+|an?\s+|their\s+|its\s+)?[a-z]+(?:\s+[a-z]+)?))?"
    r"[\s.!]*$",
    re.IGNORECASE,
)


def _of_delete(clause: str) -> bool:
    """Whether each sentence of ``clause`` is an item of the delete before it, what it keeps,
    or why ("its Service. Keep payments-config")."""
    sentences = [p for p in _SENTENCE.split(clause) if p and p.strip()]
    return len(sentences) > 1 and all(
        _BELONGING.match(p) or _KEPT_BESIDE.match(p) or _NAME_ONLY.match(p) or _USES_IT.match(p)
        for p in sentences
    )


# Clauses said after an action that are part of it, never an action of their own (read by
# :func:`actions`): the categories of the action before (None: any), and what reads the clause.
_PART_OF_BEFORE: tuple[tuple[frozenset[str] | None, Callable[[str], object]], ...] = (
    # "hpa on cpu 65% and memory 75%": a second utilisation target of the autoscaler, not a
    # memory request.
    (frozenset({"autoscale"}), _UTILISATION.match),
    # "the orders budget should be dropped, drains hang on it": why, not a change.
    (frozenset({"delete"}), _SYMPTOM.match),
    # "delete payments, its service and payments-config", "…, other stuff uses it": one more
    # item of what goes, or why something stays — read by the delete rule.
    (frozenset({"delete"}), _NAME_ONLY.match),
    (frozenset({"delete"}), _USES_IT.match),
    # "… and its Service. Keep payments-config": sentences that each list what goes with it
    # or what stays — read by the delete rule, whole.
    (frozenset({"delete"}), _of_delete),
    # "decommission my-api …, keep shared-config": what the delete keeps, checked against its
    # plan by the delete rule — no action of its own.
    (frozenset({"delete"}), _KEPT_BESIDE.match),
    # "revert frontend to 2.0.3, the last version their UAT signed off": which release the one
    # said is, described — never a change of its own.
    (frozenset({"update", "rollback"}), _VERSION_DESCRIBED.match),
    # "set my-api memory limit to 512Mi, 2x current": how the value said compares with the one
    # it has — a description of that value, never a change of its own (the rule asks about the
    # factor: it may not match what runs).
    (None, _RELATIVE_TO_NOW.match),
    # "recycle my-api, no scaling, no image change", "…, same replica count": what the action
    # before must not do or keeps (a negation is read against its plan by :mod:`.negated`) —
    # never an action of its own.
    (None, _NO_NOUN.match),
    # "switch web to …:2.1.1 and make sure users don't see downtime during the rollout": how
    # the change before rolls out, read with it (strategy).
    (_REPLACES, _ONLY_NO_DOWNTIME.match),
    # "recycle frontend and checkout pods": a second workload whose pods the restart replaces
    # ("pods" cues a scale only with a count) — no action of its own.
    (frozenset({"restart"}), _PODS_OF.match),
    # "startup probe …, give it up to 10 min (60 x 10s)", "…, restart after 3 fails": the
    # probe's budget or a field said in words, never an action of its own.
    (frozenset({"probes"}), probes.BUDGET.search),
    (frozenset({"probes"}), probes.IN_WORDS.search),
    # "ServiceMonitor for checkout, with label release=prom so the operator picks it up": the
    # monitor's own label, never a change of its own ("release" is no update).
    (frozenset({"monitoring"}), monitors.LABEL_CLAUSE.match),
    # "keda for worker, prometheus trigger, serverAddress http://…, query …": each clause is a
    # parameter of the one trigger, never a monitor or a scale of its own.
    (frozenset({"autoscale"}), triggers.PARAMETER.match),
    # "hpa for cart, 1 to 4, cpu 70": the utilisation target of that autoscaler, never a
    # request of 70 cores.
    (frozenset({"autoscale"}), _METRIC_ONLY.match),
    (frozenset({"autoscale"}), _BOUNDS_METRIC.match),
)


def led_by_delete(text: str) -> bool:
    """Whether ``text`` is one delete and what it keeps: its first clause (or sentence) alone
    reads delete, and every other clause names an item of it, what stays and why, or reads no
    category ("decommission my-api. shared-config stays, other stuff uses it"). Then the name of
    a ConfigMap said there does not make the whole request a config change; the delete rule
    reads (or asks about) every clause."""
    blanked = quotes_blanked(text, fill="x")
    pieces = [
        p
        for chunk in _SEPARATOR.split(blanked)
        if chunk
        for p in _SENTENCE.split(chunk)
        if p and p.strip()
    ]
    if len(pieces) < 2:
        return False
    reading = understand.read(guard.without_conditions(pieces[0]))
    if reading.best != "delete" or reading.close():
        return False
    return all(
        _KEPT_BESIDE.match(p)
        or _BELONGING.match(p)
        or _NAME_ONLY.match(p)
        or _USES_IT.match(p)
        or _cued(p) is None
        for p in pieces[1:]
    )


def _named_head_of_many(head: str, rest: str) -> bool:
    """Whether a heading is one object's name alone ("my-api-config:") and what follows it
    says changes of more than one kind ("FEATURE_X=on, then restart my-api"): each its own
    action, as said without the colon — never the parameters of one (round 35, gap38b)."""
    if not head.strip() or any(c.isspace() for c in head.strip()):
        return False
    return len({said for said, _ in actions(rest)} - {None}) > 1


def _cued(text: str) -> str | None:
    reading = understand.read(guard.without_conditions(text))
    cued = [name for name, _ in reading.ranked if name in reading.cued]
    return cued[0] if cued else None


_DESCRIBED = re.compile(
    r"\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+|our\s+|my\s+)?"
    r"(?P<value>[a-z0-9][\w\-]*(?:\s+[a-z0-9][\w\-]*)?)\s+"
    r"(?P<kind>deployments?|statefulsets?|daemonsets?|workloads?|services?|apps?)\b",
    re.IGNORECASE,
)
_KIND_OF = {"deployment": "Deployment", "statefulset": "StatefulSet", "daemonset": "DaemonSet"}


def described(ctx: Ctx, text: str) -> list[tuple[Target, Json]] | None:
    """The workloads "all backend deployments" describes: those carrying ``backend`` as the
    value of one label key (``tier=backend``). None when the words are no label value; asks
    when the value belongs to several keys."""
    m = _DESCRIBED.search(text)
    if m is None:
        return None
    value = m.group("value").lower()
    # "backend-tier" / "backend tier": the value, then the key it is the value of.
    said_key = rx(r"(?P<value>[a-z0-9][\w\-]*?)[\s\-]+(?P<key>[a-z][\w]*)").fullmatch(value)
    if " " in value and said_key is None:
        return None
    kind = _KIND_OF.get(m.group("kind").lower().rstrip("s"))
    found: dict[str, list[tuple[Target, Json]]] = {}
    for k in WORKLOAD_KINDS:
        if kind is not None and k != kind:
            continue
        for obj in ctx.cluster.list_objects("apps/v1", k, ctx.namespace, limit=2001):
            for key, v in ((obj.get("metadata") or {}).get("labels") or {}).items():
                keyed = said_key is not None and (key, v) == (said_key["key"], said_key["value"])
                if (v == value or keyed) and key != "app":
                    found.setdefault(key, []).append((Target.of(obj), obj))
    if not found:
        return None
    if len(found) > 1:
        keys = ", ".join(f"{k}={value}" for k in sorted(found))
        raise Clarify(
            f"{value!r} is the value of several labels ({keys}): "
            "which selects the workloads you mean? Say e.g. 'labelled "
            f"{sorted(found)[0]}={value}'."
        )
    ((_, targets),) = found.items()
    return targets


def labelled(ctx: Ctx, text: str) -> list[tuple[Target, Json]] | None:
    """The workloads a label selector in the text selects (None: the text says no selector)."""
    whole = monitors.without_own_labels(ctx.raw)
    if whole != ctx.raw and ctx.workloads(whole.lower()):
        # "ServiceMonitor for checkout with label release=prom": the monitor's own label (in
        # whichever clause of the request it is said).
        text = monitors.OWN_LABELS.sub(" ", text)
    # "every deployment not labelled tier=backend": the label said negated is left out.
    excluded = [
        m.group("selector") or f"{m.group('key')}={m.group('value')}"
        for m in NOT_LABELLED.finditer(text)
    ]
    if excluded:
        return _unlabelled(ctx, NOT_LABELLED.sub(" ", text), excluded)
    m = _LABEL.search(text) or _BARE_LABEL.search(text) or _SELECTED.search(text)
    if m is None:
        return readers(ctx, text) or described(ctx, text)
    selector = next(g for g in m.groups() if g)
    found: list[tuple[Target, Json]] = []
    said = _kinds(text)
    for kind in said or WORKLOAD_KINDS:
        for obj in ctx.cluster.list_objects(
            "apps/v1", kind, ctx.namespace, label_selector=selector, limit=101
        ):
            found.append((Target.of(obj), obj))
    if not found:
        raise Clarify(
            f"No Deployment, StatefulSet or DaemonSet in {ctx.namespace!r} is labelled "
            f"{selector}. Which workloads did you mean?"
        )
    if len(found) > 100:
        raise Clarify(f"{selector} selects more than 100 workloads: narrow the selector.")
    return found


def _kinds(text: str) -> list[str]:
    """The workload kinds said ("every tier=backend deployment"; none said: every kind)."""
    return [
        k
        for k in WORKLOAD_KINDS
        if rx(rf"\b(?:{k}s?|{_SHORT_KINDS.get(k, k)})\b", re.IGNORECASE).search(text)
    ] or list(WORKLOAD_KINDS)


def _unlabelled(ctx: Ctx, text: str, excluded: list[str]) -> list[tuple[Target, Json]]:
    """The workloads of the kinds said (or of a label said beside) that carry none of the
    labels said negated: the complement of each label set, never the set itself. Asks when a
    label said negated is on no workload (a misspelt label would otherwise select them all) or
    when nothing is left."""
    kinds = _kinds(text)
    universe = labelled(ctx, text) if _LABEL.search(text) or _BARE_LABEL.search(text) else None
    if universe is None:
        universe = [
            (Target.of(obj), obj)
            for kind in kinds
            for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, limit=2001)
        ]

    def carries(obj: Json, pair: str) -> bool:
        key, value = pair.split("=", 1)
        return bool(((obj.get("metadata") or {}).get("labels") or {}).get(key) == value)

    for pair in excluded:
        if not any(carries(obj, pair) for _, obj in universe):
            raise Clarify(
                f"No {' or '.join(kinds)} in {ctx.namespace!r} is labelled {pair}, so 'not "
                f"labelled {pair}' would select them all: which workloads did you mean?"
            )
    left = [(x, obj) for x, obj in universe if not any(carries(obj, p) for p in excluded)]
    if not left:
        raise Clarify(
            f"Every {' or '.join(kinds)} in {ctx.namespace!r} is labelled "
            f"{' or '.join(excluded)}: none is left to change. Which workloads did you mean?"
        )
    if len(left) > 100:
        raise Clarify("More than 100 workloads carry none of those labels: narrow the selector.")
    return left


def readers(ctx: Ctx, text: str) -> list[tuple[Target, Json]] | None:
    """The workloads whose pods read the ConfigMap or Secret the text names as read ("whatever
    reads shared-config"); "it" is the one ConfigMap or Secret named before. None when the text
    says no reader; asks when nothing reads it."""
    m = READERS.search(text)
    if m is None:
        return None
    name = m.group("name")
    if name is None:
        # The reason said before may have been read apart as an aside: the words as said.
        whole = READERS.search(ctx.raw) or m
        said = rx(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]").findall(ctx.raw[: whole.start()].lower())
        known = [w for w in said if ctx.get("ConfigMap", w) or ctx.get("Secret", w)]
        if len(set(known)) != 1:
            return None
        name = known[0]
    name = name.lower()
    if ctx.get("ConfigMap", name) is None and ctx.get("Secret", name) is None:
        return None
    found = [
        (Target.of(obj), obj)
        for k in WORKLOAD_KINDS
        for obj in ctx.cluster.list_objects("apps/v1", k, ctx.namespace, limit=2001)
        if name in read_by(obj)
    ]
    if not found:
        raise Clarify(
            f"No Deployment, StatefulSet or DaemonSet in {ctx.namespace!r} reads {name!r} "
            "(in its env, envFrom or volumes). Which workloads did you mean?"
        )
    return found


def read_by(obj: Json) -> set[str]:
    """The names of the ConfigMaps and Secrets a workload's pods read."""
    spec = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
    names: set[str] = set()
    for item in [*(spec.get("containers") or []), *(spec.get("initContainers") or [])]:
        for source in item.get("envFrom") or []:
            for ref in ("configMapRef", "secretRef"):
                names.add(str((source.get(ref) or {}).get("name", "")))
        for e in item.get("env") or []:
            value_from = e.get("valueFrom") or {}
            for key in ("configMapKeyRef", "secretKeyRef"):
                names.add(str((value_from.get(key) or {}).get("name", "")))
    return (names | mounted_by(obj)) - {""}


def mounted_by(obj: Json) -> set[str]:
    """The names of the ConfigMaps and Secrets a workload's pods mount as volumes (a change to
    one reaches a running pod's files; one read through env waits for the pod's next start)."""
    spec = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
    names: set[str] = set()
    for volume in spec.get("volumes") or []:
        names.add(str((volume.get("configMap") or {}).get("name", "")))
        names.add(str((volume.get("secret") or {}).get("secretName", "")))
        for source in (volume.get("projected") or {}).get("sources") or []:
            names.add(str((source.get("configMap") or {}).get("name", "")))
            names.add(str((source.get("secret") or {}).get("name", "")))
    return names - {""}


def keys_read(obj: Json, name: str) -> set[str] | None:
    """The keys of ConfigMap or Secret ``name`` that a workload's pods read one by one
    (``configMapKeyRef`` / ``secretKeyRef``, a volume's ``items``), or None when they may read
    any of its keys (``envFrom``, a volume of it whole) — round 35 (gap38b): a key no pod of
    it reads ("BATCH_SIZE" of orders-config, read by orders only for QUEUE) never reaches it."""
    spec = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
    keys: set[str] = set()
    for item in [*(spec.get("containers") or []), *(spec.get("initContainers") or [])]:
        for source in item.get("envFrom") or []:
            for ref in ("configMapRef", "secretRef"):
                if (source.get(ref) or {}).get("name") == name:
                    return None
        for e in item.get("env") or []:
            value_from = e.get("valueFrom") or {}
            for ref in ("configMapKeyRef", "secretKeyRef"):
                if (value_from.get(ref) or {}).get("name") == name:
                    keys.add(str(value_from[ref].get("key", "")))
    for volume in spec.get("volumes") or []:
        sources = [volume.get("configMap") or {}, volume.get("secret") or {}]
        sources += [
            s.get("configMap") or s.get("secret") or {}
            for s in (volume.get("projected") or {}).get("sources") or []
        ]
        for source in sources:
            if name in (source.get("name"), source.get("secretName")):
                if not source.get("items"):
                    return None
                keys |= {str(i.get("key", "")) for i in source["items"]}
    return keys


# Items of a list of objects: "…, and then …", "… then …", "… as well as …".
_ITEMS = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s(?:and|plus|as\s+well\s+as|&)\s+)(?:(?:then|also|after\s+that|"
    r"afterwards)\s+)*|\s*,?\s+then\s+",
    re.I,
)
_WORKLOAD_KIND_WORDS = {
    k: statements.KIND_WORDS[k] for k in ("Deployment", "StatefulSet", "DaemonSet")
}
# Any kind said ("svc", "cm", "deploy"), as a name said kubectl-style begins.
_KINDS_SAID = "|".join(f"(?:{said})" for said in statements.KIND_WORDS.values())
# Words an object phrase may hold besides what names the object.
_OBJECT_FILLER = frozenset(
    "the its their our both then also too pods pod workload workloads one afterwards".split()
)


def _object_words(target: Target, obj: Json) -> set[str]:
    """The words that say this object: its name, its kind, its containers, what they run."""
    words = {target.name.lower(), *(w for w in rx(r"[-_]").split(target.name.lower()) if w)}
    for item in containers(obj):
        words.add(str(item.get("name", "")).lower())
        words.add(str(item.get("image", "")).rpartition("/")[2].split(":")[0].lower())
    return words


# Round 44 (m44a): "restart the fira proxy (the cache Deployment) and the porró redis (the cache
# StatefulSet), both of them, rolling": a closing item that says the whole list again ("both",
# "all three of them") or how each is done ("rolling", "one at a time") is no item of the list.
_LIST_AFFIRMED = re.compile(
    r"(?:both(?:\s+of\s+them)?|(?:all|each)(?:\s+(?:two|three|four|[234]))?\s+of\s+them|"
    r"all\s+(?:two|three|four|[234])|the\s+(?:two|three|four|[234])\s+of\s+them|"
    r"(?:(?:a|as\s+a)\s+)?rolling(?:\s+restarts?)?|one\s+(?:at\s+a\s+time|by\s+one))",
    re.I,
)


def each_said(ctx: Ctx, text: str) -> list[tuple[Target, Json]]:
    """The workloads of a list read item by item, when each item is only words that say one
    object and they differ: "restart the redis StatefulSet and then the cache proxy" is the
    StatefulSet running redis and the Deployment whose container is the proxy, though both are
    called cache (read whole, the name "cache" is two objects). [] when any item says none,
    several, or says anything else ("…, and the cache proxy is fine")."""
    # ("restart my-api and payments. Nothing else.": the closing rule is no item of the list,
    # read against the plan by :mod:`.negated`.)
    text = _NOTHING_MORE.sub("", text) if "no" in text.lower() else text
    text = _closed(text)  # "restart sts/cache and deploy/cache bro": no item of the list
    items = [i for i in _ITEMS.split(text.strip(" .!?")) if i and i.strip()]
    while len(items) > 2 and _LIST_AFFIRMED.fullmatch(items[-1].strip(" .!?")):
        # ("…, both of them, rolling": no item of the list — the whole list said again, or how.)
        items = items[:-1]
    found: dict[str, tuple[Target, Json]] = {}
    # From the last item back to the one that holds the verb (what comes before it is context).
    for item in reversed(items):
        words = rx(r"[a-z0-9][\w\-]*").findall(item.lower())
        head = False
        # Round 34 (gap37d): "restart kiln-sensor worker worker and the plank orders orders":
        # an item of the list that is a nickname, then the name it stands for.
        if (
            item is not items[0]
            and (nickname := _nicknamed(ctx, [w for w in words if w not in _OBJECT_FILLER]))
            and _first_nicknamed(ctx, items[0])
        ):
            words = nickname
        while words and words[0] not in _OBJECT_FILLER and not _names_something(ctx, words[0]):
            words, head = words[1:], True
        if head and (nick := _nicknamed(ctx, [w for w in words if w not in _OBJECT_FILLER])):
            words = nick
        kinds = {
            kind
            for kind, said in _WORKLOAD_KIND_WORDS.items()
            for w in words
            if rx(said).fullmatch(w)
        }
        phrase = " ".join(words)
        try:
            named = [(t, o) for t, o in ctx.workloads(phrase) if not kinds or t.kind in kinds]
        except Clarify:
            return []
        if not named and kinds:
            named = ctx.narrowed(phrase, refinements=False).running(sorted(kinds))
        if len(named) != 1 or named[0][0].key in found:
            return []
        target, obj = named[0]
        said = _object_words(target, obj)
        if any(
            w not in said
            and w not in _OBJECT_FILLER
            and not any(rx(k).fullmatch(w) for k in _WORKLOAD_KIND_WORDS.values())
            for w in words
        ):
            return []
        found[target.key] = named[0]
        if head:
            break
    else:
        return []  # no verb before the list: not a list of what one request changes
    return list(reversed(found.values())) if len(found) > 1 else []


# Round 39 (pairs45): words that close a request and name nothing — a courtesy, "now", the
# reader called or an end particle (:data:`.voices.ADDRESS`): "restart deploy/worker and
# sts/postgres now", "…, yeah", "… please". Never a word of when, whether or which.
_CLOSING_WORDS = frozenset("please pls plz kindly thanks thx ty cheers now asap rn".split())
_CLOSING = re.compile(
    r"(?:[\s,;:!.\-]+(?:"
    + "|".join(sorted(map(re.escape, _CLOSING_WORDS | voices.ADDRESS), key=len, reverse=True))
    + r"))+[\s.!]*$",
    re.I,
)


def _closed(text: str) -> str:
    """``text`` without the words that close it and name nothing ("… now", "…, bro")."""
    return _CLOSING.sub("", text)


# Round 34 (gap37d): a closing sentence that says nothing more is to change.
_NOTHING_MORE = re.compile(
    r"[.;!]\s+(?:and\s+)?(?:nothing(?:\s+else)?|no\s+other\s+(?:changes?|restarts?|workloads?)|"
    r"no\s+more|none\s+of\s+the\s+others?)(?:\s+(?:please|pls|to\s+(?:restart|change|touch)))?"
    r"[\s.!,]*$",
    re.I,
)
# Words that make an item more than a nickname of what it names ("and maybe orders", "and not
# orders", "and orders later"): never read as a nickname's.
_NOT_NICKNAME = frozenset(
    "not no never maybe possibly perhaps probably later unless if except without leave skip "
    "keep only just but nor either neither "
    # (The lead, at the merge: the words that leave an item out — "… and ignore frontend".)
    "ignore ignoring exclude excluding excluded spare sparing omit omitting minus save bar "
    "besides apart hold holding avoid dont don't do stop pause freeze frozen".split()
)


def _first_nicknamed(ctx: Ctx, first: str) -> bool:
    """Whether the list's first item (the one with the verb) says a nickname before its name
    ("restart van-tracking worker and cash orders"): only a writer who names so is read so in
    the items after it — "restart payments and watch frontend" restarts no frontend (the lead,
    at the merge: a verb the planner does not know is no nickname)."""
    words = [w for w in rx(r"[a-z0-9][\w\-]*").findall(first.lower()) if w not in _OBJECT_FILLER]
    verbs = [i for i, w in enumerate(words) if rx(rf"(?:{guard.VERBS})").fullmatch(w)]
    if verbs:
        words = words[verbs[0] + 1 :]
    return len(words) >= 2 and _nicknamed(ctx, words) is not None


def _nicknamed(ctx: Ctx, words: list[str]) -> list[str] | None:
    """The name of ``words`` when they are a nickname then that name, said once or twice
    ("plank orders orders", "atm settlement payments"): the words before it only nouns of
    the writer's (no verb, no number, no word of grammar). Else None."""
    if len(words) < 2 or not rx(r"[a-z][a-z0-9\-]*").fullmatch(words[-1]):
        return None
    name = words[-1]
    rest = words[:-1]
    if rest[-1] == name:
        rest = rest[:-1]
    if not rest or any(
        w in STOP
        or w in _NOT_NICKNAME
        or w in _OBJECT_FILLER
        or not rx(r"[a-z][a-z\-]*").fullmatch(w)
        or rx(rf"(?:{guard.VERBS})").fullmatch(w)
        for w in rest
    ):
        return None
    try:
        if len(ctx.workloads(name)) != 1 or any(ctx.workloads(w) for w in rest):
            return None
    except Clarify:
        return None
    return [name]


def _names_something(ctx: Ctx, word: str) -> bool:
    """Whether ``word`` names a workload, its kind or what one runs."""
    if any(rx(k).fullmatch(word) for k in _WORKLOAD_KIND_WORDS.values()):
        return True
    try:
        return bool(ctx.workloads(word) or ctx.narrowed(word, refinements=False).running([]))
    except Clarify:
        return True


def listed(ctx: Ctx, text: str) -> list[tuple[Target, Json]]:
    """Several workloads named as a list ("cart and web", "cart, web and payments", "both cart
    and web"): the words between their names are only list words. Otherwise []."""
    found = ctx.workloads(text)
    if len(found) >= 2 and (aside := asides.remarked(text, [t.name for t, _ in found])):
        # "restart payments, my-api depends on it": a workload said only as the subject of a
        # remark (a dependent, a reason) is context, never one more item of the list.
        found = [f for f in found if f[0].name not in aside]
    if len(found) >= 2 and len({t.name for t, _ in found}) < len(found):
        # One name, several kinds ("cache": a Deployment and a StatefulSet): each item of the
        # list must say which, or it is asked.
        return each_said(ctx, text)
    if len(found) < 2:
        # "restart the redis StatefulSet and then the cache proxy": one name read whole, two
        # objects said item by item.
        return each_said(ctx, text)
    lowered = text.lower()
    spans = []
    for target, _ in found:
        words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(target.name)))
        m = rx(rf"(?<![\w\-]){words}(?:'s)?(?![\w\-])").search(lowered)
        if m is None:
            return []
        spans.append((m.start(), m.end(), target.kind))
    spans.sort()
    for start, _, kind in spans:
        # Round 39 (pairs45): a name said kubectl-style ("deploy/worker"): its kind must be
        # the object's, or each item is read for what it says.
        slash = rx(rf"(?<![\w\-])({_KINDS_SAID})\s*/\s*$").search(lowered[:start])
        if slash and not rx(_WORKLOAD_KIND_WORDS.get(kind, "(?!)")).fullmatch(slash[1]):
            return each_said(ctx, text)
    for (_, end, _), (start, _, kind) in itertools.pairwise(spans):
        between = lowered[end:start]
        # ("restart deploy/worker and sts/postgres now": the next name's own kind, said
        # kubectl-style before it, is no word between the items.)
        between = rx(rf"(?<![\w\-])(?:{_WORKLOAD_KIND_WORDS.get(kind, '(?!)')})\s*/\s*$").sub(
            "", between
        )
        # (Round 27: a slash or a plus between two names lists them too: "restart frontend /
        # checkout / payments", "restart frontend+checkout".)
        if not rx(r"\s*(?:,\s*)?(?:and|as well as|plus)?\s*(?:the\s+)?|\s*[/+&]\s*").fullmatch(
            between
        ):
            # "restart the postgres statefulset and frontend": a kind or what runs said
            # between the names — each item must still say one object, or it is asked.
            return each_said(ctx, text)
    return found


# Round 39 (pairs45): workloads named kubectl-style in a list ("deploy/worker and sts/postgres",
# "sts/cache & deploy/cache", "sts/x, deploy/y").
_SLASH_REF = (
    rf"(?<![\w\-./])(?:{'|'.join(f'(?:{w})' for w in _WORKLOAD_KIND_WORDS.values())})"
    r"\s*/\s*[a-z0-9](?:[\w\-.]*\w)?(?![\w\-/])"
)
_SLASH_LIST = re.compile(
    rf"{_SLASH_REF}(?:\s*(?:,\s*(?:and\s+)?|\s(?:and|plus|as\s+well\s+as)\s+|&|\+)\s*"
    rf"(?:the\s+)?{_SLASH_REF})+",
    re.I,
)


def slash_listed(text: str) -> list[str]:
    """The workloads a request lists kubectl-style, when it names two or more different ones
    ("restart deploy/worker and sts/postgres today": ``deploy/worker``, ``sts/postgres``); else
    []. A plan that read fewer of them than that is asked, never half done silently."""
    for m in _SLASH_LIST.finditer(text):
        refs = [rx(r"\s+").sub("", r.lower()) for r in rx(_SLASH_REF, re.I).findall(m[0])]
        if len(set(refs)) >= 2:
            return list(dict.fromkeys(refs))
    return []


# Words that say only one (or not all) of a list is meant: "not both", "pick one", "(either)",
# "any of", "one is enough", "at most one", "whichever is slow", "the unused one", "tbd".
_CHOICE = re.compile(
    r"(?<![\w\-])(?:not\s+(?:both|all(?:\s+of\s+them)?|each)|(?:pick|choose|select)\s+(?:one|"
    r"either|whichever)|(?:just|only)\s+one|one\s+(?:only|is\s+enough|will\s+do|of\s+them)|"
    r"(?:any|some|either|one)\s+of|at\s+most\s+one|either(?!\s+way)(?:\s+one)?|whichever|"
    r"depending\s+on\s+which|which\s+one\s+is\s+\w+|the\s+one\s+that|"
    r"the\s+(?:unused|old|idle|broken|bad|slow|leaking|right|wrong|other|failing)\s+one|"
    r"one\s*:|tbd|to\s+be\s+decided|only\s+one\s+needs)(?![\w\-])|"
    # (Round 28, attack 32: SOME of a list by a count or a quantity — "two of", "a couple of",
    # "at most two of", "most of", "some:", "pick two", "the unused ones among", "the two
    # slowest of".)
    r"(?<![\w\-])(?:(?:(?:up\s+to|at\s+most|at\s+least|only|just)\s+)?(?:\d+|two|three|four|"
    r"five|a\s+couple|a\s+few|several|most|many|half)\s+of\b|(?:some|two|three)\s*:(?!\d)|"
    r"(?:pick|choose|select|keep)\s+(?:\d+|two|three|four|some|a\s+few)\b|"
    r"the\s+(?:(?:\d+|two|three)\s+)?(?:unused|old|idle|broken|bad|slow|leaking|failing|[a-z]+est)"
    r"\s+ones?\b(?:\s+(?:among|of))?|the\s+(?:\d+|two|three)\s+[a-z]+est\s+of\b)|"
    # ("(choose)", "— pick", said alone closing the request: "pick it up" is no choice.)
    r"(?<![\w\-])(?:pick|choose|select)(?=\s*\)|\s*[.!]*\s*$)"
)


def chosen(said: str, result: PlanResult, *, answered: bool, sent: str = "") -> PlanResult:
    """``result``, or a question in its place when it changes several workloads of a list the
    words say only one (or not all) of is meant: "delete worker and checkout, not both",
    "restart frontend / checkout — pick one", "delete worker and checkout: worker only".

    (Round 28: a check of the finished plan, not a part of :func:`listed`. Read in ``listed``
    it would plan what it asks now: a list said across actions ("restart frontend; restart
    checkout. only one needs it"), a label's set ("restart all tier=backend deployments, pick
    one"), a delete's own objects ("delete payments alone": its ConfigMap too), and words in
    brackets the readers cut before the parse ("delete worker, checkout (either)").)"""
    if answered or not result.operations:
        return result
    names = list(dict.fromkeys(o.target.name for o in result.operations))
    if len(names) < 2:
        return result
    lowered = f"{said} {sent}".lower()  # (as sent too: a remark in brackets is cut from said)
    choice = _CHOICE.search(lowered)
    workloads = {o.target.name for o in result.operations if o.target.kind in WORKLOAD_KINDS}
    if choice is None and len(workloads) > 2:
        # "restart both of frontend, checkout, payments": two said of three.
        choice = rx(r"(?<![\w\-])both\s+of(?![\w\-])").search(lowered)
    if choice is None:
        for name in names:
            word = re.escape(name)
            if m := rx(
                rf"(?:\b(?:just|only)\s+(?:the\s+)?{word}|(?<![\w\-]){word}\s+(?:only|alone))"
                r"(?![\w\-])"
            ).search(lowered):
                if _only_of_its_kind(lowered, m, name, result):
                    continue
                choice = m
                break
    if choice is None:
        return result
    return result.held_back(
        f"You said {choice.group(0).strip()!r} of {', '.join(names)}: I will not guess which of "
        "them is meant, so nothing is changed. Name each workload to change, one request each "
        "(or say the list alone if all of them are meant)."
    )


# Round 37 (gap40a, blind40): "set LOG_LEVEL=debug in my-api-config. Restart only my-api":
# "only" said after a verb of one kind of change, of the one workload every change of that kind
# is on — which of that kind, never which of the plan's other changes.
_VERB_ONLY = re.compile(
    r"(?<![\w\-])(?P<verb>restart|reboot|bounce|recycle|redeploy|scale)\s+(?:it\s+)?$"
)


def _only_of_its_kind(lowered: str, m: re.Match[str], name: str, result: PlanResult) -> bool:
    """Whether the "only <name>" of ``m`` is said right after a verb ("restart only my-api")
    and every operation of that verb's kind targets ``name`` (there is one, and another change
    of another kind beside it)."""
    said = m.group(0).lstrip()
    if (
        not said.startswith("only")
        or (verb := _VERB_ONLY.search(lowered[: m.start()].rstrip() + " ")) is None
    ):
        return False
    kind = "scale" if verb["verb"] == "scale" else "rollout_restart"
    of_kind = [o for o in result.operations if o.kind == kind]
    return (
        bool(of_kind)
        and all(o.target.name == name for o in of_kind)
        and any(o.kind != kind for o in result.operations)
    )


_RESPECTIVELY = re.compile(r"\s*,?\s*\brespectively\b", re.IGNORECASE)
_ITEM = r"[a-z0-9][\w.:/@\-]*"
_SERIES = re.compile(
    rf"(?<![\w\-.:/@])({_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+and\s+{_ITEM})(?![\w\-])", re.IGNORECASE
)


def respective(text: str, targets: list[tuple[Target, Json]]) -> list[str] | None:
    """One text per target for "update cart and web to 2.0 and 3.0 respectively": the i-th
    value of the series goes with the i-th workload named. None without "respectively"; asks
    when the series of values does not pair one to one with the workloads."""
    if not _RESPECTIVELY.search(text):
        return None
    stripped = _RESPECTIVELY.sub("", text)
    names = {t.name.lower() for t, _ in targets}
    for m in _SERIES.finditer(stripped):
        values = rx(r"\s*,\s*(?:and\s+)?|\s+and\s+").split(m.group(1).strip())
        if names & {v.lower() for v in values}:
            continue  # the list of workloads itself
        if len(values) != len(targets):
            break
        return [stripped[: m.start()] + v + stripped[m.end() :] for v in values]
    raise Clarify(
        f"{text.strip()!r} says 'respectively', but I cannot pair its values one to one with "
        f"the {len(targets)} workloads named ({', '.join(t.name for t, _ in targets)}). "
        "Say each change in its own clause, e.g. 'update cart to 2.0 and web to 3.0'."
    )


def in_order_said(text: str, targets: list[tuple[Target, Json]]) -> list[tuple[Target, Json]]:
    """``targets`` in the order the text names them (a respective value follows that order)."""
    lowered = text.lower()

    def position(item: tuple[Target, Json]) -> int:
        words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(item[0].name)))
        m = rx(rf"(?<![\w\-]){words}(?![\w\-])").search(lowered)
        return m.start() if m else len(lowered)

    return sorted(targets, key=position)


def merge(results: list[PlanResult]) -> PlanResult:
    """One proposal from several: operations in order, everything else joined."""
    if len(results) == 1:
        return results[0]
    merged = PlanResult(
        category="+".join(dict.fromkeys(r.category for r in results if r.category)),
        analysis="\n".join(f"{i}. {r.analysis}" for i, r in enumerate(results, 1)),
    )
    said = {o.target for r in results for o in r.operations if _requested_scale(o)}
    told = [o for r in results for o in r.operations if not _default_requests(o)]
    for r in results:
        # One label selecting five workloads plans one Schedule: the same operation once.
        merged.operations += [
            o
            for o in r.operations
            if o not in merged.operations
            # "scale payments to 4 and make it HA": the count said wins over HA's own minimum.
            and not (o.kind == "scale" and o.target in said and not _requested_scale(o))
            # "autoscale worker …, set a cpu request of 250m": the request said wins over the
            # autoscaler's starting one.
            and not (_default_requests(o) and _requests_said(o, told))
        ]
        merged.risks += [x for x in r.risks if x not in merged.risks]
        merged.validation_plan += [x for x in r.validation_plan if x not in merged.validation_plan]
        merged.rollback_plan += [x for x in r.rollback_plan if x not in merged.rollback_plan]
        merged.patterns += [x for x in r.patterns if x not in merged.patterns]
        merged.capabilities += [x for x in r.capabilities if x not in merged.capabilities]
        merged.targets += [x for x in r.targets if x not in merged.targets]
    _consistent(merged.operations)
    return merged


def _default_requests(op: Any) -> bool:
    """Whether ``op`` is the starting request an autoscaler gives a container without one."""
    from dotop_nb.planner.offline import scaling  # noqa: PLC0415 - scaling plans through this

    return op.kind == "patch" and str(op.reason).startswith(scaling.DEFAULT_REQUESTS_REASON)


def _requests_said(op: Any, others: list[Any]) -> bool:
    """Whether every request ``op`` sets is set by another operation on its target."""
    from dotop_nb.planner.offline import scaling  # noqa: PLC0415 - scaling plans through this

    mine = scaling.said_requests(op)
    theirs = {
        key
        for o in others
        if o is not op and o.kind == "patch" and o.target == op.target
        for key in scaling.said_requests(o)
    }
    return bool(mine) and set(mine) <= theirs


def _consistent(operations: list[Any]) -> None:
    """Ask when two clauses set one field of one workload to different values ("scale orders
    to 3 and scale it to 4"): which one was meant is not for the plan to choose."""
    said: dict[tuple[str, str, str], Any] = {}
    for op in operations:
        if op.kind not in ("scale", "set_image"):
            continue
        key = (op.kind, op.target.key, str(getattr(op, "container", "")))
        value = op.replicas if op.kind == "scale" else op.image
        if key in said and said[key] != value:
            raise Clarify(
                f"The request sets {op.target.describe()} twice, to {said[key]} and to {value}. "
                "Which one should it be?"
            )
        said[key] = value


def _requested_scale(op: Any) -> bool:
    """A scale the request said itself (not one a rule derived, such as HA's minimum)."""
    return op.kind == "scale" and str(getattr(op, "reason", "")).startswith("requested:")


_DIGIT = re.compile(r"\d")


def distributed(ctx: Ctx, text: str) -> list[tuple[str, tuple[Target, Json]]] | None:
    """One clause per workload for "ship IMG1 to my-api and IMG2 to payments" or "scale cart
    to 3 and web to 5": the verb said once, a value per workload. Each clause must name exactly
    one workload (a clause naming none belongs to the one before) and no workload twice; None
    otherwise, and the caller asks which workload is meant as before."""
    blanked = quotes_blanked(text, fill="x")
    pieces: list[str] = []
    start = 0
    for m in _SEPARATOR.finditer(blanked):
        pieces.append(text[start : m.start()])
        start = m.end()
    pieces.append(text[start:])
    groups: list[tuple[str, tuple[Target, Json]]] = []
    lead = ""
    for piece in pieces:
        named = ctx.workloads(piece) if piece.strip() else []
        if len(named) > 1:
            return None
        if not named:
            if not groups:
                if _DIGIT.search(piece):
                    return None
                # "derby kicks off — take my-api to 6 and frontend to 9": words before the
                # first workload with no value of their own lead its clause.
                lead = f"{lead}{piece} \u2014 "
                continue
            said, target = groups[-1]
            groups[-1] = (f"{said}, {piece}", target)
            continue
        groups.append((f"{lead}{piece}" if not groups else piece, named[0]))
    if len(groups) < 2 or len({t.key for _, (t, _) in groups}) < len(groups):
        return None
    if not all(_only_a_value(said, target.name) for said, (target, _) in groups[1:]):
        return None  # "restart my-api, it talks to postgres": context, not a second target
    return groups


_RESOURCE = re.compile(r"\b(?:cpu|memory|mem)\b", re.I)
_FIELD = re.compile(r"\b(?:requests?|limits?)\b", re.I)


def field_carried(first: str, later: str) -> str:
    """``later`` with the resource and the field (request or limit) of ``first`` when it says
    neither: in "set memory limit 512Mi on my-api, 1Gi on payments" the 1Gi is a memory limit
    too. A clause that says its own keeps them."""
    if later == first or _RESOURCE.search(later) or _FIELD.search(later):
        return later
    resource, field = _RESOURCE.search(first), _FIELD.search(first)
    if resource is None or field is None:
        return later
    return f"set {resource.group(0)} {field.group(0)} {later.strip()}"


# Words a clause after the first may hold beside its workload and its value ("and payments to
# 5 replicas", "ghcr.io/x/web:2 for web"): anything else may be context, so it is not split.
_LINKS = frozenset(
    """to at on for with as the its and then also set version tag release image replicas
    replica pods pod instances copies together too goes go gets moves now""".split()
)
# "… and the player frontend to 9": a word or two describing the workload between "the" and its
# name (another workload named there makes the clause name two, and it is not split).
_DESCRIBED_BY = r"\bthe\s+(?:[a-z][\w\-]*\s+){{1,2}}(?={name}(?![\w\-]))"


def _only_a_value(said: str, name: str) -> bool:
    # "… and worker to 0.10.0 before Friday's release": when, said of the whole request, is
    # read as for a single change (a time is context; a condition is asked by the guard).
    said = guard.without_conditions(said).lower()
    said = rx(_DESCRIBED_BY.format(name=re.escape(name))).sub("the ", said)
    # The name alone, not inside the image said with it ("ghcr.io/x/web:2 to web").
    rest = rx(rf"(?<![\w\-/.:@]){re.escape(name)}(?:'s)?(?![\w\-/.:@])").sub(" ", said.lower())
    # "… worker to 0.10.0 before the release.": the full stop ends the sentence, it is no word.
    words = [w for w in (w.rstrip(".!?") for w in rx(r"[^\s,;=]+").findall(rest)) if w]
    values = [w for w in words if rx(r"\d").search(w) or w in NUMBER_WORDS]
    return bool(values) and all(w in _LINKS or w in values for w in words)


# A fallback or an alternative said after the primary order ("; if that fails, roll back
# checkout", "otherwise scale it to 4", "failing that …", "alternatively …", "as a fallback …",
# "if needed later …", "possibly … too"): what to do only if the primary does not do, or
# instead of it. Led by one of these words right after a clause's end, it runs to the end.
_FALLBACK = re.compile(
    r"(?:[;,.:!(]\s*|\s+[\u2014\u2013-]\s+|\s*\n\s*)(?:and\s+|or\s+|but\s+)?(?P<said>"
    r"(?:if|should|when|in\s+case)\s+(?:that|this|it|the\s+\w+)\s+(?:still\s+)?"
    r"(?:fails?|doesn'?t\s+(?:work|help|fix\s+it)|does\s+not\s+(?:work|help)|"
    r"(?:is|was)\s+not\s+enough|isn'?t\s+enough|won'?t\s+(?:work|help))\b|"
    r"(?:failing|barring)\s+(?:that|this)\b|"
    r"(?:or\s+)?(?:otherwise|else|alternatively)\b(?!\s+(?:than|same|is|are)\b)|"
    r"(?:as\s+a|for\s+a)\s+(?:fall-?back|plan\s+b|backup\s+plan|last\s+resort)\b|"
    r"(?:if|when)\s+(?:needed|necessary|required)\s+later\b|"
    r"(?:if|when)\s+(?:needed|necessary|required)\b(?=\s*,)|"
    r"(?:possibly|maybe|perhaps)\s+(?=\w+\b[^;.!?]*\btoo\b))"
    r"[^\n]*$",
    re.IGNORECASE,
)


def without_fallback(text: str) -> tuple[str, str]:
    """``text`` without the fallback or alternative said after its first order, and that
    fallback's words ("" when none).

    Rule (round 16): a clause that is not a change of its own never adds an operation. A
    fallback or an alternative (:data:`_FALLBACK`) is done only if, or instead of, the order
    before it: it is never planned beside that order — the plan is the order before it, and
    its analysis says the fallback is not planned. Said first, with no order before it, it is
    left to the other readers (which ask)."""
    m = _FALLBACK.search(text)
    if m is None or not text[: m.start()].strip(" ,;.:-"):
        return text, ""
    from dotop_nb.planner.offline.guard import VERBS  # noqa: PLC0415 - import cycle

    if not rx(rf"\b(?:{VERBS})\b", re.I).search(text[m.start("said") :]):
        # "scale orders to 0; otherwise its pdb blocks the drain": what happens if not, no
        # second change (the other readers read it whole).
        return text, ""
    return text[: m.start()], text[m.start("said") :].strip(" )")


# A version said beside a workload's name, not as a change ("restart frontend on 2.2.0",
# "restart payments (3.1.0)", "frontend@2.2.0", "frontend on 2.2.0 needs FEATURE_FLAG=ga").
_ATTACHED = re.compile(
    r"\b(?P<name>[a-z0-9][\w\-]*)(?:@|\s+(?:is\s+|being\s+)?(?:on|at|running)\s+(?:version\s+)?|"
    r"\s*\(\s*(?:on\s+|now\s+|v(?:ersion)?\s*)?)(?P<value>v\d+\.\d+(?:\.\d+)?|\d+\.\d+\.\d+)\b"
    r"(?!\s*(?:[%x]|cores?|cpus?|m\b|mi\b|gi\b|replicas?|pods?))",
    re.IGNORECASE,
)
_COUNT_NOW = re.compile(
    r"\b(?:it|they)\s*(?:has|have|runs?|is\s+at|are\s+at|'s\s+at)\s+(?P<n>\d+)"
    r"(?:\s+(?:replicas?|pods?))?\s+(?:now|today|currently|right\s+now)\b",
    re.IGNORECASE,
)
_REPLICA_NUMBER = re.compile(
    r"\b(?P<n>\d+)\s+(?:running\s+|live\s+|ready\s+)?(?:replicas?|pods?|instances?|copies)\b", re.I
)
_QUANTITY_SAID = re.compile(r"\b(?P<q>\d+(?:\.\d+)?\s*(?:mi|gi|ki|m))\b", re.I)


def _live(obj: Json) -> tuple[int | None, set[str], set[str], set[str]]:
    """The replicas, image tags, ``KEY=value`` pairs and resource quantities ``obj`` runs."""
    spec = obj.get("spec") or {}
    tags: set[str] = set()
    env: set[str] = set()
    quantities: set[str] = set()
    for c in containers(obj):
        image = str(c.get("image") or "")
        if ":" in image.rpartition("/")[2]:
            tags.add(image.rpartition(":")[2].lower().lstrip("v"))
        for e in c.get("env") or []:
            env.add(f"{e.get('name')}={e.get('value')}".lower())
        for part in ((c.get("resources") or {}).get(k) or {} for k in ("requests", "limits")):
            quantities.update(str(v).lower().replace(" ", "") for v in part.values())
    replicas = spec.get("replicas")
    return (replicas if isinstance(replicas, int) else None), tags, env, quantities


def _untrue(clause: str, obj: Json) -> str | None:
    """What ``clause`` says of ``obj`` that is not how it is, if anything."""
    replicas, tags, env, quantities = _live(obj)
    for m in _REPLICA_NUMBER.finditer(clause):
        if replicas is not None and int(m.group("n")) != replicas:
            return f"{m.group(0)} (it runs {replicas})"
    for m in _VERSION.finditer(clause):
        if tags and m.group(0).lower().lstrip("v") not in tags:
            return f"{m.group(0)} (it runs {', '.join(sorted(tags))})"
    for m in rx(r"\b([A-Z][A-Z0-9_]*)=(\S+)").finditer(clause):
        if f"{m.group(1)}={m.group(2)}".lower().rstrip(",.;") not in env:
            return f"{m.group(0)} (not set on it)"
    for m in _QUANTITY_SAID.finditer(clause):
        if quantities and m.group("q").lower().replace(" ", "") not in quantities:
            return f"{m.group('q')} (it has {', '.join(sorted(quantities))})"
    return None


def premise_false(ctx: Ctx, said: str, operations: list[Any]) -> str | None:
    """The question to ask when a premise said beside the order is not how the cluster is.

    Rule (round 16): a premise (:data:`statements.PREMISE`: "since payments moved to 3.1.0",
    "now that payments has 4 replicas") or a version said beside a workload's name that the
    plan does not deploy ("restart frontend on 2.2.0", "restart payments (3.1.0)",
    "frontend@2.2.0") says how things are. It adds no operation (:func:`statements.fact`);
    when the cluster says otherwise, the order rests on something untrue — asked, never
    planned as if it were true."""
    # What the plan sets (never the request's words it carries as its reason).
    planned = " ".join(
        f"{o.summary()} {getattr(o, 'patch', '')} {getattr(o, 'manifest', '')}" for o in operations
    ).lower()
    checks: list[tuple[str, str]] = []
    for clause in statements.clauses(said):
        if statements.PREMISE.match(clause.strip()):
            checks.append((clause.strip(), clause))
    for m in _ATTACHED.finditer(said):
        version = m.group("value").lower().lstrip("v")
        if not rx(rf"[:=@]v?{re.escape(version)}\b").search(planned):
            shown = rx(r"\s*\(\s*").sub(" ", m.group(0)).strip()
            checks.append((shown, f"{m.group('name')} {m.group('value')}"))
    for m in _COUNT_NOW.finditer(said):
        # "autoscale frontend, it has 3 now": the count it runs, said of the one named.
        named = ctx.workloads(said[: m.start()])
        if named:
            checks.append((m.group(0), f"{named[-1][0].name} {m.group('n')} replicas"))
    for shown, clause in checks:
        try:
            named = ctx.workloads(clause)
        except Clarify:
            continue
        for target, obj in named[:1]:
            if wrong := _untrue(clause, obj):
                return (
                    f"You said {shown!r}, but {target.name} is not so: {wrong}. I plan nothing "
                    "on a premise the cluster does not bear out — say the change you want "
                    "itself (e.g. 'update frontend to 2.2.0', 'scale payments to 4'), or what "
                    "to do as things are."
                )
    return None


# A line of pasted kubectl, kubelet or registry output: an event, a container's state, a pull
# error ("Back-off pulling image …", "ErrImagePull frontend 2.2.0", "manifest unknown: …",
# "… :2.2.0 not found", "Reason: OOMKilled", "Limits: memory: 256Mi").
_IMAGE_REF = r"[\w.\-/]+:[\w.\-]+"
# A word only output says, anywhere in a clause (the clause is output).
_PASTED_WORD = re.compile(
    r"\b(?:ErrImagePull|ImagePullBackOff|CrashLoopBackOff|ErrImageNeverPull|InvalidImageName|"
    r"CreateContainerConfigError|OOMKilled|FailedScheduling|FailedMount|BackOff)\b|"
    r"\bback-?off\s+(?:pulling|restarting)\b|\bmanifest\s+(?:unknown|not\s+found)\b|"
    r"\bfailed\s+to\s+pull\b|^\s*(?:error:\s*)?(?:unauthorized|denied|forbidden)\s*:|"
    rf"{_IMAGE_REF}\s*:?\s*(?:not\s+found|does\s+not\s+exist|unknown)\b",
    re.IGNORECASE,
)
_PASTED_ERROR = re.compile(
    r"(?:error:\s*)?(?:unauthorized|denied|forbidden|manifest\s+unknown|not\s+found)\s*:\s*"
    rf"[^\s,;]*{_IMAGE_REF}",
    re.IGNORECASE,
)
# A line of ``kubectl describe`` (a field, then a colon; an event row): the whole line.
_PASTED_LINE = re.compile(
    r"^\s*(?:(?:Events|Last\s+State|State|Reason|Exit\s+Code|Limits|Requests|Image|Message|"
    r"Warning|Normal)\b\s*:?|Warning\s{2,}|Normal\s{2,})[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


# Round 17 (a18): a line OPENED by an output's label and a colon is output to its sentence's
# end, one line or many: a container's state or reason ("OOMKilled: worker (limit 256Mi)",
# "Last State: Terminated, Reason: OOMKilled (…)"), a describe field ("Limits: memory: 512Mi"),
# an event's message ("Readiness probe failed: GET /healthz …", "Back-off restarting …: …") or
# an alert's name ("CPUThrottlingHigh: orders app cpu limit 250m", "KubePodCrashLooping: …"),
# or an event's row, its type and reason ("Normal  ScalingReplicaSet  …", "Warning BackOff …").
# (A field a person sets — "image:", "replicas:" — is no label here: "frontend image: …" orders.)
_LABELLED_LINE = re.compile(
    r"(?:^|(?<=\n))[^\S\n]*(?:(?i:"
    r"(?:Last\s+State|State|Reason|Exit\s+Code|Limits|Requests|Events|Conditions)\s*:|"
    r"(?:OOMKilled|CrashLoopBackOff|ImagePullBackOff|ErrImagePull|Evicted|"
    r"Terminated|FailedScheduling|FailedMount|Unhealthy|BackOff)\s*:|"
    r"(?:readiness|liveness|startup)\s+probe\s+failed\s*:|back-?off\s+restarting[^:\n]*:)|"
    # (An event row, "Normal  ScalingReplicaSet  deployment-controller  Scaled up …".)
    r"(?:Normal|Warning)(?:\s{2,}|\s+(?=(?:[A-Z][a-z]+){2,}\b))\S|"
    r"(?:Kube|CPU|[A-Z][a-z]+)(?:[A-Z][a-z]+)*(?:High|Low|Down|Firing|Failing|Failed|Looping|"
    r"Throttling|ThrottlingHigh|NotReady|Unavailable|Mismatch|Missing|Errors?|Latency|"
    r"Restarting|Killed|Full|Saturated|Pending|Waiting|Stuck|Exceeded|Overcommit|Degraded|"
    r"Flapping|Absent|Unreachable|Terminated)\s*:"
    r")(?:[^\n.;!?\u2014]|\.(?=\S))*",
)


def _pasted(said: str) -> tuple[list[str], str]:
    """The pieces of ``said`` that are pasted output, and ``said`` without them."""
    lines = [m.group(0) for m in _PASTED_LINE.finditer(said)] if "\n" in said else []
    rest = _PASTED_LINE.sub(lambda m: " " * len(m.group(0)), said) if lines else said
    lines += [m.group(0) for m in _LABELLED_LINE.finditer(rest)]
    rest = _LABELLED_LINE.sub(lambda m: " " * len(m.group(0)), rest)
    pieces = list(lines)
    # "unauthorized: ghcr.io/acme/frontend:2.2.0": an error and the reference it names.
    pieces += [m.group(0) for m in _PASTED_ERROR.finditer(rest)]
    for line in rest.split("\n"):
        for start, end in statements.spans(line):
            clause = line[start:end]
            # ("kindly raise its limit to 512Mi since the pods are getting OOMKilled": an
            # order that names the symptom is no output.)
            output = _PASTED_WORD.search(clause) and not _ORDER_WORD.search(clause)
            if output and clause not in pieces:
                pieces.append(line[start:end])
    for piece in pieces[len(lines) :]:
        rest = rest.replace(piece, " " * len(piece), 1)
    return pieces, rest


# ("Back-off pulling …": a word of the output, no order.)
_ORDER_WORD = re.compile(rf"\b(?:{guard.VERBS}|fix|rollback|pin|switch|move|give)\b(?!-)", re.I)


# An alert asked for: what the cluster reports is its condition, not pasted output.
_ALERT_ASKED = re.compile(
    r"\s*(?:please\s+)?(?:page|alert|notify|ping|warn|tell|email|slack|wake)\s+(?:\w+\s+){0,3}?"
    r"(?:if|when|whenever|once)\b",
    re.I,
)


def pasted_symptom(said: str, operations: list[Any]) -> str | None:
    """The question to ask when the plan rests on pasted output.

    Rule (round 16): pasted kubectl or registry output (:data:`_PASTED_LINE`) is a symptom —
    what the cluster reports — never an order: not to deploy the image it cannot pull, nor to
    set the value it shows. With no order said outside it, nothing is planned (asked); with
    one, a value said only inside the output is never one the plan sets."""
    lines, rest = _pasted(said)
    if not lines or _ALERT_ASKED.match(said):
        return None  # "page us if orders gets OOMKilled …": a condition of an alert asked for
    shown = lines[0].strip()
    if not _ORDER_WORD.search(rest):
        return (
            f"I read {shown!r} as pasted output — a symptom the cluster reports, not an order. "
            "What should change? Say it (e.g. 'roll frontend back', 'raise my-api's memory "
            "limit to 512Mi')."
        )
    outside = statements.values(rest)
    planned = " ".join(
        f"{o.summary()} {getattr(o, 'patch', '')} {getattr(o, 'manifest', '')}" for o in operations
    ).lower()
    for value in sorted(statements.values(" ".join(lines)) - outside):
        if rx(r"v?\d+\.\d+(?:\.\d+)?|\d+(?:\.\d+)?(?:mi|gi|ki|m)|\S+:\S+").fullmatch(value) and (
            rx(rf"(?<![\w.]){re.escape(value)}(?![\w.])").search(planned)
        ):
            return (
                f"I read {value!r} only in pasted output ({shown!r}), yet the plan would set "
                "it. Output says what the cluster reports, not what to set: say the value to "
                "set, if that is the change."
            )
    return None


# A kind said as what stays ("the PDB stays", "orders PDB: leave it", "leave the hpa alone",
# "don't touch the service").
_STAYS = (
    # ("a CronJob is fine": the kind is welcome, not kept.)
    r"(?:stays?|remains?|(?:must|should|can|will)\s+(?:stay|remain)|"
    r"(?:stays?\s+)?(?:untouched|unchanged|as\s+is)|:\s*(?:leave\s+(?:it|as\s+is)|keep\s+(?:it\s+)?as\s+is)|"
    r"\s*:\s*(?:untouched|unchanged|as\s+is|no\s+change|stays?))"
)


def kept_kind_changed(said: str, operations: list[Any]) -> str | None:
    """The question to ask when the plan changes an object of a kind said to stay.

    Rule (round 16): "the PDB stays", "PDB: leave it", "leave the PDB alone" beside a change
    says no object of that kind changes; a plan that would patch, apply or delete one is asked,
    never made (the words are not a change of their own, and never a licence for one)."""
    for kind, words in statements.KIND_WORDS.items():
        pattern = (
            rf"\b(?:{words})\b\s*(?:{_STAYS})(?!\w)|"
            # ("keep the cm" beside a delete of its key keeps it from going: no leave.)
            rf"\b(?:leave|don'?t\s+touch|do\s+not\s+touch|not\s+touching)\s+(?:the\s+|its\s+|"
            rf"that\s+|[\w\-]+'?s?\s+)?(?:{words})\b(?:\s+(?:alone|as\s+is|untouched|be))?"
        )
        m = rx(pattern, re.IGNORECASE).search(said)
        changed = [o for o in operations if o.target.kind == kind]
        if m and changed:
            return (
                f"You said {m.group(0).strip()!r}, but the plan would change "
                f"{changed[0].target.describe()} ({changed[0].summary()}). Which is it: leave "
                "it as it is (then say where the change goes instead), or change it?"
            )
    return None


# A later line that says the reason for the order is gone ("(it came back on its own)", "the
# spike is over", "nvm, it recovered").
_MOOT = re.compile(
    r"(?:^|[\n.!;(]|\s[\u2014\u2013-]\s|\b(?:but|actually|update|edit|nvm|ok)\b[:,]?)\s*"
    r"(?:ok\s+|actually\s+|oh\s+|"
    r"update\s*:?\s*|edit\s*:?\s*|nvm\s*,?\s*|never\s*mind\s*,?\s*|nevermind\s*,?\s*)?"
    r"(?P<said>(?:it|that|they|this|the\s+[\w\-]+(?:\s+[\w\-]+)?|[\w\-]+)\s+"
    r"(?:(?:has|have|'s|is|are)\s+)?(?:came\s+back|come\s+back|recovered|self-?healed|"
    r"resolved\s+itself|fixed\s+itself|sorted\s+itself(?:\s+out)?|went\s+away|gone\s+away|"
    r"cleared(?:\s+up)?|(?:is|are|'s)\s+(?:over|gone|back(?:\s+to\s+normal)?|fine\s+now|"
    r"ok\s+now|healthy\s+(?:again|now)|resolved|passed)|died\s+down|calmed\s+down|subsided|"
    r"passed)(?:\s+(?:on\s+(?:its|their)\s+own|by\s+itself|already|now|again))*)\W*\)?\s*$",
    re.IGNORECASE,
)


def mooted(said: str, operations: list[Any]) -> str | None:
    """The question to ask when a later line says the order is no longer needed.

    Rule (round 16): a line or sentence after the order that says the trouble went away on its
    own ("(it came back on its own)", "the spike is over") is not a change of its own and moots
    the order before it: asked, never planned."""
    if not operations or not (m := _MOOT.search(said.strip())) or not said[: m.start()].strip():
        return None
    return (
        f"You said {m.group('said').strip()!r} after the order: is it still needed? Say it "
        "again if so."
    )
