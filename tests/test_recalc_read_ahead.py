"""A big workbook's sheets are inflated on a second thread while the one before is parsed
(``members.read_parts``). Here the threshold is lowered so that a seed workbook takes that path: the
cells read are the same as read one part after the other, ``pingfen recalc`` writes the same file,
and a damaged part is reported at its turn as the plain reading reports it, with no thread left."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest

from pingfen.cli import main
from pingfen.workbook import members
from pingfen.workbook.sheet_xml import read_cells

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ahead") / "评分表.xlsx"
    assert main(["build", str(SEED), "-o", str(path)]) == 0
    return path


def cells_of(path: Path) -> dict[tuple[str, tuple[int, int]], tuple[object, ...]]:
    return {(sheet, position): (raw.value, raw.formula, raw.origin, raw.span)
            for sheet, cells in read_cells(path).items() for position, raw in cells.items()}


def inflating_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "pingfen-inflate"]


def test_read_ahead_reads_the_same_cells_and_recalc_writes_the_same_file(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = cells_of(built)
    assert plain and any(formula for _, formula, _, _ in plain.values())
    monkeypatch.setattr(members, "_AHEAD", 0)
    assert cells_of(built) == plain
    assert not inflating_threads()
    ahead, one_by_one = tmp_path / "ahead.xlsx", tmp_path / "one_by_one.xlsx"
    ahead.write_bytes(built.read_bytes())
    one_by_one.write_bytes(built.read_bytes())
    assert main(["recalc", str(ahead)]) == 0
    monkeypatch.setattr(members, "_AHEAD", 1 << 40)
    assert main(["recalc", str(one_by_one)]) == 0
    with zipfile.ZipFile(ahead) as first, zipfile.ZipFile(one_by_one) as second:
        assert first.namelist() == second.namelist()
        assert all(first.read(name) == second.read(name) for name in first.namelist())


@pytest.mark.parametrize("damage", ["cut", "crc"])
def test_a_damaged_part_read_ahead_is_reported_at_its_turn(built: Path, tmp_path: Path, damage: str,
                                                             monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The last sheet damaged (its XML cut in half, or a byte of its compressed data changed): the sheets before
    it are read, then its own error is raised — the same message as without reading ahead."""
    book = tmp_path / "评分表.xlsx"
    with zipfile.ZipFile(built) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/sheet")]
    last = max(sheets, key=lambda name: int(name.rsplit("sheet", 1)[1].split(".")[0]))
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in parts:
            if info.filename == last and damage == "cut":
                data = data[: len(data) // 2]
            out.writestr(info, data)
    if damage == "crc":  # one byte of its deflated data changed: it inflates wrong or fails its CRC
        with zipfile.ZipFile(book) as archive:
            info = archive.getinfo(last)
        raw = bytearray(book.read_bytes())
        raw[info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 10] ^= 0x01
        book.write_bytes(bytes(raw))
    before = book.read_bytes()
    messages = []
    for threshold in (0, 1 << 40):
        monkeypatch.setattr(members, "_AHEAD", threshold)
        code = main(["recalc", str(book)])
        err = capsys.readouterr().err
        assert code == 2 and "无法读取，文件可能已损坏" in err and "Traceback" not in err
        messages.append(err)
        assert book.read_bytes() == before
        assert not inflating_threads()
    assert messages[0] == messages[1]
