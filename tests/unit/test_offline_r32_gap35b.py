"""Round 32, helper gap35b: blind35's misses in clarify, ha, delete and security, as shapes.

The shapes (blind35 opened as a gap list, /work/notes/w32/blind35-misses.txt): a state question
with a remark beside it ("did worker restart at half time? saw a blip") restarted worker; a
database made highly available with a bare count ("postgres … highly available, 2 replica")
was scaled; "X and Y no need delete" (Indonesian "tidak perlu"), a closing nickname in brackets,
"the cache deployment we not use anymore, please delete it", "its replaced by …", "# old lb for
…" after a pasted delete and "Could you please delete …? The campaign has finished." were asked;
"worker only 1 pod, if node die nobody can check in. Please make 2", "permits one pod of the …
service (orders) to be unavailable", "frontend (club app site)", "member app web (frontend)",
"Please could X …?", "Would it be possible for X to …?" and "restrict ingress to postgres to
my-api and orders" were asked too (over-asks)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

_RESTART_WORKER = "restart the pods of deployment/worker in shop"
_SCALE_WORKER_2 = "scale deployment/worker in shop to 2 replicas"
_DELETE_PDB = "delete poddisruptionbudget/orders in shop"
_DELETE_CACHE = "delete deployment/cache in shop"
_DELETE_CHECKOUT = "delete deployment/checkout in shop"
_DELETE_SVC = "delete service/payments in shop"


# Clarify: questions of how things are, with a remark beside them, change nothing.
@pytest.mark.parametrize(
    "intent",
    [
        "did the turnstile worker (worker) restart at half time? saw a blip",
        "did the worker restart at 02:10",
        "did my-api get restarted overnight? we saw errors in the logs",
        "was payments scaled down last night? dashboards look odd",
        "does frontend have a pdb? just curious",
        "has orders been updated? customers complained",
    ],
)
def test_a_state_question_with_a_remark_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Near misses: a sentence with an order, a number or a wish is no remark.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("did worker restart? pls restart it", _RESTART_WORKER),
        ("is frontend running? 4 replicas pls", "scale deployment/frontend in shop to 4 replicas"),
    ],
)
def test_an_order_beside_a_state_question_plans(op: Operator, intent: str, summary: str) -> None:
    assert summary in summaries(op, intent)


# HA of a database: a count alone is the same empty second database a "second replica" is.
@pytest.mark.parametrize(
    "intent",
    [
        "Member database (postgres) please make highly available, 2 replica",
        "make postgres highly available with 3 replicas",
        "please make postgres HA, 2 replica",
        "scale postgres to 2 for failover",
        "postgres 3 replicas for resilience",
        "make the cache sts HA with 2 pods",
    ],
)
def test_a_database_made_available_by_a_count_alone_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Near misses: laid out over zones, or said to replicate, the count stands; a stateless
# workload and a plain scale are planned.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("zone redundancy for postgres with 3 replicas", "scale statefulset/postgres in shop to 3"),
        ("postgres HA: 3 replicas, one per zone", "scale statefulset/postgres in shop to 3"),
        (
            "make the redis statefulset zone redundant: 3 replicas, one per zone",
            "scale statefulset/cache in shop to 3",
        ),
        (
            "postgres runs patroni, make it highly available with 3 replicas",
            "scale statefulset/postgres in shop to 3",
        ),
        ("make my-api highly available, 2 replica", "scale deployment/my-api in shop to 2"),
        ("scale postgres to 3", "scale statefulset/postgres in shop to 3"),
    ],
)
def test_a_count_laid_out_or_replicated_stands(op: Operator, intent: str, summary: str) -> None:
    assert any(s.startswith(summary) for s in summaries(op, intent))


# Delete: what is said not to need deleting stays ("no need delete"), a closing nickname.
@pytest.mark.parametrize(
    "intent",
    [
        "Please delete PDB orders, but orders and orders-config no need delete (PT session orders)",
        "delete PDB orders, but orders no need delete",
        "delete the pdb of orders, orders and orders-config don't need to be deleted",
        "delete the orders pdb, orders-config no need to delete",
        "delete the orders pdb, but orders stays (the kit orders)",
    ],
)
def test_what_needs_no_delete_stays(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_DELETE_PDB]


def test_no_need_change_is_dont_change(op: Operator) -> None:
    assert summaries(op, "update frontend to 2.2.3, the locker redis no need change") == [
        "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.3"
    ]


# Near misses: "no need" with no thing before it takes the delete back.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker, no need to delete it",
        "delete worker. no need delete",
        "delete PDB orders (not orders)",
    ],
)
def test_no_need_of_the_delete_itself_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Disuse said of who used it, the object fronted before the order.
@pytest.mark.parametrize(
    "intent",
    [
        "Trainer photo proxy (cache deployment) we not use anymore, please delete it. "
        "The locker redis must stay",
        "the cache deployment we don't use anymore, please delete it. The redis statefulset "
        "must stay",
        "cache deployment we not need anymore, please delete it",
    ],
)
def test_a_fronted_object_not_used_is_deleted(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_DELETE_CACHE]


@pytest.mark.parametrize(
    "intent",
    [
        "the cache deployment we still use, please delete it",
        "delete the cache deployment, we still need it for images",
        "the cache deployment we don't use for images, please delete it",
    ],
)
def test_a_fronted_object_still_used_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# "its replaced by …" (phone typing's "it's"), what replaced it in a few words.
@pytest.mark.parametrize(
    "intent",
    [
        "delete deploy checkout (matchday checkout), its replaced by the new ticketing vendor",
        "delete deploy checkout, it's replaced by the new ticketing vendor",
        "delete the checkout deployment since it was superseded by a managed ticketing service",
    ],
)
def test_what_replaced_it_is_the_reason(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_DELETE_CHECKOUT]


def test_its_replaced_parts_is_still_asked(op: Operator) -> None:
    asks(op, "delete worker, its replaced parts too")


# A pasted delete's comment that says what the object is (an old one) is its reason.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "k delete svc/payments  # old lb for contractor payments, keep deploy/payments",
            _DELETE_SVC,
        ),
        ("k delete svc/payments # old lb", _DELETE_SVC),
        (
            "kubectl delete svc my-api # legacy service from the old api",
            "delete service/my-api in shop",
        ),
    ],
)
def test_an_old_things_comment_on_a_delete_plans(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl delete deploy/worker # old",
        "kubectl delete deploy/worker # old, not sure",
        "kubectl delete deploy/worker # old one, check first",
        "kubectl scale deploy/worker --replicas=3 # old setting",
        "kubectl delete pdb orders # obsolete budget, delete after the drain",
    ],
)
def test_a_withholding_comment_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# A request said politely, then a sentence of its own with a result word of another thing.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Could you please delete the adopt-an-animal orders (orders) Deployment together "
            "with orders-config and its PodDisruptionBudget? The campaign has finished.",
            {
                _DELETE_PDB,
                "delete deployment/orders in shop",
                "delete configmap/orders-config in shop",
            },
        ),
        (
            "Could you please delete the worker deployment? The campaign has finished.",
            {"delete deployment/worker in shop"},
        ),
    ],
)
def test_a_result_in_another_sentence_is_no_report(
    op: Operator, intent: str, expected: set[str]
) -> None:
    assert set(summaries(op, intent)) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "the frontend deployment update to 2.2.0 was successful",
        "payments restart succeeded",
    ],
)
def test_a_report_in_one_sentence_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# HA: a state with its verb left out, a why-sentence between it and the bare count.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Check-in worker (worker) only 1 pod, if node die nobody can check in. Please make 2",
            _SCALE_WORKER_2,
        ),
        ("worker only 1 pod. Please make 2", _SCALE_WORKER_2),
        ("worker only 1 pod, please make 2", _SCALE_WORKER_2),
        (
            "frontend just 2 replicas, make it 4 pls",
            "scale deployment/frontend in shop to 4 replicas",
        ),
        (
            "worker has only 1 pod, if the node dies nobody can check in. please make it 3",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "worker runs as a single pod, and if its node fails nobody can check in. Could it "
            "run 3 replicas, please?",
            "scale deployment/worker in shop to 3 replicas",
        ),
    ],
)
def test_a_verbless_state_then_a_bare_count_scales(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "worker 1 pod, make 2",
        "if the node dies, scale worker to 3",
        "worker only 1 pod, if node die make 2",
    ],
)
def test_a_bare_count_or_a_real_condition_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# A budget that lets one pod of a workload named at length be unavailable.
@pytest.mark.parametrize(
    "intent",
    [
        "WEC-2224: Amend the PodDisruptionBudget orders so that it permits one pod of the "
        "spare-blade orders service (orders) to be unavailable during node maintenance. The "
        "budget is to be kept.",
        "amend the orders pdb so that it allows one pod of orders to be unavailable",
    ],
)
def test_one_pod_of_a_workload_let_go_is_max_unavailable(op: Operator, intent: str) -> None:
    (patch,) = op.analyze(intent, namespace="shop").operations
    assert patch.summary() == "patch poddisruptionbudget/orders in shop (merge)"
    assert patch.model_dump()["patch"]["spec"]["maxUnavailable"] == 1


# A nickname with a role noun another workload's container is called ("app").
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("spread frontend (club app site) pods across nodes", "patch deployment/frontend in shop"),
        ("restart frontend (club app)", "restart the pods of deployment/frontend in shop"),
        (
            "restart the member app web (frontend)",
            "restart the pods of deployment/frontend in shop",
        ),
        (
            "Only member app web (frontend) can connect to class schedule API (my-api), please "
            "create network policy",
            "apply networkpolicy/my-api-allow-from-frontend in shop",
        ),
    ],
)
def test_a_role_noun_in_a_nickname_is_no_container(op: Operator, intent: str, summary: str) -> None:
    assert any(s.startswith(summary) for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent", ["restart frontend (orders app)", "scale frontend (envoy app) to 3"]
)
def test_another_workloads_words_in_a_nickname_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Requests said as a polite possibility: "Please could X …?", "Would it be possible for X to …?".
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Please could the exhibits API (my-api) pods be spread across zones with "
            "topologySpreadConstraints on topology.kubernetes.io/zone?",
            "patch deployment/my-api in shop",
        ),
        (
            "Please could only the exhibits API (my-api) be allowed to reach the species "
            "database (postgres)?",
            "apply networkpolicy/postgres-allow-from-my-api in shop",
        ),
        (
            "Would it be possible for the exhibits API (my-api) to run as non-root with "
            "runAsNonRoot true?",
            "patch deployment/my-api in shop",
        ),
        (
            "would it be possible for my-api to get 3 replicas?",
            "scale deployment/my-api in shop to 3",
        ),
        ("is it possible for worker to have a pdb?", "apply poddisruptionbudget/worker in shop"),
        ("please can frontend be scaled to 4?", "scale deployment/frontend in shop to 4"),
    ],
)
def test_a_polite_possibility_is_the_request(op: Operator, intent: str, summary: str) -> None:
    assert any(s.startswith(summary) for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent",
    [
        "please could worker survive a node loss?",
        "Please could payments go to 0 without breaking checkout?",
        "would it be possible for frontend to scale to 4 without downtime?",
        "please could you tell me if my-api runs as root?",
        "please, will restarting payments drop requests?",
    ],
)
def test_a_polite_question_of_what_happens_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Ingress restricted to the workloads said after the guarded one.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        (
            "WEC-2240: Restrict ingress to the generation database (postgres) to the "
            "turbine-status API (my-api) and the spare-blade orders service (orders) on port 5432.",
            "postgres-allow-from-my-api-orders",
        ),
        ("restrict ingress to postgres to my-api", "postgres-allow-from-my-api"),
        ("restrict traffic to payments to checkout only", "payments-allow-from-checkout"),
        ("limit access to postgres to my-api and orders", "postgres-allow-from-my-api-orders"),
    ],
)
def test_ingress_restricted_to_named_sources(op: Operator, intent: str, name: str) -> None:
    assert summaries(op, intent) == [f"apply networkpolicy/{name} in shop"]


@pytest.mark.parametrize(
    "intent", ["restrict ingress to postgres", "restrict ingress to postgres to port 5432"]
)
def test_ingress_restricted_to_no_workload_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
