"""Text rewrites in modules of their own, imported only when a text could be changed by them (issue 13: start-up).

Most rewrites normalize.py applies change a text only when it says a word most texts lack (分别 for one band per
level, 周年 for an anniversary, 排名 for places of a ranking …), yet ``pingfen rule`` on a threshold text loaded each
of their modules only to have the text handed back as it was. A rewrite made here with ``needing`` is called through
a gate: when none of its words is in the text it is given, the gate hands the text back without importing the
rewrite's module; otherwise it imports the module (once) and calls the rewrite.

The words are not a guess at what the rewrite likes: each rewrite returns its text unchanged unless at least one of
them is in it (its patterns spell them out; the reason is written beside each in normalize.py). A gate therefore
changes nothing a text is normalised to. The gates see the text each rewrite is given — what the rewrites before it
made of it — so the order of normalize.py is kept. When a rewrite is changed so that it could change a text without
any of its words, change its words too: tests/test_text_rewrite_gates.py normalises every text of the corpus and the
unseen sets, and mutated texts, with and without the gates.
"""

from __future__ import annotations

from .. import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

GATED = True  # False: every gated rewrite is called whatever the text (tests/test_text_rewrite_gates.py)


class Deferred:
    """The function ``name`` of ``module`` (a module of ``package``), imported on its first call: the lazy import the
    rewrites here and the rule readers' composers and helpers (rules/lazy_composers.py) share."""

    __slots__ = ("module", "__name__", "_function")
    package = "pingfen.text"

    def __init__(self, module: str, name: str) -> None:
        self.module, self.__name__ = module, name
        self._function: Any = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        function = self._function
        if function is None:
            # ``from package.module import name``, spelt out (as pingfen.rules.__getattr__: -X importtime sees it)
            function = self._function = getattr(__import__(f"{self.package}.{self.module}", fromlist=(self.__name__,)), self.__name__)
        return function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<{self.__name__} of {self.package}.{self.module}, imported on its first call>"


class GatedRewrite(Deferred):
    """The rewrite ``name`` of ``module`` (a module of pingfen.text): called, and its module imported, only for a
    text with one of ``words``; any other text is handed back as it is."""

    __slots__ = ("words",)

    def __init__(self, module: str, name: str, words: tuple[str, ...]) -> None:
        super().__init__(module, name)
        self.words = words

    def may_change(self, text: str) -> bool:
        for word in self.words:  # (a loop: any() over a generator cost more than the tests, 30 times a parse)
            if word in text:
                return True
        return False

    def __call__(self, text: str) -> str:  # type: ignore[override]
        if GATED and not self.may_change(text):
            return text
        return super().__call__(text)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"<{self.__name__} of {self.package}.{self.module}, called when the text has {'/'.join(self.words)}>"


def needing(module: str, name: str, *words: str) -> GatedRewrite:
    """``name`` of ``module``, called only for a text with at least one of ``words`` (see the module's text)."""
    if not words:
        raise ValueError("a gated rewrite needs at least one word")
    return GatedRewrite(module, name, words)
