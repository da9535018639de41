"""Round 12, helper hadel (ha, delete): the pods a disruption may take ("let it lose one pod",
"allow one pod to go down") beside a budget or a drain are the budget's maxUnavailable, never a
replica count to scale down to; a budget said to block drains ("blocks every drain") is relaxed
only when it is there; pods said with their owner ("its two pods") at the live count are a
description (dotop_nb/planner/offline/podcounts.py, budgets.py, placement.py). The near misses
must still ask."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    "said",
    [
        "the orders PDB blocks every drain, let it lose one pod",
        "orders budget is blocking all node drains; allow it to lose 1 pod",
        "the orders pdb (minAvailable 2, 2 replicas) blocks our drains, so let orders lose one pod",
        "orders pdb keeps blocking the drain. let it lose a single pod",
        "node drains hang on the orders PDB, it can lose one pod",
    ],
)
def test_pods_let_go_beside_a_blocking_budget_relax_it(shop: Operator, said: str) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert '"maxUnavailable": 1' in body


@pytest.mark.parametrize(
    "said",
    [
        # a pod let go during drains is a budget's, never a scale to one fewer
        "let frontend lose one pod during node drains",
        "my-api may lose 1 pod while nodes are drained",
    ],
)
def test_pods_let_go_during_drains_are_a_budget(shop: Operator, said: str) -> None:
    p, body = plans(shop, said)
    assert all(o.kind != "scale" for o in p.operations)
    assert '"maxUnavailable": 1' in body


@pytest.mark.parametrize(
    "said",
    [
        # no budget selects payments' pods: the budget said to block drains is not there
        "the payments budget is blocking all node drains, let it lose one pod",
        "payments pdb blocks every drain, relax it",
        # a relax that still allows no disruption
        "the orders PDB blocks every drain, set minAvailable to 2",
    ],
)
def test_a_blocking_budget_near_miss_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_pods_lost_with_no_disruption_said_stay_a_scale(shop: Operator) -> None:
    p, _ = plans(shop, "my-api could lose a replica")
    assert [o.summary() for o in p.operations] == ["scale deployment/my-api in shop to 1 replicas"]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        (
            "apparently all the frontend pods landed on one node, spread them across nodes",
            "frontend",
        ),
        ("all the worker pods sit on a single node, spread them", "worker"),
        ("orders pods are all on the same node, spread them out", "orders"),
        ("my-api has got all its eggs in one basket node-wise, spread 'em out please", "my-api"),
        ("spread payments' pods out please", "payments"),
    ],
)
def test_pods_said_on_one_node_with_a_spread_plan_anti_affinity(
    shop: Operator, said: str, name: str
) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"patch deployment/{name} in shop (strategic)"]
    assert "podAntiAffinity" in body


@pytest.mark.parametrize(
    "said",
    [
        # pods asked together: never the anti-affinity that pulls them apart
        "keep both orders pods on the same node",
        "make sure all orders pods are on one node",
        "run all of orders on one node",
        "both my-api pods ended up on one host; fix that",
        # an unclosed quote that is no elision still asks
        "set GREETING='hello on frontend",
    ],
)
def test_pods_together_or_an_open_quote_ask(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        # a Heroku dyno is a pod
        ("scale worker to 3 dynos", "scale deployment/worker in shop to 3 replicas"),
        ("give payments two more dynos", "scale deployment/payments in shop to 4 replicas"),
        ("all the orders dynos landed on one node, spread them", "patch deployment/orders in shop"),
    ],
)
def test_a_dyno_is_a_pod(shop: Operator, said: str, summary: str) -> None:
    p, _ = plans(shop, said)
    assert p.operations[0].summary().startswith(summary)


@pytest.mark.parametrize(
    "said",
    [
        "worker is a single dyno, make it two so a node going away doesn't stop the jobs",
        "worker runs a single pod; make it 2 so a node going down does not stop it",
    ],
)
def test_ha_count_said_as_make_it_n(shop: Operator, said: str) -> None:
    p, _ = plans(shop, said)
    assert "scale deployment/worker in shop to 2 replicas" in [o.summary() for o in p.operations]


@pytest.mark.parametrize(
    "said",
    [
        # one replica survives nothing; a count of zones is no replica count
        "worker is a single pod, make it one so a node going away doesn't stop it",
        "worker is a single pod, make it 2.5 so a node going away doesn't stop it",
    ],
)
def test_ha_count_near_misses_ask(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("spread frontend's three pods across zones", "frontend"),
        ("add pod anti-affinity to my-api so its two pods don't share a node", "my-api"),
        ("put anti-affinity on orders so the 2 orders pods never share a node", "orders"),
        ("spread payments' two pods over separate nodes", "payments"),
    ],
)
def test_the_pods_a_workload_runs_said_with_a_placement(
    shop: Operator, said: str, name: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"patch deployment/{name} in shop (strategic)"]


@pytest.mark.parametrize(
    "said",
    [
        # not the count it runs (frontend 3, my-api 2): a value the plan does not use
        "spread frontend's two pods across zones",
        "add pod anti-affinity to my-api so its five pods don't share a node",
    ],
)
def test_a_count_of_pods_that_is_not_the_live_one_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "gone"),
    [
        ("we've binned the old checkout service, can you delete the deployment? ta", "checkout"),
        (
            "my lead says worker isn't used any more, could you delete it? I'm a bit nervous",
            "worker",
        ),
        ("the worker deployment is legacy, can you delete it?", "worker"),
    ],
)
def test_a_delete_put_to_the_planner_after_its_context_plans(
    shop: Operator, said: str, gone: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"delete deployment/{gone} in shop"]


@pytest.mark.parametrize(
    "said",
    [
        # a question among us, after the same context, holds no order
        "worker is unused, can we delete it?",
        "my lead says worker isn't used any more, should we delete it?",
    ],
)
def test_a_delete_asked_among_us_after_its_context_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        (
            "the orders budget has been a nightmare during node upgrades, delete it",
            "delete poddisruptionbudget/orders in shop",
        ),
        ("worker's been useless since march, delete it", "delete deployment/worker in shop"),
        ("the orders pdb has been a pain, relax it", "patch poddisruptionbudget/orders in shop"),
    ],
)
def test_how_it_has_been_is_the_reason_not_an_action(
    shop: Operator, said: str, summary: str
) -> None:
    p, _ = plans(shop, said)
    assert len(p.operations) == 1
    assert p.operations[0].summary().startswith(summary)


def test_how_it_has_been_alone_asks(shop: Operator) -> None:
    asks(shop, "the orders pdb has been a nightmare during node upgrades")


@pytest.mark.parametrize(
    ("said", "gone"),
    [
        ("remove the orders PDB, we'll recreate it from the chart", "poddisruptionbudget/orders"),
        ("delete the orders pdb, flux will sync it back from git", "poddisruptionbudget/orders"),
        ("delete the cache deployment (keep the redis statefulset)", "deployment/cache"),
        ("delete worker, it's unused now (keep the redis)", "deployment/worker"),
    ],
)
def test_a_delete_with_an_aside_or_where_it_comes_back_from(
    shop: Operator, said: str, gone: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"delete {gone} in shop"]


@pytest.mark.parametrize(
    "said",
    [
        # taken out of something else, in the verb's own clause: no delete
        "remove orders from the mesh",
        "remove orders, we'll take it out of the mesh",
        # what is kept in the aside is what would be deleted
        "delete the cache statefulset (keep the redis)",
    ],
)
def test_a_delete_near_miss_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("make sure payments never drops below one pod during node maintenance", "payments"),
        ("my-api never goes below 1 pod during node drains", "my-api"),
    ],
)
def test_a_floor_said_in_the_third_person_is_a_budget(shop: Operator, said: str, name: str) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"apply poddisruptionbudget/{name} in shop"]
    assert '"minAvailable": 1' in body


@pytest.mark.parametrize(
    ("said", "gone"),
    [
        ("delete the my-api service but not the deployment", "service/my-api"),
        ("delete the orders pdb but keep the deployment", "poddisruptionbudget/orders"),
        ("remove the frontend service, leave the deployment alone", "service/frontend"),
    ],
)
def test_a_named_kind_deleted_and_the_workload_kept(shop: Operator, said: str, gone: str) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"delete {gone} in shop"]


@pytest.mark.parametrize(
    "said",
    [
        # the workload named to delete and kept in one breath
        "delete my-api but not the deployment",
        "delete the my-api deployment but not the deployment",
    ],
)
def test_a_workload_deleted_and_kept_asks(shop: Operator, said: str) -> None:
    asks(shop, said)
