"""Parse the deadline column («Сроки») of a mentoring roadmap as people really write it.

Roadmaps are typed by hand in Word, so one column holds every shape of deadline: exact dates
(«14.02.2022», typo'd «14.02.022»), months («Январь, 2022», «Май-июнь 2023 г.»), one month in
several years («Октябрь 2022, 2023, 2024»), recurrences («ежемесячно, на постоянной основе»),
conditions («По мере появления возможности») and sometimes the responsible party glued to the date
(«До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО»). :func:`parse_deadline` turns such a cell into a
:class:`Deadline` that keeps the original wording verbatim, lists every dated occurrence and flags
(in Russian ``notes``) what it corrected, what it chose among several readings and what it could not
read. It never guesses a missing year and never raises.

How a cell is read
------------------
1. Only about the first :data:`MAX_ANALYSED_CHARS` characters are analysed, cut at a blank or a
   separator so no date is split (the rest is reported as not understood); case, «ё», dashes, tabs,
   control characters and repeated spaces are normalised for analysis only.
2. The cell is cut into clauses at «;», at line breaks (a line is joined to the previous one when it
   continues it: the previous line ends with «,» or «-», the next starts with a digit, or the previous
   line has no date at all and the next starts in lower case) and at «далее» («, далее», «и далее»,
   «далее-»). Nothing is cut inside parentheses. «далее» means the item goes on after its last date.
3. A clause that says its dates are set elsewhere — it mentions a «срок» together with
   «устанавливаемыми / установленными / определяемыми / утверждаемыми / объявляемыми» (e.g.
   «В соответствии со сроками, устанавливаемыми МОиН УР») — is NOT understood: the date lives in
   someone else's document, so it goes to ``unparsed`` with a note.
4. Otherwise comma-separated parts that start with a condition marker («по мере», «при
   возникновении/условии/наличии…», «по необходимости», «по плану», «по графику», «в период
   реализации», «в соответствии со сроками…», …) are conditions: they tie the timing to the item's own
   programme, plan or events. Their text is kept verbatim; dates inside them (e.g. «(2022-2024гг и
   далее)») are still recorded as periods.
5. The remaining words are read as dates, months, years, quarters, half-years, academic years,
   ranges, recurrences and responsible parties. A clause with any word left over is reported in
   ``unparsed`` (its dates are still kept), except descriptive words in a recurrence clause
   («регулярное пополнение базы», «с ежегодной корректировкой»).

Interpretation choices (each documented by a note when it applies)
------------------------------------------------------------------
* «до X» has an open start; «до <месяц/год>» is read as «до конца месяца/года» and is ambiguous
  unless written «до конца …».
* A 3-digit year «0YY» is read as 20YY, a 2-digit year «YY» as 20YY (both with a note); other years
  outside 2000–2099 are not understood.
* A month or «дд месяц» without a year takes the next year written later in the same clause
  («25 марта и 30 апреля 2022»); with no year in the clause it is not understood.
* Several months with several years whose pairing is unclear («Октябрь, март 2023,2024 гг.») give every
  month×year combination and ``ambiguous=True``.
* «YYYY-YYYY учебный год» (or «YYYY/YYYY+1») runs from 1 September to 31 August; its first half-year
  is September–December, its second January–May. Calendar half-years and quarters are whole months.
* ``continues`` is True only when there are periods and something goes on after them: «далее», «с
  <дата>» without an end, or a recurrence or condition written after the first date.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Final

from generator.problems import fast_pickle

__all__ = [
    "MAX_ANALYSED_CHARS",
    "MONTHS",
    "Deadline",
    "DeadlineKind",
    "Period",
    "Precision",
    "Recurrence",
    "parse_deadline",
]

MAX_ANALYSED_CHARS: Final = 4000
MIN_YEAR: Final = 2000
MAX_YEAR: Final = 2099
_MAX_LIST: Final = 24  # longest list of months or years read as one group


class Precision(StrEnum):
    """How exactly the end of a period was written."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Recurrence(StrEnum):
    """How often the item repeats (or that it goes on without a fixed end)."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    PERMANENT = "permanent"
    REGULAR = "regular"


class DeadlineKind(StrEnum):
    """The overall shape of a deadline, for display and grouping."""

    DATE = "date"
    MONTH = "month"
    RANGE = "range"
    DATES = "dates"
    RECURRENCE = "recurrence"
    CONDITION = "condition"
    FREE = "free"


@fast_pickle
@dataclass(frozen=True, slots=True)
class Period:
    """A span of days, both ends inclusive; ``start`` is None for «до X» (open start)."""

    start: date | None
    end: date
    precision: Precision


@fast_pickle
@dataclass(frozen=True, slots=True)
class Deadline:
    """A parsed deadline cell; ``text`` is the original wording, never altered."""

    text: str
    periods: tuple[Period, ...] = ()
    recurrence: Recurrence | None = None
    continues: bool = False
    conditions: tuple[str, ...] = ()
    responsible: tuple[tuple[Period, str], ...] = ()
    unparsed: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    ambiguous: bool = False

    @property
    def kind(self) -> DeadlineKind:
        if len(self.periods) > 1:
            return DeadlineKind.DATES
        if self.periods:
            return _period_kind(self.periods[0])
        if self.recurrence is not None:
            return DeadlineKind.RECURRENCE
        if self.conditions:
            return DeadlineKind.CONDITION
        return DeadlineKind.FREE

    @property
    def first(self) -> date | None:
        """The earliest day covered (the end of an open-start period counts as its day)."""
        if not self.periods:
            return None
        return min(p.start if p.start is not None else p.end for p in self.periods)

    @property
    def last(self) -> date | None:
        """The latest day covered."""
        if not self.periods:
            return None
        return max(p.end for p in self.periods)

    @property
    def understood(self) -> bool:
        return not self.unparsed


def _period_kind(period: Period) -> DeadlineKind:
    """DATE, MONTH or RANGE for a single period, judged by the span it covers."""
    start, end = period.start, period.end
    if period.precision is Precision.DAY:
        return DeadlineKind.RANGE if start is not None and start != end else DeadlineKind.DATE
    if period.precision is Precision.MONTH:
        if start is None or ((start.year, start.month) == (end.year, end.month) and start.day == 1):
            return DeadlineKind.MONTH
        return DeadlineKind.RANGE
    # A year or a span of years is a range when its start is known; «до 2024 года» is a deadline.
    return DeadlineKind.RANGE if start is not None else DeadlineKind.DATE


# --------------------------------------------------------------------------------------------------
# Vocabulary

_MONTH_FORMS: Final[dict[int, tuple[str, ...]]] = {
    1: ("январь", "января", "январю", "январем", "январе", "янв"),
    2: ("февраль", "февраля", "февралю", "февралем", "феврале", "фев", "февр"),
    3: ("март", "марта", "марту", "мартом", "марте", "мар"),
    4: ("апрель", "апреля", "апрелю", "апрелем", "апреле", "апр"),
    5: ("май", "мая", "маю", "маем", "мае"),
    6: ("июнь", "июня", "июню", "июнем", "июне", "июн"),
    7: ("июль", "июля", "июлю", "июлем", "июле", "июл"),
    8: ("август", "августа", "августу", "августом", "августе", "авг"),
    9: ("сентябрь", "сентября", "сентябрю", "сентябрем", "сентябре", "сен", "сент"),
    10: ("октябрь", "октября", "октябрю", "октябрем", "октябре", "окт"),
    11: ("ноябрь", "ноября", "ноябрю", "ноябрем", "ноябре", "ноя", "нояб"),
    12: ("декабрь", "декабря", "декабрю", "декабрем", "декабре", "дек"),
}

#: Russian month names in every case form (lower case, «ё» written as «е») and short forms → month.
MONTHS: Final[dict[str, int]] = {form: month for month, forms in _MONTH_FORMS.items() for form in forms}

_RECURRENCE_STEMS: Final[tuple[tuple[str, Recurrence], ...]] = (
    ("ежедневн", Recurrence.DAILY),
    ("еженедельн", Recurrence.WEEKLY),
    ("ежемесячн", Recurrence.MONTHLY),
    ("ежеквартальн", Recurrence.QUARTERLY),
    ("ежегодн", Recurrence.YEARLY),
    ("постоянн", Recurrence.PERMANENT),
    ("регулярн", Recurrence.REGULAR),
    ("систематическ", Recurrence.REGULAR),
    ("систематичн", Recurrence.REGULAR),
)
_SPECIFIC_RECURRENCES: Final = frozenset(
    {Recurrence.DAILY, Recurrence.WEEKLY, Recurrence.MONTHLY, Recurrence.QUARTERLY, Recurrence.YEARLY}
)

# Token kinds.
_DMY: Final = "dmy"
_MY: Final = "my"  # «03.2022»
_NUM: Final = "num"
_YEAR: Final = "year"
_MONTH: Final = "month"
_ROMAN: Final = "roman"
_QUARTER: Final = "quarter"
_HALF: Final = "half"
_ACAD: Final = "acad"
_DASH: Final = "dash"
_COMMA: Final = "comma"
_SLASH: Final = "slash"
_AND: Final = "and"
_BY: Final = "by"
_FROM: Final = "from"
_TO: Final = "to"
_ENDOF: Final = "endof"
_RECUR: Final = "recur"
_FURTHER: Final = "further"
_FILL: Final = "fill"
_NOISE: Final = "noise"
_UPPER: Final = "upper"
_WORD: Final = "word"
_PUNCT: Final = "punct"

_WORD_KINDS: Final[dict[str, str]] = {
    "до": _BY,
    "к": _BY,
    "с": _FROM,
    "со": _FROM,
    "по": _TO,
    "и": _AND,
    "далее": _FURTHER,
    **dict.fromkeys(("в", "во", "на", "течение", "срок", "сроки", "срока", "период", "основе"), _FILL),
    **dict.fromkeys(("конца", "конец", "концу", "окончания", "окончании"), _ENDOF),
    **dict.fromkeys(
        ("г", "гг", "год", "года", "году", "годом", "годе", "годы", "годов", "годам", "годами", "годах"),
        _NOISE,
    ),
    **dict.fromkeys(
        ("уч", "учебн", "учебный", "учебного", "учебном", "учебному", "учебным", "учебные", "учебных"), _ACAD
    ),
    **dict.fromkeys(("квартал", "квартала", "квартале", "кварталу", "кварталом", "кв"), _QUARTER),
    **dict.fromkeys(("полугодие", "полугодия", "полугодии", "полугодию", "полугодием", "полуг"), _HALF),
}
_ROMANS: Final[dict[str, int]] = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# Words that change the meaning of a recurrence clause, so it cannot be taken as descriptive.
_BLOCKING_WORDS: Final = frozenset(
    {"не", "кроме", "исключением", "исключая", "после", "начала", "начало", "середины", "середина"}
)
_BLOCKING_STEMS: Final = ("перенос", "перенес", "отмен", "приостанов")

# Tokens that may stay unused in a clause without making it «not understood».
_TOLERATED: Final = frozenset({_PUNCT, _COMMA, _AND, _BY, _FROM, _TO, _ENDOF, _FURTHER, _RECUR})
_SOFT: Final = frozenset({_WORD, _UPPER})

_TOKEN_RE: Final = re.compile(
    r"(?P<dmy>[0-9]{1,2}\. ?[0-9]{1,2}\. ?[0-9]{1,4}(?![0-9]))"
    r"|(?P<my>[0-9]{1,2}\.[0-9]{4}(?![0-9]))"
    r"|(?P<num>[0-9]+(?:-?(?:ый|ой|ий|го|ое|ее|й|е)(?![а-яa-z]))?)"
    r"|(?P<word>[a-zа-я]+)"
    r"|(?P<dash>-)"
    r"|(?P<comma>,)"
    r"|(?P<slash>/)"
    r"|(?P<punct>\S)"
)
_WORD_RE: Final = re.compile(r"[a-zа-я]+")
_DIGIT_RE: Final = re.compile(r"[0-9]")
_FURTHER_RE: Final = re.compile(r"(?<![а-я])далее(?![а-я])")
_CONDITION_RE: Final = re.compile(
    r"(?<![а-я])(?:"
    r"по\s+мере"
    r"|при\s+(?:возникновении|условии|наличии|необходимости|появлении|поступлении|получении|формировании)"
    r"|по\s+(?:необходимости|плану|планам|графику|согласованию|запросу|запросам|требованию|итогам"
    r"|окончании|завершении)"
    r"|в\s+период\s+реализации"
    r"|в\s+ходе\s+реализации"
    r"|в\s+сроки\s+реализации"
    r"|в\s+соответствии\s+со\s+срок[а-я]*"
    r"|в\s+соответствии\s+с\s+(?:план|график|программ)[а-я]*"
    r")(?![а-я])"
)
_SROK_RE: Final = re.compile(r"(?<![а-я])срок")
_EXTERNAL_RE: Final = re.compile(
    r"(?<![а-я])(?:устанавлива|установлен|определяем|определен|утверждаем|объявля|объявлен)"
)

_DASH_CHARS: Final = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d")
_NEWLINE_CHARS: Final = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_TRIM_CHARS: Final = " \t\n\r\v\f\u00a0,;"


# --------------------------------------------------------------------------------------------------
# Normalisation and clauses


def _normalize(text: str) -> str:
    """Lower-case analysis copy of ``text`` with exactly one character per original character."""
    out: list[str] = []
    for ch in text:
        if ch in _NEWLINE_CHARS:
            out.append("\n")
        elif ch in _DASH_CHARS:
            out.append("-")
        elif ch in "ёЁ":
            out.append("е")
        elif ch in "іІ":  # Cyrillic «і» typed for the Roman numeral I
            out.append("i")
        elif ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(" ")
        else:
            low = ch.lower()
            out.append(low if len(low) == 1 else ch)
    return "".join(out)


def _has_temporal(norm: str) -> bool:
    """Whether a piece of normalised text mentions a number, a month or a recurrence."""
    if _DIGIT_RE.search(norm):
        return True
    return any(word in MONTHS or _recurrence_of(word) is not None for word in _WORD_RE.findall(norm))


def _recurrence_of(word: str) -> Recurrence | None:
    for stem, recurrence in _RECURRENCE_STEMS:
        if word.startswith(stem):
            return recurrence
    return None


def _line_blocks(orig: str, norm: str) -> list[tuple[int, int]]:
    """Spans of logical lines: physical lines joined where the next one continues the previous."""
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    current_temporal = False  # whether the current block mentions a date (kept incrementally: linear time)
    previous_line = ""  # the last non-blank line of the current block, right-stripped
    pos = 0
    length = len(norm)
    while pos <= length:
        nl = norm.find("\n", pos)
        end = length if nl < 0 else nl
        body = norm[pos:end]
        stripped = body.lstrip()
        if not stripped:
            if current is not None:
                blocks.append(current)
                current = None
        else:
            temporal = _has_temporal(body)
            joins = current is not None and (
                previous_line.endswith((",", "-"))
                or (stripped[0].isdigit() and not previous_line.endswith(";"))
                or (
                    stripped[0].isalpha()
                    and orig[pos + len(body) - len(stripped)].islower()
                    and not previous_line.endswith((";", "."))
                    and not current_temporal
                )
            )
            if current is not None and joins:
                current = (current[0], end)
                current_temporal = current_temporal or temporal
            else:
                if current is not None:
                    blocks.append(current)
                current, current_temporal = (pos, end), temporal
            previous_line = body.rstrip()
        if nl < 0:
            break
        pos = nl + 1
    if current is not None:
        blocks.append(current)
    return blocks


def _depths(norm: str, lo: int, hi: int) -> list[int]:
    """Parenthesis depth before each character of ``norm[lo:hi]``."""
    depths: list[int] = []
    depth = 0
    for ch in norm[lo:hi]:
        if ch == ")":
            depth = max(0, depth - 1)
        depths.append(depth)
        if ch == "(":
            depth += 1
    return depths


def _split_top(norm: str, lo: int, hi: int, sep: str) -> list[tuple[int, int]]:
    """Split ``norm[lo:hi]`` at ``sep`` characters outside parentheses."""
    depths = _depths(norm, lo, hi)
    parts: list[tuple[int, int]] = []
    start = lo
    for offset, ch in enumerate(norm[lo:hi]):
        if ch == sep and depths[offset] == 0:
            parts.append((start, lo + offset))
            start = lo + offset + 1
    parts.append((start, hi))
    return parts


@dataclass(slots=True)
class _Clause:
    lo: int
    hi: int
    further_at: int = -1  # position of a «далее» that ends this clause, or -1


def _clauses(orig: str, norm: str) -> list[_Clause]:
    clauses: list[_Clause] = []
    for block_lo, block_hi in _line_blocks(orig, norm):
        for lo, hi in _split_top(norm, block_lo, block_hi, ";"):
            depths = _depths(norm, lo, hi)
            start = lo
            for match in _FURTHER_RE.finditer(norm, lo, hi):
                if depths[match.start() - lo] != 0:
                    continue
                # Extend the separator back over spaces, «и» and a comma: «, далее», «и далее».
                cut = match.start()
                while cut > start and norm[cut - 1].isspace():
                    cut -= 1
                if cut - 1 >= start and norm[cut - 1] == "и" and (cut - 1 == start or not norm[cut - 2].isalpha()):
                    cut -= 1
                    while cut > start and norm[cut - 1].isspace():
                        cut -= 1
                if cut > start and norm[cut - 1] == ",":
                    cut -= 1
                clauses.append(_Clause(start, cut, further_at=match.start()))
                after = match.end()
                while after < hi and (norm[after].isspace() or norm[after] in "-:,"):
                    after += 1
                start = after
            clauses.append(_Clause(start, hi))
    return clauses


def _trim_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo] in _TRIM_CHARS:
        lo += 1
    while hi > lo and text[hi - 1] in _TRIM_CHARS:
        hi -= 1
    return lo, hi


# --------------------------------------------------------------------------------------------------
# Tokens


@dataclass(slots=True)
class _Tok:
    kind: str
    start: int
    end: int
    num: int = 0
    raw: str = ""
    ordinal: bool = False
    recurrence: Recurrence | None = None
    dmy: tuple[int, int, str] = (0, 0, "")


def _tokenize(orig: str, norm: str, lo: int, hi: int) -> list[_Tok]:
    toks: list[_Tok] = []
    for match in _TOKEN_RE.finditer(norm, lo, hi):
        start, end = match.span()
        if match.group("dmy") is not None:
            parts = [part.strip() for part in match.group("dmy").split(".")]
            toks.append(_Tok(_DMY, start, end, dmy=(int(parts[0]), int(parts[1]), parts[2])))
        elif match.group("my") is not None:
            month_text, year_text = match.group("my").split(".")
            toks.append(_Tok(_MY, start, end, num=int(year_text), dmy=(0, int(month_text), year_text)))
        elif match.group("num") is not None:
            raw = match.group("num")
            digits = raw.rstrip("абвгдежзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz-")
            ordinal = digits != raw
            value = int(digits) if len(digits) <= 6 else -1
            if not ordinal and len(digits) == 4 and MIN_YEAR <= value <= MAX_YEAR:
                toks.append(_Tok(_YEAR, start, end, num=value, raw=digits))
            else:
                toks.append(_Tok(_NUM, start, end, num=value, raw=digits, ordinal=ordinal))
        elif match.group("word") is not None:
            toks.append(_word_token(match.group("word"), orig[start:end], start, end))
        elif match.group("dash") is not None:
            toks.append(_Tok(_DASH, start, end))
        elif match.group("comma") is not None:
            toks.append(_Tok(_COMMA, start, end))
        elif match.group("slash") is not None:
            toks.append(_Tok(_SLASH, start, end))
        else:
            toks.append(_Tok(_PUNCT, start, end, raw=match.group()))
    # «не позднее» / «не позже» mean «до».
    merged: list[_Tok] = []
    for tok in toks:
        if (
            merged
            and tok.kind == _WORD
            and tok.raw in ("позднее", "позже")
            and merged[-1].kind == _WORD
            and merged[-1].raw == "не"
        ):
            merged[-1] = _Tok(_BY, merged[-1].start, tok.end, raw="не позднее")
        else:
            merged.append(tok)
    return merged


def _word_token(word: str, original: str, start: int, end: int) -> _Tok:
    if word in MONTHS:
        return _Tok(_MONTH, start, end, num=MONTHS[word], raw=word)
    if word in _ROMANS:
        return _Tok(_ROMAN, start, end, num=_ROMANS[word], raw=word)
    kind = _WORD_KINDS.get(word)
    if kind is not None:
        return _Tok(kind, start, end, raw=word)
    recurrence = _recurrence_of(word)
    if recurrence is not None:
        return _Tok(_RECUR, start, end, raw=word, recurrence=recurrence)
    if len(original) >= 2 and original.isupper():
        return _Tok(_UPPER, start, end, raw=word)
    return _Tok(_WORD, start, end, raw=word)


# --------------------------------------------------------------------------------------------------
# Points: one written date, month group, year (range), quarter or half-year


@dataclass(slots=True)
class _Point:
    kind: str  # "day" | "months" | "years" | "part"
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    day: int = 0
    day2: int = 0
    month: int = 0
    months: list[tuple[int, int]] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    year2: int = 0
    academic: bool = False
    part: int = 0
    part_kind: str = ""
    error: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def yearless(self) -> bool:
        return not self.error and not self.years


def _resolve_year(raw: str) -> tuple[int | None, str]:
    """The year written as ``raw`` in a dd.mm.yyyy date, and a note about any correction."""
    if len(raw) == 4:
        value = int(raw)
        if MIN_YEAR <= value <= MAX_YEAR:
            return value, ""
        return None, f"год вне диапазона {MIN_YEAR}–{MAX_YEAR}: «{_q(raw)}»"
    if len(raw) == 3 and raw.startswith("0"):
        value = 2000 + int(raw)
        return value, f"год «{_q(raw)}» прочитан как {value}"
    if len(raw) == 2:
        value = 2000 + int(raw)
        return value, f"год «{_q(raw)}» прочитан как {value}"
    return None, f"год «{_q(raw)}» не удалось прочитать"


def _q(text: str, limit: int = 120) -> str:
    """A quotation for a note: long texts are shortened (``unparsed`` keeps them whole)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1]


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


