"""Write-ahead records, reconciliation of unanswered writes, and rollback from the record alone.

The executor records, before each write, the target's prior state and the intent to write
(status ``writing``, saved and fsynced), then the outcome. So the journal alone — in any process,
after SIGKILL, a crash or an outage — says what may have changed and what it was before:

- :func:`reconcile` decides whether a write whose answer was lost landed, by reading the object
  back: still at the precondition's resourceVersion → not applied; moved, holding the requested
  values, and the operation would change nothing more → applied; anything else → unknown (someone
  else changed it; never guessed, never applied twice).
- :func:`rollback` restores every object the session touched to its state before the session's
  first operation on it, then verifies (back, not terminating, matching the prior). An object
  that another writer changed after the session is left alone and reported.

A Secret's prior state (or that of an object holding a Secret value) is kept in the cluster
(:mod:`dotop_nb.cluster.priors`), never in the record; the record holds its name and digest. Any
prior — recorded or from a backup — is restored only onto the record's own target (same
apiVersion, kind, namespace, name, and uid unless the object is gone).
"""

from __future__ import annotations

import time
from typing import Any, Literal

from dotop_nb import lifecycle
from dotop_nb.cluster import priors
from dotop_nb.cluster.gateway import Gateway
from dotop_nb.cluster.redact import REDACTED, is_secret
from dotop_nb.cluster.validation import (
    Validator,
    differs_from_prior,
    mismatches,
    requested_fields,
)
from dotop_nb.errors import ApiError, ClusterError, Conflict, DotopError
from dotop_nb.models import (
    Check,
    DeleteOp,
    Operation,
    OperationRecord,
    RollbackRecord,
    RollbackStep,
    ScaleOp,
    Session,
    Target,
)

Json = dict[str, Any]
Verdict = Literal["applied", "not_applied", "unknown"]
TOUCHED = lifecycle.TOUCHED  # records whose write may have reached the cluster


def version(obj: Json | None) -> str:
    return str(((obj or {}).get("metadata") or {}).get("resourceVersion") or "")


def generation(obj: Json | None) -> int | None:
    value = ((obj or {}).get("metadata") or {}).get("generation")
    return int(value) if isinstance(value, int) else None


def records_for(session: Session, key: str) -> list[OperationRecord]:
    return sorted(
        (r for r in session.execution if r.target.key == key and r.status in TOUCHED),
        key=lambda r: r.index,
    )


def precondition(session: Session, index: int, op: Operation, current: Json | None) -> str:
    """The resourceVersion the write of operation ``index`` must find.

    The planned one for the session's first write to an object; after an earlier write of this
    session, the version that write produced — or the current one when only status moved since
    (same generation: a controller reported progress, nobody changed the spec).
    """
    earlier = [r for r in records_for(session, op.target.key) if r.index < index]
    applied = [r for r in earlier if r.status == "applied"]
    if not applied:
        return session.proposal.target_versions.get(op.target.key, "")
    last = applied[-1]
    if last.after_generation is not None and generation(current) == last.after_generation:
        return version(current)
    return last.after_resource_version or ""


def after_generation(op: Operation, answer: Json, current: Json | None) -> int | None:
    """The object's generation after the write (a Scale answer has none: derive it)."""
    found = generation(answer)
    if found is not None or not isinstance(op, ScaleOp):
        return found
    before = generation(current)
    if before is None:
        return None
    same = (current or {}).get("spec", {}).get("replicas") == op.replicas
    return before if same else before + 1


def reconcile(
    gateway: Gateway, session: Session, record: OperationRecord, current: Json | None
) -> Verdict:
    """Did the write of ``record`` (status writing/unknown) land? Read back, never guessed.

    Not applied: the object is still at the precondition (same resourceVersion, or the same
    generation — a controller's status update moves the version, not the spec). Applied: it
    moved and holds every value the operation's dry-run showed it setting (or, when nothing is
    comparable — a create, a Secret's values — sending it again would change nothing).
    Anything else is unknown: someone else changed the object.
    """
    op = session.proposal.operations[record.index]
    prior_meta = (record.prior or {}).get("metadata") or {}
    pre = record.precondition or ""
    if isinstance(op, DeleteOp):
        if current is None:
            return "applied"
        meta = current.get("metadata") or {}
        if meta.get("uid") == prior_meta.get("uid") and meta.get("deletionTimestamp"):
            return "applied"
        return "not_applied" if unchanged(current, pre, prior_meta) else "unknown"
    if current is None:
        created = record.prior is None and not record.prior_ref
        return "not_applied" if created else "unknown"
    if unchanged(current, pre, prior_meta):
        return "not_applied"
    wanted = requested_fields([op], [session.proposal.dry_run[record.index]])
    fields = wanted.get(op.target.key, {})
    if fields:
        return "unknown" if mismatches(current, fields) else "applied"
    try:
        return "unknown" if gateway.would_change(op, current) else "applied"
    except ApiError:
        return "unknown"


