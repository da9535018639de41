"""The workflow every surface calls: propose, refine, approve (run the approved plan), reject,
resume, roll back. Each takes the engine and returns an :class:`~dotop_nb.app.outcomes.Outcome`;
the surfaces only parse their input, call one of these and render the outcome.

A refusal (wrong hash, policy, a person needed, a changed target, a tampered record …) is an
outcome too: ``status == "refused"``, the error kept, and the session exactly as recorded —
nothing here rewrites a session for display.

Example::

    from dotop_nb.app import Approval, workflow
    outcome = workflow.propose(op, "scale my-api to 5", namespace="shop")
    approval = Approval.given("cli", plan_hash=outcome.session.proposal.plan_hash)
    outcome = workflow.approve(op, outcome.session.id, approval)
    sys.exit(outcome.exit_code)
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dotop_nb import lifecycle
from dotop_nb.app.approval import Approval
from dotop_nb.app.outcomes import Outcome
from dotop_nb.errors import DotopError, ExecutionRefused
from dotop_nb.intents import StructuredIntent
from dotop_nb.models import Session
from dotop_nb.ports import RunControl

if TYPE_CHECKING:
    from dotop_nb.service import Operator

MIN_HASH_PREFIX = 12


def propose(
    op: Operator, intent: str | StructuredIntent, *, namespace: str, origin: str = ""
) -> Outcome:
    """Plan ``intent`` (words, or a typed :class:`~dotop_nb.intents.StructuredIntent`: dry-run,
    policies) and record it; nothing changes in the cluster. ``origin``: where it was asked (a
    notebook and cell), kept in the record's log."""
    proposal = (
        op.analyze(intent, namespace=namespace, origin=origin)
        if origin
        else op.analyze(intent, namespace=namespace)
    )
    return Outcome.of(op.session(proposal.session_id), "planned and recorded a proposal")


def refine(op: Operator, session_id: str, text: str) -> Outcome:
    """Re-plan with a correction; the earlier proposals stay in the record."""
    op.refine(session_id, text)
    return Outcome.of(op.session(session_id), "re-planned with the correction")


def operate(
    op: Operator,
    intent: str | StructuredIntent,
    *,
    namespace: str,
    approval: Approval | None,
    rollback: bool,
) -> Outcome:
    """Propose, and with an approval given in advance (``--approve``), run the plan just made
    if it can run; a plan that cannot (question, dry-run, policy) is the outcome as proposed."""
    proposed = propose(op, intent, namespace=namespace)
    session = proposed.session
    if approval is None or session is None or proposed.status not in lifecycle.READY:
        return proposed
    return approve(
        op, session.id, replace(approval, plan_hash=session.proposal.plan_hash), rollback=rollback
    )


def approve(
    op: Operator,
    session_id: str,
    approval: Approval,
    *,
    rollback: bool,
    replay: bool = False,
    control: RunControl | None = None,
) -> Outcome:
    """Decide yes: run exactly the approved plan, validate it, roll it back if validation fails
    (unless ``rollback`` is False).

    ``approval.plan_hash`` is the full hash or its first 12+ characters ("" = the current plan).
    With ``replay`` (a notebook cell run again), a session that already ran is the outcome as
    recorded and nothing runs again — unless the cell names another plan, which is refused.
    ``control``: a run in a background thread (the widget) sees each validation poll and can be
    cancelled, which rolls back what was changed; headless surfaces pass none and wait.
    """
    session = op.session(session_id)
    if replay and session.status in lifecycle.EXECUTED:
        recorded = session.approval.plan_hash if session.approval else ""
        given = approval.plan_hash.lower()
        if given and not recorded.startswith(given):
            # Not shown: this cell names another plan, and must not restate that session.
            err = _refusal(
                f"session {session_id} was executed with plan {recorded[:12]}, not {given[:12]}",
                hint="check the session id and hash in this cell",
            )
            return Outcome(None, "refused", err.message, "nothing: refused", error=err)
        return Outcome.of(session, "nothing: it had already run", replayed=True)
    if session.status == "satisfied":
        # Nothing to run: approving it is not an error, and changes nothing.
        return Outcome.of(
            session,
            f"nothing to do: session {session_id} is already in the requested state "
            "(satisfied); nothing was approved or changed",
        )
    try:
        plan = resolve_hash(session, approval.plan_hash)
        check_confirmation(session, approval)
        if session.proposals and plan == session.proposal.plan_hash:
            # Another plan's hash is refused as a mismatch (by the executor), not for awaits.
            check_awaits(session, approval)
        result = op.execute(
            session_id,
            approve=plan,
            interactive=approval.interactive,
            approver=approval.by,
            rollback=rollback,
            control=control,
        )
    except DotopError as err:
        return _refused(op, session, err, approval=approval)
    return Outcome.of(result, f"ran the plan approved by {approval.by} ({approval.how})")


def reject(
    op: Operator, session_id: str, *, by: str | None = None, reason: str = "", replay: bool = False
) -> Outcome:
    """Decide no: record who rejected it and why (a re-run cell shows the recorded rejection)."""
    session = op.session(session_id)
    if replay and session.status == "rejected":
        return Outcome.of(session, "nothing: it had already been rejected", replayed=True)
    try:
        result = op.reject(session_id, reason=reason, by=by)
    except DotopError as err:
        return _refused(op, session, err)
    return Outcome.of(result, f"recorded the rejection by {result.rejected_by}")


