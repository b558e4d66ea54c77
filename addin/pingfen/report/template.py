"""The Word template a report is written into. A firm restyles a copy in Word (fonts, sizes, spacing,
margins, header and footer) and passes it with ``--template``; pingfen only uses the styles by name.
Without a template the same styles are made here, so the shipped ``workbook_templates`` file and
the default output agree."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ..workbook.template import TemplateError

HEADING_FONT, BODY_FONT = "宋体", "仿宋"


@dataclass(frozen=True)
class StyleSpec:
    name: str
    font: str
    size: float  # pt
    bold: bool = False
    align: str = "left"  # left | center | justify
    indent: bool = False  # first-line indent of two characters, as reports write paragraphs
    purpose: str = ""


# The styles a template must define (by these names), with the defaults pingfen makes.
STYLES = (
    StyleSpec("报告标题", HEADING_FONT, 16, bold=True, align="center", purpose="文档标题与附件标题"),
    StyleSpec("报告章节", HEADING_FONT, 14, bold=True, purpose="一、二、三……各部分标题"),
    StyleSpec("报告小节", BODY_FONT, 12, bold=True, purpose="（一）（二）……小标题"),
    StyleSpec("报告正文", BODY_FONT, 12, align="justify", indent=True, purpose="结论、分析等正文段落"),
    StyleSpec("表格表头", HEADING_FONT, 9, bold=True, align="center", purpose="表格的表头行"),
    StyleSpec("表格正文", BODY_FONT, 9, purpose="表格中的文字"),
    StyleSpec("表格数字", BODY_FONT, 9, align="center", purpose="表格中的分值、得分、得分率"),
    StyleSpec("表注", BODY_FONT, 9, purpose="表下的注释"),
)
STYLE_NAMES = tuple(spec.name for spec in STYLES)
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def set_east_asian_font(element, font: str) -> None:  # type: ignore[no-untyped-def]
    """Word keeps the font for Chinese text apart (w:eastAsia); python-docx sets only the Latin one."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)


def _add_style(document: DocumentObject, spec: StyleSpec) -> None:
    style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    style.font.name = spec.font
    style.font.size = Pt(spec.size)
    style.font.bold = spec.bold
    set_east_asian_font(style.element, spec.font)
    paragraph = style.paragraph_format
    paragraph.alignment = _ALIGN[spec.align]
    paragraph.space_before = Pt(0)
    paragraph.space_after = Pt(6 if spec.size >= 12 else 0)
    paragraph.line_spacing = 1.25 if spec.size >= 12 else 1.0
    if spec.indent:
        paragraph.first_line_indent = Pt(spec.size * 2)


def default_document() -> DocumentObject:
    """The default template: A4 portrait, 2.5/2 cm margins, the styles of ``STYLES``."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.2)
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(12)
    set_east_asian_font(normal.element, BODY_FONT)
    for spec in STYLES:
        _add_style(document, spec)
    return document


def load_template(path: str | Path | None) -> DocumentObject:
    """The firm's template (its body is replaced, its styles, page setup, headers and footers
    kept), or the default one."""
    if path is None:
        return default_document()
    source = Path(path)
    if not source.is_file():
        raise TemplateError(f"{source}：模板文件不存在")
    try:
        document = Document(str(source))
    except Exception as error:  # python-docx raises several types for files that are not .docx
        raise TemplateError(f"{source}：无法作为 Word 文档（.docx）打开（{type(error).__name__}）") from None
    names = {style.name for style in document.styles if style.type == WD_STYLE_TYPE.PARAGRAPH}
    missing = [spec for spec in STYLES if spec.name not in names]
    if missing:
        listed = "、".join(f"“{spec.name}”（{spec.purpose}）" for spec in missing)
        raise TemplateError(f"{source}：模板缺少段落样式 {listed}；请在 Word 的“样式”窗格中新建同名样式，或以 workbook_templates/评价报告附件模板.docx 为底稿修改")
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document
