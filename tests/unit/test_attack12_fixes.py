"""Attack 12 defects 4 (same image), 6 (a runbook's namespace must exist) and 8 (plain-text
analysis, a satisfied scale's analysis), over the in-memory cluster double."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dotop_nb import report
from dotop_nb.errors import ConfigError
from dotop_nb.runbooks.procedure import check_namespace_exists
from dotop_nb.ui import views
from dotop_nb.ui.widget import ProposalWidget
from tests.helpers import deployment
from tests.memory import engine


def test_a_runbook_namespace_that_does_not_exist_is_bad_input(tmp_path: Path) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop"))
    check_namespace_exists(op, "shop")  # exists: nothing said
    with pytest.raises(ConfigError) as err:
        check_namespace_exists(op, "nosuchns")
    assert err.value.exit_code == 2
    assert err.value.message.startswith("namespace 'nosuchns' does not exist in ")
    assert err.value.hint == "pass the namespace the application runs in: -p namespace NAME"


def test_plain_text_analysis_has_no_markdown_emphasis(tmp_path: Path) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop", replicas=2))
    p = op.analyze("scale my-api to 3", namespace="shop")
    assert "**3**" in p.analysis  # the HTML view renders it bold
    text = report.proposal_text(p)
    assert "Scale it to 3 through its scale subresource." in text
    assert "**" not in text
    assert report.plain_markdown("2 ** 3 and **bold**") == "2 ** 3 and bold"


def test_a_satisfied_scale_says_it_already_runs_that_many(tmp_path: Path) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop", replicas=3))
    p = op.analyze("scale my-api to 3", namespace="shop")
    assert p.status == "satisfied"
    assert "already runs 3 replicas" in p.analysis
    assert "Scale it to" not in p.analysis


def test_setting_the_image_it_already_runs_is_satisfied_not_a_question(tmp_path: Path) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop", image="nginx:1.25"))
    p = op.analyze("set image of my-api to nginx:1.25", namespace="shop")
    assert p.status == "satisfied", p.question
    assert p.question is None
    assert "already runs `nginx:1.25`: nothing to change" in p.analysis


def test_the_widget_says_the_status_and_a_question_once(tmp_path: Path) -> None:
    _, op = engine(tmp_path, deployment("my-api", "shop"))
    p = op.analyze("scale my-api", namespace="shop")
    assert p.status == "needs_clarification"
    assert p.question is not None
    widget = ProposalWidget(op, op.session(p.session_id), approver="bob")
    shown = re.sub("<[^>]+>", " ", widget.record.value)
    assert shown.count(p.question[:40]) == 1
    assert "answer the question above" in shown
    assert widget.status.value == ""  # nothing under the buttons the record already says
    assert widget.approve_button.layout.display == "none"  # nothing to approve yet
    assert widget.refine_button.layout.display is None
    text = views.session_text(op.session(p.session_id))
    assert text.count(p.question[:40]) == 1
    assert "Status: needs_clarification — answer the question above" in text
    ready = op.analyze("scale my-api to 3", namespace="shop")
    live = ProposalWidget(op, op.session(ready.session_id), approver="bob")
    assert live.status.value == ""
    assert live.approve_button.layout.display is None
    assert "proposed" in live.record.value
