"""The reason of an operating-system error in Chinese. Apart from ``files`` (which writes files) so that
``failures``, which every command loads to report errors, needs neither ``pathlib`` nor the rest of
the file-writing code."""

from __future__ import annotations

import errno

_ERRNO_TEXT = {
    getattr(errno, name): text
    for name, text in (
        ("ENOENT", "文件或文件夹不存在"),
        ("EACCES", "没有访问权限（文件可能正被其他程序打开，或所在文件夹不允许写入）"),
        ("EPERM", "操作不被允许（没有权限）"),
        ("ENOSPC", "磁盘空间不足"),
        ("EDQUOT", "超出磁盘配额"),
        ("EROFS", "所在位置是只读的（只读文件系统或光盘）"),
        ("EISDIR", "这是一个文件夹，不是文件"),
        ("ENOTDIR", "路径中的某一级不是文件夹"),
        ("ENAMETOOLONG", "文件名过长"),
        ("EEXIST", "文件已存在"),
        ("EBUSY", "文件正被占用"),
        ("ETXTBSY", "文件正被占用"),
        ("EIO", "读写出错（磁盘或网络故障）"),
        ("EMFILE", "同时打开的文件过多"),
        ("ENFILE", "同时打开的文件过多"),
        ("EINVAL", "文件名或参数无效"),
        ("ELOOP", "符号链接层数过多"),
        ("EFBIG", "文件过大"),
    )
    if hasattr(errno, name)  # not every platform has every code
}


def os_error_text(error: OSError) -> str:
    """The reason of an operating-system error in Chinese (the English text only as a last resort)."""
    text = _ERRNO_TEXT.get(error.errno or 0)
    if text is None:
        text = f"系统错误：{error.strerror or error}"
    return text
