"""Round 14, helper times: WHEN a change is wanted, and which category a request is.

- a time said beside a change is a wait the plan records: "then" closing the request refers back
  to the time said before it (and is asked when that time was read as a fact); a count said in
  full ends where a time word follows ("take my-api to 3 then", one list: timewords.WHEN_NEXT);
- "…, not before" after a wait says the wait again: no exclusion (waits.restated_blanked);
- an event named by a placeholder ("after the thing") is asked, never waited on;
- the day of what we do next ("before we run the migration tonight") is the event's: a change
  that is never put off (a backup, a budget) is made now, before it; a direct change still waits
  on the day;
- backups on a schedule before an event that itself recurs ("every sunday at 04:00 ahead of the
  weekly app release") are the schedule; before a one-off event they are asked;
- a condition or event clause lends no category (an add-on's "also" reading skips it; "when the
  cloud provider upgrades our nodes" is the disruption a budget is for); a purpose clause ("so
  the HPA lab works") lends none either, and a means said after a goal ("highly available …
  with pod anti-affinity") is the change; what an alert watches ("a rule on their restarts") is
  no restart.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import understand, waits
from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("queue traffic drops after 23:00, take worker to 2 then", "worker in shop to 2", "23:00"),
        ("the promo ends at 21:00, bring frontend down to 1 then", "frontend in shop", "21:00"),
        ("take payments to 4 after the 9am launch", "payments in shop to 4", "9am launch"),
        ("restart frontend after the release, not before", "frontend", "after the release"),
        (
            "scale worker to 4 once the import finishes and not before",
            "worker in shop to 4",
            "once the import finishes",
        ),
        (
            "update my-api to 1.5.0 after the 9am demo, not earlier",
            "my-api:1.5.0",
            "after the 9am demo",
        ),
        (
            "restart worker once the freeze ends at 16:00, not before",
            "deployment/worker",
            "once the freeze ends at 16:00",
        ),
        # a direct change still waits on the day of the event it comes before
        (
            "scale worker to 3 before we kick off the big reindex tomorrow",
            "worker in shop to 3",
            "tomorrow",
        ),
        (
            "restart frontend once the thing with the CDN is done",
            "deployment/frontend",
            "once the thing with the CDN is done",
        ),
    ],
)
def test_a_time_beside_a_change_is_waited_on(
    shop: Operator, intent: str, summary: str, awaits: str
) -> None:
    p, _ = plans(shop, intent)
    assert any(summary in o.summary() for o in p.operations), [o.summary() for o in p.operations]
    assert awaits in (p.awaits or ""), p.awaits
    assert "not" not in (p.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        # "then" refers back to a time read as how things are: nothing taken to wait on
        "the batch runs at night, get worker to 6 then",
        "traffic dies down around midnight on weekends, bring frontend down to 1 then",
        # a negation with no wait before it, or naming a time of its own
        "restart frontend, not before",
        "restart frontend after the release, not before 17:00",
        # a placeholder event
        "scale my-api to 3 after the thing",
        "restart frontend once that stuff is done",
        # backups on a schedule before a one-off event: once now, or the schedule?
        "velero backup of shop every saturday at 3am before the big launch",
        "nightly velero backups before the migration",
        # a restart said beside an alert is a second order
        "add an alert on payments restarts and restart payments",
        # a switch said of a key that holds no switch
        "turn on LOG_LEVEL in my-api-config",
        "turn off the feature flag on frontend",
    ],
)
def test_near_misses_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("ok, restart frontend then", "rollout_restart"),
        ("fine, scale payments to 4 then", "scale"),
    ],
)
def test_then_with_no_time_said_is_in_that_case(shop: Operator, intent: str, kind: str) -> None:
    p, _ = plans(shop, intent)
    assert p.awaits is None
    assert [o.kind for o in p.operations] == [kind]


@pytest.mark.parametrize(
    ("intent", "manifest", "needle"),
    [
        ("back up postgres before the team runs the schema change tonight", "Backup", "postgres"),
        (
            "take a velero snapshot of shop before we run the search reindex on friday",
            "Backup",
            "shop",
        ),
        ("add a pdb for payments before we drain the nodes on saturday", "PodDisruptionBudget", ""),
        ("back up postgres nightly at 1am before the daily batch import", "Schedule", "0 1 * * *"),
        (
            "velero backup of shop every saturday at 3am before the weekly deploy",
            "Schedule",
            '"0 3 * * 6"',
        ),
    ],
)
def test_an_event_with_its_day_or_cadence_is_no_wait_for_an_addon(
    shop: Operator, intent: str, manifest: str, needle: str
) -> None:
    p, body = plans(shop, intent)
    assert p.awaits is None
    assert f'"kind": "{manifest}"' in body
    assert needle in body


@pytest.mark.parametrize(
    ("intent", "needle", "absent"),
    [
        ("keep worker available while GKE rotates the node pool", "PodDisruptionBudget", "scale"),
        (
            "payments must stay up when the platform team upgrades our nodes",
            "PodDisruptionBudget",
            "set_image",
        ),
        ("make checkout resilient with pod anti-affinity across nodes", "podAntiAffinity", "scale"),
        (
            "make frontend highly available using topology spread across zones",
            "topologySpreadConstraints",
            "set_image",
        ),
        (
            "give worker a memory request of 256Mi so the autoscaler can do its job",
            '"256Mi"',
            "HorizontalPodAutoscaler",
        ),
        (
            "page us if orders starts crash-looping, a PrometheusRule on its restarts will do",
            "PrometheusRule",
            "restart",
        ),
    ],
)
def test_words_of_a_condition_purpose_or_means_lend_no_category(
    shop: Operator, intent: str, needle: str, absent: str
) -> None:
    p, body = plans(shop, intent)
    assert needle in body
    assert all(o.kind != absent for o in p.operations), [o.summary() for o in p.operations]


def test_settle_keeps_a_tie_it_cannot_break() -> None:
    assert understand.settle("make payments highly available", "ha", ["placement"]) is None
    assert understand.settle("x with pod anti-affinity", "ha", ["placement"]) == "placement"


def test_restated_wait_is_blanked_only_after_a_wait() -> None:
    said = "roll it back after the call, not before"
    assert waits.restated_blanked(said).rstrip() == "roll it back after the call"
    assert waits.restated_blanked("roll it back, not before") == "roll it back, not before"


@pytest.mark.parametrize(
    ("intent", "pair", "awaits"),
    [
        (
            # Round 19: in my-api-config, which my-api alone loads.
            "turn on FEATURE_X for my-api after the 10:00 sync tuesday",
            '"FEATURE_X": "on"',
            "10:00 sync",
        ),
        # (FEATURE_X is 'off' already: switched on, in my-api-config.)
        ("switch on FEATURE_X on my-api", '"FEATURE_X": "on"', None),
        ("turn off FEATURE_X on the api container of my-api", '"FEATURE_X", "value": "off"', None),
    ],
)
def test_a_switch_said_before_its_key_sets_it(
    shop: Operator, intent: str, pair: str, awaits: str | None
) -> None:
    p, body = plans(shop, intent)
    assert pair in body
    assert (awaits or "") in (p.awaits or "")
    assert (p.awaits is None) == (awaits is None)
