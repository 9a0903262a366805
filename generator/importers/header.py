"""Find a table's header row and what each column holds, in the many spellings Russian roadmaps and lists use.

A header cell is matched by the words it contains («Сроки реализации», «Срок исполнения», «Дата» → deadline),
tried in a fixed order so that the more specific reading wins («Наименование этапа» is a stage before it is an
event; «Сроки/ Ответственный» is both at once). A header may take two rows (cells merged down from the first,
sub-headings in the second) and be followed by a row of column numbers «1 2 3 4», which is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from generator.importers.tables import Grid

HEADER_SEARCH_ROWS = 25  # the header is near the top; titles and «Приложение» lines may come first
MAX_HEADER_CELL = 120  # a header cell is a few words; a long cell is data that happens to say «мероприятие»


class Role(StrEnum):
    NUMBER = "номер"
    STAGE = "этап (раздел)"
    EVENT = "мероприятие"
    DEADLINE = "срок"
    RESPONSIBLE = "ответственный"
    DEADLINE_RESPONSIBLE = "срок и ответственный"
    RESULT = "результат"
    NOTE = "примечание"
    # mentor lists
    NAME = "ФИО"
    SURNAME = "фамилия"
    GIVEN_NAME = "имя"
    PATRONYMIC = "отчество"
    POST = "должность"
    EXPERIENCE = "стаж"
    CATEGORY = "категория"
    FORMS = "формы наставничества"
    COMPETENCIES = "компетенции"
    ACHIEVEMENTS = "достижения"
    CONSENT = "согласие на публикацию"
    CONSENT_DATE = "дата согласия"
    CONSENT_DOCUMENT = "документ о согласии"
    CONSENT_SCOPE = "что разрешено публиковать"
    PROCESSING_CONSENT = "согласие на обработку"
    CONTACT = "контакты"


def normalize(text: str) -> str:
    text = text.lower().replace("ё", "е").replace("\n", " ")
    text = re.sub(r"[«»\"'“”„()\[\]:*]", " ", text)
    return " ".join(text.split())


# (role, pattern) in the order they are tried; patterns run on normalize()d text.
ROADMAP_PATTERNS: list[tuple[Role, re.Pattern[str]]] = [
    (Role.DEADLINE_RESPONSIBLE, re.compile(r"срок.*(ответствен|исполнител)|(ответствен|исполнител).*срок")),
    (Role.NUMBER, re.compile(r"^(№|n|no|nn|номер|п/п|пп|№№)\.?( ?(п/п|пп|п\.п\.|пункта|п/п\.))?\.?$")),
    (Role.STAGE, re.compile(r"\bэтап|^раздел|^направлени[ея] (работы|деятельности)$|^блок")),
    (Role.NOTE, re.compile(r"примечан|комментар|отметка о выполнен|^выполнен|^исполнен")),
    (Role.RESPONSIBLE, re.compile(r"ответствен|исполнител|^кто\b|^участник|^организатор")),
    (Role.DEADLINE, re.compile(r"^срок|\bсрок|^дата|^период|время проведения|^когда|^месяц")),
    (
        Role.RESULT,
        re.compile(r"результат|вид документа|документ|форма отчет|продукт|показател|^итог|отчетн|выход"),
    ),
    (
        Role.EVENT,
        re.compile(r"мероприят|наименовани|содержани|действи|^задач|^направлени|^вид работ|^работ|^тема|^план"),
    ),
]

MENTOR_PATTERNS: list[tuple[Role, re.Pattern[str]]] = [
    (Role.PROCESSING_CONSENT, re.compile(r"соглас.*обработк(?!.*распростран)")),
    (Role.CONSENT_DATE, re.compile(r"дата.*соглас|соглас.*дата|соглас.* от$")),
    (Role.CONSENT_DOCUMENT, re.compile(r"(документ|реквизит|№|номер).*соглас|соглас.*(документ|реквизит|№|номер)")),
    (Role.CONSENT_SCOPE, re.compile(r"соглас.*(объем|что|какие|состав)|разрешено|что публик")),
    (Role.CONSENT, re.compile(r"соглас|публикац|размещ")),
    (Role.NUMBER, re.compile(r"^(№|n|no|номер|п/п|пп)\.?( ?(п/п|пп))?\.?$")),
    (Role.NAME, re.compile(r"^фио|^ф\.и\.о|фамилия,? имя|^наставник$|^ф\. ?и\. ?о|фио наставника|^наставник фио")),
    (Role.SURNAME, re.compile(r"^фамилия$")),
    (Role.GIVEN_NAME, re.compile(r"^имя$")),
    (Role.PATRONYMIC, re.compile(r"^отчество$")),
    (Role.POST, re.compile(r"должност|предмет|занимаем")),
    (Role.EXPERIENCE, re.compile(r"стаж|опыт работы|лет работы")),
    (Role.CATEGORY, re.compile(r"категори")),
    (Role.FORMS, re.compile(r"форм[аы]")),
    (Role.COMPETENCIES, re.compile(r"компетенц|направлени|специализац|профессиональн")),
    (Role.ACHIEVEMENTS, re.compile(r"достижен|наград|звани|конкурс")),
    (Role.CONTACT, re.compile(r"телефон|e-?mail|почта|контакт")),
]

_COLUMN_NUMBERS = re.compile(r"^\d{1,2}\.?$")


def role_of(text: str, patterns: list[tuple[Role, re.Pattern[str]]]) -> Role | None:
    norm = normalize(text)
    if not norm or len(text) > MAX_HEADER_CELL:
        return None
    for role, pattern in patterns:
        if pattern.search(norm):
            return role
    return None


@dataclass
class Header:
    row: int  # index of the (first) header row
    roles: dict[int, Role]  # column → what it holds
    labels: dict[int, str]  # column → the header text as written
    skip: list[int] = field(default_factory=list)  # rows that belong to the header (second row, column numbers)
    unknown: dict[int, str] = field(default_factory=dict)  # columns with a header nobody recognised

    @property
    def first_data_row(self) -> int:
        return max([self.row, *self.skip]) + 1

    def columns(self, role: Role) -> list[int]:
        return [c for c, r in sorted(self.roles.items()) if r is role]

    def has(self, role: Role) -> bool:
        return role in self.roles.values()

    def describe(self) -> str:
        return ", ".join(f"«{' '.join(self.labels[c].split())}» → {r.value}" for c, r in sorted(self.roles.items()))


def _roles_of_row(grid: Grid, row: int, patterns: list[tuple[Role, re.Pattern[str]]]) -> dict[int, Role]:
    roles: dict[int, Role] = {}
    for col in range(grid.width):
        if grid.merged_from_left(row, col):
            # a header merged across two columns names both («Сроки» over «начало» and «окончание»)
            origin = grid.origin(row, col)[1]
            if origin in roles:
                roles[col] = roles[origin]
            continue
        role = role_of(grid.text(row, col), patterns)
        if role is not None:
            roles[col] = role
    return roles


def _is_column_numbers(grid: Grid, row: int) -> bool:
    texts = [grid.text(row, c) for c in range(grid.width) if grid.text(row, c)]
    return len(texts) >= 2 and all(_COLUMN_NUMBERS.match(t) for t in texts)


def find_header(
    grid: Grid,
    patterns: list[tuple[Role, re.Pattern[str]]],
    required: tuple[frozenset[Role], ...],
    start: int = 0,
) -> Header | None:
    """The first row (from `start`, within HEADER_SEARCH_ROWS) whose cells name a column of each group in
    `required` (e.g. an event column, and a deadline column)."""
    for row in range(start, min(len(grid.rows), start + HEADER_SEARCH_ROWS)):
        roles = _roles_of_row(grid, row, patterns)
        if not all(set(roles.values()) & group for group in required):
            continue
        header = Header(row, roles, {c: grid.text(row, grid.origin(row, c)[1]) for c in roles})
        nxt = row + 1
        if nxt < len(grid.rows) and _is_second_header_row(grid, nxt, patterns):
            roles_below = _roles_of_row(grid, nxt, patterns)
            for col, role in roles_below.items():
                if not grid.merged_from_above(nxt, col):  # a sub-heading is more precise than the one above it
                    header.roles[col] = role
                    header.labels[col] = grid.text(nxt, col)
            for col in header.roles:  # «Сроки» over «начало» and «окончание»: the label says both
                if grid.text(nxt, col) and not grid.merged_from_above(nxt, col) and col not in roles_below:
                    header.labels[col] = f"{header.labels[col]}: {grid.text(nxt, col)}"
            header.skip.append(nxt)
            nxt += 1
        if nxt < len(grid.rows) and _is_column_numbers(grid, nxt):
            header.skip.append(nxt)
        for col in range(grid.width):
            label = grid.text(row, col)
            if col not in header.roles and label and not grid.merged_from_left(row, col):
                header.unknown[col] = label
        return header
    return None


def _is_second_header_row(grid: Grid, row: int, patterns: list[tuple[Role, re.Pattern[str]]]) -> bool:
    """A row that continues the header: some header cells are merged down into it, and its own cells are
    header words (sub-headings under a heading merged across) or empty."""
    if not any(grid.merged_from_above(row, c) for c in range(grid.width)):
        return False
    own = [c for c in range(grid.width) if grid.text(row, c) and not grid.merged_from_above(row, c)]
    first = row - 1

    def under_merged_heading(col: int) -> bool:
        origin = grid.origin(first, col)
        return origin[1] != col or (col + 1 < grid.width and grid.origin(first, col + 1) == origin)

    return all(role_of(grid.text(row, c), patterns) is not None or under_merged_heading(c) for c in own)


def same_layout(a: Header, b: Header) -> bool:
    """Two tables with the same columns (a table continued on the next page with its header repeated)."""
    return sorted(set(a.roles.values())) == sorted(set(b.roles.values()))
