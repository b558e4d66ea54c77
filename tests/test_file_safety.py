"""The details of safe writing through the CLI: leftovers of killed runs are cleared, a symbolic link
is written through (not replaced by a file), a second --force keeps the version just overwritten."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from pingfen.cli import main
from pingfen.workbook.read import read_book

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"
OTHER = ROOT / "rubrics" / "seed002_baiyun_shegongzhan_2023.yaml"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_temporaries_of_dead_pingfen_processes_are_cleared_and_live_ones_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dead = tmp_path / ".pingfen-999999999-0badcafe.tmp"  # no such process id
    alive = tmp_path / f".pingfen-{os.getpid()}-0badcafe.tmp"  # a write in progress elsewhere
    other = tmp_path / ".pingfen-notes.tmp"  # not ours: no process id
    for path in (dead, alive, other):
        path.write_bytes(b"partial")
    assert main(["build", str(SEED), "-o", str(tmp_path / "评分表.xlsx")]) == 0
    assert not dead.exists() and alive.exists() and other.exists()


def test_a_symbolic_link_is_written_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "共享" / "评分表.xlsx"
    real.parent.mkdir()
    assert main(["build", str(SEED), "-o", str(real)]) == 0
    link = tmp_path / "快捷方式.xlsx"
    link.symlink_to(real)
    assert main(["recalc", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    read_book(real)


def test_a_second_force_keeps_the_version_it_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "评分表.xlsx"
    assert main(["build", str(SEED), "-o", str(book)]) == 0
    first = digest(book)
    assert main(["build", str(OTHER), "-o", str(book), "--force"]) == 0
    second = digest(book)
    assert digest(book.with_name("评分表.xlsx.bak")) == first
    assert main(["build", str(SEED), "-o", str(book), "--force"]) == 0
    assert digest(book.with_name("评分表.xlsx.bak")) == second
    assert sorted(path.name for path in tmp_path.iterdir()) == ["评分表.xlsx", "评分表.xlsx.bak"]


def test_the_default_demo_output_never_replaces_an_earlier_one(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo"]) == 0
    first = digest(tmp_path / "out" / "示例评分表.xlsx")
    assert main(["demo"]) == 0
    assert "out/示例评分表-2.xlsx" in capsys.readouterr().out
    assert digest(tmp_path / "out" / "示例评分表.xlsx") == first
    assert main(["demo", "-o", "out/示例评分表.xlsx"]) == 2
    assert "文件已存在，未覆盖" in capsys.readouterr().err
