"""The `nastavnik` command. Exit codes: 0 — ok, 1 — the check or build failed, 2 — invalid input or usage."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from generator.problems import InvalidInput, Problem, render_grouped

if TYPE_CHECKING:
    from generator.check.evaluate import Report


def _date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ожидалась дата ГГГГ-ММ-ДД, получено «{text}»") from None
    if not 2000 <= value.year <= 2100:
        raise argparse.ArgumentTypeError(f"дата «{text}» вне допустимого диапазона 2000–2100 годов")
    return value


def _days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 365:
        raise argparse.ArgumentTypeError(f"ожидалось число дней от 1 до 365, получено «{text}»")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nastavnik",
        description="Раздел «Наставничество» сайтов школ и управления образования из данных в data/.",
    )
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="папка проекта (по умолчанию текущая)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="команда")

    build = sub.add_parser("build", help="собрать сайт в site/")
    build.add_argument(
        "--today",
        type=_date,
        default=None,
        help="дата сборки ГГГГ-ММ-ДД: от неё считаются статусы (по умолчанию сегодня)",
    )
    build.add_argument("--site-dir", type=Path, default=None, help="куда собрать сайт (по умолчанию site/)")
    build.add_argument(
        "--cms-base-url",
        default=None,
        metavar="АДРЕС",
        help="с --org: адрес, где будут лежать страницы и файлы на сайте-конструкторе (для абсолютных ссылок)",
    )
    build.add_argument(
        "--org",
        default=None,
        metavar="ПАПКА",
        help="собрать раздел одной организации отдельным сайтом (site-ПАПКА/ и site-ПАПКА.zip) для загрузки на её сайт",
    )

    validate = sub.add_parser("validate", help="проверить данные, ничего не собирая")
    validate.add_argument("--strict", action="store_true", help="считать предупреждения ошибками")

    check = sub.add_parser("check", help="проверить, каких обязательных документов и сведений не хватает")
    check.add_argument("--today", type=_date, default=None, help="дата проверки ГГГГ-ММ-ДД (по умолчанию сегодня)")
    check.add_argument(
        "--format",
        choices=["text", "json", "junit", "xlsx"],
        default="text",
        help="вид отчёта: text — на экран; json; junit — JUnit XML для CI; xlsx — книга Excel (нужен --output)",
    )
    check.add_argument("--output", type=Path, default=None, help="записать отчёт в файл, а не на экран")
    check.add_argument(
        "--days",
        type=_days,
        default=None,
        help="за сколько дней предупреждать о сроках дорожных карт (по умолчанию из правил: 14)",
    )
    check.add_argument("--verbose", action="store_true", help="показывать и выполненные требования")

    audit = sub.add_parser("audit", help="проверить живые сайты школ: есть ли на них обязательные документы")
    audit.add_argument("--list", type=Path, default=None, help="CSV или XLSX: «Наименование», «Сайт» (иначе — data/)")
    audit.add_argument("--today", type=_date, default=None, help="дата проверки ГГГГ-ММ-ДД (по умолчанию сегодня)")
    audit.add_argument("--format", choices=["text", "json", "junit", "xlsx"], default="text", help="вид отчёта")
    audit.add_argument("--output", type=Path, default=None, help="записать отчёт в файл")
    audit.add_argument("--verbose", action="store_true", help="показать все найденные документы")
    audit.add_argument("--previous", type=Path, default=None, help="JSON-отчёт прошлой проверки: что изменилось")
    audit.add_argument(
        "--resume",
        action="store_true",
        help="продолжить прерванную проверку: сайты из --state не запрашиваются снова, кроме не ответивших",
    )
    audit.add_argument("--state", type=Path, default=None, help="файл хода проверки (.nastavnik/audit-state.jsonl)")
    audit.add_argument("--per-host", type=int, default=2, help="одновременных соединений с одним сайтом (2)")
    audit.add_argument("--timeout", type=float, default=10.0, help="секунд ожидания ответа (10)")

    def seconds(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = 0.0
        if not 0 < value < 1e6:
            raise argparse.ArgumentTypeError(f"ожидалось число секунд больше нуля, получено «{text}»")
        return value

    def network(text: str) -> str:
        import ipaddress

        try:
            ipaddress.ip_network(text.strip(), strict=False)
        except ValueError:
            raise argparse.ArgumentTypeError(f"ожидалась сеть вида 10.0.0.0/8 или адрес, получено «{text}»") from None
        return text

    audit.add_argument(
        "--site-time",
        type=seconds,
        default=300.0,
        help="секунд на весь сайт: дольше — проверка сайта прерывается (300)",
    )
    audit.add_argument(
        "--forbid",
        type=network,
        action="append",
        default=[],
        metavar="СЕТЬ",
        help="не соединяться с этой сетью или адресом (можно несколько раз); всегда запрещены 169.254.0.0/16, "
        "fe80::/10, 0.0.0.0/8, групповые адреса",
    )
    audit.add_argument(
        "--no-private",
        action="store_true",
        help="не соединяться и с внутренними сетями: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 127.0.0.0/8 и др.",
    )

    serve = sub.add_parser("serve", help="предпросмотр с пересборкой при изменении данных")
    serve.add_argument("--today", type=_date, default=None)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)

    from generator.importers.options import add_parser as add_import_parser

    add_import_parser(sub)  # nastavnik import roadmap|order|mentors (generator/importers/)
    return parser


def _print_problems(problems: list[Problem]) -> None:
    for line in render_grouped(problems):
        print(line, file=sys.stderr)


def _report_invalid(exc: InvalidInput, command: str) -> int:
    _print_problems(exc.problems)
    errors = len(exc.errors)
    outcome = {
        "build": "Сайт не собран, прежняя версия сайта не изменена.",
        "check": "Проверка не выполнена: сначала исправьте данные.",
        "audit": "Проверка сайтов не выполнена: исправьте данные или список школ.",
    }.get(command, "Исправьте данные.")
    print(f"\nНайдено ошибок: {errors}. {outcome}", file=sys.stderr)
    return 2


def _check(root: Path, args: argparse.Namespace) -> int:
    from generator.check.report_json import render_json
    from generator.check.report_text import render_text
    from generator.check.run import check_project
    from generator.load.rules import load_rules

    try:
        rules = load_rules(root)
    except InvalidInput as exc:  # the data's own problems are reported with the overlay's, all at once
        try:
            check_project(root, [], args.today or date.today())
        except InvalidInput as data:
            raise InvalidInput([*exc.problems, *data.problems]) from None
        raise
    if args.days is not None:
        rules = [r.model_copy(update={"days": args.days}) if r.check == "roadmap_due" else r for r in rules]
    report = check_project(root, rules, args.today or date.today()).report
    return _emit(args, report, lambda: render_text(report, args.verbose), lambda: render_json(report))


def _emit(
    args: argparse.Namespace,
    report: Report,
    as_text: Callable[[], str],
    as_json: Callable[[], str],
    sheets: dict[str, list[list[object]]] | None = None,
) -> int:
    """Write a check or audit report in the format asked for; the exit code says whether it passed."""
    if args.format == "xlsx":
        if not args.output:
            print("Для отчёта xlsx укажите файл: --output отчёт.xlsx", file=sys.stderr)
            return 2
        from generator.check.report_xlsx import write_xlsx

        try:
            write_xlsx(report, args.output, sheets)
        except OSError as exc:
            print(f"Не удалось записать отчёт в {args.output}: {exc.strerror}", file=sys.stderr)
            return 2
        print(as_text().splitlines()[-1])
        return 1 if report.failed else 0
    if args.format == "junit":
        from generator.check.report_junit import render_junit

        text = render_junit(report)
    elif args.format == "json":
        text = as_json()
    else:
        text = as_text()
    if args.output:
        try:
            args.output.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"Не удалось записать отчёт в {args.output}: {exc.strerror}", file=sys.stderr)
            return 2
    else:
        print(text)
    return 1 if report.failed else 0


def _audit(root: Path, args: argparse.Namespace) -> int:
    import json

    from generator.audit.fetch import Limits, forbidden
    from generator.audit.report import audit_data, audit_sheets, audit_text
    from generator.audit.run import State, audit, terminal_progress
    from generator.audit.targets import from_project, from_table
    from generator.check.report_text import render_text
    from generator.load.rules import load_rules

    rules = load_rules(root)
    if args.list is not None:
        if not args.list.is_file():
            print(f"Нет файла со списком школ: {args.list}", file=sys.stderr)
            return 2
        targets = from_table(args.list)
    else:
        targets = from_project(root)
    if not targets:
        print("Некого проверять: ни у одной организации не указан сайт (site) и не задан --list.", file=sys.stderr)
        return 2
    previous = None
    if args.previous is not None:
        try:
            previous = json.loads(args.previous.read_text("utf-8"))
            assert isinstance(previous, dict)
        except (OSError, ValueError, AssertionError):
            print(f"Не читается прошлый отчёт {args.previous}: нужен JSON-отчёт audit", file=sys.stderr)
            return 2
    state = State(args.state or root / ".nastavnik" / "audit-state.jsonl", args.resume)
    forbid = forbidden(args.forbid, private=args.no_private)
    limits = Limits(per_host=args.per_host, timeout=args.timeout, site_budget=args.site_time, forbid=forbid)
    result = audit(targets, rules, args.today or date.today(), limits, state, previous, terminal_progress())
    return _emit(
        args,
        result.report,
        lambda: render_text(result.report, args.verbose, audit_text(result, args.verbose)),
        lambda: json.dumps(audit_data(result), ensure_ascii=False, indent=2),
        audit_sheets(result),
    )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root: Path = args.project.resolve()
    try:
        if args.command == "validate":
            from generator.load import load_project
            from generator.load.rules import load_rules

            loaded = load_project(root)
            load_rules(root)  # data/rules.yml is data too
            _print_problems(loaded.warnings)
            p = loaded.project
            print(
                f"Данные в порядке: управление «{p.department.name}», школ: {len(p.schools)}, "
                f"предупреждений: {len(loaded.warnings)}."
            )
            return 2 if args.strict and loaded.warnings else 0
        if args.command == "build":
            from generator.build import BuildFailed, build

            try:
                result = build(root, args.today or date.today(), args.site_dir, args.org, args.cms_base_url)
            except BuildFailed as exc:
                for message in exc.messages:
                    print(message, file=sys.stderr)
                print("\nСайт собран с ошибками и не опубликован; прежняя версия site/ не изменена.", file=sys.stderr)
                return 1
            _print_problems(result.warnings)
            print(
                f"Сайт собран: {result.site_dir} — страниц: {result.pages}, "
                f"файлов документов: {result.files}, предупреждений: {len(result.warnings)}."
            )
            return 0
        if args.command == "check":
            return _check(root, args)
        if args.command == "audit":
            return _audit(root, args)
        if args.command == "import":
            from generator.importers.command import run as run_import

            return run_import(root, args)
        if args.command == "serve":
            from generator.serve import serve

            serve(root, args.today or date.today(), args.host, args.port)
            return 0
    except InvalidInput as exc:
        return _report_invalid(exc, args.command)
    return 2


def run() -> NoReturn:
    """The `nastavnik` command: main(), then exit without freeing the heap object by object — a region's check
    leaves millions of them, and tearing them down costs a tenth of a second that nobody waits for gladly."""
    code = main()
    from generator.parallel import settle

    settle()  # workers still storing what they read: the command ends when all its work is done
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (| head): what could be written was
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
