"""Core domain types: targets, typed operations, proposals and sessions.

Pydantic v2 models with a JSON round trip. Every persisted document carries ``v`` (the schema
version). Operations are a union discriminated on ``kind``; each renders its one-line summary and
its equivalent ``kubectl`` command. The command is for display and copy-paste only: dotop-nb never
runs anything through a shell.

Example::

    op = ScaleOp(target=Target(kind="Deployment", name="my-api", namespace="shop"), replicas=5)
    op.summary()   # 'scale deployment/my-api in shop to 5 replicas'
    op.kubectl()   # 'kubectl scale deployment/my-api --replicas=5 -n shop'
"""

from __future__ import annotations

import hashlib
import json
import re
import shlex
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from dotop_nb import lifecycle
from dotop_nb.intents import StructuredIntent
from dotop_nb.signing import canonical

SCHEMA_VERSION = 1
Json = dict[str, Any]

# All patterns are used with fullmatch: `$` would also accept a trailing newline.
_LABEL = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?"
# Kubernetes object names (RFC 1123 subdomain, at most 253 characters).
_NAME = re.compile(rf"{_LABEL}(\.{_LABEL})*")
_NAMESPACE = re.compile(_LABEL)
# Kinds are CamelCase identifiers; apiVersions are [group/]version.
_KIND = re.compile(r"[A-Z][A-Za-z0-9]{0,62}")
_API_VERSION = re.compile(rf"({_LABEL}(\.{_LABEL})*/)?v[0-9]+((alpha|beta)[0-9]+)?")
# An image reference: [registry[:port]/]path[:tag][@digest], no whitespace or shell characters.
_IMAGE = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9._\-/:]{0,254}(@sha256:[a-f0-9]{64})?")

WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet")
_DEFAULT_API_VERSION = {
    "Deployment": "apps/v1",
    "StatefulSet": "apps/v1",
    "DaemonSet": "apps/v1",
    "ReplicaSet": "apps/v1",
    "Service": "v1",
    "ConfigMap": "v1",
    "Secret": "v1",
    "Pod": "v1",
    "ServiceAccount": "v1",
    "PersistentVolumeClaim": "v1",
    "Namespace": "v1",
    "HorizontalPodAutoscaler": "autoscaling/v2",
    "PodDisruptionBudget": "policy/v1",
    "NetworkPolicy": "networking.k8s.io/v1",
    "Ingress": "networking.k8s.io/v1",
    "CronJob": "batch/v1",
    "Job": "batch/v1",
    "ScaledObject": "keda.sh/v1alpha1",
    "ServiceMonitor": "monitoring.coreos.com/v1",
    "PodMonitor": "monitoring.coreos.com/v1",
    "Schedule": "velero.io/v1",
    "Backup": "velero.io/v1",
    "Restore": "velero.io/v1",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Target(_Model):
    """One Kubernetes object an operation acts on."""

    kind: str
    name: str
    namespace: str | None = None
    api_version: str = ""

    @field_validator("name")
    @classmethod
    def _valid_name(cls, value: str) -> str:
        if len(value) > 253 or not _NAME.fullmatch(value):
            raise ValueError(f"{value!r} is not a valid Kubernetes object name")
        return value

    @field_validator("namespace")
    @classmethod
    def _valid_namespace(cls, value: str | None) -> str | None:
        if value is not None and (len(value) > 63 or not _NAMESPACE.fullmatch(value)):
            raise ValueError(f"{value!r} is not a valid namespace name")
        return value

    @field_validator("kind")
    @classmethod
    def _valid_kind(cls, value: str) -> str:
        if not _KIND.fullmatch(value):
            raise ValueError(f"{value!r} is not a Kubernetes kind (CamelCase, like Deployment)")
        return value

    @field_validator("api_version")
    @classmethod
    def _valid_api_version(cls, value: str) -> str:
        if value and not _API_VERSION.fullmatch(value):
            raise ValueError(f"{value!r} is not an apiVersion (like apps/v1)")
        return value

    @model_validator(mode="after")
    def _default_api_version(self) -> Target:
        if not self.api_version:
            default = _DEFAULT_API_VERSION.get(self.kind)
            if default is None:
                raise ValueError(f"api_version is required for kind {self.kind!r}")
            object.__setattr__(self, "api_version", default)
        return self

    @property
    def key(self) -> str:
        """Stable identity: ``apiVersion/Kind/namespace/name``."""
        return f"{self.api_version}/{self.kind}/{self.namespace or ''}/{self.name}"

    @property
    def ref(self) -> str:
        """kubectl-style reference, e.g. ``deployment/my-api``."""
        return f"{self.kind.lower()}/{self.name}"

    def describe(self) -> str:
        where = f" in {self.namespace}" if self.namespace else ""
        return f"{self.ref}{where}"

    def ns_flag(self) -> str:
        return f" -n {shlex.quote(self.namespace)}" if self.namespace else ""

    @classmethod
    def of(cls, obj: Json) -> Target:
        meta = obj.get("metadata", {})
        return cls(
            kind=obj["kind"],
            name=meta["name"],
            namespace=meta.get("namespace"),
            api_version=obj["apiVersion"],
        )


class _Op(_Model):
    target: Target
    reason: str = Field(default="", max_length=2000, description="why this operation")

    def summary(self) -> str:
        raise NotImplementedError

    def kubectl(self) -> str:
        raise NotImplementedError


def _to_yaml(obj: Any) -> str:
    # Only for display. Imported here so the core does not need PyYAML at import time.
    import yaml  # noqa: PLC0415

    return str(yaml.safe_dump(obj, sort_keys=False, default_flow_style=False))


class ApplyOp(_Op):
    """Create or update a whole object by server-side apply (field manager ``dotop-nb``)."""

    kind: Literal["apply"] = "apply"
    manifest: Json

    @model_validator(mode="after")
    def _target_matches_manifest(self) -> ApplyOp:
        meta = self.manifest.get("metadata") or {}
        got = (
            self.manifest.get("apiVersion"),
            self.manifest.get("kind"),
            meta.get("name"),
            meta.get("namespace"),
        )
        want = (self.target.api_version, self.target.kind, self.target.name, self.target.namespace)
        if got != want:
            raise ValueError(f"manifest identity {got} does not match the target {want}")
        return self

    def summary(self) -> str:
        return f"apply {self.target.describe()}"

    def kubectl(self) -> str:
        return (
            "kubectl apply --server-side --field-manager=dotop-nb -f - <<'EOF'\n"
            f"{_to_yaml(self.manifest)}EOF"
        )


class PatchOp(_Op):
    """Patch an object: strategic merge, JSON merge (RFC 7386) or JSON patch (RFC 6902)."""

    kind: Literal["patch"] = "patch"
    patch_type: Literal["strategic", "merge", "json"] = "strategic"
    patch: Json | list[Json]

    @model_validator(mode="after")
    def _shape(self) -> PatchOp:
        if self.patch_type == "json" and not isinstance(self.patch, list):
            raise ValueError("a json patch is a list of operations")
        if self.patch_type != "json" and not isinstance(self.patch, dict):
            raise ValueError(f"a {self.patch_type} patch is an object")
        return self

    def summary(self) -> str:
        return f"patch {self.target.describe()} ({self.patch_type})"

    def kubectl(self) -> str:
        body = json.dumps(self.patch, separators=(",", ":"))
        return (
            f"kubectl patch {self.target.kind.lower()} {shlex.quote(self.target.name)}"
            f"{self.target.ns_flag()} --type={self.patch_type} -p {shlex.quote(body)}"
        )


class ScaleOp(_Op):
    """Set the replica count through the scale subresource."""

    kind: Literal["scale"] = "scale"
    replicas: int = Field(ge=0, le=10_000)

    def summary(self) -> str:
        return f"scale {self.target.describe()} to {self.replicas} replicas"

    def kubectl(self) -> str:
        return f"kubectl scale {self.target.ref} --replicas={self.replicas}{self.target.ns_flag()}"


class SetImageOp(_Op):
    """Change one container's image in a workload's pod template."""

    kind: Literal["set_image"] = "set_image"
    container: str
    image: str

    @field_validator("image")
    @classmethod
    def _valid_image(cls, value: str) -> str:
        if not _IMAGE.fullmatch(value) or ".." in value or value.endswith((":", "/")):
            raise ValueError(f"{value!r} is not a valid image reference")
        return value

    @field_validator("container")
    @classmethod
    def _valid_container(cls, value: str) -> str:
        if len(value) > 63 or not _NAMESPACE.fullmatch(value):
            raise ValueError(f"{value!r} is not a valid container name")
        return value

    def summary(self) -> str:
        return (
            f"set image of container {self.container} in {self.target.describe()} to {self.image}"
        )

    def kubectl(self) -> str:
        return (
            f"kubectl set image {self.target.ref} "
            f"{shlex.quote(f'{self.container}={self.image}')}{self.target.ns_flag()}"
        )


class RolloutRestartOp(_Op):
    """Restart a workload's pods by stamping ``kubectl.kubernetes.io/restartedAt``."""

    kind: Literal["rollout_restart"] = "rollout_restart"
    # Fixed when the operation is made, so the dry-run and the execution send the same request
    # and a retried execution does not restart the pods twice.
    restarted_at: str = Field(
        default_factory=lambda: utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),
        # pydantic's (Rust) regex: `$` is the end of the text, never before a newline.
        pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
    )

    def summary(self) -> str:
        return f"restart the pods of {self.target.describe()}"

    def kubectl(self) -> str:
        return f"kubectl rollout restart {self.target.ref}{self.target.ns_flag()}"


