"""attack12's pod-security values, NetworkPolicy ports and restore qualifiers (round 11, helper
asec): a security value said is never inverted (planner/offline/loosened.py), an ingress
allowance's port is the pod's with the protocol said (netports.py), and a restore's filters are
carried into the Restore or asked (restorefilter.py). The phrasings are this helper's own; the
near misses must still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("worker: readOnlyRootFilesystem false", "readonlyrootfilesystem false"),
        ("set runAsNonRoot=false on my-api", "runasnonroot=false"),
        ("orders: runAsNonRoot: false", "runasnonroot: false"),
        ("worker: privileged: true", ""),
        ("take readOnlyRootFilesystem off orders", ""),
        ("strip the seccomp profile from worker", "seccomp"),
        ("no longer run my-api as non-root", "non-root"),
        ("please do not make orders' root filesystem read-only", "read-only"),
        ("we cannot run my-api as non-root", "non-root"),
        ("we won't be able to make worker read-only; it caches to disk", ""),
        ("grant SYS_PTRACE to worker for debugging", "sys_ptrace"),
        ("give my-api the NET_RAW capability", "net_raw"),
        ("drop all capabilities from orders and add NET_BIND_SERVICE", "capabilit"),
    ],
)
def test_a_loosened_or_refused_hardening_is_asked(shop: Operator, said: str, named: str) -> None:
    question = asks(shop, said).question or ""
    assert named in question.lower()


@pytest.mark.parametrize(
    ("said", "field"),
    [
        ("orders: readOnlyRootFilesystem: true", "readOnlyRootFilesystem"),
        ("make worker's root filesystem read-only", "readOnlyRootFilesystem"),
        ("drop NET_RAW from my-api", "NET_RAW"),
        ("don't run worker as root and make it read-only", "readOnlyRootFilesystem"),
        ("orders shouldn't be able to write to its filesystem", "readOnlyRootFilesystem"),
        ("remove the service account token from worker", "automountServiceAccountToken"),
        ("disallow privilege escalation on orders", "allowPrivilegeEscalation"),
    ],
)
def test_a_hardening_said_still_plans(shop: Operator, said: str, field: str) -> None:
    _, body = plans(shop, said)
    assert field in body


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("only frontend may reach payments on port 80", "targetport"),
        ("only frontend may connect to my-api, port 80", "targetport"),
        ("only my-api may reach payments on udp 8080", "udp"),
    ],
)
def test_a_port_the_pods_do_not_listen_on_is_asked(shop: Operator, said: str, named: str) -> None:
    assert named in (asks(shop, said).question or "").lower()


@pytest.mark.parametrize(
    ("said", "port"),
    [
        ("only frontend may reach payments on port 8080", '"port": 8080'),
        # (a port no container declares, or a sidecar's alone, is asked since round 15:
        # test_offline_r15_a16_netsafe.py)
        ("only frontend may reach orders on 8080", '"port": 8080'),
        ("only my-api may reach postgres on port 5432", '"port": 5432'),
        ("only frontend may reach payments on port http", '"port": "http"'),
    ],
)
def test_a_pod_port_still_plans(shop: Operator, said: str, port: str) -> None:
    _, body = plans(shop, said)
    assert port in body
    assert '"protocol": "TCP"' in body


_BACKUP = "shop-daily-20261130"


@pytest.mark.parametrize(
    ("said", "carried"),
    [
        (
            f"velero restore create --from-backup {_BACKUP} --include-resources secrets",
            '"includedResources": ["secrets"]',
        ),
        (
            f"velero restore create --from-backup {_BACKUP} --exclude-resources secrets,pods",
            '"excludedResources": ["secrets", "pods"]',
        ),
        (
            f"velero restore create --from-backup {_BACKUP} --restore-volumes=false",
            '"restorePVs": false',
        ),
        (f"restore just the secrets from backup {_BACKUP}", '"includedResources": ["secrets"]'),
        (
            f"restore the services and configmaps from backup {_BACKUP}",
            '"includedResources": ["services", "configmaps"]',
        ),
        (
            f"restore orders from backup {_BACKUP}, except the configmaps",
            '"excludedResources": ["configmaps"]',
        ),
        (
            f"restore postgres from backup {_BACKUP} but not the pvcs",
            '"excludedResources": ["persistentvolumeclaims"]',
        ),
    ],
)
def test_a_restore_filter_is_carried(shop: Operator, said: str, carried: str) -> None:
    _, body = plans(shop, said)
    assert carried in body


@pytest.mark.parametrize(
    ("said", "named"),
    [
        (
            f"velero restore create --from-backup {_BACKUP} --namespace-mappings shop:shop-copy",
            "--namespace-mappings",
        ),
        (f"velero restore create --from-backup {_BACKUP} --selector app=orders", "--selector"),
        (f"restore orders from backup {_BACKUP} without the volumes", "without the volumes"),
        (f"restore postgres from backup {_BACKUP} - dry-run first", "dry-run"),
        (f"dry run: restore cart from backup {_BACKUP}", "dry run"),
    ],
)
def test_a_restore_qualifier_not_carried_is_asked(shop: Operator, said: str, named: str) -> None:
    assert named in (asks(shop, said).question or "").lower()


def test_a_plain_restore_still_plans_whole(shop: Operator) -> None:
    _, body = plans(shop, f"restore payments from backup {_BACKUP}")
    assert "includedResources" not in body
    assert "excludedResources" not in body


@pytest.mark.parametrize(
    "said",
    [
        "2026-12-07 | worker | runAsNonRoot true → false | APPROVED",
        "my-api: readOnlyRootFilesystem true -> false",
        "orders: no readOnlyRootFilesystem",
        "apply the baseline pod security standard to orders",
    ],
)
def test_a_change_to_a_loosening_value_or_baseline_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "fields"),
    [
        ("my-api: runAsNonRoot false -> true", ["runAsNonRoot"]),
        ("orders should be neither privileged nor root", ["runAsNonRoot", "privileged"]),
        ("apply the restricted pod security standard to worker", ["seccompProfile"]),
    ],
)
def test_a_change_to_a_hardening_value_plans(shop: Operator, said: str, fields: list[str]) -> None:
    _, body = plans(shop, said)
    for field in fields:
        assert field in body
