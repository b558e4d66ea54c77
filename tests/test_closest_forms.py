"""The wordings a refusal suggests are difflib's: ``closest_forms`` works out SequenceMatcher's ratio and quick_ratio
without its objects (rules/errors.py), and must give the very same figures and order."""

from __future__ import annotations

import difflib
import random

from pingfen.rules.errors import SUPPORTED_FORMS, _matched, _prepared, _ratio, _shared, closest_forms


def _difflib_closest(text: str, count: int = 3) -> list[str]:
    ranked = sorted((-difflib.SequenceMatcher(None, text, form).ratio(), index) for index, form in enumerate(SUPPORTED_FORMS))
    return [SUPPORTED_FORMS[index] for _, index in ranked[:count]]


def _texts() -> list[str]:
    rnd = random.Random(13)
    alphabet = sorted(set("".join(SUPPORTED_FORMS)) | set("abc一二"))
    texts = ["", "得", "分分分", "每少1项扣1分", "未建立台账的，此项不得分", *SUPPORTED_FORMS]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80))) for _ in range(1500)]
    texts += [first[rnd.randint(0, 5):] + second[:rnd.randint(0, 20)] for first in SUPPORTED_FORMS for second in SUPPORTED_FORMS]
    return texts


def test_the_ratios_are_difflibs() -> None:
    for text in _texts():
        have: dict[str, int] = {}
        for char in text:
            have[char] = have.get(char, 0) + 1
        for form, places, counts in _prepared():
            matcher = difflib.SequenceMatcher(None, text, form)
            assert _ratio(_matched(text, places, len(form)), len(text) + len(form)) == matcher.ratio(), (text, form)
            assert _ratio(_shared(have, counts), len(text) + len(form)) == matcher.quick_ratio(), (text, form)


def test_the_forms_suggested_are_difflibs_closest() -> None:
    for text in _texts():
        assert closest_forms(text) == _difflib_closest(text), text
