"""Dictated requests (helper dictation, issue 11 round 9, wave 2).

Spoken forms are typed only where the result is a token the planner knows: a workload name
("pay ments", "my dash api"), a version ("two point zero point one"), an image reference
("… dot io slash … colon …"), a quantity ("three hundred millicores", "seventy percent"), a port,
a path ("slash ready"), a label ("team equals payments") or a kind ("daemon set"). Anything else
stays as said, and what stays unclear is still asked. Our own phrasings, over the in-memory shop.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import dictation
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)

_NAMES = frozenset({"my-api", "frontend", "payments", "orders", "checkout", "worker", "cache"})


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("roll the check out to two point zero point one", "roll the checkout to 2.0.1"),
        (
            "pin orders to ghcr dot io slash acme slash orders colon three point one",
            "pin orders to ghcr.io/acme/orders:3.1",
        ),
        ("give worker four hundred millicores", "give worker 400m"),
        ("target seventy five percent cpu", "target 75% cpu"),
        ("probe on port nine thousand ninety", "probe on port 9090"),
        ("liveness check on slash live", "liveness check on /live"),
        ("restart pods labelled team equals payments", "restart pods labelled team=payments"),
        ("restart the fluent daemon set", "restart the fluent daemonset"),
        ("add a p d b to orders", "add a pdb to orders"),
        ("restart my dash api", "restart my-api"),
        ("move orders to three point one point four.", "move orders to 3.1.4."),
        ("set it to one point two, then restart", "set it to 1.2, then restart"),
        ("open port eight thousand eighty.", "open port 8080."),
    ],
)
def test_spoken_tokens_are_typed(said: str, typed: str) -> None:
    assert dictation.read(said, lambda: _NAMES) == typed


@pytest.mark.parametrize(
    "said",
    [
        "scale orders to two four",  # no English number: left for the rules to ask
        "slash the budget for payments",  # a verb, not a path
        "give the front door a dash of colour",  # 'front door' and 'dash of' name nothing known
        "set a b c on orders",  # letters that spell nothing the planner reads
        "keep the end point as is",  # 'endpoint' is no workload here
        "upgrade my dash service",
        "config set the stateful app",  # no kind said in two words  # 'my-service' is no workload
    ],
)
def test_other_words_stay_as_said(said: str) -> None:
    assert dictation.read(said, lambda: _NAMES) == said


@pytest.mark.parametrize(
    ("intent", "target", "inside"),
    [
        (
            "update the pay ments to version two point zero point one",
            "payments",
            "ghcr.io/acme/payments:2.0.1",
        ),
        (
            "set the check out image to ghcr dot io slash acme slash checkout colon"
            " one point two point zero",
            "checkout",
            "ghcr.io/acme/checkout:1.2.0",
        ),
        ("move my dash api to one point six point zero", "my-api", "ghcr.io/acme/my-api:1.6.0"),
    ],
)
def test_dictated_versions_and_images_plan(
    shop: Operator, intent: str, target: str, inside: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("set_image", target)]
    assert inside in body


@pytest.mark.parametrize(
    ("intent", "target", "inside"),
    [
        (
            "give payments a memory limit of five hundred twelve mebibytes",
            "payments",
            '"memory": "512Mi"',
        ),
        ("set the cpu request on work er to three hundred millicores", "worker", '"cpu": "300m"'),
        (
            "add a readiness probe to payments on slash ready port nine thousand",
            "payments",
            "/ready",
        ),
    ],
)
def test_dictated_quantities_and_paths_plan(
    shop: Operator, intent: str, target: str, inside: str
) -> None:
    proposal, body = plans(shop, intent)
    assert {(o.kind, o.target.name) for o in proposal.operations} == {("patch", target)}
    assert inside in body


def test_dictated_hpa_plans_its_bounds(shop: Operator) -> None:
    _, body = plans(
        shop, "create an h p a for orders from two to eight replicas at seventy percent cpu"
    )
    for inside in ('"minReplicas": 2', '"maxReplicas": 8', '"averageUtilization": 70'):
        assert inside in body


def test_dictated_kind_names_the_statefulset(shop: Operator) -> None:
    proposal, _ = plans(shop, "restart the cache stateful set")
    assert [(o.kind, o.target.kind, o.target.name) for o in proposal.operations] == [
        ("rollout_restart", "StatefulSet", "cache")
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "scale orders to two four",  # digits said one by one: 24? 2 or 4?
        "scale front end to seventy percent",  # a percent is no replica count
        "set cpu to two four millicores on orders",
        "update my dash service to one point two point zero",  # no such workload
    ],
)
def test_unclear_dictation_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)
