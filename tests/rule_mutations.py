"""Mutated 评分标准 for the conservation fuzz (tests/test_rules_conservation.py samples it in CI,
benchmarks/rule_fuzz.py runs 100,000).

A mutation keeps the shape of a real criterion and changes what accountants change: numbers, the verb
(得/计/记/给), separators, a dropped or doubled clause, a cut-off end, a stray word. The check is
conservation: a text is either refused with a RuleError, or read so that every number of every
scoring clause shows up in what was read (the 规范写法) — a number the reading lost is a number the
score ignores.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal
from typing import Iterator

from corpus_judge import load

from pingfen.rules import InputError, RuleError, parse_rule
from pingfen.rules.clauses import clauses
from pingfen.rules.model import MANUAL_KINDS
from pingfen.rules.rate_standards import standard_met
from pingfen.rules.timely_rate import defining_limit
from pingfen.rules.parser import reading_text
from pingfen.rules.table_rows import read_table_row
from pingfen.text.lexicon import MONEY_SCALE, tokenize
from pingfen.text.numbers import general_text
from pingfen.text.normalize import normalize

VERBS = ("得", "计", "记", "给", "可得")
SEPARATORS = ("；", "，", "。", ";", ",", "\n")
STRAY = ("的", "则", "以上", "以下", "及以上", "每", "扣", "分", "满分", "不得分", "否则", "（含）", "±", "%", "最多扣",
         "扣完为止", "达到", "低于", "不足", "①", "1、", "得分=", "×", "/", "按比例", "酌情")
# a situation that zeroes the item, said after the rule or in a bracket after its first award
VETO = "弄虚作假的不得分"
LEVELS = ("全年开展培训不少于{}次", "覆盖率达到{}%", "参训人数达到{}人以上", "配备专职人员不少于{}名", "发放资料{}份以上")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def seed_texts() -> list[str]:
    texts = [row["text"] for row in load("wordings.yaml")] + [row["text"] for row in load("refusals.yaml")]
    return [text for text in texts if len(text) < 400]


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 3)):
        choice = rng.randrange(9)
        if choice == 0:  # another number
            text = _NUMBER.sub(lambda m: str(rng.choice((0, 1, 2, 5, 10, 50, 80, 90, 95, 100, 0.5, 1.5, 2910))) if rng.random() < 0.4 else m.group(), text)
        elif choice == 1:  # another verb
            text = re.sub("[得计记给]", lambda m: rng.choice(VERBS) if rng.random() < 0.5 else m.group(), text)
        elif choice == 2:  # another separator
            text = re.sub("[；，。;,]", lambda m: rng.choice(SEPARATORS) if rng.random() < 0.3 else m.group(), text)
        elif choice == 3 and text:  # cut off
            text = text[: rng.randint(1, len(text))]
        elif choice == 4:  # a stray word
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(STRAY) + text[at:]
        elif choice == 5:  # a clause dropped or doubled
            parts = re.split("([；;。])", text)
            if len(parts) > 2:
                index = rng.randrange(0, len(parts), 2)
                parts[index] = "" if rng.random() < 0.5 else parts[index] * 2
                text = "".join(parts)
        elif choice == 7:  # a requirement with its own level, said before or after the rule
            level = rng.choice(LEVELS).format(rng.choice((3, 7, 12, 45, 93, 370, 2600)))
            text = level + rng.choice(("，", "；")) + text if rng.random() < 0.5 else text.rstrip("。;；") + "；" + level + "。"
        elif choice == 8:  # a veto: after the rule, or in a bracket after its first award
            award = re.search(r"(?:得|计|记)(?:\d+(?:\.\d+)?分|满分)", text)
            text = text[:award.end()] + f"({VETO})" + text[award.end():] if award and rng.random() < 0.5 \
                else text.rstrip("。;；") + "。" + VETO + "。"
        else:  # a character dropped
            if text:
                at = rng.randrange(len(text))
                text = text[:at] + text[at + 1:]
    return text


def mutations(seed: int, count: int) -> Iterator[str]:
    rng = random.Random(seed)
    bases = seed_texts()
    for _ in range(count):
        yield mutate(rng.choice(bases), rng)


def _values(text: str) -> set[Decimal]:
    """Numbers as read by the lexicon: rates as fractions, so 90% and 0.9 are one value."""
    values = set()
    for token in tokenize(normalize(text)):  # 两项 in a 规范写法 counts as the 2项 of the text
        if token.kind in ("NUM", "PTS") and token.value is not None:
            values.add(Decimal(token.value).normalize())
            if token.kind == "NUM" and token.unit == "%":
                values.add((Decimal(token.value) * 100).normalize())
            if token.kind == "NUM" and token.unit in MONEY_SCALE:  # 175,000元 written back as 17.5万元: one amount
                values.add((Decimal(token.value) * MONEY_SCALE[token.unit]).normalize())
    return values


def check(text: str) -> str:
    """'refused', 'read', or a description of the violation."""
    try:
        rule = parse_rule(text)
    except RuleError:
        return "refused"
    except InputError as error:  # an input error is a data error, never a rule-reading outcome
        return f"InputError escaped: {error}"
    except Exception as error:  # noqa: BLE001 - anything else escaping is the finding
        return f"{type(error).__name__} escaped: {error}"
    if rule.kind in MANUAL_KINDS:
        return "read"  # the evaluator enters the score (or picks the tier) reading every word; no number is scored
    if read_table_row(text) is not None:
        return "read"  # a 自评表 row's other cells (预算数, 执行数, 得分) are its data, not numbers of its rule
    canonical = rule.canonical()
    if VETO in normalize(text) and "弄虚作假" not in canonical:
        return f"the veto “{VETO}” not in the reading “{canonical}”"
    # numbers kept verbatim in a point's words (②80、有安排…: the point's requirement as written) are kept too
    reading = _values(canonical) | {Decimal(n).normalize() for n in re.findall(r"\d+(?:\.\d+)?", normalize(canonical))}
    reading |= {(a - b).normalize() for a in reading for b in reading if a > b}  # (X-60%)/(100%-60%) keeps 40%
    reading |= {(a - 1).normalize() for a in reading if a > 1} | {(a - 100).normalize() for a in reading if a > 100}  # 超出10% → >110%
    # 目标值的80% read as 低于目标值20%以内: a share of the target kept as what falls short of it
    reading |= {(1 - a).normalize() for a in reading if 0 < a < 1} | {(100 - a).normalize() for a in reading if 0 < a < 100}
    normal = reading_text(text)
    read = clauses(normal)
    amounts = {Decimal(t.value) for clause in read for t in clause.tokens if t.kind == "NUM" and t.value and t.unit != "%"}
    entered = getattr(getattr(rule.scorer, "base", None), "kind", None) in MANUAL_KINDS
    for index, clause in enumerate(read):
        if not clause.scoring:
            lost = _unused_level(clause, read[index + 1:], reading)
            if lost is not None:
                return f"level {lost} of “{clause.text}” not in the reading “{rule.canonical()}”"
            continue
        if clause.marker is None and _is_heading(clause) or entered and "酌情" in clause.text:
            continue  # (…每少一次酌情扣1.25分 under a bonus on top: the evaluator's own deduction)
        formula_from = next((t.start for t in clause.tokens if t.kind in ("SCORE_IS", "BY")), None)
        limit = defining_limit(clause)  # (…2个工作日内办结，按时办结率…: the limit defines the rate entered)
        for at, token in enumerate(clause.tokens):
            if formula_from is not None and token.start > formula_from:
                break  # a formula is read whole or refused: its numbers stand or fall together
            if token is limit:
                continue
            if token.kind not in ("NUM", "PTS") or token.value is None:
                continue
            value = Decimal(token.value).normalize()
            shown = {value, (value * 100).normalize()} if token.unit == "%" else {value}
            if token.unit in MONEY_SCALE:
                shown.add((value * MONEY_SCALE[token.unit]).normalize())
            ahead = clause.tokens[at + 1: at + 3]
            if not token.unit and [t.kind for t in ahead] == ["RANGE", "NUM"] and ahead[1].text[:1].isdigit():
                # 30-50万人次: the bare end takes the other end's 万 (read as 300000人次)
                written = Decimal(re.match(r"\d+(?:\.\d+)?", ahead[1].text).group())
                if written and ahead[1].value is not None:
                    shown.add((value * Decimal(ahead[1].value) / written).normalize())
            if value < 0 and f"{general_text(value)}分" in canonical:
                continue  # 其他-1分 / 不合格-2分: an option's own score below 0, printed with its sign
            if token.unit == "%" and any((value * amount).normalize() in reading for amount in amounts):
                continue  # 目标2000户…超过目标10%以上的另加1分 read as 每超过200户: the share of the amount, worked out
            if token.unit == "%" and any(f"每超过{general_text(step)}%" in canonical and (value * 100 - step).normalize() in reading
                                         for step in reading if 0 < step < value * 100):
                continue  # 达到30%得3分…达到32%以上的另加0.5分 read as 每超过2%加0.5分，最多加0.5分: the level, 30% and one step over it
            if token.unit != "%" and any(f"每超过{general_text(step)}" in canonical and (value - step).normalize() in reading
                                         for step in reading if 0 < step < value):
                continue  # 完成任务5万亩得4分…达到6万亩以上的另加1分 read as 每超过10000亩加1分，最多加1分: the same, an amount
            if not shown & reading and not _implied(token, clause, rule):
                return f"number {token.text} of clause “{clause.text}” not in the reading “{rule.canonical()}”"
    return "read"


# a deadline or a period, an instruction for the form: no level the score is taken from
_TIME_UNITS = re.compile(r"^(?:个)?(?:年|月|日|号|时|小时|分钟|天|周|季度|工作日)$")
_FORM_WORDS = re.compile(r"说明|备注|注明|填写|填报|附件|佐证|抽查|抽取|抽样|随机")


def _unused_level(clause, later, reading: set[Decimal]) -> str | None:
    """A level stated outside the scoring clauses (全年开展培训不少于7次) must be in the reading too, unless it is a
    deadline, a form instruction, a bracket naming which ones, a definition, or what a later 每少1张 counts short of."""
    if clause.condition is None or clause.definition or _FORM_WORDS.search(clause.text):
        return None
    depth = 0
    for token in clause.tokens:
        depth += (token.kind == "OPEN") - (token.kind == "CLOSE")
        if depth or token.kind != "NUM" or token.value is None or not token.unit or _TIME_UNITS.match(token.unit):
            continue
        value = Decimal(token.value).normalize()
        if {value, (value * 100).normalize()} & reading or value in (0, 1):
            continue
        if any(re.search(rf"(?:少|缺|差)[\u4e00-\u9fff]{{0,3}}(?:\d+|[一二两三四五六七八九十])(?:个)?{re.escape(token.unit)}", c.text)
               for c in later) or re.search(r"(?:标准|基数|基准|计划|预算)$", clause.label or "") \
                and any(clause.label in c.text for c in later if c.scoring) or _breach_next(later) \
                or any(standard_met(clause, c) for c in later if c.scoring):
            continue  # 不少于5张…每少1张扣0.5分 / 标准为120元/人，实际值占标准的比例 / …2项。…不满足要求的，扣1分
            # / 每名教师…不少于72学时。…达标率100%得2分 (the standard the 达标率 counts the teachers meeting)
        return token.text
    return None


def _breach_next(later) -> bool:
    """…2项。…不满足要求的，扣1分: the next level-free clause that says a requirement was missed counts what falls short."""
    for c in later:
        if c.scoring and re.search(r"(?:不满足|未满足|不符合|未达到|达不到|未达|不达)(?:上述)?(?:要求|标准|规定)", c.text):
            return True
        if c.condition is not None or c.reference is not None:
            return False
    return False


def _is_heading(clause) -> bool:  # ①足额发放薪酬满意度2分: the criterion's own name and points
    kinds = [token.kind for token in clause.tokens]
    if kinds == ["NUM", "WORD", "OPEN", "PTS", "CLOSE"] and not clause.tokens[0].unit:
        return True  # 110接处警(6分) / 12345热线(3分): a name that opens with a number, and its points
    return kinds.count("PTS") == 1 and set(kinds) <= {"WORD", "FULL", "PTS"}


# (…制度记10分: the heading's points said with the verb that scores them; 可得 is one too — a mutation that writes it inside
# the heading's words, 统可得调查…记10分, leaves the points the heading's, no comparison waiting for a number)
_SCORING_VERBS = frozenset({"记", "计", "得", "可得"})


def _implied(token, clause, rule) -> bool:
    """Numbers a reading may leave implicit: 扣完N分为止 (the 分值), 精确到0.01分, (本项N分), the count
    of 1 in 每1个/有1处, 100% as a rate's maximum, 0 as a floor."""
    text = clause.text
    value = Decimal(token.value)
    if value in (0, 1) or (token.unit == "%" and value == 1):
        return True
    if token.unit in ("月", "日", "号") and re.search(r"按期|逾期", rule.canonical()):
        return True  # 暑假内(8月5日前)完工的得4分；9月15日前完工的得2分: the dates read as the deadline and days past it (41)
    if token.kind == "PTS" and clause.outcome in (("points", value), ("points", None)) and rule.implied_max() == value and not any(
        t.kind == "NUM" or t.kind == "VERB" and t.text not in _SCORING_VERBS  # a comparison word needs a number (“三率不足”考核)
        for t in clause.tokens
    ):
        # 1.分解节能目标，2分；…得1分，…得1分 / (1)建立健全…制度记10分。…记6分;…记4分: a heading whose points the items make up
        return True
    return bool(re.search(rf"扣完{re.escape(token.text)}为止|精确到{re.escape(token.text)}|本项{re.escape(token.text)}|满分值?{re.escape(token.text)}|满分\({re.escape(token.text)}\)|满分为{re.escape(token.text)}", text))
