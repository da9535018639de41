"""No Secret value in clear anywhere, whatever the operation form (issue 10, finding 5).

Attacks on the real control plane: JSON patches that copy or move a Secret's value into an
annotation, patches and applies that carry a value (known from an earlier output, or new), the AI
planner's dry-run tool, and a Secret key change that used to be shown as a noop. Every output is
scanned — the model's tool results, the session journal, the CLI's JSON and text, the notebook
record (HTML, text and JSON) — for the value as stored (base64) and decoded, and for any piece of
them of 12 characters or more.
"""

from __future__ import annotations

import base64
import html
import json
import os
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dotop_nb import report
from dotop_nb.cluster import gateway as gateway_module
from dotop_nb.cluster.client import KubeClient
from dotop_nb.cluster.screen import Screened
from dotop_nb.cluster.secrets import WINDOW
from dotop_nb.models import ApplyOp, Operation, PatchOp, Session, Target
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult
from dotop_nb.service import SECRET_POLICY, ExecutionRefused, Operator
from dotop_nb.ui.views import SessionView
from tests.fake_anthropic import FakeAnthropic, message, result_text, tool_results, tool_use
from tests.planners import ScriptedPlanner

pytestmark = [pytest.mark.integration, pytest.mark.timeout(180)]

Json = dict[str, Any]


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


class Secrets:
    """The test's Secret ``db`` (a password and a token) and how to find them in any text."""

    def __init__(self, kube: KubeClient, namespace: str, folder: Path) -> None:
        self.kube = kube
        self.ns = namespace
        self.folder = folder
        suffix = uuid.uuid4().hex[:10]
        self.password = f"S3cr3t-P4ssw0rd-{suffix}"
        self.token = f"tok-{uuid.uuid4().hex}"
        self.new_value = f"N3w-Value-Never-Stored-{suffix}"
        kube.apply(
            {
                "apiVersion": "v1",
                "kind": "Secret",
                "metadata": {"name": "db", "namespace": namespace},
                "data": {"password": b64(self.password), "api-token": b64(self.token)},
            }
        )
        kube.apply(
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "app-config", "namespace": namespace},
                "data": {"mode": "production"},
            }
        )

    @property
    def target(self) -> Target:
        return Target(kind="Secret", name="db", namespace=self.ns)

    def state(self) -> dict[str, Json]:
        """The Secret and the ConfigMap as they are (to assert that nothing changed)."""
        return {
            kind: self.kube.get("v1", kind, name, self.ns)
            for kind, name in (("Secret", "db"), ("ConfigMap", "app-config"))
        }

    def forms(self) -> list[str]:
        out: list[str] = []
        for value in (self.password, self.token, self.new_value):
            out += [value, b64(value), b64(value).rstrip("=")]
        return out

    def leaks(self, text: str) -> list[str]:
        """Every piece of a secret (WINDOW characters or more, any form) found in ``text``."""
        found = []
        for form in self.forms():
            for i in range(len(form) - WINDOW + 1):
                if form[i : i + WINDOW] in text:
                    found.append(form)
                    break
        return found


@pytest.fixture
def secrets(kube: KubeClient, namespace: str, tmp_path: Path) -> Secrets:
    return Secrets(kube, namespace, tmp_path)


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    policies = tmp_path / "policies"
    policies.mkdir()
    return {"sessions": tmp_path / "sessions", "policies": policies}


def operator(kubeconfig: str, folders: dict[str, Path], planner: Any) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner=planner,
        sessions=folders["sessions"],
        policies=folders["policies"],
        validation_timeout=20,
    )


