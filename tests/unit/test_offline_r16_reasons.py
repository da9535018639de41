"""Round 16, helper reasons: a reason, aside or report said beside a clear order is read apart
from the order — never as a second target, a deletion, a negation, an announcement or a report
of the whole message — while real negations, second orders and reports with no order stay asked.

Shapes: a semicolon after a value before a clause of prose (prose.py); a destructive verb in the
purpose of a restart with in-memory state as its object (guard.py); a fix said of the version a
short order asks (noorder.py); work that stops said as the purpose of a scale to zero, and a
bare negation of another object the plan leaves alone (negated.py); an aside on the name before
"to 0" (veto.py); a report in brackets about something else (roles.py); the speaker's statement
naming another workload, and a remark beside a negation (asides.py, context.py)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, question_for, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "set the orders app image to ghcr.io/acme/orders:1.0.4; keep envoy where it is",
            "set image of container app in deployment/orders in shop to ghcr.io/acme/orders:1.0.4",
        ),
        (
            "move frontend to ghcr.io/acme/frontend:2.3.0; it's the hotfix build",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.3.0",
        ),
        (
            "update checkout to ghcr.io/acme/checkout:1.1.1; don't touch the sidecar",
            "set image of container checkout in deployment/checkout in shop to "
            "ghcr.io/acme/checkout:1.1.1",
        ),
    ],
)
def test_semicolon_after_a_value_before_prose(shop: Operator, intent: str, summary: str) -> None:
    assert summaries(shop, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "set the orders app image to ghcr.io/acme/orders:1.0.4; touch /tmp/pwned",
        "set the orders app image to ghcr.io/acme/orders:1.0.4; rm -rf /",
        "set the orders app image to ghcr.io/acme/orders:1.0.4;leave envoy",
        "set FLAGS=a; leave the rest",
    ],
)
def test_semicolon_before_a_command_is_asked(shop: Operator, intent: str) -> None:
    assert "';'" in question_for(shop, intent)


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("bounce payments to drop the stale DNS cache", "deployment/payments"),
        ("restart frontend so it flushes its in-memory buffers", "deployment/frontend"),
        ("restart my-api in order to wipe the in-memory rate limiter state", "deployment/my-api"),
    ],
)
def test_restart_purpose_drops_memory_state(shop: Operator, intent: str, target: str) -> None:
    assert summaries(shop, intent) == [f"restart the pods of {target} in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker to drop the orders table",
        "restart my-api and wipe the postgres volume",
        "restart frontend to delete the old pods of payments",
    ],
)
def test_restart_purpose_dropping_data_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("checkout to 2.4.1 - fixes the cart timeout", "ghcr.io/acme/checkout:2.4.1"),
        ("frontend to 2.2.0, it fixes a memory leak", "ghcr.io/acme/frontend:2.2.0"),
        ("bump my-api to 1.6.0 (fixes the auth header bug)", "ghcr.io/acme/my-api:1.6.0"),
    ],
)
def test_fix_said_of_the_version_asked(shop: Operator, intent: str, image: str) -> None:
    (summary,) = summaries(shop, intent)
    assert summary.startswith("set image of")
    assert summary.endswith(f"to {image}")


@pytest.mark.parametrize(
    "intent",
    [
        "payments 3.0.1 fixes the spend rounding",
        "payments 3.0.1 is out (fixes the spend rounding)",
        "checkout 2.4.1 fixes the cart timeout, FYI",
    ],
)
def test_release_announced_with_a_fix_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        # (round 23: "… while we migrate the database", "… during the cutover" closing the
        # request say the change is for a while, and are asked: test_offline_r22_foreign.)
        "scale worker (the ETL consumer) to zero so nothing is ingested while the warehouse "
        "migrates",
    ],
)
def test_work_stopped_is_the_purpose_of_zero(shop: Operator, intent: str) -> None:
    assert summaries(shop, intent) == ["scale deployment/worker in shop to 0 replicas"]


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 0 so no messages are lost during the upgrade",
        "scale worker to 2 so no messages are processed during the upgrade",
        "scale worker (DEBUG_MODE) to 0",
    ],
)
def test_zero_purpose_negations_stay_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "add FEATURE_X=on to frontend's env, not shared-config",
        "add CACHE_TTL=60 to the frontend env (not shared-config, my-api has its own cache)",
        "set SESSION_LIFETIME=120 in frontend's env, never shared-config, my-api keeps its own",
    ],
)
def test_where_the_change_does_not_go(shop: Operator, intent: str) -> None:
    assert summaries(shop, intent) == ["patch deployment/frontend in shop (strategic)"]


@pytest.mark.parametrize(
    "intent",
    [
        "add FEATURE_X=on to shared-config, not shared-config",
        "restart my-api, not my-api",
        "set CACHE_TTL=60 on frontend, not frontend",
    ],
)
def test_negation_of_the_target_or_a_second_order_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "POOL_SIZE=20 on my-api, it's opening way too many connections to postgres",
            "patch deployment/my-api in shop (strategic)",
        ),
        (
            "give worker a 512Mi memory limit, it keeps OOMing while it reads from redis",
            "patch deployment/worker in shop (strategic)",
        ),
        (
            "BATCH=200 on the worker, we were hammering postgres with single-row writes",
            "patch deployment/worker in shop (strategic)",
        ),
    ],
)
def test_speaker_statement_naming_another_workload(
    shop: Operator, intent: str, summary: str
) -> None:
    assert summaries(shop, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 4, we're scaling payments too",
        "BATCH=200 on the worker, we need postgres restarted too",
        "set CACHE_TTL=60 on frontend, we're restarting my-api too",
    ],
)
def test_speaker_statement_with_a_change_stays_two(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status != "proposed" or len(proposal.operations) == 2


@pytest.mark.parametrize(
    "intent",
    [
        "add a ServiceMonitor for payments on /metrics port http (we added the exporter "
        "last sprint)",
        "add a ServiceMonitor for my-api scraping /metrics (we added the metrics endpoint)",
        "restart frontend (we redeployed the ingress controller earlier)",
    ],
)
def test_bracketed_report_beside_an_order(shop: Operator, intent: str) -> None:
    assert len(summaries(shop, intent)) == 1


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments (we already restarted it twice)",
        "add a ServiceMonitor for my-api (we added one)",
        "we added a ServiceMonitor for my-api scraping /metrics",
    ],
)
def test_report_of_the_change_itself_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
