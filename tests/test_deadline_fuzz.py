"""Property tests: the deadline parser takes any text, never raises and keeps its invariants."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model.deadline import (
    INTERNAL_ERROR_NOTE,
    MAX_ANALYSED_CHARS,
    Deadline,
    DeadlineKind,
    parse_deadline,
)

# Pieces people really type in a deadline cell; mixing them reaches the parser's corners far more
# often than uniformly random text does.
_WORD_LINES = (
    "до До с по и к далее далее- в течение не позднее года г г. гг. учебного учебный год",
    "Январь января марте май мая Сентябрь октябрь декабрь ноября I II IV квартал полугодие",
    "2022 2023 2024 1999 2100 022 22 01 15 31 13 0 14.02.2022 31.02.2022 1.10.2021 14.02.022",
    "01.13.2022 03.2022 1.1.1 ежемесячно ежегодно ежегодной постоянно регулярно систематическое",
    "пополнение базы ОО МУ «РЦ УО» / - – — , ; . ( ) ё İ ß",
)
_PHRASES = (
    ", далее|и далее|на постоянной основе|по мере появления|при возникновении|по плану ОО|по необходимости"
    "|в соответствии со сроками|устанавливаемыми МОиН УР|реализации программ"
)
FRAGMENTS = [
    *(word for line in _WORD_LINES for word in line.split()),
    *_PHRASES.split("|"),
    *("\n", "\t", " ", "  ", "\x00", "\u2028", "\r\n", "\ud800"),
]

cell_text = st.one_of(
    st.text(),
    st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=20).map("".join),
)


def _check_invariants(text: str, result: Deadline) -> None:
    assert isinstance(result, Deadline)
    assert result.text == text  # the very same characters, never altered
    assert INTERNAL_ERROR_NOTE not in result.notes  # the safety net must never be needed
    keys = [(period.end, period.start or period.end.min) for period in result.periods]
    assert keys == sorted(keys)
    for period in result.periods:
        if period.start is not None:
            assert period.start <= period.end
        assert 2000 <= period.end.year <= 2099
    assert isinstance(result.kind, DeadlineKind)
    assert result.understood is (not result.unparsed)
    if result.periods:
        assert result.first is not None and result.last is not None
        assert result.first <= result.last
    else:
        assert result.first is None and result.last is None
        assert not result.continues
    for period, responsible in result.responsible:
        assert period in result.periods
        assert responsible.strip() == responsible and responsible
    for clause in result.conditions + result.unparsed:
        assert clause and clause == clause.strip()
    assert result.ambiguous is False or result.notes


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cell_text)
def test_any_text_gives_a_deadline(text: str) -> None:
    _check_invariants(text, parse_deadline(text))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map(" ".join))
def test_parsing_is_deterministic(text: str) -> None:
    assert parse_deadline(text) == parse_deadline(text)


def test_control_characters_and_surrogates() -> None:
    for text in (
        "\x00\x01\x1f01.03.2022\x7f",
        "\ud800май 2023\udfff",
        "\u200b2022\u200b",
        "\ufeffдо 01.03.2022",
    ):
        _check_invariants(text, parse_deadline(text))


def test_huge_inputs_return() -> None:
    pieces = [
        "14.02.2022",
        "1.",
        "2.",
        "..",
        "0",
        "9" * 50,
        "марта",
        "Октябрь",
        ", ",
        "-",
        "2023",
        "(",
        "далее",
    ]
    huge = "".join(pieces[i % len(pieces)] for i in range(120_000))[:1_000_000]
    for text in (
        huge,
        "1" * 1_000_000,
        "." * 1_000_000,
        "1." * 500_000,
        "(" * 500_000 + ")" * 500_000,
        "май " * 250_000,
        "2022, " * 150_000,
        " " * 999_999 + "далее",
        "\n" * 1_000_000,
    ):
        result = parse_deadline(text)
        assert result.text is text or result.text == text
        if len(text) > MAX_ANALYSED_CHARS and text.strip():
            assert not result.understood
