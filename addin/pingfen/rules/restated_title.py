"""An item's title with its points, said again by the award right after it: ``城市污水处理厂建设3分,当年应建成投运
的…已建成投运的得3分,否则得0分``. The title names the item and its
points; the award that follows (same points, same thing named) is how they are earned — one item of 3, never two
items of 3 each (once 12 of a 6-point criterion). The title's number is used: it must equal the award's. A title
with a verb (信息预警记20分) is one only when the award names all its words again."""

from __future__ import annotations

from decimal import Decimal

from .clauses import Clause
from .item_deductions import shared_words
from ..text.lazy_regex import lazy_compile

_TITLE_KINDS = frozenset({"WORD", "PTS", "VERB", "OPEN", "CLOSE"})


def _title_points(clause: Clause) -> Decimal | None:
    """城市污水处理厂建设3分 / 信访信息员(30分): words, then the points (no verb)."""
    kinds = [token.kind for token in clause.tokens]
    if not kinds or kinds[0] != "WORD" or not set(kinds) <= _TITLE_KINDS or kinds.count("PTS") != 1 \
            or kinds.count("VERB") > 1 or clause.condition is not None or clause.step or clause.per is not None \
            or clause.cap is not None or clause.unread or clause.otherwise:
        return None
    tail = [kind for kind in kinds if kind not in ("OPEN", "CLOSE")]
    if tail[-1] != "PTS" or ("VERB" in tail and tail[-2:] != ["VERB", "PTS"]):
        return None
    if clause.outcome is None or clause.outcome[0] != "points" or not clause.outcome[1]:
        return None
    return clause.outcome[1]


def _bare_title(clause: Clause) -> bool:
    """城市污水处理厂建设3分: a title without a verb, never the award that restates one."""
    return _title_points(clause) is not None and not any(token.kind == "VERB" for token in clause.tokens)


def _title_words(clause: Clause) -> str:
    return "".join(token.text for token in clause.tokens if token.kind == "WORD")


def _restates(title: Clause, award: Clause) -> bool:
    """Whether the award after a title says it again: the same points, the same thing named. A title with a verb
    (信息预警记20分, 资金使用规范得4分) is an award of its own unless the next award names all of its words
    (信息预警记20分,信息预警做得好…的记20分 / 设立信访信息员记30分,3月份前…设立信访信息员记30分) and deductions
    follow (_deducted_from); one that adds to it (再记, 另记, 加) is a second award."""
    if not any(token.kind == "VERB" for token in title.tokens):
        return shared_words(title, award)
    words = _title_words(title)
    at = award.text.find(words)
    return len(words) >= 2 and at >= 0 and award.text[at - 1:at] not in _NEGATIONS and not _ADDED.search(award.text)


_NEGATIONS = frozenset("未不没无非")  # (按时报送记2分,未按时报送的…: the title's breach, never the title again)


_ADDED = lazy_compile(r"[再另加增追]|额外|同时")


def _deducted_from(scoring: list[Clause], index: int) -> bool:
    """设立信访信息员记30分,3月份前…设立信访信息员记30分,每推迟1个月扣10分: a title with a verb opening the text, the
    points the deductions after it are taken from — said once. Between 评价要点 alone (建立台账记2分,建立台账且更新及时
    的记2分) it may as well be a point of its own, and stays one."""
    return index == 0 and any(c.step is not None or c.per is not None or (c.outcome is not None and c.outcome[0] == "minus")
                              for c in scoring[2:])


def drop_restated_titles(scoring: list[Clause]) -> list[Clause]:
    """The scoring clauses without each title whose points the award after it says again."""
    kept: list[Clause] = []
    for index, clause in enumerate(scoring):
        following = scoring[index + 1] if index + 1 < len(scoring) else None
        points = _title_points(clause)
        if points is not None and following is not None and following.outcome == ("points", points) \
                and not _bare_title(following) and any(t.kind == "VERB" for t in following.tokens) \
                and _restates(clause, following) and (_bare_title(clause) or _deducted_from(scoring, index)):
            continue
        kept.append(clause)
    return kept
