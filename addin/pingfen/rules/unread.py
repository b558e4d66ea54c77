"""What to say about a clause the grammar could not place, when what is left over is no number.

``数值“扣分”无法识别其含义`` named a word, not a number: ``持平不扣分`` (a situation in words where nothing is
deducted, its level unknown), ``每户扣分`` (a deduction with no amount), ``扣减1人平均分`` (an amount that is no
points). The reasons below say in Chinese what is missing; numbers keep the general reason.
"""

from __future__ import annotations

from .clauses import EACH_PERIOD, NOT_AWARDED, Clause


def unread_reason(clause: Clause) -> str:
    first = clause.unread[0]
    at = next((i for i, t in enumerate(clause.tokens) if t is first), None)
    before = clause.tokens[at - 2:at] if at is not None and at >= 2 else []
    if first.kind == "NUM" and first.unit == "%" and [t.kind for t in before] == ["CMP", "REF"] and before[0].value == "<":
        # (clauses._off_target: 低于目标值80% unmarked)
        said = "".join(t.text for t in before) + first.text
        ref = before[1].text
        return (f"“{said}”是低于{ref}的{first.text}，还是比{ref}低{first.text}，没有写明"
                f"（请写明，如“低于{ref}的{first.text}不得分”或“比{ref}低{first.text}以上不得分”）")
    if first.kind in ("NUM", "PTS"):
        return f"数值“{first.text}”无法识别其含义"
    if first.kind == "WORD" and first.text in EACH_PERIOD:
        return f"“{first.text}”扣分是按超出的时间逐段扣分，请写成步长（如“超过1个月的，每逾期1个月扣1分”）"
    if first.kind == "WORD" and first.text in NOT_AWARDED:
        return f"“{first.text}得满分”只说了不得满分，没有写明得多少分（请写明得分，或按比例、每少N%扣N分的方法）"
    if first.kind == "DEDUCT":
        before = clause.tokens[at - 1] if at else None
        after = clause.tokens[at + 1:] if at is not None else []
        if before is not None and before.kind == "WORD" and before.text.endswith("不"):
            return "只用文字写了不扣分的情形，无法确定它对应的数值水平（如“增幅不低于平均值的，不扣分”）"
        if any(t.kind == "NUM" for t in after):
            amount = "".join(t.text for t in after)
            return f"扣分的数额“{amount}”无法识别（应写明扣多少分，如“扣1分”）"
        return f"“{first.text}”没有写明扣多少分（如“每项扣1分”），或在这里不是计分方法"
    if first.kind == "EACH" and at is not None \
            and [t.kind for t in clause.tokens[at + 1:at + 3]] in (["WORD", "VERB"], ["WORD", "PTS"]):
        # 每次得0.5分 / (每次会议1分,总分0.5分): points per time, read with nothing around them
        return ("按次（项）得分的写法无法与其他语句组成计分方法"
                "（如“每开展1次得0.5分，最高2分”，或写明次数要求“全年不少于4次，每次得0.5分”）")
    return f"“{first.text}”在这里无法识别其含义"
