"""The five seed documents (tests/fixtures/seeds/, text extracted from real Word files) rebuilt as real .docx files
with python-docx, keeping their table structure: header, rows, multi-line cells, section rows merged across the
table, the continuation row and the dash row of seed 003. Also builders for the variants (merged cells, a table
split over two pages, extra columns, .xlsx with several sheets, CSV in Windows-1251).

Each seed's table is parsed here by its own layout (the extraction wrote it three different ways); the parsed
table is also what the tests compare the import against, so it is kept deliberately simple and literal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.table import Table

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"
FILES = {
    "000": "000_f23b4b730dfa78a6.txt",
    "001": "001_a55ef5b854781420.txt",
    "002": "002_140aef21c564b531.txt",
    "003": "003_fb881abc7b62ca7b.txt",
    "004": "004_470faa68609d21e7.txt",
}


@dataclass
class Row:
    kind: str  # header | item | section | continuation | rule
    cells: list[str]


@dataclass
class Seed:
    name: str
    before: list[str]  # paragraphs before the table (each may hold line breaks)
    rows: list[Row] = field(default_factory=list)
    width: int = 0

    def items(self) -> list[Row]:
        return [r for r in self.rows if r.kind == "item"]

    def sections(self) -> list[Row]:
        return [r for r in self.rows if r.kind == "section"]


def text_of(name: str) -> str:
    return (SEEDS / FILES[name]).read_text(encoding="utf-8")


def norm(text: str) -> str:
    """Whitespace does not count when wording is compared."""
    return " ".join(text.replace("**", "").split())


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines → paragraphs; a bold block «**…**» over several lines is one paragraph with line breaks."""
    out: list[str] = []
    bold: list[str] | None = None
    for line in lines:
        line = line.rstrip("\n").lstrip("\t").rstrip()
        if bold is not None:
            bold.append(line)
            if line.endswith("**"):
                out.append("\n".join(bold))
                bold = None
            continue
        if line.startswith("**") and not (line.endswith("**") and len(line) > 2):
            bold = [line]
            continue
        out.append(line)
    if bold is not None:
        out.append("\n".join(bold))
    return out


def _tab_cells(lines: list[str]) -> list[str]:
    """Seeds 000 and 004: each cell starts on a line beginning with a tab; other lines continue it."""
    cells: list[str] = []
    for line in lines:
        if line.startswith("\t"):
            cells.append(line[1:])
        elif cells:
            cells[-1] += "\n" + line
    return [c.strip() for c in cells]


def parse_seed(name: str) -> Seed:
    lines = text_of(name).split("\n")
    if name == "000":
        start = lines.index("\t№")
        seed = Seed(name, _paragraphs(lines[:start]), width=4)
        cells = _tab_cells(lines[start:])
        seed.rows.append(Row("header", cells[:4]))
        seed.rows += [Row("item", cells[i : i + 4]) for i in range(4, len(cells), 4)]
        return seed
    if name == "004":
        start = lines.index("\tНаименование мероприятий")
        seed = Seed(name, _paragraphs(lines[:start]), width=4)
        cells = _tab_cells(lines[start:])
        seed.rows.append(Row("header", cells[:4]))
        i = 4
        while i < len(cells):
            if re.match(r"^\d+\.\s", cells[i]):
                seed.rows.append(Row("section", [cells[i]]))
                i += 1
            else:
                seed.rows.append(Row("item", cells[i : i + 4]))
                i += 4
        return seed
    if name == "003":
        start = next(i for i, line in enumerate(lines) if line.startswith("№\t"))
        seed = Seed(name, _paragraphs(lines[:start]), width=4)
        for line in lines[start:]:
            if not line.strip():
                continue
            cells = [c.strip() for c in line.split("\t")]
            if cells[0] == "№":
                kind = "header"
            elif all(re.fullmatch(r"-+", c) for c in cells):
                kind = "rule"
            elif not cells[0]:
                kind = "continuation"
            else:
                kind = "item"
            seed.rows.append(Row(kind, cells))
        return seed
    return Seed(name, _paragraphs(lines))  # 001, 002: orders without a table


