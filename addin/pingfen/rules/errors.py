"""The one error a rule text can raise: Chinese, quoting the fragment that could not be read and the
supported wordings closest to it."""

from __future__ import annotations

from .. import TYPE_CHECKING

if TYPE_CHECKING:
    from .clauses import Clause

SUPPORTED_FORMS = (
    "得分=预算执行率×4分",
    "预算执行率≥99%得5分；否则得分=预算执行率×5分",
    "资金到位率达到100%得2分，否则不得分",
    "占比≥90%得满分；低于90%得分=占比/90%×2分",
    "满意度≥90%得7分；80%≤满意度<90%得5分；75%≤满意度<80%得3分；满意度<75%得0分",
    "实际完成率为100%的得满分，每少10%扣1分，实际完成率不足50%不得分",
    "达到100%得5分，少3%扣1分，最多扣5分",
    "满意度90%以上满分，每下降1%扣0.1分",
    "提供就业岗位数达到目标值2910人得7分，少5个扣1分，最多扣7分",
    "每出现1个社区未按合同约定完成的，扣0.5分，扣完为止",
    "每存在1个社区年度运营经费超过50万元的，扣2分，扣完为止",
    "存在社区没有覆盖的，不得分",
    "评价要点：①…（1分）；②…（0.5分）",
    "5个评价要点都符合得5分，1个不符合扣1分，最多扣5分",
    "得分=分值×(1-(1-资金到位率)×100÷5×0.4%)",
    "根据情况酌情扣分",
    "等级得分：优秀15分，良好14分，合格10分",
    "≥21933人（单位自评：完成值达到指标值记满分，未达到按完成值/指标值×分值记分）",
    "如存在截留、挤占、挪用、虚列支出等情况，此项不得分",
)


def closest_forms(text: str, count: int = 3) -> list[str]:
    """The ``count`` forms most like ``text`` by difflib's ratio, most alike first (ties in SUPPORTED_FORMS' order).

    The exact ratio (dear: about 30 µs a form) is worked out only for a form whose upper bound (quick_ratio) could
    still place it, the highest bounds first. Both are difflib's ``SequenceMatcher(None, text, form)`` figures,
    worked out here without its objects (``_shared``, ``_matched``): about half the time, and a refusal is a quarter
    of the corpus texts (issue 13)."""
    forms = _prepared()
    have: dict[str, int] = {}
    for char in text:
        have[char] = have.get(char, 0) + 1
    size = len(text)
    bounds = sorted((-_ratio(_shared(have, counts), size + len(form)), index) for index, (form, _, counts) in enumerate(forms))
    best: list[tuple[float, int]] = []  # (-ratio, index), in the order sorted() by ratio would give
    for bound, index in bounds:
        if len(best) == count and bound > best[-1][0]:
            break  # (quick_ratio is never below ratio: this form and the rest come after the ones kept)
        form, places, _ = forms[index]
        best.append((-_ratio(_matched(text, places, len(form)), size + len(form)), index))
        best.sort()
        del best[count:]
    return [SUPPORTED_FORMS[index] for _, index in best]


def _ratio(matches: int, length: int) -> float:
    """difflib's ratio of two texts of ``length`` characters in all, ``matches`` of them matched."""
    return 2.0 * matches / length if length else 1.0


def _shared(have: dict[str, int], counts: dict[str, int]) -> int:
    """The characters two texts share, each as often as both have it: the matches of difflib's quick_ratio."""
    return sum(min(number, counts.get(char, 0)) for char, number in have.items())


def _matched(text: str, places: dict[str, list[int]], size: int) -> int:
    """The characters difflib's ``SequenceMatcher(None, text, form).get_matching_blocks()`` matches in all (``places``:
    where each character stands in the form, ``size``: the form's length): the longest block shared by the two parts
    left, the first in ``text`` (then in the form) of the longest, then the same on each side of it. No form has 200
    characters, so difflib takes no character as junk, and its block needs no widening (``find_longest_match``'s
    loops after the search): no block of the search can be longer on either side."""
    matched = 0
    parts = [(0, len(text), 0, size)]
    while parts:
        low, high, form_low, form_high = parts.pop()
        at, form_at, longest = low, form_low, 0
        ending: dict[int, int] = {}  # form index → the length of the block that ends there and at the text's index before
        for index in range(low, high):
            get = ending.get
            ends: dict[int, int] = {}
            for place in places.get(text[index], ()):
                if place < form_low:
                    continue
                if place >= form_high:
                    break
                length = ends[place] = get(place - 1, 0) + 1
                if length > longest:
                    at, form_at, longest = index - length + 1, place - length + 1, length
            ending = ends
        if longest:
            matched += longest
            if low < at and form_low < form_at:
                parts.append((low, at, form_low, form_at))
            if at + longest < high and form_at + longest < form_high:
                parts.append((at + longest, high, form_at + longest, form_high))
    return matched


