"""``pingfen addin install``: puts pingfen.xlam into Excel's startup folder (XLSTART), with the Python
interpreter of this installation written into the add-in's config sheet, so that the ribbon and the
worksheet functions run this pingfen (the add-in finds Python only through that config)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import xlam

MAC_XLSTART = Path("Library/Group Containers/UBF8T346G9.Office/User Content.localized/Startup.localized/Excel")


class InstallError(RuntimeError):
    """The add-in could not be installed; the message says why in Chinese."""


@dataclass
class Installed:
    path: Path
    interpreter: str
    notes: list[str] = field(default_factory=list)


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


def default_interpreter(platform: str = sys.platform, executable: str = sys.executable) -> str:
    """pythonw.exe on Windows (no console window for the UDF server), the running Python elsewhere."""
    path = Path(executable)
    if platform.startswith("win"):
        windowless = path.with_name("pythonw.exe")
        return str(windowless if windowless.exists() else path)
    return str(path)


def install(target_dir: Path | None = None, platform: str = sys.platform, interpreter: str | None = None) -> Installed:
    if not xlam.ADDIN_FILE.exists():
        raise InstallError(f"找不到加载项文件 {xlam.ADDIN_FILE}：请先运行 pingfen addin build")
    directory = target_dir or xlstart_dir(platform)
    if directory is None:
        raise InstallError("找不到 Excel 的启动文件夹（XLSTART），请用 --xlstart 指定")
    interpreter = interpreter or default_interpreter(platform)
    key = "Interpreter_Mac" if platform == "darwin" else "Interpreter_Win"
    data = xlam.set_config(xlam.ADDIN_FILE.read_bytes(), {key: interpreter})
    target = directory / "pingfen.xlam"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except PermissionError:
        raise InstallError(f"无法写入 {target}：Excel 可能正打开着旧的加载项，请退出 Excel 后重试") from None
    except OSError as error:
        raise InstallError(f"无法写入 {target}：{error.strerror or error}") from None
    installed = Installed(target, interpreter)
    if platform.startswith("win"):
        import xlwings

        dll = Path(sys.prefix) / f"xlwings64-{xlwings.__version__}.dll"
        if target_dir is None and not dll.exists():
            installed.notes.append(f"未找到 {dll.name}（工作表函数需要它）：请在本环境中重新安装 xlwings=={xlwings.__version__}")
    if platform == "darwin" and target_dir is None:
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
        "请在装有 Excel 的电脑上安装 pingfen 后运行 pingfen addin install；"
        "或把该文件复制到那台电脑 Excel 的 XLSTART 文件夹，并在其 pingfen.conf 工作表中填写 Python 解释器路径。\n"
        "没有 Excel 时可用命令行完成同样的工作：pingfen build / regenerate / recalc / check / export。"
    )
