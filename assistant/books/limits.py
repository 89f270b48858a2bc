"""What a book file may be, checked before it is read: size, and for zip-based formats (EPUB, DOCX) the
unpacked size, so a 2 GB file or a zip bomb is refused in one line instead of filling memory."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .document import BookRefused

MAX_FILE_BYTES = 300 * 1024 * 1024  # a long illustrated PDF is ~100 MB; past this it is not a book
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # all members of an EPUB/DOCX together, as declared and as read
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one XHTML chapter or document.xml (a long novel's is ~2 MB)
MAX_RATIO = 200  # text compresses ~4–10x; a member that claims more is a bomb, not a book
MAX_TEXT_CHARS = 30_000_000  # ~15 long novels: a "book" larger than this is a dump of something else


def check_file(path: Path) -> int:
    """The file's size, after refusing what is not a readable file of a sane size."""
    try:
        if path.is_dir():
            raise BookRefused(f"{path} is a folder: give a book file (EPUB, PDF, DOCX, HTML, Markdown or text)")
        size = path.stat().st_size
    except FileNotFoundError:
        raise BookRefused(f"{path} does not exist") from None
    except OSError as e:
        raise BookRefused(f"cannot read {path}: {e.strerror or e}") from e
    if size == 0:
        raise BookRefused(f"{path} is empty: nothing to read; nothing was stored")
    if size > MAX_FILE_BYTES:
        raise BookRefused(
            f"{path} is {size // 1_048_576:,} MB, larger than any book "
            f"(the limit is {MAX_FILE_BYTES // 1_048_576} MB); nothing was stored"
        )
    return size


class SafeZip:
    """A zip archive whose members are read with their size checked, whatever the directory claims."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError) as e:
            raise BookRefused(
                f"{path.name} is not a valid {kind} (damaged, or not a zip archive); nothing was stored"
            ) from e
        infos = self.zip.infolist()
        declared = sum(i.file_size for i in infos)
        if declared > MAX_UNPACKED_BYTES or any(self._bomb(i) for i in infos):
            raise BookRefused(f"{path.name} unpacks to far more than it holds (a zip bomb?); nothing was stored")
        self.names = {i.filename for i in infos}
        self._read = 0

    @staticmethod
    def _bomb(info: zipfile.ZipInfo) -> bool:
        big = info.file_size > 1024 * 1024
        return info.file_size > MAX_MEMBER_BYTES or (big and info.file_size > MAX_RATIO * max(info.compress_size, 1))

    def read(self, name: str) -> bytes:
        """A member's bytes; refuses one that turns out larger than declared (a lying directory)."""
        try:
            with self.zip.open(name) as member:
                data = member.read(MAX_MEMBER_BYTES + 1)
        except KeyError:
            raise BookRefused(
                f"{self.path.name} is not a valid {self.kind}: {name} is missing; nothing was stored"
            ) from None
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as e:
            # RuntimeError: an encrypted member; NotImplementedError: an unknown compression method.
            raise BookRefused(f"{self.path.name} is damaged ({name}: {e}); nothing was stored") from e
        self._read += len(data)
        if len(data) > MAX_MEMBER_BYTES or self._read > MAX_UNPACKED_BYTES:
            raise BookRefused(f"{self.path.name} unpacks to far more than it holds (a zip bomb?); nothing was stored")
        return data

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
