"""完成率×3即为得分 / 完成率×5即为本项得分: the formula first, then what it is — the score, as 得分=完成率×3 writes it (once
refused: a formula with no 得分= before it, its 3 unplaced).

Only a whole clause (between ,;。) that is a product or a quotient of named terms and numbers, then 即为(本项|该项)?得分;
a formula said to be anything else (即为完成率) is a definition, left as written.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_SCORE_AFTER = lazy_compile(r"(?:^|(?<=[,;。\n]))(?P<formula>[^,;。\n=]*?[×÷/][^,;。\n=]*?)即为(?:本项|该项|本指标|该指标)?得分(?=[,;。\n]|$)")


def score_said_after(text: str) -> str:
    return _SCORE_AFTER.sub(lambda said: f"得分={said.group('formula')}", text)
