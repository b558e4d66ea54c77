"""Writing files without endangering them.

Every file pingfen writes goes through ``atomic_output``: the new content is written to a temporary
file in the target's own folder (an unnamed O_TMPFILE file on Linux, so even ``kill -9`` leaves
nothing behind), flushed and fsynced, given the permissions of the file it replaces, and only then
renamed over the target — a reader sees the old file or the new one, never half of one. A read-only
target is refused, and an existing output is replaced only when the caller says so (``--force``),
keeping the old file as ``<name>.bak``.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from .os_errors import os_error_text

TEMP_PREFIX = ".pingfen-"
_TEMP_SUFFIX = ".tmp"
_WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


class FileSafetyError(Exception):
    """A write that was refused or failed; the message says in Chinese which file and why."""


def backup_path(target: Path) -> Path:
    return target.with_name(target.name + ".bak")


def is_read_only(path: Path) -> bool:
    """No write permission bit at all (chmod 444, the Windows read-only attribute), or no write
    access for this user. Root ignores permission bits, so the bits are checked as well."""
    mode = path.stat().st_mode
    return not mode & _WRITE_BITS or not os.access(path, os.W_OK)


def check_target(target: str | Path, *, force: bool = False, replaces_itself: bool = False) -> Path:
    """Refuses, before any work is done, an output that must not be written: a folder, a read-only
    file, or an existing file without ``force`` (unless the command updates that very file in place,
    ``replaces_itself``). Returns the path to write (a symbolic link is written through)."""
    path = Path(target)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.is_dir():
        raise FileSafetyError(f"{target}：这是一个文件夹，请给出输出文件名（如 {Path(target) / '评分表.xlsx'}）")
    if path.exists():
        if is_read_only(path):
            raise FileSafetyError(f"{target}：文件是只读的，未作任何修改（如需写入，请先取消只读属性，或另存为其他文件）")
        if not force and not replaces_itself:
            raise FileSafetyError(
                f"{target}：文件已存在，未覆盖。请换一个输出文件名，或加 --force 覆盖（原文件将保留为 {backup_path(path).name}）"
            )
    return path


def unused_path(directory: Path, stem: str, suffix: str = ".xlsx") -> Path:
    """A file name in ``directory`` that does not exist yet (``stem.xlsx``, ``stem-2.xlsx``…)."""
    candidate = directory / f"{stem}{suffix}"
    counter = 2
    while candidate.exists():
        candidate = directory / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


def same_file(first: str | Path, second: str | Path) -> bool:
    first, second = Path(first), Path(second)
    if first.exists() and second.exists():
        return os.path.samefile(first, second)
    return os.path.normcase(os.path.realpath(first)) == os.path.normcase(os.path.realpath(second))


@contextmanager
def atomic_output(target: str | Path, *, backup: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write the new content of ``target`` into; on leaving the block without an
    error it replaces ``target`` atomically (after copying the old file to ``<name>.bak`` when
    ``backup``). On any error or interruption (Ctrl+C, SIGTERM) the temporary file is removed and
    ``target`` is untouched. OS errors become ``FileSafetyError`` naming ``target``."""
    path = check_target(target, replaces_itself=True)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(folder)
        handle, named = _open_temporary(folder)
    except OSError as error:
        raise FileSafetyError(f"无法写入 {target}：{os_error_text(error)}") from None
    try:
        with handle:
            yield handle
            try:
                handle.flush()
                _copy_permissions(handle.fileno(), path)
                os.fsync(handle.fileno())
                if backup and path.exists():
                    copy_atomically(path, backup_path(path))
                with _signals_deferred():  # (a SIGTERM between naming and renaming left the named file behind)
                    named = _give_name(handle, folder, named)
                    os.replace(named, path)
                    named = None
                _sync_folder(folder)
            except OSError as error:
                raise FileSafetyError(f"无法写入 {target}：{os_error_text(error)}") from None
    finally:
        if named is not None:
            Path(named).unlink(missing_ok=True)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Ctrl+C and SIGTERM held back while the temporary file is named and renamed over the target: the
    handler raises at any step, and one raised between the two would leave the named file behind. A
    held-back signal is delivered when the block ends (the target then already replaced)."""
    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def copy_atomically(source: Path, target: Path) -> None:
    """``target`` becomes a complete copy of ``source`` (content, permissions, times) or stays as it was."""
    import shutil  # here, not at the top: every command imports this module, few copy files

    with atomic_output(target) as out, source.open("rb") as data:
        shutil.copyfileobj(data, out, 1 << 20)
    shutil.copystat(source, target)


def _open_temporary(folder: Path, unnamed: bool = True) -> tuple[BinaryIO, str | None]:
    """An unnamed file in ``folder`` where the OS offers one (Linux O_TMPFILE: it vanishes with the
    process, whatever kills it), else a hidden named file carrying our process id."""
    if unnamed and hasattr(os, "O_TMPFILE"):
        try:
            descriptor = os.open(folder, os.O_TMPFILE | os.O_RDWR, 0o666)
            return os.fdopen(descriptor, "w+b"), None
        except OSError as error:
            if error.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
                raise
    for _ in range(100):
        name = folder / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}{_TEMP_SUFFIX}"
        try:
            descriptor = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        return os.fdopen(descriptor, "w+b"), str(name)
    raise FileExistsError(errno.EEXIST, "临时文件名冲突", str(folder))


def _give_name(handle: BinaryIO, folder: Path, named: str | None) -> str:
    """The unnamed temporary file gets a hidden name for the final rename (linkat cannot replace);
    where linking is refused (no /proc, a sandbox), its content is copied to a named one."""
    if named is not None:
        return named
    name = folder / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}{_TEMP_SUFFIX}"
    try:
        # linkat(…, AT_SYMLINK_FOLLOW) on /proc/self/fd/N: Python calls plain link() (which would
        # link the /proc symlink itself) unless a directory descriptor is given
        descriptors = os.open("/proc/self/fd", os.O_RDONLY)
        try:
            os.link(str(handle.fileno()), name, src_dir_fd=descriptors, follow_symlinks=True)
        finally:
            os.close(descriptors)
    except OSError:
        import shutil

        copy, named = _open_temporary(folder, unnamed=False)
        with copy:
            try:
                handle.seek(0)
                shutil.copyfileobj(handle, copy, 1 << 20)
                copy.flush()
                os.fchmod(copy.fileno(), stat.S_IMODE(os.fstat(handle.fileno()).st_mode))
                os.fsync(copy.fileno())
            except BaseException:
                Path(str(named)).unlink(missing_ok=True)
                raise
        return str(named)
    return str(name)


def _copy_permissions(descriptor: int, original: Path) -> None:
    """The new file keeps the mode (and, where allowed, the owner) of the file it replaces; a new
    file keeps the ordinary mode it was created with (0666 less the umask), never 0600."""
    if sys.platform == "win32" or not original.exists():
        return
    status = original.stat()
    os.fchmod(descriptor, stat.S_IMODE(status.st_mode))
    try:
        os.fchown(descriptor, status.st_uid, status.st_gid)
    except OSError:
        pass  # only root may give a file away; the group of a shared folder is kept where allowed


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut once the folder entry is on disk."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network shares) cannot sync a folder
    finally:
        os.close(descriptor)


def _remove_stale_temporaries(folder: Path) -> None:
    """Named temporaries left by a pingfen process that no longer runs (killed between naming its
    file and the rename, or on a system without unnamed files)."""
    if sys.platform == "win32":
        return
    for candidate in folder.glob(f"{TEMP_PREFIX}*{_TEMP_SUFFIX}"):
        pid = candidate.name[len(TEMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            candidate.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
