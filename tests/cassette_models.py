"""A scripted SRE for the scripted Messages API: how the shipped cassettes in tests/cassettes were
recorded (no key needed). It plays a careful model for a few scenarios of the evaluation suite:
look first, dry-run, submit with a rollback plan — or ask when the target does not exist.

These cassettes are scripted runs, not a real model's: they pin the loop's behaviour (tool
dispatch, results, submission, recording) so a regression is caught without a key. A user with a
key records real runs with ``dotop-nb eval --planner anthropic --cassettes DIR``.
"""

from __future__ import annotations

import re
from typing import Any

from tests.fake_anthropic import message, text, tool_use

Json = dict[str, Any]

SCENARIOS = ("scale my-api to 5 replicas", "restart my-api", "scale cache to 2")


def _intent_and_namespace(body: Json) -> tuple[str, str]:
    opening = body["messages"][0]["content"][0]["text"]
    intent = opening.split("# Intent\n\n", 1)[1].split("\n", 1)[0].strip()
    found = re.search(r"Namespace `([^`]+)`", opening)
    assert found is not None
    return intent, found.group(1)


def _target(ns: str, name: str) -> Json:
    return {"kind": "Deployment", "name": name, "namespace": ns}


def sre(body: Json, n: int) -> Json | None:
    """The next answer of the scripted SRE, from the conversation so far."""
    intent, ns = _intent_and_namespace(body)
    turn = (len(body["messages"]) - 1) // 2  # model turns so far in this plan
    if intent == "scale my-api to 5 replicas":
        scale = {
            "kind": "scale",
            "target": _target(ns, "my-api"),
            "replicas": 5,
            "reason": "the user asked for 5 replicas",
        }
        return [
            message(
                text("Checking my-api first."),
                tool_use("describe", {"kind": "Deployment", "name": "my-api"}),
            ),
            message(tool_use("dry_run", {"operation": scale})),
            message(
                tool_use(
                    "submit_proposal",
                    {
                        "analysis": "my-api runs 2 replicas; scale it to **5** through the scale "
                        "subresource (within the 2..100 scaling constraints).",
                        "category": "scale",
                        "operations": [scale],
                        "risks": ["more pods need room on the nodes"],
                        "validation_plan": ["deployment/my-api has 5 ready replicas"],
                        "rollback_plan": [
                            "scale deployment/my-api back to 2 if latency or errors rise"
                        ],
                        "patterns": ["gradual-scaling"],
                    },
                )
            ),
        ][turn]
    if intent == "restart my-api":
        restart = {
            "kind": "rollout_restart",
            "target": _target(ns, "my-api"),
            "reason": "the user asked for a restart",
        }
        return [
            message(tool_use("describe", {"kind": "Deployment", "name": "my-api"})),
            message(
                tool_use(
                    "submit_proposal",
                    {
                        "analysis": "Restart my-api with a rolling restart: pods are replaced "
                        "one by one, as the rollout strategy allows.",
                        "category": "restart",
                        "operations": [restart],
                        "validation_plan": ["the rollout of deployment/my-api completes"],
                        "rollback_plan": [
                            "a restart changes no spec; if new pods fail, "
                            "rollout_undo deployment/my-api to the previous revision"
                        ],
                        "patterns": ["rolling-restart"],
                    },
                )
            ),
        ][turn]
    if intent == "scale cache to 2":
        return [
            message(tool_use("list_objects", {"kind": "Deployment"})),
            message(
                tool_use(
                    "submit_proposal",
                    {
                        "analysis": "No workload named cache runs in this namespace.",
                        "category": "scale",
                        "question": "There is no deployment or statefulset named cache here; which "
                        "workload did you mean?",
                    },
                )
            ),
        ][turn]
    return None
