"""Round 12, helper cfgsec: config, security, monitoring and backup said the way people say them.

The rules: a key's move may say the value it has before its direction ("from 10 down to 5", checked
against the cluster); a bare "KEY value on <workload>" may follow a lead-in and be followed by how
long or why; "before experiment 4" is a deadline, its number a name; an alert's "for when …" is no
hold, "0 available replicas" is none at all, a metric said by its Prometheus name is a condition
of its own, and "restarts a lot" is crash-looping; "deny all ingress to the worker" guards the
worker; "off root" is non-root; a root filesystem keeps no container as root; a modal whose
subject is given a setting is a request; a how-to question followed by a request is the request
(planner/offline/followup.py). The phrasings are this helper's own; near misses must still ask.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import beforehand, followup
from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    ("said", "has"),
    [
        (
            "smaller batches please: BATCH_SIZE in orders-config from 10 down to 5",
            '"BATCH_SIZE": "5"',
        ),
        ("BATCH_SIZE in orders-config from 10 up to 40", '"BATCH_SIZE": "40"'),
        ("REGION in shared-config from eu over to us-east", '"REGION": "us-east"'),
        ("need more logs: LOG_LEVEL trace on payments", "trace"),
        ("LOG_LEVEL debug on frontend while we chase the 502s", "debug"),
        (
            "chasing a leak: LOG_LEVEL debug on my-api for the rest of the afternoon",
            "debug",
        ),
    ],
)
def test_a_key_and_its_value_said_plainly(shop: Operator, said: str, has: str) -> None:
    _, body = plans(shop, said)
    assert has in body


@pytest.mark.parametrize(
    "said",
    [
        "BATCH_SIZE in orders-config from 11 down to 5",  # it is 10 now
        "REGION in shared-config from us over to us-east",  # it is eu now
        "FEATURE_X on my-api",  # no value
        "noise: FEATURE_FLAG on frontend for the demo",  # no value
    ],
)
def test_a_key_said_wrongly_or_without_a_value_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("snapshot postgres before experiment 4", "Backup"),
        ("take a velero backup of postgres before hypothesis 2", "Backup"),
        ("add a pdb to payments with minAvailable 1 before drill 3", "PodDisruptionBudget"),
    ],
)
def test_before_a_numbered_event_is_a_deadline(shop: Operator, said: str, kind: str) -> None:
    proposal, _ = plans(shop, said)
    # Round 23 (holds): the deadline is carried as the plan's awaits, for the approver.
    assert proposal.awaits == said[said.index("before ") :]
    assert [o.target.kind for o in proposal.operations] == [kind]


@pytest.mark.parametrize(
    "said",
    [
        "back up postgres 2 hours before experiment 4",
        "snapshot postgres before experiment 4 at 14:00",
        "back up postgres before experiment 4 if it fails",
        "scale payments before experiment 3",  # the 3 is no count
    ],
)
def test_before_a_numbered_event_with_a_time_or_no_count_is_asked(
    shop: Operator, said: str
) -> None:
    asks(shop, said)


def test_labels_blanked_keeps_the_length() -> None:
    said = "snapshot postgres before experiment 4, keep 3 days"
    blanked = beforehand.labels_blanked(said)
    assert len(blanked) == len(said)
    assert "4" not in blanked
    assert "3" in blanked


def _rule(shop: Operator, said: str) -> dict:
    proposal, _ = plans(shop, said)
    (op,) = proposal.operations
    manifest = op.manifest  # type: ignore[union-attr]
    assert manifest["kind"] == "PrometheusRule"
    (rule,) = manifest["spec"]["groups"][0]["rules"]
    return dict(rule)


@pytest.mark.parametrize(
    ("said", "expr_has", "hold"),
    [
        (
            "alert when jvm_memory_used_bytes on my-api stays above 85% of max for 10 minutes",
            ["jvm_memory_used_bytes{", "jvm_memory_max_bytes{", "> 0.85"],
            "10m",
        ),
        (
            "page us if kafka_consumer_lag on orders goes above 1000 for 10m",
            ["kafka_consumer_lag{", 'pod=~"orders-', "> 1000"],
            "10m",
        ),
        (
            "alert when hikaricp_connections_active on payments is over 40",
            ["hikaricp_connections_active{", "> 40"],
            "5m",
        ),
        (
            "add an alert for when the worker has 0 available replicas",
            ["kube_deployment_status_replicas_available", "< 1"],
            "5m",
        ),
        (
            "alert for the worker when it has 0 ready pods for 2m",
            ["< 1"],
            "2m",
        ),
        (
            "alert when orders keeps crashing for 10 minutes",
            ['reason="CrashLoopBackOff"', 'pod=~"orders-'],
            "10m",
        ),
    ],
)
def test_alert_conditions(shop: Operator, said: str, expr_has: list[str], hold: str) -> None:
    rule = _rule(shop, said)
    for part in expr_has:
        assert part in rule["expr"]
    assert rule["for"] == hold


def test_two_metrics_get_two_rules(shop: Operator) -> None:
    one, _ = plans(shop, "alert when jvm_gc_pause_seconds on payments is above 0.5")
    two, _ = plans(shop, "alert when hikaricp_connections_active on payments is over 40")
    assert one.operations[0].target.name != two.operations[0].target.name


@pytest.mark.parametrize(
    "said",
    [
        # no '_used_' to find its maximum by
        "alert if jvm_threads_live_threads on checkout is above 90% of max",
        # a share of nothing said
        "alert when jvm_memory_used_bytes on my-api stays above 90%",
        "restart payments when it restarts a lot",
        "postgres restarts a lot, restart it",
    ],
)
def test_alert_near_misses_ask(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "has"),
    [
        ("deny all ingress to the worker", "worker-deny-ingress"),
        ("deny all ingress to the orders deployment except from checkout", "allow-from-checkout"),
        ("get payments off root please", '"runAsNonRoot": true'),
        ("take the worker off root", '"runAsNonRoot": true'),
        ("stop frontend from running as root", '"runAsNonRoot": true'),
        (
            "give the orders app container a read-only root filesystem, leave envoy alone",
            '"name": "app", "securityContext": {"readOnlyRootFilesystem": true}',
        ),
        ("could checkout be set to runAsNonRoot?", '"runAsNonRoot": true'),
        (
            "my lead says the worker needs more memory, could it get a 512Mi limit?",
            '"memory": "512Mi"',
        ),
        (
            "could you put a network policy on payments so only checkout may reach it? hope "
            "I'm saying it right",
            "payments-allow-from-checkout",
        ),
    ],
)
def test_security_said_plainly(shop: Operator, said: str, has: str) -> None:
    _, body = plans(shop, said)
    assert has in body


def test_a_read_only_root_filesystem_keeps_envoy_as_it_is(shop: Operator) -> None:
    _, body = plans(shop, "could the orders app container get a read-only root fs? envoy stays")
    assert '"name": "envoy"' not in body
    assert '"name": "app"' in body


@pytest.mark.parametrize(
    "said",
    [
        "move the worker off root filesystem",
        "could frontend get overloaded?",
        "payments is slow, could it be the db?",
        "scale payments to 3, right?",
    ],
)
def test_security_and_question_near_misses_ask(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "has"),
    [
        (
            "how do I give the worker more memory? could you set a 512Mi limit on it",
            '"memory": "512Mi"',
        ),
        ("is there a way to run frontend with 4 replicas? if so please do it", '"replicas": 4'),
        (
            "quick question: is it ok if I set FEATURE_X to on in my-api-config? I'd like to "
            "try it",
            '"FEATURE_X": "on"',
        ),
        (
            "how can we get alerted when checkout keeps restarting? could you add one",
            "CrashLoopBackOff",
        ),
    ],
)
def test_a_question_then_a_request_is_the_request(shop: Operator, said: str, has: str) -> None:
    _, body = plans(shop, said)
    assert has in json.loads(json.dumps(body))


@pytest.mark.parametrize(
    "said",
    [
        "how do I scale payments to 4? could you show me?",
        "is it safe to restart payments? could you do it",
        "how do I roll back checkout? can you explain",
        "is it ok if I change BATCH_SIZE in orders-config to 20?",
    ],
)
def test_a_question_without_a_request_for_a_change_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_followup_reads_the_want() -> None:
    said = "how do I get debug logs out of payments? could you set LOG_LEVEL=debug for it"
    assert followup.read(said).startswith("I want to get debug logs out of payments. could you")
    assert followup.read("how do I restart payments?") == "how do I restart payments?"


@pytest.mark.parametrize(
    ("said", "has"),
    [
        ("BATCH_SIZE in orders-config is 10 now, make it 25", '"BATCH_SIZE": "25"'),
        ("FEATURE_FLAG on frontend is still beta, set it to stable please", "stable"),
        ("REGION in shared-config is currently eu; change it to us-east", '"REGION": "us-east"'),
        ("FEATURE_X in my-api-config is off, set it to on", '"FEATURE_X": "on"'),
    ],
)
def test_it_is_the_one_key_named(shop: Operator, said: str, has: str) -> None:
    _, body = plans(shop, said)
    assert has in body


@pytest.mark.parametrize(
    "said",
    [
        "BATCH_SIZE in orders-config is 11 now, make it 25",  # it is 10
        "FEATURE_FLAG on frontend is still alpha, set it to stable please",  # it is beta
        "BATCH_SIZE in orders-config is 10 now, make it 25 replicas",
        "BATCH_SIZE in orders-config is 10, turn it up",
        "LOG_LEVEL and REGION are wrong, set it to debug",  # two keys
    ],
)
def test_it_with_a_wrong_picture_or_no_one_key_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_a_key_after_a_sentence_end_is_no_value(shop: Operator) -> None:
    # ENV_MADE read "FEATURE_X for my-api. set FEATURE_X" as the value "FEATURE_X".
    _, body = plans(shop, "I want FEATURE_X for my-api. set FEATURE_X to on in my-api-config")
    assert '"FEATURE_X": "on"' in body


def test_it_is_only_a_key_typed(shop: Operator) -> None:
    asks(shop, "the checkout feature flag: turn it off")


@pytest.mark.parametrize(
    ("said", "has"),
    [
        (
            "heroku config:set LOG_LEVEL=debug -a my-api, or whatever the equivalent is here",
            '"LOG_LEVEL": "debug"',
        ),
        ("config:unset FEATURE_FLAG --app frontend", '"$patch": "delete"'),
        ("heroku config:set PROVIDER=adyen FEATURE_X=on -a payments", '"value": "adyen"'),
        ("drill 4: scale frontend to 5", '"replicas": 5'),
    ],
)
def test_paas_commands_and_game_day_labels(shop: Operator, said: str, has: str) -> None:
    _, body = plans(shop, said)
    assert has in body


@pytest.mark.parametrize(
    "said",
    [
        "config:unset FEATURE_FLAG",  # no app
        "config:unset NOPE on frontend",  # not set there
        "config:set PROVIDER=adyen -a payments -r staging",  # a flag not read
        "config:set PROVIDER=adyen -a payments, or something like paypal",  # a value hedged
        "hypothesis 2: 3 replicas of payments survive a node drain",  # a claim
    ],
)
def test_paas_and_label_near_misses_ask(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_it_takes_no_full_stop_and_no_bare_switch(shop: Operator) -> None:
    _, body = plans(shop, "BATCH_SIZE in orders-config is 10 now, make it 25.")
    assert '"BATCH_SIZE": "25"' in body
    asks(shop, "The FEATURE_X flag of my-api: turn it off.")
