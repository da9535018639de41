"""The proposal as people read it (issue 12, "The view"): a unified YAML diff like ``kubectl
diff``, markdown rendered safely, operations in plan order, no repeated status words, and a
proposal that changes nothing said to be nothing to do."""

from __future__ import annotations

import re
from pathlib import Path

from dotop_nb import diffing, report
from dotop_nb.app import Approval, workflow
from dotop_nb.app.outcomes import EXIT
from dotop_nb.models import FieldChange
from dotop_nb.ui import html
from dotop_nb.ui.views import SessionView
from tests.helpers import deployment
from tests.memory import engine
from tests.unit.test_ui import make_session

SPREAD = [
    {
        "maxSkew": 1,
        "topologyKey": "topology.kubernetes.io/zone",
        "whenUnsatisfiable": "DoNotSchedule",
        "labelSelector": {"matchLabels": {"app": "my-api"}},
    }
]


# ------------------------------------------------------------------------------ the diff
def test_an_update_is_a_unified_yaml_diff_with_whole_complex_values() -> None:
    before = deployment("my-api", "shop")
    after = deployment("my-api", "shop", replicas=4, image="nginx:1.27")
    after["spec"]["template"]["spec"]["topologySpreadConstraints"] = SPREAD
    after["metadata"]["annotations"] = {"deployment.kubernetes.io/revision": "2", "a.b/c": "x"}
    lines = diffing.unified(diffing.diff(before, after), name="deployment/my-api in shop")
    assert lines == [
        "--- deployment/my-api in shop (now)",
        "+++ deployment/my-api in shop (after, server-side dry-run)",
        "@@ -1,7 +1,17 @@",
        "+metadata:",
        "+  annotations:",
        "+    a.b/c: x",
        " spec:",
        "-  replicas: 2",
        "+  replicas: 4",
        "   template:",
        "     spec:",
        "       containers:",
        "       - name: app",
        "-        image: nginx:1.25",
        "+        image: nginx:1.27",
        "+      topologySpreadConstraints:",
        "+      - maxSkew: 1",
        "+        topologyKey: topology.kubernetes.io/zone",
        "+        whenUnsatisfiable: DoNotSchedule",
        "+        labelSelector:",
        "+          matchLabels:",
        "+            app: my-api",
    ]


def test_a_create_hides_every_server_managed_field() -> None:
    created = deployment("my-api", "shop")
    created["metadata"].update(
        uid="0b6c",
        resourceVersion="41",
        generation=1,
        creationTimestamp="2026-11-26T12:00:00Z",
        selfLink="/x",
        managedFields=[{"manager": "dotop-nb"}],
    )
    created["status"] = {"replicas": 0}
    text = "\n".join(diffing.unified(diffing.diff({}, created), name="d"))
    for server_field in (
        "uid",
        "resourceVersion",
        "generation",
        "creationTimestamp",
        "selfLink",
        "managedFields",
        "status",
    ):
        assert server_field not in text
    assert "+  name: my-api" in text
    assert "+        image: nginx:1.25" in text
    assert all(line.startswith(("+", "---", "@@")) for line in text.splitlines()[1:])


def test_the_html_diff_tints_lines_with_theme_safe_colours_and_escapes_them() -> None:
    page = html.unified_diff(["--- a", "+++ b", "@@ -1 +1 @@", "-x: <b>", "+x: '&'", " y: 1"])
    assert "&lt;b&gt;" in page
    assert "<b>" not in page
    assert "&#x27;&amp;&#x27;" in page
    # Tints over the theme's own colours (no fixed text colour that a dark theme would hide).
    assert page.count("background:rgba(46,160,67,0.22)") == 1
    assert page.count("background:rgba(248,81,73,0.22)") == 1
    assert "var(--jp-content-font-color2" in page
    assert "color:#" not in page


def test_the_text_report_shows_the_same_diff_in_full() -> None:
    session = make_session()
    text = report.session_text(session)
    assert "       -  replicas: 2\n       +  replicas: 3" in text


def test_a_create_shows_its_manifest_once_folded_and_an_update_its_diff_open() -> None:
    session = make_session()
    page = html.session(session)
    assert "<details><summary>kubectl, operation</summary>" in page
    assert page.index("-  replicas: 2") < page.index("<details>")


