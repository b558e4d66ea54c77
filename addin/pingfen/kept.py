"""What a module works out from fixed texts at every start, kept between runs as Python keeps its bytecode.

A new process pays again for what depends only on texts written in pingfen's own source: the code
``dataclasses`` compiles for each class's methods, the words each rule pattern requires. ``Kept`` holds
such results (anything ``marshal`` writes) by key (a text, or bytes), in a file beside the bytecode of the
module that works them out (``__pycache__``, or under ``PYTHONPYCACHEPREFIX``), named after the interpreter
(``lazy_regex.cpython-311.required``). The file also records Python's magic number and that module's
size and modification time, as a ``.pyc`` does: when the module or the interpreter changes, the file is
set aside and everything is worked out again (``also``: other source files the results depend on). Nothing
is written where Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``): there ``.ci/precompile`` fills
the files, as it compiles the modules. A file that cannot be read is ignored and rewritten; one that
cannot be written changes nothing.

A file ``.ci/precompile`` filled holds every result pingfen can use (1.3 MB in all), and ``pingfen rule`` asks
for a part of them (31 of 530 patterns' compiled code, 129 of 396 methods, the words of 210 of 530 patterns):
a process reads the file's index, then each result the first time it is asked for (reading and
unmarshalling the whole files was 4 ms of a 65 ms start). The index and each result have a checksum of their
own, checked when they are read (a checksum of the whole file was 0.2–0.3 ms a file): a damaged result is
worked out again as a missing one is, a damaged index sets the file aside. Layout::

    b"pfk2", the header's size, its crc32        (4 bytes each; numbers little-endian)
    header: marshal of (stamp, {slot: place << 64 | size << 32 | crc32 of the result})
    results, one after the other: marshal of (key as written, value)

A result's slot is the crc32 of its key as written (UTF-8; a bytes key after a 0xff byte, which UTF-8
never has), or the next free number after it; its place counts from the end of the header."""

from __future__ import annotations

import marshal
import os
import sys
from types import ModuleType
from zlib import crc32
# importlib.util's, from the import system loaded with the interpreter (importing importlib.util: 0.3 ms)
from _frozen_importlib_external import MAGIC_NUMBER, cache_from_source
from . import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Callable, Iterator

_FORMAT = b"pfk2"  # a file of the format before (one marshalled tuple) never starts so: set aside
_PREFIX = 12  # format, header size, header checksum
_HEAD = 1 << 15  # read with the prefix: the header of 530 results is some 13 KB
_WORD = 0xFFFFFFFF
_BYTES = b"\xff"  # before a bytes key
_MISSING = object()
_PREAD = hasattr(os, "pread")
# a file up to this size is read whole at once: a start asks for 210 of the 530 small results of lazy_regex's
# required words (a pread each: 0.25 ms; the whole 125 KB: 0.1 ms), for a few dozen of the larger others
_WHOLE = 1 << 18


def _name(key: str | bytes) -> bytes:
    """``key`` as written in the file (a str and bytes of the same letters are different keys)."""
    if key.__class__ is str:
        return key.encode("utf-8", "surrogatepass")  # type: ignore[union-attr]
    if key.__class__ is bytes:
        return _BYTES + key  # type: ignore[operator]
    raise TypeError(f"a kept result's key is a str or bytes, not {type(key).__name__}")


def _key(name: bytes) -> str | bytes:
    return name[1:] if name[:1] == _BYTES else name.decode("utf-8", "surrogatepass")


