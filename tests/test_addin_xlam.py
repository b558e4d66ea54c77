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
from xml.etree import ElementTree

import warnings

import olefile
import pytest
import xlwings

with warnings.catch_warnings():  # oletools 0.60.2 uses pyparsing names deprecated since
    warnings.simplefilter("ignore", DeprecationWarning)
    from oletools.olevba import VBA_Parser, decompress_stream

from pingfen.cli import main
from pingfen.excel import install, xlam
from pingfen.excel.actions import ACTIONS
from pingfen.excel.cfb import compress, decompress, read_cfb, write_cfb
from pingfen.excel.udfs import UDF_NAMES, UDFS

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
    # the single generic callback passes the tag to the Python dispatcher
    assert "pingfen_actions.dispatch('\" & control.Tag & \"')" in ribbon
    assert 'RunPython "import pingfen.excel.actions as pingfen_actions;' in ribbon


def test_the_vba_is_ascii(parts: dict[str, bytes]) -> None:
    files = read_cfb(parts["xl/vbaProject.bin"])
    dir_data = decompress(files["VBA/dir"])  # type: ignore[arg-type]
    for name, (_, offset) in xlam.module_offsets(dir_data).items():
        source = decompress(files[f"VBA/{name}"][offset:])  # type: ignore[index]
        assert all(byte < 0x80 for byte in source), name
    source_file = xlam.SOURCE_DIR / "vba" / "Ribbon.bas"
    assert all(byte < 0x80 for byte in source_file.read_bytes())


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
    config = dict(xlam.read_config(ADDIN.read_bytes()))
    assert config["UDF Modules"] == "pingfen.udfs"
    assert {"Interpreter_Win", "Interpreter_Mac", "Use UDF Server", "Debug UDFs"} <= set(config)
    assert config["Debug UDFs"] is False
    assert 'codeName="Sheet2"' in parts["xl/worksheets/sheet1.xml"].decode()  # still the VBA document module


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
    for name in ("PROJECT", "PROJECTwm", "VBA/_VBA_PROJECT", "VBA/Dictionary", "VBA/ThisWorkbook", "VBA/Sheet2"):
        assert before[name] == after[name], name
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


def test_pingfen_addin_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "built.xlam"
    assert main(["addin", "build", "-o", str(target)]) == 0
    assert target.read_bytes() == ADDIN.read_bytes()
    assert "已生成加载项" in capsys.readouterr().out


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


def test_install_copies_the_add_in_with_the_interpreter(tmp_path: Path) -> None:
    installed = install.install(tmp_path / "XLSTART", platform="win32", interpreter=r"C:\Users\评估员\pingfen\Scripts\pythonw.exe")
    data = installed.path.read_bytes()
    config = dict(xlam.read_config(data))
    assert config["Interpreter_Win"] == r"C:\Users\评估员\pingfen\Scripts\pythonw.exe"
    assert config["UDF Modules"] == "pingfen.udfs"
    with zipfile.ZipFile(io.BytesIO(data)) as new, zipfile.ZipFile(ADDIN) as shipped:
        for name in new.namelist():
            if name not in ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"):
                assert new.read(name) == shipped.read(name)
    mac = install.install(tmp_path / "mac", platform="darwin", interpreter="/Users/a/.venv/bin/python")
    assert dict(xlam.read_config(mac.path.read_bytes()))["Interpreter_Mac"] == "/Users/a/.venv/bin/python"


def test_excel_startup_folders() -> None:
    assert install.xlstart_dir("win32", {"APPDATA": r"C:\Users\a\AppData\Roaming"}) == Path(r"C:\Users\a\AppData\Roaming") / "Microsoft" / "Excel" / "XLSTART"
    assert install.xlstart_dir("darwin", {}, Path("/Users/a")) == Path("/Users/a") / install.MAC_XLSTART
    assert install.xlstart_dir("linux", {}) is None


def test_install_without_excel_says_where_the_add_in_is(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(install, "has_excel_platform", lambda platform=None: False)
    assert main(["addin", "install"]) == 1
    out = capsys.readouterr().out
    assert "没有 Microsoft Excel" in out and str(ADDIN) in out


def test_install_to_a_chosen_folder_from_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["addin", "install", "--xlstart", str(tmp_path), "--interpreter", "/opt/py/bin/python"]) == 0
    assert (tmp_path / "pingfen.xlam").exists()
    assert "重新启动 Excel" in capsys.readouterr().out
