"""Titles, commit one-liners and GitOps field paths (helper fields, issue 11 round 9).

A title prefix ``[name]`` / ``type(name):`` names the target; an arrow ``A -> B`` between two
values of one kind is from A to B (B is the value, A never a second one); a field path names
its field by its last segment, an index ``[0]`` consumed; a quoted cron schedule's numbers are
the schedule's; ``{"data":{…}}`` is a ConfigMap's keys. Other indexes, arrows between values of
different kinds and unknown names stay questions. Our own phrasings, over the in-memory shop.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import fields
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


def _scaled(shop: Operator, intent: str) -> set[tuple[str, int]]:
    proposal, _ = plans(shop, intent)
    assert all(o.kind == "scale" for o in proposal.operations)
    return {(o.target.name, o.replicas) for o in proposal.operations}


@pytest.mark.parametrize(
    ("intent", "scaled"),
    [
        ("[orders] replicas 2 -> 6", ("orders", 6)),
        ("chore(frontend): replicas: 3 -> 4", ("frontend", 4)),
        ("worker: replicas 1 => 3", ("worker", 3)),
        ("set .spec.replicas=4 on deployment/orders", ("orders", 4)),
        ("frontend spec.replicas 2", ("frontend", 2)),
        ("[checkout] .spec.replicas: 5", ("checkout", 5)),
    ],
)
def test_titles_arrows_and_paths_scale_to_the_new_value(
    shop: Operator, intent: str, scaled: tuple[str, int]
) -> None:
    assert _scaled(shop, intent) == {scaled}


@pytest.mark.parametrize(
    ("intent", "target", "inside"),
    [
        ("payments: memory limit 256Mi -> 512Mi", "payments", ['"limits"', '"memory": "512Mi"']),
        ("ops(frontend): cpu req 100m -> 400m", "frontend", ['"requests"', '"cpu": "400m"']),
        ("fix(checkout): LOG_LEVEL info -> debug", "checkout", ['"LOG_LEVEL"', '"debug"']),
        # Round 19: keys my-api and payments load from their own ConfigMaps change there.
        ("[my-api] LOG_LEVEL: warn", "my-api-config", ['"LOG_LEVEL"', '"warn"']),
        ("[payments] PROVIDER: stripe -> mollie", "payments-config", ['"PROVIDER"', '"mollie"']),
        ("feat(worker): ENABLE_RETRIES on", "worker", ['"ENABLE_RETRIES"', '"on"']),
    ],
)
def test_titles_and_arrows_patch_the_new_value(
    shop: Operator, intent: str, target: str, inside: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} == {target}
    for value in inside:
        assert value in body
    # The value before the arrow is context, never a second value.
    for before in ('"256Mi"', '"100m"', '"info"'):
        assert before not in body


@pytest.mark.parametrize(
    ("intent", "target", "inside"),
    [
        (
            "frontend: spec.template.spec.containers[0].resources.limits.cpu 500m",
            "frontend",
            ['"limits": {"cpu": "500m"}'],
        ),
        (
            "payments: .spec.template.spec.containers[0].readinessProbe.failureThreshold=5",
            "payments",
            ['"readinessProbe"', '"failureThreshold": 5'],
        ),
        (
            "add env TIMEOUT_MS=3000 under .spec.template.spec.containers[0].env of payments",
            "payments",
            ['"TIMEOUT_MS"', '"3000"'],
        ),
        (
            "my-api: spec.template.spec.containers[0].resources.requests.memory: 192Mi",
            "my-api",
            ['"requests": {"memory": "192Mi"}'],
        ),
    ],
)
def test_a_container_field_path_names_the_field(
    shop: Operator, intent: str, target: str, inside: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} == {target}
    for value in inside:
        assert value in body


def test_a_container_picked_by_name_is_left_to_the_container_readers(shop: Operator) -> None:
    proposal, body = plans(
        shop, "set .spec.template.spec.containers[envoy].resources.limits.memory=192Mi for orders"
    )
    assert [o.target.ref for o in proposal.operations] == ["deployment/orders"]
    assert '"name": "envoy"' in body
    assert '"memory": "192Mi"' in body
    assert '"name": "app"' not in body


def test_a_version_arrow_from_the_running_version_updates(shop: Operator) -> None:
    proposal, _ = plans(shop, "[my-api] image 1.4.0 -> 1.5.0")
    assert [(o.kind, o.image) for o in proposal.operations] == [
        ("set_image", "ghcr.io/acme/my-api:1.5.0")
    ]
    # From a version that does not run: asked.
    asks(shop, "[my-api] image 1.4.1 -> 1.5.0")


def test_a_field_path_with_index_zero_names_the_autoscalers_fields(shop: Operator) -> None:
    proposal, body = plans(
        shop,
        "HPA for orders: spec.minReplicas 3, spec.maxReplicas 9, "
        "metrics[0].resource.target.averageUtilization 70",
    )
    assert [o.target.kind for o in proposal.operations] == ["HorizontalPodAutoscaler"]
    for value in ('"minReplicas": 3', '"maxReplicas": 9', '"averageUtilization": 70'):
        assert value in body


def test_a_field_pair_replaced_by_another_keeps_only_the_new_one(shop: Operator) -> None:
    proposal, body = plans(shop, "orders pdb: spec.minAvailable 1 -> spec.maxUnavailable 2")
    assert [o.target.ref for o in proposal.operations] == ["poddisruptionbudget/orders"]
    assert '"maxUnavailable": 2' in body
    assert '"minAvailable": 1' not in body


@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("back up the shop namespace with velero, schedule '15 4 * * 0', ttl 168h", "15 4 * * 0"),
        (
            'velero Schedule nightly-shop: spec.schedule "30 2 * * *", template.ttl 72h',
            "30 2 * * *",
        ),
    ],
)
def test_a_quoted_cron_schedule_is_the_schedule(shop: Operator, intent: str, cron: str) -> None:
    _, body = plans(shop, intent)
    assert json.dumps(cron) in body


def test_configmap_data_said_as_json_sets_its_keys(shop: Operator) -> None:
    proposal, body = plans(shop, 'patch cm orders-config: {"data":{"BATCH_SIZE":"100"}}')
    assert [o.target.ref for o in proposal.operations] == ["configmap/orders-config"]
    assert '"BATCH_SIZE": "100"' in body


def test_prune_title_deletes_the_budget_named_by_kind_and_name(shop: Operator) -> None:
    proposal, _ = plans(shop, "prune: pdb/orders")
    assert [(o.kind, o.target.ref) for o in proposal.operations] == [
        ("delete", "poddisruptionbudget/orders")
    ]


@pytest.mark.parametrize(
    "intent",
    [
        # An unknown name in the title.
        "[nonexistent] scale to 3",
        # The value before the arrow is not the live one (orders runs 2, worker has no memory
        # limit, payments requests 100m cpu).
        "[orders] replicas 3 -> 6",
        "worker: memory limit 512Mi -> 1Gi",
        "payments: cpu req 200m -> 300m",
        # Two arrows: which value?
        "payments: replicas 2 -> 5 -> 8",
        # Values of different kinds on the two sides.
        "payments: cpu 100m -> 2Gi",
        "perf(worker): cpu limit 500m -> 1",
        "frontend: 2 -> five",
        # A list element or a container picked by a path.
        "metrics[1].resource.target.averageUtilization 50 on the checkout hpa",
        # The first container of a workload with two is no choice; nor one picked by name.
        "orders: spec.template.spec.containers[0].resources.limits.cpu 1",
        "add env TIMEOUT_MS=3000 under .spec.template.spec.containers[envoy].env of orders",
        # JSON with more than data.
        'patch cm my-api-config: {"data":{"LOG_LEVEL":"warn"},"immutable":true}',
        # A key without a value; a value without a key.
        "feat(payments): PROVIDER",
        "[payments] stripe -> adyen",
        # "prune" said of a bare name is no kind/name reference.
        "prune: orders",
        "payments -> orders",
        "payments: replicas 2 -> orders 5",
        # The version before the arrow is not the one running (my-api runs 1.4.0).
        "v1.4.0 -> v1.5.0 for my-api",
    ],
)
def test_near_misses_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def _none() -> frozenset[str]:
    return frozenset()


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("frontend -> ghcr.io/acme/frontend:2.1.1", "frontend -> ghcr.io/acme/frontend:2.1.1"),
        ("my-api 1.4.1 -> 1.5.0", "my-api from 1.4.1 to 1.5.0"),
        ("log level -> debug", "log level -> debug"),
        ("FEATURE_X: off -> on", "FEATURE_X from off to on"),
        ("PROVIDER: stripe -> adyen", "PROVIDER: from stripe to adyen"),
        ("the PROVIDER setting", "the PROVIDER setting"),
        ("scale it to 3 -> then restart", "scale it to 3 -> then restart"),
        (".spec.replicas=3", "replicas=3"),
        ("podMetricsEndpoints[0].port=http", "port=http"),
        ("resources.limits.cpu 500m", "limits cpu 500m"),
        (
            "spec.template.spec.containers[0].livenessProbe.periodSeconds: 20",
            "liveness probe periodSeconds: 20",
        ),
        ("add X_Y=1 under .spec.template.spec.containers[0].env", "add X_Y=1"),
        ("see http://prometheus.monitoring:9090 now", "see http://prometheus.monitoring:9090 now"),
        ("LOGLEVEL debug", "LOGLEVEL debug"),
    ],
)
def test_the_text_rules(said: str, read: str) -> None:
    assert fields.read(said, _none, _none) == read
