"""Grade bands (优/良/中/差 of 财预〔2020〕10号, or a rubric's own such as 优秀/良好/合格)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from .rules.evaluate import Evaluator
from .rules.expr import Cmp, Expr, If, Text, Var, num
from .quantities import QuantityError, as_number
from .text.lexicon import Token, comparison_symbol, tokenize
from .text.normalize import normalize
from .text.numbers import general_text
from .text.lazy_regex import lazy_compile


@dataclass(frozen=True)
class GradeBand:
    name: str
    minimum: Decimal
    inclusive: bool = True  # 90（含）以上 / ≥90; False for 大于90


DEFAULT_BANDS = (
    GradeBand("优", Decimal(90)), GradeBand("良", Decimal(80)), GradeBand("中", Decimal(60)), GradeBand("差", Decimal(0)),
)


class GradeError(ValueError):
    pass


def make_bands(pairs: Iterable[tuple[str, object]]) -> tuple[GradeBand, ...]:
    """Bands from (name, lower bound) pairs; a bound may carry its comparison (``超过180``, ``90分(含)以上``)."""
    bands = []
    for name, minimum in pairs:
        name = str(name).strip()
        where = f"等级“{name}”的下限"
        if isinstance(minimum, str):
            written = _read_band(minimum, where)
            if written.name or written.high is not None or written.low is None:
                raise GradeError(f"{where}应为分数（如 90、≥90、超过180、90分(含)以上），实际为“{minimum}”")
            bands.append(GradeBand(name, written.low.value, written.low.inclusive is not False))
            continue
        try:
            bands.append(GradeBand(name, as_number(minimum, where=where)))
        except QuantityError as error:
            raise GradeError(str(error)) from None
    if not bands:
        raise GradeError("等级划分为空")
    return tuple(sorted(bands, key=lambda band: band.minimum, reverse=True))


# Bands as reports print them, split at separators; a space splits only after a bound (优≥90 良≥80).
_PARTS = lazy_compile(r"[,，;；、\n]+|(?<=[\d上下])\s+(?=[^\d\s分(（])")
_AROUND_NAME = lazy_compile(r"^分?的?(?:评定为|评为|定为|属于|即为|为|是)?|(?:等级|档)$")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」『』《》")
EXAMPLE = "（应如：优≥90,良≥80,中≥60,差，或 90分(含)以上为优、80-90分为良、60分以下为差）"
_IGNORED = frozenset({"DE", "VERB", "SCORING", "OTHER", "OPEN", "CLOSE", "REF"})  # 评为优 / 得分90分以上 / 其余为差 / 优秀(90分以上)

_LOWER = {"≥": True, ">": True, "≤": False, "<": False}


@dataclass
class _Bound:
    value: Decimal
    inclusive: bool | None  # written (≥, (含), (不含)) or None: the convention decides


@dataclass
class _Band:
    """One band as written: its name and the bounds read around its numbers."""

    text: str
    name: str = ""
    low: _Bound | None = None
    high: _Bound | None = None


def parse_bands(text: str) -> tuple[GradeBand, ...]:
    """``"优≥90,良≥80,中≥60,差"``, ``"优秀大于180,良好大于140,合格"`` or the bands a report prints,
    ``"90(含90)-100分为“优”，80(含80)-90分为“良”，60(含60)-80分为“中”，60分以下为“差”"`` → bands, the
    comparisons read with the lexicon (text/lexicon.py). A band with no lower bound is the lowest."""
    written = []
    for part in _PARTS.split(text.strip()):
        if part.strip():
            band = _read_band(part, "")
            if not band.name:
                raise GradeError(f"等级划分“{part}”缺少等级名称{EXAMPLE}")
            written.append(band)
    if not written:
        raise GradeError("等级划分为空")
    return _joined(written)


def written_bands(entries: object) -> str | None:
    """A rubric's grades written as the report prints them (one text, or a list of texts), else None."""
    if isinstance(entries, str):
        return entries
    if isinstance(entries, list) and entries and all(isinstance(entry, str) for entry in entries):
        return "；".join(entries)
    return None


