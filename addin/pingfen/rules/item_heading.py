"""The item's own heading printed in its 评分标准 cell: its name and its points, before the method.

``2.数据质量(35分)。(1)…一次扣5分;…`` / ``1、资金代管15分:…扣2分…`` / ``管理统计基本单位名录库(15)。…`` /
``满分8分。符合条件的,得8分;…`` / ``3.定期召开安全工作专题会议,研究部署…工作。(3分)…扣3分`` (a requirement in
words, then the points) / ``1、机房环境卫生:机房内应保持清洁,无杂物。3分符合:3分;基本符合:2分`` (the 分值 column
run in before the grades). The heading names the item and its 满分; it is not a scoring clause. The rest is read
alone, and the heading's points must be what the rest scores at most (or take the place of 满分 in a rest that only
deducts, ``heading_points.filled_by_heading``); a reading that gives anything else is refused naming the heading —
its number is never dropped. 校验 then compares the points with the indicator's 分值 (RULE_MAX).

Points marked with a prime (``配备远程会商系统(2')``) are points: ``(2')`` is ``(2分)``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from .. import TYPE_CHECKING

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import SCORE_AFTER_NOT_GIVEN, TECH_NAME
from ..text.numbers import general_text
from ..text.respective_grades import GRADE_NAMES
from .clauses import tokenize
from .formula import deducted_from
from .formula_shape import BareFormula
from .errors import Unplaced
from .heading_points import filled_by_heading
from .lesser_degree_points import lesser_degree_of
from .model import Formula, Manual, Rule, Scorer, TargetDefault, Unconditional
from .piecewise import Piecewise
from .zero_situations import ZeroSituations

if TYPE_CHECKING:
    from typing import Callable

# each way of numbering a list (1. / 1、 / (1) / (一) / 一、 / ①; never 1.5, a number): the row's own number, or its
# items' one level down
# 票据核销及时率(2分): / 专项债券项目按期开工(4分): the indicator's name and points opening the text — what it names is
# the item, not a measure or a plan said in its rule
_NAME_AND_POINTS = lazy_compile(r"^[^,;。:()\d]{2,30}\(\d+(?:\.\d+)?分\)[:：]")


def without_heading(text: str) -> str:
    """The text after its opening heading (名称(N分):), or the text itself when it opens with none."""
    return _NAME_AND_POINTS.sub("", text, count=1)


_MARK_STYLES = (r"\d{1,2}\.(?!\d)", r"\d{1,2}、", r"\(\d{1,2}\)", r"\([一二三四五六七八九十]{1,3}\)", r"[一二三四五六七八九十]{1,3}、", r"[①-⑳]")
_MARK = "(?:" + "|".join(_MARK_STYLES) + ")"
# the item's name: words (a bracket of words inside: 配设专(兼)职统计人员 / 收缴率(定性+定量)), no number, no scoring verb
# (a quoted name may hold other characters: 校园食品安全“互联网+明厨亮灶”覆盖率; never a number)
_QUOTED_NAME = r"“[^“”()\d]{1,20}”"
# (5G基站建设 / 4K频道: a technology's code is part of the name, text/lexicon.py)
_NAME = rf"(?:[\u4e00-\u9fff“”《》、]|{_QUOTED_NAME}|{TECH_NAME})+(?:\([\u4e00-\u9fff、+]{{1,8}}\)[\u4e00-\u9fff“”《》、]*)*"
_POINTS = r"\d+(?:\.\d+)?"

# 数据质量(35分)。 / 名录库(15)。 / 资金代管15分: / 工作方案0.5分: / 服装统一,共10分, / 支部活动的表现情况:10分
_NAMED = lazy_compile(
    rf"^(?P<mark>{_MARK})?(?P<name>{_NAME}?)"
    rf"(?:\((?:计|共计?|满分)?(?P<bracketed>{_POINTS})分?\)(?P<after>[。:;,]|\s+|(?={_MARK}))|(?P<bare>{_POINTS})分(?P<colon>[:。])"
    rf"|,共计?(?P<summed>{_POINTS})分,"
    rf"|:(?P<colon_first>{_POINTS})分(?:\s+|[。;]))"  # (二)支部活动的表现情况:10分\n…: the name, a colon, then its points
)
# 满分8分。 / 满分为5分,
_FULL = lazy_compile(rf"^满分(?:值|为|值为)?(?P<points>{_POINTS})分[。:;,]")
# 3.定期召开安全工作专题会议,研究部署…工作。(3分)… / …报送工作(25分)。…: a requirement in words (a sentence or more),
# then its points
_DESCRIBED = lazy_compile(
    rf"^(?P<mark>{_MARK})?(?P<name>[\u4e00-\u9fff“”《》、,()。]{{4,160}}?)[。,]?\((?P<points>{_POINTS})分\)(?:[。]|\s+)?(?=[\u4e00-\u9fff“(])"
)
# 1、机房环境卫生:机房内应保持清洁,无杂物。3分符合:3分;…: the 分值 column before the grades
_BEFORE_GRADES = lazy_compile(
    rf"^(?P<mark>{_MARK})?(?P<name>{_NAME}):(?P<described>[\u4e00-\u9fff“”《》、,]{{2,80}}。)\s*(?P<points>{_POINTS})分"
    rf"(?=,?[\u4e00-\u9fff]{{1,8}}:{_POINTS}分)"
)

# a scoring word inside what would be the name: 资料齐全的(2分) is a situation and its points, 得/扣 a method (not the 得
# of a prohibition the requirement states, 不得无故缺席)
_SCORING = lazy_compile(rf"(?<!不)得(?!感)|不得(?![\u4e00-\u9fff])|不得(?=[{SCORE_AFTER_NOT_GIVEN}])|扣|计分|记分|计\d|记\d|给分|加分|减分|奖|罚|[的为计记给赋占]$|满分|不计|分值|否则|每")

_NAME_KINDS = frozenset({"WORD", "OPEN", "CLOSE", "SEP", "REF"})


def _words(name: str) -> bool:
    """The name is words as the clause grammar reads them: no method word (项目按比例管理: 按比例), no verb, no number
    (人口自然增长率: 增长 is a word when no number follows it)."""
    tokens = tokenize(re.sub(_QUOTED_NAME, "名", name))  # (a quoted name is a name, whatever it holds)
    return all(t.kind in _NAME_KINDS or (t.kind == "STEPV" and (i + 1 == len(tokens) or tokens[i + 1].kind != "NUM"))
               or (t.kind == "DE" and 0 < i < len(tokens) - 1)  # 支部活动的表现情况 (a 的 inside the name, never closing it)
               # 政策范围内报销比例 / 县级以上医院覆盖率: a comparison word between words of two characters or more, after
               # no number, is part of the name (never closing it: 良好以上(3分) is a level and its points; nor 满以下分, a
               # stray word inside 满分)
               or (t.kind == "SUF" and 0 < i < len(tokens) - 1 and tokens[i - 1].kind == "WORD" and tokens[i + 1].kind == "WORD"
                   and len(tokens[i - 1].text) >= 2 and len(tokens[i + 1].text) >= 2)
               # 低保金按月足额发放: a manner inside the name, between its words (never 按实际完成率计分, a method)
               or (t.kind == "BY" and 0 < i < len(tokens) - 1 and tokens[i + 1].kind == "WORD")
               for i, t in enumerate(tokens))


_PRIME = lazy_compile(r"\((\d+(?:\.\d+)?)'(?=[),])")


def primes_as_points(text: str) -> str:
    """(2') / (4',少一项扣1分): the points marked with a prime."""
    return _PRIME.sub(r"(\1分", text)


def split_heading(text: str) -> tuple[str, str, Decimal, int] | None:
    """(the rest, the heading as written, its points, how many points the rest prints the same way), or None when the
    text does not open with a heading."""
    for pattern in (_FULL, _BEFORE_GRADES, _NAMED, _DESCRIBED):
        found = pattern.match(text)
        if found is None:
            continue
        groups = found.groupdict()
        points = groups.get("points") or groups.get("bracketed") or groups.get("bare") or groups.get("summed") or groups.get("colon_first")
        name = groups.get("name")
        if pattern is not _FULL and (not name or len(name.strip("、“”")) < 2 or _SCORING.search(name) or not _words(name)):
            continue
        if pattern is _DESCRIBED and re.search(r"\d", name or ""):
            continue  # a number in the requirement is part of the rule, never dropped with its words
        rest = text[found.end():].strip(",;。: ")
        if not rest or _sibling(groups.get("mark"), rest):
            continue  # 1.建立制度。(1分)2.落实制度。(1分): the first of the items, not the whole's heading
        lower = _OPTION.match(rest) if groups.get("colon_first") or groups.get("bare") else None
        if lower is not None and lesser_degree_of(lower.group(1), name or "", shared=True):
            continue  # 具有办公自动化系统并正常运行:3分;有系统但运行不正常:2分: the top grade, the next its lesser degree
        opening = re.match(r"(\d+)[、.]", rest)
        if opening is not None and opening.group(1) != "1":
            continue  # (4)进度报送(90分)95、:…: a number no list under a heading opens with (fuzz), never dropped as its mark
        siblings = len(_SIBLING_POINTS.findall(rest)) if groups.get("bracketed") or pattern is _DESCRIBED else 0
        if siblings and (pattern is _DESCRIBED or groups.get("after") not in ("。", ":")) \
                and not nested_marks(groups.get("mark"), rest):
            continue  # 符合申报条件(2分) 项目申报…(1分) 项目调整…(1分): items side by side, not a heading over them
        return rest, found.group().strip(",;。: \n"), Decimal(points), siblings  # type: ignore[arg-type]
    return None


# 有系统但运行不正常:2分 / 基本健全2分: an option and its points, as the heading wrote its own
_OPTION = lazy_compile(r"([\u4e00-\u9fff]{2,30}):?\d+(?:\.\d+)?分")
# …(1分)…(2分) / …(4分,少1项扣1分): points printed as the heading's are, so the first may be an item (or an option) too
_SIBLING_POINTS = lazy_compile(r"\(-?\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?分[),]")  # (其他(-1分): an option's own negative points)


def _mark_style(mark: str) -> int | None:
    return next((i for i, style in enumerate(_MARK_STYLES) if re.fullmatch(style, mark)), None)


# what a list of 评价要点 may be introduced by after its heading: 评价要点: / 考核要点: / 评分标准:
_LIST_LABEL = r"(?:(?:评价|考核|评分)(?:要点|内容|标准):)?"


def nested_marks(mark: str | None, rest: str) -> bool:
    """1.组织宣传(5分)\n(1)…(2分)\n(2)…(1分): the rest opens a list numbered another way than the heading (or the
    heading has no number and the list opens at its first) — the heading's items, one level down, not its siblings.
    A label may stand before the list (绩效目标合理性(满分4分)评价要点:①…(1分);②…(1分)): the list is still the heading's
    (once the heading was read as a first point of 4 beside the two of 1)."""
    opening = re.match(_LIST_LABEL + f"({_MARK})", rest)
    if opening is None or _mark_style(opening.group(1)) is None:
        return False
    if not mark:  # 第七条组织机构(20分)1、…(3分)。2、…: an unnumbered heading over a list that opens at its first item
        return re.fullmatch(r"\(?(?:1|一)[、.)]?|①", opening.group(1)) is not None
    return _mark_style(mark) is not None and _mark_style(mark) != _mark_style(opening.group(1))


def _sibling(mark: str | None, rest: str) -> bool:
    """The next number in the same numbering (1、 then 2、): the heading's number is an item's."""
    if not mark:
        return False
    digits = re.search(r"\d+", mark)
    if digits is None:
        return False
    following = str(int(digits.group()) + 1)
    return re.search(re.escape(mark.replace(digits.group(), following)), rest) is not None


def under_heading(inner: Scorer | ZeroSituations, points: Decimal, heading: str) -> Scorer | ZeroSituations:
    """The rest's reading under the heading's points: the points it scores at most, or the 满分 it deducts from.
    Anything else is refused naming the heading (its points are neither the rest's 满分 nor a part's)."""
    scorer = inner.scorer if isinstance(inner, ZeroSituations) else inner
    if isinstance(scorer, Formula) and scorer.cap is None and scorer.zero_when is None \
            and deducted_from(scorer.tree) == points:
        return inner  # 结转结余率（5分）：得分=5-结转结余率/2%: the formula deducts from the heading's 5 (its score at a measure of 0)
    if _top_of_hundred_point_score(scorer) == points:
        return inner  # 保洁服务月度考核（10分）：…本项得分=全年各月考核得分平均值×10%: a score of 100 gives the heading's 10
    most = scorer.implied_max()
    # (入库时间(4分):按期完成的得4分;逾期15天以内的扣2分: the bands taken off the 分值 are written for the same 4)
    printed = scorer.highest_printed() if most is None and isinstance(scorer, Piecewise) else None
    filled: Scorer | None = scorer if points in (most, printed, Rule(scorer).implied_base()) else \
        _filled(scorer, points, _heading_words(heading), _TITLED.search(heading) is not None) \
        if most is None and not isinstance(scorer, Manual) else None
    if filled is None and most is not None and scorer.kind == "with_faults":
        from .fault_part import faults_worth_their_caps

        # 古树名木日常养护(4分):覆盖率100%得2分…扣完为止;…每株扣1分,最多扣2分: the faults' 2 beside the measure's 2
        filled = faults_worth_their_caps(scorer.inner, list(zip(scorer.faults, scorer.caps)), points)  # type: ignore[attr-defined]
    # (the 单位自评 default scores the 分值, the heading's points: heading_points.filled_by_heading)
    if not isinstance(filled, TargetDefault) and (
            filled is None or points not in (filled.implied_max(), printed, Rule(filled).implied_base())):
        found = "" if most is None else f"，而按所读计分方法最高可得{general_text(most)}分"
        raise Unplaced(heading, f"标题写明本项{general_text(points)}分{found}，无法确定这一分值是满分还是其中一项的分值", certain=True)
    return inner.holding(filled) if isinstance(inner, ZeroSituations) else filled


def _top_of_hundred_point_score(scorer: Scorer) -> Decimal | None:
    """What a formula on another assessment's 百分制 score gives at 100 (rules/hundred_point.py), else None."""
    if not isinstance(scorer, Formula) or scorer.cap is not None or scorer.zero_when is not None:
        return None
    from .hundred_point import hundred_point_top  # (only a formula under a heading comes here)

    return hundred_point_top(scorer.tree)


