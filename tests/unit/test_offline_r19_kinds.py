"""Round 19, helper kinds: verbs and objects of other trades and platforms, and monitoring and
backup objects said in their own words.

- an airline controller's "climb / descend (and maintain) to N" on a workload's name is a scale
  to N, after an acknowledgement ("roger,", "wilco,") or a "request" (:mod:`.plainwords`);
- a database dump said as one ("now", "right away", "before we …") is a one-off Job, never a
  nightly CronJob (:mod:`.addons`);
- an alert on a restart said with no count watches any restart (:mod:`.signals`); "the EOD
  worker" names a workload's work, not a time (:mod:`.reservations`);
- an alert on any pod of the namespace (OpenShift's "project") is a rule over every pod
  (:mod:`.alerts`);
- OpenShift's words: OADP is Velero, an ``oc`` line is the kubectl line, the router (or another
  namespace) said as the one source of traffic is a namespaceSelector (:mod:`.parties`).
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries

pytestmark = pytest.mark.timeout(300)


# --------------------------------------------------------------------- climb / descend


@pytest.mark.parametrize(
    ("intent", "workload", "count"),
    [
        ("frontend, climb to 4 replicas", "frontend", 4),
        ("request payments descend to 1 replica", "payments", 1),
        ("wilco, worker climb to three replicas", "worker", 3),
        ("climb frontend to 6 replicas", "frontend", 6),
        ("copy that, my-api climb and maintain 4 replicas", "my-api", 4),
        ("roger, frontend descend to one pod", "frontend", 1),
        ("request the worker climb to 3", "worker", 3),
        ("checkout, descend to 1 replica please", "checkout", 1),
    ],
)
def test_climb_and_descend_are_a_scale_to_the_count(
    shop: Operator, intent: str, workload: str, count: int
) -> None:
    assert summaries(shop, intent) == [f"scale deployment/{workload} in shop to {count} replicas"]


@pytest.mark.parametrize(
    "intent",
    [
        "frontend climb",  # no count
        "roger, payments descend",
        "frontend p99 climb to 800ms",  # a latency, no workload's count
        "frontend climb to 900ms",  # a unit
        "frontend climbs to 5 replicas at peak",  # a fact, not an order
    ],
)
def test_climb_without_a_count_or_as_a_fact_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- one-off dumps


@pytest.mark.parametrize(
    "intent",
    [
        "take a postgres dump now",
        "dump postgres right now",
        "pg_dump postgres immediately",
        "grab a one-off pg_dump of postgres",
        "I need a dump of postgres asap",
        "dump postgres just once, before the vendor script runs",
    ],
)
def test_a_dump_said_as_one_is_a_job(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    kinds = [o.target.kind for o in proposal.operations]
    assert "Job" in kinds
    assert "CronJob" not in kinds
    assert '"pg_dump"' in body
    assert '"schedule"' not in body


@pytest.mark.parametrize(
    "intent", ["nightly pg_dump of postgres", "take a postgres dump every night at 01:00"]
)
def test_a_dump_on_a_schedule_stays_a_cronjob(shop: Operator, intent: str) -> None:
    kinds = [o.target.kind for o in plans(shop, intent)[0].operations]
    assert "CronJob" in kinds
    assert "Job" not in kinds


# --------------------------------------------------------------------- restart alerts


@pytest.mark.parametrize(
    ("intent", "workload"),
    [
        ("alert when the worker pod restarts", "worker"),
        ("page me if payments restarts at all", "payments"),
        ("notify us whenever orders pods restart", "orders"),
        ("set up an alert for when frontend crashes", "frontend"),
        ("alert when the EOD worker pod restarts", "worker"),
        ("wake the on-call if the batch worker pod restarts", "worker"),
    ],
)
def test_a_restart_without_a_count_alerts_on_any_restart(
    shop: Operator, intent: str, workload: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == [
        f"apply prometheusrule/{workload}-restarted in shop"
    ]
    assert "kube_pod_container_status_restarts_total" in body
    assert ") > 0" in body


def test_a_counted_restart_alert_keeps_its_count(shop: Operator) -> None:
    _, body = plans(shop, "alert when the EOD worker restarts more than 3 times in 15m")
    assert "[15m])) > 3" in body


@pytest.mark.parametrize(
    "intent",
    [
        "alert when worker restarts more than usual",
        "alert when the batch job restarts",
        # restarts as what the alert is on, beside a restart order of its own
        "create an alert on orders restarts and restart orders",
    ],
)
def test_a_restart_alert_it_cannot_write_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_eod_said_as_a_time_still_holds_the_change(shop: Operator) -> None:
    asks(shop, "scale worker to 2 EOD")


# --------------------------------------------------------------------- namespace-wide alerts


@pytest.mark.parametrize(
    ("intent", "inside"),
    [
        ("alert when any pod in the namespace restarts more than 3 times in 15m", "[15m])) > 3"),
        (
            "PrometheusRule for the whole namespace: any pod restarts more than 2 times in 1h",
            "[1h])",
        ),
        ("alert if any pod in this project is crash-looping", "CrashLoopBackOff"),
        ("alert when any pod restarts", ") > 0"),
        ("page me when any container in the project restarts more than 2 times in 10m", "[10m]"),
    ],
)
def test_any_pod_of_the_namespace_is_one_rule_over_every_pod(
    shop: Operator, intent: str, inside: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["PrometheusRule"]
    assert inside in body
    assert 'namespace=\\"shop\\"' in body
    assert "pod=~" not in body


@pytest.mark.parametrize(
    "intent",
    [
        "alert when any pod in the cluster restarts more than 3 times in 15m",  # not ours
        "alert when any pod in the project has p99 above 800ms for 5m",  # no pod condition
        "alert when each pod restarts more than 3 times in 15m",  # a qualifier
    ],
)
def test_a_namespace_wide_alert_it_cannot_write_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- OpenShift words


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("OADP backup of the project now", "apply backup/namespace-shop-once in shop"),
        (
            "create an OADP schedule for postgres, daily at 01:30",
            "apply schedule/postgres-shop in shop",
        ),
        ("oadp: back up orders every sunday at 04:00", "apply schedule/orders-shop in shop"),
    ],
)
def test_oadp_is_velero(shop: Operator, intent: str, summary: str) -> None:
    assert summaries(shop, intent) == [summary]


def test_an_oadp_schedule_keeps_its_time_and_retention(shop: Operator) -> None:
    _, body = plans(shop, "nightly OADP backups of this project at 02:00, 5 day retention")
    assert '"0 2 * * *"' in body
    assert "120h" in body


@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("oc delete deployment checkout", {"Deployment/checkout"}),
        ("oc delete pdb orders", {"PodDisruptionBudget/orders"}),
    ],
)
def test_an_oc_delete_is_the_kubectl_delete(shop: Operator, intent: str, gone: set[str]) -> None:
    assert deletes(shop, intent) == gone


def test_an_oc_scale_is_the_kubectl_scale(shop: Operator) -> None:
    assert summaries(shop, "oc scale deploy/worker --replicas=2") == [
        "scale deployment/worker in shop to 2 replicas"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "oc new-app ghcr.io/acme/frontend:2.2.0",  # OpenShift's own: no update of frontend
        "oc adm drain node-1",
        "oc scale deploy/worker --replicas=0 -n prod",  # another namespace
    ],
)
def test_an_oc_command_it_does_not_plan_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "namespace", "protected"),
    [
        ("only the router may reach frontend", "openshift-ingress", "frontend"),
        (
            "let only the OpenShift router pods talk to frontend on 8080",
            "openshift-ingress",
            "frontend",
        ),
        ("frontend reachable only from the ingress-nginx namespace", "ingress-nginx", "frontend"),
        ("allow traffic to payments only from the batch project", "batch", "payments"),
        ("only pods from the edge namespace may call orders on 8080", "edge", "orders"),
    ],
)
def test_another_namespace_as_the_one_source_is_a_namespace_selector(
    shop: Operator, intent: str, namespace: str, protected: str
) -> None:
    proposal, _ = plans(shop, intent)
    (op,) = proposal.operations
    assert op.target.kind == "NetworkPolicy"
    manifest = json.loads(json.dumps(op.model_dump(mode="json")))["manifest"]
    assert manifest["spec"]["podSelector"]["matchLabels"]["app"] == protected
    assert manifest["spec"]["ingress"] == [
        {
            "from": [
                {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": namespace}}}
            ],
            **({"ports": [{"protocol": "TCP", "port": 8080}]} if "8080" in intent else {}),
        }
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "allow only the ingress controller to reach frontend",  # which namespace?
        "copy the config from namespace staging to frontend",  # no traffic: another namespace
        "scale frontend to 3 in namespace prod",
        "only pods in namespace batch may reach my-api and payments",  # which one is guarded?
    ],
)
def test_a_namespace_not_said_as_the_source_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