class RolloutUndoOp(_Op):
    """Restore a Deployment's previous (or a given) revision of its pod template."""

    kind: Literal["rollout_undo"] = "rollout_undo"
    to_revision: int | None = Field(default=None, ge=1)

    def summary(self) -> str:
        which = f"revision {self.to_revision}" if self.to_revision else "the previous revision"
        return f"roll {self.target.describe()} back to {which}"

    def kubectl(self) -> str:
        rev = f" --to-revision={self.to_revision}" if self.to_revision else ""
        return f"kubectl rollout undo {self.target.ref}{self.target.ns_flag()}{rev}"


class DeleteOp(_Op):
    """Delete an object (propagation decides what happens to what it owns)."""

    kind: Literal["delete"] = "delete"
    propagation: Literal["Foreground", "Background", "Orphan"] = "Foreground"

    def summary(self) -> str:
        return f"delete {self.target.describe()}"

    def kubectl(self) -> str:
        cascade = {"Foreground": "foreground", "Background": "background", "Orphan": "orphan"}
        return (
            f"kubectl delete {self.target.kind.lower()} {shlex.quote(self.target.name)}"
            f"{self.target.ns_flag()} --cascade={cascade[self.propagation]}"
        )


Operation = Annotated[
    ApplyOp | PatchOp | ScaleOp | SetImageOp | RolloutRestartOp | RolloutUndoOp | DeleteOp,
    Field(discriminator="kind"),
]
OperationKind = Literal[
    "apply", "patch", "scale", "set_image", "rollout_restart", "rollout_undo", "delete"
]


class FieldChange(_Model):
    """One field an operation changes, as the dry-run showed it."""

    path: str
    before: Any = None
    after: Any = None


class DryRunResult(_Model):
    """The apiserver's verdict on one operation, sent exactly as it will run."""

    ok: bool
    action: Literal["create", "update", "delete", "noop", "unknown"] = "unknown"
    message: str = ""
    diff: list[FieldChange] = Field(default_factory=list)


Effect = Literal["allow", "warn", "require_approval", "deny"]


