"""Round 28, helper gap31: blind31's misses, by the way of saying each is a sample of.

The shapes: (1) someone else's wish relayed by a role or a relative clause ("head of draws
wants …", "the agency that built the site wants …"), the workload after its nickname's words:
asked; (2) capitals said to BE a workload ("product API is my-api, … make it x3"): a nickname,
never a key whose value "it" sets; (3) a field typed in camelCase after a workload's name
("worker runAsUser 10001"): the sentence going on, never part of another object's name (names
are lower case); (4) a sentence's full stop closing an image or a range ("… back to
redis:6.2.", "autoscale frontend 3-12."; a ticket's title is read as a sentence); (5) a factor
said alone of a workload running one replica ("worker x4"): four either way; (6) a word made
with "half" ("half-term") is no halving. The nearest phrasings keep what they did."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (1) Someone else's wish, said by a role or a relative clause: asked, saying to type the order.
@pytest.mark.parametrize(
    "intent",
    [
        "head of draws wants the play site frontend at 10 pods for saturday",
        "The agency that built the site wants the zoo website frontend on 2.3.0",
        # phrasings of our own
        "the head of product wants frontend at 5 replicas",
        "the people who run the zoo want the zoo website frontend scaled to 6",
        "the team that owns payments wants the PG payments payments restarted",
        "the vendor of the shop wants the cart checkout checkout on 1.2.0",
    ],
)
def test_a_wish_of_someone_said_by_role_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "order" in question, question


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("the zoo website frontend needs 8 pods", "deployment/frontend in shop to 8 replicas"),
        ("head of draws wants a pdb on frontend", "poddisruptionbudget/frontend"),
        ("my lead wants a liveness probe on my-api", "patch deployment/my-api"),
        ("the vendor of the site wants frontend on 2.3.0 please", "frontend:2.3.0"),
        ("the play site frontend at 10 pods", "deployment/frontend in shop to 10 replicas"),
    ],
)
def test_a_wish_of_a_thing_or_a_workloads_need_still_plans(
    op: Operator, intent: str, wanted: str
) -> None:
    assert any(wanted in s for s in summaries(op, intent))


# (2) Capitals said to be the workload: its nickname, never a key set by "it".
def test_a_nickname_in_capitals_is_no_key(op: Operator) -> None:
    proposal, body = plans(op, "product API is my-api, now pod number is 2. Please make it x3.")
    assert [o.kind for o in proposal.operations] == ["scale"]
    assert proposal.operations[0].replicas == 6  # type: ignore[union-attr]
    assert '"API"' not in body


@pytest.mark.parametrize(
    "intent",
    [
        "product API is my-api, make it 4",
        "the DB = postgres, make it 2",
    ],
)
def test_a_nickname_in_capitals_then_a_bare_value_never_sets_an_env(
    op: Operator, intent: str
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    body = str([o.model_dump(mode="json") for o in proposal.operations])
    assert "'env'" not in body, body


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("LOG_LEVEL is info, make it debug", '"LOG_LEVEL": "debug"'),
        ("BATCH_SIZE in orders-config is 10 now, make it 25", '"BATCH_SIZE": "25"'),
        ("REGION in shared-config is eu, set it to kr", '"REGION": "kr"'),
        (
            "PROVIDER=stripe is wrong for the cash side, set it to wire in payments-config",
            '"PROVIDER": "wire"',
        ),
    ],
)
def test_a_key_then_it_still_sets_the_key(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body, body


# (3) A field typed in camelCase after the workload's name: the sentence going on.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("GEN-2212: transcription worker (worker) runAsUser 10001", '"runAsUser": 10001'),
        ("GEN-2160: records API (my-api) podAntiAffinity on hostname", "podAntiAffinity"),
        # phrasings of our own
        ("worker runAsUser 2000", '"runAsUser": 2000'),
        ("worker readOnlyRootFilesystem true", '"readOnlyRootFilesystem": true'),
        ("payments allowPrivilegeEscalation false", '"allowPrivilegeEscalation": false'),
        ("my-api podAntiAffinity", "podAntiAffinity"),
    ],
)
def test_a_camel_case_field_after_the_name_plans(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body, body


def test_a_lower_case_word_after_the_name_is_still_asked(op: Operator) -> None:
    question = asks(op, "restart worker runasuser").question or ""
    assert "runasuser" in question


# (4) A sentence's full stop after an image or a range (a ticket's title is read as one).
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "GEN-2201: search-hits redis (StatefulSet cache) back to redis:6.2",
            "statefulset/cache in shop to redis:6.2",
        ),
        (
            "GEN-2222: records database (postgres) -> postgres:16.6",
            "statefulset/postgres in shop to postgres:16.6",
        ),
        # phrasings of our own
        ("cache statefulset back to redis:6.2.", "statefulset/cache in shop to redis:6.2"),
        ("postgres to postgres:16.5.", "statefulset/postgres in shop to postgres:16.5"),
        ("OPS-12: member DB (postgres) to postgres:16.6", "to postgres:16.6"),
    ],
)
def test_an_image_closing_a_sentence_plans(op: Operator, intent: str, wanted: str) -> None:
    assert any(wanted in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    ("intent", "low", "high"),
    [
        ("GEN-2111: autoscale search site (frontend) 3-12", 3, 12),
        ("autoscale frontend 2-8.", 2, 8),
        ("OPS-7: autoscale payments 2-6", 2, 6),
    ],
)
def test_a_range_closing_a_sentence_plans(op: Operator, intent: str, low: int, high: int) -> None:
    _, body = plans(op, intent)
    assert f'"minReplicas": {low}' in body, body
    assert f'"maxReplicas": {high}' in body, body


# (5) A factor said alone: four either way of a workload running one replica; else asked.
@pytest.mark.parametrize("intent", ["GEN-2103: transcription worker (worker) x4", "worker x4"])
def test_a_factor_of_one_replica_plans(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["scale"]
    assert proposal.operations[0].replicas == 4  # type: ignore[union-attr]


@pytest.mark.parametrize("intent", ["payments x4", "checkout x2", "frontend 3x"])
def test_a_factor_of_more_replicas_is_still_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "times that many" in question


# (6) A word made with "half" is no halving; a halving still is one.
@pytest.mark.parametrize(
    "intent",
    [
        "Half-term starts tomorrow! Can we have the zoo website (frontend) at 8 pods please",
        "it's half term, frontend to 8 please",
        "half-time show soon, scale frontend to 8",
    ],
)
def test_a_word_made_with_half_is_no_halving(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.operations[0].replicas == 8  # type: ignore[union-attr]


def test_a_halving_still_halves_or_asks(op: Operator) -> None:
    proposal, _ = plans(op, "halve checkout")
    assert proposal.operations[0].replicas == 1  # type: ignore[union-attr]
    assert "not a whole number" in (asks(op, "halve frontend").question or "")


# (7) A thing asked for with "please" after the workload ("payments autoscaling please, 2 to 6
# pod"): a request, never a statement set aside.
@pytest.mark.parametrize(
    ("intent", "low", "high"),
    [
        ("PG payments (payments) autoscaling please, 2 to 6 pod", 2, 6),
        ("payments autoscaling please, 2-6 pod", 2, 6),
        ("frontend autoscaling pls, 3 to 9 pods", 3, 9),
    ],
)
def test_a_thing_asked_for_with_please_is_a_request(
    op: Operator, intent: str, low: int, high: int
) -> None:
    _, body = plans(op, intent)
    assert f'"minReplicas": {low}' in body, body
    assert f'"maxReplicas": {high}' in body, body


# (8) A key, then its verb: "REGION change to kr please", "QUEUE name change to preorders".
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "shared-config REGION change to kr please. (mall site and product API both use)",
            '"REGION": "kr"',
        ),
        (
            "pre-order service orders: QUEUE name change to preorders in orders-config",
            '"QUEUE": "preorders"',
        ),
        # phrasings of our own
        ("REGION in shared-config change to us", '"REGION": "us"'),
        ("my-api LOG_LEVEL change to debug please", '"LOG_LEVEL": "debug"'),
    ],
)
def test_a_key_then_change_to_sets_it(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body, body


# (9) A nickname before the workload on both sides of "only … can connect to …".
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        (
            "Only mall site frontend can connect to product API my-api. Please make network "
            "policy.",
            "my-api-allow-from-frontend",
        ),
        ("only our shop frontend may reach payments", "payments-allow-from-frontend"),
    ],
)
def test_only_a_nicknamed_source_may_connect(op: Operator, intent: str, name: str) -> None:
    assert any(name in s for s in summaries(op, intent))


# (10) A floor of pods said with a nickname before the workload: a budget.
@pytest.mark.parametrize(
    "intent",
    [
        "Please make sure at least 2 zoo website frontend pods are always up",
        "make sure at least 2 shop frontend pods are always up",
    ],
)
def test_a_floor_of_nicknamed_pods_is_a_budget(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"minAvailable": 2' in body or '"maxUnavailable": 1' in body, body


# (11) A rollback said as taking the workload back to a version, or returning to the old one.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("take the growers' portal frontend back to 2.0.9", "ghcr.io/acme/frontend:2.0.9"),
        ("roll the e-ticket mailer worker back to 0.8.3", "ghcr.io/acme/worker:0.8.3"),
        (
            "Cart checkout (checkout) new version has bug. Please return to old version.",
            "deployment/checkout in shop back to revision 1",
        ),
        # phrasings of our own
        ("take frontend back to 2.0.8", "ghcr.io/acme/frontend:2.0.8"),
        ("bring the mailer worker back to 0.8.2", "ghcr.io/acme/worker:0.8.2"),
        ("return checkout to the old version", "deployment/checkout in shop back to revision 1"),
    ],
)
def test_a_rollback_in_other_words_plans(op: Operator, intent: str, wanted: str) -> None:
    assert any(wanted in s for s in summaries(op, intent))


def test_a_return_with_nothing_to_return_to_is_still_asked(op: Operator) -> None:
    assert "only revision 1" in (asks(op, "please return my-api to the old version").question or "")


# (12) A kubectl command quoted as inline code: the command, read as pasted.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "`kubectl rollout undo deploy/checkout` # play checkout, LOT-320",
            "deployment/checkout in shop back to revision 1",
        ),
        ("`kubectl rollout restart deploy/payments`", "restart the pods of deployment/payments"),
    ],
)
def test_a_command_as_inline_code_plans(op: Operator, intent: str, wanted: str) -> None:
    assert any(wanted in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent",
    [
        "`kubectl delete deploy/worker $(whoami)`",
        "`kubectl scale deploy/worker --replicas=3`; rm -rf /",
        "run `kubectl rollout restart deploy/payments`",
    ],
)
def test_shell_around_or_inside_the_code_is_still_asked(op: Operator, intent: str) -> None:
    assert "shell syntax" in (asks(op, intent).question or "")


# (13) "X not touch": a prohibition in note form, word order of the object first.
def test_an_object_not_touch_is_a_prohibition(op: Operator) -> None:
    assert summaries(op, "restart payments. checkout not touch") == [
        "restart the pods of deployment/payments in shop"
    ]
    question = asks(op, "update the cache proxy to 1.0.1. cache proxy not touch.").question or ""
    assert "not touch" in question


# (14) A word that joins ends a nickname before a name in parentheses.
def test_a_condition_before_a_nicknamed_workload_stays(op: Operator) -> None:
    _, body = plans(
        op, "Please make alert when PG payments (payments) pod restart more than 3 times in 10m"
    )
    assert "PrometheusRule" in body, body
    assert "[10m]" in body, body
    assert "> 3" in body, body


# (15) What a delete keeps, said with a nickname, the object first, in brackets or between
# commas: kept; the delete plans alone.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        (
            "Please delete Service my-api only. Product API deployment my-api must stay.",
            "delete service/my-api in shop",
        ),
        (
            "remove the price-board cache proxy (the cache deployment). the bin-level redis, "
            "statefulset cache, stays",
            "delete deployment/cache in shop",
        ),
        (
            "Can you delete the adopt-an-animal orders PDB (PodDisruptionBudget orders)? Leave "
            "the orders deployment alone.",
            "delete poddisruptionbudget/orders in shop",
        ),
        # phrasings of our own
        (
            "delete orders deployment. orders-config keep please.",
            "delete deployment/orders in shop",
        ),
        ("delete worker. checkout keep", "delete deployment/worker in shop"),
        (
            "remove the cache deployment, the redis one (statefulset cache) must stay",
            "delete deployment/cache in shop",
        ),
        (
            "remove the cache deployment, the bin-level redis, statefulset cache, stays",
            "delete deployment/cache in shop",
        ),
        (
            "delete the my-api svc (Service my-api), keep the deployment",
            "delete service/my-api in shop",
        ),
    ],
)
def test_a_delete_keeps_what_is_said_to_stay(op: Operator, intent: str, gone: str) -> None:
    assert summaries(op, intent) == [gone]


@pytest.mark.parametrize(
    "intent",
    [
        "delete payments, the ledger app, deployment payments, stays",
        "delete payments, deployment payments stays",
    ],
)
def test_a_delete_of_what_is_said_to_stay_is_asked(op: Operator, intent: str) -> None:
    assert "stays" in (asks(op, intent).question or "")
