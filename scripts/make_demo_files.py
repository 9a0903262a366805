"""Generate the files of the demo data: documents (PDF, DOCX), practice materials and mentor photos.

Reads data/orgs/*/documents.yml, roadmaps/*.yml, practices/*.yml and mentors.yml and writes every file
they refer to under data/orgs/<slug>/files/. The output is deterministic: fixed creation dates in PDFs,
fixed time stamps in DOCX archives, images drawn from fixed parameters — re-running gives the same bytes.

    pip install fpdf2          # not a dependency of the project: only this script needs it
    python scripts/make_demo_files.py [--check]

--check only reports which referenced files are missing, writing nothing.
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

ROOT = Path(__file__).resolve().parent.parent
ORGS = ROOT / "data" / "orgs"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
MSK = timezone(timedelta(hours=3))
FIXED = datetime(2024, 9, 1, 9, 0, tzinfo=MSK)  # creation date of files that have no date of their own

KIND_HEADINGS = {
    "приказ": "ПРИКАЗ",
    "распоряжение": "РАСПОРЯЖЕНИЕ",
    "письмо": "ПИСЬМО",
    "положение": "ПОЛОЖЕНИЕ",
    "дорожная карта": "ДОРОЖНАЯ КАРТА (ПЛАН МЕРОПРИЯТИЙ)",
    "программа": "ПРОГРАММА НАСТАВНИЧЕСТВА",
    "протокол": "ПРОТОКОЛ",
    "аналитическая справка": "АНАЛИТИЧЕСКАЯ СПРАВКА",
    "договор": "ДОГОВОР",
    "иное": "",
}

# ---------------------------------------------------------------------------------------------
# Texts

BASIS = (
    "В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145 «Об утверждении "
    "методологии (целевой модели) наставничества обучающихся…», письмом Минпросвещения России "
    "от 23.01.2020 № МР-42/02, методическими рекомендациями по разработке и внедрению системы "
    "(целевой модели) наставничества педагогических работников (письмо Минпросвещения России "
    "№ АЗ-1128/08 и Общероссийского Профсоюза образования № 657 от 21.12.2021)"
)

SPECIAL: dict[str, list[str]] = {
    "uo-zarechny/prikaz-2020-318": [
        "Во исполнение приказа министерства образования и науки Приозёрской области от 08.06.2020 № 512 "
        "«О внедрении в Приозёрской области методологии (целевой модели) наставничества обучающихся для "
        "общеобразовательных организаций», в целях достижения результата регионального проекта "
        "«Современная школа» национального проекта «Образование»",
        "ПРИКАЗЫВАЮ:",
        "1. Определить муниципальным наставническим центром Заречного муниципального округа методический "
        "кабинет управления образования.",
        "2. Методическому кабинету: обеспечить организационную, методическую, информационную и "
        "просветительскую поддержку участников внедрения целевой модели наставничества; содействовать "
        "распространению лучших наставнических практик; организовать мониторинг реализации программ "
        "наставничества в общеобразовательных организациях.",
        "3. Установить целевые показатели вовлечения обучающихся общеобразовательных организаций в "
        "различные формы сопровождения и наставничества: на 31.12.2020 — не менее 10 %; на 31.12.2021 — "
        "не менее 20 %; на 31.12.2022 — не менее 35 %; на 31.12.2023 — не менее 50 %; на 31.12.2024 — "
        "не менее 70 %.",
        "4. Руководителям общеобразовательных организаций обеспечить достижение целевых показателей, "
        "разработку и согласование дорожных карт внедрения целевой модели наставничества.",
        "5. Контроль за исполнением настоящего приказа оставляю за собой.",
    ],
    "uo-zarechny/prikaz-2022-91": [
        "В рамках реализации региональных проектов «Современная школа», «Успех каждого ребёнка» "
        "национального проекта «Образование», в целях внедрения муниципальной целевой модели "
        "наставничества на территории Заречного муниципального округа",
        "ПРИКАЗЫВАЮ:",
        "1. Обеспечить внедрение муниципальной целевой модели наставничества обучающихся, педагогических "
        "работников в образовательных организациях и муниципальных органов, осуществляющих управление в "
        "сфере образования.",
        "2. Разработать пакет нормативных документов, необходимых для внедрения муниципальной целевой "
        "модели наставничества.",
        "3. Утвердить структуру управления процессом внедрения и реализации целевой модели наставничества: "
        "3.1. заместитель начальника управления образования М.И. Коваленко — координация внедрения; "
        "3.2. заведующий методическим кабинетом О.А. Сорокина — муниципальный наставнический центр; "
        "3.3. общеобразовательные организации, осуществляющие реализацию программ наставничества.",
        "4. Утвердить план мероприятий «Дорожную карту» по организации внедрения муниципальной целевой "
        "модели наставничества согласно приложению.",
        "5. Контроль за исполнением настоящего приказа возложить на заместителя начальника управления М.И. Коваленко.",
    ],
    "uo-zarechny/prikaz-2021-156": [
        "В целях поддержки и закрепления молодых педагогов в школах Заречного муниципального округа, "
        "развития, организационной и методической поддержки системы наставничества в ОО",
        "ПРИКАЗЫВАЮ:",
        "1. Утвердить Дорожную карту (план мероприятий) по развитию системы наставничества педагогических "
        "работников на 2021-2022 учебный год (приложение № 1).",
        "2. МУ «РЦ УО» (О.А. Ефремова) обеспечить проведение мероприятий Дорожной карты в соответствии со сроками.",
        "3. Руководителям ОО: обеспечить реализацию системы наставничества на уровне ОО; в срок до "
        "1.10.2021 разработать и утвердить необходимые локальные акты.",
        "4. Контроль за исполнением приказа возложить на директора МУ «РЦ УО» О.А. Ефремову.",
    ],
}


def generic_body(kind: str, doc: dict, org: dict) -> list[str]:
    title = doc["title"]
    summary = [doc["summary"]] if doc.get("summary") else []
    if kind in ("приказ", "распоряжение"):
        return [
            f"{BASIS}, в целях реализации мероприятий по теме «{title}»",
            "ПРИКАЗЫВАЮ:",
            *summary,
            "1. Утвердить прилагаемые документы и обеспечить их размещение в разделе «Наставничество» "
            "официального сайта в течение 10 рабочих дней.",
            "2. Ответственным лицам обеспечить исполнение настоящего приказа в установленные сроки.",
            "3. Контроль за исполнением настоящего приказа оставляю за собой.",
        ]
    if kind == "положение":
        return [
            "1. Общие положения",
            f"1.1. Настоящее Положение ({title}) разработано {BASIS[0].lower()}{BASIS[1:]}.",
            "1.2. Положение определяет цели, задачи, формы и порядок осуществления наставничества, права "
            "и обязанности куратора, наставников и наставляемых.",
            "2. Цели и задачи",
            "2.1. Цель наставничества — раскрытие потенциала наставляемого, его успешная адаптация и "
            "профессиональное (личностное) развитие.",
            "2.2. Наставничество осуществляется в формах «ученик – ученик», «учитель – учитель», "
            "«педагог – ученик», «работодатель – ученик» и других, в том числе виртуальной и реверсивной.",
            "3. Организация наставничества",
            "3.1. Наставники и наставляемые закрепляются приказом руководителя с их письменного согласия.",
            "3.2. Сведения о наставниках публикуются на сайте только с их согласия на распространение "
            "персональных данных; сведения о наставляемых обучающихся не публикуются.",
            *summary,
        ]
    if kind == "протокол":
        return [
            "Присутствовали: 21 человек (кураторы наставничества и наставники общеобразовательных организаций).",
            "Повестка дня:",
            f"1. {title}.",
            "2. Обмен опытом реализации программ наставничества.",
            "СЛУШАЛИ: руководителя муниципальной Школы наставничества С.Ю. Лаптеву.",
            "РЕШИЛИ: 1. Принять информацию к сведению. 2. Кураторам ОО обобщить опыт и представить "
            "материалы в муниципальный банк практик. 3. Провести следующее заседание по плану.",
            *summary,
        ]
    if kind == "аналитическая справка":
        return [
            f"Цель: {title[0].lower()}{title[1:]}.",
            "Методы: анкетирование наставников и наставляемых, анализ документов, данные форм "
            "федерального статистического наблюдения.",
            "Результаты: программы наставничества реализованы в полном объёме; доля обучающихся, "
            "вовлечённых в различные формы наставничества, соответствует целевому показателю; "
            "все молодые специалисты имеют наставников.",
            *summary,
            "Выводы и рекомендации: продолжить работу по развитию форм «ученик – ученик» и "
            "«работодатель – ученик», обновить базу наставников, представить лучшие практики на "
            "муниципальный конкурс.",
        ]
    if kind == "программа":
        return [
            "Паспорт программы",
            f"Наименование: {title}.",
            "Цель: создание условий для успешной адаптации и развития наставляемых через взаимодействие с наставником.",
            "Задачи: выявить запросы наставляемых; составить план встреч; обеспечить обратную связь; "
            "оценить результаты по итогам учебного года.",
            "Ожидаемые результаты: рост учебной мотивации и образовательных результатов, снижение "
            "тревожности, закрепление молодых специалистов в профессии.",
            *summary,
        ]
    if kind == "письмо":
        return [
            "Руководителям общеобразовательных организаций",
            f"Управление образования информирует: {title[0].lower()}{title[1:]}.",
            *summary,
            "Просим назначить кураторов внедрения целевой модели наставничества и представить сведения в "
            "муниципальный наставнический центр.",
        ]
    if kind == "договор":
        return [
            "Стороны договорились о сетевом взаимодействии в целях реализации программ наставничества "
            "по форме «работодатель – ученик».",
            "1. Предмет договора: организация профессиональных проб и наставнического сопровождения "
            "обучающихся на базе предприятия.",
            "2. Предприятие назначает наставников из числа квалифицированных работников; образовательная "
            "организация обеспечивает сопровождение обучающихся и согласия законных представителей.",
            "3. Договор вступает в силу с момента подписания и действует до 31 августа 2027 года.",
        ]
    if kind == "дорожная карта":
        return [f"{title}.", *summary]
    return [*summary, f"{title}."]


# ---------------------------------------------------------------------------------------------
# PDF


def _pdf():  # type: ignore[no-untyped-def]
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD if FONT_BOLD.exists() else FONT))
    return pdf


def _creation(day: date | None) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=MSK) if day else FIXED


def _para(pdf, text: str, size: float = 11, bold: bool = False, align: str = "J", gap: float = 1.5) -> None:  # type: ignore[no-untyped-def]
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def roadmap_lines(roadmap: dict) -> list[tuple[str, bool]]:
    """The roadmap as compact lines (text, is a section heading)."""
    lines: list[tuple[str, bool]] = []

    def item_line(item: dict) -> str:
        parts = [f"{item.get('number') or ''} {item['event']}".strip().replace("\n", " ")]
        parts.append(f"Срок: {item['deadline']}".replace("\n", " "))
        if item.get("responsible"):
            parts.append(f"Ответственный: {item['responsible']}".replace("\n", " "))
        if item.get("result"):
            parts.append(f"Результат: {item['result']}".replace("\n", " "))
        return " — ".join(parts)

    for section in roadmap.get("sections") or []:
        number = f"{section['number']}. " if section.get("number") else ""
        lines.append((number + section["title"], True))
        lines.extend((item_line(i), False) for i in section["items"])
    lines.extend((item_line(i), False) for i in roadmap.get("items") or [])
    return lines


def make_pdf(target: Path, org: dict, doc: dict, roadmaps: list[dict], slug: str) -> None:
    pdf = _pdf()
    pdf.set_title(doc["title"])
    pdf.set_author(doc.get("issuer") or org["full_name"])
    pdf.set_subject(f"{doc['kind']} — {org['short_name']}")
    pdf.set_creator("nastavnik demo data (scripts/make_demo_files.py)")
    pdf.set_lang("ru")
    pdf.set_creation_date(_creation(doc.get("date")))
    pdf.add_page()

    kind = doc["kind"]
    level = doc["level"]
    issuer = doc.get("issuer") if level != "локальный" else org["full_name"]
    issuer = issuer or org["full_name"]
    _para(pdf, issuer.upper(), 11, bold=True, align="C", gap=3)

    approved_by = doc.get("approved_by")
    if approved_by and kind in ("положение", "дорожная карта", "программа"):
        order = next((d for d in org["_documents"] if d["id"] == approved_by), None)
        if order:
            stamp = f"УТВЕРЖДЕНО\nприказом от {order['date']:%d.%m.%Y} № {order.get('number', '')}"
            pdf.set_font("DejaVu", "", 9)
            pdf.set_x(120)
            pdf.multi_cell(0, 4.5, stamp, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)

    heading = KIND_HEADINGS.get(kind, kind.upper())
    if heading:
        _para(pdf, heading, 13, bold=True, align="C", gap=2)
    if doc.get("date") or doc.get("number"):
        pdf.set_font("DejaVu", "", 11)
        left = f"от {doc['date']:%d.%m.%Y}" if doc.get("date") else ""
        right = f"№ {doc['number']}" if doc.get("number") else ""
        pdf.cell(60, 6, left)
        pdf.cell(50, 6, "г. Заречный" if level != "региональный" else "", align="C")
        pdf.cell(0, 6, right, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    _para(pdf, doc["title"], 11.5, bold=True, align="C", gap=4)

    for text in SPECIAL.get(f"{slug}/{doc['id']}") or generic_body(kind, doc, org):
        _para(pdf, text, 10.5, bold=text.endswith(":") and text.isupper())

    own_roadmaps = [r for r in roadmaps if r.get("document") == doc["id"]]
    annexed = [r for r in roadmaps if r.get("approved_by") == doc["id"] and not r.get("document")]
    signature_block(pdf, org, doc, slug)
    for number, roadmap in enumerate(own_roadmaps + annexed, start=1):
        if roadmap in annexed:
            pdf.add_page()
            _para(
                pdf, f"Приложение {number}\nк приказу от {doc['date']:%d.%m.%Y} № {doc.get('number', '')}", 9, align="R"
            )
            _para(pdf, roadmap["title"], 10.5, bold=True, align="C", gap=3)
        else:
            pdf.ln(2)
        for text, heading_line in roadmap_lines(roadmap):
            _para(pdf, text, 7.5 if not heading_line else 8.5, bold=heading_line, align="L", gap=0.6)
    if doc.get("signature"):
        sig = doc["signature"]
        pdf.ln(4)
        pdf.set_draw_color(40, 60, 140)
        pdf.set_font("DejaVu", "", 8)
        signed = sig["signed_at"]
        signed_text = signed if isinstance(signed, str) else signed.strftime("%d.%m.%Y %H:%M")
        text = (
            f"ДОКУМЕНТ ПОДПИСАН ПРОСТОЙ ЭЛЕКТРОННОЙ ПОДПИСЬЮ\nПодписант: {sig['signer']}, {sig['post']}\n"
            f"Дата и время подписания: {signed_text}\nИдентификатор ключа: {sig['certificate']}"
        )
        pdf.multi_cell(110, 4.2, text, border=1, align="L", new_x="LMARGIN", new_y="NEXT")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(pdf.output()))


def signature_block(pdf, org: dict, doc: dict, slug: str) -> None:  # type: ignore[no-untyped-def]
    if doc["level"] == "региональный":
        post, name = "Министр образования и науки Приозёрской области", "П.Г. Осипов"
    elif doc["kind"] == "протокол":
        post, name = "Руководитель муниципальной Школы наставничества", "С.Ю. Лаптева"
    elif doc["kind"] == "аналитическая справка" and org["kind"] == "управление":
        post, name = "Заведующий методическим кабинетом", "О.А. Сорокина"
    else:
        head = org.get("head") or {}
        post = (head.get("post") or "Руководитель").capitalize()
        if org["kind"] == "управление":
            post = "Начальник управления образования"
        full = (head.get("name") or "").split()
        name = f"{full[1][0]}.{full[2][0]}. {full[0]}" if len(full) == 3 else " ".join(full)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(110, 6, post)
    pdf.cell(0, 6, name, align="R", new_x="LMARGIN", new_y="NEXT")


def make_material_pdf(target: Path, org: dict, title: str) -> None:
    pdf = _pdf()
    pdf.set_title(title)
    pdf.set_author(org["full_name"])
    pdf.set_creator("nastavnik demo data (scripts/make_demo_files.py)")
    pdf.set_lang("ru")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    _para(pdf, org["full_name"], 10, align="C", gap=4)
    _para(pdf, title, 13, bold=True, align="C", gap=4)
    for line in MATERIAL_TEXT:
        _para(pdf, line, 10.5, align="L")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(pdf.output()))


MATERIAL_TEXT = [
    "Материал подготовлен наставниками для участников программы наставничества.",
    "1. Цель встречи (занятия) и ожидаемый результат.",
    "2. Что получилось: конкретные наблюдения, без оценок личности.",
    "3. Что можно улучшить: не более двух предложений.",
    "4. Договорённости до следующей встречи.",
    "Имена обучающихся в материалах не указываются.",
]


# ---------------------------------------------------------------------------------------------
# DOCX (a minimal WordprocessingML package, fixed time stamps)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    "</Relationships>"
)


def make_docx(target: Path, title: str, paragraphs: list[tuple[str, bool]], when: datetime) -> None:
    def para(text: str, bold: bool) -> str:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        jc = '<w:pPr><w:jc w:val="center"/></w:pPr>' if bold else ""
        return f'<w:p>{jc}<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    body = "".join(para(t, b) for t, b in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:language>ru-RU</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        "</cp:coreProperties>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _RELS),
            ("docProps/core.xml", core),
            ("word/document.xml", document),
        ):
            info = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data.encode("utf-8"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(buffer.getvalue())


def make_document_docx(target: Path, org: dict, doc: dict) -> None:
    paragraphs = [(org["full_name"].upper(), True), (KIND_HEADINGS.get(doc["kind"], ""), True), (doc["title"], True)]
    paragraphs += [(t, False) for t in generic_body(doc["kind"], doc, org)]
    make_docx(target, doc["title"], paragraphs, _creation(doc.get("date")))


# ---------------------------------------------------------------------------------------------
# Photos: a calm abstract portrait placeholder (no real person), drawn deterministically


def make_photo(target: Path, seed: int) -> None:
    from PIL import Image, ImageDraw

    width, height = 240, 300
    palettes = [((214, 224, 240), (96, 116, 160)), ((232, 222, 208), (150, 110, 84)), ((216, 234, 222), (84, 130, 104))]
    background, figure = palettes[seed % len(palettes)]
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    for y in range(height):  # soft vertical gradient
        shade = tuple(max(0, c - y // 12) for c in background)
        draw.line([(0, y), (width, y)], fill=shade)
    draw.ellipse([78, 58, 162, 150], fill=figure)  # head
    draw.rounded_rectangle([38, 165, 202, 320], radius=60, fill=figure)  # shoulders
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix.lower() == ".png":
        image.save(target, format="PNG", optimize=True)
    else:
        image.save(target, format="JPEG", quality=82, optimize=True)


# ---------------------------------------------------------------------------------------------


def load_yaml(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None


def sign(target: Path, signer: str) -> None:
    """A document whose data declares an electronic signature is published signed (pyHanko, demo certificate)."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from pdfs import sign_pdf  # the same signing the check's tests use

    unsigned = target.with_suffix(".unsigned.pdf")
    target.rename(unsigned)
    sign_pdf(unsigned, target, signer)
    unsigned.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="только показать недостающие файлы")
    args = parser.parse_args()
    missing: list[str] = []
    written = 0

    def want(path: Path) -> bool:
        nonlocal written
        if args.check:
            if not path.is_file():
                missing.append(str(path.relative_to(ROOT)))
            return False
        written += 1
        return True

    for folder in sorted(p for p in ORGS.iterdir() if p.is_dir()):
        slug = folder.name
        org = load_yaml(folder / "organisation.yml") or {}
        documents = load_yaml(folder / "documents.yml") or []
        org["_documents"] = documents
        roadmaps = [load_yaml(p) for p in sorted((folder / "roadmaps").glob("*.yml"))]
        for doc in documents:
            if not doc.get("file"):
                continue
            target = folder / doc["file"]
            if not want(target):
                continue
            if target.suffix.lower() == ".docx":
                make_document_docx(target, org, doc)
            else:
                make_pdf(target, org, doc, roadmaps, slug)
                if doc.get("signature"):
                    sign(target, doc["signature"]["signer"])
        for path in sorted((folder / "practices").glob("*.yml")):
            practice = load_yaml(path) or {}
            for material in practice.get("materials") or []:
                if not material.get("file"):
                    continue
                target = folder / material["file"]
                if not want(target):
                    continue
                if target.suffix.lower() == ".docx":
                    paragraphs = [(material["title"], True)] + [(t, False) for t in MATERIAL_TEXT]
                    make_docx(target, material["title"], paragraphs, FIXED)
                else:
                    make_material_pdf(target, org, material["title"])
        for i, mentor in enumerate(load_yaml(folder / "mentors.yml") or []):
            if mentor.get("photo"):
                target = folder / mentor["photo"]
                if want(target):
                    make_photo(target, seed=i + len(slug))
    if args.check:
        for path in missing:
            print(f"нет файла: {path}")
        return 1 if missing else 0
    print(f"Создано файлов: {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
