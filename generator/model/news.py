"""News: dated Markdown in content/<organisation>/news/."""

from __future__ import annotations

from pydantic import Field

from generator.model.base import Record, RuDate, ShortText, Text


class NewsMeta(Record):
    title: Text
    date: RuDate
    summary: Text | None = None
    tags: list[ShortText] = Field(default_factory=list)


class NewsItem:
    """A news post: its front matter, Markdown body and the slug from its file name."""

    __slots__ = ("body", "body_line", "meta", "slug", "source")

    def __init__(self, slug: str, meta: NewsMeta, body: str, source: str, body_line: int) -> None:
        self.slug = slug
        self.meta = meta
        self.body = body
        self.source = source  # path relative to the project root
        self.body_line = body_line  # line of the file where the body starts
