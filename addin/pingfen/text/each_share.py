"""Items 其中 lists with one share for each: ``按规定完成照片组稿的计20分,其中上交时间、照片数量、照片质量和照片说明各占5分``
is the four items of 5 points that make up the 20, written out one by one (其中,上交时间5分,照片数量5分,…) so that the
reader takes them as the parts of the item before 其中 (rules/made_up.py: read only when they add up to its points,
refused otherwise). Once the list was one 评价要点 of 5 added to the 20."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_ITEM = r"[\u4e00-\u9fff“”]{2,15}"
_EACH_SHARE = lazy_compile(rf"其中[,，:：]?(?P<items>{_ITEM}(?:、{_ITEM})*(?:和|及|与|、){_ITEM})"
                           r"各(?:占|计|得)(?P<points>\d+(?:\.\d+)?分)(?=[。;；]|$)")


def shares_written_out(text: str) -> str:
    def written(match: re.Match[str]) -> str:
        items = re.split(r"、|和|及|与", match.group("items"))
        if len(items) > 20 or any(len(item) < 2 for item in items):
            return match.group()
        return "其中," + ",".join(item + match.group("points") for item in items)

    return _EACH_SHARE.sub(written, text) if "各" in text else text
