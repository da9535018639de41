"""Round 10, helper images: a value is read whole, or asked about; a value is never an order.

Rules (dotop_nb/planner/offline/tags.py, quoted.py): the word holding the version said is that
version whole (no "2.2" out of "2.2.0rc1"), a digest alone or a short name of the repository the
workload runs from a registry is asked about; the words inside quotes, a label / annotation /
comment / description value and a placeholder are never read as the order."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.memory import shop_operator


@pytest.fixture(scope="module")
def operator(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    op = shop_operator(Path(tmp_path_factory.mktemp("images")))
    yield op
    op.close()


ASK = [
    # a version read out of a longer word
    "update frontend to 2.3.0rc2",
    "bump my-api to 1.6.0_3",
    "upgrade payments to 2025-03-01",
    "update checkout to 1.3.0+build5",
    "roll frontend to 2.4.0~beta",
    "update my-api to 1.6.0.rc1",
    "update payments to 1-9-0",
    "update frontend to 2.4.0-linux-amd64",
    "update worker to 1.5.O",
    "update frontend to 2.2.0/2.3.0",
    "update checkout to 1.3.0@sha256:abc",
    "update my-api to 1.6.0-{{build}}",
    # a qualifier said after the version
    "roll my-api to 1.7.0 build 12",
    "update checkout to 1.3.0 (arm64)",
    "update payments to 2.0.0 (digest 9f8e7d)",
    # a digest alone, a short name of the repository run from a registry
    "update my-api to sha256:0123abcd",
    "update my-api to my-api:1.6.0",
    # a value's words are never the order
    "set REASON='restart when it hangs' on my-api",
    "set MSG='update to 3.0.0 later' on payments",
    "label worker purpose=restart",
    'annotate checkout owner="scale team"',
    "annotate my-api release=1.6.0",
    "add a note to worker: restart when stuck",
    "set the description of checkout to 'delete after the sale'",
    # placeholders
    "set LOG_LEVEL={{ level }} on payments",
    "set FEATURE_X=TBD on checkout",
    # an upper-case noun names a part, not a variable or the replica count
    "bump orders API to 3",
    "scale checkout GPU to 0",
    "frontend DB down to 1",
]

PLAN = [
    ("update frontend to 2.3.1", "ghcr.io/acme/frontend:2.3.1"),
    # (a "v" said for a v-less tag stream follows the running tags: text.retag_like)
    ("bump payments to v3.9.0.", "payments:3.9.0"),
    ("update my-api to 1.5.0, it fixes the leak", "my-api:1.5.0"),
    ("update my-api from 1.4.0 to 1.5.0", "my-api:1.5.0"),
    ("update frontend to ghcr.io/acme/frontend:2.2.0", "ghcr.io/acme/frontend:2.2.0"),
    ("delete the worker deployment, it is unused", "delete deployment/worker"),
    ('restart worker, reason: "memory leak after deploy"', "restart the pods of deployment/worker"),
    ('scale checkout to 4 "for the sale"', "to 4 replicas"),
    ("restart the pods labelled app=payments", "restart the pods of deployment/payments"),
    ("set LOG_LEVEL=debug on my-api", "patch configmap/my-api-config"),
    ('set GREETING="hello world" on frontend', "patch deployment/frontend"),
    ("set DB to postgres-2 on payments", "patch deployment/payments"),
    ("scale my-api to 0", "to 0 replicas"),
    ("move payments to the 1.9.0 build", "payments:1.9.0"),
    ("annotate frontend so prometheus scrapes /stats on 8080", "frontend"),
]


@pytest.mark.parametrize("intent", ASK)
def test_asks(operator, intent: str) -> None:  # type: ignore[no-untyped-def]
    plan = operator.analyze(intent, namespace="shop")
    assert plan.status == "needs_clarification", [o.summary() for o in plan.operations]
    assert plan.operations == []


@pytest.mark.parametrize(("intent", "summary"), PLAN)
def test_still_plans(operator, intent: str, summary: str) -> None:  # type: ignore[no-untyped-def]
    plan = operator.analyze(intent, namespace="shop")
    assert plan.status == "proposed", plan.question
    assert any(summary in o.summary() for o in plan.operations), [
        o.summary() for o in plan.operations
    ]
