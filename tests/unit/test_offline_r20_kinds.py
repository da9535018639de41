"""Round 20, helper kinds: kinds and compound orders said in other words.

- an alert on CPU or memory said of the workload ("the memory of payments passes the 90% of
  the limit") and a hold said with 'during' and a count ("during 5 minutes"), or ready pods
  said as "N pods ready" (:mod:`.signals`, :mod:`.alerts`);
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries

pytestmark = pytest.mark.timeout(300)


# --------------------------------------------------------------------- alerts


@pytest.mark.parametrize(
    ("intent", "texts"),
    [
        (
            "create an alert when the memory of payments pass the 90% of the limit",
            ["container_memory_working_set_bytes", "payments-", "limits", "> 0.9"],
        ),
        (
            "alert me when the cpu of orders pass the 80% of the limit during 10 minutes",
            ["container_cpu_usage_seconds_total", "orders-", "limits", "> 0.8", '"10m"'],
        ),
        (
            "I need an alert if checkout has less than 2 pods ready during 5 minutes",
            ["kube_deployment_status_replicas_available", "checkout", "< 2", '"5m"'],
        ),
        (
            "page us if frontend has fewer than 2 pods available during 15 minutes",
            ["frontend", "< 2", '"15m"'],
        ),
    ],
)
def test_usage_of_the_workload_and_a_hold_said_with_during(
    shop: Operator, intent: str, texts: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["PrometheusRule"]
    for text in texts:
        assert text in body, text


def test_during_an_event_is_no_hold(shop: Operator) -> None:
    _, body = plans(shop, "alert if payments has fewer than 2 pods ready during the soak")
    assert '"for": "5m"' in body  # the default, not a time read from 'the soak'


@pytest.mark.parametrize(
    "intent",
    [
        # Whose usage: another workload than the one the alert is for.
        "create an alert for payments when the memory of orders pass the 90% of the limit",
        # More pods than the workload runs: would always fire.
        "page us if worker has less than two pods running during 15 minutes",
    ],
)
def test_usage_of_another_or_a_count_it_never_reaches_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- several sources


@pytest.mark.parametrize(
    ("intent", "policy", "sources"),
    [
        (
            "only the fulfilment worker and orders can reach postgres",
            "postgres-allow-from-worker-orders",
            ["worker", "orders"],
        ),
        (
            "only the box office frontend and payments can reach my-api",
            "my-api-allow-from-frontend-payments",
            ["frontend", "payments"],
        ),
        (
            "rating DB (postgres) reachable on tcp/5432 from payments and my-api only, deny all "
            "other ingress",
            "postgres-allow-from-payments-my-api",
            ["payments", "my-api"],
        ),
        (
            "the seat-map api (my-api) reachable from frontend and checkout only, deny all other "
            "ingress",
            "my-api-allow-from-frontend-checkout",
            ["frontend", "checkout"],
        ),
    ],
)
def test_several_sources_listed_after_the_cue_or_a_nickname(
    shop: Operator, intent: str, policy: str, sources: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [policy]
    for name in sources:
        assert f'"app": "{name}"' in body, name


def test_a_port_said_with_its_protocol_is_the_allowed_port(shop: Operator) -> None:
    _, body = plans(
        shop, "postgres reachable on tcp/5432 from payments and my-api only, deny all other ingress"
    )
    assert '"port": 5432' in body


@pytest.mark.parametrize(
    "intent",
    [
        # 'admin' names nothing and is a source of its own, never skipped as a nickname.
        "only from the admin and orders can reach postgres",
        "only the legacy bogus thing and orders can reach postgres",
    ],
)
def test_a_source_naming_nothing_in_the_list_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- one kind of two


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        (
            "remove the payments Service object only, top-up deployment stays (CR-5540)",
            {"Service/payments"},
        ),
        ("delete the my-api service, seat-map deployment stays", {"Service/my-api"}),
        ("remove the my-api Service, the deployment stays (TT-4411)", {"Service/my-api"}),
        (
            "remove the cache proxy deployment (Deployment cache); the redis StatefulSet stays",
            {"Deployment/cache"},
        ),
        ("remove the cache proxy deployment (Deployment cache)", {"Deployment/cache"}),
        (
            "delete the cache redis statefulset (sts cache), the proxy deployment stays",
            {"StatefulSet/cache"},
        ),
    ],
)
def test_one_kind_deleted_the_other_stays(shop: Operator, intent: str, deleted: set[str]) -> None:
    assert deletes(shop, intent) == deleted


@pytest.mark.parametrize(
    "intent",
    [
        # The nickname's kind stays, and the delete is of that kind: a contradiction.
        "delete payments, top-up deployment stays",
        "remove the my-api deployment, the seat-map deployment stays",
        # Both of the shared name said, each with its kind.
        "drop the cache proxy deployment and the cache statefulset",
        "delete the cache and postgres statefulsets",
    ],
)
def test_what_stays_or_which_kind_unclear_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- decom, nicknames


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("decom the CDR worker deployment, service retired per CR-5521", {"Deployment/worker"}),
        ("decom the frontend deployment", {"Deployment/frontend"}),
        ("pls decomm the orders deployment, the service stays", {"Deployment/orders"}),
        ("delete the ETL orders deployment", {"Deployment/orders"}),
        ("delete the orders deployment, service deprecated", {"Deployment/orders"}),
    ],
)
def test_decom_a_nickname_in_capitals_and_a_headline_reason(
    shop: Operator, intent: str, deleted: set[str]
) -> None:
    assert deletes(shop, intent) == deleted


@pytest.mark.parametrize(
    "intent",
    [
        # A key of the namespace in capitals before the name: a setting, asked.
        "delete the QUEUE checkout deployment",
        "remove the LOG_LEVEL orders deployment",
        # A participle that removes: maybe a second delete, asked.
        "decom the worker deployment, service deleted too",
        # 'decom' naming a document, not the verb.
        "decom sheet row 3: legacy-reports | Deployment | delete | owner left the company",
    ],
)
def test_a_key_a_removing_participle_or_a_document_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- how it is


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale orders to 3 and leave the PDB how it is", "scale deployment/orders in shop to 3"),
        (
            "scale checkout to 4 and keep the hpa the way it is",
            "scale deployment/checkout in shop to 4",
        ),
    ],
)
def test_leave_it_how_it_is_keeps_it_as_is(shop: Operator, intent: str, summary: str) -> None:
    assert [s[: len(summary)] for s in summaries(shop, intent)] == [summary]


def test_a_change_to_what_is_left_how_it_is_asks(shop: Operator) -> None:
    asks(shop, "set the pdb of orders to minAvailable 1 and leave the PDB how it is")


def test_a_source_after_our_is_no_nickname(shop: Operator) -> None:
    # 'our backend apps' names no workload: the label said after it is the source.
    _, body = plans(
        shop,
        "The database should only accept connections from our backend apps (the ones labelled "
        "tier=backend).",
    )
    assert '"tier": "backend"' in body
