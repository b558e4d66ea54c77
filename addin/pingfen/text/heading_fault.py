"""A deduction per occurrence with no fault of its own, under a heading that is the fault: ``违规占道经营（3分）：每起扣
0.5分，扣完为止`` / ``安全生产事故（5分）：每起扣1分``. Each occurrence (起/次/件/宗/例/处) is one of what the heading names,
so the text is read as ``违规占道经营（3分）：违规占道经营的，每起扣0.5分`` — the points the heading's, each one found taken
from them. Only when the heading names a wrongdoing or an accident (违规 / 违法 / 事故 / 差错 …) and no work done on it
(违规占道经营整治 / 安全事故处理 / 投诉办结率: what is each one of then is not said), the deduction opening the text after
the heading's points."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# the words of a fault said as a heading (the gate's words in normalize.py: keep the two lists alike)
FAULT_WORDS = ("违规", "违法", "违纪", "违章", "违约", "事故", "差错", "失误", "火灾")
_HEADED = lazy_compile(
    r"^(?P<head>[\u4e00-\u9fff]{2,16})\((?P<points>\d+(?:\.\d+)?)分\):(?P<each>每(?:起|次|件|宗|例|处)扣\d)")
_EVENT = lazy_compile(r"(?:事故|火灾)$")  # an event, which happens (发生), not an act
# work done on the faults, or a measure of them: the heading is then no fault (each one of what?)
_WORK = lazy_compile(r"处理|管理|整改|整治|处置|查处|防范|防控|预防|防治|治理|排查|监管|控制|监督|率|情况|工作|制度|机制"
                     r"|考核|报告|报送|上报|统计|责任|宣传|培训|教育|办结|化解|纠正|消除|减少|下降|降低")


def heading_fault(text: str) -> str:
    """违规占道经营(3分):每起扣0.5分 said as 违规占道经营(3分):违规占道经营的,每起扣0.5分."""
    found = _HEADED.search(text)
    if found is None or not any(word in found.group("head") for word in FAULT_WORDS) or _WORK.search(found.group("head")):
        return text
    head = found.group("head")
    happened = f"发生{head}" if _EVENT.search(head) and not head.startswith(("发生", "出现")) else head  # (安全生产事故: 发生…)
    return f"{head}({found.group('points')}分):{happened}的,{text[found.start('each'):]}"


__all__ = ["heading_fault"]
