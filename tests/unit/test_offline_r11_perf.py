"""What a reader derives from a whole list is derived once per list and plan (reads.derived):
the workloads by what they run (Ctx.running), their labels' values (leftout), the parts of their
names (muddles). A list cut by a limit is cut once, so every reader asking that limit shares it.

The derived indexes find what the passes over the list they replace found: these tests compare
them with those passes, among many Deployments, and check that each is built once per list.
The timings are figures of ``benchmarks/planner.py``; these tests check the structure."""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.models import WORKLOAD_KINDS, Target
from dotop_nb.planner.offline import OfflinePlanner, leftout, muddles, reads
from dotop_nb.planner.offline.context import Ctx, containers
from dotop_nb.ports import PlanRequest
from dotop_nb.service import Operator
from tests.memory import crowded_operator

Json = dict[str, Any]
FILLERS = 120


def _filler(i: int) -> Json:
    name = f"filler-{i:04d}"
    labels = {"app": name, "tier": f"band-{i % 7}"}
    image = ("nginx:1", "ghcr.io/acme/envoy:1.2", "redis@sha256:abc", "busybox")[i % 4]
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": "shop", "labels": labels},
        "spec": {
            "replicas": 0,
            "selector": {"matchLabels": {"app": name}},
            "template": {
                "metadata": {"labels": labels},
                "spec": {
                    "containers": [
                        {"name": f"c{i % 3}", "image": image},
                        {"name": "sidecar", "image": "istio/proxyv2:1"},
                    ]
                },
            },
        },
    }


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    """The shop, in a namespace that also holds FILLERS more Deployments."""
    op = crowded_operator(
        Path(tmp_path_factory.mktemp("crowded")), *(_filler(i) for i in range(FILLERS))
    )
    yield op
    op.close()


def _ctx(op: Operator, text: str) -> Ctx:
    return Ctx.of(PlanRequest(text, "shop"), reads.Once(op.gateway.reader()))


def _running_by_pass(ctx: Ctx, kinds: list[str], words: set[str]) -> list[str]:
    """What Ctx.running found by a pass over each list, for ``words`` (the reference)."""
    found: dict[str, None] = {}
    for kind in kinds or WORKLOAD_KINDS:
        for obj in ctx.cluster.list_objects("apps/v1", kind, "shop", limit=2001):
            for item in containers(obj)[:1]:
                repository = str(item.get("image", "")).rpartition("/")[2].split(":")[0]
                if words & {str(item.get("name", "")), repository.split("@")[0]}:
                    found[Target.of(obj).key] = None
    return list(found)


@pytest.mark.parametrize(
    ("text", "kinds", "words"),
    [
        ("restart the envoy ones", [], {"envoy"}),
        ("the redis statefulset", ["StatefulSet"], {"redis"}),
        ("bounce whatever runs redis", [], {"redis"}),
        ("scale the c1 containers", ["Deployment"], {"c1"}),
        ("the nginx and busybox apps", [], {"nginx", "busybox"}),
        # A sidecar's name is not enough: nothing runs "sidecar" or "proxyv2" as its main one.
        ("the sidecar", [], set()),
        ("the proxyv2 pods", [], set()),
    ],
)
def test_running_finds_what_a_pass_over_the_list_finds(
    crowded: Operator, text: str, kinds: list[str], words: set[str]
) -> None:
    ctx = _ctx(crowded, text)
    got = [t.key for t, _ in ctx.running(kinds)]
    assert got == _running_by_pass(ctx, kinds, set(ctx.candidates()))
    if words:
        assert got, text
    else:
        assert not got, got


def test_label_values_and_name_parts_are_those_of_a_pass(crowded: Operator) -> None:
    ctx = _ctx(crowded, "restart the backend tier")
    items = [
        obj
        for kind in ("Deployment", "StatefulSet", "DaemonSet")
        for obj in ctx.cluster.list_objects("apps/v1", kind, "shop")
    ]
    values = {
        str(v)
        for obj in items
        for k, v in (obj["metadata"].get("labels") or {}).items()
        if k != "app"
    }
    assert leftout._label_values(ctx) == values
    assert {"band-0", "band-6", "backend"} <= values
    parts = muddles._parts(ctx)
    assert {"filler", "0007", "c2", "api"} <= parts
    assert "filler-0007" not in parts


def test_derived_is_built_once_per_list_and_what() -> None:
    class Lister:
        def __init__(self) -> None:
            self.items = [{"metadata": {"name": f"w{i}"}} for i in range(5)]

        def list_objects(self, *args: Any, **kw: Any) -> list[Json]:
            return self.items[: kw.get("limit") or None]

    once = reads.Once(Lister())  # type: ignore[arg-type]
    built: Counter[str] = Counter()

    def names(items: list[Json]) -> list[str]:
        built["names"] += 1
        return [i["metadata"]["name"] for i in items]

    first = once.list_objects("apps/v1", "Deployment", "shop", limit=3)
    # One list cut to a limit is the same list for every reader asking that limit.
    assert once.list_objects("apps/v1", "Deployment", "shop", limit=3) is first
    for _ in range(4):
        assert reads.derived(once, "names", first, names) == ["w0", "w1", "w2"]
    assert built["names"] == 1
    whole = once.list_objects("apps/v1", "Deployment", "shop")
    assert reads.derived(once, "names", whole, names) == [f"w{i}" for i in range(5)]
    assert built["names"] == 2
    # Another reader than a plan's Once builds on each call (nothing kept).
    plain = Lister()
    reads.derived(plain, "names", plain.items, names)  # type: ignore[arg-type]
    reads.derived(plain, "names", plain.items, names)  # type: ignore[arg-type]
    assert built["names"] == 4


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("restart whatever runs envoy except filler-0001", None),
        ("restart the redis statefulset", "rollout_restart"),
        ("scale payments to 3, leave the backend tier alone", "scale"),
    ],
)
def test_a_plan_builds_each_index_once_per_list(
    crowded: Operator, intent: str, kind: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: Counter[tuple[str, int]] = Counter()
    derived = reads.Once.derived

    def counting(self: reads.Once, what: Any, items: list[Json], build: Any) -> Any:
        def counted(given: list[Json]) -> Any:
            built[(str(what), id(given))] += 1
            return build(given)

        return derived(self, what, items, counted)

    monkeypatch.setattr(reads.Once, "derived", counting)
    # Nothing kept from an earlier plan (test_offline_r12_perf holds what is kept between plans).
    monkeypatch.setattr(reads, "_kept", OrderedDict())
    result = OfflinePlanner().plan(
        PlanRequest(intent, "shop", capabilities=crowded.gateway.capabilities()),
        crowded.gateway.reader(),
    )
    if kind is None:
        assert result.question, result.operations
    else:
        assert [op.kind for op in result.operations] == [kind], result.question
    assert built, "no index derived"
    assert set(built.values()) == {1}, built
    assert not re.search(r"filler-0001", " ".join(o.target.name for o in result.operations))
