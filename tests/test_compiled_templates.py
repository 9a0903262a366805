"""Compiled templates are kept between builds, signed: a cache entry that is not this user's is never run."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.render.compiled import SignedBytecodeCache


def _env(templates: Path, cache: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates), bytecode_cache=SignedBytecodeCache(cache, "test")
    )


def test_a_template_compiled_once_is_taken_from_the_cache_unless_its_entry_is_foreign(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    source = "Привет, {{ name }}!"
    (templates / "page.html").write_text(source, "utf-8")
    assert _env(templates, cache).get_template("page.html").render(name="школа") == "Привет, школа!"
    [entry] = list(cache.iterdir())

    # someone else's entry for the same template: their code, signed with a key that is not this user's
    theirs = _env(templates, tmp_path / "theirs")
    forged = theirs.bytecode_cache
    assert isinstance(forged, SignedBytecodeCache)
    forged.store.key = b"x" * 32
    bucket = jinja2.bccache.Bucket(theirs, entry.stem, forged.get_source_checksum(source))
    bucket.code = theirs.compile("ЧУЖОЙ КОД", "page.html", str(templates / "page.html"))
    forged.dump_bytecode(bucket)
    kept = entry.read_bytes()

    compiled: list[str] = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        compiled.append(name)
        return real(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    assert _env(templates, cache).get_template("page.html").render(name="школа") == "Привет, школа!"
    assert compiled == [], "the second environment runs the kept code"

    entry.write_bytes((tmp_path / "theirs" / entry.name).read_bytes())
    assert _env(templates, cache).get_template("page.html").render(name="школа") == "Привет, школа!"
    assert compiled == ["page.html"], "the foreign entry is refused and the template compiled afresh"
    assert entry.read_bytes() == kept, "and this user's entry written again"

    (templates / "page.html").write_text("Здравствуйте, {{ name }}!", "utf-8")  # an edited template
    assert _env(templates, cache).get_template("page.html").render(name="школа") == "Здравствуйте, школа!"
