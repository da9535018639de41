"""dotop-nb: Day-2 operations on Kubernetes applications, driven from notebooks.

Example::

    from dotop_nb import Operator
    op = Operator()
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")
    s = op.execute(p.session_id, approve=p.plan_hash)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dotop_nb._version import __version__

if TYPE_CHECKING:
    from dotop_nb.service import Operator

__all__ = ["Operator", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `dotop-nb --version` must not pay for the Kubernetes client.
    if name == "Operator":
        from dotop_nb.service import Operator  # noqa: PLC0415

        return Operator
    raise AttributeError(f"module 'dotop_nb' has no attribute {name!r}")
