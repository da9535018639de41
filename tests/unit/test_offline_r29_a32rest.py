"""Round 29, helper a32rest: what the ninth attack left planned wrongly, by shape.

(1) A change said to END, in words the window readers left — a duration label opening the
request ("For the weekend: …", "Until Monday — …", "Temp: …", "Stopgap - …", "interim fix: …",
"as a stopgap, …"), and an end said of an occasion ("for the sale (ends sunday)", "(until
monday)") — is asked, never planned for good; a purpose with no end ("for the Christmas rush"),
"for now", "for the time being", "hotfix:" still plan. (2) A hold in brackets beside a restart,
a config change or a rollback ("(after freeze)", "(post-freeze)", "(monday)", "(after EOD)") is
waited on as it is unbracketed (it was read as the workload's role and dropped); a delete's
exact moment in brackets ("(once CHG-20570 is approved)") too. (3) "could FEATURE_X be switched
on for my-api safely?": the flag is the change; "safely" asks no rollout strategy, and a manner
("with no outage") beside a key's change never replaces it with the strategy. (4) "block traffic
to payments from outside the cluster": every pod of the cluster allowed, never a deny of all
ingress. (5) "min:3 max:9 cpu:60", "min=3,max=9", "3..9 @ 60%": the autoscaler with those values.
(6) "allowing 2 down", "tolerate 2 pods down": maxUnavailable 2. (7) "revoke 1.1.0 from checkout",
"recall checkout 1.1.0", "checkout image != 1.1.0": the rollback when it runs that version, a
question naming what runs when it does not — never an update to it."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (1) A duration label opening the request, an occasion's end: asked.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("For the weekend: scale frontend to 6", "For the weekend"),
        ("For the weekend - scale frontend to 6", "For the weekend"),
        ("For the weekend \u2014 scale frontend to 6", "For the weekend"),
        ("Until Monday \u2014 scale payments to 4", "Until Monday"),
        ("Until Monday: payments to 4", "Until Monday"),
        ("till friday - worker to 0", "till friday"),
        ("Over the weekend: frontend to 6 replicas", "Over the weekend"),
        ("Tonight only: scale worker to 0", "Tonight only"),
        ("just for today: set LOG_LEVEL=debug on my-api", "just for today"),
        ("For the next hour: set LOG_LEVEL=debug on my-api", "For the next hour"),
        ("While we chase the bug: set LOG_LEVEL=debug on my-api", "While we chase the bug"),
        ("during the sale: scale frontend to 8", "during the sale"),
        ("Temp: scale frontend to 6", "Temp"),
        ("Temp: set LOG_LEVEL=debug on my-api", "Temp"),
        ("tmp: update frontend to 2.2.0", "tmp"),
        ("Stopgap: raise payments memory limit to 1Gi", "Stopgap"),
        ("stop-gap: scale worker to 3", "stop-gap"),
        ("short-term: scale frontend to 6", "short-term"),
        ("short term: set LOG_LEVEL=debug on my-api", "short term"),
        ("Short-term fix: scale worker to 3", "Short-term fix"),
        ("Interim: scale worker to 3", "Interim"),
        ("interim fix: set LOG_LEVEL=debug on frontend", "interim fix"),
        ("band-aid: scale worker to 3", "band-aid"),
        ("as a stopgap, scale frontend to 6", "as a stopgap"),
        ("as a stopgap: scale worker to 3", "as a stopgap"),
        ("scale worker to 3 for the sale (ends sunday)", "ends sunday"),
        ("scale worker to 3 for the sale, which ends sunday", "ends sunday"),
        ("scale worker to 3 for the sale \u2014 ends sunday", "ends sunday"),
        ("for the promo (ends friday) scale worker to 3", "ends friday"),
        ("scale worker to 3 (until monday)", "until monday"),
    ],
)
def test_a_change_said_to_end_is_asked(op: Operator, intent: str, words: str) -> None:
    question = asks(op, intent).question or ""
    assert words in question
    assert "reverts" in question
    assert "yours to run" in question


# (1) Near misses: a purpose, "for now", "for the time being", a label of a fix with no end, a
# start ahead — planned (a start waited on).
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("scale frontend to 6 for the Christmas rush", "to 6 replicas", ""),
        ("For the Christmas rush: scale frontend to 6", "to 6 replicas", ""),
        ("For now: scale frontend to 6", "to 6 replicas", ""),
        ("for now, scale worker to 0", "to 0 replicas", ""),
        ("for the time being, scale worker to 0", "to 0 replicas", ""),
        ("For the sale: scale worker to 3", "to 3 replicas", ""),
        ("hotfix: scale worker to 3", "to 3 replicas", ""),
        ("quick fix: scale worker to 3", "to 3 replicas", ""),
        ("Frontend: scale to 6", "to 6 replicas", ""),
        ("set TEMP_DIR=/tmp on worker", "patch deployment/worker", ""),
        ("Tonight: scale worker to 0", "to 0 replicas", "Tonight"),
        ("On Monday: scale payments to 4", "to 4 replicas", "On Monday"),
        ("scale worker to 3 for the sale (starts sunday)", "to 3 replicas", "sunday"),
    ],
)
def test_a_purpose_or_a_start_still_plans(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    proposal, _ = plans(op, intent)
    assert any(summary in o.summary() for o in proposal.operations)
    assert (proposal.awaits or "") == awaits


# (2) A hold in brackets is waited on as said without them.
@pytest.mark.parametrize(
    ("intent", "kind", "awaits"),
    [
        ("restart worker (after freeze)", "rollout_restart", "after freeze"),
        ("restart worker (post-freeze)", "rollout_restart", "post-freeze"),
        ("restart worker [post-freeze]", "rollout_restart", "post-freeze"),
        ("restart worker (post freeze)", "rollout_restart", "post freeze"),
        ("restart worker (after EOD)", "rollout_restart", "after EOD"),
        ("restart worker (monday)", "rollout_restart", "monday"),
        ("restart worker (after standup)", "rollout_restart", "after standup"),
        ("restart worker (after lunch)", "rollout_restart", "after lunch"),
        ("restart worker (after close)", "rollout_restart", "after close"),
        ("bounce payments (once the 18:00 close is done)", "rollout_restart", "18:00 close"),
        ("roll back checkout (post-freeze)", "rollout_undo", "post-freeze"),
        ("set LOG_LEVEL=debug on my-api (after freeze)", "patch", "after freeze"),
        (
            "delete the worker deployment (once CHG-20570 is approved)",
            "delete",
            "CHG-20570",
        ),
        ("delete worker (on 2026-12-15)", "delete", "2026-12-15"),
    ],
)
def test_a_bracketed_hold_is_waited_on(op: Operator, intent: str, kind: str, awaits: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.kind for o in proposal.operations] == [kind]
    assert awaits in (proposal.awaits or "")


# (2) Near misses: a delete waits only on an exact moment (round 15); a role in brackets is the
# workload's, as before.
@pytest.mark.parametrize(
    "intent", ["delete worker (after the freeze)", "delete the payments pdb (after freeze)"]
)
def test_a_delete_still_waits_only_on_an_exact_moment(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_role_in_brackets_is_still_the_workload(op: Operator) -> None:
    assert summaries(op, "restart checkout (copay collection)") == [
        "restart the pods of deployment/checkout in shop"
    ]


# (3) A flag switched on "safely": the flag, never a strategy patch in its place.
@pytest.mark.parametrize(
    "intent",
    [
        "could FEATURE_X be switched on for my-api safely?",
        "can we switch FEATURE_X on for my-api safely",
        "turn on the FEATURE_X flag for my-api safely",
        "could FEATURE_X be switched on for my-api with no outage?",
        "turn on FEATURE_X for my-api with no outage",
        "could FEATURE_X be switched on for my-api safely, without downtime?",
    ],
)
def test_a_flag_switched_on_safely_is_the_flag(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"FEATURE_X": "on"' in body
    assert "strategy" not in body


@pytest.mark.parametrize(
    ("intent", "strategy"),
    [
        ("update my-api to 1.5.0 safely", False),
        ("restart frontend safely", False),
        ("make my-api zero-downtime", True),
        ("make frontend rollouts zero downtime", True),
        ("update my-api to 1.5.0 with zero downtime", True),
    ],
)
def test_safely_is_no_strategy_zero_downtime_is(op: Operator, intent: str, strategy: bool) -> None:
    _, body = plans(op, intent)
    assert ('"maxUnavailable": 0' in body) is strategy


# (4) Traffic from outside the cluster kept out: every pod of the cluster may connect.
@pytest.mark.parametrize(
    ("intent", "app"),
    [
        ("block traffic to payments from outside the cluster", "payments"),
        ("deny ingress to payments from outside the cluster", "payments"),
        ("payments should not be reachable from outside the cluster", "payments"),
        ("only allow in-cluster traffic to payments", "payments"),
        ("block traffic to payments from the internet", "payments"),
        ("only in-cluster callers may reach payments", "payments"),
        ("frontend must not be reachable from outside the cluster", "frontend"),
    ],
)
def test_outside_the_cluster_is_kept_out_not_the_cluster(
    op: Operator, intent: str, app: str
) -> None:
    proposal, _ = plans(op, intent)
    (operation,) = proposal.operations
    manifest = operation.model_dump(mode="json")["manifest"]
    assert manifest["kind"] == "NetworkPolicy"
    assert manifest["spec"]["podSelector"] == {"matchLabels": {"app": app}}
    assert manifest["spec"]["ingress"] == [{"from": [{"namespaceSelector": {}}]}]


@pytest.mark.parametrize(
    ("intent", "ingress"),
    [
        ("deny all ingress to payments", []),
        ("block all traffic to payments", []),
        ("block traffic to payments from outside the namespace", [{"from": [{"podSelector": {}}]}]),
        ("block traffic to payments from other namespaces", [{"from": [{"podSelector": {}}]}]),
    ],
)
def test_other_denials_keep_their_reading(op: Operator, intent: str, ingress: list[object]) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.operations[0].model_dump(mode="json")["manifest"]["spec"]["ingress"] == ingress


# (5) An autoscaler's fields glued to their numbers: the values said, never the defaults.
@pytest.mark.parametrize(
    ("intent", "low", "high", "target"),
    [
        ("autoscale checkout min:3 max:9", 3, 9, 70),
        ("autoscale checkout min:3 max:9 cpu:60", 3, 9, 60),
        ("hpa for checkout: min:3 max:9 cpu:60", 3, 9, 60),
        ("put an hpa on checkout, min:2 max:6 cpu:70", 2, 6, 70),
        ("autoscale checkout min=3,max=9", 3, 9, 70),
        ("autoscale checkout min=3, max=9, cpu=60", 3, 9, 60),
        ("checkout hpa min=3,max=9,cpu=60%", 3, 9, 60),
        ("autoscale checkout 3..9 @ 60%", 3, 9, 60),
        ("autoscale checkout 3-9 @60%", 3, 9, 60),
        ("autoscale checkout min 3 max 9 cpu 60", 3, 9, 60),
    ],
)
def test_autoscaler_fields_glued_to_numbers(
    op: Operator, intent: str, low: int, high: int, target: int
) -> None:
    proposal, _ = plans(op, intent)
    (operation,) = proposal.operations
    spec = operation.model_dump(mode="json")["manifest"]["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (low, high)
    assert spec["metrics"][0]["resource"]["target"]["averageUtilization"] == target


@pytest.mark.parametrize(
    "intent", ["autoscale checkout 3..9 @ 60% @ 70%", "autoscale checkout 2-8 @ 150%"]
)
def test_a_second_or_a_bad_target_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_two_keys_one_dropped_still_asked(op: Operator) -> None:
    assert "REGION=us" in (
        asks(op, "set PROVIDER=adyen and REGION=us in payments-config").question or ""
    )


# (6) The pods a budget lets go, said with the verb of letting: maxUnavailable as said.
@pytest.mark.parametrize(
    ("intent", "budget"),
    [
        ("add a pdb to payments allowing 2 down", {"maxUnavailable": 2}),
        ("add a pdb to payments allowing two down", {"maxUnavailable": 2}),
        ("add a pdb for payments that tolerates 2 pods down", {"maxUnavailable": 2}),
        ("pdb for payments: tolerate 2 pods down", {"maxUnavailable": 2}),
        ("add a pdb to payments allowing 2 to be down", {"maxUnavailable": 2}),
        ("add a pdb to payments tolerating 2 unavailable", {"maxUnavailable": 2}),
        ("add a pdb to payments that allows 25% down", {"maxUnavailable": "25%"}),
        ("add a disruption budget to payments, at most 2 unavailable", {"maxUnavailable": 2}),
        ("add a pdb to payments allowing 1 down", {"maxUnavailable": 1}),
        ("add a pdb to payments keeping 2 up", {"minAvailable": 2}),
    ],
)
def test_pods_let_go_are_the_budget(op: Operator, intent: str, budget: dict[str, object]) -> None:
    proposal, _ = plans(op, intent)
    spec = proposal.operations[0].model_dump(mode="json")["manifest"]["spec"]
    assert {k: v for k, v in spec.items() if k != "selector"} == budget


# (7) A release taken back from what runs it: its rollback; never an update to it.
@pytest.mark.parametrize(
    "intent",
    [
        "revoke 1.1.0 from checkout",
        "recall checkout 1.1.0",
        "pull back the 1.1.0 release of checkout",
        "withdraw 1.1.0 from checkout",
        "yank checkout 1.1.0",
        "checkout: revoke 1.1.0",
        "recall checkout's 1.1.0",
        "checkout image != 1.1.0",
        "checkout: version != 1.1.0",
        "revoke 1.1.0 from checkout, it leaks memory",
    ],
)
def test_a_release_taken_back_is_the_rollback(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["roll deployment/checkout in shop back to revision 1"]


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("revoke 3.0.1 from checkout", "ghcr.io/acme/checkout:1.1.0"),
        ("recall payments 3.0.1", "ghcr.io/acme/payments:3.0.0"),
        ("recall 1.1.0", "runs in checkout"),
        ("pull back the 1.1.0 release", "runs in checkout"),
        ("image != 3.0.1", "no workload here runs 3.0.1"),
        ("recall 1.4.0", "runs in my-api"),
    ],
)
def test_a_release_not_running_or_unplaced_is_asked(op: Operator, intent: str, named: str) -> None:
    proposal = asks(op, intent)
    assert named in (proposal.question or "")
    assert not proposal.operations


def test_an_update_to_the_version_still_plans(op: Operator) -> None:
    _, body = plans(op, "update frontend to 2.2.0")
    assert json.loads(body)[0]["image"].endswith(":2.2.0")
