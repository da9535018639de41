"""Round 29, helper gap32b: blind32's misses in scale, resources, restart, security, monitoring
and autoscale, by the way of saying each is a sample of.

The shapes: (1) kubectl's KIND/NAME ("deploy/orders x2", "only deploy/checkout may reach
deploy/payments", "drop ALL on deploy/worker", "deploy/frontend -> 6") names a workload: no
"deploy" verb, no set "all on deploy"; refs listed with a space between ("rollout restart
deploy/my-api deploy/frontend") are each of them, and one gloss may describe each of a list;
(2) a field noun opening the line ("Memory limit on my-api …") is no person addressed; (3) a
semicolon ending the message after a word is the Greek question mark; (4) a count said before
"less"/"more" ("one pod less") is a scale; (5) a workload put "on N" is a scale (brought
"up to N" with no verb stays asked: a ceiling or a count, round 17's decision kept at the
merge); (6) "the X service (NAME)" after a plain word is
a role, and a plural's possessive ("the buyers' site (frontend)") is part of a description;
(7) "cut-off" is a deadline's noun, no "cut"; (8) "from 2 until 6 pods" is a range; (9) after
the cpu field a bare number is cores ("500m -> 1"); (10) a part kept out with a word of
description ("not the photo proxy") is no part restarted. The nearest phrasings keep asking."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (1) kubectl's KIND/NAME.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("deploy/orders (warning-alert subscriptions) x2", ["deployment/orders in shop to 4"]),
        ("deploy/payments x2", ["deployment/payments in shop to 4"]),
        ("deploy/frontend (shop site) -> 6, the sale just started", ["frontend in shop to 6"]),
        ("deployment/worker -> 3", ["deployment/worker in shop to 3"]),
        ("sts/cache -> 2", ["statefulset/cache in shop to 2"]),
        (
            "rollout restart deploy/my-api deploy/frontend (forecast API + public forecast site)",
            ["pods of deployment/my-api", "pods of deployment/frontend"],
        ),
        ("restart deployment/my-api deployment/frontend", ["my-api", "frontend"]),
        ("restart sts/cache deploy/worker", ["statefulset/cache", "deployment/worker"]),
        (
            "restart my-api and frontend (quote API and web shop)",
            ["pods of deployment/my-api", "pods of deployment/frontend"],
        ),
    ],
)
def test_kind_slash_name_names_a_workload(op: Operator, intent: str, wanted: list[str]) -> None:
    got = summaries(op, intent)
    assert len(got) == len(wanted), got
    for w, s in zip(wanted, got, strict=True):
        assert w in s, got


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("netpol: only deploy/checkout may reach deploy/payments (licence payments)", "payments"),
        ("only deploy/frontend and deploy/worker may reach sts/postgres", "postgres"),
        ("only deployment/frontend may reach deployment/my-api", "my-api"),
    ],
)
def test_kind_slash_name_in_a_network_policy(op: Operator, intent: str, wanted: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["apply"]
    assert f'"podSelector": {{"matchLabels": {{"app": "{wanted}"}}}}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "capabilities drop ALL on deploy/worker (GRIB decode worker)",
        "drop all capabilities on deploy/worker",
        "capabilities drop ALL on deployment/worker",
    ],
)
def test_all_before_kind_slash_name_is_no_set(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.target.name for o in proposal.operations] == ["worker"]
    assert '"drop": ["ALL"]' in body


def test_the_verb_deploy_still_reads(op: Operator) -> None:
    got = summaries(op, "restart my-api and deploy worker 0.9.2")
    assert any("worker:0.9.2" in s for s in got), got


def test_a_prometheusrule_beside_kind_slash_name_is_no_update(op: Operator) -> None:
    proposal, body = plans(
        op, "prometheusrule: decode worker (deploy/worker) no pods ready for 5m -> page"
    )
    assert [o.target.kind for o in proposal.operations] == ["PrometheusRule"]
    assert '"5m"' in body


@pytest.mark.parametrize(
    "intent",
    [
        # a kubectl ref with a bare number after another verb stays a question
        "deploy/frontend -> 6 cpu",
        "restart all on deploy",
    ],
)
def test_kind_slash_name_near_misses_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2) A field noun opening the line is no addressee.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("Memory limit on the lot API (my-api) 256Mi -> 512Mi.", "512Mi"),
        ("Memory request on payments 128Mi -> 256Mi", "256Mi"),
        ("Memory limit on worker 1Gi", "1Gi"),
    ],
)
def test_a_field_noun_is_no_addressee(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body


@pytest.mark.parametrize(
    "intent", ["Sam restart payments", "Priya, scale worker to 3", "Dana — roll back checkout"]
)
def test_a_name_addressed_still_asks(op: Operator, intent: str) -> None:
    assert "addressed to" in (asks(op, intent).question or "")


# (3) A semicolon ending the message: the Greek question mark.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("Can you make the price API (my-api) one pod less;", "my-api in shop to 1"),
        ("Can you restart the e-shop (frontend) please;", "pods of deployment/frontend"),
        ("Could you make the courier worker (worker) x3;", "worker in shop to 3"),
    ],
)
def test_a_final_semicolon_ends_a_polite_request(op: Operator, intent: str, wanted: str) -> None:
    assert any(wanted in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    "intent",
    [
        "update worker to ghcr.io/acme/worker:0.9.2;",
        "set LOG_LEVEL=debug;",
        "is frontend running;",
        "restart frontend; rm -rf /",
    ],
)
def test_a_semicolon_after_a_value_or_before_a_command_still_asks(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


# (4) A count said before "less"/"more".
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("make my-api one pod less", "my-api in shop to 1"),
        ("worker two pods more please", "worker in shop to 3"),
        ("frontend one replica less", "frontend in shop to 2"),
        ("make payments 2 replicas more", "payments in shop to 4"),
    ],
)
def test_a_count_before_less_or_more_is_a_scale(op: Operator, intent: str, wanted: str) -> None:
    assert any(wanted in s for s in summaries(op, intent))


def test_a_count_more_than_another_still_asks(op: Operator) -> None:
    asks(op, "frontend one replica more than payments")


# (5) "put NAME on N"; "NAME up to N" with no verb stays asked (a ceiling or a count: round
# 17's verbless look-alike, kept at the merge — blind32's one item of it is a miss).
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "Once the last boat has landed, put the certificate worker (worker) on 3.",
            "worker in shop to 3",
        ),
        ("put the worker on 3.", "worker in shop to 3"),
        ("put frontend on 2 replicas", "frontend in shop to 2"),
        ("put the worker on 3 for now", "worker in shop to 3"),
    ],
)
def test_put_on_a_count_scales(op: Operator, intent: str, wanted: str) -> None:
    assert any(wanted in s for s in summaries(op, intent))


def test_put_on_a_count_waits_on_what_it_waits_on(op: Operator) -> None:
    proposal, _ = plans(op, "Once the last boat has landed, put the worker on 3.")
    assert "last boat" in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        "frontend up to 5",
        "frontend up to 8 when traffic spikes",
        "frontend up to 8 max",
        "frontend up to 8 under load",
        "put worker on node 3",
        "let frontend go up to 8 if needed",
    ],
)
def test_a_ceiling_or_a_node_is_no_count(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert not any(o.kind == "scale" for o in proposal.operations), proposal.question


def test_put_on_a_version_stays_an_update(op: Operator) -> None:
    assert any("my-api:1.5.0" in s for s in summaries(op, "put my-api on 1.5.0"))


# (6) "the X service (NAME)": a role; a plural's possessive in a description.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "PS-4192: Restart the job-ticket service (orders) and the imposition worker (worker).",
            ["pods of deployment/orders", "pods of deployment/worker"],
        ),
        ("Restart the booking service (checkout).", ["pods of deployment/checkout"]),
        (
            "Only the buyers' site (frontend) may reach the lot API (my-api).",
            ["networkpolicy/my-api"],
        ),
        ("restart the farmers' portal (frontend)", ["pods of deployment/frontend"]),
    ],
)
def test_a_role_noun_and_a_possessive_describe(
    op: Operator, intent: str, wanted: list[str]
) -> None:
    got = summaries(op, intent)
    assert len(got) == len(wanted), got
    for w, s in zip(wanted, got, strict=True):
        assert w in s, got


@pytest.mark.parametrize(
    "intent",
    [
        "delete the service (orders)",
        "restart the payments service (orders)",
        # a Service of that name exists: the Service object, never the role
        "restart the booking service (payments)",
    ],
)
def test_a_service_said_of_a_name_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) "cut-off" is no "cut".
@pytest.mark.parametrize(
    "intent",
    [
        "PS-4102: Scale the imposition worker (worker) to 4 replicas once the 15:00 artwork "
        "cut-off has passed.",
        "scale worker to 3 after the cutoff",
        "scale worker to 2 once the cut off at 18:00 has passed",
    ],
)
def test_a_cut_off_is_no_scale_down(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert "scale down" not in (proposal.question or "")


def test_a_cut_still_says_down(op: Operator) -> None:
    assert "scale down" in (asks(op, "cut frontend to 5").question or "")


# (8) "from 2 until 6 pods": a range.
@pytest.mark.parametrize(
    ("intent", "lo", "hi"),
    [
        (
            "Please to open autoscaling on the export orders (orders), from 2 until 6 pods, "
            "cpu 75%.",
            2,
            6,
        ),
        ("autoscale worker from 1 till 5 replicas at 70% cpu", 1, 5),
        ("hpa for frontend from 3 until 9 pods, cpu 60%", 3, 9),
    ],
)
def test_a_range_said_with_until(op: Operator, intent: str, lo: int, hi: int) -> None:
    _, body = plans(op, intent)
    assert f'"maxReplicas": {hi}' in body
    assert lo == 1 or f'"minReplicas": {lo}' in body


def test_until_hours_is_still_a_time(op: Operator) -> None:
    asks(op, "scale worker to 4 from 10 until 12")


# (9) After the cpu field, a bare number is cores.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("gem purchases (orders) app container cpu limit 500m -> 1, envoy as is", '"cpu": "1"'),
        ("orders app container cpu limit 500m -> 2", '"cpu": "2"'),
    ],
)
def test_millicores_to_cores(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body
    assert '"name": "envoy"' not in body


@pytest.mark.parametrize("intent", ["my-api memory limit 512Mi -> 1", "my-api replicas 500m -> 1"])
def test_other_unlike_values_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (10) A part kept out, described.
@pytest.mark.parametrize(
    "intent",
    [
        "Bounce the bid-clock redis (the cache StatefulSet), not the photo proxy.",
        "restart the cache statefulset but not the image proxy",
    ],
)
def test_a_described_part_kept_out_is_no_part_restarted(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of statefulset/cache in shop"]


def test_a_part_of_another_workload_said_restarted_still_asks(op: Operator) -> None:
    asks(op, "restart the cache statefulset proxy")
