"""Words inside a value never choose the action (session 7, wave 2), over the in-memory shop
through the real Operator. The phrasings are our own.

An explicit assignment of a key named in capitals ("KEY=value", "KEY to value", "KEY should be
value", a pasted ``kubectl set env``) is a config change: a word of the value ("rollback",
"undo", "restart", "bounce", "non-root", "read-only-root-filesystem", "scale-down") never makes
it a rollback, a restart, a security change or a scale, and a word that deletes joined into the
key's name ("DROP_TABLES", "PURGE_AFTER") never makes it a delete. With no key named the value
is still asked about.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(60)


def _env(op: Operator, intent: str, workload: str) -> dict[str, str]:
    """The variables the one env patch of ``intent`` sets on ``workload``."""
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert len(proposal.operations) == 1, [o.summary() for o in proposal.operations]
    (operation,) = proposal.operations
    dumped = operation.model_dump(exclude_none=True)
    assert dumped["kind"] == "patch"
    assert dumped["target"]["name"] == workload
    spec = dumped["patch"]["spec"]["template"]["spec"]
    assert "securityContext" not in json.dumps(spec)
    return {
        e["name"]: e["value"] for c in spec["containers"] for e in c.get("env", []) if "value" in e
    }


@pytest.mark.parametrize(
    ("intent", "workload", "key", "value"),
    [
        # rollback words inside the value
        (
            "set RELEASE_POLICY=revert-on-fail on checkout",
            "checkout",
            "RELEASE_POLICY",
            "revert-on-fail",
        ),
        ("checkout needs DEPLOY_GUARD set to rollback", "checkout", "DEPLOY_GUARD", "rollback"),
        ("please change ERROR_ACTION to 'undo' on checkout", "checkout", "ERROR_ACTION", "undo"),
        (
            "kubectl set env deployment/checkout ON_FAILURE=roll-back",
            "checkout",
            "ON_FAILURE",
            "roll-back",
        ),
        # restart words inside the value
        ("set WATCHDOG to restart-pod on payments", "payments", "WATCHDOG", "restart-pod"),
        ("on payments set CRASH_HANDLER=bounce", "payments", "CRASH_HANDLER", "bounce"),
        ("my-api: HANG_POLICY should be restart", "my-api", "HANG_POLICY", "restart"),
        # security words inside the value
        ('set SANDBOX="non-root" on worker', "worker", "SANDBOX", "non-root"),
        (
            "set the DISK_POLICY env to read-only-root-filesystem on worker",
            "worker",
            "DISK_POLICY",
            "read-only-root-filesystem",
        ),
        (
            "kubectl set env deploy/payments PRIVILEGES=drop-all-capabilities",
            "payments",
            "PRIVILEGES",
            "drop-all-capabilities",
        ),
        # scale words inside the value
        ("set QUEUE_MODE=scale-out on worker", "worker", "QUEUE_MODE", "scale-out"),
        # a word that deletes joined into the key's name
        ("set env KILL_SWITCH=off on payments", "payments", "KILL_SWITCH", "off"),
        ("set PURGE_AFTER_DAYS to 30 on worker", "worker", "PURGE_AFTER_DAYS", "30"),
        ("DELETE_BATCH should be 500 on worker", "worker", "DELETE_BATCH", "500"),
    ],
)
def test_a_value_word_never_chooses_the_action(
    op: Operator, intent: str, workload: str, key: str, value: str
) -> None:
    assert _env(op, intent, workload)[key] == value


def test_a_configmap_key_with_an_action_word_in_its_value_is_that_key(op: Operator) -> None:
    proposal = op.analyze("set ON_ERROR to rollback in orders-config", namespace="shop")
    assert proposal.status == "proposed", proposal.question
    (operation,) = proposal.operations
    dumped = operation.model_dump(exclude_none=True)
    assert dumped["target"]["kind"] == "ConfigMap"
    assert dumped["patch"] == {"data": {"ON_ERROR": "rollback"}}


@pytest.mark.parametrize(
    "intent",
    [
        # no key named: the value's word is not understood, so it is asked
        "set cart cache mode to delete-on-expiry",
        "set the checkout failure mode to rollback",
        # a key not given a value: deleting "DROP_TABLES" is no assignment
        "delete DROP_TABLES from payments",
        "set payments crash policy to restart",
        "set the on-error behaviour of checkout to rollback",
        "set worker user mode to non-root",
    ],
)
def test_without_a_key_given_its_value_it_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summaries"),
    [
        # the action said outside the value is still planned beside the variable
        (
            "set ON_ERROR=rollback on checkout and roll it back",
            ["patch deployment/checkout", "roll deployment/checkout"],
        ),
        (
            "set CRASH_HANDLER to restart on payments, then restart payments",
            ["patch deployment/payments", "restart the pods of deployment/payments"],
        ),
        ("roll back checkout", ["roll deployment/checkout"]),
        ("bounce payments", ["restart the pods of deployment/payments"]),
    ],
)
def test_the_action_said_outside_a_value_still_plans(
    op: Operator, intent: str, summaries: list[str]
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    got = [o.summary() for o in proposal.operations]
    assert len(got) == len(summaries)
    for said, summary in zip(summaries, got, strict=True):
        assert summary.startswith(said), got
