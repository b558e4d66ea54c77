"""The CLI against the inputs that endangered files or produced tracebacks (issue 10, "Files are
endangered", "Tracebacks instead of messages", "Untrusted files"): every case asserts the exit status,
the Chinese message, that the input file is byte-identical afterwards and that no temporary file is
left behind. Processes are killed (SIGTERM, SIGINT, kill -9) at points spread over a real run."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import signal
import stat
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Callable

import openpyxl
import pytest

from pingfen.cli import main
from pingfen.workbook.read import read_book

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"
CLI = [sys.executable, "-m", "pingfen.cli"]
# the CLI, started once its modules are imported: a signal then reaches the command, not Python's start-up
READY_THEN_MAIN = (
    "import sys; from pingfen.cli import main; from pingfen.workbook import service, xlsx; "
    "sys.stderr.write('ready\\n'); sys.stderr.flush(); sys.exit(main(sys.argv[1:]))"
)
ENTITY = b'<!DOCTYPE worksheet [<!ENTITY boom "pingfen">]>'


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def temporaries(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.name.startswith(".pingfen-") or path.suffix == ".tmp"]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def run(*argv: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *map(str, argv)], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=120)


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Error:" not in err.replace("错误：", ""), err


def stale_cached_values(path: Path) -> None:
    """Every formula cell's cached value made an empty text, as a tool that does not calculate leaves it."""
    from pingfen.workbook.cached import write_cached_values
    from pingfen.workbook.file_values import FileValues
    from pingfen.workbook.sheet_xml import read_cells

    write_cached_values(path, path, {ref: None for ref in FileValues(read_cells(path)).all()})


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A filled, recalculated seed-000 workbook (the evaluator's working file)."""
    path = tmp_path_factory.mktemp("pristine") / "评分表.xlsx"
    assert main(["build", str(SEED), "-o", str(path)]) == 0
    return path


@pytest.fixture
def book(pristine: Path, tmp_path: Path) -> Path:
    path = tmp_path / "评分表.xlsx"
    path.write_bytes(pristine.read_bytes())
    return path


def rewrite_part(path: Path, match: Callable[[str], bool], change: Callable[[bytes], bytes]) -> None:
    """Rewrites the zip parts of ``path`` whose name ``match``es, as an attacker would."""
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in parts:
            out.writestr(info, change(data) if match(info.filename) else data)


def with_doctype(data: bytes) -> bytes:
    declaration_end = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0
    return data[:declaration_end] + ENTITY + data[declaration_end:].replace(b"<sheetData>", b"<sheetData><!-- &boom; -->", 1)


# ---------------------------------------------------------------- existing outputs, own input, permissions


def test_build_onto_an_existing_workbook_is_refused_without_force(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(book)
    code, _, err = cli(capsys, "build", SEED, "-o", book)
    assert code == 2
    assert "文件已存在，未覆盖" in err and "--force" in err and "评分表.xlsx.bak" in err
    assert digest(book) == before and not temporaries(book.parent)


def test_build_with_force_keeps_the_old_file_as_bak(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    openpyxl_book = openpyxl.load_workbook(book)
    openpyxl_book["指标体系"]["B2"] = "评价人员改过的项目名称"  # the user's work in the old file
    openpyxl_book.save(book)
    before = digest(book)
    code, out, _ = cli(capsys, "build", SEED, "-o", book, "--force")
    assert code == 0 and "已生成评分表" in out
    assert digest(book.with_name("评分表.xlsx.bak")) == before
    assert read_book(book).rubric.project != "评价人员改过的项目名称"
    assert not temporaries(book.parent)


@pytest.mark.parametrize("spelling", ["same", "dotted", "force"])
def test_export_to_its_own_input_is_refused(book: Path, spelling: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(book)
    monkeypatch.chdir(book.parent)
    target = {"same": str(book), "dotted": "./子目录/../评分表.xlsx", "force": "评分表.xlsx"}[spelling]
    (book.parent / "子目录").mkdir()
    code, _, err = cli(capsys, "export", book, "-o", target, *(["--force"] if spelling == "force" else []))
    assert code == 2
    assert "报送版不能覆盖原工作簿本身" in err
    assert digest(book) == before and not temporaries(book.parent)


def test_new_outputs_get_the_ordinary_mode_and_replaced_files_keep_theirs(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_mask = os.umask(0o022)
    try:
        fresh = book.with_name("新.xlsx")
        assert cli(capsys, "build", SEED, "-o", fresh)[0] == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # 0666 less the umask, not 0600
        os.chmod(book, 0o640)
        assert cli(capsys, "recalc", book)[0] == 0
        assert stat.S_IMODE(book.stat().st_mode) == 0o640
        os.chmod(fresh, 0o660)
        assert cli(capsys, "recalc", book, "-o", fresh, "--force")[0] == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o660
        summary = book.with_name("汇总.xlsx")
        assert cli(capsys, "batch", book, "-o", summary, "--quiet")[0] == 0
        assert {stat.S_IMODE(summary.with_suffix(s).stat().st_mode) for s in (".xlsx", ".json", ".csv")} == {0o644}
    finally:
        os.umask(old_mask)


@pytest.mark.parametrize("command", ["recalc", "regenerate", "recalc -o", "build --force", "export --force", "batch --force"])
def test_a_read_only_workbook_is_refused(book: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    target = book if command in ("recalc", "regenerate", "build --force") else book.with_name("只读.xlsx")
    if target != book:
        target.write_bytes(book.read_bytes())
    os.chmod(target, 0o444)
    argv = {
        "recalc": ["recalc", book], "regenerate": ["regenerate", book], "recalc -o": ["recalc", book, "-o", target, "--force"],
        "build --force": ["build", SEED, "-o", book, "--force"], "export --force": ["export", book, "-o", target, "--force"],
        "batch --force": ["batch", book, "-o", target, "--force", "--quiet"],
    }[command]
    before = {path.name: digest(path) for path in book.parent.iterdir()}
    code, _, err = cli(capsys, *argv)
    assert code == 2
    assert f"{target}：文件是只读的，未作任何修改" in err
    assert {path.name: digest(path) for path in book.parent.iterdir()} == before  # nothing written, no backup either
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


# ---------------------------------------------------------------- unwritable outputs, full disk, interruption


@pytest.mark.parametrize("command", ["build", "recalc", "export", "batch", "demo"])
def test_an_unwritable_output_is_a_message(book: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    blocked = book.with_name("普通文件")
    blocked.write_text("不是文件夹", encoding="utf-8")
    output = blocked / "输出.xlsx"  # a folder that cannot exist: its parent is a file
    argv = {
        "build": ["build", SEED, "-o", output], "recalc": ["recalc", book, "-o", output], "export": ["export", book, "-o", output],
        "batch": ["batch", book, "-o", output, "--quiet"], "demo": ["demo", "-o", output],
    }[command]
    before = digest(book)
    code, _, err = cli(capsys, *argv)
    assert code == 2
    assert f"无法写入 {output}：" in err and ("路径中的某一级不是文件夹" in err or "文件已存在" in err)
    no_traceback(err)
    assert digest(book) == before and not temporaries(book.parent)


@pytest.mark.parametrize("command", ["regenerate", "recalc", "export"])
def test_permission_denied_at_the_rename_is_a_message(book: Path, command: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel holding the file open on Windows, or a folder without write permission (the tests run
    as root, which ignores permission bits, so the refusal is injected at the rename)."""
    def denied(source: object, target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    if command == "recalc":  # cached values that are not current: the recalculation has to write them
        stale_cached_values(book)
    monkeypatch.setattr(os, "replace", denied)
    before = digest(book)
    argv = {"regenerate": ["regenerate", book], "recalc": ["recalc", book], "export": ["export", book, "-o", book.with_name("报送.xlsx")]}[command]
    code, _, err = cli(capsys, *argv)
    assert code == 2
    assert "无法写入" in err and "没有访问权限" in err
    assert digest(book) == before and not temporaries(book.parent)
    assert not book.with_name("报送.xlsx").exists()


def test_a_full_disk_during_the_write_is_a_message(book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    stale_cached_values(book)  # the recalculation has values to write
    monkeypatch.setattr(os, "fsync", full)  # where a full disk shows when the written data is flushed
    before = digest(book)
    code, _, err = cli(capsys, "recalc", book)
    assert code == 2 and "磁盘空间不足" in err
    no_traceback(err)
    assert digest(book) == before and not temporaries(book.parent)


def test_ctrl_c_during_a_write_removes_the_named_temporary(book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the OS has no unnamed files (Windows, macOS), the hidden named temporary is removed."""
    import pingfen.files

    monkeypatch.delattr(pingfen.files.os, "O_TMPFILE", raising=False)
    seen: list[Path] = []
    original = zipfile.ZipFile.writestr

    def interrupted(self: zipfile.ZipFile, info: object, data: object, *args: object, **kwargs: object) -> None:
        if not isinstance(self.fp, io.BytesIO):  # the file being written, not openpyxl's plan in memory
            seen.extend(temporaries(book.parent))
            if len(self.infolist()) > 3:
                raise KeyboardInterrupt
        original(self, info, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", interrupted)
    before = digest(book)
    code, _, err = cli(capsys, "regenerate", book)
    assert code == 2 and "已中断" in err and "要么保持原样" in err
    assert seen, "the write went through a named temporary"
    assert digest(book) == before and not temporaries(book.parent)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_build_leaves_the_original_and_no_temporary(book: Path, signum: int) -> None:
    before = digest(book)
    interrupted = 0
    # into the command: reading the rubric, laying out, writing (a seed's build takes about 0.1-0.2 s, so the
    # delays are dense enough that some land while it runs on a quiet machine as on a loaded one)
    for delay in (0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2):
        process = subprocess.Popen(
            [sys.executable, "-c", READY_THEN_MAIN, "build", str(SEED), "-o", str(book), "--force"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            # as from a terminal: a job started in the background of a script inherits SIGINT ignored
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        assert process.stderr is not None and process.stderr.readline() == "ready\n"
        time.sleep(delay)
        process.send_signal(signum)
        _, err = process.communicate(timeout=60)
        no_traceback(err)
        if process.returncode == 2:
            # interrupted before or after the atomic replace: never half-written
            assert "已中断" in err and "要么保持原样，要么已完整写入" in err
            assert digest(book) == before or digest(book.with_name("评分表.xlsx.bak")) == before
            read_book(book)
            before = digest(book)
            interrupted += 1
        elif process.returncode == -signum:
            # the signal came before the command installed its handler or after it restored it (a loaded
            # machine stretches both): the book is then untouched or completely replaced
            assert digest(book) == before or digest(book.with_name("评分表.xlsx.bak")) == before
            read_book(book)
            before = digest(book)
        else:  # the run had finished: then the new file is complete and the old one is the .bak
            assert process.returncode == 0
            assert digest(book.with_name("评分表.xlsx.bak")) == before
            read_book(book)
            before = digest(book)
        assert not temporaries(book.parent)
    assert interrupted, "no signal arrived while the command ran"


# ---------------------------------------------------------------- kill -9 at points spread over real runs


@pytest.mark.parametrize("command", ["build", "regenerate", "export"])
def test_kill_9_at_any_point_leaves_the_original_valid_and_no_temporary(book: Path, command: str) -> None:
    target = book.with_name("报送.xlsx")
    argv = {
        "build": ["build", SEED, "-o", book, "--force"], "regenerate": ["regenerate", book],
        "export": ["export", book, "-o", target, "--force"],
    }[command]
    if command == "export":
        target.write_bytes(book.read_bytes())
    started = time.monotonic()
    assert run(*argv).returncode == 0
    duration = time.monotonic() - started
    killed: list[int] = []
    for fraction in (0.35, 0.55, 0.7, 0.8, 0.9, 0.97):
        process = subprocess.Popen([*CLI, *map(str, argv)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        process.kill()
        process.wait(timeout=30)
        killed.append(process.pid)
        # A kill in the microseconds between naming the finished file and renaming it over the book
        # (no call can do both on Linux) leaves that named file, carrying the dead process's id; the
        # next write into the folder removes it. Anything else left behind is a leak.
        left = temporaries(book.parent)
        assert all(path.name.split("-")[1] in map(str, killed) for path in left), (
            f"kill -9 at {fraction:.0%} of {duration:.2f}s left a temporary: {left}"
        )
        read_book(book)  # the working file is always a complete workbook
        with zipfile.ZipFile(target if command == "export" else book) as archive:
            assert archive.testzip() is None
        for backup in book.parent.glob("*备份*"):
            with zipfile.ZipFile(backup) as archive:
                assert archive.testzip() is None
    assert run(*argv).returncode == 0
    assert not temporaries(book.parent), "a finished run left a temporary (or did not remove a dead process's)"


# ---------------------------------------------------------------- tracebacks instead of messages


@pytest.mark.parametrize("command", ["recalc", "regenerate", "export", "batch"])
def test_an_xml_entity_in_a_sheet_is_refused_in_every_command(book: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    rewrite_part(book, lambda name: name == "xl/worksheets/sheet1.xml", with_doctype)
    before = digest(book)
    argv = {
        "recalc": ["recalc", book], "regenerate": ["regenerate", book], "export": ["export", book, "-o", book.with_name("报送.xlsx")],
        "batch": ["batch", book, "-o", book.with_name("汇总.xlsx"), "--quiet"],
    }[command]
    code, out, err = cli(capsys, *argv)
    message = "部件 xl/worksheets/sheet1.xml 含有 DOCTYPE/实体声明"
    if command == "batch":  # one bad file is a failed row, the batch goes on
        assert code == 1 and message in out
        assert message in json.loads(book.with_name("汇总.json").read_text(encoding="utf-8"))[0]["status"]
    else:
        assert code == 2 and message in err
    no_traceback(err)
    assert digest(book) == before and not book.with_name("报送.xlsx").exists() and not temporaries(book.parent)


def test_a_damaged_sheet_is_a_message(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rewrite_part(book, lambda name: name == "xl/worksheets/sheet2.xml", lambda data: data[: len(data) // 2])
    before = digest(book)
    code, _, err = cli(capsys, "recalc", book)
    assert code == 2 and "无法读取，文件可能已损坏" in err
    no_traceback(err)
    assert digest(book) == before


@pytest.mark.parametrize("argv", [["recalc", "不存在.xlsx"], ["regenerate", "."], ["export", "."], ["recalc", "文本.xlsx"]])
def test_missing_folder_and_non_workbook_inputs_are_messages(tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "文本.xlsx").write_text("这不是工作簿", encoding="utf-8")
    code, _, err = cli(capsys, *argv)
    assert code == 2 and err.startswith("错误：")
    no_traceback(err)


def test_memory_exhaustion_is_a_message(book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import pingfen.workbook.recalc

    def exhausted(*args: object) -> None:
        raise MemoryError

    monkeypatch.setattr(pingfen.workbook.recalc, "open_cells", exhausted)
    before = digest(book)
    code, _, err = cli(capsys, "recalc", book)
    assert code == 2 and "内存不足" in err
    assert digest(book) == before


def test_an_unexpected_error_is_a_message_not_a_traceback(book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import pingfen.workbook.service

    def broken(*args: object) -> None:
        raise RuntimeError("意外")

    monkeypatch.setattr(pingfen.workbook.service, "regenerated_layout", broken)
    monkeypatch.delenv("PINGFEN_DEBUG", raising=False)
    before = digest(book)
    code, _, err = cli(capsys, "regenerate", book)
    assert code == 2 and "程序内部错误（RuntimeError：意外）" in err
    assert digest(book) == before and list(book.parent.iterdir()) == [book]


def test_a_closed_pipe_is_a_message() -> None:
    """``pingfen score --json | head``: the reader is gone before the output is written."""
    process = subprocess.Popen([*CLI, "score", "--json", str(SEED)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    text = err.decode("utf-8")
    assert process.returncode == 2
    assert text.strip() == "错误：输出管道已被关闭（如接在 head 之后），输出未完整写出"


# ---------------------------------------------------------------- untrusted files


def _bomb(book: Path, megabytes: int) -> None:
    """Replaces the first sheet by ``megabytes`` MB of spaces: a few hundred KB on disk."""
    with zipfile.ZipFile(book) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info, data in parts:
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, data)
                continue
            with out.open(info.filename, "w") as part:
                part.write(data[: data.index(b"<sheetData")])
                for _ in range(megabytes):
                    part.write(b" " * (1 << 20))
                part.write(data[data.index(b"<sheetData"):])


@pytest.fixture(scope="module")
def bomb(pristine: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 1 MB zip bomb of the issue: a workbook whose first sheet unpacks to 1 GB."""
    path = tmp_path_factory.mktemp("bomb") / "评分表.xlsx"
    path.write_bytes(pristine.read_bytes())
    _bomb(path, 1024)
    return path


@pytest.mark.parametrize("command", ["recalc", "export", "batch"])
def test_a_zip_bomb_is_refused_before_it_is_read(bomb: Path, book: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    book.write_bytes(bomb.read_bytes())
    assert book.stat().st_size < 1.1 * (1 << 20)
    before = digest(book)
    argv = {"recalc": ["recalc", book], "export": ["export", book, "-o", book.with_name("报送.xlsx")], "batch": ["batch", book, "-o", book.with_name("汇总.xlsx"), "--quiet"]}[command]
    code, out, err = cli(capsys, *argv)
    message = "解压后共 1,024 MB，超过上限 300 MB（疑为压缩炸弹），已拒绝读取"
    assert message in (out if command == "batch" else err)
    assert code == (1 if command == "batch" else 2)
    assert "PINGFEN_MAX_UNPACKED_MB" in (out + err)
    assert digest(book) == before


def test_the_compression_ratio_limit_and_its_setting(book: Path) -> None:
    _bomb(book, 8)
    refused = run("recalc", book)
    assert refused.returncode == 2
    assert "部件 xl/worksheets/sheet1.xml 的压缩比为" in refused.stderr and "超过上限 200 倍" in refused.stderr
    assert "PINGFEN_MAX_RATIO" in refused.stderr
    allowed = run("recalc", book, "-o", book.with_name("新.xlsx"), env={"PINGFEN_MAX_RATIO": "100000"})
    assert "压缩比" not in allowed.stderr  # past the guard: read as the workbook it is
    invalid = run("recalc", book, env={"PINGFEN_MAX_RATIO": "很多"})
    assert invalid.returncode == 2 and "环境变量 PINGFEN_MAX_RATIO=很多 无效：应为正整数" in invalid.stderr


def test_batch_summaries_defuse_formula_text(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    attack = "=cmd|' /C calc'!A0"
    workbook = openpyxl.load_workbook(book)
    workbook["指标体系"]["B2"].value = attack
    workbook["指标体系"]["B2"].data_type = "s"
    workbook.save(book)
    summary = book.with_name("汇总.xlsx")
    code, _, _ = cli(capsys, "batch", book, "-o", summary, "--quiet")
    assert code == 0
    csv_text = summary.with_suffix(".csv").read_text(encoding="utf-8-sig")
    assert "'" + attack in csv_text.replace('"', "").replace("''", "'")
    assert "\n1," in csv_text and not any(field.startswith("=") for line in csv_text.splitlines() for field in line.split(","))
    cell = openpyxl.load_workbook(summary)["批量汇总"]["B2"]
    assert cell.value == attack and cell.data_type == "s" and cell.quotePrefix
    assert json.loads(summary.with_suffix(".json").read_text(encoding="utf-8"))[0]["project"] == attack  # data, unchanged
    with zipfile.ZipFile(summary) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_a_zip_that_understates_its_sizes_is_stopped_at_the_declared_size(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The guard trusts the declared sizes; the reader then stops there: the part is reported as
    damaged instead of being unpacked past its declared size."""
    _bomb(book, 40)
    raw = bytearray(book.read_bytes())
    with zipfile.ZipFile(book) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    name = info.filename.encode()
    assert raw[info.header_offset:info.header_offset + 4] == b"PK\x03\x04"
    struct.pack_into("<I", raw, info.header_offset + 22, 60_000)  # the local header's uncompressed size
    position = 0
    while (central := raw.find(b"PK\x01\x02", position)) >= 0:  # and the central directory's
        length = struct.unpack_from("<H", raw, central + 28)[0]
        if raw[central + 46:central + 46 + length] == name:
            struct.pack_into("<I", raw, central + 24, 60_000)
        position = central + 4
    book.write_bytes(bytes(raw))
    with zipfile.ZipFile(book) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size == 60_000
    before = digest(book)
    code, _, err = cli(capsys, "recalc", book)
    assert code == 2 and "无法读取，文件可能已损坏" in err
    assert digest(book) == before



def test_where_the_unnamed_file_cannot_be_linked_its_content_is_copied(book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A sandbox or a system without /proc refuses linkat: the write still completes, atomically."""
    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", refused)
    os.chmod(book, 0o604)
    before = digest(book)
    code, out, _ = cli(capsys, "build", SEED, "-o", book, "--force")
    assert code == 0 and "已生成评分表" in out
    assert digest(book.with_name("评分表.xlsx.bak")) == before
    assert read_book(book).rubric.project and stat.S_IMODE(book.stat().st_mode) == 0o604
    assert not temporaries(book.parent)
