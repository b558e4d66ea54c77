"""What the xlwings Lite route must do, run the same way in CPython and inside Pyodide
(``tests/pyodide_lite.py``): import the Lite entry as Lite does (main.py's ``from pingfen.excel.lite
import *``), call every worksheet function with Excel-shaped arguments, and run every Lite script on the
recording fake of the workbook. ``run()`` returns plain JSON data; the tests compare it with values
worked out by hand and with the same run in CPython."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "rubrics" / "seed000_luohu_dangqun_2022.yaml"
ITEMS_RULE = "每出现1个社区未按合同约定年度服务指标量完成的，扣0.5分，扣完为止"
COUNSELLING = [[28.0, 12.0], [23.0, 12.0], [25.0, 7.0], [18.0, 10.0], [17.0, 9.0], [17.0, 10.0]]
SCRIPTS = ("generate", "regenerate", "recalculate", "validate", "about")


def udf_calls(lite: dict[str, Any]) -> dict[str, Any]:
    return {
        "SCORE_RATE": lite["SCORE_RATE"](924.8, 930.0, "得分为预算执行率*4分", 4.0),
        "SCORE_ITEMS": lite["SCORE_ITEMS"](COUNSELLING, [[17.0, 10.0]], ITEMS_RULE, 3.0),
        "SCORE_POINTS": lite["SCORE_POINTS"](["是", "否", "是"], [1.0, 0.5, 0.5], 2.0),
        "SURVEY_RATE": lite["SURVEY_RATE"]([15.0, 15.0, 10.0], ["100%", "80%", "50%"]),
        "SCORE_GRADE": lite["SCORE_GRADE"](88.51),
        "RULE_CHECK": lite["RULE_CHECK"]("每少10%扣1分"),
    }


def run() -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    from fake_xlwings import FakeApp, book_with_rubric

    from pingfen.rubric import load_rubric

    lite: dict[str, Any] = {}
    exec("from pingfen.excel.lite import *", lite)  # what the workbook's main.py does
    result: dict[str, Any] = {
        "platform": sys.platform,
        "absent": [name for name in ("python_calamine", "formulas", "numpy") if importlib.util.find_spec(name) is None],
        "udfs": {name: (float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value) for name, value in udf_calls(lite).items()},
        "scripts": {},
    }
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    for name in SCRIPTS:
        before = len(app.alerts)
        lite[name](book)
        result["scripts"][name] = [prompt for _, prompt in app.alerts[before:]]
    result["sheets"] = {sheet.name: sheet.state()["cells"] for sheet in book.sheets}
    return json.loads(json.dumps(result, ensure_ascii=False, default=str))


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False))
