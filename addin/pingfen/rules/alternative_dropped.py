"""A second situation in brackets (``完成(或基本完成)年度任务的得10分`` / ``有应急预案(或预案已备案)的得3分``) must be
in the reading: a 规范写法 without it scores the text as if only the words before the brackets earned (or lost) the
points — 基本完成 scored 0 where the text gives it the 10. Where a reading keeps it (the situation's name, as
clause_words._option_label writes it) nothing is refused; where it is lost, the text is refused naming the brackets.
Only a note in a clause that scores counts (or whose 的 leads to the clause that does): 检查…图(或表)， describes what
is checked."""

from __future__ import annotations

from .. import TYPE_CHECKING
from .errors import Unplaced
from ..text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from .model import Rule

# (或向省市上级越级反映问题的) / (或者漏报): a second situation (never (含Ⅲ类) / (查阅资料), nothing taken away)
ALTERNATIVE_NOTE = lazy_compile(r"[(（]((?:或|或者)[^()（）]*)[)）]")
_MARKS = lazy_compile(r"[\s“”\"'《》()（）,，、的]")
_CLAUSE_EDGE = lazy_compile(r"[,，;；。\n]")
_SCORES = lazy_compile(r"[得扣减]|\d分|不计分|满分")


def refuse_dropped_alternative(rule: Rule, text: str) -> None:
    said = None
    for note in ALTERNATIVE_NOTE.finditer(text):
        starts = [edge.end() for edge in _CLAUSE_EDGE.finditer(text, 0, note.start())]
        end = _CLAUSE_EDGE.search(text, note.end())
        clause = text[starts[-1] if starts else 0:end.start() if end else len(text)]
        if end is not None and clause.endswith(("的", "者")):  # 完成(或基本完成)年度任务的,得10分
            after = _CLAUSE_EDGE.search(text, end.end())
            clause += text[end.end():after.start() if after else len(text)]
        if not _SCORES.search(clause.replace(note.group(), "")):
            continue
        said = _MARKS.sub("", rule.canonical()) if said is None else said
        if _MARKS.sub("", note.group(1)) not in said:
            raise Unplaced(note.group(), f"括号中的“{note.group(1)}”是另一种情形，读取时被丢掉了（只按括号前的文字计分）；"
                                         "请把它写进情形本身（如“完成或基本完成年度任务的，得10分”）", certain=True)
