"""Deterministic checks that executed operations took effect.

Each executed operation yields checks (rollout complete with the new template, autoscaler target
resolved, PDB observed, deleted object gone, …) that are polled with a bounded interval until all
pass or the timeout ends. Every check first compares the fields the operations set with the
values they requested (``spec.replicas`` is the requested count, the container runs the
requested image, …): a rollout that finished with someone else's values is not a success.
Values the record hides (a Secret's keys, a copied Secret value) are never compared with their
redaction markers: the gateway keeps, in memory, digests of the raw values its dry-run produced,
and validation compares the live values' digests with them (without it — a resume in another
process of a write already applied — such a field is only required to exist, or to be gone).
After a rollback, each restored object must match its prior state, exist and not be terminating.
An empty list of checks never passes: nothing checked is nothing verified. A pod of the new
template stuck in ``ImagePullBackOff`` or ``CrashLoopBackOff`` fails validation at once instead of
waiting for the timeout: that state is the change's fault and waiting does not fix it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from dotop_nb import diffing
from dotop_nb.cluster import rollout
from dotop_nb.cluster.gateway import Gateway, is_redacted_value, value_digest
from dotop_nb.errors import ClusterError
from dotop_nb.models import (
    Check,
    DeleteOp,
    DryRunResult,
    Operation,
    ScaleOp,
    Target,
    ValidationReport,
)
from dotop_nb.ports import LiveCheck, RunControl

Json = dict[str, Any]

BROKEN_REASONS = frozenset(
    {
        "ImagePullBackOff",
        "ErrImagePull",
        "CrashLoopBackOff",
        "CreateContainerConfigError",
        "CreateContainerError",
        "InvalidImageName",
        "RunContainerError",
    }
)
WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet")


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str
    fatal: bool = False
    progress: str = ""  # a rollout's "3/5 updated, 2 available" (live display only)


Probe = Callable[[], Outcome]
Requested = dict[str, dict[str, Any]]  # target key → {diffing path: requested value}

# Fields a restored object must match its prior state on (besides spec, data, …).
_META_NOISE = frozenset({"deployment.kubernetes.io/revision"})


class _Hidden:
    """A requested field whose value the record hides (a Secret key, a copied Secret value):
    what the record can still require is that it exists, or that it is gone."""

    def __init__(self, present: bool) -> None:
        self.present = present

    def __repr__(self) -> str:
        return "present (value hidden)" if self.present else "removed"


PRESENT: Any = _Hidden(True)
REMOVED: Any = _Hidden(False)


def requested_fields(
    operations: Sequence[Operation], dry_runs: Sequence[DryRunResult]
) -> Requested:
    """What each object must hold after the operations, as far as the record can say: the
    values their dry-runs showed them setting (later operations on an object override earlier
    ones). Created objects are checked for presence only. A value the record hides (a Secret
    key, a copied Secret value: ``<redacted: added>`` is a marker, not the value) is required
    only to exist (:data:`PRESENT`), or to be gone (:data:`REMOVED`); the values themselves
    are compared by :class:`Validator` with digests the gateway kept of its raw dry-run."""
    wanted: Requested = {}
    for index, op in enumerate(operations):
        fields = wanted.setdefault(op.target.key, {})
        if isinstance(op, DeleteOp):
            fields.clear()
            continue
        if isinstance(op, ScaleOp):
            fields["spec.replicas"] = op.replicas
            continue
        dry = dry_runs[index] if index < len(dry_runs) else None
        if dry is None or dry.action != "update":
            continue
        for change in dry.diff:
            if not (is_redacted_value(change.after) or is_redacted_value(change.before)):
                fields[change.path] = change.after
            else:
                fields[change.path] = REMOVED if change.after is None else PRESENT
    return wanted


def _subset(want: Any, have: Any) -> bool:
    """``have`` holds ``want`` (dict keys the server added, e.g. defaults, do not matter)."""
    if isinstance(want, _Hidden):
        return (have is not None) == want.present
    if isinstance(want, dict) and isinstance(have, dict):
        return all(_subset(v, have.get(k)) for k, v in want.items())
    if isinstance(want, list) and isinstance(have, list):
        return len(want) == len(have) and all(
            _subset(w, h) for w, h in zip(want, have, strict=True)
        )
    return bool(want == have)


def mismatches(obj: Json, fields: dict[str, Any]) -> list[str]:
    """The fields of ``obj`` that do not hold their requested value (paths and short values)."""
    out = []
    for path, want in fields.items():
        have = diffing.lookup(obj, path)
        have = None if have is diffing.MISSING else have
        if isinstance(want, _Hidden) and not _subset(want, have):
            # Never the value: it is a Secret's (or a copy of one).
            found = "missing" if have is None else "present (value hidden)"
            out.append(f"{path} is {found}, not {want!r} as requested")
        elif not _subset(want, have):
            out.append(f"{path} is {_short(have)}, not the requested {_short(want)}")
    return out


def hidden_mismatches(
    obj: Json, digests: dict[str, str | None], *, covered: Collection[str] = ()
) -> list[str]:
    """The hidden fields of ``obj`` (see :meth:`Gateway.hidden_requested`) whose value is not
    the one requested: compared by digest, and said without any value. For ``covered`` paths
    (their presence already checked by :func:`mismatches`) only a different value is reported."""
    out = []
    for path, want in digests.items():
        have = value_digest(diffing.lookup(obj, path))
        if have == want or (path in covered and (have is None or want is None)):
            continue
        if want is None:
            out.append(f"{path} is present (value hidden), not removed as requested")
        elif have is None:
            out.append(f"{path} is missing, not the requested value (hidden)")
        else:
            out.append(f"{path} holds another value than the requested one (hidden)")
    return out


def _short(value: Any, width: int = 60) -> str:
    text = "∅" if value is None else repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def differs_from_prior(obj: Json, prior: Json) -> list[str]:
    """Paths where ``obj`` differs from ``prior`` on what a restore puts back (no values: the
    object may be a Secret)."""

    def essential(o: Json) -> Json:
        meta = o.get("metadata") or {}
        annotations = {
            k: v for k, v in (meta.get("annotations") or {}).items() if k not in _META_NOISE
        }
        body = {k: v for k, v in o.items() if k not in ("metadata", "status", "apiVersion")}
        body["labels"] = meta.get("labels") or {}
        body["annotations"] = annotations
        return body

    return [c.path for c in diffing.diff(essential(prior), essential(obj), limit=5)]


def _selector(obj: Json) -> str:
    labels = ((obj.get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
    return ",".join(f"{k}={v}" for k, v in sorted(labels.items()))


def _broken_pods(pods: list[Json]) -> list[str]:
    found = []
    for pod in pods:
        if pod["metadata"].get("deletionTimestamp"):
            continue
        statuses = (pod.get("status") or {}).get("containerStatuses") or []
        for cs in statuses:
            waiting = (cs.get("state") or {}).get("waiting") or {}
            if waiting.get("reason") in BROKEN_REASONS:
                found.append(
                    f"pod {pod['metadata']['name']}: container {cs.get('name')} is in "
                    f"{waiting['reason']}"
                    + (f": {waiting['message']}" if waiting.get("message") else "")
                )
    return found


class Validator:
    """Builds and polls the checks for a list of executed operations."""

    def __init__(
        self,
        gateway: Gateway,
        *,
        timeout: float,
        interval: float = 1.0,
        requested: Requested | None = None,
        control: RunControl | None = None,
    ) -> None:
        self.gateway = gateway
        self.timeout = timeout
        # A surface's live feed and Cancel: each poll is reported, and a cancel ends the wait.
        self.control = control
        self.interval = interval
        self.requested: Requested = requested or {}
        # target key → hidden path → digest of the requested raw value (see checks_for).
        self.hidden: dict[str, dict[str, str | None]] = {}

    # --------------------------------------------------------------------------- probes
    def _requested(self, target: Target, obj: Json) -> Outcome | None:
        """A fatal outcome when ``obj`` does not hold what the operations requested: another
        writer changed it (waiting will not bring the requested values back)."""
        if obj.get("metadata", {}).get("deletionTimestamp"):
            return Outcome(False, f"{target.describe()} is being deleted", fatal=True)
        fields = self.requested.get(target.key, {})
        wrong = mismatches(obj, fields)
        wrong += hidden_mismatches(obj, self.hidden.get(target.key, {}), covered=fields)
        if wrong:
            return Outcome(
                False,
                f"{target.describe()}: " + "; ".join(wrong[:3]) + " (changed by another writer?)",
                fatal=True,
            )
        return None

    def _workload(self, target: Target) -> Probe:
        def probe() -> Outcome:
            obj = self.gateway.get_raw(target)
            if obj is None:
                return Outcome(False, f"{target.describe()} does not exist", fatal=True)
            wrong = self._requested(target, obj)
            if wrong is not None:
                return wrong
            state = rollout.of(obj)
            assert state is not None
            observed = (obj.get("status") or {}).get("observedGeneration", 0)
            if observed < obj["metadata"].get("generation", 0):
                # Until the controller has seen the new spec, "the newest pods" are the previous
                # template's (after a rollback: the broken ones being replaced).
                return Outcome(False, state.message, progress=rollout.progress(obj))
            broken = _broken_pods(self._new_pods(obj))
            if broken:
                return Outcome(False, "; ".join(broken[:3]), fatal=True)
            if state.failed:
                return Outcome(False, state.message, fatal=True)
            return Outcome(state.done, state.message, progress=rollout.progress(obj))

        return probe

    def _new_pods(self, obj: Json) -> list[Json]:
        """Pods running the workload's newest template."""
        namespace = obj["metadata"].get("namespace")
        selector = _selector(obj)
        client = self.gateway.client
        if obj["kind"] == "Deployment":
            revision = (
                obj["metadata"].get("annotations", {}).get("deployment.kubernetes.io/revision")
            )
            for rs in client.list("apps/v1", "ReplicaSet", namespace, label_selector=selector):
                annotations = rs["metadata"].get("annotations") or {}
                if annotations.get("deployment.kubernetes.io/revision") == revision:
                    pod_hash = rs["metadata"].get("labels", {}).get("pod-template-hash", "")
                    return client.list(
                        "v1",
                        "Pod",
                        namespace,
                        label_selector=f"{selector},pod-template-hash={pod_hash}",
                    )
            return []
        update = (obj.get("status") or {}).get("updateRevision")
        extra = f",controller-revision-hash={update}" if update else ""
        return client.list("v1", "Pod", namespace, label_selector=selector + extra)

    def _exists(self, target: Target) -> Probe:
        def probe() -> Outcome:
            obj = self.gateway.get_raw(target)
            if obj is None:
                return Outcome(False, f"{target.describe()} was not found")
            wrong = self._requested(target, obj)
            if wrong is not None:
                return wrong
            meta, status = obj["metadata"], obj.get("status") or {}
            if "observedGeneration" in status and status["observedGeneration"] < meta.get(
                "generation", 0
            ):
                return Outcome(False, f"{target.describe()} not yet observed by its controller")
            return Outcome(True, f"{target.describe()} is present")

        return probe

    def _autoscaler(self, target: Target) -> Probe:
        def probe() -> Outcome:
            obj = self.gateway.get_raw(target)
            if obj is None:
                return Outcome(False, f"{target.describe()} was not found")
            ref = (obj.get("spec") or {}).get("scaleTargetRef") or {}
            kind = ref.get("kind", "Deployment")
            api_version = ref.get("apiVersion", "apps/v1")
            scaled = Target(
                kind=kind,
                name=ref.get("name", ""),
                namespace=target.namespace,
                api_version=api_version,
            )
            if self.gateway.get_raw(scaled) is None:
                return Outcome(
                    False,
                    f"{target.describe()} targets {scaled.describe()}, which does not exist",
                    fatal=True,
                )
            for cond in (obj.get("status") or {}).get("conditions") or []:
                if cond.get("type") == "AbleToScale" and cond.get("status") == "False":
                    return Outcome(False, f"{target.describe()}: {cond.get('message', '')}")
            return Outcome(True, f"{target.describe()} targets {scaled.describe()}")

        return probe

    def _pdb(self, target: Target) -> Probe:
        def probe() -> Outcome:
            obj = self.gateway.get_raw(target)
            if obj is None:
                return Outcome(False, f"{target.describe()} was not found")
            status = obj.get("status") or {}
            if status.get("observedGeneration", 0) < obj["metadata"].get("generation", 1):
                return Outcome(False, f"{target.describe()} not yet observed")
            expected = int(status.get("expectedPods", 0))
            if expected == 0:
                return Outcome(False, f"{target.describe()} selects no pods yet")
            return Outcome(
                True,
                f"{target.describe()}: {status.get('currentHealthy', 0)}/{expected} healthy, "
                f"{status.get('disruptionsAllowed', 0)} disruptions allowed",
            )

        return probe

    def _gone(self, target: Target) -> Probe:
        def probe() -> Outcome:
            if self.gateway.get_raw(target) is None:
                return Outcome(True, f"{target.describe()} is gone")
            return Outcome(False, f"{target.describe()} is still being deleted")

        return probe

    def _restored(self, target: Target, prior: Json) -> Probe:
        workload = self._workload(target) if target.kind in WORKLOADS else None

        def probe() -> Outcome:
            obj = self.gateway.get_raw(target)
            if obj is None:
                return Outcome(False, f"{target.describe()} does not exist")
            if obj["metadata"].get("deletionTimestamp"):
                return Outcome(False, f"{target.describe()} is terminating (deletionTimestamp)")
            paths = differs_from_prior(obj, prior)
            if paths:
                return Outcome(
                    False, f"{target.describe()} differs from its prior state at {', '.join(paths)}"
                )
            if workload is not None:
                return workload()
            return Outcome(True, f"{target.describe()} matches its prior state")

        return probe

    def validate_restored(self, items: Sequence[tuple[Target, Json | None]]) -> ValidationReport:
        """After a rollback: each object is back as ``prior`` (exists, not terminating, same
        spec/data/labels/annotations, rolled out), or gone when ``prior`` is None."""
        checks: list[tuple[str, Probe]] = []
        for target, prior in items:
            if prior is None:
                checks.append((f"{target.describe()} deleted", self._gone(target)))
            else:
                checks.append((f"{target.describe()} restored", self._restored(target, prior)))
        return self.poll(checks)

    def checks_for(self, operations: Sequence[Operation]) -> list[tuple[str, Probe]]:
        """One named probe per affected object (an object touched twice is checked once)."""
        expected: dict[str, tuple[Target, bool]] = {}
        self.hidden = {}
        for op in operations:
            expected[op.target.key] = (op.target, isinstance(op, DeleteOp))
            hidden = self.hidden.setdefault(op.target.key, {})
            if isinstance(op, DeleteOp):
                hidden.clear()
            else:
                hidden.update(self.gateway.hidden_requested(op) or {})
        return self.checks_for_targets(list(expected.values()))

    def checks_for_targets(self, items: Sequence[tuple[Target, bool]]) -> list[tuple[str, Probe]]:
        """Probes for ``(target, should_be_gone)`` pairs."""
        probes: list[tuple[str, Probe]] = []
        for target, gone in items:
            if gone:
                probes.append((f"{target.describe()} deleted", self._gone(target)))
            elif target.kind in WORKLOADS:
                probes.append((f"{target.describe()} rolled out", self._workload(target)))
            elif target.kind in ("HorizontalPodAutoscaler", "ScaledObject"):
                probes.append((f"{target.describe()} active", self._autoscaler(target)))
            elif target.kind == "PodDisruptionBudget":
                probes.append((f"{target.describe()} observed", self._pdb(target)))
            else:
                probes.append((f"{target.describe()} present", self._exists(target)))
        return probes

    # --------------------------------------------------------------------------- polling
    def validate(self, operations: Sequence[Operation]) -> ValidationReport:
        """Poll the checks of ``operations`` until all pass, one is fatal, or time runs out."""
        return self.poll(self.checks_for(operations))

    def validate_targets(self, items: Sequence[tuple[Target, bool]]) -> ValidationReport:
        """Like :meth:`validate` for ``(target, should_be_gone)`` pairs (used after rollback)."""
        return self.poll(self.checks_for_targets(items))

    def poll(self, checks: list[tuple[str, Probe]]) -> ValidationReport:
        started = time.monotonic()
        deadline = started + self.timeout
        attempts = 0
        results: list[Check] = []
        if not checks:
            return ValidationReport(
                ok=False,
                checks=[Check(name="checks", ok=False, message="nothing to check: not verified")],
            )
        # Start polling fast (most changes settle in well under a second on a healthy cluster),
        # then back off to ``interval`` so a slow rollout does not flood the apiserver.
        delay = 0.05
        control = self.control
        while True:
            attempts += 1
            results = []
            live: list[LiveCheck] = []
            fatal = False
            for name, probe in checks:
                try:
                    outcome = probe()
                except ClusterError as err:
                    outcome = Outcome(False, f"could not read the cluster: {err.message}")
                # Pod messages are the cluster's text: scrubbed of Secret values like any output.
                message = self.gateway.secrets.scrub_text(outcome.message)
                results.append(Check(name=name, ok=outcome.ok, message=message))
                live.append(LiveCheck(results[-1], outcome.progress))
                fatal = fatal or outcome.fatal
            all_ok = all(c.ok for c in results)
            if control is not None:
                control.report(live)
            if control is not None and control.cancelled and not all_ok and not fatal:
                # A person stopped the wait: what stood then is the report; the executor rolls
                # back (the record says who cancelled).
                return ValidationReport(
                    ok=False,
                    checks=[
                        c
                        if c.ok
                        else Check(
                            name=c.name,
                            ok=False,
                            message=f"{c.message} (cancelled by {control.by} after "
                            f"{time.monotonic() - started:.0f}s)",
                        )
                        for c in results
                    ],
                    attempts=attempts,
                    seconds=round(time.monotonic() - started, 3),
                )
            if all_ok or fatal or time.monotonic() >= deadline:
                if not all_ok and not fatal:
                    results = [
                        c
                        if c.ok
                        else Check(
                            name=c.name,
                            ok=False,
                            message=f"{c.message} (timed out after {self.timeout:.0f}s)",
                        )
                        for c in results
                    ]
                return ValidationReport(
                    ok=all_ok,
                    checks=results,
                    attempts=attempts,
                    seconds=round(time.monotonic() - started, 3),
                )
            pause = min(delay, max(0.0, deadline - time.monotonic()))
            if control is not None:
                control.wait(pause)
            else:
                time.sleep(pause)
            delay = min(delay * 1.6, self.interval)
