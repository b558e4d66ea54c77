"""``@dataclass`` with its methods made when the class is first used instead of at import.

``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and, frozen,
``__setattr__``/``__delattr__``) as source text and compiles it: about half a millisecond per class, and
the rule engine declares some sixty classes (expression nodes, scorers, their parts) of which one rule
uses a handful. Here the class is left as written until something needs it as a dataclass — an
instance made, compared, hashed or shown, its fields or ``__match_args__`` read (``fields``,
``replace``, ``is_dataclass``, a subclass being made a dataclass) — and then ``dataclasses.dataclass``
runs on it with the same options, once. From then on the class is exactly what ``dataclasses`` makes.

Only what keeps the class object the same can wait: ``slots=True`` (a new class) is made at once.
Making a class takes a lock, so two threads never make it twice; pingfen's commands, the workbook jobs
and the add-in's functions use the rule classes from one thread (``batch`` runs processes).

``dataclasses`` imports ``inspect`` (with ``ast``, ``dis``, ``tokenize``: about 5 ms) for one thing: the
signature it writes as the ``__doc__`` of a class without a docstring. When ``dataclasses`` is first
needed here and nothing has imported ``inspect`` yet, ``inspect`` is registered as a module that runs
on the first use of a name it defines, by ``dataclasses`` or anyone else (``importlib.util.LazyLoader``
would run it at the next ``import inspect``, which reads ``__spec__``). The classes ``pingfen rule``
makes have docstrings, so that command never runs it. The methods' compiled code is kept between runs
(pingfen.dataclass_code), as Python keeps a module's bytecode."""

from __future__ import annotations

import sys
from _thread import RLock  # what threading.RLock gives, without importing threading
from types import ModuleType
from . import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Callable, TypeVar, dataclass_transform, overload

    _T = TypeVar("_T", bound=type)
else:  # what the two decorators do at run time, without importing typing (see pingfen/__init__.py)
    def overload(function: object) -> object:
        return function

    def dataclass_transform(**_: object) -> object:
        return overload
_LOCK = RLock()  # a subclass made a dataclass makes its bases so first, in the same thread


@overload
def dataclass(cls: _T, /) -> _T: ...
@overload
def dataclass(cls: None = None, /, **options: Any) -> Callable[[_T], _T]: ...


@dataclass_transform()
def dataclass(cls: _T | None = None, /, **options: Any) -> _T | Callable[[_T], _T]:
    """``dataclasses.dataclass`` (same options), applied on the class's first use."""
    def wrap(cls: _T) -> _T:
        if options.get("slots"):
            made: list[_T] = []
            with _LOCK:
                _made_with_kept_code(lambda: made.append(_dataclasses().dataclass(cls, **options)))
            return made[0]
        _defer(cls, options)
        return cls
    return wrap if cls is None else wrap(cls)


def field(**options: Any) -> Any:
    """``dataclasses.field``, with ``dataclasses`` imported as ``dataclass`` imports it (``inspect`` lazy)."""
    return _dataclasses().field(**options)


def defer_dataclasses() -> None:
    """Registers ``dataclasses`` as a module that runs on the first use of a name it defines, with
    ``inspect`` left lazy for it (as ``dataclass`` imports it): a module imported later that takes
    helpers from it with a plain import runs it then, and a command that never uses it (``pingfen
    recalc``) never loads it."""
    if "dataclasses" not in sys.modules:
        _leave_lazy_for_dataclasses()
        run_on_first_use("dataclasses")


def _dataclasses() -> Any:
    """The ``dataclasses`` module, imported with ``inspect`` left lazy when nothing has loaded it yet."""
    found = sys.modules.get("dataclasses")
    if found is not None:
        return found
    _leave_lazy_for_dataclasses()
    import dataclasses

    return dataclasses


def _leave_lazy_for_dataclasses() -> None:
    """``inspect`` (a class's signature as its ``__doc__``) and ``copy`` (with ``weakref``: ``asdict`` and
    ``astuple`` only, about 0.6 ms) run when first used, not when ``dataclasses`` imports them."""
    run_on_first_use("inspect")
    run_on_first_use("copy")


def run_on_first_use(name: str) -> None:
    """Registers the module ``name``, when nothing has imported it yet, as one that runs on the first
    use of a name it defines (an ``import`` of it meanwhile gives the module without running it)."""
    if name in sys.modules:
        return
    # importlib.util's find_spec and module_from_spec are these functions of the import system, loaded
    # with the interpreter (importing importlib.util: about 0.3 ms of every start)
    import _frozen_importlib as bootstrap

    if "." in name:
        import importlib.util

        spec = importlib.util.find_spec(name)
    else:
        spec = bootstrap._find_spec(name, None)
    if spec is not None and spec.loader is not None:
        module = bootstrap.module_from_spec(spec)
        module.__class__ = _RunOnFirstUse
        sys.modules[name] = module


def _made_with_kept_code(make: Callable[[], object]) -> None:
    """``make`` run with the methods' code kept between runs (pingfen.dataclass_code)."""
    from . import dataclass_code

    dataclass_code.running(_dataclasses(), make)


class _RunOnFirstUse(ModuleType):
    """A module in ``sys.modules`` whose code has not run yet: asking for a name it does not have so far
    (anything but what ``module_from_spec`` set: ``__spec__``, ``__name__``…) runs it in place."""

    def __getattr__(self, name: str) -> Any:
        self.__class__ = ModuleType
        self.__spec__.loader.exec_module(self)  # type: ignore[union-attr]
        return getattr(self, name)


class _Made:
    """A class attribute that ``dataclasses`` sets: asking for it makes the class first."""

    def __init__(self, name: str, make: Callable[[], None]) -> None:
        self.name = name
        self.make = make

    def __get__(self, instance: Any, owner: type) -> Any:
        self.make()
        return getattr(owner if instance is None else instance, self.name)


def _defer(cls: type, options: dict[str, Any]) -> None:
    frozen = options.get("frozen", False)
    eq = options.get("eq", True)
    own = cls.__dict__
    placed: list[str] = []

    def make() -> None:
        with _LOCK:
            if not placed:
                return
            for name in placed:
                delattr(cls, name)
            placed.clear()
            _made_with_kept_code(lambda: _dataclasses().dataclass(cls, **options))

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        make()
        cls.__init__(self, *args, **kwargs)  # type: ignore[misc]

    def __repr__(self: Any) -> str:
        make()
        return repr(self)

    def __eq__(self: Any, other: Any) -> Any:
        make()
        return cls.__eq__(self, other)

    def __hash__(self: Any) -> int:
        make()
        return hash(self)  # a TypeError where the dataclass is unhashable

    def __setattr__(self: Any, name: str, value: Any) -> None:
        make()
        setattr(self, name, value)

    def __delattr__(self: Any, name: str) -> None:
        make()
        delattr(self, name)

    # an instance without __init__ (unpickled, copied) still makes the class on its first comparison
    methods: dict[str, Any] = {}
    if options.get("init", True):
        methods["__init__"] = __init__
    if options.get("repr", True):
        methods["__repr__"] = __repr__
    if eq:
        methods["__eq__"] = __eq__
        methods["__hash__"] = __hash__
    if frozen:
        methods["__setattr__"] = __setattr__
        methods["__delattr__"] = __delattr__
    for name, method in methods.items():
        if name not in own:
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)
            placed.append(name)
    for name in ("__dataclass_fields__", "__dataclass_params__", "__match_args__"):
        if name not in own:
            setattr(cls, name, _Made(name, make))
            placed.append(name)