class _ClauseParser:
    """Reads the tokens of one clause (or of a condition, leniently) into periods."""

    def __init__(self, orig: str, toks: list[_Tok], lenient: bool) -> None:
        self.orig = orig
        self.toks = toks
        self.lenient = lenient
        self.consumed = [False] * len(toks)
        self.items: list[tuple[list[Period], int]] = []  # periods and the text position of the item
        self.responsible: list[tuple[Period, str]] = []
        self.notes: list[str] = []
        self.errors = False
        self.ambiguous = False
        self.open_ended = False  # «с <дата>» without an end
        self.pending: list[tuple[_Point, bool, bool, int]] = []  # yearless point, by, end-of, first token

    # -- helpers ------------------------------------------------------------------------------------

    def kind(self, index: int) -> str:
        return self.toks[index].kind if 0 <= index < len(self.toks) else ""

    def snippet(self, first: int, last: int) -> str:
        return self.orig[self.toks[first].start : self.toks[last].end]

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    # -- points -------------------------------------------------------------------------------------

    def point(self, i: int) -> _Point | None:
        kind = self.kind(i)
        if kind == _DMY:
            return self._dmy_point(i)
        if kind == _MY:
            return self._month_year_point(i)
        if kind in (_NUM, _ROMAN) and self.kind(i + 1) in (_QUARTER, _HALF):
            return self._part_point(i)
        if kind == _NUM:
            return self._textual_day_point(i)
        if kind == _MONTH:
            return self._months_point(i)
        if kind == _YEAR:
            return self._years_point(i)
        return None

    def _dmy_point(self, i: int) -> _Point:
        day, month, raw_year = self.toks[i].dmy
        point = _Point("day", i, i, day=day, month=month)
        year, note = _resolve_year(raw_year)
        if year is None:
            point.error = note
        elif not _valid_day(year, month, day):
            point.error = f"невозможная дата «{_q(self.snippet(i, i))}»"
        else:
            point.years = [year]
            if note:
                point.notes.append(note)
        return point

    def _textual_day_point(self, i: int) -> _Point | None:
        day = self.toks[i].num
        if not 1 <= day <= 31:
            return None
        j = i + 1
        day2 = 0
        if self.kind(j) in (_DASH, _TO) and self.kind(j + 1) == _NUM and self.kind(j + 2) == _MONTH:
            day2 = self.toks[j + 1].num
            if not day < day2 <= 31:
                return None
            j += 2
        if self.kind(j) != _MONTH:
            return None
        point = _Point("day", i, j, day=day, day2=day2, month=self.toks[j].num)
        if self.kind(j + 1) == _YEAR:
            point.years = [self.toks[j + 1].num]
            point.last = j + 1
        return point

    def _months_point(self, i: int) -> _Point:
        groups = [(self.toks[i].num, self.toks[i].num)]
        j = i + 1
        while len(groups) < _MAX_LIST:
            if self.kind(j) == _DASH and self.kind(j + 1) == _MONTH:
                groups[-1] = (groups[-1][0], self.toks[j + 1].num)
                j += 2
            elif self.kind(j) in (_COMMA, _AND) and self.kind(j + 1) == _MONTH:
                groups.append((self.toks[j + 1].num, self.toks[j + 1].num))
                j += 2
            else:
                break
        point = _Point("months", i, j - 1, months=groups)
        if self.kind(j) == _COMMA and self.kind(j + 1) == _YEAR:
            j += 1
        if self.kind(j) == _YEAR and self.kind(j + 1) in (_DASH, _SLASH) and self.kind(j + 2) == _YEAR:
            year, year2 = self.toks[j].num, self.toks[j + 2].num
            academic_marker = self.kind(j + 3) == _ACAD
            if year2 == year + 1 and (academic_marker or self.kind(j + 1) == _SLASH):
                # «сентябрь 2023-2024 учебного года»: September–December fall in the first year,
                # the other months in the second.
                point.years, point.year2, point.academic = [year], year2, True
                point.last = j + 3 if academic_marker else j + 2
                return point
        while self.kind(j) == _YEAR and len(point.years) < _MAX_LIST:
            if point.years and self.kind(j + 1) in (_DASH, _SLASH) and self.kind(j + 2) == _YEAR:
                break  # a year range belongs to the next point
            point.years.append(self.toks[j].num)
            point.last = j
            j += 1
            if self.kind(j) in (_COMMA, _AND) and self.kind(j + 1) == _YEAR:
                j += 1
        return point

    def _month_year_point(self, i: int) -> _Point:
        month, year = self.toks[i].dmy[1], self.toks[i].num
        point = _Point("months", i, i, months=[(month, month)], years=[year])
        if not 1 <= month <= 12 or not MIN_YEAR <= year <= MAX_YEAR:
            point.error = f"невозможная дата «{_q(self.snippet(i, i))}»"
        return point

    def _years_point(self, i: int) -> _Point:
        year = self.toks[i].num
        if self.kind(i + 1) in (_DASH, _SLASH) and self.kind(i + 2) == _YEAR:
            year2 = self.toks[i + 2].num
            last = i + 2
            academic = False
            if self.kind(i + 3) == _ACAD:
                academic = True
                last = i + 3
            elif self.kind(i + 1) == _SLASH and year2 == year + 1:
                academic = True
            point = _Point("years", i, last, years=[year], year2=year2, academic=academic)
            if year2 < year or (academic and year2 == year):
                point.error = f"начало позже окончания: «{_q(self.snippet(i, last))}»"
            return point
        return _Point("years", i, i, years=[year], year2=year)

    def _part_point(self, i: int) -> _Point:
        number = self.toks[i].num
        part_kind = self.kind(i + 1)
        point = _Point("part", i, i + 1, part=number, part_kind=part_kind)
        limit = 4 if part_kind == _QUARTER else 2
        j = i + 2
        if not 1 <= number <= limit:
            what = "квартала" if part_kind == _QUARTER else "полугодия"
            point.error = f"неверный номер {what}: «{_q(self.snippet(i, i + 1))}»"
            return point
        if self.kind(j) == _YEAR:
            if self.kind(j + 1) in (_DASH, _SLASH) and self.kind(j + 2) == _YEAR:
                year, year2 = self.toks[j].num, self.toks[j + 2].num
                point.last = j + 2
                if self.kind(j + 3) == _ACAD:
                    point.last = j + 3
                if part_kind != _HALF or year2 != year + 1:
                    point.error = f"неоднозначно: «{_q(self.snippet(i, point.last))}»"
                    return point
                point.years, point.year2, point.academic = [year], year2, True
            else:
                point.years = [self.toks[j].num]
                point.last = j
            return point
        point.error = f"не указан год: «{_q(self.snippet(i, i + 1))}»"
        return point

    # -- periods of a point -------------------------------------------------------------------------

    def periods(self, point: _Point) -> list[Period]:
        """The periods of a point whose year is known; records notes and errors."""
        for text in point.notes:
            self.note(text)
        if point.error:
            self.note(point.error)
            self.errors = True
            return []
        if point.kind == "day":
            year = point.years[0]
            if not _valid_day(year, point.month, max(point.day, point.day2)):
                self.note(f"невозможная дата «{_q(self.snippet(point.first, point.last))}»")
                self.errors = True
                return []
            start = date(year, point.month, point.day)
            end = date(year, point.month, point.day2) if point.day2 else start
            return [Period(start, end, Precision.DAY)]
        if point.kind == "months":
            if len(point.months) > 1 and len(point.years) > 1:
                self.ambiguous = True
                self.note(
                    f"неоднозначно: «{_q(self.snippet(point.first, point.last))}» — неясно, к какому году "
                    "относится каждый месяц; взяты все сочетания месяцев и лет"
                )
            periods: list[Period] = []
            for first, last in point.months:
                for year in point.years:
                    start_year = end_year = year
                    if point.academic:
                        start_year = year if first >= 9 else point.year2
                        end_year = year if last >= 9 else point.year2
                    start, end = date(start_year, first, 1), _month_end(end_year, last)
                    if start > end:
                        self.note(
                            f"неоднозначно: «{_q(self.snippet(point.first, point.last))}» — период переходит "
                            "через год, а год указан один"
                        )
                        self.errors = True
                        return []
                    periods.append(Period(start, end, Precision.MONTH))
            return periods
        if point.kind == "years":
            year, year2 = point.years[0], point.year2
            if point.academic:
                return [Period(date(year, 9, 1), date(year2, 8, 31), Precision.YEAR)]
            return [Period(date(year, 1, 1), date(year2, 12, 31), Precision.YEAR)]
        # A quarter or a half-year.
        year = point.years[0]
        if point.academic:
            if point.part == 1:
                return [Period(date(year, 9, 1), date(year, 12, 31), Precision.MONTH)]
            return [Period(date(point.year2, 1, 1), date(point.year2, 5, 31), Precision.MONTH)]
        size = 3 if point.part_kind == _QUARTER else 6
        first = (point.part - 1) * size + 1
        return [Period(date(year, first, 1), _month_end(year, first + size - 1), Precision.MONTH)]

    # -- the clause ---------------------------------------------------------------------------------

    def item_starts(self, i: int) -> bool:
        if self.kind(i) in (_BY, _FROM):
            i += 1
            if self.kind(i) == _ENDOF:
                i += 1
        return self.point(i) is not None

    def run(self) -> None:
        toks = self.toks
        i = 0
        by = from_ = end_of = False
        prefix = -1
        while i < len(toks):
            kind = toks[i].kind
            if kind in (_BY, _FROM, _ENDOF):
                by = by or kind == _BY
                from_ = from_ or kind == _FROM
                end_of = end_of or kind == _ENDOF
                prefix = i if prefix < 0 else prefix
                i += 1
                continue
            point = self.point(i)
            if point is None:
                by = from_ = end_of = False
                prefix = -1
                i += 1
                continue
            first = prefix if prefix >= 0 else i
            items_before = len(self.items)
            last = self._read_item(point, first, by, from_, end_of)
            by = from_ = end_of = False
            prefix = -1
            i = self._read_responsible(last + 1) if len(self.items) > items_before else last + 1
        for point, _by, _end_of, first in self.pending:
            self.note(f"не указан год: «{_q(self.snippet(first, point.last))}»")
            self.errors = True

    def _read_item(self, point: _Point, first: int, by: bool, from_: bool, end_of: bool) -> int:
        """Read a point (and a range to a second point); returns the index of its last token."""
        last = point.last
        connector = point.last + 1
        other: _Point | None = None
        if self.kind(connector) in (_DASH, _TO) or (self.kind(connector) == _BY and from_):
            other = self.point(connector + 1)
        if other is not None and not other.error and not point.error:
            if point.yearless and len(other.years) == 1:
                point.years = list(other.years)
            ranged, reversed_ = self._range(point, other)
            if ranged is not None or reversed_:
                for index in range(first, other.last + 1):
                    self.consumed[index] = True
                if ranged is not None:
                    self._add_item([ranged], first, other.last, by=False, end_of=False)
                    self._resolve_pending(other)
                return other.last
        for index in range(first, last + 1):
            self.consumed[index] = True
        if point.yearless:
            self.pending.append((point, by, end_of, first))
            return last
        spans_itself = (
            point.day2 > 0
            or (point.kind == "years" and point.year2 != point.years[0])
            or any(first_month != last_month for first_month, last_month in point.months)
        )
        if from_ and not by and not spans_itself:
            self.open_ended = True  # «с <дата>» without an end: it starts then and goes on
        self._add_item(self.periods(point), first, last, by=by, end_of=end_of)
        self._resolve_pending(point)
        return last

    def _range(self, point: _Point, other: _Point) -> tuple[Period | None, bool]:
        """A range from ``point`` to ``other``, and whether it was written backwards (an error)."""
        if point.yearless or other.yearless:
            return None, False
        saved_notes, saved_errors, saved_ambiguous = list(self.notes), self.errors, self.ambiguous
        left, right = self.periods(point), self.periods(other)
        if len(left) != 1 or len(right) != 1 or left[0].precision != right[0].precision:
            self.notes, self.errors, self.ambiguous = saved_notes, saved_errors, saved_ambiguous
            return None, False
        start = left[0].start if left[0].start is not None else left[0].end
        if start > right[0].end:
            self.note(f"начало позже окончания: «{_q(self.snippet(point.first, other.last))}»")
            self.errors = True
            return None, True
        return Period(start, right[0].end, right[0].precision), False

    def _resolve_pending(self, point: _Point) -> None:
        """Give the year of ``point`` to earlier points written without one («25 марта и 30 апреля 2022»)."""
        if not self.pending or len(point.years) != 1 or point.error:
            return
        pending, self.pending = self.pending, []
        for earlier, by, end_of, first in pending:
            earlier.years = list(point.years)
            self._add_item(self.periods(earlier), first, earlier.last, by=by, end_of=end_of)

    def _add_item(self, periods: list[Period], first: int, last: int, *, by: bool, end_of: bool) -> None:
        if not periods:
            return
        if by:
            if periods[0].precision is not Precision.DAY and not end_of:
                self.ambiguous = True
                self.note(
                    f"неоднозначно: «{_q(self.snippet(first, last))}» прочитано как «до конца указанного "
                    "периода» (включительно)"
                )
            periods = [Period(None, period.end, period.precision) for period in periods]
        self.items.append((periods, self.toks[first].start))

    def _read_responsible(self, k: int) -> int:
        """Read «/ text» or an all-caps abbreviation after a date; returns where to continue."""
        if self.lenient or not self.items or k >= len(self.toks):
            return k
        periods = self.items[-1][0]
        if self.kind(k) == _SLASH:
            m = k + 1
            while m < len(self.toks) and not self.item_starts(m):
                m += 1
            self.consumed[k] = True
            if m > k + 1:
                self._set_responsible(periods, k + 1, m - 1)
            return m
        if self.kind(k) == _UPPER:
            m = k
            while m < len(self.toks) and self.kind(m) in (_UPPER, _PUNCT, _COMMA, _AND) and not self.item_starts(m):
                m += 1
            while m > k and self.kind(m - 1) in (_COMMA, _AND):
                m -= 1
            if m >= len(self.toks) or self.item_starts(m):
                self._set_responsible(periods, k, m - 1)
                return m
        return k

    def _set_responsible(self, periods: list[Period], first: int, last: int) -> None:
        text = self.snippet(first, last).strip(_TRIM_CHARS + ".")
        for index in range(first, last + 1):
            self.consumed[index] = True
        if text:
            self.responsible.extend((period, text) for period in periods)


