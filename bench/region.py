"""A synthetic region for the benchmarks: the demo department and N schools made from the demo schools.

Each school is a copy of one demo school with its own folder, name and volumes drawn (with a fixed seed) from
what real sections hold: a roadmap of 20–40 items, 5–10 best practices, the demo's documents, mentors and
3–8 news. Document files are hard links to the demo's files (the same bytes under each school's own path).
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
ORGS = REPO / "data" / "orgs"
CONTENT = REPO / "content"

_EVENTS = [
    ("Заседание методического объединения наставников", "Ежемесячно (третий вторник)"),
    ("Открытые уроки наставляемых педагогов", "Ноябрь 2024, март 2025"),
    ("Консультации наставников для молодых специалистов", "По мере необходимости"),
    ("Мониторинг удовлетворённости участников программ наставничества", "до 20.12.2024"),
    ("Промежуточная оценка результатов работы наставнических пар", "Январь 2025"),
    ("Участие в муниципальном конкурсе «Наставник года»", "Февраль-март 2025"),
    ("Публикация материалов о лучших практиках на сайте школы", "Ежеквартально"),
    ("Итоговая конференция «Наставничество: итоги года»", "до 25.05.2025"),
]


def _link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _copy_tree(source: Path, target: Path) -> None:
    for path in sorted(source.rglob("*")):
        dest = target / path.relative_to(source)
        if path.is_dir():
            dest.mkdir(parents=True, exist_ok=True)
        elif path.suffix in (".yml", ".yaml", ".md"):
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
        else:
            _link_or_copy(path, dest)


def _grow_roadmap(path: Path, rnd: random.Random) -> None:
    """Add a section of items so that the roadmap holds 20–40 of them."""
    data = yaml.safe_load(path.read_text("utf-8"))
    if "items" in data:  # a roadmap without sections: its items become the first section
        data["sections"] = [{"title": "Мероприятия", "items": data.pop("items")}]
    have = sum(len(s.get("items", [])) for s in data["sections"])
    wanted = rnd.randint(20, 40)
    extra = []
    for n in range(max(0, wanted - have)):
        event, deadline = _EVENTS[(n + rnd.randint(0, 7)) % len(_EVENTS)]
        extra.append(
            {
                "number": f"{len(data['sections']) + 1}.{n + 1}.",
                "event": f"{event} (этап {n + 1})",
                "deadline": deadline,
                "responsible": "заместитель директора по УВР",
                "result": "Протокол, материалы на сайте",
            }
        )
    if extra:
        data["sections"].append(
            {"number": str(len(data["sections"]) + 1), "title": "Методическое сопровождение", "items": extra}
        )
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def _grow_practices(folder: Path, rnd: random.Random) -> None:
    originals = sorted(folder.glob("*.yml"))
    wanted = rnd.randint(5, 10)
    n = 0
    while len(originals) + n < wanted:
        source = originals[n % len(originals)]
        data = yaml.safe_load(source.read_text("utf-8"))
        data["title"] = f"{data['title']} (вариант {n + 2})"
        data["year"] = data["year"] - rnd.randint(0, 3)
        (folder / f"{source.stem}-v{n + 2}.yml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8"
        )
        n += 1


def _grow_news(folder: Path, rnd: random.Random) -> None:
    originals = sorted(folder.glob("*.md"))
    wanted = rnd.randint(3, 8)
    for n in range(max(0, wanted - len(originals))):
        source = originals[n % len(originals)]
        year, rest = source.name[:4], source.name[4:]
        (folder / f"{int(year) - 1 - n // len(originals)}{rest[:-3]}-{n}.md").write_text(
            source.read_text("utf-8").replace("date: " + year, f"date: {int(year) - 1 - n // len(originals)}", 1),
            "utf-8",
        )


def school_templates() -> list[Path]:
    return sorted(p for p in ORGS.iterdir() if p.is_dir() and "kind: школа" in (p / "organisation.yml").read_text())


def make_region(root: Path, schools: int, seed: int = 2024) -> list[str]:
    """Write data/ and content/ of a region into `root`; returns the schools' folder names."""
    templates = school_templates()
    department = next(p for p in ORGS.iterdir() if p.is_dir() and p not in templates)
    _copy_tree(department, root / "data" / "orgs" / department.name)
    _copy_tree(CONTENT / department.name, root / "content" / department.name)
    if (REPO / "data" / "rules.yml").is_file():
        shutil.copyfile(REPO / "data" / "rules.yml", root / "data" / "rules.yml")
    names = []
    for n in range(schools):
        rnd = random.Random(seed * 100_003 + n)
        template = templates[n % len(templates)]
        # the first copies keep the demo's names: the department's competitions refer to their practices
        name = template.name if n < len(templates) else f"{template.name}-{n:04d}"
        target = root / "data" / "orgs" / name
        _copy_tree(template, target)
        _copy_tree(CONTENT / template.name, root / "content" / name)
        profile = target / "organisation.yml"
        text = profile.read_text("utf-8")
        profile.write_text(text.replace("short_name: ", f"short_name: №{n:04d} ", 1), "utf-8")
        for roadmap in sorted((target / "roadmaps").glob("*.yml")):
            _grow_roadmap(roadmap, rnd)
        _grow_practices(target / "practices", rnd)
        _grow_news(root / "content" / name / "news", rnd)
        names.append(name)
    return names
