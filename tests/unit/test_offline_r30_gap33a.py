"""Round 30, helper gap33a: blind33's misses in autoscale, clarify, backup, config and delete, by
the way of saying each is a sample of.

Autoscale: an autoscaler said to be there ("the existing HorizontalPodAutoscaler of …", "Amend /
alter / revise the HPA …", "maxReplicas 15 on the frontend hpa") is never created where there
is none (asked); a KEDA ScaledObject's "minReplicaCount 1, maxReplicaCount 6" are its bounds.
Clarify: someone else's word of what a workload needs to be ("Priya says checkout needs to be
more resilient") is a relayed wish, asked. Backup: "the ns: …" is this namespace; a word of
place after "namespace" is no name ("the namespace prior to …"), and "back up namespace X"
names X; a deadline right after "now" is met now whatever day its event is on; a restore said
with a nickname ("restore recipes db (postgres) from …") keeps its verb, and a dump said as the
source is a restore. Config: a shell comment after a command in kubectl's words ends its value;
"my-api log level debug plz, …" is LOG_LEVEL=debug. Delete: a pasted kubectl command whose
comment says why is run; a name said again inside its own description; the same object
restated in brackets ("the service of payments (svc payments)"); "X must not be modified"
keeps X. The nearest phrasings that must stay questions (or stay planned) are asked beside
each."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries

pytestmark = pytest.mark.timeout(300)


# ------------------------------------------------------------------------------- autoscale
@pytest.mark.parametrize(
    "intent",
    [
        "CR-4112: Amend the existing HorizontalPodAutoscaler of the booking website (frontend) to "
        "maxReplicas 15.",
        # phrasings of our own
        "Amend the HorizontalPodAutoscaler of frontend to maxReplicas 15.",
        "set maxReplicas 15 on the frontend hpa",
        "alter the payments autoscaler: max 12",
        "the existing hpa of worker should go to max 8",
        "Revise the existing PodDisruptionBudget of checkout to minAvailable 1.",
    ],
)
def test_an_object_said_to_exist_is_never_created_when_there_is_none(
    op: Operator, intent: str
) -> None:
    assert "there is no" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "add an hpa to frontend with maxReplicas 15",
        "create a HorizontalPodAutoscaler for frontend, maxReplicas 15, minReplicas 3",
        "set maxReplicas 15 on a new hpa for frontend",
    ],
)
def test_a_new_autoscaler_said_so_is_still_made(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["apply horizontalpodautoscaler/frontend in shop"]


@pytest.mark.parametrize(
    ("intent", "low", "high"),
    [
        (
            "CR-4111: Introduce a KEDA ScaledObject for the telematics worker (worker): "
            "minReplicaCount 1, maxReplicaCount 6, CPU at 70%.",
            1,
            6,
        ),
        # phrasings of our own
        (
            "add a KEDA ScaledObject for worker: minReplicaCount 2, maxReplicaCount 6, CPU at 70%.",
            2,
            6,
        ),
        ("keda scaledobject for payments, maxReplicaCount 8, minReplicaCount 2, cpu 60%", 2, 8),
        ("scaledobject for orders with minreplica count 2 and maxreplica count 5 on cpu 75%", 2, 5),
    ],
)
def test_keda_bounds_said_by_their_field_names(
    op: Operator, intent: str, low: int, high: int
) -> None:
    _, body = plans(op, intent)
    assert f'"minReplicaCount": {low}' in body, body
    assert f'"maxReplicaCount": {high}' in body, body


def test_keda_min_zero_by_its_field_name_is_still_asked(op: Operator) -> None:
    asks(op, "autoscale worker with keda, minReplicaCount 0, maxReplicaCount 4, cpu 70%")


# --------------------------------------------------------------------------------- clarify
@pytest.mark.parametrize(
    "intent",
    [
        "Priya says the treatment-plan checkout (checkout) needs to be more resilient before "
        "the ISO audit.",
        # phrasings of our own
        "Priya says checkout needs to be more resilient.",
        "my lead thinks payments should be highly available",
        "bob said the frontend has to be more robust before black friday",
        "my colleague Dmitry says worker should be scaled to 3",
    ],
)
def test_someone_elses_word_of_what_a_workload_needs_to_be_is_asked(
    op: Operator, intent: str
) -> None:
    assert "someone else" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "checkout needs to be more resilient",
        "Priya says checkout needs to be more resilient, please make it so",
        "the lab says checkout needs to be more resilient",
        "Our PCI auditor says card donations (payments) must not run as root",
        "Priya says checkout needs a pdb",
    ],
)
def test_a_need_of_ones_own_an_order_beside_it_or_a_setting_still_plans(
    op: Operator, intent: str
) -> None:
    assert summaries(op, intent)


# ---------------------------------------------------------------------------------- backup
@pytest.mark.parametrize(
    ("intent", "cron", "ttl"),
    [
        (
            "velero schedule for the ns: nightly 02:00 in engineering hours, ttl 14d",
            "0 2 * * *",
            "336h",
        ),
        # phrasings of our own
        ("velero schedule for this ns: every night at 01:00, ttl 30d", "0 1 * * *", "720h"),
    ],
)
def test_the_ns_before_a_colon_is_this_namespace(
    op: Operator, intent: str, cron: str, ttl: str
) -> None:
    _, body = plans(op, intent)
    assert cron in body, body
    assert ttl in body, body


@pytest.mark.parametrize(
    "intent",
    [
        "velero schedule for ns: billing, nightly 02:00",
        "back up namespace billing before the upgrade",
        "take a velero backup of namespace prod prior to the upgrade",
    ],
)
def test_another_namespace_named_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "CR-4121: Take a one-off Velero Backup of the namespace prior to the fleet database "
        "(postgres) upgrade, retained for 90 days.",
        # phrasings of our own
        "velero backup of the namespace ahead of the upgrade, keep 7 days",
        "back up namespace shop",
    ],
)
def test_a_word_of_place_after_namespace_is_no_name(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["apply backup/namespace-shop-once in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "pg_dump of sts/postgres (timetable db) now, before the sunday timetable import",
        # phrasings of our own
        "pg_dump of postgres now, before the sunday import",
        "back up postgres right away, before the monday migration",
        "velero backup of the namespace asap, ahead of the friday cutover",
    ],
)
def test_a_deadline_right_after_now_is_met_now(op: Operator, intent: str) -> None:
    planned = summaries(op, intent)
    assert any("backup" in s for s in planned), planned


@pytest.mark.parametrize(
    "intent",
    [
        "pg_dump of postgres before the sunday timetable import",
        "back up postgres now, before the 02:00 run",
        "back up postgres now, before the sunday import and then every night at 02:00",
    ],
)
def test_a_deadline_without_now_or_with_more_in_it_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restore recipes db (postgres) from last night's dump",
        # phrasings of our own
        "recover recipes db (postgres) from the dump",
        "rebuild postgres from last night's dump",
        "restore ratings database (postgres) from last sunday backup",
    ],
)
def test_a_restore_said_with_a_nickname_or_from_a_dump_is_asked(op: Operator, intent: str) -> None:
    assert "restor" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "snapshot recipes db (postgres)",
        "back up recipes db (postgres) now",
        "pg_dump of postgres now",
    ],
)
def test_a_backup_said_with_a_nickname_still_plans(op: Operator, intent: str) -> None:
    assert summaries(op, intent)


# ---------------------------------------------------------------------------------- config
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "cm my-api-config LOG_LEVEL=debug  # departures api (my-api), ghost trams on line 4",
            '"LOG_LEVEL": "debug"',
        ),
        # phrasings of our own
        ("cm my-api-config LOG_LEVEL=debug # ghost trams", '"LOG_LEVEL": "debug"'),
        ("configmap orders-config BATCH_SIZE=25 # season peak", '"BATCH_SIZE": "25"'),
    ],
)
def test_a_shell_comment_after_a_kubectl_worded_command_ends_the_value(
    op: Operator, intent: str, wanted: str
) -> None:
    _, body = plans(op, intent)
    assert wanted in body, body


def test_a_hash_in_plain_words_is_still_asked(op: Operator) -> None:
    asks(op, "set MOTD=hello # world on my-api")


@pytest.mark.parametrize(
    "intent",
    [
        "menu api (my-api) log level debug plz, prices showing wrong on the site",
        # phrasings of our own
        "my-api log level debug plz",
        "my-api log level debug",
        "payments log level warn pls, too noisy",
    ],
)
def test_a_log_level_said_in_words_after_the_workload(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert "LOG_LEVEL" in body, body
    assert '"debug"' in body or '"warn"' in body, body


@pytest.mark.parametrize(
    "intent",
    [
        "my-api log level debug plz, or warn",
        "my-api log level",
        "my-api log level debug plz, restart frontend",
    ],
)
def test_a_log_level_with_an_alternative_no_value_or_another_order_is_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


# ---------------------------------------------------------------------------------- delete
@pytest.mark.parametrize(
    "intent",
    [
        "k delete pdb orders  # season-ticket orders, blocks every drain in engineering hours",
        # phrasings of our own
        "k delete pdb orders  # blocks every drain",
        "kubectl delete pdb orders # it blocks node drains",
        "k delete pdb orders  # too strict, blocks upgrades",
    ],
)
def test_a_pasted_delete_with_a_comment_of_why(op: Operator, intent: str) -> None:
    assert deletes(op, intent) == {"PodDisruptionBudget/orders"}


@pytest.mark.parametrize(
    "intent",
    [
        "k delete pdb orders  # blocks drains and delete orders-config",
        "k delete pdb orders # only if it blocks the drain",
    ],
)
def test_a_comment_with_a_change_or_a_condition_is_still_read(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("delete deploy/cache (stop-display cache proxy), keep sts/cache", {"Deployment/cache"}),
        ("delete deploy/cache (stop-display cache proxy)", {"Deployment/cache"}),
        (
            "Delete please the service of premium payments (svc payments), deployment must stay.",
            {"Service/payments"},
        ),
        ("delete the payments service (svc/payments), keep the deployment", {"Service/payments"}),
        ("remove deploy/orders (one-way rental orders)", {"Deployment/orders"}),
        (
            "CR-4151: Remove the Deployment orders (one-way rental orders) together with "
            "orders-config and its PodDisruptionBudget.",
            {"Deployment/orders", "ConfigMap/orders-config", "PodDisruptionBudget/orders"},
        ),
        (
            "delete the orders pdb, orders-config must not be deleted",
            {"PodDisruptionBudget/orders"},
        ),
    ],
)
def test_a_name_said_again_in_its_description_is_one_object(
    op: Operator, intent: str, wanted: set[str]
) -> None:
    assert deletes(op, intent) == wanted


@pytest.mark.parametrize(
    "intent",
    [
        "restart cache (lobby cache)",
        "delete the payments service (svc my-api)",
        "delete the service of payments (svc frontend)",
        "delete orders (old orders)",
    ],
)
def test_a_description_that_names_another_or_nothing_more_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "deploy/worker (vehicle-position worker) is a single pod, node dies = trams vanish from "
        "the map. run 3",
        "deploy/worker is a single pod, run 3",
    ],
)
def test_kubectls_deploy_slash_is_a_kind_never_a_verb_of_a_subset(
    op: Operator, intent: str
) -> None:
    assert summaries(op, intent) == ["scale deployment/worker in shop to 3 replicas"]


def test_a_deploy_to_a_single_pod_is_still_asked(op: Operator) -> None:
    asks(op, "deploy 1.5.0 to a single pod of my-api")


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "CR-4150: Decommission the Deployment cache (vehicle-photo cache proxy); the "
            "StatefulSet cache is out of scope and must not be modified.",
            {"Deployment/cache"},
        ),
        # phrasings of our own
        (
            "delete the Deployment cache, the StatefulSet cache must not be touched",
            {"Deployment/cache"},
        ),
        (
            "delete deploy/cache, the statefulset cache is out of scope and must not be touched",
            {"Deployment/cache"},
        ),
        (
            "delete the StatefulSet cache, the Deployment cache must not be touched",
            {"StatefulSet/cache"},
        ),
    ],
)
def test_a_workload_said_kind_first_is_spared_by_a_passive_prohibition(
    op: Operator, intent: str, wanted: set[str]
) -> None:
    assert deletes(op, intent) == wanted


@pytest.mark.parametrize(
    "intent",
    [
        "delete the Deployment cache, the Deployment cache must not be touched",
        "delete the Deployment cache; the Deployment cache is out of scope and must not be "
        "modified",
        "restart orders; orders is out of scope and must not be restarted",
    ],
)
def test_a_prohibition_of_the_planned_object_itself_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)
