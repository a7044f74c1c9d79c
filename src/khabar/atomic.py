"""Atomic replacement of a published folder, and a lock so two builds never interleave.

The new folder is written beside the old one and swapped in with one rename(2)-family
call, so a reader (or a build killed at any moment) sees either the old or the new
folder, never a mix.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with Linux renameat2(RENAME_EXCHANGE); False if unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def staging_path(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}-tmp-{os.getpid()}"


def _old_path(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}-old"


def recover(out_dir: Path) -> None:
    """Finish or undo a swap that a killed build left half done; drop stale staging folders."""
    old = _old_path(out_dir)
    if old.exists() and not out_dir.exists():
        old.rename(out_dir)
    elif old.exists():
        shutil.rmtree(old)
    for stale in out_dir.parent.glob(f".{out_dir.name}-tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def swap_in(new_dir: Path, out_dir: Path) -> None:
    """Make `new_dir` the content of `out_dir`, atomically where the OS allows."""
    if not out_dir.exists():
        new_dir.rename(out_dir)
        return
    if _exchange(new_dir, out_dir):
        shutil.rmtree(new_dir)  # now holds the old content
        return
    old = _old_path(out_dir)  # two renames; `recover` repairs a kill between them
    out_dir.rename(old)
    new_dir.rename(out_dir)
    shutil.rmtree(old)


@contextlib.contextmanager
def build_lock(out_dir: Path, timeout: float = -1) -> Iterator[None]:
    """Hold an exclusive lock on `out_dir` for the length of a build."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(out_dir.parent / f".{out_dir.name}.lock"), timeout=timeout):
        recover(out_dir)
        yield
