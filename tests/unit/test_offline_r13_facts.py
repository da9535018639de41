"""Round 13, helper facts: which clauses say how things are (``statements.fact``), and the checks
of numbers and words that read the request with those clauses blanked
(``statements.facts_blanked``). None of these phrasings is a blind16 line."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import statements
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(180)


@pytest.mark.parametrize(
    "clause",
    [
        # What a measure did or does, after a subject.
        "the error rate rose to 3% against a 1% budget",
        "checkout's p99 climbed to 900ms",
        "worker's queue grew to 5000 messages overnight",
        "a single flaky node ate half of the monthly budget",
        "frontend usage never goes past 180Mi",
        "each my-api pod handles about 300 rps and peak is 1,200 rps",
        "each pod tops out near 250 rps",
        "two pods carry the normal load",
        "payments utilization sits at 90%",
        # What a thing fails to do.
        "orders can't drain with minAvailable 2 on 2 pods",
        "payments won't start since 2.4.0",
        # Where a value was.
        "up from 512Mi",
        "down from 500m",
        # What a rule wants, said of the rule.
        "the scorecard requires at least 2 replicas for backend services",
    ],
)
def test_a_clause_that_says_how_things_are_is_a_fact(clause: str) -> None:
    assert statements.fact(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "drop the orders PDB",  # an order
        "burn down the old replicas",  # a verb first is an order
        "please carry on with the rollout",
        "payments can't go below 2",  # a rule, never a failure
        "orders can't be restarted",
        "we can't drain node-3",  # a person's inability is no fact of a thing
        "frontend should never go past 6",  # an obligation
        "the app container gets a limit of two cpus",  # what it is given
        "my-api scales on cpu and memory",  # how it should scale
        "hpa on my-api using both cpu",  # an object's spec
        "from 2 to 4",  # a change, not where it was
        "if it can't connect",  # a condition
    ],
)
def test_a_clause_that_asks_is_no_fact(clause: str) -> None:
    assert not statements.fact(clause)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("payments is burning budget at 14x, scale it to 6", "scale it to 6"),
        ("the error rate rose to 3% against a 1% budget; add one more pod", "add one more pod"),
        # A relative clause going on with a fact.
        (
            "orders can't drain with 2 of 2 pods kept, which stalls every upgrade. relax it",
            "relax it",
        ),
        # What a fact lacks, after "but".
        ("payments runs 3 replicas but no liveness probe, add one", "but , add one"),
        # A parenthesis that works out the value before it.
        ("run frontend at 6 (5 + 1 spare)", "run frontend at 6"),
    ],
)
def test_facts_blanked_keeps_only_what_asks(text: str, kept: str) -> None:
    blanked = statements.facts_blanked(text)
    assert len(blanked) == len(text)
    assert " ".join(blanked.replace(",", " , ").split()).strip(" ,;.") == " ".join(
        kept.replace(",", " , ").split()
    )


@pytest.mark.parametrize(
    "text",
    [
        "payments is slow but no restarts, scale it to 4",  # a prohibition after "but" stays
        "the capacity plan has worker at 3, do it",  # the request refers back to the fact
        "add a pdb to worker so a drain never takes it to zero",  # a purpose is no fact
    ],
)
def test_what_may_constrain_or_carry_the_request_is_never_blanked(text: str) -> None:
    blanked = statements.facts_blanked(text)
    assert "no restarts" in blanked or "worker at 3" in blanked or "never takes" in blanked


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("payments is burning budget at 14x, scale it to 6", 6),
        ("the error rate rose to 3% against a 1% budget; add one more pod to payments", 3),
        ("two pods carry the normal load, so run three of worker", 3),
        ("each my-api pod handles about 300 rps and peak is 1,200 rps, so scale it to 5", 5),
        ("run frontend at 6 (5 + 1 spare)", 6),
        ("my-api utilisation has been under 3% for a month, scale it to 1", 1),
        ("the scorecard requires 2 replicas for backend services; worker runs 1, bring it to 2", 2),
        # The state of the workload the change after it acts on, naming no other.
        ("the latency budget is 300ms and checkout is at 450ms p99; scale it to 4", 4),
        ("orders runs 2 pods at 90% cpu, so take it to 4", 4),
    ],
)
def test_a_number_said_in_a_fact_leaves_the_count_alone(
    shop: Operator, intent: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    assert [getattr(o, "replicas", None) for o in proposal.operations] == [replicas]


@pytest.mark.parametrize(
    ("intent", "held", "not_held"),
    [
        (
            "frontend usage never goes past 180Mi, set its memory request to 200Mi",
            '"memory": "200Mi"',
            "180Mi",
        ),
        ("set my-api's memory limit to 1Gi, up from 512Mi", '"memory": "1Gi"', "512Mi"),
        (
            "payments runs 3 replicas but no liveness probe, add one on /healthz port 8080",
            '"livenessProbe"',
            '"exec"',
        ),
    ],
)
def test_a_quantity_said_in_a_fact_is_not_the_request_s(
    shop: Operator, intent: str, held: str, not_held: str
) -> None:
    proposal, _ = plans(shop, intent)
    patches = json.dumps([getattr(o, "patch", None) for o in proposal.operations])
    assert held in patches
    assert not_held not in patches


@pytest.mark.parametrize(
    "intent",
    [
        # The field a budget holds now takes a bare amount.
        "orders can't drain with minAvailable 2 on 2 pods. lower its budget to 1",
        "the orders pdb blocks drains (minAvailable 2 on 2 pods), loosen it to 1",
        "lower the orders pdb to 1",
    ],
)
def test_a_bare_amount_for_a_budget_is_the_field_it_holds(shop: Operator, intent: str) -> None:
    _, body = plans(shop, intent)
    assert '"minAvailable": 1' in body
    assert '"maxUnavailable": 1' not in body


@pytest.mark.parametrize(
    "intent",
    [
        "cut the checkout budget to 1",  # no budget there: which field?
        "scale payments to 4 (3 + 2)",  # a sum that is not the value said
        "payments can't go below 2, scale it to 1",  # a rule, never a fact
        "restart worker, orders has 2 replicas",  # a state of another workload, alone
        "restart my-api, frontend has 2 replicas, now",
        "keep both orders pods on the same node",  # together, not a fact
    ],
)
def test_near_misses_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)
