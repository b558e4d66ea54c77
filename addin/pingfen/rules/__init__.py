"""The 评分规则 language: Chinese scoring rules → one typed model → Python score, Excel formula,
得分计算过程.

The names below are imported on first use (PEP 562), so a module that needs only the evaluator
(``rules.evaluate``: ``pingfen recalc``) does not load the rule parser."""

from __future__ import annotations

from .. import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any
    from .errors import RuleError
    from .inputs import InputError, Shape, bind
    from .model import Program, Rule
    from .parser import parse_rule
    from .score import Compiled, Score, compiled, evaluate_rule, excel_formulas

_HOMES = {
    "RuleError": "errors", "InputError": "inputs", "Shape": "inputs", "bind": "inputs", "Program": "model",
    "Rule": "model", "parse_rule": "parser", "Score": "score", "evaluate_rule": "score",
    "excel_formulas": "score", "compiled": "score", "Compiled": "score",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # ``from .home import name``, spelt out: unlike importlib.import_module it goes through the import
    # statement's machinery, so ``python -X importtime`` (benchmarks/speed_report.py) times these modules
    value = getattr(__import__(home, globals(), fromlist=(name,), level=1), name)
    globals()[name] = value
    return value
