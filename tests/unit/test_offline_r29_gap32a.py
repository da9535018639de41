"""Round 29, helper gap32a: blind32's misses in config, delete, ha, rollback and backup, by the
way of saying each is a sample of.

Config: a switch verb capitalised at a sentence's start ("Turn FEATURE_X on …"); a Greek
speaker's "open / close the KEY" (turn on / off); a key switched off, then "remove it
(completely)" (the key's removal); a title naming a workload or ConfigMap with a gloss in
brackets, or without its colon ("payments-config (…) PROVIDER adyen", "shared-config REGION uk,
after …"). Rollback: a version put "back on" closing a sentence; "return the checkout to the old
version"; an HTTP status said as what a version gives ("the new one gives 500"); "double" made
a verb ("1.1.0 double charges"). Backup: a deadline whose event is dated by its own clock ("before
the night shift starts at 22:00") or named by a UTC hour ("before the 00Z ingest"). Delete: a
name and kind set after a description by a comma; kubectl's "deploy/orders" in what is kept; ",
not deploy/cache" keeps its kind; a gloss whose head is what the workload runs; a ConfigMap in
use with a closing keep (its in-use question). HA: "allow one pod down"; "(does) not let us
drain"; "has one pod only … Make 3."; a failure with what it costs to a thing; "on zone for".
The nearest phrasings that must stay questions are asked beside each."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import beforehand, calques
from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries

pytestmark = pytest.mark.timeout(300)


# ---------------------------------------------------------------------------------- config
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("Turn FEATURE_X on in my-api-config for the lot API (my-api) after the 05:00 bell.", "on"),
        # phrasings of our own
        ("Turn on FEATURE_X in my-api-config", "on"),
        ("Switch FEATURE_X on in my-api-config.", "on"),
        ("Flip the FEATURE_X flag on for my-api.", "on"),
        ("Open the FEATURE_X in my-api-config for the price API (my-api).", "on"),
        ("please to open the FEATURE_X flag in my-api-config", "on"),
    ],
)
def test_a_flag_switched_by_a_capitalised_or_greek_verb(
    op: Operator, intent: str, wanted: str
) -> None:
    _, body = plans(op, intent)
    assert f'"FEATURE_X": "{wanted}"' in body, body


@pytest.mark.parametrize(
    "said",
    ["open port 8080 on my-api", "close the PDB on orders", "open a ticket for FEATURE_X"],
)
def test_open_and_close_of_anything_but_a_key_are_left_as_said(said: str) -> None:
    assert calques.read(said, frozenset()) == said


@pytest.mark.parametrize(
    "intent",
    [
        "Close the FEATURE_FLAG on the e-shop (frontend), remove it completely.",
        # phrasings of our own
        "turn off FEATURE_FLAG on frontend and drop it",
        "close the FEATURE_FLAG flag on frontend, remove it entirely",
    ],
)
def test_a_key_switched_off_then_removed_is_its_removal(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert '"name": "FEATURE_FLAG", "$patch": "delete"' in body, body


@pytest.mark.parametrize(
    "intent",
    [
        # the key is no key here, or the removal is said further on: asked
        "turn off NOPE_KEY on frontend, remove it",
        "turn off FEATURE_FLAG on frontend, then scale it and remove it",
    ],
)
def test_a_removal_of_it_not_right_after_a_key_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("my-api-config (forecast API, my-api): LOG_LEVEL debug", '"LOG_LEVEL": "debug"'),
        ("payments-config (data-licence payments) PROVIDER adyen", '"PROVIDER": "adyen"'),
        ("shared-config REGION uk, after the 12Z run is published", '"REGION": "uk"'),
        # phrasings of our own
        ("orders-config QUEUE orders-v2", '"QUEUE": "orders-v2"'),
        ("my-api LOG_LEVEL debug", '"LOG_LEVEL": "debug"'),
        ("frontend FEATURE_FLAG ga, once the 17:00 courier has left", '"FEATURE_FLAG"'),
    ],
)
def test_a_title_then_a_key_and_its_value(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body, body


def test_a_title_then_a_key_keeps_the_time_it_waits_on(op: Operator) -> None:
    proposal, _ = plans(op, "shared-config REGION uk, after the 12Z run is published")
    assert "published" in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        "please LOG_LEVEL debug",  # no object of the namespace before the key
        "shared-config REGION uk, then restart frontend",  # more than the value after it
        "shared-config REGION maybe",  # a hedge
    ],
)
def test_a_key_after_no_title_or_before_more_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# -------------------------------------------------------------------------------- rollback
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("Put the lot API (my-api) back on 1.3.9.", "ghcr.io/acme/my-api:1.3.9"),
        # phrasings of our own
        ("Put my-api on 1.3.9.", "ghcr.io/acme/my-api:1.3.9"),
        ("frontend back on 2.0.9.", "ghcr.io/acme/frontend:2.0.9"),
        ("Move the buyers' site (frontend) back on 2.0.9.", "ghcr.io/acme/frontend:2.0.9"),
    ],
)
def test_a_version_put_back_on_closing_a_sentence(op: Operator, intent: str, wanted: str) -> None:
    assert any(wanted in s for s in summaries(op, intent))


def test_a_version_a_workload_stays_on_is_no_order(op: Operator) -> None:
    asks(op, "my-api stays on 1.4.0.")


@pytest.mark.parametrize(
    "intent",
    [
        "Return the wholesale checkout (checkout) to the old version, the new one gives 500.",
        "family-plan checkout (checkout) back to prev version, 1.1.0 double charges",
        # phrasings of our own
        "return the checkout to the old version",
        "Return our checkout to the previous release.",
        "roll back checkout, it gives 500",
        "roll back checkout, the new one gives 500.",
        "roll back checkout, it double charges customers",
    ],
)
def test_a_rollback_beside_what_the_new_version_does(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["roll deployment/checkout in shop back to revision 1"]


@pytest.mark.parametrize(
    "intent",
    [
        "roll back checkout to 500",  # a bare number is still a revision asked about
        "return the checkout to the old config",  # no version said
    ],
)
def test_a_rollback_with_a_bare_number_or_no_version_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [("checkout double", 4), ("double the checkout pods", 4)],
)
def test_double_of_a_workload_still_scales(op: Operator, intent: str, replicas: int) -> None:
    assert summaries(op, intent) == [f"scale deployment/checkout in shop to {replicas} replicas"]


# ---------------------------------------------------------------------------------- backup
@pytest.mark.parametrize(
    ("intent", "kind", "wanted"),
    [
        (
            "PS-4121: Take a one-off Velero backup of the jobs database (postgres) before the "
            "night shift starts at 22:00, retained for 7 days.",
            "Backup",
            "168h",
        ),
        (
            "one-off pg_dump job of sts/postgres (observations DB) before the 00Z ingest",
            "Job",
            "pg_dump",
        ),
        # phrasings of our own
        ("take a backup of postgres before the gates open at 09:30", "Backup", "postgres"),
        ("backup of postgres before the 12Z run lands", "Backup", "postgres"),
    ],
)
def test_a_backup_before_an_event_dated_by_its_own_clock(
    op: Operator, intent: str, kind: str, wanted: str
) -> None:
    proposal, body = plans(op, intent)
    made = [o for o in proposal.operations if o.target.kind == kind]
    assert made, [o.summary() for o in proposal.operations]
    assert wanted in body
    # Made now, once: never a schedule at the event's clock.
    assert not any(o.target.kind in ("Schedule", "CronJob") for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        "take a backup of postgres before the 02:00 run",  # the clock names the run: asked
        "take a backup of postgres before the night shift starts tomorrow at 22:00",  # a day too
        "take a backup of postgres before the night shift starts at 22:00 if it is quiet",
    ],
)
def test_a_backup_before_an_event_with_more_of_a_time_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_dated_deadline_is_blanked_and_an_undated_clock_is_not() -> None:
    said = "take a backup before the night shift starts at 22:00, keep 7 days"
    assert "22:00" not in beforehand.dated_blanked(said)
    assert beforehand.dated_blanked("take a backup at 22:00") == "take a backup at 22:00"


def test_a_scale_before_an_event_dated_by_its_clock_still_waits_on_it(op: Operator) -> None:
    proposal, _ = plans(
        op, "membership payments payments from 2 to 3 before the gates open at 09:30"
    )
    assert "09:30" in (proposal.awaits or "")


# ---------------------------------------------------------------------------------- delete
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        (
            "Delete the lot-photo cache proxy, the cache Deployment. Keep the bid-clock redis.",
            {"Deployment/cache"},
        ),
        (
            "delete pdb/orders (warning-alert subscriptions), keep deploy/orders",
            {"PodDisruptionBudget/orders"},
        ),
        ("delete sts/cache (radar-frame redis), not deploy/cache", {"StatefulSet/cache"}),
        # phrasings of our own
        ("Delete the photo cache proxy, i.e. the cache Deployment.", {"Deployment/cache"}),
        ("Delete the bid-clock redis, the cache StatefulSet.", {"StatefulSet/cache"}),
        ("delete pdb/orders, deploy/orders stays", {"PodDisruptionBudget/orders"}),
        ("delete svc/payments, keep deploy/payments", {"Service/payments"}),
        ("delete the cache statefulset, not the cache deployment", {"StatefulSet/cache"}),
        ("delete deploy/cache, not sts/cache", {"Deployment/cache"}),
    ],
)
def test_a_delete_said_with_kinds_beside_it(op: Operator, intent: str, gone: set[str]) -> None:
    assert deletes(op, intent) == gone


@pytest.mark.parametrize(
    "intent",
    [
        # a list of two objects is never read as a gloss: both go, each named
        "delete the redis, the cache deployment.",  # two workloads said: asked
        "delete deploy/orders, keep deploy/orders",  # said to go and to stay
        "delete the cache deployment, not the cache deployment",
        "delete cache (old redis)",  # another copy, maybe
        "turn off checkout (latency alert)",  # a part in the gloss
        "delete orders (warning-alert subscriptions)",  # no kind and no head it runs
    ],
)
def test_the_nearest_deletes_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_list_of_two_named_workloads_deletes_both(op: Operator) -> None:
    assert deletes(op, "delete the worker, the cache deployment.") == {
        "Deployment/worker",
        "Deployment/cache",
    }


@pytest.mark.parametrize(
    "intent",
    [
        "delete payments-config, payments stays",
        # Round 42: a workload kept that does not read it says nothing of its use, and one
        # kept working cannot be without what it reads (blind5).
        "delete orders-config, keep frontend",
        "delete payments-config but keep payments working",
        "delete orders-config, keep orders running",
    ],
)
def test_a_configmap_in_use_with_a_keep_asks_about_its_use(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "is used by" in question, question


@pytest.mark.parametrize(
    ("intent", "deleted", "reader"),
    [
        (
            "delete payments-config, subs billing (payments) deploy stays",
            "ConfigMap/payments-config",
            "deployment/payments",
        ),
        ("delete orders-config, keep orders", "ConfigMap/orders-config", "deployment/orders"),
        (
            "remove orders-config, the rug orders (orders) Deployment stays",
            "ConfigMap/orders-config",
            "deployment/orders",
        ),
    ],
)
def test_a_configmap_deleted_with_every_reader_said_to_stay_is_planned_with_what_follows(
    op: Operator, intent: str, deleted: str, reader: str
) -> None:
    """Round 42 (blind44, blind45, whose writers each expected the delete): every workload that
    reads the ConfigMap said to stay is a request that knows of the use; the delete is planned,
    alone, and its risks say what the readers' next pods meet."""
    proposal, _ = plans(op, intent)
    assert {f"{o.target.kind}/{o.target.name}" for o in proposal.operations} == {deleted}
    assert any(reader in r and "fail to start" in r for r in proposal.risks), proposal.risks


