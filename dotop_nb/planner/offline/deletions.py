"""Deletions as engineers say them, read as the one imperative the delete rule plans.

"the worker deployment can be deleted", "payments is decommissioned: remove it with its
service", "clean up web: deployment + service", "delete the cart deployment only. Its Service
is kept for the new version": the same request as "delete the worker deployment", "delete
payments with its service", "delete web deployment along with its service" and "delete the cart
deployment only but keep its service". Only these shapes are rewritten; every other sentence is
left as said, and the delete rule (:mod:`.removal`) still asks about whatever it cannot place.
A clause of the shape that holds a second action verb is left alone (then asked about).
"""

from __future__ import annotations

import re

# Kinds a delete lists beside its workload ("its PDB and its ConfigMap").
_KIND = (
    r"(?:service|svc|pdb|poddisruptionbudget|(?:pod\s+)?disruption budget|budget|hpa|"
    r"horizontalpodautoscaler|autoscaler|configmap|config map|cm)s?"
)
_WORKLOAD_KIND = r"(?:deployment|deploy|statefulset|sts|daemonset|ds)s?"
_GONE = (
    r"(?:deleted|removed|dropped|torn down|decommissioned|cleaned up|nuked|scrapped|"
    r"gotten rid of|got rid of)"
)
_VERB = r"(?:delete|remove|drop|nuke|scrap|decommission|tear down|get rid of|clean up|kill off)"
# Verbs of other actions: a clause holding one is not only a reason, so nothing is rewritten.
_OTHER = re.compile(
    r"\b(?:scal|restart|updat|upgrad|set|roll|add|creat|patch|bump|expos|make|mak|chang|"
    r"enabl|disabl|mov|migrat|resiz|rollback|revert|redeploy)(?:e|es|ed|ing|s|d)?\b",
    re.I,
)
# "removed from the mesh", "dropped out of the rotation": taken out of something, never the
# workload deleted — left as said (and asked about by the delete rule).
_FROM = re.compile(r"^\s*(?:from|out of|off)\b", re.I)
# Adjectives said of a kind that pick nothing ("its headless service": the one it has).
_ADJECTIVES = re.compile(
    rf"\b(its|their|the)\s+(?:headless|own|old|current|existing)\s+(?={_KIND}\b)", re.I
)

# "X can be deleted", "X should be dropped", "X is to be removed" (after "We no longer need
# postgres:" — a context whose workload the subject's kinds belong to).
_PASSIVE = re.compile(
    r"^\W*(?:(?P<context>[^:;]+?)\s*[:;]\s*)?(?P<subject>[^:;,]+?)\s+"
    r"(?:can|could|should|may|must|will|is to|are to|has to|have to|needs? to|ought to)\s+"
    rf"(?:now\s+|safely\s+|also\s+|just\s+)?(?:all\s+)?be\s+{_GONE}\b(?P<rest>.*)$",
    re.I,
)
# "X is dead code, delete it", "payments is decommissioned: remove it together with its
# service", "web was removed from the roadmap; delete its deployment but keep the service".
_IT = re.compile(
    r"^\W*(?P<subject>[^:;,.]+?)\s+(?:is|are|was|were|has been|have been|got|became|is now)\s+"
    rf"(?P<why>[^:;,.]+?)\s*[:;,.]\s*(?:(?:so|just|please|pls|then|and|go ahead and)\s+)*"
    rf"{_VERB}\s+(?:(?P<it>it|them)\b|(?P<its>its|their)\s+(?P<kind>{_WORKLOAD_KIND})\b)"
    r"(?P<rest>.*)$",
    re.I,
)
# "clean up web: deployment + service", "Remove orders completely: the deployment, its PDB and
# its ConfigMap": the workload, then the list of what goes.
_LISTED = re.compile(
    rf"^\W*(?:(?:please|pls|just|now|then|go ahead and)\s+)*{_VERB}\s+(?P<name>[a-z0-9][\w\-]*)"
    r"(?:\s+(?:completely|entirely|fully|for good|whole))?\s*:\s*(?P<items>.+?)\W*$",
    re.I,
)
_ITEM = re.compile(rf"^(?:the|its|their)?\s*(?:(?P<workload>{_WORKLOAD_KIND})|(?P<kind>{_KIND}))$")
# "Its Service and ConfigMap are kept for the new version", "the service stays": kinds kept.
_KEPT = re.compile(
    rf"[.;,]?\s*(?:but\s+|and\s+)?(?P<kinds>(?:its|their|the)\s+{_KIND}"
    rf"(?:\s*(?:,|and)\s*(?:(?:its|their|the)\s+)?{_KIND})*)\s+"
    r"(?:(?:is|are)\s+(?:kept|staying|retained|preserved|left(?:\s+alone|\s+in place)?)|"
    r"stays?|remains?|(?:must|should|can|will|shall)\s+(?:stay|remain|be kept))"
    # "… for now", "… for the rewrite", "… until the migration": when, not what.
    r"(?:\s+(?:for|until|during|as|through)\s+[^.;,]{1,40}?)?(?=\W*$|[.;])",
    re.I,
)


