"""送戏下乡每个乡镇全年不少于4场，按乡镇分别计算，全部达到的得4分，每有1个乡镇未达到扣1分 / 每个街道养老服务中心年度运营补贴
不得超过60万元，每超出1个街道扣1分: a requirement each unit must meet, then the units failing it counted — said with more
than the reader's own wording (每个乡镇送戏下乡全年不少于4场，每有1个乡镇未达到的扣1分, rules/unit_requirement.py):

- the task named before 每个 (送戏下乡每个乡镇…): the same requirement of each 乡镇, its words after the unit's noun;
- 按乡镇分别计算: unit by unit, which is how the count of units failing is taken anyway;
- 全部达到的得4分: every unit meeting it scores 4 — the points the failures are taken from (满分4分);
- 每超出1个街道: each 街道 over the level (每有1个街道超出的).

Only where the unit's noun after 每 is the very noun the count names (每个乡镇 … 每有1个乡镇), the requirement has a level
(不少于4场, 不得超过60万元) and the deduction per unit follows; anything else is left as written, for the reader to read or
refuse (每个社区至少5名…每差1人扣0.2分 counts persons, not units, and stays refused).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_EACH_UNIT_SAID = lazy_compile(
    r"(?:^|(?<=[。;:\n]))(?P<task>[\u4e00-\u9fff“”]{2,12}?)?每(?P<m>[个家所座户村])(?P<noun>[\u4e00-\u9fff]{1,12}?)"
    r"(?P<must>[\u4e00-\u9fff]{0,20}?(?:不少于|不低于|至少|达到|不超过|不得超过|不高于|不多于)\d+(?:\.\d+)?[\u4e00-\u9fff]{0,4}?),"
    r"(?P<note>按(?P=noun)分别(?:计算|统计|计分|考核|计),)?"
    r"(?:(?:全部|均|都)(?:达到|达标|符合要求)的?(?:得|计)(?P<all>\d+(?:\.\d+)?)分,)?"
    r"(?:每有1(?P=m)(?P=noun)(?P<fails>未达到|达不到|未达标|不达标|不足|超出|超过|超标)的?|每(?P<over>超出|超过)1(?P=m)(?P=noun)的?),?"
    r"(?P<cost>(?:扣|减)\d+(?:\.\d+)?分)"
)


def _said_plainly(found) -> str:  # type: ignore[no-untyped-def]
    if not (found.group("task") or found.group("note") or found.group("all") or found.group("over")):
        return found.group()  # (the reader's own wording already)
    unit = f"{found.group('m')}{found.group('noun')}"
    said = f"每{unit}{found.group('task') or ''}{found.group('must')},每有1{unit}{found.group('fails') or found.group('over')}的{found.group('cost')}"
    return f"{said},满分{found.group('all')}分" if found.group("all") else said


def each_unit_said_plainly(text: str) -> str:
    return _EACH_UNIT_SAID.sub(_said_plainly, text)
