"""The report before a request is context, the request is read alone (planner/offline/logs.py,
``focus``): a timeline entry, a finding, an alert or a cost line said before the order lends the
order no number, negation, past time or category word; a workload it names is lent to an order
that names none. The phrasings are this helper's own; the near misses must still ask (or wait)."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import logs
from dotop_nb.service import Operator
from tests.memory import asks, plans

_SCALE = "scale deployment/{} in shop to {} replicas"
_PATCH = "patch deployment/{} in shop (strategic)"
_NAMES = frozenset({"frontend", "checkout", "payments", "orders", "my-api", "worker", "cache"})


@pytest.mark.parametrize(
    ("said", "summaries"),
    [
        # a measurement, then the order: the measured numbers are not the order's
        (
            "frontend sits at 9% cpu on 3 replicas. Scale frontend to 2.",
            [_SCALE.format("frontend", 2)],
        ),
        (
            "12:05 checkout p99 at 1.9s, both pods pegged. Decision: scale checkout to 4.",
            [_SCALE.format("checkout", 4)],
        ),
        # a habitual time in the report is no time of the order
        (
            "worker lags every morning around 07:00. Scale worker to 3.",
            [_SCALE.format("worker", 3)],
        ),
        (
            "Alert OrdersLatencyHigh fires every afternoon → scale orders to 3",
            [_SCALE.format("orders", 3)],
        ),
        # a finding's negation ("has no …", "nobody got paged") is how things are
        (
            "SR-51 (Low): payments has no cpu limit and averages 300m. Set a cpu limit of 600m "
            "on payments.",
            [_PATCH.format("payments")],
        ),
        (
            "Nobody got paged when payments crashed twice on Monday. Add a PrometheusRule that "
            "fires when payments has fewer than 2 ready pods for 5 minutes.",
            ["apply prometheusrule/payments-availability in shop"],
        ),
        # an action item after its report; a past "zero" is no scale to zero
        (
            "AI-9: my-api went to zero ready pods during the upgrade. Add a PodDisruptionBudget "
            "on my-api with minAvailable 1.",
            ["apply poddisruptionbudget/my-api in shop"],
        ),
        # the workload the report is about is lent to an order that names none
        (
            "payments ran as root during the pentest. Make it run as non-root.",
            [_PATCH.format("payments")],
        ),
        (
            "Adding a worker replica costs less than the backlog. Go from 1 to 2.",
            [_SCALE.format("worker", 2)],
        ),
    ],
)
def test_the_report_before_a_request_is_context(
    shop: Operator, said: str, summaries: list[str]
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == summaries
    assert p.awaits is None


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("SR-70 (High): worker runs as root. Make it non-root.", "worker. Make it non-root."),
        (
            "INC-5: checkout was wedged for 12 minutes. Restart checkout.",
            "Restart checkout.",
        ),
        (
            "my-api averages 90Mi of memory, leave memory alone. CPU is pegged: raise the cpu "
            "request to 300m.",
            "my-api. leave memory alone. raise the cpu request to 300m.",
        ),
    ],
)
def test_focus_reads_the_directive(said: str, read: str) -> None:
    assert logs.focus(logs.read(said), lambda: _NAMES) == read


@pytest.mark.parametrize(
    "said",
    [
        # another place: never read as here
        "payments in staging is slow. Scale it to 4.",
        "my-api is hot in prod-eu. Add two more pods.",
        # "it" could be either workload the report named
        "worker and my-api were wedged. Restart it.",
        # "it" is the budget the report is about, not the workload
        "The payments PDB blocks drains. Change it to maxUnavailable 1.",
        # a wish in the "context" names another workload to change
        "checkout needs more pods. Scale payments to 5.",
        # a destructive verb in the order itself ("drop it to 2" is a scale: it plans)
        "frontend ran at 90% cpu. Drop it.",
    ],
)
def test_a_report_that_could_change_what_is_done_still_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    "said",
    [
        "The freeze lifts at 17:00. Scale checkout to 4.",
        "worker will be idle after 20:00. Scale worker to 1.",
        "payments in staging is slow. Scale it to 4.",
        "worker and my-api were wedged. Restart it.",
        "payments 3.0.1 is the fixed build. Roll it out.",
        "SR-9: payments fails two policies → fix both on payments",
        "Postmortem: we restarted payments at 10:00. Restart fixed it.",
        # a declarative request, a spec after a label, an order between orders: never context
        "For checkout, the web container gets a limit of two cpus. Nothing else is touched.",
        "fix(frontend): requests 50m/64Mi, limit 256Mi memory",
        "the new payments release is bad. go back to the old one, don't delete anything",
        # "that version", "that limit": what the report said
        "the bug is fixed in my-api 1.4.2. Please update my-api to that version",
        "the orders app container keeps hitting its cpu limit. Raise that limit to 800m",
        # the report is about more than the workload ("app container"): not lent
        "orders app container cpu throttled, limit to 1 core. leave envoy alone",
    ],
)
def test_a_future_time_a_place_or_a_pronoun_leaves_the_message_as_said(said: str) -> None:
    # the guard then waits on the time or asks; "it"/"both" may mean what the report said
    assert logs.focus(logs.read(said), lambda: _NAMES) == logs.read(said)


def test_a_future_time_beside_the_request_is_still_awaited(shop: Operator) -> None:
    p, _ = plans(shop, "The freeze lifts at 17:00. Scale checkout to 4.")
    assert p.awaits


def test_a_negation_in_the_directive_still_holds(shop: Operator) -> None:
    p, _ = plans(shop, "checkout 5xx at 4%. Restart payments, not checkout.")
    assert [o.summary() for o in p.operations] == [
        "restart the pods of deployment/payments in shop"
    ]