# --------------------------------------------------------------------------------------------------
# The whole cell


@dataclass(slots=True)
class _Acc:
    periods: list[Period] = field(default_factory=list)
    recurrences: list[Recurrence] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    responsible: list[tuple[Period, str]] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ambiguous: bool = False
    further: bool = False
    open_ended: bool = False
    first_date_at: int = -1
    ongoing_at: list[int] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def date_at(self, position: int) -> None:
        if self.first_date_at < 0 or position < self.first_date_at:
            self.first_date_at = position


def _condition_spans(norm: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for seg_lo, seg_hi in _split_top(norm, lo, hi, ","):
        match = _CONDITION_RE.search(norm, seg_lo, seg_hi)
        if match is None:
            continue
        start = match.start() if _has_temporal(norm[seg_lo : match.start()]) else seg_lo
        start, end = _trim_span(norm, start, seg_hi)
        if start < end:
            spans.append((start, end))
    return spans


# «1 раз в четверть», «два раза в месяц»: a frequency written out in words.
_FREQUENCY_RE: Final = re.compile(
    r"^(?:(?:\d+|один|одна|два|две|три|четыре)\s+)?раз(?:а)?\s+в\s+(недел|месяц|четверт|квартал|полугоди|год)\w*\s*$"
)
_FREQUENCY_UNITS: Final = {
    "недел": Recurrence.WEEKLY,
    "месяц": Recurrence.MONTHLY,
    "четверт": Recurrence.QUARTERLY,
    "квартал": Recurrence.QUARTERLY,
    "полугоди": Recurrence.REGULAR,
    "год": Recurrence.YEARLY,
}


def _parse_clause(orig: str, norm: str, clause: _Clause, acc: _Acc) -> None:
    if clause.further_at >= 0:
        acc.further = True
        acc.ongoing_at.append(clause.further_at)
    lo, hi = _trim_span(norm, clause.lo, clause.hi)
    body = norm[lo:hi]
    if not any(ch.isalnum() for ch in body):
        return
    text = orig[lo:hi]
    frequency = _FREQUENCY_RE.match(body.strip())
    if frequency:
        acc.recurrences.append(_FREQUENCY_UNITS[frequency.group(1)])
        return
    if _SROK_RE.search(body) and _EXTERNAL_RE.search(body):
        acc.unparsed.append(text)
        acc.note(f"срок устанавливается другим органом или документом, дата в тексте не указана: «{_q(text)}»")
        return

    spans = _condition_spans(norm, lo, hi)
    toks = _tokenize(orig, norm, lo, hi)
    for span_lo, span_hi in spans:
        acc.conditions.append(orig[span_lo:span_hi])
        acc.ongoing_at.append(span_lo)
        inner = [tok for tok in toks if span_lo <= tok.start < span_hi and tok.kind not in (_NOISE, _FILL)]
        lenient = _ClauseParser(orig, inner, lenient=True)
        lenient.run()
        _collect_items(lenient, acc)
        for note in lenient.notes:
            if not note.startswith("не указан год"):
                acc.note(note)
        acc.ambiguous = acc.ambiguous or lenient.ambiguous
        if any(tok.kind == _FURTHER for tok in inner):
            acc.further = True
            acc.ongoing_at.append(span_hi)

    main = [
        tok
        for tok in toks
        if tok.kind not in (_NOISE, _FILL)
        and not (tok.kind == _PUNCT and tok.raw in ".:")
        and not any(span_lo <= tok.start < span_hi for span_lo, span_hi in spans)
    ]
    parser = _ClauseParser(orig, main, lenient=False)
    parser.run()
    _collect_items(parser, acc)
    acc.responsible.extend(parser.responsible)
    for note in parser.notes:
        acc.note(note)
    acc.ambiguous = acc.ambiguous or parser.ambiguous
    acc.open_ended = acc.open_ended or parser.open_ended

    recurrences = [tok for tok in main if tok.kind == _RECUR]
    for tok in recurrences:
        acc.recurrences.append(tok.recurrence or Recurrence.REGULAR)
        acc.ongoing_at.append(tok.start)
    if any(tok.kind == _FURTHER for tok in main):
        acc.further = True
        acc.ongoing_at.extend(tok.start for tok in main if tok.kind == _FURTHER)

    hard = False
    soft: list[_Tok] = []
    for index, tok in enumerate(main):
        if parser.consumed[index] or tok.kind in _TOLERATED:
            continue
        if tok.kind in _SOFT:
            soft.append(tok)
        else:
            hard = True
    if soft and recurrences and not hard:
        first_recurrence = recurrences[0].start
        descriptive = all(
            tok.raw not in _BLOCKING_WORDS
            and not tok.raw.startswith(_BLOCKING_STEMS)
            and (not parser.items or tok.start > first_recurrence)
            for tok in soft
        )
        if descriptive:
            soft = []
    understood_something = bool(parser.items or recurrences or parser.responsible or spans)
    if parser.errors or hard or soft or not understood_something:
        acc.unparsed.append(text)
        if not parser.errors:
            if understood_something:
                acc.note(f"срок распознан не полностью: «{_q(text)}»")
            else:
                acc.note(f"срок не распознан: «{_q(text)}»")


def _collect_items(parser: _ClauseParser, acc: _Acc) -> None:
    for periods, position in parser.items:
        acc.periods.extend(periods)
        acc.date_at(position)


def _choose_recurrence(acc: _Acc) -> Recurrence | None:
    if not acc.recurrences:
        return None
    specific = list(dict.fromkeys(r for r in acc.recurrences if r in _SPECIFIC_RECURRENCES))
    if len(specific) > 1:
        acc.ambiguous = True
        acc.note("неоднозначно: указано несколько периодичностей, выбрана первая")
    if specific:
        return specific[0]
    if Recurrence.PERMANENT in acc.recurrences:
        return Recurrence.PERMANENT
    return Recurrence.REGULAR


def _analysis_limit(text: str) -> int:
    """Where to cut an over-long text: at the last blank or separator before the limit, not mid-date."""
    if len(text) <= MAX_ANALYSED_CHARS:
        return len(text)
    floor = MAX_ANALYSED_CHARS // 2
    for cut in range(MAX_ANALYSED_CHARS, floor, -1):
        if text[cut - 1].isspace() or text[cut - 1] in ";,":
            return cut
    return MAX_ANALYSED_CHARS


def _parse(text: str) -> Deadline:
    limit = _analysis_limit(text)
    analysed = text[:limit]
    norm = _normalize(analysed)
    acc = _Acc()
    for clause in _clauses(analysed, norm):
        _parse_clause(analysed, norm, clause, acc)
    if len(text) > limit:
        tail = text[limit:].strip(_TRIM_CHARS)
        if tail:
            acc.unparsed.append(tail)
            acc.note(f"текст длиннее {MAX_ANALYSED_CHARS} символов: разобрано только начало")
    if not any(ch.isalnum() for ch in analysed):
        acc.note("срок не указан")

    recurrence = _choose_recurrence(acc)
    periods = tuple(
        sorted(dict.fromkeys(acc.periods), key=lambda p: (p.end, p.start if p.start is not None else date.min))
    )
    continues = bool(periods) and (
        acc.further or acc.open_ended or any(pos > acc.first_date_at for pos in acc.ongoing_at)
    )
    return Deadline(
        text=text,
        periods=periods,
        recurrence=recurrence,
        continues=continues,
        conditions=tuple(dict.fromkeys(acc.conditions)),
        responsible=tuple(dict.fromkeys(acc.responsible)),
        unparsed=tuple(acc.unparsed),
        notes=tuple(acc.notes),
        ambiguous=acc.ambiguous,
    )


INTERNAL_ERROR_NOTE: Final = "внутренняя ошибка разбора срока: текст оставлен как есть"


def parse_deadline(text: str, academic_year: str | None = None) -> Deadline:
    """Parse one deadline cell; never raises, always keeps ``text`` verbatim.

    ``academic_year`` («2024/2025») is the year of the roadmap the cell belongs to: it gives «в течение
    учебного года» (and «в течение года») its dates, which the cell itself does not say."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    whole = _WHOLE_YEAR_RE.match(text)
    if whole and academic_year:
        first = int(academic_year[:4])
        period = Period(date(first, 9, 1), date(first + 1, 8, 31), Precision.MONTH)
        note = () if whole.group(1) else (f"«года» прочитано как учебный год дорожной карты ({academic_year})",)
        return Deadline(text, (period,), notes=note)
    if whole:
        stripped = text.strip()
        note = "учебный год дорожной карты не указан (academic_year), срок не к чему привязать"
        return Deadline(text, unparsed=(stripped,), notes=(f"{note}: «{stripped}»",))
    iso = _ISO_RE.match(text)
    if iso:  # «2024-09-01», as YAML users type a date: one exact day
        try:
            day = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            pass
        else:
            return Deadline(text, (Period(day, day, Precision.DAY),))
    return _parse_cached(text)


_ISO_RE: Final = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
# «В течение учебного года», «в течение всего года.»: the whole academic year of the roadmap.
_WHOLE_YEAR_RE: Final = re.compile(
    r"^\s*(?:в\s+)?(?:течение|течении|продолжение)\s+(?:всего\s+)?(учебного\s+)?года\.?\s*$", re.IGNORECASE
)


@functools.lru_cache(maxsize=16384)
def _parse_cached(text: str) -> Deadline:
    # Wordings repeat across a region's roadmaps; a Deadline is immutable, so one parse serves them all.
    try:
        return _parse(text)
    except Exception:  # the contract is «never raise»; the fuzz tests assert this branch is not reached
        stripped = text.strip()
        return Deadline(
            text=text,
            unparsed=(stripped,) if stripped else (),
            notes=(INTERNAL_ERROR_NOTE,),
        )
