"""``pingfen recalc`` keeps the parsed trees of a workbook's formula templates between runs, as Python
keeps bytecode (pingfen.workbook.kept_templates, issue 13): a later run reads them instead of parsing,
and computes the same values; a kept file that is stale or has a damaged index, or a tree in it that is
damaged or does not fit its formulas, is ignored and the formulas are parsed again. Each run is a new process, as a user's is."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from pingfen.cli import main
from pingfen.kept import Kept
from pingfen.rules.expr import Num
from pingfen.workbook import kept_templates

ROOT = Path(__file__).resolve().parents[1]
_CLI = "import sys; from pingfen.cli import run; sys.argv[0] = 'pingfen'; run()"


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed 000's 评分表 with an actual pasted as text, a score typed as a formula and a cross-sheet
    formula typed into the data sheet, every cached value removed (all of them computed and written)."""
    path = tmp_path_factory.mktemp("kept") / "book.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"), "-o", str(path)]) == 0
    workbook = openpyxl.load_workbook(path)
    score, data = workbook["评分表"], workbook["数据"]
    score["G11"].value, score["G11"].data_type = "924.8", "s"  # 2.1.1's actual
    score["I12"] = "=286.54/288*2"  # 2.1.2's entered score
    data["B33"] = '=IF(评分表!D4>0,"是","否")'  # 1.3.2's first point
    workbook.save(path)  # openpyxl writes formulas without cached values
    return path


