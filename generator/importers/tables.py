"""Read .docx, .xlsx and .csv files into one shape: grids of cells that remember merges, with row locations.

A roadmap in Word is a table whose section rows are merged across the width and whose «Ответственный» is often
merged down over several rows; in Excel the same merges are ranges; a CSV has none. Downstream code sees only
`Grid`: each cell carries its text and the grid position of the merged area it belongs to, so a value merged
down is known to apply to every row it covers, and a value merged across is read once.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from generator.problems import InvalidInput, Problem

MAX_FILE_BYTES = 50 * 1024 * 1024  # roadmaps and lists are kilobytes; a bigger file is not one of them
MAX_UNPACKED_BYTES = 300 * 1024 * 1024  # a zip whose parts inflate beyond this is refused (zip bomb)
MAX_ROWS = 5000
MAX_COLUMNS = 60

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b\ufeff]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    origin: tuple[int, int]  # (row, column) of the first cell of its merged area; its own position if not merged


@dataclass
class Grid:
    """One table: a Word table, an Excel sheet or a CSV file."""

    name: str  # how the user finds it: «таблица 2», «лист «План»», «файл CSV»
    rows: list[list[Cell]]
    where: list[str]  # each row's location as the user sees it: «строка 7»
    before: list[str] = field(default_factory=list)  # Word: the paragraphs between the previous table and this one
    index: int = 0  # position among the file's grids, from 1

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def text(self, row: int, col: int) -> str:
        cells = self.rows[row]
        return cells[col].text if col < len(cells) else ""

    def origin(self, row: int, col: int) -> tuple[int, int]:
        cells = self.rows[row]
        return cells[col].origin if col < len(cells) else (row, col)

    def merged_from_above(self, row: int, col: int) -> bool:
        return self.origin(row, col)[0] < row

    def merged_from_left(self, row: int, col: int) -> bool:
        return self.origin(row, col)[1] < col


@dataclass
class Source:
    path: Path
    label: str  # the file as named in messages
    kind: str  # docx | xlsx | csv
    grids: list[Grid]
    paragraphs: list[str] = field(default_factory=list)  # Word: body paragraphs in order (orders' headings)
    notes: list[str] = field(default_factory=list)  # what reading itself had to decide (encoding, delimiter)


def clean_text(value: str) -> str:
    """Cell text as people read it: lines trimmed, empty lines and invisible control characters dropped.

    The words are kept verbatim; only layout goes (Word's line-break characters, tabs, blank paragraphs), and
    control characters that the model refuses (they come with copy-paste out of Word)."""
    value = _LINE_BREAKS.sub("\n", value).replace("\t", " ").replace("\xa0", " ")
    value = _CONTROL.sub("", value)
    lines = [line.strip() for line in value.split("\n")]
    return "\n".join(line for line in lines if line)


def fail(label: str, message: str, code: str = "import_unreadable", line: int | None = None) -> InvalidInput:
    return InvalidInput([Problem(label, line, None, message, code)])


def read_source(path: Path, label: str | None = None) -> Source:
    """Read a .docx, .xlsx or .csv file; raises InvalidInput with a message in Russian for anything else."""
    label = label or path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise fail(label, "это не файл")
        if size > MAX_FILE_BYTES:
            raise fail(label, f"файл слишком велик ({size // (1024 * 1024)} МБ, допустимо не более 50 МБ)")
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise fail(label, "файл не найден", "import_missing") from None
    except OSError as exc:
        raise fail(label, f"не удалось прочитать файл: {exc.strerror}") from None
    suffix = path.suffix.lower()
    if size == 0:
        raise fail(label, "файл пустой")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        old = {".doc": "Word 97–2003 (.doc)", ".xls": "Excel 97–2003 (.xls)"}.get(suffix, "Microsoft Office 97–2003")
        raise fail(
            label,
            f"файл старого формата {old}: откройте его в Word или Excel и сохраните как .docx или .xlsx",
            "import_format",
        )
    if head.startswith(b"{\\rtf"):
        raise fail(label, "файл в формате RTF: откройте его в Word и сохраните как .docx", "import_format")
    if suffix == ".docx":
        return _read_docx(path, label)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, label)
    if suffix in (".csv", ".txt"):
        return _read_csv(path, label)
    raise fail(label, "поддерживаются файлы .docx, .xlsx и .csv", "import_format")


def _open_zip(path: Path, label: str, what: str, part: str) -> None:
    """Refuse, with a clear message, what is not an intact Office file before a library meets it."""
    damaged = (
        f"файл повреждён или это не {what}: его не удаётся открыть как архив Office Open XML "
        "(возможно, он обрезан при скачивании или это файл другого формата с чужим расширением)"
    )
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if part not in names:
                other = "документ Word" if "word/document.xml" in names else None
                other = other or ("книга Excel" if "xl/workbook.xml" in names else None)
                hint = f": внутри {other}, проверьте расширение файла" if other else ""
                raise fail(label, f"это не {what}{hint}", "import_format")
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise fail(label, "файл распаковывается в слишком большой объём — он не похож на документ")
            bad = archive.testzip()
            if bad is not None:
                raise fail(label, f"{damaged}; испорчена часть «{bad}»", "import_damaged")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise fail(label, damaged, "import_damaged") from None
    except OSError as exc:
        raise fail(label, f"не удалось прочитать файл: {exc.strerror}") from None


# --------------------------------------------------------------------------------------------------
# Word


def _read_docx(path: Path, label: str) -> Source:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _open_zip(path, label, "документ Word (.docx)", "word/document.xml")
    try:
        document = docx.Document(str(path))
        blocks = list(document.iter_inner_content())
    except Exception as exc:  # the package's XML errors have many types; all mean the same to the user
        raise fail(
            label, f"файл повреждён: документ Word не читается ({type(exc).__name__})", "import_damaged"
        ) from None
    grids: list[Grid] = []
    paragraphs: list[str] = []
    before: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            text = _paragraph_text(block.text)
            paragraphs.append(text)
            before.append(text)
        elif isinstance(block, Table):
            grids.append(_docx_grid(block, len(grids) + 1, before))
            before = []
    return Source(path, label, "docx", grids, paragraphs)


def _paragraph_text(text: str) -> str:
    """A body paragraph: its lines (Word's line breaks) kept, layout spaces and control characters dropped."""
    text = _CONTROL.sub("", _LINE_BREAKS.sub("\n", text)).replace("\t", " ").replace("\xa0", " ")
    return "\n".join(line.strip() for line in text.split("\n")).strip("\n")


def _docx_grid(table: object, index: int, before: list[str]) -> Grid:
    from docx.table import Table

    assert isinstance(table, Table)
    raw: list[list[tuple[object, str] | None]] = []
    for row in table.rows[:MAX_ROWS]:
        cells: list[tuple[object, str] | None] = [None] * row.grid_cols_before
        previous = None
        for cell in row.cells:
            # python-docx repeats a cell merged across (gridSpan) and gives the cell above for a cell merged down
            # (vMerge); the underlying <w:tc> element tells which grid positions are one cell.
            element = cell._tc
            if element is previous:
                cells.append((element, cells[-1][1] if cells[-1] else ""))
                continue
            previous = element
            cells.append((element, clean_text("\n".join(p.text for p in cell.paragraphs))))
        cells.extend([None] * row.grid_cols_after)
        raw.append(cells[:MAX_COLUMNS])
    width = max((len(r) for r in raw), default=0)
    rows: list[list[Cell]] = []
    for r, cells in enumerate(raw):
        cells = cells + [None] * (width - len(cells))
        out: list[Cell] = []
        for c, entry in enumerate(cells):
            if entry is None:
                out.append(Cell("", (r, c)))
                continue
            element, text = entry
            if c > 0 and cells[c - 1] is not None and cells[c - 1][0] is element:  # type: ignore[index]
                out.append(Cell(text, out[c - 1].origin))
            elif r > 0 and c < len(raw[r - 1]) and raw[r - 1][c] is not None and raw[r - 1][c][0] is element:  # type: ignore[index]
                out.append(Cell(text, rows[r - 1][c].origin))
            else:
                out.append(Cell(text, (r, c)))
        rows.append(out)
    return Grid(f"таблица {index}", rows, [f"таблица {index}, строка {r + 1}" for r in range(len(rows))], before, index)


# --------------------------------------------------------------------------------------------------
# Excel


def _excel_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return f"{value:%d.%m.%Y}"
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(str(value))


def _read_xlsx(path: Path, label: str) -> Source:
    import openpyxl

    _open_zip(path, label, "книга Excel (.xlsx)", "xl/workbook.xml")
    try:
        # Not read-only: merged ranges are only known to a fully loaded sheet; data_only gives formulas' values.
        book = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, XML errors… for one cause: a damaged file
        raise fail(label, f"файл повреждён: книга Excel не читается ({type(exc).__name__})", "import_damaged") from None
    grids: list[Grid] = []
    notes: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            notes.append(f"скрытый лист «{sheet.title}» не читался")
            continue
        max_row, max_col = min(sheet.max_row, MAX_ROWS), min(sheet.max_column, MAX_COLUMNS)
        values = [
            [_excel_text(v) for v in row]
            for row in sheet.iter_rows(min_row=1, max_row=max_row, max_col=max_col, values_only=True)
        ]
        while values and not any(values[-1]):
            values.pop()
        width = max((c + 1 for row in values for c, v in enumerate(row) if v), default=0)
        rows = [[Cell(v, (r, c)) for c, v in enumerate(row[:width])] for r, row in enumerate(values)]
        for merged in sheet.merged_cells.ranges:
            top, left = merged.min_row - 1, merged.min_col - 1
            if top >= len(rows) or left >= width:
                continue
            text = rows[top][left].text
            for r in range(top, min(merged.max_row, len(rows))):
                for c in range(left, min(merged.max_col, width)):
                    rows[r][c] = Cell(text, (top, left))
        grids.append(
            Grid(
                f"лист «{sheet.title}»",
                rows,
                [f"лист «{sheet.title}», строка {r + 1}" for r in range(len(rows))],
                [],
                len(grids) + 1,
            )
        )
    return Source(path, label, "xlsx", grids, notes=notes)


# --------------------------------------------------------------------------------------------------
# CSV


def _decode(raw: bytes, label: str) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's «Unicode text»), else Windows-1251 (Excel's CSV in
    Russian Windows). A text that is neither is refused rather than read as mojibake."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "UTF-16"
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1251")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise fail(
            label, "кодировка файла не распознана: сохраните его как CSV UTF-8", "import_encoding", line
        ) from None
    letters = sum(ch.isalpha() for ch in text)
    cyrillic = sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text)
    if letters and cyrillic < letters / 3 and any(b >= 0x80 for b in raw):
        raise fail(label, "кодировка файла не распознана: сохраните его как CSV UTF-8", "import_encoding")
    return text, "Windows-1251"


