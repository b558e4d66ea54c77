"""签订防控工作责任状(8分)(2分×4项,即…)且落实…的得8分。每少一项扣2分: the points written out as each item's
times the items, beside the total and the deduction per item they restate.

A bracket “(A分×B项,即…)” says the B items are worth A points each. When the text also gives the whole (得T分 or
(T分)) with A×B = T, and deducts A per item missing (每少1项扣A分 / 每缺1项扣A分), the bracket says nothing the rest
does not: T − A per item missing, none left once all B are missing. It is then taken out, so the rule reads as
the deduction per item it is. A bracket that does not agree with the total or the deduction — or stands alone
(重大动物疫病免疫密度(12分×2项,…): each item scored by the rule, a different reading) — is left as written and the
reader refuses its numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile

_BREAKDOWN = lazy_compile(r"\((\d+(?:\.\d+)?)分[×*](\d+)项(?:[,，:]?即[^()]*)?\)")


def points_breakdown(text: str) -> str:
    def restated(match: re.Match) -> str:
        each, items = Decimal(match.group(1)), int(match.group(2))
        rest = text[: match.start()] + text[match.end():]
        total = each * items
        totals = {Decimal(t) for t in re.findall(r"(?:得|计|记|\()(\d+(?:\.\d+)?)分", rest)}
        per_item = re.search(rf"每(?:少|缺)1项(?:扣|减){re.escape(match.group(1))}分", rest)
        return "" if items > 1 and total in totals and per_item else match.group()
    return _BREAKDOWN.sub(restated, text)
