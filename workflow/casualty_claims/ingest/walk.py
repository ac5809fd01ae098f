"""Safe, sorted traversal of the input folder.

Yields every regular file under raw_dir once, in sorted order of its relative path.
Symbolic links are never followed out of raw_dir: a link to a file outside becomes a
reject, a link to a directory is never descended (inside raw_dir its target is walked
anyway; outside it is rejected) so link loops cannot happen.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from casualty_claims.ingest.errors import IngestError


@dataclass(frozen=True)
class Entry:
    rel: str  # relative path with "/" separators: the document's source_path
    path: Path  # what to open (a link's resolved target when the link stays inside)
    error: IngestError | None = None


def display(rel: str) -> str:
    """A source path safe for a one-line log or detail message (newlines, tabs escaped)."""
    return rel.encode("unicode_escape").decode("ascii") if not rel.isprintable() else rel


def rel_name(path: Path, root: Path) -> str:
    """path relative to root with "/" separators. Names that are not valid UTF-8 (raw
    bytes smuggled through surrogateescape) are shown with \\x escapes, since Parquet
    strings must be valid UTF-8."""
    rel = os.path.relpath(path, root).replace(os.sep, "/")
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def walk(raw_dir: Path) -> Iterator[Entry]:
    root = os.path.realpath(raw_dir)
    if not os.path.isdir(root):
        raise NotADirectoryError(f"raw_dir {raw_dir} is not a directory")
    entries: list[Entry] = []
    # An explicit stack rather than recursion: folder depth is the user's, not ours.
    stack = [root]
    while stack:
        stack.extend(_scan(stack.pop(), root, entries))
    entries.sort(key=lambda e: e.rel)
    yield from entries


def _scan(directory: str, root: str, out: list[Entry]) -> list[str]:
    """Append the directory's files (and rejects) to `out`; return its subfolders."""
    subdirs: list[str] = []
    try:
        with os.scandir(directory) as it:
            children = sorted(it, key=lambda d: d.name)
    except OSError as exc:
        rel = rel_name(Path(directory), Path(root))
        out.append(Entry(rel, Path(directory), IngestError("unreadable", f"{display(rel)}: cannot list folder: {exc.strerror}")))
        return subdirs
    for child in children:
        rel = rel_name(Path(child.path), Path(root))
        try:
            if child.is_symlink():
                entry = _link(child, rel, root)
                if entry is not None:
                    out.append(entry)
            elif child.is_dir(follow_symlinks=False):
                subdirs.append(child.path)
            elif child.is_file(follow_symlinks=False):
                out.append(Entry(rel, Path(child.path)))
            else:
                out.append(Entry(rel, Path(child.path), IngestError("unsupported", f"{display(rel)}: not a regular file (FIFO, socket or device)")))
        except FileNotFoundError:
            out.append(Entry(rel, Path(child.path), IngestError("vanished", f"{display(rel)}: disappeared while the folder was being listed")))
        except OSError as exc:
            out.append(Entry(rel, Path(child.path), IngestError("unreadable", f"{display(rel)}: {exc.strerror}")))
    return subdirs


def _link(child: os.DirEntry, rel: str, root: str) -> Entry | None:
    target = os.path.realpath(child.path)
    # The target's absolute path stays out of the detail: the rejects table may be published.
    if not is_inside(target, root):
        return Entry(rel, Path(child.path), IngestError("symlink_outside", f"{display(rel)}: symbolic link to a target outside the input folder; not followed"))
    if not os.path.exists(target):
        return Entry(rel, Path(child.path), IngestError("vanished", f"{display(rel)}: broken symbolic link"))
    if os.path.isdir(target):
        return None  # its target is inside raw_dir and walked on its own
    return Entry(rel, Path(target))


def read_bytes(path: Path, rel: str, max_bytes: int | None) -> bytes:
    """Whole file, refusing anything that is not a regular file, is larger than
    max_bytes, vanishes, or changes while it is read."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise IngestError("vanished", f"{display(rel)}: file disappeared before it could be read") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise IngestError("symlink_outside", f"{display(rel)}: became a symbolic link while the pipeline ran; not followed") from None
        raise IngestError("unreadable", f"{display(rel)}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as fh:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            raise IngestError("unsupported", f"{display(rel)}: not a regular file")
        if max_bytes is not None and before.st_size > max_bytes:
            raise IngestError("too_large", f"{display(rel)}: {before.st_size} bytes, more than max_file_bytes={max_bytes}")
        # Read one byte past the limit so a file growing during the read is caught too.
        data = fh.read(max_bytes + 1) if max_bytes is not None else fh.read()
        after = _fstat(fd)
    if max_bytes is not None and len(data) > max_bytes:
        raise IngestError("too_large", f"{display(rel)}: grew beyond max_file_bytes={max_bytes} while being read")
    if not same_file_state(before, after) or len(data) != after.st_size:
        raise IngestError("changed", f"{display(rel)}: file changed while it was being read")
    return data


# Indirection so tests can simulate a writer touching the file mid-read.
_fstat = os.fstat


def same_file_state(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_size, a.st_mtime_ns, a.st_ino) == (b.st_size, b.st_mtime_ns, b.st_ino)
