"""The named cell styles of a generated workbook, styled as Chinese government reports are (宋体
headings, 仿宋 body, thin black boxes, pale yellow input cells).

A style is plain data (``Look``: what the xlwings backend also applies through Excel's object model);
the .xlsx writer (workbook/xlsx.py) needs it as the parts of styles.xml it is made of (``Xf``), which
a firm's template (workbook/template.py) gives directly from the cells it restyled."""

from __future__ import annotations

from ..lazy_dataclass import dataclass

BODY, HEADING = "仿宋", "宋体"
BLACK = "000000"
INPUT_FILL, HEADER_FILL, TOTAL_FILL = "FFF2CC", "D9E1F2", "EDEDED"
SIDES = ("left", "right", "top", "bottom")


@dataclass(frozen=True)
class Look:
    """One style as a reader sees it; colours are RRGGBB."""

    font: str
    size: float = 10
    bold: bool = False
    color: str | None = None
    underline: bool = False
    fill: str | None = None
    horizontal: str | None = None
    vertical: str | None = None
    wrap: bool = False
    border: bool = True  # a thin black box
    number_format: str = "General"


def _look(font: str, **details: object) -> Look:
    return Look(font, **details)  # type: ignore[arg-type]


_CENTER = {"horizontal": "center", "vertical": "center"}
# style name → look
STYLES: dict[str, Look] = {
    "title": _look(HEADING, size=14, bold=True, border=False, **_CENTER),
    "subtitle": _look(BODY, horizontal="left", vertical="center", wrap=True, border=False),
    "header": _look(HEADING, bold=True, fill=HEADER_FILL, wrap=True, **_CENTER),
    "group": _look(HEADING, bold=True, wrap=True, **_CENTER),
    "label": _look(HEADING, bold=True, vertical="center"),
    "text": _look(BODY, vertical="top", wrap=True),
    "link": _look(BODY, color="0563C1", underline=True, vertical="top", wrap=True),
    "plain": _look(BODY, border=False, number_format="@"),
    "number": _look(BODY, **_CENTER),
    "score": _look(BODY, bold=True, **_CENTER),
    "percent": _look(BODY, number_format="0.00%", **_CENTER),
    "total": _look(HEADING, bold=True, fill=TOTAL_FILL, wrap=True, **_CENTER),
    "total_number": _look(HEADING, bold=True, fill=TOTAL_FILL, **_CENTER),
    "total_percent": _look(HEADING, bold=True, fill=TOTAL_FILL, number_format="0.00%", **_CENTER),
    "input_text": _look(BODY, fill=INPUT_FILL, vertical="top", wrap=True, number_format="@"),
    "input_number": _look(BODY, fill=INPUT_FILL, **_CENTER),
    "input_pct": _look(BODY, fill=INPUT_FILL, number_format="0.00%", **_CENTER),
    "input_date": _look(BODY, fill=INPUT_FILL, number_format="yyyy-mm-dd", **_CENTER),
    "input_choice": _look(BODY, fill=INPUT_FILL, **_CENTER),
    "severity_error": _look(HEADING, bold=True, color="C00000", horizontal="center", vertical="top"),
    "severity_warning": _look(HEADING, bold=True, color="C65911", horizontal="center", vertical="top"),
    "severity_info": _look(HEADING, color="2F5597", horizontal="center", vertical="top"),
}
# conditional formats (校验 marks on the 评分表): background colours
HIGHLIGHTS = {"error": "FFC7CE", "warning": "F8CBAD", "missing": "FFEB9C"}


@dataclass(frozen=True)
class Xf:
    """A style as the parts of ``xl/styles.xml`` it needs: ``<font>``, ``<fill>`` (None: no fill), the
    drawn border sides by name (``<left …>…</left>``), the ``<alignment …/>`` (or ""), the number format."""

    font: str
    fill: str | None
    sides: tuple[tuple[str, str], ...]
    alignment: str
    number_format: str
