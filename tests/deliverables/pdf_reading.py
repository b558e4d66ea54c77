"""Reading the PDFs LibreOffice prints (pdfminer.six): each page's size, its text lines with their
positions, and the size of every character, so tests can check orientation, text and font sizes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import math

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage


_FALLBACK = str.maketrans("", "", "“”‘’" + "".join(chr(code) for code in range(0x2460, 0x2474)))


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page
    sizes: list[float] = field(default_factory=list)  # printed font size of each character

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Page:
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    sizes: list[tuple[str, float, str]] = field(default_factory=list)  # (character, size in pt, font)

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def text(self) -> str:
        """The page's text without whitespace (PDF text is broken at every cell edge) and without
        the characters LibreOffice draws from a second fallback font (“ ” ‘ ’ ① …), which pdfminer
        places out of reading order."""
        return "".join("".join(line.text.split()) for line in self.lines).translate(_FALLBACK)


def _lines(container) -> list[LTTextLine]:  # type: ignore[no-untyped-def]
    found = []
    for element in container:
        if isinstance(element, LTTextLine):
            found.append(element)
        elif isinstance(element, LTTextContainer):
            found.extend(_lines(element))
    return found


class _Sizes(PDFPageAggregator):
    """Records each character's font size as printed: the size set in the PDF times the scale of
    its text matrix (a sheet printed fit-to-width at 60% shows 10-pt text at 6 pt). pdfminer's own
    ``LTChar.size`` is the glyph box height, which differs from font to font."""

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):  # type: ignore[no-untyped-def]
        advance = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        a, b, c, d, _, _ = matrix
        self.cur_item._objs[-1].printed_size = fontsize * math.sqrt(abs(a * d - b * c))
        return advance


def read_pdf(path: str | Path) -> list[Page]:
    pages = []
    manager = PDFResourceManager()
    device = _Sizes(manager, laparams=LAParams(line_margin=0.2, char_margin=1.0))
    interpreter = PDFPageInterpreter(manager, device)
    with open(path, "rb") as handle:
        for pdf_page in PDFPage.get_pages(handle):
            interpreter.process_page(pdf_page)
            layout = device.get_result()
            page = Page(layout.width, layout.height)
            for line in _lines(layout):
                read = Line(line.get_text().strip(), line.x0, line.x1, layout.height - line.y1)
                for char in line:
                    if isinstance(char, LTChar) and char.get_text().strip():
                        page.sizes.append((char.get_text(), round(char.printed_size, 2), char.fontname))
                        read.sizes.append(round(char.printed_size, 2))
                page.lines.append(read)
            pages.append(page)
    return pages


def column(pages: list[Page], header: str, neighbour: str) -> list[str]:
    """The texts of one table column, top to bottom over the pages: the lines below the header
    line ``header`` centred within half the distance to the neighbouring column's header."""
    found = []
    for page in pages:
        head = next(line for line in page.lines if line.text == header)
        other = next(line for line in page.lines if line.text == neighbour)
        reach = abs(other.center - head.center) / 2
        below = [line for line in page.lines if line.top > head.top + 1 and abs(line.center - head.center) < reach]
        found += [line.text for line in sorted(below, key=lambda line: line.top)]
    return found
