"""Round 37, helper m43b: attack43's shapes on the round's merge, mended.

- A delete "together with" another object never drops the workload said first ("delete worker
  together with the orders pdb" planned the PDB alone), and an object said only in a reason
  after the delete ("delete deployment/cache, we use statefulset cache now") is never deleted:
  asked (:mod:`dotop_nb.planner.offline.removal`).
- A ConfigMap key said with its value that no operation carries ("shared-config: REGION: ap,
  TZ: CET", "… and FEATURE_X in shared-config to on"): asked (:func:`.config.keys_dropped`).
- A date or time said before the order in another tongue ("el 12 de marzo: restart payments",
  "klockan 18: restart orders", "am 12. März scale worker to 7"): asked (:mod:`.tongues`).
- A word after the value that holds or takes the change back ("scale postgres to 6 wait", "…
  to 7 /later", "… to 5 cancel"), or two words there nothing reads ("… kanske inte"): asked.
- A document's words ("the design doc recommends restarting my-api", "in the postmortem we
  wrote: restart my-api"): asked (:mod:`.noorder`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


# (1) Deletes: no part dropped, no reason's object deleted.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker together with the orders pdb",
        "delete worker along with the orders pdb",
        "remove worker with the orders pdb",
        "delete deployment/cache, we use statefulset cache now",
        "delete statefulset cache, we use deployment cache now",
        "delete deployment/cache since we moved to statefulset/cache",
    ],
)
def test_delete_never_drops_a_part_nor_takes_a_reason(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("delete worker", "worker"),
        ("delete the orders pdb", "orders"),
        ("delete deployment/cache and statefulset/cache", "cache"),
        ("delete deployment cache, we moved to statefulset cache", "deployment/cache"),
    ],
)
def test_plain_deletes_still_plan(op: Operator, intent: str, expected: str) -> None:
    planned = summaries(op, intent)
    assert any(expected in s for s in planned), planned
    assert not any("statefulset/cache" in s for s in planned) or "statefulset/cache" in intent


# (2) ConfigMap keys said with their values, none dropped.
@pytest.mark.parametrize(
    "intent",
    [
        "shared-config: REGION: ap, TZ: CET",
        "shared-config: REGION=ap, TZ=CET",
        "set LOG_LEVEL to debug in my-api-config and FEATURE_X in shared-config to on",
        "set LOG_LEVEL to debug in my-api-config and CACHE_TTL to 60",
        "LOG_LEVEL should be debug and FEATURE_X should be true",
    ],
)
def test_configmap_key_never_dropped(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL=debug in my-api-config",
        "shared-config: REGION: ap",
        "set REGION to ap in shared-config",
        "URGENT: set LOG_LEVEL=debug in my-api-config",
    ],
)
def test_one_key_still_plans(op: Operator, intent: str) -> None:
    assert any("configmap/" in s for s in summaries(op, intent))


# (3) A head in another tongue before the order.
@pytest.mark.parametrize(
    "intent",
    [
        "오후 6시에: restart postgres!",
        "klockan 18: restart orders",
        "am 12. März scale worker to 7",
        "à minuit: restart frontend",
        "setelah jam kerja: restart frontend",
        "om 18 uur: restart worker",
    ],
)
def test_foreign_head_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    [
        "quick one: scale worker to 3",
        "urgent: restart my-api",
        "ticket 4521: restart worker",
        "hey team, restart frontend",
        "please restart frontend",
    ],
)
def test_english_head_still_plans(op: Operator, intent: str) -> None:
    assert summaries(op, intent)


# (4) A word after the value.
@pytest.mark.parametrize(
    "intent",
    [
        "scale postgres to 6 wait",
        "scale orders to 7 /later",
        "scale worker to 5 cancel",
        "scale worker to 5 hold",
        "scale postgres to 8 kanske inte",
        "scale frontend to 4 vielleicht doch",
    ],
)
def test_word_after_value_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 5 now",
        "scale worker to 5 replicas please",
        "scale worker to 5 pods",
        "scale worker to 5 thanks",
    ],
)
def test_plain_value_end_still_plans(op: Operator, intent: str) -> None:
    assert any("deployment/worker" in s for s in summaries(op, intent))


# (5) A document's words.
@pytest.mark.parametrize(
    "intent",
    [
        "the design doc recommends restarting my-api",
        "in the postmortem we wrote: restart my-api",
        "in the doc we wrote: restart my-api",
        "in the design doc they said - restart frontend",
        "the ops team recommends restarting worker",
    ],
)
def test_document_words_are_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    ["restart my-api as the design doc recommends", "we recommend restarting my-api, please do it"],
)
def test_own_order_beside_a_document_plans(op: Operator, intent: str) -> None:
    assert any("deployment/my-api" in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent",
    [
        "set REGION eu-west and TZ CET in shared-config!",
        "in the incident report we wrote: restart payments",
        "in the RFC we wrote: restart orders",
    ],
)
def test_more_keys_and_documents_are_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


def test_one_key_side_by_side_still_plans(op: Operator) -> None:
    assert any(
        "configmap/shared-config" in s for s in summaries(op, "set REGION eu-west in shared-config")
    )
