"""Parts of a request the plan dropped or misread, asked (round 23, parts, third attack).

- "delete the payments deployment and service", "delete the orders pdb and deployment": the
  plan deleted one object of the two; "delete worker with its configmap", "… including pvc",
  "… (and its config)": only the workload. A delete of several objects is asked, one at a time.
- "delete worker --cascade=orphan": the pods were deleted with it (Foreground); a delete that
  keeps the pods is not planned, so it is asked (as "delete worker, keep its pods" is).
- "LOG_LEVEL → debug (my-api)": the bracketed name became the value. An arrow with a name in
  brackets after the value is asked: say "set LOG_LEVEL=debug in my-api-config".
- ("autoscale checkout 3..12 @60%": the target said with '@' was dropped for the default; since
  round 29 :func:`.hpa.bounds` reads it as "at 60%".)
- "backup postgres twice a week", "… quarterly", "… yearly": a one-off backup was planned; a
  cadence a schedule does not read is asked.
- "bump postgres to 16.5 — ensure backup exists": a backup required of an upgrade was planned
  after it.

Pure text; the plan's own readings ("delete worker", "back up postgres monthly", "autoscale
checkout 3-12 at 60% cpu") are untouched.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import deletions
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

_DELETE = r"\b(?:delete|remove|drop|destroy|tear\s+down|get\s+rid\s+of|nuke|kill)\b"
_KIND = (
    r"(?:deployments?|deploy|services?|svc|pdbs?|poddisruptionbudgets?|configmaps?|cm|"
    r"config(?:uration)?s?|secrets?|pvcs?|persistent\s*volume\s*claims?|volumes?|"
    r"statefulsets?|sts|daemonsets?|ingress(?:es)?|hpas?|autoscalers?|cronjobs?|jobs?|"
    r"networkpolic(?:y|ies)|netpols?|service\s*accounts?|serviceaccounts?|roles?|data|storage)"
)
# "the payments deployment and service", "deployment payments and service payments",
# "worker with its configmap", "worker including pvc", "worker (and its config)".
# Words that end a list of objects to delete, or say its parts ("with its service": the plan
# reads those, :func:`parts_kept`).
_NOT = r"(?:but|keep|leave|except|not|then|its|their|with|including)"
_TWO_KINDS = re.compile(
    rf"{_DELETE}(?:(?!\b{_NOT}\b)[^.;!?])*?\b(?P<a>{_KIND})\b"
    rf"(?:(?!\b{_NOT}\b)[^.;!?])*?(?:\band\b|&|\+)\s*"
    rf"(?:also\s+)?(?:the\s+)?(?:(?!{_NOT}\b)[\w-]+\s+)?(?P<b>{_KIND})\b",
    re.I | re.S,
)
_WITH_ITS = re.compile(
    # (In the delete's own sentence; "and its config" beside a workload that has none is the
    # workload alone, round 9.)
    rf"{_DELETE}[^.;!?]*?(?P<part>\b(?:with|plus|along\s+with|together\s+with)\s+"
    rf"(?:all\s+)?(?:its|their)\s+(?:[\w-]+\s+)?{_KIND}\b|"
    rf"\bincluding\s+(?:all\s+)?(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?{_KIND}\b|"
    # Round 28 (a31rest): "and its pvcs", "(and its volumes)": the storage a StatefulSet keeps
    # when it is deleted is a part said, never dropped ("and its config" of a workload that has
    # none stays the workload alone, round 9).
    r"\band\s+(?:all\s+)?(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:pvcs?|"
    r"persistent\s*volume\s*claims?|volumes?|volume\s+claims?|storage|data|disks?)\b)",
    re.I | re.S,
)
_ORPHAN = re.compile(
    r"--cascade[= ]\s*orphan|\bcascade\s*[=:]?\s*orphan|\borphan(?:ed|ing)?\b", re.I
)
# "LOG_LEVEL → debug (my-api)", "set PROVIDER -> adyen (payments)".
_ARROW_NAMED = re.compile(
    r"\b(?P<key>[A-Z][A-Z0-9_]*)\s*(?:\u2192|->|=>|\u21d2|\u27f6)\s*"
    r"(?P<value>[^\s()]+)\s*\((?P<name>\s*[\w.-]+\s*)\)",
)
# (Round 35, gap38d: a database's dump too, "pg_dump cronjob …, twice weekly 01:00".)
_BACKUP = re.compile(
    r"\b(?:back\s*-?\s*ups?|snapshots?|velero|pg_?dump(?:all)?|mysqldump|mariadb-dump|dumps?)\b",
    re.I,
)
_CADENCE = re.compile(
    r"\b(?:twice|three\s+times|thrice|\d+\s*(?:x|times))\s+(?:a|an|per|each|every)\s+"
    # (Round 35, gap38d: "twice weekly", "three times monthly" too — made once a week before.)
    r"(?:week|month|year|hour)\b|\b(?:twice|three\s+times|thrice|\d+\s*(?:x|times))\s+"
    r"(?:weekly|monthly|yearly|annually)\b|\b(?:quarterly|yearly|annually|biannually|semi-?annually|"
    r"bi-?monthly|bi-?weekly|fortnightly|every\s+quarter|every\s+year|once\s+a\s+year|"
    r"each\s+year|each\s+quarter|per\s+(?:year|quarter))\b",
    re.I,
)
_UPGRADE = re.compile(
    r"\b(?:bump|upgrade|update|set\s+image|roll\s*out|deploy|migrate|move)\b", re.I
)
# "— ensure backup exists", ", make sure there is a backup", ", check the backup".
_ENSURE_BACKUP = re.compile(
    r"(?:[,;:\u2013\u2014]|\s-\s|\bbut\b|\band\b)\s*(?:but\s+|and\s+|please\s+)?"
    r"(?:ensure|make\s+sure|check|verify|confirm)\b[^.;]*?\b(?:back\s*-?\s*up|snapshot)",
    re.I,
)


_KINDS = {
    "dep": "deploy",
    "svc": "svc",
    "ser": "svc",
    "pdb": "pdb",
    "pod": "pdb",
    "cm": "cm",
    "con": "cm",
    "sts": "sts",
    "sta": "sts",
    "net": "netpol",
}


def _kind(word: str) -> str:
    """One name of a kind however it is said ("svc", "service"; "cm", "configmap")."""
    w = rx(r"\s+").sub("", word.lower())
    return _KINDS.get(w[:3], _KINDS.get(w[:2], w.rstrip("s")))


def arrowed(said: str) -> str | None:
    """The question for "KEY → value (name)" in ``said``, the request as written (its brackets
    are rewritten before the plan reads it: "debug (my-api)" became "my-api"), or None."""
    if m := _ARROW_NAMED.search(" ".join(said.split())):
        return (
            f"I read {m.group(0)!r} but not which is the value and which the object: "
            f"{m.group('name').strip()!r} in brackets could be either. Say it in words: "
            f"'set {m.group('key')}={m.group('value')} in <configmap or deployment>'."
        )
    return None


def check(raw: str) -> None:
    """Ask when ``raw`` says a part the plan would drop or misread (see the module)."""
    text = " ".join(raw.split())
    if rx(_DELETE, re.I).search(text) and _ORPHAN.search(text):
        raise Clarify(
            "I read a delete that keeps the pods (orphan): deleting a workload here deletes "
            "its pods, and a delete that leaves them running is not planned. Say 'scale "
            "<name> to 0' to stop it, or 'delete <name>' to delete it with its pods."
        )
    if _BACKUP.search(text) and (m := _CADENCE.search(text)):
        raise Clarify(
            f"I read {m.group(0)!r}, a cadence I cannot plan as a backup schedule here, and a "
            "single backup now would drop it. Say a cadence I read ('nightly', 'weekly', "
            "'monthly', 'every day at 2am') or 'back up <name> now' for one backup."
        )
    if _UPGRADE.search(text) and (m := _ENSURE_BACKUP.search(text)):
        said = m.group(0).strip(" ,;:-\u2013\u2014")
        raise Clarify(
            f"I read {said!r} as a condition of the change, "
            "but I plan in the order written, so a backup would run after it. Say the backup "
            "first: 'back up <database>, then <the change>'."
        )


def parts_kept(
    said: str, result: PlanResult, answered: bool = False, sent: str | None = None
) -> PlanResult:
    """``result``, or a question in its place when ``said`` deletes two kinds ("the payments
    deployment and service") or a workload with its parts ("delete worker with its configmap",
    "… including pvc") and the plan deletes one object (worker has no ConfigMap of its own:
    the part said was dropped)."""
    ops = result.operations
    if answered or len(ops) != 1 or ops[0].kind != "delete":
        return result
    text = " ".join(said.split())
    # (Round 40, gap43b: "… Deployment only, orders-config and the PDB stay": a closing list
    # of what stays names no object to delete.)
    two = _TWO_KINDS.search(deletions.without_kept_list(text))
    # (The lead, round 36: "delete the Service (payments) and the deployment" deleted the
    # deployment alone: the brackets were read as the name, the Service's kind dropped.)
    if (
        two is None
        and sent is not None
        and sent != said
        and (two := _TWO_KINDS.search(deletions.without_kept_list(" ".join(sent.split()))))
    ):
        said = sent
    if two and _kind(two.group("a")) != _kind(two.group("b")):
        return result.held_back(
            f"{said.strip()!r} names more than one object to delete, and I would "
            f"{ops[0].summary()} only. Ask for one deletion at a time, each with its kind and "
            "name: 'delete deployment <name>', then 'delete service <name>'."
        )
    if (m := _WITH_ITS.search(text)) is None:
        return result
    return result.held_back(
        f"You said {said.strip()!r}: I would {ops[0].summary()} only, and found nothing else "
        f"of what {m.group('part')!r} names to delete with it. Ask for one deletion at a time, "
        "each with its kind and name: 'delete deployment <name>', then 'delete configmap <name>'."
    )
