"""Issue 9, the build side: hostile data, files outside the project, names without consent in the output and
builds killed midway. Each protection is proved by the attack it stops; where a test can, it first shows that
the attack reaches the output with the protection switched off."""

from __future__ import annotations

import contextlib
import functools
import gzip
import io
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from conftest import REPO, snapshot

from generator.build import SITE_MARK

SCHOOL = "data/orgs/school-a"
MENTORS = f"{SCHOOL}/mentors.yml"
DOCS = f"{SCHOOL}/documents.yml"
PRACTICE = f"{SCHOOL}/practices/matematicheskiy-klub.yml"
NEWS = "content/school-a/news/2024-09-10-start.md"
TODAY = "2024-09-15"


def load(project: Path, rel: str) -> object:
    return yaml.safe_load((project / rel).read_text(encoding="utf-8"))


def dump(project: Path, rel: str, value: object) -> None:
    text = yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000)
    (project / rel).write_text(text, encoding="utf-8")


def append(project: Path, rel: str, text: str) -> None:
    path = project / rel
    path.write_text(path.read_text(encoding="utf-8") + textwrap.dedent(text), encoding="utf-8")


def site_text(folder: Path) -> str:
    return "\n".join(p.read_text("utf-8", errors="replace") for p in sorted(folder.rglob("*")) if p.is_file())


# ---- HTML and JavaScript in the data ------------------------------------------------------------------------

# Every way in: a script element, breaking out of an attribute, event handlers, a javascript: link in Markdown
# and in HTML, an element that swallows the page. «xss» marks what would run.
PAYLOAD = (
    "<script>alert('xss1')</script>\"'><img src=x onerror=alert('xss2')><svg onload=alert('xss3')>"
    " [клик](javascript:alert('xss4')) <a href=\"javascript:alert('xss5')\">a</a> </textarea><iframe"
    " src=\"javascript:alert('xss6')\"></iframe> {{ 7*7 }} <!-- c -->"
)
_URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "background", "poster"}


