"""Round 30, helper a34b: what the tenth attack left planned wrongly, by shape.

(1) The NetworkPolicy that lets every pod of the cluster in (and keeps out what comes from
outside it) is planned only for the cluster's outside said as what is kept out. The outside
said as what is let in ("only allow traffic to payments from outside the cluster"), a block
lifted ("stop blocking …"), the inside said as blocked ("block traffic to postgres from inside
the cluster"), the outside as a block's exception ("block … except from outside the cluster") or
another caller said beside it ("…, except from worker") is asked; "deny"/"refuse"/"block
external traffic"/"no traffic from outside the cluster" plan it. (2) An autoscaler's fields by
other names glued to their values ("minReplicas:3 maxReplicas:9 targetCPU:60", "lo:3 hi:9",
"averageUtilization:60"), in any order ("cpu:60 min:3 max:9"), named in slash form
("min/max/cpu = 3/9/60") or in kebab case ("min-replicas 3"): the values said; a glued value that
is no whole number ("cpu:-60", "cpu:6O", "cpu:60m") is asked. (3) A budget's pods let go said
with the word of letting after them ("2 down allowed", "with 2 allowed down", "allowing down 2",
"down: 2", "2 may be down"): maxUnavailable 2; an amount said of the pods but not read ("allowing
2 up") is asked, never the default maxUnavailable 1."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _manifest(op: Operator, intent: str) -> dict[str, object]:
    proposal, _ = plans(op, intent)
    (operation,) = proposal.operations
    manifest: dict[str, object] = operation.model_dump(mode="json")["manifest"]
    return manifest


# (1) The outside of the cluster said as what is let in, a block lifted, the inside blocked, the
# outside as an exception, another caller beside it: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "only allow traffic to payments from outside the cluster",
        "only allow traffic to postgres from outside the cluster",
        "frontend should only be reachable from outside the cluster",
        "only let traffic from outside the cluster reach frontend",
        "only allow payments to be reached from outside the cluster",
        "postgres may only be reached from outside the cluster",
        "payments may only be reached from outside the cluster",
        "accept traffic to payments only from outside the cluster",
        "restrict payments to traffic from outside the cluster",
        "allow traffic to postgres only from outside the cluster",
        "payments should accept connections only from the internet",
        "stop blocking traffic to postgres from outside the cluster",
        "stop blocking traffic to payments from outside the cluster",
        "no longer block traffic to payments from the internet",
        "unblock external traffic to frontend",
        "block traffic to postgres from inside the cluster",
        "block traffic to payments from inside the cluster",
        "deny in-cluster traffic to payments",
        "block traffic to postgres except from outside the cluster",
        "block traffic to payments except from outside the cluster",
        "block traffic to postgres from outside the cluster, except from worker",
        "block traffic to payments from outside the cluster except from the ingress",
        "block traffic to postgres from outside the cluster and from frontend",
        "payments may only be reached from outside the cluster, not from inside",
    ],
)
def test_outside_not_said_as_kept_out_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "app"),
    [
        ("deny traffic to postgres from outside the cluster", "postgres"),
        ("deny traffic to payments from outside the cluster", "payments"),
        ("refuse traffic to postgres from outside the cluster", "postgres"),
        ("refuse traffic to payments from outside the cluster", "payments"),
        ("block external traffic to postgres", "postgres"),
        ("block external traffic to payments", "payments"),
        ("no outside-the-cluster traffic to postgres", "postgres"),
        ("postgres: no traffic from outside the cluster", "postgres"),
        ("no traffic to payments from the internet", "payments"),
        ("no external traffic to payments", "payments"),
        # Near misses that planned before: still planned.
        ("block traffic to payments from outside the cluster", "payments"),
        ("deny ingress to payments from outside the cluster", "payments"),
        ("payments should not be reachable from outside the cluster", "payments"),
        ("frontend must not be reachable from outside the cluster", "frontend"),
        ("payments must not be reachable from the internet", "payments"),
        ("deny external traffic to payments", "payments"),
        ("only allow in-cluster traffic to payments", "payments"),
        ("only in-cluster callers may reach payments", "payments"),
    ],
)
def test_outside_kept_out_plans_allow_in_cluster(op: Operator, intent: str, app: str) -> None:
    manifest = _manifest(op, intent)
    assert manifest["kind"] == "NetworkPolicy"
    spec = manifest["spec"]
    assert isinstance(spec, dict)
    assert spec["podSelector"] == {"matchLabels": {"app": app}}
    assert spec["ingress"] == [{"from": [{"namespaceSelector": {}}]}]


@pytest.mark.parametrize(
    "intent",
    [
        "ACL on postgres: allow tcp/5432 from the internet only",
        "postgres may accept connections only from the internet",
    ],
)
def test_outside_let_in_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_other_policies_keep_their_reading(op: Operator) -> None:
    named = _manifest(op, "only frontend may reach payments")["metadata"]
    assert isinstance(named, dict)
    assert named["name"] == "payments-allow-from-frontend"
    spec = _manifest(op, "block traffic to payments from outside the namespace")["spec"]
    assert isinstance(spec, dict)
    assert spec["ingress"] == [{"from": [{"podSelector": {}}]}]


# (2) An autoscaler's fields by other names, in another order, slashed, kebab-cased.
@pytest.mark.parametrize(
    ("intent", "low", "high", "target"),
    [
        ("autoscale payments minReplicas:3 maxReplicas:9 targetCPU:60", 3, 9, 60),
        ("hpa my-api minReplicas:3 maxReplicas:9 targetCPU:60", 3, 9, 60),
        ("add an HPA for frontend: minReplicas:3 maxReplicas:9 targetCPU:60", 3, 9, 60),
        ("hpa my-api min_replicas:3 max_replicas:9 cpu:60", 3, 9, 60),
        ("hpa payments minPods:3 maxPods:9 cpu:60", 3, 9, 60),
        ("hpa my-api min:3 max:9 targetCPUUtilizationPercentage:60", 3, 9, 60),
        ("hpa payments min:3 max:9 averageUtilization:60", 3, 9, 60),
        ("hpa my-api lo:3 hi:9 cpu:60", 3, 9, 60),
        ("hpa payments cpu:60 min:3 max:9", 3, 9, 60),
        ("autoscale frontend cpu:60 min:3 max:9", 3, 9, 60),
        ("add an HPA for my-api: cpu:60 min:3 max:9", 3, 9, 60),
        ("autoscale payments min/max/cpu = 3/9/60", 3, 9, 60),
        ("add an HPA for frontend: min/max/cpu = 3/9/60", 3, 9, 60),
        ("hpa my-api min-replicas 3 max-replicas 9 cpu 60", 3, 9, 60),
        ("autoscale my-api min_pods 2 max_pods 5", 2, 5, 70),
        # Near misses that planned before: still planned.
        ("autoscale checkout min:3 max:9 cpu:60", 3, 9, 60),
        ("autoscale checkout min=3, max=9, cpu=60", 3, 9, 60),
        ("autoscale checkout min 3 max 9 cpu 60", 3, 9, 60),
        ("autoscale my-api replicas: 2-6", 2, 6, 70),
        ("hpa frontend min:3,max:9,cpu:60", 3, 9, 60),
        ("autoscale my-api min 3,max 9", 3, 9, 70),
    ],
)
def test_autoscaler_fields_by_other_names(
    op: Operator, intent: str, low: int, high: int, target: int
) -> None:
    spec = _manifest(op, intent)["spec"]
    assert isinstance(spec, dict)
    assert (spec["minReplicas"], spec["maxReplicas"]) == (low, high)
    assert spec["metrics"][0]["resource"]["target"]["averageUtilization"] == target


def test_glued_memory_stays_memory(op: Operator) -> None:
    spec = _manifest(op, "hpa my-api min:3 max:9 mem:60")["spec"]
    assert spec["metrics"][0]["resource"]["name"] == "memory"  # type: ignore[index]


@pytest.mark.parametrize(
    "intent",
    [
        "hpa my-api min:3 max:9 cpu:-60",
        "hpa payments min:3 max:9 cpu:+60",
        "hpa my-api min:3 max:9 cpu:~60",
        "hpa payments min:3 max:9 cpu:6O",
        "hpa my-api min:3 max:9 cpu:60-70",
        "hpa my-api min:3 max:9 cpu:60m",
        "hpa my-api min:3.5 max:9",
        "hpa my-api minSurge:3 max:9",
        # Slashed numbers with no names (or names not matching them): still asked.
        "hpa frontend 2/8/70",
        "hpa frontend min/max = 2/8/70",
    ],
)
def test_autoscaler_glued_values_not_whole_numbers_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) A budget's pods let go said with the word of letting after them.
@pytest.mark.parametrize(
    ("intent", "amount"),
    [
        ("pdb for frontend, 2 down allowed", 2),
        ("pdb for frontend allowing down 2", 2),
        ("pdb for frontend, allowed down 2", 2),
        ("pdb for frontend: 2 may be down", 2),
        ("pdb for frontend, down: 2", 2),
        ("pdb for frontend with 2 allowed down", 2),
        ("pdb for frontend, 2 pods down allowed", 2),
        ("pdb for frontend, 2 can be down", 2),
        ("pdb for frontend allowing 2 of 3 down", 2),
        ("pdb for frontend allowing 1 of 3 down", 1),
        # Near misses that planned before: still planned.
        ("pdb for frontend allowing 2 down", 2),
        ("pdb for frontend allowing 1 down", 1),
        ("add a pdb to frontend: max 2 down", 2),
        ("add a pdb to frontend", 1),
    ],
)
def test_budget_let_go_said_after(op: Operator, intent: str, amount: int) -> None:
    spec = _manifest(op, intent)["spec"]
    assert spec == {"maxUnavailable": amount, "selector": {"matchLabels": {"app": "frontend"}}}


@pytest.mark.parametrize(
    "intent",
    [
        "pdb for frontend allowing 2 up",
        "pdb for frontend with 2 allowed up",
        # Of a count it does not run (frontend runs 3): asked.
        "pdb for frontend allowing 1 of 4 down",
        "pdb for payments allowing 1 of 3 down",
        # Every pod it runs: no budget.
        "pdb for frontend allowing 3 of 3 down",
    ],
)
def test_budget_amount_not_read_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_budget_floor_still_planned(op: Operator) -> None:
    spec = _manifest(op, "pdb for frontend, keep 2 up")["spec"]
    assert spec == {"minAvailable": 2, "selector": {"matchLabels": {"app": "frontend"}}}


# (4) A pasted restart or scale of several objects with some of them excluded after it.
@pytest.mark.parametrize(
    ("intent", "kept"),
    [
        (
            "kubectl rollout restart deploy my-api payments worker, except worker",
            {"my-api", "payments"},
        ),
        (
            "kubectl rollout restart deploy my-api payments worker minus worker",
            {"my-api", "payments"},
        ),
        (
            "kubectl rollout restart deploy my-api payments worker (without payments)",
            {"my-api", "worker"},
        ),
        (
            "$ kubectl rollout restart deploy my-api payments worker  # except worker",
            {"my-api", "payments"},
        ),
        (
            "kubectl rollout restart deploy my-api payments worker; excluding worker",
            {"my-api", "payments"},
        ),
        (
            "kubectl rollout restart deploy my-api payments worker, except worker and payments",
            {"my-api"},
        ),
        (
            "kubectl rollout restart deploy my-api payments worker, leave worker alone",
            {"my-api", "payments"},
        ),
        (
            "kubectl rollout restart deploy my-api payments worker. don't touch payments",
            {"my-api", "worker"},
        ),
        (
            "kubectl -n shop rollout restart deploy/my-api deploy/payments deploy/worker, "
            "skip deploy/payments",
            {"my-api", "worker"},
        ),
        (
            "kubectl rollout restart deploy/my-api deploy/payments deploy/worker -- not worker",
            {"my-api", "payments"},
        ),
        (
            "kubectl rollout restart deployment my-api frontend payments but skip frontend",
            {"my-api", "payments"},
        ),
        ("kubectl rollout restart deploy -n shop my-api worker except my-api", {"worker"}),
        ("kubectl scale deploy my-api payments --replicas=4, except payments", {"my-api"}),
        ("kubectl scale deploy/my-api deploy/worker --replicas=3 but not worker", {"my-api"}),
        # A workload of the namespace excluded but not listed: nothing to take out.
        ("kubectl rollout restart deploy my-api worker, except orders", {"my-api", "worker"}),
        (
            "kubectl rollout restart deploy my-api payments, except the worker",
            {"my-api", "payments"},
        ),
        ("kubectl rollout restart deploy my-api, not worker", {"my-api"}),
        # Near miss: nothing excluded.
        ("kubectl rollout restart deploy my-api payments worker", {"my-api", "payments", "worker"}),
    ],
)
def test_kubectl_names_excluded_after_the_command(
    op: Operator, intent: str, kept: set[str]
) -> None:
    proposal, _ = plans(op, intent)
    assert {o.target.name for o in proposal.operations} == kept


@pytest.mark.parametrize(
    "intent",
    [
        # A word that is no name the command lists: read as before (asked).
        "kubectl rollout restart deploy my-api payments worker, not now",
        "kubectl rollout restart deploy my-api worker, except bogus",
        "kubectl rollout restart deploy my-api payments, except my-api and payments",
        # A selector's set: the names are not taken out of it here.
        "kubectl rollout restart deploy -l tier=backend except worker",
        # Never for a delete.
        "kubectl delete deploy my-api payments, except payments",
    ],
)
def test_kubectl_exclusion_not_of_listed_names_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