# -------------------------------------------------------------------------------------- ha
@pytest.mark.parametrize(
    "intent",
    [
        "The export orders (orders) PDB not let us drain the node. Make it to allow one pod down.",
        # phrasings of our own
        "make the orders pdb allow one pod down",
        "change the orders pdb to allow 1 pod unavailable",
        "the orders pdb does not let us drain, fix it",
    ],
)
def test_a_budget_allowing_one_pod_down(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert '"maxUnavailable": 1' in body


def test_a_budget_said_to_allow_a_pod_with_no_state_is_asked(op: Operator) -> None:
    asks(op, "make the orders pdb allow one pod")


@pytest.mark.parametrize(
    "intent",
    [
        "The courier worker (worker) has one pod only, if the node dies the labels are not "
        "printing. Make 3.",
        # phrasings of our own
        "worker has one pod. make 3",
        "worker has one pod only, make 3 please",
        "worker has one pod. Make it 3.",
        "worker runs one pod only, make it 3",
        "scale worker to 3, if the node dies the labels stop printing",
    ],
)
def test_a_stated_count_then_make_n(op: Operator, intent: str) -> None:
    assert "scale deployment/worker in shop to 3 replicas" in summaries(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "worker is slow. make 3",  # no count stated: no unit to lend
        "worker has one pod, make 0",  # stopping it is asked by its own rules
        "if the node dies, make worker 3 replicas",  # the failure as when: asked
        "scale worker to 3 if the node dies",
        "restart one pod only of worker",  # one of its pods
    ],
)
def test_the_nearest_counts_and_failures_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "key"),
    [
        (
            "topologySpreadConstraints on zone for deploy/payments (data-licence payments)",
            "topology.kubernetes.io/zone",
        ),
        ("topologySpreadConstraints on zone for payments", "topology.kubernetes.io/zone"),
        ("topologySpreadConstraints on hostname for payments", "kubernetes.io/hostname"),
    ],
)
def test_a_spread_on_a_key_names_no_zone(op: Operator, intent: str, key: str) -> None:
    _, body = plans(op, intent)
    assert "topologySpreadConstraints" in body
    assert key in body


@pytest.mark.parametrize(
    "intent", ["restart payments in zone eu-west-1a", "scale payments to 3 in az-4"]
)
def test_a_zone_named_is_still_a_part_of_the_pods(op: Operator, intent: str) -> None:
    asks(op, intent)
