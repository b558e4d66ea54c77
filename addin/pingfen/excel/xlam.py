"""Builds pingfen.xlam from the add-in template shipped in the pinned xlwings package — without Excel.

``xlwings quickstart --addin --ribbon`` only copies ``quickstart_addin_ribbon.xlam``; this module does
the same and then edits the copy:

1. ``customUI/customUI.xml``: the 绩效评分 tab from ``addin/excel/customUI.xml``, linked from
   ``_rels/.rels`` with the relationship type of its namespace (the template pairs the 2006/01
   namespace with the 2007 type, which Excel 2007 ignores);
2. the config sheet ``_myaddin.conf`` becomes the active ``pingfen.conf`` with the values of
   ``addin/excel/pingfen.conf`` (UDF Modules = pingfen.udfs). No key may be empty: xlwings' GetConfig
   takes a key found on the add-in's sheet even when its value is empty, so an empty
   ``Interpreter_Win`` would hide the user config that ``pingfen addin install`` writes;
3. ``xl/vbaProject.bin``: the project is renamed from the template's ``MyAddin`` to ``pingfen``; the
   ``RibbonMyAddin`` module gets the generic ribbon callback and the install checks
   (``addin/excel/vba/Ribbon.bas``, its Chinese literals encoded for PfText), the worksheet-function
   wrappers (their error text goes through ``PfUdfError``) that xlwings' own
   ``generate_vba_wrapper`` writes for ``pingfen.udfs`` (what "Import Functions" would put into the
   add-in) and ``PingfenDescribe`` (Chinese function and argument descriptions through
   ``Application.MacroOptions``); the ``xlwings`` module gets ``PROJECT_NAME = "pingfen"``. The new
   sources are MS-OVBA compressed, their modules' source offsets in the ``dir`` stream set to 0
   (source only: Excel compiles on load, as it does for the template's own ``xlwings`` module), and
   the compound file is rewritten (``cfb.py``).

Nothing of this has been opened in a real Excel by the build; ``addin/excel/smoke_test_windows.py``
checks the installed add-in in a real Excel.
"""

from __future__ import annotations

import io
import json
import re
import struct
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from .cfb import compress, decompress, read_cfb, write_cfb

PINNED_XLWINGS = "0.37.8"
PROJECT_NAME = "pingfen"
TEMPLATE_PROJECT_NAME = "MyAddin"
RIBBON_MODULE = "RibbonMyAddin"
UDF_MODULE = "pingfen.udfs"
CONFIG_SHEET = f"{PROJECT_NAME}.conf"
TEMPLATE_NAME = "quickstart_addin_ribbon.xlam"
ADDIN_FILE = Path(__file__).resolve().parents[1] / "addin_files" / "pingfen.xlam"
SOURCE_DIR = Path(__file__).resolve().parents[2] / "excel"  # addin/excel in a source checkout
# MS-OI29500 / ISO 29500: customUI of the 2006/01 namespace (Office 2007 and later) is linked with the
# 2006 relationship type, the 2009/07 namespace (Office 2010 and later only) with the 2007 one.
RIBBON_RELATIONSHIPS = {
    "http://schemas.microsoft.com/office/2006/01/customui": "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility",
    "http://schemas.microsoft.com/office/2009/07/customui": "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility",
}
VBA_LINE_LIMIT = 1023


class BuildError(RuntimeError):
    """The add-in cannot be built (missing sources, wrong xlwings version, bad template)."""


# ---------------------------------------------------------------- sources


