"""Bad input gets a clear error with its documented exit code, and changes nothing (issue 10,
finding 10): kubeconfigs that are garbage or name what they do not define, a sessions folder that
is a file, policy folders and files that cannot be used, settings with invalid values.

Each case runs the real command line against the real control plane with an intent that would
change something (scale my-api from 2 to 3) and asserts exit code 2 (docs/cli.md: bad input or
settings; nothing was changed), a specific message, no "unexpected error", and that the
Deployment and the session journal are untouched.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from dotop_nb.cluster.client import KubeClient
from dotop_nb.policy import load_policies
from dotop_nb.policy.loading import PolicyError
from tests.helpers import deploy, deployment

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

Json = dict[str, Any]
EXIT_CONFIG = 2


@pytest.fixture
def app(kube: KubeClient, namespace: str) -> str:
    deploy(kube, deployment("my-api", namespace, replicas=2, probe=False))
    return namespace


def state(kube: KubeClient, namespace: str) -> tuple[str, int]:
    dep = kube.get("apps/v1", "Deployment", "my-api", namespace)
    return dep["metadata"]["resourceVersion"], dep["spec"]["replicas"]


def run(
    repo_root: Path, cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("DOTOP_", "ANTHROPIC_"))}
    environ.update(env or {})
    return subprocess.run(
        [str(repo_root / ".venv" / "bin" / "dotop-nb"), *args],
        capture_output=True,
        text=True,
        env=environ,
        cwd=cwd,
        timeout=90,
        check=False,
    )


def scale(
    repo_root: Path, tmp_path: Path, kubeconfig: str, namespace: str, *extra: str, **env: str
) -> subprocess.CompletedProcess[str]:
    """``operate "scale my-api to 3" --approve`` with the given options and environment."""
    base = {
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_POLICIES": str(tmp_path / "policies"),
    }
    (tmp_path / "policies").mkdir(exist_ok=True)
    return run(
        repo_root,
        tmp_path,
        "operate",
        "scale my-api to 3",
        "-n",
        namespace,
        "--planner",
        "offline",
        "--approve",
        *extra,
        env={**base, **env},
    )


def assert_refused(result: subprocess.CompletedProcess[str], *phrases: str) -> None:
    out = result.stdout + result.stderr
    assert result.returncode == EXIT_CONFIG, out
    assert "unexpected" not in out, out
    assert "Traceback" not in out, out
    for phrase in phrases:
        assert phrase in result.stderr, result.stderr


def kubeconfig_doc(kubeconfig: str) -> Json:
    doc: Json = yaml.safe_load(Path(kubeconfig).read_text())
    return doc


def credentials(doc: Json) -> list[str]:
    return [
        value
        for user in doc.get("users") or []
        for value in (user.get("user") or {}).values()
        if isinstance(value, str) and len(value) > 16
    ]


# ---------------------------------------------------------------------------- kubeconfigs
def _garbage(doc: Json) -> str:
    return "\udcff\udcfe not: [a kubeconfig\x00\n"  # bytes that are not UTF-8


def _not_yaml(doc: Json) -> str:
    return "clusters: [\n  - name: x\n    cluster: {server: \n"


def _a_list(doc: Json) -> str:
    return "- just\n- a list\n"


def _no_context(doc: Json) -> str:
    doc["current-context"] = "nowhere"
    return yaml.safe_dump(doc)


def _undefined_cluster(doc: Json) -> str:
    for ctx in doc["contexts"]:
        ctx["context"]["cluster"] = "ghost"
    return yaml.safe_dump(doc)


def _bad_server(doc: Json) -> str:
    for cluster in doc["clusters"]:
        cluster["cluster"]["server"] = "not a url"
    return yaml.safe_dump(doc)


def _bad_certificate(doc: Json) -> str:
    for cluster in doc["clusters"]:
        cluster["cluster"].pop("certificate-authority", None)
        cluster["cluster"]["certificate-authority-data"] = "%%% not base64 %%%"
    return yaml.safe_dump(doc)


KUBECONFIGS: dict[str, tuple[Callable[[Json], str], str]] = {
    "binary garbage": (_garbage, "is not a text file"),
    "not valid YAML": (_not_yaml, "is not valid YAML"),
    "a YAML list": (_a_list, "is not a kubeconfig"),
    "a current-context it does not define": (_no_context, "has no context 'nowhere'"),
    "a context naming an undefined cluster": (_undefined_cluster, "names cluster 'ghost'"),
    "a server that is not a URL": (_bad_server, "has no valid server URL"),
    "certificate data that is not base64": (_bad_certificate, "not a valid kubeconfig"),
}


@pytest.mark.parametrize("case", list(KUBECONFIGS))
def test_a_bad_kubeconfig_is_a_config_error_and_changes_nothing(
    case: str, app: str, kube: KubeClient, kubeconfig: str, tmp_path: Path, repo_root: Path
) -> None:
    make, phrase = KUBECONFIGS[case]
    bad = tmp_path / "kubeconfig"
    text = make(kubeconfig_doc(kubeconfig))
    bad.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    before = state(kube, app)
    result = scale(repo_root, tmp_path, str(bad), app)
    assert_refused(result, phrase)
    for credential in credentials(kubeconfig_doc(kubeconfig)):
        assert credential not in result.stderr  # a kubeconfig's credentials are never echoed
    assert state(kube, app) == before
    assert not (tmp_path / "sessions").exists() or not any((tmp_path / "sessions").iterdir())


def test_a_missing_kubeconfig_and_a_folder_are_config_errors(
    app: str, kube: KubeClient, tmp_path: Path, repo_root: Path
) -> None:
    before = state(kube, app)
    assert_refused(scale(repo_root, tmp_path, str(tmp_path / "absent"), app), "does not exist")
    assert_refused(scale(repo_root, tmp_path, str(tmp_path), app), "is a folder")
    assert state(kube, app) == before


def test_a_context_the_kubeconfig_does_not_define_is_a_config_error(
    app: str, kube: KubeClient, kubeconfig: str, tmp_path: Path, repo_root: Path
) -> None:
    before = state(kube, app)
    result = scale(repo_root, tmp_path, kubeconfig, app, "--context", "prod-eu")
    assert_refused(result, "has no context 'prod-eu'", "contexts:")
    assert state(kube, app) == before


# ---------------------------------------------------------------------------- folders
def test_a_sessions_folder_that_is_a_file_is_a_config_error(
    app: str, kube: KubeClient, kubeconfig: str, tmp_path: Path, repo_root: Path
) -> None:
    before = state(kube, app)
    a_file = tmp_path / "sessions.txt"
    a_file.write_text("not a folder")
    for where in (a_file, a_file / "below"):
        result = scale(repo_root, tmp_path, kubeconfig, app, DOTOP_SESSIONS=str(where))
        assert_refused(result, "sessions folder", "DOTOP_SESSIONS")
    assert a_file.read_text() == "not a folder"
    assert state(kube, app) == before


def test_a_policy_file_that_is_not_yaml_is_a_config_error(
    app: str, kube: KubeClient, kubeconfig: str, tmp_path: Path, repo_root: Path
) -> None:
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "broken.yaml").write_text("id: x\nrules: {max_replicas: [\n")
    before = state(kube, app)
    result = scale(repo_root, tmp_path, kubeconfig, app)
    assert_refused(result, "broken.yaml", "not valid YAML")
    assert state(kube, app) == before
    (policies / "broken.yaml").write_text("- a list, not a policy\n")
    assert_refused(scale(repo_root, tmp_path, kubeconfig, app), "a policy is a mapping")
    assert state(kube, app) == before


def test_a_policy_folder_that_cannot_be_used_is_a_config_error(
    app: str, kube: KubeClient, kubeconfig: str, tmp_path: Path, repo_root: Path
) -> None:
    before = state(kube, app)
    a_file = tmp_path / "policies.yaml"
    a_file.write_text("id: x\n")
    result = scale(repo_root, tmp_path, kubeconfig, app, DOTOP_POLICIES=str(a_file))
    assert_refused(result, "is not a folder")
    result = scale(repo_root, tmp_path, kubeconfig, app, DOTOP_POLICIES=str(tmp_path / "nope"))
    assert_refused(result, "does not exist")
    assert state(kube, app) == before


def test_an_unreadable_policy_folder_is_a_policy_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(Root reads any folder, so the permission error is injected where the loader lists it.)"""
    folder = tmp_path / "policies"
    folder.mkdir()
    original = Path.iterdir

    def denied(self: Path) -> Any:
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "iterdir", denied)
    with pytest.raises(PolicyError, match="cannot be read \\(Permission denied\\)") as err:
        load_policies(folder)
    assert err.value.exit_code == EXIT_CONFIG


