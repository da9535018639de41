"""Round 36, the lead's mends.

- A network policy's list of who may connect never drops a name that is no workload: "only
  my-api and billing can reach postgres" allowed my-api alone, so the policy blocked billing;
  now asked, naming it. A list of workloads the namespace has still plans.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("only my-api and billing can reach postgres", "'billing'"),
        ("only my-api and billing may reach postgres", "'billing'"),
        ("allow only my-api and reporting to reach postgres", "'reporting'"),
        ("postgres: ingress only from my-api and billing", "'billing'"),
        ("postgres: ingress only from my-api and billing.", "'billing'"),
        ("only my-api and the batch job can reach postgres", "'batch job'"),
        ("only worker, my-api and ledger may connect to postgres", "'ledger'"),
    ],
)
def test_a_source_no_workload_is_called_is_asked(op: Operator, intent: str, named: str) -> None:
    proposal = asks(op, intent)
    assert named in str(proposal.question)
    assert "no workload here is called so" in str(proposal.question)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "only my-api and worker can reach postgres",
            "apply networkpolicy/postgres-allow-from-my-api-worker in shop",
        ),
        (
            "allow only my-api and worker to reach postgres",
            "apply networkpolicy/postgres-allow-from-my-api-worker in shop",
        ),
        (
            "only from my-api and worker to postgres on port 5432",
            "apply networkpolicy/postgres-allow-from-my-api-worker in shop",
        ),
        (
            "postgres should only take connections from my-api and worker, 5432",
            "apply networkpolicy/postgres-allow-from-my-api-worker in shop",
        ),
        (
            "only my-api can reach postgres",
            "apply networkpolicy/postgres-allow-from-my-api in shop",
        ),
    ],
)
def test_a_list_of_workloads_the_namespace_has_still_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


def test_an_order_after_the_list_is_no_source(op: Operator) -> None:
    # (The list ends at the verb of another order, which no source is.)
    assert summaries(op, "allow ingress to postgres only from my-api and restart worker") == [
        "apply networkpolicy/postgres-allow-from-my-api in shop",
        "restart the pods of deployment/worker in shop",
    ]