def resume(op: Operator, session_id: str, approval: Approval, *, rollback: bool) -> Outcome:
    """Finish an interrupted execution with its recorded approval, checked again; the record
    says who resumed it (``approval.by``)."""
    session = op.session(session_id)
    try:
        result = op.resume(session_id, rollback=rollback, by=approval.by)
    except DotopError as err:
        return _refused(op, session, err)
    return Outcome.of(result, f"finished the interrupted execution (resumed by {approval.by})")


def roll_back(op: Operator, session_id: str, approval: Approval) -> Outcome:
    """Restore what an interrupted or failed execution changed, and verify it; the record says
    who asked for it (``approval.by``)."""
    session = op.session(session_id)
    try:
        result = op.rollback(session_id, by=approval.by)
    except DotopError as err:
        return _refused(op, session, err)
    return Outcome.of(result, f"restored the state before the session (by {approval.by})")


def as_seen(op: Operator, session: Session) -> Session:
    """``session`` as it stands: one still ``executing`` whose process is gone (its lock is free:
    killed, crashed) is shown as interrupted, with the commands that finish or undo it. A copy:
    the record itself is never rewritten."""
    if session.status != "executing" or op.journal.owner(session.id) is not None:
        return session
    shown = session.model_copy(deep=True)
    shown.status = "interrupted"
    applied = sum(1 for r in session.execution if r.status == "applied")
    total = len(session.proposal.operations) if session.proposals else 0
    shown.message = (
        f"its executing process ended without recording an outcome (killed or crashed) after "
        f"{applied} of {total} operation(s) were applied; finish it with `dotop-nb session "
        f"resume {session.id}` or undo it with `dotop-nb session rollback {session.id}`"
    )
    return shown


CONFIRM_HOW = (
    "type the namespace name to confirm: in the widget, in the box above Approve; in a cell, "
    "`%operate approve {id} --hash {hash} --confirm-namespace {ns}`; on the command line, "
    "`--confirm-namespace {ns}` on `dotop-nb operate … --approve` or `dotop-nb session approve`; "
    "in a runbook, the parameter `-p confirm_namespace {ns}`"
)


def check_confirmation(session: Session, approval: Approval) -> None:
    """A plan for a production namespace (``confirm_namespace``) runs only when the approval
    carries the namespace name typed by the approver — on every surface, checked here once."""
    if not session.proposals or not session.proposal.confirm_namespace:
        return
    typed = approval.confirm_namespace
    if typed == session.namespace:
        return
    said = f"{typed!r} was typed" if typed else "it was not typed"
    raise _refusal(
        f"session {session.id} changes the production namespace {session.namespace}: approving "
        f"it needs the namespace name typed to confirm, and {said}",
        hint=CONFIRM_HOW.format(
            id=session.id, hash=session.proposal.plan_hash[:12], ns=session.namespace
        ),
    )


AWAITS_HOW = (
    "a person approves it when that holds: `dotop-nb session approve {id} --hash {hash}` on a "
    "terminal, `%operate approve {id} --hash {hash}` in a cell run by hand, or the widget's "
    "Approve; or ask for the change without the condition"
)


def check_awaits(session: Session, approval: Approval) -> None:
    """A plan said with a time or condition (``awaits``: "tonight", "only if smoke tests
    fail") runs only on an interactive approval: the planner did not check the condition, so
    whether it holds is the approver's to say at the moment of approving — which an approval
    given in advance (``--approve``), a runbook or a CI job cannot do. Checked here once, for
    every surface. The field is signed with the record and bound into the plan hash, so a
    record edited to drop it is refused before this (:mod:`dotop_nb.sessions`)."""
    if not session.proposals or not session.proposal.awaits or approval.how == "interactive":
        return
    raise _refusal(
        f"session {session.id} was said with {session.proposal.awaits!r}: it runs when a "
        f"person approves it, at the moment that holds, and this approval is {approval.how} "
        f"({approval.where})",
        hint=AWAITS_HOW.format(id=session.id, hash=session.proposal.plan_hash[:12]),
    )


def resolve_hash(session: Session, given: str) -> str:
    """The plan hash to approve: the current one (``given`` empty), or ``given`` in full or as a
    prefix of 12+ characters of the current plan's hash; else refused."""
    given = given.lower()
    if not session.proposals:
        return given
    current = session.proposal.plan_hash
    if not given:
        return current
    if len(given) == len(current):
        return given
    if len(given) >= MIN_HASH_PREFIX and current.startswith(given):
        return current
    raise _refusal(
        f"the approval is for plan {given[:12] or '(empty)'}, but session {session.id}'s current "
        f"plan is {current[:12]} (revision {session.proposal.revision})",
        hint="review the current proposal and approve its plan hash (at least 12 characters)",
    )


def _refusal(message: str, *, hint: str) -> DotopError:
    return ExecutionRefused(message, hint=hint)


def _refused(
    op: Operator, before: Session, err: DotopError, *, approval: Approval | None = None
) -> Outcome:
    """The outcome of a call the engine refused or that stopped part-way: the session as
    recorded now (its status unchanged: ``refused``; changed, e.g. interrupted: that status).
    A refused ``approval`` is noted in the session's log (:meth:`Operator.note_refusal`)."""
    if approval is not None and isinstance(err, ExecutionRefused):
        op.note_refusal(before.id, err.message, by=approval.by, how=approval.how)
    try:
        now: Session | None = as_seen(op, op.session(before.id))
    except DotopError:
        now = None  # unreadable or no longer trusted: not shown as if it were
    if now is None or (now.status == before.status and _writes(now) == _writes(before)):
        return Outcome(now, "refused", err.message, "nothing: refused", error=err)
    return Outcome(now, now.status, now.message, "stopped part-way", error=err)


def _writes(session: Session) -> list[tuple[int, str]]:
    return [(r.index, r.status) for r in session.execution]