def canonical(text: str) -> str:
    """``text`` as the delete imperative it says, or ``text`` unchanged."""
    said = text
    text = _ADJECTIVES.sub(r"\1 ", text)
    text = _KEPT.sub(_keep, text)
    if m := _PASSIVE.match(text):
        subject, context = m.group("subject").strip(), (m.group("context") or "").strip()
        if _OTHER.search(subject + " " + context + " " + m.group("rest")):
            return said
        if _FROM.match(m.group("rest")):
            return said
        if context and re.fullmatch(rf"(?:(?:the|its)\s+)?{_WORKLOAD_KIND}\b.*", subject, re.I):
            # "We no longer need postgres: the statefulset and its service can be deleted".
            name = _name_of(context)
            if name is None:
                return said
            subject = name + " " + re.sub(r"^(?:the|its)\s+", "", subject, flags=re.I)
        text = f"delete {subject}{m.group('rest')}"
    elif m := _IT.match(text):
        if _OTHER.search(" ".join(m.group("why", "subject", "rest"))):
            return said
        if _FROM.match(m.group("rest")):
            return said
        kind = f" {m.group('kind')}" if m.group("kind") else ""
        text = f"delete {m.group('subject').strip()}{kind}{m.group('rest')}"
    text = _listed(text)
    return text if text != said else said


def _keep(m: re.Match[str]) -> str:
    kinds = re.findall(_KIND, m.group("kinds"), re.I)
    return " but keep " + " and ".join(f"its {k}" for k in kinds)


def _name_of(context: str) -> str | None:
    """The one workload-like word a context names ("we no longer need postgres")."""
    m = re.fullmatch(
        r"(?:we\s+)?(?:no longer need|don'?t need|do not need|are done with|retire[sd]?|"
        r"are retiring|have retired|decommission(?:ed)?|drop(?:ped)?)\s+(?:the\s+)?"
        r"(?P<name>[a-z0-9][\w\-]*)",
        context.strip(),
        re.I,
    )
    return m.group("name") if m else None


def _listed(text: str) -> str:
    m = _LISTED.match(text)
    if m is None:
        return text
    items = [i.strip() for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("items"))]
    workload: list[str] = []
    kinds: list[str] = []
    for item in items:
        found = _ITEM.match(item)
        if found is None:
            return text  # not only kinds: left as said, and asked about
        if found.group("workload"):
            workload.append(found.group("workload"))
        else:
            kinds.append(found.group("kind"))
    if len(workload) > 1:
        return text
    head = f"delete {m.group('name')}" + (f" {workload[0]}" if workload else "")
    if not kinds:
        return head
    return f"{head} along with " + " and ".join(f"its {k}" for k in kinds)
