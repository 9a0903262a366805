"""What a published file really is: format by content (not by extension), size, hash."""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True, slots=True)
class FileInfo:
    path: Path
    size: int
    sha256: str
    format: str | None  # by content: pdf, docx, xlsx, odt, ods, doc/xls (OLE), jpg, png; None when unknown


def sniff_format(path: Path) -> str | None:
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(_OLE):
        ext = path.suffix.lower().lstrip(".")
        return ext if ext in ("doc", "xls") else "doc"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
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
        except (zipfile.BadZipFile, OSError, KeyError):
            return None
        return "zip"
    return None


def file_info(path: Path) -> FileInfo:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return FileInfo(path, size, digest.hexdigest(), sniff_format(path))


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


@dataclass(frozen=True, slots=True)
class PdfFacts:
    pages: int
    text_chars: int  # characters of text on the first pages
    signed: bool  # carries a filled signature field
    readable: bool  # pypdf could open it

    @property
    def has_text_layer(self) -> bool:
        return self.text_chars >= MIN_TEXT_CHARS


def inspect_pdf(path: Path, max_pages: int = 3) -> PdfFacts:
    """What a reader (and a screen reader) gets from a PDF: text, and whether it is signed."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
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
