"""Builds addin/pingfen/addin_files/pingfen.xlam from the pinned xlwings template, without Excel.

    .venv/bin/python addin/excel/build_addin.py        (same as: pingfen addin build)

Inputs (this folder): customUI.xml (the 绩效评分 ribbon), vba/Ribbon.bas (the generic ribbon
callback), pingfen.conf (the add-in's config sheet). The worksheet-function wrappers are generated
from pingfen.udfs with xlwings' own generator; the complete module is written to
vba/generated/RibbonMyAddin.bas for review. See pingfen.excel.xlam for the steps.
"""

from __future__ import annotations

import sys

from pingfen.excel.xlam import BuildError, build_to


def main() -> int:
    try:
        path = build_to()
    except BuildError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 2
    print(f"已生成加载项：{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
