"""The two settings the workflow reads itself — who approves by default, and whether this
process runs unattended — taken from :class:`dotop_nb.settings.Settings`, where each default
is written once."""

from __future__ import annotations

import os
from collections.abc import Mapping

from dotop_nb.settings import Settings, default_user

_TRUE = ("1", "true", "yes", "on")


def approver(environ: Mapping[str, str] | None = None) -> str:
    """Who approves when nobody is named: DOTOP_USER, JUPYTERHUB_USER, the CI's user variable,
    else the OS user (:func:`dotop_nb.settings.default_user`). Never a constant such as
    "runbook": the record names a real identity."""
    return default_user(os.environ if environ is None else environ)


def unattended(environ: Mapping[str, str] | None = None) -> bool:
    """Whether nobody is at this process: DOTOP_UNATTENDED (``Settings.unattended``) decides
    when it is set; otherwise a CI runner (``CI`` set, as GitHub Actions, GitLab CI and most
    others do) is unattended."""
    env = os.environ if environ is None else environ
    if env.get("DOTOP_UNATTENDED", "").strip():
        return Settings.from_env(env).unattended
    return env.get("CI", "").strip().lower() in _TRUE
