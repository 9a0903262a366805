"""Finding personal names in published Russian text (152-ФЗ): what counts as a name and what does not."""

from __future__ import annotations

import pytest

from generator.validate.privacy import find_names, person_key


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ответственный: М.И. Донченко", ["М.И. Донченко"]),
        ("Донченко М.И., руководители ОО", ["Донченко М.И."]),
        ("Смирнова Елена Викторовна, учитель", ["Смирнова Елена Викторовна"]),
        ("Елена Викторовна Смирнова провела семинар", ["Елена Викторовна Смирнова"]),
        ("Победитель — Петя Иванов из 5 класса", ["Петя Иванов"]),
        ("Мария Петрова выступила", ["Мария Петрова"]),
        # not persons
        ("ФГБОУ ВО «ГГПИ им. В.Г. Короленко»", []),
        ("г. Тестовый, ул. Карла Маркса, 1", []),
        ("Лидер в образовании; Педагог года; Наставник года", []),
        ("МО «Город Глазов», Август 2023 г.", []),
        ("Управление образования, МАУ ЦСОО «Перемена»", []),
    ],
)
def test_find_names(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)] == names


def test_one_person_in_any_form() -> None:
    key = person_key("Смирнова Елена Викторовна")
    assert key == person_key("Е.В. Смирнова")
    assert [m.key for m in find_names("передано Смирновой Е.В.")] == [key]
    assert person_key("Смирнов Евгений Петрович") != person_key("Смирнова Ольга Петровна")
