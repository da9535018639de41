"""Round 13 (attack13's open findings): Docker Compose and Heroku words that a plan misread as
an image, a cpu quantity or a restart are asked about, never deployed (``sanity``)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("cpus: 0.5 on payments", "after 'cpus'"),
        ('cpus: "1.5" for frontend', "after 'cpus'"),
        ("checkout cpus 2.0", "after 'cpus'"),
        ("payments heap 1.5", "after 'heap'"),
        ("worker heap 1.2", "after 'heap'"),
        ("heroku pg:upgrade", "another repository"),
        ("pg:upgrade", "another repository"),
        ("heroku pg:upgrade -a payments", "another repository"),
        ("mem_limit: 512m on payments", "a word for memory"),
        ("frontend: mem_limit 256m", "a word for memory"),
        ("memswap_limit: 1g on payments", "no swap limit"),
        ("restart: always on worker", "restart policy"),
        ("restart_policy: on-failure for orders", "restart policy"),
        ("frontend restart: unless-stopped", "restart policy"),
    ],
)
def test_a_setting_said_in_compose_or_heroku_words_is_asked(
    shop: Operator, intent: str, said: str
) -> None:
    assert said in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("payments 3.1", "ghcr.io/acme/payments:3.1"),
        ("ship worker 1.6.0", "ghcr.io/acme/worker:1.6.0"),  # "worker": a name, no setting
        ("update payments to 3.1.0", "ghcr.io/acme/payments:3.1.0"),
        ("switch worker to busybox:1.36", "busybox:1.36"),
        ("update cache to redis:7.2", "redis:7.2"),
        ("set payments image to ghcr.io/acme/payments:0.5", "ghcr.io/acme/payments:0.5"),
        ("restart worker", "restart the pods of deployment/worker"),
        ("payments memory limit 512Mi, cpu 500m", "patch deployment/payments"),
    ],
)
def test_the_same_words_said_as_kubernetes_says_them_still_plan(
    shop: Operator, intent: str, summary: str
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert any(summary in op.summary() for op in proposal.operations)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # attack14: a workload named only in a reason, a description or a team is not deleted
        ("delete worker, which writes to postgres", "only in"),
        # (round 14: a name before "team" is the team's, asked by planner/offline/nouns.py)
        ("delete checkout; approved by the frontend team", "frontend team"),
        ("delete deployment/checkout, which handles orders", "only in"),
        # (round 14: "delete checkout, it was merged into payments" deletes checkout alone —
        # payments is only where it went: tests/unit/test_offline_r14_names.py)
        # "it" is the part said with its owner, not the owner
        ("frontend's crashed pod: delete it", "read 'it' after"),
        ("my-api's logs: delete them", "read 'it' after"),
        ("frontend's error rate is 10%; get it to zero", "read 'it' after"),
        ("my-api's limit is 1Gi; halve it", "about memory or CPU"),
        # a label that forbids, a trial, a change put off or only talked about
        ("NEVER: scale payments to 0", "forbidden, put off"),
        ("anti-pattern: scale orders to 0", "forbidden, put off"),
        ("simulation: scale payments to 0", "a trial"),
        ("let's postpone the checkout rollback", "forbidden, put off"),
        ("let's talk about restarting postgres", "forbidden, put off"),
        ("the last thing we need is to scale payments to 0", "forbidden, put off"),
    ],
)
def test_a_target_a_part_or_a_label_beside_the_order_is_asked(
    shop: Operator, intent: str, said: str
) -> None:
    assert said in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete worker, and payments too", {"worker", "payments"}),
        ("nobody calls worker anymore, so delete it", {"worker"}),
        ("delete checkout, it was folded into payments", {"checkout"}),
        ("worker and checkout deployments both to be removed", {"worker", "checkout"}),
    ],
)
def test_what_the_order_names_is_still_deleted(
    shop: Operator, intent: str, deleted: set[str]
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    gone = {o.target.name for o in proposal.operations if o.kind == "delete"}
    assert deleted <= gone
    assert all(o.target.kind != "StatefulSet" for o in proposal.operations if o.kind == "delete")