class _ActiveMarkup(HTMLParser):
    """Markup that would run something: event handlers, script-like URLs, script elements carrying the payload."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            squeezed = "".join(value.split()).lower()
            if name.startswith("on") and "xss" in value:
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in _URL_ATTRS and squeezed.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "object", "embed", "frame") or (tag in ("img", "svg") and "xss" in str(attrs)):
            self.found.append(f"<{tag}> element")
        self.in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and "xss" in data:
            self.found.append(f"<script> {data[:60]!r}")


def active_markup(folder: Path) -> list[str]:
    found = []
    for page in sorted(folder.rglob("*.html")):
        parser = _ActiveMarkup()
        parser.feed(page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(folder)}: {f}" for f in parser.found]
    return found


def _poison_records(project: Path) -> None:
    """The payload in every text field of the records whose text appears in the pages' content (the page titles
    and the organisations' names go into the theme's head and header: test_page_titles_… below)."""
    p = PAYLOAD
    mentors = load(project, MENTORS)
    mentors[0] |= {"post": "учитель " + p, "competencies": ["к " + p], "achievements": ["д " + p]}
    mentors[1] |= {"post": "учитель " + p}
    dump(project, MENTORS, mentors)
    practice = load(project, PRACTICE)
    practice |= {
        "description": practice["description"] + "\n\n" + p,
        "results": practice["results"] + " " + p,
        "tags": ["т " + p],
        "partners": ["п " + p],
        "materials": [{"title": "м " + p, "url": "https://example.org/m"}],
    }
    dump(project, PRACTICE, practice)
    docs = load(project, DOCS)
    docs[0] |= {"title": docs[0]["title"] + " " + p, "number": "12 " + p, "summary": "с " + p, "tags": ["т " + p]}
    docs[1] |= {"attachments": [{"title": "пр " + p, "url": "https://example.org/a"}]}
    dump(project, DOCS, docs)
    roadmap_rel = f"{SCHOOL}/roadmaps/2024-2025.yml"
    roadmap = load(project, roadmap_rel)
    roadmap["title"] += " " + p
    section = roadmap["sections"][0]
    section["title"] += " " + p
    section["items"][0] |= {k: section["items"][0][k] + " " + p for k in ("event", "responsible", "result")}
    section["items"][1]["deadline"] += " " + p
    dump(project, roadmap_rel, roadmap)
    profile = load(project, f"{SCHOOL}/organisation.yml")
    profile |= {"full_name": profile["full_name"] + " " + p, "address": profile["address"] + " " + p}
    profile["curator"]["post"] += " " + p
    dump(project, f"{SCHOOL}/organisation.yml", profile)
    result = {"place": "1 " + p, "participant": "команда " + p, "note": "н " + p}
    competition = {"id": "k", "name": "к " + p, "level": "школьный", "year": 2024, "nomination": "н " + p}
    competition |= {"organiser": "о " + p, "stage": "э " + p, "results": [result]}
    dump(project, f"{SCHOOL}/competitions.yml", [competition])
    programme = {"id": "pr", "title": "п " + p, "summary": "с " + p, "academic_year": "2024/2025"}
    dump(project, f"{SCHOOL}/programmes.yml", [programme])
    indicator = {"id": "dolya", "title": "д " + p, "unit": "% " + p, "values": [{"period": "2024 " + p, "actual": 1}]}
    report = {"period": "2024 " + p, "title": "о " + p, "summary": "с " + p}
    dump(project, f"{SCHOOL}/monitoring.yml", {"indicators": [indicator], "reports": [report]})
    news = project / NEWS
    body = news.read_text(encoding="utf-8").split("---\n", 2)[2]
    tags = json.dumps(["т " + p], ensure_ascii=False)
    news.write_text(f"---\ntitle: Старт\ndate: 2024-09-10\ntags: {tags}\n---\n{body}\n{p}\n", encoding="utf-8")
    (project / "content/school-a/index.md").write_text(f"Вводный текст {p}\n", encoding="utf-8")


def test_script_in_every_text_field_is_escaped(mini: Path, cli) -> None:
    _poison_records(mini)
    code, _, err = cli("--project", str(mini), "build", "--today", TODAY)
    assert code == 0, err
    site = mini / "site"
    assert active_markup(site) == []
    # the text is there, shown as text (not dropped): in a table cell, a list, a Markdown body
    for page in ("school-a/mentors/index.html", "school-a/roadmap/index.html", "school-a/competitions/index.html"):
        assert "&lt;script&gt;alert(&#39;xss1&#39;)&lt;/script&gt;" in (site / page).read_text("utf-8"), page
    feed = ElementTree.parse(site / "school-a/news/feed.xml").getroot()  # well-formed, text only
    assert all(e.get("type") in (None, "text") for e in feed.iter())
    # the school's own export: its pages, the .zip and the fragments for a CMS
    code, _, err = cli("--project", str(mini), "build", "--today", TODAY, "--org", "school-a")
    assert code == 0, err
    assert active_markup(mini / "site-school-a") == []
    assert active_markup(mini / "site-school-a-cms") == []


def test_page_titles_and_organisation_names_are_escaped(mini: Path, cli) -> None:
    practice = load(mini, PRACTICE)
    practice["title"] += " " + PAYLOAD
    dump(mini, PRACTICE, practice)
    front = {"title": "Старт " + PAYLOAD, "date": "2024-09-10", "summary": "Итоги " + PAYLOAD}
    (mini / NEWS).write_text(f"---\n{yaml.safe_dump(front, allow_unicode=True)}---\nТекст.\n", encoding="utf-8")
    for org in ("uo", "school-a"):
        profile = load(mini, f"data/orgs/{org}/organisation.yml")
        profile["short_name"] += " " + PAYLOAD[:150]
        dump(mini, f"data/orgs/{org}/organisation.yml", profile)
    code, _, err = cli("--project", str(mini), "build", "--today", TODAY)
    assert code == 0, err
    assert active_markup(mini / "site") == []


def test_quotes_and_ampersands_in_names_are_shown_as_written(mini: Path, cli) -> None:
    """Escaping titles for the theme must not escape them twice: МБОУ "СОШ № 1" is never shown as &quot;."""
    profile = load(mini, f"{SCHOOL}/organisation.yml")
    profile["short_name"] = 'МБОУ "СОШ № 1" & Ко'
    dump(mini, f"{SCHOOL}/organisation.yml", profile)
    code, _, err = cli("--project", str(mini), "build", "--today", TODAY)
    assert code == 0, err
    page = (mini / "site" / "school-a" / "index.html").read_text("utf-8")
    assert "&#34;СОШ № 1&#34; &amp; Ко" in page  # escaped once: the browser shows the quotes and the ampersand
    pages = [p.read_text("utf-8") for p in (mini / "site").rglob("*.html")]
    assert not [t for t in pages if re.search(r"&amp;(?:#34|#39|quot|amp|lt|gt);", t)]


MARKDOWN_ATTACKS = [
    "[a](javascript:alert('xss'))",
    "[a](JaVaScRiPt:alert('xss'))",
    "[a][r]\n\n[r]: javascript:alert('xss')",
    "[a](<javascript:alert('xss')>)",
    "<javascript:alert('xss')>",
    "<a href=\"&#106;avascript:alert('xss')\">a</a>",
    "<a href=\"&#x6A;avascript&colon;alert('xss')\">a</a>",
    "<a href=\" javascript:alert('xss')\">a</a>",
    '<a href="data:text/html;base64,PHNjcmlwdD54c3M8L3NjcmlwdD4=">a</a>',
    "<a href=\"vbscript:msgbox('xss')\">a</a>",
    "<img src=x onerror=alert('xss')>",
    "![i](x\" onerror=\"alert('xss'))",
    "<svg onload=alert('xss')>",
    "<details open ontoggle=alert('xss')>",
    '<a href="https://example.org" onclick="alert(\'xss\')">ok</a>',
    "<p style=\"background:url(javascript:alert('xss'))\">x</p>",
    "<iframe src=\"javascript:alert('xss')\"></iframe>",
    "<object data=\"javascript:alert('xss')\"></object>",
    "<form action=\"javascript:alert('xss')\"><button>x</button></form>",
    "<math><mi xlink:href=\"javascript:alert('xss')\">x</mi></math>",
    "<base href=\"javascript:alert('xss')//\">",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(\'xss\')">',
    "<style>*{background:url(\"javascript:alert('xss')\")}</style>",
    "<script>alert('xss')</script>",
    "<table><tr><td background=\"javascript:alert('xss')\">x</td></tr></table>",
]


@pytest.mark.parametrize("attack", MARKDOWN_ATTACKS)
def test_markdown_fields_keep_a_safe_subset(attack: str) -> None:
    from generator.render.markdown import render_markdown

    html = str(render_markdown(f"Текст **жирный** и [ссылка](https://example.org/).\n\n{attack}\n"))
    parser = _ActiveMarkup()
    parser.feed(html)
    assert parser.found == [], html
    lowered = html.lower()
    for word in ("<script", "<style", "<iframe", "<object", "<form", "<meta", "<base", "<svg", "<img", " style="):
        assert word not in lowered, html
    assert '<a href="https://example.org/" rel="noopener noreferrer">ссылка</a>' in html
    assert "<strong>жирный</strong>" in html


# ---- YAML that expands without bound, nests too deep, or is too large ------------------------------------------

_PROBE = """
import json, resource, sys, time
from pathlib import Path
def peak_kb():  # this program's own peak: ru_maxrss also counts the pages of the process that started it
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
from generator.load.yamlfile import read_yaml
from generator.problems import Problems
problems = Problems()
started = time.perf_counter()
doc = read_yaml(Path(sys.argv[1]), "mentors.yml", problems)
print(json.dumps({
    "read": doc is not None,
    "messages": [p.message for p in problems.items],
    "seconds": time.perf_counter() - started,
    "peak_mb": peak_kb() / 1024,
}))
"""


def _laughs() -> str:
    lines = ['a0: &a0 ["ха", "ха", "ха", "ха", "ха", "ха", "ха", "ха", "ха"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]  # 9⁹ values
    return "\n".join(lines) + "\n"


YAML_BOMBS: dict[str, tuple[Callable[[], str], str]] = {
    "billion-laughs": (_laughs, "слишком велик или сложен (более"),
    "aliases-of-mappings": (
        lambda: (
            "b0: &b0 {k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x}\n"
            + "".join(f"b{i}: &b{i} {{{', '.join(f'k{j}: *b{i - 1}' for j in range(8))}}}\n" for i in range(1, 9))
        ),
        "слишком велик или сложен (более",
    ),
    "nested-100-flow": (lambda: "[" * 100 + "]" * 100 + "\n", "слишком велик или сложен (вложенность"),
    "nested-100-block": (
        lambda: "".join("  " * i + f"k{i}:\n" for i in range(100)) + "  " * 100 + "v\n",
        "слишком велик или сложен (вложенность",
    ),
    # libyaml composes recursively in C: so deep a tree overflowed the stack (a crash, not a message)
    "nested-50000-flow": (lambda: "[" * 50_000 + "]" * 50_000 + "\n", "слишком велик или сложен (вложенность"),
    "nested-sequences-on-a-line": (lambda: "- " * 100_000 + "x\n", "слишком велик или сложен (вложенность"),
    # under the size limit but 2.5 million values: composing them all first took 0.8 GB and 9 s
    "five-megabytes-of-values": (lambda: "[" + "1," * 2_500_000 + "1]\n", "слишком велик или сложен (более"),
    "six-megabytes": (lambda: "x: '" + "а" * (3 * 1024 * 1024) + "'\n", "файл слишком велик ("),
}


@pytest.mark.parametrize("case", list(YAML_BOMBS))
def test_yaml_bomb_is_refused_within_bounded_time_and_memory(case: str, tmp_path: Path) -> None:
    make, expected = YAML_BOMBS[case]
    path = tmp_path / "mentors.yml"
    path.write_text(make(), encoding="utf-8")

    def limit_memory() -> None:  # a bomb that got through must fail here, not take the machine down
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        preexec_fn=limit_memory,
        check=False,
    )
    assert run.returncode == 0, f"the reader crashed (code {run.returncode}): {run.stderr[-2000:]}"
    result = json.loads(run.stdout)
    assert not result["read"]
    assert len(result["messages"]) == 1 and expected in result["messages"][0], result["messages"]
    assert result["seconds"] < 5, result
    assert result["peak_mb"] < 250, result  # the interpreter and the loader alone take ~40 MB
    assert time.perf_counter() - started < 30


def test_yaml_bomb_in_the_project_stops_the_build(mini: Path, cli) -> None:
    assert cli("--project", str(mini), "build", "--today", TODAY)[0] == 0
    before = snapshot(mini / "site")
    (mini / MENTORS).write_text(_laughs(), encoding="utf-8")
    code, _, err = cli("--project", str(mini), "build", "--today", TODAY)
    assert code == 2
    assert f"{MENTORS}:" in err and "слишком велик или сложен" in err
    assert snapshot(mini / "site") == before


# ---- files outside the organisation's folder -----------------------------------------------------------------


def _symlink(project: Path, rel: str, target: str) -> None:
    (project / rel).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, project / rel)


FILE_ATTACKS: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "dot-dot": (lambda p: None, "../../etc/passwd", "за пределы папки организации («..»)"),
    "dot-dot-backslash": (lambda p: None, "files\\..\\..\\..\\etc\\passwd", "за пределы папки организации («..»)"),
    "absolute": (lambda p: None, "/etc/passwd", "абсолютный путь не допускается"),
    "symlink-to-system-file": (
        lambda p: _symlink(p, f"{SCHOOL}/files/passwd.pdf", "/etc/passwd"),
        "files/passwd.pdf",
        "ссылка (symlink) ведёт за пределы папки организации",
    ),
    "symlinked-folder": (
        lambda p: _symlink(p, f"{SCHOOL}/files/etc", "/etc"),
        "files/etc/passwd",
        "ссылка (symlink) ведёт за пределы папки организации",
    ),
    "symlink-chain": (
        lambda p: (_symlink(p, f"{SCHOOL}/files/a.pdf", "b.pdf"), _symlink(p, f"{SCHOOL}/files/b.pdf", "/etc/passwd")),
        "files/a.pdf",
        "ссылка (symlink) ведёт за пределы папки организации",
    ),
    "symlink-to-another-organisation": (
        lambda p: _symlink(p, f"{SCHOOL}/files/chuzhoy.pdf", "../../uo/files/prikaz-91.pdf"),
        "files/chuzhoy.pdf",
        "ссылка (symlink) ведёт за пределы папки организации",
    ),
}


FILE_FIELDS = [("document", case) for case in FILE_ATTACKS] + [
    ("material", "dot-dot"),
    ("material", "absolute"),
    ("material", "symlink-to-system-file"),
    ("photo", "symlink-to-system-file"),
    ("photo", "symlinked-folder"),
]


@pytest.mark.parametrize(("field", "case"), FILE_FIELDS)
def test_file_outside_the_organisation_is_refused(mini: Path, cli, field: str, case: str) -> None:
    prepare, ref, words = FILE_ATTACKS[case]
    build = field == "document"  # the whole build once per attack; the other fields are read the same way
    if build:
        assert cli("--project", str(mini), "build", "--today", TODAY)[0] == 0
        before = snapshot(mini / "site")
    prepare(mini)
    if field == "document":
        docs = load(mini, DOCS)
        docs[0]["file"] = ref
        dump(mini, DOCS, docs)
        where, path = DOCS, "№1 → file"
    elif field == "material":
        practice = load(mini, PRACTICE)
        practice["materials"] = [{"title": "Материалы", "file": ref}]
        dump(mini, PRACTICE, practice)
        where, path = PRACTICE, "materials → №1 → file"
    else:
        mentors = load(mini, MENTORS)
        mentors[0]["photo"] = ref
        mentors[0]["consent"]["scope"].append("фото")
        dump(mini, MENTORS, mentors)
        where, path = MENTORS, "№1 → photo"
    code, _, err = cli("--project", str(mini), *(("build", "--today", "2024-09-16") if build else ("validate",)))
    assert code == 2, err
    errors = [line for line in err.splitlines() if ": ошибка: " in line]
    assert len(errors) == 1, err
    assert errors[0].startswith(f"{where}:") and f"поле «{path}»" in errors[0] and words in errors[0], errors[0]
    if build:
        assert snapshot(mini / "site") == before
        leaked = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0] in site_text(mini / "site")
        assert not leaked, "the system file reached the site"


def test_references_that_are_no_file_are_refused(tmp_path: Path) -> None:
    from generator.validate.files import resolve_inside

    org = tmp_path / "org"
    (org / "files").mkdir(parents=True)
    (org / "files" / "a.pdf").write_bytes(b"%PDF-1.4")
    (org / "files" / "inner.pdf").symlink_to("a.pdf")  # a link inside the folder is fine
    assert resolve_inside(org, "files/inner.pdf") == ((org / "files" / "a.pdf").resolve(), None)
    assert resolve_inside(org, "./files/a.pdf")[0] == (org / "files" / "a.pdf").resolve()
    for ref in (".", "files", "files/"):
        real, reason = resolve_inside(org, ref)
        assert real is None and reason is not None and reason.startswith("это не файл"), (ref, reason)
    for ref in ("C:/Windows/win.ini", "\\\\server\\share\\x.pdf", "//etc/passwd"):
        assert resolve_inside(org, ref)[1].startswith("абсолютный путь"), ref  # type: ignore[union-attr]


def test_data_files_symlinked_from_outside_the_project_are_refused(mini: Path, cli, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("---\ntitle: Чужое\ndate: 2024-09-11\n---\nСЕКРЕТ ВНЕ ПРОЕКТА\n", "utf-8")
    (outside / "mentors.yml").write_text((mini / MENTORS).read_text("utf-8") + "- post: ЧУЖОЙ\n", "utf-8")
    _symlink(mini, "content/school-a/news/2024-09-11-x.md", str(outside / "secret.md"))
    (mini / MENTORS).unlink()
    _symlink(mini, MENTORS, str(outside / "mentors.yml"))
    code, _, err = cli("--project", str(mini), "build", "--today", TODAY)
    assert code == 2, err
    assert "content/school-a/news/2024-09-11-x.md: ошибка:" in err and f"{MENTORS}: ошибка:" in err, err
    assert not (mini / "site").exists()


# ---- names without consent in the built site -----------------------------------------------------------------

WITHHELD = """\
- name: Орлова Дарья Павловна
  post: учитель истории
  publish: false
