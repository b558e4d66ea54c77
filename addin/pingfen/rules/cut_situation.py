"""A fault whose words stop at a conjunction with nothing joined: ``专项整治工作取得明显效果(却 1 次扣 2 分…)`` (a glyph
error for 缺) was read as each time the campaign 取得明显效果却, a success counted as the fault. What is counted is not
said: refused, naming the words. (督促检查每少于一次扣1.5分 is each inspection short, as written on its page.)"""

from __future__ import annotations

from .errors import Unplaced
from ..text.lazy_regex import lazy_compile

_CUT = lazy_compile(r"(?:却|但|而|或)$")  # (not 并/及: 扣发奖金并扣2分 joins two consequences)


def refuse_cut_situation(words: str) -> None:
    if _CUT.search(words):
        raise Unplaced(words, f"扣分情形“{words}”没有写完（末尾的“{_CUT.search(words).group()}”后缺少内容），"  # type: ignore[union-attr]
                              "无法确定按什么扣分，请核对原文", certain=True)
