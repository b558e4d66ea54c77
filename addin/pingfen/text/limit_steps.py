"""承诺办结时限15个工作日，平均审批用时每超1个工作日扣0.5分，扣完为止: a time limit printed, then a deduction per unit of
time over it — the limit is where the steps start, as 平均审批用时不超过15个工作日得满分，每超1个工作日扣0.5分 says (the
reader's own reading of a level and its steps). The limit once stood apart, a level said with no points, and was refused
as a level of another requirement.

Only a limit named 时限 / 期限 / 限期 (承诺办结时限 / 规定时限为), its number and unit of time, then — in the next clause —
the measure's name (words alone, maybe none: then 用时) and a step of one unit of the same time over it (每超1个工作日 /
每超过1天); and no other points in the text (nothing but the steps scored). Anything else is left as written."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_TIME = r"个工作日|工作日|个月|天|日|小时|周"
_LIMIT_THEN_STEP = lazy_compile(
    rf"(?:(?<=[,;:。])|^)(?:承诺|规定|法定|要求)?(?:[\u4e00-\u9fff]{{0,4}}?)(?:时限|期限|限期)(?:为|是)?(?P<n>\d+(?:\.\d+)?)(?P<unit>{_TIME})"
    r"[,;](?:超过时限的|超出时限的|超时的)?(?P<name>(?:(?!超|的|每|扣|得)[\u4e00-\u9fff]){0,10})"
    r"(?P<step>每超(?:过|出)?1(?P=unit)(?:扣|减)\d+(?:\.\d+)?分)")


def limit_steps(text: str) -> str:
    found = list(_LIMIT_THEN_STEP.finditer(text))
    if len(found) != 1 or re.search(r"得(?:\d|满分)|(?<![扣不])得分|加\d", text):
        return text
    match = found[0]
    name = match.group("name") or "用时"
    return (f"{text[:match.start()]}{name}不超过{match.group('n')}{match.group('unit')}得满分,"
            f"{match.group('name')}{match.group('step')}{text[match.end():]}")