_SETTLED = {
    "applied": (
        "applied",
        "applied (its answer was lost; confirmed by reading the object back {when})",
    ),
    "not_applied": ("skipped", "not applied: its write never landed (read back {when})"),
    "unknown": (
        "unknown",
        "cannot tell whether it was applied: the object was changed by someone else since "
        "(read back {when}); it is not sent again",
    ),
}


def settle(session: Session, record: OperationRecord, verdict: Verdict, *, when: str) -> None:
    """Replace a ``writing`` record by what reconciliation found, so the record no longer says
    its answer is pending. A write that never landed becomes ``skipped`` (nothing to undo)."""
    status, message = _SETTLED[verdict]
    if record.status == status and verdict != "unknown":
        return
    updated = record.model_copy(update={"status": status, "message": message.format(when=when)})
    session.execution = sorted(
        [r for r in session.execution if r.index != record.index] + [updated],
        key=lambda r: r.index,
    )


def unchanged(current: Json, pre: str, prior_meta: Json) -> bool:
    """Is ``current`` still the object the write was prepared against?"""
    if pre and version(current) == pre:
        return True
    before = prior_meta.get("generation")
    now = generation(current)
    same_object = prior_meta.get("uid") == (current.get("metadata") or {}).get("uid")
    return same_object and isinstance(before, int) and now == before


def _prior(gateway: Gateway, record: OperationRecord) -> tuple[Json | None, str]:
    """The full prior state of ``record``'s object (None: it did not exist) or a reason why it
    cannot be had. A prior that is not the record's target (another kind, name or namespace) is
    never returned: restoring it would write another object than the session touched."""
    if record.prior_ref:
        try:
            loaded = priors.load(
                gateway.client,
                namespace=record.target.namespace or "",
                name=record.prior_ref,
                expected=record.prior_digest,
            )
        except priors.BackupError as err:
            return None, str(err)
        if loaded is None:
            return None, f"its backup {record.prior_ref} is gone"
        return _same_target(loaded, record.target, f"backup {record.prior_ref}")
    if record.prior is None:
        return None, ""
    if is_secret(record.prior) or REDACTED in repr(record.prior):
        return None, "its prior state was recorded redacted (an older record); restore it by hand"
    return _same_target(record.prior, record.target, "the recorded prior")


def _same_target(prior: Json, target: Target, source: str) -> tuple[Json | None, str]:
    """``prior`` when it names exactly ``target`` (apiVersion, kind, name, namespace)."""
    meta = prior.get("metadata") if isinstance(prior.get("metadata"), dict) else {}
    found = (
        prior.get("apiVersion"),
        prior.get("kind"),
        (meta or {}).get("name"),
        (meta or {}).get("namespace") or None,
    )
    wanted = (target.api_version, target.kind, target.name, target.namespace or None)
    if found != wanted:
        shown = f"{found[1]} {found[3] or ''}/{found[2]} ({found[0]})"
        return None, (
            f"{source} holds another object ({shown}) than the one this session changed; "
            "nothing is restored from it"
        )
    return prior, ""


def changed_by_other(record: OperationRecord, current: Json | None) -> bool:
    """Did another writer change the object after this session's last write to it?"""
    if current is None or record.status != "applied":
        return False
    if record.after_generation is not None and generation(current) is not None:
        return generation(current) != record.after_generation
    return bool(record.after_resource_version) and version(current) != (
        record.after_resource_version
    )


def _already_prior(current: Json | None, prior: Json | None) -> bool:
    if current is None or prior is None:
        return current is None and prior is None
    terminating = bool((current.get("metadata") or {}).get("deletionTimestamp"))
    return not terminating and not differs_from_prior(current, prior)


