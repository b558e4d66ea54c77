"""Where the deliverable tests' inputs are, and the CLI runner they build documents with."""

from __future__ import annotations

from pathlib import Path

from pingfen.cli import main

ROOT = Path(__file__).resolve().parents[2]
RUBRICS = ROOT / "rubrics"
TEMPLATES = ROOT / "workbook_templates"
SEED_000 = RUBRICS / "seed000_luohu_dangqun_2022.yaml"
SEED_004 = RUBRICS / "seed004_fuzhou_zhuanzhi_2020.yaml"
ZIPING_FRAME = RUBRICS / "frame_danwei_ziping.yaml"
ZIPING_BAIYUN = RUBRICS / "ziping_baiyun_shegongzhan_2023.yaml"


def run(*argv: str | Path) -> None:
    code = main([str(arg) for arg in argv])
    assert code == 0, argv
