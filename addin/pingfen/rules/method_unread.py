"""A method the text spells out but no reading takes, left as "评分标准未写明计分方法": ``年度考核成绩=每月考核成绩之和/12*30%
+年终考核成绩*70%`` / ``各科目学期学业成绩乘以各该科目学分数所得之总和,再除以总学分数`` / ``重犯的在首次违约处罚的基础上翻倍``.
The evaluator is told no method was written and enters any score, where the text says how to work it out: refused,
naming the words of the method, so that it is rewritten or the score entered knowingly. The same when the only number
was taken for a target met or not (违约两次的,在首次处罚的基础上翻倍 read as 指标值2次).

A text that only names a requirement or where its evidence is (查阅资金拨付凭证…) keeps its reading.
"""

from __future__ import annotations

from .errors import Unplaced
from .model import NO_METHOD, Manual, Scorer, TargetDefault
from .priced_beside_judged import clause_span
from ..text.lazy_regex import lazy_compile

# a computation (=, 乘以, 除以, 之和, ×), a doubling, an adjustment bounded (加减…为限), a score taken from elsewhere
# (以县校车办考评结果为准). Grades that price nothing (符合上述5项为A…, 得[X]分) stay the evaluator's entry, as read.
# (× * ÷ only between two operands: ﹡其余未列出者 opens with a footnote's mark; 平均 alone names a measure, 平均响应时间)
_METHOD_SAID = lazy_compile(r"(?<=[\w)）])\s*[=＝]|(?<=[\w)）%])[×*÷](?=[\w(（\[])|等于|乘以|除以|之和|总和|翻倍|加倍|加减"
                            r"|以[^,，;；。\n]{0,8}为准")
# the same said in words, beside a bare target a reading took from the text's one number
_METHOD_IN_WORDS = lazy_compile(r"乘以|除以|之和|总和|翻倍|加倍|加减")
# a computation computes a score only where the clause names one: 成本节约率=[(计划成本-实际成本)/计划成本]×100% defines
# the measure (no method: the evaluator enters the score, as the ratio definitions and the seeds), 年度考核成绩=…
# computes the score
_COMPUTATION = lazy_compile(r"[=＝×*÷]|等于|乘以|除以|之和|总和")
_SCORE_NAMED = lazy_compile(r"成绩|成績|得分|分数|分數|总分|總分|评分|評分|积分|積分|考评分|考核分")


def refuse_method_read_as_none(scorer: Scorer, text: str) -> None:
    if isinstance(scorer, TargetDefault):  # 违约两次的,在首次处罚的基础上翻倍: never 指标值2次 met or not
        pattern = _METHOD_IN_WORDS
    elif isinstance(scorer, Manual) and scorer.hint == NO_METHOD:
        pattern = _METHOD_SAID
    else:
        return
    for said in pattern.finditer(text):
        clause = text[slice(*clause_span(text, said.start(), said.end()))].strip()
        if not _COMPUTATION.fullmatch(said.group().strip()) or _SCORE_NAMED.search(clause):
            break
    else:
        return
    raise Unplaced(clause, "评分标准写明了计分方法，但这一方法无法识别（不能当作未写明计分方法由评价人员任意录入）；"
                           "请按支持的写法改写，或录入得分并写明理由", certain=True)
