"""dotop-nb: Day-2 operations on Kubernetes applications, driven from notebooks.

Example::

    from dotop_nb import Operator
    op = Operator()
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")
    s = op.execute(p.session_id, approve=p.plan_hash)

In a notebook: ``%load_ext dotop_nb``, then ``%operate scale my-api to 5 -n shop`` (see
``%operate?`` and docs/magic.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dotop_nb._version import __version__

if TYPE_CHECKING:
    from IPython.core.interactiveshell import InteractiveShell

    from dotop_nb.service import Operator

__all__ = ["Operator", "__version__", "load_ipython_extension", "unload_ipython_extension"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `dotop-nb --version` must not pay for the Kubernetes client.
    if name == "Operator":
        from dotop_nb.service import Operator  # noqa: PLC0415

        return Operator
    raise AttributeError(f"module 'dotop_nb' has no attribute {name!r}")


def load_ipython_extension(ipython: InteractiveShell) -> None:
    """``%load_ext dotop_nb`` (or ``c.InteractiveShellApp.extensions = ["dotop_nb"]``)."""
    from dotop_nb.magics import load  # noqa: PLC0415

    load(ipython)


def unload_ipython_extension(ipython: InteractiveShell) -> None:
    """``%unload_ext dotop_nb``: removes ``%operate`` and closes its connections."""
    from dotop_nb.magics import unload  # noqa: PLC0415

    unload(ipython)
