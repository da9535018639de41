"""Round 15, helper values: which numbers and values belong to the request, and which are
context — one rule of attachment (numbers.attached) read by every check that counts numbers.

- a number with a magnitude glued to it ("41k CCU", "2M DAU") or said before an acronym of
  what is counted ("300 TPS") counts that thing, never the replicas;
- a runtime's version ("rebuilt with go 1.23.2", "built on node 20.11.1") is that runtime's;
- one pod as the subject of a negated purpose ("so one pod can't starve the node") is any pod;
- a resource said as an autoscaler's metric ("on CPU up to 8 replicas") takes no value;
- ECS's "hard limit" / "soft limit" are the limit and the request; a value said of a variable
  ("GOMEMLIMIT is 300MiB") is that variable's, and "GOMEMLIMIT=200MiB" is written as said;
- "V1, not V2" corrects V1 when the plan never writes V2 whole ("eu-central, not eu");
- a word corrected by a part's word ("firmware, I mean image") reads as that part;
- a value said before its key ("read batches of 25, change BATCH_SIZE") in a clause that asks;
- a guess at a cause ("probably a leak") hedges no value;
- "bump X to N" beside a load stated as a fact, with no word of release, is N replicas."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline.numbers import attached
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(120)


def _kinds(shop: Operator, intent: str) -> list[tuple[str, str, object]]:
    proposal, _ = plans(shop, intent)
    return [
        (o.kind, o.target.name, getattr(o, "replicas", None) or getattr(o, "image", None))
        for o in proposal.operations
    ]


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("we're at 41k CCU and orders is lagging, give orders 3 replicas", "3", "41k"),
        ("we have 2M DAU now, give payments 5 replicas", "5", "2M"),
        ("orders is slow at 300 TPS, scale orders to 3", "3", "300"),
        ("we're at 12k now, scale orders to 4", "4", "12k"),
        ("deploy my-api 1.4.1, rebuilt with go 1.23.2", "1.4.1", "1.23.2"),
        ("ship worker 0.10.0, built on node 20.11.1", "0.10.0", "20.11.1"),
    ],
)
def test_a_number_attached_to_another_thing_is_blanked(text: str, kept: str, gone: str) -> None:
    out = attached(text, ["orders", "payments", "my-api", "worker"])
    assert kept in out
    assert gone not in out


@pytest.mark.parametrize(
    "text",
    ["scale orders to 3 PM", "scale orders to 5 ASAP", "scale orders to 4 NOW", "let it go 3"],
)
def test_a_clock_or_a_courtesy_acronym_keeps_its_number(text: str) -> None:
    assert attached(text, ["orders"]) == text


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("we're at 41k CCU and orders is lagging, give orders 3 replicas", ("orders", 3)),
        ("frontend is at 12k RPM, scale frontend to 4", ("frontend", 4)),
        ("we have 2M DAU now, give payments 5 replicas", ("payments", 5)),
        ("bump my-api to 4, the service is overloaded", ("my-api", 4)),
        ("bump my-api to 3, the Go service is CPU bound under load", ("my-api", 3)),
    ],
)
def test_the_count_of_the_request_is_planned(
    shop: Operator, intent: str, expected: tuple[str, int]
) -> None:
    assert _kinds(shop, intent) == [("scale", *expected)]


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("deploy my-api 1.4.1, rebuilt with go 1.23.2 for the net/http CVE", "my-api:1.4.1"),
        ("deploy frontend 2.1.1, compiled with go 1.22.5", "frontend:2.1.1"),
        ("ship worker 0.10.0, built on node 20.11.1", "worker:0.10.0"),
        ("frontend firmware, I mean image, to 2.1.1", "frontend:2.1.1"),
        ("worker ver, I mean tag, 0.10.0", "worker:0.10.0"),
    ],
)
def test_the_version_of_the_request_is_deployed(shop: Operator, intent: str, image: str) -> None:
    [(kind, _, said)] = _kinds(shop, intent)
    assert kind == "set_image"
    assert str(said).endswith(image)


@pytest.mark.parametrize(
    ("intent", "values"),
    [
        ("Set a CPU limit of 500m on payments so one pod can't starve the node", ['"500m"']),
        ("set a 250m cpu limit on worker so one pod can't starve the node", ['"250m"']),
        ("cap worker cpu at 500m to stop one pod from starving the node", ['"500m"']),
        ("set a 1Gi memory limit on worker so no single pod can eat the node", ['"1Gi"']),
        ("limit worker to 500m cpu so a single replica won't hog the host", ['"500m"']),
        (
            "my-api memory limit to 384Mi, GOMEMLIMIT is 300MiB so it needs the room",
            ['"memory": "384Mi"'],
        ),
        (
            "payments memory hard limit 512Mi, soft limit (the request) 256Mi",
            ['"limits": {"memory": "512Mi"}', '"requests": {"memory": "256Mi"}'],
        ),
        (
            "worker: hard limit 1Gi, soft limit 512Mi",
            ['"limits": {"memory": "1Gi"}', '"requests": {"memory": "512Mi"}'],
        ),
        ("set GOMEMLIMIT=200MiB on my-api", ['"200MiB"']),
        ("set GOMEMLIMIT=1GiB on worker", ['"1GiB"']),
        (
            "Data residency: REGION must be eu-central, not eu. Update shared-config.",
            ['"REGION": "eu-central"'],
        ),
        ("orders should read batches of 25, change BATCH_SIZE", ['"BATCH_SIZE": "25"']),
        ("use batches of 40 on orders, update BATCH_SIZE", ['"BATCH_SIZE": "40"']),
    ],
)
def test_the_value_of_the_request_is_written(
    shop: Operator, intent: str, values: list[str]
) -> None:
    _, body = plans(shop, intent)
    for value in values:
        assert value in body


def test_a_value_said_of_a_variable_is_not_a_limit(shop: Operator) -> None:
    proposal, _ = plans(shop, "my-api memory limit to 512Mi, GOGC is 50 and GOMEMLIMIT is 400MiB")
    [op] = proposal.operations
    assert op.kind == "patch"
    assert json.dumps(op.patch).count("Mi") == 1
    assert '"memory": "512Mi"' in json.dumps(op.patch)


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("autoscale worker on CPU up to 8 replicas, the match queue spikes are brutal", "apply"),
        ("hpa for payments based on CPU up to 6 replicas", "apply"),
        ("restart my-api, heap is at 240Mi and climbing, probably a leak", "rollout_restart"),
        ("restart orders, maybe a bad node", "rollout_restart"),
    ],
)
def test_a_metric_or_a_guess_beside_the_request_plans(
    shop: Operator, intent: str, kind: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert kind in [o.kind for o in proposal.operations]


@pytest.mark.parametrize(
    "intent",
    [
        # A value corrected, a workload corrected: asked (hazards).
        "update my-api to 1.5.0, I mean 1.5.1",
        "restart payments, I mean orders",
        # A resource as a part, with no metric read: asked (acronyms).
        "autoscale worker on CPU up to 8",
        "scale my-api GPU to 0",
        "payments DB to 2 replicas",
        # One pod's own fate in a purpose is no "any pod".
        "add a pdb to worker so one pod never goes down",
        # A count of pods that is the change's scope: asked (scope).
        "restart one payments pod so it doesn't hang",
        # Hedged values and alternatives: asked (guard).
        "scale orders to maybe a dozen",
        "scale orders to 3, maybe a few more",
        "restart payments or maybe orders",
        # The key's word said in a fact, how it is now: the key's value is asked.
        "orders had batches of 10, change BATCH_SIZE",
        "orders reads batches of 10 now, change BATCH_SIZE",
        # A bare number beside no load, or beside a release: version or replicas? asked.
        "bump my-api to 3",
        "bump my-api to 3, the old one was overloaded, ship it",
        # A magnitude on the count itself is no count.
        "we're at 41k, scale orders to 4k",
    ],
)
def test_near_misses_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)
