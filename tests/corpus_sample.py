"""Which corpus rows a whole-corpus consistency check takes: in CI a fixed sixth of them (the rows whose text hashes
to 0 mod 6, the same rows every run), every row with PINGFEN_WHOLE_CORPUS=1 — as benchmarks/corpus_consistency.py
runs them, printing the counts. The checks compare two ways of doing one thing (the 规范写法 read back, closures and
straight code against the tree, SCORE_RATE's shortcuts against its general path, gates against calling every composer
and rewrite, the lazy patterns against re, rules kept against rules read) and grow with the corpus; the
corpus itself (every hand-worked case) is tested whole in tests/test_rules_corpus.py."""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterable
from typing import Any

WHOLE = os.environ.get("PINGFEN_WHOLE_CORPUS") == "1"
SHARE = 6  # a quarter until session 53: the corpus grew past 9,000 rows and CI past ten minutes


def sampled(rows: Iterable[dict[str, Any]], keep: Iterable[str] = (), share: int = SHARE) -> list[dict[str, Any]]:
    """Corpus ``rows`` whole, or the CI sample of them (one in ``share``); a row whose text starts with one of ``keep``
    is always taken."""
    starts = tuple(keep)
    return [row for row in rows if _taken(row["text"], share) or row["text"].startswith(starts)]


def sampled_texts(texts: Iterable[str], share: int = SHARE) -> list[str]:
    """Corpus texts whole, or the CI sample of them."""
    return [text for text in texts if _taken(text, share)]


def _taken(text: str, share: int) -> bool:
    return WHOLE or zlib.crc32(text.encode("utf-8")) % share == 0
