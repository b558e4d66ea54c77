"""A closing note that says what it names is not scored: ``…<80%得0分。注：1-6月、1-9月执行进度仅作参考，不计分。`` The
note is for the reader of the table (the half-year progress is shown, not scored); its numbers (1-6月) are no band and
its 不计分 no zero of the item. Dropped only as the text's last sentence, opened by 注 (or 备注/说明) and saying 仅作参考
/ 仅供参考 — a note that scores (注：未按时报送的不得分) stays.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_NOTE = lazy_compile(r"(?<=[。;\n])\s*(?:注|备注|说明)[:：][^。;\n]*?(?:仅|只)(?:作|供|作为)参考"
                     r"(?:[,，]?(?:不计分|不计入得分|不参与计分|不作为(?:计分|评分|考核)依据))?[。;]?\s*$")


def without_reference_note(text: str) -> str:
    """``…得0分。注：1-6月执行进度仅作参考，不计分。`` → ``…得0分。``"""
    return _NOTE.sub("", text)
