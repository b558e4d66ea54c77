"""What a module works out from fixed texts at every start, kept between runs as Python keeps its bytecode.

A new process pays again for what depends only on texts written in pingfen's own source: the code
``dataclasses`` compiles for each class's methods, the words each rule pattern requires. ``Kept`` holds
such results (anything ``marshal`` writes) by text, in a file beside the bytecode of the module that
works them out (``__pycache__``, or under ``PYTHONPYCACHEPREFIX``), named after the interpreter
(``lazy_regex.cpython-311.required``). The file also records Python's magic number and that module's
size and modification time, as a ``.pyc`` does: when the module or the interpreter changes, the file is
set aside and everything is worked out again (``also``: other source files the results depend on); so is a
file whose checksum does not match what it holds. Nothing is written where Python writes no bytecode
(``PYTHONDONTWRITEBYTECODE``): there ``.ci/precompile`` fills the files, as it compiles the modules. A
file that cannot be read is ignored and rewritten; one that cannot be written changes nothing."""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from types import ModuleType
# importlib.util's, from the import system loaded with the interpreter (importing importlib.util: 0.3 ms)
from _frozen_importlib_external import MAGIC_NUMBER, cache_from_source
from . import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Iterator


class Kept:
    """Results by text, kept between runs (see the module); the caller makes them one at a time."""

    def __init__(self, module_file: str, kind: str, also: tuple[str, ...] = ()) -> None:
        self._module = module_file  # the module that works the results out
        self._also = also  # other source files the results depend on (stamped as the module is)
        self._kind = kind
        self._values: dict[str, Any] | None = None
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

    def values(self) -> dict[str, Any]:
        """Every result kept so far, read from the file on first use."""
        if self._values is None:
            self._values = self._read()
        return self._values

    def _read(self) -> dict[str, Any]:
        path = self._path()
        if path is None:
            return {}
        try:
            with open(path, "rb") as handle:
                stamp, checksum, written = marshal.loads(handle.read())
            if stamp != self._stamp() or zlib.crc32(written) != checksum:  # changed sources, or damaged
                return {}
            values = marshal.loads(written)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return values if isinstance(values, dict) else {}

    def get(self, text: str) -> Any:
        return self.values().get(text)

    def put(self, text: str, value: Any) -> None:
        """Keeps ``value``; ``keep`` writes it."""
        self.values()[text] = value
        self._unsaved = True

    def keep(self) -> None:
        """Writes what was put since, where Python writes bytecode."""
        if self._unsaved and not sys.dont_write_bytecode:
            self.save()

    def save(self) -> None:
        """Writes the file (whole, then renamed into place: a reader never sees half of it)."""
        path = self._path()
        if path is None or not self._unsaved:
            return
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            partial = f"{path}.{os.getpid()}.tmp"
            with open(partial, "wb") as handle:
                written = marshal.dumps(self.values())
                handle.write(marshal.dumps((self._stamp(), zlib.crc32(written), written)))
            os.replace(partial, path)
            self._unsaved = False
        except (OSError, ValueError):  # a read-only install, or a value marshal cannot write
            pass


def modules_of(packages: list[str]) -> Iterator[ModuleType]:
    """Each of ``packages`` and the modules in it (what ``.ci/precompile`` fills the files for)."""
    import importlib
    import pkgutil

    for name in packages:
        package = importlib.import_module(name)
        yield package
        for info in pkgutil.iter_modules(getattr(package, "__path__", [])):
            yield importlib.import_module(f"{name}.{info.name}")
