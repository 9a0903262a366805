"""The XLSX workbook for the department: a summary sheet and one sheet per organisation."""

from __future__ import annotations

from pathlib import Path

from generator.check.evaluate import OUTCOME_RU, Report

_SEVERITY_RU = {"error": "ошибка", "warning": "предупреждение"}
HEADERS = ["Правило", "Требование", "Оценка", "Важность", "Что найдено", "Что сделать", "Основание", "Подробности"]


def write_xlsx(report: Report, path: Path, extra: dict[str, list[list[object]]] | None = None) -> None:
    """`extra`: more sheets, name → rows (the first row is the header) — the audit's documents and changes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    summary = book.active
    summary.title = "Сводка"
    summary.append([f"{report.title} на {report.today:%d.%m.%Y}"])
    summary["A1"].font = Font(bold=True, size=13)
    summary.append(["Организация", "Папка", "Соответствие, %", "Ошибок", "Предупреждений"])
    for cell in summary[2]:
        cell.font = Font(bold=True)
    for org in sorted(report.orgs, key=lambda o: o.score):
        warnings = sum(1 for f in org.findings if f.failed and f.severity == "warning")
        summary.append([org.name, org.slug, org.score, len(org.errors), warnings])
    for column, width in zip("ABCDE", (48, 18, 16, 10, 16), strict=True):
        summary.column_dimensions[column].width = width
    red = PatternFill("solid", fgColor="FDE7E7")
    for org in report.orgs:
        sheet = book.create_sheet(org.slug[:31])
        sheet.append([f"{org.name} — соответствие {org.score:g} %"])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append(HEADERS)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for f in org.findings:
            sheet.append(
                [
                    f.rule,
                    f.title,
                    OUTCOME_RU[f.outcome],
                    _SEVERITY_RU[f.severity],
                    f.message,
                    f.fix,
                    f.basis,
                    "\n".join(f.evidence),
                ]
            )
            if f.failed and f.severity == "error":
                for cell in sheet[sheet.max_row]:
                    cell.fill = red
        for column, width in zip("ABCDEFGH", (24, 40, 10, 15, 40, 40, 30, 60), strict=True):
            sheet.column_dimensions[column].width = width
        for row in sheet.iter_rows(min_row=3):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for name, rows in (extra or {}).items():
        sheet = book.create_sheet(name[:31])
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    for sheet in book.worksheets:  # text from data or from audited sites is never a formula («=HYPERLINK(…)»)
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
    book.save(path)
