"""导出: a clean copy of a workbook for the client — values and native formulas only.

Works on the file itself (an .xlsx/.xlsm package, e.g. what Excel's ``SaveCopyAs`` wrote), with
surgical edits of its XML parts so that nothing else changes (styles, charts, print setup, comments…):

- the hidden ``_pingfen`` sheet (the add-in's bookkeeping) is removed;
- every cell whose formula calls a pingfen worksheet function (SCORE_RATE…) or a function of an
  add-in (``[1]!SCORE_RATE(…)`` with an external link to an .xlam) keeps its last computed value and
  loses the formula, so the client's Excel, WPS or LibreOffice shows the number without the add-in;
- the external links to add-ins, the VBA project (an .xlsm becomes an .xlsx) and the calculation
  chain (Excel rebuilds it) are removed.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import unescape

from ..files import atomic_output, same_file
from ..guards import check_package
from ..workbook.layout import META_SHEET
from .udfs import UDF_NAMES

_MAIN_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_MAIN_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
_REL_VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
_REL_CALC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain"
_UDF = re.compile(r"(?<![A-Za-z0-9_])(?:_xludf\.)?(" + "|".join(UDF_NAMES) + r")\s*\(", re.I)
_CELL = re.compile(
    r'<c r="(?P<ref>[A-Z]+[0-9]+)"(?P<attrs>[^>]*?)>(?P<f><f(?P<fattrs>\s[^>]*?)?(?:/>|>(?P<ftext>.*?)</f>))(?:<v>(?P<v>.*?)</v>|<v\s*/>)?(?P<rest>.*?)</c>',
    re.S,
)
_REL = re.compile(r"<Relationship\b[^>]*/>")
_ATTR = re.compile(r'(\w+(?::\w+)?)="([^"]*)"')


class ExportError(ValueError):
    """The workbook cannot be cleaned (not an .xlsx/.xlsm package)."""


@dataclass
class ExportReport:
    removed_sheets: list[str] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)  # "Sheet!A1" of formulas turned into values
    removed_links: list[str] = field(default_factory=list)
    removed_macros: bool = False

    def summary(self) -> str:
        parts = []
        if self.removed_sheets:
            parts.append("已去除隐藏工作表 " + "、".join(self.removed_sheets))
        if self.converted:
            parts.append(f"{len(self.converted)} 个使用加载项函数的单元格已转为数值")
        if self.removed_links:
            parts.append(f"已断开 {len(self.removed_links)} 个加载项链接")
        if self.removed_macros:
            parts.append("已去除宏")
        return "；".join(parts) or "无需清理"


def _attrs(tag: str) -> dict[str, str]:
    return dict(_ATTR.findall(tag))


def _rels(xml: str) -> list[dict[str, str]]:
    return [_attrs(match.group(0)) for match in _REL.finditer(xml)]


def _rels_path(part: str) -> str:
    directory, name = posixpath.split(part)
    return posixpath.join(directory, "_rels", name + ".rels")


def _resolve(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_part), target))


class _Package:
    def __init__(self, path: Path) -> None:
        check_package(path)
        try:
            with zipfile.ZipFile(path) as archive:
                self.order = [info.filename for info in archive.infolist()]
                self.infos = {info.filename: info for info in archive.infolist()}
                self.parts = {name: archive.read(name) for name in self.order}
        except zipfile.BadZipFile:
            raise ExportError(f"{path}：不是 .xlsx/.xlsm 工作簿（请先在 Excel 中另存为 .xlsx）") from None
        if "xl/workbook.xml" not in self.parts:
            raise ExportError(f"{path}：不是 Excel 工作簿（缺少 xl/workbook.xml）")

    def text(self, name: str) -> str:
        return self.parts[name].decode("utf-8")

    def put(self, name: str, text: str) -> None:
        self.parts[name] = text.encode("utf-8")

    def drop(self, name: str) -> None:
        if name in self.parts:
            del self.parts[name]
            self.order.remove(name)
            types = self.text("[Content_Types].xml")
            types = re.sub(r'<Override\b[^>]*PartName="/' + re.escape(name) + r'"[^>]*/>', "", types)
            self.put("[Content_Types].xml", types)
        rels = _rels_path(name)
        if rels in self.parts:
            del self.parts[rels]
            self.order.remove(rels)

    def drop_relationship(self, rels_part: str, rel_id: str) -> None:
        xml = self.text(rels_part)
        xml = re.sub(r'<Relationship\b[^>]*\bId="' + re.escape(rel_id) + r'"[^>]*/>', "", xml)
        self.put(rels_part, xml)

    def save(self, target: Path, backup: bool) -> None:
        with atomic_output(target, backup=backup) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as out:
            for name in self.order:
                info = self.infos[name]
                item = zipfile.ZipInfo(name, date_time=info.date_time)
                item.compress_type = zipfile.ZIP_DEFLATED
                item.external_attr = info.external_attr
                out.writestr(item, self.parts[name])


def export_clean(
    source: str | Path, target: str | Path, hidden_sheets: tuple[str, ...] = (META_SHEET,), *, backup: bool = False
) -> ExportReport:
    """Writes the clean copy of ``source`` to ``target`` (an .xlsx, kept as ``.bak`` when ``backup``
    and it exists) and says what was cleaned. The working file itself is never the target."""
    if same_file(source, target):
        raise ExportError(f"{target}：报送版不能覆盖原工作簿本身，请另选输出文件名")
    package = _Package(Path(source))
    report = ExportReport()
    workbook = package.text("xl/workbook.xml")
    rels_part = "xl/_rels/workbook.xml.rels"
    rels = {rel["Id"]: rel for rel in _rels(package.text(rels_part))}

    # add-in links: [k]! in formulas refers to the k-th externalReference
    references = re.findall(r'<externalReference\b[^>]*r:id="([^"]*)"[^>]*/>', workbook)
    addin_links: list[int] = []
    for index, rel_id in enumerate(references, start=1):
        part = _resolve("xl/workbook.xml", rels[rel_id]["Target"])
        link_rels = _rels_path(part)
        targets = [rel.get("Target", "") for rel in _rels(package.text(link_rels))] if link_rels in package.parts else []
        if any(t.lower().rstrip("/").endswith((".xlam", ".xla")) for t in targets):
            addin_links.append(index)
            report.removed_links.append(next(iter(targets), ""))

    sheets = re.findall(r'<sheet\b[^>]*/>', workbook)
    names = [unescape(_attrs(tag)["name"], {"&quot;": '"', "&apos;": "'"}) for tag in sheets]
    parts = {name: _resolve("xl/workbook.xml", rels[_attrs(tag)["r:id"]]["Target"]) for name, tag in zip(names, sheets)}

    # formulas that need the add-in become their values
    for name, part in parts.items():
        if name in hidden_sheets or part not in package.parts:
            continue
        xml, converted = _convert_cells(package.text(part), addin_links)
        if converted:
            package.put(part, xml)
            report.converted += [f"{name}!{ref}" for ref in converted]

    # the hidden bookkeeping sheet
    for position in reversed(range(len(names))):
        if names[position] not in hidden_sheets:
            continue
        tag = sheets[position]
        rel_id = _attrs(tag)["r:id"]
        workbook = workbook.replace(tag, "", 1)
        workbook = _shift_sheet_indices(workbook, position)
        part = parts[names[position]]
        _drop_with_children(package, part)
        package.drop_relationship(rels_part, rel_id)
        report.removed_sheets.insert(0, names[position])

    # the add-in links themselves; later links are renumbered in every formula
    for index in reversed(addin_links):
        rel_id = references[index - 1]
        workbook = re.sub(r'<externalReference\b[^>]*r:id="' + re.escape(rel_id) + r'"[^>]*/>', "", workbook, count=1)
        _drop_with_children(package, _resolve("xl/workbook.xml", rels[rel_id]["Target"]))
        package.drop_relationship(rels_part, rel_id)
        for name, part in parts.items():
            if part in package.parts:
                package.put(part, _renumber_links(package.text(part), index))
        workbook = _renumber_links(workbook, index)
    workbook = re.sub(r"<externalReferences>\s*</externalReferences>|<externalReferences/>", "", workbook)

    # macros and the calculation chain
    for rel in list(rels.values()):
        if rel.get("Type") in (_REL_VBA, _REL_CALC):
            part = _resolve("xl/workbook.xml", rel["Target"])
            _drop_with_children(package, part)
            package.drop_relationship(rels_part, rel["Id"])
            if rel["Type"] == _REL_VBA:
                report.removed_macros = True
    for name in [n for n in package.parts if re.fullmatch(r"xl/vbaProjectSignature\w*\.bin", n)]:
        package.drop(name)
    types = package.text("[Content_Types].xml").replace(_MAIN_XLSM, _MAIN_XLSX)
    types = re.sub(r'<Default\b[^>]*ContentType="application/vnd\.ms-office\.vbaProject"[^>]*/>', "", types)
    package.put("[Content_Types].xml", types)
    package.put("xl/workbook.xml", workbook)
    package.save(Path(target), backup)
    return report


def _drop_with_children(package: _Package, part: str) -> None:
    """Removes a part, its relationships and the parts only it pointed to (drawings, printer
    settings…), unless another part still points to them."""
    rels = _rels_path(part)
    children = []
    if rels in package.parts:
        for rel in _rels(package.text(rels)):
            if rel.get("TargetMode") != "External":
                children.append(_resolve(part, rel["Target"]))
    package.drop(part)
    for child in children:
        if child in package.parts and not _referenced(package, child):
            _drop_with_children(package, child)


def _referenced(package: _Package, part: str) -> bool:
    for name in package.parts:
        if name.endswith(".rels"):
            source = posixpath.join(posixpath.dirname(posixpath.dirname(name)), posixpath.basename(name)[: -len(".rels")])
            for rel in _rels(package.text(name)):
                if rel.get("TargetMode") != "External" and _resolve(source, rel.get("Target", "")) == part:
                    return True
    return False


def _shift_sheet_indices(workbook: str, removed: int) -> str:
    def local(match: re.Match[str]) -> str:
        tag, index = match.group(0), int(match.group(1))
        if index == removed:
            return "\x00DROP\x00"
        return tag.replace(f'localSheetId="{index}"', f'localSheetId="{index - 1 if index > removed else index}"')

    workbook = re.sub(r'<definedName\b[^>]*localSheetId="(\d+)"', local, workbook)
    workbook = re.sub(r"\x00DROP\x00[^>]*>.*?</definedName>", "", workbook, flags=re.S)

    def view(match: re.Match[str]) -> str:
        name, index = match.group(1), int(match.group(2))
        return f'{name}="{max(0, index - 1) if index >= removed and index > 0 else index}"'

    return re.sub(r'\b(activeTab|firstSheet)="(\d+)"', view, workbook)


def _renumber_links(xml: str, removed: int) -> str:
    def renumber(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return f"[{index - 1}]" if index > removed else match.group(0)

    def in_formula(match: re.Match[str]) -> str:
        return match.group(1) + re.sub(r"\[(\d+)\](?=[^\[\]\s(),]*!)", renumber, match.group(2)) + match.group(3)

    xml = re.sub(r"(<f\b[^>]*>)(.*?)(</f>)", in_formula, xml, flags=re.S)
    return re.sub(r"(<definedName\b[^>]*>)(.*?)(</definedName>)", in_formula, xml, flags=re.S)


def _needs_addin(formula: str, addin_links: list[int]) -> bool:
    if _UDF.search(formula):
        return True
    if re.search(r"\.xlam?'?!", formula, re.I):
        return True
    return any(f"[{index}]!" in formula for index in addin_links)


def _convert_cells(xml: str, addin_links: list[int]) -> tuple[str, list[str]]:
    converted: list[str] = []
    shared: set[str] = set()

    def first_pass(match: re.Match[str]) -> str:
        formula = unescape(match.group("ftext") or "")
        fattrs = _attrs(match.group("fattrs") or "")
        if formula and _needs_addin(formula, addin_links):
            if fattrs.get("t") == "shared" and "si" in fattrs:
                shared.add(fattrs["si"])
            converted.append(match.group("ref"))
            return _as_value(match)
        return match.group(0)

    def second_pass(match: re.Match[str]) -> str:
        fattrs = _attrs(match.group("fattrs") or "")
        if fattrs.get("t") == "shared" and fattrs.get("si") in shared and not match.group("ftext"):
            converted.append(match.group("ref"))
            return _as_value(match)
        return match.group(0)

    xml = _CELL.sub(first_pass, xml)
    if shared:
        xml = _CELL.sub(second_pass, xml)
    return xml, converted


def _as_value(match: re.Match[str]) -> str:
    attrs = _attrs(match.group("attrs"))
    kind = attrs.pop("t", None)
    attrs.pop("cm", None)  # cell metadata of dynamic-array formulas
    attributes = "".join(f' {key}="{value}"' for key, value in attrs.items())
    value = match.group("v")
    ref = match.group("ref")
    if value is None:
        return f'<c r="{ref}"{attributes}/>'
    if kind == "str":
        return f'<c r="{ref}"{attributes} t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'
    if kind in ("e", "b"):
        return f'<c r="{ref}"{attributes} t="{kind}"><v>{value}</v></c>'
    return f'<c r="{ref}"{attributes}><v>{value}</v></c>'
