"""Environment beyond one ``KEY=value`` on one container: every container at once, ``envFrom`` a
ConfigMap, a ConfigMap mounted at a path, and a variable that comes from a ConfigMap changed
there, by the name the container knows it by.

- "set LOG_FORMAT=json on all containers of orders" patches each container;
- "load orders-config into worker's environment" adds ``envFrom`` (the list is replaced whole by
  a patch, so the existing entries are kept in it);
- "mount orders-config at /etc/orders in orders" adds a volume and a mount;
- "set ORDERS_QUEUE to priority on orders", where ORDERS_QUEUE is ``configMapKeyRef`` of key
  QUEUE in orders-config, patches that key; a key of a shared ConfigMap (other workloads read it
  too) is asked, never changed for all of them silently ("override …" sets the container's own
  value instead);
- "set LOG_LEVEL to debug for my-api", where my-api loads my-api-config whole (``envFrom``) and
  no other workload loads it, patches LOG_LEVEL in my-api-config: the ConfigMap is the
  variable's source, and a variable on the container would shadow it and drift from it
  (:func:`loaded_from`). Said as the container's own ("env var", "kubectl set env",
  "override", "for my-api only", "on the api container"), a key of a ConfigMap others load
  too (shared-config), or a key no ConfigMap gives it: set on the container, as before.

Example::

    mount configmap orders-config at /etc/orders on orders
    → volumes[orders-config] + containers[app].volumeMounts[/etc/orders]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dotop_nb.models import PatchOp, Target
from dotop_nb.planner.offline import asides, config, slots, template
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.planner.offline.removal import _references, _users
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.workloads import pick_container
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
ALL = (
    # "all containers", "each of the pod's containers", "every one of orders' containers".
    r"(?:\b(?:all|every|each|both)\s+(?:one\s+)?(?:of\s+(?:(?:its|the|their)\s+)?)?"
    r"(?:[a-z][\w\-]*(?:'s|s')\s+|pods?\s+)?containers?\b|"
    # "…, sidecar included", "including the sidecar", "the sidecar too": every container.
    r"\bsidecars?\s+(?:included|too|as well)\b|\bincluding\s+(?:the\s+|its\s+)?sidecars?\b)"
)
ENV_FROM = (
    r"\benv ?from\b|\binto (?:the |its )?(?:\S+ )?env(?:ironment)?\b|"
    # (Round 38, gap41b: never "add TIMEZONE=Europe/Malta as env on payments", "… as env var":
    # one variable said with its value, not a ConfigMap's keys loaded.)
    r"(?:^|(?<=\s))(?![^\s]*=)\S+\s+as env(?:ironment)?\b|^\s*as env(?:ironment)?\b|"
    # "payments should also load its settings from shared-config", "make worker take its env
    # vars from orders-config": asked for (never "my-api reads its config from …", a fact).
    r"\b(?:should|must|shall|has to|have to|needs? to|make \S+|let \S+|to|please)\s+(?:also\s+)?"
    r"(?:load|read|take|get|pull|source)\s+(?:all\s+)?(?:its |their |the |of its )?(?:own\s+)?"
    r"(?:settings|config(?:uration)?|env(?:ironment)?(?: var(?:iable)?s)?|variables|vars)\s+from\b"
)
# "mount … at /etc/x", "expose … to the pods as files under /config": a ConfigMap volume.
MOUNT = r"(?:\bmount\b|\bas (?:a |read-only )?(?:files?|volume)\b)"
CUE = re.compile(rf"{ALL}|{ENV_FROM}|{MOUNT}.*\b(?:at|under|in)\s+/", re.I)
# Containers that are proxies beside the application, never the one a mount is meant for.
SIDECARS = frozenset({"envoy", "istio-proxy", "linkerd-proxy", "cloud-sql-proxy", "oauth2-proxy"})


def _plan(
    ctx: Ctx, target: Target, per: list[Json], summary: str, extra: Json | None = None
) -> PlanResult:
    spec: Json = {"containers": per, **(extra or {})}
    return template.plan(
        ctx,
        target,
        "config",
        spec,
        analysis=f"{target.describe()}: {summary}.",
        verified="the change",
    )


def _configmap(ctx: Ctx) -> tuple[Target, Json]:
    found = ctx.configmaps()
    if len(found) != 1:
        named = ", ".join(t.name for t, _ in found) or "none"
        raise Clarify(
            f"Which ConfigMap? I found {named} among the words of the request in "
            f"{ctx.namespace!r}: name exactly one."
        )
    return found[0]


def _workload(ctx: Ctx, configmap: str) -> tuple[Target, Json]:
    """The workload named beside the ConfigMap (whose name may contain the workload's)."""
    text = rx(rf"\b{re.escape(configmap)}\b").sub(" ", ctx.raw)
    found = ctx.workloads(text)
    if len(found) != 1:
        raise Clarify(
            "Which workload should use it? Name one Deployment or StatefulSet, e.g. "
            f"'… {configmap} into worker'."
        )
    return found[0]


def _app_container(ctx: Ctx, target: Target, obj: Json) -> Json:
    """The container a mount or envFrom is for: the one named, else the only one that is not a known
    sidecar (a proxy beside the application reads no application config)."""
    apps = [c for c in containers(obj) if c["name"] not in SIDECARS]
    named = [c for c in containers(obj) if rx(rf"\b{re.escape(c['name'])}\b").search(ctx.text)]
    if len(apps) == 1 and not [c for c in named if c["name"] != target.name]:
        return apps[0]
    return pick_container(ctx, target, obj)


def envs(ctx: Ctx) -> PlanResult:
    """envFrom, a mount, or an env change on every container (see module docstring)."""
    text = ctx.text
    if rx(MOUNT).search(text):
        cm, _ = _configmap(ctx)
        target, obj = _workload(ctx, cm.name)
        where = slots.path(ctx.raw)
        if where is None or where == "/":
            raise Clarify(f"At which path should {cm.describe()} be mounted (e.g. /etc/app)?")
        chosen = containers(obj) if rx(ALL).search(text) else [_app_container(ctx, target, obj)]
        for container in chosen:
            mounts = container.get("volumeMounts") or []
            if mounted := [m for m in mounts if m.get("mountPath") == where]:
                raise Clarify(
                    f"Container {container['name']} already mounts {mounted[0].get('name')!r} "
                    f"at {where}: which path then?"
                )
        volume = f"{cm.name}"[:63]
        names = ", ".join(f"`{c['name']}`" for c in chosen)
        return _plan(
            ctx,
            target,
            [
                {
                    "name": c["name"],
                    "volumeMounts": [{"name": volume, "mountPath": where, "readOnly": True}],
                }
                for c in chosen
            ],
            f"mount {cm.describe()} read-only at {where} in container {names} (each key a file)",
            {"volumes": [{"name": volume, "configMap": {"name": cm.name}}]},
        )
    if rx(ENV_FROM).search(text):
        cm, _ = _configmap(ctx)
        target, obj = _workload(ctx, cm.name)
        # Like a mount: the application's settings, never its proxy's.
        container = _app_container(ctx, target, obj)
        current = list(container.get("envFrom") or [])
        if any((s.get("configMapRef") or {}).get("name") == cm.name for s in current):
            raise Clarify(f"Container {container['name']} already loads {cm.describe()}.")
        # envFrom has no merge key: a patch replaces the list, so it carries the old entries.
        return _plan(
            ctx,
            target,
            [
                {
                    "name": container["name"],
                    "envFrom": [*current, {"configMapRef": {"name": cm.name}}],
                }
            ],
            f"container `{container['name']}` loads every key of {cm.describe()} as "
            "environment variables (envFrom)",
        )
    target, obj = ctx.workload()
    per = []
    summaries = []
    for container in containers(obj):
        env, summary, _ = config.env_change(ctx, target, container)
        per.append({"name": container["name"], "env": env})
        summaries.append(container["name"])
    return _plan(ctx, target, per, f"{summary} on every container ({', '.join(summaries)})")


# The variable is to hold its own value, no longer the ConfigMap's: "as the literal value
# orders-v2", "hardcode it", "inline it", "instead of (reading it) from the configmap", "not from
# orders-config any more". The reference is dropped and the value set on the container.
OWN_VALUE = re.compile(
    r"\b(?:literal(?:ly)?|plain|hard-?cod(?:e|ed|ing)|inline[ds]?|in-?line)\b(?!\s+(?:in|into)\s+"
    r"(?:the\s+)?config)|\b(?:instead\s+of|rather\s+than|not|no\s+longer|never)\b[^.;]{0,40}?"
    r"\bfrom\s+(?:the\s+|its\s+)?(?:config\s?maps?|config|[a-z0-9][\w\-]*-config)\b"
)


# Rule (round 19): the variable is said as the container's own — its environment, not the
# setting it reads: "the env var LOG_LEVEL", "environment variable", "in my-api's env",
# "kubectl set env" / "oc set env", "override", "on the api container", "in the pod spec",
# "in the deployment manifest", "the task definition". (Read with the keys' names blanked:
# "ENVIRONMENT=staging" is a key, not these words.)
ON_CONTAINER = re.compile(
    r"\benv(?:ironment)?\b|\benv(?:ironment)?[\s_-]*var(?:iable)?s?\b|\boverrid\w*|\bshadow\w*|"
    r"\bcontainers?\b|\b(?:pod|deployment|container|template)(?:'s)?\s+(?:spec|manifest|yaml)\b|"
    r"\btask\s+def(?:inition)?s?\b|\.spec\b",
    re.I,
)


@lru_cache(maxsize=512)
def _alone(name: str) -> re.Pattern[str]:
    """The words that put a change on workload ``name`` alone: "for my-api only", "only on
    my-api", "just my-api", "my-api alone"."""
    named = re.escape(name)
    return rx(
        rf"\b(?:only|just|solely)\s+(?:(?:on|for|in|to|of)\s+)?(?:the\s+)?{named}\b|"
        rf"\b{named}(?:'s)?\s+(?:only|alone)\b|"
        rf"\b(?:on|for|in|to)\s+(?:the\s+)?{named}\b[^,;.]{{0,12}}\b(?:only|alone)\b",
        re.I,
    )


def on_container(ctx: Ctx, target: Target) -> bool:
    """Whether the request puts the variable on ``target``'s container itself (the rule
    above, or "for <workload> only")."""
    unnamed = t.ENV_NAME.sub(" ", ctx.raw)
    return bool(ON_CONTAINER.search(unnamed) or _alone(target.name).search(unnamed))


def _provided(ctx: Ctx, container: Json, name: str) -> list[tuple[str, str, str]]:
    """Every ``envFrom`` source of ``container`` that gives it (or may give it) variable
    ``name``, in order, as (kind, object, key) — the key with the source's prefix taken off. A
    source that cannot be read may hold it: it is counted, as kind "unread"."""
    found = []
    for source in container.get("envFrom") or []:
        prefix = str(source.get("prefix") or "")
        if not name.startswith(prefix):
            continue
        key = name[len(prefix) :]
        for kind, ref in (("ConfigMap", "configMapRef"), ("Secret", "secretRef")):
            if ref not in source:
                continue
            held = ctx.get(kind, str(source[ref].get("name", "")))
            if held is None:
                found.append(("unread", str(source[ref].get("name", "")), key))
            elif key in (held.get("data") or {}):
                found.append((kind, str(source[ref].get("name", "")), key))
    return found


def loaded_from(
    ctx: Ctx, target: Target, container: Json, names: list[str]
) -> dict[str, tuple[str, str]]:
    """Rule (round 19): where variables said for a workload come from, when their change belongs
    there — variable → (ConfigMap, key). Each variable is the container's through ``envFrom`` of
    exactly one source, the same ConfigMap for all, that no other workload loads and that is not
    said only in a remark, and the request does not put the variable on the container
    (:func:`on_container`). Otherwise {}:
    the container's own variable is set, as before (a variable it sets itself, a new one, a key
    of a ConfigMap others read too, a key two sources give)."""
    if not names or on_container(ctx, target):
        return {}
    own = {e.get("name") for e in container.get("env") or []}
    sources: dict[str, tuple[str, str]] = {}
    for name in names:
        given = _provided(ctx, container, name)
        if name in own or len(given) != 1 or given[0][0] != "ConfigMap":
            return {}
        sources[name] = (given[0][1], given[0][2])
    cm_names = {cm for cm, _ in sources.values()}
    if len(cm_names) != 1 or cm_names & asides.remarked(ctx.said_all(), ctx.object_names()):
        return {}  # "…, my-api-config has been fine": the ConfigMap said as context, left alone
    others = [u for u in _users(ctx, "ConfigMap", next(iter(cm_names))) if u != target]
    return {} if others else sources


def known_by(
    ctx: Ctx, target: Target, obj: Json, container: Json, pairs: dict[str, str]
) -> PlanResult | None:
    """A plan that changes the ConfigMap keys behind ``pairs``, when every variable said comes
    from a ConfigMap; None when they are the container's own values (the env patch applies)."""
    if rx(r"\boverride\b|\bonly\s*$").search(ctx.text) or OWN_VALUE.search(ctx.text):
        return None  # "override X=… on my-api only": the container's own value wins
    env = {e["name"]: e for e in container.get("env") or []}
    sources: dict[str, tuple[str, str]] = {}  # variable → (ConfigMap, key)
    for name in pairs:
        value_from = (env.get(name) or {}).get("valueFrom") or {}
        if "configMapKeyRef" in value_from:
            ref = value_from["configMapKeyRef"]
            sources[name] = (ref.get("name", ""), ref.get("key", name))
        elif value_from:
            raise Clarify(
                f"{name} comes from a Secret or field reference on {target.describe()}; "
                "change it there instead?"
            )
    if not sources:
        # "set LOG_LEVEL to debug for my-api": a key of the ConfigMap it loads whole, its own.
        loaded = loaded_from(ctx, target, container, list(pairs))
        return _source_patch(ctx, target, pairs, loaded, "envFrom") if loaded else None
    if len(sources) != len(pairs) or len({cm for cm, _ in sources.values()}) > 1:
        raise Clarify(
            f"{', '.join(sources)} come(s) from ConfigMaps, the rest are the container's own: "
            "change them in separate requests."
        )
    cm_name = next(iter(sources.values()))[0]
    users = [
        w["metadata"]["name"]
        for kind in ("Deployment", "StatefulSet", "DaemonSet")
        for w in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        if ("ConfigMap", cm_name) in _references(w)
        and not (w["kind"] == target.kind and w["metadata"]["name"] == target.name)
    ]
    if users and not rx(r"\b(?:for all|everywhere|shared|in the configmap)\b").search(ctx.text):
        first = next(iter(pairs))
        raise Clarify(
            f"{first} of {target.describe()} comes from ConfigMap {cm_name}, which "
            f"{', '.join(users)} also read(s). Change it in the ConfigMap for all of them "
            f"('set {first}={pairs[first]} in configmap {cm_name}'), or override it on "
            f"{target.name} only ('override {first}={pairs[first]} on {target.name} only')?"
        )
    return _source_patch(ctx, target, pairs, sources, "configMapKeyRef")


def _source_patch(
    ctx: Ctx, target: Target, pairs: dict[str, str], sources: dict[str, tuple[str, str]], how: str
) -> PlanResult:
    """The patch of the ConfigMap keys behind ``pairs`` (variable → (ConfigMap, key), one
    ConfigMap), saying why the ConfigMap is changed rather than the workload; the readers are
    restarted only when the request asks them to pick the change up."""
    cm_name = next(iter(sources.values()))[0]
    data = (ctx.get("ConfigMap", cm_name) or {}).get("data") or {}
    cm_target = Target(kind="ConfigMap", name=cm_name, namespace=ctx.namespace)
    changes = [
        f"`{key}`"
        + (f" (known to {target.name} as {name})" if key != name else "")
        + f" {data.get(key)!r} → {pairs[name]!r}"
        for name, (_, key) in sources.items()
    ]
    first = next(iter(pairs))
    others = [u.name for u in _users(ctx, "ConfigMap", cm_name) if u != target]
    readers = (
        f"which {', '.join(others)} read(s) too (changed for all of them)"
        if others
        else "the only workload that reads it"
    )
    restarts = config.pick_up(ctx, cm_target)
    later = (
        f"; then restart {', '.join(r.target.name for r in restarts)} to pick it up"
        if restarts
        else ""
    )
    return PlanResult(
        category="config",
        operations=[
            PatchOp(
                target=cm_target,
                patch_type="merge",
                patch={"data": {key: pairs[name] for name, (_, key) in sources.items()}},
                reason=f"requested: {ctx.request.intent}",
            ),
            *restarts,
        ],
        analysis=(
            f"{target.describe()} reads {', '.join(sources)} from {cm_target.describe()} "
            f"({how}), {readers}: change {'; '.join(changes)} there, at the source (a variable "
            f"set on the container would shadow it and drift from it; say 'override "
            f"{first}={pairs[first]} on {target.name}' for that){later}."
        ),
        risks=[]
        if restarts
        else [f"pods read ConfigMaps when they start: restart {target.name} to pick up the change"],
        targets=[target, cm_target, *(r.target for r in restarts if r.target != target)],
        validation_plan=[f"{cm_target.describe()} holds the new data"],
    )
