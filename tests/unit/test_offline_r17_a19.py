"""Round 17, attack 19 (a black-box attack on the merged second wave): the most dangerous of
its findings, mended at their shape, each beside the nearest phrasing that must still plan.

- an image named by a product none of the workload's containers runs ("the envoy image in
  frontend") would replace its application: asked;
- a message sent to the wrong place ("oops wrong window — …"), an order held for someone said
  at its end ("— waiting on Priya"), a meeting's point or a tip ("Agenda item 3:", "Pro
  tip:"), and an order quoted by the line after it ("…\\n...is what broke it last time")
  withhold the order;
- an occasion closing the order ("Sat night", "over Xmas", "at cutover", "as of Friday") is a
  time it cannot wait for exactly: asked, never run now;
- a case, a story, a pointer or an aside as its label ("Scenario 2 —", "User story:", "See
  also:", "NB:"), readiness ("standby to", "queue up:"), another record or person standing for
  it ("— see CHG-13 instead", "— Sam's on it"), "nah", "/j" and a watching or grinning face
  withhold it."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("set the envoy image in frontend to envoyproxy/envoy:v1.31.0", "envoy"),
        ("set the redis image in payments to redis:7.2", "redis"),
        ("bump the nginx version on worker to nginx:1.27.3", "nginx"),
    ],
)
def test_an_image_of_a_product_the_workload_does_not_run_is_asked(
    shop: Operator, said: str, word: str
) -> None:
    assert f"runs no {word}" in str(asks(shop, said).question)


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        (
            "set the envoy image in orders to envoyproxy/envoy:v1.31.0",
            "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.31.0",
        ),
        (
            "set the frontend image to ghcr.io/acme/frontend:2.4.0",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.4.0",
        ),
        (
            "restart worker, waiting on it to drain is fine",
            "restart the pods of deployment/worker in shop",
        ),
        (
            "scale worker to 3, the old window was wrong",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "scale frontend to 6, traffic peaks during Black Friday",
            "scale deployment/frontend in shop to 6 replicas",
        ),
        ("case closed, restart worker", "restart the pods of deployment/worker in shop"),
        ("restart worker before go-live", "restart the pods of deployment/worker in shop"),
        ("delete checkout, it was superseded by payments", "delete deployment/checkout in shop"),
    ],
)
def test_the_nearest_orders_still_plan(shop: Operator, said: str, summary: str) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]


@pytest.mark.parametrize(
    "said",
    [
        "oops wrong window — scale orders to 0",
        "wrong chat sorry: restart payments",
        "delete the cache deployment — waiting on Priya",
        "scale worker to 3 (blocked on the DBA)",
        "Agenda item 3: delete the cache deployment",
        "Pro tip: scale orders to 0 at night",
        "scale orders to 0\n\n...is what broke it last time",
        "scale payments to 1 Sun morning",
        "restart worker over Christmas",
        "delete checkout at go-live",
        "scale frontend to 2 as of Monday",
        "delete checkout in the future",
        "restart worker alongside the migration",
        "Scenario 4: delete checkout",
        "User story: restart worker weekly",
        "See also: scale payments to 1",
        "N.B. delete checkout",
        "stand by to delete checkout",
        "queue up: scale payments to 1",
        "delete checkout — see OPS-7 instead",
        "scale payments to 1 — Dana's on it",
        "restart worker nah",
        "scale payments to 1 /j",
        "\U0001f608 scale payments to 1",
    ],
)
def test_an_order_sent_astray_held_or_quoted_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)
