"""A band table printed with leaders: ``95%(含)以上 …… 5分`` / ``80%以下——0分``. The band, then a row of dots or a
long dash, then its points: the leader stands where prose puts a comma (``95%(含)以上，5分``), which the band readers
read. Only after a band's end (a share, 以上/以下, (含)/(不含)) or a requirement's words (``资金到位及时——3分``: the
points of a 评价要点) and before its points — never between two numbers of a range (``扣0.5——2分`` is 0.5 to 2 points,
``90%——95%`` a band), nor after a verb whose points follow (a single — after words, ``未及时—3分``, stays a minus).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

# (after NFKC: …… is ......; —— and -- are still as typed, before normalize's symbols make each — a -). The points
# may have a note after them (——3分(查阅相关文件)); never a rate per unit (——3分/次). Left as typed, 90%以上——3分
# would be read as -3分 (资金到位及时——3分 once a 评价要点 worth -3).
_LEADER = lazy_compile(r"(?:(?<=[%上下)])|(?<=[\u4e00-\u9fff])(?<![扣得计记给加减赋]))[ \t]*(?:\.{2,}|—{2,}|-{2,}|─{2,})[ \t]*"
                       r"(?=得?\d+(?:\.\d+)?分(?![\d/]))")


def leaders_as_commas(text: str) -> str:
    """``80%(含)-85% …… 2分`` → ``80%(含)-85%,2分``: the points of the band before the leader."""
    return _LEADER.sub(",", text)
