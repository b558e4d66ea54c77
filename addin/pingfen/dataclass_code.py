"""The code ``dataclasses`` compiles for a class's methods, kept between runs (pingfen.kept).

``dataclasses`` writes each method of a class (``__init__``, ``__repr__``, ``__eq__``…) as source text
and compiles it: most of the 0.3–0.5 ms a class costs, paid again by every new process (``pingfen rule``
makes some twenty classes: 8 ms of a 55 ms start). The text depends only on the class as declared, so
its compiled code is kept by text, as a module's bytecode is: a text met again runs its kept code, and a
changed class simply writes a new text. ``.ci/precompile`` fills the file where Python writes no
bytecode (``python -m pingfen.dataclass_code``)."""

from __future__ import annotations

import sys
from types import CodeType
from . import TYPE_CHECKING

from .kept import Kept, modules_of

if TYPE_CHECKING:
    from typing import Any, Callable

# each text's code (pingfen.kept reads only the code a start runs: about a third of the texts)
_KEPT = Kept(__file__, "methods")


def kept_exec(text: str, globals: dict[str, Any] | None = None, locals: dict[str, Any] | None = None) -> None:
    """``exec(text, globals, locals)`` as ``dataclasses`` calls it, with the code compiled once for all
    runs: compiled as the built-in compiles a text ``dataclasses`` passes (no inherited future flags)."""
    code: Any = _KEPT.get(text)
    if code.__class__ is not CodeType:  # new (a damaged one is not read: pingfen.kept)
        code = compile(text, "<string>", "exec", dont_inherit=True)
        _KEPT.put(text, code)
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
    _KEPT.keep()


def _fill(packages: list[str]) -> int:
    """Makes every class declared with ``pingfen.lazy_dataclass`` in ``packages`` and writes the file
    whatever ``PYTHONDONTWRITEBYTECODE`` says (``.ci/precompile``). Returns the number of classes."""
    import dataclasses

    made = 0
    for module in modules_of(packages):
        for value in list(vars(module).values()):
            if isinstance(value, type) and value.__module__ == module.__name__ and "__dataclass_fields__" in value.__dict__:
                dataclasses.fields(value)  # a deferred class is made on this first use
                made += 1
    _KEPT.save()
    return made


if __name__ == "__main__":
    from pingfen import dataclass_code  # the module classes are made through, not this __main__ copy of it

    # the modules `pingfen rule` and the add-in's functions load: the classes a start makes
    packages = sys.argv[1:] or ["pingfen.rules", "pingfen.text", "pingfen.failures", "pingfen.quantities", "pingfen.grading"]
    print(f"{dataclass_code._fill(packages)} 个数据类的方法代码已写入")
