"""Round 10, helper roles: words that are no request to the planner ask, never act — a message
addressed to someone else (addressed.py), a request marked not final, a question tag or an
order said with "?", a change told as already done (roles.py, speech.py). Phrasings of our own
per shape, and near misses that must still plan."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import addressed
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)

_NAMES = frozenset({"payments", "orders", "frontend", "my-api", "worker", "checkout", "cache"})


@pytest.mark.parametrize(
    ("intent", "who"),
    [
        ("@bob restart payments", "@bob"),
        ("@alice could you bump checkout to 1.1.0", "@alice"),
        ("@priya: delete the worker deployment", "@priya"),
        ("cc @sre scale orders to 4", "@sre"),
        ("/cc @team-sre roll back checkout", "@team-sre"),
        ("scale frontend to 2 @sam", "@sam"),
        ("hey @oncall: restart payments", "@oncall"),
        ("bob: can you scale orders to 4", "bob"),
        ("Juergen, can you add a pdb to payments", "Juergen"),
        ("mike: pls restart the cache proxy", "mike"),
        ("Alice please scale my-api to 3", "Alice"),
        ("priya can you delete worker", "priya"),
        ("sam, could you roll back checkout?", "sam"),
        ("hey alice, bump frontend to 2.2.0", "alice"),
        ("Hello Priya - restart checkout", "Priya"),
        ("hi carlos, please double my-api", "carlos"),
    ],
)
def test_a_message_addressed_to_someone_else_is_asked(op: Operator, intent: str, who: str) -> None:
    proposal = asks(op, intent)
    assert f"addressed to {who}" in (proposal.question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "@dotop scale orders to 4",
        "@dotop-nb restart orders",
        "hey, scale orders to 4",
        "hi all, restart orders",
        "Hi team, could you restart orders?",
        "team: please restart payments",
        "payments: please restart",
        "Request: please restart worker",
        "ok, can you scale orders to 3",
        "frontend, can you scale it to 4",
        "restart payments, cc @bob",
        "restart orders fyi @sre",
        "back up the namespace @daily",
        "urgently please restart payments",
        "tonight, can you restart payments",
    ],
)
def test_a_message_to_us_or_the_team_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


def test_the_addressee_is_read_from_the_text_alone() -> None:
    def names() -> frozenset[str]:
        return _NAMES

    assert addressed.addressee("bob.smith@acme.com: restart payments", names) is None
    assert addressed.addressee("alice: scale to 6\nme: 4 is enough", names) is None
    assert addressed.addressee("> @bob can you restart payments?\nyes, restart it", names) is None
    assert addressed.addressee("orders, could you restart it", names) is None
    assert addressed.addressee("kevin, could you restart orders", names) == "kevin"


@pytest.mark.parametrize(
    "intent",
    [
        "[draft] scale orders to 5",
        "[WIP] roll checkout back to 1.0.0",
        "draft: scale orders to 5",
        "Draft - delete the worker deployment",
        "for later: restart payments",
        "(later) delete the worker deployment",
        "backlog: add an hpa to orders, 2-6 on cpu",
        "TBD: bump payments memory limit to 1Gi",
        "set LOG_LEVEL=debug on my-api (untested)",
        "someday: move frontend to 3 replicas",
        "not final: set worker replicas to 0",
        "[for review] scale payments to 6",
        "delete worker - pending approval",
        "bump frontend to 2.2.0 (needs review)",
        "scale my-api to 5 — for discussion",
        "this is just a draft: roll back checkout",
        "still WIP, but restart payments",
        "don't apply this yet: delete the orders pdb",
        "RFC: add a pdb to payments",
    ],
)
def test_a_request_marked_not_final_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4?",
        "restart orders again?",
        "bump frontend to 2.2.0?",
        "drop worker to 0?",
        "add a pdb to orders?",
        "payments is slow. scale it to 5?",
        "delete the worker deployment?",
        "scale payments to 4, right?",
        "scale payments to 4, yeah?",
        "set LOG_LEVEL=debug on my-api, yea?",
        "scale payments to 4, innit",
        "delete the worker deployment, innit",
        "restart orders, right",
        "restart worker, eh",
        "restart the cache proxy, or?",
        "bump frontend to 2.2.0 — sound good?",
        "double my-api, you think?",
        "increase payments memory to 512Mi, ok with you?",
        "scale orders to 3 — yes or no?",
    ],
)
def test_an_order_said_as_a_question_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "could you scale payments to 4?",
        "will you restart orders?",
        "Can we have three copies of payments running instead of two?",
        "roll back checkout? yes, do it",
        "restart orders right now",
        "restart payments later",
    ],
)
def test_a_request_with_a_question_mark_it_settles_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "frontend updated to 2.2.0",
        "payments scaled to 4 this morning",
        "restarted orders",
        "rolled back checkout",
        "redeployed checkout after lunch",
        "my-api bumped to 1.5.0, all green",
        "worker drained and deleted",
        "Bob upgraded postgres to 16.4",
        "already restarted the payments pods",
        "orders deployment restarted at 09:14",
        "successfully rolled out frontend 2.2.0",
        "cache proxy bounced",
        "killed the stuck worker pods",
        "reverted my-api to 1.4.1 last night",
        "orders redeployed, now scale it to 4",
        "scaled frontend to 6, all good",
    ],
)
def test_a_change_told_as_done_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("frontend needs updating to 2.2.0", "frontend"),
        ("get frontend updated to 2.2.0", "frontend"),
        ("have orders restarted", "orders"),
        ("please have payments restarted", "payments"),
        ("I want worker deleted", "worker"),
        ("frontend updated to 2.2.0 please", "frontend"),
        ("payments should be scaled to 4", "payments"),
        ("orders needs to be restarted", "orders"),
        ("delete the worker deployment, it is unused", "worker"),
        ("frontend was scaled to 1 overnight by mistake, scale it to 4", "frontend"),
    ],
)
def test_a_request_said_with_a_participle_still_plans(
    op: Operator, intent: str, target: str
) -> None:
    proposal, _ = plans(op, intent)
    assert target in {o.target.name for o in proposal.operations}


@pytest.mark.parametrize(
    "intent",
    [
        # a status or a review said of the request, after it or on the next line
        "restart orders: not approved",
        "bump frontend to 2.2.0 [in review]",
        "Under review: delete the orders pdb",
        "scale checkout to 1\napproval: pending",
        "restart orders, pending alice",
        "add a pdb to checkout — alice to confirm",
        "scale worker to 0, DBA approval needed",
        "bump my-api to 1.5.0, let me run it by sam first",
        "delete worker, let me check with bob first",
        "restart postgres, checking with the DBA first",
        "restart orders\nok?",
        # a label filing it as a note, a plan for later or a fallback
        "roadmap: add an hpa to frontend",
        "worst case: roll checkout back",
        "plan b - restart the cache proxy",
        "note to self: scale payments to 0",
        # a verdict on the request, said after it
        "restart orders is pointless",
        "scale checkout to 10 = overkill",
        "delete the orders pdb — no way",
        "roll my-api back, would be a mistake",
        "6 frontend pods would be way too many",
        "delete worker → outage",
        "scale payments to 0 is a terrible idea",
        # an opinion, a musing, a cost
        "IMO bump frontend to 2.2.0",
        "fwiw restart the orders pods",
        "considering a rollback of my-api",
        "restart orders usually helps",
        "scale checkout to 8 costs too much",
        "scaling payments to 0 stops the charges",
        # a question and no order after it
        "delete orders pdb? nah mate",
        "restart checkout? hmm",
        "delete worker? yes",
        "delete worker? -1",
        "4 payments replicas?",
    ],
)
def test_attack11_shapes_of_a_clause_that_is_no_order_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("restart orders once alice approves", "orders"),
        ("restart orders, approval from alice is attached", "orders"),
        ("scale checkout to 3, it is at 2 and that was a mistake", "checkout"),
        ("restart orders, bob checked it first", "orders"),
        ("put checkout on its first revision again", "checkout"),
        ("scale orders to 5 once the review is done", "orders"),
        ("we have zero backups of postgres?? need a nightly pg_dump at 2am", "postgres-backup"),
        ("could my-api autoscale between 2 and 8 pods on cpu, target 75%?", "my-api"),
    ],
)
def test_near_misses_of_attack11_shapes_still_plan(op: Operator, intent: str, target: str) -> None:
    proposal, _ = plans(op, intent)
    assert target in {o.target.name for o in proposal.operations}


@pytest.mark.parametrize(
    "intent",
    [
        # a qualifier in brackets that makes the value an example or a guess
        "bump my-api to 1.5.0 (just an example)",
        "scale orders to 7 (dummy value)",
        "set LOG_LEVEL=trace on worker (guess)",
        # labels of a lesson, a goal, a musing or a discretion
        "lessons learned: restart orders before the import",
        "stretch goal: autoscale checkout 2-8 on cpu",
        "thinking out loud: drop the orders pdb",
        "up to you: bump frontend to 2.2.0",
        "worth a shot: restart the cache proxy",
        "DNM roll back my-api",
        # a hesitation, a hedge or a mistyped negation before the order
        "hmm, scale worker to 0",
        "possibly restart the orders pods",
        "restart orders and maybe roll back my-api",
        "I guess bump checkout to 1.1.0",
        "might as well restart worker",
        "dnt restart orders",
        "nah delete the orders pdb",
        "2 more orders pods might help",
        # a question without its mark, a cause, a discretion, sarcasm, a message cut off
        "who bumped frontend to 2.2.0",
        "how about scaling orders to 6",
        "restarting orders caused the backlog",
        "roll back my-api as needed",
        "scale checkout to 0 if all else fails",
        "restart orders, said no SRE ever",
        "scale worker to 0, what could go wrong",
        "restart orders \U0001f602",
        "restart orders and then",
        "scale checkout to 4 but",
    ],
)
def test_attack11_shapes_around_an_order_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("ideally put frontend pods on different nodes", "frontend"),
        ("TODO: restart the orders pods", "orders"),
        ("when payments hangs, restart it", "payments"),
        ("restart orders, it keeps crashing", "orders"),
        ("scale orders to 3 and restart it", "orders"),
        ("drop the orders pdb, it caused the outage", "orders"),
    ],
)
def test_near_misses_around_an_order_still_plan(op: Operator, intent: str, target: str) -> None:
    proposal, _ = plans(op, intent)
    assert target in {o.target.name for o in proposal.operations}
