"""The big parts of an xlsx package inflated and deflated with zlib-ng where it is installed.

zlib-ng makes the same deflate streams as zlib, about twice as fast both ways, and its CRC-32 is five
times as fast (measured on the sheets of a 3,000-indicator workbook: deflate at level 3 in 0.57 of
zlib's time, for the same size). ``zipfile`` only speaks zlib, so a part is read here from its raw
bytes (the sizes and CRC the zip directory declares are checked: a part that inflates past its
declared size or fails its CRC is a ``zipfile.BadZipFile``), and a part is written here as
``ZipFile.open(…, "w")`` writes it (header, deflated data, header rewritten with the CRC and sizes).
Without zlib-ng (Pyodide) zlib does the same; small parts keep using ``zipfile`` until zlib-ng is
loaded (not worth loading it for)."""

from __future__ import annotations

import struct
import zipfile
import zlib
from types import ModuleType
from typing import Any, Iterator

_BIG = 256 * 1024  # bytes of a part (unpacked) from which zlib-ng is loaded for it
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # signature … file name length, extra field length
_codec: ModuleType | None = None


def codec() -> ModuleType:
    """zlib-ng's zlib module where it is installed, else zlib (same functions, same streams)."""
    global _codec
    if _codec is None:
        try:
            from zlib_ng import zlib_ng as found
        except ImportError:  # not installed (Pyodide has no build of it)
            found = zlib
        _codec = found
    return _codec


def _engine(size: int) -> ModuleType | None:
    """The codec for a part of ``size`` bytes unpacked: ``codec()`` once it is loaded (``pingfen batch``
    loads it for its workers) or for a big part, else None (zipfile's own zlib)."""
    return _codec if _codec is not None else codec() if size >= _BIG else None


def compressed_bytes(archive: zipfile.ZipFile, item: zipfile.ZipInfo) -> bytes:
    """A member's bytes as stored (after its local header), without inflating them."""
    source = archive.fp
    assert source is not None
    source.seek(item.header_offset)
    header = source.read(_LOCAL_HEADER.size)
    fields = _LOCAL_HEADER.unpack(header) if len(header) == _LOCAL_HEADER.size else None
    if fields is None or fields[0] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"{item.filename}：本地文件头损坏")
    source.seek(item.header_offset + _LOCAL_HEADER.size + fields[-2] + fields[-1])
    data = source.read(item.compress_size)
    if len(data) != item.compress_size:
        raise zipfile.BadZipFile(f"{item.filename}：内容不完整")
    return data


def read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    """``archive.read(name)``, a big deflated part inflated by ``codec()``."""
    item = archive.getinfo(name)
    engine = _engine(item.file_size)
    if engine is None or item.compress_type != zipfile.ZIP_DEFLATED or item.flag_bits & 0x1:
        return archive.read(item)  # small, stored, encrypted or another method: zipfile's own reading
    inflater = engine.decompressobj(-15)
    try:  # never more than the declared size (and one byte to tell a bigger part)
        data = inflater.decompress(compressed_bytes(archive, item), item.file_size + 1)
    except engine.error as error:
        raise zipfile.BadZipFile(f"{name}：{error}") from None
    if len(data) != item.file_size or not inflater.eof:
        raise zipfile.BadZipFile(f"{name}：解压后的大小与声明的不符")
    if engine.crc32(data) != item.CRC:
        raise zipfile.BadZipFile(f"{name}：CRC 校验失败")
    return data


def read_parts(archive: zipfile.ZipFile, names: list[str]) -> Iterator[bytes]:
    """``read_part`` of each of ``names``, in order. When they are big, each is read and inflated on a
    second thread while the caller works on the one before (inflating and the CRC release the GIL: a
    3,000-indicator book's sheets are read in the time they take to parse); a part's error is raised
    at its turn. The archive is not touched by the caller meanwhile, nor by the thread once the
    caller is done."""
    if sum(archive.getinfo(name).file_size for name in names) < _AHEAD:
        for name in names:
            yield read_part(archive, name)
        return
    import queue
    import threading

    ready: queue.Queue[bytes | BaseException] = queue.Queue(_PARTS_AHEAD)  # memory: a few parts ahead at most
    done = threading.Event()  # the caller needs no more parts

    def work() -> None:
        for name in names:
            try:
                item: bytes | BaseException = read_part(archive, name)
            except BaseException as error:  # raised by the caller, at this part's turn
                item = error
            while not done.is_set():
                try:
                    ready.put(item, timeout=0.05)
                    break
                except queue.Full:
                    continue
            if done.is_set() or isinstance(item, BaseException):
                return

    thread = threading.Thread(target=work, name="pingfen-inflate", daemon=True)
    thread.start()
    try:
        for _ in names:
            item = ready.get()
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        done.set()
        thread.join()


_AHEAD = 2 << 20  # bytes of parts (unpacked) from which they are read ahead on a second thread
_PARTS_AHEAD = 2


class DeflatedPart:
    """A member of ``out`` being written, deflated at ``level`` by ``codec()``: ``write`` its content
    piece by piece, then ``close`` (the header is written again with the CRC and sizes, as zipfile
    does, and the member entered in the directory)."""

    def __init__(self, out: zipfile.ZipFile, item: zipfile.ZipInfo, level: int | None) -> None:
        assert out.fp is not None
        engine = _engine(item.file_size) or zlib  # by the size read (what is written is about the same)
        self._out, self._item = out, item
        self._deflater: Any = engine.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level, zlib.DEFLATED, -15)
        self._crc32 = engine.crc32
        self._crc = self._size = self._packed = 0
        item.compress_type, item.flag_bits, item.CRC, item.compress_size, item.file_size = zipfile.ZIP_DEFLATED, 0, 0, 0, 0
        if not item.external_attr:
            item.external_attr = 0o600 << 16
        out.fp.seek(out.start_dir)
        item.header_offset = out.fp.tell()
        out.fp.write(item.FileHeader(False))

    def write(self, data: bytes) -> None:
        self._crc = self._crc32(data, self._crc)
        self._size += len(data)
        packed = self._deflater.compress(data)
        self._packed += len(packed)
        self._out.fp.write(packed)  # type: ignore[union-attr]

    def close(self) -> None:
        out, item, fp = self._out, self._item, self._out.fp
        assert fp is not None
        packed = self._deflater.flush()
        fp.write(packed)
        item.CRC, item.file_size, item.compress_size = self._crc, self._size, self._packed + len(packed)
        if max(item.file_size, item.compress_size) > zipfile.ZIP64_LIMIT:
            raise zipfile.LargeZipFile(f"{item.filename}：超过 4 GB")
        out.start_dir = fp.tell()
        fp.seek(item.header_offset)
        fp.write(item.FileHeader(False))
        fp.seek(out.start_dir)
        out.filelist.append(item)
        out.NameToInfo[item.filename] = item
