"""The one settings object: precedence, validation naming the source, each default written once,
and each DOTOP_* variable read in exactly one place (and documented)."""

from __future__ import annotations

import argparse
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
    for name in ("CI", "JUPYTERHUB_USER", *CI_USER_VARIABLES, *settings_mod.ENVIRONMENT):
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


@pytest.mark.parametrize(
    ("env", "expected", "source"),
    [
        ({}, False, "default"),
        ({"CI": "true"}, True, "CI"),
        ({"CI": "1"}, True, "CI"),
        ({"CI": "false"}, False, "default"),
        ({"CI": "true", "DOTOP_UNATTENDED": "no"}, False, "DOTOP_UNATTENDED"),
        ({"DOTOP_UNATTENDED": "on"}, True, "DOTOP_UNATTENDED"),
    ],
)
def test_a_ci_runner_is_unattended_unless_dotop_unattended_says(
    env: dict[str, str], expected: bool, source: str
) -> None:
    assert Settings.from_env(env).unattended is expected
    assert setting("unattended", env) is expected
    assert settings_mod.source("unattended", env) == source
    # An explicit value (the trait, a flag) still wins over both.
    assert Settings.from_env(env, unattended=not expected).unattended is (not expected)


def test_a_bad_dotop_unattended_is_refused_also_on_a_ci_runner() -> None:
    with pytest.raises(ConfigError, match="DOTOP_UNATTENDED"):
        setting("unattended", {"CI": "true", "DOTOP_UNATTENDED": "maybe"})


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


# Other settings that happen to be 120 s: the local cluster's start-up (localcluster/) and the
# evaluation fixture's roll-out wait.
OTHER_TIMEOUTS = {"evaluation/fixtures.py"}


def test_the_validation_timeout_default_is_written_once() -> None:
    """A statement about a validation timeout that spells 120 anywhere but settings.py restates
    the default (it drifted in ten places before)."""
    offenders = []
    for path in _sources():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in ("settings.py", *OTHER_TIMEOUTS) or rel.startswith("localcluster/"):
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


# ---------------------------------------------------------------------------- the surfaces
SURFACES = (
    "cli.py",
    "magics",
    "runbooks/__init__.py",
    "commands/runbook.py",
    "commands/audit.py",
    "commands/knowledge.py",
)
"""Where settings are given (``commands/eval.py`` is not one: its ``--planner`` and ``-n`` choose
the planner to score and the namespace it creates, not the engine's settings)."""
OTHER_FLAGS = {("commands/runbook.py", "--timeout")}
"""Flags spelled like a setting's that are another setting: `runbook run --timeout` is the
seconds per notebook cell."""
FLAGS = {f.metadata["flag"]: f.name for f in dataclasses.fields(Settings) if f.metadata["flag"]}
TRAITS = {
    f.metadata["trait"].split(".")[1]: f.name
    for f in dataclasses.fields(Settings)
    if f.metadata["trait"]
}
NAMES = {f.name for f in dataclasses.fields(Settings)}


def _surface_files() -> list[Path]:
    found = []
    for name in SURFACES:
        where = PACKAGE / name
        found += sorted(where.rglob("*.py")) if where.is_dir() else [where]
    return found


def _restated_defaults(path: Path, rel: str | None = None) -> list[str]:
    """Where ``path`` spells a default of a setting instead of leaving it to Settings: a CLI
    flag of a setting with ``default=``; a ``%config`` trait of a setting given a value (or
    without a ``@default`` reading the setting, when its type's own default is not "unset");
    a function parameter named like a setting with a default other than None."""
    tree = ast.parse(path.read_text())
    rel = rel or path.relative_to(PACKAGE).as_posix()
    found: list[str] = []
    defaulted = {
        arg.value
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        for deco in node.decorator_list
        if isinstance(deco, ast.Call) and getattr(deco.func, "id", "") == "default"
        for arg in deco.args
        if isinstance(arg, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "add_argument":
            flags = {a.value for a in node.args if isinstance(a, ast.Constant)}
            flags -= {flag for where, flag in OTHER_FLAGS if where == rel}
            if flags & set(FLAGS) and any(k.arg == "default" for k in node.keywords):
                found.append(f"{rel}:{node.lineno} flag {sorted(flags)} spells a default")
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if not (
                    isinstance(item, ast.Assign)
                    and isinstance(item.value, ast.Call)
                    and len(item.targets) == 1
                    and isinstance(item.targets[0], ast.Name)
                    and item.targets[0].id in TRAITS
                ):
                    continue
                call, name = item.value, item.targets[0].id
                # .tag(config=True) wraps the trait's own call
                if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Call):
                    call = call.func.value
                kind = getattr(call.func, "id", "")
                if call.args or any(k.arg == "default_value" for k in call.keywords):
                    found.append(f"{rel}:{item.lineno} trait {name} spells a default")
                elif kind != "Unicode" and name not in defaulted:
                    found.append(f"{rel}:{item.lineno} trait {name} has no @default")
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            positional = args.posonlyargs + args.args
            pairs = list(
                zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True)
            )
            pairs += [
                (a, d)
                for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
                if d is not None
            ]
            for arg, value in pairs:
                if arg.arg in NAMES and not (
                    isinstance(value, ast.Constant) and value.value is None
                ):
                    found.append(f"{rel}:{node.lineno} parameter {arg.arg} spells a default")
    return found


def test_no_surface_restates_a_default_of_the_settings() -> None:
    """CLI flags, ``%config OperateMagics`` traits and runbook parameters map onto Settings:
    None / unset means "the setting", so each default is written once (in settings.py)."""
    offenders = [hit for path in _surface_files() for hit in _restated_defaults(path)]
    assert offenders == []


@pytest.mark.parametrize(
    ("source", "phrase"),
    [
        ('p.add_argument("--timeout", type=float, default=120.0)', "flag ['--timeout']"),
        ('p.add_argument("-n", "--namespace", default="default")', "flag ['--namespace', '-n']"),
        ('class M:\n    planner = Unicode("auto").tag(config=True)', "trait planner spells"),
        ("class M:\n    rollback = Bool(default_value=True)", "trait rollback spells"),
        ("class M:\n    validation_timeout = Float(help='s')", "validation_timeout has no"),
        ("def operate(*, validation_timeout: float = 120.0): ...", "parameter validation_timeout"),
        ("def operate(planner='offline'): ...", "parameter planner spells"),
    ],
)
def test_the_surface_check_finds_a_restated_default(
    tmp_path: Path, source: str, phrase: str
) -> None:
    path = tmp_path / "surface.py"
    path.write_text(source + "\n")
    hits = _restated_defaults(path, rel="surface.py")
    assert len(hits) == 1, hits
    assert phrase in hits[0]


def test_the_cli_help_states_the_settings_defaults() -> None:
    from dotop_nb.cli import build_parser  # noqa: PLC0415

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    operate = sub.choices["operate"]
    helps = {o: a.help for a in operate._actions for o in a.option_strings}
    assert helps["-n"] == "namespace (default: DOTOP_NAMESPACE, else default)"
    assert (
        helps["--timeout"]
        == "validation timeout, seconds (default: DOTOP_VALIDATION_TIMEOUT, else 120 s)"
    )
    assert "(default: DOTOP_PLANNER, else auto)" in str(helps["--planner"])
    args = operate.parse_args(["scale", "x"])
    assert (args.namespace, args.planner, args.timeout) == (None, None, None)


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

_READ = re.compile(r"""(?:environ|getenv|_env_path)\b[^\n]{0,40}?["'](DOTOP_[A-Z_]+)["']""")
_NAME = re.compile(r"\bDOTOP_[A-Z0-9_]*[A-Z0-9]\b")


def test_every_dotop_variable_is_read_by_its_one_owner() -> None:
    offenders = []
    for path in _sources():
        rel = path.relative_to(PACKAGE).as_posix()
        for m in _READ.finditer(path.read_text()):
            variable = m.group(1)
            if OWNERS.get(variable) != rel:
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
