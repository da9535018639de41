"""Tickets read by their parts (issue 11, session 8, helper "tickets"; `tickets.py`).

The rule: a ticket's label ("OPS-1102:", "Cleanup ticket:", "[SHOP-310]") names it and is never
a value; its request is planned; an acceptance criterion is the state that must hold after —
one that says something stays is a prohibition the plan must satisfy (or it asks), one that
says something is gone or reads a value IS the order when the request line only names the
goal, one that observes the result confirms it (a value of its own is asked); "Out of scope"
items are prohibitions. Every phrasing here is new (none is a blind set's)."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import tickets
from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(60)

NAMES = frozenset({"frontend", "my-api", "orders", "payments", "worker", "cache", "postgres"})


def _names() -> frozenset[str]:
    return NAMES


@pytest.mark.parametrize(
    ("intent", "patched", "values"),
    [
        # The request line names the goal; the criterion says the value: it is the order.
        (
            "[SHOP-310] the checkout queue must use the priority lane. AC: QUEUE in "
            "orders-config reads priority.",
            "ConfigMap/orders-config",
            ['"QUEUE": "priority"'],
        ),
        (
            "Jira PAY-42: the api logs are too quiet. Definition of done: LOG_LEVEL in "
            "my-api-config is debug; frontend untouched.",
            "ConfigMap/my-api-config",
            ['"LOG_LEVEL": "debug"'],
        ),
        (
            "Story DEV-8: orders should send batches of 25. Done when: BATCH_SIZE of "
            "orders-config reads 25.",
            "ConfigMap/orders-config",
            ['"BATCH_SIZE": "25"'],
        ),
        # A request line that states the value a key should read is the order.
        (
            "Task: LOG_LEVEL of my-api-config is warn. AC: nothing else changed.",
            "ConfigMap/my-api-config",
            ['"LOG_LEVEL": "warn"'],
        ),
        # What stays is a prohibition the plan satisfies; an observation confirms.
        (
            "Ticket WEB-19: scale frontend to 5 before the launch. AC: 5 pods ready, my-api "
            "unchanged.",
            "Deployment/frontend",
            [],
        ),
        (
            "Task PLAT-3: worker takes every key of my-api-config as env vars. AC: "
            "LOG_LEVEL visible in the worker pods; my-api-config itself not touched.",
            "Deployment/worker",
            ["my-api-config"],
        ),
        (
            "Ticket: mount my-api-config into my-api at /etc/api. AC: files under /etc/api; "
            "frontend unchanged.",
            "Deployment/my-api",
            ["/etc/api"],
        ),
        # The goal first, then the step asked now; its pronoun is the workload the goal names.
        (
            "Follow-up (INC-812): my-api must keep answering when a node dies; for now, scale "
            "it to 3.",
            "Deployment/my-api",
            [],
        ),
        # Out of scope: a workload not touched, a capability off limits.
        (
            "Ticket SRE-9: bump payments to 4 replicas. Out of scope: the HPA, frontend.",
            "Deployment/payments",
            [],
        ),
    ],
)
def test_a_ticket_plans_its_request(
    op: Operator, intent: str, patched: str, values: list[str]
) -> None:
    proposal, body = plans(op, intent)
    changed = {f"{o.target.kind}/{o.target.name}" for o in proposal.operations}
    assert changed == {patched}, [o.summary() for o in proposal.operations]
    for value in values:
        assert value in body
    # A ticket number is never a value.
    for number in ("310", "42", "19", "812"):
        assert number not in body


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Chore: the frontend service is unused now. Done when: service frontend removed; "
            "the frontend deployment stays.",
            {"Service/frontend"},
        ),
        (
            "Cleanup PLAT-7: payments is retired. AC: its Deployment, Service and "
            "payments-config are gone.",
            {"Deployment/payments", "Service/payments", "ConfigMap/payments-config"},
        ),
        (
            "Cleanup ticket: remove the orders PDB; the orders Deployment stays until the "
            "Helm migration.",
            {"PodDisruptionBudget/orders"},
        ),
        (
            "Ticket: worker is obsolete. AC: Deployment worker deleted; nothing else changed.",
            {"Deployment/worker"},
        ),
        (
            "Cleanup: the orders budget is not needed since the chart ships one. AC: PDB "
            "orders deleted; Deployment orders untouched.",
            {"PodDisruptionBudget/orders"},
        ),
    ],
)
def test_a_cleanup_ticket_deletes_what_its_criteria_say_is_gone(
    op: Operator, intent: str, expected: set[str]
) -> None:
    assert deletes(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # A criterion with a value the request does not say: which holds is asked.
        "Ticket: scale frontend to 5. AC: 7 pods ready.",
        "Ticket: deploy frontend 2.2.0. AC: - pods run 2.3.0",
        "OPS-51: orders must process 20 at a time. AC: BATCH_SIZE in orders-config reads 50.",
        # What the criteria keep is what the request changes.
        "Ticket: restart my-api. AC: my-api untouched.",
        "Ticket: payments to 3 replicas. Out of scope: payments.",
        "Ticket: make checkout autoscale between 2 and 6 on cpu. Out of scope: autoscaling.",
        # Two values for one key.
        "DEV-12: BATCH_SIZE in orders-config reads 80. AC: BATCH_SIZE in orders-config reads 50.",
        # The goal names two workloads: "it" is not guessed.
        "OPS-5120: payments must be reachable from frontend only; first step, restart it.",
    ],
)
def test_a_ticket_that_contradicts_itself_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_the_contradicting_criterion_is_named(op: Operator) -> None:
    question = asks(op, "Ticket CORE-89: scale frontend to 4. AC: 6 pods running.").question
    assert question is not None
    assert "'6 pods running'" in question


def test_the_analysis_says_how_the_ticket_was_read(op: Operator) -> None:
    proposal, _ = plans(
        op, "OPS-404: orders should send batches of 40. AC: BATCH_SIZE in orders-config reads 40."
    )
    assert proposal.analysis is not None
    assert "read as the ticket's goal" in proposal.analysis


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("[OPS-55] scale worker to 3. Done when: 3 pods ready", "scale worker to 3."),
        ("OPS-55 - scale worker to 3", "scale worker to 3."),
        (
            "Ticket: deploy frontend 2.2.0. AC: (1) pods run 2.2.0; (2) my-api unchanged",
            "deploy frontend 2.2.0. don't touch my-api.",
        ),
        (
            "Request: scale cache to 2. Out of scope: postgres, autoscaling.",
            "scale cache to 2. don't touch postgres. autoscaling is off limits.",
        ),
        (
            "Cleanup: my-api is decommissioned. AC: its Deployment and Service are gone; "
            "shared-config stays (frontend reads it).",
            "delete the Deployment my-api and its Service. shared-config stays.",
        ),
        # Sections on lines of their own; other words for "stays".
        (
            "Bug: scale worker to 3\nAC: 3 pods ready; no changes to postgres",
            "scale worker to 3. don't touch postgres.",
        ),
        (
            "Ticket: restart my-api. Acceptance: frontend not restarted",
            "restart my-api. don't touch frontend.",
        ),
        # A symptom said to end is an outcome, never a delete.
        (
            "Ticket: restart frontend. AC: the 502s are gone.",
            "restart frontend. the 502s are gone.",
        ),
    ],
)
def test_the_ticket_frame_is_read_into_a_request(intent: str, text: str) -> None:
    ticket = tickets.read(intent, _names)
    assert ticket is not None
    assert ticket.text == text


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3",
        "set image of frontend to ghcr.io/acme/frontend:2.2.0",
        "kubectl scale deploy/worker --replicas=3",
        "request timeout of my-api to 30s",
    ],
)
def test_no_ticket_frame_leaves_the_intent_as_said(intent: str) -> None:
    assert tickets.read(intent, _names) is None


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # A capitalised word in a sentence of context names no setting to take away.
        (
            "could you remove worker and whatever only it uses? The ETL moved off the cluster "
            "last sprint.",
            {"Deployment/worker"},
        ),
        (
            "Please delete frontend with its service. The UI is served by the CDN team now.",
            {"Deployment/frontend", "Service/frontend"},
        ),
        # "the worker service" in a clause that only says what happened names the application.
        (
            "the worker service was sunset last month, please delete its deployment",
            {"Deployment/worker"},
        ),
        (
            "Our legacy worker service is end of life; kindly remove its Deployment.",
            {"Deployment/worker"},
        ),
    ],
)
def test_context_beside_a_delete_never_picks_what_goes(
    op: Operator, intent: str, expected: set[str]
) -> None:
    assert deletes(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # The capitalised word is a variable the namespace has: still asked.
        "delete frontend. FEATURE_FLAG is unused.",
        # A Service said in its own clause while it exists: which goes is asked, as before.
        "the my-api service is not used, remove the deployment",
        # The deleting clause names a Service that does not exist: never the Deployment.
        "delete the worker service",
        # Taken out of something else, in the verb's own sentence.
        "pull payments out of the mesh",
    ],
)
def test_a_delete_still_asks_when_the_words_could_pick_another_object(
    op: Operator, intent: str
) -> None:
    asks(op, intent)
