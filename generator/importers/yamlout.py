"""Write records as YAML a curator can read and edit: block style, multi-line text as «|-», comments on guesses.

PyYAML cannot write comments, and the guesses of an import must be visible next to the values they concern
(«# угадано: …»). So this emitter writes the block structure itself and asks PyYAML only how to quote each
scalar; `dump` then reads its own output back and refuses to return text that does not mean the same data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

INDENT = 2


class Map(dict[str, Any]):
    """A mapping with comments: `notes[key]` go on the lines before `key`, `before` before the whole mapping
    (when it is an element of a list)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.notes: dict[str, list[str]] = {}
        self.before: list[str] = []

    def note(self, key: str, text: str) -> None:
        self.notes.setdefault(key, []).append(text)


def _comment_lines(texts: list[str], indent: int) -> list[str]:
    out = []
    for text in texts:
        for line in text.splitlines() or [""]:
            out.append(" " * indent + ("# " + line).rstrip())
    return out


def _block_ok(text: str) -> bool:
    """Multi-line text that a literal block («|-») keeps exactly."""
    lines = text.split("\n")
    return (
        len(lines) > 1
        and lines[0] != ""
        and lines[-1] != ""
        and all(line == line.strip() and line.isprintable() for line in lines)
    )


def scalar(value: Any) -> str:
    """One scalar as a YAML token on a single line (quoted when YAML would read it as something else)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return "null"
    text = str(value)
    style = '"' if ("\n" in text or not text.isprintable()) else None
    dumped = yaml.safe_dump(text, allow_unicode=True, width=1 << 20, default_style=style, explicit_end=False)
    return dumped.removesuffix("\n...\n").rstrip("\n")


def _emit_value(key_prefix: str, value: Any, indent: int, out: list[str]) -> None:
    """`key_prefix` is «key:» (or «- » for a list element) already indented."""
    if isinstance(value, dict):
        if not value:
            out.append(f"{key_prefix} {{}}")
            return
        out.append(key_prefix)
        _emit_map(value, indent + INDENT, out)
    elif isinstance(value, list):
        if not value:
            out.append(f"{key_prefix} []")
            return
        out.append(key_prefix)
        _emit_list(value, indent + INDENT, out)
    elif isinstance(value, str) and "\n" in value and _block_ok(value):
        out.append(f"{key_prefix} |-")
        out.extend(" " * (indent + INDENT) + line for line in value.split("\n"))
    else:
        out.append(f"{key_prefix} {scalar(value)}")


def _emit_map(mapping: dict[str, Any], indent: int, out: list[str], first_prefix: str | None = None) -> None:
    notes = mapping.notes if isinstance(mapping, Map) else {}
    for i, (key, value) in enumerate(mapping.items()):
        out.extend(_comment_lines(notes.get(key, []), indent))
        pad = first_prefix if (i == 0 and first_prefix is not None) else " " * indent
        _emit_value(f"{pad}{key}:", value, indent, out)


def _emit_list(items: list[Any], indent: int, out: list[str]) -> None:
    for item in items:
        if isinstance(item, Map):
            out.extend(_comment_lines(item.before, indent))
        if isinstance(item, dict) and item:
            # «- key: value» with the rest of the mapping under the first key
            first_key = next(iter(item))
            notes = item.notes.get(first_key, []) if isinstance(item, Map) else []
            out.extend(_comment_lines(notes, indent))
            _emit_map(_without_first_notes(item), indent + INDENT, out, " " * indent + "- ")
        elif isinstance(item, str) and "\n" in item and _block_ok(item):
            out.append(" " * indent + "- |-")
            out.extend(" " * (indent + INDENT) + line for line in item.split("\n"))
        else:
            out.append(" " * indent + "- " + scalar(item))


def _without_first_notes(item: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(item, Map):
        return item
    copy = Map(item)
    copy.notes = {k: v for k, v in item.notes.items() if k != next(iter(item))}
    return copy


def plain(value: Any) -> Any:
    """The data as YAML reads it back: dates as written by `scalar` come back as dates."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def dump(value: dict[str, Any] | list[Any], header: list[str] | None = None) -> str:
    out = _comment_lines(header or [], 0)
    if isinstance(value, list):
        _emit_list(value, 0, out)
    else:
        _emit_map(value, 0, out)
    text = "\n".join(out) + "\n"
    back = yaml.load(text, Loader=_Loader)
    if back != plain(value):  # pragma: no cover - a bug in this emitter, never the user's data
        raise AssertionError("the YAML written does not read back as the data it was made from")
    return text
