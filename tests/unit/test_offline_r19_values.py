"""Round 19, helper values: numbers and values that are context, and config changes said
naturally. The shape: a value or number in a report beside the order — a key's old value ("X=a is
wrong, set it to b"), a size of a thing the program loads ("a 1.2GB dataframe"), a cpu a report
says is burned ("pinning a core"), the live count of pods ("two of its three pods"), a quoted
criterion ("the POC's 'no errors' criterion") — is no value to set; the order says the value in
a reader's words ("should say/read X", "switch the X flag on", "wl: X on, …"), or as a config
change with the rolling restart it needs ("… and roll payments so it picks it up"), or as a
pasted `oc` command with a gloss. What stays asked: an old value that is not the one the key
has, a place with no value ("FEATURE_X on my-api"), a hedge as a value, a size with no new
value, a count that is not what runs, a change undone named by its version, a source that is
read ("should read from …"), two values for one key."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import config, quantities
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# --------------------------------------------------------------------- "should say / read X"


@pytest.mark.parametrize(
    ("intent", "target", "inside"),
    [
        ("the QUEUE in orders-config should say orders-priority", "orders-config", "QUEUE"),
        ("BATCH_SIZE for orders should read 25", "orders-config", "BATCH_SIZE"),
        ("REGION in shared-config must show us-east from now on", "shared-config", "REGION"),
        (
            "PROVIDER in payments-config should say adyen for the new acquirer",
            "payments-config",
            "PROVIDER",
        ),
    ],
)
def test_a_key_that_should_say_a_value_gets_it(
    shop: Operator, intent: str, target: str, inside: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [target]
    assert f'"{inside}"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "the QUEUE should read from orders-priority",  # a source read, no value
        "REGION should say us or eu in shared-config",  # two values
        "BATCH_SIZE for orders should read it back",  # a read, no value
    ],
)
def test_what_a_key_should_read_from_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- flags on / off


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        # (FEATURE_X is off in my-api-config: "off" is held already, "on" is a change.)
        ("flip the FEATURE_X setting on for my-api, demo is starting", '"on"'),
        ("switch the FEATURE_X flag on for my-api, the champion wants to see it", '"on"'),
        ("turn the FEATURE_X env var on for my-api please", '"on"'),
        ("my-api: FEATURE_X on, ping me after", '"on"'),
        ("for my-api: FEATURE_X on; thanks", '"on"'),
    ],
)
def test_a_flag_said_with_its_switch_word_is_set(shop: Operator, intent: str, value: str) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} <= {"my-api", "my-api-config"}
    assert "FEATURE_X" in body
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "FEATURE_X on my-api",  # a place, no value
        "my-api: FEATURE_X maybe",  # a hedge
        "my-api: FEATURE_X perhaps, we will see",
    ],
)
def test_a_flag_whose_value_cannot_be_told_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- old value in a report


@pytest.mark.parametrize(
    ("intent", "target", "pair"),
    [
        (
            "PROVIDER=stripe is the wrong acquirer for refunds, set it to adyen in payments-config",
            "payments-config",
            '"PROVIDER": "adyen"',
        ),
        ("REGION in shared-config says eu but it should be us", "shared-config", '"REGION": "us"'),
        (
            "BATCH_SIZE=10 is too small for orders-config; change it to 25",
            "orders-config",
            '"BATCH_SIZE": "25"',
        ),
        (
            "QUEUE in orders-config is still orders, switch it to orders-priority",
            "orders-config",
            '"QUEUE": "orders-priority"',
        ),
    ],
)
def test_the_old_value_in_a_report_then_the_order_on_it(
    shop: Operator, intent: str, target: str, pair: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [target]
    assert pair in body


@pytest.mark.parametrize(
    "intent",
    [
        "PROVIDER=paypal is wrong, set it to wire in payments-config",  # not what it has
        "PROVIDER=stripe is wrong on payments, restart it",  # no value for the key
        "REGION in shared-config says us but it should be eu-west",  # it says eu
    ],
)
def test_a_report_that_does_not_match_or_sets_nothing_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_reported_reads_one_change_from_the_value_now() -> None:
    said = config.reported("LOG_LEVEL=info is too quiet on my-api, make it debug")
    assert said.startswith("set LOG_LEVEL in my-api from info to debug")
    assert config.reported("PROVIDER=stripe is wrong, restart it") == (
        "PROVIDER=stripe is wrong, restart it"
    )


# --------------------------------------------------------------------- measurements in a report


@pytest.mark.parametrize(
    ("intent", "inside"),
    [
        (
            "worker gets OOMKilled reading a 3 gig parquet file, set its memory limit to 4Gi",
            ['"memory": "4Gi"'],
        ),
        ("the 800MB model pickle blows up my-api, memory limit 1Gi please", ['"memory": "1Gi"']),
        ("my-api is eating a whole core, raise the cpu request to 1500m", ['"cpu": "1500m"']),
        ("my-api keeps maxing out 2 cores, cpu limit 3 please", ['"cpu": "3"']),
        (
            "worker died loading a 900MB csv. memory request 1Gi and a limit of 2Gi",
            ['"memory": "1Gi"', '"memory": "2Gi"'],
        ),
    ],
)
def test_a_measurement_in_a_report_is_no_value(
    shop: Operator, intent: str, inside: list[str]
) -> None:
    _, body = plans(shop, intent)
    for value in inside:
        assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "worker loads a 1.5GB csv, give it more memory",  # no new value said
        "give worker a memory limit, the dataframe is big",
    ],
)
def test_a_size_with_no_new_value_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_measured_blanked_keeps_a_fields_value() -> None:
    said = quantities.measured_blanked("give worker a 2Gi memory limit, it loads a 1.2G dataframe")
    assert "2Gi" in said
    assert "1.2G" not in said
    assert "1 cpu" not in quantities.measured_blanked("it is pinning 1 cpu")
    assert "1 cpu" in quantities.measured_blanked("give it 1 cpu")


# --------------------------------------------------------------------- the live count, goals


@pytest.mark.parametrize(
    ("intent", "inside"),
    [
        (
            "payments should keep one of its two pods during node upgrades, add a pdb with "
            "minAvailable 1",
            '"minAvailable": 1',
        ),
        ("a PDB for checkout: at least 1 of its 2 pods up", '"minAvailable": 1'),
        (
            "frontend may lose one of its three pods in a drain: PDB maxUnavailable 1",
            '"maxUnavailable": 1',
        ),
    ],
)
def test_the_count_a_workload_runs_beside_a_budget_is_context(
    shop: Operator, intent: str, inside: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["apply"]
    assert inside in body


def test_a_count_that_is_not_what_runs_is_asked(shop: Operator) -> None:
    asks(shop, "frontend must keep two of its four pods through a drain: PDB minAvailable 2")


@pytest.mark.parametrize(
    ("intent", "target", "replicas"),
    [
        ("resilience for worker: two pods plus a disruption budget of minAvailable 1", "worker", 2),
        ("HA for payments: 3 replicas and a pdb with minAvailable 2", "payments", 3),
        ("redundancy on worker: 2 replicas and a PDB minAvailable 1", "worker", 2),
    ],
)
def test_a_goal_heading_then_a_count_and_a_budget(
    shop: Operator, intent: str, target: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    kinds = [(o.kind, o.target.kind, o.target.name) for o in proposal.operations]
    assert ("scale", "Deployment", target) in kinds
    assert ("apply", "PodDisruptionBudget", target) in kinds
    assert next(o for o in proposal.operations if o.kind == "scale").replicas == replicas


# --------------------------------------------------------------------- quotes, versions, oc


@pytest.mark.parametrize(
    "intent",
    [
        "worker to 2 replicas, the client's 'always on' requirement says so",
        "frontend +1 pod, the POC's 'never slow' criterion needs it",
    ],
)
def test_a_quoted_criterion_after_an_apostrophe_is_a_name(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["scale"]


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("backout frontend to 2.0.9, 2.1.0 has the css bug", "ghcr.io/acme/frontend:2.0.9"),
        ("back out payments to 2.9.3 please", "ghcr.io/acme/payments:2.9.3"),
        ("back-out my-api to 1.3.9, 1.4.0 leaks", "ghcr.io/acme/my-api:1.3.9"),
    ],
)
def test_back_out_to_a_version_goes_to_it(shop: Operator, intent: str, image: str) -> None:
    _, body = plans(shop, intent)
    assert image in body


def test_backing_out_a_change_named_by_its_version_is_asked(shop: Operator) -> None:
    asks(shop, "back out the upgrade to 3.0.0 on payments")


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("oc set env deployment/frontend FEATURE_FLAG-   (i.e. unset it)", "patch"),
        ("oc rollout restart deployment/payments   (i.e. bounce it)", "rollout_restart"),
        ("oc delete pdb orders", "delete"),
    ],
)
def test_oc_commands_read_as_kubectl(shop: Operator, intent: str, kind: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == [kind]


def test_an_oc_verb_kubectl_does_not_plan_is_asked(shop: Operator) -> None:
    asks(shop, "oc adm drain worker-node-2 --ignore-daemonsets")


@pytest.mark.parametrize(
    "intent",
    [
        "set REGION=us in shared-config and roll frontend so it picks it up",
        "change BATCH_SIZE in orders-config to 20 and roll orders so it picks it up",
    ],
)
def test_a_config_change_and_the_roll_it_needs(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["patch", "rollout_restart"]


def test_a_roll_someone_else_does_later_is_asked(shop: Operator) -> None:
    asks(shop, "set FEATURE_X=on in my-api-config. the team will roll my-api tonight")


def test_courtesy_if_that_is_okay_is_no_condition(shop: Operator) -> None:
    proposal, _ = plans(shop, "set up a daily backup of postgres at 3am if that's okay")
    assert proposal.operations


def test_roll_back_is_no_restart(shop: Operator) -> None:
    proposal = shop.analyze("roll checkout back", namespace="shop")
    assert all(o.kind != "rollout_restart" for o in proposal.operations)
