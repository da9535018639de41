"""The policy format as pydantic models: what a policy may say, checked strictly.

A policy is reviewed like code, so the models are strict (no coercion) and forbid unknown
fields; :mod:`dotop_nb.policy.loading` turns their validation errors into messages that point at
the file. The format reference is ``help(dotop_nb.policy)``.

Example::

    Policy(id="no-deletes", name="No Deletes", effect="deny",
           rules=PolicyRules(forbidden_operations=["delete"]))
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from dotop_nb.models import OperationKind
from dotop_nb.scoping import NamespaceGrant

_ID = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")


class _Spec(BaseModel):
    # Strict: a policy is reviewed like code, so `"2"` for a number or `yes` for a name is a
    # mistake to report, not to coerce.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class PolicyScope(_Spec):
    """Which operations a policy looks at. Every given criterion must match; empty = everything."""

    namespaces: list[str] = Field(default_factory=list)
    namespace_labels: dict[str, str] = Field(default_factory=dict)
    labels: dict[str, str] = Field(default_factory=dict)
    kinds: list[str] = Field(default_factory=list)


class PolicyRules(_Spec):
    """What a policy checks. Unset rules check nothing."""

    min_replicas: int | None = Field(default=None, ge=0)
    max_replicas: int | None = Field(default=None, ge=0)
    max_scale_down_fraction: float | None = Field(default=None, ge=0, le=1)
    require_resource_requests: bool = False
    require_readiness_probe: bool = False
    forbidden_operations: list[OperationKind] = Field(default_factory=list)
    require_approval_for: list[OperationKind] = Field(default_factory=list)
    allowed_registries: list[str] = Field(default_factory=list)
    forbidden_kinds: list[str] = Field(default_factory=list)
    max_operations: int | None = Field(default=None, ge=1)
    # Pod specs may not ask for node-level privileges (privileged, privilege escalation, host
    # namespaces, hostPath volumes, SYS_ADMIN/NET_ADMIN/ALL capabilities).
    pod_security: bool = False
    # Unattended-approval guard: operations on objects that the intent does not name and that
    # the named targets do not own or select (a model following planted text, a typo).
    intent_named_targets_only: bool = False
    # Exceptions to the built-in safety rules, granted explicitly (see ``dotop_nb.policy``).
    allow_cluster_scoped_kinds: list[str] = Field(default_factory=list)
    allow_namespaces: list[NamespaceGrant] = Field(default_factory=list)
    allow_metadata_changes: list[Literal["ownerReferences", "finalizers"]] = Field(
        default_factory=list
    )
    # Roles (cluster-admin, admin, edit) and groups (system:authenticated …) a RoleBinding may
    # reach; the built-in rule ``rbac-escalation`` denies them otherwise.
    allow_bindings: list[str] = Field(default_factory=list)

    @field_validator("allowed_registries")
    @classmethod
    def _prefixes_end_with_slash(cls, value: list[str]) -> list[str]:
        for prefix in value:
            if not prefix.endswith("/"):
                raise ValueError(
                    f"{prefix!r} must end with '/' (else it also allows {prefix}-other/...)"
                )
        return value

    @property
    def grants(self) -> bool:
        """Whether the rules grant an exception to a built-in safety rule."""
        return bool(
            self.allow_cluster_scoped_kinds
            or self.allow_namespaces
            or self.allow_metadata_changes
            or self.allow_bindings
        )

    @model_validator(mode="after")
    def _consistent(self) -> PolicyRules:
        if not any(v is not None and v is not False and v != [] for v in dict(self).values()):
            raise ValueError(
                f"no rule is set; give at least one of {', '.join(field_names(PolicyRules))}"
            )
        low, high = self.min_replicas, self.max_replicas
        if low is not None and high is not None and low > high:
            raise ValueError(f"min_replicas ({low}) is greater than max_replicas ({high})")
        return self


class Policy(_Spec):
    """One reviewed policy. ``source`` is the file it came from (set by the loader)."""

    id: str
    name: str = Field(min_length=1)
    description: str = ""
    scope: list[PolicyScope] = Field(default_factory=lambda: [PolicyScope()], min_length=1)
    effect: Literal["deny", "require_approval", "warn"]
    rules: PolicyRules
    rationale: str = ""
    source: str = Field(default="", exclude=True, repr=False)

    @model_validator(mode="after")
    def _grants_are_visible(self) -> Policy:
        # A granted exception is shown with the policy's effect on every operation it lets
        # through; "deny" would contradict the grant itself.
        if self.rules.grants and self.effect == "deny":
            raise ValueError(
                "allow_cluster_scoped_kinds / allow_namespaces / allow_metadata_changes / "
                "allow_bindings grant an exception; give "
                "the policy effect warn or require_approval (the effect every granted "
                "operation gets)"
            )
        return self

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"{value!r}: use lowercase letters, digits and '-' (like no-deletes)")
        return value

    @field_validator("scope", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        if value is None:
            return [{}]
        return [value] if isinstance(value, dict) else value


def field_names(model: type[BaseModel]) -> list[str]:
    """The fields a policy author may write (``source`` is set by the loader)."""
    return [name for name in model.model_fields if name != "source"]
