"""Only a present request to act is planned (issue 11, session 8, speech.py): a question, a
report of the past or of a habit, an outcome, a verdict against the act, a hypothetical, a
how-to, an opinion asked, a retraction after the request, a correction and a second value said
to be the better one are asked, never planned. Phrasings of our own, sharing only their kind
with the attacker's list; requests said beside such clauses stay plans."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import speech
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    "intent",
    [
        # Questions about outcomes, causes, people, the past.
        "will bumping checkout to 4 replicas hurt the database?",
        "might restarting worker drop in-flight jobs?",
        "is setting a 2Gi limit on orders enough?",
        "did anyone roll back frontend yesterday?",
        "when was payments last restarted?",
        "are they deleting the orders service?",
        "has my-api been scaled down?",
        "so who removed the frontend pdb?",
    ],
)
def test_a_question_is_no_request(op: Operator, intent: str) -> None:
    assert asks(op, intent).operations == []


@pytest.mark.parametrize(
    "intent",
    [
        # Reports of the past, of a habit, of an outcome, of what someone else says.
        "carol scaled frontend down to 1 last night",
        "the nightly job removed worker again",
        "frontend got rolled back by the pipeline",
        "my-api was bumped to 1.6.0 this morning",
        "frontend crashes every hour",
        "FEATURE_X=on in frontend broke the login page",
        "the wiki says delete the orders pdb",
        "the runbook reads: restart frontend",
    ],
)
def test_a_report_is_no_request(op: Operator, intent: str) -> None:
    assert "no request to act" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        # A verdict against the act, or the act as the subject of an outcome.
        "doubling payments was overkill",
        "rolling back frontend is not the answer",
        "honestly restarting worker would be pointless",
        "bumping orders to 1.2.0 took down checkout",
        "the rollback of frontend was a mistake",
        # A hypothetical, an example, a how-to, an opinion asked.
        "hypothetically, remove the orders pdb",
        "let's say we scale worker to 8",
        "for example, restart frontend",
        "show me how to remove the cache statefulset",
        "any thoughts on deleting the orders pdb?",
        "scale frontend to 2 — any objections?",
        "i'm wondering if restarting my-api clears the cache",
        "instructions for rolling back orders",
    ],
)
def test_a_verdict_or_a_hypothetical_is_no_request(op: Operator, intent: str) -> None:
    assert "no request to act" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "restart checkout please. wrong cluster, sorry",
        "scale worker to 9. nah",
        "remove the frontend hpa. hold on",
        "bump my-api to 1.6.0. ignore me",
        "delete orders-config. that was a typo",
        "restart frontend. just kidding",
        "roll back payments... lmao no",
        "delete the frontend pdb (my fault)",
        "mike: restart orders\nme: done",
    ],
)
def test_a_retraction_after_the_request_takes_it_back(op: Operator, intent: str) -> None:
    assert "takes the request back" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale orders to 5, actually 7", "actually 7"),
        ("set LOG_LEVEL=info on frontend (actually debug)", "actually debug"),
        ("bump frontend to 2.3.0 edit: 2.3.1", "edit:"),
        ("scale worker to 4. 3 would be plenty", "3 would be plenty"),
        ("raise the frontend memory limit to 2Gi; 1Gi is fine though", "1gi is fine"),
        ("dana: bump frontend to 5\nme: 3 is safer", "3 is safer"),
    ],
)
def test_a_corrected_or_rival_value_is_asked(op: Operator, intent: str, said: str) -> None:
    assert said in (asks(op, intent).question or "").lower()


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # A request addressed to the reader is a request, however it is framed.
        ("could you scale payments to 4?", "to 4 replicas"),
        ("will you restart orders?", "restart the pods of deployment/orders"),
        ("hey team, could you restart orders when you get a chance?", "deployment/orders"),
        # A report, an outcome or a judged value beside a request informs it.
        ("worker was scaled to 1 by mistake, scale it back to 3", "to 3 replicas"),
        # my-api runs 1.4.0: "back" to an older version (a newer one asks, round 11)
        ("1.5.0 broke everything, roll my-api back to 1.3.9", "my-api:1.3.9"),
        ("frontend crashes every hour, add a liveness probe", "deployment/frontend"),
        ("scale worker to 6, 4 is not enough", "to 6 replicas"),
        ("bump frontend to 5 replicas, 3 is too few", "to 5 replicas"),
        ("restart payments, thanks!", "deployment/payments"),
        ("the alert fired, restart payments", "deployment/payments"),
        ("the pdb of orders blocks node drains, relax it", "poddisruptionbudget/orders"),
        ("REGION in shared-config -> us-east, we moved", "configmap/shared-config"),
    ],
)
def test_a_request_beside_context_is_planned(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert any(summary in o.summary() for o in proposal.operations)


def test_clauses_drop_a_speaker_only_in_a_thread() -> None:
    assert speech.clauses("what-if: scale worker to 2") == ["what-if", "scale worker to 2"]
    assert speech.clauses("bo: scale worker to 2\nme: ok") == ["scale worker to 2", "ok"]
