"""The examples in README.md are the engine's real output.

Three kinds of fenced blocks are checked (other blocks are left alone):

- ```yaml blocks with a 评分标准 key: the lines above ``# ↓ 引擎输出`` are the input (评分标准, 分值,
  小数位, 数据, 录入得分, 理由); the lines below are what the rule engine gives.
- ```excel blocks: a worksheet formula with literal arguments (``=SCORE_RATE(924.8,930,"…",4)``),
  each followed by ``→ 结果``.
- ```console blocks: ``$ pingfen …`` followed by the command's output.

``python tests/test_readme.py --write`` recomputes every output in place after the engine changes.
"""
from __future__ import annotations

import contextlib
import io
import re
import shlex
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import yaml

from pingfen import cli, functions
from pingfen.rules import RuleError, evaluate_rule, parse_rule
from pingfen.rules.evaluate import general_text
from pingfen.rules.names import KIND_NAMES

README = Path(__file__).resolve().parents[1] / "README.md"
MARK = "# ↓ 引擎输出"
BLOCK = re.compile(r"^```(yaml|excel|console)\n(.*?)^```$", re.M | re.S)


# ---------------------------------------------------------------- yaml: rule examples


def _yaml_value(value: str) -> str:
    """``value`` written so that yaml reads it back unchanged (a score may read back as a number):
    plain when possible, else quoted."""
    try:
        loaded = yaml.safe_load(f"k: {value}")["k"]
        if loaded == value or (isinstance(loaded, (int, float)) and general_text(Decimal(str(loaded))) == value):
            return value
    except yaml.YAMLError:
        pass
    return "'" + value.replace("'", "''") + "'"


def render_rule_block(body: str) -> str | None:
    head = body.split(MARK)[0].rstrip("\n") + "\n"
    spec = yaml.safe_load(head)
    if not isinstance(spec, dict) or "评分标准" not in spec:
        return None
    lines: list[tuple[str, str]] = []
    try:
        rule = parse_rule(spec["评分标准"])
    except RuleError as error:
        lines.append(("错误", str(error)))
    else:
        lines += [("规则类型", KIND_NAMES[rule.kind]), ("规范写法", rule.canonical())]
        if "数据" in spec or "录入得分" in spec:
            score = evaluate_rule(
                rule,
                spec.get("数据") or {},
                Decimal(str(spec["分值"])),
                precision=int(spec.get("小数位", 2)),
                manual=spec.get("录入得分"),
                reason=spec.get("理由"),
            )
            shown = "（数据不全）" if score.value is None else general_text(score.value)
            lines += [("得分", shown), ("得分计算过程", score.explanation)]
    return head + MARK + "\n" + "".join(f"{key}: {_yaml_value(value)}\n" for key, value in lines)


# ---------------------------------------------------------------- excel: worksheet functions

_TOKEN = re.compile(r'\s*(?:"((?:[^"]|"")*)"|(-?\d+(?:\.\d+)?)|(TRUE|FALSE)|([{};,()]))')


def _excel_call(formula: str) -> tuple[str, list[Any]]:
    """``=NAME(arg,…)`` with literal arguments, as the add-in hands them to a UDF (see
    engines.formulas_compat.to_python): numbers as float, an omitted argument as None, an array
    constant (like a range) as a list of rows."""
    match = re.fullmatch(r"=([A-Z_]+)\((.*)\)", formula.strip(), re.S)
    if not match:
        raise ValueError(f"不是函数调用：{formula}")
    tokens = []
    position = 0
    text = match.group(2)
    while position < len(text):
        token = _TOKEN.match(text, position)
        if not token:
            raise ValueError(f"无法解析：{text[position:]}")
        tokens.append(token)
        position = token.end()
    args: list[Any] = []
    current: Any = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.group(4) == ",":
            args.append(current)
            current = None
        elif token.group(4) == "{":
            rows: list[list[Any]] = [[]]
            index += 1
            while tokens[index].group(4) != "}":
                if tokens[index].group(4) == ";":
                    rows.append([])
                elif tokens[index].group(4) != ",":
                    rows[-1].append(_literal(tokens[index]))
                index += 1
            current = rows
        else:
            current = _literal(token)
        index += 1
    args.append(current)
    return match.group(1), args


def _literal(token: re.Match[str]) -> Any:
    if token.group(1) is not None:
        return token.group(1).replace('""', '"')
    if token.group(2) is not None:
        return float(token.group(2))
    if token.group(3) is not None:
        return token.group(3) == "TRUE"
    raise ValueError(f"意外的符号：{token.group(0)}")


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return general_text(Decimal(repr(value)))
    return "（空）" if value == "" else str(value)


def render_excel_block(body: str) -> str:
    out = []
    for line in body.splitlines():
        if line.startswith("→"):
            continue
        out.append(line)
        if line.startswith("="):
            name, args = _excel_call(line)
            out.append("→ " + _shown(functions.WORKSHEET_FUNCTIONS[name](*args)))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- console: pingfen commands


def _run_cli(command: str) -> str:
    argv = shlex.split(command)
    assert argv[0] == "pingfen"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        cli.main(argv[1:])
    return out.getvalue() + err.getvalue()


def render_console_block(body: str) -> str:
    out = []
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append(line)
            out.append(_run_cli(line[2:]).rstrip("\n"))
    return "\n".join(out) + "\n"


RENDER: dict[str, Callable[[str], str | None]] = {
    "yaml": render_rule_block,
    "excel": render_excel_block,
    "console": render_console_block,
}


def _blocks(text: str) -> list[re.Match[str]]:
    return list(BLOCK.finditer(text))


def render_readme(text: str) -> str:
    parts = []
    last = 0
    for block in _blocks(text):
        rendered = RENDER[block.group(1)](block.group(2))
        parts.append(text[last:block.start(2)])
        parts.append(block.group(2) if rendered is None else rendered)
        last = block.end(2)
    parts.append(text[last:])
    return "".join(parts)


# ---------------------------------------------------------------- tests


def _checked_blocks() -> list[tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    return [(block.group(1), block.group(2)) for block in _blocks(text)]


def test_readme_has_examples() -> None:
    kinds = [kind for kind, body in _checked_blocks() if kind != "yaml" or render_rule_block(body) is not None]
    assert kinds.count("yaml") >= 13
    assert kinds.count("excel") >= 6
    assert kinds.count("console") >= 1


def test_readme_examples_are_engine_output() -> None:
    for kind, body in _checked_blocks():
        rendered = RENDER[kind](body)
        if rendered is not None:
            assert rendered == body, f"README 示例与引擎输出不一致（运行 python tests/test_readme.py --write 更新）：\n{body}"


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("用法：python tests/test_readme.py --write")
    README.write_text(render_readme(README.read_text(encoding="utf-8")), encoding="utf-8")
