"""Round 19, helper aliases: a workload named with what people put around its name
(:mod:`dotop_nb.planner.offline.aliases`, :mod:`.followers`, :mod:`.asides`, the prohibitions of
the plan). A role in parentheses after the name ("my-api (pricing api)", "payments (fraud
checks)") is a gloss, even when it says what the workload itself runs; "the redis statefulset
(cache)" is that workload, and a request naming it so is never read as the antecedent a
prohibition names; "the postgres data" in a backup is postgres; "it only reads from postgres" is a
remark, never a second target; a prohibition that picks one of two same-named workloads by what
it runs ("don't touch the cache proxy") spares the other. What stays asked: a gloss of a place
("(staging)"), one naming another workload, one that picks neither or both same-named
workloads, the data of a workload outside a backup, and a prohibition naming the very object
the plan changes (by name or by what it runs)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _targets(op: Operator, intent: str) -> tuple[set[str], str]:
    proposal, body = plans(op, intent)
    return {f"{o.target.kind}/{o.target.name}" for o in proposal.operations}, body


# ------------------------------------------------------------------ a gloss after the name


@pytest.mark.parametrize(
    ("intent", "target", "inside"),
    [
        ("scale my-api (the quote API) to 5", "Deployment/my-api", '"replicas": 5'),
        ("scale my-api (pricing api) to 5", "Deployment/my-api", '"replicas": 5'),
        (
            "set the cpu request of my-api (our public api) to 300m",
            "Deployment/my-api",
            '"cpu": "300m"',
        ),
        ("restart payments (card processing), pods are wedged", "Deployment/payments", ""),
        (
            "give payments (fraud checks) a PDB with minAvailable 1",
            "PodDisruptionBudget/payments",
            '"minAvailable": 1',
        ),
        ("frontend (customer site) down to 2 replicas", "Deployment/frontend", '"replicas": 2'),
    ],
)
def test_a_gloss_after_the_name_is_the_workload(
    shop: Operator, intent: str, target: str, inside: str
) -> None:
    targets, body = _targets(shop, intent)
    assert targets == {target}
    assert inside in body


@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api [quote API] to 4",
        "give my-api aka the quote API 2 more replicas",
        "give my-api a.k.a. quote api 2 more replicas",
    ],
)
def test_a_gloss_in_brackets_or_after_aka_is_the_workload(shop: Operator, intent: str) -> None:
    targets, body = _targets(shop, intent)
    assert targets == {"Deployment/my-api"}
    assert '"replicas": 4' in body


@pytest.mark.parametrize(
    "intent",
    ["restart my-api aka staging", "scale payments aka my-api to 3", "scale my-api [staging] to 4"],
)
def test_a_gloss_in_brackets_or_after_aka_of_another_thing_stays_asked(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)


def test_a_gloss_is_the_workload_to_the_plans_checks_too(shop: Operator) -> None:
    # The NetworkPolicy's own check reads the words again: the gloss is no party of it.
    targets, _ = _targets(shop, "only frontend may reach my-api (quote api)")
    assert targets == {"NetworkPolicy/my-api-allow-from-frontend"}


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("restart cache (redis)", "StatefulSet"),
        ("restart cache (market-data redis)", "StatefulSet"),
        ("restart cache (proxy)", "Deployment"),
    ],
)
def test_a_gloss_picks_one_of_same_named_workloads_by_what_it_runs(
    shop: Operator, intent: str, kind: str
) -> None:
    targets, _ = _targets(shop, intent)
    assert targets == {f"{kind}/cache"}


@pytest.mark.parametrize(
    "intent",
    [
        "restart my-api (staging)",  # a place: another copy
        "scale payments (my-api) to 3",  # another workload
        "restart cache (market data)",  # picks neither cache
        "restart cache (redis proxy)",  # picks both
        "restart payments (health checks)",  # words of the planner's own
    ],
)
def test_a_gloss_that_is_no_plain_description_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# ------------------------------------------------------ what it runs, with its kind


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("restart the redis statefulset (cache), it's holding stale keys", "StatefulSet/cache"),
        ("scale the proxy deployment (cache) to 2", "Deployment/cache"),
        ("restart the market-data redis statefulset (cache)", "StatefulSet/cache"),
    ],
)
def test_the_kind_before_a_name_in_parentheses_is_its_kind(
    shop: Operator, intent: str, target: str
) -> None:
    targets, _ = _targets(shop, intent)
    assert targets == {target}


def test_a_kind_said_with_what_another_workload_runs_stays_asked(shop: Operator) -> None:
    asks(shop, "restart the redis deployment (cache)")  # the cache Deployment runs the proxy


# ------------------------------------------------------------ the other object kept


@pytest.mark.parametrize(
    "intent",
    [
        "set a memory request of 1Gi on the redis statefulset, leave the cache proxy alone",
        "the redis statefulset needs a 256Mi memory request; do not touch the cache proxy",
        "give the cache statefulset 300m cpu request, don't change the cache proxy",
    ],
)
def test_a_prohibition_naming_the_other_same_named_workload_spares_it(
    shop: Operator, intent: str
) -> None:
    targets, _ = _targets(shop, intent)
    assert targets == {"StatefulSet/cache"}


def test_a_delete_beside_the_other_workload_retained(shop: Operator) -> None:
    targets, _ = _targets(shop, "delete the redis statefulset (cache); the proxy deployment stays")
    assert targets == {"StatefulSet/cache"}


@pytest.mark.parametrize(
    "intent",
    [
        "set a memory request of 1Gi on the redis statefulset, don't touch the redis",
        "set a memory request of 1Gi on the cache statefulset, don't touch redis",
        "delete the redis statefulset (cache); keep the redis statefulset",
        "restart cache, leave the cache proxy alone",
    ],
)
def test_a_prohibition_naming_the_changed_object_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# ------------------------------------------------------------ what a workload keeps


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("back up the postgres data every 6 hours", "Schedule"),
        ("snapshot the postgres data nightly at 01:00", "Schedule"),
        ("back up the postgres volume every 12 hours", "Schedule"),
        ("take a backup of the postgres storage", "Backup"),
    ],
)
def test_the_data_of_a_workload_in_a_backup_is_the_workload(
    shop: Operator, intent: str, kind: str
) -> None:
    targets, body = _targets(shop, intent)
    assert {t.split("/")[0] for t in targets} == {kind}
    assert "postgres" in body


@pytest.mark.parametrize(
    "intent",
    [
        "delete the postgres data",
        "restart the postgres data",
        "back up the postgres data then delete the postgres data",
    ],
)
def test_the_data_of_a_workload_outside_a_backup_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# ------------------------------------------------------- another workload in a remark


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("worker: run as non-root, it only reads from postgres", "patch"),
        ("restart worker, it mostly reads from postgres", "rollout_restart"),
        ("drop all capabilities on worker, it only writes to postgres", "patch"),
    ],
)
def test_a_remark_naming_another_workload_is_context(
    shop: Operator, intent: str, kind: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [(kind, "worker")]


def test_a_remark_the_corpus_keeps_asked_stays_asked(shop: Operator) -> None:
    asks(shop, "restart my-api, it talks to postgres")
