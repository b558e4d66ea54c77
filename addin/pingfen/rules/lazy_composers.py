"""Composers in modules of their own, imported only when a text could be read by them (issue 13: start-up).

Most readings of COMPOSERS need a word that most texts lack (名 for places, 各 for 各得N分, 加 for
additions …), yet ``pingfen rule`` on a threshold text loaded each of their modules only to hear it return
None. A composer made here with ``needing`` is called through a gate: when none of its words is in the text
or in a clause's text, the gate returns None without importing the composer's module; otherwise it imports
the module (once) and calls the composer.

The words are not a guess at what the composer likes: each composer needs at least one of them before it
can return a reading or raise ``Unplaced`` (its patterns or the tokens it requires spell them out; the reason
is written beside each in compose.py). A gate therefore changes nothing a text reads as, nor the error it is
refused with. When a composer is changed so that it could read a text without any of its words, change its
words too: tests/test_rules_composer_gates.py parses every text of the corpus and the unseen sets with and without
the gates. A composer not made here is imported with compose.py and always called, as before.

``Deferred`` is the same without a gate, for the helpers the composers and parser.py call on some texts only
(the rule of a threshold text reaches none of them): the function itself, its module imported on its first
call.
"""

from __future__ import annotations

from .. import TYPE_CHECKING
from ..text.lazy_rewrites import Deferred as DeferredFunction

if TYPE_CHECKING:
    from typing import Any, Optional
    from .clauses import Clause

GATED = True  # False: every gated composer is called whatever the text (tests/test_rules_composer_gates.py)


class Deferred(DeferredFunction):
    """The function ``name`` of ``module`` (a module of pingfen.rules), imported on its first call: for a
    helper that a composer or parser.py calls on some texts only (or a class they only call to make one,
    never name in ``isinstance``)."""

    __slots__ = ()
    package = "pingfen.rules"


class Gated(Deferred):
    """A composer of ``module`` called (and its module imported) only when one of ``words`` is in the text."""

    __slots__ = ("words",)

    def __init__(self, module: str, name: str, words: tuple[str, ...]) -> None:
        super().__init__(module, name)
        self.words = words

    def may_read(self, scoring: list[Clause], context: list[Clause], text: str) -> bool:
        words = self.words
        for word in words:  # (loops: any() over a generator cost more than the tests, some 10 gates a parse)
            if word in text:
                return True
        said = "\n".join([clause.text for clause in scoring] + [clause.text for clause in context])  # (no word spans a line)
        for word in words:
            if word in said:
                return True
        return False

    def __call__(self, scoring: list[Clause], context: list[Clause], text: str) -> Optional[Any]:  # type: ignore[override]
        if GATED and not self.may_read(scoring, context, text):
            return None
        return super().__call__(scoring, context, text)

    def __repr__(self) -> str:
        return f"<{self.__name__} of {self.package}.{self.module}, called when the text has {'/'.join(self.words)}>"


def needing(module: str, name: str, *words: str) -> Gated:
    """``name`` of ``module``, called only for a text with at least one of ``words`` (see the module's text)."""
    if not words:
        raise ValueError("a gated composer needs at least one word")
    return Gated(module, name, words)
