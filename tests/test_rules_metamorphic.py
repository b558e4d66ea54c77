"""Rewrites that keep a 评分标准's meaning keep its scores (tests/metamorphic.py): on a sample of the correctly read
corpus rows, no variant is read to other scores; a variant the text layer makes the same text reads alike.
The whole corpus: benchmarks/metamorphic_report.py."""

from __future__ import annotations

import pytest

from corpus_judge import judge_wording, load, row_status
from corpus_sample import sampled
from metamorphic import VARIANTS, variant_status

# (CI: a fifteenth of the rows, the same every run; benchmarks/metamorphic_report.py: all)
ROWS = [row for row in sampled(load("wordings.yaml"), share=15) if row_status(judge_wording(row)) == "correct"]


@pytest.mark.parametrize("name, rewrite, same_text", VARIANTS, ids=[name for name, _, _ in VARIANTS])
def test_a_rewrite_keeping_the_meaning_keeps_the_scores(name: str, rewrite, same_text: bool) -> None:
    statuses = {row["text"]: variant_status(row, rewrite) for row in ROWS}
    misread = {text: detail for text, (status, detail) in statuses.items() if status == "misread"}
    assert not misread
    if same_text:
        assert {status for status, _ in statuses.values()} <= {"same", "unchanged"}, \
            [detail for status, detail in statuses.values() if status not in ("same", "unchanged")][:3]
    assert sum(status == "same" for status, _ in statuses.values()) > 0 or name in ("不足→低于", "未达到N→低于N")