"""
LEAK_WORDS = ("согласие этого человека", "не записано", "Орлова Дарья Павловна", MENTORS)


def _prove_then_refuse(project: Path, cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[str, str]:
    """The attack first: with the output scan switched off the name is published (into another folder); then,
    with it on, the build fails and site/ stays byte for byte. → (the error output, where the name was found)."""
    import generator.build

    scan = generator.build.check_personal_data
    with monkeypatch.context() as off:
        off.setattr(generator.build, "check_personal_data", lambda guard, places, cache_dir=None, listed=None: [])
        probe = tmp_path / "probe-site"
        code, _, err = cli("--project", str(project), "build", "--today", "2024-09-16", "--site-dir", str(probe))
        assert code == 0, err
    leaked = [p for p in sorted(probe.rglob("*")) if p.is_file() and "Орлов" in p.read_text("utf-8", "replace")]
    assert leaked, "the attack must reach the output, or the test proves nothing"
    assert generator.build.check_personal_data is scan
    before = snapshot(project / "site")
    code, _, err = cli("--project", str(project), "build", "--today", "2024-09-16")
    assert code == 1, err
    assert snapshot(project / "site") == before, "a build with a leak must leave site/ untouched"
    assert not list(project.glob(".site.staging-*"))
    return err, leaked[0].relative_to(probe).as_posix()


def test_name_in_a_field_the_input_checks_skip_stops_the_build(mini: Path, cli, monkeypatch, tmp_path) -> None:
    # a link to «Благодарность Орловой Д.П.pdf» publishes her name. The input checks read addresses now; with
    # that reading switched off (a field they skip, as `url` once was) the output scan still stops the build.
    import generator.validate.privacy as privacy

    assert cli("--project", str(mini), "build", "--today", TODAY)[0] == 0
    append(mini, MENTORS, WITHHELD)
    append(
        mini,
        DOCS,
        """\
        - id: blagodarnost
          kind: иное
          level: локальный
          date: 2024-09-20
          title: Благодарственное письмо
          url: https://school1.example.ru/docs/Благодарность%20Орловой%20Д.П.pdf
        """,
    )
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2 and "Орловой Д.П." in err, "the input checks read addresses"
    monkeypatch.setattr(privacy, "_ADDRESS_FIELDS", frozenset())
    monkeypatch.setattr(privacy, "_SKIP_FIELDS", privacy._SKIP_FIELDS | {"url"})
    monkeypatch.setattr(privacy, "_fields", functools.cache(privacy._fields.__wrapped__))  # a cache of its own
    shutil.rmtree(mini / ".nastavnik", ignore_errors=True)  # the cached scan was made with addresses read
    assert cli("--project", str(mini), "validate")[0] == 0, "the input checks do not see this one"
    err, _ = _prove_then_refuse(mini, cli, monkeypatch, tmp_path)
    for page in ("school-a/documents/index.html", "school-a/manifest.json"):
        line = next((x for x in err.splitlines() if x.startswith(f"{page}: имя «Орловой Д.П.»")), None)
        assert line is not None, err
        assert all(w in line for w in LEAK_WORDS), line
    assert "не опубликован" in err


def _name_in_a_roadmap(project: Path) -> None:
    append(project, MENTORS, WITHHELD)
    roadmap = load(project, f"{SCHOOL}/roadmaps/2024-2025.yml")
    roadmap["sections"][0]["items"][1]["responsible"] = "Орлова Д.П., руководитель МО"
    dump(project, f"{SCHOOL}/roadmaps/2024-2025.yml", roadmap)


def test_name_published_past_the_input_checks_stops_the_build(mini: Path, cli, monkeypatch, tmp_path) -> None:
    # a defect in the input checks (here: switched off) lets the name of a mentor who gave no consent through
    import generator.load

    assert cli("--project", str(mini), "build", "--today", TODAY)[0] == 0
    _name_in_a_roadmap(mini)
    assert cli("--project", str(mini), "validate")[0] == 2, "the input checks see this one"
    monkeypatch.setattr(generator.load, "check_privacy", lambda scans, reader: None)
    err, _ = _prove_then_refuse(mini, cli, monkeypatch, tmp_path)
    line = next((x for x in err.splitlines() if x.startswith("school-a/roadmap/index.html: имя «Орлова Д.П.»")), "")
    assert all(w in line for w in LEAK_WORDS), err
    assert "pagefind/fragment/" in err and "school-a/deadlines.ics" in err  # search index, calendar


def test_name_in_a_schools_export_keeps_the_previous_export(mini: Path, cli, monkeypatch) -> None:
    import generator.load

    args = ("--project", str(mini), "build", "--today", TODAY, "--org", "school-a")
    assert cli(*args)[0] == 0
    outputs = [mini / "site-school-a", mini / "site-school-a-cms"]
    before = [snapshot(p) for p in outputs], (mini / "site-school-a.zip").read_bytes()
    _name_in_a_roadmap(mini)
    monkeypatch.setattr(generator.load, "check_privacy", lambda scans, reader: None)
    code, _, err = cli(*args[:4], "2024-09-16", *args[5:])
    assert code == 1, err
    for place in ("roadmap/index.html", "site-school-a.zip → roadmap/index.html", "site-school-a-cms/roadmap.html"):
        assert f"\n{place}: имя «Орлова Д.П.»" in "\n" + err, (place, err)
    assert ([snapshot(p) for p in outputs], (mini / "site-school-a.zip").read_bytes()) == before


def _guard(*names: str, consented: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    from generator.model.people import Mentor
    from generator.verify.personal_data import NameGuard, withheld_people

    class _Org:
        slug = "school-a"

        def records(self) -> list[Mentor]:
            mentors = [Mentor(name=n, publish=False) for n in names]
            return mentors + [Mentor(name=n, consent={"date": "2024-09-01"}) for n in consented]

    return NameGuard.of(withheld_people([_Org()]))


def test_scan_reads_every_kind_of_output(tmp_path: Path) -> None:
    from generator.verify.personal_data import check_personal_data

    guard = _guard("Орлова Дарья Павловна")
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    name = "Орлова Дарья Павловна"
    files = {
        "page.html": "<p>Передано Орловой Д.П.</p>",
        "split.html": "<td>Орлова</td><td>Дарья Павловна</td>",
        "attribute.html": f'<img alt="{name}" src="p.png">',
        "entities.html": "".join(f"&#{ord(c)};" for c in name),
        "nbsp.html": "<p>Д.&nbsp;П.&nbsp;Орлова</p>",
        "link.html": '<a href="https://e.org/%D0%9E%D1%80%D0%BB%D0%BE%D0%B2%D0%BE%D0%B9%20%D0%94.%D0%9F.pdf">x</a>',
        "file-name.html": '<a href="files/Благодарность_Орловой_Д.П.pdf">x</a>',
        "a/manifest.json": json.dumps({"mentors": [name]}),  # ensure_ascii: \u041e…
        "a/feed.xml": f"<feed><entry><title>{name}</title></entry></feed>",
        "a/deadlines.ics": "BEGIN:VEVENT\r\nSUMMARY:Отчёт Орловой Д\r\n .П.\r\nEND:VEVENT\r\n",
        "a/data.js": 'var x = "Орлова Д.П.";',
        "a/notes.txt": "Орлова Д. П.",
    }
    for rel, text in files.items():
        (site / rel).write_text(text, encoding="utf-8")
    (site / "sitemap.xml.gz").write_bytes(gzip.compress("<loc>Орлова Дарья Павловна</loc>".encode()))
    (site / "a" / "x.pf_fragment").write_bytes(gzip.compress(f'pagefind_dcd{{"content":"{name}"}}'.encode()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", "<p>Орлова Д.П.</p>")
        archive.writestr("photo.png", b"\x89PNG " + name.encode())
    (tmp_path / "site.zip").write_bytes(buffer.getvalue())
    (site / "doc.pdf").write_bytes(b"%PDF-1.4 " + name.encode())  # a document as the school gave it: not ours
    (site / "photo.jpg").write_bytes(b"\xff\xd8 " + name.encode())
    leaks = check_personal_data(guard, [(site, ""), (tmp_path / "site.zip", "site.zip")])
    found = sorted(leak.file for leak in leaks)
    expected = [*files, "sitemap.xml.gz", "a/x.pf_fragment", "site.zip → index.html"]
    assert found == sorted(expected)
    assert all(leak.person.name == name for leak in leaks)


def test_scan_does_not_raise_false_alarms() -> None:
    guard = _guard("Орлова Дарья Павловна", "Смирнов Евгений Петрович", consented=("Смирнова Елена Викторовна",))
    assert [p.name for p in guard.people] == ["Орлова Дарья Павловна"]  # Смирнов Е. is Смирнова Е. to the checks
    for text in (
        "<p>Орлова Анна Сергеевна</p>",  # another person of the same surname
        "<p>ул. Орлова Д., 5</p>",  # a street
        "<p>Орлова</p>",  # a surname alone names no one
        "<p>Корлова Д.П.</p>",
        "<p>орлова д.п.</p>",
        "<p>Смирнова Е.В.</p>",
    ):
        assert guard.scan_text(text, "x.html") == [], text
    assert len(guard.scan_text("<p>Орловой Д. П.</p><p>Д.П. Орловой</p>", "x.html")) == 1  # one per file


def test_nobody_withheld_costs_nothing(tmp_path: Path) -> None:
    from generator.verify.personal_data import check_personal_data

    (tmp_path / "index.html").write_text("<p>Орлова Дарья Павловна</p>", encoding="utf-8")
    assert check_personal_data(_guard(), [(tmp_path, "")]) == []


# ---- builds killed at any moment -----------------------------------------------------------------------------


def test_stale_staging_is_removed_whatever_its_pid(tmp_path: Path) -> None:
    from generator.publish import staging

    site = tmp_path / "site"
    site.mkdir()
    # a killed build's folder whose pid now belongs to a live process (pids are reused)
    for pid in (os.getppid(), 1, os.getpid() + 1):
        (tmp_path / f".site.staging-{pid}" / "site").mkdir(parents=True)
    with staging(site) as folder:
        assert [p.name for p in tmp_path.glob(".site.staging-*")] == [folder.name]
    assert not list(tmp_path.glob(".site.staging-*"))


def test_swap_fallback_killed_between_renames_restores_the_site(tmp_path: Path, monkeypatch) -> None:
    import generator.publish as publish

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    monkeypatch.setattr(publish, "exchange", lambda a, b: False)  # a system without renameat2
    renames = 0
    real_rename = Path.rename

    def killed_after_first(self: Path, target: Path) -> Path:
        nonlocal renames
        renames += 1
        if renames == 2:
            raise KeyboardInterrupt  # the build dies between moving the old site away and the new one in
        return real_rename(self, target)

    stale = tmp_path / ".site.staging-999999"
    (stale / "site").mkdir(parents=True)
    (stale / "site" / "index.html").write_text("new", encoding="utf-8")
    monkeypatch.setattr(Path, "rename", killed_after_first)
    with pytest.raises(KeyboardInterrupt):
        publish.replace_dir(stale / "site", site)
    monkeypatch.setattr(Path, "rename", real_rename)
    assert not site.exists() and (stale / "site.old" / "index.html").is_file()
    with publish.staging(site):
        assert (site / "index.html").read_text(encoding="utf-8") == "old"
    assert not stale.exists()


def _build_process(project: Path, day: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "--project", str(project), "build", "--today", day],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=REPO,
        start_new_session=True,  # the build and every process it starts, killed together
    )


def _running_in_group(group: int) -> list[int]:
    """Processes of a process group that still run (zombies waiting for init to reap them do not)."""
    running = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            running.append(int(stat.parent.name))
    return running


def _kill_all(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while _running_in_group(process.pid):  # its forked workers and Pagefind die with it
        assert time.monotonic() < deadline, "processes of the killed build survived"
        time.sleep(0.01)


def _kill_at_publishing(process: subprocess.Popen[bytes], project: Path, within: float, limit: float) -> None:
    """Kill the build a moment after its site is complete in the staging folder: the last checks and the swap
    take ~10 ms of a build, so kills spread over the whole build would seldom land there."""
    marker = project / f".site.staging-{process.pid}" / "site" / SITE_MARK
    deadline = time.monotonic() + limit
    while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    time.sleep(within)
    _kill_all(process)


def test_builds_killed_at_random_moments_leave_a_whole_site(mini: Path) -> None:
    days = ("2024-09-15", "2024-10-15")
    snapshots: dict[str, dict[str, str]] = {}
    for day in days:  # the second build, with the caches warm, is as long as the builds below
        started = time.monotonic()
        process = _build_process(mini, day)
        assert process.wait() == 0, process.stderr.read() if process.stderr else ""
        duration = time.monotonic() - started
        snapshots[day] = snapshot(mini / "site")
    assert snapshots[days[0]] != snapshots[days[1]]
    rng = random.Random(20240915)
    current = days[1]
    interrupted = 0
    for run in range(21):
        target = days[0] if current == days[1] else days[1]
        process = _build_process(mini, target)
        if run % 3 == 2:  # a third of the kills aimed at the publishing step
            delay = rng.uniform(0, 0.02)
            _kill_at_publishing(process, mini, delay, 3 * duration)
        else:  # the rest anywhere from the start to the very end of a build
            delay = rng.uniform(0.02, 1.0) * duration
            time.sleep(delay)
            _kill_all(process)
        now = snapshot(mini / "site")
        # the previous site, byte for byte; or, when the kill came after the swap, the new one whole
        assert now in (snapshots[current], snapshots[target]), f"run {run}: site/ is a mix ({delay:.3f} s)"
        if now == snapshots[current]:
            interrupted += 1
        else:
            current = target
    assert interrupted >= 10, "most kills must land inside a build, or the test proves little"
    # a normal build afterwards succeeds and leaves nothing of the killed ones behind
    target = days[0] if current == days[1] else days[1]
    process = _build_process(mini, target)
    assert process.wait() == 0, process.stderr.read() if process.stderr else ""
    assert snapshot(mini / "site") == snapshots[target]
    assert not list(mini.glob(".site.staging-*"))
    # the site it replaced waits as the next build's starting tree (generator/spare.py); nothing else is left
    assert sorted(p.name for p in mini.iterdir() if p.name.startswith(".site")) == [".site.lock", ".site.spare"]


def test_a_cache_entry_cannot_place_files_outside_the_output(tmp_path: Path) -> None:
    """The section cache lists each entry's paths in a manifest; one rewritten to reach outside the site is not
    restored (the section is rendered again), and nothing is written outside."""
    import json

    from generator.unchanged import TreeCache

    base = tmp_path / "built"
    (base / "a").mkdir(parents=True)
    (base / "a/index.html").write_text("<p>a</p>", "utf-8")
    cache = TreeCache(tmp_path / "cache")
    cache.store("k", base, ["a/index.html"])
    assert cache.restore("k", tmp_path / "out") and (tmp_path / "out/a/index.html").read_text("utf-8") == "<p>a</p>"
    absolute = tmp_path / "absolute.html"
    for forged in (["../escaped.html"], [str(absolute)], ["a/../../escaped.html"], [""], {"a": 1}):
        (tmp_path / "cache/k/manifest.json").write_text(json.dumps(forged), "utf-8")
        assert not cache.restore("k", tmp_path / "again")
    assert not (tmp_path / "escaped.html").exists() and not absolute.exists() and not (tmp_path / "again").exists()


def test_a_damaged_cache_entry_is_a_miss_and_leaves_nothing_behind(tmp_path: Path) -> None:
    from generator.unchanged import TreeCache

    base = tmp_path / "built"
    for rel in ("a/index.html", "b/index.html"):
        (base / rel).parent.mkdir(parents=True, exist_ok=True)
        (base / rel).write_text(rel, "utf-8")
    cache = TreeCache(tmp_path / "cache")
    cache.store("k", base, ["a/index.html", "b/index.html"])
    (tmp_path / "cache/k/1").unlink()  # the second file of the entry is gone
    assert not cache.restore("k", tmp_path / "out")
    assert not (tmp_path / "out/a/index.html").exists()
