"""A session acts inside its namespace: the rule, and the narrow grants that relax it.

One decision, used everywhere a plan is judged: the policy engine's built-in ``session-scope``
rule (so the gate at proposal and the executor's re-evaluation at approval) and the planner's
dry-run and submit tools decide with :func:`judge`, so they cannot disagree. Pure: the callers
pass discovery's scope of the kind, the grants of the policies that apply, and the objects to
check (the target before and after the operation).

Two kinds of grant, both given by a policy (whose effect every granted operation then gets):

* a cluster-scoped kind — ``allow_cluster_scoped_kinds: [PriorityClass]``;
* a kind in one other namespace — ``allow_namespaces: [{namespace: velero, kinds: [Schedule],
  session_namespace_fields: [spec.template.includedNamespaces]}]`` (:class:`NamespaceGrant`).
  Some add-ons read their objects only in their own namespace (Velero reads Schedules in
  ``velero``); such an object still acts on the session only if the fields that say which
  namespaces it reaches name the session's namespace and nothing else. Both the object as it is
  and as the operation leaves it are checked, so another team's Schedule can be neither changed
  nor deleted through the grant. ``unset_fields`` must be absent or empty: a Velero Restore's
  ``spec.namespaceMapping`` would write what it restores into another namespace.

Example::

    grant = NamespaceGrant(namespace="velero", kinds=["Schedule"],
                           session_namespace_fields=["spec.template.includedNamespaces"])
    list(judge(target, what="apply schedule/x", namespaced=True, namespace="shop",
               namespace_grants=[("backups", grant)], objects=[manifest]))
    # [('apply schedule/x: Schedule in namespace velero allowed by this policy', 'backups')]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dotop_nb.models import Target

Json = dict[str, Any]
G = TypeVar("G")

_NAMESPACE = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_KIND = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
_PATH = re.compile(r"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$")


class NamespaceGrant(BaseModel):
    """Objects of ``kinds`` in ``namespace`` (one exact namespace, named kinds: never a pattern)
    that a session of another namespace may act on. ``session_namespace_fields``: dotted paths
    of fields that must name the session's namespace and only it (a list of names or one name);
    an object without such a field is refused (for Velero, no ``includedNamespaces`` means
    every namespace). ``unset_fields``: dotted paths of fields that must be absent or empty
    (a Velero Restore's ``spec.namespaceMapping`` moves what it restores elsewhere)."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    namespace: str
    kinds: list[str] = Field(min_length=1)
    session_namespace_fields: list[str] = Field(default_factory=list)
    unset_fields: list[str] = Field(default_factory=list)

    @field_validator("namespace")
    @classmethod
    def _exact_namespace(cls, value: str) -> str:
        if not _NAMESPACE.match(value):
            raise ValueError(f"{value!r}: give one namespace by its exact name (no patterns)")
        return value

    @field_validator("kinds")
    @classmethod
    def _exact_kinds(cls, value: list[str]) -> list[str]:
        for kind in value:
            if not _KIND.match(kind):
                raise ValueError(f"{kind!r}: give kinds by name, like Schedule (no patterns)")
        return value

    @field_validator("session_namespace_fields", "unset_fields")
    @classmethod
    def _paths(cls, value: list[str]) -> list[str]:
        for path in value:
            if not _PATH.match(path):
                raise ValueError(f"{path!r}: give a dotted field path, like spec.namespaces")
        return value

    def covers(self, target: Target) -> bool:
        """Whether the grant names the target's namespace and kind."""
        return target.namespace == self.namespace and target.kind.lower() in {
            k.lower() for k in self.kinds
        }

    def problems(self, objects: Sequence[Json | None], namespace: str) -> list[str]:
        """Why the objects (None: absent) reach beyond session ``namespace`` (empty: they don't)."""
        present = [o for o in objects if o is not None]
        if (self.session_namespace_fields or self.unset_fields) and not present:
            return ["there is no object to check"]
        found: list[str] = []
        for obj in present:
            for path in self.session_namespace_fields:
                value = _field(obj, path)
                names = [value] if isinstance(value, str) else value
                if not isinstance(names, list) or not names:
                    found.append(f"{path} is not set (which can mean every namespace)")
                elif any(n != namespace for n in names):
                    shown = ", ".join(str(n) for n in names)
                    found.append(f"{path} names {shown}, not only {namespace}")
            found += [f"{path} is set" for path in self.unset_fields if _field(obj, path)]
        return list(dict.fromkeys(found))


def judge(
    target: Target,
    *,
    what: str,
    namespaced: bool,
    namespace: str,
    cluster_kinds: Sequence[tuple[G, Collection[str]]] = (),
    namespace_grants: Sequence[tuple[G, NamespaceGrant]] = (),
    objects: Sequence[Json | None] = (),
) -> Iterator[tuple[str, G | None]]:
    """(reason, grantor) for a target outside session ``namespace``; grantor None: refused.

    ``what`` starts each reason (the operation's summary). ``cluster_kinds`` and
    ``namespace_grants`` pair each grant with who gives it (a policy), first match wins.
    ``objects``: the target before and after the operation, for a grant's field checks.
    Nothing is yielded for a target inside the session's namespace.
    """
    if not namespaced:
        yield from _cluster_scoped(target, what, namespace, cluster_kinds)
        return
    if target.namespace == namespace:
        return
    if target.namespace is None:
        yield (
            f"{what}: {target.kind} is namespaced and this session acts in namespace "
            f"{namespace}, but the target names no namespace",
            None,
        )
        return
    covering = [(g, grant) for g, grant in namespace_grants if grant.covers(target)]
    problems: list[str] = []
    for grantor, grant in covering:
        found = grant.problems(objects, namespace)
        if not found:
            yield (
                f"{what}: {target.kind} in namespace {target.namespace} allowed by this policy "
                f"(it reaches only namespace {namespace})"
                if grant.session_namespace_fields
                else f"{what}: {target.kind} in namespace {target.namespace} allowed by this "
                "policy",
                grantor,
            )
            return
        problems += [p for p in found if p not in problems]
    if covering:
        yield (
            f"{what}: a policy allows {target.kind} in namespace {target.namespace} only for "
            f"objects that act on this session's namespace ({namespace}): " + "; ".join(problems),
            None,
        )
        return
    yield (
        f"{what}: {target.kind} is namespaced and this session acts in namespace {namespace}, "
        f"but the target names namespace {target.namespace}; no policy allows {target.kind} "
        f"there (allow_namespaces: [{{namespace: {target.namespace}, kinds: [{target.kind}]}}])",
        None,
    )


def _cluster_scoped(
    target: Target, what: str, namespace: str, cluster_kinds: Sequence[tuple[G, Collection[str]]]
) -> Iterator[tuple[str, G | None]]:
    if target.namespace is not None:
        yield (
            f"{what}: {target.kind} is cluster-scoped, so it cannot be limited to "
            f"namespace {target.namespace}",
            None,
        )
        return
    kind = target.kind.lower()
    grantor = next((g for g, kinds in cluster_kinds if kind in {k.lower() for k in kinds}), None)
    if grantor is None:
        yield (
            f"{what}: {target.kind} is cluster-scoped; a session acts inside its "
            f"namespace ({namespace}) and no policy allows {target.kind} "
            "(allow_cluster_scoped_kinds)",
            None,
        )
    else:
        yield (f"{what}: cluster-scoped {target.kind} allowed by this policy", grantor)


def _field(obj: Json, path: str) -> Any:
    node: Any = obj
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


__all__ = ["NamespaceGrant", "judge"]
