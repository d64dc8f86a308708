"""Build Inspection Desktop as one folder: ``python packaging/build.py [--zip] [--installer]``.

Works on Windows (the build co-ordinators get) and Linux (where the recipe is proven). Needs the
``package`` extra: ``pip install -e ".[package]"``. ``--installer`` then compiles the per-user
Windows installer (``InspectionDesktop.iss``) with Inno Setup 6, on Windows only.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGING_DIR.parent
SPEC = PACKAGING_DIR / "inspection_desktop.spec"
INSTALLER_SCRIPT = PACKAGING_DIR / "InspectionDesktop.iss"
# Where Inno Setup 6 puts its compiler for all users and for one user.
INNO_COMPILERS = (
    Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"),
    Path.home() / "AppData" / "Local" / "Programs" / "Inno Setup 6" / "ISCC.exe",
)
BUILD_DIR = REPO_ROOT / "build"
DIST_DIR = REPO_ROOT / "dist"
APP_NAME = "InspectionDesktop"
# The spec makes both: the window (no console on Windows) and the console program for commands.
PROGRAMS = (APP_NAME, "inspection-desktop")
# The spec looks for these two paths; keep them in step with it.
ICON_PATH = BUILD_DIR / "icon" / f"{APP_NAME}.ico"
VERSION_INFO_PATH = BUILD_DIR / "version" / "version_info.txt"

sys.path.insert(0, str(PACKAGING_DIR))
from app_icon import draw_icon  # noqa: E402  (a sibling file, not an installed package)


def app_version() -> str:
    """The version in inspection_desktop/__init__.py, read without importing the app."""
    for line in (REPO_ROOT / "inspection_desktop" / "__init__.py").read_text("utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("build.py: no __version__ in inspection_desktop/__init__.py")


def write_version_info(version: str) -> None:
    """Windows file properties (Details tab): product name, description and version."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    fields = {
        "CompanyName": "Inspection Desktop",
        "FileDescription": "Inspection Desktop",
        "FileVersion": version,
        "InternalName": APP_NAME,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": "Inspection Desktop",
        "ProductVersion": version,
    }
    strings = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in fields.items())
    VERSION_INFO_PATH.parent.mkdir(parents=True, exist_ok=True)
    VERSION_INFO_PATH.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)},
    mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080904B0', [
{strings}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x0809, 1200])])
  ]
)
""",
        encoding="utf-8",
    )


def folder_size(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files under ``folder``."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def largest_files(folder: Path, count: int = 6) -> list[tuple[int, Path]]:
    """The biggest files in the folder, biggest first: where to look when the size grows."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    sized = sorted(((path.stat().st_size, path) for path in files), reverse=True)
    return [(size, path.relative_to(folder)) for size, path in sized[:count]]


def inno_compiler() -> Path | None:
    """Inno Setup's compiler, from PATH or its usual places; None when it is not installed."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    return next((path for path in INNO_COMPILERS if path.is_file()), None)


def make_installer(app_folder: Path, version: str) -> Path:
    """Compile the per-user installer over the built folder with Inno Setup."""
    if sys.platform != "win32":
        raise SystemExit("build.py: the installer is made on Windows, with Inno Setup 6")
    compiler = inno_compiler()
    if compiler is None:
        raise SystemExit(
            "build.py: Inno Setup 6 is not installed; get it from https://jrsoftware.org/isdl.php"
        )
    command = [
        str(compiler),
        "/Q",
        f"/DAppVersion={version}",
        f"/DBundleDir={app_folder}",
        f"/DOutputDir={DIST_DIR}",
        str(INSTALLER_SCRIPT),
    ]
    result = subprocess.run(command, cwd=REPO_ROOT, check=False)
    installer = DIST_DIR / f"{APP_NAME}-{version}-setup.exe"
    if result.returncode != 0 or not installer.is_file():
        raise SystemExit(f"build.py: Inno Setup failed (exit {result.returncode})")
    return installer


def run_pyinstaller() -> None:
    """Run PyInstaller on the spec with this interpreter, starting from a clean work folder."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(
            'build.py: PyInstaller is not installed; run: python -m pip install -e ".[package]"'
        ) from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST_DIR}",
        f"--workpath={BUILD_DIR / 'pyinstaller'}",
        str(SPEC),
    ]
    result = subprocess.run(command, cwd=REPO_ROOT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build.py: PyInstaller failed (exit {result.returncode})")


def make_zip(app_folder: Path, version: str) -> Path:
    """Zip the folder (with the folder itself at the top) for handing to co-ordinators."""
    system = {"Windows": "windows", "Linux": "linux", "Darwin": "macos"}.get(platform.system())
    base = DIST_DIR / f"{APP_NAME}-{version}-{system or platform.system().lower()}"
    return Path(shutil.make_archive(str(base), "zip", root_dir=DIST_DIR, base_dir=app_folder.name))


def main(argv: list[str] | None = None) -> int:
    """Build, then report where the folder is, how big it is and how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", action="store_true", help="also zip the folder for handing on")
    parser.add_argument(
        "--installer",
        action="store_true",
        help="also make the per-user Windows installer with Inno Setup 6 (Windows only)",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    version = app_version()
    has_icon = draw_icon(ICON_PATH)
    write_version_info(version)
    run_pyinstaller()
    seconds = time.perf_counter() - started

    app_folder = DIST_DIR / APP_NAME
    suffix = ".exe" if sys.platform == "win32" else ""
    programs = [app_folder / f"{name}{suffix}" for name in PROGRAMS]
    for program in programs:
        if not program.is_file():
            raise SystemExit(f"build.py: PyInstaller finished but {program} is missing")
    size, count = folder_size(app_folder)
    print(f"Built Inspection Desktop {version} in {seconds:.0f} s")
    print(f"  folder:     {app_folder}")
    print(f"  window:     {programs[0]}")
    print(f"  commands:   {programs[1]}")
    print(f"  size:       {size / 1_000_000:.0f} MB in {count} files")
    for part_size, part in largest_files(app_folder):
        print(f"    {part_size / 1_000_000:6.1f} MB  {part.as_posix()}")
    if not has_icon:
        print("  icon:       none (Pillow is not installed)")
    elif sys.platform not in ("win32", "darwin"):
        print(f"  icon:       {ICON_PATH} (only Windows and macOS programs carry one)")
    else:
        print(f"  icon:       {ICON_PATH}")
    if args.zip:
        archive = make_zip(app_folder, version)
        print(f"  zip:        {archive} ({archive.stat().st_size / 1_000_000:.0f} MB)")
    if args.installer:
        installer = make_installer(app_folder, version)
        print(f"  installer:  {installer} ({installer.stat().st_size / 1_000_000:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
