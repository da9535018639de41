"""Round 24, gap helper A (blind26's misses in scale, ha, config, monitoring, autoscale).

Shapes: (1) an order in a spec's or another platform's words (:mod:`.specwords`): Cloud
Foundry's ``cf set-env`` / ``cf unset-env``, another platform's command quoted as a comparison
before the order, ``readinessProbe``, "auto scaling", an alert's "over 90% of limit" and
"returns more than 5% errors", "2 instances -> 5", "(no route or service there)", "never both on
one node" beside the spread it restates, and "minAvailable is 1" closing a create order. The
nearest phrasings that must still ask (a time that holds only a while, a state said with "now",
an alternative, a negation that is no restatement) still ask."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import specwords
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _ops(op: Operator, intent: str) -> tuple[list[str], str]:
    proposal, body = plans(op, intent)
    return [o.summary() for o in proposal.operations], body


# (1a) Cloud Foundry's env commands: the change they say.
@pytest.mark.parametrize(
    ("intent", "target", "words"),
    [
        (
            "cf set-env worker JOB_CONCURRENCY 8, and restart it so it takes",
            "deployment/worker",
            ['"JOB_CONCURRENCY"', '"8"'],
        ),
        (
            "cf set-env my-api LOG_LEVEL warn -- in k8s terms put it in my-api-config",
            "configmap/my-api-config",
            ['"LOG_LEVEL": "warn"'],
        ),
        ("cf unset-env frontend FEATURE_FLAG", "deployment/frontend", ["FEATURE_FLAG", "delete"]),
        (
            "cf set-env payments PROVIDER adyen",
            "configmap/payments-config",
            ['"PROVIDER": "adyen"'],
        ),
        (
            "cf set-env orders BATCH_SIZE 50, then restart orders",
            "configmap/orders-config",
            ['"BATCH_SIZE": "50"'],
        ),
        ("cf set-env frontend FEATURE_FLAG 'on'", "deployment/frontend", ['"value": "on"']),
    ],
)
def test_a_cf_env_command_is_its_change(
    op: Operator, intent: str, target: str, words: list[str]
) -> None:
    summaries, body = _ops(op, intent)
    assert any(target in s for s in summaries)
    for word in words:
        assert word in body


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("cf set-env worker JOB_CONCURRENCY 8 until monday", "until monday"),
        ("cf set-env worker JOB_CONCURRENCY 8 tomorrow at 9", "tomorrow at 9"),
        ("cf unset-env my-api DEBUG", "DEBUG"),
        ("cf unset-env frontend FEATURE_FLAG, and delete it", "delete it"),
    ],
)
def test_a_cf_env_command_with_a_while_or_more_is_asked(
    op: Operator, intent: str, said: str
) -> None:
    assert said in (asks(op, intent).question or "")


# (1b) Another platform's command quoted as a comparison before the order.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "in cf I'd just do `cf scale worker -i 0`; stop worker the k8s way (scale to zero, "
            "don't delete it)",
            "scale deployment/worker in shop to 0 replicas",
        ),
        (
            "in cf I would do `cf restart checkout` -- restart checkout",
            "restart the pods of deployment/checkout in shop",
        ),
        (
            "on heroku I'd just run `heroku ps:scale web=3 -a frontend`; scale frontend to 3 here",
            "scale deployment/frontend in shop to 3 replicas",
        ),
        (
            "in nomad we'd simply run `nomad job scale orders 4`, scale orders to 4",
            "scale deployment/orders in shop to 4 replicas",
        ),
        (
            "with docker compose I'd do `docker compose restart worker`: restart worker",
            "restart the pods of deployment/worker in shop",
        ),
    ],
)
def test_a_compared_command_before_the_order_is_context(
    op: Operator, intent: str, summary: str
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.question is None, proposal.question
    assert [o.summary() for o in proposal.operations] == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "in cf I'd just do `cf scale worker -i 0`; rm -rf /",
        "in cf I'd just do `cf scale worker -i 0`",
        "in cf I'd just do `cf scale worker -i 0`; do that here until monday",
    ],
)
def test_a_compared_command_without_an_order_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (1c) A spec's field names and an alert's words.
@pytest.mark.parametrize(
    ("intent", "target", "words"),
    [
        (
            "Please add readinessProbe to worker, httpGet /healthz port 8080.",
            "deployment/worker",
            ["readinessProbe", "/healthz", "8080"],
        ),
        (
            "add livenessProbe to my-api on /healthz port 8080",
            "deployment/my-api",
            ["livenessProbe", "/healthz"],
        ),
        (
            "I want auto scaling for worker by cpu, max 5 pods.",
            "horizontalpodautoscaler/worker",
            ['"maxReplicas": 5'],
        ),
        (
            "set up auto-scaling for checkout between 2 and 6 on cpu",
            "horizontalpodautoscaler/checkout",
            ['"minReplicas": 2', '"maxReplicas": 6'],
        ),
        (
            "I want alert when payments pod memory is over 90% of limit for 5 minutes.",
            "prometheusrule/payments-usage",
            ["0.9", '"for": "5m"', "limits"],
        ),
        (
            "alert when orders memory is over 80% of limit for 10 minutes",
            "prometheusrule/orders-usage",
            ["0.8", '"for": "10m"'],
        ),
        (
            "We would like an alert when the booking checkout step (checkout) returns more than "
            "5% errors for 10 minutes.",
            "prometheusrule/checkout-errors",
            ["0.05", '"for": "10m"', "checkout"],
        ),
        (
            "alert me when checkout returns over 2% errors for 5 minutes",
            "prometheusrule/checkout-errors",
            ["0.02", '"for": "5m"'],
        ),
        (
            "alert when my-api throws more than 1% 5xx for 15 minutes",
            "prometheusrule/my-api-errors",
            ["0.01", '"for": "15m"'],
        ),
        (
            "alert when checkout has more than 5% errors for 10 minutes",
            "prometheusrule/checkout-errors",
            ["0.05", '"for": "10m"'],
        ),
    ],
)
def test_a_spec_word_is_read(op: Operator, intent: str, target: str, words: list[str]) -> None:
    summaries, body = _ops(op, intent)
    assert any(target in s for s in summaries), summaries
    for word in words:
        assert word in body


# (1d) "2 instances -> 5": from 2 to 5.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("payments: 2 instances -> 5 for the payroll run", "deployment/payments in shop to 5"),
        ("checkout: 2 replicas → 4", "deployment/checkout in shop to 4"),
        ("frontend 3 instances -> 6 for the sale", "deployment/frontend in shop to 6"),
        ("orders 2 pods -> 3", "deployment/orders in shop to 3"),
        ("my-api: 2 pods => 4", "deployment/my-api in shop to 4"),
    ],
)
def test_a_count_arrow_is_a_scale(op: Operator, intent: str, summary: str) -> None:
    summaries, _ = _ops(op, intent)
    assert summaries == [f"scale {summary} replicas"]


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("payments: 2 instances -> 5 -> 7", "'7'"),
        ("orders: 1 pod -> 3", "runs 2 now"),
        ("payments: 2 instances -> 5 until monday", "until monday"),
    ],
)
def test_a_count_arrow_that_is_no_one_change_is_asked(op: Operator, intent: str, said: str) -> None:
    assert said in (asks(op, intent).question or "")


# (1e) A negation's "or", a restated spread, a field's value said with "is".
@pytest.mark.parametrize(
    ("intent", "target", "words"),
    [
        (
            "scrape the checkout pods with a PodMonitor (no route or service there)",
            "podmonitor/checkout",
            ['"app": "checkout"'],
        ),
        (
            "scrape the orders pods with a PodMonitor (no ingress or service for them)",
            "podmonitor/orders",
            ['"app": "orders"'],
        ),
        (
            "checkout has 2 instances, never both on one cell -- spread them across nodes",
            "deployment/checkout",
            ["kubernetes.io/hostname"],
        ),
        (
            "spread checkout across nodes, never both on one node",
            "deployment/checkout",
            ["kubernetes.io/hostname"],
        ),
        (
            "spread payments over different hosts, never two on the same host",
            "deployment/payments",
            ["kubernetes.io/hostname"],
        ),
        (
            "Please create PodDisruptionBudget for checkout, minAvailable is 1.",
            "poddisruptionbudget/checkout",
            ['"minAvailable": 1'],
        ),
        (
            "create a PDB for payments, maxUnavailable is 1",
            "poddisruptionbudget/payments",
            ['"maxUnavailable": 1'],
        ),
        (
            "Please make ServiceMonitor for my-api, port is http.",
            "servicemonitor/my-api",
            ['"app": "my-api"', '"http"'],
        ),
        (
            "make a PodMonitor for checkout, port is http",
            "podmonitor/checkout",
            ['"http"'],
        ),
    ],
)
def test_a_negation_or_a_field_said_plainly_is_read(
    op: Operator, intent: str, target: str, words: list[str]
) -> None:
    summaries, body = _ops(op, intent)
    assert any(target in s for s in summaries), summaries
    for word in words:
        assert word in body


@pytest.mark.parametrize(
    "intent",
    [
        "Please create PodDisruptionBudget for checkout, minAvailable is 1 now.",
        "checkout's minAvailable is 1",
        "create a PDB for payments, maxUnavailable is 1, minAvailable is 1",
        "checkout has 2 instances, never both on one node -- spread them across nodes, don't "
        "restart it",
        "alert when payments memory is over 90% of limit or request for 5 minutes",
    ],
)
def test_a_state_two_values_or_a_real_negation_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_the_module_reads_text_only() -> None:
    assert specwords.read("cf unset-env frontend FEATURE_FLAG") == (
        "remove env FEATURE_FLAG from frontend"
    )
    assert specwords.read("double the frontend") == "double the frontend"
    assert json.dumps(specwords.read("scale payments to 4")) == '"scale payments to 4"'


# (2) An order with business context around it.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        # "cycle" as a period's noun is no restart.
        (
            "Bill payments (payments) x3 for the quarterly billing cycle; 1.2 million bills go "
            "out Monday.",
            "scale deployment/payments in shop to 6 replicas",
            "Monday",
        ),
        (
            "triple payments for the quarterly billing cycle",
            "scale deployment/payments in shop to 6 replicas",
            None,
        ),
        (
            "payments x3 for the payroll cycle",
            "scale deployment/payments in shop to 6 replicas",
            None,
        ),
        (
            "double orders for the invoicing cycle",
            "scale deployment/orders in shop to 4 replicas",
            None,
        ),
        # A decimal factor of the count it runs.
        (
            "restaurant API (my-api) to 2.5x what it runs now, the promo email just went out to "
            "800k people",
            "scale deployment/my-api in shop to 5 replicas",
            None,
        ),
        (
            "take my-api to 2.5x what it runs now",
            "scale deployment/my-api in shop to 5 replicas",
            None,
        ),
        (
            "checkout to 1.5x what it runs now",
            "scale deployment/checkout in shop to 3 replicas",
            None,
        ),
        (
            "scale my-api to 2.5x its current size",
            "scale deployment/my-api in shop to 5 replicas",
            None,
        ),
        ("scale payments 1.5x", "scale deployment/payments in shop to 3 replicas", None),
        # The budget said to stay beside a scale.
        (
            "Field work orders (orders) currently blocks node maintenance. Raise it to 3 "
            "replicas; the PDB stays as configured.",
            "scale deployment/orders in shop to 3 replicas",
            None,
        ),
        (
            "Raise orders to 3 replicas; the PDB stays.",
            "scale deployment/orders in shop to 3 replicas",
            None,
        ),
        (
            "scale orders to 4, the pdb remains unchanged",
            "scale deployment/orders in shop to 4 replicas",
            None,
        ),
        # A surge that starts on a day, beside a scale: planned, the day awaited.
        (
            "checkout: please make it 5 pods, campaign starts tomorrow morning.",
            "scale deployment/checkout in shop to 5 replicas",
            "tomorrow morning",
        ),
        (
            "scale frontend to 6, the campaign starts tomorrow",
            "scale deployment/frontend in shop to 6 replicas",
            "tomorrow",
        ),
        (
            "payments to 4, payroll run begins on friday",
            "scale deployment/payments in shop to 4 replicas",
            "friday",
        ),
        (
            "scale orders to 4, the sale opens tomorrow",
            "scale deployment/orders in shop to 4 replicas",
            "tomorrow",
        ),
    ],
)
def test_an_order_with_business_context_is_planned(
    op: Operator, intent: str, summary: str, awaits: str | None
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    if awaits:
        assert awaits in (proposal.awaits or "")


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("cycle payments", None),
        ("please cycle the payments pods", None),
    ],
)
def test_cycle_as_a_verb_still_restarts(op: Operator, intent: str, said: str | None) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "restart the pods of deployment/payments in shop"
    ]


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale payments for the billing cycle", "How many replicas"),
        ("scale payments to 3; 2 rm -rf /", "';'"),
        ("frontend to 1.5x what it runs now", "4.5"),
        ("scale my-api to 2.5", "not a whole number"),
        ("scale frontend to 6, the campaign starts at 20:00", "dates an event"),
        ("restart frontend, the campaign starts tomorrow", "dates an event"),
        ("scale frontend to 6, the campaign ends tomorrow", "dates an event"),
        ("scale frontend to 6, the campaign starts at 8 o'clock", "8 o'clock"),
        ("delete orders; the PDB stays and the service stays", None),
    ],
)
def test_business_context_that_changes_the_order_is_asked(
    op: Operator, intent: str, said: str | None
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    if said is None:
        assert not any(o.target.kind == "PodDisruptionBudget" for o in proposal.operations), (
            proposal.operations
        )
        return
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert said in (proposal.question or "")


# (2b) An event the change comes before, closing a config order: awaited, never more value.
@pytest.mark.parametrize(
    ("intent", "target", "value", "awaits"),
    [
        (
            "Please switch PROVIDER in payments-config to adyen before the new terminal contract "
            "starts.",
            "configmap/payments-config",
            '"PROVIDER": "adyen"',
            "before the new terminal contract starts",
        ),
        (
            "switch BATCH_SIZE in orders-config to 50 before the night run starts",
            "configmap/orders-config",
            '"BATCH_SIZE": "50"',
            "before the night run starts",
        ),
        (
            "set LOG_LEVEL in my-api-config to warn ahead of the audit begins",
            "configmap/my-api-config",
            '"LOG_LEVEL": "warn"',
            "ahead of the audit begins",
        ),
        (
            "switch PROVIDER in payments-config to adyen before the migration ends",
            "configmap/payments-config",
            '"PROVIDER": "adyen"',
            "before the migration ends",
        ),
        (
            "change PROVIDER in payments-config to wire prior to the new contract starts",
            "configmap/payments-config",
            '"PROVIDER": "wire"',
            "prior to the new contract starts",
        ),
    ],
)
def test_an_event_after_a_value_is_awaited(
    op: Operator, intent: str, target: str, value: str, awaits: str
) -> None:
    proposal, body = plans(op, intent)
    assert [o.target.name for o in proposal.operations] == [target.split("/")[1]]
    assert value in body
    assert awaits in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        "switch PROVIDER in payments-config to adyen before the release",
        "switch PROVIDER in payments-config to adyen before the release and restart payments",
        "set MOTD on frontend to see you before",
    ],
)
def test_a_value_that_may_go_on_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2c) An arrow from what is wrong to the order that mends it.
@pytest.mark.parametrize(
    ("intent", "summary", "words"),
    [
        (
            "the orders pdb blocks every node drain -> let one order intake pod go down at a "
            "time instead",
            "patch poddisruptionbudget/orders in shop (merge)",
            ['"maxUnavailable": 1'],
        ),
        (
            "payments is slow -> set LOG_LEVEL=debug on it",
            "patch deployment/payments in shop (strategic)",
            ['"LOG_LEVEL"', '"debug"'],
        ),
        (
            "checkout keeps timing out -> scale it to 4",
            "scale deployment/checkout in shop to 4 replicas",
            [],
        ),
        (
            "the orders pdb blocks every node drain => let one orders pod go down at a time",
            "patch poddisruptionbudget/orders in shop (merge)",
            ['"maxUnavailable": 1'],
        ),
        (
            "worker keeps running out of memory \u2192 give it a 1Gi memory limit",
            "patch deployment/worker in shop (strategic)",
            ['"1Gi"'],
        ),
    ],
)
def test_an_arrow_to_the_mending_order_is_a_clause_break(
    op: Operator, intent: str, summary: str, words: list[str]
) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    for word in words:
        assert word in body


@pytest.mark.parametrize(
    "intent",
    [
        "the checkout pdb is too strict -> delete it",
        "frontend keeps crashing -> scale it to 3 until friday",
        "payments is slow -> set LOG_LEVEL on it",
    ],
)
def test_an_arrow_to_something_unclear_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
