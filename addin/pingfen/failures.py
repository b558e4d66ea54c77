"""How a command's failures reach the user: one Chinese line on standard error and exit status 2,
never a traceback — for errors in what the user gave (rubric, workbook, rule text), refused or failed
writes, operating-system errors, damaged files, memory exhaustion, a closed output pipe
(``pingfen score --json | head``) and interruption (Ctrl+C, SIGTERM: the temporary file of a write in
progress is removed on the way out, see ``files.atomic_output``).

``PINGFEN_DEBUG=1`` shows the traceback of an unexpected error, for maintainers."""

from __future__ import annotations

import _signal as signal  # signal's functions, without the enums the signal module makes (0.5 ms at every start)
import os
import sys
import zlib
from contextlib import contextmanager
from . import TYPE_CHECKING

from .os_errors import os_error_text

if TYPE_CHECKING:
    from typing import Any, Iterator

FAILURE = 2


class CliError(Exception):
    """A user error: printed as is, exit status 2."""


class Status:
    """The exit status a command sets while its failures are reported. (A plain class: made by every
    command, it would make ``dataclasses`` load for a command that has no other use for it.)"""

    __slots__ = ("code",)

    def __init__(self, code: int = 0) -> None:
        self.code = code


_USER_ERRORS = (
    ("pingfen.failures", "CliError"), ("pingfen.files", "FileSafetyError"), ("pingfen.guards", "UnsafeFileError"),
    ("pingfen.workbook.saved", "WorkbookError"), ("pingfen.rubric.source", "RubricError"),
    ("pingfen.excel.export", "ExportError"), ("pingfen.excel.install", "InstallError"), ("pingfen.excel.xlam", "BuildError"),
)


def _user_errors() -> tuple[type[BaseException], ...]:
    """The library's own error types, whose message is already the Chinese sentence to show. Only
    loaded modules are asked (an error cannot come from a module never imported), so reporting a
    failure imports nothing — it may be reporting a MemoryError."""
    return tuple(getattr(sys.modules[module], name) for module, name in _USER_ERRORS if module in sys.modules)


def message_for(error: BaseException) -> str:
    """The Chinese sentence for a failure (without the leading “错误：”)."""
    if isinstance(error, _user_errors()):
        return str(error)
    if isinstance(error, BrokenPipeError):
        return "输出管道已被关闭（如接在 head 之后），输出未完整写出"
    if isinstance(error, OSError):
        where = f"{error.filename}：" if error.filename else ""
        return f"{where}{os_error_text(error)}"
    if type(error).__name__ == "BrokenProcessPool":
        return "处理该文件的子进程意外退出（可能内存不足或被系统终止）"
    if isinstance(error, MemoryError):
        return "内存不足，无法完成（文件过大或内容异常）；请关闭其他程序后重试，或拆分文件"
    if isinstance(error, RecursionError):
        return "内容嵌套过深，无法处理（文件或公式结构异常）"
    zipfile = sys.modules.get("zipfile")  # a damaged archive can only come from a module that read one
    if isinstance(error, (zlib.error, EOFError)) or (zipfile is not None and isinstance(error, zipfile.BadZipFile)):
        return f"文件已损坏，无法解压（{error}）"
    if isinstance(error, UnicodeError):
        return f"文字编码无法识别（应为 UTF-8）：{error}"
    if "Xml" in type(error).__name__ or "ParseError" in type(error).__name__:
        return f"文件内容已损坏或不是 Excel 写出的格式，无法读取（{type(error).__name__}：{error}）"
    return f"程序内部错误（{type(error).__name__}：{error}）。请把这条信息和所用文件发给维护人员"


class Interrupted(KeyboardInterrupt):
    """SIGTERM, delivered like Ctrl+C so that every ``finally`` (temporary files) runs."""


def _terminate(signum: int, frame: Any) -> None:
    _deliver(Interrupted, frame)


def _keyboard(signum: int, frame: Any) -> None:
    _deliver(KeyboardInterrupt, frame)


_pending: list[type[KeyboardInterrupt]] = []


def _deliver(kind: type[KeyboardInterrupt], frame: Any) -> None:
    """Raise the interrupt — unless it lands in the callback importlib runs when a module lock is let go: an exception
    there is printed as "Exception ignored" (a traceback on the user's screen) and dropped, the interrupt lost. There
    it is raised again a moment later, once the import has moved on."""
    if frame is not None and frame.f_code.co_name == "cb" and frame.f_code.co_filename.startswith("<frozen importlib") \
            and hasattr(signal, "setitimer"):
        _pending.append(kind)
        signal.signal(signal.SIGALRM, _again)
        signal.setitimer(signal.ITIMER_REAL, 0.002)
        return
    raise kind


def _again(signum: int, frame: Any) -> None:
    _deliver(_pending.pop() if _pending else KeyboardInterrupt, frame)


@contextmanager
def failures_reported() -> Iterator[Status]:
    """Runs a command: its exit status goes in the yielded ``Status``; any failure is printed in
    Chinese and sets status 2."""
    status = Status()
    previous = signal.getsignal(signal.SIGTERM)
    previous_int = signal.getsignal(signal.SIGINT)
    # (not where SIGINT is ignored, as in a background job, nor where Python does not own it)
    own_int = previous_int is signal.default_int_handler
    try:
        signal.signal(signal.SIGTERM, _terminate)
        if own_int:
            signal.signal(signal.SIGINT, _keyboard)
        in_main_thread = True
    except ValueError:  # only the main thread may set a handler
        in_main_thread = False
    try:
        yield status
        sys.stdout.flush()  # a closed pipe shows here when the output was short
    except KeyboardInterrupt as error:
        status.code = report_interrupted(error)
    except BrokenPipeError as error:
        _silence_stdout()
        status.code = _report(message_for(error))
    except Exception as error:
        if os.environ.get("PINGFEN_DEBUG") and not isinstance(error, _user_errors()):
            raise
        status.code = _report(message_for(error))
    finally:
        if in_main_thread:
            try:
                signal.signal(signal.SIGTERM, previous)
                if own_int:
                    signal.signal(signal.SIGINT, previous_int)
            except KeyboardInterrupt as error:  # Ctrl+C as the command ended (restoring checks for signals)
                status.code = report_interrupted(error)


def report_interrupted(error: KeyboardInterrupt) -> int:
    return _report("已中断" + ("（收到终止信号）" if isinstance(error, Interrupted) else "") + "：文件只会整体替换——输出文件要么保持原样，要么已完整写入（原文件另存为 .bak），未完成的临时文件已删除")


def _report(message: str) -> int:
    try:
        print(f"错误：{message}", file=sys.stderr)
    except (BrokenPipeError, OSError):
        pass
    return FAILURE


def _silence_stdout() -> None:
    """After the reader of our output went away, Python's final flush must not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
