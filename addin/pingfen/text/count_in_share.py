"""有劳动力的搬迁家庭至少1人就业的比例达100%得5分 / 至少有1名村医的行政村占比: a count after 至少 (最少) that says which
units a share counts — households with at least one member employed — is part of the share's name, not a level the rule
compares (至少1人 read as ≥1人 left 100% with no measure, and the clause refused). Written in Chinese numerals
(至少一人就业的比例) it stays in the words, as an age in a group's name does (ages.py); the numeral keeps the number.

Only a count right after 至少/最少 (有 between at most), then words — a verb or a noun, no number, no punctuation — up to
the share's name (比例 / 占比 / 比重 / 覆盖率 / …率) with a comparison or a number after it: 每户至少1人就业的得2分 (no
share named) and 至少1人 scored itself are left as written."""

from __future__ import annotations

from .anniversary import spelled
from .lazy_regex import lazy_compile

_COUNT_IN_SHARE = lazy_compile(
    r"(?<=至少|最少)(?P<has>有?)(?P<count>\d{1,3})(?P<unit>人|名|户|个|家|所|项)"
    r"(?=[\u4e00-\u9fff]{1,12}?的?(?:比例|占比|比重|[\u4e00-\u9fff]{0,4}率)(?:达到?|为|在|≥|>|不低于|\d))")


def count_in_share(text: str) -> str:
    return _COUNT_IN_SHARE.sub(lambda m: m.group("has") + spelled(int(m.group("count"))) + m.group("unit"), text)
