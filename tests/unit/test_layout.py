"""The layout the product promises: ``runbooks/`` and ``prompts/`` are top-level folders users edit,
they ship in the wheel, and an editable install reads them where they are.

The wheel is built from a copy of the sources (the build writes ``build/`` and ``*.egg-info``
beside what it builds) without build isolation, so no network: the ``dev`` extra pins the
setuptools the build needs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "dotop_nb", "prompts", "runbooks")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=SKIP)
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "--disable-pip-version-check", "--wheel-dir", str(out), str(src)],
        check=True,
        timeout=120,
    )  # fmt: skip
    (built,) = out.glob("dotop_nb-*.whl")
    return built


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_ships_the_top_level_runbooks_and_prompts(wheel: Path) -> None:
    names = _names(wheel)
    notebooks = sorted(p.name for p in (ROOT / "runbooks").glob("*.ipynb"))
    prompts = sorted(p.name for p in (ROOT / "prompts").glob("*.md"))
    assert "operate.ipynb" in notebooks
    assert prompts == ["refine.md", "system.md", "user.md"]
    for name in notebooks:
        assert f"dotop_nb/runbooks/notebooks/{name}" in names
    for name in prompts:
        assert f"dotop_nb/prompts/{name}" in names
    # Mapped into the package, never installed as top-level packages of their own.
    assert not [n for n in names if n.split("/")[0] in {"runbooks", "prompts", "patterns"}]


def test_the_wheel_ships_every_module_and_data_file_of_the_package(wheel: Path) -> None:
    # pyproject.toml lists the packages (setuptools cannot find them and map runbooks/ too): a
    # package added under dotop_nb/ and not listed there would be missing from the wheel.
    names = _names(wheel)
    modules = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "dotop_nb").rglob("*.py")
        if "gobuild" not in p.parts and "__pycache__" not in p.parts
    }
    assert "dotop_nb/runbooks/__init__.py" in modules
    assert modules - names == set()
    data = {
        "dotop_nb/py.typed",
        "dotop_nb/localcluster/stages/stages.yaml",
        "dotop_nb/localcluster/gobuild/kube/go.mod",
        "dotop_nb/policy/starter/no-cluster-admin.yaml",
        "dotop_nb/knowledge/data/bert-base-uncased-vocab.txt",
        "dotop_nb/ui/nbval-sanitize.cfg",
        "dotop_nb/evaluation/data/intents.yaml",
        "dotop_nb/evaluation/data/shop.yaml",
        "dotop_nb/evaluation/data/checkout.yaml",
    }
    assert data - names == set()


def test_the_installed_wheel_finds_its_runbooks_and_prompts(wheel: Path, tmp_path: Path) -> None:
    # Unpacked and first on the path (and not run from the checkout, whose dotop_nb/ would come
    # first), the wheel's own copy answers.
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "from importlib import resources\n"
        "print(resources.files('dotop_nb.prompts').joinpath('system.md'))\n"
        "print(resources.files('dotop_nb.runbooks.notebooks').joinpath('operate.ipynb'))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    assert found == [
        str(site / "dotop_nb" / "prompts" / "system.md"),
        str(site / "dotop_nb" / "runbooks" / "notebooks" / "operate.ipynb"),
    ]
    assert all(Path(path).is_file() for path in found)


def test_an_editable_install_reads_the_folders_in_place() -> None:
    # ./dev setup installs the project editable: an edit to runbooks/*.ipynb or prompts/*.md is
    # what the next run reads, with no reinstall.
    import dotop_nb  # noqa: PLC0415

    if Path(dotop_nb.__file__).resolve().parent != ROOT / "dotop_nb":
        pytest.skip("dotop_nb is not installed editable from this checkout")
    assert Path(str(resources.files("dotop_nb.prompts"))).resolve() == ROOT / "prompts"
    assert Path(str(resources.files("dotop_nb.runbooks.notebooks"))).resolve() == ROOT / "runbooks"

    from dotop_nb.planner.conversation import load_prompt  # noqa: PLC0415

    assert load_prompt("system.md") == (ROOT / "prompts" / "system.md").read_text(encoding="utf-8")

    from dotop_nb import runbooks  # noqa: PLC0415

    assert runbooks.HERE.resolve() == ROOT / "runbooks"
    assert sorted(r.name for r in runbooks.available()) == sorted(
        p.stem for p in (ROOT / "runbooks").glob("*.ipynb")
    )
