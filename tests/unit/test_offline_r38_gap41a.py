"""Round 38, helper gap41a: blind41's Jamaican Patois voice, as shapes.

- Jamaican Patois read as Scots, Pidgin and Singlish are (:func:`.tongues.dialects`): its
  function words as the English they mean ("di" the, "pon" on, "fi" for, "wid" with, "inna" in,
  "nuh" don't, "mi" I/me, "dem" them/they, "tek" take, "gi" give, "cyaan" can't, "seh" says,
  "deh so" there, "nuh have" has no), only where the message is plainly Patois (one strong word,
  or two of its weak ones), quoted text, values and names kept.
- A report or a plan in Patois ("Miss Pearl seh restart di worker", "dem done restart di
  worker", "wi a go scale …", "mi nuh waan restart di worker"): asked, never planned.
- A count of machines the pods would share ("I don't want them all on one box", Patois "mi nuh
  waan dem all pon one box"): a node, never a replica count (:mod:`.plainwords`).
- Left alone: "Bredda, …" (like "Bob, …", "Mate, …") is still asked as addressed to a person.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import tongues
from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


def _patch(kind: str, name: str) -> str:
    return f"patch {kind}/{name} in shop"


# (1) Patois function words read as English: the order planned.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        (
            "Di box-count worker (worker) nuh have no requests. Gi it 200m cpu and 256Mi memory",
            "deployment/worker",
        ),
        (
            "Di pickup API (my-api) nuh have no limits. Gi it 500m cpu and 512Mi memory",
            "deployment/my-api",
        ),
        ("Worker nuh have enough memory, gi it 512Mi limit", "deployment/worker"),
        (
            "Set LOG_LEVEL to debug pon di pickup API (my-api), mi waan see wah a gwaan",
            "configmap/my-api-config",
        ),
        (
            "Set PROVIDER inna payments-config to wipay, den restart di grower payments "
            "(payments) after",
            "configmap/payments-config",
        ),
        ("Set LOG_LEVEL to warn pon di box-count worker (worker) fi now", "deployment/worker"),
        ("PDB fi di pickup API (my-api) wid minAvailable 1", "poddisruptionbudget/my-api"),
        (
            "PDB fi di grower payments (payments) wid maxUnavailable 1",
            "poddisruptionbudget/payments",
        ),
        (
            "Page mi if di box-count worker (worker) nuh have a ready pod fi 5 minutes",
            "prometheusrule/worker-availability",
        ),
        (
            "Page mi if di pickup API (my-api) nuh have a ready pod fi 10 minutes",
            "prometheusrule/my-api-availability",
        ),
        (
            "Alert mi if di grower payments (payments) restart more than 3 times inna 10 minutes",
            "prometheusrule/payments-restarts",
        ),
        ("Put di pickup API (my-api) back pon 1.3.9, di new one nuh work", "deployment/my-api"),
        (
            "Put di grower payments (payments) back pon 2.9.8, di new one a mash up",
            "deployment/payments",
        ),
        ("Roll di pickup API (my-api) back pon 1.3.8", "deployment/my-api"),
        (
            "Tek down di Service payments only, leave di grower payments (payments) Deployment "
            "deh so",
            "service/payments",
        ),
        ("Delete di pdb orders, nuh touch di orders Deployment", "poddisruptionbudget/orders"),
        (
            "Inna orders-config change BATCH_SIZE to 25 fi di fertiliser orders, but nuh "
            "restart nutten",
            "configmap/orders-config",
        ),
        (
            "Inna my-api-config set LOG_LEVEL to debug, but nuh restart nutten",
            "configmap/my-api-config",
        ),
    ],
)
def test_patois_orders_plan(op: Operator, intent: str, target: str) -> None:
    planned = summaries(op, intent)
    assert any(target in s.lower() for s in planned), planned
    if "nuh restart" in intent:
        assert not any(s.startswith("restart") for s in planned), planned


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("Put di pickup API (my-api) back pon 1.3.9, di new one nuh work", "my-api:1.3.9"),
        ("Roll di pickup API (my-api) back pon 1.3.8", "my-api:1.3.8"),
    ],
)
def test_patois_rollback_version(op: Operator, intent: str, image: str) -> None:
    assert any(image in s for s in summaries(op, intent))


# (2) A report, a plan, a wish or a negation said in Patois: asked, never planned.
@pytest.mark.parametrize(
    "intent",
    [
        "Miss Pearl seh restart di worker",
        "Boss seh scale di worker to 5",
        "Bredda seh restart checkout",
        "Mi nuh waan restart di worker",
        "Nuh scale di frontend to 5",
        "Nuh delete di Service payments",
        "Mi nuh waan delete di worker",
        "Dem a go restart di worker tomorrow",
        "Dem done restart di worker already",
        "Dem done scale di farmer site (frontend) to 5 already",
        "Mi done restart di worker, it good now",
        "Mi soon restart di box-count worker (worker)",
        "Wi a go scale di pickup API (my-api) to 4 tomorrow",
        "Wi nah go scale di frontend",
    ],
)
def test_patois_reports_and_negations_ask(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (3) Pods said all on one machine: a node, never a count (no scale planned).
@pytest.mark.parametrize(
    "intent",
    [
        "Spread di farmer site (frontend) pods pon different nodes, mi nuh waan dem all pon "
        "one box",
        "Spread di pickup API (my-api) pods pon different nodes, wi nuh want dem all pon one box",
        "Spread di farmer site (frontend) pods pon different nodes, caw mi nuh waan dem all pon "
        "one box",
        "Spread frontend pods across nodes, we don't want them all on one box",
        "Spread frontend pods across nodes, nobody wants them all on one box",
        "Spread frontend pods on different nodes, I hate having them all on one box",
        "Spread frontend pods on different nodes, not all on one box",
        "Spread frontend pods on different nodes, mi nuh like dem all pon one box",
        "Spread di box-count worker (worker) pods out, mi cyaan have dem all pon one box",
        "Spread frontend pods across nodes so we never have all of them on one box again",
    ],
)
def test_all_on_one_box_is_a_node(op: Operator, intent: str) -> None:
    planned = summaries(op, intent)
    assert planned
    assert not any(s.startswith("scale") for s in planned), planned


@pytest.mark.parametrize(
    "intent",
    [
        "Spread frontend pods across nodes, mi fraid fi see all three pods pon one box",
        "Spread frontend pods across nodes, dem all deh pon one box right now",
        "Spread frontend pods across nodes since we lost two boxes last week",
    ],
)
def test_counts_near_boxes_never_scale(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (4) The reading itself, and where it is not done.
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("PDB fi di pickup API wid minAvailable 1", "PDB for the pickup API with minAvailable 1"),
        ("Gi it more memory nuh, it a struggle", "Give it more memory, it a struggle"),
        ("Mi need di worker pon three pods", "I need the worker on three pods"),
        ("Page mi if worker nuh have a ready pod", "Page me if worker has no ready pod"),
        ("Miss Pearl seh wi fi scale frontend", "Miss Pearl says we should scale frontend"),
        ("set memory to 256 Mi pon di worker", "set memory to 256 Mi on the worker"),
        ('set QUEUE to "pon di" pon worker', 'set QUEUE to "pon di" on worker'),
        ("leave it deh so, mi seh", "leave it there, I says"),
        ("but nuh restart nutten", "but don't restart anything"),
        ("set memory limit to 2 Gi pon di worker", "set memory limit to 2 Gi on the worker"),
        ("gi di worker 2 Gi", "give the worker 2 Gi"),
        ("nutten nuh wrong wid di worker", "nothing don't wrong with the worker"),
    ],
)
def test_patois_reading(text: str, read: str) -> None:
    assert tongues.dialects(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "scale worker to 3 nach dem Release",  # (German "dem")
        "set REGION to di",  # (one weak word: no Patois)
        "restart mi-app",
        "Inna says restart worker",
    ],
)
def test_not_patois(text: str) -> None:
    assert tongues.dialects(text) == text