def cli(
    repo_root: Path, kubeconfig: str, folders: dict[str, Path], *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {
        **os.environ,
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(folders["sessions"]),
        "DOTOP_POLICIES": str(folders["policies"]),
        **env,
    }
    if "ANTHROPIC_API_KEY" not in env:
        environ.pop("ANTHROPIC_API_KEY", None)  # `auto` must mean the offline planner here
    return subprocess.run(
        [str(repo_root / ".venv" / "bin" / "dotop-nb"), *args],
        capture_output=True,
        text=True,
        env=environ,
        cwd=folders["sessions"].parent,
        timeout=120,
        check=False,
    )


def every_output(
    repo_root: Path, kubeconfig: str, folders: dict[str, Path], session: Session
) -> dict[str, str]:
    """Everything a person, a tool or a notebook can read about the session."""
    shown = {
        fmt: cli(repo_root, kubeconfig, folders, "session", "show", session.id, "--output", fmt)
        for fmt in ("json", "text")
    }
    for fmt, run in shown.items():
        assert run.returncode == 0, f"session show --output {fmt}: {run.stderr}"
    bundle = SessionView(session)._repr_mimebundle_()
    return {
        "journal": (folders["sessions"] / f"{session.id}.json").read_text(),
        "report json": json.dumps(report.to_json(session), default=str),
        "report text": report.session_text(session),
        "notebook": json.dumps(bundle, default=str),
        "cli json": shown["json"].stdout + shown["json"].stderr,
        "cli text": shown["text"].stdout + shown["text"].stderr,
    }


def assert_no_leak(secrets: Secrets, outputs: dict[str, str]) -> None:
    leaked = {where: secrets.leaks(text) for where, text in outputs.items()}
    assert not any(leaked.values()), f"Secret values in clear: {leaked}"


# ---------------------------------------------------------------------------- attacks (scripted)
def _annotation(value: str) -> Json:
    return {"metadata": {"annotations": {"example.com/leak": value}}}


ATTACKS: dict[str, Callable[[Secrets], Operation]] = {
    "json copy /data/password to an annotation": lambda s: PatchOp(
        target=s.target,
        patch_type="json",
        patch=[
            {"op": "add", "path": "/metadata/annotations", "value": {}},
            {"op": "copy", "from": "/data/password", "path": "/metadata/annotations/leak"},
        ],
    ),
    "json move /data/password to a label": lambda s: PatchOp(
        target=s.target,
        patch_type="json",
        patch=[{"op": "move", "from": "/data/password", "path": "/metadata/labels/leak"}],
    ),
    "json copy with a case-folded /Data path": lambda s: PatchOp(
        target=s.target,
        patch_type="json",
        patch=[{"op": "copy", "from": "/Data/password", "path": "/metadata/annotations/x"}],
    ),
    "json add of the stored (base64) value": lambda s: PatchOp(
        target=s.target,
        patch_type="json",
        patch=[
            {
                "op": "add",
                "path": "/metadata/annotations",
                "value": {"leak": b64(s.password)},
            }
        ],
    ),
    "strategic merge of the decoded value into a ConfigMap annotation": lambda s: PatchOp(
        target=Target(kind="ConfigMap", name="app-config", namespace=s.ns),
        patch_type="strategic",
        patch=_annotation(s.password),
    ),
    "merge patch of an annotation holding the value": lambda s: PatchOp(
        target=s.target, patch_type="merge", patch=_annotation(f"pw={s.password};")
    ),
    "apply of a ConfigMap holding a copied value": lambda s: ApplyOp(
        target=Target(kind="ConfigMap", name="app-config", namespace=s.ns),
        manifest={
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "app-config", "namespace": s.ns},
            "data": {"mode": "production", "token": s.token},
        },
    ),
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_an_operation_that_moves_or_carries_a_secret_value_is_blocked_and_never_shown(
    attack: str,
    secrets: Secrets,
    kubeconfig: str,
    folders: dict[str, Path],
    repo_root: Path,
) -> None:
    before = secrets.state()
    evil = ATTACKS[attack](secrets)
    seen: list[str] = []

    def script(request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        # What a planner gets back from its own dry-run of the attack.
        seen.append(cluster.dry_run(evil).model_dump_json())
        return PlanResult(operations=[evil], analysis="as asked", category="scripted")

    with operator(kubeconfig, folders, ScriptedPlanner(script)) as op:
        proposal = op.analyze("annotate the db secret", namespace=secrets.ns)
        assert proposal.status == "blocked", proposal
        [denial] = [d for d in proposal.policy if d.policy_id == SECRET_POLICY]
        assert denial.effect == "deny"
        assert denial.operation == 0
        assert "Secret" in denial.reason
        assert not proposal.dry_run[0].ok  # the gateway refuses to send it, even dry
        assert '"ok":false' in seen[0]
        with pytest.raises(ExecutionRefused):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        session = op.session(proposal.session_id)
    approve = cli(
        repo_root,
        kubeconfig,
        folders,
        "session",
        "approve",
        session.id,
        "--hash",
        proposal.plan_hash,
        "--output",
        "json",
    )
    assert approve.returncode == 5, approve.stdout + approve.stderr
    assert secrets.state() == before  # nothing changed, not even the resourceVersions
    outputs = every_output(repo_root, kubeconfig, folders, session)
    outputs["planner dry-run"] = seen[0]
    outputs["cli approve"] = approve.stdout + approve.stderr
    assert_no_leak(secrets, outputs)
    assert "secret manager" in session.message  # says what to do instead


# ---------------------------------------------------------------------------- a new Secret value
NEW_VALUE_OPS: dict[str, Callable[[Secrets], Operation]] = {
    "apply with stringData": lambda s: ApplyOp(
        target=s.target,
        manifest={
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "db", "namespace": s.ns},
            "stringData": {"password": s.new_value},
        },
    ),
    "apply with data": lambda s: ApplyOp(
        target=s.target,
        manifest={
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "db", "namespace": s.ns},
            "data": {"password": b64(s.new_value)},
        },
    ),
    "merge patch of stringData": lambda s: PatchOp(
        target=s.target, patch_type="merge", patch={"stringData": {"password": s.new_value}}
    ),
    "strategic patch of data": lambda s: PatchOp(
        target=s.target, patch_type="strategic", patch={"data": {"password": b64(s.new_value)}}
    ),
    "json patch replace of a key": lambda s: PatchOp(
        target=s.target,
        patch_type="json",
        patch=[{"op": "replace", "path": "/data/password", "value": b64(s.new_value)}],
    ),
    "json patch replace of the whole object": lambda s: PatchOp(
        target=s.target,
        patch_type="json",
        patch=[
            {
                "op": "replace",
                "path": "",
                "value": {
                    "apiVersion": "v1",
                    "kind": "Secret",
                    "metadata": {"name": "db", "namespace": s.ns},
                    "stringData": {"password": s.new_value},
                },
            }
        ],
    ),
}


