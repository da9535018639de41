"""The service: intent → proposal → approval → execution → validation → rollback → record.

:class:`Operator` is the only place that turns a planner's answer into an approvable
:class:`~dotop_nb.models.Proposal` and the only holder of the gateway's write methods.

Example::

    from dotop_nb import Operator
    op = Operator()
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")
    p = op.refine(p.session_id, "use 4 instead")
    s = op.execute(p.session_id, approve=p.plan_hash)
"""

from __future__ import annotations

import getpass
import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dotop_nb import planner as planners
from dotop_nb import policy as policies_mod
from dotop_nb.cluster.client import KubeClient
from dotop_nb.cluster.gateway import Gateway
from dotop_nb.cluster.redact import redact
from dotop_nb.cluster.validation import Validator
from dotop_nb.errors import ClusterError, ClusterUnreachable, ConfigError, DotopError
from dotop_nb.knowledge import KnowledgeBase
from dotop_nb.models import (
    Approval,
    DeleteOp,
    DryRunResult,
    Operation,
    OperationRecord,
    OperationStatus,
    Proposal,
    ProposalStatus,
    RollbackRecord,
    RollbackStep,
    Session,
    Target,
    utcnow,
)
from dotop_nb.planner import PlannerError
from dotop_nb.ports import Planner, PlanRequest, PlanResult
from dotop_nb.sessions import Journal, new_id

Json = dict[str, Any]

MAX_INTENT = 2000
_NAMESPACE_OK = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


class ExecutionRefused(DotopError):
    """Execution was refused before anything changed. The message says why and what to do."""

    exit_code = 5


def check_intent(intent: Any) -> str:
    """The intent, stripped, if it is usable text; otherwise a ConfigError that says why."""
    if not isinstance(intent, str):
        raise ConfigError("the intent must be text", hint="e.g. 'scale my-api to 5 replicas'")
    text = intent.strip()
    if not text:
        raise ConfigError("the intent is empty", hint="say what to do, e.g. 'scale my-api to 5'")
    if len(text) > MAX_INTENT:
        raise ConfigError(
            f"the intent is {len(text)} characters long; the limit is {MAX_INTENT}",
            hint="say what to change in a sentence or two",
        )
    bad = [
        c for c in text if unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") and c not in "\n\t"
    ]
    if bad:
        raise ConfigError(
            "the intent contains control or binary characters",
            hint="pass plain text, e.g. 'scale my-api to 5'",
        )
    return text


def check_namespace(namespace: Any) -> str:
    if (
        not isinstance(namespace, str)
        or not namespace
        or len(namespace) > 63
        or not set(namespace) <= _NAMESPACE_OK
        or namespace.startswith("-")
        or namespace.endswith("-")
    ):
        raise ConfigError(
            f"{str(namespace)[:80]!r} is not a valid namespace name",
            hint="namespace names are lower-case letters, digits and '-', at most 63 characters",
        )
    return namespace


@dataclass
class _Executed:
    """What execution changed, kept in memory with the raw prior state (for rollback)."""

    operations: list[Operation] = field(default_factory=list)
    priors: list[Json | None] = field(default_factory=list)


