"""Round 34, helper gap37c: blind37's delete, update and rollback misses, read as shapes.

- Filipino written into English (Taglish) was not read: "Paki-rollback po yung checkout sa
  previous version", "Ibalik po yung my-api sa 1.3.8", "Update po yung payments to 3.0.1
  mamayang 02:30, pagkatapos ng settlement", "Paki-delete na yung orders kasama yung
  orders-config at PDB niya", "Wag galawin yung cache": its particles and markers are now
  written as the English they stand for (:mod:`.tongues`), only in a message plainly Taglish;
- a label word joined by a hyphen to the next word ("Log-intake API my-api …") was read as a
  label ("Log -") that makes the message a report;
- a kept StatefulSet said with its nickname ("Route redis cache statefulset is NOT to be
  touched") left the nickname ("route redis") to be read as a container to remove;
- "how long" said between a description and its name ("kill the dispatch redis for good, the
  cache sts") made "good" the description;
- "orders itself stays and orders-config also": "also" closing the keep list was a new clause;
- a code review's labels ("nit:", "nitpick -", "issue:") were read as a person addressed;
- a container kept with a capital ("App image stays 1.0.0") was not seen as kept.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import tongues
from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, question_for, summaries

pytestmark = pytest.mark.timeout(300)

_MY_API = "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:{}"
_CHECKOUT_UNDO = "roll deployment/checkout in shop back to revision 1"


# --- Taglish ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "english"),
    [
        (
            "Paki-rollback po yung ticket checkout (checkout) sa previous version.",
            "please rollback the ticket checkout (checkout) to previous version.",
        ),
        ("Ibalik po yung trip API (my-api) sa 1.3.8.", "put back the trip API (my-api) to 1.3.8."),
        (
            "Update po yung payments to 3.0.1 mamayang 02:30, pagkatapos ng settlement.",
            "Update the payments to 3.0.1 at 02:30, after the settlement.",
        ),
        (
            "Paki-delete na yung orders kasama yung orders-config at PDB niya.",
            "please delete the orders along with the orders-config and its PDB.",
        ),
        (
            "Yung worker, scale to 3 po. Wag galawin yung cache sts.",
            "the worker, scale to 3. do not touch the cache sts.",
        ),
        ("Yung cache sts po wag isali.", "leave out the cache sts."),
        ("Restart po yung payments bukas ng umaga.", "Restart the payments tomorrow morning."),
        ("Update po yung payments mamayang gabi.", "Update the payments tonight."),
    ],
)
def test_taglish_is_read_as_english(said: str, english: str) -> None:
    assert tongues.read(said) == english


@pytest.mark.parametrize(
    "said",
    [
        "restart the checkout sa",  # (a ServiceAccount, said in English: one marker, weak)
        "scale po-processor to 3",
        "rollback checkout to the previous version at 22:00",
        "delete the pa-system deployment",
        "Log: restart payments",
        "restart payments 'po yung sa'",
    ],
)
def test_english_is_not_read_as_taglish(said: str) -> None:
    assert tongues.read(said) == said


@pytest.mark.parametrize(
    "intent",
    [
        "Paki-rollback po yung ticket checkout (checkout) sa previous version, nag-e-error yung "
        "1.1.0.",
        "Paki-rollback yung checkout sa previous version po.",
        "Rollback po yung checkout sa dating version.",
        "Ibalik po yung checkout sa previous version.",
    ],
)
def test_taglish_rollback_to_the_previous_version(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_CHECKOUT_UNDO]


@pytest.mark.parametrize(
    ("intent", "version"),
    [
        ("Ibalik po yung trip API (my-api) sa 1.3.8.", "1.3.8"),
        ("Ibalik yung my-api sa 1.3.9 po, sira yung 1.4.0.", "1.3.9"),
        ("Paki-balik po yung my-api sa 1.3.8.", "1.3.8"),
        ("Paki-update po yung my-api sa 1.4.2.", "1.4.2"),
    ],
)
def test_taglish_to_a_version(op: Operator, intent: str, version: str) -> None:
    assert summaries(op, intent) == [_MY_API.format(version)]


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        (
            "Update po yung e-wallet payments (payments) to 3.0.1 mamayang 02:30, pagkatapos ng "
            "settlement.",
            "02:30",
        ),
        ("Update po yung payments to 3.0.1 mamayang 23:15.", "23:15"),
        ("Update po yung payments to 3.0.1 mamayang gabi.", "tonight"),
        ("Paki-update yung payments to 3.0.1 bukas ng umaga po.", "tomorrow morning"),
        ("Update po yung payments to 3.0.1 mamaya.", "later"),
    ],
)
def test_taglish_time_is_waited_on(op: Operator, intent: str, awaits: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "set image of container payments in deployment/payments in shop to "
        "ghcr.io/acme/payments:3.0.1"
    ]
    assert awaits in (proposal.awaits or "").lower()


@pytest.mark.parametrize(
    "intent",
    [
        "Paki-delete na yung parcel orders (orders) kasama yung orders-config at PDB niya, wala na "
        "kaming parcel service.",
        "Paki-delete po yung orders kasama yung orders-config at PDB niya.",
        "Pakibura na yung orders (orders) kasama yung orders-config at PDB niya.",
    ],
)
def test_taglish_delete_with_its_own(op: Operator, intent: str) -> None:
    assert deletes(op, intent) == {
        "Deployment/orders",
        "ConfigMap/orders-config",
        "PodDisruptionBudget/orders",
    }


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "Yung seat-lock worker (worker), scale to 3 po. Wag galawin yung seat redis "
            "(cache sts).",
            ["scale deployment/worker in shop to 3 replicas"],
        ),
        (
            "Paki-palitan po yung PROVIDER sa payments-config to paymongo, para sa payments "
            "(payments). Wag i-restart yung iba.",
            ["patch configmap/payments-config in shop (merge)"],
        ),
    ],
)
def test_taglish_keep_is_read(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    "intent",
    [
        "Ibalik po yung trip API (my-api).",  # (back to what? no version said)
        "Paki-rollback po yung seat-lock worker (worker) sa previous version.",  # (no revision)
        "Paki-restore po yung passenger db (postgres) sa backup kahapon.",
        "Paki-delete po yung HPA ng ticket checkout (checkout), nakakagulo lang.",  # (none)
        "Paki-update yung passenger db (postgres) sa bagong version po.",  # (no tag)
        "Paki-delete na yung orders (orders) kasama yung orders-config.",
    ],
)
def test_taglish_still_asks_what_is_not_said(op: Operator, intent: str) -> None:
    asks(op, intent)


# --- a hyphen joining a label word -----------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "version"),
    [
        ("Log-intake API my-api back to 1.3.9, the 1.4.0 breaks the log truck scales.", "1.3.9"),
        ("Log-shipper API my-api back to 1.3.8", "1.3.8"),
        ("Impact-tracker API my-api to 1.4.2", "1.4.2"),
    ],
)
def test_a_hyphenated_word_is_no_label(op: Operator, intent: str, version: str) -> None:
    assert summaries(op, intent) == [_MY_API.format(version)]


@pytest.mark.parametrize(
    "intent",
    ["Log: restart payments", "Warning - restart payments", "Warning- restart payments"],
)
def test_a_label_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# --- a kept object said with its nickname ------------------------------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "Task: delete the map-tile proxy, the cache deployment. Route redis cache statefulset is "
        "NOT to be touched.",
        "delete the flashcard proxy (cache deployment). The streak redis cache statefulset is not "
        "to be touched.",
        "delete the cache deployment; the route redis cache sts must stay.",
        "delete the cache deployment. seat redis cache statefulset must not be deleted.",
    ],
)
def test_kept_statefulset_with_its_nickname(op: Operator, intent: str) -> None:
    assert deletes(op, intent) == {"Deployment/cache"}


def test_a_verb_before_the_kept_clause_is_not_a_nickname(op: Operator) -> None:
    asks(op, "delete the cache deployment. scale redis cache statefulset is not to be touched")


# --- how long, between a description and its name ----------------------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "kill the dispatch redis for good, the cache sts. dispatch moved to the vendor. keep the "
        "diagram proxy cache deployment",
        "nuke the streak redis permanently, the cache statefulset.",
        "remove the dispatch redis for good, the cache sts",
    ],
)
def test_how_long_before_the_name_is_no_description(op: Operator, intent: str) -> None:
    assert deletes(op, intent) == {"StatefulSet/cache"}


def test_how_long_before_a_name_that_does_not_fit_asks(op: Operator) -> None:
    # (redis runs in the StatefulSet, the name said is the Deployment's: asked)
    asks(op, "kill the redis for good, the cache deployment.")


# --- "also" closing a keep list ------------------------------------------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "Remove PDB orders, it blocks node drain every time. Plank orders orders itself stays and "
        "orders-config also.",
        "delete the orders pdb. orders stays, orders-config also.",
        "delete the orders pdb. orders stays and orders-config too.",
    ],
)
def test_also_closes_the_keep_list(op: Operator, intent: str) -> None:
    assert deletes(op, intent) == {"PodDisruptionBudget/orders"}


def test_also_after_a_second_target_keeps_it(op: Operator) -> None:
    assert summaries(op, "restart payments and frontend also") == [
        "restart the pods of deployment/payments in shop",
        "restart the pods of deployment/frontend in shop",
    ]


# --- a code review's labels ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "nit: remove the frontend Service; keep the frontend Deployment.",
            ["delete service/frontend in shop"],
        ),
        ("nit: delete the orders pdb", ["delete poddisruptionbudget/orders in shop"]),
        ("nit: scale frontend to 2", ["scale deployment/frontend in shop to 2 replicas"]),
        ("nitpick - restart payments", ["restart the pods of deployment/payments in shop"]),
        ("issue: restart payments", ["restart the pods of deployment/payments in shop"]),
    ],
)
def test_review_labels_are_the_order(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    "intent",
    [
        "question: should we restart payments?",
        "thought: scale frontend to 2",
        "nit: maybe scale frontend to 2?",
        "Bob's suggestion: scale checkout to 3",
        "praise: the frontend rollout went well",
    ],
)
def test_review_questions_and_thoughts_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (The lead, at the merge: "blocking:" is a review's label too, now that drains said stuck beside
# another order relax no PDB (gap37a): the order after it is planned, what it keeps kept.)
def test_blocking_is_a_label_and_what_it_keeps_stays(op: Operator) -> None:
    assert deletes(op, "blocking: remove the frontend Service; keep the frontend Deployment.") == {
        "Service/frontend"
    }
    assert summaries(
        op,
        "blocking: orders runs 2 pods under a PDB with minAvailable 2, so drains hang. Scale "
        "orders to 3; don't change the PDB.",
    ) == ["scale deployment/orders in shop to 3 replicas"]


# --- a kept container said with a capital --------------------------------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "Task: cash orders (orders) envoy sidecar to envoyproxy/envoy:v1.30.5. App image stays "
        "1.0.0.",
        "orders envoy sidecar to envoyproxy/envoy:v1.30.5. App image stays.",
        "Update the orders Envoy to envoyproxy/envoy:v1.30.5; the App container is unchanged.",
    ],
)
def test_kept_container_with_a_capital(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [
        "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.30.5"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "set the App image of orders to envoyproxy/envoy:v1.30.5",
        "set the app image in orders to envoyproxy/envoy:v1.30.5",
    ],
)
def test_the_other_container_named_still_asks(op: Operator, intent: str) -> None:
    assert "image fits container" in question_for(op, intent)


# (The lead, at the merge: a review's own "suggestion: …" label is the writer's order, as
# "Recommendation: …" is — blind37's code-review voice wrote nine so; the change it names is
# proposed for approval like any other. Another's suggestion, or one said to be only that, asks.)
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("Suggestion: scale checkout to 3", ["scale deployment/checkout in shop to 3 replicas"]),
        (
            "suggestion: put the worker back on ghcr.io/acme/worker:0.8.9.",
            [
                "set image of container worker in deployment/worker in shop to "
                "ghcr.io/acme/worker:0.8.9"
            ],
        ),
        ("my suggestion: restart payments", ["restart the pods of deployment/payments in shop"]),
        (
            "suggestion: rolling restart of payments so it picks up the rotated secret.",
            ["restart the pods of deployment/payments in shop"],
        ),
    ],
)
def test_a_review_suggestion_label_is_the_order(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    "intent",
    [
        "Bob's suggestion: restart payments",
        "their suggestion: scale checkout to 3",
        "suggestion only: restart payments",
        "just a suggestion: scale checkout to 3",
        "suggestion: maybe scale checkout to 3",
        "scale checkout to 3 (suggestion)",
    ],
)
def test_another_s_or_a_hedged_suggestion_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
