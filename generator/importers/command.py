"""`nastavnik import roadmap|order|mentors`: the command's options, and the glue from a file to written data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from generator.importers.mentors import read_mentors
from generator.importers.order import read_order
from generator.importers.report import Entry, Report
from generator.importers.roadmap import Found, RoadmapImport, RoadmapOptions, read_roadmap
from generator.importers.tables import Source, read_source
from generator.importers.writer import (
    Planned,
    check_id,
    commit,
    existing_document_ids,
    existing_roadmap_ids,
    forms_vocabulary,
    inside_project,
    org_folder,
    rel,
    unique_id,
    usage,
    verify,
)
from generator.importers.yamlout import dump
from generator.load.yamlfile import parse_yaml_text
from generator.model.documents import Document
from generator.model.people import Mentor
from generator.model.roadmap import Roadmap
from generator.problems import InvalidInput, Problems


def run(root: Path, args: argparse.Namespace) -> int:
    to_screen = args.output == "-"
    try:
        report = {"roadmap": _roadmap, "order": _order, "mentors": _mentors}[args.what](root, args)
    except InvalidInput as exc:
        for problem in exc.problems:
            print(problem.render(), file=sys.stderr)
        print("\nИмпорт не выполнен, ничего не записано.", file=sys.stderr)
        return 2
    print(report.render(), file=sys.stderr if to_screen else sys.stdout)
    return 0


def _target(root: Path, args: argparse.Namespace, inside_org: str) -> tuple[Path | None, Path | None]:
    """(organisation folder, output file); one of --org and --output is required."""
    if not args.org and not args.output:
        raise usage(
            f"укажите, куда записать: --org ПАПКА (в data/orgs/ПАПКА/{inside_org}) или --output ФАЙЛ.yml "
            "(«--output -» — вывести на экран)"
        )
    folder = org_folder(root, args.org) if args.org else None
    output = None
    if args.output and args.output != "-":
        output = inside_project(root, Path(args.output))
        if output.suffix not in (".yml", ".yaml"):
            raise usage(f"--output: ожидался файл .yml, получено «{args.output}»")
    return folder, output


def _read(args: argparse.Namespace) -> Source:
    return read_source(args.file, str(args.file))


def _header(kind: str, source: Source, extra: list[str]) -> list[str]:
    return [
        f"Импортировано командой «nastavnik import {kind}» из «{source.path.name}».",
        "Текст и сроки — как в документе. Проверьте строки с пометкой «угадано»; отчёт — в выводе команды.",
        *extra,
    ]


def _emit(root: Path, args: argparse.Namespace, planned: list[Planned], texts: list[str], report: Report) -> None:
    if args.output == "-":
        sys.stdout.write("\n---\n".join(texts) if len(texts) > 1 else texts[0])
        return
    report.written += commit(root, planned, args.force)


# --------------------------------------------------------------------------------------------------


def _roadmap_text(imp: RoadmapImport, source: Source, name: str) -> str:
    extra = []
    if imp.found.appendix:
        extra.append(imp.found.appendix.text)
    text = dump(imp.data, _header("roadmap", source, extra))
    verify(text, name, Roadmap, False, {})
    return text


def _roadmap_target(
    imp: RoadmapImport, folder: Path | None, output: Path | None, explicit_id: bool, taken: dict[str, str]
) -> Path | None:
    if output is not None:
        return output
    if folder is None:
        return None
    ident = imp.data["id"]
    if ident in taken and taken[ident] not in (f"{ident}.yml", f"{ident}.yaml"):
        if explicit_id:
            raise usage(f"--id: дорожная карта с id «{ident}» уже есть в roadmaps/{taken[ident]}")
        new = unique_id(ident, set(taken))
        imp.data["id"] = new
        imp.data.note("id", f"угадано: id «{ident}» уже занят (roadmaps/{taken[ident]})")
        imp.report.guess("id", f"«{ident}» занят — записано «{new}»")
    return folder / "roadmaps" / f"{imp.data['id']}.yml"


def _roadmap(root: Path, args: argparse.Namespace) -> Report:
    folder, output = _target(root, args, "roadmaps/")
    ident = check_id(args.id, "--id") if args.id else None
    source = _read(args)
    ids, documents = existing_document_ids(folder) if folder else (set(), {})
    options = RoadmapOptions(ident, args.title, args.approved_by, args.table, args.sheet, documents)
    imp = read_roadmap(source, options)
    if folder is not None and args.approved_by and "/" not in args.approved_by and args.approved_by not in ids:
        imp.report.attention.append(
            f"--approved-by {args.approved_by}: в documents.yml организации нет документа с таким id — "
            "добавьте его (nastavnik import order) или исправьте id"
        )
    taken = existing_roadmap_ids(folder) if folder else {}
    path = _roadmap_target(imp, folder, output, ident is not None, taken)
    text = _roadmap_text(imp, source, rel(root, path) if path else "дорожная карта")
    planned = [Planned(path, text.encode("utf-8"))] if path else []
    _emit(root, args, planned, [text], imp.report)
    return imp.report


def _order(root: Path, args: argparse.Namespace) -> Report:
    folder, output = _target(root, args, "documents.yml")
    ident = check_id(args.id, "--id") if args.id else None
    source = _read(args)
    org_kind = None
    if folder is not None:
        profile = parse_yaml_text((folder / "organisation.yml").read_text("utf-8"), "organisation.yml", Problems())
        org_kind = profile.value.get("kind") if profile and isinstance(profile.value, dict) else None
    imp = read_order(source, org_kind, ident)
    report, entry = imp.report, imp.entry
    ids, by_number = existing_document_ids(folder) if folder else (set(), {})
    if entry["id"] in ids:
        if ident:
            raise usage(f"--id: в documents.yml уже есть документ с id «{ident}»")
        old = entry["id"]
        entry["id"] = unique_id(old, ids)
        report.guess("id", f"«{old}» уже есть в documents.yml — записано «{entry['id']}»")
    file_name = f"{entry['id']}{source.path.suffix.lower()}"
    entry["file"] = f"files/{file_name}"
    planned: list[Planned] = []
    texts: list[str] = []
    if folder is None:
        entry.note("file", f"скопируйте «{source.path.name}» в папку files/ организации под этим именем")
        report.attention.append(f"скопируйте «{source.path.name}» в files/{file_name} папки организации")
    else:
        planned.append(Planned(folder / "files" / file_name, source.path.read_bytes(), identical_ok=True))

    # The appendices: offered, or imported with --roadmaps (approved by this order, or the appendix's order).
    roadmap_texts = _order_roadmaps(root, args, source, imp.roadmaps, imp, folder, output, by_number, planned)
    texts.extend(roadmap_texts)

    block = dump([entry], [] if folder else _header("order", source, []))
    verify(block, "documents.yml", Document, True, {})
    if folder is not None:
        path = folder / "documents.yml"
        old_text = path.read_text("utf-8") if path.is_file() else "# Документы организации.\n"
        combined = old_text + ("" if old_text.endswith("\n") else "\n") + "\n" + block
        problems = Problems()
        doc = parse_yaml_text(combined, rel(root, path), problems)
        if doc is None or not isinstance(doc.value, list):
            raise InvalidInput(problems.sorted() or [usage("documents.yml: ожидался список документов").problems[0]])
        planned.insert(0, Planned(path, combined.encode("utf-8"), may_exist=True))
        report.source.append(f"запись добавлена в конец {rel(root, path)} (прежние записи не изменены)")
    elif output is not None:
        planned.insert(0, Planned(output, block.encode("utf-8")))
    texts.insert(0, block)
    _emit(root, args, planned, texts, report)
    return report


def _order_roadmaps(
    root: Path,
    args: argparse.Namespace,
    source: Source,
    found: list[Found],
    imp: Any,
    folder: Path | None,
    output: Path | None,
    by_number: dict[tuple[str, str], str],
    planned: list[Planned],
) -> list[str]:
    entry, report = imp.entry, imp.report
    if not found:
        return []
    if not args.roadmaps:
        for item in found:
            title = f"«{item.title[:80]}»" if item.title else item.grids[0].name
            org = f" --org {args.org}" if args.org else " --output ФАЙЛ.yml"
            approved = "" if imp.is_appendix else f" --approved-by {entry['id']}"
            table = f" --table {item.grids[0].index}" if len(found) > 1 else ""
            report.offers.append(
                f"дорожная карта в приложении ({item.grids[0].name}): {title} — "
                f"nastavnik import roadmap {args.file}{org}{approved}{table} (или повторите с --roadmaps)"
            )
        return []
    if output is not None or folder is None:
        raise usage("--roadmaps записывает дорожные карты в папку организации: укажите --org ПАПКА")
    taken = existing_roadmap_ids(folder)
    texts = []
    for item in found:
        # an appendix file's roadmap: its order is looked up; an order's own appendix: approved by the order
        options = RoadmapOptions(documents=by_number) if imp.is_appendix else RoadmapOptions(approved_by=entry["id"])
        roadmap = read_roadmap(source, options, item)
        if imp.is_appendix:
            roadmap.data["document"] = entry["id"]  # the appendix file is the roadmap's own signed document
        path = _roadmap_target(roadmap, folder, None, False, taken)
        assert path is not None
        taken[roadmap.data["id"]] = path.name
        text = _roadmap_text(roadmap, source, rel(root, path))
        planned.append(Planned(path, text.encode("utf-8")))
        texts.append(text)
        report.merge(roadmap.report)
        report.imported.append(
            Entry(item.grids[0].name, f"дорожная карта «{roadmap.data['id']}»: {roadmap.report.summary}")
        )
    return texts


def _mentors(root: Path, args: argparse.Namespace) -> Report:
    folder, output = _target(root, args, "mentors.yml")
    source = _read(args)
    forms = forms_vocabulary(root)
    imp = read_mentors(source, forms, args.sheet)
    header = _header(
        "mentors",
        source,
        [
            "Банк наставников. Имя публикуется только с записанным согласием на распространение (152-ФЗ ст. 10.1);",
            "без согласия — publish: false: наставник учитывается в числах и нигде не показывается.",
        ],
    )
    text = dump(imp.data, header)
    path = output or (folder / "mentors.yml" if folder else None)
    verify(text, rel(root, path) if path else "mentors.yml", Mentor, True, {"forms": forms})
    if path is not None and path.is_file() and args.force:
        _lost_consents(path, imp.data, imp.report)
    planned = [Planned(path, text.encode("utf-8"))] if path else []
    _emit(root, args, planned, [text], imp.report)
    return imp.report


def _lost_consents(path: Path, new: list[Any], report: Report) -> None:
    """Replacing mentors.yml drops the consents it recorded: a name elsewhere (a practice's authors, a roadmap's
    responsible) that relied on one becomes an error — say whose."""
    doc = parse_yaml_text(path.read_text("utf-8"), path.name, Problems())
    old = doc.value if doc is not None and isinstance(doc.value, list) else []
    kept = {m.get("name") for m in new if "consent" in m}
    lost = [
        m["name"]
        for m in old
        if isinstance(m, dict) and isinstance(m.get("name"), str) and m.get("consent") and m["name"] not in kept
    ]
    if lost:
        report.attention.append(
            "в заменяемом mentors.yml было записано согласие, которого в новом списке нет: "
            + ", ".join(lost)
            + " — если их имена есть в других записях (практики, дорожные карты), nastavnik validate сообщит об ошибке"
        )
