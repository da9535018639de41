"""Sentence-wide gates narrowed to what they govern (helper gates): a negation that states a fact
or is the request itself, a condition word that is context or inside a value, a hedge on a value
seen now, a destructive word negated or said as a noun — each planned; the near-miss beside
each, where the gate's danger is real, still asked. Over the in-memory shop, through the real
Operator. The phrasings are our own, not the blind sets'."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import negated
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


# ------------------------------------------------------------------------------ planned
@pytest.mark.parametrize(
    ("intent", "contains"),
    [
        # a negation that states a fact or the reason
        (
            "checkout has empty dashboards because nothing is scraping it, add a podmonitor "
            "for checkout on port http",
            '"kind": "PodMonitor"',
        ),
        (
            "frontend metrics: nothing is collecting them, create a podmonitor for frontend on "
            "port http",
            '"kind": "PodMonitor"',
        ),
        (
            "payments doesn't talk to the k8s api, stop mounting its service account token",
            '"automountServiceAccountToken": false',
        ),
        # a negation that is the request itself
        ("never ever put two frontend pods on the same node", "requiredDuringScheduling"),
        ("never run two orders pods on a single node", "requiredDuringScheduling"),
        ("don't ever put two my-api replicas on one host", "requiredDuringScheduling"),
        (
            "no outage for payments during node drains: max 1 pod unavailable at a time",
            '"maxUnavailable": 1',
        ),
        ("my-api deploys shouldnt ever drop capacity. surge 1, unavailable 0", '"maxSurge": 1'),
        # Round 13: "don't block scheduling" beside a spread is its wish for preferred.
        (
            "keep my-api replicas on different nodes, don't block scheduling",
            "preferredDuringScheduling",
        ),
        (
            "spread frontend across nodes, best effort, don't block scheduling",
            "preferredDuringScheduling",
        ),
        # a negation that protects what the plan does not change
        (
            "bump the envoy of orders to envoyproxy/envoy:v1.31.2, the app container should "
            "not be touched",
            '"container": "envoy"',
        ),
        ("restart payments, orders must not be restarted", '"name": "payments"'),
        # nothing else, beside a delete of one object
        ("delete the worker deployment and nothing else", '"name": "worker"'),
        ("remove checkout, nothing else", '"name": "checkout"'),
        # the change undone later, by whoever asks for it then
        (
            "raise frontend to 6 replicas for the load test, later on we will scale it back",
            '"replicas": 6',
        ),
        ("set FEATURE_X=on on frontend for the demo", '"FEATURE_X"'),
        # (Round 27: "…, we'll revert it afterwards" alone says the change ends: asked now,
        # test_offline_r27_temp.)
        # a condition word inside a value
        ("set MODE=run-until-empty on worker", '"run-until-empty"'),
        ("set CLEANUP=after-upload on worker", '"after-upload"'),
        # "about to" is "before we", with the request after it
        ("we're about to upgrade payments, scale it to 4 first", '"replicas": 4'),
        (
            "about to roll out payments 3.2, snapshot the namespace with velero first",
            '"kind": "Backup"',
        ),
        # an approximate value seen now, beside the same value asked exactly
        (
            "payments is using roughly 200Mi of memory, set its memory request to 200Mi",
            '"memory": "200Mi"',
        ),
        ("my-api uses around 250m cpu, set its cpu request to 250m", '"cpu": "250m"'),
        # what a backup is for, with a delete said in it
        (
            "velero backup of the namespace every night, keep 7 days, in case someone "
            "accidentally deletes the orders deployment",
            '"ttl": "168h0m0s"',
        ),
        ("nightly velero backup of the namespace in case of an accidental delete", "Schedule"),
        # a probe's failure threshold, said as what happens after it
        ("liveness probe for my-api on /healthz, recycle it after 5 failures", "failureThreshold"),
    ],
)
def test_a_gate_reads_only_what_it_governs(shop: Operator, intent: str, contains: str) -> None:
    _, body = plans(shop, intent)
    assert contains in body


def test_a_later_undo_is_said_not_planned(shop: Operator) -> None:
    proposal, body = plans(shop, "scale payments to 4 for the sale, please revert back once done")
    assert '"replicas": 4' in body
    assert "rollout_undo" not in body
    assert "I did not plan 'revert back once done'" in proposal.analysis


# ------------------------------------------------------------------------ still asked
@pytest.mark.parametrize(
    "intent",
    [
        # a rule said with a negated subject, not a state
        "nothing is to be scraped, add a podmonitor for checkout on port http",
        "restart payments, nobody is touching payments",
        # an outcome the plan does not keep
        "no downtime for checkout, scale it to 1",
        "scale payments to 1, no downtime during drains",
        "frontend shouldn't ever drop requests, restart it",
        # a role, not a name; the very container the plan changes
        "bump the app container of orders to ghcr.io/acme/orders:1.3.0, the main container "
        "must not be changed",
        "bump the envoy of orders to envoyproxy/envoy:v1.31.2, envoy should not be touched",
        # a delete that takes more than what was named
        "delete payments and nothing else",
        # an undo with a time of its own, or after an event
        "scale payments to 4 and revert it tomorrow",
        "set LOG_LEVEL=debug on my-api and roll it back after the incident",
        # "about to" with nothing after it; a hedged value the request uses
        "about to upgrade postgres to 16.5",
        "my-api uses around 400Mi memory, set its memory request to that",
        "frontend uses about 300m cpu, set its cpu request to about 300m",
        "scale frontend to about 4",
        # two pods on one node without the negation asks for them together
        "run two orders pods on one node",
        # a delete beside a backup; a condition that is not what a backup is for
        "velero backup every 6 hours and delete worker",
        "take a velero backup if someone approves it",
        # a destructive word as the value, or a value that says a change and its event
        "set MODE=delete on worker",
        "set FEATURE_X=remove-after-launch on my-api",
        "set STEP=purge-before-migration on worker",
        # a scale-to-zero said without an autoscaler
        "scale worker to 0 when there's nothing queued",
    ],
)
def test_the_near_miss_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("clause", "context"),
    [
        ("because nothing is scraping it", True),
        ("nobody has scraped it", True),
        ("doesn't talk to the k8s api", True),
        ("nothing is being changed", False),
        ("nobody is touching it", False),
        ("never 3", False),
        ("not v2", False),
    ],
)
def test_a_state_is_context_and_a_rule_is_not(clause: str, context: bool) -> None:
    fp = negated.Footprint(words={"scrape", "scraping", "podmonitor", "touch"})
    assert (negated.conflict(clause, fp) is None) is context


def test_a_budget_keeps_the_downtime_it_is_for_and_nothing_else() -> None:
    fp = negated.Footprint(guards={"downtime", "outage", "drop"})
    assert negated.conflict("no downtime when nodes are drained", fp) is None
    assert negated.conflict("without losing data", fp) is not None
    assert negated.conflict("no downtime", negated.Footprint()) is not None


def test_a_setting_for_one_container_spares_the_one_said_to_stay(shop: Operator) -> None:
    # Was asked while pod security was set on the pod (it changed the app container too); it
    # is now set on the container said, so the prohibition holds and the plan stands.
    proposal, body = plans(
        shop, "the envoy of orders must run as non-root, the app container is not to be changed"
    )
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("patch", "orders")]
    assert '"name": "envoy"' in body
    assert '"name": "app"' not in body
    assert '"runAsNonRoot": true' in body
