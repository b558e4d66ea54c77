"""The 评分规则 language: Chinese scoring rules → one typed model → Python score, Excel formula,
得分计算过程."""

from .errors import RuleError
from .inputs import InputError, Shape, bind
from .model import Program, Rule
from .parser import parse_rule
from .score import Compiled, Score, compiled, evaluate_rule, excel_formulas

__all__ = [
    "InputError", "Program", "Rule", "RuleError", "Score", "Shape", "bind", "evaluate_rule",
    "excel_formulas", "parse_rule", "compiled", "Compiled",
]