@pytest.mark.parametrize("form", list(NEW_VALUE_OPS))
def test_a_plan_never_carries_a_secret_value(
    form: str, secrets: Secrets, kubeconfig: str, folders: dict[str, Path], repo_root: Path
) -> None:
    before = secrets.state()
    planner = ScriptedPlanner([NEW_VALUE_OPS[form](secrets)])
    with operator(kubeconfig, folders, planner) as op:
        proposal = op.analyze("rotate the db password", namespace=secrets.ns)
        session = op.session(proposal.session_id)
    assert proposal.status == "blocked"
    assert any(d.policy_id == SECRET_POLICY for d in proposal.policy)
    assert "kubectl create secret" in session.message
    rendering = proposal.operations[0].kubectl()
    assert "<redacted>" in rendering
    assert secrets.new_value not in rendering
    outputs = every_output(repo_root, kubeconfig, folders, session)
    assert_no_leak(secrets, outputs)
    approve = cli(
        repo_root, kubeconfig, folders, "session", "approve", session.id, "--hash",
        proposal.plan_hash,
    )  # fmt: skip
    assert approve.returncode == 5, approve.stdout + approve.stderr
    assert secrets.leaks(approve.stdout + approve.stderr) == []
    assert secrets.state() == before


# ---------------------------------------------------------------------------- per-key diffs
def test_a_secret_key_change_is_a_change_shown_per_key_without_values(
    secrets: Secrets, kube: KubeClient, kubeconfig: str, folders: dict[str, Path], repo_root: Path
) -> None:
    """Copying one key over another, adding a key and removing one carry no value in the plan:
    they may run, and their diff says changed / added / removed — never noop, never a value."""
    rotate = PatchOp(
        target=secrets.target,
        patch_type="json",
        patch=[
            {"op": "copy", "from": "/data/api-token", "path": "/data/password"},
            {"op": "copy", "from": "/data/api-token", "path": "/data/backup-token"},
            {"op": "remove", "path": "/data/api-token"},
        ],
    )
    with operator(kubeconfig, folders, ScriptedPlanner([rotate])) as op:
        proposal = op.analyze("rotate the db password to the token", namespace=secrets.ns)
        assert proposal.status == "proposed", proposal
        [dry] = proposal.dry_run
        assert dry.action == "update"
        assert {c.path: (c.before, c.after) for c in dry.diff} == {
            "data.api-token": ("<redacted>", None),
            "data.backup-token": (None, "<redacted: added>"),
            "data.password": ("<redacted>", "<redacted: changed>"),
        }
        text = report.proposal_text(proposal)
        # The unified YAML diff (issue 12 item 2) says each key's change, never a value.
        body = [
            "        data:",
            "       -  api-token: <redacted>",
            "       -  password: <redacted>",
            "       +  backup-token: '<redacted: added>'",
            "       +  password: '<redacted: changed>'",
        ]
        assert "\n".join(["       @@ -1,3 +1,3 @@", *body]) in text
        assert secrets.leaks(text) == []
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert session.status == "executed", session.message
    data = kube.get("v1", "Secret", "db", secrets.ns)["data"]
    assert data == {"password": b64(secrets.token), "backup-token": b64(secrets.token)}
    assert_no_leak(secrets, every_output(repo_root, kubeconfig, folders, session))


