"""Round 24, helper reports: a message that tells of a change is asked, never planned (hearsay).

The shapes (the third black-box attack's "reports" family): (1) another person or tool does it
or suggested it ("argo will bump frontend to 2.2.0", "restart payments, bob will do it", "alice
suggested scaling checkout to 4"); (2) it is done already ("we mitigated by restarting
payments", "added a pdb for payments", "hpa added to checkout"); (3) a status, no go ("payments
restart is planned", "… optional"); (4) a fact the plan would act on ("2.2.0 of frontend is
ready", "checkout at 4 replicas handled the load", "payments doesn't run as root"); (5) a doubt
or an opinion ("might have to scale …", "in my opinion, …", "consider …", "in principle, …");
(6) information, a note's standing rule, a polite order with a question mark, who can
reach a workload now. Each question says
what to type instead. The nearest orders still plan, with their values; the shapes earlier
rounds decided plan ("I'd scale …", "TODO: …", "payments is not HA", "I think X needs …")."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _asked(op: Operator, intent: str, *words: str) -> str:
    question = asks(op, intent).question or ""
    assert "changed nothing" in question
    assert "e.g. '" in question  # what to type instead
    for word in words:
        assert word in question, question
    return question


# (1) Someone else does it, will do it or suggested it.
@pytest.mark.parametrize(
    ("intent", "typed"),
    [
        ("checkout will be scaled to 4 by the pipeline", "scale checkout to 4"),
        ("argo will bump frontend to 2.2.0", "set the image of frontend"),
        ("alice suggested scaling checkout to 4", "scale checkout to 4"),
        ("restart payments: bob is on it", "restart payments"),
        ("restart payments: assigned to bob", "restart payments"),
        ("restart payments, bob will do it", "restart payments"),
        ("restart payments, bob's doing it", "restart payments"),
        ("payments will be restarted by the on-call", "restart payments"),
        ("restart payments - alice is on it", "restart payments"),
        ("scale checkout to 4, assigned to dave", "scale checkout to 4"),
        ("bump frontend to 2.2.0; carol will handle it", "set the image of frontend"),
        ("bob proposed restarting payments", "restart payments"),
        ("dana recommended bumping frontend to 2.2.0", "set the image of frontend"),
    ],
)
def test_what_another_does_or_suggested_is_asked(op: Operator, intent: str, typed: str) -> None:
    _asked(op, intent, typed)


# (2) Done already: said in the past, the perfect or as a participle after what was changed.
@pytest.mark.parametrize(
    ("intent", "typed"),
    [
        ("mitigated by scaling checkout to 4", "scale checkout to 4"),
        ("we mitigated by restarting payments", "restart payments"),
        ("ran kubectl rollout restart deploy/payments", "restart payments"),
        ("LOG_LEVEL set to debug on my-api", "set KEY=value in my-api-config"),
        ("hpa added to checkout", "autoscale checkout"),
        ("pdb added for payments", "add a pdb to payments"),
        ("servicemonitor added for payments", "monitor payments"),
        ("nightly postgres backup set up", "back up postgres"),
        ("payments pods spread across zones", "payments"),
        ("orders-config updated with BATCH_SIZE=500", "set KEY=value in orders-config"),
        ("applied BATCH_SIZE=500 to orders-config", "orders-config"),
        ("added a pdb for payments", "add a pdb to payments"),
        ("added an hpa to checkout", "autoscale checkout"),
        ("created a servicemonitor for payments", "monitor payments"),
        ("I've raised my-api memory to 1Gi", "my-api"),
        ("I've added a pdb to payments", "add a pdb to payments"),
        ("I've set LOG_LEVEL=debug on my-api", "my-api-config"),
        ("I've scaled checkout to 4", "scale checkout to 4"),
        ("we've bumped frontend to 2.2.0", "set the image of frontend"),
        ("pdb created for payments", "add a pdb to payments"),
        ("memory limit raised to 1Gi on my-api", "my-api"),
    ],
)
def test_a_change_told_done_is_asked(op: Operator, intent: str, typed: str) -> None:
    _asked(op, intent, typed)


# (3) A status of the change, no go.
@pytest.mark.parametrize(
    ("intent", "typed"),
    [
        ("payments restart is planned", "restart payments"),
        ("payments restart pending", "restart payments"),
        ("scale-up of checkout to 4 planned", "scale checkout to 4"),
        ("frontend upgrade to 2.2.0 planned", "set the image of frontend"),
        ("payments restart optional", "restart payments"),
    ],
)
def test_a_status_of_the_change_is_asked(op: Operator, intent: str, typed: str) -> None:
    _asked(op, intent, typed, "status")


# (4) A fact the plan would act on: a version said ready or newest, a count said to have worked,
# a security setting said already so.
@pytest.mark.parametrize(
    ("intent", "typed"),
    [
        ("2.2.0 of frontend is ready", "set the image of frontend"),
        ("the new frontend image is ghcr.io/acme/frontend:2.2.0", "set the image of frontend"),
        ("latest frontend is 2.2.0", "set the image of frontend"),
        ("the login bug is fixed in frontend 2.2.0", "set the image of frontend"),
        ("the fix for login is in frontend 2.2.0", "set the image of frontend"),
        ("checkout 4 replicas worked well", "scale checkout to 4"),
        ("4 replicas worked for checkout last sale", "scale checkout to 4"),
        ("checkout at 4 replicas handled the load", "scale checkout to 4"),
        ("payments doesn't run as root", "run payments as non-root"),
        ("payments never runs as root", "run payments as non-root"),
        ("payments won't run as root", "run payments as non-root"),
        ("payments is not privileged", "payments"),
    ],
)
def test_a_fact_the_plan_would_act_on_is_asked(op: Operator, intent: str, typed: str) -> None:
    _asked(op, intent, typed, "not an order")


# (5) A doubt or an opinion; (6) information, a note's standing rule, an order with "pls?".
@pytest.mark.parametrize(
    ("intent", "typed"),
    [
        ("in my opinion, checkout needs 4 replicas", "scale checkout to 4"),
        ("likely need to restart payments", "restart payments"),
        ("might have to scale checkout to 4", "scale checkout to 4"),
        ("may have to scale checkout to 4", "scale checkout to 4"),
        ("we may need to scale checkout to 4", "scale checkout to 4"),
        ("could have to scale checkout to 4", "scale checkout to 4"),
        ("only frontend can reach payments now", "allow only frontend to reach payments"),
        ("only checkout can now reach payments", "allow only checkout to reach payments"),
        ("consider scaling checkout to 4", "scale checkout to 4"),
        ("consider restarting payments", "restart payments"),
        ("please consider restarting payments", "restart payments"),
        ("in principle, scale checkout to 4", "scale checkout to 4"),
        ("for the record, scale checkout to 4", "scale checkout to 4"),
        ("just so you know, scale checkout to 4", "scale checkout to 4"),
        ("for your information, restart payments", "restart payments"),
        ("on-call note: restart postgres only after a backup", "restart postgres"),
        ("restart payments pls?", "without the question mark"),
        ("bump frontend to 2.2.0 please?", "without the question mark"),
    ],
)
def test_a_doubt_a_note_or_a_question_is_asked(op: Operator, intent: str, typed: str) -> None:
    _asked(op, intent, typed)


# The nearest orders, and the shapes earlier rounds decided, still plan with their values.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale checkout to 4", "scale deployment/checkout in shop to 4 replicas"),
        ("restart payments", "restart the pods of deployment/payments in shop"),
        ("restart payments please", "restart the pods of deployment/payments in shop"),
        ("restart payments as planned", "restart the pods of deployment/payments in shop"),
        ("restart payments, then check it", "restart the pods of deployment/payments in shop"),
        ("bump frontend to 2.2.0", "ghcr.io/acme/frontend:2.2.0"),
        ("upgrade frontend to 2.2.0, the login bug is fixed in it", "ghcr.io/acme/frontend:2.2.0"),
        ("frontend 2.2.0 is out, roll it out", "ghcr.io/acme/frontend:2.2.0"),
        ("add a pdb to payments", "apply poddisruptionbudget/payments in shop"),
        ("monitor payments", "apply servicemonitor/payments in shop"),
        ("back up postgres nightly", "apply schedule/postgres-shop in shop"),
        ("run payments as non-root", "patch deployment/payments in shop (strategic)"),
        ("make sure payments doesn't run as root", "patch deployment/payments in shop"),
        ("set LOG_LEVEL=debug on my-api", "patch configmap/my-api-config in shop (merge)"),
        ("checkout spread across zones with max skew 1", "patch deployment/checkout in shop"),
        ("checkout needs MAX_CONN set to 50", '"MAX_CONN", "value": "50"'),
        ("payments requests 200m/256Mi limits 512Mi", "patch deployment/payments in shop"),
        ("give checkout 4 replicas, 3 wasn't enough", "scale deployment/checkout in shop to 4"),
        ("I think payments needs a restart", "restart the pods of deployment/payments in shop"),
        ("I'd scale checkout to 4", "scale deployment/checkout in shop to 4 replicas"),
        ("TODO: scale checkout to 4", "scale deployment/checkout in shop to 4 replicas"),
        ("Recommendation: scale checkout to 4", "scale deployment/checkout in shop to 4"),
        ("payments can be scaled to 4 now, go ahead", "scale deployment/payments in shop to 4"),
        ("Action item: checkout to be scaled to 4 (owner: Ann)", "deployment/checkout in shop"),
        ("Shift notes: at 06:00 restart payments", "restart the pods of deployment/payments"),
        ("get payments scraped by prometheus", "servicemonitor/payments"),
        ("frontend updated to 2.2.0 please", "ghcr.io/acme/frontend:2.2.0"),
        ("only frontend can reach payments", "networkpolicy/payments-allow-from-frontend"),
        ("allow only frontend to reach payments now", "networkpolicy/payments-allow-from-frontend"),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, summary: str) -> None:
    proposal, body = plans(op, intent)
    said = "; ".join(o.summary() for o in proposal.operations) + body
    assert summary in said


# Phrasings of the same shapes that other readers already ask (their own questions).
@pytest.mark.parametrize(
    "intent",
    [
        "the bot is going to scale checkout to 4",
        "jenkins will deploy frontend 2.2.0",
        "we already restarted payments",
        "frontend rollout to 2.2.0 is scheduled",
        "checkout scale-up queued",
        "restart of payments in progress",
        "restart payments (optional)",
        "frontend 2.3.0 is out now",
        "the newest frontend build is 2.2.0",
        "checkout with 4 replicas was enough",
        "payments container isn't running as root",
        "imo payments needs a restart",
        "probably have to restart payments",
        "runbook rule: never restart payments unless it is wedged",
        "flux will restart payments",
    ],
)
def test_the_same_shapes_asked_by_other_readers(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


def test_the_decided_complaints_still_plan(op: Operator) -> None:
    proposal, _ = plans(op, "payments is not HA")
    assert {o.kind for o in proposal.operations} >= {"scale", "apply"}
    proposal, _ = plans(op, "scale worker to 4 tomorrow")
    assert proposal.awaits
