"""Rows, diffs and value pairs (round 11, helper arows): a headed table's status column holds a
row back (asked) and its date column is awaited, like a pipe row's; its new / wanted / target
column is the value and its old / current / have column the from-value; a unified diff's "+"
line is the new value and its "-" line the from-value; a version labelled new / wanted is the
one (satisfied when it runs), one labelled old / have never gone to; a version ending a sentence
("… to 1.4.0.") is still a version; an order commented out with "#" does not act."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

_SCALE = "scale deployment/{} in shop to {} replicas"
_IMAGE = "set image of container {} in deployment/{} in shop to ghcr.io/acme/{}:{}"


@pytest.mark.parametrize(
    "said",
    [
        # a headed table (CSV or TSV) whose status column holds the row back
        "date,workload,change,status\n2026-12-04,frontend,scale to 5,rejected",
        "date,workload,change,status\n2026-12-09,worker,scale to 3,pending",
        "workload,change,status\norders,restart,draft",
        "workload,action,state\npayments,restart,cancelled",
        "date\tworkload\tchange\tstatus\n2026-12-04\tfrontend\tscale to 5\trejected",
        "service\tchange\tstatus\nmy-api\tscale to 2\ton hold",
        # an approval column that does not say yes
        "action,workload,approved\nrestart,payments,no",
        "workload,change,signoff\nworker,scale to 3,false",
        "workload,action,status\nfrontend,set image 2.2.0,rejected",
        # the from-value is no container's (orders: app requests 200m cpu, envoy 50m)
        "orders cpu request 300m → 100m",
        # the old column is checked against the live state (my-api runs 1.4.0)
        "workload,old,new\nmy-api,1.5.0,1.4.0",
        "workload,current,target\nworker,2,4",
        # a diff's "-" line is the from-value, whichever order the lines come
        "--- a/frontend.yaml\n+++ b/frontend.yaml\n-        image: ghcr.io/acme/frontend:2.2.0\n"
        "+        image: ghcr.io/acme/frontend:2.1.0",
        "+        image: ghcr.io/acme/frontend:2.1.0\n-        image: ghcr.io/acme/frontend:2.2.0",
        "-        image: ghcr.io/acme/my-api:1.5.0\n+        image: ghcr.io/acme/my-api:1.4.0",
        "--- a/worker.yaml\n+++ b/worker.yaml\n-  replicas: 4\n+  replicas: 2",
        "--- a/payments.yaml\n+++ b/payments.yaml\n-  replicas: 2",
        # a from-value ending the sentence is still a version (my-api runs 1.4.0)
        "my-api image from 1.5.0 to 1.4.0.",
        "my-api: 1.5.0 → 1.4.0.",
        # a version labelled old is never gone to
        "my-api: currently 1.4.0, old 1.3.9, roll back",
        # an order commented out as in a shell script or YAML
        "# scale frontend to 5",
        "## restart payments",
        "#delete worker",
        "scale frontend to 4\n# restart worker",
    ],
)
def test_a_row_diff_or_pair_that_does_not_hold_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "name", "count", "awaits"),
    [
        (
            "date,workload,change,status\n2026-12-04,frontend,scale to 5,approved",
            "frontend",
            5,
            "2026-12-04",
        ),
        (
            "date\tworkload\tchange\tstatus\n2026-12-07\tworker\tscale to 3\tapproved",
            "worker",
            3,
            "2026-12-07",
        ),
        ("workload,change,status\norders,scale to 4,approved", "orders", 4, None),
        ("workload,change\nfrontend,scale to 4", "frontend", 4, None),
        (
            "--- a/worker.yaml\n+++ b/worker.yaml\n@@ -3 +3 @@\n-  replicas: 1\n+  replicas: 3",
            "worker",
            3,
            None,
        ),
        ("05.12.2026 / worker / replicas 1 → 3 / approved", "worker", 3, "2026-12-05"),
        ("action,workload,approved\nscale to 3,orders,yes", "orders", 3, None),
        # near misses: a markdown title and a trailing shell comment still plan
        ("# Change request\nscale frontend to 5", "frontend", 5, None),
        ("scale payments to 3 # busy day", "payments", 3, None),
        # a "- item" list is no diff
        ("- scale worker to 2\n- scale orders to 3", "worker", 2, None),
    ],
)
def test_a_row_or_diff_that_holds_plans(
    shop: Operator, said: str, name: str, count: int, awaits: str | None
) -> None:
    p, _ = plans(shop, said)
    assert _SCALE.format(name, count) in [o.summary() for o in p.operations]
    if awaits:
        assert p.awaits
        assert awaits in p.awaits
    else:
        assert not p.awaits


@pytest.mark.parametrize(
    ("said", "container", "name", "version", "status"),
    [
        # the labelled new / wanted value is the one; when it runs, nothing changes
        ("my-api image: new 1.4.0, old 1.5.0", "api", "my-api", "1.4.0", "satisfied"),
        ("my-api: have 1.5.0, want 1.4.0", "api", "my-api", "1.4.0", "satisfied"),
        ("my-api image: old 1.4.0, new 1.5.0", "api", "my-api", "1.5.0", "proposed"),
        ("my-api: want 1.5.0, have 1.4.0", "api", "my-api", "1.5.0", "proposed"),
        ("frontend: current 2.1.0, target 2.2.0", "web", "frontend", "2.2.0", "proposed"),
        ("my-api image from 1.4.0 to 1.5.0.", "api", "my-api", "1.5.0", "proposed"),
        ("update my-api to 1.5.0.", "api", "my-api", "1.5.0", "proposed"),
        ("workload,old,new\nmy-api,1.4.0,1.5.0", "api", "my-api", "1.5.0", "proposed"),
        (
            "--- a/frontend.yaml\n+++ b/frontend.yaml\n"
            "-        image: ghcr.io/acme/frontend:2.1.0\n"
            "+        image: ghcr.io/acme/frontend:2.2.0",
            "web",
            "frontend",
            "2.2.0",
            "proposed",
        ),
    ],
)
def test_the_labelled_new_version_is_the_one(
    shop: Operator, said: str, container: str, name: str, version: str, status: str
) -> None:
    p = shop.analyze(said, namespace="shop")
    assert p.status == status, p.question
    assert [o.summary() for o in p.operations] == [_IMAGE.format(container, name, name, version)]


@pytest.mark.parametrize(
    ("said", "container", "value"),
    [
        ("orders cpu request 200m → 100m", "app", '"cpu": "100m"'),
        ("orders cpu request from 200m to 150m", "app", '"cpu": "150m"'),
        ("orders cpu request 50m -> 100m", "envoy", '"cpu": "100m"'),
    ],
)
def test_a_resource_from_value_picks_the_container(
    shop: Operator, said: str, container: str, value: str
) -> None:
    _, body = plans(shop, said)
    assert f'"name": "{container}"' in body
    assert value in body


@pytest.mark.parametrize(
    ("said", "awaits"),
    [
        ("2026-12-05 | payments | runAsNonRoot false → true | APPROVED", "2026-12-05"),
        ("2026-12-05 | payments | only checkout may reach payments | APPROVED", "2026-12-05"),
    ],
)
def test_a_row_date_is_awaited_by_a_one_off_setting(shop: Operator, said: str, awaits: str) -> None:
    p, _ = plans(shop, said)
    assert p.awaits
    assert awaits in p.awaits
