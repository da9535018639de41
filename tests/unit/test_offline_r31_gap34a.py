"""Round 31, helper gap34a: blind34's misses in autoscale, backup, clarify, config, ha and
monitoring, by the way of saying each is a sample of.

Unsafe first: a cron said in a sentence ends at its last digit or star ("cron 0 1 * * *, ttl
720h" had scheduled "0 1 * * *,"); advice asked for ("… be made more robust. Please advise.") is
no order; a switch said on and then off again at a later time ("FEATURE_X on this evening, and
off again tomorrow morning") is a change said to end, asked (it had waited on both times and
planned the "on" for good). Then the over-asks: "cpu 70 pls" is the HPA's target; "before resale
opens" (an event said with no determiner) is a deadline met now; "ty!! X (deploy/cache) back up"
is maybe the phrasal verb, asked; an object said with its kind ("The PodDisruptionBudget orders
is out of scope and must not be modified") is that object, never the workload of its name; the
pods put on "different node" (plural dropped) are spread; "one pod of <nickname> (orders) may be
unavailable" is maxUnavailable 1; "when its node was drained last week" is a past story; a
"switch" inside a word ("fund-switch") is no update; a zone said of people ("we go blind on zone
14") is no subset of pods. The nearest phrasings that must stay questions (or stay planned) are
beside each."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# ---------------------------------------------------------------------------- backup (unsafe)
@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("velero schedule for ns shop, cron 0 1 * * *, ttl 720h", '"0 1 * * *"'),
        # phrasings of our own
        ("velero schedule for the namespace, cron 30 2 * * *. ttl 14d", '"30 2 * * *"'),
        ("back up postgres with cron 0 23 * * 6.", '"0 23 * * 6"'),
        ("velero schedule for shop, cron 0 1 * * 1,3, keep 30 days", '"0 1 * * 1,3"'),
        ("back up the namespace on cron '15 3 * * *', ttl 720h", '"15 3 * * *"'),
    ],
)
def test_a_cron_said_in_a_sentence_ends_at_its_last_field(
    op: Operator, intent: str, cron: str
) -> None:
    _, body = plans(op, intent)
    assert cron in body, body
    for after in ('*,"', '*."', '*;"'):
        assert after not in body, body


# --------------------------------------------------------------------------- clarify (unsafe)
@pytest.mark.parametrize(
    "intent",
    [
        "PFC-2211: The trustees have requested that the member portal (frontend) be made more "
        "robust. Please advise.",
        # phrasings of our own
        "The board wants payments highly available. Please advise.",
        "frontend should be made more robust. Kindly advise.",
        "Please advise on making frontend highly available",
        "Please advise whether payments should be scaled to 4.",
        "Hi, could you please advise on the orders PDB? it blocks drains",
        "the auditors asked for checkout to be more resilient, advise pls",
    ],
)
def test_advice_asked_for_is_no_order(op: Operator, intent: str) -> None:
    assert "advice" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("make frontend more robust. Please advise.", "apply poddisruptionbudget/frontend in shop"),
        (
            "The auditors have requested that payments be scaled to 4.",
            "scale deployment/payments in shop to 4 replicas",
        ),
        ("make the frontend more robust", "apply poddisruptionbudget/frontend in shop"),
    ],
)
def test_an_order_beside_advice_or_a_relayed_request_still_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summary in summaries(op, intent)


# ---------------------------------------------------------------------------- config (unsafe)
@pytest.mark.parametrize(
    "intent",
    [
        "Could we switch FEATURE_X on in the collections API (my-api) for the trustees' gala "
        "this evening, and off again tomorrow morning?",
        # phrasings of our own
        "switch FEATURE_X on in my-api this evening, and off again tomorrow morning",
        "Could we switch FEATURE_X on in my-api this evening and off tomorrow morning?",
        "turn FEATURE_X on in my-api for the gala tonight, off again after",
        "switch FEATURE_X off in my-api tonight, on again tomorrow",
        "turn the FEATURE_X flag on for my-api tonight and switch it off tomorrow",
    ],
)
def test_a_switch_said_on_then_off_again_later_is_a_change_said_to_end(
    op: Operator, intent: str
) -> None:
    assert "undone" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "switch FEATURE_X on in my-api this evening",
        "switch FEATURE_X on in my-api tonight",
        "turn on FEATURE_X in my-api tonight",
    ],
)
def test_a_switch_said_once_with_its_time_still_waits_on_it(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.awaits


# ------------------------------------------------------------------------------- autoscale
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("hpa on lineup api (my-api) min 2 max 10 cpu 70 pls", ": 70"),
        # phrasings of our own
        ("hpa on my-api min 2 max 10 cpu 70 please", ": 70"),
        ("autoscale my-api min 2 max 10 memory 75 thx", ": 75"),
        ("hpa for payments min 2 max 6 cpu 65 ty", ": 65"),
    ],
)
def test_a_bare_target_closed_by_a_polite_word(op: Operator, intent: str, target: str) -> None:
    _, body = plans(op, intent)
    assert target in body, body
    assert '"maxReplicas"' in body, body


def test_a_bare_number_after_cpu_with_more_after_it_is_still_asked(op: Operator) -> None:
    asks(op, "hpa on my-api min 2 max 10 cpu 70 80")


# ------------------------------------------------------------------------------------ backup
@pytest.mark.parametrize(
    "intent",
    [
        "pg_dump the ticket db (postgres) rn, jonas wants a copy before resale opens",
        # phrasings of our own
        "back up postgres before doors open",
        "take a backup of postgres before registration closes",
        "pg_dump postgres now, before resale opens",
    ],
)
def test_a_deadline_said_of_an_event_with_no_determiner_is_met_now(
    op: Operator, intent: str
) -> None:
    assert summaries(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres before it starts failing",
        "back up postgres before resale opens tomorrow",
    ],
)
def test_a_deadline_with_a_pronoun_or_a_day_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# ----------------------------------------------------------------------------------- clarify
@pytest.mark.parametrize(
    "intent",
    [
        "ty!! stage-map proxy (deploy/cache) back up",
        # phrasings of our own
        "thanks! sts/cache back up",
        "map-tile proxy (deploy/cache) back up now",
        "ty, postgres back up and running",
    ],
)
def test_a_workload_back_up_said_after_its_name_is_maybe_running_again(
    op: Operator, intent: str
) -> None:
    assert "running again" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    ["ty!! back up postgres", "back up the ticket db (postgres)", "please back up sts/postgres"],
)
def test_back_up_said_first_is_still_a_backup(op: Operator, intent: str) -> None:
    assert summaries(op, intent)


# ------------------------------------------------------------------------------------ config
@pytest.mark.parametrize(
    "intent",
    [
        "PFC-2217: Set BATCH_SIZE in orders-config to 20 for the fund-switch orders service "
        "(orders). The PodDisruptionBudget orders is out of scope and must not be modified.",
        # phrasings of our own
        "Set BATCH_SIZE in orders-config to 20 for orders. The PodDisruptionBudget orders is out "
        "of scope.",
        "Set BATCH_SIZE in orders-config to 20. The PodDisruptionBudget orders must not be "
        "modified.",
        "Scale orders to 3. The PDB of orders is out of scope.",
    ],
)
def test_an_object_said_with_its_kind_out_of_scope_is_that_object_only(
    op: Operator, intent: str
) -> None:
    planned = summaries(op, intent)
    assert planned
    assert not any("poddisruptionbudget" in s for s in planned), planned


@pytest.mark.parametrize(
    "intent",
    [
        "Scale orders to 3. orders is out of scope.",
        "scale orders to 3. The Deployment orders must not be modified.",
        "Delete orders and its pdb. The PodDisruptionBudget orders is out of scope.",
        "Change the orders pdb to maxUnavailable 1. The PodDisruptionBudget orders must not be "
        "modified.",
    ],
)
def test_the_object_out_of_scope_changed_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# ---------------------------------------------------------------------------------------- ha
@pytest.mark.parametrize(
    "intent",
    [
        "Showtimes API (my-api) pods please put on different node, use podAntiAffinity by "
        "hostname.",
        # phrasings of our own
        "my-api pods put on different node",
        "payments pods run on separate host please",
    ],
)
def test_pods_put_on_different_node_are_spread(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert "podAntiAffinity" in body, body
    assert "kubernetes.io/hostname" in body, body


def test_one_pod_moved_to_a_different_node_is_no_spread(op: Operator) -> None:
    asks(op, "move the my-api pod to a different node")


@pytest.mark.parametrize(
    "intent",
    [
        "PFC-2222: Amend the PodDisruptionBudget orders so that one pod of the fund-switch orders "
        "service (orders) may be unavailable during node maintenance. It must not be deleted.",
        # phrasings of our own
        "change the orders pdb so one pod of orders may be unavailable",
        "Amend the PodDisruptionBudget orders so that one pod of the orders service can be down",
    ],
)
def test_one_pod_of_a_workload_said_may_be_unavailable(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert '"maxUnavailable": 1' in body, body


@pytest.mark.parametrize(
    "intent",
    [
        "The artwork thumbnail proxy (cache Deployment) only has one pod, and when its node was "
        "drained last week the website showed no images. Could it have 2 replicas, please?",
        # phrasings of our own
        "worker has one pod; when its node was drained last week the queue stalled. scale worker "
        "to 2",
        "worker has one pod, and when their node was rebooted the queue stalled. Could it have 2 "
        "replicas, please?",
    ],
)
def test_a_past_event_said_with_a_possessive_is_a_story(op: Operator, intent: str) -> None:
    assert summaries(op, intent)[0].endswith("to 2 replicas")


def test_a_condition_with_a_possessive_in_the_present_is_still_asked(op: Operator) -> None:
    asks(op, "scale deploy/cache to 2 when its node is drained")


@pytest.mark.parametrize(
    "intent",
    [
        "worker is a single pod, if node-b dies we go blind on zone a. scale worker to 2",
        "customers go blind on zone b, scale frontend to 4",
    ],
)
def test_a_zone_said_of_people_is_no_subset_of_pods(op: Operator, intent: str) -> None:
    question = op.analyze(intent, namespace="shop").question or ""
    assert "part of the pods" not in question


@pytest.mark.parametrize(
    "intent",
    ["scale payments to 4 on zone b", "we need payments in zone b", "restart payments on zone b"],
)
def test_a_zone_said_of_the_change_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# -------------------------------------------------------------------------------- monitoring
@pytest.mark.parametrize(
    "intent",
    [
        "PFC-2226: Expose the envoy admin metrics of the fund-switch orders service (orders) to "
        "Prometheus through a PodMonitor on port 9901.",
        # phrasings of our own
        "Expose the envoy admin metrics of the price-switch orders (orders) to Prometheus through "
        "a PodMonitor on port 9901.",
    ],
)
def test_switch_inside_a_word_is_no_update(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["apply podmonitor/orders in shop"]


def test_switch_to_a_version_is_still_an_update(op: Operator) -> None:
    assert summaries(op, "switch my-api to 1.5.0") == [
        "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.5.0"
    ]
