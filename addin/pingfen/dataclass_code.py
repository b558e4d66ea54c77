"""The code ``dataclasses`` compiles for a class's methods, kept between runs beside pingfen's bytecode.

``dataclasses`` writes each method of a class (``__init__``, ``__repr__``, ``__eq__``…) as source text
and compiles it: most of the 0.3–0.5 ms a class costs, paid again by every new process (``pingfen rule``
makes some twenty classes: 8 ms of a 55 ms start). The text depends only on the class as declared, so
its compiled code can be kept like a module's bytecode: in ``__pycache__`` beside this module (or under
``PYTHONPYCACHEPREFIX``), in a file named after the interpreter (``.cpython-311.methods``) holding
Python's magic number and each text's code. A text met again runs its kept code; the text itself is the
key, so a changed class simply writes a new text (the old entry is unused). Nothing is written where
Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``): there ``.ci/precompile`` fills the file
(``python -m pingfen.dataclass_code``), as it compiles the modules. An unreadable or foreign file is
ignored and rewritten."""

from __future__ import annotations

import marshal
import os
import sys
from types import CodeType
from typing import Any, Callable

# every text met so far and its code; read from the file as marshalled bytes, each loaded when first run
# (a start runs a fifth of the file's code)
_codes: dict[str, CodeType | bytes] | None = None
_unsaved = False


def _path() -> str | None:
    import importlib.util

    try:
        return os.path.splitext(importlib.util.cache_from_source(__file__))[0] + ".methods"
    except (NotImplementedError, ValueError):  # no cache tag: this interpreter keeps no bytecode
        return None


def _read() -> dict[str, CodeType | bytes]:
    import importlib.util

    path = _path()
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            magic, codes = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if magic != importlib.util.MAGIC_NUMBER or not isinstance(codes, dict):
        return {}
    return {text: code for text, code in codes.items() if isinstance(text, str) and isinstance(code, bytes)}


def kept_exec(text: str, globals: dict[str, Any] | None = None, locals: dict[str, Any] | None = None) -> None:
    """``exec(text, globals, locals)`` as ``dataclasses`` calls it, with the code compiled once for all
    runs: compiled as the built-in compiles a text ``dataclasses`` passes (no inherited future flags)."""
    global _codes, _unsaved
    if _codes is None:
        _codes = _read()
    code: Any = _codes.get(text)
    if code.__class__ is bytes:
        try:
            code = marshal.loads(code)
        except (EOFError, ValueError, TypeError):
            code = None
    if code.__class__ is not CodeType:  # new, or a damaged entry
        code = compile(text, "<string>", "exec", dont_inherit=True)
        _unsaved = True
    _codes[text] = code
    exec(code, globals, locals)


def running(dataclasses: Any, make: Callable[[], object]) -> None:
    """Runs ``make`` (which makes dataclasses) with ``dataclasses``' compiling going through the kept
    code, and keeps what it compiled anew. The caller holds the lock that makes classes one at a time."""
    if vars(dataclasses).get("exec") is kept_exec:  # a base class made while its subclass is made
        make()
        return
    dataclasses.exec = kept_exec  # the module's global comes before the built-in
    try:
        make()
    finally:
        del dataclasses.exec
    if _unsaved and not sys.dont_write_bytecode:
        save()


def save() -> None:
    """Writes the kept code (whole, then renamed into place: a reader never sees half a file)."""
    global _unsaved
    import importlib.util

    path = _path()
    if path is None or _codes is None:
        return
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        partial = f"{path}.{os.getpid()}.tmp"
        with open(partial, "wb") as handle:
            codes = {text: code if code.__class__ is bytes else marshal.dumps(code) for text, code in _codes.items()}
            handle.write(marshal.dumps((importlib.util.MAGIC_NUMBER, codes)))
        os.replace(partial, path)
        _unsaved = False
    except OSError:  # a read-only install: compiled again next time, as without this file
        pass


def _fill(packages: list[str]) -> int:
    """Makes every class declared with ``pingfen.lazy_dataclass`` in ``packages`` and writes the file
    whatever ``PYTHONDONTWRITEBYTECODE`` says (``.ci/precompile``). Returns the number of classes."""
    import dataclasses
    import importlib
    import pkgutil

    made = 0
    for name in packages:
        package = importlib.import_module(name)
        modules = [package]
        if hasattr(package, "__path__"):
            modules += [importlib.import_module(f"{name}.{info.name}") for info in pkgutil.iter_modules(package.__path__)]
        for module in modules:
            for value in list(vars(module).values()):
                if isinstance(value, type) and value.__module__ == module.__name__ and "__dataclass_fields__" in value.__dict__:
                    dataclasses.fields(value)  # a deferred class is made on this first use
                    made += 1
    save()
    return made


if __name__ == "__main__":
    from pingfen import dataclass_code  # the module classes are made through, not this __main__ copy of it

    # the modules `pingfen rule` and the add-in's functions load: the classes a start makes
    packages = sys.argv[1:] or ["pingfen.rules", "pingfen.text", "pingfen.failures", "pingfen.quantities", "pingfen.grading"]
    print(f"{dataclass_code._fill(packages)} 个数据类的方法代码已写入")
