"""The words around a table or at the top of an order: the roadmap's title, «Приложение … к приказу … от … №»,
the order's kind, date, number, issuer and title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.model.deadline import MONTHS

MAX_TITLE_CHARS = 600  # a title is a sentence or two; a longer block before a table is body text

_DATE = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TEXT_DATE = re.compile(r"«?\s*(\d{1,2})\s*»?\s+([а-яё]+)\s+(\d{4})", re.IGNORECASE)
_NUMBER = re.compile(r"№\s*([0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё\-/.]*)")
_APPENDIX = re.compile(
    r"^\s*Приложени[еяи]\b(?P<n>\s*(?:№\s*)?[\dIVX]+)?\s*(?:к\s+(?P<kind>приказу|распоряжению|постановлению)\b)?",
    re.IGNORECASE,
)
_KIND_TO_NOMINATIVE = {"приказу": "приказ", "распоряжению": "распоряжение", "постановлению": "постановление"}


@dataclass(frozen=True)
class Appendix:
    """«Приложение 2 к приказу Управления образования … от 22.04.2022 № 70-ОД»."""

    text: str  # as written, on one line
    kind: str | None  # приказ | распоряжение | постановление
    date: date | None
    number: str | None
    issuer: str | None


def one_line(text: str) -> str:
    return " ".join(text.split())


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # «31.02.2022»: not a day, so not the document's date
        return None


def find_date(text: str) -> date | None:
    """The first date written as ДД.ММ.ГГГГ, ГГГГ-ММ-ДД or «14» февраля 2022 г."""
    found: list[tuple[int, date | None]] = []
    if iso := _ISO_DATE.search(text):
        found.append((iso.start(), _day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))))
    if match := _DATE.search(text):
        found.append((match.start(), _day(int(match.group(3)), int(match.group(2)), int(match.group(1)))))
    for match in _TEXT_DATE.finditer(text):
        month = MONTHS.get(match.group(2).lower().replace("ё", "е"))
        if month:
            found.append((match.start(), _day(int(match.group(3)), month, int(match.group(1)))))
            break
    days = sorted((position, day) for position, day in found if day is not None)
    return days[0][1] if days else None


def find_number(text: str) -> str | None:
    match = _NUMBER.search(text)
    return match.group(1).rstrip(".-/") if match else None


def parse_appendix(text: str) -> Appendix | None:
    line = one_line(text)
    match = _APPENDIX.match(line)
    if not match:
        return None
    kind = _KIND_TO_NOMINATIVE.get((match.group("kind") or "").lower())
    rest = line[match.end() :]
    issuer = None
    cut = re.search(r"\s(от\s+)?(\d{1,2}\.\d{1,2}\.\d{4}|«?\d{1,2}»?\s+[а-яё]+\s+\d{4})", rest)
    if kind and cut and cut.start() > 0:
        issuer = rest[: cut.start()].strip(" ,") or None
        issuer = re.sub(r"\s+от$", "", issuer) if issuer else None
    return Appendix(line, kind, find_date(rest), find_number(rest), issuer)


def blocks(lines: list[str]) -> list[list[str]]:
    """Paragraph lines grouped into blocks separated by empty paragraphs."""
    out: list[list[str]] = [[]]
    for paragraph in lines:
        for line in paragraph.split("\n") if paragraph else [""]:
            if line.strip():
                out[-1].append(line.strip())
            elif out[-1]:
                out.append([])
    return [b for b in out if b]


def title_before(lines: list[str]) -> tuple[str | None, Appendix | None]:
    """The title written just above a table, and the «Приложение … к приказу …» reference above it if any."""
    found = blocks(lines)[-2:]
    appendix = None
    title_lines: list[str] = []
    for block in found:
        if _APPENDIX.match(block[0]):
            # the reference runs up to its number («… от 14.02.2022 № 91»); what follows is the title
            end = next((i for i, line in enumerate(block) if "№" in line), len(block) - 1)
            appendix = parse_appendix(" ".join(block[: end + 1]))
            title_lines = block[end + 1 :]
        else:
            title_lines = block
    title = one_line(" ".join(title_lines)) if title_lines else None
    if title and len(title) > MAX_TITLE_CHARS:
        title = None
    return title, appendix


_YEARS = re.compile(r"(?<!\d)(20\d\d)\s*(?:г\.?\s*)?[-–—/]\s*(20\d\d)")


def academic_year_in(text: str) -> str | None:
    """«на 2021-2022 учебный год», «в 2024/2025 уч. году» → «2021/2022»."""
    for match in _YEARS.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if second == first + 1 and re.match(r"\s*(г\.?\s*г?\.?\s*)?(учебн|уч\.)", text[match.end() :], re.IGNORECASE):
            return f"{first}/{second}"
    return None


def year_span_in(text: str) -> tuple[int, int] | None:
    """«на 2022 – 2024г.г.» → (2022, 2024): the calendar years a roadmap covers, when its title says so."""
    match = _YEARS.search(text)
    if match and int(match.group(1)) <= int(match.group(2)) <= int(match.group(1)) + 10:
        return int(match.group(1)), int(match.group(2))
    single = re.search(r"\bна\s+(20\d\d)\s*(?:г\.|год)", text)
    if single:
        return int(single.group(1)), int(single.group(1))
    return None
