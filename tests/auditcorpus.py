"""A corpus of small school and department web sites, in the styles met in the wild, with labelled ground truth.

corpus() gives the sites to serve with siteserver.serve(); every Site has `truth`: for each labelled rule of its kind
(SCHOOL_RULES or DEPARTMENT_RULES) the resources key of the document that satisfies it, or None when the site has no
such document. region(n) gives n copies of the ordinary school sites for a benchmark.

How the truth is labelled (by hand, as a careful methodologist would, not by what an algorithm is expected to find):
- by what the document IS (its title and content), presence only: an old roadmap counts as a roadmap;
- a rule met by several documents points at the main one (the first programme of several, the working copy of a
  document that also has a dead old link);
- a scan without a text layer counts: a human reads the picture; its title is in the link text or around it;
- a document that cannot be had does not count: a link answering 404, an HTML error page served with 200 in place of
  the file, a "gzip bomb", an endless download, a connection reset;
- a generic «Положение о наставничестве» / «Положение о целевой модели наставничества» counts for students, not for
  teachers; «Положение о наставничестве педагогических работников и обучающихся» counts for both;
- a roadmap may be an HTML page (its path is the truth); a file card page (/file/card?id=N) is not the document,
  the file it links (/file/download?id=N) is;
- distractors never count: «Дорожная карта по подготовке к ГИА», «Мониторинг результатов ВПР», «Приказ о назначении
  куратора профориентационной работы», «Программа развития школы», «План воспитательной работы», «Положение о
  школьной службе медиации», «Приказ о режиме работы», the bank of mentors, photo reports, questionnaires.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import random
import re
import tempfile
import textwrap
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from siteserver import Resource, Site

SCHOOL_RULES: tuple[str, ...] = (
    "school-order-implementation",
    "school-regulation-students",
    "school-regulation-teachers",
    "school-roadmap",
    "school-programmes",
    "school-pairs-order",
    "monitoring",
)
DEPARTMENT_RULES: tuple[str, ...] = ("dept-order-implementation", "dept-roadmap", "monitoring")
STATUSES: tuple[str, ...] = (
    "ok",
    "no_section",
    "unreachable",
    "timeout",
    "bad_response",
    "redirect_loop",
    "http_error",
)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
OCTET = "application/octet-stream"
FIXED_TIME = dt.datetime(2024, 9, 2, 9, 0, tzinfo=dt.UTC)
BOMB_SIZE = 50 * 1024 * 1024  # decompressed bytes of the gzip bomb

# ---- texts of documents -----------------------------------------------------------------------------------------

P145 = (
    "В соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 "
    "«Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих "
    "образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам "
    "среднего профессионального образования»"
)
AZ1128 = (
    "В соответствии с письмом Министерства просвещения Российской Федерации от 21.12.2021 № АЗ-1128/08 "
    "«О направлении методических рекомендаций по разработке и внедрению системы (целевой модели) наставничества "
    "педагогических работников в образовательных организациях»"
)
SIGNATURE = "Директор ____________ Н. В. Кузнецова"

TEXTS: dict[str, tuple[str, ...]] = {
    "order-impl": (
        P145 + " ПРИКАЗЫВАЮ:",
        "1. Внедрить целевую модель наставничества в 2024/2025 учебном году.",
        "2. Назначить куратором внедрения целевой модели наставничества заместителя директора по учебно-"
        "воспитательной работе Смирнову Е. А.",
        "3. Куратору разработать положение о наставничестве и дорожную карту внедрения целевой модели "
        "наставничества в срок до 15.09.2024.",
        "4. Контроль за исполнением настоящего приказа оставляю за собой.",
        SIGNATURE,
    ),
    "order-org": (
        AZ1128 + ", в целях организации наставничества ПРИКАЗЫВАЮ:",
        "1. Организовать наставничество педагогических работников и обучающихся в 2024/2025 учебном году.",
        "2. Назначить ответственным за организацию наставничества (куратором) руководителя методического "
        "объединения Орлову Т. Г.",
        "3. Утвердить состав методического совета по наставничеству.",
        SIGNATURE,
    ),
    "reg-students": (
        "1. Общие положения",
        "1.1. Настоящее Положение о наставничестве обучающихся разработано " + P145[2:] + ".",
        "1.2. Положение определяет цели, задачи, формы и порядок организации наставничества обучающихся: "
        "«ученик – ученик», «студент – ученик», «работодатель – ученик».",
        "2. Права и обязанности наставника и наставляемого",
        "2.1. Наставник помогает наставляемому в освоении образовательной программы, в выборе профессии и в "
        "раскрытии личностного потенциала.",
        "3. Заключительные положения",
    ),
    "reg-teachers": (
        "1. Общие положения",
        "1.1. Настоящее Положение о системе наставничества педагогических работников разработано " + AZ1128[2:] + ".",
        "1.2. Наставничество педагогических работников направлено на адаптацию молодых специалистов и педагогов, "
        "впервые приступивших к работе, и на профессиональное развитие педагогов.",
        "1.3. Формы наставничества: «учитель – учитель», «опытный педагог – молодой специалист», "
        "«руководитель – педагог».",
        "2. Куратор и наставники назначаются приказом директора.",
    ),
    "reg-both": (
        "1. Общие положения",
        "1.1. Настоящее Положение регулирует наставничество педагогических работников и обучающихся.",
        "1.2. Разработано " + P145[2:] + ", и " + AZ1128[2:] + ".",
        "2. Формы наставничества: «ученик – ученик», «учитель – учитель», «учитель – ученик».",
        "3. Наставнические пары и группы закрепляются приказом директора на учебный год.",
    ),
    "reg-generic": (
        "1. Общие положения",
        "1.1. Настоящее Положение о целевой модели наставничества разработано " + P145[2:] + ".",
        "1.2. Целевая модель наставничества определяет порядок организации наставничества в школе.",
        "2. Формы наставничества: «ученик – ученик», «учитель – ученик».",
        "3. Мониторинг и оценка результатов реализации программ наставничества.",
    ),
    "roadmap": (
        "№ | Мероприятие | Срок | Ответственный",
        "1 | Издание приказа о внедрении целевой модели наставничества | сентябрь 2024 | директор",
        "2 | Формирование базы наставников и наставляемых | сентябрь 2024 | куратор",
        "3 | Закрепление наставнических пар и групп | до 15.09.2024 | куратор",
        "4 | Разработка и утверждение программ наставничества | октябрь 2024 | куратор, наставники",
        "5 | Обучение наставников | ноябрь 2024 | куратор",
        "6 | Мониторинг реализации программ наставничества | май 2025 | куратор",
        "7 | Итоговое мероприятие, представление лучших практик | май 2025 | куратор",
    ),
    "programme": (
        "1. Пояснительная записка",
        "Программа наставничества разработана в соответствии с целевой моделью наставничества.",
        "2. Цель программы: раскрытие потенциала наставляемого, успешная адаптация и профессиональное развитие.",
        "3. Задачи: разработка индивидуального плана развития, совместные занятия, открытые уроки, рефлексия.",
        "4. Этапы реализации: подготовительный, основной, итоговый (сентябрь 2024 – май 2025).",
        "5. Ожидаемые результаты и показатели эффективности программы.",
    ),
    "pairs": (
        "В соответствии с положением о наставничестве и дорожной картой реализации целевой модели "
        "наставничества ПРИКАЗЫВАЮ:",
        "1. Закрепить наставнические пары (группы) на 2024/2025 учебный год:",
        "– наставник Петрова А. С., учитель математики – наставляемый Сидоров И. В., молодой специалист;",
        "– наставник Волкова М. Н., учитель русского языка – наставляемые обучающиеся 6 «Б» класса (группа);",
        "– наставник Егоров П. Д., обучающийся 10 «А» класса – наставляемый Зайцев К. О., обучающийся 7 «А» класса.",
        "2. Наставникам разработать индивидуальные планы развития наставляемых.",
        SIGNATURE,
    ),
    "monitoring": (
        "Мониторинг проведён в мае 2024 года: анкетирование наставников и наставляемых, анализ индивидуальных "
        "планов развития.",
        "Охват: 12 наставнических пар, 3 наставнические группы; доля наставляемых обучающихся – 14 %.",
        "Удовлетворённость участием в программе наставничества: наставники – 92 %, наставляемые – 88 %.",
        "Выводы: программы наставничества реализованы в полном объёме; рекомендуется расширить форму "
        "«студент – ученик».",
    ),
    "dept-order": (
        P145 + ", распоряжением министерства образования области ПРИКАЗЫВАЮ:",
        "1. Внедрить целевую модель наставничества в образовательных организациях муниципалитета.",
        "2. Назначить муниципальным куратором внедрения целевой модели наставничества главного специалиста "
        "Лебедеву О. В.",
        "3. Руководителям образовательных организаций издать приказы о внедрении целевой модели наставничества.",
        "Начальник управления ____________ А. П. Морозов",
    ),
    "dept-roadmap": (
        "№ | Мероприятие | Срок | Ответственный",
        "1 | Совещание руководителей ОО по внедрению целевой модели наставничества | сентябрь 2024 | управление",
        "2 | Сбор сведений о наставнических парах | октябрь 2024 | муниципальный куратор",
        "3 | Муниципальный конкурс «Наставник года» | март 2025 | управление, ММС",
        "4 | Муниципальный мониторинг реализации целевой модели наставничества | май 2025 | муниципальный куратор",
    ),
    "dept-monitoring": (
        "Мониторинг реализации целевой модели наставничества проведён во всех 14 образовательных организациях.",
        "Доля обучающихся, вовлечённых в программы наставничества, – 17 %; доля педагогов-наставников – 21 %.",
        "Три организации не разместили программы наставничества на сайтах; рекомендовано устранить до 01.10.",
    ),
    # distractors: documents of a school that are not any labelled rule
    "mediation": (
        "1. Служба школьной медиации создаётся для разрешения конфликтов между участниками образовательных отношений.",
        "2. Медиатор проводит восстановительные программы, примирительные встречи и круги сообщества.",
    ),
    "regime": (
        "1. Установить режим работы школы в 2024/2025 учебном году: пятидневная учебная неделя, начало занятий в 8:30.",
        "2. Продолжительность урока – 40 минут, перемены – 10 и 20 минут.",
        SIGNATURE,
    ),
    "devprog": (
        "Программа развития школы определяет стратегию развития образовательной организации на 2021–2025 годы.",
        "Направления: качество образования, воспитание, цифровая образовательная среда, кадровый потенциал, "
        "в том числе наставничество молодых специалистов.",
    ),
    "eduplan": (
        "План воспитательной работы составлен на основе рабочей программы воспитания.",
        "Сентябрь: День знаний, месячник безопасности. Октябрь: День учителя. Ноябрь: День матери.",
    ),
    "gia-roadmap": (
        "№ | Мероприятие | Срок | Ответственный",
        "1 | Информирование родителей о порядке проведения ГИА | октябрь 2024 | классные руководители",
        "2 | Пробные экзамены в формате ОГЭ и ЕГЭ | декабрь 2024, март 2025 | заместитель директора",
    ),
    "vpr": (
        "Мониторинг результатов всероссийских проверочных работ: 5–8 классы, весна 2024 года.",
        "Доля отметок «4» и «5» по математике – 48 %, по русскому языку – 52 %.",
    ),
    "prof-curator": (
        "В целях реализации единой модели профессиональной ориентации (профминимума) ПРИКАЗЫВАЮ:",
        "1. Назначить куратором профориентационной работы педагога-навигатора Фёдорову Л. И.",
        SIGNATURE,
    ),
    "ustav": (
        "1. Общие положения. Учреждение является некоммерческой организацией.",
        "2. Предмет и цели деятельности.",
    ),
    "rules": ("Правила внутреннего распорядка обучающихся устанавливают режим занятий и поведение в школе.",),
    "olymp": ("О проведении муниципального этапа всероссийской олимпиады школьников в 2024/2025 учебном году.",),
    # mentoring materials that are none of the labelled rules
    "bank": ("База наставников: 14 педагогов, 6 обучающихся. База наставляемых: 11 педагогов, 37 обучающихся.",),
    "anketa": ("Анкета наставляемого. 1. Оцените полезность встреч с наставником по шкале от 1 до 10.",),
    "practices": ("Лучшие практики наставничества: проект «Читаем вместе» (форма «ученик – ученик»).",),
}


# ---- files --------------------------------------------------------------------------------------------------------


@functools.cache
def _font() -> str:
    """DejaVu Sans cut down to Latin and Cyrillic, written once to the temp folder: parsing it takes 1 ms, not 30."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    target = Path(tempfile.gettempdir()) / "nastavnik-auditcorpus-dejavu-cyr.ttf"
    if target.is_file() and target.stat().st_size > 10_000:
        return str(target)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    font = TTFont(FONT)
    subsetter = subset.Subsetter(options)
    chars = set(range(0x20, 0x7F)) | set(range(0x400, 0x460)) | {ord(c) for c in "№«»–—…“”„’°§×"}
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    part = target.with_suffix(f".{random.randrange(1 << 30)}.part")
    part.write_bytes(buffer.getvalue())
    part.replace(target)  # atomic: parallel test workers never read half a font
    return str(target)


@functools.cache
def text_pdf(title: str, lines: tuple[str, ...]) -> bytes:
    """A PDF with a text layer (fpdf2, DejaVu): the title, then the lines."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_title(title[:120])
    pdf.add_font("DejaVu", fname=_font())
    for font in pdf.fonts.values():  # the bounding boxes are right already: saving the subset is 25 % faster
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.recalcBBoxes = False
    pdf.add_page()
    y = 20.0

    def put(text: str, size: int, width: int) -> None:
        nonlocal y
        pdf.set_font("DejaVu", size=size)
        for line in textwrap.wrap(text, width) or [""]:
            if y > 280:
                pdf.add_page()
                y = 20.0
            pdf.text(15, y, line)
            y += size * 0.5
        y += 2

    put(title, 12, 75)
    for line in lines:
        put(line, 10, 92)
    return bytes(pdf.output())


@functools.cache
def scan_pdf(seed: int, noise: bool = False) -> bytes:
    """An image-only PDF, as a scanner makes it: a page that is a picture (lines of «text»), no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    if noise:  # a photo: noise does not compress, so the file is about 25 KB
        image = Image.effect_noise((160, 150), 60).convert("L")
    else:
        image = Image.new("L", (425, 550), 250)
        draw = ImageDraw.Draw(image)
        draw.rectangle((150, 30, 275, 42), fill=60)  # the heading
        for y in range(70, 500, 14):
            draw.line((40, y, 385 - rnd.randrange(0, 140), y), fill=50 + rnd.randrange(30), width=4)
        draw.ellipse((300, 470, 360, 530), outline=90, width=3)  # the stamp
    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=210)
    return bytes(pdf.output())


def _zip(files: dict[str, str] | dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 9, 2, 9, 0, 0)), text)
    return buffer.getvalue()