@dataclass
class Sources:
    custom_ui: str
    ribbon_vba: str  # the hand-written part of the RibbonMyAddin module
    config: list[tuple[str, str | bool]]

    @classmethod
    def load(cls, directory: Path = SOURCE_DIR) -> "Sources":
        try:
            custom_ui = (directory / "customUI.xml").read_text(encoding="utf-8")
            ribbon = encode_chinese_literals((directory / "vba" / "Ribbon.bas").read_text(encoding="utf-8"))
            config = parse_config((directory / "pingfen.conf").read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise BuildError(f"找不到加载项源文件 {error.filename}：pingfen addin build 需要在源码目录（含 addin/excel）中运行") from None
        except UnicodeDecodeError as error:
            raise BuildError(f"加载项源文件不是 UTF-8 编码：{error}") from None
        empty = [key for key, value in config if value == ""]
        if empty:
            raise BuildError(
                f"addin/excel/pingfen.conf 中“{'”“'.join(empty)}”的值为空：xlwings 会采用工作表中的空值而不再读取"
                "用户设置文件（pingfen addin install 写入的 Python 位置），请删除这些行"
            )
        return cls(custom_ui, ribbon, config)


def parse_config(text: str) -> list[tuple[str, str | bool]]:
    """The xlwings config-file format: ``"KEY","value"`` per line; TRUE/FALSE become booleans."""
    entries: list[tuple[str, str | bool]] = []
    for line in text.splitlines():
        match = re.fullmatch(r'\s*"([^"]+)"\s*,\s*"([^"]*)"\s*', line)
        if not match:
            continue
        key, value = match.groups()
        entries.append((key, value.upper() == "TRUE" if value.upper() in ("TRUE", "FALSE") else value))
    return entries


def encode_chinese_literals(source: str) -> str:
    """``source`` with every VBA string literal holding non-ASCII text replaced by ``PfText`` calls
    (40 characters each, so lines stay short); a non-ASCII character anywhere else is an error."""

    def replace(match: re.Match[str]) -> str:
        text = match.group(1).replace('""', '"')
        if text.isascii():
            return match.group(0)
        pieces = [text[i:i + 40] for i in range(0, len(text), 40)]
        return " & ".join('PfText("' + " ".join(f"{ord(char):04X}" for char in piece) + '")' for piece in pieces)

    lines = []
    for number, line in enumerate(source.splitlines(), start=1):
        line = re.sub(r'"((?:[^"]|"")*)"', replace, line)
        if not line.isascii():
            raise BuildError(f"addin/excel/vba/Ribbon.bas 第 {number} 行：中文只能写在字符串中（VBA 工程代码页为 1252），注释请用英文")
        if len(line) > VBA_LINE_LIMIT:
            raise BuildError(f"addin/excel/vba/Ribbon.bas 第 {number} 行编码后超过 VBA 的 {VBA_LINE_LIMIT} 个字符，请拆成几行")
        lines.append(line)
    return "\n".join(lines) + "\n"


def template_path() -> Path:
    import xlwings

    if xlwings.__version__ != PINNED_XLWINGS:
        raise BuildError(f"需要 xlwings {PINNED_XLWINGS}（pyproject.toml 中固定的版本），当前为 {xlwings.__version__}")
    return Path(xlwings.__file__).parent / TEMPLATE_NAME


# ---------------------------------------------------------------- VBA


_GENERATOR = r"""
import io, json, sys, types
for name in ("pythoncom", "pywintypes", "win32com", "win32com.client"):
    sys.modules[name] = types.ModuleType(name)
sys.modules["pythoncom"].CoInitialize = lambda: None
sys.modules["win32com.client"].Dispatch = lambda *args, **kwargs: None
sys.modules["win32com"].client = sys.modules["win32com.client"]
import xlwings
import xlwings.udfs as classic
xlwings.func, xlwings.arg, xlwings.ret = classic.xlfunc, classic.xlarg, classic.xlret
import importlib
module_name = sys.argv[1]
module = importlib.import_module(module_name)
class AddIn:
    Name = "pingfen.xlam"
out = io.StringIO()
classic.generate_vba_wrapper(module_name, module, out, AddIn())
docs = {}
for name in dir(module):
    info = getattr(getattr(module, name), "__xlfunc__", None)
    if info:
        docs[info["name"]] = {
            "doc": info["ret"]["doc"], "category": info["category"],
            "args": [arg["doc"] for arg in info["args"] if not arg["vba"]],
        }
print(json.dumps({"vba": out.getvalue(), "docs": docs}))
"""


def udf_wrappers(module: str = UDF_MODULE) -> tuple[str, dict[str, dict]]:
    """The VBA wrapper functions xlwings' "Import Functions" would write for ``module``, and the
    functions' descriptions. xlwings' classic UDF code needs pywin32, so it runs in a separate
    Python with stand-ins for the Windows modules (only the text generator is used)."""
    result = subprocess.run(
        [sys.executable, "-c", _GENERATOR, module], capture_output=True, text=True, encoding="utf-8", check=False,
    )
    if result.returncode != 0:
        raise BuildError(f"生成工作表函数的 VBA 包装失败：{result.stderr.strip()[-800:]}")
    data = json.loads(result.stdout)
    return data["vba"], data["docs"]


def assign_text(var: str, text: str) -> list[str]:
    """VBA statements setting ``var`` to ``text`` from its code points (PfText), 100 characters
    per statement so that no line exceeds VBA's 1023 characters."""
    codes = [f"{ord(char):04X}" for char in text]
    pieces = [" ".join(codes[i:i + 100]) for i in range(0, len(codes), 100)] or [""]
    lines = [f'    {var} = PfText("{pieces[0]}")']
    lines += [f'    {var} = {var} & PfText("{piece}")' for piece in pieces[1:]]
    return lines


def describe_procedure(docs: dict[str, dict]) -> str:
    """``PingfenDescribe``: Application.MacroOptions with the Chinese descriptions (ASCII source)."""
    most = max((len(info["args"]) for info in docs.values()), default=0)
    lines = [
        "Sub PingfenDescribe()",
        "    ' Generated by build_addin.py from the @xw.func/@xw.arg docs of pingfen.udfs.",
        "    On Error Resume Next",
        "    Dim d As String, c As String" + "".join(f", a{i} As String" for i in range(most)),
    ]
    for name in sorted(docs):
        info = docs[name]
        lines += assign_text("d", " ".join(info["doc"].split())[:255])
        lines += assign_text("c", info["category"] or "")
        for index, doc in enumerate(info["args"]):
            lines += assign_text(f"a{index}", doc[:255])
        arguments = ", ".join(f"a{i}" for i in range(len(info["args"])))
        lines.append(
            f'    Application.MacroOptions Macro:="\'" & ThisWorkbook.Name & "\'!{name}", Description:=d, Category:=c'
            + (f", ArgumentDescriptions:=Array({arguments})" if arguments else "")
        )
    lines.append("End Sub")
    return "\r\n".join(lines) + "\r\n"


def ribbon_module(sources: Sources) -> str:
    """The complete source of the RibbonMyAddin module (CRLF line ends, ASCII)."""
    wrappers, docs = udf_wrappers()
    wrappers, count = re.subn(r"^(\s*)(\w+) = Err\.Description$", r"\1\2 = PfUdfError(Err.Description)", wrappers.replace("\r\n", "\n"), flags=re.M)
    if count != len(docs):
        raise BuildError(f"xlwings 生成的 {len(docs)} 个函数包装中只找到 {count} 处错误处理（xlwings 版本不符？）")
    parts = [
        f'Attribute VB_Name = "{RIBBON_MODULE}"',
        '#Const App = "Microsoft Excel" \'Adjust when using outside of Excel',
        sources.ribbon_vba.replace("\r\n", "\n").strip("\n"),
        "' ---- worksheet functions: generated by xlwings.udfs.generate_vba_wrapper for pingfen.udfs",
        "' (their error text goes through PfUdfError, which names an install problem in Chinese)",
        wrappers.strip("\n"),
        "' ---- function descriptions",
        describe_procedure(docs).replace("\r\n", "\n").strip("\n"),
    ]
    text = "\n".join(parts).replace("\n", "\r\n") + "\r\n"
    try:
        text.encode("ascii")
    except UnicodeEncodeError as error:
        raise BuildError(f"VBA 源码含非 ASCII 字符（位置 {error.start}）：中文请用 PfText 编码") from None
    return text


def xlwings_module(template_source: str) -> str:
    """The template's xlwings module with this add-in's project name (config sheet pingfen.conf,
    user config %USERPROFILE%\\.pingfen\\pingfen.conf)."""
    source, count = re.subn(
        r'Public Const PROJECT_NAME As String = "[^"]*"', f'Public Const PROJECT_NAME As String = "{PROJECT_NAME}"', template_source,
    )
    if count != 1:
        raise BuildError("模板的 xlwings 模块中找不到 PROJECT_NAME 常量")
    return source


# ---------------------------------------------------------------- vbaProject.bin


def dir_records(data: bytes) -> list[tuple[int, int, bytes]]:
    """The records of a decompressed ``dir`` stream as (offset, id, data)."""
    records = []
    position = 0
    while position + 6 <= len(data):
        record_id, size = struct.unpack_from("<HI", data, position)
        if record_id == 0x0009:  # PROJECTVERSION: Size says 4, the record holds 6 bytes
            size = 6
        records.append((position, record_id, data[position + 6:position + 6 + size]))
        position += 6 + size
    return records


def module_offsets(dir_data: bytes) -> dict[str, tuple[int, int]]:
    """Module stream name → (position of its MODULEOFFSET value in ``dir``, the offset)."""
    found: dict[str, tuple[int, int]] = {}
    stream = None
    for position, record_id, data in dir_records(dir_data):
        if record_id == 0x001A:  # MODULESTREAMNAME
            stream = data.decode("cp1252")
        elif record_id == 0x0031 and stream is not None:  # MODULEOFFSET
            found[stream] = (position + 6, struct.unpack("<I", data)[0])
            stream = None
    return found


def module_source(files: dict[str, bytes | None], dir_data: bytes, name: str) -> str:
    _, offset = module_offsets(dir_data)[name]
    stream = files[f"VBA/{name}"]
    assert stream is not None
    return decompress(stream[offset:]).decode("cp1252")


def renamed_dir(dir_data: bytes, name: str) -> bytes:
    """The ``dir`` stream with its PROJECTNAME record (0x0004) set to ``name``."""
    for position, record_id, data in dir_records(dir_data):
        if record_id == 0x0004:
            encoded = name.encode("cp1252")
            return dir_data[:position] + struct.pack("<HI", 0x0004, len(encoded)) + encoded + dir_data[position + 6 + len(data):]
    raise BuildError("VBA 工程的 dir 流中没有 PROJECTNAME 记录")


def renamed_project_stream(project: bytes, name: str) -> bytes:
    """The ``PROJECT`` stream (the VBE's text description) with ``Name="..."`` set to ``name``."""
    text, count = re.subn(rb'^Name="[^"]*"\r$', b'Name="' + name.encode("cp1252") + b'"\r', project, flags=re.M)
    if count != 1:
        raise BuildError("VBA 工程的 PROJECT 流中没有 Name 行")
    return text


def project_name(data: bytes) -> tuple[str, str]:
    """The project name of a vbaProject.bin as the ``dir`` and ``PROJECT`` streams give it."""
    files = read_cfb(data)
    dir_stream, project = files["VBA/dir"], files["PROJECT"]
    assert dir_stream is not None and project is not None
    in_dir = next(data for _, record_id, data in dir_records(decompress(dir_stream)) if record_id == 0x0004).decode("cp1252")
    match = re.search(rb'^Name="([^"]*)"', project, flags=re.M)
    return in_dir, match.group(1).decode("cp1252") if match else ""


def rewrite_vba_project(data: bytes, modules: dict[str, str], name: str = PROJECT_NAME) -> bytes:
    """``data`` (a vbaProject.bin) named ``name``, with the given modules' source replaced (source only)."""
    files = read_cfb(data)
    dir_stream, project = files["VBA/dir"], files["PROJECT"]
    assert dir_stream is not None and project is not None
    files["PROJECT"] = renamed_project_stream(project, name)
    dir_data = bytearray(renamed_dir(decompress(dir_stream), name))
    offsets = module_offsets(bytes(dir_data))
    for name, source in modules.items():
        if name not in offsets:
            raise BuildError(f"VBA 工程中没有模块 {name}")
        position, _ = offsets[name]
        dir_data[position:position + 4] = struct.pack("<I", 0)
        files[f"VBA/{name}"] = compress(source.encode("cp1252"))
    files["VBA/dir"] = compress(bytes(dir_data))
    return write_cfb(files)


# ---------------------------------------------------------------- workbook parts


def config_sheet_xml(template_sheet: str, entries: list[tuple[str, str | bool]], strings: list[str]) -> str:
    """The config sheet: keys in column A from A1 down (xlwings reads until the first blank),
    values in column B; ``strings`` collects the shared strings."""

    def shared(text: str) -> int:
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    rows = []
    for row, (key, value) in enumerate(entries, start=1):
        cells = f'<c r="A{row}" s="1" t="s"><v>{shared(key)}</v></c>'
        if isinstance(value, bool):
            cells += f'<c r="B{row}" s="1" t="b"><v>{int(value)}</v></c>'
        elif value != "":
            cells += f'<c r="B{row}" s="1" t="s"><v>{shared(value)}</v></c>'
        rows.append(f'<row r="{row}">{cells}</row>')
    sheet = re.sub(r"<sheetData>.*</sheetData>", "<sheetData>" + "".join(rows) + "</sheetData>", template_sheet, flags=re.S)
    sheet = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="A1:B{len(entries)}" />', sheet)
    sheet = re.sub(r"<cols>.*</cols>", '<cols><col min="1" max="1" width="18" style="1" customWidth="1" /><col min="2" max="2" width="60" style="1" customWidth="1" /></cols>', sheet, flags=re.S)
    return sheet


def shared_strings_xml(strings: list[str], references: int) -> str:
    items = "".join(f"<si><t xml:space=\"preserve\">{escape(text)}</t></si>" for text in strings)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{references}" uniqueCount="{len(strings)}">{items}</sst>'
    )


