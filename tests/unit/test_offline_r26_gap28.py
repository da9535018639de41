"""Round 26, helper gap28: orders blind28 asked about (or misread) although they were clear.

The shapes: (1) a RETENTION said in another word order ("7 days keep", "keep each one 30
days"); (2) a backup PUT BACK ("put yesterday's backup back"): a restore, asked, never a new
backup; (3) a MOMENT OF AN EVENT named by its clock time ("at AOS of the 03:10Z pass", "at the
end of the 16:00 run"): waited on, and said first with nothing to end it, asked — never
dropped; (4) a count MOVED by an amount without "scale" ("orders minus one", "make orders one
bigger"); (5) an autoscaler's bounds said "minimal 2, maximal 6"; (6) a delete said "throw
away" (and "scrap" beside another kind: asked, never a new object); (7) a key's value said
"KEY=V set" or "KEY with V as value"; (8) a count "from 2 till 4"; (9) "more cpu: request
300m", the field between the resource and its quantity. The nearest orders still plan or ask as
before."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(300)


def _summaries(op: Operator, intent: str) -> tuple[list[str], str, str]:
    proposal, body = plans(op, intent)
    return [o.summary() for o in proposal.operations], proposal.awaits or "", body


# (1) A retention said after its amount, or of "each one": the Schedule keeps them that long.
@pytest.mark.parametrize(
    ("intent", "cron", "ttl"),
    [
        (
            "Can you make each night at 02:30 a Velero backup of postgres, 7 days keep?",
            "30 2 * * *",
            "168h0m0s",
        ),
        (
            "Back up the whole namespace every night at 01:00 with Velero and keep each one "
            "30 days",
            "0 1 * * *",
            "720h0m0s",
        ),
        ("velero schedule for the namespace daily at 03:00, 14 days kept", "0 3 * * *", "336h0m0s"),
        (
            "back up postgres nightly with velero at 23:00, keep every one for a week",
            "0 23 * * *",
            "168h0m0s",
        ),
        (
            "back up the namespace every day at 04:00 with velero, 2 weeks retain please",
            "0 4 * * *",
            "336h0m0s",
        ),
        ("velero backup of the namespace daily at 05:00, 3 days keep.", "0 5 * * *", "72h0m0s"),
    ],
)
def test_a_retention_said_after_its_amount_is_kept(
    op: Operator, intent: str, cron: str, ttl: str
) -> None:
    _, _, body = _summaries(op, intent)
    assert f'"schedule": "{cron}"' in body
    assert f'"ttl": "{ttl}"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres nightly with velero, keep them",
        "back up the namespace nightly at 01:00 with velero, 30 days keep the old ones",
        "back up postgres every night with velero and keep each one",
    ],
)
def test_a_retention_without_its_amount_is_still_asked(op: Operator, intent: str) -> None:
    assert "how long" in (asks(op, intent).question or "")


# (2) A backup put back is a restore: asked, never a new backup made in its place.
@pytest.mark.parametrize(
    "intent",
    [
        "put yesterday's guest DB (postgres) backup back",
        "put yesterday's postgres backup back",
        "bring last night's backup of postgres back",
        "put the postgres snapshot back",
        "please put back last night's postgres backup",
        "get the postgres dump back",
    ],
)
def test_a_backup_put_back_is_a_restore_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "restoring a backup replaces what runs now" in question


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("back up postgres now", "Backup"),
        ("put a backup of postgres in place", "Backup"),
        ("back up postgres nightly", "Schedule"),
    ],
)
def test_a_backup_to_make_still_plans(op: Operator, intent: str, kind: str) -> None:
    _, _, body = _summaries(op, intent)
    assert f'"kind": "{kind}"' in body


# (3) The moment of an event named by its clock time: waited on.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "at AOS of the 03:10Z pass, downlink processing worker (worker) to 5 replicas",
            "scale deployment/worker in shop to 5 replicas",
            "03:10Z",
        ),
        (
            "scale worker to 5 at the end of the 03:10 pass",
            "scale deployment/worker in shop to 5 replicas",
            "end of the 03:10 pass",
        ),
        (
            "at the start of the 22:00 window, restart frontend",
            "restart the pods of deployment/frontend in shop",
            "22:00 window",
        ),
        (
            "on completion of the 02:00 batch, scale orders to 3",
            "scale deployment/orders in shop to 3 replicas",
            "02:00 batch",
        ),
        (
            "restart payments after the end of the 21:00 show",
            "restart the pods of deployment/payments in shop",
            "21:00 show",
        ),
        (
            "scale worker to 5 at LOS of the 16:48Z pass",
            "scale deployment/worker in shop to 5 replicas",
            "16:48Z",
        ),
    ],
)
def test_the_moment_of_a_timed_event_is_waited_on(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    summaries, waited, _ = _summaries(op, intent)
    assert summaries == [summary]
    assert awaits.lower() in waited.lower()


@pytest.mark.parametrize(
    "intent",
    [
        # Said first, with nothing to end it: where the request begins cannot be told.
        "at LOS of the 16:48Z pass scale worker to 5",
        "at the end of the 03:10 pass worker to 5 replicas",
        # Another number inside.
        "at AOS of the 2 03:10Z passes, worker to 5",
    ],
)
def test_a_timed_event_that_cannot_be_waited_on_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_time_of_something_else_is_no_wait(op: Operator) -> None:
    summaries, waited, _ = _summaries(op, "restart frontend, the logs of the 16:48 run show errors")
    assert summaries == ["restart the pods of deployment/frontend in shop"]
    assert waited == ""


# (4) A count moved by an amount, said without "scale".
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("Make orders one bigger", "scale deployment/orders in shop to 3 replicas"),
        ("hospitality orders (orders) minus one", "scale deployment/orders in shop to 1 replicas"),
        ("orders plus one", "scale deployment/orders in shop to 3 replicas"),
        ("worker plus 2 pods", "scale deployment/worker in shop to 3 replicas"),
        ("make frontend one smaller", "scale deployment/frontend in shop to 2 replicas"),
        ("make worker two replicas bigger please", "scale deployment/worker in shop to 3 replicas"),
        ("payments minus 1 for now", "scale deployment/payments in shop to 1 replicas"),
        (
            "frontend plus one, we have a campaign",
            "scale deployment/frontend in shop to 4 replicas",
        ),
    ],
)
def test_a_count_moved_without_scale_plans(op: Operator, intent: str, summary: str) -> None:
    summaries, _, _ = _summaries(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "make orders bigger",  # no amount: bigger how?
        "orders plus one cpu",  # a unit after it
        "make cache one bigger",  # two workloads called cache
        "make orders one bigger until monday",  # a temporary change
    ],
)
def test_a_moved_count_in_doubt_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) An autoscaler's bounds said "minimal" and "maximal".
@pytest.mark.parametrize(
    ("intent", "low", "high", "pct"),
    [
        ("Make a HPA for checkout, minimal 2, maximal 6 pods, on 75% cpu", 2, 6, 75),
        ("autoscale frontend minimal 3 maximal 9 at 70% cpu", 3, 9, 70),
        ("hpa for payments, minimal 2 replicas and maximal 5, cpu 60%", 2, 5, 60),
        ("hpa for payments, min 2 replicas and maximal 5, cpu 60%", 2, 5, 60),
        ("make a hpa for orders, maximal 8, minimal 2, 70% cpu", 2, 8, 70),
        ("autoscale worker between minimal 1 and maximal 4 on 80% cpu", 1, 4, 80),
    ],
)
def test_minimal_and_maximal_bound_an_autoscaler(
    op: Operator, intent: str, low: int, high: int, pct: int
) -> None:
    _, _, body = _summaries(op, intent)
    if low > 1:
        assert f'"minReplicas": {low}' in body
    assert f'"maxReplicas": {high}' in body
    assert f'"averageUtilization": {pct}' in body


def test_bounds_the_wrong_way_round_are_still_asked(op: Operator) -> None:
    assert "below the minimum" in (
        asks(op, "autoscale frontend minimal 3 maximal 2 at 70% cpu").question or ""
    )


# (6) "Throw away" deletes; "throw away" / "scrap" of a kind the request would make is asked.
@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("The worker deployment is not needed anymore, throw it away", {"Deployment/worker"}),
        ("throw away worker", {"Deployment/worker"}),
        ("throw away the worker deployment", {"Deployment/worker"}),
        ("throw worker away", {"Deployment/worker"}),
        ("throw away the Service of payments", {"Service/payments"}),
        ("throw away the cache statefulset", {"StatefulSet/cache"}),
        ("scrap worker", {"Deployment/worker"}),
    ],
)
def test_throw_away_deletes(op: Operator, intent: str, deleted: set[str]) -> None:
    assert deletes(op, intent) == deleted


@pytest.mark.parametrize(
    "intent",
    [
        "throw away the payments pdb",  # never a new budget made
        "scrap the payments pdb",
        "throw the old image away and update worker to 0.9.1",
        "throw away the cache",  # two workloads called cache
        "should we throw away worker?",
    ],
)
def test_throw_away_in_doubt_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_throwing_errors_is_no_delete(op: Operator) -> None:
    summaries, _, _ = _summaries(op, "worker throws errors, restart it")
    assert summaries == ["restart the pods of deployment/worker in shop"]


# (7) A key's value said "KEY=V set" or "KEY with V as value".
@pytest.mark.parametrize(
    ("intent", "env"),
    [
        (
            "The Gift Aid worker (worker) should have HMRC_BATCH=500 set",
            '{"name": "HMRC_BATCH", "value": "500"}',
        ),
        ("give worker HMRC_BATCH=500 set", '{"name": "HMRC_BATCH", "value": "500"}'),
        ("worker needs MAX_RETRIES=5 set, please", '{"name": "MAX_RETRIES", "value": "5"}'),
        ("worker HMRC_BATCH=500 set please", '{"name": "HMRC_BATCH", "value": "500"}'),
        (
            "Give worker an environment variable MAX_RETRIES with 5 as value",
            '{"name": "MAX_RETRIES", "value": "5"}',
        ),
        (
            "give worker an env var MAX_RETRIES with 5 as its value",
            '{"name": "MAX_RETRIES", "value": "5"}',
        ),
        ("frontend needs FEATURE_FLAG with ga as value", '{"name": "FEATURE_FLAG", "value": "ga"}'),
    ],
)
def test_a_value_said_set_or_as_value_plans(op: Operator, intent: str, env: str) -> None:
    _, _, body = _summaries(op, intent)
    assert env in body


@pytest.mark.parametrize(
    "intent",
    [
        "worker should have MODE=read set up",
        "worker should have MODE=read settings",
        "give worker MAX_RETRIES with 5 as default value",
    ],
)
def test_a_value_that_may_go_on_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (8) A count "from 2 till 4": the from-value must be the live count.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("checkout may go from 2 till 4 pods", "scale deployment/checkout in shop to 4 replicas"),
        ("frontend from 3 till 5 pods please", "scale deployment/frontend in shop to 5 replicas"),
        (
            "worker from 1 till 3 pods, the queue is long",
            "scale deployment/worker in shop to 3 replicas",
        ),
    ],
)
def test_a_count_from_till_plans(op: Operator, intent: str, summary: str) -> None:
    summaries, _, _ = _summaries(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "checkout may go from 3 till 4 pods",  # it runs 2
        "scale checkout to 4 from 2 till 4 pm",  # a time
    ],
)
def test_a_count_from_till_in_doubt_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (9) The field said between the resource and its quantity.
@pytest.mark.parametrize(
    ("intent", "resources"),
    [
        (
            "Give the donate page (frontend) a bit more cpu: request 300m",
            '"resources": {"requests": {"cpu": "300m"}}',
        ),
        ("give frontend more cpu: request 300m", '"resources": {"requests": {"cpu": "300m"}}'),
        ("give frontend more memory: limit 512Mi", '"resources": {"limits": {"memory": "512Mi"}}'),
        ("give frontend more cpu: requests=300m", '"resources": {"requests": {"cpu": "300m"}}'),
        (
            "frontend cpu: request 300m, limit 600m",
            '"resources": {"requests": {"cpu": "300m"}, "limits": {"cpu": "600m"}}',
        ),
    ],
)
def test_a_field_between_resource_and_quantity_plans(
    op: Operator, intent: str, resources: str
) -> None:
    _, _, body = _summaries(op, intent)
    assert resources in body


def test_a_field_without_its_quantity_is_still_asked(op: Operator) -> None:
    asks(op, "give frontend more cpu: request")


# (10) "Can X (an aside) get Y?": the aside in brackets after the subject is still a request.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        (
            "Can the cache deployment (so not the statefulset) get a cpu request of 200m?",
            "patch deployment/cache in shop (strategic)",
            '"requests": {"cpu": "200m"}',
        ),
        (
            "can the cache deployment (not the statefulset) get a cpu request of 200m?",
            "patch deployment/cache in shop (strategic)",
            '"requests": {"cpu": "200m"}',
        ),
        (
            "can frontend (the web one) get 4 replicas?",
            "scale deployment/frontend in shop to 4 replicas",
            '"replicas": 4',
        ),
        (
            "could payments (card donations) get a memory limit of 512Mi?",
            "patch deployment/payments in shop (strategic)",
            '"limits": {"memory": "512Mi"}',
        ),
        (
            "can the cache (so not the statefulset) get a cpu request of 200m?",
            "patch deployment/cache in shop (strategic)",
            '"requests": {"cpu": "200m"}',
        ),
    ],
)
def test_a_polite_request_with_an_aside_plans(
    op: Operator, intent: str, summary: str, value: str
) -> None:
    summaries, _, body = _summaries(op, intent)
    assert summaries == [summary]
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "can payments (is it healthy?) get 4 replicas?",  # a question inside
        "can frontend (which runs 3) get to 4 replicas?",  # another number
    ],
)
def test_a_polite_request_with_a_doubtful_aside_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (11) The old version wanted back is a rollback.
@pytest.mark.parametrize(
    "intent",
    [
        "The new checkout does strange, give me the old version back",
        "give me the old version of checkout back",
        "bring the previous release of checkout back",
        "checkout: I want the old version back",
        "we need the previous release of checkout back",
    ],
)
def test_the_old_version_wanted_back_rolls_back(op: Operator, intent: str) -> None:
    summaries, _, _ = _summaries(op, intent)
    assert summaries == ["roll deployment/checkout in shop back to revision 1"]


@pytest.mark.parametrize(
    "intent",
    [
        "give me the old version of payments back",  # no revision to go back to
        "give me the old version back",  # of what?
        "give me the old version of checkout back, but not yet",
    ],
)
def test_the_old_version_back_in_doubt_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (12) A name glossed in brackets beside the subject of a report: its time is context.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "lift-pass checkout (checkout) went to 1.1.0 this morning and QR passes don't scan, "
            "undo it",
            "roll deployment/checkout in shop back to revision 1",
        ),
        (
            "the ticket checkout (checkout) went to 1.1.0 this morning, roll it back",
            "roll deployment/checkout in shop back to revision 1",
        ),
        (
            "worker (the telemetry one) crashed at 04:00, restart it",
            "restart the pods of deployment/worker in shop",
        ),
    ],
)
def test_a_glossed_subjects_past_time_is_context(op: Operator, intent: str, summary: str) -> None:
    summaries, waited, _ = _summaries(op, intent)
    assert summaries == [summary]
    assert waited == ""


def test_a_glossed_subjects_coming_time_is_still_waited_on(op: Operator) -> None:
    summaries, waited, _ = _summaries(op, "frontend (web) will get traffic at 20:00, scale it to 5")
    assert summaries == ["scale deployment/frontend in shop to 5 replicas"]
    assert "20:00" in waited


# (13) An hour said with its half ("from half nine": 09:30 in English, 08:30 in Dutch): never
# dropped from the plan — asked (it planned the change now, its time lost).
@pytest.mark.parametrize(
    "intent",
    [
        "From half nine the REGION in shared-config must be nl, no longer eu",
        "from half nine scale worker to 3",
        "scale worker to 3 from half nine",
        "restart frontend at half eight",
    ],
)
def test_an_hour_said_with_its_half_is_never_dropped(op: Operator, intent: str) -> None:
    asks(op, intent)
