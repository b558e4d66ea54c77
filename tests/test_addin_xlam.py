"""The built add-in pingfen.xlam (package data), read back without Excel: a valid zip whose XML parts
parse; the ribbon's callbacks exist in the VBA (read with oletools); every tag is a registered action;
the VBA is ASCII; the config sheet is active and names pingfen.udfs; the xlwings inside is the pinned
one. Also the compound-file and MS-OVBA code the build relies on, the build's reproducibility and
``pingfen addin install``."""
from __future__ import annotations

import io
import random
import re
import struct
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import warnings

import olefile
import pytest
import xlwings

with warnings.catch_warnings():  # oletools 0.60.2 uses pyparsing names deprecated since
    warnings.simplefilter("ignore", DeprecationWarning)
    from oletools.olevba import VBA_Parser, VBA_Project, decompress_stream

from pingfen.cli import main
from pingfen.excel import install, xlam
from pingfen.excel.actions import ACTIONS
from pingfen.excel.cfb import compress, decompress, read_cfb, write_cfb
from pingfen.excel.udfs import UDF_NAMES, UDFS
from helpers_addin import simulated_windows as windows

ADDIN = xlam.ADDIN_FILE
UI = "{http://schemas.microsoft.com/office/2006/01/customui}"


@pytest.fixture(scope="module")
def parts() -> dict[str, bytes]:
    with zipfile.ZipFile(ADDIN) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture(scope="module")
def modules() -> dict[str, str]:
    parser = VBA_Parser(str(ADDIN))
    try:
        assert parser.detect_vba_macros()
        return {Path(filename).stem: code for _, _, filename, code in parser.extract_macros()}
    finally:
        parser.close()


@pytest.fixture(scope="module")
def buttons(parts: dict[str, bytes]) -> list[dict[str, str]]:
    root = ElementTree.fromstring(parts["customUI/customUI.xml"])
    return [button.attrib for button in root.iter(f"{UI}button")]


def test_the_add_in_ships_as_package_data() -> None:
    assert ADDIN.exists() and ADDIN.parent.name == "addin_files" and ADDIN.parent.parent.name == "pingfen"


def test_valid_zip_whose_xml_parts_parse(parts: dict[str, bytes]) -> None:
    assert {"[Content_Types].xml", "xl/workbook.xml", "customUI/customUI.xml", "xl/vbaProject.bin"} <= set(parts)
    for name, data in parts.items():
        if name.endswith((".xml", ".rels")):
            ElementTree.fromstring(data)  # raises when not well-formed
    types = parts["[Content_Types].xml"].decode()
    assert "application/vnd.ms-excel.addin.macroEnabled.main+xml" in types
    rels = parts["_rels/.rels"].decode()
    assert 'Target="customUI/customUI.xml"' in rels and "ui/extensibility" in rels


def test_the_ribbon_relationship_type_matches_the_customui_namespace(parts: dict[str, bytes]) -> None:
    """MS-OI29500 (and xlwings' own release build of xlwings.xlam): the 2006/01 customUI namespace is
    linked with the 2006 relationship type; Excel 2007 does not read the 2007 type."""
    root = ElementTree.fromstring(parts["_rels/.rels"])
    ribbon = [rel.attrib["Type"] for rel in root if rel.attrib["Target"] == "customUI/customUI.xml"]
    namespace = ElementTree.fromstring(parts["customUI/customUI.xml"]).tag.split("}")[0][1:]
    assert namespace == "http://schemas.microsoft.com/office/2006/01/customui"
    assert ribbon == ["http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"]
    template = zipfile.ZipFile(xlam.template_path()).read("_rels/.rels").decode()
    assert "office/2007/relationships/ui/extensibility" in template  # what the build had to fix


