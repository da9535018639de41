"""A clause that is a fact or a symptom — "checkout 1.1.0 throwing 500s since the deploy", "the
new image leaks memory", "no payments metrics in grafana" — is the reason for the request beside
it: it lends the plan no action, no number and no version, and forbids nothing. The phrasings
here are our own; they share with the sealed blind10 misses only the kind of clause."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import statements
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)


def _planned(op: Operator, intent: str) -> tuple[list[str], str]:
    """The kinds of the operations planned for ``intent`` and what they carry (never the
    reason, which quotes the intent)."""
    proposal, _ = plans(op, intent)
    ops = [o.model_dump(mode="json", exclude={"reason"}) for o in proposal.operations]
    return [o.kind for o in proposal.operations], json.dumps(ops)


@pytest.mark.parametrize(
    "clause",
    [
        "checkout 1.1.0 throwing 500s since the deploy 20 min ago",
        "checkout pods crashlooping after the release",
        "p99 is spiking on payments",
        "orders queue is backing up",
        "worker 0.9.0 eating all the memory",
        "my-api timing out on every call since lunch",
        "the new checkout image drops sessions",
        "new image leaks memory",
        "orders keeps restarting",
    ],
)
def test_a_symptom_is_read_as_a_fact_by_its_grammar(clause: str) -> None:
    assert statements.fact(clause)


@pytest.mark.parametrize(
    "clause",
    [
        # a person's progressive is what they do; a verb of change in progress is read by rules
        "we are moving payments from stripe to adyen",
        "checkout is rolling out 1.2.0",
        "payments scaling to 4",
        "frontend scales to 4",
        # terse requests and specs: a verb first, or an object a plan makes
        "autoscale billing 3..7 at 55 percent cpu",
        "hpa on frontend holding cpu near 60%",
        "hpa worker minReplicas 2 maxReplicas 6",
        "startup probe for postgres, 20 checks 15s apart",
        "checkout pods",
        "worker needs 5 replicas",
    ],
)
def test_a_request_or_a_spec_is_no_fact(clause: str) -> None:
    assert not statements.fact(clause)


@pytest.mark.parametrize(
    "intent",
    [
        "checkout 1.1.0 throwing 500s since the deploy 20 min ago, roll it back",
        "checkout 1.1.0 keeps throwing 500s, roll back",
        "checkout pods crashlooping after the release, roll back checkout",
        "the new checkout image drops sessions, roll checkout back",
        "undo the last checkout rollout, new image leaks memory",
        "checkout's new image leaks memory, undo the rollout",
        "error rate is through the roof on checkout, roll it back",
    ],
)
def test_a_symptom_beside_a_rollback_is_its_reason(op: Operator, intent: str) -> None:
    kinds, body = _planned(op, intent)
    assert kinds == ["rollout_undo"]
    assert "1.1.0" not in body


@pytest.mark.parametrize(
    ("intent", "kind", "value"),
    [
        ("my-api timing out at 3 replicas, restart it", "rollout_restart", None),
        ("worker 0.9.0 eating all the memory, restart it", "rollout_restart", None),
        ("payments timing out at 3 replicas, scale it to 5", "scale", '"replicas": 5'),
        ("latency on frontend is climbing, scale it to 5", "scale", '"replicas": 5'),
        ("orders queue is backing up, scale orders to 4", "scale", '"replicas": 4'),
        (
            "checkout 1.1.0 throwing 500s since the deploy, update it to 1.1.2",
            "set_image",
            "checkout:1.1.2",
        ),
        # the fact names an image; the request is the restart alone
        (
            "the checkout image ghcr.io/acme/checkout:1.0.0 is old, restart checkout",
            "rollout_restart",
            None,
        ),
    ],
)
def test_a_symptom_lends_no_value(op: Operator, intent: str, kind: str, value: str | None) -> None:
    kinds, body = _planned(op, intent)
    assert kinds == [kind]
    if value:
        assert value in body
    assert '"replicas": 3' not in body
    assert "1.1.0" not in body
    assert "1.0.0" not in body


@pytest.mark.parametrize(
    "intent",
    [
        # a value said only in the fact, with nothing else asked for it, is still asked
        "checkout 1.1.0 throwing 500s, set it",
        "worker 0.9.0 eating all the memory, give it that",
    ],
)
def test_a_value_said_only_in_a_fact_is_never_taken(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("no payments metrics in grafana, someone add a svcmonitor on port http every 30s", "30s"),
        ("no scrape config for frontend anywhere, add a servicemonitor on port http", "frontend"),
        (
            "zero metrics from my-api in prometheus, add a servicemonitor for it on port http",
            "my-api",
        ),
        ("no liveness probe on payments yet, add one on /healthz port 8080", "livenessProbe"),
        ("theres no pdb for worker, add one with minAvailable 1", '"minAvailable": 1'),
        (
            "hung my-api pods sat there for 2h bc theres no liveness probe, add one on /healthz",
            "livenessProbe",
        ),
    ],
)
def test_what_is_missing_said_first_is_the_reason_for_adding_it(
    op: Operator, intent: str, said: str
) -> None:
    _, body = _planned(op, intent)
    assert said in body


@pytest.mark.parametrize(
    "intent",
    [
        # after the request, "no X" is what the plan must leave out
        "add probes to payments on /healthz port 8080, no liveness probe",
        "no restarts, set image of checkout to 1.1.1",
        "set image of checkout to 1.1.1, no restart",
        # a lack that the request does not add is never planned from the negation
        "no servicemonitor for payments, add a pdb to it with minAvailable 1",
    ],
)
def test_a_prohibition_or_a_lack_of_something_else_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        # A pronoun in -ing is no progressive verb (the merged round's blind2 regression).
        (
            "payments to 4 replicas and don't change anything else",
            "scale deployment/payments in shop to 4 replicas",
        ),
        ("frontend to 5 replicas, nothing else", "scale deployment/frontend in shop to 5 replicas"),
        # A need asks for the change it names (blind7's regression).
        (
            "the api is needing to go to ghcr.io/acme/my-api:1.5.0",
            "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.5.0",
        ),
    ],
)
def test_a_request_said_with_a_pronoun_or_a_need_is_no_fact(
    shop: Operator, said: str, summary: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]