def _wait_gone(gateway: Gateway, target: Target, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if gateway.get_raw(target) is None:
            return True
        time.sleep(0.2)
    return gateway.get_raw(target) is None


def rollback(gateway: Gateway, session: Session, *, timeout: float) -> RollbackRecord:
    """Restore every object the session touched to its state before the session, newest change
    first, then verify. Works from the record alone (any process)."""
    keys: dict[str, OperationRecord] = {}
    for record in sorted(session.execution, key=lambda r: r.index, reverse=True):
        if record.status in TOUCHED:
            keys.setdefault(record.target.key, record)
    if not keys:
        return RollbackRecord(performed=False, reason="nothing was changed")
    steps: list[RollbackStep] = []
    verify: list[tuple[Target, Json | None]] = []
    for key, last in keys.items():
        first = records_for(session, key)[0]
        target = first.target
        step = _restore_one(gateway, session, first, last, timeout=timeout)
        steps.append(step)
        if step.ok:
            prior, _ = _prior(gateway, first)
            verify.append((target, prior))
    report = Validator(gateway, timeout=timeout).validate_restored(verify)
    # The prior state is verified only when EVERY touched object was restored and verified: an
    # object that could not be restored is a failed check of the report, named with its reason.
    unrestored = [
        Check(name=f"{s.target.describe()} restored", ok=False, message=s.message[:500])
        for s in steps
        if not s.ok
    ]
    if unrestored:
        # What could not be restored comes first; the "nothing to check" placeholder of an
        # empty verification is replaced by those reasons.
        kept = report.checks if verify else []
        report = report.model_copy(update={"ok": False, "checks": [*unrestored, *kept]})
    ok = report.ok and not unrestored
    if ok:
        _drop_backups(gateway, session)
    names = ", ".join(s.target.describe() for s in steps if not s.ok)
    return RollbackRecord(
        performed=True,
        steps=steps,
        verified=report,
        reason="" if ok else f"prior state NOT verified: not restored: {names or 'see checks'}",
    )


def _restore_one(
    gateway: Gateway,
    session: Session,
    first: OperationRecord,
    last: OperationRecord,
    *,
    timeout: float,
) -> RollbackStep:
    target = first.target
    prior, missing = _prior(gateway, first)
    if missing:
        return RollbackStep(target=target, action="restore", ok=False, message=missing)
    try:
        current = gateway.get_raw(target)
        verdict = reconcile(gateway, session, last, current) if last.status != "applied" else None
        if verdict is not None:
            # The record says what was found, not "write sent; its answer is not recorded".
            settle(session, last, verdict, when="at rollback")
        if _already_prior(current, prior):
            # Never written, or restored by an earlier rollback: nothing to do (idempotent).
            return RollbackStep(
                target=target, action="restore", ok=True, message="already in the prior state"
            )
        if verdict is not None:
            if verdict == "unknown":
                return RollbackStep(
                    target=target,
                    action="restore",
                    ok=False,
                    message="changed by another writer since it was planned; not restored "
                    "(look at it, then re-plan)",
                )
            if verdict == "not_applied" and first is last:
                return RollbackStep(
                    target=target,
                    action="restore",
                    ok=True,
                    message="its write never landed; nothing to restore",
                )
        elif changed_by_other(last, current):
            return RollbackStep(
                target=target,
                action="restore",
                ok=False,
                message="changed by another writer after this session; not restored "
                "(restoring would undo their change: look at it, then re-plan)",
            )
        if prior is not None and current is not None and not _same_uid(prior, current):
            return RollbackStep(
                target=target,
                action="restore",
                ok=False,
                message="another object of that name (a different uid) exists now; not "
                "restored (look at it, then re-plan)",
            )
        if prior is None:
            if current is not None:
                gateway.delete(target, uid=(current.get("metadata") or {}).get("uid"))
            return RollbackStep(
                target=target,
                action="delete",
                ok=True,
                message="created by this session; deleted",
            )
        if current is not None and (current.get("metadata") or {}).get("deletionTimestamp"):
            # Re-creating needs the name free: wait for the deletion to finish.
            if not _wait_gone(gateway, target, timeout):
                return RollbackStep(
                    target=target,
                    action="recreate",
                    ok=False,
                    message=f"still terminating after {timeout:.0f}s (finalizers?); not re-created",
                )
            current = None
        _put_back(gateway, target, prior, current)
    except Conflict as err:
        return RollbackStep(
            target=target,
            action="restore",
            ok=False,
            message=f"changed by another writer while restoring: {err.message}",
        )
    except DotopError as err:  # the apiserver's refusal, or a prior that is another object
        return RollbackStep(target=target, action="restore", ok=False, message=str(err))
    return RollbackStep(
        target=target,
        action="recreate" if current is None else "restore",
        ok=True,
        message="restored from the state before the session",
    )


def _same_uid(prior: Json, current: Json) -> bool:
    """Is ``current`` the object ``prior`` was (a terminating one is about to be re-created)?"""
    meta = current.get("metadata") or {}
    if meta.get("deletionTimestamp"):
        return True
    before = (prior.get("metadata") or {}).get("uid")
    return not before or before == meta.get("uid")


def _put_back(gateway: Gateway, target: Target, prior: Json, current: Json | None) -> None:
    """Restore ``prior``; a Conflict caused only by a controller's status update (same
    generation) is retried with the new version, any other is raised."""
    judged = generation(current)
    for _ in range(5):
        try:
            gateway.restore(prior, target=target)
            return
        except Conflict:
            now = gateway.get_raw(target)
            if judged is None or generation(now) != judged:
                raise
    gateway.restore(prior, target=target)


def _drop_backups(gateway: Gateway, session: Session) -> None:
    """Delete the session's backups (they are needed only until the outcome is final): in the
    namespace of every target — a backup made just before a crash is not recorded — by label
    and by the names the record holds."""
    names: dict[str, set[str]] = {}
    for op in session.proposal.operations:
        if op.target.namespace:
            names.setdefault(op.target.namespace, set())
    for record in session.execution:
        if record.prior_ref and record.target.namespace:
            names.setdefault(record.target.namespace, set()).add(record.prior_ref)
    for namespace in sorted(names):
        try:
            priors.delete_all(
                gateway.client, namespace=namespace, session_id=session.id, names=names[namespace]
            )
        except ClusterError:
            continue  # a leftover backup is harmless: labelled with the session, same namespace


def drop_backups(gateway: Gateway, session: Session) -> None:
    """After a successful validation: the priors are no longer needed."""
    _drop_backups(gateway, session)
