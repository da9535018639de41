"""Round 17, context helper: how things are, said around the order, lends the order nothing.

Two shapes. (1) A statement beside the order, with numbers or words that are only context: a
port a stating clause says the guarded workload listens on (the port the policy is for), what a
PDB wants now, a possibility in a relative clause ("… replicas that can land on one node"),
"everyone" as the subject of the next clause, a preposition ending a relative clause ("the
feature the auditors asked for"), a negation that is the change itself ("shouldn't get a token
mounted, turn automountServiceAccountToken off"), an event word that only describes beside a
cpu target said in full, one occurrence of a recurring window ("tonight's monthly window at
22:00"), an alert's receiver ("page the on-call engineer if …"), and KEY=value said of a
workload after words that say the change and a colon, whose own ConfigMap holds the key.
(2) Deleting a Service while keeping its Deployment, with the reason or the goal said beside
it. The nearest dangerous phrasings (a
port of another workload, "allow everyone", a hedge, a recurring window with no occurrence, a
negation of another thing, a queue to scale on, a temporary delete, two Services) stay asked.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(300)


def _ops(shop: Operator, intent: str) -> list[dict[str, object]]:
    _, body = plans(shop, intent)
    return list(json.loads(body))


# --- (1) a port said of the workload the policy guards ------------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "frontend's node server on 8080 is wide open, so only my-api should be allowed to reach it",
        "worker listens on 8080 without any auth, only my-api should be allowed to connect to it",
        "worker's grpc port 8080 has no TLS, only checkout should be allowed to connect to it",
    ],
)
def test_a_port_the_guarded_workload_listens_on_is_the_policys(shop: Operator, intent: str) -> None:
    ops = _ops(shop, intent)
    assert [o["kind"] for o in ops] == ["apply"]
    assert '"port": 8080' in json.dumps(ops)


@pytest.mark.parametrize(
    "intent",
    [
        "frontend has its server on 9090, only my-api should be allowed to reach worker",
        "frontend listens on 8080, only my-api should be allowed to reach worker",
    ],
)
def test_a_port_of_another_workload_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --- (1) a count that states, beside the order ---------------------------------------------


@pytest.mark.parametrize(
    ("intent", "kind", "said"),
    [
        (
            "the orders PDB demands 2 of 2 pods up; set it to minAvailable 1",
            "PodDisruptionBudget",
            '"minAvailable": 1',
        ),
        (
            "our orders pdb requires 2 of its 2 replicas, drains stall. lower it to minAvailable 1",
            "PodDisruptionBudget",
            '"minAvailable": 1',
        ),
        (
            "the orders disruption budget needs 2 out of 2 pods, which blocks kernel patching. "
            "drop it to maxUnavailable 1",
            "PodDisruptionBudget",
            '"maxUnavailable": 1',
        ),
        (
            "frontend runs 3 replicas which could all end up on one node, add pod anti-affinity",
            "Deployment",
            "podAntiAffinity",
        ),
        (
            "payments has 2 pods that might share a node, put pod anti-affinity on it",
            "Deployment",
            "podAntiAffinity",
        ),
    ],
)
def test_a_count_that_states_is_context(shop: Operator, intent: str, kind: str, said: str) -> None:
    ops = _ops(shop, intent)
    assert {o["target"]["kind"] for o in ops} == {kind}  # type: ignore[index]
    assert said in json.dumps(ops)


def test_a_relative_clause_that_asks_still_asks(shop: Operator) -> None:
    asks(shop, "payments has 2 replicas that should be 3, add pod anti-affinity")


@pytest.mark.parametrize(
    "intent",
    [
        # Two values of one field: which one is meant is asked, one of them the state or not.
        "set the orders pdb to minAvailable 1 and minAvailable 2",
        # A state that is not the budget's ("3 of 2") is asked (round 10).
        "orders pdb wants 3 of its 2 pods, lower it to minAvailable 1",
    ],
)
def test_a_budget_state_that_is_not_the_budgets_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --- (1) words of the reason that read like another order ----------------------------------


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("one more frontend replica please, the sale started and everyone is buying at once", 4),
        ("add a replica to my-api, the semester began and everybody is logging in", 3),
    ],
)
def test_everyone_as_the_next_clauses_subject_opens_nothing(
    shop: Operator, intent: str, replicas: int
) -> None:
    ops = _ops(shop, intent)
    assert [(o["kind"], o["replicas"]) for o in ops] == [("scale", replicas)]


@pytest.mark.parametrize(
    "intent", ["allow everyone to reach payments", "open payments to everyone"]
)
def test_allow_everyone_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        (
            "deploy my-api 1.5.0, it has the export button the auditors asked for",
            "ghcr.io/acme/my-api:1.5.0",
        ),
        (
            "update frontend to 2.2.0, it ships the dark mode our users have been waiting for",
            "ghcr.io/acme/frontend:2.2.0",
        ),
        (
            "roll my-api to 1.5.0, that's the report the finance people complained about",
            "ghcr.io/acme/my-api:1.5.0",
        ),
    ],
)
def test_a_relative_clause_ending_in_a_preposition_is_whole(
    shop: Operator, intent: str, image: str
) -> None:
    ops = _ops(shop, intent)
    assert [o.get("image") for o in ops] == [image]


@pytest.mark.parametrize(
    "intent",
    ["restart payments and then wait for", "maybe restart payments, the fix we asked for"],
)
def test_a_message_cut_off_or_hedged_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --- (1) a negation that is the change itself ----------------------------------------------


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        (
            "frontend pods shouldn't have privilege escalation, set allowPrivilegeEscalation false",
            '"allowPrivilegeEscalation": false',
        ),
        (
            "worker must not get a service account token mounted: set "
            "automountServiceAccountToken to false",
            '"automountServiceAccountToken": false',
        ),
        (
            "audit finding: orders pods should not have the service account token automounted, "
            "turn automountServiceAccountToken off",
            '"automountServiceAccountToken": false',
        ),
    ],
)
def test_a_negation_the_plan_makes_is_read(shop: Operator, intent: str, said: str) -> None:
    ops = _ops(shop, intent)
    assert said in json.dumps(ops)


@pytest.mark.parametrize(
    "intent",
    [
        "my-api shouldn't lose its token, turn automountServiceAccountToken off",
        "my-api shouldn't get restarted, turn automountServiceAccountToken off",
    ],
)
def test_a_negation_of_something_else_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --- (1) an event word that only describes, beside a cpu target ----------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "worker should follow the job backlog like our old autoscaler did: hpa 1 to 8 at 70% cpu",
        "worker should breathe with the queue, as the batch farm does - autoscale 2 to 6 at 75%"
        " cpu",
    ],
)
def test_an_event_word_that_describes_leaves_the_cpu_target(shop: Operator, intent: str) -> None:
    ops = _ops(shop, intent)
    hpa = [o for o in ops if o["target"]["kind"] == "HorizontalPodAutoscaler"]  # type: ignore[index]
    assert len(hpa) == 1
    assert '"name": "cpu"' in json.dumps(hpa)


@pytest.mark.parametrize(
    "intent",
    [
        "autoscale worker on the queue, 2 to 10 at 80% cpu",
        "worker should scale on queue depth: hpa 2 to 10 at 80% cpu",
    ],
)
def test_an_event_to_scale_on_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --- (1) one occurrence of a recurring window ----------------------------------------------


@pytest.mark.parametrize(
    ("intent", "at"),
    [
        ("my-api 1.4.0 -> 1.5.0 in this week's weekly change window at 21:00", "21:00"),
        ("postgres to 16.6 during tonight's nightly maintenance window at 23:30", "23:30"),
        ("upgrade postgres to 16.6 in the next monthly patch window at 22:00", "22:00"),
    ],
)
def test_one_occurrence_of_a_window_waits_once(shop: Operator, intent: str, at: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert [o.kind for o in proposal.operations] == ["set_image"]
    assert at in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        "upgrade postgres to 16.6 in every monthly maintenance window",
        "restart payments in each weekly change window",
    ],
)
def test_a_window_said_to_recur_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_the_window_said_without_an_occurrence_is_its_next_one_waited_on(shop: Operator) -> None:
    # (Merged with the client family: "the monthly maintenance window" is the occasion the one
    # change waits on, as "the client's monthly maintenance (Sunday 02:00)" is.)
    proposal = shop.analyze(
        "postgres 16.4 -> 16.6 in the monthly maintenance window", namespace="shop"
    )
    assert proposal.status == "proposed", proposal.question
    assert [o.kind for o in proposal.operations] == ["set_image"]
    assert "monthly maintenance window" in (proposal.awaits or "")


# --- (1) an alert's receiver and an unready condition --------------------------------------


@pytest.mark.parametrize(
    ("intent", "hold"),
    [
        ("notify the on-call engineer if my-api pods stay unready for more than 10 minutes", "10m"),
        ("alert when frontend has unready pods for 5 minutes", "5m"),
        ("page our SRE team when payments pods are not ready for 15 minutes", "15m"),
    ],
)
def test_an_unready_alert_is_a_prometheus_rule(shop: Operator, intent: str, hold: str) -> None:
    ops = _ops(shop, intent)
    assert [o["target"]["kind"] for o in ops] == ["PrometheusRule"]  # type: ignore[index]
    body = json.dumps(ops)
    assert f'"for": "{hold}"' in body
    assert "kube_deployment_spec_replicas" in body


def test_notify_the_team_of_a_change_is_not_an_alert(shop: Operator) -> None:
    asks(shop, "notify the payments team when you restart payments")


# --- (1) words saying the change, a colon, KEY=value of the workload's own ConfigMap --------


@pytest.mark.parametrize(
    ("intent", "configmap", "said"),
    [
        (
            "point payments at the new gateway: PROVIDER=adyen",
            "payments-config",
            '"PROVIDER": "adyen"',
        ),
        (
            "payments moves to the bank's acquirer, today already: PROVIDER=adyen",
            "payments-config",
            '"PROVIDER": "adyen"',
        ),
        (
            "my-api should log more while we debug: LOG_LEVEL=debug",
            "my-api-config",
            '"LOG_LEVEL": "debug"',
        ),
        # Round 19: said on payments, or as a title, the key still lives in payments-config.
        ("set PROVIDER=adyen on payments", "payments-config", '"PROVIDER": "adyen"'),
        ("payments: PROVIDER=adyen", "payments-config", '"PROVIDER": "adyen"'),
        (
            "we are moving payments to adyen: PROVIDER=adyen on payments",
            "payments-config",
            '"PROVIDER": "adyen"',
        ),
    ],
)
def test_a_key_of_the_workloads_own_configmap_changes_there(
    shop: Operator, intent: str, configmap: str, said: str
) -> None:
    ops = _ops(shop, intent)
    maps = [o for o in ops if o["target"]["kind"] == "ConfigMap"]  # type: ignore[index]
    assert [m["target"]["name"] for m in maps] == [configmap]  # type: ignore[index]
    assert said in json.dumps(maps)


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl set env deploy/my-api LOG_LEVEL=info",
        "add env var PROVIDER=adyen to payments",
        # Round 19: said as the container's own (not merely "on payments", which now changes
        # the key in payments-config, the ConfigMap payments alone loads).
        "override PROVIDER=adyen on payments",
        "payments: env var PROVIDER=adyen",
        "we are moving payments to adyen: PROVIDER=adyen on the payments container",
    ],
)
def test_a_variable_put_on_the_workload_overrides_there(shop: Operator, intent: str) -> None:
    ops = _ops(shop, intent)
    assert {o["target"]["kind"] for o in ops} == {"Deployment"}  # type: ignore[index]


# --- (2) delete a Service, keep its Deployment ---------------------------------------------


@pytest.mark.parametrize(
    ("intent", "service"),
    [
        (
            "remove the frontend Service but keep the deployment: nobody should call frontend "
            "from inside the cluster until the pentest is over",
            "Service/frontend",
        ),
        (
            "Nothing uses the payments Service anymore (the mesh routes to pods). Delete the "
            "Service only, keep the Deployment.",
            "Service/payments",
        ),
        (
            "delete the my-api Service, the ingress controller talks to the pods by IP now; the "
            "deployment stays",
            "Service/my-api",
        ),
        (
            "drop the frontend svc, envoy reaches the pods directly these days, keep the "
            "deployment",
            "Service/frontend",
        ),
        (
            "The mobile app no longer hits the payments Service. Delete the Service and keep the "
            "Deployment.",
            "Service/payments",
        ),
    ],
)
def test_a_service_goes_and_its_deployment_stays(shop: Operator, intent: str, service: str) -> None:
    assert deletes(shop, intent) == {service}


@pytest.mark.parametrize(
    "intent",
    [
        "delete the my-api service until the security review is done",
        "remove the frontend Service and the payments Service",
        "delete the frontend service: frontend should scale until 5pm",
        "delete worker, nothing should reach worker until friday",
        "delete the payments pods, haproxy talks to them directly now",
    ],
)
def test_a_timed_or_double_delete_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
