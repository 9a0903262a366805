"""Pydantic's errors, said in Russian with the file, line and field they concern."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.load.yamlfile import YamlDocument
from generator.model.base import control_character, model_classes
from generator.problems import Problem, field_path

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Pydantic error type → Russian text; {…} are filled from the error's context and input.
_MESSAGES: dict[str, str] = {
    "missing": "обязательное поле не заполнено",
    "string_type": "ожидался текст",
    "string_too_short": "текст не должен быть пустым",
    "string_too_long": "текст слишком длинный (допустимо не более {max_length} символов)",
    "int_type": "ожидалось целое число",
    "int_parsing": "ожидалось целое число, получено «{input}»",
    "int_from_float": "ожидалось целое число, получено дробное «{input}»",
    "float_type": "ожидалось число",
    "float_parsing": "ожидалось число, получено «{input}»",
    "int_parsing_size": "число «{input}» слишком велико",
    "finite_number": "ожидалось конечное число, получено «{input}»",
    "less_than": "значение должно быть меньше {lt}",
    "bool_type": "ожидалось true или false",
    "bool_parsing": "ожидалось true или false, получено «{input}»",
    "list_type": "ожидался список (строки, начинающиеся с «- »)",
    "dict_type": "ожидался набор полей «ключ: значение»",
    "model_type": "ожидался набор полей «ключ: значение»",
    "model_attributes_type": "ожидался набор полей «ключ: значение»",
    "greater_than_equal": "значение должно быть не меньше {ge}",
    "less_than_equal": "значение должно быть не больше {le}",
    "greater_than": "значение должно быть больше {gt}",
    "too_short": "список должен содержать хотя бы {min_length} элемент(а)",
    "too_long": "список слишком длинный (не более {max_length})",
    "tuple_type": "ожидался список",
}


def _known_fields(model: type[BaseModel]) -> set[str]:
    """Every field name reachable from `model`, for «did you mean» on typos."""
    seen: set[type[BaseModel]] = set()
    names: set[str] = set()

    def walk(cls: type[BaseModel]) -> None:
        if cls in seen:
            return
        seen.add(cls)
        for name, info in cls.model_fields.items():
            names.add(name)
            for arg in model_classes(info.annotation):
                walk(arg)

    walk(model)
    return names


def problems_from_validation(
    error: ValidationError, doc: YamlDocument, model: type[BaseModel], prefix: tuple[str | int, ...] = ()
) -> list[Problem]:
    problems = []
    known = _known_fields(model)
    for err in error.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "tagged-"))))
        # Unions add the branch name to the location; it means nothing to a user.
        loc = tuple(p for p in loc if p not in ("bool", "tuple[date, ...]", "json-or-python[json=function-after]"))
        path = (*prefix, *loc)
        kind = err["type"]
        ctx = {**(err.get("ctx") or {}), "input": _short(err.get("input"))}
        if kind == "extra_forbidden":
            name = str(loc[-1]) if loc else "?"
            close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
            hint = f"; возможно, имелось в виду «{close[0]}»" if close else ""
            message = f"неизвестное поле «{name}»{hint}"
            field = field_path(path[:-1]) or None
        elif kind == "string_pattern_mismatch" and (text := control_character(err.get("input"))):
            message, kind = text, "control_character"
            field = field_path(path) or None
        elif kind in _MESSAGES:
            message = _MESSAGES[kind].format_map(_Default(ctx))
            field = field_path(path) or None
        else:  # our own PydanticCustomError messages are already in Russian
            message = err["msg"]
            if message.startswith("Value error, "):
                message = message[len("Value error, ") :]
            if not _CYRILLIC.search(message):  # a pydantic check we have no words for yet: still said in Russian
                message = f"недопустимое значение «{ctx['input']}»"
            field = field_path(path) or None
        problems.append(Problem(doc.file, doc.line_of(path), field, message, kind))
    return problems


class _Default(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"
