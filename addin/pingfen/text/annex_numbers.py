"""教学查房评分表见附表2 / 要求共25项(详见附件2): the number of an annex names the document, not a level, a count or
points of the 评分标准 that cites it (a line break after it once ran it into the first band: 附表2≥90分 read 2 as a
number left over).

The number right after 附件 / 附表 / 附录 (or the numbers, 附表2、3、4 / 附件2-9) is dropped when the reference ends its
sentence or line (the word stays, so the reference is kept). Anywhere else it stays: 附件3份 counts copies, and
按《…办法》(见附件2)考核 scores by another document's method, which the reader must still name.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_ANNEX_NUMBER = lazy_compile(r"(?<=附件|附表|附录)(?:\d+|[一二三四五六七八九十]+)(?:[-—、]\d+)*(?=[ \t\u3000]*(?:\n|[。;；]|$))")


def without_annex_numbers(text: str) -> str:
    return _ANNEX_NUMBER.sub("", text)