class PolicyDecision(_Model):
    """What one policy said about the plan (or one operation of it), and why."""

    policy_id: str
    policy_name: str = ""
    effect: Effect
    reason: str
    operation: int | None = None  # index into Proposal.operations, None = the plan as a whole


class PolicySetRef(_Model):
    """Which policy set a proposal was checked against: a folder, the starter set, or none."""

    source: str
    origin: Literal["folder", "starter", "none"]
    count: int
    ids: list[str] = Field(default_factory=list)

    def describe(self) -> str:
        if self.origin == "none":
            return "NO POLICIES (explicitly chosen: DOTOP_POLICIES / policies = none)"
        where = (
            f"the starter policies shipped with dotop-nb ({self.source})"
            if self.origin == "starter"
            else self.source
        )
        if not self.count:
            return f"NO POLICIES: the policy folder {where} holds none"
        return f"{self.count} polic{'y' if self.count == 1 else 'ies'} from {where}"


class ClusterRef(_Model):
    """Which cluster a plan was made on.

    ``server`` and ``context`` are for people; the identity that execution checks is
    ``ca_sha256`` (sha256 of the cluster CA certificate, DER) plus ``kube_system_uid`` (the UID of
    the ``kube-system`` namespace): a new cluster started at the same URL differs in both.
    Sessions recorded before these fields existed have them empty and cannot execute.
    """

    server: str
    context: str = ""
    ca_sha256: str = ""
    kube_system_uid: str = ""

    @property
    def fingerprint(self) -> str:
        """``ca:<12 hex>/kube-system:<uid>``, for messages."""
        return f"ca:{self.ca_sha256[:12] or '?'}/kube-system:{self.kube_system_uid or '?'}"

    def same_cluster(self, other: ClusterRef) -> bool:
        """True when both identify the same cluster (CA and kube-system UID, not the URL)."""
        return bool(
            self.ca_sha256
            and self.kube_system_uid
            and self.ca_sha256 == other.ca_sha256
            and self.kube_system_uid == other.kube_system_uid
        )


class Usage(_Model):
    """What planning cost (the offline planner costs nothing)."""

    model_turns: int = 0
    tool_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    # An estimate from list prices; None when the model's price is unknown (never shown as $0).
    cost_usd: float | None = 0.0
    seconds: float = 0.0

    @property
    def cost_text(self) -> str:
        """``~$0.0123``, or ``unknown`` when the model's price is not known."""
        return "unknown" if self.cost_usd is None else f"~${self.cost_usd:.4f}"

    @property
    def cache_share(self) -> float:
        """The share of prompt tokens read from the prompt cache (0 when nothing was sent)."""
        prompt = self.input_tokens + self.cache_read_tokens + self.cache_write_tokens
        return round(self.cache_read_tokens / prompt, 4) if prompt else 0.0


ProposalStatus = lifecycle.PlanStatus


class NodePods(_Model):
    """One node's share of a workload's pods (a row of the picture)."""

    zone: str
    node: str
    pods: int = 0
    ready: int = 0


class ReplicaSetCount(_Model):
    """One ReplicaSet of a Deployment: its revision, images and ready/desired pods."""

    name: str
    revision: str = ""
    desired: int = 0
    ready: int = 0
    images: list[str] = Field(default_factory=list)
    newest: bool = False


class Picture(_Model):
    """Where a target's pods run (``placement``: zone → node → pods) or how its rollout stands
    (``rollout``: the ReplicaSets, old and new), read from the cluster at one moment: before
    the change (in the proposal) and after it was validated (in the session). Small on purpose:
    it is kept in journals and notebook records (see :mod:`dotop_nb.topology`)."""

    target: Target
    kind: Literal["placement", "rollout"]
    nodes: list[NodePods] = Field(default_factory=list)
    replica_sets: list[ReplicaSetCount] = Field(default_factory=list)
    # Why the picture is partial (nodes not readable, more nodes than shown); empty when whole.
    note: str = ""
    at: datetime = Field(default_factory=utcnow)


