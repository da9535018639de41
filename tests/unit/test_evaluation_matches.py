"""What a scenario's ``patch_contains`` matches: a quoted Go duration is found by its length of
time ("336h" is the "336h0m0s" Velero's CLI writes), any other text as it is written."""

from __future__ import annotations

import pytest

from dotop_nb.evaluation.model import matches
from dotop_nb.models import ApplyOp, Target


def schedule(ttl: str, cron: str = "0 1 * * *") -> ApplyOp:
    manifest = {
        "apiVersion": "velero.io/v1",
        "kind": "Schedule",
        "metadata": {"name": "namespace-shop", "namespace": "shop"},
        "spec": {"schedule": cron, "template": {"includedNamespaces": ["shop"], "ttl": ttl}},
    }
    return ApplyOp(target=Target.of(manifest), manifest=manifest)


def want(*needles: str) -> dict[str, object]:
    return {"kind": "apply", "target": "Schedule/*", "patch_contains": list(needles)}


@pytest.mark.parametrize(
    ("ttl", "needle"),
    [
        ("336h0m0s", '"336h"'),
        ("336h", '"336h0m0s"'),
        ("1h30m0s", '"1h30m"'),
        ("1h30m0s", '"5400s"'),
        ("72h0m0s", "72h"),
    ],
)
def test_a_duration_matches_the_same_length_written_another_way(ttl: str, needle: str) -> None:
    assert matches(want('"0 1 * * *"', needle), schedule(ttl))


@pytest.mark.parametrize(
    ("ttl", "needle"),
    [
        ("72h0m0s", '"720h"'),  # another length of time
        ("720h0m0s", '"72h"'),
        ("336h0m0s", '"337h"'),
        ("5m", '"300s"'),  # minutes alone also spell a CPU quantity: compared as text only
        ("90m", '"1h30m"'),
        ("336h0m0s", '"336"'),  # not a duration: text only
    ],
)
def test_a_different_length_or_a_bare_number_does_not_match(ttl: str, needle: str) -> None:
    assert not matches(want(needle), schedule(ttl))


def test_every_needle_must_be_there() -> None:
    assert not matches(want('"0 2 * * *"', '"336h"'), schedule("336h0m0s"))
