"""A lazy pattern answers “no match” without compiling only for a text that lacks a word every match
needs (pingfen.text.lazy_regex): the words read from the pattern, and the answers, checked against
``re`` itself on every pattern of the rule reader and the texts of the corpus."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any, Iterator

import pytest

from corpus_judge import load_file
from corpus_sample import sampled_texts
from pingfen.text.lazy_regex import lazy_compile, required_words, top_level_words
from pingfen.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "addin" / "pingfen"


@pytest.mark.parametrize(
    "pattern, flags, words",
    [
        ("扣(\\d+)分", 0, (("扣",), ("分",))),  # literals on either side of a group: each required
        ("每少(\\d+)%扣", 0, (("每少",), ("%扣",))),
        ("(?:以上|上述)各项", 0, (("以上", "上述"), ("各项",))),  # one word of each branch
        ("(?:得|计)分|满分", 0, (("分", "满分"), ("得", "计", "满分"))),  # a clause of each branch, every combination
        ("(?:每(?:项|次)(?:加|得)\\d分|(?:开展|举办)1次加\\d分)", 0,  # (每 ∧ 项|次 ∧ 加|得 ∧ 分) ∨ (开展|举办 ∧ 1次加 ∧ 分)
         (("分",), ("每", "1次加"), ("加", "得", "1次加"), ("每", "开展", "举办"), ("项", "次", "1次加"),
          ("加", "得", "开展", "举办"), ("项", "次", "开展", "举办"))),  # 分 in both: the pairs with 分 say no more
        ("(?:^|[。;])本项", 0, (("本项",),)),  # a branch that needs nothing makes the alternation need nothing
        ("a(?:b|c?)d", 0, (("a",), ("d",))),
        ("[。；]结束", 0, (("。", "；"), ("结束",))),  # a small class of literals: one of them
        ("[\u4e00-\u9fff]+率", 0, (("率",),)),  # a range: no word
        ("[^。]+。", 0, (("。",),)),  # a negated class: no word
        ("(?<=[\u4e00-\u9fff])\\.(?=元)", 0, ((".",), ("元",))),  # what a lookaround looks at is in the text
        ("(?<!第)一", 0, (("一",),)),  # a negative lookaround requires nothing
        ("x(?:ab)?y", 0, (("x",), ("y",))),  # optional: nothing
        ("x(?:ab)+y", 0, (("x",), ("ab",), ("y",))),
        ("(ab)\\1", 0, (("ab",),)),
        ("abc", re.IGNORECASE, ()),  # case ignored: a word could be written otherwise
        ("(?i)abc", 0, ()),
        ("a(?i:b)c", 0, (("a",), ("c",))),
        ("(", 0, ()),  # not a pattern: compiling will say so
    ],
)
def test_the_words_every_match_needs(pattern: str, flags: int, words: tuple[tuple[str, ...], ...]) -> None:
    assert required_words(pattern, flags) == words


@pytest.mark.parametrize(
    "pattern, words",
    [
        ("扣(\\d+(?:\\.\\d+)?)\\.[ \\t\\u3000]+(?=\\d)", ("扣", ".")),  # \\. is a full stop; groups and classes skipped
        ("^得分\\((\\d+)分\\)$", ("得分(", "分)")),
        ("ab?c+d{2}e\\\\f", ("a", "c", "e\\f")),  # b optional, c once or more, d counted: words end there
        ("x\\u3000y\\ty", ("x\u3000y\ty",)),
        ("[^]。]+。", ("。",)),  # a ] first in a class is a member
        ("(?<=[,;])本项", ("本项",)),
        ("a|b", ()),  # an alternation at the top: only re's parser reads it
        ("(?i)ab", ()),  # inline flags
        ("\\x41B", ()),  # an escape this reading does not know: nothing rather than a wrong word
        ("\\1a", ()),
        ("(a", ()),
    ],
)
def test_the_words_read_from_the_source(pattern: str, words: tuple[str, ...]) -> None:
    assert top_level_words(pattern) == words


def test_a_text_without_the_words_is_answered_without_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    compiles: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, flags=0: compiles.append(pattern) or real(pattern, flags))
    pattern = lazy_compile(r"每(?:少|低)(\d+)%扣(\d+(?:\.\d+)?)分")
    text = "预算执行率≥99%的，得5分"
    assert pattern.search(text) is None and pattern.match(text) is None and pattern.fullmatch(text) is None
    assert pattern.findall(text) == [] and list(pattern.finditer(text)) == [] and pattern.split(text) == [text]
    assert pattern.sub("X", text) is text and pattern.subn("X", text) == (text, 0)
    assert pattern.search(text, pos=1) is None and pattern.sub(repl="X", string=text, count=1) == text  # as re takes them
    assert compiles == []  # no 每 in the text: nothing compiled
    found = pattern.search("每少10%扣1分，最多扣5分")
    assert found is not None and found.groups() == ("10", "1") and compiles == [pattern.pattern]
    assert pattern.sub("X", "每低5%扣0.5分") == "X" and compiles == [pattern.pattern]  # compiled once
    assert pattern.search("每少10%扣1分", pos=1) is None and pattern.subn("X", "每少1%扣1分每少2%扣1分", count=1) == ("X每少2%扣1分", 1)
    assert pattern.search(text) is None  # the compiled pattern's own answer from now on
    assert lazy_compile(r"每(\d)").search("每1每2", pos=1).group(1) == "2"  # keywords on the first, compiling call too


def _lazy_patterns() -> list[tuple[str, str, int]]:
    """(where, pattern, flags) of every ``lazy_compile`` call of the package with a written pattern."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "lazy_compile"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                flags = eval(ast.get_source_segment(source, node.args[1]), {"re": re}) if len(node.args) > 1 else 0
                found.append((f"{path.relative_to(PACKAGE)}:{node.lineno}", node.args[0].value, flags))
    return found


def _criteria(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "criteria" and isinstance(value, str):
                yield value
            else:
                yield from _criteria(value)
    elif isinstance(node, list):
        for item in node:
            yield from _criteria(item)


def _corpus_texts() -> list[str]:
    data = ROOT / "tests" / "data"
    texts = [row["text"] for name in ("wordings.yaml", "refusals.yaml") for row in load_file(data / name)]
    texts += load_file(data / "wordings_pending.yaml")  # keyed by the text
    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        texts += _criteria(load_file(path))
    texts = sampled_texts(texts)  # (CI: a sixth; corpus_consistency.py: all)
    return [variant for text in texts for variant in (text, normalize(text))]


def test_every_pattern_of_the_reader_answers_what_re_answers_on_the_corpus() -> None:
    patterns = _lazy_patterns()
    texts = _corpus_texts()
    assert len(patterns) > 60 and len(texts) > 500  # the check below is about the whole reader
    guarded = 0
    for where, pattern, flags in patterns:
        compiled = re.compile(pattern, flags)
        needs = required_words(pattern, flags)
        guarded += bool(needs)
        quick = () if flags & (re.IGNORECASE | re.VERBOSE) else top_level_words(pattern)
        # each word read from the source is part of a word re's parse requires
        assert all(any(len(clause) == 1 and word in clause[0] for clause in needs) for word in quick), (where, quick, needs)
        for text in texts:
            if compiled.search(text) is not None:  # a text it matches in has a word of every clause
                assert all(any(word in text for word in clause) for clause in needs), (where, needs, text)
    assert guarded > len(patterns) // 2  # most patterns name words a match needs
