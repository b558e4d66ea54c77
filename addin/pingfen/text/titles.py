"""A document's title (《…》) is a name: the words inside it (《部分专题资金分派方案》, 《无障碍环境建设条例》) grade,
negate or count nothing in the 评分标准 that cites it."""

from __future__ import annotations

from .lazy_regex import lazy_compile

_TITLE = lazy_compile(r"《[^《》]*》")


def without_titles(text: str) -> str:
    """``text`` with each title's words left out (the marks stay, so the place of the name is kept)."""
    return _TITLE.sub("《》", text) if "《" in text else text
