"""Parts of one indicator opened by a title with its points, with no (1)(2) marks: ``…准确率高于或等于98%得2分,每降低1个
百分点扣0.5分,扣完为止;平时暗访及信访举报情况1分,发现或查实1例关系保、人情保扣0.5分,扣完为止``. The title (words and
points, nothing else) after a rule that is complete names a second part worth those points, read as a rule of its own
(the parts' reader checks that each part reads alone, with its own points and its own inputs)."""

from __future__ import annotations

from .clauses import Clause


def _title(clause: Clause) -> bool:
    """平时暗访及信访举报情况1分 / 资金管理(2分): words and their points, nothing else (no verb, no condition; a 的 or 时
    inside the words, never right before the points: 资料齐全的1分 is a situation and what it earns)."""
    kinds = [token.kind for token in clause.tokens if token.kind not in ("OPEN", "CLOSE")]
    return len(kinds) >= 2 and kinds[-1] == "PTS" and kinds[-2] == "WORD" and kinds[0] == "WORD" \
        and set(kinds[:-1]) <= {"WORD", "DE"} and clause.condition is None and not clause.unread \
        and clause.outcome is not None and clause.outcome[0] == "points" and bool(clause.outcome[1])


def titled_starts(scoring: list[Clause]) -> list[int]:
    """Where each part starts: the first clause, then every title after a clause that is not itself a title."""
    titles = [clause.start for index, clause in enumerate(scoring) if index > 0 and _title(clause)
              and not _title(scoring[index - 1])]
    return [scoring[0].start] + titles if titles else []
