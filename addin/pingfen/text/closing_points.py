"""A numbered item's points said after its deduction: ``1.存在自定编制未消化、严重超编进人…，每例扣0.5分,共1分。2.…``. 共1分
closes the item: its points, from which each case deducts (never below 0 — the same as at most 1 point deducted). Written
as the items of such lists usually are, the points first: ``1.存在…(1分),每例扣0.5分。``. Only an item with no other
points of its own, whose deduction counts (每…扣N分)."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_CLOSED = lazy_compile(
    r"(?P<mark>(?:^|(?<=[。;\n]))\d{1,2}[.、])(?P<body>[^。;\n]*?),(?P<deduction>每[^,;。\n]{0,20}?扣\d+(?:\.\d+)?分),"
    r"(?:共|计|合计)(?P<points>\d+(?:\.\d+)?)分(?=[。;\n]|$)")


def points_first(text: str) -> str:
    """Each numbered item closed by 共N分 written with its points before its deduction."""
    return _CLOSED.sub(_moved, text)


def _moved(match: re.Match) -> str:
    if re.search(r"\d+(?:\.\d+)?分", match.group("body")):
        return match.group()  # (the item names points of its own already: which are its points?)
    return f"{match.group('mark')}{match.group('body')}({match.group('points')}分),{match.group('deduction')}"
