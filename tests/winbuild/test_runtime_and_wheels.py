"""The runtime input (its hash refused when wrong), the stand-in's naming, the Windows requirement check."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from winbuild.bundle import application_qt_modules
from winbuild.product import msi_name
from winbuild.runtime import STAND_IN_FILES, RuntimeRefused, prepare_runtime
from winbuild.wheels import check_windows_requirements
from winbuild.wix import msi_version


def embeddable(path: Path, tag: str = "312") -> str:
    with zipfile.ZipFile(path, "w") as archive:
        for name in ("python.exe", "pythonw.exe", f"python{tag}.dll", f"python{tag}.zip", f"python{tag}._pth",
                     "vcruntime140.dll"):
            archive.writestr(name, f"{name} of a test runtime")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_runtime_with_its_published_hash_is_unpacked_and_its_search_path_replaced(tmp_path: Path) -> None:
    digest = embeddable(tmp_path / "python-3.12.10-embed-amd64.zip")
    runtime = prepare_runtime(tmp_path / "cache", str(tmp_path / "python-3.12.10-embed-amd64.zip"), digest.upper())
    assert runtime.real
    assert sorted(path.name for path in runtime.folder.iterdir()) == [
        "python.exe", "python312.dll", "python312.zip", "pythonw.exe", "vcruntime140.dll"]
    assert msi_name("0.1.0", "kannauj", runtime=runtime.real) == "samvad-setu-0.1.0-kannauj.msi"


def test_a_wrong_hash_is_refused_naming_both(tmp_path: Path) -> None:
    digest = embeddable(tmp_path / "embed.zip")
    with pytest.raises(RuntimeRefused, match=f"has SHA-256 {digest}, not the expected 00ff; refusing it"):
        prepare_runtime(tmp_path / "cache", str(tmp_path / "embed.zip"), "00ff")
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").glob("runtime-*"))


@pytest.mark.parametrize("embed, sha, message", [
    ("embed.zip", None, "give both PYTHON_EMBED"),
    ("missing.zip", "00", "no such file"),
])
def test_incomplete_runtime_inputs_are_refused(tmp_path: Path, embed: str, sha: str | None, message: str) -> None:
    with pytest.raises(RuntimeRefused, match=message):
        prepare_runtime(tmp_path, str(tmp_path / embed), sha)


def test_another_python_version_is_refused(tmp_path: Path) -> None:
    digest = embeddable(tmp_path / "embed.zip", tag="313")
    with pytest.raises(RuntimeRefused, match="is Python 313, the bundle's wheels are for 3.12"):
        prepare_runtime(tmp_path / "cache", str(tmp_path / "embed.zip"), digest)


def test_without_a_runtime_the_stand_in_says_so_in_every_file_and_in_the_name(tmp_path: Path) -> None:
    runtime = prepare_runtime(tmp_path, None, None)
    assert not runtime.real
    assert sorted(path.name for path in runtime.folder.iterdir()) == sorted(STAND_IN_FILES)
    assert all(path.read_text().startswith("NO-RUNTIME stand-in") for path in runtime.folder.iterdir())
    assert msi_name("0.1.0", "kannauj", runtime=False) == "samvad-setu-0.1.0-kannauj-NO-RUNTIME.msi"


def wheel(folder: Path, name: str, *requires: str) -> Path:
    path = folder / f"{name}-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: " + name + "\nVersion: 1.0\n"
                         + "".join(f"Requires-Dist: {text}\n" for text in requires))
    return path


def test_requirements_are_read_with_windows_markers(tmp_path: Path) -> None:
    wheels = [wheel(tmp_path, "app", 'winonly; sys_platform == "win32"', 'linuxonly; sys_platform == "linux"',
                    'binary; extra == "fast"'), wheel(tmp_path, "linuxonly")]
    with pytest.raises(SystemExit, match=r"lack: binary \(needed by app on Windows\), winonly \(needed by app"):
        check_windows_requirements(wheels, ["app[fast]"])
    check_windows_requirements([*wheels, wheel(tmp_path, "winonly"), wheel(tmp_path, "binary")], ["app[fast]"])


def test_the_qt_modules_kept_are_the_ones_the_code_imports() -> None:
    modules = application_qt_modules()
    assert {"QtCore", "QtGui", "QtWidgets"} <= modules and all(name.startswith("Qt") for name in modules)
    assert "QtQuick" not in modules and "QtQml" not in modules


@pytest.mark.parametrize("given, expected", [("0.1", "0.1.0"), ("1.2.3", "1.2.3"), ("01.2.30", "1.2.30")])
def test_msi_versions(given: str, expected: str) -> None:
    assert msi_version(given) == expected


@pytest.mark.parametrize("given", ["0.1.0.dev1", "256.0.0", "1.0.65535", "v1"])
def test_versions_an_msi_cannot_carry_are_refused(given: str) -> None:
    with pytest.raises(SystemExit, match="an MSI needs major.minor.build"):
        msi_version(given)