def _heading_words(heading: str) -> str:
    """有明确的绩效管理机构或专人负责2分。: the heading's words without its number and points, or "" when none are left or
    a number stays among them (a level the words alone cannot carry)."""
    words = re.sub(r"^\s*" + _MARK + r"\s*", "", heading)
    words = re.sub(r"[(（]?\d+(?:\.\d+)?(?:分|')[)）]?", "", words)
    words = re.sub(r"\s+", "", words).replace(",", "，").strip("。.：:，,；;、")
    return "" if not words or re.search(r"\d", words) else words


# 按优、良、中、差四档评分 / 分好、较好、一般、差四个等级: grades named under a heading, with no points of their own
_GRADES_UNPRICED = lazy_compile(
    "(?:" + "|".join(sorted(GRADE_NAMES, key=lambda name: (-len(name), name))) + ")、"
    r"|[二三四五两]个?(?:档|等级|等次|档次)|等级评分|分档评分")


# 培训人次完成情况(4分): the item's name with its points in brackets — its own 分值, as the points said after a rule are
# (得分=实际完成值/目标值×分值 under it is ×4), never a part's (加附加分15分;…按照比例加附加分)
_TITLED = lazy_compile(r"[\u4e00-\u9fff]\(\d+(?:\.\d+)?分\)$")


