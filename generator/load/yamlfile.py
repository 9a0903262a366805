"""Line-aware YAML reading: every value keeps the line it came from, for error messages.

libyaml composes the node tree (fast, with marks); we turn nodes into plain Python values ourselves so that
we can record lines, refuse duplicate keys, bound alias expansion and keep dates as text for the model to
validate (an impossible date then becomes a message, not a crash).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.load.rawfile import TooLarge, read_limited
from generator.problems import Problem, Problems, fast_pickle

try:  # libyaml is 12x faster; its nodes carry the same marks
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_YAML_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000  # values produced from one file, aliases expanded
MAX_DEPTH = 64
# Nesting and values a text can hold are at most the number of these characters (each collection, entry and
# key needs one). Below this bound composing is safe as it is; above it libyaml's events are counted first.
_STRUCTURE = "[{,-:?"
_COUNT_EVENTS_FROM = 5_000

Path_ = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_constructor = yaml.constructor.SafeConstructor()
_IMPLICIT = {first: tuple(found) for first, found in _SafeLoader.yaml_implicit_resolvers.items()}


_IMPLIED = "tag:nastavnik:implied"  # a node without an explicit tag; its type is decided by `_Converter.scalar`


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader, asking Python nothing while it composes. libyaml calls back for the tag of every node (a
    region has over a million) and around it for path resolvers that YAML files never use: each callback is a
    C method here that ignores its arguments (str.format of a text without fields), and plain scalars get their
    type (int, bool, null…) from the converter, inline — a fifth of the composing time."""

    resolve = _IMPLIED.format
    descend_resolver = "".format
    ascend_resolver = "".format


# Fragments of libyaml's messages, said in Russian with what to do about them.
_YAML_MESSAGES = {
    "could not find expected ':'": "не найдено двоеточие после ключа — проверьте отступы и кавычки",
    "mapping values are not allowed": (
        "здесь не может стоять «ключ: значение» — если в тексте есть двоеточие, заключите текст в кавычки"
    ),
    "did not find expected key": "не найден ожидаемый ключ — проверьте отступы",
    "did not find expected '-' indicator": "не найден ожидаемый элемент списка «-» — проверьте отступы",
    "cannot start any token": (
        "символ, с которого не может начинаться значение (например, табуляция или «@») — "
        "используйте пробелы для отступов и кавычки для текста"
    ),
    "found unexpected end of stream": "файл неожиданно закончился — не закрыта кавычка или скобка",
    "found undefined alias": "ссылка на неизвестный якорь (&имя)",
    "expected a single document": "в файле должен быть один документ YAML (без второго «---»)",
    "found duplicate anchor": "якорь (&имя) объявлен дважды",
    "did not find expected node content": "ожидалось значение",
    "found unknown escape character": "неизвестная escape-последовательность в строке в двойных кавычках",
}


@fast_pickle
@dataclass(slots=True)
class YamlDocument:
    """A parsed YAML file: the plain value and the line of every path inside it."""

    file: str
    value: Any
    lines: dict[Path_, int] | None = field(default_factory=dict)
    source: str | None = None  # where to read the lines again once they have been dropped (a str: pickles fast)

    def drop_lines(self, source: Path | str) -> None:
        """Forget the line map (a cache keeps documents by the thousand); `line_of` reads the file again when a
        problem needs a line, which is rare."""
        self.lines, self.source = None, str(source)

    def line_of(self, path: Path_) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        if self.lines is None:
            again = read_yaml(self.source, self.file, Problems(), lines=True) if self.source else None
            self.lines = again.lines if again is not None and again.lines is not None else {}
        for n in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:n]))
            if line is not None:
                return line
        return None


def _translate(problem: str | None) -> str:
    text = (problem or "").strip()
    for fragment, ru in _YAML_MESSAGES.items():
        if fragment in text:
            return ru
    return f"синтаксическая ошибка YAML ({text or 'без пояснения'})"


