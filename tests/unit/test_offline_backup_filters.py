"""Backups said the ways people say them: Velero resource filters, retentions in words, a
one-off backup before a change, pasted velero and ``kubectl create pdb`` commands."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import kindfilter, schedules
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.service import Operator
from tests.memory import asks, plans


def _spec(op: Operator, intent: str) -> tuple[str, dict[str, object]]:
    proposal, _ = plans(op, intent)
    (operation,) = proposal.operations
    manifest = operation.model_dump(mode="json")["manifest"]
    spec = manifest["spec"]
    return manifest["kind"], spec.get("template", spec)


@pytest.mark.parametrize(
    ("intent", "included", "excluded"),
    [
        ("velero every night at 3, everything except the secrets", [], ["secrets"]),
        (
            "back up only the deployments and services with velero, weekly on friday at 22:00",
            ["deployments.apps", "services"],
            [],
        ),
        ("nightly velero schedule, skip configmaps and secrets", [], ["configmaps", "secrets"]),
        ("velero: back up the secrets only, every 12 hours", ["secrets"], []),
        (
            "velero backup of the namespace daily at 5am without pvcs",
            [],
            ["persistentvolumeclaims"],
        ),
        ("do not back up the secrets, velero nightly at 1", [], ["secrets"]),
        (
            "velero schedule create nightly --schedule='0 1 * * *' --exclude-resources secrets",
            [],
            ["secrets"],
        ),
    ],
)
def test_kinds_said_are_velero_resource_filters(
    shop: Operator, intent: str, included: list[str], excluded: list[str]
) -> None:
    _, template = _spec(shop, intent)
    assert template.get("includedResources", []) == included
    assert template.get("excludedResources", []) == excluded


def test_volumes_left_out_are_not_snapshotted_either(shop: Operator) -> None:
    _, template = _spec(shop, "velero backup of the namespace daily at 5am without pvcs")
    assert template["snapshotVolumes"] is False
    _, template = _spec(shop, "hourly velero backups of payments, no volume snapshots")
    assert template["snapshotVolumes"] is False
    assert "excludedResources" not in template


def test_a_filter_keeps_the_workload_named(shop: Operator) -> None:
    _, template = _spec(
        shop, "back up the redis statefulset daily at 5am with velero, leave its pvcs out"
    )
    assert template["labelSelector"] == {"matchLabels": {"app": "cache-store"}}
    assert template["excludedResources"] == ["persistentvolumeclaims"]


@pytest.mark.parametrize(
    "intent",
    [
        "velero backup nightly, leave the certificates out",
        "back up the namespace with velero every night except orders",
        "back up only the widgets of this namespace with velero nightly",
    ],
)
def test_an_unknown_kind_or_a_workload_left_out_is_asked_by_name(
    shop: Operator, intent: str
) -> None:
    question = asks(shop, intent).question or ""
    # (round 41: the workload left out of the whole namespace is asked as one left out of a set)
    assert "resource" in question or "left out" in question
    assert any(w in question for w in ("certificates", "orders", "widgets"))


def test_a_kind_with_its_api_group_is_taken_as_said() -> None:
    said = kindfilter.read("velero backup, exclude certificates.cert-manager.io and secrets")
    assert said.excluded == ("certificates.cert-manager.io", "secrets")


def test_the_same_kind_taken_and_left_out_is_asked() -> None:
    with pytest.raises(Clarify):
        kindfilter.read("back up just the secrets with velero, but leave secrets out")


def test_a_workload_or_a_label_after_only_is_no_filter() -> None:
    for text in (
        "back up postgres with velero every six hours, only the postgres objects",
        "back up only the redis statefulset daily",
        "velero daily at 02:15, only resources with app=payments, ttl 72h",
    ):
        assert not kindfilter.read(text)


@pytest.mark.parametrize(
    ("said", "ttl"),
    [
        ("retain them for a week", "168h0m0s"),
        ("backups expire after a month", "720h0m0s"),
        ("kept 48 hours", "48h0m0s"),
        ("with a two week ttl", "336h0m0s"),
        ("hold them for a month", "720h0m0s"),
        ("keep them a day", "24h0m0s"),
    ],
)
def test_retention_in_words(said: str, ttl: str) -> None:
    assert schedules.ttl(said) == ttl


def test_a_retention_after_a_schedule_is_planned(shop: Operator) -> None:
    kind, template = _spec(shop, "daily velero backup at 4am, backups expire after a month")
    assert (kind, template["ttl"]) == ("Schedule", "720h0m0s")


@pytest.mark.parametrize(
    ("intent", "ttl"),
    [
        ("quick velero snapshot of the whole namespace right now please, keep 3 days", "72h0m0s"),
        ("ahead of the postgres migration, grab a velero backup of the namespace", "720h0m0s"),
        ("before the payments upgrade take a velero backup", "720h0m0s"),
        ("one-time velero backup of the namespace, ttl 24h", "24h0m0s"),
        ("velero backup of postgres now, retain for two weeks", "336h0m0s"),
    ],
)
def test_a_backup_now_or_before_a_change_is_one_backup(
    shop: Operator, intent: str, ttl: str
) -> None:
    kind, spec = _spec(shop, intent)
    assert (kind, spec["ttl"]) == ("Backup", ttl)


def test_the_change_a_backup_comes_before_is_not_its_scope(shop: Operator) -> None:
    _, spec = _spec(shop, "take a velero backup before I touch the payments config")
    assert "labelSelector" not in spec  # the whole namespace, payments included


def test_a_schedule_said_beside_before_a_change_is_asked(shop: Operator) -> None:
    asks(shop, "nightly velero backups before the migration")


def test_from_now_on_is_a_schedule(shop: Operator) -> None:
    kind, _ = _spec(shop, "from now on back up the namespace with velero at 3am, kept two weeks")
    assert kind == "Schedule"


def test_a_pasted_velero_backup_create_is_one_backup_by_its_name(shop: Operator) -> None:
    proposal, body = plans(
        shop, "velero backup create pre-release --exclude-resources secrets --ttl 48h0m0s"
    )
    (op,) = proposal.operations
    assert (op.target.kind, op.target.name) == ("Backup", "pre-release")
    assert '"excludedResources": ["secrets"]' in body
    assert "48h0m0s" in body


@pytest.mark.parametrize(
    "intent",
    [
        "velero backup create before-migration --include-resources configmaps,secrets --wait",
        "velero backup create pre-upgrade --include-namespaces prod",
        "velero restore create --from-backup nightly",
        "restore the namespace from last night's velero backup",
    ],
)
def test_what_a_velero_command_does_not_plan_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "name", "budget"),
    [
        (
            "kubectl create pdb my-api-budget --selector=app=my-api --min-available=50%",
            "my-api-budget",
            {"minAvailable": "50%"},
        ),
        (
            "kubectl create pdb frontend-pdb --selector app=frontend --max-unavailable 1",
            "frontend-pdb",
            {"maxUnavailable": 1},
        ),
        (
            "kubectl -n shop create poddisruptionbudget pay-budget --selector=app=payments "
            "--min-available=2",
            "pay-budget",
            {"minAvailable": 2},
        ),
    ],
)
def test_kubectl_create_pdb_is_a_budget_with_its_name_and_selector(
    shop: Operator, intent: str, name: str, budget: dict[str, object]
) -> None:
    proposal, _ = plans(shop, intent)
    (op,) = proposal.operations
    manifest = op.model_dump(mode="json")["manifest"]
    assert manifest["metadata"]["name"] == name
    for key, value in budget.items():
        assert manifest["spec"][key] == value
    assert json.dumps(manifest["spec"]["selector"]).count("app") == 1


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl create pdb x --selector=tier=backend --min-available=1",
        "kubectl create pdb p --selector=app=payments --min-available=2 --max-unavailable=1",
        "kubectl create pdb p --selector=app=payments --min-available=2 --dry-run=client",
        "kubectl create poddisruptionbudget orders-pdb --selector=app=orders --max-unavailable=1",
        "kubectl create secret generic api-key --from-literal=KEY=abc",
    ],
)
def test_what_kubectl_create_cannot_plan_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
