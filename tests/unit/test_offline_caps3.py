"""Capabilities fresh phrasings missed (helper caps3): the version to go to when two are said,
a NetworkPolicy destination said host:port style, monitoring, backup, security, rollback and
restart phrasings. Over the in-memory shop, through the real Operator. Our own phrasings."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import text
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


# ---------------------------------------- the version to go to, of two said (was unsafe)
@pytest.mark.parametrize(
    ("said", "to"),
    [
        ("went to 16.4 and broke, downgrade it to 16.3", "16.3"),
        ("1.1.0 broke checkout, revert to 1.0.0", "1.0.0"),
        ("we are on 2.1.0, go back to version 2.0.3", "2.0.3"),
        ("from 16.4 to 16.6", "16.6"),
        ("16.4 to 16.6 tonight", "16.6"),
        ("update to 1.5.0", "1.5.0"),
    ],
)
def test_the_version_to_go_to_is_the_destination(said: str, to: str) -> None:
    assert text.version_in(said) == to


@pytest.mark.parametrize(
    "intent",
    [
        "postgres got bumped to 16.4 and a plugin broke, downgrade it to 16.3",
        "postgres was bumped to 16.4 last night, please revert to 16.3",
        "we upgraded postgres to 16.4 but it broke replication; roll it back to 16.3",
        "postgres 16.4 is bad, downgrade to 16.3",
    ],
)
def test_a_version_said_as_what_happened_is_left(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    assert len(proposal.operations) == 1
    assert "postgres:16.3" in body
    assert "postgres:16.4" not in body


# ---------------------------------------- egress to host:port (was unsafe: port dropped)
@pytest.mark.parametrize(
    "intent",
    [
        "egress from my-api only to postgres:5432 and dns",
        "my-api may only talk out to postgres:5432 and DNS",
        "limit my-api egress to postgres:5432 plus dns",
    ],
)
def test_egress_destination_keeps_its_port(shop: Operator, intent: str) -> None:
    _, body = plans(shop, intent)
    assert '"app": "postgres"' in body
    assert '"port": 5432' in body


def test_egress_destination_that_is_no_workload_is_asked(shop: Operator) -> None:
    # "redis" is the one workload running redis here (parties.py): a host that nothing runs.
    assert "memcached" in (
        asks(shop, "limit my-api egress to postgres:5432, memcached:11211 and DNS").question or ""
    )


# ---------------------------------------- rollback said as what broke, or before a version
@pytest.mark.parametrize(
    "intent",
    [
        "the latest checkout release broke login, revert it",
        "yesterday's checkout rollout tanked conversions, roll it back",
        "checkout's new version crashed on start, go back to the previous one",
        "revert checkout to the version before 1.1.0",
        "put checkout back on the release prior to 1.1.0",
        "checkout: whatever ran before 1.1.0, please",
        "For checkout, the last rollout should be reverted.",
        "$ kubectl rollout undo deploy/checkout   # step 3 of the runbook",
        "kubectl rollout history deploy/checkout -> kubectl rollout undo deploy/checkout",
    ],
)
def test_rollback_phrasings(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["rollout_undo"], body
    assert proposal.operations[0].target.name == "checkout"


def test_before_a_version_no_revision_ran_is_asked(shop: Operator) -> None:
    assert "7.0.0" in (asks(shop, "revert checkout to the version before 7.0.0").question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "$ kubectl rollout undo deploy/checkout; rm -rf /",
        "$(kubectl rollout undo deploy/checkout)",
        "kubectl delete deploy checkout -> kubectl rollout undo deploy/checkout",
        "scale checkout to 3 before 1.1.0",
    ],
)
def test_shell_and_times_stay_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# ---------------------------------------- restart
@pytest.mark.parametrize(
    "intent",
    [
        "$ kubectl rollout restart deploy/worker   # per incident 42",
        "kubectl rollout restart deployment worker (runbook 3, step 1)",
        "For worker, the deployment has to be restarted.",
        "bounce orders, keep its pdb as is",
        "restart orders but leave its pdb alone",
        "the cache statefulset needs a restart, one pod at a time",
    ],
)
def test_restart_phrasings(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["rollout_restart"], body


def test_a_kind_left_alone_is_honoured(shop: Operator) -> None:
    asks(shop, "set minAvailable 2 on the orders pdb but leave its pdb alone")


def test_one_at_a_time_for_a_deployment_is_still_asked(shop: Operator) -> None:
    # A Deployment's restart may surge: 'one at a time' is a strategy, never dropped.
    asks(shop, "restart worker one pod at a time")


# ---------------------------------------- backup
@pytest.mark.parametrize(
    ("intent", "kind", "parts"),
    [
        ("logical backup of postgres every night at 1:30 as a cron job", "CronJob", ["30 1 * * *"]),
        (
            "pg_dumpall nightly via cronjob, retention is managed by the bucket",
            "CronJob",
            ["pg_dumpall"],
        ),
        (
            "velero schedule create orders-nightly --schedule='15 2 * * *' --ttl 72h0m0s",
            "Schedule",
            ["orders-nightly", "15 2 * * *", "72h0m0s"],
        ),
        ("velero backup of the namespace should run every friday at 4", "Schedule", ["0 4 * * 5"]),
        (
            "a velero schedule for orders (deploy + its configmap), daily at 3, ttl 72h",
            "Schedule",
            ["app", "orders", "72h0m0s"],
        ),
        (
            "back up the payments deployment and its config with velero every eight hours",
            "Schedule",
            ["0 */8 * * *"],
        ),
        (
            "one-off velero backup of the namespace now, before the payments rollout",
            "Backup",
            ['"includedNamespaces": ["shop"]'],
        ),
    ],
)
def test_backup_phrasings(shop: Operator, intent: str, kind: str, parts: list[str]) -> None:
    proposal, body = plans(shop, intent)
    assert kind in [o.target.kind for o in proposal.operations], body
    for part in parts:
        assert part in body


@pytest.mark.parametrize(
    "intent",
    [
        "restore last night's backup of postgres",
        "please recover payments from the backup",
        "velero schedule create x --schedule='0 1 * * *' --ttl 1h30m0s",
    ],
)
def test_restore_or_a_partial_ttl_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# ---------------------------------------- security
@pytest.mark.parametrize(
    ("intent", "part"),
    [
        ("drop ALL caps on the frontend container", '"drop": ["ALL"]'),
        ("payments pods: drop NET_RAW, the audit flagged it", '"drop": ["NET_RAW"]'),
        ("remove CAP_SYS_ADMIN on worker", '"drop": ["SYS_ADMIN"]'),
        ("nobody but my-api may reach postgres", '"app": "my-api"'),
        ("no one other than orders should talk to postgres", '"app": "orders"'),
    ],
)
def test_security_phrasings(shop: Operator, intent: str, part: str) -> None:
    _, body = plans(shop, intent)
    assert part in body


def test_an_env_var_is_still_config(shop: Operator) -> None:
    # LOG_LEVEL is no capability: still read (and asked about) as an environment variable.
    assert "LOG_LEVEL" in (asks(shop, "remove LOG_LEVEL from my-api").question or "")
