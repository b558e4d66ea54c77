"""``pingfen addin install``: puts pingfen.xlam into Excel's startup folder (XLSTART) and writes the
Python interpreter of this installation into the user config that the add-in's xlwings VBA reads
(``%USERPROFILE%\\.pingfen\\pingfen.conf`` on Windows, ``~/Library/Containers/com.microsoft.Excel/Data/
pingfen.conf`` on macOS), so that the ribbon and the worksheet functions run this pingfen with no
manual step. The add-in itself is copied unchanged: its config sheet has no interpreter key, which
would hide the user config (xlwings' GetConfig reads the add-in's sheet first)."""

from __future__ import annotations

import os
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import xlam

MAC_XLSTART = Path("Library/Group Containers/UBF8T346G9.Office/User Content.localized/Startup.localized/Excel")
MAC_CONFIG_DIR = Path("Library/Containers/com.microsoft.Excel/Data")  # xlwings' GetMacDir("$HOME")


class InstallError(RuntimeError):
    """The add-in could not be installed; the message says why in Chinese."""


@dataclass
class Installed:
    path: Path
    interpreter: str
    config: Path | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Machine:
    """What the install depends on, so that tests can simulate a Windows or Mac layout."""

    platform: str = sys.platform
    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    home: Path = field(default_factory=Path.home)
    prefix: Path = Path(sys.prefix)  # where xlwings' wheel puts its DLL (a venv's root)
    executable: str = sys.executable
    python_bits: int = struct.calcsize("P") * 8
    office_bits: Callable[[], int | None] = lambda: office_bits_from_registry()
    # VBA's Input # reads the config file in the ANSI code page (cp936 on a Chinese Windows)
    encoding: str = "mbcs" if sys.platform.startswith("win") else "utf-8"

    @property
    def windows(self) -> bool:
        return self.platform.startswith("win")

    @property
    def mac(self) -> bool:
        return self.platform == "darwin"


def has_excel_platform(platform: str = sys.platform) -> bool:
    return platform.startswith("win") or platform == "darwin"


def xlstart_dir(platform: str = sys.platform, env: dict[str, str] | None = None, home: Path | None = None) -> Path | None:
    """The user's Excel startup folder: files there are opened (add-ins loaded) when Excel starts."""
    env = dict(os.environ) if env is None else env
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        appdata = env.get("APPDATA")
        return Path(appdata) / "Microsoft" / "Excel" / "XLSTART" if appdata else None
    if platform == "darwin":
        return home / MAC_XLSTART
    return None


def user_config_path(machine: Machine) -> Path | None:
    """The file xlwings' GetConfigFilePath names for PROJECT_NAME = "pingfen"."""
    if machine.windows:
        profile = machine.env.get("USERPROFILE")
        return Path(profile) / f".{xlam.PROJECT_NAME}" / f"{xlam.PROJECT_NAME}.conf" if profile else None
    if machine.mac:
        return machine.home / MAC_CONFIG_DIR / f"{xlam.PROJECT_NAME}.conf"
    return None


def interpreter_key(machine: Machine) -> str:
    return "INTERPRETER_MAC" if machine.mac else "INTERPRETER_WIN"


def default_interpreter(machine: Machine) -> str:
    """pythonw.exe on Windows (no console window for the UDF server), the running Python elsewhere."""
    path = Path(machine.executable)
    if machine.windows:
        windowless = path.with_name("pythonw.exe")
        return str(windowless if windowless.exists() else path)
    return str(path)


def merged_config(existing: str, key: str, value: str) -> str:
    """The user config with ``key`` set to ``value``; the user's other entries are kept as they are.
    Format of VBA's ``Write #``: ``"KEY","value"`` per line, keys compared case-insensitively."""
    lines = [line for line in existing.splitlines() if line.strip()]
    kept = [line for line in lines if not re.match(rf'\s*"{re.escape(key)}"\s*,', line, flags=re.I)]
    return "\r\n".join(kept + [f'"{key}","{value}"']) + "\r\n"


def write_user_config(path: Path, key: str, value: str, encoding: str) -> None:
    try:
        existing = path.read_bytes().decode(encoding) if path.exists() else ""
    except UnicodeDecodeError:
        raise InstallError(f"设置文件 {path} 的编码无法识别，请检查后删除它再重试") from None
    try:
        data = merged_config(existing, key, value).encode(encoding)
    except UnicodeEncodeError:
        raise InstallError(
            f"Python 的路径 {value} 含有本机 Excel 的宏无法读取的字符：请把 pingfen 的 Python 环境建在只含英文、数字"
            "或本机常用中文的路径下（如 %LOCALAPPDATA%\\pingfen\\venv），再运行 pingfen addin install"
        ) from None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as error:
        raise InstallError(f"无法写入设置文件 {path}：{error.strerror or error}") from None


