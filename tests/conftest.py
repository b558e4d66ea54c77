"""Shared test set-up: tests marked `libreoffice` need soffice.

Outside CI a missing soffice skips them with a loud warning; with CI=true it fails them, so a
broken LibreOffice install can never pass CI by skipping the cross-engine checks.
"""
from __future__ import annotations

import os

import pytest

from pingfen.engines import libreoffice

_MISSING = "未找到 LibreOffice（soffice），运行 bash .ci/setup 或安装 libreoffice-calc-nogui"
_skipped: list[str] = []


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("libreoffice") is None or libreoffice.available():
        return
    if _in_ci():
        pytest.fail(f"CI 环境缺少 LibreOffice：{_MISSING}", pytrace=False)
    _skipped.append(item.nodeid)
    pytest.skip(_MISSING)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _skipped:
        terminalreporter.write_sep(
            "!", f"警告：{len(_skipped)} 个 LibreOffice 测试被跳过，{_MISSING}", red=True, bold=True
        )
