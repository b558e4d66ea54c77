"""The two binary formats inside an add-in's ``xl/vbaProject.bin``, without Excel:

- MS-CFB compound files (the container: storages and streams, like a small FAT file system):
  ``read_cfb`` and ``write_cfb`` (version 3, 512-byte sectors, 64-byte mini sectors);
- MS-OVBA compression (the VBA source and the ``dir`` stream are stored compressed):
  ``compress`` and ``decompress``.

``write_cfb`` lays the directory out as the xlwings template that Excel loads does: the entries of each
storage sorted by the compound-file order (shorter names first, then upper-cased code units) and
chained through their right siblings, all black.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass

SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
STORAGE, STREAM, ROOT = 1, 2, 5


class CfbError(ValueError):
    """Not a compound file, or a damaged one."""


# ---------------------------------------------------------------- reading


def read_cfb(data: bytes) -> dict[str, bytes | None]:
    """Every storage (value None) and stream of a compound file by its path ("VBA/dir")."""
    if data[:8] != SIGNATURE:
        raise CfbError("不是复合文档（compound file）")
    sector_shift, mini_shift = struct.unpack_from("<HH", data, 30)
    sector_size, mini_size = 1 << sector_shift, 1 << mini_shift
    (fat_count, first_dir, _, cutoff, first_minifat, minifat_count, first_difat, difat_count) = struct.unpack_from("<IIIIIIII", data, 44)

    def sector(index: int) -> bytes:
        start = (index + 1) * sector_size
        return data[start:start + sector_size]

    difat = list(struct.unpack_from("<109I", data, 76))
    next_difat = first_difat
    for _ in range(difat_count):
        block = sector(next_difat)
        entries = struct.unpack(f"<{sector_size // 4}I", block)
        difat += entries[:-1]
        next_difat = entries[-1]
    fat: list[int] = []
    for index in difat[:fat_count]:
        fat += struct.unpack(f"<{sector_size // 4}I", sector(index))

    def chain(start: int, table: list[int]) -> list[int]:
        found, seen = [], set()
        while start not in (ENDOFCHAIN, FREESECT) and start < len(table):
            if start in seen:
                raise CfbError("扇区链有环")
            seen.add(start)
            found.append(start)
            start = table[start]
        return found

    def read_chain(start: int) -> bytes:
        return b"".join(sector(index) for index in chain(start, fat))

    directory = read_chain(first_dir)
    entries = [directory[i:i + 128] for i in range(0, len(directory), 128)]
    minifat: list[int] = []
    if minifat_count:
        raw = read_chain(first_minifat)
        minifat = list(struct.unpack(f"<{len(raw) // 4}I", raw))
    root = _entry(entries[0])
    ministream = read_chain(root.start) if root.start not in (ENDOFCHAIN, FREESECT) else b""

    def stream(entry: "_Entry") -> bytes:
        if entry.size < cutoff:
            parts = [ministream[i * mini_size:(i + 1) * mini_size] for i in chain(entry.start, minifat)]
            return b"".join(parts)[: entry.size]
        return read_chain(entry.start)[: entry.size]

    found: dict[str, bytes | None] = {}

    def walk(index: int, prefix: str) -> None:
        if index == NOSTREAM or index >= len(entries):
            return
        entry = _entry(entries[index])
        walk(entry.left, prefix)
        path = f"{prefix}{entry.name}"
        if entry.kind == STREAM:
            found[path] = stream(entry)
        elif entry.kind == STORAGE:
            found[path] = None
            walk(entry.child, path + "/")
        walk(entry.right, prefix)

    walk(root.child, "")
    return found


@dataclass
class _Entry:
    name: str
    kind: int
    left: int
    right: int
    child: int
    start: int
    size: int


def _entry(raw: bytes) -> _Entry:
    length = struct.unpack_from("<H", raw, 64)[0]
    name = raw[: max(0, length - 2)].decode("utf-16-le")
    kind = raw[66]
    left, right, child = struct.unpack_from("<III", raw, 68)
    start, size = struct.unpack_from("<II", raw, 116)
    return _Entry(name, kind, left, right, child, start, size)


# ---------------------------------------------------------------- writing


def _order(name: str) -> tuple[int, str]:
    return (len(name), name.upper())


def write_cfb(files: dict[str, bytes | None]) -> bytes:
    """A compound file holding ``files`` (path → stream bytes, or None for a storage)."""
    tree: dict[str, list[str]] = {"": []}
    for path, content in files.items():
        parts = path.split("/")
        for depth in range(1, len(parts)):
            storage = "/".join(parts[:depth])
            if storage not in tree:
                tree[storage] = []
                tree["/".join(parts[: depth - 1])].append(parts[depth - 1])
        if content is None:
            tree.setdefault(path, [])
        parent = "/".join(parts[:-1])
        if parts[-1] not in tree[parent]:
            tree[parent].append(parts[-1])
    # directory entries, depth first: [path, kind, child, right]
    paths: list[str] = [""]
    index: dict[str, int] = {"": 0}

    def add(storage: str) -> None:
        for name in sorted(tree[storage], key=_order):
            path = f"{storage}/{name}" if storage else name
            index[path] = len(paths)
            paths.append(path)
        for name in sorted(tree[storage], key=_order):
            path = f"{storage}/{name}" if storage else name
            if path in tree:
                add(path)

    add("")
    streams = {path: files[path] or b"" for path in paths if path and path not in tree}
    small = {path: data for path, data in streams.items() if len(data) < MINI_CUTOFF}
    large = {path: data for path, data in streams.items() if len(data) >= MINI_CUTOFF}

    # the mini stream: small streams in 64-byte mini sectors
    mini_start: dict[str, int] = {}
    minifat: list[int] = []
    ministream = bytearray()
    for path, data in small.items():
        count = math.ceil(len(data) / MINI_SECTOR)
        if count == 0:
            mini_start[path] = ENDOFCHAIN
            continue
        first = len(minifat)
        mini_start[path] = first
        minifat += [first + i + 1 for i in range(count - 1)] + [ENDOFCHAIN]
        ministream += data + b"\0" * (count * MINI_SECTOR - len(data))

    dir_sectors = math.ceil(len(paths) * 128 / SECTOR)
    minifat_sectors = math.ceil(len(minifat) * 4 / SECTOR)
    ministream_sectors = math.ceil(len(ministream) / SECTOR)
    large_sectors = {path: math.ceil(len(data) / SECTOR) for path, data in large.items()}
    content = dir_sectors + minifat_sectors + ministream_sectors + sum(large_sectors.values())
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < content + fat_sectors:
        fat_sectors += 1
    if fat_sectors > 109:
        raise CfbError("复合文档过大（超过 109 个 FAT 扇区）")

    fat: list[int] = [FATSECT] * fat_sectors  # the FAT sectors come first
    sectors: list[bytes] = []

    def place(data: bytes, count: int) -> int:
        """Appends ``count`` sectors holding ``data``; returns the first sector's index."""
        if count == 0:
            return ENDOFCHAIN
        first = len(fat)
        fat.extend(first + i + 1 for i in range(count - 1))
        fat.append(ENDOFCHAIN)
        padded = data + b"\0" * (count * SECTOR - len(data))
        sectors.extend(padded[i * SECTOR:(i + 1) * SECTOR] for i in range(count))
        return first

    directory_at = place(b"", dir_sectors)  # filled in below, once the other sectors are placed
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat) if minifat else b""
    minifat_bytes += struct.pack("<I", FREESECT) * ((minifat_sectors * SECTOR - len(minifat_bytes)) // 4)
    minifat_at = place(minifat_bytes, minifat_sectors)
    ministream_at = place(bytes(ministream), ministream_sectors)
    large_start = {path: place(data, large_sectors[path]) for path, data in large.items()}

    def entry(path: str) -> bytes:
        name = "Root Entry" if path == "" else path.split("/")[-1]
        encoded = name.encode("utf-16-le") + b"\0\0"
        if len(encoded) > 64:
            raise CfbError(f"名称过长：{name}")
        if path == "":
            kind, start, size = ROOT, (ministream_at if ministream else ENDOFCHAIN), len(ministream)
        elif path in tree:
            kind, start, size = STORAGE, 0, 0
        elif path in small:
            kind, start, size = STREAM, mini_start[path], len(small[path])
        else:
            kind, start, size = STREAM, large_start[path], len(large[path])
        children = sorted(tree.get(path, []), key=_order)
        child = index[f"{path}/{children[0]}" if path else children[0]] if children else NOSTREAM
        right = NOSTREAM
        if path:
            parent = "/".join(path.split("/")[:-1])
            siblings = sorted(tree[parent], key=_order)
            position = siblings.index(path.split("/")[-1])
            if position + 1 < len(siblings):
                following = siblings[position + 1]
                right = index[f"{parent}/{following}" if parent else following]
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)  # all entries black
            + struct.pack("<III", NOSTREAM, right, child)
            + b"\0" * 16 + b"\0" * 4 + b"\0" * 16  # CLSID, state bits, times
            + struct.pack("<IQ", start, size)
        )

    unused = b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 36 + struct.pack("<IQ", 0, 0)
    directory = b"".join(entry(path) for path in paths)
    directory += unused * ((dir_sectors * SECTOR - len(directory)) // 128)
    first_content = directory_at - fat_sectors
    for i in range(dir_sectors):
        sectors[first_content + i] = directory[i * SECTOR:(i + 1) * SECTOR]

    fat += [FREESECT] * (fat_sectors * (SECTOR // 4) - len(fat))
    difat = list(range(fat_sectors)) + [FREESECT] * (109 - fat_sectors)
    header = (
        SIGNATURE + b"\0" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, fat_sectors, directory_at, 0, MINI_CUTOFF,
                      minifat_at if minifat_sectors else ENDOFCHAIN, minifat_sectors, ENDOFCHAIN, 0)
        + struct.pack("<109I", *difat)
    )
    assert len(header) == SECTOR
    return header + struct.pack(f"<{len(fat)}I", *fat) + b"".join(sectors)


# ---------------------------------------------------------------- MS-OVBA compression


def decompress(data: bytes) -> bytes:
    """MS-OVBA 2.4.1.3.1: a CompressedContainer → the decompressed bytes."""
    if not data or data[0] != 1:
        raise CfbError("不是 MS-OVBA 压缩数据")
    out = bytearray()
    position = 1
    while position < len(data):
        header = struct.unpack_from("<H", data, position)[0]
        size = (header & 0x0FFF) + 3
        compressed = bool(header & 0x8000)
        chunk = data[position + 2:position + size]
        position += size
        start = len(out)
        if not compressed:
            out += chunk[:4096]
            continue
        i = 0
        while i < len(chunk):
            flags = chunk[i]
            i += 1
            for bit in range(8):
                if i >= len(chunk):
                    break
                if not flags & (1 << bit):
                    out.append(chunk[i])
                    i += 1
                    continue
                token = struct.unpack_from("<H", chunk, i)[0]
                i += 2
                bits = max(math.ceil(math.log2(len(out) - start)), 4) if len(out) - start > 1 else 4
                length_mask = 0xFFFF >> bits
                offset = (token >> (16 - bits)) + 1
                length = (token & length_mask) + 3
                for _ in range(length):
                    out.append(out[-offset])
    return bytes(out)


def compress(data: bytes) -> bytes:
    """MS-OVBA 2.4.1.3.6: the CompressedContainer of ``data`` (copy tokens for repeats of 3+ bytes,
    the longest and then nearest match within the 4096-byte chunk)."""
    out = bytearray([1])
    for chunk_start in range(0, len(data), 4096):
        chunk = data[chunk_start:chunk_start + 4096]
        body = _compress_chunk(chunk)
        if body is None or len(body) > 4096:
            out += struct.pack("<H", 0x3000 | 4095) + chunk + b"\0" * (4096 - len(chunk))
        else:
            out += struct.pack("<H", 0xB000 | (len(body) + 2 - 3)) + body
    return bytes(out)


def _compress_chunk(chunk: bytes) -> bytes | None:
    out = bytearray()
    positions: dict[bytes, list[int]] = {}
    current = 0
    end = len(chunk)
    while current < end:
        flag_index = len(out)
        out.append(0)
        flags = 0
        for bit in range(8):
            if current >= end:
                break
            bits = max(math.ceil(math.log2(current)), 4) if current > 1 else 4
            maximum = (0xFFFF >> bits) + 3
            best_length, best_offset = 0, 0
            key = chunk[current:current + 3]
            if len(key) == 3:
                for candidate in reversed(positions.get(key, ())):
                    length = 0
                    limit = min(maximum, end - current)
                    while length < limit and chunk[candidate + length] == chunk[current + length]:
                        length += 1
                    if length > best_length:
                        best_length, best_offset = length, current - candidate
                        if length == limit:
                            break
            step = best_length if best_length >= 3 else 1
            if best_length >= 3:
                token = ((best_offset - 1) << (16 - bits)) | (best_length - 3)
                out += struct.pack("<H", token)
                flags |= 1 << bit
            else:
                out.append(chunk[current])
            for position in range(current, current + step):
                positions.setdefault(chunk[position:position + 3], []).append(position)
            current += step
        out[flag_index] = flags
    return bytes(out)
