"""A situation, then a share of the points with no word saying it is given or taken: ``发现弄虚作假的该项分值的一半。弄虚
作假的不得分`` (a fuzz mutant: 扣 or 得 lost) was read as 分值 alone — 满分 for 发现弄虚作假, the 一半 dropped. Only right
after the situation's 的: a share said with 得/扣/按/为 (得该项分值的80%, 扣分值的50%) or inside a formula's words
(乘以…完成情况分值的80%进行计分) is read as before."""

from __future__ import annotations

from .errors import RuleError
from ..text.lazy_regex import lazy_compile

_SHARE = lazy_compile(r"(?:该项|本项|此项|本指标|该指标)?(?:分值|满分)的(?:一半|\d+(?:\.\d+)?%|[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+)")


def refuse_share_unsaid(raw: str, text: str) -> None:
    for share in _SHARE.finditer(text):
        if share.start() > 0 and text[share.start() - 1] == "的":
            raise RuleError(raw, share.group(), f"“{share.group()}”前没有写明是得分还是扣分（如“得该项分值的一半”“扣该项分值的一半”）")
