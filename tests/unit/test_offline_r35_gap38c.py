"""Round 35, helper gap38c: blind38's delete, update and rollback misses, read as shapes.

- Scots and Swahili-English written into an English order were not read: "update my-api tae
  1.5.0", "roll payments back tae 2.9.6", "on tae 0.9.3 the morra efter 06:00", "bin the Service o
  …"; "Futa deployment ya payments lakini payments-config ibaki", "my-api rudisha to 1.3.8", "…
  upgrade to postgres:16.5 baada ya 02:00": their words are now written as the English they mean
  (:func:`.tongues.dialects`), only in a message plainly that tongue;
- a Service named beside its description with its kind in the brackets ("the Service of the
  ticket payments (Service payments)") named the Service twice, or the workload;
- a lab notebook's "Action:" before a delete was a heading, asked;
- a topic said first with a statement of it ("The massage orders (orders) we don't use anymore,
  remove it …") was not read as a statement (a reader before the guard took its words out);
- a step before the change said done after it ("…, the backup Zoli already did, no need") was
  read as the change said done, and its noun as a backup asked for.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import results, tongues
from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans_awaiting, summaries

pytestmark = pytest.mark.timeout(300)

_IMAGE = "set image of container {} in {} in shop to {}"
_CHECKOUT_UNDO = "roll deployment/checkout in shop back to revision 1"


# --- Scots and Swahili-English, read as English ------------------------------------------------


@pytest.mark.parametrize(
    ("said", "english"),
    [
        ("update the cask API my-api tae 1.5.0", "update the cask API my-api to 1.5.0"),
        ("roll payments back tae 2.9.6", "roll payments back to 2.9.6"),
        (
            "worker on tae 0.9.3 the morra efter 06:00",
            "worker on to 0.9.3 tomorrow after 06:00",
        ),
        (
            "bin the Service o the visitor-centre site",
            "delete the Service of the visitor-centre site",
        ),
        ("dinnae touch the cache statefulset", "don't touch the cache statefulset"),
        (
            "Futa deployment ya payments lakini payments-config ibaki",
            "delete deployment of payments but payments-config stays",
        ),
        ("my-api rudisha to 1.3.8, 1.4.0 ina bug", "my-api roll back to 1.3.8, 1.4.0 has bug"),
        ("rudisha my-api kwa 1.3.9", "roll back my-api to 1.3.9"),
        (
            "postgres upgrade to postgres:16.5 baada ya 02:00",
            "postgres upgrade to postgres:16.5 after 02:00",
        ),
        (
            "Futa checkout deployment, hatuitumii tena",
            "delete checkout deployment, we don't use it anymore",
        ),
    ],
)
def test_dialects_are_read_as_english(said: str, english: str) -> None:
    assert tongues.dialects(said) == english


@pytest.mark.parametrize(
    "said",
    [
        "scale the bin-packer to 3",  # (one English word of Scots, weak: no Scots)
        "restart worker, it logs to /var/bin",
        "set MODE='tae' on worker",  # (quoted: a value)
        "restart the na-gateway",
        "update my-api to 1.5.0 ya know",  # ("ya" alone is weak: no Swahili)
        "delete the futa-sync deployment",  # (a part of a name)
        "set GREETING='futa tae' on worker",
    ],
)
def test_english_is_not_read_as_a_dialect(said: str) -> None:
    assert tongues.dialects(said) == said


@pytest.mark.parametrize(
    "said",
    ["Leo says restart worker", "Jana asked: scale my-api to 3"],  # (people's names)
)
def test_a_name_is_no_swahili(said: str) -> None:
    assert tongues.dialects(said) == said


def test_a_name_of_the_namespace_stays_as_said() -> None:
    assert tongues.dialects("restart tae, dinnae wait", frozenset({"tae"})) == (
        "restart tae, don't wait"
    )


@pytest.mark.parametrize(
    ("intent", "container", "workload", "image"),
    [
        ("update the cask API my-api tae 1.5.0", "api", "my-api", "ghcr.io/acme/my-api:1.5.0"),
        ("bump the cask API (my-api) tae 1.4.2", "api", "my-api", "ghcr.io/acme/my-api:1.4.2"),
        ("update payments tae 3.1.0", "payments", "payments", "ghcr.io/acme/payments:3.1.0"),
        (
            "roll the bottle-shop payments (payments) back tae 2.9.6",
            "payments",
            "payments",
            "ghcr.io/acme/payments:2.9.6",
        ),
        (
            "Collection API my-api rudisha to 1.3.8, 1.4.0 ina bug ya weights",
            "api",
            "my-api",
            "ghcr.io/acme/my-api:1.3.8",
        ),
        ("rudisha my-api kwa 1.3.9", "api", "my-api", "ghcr.io/acme/my-api:1.3.9"),
        ("payments rudisha to 2.9.6", "payments", "payments", "ghcr.io/acme/payments:2.9.6"),
        (
            "Frontend rudisha to 2.0.9, 2.1.0 ina bug",
            "web",
            "frontend",
            "ghcr.io/acme/frontend:2.0.9",
        ),
    ],
)
def test_a_dialect_version_change(
    op: Operator, intent: str, container: str, workload: str, image: str
) -> None:
    assert summaries(op, intent) == [_IMAGE.format(container, f"deployment/{workload}", image)]


@pytest.mark.parametrize(
    "intent",
    [
        "Agrovet checkout (checkout) rudisha to revision 1",
        "Rudisha checkout to the previous version",
        "roll checkout back tae the previous version",
    ],
)
def test_a_dialect_rollback(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_CHECKOUT_UNDO]


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "mash-log worker (worker) on tae ghcr.io/acme/worker:0.9.3 the morra efter 06:00 when "
            "the mash tun's done",
            "ghcr.io/acme/worker:0.9.3",
            "06:00",
        ),
        ("upgrade worker tae ghcr.io/acme/worker:0.9.3 efter 22:00", "worker:0.9.3", "22:00"),
        ("upgrade worker tae ghcr.io/acme/worker:0.9.3 the morra", "worker:0.9.3", "morra"),
        (
            "Members DB (postgres) upgrade to postgres:16.5 baada ya 02:00 when the payout batch "
            "finishes",
            "postgres:16.5",
            "02:00",
        ),
    ],
)
def test_a_dialect_time_is_waited_on(op: Operator, intent: str, summary: str, awaits: str) -> None:
    plans_awaiting(op, intent, summary, awaits)


# Each case said in English, word for word: it plans the same deletion.
_ENGLISH = (
    ("hatuitumii tena", "we don't use it anymore"),
    ("lakini payments-config ibaki", "but payments-config stays"),
    ("Tafadhali", "Please"),
    ("Futa", "Delete"),
    ("futa", "delete"),
    ("bin ", "delete "),
    (" ya ", " of "),
    (" o the ", " of the "),
)


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("Futa agrovet checkout (checkout) deployment, hatuitumii tena", {"Deployment/checkout"}),
        ("Futa worker deployment, hatuitumii tena", {"Deployment/worker"}),
        ("Futa deployment ya payments lakini payments-config ibaki", {"Deployment/payments"}),
        ("Tafadhali futa deployment ya orders", {"Deployment/orders"}),
        (
            "bin the Service o the visitor-centre site (Service frontend), keep the frontend "
            "deployment",
            {"Service/frontend"},
        ),
    ],
)
def test_a_dialect_delete(op: Operator, intent: str, deleted: set[str]) -> None:
    # Round 35 at the merge (attack40: "futa orders in a wee while", "bin orders at o600"
    # deleted now, the words around the verb unread): a deletion said only in another tongue is
    # asked, naming what it would delete; said in English, it plans.
    proposal = asks(op, intent)
    assert "said in English" in str(proposal.question)
    english = intent
    for said, meant in _ENGLISH:
        english = english.replace(said, meant)
    assert deletes(op, english) == deleted


@pytest.mark.parametrize(
    "intent",
    [
        "Usifute worker",  # (don't delete worker: only a negation)
        "Futa worker kesho",  # (tomorrow: a delete is never waited on)
        "Feed orders (orders) rudisha kwa version ya jana",  # (yesterday's: which?)
        "bin the orders PDB, the drains hang on it",  # (one weak word: no Scots, asked)
    ],
)
def test_a_dialect_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# --- a Service named beside its description, its kind in the brackets ---------------------------


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        (
            "Delete the Service of the ticket payments (Service payments), the deployment payments "
            "must stay.",
            {"Service/payments"},
        ),
        ("delete the booking web (the frontend service)", {"Service/frontend"}),
        (
            "delete the visitor-centre Service (Service frontend), the deployment stays",
            {"Service/frontend"},
        ),
        (
            "remove the storefront's service (svc frontend) but keep frontend itself",
            {"Service/frontend"},
        ),
        ("delete the ticket payments (Service payments)", {"Service/payments"}),
    ],
)
def test_a_service_glossed_with_its_kind(op: Operator, intent: str, deleted: set[str]) -> None:
    assert deletes(op, intent) == deleted


@pytest.mark.parametrize(
    "intent",
    [
        "delete the visitor-centre site (Service nosuch)",  # (no such Service)
        "delete the storefront (Service frontend) and worker",  # (a second object)
        "delete the service of payments (svc frontend)",  # (another's name in the description)
    ],
)
def test_a_service_glossed_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# --- "Action:" and a topic said first --------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("Action: delete worker", {"Deployment/worker"}),
        (
            "Action: delete the alignment worker (worker) deployment; alignment moved to the HPC "
            "cluster. n.b. delete nothing else.",
            {"Deployment/worker"},
        ),
        ("Action: remove the orders PDB, the drains hang on it", {"PodDisruptionBudget/orders"}),
        (
            "The massage orders (orders) we don't use anymore, remove it together with "
            "orders-config and its PDB.",
            {"Deployment/orders", "ConfigMap/orders-config", "PodDisruptionBudget/orders"},
        ),
        (
            "the cask orders (orders) we don't need anymore, get rid of it",
            {"Deployment/orders", "ConfigMap/orders-config", "PodDisruptionBudget/orders"},
        ),
    ],
)
def test_a_labelled_or_topic_first_delete(op: Operator, intent: str, deleted: set[str]) -> None:
    assert deletes(op, intent) == deleted


@pytest.mark.parametrize(
    "intent",
    [
        "Actionable: delete worker",
        "Action: don't delete worker",
        "Action (Bob): delete worker",
        "The orders we still use, delete it",
        "worker is not retired yet, delete it",
        "orders we don't use anymore, but keep it",
        "The orders we want to keep, delete worker",
    ],
)
def test_a_labelled_or_topic_first_delete_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# --- a step before the change said done --------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "order"),
    [
        (
            "Upgrade postgres to postgres:16.6, the backup Zoli already did, no need.",
            "Upgrade postgres to postgres:16.6",
        ),
        ("update my-api to 1.5.0; the snapshot the DBA already did", "update my-api to 1.5.0"),
        (
            "update my-api to 1.5.0 - bob already took the snapshot, no need for another",
            "update my-api to 1.5.0",
        ),
    ],
)
def test_a_step_done_is_dropped(said: str, order: str) -> None:
    assert results.prep_done(said) == order


@pytest.mark.parametrize(
    "said",
    [
        "Upgrade postgres to postgres:16.6, the upgrade Zoli already did",
        "back up postgres, the backup Zoli already did",
        "Upgrade postgres to 16.6 after the backup, the backup Zoli already did",
        "the backup Zoli already did",
    ],
)
def test_a_step_done_is_kept_when_it_is_the_order(said: str) -> None:
    assert results.prep_done(said) == said


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Upgrade the guest database postgres to postgres:16.6, the backup Zoli already did, "
            "no need.",
            _IMAGE.format("postgres", "statefulset/postgres", "postgres:16.6"),
        ),
        (
            "upgrade frontend to 2.2.0, the tests QA already did",
            _IMAGE.format("web", "deployment/frontend", "ghcr.io/acme/frontend:2.2.0"),
        ),
        (
            "update worker to 0.9.3, the backup bob already did, no need for another",
            _IMAGE.format("worker", "deployment/worker", "ghcr.io/acme/worker:0.9.3"),
        ),
    ],
)
def test_an_update_after_its_step_done(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "Upgrade postgres to postgres:16.6, the upgrade Zoli already did",
        "Upgrade postgres to postgres:16.6, Zoli already did",
        "back up postgres, the backup Zoli already did",
        "update worker to 0.9.3, the update bob already did",
    ],
)
def test_the_change_said_done_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