# ---------------------------------------------------------------------------- settings
@pytest.mark.parametrize(
    ("variable", "value", "phrase"),
    [
        ("DOTOP_TIME_LIMIT", "nan", "positive, finite"),
        ("DOTOP_TIME_LIMIT", "inf", "positive, finite"),
        ("DOTOP_MAX_TURNS", "-3", "positive"),
        ("DOTOP_MAX_TOKENS", "lots", "is not a number"),
        ("DOTOP_EMBEDDER", "gpt-embeddings", "unknown embedder"),
        ("DOTOP_QDRANT_COLLECTION", "ops/../other", "not a valid Qdrant collection name"),
        ("DOTOP_USER", "alice\nApproved by root", "not a usable user name"),
    ],
)
def test_a_dotop_variable_with_an_invalid_value_is_a_config_error(
    variable: str,
    value: str,
    phrase: str,
    app: str,
    kube: KubeClient,
    kubeconfig: str,
    tmp_path: Path,
    repo_root: Path,
) -> None:
    before = state(kube, app)
    # The AI planner's settings are read only when it is chosen.
    planner = ("--planner", "anthropic") if variable.startswith(("DOTOP_TIME", "DOTOP_MAX")) else ()
    result = scale(
        repo_root,
        tmp_path,
        kubeconfig,
        app,
        *planner,
        **{variable: value, "ANTHROPIC_API_KEY": "sk-ant-test-not-a-key"},
    )
    assert_refused(result, variable, phrase)
    assert state(kube, app) == before
