"""Which DLLs a Windows binary loads, read from its import tables with binutils' ``objdump``.

The bundle keeps a Qt library only when something kept imports it, and the
check refuses a bundle where a kept binary imports a DLL that is neither in the
bundle nor part of Windows.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

BINARY_SUFFIXES = (".dll", ".pyd", ".exe")
_DLL_NAME = re.compile(r"^\s*DLL Name:\s*(\S+)\s*$", re.MULTILINE)
# Windows' own libraries (and its API sets); Qt 6 also takes ICU from Windows 10 1903 and later.
_SYSTEM = re.compile(
    r"^(api-ms-win-.*|ext-ms-.*|kernel32|kernelbase|user32|gdi32|gdiplus|advapi32|shell32|shlwapi|ole32|oleaut32|"
    r"comdlg32|comctl32|ws2_32|winmm|version|netapi32|userenv|mpr|crypt32|bcrypt|ncrypt|secur32|setupapi|"
    r"imm32|dwmapi|uxtheme|d3d9|d3d11|d3d12|dxgi|dcomp|d2d1|dwrite|opengl32|glu32|winspool\.drv|authz|"
    r"wtsapi32|iphlpapi|dnsapi|rpcrt4|ntdll|msvcrt|ucrtbase|psapi|powrprof|shcore|dbghelp|propsys|icu|icuuc|"
    r"icuin|wininet|winhttp|normaliz|cfgmgr32|mf|mfplat|mfreadwrite|dxva2|evr|hid|usp10|wldap32|msimg32|"
    r"d3dcompiler_47|runtimeobject|synchronization|credui|ntdsapi|dwmapi|oleacc|uiautomationcore|winusb|"
    r"bthprops\.cpl|mswsock|wintrust|msi|virtdisk|pdh|comppkgsup|xinput1_4)(\.dll)?$",
    re.IGNORECASE,
)


def is_binary(path: Path) -> bool:
    return path.suffix.lower() in BINARY_SUFFIXES


def imports_of(path: Path) -> list[str]:
    """The DLL names ``path`` imports (plain and delay-loaded), lower-cased."""
    output = subprocess.run(["objdump", "-p", str(path)], check=True, capture_output=True, text=True).stdout
    return sorted({name.lower() for name in _DLL_NAME.findall(output)})


def is_system_dll(name: str) -> bool:
    return bool(_SYSTEM.match(name))


def closure(roots: Iterable[Path], available: Mapping[str, list[Path]]) -> set[str]:
    """The names of the DLLs of ``available`` (lower-cased name → its copies) that ``roots`` load, directly or not."""
    needed: set[str] = set()
    pending = list(roots)
    while pending:
        for name in imports_of(pending.pop()):
            if name in available and name not in needed:
                needed.add(name)
                pending.extend(available[name])
    return needed


def unresolved(binaries: Iterable[Path], available: set[str]) -> dict[str, list[str]]:
    """For each binary, the imported DLLs found neither among ``available`` names nor in Windows."""
    gaps: dict[str, list[str]] = {}
    for path in binaries:
        missing = [name for name in imports_of(path) if name not in available and not is_system_dll(name)]
        if missing:
            gaps[path.name] = missing
    return gaps
