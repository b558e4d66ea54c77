"""pingfen: 项目支出绩效评价评分表 — rules, Excel formulas, 校验, recalculation, report annexes."""

import os

# python-docx (the report annexes) installs lxml, and openpyxl then switches to its lxml writer, which
# declares namespaces elsewhere; pingfen's XML post-processing (cached values, export) and the engine
# facts in research/engines.md rely on openpyxl's own writer. Must run before openpyxl is imported.
os.environ.setdefault("OPENPYXL_LXML", "False")