class _File:
    """One version of a kept file: its index, and its results read on demand — with ``os.pread`` from the
    file as it was opened (another process replacing it changes nothing here), or, where there is no
    pread (Windows), from the whole file read at once and closed, so that it never stands in a writer's way."""

    def __init__(self, index: dict[int, int], read: Callable[[int, int], bytes], size: int,
                 identity: tuple[int, ...] | None = None, fd: int | None = None, written: bytes | None = None) -> None:
        self.index = index
        self.read = read  # (place, size) → bytes
        self.size = size  # of the results
        self.identity = identity  # inode, size and modification time of the file: whether another process replaced it
        self.fd = fd
        self.written = written  # the results, when this process wrote them (known to be undamaged)

    def __del__(self, close: Callable[[int], None] = os.close) -> None:  # (os may be gone when the interpreter ends)
        if self.fd is not None:
            try:
                close(self.fd)
            except OSError:
                pass

    def find(self, name: bytes) -> Any:
        """The value kept under ``name``; ``_MISSING`` if there is none or it is damaged."""
        index, read = self.index, self.read
        slot = crc32(name)
        while (spot := index.get(slot)) is not None:
            result = read(spot >> 64, spot >> 32 & _WORD)
            if crc32(result) == spot & _WORD:
                try:
                    found, value = marshal.loads(result)
                except (EOFError, ValueError, TypeError):  # (what a checksum cannot tell: another marshal's)
                    pass
                else:
                    if found == name:
                        return value
            slot = slot + 1 & _WORD  # another key's slot, or a damaged result: the next one
        return _MISSING

    def results(self) -> Iterator[tuple[bytes, Any, bytes]]:
        """Each undamaged result: key as written, value, and the result as written."""
        body = self.written or self.read(0, self.size)  # (one read, not one a result)
        for spot in self.index.values():
            result = _checked(body, spot)
            if result is not None:
                try:
                    name, value = marshal.loads(result)
                except (EOFError, ValueError, TypeError):
                    continue
                yield name, value, result


def _checked(body: bytes, spot: int) -> bytes | None:
    """The result the index places at ``spot`` in ``body``; None if its checksum does not match."""
    result = body[spot >> 64:(spot >> 64) + (spot >> 32 & _WORD)]
    return result if crc32(result) == spot & _WORD else None


_EMPTY = _File({}, lambda place, size: b"", 0)


def _identity(found: os.stat_result) -> tuple[int, ...]:
    return (found.st_ino, found.st_size, found.st_mtime_ns)


