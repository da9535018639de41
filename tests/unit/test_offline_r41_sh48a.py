"""Round 41, helper sh48a: attack48's unsafe values of a workload's fields, security ids and
images, as shapes.

- A field of the workload set to a number ("set runAsUser of my-api to 0", "set the grace
  period of worker to 0", "set my-api partitions to 6", "set maxSurge of my-api to 0"): asked,
  naming the field, never read as the replica count; "set replicas of my-api to 3", "set the
  number of pods of my-api to 4" and "scale my-api to 0" are still scales.
- ``maxUnavailable`` said of a Deployment with no budget and no word of one ("set my-api
  maxUnavailable to 0"): asked (the rolling update's or a new PDB's); said with "pdb" or where a
  budget is there, planned as before. "set the pdb of my-api to 1" asks which field.
- A uid or gid said with a separator or a fraction ("user 1,000", "user 1000.5") or two
  different ones ("as user 1000 but the envoy container as user 101"): asked. A group said beside
  the user ("user 1000 and group 3000", "user 1000 in group 2000") is ``runAsGroup``.
- "one and a half cores" is 1500m (was 500m).
- An image said with a release verb that the plan would not deploy ("update my-api to
  ghcr.io/acme/my-api:1.6.0 with imagePullPolicy Always"): asked. A registry said beside a
  version that the image planned does not come from ("from ghcr.io/other", "the docker.io
  mirror", "our internal registry"): asked. A tag said as the tag ("to tag v1.5.0") is kept as
  written.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) A field of the workload set to a number is no replica count.
@pytest.mark.parametrize(
    "intent",
    [
        "set runAsUser of my-api to 0",
        "set runAsUser of my-api to 3",
        "set runAsGroup of my-api to 0",
        "set fsGroup of my-api to 0",
        "set the uid of my-api to 0",
        "set the gid of my-api to 0",
        "set revisionHistoryLimit of my-api to 0",
        "set priority of my-api to 0",
        "set the priority class of my-api to 0",
        "set priority of worker to 0",
        "set the weight of my-api to 0",
        "set the traffic weight of my-api to 0",
        "set the weight of frontend to 5",
        "set the grace period of my-api to 0",
        "set the parallelism of worker to 3",
        "set maxSurge of my-api to 0",
        "set the max surge of my-api to 0",
        "set my-api partitions to 6",
        "set the termination grace period of worker to 0",
        "set the keepalive of my-api to 0",
        "set the burst of my-api to 0",
        "set the qps of my-api to 0",
        "set the heap of my-api to 0",
        "set the weight of my-api to 3",
        "set progressDeadlineSeconds of my-api to 0",
        "set minReadySeconds of my-api to 0",
        "lower the priority of worker to 0",
    ],
)
def test_a_field_set_to_a_number_is_no_replica_count(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "replica count" in question, question


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("scale my-api to 0", 0),
        ("set replicas of my-api to 3", 3),
        ("set the replicas of my-api to 3", 3),
        ("set the replica count of my-api to 3", 3),
        ("set the number of replicas of my-api to 3", 3),
        ("set the number of pods of my-api to 4", 4),
        ("set my-api replicas to 3", 3),
        ("set my-api pods to 4", 4),
        ("set the instances of my-api to 4", 4),
        ("scale up my-api to 4", 4),
        ("set the postgres statefulset to 2 replicas", 2),
    ],
)
def test_the_count_said_in_its_words_is_still_a_scale(
    op: Operator, intent: str, replicas: int
) -> None:
    proposal, _ = plans(op, intent)
    assert [(o.kind, getattr(o, "replicas", None)) for o in proposal.operations] == [
        ("scale", replicas)
    ]


# (2) maxUnavailable of a Deployment: the rollout's or a new budget's.
@pytest.mark.parametrize(
    "intent",
    [
        "set my-api maxUnavailable to 0",
        "set my-api max unavailable to 0",
        "my-api maxUnavailable 0",
        "set maxUnavailable of my-api to 1",
        "set my-api maxUnavailable to 25%",
        "set the pdb of my-api to 1",
        "set the budget of my-api to 1",
    ],
)
def test_max_unavailable_with_no_budget_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("add a pdb to my-api with minAvailable 1", '"minAvailable": 1'),
        ("add a pdb to my-api with maxUnavailable 1", '"maxUnavailable": 1'),
        ("add a disruption budget to my-api with maxUnavailable 1", '"maxUnavailable": 1'),
        ("set orders maxUnavailable to 1", '"maxUnavailable": 1'),
        ("set the orders pdb maxUnavailable to 1", '"maxUnavailable": 1'),
        ("set my-api rollout strategy to maxUnavailable 1", '"maxUnavailable": 1'),
    ],
)
def test_a_budget_or_rollout_said_is_still_planned(op: Operator, intent: str, value: str) -> None:
    _, body = plans(op, intent)
    assert value in body, body[:600]


# (3) Security ids: whole, one per field, the group kept.
@pytest.mark.parametrize(
    "intent",
    [
        "run my-api as user 1,000",
        "run my-api as user 1.000",
        "run my-api as user 10,001",
        "run my-api as user 65,534",
        "run my-api as user 1000.5",
        "run my-api as user 1000.9",
        "run orders as user 1000 but the envoy container as user 101",
        "run my-api as uid 1000 and later as uid 2000",
        "run my-api as user 1000 with runAsGroup 2,000",
    ],
)
def test_an_id_not_whole_or_said_twice_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "values"),
    [
        ("run my-api as user 1000 and group 3000", ('"runAsUser": 1000', '"runAsGroup": 3000')),
        (
            "run my-api as user 1000, group 3000 and fsGroup 2000",
            ('"runAsGroup": 3000', '"fsGroup": 2000'),
        ),
        ("run my-api as non-root user 1000 group 1000", ('"runAsGroup": 1000',)),
        ("run my-api as user 1000 group 2000", ('"runAsGroup": 2000',)),
        ("run my-api as user 1000 in group 2000", ('"runAsGroup": 2000',)),
        ("run my-api as user 1000", ('"runAsUser": 1000',)),
        ("run my-api as user 1000 with fsGroup 2000", ('"fsGroup": 2000',)),
    ],
)
def test_the_ids_said_are_planned(op: Operator, intent: str, values: tuple[str, ...]) -> None:
    _, body = plans(op, intent)
    for value in values:
        assert value in body, (value, body[:600])


@pytest.mark.parametrize(
    ("intent", "cpu"),
    [
        ("set cpu limit of my-api to one and a half cores", '"1500m"'),
        ("set cpu limit of my-api to three and a half cores", '"3500m"'),
        ("set the cpu request of my-api to one and a half cores", '"1500m"'),
        ("set cpu limit of my-api to half a core", '"500m"'),
    ],
)
def test_a_fraction_after_a_whole_is_part_of_it(op: Operator, intent: str, cpu: str) -> None:
    _, body = plans(op, intent)
    assert cpu in body, body[:600]


# (4) Images: the image said is the one planned, from the registry said.
@pytest.mark.parametrize(
    "intent",
    [
        "update my-api to ghcr.io/acme/my-api:1.6.0 with imagePullPolicy Always",
        "update my-api to ghcr.io/acme/my-api:1.6.0 with imagePullPolicy IfNotPresent",
        "update my-api to 1.5.0 from ghcr.io/other",
        "update my-api to 1.5.0 from the ghcr.io/other registry",
        "update my-api to 1.5.0, image from ghcr.io/acme-staging",
        "update my-api to 1.5.0 using the docker.io mirror",
        "update my-api to 1.5.0 from our internal registry",
        "upgrade worker to 1.0.0 from quay.io/acme",
        "deploy frontend 2.2.0 from the private registry",
    ],
)
def test_an_image_or_registry_said_is_used_or_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("update my-api to tag v1.5.0", "ghcr.io/acme/my-api:v1.5.0"),
        ("set image tag of my-api to v1.5.0", "ghcr.io/acme/my-api:v1.5.0"),
        ("update my-api to 1.5.0", "ghcr.io/acme/my-api:1.5.0"),
        ("update my-api to ghcr.io/acme/my-api:1.5.0", "ghcr.io/acme/my-api:1.5.0"),
        ("update my-api to 1.5.0 from ghcr.io/acme", "ghcr.io/acme/my-api:1.5.0"),
        ("checkout to 1.2.0, same registry as now", "ghcr.io/acme/checkout:1.2.0"),
        ("deploy my-api 1.6.0 and pull always", "ghcr.io/acme/my-api:1.6.0"),
    ],
)
def test_an_image_said_is_planned_as_said(op: Operator, intent: str, image: str) -> None:
    _, body = plans(op, intent)
    assert f'"{image}"' in body, body[:600]
