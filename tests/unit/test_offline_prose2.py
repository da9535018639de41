"""The prose around a request: a semicolon between clauses after a quantity, a version, a
hyphenated word or a parenthesis is read as a comma (never after an assignment or a reference,
nor before a command); kubectl flags that change nothing in the cluster (--record, --wait, -o)
are dropped, while flags that change what happens (--dry-run, --force) are still asked. Over the
in-memory shop; the phrasings are this file's own."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dotop_nb.planner.offline import followers, prose
from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(60)


def plans(op: Operator, intent: str) -> list[Any]:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    return list(proposal.operations)


def question(op: Operator, intent: str) -> str:
    return str(asks(op, intent).question)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("the request is only 100m; kindly raise it", "the request is only 100m, kindly raise it"),
        ("updated to v2.0.1; the sidecar stays", "updated to v2.0.1, the sidecar stays"),
        ("(cpu 70%, max 8); the minimum stays", "(cpu 70%, max 8), the minimum stays"),
        ("run as non-root; the rest stays", "run as non-root, the rest stays"),
        ("at 80%; scale it", "at 80%, scale it"),
        # After an assignment, a reference or a path, and before a command: left, to be asked.
        ("set X=1; rm x", "set X=1; rm x"),
        ("to ghcr.io/a/b:1.2; the rest", "to ghcr.io/a/b:1.2; the rest"),
        ("path /x; then y", "path /x; then y"),
        ("scale web to 3; kubectl delete ns x", "scale web to 3; kubectl delete ns x"),
        ("MODE=a;b", "MODE=a;b"),
    ],
)
def test_a_semicolon_between_clauses_reads_as_a_comma(said: str, read: str) -> None:
    assert prose.normalize(said) == read


def test_a_semicolon_after_a_parenthesis_is_a_clause_break(shop: Operator) -> None:
    (op,) = plans(shop, "frontend is slow at peak (see INC-5521); scale it to 5 replicas")
    assert op.kind == "scale"
    assert op.replicas == 5


def test_semicolons_between_the_settings_of_a_monitor(shop: Operator) -> None:
    (op,) = plans(shop, "ServiceMonitor for frontend; interval 30s; path /metrics")
    body = json.dumps(op.manifest)
    assert '"30s"' in body
    assert '"/metrics"' in body


def test_a_semicolon_after_a_version_is_a_clause_break(shop: Operator) -> None:
    (op,) = plans(shop, "we run 1.4.0 today; move my-api to ghcr.io/acme/my-api:1.5.0")
    assert op.image == "ghcr.io/acme/my-api:1.5.0"


@pytest.mark.parametrize(
    "said",
    [
        "set LOG_LEVEL=debug; reboot",
        "scale frontend to 4; kubectl delete ns shop",
        "update my-api to ghcr.io/acme/my-api:1.5.0; the old one stays",
    ],
)
def test_a_semicolon_after_a_value_or_before_a_command_is_still_asked(
    shop: Operator, said: str
) -> None:
    assert "shell syntax" in question(shop, said)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("kubectl rollout restart deploy/frontend --wait=false", "rollout_restart"),
        ("kubectl scale --record deploy/orders --replicas=4 -o yaml", "scale"),
        ("kubectl set image deploy/frontend web=ghcr.io/acme/frontend:2.2.0 --record", "set_image"),
        ("kubectl delete deployment/worker --wait", "delete"),
    ],
)
def test_kubectl_flags_that_change_nothing_are_dropped(
    shop: Operator, said: str, kind: str
) -> None:
    (op,) = plans(shop, said)
    assert op.kind == kind


@pytest.mark.parametrize(
    "said",
    [
        "kubectl scale deploy/frontend --replicas=2 --dry-run=server",
        "kubectl delete deploy/worker --force --grace-period=0",
    ],
)
def test_kubectl_flags_that_change_what_happens_are_asked(shop: Operator, said: str) -> None:
    asked = question(shop, said)
    # A dry run alone is said to change nothing (session 8); --force is not understood.
    assert "did not understand" in asked or ("--dry-run" in asked and "nothing to plan" in asked)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("redis patch bump to 7.2.5", "set_image"),
        ("payments major upgrade to 4.0.0 please", "set_image"),
        ("scale worker reps to 3", "scale"),
        ("restart payments incl the sidecar", "rollout_restart"),
        ("worker isnt needed over the weekend, scale it to 0", "scale"),
    ],
)
def test_a_plain_word_after_a_name_is_the_sentence_going_on(
    shop: Operator, said: str, kind: str
) -> None:
    (op,) = plans(shop, said)
    assert op.kind == kind


def test_a_latency_percentile_after_a_name_is_no_part_of_it() -> None:
    assert followers.plain_word("p99")
    assert followers.plain_word("p99.9")
    assert not followers.plain_word("remover")


def test_an_unknown_word_after_a_name_is_still_asked(shop: Operator) -> None:
    assert "orders-remover" in question(shop, "scale orders remover to 3")
