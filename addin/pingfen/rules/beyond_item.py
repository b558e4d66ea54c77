"""What befalls the unit beyond this indicator's score, said after the situation that zeroes it: ``虚报冒领的本项不得分并移交
有关部门`` (a referral), ``发生一般安全事故的本项不得分并扣减总分`` / ``…本项不得分并在总分中另扣2分(另扣部分不在本项体现)``
(points taken off the evaluation's total, which the table's total bears, not this item), ``…该项得0分，且评价等次不得为优``
(the evaluation's grade), ``…本指标不得分，整体评价结果直接定为“差”`` (the evaluation's result), ``…本项0分，并相应扣回资金``
(money recovered), ``发生的，本项及“项目效益”一级指标全部不得分`` (other indicators zeroed with this one: this item's 0
is all this reading scores). The item's own score is 0 either
way; the consequence is dropped so the zeroing situation reads as it would without it. Only after 不得分 (or 计0分): after an
award or a deduction it might be part of how this item is scored."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

_ZERO = r"(?:不得分|不计分|不给分|计0分|得0分|项0分|标0分)"  # (…本项0分 / 本指标0分)
_REFERRAL = r"并(?:移交|移送|转交|转送|报送)[\u4e00-\u9fff]{0,10}?(?:部门|机关|机构)(?:处理|查处|处置)?"
_ACCOUNTABLE = r"并(?:追究|依法追究|依规追究)[\u4e00-\u9fff]{0,8}?责任"
_TOTAL = (r"并(?:在|从)?(?:评价)?总(?:得)?分(?:中)?(?:另|再)?(?:扣减|扣除|扣)(?:\d+(?:\.\d+)?分)?"
          r"|并(?:另|再)?(?:扣减|扣除|扣)(?:评价)?总(?:得)?分(?:\d+(?:\.\d+)?分)?")
# …该项得0分，且评价等次不得为优: the evaluation's grade, capped beyond this item's score
_GRADE = r",?(?:并且|且|并)(?:项目)?(?:绩效)?(?:评价)?(?:等次|等级)不得(?:评为|定为|为)?“?(?:优秀?|良好?)”?(?:及以上)?"
# …本指标不得分，整体评价结果直接定为“差”: the whole evaluation's result, beyond this item's score
_RESULT = r",?(?:并且|且|并)?(?:项目)?(?:整体|总体)(?:绩效)?(?:评价)?(?:结果|等次|等级)(?:直接)?(?:定为|评为|认定为|为)“?差(?:等|等次)?”?"
# …本项0分，并相应扣回资金: the money recovered, never points
_RECOVER = r",?并(?:相应|全额|按规定)?(?:扣回|收回|追回|追缴)(?:相应|相关|违规|已拨付?)?(?:专项)?(?:资金|款项|补助)?"
_NOT_HERE = r"(?:\((?:另扣|扣减|扣除)?(?:部分|分值|分数)?不在本(?:项|指标)(?:中)?(?:体现|计算|反映)\))?"
_BEYOND = lazy_compile(rf"(?<={_ZERO})(?:{_REFERRAL}|{_ACCOUNTABLE}|{_TOTAL}|{_GRADE}|{_RESULT}|{_RECOVER}){_NOT_HERE}(?=[,;。]|$)")


# 发生的，本项及“项目效益”一级指标全部不得分: the other indicators zeroed beside this one, which their own rows score
_OTHERS_TOO = lazy_compile(r"(?:(?<=本项)|(?<=该项)|(?<=本指标))(?:及|和|以及|连同)“?[\u4e00-\u9fff]{2,12}”?(?:一级|二级)?指标"
                           r"(?:全部|均|一并)?(?=不得分|计0分|得0分)")


def drop_beyond_item(text: str) -> str:
    """``text`` without the consequences beyond the item said after a zeroing situation."""
    if "指标" in text:
        text = _OTHERS_TOO.sub("", text)
    return _BEYOND.sub("", text) if "并" in text or "且" in text or "定为" in text or "评为" in text else text
