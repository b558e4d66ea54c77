"""(查阅相关文件) / (实地查看) / (查阅资料、实地查看): how the evaluator checks, in a bracket of its own — no number, no
requirement, no method; dropped wherever it stands. So is a sentence opening the cell that says only that
(考核方式：查阅资料、实地查看。); 考核方法：按完成比例计分。 is the method, and stays. A bracket that names what is checked or counted (抽查依据、主体、内容…,
抽查实际开工套数/抽查统计开工套数) is not such a note and stays (the checks' objects are only the papers and the site).
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

_CHECK = r"(?:查阅|查看|核查|核实|查验|调阅|审阅|检查)"
_PAPERS = r"(?:相关|有关)?(?:文件|资料|档案|台账|记录|凭证|账簿|账目|报表|会议记录|佐证材料|材料)(?:资料)?"
_ONE = rf"(?:(?:实地|现场){_CHECK}?|{_CHECK}{_PAPERS}|{_CHECK}现场)"
_NOTE = lazy_compile(rf"\({_ONE}(?:[、,和及]{_ONE})*\)")
_CHECK_OPENS = lazy_compile(rf"^(?:{_CHECK}|实地|现场)")
_BARE = lazy_compile(rf"{_ONE}(?:[、,和及]{_ONE})*[。;]?")
_OPENING = lazy_compile(rf"^(?:考核|评价|检查|核查|评分)(?:方式|方法|手段|途径)[:：]?{_ONE}(?:[、,和及]{_ONE})*[。;\n]")


def drop_evidence_notes(text: str) -> str:
    """``text`` without the brackets (and the opening sentence) saying how the evaluator checks."""
    return _OPENING.sub("", _NOTE.sub("", text) if "(" in text else text)


def evidence_only(sentence: str) -> bool:
    """查阅相关资料 / 实地查看 / 核查设立岗位的相关文件、聘任文件等材料: a sentence that only says how the evaluator
    checks, outside a bracket (opening with the check)."""
    return _BARE.fullmatch(sentence) is not None or _CHECK_OPENS.match(sentence) is not None
