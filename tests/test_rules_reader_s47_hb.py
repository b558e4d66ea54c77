"""Readings of session 47 helper hb, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

import json
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.cli import main
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S47_HB = Path(__file__).parent / "data" / "new_readings_rubric_s47_hb.yaml"
EXPECTED_S47_HB = {
    "1.1": ("3", "每个卫生院2分（乡镇只说明按谁考核），6分共3个卫生院：85%得2，75%在70%（含）—80%得1，60%不得分：2+1+0=3"),
    "1.2": ("2", "6个行政村，达到100%的每个计0.5分：一、二、四、六村4个×0.5=2（三村95%、五村80%不得分）"),
    "1.3": ("3", "共4个项目，每个项目不低于95%的得1分：96、95、100各1分，94.9%该项目不得分：3"),
    "1.4": ("3", "目标值500人，450人为90%，在90%（含）以上不足100%：3分"),
    "1.5": ("2", "恰为90%按中间档计，与90%-95%一档相同：2分"),
    "1.6": ("1.5", "共3条路段：96%得1，92%在90%（含）-95%得0.5，85%不得分：1.5"),
}


def test_s47_hb_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Units given points apart from the units assessed, units reaching a level each given points, units counted after
    words or by their measure word alone, a printed target reached by the amount done, and a note on which band a
    bound goes to: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and
    total (3+2+3+3+2+1.5 = 14.5 of 24, grade 中: 14 ≤ 14.5 < 18)."""
    result = _scored_and_recalculated(RUBRIC_S47_HB, EXPECTED_S47_HB, Decimal("14.5"), capsys, tmp_path)
    assert result["grade"] == "中"


def test_each_units_printed_amount_against_entered_targets(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """每个乡镇完成改厕不少于300户: every town is held to the 300 the text prints, whatever target is entered (250 for
    河口乡: 250/300 → 0.83, not 1) — and 校验 names the row whose entered target differs, never dropping it in silence."""
    path = tmp_path / "评分体系.yaml"
    path.write_text(textwrap.dedent("""\
        project: 逐个单位的标准
        total: 3
        indicators:
          - code: "1"
            name: 农村改厕
            weight: 3
            criteria: 分乡镇考核，每个乡镇完成改厕不少于300户，完成的乡镇得1分，未完成的按完成比例计分，3个乡镇得分相加。
            data:
              items:
                columns: [改厕户数]
                targets: [300]
                rows:
                  城关镇: [300]
                  河口乡: {actual: [250], target: [250]}
                  柳树镇: [150]
        """), encoding="utf-8")
    assert main(["score", str(path), "--json"]) == 0
    leaf = next(i for i in json.loads(capsys.readouterr().out)["indicators"] if i["code"] == "1")
    assert Decimal(str(leaf["score"])) == Decimal("2.33")  # 1 + 250/300 + 150/300 = 1 + 0.83 + 0.5
    main(["check", str(path), "--json"])
    conflicts = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["code"] == "TARGET_CONFLICT"]
    assert len(conflicts) == 1 and "300户" in conflicts[0]["message"] and "“河口乡”" in conflicts[0]["message"]
