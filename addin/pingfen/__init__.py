"""pingfen: 项目支出绩效评价评分表 — rules, Excel formulas, 校验, recalculation, report annexes."""

import os

# python-docx (the report annexes) installs lxml, and openpyxl then switches to its lxml writer, which
# declares namespaces elsewhere; pingfen's XML post-processing (cached values, export) and the engine
# facts in research/engines.md rely on openpyxl's own writer. Must run before openpyxl is imported.
os.environ.setdefault("OPENPYXL_LXML", "False")

# typing.TYPE_CHECKING without importing typing, which `pingfen rule` otherwise loads for annotations
# alone (4 ms of a 100 ms start): type checkers take any name TYPE_CHECKING as true. The rule engine's
# modules import typing's names under `if TYPE_CHECKING:`; their annotations are strings
# (`from __future__ import annotations`), and dataclasses needs typing only to see ClassVar fields,
# which pingfen's classes have none of.
TYPE_CHECKING = False
