"""Round 31, the lead: three unsafe shapes a black-box probe (probe36) found on ordinary phrasings.

- "LOG_LEVEL=debug (my-api)" set LOG_LEVEL to "my-api": the value before the bracket was read
  as a description of the workload named in it (:mod:`.aliases`), and the pair written as the
  name. A value said for a key ("=", or a key with an underscore and ":" / "to") is no
  description; the workload's name alone in brackets after the value says where it goes
  (:mod:`.config`), so the value ends there.
- "frontend x6 pls", "[urgent] frontend x6", "frontend times 6" scaled to 18 where the bare
  "frontend x6" is asked (times that many, or that many replicas?): the tag or the courtesy
  around it kept it from being read as the bare shape (:mod:`.unsafe`).
- "payments pdb minAvailable 100%" was planned with no word of what it costs: every pod kept
  up blocks every drain, as minAvailable equal to the replicas and maxUnavailable 0 already say.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, question_for, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "key", "value", "where"),
    [
        ("LOG_LEVEL=debug (my-api)", "LOG_LEVEL", "debug", "my-api"),
        ("set LOG_LEVEL to debug (my-api)", "LOG_LEVEL", "debug", "my-api"),
        ("set log_level to debug (my-api)", "LOG_LEVEL", "debug", "my-api"),
        ("config: LOG_LEVEL=debug (my-api)", "LOG_LEVEL", "debug", "my-api"),
        ("set FEATURE_X=on (deploy/my-api).", "FEATURE_X", "on", "my-api"),
        ("env: PROVIDER=adyen (payments)", "PROVIDER", "adyen", "payments"),
        ("set PROVIDER=adyen [payments]", "PROVIDER", "adyen", "payments"),
    ],
)
def test_a_value_before_the_bracketed_workload_is_the_value(
    op: Operator, intent: str, key: str, value: str, where: str
) -> None:
    proposal, body = plans(op, intent)
    assert f'"{key}": "{value}"' in body or f'"name": "{key}", "value": "{value}"' in body, body
    assert f'"{key}": "{where}"' not in body, body
    assert f'"value": "{where}"' not in body, body
    assert all(where in o.target.name for o in proposal.operations), body


@pytest.mark.parametrize(
    "intent",
    [
        # A bracket that names no workload may be more of the value: asked, never cut.
        "MOTD=hello (world)",
        "set GREETING=hi (there)",
        # Two workloads said for one change.
        "set LOG_LEVEL=debug on my-api (payments)",
    ],
)
def test_a_bracket_that_is_not_where_the_value_goes_is_asked(op: Operator, intent: str) -> None:
    question_for(op, intent)


def test_a_bracketed_workload_after_the_value_is_where_it_goes(op: Operator) -> None:
    # postgres reads no ConfigMap holding the key: the variable is its own.
    assert summaries(op, "set LOG_LEVEL to debug (postgres)") == [
        "patch statefulset/postgres in shop (strategic)"
    ]
    # Another object's name before the bracket is no description of the workload in it.
    # (It patched payments' own variables. Round 40, sh46b: a ConfigMap named beside a workload
    # that does not read it is asked which one changes, as "in my-api-config set FEATURE_X to on
    # in frontend" is — never payments' own variables, as before.)
    question = asks(op, "set LOG_LEVEL=debug in my-api-config (payments)").question or ""
    assert "does not read it" in question


def test_a_description_before_a_bracketed_name_still_names_the_workload(op: Operator) -> None:
    assert summaries(op, "add a pdb to bidder (my-api)") == [
        "apply poddisruptionbudget/my-api in shop"
    ]
    _, body = plans(op, "set LOG_LEVEL=debug on the quote api (my-api)")
    assert '"LOG_LEVEL": "debug"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "frontend x6 pls",
        "frontend x6 asap",
        "[urgent] frontend x6",
        "[P1] frontend x6",
        "URGENT: frontend x6",
        "frontend x6 - thanks!",
        "Hi team, could you please frontend x6 asap",
        "frontend times 6",
        "payments x3 pls",
        "pls frontend 6x",
    ],
)
def test_a_bare_multiplier_beside_courtesy_is_still_asked(op: Operator, intent: str) -> None:
    assert "times that many" in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("scale frontend x3 pls", 9),  # a verb of scaling with a factor: times the count now
        ("worker x4 pls", 4),  # one replica now: 4 either way
        ("frontend to 6 pls", 6),
    ],
)
def test_a_multiplier_with_its_verb_or_one_replica_is_planned(
    op: Operator, intent: str, replicas: int
) -> None:
    planned = summaries(op, intent)
    assert len(planned) == 1, planned
    assert planned[0].endswith(f"to {replicas} replicas"), planned


@pytest.mark.parametrize(
    ("intent", "risk"),
    [
        ("payments pdb minAvailable 100%", "minAvailable 100% allows no voluntary disruption"),
        ("pdb on frontend maxUnavailable 0", "maxUnavailable 0 allows no voluntary disruption"),
        ("add a pdb to worker with minAvailable 1", "minAvailable 1 with 1 replicas"),
    ],
)
def test_a_budget_that_lets_no_pod_go_says_so(op: Operator, intent: str, risk: str) -> None:
    proposal, _ = plans(op, intent)
    assert any(risk in r for r in proposal.risks), proposal.risks


def test_a_budget_above_the_replicas_is_asked(op: Operator) -> None:
    assert "blocks every voluntary eviction" in question_for(
        op, "create a PDB for checkout with minAvailable 5"
    )


@pytest.mark.parametrize(
    "intent",
    [
        # A description with courtesy only: still how things are (probe36: planned).
        "payments is HA now pls",
        "payments runs as non-root asap",
        "payments runs as non-root pls",
        "my-api is spread across zones pls",
        "frontend has 6 replicas pls",
        "orders is at 4 replicas pls",
        "payments is on 3.1.0 pls",
        # ... or after an urgency or a ticket, in brackets or as a label.
        "[urgent] payments is HA now",
        "[urgent] payments is HA now - thanks!",
        "URGENT: payments is HA now",
        "[P1] payments has a pdb",
        "P1: payments has a pdb",
        "CHG-4411: payments runs as non-root",
        "[urgent] my-api is highly available",
        "[urgent] frontend runs with a read-only root filesystem",
    ],
)
def test_a_description_beside_courtesy_or_a_tag_is_no_order(op: Operator, intent: str) -> None:
    question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("payments should run as non-root pls", "patch deployment/payments"),
        ("CHG-4411: make payments run as non-root", "patch deployment/payments"),
        ("URGENT: scale payments to 4", "scale deployment/payments in shop to 4"),
        ("[urgent] make payments highly available", "deployment/payments"),
        ("payments 3 replicas pls", "scale deployment/payments in shop to 3"),
        ("frontend on 2.2.0 pls", "frontend:2.2.0"),
        ("P1: add a pdb to payments", "apply poddisruptionbudget/payments"),
    ],
)
def test_an_order_beside_courtesy_or_a_tag_is_planned(
    op: Operator, intent: str, summary: str
) -> None:
    assert any(summary in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent",
    ["hpa my-api cpu 60 min", "hpa my-api cpu: 60 min", "autoscale payments memory 70 min"],
)
def test_a_number_between_the_resource_and_min_is_asked(op: Operator, intent: str) -> None:
    # It planned minReplicas 60 and a maximum of 180 nobody said.
    assert "target utilisation or the minimum" in question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    ["hpa my-api 2 min 8 max cpu 60", "autoscale my-api, 3 min, 9 max, 70% cpu"],
)
def test_bounds_said_before_their_words_still_plan(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["apply horizontalpodautoscaler/my-api in shop"]


def test_a_utilisation_seen_now_beside_an_autoscaler_is_context(op: Operator) -> None:
    # Asked since round 7 (test_offline_clauses7.py); a35b reads a percent said with "right now"
    # as what is seen: the autoscaler is planned as said, and 90 is in no field.
    _, body = plans(op, "autoscale frontend to 6 max, cpu 60, memory usage is 90% right now")
    assert '"maxReplicas": 6' in body
    assert '"averageUtilization": 60' in body
    assert "90" not in body
    assert '"name": "memory"' not in body
