"""argparse's own messages (usage, errors, headings) in Chinese, as every other message of the command line.

argparse looks its messages up through ``gettext``; pingfen ships no message catalogue, so the lookup is
answered from this table instead (messages not in it stay as argparse writes them)."""

from __future__ import annotations

import argparse

CHINESE = {
    "usage: ": "用法：",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项：%(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "参数值无效（应为 %(type)s）：%(value)r",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个参数值",
    "expected at least one argument": "至少需要一个参数值",
    "expected at most one argument": "最多只能有一个参数值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "参数 %s 中必须给出一个",
    "show this help message and exit": "显示此帮助信息并退出",
    "positional arguments": "位置参数",
    "options": "选项",
}


def _chinese(message: str) -> str:
    return CHINESE.get(message, message)


def install() -> None:
    argparse._ = _chinese  # type: ignore[attr-defined]
