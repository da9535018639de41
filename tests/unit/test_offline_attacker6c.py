"""Blind attacker, session 6 (groups 5 and 7), over the in-memory shop: a probe gets the port
and the check said (exec, gRPC, HTTPS — never an HTTP GET in their place), a field set on a
probe the workload does not have is asked (never a probe made up), a negative field is asked;
one container of a pod cannot be scaled or restarted alone (asked), and a sidecar's port said
by its name is the one scraped. Besides the attacker's phrasings, variants of our own and
near-misses that must still plan."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


def container(shop: Operator, intent: str) -> dict[str, Any]:
    """The one container the planned patch for ``intent`` changes."""
    _, body = plans(shop, intent)
    patch = json.loads(body)[0]["patch"]
    (only,) = patch["spec"]["template"]["spec"]["containers"]
    return dict(only)


@pytest.mark.parametrize(
    ("intent", "probe", "check"),
    [
        # The attacker's: the port said is the probe's, never the named port http.
        (
            "add a readiness probe to worker on port 9090",
            "readinessProbe",
            {"tcpSocket": {"port": 9090}},
        ),
        (
            "add a liveness probe to my-api on port 9000",
            "livenessProbe",
            {"tcpSocket": {"port": 9000}},
        ),
        (
            "add an exec liveness probe to worker: /bin/check",
            "livenessProbe",
            {"exec": {"command": ["/bin/check"]}},
        ),
        (
            "add a grpc liveness probe to payments on port 9000",
            "livenessProbe",
            {"grpc": {"port": 9000}},
        ),
        (
            "add a liveness probe to my-api on https /healthz",
            "livenessProbe",
            {"httpGet": {"path": "/healthz", "port": "http", "scheme": "HTTPS"}},
        ),
        # Our own.
        (
            "give worker a readiness probe that checks port 9100",
            "readinessProbe",
            {"tcpSocket": {"port": 9100}},
        ),
        (
            "liveness probe for payments: run '/usr/bin/healthcheck --live'",
            "livenessProbe",
            {"exec": {"command": ["/usr/bin/healthcheck", "--live"]}},
        ),
        (
            "add a startup probe to worker running the command /app/ready",
            "startupProbe",
            {"exec": {"command": ["/app/ready"]}},
        ),
        (
            "add a grpc readiness probe to my-api on port http",
            "readinessProbe",
            {"grpc": {"port": 8080}},
        ),
        (
            "add a readiness probe to my-api: https /ready port 8443",
            "readinessProbe",
            {"httpGet": {"path": "/ready", "port": 8443, "scheme": "HTTPS"}},
        ),
        # Near-misses that planned before and still do.
        (
            "add a tcp liveness probe to worker on port 9090",
            "livenessProbe",
            {"tcpSocket": {"port": 9090}},
        ),
        (
            "add a liveness probe to my-api: http /live on port http",
            "livenessProbe",
            {"httpGet": {"path": "/live", "port": "http"}},
        ),
        (
            "add a liveness probe to my-api on port http",
            "livenessProbe",
            {"httpGet": {"path": "/healthz", "port": "http"}},
        ),
    ],
)
def test_a_probe_gets_the_check_and_the_port_said(
    shop: Operator, intent: str, probe: str, check: dict[str, Any]
) -> None:
    assert container(shop, intent)[probe] == check


@pytest.mark.parametrize(
    ("intent", "asked"),
    [
        # The attacker's: a field on a probe that is not there, a negative period.
        ("set periodSeconds -5 on the liveness probe of payments", "'-5'"),
        ("set timeout 3s on the liveness probe of frontend", "no liveness probe"),
        # Our own.
        ("set failureThreshold -3 on the readiness probe of my-api", "'-3'"),
        ("set timeout 0 on the readiness probe of my-api", "at least 1"),
        ("change the period of the liveness probe of worker to 20s", "no liveness probe"),
        ("set initial delay 10s on the startup probe of payments", "no startup probe"),
        ("make worker's liveness probe's timeout 4s", "no liveness probe"),
        ("add an exec readiness probe to my-api", "Which command"),
        ("add an exec liveness probe to worker: /bin/check on port 8080", "no port"),
        ("add a grpc readiness probe to my-api on /healthz", "not a path"),
        ("add a grpc liveness probe to payments over tcp", "Which check"),
    ],
)
def test_what_a_probe_cannot_be_as_said_is_asked(shop: Operator, intent: str, asked: str) -> None:
    assert asked in str(asks(shop, intent).question)


@pytest.mark.parametrize(
    "intent",
    [
        "set the readiness probe of my-api to every 5s",  # my-api has a readiness probe
        "add a liveness probe to payments timing out after 3s",
        "add a liveness probe to my-api on /healthz port 8080 every 10 seconds",
    ],
)
def test_probe_near_misses_still_plan(shop: Operator, intent: str) -> None:
    plans(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        # The attacker's.
        "scale the envoy sidecar of orders to 3",
        "scale orders envoy to 3",
        "restart only the envoy container in orders",
        # Our own.
        "restart the orders envoy sidecar",  # the built-in corpus once planned a full restart
        "restart only the app container of orders",
        "scale orders' envoy proxy up to 4",
        "just the envoy of orders needs a restart",
    ],
)
def test_one_container_cannot_be_scaled_or_restarted_alone(shop: Operator, intent: str) -> None:
    question = str(asks(shop, intent).question)
    assert "cannot be" in question or "whole" in question


@pytest.mark.parametrize("intent", ["restart orders envoy", "bounce the envoy in orders"])
def test_a_restart_of_a_container_said_by_its_name_only_restarts_its_pods(
    shop: Operator, intent: str
) -> None:
    # Round 15 (blind18: "bounce the envoy on orders" expects the Deployment's restart): a
    # container said by its name alone, beside its workload, is restarted the only way there
    # is — its pods, every container with it, as the plan says. Said as one container
    # ("sidecar", "container", "only …") it is still asked (above).
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["rollout_restart"]
    assert "(app, envoy)" in str(proposal.analysis)


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("scale orders to 3", "scale"),
        ("restart orders", "rollout_restart"),
        ("restart payments incl the sidecar", "rollout_restart"),
        (
            "orders pods should be recreated (rolling) so that envoy is picking the new config",
            "rollout_restart",
        ),
        ("scale orders to 4, envoy sidecar included", "scale"),
    ],
)
def test_the_whole_workload_still_scales_and_restarts(
    shop: Operator, intent: str, kind: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == [kind]


@pytest.mark.parametrize(
    ("intent", "port"),
    [
        ("add monitoring to orders envoy admin port", "admin"),  # the attacker's
        ("scrape the admin port of orders' envoy every 30s", "admin"),
        ("monitor orders on the envoy admin port at /stats/prometheus", "admin"),
        ("have prometheus watch the orders envoy admin endpoint", "admin"),
        ("add monitoring to orders", "http"),  # none said: the first port, as before
    ],
)
def test_a_sidecar_port_said_by_name_is_scraped(shop: Operator, intent: str, port: str) -> None:
    _, body = plans(shop, intent)
    assert f'"port": "{port}"' in body
