"""本项得分为:考评期内所有审计报告的平均分数(百分制)*本项权重系数70%: words a formula carries beside its terms.

A factor named before its number (×本项权重系数70%, ×系数0.8) is that number: the name says what it is, the
number is what multiplies. A scale named after a term (平均分数(百分制)) says the term is out of 100; it is no
term of its own. Both are written as the bare formula (…平均分数×70%), which the reader reads; nothing with a
number is dropped.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_NAMED_FACTOR = lazy_compile(r"([×*])\s*(?:本项|该项|本指标|该指标)?的?(?:权重系数|权重比例|权重|系数)\s*(?=\d)")
_SCALE_NOTE = lazy_compile(r"(?<=[\u4e00-\u9fff])\((?:百分制|按百分制)\)(?=\s*[×*])")


def formula_words(text: str) -> str:
    return _SCALE_NOTE.sub("", _NAMED_FACTOR.sub(r"\1", text))
