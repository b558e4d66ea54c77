"""Words of a place in a ranking, shared by the rewrite that reads steps down the places (text/rank_bands.py, loaded only
for a text with its gate words) and the refusal of those it leaves unread (rules/place_steps.py, asked of every text)."""

from __future__ import annotations

from .lazy_regex import lazy_compile

# 每后退1名 / 每降1名 …: one place further down
DOWN_WORDS = r"(?:后退|降|下降|降低|落后|退后|后移)"
DOWN_A_PLACE = rf"{DOWN_WORDS}1(?:名|位)"
# 第1名得3分 / 第1位的得3分 / 第1名计3分: points awarded to a place said with 第
PLACE_AWARDED = lazy_compile(r"第\d+(?:名|位)的?(?:得|计|记)")
