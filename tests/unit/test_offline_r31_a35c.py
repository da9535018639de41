"""Round 31, helper a35c: attack35's shapes precondition, temp, netpol and exclusions.

(precondition label) A precondition said as a label before the request ("Prereq: db migration.
…", "Depends on: …", "Blocked by: …", "Requires: the freeze to end. …", "Waiting on: …",
"Needs: bob's approval first. …", "Gate: freeze ends. …", "Pre: migration. …", after other
labels too): waited on as the wait said first, or asked when it is no event — never run now. A
step said first that the plan neither runs nor waits for ("first migrate the db, then …"):
asked. A wait said first in other words ("wait for the migration, then …", "wait for bob's ok,
then …", "hold off till the freeze ends, then …", "wait until tonight and …", "(not before
monday) …"): waited on. (temp) An end said as a label's value ("Until: monday. …", "Expires:
friday. …", "Ends: sunday. …", "Rollback: after the sale. …") and how long said in brackets
("(interim) …", "(until the sale ends) …", "… (temp.)", "… (reverting tomorrow)", "…
(temporarily, for the sale)"): asked, as the contract asks a change said for a while
(docs/operations.md); "for now" and "for the time being" stay planned with their risk line;
"(until further notice)" and "(after the sale it stays)" are no wait: planned now, with the
risk line. (netpol) "block external traffic to all pods" would be a default deny that cuts the
cluster off too: asked; "block public traffic to postgres", "only allow in-cluster traffic to
postgres" are the allow-in-cluster policy; "Temp: block external traffic to postgres" is asked.
(exclusions) A pasted kubectl command's objects left out in other words ("…, nothing on
worker", "…, all but worker", "…, worker excluded", "… (worker stays as is)") and "nothing on
X" beside a label set: the command or the set less X."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import durations, kubectl, waits
from dotop_nb.service import Operator
from tests.memory import asks, plans, plans_awaiting, question_for, summaries

pytestmark = pytest.mark.timeout(300)


# (precondition label) Waited on as the event it names.
@pytest.mark.parametrize(
    ("intent", "summary", "wait"),
    [
        ("Prereq: db migration. switch frontend to 2.2.0", "frontend:2.2.0", "db migration"),
        ("prereq: db migration. scale my-api to 5", "my-api in shop to 5", "db migration"),
        ("Prerequisite: the freeze ends. restart worker", "deployment/worker", "freeze ends"),
        ("Depends on: db migration. bump payments to 3.1.0", "payments:3.1.0", "db migration"),
        ("Dependency: migration. scale payments to 4", "payments in shop to 4", "migration"),
        ("Blocked by: db migration. roll back checkout", "deployment/checkout", "db migration"),
        ("Requires: the freeze to end. scale my-api to 5", "my-api in shop to 5", "the freeze"),
        ("Waiting on: db migration. restart worker", "deployment/worker", "db migration"),
        ("Needs: bob's approval first. restart worker", "deployment/worker", "bob's approval"),
        ("Gate: freeze ends. scale payments to 4", "payments in shop to 4", "freeze ends"),
        ("Pre: migration. set LOG_LEVEL=debug on my-api", "my-api-config", "migration"),
        ("pre: the freeze ends. roll back checkout", "deployment/checkout", "freeze ends"),
        ("Owner: bob. Blocked by: db migration. restart worker", "deployment/worker", "migration"),
        ("Requires - the release. restart worker", "deployment/worker", "release"),
        # its wait said with its connective: read as before
        ("Condition: after migration. scale payments to 4", "payments in shop to 4", "migration"),
        ("Requires: once the release is out. restart worker", "deployment/worker", "release"),
    ],
)
def test_a_precondition_said_as_a_label_is_waited_on(
    op: Operator, intent: str, summary: str, wait: str
) -> None:
    plans_awaiting(op, intent, summary, wait)


@pytest.mark.parametrize(
    "intent",
    [
        # no event said as a noun, one naming a workload, a number or a ticket: asked, never now
        "Waiting on: db migration done. restart worker",
        "Depends on: payments. restart worker",
        "Needs: 3 pods up. restart worker",
        "Blocked by: CHG-12. scale my-api to 5",
        "Requires: a restart. scale worker to 3",
        # a step said first that the plan neither runs nor waits for
        "first migrate the db, then scale payments to 4",
        "first migrate the db, then restart the orders deployment",
        "first, drain the queue, then restart worker",
        "ok first reindex search, then bump payments to 3.1.0",
        # a person alone or a team stays a hold (round 18)
        "wait for Priya, then restart payments",
        "wait for the security team, then restart worker",
    ],
)
def test_a_precondition_that_is_no_event_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        # no precondition label: planned now, as before
        "Owner: bob. restart worker",
        "Note: traffic is high. scale payments to 4",
        "Reason: db migration. restart worker",
        # steps in order, each its own: both planned now
        "first back up postgres, then restart payments",
        "first scale checkout to 3, then restart worker",
        "first restart worker and then scale payments to 4",
        "first of all scale payments to 4, then restart worker",
    ],
)
def test_labels_and_steps_of_the_plan_stay_planned_now(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert not proposal.awaits, proposal.awaits


# (precondition first) A wait said first in other words: waited on.
@pytest.mark.parametrize(
    ("intent", "summary", "wait"),
    [
        ("wait for the migration, then scale my-api to 5", "my-api in shop to 5", "migration"),
        ("wait for the db migration, then restart worker", "deployment/worker", "db migration"),
        ("wait for bob's ok, then switch frontend to 2.2.0", "frontend:2.2.0", "bob's ok"),
        ("wait for alice's approval, then restart worker", "deployment/worker", "approval"),
        (
            "hold off till the freeze ends, then restart the orders deployment",
            "deployment/orders",
            "the freeze ends",
        ),
        ("wait till 6pm and bump payments to 3.1.0", "payments:3.1.0", "6pm"),
        ("wait until tonight and switch frontend to 2.2.0", "frontend:2.2.0", "tonight"),
        ("wait until monday and scale payments to 4", "payments in shop to 4", "monday"),
        ("(not before monday) roll back checkout", "deployment/checkout", "monday"),
        ("not before 6pm: scale payments to 4", "payments in shop to 4", "6pm"),
        ("not before 6pm: restart worker", "deployment/worker", "6pm"),
    ],
)
def test_a_wait_said_first_in_other_words_is_waited_on(
    op: Operator, intent: str, summary: str, wait: str
) -> None:
    plans_awaiting(op, intent, summary, wait)


def test_not_before_a_day_is_on_that_day() -> None:
    assert waits.not_before("(not before monday) restart worker") == "(on monday) restart worker"
    assert waits.not_before("not before 6pm: restart worker") == "after 6pm: restart worker"
    assert waits.not_before("not before we check, restart x") == "not before we check, restart x"


# (temp) An end said as a label's value, how long said in brackets: asked.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("Until: monday. scale my-api to 5", "Until: monday"),
        ("Until: monday. set LOG_LEVEL=debug on my-api", "Until: monday"),
        ("Expires: friday. roll back checkout", "Expires: friday"),
        ("Expires: friday. bump payments to 3.1.0", "Expires: friday"),
        ("Ends: sunday. scale my-api to 5", "Ends: sunday"),
        ("Valid until: eod. scale payments to 4", "Valid until: eod"),
        ("Rollback: after the sale. switch frontend to 2.2.0", "Rollback: after the sale"),
        ("Owner: bob. Until: monday. scale payments to 4", "Until: monday"),
        ("(interim) scale payments to 4", "interim"),
        ("(short-term) set LOG_LEVEL=debug on my-api", "short-term"),
        ("(temp.) set LOG_LEVEL=debug on my-api", "temp"),
        ("(until the sale ends) scale payments to 4", "until the sale ends"),
        ("(temporarily) switch frontend to 2.2.0", "temporarily"),
        ("scale my-api to 5 (temp.)", "temp"),
        ("bump payments to 3.1.0 (temp.)", "temp"),
        ("bump payments to 3.1.0 (reverting tomorrow)", "reverting tomorrow"),
        ("switch frontend to 2.2.0 (reverting tomorrow)", "reverting tomorrow"),
        ("scale payments to 4 (temporarily, for the sale)", "temporarily"),
        ("scale payments to 4 (back to normal tomorrow)", "back to normal tomorrow"),
        ("Temp: block external traffic to postgres", "Temp"),
        ("For the weekend: block external traffic to postgres", "For the weekend"),
    ],
)
def test_a_change_said_for_a_while_in_a_label_or_brackets_is_asked(
    op: Operator, intent: str, said: str
) -> None:
    question = question_for(op, intent)
    assert "only for a while" in question
    assert said in question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # no end said: planned now, the risk line says nothing changes it back
        ("scale payments to 4 (for the time being)", "payments in shop to 4"),
        ("(just for now) scale my-api to 5", "my-api in shop to 5"),
        ("scale payments to 4 (for the sale)", "payments in shop to 4"),
        # a bracket that is no end: planned now
        ("scale payments to 4 (busy day)", "payments in shop to 4"),
        ("(busy day) scale payments to 4", "payments in shop to 4"),
        ("restart worker (until further notice)", "deployment/worker"),
    ],
)
def test_no_end_said_in_brackets_stays_planned_now(op: Operator, intent: str, summary: str) -> None:
    plans_awaiting(op, intent, summary, None)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale payments to 4 (until further notice)", "payments in shop to 4"),
        ("roll back checkout (until further notice)", "deployment/checkout"),
        ("set LOG_LEVEL=debug on my-api (until further notice)", "my-api-config"),
        ("scale my-api to 5 (after the sale it stays)", "my-api in shop to 5"),
        ("scale payments to 4 (after the sale it remains)", "payments in shop to 4"),
    ],
)
def test_said_to_stay_is_no_wait(op: Operator, intent: str, summary: str) -> None:
    plans_awaiting(op, intent, summary, None)
    proposal, _ = plans(op, intent)
    assert any("stays" in r for r in proposal.risks), proposal.risks


def test_a_wait_after_the_sale_is_still_a_wait(op: Operator) -> None:
    plans_awaiting(op, "scale my-api to 5 after the sale", "my-api in shop to 5", "after the sale")


def test_the_label_and_bracket_readers_leave_other_text_alone() -> None:
    for text in (
        "rollback: 1.0.0. restart worker",
        "owner: bob. restart worker",
        "scale payments to 4 (prod)",
        "(prod) scale payments to 4",
        "scale payments to 4 (until further notice)",
        "scale payments to 4 (for the time being)",
    ):
        assert durations.temporary(text, "scale") is None, text
    assert durations.temporary("until: monday. scale x to 4", "scale") == "until: monday"
    assert durations.temporary("scale x to 4 (tmp)", "restart") is None


# (netpol) Every pod kept from the outside: asked; the outside said in other words: planned.
@pytest.mark.parametrize(
    "intent",
    [
        "block external traffic to all pods",
        "block traffic from outside the cluster to all pods",
        "deny traffic from the internet to every pod",
    ],
)
def test_the_outside_kept_from_every_pod_is_asked(op: Operator, intent: str) -> None:
    question = question_for(op, intent)
    assert "inside the cluster" in question


def test_a_default_deny_said_plainly_stays_planned(op: Operator) -> None:
    assert summaries(op, "default deny ingress") == [
        "apply networkpolicy/default-deny-ingress in shop"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "block public traffic to postgres",
        "block public access to postgres",
        "block external access to postgres",
        "deny external access to postgres",
        "block access to postgres from the internet",
        "only allow in-cluster traffic to postgres",
        "block external traffic to postgres",
    ],
)
def test_the_outside_kept_from_one_workload_is_planned(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["apply networkpolicy/postgres-allow-in-cluster in shop"]


# (exclusions) The objects a pasted command leaves out, said in other words.
@pytest.mark.parametrize(
    "intent",
    [
        "kubectl rollout restart deploy my-api payments worker, nothing on worker",
        "kubectl rollout restart deploy my-api payments worker, all but worker",
        "kubectl rollout restart deploy my-api payments worker, worker excluded",
        "kubectl rollout restart deploy my-api payments worker (worker stays as is)",
        "kubectl rollout restart deploy my-api payments worker, worker untouched",
        "kubectl rollout restart deploy my-api payments worker, except worker",
    ],
)
def test_a_command_less_what_it_leaves_out(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [
        "restart the pods of deployment/my-api in shop",
        "restart the pods of deployment/payments in shop",
    ]


def test_the_command_reader_leaves_other_lines_alone() -> None:
    def names() -> frozenset[str]:
        return frozenset({"my-api", "payments", "worker", "orders"})

    for line in (
        "kubectl rollout restart deploy my-api payments, nothing on worker or orders now",
        "kubectl rollout restart deploy -l tier=backend, worker excluded",
        "kubectl rollout restart deploy worker, worker excluded",
    ):
        assert kubectl.excepted(line, "shop", names) == line
    assert (
        kubectl.excepted(
            "kubectl rollout restart deploy my-api worker, worker excluded", "shop", names
        )
        == "kubectl rollout restart deploy my-api"
    )


@pytest.mark.parametrize(
    ("intent", "left_out"),
    [
        ("restart all tier=backend deployments, nothing on payments", "payments"),
        ("scale all backend deployments to 3, nothing on worker", "worker"),
        ("restart all tier=backend deployments (nothing on orders)", "orders"),
    ],
)
def test_nothing_on_one_beside_a_label_set_leaves_it_out(
    op: Operator, intent: str, left_out: str
) -> None:
    planned = summaries(op, intent)
    assert len(planned) > 1
    assert not any(f"deployment/{left_out} " in s for s in planned), planned


def test_nothing_on_a_workload_the_plan_changes_stays_asked(op: Operator) -> None:
    asks(op, "restart payments and worker, nothing on worker")


@pytest.mark.parametrize(
    "intent",
    [
        # no outside said, or a source that is no workload: still asked, never a deny-all
        "block access to postgres",
        "block internal access to postgres",
        "block public requests to postgres",
        "allow external access to postgres",
    ],
)
def test_access_with_no_outside_said_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (delete headers) The object a binning header labels, said with "of" / "for".
@pytest.mark.parametrize(
    "intent",
    [
        "delete: the pdb of orders",
        "Delete: the pdb of orders",
        "rm: the pdb for orders",
        "delete: pdb orders",
    ],
)
def test_a_delete_header_over_a_kind_of_a_workload_deletes_it(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["delete poddisruptionbudget/orders in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "cancel: the pdb of orders",
        "delete: scale payments to 4",
        "delete: the checkout of orders",
    ],
)
def test_a_header_over_no_object_of_a_kind_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
