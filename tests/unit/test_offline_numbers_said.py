"""Numbers, shares and durations said in words, read in their role or asked about (issue 11,
fourth blind set): a revision that does not exist, a count as a key's value, a budget relaxed
or removed as "the budget", a share of pods, an interval in words, the StatefulSet named by its
image for Velero, and a dump job's own image. Other words and objects than the blind cases."""

from __future__ import annotations

from typing import Any

import pytest

from dotop_nb.models import Proposal
from dotop_nb.planner.offline import monitors, schedules, slots, workloads
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.service import Operator
from tests.memory import asks, question_for

pytestmark = pytest.mark.timeout(30)


def _ops(op: Operator, intent: str) -> list[Any]:
    p: Proposal = op.analyze(intent, namespace="shop")
    assert p.status == "proposed", p.question
    return list(p.operations)


@pytest.mark.parametrize(
    ("said", "revision", "steps"),
    [
        ("roll back to revision nine", 9, None),
        ("back to rev 4", 4, None),
        ("the rollout is undone to revision one", 1, None),
        ("go back to the second revision", 2, None),
        ("two releases back", None, 2),
        ("back three revisions", None, 3),
        ("a release back", None, 1),
        ("roll back, 500 errors since 10 minutes", None, None),
    ],
)
def test_revision_numbers_and_counts_are_read_in_digits_or_words(
    said: str, revision: int | None, steps: int | None
) -> None:
    assert workloads.revision_said(said) == (revision, steps)


@pytest.mark.parametrize("said", ["roll back to nine", "revision 2.5", "back to revision 3 of 4"])
def test_a_number_a_rollback_cannot_place_is_asked(said: str) -> None:
    with pytest.raises(Clarify):
        workloads.revision_said(said)


def test_a_revision_that_does_not_exist_is_asked_never_the_previous_one(op: Operator) -> None:
    assert "no revision 11" in question_for(op, "please take checkout back to revision eleven")


def test_a_revision_said_in_words_is_rolled_back_to(op: Operator) -> None:
    (undo,) = _ops(op, "the checkout rollout has to be undone to revision one")
    assert undo.to_revision == 1


@pytest.mark.parametrize(
    ("intent", "patch"),
    [
        ("orders-config: BATCH_SIZE must be forty", {"data": {"BATCH_SIZE": "40"}}),
        ("set BATCH_SIZE in orders-config to twelve", {"data": {"BATCH_SIZE": "12"}}),
    ],
)
def test_a_count_in_words_for_a_numeric_key_is_the_number(
    op: Operator, intent: str, patch: dict[str, Any]
) -> None:
    (change,) = _ops(op, intent)
    assert change.patch == patch


def test_a_key_with_a_count_after_it_is_set_to_the_number(op: Operator) -> None:
    (change,) = _ops(op, "worker wants TIMEOUT_SECONDS ninety, it gives up too early")
    assert '"TIMEOUT_SECONDS"' in str(change.patch).replace("'", '"')
    assert "'90'" in str(change.patch)


def test_a_count_in_words_for_a_word_valued_key_is_asked(op: Operator) -> None:
    assert "the number 2 or the word 'two'" in question_for(
        op, "frontend: FEATURE_FLAG must be two"
    )


def test_relaxing_the_budget_patches_the_pdb_never_scales(op: Operator) -> None:
    (change,) = _ops(
        op, "node maintenance hangs since the orders budget keeps both pods, relax it please"
    )
    assert change.target.kind == "PodDisruptionBudget"
    assert change.patch == {"spec": {"maxUnavailable": 1, "minAvailable": None}}


def test_pods_that_may_be_evicted_are_max_unavailable(op: Operator) -> None:
    (change,) = _ops(op, "for payments, one pod may be evicted at a time during node drains")
    assert change.manifest["spec"]["maxUnavailable"] == 1


def test_the_budget_removed_as_it_deletes_the_pdb_only(op: Operator) -> None:
    (change,) = _ops(op, "the disruption budget of orders stalls our upgrades, so delete it")
    assert change.summary().startswith("delete poddisruptionbudget/orders")


def test_a_clause_with_another_action_before_remove_it_is_not_rewritten(op: Operator) -> None:
    asks(op, "the budget of orders, scale it to 3, then remove it")


@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        ("at least half of the frontend pods must stay available in drains", "minAvailable", "50%"),
        ("three quarters of the payments pods have to stay up", "minAvailable", "75%"),
        ("a quarter of the frontend replicas can be down at once", "maxUnavailable", "25%"),
    ],
)
def test_a_share_of_pods_is_a_percent(op: Operator, intent: str, key: str, value: str) -> None:
    (change,) = _ops(op, intent)
    assert change.manifest["spec"][key] == value


