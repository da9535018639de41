"""A negation no reader reads, read against the finished plan (helper neg, planner/offline/
negated.py): planned, with the analysis saying how it was read, when its clause names nothing
the plan does; asked when it names the plan's action, target, container, value, a number, a
bound the plan does not hold, a time, an outcome, or selects from a set. Over the in-memory
shop, through the real Operator. The phrasings are our own, not the blind sets'."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import guard, negated
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


# ------------------------------------------------------------------ understood: planned
@pytest.mark.parametrize(
    ("intent", "kind", "target"),
    [
        # a state said beside the request
        ("decommission worker, nobody calls it anymore", "delete", "worker"),
        ("remove the worker deployment, no one has used it in months", "delete", "worker"),
        ("tear down worker -- nobody depends on it now", "delete", "worker"),
        ("checkout metrics are not collected anywhere, add a podmonitor for checkout on "
         "port http", "apply", "checkout"),
        ("payments metrics aren't being collected, create a servicemonitor for payments on port "
         "http path /metrics every 30s", "apply", "payments"),
        ("the frontend metrics aren't scraped by anything, add a servicemonitor for frontend "
         "on port http", "apply", "frontend"),
        ("scrap the worker deployment, no one relies on it these days", "delete", "worker"),
        ("checkout wasn't rolled back, roll it back one revision", "rollout_undo", "checkout"),
        # a prohibition the plan does not break
        ("undo the last checkout rollout, no scaling please", "rollout_undo", "checkout"),
        ("revert checkout to revision 1, without any scaling", "rollout_undo", "checkout"),
        ("restart payments, no scaling", "rollout_restart", "payments"),
        ("set LOG_LEVEL=debug on my-api, no scaling", "patch", "my-api-config"),
        ("orders is not to be restarted, scale it to 3", "scale", "orders"),
        # nothing beyond the one change asked
        ("restart payments and touch nothing else", "rollout_restart", "payments"),
        ("set LOG_LEVEL=debug on my-api and change nothing else", "patch", "my-api-config"),
        ("scale worker to 3, nothing else", "scale", "worker"),
        ("roll checkout back a revision and do nothing else", "rollout_undo", "checkout"),
        ("payments egress: dns and nothing else", "apply", "payments-egress-dns"),
        # a delete that is one operation deletes only what was named
        ("delete worker and nothing else", "delete", "worker"),
        # a target left out that the plan does not touch
        ("bounce payments, not orders", "rollout_restart", "payments"),
        ("restart frontend -- not my-api", "rollout_restart", "frontend"),
        ("scale worker to 3, not checkout", "scale", "worker"),
        ("restart the cache deployment, not the redis", "rollout_restart", "cache"),
        ("restart worker, not the sidecar", "rollout_restart", "worker"),
        ("remove the cache statefulset, not the deployment", "delete", "cache"),
        ("bounce the worker deployment but don't scale it", "rollout_restart", "worker"),
    ],
)  # fmt: skip
def test_a_negation_the_plan_keeps_is_planned(
    shop: Operator, intent: str, kind: str, target: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [(kind, target)]


def test_the_analysis_says_how_the_negation_was_read(shop: Operator) -> None:
    proposal, _ = plans(shop, "undo the last checkout rollout, no scaling please")
    assert "I read 'no scaling please' as context: it changes nothing in this plan." in (
        proposal.analysis
    )


# ------------------------------------------------------------- unsafe shapes: still asked
@pytest.mark.parametrize(
    "intent",
    [
        # the negation flips or replaces the number the request says
        "I don't want 3 replicas on orders, make it 5",
        "orders shouldn't be at 2 pods, go to 4",
        "not three replicas, scale orders to five",
        # ("scale orders to 5, not 3" is planned with 5 since round 9: a value, then one of its
        # kind it is not, is the first — test_offline_r9_settled.py)
        # the plan's own action, said with a word of its family
        "roll checkout back a revision, no restarts",
        "update payments to 3.1.0 with no rollout",
        "scale worker to 4, no new instances",
        "scale orders to 3 and restart nothing",
        "set LOG_LEVEL=debug on my-api, don't redeploy",
        # the plan's target, or a container of it
        "restart orders, not orders",
        "restart orders but not envoy",
        "restart orders, not the sidecar",
        "restart orders -- not its envoy container",
        "bounce payments, not its pods",
        "delete payments, not the svc",
        "restart orders but not the app",
        # a time: it delays the plan
        "restart checkout, not during business hours",
        "restart orders, nothing now",
        "restart worker, not friday",
        # an outcome the plan may not keep
        "delete worker without losing data",
        "restart payments with no dropped requests",
        "scale checkout to 1 with no downtime",
        "payments isn't scaled today, scale it to 3",
        # nothing else, beside a delete that takes more than what was named
        "remove payments, nothing else",
        # "not" said as (or in) a value
        "set FEATURE_X to no on frontend",
        "set MODE to none on my-api",
        "set GREETING to do not disturb on my-api",
        # a selection from a set
        "restart every tier=backend deployment except the busy ones",
        "restart the backend tier apart from payments",
        # ("restart all deployments with tier=backend, not payments" plans the set less
        # payments since round 33: an exclusion said after a label set, test_offline_r33_lead.)
        # the request taken back or corrected
        "restart frontend, never mind",
        "restart payments, no wait",
        "scale orders to 3, no, 4",
        "scale payments to 3, nobody touches payments",
        # a bound the plan does not hold
        "autoscale orders 1-6 on cpu 70%, never below 2",
        "scale frontend to 3, no more than that",
    ],
)
def test_a_negation_the_plan_may_break_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# ------------------------------------------------------------------- the pure reading
def _footprint(**bounds: str) -> negated.Footprint:
    return negated.Footprint(
        words={"horizontalpodautoscaler", "hpa", "replicas", "orders"},
        bounds={k: {v} for k, v in bounds.items()},
        operations=1,
    )


@pytest.mark.parametrize(
    ("clause", "bounds", "held"),
    [
        ("never below 2", {"minReplicas": "2"}, True),
        ("not under 2 pods", {"minReplicas": "2"}, True),
        ("no fewer than 3 replicas", {"minReplicas": "3"}, True),
        ("never above 8", {"maxReplicas": "8"}, True),
        ("never below 2", {"minReplicas": "1"}, False),
        ("not under 2 pods", {"maxReplicas": "2"}, False),
        ("no more than 3 replicas", {"minReplicas": "3"}, False),
        ("never go below 2", {}, False),
    ],
)
def test_a_bound_said_as_a_negation_must_be_the_plans_bound(
    clause: str, bounds: dict[str, str], held: bool
) -> None:
    assert (negated.conflict(clause, _footprint(**bounds)) is None) is held


@pytest.mark.parametrize(
    ("clause", "shares"),
    [
        ("nobody uses it anymore", False),
        ("no scaling", False),
        ("not the redis", False),
        ("change nothing else", False),
        ("no more replicas", True),
        ("don't touch orders", True),
        ("not orders", True),
        ("never 3", True),
        ("no one calls it", False),
        ("not before noon", True),
        ("no", True),
        ("never mind", True),
        ("without its service", False),
        ("nobody touches it", True),
        ("without any crashes", True),
    ],
)
def test_a_clause_is_compared_with_the_footprint(clause: str, shares: bool) -> None:
    assert (negated.conflict(clause, _footprint()) is not None) is shares


def test_a_part_said_beside_a_delete_is_asked() -> None:
    fp = negated.Footprint(words={"delete", "worker"}, operations=1, deletes=True)
    assert negated.conflict("without its service", fp) is not None
    assert negated.conflict("nobody uses it anymore", fp) is None


def test_the_negated_clause_runs_to_the_end_of_its_clause() -> None:
    unread: list[str] = []
    guard.check(
        "delete", "get rid of worker, nothing else should go anymore. thanks", unread=unread
    )
    assert unread == ["nothing else should go anymore"]
    # Round 13: "nobody uses it anymore" is a fact, the delete's reason — no negation to read.
    unread = []
    guard.check("delete", "get rid of worker, nobody uses it anymore. thanks", unread=unread)
    assert unread == []
    unread = []
    guard.check("restart", "restart orders and change nothing else", unread=unread)
    assert unread == ["change nothing else"]
    with pytest.raises(negated.Clarify, match="negation"):
        guard.check("restart", "restart every backend deployment except orders", unread=[])