@functools.cache
def docx(title: str, lines: tuple[str, ...]) -> bytes:
    """A minimal valid .docx (zipfile): [Content_Types].xml, _rels/.rels, word/document.xml."""
    paragraphs = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t xml:space="preserve">'
        f"{html.escape(text, quote=False)}</w:t></w:r></w:p>"
        for i, text in enumerate((title, *lines))
    )
    return _zip(
        {
            "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
            "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
            "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{paragraphs}</w:body></w:document>",
        }
    )


@functools.cache
def xlsx(title: str, rows: tuple[tuple[str | int | float, ...], ...]) -> bytes:
    """A workbook (openpyxl): the title in A1, then the rows."""
    from openpyxl import Workbook

    book = Workbook()
    book.properties.created = book.properties.modified = FIXED_TIME.replace(tzinfo=None)
    sheet = book.active
    assert sheet is not None
    sheet.title = "Лист1"
    sheet.append([title])
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    # openpyxl stamps the time of saving into the entries and docProps/core.xml: re-pack with fixed times
    with zipfile.ZipFile(buffer) as saved:
        parts = {name: saved.read(name) for name in saved.namelist()}
    core = parts["docProps/core.xml"].decode()
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    parts["docProps/core.xml"] = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", rf"\g<1>{stamp}", core).encode()
    return _zip(parts)


MONITORING_ROWS: tuple[tuple[str | int | float, ...], ...] = (
    ("Показатель", "Значение", "Примечание"),
    ("Количество наставнических пар", 12, ""),
    ("Количество наставнических групп", 3, ""),
    ("Доля обучающихся, вовлечённых в наставничество, %", 14.5, ""),
    ("Удовлетворённость наставников, %", 92, "анкетирование, май 2024"),
    ("Удовлетворённость наставляемых, %", 88, "анкетирование, май 2024"),
)
DEPT_MONITORING_ROWS: tuple[tuple[str | int | float, ...], ...] = (
    ("Образовательная организация", "Наставнических пар", "Охват обучающихся, %", "Программы на сайте"),
    ("МБОУ СОШ № 1", 9, 15.2, "да"),
    ("МБОУ СОШ № 3", 12, 18.0, "да"),
    ("МАОУ «Гимназия № 5»", 14, 21.4, "нет"),
    ("МКОУ «Ивановская ООШ»", 2, 9.1, "да"),
)
BANK_ROWS: tuple[tuple[str | int | float, ...], ...] = (
    ("ФИО наставника", "Должность", "Форма наставничества"),
    ("Петрова А. С.", "учитель математики", "учитель – учитель"),
    ("Волкова М. Н.", "учитель русского языка", "учитель – ученик"),
)


@functools.cache
def gzip_bomb() -> bytes:
    """BOMB_SIZE zero bytes gzip-compressed (about 50 KB): served with Content-Encoding: gzip."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    parts = [packer.compress(chunk) for _ in range(BOMB_SIZE >> 20)]
    return b"".join(parts) + packer.flush()


ERROR_PAGE_200 = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ошибка</title></head><body>"
    "<h1>Ошибка 404</h1><p>Запрашиваемый файл не найден или был удалён. Вернуться на "
    "<a href='/'>главную страницу</a>.</p></body></html>"
).encode()


# ---- pages ---------------------------------------------------------------------------------------------------------

MenuItem = tuple[str, str, list[tuple[str, str]]]  # text, href, sub-items (text, href)


def h(text: str) -> str:
    return html.escape(text, quote=False)


def a(href: str, text: str, extra: str = "") -> str:
    return f'<a href="{html.escape(href)}"{extra}>{h(text)}</a>'


def ul(items: list[tuple[str, str]], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{a(href, text)}</li>" for text, href in items) + "</ul>"


@dataclass
class Builder:
    """Collects the resources and the truth of one site; renders pages with the site's theme, menu and encoding."""

    name: str
    school: str
    theme: Callable[[Builder, str, str], str]
    menu: list[MenuItem]
    kind: str = "школа"
    encoding: str = "utf-8"
    charset_in_header: bool = True
    sidebar: str = ""
    footer: str = ""
    resources: dict[str, Resource] = field(default_factory=dict)
    truth: dict[str, str | None] = field(default_factory=dict)
    main: str = "/"

    def __post_init__(self) -> None:
        self.truth = dict.fromkeys(SCHOOL_RULES if self.kind == "школа" else DEPARTMENT_RULES)

    def content_type(self) -> str:
        return f"text/html; charset={self.encoding}" if self.charset_in_header else "text/html"

    def meta(self) -> str:
        if self.encoding == "utf-8":
            return '<meta charset="utf-8">'
        return f'<meta http-equiv="Content-Type" content="text/html; charset={self.encoding}">'

    def encode(self, text: str) -> bytes:
        return text.encode(self.encoding, "xmlcharrefreplace")

    def add(self, path: str, resource: Resource) -> str:
        assert path not in self.resources, (self.name, path)
        self.resources[path] = resource
        return path

    def page(self, path: str, title: str, content: str, rule: str | None = None) -> str:
        body = self.encode(self.theme(self, title, content))
        self.add(path, Resource(body, headers=(("Content-Type", self.content_type()),)))
        if rule:
            self.label(rule, path)
        return path

    def html_raw(self, path: str, text: str, status: int = 200) -> str:
        return self.add(path, Resource(self.encode(text), status, (("Content-Type", self.content_type()),)))

    def redirect(self, path: str, location: str, status: int = 301) -> str:
        return self.add(path, Resource(status=status, headers=(("Location", location),)))

    def doc(
        self,
        path: str,
        fmt: str,
        text: str,
        title: str,
        rule: str | tuple[str, ...] | None = None,
        *,
        content_type: str | None = None,
        filename: str | None = None,
    ) -> str:
        """A document file: fmt pdf (text layer), scan (image only), docx or xlsx; `text` a key of TEXTS (for xlsx
        the rows: monitoring, dept-monitoring, bank); `rule` the rule(s) it satisfies; `filename` adds a
        Content-Disposition; `content_type` overrides the right one (a wrong or generic type)."""
        lines = (self.school, *TEXTS.get(text, ()))
        if fmt == "pdf":
            body, ctype = text_pdf(title, lines), PDF
        elif fmt == "scan":
            body, ctype = scan_pdf(zlib.crc32(f"{self.name}{path}".encode())), PDF
        elif fmt == "docx":
            body, ctype = docx(title, lines), DOCX
        elif fmt == "xlsx":
            rows = {"monitoring": MONITORING_ROWS, "dept-monitoring": DEPT_MONITORING_ROWS, "bank": BANK_ROWS}[text]
            body, ctype = xlsx(f"{title}. {self.school}", rows), XLSX
        else:
            raise ValueError(fmt)
        headers: tuple[tuple[str, str], ...] = (("Content-Type", content_type or ctype),)
        if filename:
            ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_")
            quoted = quote(filename, safe="")
            disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quoted}"
            headers = (*headers, ("Content-Disposition", disposition))
        self.add(path, Resource(body, headers=headers))
        for one in (rule,) if isinstance(rule, str) else rule or ():
            self.label(one, path)
        return path

    def label(self, rule: str, path: str) -> None:
        assert rule in self.truth, (self.name, rule)
        assert self.truth[rule] is None, (self.name, rule, "labelled twice")
        self.truth[rule] = path

    def site(self, note: str, expected_status: str = "ok") -> Site:
        _META[self.name] = (self.school, self.encoding, self.main)
        return Site(self.name, self.resources, self.kind, self.truth, expected_status, "http", note)


_META: dict[str, tuple[str, str, str]] = {}  # site name -> (school name, page encoding, path of the main page)


def _menu_ul(menu: list[MenuItem], cls: str, sub_cls: str = "sub-menu") -> str:
    out = []
    for text, href, children in menu:
        sub = ul(children, sub_cls) if children else ""
        attr = ' class="has-children"' if children else ""
        out.append(f"<li{attr}>{a(href, text)}{sub}</li>")
    return f'<ul class="{cls}">' + "".join(out) + "</ul>"


BANNERS = (
    '<div class="banners"><a href="https://www.gosuslugi.ru/" target="_blank"><img src="/images/gosuslugi.png" '
    'alt="Госуслуги"></a> <a href="https://bus.gov.ru/" target="_blank">bus.gov.ru</a> '
    '<a href="https://vk.com/" target="_blank">Мы ВКонтакте</a></div>'
)


def modern(b: Builder, title: str, content: str) -> str:
    """A school-site constructor of today: header, nav with drop-downs, breadcrumbs, sidebar, footer."""
    sidebar = f'<aside class="sidebar">{b.sidebar}</aside>' if b.sidebar else ""
    return (
        f'<!DOCTYPE html>\n<html lang="ru">\n<head>\n{b.meta()}\n<meta name="viewport" '
        f'content="width=device-width, initial-scale=1">\n<title>{h(title)} — {h(b.school)}</title>\n'
        '<link rel="stylesheet" href="/assets/css/main.css">\n</head>\n<body>\n'
        f'<header class="site-header"><div class="logo"><a href="/"><img src="/assets/img/logo.png" alt="">'
        f"<span>{h(b.school)}</span></a></div>\n"
        '<div class="header-contacts"><a href="tel:+78001234567">8 (800) 123-45-67</a> '
        '<a href="mailto:school@example.ru">school@example.ru</a> '
        '<a href="#" class="version-for-blind">Версия для слабовидящих</a></div>\n'
        f'<nav class="main-nav">{_menu_ul(b.menu, "menu")}</nav></header>\n'
        f'<div class="page">{sidebar}<main class="content"><div class="breadcrumbs"><a href="/">Главная</a> » '
        f"<span>{h(title)}</span></div>\n<h1>{h(title)}</h1>\n{content}\n</main></div>\n"
        f'<footer class="site-footer">{b.footer}{BANNERS}<p>© 2024 {h(b.school)}</p></footer>\n'
        '<script src="/assets/js/app.js"></script>\n</body>\n</html>\n'
    )


def joomla(b: Builder, title: str, content: str) -> str:
    """Joomla 3: <base href>, relative index.php?option=… links with &amp;, module tables."""
    items = []
    for i, (text, href, children) in enumerate(b.menu):
        sub = "".join(
            f'<li class="item-{200 + j}">{a(s_href, s_text)}</li>' for j, (s_text, s_href) in enumerate(children)
        )
        sub_ul = f'<ul class="nav-child unstyled small">{sub}</ul>' if sub else ""
        items.append(f'<li class="item-{101 + i}{" deeper parent" if children else ""}">{a(href, text)}{sub_ul}</li>')
    return (
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ru-ru" lang="ru-ru" dir="ltr">\n<head>\n'
        f'<base href="{{site}}/" />\n{b.meta()}\n<meta name="generator" content="Joomla! - Open Source Content '
        f'Management" />\n<title>{h(title)}</title>\n'
        '<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />\n'
        '</head>\n<body class="site com_content view-article">\n<div class="body"><div class="container">\n'
        f'<header class="header"><a class="brand pull-left" href="index.php"><span class="site-title">{h(b.school)}'
        "</span></a></header>\n"
        f'<nav class="navigation" role="navigation"><div class="moduletable_menu"><ul class="nav menu mod-list">'
        f"{''.join(items)}</ul></div></nav>\n"
        '<div class="row-fluid"><main id="content" role="main" class="span9">\n'
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
        f'<div class="page-header"><h2 itemprop="headline">{h(title)}</h2></div>\n'
        f'<div itemprop="articleBody">{content}</div></div>\n</main>\n'
        f'<div id="aside" class="span3"><div class="moduletable">{b.sidebar}</div></div></div>\n'
        f'<footer class="footer" role="contentinfo">{b.footer}<p class="pull-right"><a href="#top" id="back-top">'
        f"Наверх</a></p><p>&copy; 2024 {h(b.school)}</p></footer>\n</div></div>\n</body>\n</html>\n"
    )


def wordpress(b: Builder, title: str, content: str) -> str:
    """WordPress: absolute URLs everywhere ({site}), ?page_id=N, wp-content/uploads."""
    items = []
    for i, (text, href, children) in enumerate(b.menu):
        sub = "".join(
            f'<li id="menu-item-{300 + i * 10 + j}" class="menu-item menu-item-type-post_type">{a(s_href, s_text)}</li>'
            for j, (s_text, s_href) in enumerate(children)
        )
        sub_ul = f'<ul class="sub-menu">{sub}</ul>' if sub else ""
        cls = "menu-item menu-item-type-post_type" + (" menu-item-has-children" if children else "")
        items.append(f'<li id="menu-item-{100 + i}" class="{cls}">{a(href, text)}{sub_ul}</li>')
    return (
        f'<!doctype html>\n<html lang="ru-RU">\n<head>\n{b.meta()}\n<title>{h(title)} &#8212; {h(b.school)}</title>\n'
        "<link rel='stylesheet' id='twentyseventeen-style-css' href='{site}/wp-content/themes/twentyseventeen/"
        'style.css?ver=6.4.3\' media=\'all\' />\n<link rel="alternate" type="application/rss+xml" '
        'href="{site}/?feed=rss2" />\n</head>\n'
        '<body class="page-template-default page"><div id="page" class="site">\n'
        f'<header id="masthead" class="site-header"><p class="site-title"><a href="{{site}}/" rel="home">'
        f"{h(b.school)}</a></p>\n"
        '<nav id="site-navigation" class="main-navigation" aria-label="Верхнее меню"><div class="menu-glavnoe-'
        f'container"><ul id="top-menu" class="menu">{"".join(items)}</ul></div></nav></header>\n'
        '<div class="site-content-contain"><div id="content" class="site-content"><div id="primary" '
        'class="content-area"><main id="main" class="site-main">\n'
        f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">'
        f'{h(title)}</h1></header><div class="entry-content">\n{content}\n</div></article>\n</main></div>\n'
        f'<aside id="secondary" class="widget-area">{b.sidebar}</aside></div></div>\n'
        f'<footer id="colophon" class="site-footer">{b.footer}<div class="site-info">Сайт работает на '
        '<a href="https://ru.wordpress.org/">WordPress</a></div></footer>\n</div>\n</body>\n</html>\n'
    )