# --------------------------------------------------------------------------------------------------
# Word


def add_paragraph(document: DocxDocument, text: str) -> None:
    bold = text.startswith("**") and text.endswith("**")
    text = text.strip("*") if bold else text
    paragraph = document.add_paragraph()
    for i, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        run.bold = bold
        if i < text.count("\n"):
            run.add_break()


def set_cell(cell: object, text: str) -> None:
    """A multi-line cell: one paragraph per line, as Word keeps them."""
    lines = text.split("\n") if text else [""]
    cell.text = lines[0]  # type: ignore[attr-defined]
    for line in lines[1:]:
        cell.add_paragraph(line)  # type: ignore[attr-defined]


def add_table(document: DocxDocument, rows: list[Row], width: int) -> Table:
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        if row.kind == "section" and len(row.cells) == 1:
            merged = table.cell(r, 0).merge(table.cell(r, width - 1))
            set_cell(merged, row.cells[0])
            continue
        for c, text in enumerate(row.cells[:width]):
            set_cell(table.cell(r, c), text)
    return table


def build_docx(seed: Seed, path: Path) -> Path:
    document = docx.Document()
    for paragraph in seed.before:
        add_paragraph(document, paragraph)
    if seed.rows:
        add_table(document, seed.rows, seed.width)
    document.save(str(path))
    return path


def seed_docx(name: str, folder: Path) -> Path:
    return build_docx(parse_seed(name), folder / f"seed-{name}.docx")


# --------------------------------------------------------------------------------------------------
# Expected values, read literally from the seed's table


@dataclass
class Expected:
    number: str | None
    event: str
    deadline: str
    responsible: str | None
    result: str | None
    section: str | None  # the section title


def expected(seed: Seed) -> list[Expected]:
    """What each item must become, from the seed table's own cells."""
    out: list[Expected] = []
    section = None
    for row in seed.rows:
        if row.kind == "section":
            section = re.sub(r"^\d+\.\s*", "", row.cells[0])
        elif row.kind == "continuation":
            last = out[-1]
            last.event = f"{last.event} {' '.join(c for c in row.cells if c)}"
        elif row.kind == "item":
            cells = row.cells
            if seed.name == "000":
                out.append(Expected(cells[0], cells[1], cells[2], cells[3], None, None))
            elif seed.name == "004":
                match = re.match(r"^(\d+\.\d+\.?)\s*(.*)$", cells[0], re.S)
                assert match, cells[0]
                out.append(Expected(match.group(1), match.group(2), cells[1], cells[2], cells[3], section))
            elif seed.name == "003":
                out.append(Expected(None, cells[2], cells[3], None, None, cells[1]))
    return out


# --------------------------------------------------------------------------------------------------
# Excel and CSV


def grid_of(seed: Seed) -> list[list[str]]:
    """The seed's table as a rectangle of texts (a section row in its first cell)."""
    return [row.cells + [""] * (seed.width - len(row.cells)) for row in seed.rows]


def build_xlsx(path: Path, sheets: list[tuple[str, list[list[str]], list[str]]], hidden: tuple[str, ...] = ()) -> Path:
    """Sheets of (name, rows, ranges to merge like «A3:D3»), in order; `hidden` sheets are hidden."""
    import openpyxl
    from openpyxl.styles import Alignment

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows, merges in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cell_range in merges:
            sheet.merge_cells(cell_range)
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def seed_rows_for_excel(seed: Seed, first_row: int) -> tuple[list[list[str]], list[str]]:
    """The seed table as sheet rows starting at Excel row `first_row`, with its section rows merged across."""
    rows = grid_of(seed)
    last = "ABCDEFGH"[seed.width - 1]
    merges = [f"A{first_row + i}:{last}{first_row + i}" for i, row in enumerate(seed.rows) if row.kind == "section"]
    return rows, merges


def build_csv(path: Path, rows: list[list[str]], encoding: str = "cp1251", delimiter: str = ";") -> Path:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