class Proposal(_Model):
    """A concrete, dry-run-validated, policy-checked plan for one intent."""

    v: int = SCHEMA_VERSION
    session_id: str
    revision: int = 1
    intent: str
    namespace: str
    cluster: ClusterRef
    planner: str
    model: str | None = None
    category: str = ""
    analysis: str = ""
    question: str | None = None
    # What the question asks for (dotop_nb.clarification.SLOTS): an answer fills it.
    slot: str | None = None
    operations: list[Operation] = Field(default_factory=list)
    dry_run: list[DryRunResult] = Field(default_factory=list)
    policy: list[PolicyDecision] = Field(default_factory=list)
    policy_set: PolicySetRef | None = None
    patterns: list[str] = Field(default_factory=list)
    capabilities: list[str] = Field(default_factory=list)
    risks: list[str] = Field(default_factory=list)
    validation_plan: list[str] = Field(default_factory=list)
    # How to undo the change, as the planner wrote it (empty in older records).
    rollback_plan: list[str] = Field(default_factory=list)
    target_versions: dict[str, str] = Field(default_factory=dict)
    usage: Usage = Field(default_factory=Usage)
    status: ProposalStatus = "proposed"
    # A production namespace (gate.risks.production): an interactive approval types the
    # namespace name first (the widget's confirmation step).
    confirm_namespace: bool = False
    # A time or condition said with the request, as said ("tonight", "only if smoke tests
    # fail"): the plan is made, but it must run when that holds, which only a person can tell.
    # An approval given in advance or unattended is refused (app.workflow.check_awaits).
    awaits: str | None = None
    # Where the targets' pods run, or their rollout, as read when this proposal was made.
    pictures: list[Picture] = Field(default_factory=list)
    plan_hash: str = ""
    created_at: datetime = Field(default_factory=utcnow)

    def compute_hash(self) -> str:
        """sha256 of the canonical JSON of the operations and what they run against."""
        return plan_hash(
            operations=self.operations,
            cluster=self.cluster,
            namespace=self.namespace,
            target_versions=self.target_versions,
            awaits=self.awaits,
        )

    def changes(self) -> dict[str, list[str]]:
        """Operation summaries grouped as create / update / delete (by their dry-run action)."""
        groups: dict[str, list[str]] = {"create": [], "update": [], "delete": []}
        for op, result in zip(self.operations, self.dry_run, strict=False):
            action = result.action if result.action in groups else "update"
            groups[action].append(op.summary())
        return groups

    @property
    def needs_interactive_approval(self) -> bool:
        return any(d.effect == "require_approval" for d in self.policy)

    @property
    def denied(self) -> list[PolicyDecision]:
        return [d for d in self.policy if d.effect == "deny"]


def plan_hash(
    *,
    operations: list[Any],
    cluster: ClusterRef,
    namespace: str,
    target_versions: dict[str, str],
    awaits: str | None = None,
) -> str:
    # The signing module's canonical form: the same bytes as sorted compact ASCII JSON, except
    # that a number is written one way (1.0 and 1 are one value), so a plan recorded in a
    # notebook still matches its hash after JavaScript (JupyterLab) re-saved it.
    body: Json = {
        "v": SCHEMA_VERSION,
        "operations": [op.model_dump(mode="json") for op in operations],
        "cluster": cluster.server,
        "namespace": namespace,
        "target_versions": target_versions,
    }
    if cluster.ca_sha256 or cluster.kube_system_uid:
        # Bound into the hash so that an edited identity breaks it; absent from older records,
        # whose hashes therefore still verify (they are refused for their missing identity).
        body["cluster_identity"] = [cluster.ca_sha256, cluster.kube_system_uid]
    if awaits:
        # Bound into the hash only when set (every other hash stays as it was): a record
        # re-signed with its condition dropped no longer matches its plan, and is refused.
        body["awaits"] = awaits
    return hashlib.sha256(canonical(body)).hexdigest()


