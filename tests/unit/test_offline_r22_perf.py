"""Round 22's speed-ups beside 2,000 Deployments keep what is read: a list's version is None
when an item lacks a uid or a version (never kept), the set of workload names is the same object
from plan to plan while the namespace is unchanged and a new one when it changes, and the names
found in a text are the same whether they are given as a set kept by identity or as a list."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.planner.offline import reads, spoken
from dotop_nb.planner.offline import text as t
from dotop_nb.service import Operator
from tests.helpers import deployment
from tests.memory import shop_operator

Json = dict[str, Any]


def _item(uid: Any, version: Any) -> Json:
    return {"metadata": {"name": "w", "uid": uid, "resourceVersion": version}}


def test_a_list_version_is_every_uid_and_version_in_order() -> None:
    a = [_item("u1", "7"), _item("u2", "9")]
    assert reads._version(a) == "u1 7\nu2 9"
    assert reads._version(list(reversed(a))) != reads._version(a)
    assert reads._version([_item("u1", "7"), _item("u2", "10")]) != reads._version(a)
    assert reads._version([]) == ""


@pytest.mark.parametrize(
    "items",
    [
        [_item("u1", "7"), _item("", "9")],
        [_item("u1", "7"), _item("u2", "")],
        [_item("u1", "7"), _item(None, "9")],
        [_item(3, "7")],
        [{"metadata": {"name": "w", "uid": "u1"}}],
        [{"kind": "Deployment"}],
    ],
)
def test_a_list_with_an_item_lacking_a_uid_or_version_has_none(items: list[Json]) -> None:
    assert reads._version(items) is None


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Operator:
    monkeypatch.setattr(reads, "_kept", OrderedDict())
    return shop_operator(tmp_path)


def _names(op: Operator) -> frozenset[str]:
    return spoken.workload_names(spoken.Listed(reads.Once(op.gateway.reader())), "shop")


def test_the_names_are_one_set_while_the_namespace_is_unchanged(shop: Operator) -> None:
    first = _names(shop)
    assert {"my-api", "orders", "postgres"} <= first
    assert _names(shop) is first
    shop.client.apply(deployment("nightly-report", namespace="shop"))
    changed = _names(shop)
    assert changed is not first
    assert changed == first | {"nightly-report"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("scale MY-API to 3", ["my-api"]),
        ("restart the \u212aafka-bridge", ["kafka-bridge", "kafka"]),
        ("restart the \u212aafka bridge", ["kafka"]),
        ("orders and my-api-config", ["my-api", "orders"]),
        ("nothing named here", []),
    ],
)
def test_names_in_a_text_are_the_same_from_a_kept_set_or_a_list(
    text: str, found: list[str]
) -> None:
    names = frozenset({"my-api", "orders", "kafka", "kafka-bridge", "postgres"})
    kept = t.names_in(text, names)
    assert sorted(kept) == sorted(found)
    assert t.names_in(text, names) == kept  # the second time, from the kept lower case
    assert sorted(t.names_in(text, list(names))) == sorted(found)
    assert sorted(t.names_in(text, tuple(sorted(names)))) == sorted(found)
