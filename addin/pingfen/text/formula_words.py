"""本项得分为:考评期内所有审计报告的平均分数(百分制)*本项权重系数70%: words a formula carries beside its terms.

A factor named before its number (×本项权重系数70%, ×系数0.8) is that number: the name says what it is, the
number is what multiplies. A scale named after a term (平均分数(百分制)) says the term is out of 100; it is no
term of its own. Both are written as the bare formula (…平均分数×70%), which the reader reads; nothing with a
number is dropped. The two terms written short (按实际/目标×分值) are the value achieved and the target (实际值/目标值).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_NAMED_FACTOR = lazy_compile(r"([×*])\s*(?:本项|该项|本指标|该指标)?的?(?:权重系数|权重比例|权重|系数)\s*(?=\d)")
_SCALE_NOTE = lazy_compile(r"(?<=[\u4e00-\u9fff])\((?:百分制|按百分制)\)(?=\s*[×*])")
# 未完成按实际/目标×分值: the value achieved over the target, each term written short (实际 / 目标 alone, nothing after
# them: not 按实际完成人数/目标人数, terms of their own; 得分=实际/目标×分值 reads as it stands)
_SHORT_TERMS = lazy_compile(r"(?<=按)实际/目标(?=\s*[×*])")


def formula_words(text: str) -> str:
    if "实际/目标" in text:
        text = _SHORT_TERMS.sub("实际值/目标值", text)
    return _SCALE_NOTE.sub("", _NAMED_FACTOR.sub(r"\1", text))