def workbook_xml(template: str) -> str:
    text, count = re.subn(r'<sheet name="_myaddin\.conf"', f'<sheet name="{CONFIG_SHEET}"', template)
    if count != 1:
        raise BuildError("模板中找不到配置工作表 _myaddin.conf")
    return re.sub(r"<mc:AlternateContent\b.*?</mc:AlternateContent>", "", text, flags=re.S)  # the template author's path


def package_relationships(template: str, custom_ui: str) -> str:
    """``_rels/.rels`` with the ribbon's relationship type matching the namespace of ``custom_ui``."""
    match = re.search(r'<customUI\s[^>]*xmlns="([^"]+)"', custom_ui)
    wanted = RIBBON_RELATIONSHIPS.get(match.group(1)) if match else None
    if wanted is None:
        raise BuildError("addin/excel/customUI.xml 的命名空间不是 2006/01/customui 或 2009/07/customui")
    text, count = re.subn(
        r'Type="http://schemas\.microsoft\.com/office/200[67]/relationships/ui/extensibility"', f'Type="{wanted}"', template,
    )
    if count != 1:
        raise BuildError("模板的 _rels/.rels 中找不到功能区（customUI）关系")
    return text


def core_xml(template: str) -> str:
    text = re.sub(r"<dc:title\s*/>", "<dc:title>pingfen 绩效评分加载项</dc:title>", template)
    text = re.sub(r"<dc:creator>[^<]*</dc:creator>", "<dc:creator>pingfen</dc:creator>", text)
    return re.sub(r"<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>", "<cp:lastModifiedBy>pingfen addin build</cp:lastModifiedBy>", text)


