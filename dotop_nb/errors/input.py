"""Bad input: a setting, argument or file that is not valid. Exit code 2; nothing was changed.

Two more of this family live beside what they check, because those modules are where the rules
are: :class:`dotop_nb.policy.loading.PolicyError` and :class:`dotop_nb.signing.SigningKeyError`.
The knowledge base's errors are :mod:`dotop_nb.errors.knowledge`.

Example::

    raise ConfigError("--timeout must be a number of seconds", hint="e.g. --timeout 120")
"""

from __future__ import annotations

from dotop_nb.errors.base import DotopError


class ConfigError(DotopError):
    """A setting, argument or input is invalid. Nothing was changed."""

    exit_code = 2
