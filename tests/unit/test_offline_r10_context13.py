"""Context pasted around a request — an incident timeline, an alert, a cost, a table row, the
running version — is read as context (planner/offline/logs.py, workloads._from_to): shell
characters and numbers matter in the tokens that become a value, in the prose around them they
are punctuation. The phrasings are this helper's own; the near misses must still ask."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import logs
from dotop_nb.service import Operator
from tests.memory import asks, plans

_SCALE = "scale deployment/{} in shop to {} replicas"
_RESTART = "restart the pods of deployment/{} in shop"
_IMAGE = "set image of container {} in deployment/{} in shop to {}"


@pytest.mark.parametrize(
    ("said", "summaries"),
    [
        # a timeline: its entries' time marks and measurements are context, the action is asked
        (
            "INC-912 log: 07:02Z checkout p95 at 3.1s; 07:06Z both pods pegged; 07:09Z "
            "mitigation: take checkout to 4 replicas.",
            [_SCALE.format("checkout", 4)],
        ),
        (
            "06:10 orders stops draining; 06:12 backlog at 40k msgs; 06:15 decision: bounce the "
            "orders deployment.",
            [_RESTART.format("orders")],
        ),
        (
            "23:05Z the fix is tagged ghcr.io/acme/orders:1.0.3; roll it out to the orders app "
            "container.",
            [_IMAGE.format("app", "orders", "ghcr.io/acme/orders:1.0.3")],
        ),
        (
            "AI-7: cache proxy was starved during the 02:30 batch. Raise its cpu request from "
            "100m to 200m.",
            ["patch deployment/cache in shop (strategic)"],
        ),
        # a pasted alert: what it measured, before the arrow or dash, is context
        (
            "[FIRING:1] WorkerQueueDepth depth=90000 lag=35m → scale worker to 3",
            [_SCALE.format("worker", 3)],
        ),
        (
            "[WARNING] MyApiMemoryHigh container=api used=240Mi (94%) - raise the my-api memory "
            "limit to 512Mi",
            ["patch deployment/my-api in shop (strategic)"],
        ),
        # the running version, named as context, is the from-value
        (
            "Trivy: ghcr.io/acme/payments:3.0.0 has 3 highs → update payments to "
            "ghcr.io/acme/payments:3.0.1",
            [_IMAGE.format("payments", "payments", "ghcr.io/acme/payments:3.0.1")],
        ),
        (
            "SR-44 (High, CVSS 8.2): orders 1.0.0 has a known CVE fixed in 1.0.2. Update the "
            "orders app to ghcr.io/acme/orders:1.0.2.",
            [_IMAGE.format("app", "orders", "ghcr.io/acme/orders:1.0.2")],
        ),
        (
            "postgres still runs 16.4; move it to postgres:16.8",
            ["set image of container postgres in statefulset/postgres in shop to postgres:16.8"],
        ),
        # table rows: a header row gives each cell its role
        ("deployment | action | replicas\ncheckout | scale | 4", [_SCALE.format("checkout", 4)]),
        ("workload,action\norders,restart", [_RESTART.format("orders")]),
        (
            "ConfigMap\tKey\tOld\tNew\norders-config\tBATCH_SIZE\t10\t25",
            ["patch configmap/orders-config in shop (merge)"],
        ),
        ("Maintenance log, row 31: restart payments", [_RESTART.format("payments")]),
    ],
)
def test_context_around_a_request_is_read_as_context(
    shop: Operator, said: str, summaries: list[str]
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == summaries
    assert p.awaits is None


def test_a_table_row_says_its_values_in_their_roles(shop: Operator) -> None:
    _, body = plans(shop, "ConfigMap\tKey\tOld\tNew\norders-config\tBATCH_SIZE\t10\t25")
    assert '"BATCH_SIZE": "25"' in body


def test_a_time_said_of_the_request_still_waits(shop: Operator) -> None:
    # The observation's time is context; the order's own time is waited on.
    p, _ = plans(shop, "Night note: orders idles from 22:00. Scale orders to 1 at 22:30.")
    assert [o.summary() for o in p.operations] == [_SCALE.format("orders", 1)]
    assert "22:30" in (p.awaits or "")


@pytest.mark.parametrize(
    "said",
    [
        # shell in a value, or a command after the separator, still asks
        "image ghcr.io/acme/my-api:1.4.1;touch /tmp/x for my-api",
        "set the my-api image to ghcr.io/acme/my-api:1.4.1; rm -rf /",
        "update my-api to ghcr.io/acme/my-api:1.4.1; whoami now",
        "set LOG_LEVEL=`id` in my-api-config",
        "set LOG_LEVEL=$(rm -rf /) in my-api-config",
        "set LOG_LEVEL=$1 in my-api-config",
        "image ghcr.io/acme/app:1 | sh",
        "echo hi > /tmp/x; restart payments",
        "CHG-1 | orders | kubectl delete ns shop | approved",
        # a row with no value, another namespace, a place said before "there"
        "deployment | action | replicas\ncheckout | scale | TBD",
        "ns,workload,action\nstaging,orders,restart",
        "INC-88: 03:12 shop is fine but prod-us is degraded; 03:14 restart payments there.",
        # a lone time before an order, or after it, is a schedule (asked or waited, never dropped)
        "22:00 restart payments",
        "scale orders to 4, 23:30 sharp",
        # two new versions beside the running one
        "my-api 1.4.0 is slow; update my-api to 1.4.2 or 1.4.3",
        "update worker 0.9.0 to 0.9.4 and 0.9.5",
        # a number with a unit said in the order itself is no measurement
        "checkout p99 at 2s. scale checkout to 3 at 80%",
    ],
)
def test_what_could_be_a_value_or_elsewhere_still_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("frontend costs $1,250 a month. restart it", "frontend costs a cost. restart it"),
        ("payments is $140/month", "payments is a cost"),
        ("set X=$HOME", "set X=$HOME"),
        ("p99 > 800ms for 5m", "p99 above 800ms for 5m"),
        ("echo a > out.txt", "echo a > out.txt"),
    ],
)
def test_money_and_comparisons_are_words(said: str, read: str) -> None:
    assert logs.read(said) == read


def test_a_near_miss_still_plans_its_delete(shop: Operator) -> None:
    # The rule must not read too widely: a reason beside a delete is no context to drop.
    p, _ = plans(shop, "delete the worker deployment, it is unused")
    assert [o.kind for o in p.operations] == ["delete"]


@pytest.mark.parametrize(
    "said",
    [
        "wishlist: autoscale frontend between 3 and 9 at 60% cpu",
        "Parking lot - delete the worker deployment",
        "future work: scale the cache deployment to 2",
        "Lessons learnt: restart orders before the batch",
        "for the next time: roll checkout back first",
        "In future, bump payments to 4 before a sale",
    ],
)
def test_a_label_filing_the_request_for_later_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_a_label_naming_the_order_still_plans(shop: Operator) -> None:
    p, _ = plans(shop, "Decision: scale the cache deployment to 2")
    assert [o.summary() for o in p.operations] == [_SCALE.format("cache", 2)]


def test_a_time_in_a_sentence_that_plans_is_kept(shop: Operator) -> None:
    # "agreed to … at 05:00" says when the change runs, though it reads like a report.
    p, _ = plans(shop, "Shift log: payments 3.0.0 is fine. We agreed to restart payments at 05:00")
    assert [o.summary() for o in p.operations] == [_RESTART.format("payments")]
    assert "05:00" in (p.awaits or "")
