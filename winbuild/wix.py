"""The WiX (v3 schema) source of one district's MSI, written from the bundle's files and the product's facts.

One function for every district: the district changes only the defaults of
the properties, the product's name and its ProductCode. Identifiers are
derived from paths, so the same bundle gives the same tables, and ``wixl``
derives each component's GUID from its key path (``Guid="*"``). ``wixl`` speaks
WiX v3 and ignores or rejects parts of it (``/work/shared/MSI.md``): no
``util:`` extensions, IniFile, SetProperty or UI dialogs, ``Before``/``After``
of custom actions are not honoured (hence explicit sequence numbers).
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from winbuild.product import (
    INSTALL_FOLDER,
    MANUFACTURER,
    NAMESPACE,
    PRODUCT_NAME,
    PROPERTIES,
    REGISTRY,
    UPGRADE_CODE,
    VERSION_VALUE,
    MsiProperty,
)

WIX_NAMESPACE = "http://schemas.microsoft.com/wix/2006/wi"
LAUNCHER = "pythonw.exe"  # the window, without a console
LAUNCH_ARGUMENTS = "-m ui.main --district [DISTRICT_CODE]"
MACHINE_SETTINGS = ("samvad-setu", "districts")  # under C:\ProgramData: IT's own file, never installed or removed
ALLOW_NO_RUNTIME = "ALLOW_NO_RUNTIME"
UPGRADE_FOUND, NEWER_FOUND = "WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"
# AppSearch runs at 50 in both sequences; a value from the command line is saved before and put back after it.
SAVE_SEQUENCE, RESTORE_SEQUENCE = 40, 60
_VERSION = re.compile(r"^(\d{1,3})\.(\d{1,3})(?:\.(\d{1,5}))?$")


@dataclass(frozen=True)
class MsiProduct:
    version: str  # MSI form: major.minor.build
    district_code: str
    district_name: str
    runtime: bool  # False: the NO-RUNTIME stand-in
    launcher: str = LAUNCHER  # what the Start-menu shortcut starts, relative to the install folder
    arguments: str = LAUNCH_ARGUMENTS

    @property
    def name(self) -> str:
        name = f"{PRODUCT_NAME} ({self.district_name})"
        return name if self.runtime else f"{name} NO-RUNTIME test build"

    @property
    def product_code(self) -> str:
        key = f"{self.version}/{self.district_code}/{'runtime' if self.runtime else 'no-runtime'}"
        return str(uuid.uuid5(uuid.UUID(NAMESPACE), key)).upper()


def msi_version(version: str) -> str:
    """``0.1`` or ``0.1.0`` as MSI wants it (three numbers: the fourth would not count for upgrades)."""
    match = _VERSION.match(version)
    if not match or int(match.group(1)) > 255 or int(match.group(2)) > 255 or int(match.group(3) or 0) > 65534:
        raise SystemExit(f"version {version!r}: an MSI needs major.minor.build (255.255.65534 at most)")
    return f"{int(match.group(1))}.{int(match.group(2))}.{int(match.group(3) or 0)}"


def identifier(kind: str, path: str) -> str:
    return f"{kind}_{hashlib.sha1(path.encode('utf-8')).hexdigest()[:24]}"


def fixed_guid(name: str) -> str:
    return str(uuid.uuid5(uuid.UUID(NAMESPACE), name)).upper()


def wix_source(product: MsiProduct, files: Mapping[str, Path], *, base: Path, icon: Path | None = None) -> str:
    """The WiX document; ``files`` maps each install-relative POSIX path to the file to take it from.

    Source paths are written relative to ``base``, the folder the document is saved in (wixl's way).
    """
    files = {relative: Path(os.path.relpath(path, base)) for relative, path in files.items()}
    icon = Path(os.path.relpath(icon, base)) if icon is not None else None
    root = ET.Element("Wix", xmlns=WIX_NAMESPACE)
    node = ET.SubElement(root, "Product", Id=product.product_code, Name=product.name, Language="1033",
                         Codepage="1252", Version=product.version, Manufacturer=MANUFACTURER,
                         UpgradeCode=UPGRADE_CODE)
    ET.SubElement(node, "Package", InstallerVersion="500", Compressed="yes", InstallScope="perMachine",
                  Description=product.name, Comments=f"District {product.district_code}; version {product.version}")
    ET.SubElement(node, "MediaTemplate", EmbedCab="yes")
    _upgrades(node, product)
    _conditions(node, product)
    _properties(node, product, icon)
    components = _directories(node, files)
    components += _machine_parts(node, product, icon)
    feature = ET.SubElement(node, "Feature", Id="Complete", Title=PRODUCT_NAME, Level="1")
    for component in components:
        ET.SubElement(feature, "ComponentRef", Id=component)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _upgrades(node: ET.Element, product: MsiProduct) -> None:
    """Any older or equal version of any district replaces; a newer one makes the installation refuse.

    Written as Upgrade rows: wixl's MajorUpgrade has no AllowSameVersionUpgrades, and without it the MSI
    of another district of the same version would install beside the first instead of replacing it.
    A version ends below 65535 in its last field (:func:`msi_version` allows 65534 at most).
    """
    upgrade = ET.SubElement(node, "Upgrade", Id=UPGRADE_CODE)
    major, minor, build = product.version.split(".")
    above = f"{major}.{minor}.{int(build) + 1}"  # wixl drops IncludeMaximum: "up to the next build, excluded"
    ET.SubElement(upgrade, "UpgradeVersion", Minimum="0.0.0", IncludeMinimum="yes", Maximum=above,
                  Property=UPGRADE_FOUND)
    ET.SubElement(upgrade, "UpgradeVersion", Minimum=product.version, IncludeMinimum="no", OnlyDetect="yes",
                  Property=NEWER_FOUND)
    refusal = ET.SubElement(node, "Condition", Message=f"A newer version of {PRODUCT_NAME} is already installed.")
    refusal.text = f"NOT {NEWER_FOUND}"
    sequence = _sequence(node, "InstallExecuteSequence")
    ET.SubElement(sequence, "RemoveExistingProducts", After="InstallValidate")


def _sequence(node: ET.Element, name: str) -> ET.Element:
    table = node.find(name)
    return table if table is not None else ET.SubElement(node, name)


def _conditions(node: ET.Element, product: MsiProduct) -> None:
    condition = ET.SubElement(node, "Condition", Message=f"{PRODUCT_NAME} needs 64-bit Windows.")
    condition.text = "Installed OR VersionNT64"
    if not product.runtime:
        refusal = ET.SubElement(node, "Condition", Message=(
            "This is a NO-RUNTIME test build: it carries no Windows Python runtime and cannot run. "
            f"Install a build made with PYTHON_EMBED (or give {ALLOW_NO_RUNTIME}=1 to test the installer)."))
        refusal.text = f"Installed OR {ALLOW_NO_RUNTIME}"


def _properties(node: ET.Element, product: MsiProduct, icon: Path | None) -> None:
    defaults = {"DISTRICT_CODE": product.district_code, "DISTRICT_NAME": product.district_name}
    for item in PROPERTIES:
        if item.remembered:
            _remembered(node, item)
        else:
            ET.SubElement(node, "Property", Id=item.name, Value=defaults[item.name])
    ET.SubElement(node, "Property", Id="ARPNOMODIFY", Value="1")
    comments = f"District {product.district_name} ({product.district_code})"
    ET.SubElement(node, "Property", Id="ARPCOMMENTS", Value=comments)
    if icon is not None:
        ET.SubElement(node, "Icon", Id="samvad_setu.ico", SourceFile=str(icon))
        ET.SubElement(node, "Property", Id="ARPPRODUCTICON", Value="samvad_setu.ico")


def _remembered(node: ET.Element, item: MsiProperty) -> None:
    """A property an upgrade keeps: read back from the registry unless given on the command line."""
    prop = ET.SubElement(node, "Property", Id=item.name)
    ET.SubElement(prop, "RegistrySearch", Id=f"Find_{item.name}", Root="HKLM", Key=REGISTRY, Name=item.value_name,
                  Type="raw", Win64="yes")
    saved = f"CMDLINE_{item.name}"
    ET.SubElement(node, "CustomAction", Id=f"Save_{item.name}", Property=saved, Value=f"[{item.name}]",
                  Execute="firstSequence")
    ET.SubElement(node, "CustomAction", Id=f"Restore_{item.name}", Property=item.name, Value=f"[{saved}]",
                  Execute="firstSequence")
    for sequence in ("InstallExecuteSequence", "InstallUISequence"):
        table = _sequence(node, sequence)
        ET.SubElement(table, "Custom", Action=f"Save_{item.name}", Sequence=str(SAVE_SEQUENCE))
        restore = ET.SubElement(table, "Custom", Action=f"Restore_{item.name}", Sequence=str(RESTORE_SEQUENCE))
        restore.text = saved


def _directories(node: ET.Element, files: Mapping[str, Path]) -> list[str]:
    target = ET.SubElement(node, "Directory", Id="TARGETDIR", Name="SourceDir")
    program_files = ET.SubElement(target, "Directory", Id="ProgramFiles64Folder")
    folders: dict[str, ET.Element] = {"": ET.SubElement(program_files, "Directory", Id="INSTALLDIR",
                                                        Name=INSTALL_FOLDER)}
    ET.SubElement(target, "Directory", Id="ProgramMenuFolder")
    data = ET.SubElement(target, "Directory", Id="CommonAppDataFolder")
    for depth, name in enumerate(MACHINE_SETTINGS, start=1):
        data = ET.SubElement(data, "Directory", Id="MACHINESETTINGS" if depth == len(MACHINE_SETTINGS)
                             else identifier("M", "/".join(MACHINE_SETTINGS[:depth])), Name=name)
    components = []
    for relative in sorted(files):
        path = PurePosixPath(relative)
        parent = _folder(folders, str(path.parent) if str(path.parent) != "." else "")
        component = ET.SubElement(parent, "Component", Id=identifier("C", relative), Guid="*", Win64="yes")
        ET.SubElement(component, "File", Id=identifier("F", relative), Name=path.name,
                      Source=str(files[relative]), KeyPath="yes")
        components.append(component.get("Id", ""))
    return components


def _folder(folders: dict[str, ET.Element], relative: str) -> ET.Element:
    if relative not in folders:
        path = PurePosixPath(relative)
        parent = _folder(folders, str(path.parent) if str(path.parent) != "." else "")
        folders[relative] = ET.SubElement(parent, "Directory", Id=identifier("D", relative), Name=path.name)
    return folders[relative]


def _machine_parts(node: ET.Element, product: MsiProduct, icon: Path | None) -> list[str]:
    """The registry values the application reads, the Start-menu shortcut, IT's settings folder."""
    install = ET.SubElement(node, "DirectoryRef", Id="INSTALLDIR")
    registry = ET.SubElement(install, "Component", Id="C_Registry", Guid=fixed_guid("registry"), Win64="yes")
    ET.SubElement(registry, "RegistryValue", Root="HKLM", Key=REGISTRY, Name=VERSION_VALUE, Type="string",
                  Value=product.version, KeyPath="yes")
    for item in PROPERTIES:
        ET.SubElement(registry, "RegistryValue", Root="HKLM", Key=REGISTRY, Name=item.value_name, Type="string",
                      Value=f"[{item.name}]")
    menu = ET.SubElement(node, "DirectoryRef", Id="ProgramMenuFolder")
    shortcut_component = ET.SubElement(menu, "Component", Id="C_Shortcut", Guid=fixed_guid("shortcut"), Win64="yes")
    shortcut = ET.SubElement(shortcut_component, "Shortcut", Id="S_Console", Name=PRODUCT_NAME,
                             Description="Operator console of the District Contact and Command Center",
                             Target=f"[INSTALLDIR]{product.launcher}", Arguments=product.arguments,
                             WorkingDirectory="INSTALLDIR")
    if icon is not None:
        shortcut.set("Icon", "samvad_setu.ico")
    ET.SubElement(shortcut_component, "RegistryValue", Root="HKLM", Key=REGISTRY, Name="StartMenuShortcut",
                  Type="integer", Value="1", KeyPath="yes")
    settings = ET.SubElement(node, "DirectoryRef", Id="MACHINESETTINGS")
    folder = ET.SubElement(settings, "Component", Id="C_MachineSettings", Guid=fixed_guid("machine-settings"),
                           Win64="yes")
    ET.SubElement(folder, "CreateFolder")
    return ["C_Registry", "C_Shortcut", "C_MachineSettings"]
