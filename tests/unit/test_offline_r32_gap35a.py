"""Round 32, helper gap35a: blind35's misses in config and update, by the way of saying each is
a sample of (all over-asks; no unsafe outcome in these categories).

"Please may I update …?" / "please can I roll … back?" is the polite British request (alone,
"May I restart frontend?" stays a poll); "could the postgres be updated to postgres:16.6 …?" (a
verb of change in the passive with a release or count) asks for it; the Indonesian "change
PROVIDER become midtrans" is "… to midtrans"; a bracket after a value that names its workload
("40 (spare-parts orders)"), or after a value in kubectl's words ("deploy/frontend env X=v
(dispatch console)"), ends the value; "my-api-config LOG_LEVEL debug pls, my-api acting weird"
is the terse order and a remark; a passive prohibition of a workload described by what it runs
("the queue-times redis shouldn't change", "the locker redis no need change") spares it; a
verb's word after an article is a noun of a nickname ("the webcam snapshot proxy (…)"); a role
noun inside a nickname ("member app web (frontend)", "frontend (club app site)") is no container
of another workload; a workload said as the topic of a removal ("frontend please remove env X")
is no second change; "drop-and-purge" is one hyphenated value, not two clauses. The nearest
phrasings that must stay questions are beside each."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, plans_awaiting, summaries

pytestmark = pytest.mark.timeout(300)


# ------------------------------------------------------------------ "please may I" (update, config)
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Please may I update the annual pass payments (payments) to version 3.0.5?",
            "ghcr.io/acme/payments:3.0.5",
        ),
        # phrasings of our own
        ("please may I update payments to 3.0.5?", "ghcr.io/acme/payments:3.0.5"),
        ("Hello, please may I restart the worker?", "restart the pods of deployment/worker"),
        ("please can I scale frontend to 5?", "scale deployment/frontend in shop to 5"),
        (
            "Please may I roll the worker back to ghcr.io/acme/worker:0.8.9?",
            "ghcr.io/acme/worker:0.8.9",
        ),
        (
            "Hello, please may I ask you to scale the visitor website (frontend) to 5 replicas?",
            "scale deployment/frontend in shop to 5",
        ),
        (
            "Please may I add an environment variable FEEDING_TIME=14:00 to the tank-sensor "
            "worker (worker)?",
            "patch deployment/worker",
        ),
    ],
)
def test_please_before_may_i_is_the_polite_request(op: Operator, intent: str, summary: str) -> None:
    assert any(summary in s for s in summaries(op, intent))


def test_please_may_i_sets_the_value_said(op: Operator) -> None:
    _, body = plans(
        op,
        "Please may I add an environment variable FEEDING_TIME=14:00 to the worker (worker)?",
    )
    assert '"FEEDING_TIME"' in body, body
    assert '"14:00"' in body, body


@pytest.mark.parametrize(
    "intent",
    [
        "May I restart frontend?",
        "may I scale frontend to 5?",
        "hey, can I scale frontend to 5?",
        "please may I know if frontend has 5 replicas?",
        "please can I check whether worker restarted?",
        "please may I ask you to check if frontend is up?",
    ],
)
def test_may_i_without_please_or_asking_state_stays_a_question(op: Operator, intent: str) -> None:
    asks(op, intent)


# -------------------------------------------------- a verb of change in the passive (update)
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "Hello! Could the species database (postgres) be updated to postgres:16.6 after we "
            "close at 17:30?",
            "postgres:16.6",
            "17:30",
        ),
        # phrasings of our own
        ("Could postgres be updated to postgres:16.6?", "postgres:16.6", None),
        ("could the frontend be scaled to 4?", "scale deployment/frontend in shop to 4", None),
        (
            "could the worker be rolled back to ghcr.io/acme/worker:0.8.9?",
            "ghcr.io/acme/worker:0.8.9",
            None,
        ),
        (
            "could payments be bumped to 3.0.5 once the settlement run completes at 04:00?",
            "ghcr.io/acme/payments:3.0.5",
            "04:00",
        ),
    ],
)
def test_a_passive_change_with_its_value_asked_by_a_modal_is_the_request(
    op: Operator, intent: str, summary: str, awaits: str | None
) -> None:
    plans_awaiting(op, intent, summary, awaits)


@pytest.mark.parametrize(
    "intent",
    [
        "could the frontend be updated?",
        "could the frontend be scaled to 4 if that is safe?",
        "can frontend be updated to 2.2.3 safely?",
        "was postgres updated to postgres:16.6?",
    ],
)
def test_a_passive_change_asked_whether_stays_a_question(op: Operator, intent: str) -> None:
    asks(op, intent)


# ------------------------------------------------------------- "become" (Indonesian, config)
@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        (
            "In payments-config please change PROVIDER become midtrans, for membership payment "
            "(payments)",
            "PROVIDER",
            '"midtrans"',
        ),
        # phrasings of our own
        ("Please change LOG_LEVEL of my-api become debug", "LOG_LEVEL", '"debug"'),
        ("please set BATCH_SIZE in orders-config become 40", "BATCH_SIZE", '"40"'),
        ("update QUEUE in orders-config become orders-v2", "QUEUE", '"orders-v2"'),
    ],
)
def test_become_after_a_verb_of_change_is_to(
    op: Operator, intent: str, key: str, value: str
) -> None:
    _, body = plans(op, intent)
    assert key in body, body
    assert value in body, body


def test_become_scales_and_resizes_too(op: Operator) -> None:
    assert summaries(op, "please change frontend become 5 pod") == [
        "scale deployment/frontend in shop to 5 replicas"
    ]
    _, body = plans(
        op, "Please increase memory limit of member app web (frontend) from 256Mi become 512Mi"
    )
    assert "512Mi" in body, body


# ---------------------------------------------------------- a bracket after a value (config)
@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        (
            "deploy/frontend env FEATURE_FLAG=pit-3-map (dispatch console)",
            "FEATURE_FLAG",
            '"pit-3-map"',
        ),
        (
            "orders-config BATCH_SIZE 10 -> 40 (spare-parts orders), dont touch pdb",
            "BATCH_SIZE",
            '"40"',
        ),
        # phrasings of our own
        ("cm orders-config BATCH_SIZE=40 (kit orders)", "BATCH_SIZE", '"40"'),
        ("set BATCH_SIZE in orders-config to 40 (for the orders app)", "BATCH_SIZE", '"40"'),
        ("deploy/worker env GPS_MODE=fast (truck telemetry)", "GPS_MODE", '"fast"'),
    ],
)
def test_a_bracket_naming_the_workload_or_after_a_kubectl_value_ends_it(
    op: Operator, intent: str, key: str, value: str
) -> None:
    _, body = plans(op, intent)
    assert key in body, body
    assert value in body, body


@pytest.mark.parametrize(
    "intent",
    [
        "set MOTD=hello (world) on frontend",
        "set FEATURE_FLAG=beta (new one) on frontend",
        "orders-config BATCH_SIZE -> 40 (hello world)",
        "set FEATURE_FLAG=pit-3-map (dispatch console) on frontend",
    ],
)
def test_a_bracket_of_other_words_after_a_value_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# ----------------------------------------- a terse KEY value, then a remark (config)
@pytest.mark.parametrize(
    "intent",
    [
        "my-api-config LOG_LEVEL debug pls, fixtures api (my-api) acting weird",
        # phrasings of our own
        "my-api-config LOG_LEVEL debug pls, my-api acting weird",
        "payments-config PROVIDER adyen pls, payments failing since noon",
    ],
)
def test_a_terse_setting_then_a_remark_naming_its_workload(op: Operator, intent: str) -> None:
    planned = summaries(op, intent)
    assert len(planned) == 1, planned
    assert planned[0].startswith("patch configmap/"), planned


def test_a_terse_setting_then_another_key_stays_asked(op: Operator) -> None:
    asks(op, "my-api-config LOG_LEVEL debug pls, my-api FEATURE_X on")


# ------------------------------------- a passive prohibition of what another runs (update)
@pytest.mark.parametrize(
    ("intent", "image"),
    [
        (
            "Trainer photo proxy (cache deployment) please use image "
            "ghcr.io/acme/cache-proxy:1.3.0, the locker redis no need change",
            "ghcr.io/acme/cache-proxy:1.3.0",
        ),
        (
            "Could you please update the webcam snapshot proxy (the cache Deployment) to "
            "ghcr.io/acme/cache-proxy:1.2.4? The queue-times redis shouldn't change.",
            "ghcr.io/acme/cache-proxy:1.2.4",
        ),
        # phrasings of our own
        (
            "update the cache deployment to ghcr.io/acme/cache-proxy:1.2.4. The redis shouldn't "
            "change.",
            "ghcr.io/acme/cache-proxy:1.2.4",
        ),
        (
            "update the cache deployment to ghcr.io/acme/cache-proxy:1.2.4, the locker redis must "
            "not change",
            "ghcr.io/acme/cache-proxy:1.2.4",
        ),
        (
            "please update the snapshot proxy (cache deployment) to ghcr.io/acme/cache-proxy:1.2.4",
            "ghcr.io/acme/cache-proxy:1.2.4",
        ),
        (
            "update the backup proxy (cache deployment) to ghcr.io/acme/cache-proxy:1.2.4",
            "ghcr.io/acme/cache-proxy:1.2.4",
        ),
    ],
)
def test_the_redis_spared_beside_the_proxy_image(op: Operator, intent: str, image: str) -> None:
    assert summaries(op, intent) == [
        f"set image of container proxy in deployment/cache in shop to {image}"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        # the prohibition names what the plan changes
        "update the cache statefulset to redis:7.4.2, the locker redis no need change",
        "restart the cache statefulset, the redis shouldn't change",
        "restart orders, the main app must not change",
        # a role said that runs nothing here
        "update the cache deployment to ghcr.io/acme/cache-proxy:1.3.0, the main container "
        "shouldn't change",
    ],
)
def test_a_prohibition_of_what_the_plan_changes_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_verb_at_its_clause_start_is_still_the_verb(op: Operator) -> None:
    assert summaries(op, "snapshot the species db (postgres)") == [
        "apply backup/postgres-shop-once in shop"
    ]


# ---------------------------------------------- a role noun inside a nickname (update, config)
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Please update member app web (frontend) to version 2.2.3",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.3",
        ),
        ("set FEATURE_FLAG=away-kits on frontend (club app site)", "patch deployment/frontend"),
        # phrasings of our own
        ("restart the member app web (frontend)", "restart the pods of deployment/frontend"),
        ("scale frontend (club app site) to 4", "scale deployment/frontend in shop to 4"),
        ("restart the app database (postgres)", "restart the pods of statefulset/postgres"),
    ],
)
def test_a_role_noun_in_a_nickname_is_no_other_container(
    op: Operator, intent: str, summary: str
) -> None:
    assert any(summary in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent",
    [
        "restart frontend (orders app)",
        "restart payments (frontend app)",
        "restart the frontend app web (payments)",
        "delete the service of payments (svc frontend)",
    ],
)
def test_another_workloads_name_in_a_nickname_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# ------------------------------------------------- a removal from a topic workload (config)
@pytest.mark.parametrize(
    "intent",
    [
        "Member app web (frontend) please remove env FEATURE_FLAG, the beta already finish",
        # phrasings of our own
        "frontend please remove env FEATURE_FLAG",
        "frontend: remove env FEATURE_FLAG",
        "frontend, please remove env FEATURE_FLAG",
    ],
)
def test_a_removal_said_of_a_topic_workload(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert "FEATURE_FLAG" in body, body
    assert summaries(op, intent) == ["patch deployment/frontend in shop (strategic)"]


@pytest.mark.parametrize(
    "intent",
    ["frontend please delete", "frontend please remove env FEATURE_FLAG and delete worker"],
)
def test_a_delete_after_a_topic_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# ------------------------------------------------------ a hyphenated value (config)
@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        (
            "WEC-2218: Set the environment variable CURTAILMENT_MODE to drop-and-purge on the "
            "met-mast import worker (worker). No object is to be deleted.",
            "CURTAILMENT_MODE",
            '"drop-and-purge"',
        ),
        # phrasings of our own
        ("set CURTAILMENT_MODE=drop-and-purge on worker", "CURTAILMENT_MODE", '"drop-and-purge"'),
        ("set env MODE to keep-and-purge on the worker", "MODE", '"keep-and-purge"'),
        ("set env MODE to stop-then-drop on the worker", "MODE", '"stop-then-drop"'),
    ],
)
def test_and_inside_a_hyphenated_value_is_no_clause(
    op: Operator, intent: str, key: str, value: str
) -> None:
    _, body = plans(op, intent)
    assert key in body, body
    assert value in body, body
    assert summaries(op, intent) == ["patch deployment/worker in shop (strategic)"]


@pytest.mark.parametrize(
    "intent",
    [
        "set env MODE to keep and purge on the worker",
        "set CURTAILMENT_MODE=drop and purge on worker",
    ],
)
def test_and_between_words_of_a_value_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
