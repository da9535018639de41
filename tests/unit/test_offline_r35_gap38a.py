"""Round 35, helper gap38a: blind38's misses in scale, autoscale and resources, as shapes.

- Colloquial Scots and Kenyan Swahili-English, the small words of an order
  (:data:`dotop_nb.planner.offline.tongues.LEXICON`): "cpu limit fae 500m up tae 1" is from 500m
  to 1 (it planned 500m: unsafe), "doon tae 2 the noo", "Punguza … from 2 to 1", "weka replicas
  tatu", "Tafadhali", "requests 100m CPU na 128Mi".
- A count in a mathematician's shorthand (:mod:`dotop_nb.planner.offline.notation`): "3 ≤
  replicas ≤ 9", "n = 2 ⇒ n = 5", "replicas ← replicas + 1", "let n := 5. … to n".
- "bump my-api up to 3, it's getting hammered": a load said with a contracted "it's" is the
  reason, as "it is" was (3 replicas, not a tag 3).
- "~3.5 GB" (a rough amount with its unit) is no version range.
- "the cache StatefulSet untouched" (no verb): the other kind of a shared name kept.
- "frontend is actually 3 pods, make it to 5": "actually" after "is" says the state, never a
  correction.
- "leave the PDB orders as is": the kind's name said after it, as "the pdb of orders".
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import notation
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


def _containers(op: Operator, intent: str) -> list[dict[str, object]]:
    _, body = plans(op, intent)
    ops = json.loads(body)
    assert len(ops) == 1, ops
    return list(ops[0]["patch"]["spec"]["template"]["spec"]["containers"])


# (1) Scots and Swahili small words.
@pytest.mark.parametrize(
    ("intent", "container", "resources"),
    [
        (
            "the cask orders (orders) app container cpu limit fae 500m up tae 1, leave the envoy "
            "be",
            "app",
            {"limits": {"cpu": "1"}},
        ),
        (
            "orders app container cpu limit frae 500m tae 750m",
            "app",
            {"limits": {"cpu": "750m"}},
        ),
        (
            "payments memory limit fae 256Mi up tae 1Gi",
            "payments",
            {"limits": {"memory": "1Gi"}},
        ),
        (
            "Milk-weigh worker (worker) ipatiwe requests 100m CPU na 128Mi, na memory limit 256Mi",
            "worker",
            {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "256Mi"}},
        ),
    ],
)
def test_scots_and_swahili_resources(
    op: Operator, intent: str, container: str, resources: dict[str, object]
) -> None:
    [patched] = _containers(op, intent)
    assert patched["name"] == container
    assert patched["resources"] == resources


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "gonnae drop the visitor-centre site (frontend) doon tae 2 the noo, it's dead quiet "
            "since the last tour left",
            "scale deployment/frontend in shop to 2 replicas",
        ),
        (
            "can ye scale payments doon tae 1 the noo",
            "scale deployment/payments in shop to 1 replicas",
        ),
        (
            "Milk-weigh worker (worker) iko slow sana, weka replicas tatu",
            "scale deployment/worker in shop to 3 replicas",
        ),
        ("weka replicas mbili kwa frontend", "scale deployment/frontend in shop to 2 replicas"),
        (
            "Ongeza replicas za farmers' portal (frontend) by 2",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        ("Punguza orders from 2 to 1", "scale deployment/orders in shop to 1 replicas"),
        ("Tafadhali scale my-api to 4", "scale deployment/my-api in shop to 4 replicas"),
        (
            "aye, can ye bump the cask API (my-api) up tae 3, it's gettin hammered wi the "
            "festival tickets",
            "scale deployment/my-api in shop to 3 replicas",
        ),
    ],
)
def test_scots_and_swahili_scale(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_a_scots_autoscaler(op: Operator) -> None:
    _, body = plans(
        op, "set the visitor-centre site frontend tae autoscale, 3 tae 10 pods on cpu 80"
    )
    assert '"minReplicas": 3' in body
    assert '"maxReplicas": 10' in body
    assert '"averageUtilization": 80' in body


@pytest.mark.parametrize(
    "intent",
    [
        # Two values, no "from … to": still asked.
        "orders app container cpu limit 500m 1",
        # A time to revert: asked, as in English.
        "scale frontend tae 5 the noo, then back tae 3 the morra",
        # A plain "bump … to 3" with no load said: a tag or a count, asked.
        "can ye bump my-api up tae 3",
    ],
)
def test_scots_near_misses_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2) A count in shorthand.
@pytest.mark.parametrize(
    ("intent", "minimum", "maximum"),
    [
        ("HPA on observer portal frontend s.t. 3 ≤ replicas ≤ 9, CPU target 60%.", 3, 9),
        ("HPA on frontend with 3 <= replicas <= 9, CPU target 60%.", 3, 9),
        ("autoscale frontend 9 ≥ pods ≥ 2, cpu 60%", 2, 9),
    ],
)
def test_a_bounded_count_is_a_range(op: Operator, intent: str, minimum: int, maximum: int) -> None:
    _, body = plans(op, intent)
    assert f'"minReplicas": {minimum}' in body
    assert f'"maxReplicas": {maximum}' in body


def test_a_bounded_count_for_keda(op: Operator) -> None:
    _, body = plans(op, "KEDA ScaledObject for image-reduction worker (worker): 1 ≤ n ≤ 6, cpu 80.")
    assert '"maxReplicaCount": 6' in body
    assert '"80"' in body


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("filter orders (orders): n = 2 ⇒ n = 5.", "scale deployment/orders in shop to 5 replicas"),
        ("orders: replicas = 2 => replicas = 4", "scale deployment/orders in shop to 4 replicas"),
        (
            "scheduler API (my-api): replicas ← replicas + 1.",
            "scale deployment/my-api in shop to 3 replicas",
        ),
        ("my-api: n := n + 2", "scale deployment/my-api in shop to 4 replicas"),
        ("my-api: replicas += 1", "scale deployment/my-api in shop to 3 replicas"),
        ("frontend: replicas ← replicas - 1", "scale deployment/frontend in shop to 2 replicas"),
        (
            "let n := 5. scale the observer portal (frontend) to n.",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        ("let x = 3; scale worker to x", "scale deployment/worker in shop to 3 replicas"),
    ],
)
def test_a_count_in_shorthand(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        # A strict bound is no inclusive range: asked, as before.
        "autoscale frontend, 3 < replicas < 9, cpu 60%",
        # Bounds on cpu are no replica range.
        "autoscale frontend 3 ≤ cpu ≤ 9",
        # One replica less of one: zero, asked.
        "worker: n := n - 1",
        # A bound variable used nowhere as a count.
        "let n := 5. restart frontend",
    ],
)
def test_shorthand_near_misses_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_notation_leaves_other_text_alone() -> None:
    for text in (
        "set LIMIT=n+1 on worker",
        "alert when p99 >= 2s",
        "scale frontend to 5",
        "set MAX=10 => restart worker",
    ):
        assert notation.read(text) == text


# (3) "it's hammered": a load, the reason for a count.
@pytest.mark.parametrize(
    "intent",
    [
        "bump my-api to 4, it's getting slammed",
        "bump my-api up to 4, it\u2019s hammered with the sale",
        "bump my-api to 4, we're swamped",
    ],
)
def test_a_contracted_load_is_the_reason(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["scale deployment/my-api in shop to 4 replicas"]


def test_a_contracted_release_still_asks(op: Operator) -> None:
    asks(op, "bump my-api to 4, it's the new release")


# (4) "~3.5 GB" measures; "~1.2" is still a range.
def test_a_rough_amount_is_no_version(op: Operator) -> None:
    [patched] = _containers(
        op, "Alignment worker (worker): requests 2Gi memory, memory limit 4Gi (BWA peaks ~3.5 GB)."
    )
    assert patched["resources"] == {"requests": {"memory": "2Gi"}, "limits": {"memory": "4Gi"}}


@pytest.mark.parametrize("intent", ["update worker to ~1.2", "update worker to ^1.2"])
def test_a_version_range_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) The other kind of a shared name, kept without a verb.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "sky-tile proxy (cache Deployment): memory limit 256Mi → 512Mi; the exposure redis "
            "(cache StatefulSet) untouched.",
            "patch deployment/cache in shop (strategic)",
        ),
        (
            "the cache StatefulSet: memory limit 1Gi; the cache Deployment as is.",
            "patch statefulset/cache in shop (strategic)",
        ),
        (
            "restart the cache deployment, the cache statefulset intact",
            "restart the pods of deployment/cache in shop",
        ),
    ],
)
def test_the_other_kind_kept_without_a_verb(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_a_shared_name_without_a_kind_still_asks(op: Operator) -> None:
    asks(op, "cache: memory limit 512Mi")


# (6) "is actually 3 pods": the state.
@pytest.mark.parametrize(
    "intent",
    [
        "The booking web frontend is actually 3 pods, make it to 5 please. Szia",
        "frontend is actually 3 pods, scale it to 5",
    ],
)
def test_actually_after_is_says_the_state(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["scale deployment/frontend in shop to 5 replicas"]


@pytest.mark.parametrize(
    "intent", ["scale frontend to 4, actually 5", "scale frontend to 4 - actually 5"]
)
def test_a_correction_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) "leave the PDB orders as is": the kind's name after it.
@pytest.mark.parametrize(
    "intent",
    [
        "scale orders to 5. NB leave the PDB orders as is.",
        "scale orders to 5. leave the PDB orders alone.",
        "filter orders (orders): n = 2 ⇒ n = 5. NB leave the PDB orders as is.",
    ],
)
def test_the_pdb_left_by_its_name(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["scale deployment/orders in shop to 5 replicas"]


# (8) The kind said first, its person after: "the PDB of it you don't change".
@pytest.mark.parametrize(
    "intent",
    [
        "Put the massage orders (orders) to three replicas, but the PDB of it you don't change.",
        "Put the orders to three replicas, but the PDB you don't change.",
        "scale orders to 3, its PDB we leave as is",
        "scale orders to 3, the PDB of orders we don't touch",
    ],
)
def test_a_fronted_kind_left_alone(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["scale deployment/orders in shop to 3 replicas"]


def test_a_fronted_kind_to_change_still_asks(op: Operator) -> None:
    asks(op, "scale orders to 3 but the pdb you change to minAvailable 2")


# (9) Swahili context beside the order, and a prohibition read.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Tafadhali scale the collection API (my-api) to 4, farmers ni wengi sana leo, 1,200 "
            "wame-queue",
            "scale deployment/my-api in shop to 4 replicas",
        ),
        (
            "Punguza feed orders (orders) from 2 to 1, hakuna orders wiki hii",
            "scale deployment/orders in shop to 1 replicas",
        ),
        (
            "scale frontend tae 5 the noo, usiguse cache statefulset",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        (
            "scale frontend tae 5, dinnae touch the cache sts",
            "scale deployment/frontend in shop to 5 replicas",
        ),
    ],
)
def test_swahili_context_and_prohibitions(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        # The prohibition read: the only thing named is spared, so nothing is left to do.
        "usiguse worker",
        "dinnae touch the worker",
        # A change said to revert: asked.
        "bump the cask orders (orders) tae 4 fur the weekend, then back tae 2 on the Monday",
    ],
)
def test_swahili_and_scots_near_misses_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (10) The unsafe shape under the Scots one: a value, up or down, a word not read, a number —
# the number was taken for the word's id and the first value planned. Asked.
@pytest.mark.parametrize(
    "intent",
    [
        "orders app container cpu limit 500m up xyz 1",
        "payments memory limit 256Mi up zu 1Gi",
        "payments cpu request 250m down naar 100m",
    ],
)
def test_two_values_joined_by_an_unread_word_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "memory"),
    [
        ("payments memory limit 256Mi up to 1Gi", "1Gi"),
        ("payments memory limit 512Mi, up from 256Mi", "512Mi"),
    ],
)
def test_two_values_joined_by_english_still_plan(op: Operator, intent: str, memory: str) -> None:
    [patched] = _containers(op, intent)
    assert patched["resources"] == {"limits": {"memory": memory}}
