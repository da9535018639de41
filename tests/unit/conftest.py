"""Fixtures the unit tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dotop_nb.service import Operator


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    """The offline planner tests' world: an Operator over the in-memory cluster holding the
    sample shop (:func:`tests.memory.shop_operator`), one per test module."""
    from tests.memory import shop_operator  # noqa: PLC0415 - only the planner tests need it

    operator = shop_operator(tmp_path_factory.mktemp("shop"))
    yield operator
    operator.close()


@pytest.fixture(scope="module")
def op(shop: Operator) -> Operator:
    """:func:`shop`, by the name the earlier planner test modules use."""
    return shop