def ucoz(b: Builder, title: str, content: str) -> str:
    """uCoz: tables, uMenuV block in the left column, /index/0-N pages."""
    menu = "".join(
        f'<div class="uMenuV"><a class="m" href="{html.escape(href)}"><span>{h(text)}</span></a></div>'
        + "".join(f'<div class="uMenuSub">&nbsp;&nbsp;<a href="{html.escape(s)}">{h(t)}</a></div>' for t, s in ch)
        for text, href, ch in b.menu
    )
    return (
        '<html>\n<head>\n<script type="text/javascript" src="/?abc123"></script>\n'
        f"{b.meta()}\n<title>{h(title)} - {h(b.school)}</title>\n"
        '<link type="text/css" rel="StyleSheet" href="/_st/my.css" />\n</head>\n<body style="background:#FFFFFF;">\n'
        '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td class="header" colspan="2">'
        f'<h1 class="logo">{h(b.school)}</h1></td></tr>\n<tr><td valign="top" width="200" class="leftColumn">'
        f'<table class="boxTable"><tr><td class="boxTitle">Меню сайта</td></tr><tr><td class="boxContent">{menu}'
        f"</td></tr></table>{b.sidebar}</td>\n"
        f'<td valign="top" class="textBlock"><h1>{h(title)}</h1>\n{content}\n</td></tr></table>\n'
        f'<div class="footer">{b.footer}Хостинг от <a href="https://www.ucoz.ru/" title="Создать сайт бесплатно" '
        'target="_blank" rel="nofollow">uCoz</a></div>\n</body>\n</html>\n'
    )


def tilda(b: Builder, title: str, content: str) -> str:
    """Tilda: records of blocks, the menu in a t228 block, links only in the footer block for some pages."""
    menu = "".join(
        f'<li class="t228__list_item"><a class="t-menu__link-item" href="{html.escape(href)}" '
        f'data-menu-submenu-hook="">{h(text)}</a></li>'
        for text, href, _ in b.menu
    )
    return (
        f'<!DOCTYPE html> <html> <head> {b.meta()} <meta http-equiv="X-UA-Compatible" content="IE=edge" />'
        f' <title>{h(title)}</title> <meta property="og:title" content="{html.escape(b.school)}" /> '
        '<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" /> </head> '
        '<body class="t-body" style="margin:0;"> <div id="allrecords" class="t-records" data-hook="blocks-collection-'
        'content-node" data-tilda-project-id="1234567" data-tilda-page-id="34567891"> '
        '<div id="rec100001" class="r t-rec" data-record-type="257"><div class="t228">'
        '<div class="t228__leftcontainer">'
        f'<a href="/" class="t228__imgwrapper"><div class="t228__logo t-title">{h(b.school)}</div></a></div>'
        f'<nav class="t228__centercontainer"><ul class="t228__list">{menu}</ul></nav></div></div> '
        '<div id="rec100002" class="r t-rec" data-record-type="60"><div class="t-container">'
        '<div class="t-col t-col_12">'
        f'<h1 class="t050__title t-title t-title_xxl">{h(title)}</h1></div></div></div> '
        f'<div id="rec100003" class="r t-rec">{content}</div> '
        f'<div id="rec100009" class="r t-rec" data-record-type="345"><div class="t345">{b.footer}</div></div> '
        '</div> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js"></script> </body> </html>'
    )


def bitrix(b: Builder, title: str, content: str) -> str:
    """1C-Bitrix: horizontal multilevel menu, /upload/iblock/… files."""
    return (
        f"<!DOCTYPE html>\n<html>\n<head>\n{b.meta()}\n<title>{h(title)}</title>\n"
        '<link href="/bitrix/templates/school/styles.css?17000000001234" type="text/css" rel="stylesheet" />\n'
        '<script type="text/javascript">if(!window.BX)window.BX={};</script>\n</head>\n<body>\n'
        f'<div id="panel"></div><div class="wrapper"><div class="header"><a href="/" class="logo">{h(b.school)}</a>'
        "</div>\n"
        f'<div class="bx-top-nav">{_menu_ul(b.menu, "bx-nav-list", "bx-nav-2-lvl")}</div>\n'
        f'<div class="workarea"><div class="left-col">{b.sidebar}</div><div class="main-col"><h1 id="pagetitle">'
        f"{h(title)}</h1>\n{content}\n</div></div>\n"
        f'<div class="footer">{b.footer}{BANNERS}&copy; {h(b.school)}</div></div>\n</body>\n</html>\n'
    )


def legacy(b: Builder, title: str, content: str) -> str:
    """A hand-made site of the 2000s: upper-case tags, attributes without quotes, tables, <FONT>."""
    menu = "<BR>\n".join(
        f"<A HREF={href} CLASS=menu>{h(text)}</A>" + "".join(f"<BR>&nbsp;&nbsp;- <A HREF={s}>{h(t)}</A>" for t, s in ch)
        for text, href, ch in b.menu
    )
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n<HEAD>\n'
        f"{b.meta()}\n<TITLE>{h(b.school)} :: {h(title)}</TITLE>\n</HEAD>\n"
        "<BODY BGCOLOR=#FFFFFF TEXT=#000000 LINK=#0000CC>\n<TABLE WIDTH=100% BORDER=0 CELLPADDING=4>\n"
        f"<TR><TD COLSPAN=2 BGCOLOR=#336699><FONT COLOR=white SIZE=5><B>{h(b.school)}</B></FONT></TD></TR>\n"
        f"<TR><TD WIDTH=180 VALIGN=top BGCOLOR=#EEEEEE><FONT SIZE=2>{menu}</FONT><P>{b.sidebar}</TD>\n"
        f"<TD VALIGN=top><H2>{h(title)}</H2>\n{content}\n</TD></TR>\n"
        f"<TR><TD COLSPAN=2 ALIGN=center><FONT SIZE=1>{b.footer}Последнее обновление: 02.09.2024</FONT></TD></TR>\n"
        "</TABLE>\n</BODY>\n</HTML>\n"
    )


# ---- ordinary pages every site has ---------------------------------------------------------------------------------

NEWS = (
    ("02.09.2024", "День знаний", "1 сентября в школе прошла торжественная линейка, посвящённая Дню знаний."),
    ("27.09.2024", "Осенний кросс", "Обучающиеся 5–11 классов приняли участие в традиционном осеннем кроссе."),
    ("05.10.2024", "С Днём учителя!", "Поздравляем учителей с профессиональным праздником! Концерт для педагогов."),
)


def main_page(b: Builder, path: str, news_href: str, extra: str = "") -> str:
    news = "".join(
        f'<div class="news-item"><span class="date">{d}</span> <b>{h(t)}</b><p>{h(text)}</p></div>'
        for d, t, text in NEWS
    )
    content = (
        f"<p>Добро пожаловать на официальный сайт {h(b.school)}!</p>{extra}"
        f"<h2>Новости</h2>{news}<p>{a(news_href, 'Все новости')}</p>"
    )
    return b.page(path, "Главная", content)


def sveden_page(b: Builder, path: str, docs_href: str = "#") -> str:
    parts = [
        "Основные сведения",
        "Структура и органы управления образовательной организацией",
        "Документы",
        "Образование",
        "Руководство",
        "Педагогический состав",
        "Материально-техническое обеспечение и оснащённость образовательного процесса",
        "Платные образовательные услуги",
        "Финансово-хозяйственная деятельность",
        "Вакантные места для приёма (перевода) обучающихся",
        "Доступная среда",
        "Международное сотрудничество",
        "Организация питания в образовательной организации",
    ]
    items = [(p, docs_href if p == "Документы" else "#") for p in parts]
    return b.page(path, "Сведения об образовательной организации", ul(items, "sveden-list"))


def contacts_page(b: Builder, path: str) -> str:
    content = (
        "<p>Адрес: 624000, Свердловская область, ул. Школьная, д. 1</p><p>Телефон: "
        '<a href="tel:+73430000000">8 (343) 000-00-00</a></p><p>Электронная почта: '
        '<a href="mailto:school@example.ru">school@example.ru</a></p><p>Режим работы: пн–пт 8:00–17:00</p>'
    )
    return b.page(path, "Контакты", content)


def schedule_page(b: Builder, path: str) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{t}</td></tr>"
        for i, t in enumerate(
            ("8:30–9:10", "9:20–10:00", "10:20–11:00", "11:20–12:00", "12:10–12:50", "13:00–13:40"), 1
        )
    )
    return b.page(path, "Расписание звонков", f"<table border=1><tr><th>Урок</th><th>Время</th></tr>{rows}</table>")


def news_page(b: Builder, path: str, extra: list[tuple[str, str, str]] | None = None) -> str:
    items = "".join(f'<div class="news"><span>{d}</span> {a(href, t)}</div>' for d, t, href in extra or [])
    items += "".join(f'<div class="news"><span>{d}</span> <b>{h(t)}</b><p>{h(x)}</p></div>' for d, t, x in NEWS)
    return b.page(path, "Новости", items)


def docs_page(b: Builder, path: str, folder: str) -> str:
    """«Документы» of the sveden section: the charter and other papers, none of them about mentoring."""
    items = [
        ("Устав", b.doc(f"{folder}ustav.pdf", "scan", "ustav", f"Устав {b.school}")),
        (
            "Правила внутреннего распорядка обучающихся",
            b.doc(f"{folder}pravila-rasporyadka.docx", "docx", "rules", "Правила внутреннего распорядка обучающихся"),
        ),
        (
            "Программа развития школы на 2021–2025 годы",
            b.doc(f"{folder}programma-razvitiya.docx", "docx", "devprog", "Программа развития школы на 2021–2025 годы"),
        ),
    ]
    return b.page(path, "Документы", ul(items))


def standard(b: Builder, paths: dict[str, str], main_extra: str = "") -> None:
    """Main page, Сведения об ОО, Документы, Новости, Контакты, Расписание at the given paths (keys: main, sveden,
    docs, news, contacts, schedule; a key left out is not made)."""
    if "main" in paths:
        main_page(b, paths["main"], paths.get("news", "#"), main_extra)
    if "sveden" in paths:
        sveden_page(b, paths["sveden"], paths.get("docs", "#"))
    if "docs" in paths:
        docs_page(b, paths["docs"], paths.get("docs_folder", "/files/docs/"))
    if "news" in paths:
        news_page(b, paths["news"])
    if "contacts" in paths:
        contacts_page(b, paths["contacts"])
    if "schedule" in paths:
        schedule_page(b, paths["schedule"])


# ---- titles -------------------------------------------------------------------------------------------------------

T_ORDER = "Приказ от 30.08.2024 № 132-од «О внедрении целевой модели наставничества и назначении куратора»"
T_ORDER_SHORT = "Приказ о внедрении целевой модели наставничества и назначении куратора"
T_ORDER_ORG = "Приказ от 29.08.2024 № 128 «Об организации наставничества в 2024/2025 учебном году»"
T_REG_STUD = "Положение о наставничестве обучающихся"
T_REG_TEACH = "Положение о системе наставничества педагогических работников"
T_ROADMAP = "Дорожная карта (план мероприятий) по реализации целевой модели наставничества на 2024-2025 уч. год"
T_PROG_TT = "Программа наставничества «Учитель – учитель»"
T_PROG_SS = "Программа наставничества «Ученик – ученик»"
T_PAIRS = "Приказ от 01.09.2024 № 145-од «О закреплении наставнических пар на 2024/2025 учебный год»"
T_MON = "Аналитическая справка по итогам мониторинга реализации программы наставничества"
T_MON_TABLE = "Результаты мониторинга реализации программы наставничества (2023/2024 учебный год)"
T_ORDER_2023 = "Приказ от 31.08.2023 № 101-од «О внедрении целевой модели наставничества и назначении куратора»"


def doc_list(items: list[tuple[str, str]]) -> str:
    return ul(items, "docs")


def plain_menu(*items: tuple[str, str]) -> list[MenuItem]:
    return [(text, href, []) for text, href in items]


STD = {
    "main": "/",
    "sveden": "/sveden/",
    "docs": "/sveden/document/",
    "docs_folder": "/upload/sveden/",
    "news": "/news/",
    "contacts": "/kontakty/",
    "schedule": "/raspisanie/",
}
STD_MENU = [
    ("Главная", "/", []),
    ("Сведения об образовательной организации", "/sveden/", []),
    ("Новости", "/news/", []),
]
TAIL_MENU = [("Расписание", "/raspisanie/", []), ("Контакты", "/kontakty/", [])]


def roadmap_table(rows: tuple[str, ...]) -> str:
    head, *body = rows
    cells = [f"<tr>{''.join(f'<th>{h(c)}</th>' for c in head.split(' | '))}</tr>"]
    cells += [f"<tr>{''.join(f'<td>{h(c)}</td>' for c in row.split(' | '))}</tr>" for row in body]
    return f'<table class="roadmap" border="1">{"".join(cells)}</table>'


# ---- the schools ---------------------------------------------------------------------------------------------------