# What another writer does to the Secret right after our write: (data patch, the message).
OTHER_WRITERS = {
    "changes an added key": (
        lambda s: {"data": {"backup-token": b64(s.new_value)}},
        "data.backup-token holds another value than the requested one (hidden)",
    ),
    "changes a copied-over key": (
        lambda s: {"data": {"password": b64(s.new_value)}},
        "data.password holds another value than the requested one (hidden)",
    ),
    "re-adds the removed key": (
        lambda s: {"data": {"api-token": b64(s.new_value)}},
        "data.api-token is present (value hidden), not removed as requested",
    ),
    "removes the added key": (
        lambda s: {"data": {"backup-token": None}},
        "data.backup-token is missing, not present (value hidden) as requested",
    ),
}


@pytest.mark.parametrize("writer", list(OTHER_WRITERS))
def test_a_secret_key_change_overwritten_by_another_writer_fails_validation(
    writer: str,
    secrets: Secrets,
    kube: KubeClient,
    kubeconfig: str,
    folders: dict[str, Path],
    repo_root: Path,
) -> None:
    """The record holds no value to compare with, yet validation checks the values: by the
    digests of what the dry-run produced, kept in memory — and says so without any value."""
    rotate = PatchOp(
        target=secrets.target,
        patch_type="json",
        patch=[
            {"op": "copy", "from": "/data/api-token", "path": "/data/password"},
            {"op": "copy", "from": "/data/api-token", "path": "/data/backup-token"},
            {"op": "remove", "path": "/data/api-token"},
        ],
    )
    patch, expected = OTHER_WRITERS[writer]
    with operator(kubeconfig, folders, ScriptedPlanner([rotate])) as op:
        proposal = op.analyze("rotate the db password to the token", namespace=secrets.ns)
        assert proposal.status == "proposed", proposal
        real = op.gateway.execute

        def then_another_writer(o: Operation, current: Any, *, precondition: str | None) -> Any:
            answer = real(o, current, precondition=precondition)
            kube.request(
                "PATCH",
                f"/api/v1/namespaces/{secrets.ns}/secrets/db",
                body=patch(secrets),
                content_type="application/merge-patch+json",
            )
            return answer

        op.gateway.execute = then_another_writer  # type: ignore[method-assign,assignment]
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert session.status == "failed", session.message
    assert session.validation is not None
    assert not session.validation.ok
    assert expected in session.message
    assert "changed by another writer" in session.message
    # The later writer's change is spared by the rollback (it is not ours to undo).
    assert session.rollback is not None
    assert not session.rollback.steps[0].ok
    assert "another writer" in session.rollback.steps[0].message
    live = kube.get("v1", "Secret", "db", secrets.ns)["data"]
    for key, value in patch(secrets)["data"].items():
        assert live.get(key) == value
    assert_no_leak(secrets, every_output(repo_root, kubeconfig, folders, session))