def _filled(scorer: Scorer, points: Decimal, named: str = "", titled: bool = False) -> Scorer | None:
    """名录库维护(10)。每发现一处差异扣1分: the heading's points are what each finding is deducted from. A limit on the
    deductions above them (…(6分) 每缺少一项扣2分,扣完20分为止) is the section's: left to the whole text's reader.
    The heading's words name the point it requires (建立台账(5分),未建立台账不得分: ①建立台账（5分）)."""
    cap = getattr(scorer, "cap", None)
    if isinstance(cap, Decimal) and cap > points:
        return None
    return filled_by_heading(scorer, points, named, said_after=titled)


# (未发现的得4分: the veto's other side, nothing left for the heading to name)
_AWARD_NAMED = lazy_compile(r"(?:[^,;。:]*?[\u4e00-\u9fff“”、]{5,}|(?:未|没有)(?:发生|出现|发现))的?[,，]?(?:得|计|记|给)(?:\d|满分)")


def read_headed(text: str, heading: tuple[str, str, Decimal, int], read: Callable[[str], Scorer | ZeroSituations]) -> Scorer | ZeroSituations:
    """The rest read under the heading. When the rest reads to other points than the heading's, the heading is refused
    by name (培训管理(5分)。参加培训的得3分: never 培训管理 an option of its own worth 5). When the rest does not read,
    or only deducts in a way the heading cannot fill, the whole text as it stands (a heading may be an award of its own:
    加强组织领导(5分)。…未成立…的,扣2分). When the rest prints points as the heading does, the heading may as well be
    the first item or option (技术指标全部完成(10分)个别…未完成(8分)…): it is taken for the heading only when two or
    more of them make up its points exactly, and otherwise the whole text is read as it stands."""
    rest, written, points, siblings = heading
    mark = re.match(_MARK, written)
    # 1.组织宣传(5分)\n(1)…(2分): items one level down, printing points as the heading does, are never its peers
    nested = bool(siblings) and nested_marks(mark.group() if mark else None, rest)
    unread_rest: Unplaced | None = None
    try:
        inner = read(rest)
        scorer = inner.scorer if isinstance(inner, ZeroSituations) else inner
        items = not siblings or siblings >= 2 and scorer.implied_max() == points
        if siblings and not items and nested:
            most = scorer.implied_max()
            summed = "" if most is None else f"，而其下各项合计{general_text(most)}分"
            raise Unplaced(written, f"标题写明本项{general_text(points)}分{summed}，无法确定各项的分值", certain=True)
        if isinstance(scorer, Manual) and _GRADES_UNPRICED.search(rest):
            # 物业服务质量(6分):按优、良、中、差四档评分: grades the evaluator picks, their points unsaid — the evaluator's
            # score within the heading's, never the heading a point met or not (once 6 or 0 whatever the grade)
            return inner
        # 完成得3分 (未完成本项不得分 taken apart): nothing measured, the heading names what is done; but 资金专款专用、无截留
        # 挤占挪用的得6分 beside 发现截留…本项不得分 names it itself (once ①（6分）, a point with no name, the veto's data unread)
        if items and (not isinstance(inner, Unconditional) or _AWARD_NAMED.match(rest)):
            return under_heading(inner, points, written)
    except Unplaced as unplaced:
        if nested or unplaced.fragment == written and "最高可得" in unplaced.reason:
            raise  # points read that are not the heading's
        unread_rest = unplaced
    except BareFormula:
        if nested:
            raise
    try:
        return read(text)
    except Unplaced as whole:
        if unread_rest is not None and whole.fragment and whole.fragment in written:
            # 眼保健操(5分) (1)…超过3人的,扣0.5分/人…: the heading blamed as a condition without points, when what does
            # not read is the rest under it — name that
            raise unread_rest from None
        raise
