"""应征收金额的65%征收到位记满分 / 资金的90%拨付到位的得满分: a share of an amount done, as the level for the full mark.

“X的N%征收到位” names N% of X collected; scoring the full mark for it means reaching that share — what
“X的N%以上征收到位” says, which the reader reads as the level ≥N%. Only a share followed by a verb of money or work
done (征收、拨付、收缴、缴纳、支付、落实…) and 到位, and then the full mark or points, is written so; a share
followed by anything else keeps its words.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_SHARE_DONE = lazy_compile(
    r"(?<=的)(\d+(?:\.\d+)?%)(?=(?:征收|拨付|收缴|缴纳|缴存|支付|落实|兑付|发放|下达)?到位的?[,，]?(?:得|记|计|给)(?:满分|\d))")


def share_reached(text: str) -> str:
    return _SHARE_DONE.sub(r"\1以上", text)
