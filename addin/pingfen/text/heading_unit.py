"""The unit said once in the measure's heading: ``特种设备定期检验率(%)：100——5分；98(含)～100——3分；95以下——0分``.
A table's column head ``检验率(%)`` gives the unit of every level in the cell after it, as a printed table does; the
levels are written bare (100, 98, 95) and each is a share: ``100%——5分；98%(含)～100%——3分``. Only when the heading
opens the text and nothing after it says % (a unit said anywhere else is the reader's to weigh), and only for bare
numbers that stand as a level — before a range's dash, (含)/(不含), 以上/以下, a leader or a clause's end — never the
points (5分) nor a count (3项).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_HEADING = lazy_compile(r"^([^:;。\n\d]{2,30}?)\(%\)[:]")
_BARE_LEVEL = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=\((?:不)?含\)|[-~至到—]|\.{2,}|…|以[上下]|及以|[;,。\n]|$)")


def levels_in_heading_unit(text: str) -> str:
    """``检验率(%):100——5分;95以下——0分`` → ``检验率:100%——5分;95%以下——0分``."""
    heading = _HEADING.match(text)
    if heading is None or "%" in text[heading.end():]:
        return text
    return heading.group(1) + ":" + _BARE_LEVEL.sub(r"\1%", text[heading.end():])
