"""Round 30, helper gap33b: blind33's misses in scale, ha, monitoring, restart and security, by
the way of saying each is a sample of.

The shapes: (1) a database StatefulSet scaled for its reads ("--replicas=2 for the read load",
"to spread the reads") asks even with the count said: the extra pods are empty independent
databases unless it replicates (a plain "scale postgres to 3" stays planned); (2) "N times more
pods" is N times the pods it runs; (3) a failure said with its article dropped ("if node dies
board is without pictures") is the risk an ha change is asked against; (4) a "please" in a modal
question ("Could the payments pods please be spread …?", "could the cache use a read-only root
filesystem …, please?") is a request whoever its subject is, unless it asks what would happen;
(5) where the pods are now, told in a clause of its own ("both sit on node-a"), is why, never the
pods the change is for; (6) a verb of telling that opens an order ("Alert please when …") is no
person addressed; (7) the thing a reminder names ("the reminder batch") is no reminder; (8) a
part kept out with the verb's preposition ("not of piece images proxy") is no part restarted;
(9) "must not work/operate/execute as root" is running as non-root; (10) a workload's name said
again inside its own gloss ("the PodDisruptionBudget orders (one-way rental orders)") is the
gloss's head. The nearest phrasings keep asking."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, plans_awaiting, question_for, summaries

pytestmark = pytest.mark.timeout(300)


# (1) a database scaled for its reads.
@pytest.mark.parametrize(
    "intent",
    [
        "sts/postgres (timetable db) --replicas=2 for the read load from the new display boards",
        "scale postgres to 3 to spread the reads",
        "redis statefulset to 2 replicas for read traffic",
        "kubectl scale sts postgres --replicas 2  # read queries from the reporting job",
        "postgres 1 -> 2 replicas, more read capacity for the dashboards",
    ],
)
def test_a_database_scaled_for_its_reads_asks(op: Operator, intent: str) -> None:
    assert "empty independent databases" in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("kubectl scale sts postgres --replicas 3", "statefulset/postgres in shop to 3"),
        ("I need 3 postgres replicas", "statefulset/postgres in shop to 3"),
        ("scale the redis statefulset to 3", "statefulset/cache in shop to 3"),
        ("scale my-api to 4 for the read load", "deployment/my-api in shop to 4"),
    ],
)
def test_a_scale_said_plainly_or_of_a_stateless_workload_stays_planned(
    op: Operator, intent: str, wanted: str
) -> None:
    assert any(wanted in s for s in summaries(op, intent))


# (2) "N times more pods".
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("Board site (frontend) make two times more pods.", "deployment/frontend in shop to 6"),
        ("make 3 times more replicas of payments", "deployment/payments in shop to 6"),
        ("worker: 2x more pods please", "deployment/worker in shop to 2"),
        ("give my-api two times more instances", "deployment/my-api in shop to 4"),
    ],
)
def test_times_more_pods_multiplies_the_count(op: Operator, intent: str, wanted: str) -> None:
    assert any(wanted in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent",
    [
        "frontend two times more",  # two times more what?
        "make frontend two times fewer pods",  # a third, or half?
    ],
)
def test_times_more_with_nothing_counted_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) a failure said with its article dropped.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "Piece images proxy (cache deployment) has only one pod, if node dies board is "
            "without pictures. Make 2.",
            "deployment/cache in shop to 2",
        ),
        ("worker has one pod, if node fails the queue stalls. Make 3.", "worker in shop to 3"),
    ],
)
def test_a_failure_without_its_article_is_the_risk(op: Operator, intent: str, wanted: str) -> None:
    got = summaries(op, intent)
    assert any(wanted in s for s in got), got
    assert not any("statefulset/cache" in s for s in got), got


@pytest.mark.parametrize(
    "intent",
    ["scale worker to 3 if node dies", "restart payments if pod crashes"],
)
def test_a_failure_as_the_condition_of_a_change_still_asks(op: Operator, intent: str) -> None:
    assert "condition" in question_for(op, intent)


# (4) a "please" in a modal question.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "Could the invoice payments (payments) pods please be spread across different zones?",
            "topology.kubernetes.io/zone",
        ),
        (
            "Could the X-ray thumbnail proxy (Deployment cache) use a read-only root filesystem "
            "and seccomp RuntimeDefault, please?",
            '"readOnlyRootFilesystem": true',
        ),
        ("could the worker pods please run as non-root?", '"runAsNonRoot": true'),
        ("Would the frontend please get a PDB with minAvailable 2?", '"minAvailable": 2'),
        ("could the orders pods please spread over nodes?", "kubernetes.io/hostname"),
    ],
)
def test_please_in_a_modal_question_is_a_request(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body


@pytest.mark.parametrize(
    "intent",
    [
        "could payments go to 0 without breaking checkout, please?",
        "Could the worker autoscale? idk if it makes sense",
        "can the frontend handle more traffic, please?",
        "Could the payments pods be spread across zones safely, please?",
    ],
)
def test_a_modal_question_of_what_would_happen_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) where the pods are now, told.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "The treatment-plan checkout (checkout) only has 2 pods and both sit on node-a. "
            "Could you add podAntiAffinity on hostname?",
            ("deployment/checkout", "podAntiAffinity"),
        ),
        (
            "payments has 2 pods, they are all on node-3. spread them over nodes",
            ("deployment/payments", "kubernetes.io/hostname"),
        ),
        (
            "the orders pods all run on node-1. spread them across nodes",
            ("deployment/orders", "kubernetes.io/hostname"),
        ),
        (
            "Board site (frontend) pods spread over nodes please, now all on node-b.",
            ("deployment/frontend", "kubernetes.io/hostname"),
        ),
    ],
)
def test_where_the_pods_are_told_is_why(op: Operator, intent: str, wanted: tuple[str, str]) -> None:
    proposal, body = plans(op, intent)
    assert any(wanted[0] in o.summary() for o in proposal.operations)
    assert wanted[1] in body


@pytest.mark.parametrize(
    "intent",
    [
        "restart the payments pods that are on node-2, please",
        "restart the checkout pods on node-a",
        "restart the payments pod on node-2",
        "put frontend pods all on node-b",
    ],
)
def test_the_pods_on_a_node_as_the_object_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) a verb of telling opening an order.
@pytest.mark.parametrize(
    ("intent", "duration"),
    [
        (
            "Alert please when analysis worker (worker) restarts more than 3 times in 10 minutes.",
            "10m",
        ),
        ("alert pls when checkout restarts more than 5 times in 15 minutes", "15m"),
    ],
)
def test_alert_please_is_an_order(op: Operator, intent: str, duration: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.target.kind for o in proposal.operations] == ["PrometheusRule"]
    assert duration in body


def test_a_name_before_please_is_still_addressed(op: Operator) -> None:
    assert "addressed to Bob" in question_for(op, "Bob please add an alert when worker restarts")


# (7) the thing a reminder names.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "Please restart the invoice payments (payments) after the reminder batch has gone out "
            "at 18:00.",
            "deployment/payments",
            "18:00",
        ),
        ("restart payments after the reminder batch at 18:00", "deployment/payments", "18:00"),
        (
            "once the reminder job is done at 19:00, bounce worker",
            "deployment/worker",
            "19:00",
        ),
    ],
)
def test_a_reminder_batch_is_no_reminder(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    plans_awaiting(op, intent, summary, awaits)


@pytest.mark.parametrize(
    "intent",
    [
        "Please restart payments, reminder: it runs at 18:00",
        "reminder to restart payments at 18:00",
        "remind me to restart payments",
    ],
)
def test_a_reminder_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (8) a part kept out with the verb's preposition.
@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        (
            "When the Saturday arena is over at 20:00, please do restart of lobby redis (cache "
            "statefulset), not of piece images proxy.",
            "20:00",
        ),
        ("restart of cache statefulset, not of the proxy", None),
    ],
)
def test_a_part_kept_out_with_of_is_no_part_restarted(
    op: Operator, intent: str, awaits: str | None
) -> None:
    plans_awaiting(op, intent, "statefulset/cache", awaits)
    assert not any("deployment/cache" in s for s in summaries(op, intent))


def test_a_part_said_without_a_negation_still_asks(op: Operator) -> None:
    assert "no container" in question_for(op, "restart the cache statefulset proxy")


# (9) "must not work as root".
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("Analysis worker (worker) must not work as root, runAsUser 1000.", '"runAsUser": 1000'),
        ("worker must not work as root", '"runAsNonRoot": true'),
        ("payments should not operate as root", '"runAsNonRoot": true'),
        ("the worker container must never execute as root, uid 2000", '"runAsUser": 2000'),
    ],
)
def test_not_working_as_root_is_non_root(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body


def test_not_working_is_no_root_setting(op: Operator) -> None:
    asks(op, "the worker must not work, root cause is the db")


# (10) a name said again inside its own gloss.
def test_a_name_inside_its_own_gloss_is_the_head(op: Operator) -> None:
    proposal, body = plans(
        op,
        "CR-4162: Amend the PodDisruptionBudget orders (one-way rental orders) to permit one pod "
        "to be unavailable; do not delete it.",
    )
    assert [o.summary() for o in proposal.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert '"maxUnavailable": 1' in body


@pytest.mark.parametrize(
    "intent",
    [
        "restart orders (orders payments)",  # another workload in the gloss
        "restart cache (the cache)",  # the gloss is the name alone: which cache?
    ],
)
def test_a_gloss_naming_a_workload_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (10, with it) kubectl's KIND/NAME opening a statement is no verb of a change to some pods.
@pytest.mark.parametrize(
    "intent",
    [
        "deploy/worker (vehicle-position worker) is a single pod, node dies = trams vanish from "
        "the map. run 3",
        "deploy/worker is a single pod. run 3",
    ],
)
def test_kind_slash_name_is_no_verb_of_some_pods(op: Operator, intent: str) -> None:
    assert any("deployment/worker in shop to 3" in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent", ["deploy worker 0.9.2 to one pod only", "update one frontend pod to 2.2.0"]
)
def test_a_change_to_one_pod_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
