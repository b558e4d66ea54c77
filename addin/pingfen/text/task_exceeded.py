"""完成年度任务2万亩的得5分，未完成的按完成比例计分；超额完成10%以上的加0.5分: the completion over the task, said as a share
(normalize writes 超额完成10%以上 as 完成率达到110%以上), is the amount that share of the task makes: 达到2.2万亩以上的加0.5分.

The task is the one amount a clause completes and scores (完成年度任务2万亩的得5分 / 完成计划造林面积2000亩的得4分): the
rule measures that amount, so a level of 完成率 beside it names 110% of the task, in the task's unit — read so, the
addition is a band of that amount (rules/piecewise_reading._level_bonus adds it on top of the band below). Only where the
text has exactly one such task, 完成率 says nothing else (every 完成率 is such a level, above 100%, followed by 以上 and
points added), and the amount is exact; otherwise the words stay as they are (and the reader says what it cannot read).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile
from .numbers import general_text

_UNITS = r"(?:万|亿)?(?:亩|公顷|公里|千米|平方米|立方米|米|吨|元|个|座|户|人次|人|家|所|项|台|套|处|条|场|件|盏|间|张|册)"
_TASK = lazy_compile(rf"完成(?:年度|全年|本年度?|当年)?(?:目标任务|目标|任务|计划)[\u4e00-\u9fff]{{0,8}}?(?P<amount>\d+(?:\.\d+)?)"
                     rf"(?P<unit>{_UNITS})的?[,，]?(?:得|计|记)(?:满分|\d)")
_LEVEL = lazy_compile(r"完成率达到(?P<share>\d+(?:\.\d+)?)%(?=以上的?[,，]?(?:另|再)?加\d)")


def task_exceeded(text: str) -> str:
    tasks = list(_TASK.finditer(text))
    levels = list(_LEVEL.finditer(text))
    if len(tasks) != 1 or not levels or text.count("完成率") != len(levels):
        return text
    task = tasks[0]
    amount, unit = Decimal(task.group("amount")), task.group("unit")

    def reached(found: re.Match[str]) -> str:
        share = Decimal(found.group("share"))
        if share <= 100 or found.start() < task.end():
            return found.group()
        return f"达到{general_text(amount * share / 100)}{unit}"

    return _LEVEL.sub(reached, text)
