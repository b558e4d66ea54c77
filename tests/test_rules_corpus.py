"""Every row of the wordings corpus is a test (see benchmarks/wordings_report.py for the figures).

A wording must be read and score every hand-worked case exactly; a refusal text must be refused, naming
its clause. Rows listed in tests/data/wordings_pending.yaml are not handled yet: they are strict
expected failures, so a row that starts to pass must leave that list. No row may be misread, pending or not: the
pending rows' xfail expects only NotReadYet (refused, or the data not taken), so a misread fails.
"""

from __future__ import annotations

from typing import Any

import pytest

from corpus_judge import DATA, judge_refusal, judge_wording, load, load_file, row_status

WORDINGS = load("wordings.yaml")
REFUSALS = load("refusals.yaml")
PENDING: dict[str, str] = load_file(DATA / "wordings_pending.yaml") or {}


class NotReadYet(AssertionError):
    """A pending row refused or its data not taken: the one failure its xfail expects — a misread fails the test."""


def _params(rows: list[dict[str, Any]]) -> list[Any]:
    params = []
    for index, row in enumerate(rows):
        marks = [pytest.mark.xfail(strict=True, raises=NotReadYet, reason=PENDING[row["text"]])] if row["text"] in PENDING else []
        params.append(pytest.param(row, id=f"{index:03d}-{row['origin']}-{row['text'][:24]}", marks=marks))
    return params


def test_corpus_has_the_promised_size() -> None:
    assert len(WORDINGS) >= 150 and len(REFUSALS) >= 40
    assert sum(1 for row in WORDINGS if row["origin"] == "real") >= 60
    assert all(row.get("source") for row in WORDINGS + REFUSALS if row["origin"] in ("real", "official"))
    assert all(row["cases"] for row in WORDINGS)


@pytest.mark.parametrize("row", _params(WORDINGS))
def test_wording_scores_every_hand_worked_case(row: dict[str, Any]) -> None:
    verdicts = judge_wording(row)
    # a wrong score is never acceptable, pending or not (a plain AssertionError: no xfail expects it); a refusal is
    assert row_status(verdicts) != "misread", [v.detail for v in verdicts if v.status == "misread"]
    _kind_named_in_chinese(row["text"])
    if row_status(verdicts) != "correct":
        raise NotReadYet([v.detail for v in verdicts if v.status != "correct"])


@pytest.mark.parametrize("row", _params(REFUSALS))
def test_refusal_names_its_clause(row: dict[str, Any]) -> None:
    verdict = judge_refusal(row)
    assert verdict.status != "accepted", verdict.detail  # a score computed for a text that cannot be scored
    if verdict.status != "refused":
        raise NotReadYet(verdict.detail)


def _kind_named_in_chinese(text: str) -> None:
    """`pingfen rule` and RULE_CHECK print the kind's Chinese name: the kind of every reading has one (per_unit and
    fault_kinds once had none, and `pingfen rule` stopped with an internal error). The parse is the one the row's
    judge just made (parse_rule keeps it)."""
    from pingfen.rules import RuleError, parse_rule
    from pingfen.rules.names import KIND_NAMES

    try:
        kind = parse_rule(text).kind
    except RuleError:
        return
    assert kind in KIND_NAMES, f"读法“{kind}”没有中文名称"


def test_rule_check_prints_the_kind_in_chinese() -> None:
    from pingfen.functions import RULE_CHECK

    assert RULE_CHECK("2.医学论文及科研成果,在省、市级刊物发表1篇〔项〕分别加1分和0.5分,最多不超过5分;").startswith("【分类加分】")
