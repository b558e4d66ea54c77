"""合格率≥95%，系数1.0；90%-95%，系数0.8；85%以下，系数0。得分=分值×系数: bands that each give a coefficient, then the
score as the 分值 times it. Each band's coefficient is that share of the 分值 (系数0.8 is 得分值的80%, 系数1.0 满分, 系数0
不得分) and the formula sentence says nothing more: written so, the bands read as bands of shares of the 分值.

Only when the text ends its bands with 得分=分值×系数 (or 系数×分值), every 系数 in it follows a band's level, and none
is above 1 (a coefficient past the 分值 is another rule); otherwise the text is handed back as written.
"""

from __future__ import annotations

from decimal import Decimal

from .lazy_regex import lazy_compile
from .numbers import general_text

_SCORE_IS_PRODUCT = lazy_compile(r"[,;。]?(?:得分|本项得分|该项得分)=(?:分值×系数|系数×分值)[。;]?$")
# ,系数0.8 right after a band's level (95% / 85%以下 / 90%-95%)
_BAND_COEFFICIENT = lazy_compile(r"(?<=[\d%上下]),?系数(\d+(?:\.\d+)?)(?=[,;。]|$)")


def coefficient_bands(text: str) -> str:
    product = _SCORE_IS_PRODUCT.search(text)
    if product is None:
        return text
    bands = text[:product.start()]
    found = list(_BAND_COEFFICIENT.finditer(bands))
    if len(found) < 2 or bands.count("系数") != len(found) or any(Decimal(m.group(1)) > 1 for m in found):
        return text

    def share(match) -> str:  # type: ignore[no-untyped-def]
        coefficient = Decimal(match.group(1))
        if coefficient == 1:
            return "得满分"
        if coefficient == 0:
            return "不得分"
        return f"得分值的{general_text(coefficient * 100)}%"
    return _BAND_COEFFICIENT.sub(share, bands)
