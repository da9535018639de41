"""Round 36, helper gap39a: blind39's misses in clarify, config, update, security and rollback,
as shapes.

- Hearsay told of someone in a learner's bare present ("which version … is running now? somebody
  say 16.6", "I heard 16.6"): how things are, never the plan's value (it set postgres:16.6:
  unsafe).
- A bare workload topic before a removal ("customer portal (frontend) remove the FEATURE_FLAG env
  var"): only a workload's name, never a time or another word.
- A learner's refusal of a kind ("Nothing delete please", "no delete anything na", "delete
  nothing pls") read as "don't delete anything"; "no other restarts eh" with its chat tag.
- Thai-English particles ("krub", "na krub", "ka") out where the message is plainly Thai-English
  (:func:`dotop_nb.planner.offline.tongues.particles`); "kob khun krub" is thanks.
- "X set to Y and then restart Z": the order after it makes the words before it an order.
- A nickname before the workload of a verbless key ("stock API my-api LOG_LEVEL warn pls").
- "app image no change": that container kept.
- "payments back to 2.9.6": a rollback said without its verb.
- A nickname before each workload of an allowed list ("only stock API my-api and label worker
  (worker) can reach …").
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import statements, tongues
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)

PG_166 = "set image of container postgres in statefulset/postgres in shop to postgres:16.6"


# (1) Hearsay in a learner's present.
@pytest.mark.parametrize(
    "intent",
    [
        "which version the greenhouse DB (postgres) is running now krub? somebody say 16.6",
        "which version is postgres running now? somebody say 16.6",
        "which version is postgres running? I heard 16.6",
        "what version runs postgres now? we heard 16.6",
        "postgres version now? somebody say 16.6 na",
    ],
)
def test_hearsay_value_is_never_planned(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    [
        "bump postgres to 16.6, I heard 16.5 is buggy",
        "upgrade postgres to 16.6, someone told me 16.5 leaks",
    ],
)
def test_hearsay_beside_an_order_keeps_the_order(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [PG_166]


@pytest.mark.parametrize(
    ("clause", "stating"),
    [
        ("somebody say 16.6", True),
        ("I heard 16.6", True),
        ("people tell me 17.2", True),
        ("somebody say to bump postgres to 16.6", False),
        ("I say scale it to 4", False),
    ],
)
def test_hearsay_clause(clause: str, stating: bool) -> None:
    assert statements.stating(clause) is stating


# (2) A bare workload topic before a removal.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("customer portal (frontend) remove the FEATURE_FLAG env var, nu", "deployment/frontend"),
        ("frontend remove the FEATURE_FLAG env var", "deployment/frontend"),
        ("my-api remove LOG_LEVEL from my-api-config", "configmap/my-api-config"),
    ],
)
def test_bare_topic_before_a_removal(op: Operator, intent: str, target: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        f"patch {target} in shop ({'merge' if 'configmap' in target else 'strategic'})"
    ]
    assert '"$patch": "delete"' in body or ": null" in body


@pytest.mark.parametrize(
    "intent",
    [
        "later remove the FEATURE_FLAG env var from frontend",
        "tomorrow remove the FEATURE_FLAG env var from frontend",
        "frontend remove the FEATURE_FLAG env var and delete worker",
        "frontend remove it",
        "frontend delete",
    ],
)
def test_other_words_before_a_removal_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) A learner's refusal of a kind, and a chat tag after one.
@pytest.mark.parametrize(
    ("intent", "value"),
    [
        (
            "engraving worker (worker) needs env variable CLEANUP_MODE=delete-old-previews. "
            "Nothing delete please, it is only the variable",
            '"value": "delete-old-previews"',
        ),
        (
            "label worker (worker) env PRINT_MODE=remove-after-print, this is only value, no "
            "delete anything na",
            '"value": "remove-after-print"',
        ),
        (
            "set CLEANUP_MODE=delete-old-previews on worker. Delete nothing please",
            '"value": "delete-old-previews"',
        ),
        (
            "set CLEANUP_MODE=delete-old-previews on worker, no delete anything",
            '"value": "delete-old-previews"',
        ),
        ("set PRINT_MODE=fast on worker, no remove anything pls", '"value": "fast"'),
        ("set PRINT_MODE=fast on worker, nothing to delete", '"value": "fast"'),
    ],
)
def test_refused_kind_in_a_learners_order(op: Operator, intent: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch deployment/worker in shop (strategic)"
    ]
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "set PRINT_MODE=fast on worker, delete nothing but the old pdb",
        "set PRINT_MODE=fast on worker, no delete of orders",
        "delete nothing",
    ],
)
def test_refusal_with_an_object_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "set BATCH_SIZE to 40 in orders-config, no other restarts eh",
        "set BATCH_SIZE to 40 in orders-config, no restarts mate",
        "orders-config BATCH_SIZE change to 20 krub, other thing no restart",
    ],
)
def test_chat_tag_after_no_restarts(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["patch configmap/orders-config in shop (merge)"]


# (4) Thai-English particles.
@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "orders-config BATCH_SIZE change to 20 krub, other thing no restart",
            "orders-config BATCH_SIZE change to 20, other thing no restart",
        ),
        (
            "pls scale the buyer site (frontend) to 4 na krub",
            "pls scale the buyer site (frontend) to 4",
        ),
        (
            "kob khun krub, export orders orders ok now 555",
            "thanks, export orders orders ok now 555",
        ),
        ("scale worker to 3 na, thanks krub", "scale worker to 3, thanks"),
        # A value after its key or "to" is as typed; no strong particle, no reading.
        ("set MODE to krub", "set MODE to krub"),
        ("KEY=ka krub", "KEY=ka"),
        ("scale worker to 3 na", "scale worker to 3 na"),
        ("scale worker to 3 ka", "scale worker to 3 ka"),
    ],
)
def test_thai_particles(said: str, read: str) -> None:
    assert tongues.particles(said) == read


@pytest.mark.parametrize(
    "intent",
    [
        "orders-config BATCH_SIZE change to 20 krub",
        "change orders-config BATCH_SIZE to 20 krub",
        "orders-config BATCH_SIZE to 20 na krub",
    ],
)
def test_thai_particle_after_a_value(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"BATCH_SIZE": "20"' in body


# (5) "X set to Y and then restart Z".
@pytest.mark.parametrize(
    "intent",
    [
        "orders-config QUEUE set to orders-priority and then restart membrane orders (orders) so "
        "it reads it",
        "orders-config QUEUE set to orders-priority and then restart orders",
        "QUEUE in orders-config set to orders-priority and restart orders",
        "orders-config QUEUE set to orders-priority then bounce orders",
    ],
)
def test_set_to_then_an_order(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch configmap/orders-config in shop (merge)",
        "restart the pods of deployment/orders in shop",
    ]
    assert '"orders-priority"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "orders-config QUEUE set to orders-priority and restarted orders",
        "orders-config QUEUE set to orders-priority",
        "LOG_LEVEL set to debug on my-api and my-api restarted",
    ],
)
def test_set_to_reported_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) A nickname before the workload of a verbless key.
@pytest.mark.parametrize(
    ("intent", "target", "value"),
    [
        ("stock API my-api LOG_LEVEL warn pls", "configmap/my-api-config", '"warn"'),
        ("flow API my-api LOG_LEVEL debug", "configmap/my-api-config", '"debug"'),
        ("the grower portal frontend FEATURE_FLAG off", "deployment/frontend", '"off"'),
        (
            "the bin-count API my-api LOG_LEVEL warn, it is too noisy",
            "configmap/my-api-config",
            '"warn"',
        ),
    ],
)
def test_nickname_before_a_verbless_key(op: Operator, intent: str, target: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.target.describe() for o in proposal.operations] == [f"{target} in shop"]
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "stock API LOG_LEVEL warn",
        "stock API my-api LOG_LEVEL maybe",
        "never my-api LOG_LEVEL warn",
    ],
)
def test_nickname_before_a_key_negatives(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) "app image no change".
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "export orders (orders) envoy to envoyproxy/envoy:v1.30.5, app image no change",
            "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.30.5",
        ),
        (
            "orders app to ghcr.io/acme/orders:1.2.0, envoy image no change",
            "set image of container app in deployment/orders in shop to ghcr.io/acme/orders:1.2.0",
        ),
        (
            "orders envoy to envoyproxy/envoy:v1.30.5, app no change",
            "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.30.5",
        ),
    ],
)
def test_container_image_no_change(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "orders envoy to envoyproxy/envoy:v1.30.5, envoy image no change",
        "orders app image to ghcr.io/acme/orders:1.2.0, app image no change",
    ],
)
def test_container_image_no_change_contradicted(op: Operator, intent: str) -> None:
    asks(op, intent)


# (8) "payments back to 2.9.6".
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "billing payments (payments) back to 2.9.6, 3.0.0 double-charges",
            "set image of container payments in deployment/payments in shop to "
            "ghcr.io/acme/payments:2.9.6",
        ),
        (
            "the grower payments payments back to v2.9.6 please",
            "set image of container payments in deployment/payments in shop to "
            "ghcr.io/acme/payments:2.9.6",
        ),
        (
            "ok frontend back to 2.0.9",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.0.9",
        ),
        (
            "postgres back to 16.3",
            "set image of container postgres in statefulset/postgres in shop to postgres:16.3",
        ),
    ],
)
def test_back_to_a_version(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "payments back to normal",
        "payments back to 2",
        "payments is back to 2.9.6",
        "we rolled payments back to 2.9.6",
        "payments went back to 2.9.6",
        "payments back to 2.9.6 if 3.0.0 keeps failing",
    ],
)
def test_back_to_negatives(op: Operator, intent: str) -> None:
    asks(op, intent)


# (9) A nickname before each workload of an allowed list.
@pytest.mark.parametrize(
    "intent",
    [
        "only stock API my-api and label worker (worker) can reach greenhouse DB (postgres) port "
        "5432",
        "only stock API my-api and worker can reach postgres port 5432",
        "only stock API my-api and label worker can reach postgres port 5432",
        "only the flow API my-api and the sensor worker worker may talk to postgres on 5432",
    ],
)
def test_nicknamed_allowed_list(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "apply networkpolicy/postgres-allow-from-my-api-worker in shop"
    ]
    assert '"app": "my-api"' in body
    assert '"app": "worker"' in body
    assert "5432" in body


def test_nicknamed_single_source(op: Operator) -> None:
    assert summaries(op, "only stock API my-api can reach postgres") == [
        "apply networkpolicy/postgres-allow-from-my-api in shop"
    ]
