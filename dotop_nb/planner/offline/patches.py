"""A pasted ``kubectl patch`` planned as itself: that patch, of that object, nothing else.

kubectl sends the body as typed, and so does the plan: one ``PatchOp`` of the same patch type,
which goes through the same server-side dry-run and policy checks as every operation (a patch
that sets what a policy forbids is refused as the request said in words is). What kubectl would
do silently but a person rarely means is asked first, naming it:

- the object is not in the session's namespace (kubectl would fail; nothing else is patched);
- a strategic patch names a container the workload does not have: the API server would ADD a
  container by that name; a JSON patch adds or removes a whole container;
- a merge patch (RFC 7386) gives a list of named entries (containers, ports …): the whole list
  would be replaced by it;
- a ``$patch``/``$retainKeys``/… directive, a change of the object's name or namespace, a JSON
  patch operation other than add, replace, remove or test.

A pasted ``kubectl create cronjob`` is planned the same way (:func:`created`): the CronJob
kubectl would create, applied as it is; a CronJob by that name already there is asked.

Example::

    kubectl patch pdb orders -p '{"spec":{"minAvailable":1}}'
    → patch poddisruptionbudget/orders (strategic) {"spec": {"minAvailable": 1}}
"""

from __future__ import annotations

import json
import re
from typing import Any

from dotop_nb.models import ApplyOp, PatchOp, Target
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.kubectl import Patch
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

_TARGETS = {
    "deployment": ("Deployment", "apps/v1"),
    "statefulset": ("StatefulSet", "apps/v1"),
    "daemonset": ("DaemonSet", "apps/v1"),
    "configmap": ("ConfigMap", "v1"),
    "pdb": ("PodDisruptionBudget", "policy/v1"),
    "hpa": ("HorizontalPodAutoscaler", "autoscaling/v2"),
    "service": ("Service", "v1"),
}
# The category of a patch by the first field it sets that says one (else by its object's kind).
_FIELDS = (
    ("replicas", "scale"),
    ("imagePullPolicy", "pull-policy"),
    ("image", "update"),
    ("envFrom", "config"),
    ("env", "config"),
    ("resources", "resources"),
    ("securityContext", "security"),
    ("livenessProbe", "probes"),
    ("readinessProbe", "probes"),
    ("startupProbe", "probes"),
    ("affinity", "placement"),
    ("nodeSelector", "placement"),
    ("tolerations", "placement"),
    ("topologySpreadConstraints", "placement"),
    ("strategy", "strategy"),
    ("updateStrategy", "strategy"),
)
_BY_KIND = {
    "ConfigMap": "config",
    "PodDisruptionBudget": "ha",
    "HorizontalPodAutoscaler": "autoscale",
}
_CONTAINER_LISTS = ("containers", "initContainers")
_JSON_OPS = frozenset({"add", "replace", "remove", "test"})


def plan(ctx: Ctx, patch: Patch) -> PlanResult:
    """The pasted patch as one operation on the live object it names (see the module)."""
    kind, api_version = _TARGETS.get(patch.kind, ("", ""))
    if not kind:
        raise Clarify(f"I do not patch a {patch.kind} from a pasted command: say the change.")
    target = Target(kind=kind, name=patch.name, namespace=ctx.namespace, api_version=api_version)
    live = ctx.cluster.get(target)
    if live is None:
        raise Clarify(
            f"There is no {kind} {patch.name!r} in {ctx.namespace!r}, so the patch would "
            "change nothing. Which object did you mean?"
        )
    leaves = _json_leaves(patch.body, live) if patch.type == "json" else _leaves(patch.body, ())
    if patch.type != "json":
        _checked(patch, live, patch.body, ())
    said = "; ".join(f"{path} = {json.dumps(value)}" for path, value in leaves)
    template = any(
        p.startswith("spec.template") or p.startswith("/spec/template") for p, _ in leaves
    )
    analysis = f"The pasted patch of {target.describe()} ({patch.type}), as given: {said}."
    risks = []
    if template and kind != "ConfigMap":
        analysis += " The pod template changes, so the pods are replaced by a rolling update."
    if kind == "ConfigMap":
        risks.append(
            "pods that read these keys as environment see the new values only when they restart"
        )
    return PlanResult(
        category=_category(kind, leaves),
        operations=[
            PatchOp(
                target=target,
                patch_type=patch.type,  # strategic, merge or json: checked by kubectl._patch
                patch=patch.body,
                reason=f"requested: {ctx.request.intent}",
            )
        ],
        analysis=analysis,
        risks=risks,
        targets=[target],
        validation_plan=[
            f"{target.describe()} has the patched fields"
            + (" and rolls out" if template and kind != "ConfigMap" else "")
        ],
    )


def _category(kind: str, leaves: list[tuple[str, Any]]) -> str:
    for path, _ in leaves:
        words = rx(r"[./\[\]]").split(path)
        for field, category in _FIELDS:
            if field in words:
                return category
    return _BY_KIND.get(kind, "update")


def _leaves(body: Any, path: tuple[str, ...]) -> list[tuple[str, Any]]:
    """Each value a strategic or merge patch sets, by its dotted path ("spec.template.spec.
    containers[web].imagePullPolicy")."""
    if isinstance(body, dict) and body:
        out: list[tuple[str, Any]] = []
        for key, value in body.items():
            out += _leaves(value, (*path, str(key)))
        return out
    if isinstance(body, list) and body and all(isinstance(x, dict) and "name" in x for x in body):
        out = []
        for item in body:
            rest = {k: v for k, v in item.items() if k != "name"}
            out += _leaves(rest, (*path[:-1], f"{path[-1]}[{item['name']}]")) if rest else []
        return out
    return [(".".join(path), body)]


def _checked(patch: Patch, live: Any, body: Any, path: tuple[str, ...]) -> None:
    """Ask about what a strategic or merge patch would do beyond setting its fields (see the
    module docstring)."""
    if not isinstance(body, dict):
        return
    for key, value in body.items():
        where = ".".join((*path, key))
        if key.startswith("$"):
            raise Clarify(
                f"The pasted patch has the directive {key!r} at {where}: it replaces or deletes "
                "more than the fields given. Say the change in words."
            )
        if path == ("metadata",) and key in ("name", "namespace"):
            raise Clarify(f"The pasted patch changes {where} of {patch.name}: that is not planned.")
        live_value = live.get(key) if isinstance(live, dict) else None
        if isinstance(value, list) and any(isinstance(x, dict) for x in value):
            named = all(isinstance(x, dict) and "name" in x for x in value)
            if patch.type == "merge" and (named or key in _CONTAINER_LISTS):
                raise Clarify(
                    f"The pasted merge patch gives {where} as a list: a merge patch replaces the "
                    f"whole list with it, dropping every entry not given. Use --type strategic "
                    "(entries merge by name), or say the change in words."
                )
            if key in _CONTAINER_LISTS:
                _containers(patch, live_value or [], value, where)
        else:
            _checked(patch, live_value, value, (*path, key))


def _containers(patch: Patch, live: list[Any], given: list[Any], where: str) -> None:
    have = {c.get("name") for c in live if isinstance(c, dict)}
    for item in given:
        name = item.get("name") if isinstance(item, dict) else None
        if name not in have:
            raise Clarify(
                f"The pasted patch names container {name!r} in {where} of {patch.name}, which "
                f"has {', '.join(sorted(str(h) for h in have)) or 'none'}: the patch would add "
                "a container by that name. Which container did you mean?"
            )


def _json_leaves(ops: list[Any], live: Any) -> list[tuple[str, Any]]:
    """The path and value of each JSON patch operation, asking about what is not a field set."""
    out = []
    for op in ops:
        verb, path = op.get("op"), op.get("path")
        if verb not in _JSON_OPS or not isinstance(path, str) or not path.startswith("/"):
            raise Clarify(
                f"I read the JSON patch operation {json.dumps(op)}: I plan add, replace, remove "
                'and test with a path, e.g. {"op": "replace", "path": "/spec/replicas", '
                '"value": 3}.'
            )
        parts = path.split("/")[1:]
        if parts[:1] == ["metadata"] and parts[1:2] in (["name"], ["namespace"]):
            raise Clarify(f"The pasted patch changes {path} of the object: that is not planned.")
        if len(parts) >= 2 and parts[-2] in _CONTAINER_LISTS and verb in ("add", "remove"):
            raise Clarify(
                f"The pasted JSON patch would {verb} a whole container at {path}. Say the "
                "change in words."
            )
        out.append((path, op.get("value") if verb != "remove" else None))
    return out


# A command that deletes what it runs against (files, rows, keys, objects), in any case.
_DELETES = re.compile(
    r"(?<![\w-])(?:rm|rmdir|shred|delete|drop|truncate|flushall|flushdb|destroy|purge|wipe|"
    r"prune|kill)\b|(?<!\w)-delete\b",
    re.I,
)
# A dump tool as a CronJob's command: the job is a backup (its category).
_DUMPS = re.compile(r"(?:^|/)(?:pg_dump(?:all)?|mysqldump|mariadb-dump|mongodump|etcdctl)$")


def created(ctx: Ctx, manifest: dict[str, Any]) -> PlanResult:
    """The CronJob a pasted ``kubectl create cronjob`` makes, applied as kubectl would create
    it; one already there by that name is asked (kubectl would fail, the plan would replace)."""
    manifest = {**manifest, "metadata": {**manifest["metadata"], "namespace": ctx.namespace}}
    target = Target.of(manifest)
    if ctx.cluster.get(target) is not None:
        raise Clarify(
            f"{target.describe()} already exists, and `kubectl create` would fail. Change it "
            "(say what to change), or give the new CronJob another name."
        )
    spec = manifest["spec"]
    pod = spec["jobTemplate"]["spec"]["template"]["spec"]
    container = pod["containers"][0]
    command = container.get("command") or []
    if m := _DELETES.search(" ".join(command)):
        # "-- sh -c 'rm -rf /data'", "-- psql -c 'DROP TABLE …'": a delete on a schedule.
        said = " ".join(command)
        raise Clarify(
            f"The CronJob's command `{said}` deletes ({m.group(0).strip()!r}), "
            "every time it runs. A job that deletes on a schedule is not planned offline: "
            "create it yourself after a review, or say a job that only reads or copies."
        )
    runs = f"`{' '.join(command)}`" if command else "the image's own command"
    return PlanResult(
        category="backup" if command and _DUMPS.search(command[0]) else "cronjob",
        operations=[
            ApplyOp(target=target, manifest=manifest, reason=f"requested: {ctx.request.intent}")
        ],
        analysis=(
            f"Create {target.describe()} as the pasted command says: on cron "
            f"`{spec['schedule']}` it runs {runs} in image {container['image']} "
            f"(restartPolicy {pod['restartPolicy']})."
        ),
        risks=["nothing is mounted: whatever the job writes is lost when its pod ends"]
        if command
        else [],
        capabilities=["cronjob"],
        targets=[target],
        validation_plan=[f"{target.describe()} exists with schedule '{spec['schedule']}'"],
    )
