"""Documents of the normative base: orders, regulations, roadmaps, programmes, reports."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.model.base import (
    AcademicYear,
    Attachment,
    Audience,
    DocumentKind,
    Id,
    Level,
    Record,
    Ref,
    RuDate,
    RuDateTime,
    ShortText,
    Text,
    Url,
)


def split_ref(ref: str, own_org: str) -> tuple[str, str]:
    org, _, ident = ref.rpartition("/")
    return (org or own_org), ident


class Signature(Record):
    """A simple electronic signature mark (63-ФЗ): who signed, when, and the key identifier."""

    signer: ShortText
    post: ShortText
    signed_at: RuDateTime
    certificate: ShortText  # key / certificate identifier
    kind: ShortText = "простая электронная подпись"


class Document(Record):
    id: Id
    kind: DocumentKind
    level: Level
    title: Text
    number: ShortText | None = None
    date: RuDate | None = None
    issuer: ShortText | None = None  # «Минпросвещения России», «Управление образования…»
    file: ShortText | None = None  # path inside the organisation's folder, e.g. files/prikaz-91.pdf
    url: Url | None = None  # or an external address
    format: ShortText | None = None  # for external documents: pdf, docx…
    size: int | None = Field(default=None, ge=0)  # for external documents, bytes
    signature: Signature | None = None
    in_force: bool = True
    supersedes: list[Ref] = Field(default_factory=list)
    approved_by: Ref | None = None  # the order that approves this document
    academic_year: AcademicYear | None = None
    valid_from: RuDate | None = None
    valid_until: RuDate | None = None
    audience: list[Audience] = Field(default_factory=list)
    summary: Text | None = None
    tags: list[ShortText] = Field(default_factory=list)
    # Appendices, and the numbered parts of a file over 15 MB split as the rules for official sites require.
    attachments: list[Attachment] = Field(default_factory=list)

    @model_validator(mode="after")
    def _source(self) -> Document:
        if self.file and self.url:
            raise PydanticCustomError("file_and_url", "укажите что-то одно: file (файл в проекте) или url", {})
        if not self.file and not self.url:
            raise PydanticCustomError(
                "no_source", "у документа нет ни файла (file), ни внешнего адреса (url): что публиковать?", {}
            )
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise PydanticCustomError("bad_period", "valid_from позже valid_until", {})
        return self

    @property
    def label(self) -> str:
        """«Приказ от 14.02.2022 № 91»: how a document is named in Russian paperwork."""
        text = self.kind.capitalize()
        if self.date:
            text += f" от {self.date:%d.%m.%Y}"
        if self.number:
            text += f" № {self.number}"
        return text
