"""Details of pages on the small project: shared documents, attachments, transliterated files."""

from __future__ import annotations

from pathlib import Path


def test_school_lists_department_documents_with_attachments(mini: Path, cli) -> None:
    assert cli("--project", str(mini), "build", "--today", "2024-09-15")[0] == 0
    page = (mini / "site/school-a/documents/index.html").read_text(encoding="utf-8")
    # the department's municipal order, with its appendix, on the school's page
    assert "Об организации и внедрении муниципальной целевой модели наставничества" in page
    assert 'href="../../files/prikaz-91-prilozhenie-1.pdf">Приложение 1. Дорожная карта</a>' in page
    assert (mini / "site/files/prikaz-91-prilozhenie-1.pdf").is_file()
    # the school's Cyrillic file name is published transliterated, with format and size by content
    assert 'href="../files/polozheniye-o-nastavnichestve.pdf"' in page
    assert (mini / "site/school-a/files/polozheniye-o-nastavnichestve.pdf").is_file()
    assert "PDF, 5" in page  # «PDF, 5xx Б»
    # federal documents are listed by level, with the number and the date
    assert "Распоряжение от 25.12.2019 № Р-145" in page
