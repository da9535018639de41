"""Plain words of people new to Kubernetes (round 11, helper words): a count of boxes, servers,
instances or VMs said of a workload is its replica count, RAM is memory, "512 MB" is the decimal
512M, "run as administrator" is root, a firewall rule is a network policy, the NAME farm is
NAME, and a range of replicas that follows the load is an autoscaler. A cluster node is never a
replica, and a unit that could be cpu or memory still asks."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import plainwords
from dotop_nb.service import Operator
from tests.memory import asks, plans

_SCALE = "scale deployment/{} in shop to {} replicas"
_NAMES = frozenset({"my-api", "frontend", "orders", "payments", "worker", "postgres", "cache"})


@pytest.mark.parametrize(
    ("said", "name", "count"),
    [
        ("my-api should run on 3 boxes instead of 2", "my-api", 3),
        ("add two more servers to the frontend farm", "frontend", 5),
        ("orders can go to 3 app servers", "orders", 3),
        ("payments should run on 4 instances", "payments", 4),
        ("frontend on 5 VMs please", "frontend", 5),
        ("add one more box to the orders pool", "orders", 3),
        ("scale the worker to 3 servers", "worker", 3),
        ("take the worker offline for now (0 instances)", "worker", 0),
        ("take payments offline for maintenance (0 boxes)", "payments", 0),
    ],
)
def test_a_count_of_machines_is_the_replica_count(
    shop: Operator, said: str, name: str, count: int
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [_SCALE.format(name, count)]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("like a VM scale set: payments between 2 and 6 instances depending on load", "payments"),
        ("orders between 3 and 9 servers depending on traffic", "orders"),
        ("frontend should add servers by itself when CPU goes over 75%, up to 10", "frontend"),
    ],
)
def test_a_range_of_machines_with_the_load_is_an_autoscaler(
    shop: Operator, said: str, name: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"apply horizontalpodautoscaler/{name} in shop"]


@pytest.mark.parametrize(
    ("said", "name", "field", "value"),
    [
        ("give my-api more RAM: 512 MB max", "my-api", "limits", "512M"),
        ("give my-api a memory limit of 512 MB", "my-api", "limits", "512M"),
        ("cap the worker at 1 GB of RAM", "worker", "limits", "1G"),
        ("the worker memory limit to 1 GB", "worker", "limits", "1G"),
        ("raise the frontend RAM limit to 768 MB", "frontend", "limits", "768M"),
    ],
)
def test_ram_in_mb_is_a_decimal_memory_quantity(
    shop: Operator, said: str, name: str, field: str, value: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"patch deployment/{name} in shop (strategic)"]
    patch = json.dumps(p.operations[0].patch)
    assert f'"{field}": {{"memory": "{value}"}}' in patch
    assert "Mi" not in patch


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        (
            "the my-api service should not run as administrator (root)",
            "patch deployment/my-api in shop (strategic)",
        ),
        (
            "during host patching at least one my-api box has to stay up",
            "apply poddisruptionbudget/my-api in shop",
        ),
    ],
)
def test_plain_words_of_security_and_ha_plan(shop: Operator, said: str, summary: str) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]


def test_administrator_is_root() -> None:
    assert "run as root" in plainwords.read("worker must not run as administrator", lambda: _NAMES)


@pytest.mark.parametrize(
    "said",
    [
        # a cluster node is never a replica
        "drain node 3",
        "spread frontend over 3 nodes",
        "frontend across 3 machines",
        # a Prometheus server, or the postgres server, stays as said
        "keda on worker from prometheus, server http://prom:9090",
        "back up only the postgres server",
        # no workload of the namespace named
        "the web farm needs 3 servers",
    ],
)
def test_nodes_servers_and_unnamed_farms_are_left_as_said(said: str) -> None:
    assert plainwords.read(said, lambda: _NAMES) == said


@pytest.mark.parametrize(
    "said",
    [
        "orders from 3 to 8 servers based on traffic",  # it runs 2, not 3
        "drain node 3",
        "give my-api 512 max",  # cpu or memory?
        "the web farm needs 3 servers",
        "take orders offline (2 instances)",  # offline, yet two?
        "restart payments (0 replicas)",
    ],
)
def test_near_misses_still_ask(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_the_analysis_says_a_decimal_memory_quantity(shop: Operator) -> None:
    p, _ = plans(shop, "give my-api more RAM: 512 MB max")
    assert "512M is in decimal units" in p.analysis
    assert "not 512Mi" in p.analysis
    p, _ = plans(shop, "give my-api a memory limit of 512Mi")
    assert "decimal" not in p.analysis
