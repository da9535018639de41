"""dotop-nb: Day-2 operations on Kubernetes applications, driven from notebooks."""

from dotop_nb._version import __version__

__all__ = ["__version__"]
