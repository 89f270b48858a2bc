"""Creating files safely: owner-only, never through a path someone else planted, never half-written.

Every file the assistant writes for the user (a backup, an export, the generation number) is first
created under a fresh random name in the target's own folder with O_CREAT|O_EXCL|O_NOFOLLOW and mode
0600, written, flushed to disk and then renamed over the target. O_EXCL means the file is one this
process just made, so a symlink or a world-writable file planted at a predictable `FILE.part` is never
written through; the rename replaces whatever sits at the target name itself (a symlink there is
replaced, not followed); and a crash leaves the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import AssistantError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


def create_exclusive(path: Path) -> BinaryIO:
    """A new, empty, owner-only file at exactly `path`; refuses if anything (even a dangling symlink)
    is already there."""
    fd = os.open(path, _FLAGS, PRIVATE_FILE)
    os.fchmod(fd, PRIVATE_FILE)  # the umask may only remove bits; this states them exactly
    return os.fdopen(fd, "wb")


@contextlib.contextmanager
def atomic_write(target: Path) -> Iterator[BinaryIO]:
    """Write `target` through a fresh private temporary file beside it, renamed into place on success.
    On any failure the temporary file is removed and `target` is left as it was."""
    target = Path(target)
    folder = target.parent
    for _ in range(8):
        tmp = folder / f".{target.name}.{secrets.token_hex(6)}.part"
        try:
            out = create_exclusive(tmp)
            break
        except FileExistsError:
            continue  # astronomically unlikely; never reuse a name we did not create
    else:
        raise AssistantError(f"cannot create a temporary file in {folder}")
    try:
        with out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def make_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) owner-only; an existing folder of ours is tightened."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    st = path.lstat()
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
        raise AssistantError(f"{path} is not a folder")
    if st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) & 0o077:
        path.chmod(PRIVATE_DIR)


def tighten_tree(root: Path) -> int:
    """Make everything under `root` owner-only (files 0600, folders 0700); returns how many changed.
    Symlinks are left alone (chmod would follow them out of the folder)."""
    changed = 0
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            try:
                st = p.lstat()
            except OSError:
                continue
            if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
                continue
            wanted = PRIVATE_DIR if stat.S_ISDIR(st.st_mode) else stat.S_IMODE(st.st_mode) & PRIVATE_DIR
            if stat.S_IMODE(st.st_mode) != wanted:
                with contextlib.suppress(OSError):
                    p.chmod(wanted)
                    changed += 1
    return changed