# ------------------------------------------------------------------------------ text
def test_markdown_is_rendered_after_everything_is_escaped() -> None:
    page = html.markdown(
        "my-api runs **4** replicas of `nginx:1.25`.\n\n- one <img src=x onerror=alert(1)>\n"
        "- **two**\n<script>alert(1)</script> `<b>` **<i>x</i>**"
    )
    assert "<strong>4</strong>" in page
    assert "<code>nginx:1.25</code>" in page
    assert "<li>one &lt;img src=x onerror=alert(1)&gt;</li><li><strong>two</strong></li>" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<code>&lt;b&gt;</code>" in page
    assert "<strong>&lt;i&gt;x&lt;/i&gt;</strong>" in page
    for raw in ("<img", "<script", "<b>", "<i>"):
        assert raw not in page
    # Words wrap at spaces; only a token longer than the line breaks.
    assert "word-break:normal;overflow-wrap:anywhere" in page


def test_operations_are_listed_in_plan_order_whatever_their_action() -> None:
    session = make_session()
    p = session.proposal
    create = p.dry_run[0].model_copy(update={"action": "create"})
    session.proposals[0] = p.model_copy(
        update={
            "operations": [p.operations[0], p.operations[0], p.operations[0]],
            "dry_run": [p.dry_run[0], create, p.dry_run[0]],
        }
    )
    page = html.changes(session.proposal)
    actions = re.findall(r"<em [^>]*>(\w+)</em>", page)
    assert actions == ["update", "create", "update"]
    assert "2 update, 1 create" in page


def test_no_status_word_is_said_twice() -> None:
    session = make_session()
    text = report.session_text(session)
    assert "Status: proposed — 1 operation(s); approve plan" in text
    assert "proposed proposed" not in html.session(session).replace("</span> ", " ")
    assert report.status_message("rejected", "rejected: not today") == "not today"
    assert report.status_message("proposed", "proposal made") == "proposal made"


def test_dry_run_ok_is_white_on_green_readable_in_both_themes() -> None:
    page = html.session(make_session())
    assert (
        'style="color:#fff;background:#1a7f37;padding:0 6px;border-radius:8px">dry-run ok' in page
    )


# ------------------------------------------------------------------------------ nothing to do
def test_an_intent_already_satisfied_is_nothing_to_do_and_offers_no_approval(
    tmp_path: Path,
) -> None:
    _, operator = engine(tmp_path, deployment("my-api", "shop", replicas=3))
    proposal = operator.analyze("scale my-api to 3 replicas", namespace="shop")
    session = operator.session(proposal.session_id)
    assert (proposal.status, session.status) == ("satisfied", "satisfied")
    assert [d.action for d in proposal.dry_run] == ["noop"]
    assert session.message == (
        "nothing to do: deployment/my-api in shop is already in the requested state"
    )
    data, _ = SessionView(session, buttons=True)._repr_mimebundle_()
    assert (
        "Status: satisfied — nothing to do: deployment/my-api in shop is already"
        in (data["text/plain"])
    )
    # Nothing to approve: no hint, no plan hash to copy.
    assert "%operate approve" not in data["text/plain"]
    assert "Plan hash:" not in data["text/plain"]
    assert "approve" not in data["text/html"].lower()
    assert EXIT["satisfied"] == 0


def test_approving_a_satisfied_session_is_nothing_to_do_and_changes_nothing(
    tmp_path: Path,
) -> None:
    cluster, operator = engine(tmp_path, deployment("my-api", "shop", replicas=3))
    proposal = operator.analyze("scale my-api to 3 replicas", namespace="shop")
    version = cluster.get("apps/v1", "Deployment", "my-api", "shop")["metadata"]["resourceVersion"]  # type: ignore[index]
    approval = Approval.given("cli", by="bob", plan_hash=proposal.plan_hash)
    outcome = workflow.approve(operator, proposal.session_id, approval, rollback=True)
    # attack12 4: "nothing to do" (exit 0), not a refusal nor an illegal transition
    assert (outcome.status, outcome.exit_code, outcome.error) == ("satisfied", 0, None)
    assert operator.session(proposal.session_id).status == "satisfied"
    after = cluster.get("apps/v1", "Deployment", "my-api", "shop")
    assert after["metadata"]["resourceVersion"] == version  # type: ignore[index]


def test_a_diff_of_field_changes_places_named_items_and_dotted_keys() -> None:
    changes = [
        FieldChange(path="metadata.labels.app.kubernetes.io/name", before=None, after="api"),
        FieldChange(path="spec.template.spec.containers[app].image", before="a:1", after="a:2"),
    ]
    before, after = diffing.sides(changes)
    assert before == {
        "spec": {"template": {"spec": {"containers": [{"name": "app", "image": "a:1"}]}}}
    }
    assert after["metadata"] == {"labels": {"app.kubernetes.io/name": "api"}}
