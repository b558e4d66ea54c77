"""Readings added by reader-cond2: a step cut from its deduction by a comma, a zero naming the breach of the
requirement written before it, bands that each need the same state after 且 (band_requirement.py), a heading's or
closing bracket's points as the 满分 (heading_points.py), a page-chunk number inside a word, an item's name with its
method in brackets, cases excepted in words, the 分值 column after the rule, the full amount then its share
(full_amount.py) and a count announced before its amount (announced_count.py). A rubric with one leaf per reading is
scored by `pingfen score --json`, the same rubric built into a workbook that LibreOffice recalculates to the same
values, and each reading's 规范写法 is read back to the same rule. Every expected score is worked by hand below. The
wordings these readings must still refuse (a state written with one band only, a requirement the zero does not name, a
single fault under a requirement's own points) stand in tests/data/refusals.yaml."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from pingfen.rules import parse_rule
from pingfen.text.normalize import normalize
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader-cond2.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("0.75", "四项少1项：1−0.25=0.75"),
    "1.2": ("1", "未发现违规私自开设：1"),
    "1.3": ("4", "75%在70%-80%之间，且管护效果良好：4"),
    "1.4": ("4", "新增6个，不低于5个：标题的4分"),
    "1.5": ("0.25", "缺1项：括号中的1分−0.75=0.25"),
    "1.6": ("27", "缺2项×4=8，关键岗位制度未明示5：40−13=27（2、是页码）"),
    "1.7": ("4", "目录未更新扣1：5−1=4（标题后括号中是计分方法）"),
    "1.8": ("4", "1件未按期办结（撤回的不计）：6−2=4"),
    "1.9": ("0.08", "2个×0.04=0.08（末尾的0.2是分值列）"),
    "1.10": ("12", "征收上交80%，未全额：15×80%=12"),
    "1.11": ("2", "未落实的整改事项2项×2=4：6−4=2"),
}
TOTAL = Decimal("59.08")  # 0.75+1+4+4+0.25+27+4+4+0.08+12+2


def test_condition_readings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)


@pytest.mark.parametrize("code", ["1.1", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11"])
def test_the_canonical_reads_back(code: str) -> None:
    leaf = next(leaf for leaf in yaml.safe_load(RUBRIC.read_text(encoding="utf-8"))["indicators"][0]["children"]
                if leaf["code"] == code)
    rule = parse_rule(leaf["criteria"])
    assert parse_rule(rule.canonical()).scorer == rule.scorer


@pytest.mark.parametrize("text", ["1、建立制度\n2、落实经费", "完成年度任务得5分\n2、未完成的不得分", "建立制度 2、落实经费\n3、开展培训"])
def test_list_numbers_are_not_page_numbers(text: str) -> None:
    """A 2、 after its 1、, before its 3、, or after an item's points starts an item (only a lone one inside running
    text is a mirror's page-chunk number)."""
    assert "2、" in normalize(text)
