"""Round 24, gap helper B: blind26's delete, update, backup, resources, security and restart
misses that asked where a clear order was given.

The shapes: (1) an hour said with o'clock in digits ("at 22 o'clock tonight") is a clock time
the plan waits on; (2) a military time after "at" ("at 0130 hrs") is a schedule's hour or a
wait, never a quantity, and a change request's number closing a sentence ("under CR 5521.") is
its id; (3) "reboot <workload>" is a restart; (4) "replica counts are not to change" beside a
plan that scales nothing is kept; (5) a delete's reason after it — where the work happens now
("menus come from the CDN now") or what took it over ("checkout is part of the web app
(frontend) now") — names no setting, place or object to delete; "but please keep X" keeps X;
"the Service in front of payments" is the payments Service; (6) the namesake of another kind
said out of scope ("the redis (cache statefulset) is out of scope", "Not the cache
deployment.") is kept; (7) "before the version up" is an upgrade. The nearest orders that must
still ask ask."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(300)


_CR_ITEM = (
    "Deploy ghcr.io/acme/my-api:1.6.0 to the meter-data API (my-api) at 2300 hrs under CR 5521."
)


def _ops(op: Operator, intent: str) -> tuple[list[str], str, str]:
    proposal, body = plans(op, intent)
    return [o.summary() for o in proposal.operations], body, proposal.awaits or ""


# (1) An hour with o'clock in digits: waited on, as said.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "I would like to release my-api 1.5.2 at 22 o'clock tonight.",
            "to ghcr.io/acme/my-api:1.5.2",
            "at 22 o'clock tonight",
        ),
        (
            "Please reboot postgres at 3 o'clock tomorrow morning.",
            "restart the pods of statefulset/postgres",
            "at 3 o'clock tomorrow morning",
        ),
        ("restart worker at 6 o'clock", "restart the pods of deployment/worker", "at 6 o'clock"),
        (
            "update my-api to 1.5.2 after 18 o'clock",
            "ghcr.io/acme/my-api:1.5.2",
            "after 18 o'clock",
        ),
        ("scale payments to 4 at 6 o'clock", "to 4 replicas", "at 6 o'clock"),
        ("bounce checkout at 23 o'clock tonight", "deployment/checkout", "23 o'clock"),
    ],
)
def test_an_hour_with_o_clock_is_waited_on(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    summaries, _, waited = _ops(op, intent)
    assert len(summaries) == 1
    assert summary in summaries[0]
    assert awaits.lower() in waited.lower()


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker at three o'clock",  # in words: no reader places it
        "scale payments at 4 o'clock",  # no count left
        "delete worker at 5 o'clock",  # a delete is never waited on
        "restart frontend at 9 o'clock unless traffic is high",
    ],
)
def test_o_clock_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("backup postgres every day at 3 o'clock", '"0 3 * * *"'),
        ("nightly backup of postgres at 2 o'clock, keep 7 days", '"0 2 * * *"'),
    ],
)
def test_o_clock_in_a_backup_is_its_schedule(op: Operator, intent: str, cron: str) -> None:
    summaries, body, waited = _ops(op, intent)
    assert summaries == ["apply schedule/postgres-shop in shop"]
    assert cron in body
    assert not waited


# (2) A military time after "at" in a backup's schedule; a CR's number closing the sentence.
@pytest.mark.parametrize(
    ("intent", "cron", "ttl"),
    [
        (
            "Daily backup of the readings database (postgres) at 0130 hrs, retained for 30 days.",
            "30 1 * * *",
            "720h",
        ),
        ("backup postgres daily at 0200 hrs, keep 14 days", "0 2 * * *", "336h"),
        ("nightly backup of postgres at 2300 hours, keep 7 days", "0 23 * * *", "168h"),
        ("daily backup of postgres at 2330 hrs, retained 7 days", "30 23 * * *", "168h"),
        ("back up postgres every night at 0100 hrs, retain 30 days", "0 1 * * *", "720h"),
        ("weekly backup of postgres on sunday at 0300 hrs", "0 3 * * 0", "720h"),
    ],
)
def test_a_military_time_is_the_schedules_hour(
    op: Operator, intent: str, cron: str, ttl: str
) -> None:
    summaries, body, _ = _ops(op, intent)
    assert summaries == ["apply schedule/postgres-shop in shop"]
    assert f'"schedule": "{cron}"' in body
    assert f'"ttl": "{ttl}' in body


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        (
            _CR_ITEM,
            "at 2300 hrs",
        ),
        ("update my-api to 1.6.0 under CR 5521.", ""),
        ("deploy ghcr.io/acme/my-api:1.6.0 to my-api at 0600 hrs", "at 0600 hrs"),
        ("update my-api to 1.6.0 at 23:00 under CHG-5521", "at 23:00"),
        ("update my-api to 1.6.0, ticket 5521.", ""),
    ],
)
def test_a_military_wait_and_a_change_request_id(op: Operator, intent: str, awaits: str) -> None:
    summaries, _, waited = _ops(op, intent)
    assert len(summaries) == 1
    assert "ghcr.io/acme/my-api:1.6.0" in summaries[0]
    assert awaits.lower() in waited.lower()
    if not awaits:
        assert not waited


@pytest.mark.parametrize(
    "intent",
    [
        # (Round 34: "at 0130" of a daily backup is 01:30, as blind37's "daily at 0300" is; four
        # digits no clock holds are still asked.)
        "daily backup of postgres at 0190",
        "update my-api to 1.6.0 per change 5521",
        "scale payments, target 5.",
    ],
)
def test_bare_numbers_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) "reboot <workload>": a rolling restart.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("Please reboot frontend pods.", "deployment/frontend"),
        ("reboot worker", "deployment/worker"),
        ("can you reboot the payments pods", "deployment/payments"),
        ("reboot checkout, it hangs", "deployment/checkout"),
        ("pls reboot postgres", "statefulset/postgres"),
    ],
)
def test_reboot_is_a_restart(op: Operator, intent: str, target: str) -> None:
    summaries, _, _ = _ops(op, intent)
    assert summaries == [f"restart the pods of {target} in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "reboot the nodes",
        "reboot node-1",
        "please reboot the worker nodes",
        "reboot 2 frontend pods",
        "don't reboot postgres",
        "reboot frontend unless it is busy",
    ],
)
def test_reboot_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (4) The replica count said to stay beside a plan that scales nothing.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Restart the bill payments (payments) pods. Replica counts are not to change.",
            "restart the pods of deployment/payments in shop",
        ),
        (
            "restart payments. replica counts must not change",
            "restart the pods of deployment/payments",
        ),
        ("restart orders. pod count is not to change", "restart the pods of deployment/orders"),
        ("update my-api to 1.6.0. replica counts are not to change.", "ghcr.io/acme/my-api:1.6.0"),
        ("restart worker. The replica counts are not to change.", "deployment/worker"),
    ],
)
def test_a_replica_count_held_beside_a_plan_that_scales_nothing(
    op: Operator, intent: str, summary: str
) -> None:
    summaries, _, _ = _ops(op, intent)
    assert len(summaries) == 1
    assert summary in summaries[0]


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4. replica counts are not to change",
        "restart payments. nothing is to change",
        "restart payments. images are not to change",
    ],
)
def test_a_held_count_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A delete's reason, its polite keep, a Service named by what it fronts.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        (
            "delete the menu cache proxy (cache deployment), menus come from the CDN now; keep "
            "the rider-location redis (cache statefulset)",
            {"Deployment/cache"},
        ),
        (
            "Please delete the guest-session redis (cache statefulset); sessions now live in the "
            "PMS. Keep the rate cache proxy (cache deployment).",
            {"StatefulSet/cache"},
        ),
        ("delete the cache deployment, menus come from the CDN now", {"Deployment/cache"}),
        ("delete worker, jobs now come from the ETL queue", {"Deployment/worker"}),
        ("remove the frontend service, requests go through the WAF now", {"Service/frontend"}),
        (
            "tear down the checkout deployment, checkout is part of the customer web app "
            "(frontend) now",
            {"Deployment/checkout"},
        ),
        (
            "tear down the checkout deployment, checkout has been merged into frontend",
            {"Deployment/checkout"},
        ),
        ("delete checkout, checkout moved into the web shop (frontend)", {"Deployment/checkout"}),
        ("decommission worker, its jobs moved into orders", {"Deployment/worker"}),
        (
            "Please delete orders Deployment and its PodDisruptionBudget, but please keep "
            "orders-config.",
            {"Deployment/orders", "PodDisruptionBudget/orders"},
        ),
        ("delete worker, but please keep its service", {"Deployment/worker"}),
        (
            "delete the orders deployment and its pdb; please leave orders-config alone",
            {"Deployment/orders", "PodDisruptionBudget/orders"},
        ),
        (
            "Please remove the Service in front of card payments (payments) but keep its pods "
            "running.",
            {"Service/payments"},
        ),
        ("remove the service in front of frontend but keep its pods", {"Service/frontend"}),
        ("delete the service fronting my-api, keep the pods running", {"Service/my-api"}),
        ("delete the service that sits in front of my-api, the app stays", {"Service/my-api"}),
    ],
)
def test_a_delete_with_its_reason_or_its_keep(op: Operator, intent: str, gone: set[str]) -> None:
    assert deletes(op, intent) == gone


@pytest.mark.parametrize(
    "intent",
    [
        "delete orders, QUEUE too",  # a setting said beside the delete
        "remove orders from the mesh",  # out of something else
        "tear down checkout, frontend is part of it too",
        "tear down the checkout deployment, checkout is part of frontend now, tear that down too",
        "delete worker, jobs run on 3 nodes now",
        "delete payments but keep its pods running",  # a workload: its pods go with it
        "delete the service in front of checkout",  # checkout has no Service
        "delete orders, but please keep it",
    ],
)
def test_a_delete_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) The namesake of another kind said out of scope, or "Not the <kind>." on its own.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Update the tariff cache proxy (cache deployment) to ghcr.io/acme/cache-proxy:1.2.0. "
            "The SCADA telemetry redis (cache statefulset) is out of scope.",
            "deployment/cache in shop to ghcr.io/acme/cache-proxy:1.2.0",
        ),
        (
            "Please version up redis of the cache statefulset to redis:7.4. Not the cache "
            "deployment.",
            "statefulset/cache in shop to redis:7.4",
        ),
        (
            "update the cache deployment to ghcr.io/acme/cache-proxy:1.2.0; the cache statefulset "
            "is not part of this change",
            "deployment/cache in shop to ghcr.io/acme/cache-proxy:1.2.0",
        ),
        ("restart the cache statefulset. Not the cache deployment.", "statefulset/cache"),
        (
            "scale the cache deployment to 3. the redis (cache statefulset) is out of scope",
            "scale deployment/cache in shop to 3 replicas",
        ),
    ],
)
def test_the_other_kind_out_of_scope_is_kept(op: Operator, intent: str, summary: str) -> None:
    summaries, _, _ = _ops(op, intent)
    assert len(summaries) == 1
    assert summary in summaries[0]


@pytest.mark.parametrize(
    "intent",
    [
        "update the cache deployment to ghcr.io/acme/cache-proxy:1.2.0. The cache statefulset is "
        "out of scope, restart it though",
        "restart cache. Not the cache deployment.",  # which cache is restarted: not said
        "restart the cache deployment. Not the cache deployment.",
        "restart the cache statefulset. Not the cache deployment, and not the postgres "
        "statefulset.",
    ],
)
def test_an_out_of_scope_namesake_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) "before the version up": the upgrade a one-off backup is taken before.
@pytest.mark.parametrize(
    "intent",
    [
        "Please take backup of postgres by pg_dump before the version up tomorrow.",
        "backup postgres before the version up",
        "take a backup of postgres before tomorrow's version-up",
    ],
)
def test_a_backup_before_the_version_up(op: Operator, intent: str) -> None:
    summaries, _, _ = _ops(op, intent)
    assert summaries
    assert all("postgres" in s for s in summaries)


@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres before the version up unless it fails",
        "back up postgres before the upgrade unless payments is down",
        "back up postgres before we upgrade postgres to 16.4",
    ],
)
def test_a_backup_before_an_event_with_a_condition_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (8) A resource field said absent that no container has and the plan does not write.
@pytest.mark.parametrize(
    ("intent", "target", "value"),
    [
        (
            "checkout: cpu request 200m (no cpu limit, we never had one in CF either)",
            "deployment/checkout",
            '"requests": {"cpu": "200m"}',
        ),
        ("checkout: cpu request 200m (no cpu limit)", "deployment/checkout", '"cpu": "200m"'),
        ("set checkout cpu request to 200m, no cpu limit", "deployment/checkout", '"200m"'),
        ("set frontend cpu request to 200m, no cpu limit please", "deployment/frontend", '"200m"'),
    ],
)
def test_a_field_said_absent_that_stays_absent(
    op: Operator, intent: str, target: str, value: str
) -> None:
    summaries, body, _ = _ops(op, intent)
    assert summaries == [f"patch {target} in shop (strategic)"]
    assert value in body
    assert '"limits"' not in body


@pytest.mark.parametrize(
    "intent",
    [
        "set payments memory request to 200Mi, no memory limit",  # payments has one: remove it?
        "set frontend cpu request to 200m and cpu limit 1, no cpu limit",
    ],
)
def test_a_field_said_absent_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (9) Cloud Foundry's words: "-m" is a memory limit in MiB/GiB, a droplet is a release.
@pytest.mark.parametrize(
    ("intent", "target", "container", "memory"),
    [
        ("cf scale payments -m 512M, i.e. a 512Mi memory limit", "payments", "payments", "512Mi"),
        ("cf scale payments -m 512M", "payments", "payments", "512Mi"),
        ("cf scale worker -m 1G", "worker", "worker", "1Gi"),
        ("orders' app container -m 768M; envoy stays as it is", "orders", "app", "768Mi"),
        ("orders app container -m 768M", "orders", "app", "768Mi"),
        (
            "orders' envoy container -m 256M, the app container stays as it is",
            "orders",
            "envoy",
            "256Mi",
        ),
    ],
)
def test_cf_memory_flag_is_a_memory_limit(
    op: Operator, intent: str, target: str, container: str, memory: str
) -> None:
    summaries, body, _ = _ops(op, intent)
    assert summaries == [f"patch deployment/{target} in shop (strategic)"]
    assert f'"name": "{container}"' in body
    assert f'"limits": {{"memory": "{memory}"}}' in body
    assert body.count('"resources"') == 1  # one container's limit, no other


@pytest.mark.parametrize(
    "intent",
    [
        "cf scale payments -m 512",  # no unit
        "cf scale payments -i 3 -m 512M",  # two changes in one command
        "orders' foo container -m 768M",  # no such container
    ],
)
def test_cf_memory_flag_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "checkout: previous droplet please, 1.1.0 fails its health check",
        "checkout: previous droplet please",
        "checkout: previous version please, 1.1.0 fails its health check",
        "roll checkout back, 1.1.0 fails its health check",
    ],
)
def test_the_previous_droplet_is_a_rollback(op: Operator, intent: str) -> None:
    summaries, _, _ = _ops(op, intent)
    assert summaries == ["roll deployment/checkout in shop back to revision 1"]


@pytest.mark.parametrize(
    "intent",
    [
        "update checkout to 1.1.0, it fails its health check",
        "checkout 1.1.0 fails its health check, set failureThreshold 5 on the probe",
        "update checkout to 1.2.0, 1.1.0 fails its health check",
    ],
)
def test_a_version_beside_a_probe_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (10) "X is the only app allowed to reach Y", "Y may accept connections only from X".
@pytest.mark.parametrize(
    ("intent", "selected", "peer", "port"),
    [
        (
            "c2c-style policy: worker is the only app allowed to reach postgres, on 5432",
            "postgres",
            "worker",
            5432,
        ),
        (
            "The SCADA telemetry redis (cache statefulset) may accept connections on 6379 only "
            "from the meter-data API (my-api).",
            "cache-store",
            "my-api",
            6379,
        ),
        ("postgres should accept traffic only from worker", "postgres", "worker", None),
        (
            "my-api must accept connections on port 8080 only from frontend",
            "my-api",
            "frontend",
            8080,
        ),
        (
            "netpol: orders is the only service allowed to reach payments",
            "payments",
            "orders",
            None,
        ),
    ],
)
def test_the_only_one_allowed_is_an_ingress_policy(
    op: Operator, intent: str, selected: str, peer: str, port: int | None
) -> None:
    proposal, body = plans(op, intent)
    assert len(proposal.operations) == 1
    assert proposal.operations[0].target.kind == "NetworkPolicy"
    assert f'"podSelector": {{"matchLabels": {{"app": "{selected}"' in body
    assert f'"app": "{peer}"' in body
    if port is not None:
        assert f'"port": {port}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "worker is the only service allowed to talk to postgres",  # a description, unframed
        "worker is the only app allowed to reach postgres, and scale it to 3",
        "foo is the only app allowed to reach postgres",
        "postgres may accept connections only from the internet",
    ],
)
def test_the_only_one_allowed_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# (11) "deny all egress from X, except DNS and Y": X may only talk to Y and DNS.
@pytest.mark.parametrize(
    ("intent", "source", "peers"),
    [
        (
            "Please make NetworkPolicy to deny all egress from worker, except DNS and postgres.",
            "worker",
            ["postgres"],
        ),
        ("deny all egress from worker except dns and postgres", "worker", ["postgres"]),
        ("deny all outbound traffic from my-api, except DNS and postgres", "my-api", ["postgres"]),
        (
            "please create a netpol to deny all egress from orders except dns and payments",
            "orders",
            ["payments"],
        ),
    ],
)
def test_egress_denied_but_for_a_list_is_an_egress_allow_list(
    op: Operator, intent: str, source: str, peers: list[str]
) -> None:
    proposal, body = plans(op, intent)
    assert len(proposal.operations) == 1
    assert f'"podSelector": {{"matchLabels": {{"app": "{source}"}}}}' in body
    assert '"Egress"' in body
    assert '"port": 53' in body
    for peer in peers:
        assert f'"app": "{peer}"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "deny all egress from worker except the internet",
        "deny all egress from worker except dns and postgres, and scale it to 3",
        "deny all egress from worker except dns and postgres unless it is busy",
        "block all outbound traffic from my-api except to postgres",
    ],
)
def test_egress_denied_but_for_that_must_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)
