"""Outcomes said in a manager's plain words (planner/offline/outcomes.py): an outcome phrase
whose workload is named (or is the one workload "it" can be) is planned as the order the shop
leaves one plan for; what a phrase says the plan is for is its purpose, never waited on; a
phrase whose target is not one workload, or that says something else, stays a question. The
phrasings are this round's own, sharing only their shape with the examples of the round."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import outcomes, schedules
from dotop_nb.service import Operator
from tests.memory import asks, plans

NAMES = {"my-api", "frontend", "payments", "orders", "checkout", "worker", "postgres", "cache"}


@pytest.mark.parametrize(
    ("said", "summaries", "contains"),
    [
        # off: no pods, the workload kept
        (
            "We don't need orders running for now, please switch it off.",
            ["scale deployment/orders in shop to 0 replicas"],
            [],
        ),
        (
            "shut checkout down for the time being",
            ["scale deployment/checkout in shop to 0 replicas"],
            [],
        ),
        ("please switch off my-api", ["scale deployment/my-api in shop to 0 replicas"], []),
        # off and on again, a fresh start: a restart
        (
            "orders is wedged — could you switch it off and back on?",
            ["restart the pods of deployment/orders in shop"],
            [],
        ),
        ("checkout needs a fresh start", ["restart the pods of deployment/checkout in shop"], []),
        ("give my-api a clean start please", ["restart the pods of deployment/my-api in shop"], []),
        # gone from the cluster: a delete
        (
            "Orders was replaced last month; take it out of the cluster.",
            [
                "delete poddisruptionbudget/orders in shop",
                "delete deployment/orders in shop",
                "delete configmap/orders-config in shop",
            ],
            [],
        ),
        # sizes itself: an autoscaler, its bounds as said
        (
            "Orders should scale itself up and down with the load, between 2 and 6 copies.",
            ["apply horizontalpodautoscaler/orders in shop"],
            ['"minReplicas": 2', '"maxReplicas": 6'],
        ),
        (
            "my-api should add replicas automatically when it gets busy, never more than 10.",
            ["apply horizontalpodautoscaler/my-api in shop"],
            ['"maxReplicas": 10'],
        ),
        # a machine dying: high availability
        (
            "we need my-api to survive one server crashing",
            [
                "scale deployment/my-api in shop to 3 replicas",
                "patch deployment/my-api in shop (strategic)",
                "apply poddisruptionbudget/my-api in shop",
            ],
            [],
        ),
        (
            "make sure payments survives a node failure",
            [
                "scale deployment/payments in shop to 3 replicas",
                "patch deployment/payments in shop (strategic)",
                "apply poddisruptionbudget/payments in shop",
            ],
            [],
        ),
        (
            "checkout should tolerate losing a machine",
            [
                "scale deployment/checkout in shop to 3 replicas",
                "patch deployment/checkout in shop (strategic)",
                "apply poddisruptionbudget/checkout in shop",
            ],
            [],
        ),
        (
            "frontend should grow and shrink with the traffic, between 3 and 9 copies",
            ["apply horizontalpodautoscaler/frontend in shop"],
            ['"minReplicas": 3', '"maxReplicas": 9'],
        ),
        # node maintenance: a disruption budget
        (
            "Make sure payments stays available during node upgrades.",
            ["apply poddisruptionbudget/payments in shop"],
            [],
        ),
        # root: non-root
        (
            "my-api should never run as root",
            ["patch deployment/my-api in shop (strategic)"],
            ['"runAsNonRoot": true'],
        ),
        # twice what it is allowed / its size
        (
            "Checkout keeps getting OOMKilled. Could we give it twice the memory it's allowed now?",
            ["patch deployment/checkout in shop (strategic)"],
            ['"memory": "512Mi"'],
        ),
        (
            "Bring checkout to twice its current size.",
            ["scale deployment/checkout in shop to 4 replicas"],
            [],
        ),
        # purpose of a backup, how often said as "a copy every …"
        (
            "We have to be able to restore orders if anything goes wrong: a copy each week is fine,"
            " kept for 30 days.",
            ["apply schedule/orders-shop in shop"],
            ['"720h0m0s"'],
        ),
        # more detailed logs: the log level
        (
            "We want more verbose logs from frontend, debug level.",
            ["patch deployment/frontend in shop (strategic)"],
            ['"LOG_LEVEL"', '"debug"'],
        ),
        # who may connect
        (
            "orders should only accept traffic from apps labelled tier=frontend",
            ["apply networkpolicy/orders-allow-from-tier-frontend in shop"],
            ['"tier": "frontend"'],
        ),
        (
            "nothing outside our namespace should reach orders",
            ["apply networkpolicy/orders-allow-same-namespace in shop"],
            ['"podSelector": {}'],
        ),
        # no dip during a release: the rollout strategy
        (
            "Users must not notice anything when we deploy checkout.",
            ["patch deployment/checkout in shop (strategic)"],
            ['"maxUnavailable": 0'],
        ),
        (
            "no drop in capacity while we roll out orders",
            ["patch deployment/orders in shop (strategic)"],
            ['"maxUnavailable": 0'],
        ),
        # down: an alert on its ready pods, for as long as said
        (
            "we should get notified if orders goes down for 2 minutes",
            ["apply prometheusrule/orders-availability in shop"],
            ['< 1"', '"for": "2m"'],
        ),
        # a flag said by what it is
        (
            "drop the beta flag from frontend for good",
            ["patch deployment/frontend in shop (strategic)"],
            ['"FEATURE_FLAG"', '"$patch": "delete"'],
        ),
    ],
)
def test_an_outcome_is_planned_as_its_order(
    shop: Operator, said: str, summaries: list[str], contains: list[str]
) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == summaries
    for part in contains:
        assert part in body, (part, body)
    assert p.awaits is None


def test_a_one_off_backup_before_a_days_event_is_made_once() -> None:
    # "before thursday's cutover": the event the backup is made for, not a schedule.
    assert schedules.BEFORE_EVENT.search("take a backup before thursday's cutover")


def test_a_one_off_backup_before_a_days_event_is_planned(shop: Operator) -> None:
    p, body = plans(shop, "Before Monday's migration, please take a full backup of the shop.")
    assert [o.target.kind for o in p.operations] == ["Backup"]
    assert json.loads(body)


@pytest.mark.parametrize(
    "said",
    [
        # no workload, or two: "it" is none of them
        "turn it off",
        "orders and payments are idle, turn it off",
        "give it twice the memory it's allowed now, orders and payments both",
        # "it" is a flag, not the workload
        "turn off the feature flag on frontend",
        "The FEATURE_X flag of my-api: turn it off.",
        # two workloads with the name
        "Please shut down the cache until further notice.",
        # "down a notch" is not off
        "turn it down a notch, frontend",
        # a reason with no order: scale to 0 or delete?
        "We don't need the worker running until further notice.",
        # a version said with the release is not dropped
        "Customers shouldn't notice anything when we release payments 2.0.",
        # no outcome the shop leaves one plan for
        "Make sure checkout stays up.",
        # grows to what?
        "payments should grow",
        # a negation of the order is kept
        "Please don't turn payments off, scale it to 1",
    ],
)
def test_what_is_not_one_outcome_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("switch worker off", "scale worker to 0"),
        ("turn payments off and on again", "restart payments"),
        ("remove it from the cluster, orders I mean", "delete orders, orders I mean"),
        ("the database should only accept traffic from pods labelled app=x", None),
        ("frontend must never run as root", "run frontend as non-root"),
    ],
)
def test_the_phrase_is_written_in_place(said: str, written: str | None) -> None:
    out = outcomes.read(said, NAMES)
    if written is None:
        assert out == "only pods labelled app=x may reach the database"
    else:
        assert out == written


@pytest.mark.parametrize(
    "said",
    [
        "The beta toggle on frontend: turn it off",
        "Orders was replaced by the new service; take it out of the cluster.",
        "the payments alert is noisy, shut it down",
        # the outcome is what a change said after it is for: that change is planned as said
        "orders has to withstand losing a node: its pods must never share a node",
        "Make sure orders stays up during node maintenance: minAvailable 1",
    ],
)
def test_it_is_never_a_flag_a_service_or_a_setting(said: str) -> None:
    assert outcomes.read(said, NAMES) == said


def test_an_alert_on_down_holds_the_default_when_not_said(shop: Operator) -> None:
    # the condition is what the alert watches, never one to wait on; with no 'for' said the
    # usual 5m is used and said (round 11, times: the alert's own default, in its risks).
    p, body = plans(shop, "we want to be paged if my-api goes down")
    assert not p.awaits
    assert '"for": "5m"' in body
    assert any("no duration was said" in r for r in p.risks)
