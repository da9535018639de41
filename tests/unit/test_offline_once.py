"""The offline planner reads each distinct thing once per plan and never changes what it read
(:mod:`dotop_nb.planner.offline.reads`): the answers are shared between its readers, so a
reader that edited a manifest it was given would change what every later reader sees."""

from __future__ import annotations

import pytest

from dotop_nb.evaluation.model import load_scenarios
from dotop_nb.planner.offline import OfflinePlanner
from dotop_nb.planner.offline.reads import Once
from dotop_nb.ports import PlanRequest
from dotop_nb.service import Operator


def _sample() -> list[str]:
    """Every fifth labelled phrasing, and every phrasing of the newest blind set: all builders,
    the compound and the refused ones."""
    corpus = [c.intent for c in load_scenarios()][::5]
    return corpus + [c.intent for c in load_scenarios("blind11", split="blind")]


def test_no_plan_changes_what_it_read(shop: Operator) -> None:
    planner = OfflinePlanner()
    changed = {}
    for intent in _sample():
        once = Once(shop.gateway.reader(), check=True)
        planner.plan(PlanRequest(intent, "shop", capabilities=shop.gateway.capabilities()), once)
        if once.changed():
            changed[intent] = once.changed()
    assert not changed


class Recording:
    """The shop's reader, recording each read that reaches it with its arguments."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.reads: list[str] = []

    def __getattr__(self, name: str) -> object:
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def recorded(*args: object, **kwargs: object) -> object:
            self.reads.append(f"{name}{args}{sorted(kwargs.items())}")
            return attr(*args, **kwargs)

        return recorded


def test_a_plan_makes_each_read_once(shop: Operator) -> None:
    recording = Recording(shop.gateway.reader())
    # A compound of two workloads: name resolution, each builder and the protections all list
    # the namespace's workloads and get their targets; the cluster is asked each thing once.
    result = OfflinePlanner().plan(
        PlanRequest(
            "scale payments to 3 and restart orders, but leave frontend alone",
            "shop",
            capabilities=shop.gateway.capabilities(),
        ),
        recording,  # type: ignore[arg-type]
    )
    assert sorted(op.kind for op in result.operations) == ["rollout_restart", "scale"]
    lists = [r for r in recording.reads if r.startswith("list_objects")]
    assert len(lists) >= 2
    assert len(set(recording.reads)) == len(recording.reads), recording.reads


def test_a_complete_list_serves_any_limit_and_staleness(shop: Operator) -> None:
    recording = Recording(shop.gateway.reader())
    once = Once(recording)  # type: ignore[arg-type]
    everything = once.list_objects("apps/v1", "Deployment", "shop")
    assert once.list_objects("apps/v1", "Deployment", "shop", limit=2001) == everything
    assert once.list_objects("apps/v1", "Deployment", "shop", stale_ok=True) == everything
    assert once.list_objects("apps/v1", "Deployment", "shop", limit=2) == everything[:2]
    assert len(recording.reads) == 1
    # A list cut by its limit serves no longer one. A stale_ok reader is read fresh, and that
    # list serves the fresh reader after it: one list, not two.
    once = Once(recording)  # type: ignore[arg-type]
    once.list_objects("apps/v1", "Deployment", "shop", limit=2)
    assert once.list_objects("apps/v1", "Deployment", "shop") == everything
    once.list_objects("apps/v1", "StatefulSet", "shop", stale_ok=True)
    once.list_objects("apps/v1", "StatefulSet", "shop")
    assert len(recording.reads) == 4
    assert "('stale_ok', True)" not in " ".join(recording.reads)


def test_check_is_needed_to_ask_what_changed(shop: Operator) -> None:
    with pytest.raises(ValueError, match="check=True"):
        Once(shop.gateway.reader()).changed()


def test_a_changed_answer_is_reported(shop: Operator) -> None:
    once = Once(shop.gateway.reader(), check=True)
    deployments = once.list_objects("apps/v1", "Deployment", "shop")
    deployments[0]["spec"]["replicas"] = 99
    assert once.changed() == [("list", "apps/v1", "Deployment", "shop", None)]
