"""Round 38, the lead: what the merge of the round's branches broke, and attack44's kit on it.

- A dialect's negation of a name said with another kind than the one planned is about another
  object: "Delete di pdb orders, nuh touch di orders Deployment" deletes the PDB (gap41a beside
  m44a's negation reader).
- Another's plan by a role or two names is read with a determiner or two words; "argo will bump
  …" stays a report, quoted as typed (not as the typo it was corrected to).
- Texan "an'" is "and" where the g's are dropped: "scale my-api to 7 an' don't go touchin'
  nothin' else" plans the scale (the merge had asked it as an unclosed quote).
- A backup at a clock time with "from now on", a retention or a cadence beside it is a
  schedule (sh43 asks "back up shop at 2am" alone); a vague "too often" beside a cadence said
  is no cadence of its own.
- Patois "di morrow" and "tumaro" are tomorrow: waited on (attack44 planned them now).
- A ConfigMap said before "as env vars" is still loaded whole (envFrom); only "KEY=VALUE as env"
  is one variable.
- "ain't" before the act said as a doing or a plan ("I ain't restartin' my-api", "we ain't
  scaling worker to 3") is a refusal or a state: asked. Said of another thing ("it ain't keeping
  up") it leaves the order be.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Delete di pdb orders, nuh touch di orders Deployment",
            "delete poddisruptionbudget/orders in shop",
        ),
        (
            "scale my-api to 7 an' don't go touchin' nothin' else",
            "scale deployment/my-api in shop to 7 replicas",
        ),
        (
            "scale checkout to 4 an' don't go deletin' nothin'",
            "scale deployment/checkout in shop to 4 replicas",
        ),
        ("scale orders to 4, it ain't keeping up", "scale deployment/orders in shop to 4 replicas"),
        (
            "restart frontend, the pods ain't respondin'",
            "restart the pods of deployment/frontend in shop",
        ),
    ],
)
def test_what_the_merge_asked_plans(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "I ain't restartin' my-api",
        "I ain't restarting payments",
        "we ain't scaling worker to 3",
        "we ain't gonna scale orders to 6",
        "I'm not restartin' checkout",
        "frontend isn't restarting",
        "nuh delete di Deployment orders",
        "argo will bump frontend to 2.2.0",
        "the oncall gonna restart worker",
        "our dba going to scale orders to 5",
        "Wei Ling'll scale orders to 5",
        "platform team will restart worker",
    ],
)
def test_a_refusal_or_anothers_plan_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


def test_a_report_is_quoted_as_typed(op: Operator) -> None:
    question = asks(op, "argo will bump frontend to 2.2.0").question or ""
    assert "'argo will bump'" in question
    assert "set the image of frontend" in question


@pytest.mark.parametrize(
    "intent",
    [
        "Please load all of shared-config into worker as environment variables.",
        "worker should load all of shared-config as env vars",
        "worker should get all the keys of shared-config as environment variables",
    ],
)
def test_a_configmap_loaded_as_env_vars_is_still_env_from(op: Operator, intent: str) -> None:
    # (gap41b's "KEY=VALUE as env on <workload>" is one variable; a ConfigMap said before "as
    # env vars" is still loaded whole.)
    (summary,) = summaries(op, intent)
    assert "deployment/worker" in summary
    proposal = op.analyze(intent, namespace="shop")
    assert "envFrom" in str(proposal.operations[0].patch)


@pytest.mark.parametrize(
    ("intent", "when"),
    [
        ("scale payments to 9 di morrow", "di morrow"),
        ("restart worker tumaro", "tumaro"),
        ("scale orders to 5 di morrow mawnin", "di morrow"),
    ],
)
def test_patois_tomorrow_is_waited_on(op: Operator, intent: str, when: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.operations
    assert when in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        "from now on back up the namespace with velero at 3am, kept two weeks",
        "back up shop at 2am, keep 7 days",
        "back up postgres every day at 01:00, hourly is too often",
    ],
)
def test_a_backup_time_with_a_series_said_is_a_schedule(op: Operator, intent: str) -> None:
    # (sh43 asks "back up shop at 2am": once, or every day? "from now on", a retention or a
    # cadence said beside the time say a series.)
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert any(o.target.kind == "Schedule" for o in proposal.operations)
