"""Round 16 (attack16), helper premise: a clause that is not a change of its own never adds an
operation.

- a premise ("since payments moved to 3.1.0", "now that payments has 4 replicas") is a fact
  (statements.PREMISE); a premise or a version said beside a name that the cluster does not
  bear out is asked (compound.premise_false);
- a fallback or an alternative after the order is not planned beside it (compound.without_fallback);
- pasted kubectl or registry output is a symptom, never an order (compound.pasted_symptom);
- an autoscaler's floor said in words is the count it runs now (hpa);
- a later line that moots the order asks (compound.mooted); a kind said to stay is never
  changed (compound.kept_kind_changed)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(300)


def _plan(op: Operator, intent: str) -> tuple[list[str], str]:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    return [o.summary() for o in proposal.operations], proposal.analysis or ""


@pytest.mark.parametrize(
    "intent",
    [
        # premise false against the cluster (payments runs 2 at 3.0.0, frontend 3 at 2.1.0)
        "since payments runs 4 replicas now, scale orders to 4 too",
        "now that payments has 4 replicas, add a PDB",
        "now that frontend is on 2.2.0, set FEATURE_FLAG=ga",
        "since frontend got 6 replicas, restart my-api",
        "with payments at 1Gi memory limit, add a replica",
        "given that orders has 5 replicas, restart checkout",
        "frontend on 2.2.0 needs FEATURE_FLAG=ga",
        # a premise's value the plan would use
        "since payments moved to 3.1.0, restart orders",
        "because my-api got LOG_LEVEL=debug, restart it",
        # a version beside a restart that is not running
        "restart frontend on 2.2.0",
        "restart payments (3.1.0)",
        "restart frontend@2.2.0",
        "bounce payments on version 3.2.0",
        # pasted output
        "Events:\n  Warning  BackOff  kubelet  Back-off restarting failed container payments",
        "Last State: Terminated\n  Reason: OOMKilled\n  Limits: memory: 256Mi\nmy-api",
        "Error: ImagePullBackOff ghcr.io/acme/frontend:2.2.0",
        "manifest unknown: ghcr.io/acme/frontend:2.2.0",
        "unauthorized: ghcr.io/acme/frontend:2.2.0",
        "ErrImagePull frontend 2.2.0",
        "failed to pull ghcr.io/acme/orders:2.0.0",
        'Back-off pulling image "ghcr.io/acme/checkout:1.2.0"',
        "ghcr.io/acme/checkout:9.9.9 not found",
        # a line that moots the order
        "restart payments\n(it came back on its own)",
        "scale payments to 4\nthe spike is over",
        "scale frontend to 5 - traffic is back to normal",
        # a kind said to stay
        "set minimum healthy percent to 50 on orders; the PDB stays",
        "orders PDB: leave it; set maxUnavailable 1 on the rollout",
        # a count said as the live one, false
        "autoscale frontend, it has 5 now",
    ],
)
def test_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "planned", "dropped"),
    [
        ("restart payments; if that fails, roll back checkout", "payments", "roll back checkout"),
        ("restart payments; otherwise scale it to 4", "payments", "scale it to 4"),
        ("restart payments; failing that, scale to 4", "payments", "scale to 4"),
        ("restart payments, else roll back checkout", "payments", "roll back checkout"),
        ("restart orders; should that fail, scale orders to 3", "orders", "scale orders to 3"),
        ("scale orders to 3, failing that roll back checkout", "orders", "roll back checkout"),
        ("bounce my-api. as a last resort, scale it to 5", "my-api", "scale it to 5"),
        ("restart payments (if needed later, scale to 4)", "payments", "scale to 4"),
        ("scale frontend to 4, maybe restart orders too", "frontend", "restart orders"),
        ("update frontend to 2.2.0; if it doesn't work, roll it back", "frontend", "roll it back"),
    ],
)
def test_fallback_not_planned(shop: Operator, intent: str, planned: str, dropped: str) -> None:
    summaries, analysis = _plan(shop, intent)
    assert len(summaries) == 1, summaries
    assert f"/{planned} " in summaries[0], summaries
    assert "I did not plan" in analysis
    assert dropped in analysis


@pytest.mark.parametrize(
    ("intent", "names"),
    [
        ("since frontend runs 3 replicas, restart my-api", ["my-api"]),
        ("restart frontend on 2.1.0", ["frontend"]),
        ("orders pods in CrashLoopBackOff\nrestart orders", ["orders"]),
        ("restart payments", ["payments"]),
        ("scale frontend to 4", ["frontend"]),
        ("update frontend to 2.2.0", ["frontend"]),
        ("have frontend run 2.2.0", ["frontend"]),
        ("deploy frontend@2.2.0", ["frontend"]),
        ("update payments (3.0.0) to 3.1.0", ["payments"]),
        ("can you scale payments to 4", ["payments"]),
        ("could you restart orders", ["orders"]),
        ("please double payments", ["payments"]),
        ("restart payments and don't touch anything else", ["payments"]),
        ("scale payments to 4 instead of 2", ["payments"]),
        ("set maxUnavailable 1 on the orders pdb", ["orders"]),
        ("restart payments, the cache went away", ["payments"]),
    ],
)
def test_still_plans(shop: Operator, intent: str, names: list[str]) -> None:
    summaries, _ = _plan(shop, intent)
    assert len(summaries) == len(names)
    for summary, name in zip(summaries, names, strict=True):
        assert f"/{name} " in summary, summary


@pytest.mark.parametrize(
    ("intent", "minimum"),
    [
        ("autoscale frontend, min = current", 3),
        ("keep frontend at least where it is and autoscale", 3),
        ("hpa on orders, min: current, max 6", 2),
        ("autoscale frontend min 2 max 10", 2),
    ],
)
def test_floor_in_words(shop: Operator, intent: str, minimum: int) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    hpas = [o for o in proposal.operations if o.target.kind == "HorizontalPodAutoscaler"]
    assert hpas
    assert hpas[0].manifest["spec"]["minReplicas"] == minimum
