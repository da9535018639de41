"""One container of a multi-container pod, or every one of them (orders runs app + envoy).

"the envoy sidecar of orders is to be updated to v1.31.2" (the verb in another form), "…in the
orders pods to v1.31.2" (a dotted version is no count of pods), "new build 1.0.1 of the app
container … (sidecar stays same)" (only the container said next to the keep is kept), and
"set X=1 on every container in orders (app and envoy)" (each container, as pod security reads
"both app and envoy"). A container left out never changes; an unknown one is asked.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import understand
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


def _image_of(op: Operator, intent: str) -> tuple[str, str]:
    proposal, _ = plans(op, intent)
    assert len(proposal.operations) == 1
    summary = proposal.operations[0].summary()
    assert "deployment/orders" in summary, summary
    container = summary.split("set image of container ", 1)[1].split(" ", 1)[0]
    return container, summary.rsplit(" to ", 1)[1]


@pytest.mark.parametrize(
    "intent",
    [
        "The envoy sidecar of orders is to be updated to v1.31.2; the app container stays as is.",
        "the orders envoy proxy needs to be updated to v1.31.2, app container unchanged",
        "could you upgrade the envoy sidecar across the orders pods to v1.31.2",
        "envoy in orders should be updated to v1.31.2 and the app container left alone",
        "kindly upgrade envoy in the orders pods to v1.31.2",
        "I need the envoy in orders on v1.31.2, but do not touch the app container",
        "take the envoy sidecar of orders up to v1.31.2, nothing else changes",
        "orders wants its envoy on v1.31.2 (app container as is)",
    ],
)
def test_the_sidecar_said_with_a_bare_tag_gets_its_own_repository(
    shop: Operator, intent: str
) -> None:
    assert _image_of(shop, intent) == ("envoy", "envoyproxy/envoy:v1.31.2")


@pytest.mark.parametrize(
    "intent",
    [
        "roll out build 1.0.1 of the app container in orders (sidecar stays same)",
        "update the app container of orders to 1.0.1 while the sidecar stays the same",
        "build 1.0.1 of the orders app container is out, please roll it out; the sidecar stays",
        "release 1.0.1 of the app container in orders should go out (envoy untouched)",
        "ship new build 1.0.1 of the app container of orders, keep the sidecar as it is",
    ],
)
def test_a_new_build_of_the_app_container_leaves_the_sidecar(shop: Operator, intent: str) -> None:
    # Once "(sidecar stays same)" kept the app container said in the same clause and changed
    # envoy to envoyproxy/envoy:1.0.1.
    assert _image_of(shop, intent) == ("app", "ghcr.io/acme/orders:1.0.1")


@pytest.mark.parametrize(
    ("intent", "name", "value"),
    [
        ("set GOMAXPROCS=3 on every container in orders (app and envoy)", "GOMAXPROCS", "3"),
        ("put TZ=UTC on all containers of the orders pod (app and envoy)", "TZ", "UTC"),
        ("add GOMAXPROCS=4 to each container of orders, app and envoy", "GOMAXPROCS", "4"),
        ("set LOG_LEVEL=info for both containers in orders (app + envoy)", "LOG_LEVEL", "info"),
        ("set FOO=1 on every container in orders (app and sidecar)", "FOO", "1"),
        ("set LOG_LEVEL=warn on each of the pod's containers in orders", "LOG_LEVEL", "warn"),
        ("set TZ=UTC on every one of orders' containers", "TZ", "UTC"),
    ],
)
def test_an_env_var_on_every_container_goes_on_each(
    shop: Operator, intent: str, name: str, value: str
) -> None:
    proposal, _ = plans(shop, intent)
    (op,) = proposal.operations
    patch = json.loads(op.model_dump_json())["patch"]
    listed = patch["spec"]["template"]["spec"]["containers"]
    assert sorted(c["name"] for c in listed) == ["app", "envoy"]
    for c in listed:
        assert {"name": name, "value": value} in c["env"]


@pytest.mark.parametrize(
    "intent",
    [
        # An unknown container listed is asked, never read as "every container".
        "set FOO=1 on every container in orders (app and nginx)",
        "set FOO=1 on all containers of orders, app and redis",
        # The sidecar said beside its workload without "every container" stays a question.
        "set FOO=1 on orders and envoy",
        # One image for every container is no reading: which one.
        "update every container in orders (app and envoy) to 1.2.3",
        # Only the sidecar said to stay and no container to change: still which one (as before).
        "update orders to 1.0.1 and not the sidecar",
    ],
)
def test_unknown_or_unclear_containers_are_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_pods_with_a_count_still_scale(shop: Operator) -> None:
    proposal, _ = plans(shop, "orders should run 4 pods")
    assert "scale deployment/orders" in proposal.operations[0].summary()


@pytest.mark.parametrize(
    ("intent", "category"),
    [
        ("the memory limit of orders should be updated to 1.5Gi", "resources"),
        ("the envoy sidecar of orders is to be updated to v1.31.2", "update"),
        ("upgrade the envoy sidecar in the orders pods to v1.31.2", "update"),
        ("orders should run 4 pods", "scale"),
    ],
)
def test_verb_forms_cue_an_update_only_before_a_version(intent: str, category: str) -> None:
    reading = understand.read(intent)
    assert reading.best == category
    assert reading.close() == []
