"""Round 44, the lead: what the CI run of round 43 found, and blind47 as the gap list.

Each test names the shape it holds and the variants around it that must keep their meaning: a
question where the request is unclear, the plan where it is not.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, question_for

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, gak jadi masalah",
        "restart worker, nggak masalah",
        "restart worker, tidak ada masalah kok",
        "restart worker. tak ada masalah",
    ],
)
def test_no_problem_in_indonesian_closing_the_order_is_a_courtesy(
    op: Operator, intent: str
) -> None:
    """Round 43's closing-clause rule asked "gak jadi masalah" (no problem); round 37 plans it."""
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("rollout_restart", "worker")]


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, gak jadi",
        "delete worker, ippo venda",
        "restart worker, ippo venda",
    ],
)
def test_a_closing_clause_that_is_no_courtesy_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "kind", "name"),
    [
        ("set LOG_LEVEL=debug on the calçot API (my-api)", "patch", "my-api-config"),
        ("cpu request 350m on the røgeri API (my-api)", "patch", "my-api"),
        ("restart the café site (frontend)", "rollout_restart", "frontend"),
        ("scale the Øresund worker (worker) to 2", "scale", "worker"),
    ],
)
def test_a_nickname_with_a_letter_outside_ascii_is_read_whole(
    op: Operator, intent: str, kind: str, name: str
) -> None:
    """blind47: "the calçot API (my-api)" was read as "calçmy-api" (only the word's ASCII tail
    was taken as the nickname) and asked about."""
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [(kind, name)]


@pytest.mark.parametrize(
    "intent",
    [
        "Folkemødet starts in Allinge tomorrow; scale the smokehouse API (my-api) to six",
        "the fair starts in Ribe tomorrow; scale my-api to 6",
    ],
)
def test_a_surge_said_with_its_place_before_its_day_is_awaited(op: Operator, intent: str) -> None:
    """blind47: a surge that starts "in <place> tomorrow" beside a scale plans, awaiting the day,
    as "the fair starts tomorrow; scale …" did (round 24)."""
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("scale", "my-api")]
    assert proposal.awaits == "tomorrow"


@pytest.mark.parametrize(
    "intent",
    [
        "the fair starts in Ribe at 20:00; scale my-api to 6",
        "the fair starts in Ribe tomorrow; restart my-api",
    ],
)
def test_a_surge_at_a_clock_time_or_beside_no_scale_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl scale deploy/frontend --replicas=5 (the harbour site, for Sankt Hans aften)",
        "scale frontend to 5 for Sankt Hans aften",
    ],
)
def test_the_rest_of_a_feasts_name_after_for_is_no_wait(op: Operator, intent: str) -> None:
    """blind47: "… for Sankt Hans aften" (St John's Eve) asked what 'aften' meant."""
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("scale", "frontend")]
    assert not proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 5 for Diwali kal",
        "scale frontend to 5 for Onam, ippo venda",
    ],
)
def test_a_word_a_table_reads_after_a_feasts_name_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "Hola! scale my-api to 4 replicas, si us plau",
        "si us plau, restart worker",
    ],
)
def test_a_courtesy_of_several_words_lends_no_word_to_a_dialect(op: Operator, intent: str) -> None:
    """blind47: Catalan "si us plau" (please) was read as Swahili "si" (not) and asked."""
    proposal, _ = plans(op, intent)
    assert len(proposal.operations) == 1


def test_si_said_alone_before_a_workload_is_still_read_as_not(op: Operator) -> None:
    asks(op, "delete orders-config, si orders")


@pytest.mark.parametrize(
    "intent",
    [
        "Namaste hajur, restart worker",
        "Namaste sir, restart worker",
        "hello ma'am, restart worker",
        "salaam sahib, restart worker",
    ],
)
def test_a_title_of_respect_greeted_with_no_name_is_the_reader(op: Operator, intent: str) -> None:
    """blind47: "Namaste hajur, add a default-deny NetworkPolicy …" was read as said to someone
    called hajur."""
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("rollout_restart", "worker")]


@pytest.mark.parametrize("intent", ["hi Bob, restart worker", "Namaste Suman, restart worker"])
def test_a_person_greeted_by_name_is_still_someone_else(op: Operator, intent: str) -> None:
    assert "addressed to" in question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl scale deploy/worker --replicas=3   # the Sant Jordi orders are piling up",
        "scale worker to 3, the Sant Jordi orders are piling up",
    ],
)
def test_a_workload_said_as_the_subject_of_a_remark_with_two_words_before_it(
    op: Operator, intent: str
) -> None:
    """blind47: "the Sant Jordi orders are piling up" (a feast's name before the plural) beside
    a scale of worker asked which of worker and orders was meant."""
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("scale", "worker")]


def test_a_remark_that_refers_forward_still_picks_its_subject(op: Operator) -> None:
    proposal, _ = plans(op, "the Sant Jordi orders are piling up, scale them to 4")
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("scale", "orders")]


@pytest.mark.parametrize(
    "intent",
    [
        "every evening give postgres requests of 500m cpu",
        "postgres gets slow every evening when the reports run. Set its cpu request to 2 when the"
        " reports run",
        "give postgres requests of 500m cpu every evening when the reports run",
    ],
)
def test_a_change_said_to_recur_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_time_window_in_a_fact_beside_an_autoscaler_is_its_reason(op: Operator) -> None:
    """blind47: "… target cpu 65 percent. The calçotada weekends are brutal." asked for a
    window the autoscaler cannot hold."""
    proposal, body = plans(
        op,
        "Create an HPA for frontend: min three, max twelve, target cpu 65 percent. The "
        "festival weekends are brutal.",
    )
    assert [o.target.kind for o in proposal.operations] == ["HorizontalPodAutoscaler"]
    assert '"maxReplicas": 12' in body


@pytest.mark.parametrize(
    "intent",
    ["add an hpa to frontend, min 2 max 5, on weekends", "autoscale frontend 2-5 on weekends"],
)
def test_a_time_window_said_of_the_autoscaler_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_workload_after_a_joining_word_is_no_remarks_subject(op: Operator) -> None:
    """blind24 (kept): "the envoy of orders need more memory" is about orders' envoy container."""
    proposal, body = plans(
        op, "the envoy of orders need more memory, limit of 256Mi, the container app no touch"
    )
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("patch", "orders")]
    assert '"name": "envoy"' in body


@pytest.mark.parametrize(
    "intent",
    [
        # attack52: each was asked on the round's start, and planned by a first cut of a mend.
        "scale frontend to 5 for Sankt Hans måske",
        "restart worker, si us plau, potser",
        "restart worker, potser, si us plau",
        "restart worker, si us plau, cancel·la",
        "restart worker, ara no, si us plau",
        "restart worker, si us plau, però no avui",
        "hello sir, the sir asked me to restart worker",
        "Namaste hajur, hajur le worker restart garna bhannu bhayo",
        "restart the payments-ø (worker)",
    ],
)
def test_the_attacks_on_the_new_readings_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
