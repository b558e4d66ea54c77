"""培训补贴按每人不超过1500元标准发放，发现超标准发放的，每人次扣0.2分 / 危房改造补助资金按每户不低于2万元标准足额兑付，发现少兑付
的每户扣0.5分 / 每个社区全年开展活动不少于12次、覆盖居民不少于600人次，每有1个社区未达标扣1分: a standard each payment (each
unit) is held to one by one, and the ones breaching it counted. The standard names the fault — the evaluator enters how
many breach it — and is no number the score is computed from, so the text is the deduction per one short of it, the
standard quoted (每有1人次未达到“培训补贴按每人不超过1500元标准发放”的，扣0.2分), as the reader writes a requirement each
unit must meet (rules/unit_requirement.py) and reads it back.

Only where the breach said points the way of the standard (超标准 past a 不超过, 少兑付 / 未足额 short of a 不低于 … 兑付,
未达标 either way) and the deduction per one follows straight after it; a breach the other way (少发放 beside a 不超过), or
another fault (挪用), leaves the standard unused, for the reader to refuse.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_LEVEL = r"\d+(?:\.\d+)?(?:万|千)?元"
# …按每人(每月)不超过1500元标准(足额)发放, then what breaches it, then 每人次扣0.2分
_PAYMENT = lazy_compile(
    rf"(?P<standard>[\u4e00-\u9fff]{{2,20}}按每[人户亩](?:每[月年天])?(?P<cmp>不超过|不高于|不低于|不少于){_LEVEL}标准"
    r"(?:足额|及时|按时)?(?P<verb>[\u4e00-\u9fff]{2}))[,]"
    r"(?:抽查|经查|检查)?(?:发现)?(?P<breach>[\u4e00-\u9fff]{1,4}?)(?P=verb)的[,]?"
    r"每(?P<counted>人次|人|户|次|笔)(?:扣|减)(?P<points>\d+(?:\.\d+)?分)")
_OVER = ("超标准", "超过标准", "超出标准", "超", "多")
_SHORT = ("少", "未足额", "低于标准", "不足额")
# 每个社区…不少于12次、覆盖居民不少于600人次, 每有1个社区未达标扣1分: each unit held to levels joined by 、 (or 且: 各受助学校
# 生均公用经费不低于800元/生，且按季度拨付不少于4次；每有1所学校不达标…, 各 naming the units the count then counts)
_LEVEL_HELD = r"(?:不少于|不低于|达到)\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{0,3}(?:/[\u4e00-\u9fff]{1,2})?)"
_EACH_UNIT = lazy_compile(
    rf"(?<![\u4e00-\u9fff])(?:每(?P<unit>[个家所户村座份名])|各)(?P<standard>[\u4e00-\u9fff]{{2,20}}{_LEVEL_HELD}"
    rf"(?:(?:、|,且|且)[\u4e00-\u9fff]{{2,12}}{_LEVEL_HELD})+)[,;]"
    r"每有1(?P<counted>[个家所户村座份名])[\u4e00-\u9fff]{0,6}?(?:未达标|不达标)的?[,]?(?:扣|减)(?P<points>\d+(?:\.\d+)?分)")
_JOINED = lazy_compile(r",?且")


def _payment_breached(found) -> str:
    breach, upper = found.group("breach"), found.group("cmp") in ("不超过", "不高于")
    if breach not in (_OVER if upper else _SHORT):
        return found.group()  # (少发放 beside a 不超过: not a breach of this standard)
    return f"每有1{found.group('counted')}未达到“{found.group('standard')}”的,扣{found.group('points')}"


def standard_breached(text: str) -> str:
    text = _PAYMENT.sub(_payment_breached, text)
    return _EACH_UNIT.sub(_units_short, text)


def _units_short(found) -> str:
    if found.group("unit") not in (None, found.group("counted")):
        return found.group()  # (每个社区… 每有1户: another unit counted than the one held to the levels)
    standard = _JOINED.sub("、", found.group("standard"))
    return f"每有1{found.group('counted')}未达到“{standard}”的,扣{found.group('points')}"
