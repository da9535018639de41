"""Every number said has a role, read from its syntax (helper num, session 7): a value of the
change; a count, factor, fraction or percent relative to the live value (computed from it); or
context (a clause that states, an observation, a cause, an HTTP status chased, a ticket or step
label) that never lends a value and never blocks. A number whose role cannot be told is still
asked. Over the in-memory shop (my-api 2, frontend 3, payments 2, worker 1 replicas; payments'
memory limit 256Mi, request 128Mi), through the real Operator. Our own phrasings."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import numbers, statements
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


# ------------------------------------------------------------------ relative to the live value
@pytest.mark.parametrize(
    ("intent", "contains"),
    [
        # a factor said with its sign before or after it, of the count it runs now
        ("frontend: x2 for the launch", '"replicas": 6'),
        ("worker 4x pls, queue is huge", '"replicas": 4'),
        ("my-api \u00d73 before the sale", '"replicas": 6'),
        # a percent or a fraction, with the direction said
        ("grow payments by 100%", '"replicas": 4'),
        ("can someone take frontend up by 2? the queue keeps growing", '"replicas": 5'),
        ("shrink frontend by a third", '"replicas": 2'),
        ("cut frontend by one", '"replicas": 2'),
        ("trim payments by 1 replica", '"replicas": 1'),
        # a resource halved or doubled from the live value, with its usage said as context
        ("halve the cpu request on frontend, it only uses 20m", '"cpu": "50m"'),
        ("double the memory limit on payments, its OOMing at 256Mi", '"memory": "512Mi"'),
    ],
)
def test_a_relative_number_is_computed_from_the_live_value(
    shop: Operator, intent: str, contains: str
) -> None:
    _, body = plans(shop, intent)
    assert contains in body


def test_the_proposal_says_the_count_is_computed(shop: Operator) -> None:
    proposal, _ = plans(shop, "payments x5 for the launch")
    assert "computed from the 2 replicas it runs now" in proposal.analysis


@pytest.mark.parametrize(
    "intent",
    [
        # "by N" with no word of up or down
        "scale frontend by 2",
        "scale frontend by a third",
        # not a whole count
        "scale payments by a quarter",
        # two changes of the count
        "double payments, traffic 3x since the campaign",
        # the base said as the live count is not it (frontend runs 3)
        "frontend has 4 pods, double it",
        "grow frontend by 100%, it runs 4 right now",
    ],
)
def test_a_relative_number_without_a_clear_result_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# ------------------------------------------------------------------ one value, several targets
@pytest.mark.parametrize(
    ("intent", "names"),
    [
        ("frontend and worker both at 2", ("frontend", "worker")),
        ("my-api, payments: 3 each pls", ("my-api", "payments")),
        ("frontend & payments both 6 pls", ("frontend", "payments")),
        ("my-api, payments and frontend all three to 4", ("my-api", "payments", "frontend")),
    ],
)
def test_one_count_said_for_several_workloads_scales_each(
    shop: Operator, intent: str, names: tuple[str, ...]
) -> None:
    proposal, _ = plans(shop, intent)
    assert sorted(o.target.name for o in proposal.operations) == sorted(names)
    assert len({getattr(o, "replicas", None) for o in proposal.operations}) == 1


def test_one_count_for_a_workload_that_is_not_there_is_asked(shop: Operator) -> None:
    asks(shop, "my-api and cart both to 5")


# ------------------------------------------------------------------ context, never a value
@pytest.mark.parametrize(
    ("intent", "contains", "absent"),
    [
        ("set LOG_LEVEL=trace on my-api while we hunt down that 500", "LOG_LEVEL", "500"),
        ("set LOG_LEVEL=debug on payments, debugging the 504 we saw", "LOG_LEVEL", "504"),
        ("scale frontend to 5, we are investigating 429s", '"replicas": 5', "429"),
        ("per ticket 4312, set LOG_LEVEL=debug on my-api", "LOG_LEVEL", "4312"),
        ("scale frontend to 4 for INC 2231", '"replicas": 4', "2231"),
        ("restart my-api, p95 is at 800ms", "rollout_restart", "800"),
        ("scale worker up 3x, backlog is 40k messages", '"replicas": 3', "40"),
        ("frontend to 6 pls, we see 120 rps per pod", '"replicas": 6', "120"),
        (
            "bounce payments, the PDB is min 1 so it goes one at a time",
            "rollout_restart",
            "minAvailable",
        ),
        ("triple worker, queue depth is 10x normal", '"replicas": 3', "10"),
    ],
)
def test_a_context_number_neither_lends_a_value_nor_blocks(
    shop: Operator, intent: str, contains: str, absent: str
) -> None:
    proposal, body = plans(shop, intent)
    assert contains in body
    # what the operations set (their reasons quote the request)
    values = json.dumps(
        [o.model_dump(mode="json", exclude={"reason"}) for o in proposal.operations]
    )
    assert absent not in values.replace(contains, "")


def test_context_numbers_are_blanked_by_their_syntax() -> None:
    text = "chasing a 502, step 3, ticket 881, throwing 503s, scale to 4"
    blanked = numbers.blank_context(text)
    assert "502" not in blanked
    assert "881" not in blanked
    assert "503" not in blanked
    assert "to 4" in blanked


def test_a_stated_number_is_taken_out_only_when_another_clause_asks() -> None:
    assert "40Mi" not in statements.masked("halve the memory request, its using like 40Mi")
    # nothing asks: the statement is all there is, read (and asked) as it is
    assert statements.masked("traffic is 2x since the campaign") == (
        "traffic is 2x since the campaign"
    )


# ------------------------------------------------------------------ autoscaler bounds and targets
@pytest.mark.parametrize(
    ("intent", "contains"),
    [
        ("autoscale payments, keep its current 2 as the floor, ceiling 8", '"minReplicas": 2'),
        (
            "hpa for payments: the 2 it runs now as its minimum, up to 8, cpu 60%",
            '"maxReplicas": 8',
        ),
        ("autoscale payments to hold memory at about 70%, 2 to 6 pods", '"averageUtilization": 70'),
        ("hpa on frontend holding cpu near 60%, 3 to 9", '"averageUtilization": 60'),
        ("autoscale my-api on cpu roughly 60%, 2-6 pods", '"averageUtilization": 60'),
    ],
)
def test_autoscaler_numbers_said_relative_to_now_or_as_a_band(
    shop: Operator, intent: str, contains: str
) -> None:
    _, body = plans(shop, intent)
    assert contains in body


@pytest.mark.parametrize(
    "intent",
    [
        # the count said as the live one is not it (frontend runs 3, payments 2)
        "autoscale frontend, keep the current 2 as the floor, max 9",
        "hpa for payments: the 3 it runs now as its minimum, up to 8, cpu 60%",
        # a hedge on a bound, not on a target
        "autoscale frontend between around 2 and 10 pods on cpu 60%",
        "scale frontend to around 5",
    ],
)
def test_an_autoscaler_number_that_is_not_what_it_claims_is_asked(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)


# ------------------------------------------------------------------ probe counts
@pytest.mark.parametrize(
    ("intent", "contains"),
    [
        ("liveness on my-api http /healthz port 8080, fail after 3", '"failureThreshold": 3'),
        (
            "readiness for payments GET /ready on 8080, mark unhealthy after 4 tries",
            '"failureThreshold": 4',
        ),
        (
            "liveness probe on my-api /healthz port 8080, give up after 5 in a row, every 10s",
            '"failureThreshold": 5',
        ),
        (
            "postgres should get a startup probe (tcp 5432, failure threshold 20, period 5s)",
            '"failureThreshold": 20',
        ),
    ],
)
def test_a_probe_count_said_in_words_is_its_failure_threshold(
    shop: Operator, intent: str, contains: str
) -> None:
    _, body = plans(shop, intent)
    assert contains in body


def test_a_duration_after_fail_is_no_failure_threshold(shop: Operator) -> None:
    asks(shop, "liveness on my-api http /healthz port 8080, fail after 3s")
