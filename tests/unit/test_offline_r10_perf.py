"""A namespace of many Deployments costs a plan what the shop does, apart from reading them:

- the phrasings read against every workload's name (outcomes.read) build their patterns of the
  names whose letters are in the text (text.names_in), which find what patterns of every name
  would — never a pattern of 2,000 names per rule and plan;
- reads.Once reads each list of a plan once, fresh, whatever staleness its readers accept: the
  words read before planning (stale_ok) and the readers after them (fresh) share one list;
- the in-memory double sorts only the objects of the kind it lists.

The timings are figures of ``benchmarks/planner.py``; these tests check the structure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.planner.offline import OfflinePlanner, outcomes
from dotop_nb.planner.offline import text as t
from dotop_nb.ports import ClusterReader, PlanRequest
from dotop_nb.service import Operator
from tests.memory import crowded_operator

Json = dict[str, Any]
FILLERS = 150
SHOP = ["my-api", "frontend", "payments", "orders", "checkout", "worker", "cache", "postgres"]
MANY = SHOP + [f"filler-{i:04d}" for i in range(FILLERS)]


def _filler(i: int) -> Json:
    name = f"filler-{i:04d}"
    labels = {"app": name}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": "shop", "labels": labels},
        "spec": {
            "replicas": 0,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {"containers": [{"name": "c", "image": "nginx:1"}]},
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


# ------------------------------------------------------------------------ text.names_in
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("please remove the worker from the cluster", ["worker"]),
        ("Shut PAYMENTS down", ["payments"]),
        ("the my-api-config map", ["my-api"]),  # a part of a longer word counts
        ("restart orders and the frontend", ["frontend", "orders"]),
        ("nothing named here", []),
        # Letters a case-blind pattern matches to ASCII: long s, the Kelvin sign.
        ("\u017fhut the worker down", ["worker"]),
        ("turn off the wor\u212aer", ["worker"]),
        ("turn off CACHE", ["cache"]),
    ],
)
def test_names_in_are_the_names_whose_letters_are_in_the_text(text: str, found: list[str]) -> None:
    assert sorted(t.names_in(text, MANY)) == sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Shut Filler-0007 down",
        "turn off the wor\u212aer",
        "\u017fcale worker to 0",
        "payments, orders and filler-0149: remove them from the cluster",
        "the WORKER-2 and cache",
    ],
)
def test_names_in_keep_every_name_a_case_blind_pattern_finds(text: str) -> None:
    said = {n for n in MANY if re.search(re.escape(n), text, re.I)}
    assert said <= set(t.names_in(text, MANY))
    assert said  # each text names one at least


# ------------------------------------------------------------------------ outcomes.read
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The worker was retired; please remove it from the cluster.", "please delete worker."),
        ("shut orders down for the night", "scale orders to 0"),
        ("give the frontend a fresh start", "restart frontend"),
        ("make sure filler-0042 survives a node failure", "make filler-0042 highly available"),
        ("payments can stay; please turn off filler-0007", "scale filler-0007 to 0"),
    ],
)
def test_outcomes_read_the_same_among_many_names(
    text: str, written: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    targets: list[str] = []
    compiled = outcomes._Rule.compiled

    def recording(rule: outcomes._Rule, target: str) -> re.Pattern[str]:
        targets.append(target)
        return compiled(rule, target)

    monkeypatch.setattr(outcomes._Rule, "compiled", recording)
    many = outcomes.read(text, MANY, {}, "shop")
    assert written in many
    # The same as among the names said alone, and no pattern of names the text does not hold.
    assert many == outcomes.read(text, [n for n in MANY if n.lower() in text.lower()], {}, "shop")
    unsaid = {n for n in MANY if n not in text.lower()}
    assert targets
    assert not any(n in target.split("|") for target in targets for n in map(re.escape, unsaid))


def test_outcomes_read_a_name_the_rewrite_brings_in() -> None:
    # "it" is written as the one workload named; the rules after see it (the names are taken
    # again from the rewritten text).
    assert outcomes.read("payments is retired, take it out of the cluster", MANY, {}, "shop") == (
        "payments is retired, delete payments"
    )


# ------------------------------------------------------------------------ reads per plan
class Counting:
    """A reader that counts its lists by (kind, label selector, limit, stale_ok)."""

    def __init__(self, inner: ClusterReader) -> None:
        self.inner = inner
        self.lists: Counter[tuple[str, str | None]] = Counter()
        self.stale = 0

    def list_objects(
        self, api_version: str, kind: str, namespace: str | None = None, **kw: Any
    ) -> list[Json]:
        self.lists[(kind, kw.get("label_selector"))] += 1
        self.stale += bool(kw.get("stale_ok"))
        return self.inner.list_objects(api_version, kind, namespace, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("triple the worker reps", "scale"),
        ("scale payments to 3", "scale"),
        ("restart frontend", "rollout_restart"),
        ("sclae orders to 4", "scale"),  # the typo reader reads the namespace's words
        ("shut the checkout down", "scale"),
    ],
)
def test_a_plan_among_many_deployments_lists_them_once(
    crowded: Operator, intent: str, kind: str
) -> None:
    reader = Counting(crowded.gateway.reader())
    result = OfflinePlanner().plan(
        PlanRequest(intent, "shop", capabilities=crowded.gateway.capabilities()),
        reader,  # type: ignore[arg-type]
    )
    assert [op.kind for op in result.operations] == [kind], result.question
    assert reader.lists[("Deployment", None)] == 1, reader.lists
    assert set(reader.lists.values()) == {1}, reader.lists
    assert reader.stale == 0


# ------------------------------------------------------------------------ the memory double
def test_the_memory_double_lists_one_kind_in_name_order(crowded: Operator) -> None:
    names = [d["metadata"]["name"] for d in crowded.client.list("apps/v1", "Deployment", "shop")]
    assert names == sorted(names)
    assert len(names) == len(set(names)) >= FILLERS + 5
    assert {s["metadata"]["name"] for s in crowded.client.list("apps/v1", "StatefulSet", "shop")}
    assert not any(
        n.startswith("filler-")
        for n in (s["metadata"]["name"] for s in crowded.client.list("apps/v1", "StatefulSet"))
    )
    every = crowded.client.list("v1", "ConfigMap", None)
    keys = [(c["metadata"]["namespace"], c["metadata"]["name"]) for c in every]
    assert keys == sorted(keys)
