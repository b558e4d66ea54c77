"""A level held in every period, each period short of it deducting once: ``每月水质自动监测数据有效率低于90%的，当月扣0.5分，
全年扣完为止`` — the months below 90% are what is counted (a month's rate is never made up by another's), so it is said
as the count of periods short of the requirement the readers know: ``每有1个月未达到“水质自动监测数据有效率不低于90%”
的，扣0.5分``. Only the period named at the start (每月) and again with the deduction (当月 / 该月), and a level in %;
only months and weeks, the periods counted in a unit the readers know (个季度 is none: 1个 would be counted, 季度 lost)."""

from __future__ import annotations

from .lazy_regex import lazy_compile

_COUNTED = {"月": "个月", "周": "周"}
_PERIOD_SHORT = lazy_compile(
    r"(?:^|(?<=[,;。:\n]))每(?P<period>月|周)(?P<measure>[^,;。:\n\d]{2,30}?)"
    r"(?P<cmp>低于|不足|未达到|小于|<|高于|超过|超出|大于|>)(?P<level>\d+(?:\.\d+)?%)的?,?"
    r"(?:当|该)(?P=period)(?:扣|扣除|扣减)(?P<per>\d+(?:\.\d+)?)分")
_ON_TOP = lazy_compile(r"(?:再|另|又|加|追加)扣")
_BELOW = ("低于", "不足", "未达到", "小于", "<")


def period_failing(text: str) -> str:
    """每月…低于90%的,当月扣0.5分 → 每有1个月未达到“…不低于90%”的,扣0.5分."""
    def said(found) -> str:  # type: ignore[no-untyped-def]
        period = found.group("period")
        held = "不低于" if found.group("cmp") in _BELOW else "不超过"
        return f"每有1{_COUNTED[period]}未达到“{found.group('measure')}{held}{found.group('level')}”的,扣{found.group('per')}分"

    if _ON_TOP.search(text):
        return text  # (…当月扣0.5分，当季再扣1分: a deduction on top, counted how is unsaid — left as written, refused)
    return _PERIOD_SHORT.sub(said, text)
