"""The PyInstaller spec, checked without building: it parses, and it ships every data file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "inspection_desktop.spec"
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "inspection_desktop" / "storage" / "migrations"


class _Recorder:
    """Stands in for PyInstaller's build classes, keeping what the spec passed in."""

    def __init__(self, name: str, calls: dict[str, list[dict[str, Any]]]) -> None:
        self.name = name
        self.calls = calls

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.setdefault(self.name, []).append({"args": args, **kwargs})
        # Analysis's result is read for its file lists; the others only pass along.
        result = type(self.name, (), {})()
        result.binaries, result.datas, result.pure, result.scripts = [], [], [], []
        return result


@pytest.fixture(scope="module")
def spec_run() -> dict[str, Any]:
    """Run the spec as PyInstaller would, with stand-ins, and return its globals and calls."""
    calls: dict[str, list[dict[str, Any]]] = {}
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    namespace.update(
        {name: _Recorder(name, calls) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    )
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["calls"] = calls
    return namespace


def bundled_files(datas: list[tuple[str, str]]) -> dict[Path, str]:
    """Each source file in the spec's data list, with where it lands in the bundle."""
    return {Path(source).resolve(): f"{target}/{Path(source).name}" for source, target in datas}


def test_spec_compiles_as_python() -> None:
    """The spec is valid Python."""
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_spec_hands_its_data_list_to_the_analysis(spec_run: dict[str, Any]) -> None:
    """The files the spec lists are the ones PyInstaller is given."""
    assert spec_run["calls"]["Analysis"][0]["datas"] == spec_run["DATAS"]


def test_every_resource_folder_is_named(spec_run: dict[str, Any]) -> None:
    """Each folder under resources/ is copied into the bundle's inspection_desktop/resources."""
    targets = {target for _source, target in spec_run["DATAS"]}
    folders = [path for path in RESOURCES.iterdir() if path.is_dir()]
    assert folders
    for folder in folders:
        assert f"inspection_desktop/resources/{folder.name}" in targets


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (RESOURCES, "inspection_desktop/resources"),
        (MIGRATIONS, "inspection_desktop/storage/migrations"),
    ],
    ids=["resources", "migrations"],
)
def test_every_data_file_ships_at_its_place(
    spec_run: dict[str, Any], source: Path, target: str
) -> None:
    """Every file under the folder (caches aside) is listed, at the same relative place."""
    shipped = bundled_files(spec_run["DATAS"])
    expected = {
        path.resolve(): f"{target}/{path.relative_to(source).as_posix()}"
        for path in source.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected
    missing = {path: place for path, place in expected.items() if shipped.get(path) != place}
    assert missing == {}


def test_alembic_finds_its_template_and_revisions(spec_run: dict[str, Any]) -> None:
    """env.py, script.py.mako and at least one revision are shipped as files."""
    names = {Path(source).name for source, _target in spec_run["DATAS"]}
    assert {"env.py", "script.py.mako", "0001_initial_schema.py"} <= names


def test_no_compiled_cache_is_shipped_as_data(spec_run: dict[str, Any]) -> None:
    """A stale __pycache__ from the checkout never lands in the bundle."""
    assert [s for s, _t in spec_run["DATAS"] if "__pycache__" in s or s.endswith(".pyc")] == []


def test_every_app_module_is_a_hidden_import(spec_run: dict[str, Any]) -> None:
    """Modules not yet reachable from start-up (PDF writers) still ship, with their libraries."""
    hidden = set(spec_run["calls"]["Analysis"][0]["hiddenimports"])
    assert {
        "inspection_desktop.app",
        "inspection_desktop.documents",
        "inspection_desktop.storage.plan.models",
        "alembic.op",
        "sqlalchemy.dialects.sqlite",
        "logging.config",
        "PySide6.QtPdfWidgets",
    } <= hidden
    assert not any(name.startswith("inspection_desktop.storage.migrations") for name in hidden)


def test_unused_qt_is_excluded_and_the_preview_kept(spec_run: dict[str, Any]) -> None:
    """Qt Quick, QML and WebEngine are left out; QtPdf and printing stay in."""
    excludes = set(spec_run["calls"]["Analysis"][0]["excludes"])
    assert {"PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtWebEngineCore", "tkinter"} <= excludes
    assert not {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport"} & excludes
    keep = spec_run["keep_in_bundle"]
    assert not keep("PySide6/Qt/lib/libQt6Quick.so.6")
    assert keep("PySide6/Qt/lib/libQt6Pdf.so.6")


def test_the_analysis_starts_from_the_launcher(spec_run: dict[str, Any]) -> None:
    """The built program starts through packaging/launcher.py, which exists."""
    (scripts,) = spec_run["calls"]["Analysis"][0]["args"]
    assert [Path(script) for script in scripts] == [ROOT / "packaging" / "launcher.py"]
    assert (ROOT / "packaging" / "launcher.py").is_file()


def test_one_folder_holds_the_window_and_the_command_programs(spec_run: dict[str, Any]) -> None:
    """InspectionDesktop (windowed on Windows) and inspection-desktop (console) share a folder."""
    programs = {call["name"]: call["console"] for call in spec_run["calls"]["EXE"]}
    assert programs == {"InspectionDesktop": sys.platform != "win32", "inspection-desktop": True}
    assert all(call["exclude_binaries"] for call in spec_run["calls"]["EXE"])
    (collect,) = spec_run["calls"]["COLLECT"]
    assert collect["name"] == "InspectionDesktop"


def test_launcher_gives_a_windowed_build_somewhere_to_print(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With no console (streams None), printing a command's output no longer fails."""
    loader_spec = importlib.util.spec_from_file_location(
        "packaging_launcher", ROOT / "packaging" / "launcher.py"
    )
    assert loader_spec is not None and loader_spec.loader is not None
    launcher = importlib.util.module_from_spec(loader_spec)
    loader_spec.loader.exec_module(launcher)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    launcher.give_windowed_build_streams()
    try:
        assert sys.stdout is not None and sys.stderr is not None
        sys.stdout.write("plan output\n")
        sys.stderr.write("an error line\n")
    finally:
        sys.stdout.close()
        sys.stderr.close()


INSTALLER = ROOT / "packaging" / "InspectionDesktop.iss"


def _installer_sections() -> dict[str, list[str]]:
    """The Inno Setup script's lines by section, comments and preprocessor lines left out."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in INSTALLER.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    return sections


def _setup_directives() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in _installer_sections()["Setup"])
    return {key.strip(): value.strip() for key, value in pairs}


def test_qt_modules_the_app_imports_are_never_excluded(spec_run: dict[str, Any]) -> None:
    """Every PySide6 module named in the code stays in the bundle, and only what is needed."""
    import re

    imported = {
        match
        for path in (ROOT / "inspection_desktop").rglob("*.py")
        for match in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8"))
    }
    excludes = set(spec_run["calls"]["Analysis"][0]["excludes"])
    assert imported and not {f"PySide6.{name}" for name in imported} & excludes
    assert {"PySide6.QtMultimedia", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore"} <= excludes
    keep = spec_run["keep_in_bundle"]
    assert not keep("PySide6/Qt/lib/libavcodec.so.61")
    assert not keep("PySide6/Qt/lib/libQt6Multimedia.so.6")
    assert keep("PySide6/Qt/lib/libQt6Svg.so.6") and keep("PySide6/Qt/lib/libQt6PdfWidgets.so.6")


def test_only_british_english_of_babel_ships(spec_run: dict[str, Any]) -> None:
    """Babel's locale files (1,100 of them) are left out but for English and its root."""
    keep = spec_run["keep_in_bundle"]
    assert keep("babel/locale-data/en_GB.dat") and keep("babel/locale-data/root.dat")
    assert not keep("babel/locale-data/fr.dat") and not keep("babel/locale-data/zh_Hant_HK.dat")
    assert keep("babel/global.dat") and keep("babel/dates.py")


def test_installer_is_per_user_without_administrator_rights() -> None:
    """The installer never asks for elevation and installs under the user's own folders."""
    setup = _setup_directives()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup.get("Uninstallable", "yes") == "yes"
    assert setup["AppId"].startswith("{{") and len(setup["AppId"]) == 39


def test_installer_puts_the_window_program_on_the_start_menu() -> None:
    """The Start menu entry starts InspectionDesktop.exe, the program build.py makes."""
    icons = _installer_sections()["Icons"]
    start_menu = [line for line in icons if line.startswith('Name: "{autoprograms}')]
    assert start_menu and 'Filename: "{app}\\{#AppExe}"' in start_menu[0]
    text = INSTALLER.read_text(encoding="utf-8")
    assert '#define AppExe "InspectionDesktop.exe"' in text


def test_installer_copies_the_folder_build_py_makes() -> None:
    """The files come from dist/InspectionDesktop and the setup lands where build.py looks."""
    build = importlib.util.spec_from_file_location(
        "packaging_build", ROOT / "packaging" / "build.py"
    )
    assert build is not None and build.loader is not None
    module = importlib.util.module_from_spec(build)
    build.loader.exec_module(module)
    text = INSTALLER.read_text(encoding="utf-8")
    assert f'#define BundleDir "..\\dist\\{module.APP_NAME}"' in text
    assert _setup_directives()["OutputBaseFilename"] == f"{module.APP_NAME}-{{#AppVersion}}-setup"
    files = _installer_sections()["Files"]
    assert files == [
        'Source: "{#BundleDir}\\*"; DestDir: "{app}"; '
        "Flags: ignoreversion recursesubdirs createallsubdirs"
    ]


def test_ci_builds_and_starts_the_bundle_after_the_tests() -> None:
    """.ci/run builds the bundle with the same spec and starts it offscreen, after the tests."""
    ci_script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests_at = ci_script.index(".venv/bin/python -m pytest")
    build_at = ci_script.index("packaging/build.py")
    start_at = ci_script.index("--exit-after-startup")
    assert tests_at < build_at < start_at
    assert ".[package]" in ci_script[tests_at:build_at]
