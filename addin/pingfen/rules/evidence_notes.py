"""(查阅相关文件) / (实地查看) / (查阅资料、实地查看): how the evaluator checks, in a bracket of its own — no number, no
requirement, no method; dropped wherever it stands. So is a sentence opening the cell (or a line of its own before
the points) that says only that
(考核方式：查阅资料、实地查看。); 考核方法：按完成比例计分。 is the method, and stays. A bracket that names what is checked or counted (抽查依据、主体、内容…,
抽查实际开工套数/抽查统计开工套数) is not such a note and stays (the checks' objects are only the papers and the site).
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

_CHECK = r"(?:查阅|查看|核查|核实|查验|调阅|审阅|检查)"
_PAPERS = r"(?:相关|有关)?(?:文件|资料|档案|台账|记录|凭证|账簿|账目|报表|会议记录|佐证材料|材料)(?:资料)?"
_ONE = rf"(?:(?:实地|现场){_CHECK}?|{_CHECK}{_PAPERS}|{_CHECK}现场)"
_NOTE = lazy_compile(rf"\({_ONE}(?:[、,和及+]{_ONE})*\)")
# a line of its own between the heading and the points (动物防疫体系运行(5分)\n查阅资料+现场核查\n(1)…), or closing the
# heading's line (签约服务规范(4分)查阅资料、现场核查:\n1.…), labelled or not (农村公路养护质量(10分)\n考核方式:查阅资料、现场核查。\n1.…)
_LABEL = r"(?:(?:考核|评价|检查|核查|评分)(?:方式|方法|手段|途径)[:：]?)"
_LINE = lazy_compile(rf"(?:(?<=\n)|(?<=分\)))[ \u3000]*{_LABEL}?{_ONE}(?:[、,和及+]{_ONE})*[:：。;]?(?=\n)")
_CHECK_OPENS = lazy_compile(rf"^(?:{_CHECK}|实地|现场)")
_BARE = lazy_compile(rf"{_ONE}(?:[、,和及]{_ONE})*[。;]?")
_OPENING = lazy_compile(rf"^{_LABEL}{_ONE}(?:[、,和及]{_ONE})*[。;\n]")


# The cell's closing sentences that only say where the facts come from, never how they score: no number, no 得/扣,
# no 计分, no condition (未/不/无 would be one)
_PLAIN = r"(?:(?!得|扣|分|酌情|未|不|无|视)[^\d。;\n])"
# 佐证材料:工作台账、影像资料、相关文件。 / 数据来源:年度统计报表: the papers the facts are taken from
_PAPERS_LINE = rf"(?:佐证材料|佐证资料|证明材料|数据来源|资料来源)[:：]{_PLAIN}+"
# 考核方式:查阅资料+现场抽查 / (评分依据:)查阅相关文件、会议记录及台账资料: how they are checked
_CHECKS_LINE = rf"(?:(?:考核|评价|核查)(?:方式|方法|手段)[:：])?(?:查阅|查看|核查|核实|查验|调阅|审阅|实地|现场){_PLAIN}*"
# 说明:本指标为二级指标“产出质量”下设三级指标: where the indicator stands in the table
_PLACE_LINE = rf"(?:说明|注)[:：](?:本|该)指标(?:为|是|系){_PLAIN}*?指标{_PLAIN}*"
# 注:以主管部门提供的年度统计数据为准,无佐证资料的视同未完成: whose figures count, and that a thing without its
# papers is not done — what the evaluator enters (未完成), not a way of scoring it (注:以林业部门验收面积为准 alone
# names the measure, and stays)
_SOURCE_LINE = rf"(?:注|说明)[:：]以{_PLAIN}{{2,30}}?为准[,，]无(?:佐证|证明)?(?:资料|材料)的?视(?:同|为|作)未(?:完成|达到|开展)"
# 注:评价期间为2024年1月1日至12月31日: the span the facts are taken over, which the dates and counts entered already
# are (a deadline is entered as its date, never read from the span)
_DAY = r"\d{4}年\d{1,2}月\d{1,2}日"
_PERIOD_LINE = rf"(?:注|说明|备注)[:：](?:本项|本指标)?(?:评价|考核)(?:期间|期|周期|时段)(?:为|是)?{_DAY}(?:至|-|~|到)(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日"
# 说明:指标数据由实施单位提供,评价组抽查核实: who supplies the figures and that the evaluators check them
_SUPPLIER_LINE = rf"(?:(?:说明|注|备注)[:：])?(?:指标|相关|以上|上述)?(?:数据|资料)由{_PLAIN}{{2,20}}?提供(?:[,，]{_PLAIN}{{0,12}}?(?:核实|核查|审核|确认))?"
_CLOSING = lazy_compile(rf"(?<=[。;\n])\s*(?:{_PAPERS_LINE}|{_CHECKS_LINE}|{_PLACE_LINE}|{_SOURCE_LINE}|{_PERIOD_LINE}|{_SUPPLIER_LINE})[。;]?\s*$")


def drop_evidence_notes(text: str) -> str:
    """``text`` without the brackets (and the opening sentence) saying how the evaluator checks, and the closing
    sentences saying only where the facts come from, or the span they are taken over (each dropped from the end while
    one is left)."""
    text = _OPENING.sub("", _NOTE.sub("", text) if "(" in text else text)
    text = _LINE.sub("", text) if "\n" in text else text
    while (closing := _CLOSING.search(text)) is not None:
        text = text[:closing.start()].rstrip()
    return text


def evidence_only(sentence: str) -> bool:
    """查阅相关资料 / 实地查看 / 核查设立岗位的相关文件、聘任文件等材料: a sentence that only says how the evaluator
    checks, outside a bracket (opening with the check)."""
    return _BARE.fullmatch(sentence) is not None or _CHECK_OPENS.match(sentence) is not None