def test_a_change_hidden_by_redaction_is_never_a_noop(
    secrets: Secrets, kube: KubeClient, kubeconfig: str, folders: dict[str, Path]
) -> None:
    """A ConfigMap that already holds a copy of the password: removing that key changes a field
    whose values are all redacted — it is still an update, with the value hidden."""
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "leaky", "namespace": secrets.ns},
            "data": {"copied": secrets.password, "other": "kept"},
        }
    )
    remove = PatchOp(
        target=Target(kind="ConfigMap", name="leaky", namespace=secrets.ns),
        patch_type="json",
        patch=[{"op": "remove", "path": "/data/copied"}],
    )
    seen: list[str] = []

    def script(request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        seen.append(json.dumps(cluster.get(remove.target)))
        seen.append(json.dumps(cluster.list_objects("v1", "ConfigMap", secrets.ns)))
        return PlanResult(operations=[remove], analysis="remove the copy", category="scripted")

    with operator(kubeconfig, folders, ScriptedPlanner(script)) as op:
        proposal = op.analyze("remove the copied password", namespace=secrets.ns)
    assert proposal.status == "proposed"
    [dry] = proposal.dry_run
    assert dry.action == "update"
    assert [(c.path, c.before, c.after) for c in dry.diff] == [("data.copied", "<redacted>", None)]
    assert all(secrets.leaks(text) == [] for text in seen)
    assert "kept" in seen[0]  # only the value is hidden


# ---------------------------------------------------------------------------- the AI planner
ROLLBACK = {"analysis": "label it", "rollback_plan": ["remove the label again"]}


def test_the_ai_planners_tools_never_return_a_secret_value(
    secrets: Secrets,
    kube: KubeClient,
    kubeconfig: str,
    folders: dict[str, Path],
    repo_root: Path,
) -> None:
    """The copy attack through the model's dry-run tool, plus every read a model can make of
    values already spread in the cluster (a ConfigMap, an event), through the real SDK and the
    CLI; every tool result sent back to the model is scanned."""
    ns = secrets.ns
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "leaky", "namespace": ns},
            "data": {"dsn": f"postgres://app:{secrets.password}@db:5432/app"},
        }
    )
    kube.request(
        "POST",
        f"/api/v1/namespaces/{ns}/events",
        body={
            "metadata": {"name": f"leak.{uuid.uuid4().hex[:8]}", "namespace": ns},
            "involvedObject": {"kind": "Secret", "name": "db", "namespace": ns},
            "reason": "Debug",
            "message": f"token is {secrets.token}",
            "type": "Warning",
        },
    )
    copy_attack = {
        "kind": "patch",
        "target": {"kind": "Secret", "name": "db", "namespace": ns},
        "patch_type": "json",
        "patch": [{"op": "copy", "from": "/data/password", "path": "/metadata/annotations/x"}],
    }
    label = {
        "kind": "patch",
        "target": {"kind": "Secret", "name": "db", "namespace": ns},
        "patch_type": "merge",
        "patch": {"metadata": {"labels": {"rotated": "soon"}}},
    }
    script = [
        message(tool_use("dry_run", {"operation": copy_attack})),
        message(tool_use("get_object", {"kind": "Secret", "name": "db"})),
        message(tool_use("get_object", {"kind": "ConfigMap", "name": "leaky"})),
        message(tool_use("list_objects", {"kind": "Secret", "fields": ["data", "metadata"]})),
        message(tool_use("events", {"kind": "Secret", "name": "db"})),
        message(tool_use("submit_proposal", {**ROLLBACK, "operations": [copy_attack]})),
        message(tool_use("submit_proposal", {**ROLLBACK, "operations": [label]})),
    ]
    before = secrets.state()
    with FakeAnthropic(script) as api:
        run = cli(
            repo_root,
            kubeconfig,
            folders,
            "operate",
            "label the db secret as rotated",
            "-n",
            ns,
            "--planner",
            "anthropic",
            "--output",
            "json",
            ANTHROPIC_API_KEY="sk-ant-test-not-a-key",
            ANTHROPIC_BASE_URL=api.base_url,
            DOTOP_API_RETRIES="1",
        )
        requests = list(api.requests)
    assert run.returncode == 3, run.stdout + run.stderr  # proposed only
    # Cluster text reaches the model HTML-escaped inside its untrusted-data boundary.
    results = [
        html.unescape(result_text(block)) for body in requests for block in tool_results(body)
    ]
    assert len(results) == 6
    dry, secret, leaky, listed, events, refused = results
    assert "REJECTED" in dry
    assert "copy a Secret value out" in dry
    assert "password" in secret
    assert "<redacted>" in secret
    assert "postgres://app:<redacted>@db:5432/app" in leaky
    assert "api-token" in listed
    assert "token is <redacted>" in events
    assert "not accepted" in refused
    model_input = json.dumps(requests)
    assert secrets.leaks(model_input) == []
    assert secrets.leaks(run.stdout + run.stderr) == []
    out = json.loads(run.stdout)
    assert out["status"] == "proposed"
    assert secrets.state()["Secret"] == before["Secret"]
    with operator(kubeconfig, folders, "offline") as op:
        session = op.session(out["session_id"])
    assert_no_leak(secrets, every_output(repo_root, kubeconfig, folders, session))


