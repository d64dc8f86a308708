"""Project rules: layering, lint, types, compiled forms, and the README's commands."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "inspection_desktop"
QT_FREE_LAYERS = ("domain", "storage", "documents")


def imported_modules(path: Path) -> set[str]:
    """Every module a source file imports, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE_LAYERS)
def test_lower_layers_never_import_qt_or_the_ui(layer: str) -> None:
    """Domain, storage and documents stay free of PySide6 and of the ui package."""
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (PACKAGE / layer).rglob("*.py")
        for name in imported_modules(path)
        if name.startswith(("PySide6", "inspection_desktop.ui"))
    ]
    assert offenders == []


def test_domain_never_imports_the_store() -> None:
    """The domain is pure: no database, no documents."""
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (PACKAGE / "domain").rglob("*.py")
        for name in imported_modules(path)
        if name.startswith(("sqlmodel", "sqlalchemy", "inspection_desktop.storage"))
    ]
    assert offenders == []


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint_is_clean() -> None:
    """`ruff check` finds nothing."""
    result = _run(sys.executable, "-m", "ruff", "check", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    """`ruff format --check` would change nothing."""
    result = _run(sys.executable, "-m", "ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    """mypy (strict on domain and storage) finds nothing."""
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_forms_are_current() -> None:
    """Every forms/*.ui has an up-to-date compiled module."""
    result = _run(sys.executable, str(ROOT / "forms" / "build.py"), "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run calls exactly the test command the README gives for Linux."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    marker = "<!-- test-command -->"
    block = readme.split(marker)[1]
    command = next(line for line in block.splitlines() if line.startswith("python3 "))
    assert command in ci_script


def test_import_contracts_hold() -> None:
    """`lint-imports` keeps every contract in pyproject.toml: layers, features, no SQL in the ui."""
    linter = Path(sys.executable).with_name("lint-imports")
    result = _run(str(linter), "--no-cache", "--no-logo")
    assert result.returncode == 0, result.stdout + result.stderr


def test_services_are_built_only_by_the_composition_root() -> None:
    """No module but composition.py constructs a service or opens the database."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "composition.py" or "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name.endswith("Service") or name in {"open_database", "build_services"}:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} calls {name}")
    assert offenders == []


def test_plan_items_are_written_only_by_the_plan_store() -> None:
    """Outside storage/plan nothing makes, fetches for change, updates or inserts a plan item."""
    writes = re.compile(r"(?<!class )PlanItemRecord\(|(get|update|insert)\(PlanItemRecord")
    offenders = [
        f"{path.relative_to(ROOT)} uses {found.group(0)}"
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts and (PACKAGE / "storage" / "plan") not in path.parents
        for found in writes.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_no_test_times_itself() -> None:
    """Speed lives in benchmarks/: no test reads a clock to judge how long something took."""
    clocks = re.compile(r"\b(perf_counter|monotonic|process_time)\s*\(|\btime\.time\s*\(")
    offenders = [
        f"{path.relative_to(ROOT)} reads {found.group(0)}"
        for path in (ROOT / "tests").rglob("*.py")
        if path.name != "test_project.py"
        for found in clocks.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
