"""The executor: the only code that writes to the cluster.

It runs exactly the approved operations of a session's latest proposal — after checking the
approval against the plan hash, the record against tampering, and the targets against the
resourceVersions seen at planning, and after the authorisation gate (:mod:`dotop_nb.gate`) has
judged the plan again from the world as it is now: dry-run, scope, and every policy of the policy
set loaded now. What the record says about dry-runs and policy decisions is never a permission.
It records each operation with the state it replaced, validates the result, and restores that
state when validation fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dotop_nb import gate
from dotop_nb.cluster.gateway import Gateway
from dotop_nb.cluster.validation import Validator
from dotop_nb.errors import ClusterError, ClusterUnreachable, DotopError
from dotop_nb.models import (
    Approval,
    DeleteOp,
    Operation,
    OperationRecord,
    OperationStatus,
    RollbackRecord,
    RollbackStep,
    Session,
    Target,
    utcnow,
)
from dotop_nb.policy import PolicySet
from dotop_nb.sessions import Journal

Json = dict[str, Any]


class ExecutionRefused(DotopError):
    """Execution was refused before anything changed. The message says why and what to do."""

    exit_code = 5


@dataclass
class _Executed:
    """What execution changed, kept in memory with the raw prior state (for rollback)."""

    operations: list[Operation] = field(default_factory=list)
    priors: list[Json | None] = field(default_factory=list)


class Executor:
    """Executes approved sessions of one journal against one cluster.

    ``policies`` loads the policy set in force *at execution* (the service passes its loader,
    which reads the same source as the proposal did, so a tightened policy counts).
    """

    def __init__(
        self,
        gateway: Gateway,
        journal: Journal,
        *,
        validation_timeout: float,
        user: str,
        policies: Callable[[], PolicySet],
    ) -> None:
        self.gateway = gateway
        self.journal = journal
        self.validation_timeout = validation_timeout
        self.user = user
        self.policies = policies

    def execute(
        self,
        session_id: str,
        *,
        approve: str,
        interactive: bool = False,
        rollback: bool = True,
        approver: str | None = None,
    ) -> Session:
        """Check, then run the session's approved plan (see :meth:`Operator.execute`)."""
        with self.journal.lock(session_id):
            session = self.journal.load(session_id)
            resuming = self._check_executable(session, approve, interactive=interactive)
            proposal = session.proposal
            if not resuming:
                session.approval = Approval(
                    by=approver or self.user,
                    plan_hash=approve,
                    interactive=interactive,
                    revision=proposal.revision,
                )
                session.log("approved", f"by {session.approval.by} ({approve[:12]})")
            else:
                session.log("resumed", f"by {approver or self.user}")
            session.status = "executing"
            self.journal.save(session)
            try:
                return self._run(session, rollback=rollback)
            except BaseException as err:
                # An interrupt (Ctrl-C, the notebook's stop button) or a bug mid-execution must
                # not leave the session "executing" forever: record it as resumable.
                if session.status == "executing":
                    applied = sum(1 for r in session.execution if r.status == "applied")
                    session.status = "error"
                    session.message = (
                        f"execution stopped by {type(err).__name__} after {applied} of "
                        f"{len(proposal.operations)} operation(s) were applied; run the same "
                        "approval again to resume (applied operations are not repeated)"
                    )
                    session.log("error", session.message)
                    self.journal.save(session)
                raise

    def _check_executable(self, session: Session, approve: str, *, interactive: bool) -> bool:
        """Raise ExecutionRefused unless the session may execute now; True when resuming."""
        sid = session.id
        if not session.proposals:
            raise ExecutionRefused(f"session {sid} has no proposal")
        proposal = session.proposal
        here = self.gateway.identity.server
        if proposal.cluster.server != here:
            raise ExecutionRefused(
                f"session {sid} was planned on {proposal.cluster.server}, but this engine is "
                f"connected to {here}",
                hint="approve it with the kubeconfig/context it was planned with, or analyze "
                "the intent again on this cluster",
            )
        if proposal.compute_hash() != proposal.plan_hash:
            raise ExecutionRefused(
                f"the stored plan of session {sid} does not match its hash: the record was "
                "modified after it was proposed",
                hint="nothing was executed; analyze the intent again",
            )
        if approve != proposal.plan_hash:
            raise ExecutionRefused(
                f"the approval is for plan {approve[:12] or '(empty)'}, but session {sid}'s "
                f"current plan is {proposal.plan_hash[:12]} (revision {proposal.revision})",
                hint="review the current proposal and approve its plan hash",
            )
        resuming = session.status == "error" and session.approval is not None
        if session.status in ("executed", "failed", "rolled_back", "executing"):
            when = session.events[-1].at.isoformat(timespec="seconds") if session.events else ""
            raise ExecutionRefused(
                f"session {sid} was already executed ({session.status}, {when})",
                hint="an approved plan runs once; analyze again for a new change",
            )
        if session.status == "rejected":
            raise ExecutionRefused(f"session {sid} was rejected by {session.rejected_by}")
        if proposal.question is not None or proposal.status == "needs_clarification":
            raise ExecutionRefused(
                f"session {sid} needs clarification: {proposal.question}",
                hint="answer with refine, then approve the new plan",
            )
        if not proposal.operations:
            raise ExecutionRefused(f"session {sid} has no operations to execute")
        applied = {r.index: r for r in session.execution if r.status == "applied"}
        applied_keys = {r.target.key for r in applied.values()} if resuming else set()
        pending = [i for i in range(len(proposal.operations)) if not (resuming and i in applied)]
        # The record's dry-run results, decisions and require_approval are ignored: everything
        # that authorises the run is recomputed from the cluster and the policies as they are.
        found = gate.assess(
            self.gateway,
            proposal.operations,
            namespace=session.namespace,
            intent=proposal.intent,
            policies=self.policies(),
            indices=pending,
        )
        refusal = found.refusal(interactive=interactive)
        if refusal:
            needs_person = not found.denied and not found.failed_dry_runs()
            raise ExecutionRefused(
                refusal + (f" [policy set: {found.policy_set.describe()}]"),
                hint=(
                    "approve it in the notebook (Approve button or `%operate approve`) or at a "
                    "terminal; an unattended run cannot satisfy this policy"
                    if needs_person
                    else "nothing was executed; refine the intent or change the policy, then "
                    "approve the new plan"
                ),
            )
        for index in pending:
            op = proposal.operations[index]
            key = op.target.key
            if key in applied_keys:
                continue  # changed by this session's own applied operation
            now = found.versions.get(key, "")
            expected = proposal.target_versions.get(key, "")
            if now != expected:
                raise ExecutionRefused(
                    f"{op.target.describe()} changed since the plan was made "
                    f"(resourceVersion {expected or 'absent'} → {now or 'absent'})",
                    hint="re-plan: refine the session or analyze again, then approve the new plan",
                )
        return resuming

    # ------------------------------------------------------------------------------ running
    def _run(self, session: Session, *, rollback: bool) -> Session:
        proposal = session.proposal
        done = {r.index for r in session.execution if r.status == "applied"}
        changed = _Executed()
        for index, op in enumerate(proposal.operations):
            if index in done:
                continue
            started = utcnow()
            prior: Json | None = None
            try:
                prior = self.gateway.get_raw(op.target)
                answer = self.gateway.execute(op, prior)
            except ClusterUnreachable as err:
                self._record(
                    session,
                    index,
                    op,
                    status="unknown",
                    prior=prior,
                    version=None,
                    message=str(err),
                    started=started,
                )
                session.status = "error"
                session.message = (
                    f"the cluster became unreachable during {op.summary()}; "
                    f"{len(done) + len(changed.operations)} of {len(proposal.operations)} "
                    "operations were applied. Run the same approval again to resume: applied "
                    "operations are not repeated."
                )
                session.log("error", session.message)
                self.journal.save(session)
                raise ExecutionRefused(session.message) from err
            except DotopError as err:
                self._record(
                    session,
                    index,
                    op,
                    status="failed",
                    prior=prior,
                    version=None,
                    message=str(err),
                    started=started,
                )
                session.log("operation_failed", f"{op.summary()}: {err}")
                return self._finish_failed(
                    session, changed, rollback=rollback, reason=f"{op.summary()} failed: {err}"
                )
            version = (answer.get("metadata") or {}).get("resourceVersion")
            self._record(
                session,
                index,
                op,
                status="applied",
                prior=prior,
                version=version,
                message="applied",
                started=started,
            )
            changed.operations.append(op)
            changed.priors.append(prior)
            session.log("operation_applied", op.summary())
            self.journal.save(session)

        report = Validator(self.gateway, timeout=self.validation_timeout).validate(
            proposal.operations
        )
        session.validation = report
        session.log("validated", "ok" if report.ok else "failed")
        if report.ok:
            session.status = "executed"
            session.message = f"executed {len(proposal.operations)} operation(s); validation passed"
            session.log("executed", session.message)
            self.journal.save(session)
            return session
        failed = "; ".join(c.message for c in report.checks if not c.ok)
        return self._finish_failed(
            session, changed, rollback=rollback, reason=f"validation failed: {failed}"
        )

    def _record(
        self,
        session: Session,
        index: int,
        op: Operation,
        *,
        status: OperationStatus,
        prior: Json | None,
        version: str | None,
        message: str,
        started: Any,
    ) -> None:
        session.execution = [r for r in session.execution if r.index != index]
        session.execution.append(
            OperationRecord(
                index=index,
                summary=op.summary(),
                target=op.target,
                status=status,
                prior=self.gateway.redact(prior) if prior is not None else None,
                after_resource_version=version,
                message=message,
                started_at=started,
                finished_at=utcnow(),
            )
        )
        session.execution.sort(key=lambda r: r.index)

    def _finish_failed(
        self, session: Session, changed: _Executed, *, rollback: bool, reason: str
    ) -> Session:
        session.message = reason
        if not rollback or not changed.operations:
            session.rollback = RollbackRecord(
                performed=False,
                reason="rollback disabled" if not rollback else "nothing was changed",
            )
            session.status = "failed"
            session.log("failed", reason)
            self.journal.save(session)
            return session
        session.rollback = self._rollback(changed)
        ok = (
            session.rollback.verified is not None
            and session.rollback.verified.ok
            and all(s.ok for s in session.rollback.steps)
        )
        session.status = "rolled_back" if ok else "failed"
        session.message = reason + (
            "; the changes were rolled back and the prior state verified"
            if ok
            else "; ROLLBACK INCOMPLETE — see the rollback record"
        )
        session.log("rolled_back" if ok else "rollback_failed", session.message)
        self.journal.save(session)
        return session

    def _rollback(self, changed: _Executed) -> RollbackRecord:
        """Restore every changed object from its prior state, newest change first."""
        steps: list[RollbackStep] = []
        restored: dict[str, tuple[Target, bool]] = {}
        pairs = list(zip(changed.operations, changed.priors, strict=True))
        seen: set[str] = set()
        # The oldest prior of an object is its state before the session: restore that one.
        first_prior: dict[str, Json | None] = {}
        for op, prior in pairs:
            first_prior.setdefault(op.target.key, prior)
        for op, _ in reversed(pairs):
            key = op.target.key
            if key in seen:
                continue
            seen.add(key)
            prior = first_prior[key]
            try:
                if prior is None:
                    self.gateway.delete(op.target)
                    steps.append(
                        RollbackStep(
                            target=op.target,
                            action="delete",
                            ok=True,
                            message="created by this session; deleted",
                        )
                    )
                    restored[key] = (op.target, True)
                else:
                    recreate = isinstance(op, DeleteOp)
                    self.gateway.restore(prior)
                    steps.append(
                        RollbackStep(
                            target=op.target,
                            action="recreate" if recreate else "restore",
                            ok=True,
                            message="restored from the recorded prior state",
                        )
                    )
                    restored[key] = (op.target, False)
            except ClusterError as err:
                steps.append(
                    RollbackStep(target=op.target, action="restore", ok=False, message=str(err))
                )
        verify = Validator(self.gateway, timeout=self.validation_timeout).validate_targets(
            list(restored.values())
        )
        return RollbackRecord(performed=True, steps=steps, verified=verify)
