from __future__ import annotations

import pytest

from generator.render.slug import published_file_name, slugify
from generator.render.urls import page_url, relative_url


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("index.md", ""),
        ("documents.md", "documents/"),
        ("school-1/index.md", "school-1/"),
        ("school-1/practices/index.md", "school-1/practices/"),
        ("school-1/practices/klub.md", "school-1/practices/klub/"),
    ],
)
def test_page_url(path: str, url: str) -> None:
    assert page_url(path) == url


@pytest.mark.parametrize(
    ("src", "dst", "href"),
    [
        ("index.md", "documents.md", "documents/"),
        ("index.md", "index.md", "./"),
        ("documents.md", "index.md", "../"),
        ("school-1/roadmap.md", "documents.md#doc-r-145", "../../documents/#doc-r-145"),
        ("school-1/practices/klub.md", "school-1/files/polozhenie.pdf", "../../files/polozhenie.pdf"),
        ("school-1/index.md", "school-1/practices/index.md", "practices/"),
    ],
)
def test_relative_url(src: str, dst: str, href: str) -> None:
    assert relative_url(src, dst) == href


def test_transliterated_file_names() -> None:
    taken: set[str] = set()
    assert published_file_name("Положение о наставничестве.PDF", taken) == "polozheniye-o-nastavnichestve.pdf"
    assert published_file_name("Положение о наставничестве.pdf", taken) == "polozheniye-o-nastavnichestve-2.pdf"
    assert published_file_name("Приказ № 91 от 14.02.2022.docx", taken) == "prikaz-91-ot-14-02-2022.docx"
    assert slugify("Щука, ёж и «Юла»") == "shchuka-yozh-i-yula"
