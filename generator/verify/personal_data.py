"""The built site, every file of it, holds no name of a person whose consent is not recorded (152-ФЗ).

The input checks (validate/privacy.py) look at the data; this looks at what is about to be published — pages,
search fragments, manifests, feeds, calendars, the sitemap, the CMS export and the .zip — so that a name that
reached the output by a way those checks do not know (a field they skip, a template, a bug) stops the build.

The people are those the data itself names without a consent (`publish: false`, no `consent`). A file is read
once; its capitalised words, checked against their surnames in every case, point to the few places worth a
closer look, and there privacy.find_names decides, in the same forms the input checks know («Орловой Д.П.»,
«Д.П. Орлова», «Орлова Дарья Павловна»), whether it is one of them.
"""

from __future__ import annotations

import gzip
import html
import io
import os
import re
import typing
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote

from pydantic import BaseModel

from generator.model.base import Consent, Person, model_classes
from generator.model.project import Org
from generator.parallel import fork_map
from generator.unchanged import FileKey, KnownFiles, digest_of, file_key, tree_files
from generator.validate.privacy import find_names, person_key

# Files that are not text, or whose text is not ours to judge (the documents a school publishes as they are).
_DOCUMENTS = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".djvu"}
_IMAGES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp", ".tif", ".tiff", ".ico"}
_OTHER = {".woff", ".woff2", ".ttf", ".otf", ".eot", ".wasm", ".mp3", ".mp4", ".webm", ".ogg", ".rar", ".7z", ".sig"}
_BINARY = frozenset(_DOCUMENTS | _IMAGES | _OTHER)
_MAX_TEXT = 64 * 1024 * 1024  # a decompressed member larger than this is read only this far (a bomb, not a page)
_WINDOW = 120  # characters on each side of a surname looked at by find_names
_CYRILLIC_ESCAPE = re.compile(r"\\u(04[0-9a-fA-F]{2})")  # JSON / JavaScript written with ensure_ascii
_CYRILLIC_ENTITY = re.compile(r"&#(?:[xX]0*4[0-9a-fA-F]{2}|0*1[0-2]\d\d);")  # U+0400…04FF, and a little more
_CYRILLIC_PERCENT = re.compile(r"%[dD][01]%")
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_TAG = re.compile(r"<[^<>]*>")
_WORD = re.compile(r"[А-ЯЁ][а-яё]+")  # as privacy.find_names reads names: capitalised
_MARKUP = re.compile(r"[<>\"'=_+]")
MAX_MESSAGES = 100


@dataclass(frozen=True, slots=True)
class Withheld:
    """A person the data names but whose name may not be published."""

    name: str
    source: str  # the data file that records them
    key: tuple[str, str]  # privacy.person_key: (surname key, first initial)


@dataclass(frozen=True, slots=True)
class Leak:
    file: str  # where in the output: «school-a/mentors/index.html», «site-school-a.zip → index.html»
    text: str  # the name as written there
    person: Withheld

    def render(self) -> str:
        name = " ".join(self.text.split())  # a name cut by tags or line breaks, as one line
        return (
            f"{self.file}: имя «{name}» попало в опубликованный файл, но согласие этого человека на "
            f"распространение персональных данных не записано ({self.person.name}, {self.person.source}); "
            "уберите имя из данных или запишите согласие"
        )


def _holds_person(cls: type[BaseModel], seen: frozenset[type]) -> bool:
    if issubclass(cls, Person):
        return True
    if cls in seen:
        return False
    return any(
        _holds_person(t, seen | {cls}) for info in cls.model_fields.values() for t in model_classes(info.annotation)
    )