def test_a_secret_value_pasted_into_the_intent_is_not_recorded(
    secrets: Secrets, kubeconfig: str, folders: dict[str, Path]
) -> None:
    planner = ScriptedPlanner(lambda request, cluster: PlanResult(question=request.intent))
    with operator(kubeconfig, folders, planner) as op:
        proposal = op.analyze(f"why does login fail with {secrets.password}?", namespace=secrets.ns)
        session = op.session(proposal.session_id)
    assert planner.requests[0].intent == "why does login fail with <redacted>?"
    journal = (folders["sessions"] / f"{session.id}.json").read_text()
    assert secrets.leaks(journal) == []


# ---------------------------------------------------------------------------- defence in depth
@pytest.mark.parametrize(
    "patch",
    [
        [
            {"op": "add", "path": "/metadata/annotations", "value": {}},
            {"op": "copy", "from": "/data/password", "path": "/metadata/annotations/leak"},
        ],
        # An invalid label value: the apiserver's error message quotes the value.
        [
            {"op": "add", "path": "/metadata/labels", "value": {}},
            {"op": "copy", "from": "/data/password", "path": "/metadata/labels/leak"},
        ],
    ],
    ids=["into an annotation", "into a label (echoed by the apiserver's error)"],
)
def test_a_form_the_screen_does_not_know_is_still_redacted_by_value(
    patch: list[Json],
    secrets: Secrets,
    kubeconfig: str,
    folders: dict[str, Path],
    repo_root: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Should an operation form slip past the screen, what leaves the adapter is still scrubbed:
    the dry-run diff, the apiserver's error, the record — and the change is not a noop."""
    monkeypatch.setattr(gateway_module, "screen", lambda op, values: Screened(op))
    copy_op = PatchOp(target=secrets.target, patch_type="json", patch=patch)
    seen: list[str] = []

    def script(request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        seen.append(cluster.dry_run(copy_op).model_dump_json())
        return PlanResult(operations=[copy_op], analysis="copy", category="scripted")

    with operator(kubeconfig, folders, ScriptedPlanner(script)) as op:
        proposal = op.analyze("copy the password", namespace=secrets.ns)
        session = op.session(proposal.session_id)
    [dry] = proposal.dry_run
    if "annotation" in json.dumps(patch):
        assert dry.ok
        assert dry.action == "update"
        assert [(c.path, c.after) for c in dry.diff] == [
            ("metadata.annotations", {"leak": "<redacted>"})
        ]
    else:
        assert not dry.ok
        assert "<redacted>" in dry.message, dry.message
    outputs = every_output(repo_root, kubeconfig, folders, session)
    outputs["planner dry-run"] = seen[0]
    assert_no_leak(secrets, outputs)
