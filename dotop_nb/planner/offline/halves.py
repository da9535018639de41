"""A plan that does half of what was asked, silently: asked instead (round 17, issue 11).

Rule: every part of a compound order is in the plan, or the planner asks. The words as sent are
cut into parts at the joins people use ("and", "plus", "also", "as well as", "along with",
"then", commas, semicolons); each part that is an order of a kind the planner makes must be
answered by an operation of that kind in the finished plan:

- a count of replicas said as running ("run two of the cache proxy", "keep 3 copies of web",
  "scale worker to 5", "have four replicas of orders") — a scale, an autoscaler or a patch of
  replicas answers it;
- a restart ("restart", "bounce", "cycle", "roll") — a rollout restart answers it, or a change
  that replaces the pods (image, patch) of the workload;
- an image or a version ("set its image to …", "upgrade … to 2.4") — an image change answers it;
- a disruption budget ("a PDB that keeps one up") — a PodDisruptionBudget answers it;
- an autoscaler ("an HPA", "autoscale between …") — an HPA or a ScaledObject answers it.

A target said as the rest of the namespace beside one named workload ("restart worker along with
everything else", "… and all the others", "… and also restart everything else") is a second
target the plan on one workload left out.
A part left out makes the plan a question naming that part. A reply (refinements) is not
checked again.
"""

from __future__ import annotations

import re

