"""A ratio of two named amounts said in words: ``按实际发表核心期刊论文篇数与任务书约定篇数之比计分，满分4分`` — the score is
the first over the second times the points, as ``按实际发表核心期刊论文篇数/任务书约定篇数×4分计分`` writes it (the points
the 满分 said right after; 分值 when none is said). The readers of a named ratio then take it (text/plan_divisor.py: the
plan printed apart, 任务书约定8篇, is its target).

Only 按 A 与 B 之比 followed at once by the scoring word (计分 / 得分 / 计算得分 / 赋分), A and B names of two characters at
least and without numbers; 满分N分 taken only as the clause right after it."""

from __future__ import annotations

from .lazy_regex import lazy_compile

_SAID = lazy_compile(r"按(?P<top>[\u4e00-\u9fff]{2,24}?)与(?P<bottom>[\u4e00-\u9fff]{2,16}?)(?:之比|的比值)"
                     r"(?P<how>计分|得分|计算得分|赋分)(?:,满分(?P<points>\d+(?:\.\d+)?)分(?=[,;。]|$))?")


def ratio_of_two(text: str) -> str:
    """``按A与B之比计分,满分4分`` → ``按A/B×4分计分``; ``按A与B之比计分`` → ``按A/B×分值计分``."""
    return _SAID.sub(lambda said: f"按{said.group('top')}/{said.group('bottom')}×"
                     + (f"{said.group('points')}分" if said.group("points") else "分值") + "计分", text)
