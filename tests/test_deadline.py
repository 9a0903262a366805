"""Table-driven tests of the deadline parser.

The first three tables mirror the seed roadmaps (shared/seeds 000, 003, 004): every distinct wording
of their deadline columns is copied verbatim — typos, missing spaces and line breaks inside cells
included — so a change in how any real cell is read shows up here. The last table covers edge forms
the seeds do not contain (impossible dates, a month without a year, 2-digit years, quarters…).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from generator.model.deadline import (
    MONTHS,
    Deadline,
    DeadlineKind,
    Period,
    Precision,
    Recurrence,
    parse_deadline,
)

DAY, MONTH, YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR
K = DeadlineKind
R = Recurrence


def d(text: str) -> date:
    """``"2022-02-14"`` → date."""
    return date.fromisoformat(text)


def p(start: str | None, end: str, precision: Precision) -> Period:
    return Period(d(start) if start else None, d(end), precision)


def day(text: str) -> Period:
    return p(text, text, DAY)


def by(text: str) -> Period:
    return p(None, text, DAY)


def month(year: int, number: int) -> Period:
    first = date(year, number, 1)
    following = date(year + number // 12, number % 12 + 1, 1)
    return Period(first, date.fromordinal(following.toordinal() - 1), MONTH)


@dataclass(frozen=True)
class Expected:
    kind: DeadlineKind
    periods: tuple[Period, ...] = ()
    recurrence: Recurrence | None = None
    continues: bool = False
    conditions: tuple[str, ...] = ()
    unparsed: tuple[str, ...] = ()
    responsible: tuple[tuple[Period, str], ...] = ()
    notes: tuple[str, ...] = field(default=())  # substrings that must appear in some note
    noted: bool = False  # whether any note is expected at all
    ambiguous: bool = False


def case(case_id: str, text: str, kind: DeadlineKind, *periods: Period, **kwargs: Any) -> Any:
    if kwargs.get("notes"):
        kwargs.setdefault("noted", True)
    return pytest.param(text, Expected(kind, tuple(periods), **kwargs), id=case_id)


# -- seed 000: Петушинский район, roadmap of 12 events -------------------------------------------
SEED_000 = [
    case("000-typo-year", "14.02.022", K.DATE, day("2022-02-14"), notes=("год «022» прочитан как 2022",)),
    case("000-date", "14.02.2022", K.DATE, day("2022-02-14")),
    case("000-by-typo-year", "до 25.02.022", K.DATE, by("2022-02-25"), notes=("«022»",)),
    case("000-date-2", "01.03.2022", K.DATE, day("2022-03-01")),
    case("000-permanent", "на постоянной основе", K.RECURRENCE, recurrence=R.PERMANENT),
    case(
        "000-date-then-permanent",
        "01.03.2022, далее на постоянной основе",
        K.DATE,
        day("2022-03-01"),
        recurrence=R.PERMANENT,
        continues=True,
    ),
    case(
        "000-typo-date-then-permanent",
        "01.02.022, далее на постоянной основе",
        K.DATE,
        day("2022-02-01"),
        recurrence=R.PERMANENT,
        continues=True,
        notes=("год «022» прочитан как 2022",),
    ),
    case("000-date-3", "25.02.2022", K.DATE, day("2022-02-25")),
    case("000-monthly-permanent", "ежемесячно, на постоянной основе", K.RECURRENCE, recurrence=R.MONTHLY),
    case("frequency-quarter", "1 раз в четверть", K.RECURRENCE, recurrence=R.QUARTERLY),
    case("frequency-month", "два раза в месяц", K.RECURRENCE, recurrence=R.MONTHLY),
    case("frequency-year", "раз в год", K.RECURRENCE, recurrence=R.YEARLY),
]

# -- seed 003: Ивантеевский район, deadline and responsible in one column ------------------------
SEED_003 = [
    case(
        "003-two-dates-two-responsible",
        "До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО",
        K.DATES,
        by("2021-09-15"),
        by("2021-10-01"),
        responsible=((by("2021-09-15"), "МУ «РЦ УО»"), (by("2021-10-01"), "ОО")),
    ),
    case(
        "003-slash-no-space",
        "До 15.10.2021г./ОО",
        K.DATE,
        by("2021-10-15"),
        responsible=((by("2021-10-15"), "ОО"),),
    ),
    case(
        "003-two-dates-reversed-parties",
        "До 20.10.2021г./ОО До 1.11.2021г./МУ «РЦ УО»",
        K.DATES,
        by("2021-10-20"),
        by("2021-11-01"),
        responsible=((by("2021-10-20"), "ОО"), (by("2021-11-01"), "МУ «РЦ УО»")),
    ),
    case(
        "003-abbreviation-without-slash",
        "До 30.12.2021г. ОО",
        K.DATE,
        by("2021-12-30"),
        responsible=((by("2021-12-30"), "ОО"),),
    ),
    case(
        "003-single-digit-day",
        "До 1.05.2022г./ МУ «РЦ УО»",
        K.DATE,
        by("2022-05-01"),
        responsible=((by("2022-05-01"), "МУ «РЦ УО»"),),
    ),
    # From the order's text and title rather than the table.
    case("003-in-text-deadline", "в срок до 1.10.2021г.", K.DATE, by("2021-10-01")),
    case("003-academic-year", "на 2021-2022 учебный год", K.RANGE, p("2021-09-01", "2022-08-31", YEAR)),
    case("003-academic-year-locative", "в 2021-2022 учебном году", K.RANGE, p("2021-09-01", "2022-08-31", YEAR)),
]

# -- seed 004: город Глазов, roadmap 2022–2024 ----------------------------------------------------
SEED_004 = [
    case("004-month-comma-year", "Январь, 2022", K.MONTH, month(2022, 1)),
    case("004-by-day-genitive", "До 01 марта 2022", K.DATE, by("2022-03-01")),
    case("004-march", "Март, 2022", K.MONTH, month(2022, 3)),
    case("004-by-25-march", "До 25 марта 2022", K.DATE, by("2022-03-25")),
    case("004-by-25-march-g", "До 25 марта 2022г.", K.DATE, by("2022-03-25")),
    case(
        "004-month-three-years-line-break",
        "Октябрь 2022, \n2023, 2024",
        K.DATES,
        month(2022, 10),
        month(2023, 10),
        month(2024, 10),
    ),
    case(
        "004-condition-need",
        "По необходимости в период реализации программ наставничества",
        K.CONDITION,
        conditions=("По необходимости в период реализации программ наставничества",),
    ),
    case(
        "004-august-then-condition",
        "Август, 2022;\nпополнение базы при условии появления новых наставников",
        K.MONTH,
        month(2022, 8),
        continues=True,
        conditions=("пополнение базы при условии появления новых наставников",),
    ),
    case(
        "004-august-regular-replenishment",
        "Август, 2023;\nрегулярное пополнение базы \n ",  # trailing blanks as in the seed cell
        K.MONTH,
        month(2023, 8),
        recurrence=R.REGULAR,
        continues=True,
    ),
    case(
        "004-august-replenish-if-needed",
        "Август, 2022; пополнение по необходимости",
        K.MONTH,
        month(2022, 8),
        continues=True,
        conditions=("пополнение по необходимости",),
    ),
    case(
        "004-september-three-years-condition",
        "Сентябрь, 2022, 2023, 2024;\nПри возникновении новых наставнических пар",
        K.DATES,
        month(2022, 9),
        month(2023, 9),
        month(2024, 9),
        continues=True,
        conditions=("При возникновении новых наставнических пар",),
    ),
    case(
        "004-august-yearly-correction",
        "Август, 2022;\n с ежегодной корректировкой",
        K.MONTH,
        month(2022, 8),
        recurrence=R.YEARLY,
        continues=True,
    ),
    case(
        "004-month-range-then-condition",
        "Сентябрь-октябрь 2022; \nПо мере появления наставнических пар",
        K.RANGE,
        p("2022-09-01", "2022-10-31", MONTH),
        continues=True,
        conditions=("По мере появления наставнических пар",),
    ),
    case(
        "004-programme-timing-condition",
        "В соответствии со сроками реализации программ наставничества",
        K.CONDITION,
        conditions=("В соответствии со сроками реализации программ наставничества",),
    ),
    case(
        "004-yearly-by-plan",
        "Ежегодно, по плану ОО",
        K.RECURRENCE,
        recurrence=R.YEARLY,
        conditions=("по плану ОО",),
    ),
    case(
        "004-when-possible",
        "По мере появления возможности",
        K.CONDITION,
        conditions=("По мере появления возможности",),
    ),
    case("004-may-two-lines", "май, 2023\nмай, 2024", K.DATES, month(2023, 5), month(2024, 5)),
    case(
        "004-month-range-glued-year",
        "Январь-февраль2023 г.",
        K.RANGE,
        p("2023-01-01", "2023-02-28", MONTH),
    ),
    case("004-october-november", "Октябрь-ноябрь 2024", K.RANGE, p("2024-10-01", "2024-11-30", MONTH)),
    case(
        "004-months-years-unclear-pairing",
        "Октябрь, март 2023,2024 гг.",
        K.DATES,
        month(2023, 3),
        month(2023, 10),
        month(2024, 3),
        month(2024, 10),
        ambiguous=True,
        notes=("взяты все сочетания",),
    ),
    case("004-may-june", "Май-июнь 2023 г.", K.RANGE, p("2023-05-01", "2023-06-30", MONTH)),
    case(
        "004-september-systematic",
        "Сентябрь 2023;\nСистематическое пополнение",
        K.MONTH,
        month(2023, 9),
        recurrence=R.REGULAR,
        continues=True,
    ),
    case(
        "004-may-june-then-permanent",
        " Май-июнь 2023г., далее-постоянно",  # the leading space is in the seed cell
        K.RANGE,
        p("2023-05-01", "2023-06-30", MONTH),
        recurrence=R.PERMANENT,
        continues=True,
    ),
    case(
        "004-condition-with-years",
        "По мере проведения конкурсов (2022-2024гг и далее)",
        K.RANGE,
        p("2022-01-01", "2024-12-31", YEAR),
        continues=True,
        conditions=("По мере проведения конкурсов (2022-2024гг и далее)",),
    ),
    case("004-august-g", "Август 2023 г.", K.MONTH, month(2023, 8)),
    case("004-november-g", "Ноябрь 2023 г.", K.MONTH, month(2023, 11)),
    case(
        "004-by-april-then-regular",
        "До 24 апреля 2022 и далее регулярно",
        K.DATE,
        by("2022-04-24"),
        recurrence=R.REGULAR,
        continues=True,
    ),
    case("004-during-year", "В течение 2023 г", K.RANGE, p("2023-01-01", "2023-12-31", YEAR)),
    case(
        "004-month-three-years",
        "Октябрь 2022, 2023, 2024",
        K.DATES,
        month(2022, 10),
        month(2023, 10),
        month(2024, 10),
    ),
    case(
        "004-external-authority",
        "В соответствии\n со сроками, устанавливаемыми МОиН УР",
        K.FREE,
        unparsed=("В соответствии\n со сроками, устанавливаемыми МОиН УР",),
        notes=("другим органом",),
    ),
    # From the title of the roadmap.
    case("004-title-years", "на 2022 – 2024г.г.", K.RANGE, p("2022-01-01", "2024-12-31", YEAR)),
]

# -- edge forms not in the seeds -----------------------------------------------------------------
EDGES = [
    case(
        "impossible-day",
        "31.02.2022",
        K.FREE,
        unparsed=("31.02.2022",),
        notes=("невозможная дата «31.02.2022»",),
    ),
    case("impossible-month", "15.13.2022", K.FREE, unparsed=("15.13.2022",), notes=("невозможная дата",)),
    case("month-without-year", "Март", K.FREE, unparsed=("Март",), notes=("не указан год",)),
    case(
        "month-without-year-in-clause",
        "Сентябрь; 01.03.2022",
        K.DATE,
        day("2022-03-01"),
        unparsed=("Сентябрь",),
        notes=("не указан год",),
    ),
    case("two-digit-year", "14.02.22", K.DATE, day("2022-02-14"), notes=("год «22» прочитан как 2022",)),
    case("year-out-of-range", "14.02.1999", K.FREE, unparsed=("14.02.1999",), notes=("вне диапазона",)),
    case("unreadable-three-digit-year", "14.02.202", K.FREE, unparsed=("14.02.202",), noted=True),
    case("quarter-roman", "I квартал 2023", K.RANGE, p("2023-01-01", "2023-03-31", MONTH)),
    case("quarter-ordinal", "3-й квартал 2024 г.", K.RANGE, p("2024-07-01", "2024-09-30", MONTH)),
    case("half-year", "1 полугодие 2024", K.RANGE, p("2024-01-01", "2024-06-30", MONTH)),
    case(
        "half-academic-year",
        "II полугодие 2023-2024 учебного года",
        K.RANGE,
        p("2024-01-01", "2024-05-31", MONTH),
    ),
    case("academic-year", "2023-2024 учебный год", K.RANGE, p("2023-09-01", "2024-08-31", YEAR)),
    case("academic-year-slash", "2021/2022 уч. год", K.RANGE, p("2021-09-01", "2022-08-31", YEAR)),
    case(
        "day-range",
        "с 01.03.2022 по 15.03.2022",
        K.RANGE,
        p("2022-03-01", "2022-03-15", DAY),
    ),
    case(
        "backwards-range",
        "с 15.03.2022 по 01.03.2022",
        K.FREE,
        unparsed=("с 15.03.2022 по 01.03.2022",),
        notes=("начало позже окончания",),
    ),
    case("textual-day-range", "с 1 по 15 марта 2022 г.", K.RANGE, p("2022-03-01", "2022-03-15", DAY)),
    case(
        "year-given-once",
        "25 марта и 30 апреля 2022",
        K.DATES,
        day("2022-03-25"),
        day("2022-04-30"),
    ),
    case(
        "by-month-is-ambiguous",
        "до марта 2023",
        K.MONTH,
        p(None, "2023-03-31", MONTH),
        ambiguous=True,
        notes=("неоднозначно",),
    ),
    case("by-end-of-year", "до конца 2022 года", K.DATE, p(None, "2022-12-31", YEAR)),
    case("not-later-than", "не позднее 01.09.2022", K.DATE, by("2022-09-01")),
    case("month-dot-year", "03.2022", K.MONTH, month(2022, 3)),
    case(
        "academic-months",
        "сентябрь-май 2023-2024 учебного года",
        K.RANGE,
        p("2023-09-01", "2024-05-31", MONTH),
    ),
    case(
        "from-date-goes-on",
        "с сентября 2022 года",
        K.MONTH,
        month(2022, 9),
        continues=True,
    ),
    case("daily", "Ежедневно", K.RECURRENCE, recurrence=R.DAILY),
    case("weekly", "еженедельно", K.RECURRENCE, recurrence=R.WEEKLY),
    case("quarterly", "ежеквартально", K.RECURRENCE, recurrence=R.QUARTERLY),
    case("permanently", "постоянно", K.RECURRENCE, recurrence=R.PERMANENT),
    case("regularly-systematically", "Регулярно, систематически", K.RECURRENCE, recurrence=R.REGULAR),
    case(
        "recurrence-before-date-does-not-continue",
        "ежемесячно до 01.03.2022",
        K.DATE,
        by("2022-03-01"),
        recurrence=R.MONTHLY,
    ),
    case(
        "leftover-word",
        "01.03.2022 (приказ)",
        K.DATE,
        day("2022-03-01"),
        unparsed=("01.03.2022 (приказ)",),
        notes=("не полностью",),
    ),
    case(
        "nothing-understood",
        "когда позволит погода",
        K.FREE,
        unparsed=("когда позволит погода",),
        notes=("срок не распознан",),
    ),
    case(
        "blocking-word-in-recurrence",
        "постоянно, кроме лета",
        K.RECURRENCE,
        recurrence=R.PERMANENT,
        unparsed=("постоянно, кроме лета",),
        noted=True,
    ),
    case("empty", "", K.FREE, notes=("срок не указан",)),
    case("dash-placeholder", "—", K.FREE, notes=("срок не указан",)),
    case(
        "noise-spacing-and-yo",
        "  ДО\t25  МАРТА   2022  Г. ",
        K.DATE,
        by("2022-03-25"),
    ),
    case(
        "month-range-across-year",
        "Декабрь-январь 2023",
        K.FREE,
        unparsed=("Декабрь-январь 2023",),
        notes=("через год",),
    ),
    case(
        "external-established",
        "в сроки, установленные Минпросвещения России",
        K.FREE,
        unparsed=("в сроки, установленные Минпросвещения России",),
        noted=True,
    ),
]


def _check(result: Deadline, text: str, expected: Expected) -> None:
    assert result.text == text
    assert result.kind is expected.kind
    assert result.periods == expected.periods
    assert result.recurrence == expected.recurrence
    assert result.continues is expected.continues
    assert result.conditions == expected.conditions
    assert result.unparsed == expected.unparsed
    assert result.understood is (not expected.unparsed)
    assert result.responsible == expected.responsible
    assert result.ambiguous is expected.ambiguous
    assert bool(result.notes) is expected.noted, result.notes
    for fragment in expected.notes:
        assert any(fragment in note for note in result.notes), (fragment, result.notes)


@pytest.mark.parametrize(("text", "expected"), SEED_000 + SEED_003 + SEED_004)
def test_seed_wordings(text: str, expected: Expected) -> None:
    # Mirrors the seed roadmaps: each case is a verbatim deadline cell of seeds 000, 003 and 004.
    _check(parse_deadline(text), text, expected)


@pytest.mark.parametrize(("text", "expected"), EDGES)
def test_edge_forms(text: str, expected: Expected) -> None:
    _check(parse_deadline(text), text, expected)


def test_first_last_and_kind_of_several_periods() -> None:
    result = parse_deadline("Октябрь 2022, 2023, 2024")
    assert result.first == date(2022, 10, 1)
    assert result.last == date(2024, 10, 31)
    assert parse_deadline("до 25.02.2022").first == date(2022, 2, 25)
    assert parse_deadline("По мере появления возможности").first is None
    assert parse_deadline("По мере появления возможности").last is None


def test_months_cover_every_case_form() -> None:
    for form, number in {
        "январь": 1,
        "января": 1,
        "январе": 1,
        "мая": 5,
        "сентябре": 9,
        "декабрем": 12,
    }.items():
        assert MONTHS[form] == number
    assert parse_deadline("в январе 2024").periods == (month(2024, 1),)
    assert parse_deadline("в июне 2024 г.").periods == (month(2024, 6),)


def test_yo_is_e() -> None:
    assert parse_deadline("Январём 2024").periods == (month(2024, 1),)
    assert parse_deadline("декабрём 2024 г.").periods == (month(2024, 12),)


def test_text_over_the_analysis_limit_is_kept_and_flagged() -> None:
    text = "01.03.2022; " + "x" * 10_000
    result = parse_deadline(text)
    assert result.text == text
    assert result.periods == (day("2022-03-01"),)
    assert not result.understood
    assert any("разобрано только начало" in note for note in result.notes)


def test_enums_are_strings() -> None:
    assert Precision.DAY == "day"
    assert Recurrence.PERMANENT == "permanent"
    assert DeadlineKind.RECURRENCE == "recurrence"


def test_within_the_academic_year_takes_the_roadmaps_year() -> None:
    # «в течение учебного года» carries no dates itself: they come from the roadmap the item belongs to.
    from generator.model.roadmap import Roadmap

    def roadmap(**extra: Any) -> Roadmap:
        items = [{"event": "Открытые занятия", "deadline": "В течение учебного года"}]
        return Roadmap(id="dk", title="Дорожная карта", items=items, **extra)

    whole = Period(date(2024, 9, 1), date(2025, 8, 31), Precision.MONTH)
    by_year = roadmap(academic_year="2024/2025").items[0].parsed
    assert by_year.periods == (whole,) and not by_year.unparsed and not by_year.notes
    by_dates = roadmap(start="01.09.2024", end="31.05.2025").items[0].parsed
    assert by_dates.periods == (whole,)
    unknown = roadmap().items[0].parsed
    assert unknown.periods == () and unknown.unparsed == ("В течение учебного года",)
    assert "academic_year" in unknown.notes[0]
    plain_year = parse_deadline("в течение года", "2024/2025")
    assert plain_year.periods == (whole,) and "учебный год" in plain_year.notes[0]
    assert parse_deadline("в течение 2023 г", "2024/2025").periods[0].end == date(2023, 12, 31)
