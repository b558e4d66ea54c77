"""Parts of an indicator of which several are items checked (met or not), beside a part scored otherwise:
``(1)无缺会现象3分;(2)按要求及时上报相关材料5分;(3)…采用不少于4篇4分,采稿每少一篇扣1分;(4)按时完成交办的事务工作3分``.

Each item checked reads as a checklist of one item, and two parts may not read the same input (parts.py): the
items would each ask for 是否符合 in the same place. They are the 评价要点 of one checklist, in the order written
(their points added up as each part's would be), which stands where the first of them stood among the parts; the
other parts keep their own inputs (the count of (3) above). Only plain items are joined: an item with a deduction of
its own, a limit, a base or an even split is a rule of its own, never one of a list's points.
"""

from __future__ import annotations

from dataclasses import replace

from ..text.lazy_regex import lazy_compile
from .model import Checklist, GradeMap, Scorer
from .piecewise import Piecewise

_RATE_BOTH_SIDES = lazy_compile(r"[\u4e00-\u9fff“”]{2,20}?(?:率|满意度|比例|占比)(?:达到|达|为|不低于|≥)?\d+(?:\.\d+)?%[^;。]*?"
                                r"(?:低于|未达到|不足|少于|小于|<|否则)[^;。]*?(?:不得分|不计分|不给分|[得计记]\d+(?:\.\d+)?分)")
# (绩效自评覆盖率100%得3分，未达到100%的得1分: the failing side's points said too — a method of the rate's own)


def _checked(part: Scorer) -> bool:
    """An item (or items) met or not, each with its points and nothing else."""
    return isinstance(part, Checklist) and bool(part.points) and part.per_fail is None and part.cap is None \
        and part.base is None and part.penalty is None and part.each is None and part.limit is None \
        and not part.equal and not part.none_met_said


def _scored_otherwise(part: Scorer, text: str) -> bool:
    """A part with a method of its own beside the items: steps or bands of a measure, or levels of one thing each
    scoring differently (领先水平的得10分,先进水平的得5分,平均水平以下的不得分). Not a single threshold (其分支机构
    达标的须超过80%(1分): a requirement's number, once read as the indicator's 完成率), nor options two of which score
    nothing or only two (文书档案规范4分,受举报被查处的不计分 / 按月报送工作月报1分。没有不记分。弄虚作假的不得分: an item
    and situations that may zero the whole indicator as well as the item — how far they reach is not written)."""
    if type(part).__name__ == "ItemFailures":  # (三是…的得2分，有1项未做到扣1分: its own points less the faults counted)
        return part.base is not None and part.per is not None  # type: ignore[attr-defined]
    if isinstance(part, Piecewise):
        # (物资入库验收合格率100%得3分，低于100%不得分: a rate of its own name, its failing side said — no requirement's number)
        return part.kind in ("steps", "bands", "rate") or part.kind == "threshold" and _RATE_BOTH_SIDES.match(text) is not None
    if isinstance(part, GradeMap):
        points = [points for _, points in part.grades]
        return len(points) >= 3 and None not in points and len(set(points)) == len(points) and not part.discretion
    return False


def joined_checks(parts: list[Scorer], texts: list[str]) -> tuple[list[Scorer], list[str]] | None:
    """The parts with their items checked joined into one checklist (and the texts beside them), or None when
    fewer than two items are checked or no other part is left (a list of items alone is a checklist's to read).
    (2)评价要点：①…（4分）；②…（7分）, as the 规范写法 writes the joined items, is one part of two items already."""
    checked = [index for index, part in enumerate(parts) if _checked(part)]
    # (one item checked beside parts scored otherwise — (3)创业担保贷款贴息按时足额兑现的得3分，否则不得分 after a rate's
    # bands and a count's steps — is a checklist of that one item)
    if not checked or len(checked) == len(parts) \
            or not all(_scored_otherwise(part, texts[index]) for index, part in enumerate(parts) if index not in checked):
        return None
    items: list[Checklist] = [parts[index] for index in checked]  # type: ignore[misc]
    requirements = tuple(r for item in items for r in (item.requirements or ("",) * len(item.points)))
    joined = replace(items[0], points=tuple(p for item in items for p in item.points),
                     requirements=requirements if any(requirements) else ())
    kept = [joined if index == checked[0] else part for index, part in enumerate(parts) if index == checked[0] or index not in checked]
    kept_texts = [text for index, text in enumerate(texts) if index == checked[0] or index not in checked]
    return kept, kept_texts