def read_config(xlam: bytes) -> list[tuple[str, str | bool]]:
    """The config sheet of a built add-in as (key, value) rows."""
    archive = zipfile.ZipFile(io.BytesIO(xlam))
    strings = re.findall(r"<si>\s*<t[^>]*>(.*?)</t>\s*</si>", archive.read("xl/sharedStrings.xml").decode("utf-8"), re.S)
    sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    from xml.sax.saxutils import unescape

    cells: dict[str, str | bool] = {}
    for ref, attributes, value in re.findall(r'<c r="([A-Z]+\d+)"([^>]*)>\s*<v>(.*?)</v>', sheet):
        kind = dict(re.findall(r'(\w+)="([^"]*)"', attributes)).get("t")
        cells[ref] = unescape(strings[int(value)]) if kind == "s" else (value == "1" if kind == "b" else value)
    rows = []
    row = 1
    while f"A{row}" in cells:
        rows.append((str(cells[f"A{row}"]), cells.get(f"B{row}", "")))
        row += 1
    return rows


def _zip(source: zipfile.ZipFile, parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            item = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            item.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(item, parts[info.filename])
    return out.getvalue()


# ---------------------------------------------------------------- build


def build(sources: Sources | None = None, template: Path | None = None) -> tuple[bytes, str]:
    """The add-in's bytes and the source of its RibbonMyAddin module."""
    sources = sources or Sources.load()
    template = template or template_path()
    source = zipfile.ZipFile(template)
    parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    files = read_cfb(parts["xl/vbaProject.bin"])
    dir_stream = files["VBA/dir"]
    assert dir_stream is not None
    dir_data = decompress(dir_stream)
    ribbon = ribbon_module(sources)
    xlwings_source = xlwings_module(module_source(files, dir_data, "xlwings"))
    parts["xl/vbaProject.bin"] = rewrite_vba_project(parts["xl/vbaProject.bin"], {RIBBON_MODULE: ribbon, "xlwings": xlwings_source})
    parts["customUI/customUI.xml"] = sources.custom_ui.encode("utf-8")
    parts["_rels/.rels"] = package_relationships(parts["_rels/.rels"].decode("utf-8"), sources.custom_ui).encode("utf-8")
    parts["xl/workbook.xml"] = workbook_xml(parts["xl/workbook.xml"].decode("utf-8")).encode("utf-8")
    parts["docProps/core.xml"] = core_xml(parts["docProps/core.xml"].decode("utf-8")).encode("utf-8")
    strings: list[str] = []
    parts["xl/worksheets/sheet1.xml"] = config_sheet_xml(parts["xl/worksheets/sheet1.xml"].decode("utf-8"), sources.config, strings).encode("utf-8")
    references = len(sources.config) + sum(1 for _, value in sources.config if isinstance(value, str) and value)
    parts["xl/sharedStrings.xml"] = shared_strings_xml(strings, references).encode("utf-8")
    return _zip(source, parts), ribbon


def build_to(target: Path = ADDIN_FILE, sources_dir: Path = SOURCE_DIR) -> Path:
    """Builds the add-in into ``target``. Only the shipped add-in (``target`` is ``ADDIN_FILE``) also
    gets its generated module written next to the sources (``addin/excel/vba/generated/RibbonMyAddin.bas``,
    tracked for review): a build to another file must not change the tracked copy."""
    xlam, ribbon = build(Sources.load(sources_dir))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(xlam)
    if target.resolve() == ADDIN_FILE.resolve():
        generated = sources_dir / "vba" / "generated"
        generated.mkdir(parents=True, exist_ok=True)
        (generated / f"{RIBBON_MODULE}.bas").write_bytes(ribbon.encode("ascii"))
    return target
