"""Writes a sheet plan as an .xlsx package: the SpreadsheetML written out directly, a sheet at a time,
with every computed value cached beside its formula (so readers that do not calculate — calamine,
pandas, previewers, phones — see the numbers). The plan's cells are data already; an object model per
cell on top of them cost most of a build's time and memory on big workbooks.

What a cell looks like comes from a named style (workbook/styles.py, or a firm's template), each
written once in ``xl/styles.xml``. The page setup is the one Chinese government reports print with:
A4, narrow margins, fitted to the page width, header rows repeated, page numbers in the footer."""

from __future__ import annotations

import datetime as dt
import re
import time
import zipfile
from decimal import Decimal
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator, Mapping

from ..cells import column_letter, column_number, coordinates, split
from ..rules.evaluate import Value, XlError
from .cached import _in_background as in_background  # deflating and the CRC release the GIL
from .members import DeflatedPart, codec
from .plan import Book, Cell, CellRef, Chart, Sheet, formula_text, get_column_letter, reference
from .styles import BLACK, HIGHLIGHTS, SIDES, STYLES, Look, Xf

if TYPE_CHECKING:
    from .comments import Note
    from .template import WorkbookTemplate

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# characters XML 1.0 cannot hold (a control character pasted into a rubric): left out of the file
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Excel's built-in number formats by code; any other code is declared in styles.xml
_BUILTIN_FORMATS = {
    "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11,
    "# ?/?": 12, "# ??/??": 13, "mm-dd-yy": 14, "d-mmm-yy": 15, "d-mmm": 16, "mmm-yy": 17, "h:mm AM/PM": 18,
    "h:mm:ss AM/PM": 19, "h:mm": 20, "h:mm:ss": 21, "m/d/yy h:mm": 22, "mm:ss": 45, "[h]:mm:ss": 46, "@": 49,
}
# what a protected sheet still lets the evaluator do: type into unlocked cells, resize rows and columns
_PROTECTION = (
    '<sheetProtection sheet="1" objects="0" scenarios="0" formatCells="1" formatColumns="0" formatRows="0" '
    'insertColumns="1" insertRows="1" insertHyperlinks="1" deleteColumns="1" deleteRows="1" '
    'selectLockedCells="0" selectUnlockedCells="0" sort="1" autoFilter="1" pivotTables="1"/>'
)
# narrow side margins: the 评分表 then prints at ≥ 9 pt on A4 landscape (see layout.level_widths)
DEFAULT_MARGINS = (0.5, 0.5, 0.6, 0.6, 0.3, 0.3)  # left, right, top, bottom, header, footer (inches)
_FOOTER = "&amp;C第 &amp;P 页，共 &amp;N 页"
_EPOCH = dt.datetime(1899, 12, 30)
_DIGITS = "0123456789"
# characters of sheet XML handed to the compressor at a time: a few hundred rows of the 评分表, about eight
# rows of the _pingfen sheet (30,000 characters of JSON each)
_CHUNK = 1 << 18
# cells of a sheet from which zlib-ng is loaded to deflate it (a seed's sheets are written by zlib)
_BIG_SHEET = 5000


_ESCAPED = re.compile('[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')  # what _xml changes
_TEXT_ESCAPED = re.compile('[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')  # what _text changes


