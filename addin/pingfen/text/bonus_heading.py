"""A bonus item whose heading carries its cap — ``加分项（最多加2分）：…每起加0.5分`` / ``创新示范（附加分，最高2分）：…`` /
``社会资本撬动（加分项2分）：…`` — said as the list's own closing cap: ``…每起加0.5分,最多加2分``. The bracket's points are
what the item may add at most (a 加分项 of 2分 adds 2 at most), which the readers know as 最多加N分 after the additions.

Only a heading that says it is a bonus (加分项 / 附加分 / 加分) before its points, opening the text, whose body adds points
(加N分) and takes none off (扣), and does not print a cap of its own other than the heading's (加分不超过2分 beside
（最多加2分） is said twice: the heading goes; beside （最多加3分） the two disagree and the text is left as written). Bands of a level each adding its points (超过5000元的加2分…3000元以下
不加分), the highest the cap, are the item's score itself: …得2分…不得分.)"""

from __future__ import annotations

from .lazy_regex import lazy_compile

# 加分项(最多加2分): / 加分项(2分): / 创新示范(附加分,最高2分): / 争取上级资金(加分项,最多加3分): / 超额完成加分(附加分1分):
_HEADING = lazy_compile(
    # (加分指标(最高3分): / 附加分(封顶2分): / 附加分(2分封顶): the heading named a bonus as 加分指标 does, capped as 封顶 says)
    r"^\s*(?:(?P<title>[\u4e00-\u9fff“”]{2,20}?)\((?:加分项|附加分|加分)[,，]?|(?:加分项|附加分|加分指标)\()"
    r"(?:最多加|最高加|最多|最高|不超过|封顶)?(?P<cap>\d+(?:\.\d+)?)分(?:封顶)?\)[:：]\s*(?P<body>\S[\s\S]*)$")
_ADDITION = lazy_compile(r"加(\d+(?:\.\d+)?)分")
# the body's own cap: 最多加1分 / 加分最高不超过2分 / 加分不超过2分 / 本项最高加2分 / 加分以2分为限 / 2分封顶
_OWN_CAP = lazy_compile(r"(?:最多|最高)(?:加|不超过)?(\d+(?:\.\d+)?)分|不超过(\d+(?:\.\d+)?)分|以(\d+(?:\.\d+)?)分为限"
                        r"|(\d+(?:\.\d+)?)分封顶")


# (本项为加分项，不计入基础分值) / (加分项,不计入总分) after the additions: what the item is, no score
_BONUS_ASIDE = lazy_compile(r"\((?:本项|该项|此项)?(?:为|属)?(?:加分项|附加分)(?:[,，;；]?不计入(?:基础分值?|基本分|总分|分值)(?:内|中)?)?\)")


def bonus_heading_as_cap(text: str) -> str:
    """``加分项(最多加2分):A的加2分;B的加1分。`` → ``A的加2分;B的加1分,最多加2分。`` (创新示范(附加分,最高2分): the same)"""
    if _ADDITION.search(text) and "扣" not in text:
        text = _BONUS_ASIDE.sub("", text)  # (…最多加1分(本项为加分项，不计入基础分值)。: the aside goes)
    found = _HEADING.match(text)
    if found is None:
        return text
    body, cap = found.group("body"), found.group("cap")
    if not _ADDITION.search(body) or "扣" in body:
        return text
    banded = _bands_of_additions(body, cap)
    if banded is not None:
        return banded
    caps = {next(group for group in own.groups() if group) for own in _OWN_CAP.finditer(body)}
    if caps and caps != {cap}:
        return text  # (two caps disagreeing: which holds is not said)
    # (the item's name goes with the heading: the additions are the rule, as a 加分 list without a title reads)
    if caps:
        return body
    last = list(_ADDITION.finditer(body))[-1]  # (the cap closes the additions, before a note after them)
    # (…加1分(按最高一项计): the bracket says how the additions add up, and stays with them, the cap after it)
    end = last.end() + (len(noted.group()) if (noted := _HOW_ADDED.match(body, last.end())) else 0)
    return f"{body[:end]},最多加{cap}分{body[end:]}"


_HOW_ADDED = lazy_compile(r"\((?:按|以|只计|取|就高)[^()\d]{0,12}?(?:计|计分|为准|不累加|不累计)?\)")


_LEVEL = lazy_compile(r"\d(?:\.\d+)?(?![\d.]|分)")  # (a level: 5000元, 90%; not the points added)
# (得, 扣, 每…加, 另加, a cap of its own: points scored or taken besides the bands, or added per count)
_SCORED_OTHERWISE = lazy_compile(r"得\d|得满分|扣|[计记]\d|每[^,;。]{0,12}加|另加|再加|累计|不超过|最高|最多")


def _bands_of_additions(body: str, cap: str) -> str | None:
    """``带动增收(附加分,最高2分):超过5000元的,加2分;3000元(含)至5000元(含)的,加1分;3000元以下不加分`` → the bands as the
    item's score (…得2分;…得1分;…不得分): the bonus item scores nothing but the band its level falls in, its highest band
    the heading's cap. None when the body adds otherwise (grades with no level: 评为优秀的加1分, the cap's reading)."""
    added = [found.group(1) for found in _ADDITION.finditer(body)]
    if len(added) < 2 or _SCORED_OTHERWISE.search(body) or not _LEVEL.search(_ADDITION.sub("", body)) \
            or max(float(points) for points in added) != float(cap):
        return None
    return _ADDITION.sub(r"得\1分", body).replace("不加分", "不得分")
