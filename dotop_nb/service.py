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

import contextlib
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dotop_nb import clarification, gate, lifecycle, topology
from dotop_nb import planner as planners
from dotop_nb import policy as policies_mod
from dotop_nb.cluster.client import KubeClient
from dotop_nb.cluster.gateway import Gateway
from dotop_nb.cluster.screen import HINT as SECRET_HINT
from dotop_nb.errors import ConfigError, DotopError
from dotop_nb.execution import ExecutionRefused, Executor
from dotop_nb.intents import StructuredIntent
from dotop_nb.knowledge import KnowledgeBase
from dotop_nb.models import (
    PlanningFailure,
    PolicyDecision,
    Proposal,
    ProposalStatus,
    Session,
)
from dotop_nb.planner import PlannerError
from dotop_nb.ports import Planner, PlanRequest, PlanResult, ProgressListener, RunControl
from dotop_nb.sessions import Journal
from dotop_nb.settings import Settings, check_namespace, check_timeout, check_user

Json = dict[str, Any]

MAX_INTENT = 2000
SECRET_POLICY = "builtin:no-secret-values"  # noqa: S105 - a policy id, not a password
"""The id of the built-in denial of an operation that would carry a Secret value."""


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


class Operator:
    """The dotop-nb engine, used by the notebook magic, the CLI and runbooks alike.

    ``settings`` (default: :meth:`Settings.from_env() <dotop_nb.settings.Settings.from_env>`)
    says which cluster, folders, timeouts and user; each keyword in ``overrides`` replaces one
    of its fields (``kubeconfig=``, ``context=``, ``sessions=``, ``policies=``, ``patterns=``,
    ``validation_timeout=``, ``request_timeout=``, ``user=`` …; None keeps the setting), so
    ``Operator(kubeconfig=..., sessions=..., policies="none")`` works as it always did.
    ``planner`` is a planner name (a setting too) or a ready :class:`~dotop_nb.ports.Planner`.
    Every proposal records which policy set applied, and the set is loaded again at execution
    so a tightened policy counts; patterns are searched with the policies through the
    knowledge base.

    The engine's parts can be passed in instead of built: ``client`` (a
    :class:`~dotop_nb.cluster.client.KubeClient`, e.g. over the in-memory cluster of
    :mod:`dotop_nb.cluster.memory`; then ``kubeconfig``/``context``/``request_timeout`` are not
    used), ``journal`` (then ``sessions`` is not used), ``knowledge`` (then ``patterns`` is not
    used) and ``progress``, a :class:`~dotop_nb.ports.ProgressListener` told about every saved
    state of a session. The operator closes what it is given, as what it builds::

        cluster = MemoryCluster(namespaces=["default", "kube-system", "shop"])
        op = Operator(client=cluster.client(), planner="offline", progress=print)
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        planner: str | Planner | None = None,
        client: KubeClient | None = None,
        journal: Journal | None = None,
        knowledge: KnowledgeBase | None = None,
        progress: ProgressListener | None = None,
        **overrides: Any,
    ) -> None:
        if isinstance(planner, str):
            overrides["planner"] = planner
        settings = (
            Settings.from_env(**overrides) if settings is None else settings.replace(**overrides)
        )
        self.settings = settings
        if client is None:
            client = KubeClient(
                kubeconfig=settings.kubeconfig,
                context=settings.context,
                timeout=settings.request_timeout,
            )
        self.client = client
        self.gateway = Gateway(self.client)
        if planner is None or isinstance(planner, str):
            options: dict[str, Any] = {"model": settings.model} if settings.model else {}
            self.planner = planners.make(settings.planner, **options)
        else:
            self.planner = planner
        self.journal = journal if journal is not None else Journal(settings.sessions)
        if progress is not None:
            self.journal.listeners.append(progress)
        self._policy_choice = settings.policies
        self.policy_set = policies_mod.load_policy_set(self._policy_choice)
        self.policies = self.policy_set.in_force
        if knowledge is None:
            knowledge = KnowledgeBase.from_env(
                patterns=settings.patterns,
                policies=self._policy_choice if isinstance(self._policy_choice, Path) else None,
            )
        self.knowledge = knowledge
        self.validation_timeout = settings.validation_timeout
        self.user = settings.user

    def close(self) -> None:
        self.client.close()
        self.knowledge.close()

    def __enter__(self) -> Operator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------ analyze
    def analyze(
        self, intent: str | StructuredIntent, *, namespace: str | None = None, origin: str = ""
    ) -> Proposal:
        """Plan ``intent`` in ``namespace``: dry-run every operation, check policies, record.

        A :class:`~dotop_nb.intents.StructuredIntent` reaches the planner as typed parameters;
        the session records it and its sentence (the intent people read). ``origin``: where it
        was asked (``notebook.ipynb, cell 3``), logged as an ``origin`` event so a listing can say
        where the session's record lives."""
        structured = intent if isinstance(intent, StructuredIntent) else None
        ns = check_namespace(self.settings.namespace if namespace is None else namespace)
        if structured is not None and structured.namespace not in (None, ns):
            raise ConfigError(
                f"the structured intent names namespace {structured.namespace!r}, but the "
                f"session works in {ns!r}",
                hint=f"plan it with namespace {structured.namespace!r}, or leave its namespace out",
            )
        text = check_intent(structured.sentence() if structured is not None else intent)
        labels = self.gateway.namespace_labels(ns)
        if labels is None:
            raise ConfigError(
                f"namespace {ns!r} does not exist in {self.client.identity.server}",
                hint="pass the namespace the application runs in (-n / namespace=)",
            )
        # A Secret value pasted into the intent is not recorded (nor sent to a model).
        text = self.gateway.scrub(text, namespace=ns)
        session = Session(
            id=self.journal.fresh_id(), intent=text, namespace=ns, structured=structured
        )
        session.log("created", f"intent: {text}")
        if origin:
            session.log("origin", origin[:300])
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
        refinement = self.gateway.scrub(refinement, namespace=session.namespace)
        # A session whose planning failed (status error, never approved) can be retried.
        retry = session.status == "error" and session.approval is None
        if session.status not in lifecycle.REFINABLE and not retry:
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
        """Record why planning stopped (the message says what it cost; the failure which planner
        and model it was, and the usage), then let it propagate."""
        # A model's words may be quoted in the message: scrubbed like the proposal's.
        said = str(self.gateway.scrub(err.message, namespace=session.namespace))
        session.planning_failure = PlanningFailure(
            planner=err.planner or self.planner.name,
            model=err.model if err.planner else self.planner.model,
            reason=err.reason,
            usage=err.usage,
        )
        if refining:
            session.refinements.pop()  # nothing was planned for it; the previous proposal stands
        else:
            lifecycle.advance(session, "error", f"planning failed: {said}")
        session.log("planner_failed", f"{err.reason}: {said}")
        err.session_id = session.id
        self.journal.save(session)

    def load_policy_set(self) -> policies_mod.PolicySet:
        """The policy set from this operator's source, read now (a changed file counts)."""
        return policies_mod.load_policy_set(self._policy_choice)

    def _propose(
        self, session: Session, *, namespace_labels: dict[str, str] | None = None
    ) -> Proposal:
        previous = session.proposals[-1] if session.proposals else None
        # The Secret values as they are now — of the whole cluster when the credentials can list
        # them, else of the namespace: what the planner reads and what the proposal records is
        # scrubbed of them (one list request per proposal).
        self.gateway.secrets.ensure(session.namespace, refresh=True)
        self.policy_set = self.load_policy_set()
        self.policies = self.policy_set.in_force
        reader = self.gateway.reader()
        capabilities = self.gateway.capabilities()
        # An answer to a question's slot is merged into the request ("scale my-api" + "4" →
        # "scale my-api to 4"); the rest stay corrections, as said (dotop_nb.clarification).
        stated = clarification.compose(session.intent, session.refinements, session.proposals)
        said = " ".join([stated.request, *stated.corrections])
        hits = self.knowledge.retrieve(said, kind="pattern")
        # The intent's own patterns open the model's conversation on every revision, so a
        # refinement re-reads that opening from the prompt cache (issue 13, point 3).
        opening = self.knowledge.retrieve(session.intent) if session.refinements else hits
        request = PlanRequest(
            intent=stated.request,
            namespace=session.namespace,
            refinements=list(stated.corrections),
            # A filled slot restates the request: planned afresh, not as a correction of the
            # proposal that asked.
            previous=None if stated.answered else previous,
            capabilities=capabilities,
            patterns=[h.document for h in hits],
            intent_patterns=[h.document for h in opening],
            policies=[p.model_dump(mode="json") for p in self.policies],
            structured=session.structured,
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

        # A plan never carries a Secret value: an operation that would is recorded masked and
        # blocks the proposal (the gateway refuses to dry-run or run it too).
        screened = [self.gateway.screen(op) for op in result.operations]
        secret_denials = [
            PolicyDecision(
                policy_id=SECRET_POLICY, effect="deny", reason=s.problem, operation=index
            )
            for index, s in enumerate(screened)
            if s.problem
        ]
        operations = gate.normalize(self.gateway, [s.operation for s in screened])
        intent = stated.text()
        found = gate.assess(
            self.gateway,
            operations,
            namespace=session.namespace,
            intent=intent,
            policies=self.policy_set,
            namespace_labels=namespace_labels,
        )
        decisions = [*secret_denials, *self._scrubbed(found.decisions, session.namespace)]
        risks = list(result.risks)
        risks += [
            f"needs an interactive approval ({d.policy_id}): {d.reason}"
            for d in found.needs_person
            if d.policy_id == policies_mod.UNATTENDED_GUARD.id
        ]
        risks += found.hazards
        if not self.policy_set.policies:
            risks.append(f"no organisational policies were checked: {self.policy_set.describe()}")
        status: ProposalStatus
        if result.question is not None:
            status = "needs_clarification"
        elif secret_denials:
            status = "blocked"
        elif found.failed_dry_runs():
            status = "dry_run_failed"
        elif operations and all(d.action == "noop" for d in found.dry_run):
            # Every dry-run says nothing would change: there is nothing to approve.
            status = "satisfied"
        elif found.denied:
            status = "blocked"
        else:
            status = "proposed"

        def scrub(value: Any) -> Any:
            return self.gateway.scrub(value, namespace=session.namespace)

        draft = Proposal(
            session_id=session.id,
            revision=len(session.proposals) + 1,
            intent=intent,
            namespace=session.namespace,
            cluster=self.gateway.identity,
            planner=result.planner or self.planner.name,
            model=result.model if result.planner else self.planner.model,
            category=result.category,
            # The planner's own words are scrubbed too: a model may repeat what it was told.
            analysis=scrub(result.analysis),
            question=scrub(result.question),
            slot=result.slot if result.question is not None else None,
            operations=operations,
            dry_run=found.dry_run,
            policy=decisions,
            policy_set=found.policy_set,
            patterns=result.patterns,
            capabilities=result.capabilities,
            risks=scrub(risks),
            validation_plan=scrub(result.validation_plan),
            rollback_plan=scrub(result.rollback_plan),
            target_versions=found.versions,
            usage=result.usage,
            status=status,
            confirm_namespace=bool(found.production),
            awaits=scrub(result.awaits) if result.question is None and operations else None,
            # Where the targets' pods run now (or their rollout): the picture's "before".
            pictures=topology.capture(reader, operations) if result.question is None else [],
        )
        proposal = draft.model_copy(update={"plan_hash": draft.compute_hash()})
        session.proposals.append(proposal)
        session.planning_failure = None
        lifecycle.advance(session, status, proposal.question or _status_message(proposal))
        session.log(
            "proposed", f"revision {proposal.revision}: {status} ({proposal.plan_hash[:12]})"
        )
        return proposal

    def _scrubbed(self, decisions: list[PolicyDecision], namespace: str) -> list[PolicyDecision]:
        """Policy reasons quote the objects they judged: scrubbed of Secret values."""
        return [
            d.model_copy(update={"reason": self.gateway.scrub(d.reason, namespace=namespace)})
            for d in decisions
        ]

    # ------------------------------------------------------------------------------ decisions
    def reject(self, session_id: str, *, reason: str = "", by: str | None = None) -> Session:
        session = self.journal.load(session_id)
        if not lifecycle.can(session.status, "rejected") or (
            session.status == "error" and session.approval is not None
        ):
            raise ExecutionRefused(
                f"session {session_id} is already {session.status}", hint=_reject_hint(session)
            )
        who = by or self.user
        session.rejected_by = who
        message = f"rejected by {who}" + (f": {reason}" if reason else "")
        lifecycle.advance(session, "rejected", message, event="rejected")
        self.journal.save(session)
        return session

    def session(self, session_id: str) -> Session:
        return self.journal.load(session_id)

    def note_refusal(self, session_id: str, reason: str, *, by: str, how: str) -> None:
        """Record in the session's log that an approval was refused — who, how it was given,
        why — so that the record shows the attempt; the status is unchanged. Best effort: a
        session another process is running, or a record that is unreadable or not trusted, is
        left as it is (the refusal is still reported to the caller)."""
        with contextlib.suppress(DotopError), self.journal.lock(session_id):
            session = self.journal.load(session_id)
            session.log("approval_refused", f"{how} approval by {by} refused: {reason}")
            self.journal.save(session)

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
        """Run exactly the approved operations of the session's latest proposal.

        ``approve`` must be that proposal's ``plan_hash``. ``interactive=True`` states that a
        person approved it just now (a policy's ``require_approval`` needs that). Dry-run,
        scope and policies are evaluated again now, with the policy set loaded now: what the
        record says about them is never a permission. Refused — with nothing changed — for a
        wrong or stale hash, a tampered record, a failed dry-run, a policy denial, a missing
        interactive approval, a second execution, a session planned on another cluster (CA
        fingerprint + kube-system UID), or a target that changed since planning — also by the
        apiserver itself: every write carries the planned resourceVersion as a precondition.
        Each write is recorded ahead (prior state + intent), so an interrupted execution can be
        finished with :meth:`resume` or undone with :meth:`rollback` from any process; running
        the same approval again also resumes. See :mod:`dotop_nb.execution`.

        ``control`` (a :class:`~dotop_nb.ports.RunControl`): for a run in a background thread,
        a live feed of the validation checks and a Cancel that stops waiting and rolls back
        what was changed (the session ends ``rolled_back``, its log says who cancelled).
        """
        return self._executor().execute(
            session_id,
            approve=approve,
            interactive=interactive,
            rollback=rollback,
            approver=approver,
            control=control,
        )

    def resume(self, session_id: str, *, rollback: bool = True, by: str | None = None) -> Session:
        """Finish an interrupted session (signal, crash, lost answer, outage) from any process.

        Its recorded approval is checked again (plan hash, cluster identity, targets) exactly
        as for a first execution; a write whose answer was lost is reconciled by reading the
        object back, never sent twice; then the whole plan is validated (and rolled back on
        failure unless ``rollback=False``). ``by``: who resumes it, as recorded in the session's
        log (default: the configured user). Example: ``op.resume("op-20261126-1a2b3c4d")``.
        """
        who = check_user(by, name="by=") if by is not None else None
        return self._executor().resume(session_id, rollback=rollback, by=who)

    def rollback(self, session_id: str, *, by: str | None = None) -> Session:
        """Restore what an interrupted or failed session changed to the state before its first
        operation, from the record alone (any process), and verify it. The session ends
        ``rolled_back``, or ``failed`` with the reason of each step that could not be done.
        ``by``: who asked for it, as recorded (default: the configured user)."""
        who = check_user(by, name="by=") if by is not None else None
        return self._executor().rollback(session_id, by=who)

    def _executor(self) -> Executor:
        return Executor(
            self.gateway,
            self.journal,
            validation_timeout=self.validation_timeout,
            user=self.user,
            policies=self.load_policy_set,
        )

    def sessions(self) -> Sequence[str]:
        return self.journal.ids()


def nothing_to_do(proposal: Proposal) -> str:
    """What a satisfied proposal says: nothing to do, and which target already holds."""
    targets = list(dict.fromkeys(op.target.describe() for op in proposal.operations))
    verb = "is" if len(targets) == 1 else "are"
    return f"nothing to do: {', '.join(targets)} {verb} already in the requested state"


def _status_message(proposal: Proposal) -> str:
    secret = [d for d in proposal.policy if d.policy_id == SECRET_POLICY]
    if secret:
        return f"blocked: {secret[0].reason}. {SECRET_HINT}"
    if proposal.status == "dry_run_failed":
        return "a server-side dry-run failed; nothing can be executed"
    if proposal.status == "blocked":
        return "blocked by policy"
    if proposal.status == "satisfied":
        return nothing_to_do(proposal)
    return (
        f"proposed {len(proposal.operations)} operation(s); approve plan {proposal.plan_hash[:12]}"
    )


__all__ = [
    "ExecutionRefused",
    "Operator",
    "check_intent",
    "check_namespace",
    "check_timeout",
    "check_user",
]


def _reject_hint(session: Session) -> str:
    """What to do instead of rejecting ``session``: only a session that stopped part-way has
    something to finish or undo."""
    sid = session.id
    if session.status == "rejected":
        return f"nothing to do: it was rejected by {session.rejected_by or 'someone'} already"
    if session.status in lifecycle.RESUMABLE or session.status == "error":
        return (
            f"an approved session that stopped part-way is finished with `session resume {sid}` "
            f"or undone with `session rollback {sid}`, not rejected"
        )
    return f"it is {session.status} and cannot be rejected any more; plan a new change instead"
