"""Round 35, helper a40a: attack 39's remaining exclusion and report shapes.

The shapes (black-box attack 39, re-run on round 34's main: /work/notes/w34/re39):

- an exclusion said after a LIST of names went unread and the one left out was changed with the
  rest ("restart payments, worker and frontend; frontend's done", "…, frontend already got it",
  "…. frontend dropped", "…, frontend is off the list / all set / covered / locked", "…,
  frontend keeps the old image", "…, hold back frontend", "…, frontend has no need"), or was
  asked although clear ("…, no need for frontend", "…. frontend is fine", "…, frontend doesn't
  need it", "…, frontend is in a freeze", "bump payments and frontend to 3.1.0, frontend is
  exempt"): each now leaves the workload out of the list (:mod:`.leftout`'s table, read as
  "is" when the copula is "'s"); the readers that asked about the one left out (a freeze of
  it, a name the plan does nothing to, a plain state after a full stop) let the list's
  exclusion stand (:mod:`.scope`, :mod:`.hazards`, :mod:`.partoff`, :mod:`.narrowing`);
- praise for a change made ran the change ("kudos on restarting worker", "nice job scaling
  payments to 4", "props for the restart of worker"): asked like thanks for it
  (:mod:`.doubts`);
- a report of a restart that helped ran a restart ("the restart cured worker", "a quick
  restart sorted worker out", "worker's ok again post-restart", "worker is back to normal
  after being restarted", "worker healthy again after restart, closing the ticket"): asked
  as a report (:mod:`.speech`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import question_for, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


def _restarts(*names: str) -> list[str]:
    return [f"restart the pods of deployment/{name} in shop" for name in names]


def _scales(count: int, *names: str) -> list[str]:
    return [f"scale deployment/{name} in shop to {count} replicas" for name in names]


_MY_API_IMAGE = [
    "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:3.1.0"
]


# ---------------------------------------------------------------- exclusions after a list


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # "'s" read as "is"
        ("restart my-api, orders and worker; worker's done", _restarts("my-api", "orders")),
        ("scale my-api, orders and worker to 3. orders's fine", _scales(3, "my-api", "worker")),
        ("restart my-api and orders, orders's excluded", _restarts("my-api")),
        ("restart my-api and worker, worker's covered", _restarts("my-api")),
        (
            "restart payments, worker and frontend; frontend's off the list",
            _restarts("payments", "worker"),
        ),
        (
            "restart payments, worker and frontend; frontend's all set",
            _restarts("payments", "worker"),
        ),
        (
            "scale payments, worker and frontend to 4. frontend's exempt",
            _scales(4, "payments", "worker"),
        ),
        (
            "scale payments, worker and frontend to 4. frontend's out",
            _scales(4, "payments", "worker"),
        ),
        # had it already
        ("restart my-api and orders; orders got it already", _restarts("my-api")),
        ("restart my-api, orders and worker. worker has had it", _restarts("my-api", "orders")),
        (
            "scale payments, worker and frontend to 4. frontend already got it",
            _scales(4, "payments", "worker"),
        ),
        (
            "scale payments, worker and frontend to 4. frontend has it already",
            _scales(4, "payments", "worker"),
        ),
        # a state that leaves it out
        ("scale my-api and worker to 3; worker dropped", _scales(3, "my-api")),
        ("restart my-api and worker, worker is off the list", _restarts("my-api")),
        ("restart my-api and worker, worker is already fine", _restarts("my-api")),
        ("scale my-api and orders to 3. orders is all set", _scales(3, "my-api")),
        ("restart my-api and orders, orders is locked", _restarts("my-api")),
        ("restart my-api and worker, worker has no need", _restarts("my-api")),
        ("restart my-api and worker. worker not now", _restarts("my-api")),
        # (Asked in round 33, as a partoff question of the two-name list only: planned now as the
        # longer lists were, and as "…, payments is fine as is" is since round 34.)
        ("restart payments and checkout, checkout is fine", _restarts("payments")),
        # a freeze of the one left out
        ("restart my-api and orders, orders is in a freeze", _restarts("my-api")),
        ("restart my-api and worker, worker's frozen", _restarts("my-api")),
        ("scale my-api and worker to 3. worker is frozen", _scales(3, "my-api")),
        # said with its verb
        ("restart my-api and orders, hold back orders", _restarts("my-api")),
        ("restart my-api and worker, no need for worker", _restarts("my-api")),
        ("restart my-api and worker, keep worker off the list", _restarts("my-api")),
        (
            "restart payments, worker and frontend; take frontend off the list",
            _restarts("payments", "worker"),
        ),
        # a new image: the one that keeps its own
        ("update my-api and payments to 3.1.0, payments keeps its version", _MY_API_IMAGE),
        ("update my-api and payments to 3.1.0, payments keeps the current image", _MY_API_IMAGE),
        ("update my-api and payments to 3.1.0, payments stays on 1.0.0", _MY_API_IMAGE),
        ("update my-api and payments to 3.1.0, payments is exempt", _MY_API_IMAGE),
        ("update my-api and payments to 3.1.0, minus payments", _MY_API_IMAGE),
        ("update my-api and payments to 3.1.0, keep payments out", _MY_API_IMAGE),
    ],
)
def test_an_exclusion_after_a_list_leaves_it_out(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    "intent",
    [
        # A delete of a list less one is never planned.
        "delete my-api and worker, worker's done",
        # A correction, or a keep that may be how the change is made: asked (as before).
        "restart my-api and worker. Actually, worker's fine",
        "restart payments and checkout. checkout is fine actually.",
        "restart my-api, payments and worker, keep worker up",
        # A freeze of the one workload the order changes: asked, with "'s" too.
        "restart worker, worker's frozen",
        "restart worker, worker's in a freeze",
        "restart worker; it's frozen",
        "payments is frozen until monday; scale payments to 3",
        # A state after a full stop, or a need denied, may say the change is fine: asked, as in
        # round 24 ("scale worker and frontend to 0. frontend is fine.").
        "scale my-api and worker to 3. worker is fine",
        "restart my-api, orders and worker; worker doesn't need it",
        "scale payments, worker and frontend to 4. frontend is good",
        # "has it" alone may say who does it: asked.
        "scale my-api and worker to 3, worker has it",
    ],
)
def test_a_correction_a_freeze_or_a_delete_is_still_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # A state that leaves nothing out: the list is planned whole.
        ("restart my-api and worker, worker's down", _restarts("my-api", "worker")),
        ("restart my-api and worker; worker's pods are fine", _restarts("my-api", "worker")),
    ],
)
def test_a_state_that_leaves_nothing_out_plans_the_list(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


# ---------------------------------------------------------------- praise and reports


@pytest.mark.parametrize(
    "intent",
    [
        "kudos on restarting worker",
        "nice job scaling payments to 4",
        "good call restarting worker",
        "great work rolling back checkout",
        "praise: nice restart of worker",
        "props for the restart of worker",
        "great job restarting worker, it works again",
        "well done scaling orders to 3",
        "thanks for restarting worker",
    ],
)
def test_praise_for_a_change_made_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "the restart cured worker",
        "a quick restart sorted worker out",
        "worker is back to normal after being restarted",
        "worker's ok again post-restart",
        "worker healthy again after restart, closing the ticket",
        "orders is stable again after the rollback",
        "worker is fine after the restart, closing the ticket",
    ],
)
def test_a_report_of_a_restart_that_helped_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("good call, restart worker", _restarts("worker")),
        ("great job! restart worker", _restarts("worker")),
        ("good job, now restart worker", _restarts("worker")),
        ("nice, scale payments to 4", _scales(4, "payments")),
        ("restart worker, closing the ticket", _restarts("worker")),
    ],
)
def test_an_order_after_praise_is_planned(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


def test_a_restart_after_an_act_still_waits(op: Operator) -> None:
    assert summaries_and_awaits(op, "restart worker after the upgrade") == (
        _restarts("worker"),
        "after the upgrade",
    )


# ---------------------------------------------------------------- a prohibition beside the order


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # "and NAME" ends the prohibition's object, not the prohibition (worker was restarted).
        ("restart payments. don't touch frontend and worker", _restarts("payments")),
        ("restart payments, don't touch frontend and worker", _restarts("payments")),
        ("restart payments but don't restart frontend and worker", _restarts("payments")),
        ("restart payments; do not touch frontend and worker.", _restarts("payments")),
        # "and" before a verb still ends it.
        ("don't scale frontend and restart worker", _restarts("worker")),
        (
            "restart payments, don't touch frontend and scale worker to 3",
            [*_restarts("payments"), *_scales(3, "worker")],
        ),
        # "it" never stands for what a prohibition after (or before) it keeps from change.
        ("payments hangs, please restart it. Don't touch frontend", _restarts("payments")),
        (
            "payments hangs, rolling restart it. don't touch frontend or worker",
            _restarts("payments"),
        ),
        ("payments hangs, restart it. don't touch frontend and worker", _restarts("payments")),
        ("frontend must not restart. payments hangs, restart that one", _restarts("payments")),
        # "hands off X" is "don't touch X"; "no restarts of X" is nobody's report.
        ("keep your hands off frontend; restart payments", _restarts("payments")),
        ("hands off frontend, restart payments", _restarts("payments")),
        ("restart payments; no restarts of worker", _restarts("payments")),
        ("restart payments, no restarts for worker please", _restarts("payments")),
    ],
)
def test_a_prohibition_beside_the_order_leaves_its_object_alone(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    "intent",
    [
        "payments hangs, restart it. frontend is slow too",
        "payments hangs, restart it, then scale frontend to 3",
        "hands off frontend",
        "no restarts of worker",
        "bob restarts worker",
    ],
)
def test_an_unclear_it_or_a_bare_prohibition_is_still_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)
