"""A workbook's own formulas (as any editor saved them) read into the ``Expr`` model.

References are kept relative to the formula's cell (see ``Ref``), so every cell with the same
formula shape — a filled-down column, a shared formula — is parsed once. Excel's grammar: ``:`` then
unary minus, ``%``, ``^``, ``* /``, ``+ -``, ``&``, comparisons; ``_xlfn.``/``_xlws.`` prefixes of
newer functions are dropped; ``TRUE()`` is TRUE (LibreOffice writes it so).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..cells import column_letter as get_column_letter
from .kept_templates import keep_tree, kept_tree
from ..rules.expr import Area, Bool, Call, Cmp, Concat, ErrorValue, Expr, If, Logic, Neg, Not, Num, Op, Percent, Ref, Text

MAX_ROW, MAX_COL = 1048576, 16384


class FormulaError(ValueError):
    """A formula this reader cannot parse; the message is Chinese and quotes the formula."""


# Operators first: the commonest tokens, and no other token starts with one of their characters.
# Compiled on first use (``_tokenizer``): a recalc whose formula templates were all kept parses none.
_TOKEN = (
    r"""
    (?P<op><>|<=|>=|[-+*/^&=<>%,()])
    |(?P<space>\s+)
    |(?P<string>"(?:[^"]|"")*")
    |(?P<error>\#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A))
    |(?P<sheet>(?:'(?:[^']|'')+'|[^\s'!:()\-+*/^&=<>,;"{}%\[\]]+)!)
    |(?P<area>\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\w.(])
    |(?P<cell>\$?[A-Za-z]{1,3}\$?\d+)(?![\w.(])
    |(?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
    |(?P<function>[A-Za-z_][\w.]*)\(
    |(?P<name>[A-Za-z_\\][\w.]*)
    """
)
_CELL = re.compile(r"(\$?)([A-Za-z]{0,3})(\$?)(\d*)")
_BINARY = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5}
_PREFIXES = ("_XLFN._XLWS.", "_XLFN.", "_XLWS.", "COM.MICROSOFT.")

Token = tuple[str, object]


def column_number(letters: str) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


def _reference(text: str, sheet: str | None, home: tuple[int, int], edge: str = "") -> Ref:
    """One end of a reference, relative to ``home`` unless marked with $. ``edge`` completes a
    whole-column ("first"/"last") or whole-row end."""
    match = _CELL.fullmatch(text)
    assert match is not None
    col_abs, letters, row_abs, digits = match.group(1) == "$", match.group(2), match.group(3) == "$", match.group(4)
    if not letters:  # a whole row: 3:5
        absolute = col_abs or row_abs
        row = int(digits)
        return Ref(sheet, row if absolute else row - home[0], 1 if edge == "first" else MAX_COL, absolute, True)
    col = column_number(letters)
    if not digits:  # a whole column: A:C
        return Ref(sheet, 1 if edge == "first" else MAX_ROW, col if col_abs else col - home[1], True, col_abs)
    row = int(digits)
    return Ref(sheet, row if row_abs else row - home[0], col if col_abs else col - home[1], row_abs, col_abs)


def sheet_name(text: str) -> str:
    name = text[:-1]
    return name[1:-1].replace("''", "'") if name.startswith("'") else name


def _tokenizer() -> re.Pattern[str]:
    return re.compile(_TOKEN, re.X)  # compiled once, then found in re's own cache


def tokens(text: str, home: tuple[int, int]) -> tuple[Token, ...]:
    """The formula's tokens, references made relative to ``home`` (row, column)."""
    result: list[Token] = []
    sheet: str | None = None
    position = 0
    for match in _tokenizer().finditer(text):
        if match.start() != position:
            break  # text no token reads
        position = match.end()
        kind = match.lastgroup
        value = match.group(kind)  # type: ignore[arg-type]
        if kind == "op" and sheet is None:  # the commonest token first
            result.append(("op", value))
            continue
        if kind == "space":
            continue
        if kind == "sheet":
            sheet = sheet_name(value)
            continue
        if sheet is not None and kind not in ("cell", "area"):
            raise FormulaError(f"工作表“{sheet}”之后应为单元格引用")
        if kind == "cell":
            result.append(("ref", _reference(value, sheet, home)))
        elif kind == "area":
            first, last = value.split(":")
            result.append(("ref", Area(_reference(first, sheet, home, "first"), _reference(last, sheet, home, "last"))))
        elif kind == "function":
            name = value.upper()
            for prefix in _PREFIXES:
                if name.startswith(prefix):
                    name = name[len(prefix):]
            result.append(("function", name))
        else:
            result.append((kind, value))  # type: ignore[arg-type]
        sheet = None
    if position < len(text):
        raise FormulaError(f"无法识别公式中“{text[position:position + 12]}”")
    return tuple(result)


# A reference as the tokenizer reads it (optional sheet, then a cell or an area), found by one regex
# pass: the formula with its references blanked out is its template. 评分表 rows share a template but
# not their relative offsets (row 5 reads 数据!B11:B15, row 6 数据!B18:B22), so templates, not relative
# texts, are what repeat.
SLOT = re.compile(
    r"""(?<![\w.$\\'])((?:'(?:[^']|'')+'|[^\s'!:()\-+*/^&=<>,;"{}%\[\]]+)!)?"""
    r"(\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+|\$?[A-Za-z]{1,3}\$?\d+)(?![\w.(])"
)
_UNUSABLE = object()  # a template whose references the regex does not find as the tokenizer does
_TEMPLATES: dict[str, object] = {}  # template → tree of its first formula
_TEMPLATE_LIMIT = 4096
_KEYS: dict[int, tuple[Expr, str]] = {}  # id of a template's tree → (the tree, kept alive, and its template)
Bindings = dict[int, "Ref | Area"]  # id of a reference node of a template's tree → this cell's reference


def parse_formula(text: str, home: tuple[int, int]) -> Expr:
    """``text`` (without the leading "=") of the cell at ``home`` (row, column) as an expression."""
    _check_supported(text)
    return _parse(tokens(text, home))


def parse_bound(text: str, origin: tuple[int, int], home: tuple[int, int]) -> tuple[Expr, Bindings]:
    """``parse_formula(text, origin)`` for the cell at ``home`` (``origin`` for a shared formula's
    other cells), through the template cache: the first formula of each template is tokenized and
    parsed; the next ones get that tree unchanged, with the references they read in its place (give
    both to ``Evaluator(bound=…)``), so nothing per cell but one regex pass is parsed."""
    tree, shared, found = template(text, origin)
    if not shared:
        return tree, {}
    ids = [id(node) for node in tree_references(tree)]
    return tree, dict(zip(ids, [absolute(sheet, reference, origin, home) for sheet, reference in found]))


def template(text: str, origin: tuple[int, int]) -> tuple[Expr, bool, list[tuple[str, str]]]:
    """(tree, shared, found): the tree of ``text``'s template and the references found in ``text``
    as (sheet text, reference text). ``shared``: the tree is the template's, parsed for another
    cell, and ``found`` are this text's references to put in place of its reference nodes
    (``tree_references`` order); otherwise the tree was parsed from ``text`` itself (relative to
    ``origin``)."""
    key, found = template_key(text)
    known = known_template(key, found)
    if known is not None:
        return known, True, found
    expr = parse_formula(text, origin)
    if key not in _TEMPLATES and len(_TEMPLATES) < _TEMPLATE_LIMIT:
        # usable only when the regex finds exactly the references the parser placed, in tree order
        mine = [_relative(sheet, reference, origin) for sheet, reference in found]
        references = tree_references(expr)
        usable = mine == references
        _TEMPLATES[key] = expr if usable else _UNUSABLE
        if usable:
            _KEYS[id(expr)] = (expr, key)
            keep_tree(key, expr, references)
    return expr, False, found


def template_key(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(key, found): ``text``'s template (the text between its references, and whether each is a cell
    or a range: different nodes) and its references as (sheet text, reference text)."""
    pieces = SLOT.split(text)  # text, sheet, reference, text, sheet, reference, …, text
    found = list(zip(pieces[1::3], pieces[2::3]))
    return "\x00".join(pieces[0::3]) + "\x00" + "".join(":" if ":" in reference else "." for _, reference in found), found


def known_template(key: str, found: list[tuple[str, str]]) -> Expr | None:
    """The tree of the template ``key`` already parsed, in this run or an earlier one (``found``: the
    references of a formula of it, which the tree must have), or None."""
    known = _TEMPLATES.get(key)
    if known is not None:
        return None if known is _UNUSABLE else known  # type: ignore[return-value]
    kept = kept_tree(key, found)  # parsed in an earlier run
    if kept is None:
        return None
    tree, references = kept
    _known_references(tree, references)
    if len(_TEMPLATES) < _TEMPLATE_LIMIT:
        _TEMPLATES[key] = tree
        _KEYS[id(tree)] = (tree, key)
    return tree


def key_of(tree: Expr) -> str | None:
    """The template whose tree ``tree`` is (what was kept of it between runs is found by it), or None."""
    known = _KEYS.get(id(tree))
    return known[1] if known is not None and known[0] is tree else None


def _check_supported(text: str) -> None:
    outside = _outside_strings(text)
    if "{" in outside or "[" in outside:
        raise FormulaError(f"不支持数组常量或外部工作簿引用：={text}")


def _relative(sheet_text: str, reference: str, home: tuple[int, int]) -> Ref | Area:
    sheet = sheet_name(sheet_text) if sheet_text else None
    if ":" in reference:
        first, last = reference.split(":")
        return Area(_reference(first, sheet, home, "first"), _reference(last, sheet, home, "last"))
    return _reference(reference, sheet, home)


def absolute(sheet_text: str, reference: str, origin: tuple[int, int], home: tuple[int, int]) -> Ref | Area:
    """A reference written for the cell at ``origin`` (a shared formula's first cell), as the
    absolute one it stands for in the cell at ``home``."""
    if origin == home:  # the cells as written
        return plain_absolute(sheet_text, reference)
    return _fixed(_relative(sheet_text, reference, origin), home)


@lru_cache(maxsize=65536)
def plain_absolute(sheet_text: str, reference: str) -> Ref | Area:
    return _fixed(_relative(sheet_text, reference, (0, 0)), (0, 0))


def _fixed(found: Ref | Area, home: tuple[int, int]) -> Ref | Area:
    if isinstance(found, Area):
        return Area(_fixed(found.first, home), _fixed(found.last, home))  # type: ignore[arg-type]
    row = found.row if found.row_abs else home[0] + found.row
    col = found.col if found.col_abs else home[1] + found.col
    return Ref(found.sheet, row, col)


def tree_references(expr: Expr) -> list[Ref | Area]:
    """The reference nodes of a tree in source order (each parsed token is its own node); found once
    per tree (a template's tree is checked when parsed, then compiled)."""
    known = _REFERENCES.get(id(expr))
    if known is not None and known[0] is expr:
        return list(known[1])
    found: list[Ref | Area] = []
    _collect(expr, found)
    _known_references(expr, tuple(found))
    return found


def _known_references(expr: Expr, found: tuple[Ref | Area, ...]) -> None:
    if len(_REFERENCES) >= _TEMPLATE_LIMIT:
        _REFERENCES.clear()
    _REFERENCES[id(expr)] = (expr, found)  # the tree kept alive with its id


_REFERENCES: dict[int, tuple[Expr, tuple[Ref | Area, ...]]] = {}


def _collect(expr: Expr, found: list[Ref | Area]) -> None:
    if isinstance(expr, (Ref, Area)):
        found.append(expr)
        return
    for value in vars(expr).values():
        for item in value if isinstance(value, tuple) else (value,):
            if not isinstance(item, (str, bool, Decimal)):
                _collect(item, found)


def _outside_strings(text: str) -> str:
    return re.sub(r'"(?:[^"]|"")*"', "", text)


@lru_cache(maxsize=4096)
def _parse(items: tuple[Token, ...]) -> Expr:
    parser = _Parser(items)
    expr = parser.expression(0)
    if parser.position != len(items):
        raise FormulaError(f"公式在“{parser.peek()[1]}”处无法解析")
    # each reference token is its own node, placed in source order: the tree's references, found
    # without walking it
    _known_references(expr, tuple(value for kind, value in items if kind == "ref"))  # type: ignore[misc]
    return expr


_END: Token = ("end", "")
_PERCENT: Token = ("op", "%")


class _Parser:
    __slots__ = ("items", "position")

    def __init__(self, items: tuple[Token, ...]) -> None:
        self.items = (*items, _END)  # reading past the last token gives the end (then a FormulaError)
        self.position = 0

    def peek(self) -> Token:
        return self.items[self.position] if self.position < len(self.items) else _END

    def take(self) -> Token:
        token = self.peek()
        self.position += 1
        return token

    def expect(self, value: str) -> None:
        token = self.take()
        if token != ("op", value):
            raise FormulaError(f"公式缺少“{value}”")

    def expression(self, minimum: int) -> Expr:
        left = self.unary()
        items = self.items
        while True:
            kind, value = items[self.position]  # the end token stops every loop before the tuple ends
            precedence = _BINARY.get(value) if kind == "op" else None  # type: ignore[arg-type]
            if precedence is None or precedence < minimum:
                return left
            self.position += 1
            right = self.expression(precedence + 1)
            left = _binary(str(value), left, right)

    def unary(self) -> Expr:
        kind, value = self.items[self.position]
        if kind == "op" and value == "-":
            self.position += 1
            return Neg(self.unary())
        if kind == "op" and value == "+":
            self.position += 1
            return self.unary()
        operand = self.primary()
        while self.items[self.position] == _PERCENT:
            self.position += 1
            operand = Percent(operand)
        return operand

    def primary(self) -> Expr:
        kind, value = self.take()
        if kind == "ref":
            return value  # type: ignore[return-value]
        if kind == "function":
            return _function(str(value), self.arguments())
        if kind == "number":
            return Num(Decimal(str(value)))
        if kind == "string":
            return Text(str(value)[1:-1].replace('""', '"'))
        if kind == "error":
            return ErrorValue(str(value))
        if kind == "name":
            upper = str(value).upper()
            if upper in ("TRUE", "FALSE"):
                return Bool(upper == "TRUE")
            return ErrorValue("#NAME?")  # a defined name: not used by pingfen's workbooks
        if kind == "op" and value == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        raise FormulaError(f"公式在“{value}”处无法解析" if value else "公式不完整")

    def arguments(self) -> tuple[Expr, ...]:
        args: list[Expr] = []
        if self.items[self.position] == ("op", ")"):
            self.position += 1
            return ()
        while True:
            if self.items[self.position] in (("op", ","), ("op", ")")):
                args.append(Num(Decimal(0)))  # an empty argument counts as 0
            else:
                args.append(self.expression(0))
            kind, value = self.take()
            if kind == "op" and value == ")":
                return tuple(args)
            if kind != "op" or value != ",":
                raise FormulaError("函数参数之间应以逗号分隔")


def _binary(op: str, left: Expr, right: Expr) -> Expr:
    if op == "&":
        parts = (left.parts if isinstance(left, Concat) else (left,)) + (right,)
        return Concat(parts)
    if op in ("+", "-", "*", "/", "^"):
        return Op(op, left, right)
    return Cmp(op, left, right, exact=True)


def _function(name: str, args: tuple[Expr, ...]) -> Expr:
    if name == "IF" and len(args) in (2, 3):
        return If(args[0], args[1], args[2] if len(args) == 3 else Bool(False))
    if name in ("AND", "OR") and args:
        return Logic(name, args)
    if name == "NOT" and len(args) == 1:
        return Not(args[0])
    if name in ("TRUE", "FALSE") and not args:
        return Bool(name == "TRUE")
    return Call(name, args)


def shift_formula(text: str, origin: tuple[int, int], home: tuple[int, int]) -> str:
    """A shared formula's text as written for ``origin``, rewritten for the cell at ``home``: the
    relative parts of its references move by the offset, as Excel fills a formula down or across."""
    rows, cols = home[0] - origin[0], home[1] - origin[1]
    if not rows and not cols:
        return text
    pieces: list[str] = []
    position = 0
    tokenizer = _tokenizer()
    while position < len(text):
        match = tokenizer.match(text, position)
        if not match:
            return text
        position = match.end()
        value = match.group(0)
        if match.lastgroup in ("cell", "area"):
            value = ":".join(_shift_end(end, rows, cols) for end in value.split(":"))
        pieces.append(value)
    return "".join(pieces)


def _shift_end(end: str, rows: int, cols: int) -> str:
    match = _CELL.fullmatch(end)
    assert match is not None
    col_mark, letters, row_mark, digits = match.groups()
    if letters and not col_mark:
        letters = get_column_letter(column_number(letters) + cols)
    if digits and not (row_mark or (not letters and col_mark)):
        digits = str(int(digits) + rows)
    return f"{col_mark}{letters}{row_mark}{digits}"

