"""Signed records on the real control plane (issue 10, finding 1; issue 9 §3).

A session file is a record, never a permission: a hand edit — deny decisions deleted, a policy
effect relaxed, an operation changed, each with the plan hash recomputed — is refused before
anything runs, and the cluster is unchanged. A colleague's session is executed only with a shared
team key. In notebooks, the record survives a save by JupyterLab (Node's real JSON.stringify) and
nbformat, and an edit of what reviewers read (text/html, text/plain) fails the audit.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nbformat
import pytest

from dotop_nb import audit
from dotop_nb.audit import MIME
from dotop_nb.cli import main
from dotop_nb.cluster.client import KubeClient
from dotop_nb.commands.audit import EXIT_OK, EXIT_TAMPERED, EXIT_UNVERIFIED
from dotop_nb.models import Proposal
from dotop_nb.service import Operator
from dotop_nb.sessions import SessionTampered, SessionUnverified
from dotop_nb.signing import key_id
from tests.helpers import deploy, deployment
from tests.integration.test_audit import cell, write
from tests.integration.test_magic import Notebook, nb  # noqa: F401 -- the shell fixture

pytestmark = pytest.mark.integration

Json = dict[str, Any]
RESAVE = Path(__file__).with_name("resave.js")
TEAM_KEY = "team-" + "7" * 40


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "cap.yaml").write_text(
        "id: cap\nname: Cap\ndescription: at most 10 replicas\neffect: deny\n"
        "rules:\n  max_replicas: 10\n"
    )
    # The command line finds the same folders.
    monkeypatch.setenv("DOTOP_SESSIONS", str(tmp_path / "sessions"))
    monkeypatch.setenv("DOTOP_POLICIES", str(policies))
    return {"sessions": tmp_path / "sessions", "policies": policies}


def operator(kubeconfig: str, folders: dict[str, Path]) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner="offline",
        sessions=folders["sessions"],
        policies=folders["policies"],
        validation_timeout=60,
    )


def as_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> None:
    """Become another user: their own key file (created on first use), no team key."""
    monkeypatch.setenv("DOTOP_SIGNING_KEY_FILE", str(tmp_path / "users" / name / "signing_key"))
    monkeypatch.delenv("DOTOP_TEAM_KEY", raising=False)


def state(kube: KubeClient, namespace: str) -> tuple[int, str]:
    dep = kube.get("apps/v1", "Deployment", "my-api", namespace)
    return int(dep["spec"]["replicas"]), str(dep["metadata"]["resourceVersion"])


# ------------------------------------------------------------------------------ journal edits
def _rehash(body: Json) -> str:
    """What a forger does after an edit: recompute the plan hash the way dotop-nb does."""
    proposal = body["proposals"][-1]
    proposal["plan_hash"] = ""
    proposal["plan_hash"] = Proposal.model_validate(proposal).compute_hash()
    return str(proposal["plan_hash"])


def deny_removed(body: Json) -> None:
    proposal = body["proposals"][-1]
    proposal["policy"] = [d for d in proposal["policy"] if d["effect"] != "deny"]
    proposal["status"] = body["status"] = "proposed"


def deny_relaxed(body: Json) -> None:
    proposal = body["proposals"][-1]
    for decision in proposal["policy"]:
        decision["effect"] = "warn" if decision["effect"] == "deny" else decision["effect"]
    proposal["status"] = body["status"] = "proposed"


def signature_stripped(body: Json) -> None:
    deny_removed(body)
    del body["signature"]


Edit = Callable[[Json], None]


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (deny_removed, "does not match its content"),
        (deny_relaxed, "does not match its content"),
        (signature_stripped, "not signed"),
    ],
    ids=["deny-decisions-deleted", "deny-relaxed-to-warn", "signature-stripped"],
)
def test_a_hand_edited_blocked_session_is_refused_at_execution(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    folders: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    edit: Edit,
    reason: str,
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    before = state(kube, namespace)
    with operator(kubeconfig, folders) as op:
        blocked = op.analyze("scale my-api to 50", namespace=namespace)
        assert blocked.status == "blocked"
        path = op.journal.path(blocked.session_id)
        body = json.loads(path.read_text())
        edit(body)
        forged_hash = _rehash(body)
        path.write_text(json.dumps(body, indent=2))
        evidence = path.read_bytes()

        with pytest.raises(SessionTampered, match=reason) as info:
            op.execute(blocked.session_id, approve=forged_hash)
        assert info.value.exit_code == 9
        assert "nothing was executed" in (info.value.hint or "")
        with pytest.raises(SessionTampered):
            op.reject(blocked.session_id)
    assert state(kube, namespace) == before
    assert path.read_bytes() == evidence  # nothing overwrote the evidence

    # The command line refuses it with exit 9, and lists / shows it marked.
    cluster = ["--kubeconfig", kubeconfig, "--planner", "offline"]
    sid = blocked.session_id
    assert main(["session", "approve", sid, "--hash", forged_hash, *cluster]) == 9
    assert "cannot be trusted" in capsys.readouterr().err
    assert main(["session", "list", *cluster]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith(sid)]
    assert line.split()[1] == "proposed"
    assert line.endswith("[TAMPERED]")
    assert main(["session", "show", sid, *cluster]) == 9
    shown = capsys.readouterr()
    assert sid in shown.out
    assert "cannot be trusted" in shown.err
    assert state(kube, namespace) == before
    assert path.read_bytes() == evidence


@pytest.mark.parametrize("field", ["replicas", "signature-of-another-session"])
def test_an_edited_operation_with_a_recomputed_hash_is_refused(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path], field: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    before = state(kube, namespace)
    with operator(kubeconfig, folders) as op:
        proposal = op.analyze("scale my-api to 3", namespace=namespace)
        other = op.analyze("scale my-api to 4", namespace=namespace)
        path = op.journal.path(proposal.session_id)
        body = json.loads(path.read_text())
        body["proposals"][-1]["operations"][0]["replicas"] = 9
        if field == "signature-of-another-session":
            body["signature"] = json.loads(op.journal.path(other.session_id).read_text())[
                "signature"
            ]
        forged = _rehash(body)
        path.write_text(json.dumps(body, indent=2))
        with pytest.raises(SessionTampered, match="does not match its content"):
            op.execute(proposal.session_id, approve=forged)
    assert state(kube, namespace) == before


def test_a_colleagues_session_runs_only_with_a_shared_team_key(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    folders: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    before = state(kube, namespace)
    as_user(monkeypatch, tmp_path, "alice")
    with operator(kubeconfig, folders) as op:
        own = op.analyze("scale my-api to 3", namespace=namespace)

    as_user(monkeypatch, tmp_path, "bob")
    with operator(kubeconfig, folders) as op:
        with pytest.raises(SessionUnverified, match="not known here") as info:
            op.execute(own.session_id, approve=own.plan_hash)
        assert info.value.exit_code == 11
        assert "DOTOP_TEAM_KEY_FILE" in (info.value.hint or "")
    assert state(kube, namespace) == before

    # With a team key, Alice's proposal is signed by it and Bob (holding it too) runs it.
    as_user(monkeypatch, tmp_path, "alice")
    monkeypatch.setenv("DOTOP_TEAM_KEY", TEAM_KEY)
    with operator(kubeconfig, folders) as op:
        shared = op.analyze("scale my-api to 3", namespace=namespace)
    signed_by = json.loads(op.journal.path(shared.session_id).read_text())["signature"]["key"]
    assert signed_by == key_id(TEAM_KEY.encode())
    as_user(monkeypatch, tmp_path, "bob")
    monkeypatch.setenv("DOTOP_TEAM_KEY", TEAM_KEY)
    with operator(kubeconfig, folders) as op:
        session = op.execute(shared.session_id, approve=shared.plan_hash)
        assert session.status == "executed", session.message
    assert state(kube, namespace)[0] == 3


# ------------------------------------------------------------------------------ notebook records
def produce(nb: Notebook, kube: KubeClient, namespace: str, path: Path) -> str:  # noqa: F811
    """A notebook with the records of a real proposal and its approval; the session id."""
    deploy(kube, deployment("my-api", namespace, replicas=2))
    proposal = nb.ok(f"%operate scale my-api to 3 -n {namespace}")
    sid = str(proposal.record.metadata[MIME]["session_id"])
    approval = nb.ok(f"%operate approve {sid} --hash {nb.hash(sid)}")
    write(
        path,
        [
            cell(f"%operate scale my-api to 3 -n {namespace}", proposal.io.outputs),
            cell(f"%operate approve {sid} --hash {nb.hash(sid)}", approval.io.outputs),
        ],
    )
    return sid


def audit_cli(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["audit", str(path)])
    return code, capsys.readouterr().out


def resave_with_node(source: Path, target: Path, mode: str) -> str:
    node = shutil.which("node")
    assert node, "node is needed to re-save notebooks the way JupyterLab does"
    subprocess.run([node, str(RESAVE), str(source), str(target), mode], check=True, timeout=60)
    return target.read_text()


def test_a_notebook_saved_by_jupyterlab_and_nbformat_still_verifies(
    nb: Notebook,  # noqa: F811
    kube: KubeClient,
    namespace: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    original = tmp_path / "incident.ipynb"
    sid = produce(nb, kube, namespace, original)
    [row] = audit.read(original).to_dict("records")
    assert (row["session_id"], row["outcome"], row["trust"]) == (sid, "executed", "verified")
    # nbformat writes Python floats as 0.0 and multi-line strings as lists of lines.
    assert '"cost_usd": 0.0' in original.read_text()

    lab = resave_with_node(original, tmp_path / "lab.ipynb", "lab")
    assert '"cost_usd": 0.0' not in lab
    assert '"cost_usd": 0' in lab
    compact = resave_with_node(original, tmp_path / "compact.ipynb", "compact")
    assert "\n" not in compact.replace("\\n", "")
    # nbformat reading and writing again (it splits the joined strings back into lines).
    again = tmp_path / "nbformat.ipynb"
    nbformat.write(nbformat.read(tmp_path / "compact.ipynb", as_version=4), again)
    assert again.read_text() != compact

    for path in (original, tmp_path / "lab.ipynb", tmp_path / "compact.ipynb", again):
        [row] = audit.read(path).to_dict("records")
        assert (row["trust"], row["problems"]) == ("verified", []), path
        code, out = audit_cli(path, capsys)
        assert code == EXIT_OK, out
        assert "TAMPERED" not in out
        assert "UNVERIFIED" not in out


def _edit_views(path: Path, mime: str, old: str, new: str) -> None:
    document = json.loads(path.read_text())
    edited = 0
    for c in document["cells"]:
        for output in c.get("outputs", []):
            data = output.get("data", {})
            if MIME in data and mime in data:
                text = data[mime] if isinstance(data[mime], str) else "".join(data[mime])
                edited += old in text
                data[mime] = text.replace(old, new).splitlines(keepends=True)
    assert edited, f"{old!r} is not in any {mime}"
    path.write_text(json.dumps(document, indent=1))


@pytest.mark.parametrize(
    ("mime", "old", "new"),
    [
        ("text/html", "<strong>alice</strong>", "<strong>mallory</strong>"),
        ("text/html", "to 3 replicas", "to 30 replicas"),
        ("text/plain", "Approved by alice", "Approved by mallory"),
        ("text/plain", "to 3 replicas", "to 30 replicas"),
    ],
)
def test_an_edit_of_what_reviewers_read_fails_the_audit(
    nb: Notebook,  # noqa: F811
    kube: KubeClient,
    namespace: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    mime: str,
    old: str,
    new: str,
) -> None:
    path = tmp_path / "incident.ipynb"
    sid = produce(nb, kube, namespace, path)
    _edit_views(path, mime, old, new)
    [row] = audit.read(path).to_dict("records")
    assert row["trust"] == "tampered"
    assert row["tampered"] is True
    assert any(
        f"the {mime} representation (what reviewers read) was edited" in p for p in row["problems"]
    )
    code, out = audit_cli(path, capsys)
    assert code == EXIT_TAMPERED
    assert f"TAMPERED {sid}" in out


def test_an_added_representation_fails_the_audit(
    nb: Notebook,  # noqa: F811
    kube: KubeClient,
    namespace: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "incident.ipynb"
    produce(nb, kube, namespace, path)
    document = json.loads(path.read_text())
    document["cells"][1]["outputs"][0]["data"]["text/markdown"] = "**Approved by the CTO**"
    path.write_text(json.dumps(document))
    [row] = audit.read(path).to_dict("records")
    assert row["problems"] == ["the text/markdown representation was not signed with the record"]
    assert audit_cli(path, capsys)[0] == EXIT_TAMPERED


def test_a_team_key_verifies_a_colleagues_notebook_and_another_user_key_reports_unverified(
    nb: Notebook,  # noqa: F811
    kube: KubeClient,
    namespace: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    as_user(monkeypatch, tmp_path, "alice")
    monkeypatch.setenv("DOTOP_TEAM_KEY", TEAM_KEY)
    path = tmp_path / "shared.ipynb"
    sid = produce(nb, kube, namespace, path)
    lab = tmp_path / "shared-lab.ipynb"
    resave_with_node(path, lab, "lab")

    # Bob, with the team key: verified, signed by the team key.
    as_user(monkeypatch, tmp_path, "bob")
    monkeypatch.setenv("DOTOP_TEAM_KEY", TEAM_KEY)
    [row] = audit.read(lab).to_dict("records")
    assert (row["trust"], row["signed_by"]) == ("verified", key_id(TEAM_KEY.encode()))
    assert audit_cli(lab, capsys)[0] == EXIT_OK

    # Carol, without it: unverified, which is not tampered.
    as_user(monkeypatch, tmp_path, "carol")
    [row] = audit.read(lab).to_dict("records")
    assert (row["trust"], row["tampered"]) == ("unverified", False)
    team_id = key_id(TEAM_KEY.encode())
    assert row["problems"][0].startswith(f"unverified (key {team_id} unknown)")
    code, out = audit_cli(lab, capsys)
    assert code == EXIT_UNVERIFIED
    assert f"UNVERIFIED {sid}" in out
    assert "TAMPERED" not in out


def test_a_notebook_signed_by_another_users_own_key_is_unverified(
    nb: Notebook,  # noqa: F811
    kube: KubeClient,
    namespace: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    as_user(monkeypatch, tmp_path, "alice")
    path = tmp_path / "alice.ipynb"
    produce(nb, kube, namespace, path)
    alice = key_id((tmp_path / "users" / "alice" / "signing_key").read_bytes().strip())
    assert audit.read(path)["trust"].tolist() == ["verified"]

    as_user(monkeypatch, tmp_path, "bob")
    [row] = audit.read(path).to_dict("records")
    assert (row["trust"], row["signed_by"]) == ("unverified", alice)
    assert audit_cli(path, capsys)[0] == EXIT_UNVERIFIED
    # An edit is still an edit, whoever audits.
    _edit_views(path, "text/html", "<strong>alice</strong>", "<strong>bob</strong>")
    [row] = audit.read(path).to_dict("records")
    assert row["trust"] == "tampered"
    assert audit_cli(path, capsys)[0] == EXIT_TAMPERED
