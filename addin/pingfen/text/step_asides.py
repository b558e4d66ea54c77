"""What a step's sentence says on the side of its steps, in the words the readers know: ``每低2个百分点扣0.5分，不足2个
百分点的不扣分`` — a part of a step costs nothing, as 不足一档不扣分 says — and ``每高于1个百分点不加分，每低于1个
百分点扣0.5分`` — nothing added above the level, as 超额不加分 says. Only a part-step of the very size of the step
(不足1个百分点 beside 每低2个百分点 is another rule), and only points (%) the steps are counted in. A step of lateness
counted when full, ``每满30天扣1分`` / ``每推迟满1个月扣1分``, is the step with 不足一档不扣分 beside it."""

from __future__ import annotations

from .lazy_regex import lazy_compile

# 每低2% / 每降低2% / 每少2% / 每下降2%: the step down, in points (个百分点 is % by now)
_STEP_DOWN = lazy_compile(r"每(?:低于?|降低|下降|少|减少|低于目标值?)(\d+(?:\.\d+)?)%")
# 不足2%的不扣分 / 不足2%的部分不扣分: a part of the step
_PART_SPARED = lazy_compile(r"不足(\d+(?:\.\d+)?)%(?:的部分|部分|的)?不扣分")
# 每高于1%不加分 / 每超过1%不加分: nothing for each step above
_NONE_ABOVE = lazy_compile(r"每(?:高于|超过|超出|提高|增加|多)\d+(?:\.\d+)?%(?:的)?不(?:加分|另加分|额外加分)")

# 每满30天扣1分 / 每推迟满1个月扣1分 / 每逾期满1个月扣1分: a step of lateness counted only when full (满) — a part of it
# costs nothing, as 不足一档不扣分 says (29 days late beside 每满30天: nothing taken)
_FULL_STEP = lazy_compile(r"每(?P<late>逾期|推迟|延迟|延期|超期|滞后)?满(?P<step>\d+(?:\.\d+)?(?:天|日|个月|周))"
                          r"(?P<deduct>扣\d+(?:\.\d+)?分)(?=$|[,;。\n])")


def step_asides(text: str) -> str:
    """不足2%的不扣分 → 不足一档不扣分 (beside 每低2%); 每高于1%不加分 → 超额不加分; 每满30天扣1分 → 每30天扣1分,
    不足一档不扣分."""
    if "满" in text and "不足" not in text and len(_FULL_STEP.findall(text)) == 1:
        text = _FULL_STEP.sub(lambda m: f"每{m.group('late') or ''}{m.group('step')}{m.group('deduct')},不足一档不扣分", text)
    if "不扣分" in text:
        steps = {float(found.group(1)) for found in _STEP_DOWN.finditer(text)}
        if len(steps) == 1:
            step = steps.pop()
            text = _PART_SPARED.sub(lambda m: "不足一档不扣分" if float(m.group(1)) == step else m.group(), text)
    if "不加分" in text or "不另加分" in text or "不额外加分" in text:
        text = _NONE_ABOVE.sub("超额不加分", text)
    return text