from dotop_nb.ports import PlanResult

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`")
# Where one order ends and the next starts.
_JOIN = re.compile(
    r"\s*[,;]\s*(?:and\s+|then\s+|plus\s+|also\s+)?|\.\s+|\s+(?:and\s+then|and\s+also|and|plus|"
    r"also|as\s+well\s+as|along\s+with|together\s+with|then|after\s+that)\s+",
    re.IGNORECASE,
)
# What may stand before an order: a head naming what it is about ("cache proxy: …"), politeness.
_LEAD = r"^\W*(?:[^:,.;]{1,40}:\s*)?(?:(?:please|pls|also|then|and)\s+)*"
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
# A count of replicas said as an order.
_SCALE = re.compile(
    rf"{_LEAD}(?:run|keep|have|give\s+(?:it|them|\w[\w-]*))\s+"
    rf"{_NUMBER}\s+(?:of\b|copies\b|replicas\b|instances\b|pods\b)|"
    rf"{_LEAD}scale\s+(?:[\w-]+\s+){{0,3}}?(?:up\s+|out\s+)?"
    rf"to\s+{_NUMBER}\b",
    re.IGNORECASE,
)
_RESTART = re.compile(
    _LEAD + r"(?:restart|bounce|cycle|reboot)\b",
    re.IGNORECASE,
)
_IMAGE = re.compile(
    _LEAD + r"(?:set|change|update|bump|upgrade|move)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:image|version)\s+to\s+\S*\d",
    re.IGNORECASE,
)
_PDB = re.compile(
    _LEAD + r"(?:add|create|put|give\s+\w[\w-]*)\s+"
    r"(?:a\s+|an\s+)?(?:pdb|pod\s*disruption\s*budget|disruption\s+budget)\b",
    re.IGNORECASE,
)
_HPA = re.compile(
    _LEAD + r"(?:(?:add|create|put|give\s+\w[\w-]*)\s+(?:a\s+|an\s+)?"
    r"(?:hpa|horizontal\s+pod\s+autoscaler|autoscaler)\b|autoscale\b)",
    re.IGNORECASE,
)
# The rest of the namespace said as a second target beside one workload.
_THE_REST = re.compile(
    r"\b(?:along\s+with|together\s+with|as\s+well\s+as|and|plus)\s+(?:(?:all|every)\s+)?"
    r"(?:everything|all\s+the\s+(?:rest|others)|the\s+rest|the\s+others|"
    r"every\s+other\s+(?:one|deployment|workload|app|service))(?:\s+else)?"
    r"(?=\s*(?:$|[,.;:!?)]|too\b|as\s+well\b))|"
    # "… and also restart everything else": the rest said as the target of a second order.
    r"\b(?:restart|bounce|cycle|redeploy|roll)\s+(?:everything\s+else|all\s+the\s+(?:rest|others)|"
    r"the\s+rest|the\s+others|every\s+other\s+(?:one|deployment|workload|app|service))"
    r"(?=\s*(?:$|[,.;:!?)]|too\b|as\s+well\b))",
    re.IGNORECASE,
)
# A part said as a condition or a fallback: the part after it is planned only if it comes true
# ("restart orders; should that fail, scale it to 3", "as a last resort, scale it to 5").
_CONDITION = re.compile(
    r"\b(?:if|should|unless|in\s+case|otherwise|else|failing\s+that|last\s+resort|fallback|"
    r"only\s+when|when|once|after|before|until|or)\b",
    re.IGNORECASE,
)
# The kinds of a part, with the words of an operation's summary that answer it.
_KINDS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("a scale", _SCALE, ("scale ", "horizontalpodautoscaler", "scaledobject", "replicas")),
    ("a restart", _RESTART, ("restart", "image", "patch ")),
    ("an image change", _IMAGE, ("image",)),
    ("a disruption budget", _PDB, ("poddisruptionbudget",)),
    ("an autoscaler", _HPA, ("horizontalpodautoscaler", "scaledobject")),
)


_WORDS = {
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}
# "run two of the cache proxy", "run 3 copies of orders", "run two of them": a count of
# replicas said as running, at the head of an order and before the next join. Not "keep 3 of":
# that may be a floor kept up while something else happens (asked by the check below).
_RUN_N_OF = re.compile(
    rf"(^\s*|[:,;]\s*|\b(?:and|plus|then|also)\s+)run\s+({_NUMBER})\s+"
    r"(?:(?:copies|replicas|instances)\s+)?of\s+((?:the\s+|our\s+)?[a-z][\w-]*"
    r"(?:\s+(?!and\b|plus\b|then\b|also\b|with\b|in\b|on\b)[a-z][\w-]*){0,2}?)"
    r"(?=\s*(?:$|[,;.]|\s(?:and|plus|then|also)\b))",
    re.IGNORECASE,
)


def as_scale(text: str) -> str:
    """``text`` with a count said as running ("run two of the cache proxy") written as the
    scale it orders ("scale the cache proxy to 2"), so it is planned beside the rest."""
    return _RUN_N_OF.sub(
        lambda m: f"{m.group(1)}scale {m.group(3)} to {_WORDS.get(m.group(2).lower(), m.group(2))}",
        text,
    )


def parts(said: str) -> list[str]:
    """The parts of ``said``, cut at the joins of a compound order (quotes kept whole)."""
    blanked = _QUOTED.sub(lambda m: "x" * len(m.group(0)), said)
    out, start = [], 0
    for m in _JOIN.finditer(blanked):
        out.append(said[start : m.start()])
        start = m.end()
    out.append(said[start:])
    return [p.strip() for p in out if p.strip()]


def left_out(said: str, result: PlanResult) -> str | None:
    """The first part of ``said`` the plan in ``result`` does not answer, with its kind."""
    summaries = " ".join(op.summary().lower() for op in result.operations)
    pieces = parts(said)
    for before, part in zip(["", *pieces], pieces, strict=False):
        if _CONDITION.search(before) or _CONDITION.search(part):
            continue
        for kind, cue, answers in _KINDS:
            if cue.search(part) and not any(word in summaries for word in answers):
                return f"{part!r} ({kind})"
    if (rest := _THE_REST.search(said)) and len({op.target.name for op in result.operations}) == 1:
        return f"{rest.group(0).strip()!r} (a second target)"
    return None


def check(said: str, result: PlanResult, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when a part of the order is left out of it."""
    if answered or not result.operations or (part := left_out(said, result)) is None:
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"You asked for more than I planned: I would only {changes}, and {part} is not in "
        "the plan. Say each change on its own, or confirm the rest should be left."
    )
