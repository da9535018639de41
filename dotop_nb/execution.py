"""The executor: the only code that writes to the cluster.

It runs exactly the approved operations of a session's latest proposal — after checking the
approval against the plan hash, the record against tampering, and the targets against the
resourceVersions seen at planning, and after the authorisation gate (:mod:`dotop_nb.gate`) has
judged the plan again from the world as it is now: dry-run, scope, and every policy of the policy
set loaded now. What the record says about dry-runs and policy decisions is never a permission.
It checks the cluster's identity (CA fingerprint + kube-system UID), validates the result, and
restores the prior state when validation fails.

Writes are written ahead (see :mod:`dotop_nb.recovery`): before each write the journal holds the
target's prior state and the intent (``writing``); after it, the outcome. Each write carries the
resourceVersion it was planned against as a precondition in the same request, so two runs planned
on one version cannot both write. An interrupted session (signal, crash, lost answer, outage) is
``interrupted`` — or still ``executing`` with its lock free when the process was killed — and
:meth:`Executor.resume` or :meth:`Executor.rollback` finishes it from any process.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

from dotop_nb import gate, lifecycle, recovery, topology
from dotop_nb.cluster import priors
from dotop_nb.cluster.gateway import STATUS_RACE_SECONDS, Gateway
from dotop_nb.cluster.validation import Validator, requested_fields
from dotop_nb.errors import ClusterUnreachable, Conflict, DotopError, Interrupted
from dotop_nb.errors import ExecutionRefused as ExecutionRefused  # noqa: PLC0414
from dotop_nb.ledger import ExecutionLedger
from dotop_nb.models import (
    ApplyOp,
    Approval,
    DeleteOp,
    Operation,
    OperationRecord,
    OperationStatus,
    RollbackRecord,
    Session,
    utcnow,
)
from dotop_nb.policy import PolicySet
from dotop_nb.ports import RunControl
from dotop_nb.sessions import Journal, JournalUnwritable

Json = dict[str, Any]

# Statuses from which a session can be resumed or rolled back. "executing" counts only while
# this process holds the session's lock: then the process that set it is gone.
RESUMABLE = lifecycle.RESUMABLE
TOUCHED = lifecycle.TOUCHED


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
        ledger: ExecutionLedger | None = None,
    ) -> None:
        self.gateway = gateway
        self.ledger = ledger or ExecutionLedger()
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
        control: RunControl | None = None,
    ) -> Session:
        """Check, then run the session's approved plan (see :meth:`Operator.execute`).

        ``control``: a surface running this in a background thread passes one to see each
        validation poll and to cancel (see :class:`~dotop_nb.ports.RunControl`)."""
        with self.journal.lock(session_id):
            session = self.journal.load(session_id)
            if session.status == "blocked" and session.execution:
                raise ExecutionRefused(
                    f"session {session_id} was already refused at execution: {session.message}",
                    hint="re-plan: analyze the intent again, then approve the new plan",
                )
            if session.status in RESUMABLE and session.approval is not None:
                self.ledger.check_unfinished(session_id, approve)
            elif session.status not in lifecycle.FINAL:
                # An older copy of an executed record (a final record is refused as "already
                # executed" by the checks below, with that clearer message).
                self.ledger.check_new(session_id)
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
            return self._start(session, rollback=rollback, first=not resuming, control=control)

    def resume(self, session_id: str, *, rollback: bool = True, by: str | None = None) -> Session:
        """Finish an interrupted session with its recorded approval, re-checked (hash, cluster,
        targets) exactly as a first execution; unanswered writes are reconciled first."""
        with self.journal.lock(session_id):
            session = self.journal.load(session_id)
            approval = self._interrupted(session, "resume")
            self.ledger.check_unfinished(session_id, approval.plan_hash)
            self._check_executable(session, approval.plan_hash, interactive=approval.interactive)
            session.log("resumed", f"by {by or self.user}")
            return self._start(session, rollback=rollback)

    def rollback(self, session_id: str, *, by: str | None = None) -> Session:
        """Restore what an interrupted (or failed, not rolled back) session changed to the state
        before its first operation, and verify it."""
        with self.journal.lock(session_id):
            session = self.journal.load(session_id)
            done = session.rollback
            failed_unrestored = session.status == "failed" and not (
                done is not None
                and done.performed
                and done.verified is not None
                and done.verified.ok
                and all(step.ok for step in done.steps)
            )
            if not failed_unrestored:
                self._interrupted(session, "roll back")
            if session.approval is not None:
                self.ledger.check_unfinished(session_id, session.approval.plan_hash)
            self._check_cluster(session)
            who = by or self.user
            session.log("rollback_requested", f"by {who}")
            try:
                # Recorded before the first restoring write: no write without its record.
                self.journal.save(session)
                return self._finished(
                    self._finish_failed(
                        session, rollback=True, reason=f"rolled back on request by {who}"
                    )
                )
            except JournalUnwritable as err:
                raise unwritable(session, err, rolling_back=True) from err
            except BaseException as err:
                # A rollback stopped by a signal (or a lost answer) leaves an event: running
                # `session rollback ID` again finishes it (restoring is idempotent).
                message = (
                    f"rollback interrupted by {type(err).__name__}; `dotop-nb session rollback "
                    f"{session.id}` finishes it"
                )
                if session.status == "executing":
                    lifecycle.advance(session, "interrupted", message)
                else:
                    session.message = message
                session.log("rollback_interrupted", message)
                with contextlib.suppress(JournalUnwritable):
                    self.journal.save(session)
                raise

    def _finished(self, session: Session) -> Session:
        """Record a final outcome in the ledger: no older copy of the record can resume it."""
        if session.status in lifecycle.DONE:
            self.ledger.finish(session.id, session.status)
        return session

    def _interrupted(self, session: Session, verb: str) -> Approval:
        """The session's approval if it can be resumed or rolled back; else ExecutionRefused."""
        if session.status not in RESUMABLE or session.approval is None or not session.proposals:
            raise ExecutionRefused(
                f"session {session.id} is {session.status}: there is no interrupted execution "
                f"to {verb}",
                hint="`dotop-nb session show ID` shows its record",
            )
        return session.approval

    def _start(
        self,
        session: Session,
        *,
        rollback: bool,
        first: bool = False,
        control: RunControl | None = None,
    ) -> Session:
        proposal = session.proposal
        lifecycle.advance(
            session,
            "executing",
            f"executing {len(proposal.operations)} approved operation(s) of plan "
            f"{proposal.plan_hash[:12]}",
        )
        self.journal.save(session)
        if first:
            # Before the first write, outside the journal: this execution can never start again
            # from an older copy of the record.
            self.ledger.start(session.id, proposal.plan_hash)
        try:
            return self._finished(self._run(session, rollback=rollback, control=control))
        except JournalUnwritable as err:
            # Nothing more can be recorded, so nothing more is written (never a write without
            # its record): say what is in place and how to undo it once the folder is writable.
            raise unwritable(session, err) from err
        except BaseException as err:
            # A signal (SIGINT, SIGTERM via the CLI), a lost answer or a bug mid-execution must
            # not leave the session "executing": record it as interrupted and resumable.
            if session.status == "executing":
                applied = sum(1 for r in session.execution if r.status == "applied")
                cause = (
                    "an unreachable cluster"
                    if isinstance(err, ClusterUnreachable)
                    else (type(err).__name__)
                )
                lifecycle.advance(
                    session,
                    "interrupted",
                    f"execution interrupted by {cause} after {applied} of "
                    f"{len(proposal.operations)} operation(s) were applied; finish it with "
                    f"`dotop-nb session resume {session.id}` or undo it with "
                    f"`dotop-nb session rollback {session.id}`",
                    event="interrupted",
                )
                try:
                    self.journal.save(session)
                except JournalUnwritable as failed:
                    raise unwritable(session, failed) from err
                if isinstance(err, ClusterUnreachable):
                    raise Interrupted(session.message) from err
            raise

    def _check_cluster(self, session: Session) -> None:
        """Refuse a session planned on another cluster (CA fingerprint + kube-system UID)."""
        planned = session.proposal.cluster
        here = self.gateway.identity
        if not planned.ca_sha256 and not planned.kube_system_uid:
            raise ExecutionRefused(
                f"session {session.id} was recorded without a cluster identity (an older "
                "dotop-nb), so the cluster it was planned on cannot be checked",
                hint="analyze the intent again",
            )
        if not planned.same_cluster(here):
            raise ExecutionRefused(
                f"session {session.id} was planned on cluster {planned.fingerprint} at "
                f"{planned.server}, but this engine is connected to cluster {here.fingerprint} "
                f"at {here.server}",
                hint="use the kubeconfig/context it was planned with, or analyze the intent "
                "again on this cluster (a cluster is identified by its CA and the UID of "
                "kube-system, not by its URL)",
            )

    def _check_executable(self, session: Session, approve: str, *, interactive: bool) -> bool:
        """Raise ExecutionRefused unless the session may execute now; True when resuming."""
        sid = session.id
        if not session.proposals:
            raise ExecutionRefused(f"session {sid} has no proposal")
        proposal = session.proposal
        self._check_cluster(session)
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
        # Inside the lock, "executing" means its process died without recording anything.
        resuming = session.status in RESUMABLE and session.approval is not None
        if resuming and session.approval is not None and session.approval.plan_hash != approve:
            raise ExecutionRefused(
                f"session {sid} was approved with plan {session.approval.plan_hash[:12]}, "
                f"not {approve[:12]}",
                hint="resume it with `dotop-nb session resume ID` (its recorded approval)",
            )
        if session.status in lifecycle.EXECUTED:
            when = session.events[-1].at.isoformat(timespec="seconds") if session.events else ""
            raise ExecutionRefused(
                f"session {sid} was already executed ({session.status}, {when})",
                hint="an approved plan runs once; analyze again for a new change",
            )
        if session.status == "rejected":
            raise ExecutionRefused(f"session {sid} was rejected by {session.rejected_by}")
        if proposal.awaits and not interactive and not resuming:
            # Said with a time or condition nobody checked: whether it holds is a person's to
            # say when approving. Here, not only in the workflow, so that the Python API's
            # default (interactive=False) is refused as every unattended surface is.
            raise ExecutionRefused(
                f"session {sid} was said with {proposal.awaits!r}: it runs only when a person "
                "approves it interactively, at the moment that holds, and this approval is not "
                "interactive",
                hint=f"approve it by hand when that holds (`dotop-nb session approve {sid} "
                f"--hash {proposal.plan_hash[:12]}` on a terminal, the widget's Approve, or "
                "`execute(..., interactive=True)` from code a person runs), or ask for the "
                "change without the condition",
            )
        if proposal.question is not None or proposal.status == "needs_clarification":
            raise ExecutionRefused(
                f"session {sid} needs clarification: {proposal.question}",
                hint="answer with refine, then approve the new plan",
            )
        if not proposal.operations:
            raise ExecutionRefused(f"session {sid} has no operations to execute")
        applied = {r.index: r for r in session.execution if r.status == "applied"}
        if resuming:
            self._check_own_writes(session)
        # A write whose answer was lost may have landed: read back first, so that the gate
        # judges only what is still to be written (a landed json patch or delete would fail
        # its dry-run a second time).
        landed = (
            {
                r.index
                for r in session.execution
                if r.status in lifecycle.UNANSWERED
                and recovery.reconcile(self.gateway, session, r, self.gateway.get_raw(r.target))
                == "applied"
            }
            if resuming
            else set()
        )
        pending = [
            i
            for i in range(len(proposal.operations))
            if not (resuming and (i in applied or i in landed))
        ]
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
            written = [r.summary for r in session.execution if resuming and r.status in TOUCHED]
            raise ExecutionRefused(
                refusal + (f" [policy set: {found.policy_set.describe()}]"),
                hint=(
                    "a person must approve it: the Approve button or `%operate approve ID "
                    "--hash HASH` in a cell run from JupyterLab, or `dotop-nb session approve` "
                    "at a terminal; a headless run (papermill, nbclient, CI, cron) cannot"
                    if needs_person and not written
                    else f"nothing more was executed; what this session already wrote "
                    f"({'; '.join(written)}) stays in place: `dotop-nb session rollback "
                    f"{sid}` undoes it, or re-plan"
                    if written
                    else "nothing was executed; refine the intent or change the policy, then "
                    "approve the new plan"
                ),
            )
        # Objects this session already wrote (or may have) are checked by the preconditions of
        # their next writes and by reconciliation; the others must still be as planned.
        touched = {r.target.key for r in session.execution if r.status in TOUCHED}
        for index in pending:
            op = proposal.operations[index]
            key = op.target.key
            if resuming and key in touched:
                continue
            now = found.versions.get(key, "")
            expected = proposal.target_versions.get(key, "")
            if now != expected:
                raise ExecutionRefused(
                    f"{op.target.describe()} changed since the plan was made "
                    f"(resourceVersion {expected or 'absent'} → {now or 'absent'})",
                    hint="re-plan: refine the session or analyze again, then approve the new plan",
                )
        return resuming

    def _check_own_writes(self, session: Session) -> None:
        """Before a resume writes anything: refuse when another writer changed an object this
        session already wrote (its version moved past the one the session's write produced), or
        an unanswered write cannot be settled. Writing the rest of the plan on top of someone
        else's change would validate a state nobody approved."""
        sid = session.id
        for key in {r.target.key for r in session.execution if r.status in TOUCHED}:
            last = recovery.records_for(session, key)[-1]
            current = self.gateway.get_raw(last.target)
            if last.status == "applied":
                gone = current is None and not isinstance(
                    session.proposal.operations[last.index], DeleteOp
                )
                if not gone and not recovery.changed_by_other(last, current):
                    continue
                what = "was deleted" if gone else "was changed"
            else:
                verdict = recovery.reconcile(self.gateway, session, last, current)
                if verdict != "unknown":
                    continue
                recovery.settle(session, last, verdict, when="at resume")
                what = "was changed after its unanswered write (cannot tell whether it landed)"
            message = (
                f"{last.target.describe()}, which this session already wrote "
                f"({last.summary}), {what} by someone else since; nothing more was written"
            )
            session.log("resume_refused", message)
            self.journal.save(session)
            raise ExecutionRefused(
                f"session {sid}: {message}",
                hint=f"look at {last.target.describe()}; `dotop-nb session rollback {sid}` "
                "restores what can be restored (it leaves the other writer's change alone), or "
                "re-plan: analyze the intent again",
            )

    # ------------------------------------------------------------------------------ running
    def _run(self, session: Session, *, rollback: bool, control: RunControl | None) -> Session:
        proposal = session.proposal
        for index, op in enumerate(proposal.operations):
            record = next((r for r in session.execution if r.index == index), None)
            if record is not None and record.status == "applied":
                continue
            if control is not None and control.cancelled:
                done = sum(1 for r in session.execution if r.status == "applied")
                return self._cancelled(
                    session, control, f"after {done} of {len(proposal.operations)} operation(s)"
                )
            if record is not None and record.status in lifecycle.UNANSWERED:
                if self._reconciled(session, record, op):
                    continue
            else:
                record = None
            failed = self._write(session, index, op, previous=record)
            if failed is not None:
                return self._finish_failed(session, rollback=rollback, reason=failed)

        requested = requested_fields(proposal.operations, proposal.dry_run)
        if control is not None:
            control.timeout = self.validation_timeout
            control.validating_since = time.monotonic()
        report = Validator(
            self.gateway, timeout=self.validation_timeout, requested=requested, control=control
        ).validate(proposal.operations)
        session.validation = report
        session.log("validated", "ok" if report.ok else "failed")
        if not report.ok and control is not None and control.cancelled:
            waiting = "; ".join(c.message for c in report.checks if not c.ok)
            return self._cancelled(session, control, f"while validating ({waiting})")
        if report.ok:
            # The picture's "after": the cluster as it is once the change holds.
            session.after = topology.again(self.gateway.reader(), proposal.pictures)
            lifecycle.advance(
                session,
                "executed",
                f"executed {len(proposal.operations)} operation(s); validation passed",
                event="executed",
            )
            self.journal.save(session)
            recovery.drop_backups(self.gateway, session)
            return session
        failed = "; ".join(c.message for c in report.checks if not c.ok)
        return self._finish_failed(
            session, rollback=rollback, reason=f"validation failed: {failed}"
        )

    def _reconciled(self, session: Session, record: OperationRecord, op: Operation) -> bool:
        """Settle a write whose answer was never recorded: True when it landed (now recorded
        applied), False when it did not (it will be sent again, with the same precondition)."""
        current = self.gateway.get_raw(op.target)
        verdict = recovery.reconcile(self.gateway, session, record, current)
        if verdict == "not_applied":
            session.log("reconciled", f"{op.summary()}: the write had not landed")
            return False
        if verdict == "unknown":
            recovery.settle(session, record, verdict, when="at resume")
            lifecycle.advance(
                session,
                "interrupted",
                f"cannot tell whether {op.summary()} was applied: {op.target.describe()} was "
                "changed since by someone else; it is not sent again. Roll the session back "
                f"(`dotop-nb session rollback {session.id}`) or re-plan",
                event="interrupted",
            )
            self.journal.save(session)
            raise ExecutionRefused(session.message)
        self._record(
            session,
            record.index,
            op,
            status="applied",
            prior=None,
            base=record,
            version=recovery.version(current),
            generation=recovery.generation(current),
            message="applied (its answer was lost; confirmed by reading the object back)",
        )
        session.log("reconciled", f"{op.summary()}: the write had landed")
        self.journal.save(session)
        return True

    def _write(
        self, session: Session, index: int, op: Operation, *, previous: OperationRecord | None
    ) -> str | None:
        """Write one operation ahead and send it; None on success, else why it failed."""
        current = self.gateway.get_raw(op.target)
        precondition = recovery.precondition(session, index, op, current)
        if previous is not None and current is not None:
            # Sent before without an answer and found not applied: the object is as it was
            # then (same spec); a controller may have moved its version since.
            before = (previous.prior or {}).get("metadata") or {}
            if recovery.unchanged(current, previous.precondition or "", before):
                precondition = recovery.version(current)
        first = not any(r.index < index for r in recovery.records_for(session, op.target.key))
        # Planned absent: the first write is a create, refused by the apiserver (409) if the
        # object exists now — whoever created it, it is never taken over.
        create = (
            first
            and isinstance(op, ApplyOp)
            and not session.proposal.target_versions.get(op.target.key)
        )
        prior_ref = previous.prior_ref if previous is not None else None
        prior_digest = previous.prior_digest if previous is not None else None
        if previous is None and first and current is not None:
            secret = self.gateway.holds_secret_value(current)
        else:
            secret = False
        if secret and current is not None:
            # A Secret's prior (or that of an object holding a Secret value) goes into a backup
            # Secret in the cluster, never into the record, where it would be redacted. No write
            # of this session reached the object yet: ``current`` is its prior state.
            try:
                saved = priors.save(
                    self.gateway.client, session_id=session.id, index=index, prior=current
                )
            except priors.BackupError as err:
                session.log("operation_failed", f"{op.summary()}: {err}")
                return f"{op.summary()} was not sent: {err}"
            prior_ref, prior_digest = saved.name, saved.digest
        self._record(
            session,
            index,
            op,
            status="writing",
            prior=previous.prior if previous is not None else current,
            prior_ref=prior_ref,
            prior_digest=prior_digest,
            precondition=precondition or None,
            message="write sent; its answer is not recorded yet",
        )
        self.journal.save(session)
        try:
            answer = self._send(session, index, op, None if create else current, precondition)
        except Conflict as err:
            what = (
                "was created by someone else since the plan saw it absent (409 AlreadyExists); "
                "it was not taken over"
                if create
                else "was changed by someone else since the plan was made (409 Conflict)"
            )
            self._record(
                session,
                index,
                op,
                status="failed",
                prior=None,
                base=next(r for r in session.execution if r.index == index),
                message=f"conflict: {op.target.describe()} {what} (precondition "
                f"resourceVersion {precondition or 'absent'}): {err.message}",
            )
            if not any(r.status in TOUCHED for r in session.execution):
                # Refused by the apiserver before anything changed: like a refusal by the gate,
                # the session is "blocked" (not "failed": nothing failed half-way).
                lifecycle.advance(
                    session,
                    "blocked",
                    f"refused: {op.target.describe()} {what}; nothing was changed",
                    event="conflict",
                )
                session.rollback = RollbackRecord(performed=False, reason="nothing was changed")
                self.journal.save(session)
                raise ExecutionRefused(
                    session.message,
                    hint="re-plan: analyze the intent again, then approve the new plan",
                ) from err
            session.log("operation_failed", f"{op.summary()}: conflict")
            return f"{op.summary()} failed: conflict: {op.target.describe()} {what}"
        except ClusterUnreachable:
            raise  # the record stays "writing": reconciled on resume or rollback
        except DotopError as err:
            self._record(
                session,
                index,
                op,
                status="failed",
                prior=None,
                base=next(r for r in session.execution if r.index == index),
                message=str(err),
            )
            session.log("operation_failed", f"{op.summary()}: {err}")
            return f"{op.summary()} failed: {err}"
        self._record(
            session,
            index,
            op,
            status="applied",
            prior=None,
            base=next(r for r in session.execution if r.index == index),
            version=(answer.get("metadata") or {}).get("resourceVersion"),
            generation=recovery.after_generation(op, answer, current),
            message="applied",
        )
        session.log("operation_applied", op.summary())
        self.journal.save(session)
        return None

    def _send(
        self, session: Session, index: int, op: Operation, current: Json | None, precondition: str
    ) -> Json:
        """Send the write. After an earlier write of this session to the object, a Conflict
        caused only by its controller reporting status (same generation) is retried with the
        new version; any other Conflict is the caller's."""
        follows = any(r.index < index for r in recovery.records_for(session, op.target.key))
        # A rolling update reports status many times a second; on a busy machine a few retries
        # in a row can each lose that race. Retry for a while, backing off, not a fixed count.
        deadline = time.monotonic() + STATUS_RACE_SECONDS
        pause = 0.02
        while True:
            try:
                return self.gateway.execute(op, current, precondition=precondition or None)
            except Conflict:
                if not follows or time.monotonic() >= deadline:
                    raise
                time.sleep(pause)  # let the status burst pass before reading the object again
                pause = min(pause * 2, 0.4)
                now = self.gateway.get_raw(op.target)
                same = recovery.generation(now) == recovery.generation(current)
                if now is None or recovery.generation(now) is None or not same:
                    raise
                current, precondition = now, recovery.version(now)

    def _record(
        self,
        session: Session,
        index: int,
        op: Operation,
        *,
        status: OperationStatus,
        prior: Json | None,
        message: str,
        base: OperationRecord | None = None,
        prior_ref: str | None = None,
        prior_digest: str | None = None,
        precondition: str | None = None,
        version: str | None = None,
        generation: int | None = None,
    ) -> None:
        """Replace the record of operation ``index``; ``base`` keeps its prior and start."""
        if base is not None:
            record = base.model_copy(
                update={
                    "status": status,
                    "message": message,
                    "after_resource_version": version,
                    "after_generation": generation,
                    "finished_at": utcnow(),
                }
            )
        else:
            now = utcnow()
            record = OperationRecord(
                index=index,
                summary=op.summary(),
                target=op.target,
                status=status,
                prior=self.gateway.redact(prior) if prior is not None else None,
                prior_ref=prior_ref,
                prior_digest=prior_digest,
                precondition=precondition,
                message=message,
                started_at=now,
                finished_at=now,
            )
        session.execution = [r for r in session.execution if r.index != index]
        session.execution.append(record)
        session.execution.sort(key=lambda r: r.index)

    def _cancelled(self, session: Session, control: RunControl, when: str) -> Session:
        """A person cancelled the run: stop, and restore what it changed (always: Cancel means
        undo, whatever the automatic-rollback setting says). The event names who cancelled."""
        reason = f"cancelled by {control.by or self.user} {when}"
        session.log("cancelled", reason)
        if not any(r.status in TOUCHED for r in session.execution):
            session.rollback = RollbackRecord(performed=False, reason="nothing was changed")
            lifecycle.advance(session, "rolled_back", f"{reason}; nothing was changed")
            self.journal.save(session)
            return session
        return self._finish_failed(session, rollback=True, reason=reason)

    def _finish_failed(self, session: Session, *, rollback: bool, reason: str) -> Session:
        if not rollback:
            session.rollback = RollbackRecord(performed=False, reason="rollback disabled")
            lifecycle.advance(session, "failed", reason, event="failed")
            self.journal.save(session)
            return session
        session.message = reason
        session.rollback = recovery.rollback(self.gateway, session, timeout=self.validation_timeout)
        record = session.rollback
        if not record.performed:
            lifecycle.advance(session, "failed", reason, event="failed")
            self.journal.save(session)
            return session
        ok = record.verified is not None and record.verified.ok and all(s.ok for s in record.steps)
        unrestored = ", ".join(s.target.describe() for s in record.steps if not s.ok)
        message = reason + (
            "; the changes were rolled back and the prior state verified"
            if ok
            else "; ROLLBACK INCOMPLETE — prior state NOT verified"
            + (f" (not restored: {unrestored})" if unrestored else "")
            + "; see the rollback record; fix what it names, then "
            f"`dotop-nb session rollback {session.id}` finishes it"
        )
        lifecycle.advance(
            session,
            "rolled_back" if ok else "failed",
            message,
            event="rolled_back" if ok else "rollback_failed",
        )
        self.journal.save(session)
        return session


def unwritable(
    session: Session, err: JournalUnwritable, *, rolling_back: bool = False
) -> JournalUnwritable:
    """The error of a run stopped because its record cannot be written: which session, what
    this session wrote to the cluster (left in place), and how to undo it later."""
    sid = session.id
    applied = [r.summary for r in session.execution if r.status == "applied"]
    unsure = [r.summary for r in session.execution if r.status in lifecycle.UNANSWERED]
    if applied or unsure:
        done = f"{len(applied)} operation(s) were applied and are LEFT IN PLACE" + (
            f" ({'; '.join(applied)})" if applied else ""
        )
        if unsure:
            done += f"; unanswered or not recorded: {'; '.join(unsure)}"
    else:
        done = "nothing was changed in the cluster"
    if rolling_back:
        done += "; the rollback stopped before its next write"
    return JournalUnwritable(
        f"session {sid} stopped: {err.message}. {done}. Nothing more is written to the cluster "
        "or the record (a write is never sent without its record)",
        session_id=sid,
        hint=f"once the sessions folder is writable, `dotop-nb session rollback {sid}` undoes "
        f"it (or `dotop-nb session resume {sid}` finishes it)",
    )
