"""A quantity said to match the plan: ``库存数量与计划规模相符的得4分；…每低1%扣1分``. Matching the planned size is
reaching it (the steps after it price what falls short), as ``库存数量达到计划规模的得4分`` says — the plan entered as
the target. Only the plan or target itself (计划规模 / 计划数 / 目标值 …), never a state that matches a document
(与批复内容相符 / 账实相符: a requirement met or not, read as one).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_MATCHES = lazy_compile(r"与((?:年度|年初|全年)?(?:计划|目标|预期|下达)(?:规模|数量|人数|面积|金额|产量|任务数|数|值)|目标值|指标值)"
                        r"(?:基本)?相符")


def matched_as_reached(text: str) -> str:
    """``库存数量与计划规模相符的得4分`` → ``库存数量达到计划规模的得4分``."""
    return _MATCHES.sub(r"达到\1", text) if "基本相符" not in text else text
