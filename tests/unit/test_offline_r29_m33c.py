"""Round 29, helper m33c: the tenth attack's shapes U15, U13, U14, U12, W9 and W2.

(U15) A pasted kubectl command followed by a sentence joined with "and"/"but" ("kubectl scale
deployment my-api --replicas=12 -n shop and keep payments untouched"): the command read as its
sentence and the words after it as words — never more names of the command (the excluded
workload was scaled too). (U13) A precondition said first ("first the freeze ends, then …",
"let the backfill finish, then …", "close first, then …"): waited on, never run now. (U14) A
time said as a label ("Window: tonight. double worker", "Planned for after the 18:00 close: …")
or "post close": waited on. (U12) A time beside an autoscaler ("… at 70% cpu after hours") is
asked, never dropped; a condition after "for <workload>" ("… for frontend assuming the load test
passes") is waited on. (W9) "… sometime": asked, as "at some point" is. (W2) A past event said
with what it did ("after the release traffic doubled, …", "after yesterday's 18:00 incident,
…"): a reason, planned now with no wait."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import kubectl
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


def _awaits(op: Operator, intent: str) -> str | None:
    proposal, _ = plans(op, intent)
    return proposal.awaits


# (U15) A kubectl paste, then an exclusion: only the command's workload changes.
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "kubectl scale deployment my-api --replicas=12 -n shop and keep payments untouched",
            "deployment/my-api in shop to 12 replicas",
        ),
        (
            "kubectl -n shop scale deployment orders --replicas=5 and my-api is out of scope",
            "deployment/orders in shop to 5 replicas",
        ),
        (
            "kubectl scale deployment worker --replicas=3 but keep payments untouched",
            "deployment/worker in shop to 3 replicas",
        ),
        (
            "kubectl scale deployment payments --replicas=4 and keep frontend untouched",
            "deployment/payments in shop to 4 replicas",
        ),
    ],
)
def test_a_kubectl_paste_then_an_exclusion_changes_only_its_workload(
    op: Operator, intent: str, planned: str
) -> None:
    got = summaries(op, intent)
    assert len(got) == 1, got
    assert planned in got[0]


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl rollout restart deploy payments -n shop and ignore frontend",
        "kubectl scale deployment checkout --replicas=8 and orders stays",
        "kubectl scale deployment frontend --replicas=5 -n shop and worker unchanged",
        "kubectl scale deployment/worker --replicas=3 and payments stays",
        "kubectl rollout restart deploy/payments -n shop and ignore frontend",
        "kubectl scale deployment worker --replicas=3 -n prod and keep payments untouched",
        "kubectl rollout restart deploy orders -n shop and frontend is fine",
        "kubectl rollout restart deploy payments -n shop and checkout is fine",
        "restart payments and checkout is fine",
        "restart payments and checkout is untouched",
    ],
)
def test_a_kubectl_paste_then_an_exclusion_never_changes_the_excluded(
    op: Operator, intent: str
) -> None:
    # Planned for the command's workload alone, or asked: the excluded one is never changed.
    proposal = op.analyze(intent, namespace="shop")
    excluded = intent.rsplit(" and ", maxsplit=1)[-1].split()
    named = {"payments", "frontend", "orders", "worker", "my-api", "checkout"} & set(excluded)
    for o in proposal.operations:
        assert not any(f"/{n} " in o.summary() for n in named), o.summary()


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl scale deployment my-api --replicas=12 -n shop",
        "kubectl scale deployment worker orders --replicas=3",
        "kubectl rollout restart deployment/frontend deployment/payments",
    ],
)
def test_a_plain_kubectl_paste_still_plans_every_object_it_names(op: Operator, intent: str) -> None:
    assert summaries(op, intent)


def test_a_joiner_after_the_names_is_never_a_name() -> None:
    # Left as it is by the reader of a joined sentence (a hint: --current-replicas), the command
    # still never reads "and" as one more deployment.
    line = "kubectl scale deployment worker --current-replicas=2 --replicas=3 and keep orders"
    assert kubectl.tailed(line, "shop") == line
    with pytest.raises(Exception, match="after the command"):
        kubectl.translate(line, "shop")


def test_a_joined_sentence_is_read_in_words() -> None:
    assert (
        kubectl.tailed("kubectl scale deployment my-api --replicas=12 and restart worker", "shop")
        == "scale deployment my-api to 12 replicas and restart worker"
    )
    # A quoted value or a shell character: left as it is.
    for line in (
        "kubectl set env deployment/x 'A=b and c'",
        "kubectl scale deploy x --replicas=2 && echo and done",
    ):
        assert kubectl.tailed(line, "shop") == line


# (U13) A precondition said first: waited on.
@pytest.mark.parametrize(
    ("intent", "wait"),
    [
        ("first the migration, then scale checkout to 4", "after the migration"),
        ("close first, then scale checkout to 4", "after close"),
        ("let the backfill finish, then cut orders replicas in half", "once the backfill"),
        ("first the freeze ends, then restart checkout pods pls", "once the freeze ends"),
        ("first QA, then restart checkout", "after QA"),
        ("first the close, then triple orders", "after the close"),
        ("first the release, then rollback checkout to 1.0.0", "after the release"),
        ("give it an hour, then restart frontend", "an hour"),
        ("the migration first, then restart worker", "after the migration"),
    ],
)
def test_a_precondition_said_first_is_waited_on(op: Operator, intent: str, wait: str) -> None:
    assert wait.lower() in (_awaits(op, intent) or "").lower()


@pytest.mark.parametrize(
    "intent",
    [
        "first scale checkout to 4, then restart orders",
        "first back up postgres, then restart payments",
    ],
)
def test_steps_in_order_are_still_planned_now(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert len(proposal.operations) == 2
    assert not proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        "give it 10 minutes, then restart frontend",
        "first the release, then kubectl autoscale deployment worker --min=3 --max=12",
    ],
)
def test_a_precondition_with_a_number_or_an_autoscaler_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (U14) A time said as a label, and "post close": waited on.
@pytest.mark.parametrize(
    ("intent", "wait"),
    [
        ("Window: tonight. double worker", "tonight"),
        ("Timing: tonight. scale my-api to 5", "tonight"),
        ("Do it tonight: please restart the checkout deployment", "tonight"),
        ("Planned for tonight: upgrade checkout from 1.1.0 to 1.1.3", "tonight"),
        ("ETA: tonight. recycle the worker pods", "tonight"),
        ("Start: tonight. roll checkout back to the previous version", "tonight"),
        ("Timing - tonight: make worker highly available", "tonight"),
        ("Planned for after the 18:00 close: update payments to 3.1.0", "after the 18:00 close"),
        ("Planned for next window: set the RETRY_COUNT env of frontend to 3", "next window"),
        ("Do it next window: pls make my-api cpu limit 1", "next window"),
        ("Schedule: monday morning; restart payments", "monday morning"),
        ("rollback checkout to 1.0.0 post close", "post close"),
        ("scale my-api down by 1 post close", "post close"),
        ("cut payments replicas in half post-close", "post-close"),
        ("post close, restart checkout", "post close"),
    ],
)
def test_a_time_said_as_a_label_is_waited_on(op: Operator, intent: str, wait: str) -> None:
    assert wait.lower() in (_awaits(op, intent) or "").lower()


@pytest.mark.parametrize(
    "intent", ["Deadline: tonight. scale worker to 4", "Tonight: double worker", "double worker"]
)
def test_other_labels_read_as_before(op: Operator, intent: str) -> None:
    plans(op, intent)


# (U12) A later time beside an autoscaler: asked (an HPA has no schedule); a condition after
# "for <workload>": waited on.
@pytest.mark.parametrize(
    "intent",
    [
        "autoscale frontend between 3 and 8 at 70% cpu after hours",
        "After hours hpa for checkout min 3 max 6 cpu 70",
        "frontend should never go below 2 but can grow up to 12 when cpu hits 60% next tuesday",
        "ETA: after hours. hpa for frontend min 2 max 6 cpu 75",
        "Execute monday morning: autoscale checkout 2-6 at 70% cpu",
    ],
)
def test_a_time_beside_an_autoscaler_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_an_autoscaler_alone_still_plans(op: Operator) -> None:
    plans(op, "autoscale frontend between 3 and 8 at 70% cpu")


@pytest.mark.parametrize(
    "intent",
    [
        # A weekday said as when the load comes is context (blind12), not when to start.
        "Support sees latency spikes every Monday morning. Could my-api autoscale between 2 and 8 "
        "pods on cpu, target 75%?",
        "traffic peaks each friday evening, autoscale frontend 3-9 at 70% cpu",
        # A day naming something (blind26): "friday promo traffic is spiky".
        "put an hpa on checkout: min 2, max 10, cpu 60%, friday promo traffic is spiky",
    ],
)
def test_a_recurring_day_beside_an_autoscaler_is_context(op: Operator, intent: str) -> None:
    assert any("horizontalpodautoscaler" in s for s in summaries(op, intent))


def test_an_autoscaler_said_to_start_later_names_the_time(op: Operator) -> None:
    question = asks(op, "autoscale frontend between 3 and 8 at 70% cpu after hours").question
    assert "'after hours'" in (question or "")
    assert "would start when approved" in (question or "")


def test_a_plain_list_of_restarts_still_plans(op: Operator) -> None:
    assert len(summaries(op, "restart payments and checkout")) == 2
    assert summaries(op, "restart payments, everything else is fine")


def test_a_condition_after_for_the_workload_is_waited_on(op: Operator) -> None:
    intent = "change TIMEOUT_MS to 3000 for frontend assuming the load test passes"
    assert "assuming the load test passes" in (_awaits(op, intent) or "")


# (W9) "sometime": asked, as "at some point"; "sometime later" is waited on.
@pytest.mark.parametrize(
    "intent",
    [
        "scale checkout to 4 sometime",
        "could you please scale payments to 4 sometime.",
        "scale checkout to 4 sometime ty",
    ],
)
def test_sometime_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "wait"),
    [
        ("scale checkout to 4 sometime later", "sometime later"),
        ("scale checkout to 4 sometime tomorrow", "sometime tomorrow"),
    ],
)
def test_sometime_with_its_time_is_waited_on(op: Operator, intent: str, wait: str) -> None:
    assert _awaits(op, intent) == wait


def test_sometimes_is_no_time(op: Operator) -> None:
    plans(op, "restart worker, it crashes sometimes")


# (W2) A past event said with what it did: a reason, planned now.
@pytest.mark.parametrize(
    "intent",
    [
        "after yesterday's 18:00 incident, scale my-api to 3",
        "after the release traffic doubled, scale checkout to 6",
        "after the release errors went up, restart checkout",
        "since the migration latency went up, restart checkout",
    ],
)
def test_a_past_event_is_no_wait(op: Operator, intent: str) -> None:
    assert not _awaits(op, intent)


@pytest.mark.parametrize(
    ("intent", "wait"),
    [
        ("after the release is out, restart checkout", "after the release is out"),
        ("after the release traffic doubles, scale checkout to 6", "traffic doubles"),
        ("scale checkout to 6 after the migration", "after the migration"),
    ],
)
def test_an_event_to_come_is_still_waited_on(op: Operator, intent: str, wait: str) -> None:
    assert wait in (_awaits(op, intent) or "")
