"""What a published file really is: format by content (not by extension), size, hash."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import stat
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.problems import fast_pickle

FORMAT_LABELS = {
    "pdf": "PDF",
    "doc": "DOC",
    "docx": "DOCX",
    "xls": "XLS",
    "xlsx": "XLSX",
    "odt": "ODT",
    "ods": "ODS",
    "jpg": "JPEG",
    "png": "PNG",
    "pptx": "PPTX",
    "zip": "ZIP",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .doc and .xls


@fast_pickle
@dataclass(frozen=True, slots=True)
class FileInfo:
    path: Path
    size: int
    format: str | None  # by content: pdf, docx, xlsx, odt, ods, doc/xls (OLE), jpg, png; None when unknown
    identity: tuple[int, int, int]  # device, inode, modification time: the same file under another path

    @property
    def sha256(self) -> str:
        """The content hash (published in the manifest); read only when a page needs it — a check does not."""
        return _sha256(self.path, self.identity)


def sniff_format(body: bytes, ext: str = "") -> str | None:
    """The format of bytes fetched from a site, with the extension of its name (which only tells DOC from XLS:
    both are OLE containers)."""
    return _sniff(body, body[:8], ext)


def _sniff(source: Path | bytes, head: bytes, ext: str) -> str | None:
    """The format by content: the first bytes, and for a zip container what it holds."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(_OLE):
        ext = ext.lower().lstrip(".")
        return ext if ext in ("doc", "xls") else "doc"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
                names = set(zf.namelist())
                if "mimetype" in names:
                    mime = zf.read("mimetype").decode("ascii", "replace").strip()
                    return {
                        "application/vnd.oasis.opendocument.text": "odt",
                        "application/vnd.oasis.opendocument.spreadsheet": "ods",
                    }.get(mime, "zip")
                if "word/document.xml" in names:
                    return "docx"
                if "xl/workbook.xml" in names:
                    return "xlsx"
                if "ppt/presentation.xml" in names:
                    return "pptx"
        except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
            return None
        return "zip"
    return None


def file_info(path: Path) -> FileInfo:
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)  # one open for size and magic bytes
    try:
        st = os.fstat(fd)
        head = os.read(fd, 8) if stat.S_ISREG(st.st_mode) else b""
    finally:
        os.close(fd)
    return FileInfo(path, st.st_size, _sniff(path, head, path.suffix), (st.st_dev, st.st_ino, st.st_mtime_ns))


@lru_cache(maxsize=1 << 16)
def _sha256(path: Path, identity: tuple[int, int, int]) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def link_or_copy(source: Path, target: Path) -> None:
    """`source` published as `target`: a hard link where the file system allows (a region's documents are
    gigabytes, and its pages are taken from the caches by the thousand), else a copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def human_size(size: int) -> str:
    """Sizes as Russian sites write them: «245 КБ», «1,2 МБ»."""
    if size < 1024:
        return f"{size} Б"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} КБ"
    return f"{size / 1024 / 1024:.1f} МБ".replace(".", ",")


ALLOWED_FORMATS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "odt", "ods"})  # official sites (№ 1493)
MAX_PUBLISHED_BYTES = 15 * 1024 * 1024
MIN_TEXT_CHARS = 30  # fewer characters on the first pages: a scan without a text layer


@fast_pickle
@dataclass(frozen=True, slots=True)
class PdfFacts:
    pages: int
    text_chars: int  # characters of text on the first pages
    signed: bool  # carries a filled signature field
    readable: bool  # pypdf could open it

    @property
    def has_text_layer(self) -> bool:
        return self.text_chars >= MIN_TEXT_CHARS


def inspect_pdf(path: Path | bytes, max_pages: int = 3) -> PdfFacts:
    """What a reader (and a screen reader) gets from a PDF: text, and whether it is signed."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
        pages = len(reader.pages)
        text = "".join((page.extract_text() or "") for page in reader.pages[:max_pages])
        signed = False
        for field in (reader.get_fields() or {}).values():
            if field.get("/FT") == "/Sig" and field.get("/V") is not None:
                signed = True
                break
        return PdfFacts(pages, len("".join(text.split())), signed, True)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError):
        return PdfFacts(0, 0, False, False)


_pdf_memo: dict[tuple[int, int, int], PdfFacts] = {}  # the same file (a hard link) published twice is read once


def file_facts(path: Path) -> tuple[FileInfo, PdfFacts | None]:
    """Everything the checks and pages need of a file: its info, and for a PDF what a reader gets from it."""
    info = file_info(path)
    if info.format != "pdf":
        return info, None
    pdf = _pdf_memo.get(info.identity)
    if pdf is None:
        pdf = _pdf_memo[info.identity] = inspect_pdf(path)
    return info, pdf
