"""全部完成（完工率100%）得6分；基本完成（完工率90%-100%）得4分；…；未完成（完工率60%以下）不得分: each grade named, and
the band of the rate that defines it in brackets. The band is what is scored — the name only says it in words — so each
clause is read as its band: 完工率100%得6分；完工率90%-100%得4分；…. Only when two clauses at least are written so (a
table of graded bands), and each bracket holds a band alone (a level with its %, no other words after it); a grade
whose bracket says something else (基本完成（完成80%以上任务）) stays as written.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_LEVEL = r"\d+(?:\.\d+)?%(?:\((?:不)?含\))?"
# a clause's grade name, then its band in brackets — the rate named or not — right before the award
_GRADE_BAND = lazy_compile(rf"(?:(?<=^)|(?<=[;。,:\n]))[\u4e00-\u9fff]{{2,6}}\((?P<band>(?:[\u4e00-\u9fff]{{0,8}}?率)?"
                           rf"(?:[≥≤<>]|达到|低于|不足)?{_LEVEL}(?:(?:-|~|至){_LEVEL}|以上|以下|及以上|及以下)?)\)(?=的?(?:得|计|不得分))")


def labelled_bands(text: str) -> str:
    return _GRADE_BAND.sub(r"\g<band>", text) if len(_GRADE_BAND.findall(text)) >= 2 else text
