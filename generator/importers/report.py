"""What an import did, told in Russian: rows imported, what was guessed (and where), what could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Entry:
    where: str  # «таблица 1, строка 5», «лист «План», строка 7», «столбец «Сроки/ Ответственный»», «заголовок»
    text: str


@dataclass
class Report:
    title: str  # «Импорт дорожной карты из «dk.docx»»
    source: list[str] = field(default_factory=list)  # which table, which header, encoding…
    imported: list[Entry] = field(default_factory=list)
    guessed: list[Entry] = field(default_factory=list)
    unread: list[Entry] = field(default_factory=list)
    attention: list[str] = field(default_factory=list)  # what the user must do before publishing
    offers: list[str] = field(default_factory=list)  # further imports the file allows (an order's appendices)
    written: list[str] = field(default_factory=list)
    summary: str = ""

    def guess(self, where: str, text: str) -> None:
        self.guessed.append(Entry(where, text))

    def unreadable(self, where: str, text: str) -> None:
        self.unread.append(Entry(where, text))

    def merge(self, other: Report) -> None:
        for name in ("source", "imported", "guessed", "unread", "attention", "offers", "written"):
            getattr(self, name).extend(getattr(other, name))

    def render(self) -> str:
        lines = [self.title]
        lines += [f"  {s}" for s in self.source]
        if self.summary:
            lines.append(self.summary)
        if self.imported:
            lines.append(f"Импортировано ({len(self.imported)}):")
            lines += [f"  {e.where}: {e.text}" for e in self.imported]
        if self.guessed:
            lines.append(f"Угадано — проверьте (в файле отмечено «# угадано»), {len(self.guessed)}:")
            lines += [f"  {e.where}: {e.text}" for e in self.guessed]
        if self.unread:
            lines.append(f"Не прочитано, {len(self.unread)}:")
            lines += [f"  {e.where}: {e.text}" for e in self.unread]
        else:
            lines.append("Не прочитано: ничего.")
        if self.attention:
            lines.append("Перед публикацией:")
            lines += [f"  {a}" for a in self.attention]
        if self.offers:
            lines.append("Можно импортировать ещё:")
            lines += [f"  {o}" for o in self.offers]
        if self.written:
            lines.append("Записано: " + ", ".join(self.written))
        return "\n".join(lines)


def short(text: str, limit: int = 70) -> str:
    """A cell quoted in a report line: one line, cut at a word."""
    one = " ".join(text.split())
    if len(one) <= limit:
        return one
    cut = one[:limit].rsplit(" ", 1)[0]
    return (cut or one[:limit]) + "…"
