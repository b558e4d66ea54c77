"""Writes the templates shipped in ``workbook_templates/`` from pingfen's built-in styles and layouts,
so the files a firm copies and restyles start out exactly like pingfen's default output:

    python -m pingfen.report.shipped workbook_templates
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..rubric import load_rubric
from ..workbook.layout import build_layout
from ..workbook.plan import Book
from ..workbook.service import _inputs_from_rubric
from ..workbook.template import write_default_template
from .scores import from_rubric
from .template import STYLE_NAMES, default_document
from .ziping import form_sheet

RUBRICS = Path(__file__).resolve().parents[3] / "rubrics"
WORKBOOK_TEMPLATE, DOCUMENT_TEMPLATE = "评分表模板.xlsx", "评价报告附件模板.docx"


def write_templates(directory: str | Path) -> list[Path]:
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    frame = load_rubric(RUBRICS / "frame_caiyu_2020_10.yaml")
    shapes, values = _inputs_from_rubric(frame)
    layout = build_layout(frame, shapes, values, [])
    ziping, _ = form_sheet(from_rubric(load_rubric(RUBRICS / "frame_danwei_ziping.yaml")))
    workbook = target / WORKBOOK_TEMPLATE
    write_default_template(workbook, Book([*layout.book.sheets, ziping]))
    document = target / DOCUMENT_TEMPLATE
    template = default_document()
    template.add_paragraph("（本模板的正文在生成时被替换；请只修改样式、页边距、页眉页脚。）", style="表注")
    for spec_name in STYLE_NAMES:
        template.add_paragraph(f"样式“{spec_name}”示例：绩效评价得分91分，绩效评定等级为“优”。", style=spec_name)
    template.save(str(document))
    return [workbook, document]


if __name__ == "__main__":
    for path in write_templates(sys.argv[1] if len(sys.argv) > 1 else "workbook_templates"):
        print(path)