def _read_band(part: str, where: str) -> _Band:
    """One band over the lexicon's tokens: ``优≥90``, ``90分(含)以上为优``, ``80(含80)-90分为良``,
    ``低于60分为差``; refused when a token has no place in it."""
    tokens = tokenize(normalize(part))
    band = _Band(part)
    before: list[str] = []  # words before the first bound (the name in 优≥90) and after it (…为优)
    after: list[str] = []
    unread = GradeError(f"{where}无法识别的等级划分“{part}”{EXAMPLE}")
    pending: str | None = None  # a comparison waiting for its number
    ranged = False  # after 80- : the next number is the upper end
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token.kind in ("NUM", "PTS"):
            if token.unit == "%":
                raise GradeError(f"{where}等级界限应为分数，不是百分比：“{part}”")
            value = Decimal(token.value)
            if ranged and token.text.startswith("-"):
                value = -value  # 90(含90)-100: after a restated mark the dash is read as a minus sign
            if i < len(tokens) and tokens[i].kind == "WORD" and tokens[i].text == "分":
                i += 1  # 90分之内: the lexicon keeps 分之 (三分之一) out of points
            i, mark = _mark(tokens, i, value)
            following = tokens[i] if i < len(tokens) else None
            if pending == "=" and (following is None or following.kind != "SUF"):
                pending = None  # 优为90-100分 / 优为90: 为 only introduces the bound
            if pending is not None:
                symbol, pending = pending, None
                written = None if symbol == "=" else symbol in ("≥", "≤")  # ≥ and > say it themselves
                if following is not None and following.kind == "SUF":  # 为90分以上 / 不低于90分以上
                    i += 1
                    suffix = comparison_symbol(following, mark)
                    if symbol != "=" and _LOWER.get(symbol) != _LOWER.get(suffix):
                        raise unread  # 低于90分以上
                    symbol = suffix
                _put(band, symbol, value, written if mark is None else mark, unread)
            elif ranged:
                _put(band, "≤", value, mark, unread)
                ranged = False
            elif following is not None and following.kind == "SUF":
                i, later = _mark(tokens, i + 1, value)  # 90分以上(含)
                _put(band, comparison_symbol(following, mark), value, mark if later is None else later, unread)
            else:
                _put(band, "≥", value, mark, unread)  # 80-… / 优90 / 优:90
                if following is not None and following.kind == "RANGE":
                    i += 1
                    ranged = True
                elif following is not None and following.kind in ("NUM", "PTS") and following.text.startswith("-"):
                    ranged = True
        elif token.kind == "CMP" and pending is None and _number_follows(tokens, i):
            pending = comparison_symbol(token)
        elif token.kind == "WORD" or token.kind == "CMP" and (band.low or band.high):  # …为未达标: part of the name
            words = after if band.low or band.high else before
            if words and i > 1 and tokens[i - 2].end == token.start and tokens[i - 2].kind in ("WORD", "CMP"):
                words[-1] += token.text
            else:
                words.append(token.text)
        elif token.kind == "SEP" and token.text == ":" and not (band.low or band.high):
            continue  # 优:90
        elif token.kind not in _IGNORED:
            raise unread
    if pending is not None or ranged:
        raise unread
    if band.low is not None and band.high is not None and band.low.value > band.high.value:
        band.low, band.high = band.high, band.low  # 100-90分为优: written from the top
    names = [name for name in (_name(word) for word in after or before) if name]
    if len(names) > 1:
        raise unread
    band.name = names[0] if names else ""
    return band


def _number_follows(tokens: list[Token], i: int) -> bool:
    while i < len(tokens) and tokens[i].kind == "REF":  # 达到标准值90分
        i += 1
    return i < len(tokens) and tokens[i].kind in ("NUM", "PTS")


def _mark(tokens: list[Token], i: int, value: Decimal) -> tuple[int, bool | None]:
    """(含) / (不含) / (含90) after a number: whether the number is included, and where reading goes on."""
    if i < len(tokens) and tokens[i].kind == "INCL":
        return i + 1, tokens[i].value
    restated = tokens[i:i + 4]
    if (
        len(restated) == 4 and restated[0].kind == "OPEN" and restated[1].text in ("含", "不含")
        and restated[2].kind in ("NUM", "PTS") and restated[2].value == value and restated[3].kind == "CLOSE"
    ):
        return i + 4, restated[1].text == "含"
    return i, None


def _put(band: _Band, symbol: str, value: Decimal, inclusive: bool | None, unread: GradeError) -> None:
    """Records a bound; unmarked, 以上/以下 leave the convention to decide, while > and < (大于, 以外) exclude."""
    bound = _Bound(value, False if inclusive is None and symbol in (">", "<") else inclusive)
    if _LOWER[symbol] and band.low is None:
        band.low = bound
    elif not _LOWER[symbol] and band.high is None:
        band.high = bound
    else:
        raise unread


def _name(word: str) -> str:
    return _AROUND_NAME.sub("", word.translate(_QUOTES)).strip()


def _joined(written: list[_Band]) -> tuple[GradeBand, ...]:
    """The bands from the top: each upper bound meets the lower bound of the band above, and a (含)/(不含)
    written on it decides which band the shared score belongs to (80-90分(含)为良 puts 90 in 良)."""
    bounded = sorted((band for band in written if band.low is not None), key=lambda band: band.low.value, reverse=True)  # type: ignore[union-attr]
    rest = [band for band in written if band.low is None]
    if len(rest) > 1:
        raise GradeError(f"等级“{rest[0].name}”与“{rest[1].name}”都没有下限，无法区分")
    ordered = bounded + rest
    bands = []
    for index, band in enumerate(ordered):
        low = band.low
        inclusive = True if low is None or low.inclusive is None else low.inclusive
        below = ordered[index + 1] if index + 1 < len(ordered) else None
        if low is not None and below is not None and below.low is not None and below.low.value == low.value:
            raise GradeError(f"等级“{band.name}”与“{below.name}”的下限相同（{general_text(low.value)}分）")
        if low is not None and below is not None and below.high is not None:
            high = below.high
            if high.value != low.value:
                raise GradeError(
                    f"等级“{below.name}”的上限{general_text(high.value)}分与等级“{band.name}”的下限"
                    f"{general_text(low.value)}分不相接：“{below.text}”“{band.text}”"
                )
            if high.inclusive is not None:
                if low.inclusive is not None and low.inclusive == high.inclusive:
                    raise GradeError(
                        f"{general_text(low.value)}分{'同时属于' if high.inclusive else '不属于'}等级“{below.name}”与“{band.name}”："
                        f"“{below.text}”“{band.text}”"
                    )
                inclusive = not high.inclusive
        bands.append(GradeBand(band.name, Decimal(0) if low is None else low.value, inclusive))
    return tuple(bands)


def grade_for(total: Decimal, bands: tuple[GradeBand, ...] = DEFAULT_BANDS) -> str:
    """The grade of a known total: ``grade_expr`` evaluated, the formula the workbook writes."""
    return str(Evaluator({"total": total})(grade_expr(Var("total"), bands)))


def grade_expr(total: Expr, bands: tuple[GradeBand, ...] = DEFAULT_BANDS) -> Expr:
    result: Expr = Text(bands[-1].name)
    for band in reversed(bands[:-1]):
        result = If(Cmp(">=" if band.inclusive else ">", total, num(band.minimum)), Text(band.name), result)
    return result
