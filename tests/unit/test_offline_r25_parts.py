"""Round 25, helper parts: parts, objects and values the plan got wrong (the fourth attack's
shapes R, O, P, V; :mod:`dotop_nb.planner.offline.partoff` and the readers named per shape).

R: a restart or rollback of the whole workload for a PART of it ("restart the checkout rate
limiter", "roll back the checkout rate limiter") and a part named later in a list ("delete
checkout and the payments latency alert" deleted payments). The allow-list of :mod:`.partoff`
reads restarts and rollbacks too, and every name of the verb's list, not only the first."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# R/O: a restart, rollback, new image or hardening of a part is asked, naming the words and
# what to type (never the whole workload restarted, rolled back, updated or hardened).
@pytest.mark.parametrize(
    ("intent", "words", "type_instead"),
    [
        # the attack's samples
        ("restart the checkout rate limiter", "rate limiter", "restart checkout"),
        ("roll back the checkout rate limiter", "rate limiter", "rollback checkout"),
        ("restart the worker retry loop", "retry loop", "restart worker"),
        ("restart the orders envoy alert", "alert", "restart orders"),
        ("restart the postgres replica", "replica", "restart postgres"),
        ("restart the checkout old version", "old version", "restart checkout"),
        # phrasings of our own
        ("bounce the orders audit log", "audit log", "restart orders"),
        ("please reboot the frontend dark mode now", "dark mode", "restart frontend"),
        ("revert the checkout 3ds flow", "3ds flow", "rollback checkout"),
        ("restart checkout and the worker retry loop", "retry loop", "restart worker"),
        # an update or a hardening of a part (the attack's samples, then our own)
        ("update the checkout rate limiter to 2.0", "rate limiter", "update checkout to VERSION"),
        ("harden the checkout rate limiter", "rate limiter", "harden checkout"),
        ("update the checkout old version to 1.2.0", "old", "update checkout to VERSION"),
        ("upgrade the worker retry loop to 3.1", "retry loop", "update worker to VERSION"),
        ("harden checkout and the payments admin panel", "admin panel", "harden payments"),
    ],
)
def test_an_order_on_a_part_is_asked(
    op: Operator, intent: str, words: str, type_instead: str
) -> None:
    question = asks(op, intent).question or ""
    assert repr(words) in question
    assert f"'{type_instead}'" in question


# R: a part named later in the verb's list is asked, never the workload acted on.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("delete checkout and the payments latency alert", "latency alert"),
        ("delete worker and the checkout dark mode", "dark mode"),
        ("restart checkout and the worker retry loop", "retry loop"),
        ("restart checkout & the orders audit log", "audit log"),
    ],
)
def test_a_part_later_in_a_list_is_asked(op: Operator, intent: str, words: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(words) in question


# Other readers ask these first; whichever asks, no workload is deleted or scaled.
@pytest.mark.parametrize(
    "intent",
    [
        "remove worker, frontend and the orders retry queue",
        "turn off worker and the frontend maintenance page",
    ],
)
def test_a_part_later_in_a_list_said_otherwise_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# R: the nearest orders still plan, on the workload said.
@pytest.mark.parametrize(
    ("intent", "kind", "names"),
    [
        ("restart checkout", "rollout_restart", {"checkout"}),
        ("restart the checkout deployment", "rollout_restart", {"checkout"}),
        ("restart checkout pods", "rollout_restart", {"checkout"}),
        ("restart checkout's pods", "rollout_restart", {"checkout"}),
        ("restart checkout now", "rollout_restart", {"checkout"}),
        ("restart checkout again", "rollout_restart", {"checkout"}),
        ("restart checkout gracefully", "rollout_restart", {"checkout"}),
        ("restart checkout, it is stuck", "rollout_restart", {"checkout"}),
        ("bounce the checkout service", "rollout_restart", {"checkout"}),
        ("restart all checkout pods", "rollout_restart", {"checkout"}),
        ("restart the postgres statefulset", "rollout_restart", {"postgres"}),
        ("restart the cache proxy", "rollout_restart", {"cache"}),
        # a container the restart does restart (all of the pod's containers restart)
        ("restart the orders envoy", "rollout_restart", {"orders"}),
        (
            "restart payments and the checkout deployment",
            "rollout_restart",
            {"payments", "checkout"},
        ),
        (
            "restart payments, checkout and orders",
            "rollout_restart",
            {"payments", "checkout", "orders"},
        ),
        ("rollback checkout", "rollout_undo", {"checkout"}),
        ("rollback checkout to the previous version", "rollout_undo", {"checkout"}),
        ("roll back checkout's last release", "rollout_undo", {"checkout"}),
        ("undo the last checkout rollout", "rollout_undo", {"checkout"}),
        ("roll checkout back", "rollout_undo", {"checkout"}),
        ("roll back checkout, the new version is broken", "rollout_undo", {"checkout"}),
        ("delete checkout and payments", "delete", {"checkout", "payments"}),
        # a clause after a comma is no item of the list; a word that ends the phrase
        (
            "get rid of the checkout deployment, checkout lives in frontend now",
            "delete",
            {"checkout"},
        ),
        ("drop the redis sts and also the cache proxy", "delete", {"cache"}),
        ("bounce the payments pods real quick", "rollout_restart", {"payments"}),
        ("roll back checkout would you, cheers", "rollout_undo", {"checkout"}),
        ("undo checkout's most recent deploy", "rollout_undo", {"checkout"}),
        ("restart the cache stateful set", "rollout_restart", {"cache"}),
        # updates and hardenings of the workload itself
        ("update checkout to 1.2.0", "set_image", {"checkout"}),
        ("update checkout image to 1.2.0", "set_image", {"checkout"}),
        ("update the checkout image tag to 1.2.0", "set_image", {"checkout"}),
        ("update checkout's image to 1.2.0", "set_image", {"checkout"}),
        ("ship frontend v2.2.0", "set_image", {"frontend"}),
        ("deploy frontend 2.2.0", "set_image", {"frontend"}),
        ("bump the frontend web container to 2.2.0", "set_image", {"frontend"}),
        ("update orders envoy to 1.31.2", "set_image", {"orders"}),
        ("update the orders envoy sidecar to v1.31.2", "set_image", {"orders"}),
        ("release checkout 1.2.0", "set_image", {"checkout"}),
        ("harden checkout", "patch", {"checkout"}),
        ("harden the payments deployment", "patch", {"payments"}),
        ("harden payments pods", "patch", {"payments"}),
        ("harden the checkout security context", "patch", {"checkout"}),
        ("harden checkout and payments", "patch", {"checkout", "payments"}),
    ],
)
def test_the_workload_itself_still_plans(
    op: Operator, intent: str, kind: str, names: set[str]
) -> None:
    proposal, _ = plans(op, intent)
    assert {o.target.name for o in proposal.operations if o.kind == kind} >= names


# R: a sidecar said by its role cannot be restarted alone: asked (a restart restarts the pod).
def test_a_sidecar_restart_is_asked(op: Operator) -> None:
    question = asks(op, "restart the orders envoy sidecar").question or ""
    assert "sidecar" in question


# V: "only the request" with a request above the limit: asked, never the limit raised with it.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        # the attack's samples
        ("set payments memory to 1Gi, only the request", "only the request"),
        ("set payments memory request to 1Gi only", "only"),
        ("set payments memory to 1Gi (request only)", "(request only)"),
        # phrasings of our own
        ("give payments 1Gi memory, just the request", "just the request"),
        ("give payments a 1Gi memory request only", "request only"),
    ],
)
def test_a_request_only_above_the_limit_is_asked(op: Operator, intent: str, words: str) -> None:
    question = asks(op, intent).question or ""
    assert words in question
    assert "request and limit 1Gi" in question


# V: the nearest orders still plan: a request alone under the limit, or said without "only"
# (the limit raised with it, and said in the analysis).
def test_a_request_only_under_the_limit_still_plans(op: Operator) -> None:
    _, body = plans(op, "set payments memory request to 200Mi only")
    assert '"requests": {"memory": "200Mi"}' in body
    assert '"limits"' not in body


@pytest.mark.parametrize(
    "intent", ["set payments memory request to 1Gi", "set payments memory to 1Gi (requests)"]
)
def test_a_request_above_the_limit_still_raises_it(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert '"limits": {"memory": "1Gi"}' in body
    assert "may not exceed" in proposal.analysis


# V: "keeps 2 up" (the noun left out) is a floor of 2, never the default maxUnavailable 1.
@pytest.mark.parametrize(
    ("intent", "floor"),
    [
        ("pdb for checkout that keeps 2 up", 2),
        ("add a pdb for checkout keeping 2 up", 2),
        ("pdb for checkout that keeps 1 up", 1),
        ("pdb for checkout that keeps 2 pods up", 2),
    ],
)
def test_a_budget_that_keeps_n_up_is_that_floor(op: Operator, intent: str, floor: int) -> None:
    _, body = plans(op, intent)
    assert f'"minAvailable": {floor}' in body
    assert "maxUnavailable" not in body


# V: a key "back to its default" is asked (the default is the app's); said, it plans.
@pytest.mark.parametrize(
    "intent",
    [
        "reset LOG_LEVEL in my-api-config to default",
        "set LOG_LEVEL back to default in my-api-config",
        "restore LOG_LEVEL in my-api-config to defaults",
    ],
)
def test_a_key_back_to_its_default_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "LOG_LEVEL=VALUE" in question
    assert "remove LOG_LEVEL" in question


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("set LOG_LEVEL=default in my-api-config", "default"),
        ("set LOG_LEVEL to debug in my-api-config", "debug"),
    ],
)
def test_a_key_set_to_a_value_still_plans(op: Operator, intent: str, value: str) -> None:
    _, body = plans(op, intent)
    assert f'"LOG_LEVEL": "{value}"' in body


# V: "add KEY NEW_FLAG=1": the word "key" is no key's name; the pair said is the change.
@pytest.mark.parametrize(
    "intent", ["add KEY NEW_FLAG=1 to my-api-config", "add NEW_FLAG=1 to my-api-config"]
)
def test_the_word_key_before_a_pair_is_no_key(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"NEW_FLAG": "1"' in body
    assert '"KEY"' not in body


# P: the Recreate strategy said with a change that replaces pods is put first in its plan,
# never dropped; without it, no strategy patch.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("update checkout to 1.2.0 using recreate strategy", "checkout"),
        ("update worker to 2.0 with the recreate strategy", "worker"),
        ("restart worker using recreate strategy", "worker"),
    ],
)
def test_a_recreate_strategy_said_with_a_change_is_planned(
    op: Operator, intent: str, name: str
) -> None:
    proposal, body = plans(op, intent)
    first = proposal.operations[0]
    assert first.kind == "patch"
    assert first.target.name == name
    assert '"type": "Recreate"' in body
    assert len(proposal.operations) == 2


def test_an_update_without_a_strategy_has_no_strategy_patch(op: Operator) -> None:
    proposal, body = plans(op, "update checkout to 1.2.0")
    assert [o.kind for o in proposal.operations] == ["set_image"]
    assert "Recreate" not in body


# V: kinds said right after "back up" are what the backup takes, never the whole namespace.
@pytest.mark.parametrize(
    ("intent", "included"),
    [
        ("backup the configmaps", '"includedResources": ["configmaps"]'),
        ("back up all secrets and configmaps", '"includedResources": ["secrets", "configmaps"]'),
        ("backup of the pvcs", '"includedResources": ["persistentvolumeclaims"]'),
    ],
)
def test_kinds_said_after_back_up_are_the_backup(op: Operator, intent: str, included: str) -> None:
    _, body = plans(op, intent)
    assert included in body


@pytest.mark.parametrize(
    "intent", ["back up the shop namespace", "back up postgres", "back up everything"]
)
def test_a_backup_of_a_namespace_or_workload_has_no_kind_filter(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert "includedResources" not in body
