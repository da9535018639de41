"""A runbook's change as the steps an on-call engineer follows, one notebook cell each.

state before → proposal → decision → result → post-check → state after. Every step displays
what it found, so the executed notebook tells the whole story; the proposal and the result are
session records (the audit reads them), the rest are tables. The planner gets a
:class:`~dotop_nb.intents.StructuredIntent`: typed parameters, no sentence to parse back.

Example (the cells of ``runbooks/scale.ipynb``)::

    proc = Procedure.open(namespace=namespace, planner=planner, approve=approve)
    proc.state_before(["my-api"])
    proc.propose(StructuredIntent(action="scale", targets=[WorkloadRef(name="my-api")], replicas=4))
    proc.decide(approve)
    proc.execute()
    proc.post_check()
    proc.state_after()
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from dotop_nb import lifecycle
from dotop_nb.app import Approval, OutcomeError, raise_for, workflow
from dotop_nb.errors import ConfigError
from dotop_nb.intents import StructuredIntent
from dotop_nb.models import Session
from dotop_nb.runbooks import checks, state
from dotop_nb.service import Operator
from dotop_nb.ui import views


@dataclass
class Procedure:
    """One change, step by step, with one engine (one cluster connection) for all its cells."""

    op: Operator
    namespace: str
    rollback: bool
    names: list[str] = field(default_factory=list)
    session: Session | None = None
    approval: Approval | None = None

    @classmethod
    def open(
        cls,
        *,
        namespace: str | None = None,
        planner: str | None = None,
        approve: bool = False,
        context: str | None = None,
        rollback: bool | None = None,
        validation_timeout: float | None = None,
    ) -> Procedure:
        """An engine from the settings; None keeps a setting (as in ``runbooks.operate``).

        ``approve`` and ``rollback`` are checked here, before anything is read or proposed:
        papermill run directly injects whatever it was given, and a text such as ``"false"``
        must stop the runbook before it writes a session (``decide`` checks ``approve`` again).
        """
        from dotop_nb.runbooks import check_type  # noqa: PLC0415 - the package imports this module

        check_type("approve", approve, default=False)
        check_type("rollback", rollback, default=None)
        op = Operator(
            context=context,
            planner=planner,
            namespace=namespace,
            rollback=rollback,
            validation_timeout=validation_timeout,
        )
        try:
            check_namespace_exists(op, op.settings.namespace)
        except BaseException:
            op.close()
            raise
        return cls(op=op, namespace=op.settings.namespace, rollback=op.settings.rollback)

    # ------------------------------------------------------------------ the steps
    def state_before(self, names: list[str]) -> None:
        """The workloads as they are: summary, pods by zone and node, guards."""
        self.names = list(names)
        state.show(self.op.client, self.names, namespace=self.namespace, when="before")

    def propose(
        self, intent: StructuredIntent | None, *, why_not: str = "nothing needs to change"
    ) -> Session | None:
        """Plan ``intent`` (dry-run, policies) and show the proposal; a plan that cannot run
        (question, failed dry-run, policy) stops the runbook with its exit code. None: nothing
        to propose (``why_not`` says why)."""
        if intent is None:
            _say("Proposal", f"nothing proposed: {why_not}")
            return None
        outcome = workflow.propose(self.op, intent, namespace=self.namespace)
        if outcome.session is not None:
            views.show_session(outcome.session)
        raise_for(outcome, wanted=lifecycle.READY)
        self.session = outcome.session
        return self.session

    def decide(self, approve: bool, confirm_namespace: str | None = None) -> bool:
        """The decision: approved (unattended, by the configured user) for exactly the plan
        shown, or not — then the runbook stops after proposing and says how to go on."""
        from dotop_nb.runbooks import check_type  # noqa: PLC0415 - the package imports this module

        check_type("approve", approve, default=False)
        if self.session is None:
            _say("Decision", "nothing to decide")
            return False
        plan = self.session.proposal.plan_hash
        if not approve:
            _say(
                "Decision",
                f"not approved (approve=False): session {self.session.id} stays proposed",
                f"to run plan {plan[:12]}: run the runbook again with -p approve true, or in "
                f"JupyterLab: %operate approve {self.session.id} {plan[:12]}",
            )
            return False
        given = Approval.given(
            "runbook", in_advance=True, confirm_namespace=confirm_namespace or ""
        )
        self.approval = replace(given, plan_hash=plan)
        _say(
            "Decision", f"approved by {given.by} ({given.how}, {given.where}) for plan {plan[:12]}"
        )
        return True

    def execute(self) -> Session | None:
        """Run the approved plan, validate it (rolled back if validation fails, unless
        ``rollback`` is off) and show the result; raises on any outcome but executed."""
        if self.session is None or self.approval is None:
            _say("Result", "not run: nothing was approved")
            return None
        outcome = workflow.approve(self.op, self.session.id, self.approval, rollback=self.rollback)
        if outcome.session is not None:
            views.show_session(outcome.session)
            self.session = outcome.session
        if outcome.status == "refused":
            raise OutcomeError.of(outcome) from outcome.error
        raise_for(outcome, wanted={"executed"})
        return self.session

    def post_check(self) -> list[list[Any]]:
        """Each operation's effect read back from the cluster, beside the validation report."""
        if self.session is None or self.session.status != "executed":
            _say("Post-check", "skipped: nothing ran")
            return []
        rows = checks.observed(self.op.client, self.session)
        report = self.session.validation
        views.display_table(
            views.TableView(
                "Post-check: what the cluster says now",
                ["check", "expected", "observed", "ok"],
                rows,
                note=(
                    f"validation: {'ok' if report.ok else 'failed'} after {report.attempts} "
                    f"attempt(s), {len(report.checks)} check(s)"
                    if report is not None
                    else ""
                ),
            )
        )
        failed = [r for r in rows if not r[3]]
        if failed:
            raise OutcomeError(
                f"failed: post-check: {failed[0][0]}: expected {failed[0][1]}, "
                f"observed {failed[0][2]}",
                status="failed",
                hint="look at the state after the change below and at the session's record",
            )
        return rows

    def state_after(self) -> None:
        """The workloads as they are now (the same tables as before)."""
        state.show(self.op.client, self.names, namespace=self.namespace, when="after")

    def close(self) -> None:
        self.op.close()


def check_namespace_exists(op: Operator, namespace: str) -> None:
    """A runbook about a namespace that does not exist is bad input (exit 2), said before any
    step runs — not an empty report that exits 0."""
    if op.gateway.namespace_labels(namespace) is None:
        raise ConfigError(
            f"namespace {namespace!r} does not exist in {op.client.identity.server}",
            hint="pass the namespace the application runs in: -p namespace NAME",
        )


def _say(step: str, *lines: str) -> None:
    views.display_table(views.TableView(step, [step.lower()], [[line] for line in lines]))


__all__ = ["Procedure"]
