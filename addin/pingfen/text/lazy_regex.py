"""Regular expressions compiled on first use instead of at import.

Compiling is what a module-level ``re.compile`` costs at start-up, and it is dear for the rule reader's
patterns: every ``[\\u4e00-\\u9fff]`` class makes ``re`` mark its 20,992 characters one by one in
Python (about 0.5 ms each time). ``pingfen rule`` uses about half of the patterns the rule modules
define, so the other half is compiled only by whoever needs them."""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` and is used the same way (``.search``, ``.sub``,
    ``.pattern``…). The first use compiles; what is asked of the compiled pattern is then kept on the
    instance, so later calls cost what calls on the compiled pattern cost."""

    _compiled: re.Pattern[str] | None = None

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern  # what the compiled pattern's .pattern would be, without compiling
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only called for what the instance does not have yet
        if name.startswith("__"):  # copy, pickle and friends ask for optional hooks: not the pattern's
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile`` deferred to the first use."""
    return LazyPattern(pattern, flags)
