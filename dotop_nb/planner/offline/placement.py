"""Where pods run: pod anti-affinity (required when said as an absolute, preferred when said as
a wish) and zone spread (topologySpreadConstraints), for Deployments and StatefulSets alike.

"never two my-api pods on the same node" / "must" / "always" → required; "prefer" / "ideally"
/ "try to" / "if possible" → preferred; a spread over zones is ``DoNotSchedule`` when absolute,
``ScheduleAnyway`` when a wish. Example::

    spread postgres across zones
    → patch StatefulSet postgres topologySpreadConstraints [zone, maxSkew 1, DoNotSchedule]
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.planner.offline import template
from dotop_nb.planner.offline.context import Clarify, Ctx, selector
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
CUE = re.compile(
    r"anti-?affinity|\bsame (?:node|host|machine)\b|\bdifferent (?:nodes|hosts|machines|zones)\b|"
    r"\bseparate (?:nodes|hosts|machines)\b|\bspread\b.*\b(?:zones?|nodes|hosts|azs?)\b|"
    r"topology ?spread|\bacross (?:the )?(?:zones|azs|availability zones|nodes)\b|"
    # "two cart pods never share a node", "one pod per node".
    r"\b(?:share|sharing|co-?locate|colocated?|stack(?:ed)? on) (?:a|one|the same) "
    r"(?:node|host|machine)\b|\bone (?:pod )?per (?:node|host|machine)\b"
)
_WISH = re.compile(
    r"\bprefer|\bpreferably\b|\bideally\b|\btry to\b|\bif possible\b|\bwhere possible\b|"
    r"\bsoft\b|\bbest[- ]effort\b|\bwould be nice\b|\bpreferred\b|\bif feasible\b|"
    r"\b(?:if|where|when(?:ever)?)\s+(?:the\s+scheduler|kubernetes|k8s|it|they|you|we)\s+"
    r"(?:can|is able to|are able to|manages?)\b|"
    r"\bif (?:there (?:is|are) )?(?:room|capacity|enough nodes)\b|"
    + r"|".join(
        # "not a hard requirement", "don't block scheduling if that is not possible".
        (
            r"\bnot\s+(?:a\s+)?(?:hard|strict|must|required)\b",
            r"\b(?:don'?t|do not|never|not)\s+(?:block|prevent|hold up)\s+(?:the\s+)?scheduling\b",
        )
    )
)
_ABSOLUTE = re.compile(
    r"\bmust\b|\bnever\b|\balways\b|\brequired?\b|\bhard\b|\bstrict(?:ly)?\b|\bguarantee"
)
_ZONE = re.compile(r"\bzones?\b|\bazs?\b|availability zones?")


def placement(ctx: Ctx) -> PlanResult:
    """Anti-affinity over nodes, or a spread over zones (see module docstring)."""
    target, obj = ctx.workload()
    if target.kind == "DaemonSet":
        raise Clarify(f"{target.describe()} is a DaemonSet: it runs one pod per node already.")
    text = ctx.text
    wish = bool(_WISH.search(text))
    absolute = bool(_ABSOLUTE.search(_WISH.sub(" ", text)))
    if wish and absolute:
        raise Clarify(
            "Is it a must (pods stay Pending rather than share) or a preference (the scheduler "
            "tries)? Say 'must' or 'prefer'."
        )
    required = not wish
    match = selector(obj)
    replicas = int((obj.get("spec") or {}).get("replicas", 1))
    revision = "pod-template-hash" if target.kind == "Deployment" else "controller-revision-hash"
    template_spec: Json
    risks: list[str] = []
    if _ZONE.search(text):
        zones = ctx.zones()
        constraint = {
            "maxSkew": 1,
            "topologyKey": "topology.kubernetes.io/zone",
            "whenUnsatisfiable": "DoNotSchedule" if required else "ScheduleAnyway",
            "labelSelector": {"matchLabels": match},
            "matchLabelKeys": [revision],
        }
        template_spec = {"topologySpreadConstraints": [constraint]}
        what = (
            f"spread its pods over zones (maxSkew 1, "
            f"{'required: DoNotSchedule' if required else 'preferred: ScheduleAnyway'})"
        )
        if len(zones) < 2:
            risks.append(
                f"the nodes carry {len(zones)} zone label(s): there is nothing to spread over "
                "until nodes in other zones exist"
                + (" and pods beyond the skew stay Pending" if required else "")
            )
    else:
        term: Json = {
            "labelSelector": {"matchLabels": match},
            "topologyKey": "kubernetes.io/hostname",
        }
        if required:
            affinity: Json = {"requiredDuringSchedulingIgnoredDuringExecution": [term]}
        else:
            affinity = {
                "preferredDuringSchedulingIgnoredDuringExecution": [
                    {"weight": 100, "podAffinityTerm": term}
                ]
            }
        template_spec = {"affinity": {"podAntiAffinity": affinity}}
        what = (
            "never put two of its pods on the same node (required anti-affinity)"
            if required
            else "prefer to put its pods on different nodes (preferred anti-affinity)"
        )
        if required:
            risks.append(
                f"required anti-affinity needs one node per replica ({replicas}); a surge pod "
                "of a rollout needs one more, or it stays Pending"
            )
    if replicas < 2:
        risks.append(f"{target.describe()} runs 1 replica: there is nothing to spread yet")
    return template.plan(
        ctx,
        target,
        "ha",
        template_spec,
        analysis=(
            f"{target.describe()}: {what}."
            + (" Said as an absolute, so it is required." if required and absolute else "")
            + (" Said as a wish, so it is preferred." if wish else "")
        ),
        verified="the new placement",
        risks=risks,
    )