@pytest.mark.parametrize(
    "intent",
    [
        "a third of the frontend pods must stay available during drains",
        "most of the payments pods have to stay up during voluntary disruptions",
    ],
)
def test_a_share_without_an_exact_percent_is_asked(op: Operator, intent: str) -> None:
    assert "exact count or percent" in question_for(op, intent)


@pytest.mark.parametrize(
    ("said", "interval"),
    [
        ("scrape it every ten seconds", "10s"),
        ("every fifteen seconds", "15s"),
        ("every half minute", "30s"),
        ("twice a minute", "30s"),
        ("once a minute", "1m"),
        ("interval of two minutes", "2m"),
        ("a 45s interval", "45s"),
        ("every 90 seconds", "90s"),
    ],
)
def test_scrape_intervals_in_words(said: str, interval: str) -> None:
    assert monitors.interval(said) == interval


@pytest.mark.parametrize("said", ["every 10", "interval 20", "every 0 seconds", "7 times a minute"])
def test_an_interval_without_unit_or_whole_amount_is_asked(said: str) -> None:
    with pytest.raises(Clarify):
        monitors.interval(said)


def test_probe_periods_read_numbers_beyond_twelve() -> None:
    assert slots.seconds("probe it every twenty seconds") == 20


@pytest.mark.parametrize(
    ("said", "cron"),
    [
        ("every twenty minutes", "*/20 * * * *"),
        ("every half hour", "*/30 * * * *"),
        ("every six hours", "0 */6 * * *"),
    ],
)
def test_schedules_read_frequencies_in_words(said: str, cron: str) -> None:
    assert schedules.cron(said) == cron


def test_a_statefulset_named_by_its_image_is_backed_up_by_its_own_labels(op: Operator) -> None:
    (schedule,) = _ops(op, "velero has to back up the redis sts every twelve hours")
    template = schedule.manifest["spec"]["template"]
    assert template["labelSelector"] == {"matchLabels": {"app": "cache-store"}}


def test_a_kind_said_that_matches_no_workload_is_asked_never_the_namespace(op: Operator) -> None:
    assert "Which StatefulSet" in question_for(
        op, "velero backup of the kafka statefulset every night"
    )


def test_a_dump_jobs_image_is_the_jobs_never_an_update_of_the_database(op: Operator) -> None:
    ops = _ops(op, "pg_dump of postgres every night at 3, with image postgres:17.0")
    assert [o.target.kind for o in ops] == ["PersistentVolumeClaim", "CronJob"]
    job = ops[1].manifest["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    assert job["containers"][0]["image"] == "postgres:17.0"


@pytest.mark.parametrize(
    ("said", "budget"),
    [
        ("minAvailable seventeen", {"minAvailable": 17}),
        ("at least sixteen pods up", {"minAvailable": 16}),
        ("maxUnavailable twenty", {"maxUnavailable": 20}),
        ("at most thirty percent of the pods down", {"maxUnavailable": "30%"}),
        ("minAvailable twenty-five percent", {"minAvailable": "25%"}),
    ],
)
def test_budget_amounts_are_whole_words_never_a_prefix(said: str, budget: dict[str, Any]) -> None:
    from dotop_nb.planner.offline import budgets  # noqa: PLC0415 - one test's module

    assert budgets.said(said.lower()) == budget


def test_a_budget_field_without_a_readable_amount_is_asked(op: Operator) -> None:
    assert "not its amount" in question_for(op, "give frontend a pdb, minAvailable at least")


@pytest.mark.parametrize(
    ("said", "cron"),
    [
        ("nightly at seventeen", "0 17 * * *"),
        ("every day at twenty-two", "0 22 * * *"),
        ("weekly on monday at fourteen", "0 14 * * 1"),
    ],
)
def test_hours_in_words_are_read_whole(said: str, cron: str) -> None:
    assert schedules.cron(said) == cron


def test_an_hour_in_words_past_the_day_is_asked_never_the_default() -> None:
    with pytest.raises(Clarify):
        schedules.cron("daily at twenty-six")


@pytest.mark.parametrize(
    ("said", "ttl"),
    [("retention ninety days", "2160h0m0s"), ("keep them for twenty-one days", "504h0m0s")],
)
def test_retention_in_words_beyond_twelve(said: str, ttl: str) -> None:
    assert schedules.ttl(said) == ttl