def _recalc(book: Path, folder: Path, cache: Path) -> dict[tuple[str, str], object]:
    """``pingfen recalc`` of a copy of ``book`` in a new process that writes bytecode (and kept
    results) under ``cache``; the values it cached."""
    copy = folder / f"run{len(list(folder.glob('run*.xlsx')))}.xlsx"
    shutil.copy(book, copy)
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run([sys.executable, "-c", _CLI, "recalc", str(copy)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    workbook = openpyxl.load_workbook(copy, data_only=True)
    return {(sheet.title, cell.coordinate): cell.value for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row}


def _kept_file(cache: Path) -> Path:
    (found,) = cache.rglob("kept_templates.*.templates")
    return found


def _by_hand(values: dict[tuple[str, str], object]) -> None:
    # text 924.8 is read as a number (2 points, as LibreOffice gives), 286.54/288*2, 是 from 评分表!D4
    assert values[("评分表", "K11")] == 2
    assert values[("评分表", "I12")] == pytest.approx(286.54 / 288 * 2, abs=1e-12)
    assert values[("数据", "B33")] == "是"


def test_a_later_run_reads_the_kept_trees_and_computes_the_same_values(book: Path, tmp_path: Path, cache: Path) -> None:
    first = _recalc(book, tmp_path, cache)
    _by_hand(first)
    kept = _kept_file(cache)
    written = kept.stat().st_mtime_ns
    assert _kept_count() > 20  # every template of the workbook (a few dozen)
    second = _recalc(book, tmp_path, cache)
    assert second == first
    assert kept.stat().st_mtime_ns == written  # nothing new to keep: every tree was read


def _kept_count() -> int:
    return len(_store().values())


def _store() -> Kept:
    """The kept file as recalc reads it (same module, same stamp), under this test's ``sys.pycache_prefix``."""
    return Kept(kept_templates.__file__, "templates", also=kept_templates._KEPT._also)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the runs keep bytecode and trees; this process reads the kept file from there too."""
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _damaged(path: Path, at: int) -> None:
    """Eight bytes of the file at ``path`` changed from ``at`` on."""
    damaged = bytearray(path.read_bytes())
    damaged[at:at + 8] = bytes(byte ^ 0x55 for byte in damaged[at:at + 8])
    path.write_bytes(bytes(damaged))


def test_a_damaged_kept_file_is_ignored_and_written_again(book: Path, tmp_path: Path, cache: Path) -> None:
    expected = _recalc(book, tmp_path, cache)
    kept = _kept_file(cache)
    count = _kept_count()
    _damaged(kept, kept.stat().st_size // 2)  # a tree: its checksum no longer matches, the others' do
    assert 0 < _kept_count() < count
    assert _recalc(book, tmp_path, cache) == expected
    assert _kept_count() == count  # that template parsed again and kept again
    _damaged(kept, 16)  # the index: the whole file set aside
    assert _kept_count() == 0
    assert _recalc(book, tmp_path, cache) == expected
    assert _kept_count() == count


def test_trees_that_do_not_fit_or_are_stale_are_not_used(book: Path, tmp_path: Path, cache: Path) -> None:
    expected = _recalc(book, tmp_path, cache)
    store = _store()
    keys = list(store.values())
    with_references = [key for key in keys if key.endswith((".", ":"))]
    assert with_references
    # a tree with no references for templates that have some: the formulas are parsed instead
    wrong = kept_templates._encoded(Num(Decimal(7)), {})
    for key in with_references:
        store.put(key, wrong)
    store.save()
    assert _recalc(book, tmp_path, cache) == expected
    # the same wrong trees under another stamp (pingfen's reader changed since): set aside as a whole
    store = _store()
    for key in keys:
        store.put(key, wrong)
    store._stamp = lambda: (b"older", 0, 0)  # type: ignore[method-assign]
    store.save()
    assert _recalc(book, tmp_path, cache) == expected


def test_a_full_store_makes_room_with_the_templates_this_run_did_not_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "reader.py"
    module.write_text("# stands for the formula reader\n", encoding="utf-8")
    store = Kept(str(module), "templates")
    monkeypatch.setattr(kept_templates, "_KEPT", store)
    monkeypatch.setattr(kept_templates, "_USED", set())
    monkeypatch.setattr(kept_templates, "_LIMIT", 3)
    tree = Num(Decimal(7))
    for key in ("old 1", "old 2", "used"):
        store.put(key, kept_templates._encoded(tree, {}))
    assert kept_templates.kept_tree("used", []) is not None  # read in this run
    kept_templates.keep_tree("new", tree, [])
    assert sorted(store.values()) == ["new", "used"]
    assert kept_templates.kept_tree("new", []) == (tree, ())  # a copy of the tree, read back


# -- the plans (how a template's formulas read their cells from their digits), kept beside the trees


def _plans_store() -> Kept:
    return Kept(kept_templates.__file__, "plans", also=kept_templates._PLANS._also)


def _fresh_run_in_this_process(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """This process made to start as a new one would (no template, tree, shape or plan known yet, the
    kept files read again from ``sys.pycache_prefix``); returns the list ``_Plan.of`` records each
    plan it works out in (a plan an earlier run kept is not worked out again)."""
    from pingfen.workbook import compiled, formula_text

    for module, name in ((compiled, "_PLANS"), (compiled, "_RUNS_ALIKE"), (compiled, "_SHAPES"), (compiled, "_PLAIN_SLOTS"),
                         (formula_text, "_TEMPLATES"), (formula_text, "_REFERENCES")):
        monkeypatch.setattr(module, name, {})
    monkeypatch.setattr(kept_templates, "_KEPT", _store())
    monkeypatch.setattr(kept_templates, "_PLANS", _plans_store())
    worked_out: list[str] = []
    of = compiled._Plan.of.__func__  # type: ignore[attr-defined]

    def recorded(cls: type, text: str, *rest: object) -> object:
        worked_out.append(text)
        return of(cls, text, *rest)
    monkeypatch.setattr(compiled._Plan, "of", classmethod(recorded))
    return worked_out


def _recalc_here(book: Path, folder: Path) -> dict[tuple[str, str], object]:
    from pingfen.workbook.recalc import recalc

    copy = folder / "here.xlsx"
    shutil.copy(book, copy)
    result = recalc(copy)
    # as openpyxl reads them back: numbers as floats, an empty text result as an empty cell
    return {ref: (float(value) if isinstance(value, Decimal) else None if value == "" else value) for ref, value in result.values.items()}


def test_a_later_run_reads_the_kept_plans(book: Path, tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _recalc(book, tmp_path, cache)
    (plans,) = cache.rglob("kept_templates.*.plans")
    written = plans.stat().st_mtime_ns
    assert len(_plans_store().values()) > 10  # the filled-down templates of seed 000's book
    assert _recalc(book, tmp_path, cache) == first
    assert plans.stat().st_mtime_ns == written  # nothing new to keep: every plan was read
    worked_out = _fresh_run_in_this_process(monkeypatch)
    here = _recalc_here(book, tmp_path)
    assert worked_out == []  # every plan read back, none worked out from a formula's text
    assert [(ref, value) for ref, value in here.items() if first[ref] != (pytest.approx(value, abs=1e-12) if isinstance(value, float) else value)] == []
    _by_hand(first)


def test_kept_plans_that_are_damaged_or_do_not_fit_are_not_used(book: Path, tmp_path: Path, cache: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _recalc(book, tmp_path, cache)
    (plans,) = cache.rglob("kept_templates.*.plans")
    count = len(_plans_store().values())
    _damaged(plans, plans.stat().st_size // 2)  # one template's plans: their checksum no longer matches
    assert 0 < len(_plans_store().values()) < count
    assert _recalc(book, tmp_path, cache) == expected
    assert len(_plans_store().values()) == count  # worked out again and kept again
    _damaged(plans, 16)  # the index: the whole file set aside
    assert _plans_store().values() == {}
    assert _recalc(book, tmp_path, cache) == expected
    assert len(_plans_store().values()) == count
    # plans whose template is unknown, whose references are not the tree's, or that are not plans at all
    store = _plans_store()
    masks = list(store.values())
    for index, mask in enumerate(masks):
        key, constants, references, digits = store.values()[mask][0]
        store.put(mask, [("no such template", constants, references, digits)] if index % 3 == 0
                  else [(key, constants, references[:-1], digits)] if index % 3 == 1 else ["not a plan"])
    store.save()
    worked_out = _fresh_run_in_this_process(monkeypatch)
    here = _recalc_here(book, tmp_path)
    assert worked_out  # the plans that did not fit were worked out again
    assert _recalc(book, tmp_path, cache) == expected
    assert [(ref, value) for ref, value in here.items() if expected[ref] != (pytest.approx(value, abs=1e-12) if isinstance(value, float) else value)] == []
