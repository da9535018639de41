"""Structured intents: typed parameters handed to the planner as they are, not as a sentence.

A runbook knows exactly what it wants ("scale deployment/my-api to 4"): turning that into English
for the offline rules to parse back loses types and invites misreadings. A
:class:`StructuredIntent` carries the action, the workloads it names and typed slots; the offline
planner maps it onto its builders directly, the AI planner reads it as JSON in its prompt, and
the session records it beside :meth:`StructuredIntent.sentence`, the readable form people see.

Example::

    intent = StructuredIntent(
        action="scale", targets=[WorkloadRef(kind="Deployment", name="my-api")], replicas=4
    )
    intent.sentence()   # 'scale deployment/my-api to 4 replicas'
    op.analyze(intent, namespace="shop")

A ``restore`` names no workload: it restores the session's namespace from a Velero backup, given
by its ``backup`` name or by the ``schedule`` whose newest completed backup is wanted. Its
``restore_name`` (the Velero Restore to create) is in the sentence, so the unattended-approval
guard sees the intent name the object it creates; left out, one is made from the source and the
time (``restore-shop-daily-20261201213000``)::

    StructuredIntent(action="restore", schedule="shop-daily").sentence()
    # 'restore the namespace from the newest completed backup of schedule shop-daily as
    #  restore restore-shop-daily-20261201213000'
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Action = Literal[
    "scale", "set_image", "autoscale", "make_ha", "restart", "rollback", "harden", "restore"
]
Fix = Literal["requests", "probes", "pdb"]
WorkloadKind = Literal["Deployment", "StatefulSet", "DaemonSet"]

# Kubernetes object names (RFC 1123 label, as workloads and namespaces use).
_NAME = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")
# An image reference or a bare version: no whitespace, no shell characters.
_IMAGE = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9._\-/:]{0,254}(@sha256:[a-f0-9]{64})?")
# Actions that act on exactly one workload; the others may name several (one proposal).
_SINGLE: frozenset[str] = frozenset({"scale", "autoscale", "make_ha", "restart", "rollback"})
# The slots each action needs (None is "not said"), and the slots it may take.
_REQUIRED: dict[str, tuple[str, ...]] = {
    "scale": ("replicas",),
    "set_image": ("image",),
    "harden": ("fixes",),
    "restore": ("restore_name",),
}
_ALLOWED: dict[str, frozenset[str]] = {
    "scale": frozenset({"replicas"}),
    "set_image": frozenset({"image", "container"}),
    "autoscale": frozenset({"min_replicas", "max_replicas", "cpu_percent", "resource"}),
    "make_ha": frozenset(),
    "restart": frozenset(),
    "rollback": frozenset({"revision"}),
    "harden": frozenset({"fixes"}),
    "restore": frozenset({"schedule", "backup", "restore_name"}),
}
_SLOTS = (
    "replicas",
    "image",
    "container",
    "min_replicas",
    "max_replicas",
    "cpu_percent",
    "resource",
    "revision",
    "fixes",
    "schedule",
    "backup",
    "restore_name",
)
# Actions that name no workload (they act on the namespace as a whole).
_NO_TARGETS: frozenset[str] = frozenset({"restore"})


class WorkloadRef(BaseModel):
    """A workload by name; ``kind`` None means whichever workload kind has that name (asked
    when several do)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: WorkloadKind | None = None
    name: str

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if len(value) > 63 or not _NAME.fullmatch(value):
            raise ValueError(f"{value!r} is not a workload name (lower-case letters, digits, '-')")
        return value

    def ref(self) -> str:
        return f"{self.kind.lower()}/{self.name}" if self.kind else self.name