def _xml(value: str) -> str:
    """An attribute value as XML character data."""
    if _ESCAPED.search(value) is None:  # most texts: nothing to change
        return value
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _text(value: str) -> str:
    """Cell text or a formula as XML element content, where a quote stands as it is (as Excel writes
    it): the formulas' many quotes and the _pingfen sheet's JSON are not tripled in size."""
    if value.isprintable():  # no character XML cannot hold (each is unprintable): only &, < and > change
        if "&" in value:
            value = value.replace("&", "&amp;")
        if "<" in value:
            value = value.replace("<", "&lt;")
        return value.replace(">", "&gt;") if ">" in value else value
    if _TEXT_ESCAPED.search(value) is None:
        return value
    return _ILLEGAL.sub("", value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# what a cell without a style shows (Excel's Normal style); merged cells other than the top-left one
# show only their share of the range's border on it
_DEFAULT_FONT = '<font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font>'


def _solid_fill(color: str, background: bool = False) -> str:
    back = f'<bgColor rgb="00{color}"/>' if background else ""
    return f'<fill><patternFill patternType="solid"><fgColor rgb="00{color}"/>{back}</patternFill></fill>'


def _xf_of(look: Look) -> Xf:
    """A built-in style as the parts of styles.xml it is made of."""
    font = f'<font><name val="{_xml(look.font)}"/>'
    font += '<b val="1"/>' if look.bold else ""
    font += f'<color rgb="00{look.color}"/>' if look.color else ""
    font += f'<sz val="{look.size:g}"/>'
    font += '<u val="single"/>' if look.underline else ""
    font += "</font>"
    side = f'<color rgb="00{BLACK}"/>'
    sides = tuple((name, f'<{name} style="thin">{side}</{name}>') for name in SIDES) if look.border else ()
    align = "".join(
        f' {key}="{value}"' for key, value in (("horizontal", look.horizontal), ("vertical", look.vertical), ("wrapText", "1" if look.wrap else None)) if value
    )
    return Xf(font, _solid_fill(look.fill) if look.fill else None, sides, f"<alignment{align}/>" if align else "", look.number_format)


_DEFAULT_XFS: dict[str, Xf] = {name: _xf_of(look) for name, look in STYLES.items()}


class _Styles:
    """The style records of one workbook: each font, fill, border, number format and cell format once,
    numbered in the order the cells first use them."""

    def __init__(self, xfs: Mapping[str, Xf]) -> None:
        self.xfs = xfs
        self.fonts: dict[str, int] = {_DEFAULT_FONT: 0}
        self.fills: dict[str, int] = {'<fill><patternFill/></fill>': 0, '<fill><patternFill patternType="gray125"/></fill>': 1}
        self.borders: dict[str, int] = {_border(()): 0}
        self.formats: dict[str, int] = {}
        self.records: dict[str, int] = {'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>': 0}
        self._named: dict[tuple[str, bool, str | None], int] = {}
        self._merged: dict[tuple[tuple[tuple[str, str], ...], bool], int] = {}

    @staticmethod
    def _number(items: dict[str, int], item: str) -> int:
        number = items.get(item)
        if number is None:
            number = items[item] = len(items)
        return number

    def _format(self, code: str) -> int:
        builtin = _BUILTIN_FORMATS.get(code)
        if builtin is not None:
            return builtin
        number = self.formats.get(code)
        if number is None:
            number = self.formats[code] = 164 + len(self.formats)
        return number

    def _record(self, font: str, fill: str | None, sides: tuple[tuple[str, str], ...], alignment: str, number_format: str, unlocked: bool) -> int:
        parts = [
            f'<xf numFmtId="{self._format(number_format)}" fontId="{self._number(self.fonts, font)}" '
            f'fillId="{self._number(self.fills, fill) if fill else 0}" borderId="{self._number(self.borders, _border(sides))}" xfId="0"'
            ' applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"'
        ]
        if alignment:
            parts.append(' applyAlignment="1"')
        if unlocked:
            parts.append(' applyProtection="1"')
        parts.append(">" if alignment or unlocked else "/>")
        if alignment or unlocked:
            parts.append(alignment)
            parts.append('<protection locked="0"/>' if unlocked else "")
            parts.append("</xf>")
        return self._number(self.records, "".join(parts))

    def named(self, name: str, unlocked: bool = False, number_format: str | None = None) -> int:
        """A cell of style ``name`` (an input: ``unlocked``), with its own number format if given."""
        key = (name, unlocked, number_format)
        number = self._named.get(key)
        if number is None:
            if name == "" and not unlocked and number_format is None:
                number = 0  # Excel's default look
            else:
                xf = self.xfs[name] if name else Xf(_DEFAULT_FONT, None, (), "", "General")
                number = self._record(xf.font, xf.fill, xf.sides, xf.alignment, number_format or xf.number_format, unlocked)
            self._named[key] = number
        return number

    def merged(self, sides: tuple[tuple[str, str], ...], unlocked: bool) -> int:
        """A cell inside a merged range other than its top-left one: its share of the range's border."""
        key = (sides, unlocked)
        number = self._merged.get(key)
        if number is None:
            number = self._merged[key] = self._record(_DEFAULT_FONT, None, sides, "", "General", unlocked) if sides or unlocked else 0
        return number

    def xml(self) -> str:
        formats = "".join(f'<numFmt numFmtId="{number}" formatCode="{_xml(code)}"/>' for code, number in self.formats.items())
        dxfs = "".join(f"<dxf>{_solid_fill(color, background=True)}</dxf>" for color in HIGHLIGHTS.values())
        return (
            f'{_XML}<styleSheet xmlns="{_MAIN}">'
            f'<numFmts count="{len(self.formats)}">{formats}</numFmts>'
            f'<fonts count="{len(self.fonts)}">{"".join(self.fonts)}</fonts>'
            f'<fills count="{len(self.fills)}">{"".join(self.fills)}</fills>'
            f'<borders count="{len(self.borders)}">{"".join(self.borders)}</borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(self.records)}">{"".join(self.records)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            f'<dxfs count="{len(HIGHLIGHTS)}">{dxfs}</dxfs>'
            '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>'
            "</styleSheet>"
        )


def _border(sides: tuple[tuple[str, str], ...]) -> str:
    drawn = dict(sides)
    return "<border>" + "".join(drawn.get(name, f"<{name}/>") for name in SIDES) + "<diagonal/></border>"


def _computed(value: Value) -> tuple[str, str]:
    """(type attribute, <v> content) of the value cached beside a formula, written as recalc writes it
    (cached.py), so that recalculating a workbook whose values are current leaves its bytes as they are."""
    if value is None or isinstance(value, str):
        return ' t="str"', _text(value) if value else ""
    if isinstance(value, bool):
        return ' t="b"', str(int(value))
    if isinstance(value, XlError):
        return ' t="e"', _xml(value.code)
    return "", repr(float(value))


def _value(value: Any) -> tuple[str, str]:
    """(type attribute, content) of a constant cell: an inline string, a number, a logical, an error."""
    if isinstance(value, str):
        if not value:
            return ' t="inlineStr"', ""  # an empty text, not an empty cell
        space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""  # value != value.strip(), without a copy
        return ' t="inlineStr"', f"<is><t{space}>{_text(value)}</t></is>"
    if isinstance(value, bool):
        return ' t="b"', f"<v>{int(value)}</v>"
    if isinstance(value, int):
        return "", f"<v>{value}</v>"
    if isinstance(value, float):
        return "", f"<v>{value!r}</v>"
    if isinstance(value, Decimal):
        return "", f"<v>{value}</v>"
    if isinstance(value, XlError):
        return ' t="e"', f"<v>{_xml(value.code)}</v>"
    if isinstance(value, (dt.datetime, dt.date)):
        moment = value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
        delta = moment - _EPOCH
        return "", f"<v>{delta.days + delta.seconds / 86400!r}</v>"
    return _value(str(value))


class _SheetWriter:
    """The worksheet part of one plan sheet and what hangs off it (drawing, comments)."""

    def __init__(self, sheet: Sheet, styles: _Styles, formulas: Mapping[CellRef, str], values: Mapping[CellRef, Value] | None,
                 margins: tuple[float, ...], landscape: bool, active: bool) -> None:
        self.sheet = sheet
        self.styles = styles
        self.formulas = formulas
        self.values = values
        self.margins = margins
        self.landscape = landscape
        self.active = active
        self._style_attributes: dict[tuple[str, bool, str | None], str] = {}  # ' s="N"' of each look met
        self._covered_rows: set[int] = set()  # the rows where a merge covers a cell
        self._columns: dict[str, int] = {}  # the letters of each column written → its number
        self._links: list[tuple[str, CellRef]] = []  # (address, target) of each cell with a link, as written

    def _grid(self) -> tuple[dict[int, list[tuple[int, str, Cell | None]]], dict[str, int]]:
        """Every cell written, by row: (column, address, the plan's cell); and the style of the cells a
        merge covers other than its top-left one (the plan's own content there is hidden by the merge,
        as Excel hides it)."""
        columns = self._columns
        rows: dict[int, list[tuple[int, str, Cell | None]]] = {}
        links = self._links
        last_digits, entries = None, []
        for address, cell in self.sheet.cells.items():
            if cell.link:
                links.append((address, cell.link))
            letters = address.rstrip(_DIGITS)
            column = columns.get(letters)
            if column is None:
                column = columns[letters] = column_number(letters)
            digits = address[len(letters):]
            if digits != last_digits:  # the cells of a row are mostly placed one after another
                last_digits = digits
                entries = rows.setdefault(int(digits), [])
            entries.append((column, address, cell))
        covered: dict[str, int] = {}
        # the style of a covered cell by the look of the merge's first cell and the range's edges it lies on
        merged: dict[tuple[tuple[tuple[str, str], ...], bool, bool, bool, bool, bool], int] = {}
        cells, xfs, covered_rows = self.sheet.cells, self.styles.xfs, self._covered_rows
        for merge in self.sheet.merges:
            first, _, last = merge.partition(":")
            (top, left), (bottom, right) = coordinates(first), coordinates(last)
            start = cells.get(first)
            drawn = xfs[start.style].sides if start is not None and start.style else ()
            unlocked = bool(start is not None and start.input)
            spanned = []  # each column of the range: (number, letters, on its left edge, on its right edge)
            for column in range(left, right + 1):
                letters = get_column_letter(column)
                if column > left or bottom > top:  # the column has a covered cell
                    columns.setdefault(letters, column)
                spanned.append((column, letters, column == left, column == right))
            for row in range(top, bottom + 1):
                digits = str(row)
                on_top, on_bottom = row == top, row == bottom
                if not on_top or right > left:
                    covered_rows.add(row)
                for column, letters, on_left, on_right in spanned:
                    if on_top and on_left:
                        continue
                    key = (drawn, unlocked, on_top, on_left, on_right, on_bottom)
                    style = merged.get(key)
                    if style is None:
                        edges = {"top": on_top, "left": on_left, "right": on_right, "bottom": on_bottom}
                        style = merged[key] = self.styles.merged(tuple(side for side in drawn if edges[side[0]]), unlocked)
                    address = letters + digits
                    covered[address] = style
                    if address not in cells:
                        rows.setdefault(row, []).append((column, address, None))
        return rows, covered

    def _rows(self, rows: dict[int, list[tuple[int, str, Cell | None]]], covered: dict[str, int], fit: dict[Any, int] | None) -> Iterator[str]:
        """Each row's XML, made as it is written (a big sheet is never held whole). The cells are
        written here rather than by a method per cell: a big workbook has some 150,000 of them, and the
        look of each, its formula and its value are found through the same few maps. ``fit``: the row
        fitted to its wrapped text first, as layout.fit_rows fits it (``fit`` keeps its measures across
        the sheets), in this same pass over the cells."""
        sheet = self.sheet
        heights, home = sheet.heights, sheet.name
        looks, named = self._style_attributes, self.styles.named
        formulas, values = self.formulas, self.values
        plain_looks: dict[str, str] = {}  # ' s="N"' of a locked cell in its style's own number format, by style
        text_escaped = _TEXT_ESCAPED.search
        covered_rows = self._covered_rows
        if fit is not None:
            from .layout import _WRAPPED as wrapped, row_lines

            merged_columns = {first for first, _, last in (merge.partition(":") for merge in sheet.merges) if first.rstrip(_DIGITS) != last.rstrip(_DIGITS)}
            per_line_of: dict[int, int] = {}  # characters per line, by column
            widths = sheet.widths
        for row in sorted(rows.keys() | heights.keys()):
            parts: list[str] = []
            append = parts.append
            entries = rows.get(row, [])
            entries.sort()
            most = 1  # the most lines of wrapped text of a cell of the row
            hidden = row in covered_rows
            for column, address, cell in entries:
                if cell is None:  # covered by a merge, not in the plan
                    merged = covered[address]
                    if merged:
                        append(f'<c r="{address}" s="{merged}"/>')
                    continue
                expr, style_name, value = cell.expr, cell.style, cell.value
                if expr is not None:
                    ref = (home, address)
                    if values is not None:
                        value = values.get(ref)
                if fit is not None and style_name in wrapped and value is not None and value != "" and address not in merged_columns:
                    text = value if isinstance(value, str) else str(value)
                    per_line = per_line_of.get(column)
                    if per_line is None:
                        per_line = per_line_of[column] = max(4, int(widths.get(address[:-len(str(row))], 10) * 1.1) - 1)
                    if 2 * len(text) > per_line or "\n" in text:
                        lines = row_lines(text, per_line, fit)
                        if lines > most:
                            most = lines
                if hidden:
                    merged = covered.get(address)
                    if merged is not None:
                        if merged:
                            append(f'<c r="{address}" s="{merged}"/>')
                        continue
                if cell.input or cell.number_format is not None:
                    look = (style_name, cell.input, cell.number_format)
                    s = looks.get(look)
                    if s is None:
                        style = named(*look)
                        s = looks[look] = f' s="{style}"' if style else ""
                else:
                    s = plain_looks.get(style_name)  # type: ignore[assignment]
                    if s is None:
                        style = named(style_name)
                        s = plain_looks[style_name] = f' s="{style}"' if style else ""
                if expr is not None or cell.typed_formula:
                    if cell.typed_formula:
                        ref = (home, address)
                        formula = cell.typed_formula
                    else:
                        written = formulas.get(ref)
                        formula = written[1:] if written is not None else formula_text(cell, home)[1:]
                    if text_escaped(formula) is not None:
                        formula = _text(formula)
                    if values is None or ref not in values:
                        append(f'<c r="{address}"{s}><f>{formula}</f></c>')
                    else:
                        kind, cached = _computed(values[ref])
                        append(f'<c r="{address}"{s}{kind}><f>{formula}</f><v>{cached}</v></c>')
                elif value is None:
                    if s:
                        append(f'<c r="{address}"{s}/>')
                elif value.__class__ is str and value and text_escaped(value) is None:  # _value's commonest case, without the call
                    space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                    append(f'<c r="{address}"{s} t="inlineStr"><is><t{space}>{value}</t></is></c>')
                else:
                    kind, content = _value(value)
                    append(f'<c r="{address}"{s}{kind}>{content}</c>' if content else f'<c r="{address}"{s}{kind}/>')
            if most > 1:
                heights[row] = min(409, 15 * most + 3)  # LibreOffice lays 10-pt CJK text out at ≈14.8 pt
            height = heights.get(row)
            yield (f'<row r="{row}" ht="{height:g}" customHeight="1">' if height else f'<row r="{row}">') + "".join(parts) + "</row>"

    def _head(self, rows: dict[int, list[tuple[int, str]]]) -> str:
        sheet = self.sheet
        last_row = max([*rows, *sheet.heights] or [1])
        last_column = max(self._columns.values(), default=1)
        view = '<sheetView workbookViewId="0"' + (' tabSelected="1"' if self.active else "") + ">"
        if sheet.freeze:
            row, column = coordinates(sheet.freeze)
            pane = ' xSplit="%d"' % (column - 1) if column > 1 else ""
            pane += ' ySplit="%d"' % (row - 1) if row > 1 else ""
            active = "bottomRight" if row > 1 and column > 1 else "bottomLeft" if row > 1 else "topRight"
            view += f'<pane{pane} topLeftCell="{sheet.freeze}" activePane="{active}" state="frozen"/>'
            if active == "bottomRight":
                view += '<selection pane="topRight"/><selection pane="bottomLeft"/>'
            view += f'<selection pane="{active}" activeCell="A1" sqref="A1"/>'
        else:
            view += '<selection activeCell="A1" sqref="A1"/>'
        widths = sorted((column_number(letters), width) for letters, width in sheet.widths.items())
        cols = "".join(f'<col min="{n}" max="{n}" width="{width:g}" customWidth="1"/>' for n, width in widths)
        return (
            f'{_XML}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr fitToPage="1"/></sheetPr>'
            f'<dimension ref="A1:{column_letter(last_column)}{last_row}"/>'
            f"<sheetViews>{view}</sheetView></sheetViews>"
            '<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>'
            + (f"<cols>{cols}</cols>" if cols else "")
            + "<sheetData>"
        )

    def _tail(self, drawing: str | None, comments: str | None) -> Iterator[str]:
        sheet = self.sheet
        yield "</sheetData>"
        if sheet.protected:
            yield _PROTECTION
        if sheet.merges:
            yield f'<mergeCells count="{len(sheet.merges)}">' + "".join(f'<mergeCell ref="{merge}"/>' for merge in sheet.merges) + "</mergeCells>"
        dxf = {name: index for index, name in enumerate(HIGHLIGHTS)}
        for priority, highlight in enumerate(sheet.highlights, start=1):
            yield (
                f'<conditionalFormatting sqref="{highlight.cells}"><cfRule type="expression" dxfId="{dxf[highlight.style]}" '
                f'priority="{priority}"><formula>{_text(highlight.formula)}</formula></cfRule></conditionalFormatting>'
            )
        if sheet.validations:
            yield f'<dataValidations count="{len(sheet.validations)}">'
            for validation in sheet.validations:
                prompt = validation.prompt
                head = f' type="{validation.kind}"' + ("" if validation.kind == "list" else ' operator="between"')
                head += f' allowBlank="1" showErrorMessage="1" showInputMessage="{int(bool(prompt))}" errorTitle="数据校验" error="{_xml(prompt or "输入不符合要求")}"'
                head += f' prompt="{_xml(prompt)}"' if prompt else ""
                head += f' sqref="{" ".join(validation.cells)}"'
                if validation.kind == "list":
                    body = "<formula1>" + _text('"' + ",".join(validation.options) + '"') + "</formula1>"
                else:
                    body = f"<formula1>{validation.minimum}</formula1><formula2>{validation.maximum}</formula2>"
                yield f"<dataValidation{head}>{body}</dataValidation>"
            yield "</dataValidations>"
        links = self._links
        if links:
            yield "<hyperlinks>" + "".join(f'<hyperlink ref="{address}" location="{_xml(reference(link, ""))}"/>' for address, link in links) + "</hyperlinks>"
        left, right, top, bottom, header, footer = self.margins
        yield (
            '<printOptions horizontalCentered="1"/>'
            f'<pageMargins left="{left:g}" right="{right:g}" top="{top:g}" bottom="{bottom:g}" header="{header:g}" footer="{footer:g}"/>'
            f'<pageSetup paperSize="9" orientation="{"landscape" if self.landscape else "portrait"}" fitToWidth="1" fitToHeight="0"/>'
            f"<headerFooter><oddFooter>{_FOOTER}</oddFooter></headerFooter>"
        )
        if drawing:
            yield f'<drawing r:id="{drawing}"/>'
        if comments:
            yield f'<legacyDrawing r:id="{comments}"/>'
        yield "</worksheet>"

    def write(self, archive: zipfile.ZipFile, part: str, drawing: str | None, comments: str | None, fit: dict[Any, int] | None = None) -> None:
        rows, covered = self._grid()
        if len(self.sheet.cells) >= _BIG_SHEET:
            codec()  # zlib-ng deflates a big sheet (DeflatedPart uses it once loaded)
        out = DeflatedPart(archive, zipfile.ZipInfo(part, date_time=time.localtime()[:6]), 3)
        write: Callable[[bytes], object] = out.write
        finish: Callable[[], None] | None = None
        write(self._head(rows).encode("utf-8"))
        chunk: list[str] = []
        size = 0
        try:
            for piece in chain(self._rows(rows, covered, fit), self._tail(drawing, comments)):
                chunk.append(piece)
                size += len(piece)
                if size >= _CHUNK:
                    if finish is None:  # a big sheet: its next rows are made while this piece is deflated
                        write, finish = in_background(out.write)
                    write("".join(chunk).encode("utf-8"))
                    chunk.clear()
                    size = 0
            write("".join(chunk).encode("utf-8"))
        finally:
            if finish is not None:
                finish()
        out.close()


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _absolute(area: str) -> str:
    ends = []
    for end in area.split(":"):
        letters, row = split(end)
        ends.append(f"${letters}${row}")
    return ":".join(ends)


def _chart_xml(chart: Chart, sheet: str) -> str:
    """A clustered column chart of the ``values`` columns (each headed by its series name) over ``categories``."""
    series = []
    for values in chart.values:
        first, _, last = values.partition(":")
        (top, left), (bottom, right) = coordinates(first), coordinates(last or first)
        for column in range(left, right + 1):
            letters = column_letter(column)
            index = len(series)
            series.append(
                f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>'
                f"<c:tx><c:strRef><c:f>{_text(_quoted(sheet))}!{letters}{top}</c:f></c:strRef></c:tx>"
                '<c:spPr><a:ln><a:prstDash val="solid"/></a:ln></c:spPr>'
                f"<c:cat><c:numRef><c:f>{_text(_quoted(sheet))}!{_absolute(chart.categories)}</c:f></c:numRef></c:cat>"
                f"<c:val><c:numRef><c:f>{_text(_quoted(sheet))}!${letters}${top + 1}:${letters}${bottom}</c:f></c:numRef></c:val></c:ser>"
            )
    return (
        f'{_XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>'
        f'<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:t>{_text(chart.title)}</a:t></a:r></a:p></c:rich></c:tx></c:title>'
        '<c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>'
        + "".join(series)
        + '<c:gapWidth val="150"/><c:axId val="10"/><c:axId val="100"/></c:barChart>'
        '<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:crossAx val="100"/><c:lblOffset val="100"/></c:catAx>'
        '<c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:majorGridlines/>'
        '<c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:crossAx val="10"/></c:valAx>'
        '</c:plotArea><c:legend><c:legendPos val="r"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
    )


def _drawing_xml(charts: list[Chart]) -> str:
    """The anchors of a sheet's charts, 14 × 8 cm each, from the chart's anchor cell."""
    anchors = []
    for number, chart in enumerate(charts, start=1):
        row, column = coordinates(chart.anchor)
        anchors.append(
            f"<xdr:oneCellAnchor><xdr:from><xdr:col>{column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
            '<xdr:ext cx="5040000" cy="2880000"/><xdr:graphicFrame macro="">'
            f'<xdr:nvGraphicFramePr><xdr:cNvPr id="{number}" name="Chart {number}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
            '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            f'<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId{number}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>'
        )
    return (
        f'{_XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="{_REL}">' + "".join(anchors) + "</xdr:wsDr>"
    )


def _comments_xml(notes: list[tuple[str, Note]]) -> str:
    authors = list(dict.fromkeys(note.author for _, note in notes))
    number = {author: index for index, author in enumerate(authors)}
    return (
        f'{_XML}<comments xmlns="{_MAIN}"><authors>' + "".join(f"<author>{_text(author)}</author>" for author in authors) + "</authors><commentList>"
        + "".join(f'<comment ref="{address}" authorId="{number[note.author]}"><text><t xml:space="preserve">{_text(note.text)}</t></text></comment>' for address, note in notes)
        + "</commentList></comments>"
    )


def _comments_vml(notes: list[tuple[str, Note]], sheet_number: int) -> str:
    """The boxes Excel draws the comments in (hidden until the cell is pointed at), 240 × 120 px."""
    shapes = []
    for index, (address, _) in enumerate(notes):
        row, column = coordinates(address)
        shapes.append(
            f'<v:shape id="_x0000_s{sheet_number * 1024 + index + 1}" type="#_x0000_t202" '
            'style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240px;height:120px;z-index:1;visibility:hidden" '
            'fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/>'
            '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>'
            '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill>'
            f"<x:Row>{row - 1}</x:Row><x:Column>{column - 1}</x:Column></x:ClientData></v:shape>"
        )
    return (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
        f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{sheet_number}"/></o:shapelayout>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' + "".join(shapes) + "</xml>"
    )


def _relationships(relations: list[tuple[str, str, str]]) -> str:
    return f'{_XML}<Relationships xmlns="{_PACKAGE_REL}">' + "".join(
        f'<Relationship Id="{rel_id}" Type="{kind}" Target="{target}"/>' for rel_id, kind, target in relations
    ) + "</Relationships>"


def write_book(
    book: Book, path: str | Path | IO[bytes], notes: Mapping[CellRef, Note] | None = None,
    template: WorkbookTemplate | None = None, formulas: Mapping[CellRef, str] | None = None,
    values: Mapping[CellRef, Value] | None = None, fit: dict[Any, int] | None = None,
) -> None:
    """The plan as an .xlsx file, with the cell comments ``notes`` (kept through a regeneration);
    ``template``: a firm's workbook template (workbook/template.py) for styles, margins and
    orientation; its column widths are applied to the plan before (``apply_widths``). ``formulas``:
    the plan's formula texts when already written out (``Layout.formulas``); ``values``: the computed
    value of each formula cell, cached in the file; ``fit``: each sheet's rows fitted to their wrapped
    text as it is written, as ``layout.fit_rows(sheet, values, fit)`` fits them (``sheet.heights`` set
    the same), in the one pass over its cells that writes them."""
    styles = _Styles(template.styles if template else _DEFAULT_XFS)  # style numbers belong to one workbook
    by_sheet: dict[str, list[tuple[str, Note]]] = {}
    names = {sheet.name for sheet in book.sheets}
    for (sheet_name, address), note in (notes or {}).items():
        if sheet_name in names:
            by_sheet.setdefault(sheet_name, []).append((address, note))
    types = [("/xl/workbook.xml", f"{_TYPES}.spreadsheetml.sheet.main+xml"), ("/xl/styles.xml", f"{_TYPES}.spreadsheetml.styles+xml"),
             ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
             ("/docProps/app.xml", f"{_TYPES}.extended-properties+xml")]
    sheets_xml, titles = [], []
    active = [sheet.name for sheet in book.sheets].index(book.active) if book.active else 0
    charts = drawings = comment_parts = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
        for index, sheet in enumerate(book.sheets):
            number = index + 1
            setup = template.sheets.get(sheet.name) if template else None
            margins = setup.margins if setup and setup.margins else DEFAULT_MARGINS
            landscape = setup.landscape if setup and setup.landscape is not None else sheet.landscape
            relations: list[tuple[str, str, str]] = []
            drawing_id = comments_id = None
            if sheet.charts:
                drawings += 1
                drawing_id = f"rId{len(relations) + 1}"
                relations.append((drawing_id, f"{_REL}/drawing", f"/xl/drawings/drawing{drawings}.xml"))
                types.append((f"/xl/drawings/drawing{drawings}.xml", f"{_TYPES}.drawing+xml"))
                chart_relations = []
                for offset, chart in enumerate(sheet.charts, start=1):
                    charts += 1
                    archive.writestr(f"xl/charts/chart{charts}.xml", _chart_xml(chart, sheet.name))
                    types.append((f"/xl/charts/chart{charts}.xml", f"{_TYPES}.drawingml.chart+xml"))
                    chart_relations.append((f"rId{offset}", f"{_REL}/chart", f"/xl/charts/chart{charts}.xml"))
                archive.writestr(f"xl/drawings/drawing{drawings}.xml", _drawing_xml(sheet.charts))
                archive.writestr(f"xl/drawings/_rels/drawing{drawings}.xml.rels", _relationships(chart_relations))
            sheet_notes = by_sheet.get(sheet.name)
            if sheet_notes:
                comment_parts += 1
                relations.append((f"rId{len(relations) + 1}", f"{_REL}/comments", f"/xl/comments/comment{comment_parts}.xml"))
                comments_id = f"rId{len(relations) + 1}"
                relations.append((comments_id, f"{_REL}/vmlDrawing", f"/xl/drawings/commentsDrawing{comment_parts}.vml"))
                archive.writestr(f"xl/comments/comment{comment_parts}.xml", _comments_xml(sheet_notes))
                archive.writestr(f"xl/drawings/commentsDrawing{comment_parts}.vml", _comments_vml(sheet_notes, comment_parts))
                types.append((f"/xl/comments/comment{comment_parts}.xml", f"{_TYPES}.spreadsheetml.comments+xml"))
            writer = _SheetWriter(sheet, styles, formulas or {}, values, margins, landscape, index == active)
            writer.write(archive, f"xl/worksheets/sheet{number}.xml", drawing_id, comments_id, fit)
            if relations:
                archive.writestr(f"xl/worksheets/_rels/sheet{number}.xml.rels", _relationships(relations))
            types.append((f"/xl/worksheets/sheet{number}.xml", f"{_TYPES}.spreadsheetml.worksheet+xml"))
            state = ' state="hidden"' if sheet.hidden else ""
            sheets_xml.append(f'<sheet name="{_xml(sheet.name)}" sheetId="{number}"{state} r:id="rId{number}"/>')
            if sheet.title_rows:
                first, _, last = sheet.title_rows.partition(":")
                titles.append(f'<definedName name="_xlnm.Print_Titles" localSheetId="{index}">{_text(_quoted(sheet.name))}!${first}:${last or first}</definedName>')
        count = len(book.sheets)
        archive.writestr("xl/styles.xml", styles.xml())
        archive.writestr("xl/workbook.xml", (
            f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><workbookPr/>'
            f'<bookViews><workbookView activeTab="{active}"/></bookViews><sheets>{"".join(sheets_xml)}</sheets>'
            + (f"<definedNames>{''.join(titles)}</definedNames>" if titles else "")
            + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
        ))
        archive.writestr("xl/_rels/workbook.xml.rels", _relationships(
            [(f"rId{n}", f"{_REL}/worksheet", f"/xl/worksheets/sheet{n}.xml") for n in range(1, count + 1)]
            + [(f"rId{count + 1}", f"{_REL}/styles", "styles.xml")]
        ))
        now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        archive.writestr("docProps/core.xml", (
            f'{_XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>pingfen</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
            "</cp:coreProperties>"
        ))
        archive.writestr("docProps/app.xml", f'{_XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>pingfen</Application></Properties>')
        archive.writestr("_rels/.rels", _relationships([
            ("rId1", f"{_REL}/officeDocument", "xl/workbook.xml"),
            ("rId2", f"{_PACKAGE_REL}/metadata/core-properties", "docProps/core.xml"),
            ("rId3", f"{_REL}/extended-properties", "docProps/app.xml"),
        ]))
        defaults = '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        if comment_parts:
            defaults += f'<Default Extension="vml" ContentType="{_TYPES}.vmlDrawing"/>'
        archive.writestr("[Content_Types].xml", (
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{defaults}'
            + "".join(f'<Override PartName="{part}" ContentType="{kind}"/>' for part, kind in types) + "</Types>"
        ))
