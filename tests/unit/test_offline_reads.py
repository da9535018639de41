"""The words read before planning (typos, keys said in words, the workloads' names) read the
namespace once per plan and build each index from it once: a namespace of 2,000 Deployments
costs one list of them per plan, and a pass over it per index, never one per reader or per call.
Timings are figures of ``benchmarks/planner.py``; these tests check the structure."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from dotop_nb.planner.offline import OfflinePlanner, spoken, typos
from dotop_nb.ports import ClusterReader, PlanRequest
from dotop_nb.service import Operator

Json = dict[str, Any]


class Counting:
    """A reader that counts its lists by (apiVersion, kind, namespace, whole): whole when no
    label selector narrows the list."""

    def __init__(self, inner: ClusterReader) -> None:
        self.inner = inner
        self.lists: Counter[tuple[str, str, str | None, bool]] = Counter()

    def list_objects(
        self, api_version: str, kind: str, namespace: str | None = None, **kw: Any
    ) -> list[Json]:
        self.lists[(api_version, kind, namespace, kw.get("label_selector") is None)] += 1
        return self.inner.list_objects(api_version, kind, namespace, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _words_lists(reader: Counting) -> Counter[tuple[str, str, str | None, bool]]:
    # The words readers list the whole namespace through spoken.Listed, over the plan's
    # reads.Once (which reads each list once, fresh: their stale_ok does not reach the cluster).
    return Counter({k: n for k, n in reader.lists.items() if k[3]})


def test_each_list_of_the_words_readers_is_read_once_per_plan(shop: Operator) -> None:
    # A mistyped word (the namespace's words are read), a key said in words (keys and names).
    for intent in ("sclae my-api to 4", "set my-api log level to debug", "restrat cart"):
        reader = Counting(shop.gateway.reader())
        OfflinePlanner().plan(PlanRequest(intent, "shop"), reader)  # type: ignore[arg-type]
        counted = _words_lists(reader)
        assert counted[("apps/v1", "Deployment", "shop", True)] == 1, intent
        assert set(counted.values()) == {1}, (intent, counted)


def test_each_index_is_built_once_and_shared(shop: Operator) -> None:
    reader = Counting(shop.gateway.reader())
    listed = spoken.Listed(reader)  # type: ignore[arg-type]
    keys = spoken.keys_in(listed, "shop")
    names = spoken.workload_names(listed, "shop")
    words = typos.cluster_words(listed, "shop")
    assert spoken.keys_in(listed, "shop") is keys
    assert spoken.workload_names(listed, "shop") is names
    assert typos.cluster_words(listed, "shop") is words
    assert "LOG_LEVEL" in keys
    assert "my-api" in names
    assert "api" in words
    assert set(reader.lists.values()) == {1}
    # Read straight from a reader, each call reads afresh (and finds the same).
    assert spoken.keys_in(shop.gateway.reader(), "shop") == keys
    assert typos.cluster_words(shop.gateway.reader(), "shop") == words


class _Lists:
    def __init__(self, objects: dict[str, list[Json]]) -> None:
        self.objects = objects

    def list_objects(self, api_version: str, kind: str, namespace: str | None = None) -> list[Json]:
        return self.objects.get(kind, [])


def test_the_namespaces_words_are_those_of_each_text_found_one_by_one() -> None:
    odd = {
        "metadata": {"name": "Über-API2go", "labels": {"tier": "back_end", "v": 3}},
        "spec": {
            "template": {
                "spec": {
                    "containers": [
                        {"name": None, "env": [{"name": "MODE"}, {"name": "X", "value": 1.5}]}
                    ],
                    "initContainers": [
                        {"name": "migrate", "env": [{"name": "LONG", "value": "ab " * 300}]}
                    ],
                }
            }
        },
    }
    cm = {
        "metadata": {"name": "cfg"},
        "data": {"KEY_ONE": "Zürich\nline two", "n": "x" * 250 + "tail"},
    }
    lists = _Lists({"Deployment": [odd], "ConfigMap": [cm], "Service": [{"metadata": {}}]})
    texts = [
        "Über-API2go",
        "tier",
        "back_end",
        "v",
        "3",
        "None",
        "MODE",
        "",
        "X",
        "1.5",
        "migrate",
        "LONG",
        ("ab " * 300)[:200],
        "cfg",
        "KEY_ONE",
        "Zürich\nline two",
        "n",
        ("x" * 250)[:200],
        "None",
    ]
    one_by_one = {w for t in texts for w in re.findall(r"[a-z]+", t.lower())}
    assert typos.cluster_words(lists, "shop") == frozenset(one_by_one)  # type: ignore[arg-type]
    assert "tail" not in one_by_one
    assert "ber" in one_by_one
