"""Round 33, helper gap36b: blind36's misses in config, update, delete and security.

blind36 (the thirty-sixth blind set, opened as a gap list) was asked about clear intents:
- a value before a one-line list's next bullet ("• payments-config: PROVIDER = braintree • for
  …") was asked whether it went on with "•";
- a count said in words over two words ("BATCH_SIZE … to twenty five for …") was cut at its
  first word;
- "no restart of anything else" (the prohibition said with its noun) read as a restart;
- "while we're in there" (an aside: "as well") read as a change that holds only a while;
- "the app image stays" beside a set_image of the envoy container read as the image changed;
- a release "signed off" / "approved" in one sentence, "Please roll it out." in the next, lost
  its version at the full stop;
- "the label-image proxy" (a compound) read as setting a label;
- a dictated nickname with no brackets ("the fermentation-probe worker worker", "the
  label-image proxy the cache deployment") lent its words ("probe", "label") to the request;
- "PROBE_INTERVAL equals 30s" (dictated) was no assignment;
- beside a delete: "… stay exactly as they are", "only not orders and not orders-config", a
  workload kept that shares its name with the PDB deleted, and "X entirely, together with …";
- "inshallah" closing an order read as "maybe";
- "Audit asked for …" read "audit" as an inspection.
Each mend is tested on several phrasings of its shape and on near misses that stay asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_PAYCFG = "patch configmap/payments-config in shop (merge)"
_SHARED = "patch configmap/shared-config in shop (merge)"
_APICFG = "patch configmap/my-api-config in shop (merge)"
_ORDCFG = "patch configmap/orders-config in shop (merge)"
_WORKER = "patch deployment/worker in shop (strategic)"
_API = "patch deployment/my-api in shop (strategic)"
_FRONT = "patch deployment/frontend in shop (strategic)"
_PDB = "delete poddisruptionbudget/orders in shop"
_ENVOY = "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.30.4"
_WEB = "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.0"
_PROXY = (
    "set image of container proxy in deployment/cache in shop to ghcr.io/acme/cache-proxy:1.1.0"
)


# A value ends at a one-line list's next bullet.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        (
            "• payments-config: PROVIDER = braintree • for subscription payments (payments)",
            _PAYCFG,
            '"PROVIDER": "braintree"',
        ),
        (
            "• shared-config REGION → eu-west • read by my-api and frontend",
            _SHARED,
            '"REGION": "eu-west"',
        ),
        (
            "• worker (roast-profile worker) env ROAST_MODE=kill-switch-off • config only",
            _WORKER,
            '"kill-switch-off"',
        ),
        ("• orders-config: BATCH_SIZE=40 • orders only", _ORDCFG, '"BATCH_SIZE": "40"'),
        ("• frontend env FEATURE_FLAG=gamma • ROAST-12", _FRONT, '"gamma"'),
        ("• my-api-config: FEATURE_X → on •", _APICFG, '"FEATURE_X": "on"'),
    ],
)
def test_a_bullet_ends_the_value(op: Operator, intent: str, summary: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    assert value in body


def test_a_bullet_inside_a_word_is_no_list(op: Operator) -> None:
    asks(op, "set MOTD to hello •world on my-api")


# A count in words over two words, then the rest of the clause.
@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("set BATCH_SIZE in orders-config to twenty five for the case orders", '"25"'),
        ("set BATCH_SIZE in orders-config to twenty five", '"25"'),
        ("BATCH_SIZE in orders-config should be forty two please", '"42"'),
        ("set BATCH_SIZE in orders-config to one hundred", '"100"'),
        ("set BATCH_SIZE in orders-config to thirty five, the queue is deep", '"35"'),
    ],
)
def test_a_count_in_words_goes_on(op: Operator, intent: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [_ORDCFG]
    assert f'"BATCH_SIZE": {value}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "set BATCH_SIZE in orders-config to twenty five apples",
        "set BATCH_SIZE in orders-config to twenty four four",
    ],
)
def test_a_count_followed_by_more_words_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# "no restart of X" is a prohibition, read as "don't restart X".
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("• my-api-config: FEATURE_X → on • no restart of anything else", _APICFG),
        ("my-api-config: FEATURE_X=on, no restart of anything else", _APICFG),
        ("set FEATURE_X in my-api-config to on. No restarts of other workloads.", _APICFG),
        ("set LOG_LEVEL in my-api-config to debug, no restarts for the other deployments", _APICFG),
        ("set LOG_LEVEL in my-api-config to debug, no restart of payments", _APICFG),
        (
            "scale frontend to 4, no restart of anything else",
            "scale deployment/frontend in shop to 4 replicas",
        ),
    ],
)
def test_no_restart_of_is_a_prohibition(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_no_restart_of_the_workload_restarted_is_asked(op: Operator) -> None:
    asks(op, "restart payments, no restart of payments")


# "while we're in there" is an aside, not a duration.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("ride api (my-api) must not run as root. fix that while we're in there", _API),
        ("drop ALL capabilities on frontend while you're in there.", _FRONT),
        ("while I'm in there, set LOG_LEVEL=debug on my-api", _APICFG),
        ("my-api must not run as root, while we are in there", _API),
    ],
)
def test_while_in_there_is_an_aside(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 5 while we are in there debugging",
        "scale frontend to 5 while we're in the migration",
    ],
)
def test_while_we_are_busy_is_still_a_duration(op: Operator, intent: str) -> None:
    asks(op, intent)


# Another container's image said to stay beside a set_image of one container.
@pytest.mark.parametrize(
    "intent",
    [
        "The vendor released envoyproxy/envoy:v1.30.4 for the viewing-booking service (orders) "
        "sidecar. Please update envoy only; the app image stays.",
        "update envoy in orders to envoyproxy/envoy:v1.30.4. the app image stays as it is",
        "update envoy in orders to envoyproxy/envoy:v1.30.4, the app version is unchanged",
    ],
)
def test_another_containers_image_stays(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_ENVOY]


@pytest.mark.parametrize(
    "intent",
    [
        "update envoy in orders to envoyproxy/envoy:v1.30.4. the envoy image stays",
        "update envoy in orders to envoyproxy/envoy:v1.30.4. the orders image stays",
        "update envoy in orders to envoyproxy/envoy:v1.30.4. the image stays",
        "update orders to ghcr.io/acme/orders:1.1.0, the app image stays",
    ],
)
def test_the_image_changed_said_to_stay_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# A release cleared in one sentence, rolled out in the next.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Engineering signed off the property search site (frontend) 2.2.0. Please roll it out.",
            _WEB,
        ),
        ("QA approved frontend 2.2.0. Please roll it out.", _WEB),
        ("QA tested frontend 2.2.0. roll it out", _WEB),
        (
            "Security signed off on my-api 1.5.0. Ship it.",
            "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.5.0",
        ),
    ],
)
def test_a_release_cleared_then_rolled_out(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "QA tested frontend 2.2.0. it looks fine",
        "We approved frontend 2.2.0.",
        "Security signed off on my-api 1.5.0. Do not ship it yet.",
    ],
)
def test_a_release_cleared_with_no_order_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# The first half of a compound is no label; a dictated nickname is read as in brackets.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "update the label-image proxy the cache deployment to ghcr.io/acme/cache-proxy:1.1.0",
            _PROXY,
        ),
        (
            "update the label-image proxy (cache deployment) to ghcr.io/acme/cache-proxy:1.1.0",
            _PROXY,
        ),
        (
            "on the fermentation-probe worker worker add an environment variable "
            "PROBE_INTERVAL equals 30s",
            _WORKER,
        ),
        (
            "on the fermentation-probe worker worker add an environment variable "
            "PROBE_INTERVAL=30s",
            _WORKER,
        ),
        ("restart the harvest API my-api", "restart the pods of deployment/my-api in shop"),
        (
            "scale the barrel redis the cache statefulset to 2 replicas",
            "scale statefulset/cache in shop to 2 replicas",
        ),
        (
            "set the note-taking api my-api to 1.5.0",
            "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.5.0",
        ),
    ],
)
def test_a_dictated_nickname(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_the_dictated_assignment_holds_its_value(op: Operator) -> None:
    _, body = plans(op, "on worker add an environment variable PROBE_INTERVAL equals 30s please")
    assert '"PROBE_INTERVAL"' in body
    assert '"30s"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "update the label on payments to team=core",
        "update the labels of payments",
        "delete the old cache deployment",
        "restart the payments worker",
        "on worker add an environment variable PROBE_INTERVAL equals thirty seconds",
    ],
)
def test_labels_and_other_copies_stay_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Beside a delete: what stays, what is left out, what goes with it.
@pytest.mark.parametrize(
    "intent",
    [
        "remove the orders PDB, it's blocking the node drain. swap orders (orders) and "
        "orders-config stay exactly as they are",
        "remove the orders PDB. orders and orders-config stay exactly as they are",
        "delete the orders pod disruption budget only not orders and not orders-config",
        "delete the orders pdb, not orders and not orders-config",
        "delete the orders pdb, not orders",
        "delete the orders pdb only, not orders",
    ],
)
def test_the_pdb_alone_goes(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_PDB]


@pytest.mark.parametrize(
    "intent",
    [
        "remove orders entirely, together with orders-config and its PodDisruptionBudget.",
        "remove the viewing-booking service (orders) entirely, together with orders-config and "
        "its PodDisruptionBudget.",
        "remove orders completely, along with orders-config and its PDB",
        "delete orders, along with orders-config and its pdb",
    ],
)
def test_a_workload_goes_with_its_own(op: Operator, intent: str) -> None:
    assert sorted(summaries(op, intent)) == sorted(
        [_PDB, "delete deployment/orders in shop", "delete configmap/orders-config in shop"]
    )


@pytest.mark.parametrize(
    "intent",
    [
        "delete the orders pdb, not the orders pdb",
        "delete orders, not the orders pdb",
        "remove the orders PDB. orders stays exactly as it is, scale it to 4",
        "delete worker, along with frontend",
        "delete orders, along with orders-config and its pdb, then scale frontend to 4",
        "restart payments only not now",
    ],
)
def test_deletes_beside_more_stay_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart payments only not checkout", "restart the pods of deployment/payments in shop"),
        (
            "restart my-api, not payments and not frontend",
            "restart the pods of deployment/my-api in shop",
        ),
    ],
)
def test_names_left_out_one_by_one(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# "inshallah" after an order is a formula, not a doubt.
def test_inshallah_closing_an_order(op: Operator) -> None:
    planned, awaits = summaries_and_awaits(
        op,
        "Update the delivery-slot worker (worker) to ghcr.io/acme/worker:0.9.3 after 23:00 "
        "inshallah",
    )
    assert planned == [
        "set image of container worker in deployment/worker in shop to ghcr.io/acme/worker:0.9.3"
    ]
    assert "23:00" in awaits
    assert summaries(op, "scale frontend to 4 inshallah") == [
        "scale deployment/frontend in shop to 4 replicas"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments maybe inshallah",
        "inshallah we will scale frontend to 4 next week",
    ],
)
def test_a_doubt_or_a_plan_for_later_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# "Audit asked …" is who asks (reported, as "Compliance asked" is), never an inspection.
def test_audit_asked_is_who_asks(op: Operator) -> None:
    # (The lead, at the merge: a change someone asked for is relayed as the order, :mod:`.relayed`.)
    assert summaries(op, "Audit asked for a read-only root filesystem on checkout.") == [
        "patch deployment/checkout in shop (strategic)"
    ]
