"""A simulated Windows machine for ``pingfen addin install`` and the smoke test's checks."""
from __future__ import annotations

from pathlib import Path

import xlwings

from pingfen.excel import install


def simulated_windows(tmp_path: Path, *, python_bits: int = 64, office_bits: int | None = 64, dlls: tuple[int, ...] = (64,)) -> install.Machine:
    """A simulated Windows user: profile and roaming folders under tmp_path, a venv whose root holds
    the xlwings DLLs of ``dlls``, a Chinese Windows (config file read in the ANSI code page cp936)."""
    prefix = tmp_path / "venv"
    prefix.mkdir(parents=True, exist_ok=True)
    for bits in dlls:
        (prefix / f"xlwings{bits}-{xlwings.__version__}.dll").write_bytes(b"MZ")
    env = {"USERPROFILE": str(tmp_path / "profile"), "APPDATA": str(tmp_path / "profile" / "AppData" / "Roaming")}
    return install.Machine(
        platform="win32", env=env, home=tmp_path / "profile", prefix=prefix, executable=str(prefix / "Scripts" / "python.exe"),
        python_bits=python_bits, office_bits=lambda: office_bits, encoding="gbk",
    )