def test_the_vba_project_is_named_pingfen(parts: dict[str, bytes]) -> None:
    ole = olefile.OleFileIO(parts["xl/vbaProject.bin"])
    project = VBA_Project(ole, "", "PROJECT", "VBA/dir")  # oletools' own reader of the dir stream
    assert project.projectname == "pingfen"
    assert re.search(r'^Name="pingfen"\r$', ole.openstream("PROJECT").read().decode("cp1252"), re.M)
    assert xlam.project_name(parts["xl/vbaProject.bin"]) == ("pingfen", "pingfen")
    template = zipfile.ZipFile(xlam.template_path()).read("xl/vbaProject.bin")
    assert xlam.project_name(template) == ("MyAddin", "MyAddin")


def test_the_ribbon_tab_and_its_buttons(parts: dict[str, bytes], buttons: list[dict[str, str]]) -> None:
    root = ElementTree.fromstring(parts["customUI/customUI.xml"])
    tabs = [tab.attrib["label"] for tab in root.iter(f"{UI}tab")]
    assert tabs == ["绩效评分"]
    labels = [button["label"] for button in buttons]
    assert labels[:5] == ["生成评分表", "重新生成", "重新计算", "校验", "导出"]
    ids = [button["id"] for button in buttons]
    assert len(ids) == len(set(ids))


def test_every_tag_names_a_registered_action_and_every_action_has_a_button(buttons: list[dict[str, str]]) -> None:
    tags = [button["tag"] for button in buttons]
    assert sorted(tags) == sorted(ACTIONS)
    for button in buttons:
        entry = ACTIONS[button["tag"]]
        assert button["tag"].isidentifier() and button["tag"].isascii()
        assert button["label"] == entry.label and button["supertip"] == entry.tip and button["imageMso"] == entry.image


def test_every_callback_exists_in_the_vba(buttons: list[dict[str, str]], modules: dict[str, str]) -> None:
    for button in buttons:
        module, _, procedure = button["onAction"].rpartition(".")
        code = modules[module or "RibbonMyAddin"]
        assert re.search(rf"^Sub {procedure}\(control As IRibbonControl\)", code, re.M), button["onAction"]
    ribbon = modules["RibbonMyAddin"]
    # the single generic callback passes the tag to the Python dispatcher (unattended: the smoke test)
    assert re.search(r"^Sub PingfenAction\(control As IRibbonControl\)\r?\n(?:\s*'.*\r?\n)*\s*PingfenRun control\.Tag\r?$", ribbon, re.M)
    assert "pingfen_actions.dispatch('\" & tag & \"')" in ribbon
    assert "pingfen_actions.dispatch('\" & tag & \"', show=False, record=True)" in ribbon
    assert 'RunPython "import pingfen.excel.actions as pingfen_actions;' in ribbon


def test_the_vba_is_ascii(parts: dict[str, bytes]) -> None:
    files = read_cfb(parts["xl/vbaProject.bin"])
    dir_data = decompress(files["VBA/dir"])  # type: ignore[arg-type]
    for name, (_, offset) in xlam.module_offsets(dir_data).items():
        source = decompress(files[f"VBA/{name}"][offset:])  # type: ignore[index]
        assert all(byte < 0x80 for byte in source), name



def test_chinese_literals_become_pftext_and_anything_else_non_ascii_is_refused() -> None:
    source = 'Sub A()\r\n    MsgBox "绩效" & "ok", vbCritical, "评分"\r\nEnd Sub\r\n'
    assert xlam.encode_chinese_literals(source).splitlines()[1] == '    MsgBox PfText("7EE9 6548") & "ok", vbCritical, PfText("8BC4 5206")'
    long = xlam.encode_chinese_literals('x = "' + "评" * 90 + '"')
    assert long.count("PfText(") == 3  # 40 characters per call
    with pytest.raises(xlam.BuildError, match="第 2 行"):
        xlam.encode_chinese_literals("Sub A()\n    ' 中文注释\nEnd Sub")


