"""Updates, rollbacks and restarts said without their verb (helper upd2, issue 11 wave 2).

A restart said as its outcome ("a fresh set of pods", "the pods should be recreated"), what the
pods were left with said as context ("orders pods got a stale token"), the set to restart said
by what it reads ("whatever reads shared-config") or by a bare label ("everything
tier=backend"), a rollback from the version that runs now ("1.1.0 is throwing 500s, revert"),
the previous revision said as what it was ("prev rev", "the image it had"), and a version to a
version with no verb ("redis 7 -> 7.2"). What is truly unsure stays a question. Our own
phrasings, over the in-memory shop.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


def _kinds(shop: Operator, intent: str) -> dict[str, str]:
    proposal, _ = plans(shop, intent)
    return {o.target.name: o.kind for o in proposal.operations}


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("worker could do with a fresh set of pods, same replica count", "worker"),
        ("payments pods need to be recreated, rolling", "payments"),
        ("swap the my-api pods for brand-new ones please", "my-api"),
        ("frontend pods should get replaced by fresh ones, a few at a time", "frontend"),
        ("worker picked up a stale dns entry, bounce it", "worker"),
        ("orders pods got an old token, cycle them", "orders"),
        ("recycle my-api, no image change", "my-api"),
        ("bounce worker without any config change", "worker"),
    ],
)
def test_restart_said_as_its_outcome(shop: Operator, intent: str, target: str) -> None:
    assert _kinds(shop, intent) == {target: "rollout_restart"}


@pytest.mark.parametrize(
    "intent",
    [
        "we edited shared-config, so restart whatever reads it",
        "bounce everything which mounts shared-config",
        "shared-config was edited, recycle the deployments that load it",
    ],
)
def test_restart_what_reads_a_configmap(shop: Operator, intent: str) -> None:
    kinds = _kinds(shop, intent)
    assert kinds
    assert set(kinds.values()) == {"rollout_restart"}
    assert "checkout" not in kinds  # checkout reads no shared-config


@pytest.mark.parametrize(
    "intent",
    [
        "restart everything tier=backend",
        "bounce whatever has tier=backend",
        "restart all deployments with tier=backend except checkout",
    ],
)
def test_restart_a_set_said_by_a_bare_label(shop: Operator, intent: str) -> None:
    kinds = _kinds(shop, intent)
    assert len(kinds) > 1
    assert set(kinds.values()) == {"rollout_restart"}
    assert ("checkout" in kinds) == ("except" not in intent)


@pytest.mark.parametrize(
    "intent",
    [
        "checkout 1.1.0 keeps returning 503s, revert it",
        "roll checkout back, 1.1.0 leaks memory",
        "checkout: previous rev please",
        "bring checkout back to the image it had before this rollout",
        "checkout onto its last good image",
    ],
)
def test_rollback_from_what_runs_now(shop: Operator, intent: str) -> None:
    assert _kinds(shop, intent) == {"checkout": "rollout_undo"}


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("redis 7 -> 7.2 on the cache statefulset", "redis:7.2"),
        ("payments 3.0.0 \u2192 3.1.0", "payments:3.1.0"),
        ("my-api 1.4.0 to 1.4.1", "my-api:1.4.1"),
    ],
)
def test_version_to_version_without_a_verb(shop: Operator, intent: str, image: str) -> None:
    _, body = plans(shop, intent)
    assert image in body


@pytest.mark.parametrize(
    "intent",
    [
        # "to 1.1.0" names where to go, and it is what runs: asked, never left.
        "roll checkout back to 1.1.0",
        # Nothing reads it.
        "restart whatever reads nonexistent-config",
    ],
)
def test_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_quantity_from_to_is_no_version(shop: Operator) -> None:
    # Round 10: "A to B" of one field is a change, its left side checked against the live value
    # (frontend requests 100m; "cpu 0.5 to 1.5" is asked).
    _, body = plans(shop, "frontend cpu request 100m to 1.5")
    assert "resources" in body
    assert '"image"' not in body


def test_a_real_wait_is_what_the_restart_waits_on(shop: Operator) -> None:
    """Asked before session 7; now planned, waiting on a person (planner/offline/waits.py)."""
    p = shop.analyze(
        "restart everything tier=backend after the migration finishes", namespace="shop"
    )
    assert p.status == "proposed", p.question
    assert p.awaits == "after the migration finishes"