# each form, where each of its characters stands, and how often: worked out once, on the first refusal
_PREPARED: list[tuple[str, dict[str, list[int]], dict[str, int]]] = []


def _prepared() -> list[tuple[str, dict[str, list[int]], dict[str, int]]]:
    if not _PREPARED:
        forms = []
        for form in SUPPORTED_FORMS:
            places: dict[str, list[int]] = {}
            for index, char in enumerate(form):
                places.setdefault(char, []).append(index)
            forms.append((form, places, {char: len(where) for char, where in places.items()}))
        _PREPARED[:] = forms
    return _PREPARED


_KEPT_AT_END = "0123456789.%分点）)】]”\"'"


def as_written(text: str, fragment: str) -> str:
    """The part of the text as the user wrote it whose reading is ``fragment`` — the reader names what it read after
    normalising (任一 for 任何一个, 2次 for 两次, 平方米 for m2), which the user may not find in the cell. The fewest whole
    clauses of the text that normalise to words holding the fragment; the fragment itself when it is there as written
    or no clause run holds it."""
    if not fragment or fragment in text or len(text) > 2000:
        return fragment
    import re  # (an error's path only)
    from ..text.normalize import normalize

    def squashed(words: str) -> str:
        return re.sub(r"[\s,;。:，；：、]", "", words)

    wanted = squashed(normalize(fragment))
    if not wanted:
        return fragment
    cuts = [0] + [m.end() for m in re.finditer(r"[,，;；。\n]", text)] + [len(text)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]][:60]
    def holds(start: int, end: int) -> bool:
        return wanted in squashed(normalize(text[start:end]))

    for size in range(1, len(pieces) + 1):
        for first in range(len(pieces) - size + 1):
            start, end = pieces[first][0], pieces[first + size - 1][1]
            if holds(start, end):
                # (1)…5分(2)…5分(3)上述两项…10分 is one clause: its words before and after the fragment's are not named
                while start < end and holds(start + 1, end):
                    start += 1
                while end > start and text[end - 1] not in _KEPT_AT_END and holds(start, end - 1):
                    end -= 1  # (never 扣1 for 扣1分: normalising writes the 分 a bare number lacks)
                return text[start:end].strip(",，;；。\n ")
    return fragment


class RuleError(ValueError):
    def __init__(self, text: str, fragment: str, reason: str) -> None:
        self.text = text
        self.fragment = fragment
        self.reason = reason
        self.suggestions = closest_forms(fragment or text)
        shown = text if len(text) <= 120 else text[:117] + "…"
        written = as_written(text, fragment)
        # the part as read (what the reading names) and, when the text says it otherwise, as the user wrote it
        part = f"“{fragment}”" if written == fragment else f"“{fragment}”（原文写作“{written}”）"
        message = f"评分标准无法识别：{reason}。无法识别的部分：{part}；原文：“{shown}”。"
        message += "可参考的写法：" + "；".join(f"“{form}”" for form in self.suggestions)
        super().__init__(message)


class Unplaced(Exception):
    """A composer met a clause it cannot read; ``clause`` is named to the user (the parser turns this into
    a RuleError quoting the whole text)."""

    def __init__(self, clause: Clause | str, reason: str, certain: bool = False) -> None:
        self.fragment = clause if isinstance(clause, str) else clause.text
        self.reason = reason
        self.certain = certain  # the composer knows the text is its kind: no other reading is tried
        super().__init__(reason)


class UnreadFault(Unplaced):
    """A list of deductions whose every clause but this one reads as a fault (不全批全改扣2分,…,其它缺一次扣1分): no
    reading took the text, and this clause, not the first one another reading stumbled on, is what the user must
    rewrite."""


class StrayAward(Unplaced):
    """An award at a level or a bonus beside deductions that all read as faults (息诉息访率在50%以上的记4分,…未息诉息访的,
    每件扣0.5分): named instead of a per-item deduction the bands' reading could not count (UncountedDeduction) — that
    deduction reads, the award beside it is what the user must rewrite. Any other error stays the one named."""


class UncountedDeduction(Unplaced):
    """A per-item deduction (每件扣0.5分) the bands' reading met without a step to count it by."""