def s01() -> Site:
    b = Builder(
        "s01-constructor",
        "МБОУ СОШ № 3 г. Заречный",
        modern,
        [*STD_MENU, ("Наставничество", "/nastavnichestvo/", []), *TAIL_MENU],
    )
    standard(b, STD)
    d = "/nastavnichestvo/docs/"
    docs = [
        (T_ORDER, b.doc(d + "prikaz-vnedrenie-cmn.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (
            T_REG_STUD + " МБОУ СОШ № 3",
            b.doc(
                d + "polozhenie-obuchayushchiesya.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students"
            ),
        ),
        (
            T_REG_TEACH,
            b.doc(d + "polozhenie-pedagogi.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers"),
        ),
        (T_ROADMAP, b.doc(d + "dorozhnaya-karta-2024-2025.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")),
        (T_PROG_TT, b.doc(d + "programma-uchitel-uchitel.pdf", "pdf", "programme", T_PROG_TT, "school-programmes")),
        (T_PROG_SS, b.doc(d + "programma-uchenik-uchenik.pdf", "pdf", "programme", T_PROG_SS)),
        (T_PAIRS, b.doc(d + "prikaz-pary-2024.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (T_MON, b.doc(d + "monitoring-2024.pdf", "pdf", "monitoring", T_MON, "monitoring")),
    ]
    content = (
        "<p>Куратор внедрения целевой модели наставничества: Смирнова Елена Андреевна, заместитель директора по УВР."
        f"</p><h2>Нормативные документы</h2>{doc_list(docs)}"
    )
    b.page("/nastavnichestvo/", "Наставничество", content)
    return b.site(
        "Конструктор школьных сайтов: /sveden/, /nastavnichestvo/ в главном меню, все документы — PDF с "
        "текстовым слоем и полными названиями в ссылках"
    )


def s02() -> Site:
    art = "index.php?option=com_content&view=article&id={}&Itemid={}"
    section = art.format(123, 45)
    menu: list[MenuItem] = [
        ("Главная", "index.php", []),
        (
            "О школе",
            art.format(1, 101),
            [("Сведения об образовательной организации", art.format(2, 102)), ("История школы", art.format(3, 106))],
        ),
        (
            "Педагогам и сотрудникам",
            "index.php?option=com_content&view=category&id=9&Itemid=110",
            [
                ("Методическое объединение", art.format(20, 111)),
                ("Наставничество", section),
                ("Аттестация", art.format(21, 112)),
            ],
        ),
        ("Новости", "index.php?option=com_content&view=category&id=8&Itemid=103", []),
        ("Контакты", "index.php?option=com_contact&view=contact&id=1&Itemid=105", []),
    ]
    b = Builder("s02-joomla", "МАОУ «Гимназия № 5» г. Каменск", joomla, menu)
    main_page(b, "/", "index.php?option=com_content&view=category&id=8&Itemid=103")
    main_page(b, "/index.php", "index.php?option=com_content&view=category&id=8&Itemid=103")
    b.page("/" + art.format(1, 101), "О школе", "<p>Гимназия основана в 1962 году.</p>")
    sveden_page(b, "/" + art.format(2, 102))
    b.page("/" + art.format(3, 106), "История школы", "<p>История гимназии в фотографиях и воспоминаниях.</p>")
    b.page(
        "/index.php?option=com_content&view=category&id=9&Itemid=110",
        "Педагогам и сотрудникам",
        ul(
            [
                ("Методическое объединение", art.format(20, 111)),
                ("Наставничество", section),
                ("Аттестация", art.format(21, 112)),
            ]
        ),
    )
    b.page("/" + art.format(20, 111), "Методическое объединение", "<p>План работы методического объединения.</p>")
    b.page("/" + art.format(21, 112), "Аттестация", "<p>График аттестации педагогических работников.</p>")
    news_page(b, "/index.php?option=com_content&view=category&id=8&Itemid=103")
    contacts_page(b, "/index.php?option=com_contact&view=contact&id=1&Itemid=105")
    d = "images/docs/nastavnichestvo/"
    t_mon = "Результаты мониторинга реализации программы наставничества (2023-2024 учебный год)"
    t_plan = "План воспитательной работы на 2024-2025 учебный год"
    items = [
        (T_ORDER, b.doc("/" + d + "prikaz_132.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (
            T_REG_STUD,
            b.doc("/" + d + "polozhenie_obuch.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students"),
        ),
        (
            T_REG_TEACH,
            b.doc("/" + d + "polozhenie_ped.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers"),
        ),
        (T_ROADMAP, b.doc("/" + d + "dorozhnaya_karta.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")),
        (T_PAIRS, b.doc("/" + d + "prikaz_o_zakreplenii_par.docx", "docx", "pairs", T_PAIRS, "school-pairs-order")),
        (t_mon, b.doc("/" + d + "monitoring_2024.xlsx", "xlsx", "monitoring", t_mon, "monitoring")),
        (t_plan, b.doc("/images/docs/plan_vr_2024.pdf", "pdf", "eduplan", t_plan)),
    ]
    content = "".join(f"<p>{a(href[1:], title)}</p>" for title, href in items)  # relative to <base href>
    b.page("/" + section, "Наставничество", f"<p>Уважаемые коллеги! В разделе размещены документы.</p>{content}")
    return b.site(
        "Joomla 3: <base href>, относительные ссылки index.php?option=com_content&amp;…&Itemid=, раздел "
        "в меню «Педагогам и сотрудникам»; нет программ наставничества"
    )


def s03() -> Site:
    s = "{site}"
    menu: list[MenuItem] = [
        ("Главная", f"{s}/", []),
        ("Сведения об образовательной организации", f"{s}/?page_id=2", []),
        ("Наша школа", f"{s}/?page_id=10", [("История", f"{s}/?page_id=11"), ("Наставничество", f"{s}/?page_id=45")]),
        ("Новости", f"{s}/?cat=3", []),
        ("Контакты", f"{s}/?page_id=7", []),
    ]
    b = Builder("s03-wordpress", "МБОУ «СОШ № 12» г. Берёзовка", wordpress, menu)
    main_page(b, "/", f"{s}/?cat=3")
    sveden_page(b, "/?page_id=2")
    b.page("/?page_id=10", "Наша школа", ul([("История", f"{s}/?page_id=11"), ("Наставничество", f"{s}/?page_id=45")]))
    b.page("/?page_id=11", "История", "<p>Школа открыта в 1975 году.</p>")
    news_page(b, "/?cat=3")
    contacts_page(b, "/?page_id=7")
    u = "/wp-content/uploads/"
    t_reg = "Положение о наставничестве"
    t_prog = "Программы наставничества на 2024/2025 учебный год"
    items = [
        (
            T_ORDER_SHORT,
            b.doc(
                u + "2023/08/prikaz-o-vnedrenii-cmn.pdf",
                "pdf",
                "order-impl",
                T_ORDER_SHORT,
                "school-order-implementation",
            ),
        ),
        (
            t_reg,
            b.doc(
                u + "2023/09/polozhenie-o-nastavnichestve.pdf",
                "pdf",
                "reg-generic",
                t_reg,
                "school-regulation-students",
            ),
        ),
        (T_ROADMAP, b.doc(u + "2024/09/dorozhnaya-karta-2024-2025.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")),
        (t_prog, b.doc(u + "2024/09/programmy-nastavnichestva.docx", "docx", "programme", t_prog, "school-programmes")),
        (T_PAIRS, b.doc(u + "2024/09/prikaz-145-od.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (T_MON, b.doc(u + "2024/06/spravka-monitoring.pdf", "pdf", "monitoring", T_MON, "monitoring")),
    ]
    content = "".join(f'<p><strong>{h(t)}</strong><br><a href="{s}{href}">Скачать</a></p>' for t, href in items)
    b.page("/?page_id=45", "Наставничество", content)
    return b.site(
        "WordPress: абсолютные ссылки {site}/?page_id=N, файлы в /wp-content/uploads/, ссылки «Скачать» "
        "под заголовком; общее «Положение о наставничестве» (обучающиеся), нет положения о педагогах"
    )


def s04() -> Site:
    menu = plain_menu(
        ("Главная", "/"),
        ("Сведения об образовательной организации", "/index/svedenija_ob_obrazovatelnoj_organizacii/0-2"),
        ("Новости", "/news/"),
        ("Целевая модель наставничества", "/index/0-12"),
        ("Фотоальбом", "/photo/"),
        ("Контакты", "/index/0-3"),
    )
    b = Builder("s04-ucoz-1251", "МКОУ «Сосновская СОШ»", ucoz, menu, encoding="windows-1251")
    standard(
        b,
        {
            "main": "/",
            "sveden": "/index/svedenija_ob_obrazovatelnoj_organizacii/0-2",
            "news": "/news/",
            "contacts": "/index/0-3",
        },
    )
    b.page("/photo/", "Фотоальбом", "<p>Фотоальбомы: Последний звонок, Выпускной.</p>")
    t_order = "Приказ № 98 от 31.08.2023 «О внедрении целевой модели наставничества»"
    t_reg = "Положение о наставничестве педагогических работников и обучающихся"
    t_road = "Дорожная карта по внедрению целевой модели наставничества на 2024-2025 гг."
    t_prog = "Программа наставничества «Учитель – ученик» на 2024-2025 учебный год"
    t_pairs = "Приказ № 87 от 02.09.2024 о закреплении наставнических пар"
    t_mon = "Результаты мониторинга реализации целевой модели наставничества (май 2024)"
    items = [
        (t_order, b.doc("/_ld/0/15_prikaz_cmn.pdf", "scan", "", t_order, "school-order-implementation")),
        (
            t_reg,
            b.doc(
                "/_ld/0/16_polozhenie.pdf",
                "pdf",
                "reg-both",
                t_reg,
                ("school-regulation-students", "school-regulation-teachers"),
            ),
        ),
        (t_road, b.doc("/Dokumenty/dorozhnaja_karta.docx", "docx", "roadmap", t_road, "school-roadmap")),
        (t_prog, b.doc("/_ld/0/18_programma.pdf", "pdf", "programme", t_prog, "school-programmes")),
        (t_pairs, b.doc("/_ld/0/19_prikaz_pary.pdf", "scan", "", t_pairs, "school-pairs-order")),
        (t_mon, b.doc("/_ld/0/20_monitoring.pdf", "scan", "", t_mon, "monitoring")),
    ]
    rows = "".join(f"<tr><td>{i}</td><td>{a(href, t)}</td></tr>" for i, (t, href) in enumerate(items, 1))
    b.page(
        "/index/0-12",
        "Целевая модель наставничества",
        f'<table border="1" cellpadding="3"><tr><td>№</td><td>Документ</td></tr>{rows}</table>',
    )
    return b.site(
        "uCoz: /index/0-12, таблицы, windows-1251 в заголовке Content-Type; три скана без текста, одно "
        "положение и для педагогов, и для обучающихся"
    )


def s05() -> Site:
    section = "/page34567891.html"
    menu = plain_menu(
        ("О школе", "/page12345.html"),
        ("Сведения об ОО", "/page12346.html"),
        ("Новости", "/page12347.html"),
        ("Контакты", "/page12348.html"),
    )
    footer = (
        '<div class="t345__text t-descr">АНОО «Частная школа «Перспектива» · '
        f"{a(section, 'Наставничество')} · {a('/page12348.html', 'Контакты')} · "
        f"{a('/page12346.html', 'Сведения об образовательной организации')}</div>"
    )
    b = Builder("s05-tilda", "АНОО «Частная школа «Перспектива»", tilda, menu, footer=footer)
    standard(b, {"main": "/", "sveden": "/page12346.html", "news": "/page12347.html", "contacts": "/page12348.html"})
    b.page("/page12345.html", "О школе", "<div class='t-text'>Частная школа полного дня для 1–11 классов.</div>")
    t = "/tild3861-6434-4134-b836-356532613964/"
    items = [
        (T_ORDER, b.doc(t + "prikaz_vnedrenie.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (
            T_REG_STUD,
            b.doc(
                "/tild6231-3935-4634-a166-663136373937/polozhenie_obuch.pdf",
                "pdf",
                "reg-students",
                T_REG_STUD,
                "school-regulation-students",
            ),
        ),
        (
            T_REG_TEACH,
            b.doc(
                "/tild3136-6338-4561-b035-303964366166/polozhenie_ped.pdf",
                "pdf",
                "reg-teachers",
                T_REG_TEACH,
                "school-regulation-teachers",
            ),
        ),
        (
            T_ROADMAP,
            b.doc("/tild6661-3836-4032-b263-373036333461/dk.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap"),
        ),
        (
            T_PROG_SS,
            b.doc(
                "/tild3962-6437-4365-a562-623765313361/programma.pdf",
                "pdf",
                "programme",
                T_PROG_SS,
                "school-programmes",
            ),
        ),
        (
            T_PAIRS,
            b.doc("/tild6437-3365-4833-b533-326438636235/pary.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order"),
        ),
        (
            T_MON,
            b.doc("/tild3265-3531-4066-b061-396132386564/monitoring.pdf", "pdf", "monitoring", T_MON, "monitoring"),
        ),
    ]
    cards = "".join(
        f'<div class="t-col t-col_4"><div class="t-name t-name_md">{h(title)}</div>'
        f'<a href="{href}" target="_blank" class="t-btn t-btn_md"><span>Открыть</span></a></div>'
        for title, href in items
    )
    b.page(section, "Наставничество", f'<div class="t-container">{cards}</div>')
    return b.site(
        "Tilda: /page12345.html, файлы /tild…/x.pdf, кнопки «Открыть» под заголовками; раздел только в подвале (footer)"
    )


def s06() -> Site:
    b = Builder(
        "s06-file-cards",
        "МБОУ «Лицей № 2» г. Приозёрск",
        modern,
        [*STD_MENU, ("Наставничество", "/nastavnichestvo", []), *TAIL_MENU],
    )
    standard(b, STD)
    specs = [
        (101, T_ORDER, "pdf", "order-impl", "school-order-implementation", "prikaz_132-od.pdf", None),
        (
            102,
            T_REG_STUD,
            "docx",
            "reg-students",
            "school-regulation-students",
            "Polozhenie_o_nastavnichestve_obuchayushchihsya.docx",
            OCTET,
        ),
        (103, T_REG_TEACH, "pdf", "reg-teachers", "school-regulation-teachers", "Положение о наставничестве.pdf", None),
        (104, T_ROADMAP, "pdf", "roadmap", "school-roadmap", "dorozhnaya_karta_2024-2025.pdf", None),
        (105, T_PROG_TT, "pdf", "programme", "school-programmes", "programma_uchitel-uchitel.pdf", None),
        (106, T_PAIRS, "pdf", "pairs", "school-pairs-order", "prikaz_145-od.pdf", None),
        (107, T_MON, "pdf", "monitoring", "monitoring", "spravka_monitoring.pdf", None),
    ]
    cards = []
    for n, title, fmt, text, rule, filename, ctype in specs:
        download = b.doc(f"/file/download?id={n}", fmt, text, title, rule, content_type=ctype, filename=filename)
        card = (
            f'<div class="file-card"><h2>{h(title)}</h2><p>Дата размещения: 02.09.2024</p>'
            f'<p>Размер: {200 + n} КБ</p><p><a href="{download}" class="btn">Скачать файл</a></p>'
            '<p><a href="/nastavnichestvo">Вернуться в раздел</a></p></div>'
        )
        b.page(f"/file/card?id={n}", title, card)
        cards.append((title, f"/file/card?id={n}"))
    b.page("/nastavnichestvo", "Наставничество", f"<h2>Документы</h2>{doc_list(cards)}")
    return b.site(
        "Карточки файлов без расширений: /file/card?id=N (HTML с заголовком) → /file/download?id=N "
        "(application/pdf или octet-stream, Content-Disposition); truth — ссылки download"
    )


def s07() -> Site:
    menu: list[MenuItem] = [
        ("О школе", "/about/", [("Сведения об образовательной организации", "/sveden/")]),
        (
            "Деятельность",
            "/activity/",
            [("Наставничество", "/activity/nastavnichestvo/"), ("Проектная деятельность", "/activity/projects/")],
        ),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    b = Builder("s07-bitrix-extless", "ГБОУ Школа № 1520 имени Капцовых", bitrix, menu)
    b.add(
        "/robots.txt",
        Resource(
            b"User-agent: *\nDisallow: /bitrix/\nDisallow: /upload/tmp/\n", headers=(("Content-Type", "text/plain"),)
        ),
    )
    standard(b, {"main": "/", "sveden": "/sveden/", "news": "/news/", "contacts": "/contacts/"})
    b.page("/about/", "О школе", ul([("Сведения об образовательной организации", "/sveden/")]))
    b.page(
        "/activity/",
        "Деятельность",
        ul([("Наставничество", "/activity/nastavnichestvo/"), ("Проектная деятельность", "/activity/projects/")]),
    )
    b.page("/activity/projects/", "Проектная деятельность", "<p>Индивидуальные проекты обучающихся 9–11 классов.</p>")
    up = "/upload/iblock/"
    items = [
        (
            T_ORDER,
            b.doc(
                up + "ab1/ab1f0c3e2d9a4b7c8e6f5a4b3c2d1e0f",
                "pdf",
                "order-impl",
                T_ORDER,
                "school-order-implementation",
                filename="prikaz_132-od.pdf",
            ),
            "pdf, 212 КБ",
        ),
        (
            T_REG_STUD,
            b.doc(
                up + "3c7/3c7d2e1f0a9b8c7d6e5f4a3b2c1d0e9f",
                "pdf",
                "reg-students",
                T_REG_STUD,
                "school-regulation-students",
                filename="Положение о наставничестве обучающихся.pdf",
            ),
            "pdf, 245 КБ",
        ),
        (
            T_REG_TEACH,
            b.doc(
                up + "7e2/7e21b4c6d8f0a2c4e6b8d0f2a4c6e8b0",
                "pdf",
                "reg-teachers",
                T_REG_TEACH,
                "school-regulation-teachers",
            ),
            "pdf, 198 КБ",
        ),
        (
            T_ROADMAP,
            b.doc(
                up + "d41/d41d8cd98f00b204e9800998ecf8427e",
                "docx",
                "roadmap",
                T_ROADMAP,
                "school-roadmap",
                content_type=OCTET,
            ),
            "docx, 31 КБ",
        ),
        (
            T_PROG_TT,
            b.doc(
                up + "9a0/9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d",
                "pdf",
                "programme",
                T_PROG_TT,
                "school-programmes",
                content_type=OCTET,
            ),
            "pdf, 301 КБ",
        ),
        (
            T_PAIRS,
            b.doc(
                up + "5f5/5f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c",
                "pdf",
                "pairs",
                T_PAIRS,
                "school-pairs-order",
                content_type=OCTET,
                filename="prikaz_145-od.pdf",
            ),
            "pdf, 156 КБ",
        ),
        (
            T_MON_TABLE,
            b.doc(
                up + "0c1/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
                "xlsx",
                "monitoring",
                T_MON_TABLE,
                "monitoring",
                content_type="application/vnd.ms-excel",
            ),
            "xlsx, 12 КБ",
        ),
    ]
    lis = "".join(
        f'<li class="doc-item">{h(t)} <a href="{href}" target="_blank">({size})</a></li>' for t, href, size in items
    )
    b.page("/activity/nastavnichestvo/", "Наставничество", f'<ul class="doc-list">{lis}</ul>')
    return b.site(
        "1С-Битрикс: раздел «Деятельность» → «Наставничество», файлы /upload/iblock/… без расширения, "
        "ссылки «(pdf, 245 КБ)», часть с octet-stream или неверным типом (xlsx как vnd.ms-excel)"
    )


def s08() -> Site:
    menu = plain_menu(
        ("Главная", "/"),
        ("О школе", "/about.htm"),
        ("Новости", "/news.htm"),
        ("О наставничестве", "/nastav.htm"),
        ("Контакты", "/kontakt.htm"),
    )
    b = Builder(
        "s08-cp1251-meta",
        "МОУ Ивановская основная общеобразовательная школа",
        legacy,
        menu,
        encoding="windows-1251",
        charset_in_header=False,
    )
    standard(b, {"main": "/", "news": "/news.htm", "contacts": "/kontakt.htm"})
    b.page("/about.htm", "О школе", "<P>Школа работает с 1958 года.<P>Директор: Кузнецова Н. В.")
    t_reg = "Положение о наставничестве"
    t_plan = "План мероприятий (дорожная карта) по внедрению целевой модели наставничества на 2024-2025 учебный год"
    t_pairs = "Приказ о закреплении наставнических пар на 2024-2025 учебный год"
    order = b.doc("/docs/nastav/prikaz1.pdf", "pdf", "order-org", T_ORDER_ORG, "school-order-implementation")
    reg = b.doc("/docs/nastav/polozh.pdf", "pdf", "reg-generic", t_reg, "school-regulation-students")
    pairs = b.doc("/docs/nastav/prikaz_pary.docx", "docx", "pairs", t_pairs, "school-pairs-order")
    b.page("/nastav_plan.htm", t_plan, roadmap_table(TEXTS["roadmap"]), rule="school-roadmap")
    content = (
        f"<P><A HREF={order}>{h(T_ORDER_ORG)}</A><BR>\n<A HREF={reg}>{h(t_reg)}</A><BR>\n"
        f"<A HREF=/nastav_plan.htm>{h(t_plan)}</A><BR>\n<A HREF={pairs}>{h(t_pairs)}</A>\n"
    )
    b.page("/nastav.htm", "О наставничестве", content)
    return b.site(
        "Самодельный сайт 2000-х: windows-1251 только в <meta http-equiv>, в заголовке charset нет; "
        "дорожная карта — HTML-страница; нет положения о педагогах, программ, мониторинга"
    )


def s09() -> Site:
    menu = plain_menu(
        ("Главная", "/"),
        ("О школе", "/pages/about.html"),
        ("Новости", "/pages/news.html"),
        ("НАСТАВНИЧЕСТВО", "/pages/nastavnichestvo.html"),
        ("Контакты", "/pages/contacts.html"),
    )
    b = Builder("s09-koi8", "МОУ СОШ пос. Северный", legacy, menu, encoding="koi8-r")
    standard(b, {"main": "/", "news": "/pages/news.html", "contacts": "/pages/contacts.html"})
    b.page("/pages/about.html", "О школе", "<P>Школа в посёлке Северный, 140 обучающихся.")
    items = [
        (T_ORDER_SHORT, b.doc("/files/prikaz_cmn_scan.pdf", "scan", "", T_ORDER_SHORT, "school-order-implementation")),
        (
            T_REG_STUD,
            b.doc("/files/polozhenie_uch.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students"),
        ),
        (
            T_REG_TEACH,
            b.doc("/files/polozhenie_ped.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers"),
        ),
        (T_ROADMAP, b.doc("/files/dk_2024.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")),
        (T_PROG_TT, b.doc("/files/programma.pdf", "pdf", "programme", T_PROG_TT, "school-programmes")),
        (T_PAIRS, b.doc("/files/prikaz_pary.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (T_MON, b.doc("/files/monitoring.pdf", "pdf", "monitoring", T_MON, "monitoring")),
    ]
    content = "".join(f"<LI><A HREF={href}>{h(t)}</A>\n" for t, href in items)
    b.page("/pages/nastavnichestvo.html", "НАСТАВНИЧЕСТВО", f"<UL>\n{content}</UL>")
    return b.site(
        "Старый сайт в koi8-r (заголовок и meta), «НАСТАВНИЧЕСТВО» прописными, № и «» как &#…; ссылками; приказ — скан"
    )


def s10() -> Site:
    b = Builder(
        "s10-news-only",
        "МБОУ СОШ № 7 г. Каменск",
        modern,
        [*STD_MENU, ("Наставничество", "/nastavnichestvo/", []), *TAIL_MENU],
    )
    std = dict(STD)
    del std["news"]
    standard(b, std)
    n1, n2, n3, n4 = (
        "/news/2023/09/05/vnedrenie-celevoy-modeli/",
        "/news/2024/09/03/nastavnicheskie-pary/",
        "/news/2024/06/10/itogi-monitoringa/",
        "/news/2024/10/16/den-nastavnika/",
    )
    posts = [
        ("16.10.2024", "Встреча наставников и наставляемых", n4),
        ("03.09.2024", "Сформированы наставнические пары на новый учебный год", n2),
        ("10.06.2024", "Подведены итоги мониторинга программы наставничества", n3),
        ("05.09.2023", "В школе внедряется целевая модель наставничества", n1),
    ]
    news_page(b, "/news/", posts)
    f = "/upload/news/"
    order = b.doc(f + "2023/prikaz-101.pdf", "pdf", "order-impl", T_ORDER_2023, "school-order-implementation")
    reg = b.doc(f + "2023/polozhenie.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students")
    b.page(
        n1,
        "В школе внедряется целевая модель наставничества",
        f"<p>С 1 сентября в школе внедряется целевая модель наставничества. Подробнее — в "
        f"{a(order, 'приказе')} и в {a(reg, 'положении о наставничестве обучающихся')}.</p>",
    )
    pairs = b.doc(f + "2024/prikaz-145-od.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")
    road = b.doc(f + "2024/plan.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")
    b.page(
        n2,
        "Сформированы наставнические пары на новый учебный год",
        f"<p>Приказом директора закреплены 12 наставнических пар.</p><p>{a(pairs, 'Приказ о закреплении пар')}"
        f"</p><p>{a(road, 'План мероприятий на год')}</p>",
    )
    mon = b.doc(f + "2024/spravka.pdf", "pdf", "monitoring", T_MON, "monitoring")
    b.page(
        n3,
        "Подведены итоги мониторинга программы наставничества",
        f"<p>Удовлетворённость участников программой — 90 %. {a(mon, 'Аналитическая справка')}</p>",
    )
    b.page(n4, "Встреча наставников и наставляемых", "<p>В школе прошла встреча наставников и наставляемых.</p>")
    lst = "".join(f'<div class="news"><span>{d}</span> {a(href, t)}</div>' for d, t, href in posts)
    b.page("/nastavnichestvo/", "Наставничество", f"<p>Новости раздела:</p>{lst}")
    return b.site(
        "Документы только в новостях: раздел — лента новостей, приказы по ссылкам из текста новостей; "
        "нет положения о педагогах и программ"
    )


def s11() -> Site:
    section = "/nacproekty/celevaya-model-nastavnichestva/"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", []),
        (
            "Национальные проекты",
            "#",
            [
                ("Точка роста", "/nacproekty/tochka-rosta/"),
                ("Успех каждого ребёнка", "/nacproekty/uspeh/"),
                ("Целевая модель наставничества", section),
            ],
        ),
        ("Новости", "/news/", []),
        ("Контакты", "/kontakty/", []),
    ]
    b = Builder("s11-natsproekty", "МБОУ «Центр образования № 1» г. Заречный", modern, menu)
    standard(b, STD)
    b.page("/nacproekty/tochka-rosta/", "Точка роста", "<p>Центр образования естественно-научной направленности.</p>")
    b.page("/nacproekty/uspeh/", "Успех каждого ребёнка", "<p>Дополнительное образование: 12 кружков.</p>")
    f = "/upload/cmn/"
    t_mon = "Результаты мониторинга реализации целевой модели наставничества за 2023-2024 учебный год"
    t_prog3 = "Программа наставничества «Работодатель – ученик»"
    items = [
        (T_ORDER, b.doc(f + "prikaz.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (T_REG_STUD, b.doc(f + "polozhenie-1.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students")),
        (T_REG_TEACH, b.doc(f + "polozhenie-2.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers")),
        (T_ROADMAP, b.doc(f + "dk.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")),
        (T_PROG_SS, b.doc(f + "programma-1.pdf", "pdf", "programme", T_PROG_SS, "school-programmes")),
        (T_PROG_TT, b.doc(f + "programma-2.pdf", "pdf", "programme", T_PROG_TT)),
        (t_prog3, b.doc(f + "programma-3.pdf", "pdf", "programme", t_prog3)),
        (T_PAIRS, b.doc(f + "pary.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (t_mon, b.doc(f + "monitoring.xlsx", "xlsx", "monitoring", t_mon, "monitoring")),
    ]
    b.page(section, "Целевая модель наставничества", doc_list(items))
    return b.site(
        "Раздел в меню «Национальные проекты» → «Целевая модель наставничества» (родитель href=#), "
        "три программы, мониторинг в XLSX"
    )


def s12() -> Site:
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", []),
        (
            "Деятельность",
            "#",
            [
                ("Воспитательная работа", "/deyatelnost/vospitanie/"),
                ("ЦМН", "/deyatelnost/cmn/"),
                ("ГИА", "/deyatelnost/gia/"),
            ],
        ),
        ("Новости", "/news/", []),
        ("Контакты", "/kontakty/", []),
    ]
    b = Builder("s12-cmn-abbr", "МБОУ СОШ № 15 им. А. С. Пушкина", modern, menu)
    standard(b, STD)
    t_plan = "План воспитательной работы на 2024-2025 учебный год"
    t_gia = "Дорожная карта по подготовке к государственной итоговой аттестации в 2025 году"
    t_vpr = "Мониторинг результатов ВПР (весна 2024)"
    b.page(
        "/deyatelnost/vospitanie/",
        "Воспитательная работа",
        doc_list([(t_plan, b.doc("/deyatelnost/vospitanie/plan.pdf", "pdf", "eduplan", t_plan))]),
    )
    b.page(
        "/deyatelnost/gia/",
        "ГИА",
        doc_list(
            [
                (t_gia, b.doc("/deyatelnost/gia/dorozhnaya-karta-gia.pdf", "pdf", "gia-roadmap", t_gia)),
                (t_vpr, b.doc("/deyatelnost/gia/monitoring-vpr.pdf", "pdf", "vpr", t_vpr)),
            ]
        ),
    )
    f = "/deyatelnost/cmn/docs/"
    items = [
        (T_ORDER, b.doc(f + "prikaz.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (
            T_REG_STUD,
            b.doc(f + "polozhenie-obuch.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students"),
        ),
        (
            T_REG_TEACH,
            b.doc(f + "polozhenie-ped.docx", "docx", "reg-teachers", T_REG_TEACH, "school-regulation-teachers"),
        ),
        (T_PROG_TT, b.doc(f + "programma.pdf", "pdf", "programme", T_PROG_TT, "school-programmes")),
        (T_PAIRS, b.doc(f + "pary.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
    ]
    relative = [(t, href.removeprefix("/deyatelnost/cmn/")) for t, href in items]  # docs/x.pdf, relative
    b.page("/deyatelnost/cmn/", "ЦМН", f"<p>Целевая модель наставничества (ЦМН).</p>{doc_list(relative)}")
    return b.site(
        "Пункт меню «ЦМН» в «Деятельность», относительные ссылки docs/x.pdf; рядом (ГИА) ловушки: "
        "«Дорожная карта по подготовке к ГИА», «Мониторинг ВПР»; нет дорожной карты и мониторинга ЦМН"
    )


def s13() -> Site:
    section = "/nasha-shkola/nastavnichestvo/"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Наша школа", "/nasha-shkola/", [("История", "/nasha-shkola/istoriya/"), ("НАСТАВНИЧЕСТВО", section)]),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Новости", "/news/", []),
        ("Контакты", "/kontakty/", []),
    ]
    b = Builder("s13-caps-scans", "МКОУ «Лесновская СОШ»", modern, menu)
    standard(b, STD)
    b.page("/nasha-shkola/", "Наша школа", ul([("История", "/nasha-shkola/istoriya/"), ("НАСТАВНИЧЕСТВО", section)]))
    b.page("/nasha-shkola/istoriya/", "История", "<p>Школа основана в 1936 году.</p>")
    specs = [
        ("ПРИКАЗ О ВНЕДРЕНИИ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА", "school-order-implementation"),
        ("ПОЛОЖЕНИЕ О НАСТАВНИЧЕСТВЕ ОБУЧАЮЩИХСЯ", "school-regulation-students"),
        ("ПОЛОЖЕНИЕ О НАСТАВНИЧЕСТВЕ ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ", "school-regulation-teachers"),
        ("ДОРОЖНАЯ КАРТА ПО РЕАЛИЗАЦИИ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА", "school-roadmap"),
        ("ПРОГРАММА НАСТАВНИЧЕСТВА", "school-programmes"),
        ("ПРИКАЗ О ЗАКРЕПЛЕНИИ НАСТАВНИЧЕСКИХ ПАР", "school-pairs-order"),
        ("РЕЗУЛЬТАТЫ МОНИТОРИНГА ПРОГРАММЫ НАСТАВНИЧЕСТВА", "monitoring"),
    ]
    items = [(t, b.doc(f"/files/scan/scan_{i:04d}.pdf", "scan", "", t, rule)) for i, (t, rule) in enumerate(specs, 1)]
    b.page(section, "НАСТАВНИЧЕСТВО", doc_list(items))
    return b.site(
        "«НАСТАВНИЧЕСТВО» прописными в «Наша школа»; все документы — сканы без текстового слоя "
        "(scan_0001.pdf…), название только в тексте ссылки"
    )


def s14() -> Site:
    root = "/nastavnichestvo/"
    subs = [
        ("Нормативные документы", root + "normativnye-dokumenty/"),
        ("Дорожная карта", root + "dorozhnaya-karta/"),
        ("Программы", root + "programmy/"),
        ("Мониторинг", root + "monitoring/"),
    ]
    b = Builder(
        "s14-subpages", "МАОУ СОШ № 44 г. Приозёрск", modern, [*STD_MENU, ("Наставничество", root, subs), *TAIL_MENU]
    )
    standard(b, STD)
    b.page(root, "Наставничество", f"<p>Целевая модель наставничества в школе.</p>{ul(subs)}")
    f = "/upload/nastavnichestvo/"
    norm = [
        (T_ORDER, b.doc(f + "prikaz.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (
            T_REG_STUD,
            b.doc(f + "polozhenie-obuch.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students"),
        ),
        (
            T_REG_TEACH,
            b.doc(f + "polozhenie-ped.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers"),
        ),
        (T_PAIRS, b.doc(f + "pary.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
    ]
    b.page(subs[0][1], "Нормативные документы", doc_list(norm))
    b.page(subs[1][1], T_ROADMAP, roadmap_table(TEXTS["roadmap"]), rule="school-roadmap")
    progs = [
        (T_PROG_TT, b.doc(f + "programma-uu.docx", "docx", "programme", T_PROG_TT, "school-programmes")),
        (T_PROG_SS, b.doc(f + "programma-uchu.docx", "docx", "programme", T_PROG_SS)),
    ]
    b.page(subs[2][1], "Программы", doc_list(progs))
    t_mon = "Результаты мониторинга реализации программ наставничества"
    t_bank = "Банк наставников"
    mon = [
        (t_mon, b.doc(f + "monitoring.xlsx", "xlsx", "monitoring", t_mon, "monitoring")),
        (t_bank, b.doc(f + "bank.xlsx", "xlsx", "bank", t_bank)),
    ]
    b.page(subs[3][1], "Мониторинг", doc_list(mon))
    return b.site(
        "Раздел на подстраницах: Нормативные документы / Дорожная карта (HTML-таблица — это и есть "
        "дорожная карта) / Программы (DOCX) / Мониторинг (XLSX, и банк наставников — не мониторинг)"
    )


def s15() -> Site:
    section = "/metodicheskaya-rabota/sistema-nastavnichestva/"
    menu: list[MenuItem] = [
        *STD_MENU,
        (
            "Методическая работа",
            "/metodicheskaya-rabota/",
            [
                ("Методические объединения", "/metodicheskaya-rabota/mo/"),
                ("Система наставничества педагогических работников", section),
                ("Аттестация", "/metodicheskaya-rabota/attestaciya/"),
            ],
        ),
        *TAIL_MENU,
    ]
    b = Builder("s15-methodical-docx", "МБОУ «Гимназия № 9» г. Берёзовка", modern, menu)
    standard(b, STD)
    b.page("/metodicheskaya-rabota/", "Методическая работа", "<p>Методическая работа в гимназии.</p>")
    b.page("/metodicheskaya-rabota/mo/", "Методические объединения", "<p>ШМО учителей начальных классов.</p>")
    b.page("/metodicheskaya-rabota/attestaciya/", "Аттестация", "<p>График аттестации.</p>")
    f = "/files/metod/"
    t_reg = "Положение о наставничестве педагогических работников"
    t_road = (
        "План мероприятий (дорожная карта) по реализации системы наставничества педагогических работников "
        "на 2024/2025 учебный год"
    )
    t_pairs = "Приказ о закреплении наставников за молодыми специалистами на 2024-2025 учебный год"
    items = [
        (
            T_ORDER_ORG,
            b.doc(
                f + "Prikaz_ob_organizacii_nastavnichestva.docx",
                "docx",
                "order-org",
                T_ORDER_ORG,
                "school-order-implementation",
            ),
        ),
        (
            t_reg,
            b.doc(
                f + "Polozhenie_o_nastavnichestve_pedagogov.docx",
                "docx",
                "reg-teachers",
                t_reg,
                "school-regulation-teachers",
            ),
        ),
        (t_road, b.doc(f + "Plan_meropriyatiy_nastavnichestvo.docx", "docx", "roadmap", t_road, "school-roadmap")),
        (T_PROG_TT, b.doc(f + "Programma_uchitel-uchitel.docx", "docx", "programme", T_PROG_TT, "school-programmes")),
        (
            t_pairs,
            b.doc(
                f + "Prikaz_o_zakreplenii_nastavnikov.docx",
                "docx",
                "pairs",
                t_pairs,
                "school-pairs-order",
                content_type=OCTET,
            ),
        ),
    ]
    b.page(section, "Система наставничества педагогических работников", doc_list(items))
    return b.site(
        "«Методическая работа» → «Система наставничества педагогических работников»: только педагоги, "
        "DOCX с транслитом в именах (один как octet-stream); нет положения об обучающихся и мониторинга"
    )


def s16() -> Site:
    b = Builder(
        "s16-dead-links",
        "МБОУ СОШ № 21 г. Каменск",
        modern,
        [*STD_MENU, ("Наставничество", "/nastavnichestvo/", []), *TAIL_MENU],
    )
    standard(b, STD)
    f = "/upload/docs/"
    b.html_raw(f + "dorozhnaya-karta-2024.pdf", ERROR_PAGE_200.decode())  # 200, but an HTML error page
    items = [
        (T_ORDER, b.doc(f + "prikaz-132.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (T_REG_STUD, f + "polozhenie-obuchayushchihsya.pdf"),  # dead link: 404
        (
            T_REG_TEACH,
            b.doc(f + "polozhenie-ped.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers"),
        ),
        (T_ROADMAP, f + "dorozhnaya-karta-2024.pdf"),
        (T_PROG_TT, b.doc(f + "programma.pdf", "pdf", "programme", T_PROG_TT, "school-programmes")),
        (T_PAIRS, b.doc(f + "prikaz-145.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (T_MON, b.doc(f + "monitoring.pdf", "pdf", "monitoring", T_MON, "monitoring")),
    ]
    b.page("/nastavnichestvo/", "Наставничество", doc_list(items))
    return b.site(
        "Битые ссылки: положение об обучающихся отвечает 404, дорожная карта — HTML-страница ошибки с "
        "кодом 200 вместо PDF; оба правила не выполнены"
    )


def s17() -> Site:
    menu = plain_menu(
        ("Главная", "/"),
        ("Сведения", "/sveden.php"),
        ("Новости", "/news.php"),
        ("Наставничество", "/nastavnichestvo.php"),
        ("Контакты", "/contacts.php"),
    )
    b = Builder("s17-broken-html", "МКОУ СОШ с. Покровка", legacy, menu)
    standard(b, {"main": "/", "sveden": "/sveden.php", "news": "/news.php", "contacts": "/contacts.php"})
    f = "/files/nastav/"
    order = b.doc(f + "prikaz_vnedrenie.pdf", "pdf", "order-impl", T_ORDER_SHORT, "school-order-implementation")
    stud = b.doc(f + "polozhenie_obuch.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students")
    ped = b.doc(f + "polozhenie_ped.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers")
    road = b.doc(f + "dk.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")
    prog = b.doc(f + "programma.pdf", "pdf", "programme", T_PROG_TT, "school-programmes")
    pairs = b.doc(f + "pary.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")
    mon = b.doc(f + "monitoring.pdf", "pdf", "monitoring", T_MON, "monitoring")
    content = f"""<div class=docs>
<p><b>Документы по наставничеству
<ul>
<li><a href={order} class=doc>{h(T_ORDER_SHORT)}</a>
<li><a href='{stud}'>{h(T_REG_STUD)}</a> (новая редакция)
<li><a href="{f}old/polozhenie_obuch_2021.pdf">{h(T_REG_STUD)} (редакция 2021 г.)</a>
</div></div>
<li><a href={ped}>{h(T_REG_TEACH)}</a>
<li><a href={road} target=_blank>{h(T_ROADMAP)}</a></li></li>
</ul></b>
<table border=1><tr><td><a href={prog}>{h(T_PROG_TT)}</td>
<td><a href={pairs}>{h(T_PAIRS)}</a>
</table>
<!-- <a href="{f}old/monitoring_2022.pdf">Мониторинг 2022</a> -->
<p><a href={mon}>{h(T_MON)}<p>
<span style="color:red">Ответственный: <b>Смирнова Е. А.</span></b>
</div>"""
    b.page("/nastavnichestvo.php", "Наставничество", content)
    return b.site(
        "Сломанный HTML: незакрытые <li>/<a>/<p>, лишние </div>, атрибуты без кавычек, ссылка в "
        "комментарии; старая редакция положения — 404, рабочая копия рядом (truth — рабочая)"
    )


def s18() -> Site:
    menu = [*STD_MENU, ("Документы", "/dokumenty/", []), *TAIL_MENU]
    b = Builder("s18-no-section", "МБОУ ООШ № 4 г. Берёзовка", modern, menu)
    standard(b, STD)
    t_med = "Положение о школьной службе медиации"
    t_reg = "Приказ о режиме работы школы в 2024/2025 учебном году"
    t_plan = "План воспитательной работы на 2024-2025 учебный год"
    items = [
        (t_med, b.doc("/dokumenty/polozhenie-mediaciya.docx", "docx", "mediation", t_med)),
        (t_reg, b.doc("/dokumenty/prikaz-rezhim.pdf", "pdf", "regime", t_reg)),
        (t_plan, b.doc("/dokumenty/plan-vr.pdf", "pdf", "eduplan", t_plan)),
    ]
    b.page("/dokumenty/", "Документы", doc_list(items))
    return b.site(
        "Нет раздела о наставничестве: обычные страницы и документы-ловушки (медиация, режим работы, "
        "план ВР, программа развития)",
        "no_section",
    )


def s19() -> Site:
    b = Builder(
        "s19-nastavnik-in-news",
        "МБОУ СОШ № 2 пос. Октябрьский",
        modern,
        [*STD_MENU, ("Спорт", "/sport/", []), *TAIL_MENU],
    )
    std = dict(STD)
    del std["news"]
    standard(b, std)
    p1, p2 = "/news/yubiley-veterana/", "/news/turnir-po-mini-futbolu/"
    news_page(
        b,
        "/news/",
        [("12.10.2024", "Юбилей ветерана педагогического труда", p1), ("20.09.2024", "Турнир по мини-футболу", p2)],
    )
    b.page(
        p1,
        "Юбилей ветерана педагогического труда",
        "<p>Мария Ивановна Соколова, учитель начальных классов, наставник нескольких поколений молодых учителей, "
        "отметила 80-летний юбилей. Коллектив школы поздравляет своего наставника!</p>",
    )
    b.page(
        p2,
        "Турнир по мини-футболу",
        "<p>Команда школы заняла второе место. Тренер-наставник команды — учитель физкультуры П. Д. Егоров.</p>",
    )
    b.page("/sport/", "Спорт", "<p>Школьный спортивный клуб «Олимп».</p>")
    return b.site("Слово «наставник» только в новостях (юбилей ветерана, тренер-наставник) — раздела нет", "no_section")


def s20() -> Site:
    section = "/o-shkole/nastavnichestvo/"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        (
            "О школе",
            "/o-shkole/",
            [("Сведения об образовательной организации", "/sveden/"), ("Наставничество", section)],
        ),
        ("Новости", "/news/", []),
        *TAIL_MENU,
    ]
    b = Builder("s20-generic-links", "МБОУ «СОШ № 30» г. Заречный", modern, menu)
    standard(b, STD)
    b.page("/o-shkole/", "О школе", ul([("Наставничество", section)]))
    f = "/upload/medialibrary/nastav/"
    t_med = "Положение о школьной службе медиации"
    t_reg = "Приказ о режиме работы"
    order = b.doc(f + "a1.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")
    stud = b.doc(f + "a2.pdf", "pdf", "reg-students", T_REG_STUD + " МБОУ «СОШ № 30»", "school-regulation-students")
    ped = b.doc(f + "a3.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers")
    med = b.doc(f + "a4.docx", "docx", "mediation", t_med)
    reg = b.doc(f + "a5.pdf", "pdf", "regime", t_reg)
    road = b.doc(f + "b1.docx", "docx", "roadmap", T_ROADMAP, "school-roadmap")
    prog = b.doc(f + "b2.pdf", "pdf", "programme", T_PROG_TT, "school-programmes")
    pairs = b.doc(f + "b3.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")
    mon = b.doc(f + "b4.xlsx", "xlsx", "monitoring", T_MON_TABLE, "monitoring")
    rows = [
        (T_ORDER, "30.08.2024", order, "Скачать"),
        (T_REG_STUD + " МБОУ «СОШ № 30»", "30.08.2024", stud, "Открыть"),
        (T_REG_TEACH, "30.08.2024", ped, "Скачать"),
        (t_med, "01.09.2023", med, "Скачать"),
        (t_reg, "01.09.2024", reg, "Открыть"),
    ]
    table = "".join(f"<tr><td>{h(t)}</td><td>{d}</td><td>{a(href, link)}</td></tr>" for t, d, href, link in rows)
    content = (
        f'<h2>Нормативная база</h2><table class="docs"><tr><th>Наименование документа</th><th>Дата</th><th>Файл</th>'
        f"</tr>{table}</table>"
        f"<h3>{h(T_ROADMAP)}</h3><p>{a(road, 'Подробнее')}</p>"
        f"<h3>{h(T_PROG_TT)}</h3><p>{a(prog, 'Подробнее')}</p>"
        f"<ul><li>{h(T_PAIRS)} {a(pairs, '(pdf, 245 КБ)')}</li><li>{h(T_MON_TABLE)} {a(mon, '(xlsx, 14 КБ)')}</li></ul>"
    )
    b.page(section, "Наставничество", content)
    return b.site(
        "Безликие тексты ссылок «Скачать», «Открыть», «Подробнее», «(pdf, 245 КБ)»: название в ячейке "
        "таблицы, заголовке h3 или пункте списка; в той же таблице медиация и режим работы"
    )


def s21() -> Site:
    b = Builder(
        "s21-thin-distractors",
        "МБОУ СОШ № 8 г. Каменск",
        bitrix,
        [*STD_MENU, ("Наставничество", "/nastavnichestvo/", []), *TAIL_MENU],
    )
    standard(b, STD)
    f = "/upload/nastav/"
    t_prof = "Приказ о назначении куратора профориентационной работы (профминимум) на 2024/2025 учебный год"
    t_dev = "Программа развития школы на 2021-2025 гг."
    t_med = "Положение о школьной службе медиации"
    t_plan = "План воспитательной работы на 2024-2025 учебный год"
    items = [
        (
            T_REG_TEACH,
            b.doc(f + "polozhenie-ped.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers"),
        ),
        (T_ROADMAP, b.doc(f + "dk-2024.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")),
        (t_prof, b.doc(f + "prikaz-kurator-proforientaciya.pdf", "pdf", "prof-curator", t_prof)),
        (t_dev, b.doc(f + "programma-razvitiya.pdf", "pdf", "devprog", t_dev)),
        (t_med, b.doc(f + "mediaciya.docx", "docx", "mediation", t_med)),
        (t_plan, b.doc(f + "plan-vr.pdf", "pdf", "eduplan", t_plan)),
        (T_PAIRS, f + "prikaz_pary_2024.pdf"),  # dead link: 404
    ]
    b.page("/nastavnichestvo/", "Наставничество", doc_list(items))
    return b.site(
        "Тонкий раздел с ловушками (куратор профминимума, программа развития, медиация, план ВР) и "
        "битой ссылкой на приказ о парах (404): есть только положение о педагогах и дорожная карта"
    )


def s22() -> Site:
    section = "/наставничество/"
    encoded = "/%D0%BD%D0%B0%D1%81%D1%82%D0%B0%D0%B2%D0%BD%D0%B8%D1%87%D0%B5%D1%81%D1%82%D0%B2%D0%BE/"
    b = Builder(
        "s22-cyrillic-path",
        "МБОУ СОШ № 6 г. Сосновый Бор",
        modern,
        [*STD_MENU, ("О наставничестве", encoded, []), *TAIL_MENU],
    )
    main_page(b, "/", "/news/", f'<p class="banner"><a href="{section}">Целевая модель наставничества</a></p>')
    std = dict(STD)
    del std["main"]
    standard(b, std)
    specs = [
        ("Приказ о внедрении ЦМН.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation"),
        ("Положение о наставничестве обучающихся.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students"),
        (
            "Положение о наставничестве педагогов.pdf",
            "pdf",
            "reg-teachers",
            "Положение о наставничестве педагогов",
            "school-regulation-teachers",
        ),
        ("Дорожная карта 2024-2025.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap"),
        ("Программа Учитель-учитель.docx", "docx", "programme", T_PROG_TT, "school-programmes"),
        ("Приказ о закреплении пар.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order"),
        ("Мониторинг 2024.pdf", "pdf", "monitoring", T_MON, "monitoring"),
    ]
    links = []
    for filename, fmt, text, title, rule in specs:
        b.doc("/files/" + filename, fmt, text, title, rule)
        href = "/files/" + quote(filename)
        links.append(f"<li><a href='{href}'>{h(title)}</a></li>")
    b.page(section, "О наставничестве", f"<ul>{''.join(links)}</ul>")
    return b.site(
        "Кириллица в путях: раздел /наставничество/ (в меню percent-encoded, в баннере как есть), файлы "
        "с пробелами и кириллицей в именах; пункт меню «О наставничестве»"
    )


def s23() -> Site:
    section = "/obrazovanie/nastavnichestvo.html"
    sidebar = f'<div class="block"><h3>Полезные ссылки</h3>{ul([("Наставничество в школе", section), ("Электронный дневник", "https://dnevnik.ru/"), ("Горячая линия", "/svedeniya/hotline.html")])}</div>'  # noqa: E501
    menu = plain_menu(
        ("Главная", "/"),
        ("Сведения об образовательной организации", "/svedeniya/"),
        ("Новости", "/novosti/"),
        ("Контакты", "/kontakty.html"),
    )
    b = Builder("s23-svedeniya-sidebar", "МБОУ «СОШ № 10» г. Приозёрск", modern, menu, sidebar=sidebar)
    standard(
        b,
        {
            "main": "/",
            "sveden": "/svedeniya/",
            "docs": "/svedeniya/dokumenty.html",
            "docs_folder": "/svedeniya/files/",
            "news": "/novosti/",
            "contacts": "/kontakty.html",
        },
    )
    b.page("/svedeniya/hotline.html", "Горячая линия", "<p>Телефон горячей линии: 8 (800) 000-00-00.</p>")
    f = "/svedeniya/files/nastavnichestvo/"
    t_mon = "Результаты мониторинга реализации программ наставничества в 2023/2024 учебном году"
    t_progs = "Программы наставничества (формы «ученик – ученик», «учитель – учитель»)"
    items = [
        (T_ORDER, b.doc(f + "1.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (T_REG_STUD, b.doc(f + "2.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students")),
        (T_REG_TEACH, b.doc(f + "3.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers")),
        (T_ROADMAP, b.doc(f + "4.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")),
        (t_progs, b.doc(f + "5.docx", "docx", "programme", t_progs, "school-programmes")),
        (T_PAIRS, b.doc(f + "6.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (t_mon, b.doc(f + "7.docx", "docx", "monitoring", t_mon, "monitoring")),
    ]
    b.page(section, "Наставничество в школе", doc_list(items))
    return b.site(
        "Конструктор /svedeniya/…, раздел /obrazovanie/nastavnichestvo.html «Наставничество в школе» "
        "только в боковой колонке «Полезные ссылки»"
    )


def s24() -> Site:
    sidebar = f'<div class="widget"><h4>Педагогам</h4>{ul([("наставничество", "/pages/1834"), ("аттестация", "/pages/1835")])}</div>'  # noqa: E501
    menu = plain_menu(
        ("Главная", "/"), ("Сведения об ОО", "/pages/1002"), ("Новости", "/pages/1003"), ("Контакты", "/pages/1004")
    )
    b = Builder("s24-numeric", "МКОУ «Берёзовская СОШ № 1»", modern, menu, sidebar=sidebar)
    standard(b, {"main": "/", "sveden": "/pages/1002", "news": "/pages/1003", "contacts": "/pages/1004"})
    b.page("/pages/1835", "Аттестация", "<p>Аттестация педагогических работников.</p>")
    b.page("/pages/1902", T_ROADMAP, roadmap_table(TEXTS["roadmap"]), rule="school-roadmap")
    items = [
        (T_ORDER, b.doc("/docs/5521.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (T_REG_STUD, b.doc("/docs/5522.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students")),
        (T_REG_TEACH, b.doc("/docs/5523.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers")),
        (T_ROADMAP, "/pages/1902"),
        (T_PROG_SS, b.doc("/docs/5525.pdf", "pdf", "programme", T_PROG_SS, "school-programmes")),
        (T_PAIRS, b.doc("/docs/5526.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (T_MON_TABLE, b.doc("/docs/5530.xlsx", "xlsx", "monitoring", T_MON_TABLE, "monitoring")),
    ]
    b.page("/pages/1834", "наставничество", doc_list(items))
    return b.site(
        "Числовые пути /pages/1834, /docs/5521.pdf; «наставничество» строчными в боковом виджете "
        "«Педагогам»; дорожная карта — HTML-страница /pages/1902"
    )


def s25() -> Site:
    section = "/index/materialy_po_nastavnichestvu/0-25"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об ОО", "/index/0-2", []),
        ("Педагогам", "/index/0-20", [("Материалы по наставничеству", section), ("Аттестация", "/index/0-21")]),
        ("Новости", "/news/", []),
        ("Контакты", "/index/0-3", []),
    ]
    b = Builder("s25-generic-regulation", "МБОУ СОШ № 5 с. Никольское", ucoz, menu)
    standard(b, {"main": "/", "sveden": "/index/0-2", "news": "/news/", "contacts": "/index/0-3"})
    b.page("/index/0-20", "Педагогам", ul([("Материалы по наставничеству", section), ("Аттестация", "/index/0-21")]))
    b.page("/index/0-21", "Аттестация", "<p>Аттестация педагогов.</p>")
    t_reg = "Положение о целевой модели наставничества"
    t_road = "План мероприятий (дорожная карта) по реализации целевой модели наставничества на 2024/2025 учебный год"
    t_prog = "Программа наставничества (формы «ученик – ученик», «учитель – ученик»)"
    t_pairs = "Приказ о закреплении наставников за наставляемыми на 2024/2025 учебный год"
    t_mon = "Результаты мониторинга эффективности программы наставничества за 2023/2024 учебный год"
    items = [
        (T_ORDER_ORG, b.doc("/_ld/1/101_prikaz.pdf", "pdf", "order-org", T_ORDER_ORG, "school-order-implementation")),
        (t_reg, b.doc("/_ld/1/102_polozhenie.pdf", "pdf", "reg-generic", t_reg, "school-regulation-students")),
        (t_road, b.doc("/_ld/1/103_plan.docx", "docx", "roadmap", t_road, "school-roadmap")),
        (t_prog, b.doc("/_ld/1/104_programma.pdf", "pdf", "programme", t_prog, "school-programmes")),
        (t_pairs, b.doc("/_ld/1/105_prikaz.pdf", "pdf", "pairs", t_pairs, "school-pairs-order")),
        (t_mon, b.doc("/_ld/1/106_monitoring.pdf", "pdf", "monitoring", t_mon, "monitoring")),
    ]
    b.page(section, "Материалы по наставничеству", doc_list(items))
    return b.site(
        "uCoz (UTF-8): «Педагогам» → «Материалы по наставничеству»; общее «Положение о целевой модели "
        "наставничества» (обучающиеся), приказ «об организации наставничества»; нет положения о педагогах"
    )


def s26() -> Site:
    b = Builder(
        "s26-redirects",
        "МБОУ «Школа № 17» г. Заречный",
        modern,
        [
            ("Главная", "/main/", []),
            ("Сведения об образовательной организации", "/sveden/", []),
            ("Новости", "/news/", []),
            ("Наставничество", "/nastavnichestvo", []),
            *TAIL_MENU,
        ],
    )
    b.main = "/main/"
    b.redirect("/", "{site}/main/", 302)
    std = dict(STD)
    std["main"] = "/main/"
    standard(b, std)
    b.redirect("/nastavnichestvo", "/nastavnichestvo/")
    f = "/upload/2024/"
    order = b.doc(f + "prikaz-vnedrenie.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")
    b.redirect("/docs/old/prikaz.pdf", order)
    road = b.doc(f + "dorozhnaya-karta.pdf", "pdf", "roadmap", T_ROADMAP, "school-roadmap")
    b.redirect("/docs/old/dk.pdf", "{site}" + road, 302)
    items = [
        (T_ORDER, "/docs/old/prikaz.pdf"),
        (
            T_REG_STUD,
            b.doc(f + "polozhenie-obuch.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students"),
        ),
        (
            T_REG_TEACH,
            b.doc(f + "polozhenie-ped.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers"),
        ),
        (T_ROADMAP, "/docs/old/dk.pdf"),
        (T_PROG_TT, b.doc(f + "programma.pdf", "pdf", "programme", T_PROG_TT, "school-programmes")),
        (T_PAIRS, b.doc(f + "pary.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (T_MON, b.doc(f + "monitoring.pdf", "pdf", "monitoring", T_MON, "monitoring")),
    ]
    b.page("/nastavnichestvo/", "Наставничество", doc_list(items))
    return b.site(
        "Переадресации: / → 302 → {site}/main/, /nastavnichestvo → 301 → /nastavnichestvo/, две "
        "ссылки на документы через 301/302 (truth — конечный адрес)"
    )


def s27() -> Site:
    b = Builder(
        "s27-empty-section",
        "МКОУ «Ключевская ООШ»",
        modern,
        [*STD_MENU, ("Наставничество", "/nastavnichestvo/", []), *TAIL_MENU],
    )
    standard(b, STD)
    b.page("/nastavnichestvo/", "Наставничество", "<p><i>Раздел находится в стадии наполнения.</i></p>")
    return b.site("Раздел «Наставничество» есть, но пуст («в стадии наполнения»): статус ok, все правила None")


def s28() -> Site:
    b = Builder(
        "s28-flaky",
        "МБОУ СОШ № 11 г. Каменск",
        modern,
        [*STD_MENU, ("Наставничество", "/nastavnichestvo/", []), *TAIL_MENU],
    )
    standard(b, STD)
    home = b.resources["/"]
    b.resources["/"] = Resource(home.body, home.status, home.headers, behaviour="flaky")
    f = "/nastavnichestvo/files/"
    items = [
        (T_ORDER, b.doc(f + "prikaz.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (T_REG_STUD, b.doc(f + "pol-obuch.pdf", "pdf", "reg-students", T_REG_STUD, "school-regulation-students")),
        (T_REG_TEACH, b.doc(f + "pol-ped.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers")),
        (T_ROADMAP, b.doc(f + "dk.docx", "docx", "roadmap", T_ROADMAP, "school-roadmap")),
        (T_PROG_TT, b.doc(f + "prog.pdf", "pdf", "programme", T_PROG_TT, "school-programmes")),
        (T_PAIRS, b.doc(f + "pary.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (T_MON, b.doc(f + "mon.pdf", "pdf", "monitoring", T_MON, "monitoring")),
    ]
    b.page("/nastavnichestvo/", "Наставничество", doc_list(items))
    return b.site(
        "Главная страница «мигает»: два раза 503, потом 200 (повтор с паузой должен пройти); в остальном полный раздел"
    )


def s29() -> Site:
    b = Builder(
        "s29-hostile-files",
        "МБОУ СОШ № 14 г. Берёзовка",
        modern,
        [*STD_MENU, ("Наставничество", "/nastavnichestvo/", []), *TAIL_MENU],
    )
    standard(b, STD)
    f = "/files/nastav/"
    bomb = b.add(
        f + "polozhenie-obuchayushchihsya.pdf",
        Resource(gzip_bomb(), headers=(("Content-Type", PDF),), behaviour="gzip-bomb"),
    )
    endless = b.add(
        f + "dorozhnaya-karta.pdf",
        Resource(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", headers=(("Content-Type", PDF),), behaviour="endless"),
    )
    reset = b.add(f + "programma.pdf", Resource(headers=(("Content-Type", PDF),), behaviour="reset"))
    t_photo = "Фотоотчёт о торжественном посвящении в наставники"
    trickle = b.add(
        f + "fotootchet.pdf",
        Resource(scan_pdf(29, noise=True), headers=(("Content-Type", PDF),), behaviour="trickle", delay=1.0),
    )
    items = [
        (T_ORDER, b.doc(f + "prikaz.pdf", "pdf", "order-impl", T_ORDER, "school-order-implementation")),
        (T_REG_STUD, bomb),
        (
            T_REG_TEACH,
            b.doc(f + "polozhenie-ped.pdf", "pdf", "reg-teachers", T_REG_TEACH, "school-regulation-teachers"),
        ),
        (T_ROADMAP, endless),
        (T_PROG_TT, reset),
        (t_photo, trickle),
        (T_PAIRS, b.doc(f + "pary.pdf", "pdf", "pairs", T_PAIRS, "school-pairs-order")),
        (T_MON, b.doc(f + "monitoring.pdf", "pdf", "monitoring", T_MON, "monitoring")),
    ]
    b.page("/nastavnichestvo/", "Наставничество", doc_list(items))
    return b.site(
        "Враждебные файлы: положение об обучающихся — gzip-бомба (50 МБ нулей как application/pdf), "
        "дорожная карта — бесконечная загрузка, программа — сброс соединения, фотоотчёт — по 1 КБ в секунду "
        "(~25 с); ни один из них не засчитывается, остальные документы в порядке"
    )


# ---- failure modes --------------------------------------------------------------------------------------------------


def failures() -> list[Site]:
    none = dict.fromkeys(SCHOOL_RULES)
    b = Builder("f02-slow", "МБОУ СОШ № 19 г. Каменск", modern, [*STD_MENU, *TAIL_MENU])
    main_page(b, "/", "/news/")
    slow_home = Resource(b.resources["/"].body, headers=b.resources["/"].headers, behaviour="slow", delay=30.0)
    server_error = (
        b"<html><head><title>500 Internal Server Error</title></head><body><center><h1>500 Internal Server Error</h1>"
        b"</center><hr><center>nginx/1.18.0 (Ubuntu)</center></body></html>"
    )
    return [
        Site(
            "f01-down",
            {},
            truth=dict(none),
            expected_status="unreachable",
            mode="down",
            note="Сервер не отвечает: порт закрыт, соединение отклоняется (connection refused)",
        ),
        Site(
            "f02-slow",
            {"/": slow_home},
            truth=dict(none),
            expected_status="timeout",
            note="Главная страница отвечает через 30 с — таймаут",
        ),
        Site(
            "f03-garbage",
            {},
            truth=dict(none),
            expected_status="bad_response",
            mode="garbage",
            note="На порту не HTTP: баннер SSH и двоичный мусор, затем закрытие",
        ),
        Site(
            "f04-redirect-loop",
            {
                "/": Resource(status=302, headers=(("Location", "/a"),)),
                "/a": Resource(status=302, headers=(("Location", "{site}/"),)),
            },
            truth=dict(none),
            expected_status="redirect_loop",
            note="Переадресация по кругу: / → /a → {site}/",
        ),
        Site(
            "f05-http500",
            {"/": Resource(server_error, status=500)},
            truth=dict(none),
            expected_status="http_error",
            note="Главная страница отвечает 500 Internal Server Error (nginx)",
        ),
    ]


# ---- departments ---------------------------------------------------------------------------------------------------

SCHOOL_LIST = (
    ("МБОУ СОШ № 1", "http://school1.zarechny.invalid/"),
    ("МБОУ СОШ № 3", "http://school3.zarechny.invalid/"),
    ("МАОУ «Гимназия № 5»", "http://gymnasium5.zarechny.invalid/"),
    ("МБОУ «Лицей № 2»", "http://lyceum2.zarechny.invalid/"),
    ("МКОУ «Ивановская ООШ»", "http://ivanovka.zarechny.invalid/"),
)


def schools_table() -> str:
    rows = "".join(f"<tr><td>{h(n)}</td><td>{a(u, u)}</td></tr>" for n, u in SCHOOL_LIST)
    return f'<table class="orgs"><tr><th>Образовательная организация</th><th>Сайт</th></tr>{rows}</table>'


def d01() -> Site:
    section = "/deyatelnost/nastavnichestvo/"
    menu: list[MenuItem] = [
        ("Об управлении", "/ob-upravlenii/", []),
        ("Документы", "/dokumenty/", []),
        ("Образовательные организации", "/organizacii/", []),
        ("Деятельность", "/deyatelnost/", [("Наставничество", section), ("Олимпиады", "/deyatelnost/olimpiady/")]),
        ("Новости", "/news/", []),
    ]
    b = Builder(
        "d01-uo-city",
        "Управление образования администрации городского округа Заречный",
        modern,
        menu,
        kind="управление",
    )
    main_page(b, "/", "/news/")
    news_page(b, "/news/")
    b.page("/ob-upravlenii/", "Об управлении", "<p>Начальник управления образования: Морозов А. П.</p>")
    b.page("/organizacii/", "Образовательные организации", schools_table())
    b.page("/deyatelnost/", "Деятельность", ul([("Наставничество", section), ("Олимпиады", "/deyatelnost/olimpiady/")]))
    t_ol = "Приказ о проведении муниципального этапа всероссийской олимпиады школьников"
    b.page(
        "/deyatelnost/olimpiady/",
        "Олимпиады",
        doc_list([(t_ol, b.doc("/upload/uo/olimpiada.pdf", "pdf", "olymp", t_ol))]),
    )
    b.page("/dokumenty/", "Документы", doc_list([(t_ol, "/upload/uo/olimpiada.pdf")]))
    t_order = (
        "Приказ Управления образования от 15.02.2023 № 56 «О внедрении целевой модели наставничества в "
        "образовательных организациях городского округа Заречный»"
    )
    t_road = "Муниципальная дорожная карта по реализации целевой модели наставничества на 2024–2025 годы"
    t_mon = (
        "Результаты мониторинга реализации целевой модели наставничества в образовательных организациях за "
        "2023/2024 учебный год"
    )
    items = [
        (t_order, b.doc("/upload/uo/nastav/prikaz-56.pdf", "pdf", "dept-order", t_order, "dept-order-implementation")),
        (t_road, b.doc("/upload/uo/nastav/dorozhnaya-karta.pdf", "pdf", "dept-roadmap", t_road, "dept-roadmap")),
        (t_mon, b.doc("/upload/uo/nastav/monitoring.xlsx", "xlsx", "dept-monitoring", t_mon, "monitoring")),
    ]
    content = (
        f"<p>Муниципальный куратор: Лебедева О. В.</p>{doc_list(items)}<h2>Образовательные организации</h2>"
        f"{schools_table()}"
    )
    b.page(section, "Наставничество", content)
    return b.site(
        "Городское управление образования: приказ о внедрении ЦМН, муниципальная дорожная карта, "
        "мониторинг (XLSX), список школ со ссылками на внешние сайты (.invalid)"
    )


def d02() -> Site:
    section = "/index.php?option=com_content&view=article&id=77&Itemid=88"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        (
            "Методическая работа",
            "/index.php?option=com_content&view=category&id=12&Itemid=80",
            [("Наставничество", section), ("Конкурсы", "/index.php?option=com_content&view=article&id=78&Itemid=89")],
        ),
        ("Образовательные учреждения", "/index.php?option=com_content&view=article&id=5&Itemid=60", []),
        ("Мониторинги", "/index.php?option=com_content&view=article&id=90&Itemid=95", []),
    ]
    b = Builder(
        "d02-uo-rayon-1251",
        "Отдел образования администрации Сосновского муниципального района",
        joomla,
        menu,
        kind="управление",
        encoding="windows-1251",
    )
    main_page(b, "/", "#")
    b.page(
        "/index.php?option=com_content&view=category&id=12&Itemid=80",
        "Методическая работа",
        ul([("Наставничество", section)]),
    )
    b.page("/index.php?option=com_content&view=article&id=78&Itemid=89", "Конкурсы", "<p>Конкурс «Учитель года».</p>")
    b.page("/index.php?option=com_content&view=article&id=5&Itemid=60", "Образовательные учреждения", schools_table())
    t_gia = "Мониторинг качества образования: результаты ГИА-2024 по району"
    b.page(
        "/index.php?option=com_content&view=article&id=90&Itemid=95",
        "Мониторинги",
        doc_list([(t_gia, b.doc("/images/monitoring/gia-2024.pdf", "pdf", "vpr", t_gia))]),
    )
    t_order = (
        "Приказ отдела образования № 112 от 01.09.2022 «Об утверждении муниципальной целевой модели наставничества»"
    )
    t_road = "Дорожная карта внедрения целевой модели наставничества в Сосновском районе на 2024-2025 годы"
    road = "/index.php?option=com_content&view=article&id=79&Itemid=88"
    b.page(road, t_road, roadmap_table(TEXTS["dept-roadmap"]), rule="dept-roadmap")
    order = b.doc("/images/docs/prikaz_112_scan.pdf", "scan", "", t_order, "dept-order-implementation")
    content = (
        f"<p>{a(order.lstrip('/'), t_order)}</p><p>{a(road.lstrip('/'), t_road)}</p>"
        "<p>Мониторинг реализации целевой модели наставничества будет размещён по итогам учебного года.</p>"
    )
    b.page(section, "Наставничество", content)
    return b.site(
        "Районный отдел образования на Joomla в windows-1251: приказ — скан, дорожная карта — "
        "HTML-статья; мониторинга наставничества нет (есть мониторинг ГИА — ловушка)"
    )


def d03() -> Site:
    section = "/deyatelnost/celevaya-model-nastavnichestva/"
    menu: list[MenuItem] = [
        ("О комитете", "/about/", []),
        ("Деятельность", "/deyatelnost/", [("Целевая модель наставничества", section)]),
        ("Новости", "/news/", []),
    ]
    b = Builder(
        "d03-uo-okrug-bitrix",
        "Комитет по образованию администрации Каменского муниципального округа",
        bitrix,
        menu,
        kind="управление",
    )
    main_page(b, "/", "/news/")
    news_page(b, "/news/")
    b.page("/about/", "О комитете", "<p>Председатель комитета: Белова С. Н.</p>")
    b.page("/deyatelnost/", "Деятельность", ul([("Целевая модель наставничества", section)]))
    t_order = (
        "Распоряжение комитета по образованию от 10.03.2023 № 201-р «О внедрении методологии (целевой модели) "
        "наставничества обучающихся»"
    )
    t_road = "Дорожная карта по внедрению целевой модели наставничества на 2021-2022 годы"
    t_mon = "Аналитическая справка по результатам мониторинга внедрения целевой модели наставничества"
    up = "/upload/iblock/"
    items = [
        (
            t_order,
            b.doc(
                up + "1f3/1f3870be274f6c49b3e31a0c6728957f",
                "pdf",
                "dept-order",
                t_order,
                "dept-order-implementation",
                filename="rasporyazhenie_201-r.pdf",
            ),
            "pdf, 188 КБ",
        ),
        (
            t_road,
            b.doc(
                up + "c4c/c4ca4238a0b923820dcc509a6f75849b",
                "pdf",
                "dept-roadmap",
                t_road,
                "dept-roadmap",
                content_type=OCTET,
            ),
            "pdf, 97 КБ",
        ),
        (
            t_mon,
            b.doc(
                up + "a87/a87ff679a2f3e71d9181a67b7542122c",
                "docx",
                "dept-monitoring",
                t_mon,
                "monitoring",
                content_type=OCTET,
            ),
            "docx, 24 КБ",
        ),
    ]
    lis = "".join(f"<li>{h(t)} <a href='{href}'>({size})</a></li>" for t, href, size in items)
    b.page(section, "Целевая модель наставничества", f"<ul>{lis}</ul>")
    return b.site(
        "Комитет по образованию округа на 1С-Битрикс: файлы без расширений, octet-stream; дорожная "
        "карта 2021-2022 (устаревшая, но есть — считается)"
    )


# ---- the corpus ------------------------------------------------------------------------------------------------------

SCHOOLS: tuple[Callable[[], Site], ...] = (
    s01,
    s02,
    s03,
    s04,
    s05,
    s06,
    s07,
    s08,
    s09,
    s10,
    s11,
    s12,
    s13,
    s14,
    s15,
    s16,
    s17,
    s18,
    s19,
    s20,
    s21,
    s22,
    s23,
    s24,
    s25,
    s26,
    s27,
    s28,
    s29,
)
DEPARTMENTS: tuple[Callable[[], Site], ...] = (d01, d02, d03)


def _check(sites: list[Site]) -> None:
    names = [s.name for s in sites]
    assert len(names) == len(set(names)), "site names must be unique"
    for site in sites:
        rules = SCHOOL_RULES if site.kind == "школа" else DEPARTMENT_RULES
        assert tuple(site.truth) == rules, (site.name, "truth must list every rule of its kind")
        assert site.expected_status in STATUSES, site.name
        assert site.note, site.name
        if site.expected_status != "ok":
            assert all(v is None for v in site.truth.values()), site.name
        for rule, path in site.truth.items():
            if path is not None:
                res = site.resources[path]
                assert res.status == 200 and res.behaviour == "", (site.name, rule, path)


@functools.cache
def _corpus() -> tuple[Site, ...]:
    sites = [make() for make in SCHOOLS] + failures() + [make() for make in DEPARTMENTS]
    _check(sites)
    return tuple(sites)


def corpus() -> list[Site]:
    """The sites (built once per process; do not mutate them): schools s01–s29, failure modes f01–f05, departments
    d01–d03."""
    return list(_corpus())


VARIANT_TOWNS = ("Заречный", "Каменск", "Берёзовка", "Приозёрск", "Сосновый Бор", "Никольское", "Октябрьский")


def region(n: int) -> list[Site]:
    """n school sites for a benchmark: copies of the ordinary schools of the corpus (plain HTTP, no slow, flaky or
    hostile resources), renamed f"r{i:04d}-{base.name}", sharing the bytes of every resource but the main page, where
    the school's name is varied."""
    ordinary = [
        s
        for s in _corpus()
        if s.kind == "школа"
        and s.mode == "http"
        and s.expected_status in ("ok", "no_section")
        and all(r.behaviour == "" for r in s.resources.values())
    ]
    out = []
    for i in range(n):
        base = ordinary[i % len(ordinary)]
        school, encoding, main = _META[base.name]
        variant = f"МБОУ СОШ № {i + 1} г. {VARIANT_TOWNS[i % len(VARIANT_TOWNS)]}"
        home = base.resources[main]
        old, new = (h(x).encode(encoding, "xmlcharrefreplace") for x in (school, variant))
        resources = dict(base.resources)
        resources[main] = Resource(home.body.replace(old, new), home.status, home.headers, home.behaviour, home.delay)
        out.append(
            Site(
                f"r{i:04d}-{base.name}",
                resources,
                base.kind,
                dict(base.truth),
                base.expected_status,
                base.mode,
                base.note,
            )
        )
    return out