def _opened(path: str, stamp: tuple[Any, ...]) -> _File:
    """The file at ``path`` if it is of this format, undamaged and stamped ``stamp``; else an empty one."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return _EMPTY
    held = None
    try:
        found = os.fstat(fd)
        whole = not _PREAD or found.st_size <= _WHOLE
        if whole:
            with open(fd, "rb", closefd=False) as handle:
                head = handle.read()
        else:
            head = os.pread(fd, _HEAD, 0)
        if head[:4] != _FORMAT:
            return _EMPTY
        start = _PREFIX + int.from_bytes(head[4:8], "little")
        if len(head) < start and not whole:
            head += os.pread(fd, start - len(head), len(head))
        header = memoryview(head)[_PREFIX:start]
        if len(head) < start or crc32(header) != int.from_bytes(head[8:12], "little"):
            return _EMPTY
        written, index = marshal.loads(header)
        if written != stamp or index.__class__ is not dict:
            return _EMPTY
        if whole:
            return _File(index, lambda place, size: head[start + place:start + place + size], found.st_size - start, _identity(found))
        held = fd
        return _File(index, lambda place, size: os.pread(fd, size, start + place), found.st_size - start, _identity(found), fd)
    except (OSError, EOFError, ValueError, TypeError):
        return _EMPTY
    finally:
        if held is None:
            os.close(fd)


def _placed(index: dict[int, int], place: int, results: dict[bytes, bytes]) -> None:
    """Adds ``results`` (by key as written), placed one after the other from ``place``, to ``index``."""
    for name, result in results.items():
        slot = crc32(name)
        while slot in index:
            slot = slot + 1 & _WORD
        index[slot] = place << 64 | len(result) << 32 | crc32(result)
        place += len(result)


class Kept:
    """Results by key, kept between runs (see the module); the caller makes them one at a time."""

    def __init__(self, module_file: str, kind: str, also: tuple[str, ...] = ()) -> None:
        self._module = module_file  # the module that works the results out
        self._also = also  # other source files the results depend on (stamped as the module is)
        self._kind = kind
        self._file: _File | None = None  # read on first use
        self._got: dict[str | bytes, Any] = {}  # read from the file or put, in this process
        self._new: dict[str | bytes, Any] = {}  # put since the file was written
        self._values: dict[str | bytes, Any] | None = None  # every result, once values() was asked for
        self._unsaved = False

    def _path(self) -> str | None:
        try:
            return os.path.splitext(cache_from_source(self._module))[0] + "." + self._kind
        except (NotImplementedError, ValueError):  # no cache tag: this interpreter keeps no bytecode
            return None

    def _stamp(self) -> tuple[Any, ...]:
        stamp: list[Any] = [MAGIC_NUMBER]
        for source in (self._module, *self._also):
            try:
                found = os.stat(source)
            except OSError:
                stamp += (0, 0)
            else:
                stamp += (found.st_mtime_ns, found.st_size)
        return tuple(stamp)

    def _opened(self) -> _File:
        if self._file is None:
            path = self._path()
            self._file = _EMPTY if path is None else _opened(path, self._stamp())
        return self._file

    def get(self, key: str | bytes) -> Any:
        """The result kept under ``key`` (read from the file the first time it is asked for), or None."""
        if self._values is not None:
            return self._values.get(key)
        value = self._got.get(key, _MISSING)
        if value is _MISSING:
            value = (self._file or self._opened()).find(_name(key))
            if value is _MISSING:
                return None
            self._got[key] = value
        return value

    def values(self) -> dict[str | bytes, Any]:
        """Every result kept so far, all read from the file: the dict results put later go to, and from
        which a result deleted is not written (for callers that keep a few hundred results at most)."""
        if self._values is None:
            values = {_key(name): value for name, value, _ in self._opened().results()}
            values.update(self._got)
            self._values = values
        return self._values

    def put(self, key: str | bytes, value: Any) -> None:
        """Keeps ``value``; ``keep`` writes it."""
        if self._values is not None:
            self._values[key] = value
        else:
            self._got[key] = self._new[key] = value
        self._unsaved = True

    def keep(self) -> None:
        """Writes what was put since, where Python writes bytecode."""
        if self._unsaved and not sys.dont_write_bytecode:
            self.save()

    def save(self) -> None:
        """Writes the file (whole, then renamed into place: a reader never sees half of it): what the file
        holds when it is written (another process may have added results since this one read it) and
        what was put since — or, once ``values()`` was asked for, exactly what that holds."""
        path = self._path()
        if path is None or not self._unsaved:
            return
        partial = f"{path}.{os.getpid()}.tmp"
        try:
            index, body = self._written(path)
            header = marshal.dumps((self._stamp(), index))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(partial, "wb") as handle:
                handle.write(_FORMAT + len(header).to_bytes(4, "little") + crc32(header).to_bytes(4, "little") + header)
                handle.write(body)
                handle.flush()
                identity = _identity(os.fstat(handle.fileno()))
            os.replace(partial, path)
        except (OSError, ValueError):  # a read-only install, or a value marshal cannot write
            try:
                os.remove(partial)
            except OSError:
                pass
            return
        self._file = _File(index, lambda place, size: body[place:place + size], len(body), identity, written=body)
        self._new = {}
        self._unsaved = False

    def _written(self, path: str) -> tuple[dict[int, int], bytes]:
        """The index and the results of the file to write."""
        index: dict[int, int] = {}
        if self._values is not None:
            results = {name: marshal.dumps((name, value)) for name, value in ((_name(key), value) for key, value in self._values.items())}
            _placed(index, 0, results)
            return index, b"".join(results.values())
        held = self._opened()
        try:
            now: tuple[int, ...] | None = _identity(os.stat(path))
        except OSError:
            now = None
        added: dict[bytes, bytes] = {}
        if now != held.identity:  # replaced by another process since it was read: what that one added is kept too
            mine, held = held, _opened(path, self._stamp())
            # and what this process wrote before, which that one may not have seen (the file is a cache shared by
            # processes writing at once: the last one written holds at least everything its writer knew)
            added = {name: result for name, _, result in mine.results() if held.find(name) is _MISSING}
        added.update({name: marshal.dumps((name, value)) for name, value in ((_name(key), value) for key, value in self._new.items())})
        body = held.written
        if body is None:  # read by this process: checked whole once, before more is added to it
            body = held.read(0, held.size)
            sound = len(body) == held.size and all(_checked(body, spot) is not None for spot in held.index.values())
        else:
            sound = True
        if sound and all(held.find(name) is _MISSING for name in added):  # the common case: new keys only
            index.update(held.index)  # the results there stay where they are
            _placed(index, len(body), added)
            return index, body + b"".join(added.values())
        results = {name: result for name, _, result in held.results()}  # a result replaced, or damaged ones left out
        results.update(added)
        _placed(index, 0, results)
        return index, b"".join(results.values())


def modules_of(packages: list[str]) -> Iterator[ModuleType]:
    """Each of ``packages`` and the modules in it (what ``.ci/precompile`` fills the files for)."""
    import importlib
    import pkgutil

    for name in packages:
        package = importlib.import_module(name)
        yield package
        for info in pkgutil.iter_modules(getattr(package, "__path__", [])):
            yield importlib.import_module(f"{name}.{info.name}")
