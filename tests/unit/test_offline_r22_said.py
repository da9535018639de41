"""Round 22, helper said: words that take the order back, hold it or say it is no order ask.

The shapes (black-box attack 24, S9-S12, S15): (S9) a NEGATION the planner did not know
("needn't …", "unnecessary to …", "…: not required", "do'nt …", Hindi "… nahi karna" / "… mat
karna", French "… ne pas faire"); (S10) a HOLD marker ("HOLD: …", "… ⏸️", "… #donotexecute",
"put the worker restart on ice", "… is embargoed"); (S11) a CANCELLATION or retraction, a
cancelling verb on the order's own noun or gerund ("scrap the worker restart", "no-go on
restarting worker") or a tail that takes it back ("…: called off", "… — I take it back", "…
(typo, ignore)"); (S12) a third party's REJECTION ("The CAB rejected scaling payments to 4",
"Bob vetoed restarting worker", "let Bob decide whether to …"); (S15) a text MARKED as no order
("this is a test: …", "sample request: …", "… — FYI only", "… — just an idea"). All ask; the
nearest plain orders, and those that only name what is left out, still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# S9: a negation word or phrase, English misspelt, Hindi or French.
@pytest.mark.parametrize(
    "intent",
    [
        "worker restart nahi karna",
        "worker restart mat karna",
        "needn't restart worker",
        "you needn't restart worker",
        "needn't scale payments to 4",
        "unnecessary to restart worker",
        "restart worker is unnecessary",
        "restart worker: not required",
        "restart worker - ne pas faire",
        "do'nt restart worker",
        # own phrasings
        "you need not restart worker",
        "it's unnecessary to restart worker",
        "payments ko 4 pe scale mat karo",
        "ne pas redémarrer worker",
        "don,t restart worker",
        "worker restart na karein",
    ],
)
def test_a_negation_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# S10: a hold marker at the head, at the end, as an emoji, a tag or a phrase.
@pytest.mark.parametrize(
    "intent",
    [
        "HOLD: restart worker",
        "HOLD: scale payments to 4",
        "HOLD - restart worker",
        "restart worker \u23f8\ufe0f",
        "restart worker #donotexecute",
        "put the worker restart on ice",
        "restart worker is embargoed",
        # own phrasings
        "restart worker #dontrun",
        "restart worker \u23f9",
        "put the worker restart on hold",
        "restart worker, it's on ice",
        "restart worker (vetoed)",
        "restart worker #nogo",
    ],
)
def test_a_hold_marker_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# S11: a cancellation or retraction of the order.
@pytest.mark.parametrize(
    "intent",
    [
        "stop the worker restart",
        "calling off the worker restart",
        "worker restart: called off",
        "no-go on restarting worker",
        "restart worker: no-go",
        "red light on restart worker",
        "restart worker \u2014 red light",
        "scrap the worker restart",
        "scrap restarting worker",
        "nix the worker restart",
        "ignore the worker restart",
        "abandon the worker restart",
        "abandon restarting worker",
        "revoke the worker restart",
        "rescind the worker restart",
        "countermand the worker restart",
        "worker restart isn't happening",
        "the worker restart won't happen",
        "restart worker \u2014 off the table",
        "restart worker is off",
        "pass on the worker restart",
        "hard pass on restarting worker",
        "veto the worker restart",
        "veto: restart worker",
        "restart worker \u2014 I take it back",
        "restart worker \u2014 strike that",
        "restart worker \u2014 sent by mistake",
        "restart worker (typo, ignore)",
        "restart worker \u2014 oops not prod",
        "I withdraw the request to scale payments to 4",
        "the request to scale payments to 4 is withdrawn",
        "request to scale payments to 4 has been cancelled",
        # own phrasings
        "forget about restarting worker",
        "cancel the request to scale payments to 4",
        "we withdrew the request to restart worker",
        "the payments scale-up is off the table",
        "restart worker - sent in error",
        "restart worker (ignore)",
        "restart worker (typo)",
        "scrap the orders restart",
        "the worker restart has been called off",
        "the worker restart got vetoed",
        "restart worker \u2014 I retract that",
    ],
)
def test_a_cancellation_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# S12: a third party turned it down, or the decision is theirs.
@pytest.mark.parametrize(
    "intent",
    [
        "The CAB rejected the request to scale payments to 4.",
        "The CAB rejected scaling payments to 4",
        "Bob rejected the restart of worker",
        "Bob vetoed restarting worker",
        "let Bob decide whether to restart worker",
        # own phrasings
        "Dana declined restarting worker",
        "the DBA turned down the request to scale payments to 4",
        "leave it to Priya to decide whether to restart worker",
        "Priya nixed the worker restart",
        "it's Bob's call whether to restart worker",
    ],
)
def test_a_third_partys_rejection_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# S15: marked as a test, a sample, information or an idea.
@pytest.mark.parametrize(
    "intent",
    [
        "this is a test: restart worker",
        "sample request: scale payments to 4",
        "scale payments to 4 \u2014 FYI only",
        "scale payments to 4 \u2014 just an idea",
        # own phrasings
        "this is just a test: scale payments to 4",
        "example request: restart worker",
        "just thinking out loud: restart worker",
        "scale payments to 4 \u2014 food for thought",
        "scale payments to 4 \u2014 suggestion only",
    ],
)
def test_a_text_marked_as_no_order_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# The nearest plain orders, and those that name what is left out or another object's state.
@pytest.mark.parametrize(
    "intent",
    [
        "restart worker \u2014 not payments",
        "ignore the alerts and restart worker",
        "restart worker, the load is off",
        "restart worker since the sale is off",
        "scale payments to 4 and restart worker",
        "restart worker, then scale payments to 4",
        "drop envoy from orders",
        "scrap orders; the pdb is not to be removed",
        "restart payments (risk checks)",
        "restart worker",
        "scale payments to 4",
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str) -> None:
    plans(op, intent)


# ------------------------------------------------------------------------------------------
# Round 23, helper said: what is said to be so is no order to make it so (:mod:`.described`).
#
# The shapes (black-box attack of round 22): (A) a state or a past described ("payments is HA",
# "payments runs as non-root", "payments used to have 4 replicas", "frontend ran nginx:1.25 until
# yesterday", "worker is stuck", "CHG-991 … (implemented)") planned the change that makes it so;
# (B) "bring/get/spin … X back up", "X is back up" (the phrasal verb) planned a Velero backup; (L)
# silencing alerts, a complaint about their noise, a bare noun phrase ("payments metrics") and a
# comparative with no interval ("scrape less often") planned a ServiceMonitor; (M) "it" after a
# fact and a cause that has a workload subject of its own ("frontend is slow because payments is
# overloaded. scale it to 4.") bound to the first. Each now asks; the nearest orders still plan.


def _kinds(op: Operator, intent: str) -> list[str]:
    proposal, _ = plans(op, intent)
    return [f"{o.kind} {o.target.kind}/{o.target.name}" for o in proposal.operations]


# (A) A description of the state the plan would make: asked, saying what to type.
@pytest.mark.parametrize(
    "intent",
    [
        # the attack's samples
        "payments is HA",
        "payments is highly available",
        "payments has a pdb",
        "payments has an HPA 2-10",
        "payments autoscales between 2 and 10",
        "payments is autoscaled 2-10 at 70% cpu",
        "payments is monitored",
        "postgres backups run daily at 2am, kept 7 days",
        "payments is spread across zones",
        "payments pods are spread across zones",
        "payments pods run as non-root",
        "payments runs as non-root",
        "payments used to run as non-root",
        "payments pods have all capabilities dropped",
        "payments has a read-only root filesystem",
        "payments had a read-only root filesystem before the incident",
        "worker has privilege escalation disabled",
        "only frontend talks to payments",
        "payments used to have 4 replicas",
        "frontend ran nginx:1.25 until yesterday",
        "worker is stuck",
        # phrasings of our own
        "frontend is redundant across zones",
        "worker runs as a non-root user",
        "frontend had a pdb before the migration",
        "payments was highly available until the outage",
        "frontend is stuck",
        "btw payments has a pdb",
        "payments is HA, thanks",
        "payments has only one replica",
        "current state: payments runs as non-root",
        "payments is only reachable from frontend",
        "worker got stuck",
        "postgres has daily backups at 2am",
        "payments runs as non-root, cheers",
        "payments and orders are HA",
        "we run payments as non-root",
        "we have a pdb on payments",
        "we autoscale payments between 2 and 10",
        "we monitor payments",
        "payments's pods run as non-root",
        "the payments deployment has an hpa",
        "payments has been HA since last year",
        "frontend has a disruption budget",
        "checkout already autoscales on cpu",
        "the frontend deployment is scraped by prometheus",
        "payments containers have a read-only root fs",
    ],
)
def test_a_description_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "description" in question
    assert "say it as an order" in question


def test_the_question_names_what_to_type(op: Operator) -> None:
    assert "'make payments highly available'" in (asks(op, "payments is HA").question or "")
    assert "'add a pdb to payments'" in (asks(op, "payments has a pdb").question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "CHG-991 scale payments to 4 (implemented)",
        "CHG-12 restart orders [applied]",
    ],
)
def test_a_change_said_carried_out_is_asked(op: Operator, intent: str) -> None:
    assert "carried out already" in (asks(op, intent).question or "")


# The nearest orders, wishes and complaints still plan.
@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("make payments HA", "apply PodDisruptionBudget/payments"),
        ("payments should be HA", "apply PodDisruptionBudget/payments"),
        ("payments needs to be HA", "apply PodDisruptionBudget/payments"),
        ("payments to be HA", "apply PodDisruptionBudget/payments"),
        ("my-api is fragile", "apply PodDisruptionBudget/my-api"),
        ("We recommend running checkout with 3 replicas", "scale Deployment/checkout"),
        ("payments is a single point of failure", "apply PodDisruptionBudget/payments"),
        ("payments needs a pdb", "apply PodDisruptionBudget/payments"),
        ("give payments a pdb", "apply PodDisruptionBudget/payments"),
        ("payments should autoscale between 2 and 10", "apply HorizontalPodAutoscaler/payments"),
        ("autoscale payments between 2 and 10", "apply HorizontalPodAutoscaler/payments"),
        ("ensure payments runs as non-root", "patch Deployment/payments"),
        ("payments has to run as non-root", "patch Deployment/payments"),
        ("run payments as non-root", "patch Deployment/payments"),
        ("spread payments across zones", "patch Deployment/payments"),
        ("drop all capabilities on payments", "patch Deployment/payments"),
        (
            "payments ran as root during the pentest. Make it run as non-root.",
            "patch Deployment/payments",
        ),
        (
            "payments must only accept traffic from frontend",
            "apply NetworkPolicy/payments-allow-from-frontend",
        ),
        (
            "let only frontend call payments on port 8080",
            "apply NetworkPolicy/payments-allow-from-frontend",
        ),
        ("postgres backups should run daily at 2am", "apply Schedule/postgres-shop"),
        ("restart worker, it is stuck", "rollout_restart Deployment/worker"),
        ("we had 6 frontend pods at the sale, run that many again", "scale Deployment/frontend"),
        ("kick checkout, pods look wedged", "rollout_restart Deployment/checkout"),
    ],
)
def test_the_nearest_orders_to_a_description_still_plan(
    op: Operator, intent: str, kind: str
) -> None:
    assert kind in _kinds(op, intent)


# (B) "back up" after a verb of starting or a copula: running again, never a backup.
@pytest.mark.parametrize(
    "intent",
    [
        "bring payments back up",
        "bring worker back up",
        "get worker back up",
        "spin worker back up",
        "start worker back up",
        "worker is back up",
        "power postgres back up",
        "fire payments back up",
        "scale payments back up",
        "bring the cache statefulset back up",
        "get postgres back up and running",
        # ours
        "please bring orders back up asap",
        "postgres is finally back up",
        "rescale payments back up",
        "can you get orders back up?",
        "spin the worker deployment back up",
    ],
)
def test_back_up_as_the_phrasal_verb_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "not as a backup" in question or "back up" in question


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("back up postgres", "apply Backup/postgres-shop-once"),
        ("take a backup of postgres", "apply Backup/postgres-shop-once"),
        ("backup postgres nightly", "apply Schedule/postgres-shop"),
        ("back up postgres nightly", "apply Schedule/postgres-shop"),
        ("set up a daily backup of postgres at 2am kept 7 days", "apply Schedule/postgres-shop"),
    ],
)
def test_backups_still_plan(op: Operator, intent: str, kind: str) -> None:
    assert kind in _kinds(op, intent)


# (L) Silencing alerts, noun phrases with no verb, a comparative with no interval: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "silence payments alerts",
        "silence the payments alert",
        "snooze payments alerts",
        "ack the payments alert",
        "acknowledge payments alerts",
        "quiet payments alerts",
        "suppress payments alerts",
        "payments alerts are too noisy",
        # ours
        "the my-api alerts keep firing, hush them",
        "mute payments alerts",
        "payments alerts keep paging me",
        "can you silence payments alerts",
        "snooze the frontend alerts",
    ],
)
def test_silencing_alerts_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "no Alertmanager silences" in question


@pytest.mark.parametrize(
    "intent",
    [
        "payments metrics",
        "payments dashboard",
        "payments observability",
        "our SLO: payments p99 latency < 500ms",
        "payments prometheus",
        "metrics for payments",
        "payments monitoring",
    ],
)
def test_a_noun_phrase_with_no_verb_is_asked(op: Operator, intent: str) -> None:
    assert "no verb" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "payments metrics are noisy, scrape less often",
        "scrape frontend more frequently",
        "payments scrape interval is too short, make it longer",
        "reduce the scrape frequency for payments",
    ],
)
def test_a_scrape_comparative_without_an_interval_is_asked(op: Operator, intent: str) -> None:
    assert "without an interval" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "monitor payments",
        "add monitoring to payments",
        "scrape payments metrics every 30s",
        "I want metrics for frontend",
        "svcmonitor for payments every 2m",
        "servicemonitor for frontend on port http scraping every 45s",
        "scrape payments every 60s instead of 30s",
    ],
)
def test_monitoring_orders_still_plan(op: Operator, intent: str) -> None:
    assert any("ServiceMonitor" in k or "PodMonitor" in k for k in _kinds(op, intent))


# (M) "it" after a fact whose cause has a workload subject of its own: which one is asked.
@pytest.mark.parametrize(
    "intent",
    [
        "frontend is slow because payments is overloaded. scale it to 4.",
        "frontend is slow because payments is overloaded, scale it to 4",
        "frontend is slow because payments keeps timing out, restart it",
        "frontend times out because payments is overloaded, scale it to 5",
        "orders is slow since payments was overloaded, restart it",
    ],
)
def test_it_after_two_subjects_is_asked(op: Operator, intent: str) -> None:
    assert "which one is meant" in (asks(op, intent).question or "").lower()


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("payments is overloaded. scale it to 4.", "scale Deployment/payments"),
        ("frontend is slow, restart it", "rollout_restart Deployment/frontend"),
        (
            "the worker deployment isn't used since matchmaking moved into my-api, delete it",
            "delete Deployment/worker",
        ),
        (
            "the old worker isn't needed since the queue moved to payments, scale it to 0",
            "scale Deployment/worker",
        ),
    ],
)
def test_it_after_one_subject_still_plans(op: Operator, intent: str, kind: str) -> None:
    assert kind in _kinds(op, intent)


# Nearby phrasings that other readings already ask (a value said in a fact, a retraction, an
# unknown word after a name …): they must keep asking.
@pytest.mark.parametrize(
    "intent",
    [
        "worker runs as user 1000",
        "frontend had 6 replicas last week",
        "worker was on 3 pods before the migration",
        "my-api ran ghcr.io/acme/my-api:1.4.0 before the deploy",
        "orders is hung",
        "scale worker to 2 (completed)",
        "can you get the cache back up?",
        "boot worker back up after the node reboot",
        "mute the frontend alerts for an hour",
        "please snooze the alerts on orders",
        "frontend telemetry",
        "grafana dashboard for orders",
        "checkout errors since orders was restarted, restart it",
    ],
)
def test_nearby_phrasings_ask_too(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("bring payments back up", "'restart payments'"),
        ("get the cache statefulset back up and running", "'restart the cache statefulset'"),
        ("worker is back up", "'back it up'"),
    ],
)
def test_back_up_as_running_again_names_what_was_said(
    op: Operator, intent: str, named: str
) -> None:
    # The example to type is about the workload said, never another one.
    question = asks(op, intent).question or ""
    assert named in question, question
    assert "postgres" not in question


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("silence the frontend alert", "'monitor frontend'"),
        ("orders metrics", "'monitor orders'"),
        ("my-api metrics are noisy, scrape less often", "'scrape my-api metrics every 60s'"),
    ],
)
def test_a_monitoring_question_names_the_workload_said(
    op: Operator, intent: str, named: str
) -> None:
    question = asks(op, intent).question or ""
    assert named in question, question


@pytest.mark.parametrize(
    "intent",
    [
        # An access rule said in the present with "only" is the rule wished for (round 16's
        # reading, tests/unit/test_offline_r16_alias.py), not a description: planned.
        "payments only accepts traffic from frontend",
        "orders only accepts connections from checkout",
    ],
)
def test_an_access_rule_with_only_is_planned(op: Operator, intent: str) -> None:
    p, _ = plans(op, intent)
    assert [o.target.kind for o in p.operations] == ["NetworkPolicy"]