def office_bits_from_registry() -> int | None:
    """32 or 64 for the installed Office (Click-to-Run or MSI), None when it cannot be told."""
    if not sys.platform.startswith("win"):
        return None
    import winreg  # type: ignore[import-not-found]

    places = [(r"SOFTWARE\Microsoft\Office\ClickToRun\Configuration", "Platform")]
    places += [(rf"SOFTWARE\Microsoft\Office\{version}\Outlook", "Bitness") for version in ("16.0", "15.0", "14.0")]
    # both registry views: a 32-bit Python would otherwise see only the 32-bit one
    views = (winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY)
    for (key, name), view in ((place, view) for place in places for view in views):
        try:
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key, 0, winreg.KEY_READ | view) as handle:
                value = str(winreg.QueryValueEx(handle, name)[0]).lower()
        except OSError:
            continue
        if value in ("x86", "x64"):
            return 32 if value == "x86" else 64
    return None


def bitness_notes(machine: Machine, version: str) -> list[str]:
    """Why the worksheet functions would not load on this Windows machine: the xlwings DLL must match
    the bitness of Office (VBA loads xlwings64-… in 64-bit Office, xlwings32-… in 32-bit Office) and
    Python's bitness must be Office's (the DLL starts this Python as a COM server)."""
    office = machine.office_bits()
    wanted = [office] if office else [machine.python_bits]
    notes = []
    if office and office != machine.python_bits:
        notes.append(
            f"本机 Office 是 {office} 位，而这个 Python 是 {machine.python_bits} 位：“绩效评分”按钮可以使用，工作表函数"
            f"（SCORE_RATE 等）无法加载。请安装 {office} 位的 Python 3.11 或更高版本，用它新建环境、安装 pingfen 后，"
            "再在那个环境中运行 pingfen addin install。"
        )
    for bits in wanted:
        dll = f"xlwings{bits}-{version}.dll"
        if not (machine.prefix / dll).exists():
            notes.append(f"未在 {machine.prefix} 找到 {dll}（{bits} 位 Office 的工作表函数需要它）：请在本环境中重新安装 xlwings=={version}")
    return notes


def install(target_dir: Path | None = None, interpreter: str | None = None, machine: Machine | None = None) -> Installed:
    machine = machine or Machine()
    if not xlam.ADDIN_FILE.exists():
        raise InstallError(f"找不到加载项文件 {xlam.ADDIN_FILE}：请先运行 pingfen addin build")
    directory = target_dir or xlstart_dir(machine.platform, machine.env, machine.home)
    if directory is None:
        raise InstallError("找不到 Excel 的启动文件夹（XLSTART），请用 --xlstart 指定")
    interpreter = interpreter or default_interpreter(machine)
    target = directory / "pingfen.xlam"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        target.write_bytes(xlam.ADDIN_FILE.read_bytes())
    except PermissionError:
        raise InstallError(f"无法写入 {target}：Excel 可能正打开着旧的加载项，请退出 Excel 后重试") from None
    except OSError as error:
        raise InstallError(f"无法写入 {target}：{error.strerror or error}") from None
    installed = Installed(target, interpreter)
    config = user_config_path(machine)
    if config is None:
        installed.notes.append("本系统没有 Excel，未写入 Python 的位置：请在装有 Excel 的电脑上安装 pingfen 后运行 pingfen addin install")
    else:
        write_user_config(config, interpreter_key(machine), interpreter, machine.encoding)
        installed.config = config
        installed.notes.append(f"Python 的位置已写入 {config}；移动或重建 Python 环境后请重新运行 pingfen addin install")
    if machine.windows:
        import xlwings

        installed.notes += bitness_notes(machine, xlwings.__version__)
    if machine.mac and target_dir is None:
        try:
            from xlwings.cli import runpython_install

            runpython_install(None)
            installed.notes.append("已安装 xlwings 的 AppleScript（RunPython 需要）")
        except Exception as error:  # noqa: BLE001
            installed.notes.append(f"未能安装 xlwings 的 AppleScript：{error}；请运行 xlwings runpython install")
    return installed


def no_excel_message(platform: str = sys.platform) -> str:
    return (
        f"当前系统（{platform}）上没有 Microsoft Excel：pingfen 加载项需要 Windows 或 macOS 版 Excel。\n"
        f"加载项文件在：{xlam.ADDIN_FILE}\n"
        "请在装有 Excel 的电脑上安装 pingfen，退出 Excel 后在那里运行 pingfen addin install："
        "它复制加载项并写入 Python 的位置，无需手工设置。\n"
        "没有 Excel 时可用命令行完成同样的工作：pingfen build / regenerate / recalc / check / export。"
    )
