"""A standard defined as passing, then points for passing and none for failing: ``每所达标项数达到10项的为达标，每所达标得2分，
不达标不得分`` → ``每所达标项数达到10项的得2分,否则不得分`` / ``各村考核得分达到80分的为合格,合格的得1分,不合格的不得分``.

达标 (合格) is named once by its standard and then scored: the points go to what reaches the standard, nothing to what does
not — the standard with those points, and 否则 nothing. The unit the points are said of again (每所达标得2分) is the one the
standard is said of, so it is dropped with the word.

Only a standard to reach (达到 / 不低于 / 不少于 / ≥), the passing word the same in all three clauses, the failing clause
giving nothing (不得分 / 不计分 / 得0分) and closing the sentence; a strict standard (超过 / 高于: is a unit exactly at it
passing?), a share formula after it (得分=达标河段数/河段总数×4, rules/passing_share.py) or any other clause between them
leave the text as it is.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_NUM = r"\d+(?:\.\d+)?"
# 每所达标项数达到10项的为达标,每所达标得2分,不达标不得分 / …达到80分的为合格,合格的得1分,不合格的不得分
_DEFINED = lazy_compile(
    r"(?P<standard>(?:^|(?<=[,;:。]))[^,;:。]*?(?:达到|不低于|不少于|≥)[^,;:。]*?)的(?:计)?为(?P<word>达标|合格)"
    r",(?:每[个所座家条]?[\u4e00-\u9fff]{0,4}?)?(?P=word)的?,?(?P<award>(?:得|计)" + _NUM + r"分)"
    r"[,;](?:不|未)(?P=word)的?,?(?:不得分|不计分|得0分|计0分)(?=[。;]?$|。)")
_STRICT = lazy_compile(r"超过|高于|大于|>")


def defined_pass(text: str) -> str:
    """``text`` with a standard defined as 达标 (合格) and then scored said as the standard's own points, 否则 nothing."""
    found = _DEFINED.search(text)
    if found is None or _STRICT.search(found.group("standard")):
        return text
    return f"{text[:found.start()]}{found.group('standard')}的{found.group('award')},否则不得分{text[found.end():]}"