def test_the_udf_wrappers_call_pingfen_udfs(modules: dict[str, str]) -> None:
    import inspect

    ribbon = modules["RibbonMyAddin"]
    for name in UDF_NAMES:
        params = list(inspect.signature(UDFS[name]).parameters.values())
        args = ", ".join(("Optional " if p.default is not inspect.Parameter.empty else "") + p.name for p in params)
        assert f"Function {name}({args})" in ribbon
        assert f'{name} = XLPy.CallUDF("pingfen.udfs", "{name}", Array({", ".join(p.name for p in params)}), ActiveWorkbook, Application.Caller)' in ribbon
        assert f"'!{name}\", Description:=d" in ribbon  # its Chinese description is set on load
    assert "Sub Auto_Open()" in ribbon and "Sub PingfenDescribe()" in ribbon and "Function PfText(" in ribbon


def test_the_descriptions_decode_to_the_python_docs(modules: dict[str, str]) -> None:
    ribbon = modules["RibbonMyAddin"]
    block = ribbon[ribbon.index("Sub PingfenDescribe()"):]
    texts: list[str] = []
    current: list[str] = []
    for line in block.splitlines():
        match = re.match(r'\s+(\w+) = (?:\1 & )?PfText\("([0-9A-F ]*)"\)', line)
        if match:
            decoded = "".join(chr(int(code, 16)) for code in match.group(2).split())
            if f"{match.group(1)} & " in line:
                current[-1] += decoded
            else:
                current.append(decoded)
        elif "MacroOptions" in line:
            texts.append(current[0])
            current = []
    assert " ".join(UDFS["SCORE_RATE"].__doc__.split())[:255] in texts


def test_the_config_sheet_is_active_and_names_pingfen_udfs(parts: dict[str, bytes], modules: dict[str, str]) -> None:
    project = re.search(r'Public Const PROJECT_NAME As String = "([^"]+)"', modules["xlwings"]).group(1)  # type: ignore[union-attr]
    workbook = parts["xl/workbook.xml"].decode()
    sheets = re.findall(r'<sheet name="([^"]+)"', workbook)
    assert sheets == [f"{project}.conf"] == ["pingfen.conf"]  # the VBA reads PROJECT_NAME & ".conf"
    config = xlam.read_config(ADDIN.read_bytes())
    assert dict(config)["UDF Modules"] == "pingfen.udfs"
    assert dict(config)["Debug UDFs"] is False
    # GetConfig takes a key on the add-in's sheet even when empty, which would hide the user config
    # that pingfen addin install writes: no empty keys, and no interpreter on the sheet at all
    assert all(value != "" for _, value in config)
    assert not {key.upper() for key, _ in config} & {"INTERPRETER_WIN", "INTERPRETER_MAC", "INTERPRETER"}
    assert 'codeName="Sheet2"' in parts["xl/worksheets/sheet1.xml"].decode()  # still the VBA document module


