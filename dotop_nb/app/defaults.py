"""The two settings the workflow reads itself: who approves by default, and whether this process
runs unattended.

Kept behind these two functions so that they switch to ``dotop_nb.settings.Settings`` (where
every default is written once) in one place.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping

# A CI runner names the person (or bot) that started the run in one of these.
_CI_USERS = ("GITHUB_ACTOR", "GITLAB_USER_LOGIN", "BUILD_REQUESTEDFOR", "BUILDKITE_BUILD_CREATOR")
_TRUE = ("1", "true", "yes", "on")


def approver(environ: Mapping[str, str] | None = None) -> str:
    """Who approves when nobody is named: DOTOP_USER, JUPYTERHUB_USER, the CI's user variable,
    else the OS user. Never a constant such as "runbook": the record names a real identity."""
    env = os.environ if environ is None else environ
    for name in ("DOTOP_USER", "JUPYTERHUB_USER", *_CI_USERS):
        value = env.get(name, "").strip()
        if value:
            return value
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def unattended(environ: Mapping[str, str] | None = None) -> bool:
    """Whether nobody is at this process: DOTOP_UNATTENDED decides when it is set; otherwise a
    CI runner (``CI`` set, as GitHub Actions, GitLab CI and most others do) is unattended."""
    env = os.environ if environ is None else environ
    explicit = env.get("DOTOP_UNATTENDED", "").strip().lower()
    if explicit:
        return explicit in _TRUE
    return env.get("CI", "").strip().lower() in _TRUE
