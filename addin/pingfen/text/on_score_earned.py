"""A deduction said to come off the score already earned: ``…80%以下不得分。年内新增“活人墓”的，每发现1座扣0.5分，在上述得分
基础上扣减，扣完为止`` / ``①…（1分）；…④…（2分）。每发现1起商户违规被群众投诉查实的，在以上得分基础上扣0.5分，最多扣2分``.

That is how the readers take a deduction written after the clauses that earn the points (on top of them, never below 0),
so the words go: ``在以上得分基础上扣0.5分`` is ``扣0.5分``, and ``在上述得分基础上扣减`` said as a clause of its own is
dropped. Only 上述 / 以上 / 前述 (the score the text has just said); ``在1分基础上扣0.5分`` (a base of its own) and
``在最终得分基础上`` (another score) are left as written.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_EARNED = r"在(?:上述|以上|前述)(?:各项)?(?:得分|分数)的?基础上"
# 在以上得分基础上扣0.5分 / 在上述得分的基础上再扣1分: the deduction itself
_BEFORE_DEDUCTION = lazy_compile(rf"{_EARNED}(?:再)?(?=扣\d|扣除\d|减\d)")
# ,在上述得分基础上扣减 / ,在以上得分基础上扣除: a clause saying so after the deduction
_CLAUSE = lazy_compile(rf"[,，]{_EARNED}(?:扣减|扣除|扣分|减分)(?=[,，;；。]|$)")


def deducted_from_earned(text: str) -> str:
    """``…每发现1座扣0.5分,在上述得分基础上扣减,扣完为止`` → ``…每发现1座扣0.5分,扣完为止``; ``…的,在以上得分基础上扣0.5分``
    → ``…的,扣0.5分``."""
    return _CLAUSE.sub("", _BEFORE_DEDUCTION.sub("", text))
