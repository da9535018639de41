"""Allow-lists said with the guarded workload as a heading, and a port said as the last word.

"netpol for payments: ingress only from checkout and frontend", "orders should only take
requests from frontend", "…, 5432": the heading names what is protected, "take connections
from" is who may connect (never a removal), and a lone number ending the list is the port.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "protected", "sources", "port"),
    [
        (
            "netpol for orders: ingress only from checkout and frontend pods",
            "orders",
            ["checkout", "frontend"],
            None,
        ),
        (
            "payments: allow ingress only from checkout and orders",
            "payments",
            ["checkout", "orders"],
            None,
        ),
        (
            "network policy for orders - only frontend and checkout may connect",
            "orders",
            ["frontend", "checkout"],
            None,
        ),
        (
            "for postgres, only payments and orders may connect on port 5432",
            "postgres",
            ["payments", "orders"],
            5432,
        ),
        (
            "postgres should only take connections from orders and payments, 5432",
            "postgres",
            ["orders", "payments"],
            5432,
        ),
        ("orders should accept traffic only from frontend (8080)", "orders", ["frontend"], 8080),
        ("checkout should only take requests from frontend", "checkout", ["frontend"], None),
    ],
)
def test_the_guarded_workload_and_its_sources_are_read(
    shop: Operator, intent: str, protected: str, sources: list[str], port: int | None
) -> None:
    proposal, _ = plans(shop, intent)
    [op] = proposal.operations
    assert op.target.kind == "NetworkPolicy"
    spec = op.manifest["spec"]
    assert spec["podSelector"]["matchLabels"]["app"] == protected
    rule = spec["ingress"][0]
    assert [p["podSelector"]["matchLabels"]["app"] for p in rule["from"]] == sources
    assert rule.get("ports", [{}])[0].get("port") == port


@pytest.mark.parametrize(
    "intent",
    [
        "only frontend may reach checkout, 99999",
        "netpol for orders: ingress only from checkout, 0",
    ],
)
def test_a_bad_trailing_port_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