class Approval(_Model):
    by: str
    at: datetime = Field(default_factory=utcnow)
    plan_hash: str
    interactive: bool
    revision: int


# ``writing``: the intent to write was recorded (with the prior state) and the write was sent, but
# its answer was not recorded — it may or may not have landed (see dotop_nb.recovery).
# ``unknown``: the same, in records written before write-ahead existed.
OperationStatus = lifecycle.OperationStatus


class OperationRecord(_Model):
    """What happened to one approved operation, with the object as it was before.

    Written ahead: saved with status ``writing`` and the prior state before the write is sent,
    then saved again as ``applied`` with the new resourceVersion.
    """

    index: int
    summary: str
    target: Target
    status: OperationStatus
    # The object before this operation (redacted). None: the object did not exist (so rollback
    # deletes it) — unless ``prior_ref`` is set.
    prior: Json | None = None
    # For a Secret (or an object holding a Secret value), whose values never go into a record:
    # the name of the backup Secret in the same namespace that holds the prior (see
    # dotop_nb.cluster.priors).
    prior_ref: str | None = None
    # sha256 of what the backup ``prior_ref`` holds (its object.json): checked before restoring,
    # so a backup planted or edited by someone else is never restored.
    prior_digest: str | None = None
    # The resourceVersion the write required (its optimistic-concurrency precondition).
    precondition: str | None = None
    after_resource_version: str | None = None
    after_generation: int | None = None
    message: str = ""
    started_at: datetime
    finished_at: datetime


class Check(_Model):
    name: str
    ok: bool
    message: str


class ValidationReport(_Model):
    ok: bool
    checks: list[Check] = Field(default_factory=list)
    attempts: int = 0
    seconds: float = 0.0


class RollbackStep(_Model):
    target: Target
    action: Literal["restore", "delete", "recreate"]
    ok: bool
    message: str = ""


class RollbackRecord(_Model):
    performed: bool
    steps: list[RollbackStep] = Field(default_factory=list)
    verified: ValidationReport | None = None
    reason: str = ""


SessionStatus = lifecycle.Status
"""Every status of a session; the lifecycle (:mod:`dotop_nb.lifecycle`) owns them and the
moves between them."""
FINAL_STATUSES = lifecycle.FINAL


class Event(_Model):
    at: datetime = Field(default_factory=utcnow)
    type: str
    detail: str = ""


class PlanningFailure(_Model):
    """Why the last planning of a session stopped without a plan, and what it cost: the
    planner, the model it asked (None for no model) and the tokens spent until it stopped."""

    planner: str
    model: str | None = None
    reason: str
    usage: Usage = Field(default_factory=Usage)


class Session(BaseModel):
    """The whole life of one intent: proposals (with refinements), decision, execution, outcome.

    Mutable on purpose: the service appends to it and the journal persists every change.
    """

    model_config = ConfigDict(extra="forbid")

    v: int = SCHEMA_VERSION
    id: str
    intent: str
    namespace: str
    # The typed intent a runbook or API caller gave (``intent`` is then its sentence).
    structured: StructuredIntent | None = None
    created_at: datetime = Field(default_factory=utcnow)
    refinements: list[str] = Field(default_factory=list)
    proposals: list[Proposal] = Field(default_factory=list)
    approval: Approval | None = None
    rejected_by: str | None = None
    execution: list[OperationRecord] = Field(default_factory=list)
    validation: ValidationReport | None = None
    rollback: RollbackRecord | None = None
    # The proposal's pictures read again once the change was validated (the state after).
    after: list[Picture] = Field(default_factory=list)
    status: SessionStatus = "proposed"
    message: str = ""
    events: list[Event] = Field(default_factory=list)
    # The last planning that stopped without a plan (None when the last one produced a plan).
    planning_failure: PlanningFailure | None = None

    @property
    def proposal(self) -> Proposal:
        """The latest proposal."""
        return self.proposals[-1]

    def log(self, type_: str, detail: str = "") -> None:
        self.events.append(Event(type=type_, detail=detail))