class StructuredIntent(BaseModel):
    """What to do, to which workloads, with which values — each a typed slot."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    v: int = 1
    action: Action
    targets: list[WorkloadRef] = Field(default_factory=list, max_length=50)
    namespace: str | None = None
    replicas: int | None = Field(default=None, ge=0, le=1000)
    image: str | None = None
    container: str | None = None
    min_replicas: int | None = Field(default=None, ge=1, le=1000)
    max_replicas: int | None = Field(default=None, ge=1, le=1000)
    cpu_percent: int | None = Field(default=None, ge=1, le=100)
    resource: Literal["cpu", "memory"] | None = None
    revision: int | None = Field(default=None, ge=1)
    fixes: list[Fix] | None = None
    schedule: str | None = None
    backup: str | None = None
    restore_name: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _restore_name(cls, data: Any) -> Any:
        """A restore without ``restore_name`` gets one now (Velero's own CLI names restores
        by source and time too), so the sentence can name the object the plan creates."""
        if not isinstance(data, dict) or data.get("action") != "restore":
            return data
        if data.get("restore_name"):
            return data
        source = str(data.get("schedule") or data.get("backup") or "")
        if not source:
            return data  # the after-validator says what is missing
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        return {**data, "restore_name": f"restore-{source[:40].rstrip('-')}-{stamp}"}

    @field_validator("namespace", "container", "schedule", "backup", "restore_name")
    @classmethod
    def _names(cls, value: str | None) -> str | None:
        if value is not None and (len(value) > 63 or not _NAME.fullmatch(value)):
            raise ValueError(f"{value!r} is not a valid name (lower-case letters, digits, '-')")
        return value

    @field_validator("image")
    @classmethod
    def _image(cls, value: str | None) -> str | None:
        if value is not None and not _IMAGE.fullmatch(value):
            raise ValueError(f"{value!r} is not an image reference or a version")
        return value

    @model_validator(mode="after")
    def _slots(self) -> StructuredIntent:
        if self.action in _NO_TARGETS and self.targets:
            raise ValueError(f"{self.action} names no workload (it acts on the namespace)")
        if self.action not in _NO_TARGETS and not self.targets:
            raise ValueError(f"{self.action} needs at least 1 workload in targets")
        if self.action == "restore" and (self.schedule is None) == (self.backup is None):
            raise ValueError("restore needs a schedule or a backup (one of them)")
        if self.action in _SINGLE and len(self.targets) != 1:
            raise ValueError(f"{self.action} acts on one workload, not {len(self.targets)}")
        names = [t.ref() for t in self.targets]
        if len(set(names)) != len(names):
            raise ValueError(f"a workload is named twice: {', '.join(names)}")
        for slot in _REQUIRED.get(self.action, ()):
            if not getattr(self, slot):
                raise ValueError(f"{self.action} needs {slot}")
        extra = [s for s in _SLOTS if getattr(self, s) is not None]
        extra = [s for s in extra if s not in _ALLOWED[self.action]]
        if extra:
            raise ValueError(f"{self.action} takes no {', '.join(extra)}")
        if (
            self.min_replicas is not None
            and self.max_replicas is not None
            and self.max_replicas < self.min_replicas
        ):
            raise ValueError(
                f"max_replicas {self.max_replicas} is below min_replicas {self.min_replicas}"
            )
        return self

    def sentence(self) -> str:
        """The intent in words, for people: the session's intent, history and audit rows."""
        who = ", ".join(t.ref() for t in self.targets)
        if self.action == "scale":
            return f"scale {who} to {self.replicas} replicas"
        if self.action == "set_image":
            where = f" (container {self.container})" if self.container else ""
            return f"update {who} to image {self.image}{where}"
        if self.action == "autoscale":
            parts = [f"autoscale {who}"]
            if self.min_replicas is not None:
                parts.append(f"min {self.min_replicas}")
            if self.max_replicas is not None:
                parts.append(f"max {self.max_replicas}")
            if self.cpu_percent is not None:
                parts.append(f"target {self.cpu_percent}% {self.resource or 'cpu'}")
            elif self.resource:
                parts.append(f"on {self.resource}")
            return ", ".join(parts)
        if self.action == "make_ha":
            return f"make {who} highly available"
        if self.action == "restart":
            return f"restart {who}"
        if self.action == "rollback":
            return f"roll back {who}" + (f" to revision {self.revision}" if self.revision else "")
        if self.action == "restore":
            source = (
                f"the newest completed backup of schedule {self.schedule}"
                if self.schedule
                else f"backup {self.backup}"
            )
            return f"restore the namespace from {source} as restore {self.restore_name}"
        return f"add the missing {', '.join(self.fixes or [])} to {who}"


__all__ = ["Action", "Fix", "StructuredIntent", "WorkloadRef"]
