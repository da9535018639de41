"""Round 37, helper gap40b: blind40's misses in scale, ha, autoscale, resources, restart,
monitoring and backup, and the chat words of its Pidgin, Singlish, Newfoundland and Swedish
voices, as shapes.

- Nigerian Pidgin read as English where the message is plainly Pidgin ("abeg" please, "make
  una" please, "dey" is, "am" it — never after "I" —, "sharp sharp" quickly, "now now" right
  now, "o" closing a clause out), :func:`dotop_nb.planner.offline.tongues.dialects`.
- Singlish: "lah", "leh", "lor" out, "liao" already, "ah" closing a clause out; a closing "can?"
  after an order is the order (never "… if you can?").
- Newfoundland English: "b'y" out, "comin'" coming (no apostrophe read as an unclosed quote).
- Swedish-English: "tack" closing a clause is thanks (never "tack on a label").
- "no touch X" (Pidgin, learners) is "don't touch X" (:mod:`.calques`).
- A kept workload's nickname after "touch" / "leave" ("Don't touch PayNow payments (payments)")
  is the workload alone, never a description swallowing the verb (:mod:`.aliases`).
- A verbless scale said with its verb after the name ("kiosk web (frontend) bring down to 2",
  "my-api go 4"), and "scale NAME 2 -> 1" (the "from" left out), :mod:`.chat`.
- An autoscaler's range "from 2 until 8 on cpu 75 percent" (:mod:`.calques`).
- "double it already (now)": "already" is when, no noun of the count (:mod:`.workloads`).
- "… and spread it across nodes" beside a scale: the placement rule's order, the nodes it
  spreads over no node to act on (:mod:`.clauses`).
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import tongues
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


def _restart(name: str) -> list[str]:
    return [f"restart the pods of deployment/{name} in shop"]


def _scale(name: str, n: int) -> list[str]:
    return [f"scale deployment/{name} in shop to {n} replicas"]


# (1) Pidgin, Singlish, Newfoundland and Swedish chat words.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("Abeg restart the salt worker (worker)", _restart("worker")),
        ("abeg make una restart payments sharp sharp", _restart("payments")),
        ("frontend dey slow, restart am", _restart("frontend")),
        ("Matching worker (worker) dey struggle, double am", _scale("worker", 2)),
        ("restart worker, no touch payments abeg", _restart("worker")),
        (
            "Kill the pods of wallet checkout (checkout), I mean rolling restart o, no delete",
            _restart("checkout"),
        ),
        ("restart payments lah", _restart("payments")),
        ("PayNow payments (payments) bring down to 1 lah", _scale("payments", 1)),
        ("Queue-number worker (worker) add two more lah", _scale("worker", 3)),
        ("scale my-api to 4 ah", _scale("my-api", 4)),
        ("add one more pod to worker can?", _scale("worker", 2)),
        ("Lunch crowd coming liao, stall-menu API (my-api) go 4 can?", _scale("my-api", 4)),
        ("restart frontend, tack", _restart("frontend")),
        ("Hej, restart payments, tack tack", _restart("payments")),
        ("Snow comin' b'y, restart worker", _restart("worker")),
    ],
)
def test_chat_words_of_the_voices(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # A question of its own, never the Singlish tag.
        "scale worker to 2 if you can?",
        # "tack" inside a clause is English.
        "restart frontend and tack on a label",
        # "b'y" read, the number still asked about as before (a tag or a count?).
        "bump frontend to 5 b'y",
    ],
)
def test_chat_word_near_misses_still_ask(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("abeg restart worker", "please restart worker"),
        ("worker dey struggle, double am", "worker is struggle, double it"),
        ("abeg I am on call, restart worker", "please I am on call, restart worker"),
        ("restart worker lah", "restart worker"),
        ("restart worker o, no delete", "restart worker, no delete"),
        ("restart frontend, tack", "restart frontend, thanks"),
        ("Storm comin' tonight b'y, restart worker", "Storm coming tonight, restart worker"),
        ("pg_dump postgres daily 03:15 can?", "pg_dump postgres daily 03:15"),
        # Near-misses: as said.
        ("set LETTER to o on worker", "set LETTER to o on worker"),
        ("restart frontend and tack on a label", "restart frontend and tack on a label"),
        ("scale worker to 2 if you can?", "scale worker to 2 if you can?"),
        ("I am sure: restart worker", "I am sure: restart worker"),
        # Scots "o" (of) inside a clause is still read by the Scots table; "yes b'y" is an
        # exclamation, no item of a list.
        ("nae restart o anythin else", "no restart of anything else"),
        ("frontend to 4, yes b'y", "frontend to 4,"),
    ],
)
def test_dialect_reading(text: str, read: str) -> None:
    assert tongues.dialects(text) == read


# (2) "no touch X", and a kept workload's nickname after "touch" / "leave".
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Wallet checkout (checkout) from 2 to 4 abeg, no touch fare payments (payments)",
            _scale("checkout", 4),
        ),
        ("scale frontend to 2, but leave fare payments (payments) alone", _scale("frontend", 2)),
        ("restart worker, don't touch the meat-sale payments (payments)", _restart("worker")),
        ("scale frontend down to 2. Don't touch PayNow payments (payments)", _scale("frontend", 2)),
    ],
)
def test_kept_workload_by_nickname(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    ("intent", "container"),
    [
        (
            "Parcel orders (orders) envoy memory limit 128Mi -> 256Mi, no touch the app container",
            "envoy",
        ),
        ("orders app cpu limit 1, no touch envoy", "app"),
    ],
)
def test_no_touch_keeps_the_other_container(op: Operator, intent: str, container: str) -> None:
    _, body = plans(op, intent)
    assert f'"name": "{container}"' in body
    other = "app" if container == "envoy" else "envoy"
    assert f'"name": "{other}"' not in body


# (3) Verbless scales and the "from" left out.
@pytest.mark.parametrize(
    ("intent", "expected", "awaits"),
    [
        (
            "After 14:30 when lunch crowd finish, kiosk web (frontend) bring down to 2. "
            "Don't touch PayNow payments (payments) ah",
            _scale("frontend", 2),
            "14:30",
        ),
        ("frontend go to 6", _scale("frontend", 6), ""),
        ("payments bring down to 1", _scale("payments", 1), ""),
        ("scale frontend 3 -> 2 tonight", _scale("frontend", 2), "tonight"),
        ("please scale ticket payments (payments) 2 -> 1", _scale("payments", 1), ""),
    ],
)
def test_scale_said_another_way(
    op: Operator, intent: str, expected: list[str], awaits: str
) -> None:
    planned, waited = summaries_and_awaits(op, intent)
    assert planned == expected
    assert awaits.lower() in waited.lower()
    if not awaits:
        assert not waited


def test_from_left_out_is_checked_against_the_count(op: Operator) -> None:
    # worker runs 1: "scale worker 3 to 5" says it runs 3 — asked, as "from 3 to 5" is.
    assert asks(op, "scale worker 3 to 5").question


def test_range_before_a_metric_stays_an_autoscaler(op: Operator) -> None:
    proposal, _ = plans(op, "scale worker 2 to 10 on cpu 70")
    assert any(o.kind == "apply" for o in proposal.operations)


# (4) An autoscaler's range said "from 2 until 8 on cpu".
@pytest.mark.parametrize(
    ("intent", "low", "high", "pct"),
    [
        ("Autoscale timetable API (my-api) from 2 until 8 on cpu 75 percent", 2, 8, 75),
        ("autoscale worker from 1 till 5 on cpu 60%", 1, 5, 60),
    ],
)
def test_autoscale_range_until(op: Operator, intent: str, low: int, high: int, pct: int) -> None:
    _, body = plans(op, intent)
    assert f'"minReplicas": {low}' in body
    assert f'"maxReplicas": {high}' in body
    assert f": {pct}" in body


def test_until_hours_stay_asked(op: Operator) -> None:
    assert asks(op, "scale worker from 10 until 12 on monday").question


# (5) "double it already".
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Meat-box checkout (checkout): double it already now, before the Jokkmokk market",
            _scale("checkout", 4),
        ),
        ("double worker already", _scale("worker", 2)),
    ],
)
def test_already_is_no_noun(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


def test_another_noun_is_still_asked(op: Operator) -> None:
    assert asks(op, "double the connections of checkout already").question


# (6) "… and spread it across nodes" beside a scale.
@pytest.mark.parametrize(
    "intent",
    [
        "Scale dispatch API (my-api) to 3 and spread am across nodes",
        "scale my-api to 3 and spread it across nodes",
        "scale frontend to 4 and spread them across nodes",
    ],
)
def test_spread_it_across_nodes(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["scale", "patch"]
    assert "kubernetes.io/hostname" in body


@pytest.mark.parametrize(
    "intent",
    ["scale my-api to 3 and drain node-1", "scale my-api to 3 and cordon the nodes"],
)
def test_node_orders_beside_a_scale_stay_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question
