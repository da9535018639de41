"""The one settings object: precedence, validation naming the source, each default written once,
and each DOTOP_* variable read in exactly one place (and documented)."""

from __future__ import annotations

import ast
import dataclasses
import getpass
import re
import tokenize
from pathlib import Path

import pytest

from dotop_nb import settings as settings_mod
from dotop_nb.config import NO_POLICIES, STARTER_POLICIES
from dotop_nb.errors import ConfigError
from dotop_nb.knowledge import KnowledgeBase
from dotop_nb.knowledge.location import Location
from dotop_nb.policy import load_policy_set, policy_choice
from dotop_nb.sessions import default_folder
from dotop_nb.settings import CI_USER_VARIABLES, Settings, setting

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "dotop_nb"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no ./policies or ./patterns unless a test makes them
    for name in ("DOTOP_USER", "JUPYTERHUB_USER", *CI_USER_VARIABLES, *settings_mod.ENVIRONMENT):
        monkeypatch.delenv(name, raising=False)


# ---------------------------------------------------------------------------- precedence
def test_defaults_without_any_variable(tmp_path: Path) -> None:
    s = Settings.from_env({})
    assert s.namespace == "default"
    assert s.planner == "auto"
    assert s.model is None
    assert s.sessions == tmp_path / ".dotop" / "sessions"
    assert s.policies == STARTER_POLICIES
    assert s.patterns is None
    assert s.validation_timeout == 120.0
    assert s.request_timeout == 30.0
    assert s.unattended is False
    assert s.rollback is True
    assert s.user == getpass.getuser()


def test_the_working_directory_folders_are_the_next_defaults(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    (tmp_path / "patterns").mkdir()
    s = Settings.from_env({})
    assert s.policies == Path("policies")
    assert s.patterns == Path("patterns")


def test_variables_override_defaults_and_arguments_override_variables(tmp_path: Path) -> None:
    env = {
        "DOTOP_NAMESPACE": "shop",
        "DOTOP_PLANNER": "offline",
        "DOTOP_SESSIONS": str(tmp_path / "journal"),
        "DOTOP_POLICIES": "none",
        "DOTOP_PATTERNS": str(tmp_path / "pats"),
        "DOTOP_VALIDATION_TIMEOUT": "45",
        "DOTOP_REQUEST_TIMEOUT": "7.5",
        "DOTOP_USER": "alice",
        "DOTOP_UNATTENDED": "yes",
    }
    s = Settings.from_env(env)
    assert (s.namespace, s.planner, s.policies, s.user, s.unattended) == (
        "shop",
        "offline",
        NO_POLICIES,
        "alice",
        True,
    )
    assert (s.sessions, s.patterns) == (tmp_path / "journal", tmp_path / "pats")
    assert (s.validation_timeout, s.request_timeout) == (45.0, 7.5)

    o = Settings.from_env(
        env,
        namespace="prod",
        policies=str(tmp_path / "pol"),
        validation_timeout=10,
        user="bob",
        unattended=False,
        sessions=None,  # None keeps the variable's value
    )
    assert (o.namespace, o.policies, o.validation_timeout, o.user, o.unattended) == (
        "prod",
        tmp_path / "pol",
        10.0,
        "bob",
        False,
    )
    assert o.sessions == tmp_path / "journal"


def test_replace_is_a_validated_copy() -> None:
    s = Settings.from_env({})
    t = s.replace(namespace="shop", context=None)
    assert (t.namespace, s.namespace, t.context) == ("shop", "default", None)
    with pytest.raises(ConfigError, match="namespace="):
        s.replace(namespace="Not_Valid")
    with pytest.raises(TypeError, match="unknown setting"):
        s.replace(namepsace="shop")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.namespace = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DOTOP_USER": "alice", "JUPYTERHUB_USER": "hub", "GITHUB_ACTOR": "gh"}, "alice"),
        ({"JUPYTERHUB_USER": "hub", "GITHUB_ACTOR": "gh"}, "hub"),
        ({"GITHUB_ACTOR": "octocat", "GITLAB_USER_LOGIN": "gl"}, "octocat"),
        ({"GITLAB_USER_LOGIN": "gl-user"}, "gl-user"),
        ({"BUILDKITE_BUILD_CREATOR": "Jane Doe"}, "Jane Doe"),
        ({"CIRCLE_USERNAME": "circle"}, "circle"),
        ({"BUILD_REQUESTEDFOR": "Azure Person"}, "Azure Person"),
        ({"DOTOP_USER": "  "}, getpass.getuser()),
    ],
)
def test_the_approver_is_a_real_identity(env: dict[str, str], expected: str) -> None:
    assert Settings.from_env(env).user == expected