def test_an_empty_config_key_is_refused_by_the_build(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(xlam.SOURCE_DIR, tmp_path / "excel", ignore=shutil.ignore_patterns("generated"))
    (tmp_path / "excel" / "pingfen.conf").write_text('"Interpreter_Win",""\n"UDF Modules","pingfen.udfs"\n', encoding="utf-8")
    with pytest.raises(xlam.BuildError, match="Interpreter_Win"):
        xlam.Sources.load(tmp_path / "excel")


def test_the_xlwings_inside_is_the_pinned_one(modules: dict[str, str]) -> None:
    code = modules["xlwings"]
    assert xlwings.__version__ == xlam.PINNED_XLWINGS == "0.37.8"
    assert f'Public Const XLWINGS_VERSION As String = "{xlwings.__version__}"' in code
    assert f'Lib "xlwings64-{xlwings.__version__}.dll"' in code and f'Lib "xlwings32-{xlwings.__version__}.dll"' in code
    template = (Path(xlwings.__file__).parent / "xlwings_custom_addin.bas").read_text(encoding="cp1252")
    # apart from the project name, the module is xlwings' own
    assert code.replace("\r\n", "\n").replace('"pingfen"', '"myaddin"').strip() == template.replace("\r\n", "\n").strip()


def test_the_vba_project_keeps_the_template_streams(parts: dict[str, bytes]) -> None:
    template = zipfile.ZipFile(xlam.template_path())
    before = read_cfb(template.read("xl/vbaProject.bin"))
    after = read_cfb(parts["xl/vbaProject.bin"])
    assert set(before) == set(after)
    for name in ("PROJECTwm", "VBA/_VBA_PROJECT", "VBA/Dictionary", "VBA/ThisWorkbook", "VBA/Sheet2"):
        assert before[name] == after[name], name
    assert after["PROJECT"] == before["PROJECT"].replace(b'Name="MyAddin"', b'Name="pingfen"')  # type: ignore[union-attr]
    offsets = xlam.module_offsets(decompress(after["VBA/dir"]))  # type: ignore[arg-type]
    assert offsets["RibbonMyAddin"][1] == 0 and offsets["xlwings"][1] == 0
    ole = olefile.OleFileIO(parts["xl/vbaProject.bin"])
    assert sorted("/".join(entry) for entry in ole.listdir()) == sorted(name for name, data in after.items() if data is not None)


def test_the_shipped_add_in_is_what_the_build_makes() -> None:
    fresh, ribbon = xlam.build()
    with zipfile.ZipFile(io.BytesIO(fresh)) as new, zipfile.ZipFile(ADDIN) as shipped:
        assert new.namelist() == shipped.namelist()
        for name in new.namelist():
            assert new.read(name) == shipped.read(name), f"{name}：请运行 .venv/bin/python addin/excel/build_addin.py"
    generated = xlam.SOURCE_DIR / "vba" / "generated" / "RibbonMyAddin.bas"
    assert generated.read_bytes() == ribbon.encode("ascii")


def test_pingfen_addin_build_is_reproducible_and_leaves_tracked_files_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    generated = xlam.SOURCE_DIR / "vba" / "generated" / "RibbonMyAddin.bas"
    before = (generated.read_bytes(), generated.stat().st_mtime_ns, ADDIN.stat().st_mtime_ns)
    first, second = tmp_path / "first.xlam", tmp_path / "second.xlam"
    assert main(["addin", "build", "-o", str(first)]) == 0
    assert main(["addin", "build", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes() == ADDIN.read_bytes()
    assert "已生成加载项" in capsys.readouterr().out
    # -o builds elsewhere: neither the tracked add-in nor the tracked generated module is rewritten
    assert (generated.read_bytes(), generated.stat().st_mtime_ns, ADDIN.stat().st_mtime_ns) == before


def test_the_tracked_build_outputs_are_unchanged_by_a_build_in_place(tmp_path: Path) -> None:
    """``pingfen addin build`` (no -o) in a checkout rewrites the add-in and the generated module
    with the same bytes, so git sees a clean tree: run on a copy of the sources."""
    import shutil

    sources = tmp_path / "excel"
    shutil.copytree(xlam.SOURCE_DIR, sources)
    target = tmp_path / "addin_files" / "pingfen.xlam"
    original = xlam.ADDIN_FILE
    try:
        xlam.ADDIN_FILE = target  # build_to writes the review copy only for the shipped add-in
        xlam.build_to(target, sources)
    finally:
        xlam.ADDIN_FILE = original
    assert target.read_bytes() == ADDIN.read_bytes()
    assert (sources / "vba" / "generated" / "RibbonMyAddin.bas").read_bytes() == (xlam.SOURCE_DIR / "vba" / "generated" / "RibbonMyAddin.bas").read_bytes()


# ---------------------------------------------------------------- compound files and MS-OVBA


def test_compression_round_trips_through_oletools() -> None:
    rng = random.Random(5)
    samples = [
        b"",
        b"a",
        b"abcabcabcabcabc" * 700,
        bytes(rng.randrange(256) for _ in range(9000)),  # incompressible: raw chunks
        (xlam.SOURCE_DIR / "vba" / "Ribbon.bas").read_bytes() * 5,
        bytes(rng.choice(b"ab") for _ in range(20000)),
    ]
    for data in samples:
        packed = compress(data)
        assert decompress(packed) == data
        if data:
            assert bytes(decompress_stream(bytearray(packed))) == data


def test_compression_is_as_compact_as_the_templates_own() -> None:
    files = read_cfb(zipfile.ZipFile(xlam.template_path()).read("xl/vbaProject.bin"))
    for name in ("VBA/dir", "VBA/xlwings"):
        stream = files[name]
        assert stream is not None
        assert len(compress(decompress(stream))) == len(stream)


def test_the_compound_file_writer_round_trips_through_olefile() -> None:
    rng = random.Random(7)
    files: dict[str, bytes | None] = {
        "PROJECT": b"ID=\"{1}\"\r\n" * 10,
        "VBA": None,
        "VBA/dir": bytes(rng.randrange(256) for _ in range(1000)),
        "VBA/big": bytes(rng.randrange(256) for _ in range(70000)),  # regular sectors
        "VBA/exactly4096": b"x" * 4096,
        "VBA/empty": b"",
        "VBA/Inner": None,
        "VBA/Inner/deep": b"deep",
        "长名字": b"unicode names",
    }
    data = write_cfb(files)
    ole = olefile.OleFileIO(data)
    for path, content in files.items():
        if content is not None:
            assert ole.openstream(path).read() == content, path
    assert read_cfb(data) == files
    assert len(data) % 512 == 0 and data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")


def test_the_compound_file_reader_matches_olefile_on_the_template() -> None:
    data = zipfile.ZipFile(xlam.template_path()).read("xl/vbaProject.bin")
    ole = olefile.OleFileIO(data)
    for path, content in read_cfb(data).items():
        if content is not None:
            assert ole.openstream(path).read() == content


def test_dir_records_parse_to_the_end() -> None:
    files = read_cfb(zipfile.ZipFile(xlam.template_path()).read("xl/vbaProject.bin"))
    data = decompress(files["VBA/dir"])  # type: ignore[arg-type]
    records = xlam.dir_records(data)
    assert records[-1][1] == 0x0010 and struct.unpack_from("<H", data, records[-1][0])[0] == 0x0010
    assert set(xlam.module_offsets(data)) == {"ThisWorkbook", "Dictionary", "RibbonMyAddin", "Sheet2", "xlwings"}


# ---------------------------------------------------------------- install


def test_install_copies_the_add_in_and_writes_the_user_config_xlwings_reads(tmp_path: Path) -> None:
    machine = windows(tmp_path)
    python = r"C:\Users\评估员\pingfen\Scripts\pythonw.exe"
    installed = install.install(interpreter=python, machine=machine)
    assert installed.path == tmp_path / "profile" / "AppData" / "Roaming" / "Microsoft" / "Excel" / "XLSTART" / "pingfen.xlam"
    assert installed.path.read_bytes() == ADDIN.read_bytes()  # the add-in is copied unchanged
    # xlwings' GetConfigFilePath: Environ("USERPROFILE") & "\." & PROJECT_NAME & "\" & PROJECT_NAME & ".conf"
    config = tmp_path / "profile" / ".pingfen" / "pingfen.conf"
    assert installed.config == config
    assert config.read_bytes() == '"INTERPRETER_WIN","C:\\Users\\评估员\\pingfen\\Scripts\\pythonw.exe"\r\n'.encode("gbk")
    assert not [note for note in installed.notes if ".dll" in note or "Office 是" in note]


def test_install_keeps_the_users_other_settings(tmp_path: Path) -> None:
    machine = windows(tmp_path)
    config = tmp_path / "profile" / ".pingfen" / "pingfen.conf"
    config.parent.mkdir(parents=True)
    config.write_bytes(b'"PYTHONPATH","D:\\work"\r\n"Interpreter_Win","C:\\old\\pythonw.exe"\r\n')
    install.install(interpreter=r"C:\new\pythonw.exe", machine=machine)
    assert config.read_bytes() == b'"PYTHONPATH","D:\\work"\r\n"INTERPRETER_WIN","C:\\new\\pythonw.exe"\r\n'


def test_install_on_a_mac_writes_the_sandboxed_config(tmp_path: Path) -> None:
    machine = install.Machine(platform="darwin", env={}, home=tmp_path, prefix=tmp_path, executable="/Users/a/.venv/bin/python")
    installed = install.install(tmp_path / "startup", machine=machine)
    assert installed.path.read_bytes() == ADDIN.read_bytes()
    # GetMacDir("$HOME") & "/" & PROJECT_NAME & ".conf" in xlwings' VBA
    config = tmp_path / "Library" / "Containers" / "com.microsoft.Excel" / "Data" / "pingfen.conf"
    assert config.read_bytes() == b'"INTERPRETER_MAC","/Users/a/.venv/bin/python"\r\n'


def test_install_on_32_bit_office_with_64_bit_python_says_what_to_do(tmp_path: Path) -> None:
    installed = install.install(interpreter=r"C:\py\pythonw.exe", machine=windows(tmp_path, python_bits=64, office_bits=32, dlls=(64,)))
    text = "\n".join(installed.notes)
    assert "本机 Office 是 32 位，而这个 Python 是 64 位" in text and "请安装 32 位的 Python" in text
    assert f"xlwings32-{xlwings.__version__}.dll" in text  # what 32-bit Office's VBA loads
    assert installed.path.exists() and installed.config is not None  # the buttons still work


def test_install_on_a_matching_32_bit_layout_is_quiet(tmp_path: Path) -> None:
    installed = install.install(interpreter=r"C:\py32\pythonw.exe", machine=windows(tmp_path, python_bits=32, office_bits=32, dlls=(32,)))
    assert not [note for note in installed.notes if ".dll" in note or "Office 是" in note]
    unknown = install.install(interpreter=r"C:\py32\pythonw.exe", machine=windows(tmp_path / "b", python_bits=32, office_bits=None, dlls=(64,)))
    assert any(f"xlwings32-{xlwings.__version__}.dll" in note for note in unknown.notes)  # judged by Python's bitness


def test_install_refuses_a_path_the_vba_cannot_read(tmp_path: Path) -> None:
    with pytest.raises(install.InstallError, match="无法读取的字符"):
        install.install(interpreter="C:\\Users\\김철수\\pythonw.exe", machine=windows(tmp_path))  # not in cp936


def test_excel_startup_folders() -> None:
    assert install.xlstart_dir("win32", {"APPDATA": r"C:\Users\a\AppData\Roaming"}) == Path(r"C:\Users\a\AppData\Roaming") / "Microsoft" / "Excel" / "XLSTART"
    assert install.xlstart_dir("darwin", {}, Path("/Users/a")) == Path("/Users/a") / install.MAC_XLSTART
    assert install.xlstart_dir("linux", {}) is None


def test_install_without_excel_says_where_the_add_in_is(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(install, "has_excel_platform", lambda platform=None: False)
    assert main(["addin", "install"]) == 1
    out = capsys.readouterr().out
    assert "没有 Microsoft Excel" in out and str(ADDIN) in out
    assert "pingfen addin install" in out and "工作表中填写" not in out  # no editing a hidden add-in's sheet


def test_install_to_a_chosen_folder_from_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["addin", "install", "--xlstart", str(tmp_path), "--interpreter", "/opt/py/bin/python"]) == 0
    assert (tmp_path / "pingfen.xlam").read_bytes() == ADDIN.read_bytes()
    out = capsys.readouterr().out
    assert "重新启动 Excel" in out
    if not install.has_excel_platform():
        assert "未写入 Python 的位置" in out


def _procedure(code: str, header: str) -> str:
    start = code.index(header)
    return code[start:code.index("\nEnd ", start)]


def _decoded(vba: str) -> str:
    """The VBA text with every PfText("…") call replaced by the text it builds at run time."""
    text = re.sub(r'PfText\("([0-9A-F ]*)"\)', lambda m: '"' + "".join(chr(int(c, 16)) for c in m.group(1).split()) + '"', vba)
    return text.replace('" & "', "")  # long texts are split into several PfText calls


def test_a_missing_python_is_named_in_chinese_with_its_fix(modules: dict[str, str]) -> None:
    ribbon = modules["RibbonMyAddin"]
    problem = _decoded(_procedure(ribbon, "Function PfPythonProblem()"))
    # the interpreter comes from xlwings' own config chain (sheet, directory, user file) …
    assert 'GetConfig("INTERPRETER_WIN", "")' in problem and 'GetConfig("INTERPRETER_MAC", "")' in problem
    # … and is checked for being set and for existing
    assert 'If interpreter = "" Then' in problem and "If Not FileExists(interpreter) Then" in problem
    assert "尚未运行 pingfen addin install" in problem and "可能已被删除或移动" in problem
    hint = _decoded(_procedure(ribbon, "Function PfInstallHint()"))
    assert "pingfen addin install" in hint and r"%USERPROFILE%\.pingfen\pingfen.conf" in hint and "重新启动 Excel" in hint
    run = _procedure(ribbon, "Sub PingfenRun(")
    assert run.index("PfPythonProblem()") < run.index("RunPython")  # checked before xlwings falls back to PATH
    udf_error = _decoded(_procedure(ribbon, "Function PfUdfError("))
    assert "【安装错误】" in udf_error and "Could not load xlwings" in udf_error and "位数不一致" in udf_error
    for name in UDF_NAMES:  # every worksheet function shows it in its cell
        assert f"    {name} = PfUdfError(Err.Description)" in _procedure(ribbon, f"Function {name}(")
    assert "= Err.Description" not in ribbon


def test_office_bitness_is_read_from_either_registry_view(monkeypatch: pytest.MonkeyPatch) -> None:
    import contextlib
    import sys
    import types

    def registry(entries: dict[tuple[str, int], str]) -> types.ModuleType:
        winreg = types.ModuleType("winreg")
        winreg.HKEY_LOCAL_MACHINE, winreg.KEY_READ, winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY = 1, 0x20019, 0x0100, 0x0200  # type: ignore[attr-defined]

        def open_key(root: int, key: str, reserved: int, access: int) -> Any:
            view = access & 0x0300
            if (key, view) not in entries:
                raise OSError("not found")
            return contextlib.nullcontext((key, view))

        winreg.OpenKey = open_key  # type: ignore[attr-defined]
        winreg.QueryValueEx = lambda handle, name: (entries[handle], 1)  # type: ignore[attr-defined]
        return winreg

    monkeypatch.setattr(sys, "platform", "win32")
    click_to_run = r"SOFTWARE\Microsoft\Office\ClickToRun\Configuration"
    monkeypatch.setitem(sys.modules, "winreg", registry({(click_to_run, 0x0100): "x86"}))
    assert install.office_bits_from_registry() == 32
    msi = r"SOFTWARE\Microsoft\Office\16.0\Outlook"
    monkeypatch.setitem(sys.modules, "winreg", registry({(msi, 0x0200): "x64"}))
    assert install.office_bits_from_registry() == 64
    monkeypatch.setitem(sys.modules, "winreg", registry({}))
    assert install.office_bits_from_registry() is None