class Operator:
    """The dotop-nb engine, used by the notebook magic, the CLI and runbooks alike.

    ``kubeconfig`` / ``context`` pick the cluster the usual way (KUBECONFIG, ~/.kube/config,
    in-cluster). ``planner`` is ``auto`` or ``offline``. ``sessions`` is the journal folder
    (default ``./.dotop/sessions`` or DOTOP_SESSIONS); ``policies`` the policy folder (default
    ``./policies`` or DOTOP_POLICIES), ``patterns`` the pattern folder (default ``./patterns`` or
    DOTOP_PATTERNS), searched with the policies through the knowledge base.
    ``validation_timeout`` bounds how long execution waits for the cluster to reach the new state;
    ``request_timeout`` bounds each API request.
    """

    def __init__(
        self,
        *,
        kubeconfig: str | None = None,
        context: str | None = None,
        planner: str | Planner = "auto",
        sessions: Path | None = None,
        policies: Path | None = None,
        patterns: Path | None = None,
        validation_timeout: float = 120.0,
        request_timeout: float = 30.0,
        user: str | None = None,
    ) -> None:
        self.client = KubeClient(kubeconfig=kubeconfig, context=context, timeout=request_timeout)
        self.gateway = Gateway(self.client)
        self.planner = planners.make(planner) if isinstance(planner, str) else planner
        self.journal = Journal(sessions)
        self.policies = policies_mod.load_policies(policies)
        self.knowledge = KnowledgeBase.from_env(patterns=patterns, policies=policies)
        self.validation_timeout = validation_timeout
        self.user = user or os.environ.get("DOTOP_USER") or _whoami()

    def close(self) -> None:
        self.client.close()
        self.knowledge.close()

    def __enter__(self) -> Operator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------ analyze
    def analyze(self, intent: str, *, namespace: str = "default") -> Proposal:
        """Plan ``intent`` in ``namespace``: dry-run every operation, check policies, record."""
        text = check_intent(intent)
        ns = check_namespace(namespace)
        labels = self.gateway.namespace_labels(ns)
        if labels is None:
            raise ConfigError(
                f"namespace {ns!r} does not exist in {self.client.identity.server}",
                hint="pass the namespace the application runs in (-n / namespace=)",
            )
        session = Session(id=new_id(), intent=text, namespace=ns)
        session.log("created", f"intent: {text}")
        try:
            proposal = self._propose(session, namespace_labels=labels)
        except PlannerError as err:
            self._planner_failed(session, err)
            raise
        self.journal.save(session)
        return proposal

    def refine(self, session_id: str, text: str) -> Proposal:
        """Re-plan with a correction; the original intent and earlier proposals are kept."""
        refinement = check_intent(text)
        session = self.journal.load(session_id)
        refinable = ("proposed", "needs_clarification", "dry_run_failed", "blocked")
        # A session whose planning failed (status error, never approved) can be retried.
        retry = session.status == "error" and session.approval is None
        if session.status not in refinable and not retry:
            raise ExecutionRefused(
                f"session {session_id} is {session.status}; it can no longer be refined",
                hint="start a new analysis for a further change",
            )
        session.refinements.append(refinement)
        session.log("refined", refinement)
        try:
            proposal = self._propose(session)
        except PlannerError as err:
            self._planner_failed(session, err, refining=True)
            raise
        self.journal.save(session)
        return proposal

    def _planner_failed(
        self, session: Session, err: PlannerError, *, refining: bool = False
    ) -> None:
        """Record why planning stopped (the message says what it cost), then let it propagate."""
        if refining:
            session.refinements.pop()  # nothing was planned for it; the previous proposal stands
        else:
            session.status = "error"
            session.message = f"planning failed: {err.message}"
        session.log("planner_failed", f"{err.reason}: {err.message}")
        err.session_id = session.id
        self.journal.save(session)

    def _propose(
        self, session: Session, *, namespace_labels: dict[str, str] | None = None
    ) -> Proposal:
        previous = session.proposals[-1] if session.proposals else None
        reader = self.gateway.reader()
        capabilities = self.gateway.capabilities()
        said = " ".join([session.intent, *session.refinements])
        hits = self.knowledge.search(said, kind="pattern", k=5)
        request = PlanRequest(
            intent=session.intent,
            namespace=session.namespace,
            refinements=list(session.refinements),
            previous=previous,
            capabilities=capabilities,
            patterns=[h.document for h in hits],
            policies=[p.model_dump(mode="json") for p in self.policies],
        )
        try:
            result = self.planner.plan(request, reader)
        except ValidationError as err:
            # A planner proposed an operation the types reject (e.g. 20000 replicas): ask, with
            # the reason, instead of failing the session.
            problem = err.errors()[0]
            where = ".".join(str(p) for p in problem.get("loc", ()))
            result = PlanResult(
                question=f"That cannot be planned: {where}: {problem.get('msg')}. "
                "What should it be instead?",
                category="invalid",
            )

        dry_runs: list[DryRunResult] = []
        versions: dict[str, str] = {}
        states: dict[str, Json | None] = {}
        for op in result.operations:
            current = self.gateway.get_raw(op.target)
            states[op.target.key] = current
            versions[op.target.key] = (current or {}).get("metadata", {}).get("resourceVersion", "")
            dry_runs.append(self.gateway.dry_run(op, current=current))
        decisions = policies_mod.evaluate(
            self.policies,
            result.operations,
            states=states,
            namespace=session.namespace,
            namespace_labels=(
                namespace_labels
                if namespace_labels is not None
                else self.gateway.namespace_labels(session.namespace) or {}
            ),
        )
        status: ProposalStatus
        if result.question is not None:
            status = "needs_clarification"
        elif any(not d.ok for d in dry_runs):
            status = "dry_run_failed"
        elif any(d.effect == "deny" for d in decisions):
            status = "blocked"
        else:
            status = "proposed"
        draft = Proposal(
            session_id=session.id,
            revision=len(session.proposals) + 1,
            intent=session.intent + "".join(f"\n(refined: {r})" for r in session.refinements),
            namespace=session.namespace,
            cluster=self.gateway.identity,
            planner=result.planner or self.planner.name,
            model=result.model if result.planner else self.planner.model,
            category=result.category,
            analysis=result.analysis,
            question=result.question,
            operations=result.operations,
            dry_run=dry_runs,
            policy=decisions,
            patterns=result.patterns,
            capabilities=result.capabilities,
            risks=result.risks,
            validation_plan=result.validation_plan,
            target_versions=versions,
            usage=result.usage,
            status=status,
        )
        proposal = draft.model_copy(update={"plan_hash": draft.compute_hash()})
        session.proposals.append(proposal)
        session.status = status
        session.message = result.question or _status_message(proposal)
        session.log(
            "proposed", f"revision {proposal.revision}: {status} ({proposal.plan_hash[:12]})"
        )
        return proposal

    # ------------------------------------------------------------------------------ decisions
    def reject(self, session_id: str, *, reason: str = "", by: str | None = None) -> Session:
        session = self.journal.load(session_id)
        if session.status in ("executing", "executed", "failed", "rolled_back"):
            raise ExecutionRefused(f"session {session_id} is already {session.status}")
        who = by or self.user
        session.status = "rejected"
        session.rejected_by = who
        session.message = f"rejected by {who}" + (f": {reason}" if reason else "")
        session.log("rejected", session.message)
        self.journal.save(session)
        return session

    def session(self, session_id: str) -> Session:
        return self.journal.load(session_id)

    def execute(
        self,
        session_id: str,
        *,
        approve: str,
        interactive: bool = False,
        rollback: bool = True,
        approver: str | None = None,
    ) -> Session:
        """Run exactly the approved operations of the session's latest proposal.

        ``approve`` must be that proposal's ``plan_hash``. ``interactive=True`` states that a
        person approved it just now (a policy's ``require_approval`` needs that). Refused — with
        nothing changed — for a wrong or stale hash, a tampered record, a failed dry-run, a
        policy denial, a missing interactive approval, a second execution, or a target that
        changed since planning. A session whose execution was interrupted (cluster unreachable)
        can be executed again with the same approval: operations already applied are skipped.
        """
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
        if proposal.status == "needs_clarification":
            raise ExecutionRefused(
                f"session {sid} needs clarification: {proposal.question}",
                hint="answer with refine, then approve the new plan",
            )
        if proposal.status == "dry_run_failed":
            failed = [
                f"{op.summary()}: {d.message}"
                for op, d in zip(proposal.operations, proposal.dry_run, strict=True)
                if not d.ok
            ]
            raise ExecutionRefused(
                "the server-side dry-run rejected: " + "; ".join(failed),
                hint="refine the intent so every operation passes the dry-run",
            )
        denied = proposal.denied
        if denied:
            raise ExecutionRefused(
                "blocked by policy: " + "; ".join(f"{d.policy_id}: {d.reason}" for d in denied),
                hint="change the plan (refine) or the policy; a denial cannot be approved",
            )
        if not proposal.operations:
            raise ExecutionRefused(f"session {sid} has no operations to execute")
        needs = [d for d in proposal.policy if d.effect == "require_approval"]
        if needs and not interactive:
            raise ExecutionRefused(
                "an interactive human approval is required by "
                + ", ".join(sorted({d.policy_id for d in needs}))
                + ": "
                + "; ".join(d.reason for d in needs),
                hint="approve it in the notebook (Approve button or `%operate approve`) or "
                "at a terminal; an unattended run cannot satisfy this policy",
            )
        applied_keys = {
            r.target.key: r.after_resource_version
            for r in session.execution
            if r.status == "applied"
        }
        for op in proposal.operations:
            key = op.target.key
            current = self.gateway.get_raw(op.target)
            now = (current or {}).get("metadata", {}).get("resourceVersion", "")
            expected = (
                applied_keys.get(key)
                if resuming and key in applied_keys
                else (proposal.target_versions.get(key, ""))
            )
            if now != expected and not (resuming and key in applied_keys):
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
                prior=redact(prior) if prior is not None else None,
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

    def sessions(self) -> Sequence[str]:
        return self.journal.ids()


def _status_message(proposal: Proposal) -> str:
    if proposal.status == "dry_run_failed":
        return "a server-side dry-run failed; nothing can be executed"
    if proposal.status == "blocked":
        return "blocked by policy"
    return (
        f"proposed {len(proposal.operations)} operation(s); approve plan {proposal.plan_hash[:12]}"
    )


def _whoami() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
