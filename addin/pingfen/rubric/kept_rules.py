"""The rules read from 评分标准 texts, kept between runs as the workbook keeps its formula templates.

Reading a rule (``parse_rule``) and asking whether a text states a scoring method
(``states_scoring_method``) depend only on the text and on pingfen's own source, yet they were about a
tenth of ``pingfen build`` on a 1,000-leaf rubric: its sixteen distinct texts cost some 90 ms a run,
every run. Each rule read is kept here (pickled, beside this module's bytecode, ``pingfen.kept``) under
its text, and a later run unpickles it instead of reading the text again. The file is stamped with every
source file of the pingfen package, so that an edit anywhere in it (the reader's modules above all) sets
the kept rules aside, as a changed module's bytecode is. A text that cannot be read is read again each
run (its error raised as before); a rule pickle cannot write is not kept. Within a run a text gives the
same rule object every time, as ``parse_rule``'s cache does (the layout shares a program per rule object)."""

from __future__ import annotations

import os
import pickle
from functools import lru_cache

from ..kept import Kept
from .. import TYPE_CHECKING

if TYPE_CHECKING:
    from ..rules import Rule

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _sources() -> tuple[str, ...]:
    """Every source file of the pingfen package."""
    found = []
    for folder, _, names in os.walk(_PACKAGE):
        found += sorted(os.path.join(folder, name) for name in names if name.endswith(".py"))
    return tuple(found)


_KEPT = Kept(__file__, "rules", also=_sources())


@lru_cache(maxsize=4096)  # as parse_rule's own: one rule object per text
def rule_of(text: str) -> Rule:
    """``parse_rule(text)``: the rule kept from an earlier run when there is one."""
    packed = _KEPT.get("rule:" + text)
    if packed is not None:
        try:
            return pickle.loads(packed)  # type: ignore[no-any-return]
        except Exception:  # a damaged or outdated pickle: the text is read again
            pass
    from ..rules.parser import parse_rule  # only here: a run whose rules are all kept never loads the reader

    rule = parse_rule(text)
    try:
        _KEPT.put("rule:" + text, pickle.dumps(rule, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception:  # a rule holding something pickle cannot write is read again in each run
        pass
    return rule


@lru_cache(maxsize=4096)
def states_scoring_method(text: str) -> bool:
    """``parser.states_scoring_method(text)``, kept from an earlier run when it was asked there."""
    states = _KEPT.get("states:" + text)
    if states is None:
        from ..rules import parser

        states = bool(parser.states_scoring_method(text))
        _KEPT.put("states:" + text, states)
    return states  # type: ignore[no-any-return]


def keep() -> None:
    """Writes what was worked out in this run, where Python writes bytecode."""
    _KEPT.keep()
