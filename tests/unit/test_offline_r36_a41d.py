"""Round 36, helper a41d: attack 40's remaining exclusion, ConfigMap-guard and delete-stays shapes.

The shapes (black-box attack 40, re-run on round 35's main: /work/notes/w35/re40):

- an exclusion said after a LIST of names went unread and the one left out was changed with the
  rest ("restart frontend, payments and worker; frontend keeps the old pods", "…, frontend's off
  the hook / off today", "…, frontend's (already) been done", "…, frontend is excused / gets a
  pass / sits out / opted out / passes", "…, frontend's out of scope", "switch …; payments: keep
  old image", "…; payments: old image", "…; payments stays on its image", "…; payments is
  pinned"): :mod:`.leftout`'s table of predicates;
- a set's difference said by a sign or a bare word ("all tier=backend deployments" then the
  set minus (U+2216) "{cache}" or the minus sign (U+2212) "cache", "- cache", "!cache",
  "~cache", "-cache", "less cache", "cache excepted"): read as "minus" (:mod:`.leftout`);
- "not", "without" or "except" said in another tongue before a workload's name ("delete
  orders-config, si orders", "…, bila orders", "…, isipokuwa orders", "…, sin orders"): the
  word was dropped and the owner deleted with its config; asked now (:mod:`.tongues`'
  ``EXCEPT_WORDS``, :func:`.leftout.foreign_left_out`);
- a ConfigMap change beside a keep of a workload reading the key, said "leave orders as is",
  "keep orders as is", "orders stays the same", "hands off orders", "without changing orders",
  "leave orders be": asked like "leave orders alone" (``_PROTECTS``);
- a delete of one object said to stay ("delete the orders pdb; it stays", "… (it stays)", "…;
  we keep it", "…; the pdb is staying", "…, keep the orders pdb"): asked (:mod:`.removal`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import question_for, summaries

pytestmark = pytest.mark.timeout(300)


def _restarts(*names: str) -> list[str]:
    return [f"restart the pods of deployment/{name} in shop" for name in names]


def _scales(count: int, *names: str) -> list[str]:
    return [f"scale deployment/{name} in shop to {count} replicas" for name in names]


_IMAGES = {
    "frontend": "set image of container web in deployment/frontend in shop to "
    "ghcr.io/acme/frontend:2.2.0",
    "payments": "set image of container payments in deployment/payments in shop to "
    "ghcr.io/acme/payments:2.2.0",
    "worker": "set image of container worker in deployment/worker in shop to "
    "ghcr.io/acme/worker:2.2.0",
}
_BACKEND_LESS_CACHE = _restarts("checkout", "my-api", "orders", "payments", "worker")

# ---------------------------------------------------------------- exclusions after a list


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "restart frontend, payments and worker; frontend keeps the old pods",
            _restarts("payments", "worker"),
        ),
        (
            "scale frontend, payments and worker to 4. frontend keeps its old pods",
            _scales(4, "payments", "worker"),
        ),
        (
            "restart frontend, payments and worker; frontend's off today",
            _restarts("payments", "worker"),
        ),
        (
            "restart frontend, payments and worker. frontend's off the hook",
            _restarts("payments", "worker"),
        ),
        ("restart my-api and orders, orders is off the hook", _restarts("my-api")),
        (
            "restart frontend, payments and worker, frontend's already been done",
            _restarts("payments", "worker"),
        ),
        (
            "scale frontend, payments and worker to 4. frontend's been done",
            _scales(4, "payments", "worker"),
        ),
        (
            "restart my-api, orders and worker; worker has already been handled",
            _restarts("my-api", "orders"),
        ),
        (
            "restart frontend, payments and worker; frontend is excused",
            _restarts("payments", "worker"),
        ),
        ("restart my-api and worker, worker is excused from this", _restarts("my-api")),
        (
            "scale frontend, payments and worker to 4. frontend gets a pass",
            _scales(4, "payments", "worker"),
        ),
        (
            "restart frontend, payments and worker; frontend sits out",
            _restarts("payments", "worker"),
        ),
        (
            "scale frontend, payments and worker to 4. frontend opted out",
            _scales(4, "payments", "worker"),
        ),
        ("restart my-api and worker; worker opts out", _restarts("my-api")),
        (
            "restart frontend, payments and worker; frontend's out of scope",
            _restarts("payments", "worker"),
        ),
        ("restart frontend, payments and worker; frontend passes", _restarts("payments", "worker")),
        (
            "switch frontend, payments and worker to 2.2.0; payments: keep old image",
            [_IMAGES["frontend"], _IMAGES["worker"]],
        ),
        (
            "switch frontend, payments and worker to 2.2.0; payments: old image",
            [_IMAGES["frontend"], _IMAGES["worker"]],
        ),
        (
            "switch frontend, payments and worker to 2.2.0; payments stays on its image",
            [_IMAGES["frontend"], _IMAGES["worker"]],
        ),
        (
            "switch frontend, payments and worker to 2.2.0; payments is pinned",
            [_IMAGES["frontend"], _IMAGES["worker"]],
        ),
        (
            "restart frontend, payments and worker; leave frontend off",
            _restarts("payments", "worker"),
        ),
        (
            "scale frontend, payments and worker to 2; frontend's staying put",
            _scales(2, "payments", "worker"),
        ),
        (
            "switch frontend, payments and worker to 2.2.0, worker keeps its old image",
            [_IMAGES["frontend"], _IMAGES["payments"]],
        ),
    ],
)
def test_an_exclusion_after_a_list_leaves_it_out(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    "intent",
    [
        # A keep that may be how the change is made: asked (as before).
        "restart my-api, payments and worker, keep worker up",
        # A delete of a list less one is never planned.
        "delete my-api and worker, worker's been done",
        "delete my-api and worker; worker is excused",
    ],
)
def test_a_keep_or_a_delete_of_a_list_is_still_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # A state that leaves nothing out: the list is planned whole.
        (
            "restart frontend, payments and worker; frontend passes health checks",
            _restarts("frontend", "payments", "worker"),
        ),
        ("restart my-api and worker, worker's down", _restarts("my-api", "worker")),
    ],
)
def test_a_state_that_leaves_nothing_out_plans_the_list(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


# ---------------------------------------------------------------- a set's difference by a sign


@pytest.mark.parametrize(
    "intent",
    [
        "restart all tier=backend deployments \u2216 {cache}",
        "restart all tier=backend deployments \u2212 cache",
        "restart all tier=backend deployments - cache",
        "restart all tier=backend deployments !cache",
        "restart all tier=backend deployments ~cache",
        "restart all tier=backend deployments -cache",
        "restart all tier=backend deployments less cache",
        "restart all tier=backend deployments cache excepted",
        "restart all tier=backend deployments, cache excepted",
        "restart all tier=backend deployments minus cache",
    ],
)
def test_a_set_less_one_said_by_a_sign_leaves_it_out(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == _BACKEND_LESS_CACHE


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # No workload after the sign, or "less than": nothing left out.
        (
            "restart all tier=backend deployments - now",
            _restarts("cache", "checkout", "my-api", "orders", "payments", "worker"),
        ),
        ("scale payments to 4 - thanks", _scales(4, "payments")),
    ],
)
def test_a_sign_before_no_workload_leaves_nothing_out(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


def test_a_delete_of_a_set_less_one_by_a_sign_is_asked(op: Operator) -> None:
    assert question_for(op, "delete all tier=backend deployments - cache")


# ---------------------------------------------------------------- "not" in another tongue


@pytest.mark.parametrize(
    "intent",
    [
        "delete orders-config, si orders",
        "delete orders-config, sio orders",
        "remove orders-config (si orders)",
        "delete orders-config, bila orders",
        "remove orders-config, isipokuwa orders",
        "delete orders-config, sin orders",
        "delete orders-config, sauf orders",
        "delete orders-config, ohne orders",
        "restart frontend, payments and worker, si worker",
        "restart frontend, payments and worker, bila worker",
        "scale payments and worker to 3, excepto worker",
    ],
)
def test_not_said_in_another_tongue_before_a_name_is_asked(op: Operator, intent: str) -> None:
    question = question_for(op, intent)
    assert question


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # The words before no workload's name: no exclusion read.
        ("restart worker, sin prisa", _restarts("worker")),
        ("restart frontend, payments and worker, except worker", _restarts("frontend", "payments")),
    ],
)
def test_not_in_another_tongue_before_no_name_plans(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


# ---------------------------------------------------------------- a ConfigMap guard


@pytest.mark.parametrize(
    "intent",
    [
        "set PROVIDER=adyen in payments-config, leave payments as is",
        "set QUEUE=fast in orders-config, leave orders as it is",
        "set QUEUE=fast in orders-config, orders stays as is",
        "set PROVIDER=adyen in payments-config, keep payments as is",
        "set QUEUE=fast in orders-config, without changing orders",
        "set QUEUE=fast in orders-config, without touching orders",
        "set PROVIDER=adyen in payments-config, payments stays the same",
        "set QUEUE=fast in orders-config, orders remains the same",
        "set QUEUE=fast in orders-config, hands off orders",
        "set PROVIDER=adyen in payments-config, leave payments be",
    ],
)
def test_a_config_change_reaching_a_kept_reader_is_asked(op: Operator, intent: str) -> None:
    assert "reaches its pods too" in question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        # A key the kept workload does not read, or a workload that reads nothing of it.
        "set BATCH_SIZE=20 in orders-config, leave orders as is",
        "set BATCH_SIZE=20 in orders-config, hands off orders",
        "set BATCH_SIZE=20 in orders-config, orders stays the same",
        "set QUEUE=fast in orders-config, leave payments as is",
        "set QUEUE=fast in orders-config, without changing payments",
    ],
)
def test_a_config_change_that_reaches_no_kept_reader_plans(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["patch configmap/orders-config in shop (merge)"]


# ---------------------------------------------------------------- a delete said to stay


@pytest.mark.parametrize(
    "intent",
    [
        "delete the orders pdb; the orders pdb is staying",
        "delete the orders pdb; the pdb is staying",
        "delete the orders pdb, keep the orders pdb",
        "delete the orders pdb (it stays)",
        "delete the orders pdb; it stays",
        "delete the orders pdb; it must stay",
        "delete the orders pdb; we keep it",
        "delete the orders pdb; it's staying",
        "delete worker, it\u2019s staying",
        "remove the orders pdb, but keep it",
        "delete the orders pdb. it remains",
    ],
)
def test_a_delete_said_to_stay_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("delete the orders pdb", ["delete poddisruptionbudget/orders in shop"]),
        ("delete worker; it's unused anyway", ["delete deployment/worker in shop"]),
        ("delete the orders pdb. orders stays", ["delete poddisruptionbudget/orders in shop"]),
        (
            "delete orders, keep the pdb",
            ["delete deployment/orders in shop", "delete configmap/orders-config in shop"],
        ),
        (
            "delete orders, keep its configmap",
            ["delete poddisruptionbudget/orders in shop", "delete deployment/orders in shop"],
        ),
    ],
)
def test_a_delete_beside_a_keep_of_something_else_plans(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned
