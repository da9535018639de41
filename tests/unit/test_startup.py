"""What each entry point imports at start (structural: which modules, never how long).

``%load_ext dotop_nb`` registers the magic and nothing more; the workflow, the engine and the
views come in a background thread (dotop_nb.magics.lazy) or at the first ``%operate``. Each
check runs in a fresh interpreter, where ``sys.modules`` tells the truth.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dotop_nb.magics import lazy

# Each takes from a quarter of a second to seconds to import; none is needed to register %operate.
HEAVY = (
    "pandas",
    "qdrant_client",
    "anthropic",
    "kubernetes",
    "papermill",
    "ipywidgets",
    "pydantic",
    "dotop_nb.models",
    "dotop_nb.service",
)


def modules_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    loaded: list[str] = json.loads(done.stdout.splitlines()[-1])
    return loaded


def heavy_in(loaded: list[str]) -> list[str]:
    return [m for m in HEAVY if m in loaded]


def test_importing_the_magic_imports_nothing_heavy() -> None:
    loaded = modules_after("import dotop_nb.magics")
    assert "dotop_nb.magics.magic" in loaded
    assert heavy_in(loaded) == []


def test_load_ext_registers_operate_before_anything_heavy_is_imported() -> None:
    # Without the warm-up thread: what load() itself imports.
    code = (
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "from dotop_nb.magics import magic\n"
        "magic.warm = lambda *a, **k: None\n"
        "shell = InteractiveShell.instance()\n"
        "shell.run_line_magic('load_ext', 'dotop_nb')\n"
        "assert 'operate' in shell.magics_manager.magics['line']\n"
    )
    assert heavy_in(modules_after(code)) == []


def test_the_warm_up_imports_what_the_first_operate_needs() -> None:
    code = (
        "import threading\n"
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "shell = InteractiveShell.instance()\n"
        "shell.run_line_magic('load_ext', 'dotop_nb')\n"
        "[t.join(120) for t in threading.enumerate() if t.name == 'dotop-nb warm-up']\n"
    )
    loaded = modules_after(code)
    assert set(lazy.FIRST_USE) <= set(loaded)
    assert "kubernetes" in loaded  # the engine's cluster client
    # The in-memory pattern index does not need qdrant-client; widgets only in a kernel.
    assert "qdrant_client" not in loaded
    assert "ipywidgets" not in loaded


def test_a_kernel_that_exits_during_the_warm_up_exits_cleanly() -> None:
    code = (
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "shell = InteractiveShell.instance()\n"
        "shell.run_line_magic('load_ext', 'dotop_nb')\n"
        "print('loaded')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "loaded\n", "")


def test_the_command_line_help_imports_nothing_heavy() -> None:
    loaded = modules_after("import dotop_nb.cli")
    assert heavy_in(loaded) == []


def test_lazy_module_imports_on_first_attribute() -> None:
    loaded = modules_after(
        "from dotop_nb.magics.lazy import Lazy\n"
        "import sys\n"
        "views = Lazy('dotop_nb.ui.views')\n"
        "assert 'dotop_nb.ui.views' not in sys.modules, repr(views)\n"
        "views.show_session\n"
    )
    assert "dotop_nb.ui.views" in loaded


def test_lazy_module_reports_a_missing_attribute() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        lazy.Lazy("dotop_nb.errors").no_such_name  # noqa: B018


def test_the_first_command_waits_for_the_warm_up() -> None:
    code = (
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "shell = InteractiveShell.instance()\n"
        "shell.run_line_magic('load_ext', 'dotop_nb')\n"
        "magics = shell.magics_manager.registry['OperateMagics']\n"
        "assert magics.warming is not None\n"
        "shell.run_line_magic('config', 'OperateMagics.planner = \"offline\"')\n"
        "assert magics.warming is None and magics.planner == 'offline'\n"
    )
    loaded = modules_after(code)
    assert set(lazy.FIRST_USE) <= set(loaded)
