"""Judging the rule reader against the wordings corpus (tests/data/wordings.yaml, refusals.yaml).

Each wording row has hand-worked scores; each refusal row names the clause a careful reader cannot
score. Used by tests/test_rules_corpus.py (every row a test) and benchmarks/wordings_report.py (the
printed figures).
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from pingfen.rules import InputError, RuleError, parse_rule
from pingfen.rules.inputs import bind
from pingfen.rules.score import score_bound, unread_answers
from pingfen.text.normalize import normalize

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Verdict:
    status: str  # correct | refused | data | misread (wordings); refused | other_clause | accepted (refusals)
    detail: str = ""


def load(name: str) -> list[dict[str, Any]]:
    return load_file(DATA / name)  # type: ignore[no-any-return]


def load_file(path: Path) -> Any:
    """A YAML data file, parsed once per process (the corpus files take most of a test worker's collection with the
    pure-Python loader); a copy the caller may change."""
    return copy.deepcopy(_parsed(path.resolve()))


@functools.cache
def _parsed(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


_RANGE = re.compile(r"^\s*([\[(])\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*([\])])\s*$")


def _in_range(value: Decimal, spec: str) -> bool:
    match = _RANGE.match(spec)
    if not match:
        raise ValueError(f"bad score range {spec!r}")
    low, high = Decimal(match.group(2)), Decimal(match.group(3))
    above = value >= low if match.group(1) == "[" else value > low
    below = value <= high if match.group(4) == "]" else value < high
    return above and below


def judge_case(rule: Any, case: dict[str, Any], full: Any) -> Verdict:
    expected = case["score"]
    data = dict(case.get("data") or {})
    manual = None
    if isinstance(expected, str):
        # a range: the rule only bounds the evaluator's score; enter the range's midpoint
        match = _RANGE.match(expected)
        assert match, expected
        manual = (Decimal(match.group(2)) + Decimal(match.group(3))) / 2
    try:
        bound = bind(data, Decimal(str(full)), manual)  # evaluate_rule's binding, once for the score and the check
        score = score_bound(rule, bound)
        unread, reads = unread_answers(rule, data, bound)
    except InputError as error:
        vetoed = _veto_counted_last(data)
        if vetoed is None:
            return Verdict("data", str(error))
        try:  # (the row's own answers judged, as they were written, when these do not fit either)
            bound = bind(vetoed, Decimal(str(full)), manual)
            score = score_bound(rule, bound)
            unread, reads = unread_answers(rule, vetoed, bound)
        except InputError:
            return Verdict("data", str(error))
        if "zeroed" not in reads:
            return Verdict("data", str(error))
    if unread:  # the 校验's DATA_UNUSED: the case's answers are not the reading's inputs
        return Verdict("data", f"数据中的{'、'.join(unread)}未被评分标准使用（评分标准读取：{'、'.join(reads) or '无'}）")
    if score.value is None:
        return Verdict("data", f"待录入：{', '.join(score.missing)}")
    if isinstance(expected, str):
        if _in_range(score.value, expected):
            return Verdict("correct")
        return Verdict("misread", f"{score.value} ∉ {expected}：{score.explanation}")
    if abs(score.value - Decimal(str(expected))) <= Decimal("0.005"):
        return Verdict("correct")
    return Verdict("misread", f"{score.value} ≠ {expected}：{score.explanation}")


def _veto_counted_last(data: dict[str, Any]) -> dict[str, Any] | None:
    """failures: [2, 1] for 发生一般森林火灾的每起扣2分；发生较大及以上森林火灾的，本项不得分 — a count for each kind the
    text lists, the situation that zeroes the item last among them (as a blind writer counts it): the counts of the
    kinds that deduct, and the veto answered by whether its situation occurred (zeroed). Used only when the data as
    written does not fit the reading, and only if the reading asks whether the item is zeroed."""
    failures = data.get("failures")
    if not isinstance(failures, list) or len(failures) < 2 or "zeroed" in data:
        return None
    return {**data, "failures": failures[:-1], "zeroed": Decimal(str(failures[-1])) > 0}


def judge_wording(row: dict[str, Any]) -> list[Verdict]:
    try:
        rule = parse_rule(row["text"])
    except RuleError as error:
        return [Verdict("refused", str(error))]
    return [judge_case(rule, case, row["full"]) for case in row["cases"]]


def row_status(verdicts: list[Verdict]) -> str:
    """A row is misread if any case is; else the first failure names it; else it is correct."""
    if any(v.status == "misread" for v in verdicts):
        return "misread"
    return next((v.status for v in verdicts if v.status != "correct"), "correct")


def _squash(text: str) -> str:
    return re.sub(r"[\s,;。:，；：、()（）]", "", normalize(text))


def judge_refusal(row: dict[str, Any]) -> Verdict:
    try:
        rule = parse_rule(row["text"])
    except RuleError as error:
        named, expected = _squash(error.fragment), _squash(row["clause"])
        if named and (named in expected or expected in named):
            return Verdict("refused", str(error))
        return Verdict("other_clause", f"named “{error.fragment}”: {error}")
    return Verdict("accepted", f"read as {rule.kind}: {rule.canonical()}")
