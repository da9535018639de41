"""What a reader derives from a list is kept between plans while the list holds the same objects
(reads.derived, by the items' uids and resourceVersions): a second plan in an unchanged namespace
builds no index again, a changed object is rebuilt, a list whose items lack a uid or a version is
never kept, and at most reads.KEPT results are kept. The keys said in words (spoken.keys_in) and
the workloads' names are derived per list the same way. Timings are figures of
``benchmarks/planner.py``; these tests check the structure and that nothing stale is read."""

from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.planner.offline import OfflinePlanner, reads, spoken
from dotop_nb.ports import PlanRequest
from dotop_nb.service import Operator
from tests.memory import shop_operator

Json = dict[str, Any]


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Operator:
    monkeypatch.setattr(reads, "_kept", OrderedDict())
    return shop_operator(tmp_path)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each index was built (by what), over every plan of the test."""
    counts: Counter[str] = Counter()
    derived = reads.Once.derived

    def counting(self: reads.Once, what: Any, items: list[Json], build: Any) -> Any:
        def counted(given: list[Json]) -> Any:
            counts[str(what)] += 1
            return build(given)

        return derived(self, what, items, counted)

    monkeypatch.setattr(reads.Once, "derived", counting)
    return counts


def _plan(op: Operator, intent: str) -> list[str]:
    result = OfflinePlanner().plan(
        PlanRequest(intent, "shop", capabilities=op.gateway.capabilities()), op.gateway.reader()
    )
    assert result.operations, result.question
    return [op.summary() for op in result.operations]


def test_an_unchanged_namespace_builds_no_index_in_the_next_plan(
    shop: Operator, built: Counter[str]
) -> None:
    first = _plan(shop, "set LOG_LEVEL to debug on my-api")
    assert built["keys"] >= 1, built
    assert built["names"] >= 1, built
    before = sum(built.values())
    assert _plan(shop, "set LOG_LEVEL to debug on my-api") == first
    assert sum(built.values()) == before, built


def test_a_changed_object_is_read_anew(shop: Operator, built: Counter[str]) -> None:
    _plan(shop, "set LOG_LEVEL to debug on my-api")
    keys = built["keys"]
    # A ConfigMap gains a key: its list holds another version, so its keys are derived again,
    # and the new key is known to the words the next plan reads.
    cm = shop.client.get("v1", "ConfigMap", "orders-config", "shop")
    cm["data"]["RETRY_LIMIT"] = "3"
    shop.client.request("PUT", "/api/v1/namespaces/shop/configmaps/orders-config", body=cm)
    listed = spoken.Listed(reads.Once(shop.gateway.reader()))
    found = spoken.keys_in(listed, "shop")
    assert found["RETRY_LIMIT"] == {"3"}
    assert built["keys"] > keys, built


def test_keys_and_names_are_those_the_namespace_holds(shop: Operator) -> None:
    reader = shop.gateway.reader()
    listed = spoken.Listed(reads.Once(reader))
    keys = spoken.keys_in(listed, "shop")
    # From a ConfigMap's data and from a workload's literal env alike, with their values now.
    assert keys["BATCH_SIZE"] == {"10"}
    assert "info" in keys["LOG_LEVEL"]
    assert all(k.isupper() for k in keys)
    names = spoken.workload_names(listed, "shop")
    every = {
        str(o["metadata"]["name"])
        for kind in ("Deployment", "StatefulSet", "DaemonSet")
        for o in reader.list_objects("apps/v1", kind, "shop")
    }
    assert names == every
    assert {"my-api", "orders", "postgres"} <= names
    # Read again through a plain reader (nothing kept, nothing shared): the same answers.
    assert spoken.keys_in(reader, "shop") == keys
    assert spoken.workload_names(reader, "shop") == names


def test_a_list_without_uids_or_versions_is_never_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reads, "_kept", OrderedDict())

    class Lister:
        def list_objects(self, *args: Any, **kw: Any) -> list[Json]:
            return [{"metadata": {"name": f"w{i}", "resourceVersion": "1"}} for i in range(3)]

    calls: Counter[str] = Counter()

    def names(items: list[Json]) -> list[str]:
        calls["names"] += 1
        return [i["metadata"]["name"] for i in items]

    for _ in range(3):  # three plans, each its own Once
        once = reads.Once(Lister())  # type: ignore[arg-type]
        items = once.list_objects("apps/v1", "Deployment", "shop")
        assert reads.derived(once, "names", items, names) == ["w0", "w1", "w2"]
    assert calls["names"] == 3
    assert not reads._kept


def test_at_most_kept_results_are_kept_least_recently_used_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reads, "_kept", OrderedDict())
    monkeypatch.setattr(reads, "KEPT", 2)

    def items(uid: str) -> list[Json]:
        return [{"metadata": {"name": uid, "uid": uid, "resourceVersion": "7"}}]

    calls: Counter[str] = Counter()

    def first_name(given: list[Json]) -> str:
        calls[given[0]["metadata"]["uid"]] += 1
        return str(given[0]["metadata"]["name"])

    class Lister:
        def list_objects(self, *args: Any, **kw: Any) -> list[Json]:
            return []

    def derive(uid: str) -> str:
        return reads.derived(reads.Once(Lister()), "first", items(uid), first_name)  # type: ignore[arg-type]

    assert [derive("a"), derive("b"), derive("a"), derive("c")] == ["a", "b", "a", "c"]
    # "a" was used after "b", so "b" was dropped when "c" came; "a" is still kept.
    assert calls == Counter({"a": 1, "b": 1, "c": 1})
    assert len(reads._kept) == 2
    derive("a")
    derive("b")
    assert calls == Counter({"a": 1, "b": 2, "c": 1})


def test_the_same_objects_at_another_version_are_another_list() -> None:
    one = [{"metadata": {"uid": "u1", "resourceVersion": "1"}}]
    two = [{"metadata": {"uid": "u1", "resourceVersion": "2"}}]
    other = [{"metadata": {"uid": "u2", "resourceVersion": "1"}}]
    assert reads._version(one) != reads._version(two) != reads._version(other)
    assert reads._version(one) == reads._version([dict(one[0])])
    assert reads._version([{"metadata": {"uid": "u1"}}]) is None
    assert reads._version([]) == ""
