"""Regular expressions compiled on first use instead of at import, and only for a text they can match.

Compiling is what a module-level ``re.compile`` costs at start-up, and it is dear for the rule reader's
patterns: every ``[\\u4e00-\\u9fff]`` class makes ``re`` mark its 20,992 characters one by one in
Python (about 0.5 ms each time). ``pingfen rule`` uses about half of the patterns the rule modules
define, so the other half is compiled only by whoever needs them.

Most patterns also contain words every match must contain (``扣``, ``以上|上述``, ``×``): a pattern
asked about a text without them cannot match, so the answer is given without compiling it. The
words outside groups are read from the pattern's source first (``top_level_words``, a few µs); when
the text has them all, the words ``re``'s own parse of the pattern requires decide (``required_words``,
about a tenth of a compile: the character classes are expanded by the compiler, not the parser),
both worked out once for all runs (pingfen.kept, beside this module's bytecode). A pattern without such
words, or one that ignores case, is compiled on its first use as before; the code ``re``'s compiler
makes of a pattern is kept between runs the same way (``compiled``)."""

from __future__ import annotations

import itertools
import re
import sys
from .. import TYPE_CHECKING

from ..kept import Kept, modules_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Iterable, Iterator

try:  # re's parser (Python 3.11+); without it every pattern is compiled on first use
    from re import _constants as _op, _parser
except ImportError:  # pragma: no cover - an interpreter whose re has another layout
    _parser = None
try:  # re's compiler and the engine it hands a pattern's code to (CPython 3.11+)
    import _sre
    from _thread import get_ident
    from re import _compiler
except ImportError:  # pragma: no cover - another implementation: compiled by re alone
    _sre = None