def test_without_an_os_user_name_the_approver_is_the_uid(monkeypatch: pytest.MonkeyPatch) -> None:
    def nobody() -> str:
        raise KeyError("getpwuid(): uid not found: 1000770000")

    monkeypatch.setattr(getpass, "getuser", nobody)
    assert Settings.from_env({}).user == f"uid-{__import__('os').getuid()}"


# ---------------------------------------------------------------------------- bad values
@pytest.mark.parametrize(
    ("variable", "value", "phrase"),
    [
        ("DOTOP_NAMESPACE", "Shop_1", "not a valid namespace name"),
        ("DOTOP_PLANNER", "gpt 5!", "not a planner name"),
        ("DOTOP_VALIDATION_TIMEOUT", "nan", "positive, finite"),
        ("DOTOP_VALIDATION_TIMEOUT", "soon", "number of seconds"),
        ("DOTOP_REQUEST_TIMEOUT", "-1", "positive, finite"),
        ("DOTOP_REQUEST_TIMEOUT", "inf", "positive, finite"),
        ("DOTOP_USER", "alice\nApproved by root", "not a usable user name"),
        ("JUPYTERHUB_USER", "x" * 300, "not a usable user name"),
        ("GITHUB_ACTOR", "bot\x1b[2J", "not a usable user name"),
        ("DOTOP_UNATTENDED", "maybe", "not a yes/no value"),
        ("DOTOP_SESSIONS", "a\0b", "not a folder path"),
    ],
)
def test_a_bad_variable_is_a_config_error_naming_it(variable: str, value: str, phrase: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({variable: value})
    assert phrase in caught.value.message
    assert variable in caught.value.message
    assert caught.value.exit_code == 2


@pytest.mark.parametrize(
    ("name", "value", "phrase"),
    [
        ("validation_timeout", 0, "positive, finite"),
        ("validation_timeout", True, "positive, finite"),
        ("request_timeout", "x", "number of seconds"),
        ("namespace", "-shop", "not a valid namespace name"),
        ("user", "a\rb", "not a usable user name"),
        ("rollback", "perhaps", "not a yes/no value"),
    ],
)
def test_a_bad_argument_is_a_config_error_naming_it(name: str, value: object, phrase: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({}, **{name: value})
    assert phrase in caught.value.message
    assert f"{name}=" in caught.value.message


def test_one_setting_alone_ignores_an_unrelated_bad_variable(tmp_path: Path) -> None:
    env = {"DOTOP_VALIDATION_TIMEOUT": "nan", "DOTOP_POLICIES": str(tmp_path)}
    assert setting("policies", env) == tmp_path
    with pytest.raises(ConfigError, match="DOTOP_VALIDATION_TIMEOUT"):
        Settings.from_env(env)


def test_the_engines_take_their_defaults_from_the_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DOTOP_POLICIES", "none")
    monkeypatch.setenv("DOTOP_SESSIONS", str(tmp_path / "j"))
    assert policy_choice() == NO_POLICIES
    assert load_policy_set().origin == "none"
    assert default_folder() == tmp_path / "j"
    assert KnowledgeBase(location=Location()).folders["policy"] is None
    # An explicit "none" also means no policy documents in the knowledge base (it used to fall
    # back to the variable or ./policies).
    monkeypatch.delenv("DOTOP_POLICIES")
    assert KnowledgeBase(policies="none", location=Location()).folders["policy"] is None
    assert KnowledgeBase(location=Location()).folders["policy"] == STARTER_POLICIES


# ---------------------------------------------------------------------------- written once
def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _statements(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, source text, number tokens) of each logical line of ``path``."""
    found: list[tuple[int, str, list[str]]] = []
    with path.open("rb") as handle:
        text, numbers, start = "", [], 0
        for tok in tokenize.tokenize(handle.readline):
            if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
                if numbers:
                    found.append((start, text, numbers))
                text, numbers, start = "", [], 0
                continue
            if tok.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
                continue
            start = start or tok.start[0]
            text += " " + tok.string
            if tok.type == tokenize.NUMBER:
                numbers.append(tok.string)
    return found


# Files other helpers own this round; they switch to dotop_nb.settings when merged (reported).
PENDING = {"cli.py", "magics.py", "runbooks/__init__.py"}
# Other settings that happen to be 120 s: the local cluster's start-up (localcluster/) and the
# evaluation fixture's roll-out wait.
OTHER_TIMEOUTS = {"evaluation/fixtures.py"}


def test_the_validation_timeout_default_is_written_once() -> None:
    """A statement about a validation timeout that spells 120 anywhere but settings.py restates
    the default (it drifted in ten places before)."""
    offenders = []
    for path in _sources():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in ("settings.py", *PENDING, *OTHER_TIMEOUTS) or rel.startswith("localcluster/"):
            continue
        for line, text, numbers in _statements(path):
            if "timeout" in text.lower() and {"120", "120.0"} & set(numbers):
                offenders.append(f"{rel}:{line}")
    assert offenders == []


def test_the_folder_defaults_are_decided_once() -> None:
    """``Path("policies")``, ``Path("patterns")`` and ``".dotop"`` are code only in settings.py
    (docstring examples aside)."""
    offenders = []
    for path in _sources():
        if path.name == "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and node.value == ".dotop":
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Path"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value in ("policies", "patterns")
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


# ---------------------------------------------------------------------------- one reader
OWNERS = {
    **dict.fromkeys(settings_mod.ENVIRONMENT, "settings.py"),
    **dict.fromkeys(
        (
            "DOTOP_MODEL",
            "DOTOP_MAX_TOKENS",
            "DOTOP_MAX_TURNS",
            "DOTOP_MAX_TOOL_CALLS",
            "DOTOP_TOKEN_BUDGET",
            "DOTOP_TIME_LIMIT",
            "DOTOP_TOOL_OUTPUT_LIMIT",
            "DOTOP_API_RETRIES",
            "DOTOP_API_TIMEOUT",
            "DOTOP_READ_NAMESPACES",
        ),
        "planner/settings.py",
    ),
    **dict.fromkeys(
        (
            "DOTOP_QDRANT_URL",
            "DOTOP_QDRANT_API_KEY",
            "DOTOP_QDRANT_PATH",
            "DOTOP_QDRANT_COLLECTION",
        ),
        "knowledge/location.py",
    ),
    "DOTOP_EMBEDDER": "knowledge/embeddings.py",
    **dict.fromkeys(
        ("DOTOP_SIGNING_KEY_FILE", "DOTOP_TEAM_KEY_FILE", "DOTOP_TEAM_KEY"), "signing.py"
    ),
    **dict.fromkeys(("DOTOP_CACHE_DIR", "DOTOP_STATE_DIR", "DOTOP_KUBE_BIN"), "config.py"),
    "DOTOP_SCENARIOS": "evaluation/model.py",
}
"""Each DOTOP_* variable → the one module that reads it (docs/configuration.md says the same)."""

# magics.py still reads DOTOP_USER / DOTOP_UNATTENDED for its trait defaults; its owner switches
# it to Settings after this round's merge (see the report of the `settings` helper).
PENDING_READS = {("magics.py", "DOTOP_USER"), ("magics.py", "DOTOP_UNATTENDED")}
_READ = re.compile(r"""(?:environ|getenv|_env_path)\b[^\n]{0,40}?["'](DOTOP_[A-Z_]+)["']""")
_NAME = re.compile(r"\bDOTOP_[A-Z0-9_]*[A-Z0-9]\b")


def test_every_dotop_variable_is_read_by_its_one_owner() -> None:
    offenders = []
    for path in _sources():
        rel = path.relative_to(PACKAGE).as_posix()
        for m in _READ.finditer(path.read_text()):
            variable = m.group(1)
            if OWNERS.get(variable) != rel and (rel, variable) not in PENDING_READS:
                offenders.append(f"{rel} reads {variable} (owner: {OWNERS.get(variable)})")
    assert offenders == []


def test_every_dotop_variable_has_an_owner_and_is_documented() -> None:
    named = {v for path in _sources() for v in _NAME.findall(path.read_text())}
    assert named - set(OWNERS) == set()
    documented = set(_NAME.findall((ROOT / "docs" / "configuration.md").read_text()))
    assert set(OWNERS) - documented == set()


def test_each_settings_field_is_documented_with_its_sources() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text()
    tree = ast.parse((PACKAGE / "settings.py").read_text())
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Settings")
    body = cls.body
    for f in dataclasses.fields(Settings):
        assert f"| `{f.name}` |" in doc, f.name
        if f.metadata["env"]:
            assert f.metadata["env"] in doc
        # a docstring right after the field (kopf style)
        index = next(
            i
            for i, n in enumerate(body)
            if isinstance(n, ast.AnnAssign)
            and isinstance(n.target, ast.Name)
            and n.target.id == f.name
        )
        nxt = body[index + 1]
        assert isinstance(nxt, ast.Expr), f.name
        assert isinstance(nxt.value, ast.Constant), f.name
