"""A veto said with its other side: ``汛期内…发生严重内涝并造成人员伤亡的，本指标不得分；未发生的，本指标得5分``.

The points 未发生的 earns are the indicator's unless the situation before happened — the veto reading (符合规定的，得5分；
如…，此项不得分), once the situation is said as one the reader finds: ``如<situation>的,本指标不得分;未发生的得5分``. Read
so only when the award is the situation's own negation (未发生 after a 发生, 未出现 after an 出现), the award the last
words of the text, and the situation a sentence of its own; a consequence outside the score between them (部门整体绩效
评价等级直接评定为“差”, or the whole evaluation's 总分 zeroed, which zeroes this indicator too) is left out, as 并取消
评优资格 is. A situation with points of its own (…扣2分) or a count (发生1起) is no plain veto and is left as it is.
Said the other way round — ``未发生一次死亡3人以上道路交通事故的得6分；发生的，本项不得分`` — the award names the situation
and the veto only says it happened: the situation is the award's, written as the veto's.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_ITEM = r"(?:此项|该项|本项|本指标|该指标|本项目绩效评价总分)"
_UNHAPPENED = lazy_compile(
    r"(?:(?<=^)|(?<=[;。:\n]))(?P<situation>[^;。:\n,\d]*?(?P<verb>发生|出现)[^;。:\n,\d]*?)的,"
    r"(?:(?P<consequence>[^;。:\n,\d]+),)?" + _ITEM + r"不得分[;。]"
    r"(?:未|没有)(?P=verb)的?,?(?:此项|该项|本项|本指标|该指标)?(?P<award>(?:得|计|记)\d+(?:\.\d+)?分)(?P<end>[;。]?)$")

# 未发生一次死亡3人以上道路交通事故的得6分;发生的,本项不得分: the award first, the veto after it naming nothing (发生的)
# — the situation is the award's, numbers and all (read so, 3人以上 was once a level: 实际值≥3人得6分); said as the veto
# with its situation, then 未发生的 and the award. Not an award asking more (…且资料齐全的), nor a veto with words of its own.
_AWARD_THEN_BARE = lazy_compile(
    r"(?:(?<=^)|(?<=[;。:\n]))(?P<before>[^;。:\n,未没]*?)(?:未|没有)(?P<verb>发生|出现)(?P<situation>(?:(?!且|\d+(?:\.\d+)?[分%])[^;。:\n,])+?)"
    r"的?,?(?:此项|该项|本项|本指标|该指标)?(?P<award>(?:得|计|记)\d+(?:\.\d+)?分)[;。,](?:如|若)?(?P=verb)的,?"
    + _ITEM + r"不得分(?P<end>[;。]?)$")


def _award_first(found: re.Match[str]) -> str:
    if not any(char.isdigit() for char in found.group("situation")):
        return found.group()  # (未发生重大食品安全事故的得10分;发生的…: read as the veto beside it already, award_beside_veto)
    return (f"{found.group('before')}{found.group('verb')}{found.group('situation')}的,本指标不得分;"
            f"未{found.group('verb')}的{found.group('award')}{found.group('end')}")


def _as_veto(found: re.Match[str]) -> str:
    situation = found.group("situation")
    if situation.startswith(("如", "若")):
        situation = situation[1:]
    return f"如{situation}的,本指标不得分;未{found.group('verb')}的{found.group('award')}{found.group('end')}"


def unhappened_as_veto(text: str) -> str:
    """``text`` with a situation that zeroes the indicator and 未发生的得N分 after it, said as the veto the reader reads."""
    return _UNHAPPENED.sub(_as_veto, _AWARD_THEN_BARE.sub(_award_first, text))


__all__ = ["unhappened_as_veto"]
