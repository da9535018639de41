"""Round 37, helper en41: the English shapes an attacker left last round (attack41), as shapes.

- A state wished on another's word ("per bob LOG_LEVEL should be debug", "per the runbook,
  payments should have 4 replicas", "according to alice frontend ought to be on 2.3.0", "bob
  reckons worker should be restarted", "per the release notes, frontend 2.3.0"): what the
  source says should be so, asked before any reader looks for a target in the source's name
  (:func:`dotop_nb.planner.offline.hearsay.said_should`). An order in the speaker's own words
  after the source still plans ("per the runbook, restart worker", "as per CHG-9: scale
  payments to 4", "per the lab, payments should have 4 replicas": the person's own task), and
  so does a state said on a principal's word ("per our logistics partner, QUEUE … should be
  …", "per the client, …": relayed.py's authority, blind36).
- What a release's document says of a version ("the release notes say frontend 2.3.0", "the
  docs say payments needs 3.1.0"): hearsay about a value, asked.
- An order almost given, about to be given or that would have been given ("I almost said
  restart worker", "I was going to say scale payments to 4", "I came close to restarting
  worker", "I'd have said …"): asked; "I almost forgot: restart worker" plans.
- Any word of praise as a label ("big ups: …", "good call: …", "nice catch — …"), praise for a
  change ("mad props for restarting worker") or of the one who made it ("props to alice who
  restarted worker"): asked, never the praised act done again; "thanks! restart worker" plans.
- An aside about a ConfigMap before the order, ended by "so" ("orders-config, which is tiny so
  set BATCH_SIZE to 200"): the patch, planned.
- A ConfigMap deleted by its bare name with a reason ("delete orders-config because of the
  migration"): asked with the workload that reads it, never "which workload do you mean by
  'that'?".
- A floor of pods kept available beside a scale to more pods ("scale frontend to 4 and keep 2
  pods available"): the scale and a budget with that minimum; alone, or not below the count,
  still asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import hearsay
from dotop_nb.service import Operator
from tests.memory import asks, plans, question_for, summaries

pytestmark = pytest.mark.timeout(300)

RESTART_WORKER = "restart the pods of deployment/worker in shop"
SCALE_PAYMENTS_4 = "scale deployment/payments in shop to 4 replicas"


# (1) A state wished on another's word.
@pytest.mark.parametrize(
    "intent",
    [
        "per bob LOG_LEVEL should be debug",
        "per the runbook, LOG_LEVEL should be debug",
        "per alice, payments should run 4 replicas",
        "as per bob, payments should be scaled to 4",
        "according to the runbook payments should have 4 replicas",
        "per my lead, frontend ought to be at 5 replicas",
        "per the postmortem, worker should have 3 replicas",
        "going by the wiki, my-api-config LOG_LEVEL needs to be debug",
        "bob reckons worker should be restarted",
        "alice thinks LOG_LEVEL should be debug in my-api-config",
        "per the release notes, frontend 2.3.0",
        "according to the changelog: payments 3.1.0",
    ],
)
def test_a_state_wished_on_anothers_word_is_asked(op: Operator, intent: str) -> None:
    assert "says should be so" in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("per the runbook, restart worker", RESTART_WORKER),
        ("as per CHG-9: scale payments to 4", SCALE_PAYMENTS_4),
        ("per bob, restart worker", RESTART_WORKER),
        ("per the lab, payments should have 4 replicas", SCALE_PAYMENTS_4),
        ("payments should have 4 replicas", SCALE_PAYMENTS_4),
        # (A principal the team works for is the authority of the change: blind36.)
        ("per the client, payments should have 4 replicas", SCALE_PAYMENTS_4),
        ("per our logistics partner, payments should have 4 replicas", SCALE_PAYMENTS_4),
    ],
)
def test_an_order_after_its_source_still_plans(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("per bob LOG_LEVEL should be debug", True),
        ("I think payments should have 4 replicas", False),
        ("per the runbook, restart worker so it should pick up the config", False),
        ("according to bob, restart worker", False),
    ],
)
def test_said_should(text: str, said: bool) -> None:
    assert (hearsay.said_should(text) is not None) is said


# (2) What a release's document says of a version.
@pytest.mark.parametrize(
    "intent",
    [
        "the release notes say frontend 2.3.0",
        "release notes mention frontend 2.3.0",
        "the release notes list my-api 1.5.0",
        "the docs say payments needs 3.1.0",
        "the changelog mentions checkout 1.4.0",
        "the release notes say frontend should be 2.3.0",
    ],
)
def test_a_documents_word_on_a_version_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    ["the release notes say frontend 2.3.0", "the docs say payments needs 3.1.0"],
)
def test_the_question_names_the_documents_word(op: Operator, intent: str) -> None:
    assert "what a document says" in question_for(op, intent)


def test_an_update_ordered_on_its_own_still_plans(op: Operator) -> None:
    _, body = plans(op, "update frontend to 2.3.0, the release notes look fine")
    assert "frontend:2.3.0" in body


# (3) An order almost given.
@pytest.mark.parametrize(
    "intent",
    [
        "I almost said restart worker",
        "I was going to say scale payments to 4",
        "I was gonna say restart worker",
        "I almost typed restart worker",
        "I was tempted to restart worker",
        "we were about to scale payments to 4",
        "I came close to restarting worker",
        "I was on the verge of restarting worker",
        "I'd have said restart worker",
        "I would have scaled payments to 4",
        "was going to say: scale payments to 4",
    ],
)
def test_an_order_almost_given_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "I almost said restart worker",
        "I was going to say scale payments to 4",
        "I nearly wrote scale payments to 4",
        "I was tempted to restart worker",
    ],
)
def test_the_question_names_the_order_almost_given(op: Operator, intent: str) -> None:
    assert "almost gave" in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("I almost forgot: restart worker", RESTART_WORKER),
        ("restart worker, I almost forgot", RESTART_WORKER),
        ("scale payments to 4", SCALE_PAYMENTS_4),
    ],
)
def test_an_order_beside_almost_still_plans(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# (4) Praise as a label, or praise of a change.
@pytest.mark.parametrize(
    "intent",
    [
        "big ups: restart worker",
        "good call: restart worker",
        "nice work: restart worker",
        "nice catch — restart worker",
        "mad props: scale payments to 4",
        "mad props for restarting worker",
        "big ups to bob for scaling payments to 4",
        "props to alice who restarted worker",
        "kudos to the team that scaled payments to 4",
    ],
)
def test_praise_is_never_an_order(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("thanks! restart worker", RESTART_WORKER),
        ("thanks, scale payments to 4", SCALE_PAYMENTS_4),
    ],
)
def test_thanks_before_an_order_still_plans(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# (5) An aside ended by "so".
@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        ("orders-config, which is tiny so set BATCH_SIZE to 200", "BATCH_SIZE", "200"),
        ("payments-config, which is small so set PROVIDER to adyen", "PROVIDER", "adyen"),
        ("my-api-config, which is tiny then set LOG_LEVEL to debug", "LOG_LEVEL", "debug"),
    ],
)
def test_an_aside_ends_where_the_order_starts(
    op: Operator, intent: str, key: str, value: str
) -> None:
    _, body = plans(op, intent)
    assert f'"{key}": "{value}"' in body


def test_an_aside_telling_of_a_change_is_still_asked(op: Operator) -> None:
    asks(op, "payments, which bob scaled to 6 yesterday, restart it")


# (6) A ConfigMap deleted with a reason.
@pytest.mark.parametrize(
    ("intent", "reader"),
    [
        ("delete orders-config because of the migration", "deployment/orders"),
        ("delete payments-config due to the cutover", "deployment/payments"),
        ("remove my-api-config since we moved to vault", "deployment/my-api"),
        ("delete orders-config bc migration", "deployment/orders"),
    ],
)
def test_a_configmap_deleted_with_a_reason_names_its_reader(
    op: Operator, intent: str, reader: str
) -> None:
    question = question_for(op, intent)
    assert reader in question
    assert "by 'that'" not in question


# (7) A floor of pods kept available beside a scale.
@pytest.mark.parametrize(
    ("intent", "replicas", "floor"),
    [
        ("scale frontend to 4 and keep 2 pods available", 4, 2),
        ("scale frontend to four and keep two pods available", 4, 2),
        ("scale checkout to 6, keep 3 pods available", 6, 3),
        ("scale worker to 6 and keep 4 pods available during disruptions", 6, 4),
    ],
)
def test_a_floor_beside_a_scale_is_a_budget(
    op: Operator, intent: str, replicas: int, floor: int
) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["scale", "apply"]
    assert f'"replicas": {replicas}' in body
    assert f'"minAvailable": {floor}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "keep 2 pods of frontend available",
        "scale frontend to 2 and keep 2 pods available",
        "scale frontend to 2 and keep 3 pods available",
    ],
)
def test_a_floor_alone_or_not_below_the_count_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
