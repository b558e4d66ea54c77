"""Untrusted workbook files: a workbook comes from a client, a colleague or a download, so before any
parser reads it its zip directory is checked against size limits (a 1 MB zip bomb would otherwise
unpack to gigabytes in memory), and every XML part is checked for a DOCTYPE (entity expansion and
external entities: no part of an .xlsx package ever needs one).

The limits can be raised for a genuinely huge workbook through the environment variables
``PINGFEN_MAX_UNPACKED_MB`` (all parts together, unpacked) and ``PINGFEN_MAX_RATIO`` (unpacked size over
packed size of one part larger than 1 MB).
"""

from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat


_MB = 1 << 20
_RATIO_APPLIES_FROM = _MB  # small parts may compress very well (empty styles, repeated cells)
_CHUNK = 64 * 1024
_PROLOG = 1024


class UnsafeFileError(ValueError):
    """A workbook refused before reading: the message names the file, the part and the limit."""


class Limits:
    """How large a workbook package may be unpacked. (A plain class: every command that reads a
    workbook makes one, and ``pingfen recalc`` has no other use for ``dataclasses``.)"""

    __slots__ = ("max_unpacked_mb", "max_ratio", "max_parts")

    def __init__(self, max_unpacked_mb: int = 300, max_ratio: int = 200, max_parts: int = 10_000) -> None:
        self.max_unpacked_mb = max_unpacked_mb
        self.max_ratio = max_ratio
        self.max_parts = max_parts

    @classmethod
    def from_environment(cls) -> "Limits":
        defaults = cls()
        return cls(
            max_unpacked_mb=_setting("PINGFEN_MAX_UNPACKED_MB", defaults.max_unpacked_mb),
            max_ratio=_setting("PINGFEN_MAX_RATIO", defaults.max_ratio),
            max_parts=defaults.max_parts,
        )


def _setting(name: str, default: int) -> int:
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit() or int(text) <= 0:
        raise UnsafeFileError(f"环境变量 {name}={text} 无效：应为正整数")
    return int(text)


def check_package(path: str | Path, limits: Limits | None = None) -> None:
    """Refuses a workbook package whose declared sizes exceed ``limits`` or whose XML has a DOCTYPE.
    A file that is not a zip at all is left to the reader, which says so in its own words."""
    limits = limits or Limits.from_environment()
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        return
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_parts:
            raise UnsafeFileError(f"{path}：压缩包内有 {len(infos)} 个部件，超过上限 {limits.max_parts}，不像正常的工作簿，已拒绝读取")
        unpacked = sum(info.file_size for info in infos)
        if unpacked > limits.max_unpacked_mb * _MB:
            raise UnsafeFileError(
                f"{path}：解压后共 {unpacked / _MB:,.0f} MB，超过上限 {limits.max_unpacked_mb} MB（疑为压缩炸弹），已拒绝读取。"
                f"如确为超大工作簿，可设置环境变量 PINGFEN_MAX_UNPACKED_MB 提高上限"
            )
        for info in infos:
            if info.file_size >= _RATIO_APPLIES_FROM and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                ratio = info.file_size / max(info.compress_size, 1)
                raise UnsafeFileError(
                    f"{path}：部件 {info.filename} 的压缩比为 {ratio:,.0f} 倍，超过上限 {limits.max_ratio} 倍（疑为压缩炸弹），已拒绝读取。"
                    f"如确为正常文件，可设置环境变量 PINGFEN_MAX_RATIO 提高上限"
                )
        for info in infos:
            if _declares_doctype(archive, info):
                raise UnsafeFileError(
                    f"{path}：部件 {info.filename} 含有 DOCTYPE/实体声明（正常的 Excel 文件不会有，可能用于攻击），已拒绝读取"
                )


class _Root(Exception):
    """The root element started: the prolog, where a DOCTYPE must stand, is over."""


class _Doctype(Exception):
    pass


def _declares_doctype(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the part's XML prolog has a DOCTYPE. Only the prolog is read, with expat, so every
    encoding (UTF-16 too) and any comments before the root are handled; a part that is not XML
    (images, vbaProject.bin) stops at its first byte."""
    parser = expat.ParserCreate()

    def doctype(*_: object) -> None:
        raise _Doctype

    def root(*_: object) -> None:
        raise _Root

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = root
    try:
        with archive.open(info) as part:
            size = _PROLOG  # the prolog is a few hundred bytes: a sheet's first 64 KB is rarely needed
            while chunk := part.read(size):
                parser.Parse(chunk, False)
                size = _CHUNK
            parser.Parse(b"", True)
    except _Doctype:
        return True
    except (_Root, expat.ExpatError, zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError):
        return False  # the root element, not XML, or a damaged part the reader will report
    return False