class _Converter:
    def __init__(self, doc: YamlDocument, problems: Problems, first_line: int) -> None:
        self.doc = doc
        self.first_line = first_line
        self.problems = problems
        self.count = 0
        self.too_big = False

    def error(self, node: yaml.Node, message: str, code: str) -> None:
        self.problems.add(Problem(self.doc.file, self.line(node), None, message, code))

    def line(self, node: yaml.Node) -> int:
        return node.start_mark.line + self.first_line

    def limit(self, node: yaml.Node) -> None:
        """Report (once) that the file holds more values or nests deeper than allowed; nothing more is read."""
        if not self.too_big:
            self.too_big = True
            limit = f"более {MAX_NODES} значений" if self.count > MAX_NODES else f"вложенность более {MAX_DEPTH}"
            self.error(node, f"файл слишком велик или сложен ({limit}); разделите его на части", "too_large")

    def refuse_key(self, key_node: yaml.Node) -> None:
        """A key that is not a plain value, or one already given."""
        if not isinstance(key_node, yaml.ScalarNode):
            self.error(key_node, "ключом может быть только простое значение", "bad_key")
        else:
            self.error(key_node, f"ключ «{key_node.value}» повторяется; оставьте одно значение", "duplicate_key")

    def convert(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        """Node → value, recording the line of every path."""
        self.count += 1
        if self.count > MAX_NODES or depth > MAX_DEPTH:
            return self.limit(node)
        self.doc.lines.setdefault(path, self.line(node))  # type: ignore[union-attr]
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if type(key_node) is not yaml.ScalarNode or (key := str(key_node.value)) in result:
                    self.refuse_key(key_node)
                    continue
                self.doc.lines[(*path, key)] = self.line(key_node)  # type: ignore[index]
                result[key] = self.convert(value_node, (*path, key), depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node)

    def plain(self, node: yaml.Node, depth: int) -> Any:
        """Node → value without a line map: the same values and problems as `convert`, in a loop tight enough
        for a region's million values (a third faster)."""
        self.count += 1
        if self.count > MAX_NODES or depth > MAX_DEPTH:
            return self.limit(node)
        kind = type(node)
        if kind is yaml.ScalarNode:
            if node.tag == _IMPLIED and (node.style or node.value[:1] not in _IMPLICIT):
                return node.value  # text: quoted, or plain with no implicit type starting with its first character
            return self.scalar(node)
        depth += 1
        plain = self.plain
        if kind is yaml.SequenceNode:
            return [plain(item, depth) for item in node.value]
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode or (key := str(key_node.value)) in result:
                self.refuse_key(key_node)
                continue
            result[key] = plain(value_node, depth)
        return result

    def scalar(self, node: yaml.Node) -> Any:
        tag = node.tag or ""
        if tag == _IMPLIED:
            tag = _TAG + "str"
            if not node.style:  # plain: the safe loader's implicit types, by their first character
                for implicit, regexp in _IMPLICIT.get(node.value[:1], ()):
                    if regexp.match(node.value):
                        tag = node.tag = implicit
                        break
        # Dates stay text: the model validates them and explains an impossible date in Russian.
        if tag in (_TAG + "str", _TAG + "timestamp"):
            return node.value
        if tag in (_TAG + "int", _TAG + "float", _TAG + "bool", _TAG + "null"):
            try:
                return _constructor.construct_object(node, deep=True)
            except (ValueError, IndexError, KeyError, yaml.YAMLError):  # «!!int» with no value: IndexError
                return node.value
        self.error(node, f"неподдерживаемый тег YAML «{tag}»", "bad_tag")
        return None


def read_yaml(path: Path | str, rel: str, problems: Problems, lines: bool = False) -> YamlDocument | None:
    """Read one YAML file; problems go to `problems`, and None is returned when nothing usable was read.

    Without `lines` no line map is built: `line_of` reads the file again when a problem needs a line (most
    files have none, and the map costs a third of the reading)."""
    try:
        raw = read_limited(path, MAX_YAML_BYTES)
    except TooLarge as exc:
        message = f"файл слишком велик ({exc.size} байт, допустимо не более {MAX_YAML_BYTES})"
        problems.add(Problem(rel, None, None, message, "too_large"))
        return None
    except OSError as exc:
        problems.add(Problem(rel, None, None, f"не удалось прочитать файл: {exc.strerror}", "unreadable"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.add(Problem(rel, line, None, "файл должен быть в кодировке UTF-8", "encoding"))
        return None
    doc = parse_yaml_text(text, rel, problems, lines=lines)
    if doc is not None and not lines:
        doc.source = str(path)
    return doc


def _beyond_limits(text: str) -> tuple[int, str] | None:
    """(line, which limit) when the text nests deeper or holds more values than allowed, counted on libyaml's
    events: no tree is built and nothing recurses. Composing first would not do: libyaml composes recursively
    in C (some 30,000 levels overflow the stack: a crash, not a message) and builds every node of a 5 MB file
    before the converter could count them (0.8 GB)."""
    if len(text) < _COUNT_EVENTS_FROM or sum(text.count(c) for c in _STRUCTURE) < _COUNT_EVENTS_FROM:
        return None
    depth = values = 0
    for event in yaml.parse(text, Loader=_Loader):
        kind = type(event)
        if kind is yaml.ScalarEvent or kind is yaml.AliasEvent:
            values += 1
        elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
            values += 1
            depth += 1
        elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
            depth -= 1
            continue
        else:
            continue
        if values > MAX_NODES:
            return event.start_mark.line, f"более {MAX_NODES} значений"
        if depth > MAX_DEPTH + 1:  # a collection counted itself: MAX_DEPTH collections around it are allowed
            return event.start_mark.line, f"вложенность более {MAX_DEPTH}"
    return None


def parse_yaml_text(
    text: str, rel: str, problems: Problems, first_line: int = 1, lines: bool = True
) -> YamlDocument | None:
    """Parse YAML text (a file or a front matter block starting at `first_line`)."""
    doc = YamlDocument(rel, None, {} if lines else None)
    try:
        beyond = _beyond_limits(text)
        if beyond is not None:
            line, limit = beyond
            message = f"файл слишком велик или сложен ({limit}); разделите его на части"
            problems.add(Problem(rel, line + first_line, None, message, "too_large"))
            return None
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else None
        problems.add(Problem(rel, line, None, _translate(exc.problem), "yaml_syntax"))
        return None
    except yaml.YAMLError as exc:
        problems.add(Problem(rel, None, None, _translate(str(exc)), "yaml_syntax"))
        return None
    except RecursionError:
        problems.add(Problem(rel, None, None, f"вложенность больше {MAX_DEPTH} уровней", "too_large"))
        return None
    if node is None:
        doc.value = None
        return doc
    converter = _Converter(doc, problems, first_line)
    doc.value = converter.convert(node, (), 0) if lines else converter.plain(node, 0)
    if converter.too_big:
        return None
    return doc
