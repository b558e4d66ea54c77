"""全省16个市州中，排名前20%的得3分，20%—50%的得2分，后50%的得1分: bands of places said as shares of a field whose size
is printed, read as the places each share holds — a place r is in the first 20% of 16 when r/16 ≤ 20%, so places 1-3
(3.2 is no place); 20%-50% is 4-8; the last 50% every place past 8 (9-16). Places are whole, so each share holds
exactly the places below its end: no place is left to a guess, even where 20% of the field is no whole number.

Only where the field is counted once (全省16个市州中 / 共16个), the first band is 前X%, the last 后Z% (or the bands run
on to it), and the bands meet: the last band's first place is the one after the band before it (后50% of 16 begins
at 9, after 20%-50% ends at 8); anything else keeps its shares, which the reader refuses.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

from .lazy_regex import lazy_compile

_FIELD = lazy_compile(r"(?:[\u4e00-\u9fff]{0,4}?(?P<count>\d+)个[\u4e00-\u9fff]{1,8}(?:\([^()]{1,10}\))?中,?|共(?P<total>\d+)个)")
_NUMBER = r"\d+(?:\.\d+)?"
_FIRST = lazy_compile(rf"前(?P<high>{_NUMBER})%")
_MIDDLE = lazy_compile(rf"(?<![前后\d.])(?P<low>{_NUMBER})%(?:-|~|至|到)(?P<high>{_NUMBER})%")
_LAST = lazy_compile(rf"后(?P<share>{_NUMBER})%")


def ranked_shares(text: str) -> str:
    """``全省16个市州中,排名前20%的得3分,20%-50%的得2分,后50%的得1分`` →
    ``全省排名第1-3名的得3分,第4-8名的得2分,第9名及以后的得1分``."""
    if "排名" not in text:
        return text
    fields = list(_FIELD.finditer(text))
    firsts, middles, lasts = list(_FIRST.finditer(text)), list(_MIDDLE.finditer(text)), list(_LAST.finditer(text))
    if len(fields) != 1 or len(firsts) != 1 or len(lasts) != 1:
        return text
    field = fields[0]
    size = int(field.group("count") or field.group("total"))
    first, last = firsts[0], lasts[0]
    if not field.end() <= first.start() < last.start() or any(not first.end() < m.start() < last.start() for m in middles):
        return text
    places = [(first.start(), first.end(), Decimal(0), Decimal(first.group("high")))]
    places += [(m.start(), m.end(), Decimal(m.group("low")), Decimal(m.group("high"))) for m in middles]
    for (_, _, _, high), (_, _, low, _) in zip(places, places[1:]):
        if high != low:
            return text  # (前20%…30%-50%: the places between 20% and 30% have no band)
    below_last = Decimal(100) - Decimal(last.group("share"))
    if below_last != places[-1][3]:
        return text  # (…20%-50%…后40%: the places between 50% and 60% have no band, or two)
    rewritten = text
    spans = [(start, end, f"第{_place(low, size) + 1}-{_place(high, size)}名") for start, end, low, high in places]
    spans.append((last.start(), last.end(), f"第{_place(below_last, size) + 1}名及以后"))
    if any(_place(high, size) <= _place(low, size) for _, _, low, high in places):
        return text  # (a band of the field holding no whole place: 前5% of 16)
    for start, end, said in sorted(spans, reverse=True):
        rewritten = rewritten[:start] + said + rewritten[end:]
    # the field's count said by the places now: 全省16个市州中,排名 → 全省排名
    where = field.group()
    kept = where[: where.index(field.group("count"))] if field.group("count") else ""
    return rewritten[: field.start()] + kept + rewritten[field.end():]


def _place(share: Decimal, size: int) -> int:
    """The last place within ``share`` % of a field of ``size``: r with r/size ≤ share."""
    return int((share * size / 100).to_integral_value(ROUND_FLOOR))
