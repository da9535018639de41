"""Round 44, helper m44a: blind47's gaps — two objects named as one order's targets, a network
policy's sources named by nicknames, a container named beside a symptom or a skip, and an env
var taken out with the particle last.

Each test names the shape it holds and the variants around it that must keep their meaning: a
question where the request is unclear, the plan where it is not.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _done(op: Operator, intent: str) -> set[tuple[str, str]]:
    proposal, _ = plans(op, intent)
    return {(o.kind, f"{o.target.kind}/{o.target.name}") for o in proposal.operations}


# 1. Two objects of one name, each said with its kind, then the whole list said again ("both of
# them") or how it is done ("rolling"): both are the order's targets.


@pytest.mark.parametrize(
    "intent",
    [
        "Bona tarda. Restart the fira proxy (the cache Deployment) and the porro redis (the cache "
        "StatefulSet), both of them, rolling, and don't delete pods by hand",
        "restart the photo proxy (the cache Deployment) and the glider redis (the cache "
        "StatefulSet), both",
        "bounce the cache sts and the cache deploy, the two of them",
        "restart the cache deployment and the cache statefulset, both of them, one at a time",
        "rolling restart of the cache statefulset and the cache deployment, all of them",
    ],
)
def test_both_caches_said_with_their_kinds_then_both_are_restarted(
    op: Operator, intent: str
) -> None:
    assert _done(op, intent) == {
        ("rollout_restart", "Deployment/cache"),
        ("rollout_restart", "StatefulSet/cache"),
    }


@pytest.mark.parametrize(
    "intent",
    [
        "delete the siapo proxy (the cache Deployment) and the niu redis (the cache StatefulSet), "
        "both, Losa moved the cache to a managed service",
        "delete the cache deployment and the cache statefulset, both of them",
    ],
)
def test_both_caches_said_with_their_kinds_then_both_are_deleted(op: Operator, intent: str) -> None:
    assert _done(op, intent) == {
        ("delete", "Deployment/cache"),
        ("delete", "StatefulSet/cache"),
    }


@pytest.mark.parametrize(
    "intent",
    [
        "restart cache, both of them",
        "restart the cache, both of them, rolling",
        "restart the cache deployment and the cache statefulset, not both",
        "delete cache, both",
        "restart the cache deployment and the cache statefulset, both, maybe",
    ],
)
def test_which_cache_is_still_asked_when_the_kinds_are_not_each_said(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


# 2. Sources of a network policy named by a nickname with an apostrophe ("the va'a checkout
# (checkout)"): the nickname is read whole, as any other.


@pytest.mark.parametrize(
    ("intent", "sources", "guarded", "port"),
    [
        (
            "only the va'a checkout (checkout) and the panipopo orders (orders) may reach the "
            "tala payments (payments) on port 8080",
            ["checkout", "orders"],
            "payments",
            8080,
        ),
        (
            "only the va'a checkout (checkout) may reach the tala payments (payments) on port 8080",
            ["checkout"],
            "payments",
            8080,
        ),
        (
            "only the o'o API (my-api) and the kasse worker (worker) may reach the mana'o DB "
            "(postgres) on 5432",
            ["my-api", "worker"],
            "postgres",
            5432,
        ),
    ],
)
def test_a_nickname_with_an_apostrophe_names_a_policy_source(
    op: Operator, intent: str, sources: list[str], guarded: str, port: int
) -> None:
    proposal, body = plans(op, intent)
    assert [(o.kind, o.target.kind) for o in proposal.operations] == [("apply", "NetworkPolicy")]
    assert f'"app": "{guarded}"' in body
    for source in sources:
        assert f'"app": "{source}"' in body
    assert f'"port": {port}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "the va'a checkout (checkout) and the panipopo orders (orders) may reach the tala "
        "payments (payments)?",
        "only the va'a checkout (checkout) or the panipopo orders (orders) may reach the tala "
        "payments (payments), not sure which",
    ],
)
def test_a_policy_with_apostrophe_nicknames_is_still_asked_when_unclear(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


# 3. A container named beside a symptom ("envoy … keeps getting OOMKilled") or a skip ("skip the
# envoy; … the app container's …"): the container the change is for.


@pytest.mark.parametrize(
    ("intent", "container", "value"),
    [
        (
            "envoy in the flight orders (orders) keeps getting OOMKilled at 128Mi, raise its "
            "memory limit to 256Mi. Only envoy, the app container stays as it is",
            "envoy",
            "256Mi",
        ),
        (
            "the envoy sidecar of orders keeps crashing with OOMKilled, bump its memory limit to "
            "300Mi, leave app alone",
            "envoy",
            "300Mi",
        ),
        (
            "skip the envoy; in the panipopo orders (orders) set the app container's memory "
            "request to 384Mi",
            "app",
            "384Mi",
        ),
        (
            "skip envoy: set the memory request of the app container in orders to 384Mi",
            "app",
            "384Mi",
        ),
        (
            "in orders set the app container's memory request to 384Mi, skip envoy",
            "app",
            "384Mi",
        ),
        (
            "skip the app container; in orders set the envoy memory limit to 300Mi",
            "envoy",
            "300Mi",
        ),
    ],
)
def test_the_container_said_beside_a_symptom_or_a_skip_is_the_one_patched(
    op: Operator, intent: str, container: str, value: str
) -> None:
    proposal, body = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("patch", "orders")]
    assert f'"name": "{container}"' in body
    assert f'"memory": "{value}"' in body
    other = "app" if container == "envoy" else "envoy"
    assert f'"name": "{other}"' not in body


@pytest.mark.parametrize(
    "intent",
    [
        "orders keeps getting OOMKilled, raise the memory limit to 256Mi",
        "skip the app; in orders set the app container's memory request to 384Mi",
        "skip payments; restart my-api",
        "skip envoy; restart orders",
        "except envoy, set image of orders to ghcr.io/acme/orders:2.0",
    ],
)
def test_which_container_or_what_is_skipped_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# 4. An env var taken out with the particle closing the clause ("take the FEATURE_FLAG env var
# out"), the workload said before it: its removal, as "remove the FEATURE_FLAG env var".


@pytest.mark.parametrize(
    "intent",
    [
        "Gudhjem site (frontend): take the FEATURE_FLAG env var out",
        "frontend: take FEATURE_FLAG out",
        "the botiga site (frontend): take FEATURE_FLAG away, pls",
        "on frontend take the FEATURE_FLAG variable out.",
    ],
)
def test_an_env_var_taken_out_is_removed(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("patch", "frontend")]
    assert "FEATURE_FLAG" in body
    assert '"$patch": "delete"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "frontend: take the FEATURE_X env var out",
        "frontend: take the FEATURE_FLAG env var out for a minute and put it back",
        "frontend: take the FEATURE_FLAG env var out?",
    ],
)
def test_an_env_var_taken_out_is_still_asked_when_unclear(op: Operator, intent: str) -> None:
    asks(op, intent)
