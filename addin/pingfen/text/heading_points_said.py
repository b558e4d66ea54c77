"""农机购置补贴资金兑付率【3分】 / 档案管理［2分］：… / 农村卫生厕所普及率（该项分值5分）　普及率达到…: a criterion's name and its points,
printed in the square brackets of a table's title cell, or labelled (该项分值 / 满分) and set off from the rule only by a
space or a line break. Both are the heading the readers know as 名称(N分): the square brackets are the round ones, and a
labelled heading is closed by the colon a table cell leaves out (unclosed, the name ran into the rule's first level).
Only the text's opening words are a heading: 【】 later in a text (【评分标准】, a document's number 〔2020〕) are not, nor
an interval ([80%,90%): no 分).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_POINTS = r"(?:该项|本项|该指标|本指标|指标)?(?:满分|分值)?为?\d+(?:\.\d+)?分"
# the name (no clause of its own before the points), its points in 【】 or ［］ ([] once NFKC has run), then the rule
# after a gap, a colon or nothing
_SQUARE = lazy_compile(rf"^([^\n,;。:()【】\[\]]{{2,40}}?)[【\[]\s*({_POINTS})\s*[】\]]")
# a labelled heading's points in round brackets, then the rule after a space or a line break (or at once)
_LABELLED_UNCLOSED = lazy_compile(r"^([^\n,;。:()【】]{2,40}?)\(((?:该项|本项|该指标|本指标|指标)?(?:满分|分值)为?\d+(?:\.\d+)?分)\)"
                                  r"[ \t\n]*(?=[^\s:,;。=])")  # (not 使用率(分值5分)=…: the rate defined under its name)

# 档案管理(5分,定性指标) / (分值:5分): the heading's points with a note on the kind of indicator, or labelled by a colon
# (once 档案管理 was read as a 评价要点 of its own, worth its 5分 again: 10 of 5)
_NOTED = lazy_compile(r"^([^\n,;。:()【】]{2,40}?)\((?:(?:分值|满分|权重):(\d+(?:\.\d+)?分)"
                      r"|(\d+(?:\.\d+)?分)[,、;](?:定性|定量|共性|个性|核心|关键|约束性|预期性)(?:指标)?)\)")


def heading_points_said(text: str) -> str:
    text = _NOTED.sub(lambda noted: f"{noted.group(1)}({noted.group(2) or noted.group(3)})", text, count=1)
    text = _SQUARE.sub(r"\1(\2)", text, count=1)
    return _LABELLED_UNCLOSED.sub(r"\1(\2):", text, count=1)
