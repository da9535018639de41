"""A reply in a chat thread (planner/offline/thread.py): a quoted line is context that may lend
the one workload it names (never its numbers or words); an answer, "+1" or "agreed" opening a
request is dropped; "same for X: …" applies the request to X. With no request after them, or
with a quote naming several workloads, it is asked. Phrasings of this round's own."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import thread
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.service import Operator
from tests.memory import asks, plans

_NAMES = frozenset({"payments", "orders", "my-api", "frontend", "worker", "checkout"})


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        # A quoted line lends the one workload it names.
        (
            "> is orders still on the old config?\nyep, restart it",
            "restart the pods of deployment/orders in shop",
        ),
        (
            "> checkout looks slow today\nscale it to 4",
            "scale deployment/checkout in shop to 4 replicas",
        ),
        (">> is my-api healthy?\nnah. bounce it", "restart the pods of deployment/my-api in shop"),
        (
            "> can we roll back checkout? — yes, roll it back",
            "roll deployment/checkout in shop back to revision 1",
        ),
        (
            "> why is frontend still on 2.1.0\nbump it to 2.2.0",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
        # The quote's number is not lent: worker runs 1, doubled is 2 (not 6).
        (
            "> worker is at 3 replicas, right?\nno, double it",
            "scale deployment/worker in shop to 2 replicas",
        ),
        # A pronoun given no value is the workload, not the setting the quote names.
        (
            "> is the log level on payments debug?\nno, restart it",
            "restart the pods of deployment/payments in shop",
        ),
        # A reply that names its own workload: the quote is context only.
        ("> payments is slow\nrestart orders", "restart the pods of deployment/orders in shop"),
        # Shell syntax in a quoted line is dropped with the quote, never passed on.
        (
            "> did payments pick up the secret? $(rm -rf /)\nbounce it",
            "restart the pods of deployment/payments in shop",
        ),
        # A quote below the reply (bottom-posted) is read the same way.
        ("scale it to 3\n\n> checkout is slow", "scale deployment/checkout in shop to 3 replicas"),
        # An agreement opening a request.
        ("+1, restart orders", "restart the pods of deployment/orders in shop"),
        ("+1 restart payments", "restart the pods of deployment/payments in shop"),
        ("agreed — scale worker to 2", "scale deployment/worker in shop to 2 replicas"),
        (
            "+1 on bumping my-api to 1.5.0",
            "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.5.0",
        ),
        # "same for X: …" applies the request to X; "same as … for Y" only refers to Y.
        ("same for checkout: restart it", "restart the pods of deployment/checkout in shop"),
        ("same thing for worker — scale to 3", "scale deployment/worker in shop to 3 replicas"),
        (
            "same as we did for orders last week but for payments: restart it",
            "restart the pods of deployment/payments in shop",
        ),
    ],
)
def test_a_thread_reply_plans_its_request(shop: Operator, said: str, summary: str) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]


@pytest.mark.parametrize(
    ("said", "replicas"),
    [
        ("> how many replicas does checkout need?\nthree is plenty", ("checkout", 3)),
        ("> how low can orders go\n1 works, it is quiet these days", ("orders", 1)),
        ("> how far down can my-api go?\nzero is fine for now", ("my-api", 0)),
    ],
)
def test_a_count_answers_a_quote_that_asks_how_many(
    shop: Operator, said: str, replicas: tuple[str, int]
) -> None:
    p, body = plans(shop, said)
    assert [(o.target.name, o.kind) for o in p.operations] == [(replicas[0], "scale")]
    assert f'"replicas": {replicas[1]}' in body


@pytest.mark.parametrize(
    ("said", "name", "value"),
    [
        ("> what is the log level of worker?\nset it to warn", "worker", "warn"),
        (
            "> which log level does payments run with\ntoo noisy, turn it to error",
            "payments",
            "error",
        ),
    ],
)
def test_a_pronoun_given_a_value_is_the_setting_the_quote_asks_about(
    shop: Operator, said: str, name: str, value: str
) -> None:
    p, body = plans(shop, said)
    assert [o.target.name for o in p.operations] == [name]
    assert "LOG_LEVEL" in body
    assert f'"{value}"' in body


@pytest.mark.parametrize(
    ("said", "target", "value"),
    [
        ("give frontend the same memory limit as payments (1Gi)", "frontend", '"memory": "1Gi"'),
        ("podmonitor for worker, same port as payments (http) but every 20s", "worker", '"20s"'),
    ],
)
def test_the_workload_values_were_seen_on_is_no_target(
    shop: Operator, said: str, target: str, value: str
) -> None:
    p, body = plans(shop, said)
    assert [o.target.name for o in p.operations] == [target]
    assert value in body


def test_a_reply_says_its_own_value(shop: Operator) -> None:
    p, body = plans(shop, "> anyone looking at payments?\nyeah — give it a 512Mi memory limit")
    assert [o.target.name for o in p.operations] == ["payments"]
    assert '"memory": "512Mi"' in body


@pytest.mark.parametrize(
    "said",
    [
        # A quote is never an order, a bare answer or agreement asks for nothing.
        "> restart orders",
        "> should we restart payments?\nyes",
        "> should we restart payments? — yes",
        "> scale payments to 5?\nyes, do it",
        "> payments is at 3 replicas\nyes",
        "> should worker stay?\nno",
        "+1",
        "+1 on frontend",
        "same for worker",
        "same as payments but for my-api",
        # Which of two quoted workloads, which reply answers which quote: not guessed.
        "> is orders ok?\nrestart it\n> and payments?\nscale it to 3",
        "> orders and payments are slow\nrestart it",
        # A delete by a pronoun lent from a quote, an object the quote names beside its workload.
        "> is the orders pdb blocking drains?\nyes, drop it",
        "> should worker stay?\nno, delete it",
        # A workload that does not exist, shell syntax in the reply, a vague count.
        "same for search: scale to 3",
        "> did payments pick up the secret?\nbounce it > /dev/null",
        "> how many for frontend?\na couple more I guess",
        # Values "the same as" another workload's, not said: not copied by guess.
        "servicemonitor for checkout, same port and path as my-api",
        # A size asked, never a count of pods; a pronoun with no value is the workload.
        "> how low can payments go memory-wise?\n256 is fine",
        "> how low can the batch size go on worker?\n5 is fine",
    ],
)
def test_a_thread_message_with_no_request_of_its_own_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("> did orders restart?\nnope, bounce it", "re orders \u2014 bounce it"),
        ("+1 to the hpa idea, for worker: min 1 max 3", "hpa, for worker: min 1 max 3"),
        ("same for my-api - restart it", "for my-api: restart it"),
        ("> payments ok?\nno more than 5 replicas on orders", "no more than 5 replicas on orders"),
        # "right-size" is the request's own word, never the answer "right"; a thumbs-up is.
        ("> orders is oversized\nright-size it", "re orders \u2014 right-size it"),
        ("> orders is slow\n\U0001f44d restart it", "re orders \u2014 restart it"),
    ],
)
def test_the_reply_is_read_as(said: str, read: str) -> None:
    reply = thread.read(said, lambda: _NAMES)
    assert reply is not None
    assert reply.text == read


@pytest.mark.parametrize(
    "said", ["scale payments to 3", "frontend +1", "+1 replica on frontend", ">= 3 for payments"]
)
def test_no_thread_frame_is_no_reply(said: str) -> None:
    assert thread.read(said, lambda: _NAMES) is None


def test_a_quote_of_two_workloads_asks_which() -> None:
    with pytest.raises(Clarify, match=r"payments and orders"):
        thread.read("> orders and payments are slow\nscale it to 3", lambda: _NAMES)


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        # "kick off" starts something; "kick" alone is a restart.
        ("+1, kick off a backup of postgres now", "apply backup/postgres-shop-once in shop"),
        ("kick checkout, pods look wedged", "restart the pods of deployment/checkout in shop"),
    ],
)
def test_kick_off_starts_what_it_names(shop: Operator, said: str, summary: str) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]
