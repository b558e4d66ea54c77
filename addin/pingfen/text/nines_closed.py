"""开工率100%计8分，95%—99.99%计6分，90%—94.99%计4分: a band's upper end written with nines (99.99%, 94.9%) up to
where the next band starts (100%, 95%) is that next band's start, not reached — the writer closing the band before it,
as 95%-100% (the upper end not included, the reader's convention) says; read as written, 99.995% lay in no band and
the text was refused as leaving a gap.

Only a range's upper end whose decimals are all nines, only when the number one last decimal place above it (99.99%
+ 0.01% = 100%) is written elsewhere in the text in the same unit, and never an end marked (含) (95%-99.99%(含): the
writer has said where the band stops).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile
from .numbers import general_text

_NINES_END = lazy_compile(r"(?<=\d)(?P<dash>%?[-~至到])(?P<end>\d+\.9+)(?P<unit>%|万元|元|个|人|天)?(?!\d|\.\d|\(含|\(包含|含)")


def nines_to_next(text: str) -> str:
    def closed(match) -> str:  # type: ignore[no-untyped-def]
        end, unit = match.group("end"), match.group("unit") or ""
        places = len(end.split(".")[1])
        following = general_text(Decimal(end) + Decimal(1).scaleb(-places))
        if not unit or not re.search(rf"(?<![\d.]){re.escape(following + unit)}(?![\d.])", text):
            return match.group()
        return f"{match.group('dash')}{following}{unit}"

    return _NINES_END.sub(closed, text)