_ESCAPED_CHARACTERS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_GUARDED = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split")
_MAX_CLASS_CHARS = 8  # a class of a few characters ([。；]) is one clause of alternatives; larger ones are not
_MAX_COMBINATIONS = 64  # clauses tried for an alternation: one from each branch, in every combination
_MAX_WORDS = 16  # a clause of more alternatives than this says too little to be worth checking


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` and is used the same way (``.search``, ``.sub``,
    ``.pattern``…). Until a text that can match comes, the matching methods answer “no match”
    without compiling; the first use that needs the compiled pattern compiles it, and what is asked of
    it is then kept on the instance, so later calls cost what calls on the compiled pattern cost."""

    _compiled: re.Pattern[str] | None = None
    _words: tuple[str, ...] | None = None  # words outside groups every match needs, read from the source
    _needs: tuple[tuple[str, ...], ...] | None = None  # every clause must have one of its words in the text

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern  # what the compiled pattern's .pattern would be, without compiling
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only called for what the instance does not have yet
        if name.startswith("__"):  # copy, pickle and friends ask for optional hooks: not the pattern's
            raise AttributeError(name)
        value = getattr(self._compile(), name)
        setattr(self, name, value)
        return value

    def _compile(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compiled(self.pattern, self._flags)
            # from now on straight to the compiled pattern's methods — except those that scan the whole text (match and
            # fullmatch start where they are told), of a pattern with words: a text without them is still answered
            # without running the pattern (the check is a few `in` tests; a scan and, for sub with a template, re's
            # Python-level _subx cost more), by a closure over the compiled method put on the instance (_guarded_scans)
            if self._words is None:
                self._words = kept_top_level_words(self.pattern, self._flags)
            if self._words or self._requires():
                for name, method in _guarded_scans(self._compiled, self._words, self._requires()).items():
                    setattr(self, name, method)
            for name in _GUARDED:
                if name not in vars(self):
                    setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def _requires(self) -> tuple[tuple[str, ...], ...]:
        needs = self._needs
        if needs is None:
            needs = self._needs = required_words(self.pattern, self._flags)
        return needs

    def _cannot_match(self, string: object) -> bool:
        """Whether ``string`` lacks a word every match needs (then no compiling is needed to say so)."""
        if string.__class__ is not str:
            return False
        words = self._words
        if words is None:
            words = self._words = kept_top_level_words(self.pattern, self._flags)
        for word in words:  # the cheap reading first: it often settles it without re's parser
            if word not in string:
                return True
        for clause in self._needs or self._requires():
            for word in clause:
                if word in string:
                    break
            else:
                return True
        return False

    def search(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return None if self._cannot_match(string) else self._compile().search(string, *args, **kwargs)

    def match(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return None if self._cannot_match(string) else self._compile().match(string, *args, **kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return None if self._cannot_match(string) else self._compile().fullmatch(string, *args, **kwargs)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return [] if self._cannot_match(string) else self._compile().findall(string, *args, **kwargs)

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        return iter(()) if self._cannot_match(string) else self._compile().finditer(string, *args, **kwargs)

    def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> str:
        return string if self._cannot_match(string) else self._compile().sub(repl, string, *args, **kwargs)

    def subn(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return (string, 0) if self._cannot_match(string) else self._compile().subn(repl, string, *args, **kwargs)

    def split(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return [string] if self._cannot_match(string) else self._compile().split(string, *args, **kwargs)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def _needed(words: tuple[str, ...], needs: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """What a text must have for a compiled pattern to match in it, as it is tested at every scan: each word a match
    needs (top-level, or a clause of one word), then only the clauses of several words that such a word does not
    already meet (扣分 present, 扣 is)."""
    alone = tuple(dict.fromkeys([*words, *(clause[0] for clause in needs if len(clause) == 1)]))
    clauses = tuple(clause for clause in needs if len(clause) > 1 and not any(word in known for word in clause for known in alone))
    return alone, clauses


def _lacking(alone: tuple[str, ...], clauses: tuple[tuple[str, ...], ...]) -> Callable[[object], bool]:
    """Whether a text lacks what ``_needed`` found a match needs."""
    if len(alone) == 1 and not clauses:  # (the most common: one word, 扣 or 分)
        word = alone[0]
        return lambda string: string.__class__ is str and word not in string

    def lacking(string: object) -> bool:
        if string.__class__ is not str:
            return False
        for word in alone:
            if word not in string:  # type: ignore[operator]
                return True
        for clause in clauses:
            for word in clause:
                if word in string:  # type: ignore[operator]
                    break
            else:
                return True
        return False

    return lacking


def _guarded_scans(compiled: re.Pattern[str], words: tuple[str, ...], needs: tuple[tuple[str, ...], ...]) -> dict[str, Callable[..., Any]]:
    """The scanning methods of a compiled pattern with words, each answering a text that lacks them as ``re`` would,
    without running the pattern. They take ``re``'s own parameters and call the compiled method directly: the class's
    methods, which a pattern asked before it is compiled needs, cost two more Python calls (the check, ``_compile``)
    at each of the ~250 scans of a parse (issue 13: 4% of the parse's instructions). search and sub, nine scans in
    ten, test the words themselves (``_lacking`` written out): calling the test cost as much again as the test."""
    alone, clauses = _needed(words, needs)
    lacking = _lacking(alone, clauses)
    search, findall, finditer, sub, subn, split = (
        compiled.search, compiled.findall, compiled.finditer, compiled.sub, compiled.subn, compiled.split)

    def guarded_search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if string.__class__ is str:
            for word in alone:
                if word not in string:
                    return None
            for clause in clauses:
                for word in clause:
                    if word in string:
                        break
                else:
                    return None
        return search(string, pos, endpos)

    def guarded_findall(string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if lacking(string) else findall(string, pos, endpos)

    def guarded_finditer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if lacking(string) else finditer(string, pos, endpos)

    def guarded_sub(repl: Any, string: str, count: int = 0) -> str:
        if string.__class__ is str:
            for word in alone:
                if word not in string:
                    return string
            for clause in clauses:
                for word in clause:
                    if word in string:
                        break
                else:
                    return string
        return sub(repl, string, count)

    def guarded_subn(repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return (string, 0) if lacking(string) else subn(repl, string, count)

    def guarded_split(string: str, maxsplit: int = 0) -> list[Any]:
        return [string] if lacking(string) else split(string, maxsplit)

    return {"search": guarded_search, "findall": guarded_findall, "finditer": guarded_finditer, "sub": guarded_sub,
            "subn": guarded_subn, "split": guarded_split}


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile`` deferred to the first use that needs it."""
    return LazyPattern(pattern, flags)


# the top-level and the required words of each pattern, kept between runs (re's parse costs about 0.1 ms a pattern)
_REQUIRED = Kept(__file__, "required")
# the code re's compiler made for each pattern (0.1–1 ms a pattern), kept between runs
_COMPILED = Kept(__file__, "compiled")


class _Recording:
    """Stands for the ``_sre`` module while ``re`` compiles a pattern in this thread: passes each call
    on, and keeps the arguments ``re`` gave ``_sre.compile`` — the pattern's code and groups."""

    def __init__(self) -> None:
        self.thread = get_ident()
        self.arguments: tuple[Any, ...] | None = None

    def compile(self, *arguments: Any) -> re.Pattern[str]:
        if get_ident() == self.thread:
            self.arguments = arguments
        return _sre.compile(*arguments)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``: what ``re``'s compiler makes of a pattern is handed to
    ``_sre.compile``; that code is kept between runs (pingfen.kept), and a pattern met again in a
    later run goes straight to ``_sre.compile`` with it — the same call ``re`` makes, without parsing
    and compiling again. Anything unexpected (another ``re``, code this engine refuses) compiles as usual."""
    if _sre is None or getattr(_compiler, "_sre", None) is not _sre:
        return re.compile(pattern, flags)
    key = f"{_sre.MAGIC}:{int(flags)}:{pattern}"
    kept = _COMPILED.get(key)
    if kept is not None:
        try:
            return _sre.compile(pattern, *kept)  # type: ignore[no-any-return]
        except (TypeError, ValueError, RuntimeError, OverflowError):  # not this engine's code
            pass
    recording = _Recording()
    _compiler._sre = recording
    try:
        result = re.compile(pattern, flags)
    finally:
        _compiler._sre = _sre
    arguments = recording.arguments
    if arguments is not None and arguments[0] == pattern and arguments[1] == result.flags and arguments[3] == result.groups:
        flags_given, code, groups, groupindex, indexgroup = arguments[1:]
        # re's opcodes and flags are int subclasses: kept as the plain numbers _sre reads them as
        _COMPILED.put(key, (int(flags_given), [int(word) for word in code], int(groups), dict(groupindex), tuple(indexgroup)))
        _COMPILED.keep()
    return result


def required_words(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Clauses of words such that a text the pattern matches in has, for every clause, one of its words
    (what lookarounds require counts too: they look at the same text). ``()``: nothing is required,
    or the pattern ignores case, or ``re``'s parser is not available."""
    return _kept_words(pattern, flags)[1]


# (an int, once: or-ing RegexFlag members at each of the ~130 calls of a start cost some 5 µs each)
_CASE_OR_VERBOSE = int(re.IGNORECASE | re.VERBOSE)


def kept_top_level_words(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """``top_level_words`` (``()`` for a pattern that ignores case or is verbose), kept between runs with the required
    words: reading the sources of the two hundred patterns a rule's first parse asks was 4 ms of every ``pingfen rule``."""
    if flags & _CASE_OR_VERBOSE:
        return ()
    return _kept_words(pattern, flags)[0]


def _kept_words(pattern: str, flags: int) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The pattern's top-level words and required words, kept together in the required-words file (a start asks
    for the top-level words of some 200 patterns and the required words of half of them: one result to read
    each, not two): worked out (and the file written) once."""
    key = f"{flags}:{pattern}"
    found = _REQUIRED.get(key)
    if found is None:
        found = (() if flags & _CASE_OR_VERBOSE else top_level_words(pattern), _required_words(pattern, flags))
        _REQUIRED.put(key, found)
        _REQUIRED.keep()
    return found  # type: ignore[no-any-return]


def _required_words(pattern: str, flags: int) -> tuple[tuple[str, ...], ...]:
    if _parser is None or flags & re.IGNORECASE:
        return ()
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a bad pattern raises its own error when compiled
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    return tuple(dict.fromkeys(_clauses(parsed)))


def _clauses(items: Any) -> list[tuple[str, ...]]:
    """What a match of the sequence ``items`` (a parsed pattern) requires; see ``required_words``."""
    clauses: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        if op is _op.LITERAL:
            run.append(chr(av))  # consecutive literals: one word
            continue
        if run:
            clauses.append(("".join(run),))
            run = []
        if op is _op.SUBPATTERN:
            _group, add_flags, _del_flags, inner = av
            if not add_flags & re.IGNORECASE:
                clauses += _clauses(inner)
        elif op is _op.ATOMIC_GROUP:
            clauses += _clauses(av)
        elif op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
            low, _high, inner = av
            if low >= 1:
                clauses += _clauses(inner)
        elif op is _op.ASSERT:  # a lookahead or lookbehind: what it looks at is in the text
            clauses += _clauses(av[1])
        elif op is _op.BRANCH:
            clauses += _either(_clauses(branch) for branch in av[1])
        elif op is _op.IN and len(av) <= _MAX_CLASS_CHARS and all(kind is _op.LITERAL for kind, _ in av):
            clauses.append(tuple(chr(code) for _, code in av))  # [。；]: one of these characters
        # anything else (any character, a class, an anchor, a negative lookaround, a group reference) needs no word
    if run:
        clauses.append(("".join(run),))
    return clauses


def top_level_words(pattern: str) -> tuple[str, ...]:
    """Words every match needs, read from the pattern's source without ``re``'s parser: the runs of
    plain characters outside groups and classes and not under a quantifier. ``()`` when the pattern has
    an alternation or inline flags at its top level, or anything this reading does not know (then
    ``required_words`` decides). Without case-insensitive or verbose flags only."""
    words: list[str] = []
    word: list[str] = []
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        char = pattern[i]
        if depth:  # inside a group: only where it ends matters
            if char == "\\":
                i += 2
            elif char == "[":
                i = _class_end(pattern, i)
                if i < 0:
                    return ()
            else:
                depth += (char == "(") - (char == ")")
                i += 1
                if not depth:
                    i = _past_quantifier(pattern, i)
            continue
        if char == "\\" and i + 1 < n:
            escaped = pattern[i + 1]
            if escaped in _ESCAPED_CHARACTERS or not (escaped.isalnum() or escaped == "_"):
                char, i = _ESCAPED_CHARACTERS.get(escaped, escaped), i + 2
            elif escaped == "u" and all(c in "0123456789abcdefABCDEF" for c in pattern[i + 2:i + 6]) and i + 6 <= n:
                char, i = chr(int(pattern[i + 2:i + 6], 16)), i + 6
            elif escaped in "dDsSwWbBAZ":  # a class or an anchor
                words, word = _ended(words, word), []
                i = _past_quantifier(pattern, i + 2)
                continue
            else:  # \x41, \1, \N{…}: not read here
                return ()
        elif char == "[":
            words, word = _ended(words, word), []
            i = _class_end(pattern, i)
            if i < 0:
                return ()
            i = _past_quantifier(pattern, i)
            continue
        elif char == "(":
            if pattern.startswith("(?", i) and pattern[i + 2:i + 3] not in (":", "=", "!", "<", "P", ""):
                return ()  # inline flags such as (?i) or (?s:…)
            words, word = _ended(words, word), []
            depth, i = 1, i + 1
            continue
        elif char in "|)*+?{":  # an alternation, or what this reading does not expect
            return ()
        elif char in ".^$":
            words, word = _ended(words, word), []
            i = _past_quantifier(pattern, i + 1)
            continue
        else:
            i += 1
        if i < n and pattern[i] in "*?{":  # optional or counted: not part of a word
            words, word = _ended(words, word), []
            i = _past_quantifier(pattern, i)
            continue
        word.append(char)
        if i < n and pattern[i] == "+":  # once at least, but the word ends here
            words, word = _ended(words, word), []
            i = _past_quantifier(pattern, i)
    if depth:
        return ()
    return tuple(dict.fromkeys(_ended(words, word)))


def _either(alternatives: Iterable[list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """What an alternation requires: a match takes one branch and meets all its clauses, so for every
    choice of one clause per branch, one of the chosen clauses' words is in the text."""
    branches = list(alternatives)
    if not all(branches):  # a branch that needs nothing
        return []
    combinations = 1  # (math.prod, without importing math at every start)
    for branch in branches:
        combinations *= len(branch)
    if combinations > _MAX_COMBINATIONS:  # one clause per branch: its fewest words
        branches = [[min(branch, key=len)] for branch in branches]
    joined = {tuple(dict.fromkeys(word for clause in chosen for word in clause)) for chosen in itertools.product(*branches)}
    kept = [clause for clause in joined if len(clause) <= _MAX_WORDS]
    # a clause whose words include all of another's says nothing more
    return sorted((clause for clause in kept if not any(set(other) < set(clause) for other in kept)), key=lambda c: (len(c), c))


def _ended(words: list[str], word: list[str]) -> list[str]:
    return [*words, "".join(word)] if word else words


def _past_quantifier(pattern: str, i: int) -> int:
    """The index after a quantifier (and its lazy or possessive mark) at ``i``, if there is one."""
    if pattern[i:i + 1] in ("*", "+", "?"):
        i += 1
    elif pattern[i:i + 1] == "{" and "}" in pattern[i:]:
        i = pattern.index("}", i) + 1
    else:
        return i
    return i + 1 if pattern[i:i + 1] in ("?", "+") else i


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class that starts at ``i``; -1 if it does not end."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":  # a ] first is a member
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
        elif pattern[j] == "]":
            return j + 1
        else:
            j += 1
    return -1


def _fill(packages: list[str]) -> int:
    """Works out the required words and the compiled code of every lazy pattern of ``packages`` and
    writes them whatever ``PYTHONDONTWRITEBYTECODE`` says (``.ci/precompile``). Returns the number of
    patterns."""
    count = 0
    for module in modules_of(packages):
        for value in list(vars(module).values()):
            for pattern in value if isinstance(value, (list, tuple)) else (value,):
                if isinstance(pattern, LazyPattern):
                    kept_top_level_words(pattern.pattern, pattern._flags)
                    required_words(pattern.pattern, pattern._flags)
                    compiled(pattern.pattern, pattern._flags)
                    count += 1
    _REQUIRED.save()
    _COMPILED.save()
    return count


if __name__ == "__main__":
    from pingfen.text import lazy_regex  # the module the rule reader uses, not this __main__ copy of it

    print(f"{lazy_regex._fill(sys.argv[1:] or ['pingfen.rules', 'pingfen.text', 'pingfen.quantities', 'pingfen.grading'])} 个正则表达式的必需字与编译结果已写入")
