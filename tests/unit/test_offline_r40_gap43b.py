"""Round 40, helper gap43b: blind40-43's config, delete, security, resources and namespace
leftovers, as shapes.

- A clause that is only a key and its value beside a restart ("LOG_LEVEL debug for my-api and
  restart my-api after") is a config change of its own: planned with the restart, or asked —
  never dropped (main restarted alone).
- A word the writer calls the reader by, after a comma, ends a value ("… to razorpay, machan
  don't touch …"); an unknown word there is still asked.
- The double negative of speech, "dont restart nothing", is "don't restart anything" (its
  "dont" was left alone on main); Scots "anythin'" is read whole.
- "in big sacks": a word before a plural noun names no namespace; "velero backup of full
  namespace" is the session's whole namespace.
- A ConfigMap change beside "don't touch the X Deployment", X its only reader, through env:
  planned (neither the object nor a running pod changes); a shared ConfigMap is still asked.
- A delete's closing list of what stays, kinds and names mixed ("its Service and
  payments-config stay", "orders-config and the PDB stay"): read as kept, the one delete
  planned; a list keeping what goes is asked.
- A slip of a cue's word said as a stem and endings ("capabilites") is read as the word.
- "from now", "going forward": a present-tense setting said as an order.
- "limits cpu 1 memory 1Gi": a bare count after "cpu" is cores.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import deletions, guard
from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

_LOG = "patch configmap/my-api-config in shop (merge)"
_RESTART_API = "restart the pods of deployment/my-api in shop"


# (1) A key and its value beside a restart: a config change of its own.
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("LOG_LEVEL debug for my-api and restart my-api after", [_LOG, _RESTART_API]),
        (
            "LOG_LEVEL debug for kumis API (my-api) and restart kumis API (my-api) after",
            [_LOG, _RESTART_API],
        ),
        ("LOG_LEVEL debug for my-api and restart it after", [_LOG, _RESTART_API]),
        ("LOG_LEVEL warn for my-api, then restart my-api", [_LOG, _RESTART_API]),
        (
            "QUEUE fast for orders and restart orders after",
            [
                "patch configmap/orders-config in shop (merge)",
                "restart the pods of deployment/orders in shop",
            ],
        ),
        (
            "FEATURE_X on for frontend and restart frontend after",
            [
                "patch deployment/frontend in shop (strategic)",
                "restart the pods of deployment/frontend in shop",
            ],
        ),
        ("LOG_LEVEL debug for my-api and scale it to 3", [_LOG, "scale deployment/my-api"]),
    ],
)
def test_a_key_and_value_beside_a_restart_is_planned_whole(
    op: Operator, intent: str, planned: list[str]
) -> None:
    got = summaries(op, intent)
    assert len(got) == len(planned), got
    assert all(any(p in g for g in got) for p in planned), got


@pytest.mark.parametrize(
    "intent",
    [
        "my-api LOG_LEVEL debug and restart my-api after",
        "LOG_LEVEL debug and restart my-api after",
        "LOG_LEVEL debug for my-api? and restart my-api after",
        "MAX_CONN 5 and restart my-api",
        "my-api LOG_LEVEL debug and scale frontend to 3",
    ],
)
def test_a_key_and_value_never_dropped_by_the_order_beside_it(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


def test_a_list_of_keys_stays_one_change(op: Operator) -> None:
    assert summaries(op, "LOG_LEVEL info, FEATURE_X off for worker") == [
        "patch deployment/worker in shop (strategic)"
    ]
    # A statement of the key is no change: the restart alone.
    assert summaries(op, "LOG_LEVEL debug is too noisy, restart my-api") == [_RESTART_API]


# (2) An end tag after a comma ends a value.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        (
            "PROVIDER in payments-config to razorpay, machan don't touch farmer payments "
            "(payments) pods",
            "payments-config",
        ),
        ("in shared-config set REGION to eu-west, mate", "shared-config"),
        ("in shared-config set REGION to eu-west, bro", "shared-config"),
        ("set LOG_LEVEL to debug in my-api-config, cher", "my-api-config"),
        ("set QUEUE to fast in orders-config, machan", "orders-config"),
        ("in payments-config set PROVIDER to adyen, yaar", "payments-config"),
        ("set LOG_LEVEL=debug, machan, on my-api", "my-api-config"),
    ],
)
def test_an_end_tag_after_a_comma_ends_the_value(op: Operator, intent: str, target: str) -> None:
    assert summaries(op, intent) == [f"patch configmap/{target} in shop (merge)"]


@pytest.mark.parametrize(
    "intent",
    [
        "in shared-config set REGION to eu-west, world",
        "in shared-config set REGION to eu-west, Maria",
        "in shared-config set REGION to eu-west, machan?",
        "in orders-config set QUEUE to delete, bro",
    ],
)
def test_an_unknown_word_or_a_question_after_a_value_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (3) The double negative of speech.
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "In payments-config put PROVIDER to adyen, and dont restart nothing, the harvest is "
            "paying out",
            "patch configmap/payments-config in shop (merge)",
        ),
        (
            "In payments-config put PROVIDER to adyen, don't restart nothing",
            "patch configmap/payments-config in shop (merge)",
        ),
        (
            "In payments-config put PROVIDER to adyen. Don't restart nothin'",
            "patch configmap/payments-config in shop (merge)",
        ),
        (
            "set QUEUE=fast in orders-config, do not restart nothing",
            "patch configmap/orders-config in shop (merge)",
        ),
        (
            "shared-config REGION to ca-east, don't restart anythin'",
            "patch configmap/shared-config in shop (merge)",
        ),
        (
            "scale worker to 3, dont restart nothing",
            "scale deployment/worker in shop to 3 replicas",
        ),
    ],
)
def test_dont_restart_nothing_is_dont_restart_anything(
    op: Operator, intent: str, planned: str
) -> None:
    assert summaries(op, intent) == [planned]


def test_dont_restart_nothing_beside_a_restart_is_asked(op: Operator) -> None:
    assert asks(op, "restart worker, don't restart nothing").question


# (4) Words that are no namespace.
def test_a_word_before_a_plural_noun_names_no_namespace() -> None:
    def exists(word: str) -> bool:
        return word in {"big", "small", "large", "kube-system"}

    for said in (
        "in orders-config put batch_size to 40, the seafood orders come in big sacks now",
        "set batch_size to 10, the orders arrive in small batches",
        "the parcels come in large boxes now, set queue to bulk in orders-config",
    ):
        assert guard.other_namespace(said, "shop", exists) is None, said
    assert guard.other_namespace("restart worker in big", "shop", exists) == "big"
    assert guard.other_namespace("restart worker in big now", "shop", exists) == "big"
    assert guard.other_namespace("restart worker in kube-system pods", "shop", exists) == (
        "kube-system"
    )
    assert guard.other_namespace("velero backup of full billing namespace", "shop") == "billing"


@pytest.mark.parametrize(
    "intent",
    [
        "velero backup of full namespace now",
        "velero backup of full namespace now, keep for 7 days",
        "velero backup of complete namespace now",
    ],
)
def test_a_backup_of_the_full_namespace_is_the_sessions(op: Operator, intent: str) -> None:
    got = summaries(op, intent)
    assert len(got) == 1, got
    assert "backup" in got[0].lower(), got


@pytest.mark.parametrize(
    "intent", ["velero backup of full billing namespace now", "velero backup of full now"]
)
def test_a_backup_of_another_or_no_namespace_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (5) "don't touch the X Deployment" beside a change to the ConfigMap X alone reads.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        (
            "in orders-config set QUEUE to fleece-orders, dont touch the fleece orders (orders) "
            "Deployment",
            "orders-config",
        ),
        ("in orders-config set QUEUE to fast, dont touch the orders Deployment", "orders-config"),
        (
            "set PROVIDER=adyen in payments-config, don't touch deployment payments",
            "payments-config",
        ),
        (
            "set PROVIDER=adyen in payments-config, don't touch the payments deploy",
            "payments-config",
        ),
        (
            "set LOG_LEVEL=warn in my-api-config, leave the my-api deployment alone",
            "my-api-config",
        ),
    ],
)
def test_a_config_change_beside_its_readers_object_kept(
    op: Operator, intent: str, target: str
) -> None:
    assert summaries(op, intent) == [f"patch configmap/{target} in shop (merge)"]


@pytest.mark.parametrize(
    "intent",
    [
        # Another reader of a shared ConfigMap: its pods would get the change.
        "set REGION=us in shared-config, don't touch the frontend deployment",
        "set REGION=us in shared-config, don't touch the my-api deployment",
        # The workload itself (not its object) kept.
        "set PROVIDER=adyen in payments-config, don't touch payments",
        "set LOG_LEVEL=warn in my-api-config, leave my-api alone",
    ],
)
def test_a_config_change_reaching_a_kept_workload_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (6) A delete's closing list of what stays, kinds and names mixed.
@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        (
            "remove the alpaca payments (payments) Deployment only; its Service and "
            "payments-config stay",
            "payments",
        ),
        ("remove the payments Deployment only; its Service and payments-config stay", "payments"),
        ("Delete payments Deployment only. Service and payments-config stay", "payments"),
        (
            "Delete the band-club payments (payments) Deployment only, the Service payments and "
            "payments-config stay",
            "payments",
        ),
        (
            "Remove the bottle orders (orders) Deployment only, orders-config and the PDB stay",
            "orders",
        ),
        ("delete the orders deployment, orders-config and the orders PDB stay", "orders"),
        ("delete the payments deployment, its Service and shared-config stay", "payments"),
        ("delete the orders deployment only, the PDB and orders-config remain", "orders"),
    ],
)
def test_a_mixed_kept_list_leaves_the_one_delete(op: Operator, intent: str, deleted: str) -> None:
    assert summaries(op, intent) == [f"delete deployment/{deleted} in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        # What goes said to stay, or a kept name that is nothing here.
        "delete the payments service only, its Service and payments-config stay",
        "delete payments-config, the Service and payments-config stay",
        "delete the payments deployment, its Service and foo-bar stay",
        "delete the orders deployment and pdb, the service and orders-config stay",
    ],
)
def test_a_kept_list_naming_what_goes_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


def test_a_kept_list_is_cut_only_when_read_as_kept() -> None:
    said = "Remove the orders Deployment only, orders-config and the PDB stay"
    assert deletions.without_kept_list(said) == "Remove the orders Deployment only"
    kept_deleted = "delete the payments service, its Service and payments-config stay"
    assert deletions.without_kept_list(kept_deleted) == kept_deleted


# (7) A slip of a cue's word said as a stem and endings.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        (
            "capabilites drop ALL on batea API (my-api), the auditor from the Xunta asked for it",
            "my-api",
        ),
        ("capabilites drop ALL on my-api", "my-api"),
        ("drop all capabilites on worker", "worker"),
        ("capabilties drop ALL on frontend", "frontend"),
    ],
)
def test_a_slip_of_capabilities_is_read(op: Operator, intent: str, target: str) -> None:
    assert summaries(op, intent) == [f"patch deployment/{target} in shop (strategic)"]


def test_a_slip_of_capabilities_asked_as_a_question_is_asked(op: Operator) -> None:
    assert asks(op, "drop all capabilites on my-api?").question


# (8) "from now": a present-tense setting said as an order.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("the barrel worker (worker) runs as uid 10001 from now", "worker"),
        ("the worker runs as uid 20001 from now on", "worker"),
        ("frontend runs as non-root from now", "frontend"),
        ("payments runs as uid 1000 going forward", "payments"),
        ("the worker runs as uid 20001 from today", "worker"),
    ],
)
def test_a_setting_from_now_is_an_order(op: Operator, intent: str, target: str) -> None:
    assert summaries(op, intent) == [f"patch deployment/{target} in shop (strategic)"]


def test_a_setting_said_as_how_it_is_is_asked(op: Operator) -> None:
    assert asks(op, "the worker runs as uid 20001").question


# (9) A bare count after "cpu" beside a memory quantity.
@pytest.mark.parametrize(
    "intent",
    [
        "garland worker (worker) requests cpu 250m memory 256Mi, limits cpu 1 memory 1Gi",
        "set worker limits cpu 2 memory 2Gi",
        "my-api requests cpu 1 memory 512Mi",
    ],
)
def test_a_bare_cpu_count_beside_memory_is_cores(op: Operator, intent: str) -> None:
    got = summaries(op, intent)
    assert len(got) == 1, got
    assert "(strategic)" in got[0], got


@pytest.mark.parametrize(
    "intent", ["worker limits memory 1 cpu 500m", "worker requests memory 512 cpu 1"]
)
def test_a_bare_memory_count_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question
