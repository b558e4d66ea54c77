"""Text read as a number where Excel reads it so: in arithmetic (``="924.8"*1``), in a function's direct
arguments (``ROUND(" 924.8 ",0)``), never inside a reference given to SUM/MIN/MAX/COUNT.

As Excel and LibreOffice read it in the Chinese (zh-CN) locale: surrounding spaces, thousands
separators, a sign (leading, or trailing as in ``5-``) or accounting parentheses, an exponent, a
trailing percent sign, dates written year first (``2024/7/31``, ``2024-7-31``, ``2024.7.31``,
``2024年7月31日``, with an optional time), month/day of the current year (``7/31``) and times
(``12:30``). Anything else is ``#VALUE!``: month-first dates (``07/31/2024``), ``2024年7月``, currency
signs. Where the two programs differ (the text ``TRUE``) pingfen follows Excel: see
engines/divergences.yaml.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from .. import TYPE_CHECKING

from ..text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    import datetime as dt

# 1899-12-30, Excel's day 0, as date.toordinal() counts: datetime is imported only to read a date
# typed as text (every reader of a workbook imports this module, few meet a date)
_EPOCH = 693594
_NUMBER = lazy_compile(
    r"(?P<sign>[+-]?)(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)"
    r"(?:[eE](?P<exponent>[+-]?\d+))?(?P<percent>%?)(?P<trailing>-?)"
)
_DATE = lazy_compile(
    r"(?P<y>\d{4})(?:(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})|年(?P<cm>\d{1,2})月(?P<cd>\d{1,2})日)"
    r"|(?P<sm>\d{1,2})/(?P<sd>\d{1,2})"
)
_TIME = lazy_compile(r"(?P<h>\d{1,2}):(?P<mi>\d{1,2})(?::(?P<s>\d{1,2}(?:\.\d+)?))?")


def number_from_text(text: str) -> Decimal | None:
    """The number Excel reads from ``text`` in arithmetic, or None where Excel gives #VALUE!."""
    stripped = text.strip(" ")
    if not stripped:
        return None
    negative = stripped.startswith("(") and stripped.endswith(")")
    if negative:
        stripped = stripped[1:-1].strip(" ")
    number = _plain_number(stripped)
    if number is None:
        number = _date_time(stripped)
    if number is None:
        return None
    return -number if negative else number


def _plain_number(text: str) -> Decimal | None:
    match = _NUMBER.fullmatch(text)
    if not match:
        return None
    try:
        value = Decimal(match.group("digits").replace(",", ""))
        if match.group("exponent"):
            value = value.scaleb(int(match.group("exponent")))
    except InvalidOperation:
        return None
    if match.group("sign") and match.group("trailing"):
        return None
    if match.group("percent"):
        value /= 100
    return -value if "-" in (match.group("sign"), match.group("trailing")) else value


def _date_time(text: str) -> Decimal | None:
    date_part, _, time_part = text.partition(" ")
    day = _date(date_part)
    if day is None:
        return _time(text)
    if not time_part.strip():
        return day
    moment = _time(time_part.strip())
    return None if moment is None else day + moment


def _date(text: str) -> Decimal | None:
    match = _DATE.fullmatch(text)
    if not match:
        return None
    import datetime as dt

    if match.group("sm"):  # 7/31: that day of the current year
        year, month, day = dt.date.today().year, int(match.group("sm")), int(match.group("sd"))
    else:
        year, month, day = int(match.group("y")), int(match.group("m") or match.group("cm")), int(match.group("d") or match.group("cd"))
    if (year, month, day) == (1900, 2, 29):  # Excel's own day (see excel_serial)
        return Decimal(60)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return excel_serial(date)


def excel_serial(date: dt.date) -> Decimal:
    """Excel's serial day of ``date``: days since 1899-12-30 from 1900-03-01 on; before that one day
    less, because Excel (after Lotus 1-2-3) counts a 29 February 1900 as serial 60."""
    days = date.toordinal() - _EPOCH
    return Decimal(days if days >= 61 else days - 1)


def excel_day(serial: int) -> tuple[int, int, int]:
    """(year, month, day) of Excel's serial day ``serial`` (0 to 2958465): 0 is "1900-01-00" and 60
    is 1900-02-29, as YEAR/MONTH/DAY in Excel give them."""
    if serial == 0:
        return 1900, 1, 0
    if serial == 60:
        return 1900, 2, 29
    import datetime as dt

    date = dt.date.fromordinal(_EPOCH + (serial if serial > 60 else serial + 1))
    return date.year, date.month, date.day


def _time(text: str) -> Decimal | None:
    match = _TIME.fullmatch(text)
    if not match:
        return None
    hours, minutes = int(match.group("h")), int(match.group("mi"))
    seconds = Decimal(match.group("s") or 0)
    if hours > 23 or minutes > 59 or seconds >= 60:
        return None
    return (hours * 3600 + minutes * 60 + seconds) / Decimal(86400)