@cache
def _person_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a record class that can hold a Person, however deep: a roadmap has none, and its thousands
    of items are not walked."""
    return tuple(
        name
        for name, info in cls.model_fields.items()
        if any(_holds_person(t, frozenset({cls})) for t in model_classes(info.annotation))
    )


def _persons(value: object) -> Iterator[Person]:
    if isinstance(value, Person):
        yield value
    if isinstance(value, BaseModel) and not isinstance(value, Consent):
        for name in _person_fields(type(value)):
            yield from _persons(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, BaseModel):
                yield from _persons(item)
    elif isinstance(value, dict):
        for item in value.values():
            if isinstance(item, BaseModel):
                yield from _persons(item)


def withheld_people(orgs: Iterable[Org], origins: dict[int, typing.Any] | None = None) -> list[Withheld]:
    """Everyone the data names without a consent to publish the name; a name that shares its key (surname and
    initial) with a consented person cannot be told apart from them and is left out, as the input checks do."""
    origins = origins or {}
    consented: set[tuple[str, str]] = set()
    found: list[Withheld] = []
    for org in orgs:
        for record in org.records():
            if not isinstance(record, Person) and not _person_fields(type(record)):
                continue
            origin = origins.get(id(record))
            source = getattr(origin[0], "file", None) if origin else None
            for person in _persons(record):
                if not person.name:
                    continue
                key = person_key(person.name)
                if key is None:
                    continue
                if person.publish and person.consent is not None:
                    consented.add(key)
                else:
                    found.append(Withheld(person.name, source or f"data/orgs/{org.slug}", key))
    seen: set[str] = set()
    unique = []
    for person in found:
        if person.key not in consented and person.name not in seen:
            seen.add(person.name)
            unique.append(person)
    return unique


def _surface_forms(person: Withheld) -> set[str]:
    """The words to look for: the surname in every case (and with «е» for «ё»), capitalised as in text; the parts
    of a double surname each on its own."""
    from generator.morphology import analyzer

    surname, _ = person.key
    forms: set[str] = set()
    for word in re.findall(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?", person.name):
        parses = analyzer().parse(word)
        own = next((p for p in parses if p.normal_form.replace("ё", "е") == surname), None)
        if own is not None:  # one paradigm of a surname has both genders' forms
            forms.update(f.word for f in own.lexeme)
        if own is not None or not surname or word.lower().replace("ё", "е") == surname:
            forms.add(word.lower())
    words = {part for form in forms for part in form.replace("ё", "е").split("-")} | {
        part for form in forms for part in form.split("-")
    }
    return {w[0].upper() + w[1:] for w in words if len(w) > 1}


class NameGuard:
    """The withheld people and the words (their surnames' forms) that point to where they might be written;
    built where the model is (it needs the morphology), sent to the process that scans the output."""

    def __init__(self, people: list[Withheld], forms: frozenset[str]) -> None:
        self.people = people
        self.forms = forms
        self.by_key: dict[tuple[str, str], Withheld] = {}
        for person in people:
            self.by_key.setdefault(person.key, person)

    @classmethod
    def of(cls, people: list[Withheld]) -> NameGuard:
        return cls(people, frozenset(f for p in people for f in _surface_forms(p)))

    def __reduce__(self) -> tuple[type, tuple[list[Withheld], frozenset[str]]]:
        return type(self), (self.people, self.forms)

    def __bool__(self) -> bool:
        return bool(self.people)

    def scan_text(self, text: str, where: str) -> list[Leak]:
        """The withheld names in one file's text."""
        if not self.people:
            return []
        text = _plain(text)
        # the capitalised words of the text against the surnames' forms: set operations in C, whatever their
        # number (a region may withhold thousands of people); a file without any is done with
        if self.forms.isdisjoint(_WORD.findall(text)):
            return []
        leaks: dict[tuple[str, str], Leak] = {}
        done_until = -1
        for hit in _WORD.finditer(text):
            if hit.group(0) not in self.forms or hit.start() < done_until:
                continue  # not a surname, or inside a window already looked at
            start, end = max(0, hit.start() - _WINDOW), hit.end() + _WINDOW
            window = html.unescape(text[start:end])
            if "%" in window:  # «Благодарность%20Орловой%20Д.П.pdf» in a link
                window = _PERCENT_RUN.sub(lambda m: unquote(m.group(0)), window)
            done_until = end - _WINDOW // 2
            # names split by tags («Орлова</td><td>Дарья Павловна»), names inside attributes (alt, title) or
            # file names and addresses («Орловой_Д.П.pdf»)
            for variant in (_TAG.sub(" ", window), _MARKUP.sub(" ", window)):
                for mention in find_names(variant):
                    person = self.by_key.get(mention.key)
                    if person is not None:
                        leaks.setdefault((person.name, where), Leak(where, mention.text, person))
        return list(leaks.values())

    def scan_file(self, path: Path, where: str) -> list[Leak]:
        leaks: list[Leak] = []
        for name, text in _texts(path, where):
            leaks.extend(self.scan_text(text, name))
        return leaks


def _plain(text: str) -> str:
    """Text with the escapes that can hide a whole surname undone: JSON's «\\u0414», HTML's «&#1044;», a URL's
    «%D0%94»; each only where present (`in` is the cheapest look); other entities are undone in the windows."""
    if "\\u04" in text:  # every page has some: the theme's configuration, written with ensure_ascii
        text = _CYRILLIC_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if ("&#1" in text or "&#x" in text or "&#X" in text) and _CYRILLIC_ENTITY.search(text):
        text = html.unescape(text)
    if ("%D" in text or "%d" in text) and _CYRILLIC_PERCENT.search(text):
        text = _PERCENT_RUN.sub(lambda m: unquote(m.group(0)), text)
    return text


def _decode(data: bytes, suffix: str) -> str | None:
    """The text of a file; binary parts (Pagefind's word lists) decode to noise that holds no name."""
    if data[:2] == b"\x1f\x8b":  # sitemap.xml.gz, Pagefind's fragments
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
                data = unpacked.read(_MAX_TEXT)
        except (OSError, EOFError):
            return None
    text = data.decode("utf-8", errors="replace")
    if suffix == ".ics":  # calendar lines are folded at 75 octets: a name may be cut by «\r\n »
        text = text.replace("\r\n ", "").replace("\n ", "")
    return text


def _texts(path: Path, where: str) -> Iterator[tuple[str, str]]:
    """(name, text) of a file, or of each text member of a .zip."""
    suffix = path.suffix.lower()
    if suffix in _BINARY:
        return
    try:
        data = path.read_bytes()
    except OSError:
        return
    if suffix == ".zip" or data[:4] == b"PK\x03\x04":
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            return
        with archive:
            for info in archive.infolist():
                member = Path(info.filename)
                if info.is_dir() or member.suffix.lower() in _BINARY or member.suffix.lower() == ".zip":
                    continue
                with archive.open(info) as stream:
                    text = _decode(stream.read(_MAX_TEXT), member.suffix.lower())
                if text is not None:
                    yield f"{where} → {info.filename}", text
        return
    text = _decode(data, suffix)
    if text is not None:
        yield where, text


_scan_task: tuple[NameGuard, list[tuple[Path | str, str]]] | None = None


def _scan_one(index: int) -> list[Leak]:
    assert _scan_task is not None
    guard, files = _scan_task
    path, where = files[index]
    return guard.scan_file(Path(path), where)


def check_personal_data(
    guard: NameGuard,
    places: list[tuple[Path, str]],
    cache_dir: Path | None = None,
    listed: dict[Path, list[tuple[str, str, os.stat_result]]] | None = None,
) -> list[Leak]:
    """Scan every file under each (folder or file, name it is published as); the leaks found, by file. With
    `cache_dir`, files found clean by an earlier build against the same names (`generator.unchanged`) are not
    read again: a rebuild scans what it wrote anew. `listed`: folders' files as tree_files lists them, where
    already known."""
    global _scan_task
    if not guard:
        return []
    files: list[tuple[Path | str, str]] = []  # a path made only for the files scanned: a region has 60,000
    keys: list[FileKey | None] = []
    for place, shown in places:
        if place.is_file():
            files.append((place, shown))
            keys.append(file_key(place.stat()))
        elif place.is_dir():
            for rel, path, st in (listed or {}).get(place) or tree_files(place):
                files.append((path, f"{shown}/{rel}" if shown else rel))
                keys.append(file_key(st))
    known = KnownFiles(cache_dir, "personal-data", digest_of(sorted(guard.forms), sorted(guard.by_key)))
    todo = [i for i, key in enumerate(keys) if key is None or key not in known.keys]
    found: list[list[Leak]] = []
    if todo:
        from generator.morphology import analyzer

        analyzer()  # loaded once before forking, not in every worker that meets a surname
        _scan_task = (guard, files)
        try:
            # a page takes ~0.2 ms: workers pay off for a region, not for one school
            found = fork_map(_scan_one, todo, min_items=2000)
        finally:
            _scan_task = None
    leaked = {i for i, leaks in zip(todo, found, strict=True) if leaks}
    known.save(key for i, key in enumerate(keys) if i not in leaked)
    return [leak for leaks in found for leak in leaks]


def leak_messages(leaks: list[Leak]) -> list[str]:
    messages = [leak.render() for leak in leaks[:MAX_MESSAGES]]
    if len(leaks) > MAX_MESSAGES:
        messages.append(f"… и ещё {len(leaks) - MAX_MESSAGES} таких находок")
    return messages
