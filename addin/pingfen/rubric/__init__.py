"""Rubrics: the indicator tree as data (YAML), its scoring and its 校验."""

from .model import Indicator, Rubric, load_rubric
from .scoring import NodeScore, ScoreSheet, score_rubric
from .source import RubricError

__all__ = ["Indicator", "NodeScore", "Rubric", "RubricError", "ScoreSheet", "load_rubric", "score_rubric"]