def _delimiter(text: str) -> str:
    """The delimiter that splits the most lines into the same number of columns (ties: «;», Excel's in Russia)."""
    sample = text.splitlines()[:60]
    best, best_score = ";", -1
    for delimiter in (";", "\t", ","):
        widths = [len(row) for row in csv.reader(sample, delimiter=delimiter) if any(cell.strip() for cell in row)]
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        mode = max(set(wide), key=wide.count)
        score = wide.count(mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, label: str) -> Source:
    text, encoding = _decode(path.read_bytes(), label)
    if "\x00" in text:
        raise fail(label, "это не текстовый файл CSV", "import_format")
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Cell]] = []
    where: list[str] = []
    line = 1
    try:
        for r, values in enumerate(reader):
            if r >= MAX_ROWS:
                break
            rows.append([Cell(clean_text(v), (r, c)) for c, v in enumerate(values[:MAX_COLUMNS])])
            where.append(f"строка {line}")
            line = reader.line_num + 1
    except csv.Error as exc:
        raise fail(label, f"файл CSV не разбирается: {exc}", "import_damaged", reader.line_num) from None
    width = max((len(r) for r in rows), default=0)
    for r, cells in enumerate(rows):
        cells.extend(Cell("", (r, c)) for c in range(len(cells), width))
    names = {";": "точка с запятой", ",": "запятая", "\t": "табуляция"}
    notes = [f"кодировка {encoding}, разделитель — {names[delimiter]}"]
    return Source(path, label, "csv", [Grid("файл CSV", rows, where, [], 1)], notes=notes)
