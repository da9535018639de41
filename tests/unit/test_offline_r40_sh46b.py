"""Round 40, helper sh46b: attack46's config, network, contradiction and non-order shapes.

- A word of a variable's value is never the rollout strategy ("set STRATEGY=recreate-and-delete
  on frontend" sets the variable alone); the strategy said in words still plans.
- "&" before a preposition joins nothing ("set LOG_LEVEL=debug & on my-api"): the sign stays
  and the guard asks; "restart frontend & payments" is still both.
- A ConfigMap change that also names a workload not reading that ConfigMap ("in my-api-config
  set FEATURE_X to on in frontend") is asked; a reader named ("… for my-api") plans.
- A decision at a meeting said as a heading ("we agreed in standup: …"), another's task as a
  heading ("alice will do it after lunch: …"), another's promise to alert ("argo will alert me
  if …") and another's words relayed as an order ("bob said to alert me if …") are asked; an
  alerting tool's own ("prometheus will alert me if …") and the speaker's order plan.
- "no keda" beside a request for KEDA is asked (which autoscaler); "no keda" alone plans an HPA.
- A DNS egress said beside the internet or external APIs allowed is asked (the policy would cut
  them); the internet cut ("no internet") plans.
- An exclusion from a set that names nothing here ("restart all backend deployments except
  billing") is asked; one naming a member plans the rest.
- Weekday words after a name are the days said ("back up postgres weekdays at 6pm"), and an
  add-on refused by its imperative verb ("don't back up postgres daily at 6pm, retain for 10
  days") is asked, never read as a state.
- Kept as the docs and the tests of earlier rounds say: a named key's value joining a
  destructive word is that value ("in orders-config set QUEUE to purge-on-read").
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _summaries(op: Operator, intent: str) -> tuple[list[str], str]:
    proposal, body = plans(op, intent)
    return [o.summary() for o in proposal.operations], body


# (1) A variable's value is never the strategy said.
@pytest.mark.parametrize(
    ("intent", "target", "value"),
    [
        ("set STRATEGY=recreate-and-delete on frontend", "frontend", "recreate-and-delete"),
        ("set STRATEGY=recreate on frontend", "frontend", '"recreate"'),
        ("set ROLLOUT_TYPE=recreate on payments", "payments", '"recreate"'),
        ("set the DEPLOY_STRATEGY env to recreate on worker", "worker", '"recreate"'),
        ("please set UPDATE_STRATEGY=recreate on checkout", "checkout", '"recreate"'),
    ],
)
def test_a_variables_value_is_never_the_strategy(
    op: Operator, intent: str, target: str, value: str
) -> None:
    said, body = _summaries(op, intent)
    assert said == [f"patch deployment/{target} in shop (strategic)"], said
    assert value in body
    assert "Recreate" not in body


@pytest.mark.parametrize(
    "intent",
    [
        "update checkout to 1.2.0 using recreate strategy",
        "switch frontend to the recreate strategy",
        "set strategy of frontend to recreate",
    ],
)
def test_the_strategy_said_in_words_still_plans(op: Operator, intent: str) -> None:
    _, body = _summaries(op, intent)
    assert '"Recreate"' in body


# (2) "&" before a preposition.
@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL=debug & on my-api",
        "set DEBUG=debug & on the envoy container of orders",
        "set FEATURE_X=on & for frontend",
        "set BATCH_SIZE=50 & in orders-config",
        "scale worker to 3 & to payments",
    ],
)
def test_an_ampersand_before_a_preposition_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("restart frontend & payments", 2),
        ("set LOG_LEVEL=debug & FEATURE_X=on on my-api", 1),
        ("give it 100m cpu + 128Mi memory on worker", 1),
    ],
)
def test_an_ampersand_between_words_still_joins(op: Operator, intent: str, count: int) -> None:
    said, _ = _summaries(op, intent)
    assert len(said) == count, said


# (3) A ConfigMap and a workload that does not read it.
@pytest.mark.parametrize(
    "intent",
    [
        "in my-api-config set FEATURE_X to on in frontend",
        "in orders-config set BATCH_SIZE to 50 in payments",
        "set FEATURE_X to on in my-api-config in frontend",
        "in payments-config set PROVIDER to adyen on worker",
        "in shared-config set REGION to eu for checkout",
    ],
)
def test_a_configmap_value_put_on_a_workload_not_reading_it_is_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "configmap"),
    [
        ("in payments-config set PROVIDER to adyen for payments", "payments-config"),
        ("set FEATURE_X to on in my-api-config for my-api", "my-api-config"),
        ("in my-api-config set FEATURE_X to on", "my-api-config"),
        ("set QUEUE=fast in orders-config", "orders-config"),
        ("in orders-config set QUEUE to purge-on-read", "orders-config"),
    ],
)
def test_a_configmap_value_for_its_reader_plans(op: Operator, intent: str, configmap: str) -> None:
    said, _ = _summaries(op, intent)
    assert said[0] == f"patch configmap/{configmap} in shop (merge)", said


# (4) Non-orders said as headings, promises and relays.
@pytest.mark.parametrize(
    "intent",
    [
        "we agreed in standup: in shared-config set REGION to eu-west-1",
        "we agreed in standup: only checkout may reach postgres",
        "we agreed in standup: scale worker to 3",
        "in the retro we decided - my-api needs a 2Gi memory limit",
        "the team agreed at the sync: restart payments",
        "we agreed in standup to double the memory limit of my-api",
        "alice will do it after lunch: only my-api may reach postgres",
        "alice will do it after lunch: in shared-config set REGION to eu",
        "bob will handle it: scale worker to 3",
        "dana is going to take care of this tomorrow: restart orders",
        "argo will alert me if frontend error rate is above 2% for 5 minutes",
        "bob'll page us if checkout error rate is above 5% for 10 minutes",
        "bob said to alert me if checkout error rate is above 10% for 15 min",
        "alice told us to add a pdb to payments with minAvailable 1",
        "kemi says to alert the team if my-api error rate is above 1% for 5 minutes",
    ],
)
def test_another_s_plan_or_a_decision_reported_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "alert me if checkout error rate is above 10% for 15 min",
        "prometheus will alert me if frontend error rate is above 2% for 5 minutes",
        "in shared-config set REGION to eu-west-1",
        "only checkout may reach postgres",
        # a task given to the speaker is theirs (blind34)
        "Aisha asked me to make sure we have a copy before the collection import. Could you "
        "please take a Velero backup of the namespace shop and keep it for 30 days?",
    ],
)
def test_the_speaker_s_own_order_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


# (5) "no keda" and KEDA asked for.
@pytest.mark.parametrize(
    "intent",
    [
        "no keda: autoscale checkout with keda 2 to 6",
        "no keda: autoscale worker with keda 2 to 6",
        "autoscale worker from 2 to 6 with keda, no keda",
        "without keda, autoscale payments via a keda scaledobject 1 to 5",
    ],
)
def test_keda_refused_and_asked_for_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("no keda: autoscale checkout 2 to 6", "horizontalpodautoscaler"),
        ("autoscale orders with keda 2 to 6", "scaledobject"),
    ],
)
def test_one_autoscaler_said_plans(op: Operator, intent: str, kind: str) -> None:
    said, _ = _summaries(op, intent)
    assert any(kind in s for s in said), said


# (6) DNS egress and the outside world.
@pytest.mark.parametrize(
    "intent",
    [
        "payments may only talk to DNS and the internet",
        "my-api may only talk to DNS and the internet",
        "limit worker egress to DNS and the public internet",
        "worker may only reach dns and external APIs",
        "checkout egress: DNS plus the internet",
    ],
)
def test_dns_egress_beside_the_internet_allowed_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "limit worker egress to DNS only",
        "limit worker egress to DNS only, no internet",
        "only dns for worker egress, block the internet",
        "my-api may only talk out to postgres on 5432 and to DNS",
    ],
)
def test_dns_egress_with_the_internet_cut_plans(op: Operator, intent: str) -> None:
    said, _ = _summaries(op, intent)
    assert any("networkpolicy" in s for s in said), said


# (7) An exclusion naming nothing here.
@pytest.mark.parametrize(
    "intent",
    [
        "restart all backend deployments except billing",
        "restart all tier=backend deployments except billing",
        "scale all backend deployments to 2 except notifications",
        "restart all backend deployments but not billing",
    ],
)
def test_an_exclusion_naming_nothing_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_an_exclusion_naming_a_member_plans_the_rest(op: Operator) -> None:
    said, _ = _summaries(op, "restart all backend deployments except orders")
    assert said
    assert not any("deployment/orders " in s for s in said), said


# (8) Weekday words; an add-on refused by its verb.
@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("back up postgres weekdays at 6pm", "0 18 * * 1-5"),
        ("back up postgres weekdays at 6pm, retain for 10 days", "0 18 * * 1-5"),
        ("back up postgres workdays at 2am", "0 2 * * 1-5"),
    ],
)
def test_weekday_words_are_the_days_said(op: Operator, intent: str, cron: str) -> None:
    _, body = _summaries(op, intent)
    assert cron in body


@pytest.mark.parametrize(
    "intent",
    [
        "don't back up postgres daily at 6pm, retain for 10 days",
        "don't back up postgres weekdays at 6pm, retain for 10 days",
        "never snapshot postgres nightly, keep 7 days",
        "don't scrape my-api every 30s, path /metrics",
    ],
)
def test_an_add_on_refused_by_its_verb_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
