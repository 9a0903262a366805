"""Options of `nastavnik import` (kept apart from the import machinery, so that the CLI starts fast)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

ORG_HELP = "папка организации в data/orgs/: записать туда (roadmaps/, documents.yml, mentors.yml)"
OUTPUT_HELP = "записать в этот файл .yml внутри проекта («-» — вывести на экран)"


def add_parser(sub: Any) -> None:
    """Register `import` and its three kinds on the CLI's subparsers."""
    command = sub.add_parser("import", help="импорт из файлов Word и Excel: дорожная карта, приказ, наставники")
    kinds = command.add_subparsers(dest="what", required=True, metavar="что")

    def common(parser: argparse.ArgumentParser, file_help: str) -> None:
        parser.add_argument("file", type=Path, metavar="ФАЙЛ", help=file_help)
        parser.add_argument("--org", default=None, metavar="ПАПКА", help=ORG_HELP)
        parser.add_argument("--output", default=None, metavar="ФАЙЛ", help=OUTPUT_HELP)
        parser.add_argument("--force", action="store_true", help="заменить существующий файл")

    roadmap = kinds.add_parser("roadmap", help="дорожная карта из таблицы .docx, .xlsx или .csv")
    common(roadmap, "файл .docx, .xlsx или .csv с таблицей дорожной карты")
    roadmap.add_argument("--id", default=None, help="id дорожной карты (по умолчанию из названия: dk-2021-2022)")
    roadmap.add_argument("--title", default=None, help="название, если над таблицей его нет")
    roadmap.add_argument("--approved-by", default=None, metavar="ID", help="id приказа, утвердившего карту")
    roadmap.add_argument("--table", type=int, default=None, metavar="N", help="номер таблицы в файле (с 1)")
    roadmap.add_argument("--sheet", default=None, metavar="ЛИСТ", help="лист книги Excel")

    order = kinds.add_parser("order", help="приказ (распоряжение) из .docx: запись в documents.yml")
    common(order, "файл .docx с приказом")
    order.add_argument("--id", default=None, help="id документа (по умолчанию prikaz-ГОД-НОМЕР)")
    order.add_argument("--roadmaps", action="store_true", help="импортировать и дорожные карты из приложений")

    mentors = kinds.add_parser("mentors", help="список наставников из .xlsx или .csv: mentors.yml")
    common(mentors, "файл .xlsx или .csv со списком наставников")
    mentors.add_argument("--sheet", default=None, metavar="ЛИСТ", help="лист книги Excel")
