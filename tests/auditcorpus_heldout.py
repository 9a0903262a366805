"""A HELD-OUT corpus of school and department web sites for `nastavnik audit`, labelled independently of the matcher.

tests/auditcorpus.py was used to tune the auditor; this corpus was written without reading the auditor's code
(generator/audit/), from the rule titles of generator/rules/baseline.yml, the domain brief and the styles of real
Russian school sites, to measure precision and recall honestly:

    python bench/audit_accuracy.py --corpus heldout

It exports the same objects as tests/auditcorpus.py: corpus() → list[Site] (siteserver.Site with `truth` and
`expected_status`), SCHOOL_RULES, DEPARTMENT_RULES, STATUSES; titles() maps every labelled path to the title a
reader sees, for the report of misses. The files are made with the original corpus's helpers (text_pdf, scan_pdf,
docx, xlsx); the pages, themes, titles and texts are new.

How the truth is labelled (by hand, by what a methodologist reading the page and opening the file would say; the
conventions of tests/auditcorpus.py are kept so that one scorer serves both corpora):
- presence of the document, judged by what it IS (link text, the heading around it, the file's own text): the
  scorer counts a «found» and a «partial» finding alike, so an out-of-date document of the right kind is present
  (a roadmap or a pairs order of a past academic year counts, as in the original corpus);
- the school's OWN document only: a federal act (Р-145, письмо АЗ-1128/08), a regional or municipal order, or the
  municipal roadmap published on a school site does not meet a school rule;
- a generic «Положение о наставничестве» / «Положение о ЦМН» (Р-145, forms of students) counts for students, not
  for teachers; «Положение о наставничестве молодых специалистов» is the teachers' regulation; one regulation «…
  педагогических работников и обучающихся» counts for both; a PDF of the order approving the teachers' regulation
  with the regulation as its annex counts as the teachers' regulation;
- an order «об организации наставничества», «о внедрении системы наставничества педагогических работников» or «о
  назначении куратора ЦМН» is the school's implementation order; a personalised programme of mentoring is a
  programme; a plan of mentoring events for the year is a roadmap; an analytical report on the implementation of
  mentoring is monitoring;
- an order or a regulation published as an HTML page (the full text on the page) counts: its page is the truth;
  a roadmap or monitoring table on an HTML page likewise; a PDF shown in an <iframe> counts (the file is the truth);
- a scan without a text layer counts when its title is in the link text or next to it;
- a document that cannot be had does not count: 404, 403, an HTML error page served with 200 in place of the file;
- distractors never count: «Положение о школьной форме», «Рабочая программа воспитания», «Программа развития»,
  orders «о внедрении обновлённых ФГОС», «о назначении куратора центра «Точка роста»», «о закреплении учебных
  кабинетов», «о закреплении территорий», roadmaps of ФГОС/ФООП, monitoring of ВСОКО, of nutrition, of ВПР, the bank
  of mentors, questionnaires, photo reports; the department's order on the municipal school of mentoring is not its
  order on implementing ЦМН;
- a rule met by several documents points at the main (current, first) one;
- a site without a mentoring section has status "no_section" and no documents; a site whose main page answers an
  HTTP error has status "http_error".
"""

from __future__ import annotations

import functools
import html
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote

from auditcorpus import DEPARTMENT_RULES, DOCX, OCTET, PDF, SCHOOL_RULES, STATUSES, XLSX, docx, scan_pdf, text_pdf, xlsx
from siteserver import Resource, Site

__all__ = ["DEPARTMENT_RULES", "SCHOOL_RULES", "STATUSES", "corpus", "titles"]

ORD = "school-order-implementation"
RS = "school-regulation-students"
RT = "school-regulation-teachers"
RM = "school-roadmap"
PR = "school-programmes"
PA = "school-pairs-order"
MO = "monitoring"
D_ORD = "dept-order-implementation"
D_RM = "dept-roadmap"

Rows = tuple[tuple[str | int | float, ...], ...]
MenuItem = tuple[str, str, list[tuple[str, str]]]  # text, href, sub-items (text, href)

# ---- texts of documents (fresh wording, in the manner of real school papers) ----------------------------------------

R145 = (
    "распоряжением Министерства просвещения Российской Федерации от 25 декабря 2019 г. № Р-145 «Об утверждении "
    "методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную "
    "деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего "
    "профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»"
)
AZ = (
    "письмом Министерства просвещения Российской Федерации и Общероссийского Профсоюза образования от 21.12.2021 "
    "№ АЗ-1128/08 / 657 «О направлении методических рекомендаций по разработке и внедрению системы (целевой модели) "
    "наставничества педагогических работников в образовательных организациях»"
)


def order(full: str, date: str, number: str, subject: str, basis: str, items: tuple[str, ...]) -> tuple[str, ...]:
    """An order of a school: the organisation's name, ПРИКАЗ, date and number, subject, basis, items, signature."""
    return (
        full.upper(),
        "ПРИКАЗ",
        f"{date}    № {number}",
        subject,
        f"{basis}, ПРИКАЗЫВАЮ:",
        *items,
        "Директор ______________ / подпись /",
        "С приказом ознакомлены: ______________",
    )


def t_order_impl(full: str, date: str, number: str, year: str = "2024/2025", curator: str = "Ковалёву Т. Н.") -> tuple:
    return order(
        full,
        date,
        number,
        "О внедрении целевой модели наставничества",
        f"В соответствии с {R145}, в целях реализации регионального проекта «Современная школа» национального "
        "проекта «Образование»",
        (
            f"1. Внедрить целевую модель наставничества в {year} учебном году.",
            f"2. Назначить куратором внедрения целевой модели наставничества заместителя директора по УВР {curator}",
            "3. Куратору разработать и представить на утверждение положение о наставничестве, дорожную карту "
            "внедрения целевой модели наставничества, сформировать базу наставников и наставляемых.",
            "4. Контроль за исполнением приказа оставляю за собой.",
        ),
    )


def t_order_org(full: str, date: str, number: str, year: str = "2024/2025") -> tuple:
    return order(
        full,
        date,
        number,
        f"Об организации наставничества в {year} учебном году и назначении куратора",
        f"На основании {R145} и {AZ}",
        (
            f"1. Организовать наставничество обучающихся и педагогических работников в {year} учебном году.",
            "2. Назначить куратором наставничества руководителя методического совета Белоусову Г. П.",
            "3. Утвердить состав наставников (приложение 1) и план мероприятий (приложение 2).",
            "4. Контроль исполнения приказа оставляю за собой.",
        ),
    )


def t_order_teachers_system(full: str, date: str, number: str) -> tuple:
    return order(
        full,
        date,
        number,
        "О внедрении системы (целевой модели) наставничества педагогических работников",
        f"В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации, {AZ}",
        (
            "1. Внедрить систему (целевую модель) наставничества педагогических работников.",
            "2. Назначить куратором системы наставничества заместителя директора по методической работе Гусеву Л. А.",
            "3. Утвердить Положение о системе наставничества педагогических работников (приложение).",
            "4. Контроль за исполнением приказа оставляю за собой.",
        ),
    )


def t_order_curator(full: str, date: str, number: str) -> tuple:
    return order(
        full,
        date,
        number,
        "О назначении куратора внедрения целевой модели наставничества (ЦМН)",
        f"Во исполнение {R145}",
        (
            "1. Назначить куратором внедрения целевой модели наставничества (ЦМН) педагога-организатора Лаптеву О. С.",
            "2. Куратору ЦМН обеспечить разработку дорожной карты, программ наставничества и формирование базы "
            "наставников и наставляемых.",
            "3. Контроль за исполнением приказа оставляю за собой.",
        ),
    )


def reg_students_body(full: str) -> tuple[str, ...]:
    return (
        "1. Общие положения",
        f"1.1. Настоящее Положение разработано в соответствии с {R145} и определяет порядок организации "
        f"наставничества обучающихся в {full}.",
        "1.2. Наставляемый – обучающийся, который через взаимодействие с наставником и при его помощи и поддержке "
        "решает конкретные жизненные, личные и профессиональные задачи.",
        "1.3. Формы наставничества: «ученик – ученик», «студент – ученик», «работодатель – ученик».",
        "2. Цели и задачи наставничества",
        "2.1. Цель – максимально полное раскрытие потенциала личности наставляемого, необходимое для успешной "
        "личной и профессиональной самореализации.",
        "3. Организация наставничества",
        "3.1. Наставнические пары (группы) формируются на основании анкетирования и закрепляются приказом директора.",
        "4. Права и обязанности наставника и наставляемого",
        "5. Мониторинг и оценка результатов реализации программ наставничества",
    )


def t_reg_students(full: str, head: str = "ПОЛОЖЕНИЕ о наставничестве обучающихся") -> tuple:
    return ("УТВЕРЖДЕНО приказом директора", head, full, *reg_students_body(full))


def t_reg_generic(full: str, head: str = "ПОЛОЖЕНИЕ о наставничестве") -> tuple:
    return ("ПРИНЯТО на педагогическом совете, протокол № 1", head, f"в {full}", *reg_students_body(full))


def reg_teachers_body(full: str) -> tuple[str, ...]:
    return (
        "1. Общие положения",
        f"1.1. Положение о системе наставничества педагогических работников в {full} разработано в соответствии "
        f"со статьёй 351.8 Трудового кодекса Российской Федерации и {AZ}.",
        "1.2. Наставляемый – педагогический работник, назначаемый в порядке, установленном настоящим Положением, в "
        "том числе молодой специалист и педагог, впервые приступивший к работе.",
        "1.3. Наставник – педагогический работник, назначаемый с его письменного согласия приказом директора; с "
        "наставником заключается дополнительное соглашение к трудовому договору.",
        "2. Формы наставничества: традиционное («один на один»), в группе, виртуальное (дистанционное), "
        "краткосрочное (целеполагающее), реверсивное, ситуационное, скоростное.",
        "3. Руководство и контроль: куратор, методический совет, персонализированные программы наставничества.",
        "4. Завершение персонализированной программы наставничества.",
    )


def t_reg_teachers(
    full: str, head: str = "ПОЛОЖЕНИЕ о системе наставничества педагогических работников"
) -> tuple[str, ...]:
    return ("УТВЕРЖДЕНО приказом от 30.08.2023 № 101-о", head, full, *reg_teachers_body(full))


def t_reg_young(full: str) -> tuple[str, ...]:
    return (
        "УТВЕРЖДЕНО приказом директора",
        "ПОЛОЖЕНИЕ о наставничестве молодых специалистов",
        full,
        "1. Общие положения",
        "1.1. Школьное наставничество – разновидность индивидуальной работы с молодыми педагогами, имеющими стаж "
        "педагогической деятельности до трёх лет, и с педагогами, впервые приступившими к работе.",
        f"1.2. Положение разработано в соответствии со статьёй 351.8 Трудового кодекса РФ и {AZ}.",
        "2. Наставник назначается из числа опытных педагогических работников с их письменного согласия.",
        "3. Обязанности наставника: помогать молодому специалисту в подготовке уроков, посещать его уроки, "
        "проводить анализ, знакомить с локальными актами школы.",
        "4. Права молодого специалиста.",
    )


def t_reg_both(full: str) -> tuple[str, ...]:
    return (
        "УТВЕРЖДЕНО приказом директора от 01.09.2023 № 150",
        "ПОЛОЖЕНИЕ о наставничестве педагогических работников и обучающихся",
        full,
        "Раздел 1. Наставничество обучающихся",
        *reg_students_body(full)[1:4],
        "Раздел 2. Наставничество педагогических работников",
        *reg_teachers_body(full)[1:5],
    )


def t_order_approve_teachers(full: str, date: str, number: str) -> tuple[str, ...]:
    """The approving order and, as its annex, the regulation itself (one PDF)."""
    return (
        *order(
            full,
            date,
            number,
            "Об утверждении Положения о системе наставничества педагогических работников",
            f"В соответствии со ст. 351.8 ТК РФ, {AZ}",
            (
                "1. Утвердить Положение о системе наставничества педагогических работников (приложение).",
                "2. Признать утратившим силу Положение о наставничестве молодых специалистов от 29.08.2019.",
            ),
        ),
        f"Приложение к приказу от {date} № {number}",
        "ПОЛОЖЕНИЕ о системе наставничества педагогических работников",
        *reg_teachers_body(full),
    )


ROADMAP_ROWS_2024: tuple[tuple[str, str, str, str], ...] = (
    (
        "Издание приказа о внедрении целевой модели наставничества, назначение куратора",
        "до 02.09.2024",
        "директор",
        "приказ",
    ),
    (
        "Анкетирование педагогов и обучающихся, формирование базы наставников и наставляемых",
        "сентябрь 2024",
        "куратор",
        "база наставников и наставляемых",
    ),
    (
        "Формирование наставнических пар (групп), издание приказа о закреплении",
        "до 15.09.2024",
        "куратор",
        "приказ о закреплении пар",
    ),
    (
        "Разработка программ наставничества по формам «ученик – ученик», «учитель – учитель»",
        "сентябрь – октябрь 2024",
        "куратор, наставники",
        "программы наставничества",
    ),
    ("Обучение наставников (курсы, вебинары ИРО)", "в течение учебного года", "куратор", "удостоверения"),
    ("Промежуточный мониторинг реализации программ наставничества", "январь 2025", "куратор", "справка"),
    ("Итоговый мониторинг, анкетирование участников", "май 2025", "куратор", "аналитическая справка"),
    ("Фестиваль лучших практик наставничества", "май 2025", "куратор, наставники", "публикация на сайте"),
)


def roadmap_lines(rows: tuple[tuple[str, str, str, str], ...]) -> tuple[str, ...]:
    head = "№ п/п | Наименование мероприятия | Срок | Ответственный | Результат"
    return (head, *(f"{i} | {e} | {d} | {r} | {x}" for i, (e, d, r, x) in enumerate(rows, 1)))


def t_roadmap(full: str, year: str = "2024-2025", head: str | None = None) -> tuple[str, ...]:
    rows = ROADMAP_ROWS_2024
    if year != "2024-2025":  # the same plan a year or two earlier: shift the years in the deadlines
        first, second = year.split("-")
        rows = tuple((e, d.replace("2024", first).replace("2025", second), r, x) for e, d, r, x in ROADMAP_ROWS_2024)
    title = head or f"Дорожная карта (план мероприятий) по реализации целевой модели наставничества на {year} уч. год"
    return ("УТВЕРЖДАЮ Директор ________", title, full, *roadmap_lines(rows))


def t_roadmap_teachers(full: str) -> tuple[str, ...]:
    rows = (
        ("Назначение наставников приказом с их письменного согласия", "до 05.09.2024", "директор", "приказ"),
        (
            "Разработка персонализированных программ наставничества",
            "до 20.09.2024",
            "наставники",
            "персонализированные программы",
        ),
        ("Посещение уроков молодых специалистов, анализ", "ежемесячно", "наставники", "листы посещения"),
        ("Школа молодого педагога", "ноябрь 2024, февраль 2025", "куратор", "план занятий"),
        ("Отчёт наставников о выполнении программ", "май 2025", "куратор", "отчёт"),
    )
    return (
        "Приложение 2 к приказу от 30.08.2024 № 301",
        "План мероприятий (дорожная карта) по реализации Положения о системе наставничества педагогических "
        "работников в 2024/2025 учебном году",
        full,
        *roadmap_lines(rows),
    )


def t_programme(full: str, form: str, year: str = "2024-2025") -> tuple[str, ...]:
    return (
        "УТВЕРЖДЕНА приказом директора",
        f"ПРОГРАММА НАСТАВНИЧЕСТВА «{form}» на {year} учебный год",
        full,
        "1. Пояснительная записка. Программа разработана в соответствии с целевой моделью наставничества и "
        "положением о наставничестве школы.",
        "2. Цель: успешное закрепление на месте работы или в роли ученика, раскрытие потенциала наставляемого.",
        "3. Задачи: адаптация, развитие метапредметных навыков, повышение мотивации, рефлексия.",
        "4. Срок реализации: сентябрь – май. Этапы: подготовительный, основной, заключительный.",
        "5. Планируемые результаты и критерии оценки эффективности.",
        "6. Календарный план встреч наставника и наставляемого.",
    )


def t_personal_programme(full: str) -> tuple[str, ...]:
    return (
        "Приложение к Положению о системе наставничества педагогических работников",
        "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА",
        full,
        "Наставник: учитель математики высшей квалификационной категории (письменное согласие от 30.08.2024).",
        "Наставляемый: молодой специалист, учитель информатики, стаж работы 0 лет.",
        "Срок реализации: с 01.09.2024 по 31.05.2025. Форма наставничества: традиционная («один на один»).",
        "№ | Задача | Мероприятие | Срок | Результат",
        "1 | Изучить локальные акты школы | собеседование | сентябрь 2024 | выполнено",
        "2 | Освоить проектирование урока по ФГОС | совместная разработка уроков | октябрь – декабрь 2024 | конспекты",
        "3 | Провести открытый урок | открытый урок, анализ | март 2025 | анализ урока",
    )


def t_pairs(full: str, date: str, number: str, year: str = "2024/2025", teachers: bool = False) -> tuple[str, ...]:
    pairs = (
        (
            "– наставник: учитель математики Харитонова Е. В.; наставляемый: учитель информатики (молодой специалист);",
            "– наставник: учитель начальных классов Мельникова С. Ю.; наставляемый: учитель начальных классов, "
            "впервые приступивший к работе.",
        )
        if teachers
        else (
            "– форма «ученик – ученик»: наставники – обучающиеся 10 «А» класса (4 чел.), наставляемые – "
            "обучающиеся 6 «Б» класса (группа, 8 чел.);",
            "– форма «учитель – учитель»: наставник – учитель русского языка Соловьёва И. К.; наставляемый – "
            "молодой специалист;",
            "– форма «студент – ученик»: наставник – студент педагогического колледжа; наставляемые – "
            "обучающиеся 8 «В» класса.",
        )
    )
    return order(
        full,
        date,
        number,
        f"О закреплении наставнических пар (групп) на {year} учебный год",
        "На основании Положения о наставничестве, с письменного согласия наставников и законных представителей "
        "наставляемых",
        (
            f"1. Закрепить наставнические пары (группы) на {year} учебный год:",
            *pairs,
            "2. Наставникам разработать индивидуальные планы (персонализированные программы) до 20 сентября.",
            "3. Контроль за исполнением приказа возложить на куратора.",
        ),
    )


def t_monitoring(full: str, year: str = "2023/2024") -> tuple[str, ...]:
    return (
        "АНАЛИТИЧЕСКАЯ СПРАВКА",
        f"по результатам мониторинга реализации программ наставничества в {full} за {year} учебный год",
        "Цель мониторинга: оценка качества реализации программ наставничества и их эффективности.",
        "Сроки проведения: апрель – май. Методы: анкетирование наставников и наставляемых, анализ документов.",
        "Охват: 14 наставнических пар, 2 наставнические группы; доля обучающихся в возрасте от 10 лет, вовлечённых "
        "в программы наставничества, – 18 %; доля педагогов в возрасте до 35 лет в роли наставляемых – 60 %.",
        "Удовлетворённость участием: наставники – 89 %, наставляемые – 93 %.",
        "Выводы: программы реализованы в полном объёме. Рекомендации: расширить форму «студент – ученик», "
        "провести обучение наставников.",
    )


def t_analysis(full: str, year: str = "2023-2024") -> tuple[str, ...]:
    return (
        f"Анализ реализации целевой модели наставничества за {year} учебный год",
        full,
        "В течение учебного года в школе реализовывались программы наставничества по формам «ученик – ученик», "
        "«учитель – учитель», «учитель – ученик».",
        "По итогам мониторинга: 11 пар, 3 группы; 82 % наставляемых отмечают рост учебной мотивации; трое молодых "
        "специалистов успешно прошли адаптацию.",
        "Проблемы: недостаточная вовлечённость работодателей. Задачи на новый учебный год.",
    )


MONITORING_ROWS: Rows = (
    ("№", "Показатель мониторинга", "2023/2024 уч. год", "Комментарий"),
    (1, "Число наставнических пар и групп", 13, ""),
    (2, "Доля обучающихся, вовлечённых в программы наставничества, %", 21.5, "цель 2024 года – 70 %"),
    (3, "Доля педагогов-наставников от общего числа педагогов, %", 24, ""),
    (4, "Удовлетворённость наставляемых, %", 91, "анкетирование, май 2024"),
    (5, "Удовлетворённость наставников, %", 87, "анкетирование, май 2024"),
)
ROADMAP_XLSX_ROWS: Rows = (
    ("№", "Мероприятие", "Срок", "Ответственный"),
    (1, "Приказ о внедрении ЦМН, назначение куратора", "август 2024", "директор"),
    (2, "Формирование базы наставников и наставляемых", "сентябрь 2024", "куратор"),
    (3, "Приказ о закреплении наставнических пар", "до 10.09.2024", "куратор"),
    (4, "Реализация программ наставничества", "сентябрь 2024 – май 2025", "наставники"),
    (5, "Мониторинг эффективности программ наставничества", "май 2025", "куратор"),
)
BANK_ROWS: Rows = (
    ("№", "Наставник (должность)", "Форма наставничества", "Число наставляемых"),
    (1, "учитель математики", "учитель – учитель", 1),
    (2, "учитель биологии", "учитель – ученик", 5),
    (3, "обучающийся 10 класса", "ученик – ученик", 3),
)
DEPT_MONITORING_ROWS: Rows = (
    ("Общеобразовательная организация", "Наставнических пар", "Охват обучающихся, %", "Раздел на сайте"),
    ("МБОУ «СОШ № 1»", 11, 19.4, "есть"),
    ("МБОУ «СОШ № 2»", 8, 14.0, "есть"),
    ("МБОУ «Кечевская СОШ»", 3, 11.2, "нет"),
    ("МКОУ «Лудорвайская ООШ»", 2, 8.7, "есть"),
)


# distractors: papers of a school that meet none of the labelled rules
def t_uniform(full: str) -> tuple[str, ...]:
    return (
        "ПОЛОЖЕНИЕ о школьной форме и внешнем виде обучающихся",
        full,
        "1. Положение устанавливает требования к школьной форме и внешнему виду обучающихся 1–11 классов.",
        "2. Повседневная форма: пиджак, жилет, брюки (юбка) тёмно-синего цвета, однотонная светлая блузка (рубашка).",
        "3. Спортивная форма используется только на уроках физической культуры.",
    )


def t_upbringing(full: str) -> tuple[str, ...]:
    return (
        "РАБОЧАЯ ПРОГРАММА ВОСПИТАНИЯ на 2024-2025 учебный год",
        full,
        "Раздел 1. Целевой. Цель воспитания – развитие личности, создание условий для самоопределения обучающихся.",
        "Раздел 2. Содержательный. Модули: «Урочная деятельность», «Классное руководство», «Основные школьные дела», "
        "«Наставничество», «Профориентация».",
        "Раздел 3. Организационный. Календарный план воспитательной работы.",
    )


def t_fgos_order(full: str) -> tuple[str, ...]:
    return order(
        full,
        "25.08.2022",
        "88-од",
        "О внедрении обновлённых ФГОС НОО и ФГОС ООО",
        "В соответствии с приказами Минпросвещения России от 31.05.2021 № 286 и № 287",
        (
            "1. Внедрить обновлённые ФГОС НОО и ООО в 1-х и 5-х классах с 01.09.2022.",
            "2. Назначить ответственным за внедрение заместителя директора по УВР.",
        ),
    )


def t_tochka_order(full: str) -> tuple[str, ...]:
    return order(
        full,
        "01.09.2023",
        "140",
        "О назначении куратора центра образования естественно-научной и технологической направленностей «Точка роста»",
        "В целях реализации федерального проекта «Современная школа»",
        ("1. Назначить куратором центра «Точка роста» учителя физики Никитина А. В.",),
    )


def t_mo_reg(full: str) -> tuple[str, ...]:
    return (
        "ПОЛОЖЕНИЕ о методическом объединении учителей",
        full,
        "1. Методическое объединение – структурное подразделение методической службы школы.",
        "2. Задачи: изучение нормативных документов, обобщение педагогического опыта, работа с молодыми педагогами.",
    )


def t_foop_roadmap(full: str) -> tuple[str, ...]:
    return (
        "Дорожная карта по подготовке к введению ФООП в 2023-2024 учебном году",
        full,
        "№ | Мероприятие | Срок | Ответственный",
        "1 | Изучение федеральных образовательных программ | май 2023 | руководители ШМО",
        "2 | Приведение ООП в соответствие с ФООП | до 01.09.2023 | заместитель директора",
    )


def t_fgos_roadmap(full: str) -> tuple[str, ...]:
    return (
        "План-график (дорожная карта) введения обновлённых ФГОС",
        full,
        "№ | Мероприятие | Срок",
        "1 | Создание рабочей группы по введению ФГОС | январь 2022",
        "2 | Разработка рабочих программ по обновлённым ФГОС | до 31.08.2022",
    )


def t_cabinets(full: str) -> tuple[str, ...]:
    return order(
        full,
        "30.08.2024",
        "118",
        "О закреплении учебных кабинетов за педагогическими работниками на 2024/2025 учебный год",
        "В целях обеспечения сохранности имущества и соблюдения санитарных норм",
        ("1. Закрепить учебные кабинеты за педагогами согласно приложению.", "2. Заведующим кабинетами…"),
    )


def t_territory(town: str) -> tuple[str, ...]:
    return (
        f"АДМИНИСТРАЦИЯ {town.upper()}",
        "ПОСТАНОВЛЕНИЕ от 15.03.2024 № 412",
        "О закреплении муниципальных общеобразовательных организаций за конкретными территориями",
        "1. Закрепить муниципальные общеобразовательные организации за территориями согласно приложению.",
    )


def t_vsoko(full: str) -> tuple[str, ...]:
    return (
        "Результаты мониторинга качества образования (ВСОКО) за 2023-2024 учебный год",
        full,
        "Успеваемость – 98,6 %, качество знаний – 47 %. Результаты ВПР, ОГЭ, ЕГЭ по предметам.",
    )


def t_food_monitoring(full: str) -> tuple[str, ...]:
    return (
        "Мониторинг удовлетворённости родителей (законных представителей) качеством питания",
        full,
        "В анкетировании приняли участие 312 родителей. Удовлетворены качеством питания – 84 %.",
    )


def t_r145() -> tuple[str, ...]:
    return (
        "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ",
        "РАСПОРЯЖЕНИЕ от 25 декабря 2019 г. № Р-145",
        "Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих "
        "образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам "
        "среднего профессионального образования",
        "1. Утвердить прилагаемую методологию (целевую модель) наставничества обучающихся.",
        "Заместитель Министра М. Н. Ракова",
    )


def t_az1128() -> tuple[str, ...]:
    return (
        "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ. ОБЩЕРОССИЙСКИЙ ПРОФСОЮЗ ОБРАЗОВАНИЯ",
        "ПИСЬМО от 21 декабря 2021 г. № АЗ-1128/08, № 657",
        "О направлении методических рекомендаций по разработке и внедрению системы (целевой модели) наставничества "
        "педагогических работников в образовательных организациях",
        "Приложение: Методические рекомендации. Примерное положение о системе наставничества педагогических "
        "работников в образовательной организации. Примерная дорожная карта.",
    )


def t_regional_order(ministry: str, date: str, number: str) -> tuple[str, ...]:
    return (
        ministry.upper(),
        f"ПРИКАЗ от {date} № {number}",
        "О внедрении целевой модели наставничества обучающихся в образовательных организациях региона",
        f"В соответствии с {R145} ПРИКАЗЫВАЮ:",
        "1. Внедрить целевую модель наставничества в общеобразовательных организациях региона.",
        "2. Органам местного самоуправления обеспечить внедрение целевой модели наставничества.",
        "Министр ____________",
    )


def t_municipal_order(dept: str, date: str, number: str) -> tuple[str, ...]:
    return (
        dept.upper(),
        f"ПРИКАЗ от {date} № {number}",
        "Об организации и внедрении муниципальной целевой модели наставничества",
        f"В соответствии с {R145} ПРИКАЗЫВАЮ:",
        "1. Обеспечить внедрение целевой модели наставничества в подведомственных общеобразовательных организациях.",
        "2. Назначить муниципальным координатором внедрения ЦМН методиста информационно-методического центра.",
        "3. Руководителям ОО назначить кураторов внедрения ЦМН, разработать дорожные карты.",
        "Начальник управления образования ____________",
    )


def t_municipal_roadmap(dept: str, years: str) -> tuple[str, ...]:
    return (
        f"Приложение к приказу {dept}",
        f"Муниципальная дорожная карта внедрения целевой модели наставничества на {years} годы",
        "№ | Мероприятие | Срок | Ответственный",
        "1 | Совещание с руководителями ОО по реализации ЦМН | сентябрь 2024 | управление образования",
        "2 | Муниципальный конкурс «Наставник года» | февраль 2025 | ИМЦ",
        "3 | Мониторинг реализации ЦМН в ОО | май 2025 | муниципальный координатор",
    )


def t_bank(full: str) -> tuple[str, ...]:
    return (
        "База наставников на 2024-2025 учебный год",
        full,
        "Наставников – 16 (педагоги – 12, обучающиеся – 4). Наставляемых – 41.",
    )


def t_anketa() -> tuple[str, ...]:
    return (
        "Анкета наставляемого",
        "1. Как часто вы встречались с наставником? 2. Оцените полезность встреч по шкале от 1 до 10.",
        "3. Что бы вы хотели изменить в программе?",
    )


def t_mo_plan(full: str) -> tuple[str, ...]:
    return (
        "План работы методического совета на 2024-2025 учебный год",
        full,
        "Сентябрь: утверждение планов ШМО. Ноябрь: педагогический совет. Март: неделя открытых уроков.",
    )


def t_dept_order(dept: str, date: str, number: str, subject: str) -> tuple[str, ...]:
    return (
        dept.upper(),
        f"ПРИКАЗ от {date} № {number}",
        subject,
        f"В соответствии с {R145}, {AZ}, приказом министерства образования и науки региона ПРИКАЗЫВАЮ:",
        "1. Внедрить муниципальную целевую модель наставничества в общеобразовательных организациях.",
        "2. Утвердить структуру управления внедрением ЦМН и муниципальную дорожную карту (приложение).",
        "3. Определить муниципальным наставническим центром информационно-методический центр.",
        "4. Руководителям ОО издать приказы о внедрении ЦМН, разместить документы на сайтах.",
        "Начальник ____________",
    )


def t_dept_roadmap(dept: str, years: str) -> tuple[str, ...]:
    rows = (
        ("Информирование ОО о внедрении ЦМН", "Январь, 2024", "Управление образования"),
        ("Назначение кураторов, ответственных в ОО за внедрение ЦМН", "До 01 марта 2024", "ОО"),
        ("Муниципальный конкурс «Лучшие практики наставничества»", "Октябрь 2024, 2025", "ИМЦ"),
        ("Мониторинг реализации ЦМН в ОО", "май, 2025 / май, 2026", "координатор ЦМН"),
        ("Пополнение муниципального банка лучших практик", "ежемесячно, на постоянной основе", "ИМЦ"),
    )
    return (
        f"Приложение 2 к приказу {dept}",
        f"План мероприятий (дорожная карта) внедрения целевой модели наставничества на {years} гг.",
        "№ | Мероприятие | Срок | Ответственный",
        *(f"{i} | {e} | {d} | {r}" for i, (e, d, r) in enumerate(rows, 1)),
    )


def t_dept_school_of_mentoring(dept: str) -> tuple[str, ...]:
    return (
        dept.upper(),
        "РАСПОРЯЖЕНИЕ от 05.04.2024 № 125",
        "О создании муниципальной школы наставничества",
        "1. Создать муниципальную школу наставничества на базе МБОУ «СОШ № 1».",
        "2. Утвердить Положение о муниципальной школе наставничества (приложение 1).",
        "3. Провести проверку сайтов ОО на наличие документов по реализации ЦМН в срок до 01.05.2024.",
    )


# ---- the builder of a site -----------------------------------------------------------------------------------------


def h(text: str) -> str:
    return html.escape(text, quote=False)


def a(href: str, text: str, extra: str = "") -> str:
    return f'<a href="{html.escape(href)}"{extra}>{h(text)}</a>'


def ul(items: list[tuple[str, str]], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{a(href, text)}</li>" for text, href in items) + "</ul>"


Theme = Callable[["Web", str, str], str]


@dataclass
class Web:
    """Collects the resources, the truth and the titles of one site; renders pages with its theme and encoding."""

    name: str
    school: str  # the short name in the header of the site
    theme: Theme
    menu: list[MenuItem]
    full: str = ""  # the full name in the documents
    kind: str = "школа"
    encoding: str = "utf-8"
    charset_in_header: bool = True
    sidebar: str = ""
    footer: str = ""
    resources: dict[str, Resource] = field(default_factory=dict)
    truth: dict[str, str | None] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.truth = dict.fromkeys(SCHOOL_RULES if self.kind == "школа" else DEPARTMENT_RULES)
        self.full = self.full or self.school

    def content_type(self) -> str:
        return f"text/html; charset={self.encoding}" if self.charset_in_header else "text/html"

    def meta(self) -> str:
        if self.encoding == "utf-8":
            return '<meta charset="utf-8">'
        return f'<meta http-equiv="Content-Type" content="text/html; charset={self.encoding}">'

    def add(self, path: str, resource: Resource) -> str:
        assert path not in self.resources, (self.name, path)
        self.resources[path] = resource
        return path

    def page(self, path: str, title: str, content: str, rules: str | tuple[str, ...] = ()) -> str:
        return self.raw(path, self.theme(self, title, content), rules=rules, title=title)

    def raw(self, path: str, text: str, status: int = 200, rules: str | tuple[str, ...] = (), title: str = "") -> str:
        body = text.encode(self.encoding, "xmlcharrefreplace")
        self.add(path, Resource(body, status, (("Content-Type", self.content_type()),)))
        self._label(rules, path, title)
        return path

    def redirect(self, path: str, location: str, status: int = 301) -> str:
        return self.add(path, Resource(status=status, headers=(("Location", location),)))

    def doc(
        self,
        path: str,
        fmt: str,
        title: str,
        text: tuple[str, ...] = (),
        rules: str | tuple[str, ...] = (),
        *,
        rows: Rows = (),
        content_type: str | None = None,
        filename: str | None = None,
    ) -> str:
        """A file: fmt "pdf" (text layer: `text`, its first line is the heading), "scan" (a picture, no text), "docx"
        (`text`) or "xlsx" (`rows` under the title). `title` is what the site calls it (for the report); `rules` the
        rule(s) it meets; `content_type` overrides the right type; `filename` adds a Content-Disposition."""
        if fmt == "pdf":
            body, ctype = text_pdf(text[0], text[1:]), PDF
        elif fmt == "scan":
            body, ctype = scan_pdf(zlib.crc32(f"heldout{self.name}{path}".encode())), PDF
        elif fmt == "docx":
            body, ctype = docx(text[0], text[1:]), DOCX
        elif fmt == "xlsx":
            body, ctype = xlsx(f"{title}. {self.full}", rows), XLSX
        else:
            raise ValueError(fmt)
        headers: tuple[tuple[str, str], ...] = (("Content-Type", content_type or ctype),)
        if filename:
            ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_")
            disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"
            headers = (*headers, ("Content-Disposition", disposition))
        self.add(path, Resource(body, headers=headers))
        self._label(rules, path, title)
        return path

    def _label(self, rules: str | tuple[str, ...], path: str, title: str) -> None:
        self.titles[path] = title
        for rule in (rules,) if isinstance(rules, str) else rules:
            assert rule in self.truth, (self.name, rule)
            assert self.truth[rule] is None, (self.name, rule, "labelled twice")
            self.truth[rule] = path

    def site(self, note: str, expected_status: str = "ok") -> Site:
        _TITLES[self.name] = dict(self.titles)
        return Site(self.name, self.resources, self.kind, self.truth, expected_status, "http", note)


_TITLES: dict[str, dict[str, str]] = {}


# ---- themes: the markup of the CMS and constructors met on school sites -------------------------------------------


GW_LINK = ' class="gw-menu__link"'
GW_SUB = ' class="gw-menu__sub-link"'
WP_LINK = ' class="menu-link"'


def gosweb(w: Web, title: str, content: str) -> str:
    """«Госвеб» (the platform of regional portals on gosuslugi): a burger menu with nested lists, document cards."""
    items = []
    for text, href, children in w.menu:
        sub = "".join(f'<li class="gw-menu__sub-item">{a(s, t, GW_SUB)}</li>' for t, s in children)
        sub_ul = f'<ul class="gw-menu__sub">{sub}</ul>' if sub else ""
        items.append(f'<li class="gw-menu__item">{a(href, text, GW_LINK)}{sub_ul}</li>')
    return (
        f'<!DOCTYPE html>\n<html lang="ru">\n<head>{w.meta()}<meta name="viewport" content="width=device-width">'
        f"<title>{h(title)} | {h(w.school)}</title>"
        '<link rel="stylesheet" href="/static/gw/css/main.min.css?v=3.14.2"></head>\n<body class="gw-page">\n'
        '<div class="gw-top-bar"><a class="gw-top-bar__special" href="?special=Y">Версия для слабовидящих</a>'
        '<a href="https://www.gosuslugi.ru/" class="gw-top-bar__gu">Госуслуги</a></div>\n'
        f'<header class="gw-header"><a class="gw-header__logo" href="/"><img src="/netcat_files/logo/gerb.svg" '
        f'alt="Герб"><span class="gw-header__name">{h(w.school)}</span></a>'
        '<form class="gw-search" action="/search/"><input name="q" placeholder="Поиск по сайту"></form></header>\n'
        f'<nav class="gw-menu" aria-label="Главное меню"><button class="gw-menu__burger">Меню</button>'
        f'<ul class="gw-menu__list">{"".join(items)}</ul></nav>\n'
        f'<div class="gw-breadcrumbs"><a href="/">Главная</a> <span>/</span> <span>{h(title)}</span></div>\n'
        f'<main class="gw-content"><h1 class="gw-title">{h(title)}</h1>\n{content}\n</main>\n'
        f'<footer class="gw-footer">{w.footer}<p>© {h(w.school)}, 2024</p><p>Сайт создан на платформе '
        "«Госвеб»</p></footer>\n</body>\n</html>\n"
    )


def gw_docs(items: list[tuple[str, str, str]]) -> str:
    """Госвеб document cards: (title, href, "PDF, 312 Кб")."""
    return "".join(
        f'<div class="gw-document"><div class="gw-document__icon">{h(meta.split(",")[0])}</div>'
        f'<div class="gw-document__body"><div class="gw-document__title">{h(t)}</div>'
        f'<div class="gw-document__meta">{h(meta)}</div>'
        f'<a class="gw-document__link" href="{html.escape(href)}" download>Скачать</a></div></div>'
        for t, href, meta in items
    )


def joomla4(w: Web, title: str, content: str) -> str:
    """Joomla 4 with SEF URLs (/index.php/razdel/stranitsa), Cassiopeia template, metismenu."""
    items = []
    for i, (text, href, children) in enumerate(w.menu):
        sub = "".join(
            f'<li class="metismenu-item item-{300 + j} level-2">{a(s, t)}</li>' for j, (t, s) in enumerate(children)
        )
        sub_ul = f'<ul class="mm-collapse">{sub}</ul>' if sub else ""
        deeper = " deeper parent" if children else ""
        items.append(f'<li class="metismenu-item item-{101 + i} level-1{deeper}">{a(href, text)}{sub_ul}</li>')
    return (
        f'<!DOCTYPE html>\n<html lang="ru-ru" dir="ltr">\n<head>\n{w.meta()}\n'
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        f"<title>{h(title)} – {h(w.school)}</title>\n"
        '<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet">\n</head>\n'
        '<body class="site com_content wrapper-static view-article layout-blog no-task">\n'
        f'<header class="header container-header full-width"><div class="navbar-brand"><a class="brand-logo" '
        f'href="/">{h(w.school)}</a></div>\n'
        f'<div class="container-nav"><nav class="navbar navbar-expand-md"><ul class="mod-menu mod-menu_dropdown-'
        f'metismenu metismenu mod-list">{"".join(items)}</ul></nav></div></header>\n'
        '<div class="site-grid"><div class="grid-child container-component">\n'
        f'<nav class="mod-breadcrumbs__wrapper"><ol class="mod-breadcrumbs breadcrumb"><li>Вы здесь: </li>'
        f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Главная</a></li>'
        f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{h(title)}</span></li></ol></nav>\n'
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
        f'<div class="page-header"><h1 itemprop="headline">{h(title)}</h1></div>\n'
        f'<div itemprop="articleBody" class="com-content-article__body">\n{content}\n</div></div>\n'
        f'</div><div class="grid-child container-sidebar-right">{w.sidebar}</div></div>\n'
        f'<footer class="container-footer footer full-width"><div class="grid-child">{w.footer}'
        f"<p>© 2024 {h(w.school)}</p></div></footer>\n</body>\n</html>\n"
    )


def joomla_classic(w: Web, title: str, content: str) -> str:
    """Joomla 1.5 (still alive on village schools): table layout, mainlevel/sublevel links, contentheading."""
    rows = []
    for text, href, children in w.menu:
        rows.append(f'<tr align="left"><td><a href="{html.escape(href)}" class="mainlevel">{h(text)}</a></td></tr>')
        for t, s in children:
            rows.append(f'<tr align="left"><td><a href="{html.escape(s)}" class="sublevel">{h(t)}</a></td></tr>')
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ru-ru" lang="ru-ru">\n<head>\n'
        f'<base href="{{site}}/" />\n{w.meta()}\n<meta name="generator" content="Joomla! 1.5 - Open Source Content '
        f'Management" />\n<title>{h(w.school)} - {h(title)}</title>\n'
        '<link rel="stylesheet" href="/templates/rhuk_milkyway/css/template.css" type="text/css" />\n</head>\n'
        '<body id="page_bg"><div id="wrapper"><div id="header"><div id="logo">'
        f"{h(w.school)}</div></div>\n"
        '<table class="nopad" cellpadding="0" cellspacing="0"><tr valign="top"><td class="leftcol">'
        f'<div class="moduletable_menu"><h3>Главное меню</h3><table width="100%" border="0" cellpadding="0" '
        f'cellspacing="1">{"".join(rows)}</table></div>{w.sidebar}</td>\n'
        '<td class="maincol"><table class="contentpaneopen"><tr><td class="contentheading" width="100%">'
        f"{h(title)}</td></tr></table>\n"
        f'<table class="contentpaneopen"><tr><td valign="top">{content}</td></tr></table></td></tr></table>\n'
        f'<div id="footer">{w.footer}<p align="center">© 2024 {h(w.school)}. Работает на Joomla!</p></div>'
        "</div>\n</body>\n</html>\n"
    )


def bitrix2(w: Web, title: str, content: str) -> str:
    """1C-Bitrix «Школьный сайт»: vertical catalog menu, hubs as javascript:void(0), bx-breadcrumb."""
    items = []
    for text, href, children in w.menu:
        sub = "".join(f'<li class="bx-nav-2-lvl">{a(s, t)}</li>' for t, s in children)
        sub_ul = f'<ul class="bx-nav-list-2-lvl">{sub}</ul>' if sub else ""
        items.append(f'<li class="bx-nav-1-lvl bx-nav-list-1-col">{a(href, text)}{sub_ul}</li>')
    return (
        f'<!DOCTYPE html>\n<html xml:lang="ru" lang="ru">\n<head>\n{w.meta()}\n<title>{h(title)}</title>\n'
        '<link href="/bitrix/cache/css/s1/edu_school/template_6f1c.css?171234567812345" rel="stylesheet">\n'
        '<script>(window.BX||top.BX).message({"LANGUAGE_ID":"ru","SITE_ID":"s1"});</script>\n</head>\n<body>\n'
        f'<div class="page-wrapper"><header class="header"><a href="/" class="header__logo">{h(w.school)}</a>'
        '<div class="header__eye"><a href="/?special_version=Y">Версия для слабовидящих</a></div></header>\n'
        f'<nav class="bx-top-nav bx-site"><ul class="bx-nav-list-1-lvl">{"".join(items)}</ul></nav>\n'
        f'<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb"><div class="bx-breadcrumb-item">'
        f'<a href="/" title="Главная">Главная</a></div><div class="bx-breadcrumb-item"><span>{h(title)}</span>'
        f'</div></div>\n<div class="content-wrap"><aside class="sidebar">{w.sidebar}</aside>'
        f'<section class="content"><h1 class="page-title">{h(title)}</h1>\n{content}\n</section></div>\n'
        f'<footer class="footer">{w.footer}<div class="footer__copy">© {h(w.school)}</div>'
        '<div class="footer__dev">Разработка сайта — 1С-Битрикс: Управление сайтом</div></footer></div>\n'
        "</body>\n</html>\n"
    )


def wp(w: Web, title: str, content: str) -> str:
    """WordPress (Astra + Elementor): pretty permalinks, absolute {site} URLs, ast-* menu classes."""
    items = []
    for i, (text, href, children) in enumerate(w.menu):
        sub = "".join(
            f'<li id="menu-item-{900 + i * 10 + j}" class="menu-item menu-item-type-post_type">{a(s, t, WP_LINK)}</li>'
            for j, (t, s) in enumerate(children)
        )
        sub_ul = f'<ul class="sub-menu">{sub}</ul>' if sub else ""
        cls = "menu-item menu-item-type-post_type menu-item-object-page" + (" menu-item-has-children" if sub else "")
        items.append(f'<li id="menu-item-{500 + i}" class="{cls}">{a(href, text, WP_LINK)}{sub_ul}</li>')
    return (
        f'<!DOCTYPE html>\n<html lang="ru-RU">\n<head>\n{w.meta()}\n<title>{h(title)} – {h(w.school)}</title>\n'
        "<link rel='stylesheet' id='astra-theme-css-css' href='{site}/wp-content/themes/astra/assets/css/minified/"
        "main.min.css?ver=4.6.4' media='all' />\n"
        "<link rel='stylesheet' id='elementor-frontend-css' href='{site}/wp-content/plugins/elementor/assets/css/"
        "frontend.min.css?ver=3.19.2' media='all' />\n</head>\n"
        '<body class="page-template-default page ast-page-builder-template elementor-default">\n'
        '<div id="page" class="hfeed site"><header class="site-header ast-primary-submenu-animation-fade">'
        f'<div class="site-branding"><span class="site-title"><a href="{{site}}/" rel="home">{h(w.school)}</a></span>'
        '</div><nav class="main-header-bar-navigation" aria-label="Основная навигация"><ul id="ast-hf-menu-1" '
        f'class="main-header-menu ast-menu-shadow ast-nav-menu">{"".join(items)}</ul></nav></header>\n'
        '<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area">'
        f'<main id="main" class="site-main"><article class="post type-page status-publish ast-article-single">'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h(title)}</h1></header>'
        f'<div class="entry-content clear" itemprop="text">\n{content}\n</div></article></main></div>\n'
        f'<div class="widget-area secondary" id="secondary">{w.sidebar}</div></div></div>\n'
        f'<footer class="site-footer">{w.footer}<div class="ast-small-footer">Copyright © 2024 {h(w.school)} | '
        "Работает на WordPress</div></footer></div>\n</body>\n</html>\n"
    )


def elementor_accordion(groups: list[tuple[str, str]]) -> str:
    """Elementor accordion: the tab titles are links with an empty href, the content is hidden until clicked."""
    out = []
    for i, (tab, body) in enumerate(groups, 1):
        out.append(
            f'<div class="elementor-accordion-item"><div id="elementor-tab-title-14{i:02d}" '
            'class="elementor-tab-title" '
            f'data-tab="{i}" role="button" aria-controls="elementor-tab-content-14{i:02d}" aria-expanded="false">'
            f'<span class="elementor-accordion-icon" aria-hidden="true"></span><a class="elementor-accordion-title" '
            f'tabindex="0" href="">{h(tab)}</a></div><div id="elementor-tab-content-14{i:02d}" class="elementor-tab-'
            f'content elementor-clearfix" data-tab="{i}" role="region" style="display:none">{body}</div></div>'
        )
    return f'<div class="elementor-widget-accordion"><div class="elementor-accordion">{"".join(out)}</div></div>'


def edusite(w: Web, title: str, content: str) -> str:
    """edusite.ru «Сайты образовательных учреждений»: windows-1251, /pNaa1.html pages, /DswMedia/ files."""
    menu = "".join(
        f'<tr><td class="menu1"><a href="{html.escape(href)}">{h(text)}</a></td></tr>'
        + "".join(f'<tr><td class="menu2">&nbsp;&nbsp;<a href="{html.escape(s)}">{h(t)}</a></td></tr>' for t, s in ch)
        for text, href, ch in w.menu
    )
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
        f"{w.meta()}\n<title>{h(w.school)} - {h(title)}</title>\n"
        '<link rel="stylesheet" href="/DswMedia/style.css" type="text/css">\n</head>\n'
        '<body leftmargin="0" topmargin="0"><table width="980" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td colspan="2" class="top"><div class="ou-name">{h(w.school)}</div></td></tr>\n'
        f'<tr><td width="220" valign="top" class="left"><table width="100%">{menu}</table>{w.sidebar}</td>\n'
        f'<td valign="top" class="center"><div class="zag">{h(title)}</div>\n{content}\n</td></tr>\n'
        f'<tr><td colspan="2" class="bottom">{w.footer}Сайт создан в системе '
        '<a href="http://edusite.ru" target="_blank">«Сайты образовательных учреждений»</a></td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def ucoz2(w: Web, title: str, content: str) -> str:
    """uCoz with the file catalog (/load/): a left column of blocks, the catalog's entries."""
    menu = "".join(
        f'<li><a class="uMenuItemA" href="{html.escape(href)}"><span>{h(text)}</span></a>'
        + (ul(ch) if ch else "")
        + "</li>"
        for text, href, ch in w.menu
    )
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<script type="text/javascript" src="/?yQ2h%3Bn8T"></script>\n'
        f"{w.meta()}\n<title>{h(title)} - {h(w.school)}</title>\n"
        '<link type="text/css" rel="StyleSheet" href="/.s/src/css/1234.css" />\n</head>\n<body>\n'
        f'<div id="utbr8214"></div><div class="wrapper"><div id="header"><h1 class="site-n">{h(w.school)}</h1></div>\n'
        f'<div id="sidebar"><div class="block"><div class="blocktitle">Меню сайта</div><div class="blockcontent">'
        f'<div id="uMenuDiv1" class="uMenuV"><ul class="uMenuRoot">{menu}</ul></div></div></div>{w.sidebar}</div>\n'
        f'<div id="content"><h1>{h(title)}</h1>\n{content}\n</div>\n'
        f'<div id="footer">{w.footer}<!-- "\' --><span class="pbZt8fG"><a href="https://www.ucoz.ru/">Бесплатный '
        'конструктор сайтов</a> - <a href="https://www.ucoz.ru/">uCoz</a></span></div></div>\n</body>\n</html>\n'
    )


def konstruktor(w: Web, title: str, content: str) -> str:
    """A constructor of school sites (/sveden/, /svedeniya/, /files/, /docs/, file cards): a top menu with
    drop-downs, a left column, a «Версия для слабовидящих» switch."""
    items = []
    for text, href, children in w.menu:
        sub = "".join(f"<li>{a(s, t)}</li>" for t, s in children)
        sub_ul = f'<div class="dropdown"><ul>{sub}</ul></div>' if sub else ""
        items.append(f'<li class="top-menu__item">{a(href, text)}{sub_ul}</li>')
    left = f'<div class="left-col">{w.sidebar}</div>' if w.sidebar else ""
    return (
        f'<!DOCTYPE html>\n<html lang="ru">\n<head>\n{w.meta()}\n<title>{h(title)}</title>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        '<link rel="stylesheet" href="/css/style.css?v=20240115">\n</head>\n<body>\n'
        f'<div class="top-line"><a href="/sveden/">Сведения об образовательной организации</a> '
        '<a class="bvi-open" href="#">Версия для слабовидящих</a></div>\n'
        f'<div class="head"><a href="/" class="head__logo"><img src="/img/logo.png" alt="Логотип"></a>'
        f'<div class="head__name">{h(w.school)}</div></div>\n'
        f'<ul class="top-menu">{"".join(items)}</ul>\n'
        f'<div class="main">{left}<div class="center-col"><div class="path"><a href="/">Главная</a> → '
        f"{h(title)}</div><h1>{h(title)}</h1>\n{content}\n</div></div>\n"
        f'<div class="foot">{w.footer}<p>© 2024 {h(w.school)}. Все права защищены.</p></div>\n</body>\n</html>\n'
    )


def handmade(w: Web, title: str, content: str) -> str:
    """A hand-made site: frames replaced by tables long ago, <center>, <font>, menu of links separated by |."""
    menu = " | ".join(f'<a href="{html.escape(href)}">{h(text)}</a>' for text, href, _ in w.menu)
    return (
        f"<html>\n<head>\n{w.meta()}\n<title>{h(title)}</title>\n</head>\n"
        '<body bgcolor="#f0f8ff">\n<center><font size="5" color="navy"><b>'
        f'{h(w.school)}</b></font></center><hr>\n<center><font size="2">{menu}</font></center><hr>\n'
        f'<table width="90%" align="center"><tr><td>{w.sidebar}<h2>{h(title)}</h2>\n{content}\n</td></tr></table>\n'
        f'<hr><center><font size="1">{w.footer}© {h(w.school)}. Страница обновлена 03.09.2024</font></center>\n'
        "</body>\n</html>\n"
    )


# ---- pages every site has ------------------------------------------------------------------------------------------

NEWS = (
    ("02.09.2024", "Торжественная линейка", "1 сентября для 62 первоклассников прозвенел первый звонок."),
    ("20.09.2024", "Неделя безопасности", "Сотрудники Госавтоинспекции провели беседы о правилах дорожного движения."),
    ("28.09.2024", "Школьный этап ВсОШ", "Стартовал школьный этап всероссийской олимпиады школьников."),
)
SVEDEN = (
    "Основные сведения",
    "Структура и органы управления образовательной организацией",
    "Документы",
    "Образование",
    "Образовательные стандарты и требования",
    "Руководство",
    "Педагогический состав",
    "Материально-техническое обеспечение и оснащённость образовательного процесса. Доступная среда",
    "Платные образовательные услуги",
    "Финансово-хозяйственная деятельность",
    "Вакантные места для приёма (перевода) обучающихся",
    "Стипендии и меры поддержки обучающихся",
    "Международное сотрудничество",
    "Организация питания в образовательной организации",
)


def home(w: Web, path: str, news_href: str, extra: str = "") -> str:
    news = "".join(
        f'<div class="news-item"><div class="news-date">{d}</div><div class="news-title">{h(t)}</div><p>{h(x)}</p>'
        "</div>"
        for d, t, x in NEWS
    )
    content = (
        f"<p>Добро пожаловать на официальный сайт {h(w.school)}!</p>{extra}<h2>Новости</h2>{news}"
        f"<p>{a(news_href, 'Архив новостей')}</p>"
    )
    return w.page(path, "Главная", content)


def sveden(w: Web, path: str, links: dict[str, str] | None = None) -> str:
    links = links or {}
    return w.page(path, "Сведения об образовательной организации", ul([(p, links.get(p, "#")) for p in SVEDEN]))


def contacts(w: Web, path: str) -> str:
    content = (
        "<p>Юридический адрес: 427790, ул. Советская, д. 15</p><p>Телефон приёмной: "
        '<a href="tel:+73414700000">8 (34147) 0-00-00</a></p><p>E-mail: '
        '<a href="mailto:school@edu.example.ru">school@edu.example.ru</a></p>'
    )
    return w.page(path, "Контакты", content)


def news_list(w: Web, path: str, posts: list[tuple[str, str, str]] = ()) -> str:  # type: ignore[assignment]
    items = "".join(f'<div class="news-item"><span class="date">{d}</span> {a(href, t)}</div>' for d, t, href in posts)
    items += "".join(
        f'<div class="news-item"><span class="date">{d}</span> <b>{h(t)}</b><p>{h(x)}</p></div>' for d, t, x in NEWS
    )
    return w.page(path, "Новости", items)


def basics(
    w: Web, main: str = "/", sveden_path: str = "/sveden/", news: str = "/news/", kontakty: str = "/contacts/"
) -> None:
    """The main page, Сведения об ОО, Новости and Контакты at the given paths ("" leaves one out)."""
    if main:
        home(w, main, news or "#")
    if sveden_path:
        sveden(w, sveden_path)
    if news:
        news_list(w, news)
    if kontakty:
        contacts(w, kontakty)


def table_docs(
    rows: list[tuple[str, str, str]], head: tuple[str, ...] = ("№", "Наименование документа", "Файл")
) -> str:
    """A table of documents: (title, href, link text) → № | title | link."""
    th = "".join(f"<th>{h(x)}</th>" for x in head)
    trs = "".join(
        f"<tr><td>{i}</td><td>{h(t)}</td><td>{a(href, link)}</td></tr>" for i, (t, href, link) in enumerate(rows, 1)
    )
    return f'<table class="table table-bordered"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'


def roadmap_html(rows: tuple[tuple[str, str, str, str], ...]) -> str:
    head = "".join(f"<th>{x}</th>" for x in ("№ п/п", "Мероприятие", "Сроки", "Ответственные", "Результат"))
    body = "".join(
        f"<tr><td>{i}.</td><td>{h(e)}</td><td>{h(d)}</td><td>{h(r)}</td><td>{h(x)}</td></tr>"
        for i, (e, d, r, x) in enumerate(rows, 1)
    )
    return f'<table border="1" cellspacing="0" cellpadding="4"><tr>{head}</tr>{body}</table>'


# ---- the schools ---------------------------------------------------------------------------------------------------


def h01() -> Site:
    sec = "/pedagogam/nastavnichestvo/"
    menu: list[MenuItem] = [
        ("Сведения об образовательной организации", "/svedeniya-ob-obrazovatelnoy-organizatsii/", []),
        ("Наша школа", "/nasha-shkola/", [("История школы", "/nasha-shkola/istoriya/")]),
        (
            "Педагогам",
            "/pedagogam/",
            [("Аттестация", "/pedagogam/attestatsiya/"), ("Наставничество", sec), ("Методическая работа", "#")],
        ),
        ("Родителям и ученикам", "/roditelyam-i-uchenikam/", []),
        ("Новости", "/novosti/", []),
        ("Контакты", "/kontakty/", []),
    ]
    full = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2» г. Сарапула"
    w = Web("h01-gosweb", "МБОУ «СОШ № 2» г. Сарапула", gosweb, menu, full)
    basics(w, "/", "", "/novosti/", "/kontakty/")
    docs = "/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/"
    sveden(w, "/svedeniya-ob-obrazovatelnoy-organizatsii/", {"Документы": docs})
    t_form = "Положение о школьной форме и внешнем виде обучающихся"
    w.page(
        docs,
        "Документы",
        gw_docs(
            [
                (
                    t_form,
                    w.doc("/netcat_files/userfiles/2/Dokumenty/shkolnaya_forma.pdf", "pdf", t_form, t_uniform(full)),
                    "PDF, 96 Кб",
                )
            ]
        ),
    )
    w.page("/nasha-shkola/", "Наша школа", ul([("История школы", "/nasha-shkola/istoriya/")]))
    w.page("/nasha-shkola/istoriya/", "История школы", "<p>Школа открыта 1 сентября 1965 года.</p>")
    w.page("/pedagogam/", "Педагогам", ul([("Аттестация", "/pedagogam/attestatsiya/"), ("Наставничество", sec)]))
    w.page("/pedagogam/attestatsiya/", "Аттестация", "<p>График аттестации педагогических работников.</p>")
    w.page("/roditelyam-i-uchenikam/", "Родителям и ученикам", "<p>Запись в первый класс.</p>")
    f = "/netcat_files/userfiles/2/Nastavnichestvo/"
    t1 = "Приказ «О внедрении целевой модели наставничества в МБОУ «СОШ №2»»"
    t2 = "Положение о наставничестве обучающихся МБОУ «СОШ №2»"
    t3 = "Положение о системе наставничества педагогических работников МБОУ «СОШ №2»"
    t4 = "Дорожная карта внедрения ЦМН на 2024-2025 учебный год"
    t5 = "Программа наставничества «Педагог – педагог»"
    t6 = "Приказ № 212 от 02.09.2024 «О закреплении наставнических пар (групп)»"
    items = [
        (
            t1,
            w.doc(f + "prikaz_vnedrenie_cmn.pdf", "pdf", t1, t_order_impl(full, "30.08.2024", "205-од"), ORD),
            "PDF, 412 Кб",
        ),
        (t2, w.doc(f + "polozhenie_obuch.pdf", "pdf", t2, t_reg_students(full), RS), "PDF, 356 Кб"),
        (t3, w.doc(f + "polozhenie_ped.pdf", "pdf", t3, t_reg_teachers(full), RT), "PDF, 377 Кб"),
        (t4, w.doc(f + "dk_2024-2025.pdf", "pdf", t4, t_roadmap(full), RM), "PDF, 198 Кб"),
        (
            t5,
            w.doc(f + "programma_pedagog-pedagog.pdf", "pdf", t5, t_programme(full, "Педагог – педагог"), PR),
            "PDF, 501 Кб",
        ),
        (t6, w.doc(f + "prikaz_212.pdf", "pdf", t6, t_pairs(full, "02.09.2024", "212"), PA), "PDF, 140 Кб"),
    ]
    content = (
        "<p>Куратор внедрения целевой модели наставничества — заместитель директора по УВР Ковалёва Татьяна "
        'Николаевна, тел. <a href="tel:+73414700001">8 (34147) 0-00-01</a>.</p>' + gw_docs(items)
    )
    w.page(sec, "Наставничество", content)
    return w.site(
        "«Госвеб»: «Педагогам» → «Наставничество», карточки документов «Скачать» (/netcat_files/…), название в "
        "карточке; положение о школьной форме — в «Документах»; нет мониторинга"
    )


def h02() -> Site:
    sec = "/index.php/deyatelnost/tselevaya-model-nastavnichestva"
    menu: list[MenuItem] = [
        ("Главная", "/index.php", []),
        ("Сведения об образовательной организации", "/index.php/svedeniya", []),
        (
            "Деятельность",
            "/index.php/deyatelnost",
            [("Целевая модель наставничества", sec), ("Проектная деятельность", "/index.php/deyatelnost/proekty")],
        ),
        ("Новости", "/index.php/novosti", []),
        ("Контакты", "/index.php/kontakty", []),
    ]
    full = "МАОУ «Гимназия № 3» г. Орска"
    w = Web("h02-joomla4-sef", "МАОУ «Гимназия № 3»", joomla4, menu, full)
    home(w, "/", "/index.php/novosti")
    basics(w, "/index.php", "/index.php/svedeniya", "/index.php/novosti", "/index.php/kontakty")
    w.page("/index.php/deyatelnost", "Деятельность", ul(menu[2][2]))
    w.page("/index.php/deyatelnost/proekty", "Проектная деятельность", "<p>Индивидуальные проекты 10 классов.</p>")
    f = "/images/docs/cmn/"
    t0 = "Распоряжение Минпросвещения России от 25.12.2019 № Р-145"
    t00 = "Письмо Минпросвещения России от 21.12.2021 № АЗ-1128/08"
    t1 = "Приказ № 145-од от 01.09.2023 «О внедрении целевой модели наставничества в 2023-2024 учебном году»"
    t2 = "Положение о наставничестве"
    t3 = "Дорожная карта по реализации ЦМН на 2023-2024 уч.год"
    t4 = "Анализ реализации целевой модели наставничества за 2023-2024 учебный год"
    rows = [
        (t0, "25.12.2019", w.doc(f + "rasporyazhenie_r-145.pdf", "pdf", t0, t_r145())),
        (t00, "21.12.2021", w.doc(f + "pismo_az-1128-08.pdf", "pdf", t00, t_az1128())),
        (
            t1,
            "01.09.2023",
            w.doc(f + "prikaz_145-od.pdf", "pdf", t1, t_order_impl(full, "01.09.2023", "145-од", "2023/2024"), ORD),
        ),
        (t2, "01.09.2023", w.doc(f + "polozhenie.pdf", "pdf", t2, t_reg_generic(full), RS)),
        (t3, "01.09.2023", w.doc(f + "dk_2023-2024.pdf", "pdf", t3, t_roadmap(full, "2023-2024"), RM)),
        (t4, "14.06.2024", w.doc(f + "analiz_cmn_2023-2024.docx", "docx", t4, t_analysis(full), MO)),
    ]
    trs = "".join(
        f"<tr><td>{i}</td><td>{h(t)}</td><td>{d}</td><td>{a(p, p.rsplit('/', 1)[1])}</td></tr>"
        for i, (t, d, p) in enumerate(rows, 1)
    )
    content = (
        '<table class="table table-striped"><thead><tr><th>№</th><th>Наименование</th><th>Дата</th><th>Документ</th>'
        f"</tr></thead><tbody>{trs}</tbody></table>"
    )
    w.page(sec, "Целевая модель наставничества", content)
    return w.site(
        "Joomla 4 с ЧПУ (/index.php/deyatelnost/…): таблица «Наименование | Дата | Документ», текст ссылки — имя "
        "файла; федеральные Р-145 и АЗ-1128/08 — не документы школы; дорожная карта прошлого года (есть); "
        "мониторинг — «Анализ реализации ЦМН» (DOCX)"
    )


def h03() -> Site:
    sec = "/pedagogam/nastavnichestvo/"
    menu: list[MenuItem] = [
        (
            "О лицее",
            "javascript:void(0)",
            [("Сведения об образовательной организации", "/sveden/common/"), ("История", "/about/history/")],
        ),
        ("Педагогам", "javascript:void(0)", [("Наставничество", sec), ("Аттестация", "/pedagogam/attestaciya/")]),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "Муниципальное автономное общеобразовательное учреждение «Лицей № 7» города Кирова"
    w = Web("h03-bitrix-accordion", "МАОУ «Лицей № 7» г. Кирова", bitrix2, menu, full)
    basics(w, "/", "/sveden/common/", "/news/", "/contacts/")
    w.page("/about/history/", "История", "<p>Лицей основан в 1991 году.</p>")
    w.page("/pedagogam/attestaciya/", "Аттестация", "<p>Аттестация педагогических работников.</p>")
    t_cab = "Приказ о закреплении учебных кабинетов за педагогическими работниками на 2024/2025 учебный год"
    w.page(
        "/sveden/document/",
        "Документы",
        ul(
            [
                (
                    t_cab,
                    w.doc(
                        "/upload/iblock/0d4/0d4c1b2a3e5f6a7b8c9d0e1f2a3b4c5d/prikaz_kabinety.pdf",
                        "pdf",
                        t_cab,
                        t_cabinets(full),
                    ),
                )
            ]
        ),
    )
    up = "/upload/iblock/"
    t1 = "Приказ от 28.08.2024 № 301 «Об организации наставничества в 2024/2025 учебном году и назначении куратора»"
    t2 = "Положение о наставничестве в МАОУ «Лицей № 7»"
    t3 = "Положение о системе наставничества педагогических работников МАОУ «Лицей № 7»"
    t4 = "План мероприятий (дорожная карта) по реализации системы наставничества на 2024/2025 уч. год"
    t5 = "Программа наставничества «Ученик – ученик» на 2024-2025 учебный год"
    t6 = "Персонализированная программа наставничества молодого педагога"
    t7 = "Приказ от 02.09.2024 № 318 «О закреплении наставников и наставляемых»"
    t8 = "Отчёт о результатах мониторинга программы наставничества за 2023/2024 уч. год"
    t9 = "База наставников"
    norm = [
        (
            t1,
            w.doc(up + "a3f/a3f9c2e81b7d4e6f/Prikaz_301.pdf", "pdf", t1, t_order_org(full, "28.08.2024", "301"), ORD),
            "PDF, 212 Кб",
        ),
        (
            t2,
            w.doc(up + "7b1/7b1e0d9c8a6f5e4d/Polozhenie_o_nastavnichestve.pdf", "pdf", t2, t_reg_generic(full), RS),
            "PDF, 480 Кб",
        ),
        (
            t3,
            w.doc(up + "c09/c09a8b7d6e5f4a3b/Polozhenie_pedagogi.pdf", "pdf", t3, t_reg_teachers(full), RT),
            "PDF, 505 Кб",
        ),
        (
            t4,
            w.doc(up + "e52/e52d1c0b9a8f7e6d/Plan_nastavnichestvo_2024.pdf", "pdf", t4, t_roadmap_teachers(full), RM),
            "PDF, 150 Кб",
        ),
    ]
    progs = [
        (
            t5,
            w.doc(
                up + "1d8/1d8e7f6a5b4c3d2e/Programma_uchenik-uchenik.pdf",
                "pdf",
                t5,
                t_programme(full, "Ученик – ученик"),
                PR,
            ),
            "PDF, 640 Кб",
        ),
        (
            t6,
            w.doc(
                up + "4aa/4aa9b8c7d6e5f4a3/Personalizirovannaya_programma.docx", "docx", t6, t_personal_programme(full)
            ),
            "DOCX, 38 Кб",
        ),
    ]
    pairs = [
        (
            t7,
            w.doc(up + "9f0/9f0e1d2c3b4a5f6e/Prikaz_318.pdf", "pdf", t7, t_pairs(full, "02.09.2024", "318"), PA),
            "PDF, 133 Кб",
        ),
        (t9, w.doc(up + "b6c/b6c5d4e3f2a1b0c9/Baza_nastavnikov.xlsx", "xlsx", t9, rows=BANK_ROWS), "XLSX, 11 Кб"),
    ]
    mon = [
        (
            t8,
            w.doc(up + "2e3/2e3f4a5b6c7d8e9f/Otchet_monitoring.pdf", "pdf", t8, t_monitoring(full), MO),
            "PDF, 244 Кб",
        ),
    ]

    def group(i: int, title: str, docs: list[tuple[str, str, str]]) -> str:
        lis = "".join(f'<li>{a(href, t)} <span class="file-size">({size})</span></li>' for t, href, size in docs)
        return (
            f'<div class="accordion-item"><h2 class="accordion-header" id="heading{i}"><button class="accordion-button '
            f'collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse{i}">{h(title)}</button></h2>'
            f'<div id="collapse{i}" class="accordion-collapse collapse"><div class="accordion-body"><ul>{lis}</ul>'
            "</div></div></div>"
        )

    content = (
        '<div class="accordion" id="accordionNastav">'
        + "".join(
            group(i, t, d)
            for i, (t, d) in enumerate(
                [
                    ("Нормативные документы", norm),
                    ("Программы наставничества", progs),
                    ("Наставнические пары", pairs),
                    ("Мониторинг", mon),
                ],
                1,
            )
        )
        + "</div>"
    )
    w.page(sec, "Наставничество", content)
    return w.site(
        "1С-Битрикс: пункты меню-хабы с javascript:void(0), раздел «Педагогам» → «Наставничество», документы в "
        "аккордеоне Bootstrap (/upload/iblock/…/Имя.pdf); общее положение (обучающиеся), персонализированная "
        "программа и база наставников; приказ о закреплении кабинетов — в «Документах» (ловушка)"
    )


def h04() -> Site:
    s = "{site}"
    sec = f"{s}/nastavnichestvo-v-shkole/"
    menu: list[MenuItem] = [
        ("Главная", f"{s}/", []),
        ("Сведения об образовательной организации", f"{s}/sveden/", []),
        ("Наставничество в школе", sec, []),
        ("Новости", f"{s}/category/novosti/", []),
        ("Контакты", f"{s}/kontakty/", []),
    ]
    full = "МБОУ «Верхнепышминская СОШ»"
    w = Web("h04-wp-elementor", full, wp, menu)
    basics(w, "/", "/sveden/", "/category/novosti/", "/kontakty/")
    u = "/wp-content/uploads/"
    t1 = "Приказ №67 от 31.08.2022 О внедрении ЦМН"
    t2 = "Положене о наставничестве обучающихся"
    t3 = "Положение о наставничестве педагогических работников (новая редакция с учётом ст. 351.8 ТК РФ)"
    t4 = "Приказ №112/1 от 04.09.2024г. «О закреплении наставнических пар/групп на 2024-2025 уч.г.»"
    t5 = "Рабочая программа воспитания на 2024-2025 уч. год"
    d1 = w.doc(
        u + "2022/09/Prikaz-67-o-vnedrenii-TSMN.pdf",
        "pdf",
        t1,
        t_order_impl(full, "31.08.2022", "67", "2022/2023"),
        ORD,
    )
    d2 = w.doc(u + "2022/09/Polozhenie-o-nastavnichestve-obuchayushhihsya.pdf", "pdf", t2, t_reg_students(full), RS)
    d3 = w.doc(
        u + "2024/03/Polozhenie-o-nastavnichestve-pedagogicheskih-rabotnikov-2024.pdf",
        "pdf",
        t3,
        t_reg_teachers(full, "ПОЛОЖЕНИЕ о наставничестве педагогических работников"),
        RT,
    )
    d4 = w.doc(u + "2024/09/Prikaz-112_1-o-zakreplenii-par.pdf", "pdf", t4, t_pairs(full, "04.09.2024", "112/1"), PA)
    d5 = w.doc(u + "2024/09/Programma-vospitaniya-2024-2025.pdf", "pdf", t5, t_upbringing(full))

    def item(t: str, href: str) -> str:
        return f'<p>{h(t)} — <a href="{s}{href}" target="_blank" rel="noopener">Скачать</a></p>'

    content = elementor_accordion(
        [
            ("Нормативные документы", item(t1, d1) + item(t2, d2) + item(t3, d3)),
            ("Наставнические пары", item(t4, d4)),
            ("Воспитательная работа", item(t5, d5)),
        ]
    )
    w.page("/nastavnichestvo-v-shkole/", "Наставничество в школе", content)
    return w.site(
        "WordPress + Elementor: раздел «Наставничество в школе», документы в аккордеоне (скрытые вкладки, "
        'заголовки-ссылки href=""), ссылки «Скачать»; опечатка «Положене»; программа воспитания — не программа '
        "наставничества; нет дорожной карты, программ и мониторинга"
    )


def h05() -> Site:
    sec = "/p45aa1.html"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/p2aa1.html", []),
        ("Учительская", "/p5aa1.html", [("Наставничество", sec), ("МО учителей", "/p46aa1.html")]),
        ("Новости", "/p3aa1.html", []),
        ("Контакты", "/p4aa1.html", []),
    ]
    full = "Муниципальное казённое общеобразовательное учреждение «Большеусинская средняя общеобразовательная школа»"
    w = Web("h05-edusite-1251", "МКОУ «Большеусинская СОШ»", edusite, menu, full, encoding="windows-1251")
    basics(w, "/", "/p2aa1.html", "/p3aa1.html", "/p4aa1.html")
    w.page("/p5aa1.html", "Учительская", ul(menu[2][2]))
    t_fgos = "Дорожная карта по введению обновлённых ФГОС"
    w.page(
        "/p46aa1.html",
        "МО учителей",
        f"<p>{a(w.doc('/DswMedia/dk_fgos.pdf', 'pdf', t_fgos, t_fgos_roadmap(full)), t_fgos)}</p>",
    )
    t1 = "Приказ о внедрении целевой модели наставничества"
    t2 = "Положение о наставничестве педагогических работников и обучающихся"
    t3 = "Дорожная карта"
    t4 = "Программа наставничества"
    d1 = w.doc("/DswMedia/prikaz_cmn.pdf", "scan", t1, rules=ORD)
    d2 = w.doc("/DswMedia/polozhenie_nastavnichestvo.pdf", "pdf", t2, t_reg_both(full), (RS, RT))
    d3 = w.doc("/DswMedia/dorojnaya_karta.pdf", "pdf", t3, t_roadmap(full), RM)
    d4 = w.doc("/DswMedia/programma_nastavnichestva.docx", "docx", t4, t_programme(full, "Учитель – ученик"), PR)
    content = (
        '<p align="center"><b>НАСТАВНИЧЕСТВО</b></p><p>Документы:</p><p>'
        + "<br>".join(
            f'<img src="/DswMedia/pdf.gif" alt="">&nbsp;{a(d, t)}' for t, d in ((t1, d1), (t2, d2), (t3, d3), (t4, d4))
        )
        + "</p>"
    )
    w.page(sec, "Наставничество", content)
    return w.site(
        "edusite.ru в windows-1251: «Учительская» → «Наставничество» (/p45aa1.html), файлы /DswMedia/; приказ — "
        "скан; одно положение для педагогов и обучающихся; ссылка «Дорожная карта» без уточнений; дорожная карта "
        "ФГОС на странице МО — ловушка"
    )


def h06() -> Site:
    hub = "/deyatelnost/"
    metod = "/deyatelnost/metodicheskaya-rabota/"
    sec = metod + "sistema-nastavnichestva/"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Деятельность", hub, [("Методическая работа", metod), ("Воспитательная работа", hub + "vospitanie/")]),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ «Школа № 41» г. Нижнего Тагила"
    w = Web("h06-download-php", full, konstruktor, menu)
    basics(w)
    w.page(hub, "Деятельность", ul(menu[1][2]))
    w.page(hub + "vospitanie/", "Воспитательная работа", "<p>Школьный театр «Маска», отряд ЮИД.</p>")
    t_mp = "План работы методического совета на 2024-2025 учебный год"
    mp = w.doc("/download.php?id=5520", "pdf", t_mp, t_mo_plan(full), filename="Plan_MS_2024-2025.pdf")
    w.page(metod, "Методическая работа", ul([(t_mp, mp), ("Система наставничества", sec), ("ШМО", metod + "shmo/")]))
    w.page(metod + "shmo/", "ШМО", "<p>Школьные методические объединения.</p>")
    force = "application/force-download"
    t1 = "Приказ от 01.09.2023 № 145-од «О внедрении системы (целевой модели) наставничества педагогических работников»"
    t2 = "Положение о системе наставничества педагогических работников"
    t3 = "Дорожная карта реализации системы наставничества педагогических работников на 2024–2025 учебный год"
    t4 = "Персонализированная программа наставничества (молодой специалист)"
    t5 = "Приказ о закреплении наставников за молодыми специалистами на 2024–2025 уч. год"
    items = [
        (
            t1,
            w.doc(
                "/download.php?id=5531",
                "pdf",
                t1,
                t_order_teachers_system(full, "01.09.2023", "145-од"),
                ORD,
                content_type=OCTET,
                filename="Prikaz_145-od.pdf",
            ),
        ),
        (t2, w.doc("/download.php?id=5532", "pdf", t2, t_reg_teachers(full), RT, filename="Polozhenie_SN_PR.pdf")),
        (
            t3,
            w.doc(
                "/download.php?id=5533",
                "docx",
                t3,
                t_roadmap_teachers(full),
                RM,
                content_type=OCTET,
                filename="Dorozhnaya_karta_2024-2025.docx",
            ),
        ),
        (
            t4,
            w.doc(
                "/download.php?id=5534",
                "pdf",
                t4,
                t_personal_programme(full),
                PR,
                content_type=force,
                filename="Personalizirovannaya_programma.pdf",
            ),
        ),
        (
            t5,
            w.doc(
                "/download.php?id=5535",
                "pdf",
                t5,
                t_pairs(full, "02.09.2024", "151-од", teachers=True),
                PA,
                content_type=force,
                filename="Prikaz_151-od.pdf",
            ),
        ),
    ]
    w.page(sec, "Система наставничества", "<p>Система наставничества педагогических работников.</p>" + ul(items))
    return w.site(
        "Конструктор: «Деятельность» → «Методическая работа» → «Система наставничества» (два уровня), файлы "
        "/download.php?id=N с octet-stream и application/force-download; только педагоги: персонализированная "
        "программа — программа; нет положения об обучающихся и мониторинга"
    )


def h07() -> Site:
    sec = "/nastavnichestvo/"
    docs = "/sveden/document/"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", [("Документы", docs)]),
        ("Наставничество", sec, []),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ «Средняя общеобразовательная школа № 9» г. Глазова"
    w = Web("h07-local-acts", "МБОУ СОШ № 9 г. Глазова", konstruktor, menu, full)
    basics(w, "/", "", "/news/", "/contacts/")
    sveden(w, "/sveden/", {"Документы": docs})
    f = "/upload/sveden/document/lna/"
    t_rs = "Положение о наставничестве обучающихся"
    t_rt = "Положение о системе наставничества педагогических работников"
    acts: list[tuple[str, str]] = [
        ("Устав МБОУ СОШ № 9", w.doc(f + "ustav.pdf", "scan", "Устав МБОУ СОШ № 9")),
        (
            "Правила приёма на обучение",
            w.doc(
                f + "pravila-priema.docx",
                "docx",
                "Правила приёма",
                ("Правила приёма на обучение по образовательным программам", full),
            ),
        ),
        (
            "Правила внутреннего распорядка обучающихся",
            w.doc(f + "pvr.docx", "docx", "Правила распорядка", ("Правила внутреннего распорядка обучающихся", full)),
        ),
        (
            "Положение о внутренней системе оценки качества образования (ВСОКО)",
            w.doc(f + "vsoko.docx", "docx", "Положение о ВСОКО", ("Положение о ВСОКО", full)),
        ),
        (
            "Положение о школьной форме и внешнем виде обучающихся",
            w.doc(f + "forma.pdf", "pdf", "Положение о школьной форме", t_uniform(full)),
        ),
        (t_rs, w.doc(f + "polozhenie-nastavnichestvo-obuch.pdf", "pdf", t_rs, t_reg_students(full), RS)),
        (t_rt, w.doc(f + "polozhenie-nastavnichestvo-ped.pdf", "pdf", t_rt, t_reg_teachers(full), RT)),
        (
            "Положение о комиссии по урегулированию споров между участниками образовательных отношений",
            w.doc(
                f + "komissiya.docx", "docx", "Положение о комиссии", ("Положение о комиссии по урегулированию", full)
            ),
        ),
    ]
    w.page(
        docs,
        "Документы",
        '<h2 id="ustav">Устав</h2>'
        + ul(acts[:1])
        + '<h2 id="lokalnye-akty">Локальные нормативные акты</h2>'
        + ul(acts[1:]),
    )
    bank_title = "Банк наставников 2024-2025"
    bank = w.doc("/upload/nastavnichestvo/bank.xlsx", "xlsx", bank_title, rows=BANK_ROWS)
    content = (
        "<p>В школе реализуется целевая модель наставничества. Куратор — заместитель директора по ВР Лаптева О. С.</p>"
        "<p>Нормативные документы школы по наставничеству (Положение о наставничестве обучающихся, Положение о "
        f"системе наставничества педагогических работников) размещены в подразделе {a(docs + '#lokalnye-akty', '«Документы» → «Локальные нормативные акты»')}.</p>"  # noqa: E501
        f"<p>{a(bank, bank_title)}</p>"
    )
    w.page(sec, "Наставничество", content)
    return w.site(
        "Раздел отсылает к «Сведения об ОО» → «Документы» → «Локальные нормативные акты» (ссылка с #якорем): "
        "положения об обучающихся и о педагогах — среди восьми локальных актов (там же положение о форме, ВСОКО); "
        "в самом разделе — только банк наставников"
    )


def h08() -> Site:
    cat = "/news/nastavnichestvo/"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Новости", "/news/", []),
        ("Наставничество", cat, []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ «Кизнерская СОШ № 1»"
    w = Web("h08-news-category", full, bitrix2, menu)
    basics(w, "/", "/sveden/", "", "/contacts/")
    up = "/upload/iblock/"
    t_pa = "Приказ № 98-о от 02.09.2024 о закреплении наставнических пар"
    t_mo = "Аналитическая справка по итогам реализации программы наставничества в 2023-2024 уч. году"
    t_ord = "Приказ о внедрении ЦМН и назначении куратора"
    pa = w.doc(up + "5d1/prikaz_98-o.pdf", "pdf", t_pa, t_pairs(full, "02.09.2024", "98-о"), PA)
    mo = w.doc(up + "8c2/spravka_nastavnichestvo_2024.pdf", "pdf", t_mo, t_monitoring(full), MO)
    od = w.doc(up + "3a7/prikaz_cmn_2023.pdf", "pdf", t_ord, t_order_impl(full, "31.08.2023", "87-о", "2023/2024"), ORD)
    posts = [
        (
            "02.09.2024",
            "В школе сформированы наставнические пары на 2024-2025 учебный год",
            "/news/nastavnichestvo/1245/",
            "<p>Приказом директора закреплены 9 наставнических пар и 2 группы.</p>{files}",
            [(t_pa, pa, "154.3 КБ")],
        ),
        (
            "20.05.2024",
            "Подведены итоги реализации программы наставничества",
            "/news/nastavnichestvo/1190/",
            "<p>Наставники и наставляемые представили результаты совместной работы.</p>{files}",
            [(t_mo, mo, "201.8 КБ")],
        ),
        (
            "10.10.2023",
            "Неделя наставничества",
            "/news/nastavnichestvo/1102/",
            '<p>Прошла неделя наставничества: мастер-классы старшеклассников.</p><img src="/upload/iblock/foto1.jpg" '
            'alt="Неделя наставничества">{files}',
            [],
        ),
        (
            "01.09.2023",
            "Школа приступает к внедрению целевой модели наставничества",
            "/news/nastavnichestvo/1080/",
            "<p>С 1 сентября 2023 года в школе внедряется целевая модель наставничества.</p>{files}",
            [(t_ord, od, "188.0 КБ")],
        ),
    ]
    for date, title, path, text, files in posts:
        block = ""
        if files:
            block = (
                '<div class="news-detail-files"><b>Прикреплённые файлы:</b>'
                + "".join(f"<div>{a(href, t + '.pdf')} ({size})</div>" for t, href, size in files)
                + "</div>"
            )
        w.page(
            path,
            title,
            f'<div class="news-detail"><span class="news-date-time">{date}</span>'
            f"{text.replace('{files}', block)}</div>",
        )
    lst = [(d, t, p) for d, t, p, _, _ in posts]
    news_list(w, "/news/", lst)
    w.page(
        cat,
        "Наставничество",
        "".join(f'<div class="news-item"><span class="news-date-time">{d}</span> {a(p, t)}</div>' for d, t, p in lst),
    )
    return w.site(
        "1С-Битрикс: пункт меню «Наставничество» — рубрика новостей; документы — вложения к новостям («Прикреплённые "
        "файлы», текст ссылки — название + .pdf); нет положений, дорожной карты и программ"
    )


def h09() -> Site:
    cat = "/load/nastavnichestvo/12"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об ОО", "/index/svedenija/0-4", []),
        ("Наставничество", cat, []),
        ("Новости", "/news/", []),
        ("Контакты", "/index/0-3", []),
    ]
    full = "МКОУ «Ярская основная общеобразовательная школа»"
    w = Web("h09-ucoz-load", "МКОУ «Ярская ООШ»", ucoz2, menu, full)
    basics(w, "/", "/index/svedenija/0-4", "/news/", "/index/0-3")
    specs = [
        (
            45,
            "polozhenie_o_nastavnichestve_obuchajushhikhsja",
            "Положение о наставничестве обучающихся",
            "pdf",
            t_reg_students(full),
            RS,
            "245.3 Kb",
        ),
        (
            46,
            "polozhenie_o_nastavnichestve_molodykh_specialistov",
            "Положение о наставничестве молодых специалистов",
            "pdf",
            t_reg_young(full),
            RT,
            "198.1 Kb",
        ),
        (
            47,
            "dorozhnaja_karta_po_vnedreniju_cmn_2024_2025",
            "Дорожная карта по внедрению ЦМН 2024-2025",
            "pdf",
            t_roadmap(full),
            RM,
            "120.6 Kb",
        ),
        (
            48,
            "prikaz_o_zakreplenii_nastavnicheskikh_par_2024_2025",
            "Приказ о закреплении наставнических пар 2024-2025",
            "pdf",
            t_pairs(full, "03.09.2024", "64"),
            PA,
            "97.4 Kb",
        ),
        (49, "anketa_dlja_nastavljaemogo", "Анкета для наставляемого", "docx", t_anketa(), (), "14.2 Kb"),
    ]
    entries = []
    for n, slug, title, fmt, text, rule, size in specs:
        file = w.doc(f"/_ld/0/{n}_{slug[:20]}.{fmt}", fmt, title, text, rule)
        w.redirect(f"/load/0-0-0-{n}-20", file, 302)
        entry = f"/load/nastavnichestvo/{slug}/12-1-0-{n}"
        w.page(
            entry,
            title,
            f'<div class="eTitle">{h(title)}</div><div class="eMessage">Добавлено: 03.09.2024. Категория: '
            f'{a(cat, "Наставничество")}</div><div class="eDetails">Размер: {size} | Загрузок: 17</div>'
            f'<div><a class="entDwnLnk" href="/load/0-0-0-{n}-20">Скачать</a></div>',
        )
        entries.append(
            f'<div class="entTd"><div class="eTitle">{a(entry, title)}</div><div class="eDetails">Размер: {size}</div>'
            "</div>"
        )
    w.page(cat, "Наставничество", "".join(entries))
    return w.site(
        "uCoz, каталог файлов /load/: страница категории → карточка записи → «Скачать» /load/0-0-0-N-20 → 302 → "
        "/_ld/0/N_…; truth — конечный файл; положение о молодых специалистах — положение о педагогах; анкета — "
        "не документ правил"
    )


def h10() -> Site:
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Документы", "/docs/", []),
        ("Родителям", "/roditelyam/", []),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ ООШ № 12 г. Петушки"
    w = Web("h10-no-section", full, konstruktor, menu)
    home(w, "/", "/news/")
    sveden(w, "/sveden/")
    contacts(w, "/contacts/")
    w.page("/roditelyam/", "Родителям", "<p>Памятки для родителей, питание, приём в школу.</p>")
    post = "/news/pedagogicheskiy-debyut-2024/"
    news_list(w, "/news/", [("15.09.2024", "Наш учитель — победитель конкурса «Педагогический дебют»", post)])
    w.page(
        post,
        "Наш учитель — победитель конкурса «Педагогический дебют»",
        "<p>Учитель английского языка стала победителем муниципального конкурса «Педагогический дебют». "
        "Благодарим её наставника за поддержку!</p>",
    )
    specs = [
        ("Положение о школьной форме", t_uniform(full)),
        ("Рабочая программа воспитания на 2024-2025 уч. год", t_upbringing(full)),
        ("Постановление администрации о закреплении территорий за ОО", t_territory("Петушинского района")),
        ("План-график (дорожная карта) введения обновлённых ФГОС", t_fgos_roadmap(full)),
        ("Результаты мониторинга качества образования (ВСОКО) за 2023-2024 учебный год", t_vsoko(full)),
    ]
    items = [(t, w.doc(f"/docs/files/{i}.pdf", "pdf", t, text)) for i, (t, text) in enumerate(specs, 1)]
    w.page("/docs/", "Документы", ul(items))
    return w.site(
        "Раздела о наставничестве нет: в «Документах» ловушки (школьная форма, программа воспитания, закрепление "
        "территорий, дорожная карта ФГОС, мониторинг ВСОКО), «наставник» — в новости о «Педагогическом дебюте»",
        "no_section",
    )


def h11() -> Site:
    menu: list[MenuItem] = [
        ("Главная", "/index.php", []),
        ("Сведения об образовательной организации", "/index.php/svedeniya", []),
        ("Документы", "/index.php/dokumenty", []),
        ("Новости", "/index.php/novosti", []),
        ("Контакты", "/index.php/kontakty", []),
    ]
    full = "МКОУ «Новоселовская СОШ»"
    w = Web("h11-no-section-acts", full, joomla4, menu)
    home(w, "/", "/index.php/novosti")
    basics(w, "/index.php", "/index.php/svedeniya", "/index.php/novosti", "/index.php/kontakty")
    t1 = "Распоряжение Минпросвещения России от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся…»"  # noqa: E501
    t2 = "Приказ министерства образования Красноярского края от 21.04.2021 № 190-11-05 «О внедрении целевой модели наставничества»"  # noqa: E501
    items = [
        (
            "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»",
            "http://www.consultant.invalid/document/cons_doc_LAW_140174/",
        ),
        (t1, w.doc("/images/dokumenty/r-145.pdf", "pdf", t1, t_r145())),
        (
            t2,
            w.doc(
                "/images/dokumenty/prikaz_minobr_190-11-05.pdf",
                "pdf",
                t2,
                t_regional_order("Министерство образования Красноярского края", "21.04.2021", "190-11-05"),
            ),
        ),
        ("Устав", w.doc("/images/dokumenty/ustav.pdf", "scan", "Устав")),
    ]
    w.page("/index.php/dokumenty", "Документы", "<h3>Нормативные документы</h3>" + ul(items))
    return w.site(
        "Раздела нет: в «Документах» федеральное распоряжение Р-145 и региональный приказ о внедрении ЦМН — "
        "не документы школы",
        "no_section",
    )


def h12() -> Site:
    sec = "/deyatelnost/nastavnichestvo/"
    menu: list[MenuItem] = [
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Деятельность", "/deyatelnost/", [("Наставничество", sec), ("Олимпиады", "/deyatelnost/olimpiady/")]),
        ("Новости", "/novosti/", []),
        ("Контакты", "/kontakty/", []),
    ]
    full = "МОАУ «СОШ № 24 г. Орска»"
    w = Web("h12-regional-acts", full, gosweb, menu)
    basics(w, "/", "/sveden/", "/novosti/", "/kontakty/")
    w.page("/deyatelnost/", "Деятельность", ul(menu[1][2]))
    w.page("/deyatelnost/olimpiady/", "Олимпиады", "<p>Итоги школьного этапа ВсОШ.</p>")
    f = "/netcat_files/userfiles/nastavnichestvo/"
    t1 = "Приказ министерства образования Оренбургской области от 24.03.2021 № 01-21/443 «О внедрении целевой модели наставничества»"  # noqa: E501
    t2 = "Приказ Управления образования администрации г. Орска от 12.04.2021 № 178 «Об организации и внедрении муниципальной целевой модели наставничества»"  # noqa: E501
    t3 = "Муниципальная дорожная карта внедрения ЦМН на 2024-2025 годы"
    t4 = "Положение о наставничестве МОАУ «СОШ № 24 г. Орска»"
    t5 = "Программа наставничества «Учитель – учитель» на 2024-2025 уч. год"
    uo = "Управление образования администрации г. Орска"
    items = [
        (
            t1,
            w.doc(
                f + "prikaz_minobr_443.pdf",
                "pdf",
                t1,
                t_regional_order("Министерство образования Оренбургской области", "24.03.2021", "01-21/443"),
            ),
            "PDF, 320 Кб",
        ),
        (t2, w.doc(f + "prikaz_uo_178.pdf", "pdf", t2, t_municipal_order(uo, "12.04.2021", "178")), "PDF, 288 Кб"),
        (t3, w.doc(f + "mun_dk_2024-2025.pdf", "pdf", t3, t_municipal_roadmap(uo, "2024-2025")), "PDF, 150 Кб"),
        (t4, w.doc(f + "polozhenie_sosh24.pdf", "pdf", t4, t_reg_generic(full), RS), "PDF, 401 Кб"),
        (
            t5,
            w.doc(f + "programma_uchitel-uchitel.pdf", "pdf", t5, t_programme(full, "Учитель – учитель"), PR),
            "PDF, 377 Кб",
        ),
    ]
    w.page(sec, "Наставничество", gw_docs(items))
    return w.site(
        "«Госвеб»: в разделе региональный и муниципальный приказы о внедрении ЦМН и муниципальная дорожная карта — "
        "не документы школы; свои — только общее положение (обучающиеся) и программа"
    )


def h13() -> Site:
    hub = "/nacproekt/"
    sec = hub + "cmn/"
    subs = [
        ("«Точка роста»", hub + "tochka-rosta/"),
        ("«Цифровая образовательная среда»", hub + "cos/"),
        ("ЦМН", sec),
    ]
    menu: list[MenuItem] = [
        ("Национальный проект «Образование»", hub, subs),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ «Средняя общеобразовательная школа № 5 с углублённым изучением отдельных предметов» г. Ирбита"
    w = Web("h13-cmn-natsproekt", "МБОУ «СОШ № 5 с УИОП» г. Ирбит", bitrix2, menu, full)
    basics(w)
    w.page(hub, "Национальный проект «Образование»", ul(subs))
    t_tr = "Приказ о назначении куратора центра «Точка роста»"
    tr = w.doc("/upload/medialibrary/tr/prikaz_kurator_tr.pdf", "pdf", t_tr, t_tochka_order(full))
    w.page(hub + "tochka-rosta/", "«Точка роста»", ul([(t_tr, tr)]))
    w.page(hub + "cos/", "«Цифровая образовательная среда»", "<p>Оборудование ЦОС получено в 2021 году.</p>")
    f = "/upload/medialibrary/cmn/"
    t1 = "Приказ о назначении куратора ЦМН"
    t2 = "Положение о ЦМН"
    t3 = "Дорожная карта ЦМН 2024-2025"
    t4 = "Программа ЦМН «Студент – ученик»"
    t5 = "Банк наставников 2024-2025"
    t6 = "Мониторинг ЦМН 2023-2024"
    items = [
        (t1, w.doc(f + "prikaz_kurator_cmn.docx", "docx", t1, t_order_curator(full, "29.08.2024", "233"), ORD), "docx"),
        (
            t2,
            w.doc(
                f + "polozhenie_cmn.docx",
                "docx",
                t2,
                t_reg_generic(full, "ПОЛОЖЕНИЕ о целевой модели наставничества"),
                RS,
            ),
            "docx",
        ),
        (t3, w.doc(f + "dk_cmn_2024-2025.docx", "docx", t3, t_roadmap(full), RM), "docx"),
        (
            t4,
            w.doc(f + "programma_student-uchenik.docx", "docx", t4, t_programme(full, "Студент – ученик"), PR),
            "docx",
        ),
        (t5, w.doc(f + "bank_nastavnikov.xlsx", "xlsx", t5, rows=BANK_ROWS), "xlsx"),
        (t6, w.doc(f + "monitoring_cmn_2023-2024.xlsx", "xlsx", t6, rows=MONITORING_ROWS, rules=MO), "xlsx"),
    ]
    lis = "".join(
        f'<div class="doc-item doc-item--{ext}"><span class="doc-item__icon"></span>{a(href, t)}</div>'
        for t, href, ext in items
    )
    w.page(sec, "ЦМН", f'<p>Целевая модель наставничества</p><div class="doc-list">{lis}</div>')
    return w.site(
        "1С-Битрикс: «Национальный проект «Образование»» → «ЦМН» (аббревиатура в меню и в названиях), всё в DOCX "
        "и XLSX; «Положение о ЦМН» — обучающиеся; приказ о кураторе ЦМН — приказ о внедрении; приказ о кураторе "
        "«Точки роста» — ловушка"
    )


def h14() -> Site:
    sv = "/svedeniya/"
    sec = sv + "nastavnichestvo/"
    subs = [(p, "#") for p in SVEDEN[:4]] + [("Наставничество", sec)]
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", sv, subs),
        ("Новости", "/novosti/", []),
        ("Контакты", "/kontakty/", []),
    ]
    full = "МАОУ СОШ № 16 г. Ирбита"
    w = Web("h14-svedeniya-lowercase", full, konstruktor, menu)
    home(w, "/", "/novosti/")
    news_list(w, "/novosti/")
    contacts(w, "/kontakty/")
    w.page(sv, "Сведения об образовательной организации", ul([*[(p, "#") for p in SVEDEN], ("Наставничество", sec)]))
    w.redirect("/sveden/", sv)  # the constructor's top line links /sveden/
    f = "/files/docs/nastav/"
    specs = [
        (
            "приказ о внедрении целевой модели наставничества №88 от 29.08.2024",
            "prikaz88.pdf",
            t_order_impl(full, "29.08.2024", "88"),
            ORD,
        ),
        ("положение о наставничестве обучающихся", "pol_obuch.pdf", t_reg_students(full), RS),
        (
            "положение о наставничестве педагогов",
            "pol_ped.pdf",
            t_reg_teachers(full, "ПОЛОЖЕНИЕ о наставничестве педагогов"),
            RT,
        ),
        ("дорожная карта 2024-2025", "dk.pdf", t_roadmap(full), RM),
        ("программы наставничества", "programmy.pdf", t_programme(full, "Учитель – ученик"), PR),
        ("приказ о закреплении пар", "pary.pdf", t_pairs(full, "02.09.2024", "93"), PA),
        ("мониторинг", "monitoring.pdf", t_monitoring(full), MO),
    ]
    items = [(t, w.doc(f + name, "pdf", t, text, rule)) for t, name, text, rule in specs]
    w.page(sec, "Наставничество", ul(items))
    return w.site(
        "Конструктор /svedeniya/: «Наставничество» — дополнительный подраздел «Сведений об ОО»; названия строчными "
        "и короткие («мониторинг», «приказ о закреплении пар»), полный набор документов"
    )


def h15() -> Site:
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("О школе", "/about.html", []),
        ("Наставничество", "/nastavnichestvo.html", []),
        ("Новости", "/news.html", []),
    ]
    full = "Муниципальное общеобразовательное учреждение «Петровская средняя общеобразовательная школа»"
    w = Web("h15-legacy-scans-1251", "МОУ «Петровская СОШ»", handmade, menu, full, encoding="windows-1251")
    home(w, "/", "/news.html")
    news_list(w, "/news.html")
    w.page("/about.html", "О школе", "<p>Директор школы: Сергеева Анна Ивановна.</p>")
    t1 = "Приказ № 45 от 30.08.2024 г. «О внедрении целевой модели наставничества»"
    t2 = "Положение о наставничестве обучающихся"
    t3 = "Положение о наставничестве педагогических работников"
    t4 = "Дорожная карта на 2024-2025 уч. год"
    t5 = "Приказ № 51 от 02.09.2024 г. «О закреплении наставников»"
    rows = [
        (t1, w.doc("/files/prikaz45.pdf", "scan", t1, rules=ORD)),
        (t2, w.doc("/files/polozhenie_obuch.pdf", "scan", t2, rules=RS)),
        (t3, w.doc("/files/polozhenie_ped.pdf", "scan", t3, rules=RT)),
        (t4, "/files/dk2024.pdf"),  # dead link: 404
        (t5, w.doc("/files/prikaz51.pdf", "scan", t5, rules=PA)),
    ]
    trs = "".join(f'<tr><td>{h(t)}</td><td><a href="{href}">Скачать</a></td></tr>' for t, href in rows)
    content = (
        '<table border="1" cellpadding="5" cellspacing="0" width="100%"><tr bgcolor="#cccccc"><td><b>Наименование '
        f"документа</b></td><td><b>Файл</b></td></tr>{trs}</table>"
    )
    w.page("/nastavnichestvo.html", "Наставничество", content)
    return w.site(
        "Самодельный сайт в windows-1251: таблица «Наименование | Скачать», все документы — сканы без текста; "
        "дорожная карта — битая ссылка (404)"
    )


def h16() -> Site:
    s = "{site}"
    menu: list[MenuItem] = [
        ("Главная", f"{s}/", []),
        ("Сведения об образовательной организации", f"{s}/sveden/", []),
        ("Наставничество", f"{s}/nastavnichestvo/", []),
        ("Новости", f"{s}/news/", []),
        ("Контакты", f"{s}/contacts/", []),
    ]
    full = "МБОУ «СОШ № 33» г. Зернограда"
    w = Web("h16-dead-links", full, wp, menu)
    basics(w)
    u = "/wp-content/uploads/"
    t1 = "Приказ о внедрении целевой модели наставничества (приказ от 30.08.2024 № 190)"
    t2 = "Положение о наставничестве обучающихся МБОУ «СОШ № 33»"
    t3 = "Дорожная карта реализации ЦМН на 2024-2025 учебный год"
    t4 = "Программа наставничества «Учитель – ученик» 2024-2025"
    t5 = "Мониторинг реализации программы наставничества 2023-2024"
    t6 = "Приказ о закреплении наставнических пар на 2024-2025 учебный год"
    d1 = w.doc(u + "2024/08/prikaz-190.pdf", "pdf", t1, t_order_impl(full, "30.08.2024", "190"), ORD)
    d2 = w.doc(u + "2024/08/polozhenie-obuchayushhihsya.pdf", "pdf", t2, t_reg_students(full), RS)
    d3 = w.doc(u + "2024/09/dk-2024-2025.pdf", "pdf", t3, t_roadmap(full), RM)
    d4 = u + "2024/09/programma-uchitel-uchenik.pdf"  # dead link: 404
    d5 = w.raw(
        u + "2024/06/monitoring-2024.pdf",
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Страница не найдена</title></head><body><h1>Ой! "
        "Эта страница не найдена.</h1><p>Похоже, здесь ничего нет. Попробуйте воспользоваться поиском.</p></body>"
        "</html>",
    )
    d6 = u + "2024/09/prikaz-o-zakreplenii-par.pdf"
    w.add(
        d6,
        Resource(
            b"<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr>"
            b"<center>nginx</center></body></html>",
            403,
            (("Content-Type", "text/html"),),
        ),
    )
    items = [(t1, d1), (t2, d2), (t3, d3), (t4, d4), (t5, d5), (t6, d6)]
    content = "<ul>" + "".join(f'<li><a href="{s}{href}">{h(t)}</a></li>' for t, href in items) + "</ul>"
    w.page("/nastavnichestvo/", "Наставничество", content)
    return w.site(
        "WordPress, битые ссылки: программа — 404, мониторинг — страница «не найдена» с кодом 200 вместо PDF, "
        "приказ о закреплении пар — 403 Forbidden; засчитаны только приказ, положение и дорожная карта"
    )


def h17() -> Site:
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Наставничество", "/nastavnichestvo/", []),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ СОШ № 1 с. Кировское"
    w = Web("h17-typos", full, konstruktor, menu)
    basics(w)
    f = "/docs/nastavnichestvo/"
    specs = [
        (
            "Приказ№ 132от 30.08.2024«О внедрении целевой модели наставничества»",
            "prikaz132.pdf",
            t_order_impl(full, "30.08.2024", "132"),
            ORD,
        ),
        ("Положение о наставнечестве обучающихся", "polozhenie.pdf", t_reg_students(full), RS),
        ("Дорожная карта по реализации ЦМН на2024-2025уч.год", "dk.pdf", t_roadmap(full), RM),
        ("Програма наставничества «Ученик-ученик»", "programma.pdf", t_programme(full, "Ученик – ученик"), PR),
        (
            "Приказ о закрепление наставнических пар на 2024-2025 уч.г",
            "pary.pdf",
            t_pairs(full, "03.09.2024", "140"),
            PA,
        ),
        ("Мониторинг эфективности реализации программы наставничества", "monitoring.pdf", t_monitoring(full), MO),
    ]
    items = [(t, w.doc(f + name, "pdf", t, text, rule)) for t, name, text, rule in specs]
    w.page("/nastavnichestvo/", "Наставничество", "<p><b>Документы</b></p>" + ul(items))
    return w.site(
        "Опечатки и слитные слова в названиях ссылок («Приказ№ 132от…», «наставнечестве», «Програма», «о "
        "закрепление», «эфективности», «на2024-2025уч.год»); тексты файлов без опечаток; нет положения о педагогах"
    )


def h18() -> Site:
    sec = "/pedagogam/nastavnichestvo/"
    sub1 = sec + "obuchayushchiesya/"
    sub2 = sec + "pedagogi/"
    menu: list[MenuItem] = [
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Педагогам", "/pedagogam/", [("Наставничество", sec), ("Курсы повышения квалификации", "/pedagogam/kpk/")]),
        ("Новости", "/novosti/", []),
        ("Контакты", "/kontakty/", []),
    ]
    full = "МАОУ «Образовательный центр № 1» г. Сарапула"
    w = Web("h18-two-subsections", full, gosweb, menu)
    basics(w, "/", "/sveden/", "/novosti/", "/kontakty/")
    w.page("/pedagogam/", "Педагогам", ul(menu[1][2]))
    w.page("/pedagogam/kpk/", "Курсы повышения квалификации", "<p>График КПК на 2024 год.</p>")
    subs = [("Наставничество обучающихся", sub1), ("Наставничество педагогов", sub2)]
    w.page(sec, "Наставничество", "<p>Выберите направление:</p>" + ul(subs))
    f = "/netcat_files/userfiles/oc1/nastav/"
    t1 = "Приказ от 29.08.2024 № 174-од «О внедрении целевой модели наставничества обучающихся»"
    t2 = "Положение о наставничестве обучающихся"
    t3 = "Программа наставничества обучающихся «Ученик – ученик»"
    w.page(
        sub1,
        "Наставничество обучающихся",
        gw_docs(
            [
                (
                    t1,
                    w.doc(f + "prikaz_174.pdf", "pdf", t1, t_order_impl(full, "29.08.2024", "174-од"), ORD),
                    "PDF, 233 Кб",
                ),
                (t2, w.doc(f + "pol_obuch.pdf", "pdf", t2, t_reg_students(full), RS), "PDF, 310 Кб"),
                (t3, w.doc(f + "programma_uu.pdf", "pdf", t3, t_programme(full, "Ученик – ученик"), PR), "PDF, 420 Кб"),
            ]
        ),
    )
    t4 = "Положение о системе наставничества педагогических работников"
    t5 = "Приказ от 29.08.2024 № 175-од «Об утверждении Положения о системе наставничества педагогических работников»"
    t6 = (
        "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества педагогических "
        "работников в 2024/2025 учебном году"
    )
    t7 = "Приказ о закреплении наставнических пар педагогов на 2024/2025 учебный год"
    approve = order(
        full,
        "29.08.2024",
        "175-од",
        "Об утверждении Положения о системе наставничества педагогических работников",
        f"В соответствии со ст. 351.8 ТК РФ, {AZ}",
        (
            "1. Утвердить Положение о системе наставничества педагогических работников.",
            "2. Контроль оставляю за собой.",
        ),
    )
    w.page(
        sub2,
        "Наставничество педагогов",
        gw_docs(
            [
                (t4, w.doc(f + "pol_ped.pdf", "pdf", t4, t_reg_teachers(full), RT), "PDF, 388 Кб"),
                (t5, w.doc(f + "prikaz_175.pdf", "pdf", t5, approve), "PDF, 120 Кб"),
                (t6, w.doc(f + "dk_ped.pdf", "pdf", t6, t_roadmap_teachers(full), RM), "PDF, 140 Кб"),
                (
                    t7,
                    w.doc(f + "pary_ped.pdf", "pdf", t7, t_pairs(full, "02.09.2024", "181-од", teachers=True), PA),
                    "PDF, 99 Кб",
                ),
            ]
        ),
    )
    return w.site(
        "«Госвеб»: «Педагогам» → «Наставничество» → два подраздела («обучающихся» и «педагогов»), документы на "
        "третьем уровне; нет мониторинга"
    )


def h19() -> Site:
    sec = "/index.php/nastavnichestvo"
    plan = sec + "/plan-raboty"
    mon = sec + "/itogi-monitoringa"
    menu: list[MenuItem] = [
        ("Главная", "/index.php", []),
        ("Сведения об ОО", "/index.php/svedeniya", []),
        ("Наставничество", sec, [("План работы", plan), ("Итоги мониторинга", mon)]),
        ("Методическая работа", "/index.php/metodicheskaya-rabota", []),
        ("Новости", "/index.php/novosti", []),
    ]
    full = "МБОУ «Гимназия № 8» г. Глазова"
    w = Web("h19-html-plan-monitoring", full, joomla4, menu)
    home(w, "/", "/index.php/novosti")
    basics(w, "/index.php", "/index.php/svedeniya", "/index.php/novosti", "")
    mrows = (
        ("Подготовка плана работы методического совета", "сентябрь 2024", "зам. директора", "план"),
        ("Неделя открытых уроков", "март 2025", "руководители ШМО", "анализ уроков"),
    )
    w.page(
        "/index.php/metodicheskaya-rabota",
        "План работы методического совета на 2024-2025 учебный год",
        roadmap_html(mrows),
    )
    t_plan = "План работы по наставничеству на 2024-2025 учебный год"
    w.page(plan, t_plan, roadmap_html(ROADMAP_ROWS_2024), RM)
    t_mon = "Итоги мониторинга реализации программ наставничества (май 2024)"
    mon_rows = "".join(f"<tr><td>{r[1]}</td><td>{r[2]}</td></tr>" for r in MONITORING_ROWS[1:])
    w.page(
        mon,
        t_mon,
        '<p>Мониторинг проведён в мае 2024 года среди наставников и наставляемых.</p><table border="1"><tr><th>'
        f"Показатель</th><th>Значение</th></tr>{mon_rows}</table><p>Выводы: программы реализованы, рекомендовано "
        "расширить форму «студент – ученик».</p>",
        MO,
    )
    f = "/images/nastavnichestvo/"
    t1 = "Приказ «Об организации наставничества в 2024/2025 учебном году»"
    t2 = "Программа наставничества «Учитель – учитель»"
    items = [
        (t1, w.doc(f + "prikaz_org.docx", "docx", t1, t_order_org(full, "30.08.2024", "156"), ORD)),
        (t2, w.doc(f + "programma_uu.pdf", "pdf", t2, t_programme(full, "Учитель – учитель"), PR)),
        (t_plan, plan),
        ("Итоги мониторинга", mon),
    ]
    w.page(sec, "Наставничество", ul(items))
    return w.site(
        "Joomla 4: дорожная карта («План работы по наставничеству») и итоги мониторинга — HTML-страницы с "
        "таблицами (truth — страницы); план методического совета (HTML) — ловушка; нет положений и приказа о парах"
    )


def h20() -> Site:
    art = "index.php?option=com_content&view=article&id={}&Itemid={}"
    cat = "index.php?option=com_content&view=category&id=14&Itemid=120"
    sec = art.format(58, 170)
    dl = "index.php?option=com_jdownloads&task=download.send&id={}&catid={}&m=0"
    menu: list[MenuItem] = [
        ("Главная", "index.php", []),
        ("Сведения об ОО", art.format(2, 102), []),
        ("Педагогам", cat, [("Наставничество", sec), ("Аттестация", art.format(59, 171))]),
        ("Документы", art.format(3, 103), []),
        ("Контакты", "index.php?option=com_contact&view=contact&id=1&Itemid=105", []),
    ]
    full = "МБОУ «Ивантеевская СОШ»"
    w = Web("h20-joomla-jdownloads", full, joomla_classic, menu)
    home(w, "/", "index.php?option=com_content&view=category&id=8&Itemid=104")
    home(w, "/index.php", "index.php?option=com_content&view=category&id=8&Itemid=104")
    sveden(w, "/" + art.format(2, 102))
    contacts(w, "/index.php?option=com_contact&view=contact&id=1&Itemid=105")
    w.page("/" + cat, "Педагогам", ul(menu[2][2]))
    w.page("/" + art.format(59, 171), "Аттестация", "<p>Аттестация педагогов.</p>")
    t_form = "Положение о школьной форме"
    form = w.doc("/" + dl.format(20, 5), "pdf", t_form, t_uniform(full), filename="polozhenie_forma.pdf")
    w.page("/" + art.format(3, 103), "Документы", f"<p>{a(form.lstrip('/'), t_form)}</p>")
    specs = [
        (
            12,
            "Приказ об организации наставничества в 2024-2025 уч. году",
            "pdf",
            t_order_org(full, "30.08.2024", "77"),
            ORD,
            PDF,
            "prikaz_77.pdf",
        ),
        (13, "Положение о наставничестве", "pdf", t_reg_generic(full), RS, PDF, "polozhenie.pdf"),
        (
            14,
            "Положение о системе наставничества педагогических работников",
            "docx",
            t_reg_teachers(full),
            RT,
            OCTET,
            "polozhenie_ped.docx",
        ),
        (
            15,
            "Программа наставничества «Учитель – ученик»",
            "pdf",
            t_programme(full, "Учитель – ученик"),
            PR,
            PDF,
            "programma.pdf",
        ),
        (
            16,
            "Приказ о закреплении наставнических пар на 2024/2025 учебный год",
            "pdf",
            t_pairs(full, "02.09.2024", "82"),
            PA,
            PDF,
            "prikaz_82.pdf",
        ),
    ]
    lines = []
    for n, title, fmt, text, rule, ctype, name in specs:
        path = w.doc("/" + dl.format(n, 3), fmt, title, text, rule, content_type=ctype, filename=name)
        lines.append(
            f'<p><img src="components/com_jdownloads/assets/images/mime/pdf.png" alt=""> '
            f"{a(path.lstrip('/'), title)}</p>"
        )
    w.page("/" + sec, "Наставничество", "".join(lines))
    return w.site(
        "Joomla 1.5 с <base href>: «Педагогам» → «Наставничество», файлы через jDownloads "
        "(index.php?option=com_jdownloads&task=download.send&id=N…, без расширения, Content-Disposition); "
        "положение о школьной форме — в «Документах»; нет дорожной карты и мониторинга"
    )


def h21() -> Site:
    s = "{site}"
    menu: list[MenuItem] = [
        ("Главная", f"{s}/", []),
        ("Сведения об образовательной организации", f"{s}/sveden/", []),
        ("Наставничество", f"{s}/nastavnichestvo/", []),
        ("Новости", f"{s}/news/", []),
        ("Контакты", f"{s}/contacts/", []),
    ]
    full = "МАОУ «СОШ № 4 им. Героя Советского Союза А. И. Покрышкина»"
    w = Web("h21-wp-download-manager", full, wp, menu)
    basics(w)
    specs = [
        (
            1201,
            "polozhenie-o-nastavnichestve",
            "Положение о наставничестве педагогических работников и обучающихся",
            "pdf",
            t_reg_both(full),
            (RS, RT),
            "Polozhenie_o_nastavnichestve.pdf",
        ),
        (
            1202,
            "dorozhnaya-karta-2024-2025",
            "Дорожная карта по внедрению целевой модели наставничества на 2024/2025 учебный год",
            "pdf",
            t_roadmap(full, "2024-2025"),
            RM,
            "DK_2024-2025.pdf",
        ),
        (
            1203,
            "itogi-monitoringa-2023-2024",
            "Итоги мониторинга эффективности программ наставничества 2023-2024",
            "xlsx",
            (),
            MO,
            "Monitoring_2023-2024.xlsx",
        ),
        (1204, "fotootchet-posvyashhenie", "Фотоотчёт «Посвящение в наставники»", "scan", (), (), "Foto.pdf"),
    ]
    cards = []
    for n, slug, title, fmt, text, rule, name in specs:
        dl = f"/download/{slug}/?wpdmdl={n}&refresh=66d5f1a2b3c4d1725290914"
        w.doc(dl, fmt, title, text, rule, rows=MONITORING_ROWS if fmt == "xlsx" else (), filename=name)
        button = f'<a class="wpdm-download-link btn btn-primary" rel="nofollow" href="{s}{html.escape(dl)}">Скачать</a>'
        w.page(
            f"/download/{slug}/",
            title,
            f'<div class="w3eden"><div class="wpdm-package-info">Версия 1.0 · Загрузок: 34 · Размер файла: 312 KB'
            f"</div>{button}</div>",
        )
        cards.append(
            '<div class="w3eden"><div class="link-template-default card mb-2"><div class="card-body">'
            '<div class="media">'
            f'<div class="media-body"><h3 class="package-title"><a href="{s}/download/{slug}/">{h(title)}</a></h3>'
            f'<div class="text-muted text-small">1 файл · 312 KB</div></div><div class="ml-3">{button}</div></div>'
            "</div></div></div>"
        )
    w.page("/nastavnichestvo/", "Наставничество", "".join(cards))
    return w.site(
        "WordPress Download Manager: карточки пакетов, страница пакета /download/slug/, файл — "
        "/download/slug/?wpdmdl=N&refresh=… (Content-Disposition); одно положение на педагогов и обучающихся, "
        "мониторинг в XLSX; фотоотчёт — не документ правил"
    )


def h22() -> Site:
    sec = "/celevaya-model-nastavnichestva/"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Целевая модель наставничества", sec, []),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ «Шарканская СОШ»"
    w = Web("h22-past-years", full, konstruktor, menu)
    basics(w)
    f = "/files/cmn/"
    rows = [
        (
            "Приказ от 30.08.2022 № 97 «О внедрении целевой модели наставничества»",
            "prikaz-97.pdf",
            t_order_impl(full, "30.08.2022", "97", "2022/2023"),
            ORD,
        ),
        (
            "Положение о наставничестве обучающихся (утв. приказом от 30.08.2022 № 97)",
            "polozhenie.pdf",
            t_reg_students(full),
            RS,
        ),
        ("Дорожная карта внедрения ЦМН на 2022-2023 учебный год", "dk-2022-2023.pdf", t_roadmap(full, "2022-2023"), RM),
        (
            "Приказ от 05.09.2022 № 101 «О закреплении наставнических пар на 2022/2023 учебный год»",
            "prikaz-101.pdf",
            t_pairs(full, "05.09.2022", "101", "2022/2023"),
            PA,
        ),
        ("Результаты мониторинга за 2021-2022 учебный год", "monitoring-2022.pdf", t_monitoring(full, "2021/2022"), MO),
    ]
    table = table_docs(
        [(t, w.doc(f + name, "pdf", t, text, rule), "Открыть") for t, name, text, rule in rows],
        ("№ п/п", "Документ", "Ссылка"),
    )
    w.page(sec, "Целевая модель наставничества", table)
    return w.site(
        "Раздел не обновлялся с 2022 года: дорожная карта и приказ о парах 2022/2023, мониторинг 2021-2022 — "
        "документы есть (по соглашению корпуса — наличие, устаревание не учитывается); нет положения о педагогах "
        "и программ"
    )


def h23() -> Site:
    menu: list[MenuItem] = [
        ("Главная", "/portal/", []),
        ("Сведения об образовательной организации", "/portal/sveden/", []),
        ("Наставничество", "/portal/nastavnichestvo/", []),
        ("Новости", "/portal/news/", []),
        ("Контакты", "/portal/contacts/", []),
    ]
    full = "МБОУ «СОШ № 10» г. Петушки"
    w = Web("h23-meta-refresh", full, konstruktor, menu)
    w.raw(
        "/",
        '<html><head><meta http-equiv="refresh" content="0; URL=/portal/"><title>МБОУ «СОШ № 10»</title></head>'
        '<body>Перенаправление… <a href="/portal/">Перейти на сайт школы</a></body></html>',
    )
    basics(w, "/portal/", "/portal/sveden/", "/portal/news/", "/portal/contacts/")
    w.redirect("/sveden/", "/portal/sveden/")  # the constructor's top line links /sveden/
    f = "/portal/files/nastavnichestvo/"
    specs = [
        (
            "Приказ от 28.08.2024 № 115 «О внедрении целевой модели наставничества и назначении куратора»",
            "pdf",
            "prikaz115.pdf",
            t_order_impl(full, "28.08.2024", "115"),
            ORD,
        ),
        ("Положение о наставничестве обучающихся", "pdf", "polozhenie_obuch.pdf", t_reg_students(full), RS),
        (
            "Положение о системе наставничества педагогических работников",
            "docx",
            "polozhenie_ped.docx",
            t_reg_teachers(full),
            RT,
        ),
        (
            "Дорожная карта реализации целевой модели наставничества на 2024/2025 учебный год",
            "pdf",
            "dk.pdf",
            t_roadmap(full),
            RM,
        ),
        (
            "Программа наставничества «Учитель – учитель» на 2024/2025 учебный год",
            "pdf",
            "programma.pdf",
            t_programme(full, "Учитель – учитель"),
            PR,
        ),
        (
            "Приказ от 02.09.2024 № 121 «О закреплении наставнических пар (групп)»",
            "pdf",
            "prikaz121.pdf",
            t_pairs(full, "02.09.2024", "121"),
            PA,
        ),
        (
            "Аналитическая справка по итогам мониторинга программ наставничества за 2023/2024 учебный год",
            "pdf",
            "spravka.pdf",
            t_monitoring(full),
            MO,
        ),
    ]
    items = "".join(f"<li>{a(w.doc(f + n, fmt, t, text, rule), t)}</li>" for t, fmt, n, text, rule in specs)
    w.page("/portal/nastavnichestvo/", "Наставничество", f"<ol>{items}</ol>")
    return w.site(
        "Главная «/» — пустая страница с <meta http-equiv=refresh> на /portal/ (и ссылкой); дальше обычный сайт с "
        "полным разделом"
    )


def h24() -> Site:
    hub = "/o-litsee/"
    metod = hub + "metodicheskaya-rabota/"
    sec = metod + "nastavnichestvo/"
    menu: list[MenuItem] = [
        ("О лицее", hub, []),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ «Лицей № 1» г. Зернограда"
    w = Web("h24-deep-hubs", full, bitrix2, menu)
    basics(w)
    w.page(
        hub,
        "О лицее",
        ul(
            [("История", hub + "istoriya/"), ("Администрация", hub + "administraciya/"), ("Методическая работа", metod)]
        ),
    )
    w.page(hub + "istoriya/", "История", "<p>Лицей открыт в 1994 году.</p>")
    w.page(hub + "administraciya/", "Администрация", "<p>Директор: Тихонов В. П.</p>")
    w.page(
        metod,
        "Методическая работа",
        ul([("ШМО", metod + "shmo/"), ("Аттестация", metod + "attestaciya/"), ("Наставничество", sec)]),
    )
    w.page(metod + "shmo/", "ШМО", "<p>Методические объединения лицея.</p>")
    w.page(metod + "attestaciya/", "Аттестация", "<p>Аттестация педагогов.</p>")
    up = "/upload/iblock/"
    specs = [
        (
            "Приказ «О реализации целевой модели наставничества в 2024-2025 учебном году»",
            "pdf",
            "6e1/prikaz.pdf",
            t_order_impl(full, "30.08.2024", "210"),
            ORD,
        ),
        (
            "Положение о наставничестве обучающихся МБОУ «Лицей № 1»",
            "pdf",
            "6e2/polozhenie_obuch.pdf",
            t_reg_students(full),
            RS,
        ),
        (
            "Положение о наставничестве педагогических работников",
            "docx",
            "6e3/polozhenie_ped.docx",
            t_reg_teachers(full, "ПОЛОЖЕНИЕ о наставничестве педагогических работников"),
            RT,
        ),
        ("Дорожная карта 2024/2025", "pdf", "6e4/dk.pdf", t_roadmap(full), RM),
        ("Программы наставничества (сборник)", "pdf", "6e5/programmy.pdf", t_programme(full, "Учитель – ученик"), PR),
        (
            "Приказ «О закреплении наставников и наставляемых в 2024-2025 учебном году»",
            "pdf",
            "6e6/pary.pdf",
            t_pairs(full, "02.09.2024", "214"),
            PA,
        ),
        ("Аналитическая справка по итогам мониторинга 2023/2024", "pdf", "6e7/spravka.pdf", t_monitoring(full), MO),
    ]
    items = [(t, w.doc(up + p, fmt, t, text, rule)) for t, fmt, p, text, rule in specs]
    w.page(sec, "Наставничество", ul(items))
    return w.site(
        "Глубоко вложенный раздел без выпадающих меню: «О лицее» → «Методическая работа» → «Наставничество» (два "
        "уровня страниц-хабов); приказ «о реализации» ЦМН — приказ о внедрении"
    )


def h25() -> Site:
    s = "{site}"
    hub = f"{s}/natsproekt-obrazovanie/"
    sec = hub + "tselevaya-model-nastavnichestva/"
    subs = [
        ("Современная школа", hub + "sovremennaya-shkola/"),
        ("Успех каждого ребёнка", hub + "uspeh-kazhdogo-rebenka/"),
        ("Цифровая образовательная среда", hub + "tsifrovaya-sreda/"),
        ("Целевая модель наставничества", sec),
    ]
    menu: list[MenuItem] = [
        ("Главная", f"{s}/", []),
        ("Сведения об образовательной организации", f"{s}/sveden/", []),
        ("Национальный проект «Образование»", hub, subs),
        ("Новости", f"{s}/news/", []),
        ("Контакты", f"{s}/contacts/", []),
    ]
    full = "МБОУ «СОШ № 22» г. Кирова"
    w = Web("h25-wp-natsproekt", full, wp, menu)
    basics(w)
    w.page("/natsproekt-obrazovanie/", "Национальный проект «Образование»", ul(subs))
    for text, href in subs[:3]:
        w.page(href.removeprefix(s), text, f"<p>Региональный проект «{h(text)}».</p>")
    u = "/wp-content/uploads/"
    t1 = "О внедрении целевой модели наставничества (приказ № 56/1-ОД от 27.08.2021)"
    t2 = "Об утверждении Положения о системе наставничества педагогических работников (приказ № 77 от 31.08.2022)"
    t3 = "Программа наставничества «Учитель – учитель» 2024/2025"
    t4 = "Программа наставничества «Ученик – ученик» 2024/2025"
    specs = [
        (t1, u + "2021/08/prikaz-56-1-od.pdf", t_order_impl(full, "27.08.2021", "56/1-ОД", "2021/2022"), ORD),
        (
            t2,
            u + "2022/09/prikaz-77-polozhenie-nastavnichestvo-ped.pdf",
            t_order_approve_teachers(full, "31.08.2022", "77"),
            RT,
        ),
        (t3, u + "2024/09/programma-uchitel-uchitel-2024.pdf", t_programme(full, "Учитель – учитель"), PR),
        (t4, u + "2024/09/programma-uchenik-uchenik-2024.pdf", t_programme(full, "Ученик – ученик"), ()),
    ]
    blocks = []
    for i, (t, path, text, rule) in enumerate(specs, 1):
        w.doc(path, "pdf", t, text, rule)
        blocks.append(
            f'<div class="wp-block-file"><a id="wp-block-file--media-{i}" href="{s}{path}">{h(t)}</a>'
            f'<a href="{s}{path}" class="wp-block-file__button wp-element-button" download '
            f'aria-describedby="wp-block-file--media-{i}">Скачать</a></div>'
        )
    w.page("/natsproekt-obrazovanie/tselevaya-model-nastavnichestva/", "Целевая модель наставничества", "".join(blocks))
    return w.site(
        "WordPress (блок «Файл»): «Национальный проект «Образование»» → «Целевая модель наставничества»; названия "
        "начинаются с «О…»/«Об…» без слова «Приказ»; приказ об утверждении положения о педагогах с положением в "
        "приложении — положение о педагогах; нет положения об обучающихся, дорожной карты, пар, мониторинга"
    )


def h26() -> Site:
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об ОО", "/sveden.php", []),
        ("Наставничество", "/nastavnichestvo.php", []),
        ("Новости", "/news.php", []),
    ]
    full = "МКОУ «Сосновская основная общеобразовательная школа»"
    w = Web("h26-autoindex", "МКОУ «Сосновская ООШ»", handmade, menu, full)
    basics(w, "/", "/sveden.php", "/news.php", "")
    folder = "/docs/nastavnichestvo/"
    specs = [
        ("Prikaz_145-od.pdf", "pdf", t_order_impl(full, "30.08.2024", "145-од"), ORD, "2024-08-30 14:12", "212K"),
        ("Polozhenie.pdf", "pdf", t_reg_students(full), RS, "2024-08-30 14:13", "356K"),
        ("Polozhenie_ped.docx", "docx", t_reg_teachers(full), RT, "2024-08-30 14:13", " 31K"),
        ("DK_2024-2025.pdf", "pdf", t_roadmap(full), RM, "2024-09-02 10:40", "150K"),
        ("Programma.pdf", "pdf", t_upbringing(full), (), "2024-09-02 10:41", "640K"),
        ("spravka.pdf", "pdf", t_monitoring(full), MO, "2024-06-14 09:05", "198K"),
    ]
    lines = ['<a href="../">../</a>']
    for name, fmt, text, rule, when, size in specs:
        w.doc(folder + name, fmt, name, text, rule)
        lines.append(f'<a href="{name}">{name}</a>{" " * (51 - len(name))}{when}  {size}')
    w.raw(
        folder,
        f"<html>\r\n<head><title>Index of {folder}</title></head>\r\n<body>\r\n<h1>Index of {folder}</h1><hr><pre>"
        + "\r\n".join(lines)
        + "\r\n</pre><hr></body>\r\n</html>\r\n",
        title="Index of " + folder,
    )
    w.page(
        "/nastavnichestvo.php",
        "Наставничество",
        f'<p>Документы по наставничеству лежат в <a href="{folder}">папке с документами</a>.</p>'
        "<p>Ответственный: заместитель директора по УВР.</p>",
    )
    return w.site(
        "Раздел ссылается на листинг каталога nginx («Index of /docs/nastavnichestvo/»): ссылки — имена файлов "
        "(Prikaz_145-od.pdf, Polozhenie.pdf…), что есть что — только по содержимому; Programma.pdf — рабочая "
        "программа воспитания (ловушка); нет приказа о парах"
    )


def h27() -> Site:
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Наставничество", "/nastavnichestvo/", []),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ «Центр образования № 2» г. Зернограда"
    w = Web("h27-icons-iframe", full, konstruktor, menu)
    basics(w)
    f = "/files/nastav/"
    blocks = [
        (
            "Приказ о внедрении целевой модели наставничества",
            "Приказ от 30.08.2024 № 210-о",
            "prikaz.pdf",
            t_order_impl(full, "30.08.2024", "210-о"),
            ORD,
        ),
        (
            "Положение о наставничестве обучающихся",
            "Утверждено приказом от 30.08.2024 № 210-о",
            "pol-obuch.pdf",
            t_reg_students(full),
            RS,
        ),
        (
            "Положение о системе наставничества педагогических работников",
            "Новая редакция от 27.02.2025",
            "pol-ped.pdf",
            t_reg_teachers(full),
            RT,
        ),
        (
            "Приказ о закреплении наставнических пар",
            "Приказ от 02.09.2024 № 219-о на 2024/2025 учебный год",
            "pary.pdf",
            t_pairs(full, "02.09.2024", "219-о"),
            PA,
        ),
    ]
    parts = []
    for title, sub, name, text, rule in blocks:
        href = w.doc(f + name, "pdf", title, text, rule)
        parts.append(
            f'<h3>{h(title)}</h3><p>{h(sub)}</p><p><a href="{href}" target="_blank"><img src="/img/icons/pdf.svg" '
            'width="48" alt=""></a></p>'
        )
    t_dk = "Дорожная карта на 2024-2025 учебный год"
    dk = w.doc(f + "dk-2024-2025.pdf", "pdf", t_dk, t_roadmap(full), RM)
    parts.append(f'<h3>{h(t_dk)}</h3><iframe src="{dk}" width="100%" height="600" style="border:none"></iframe>')
    w.page("/nastavnichestvo/", "Наставничество", "".join(parts))
    return w.site(
        'Названия — в заголовках h3, ссылки — картинки-значки без текста (alt=""); дорожная карта показана во '
        "<iframe> (truth — PDF); нет программ и мониторинга"
    )


def h28() -> Site:
    sec = "/index.php/pedagogam/nastavnichestvo"
    menu: list[MenuItem] = [
        ("Главная", "/index.php", []),
        ("Сведения", "/index.php/svedeniya", []),
        ("Педагогам", "/index.php/pedagogam", [("Наставничество", sec)]),
        ("Новости", "/index.php/novosti", []),
    ]
    full = "МБОУ «СОШ № 7» г. Ирбита"
    w = Web("h28-xlsx-roadmap", full, joomla4, menu)
    home(w, "/", "/index.php/novosti")
    basics(w, "/index.php", "/index.php/svedeniya", "/index.php/novosti", "")
    w.page("/index.php/pedagogam", "Педагогам", ul([("Наставничество", sec)]))
    f = "/images/nastavnichestvo/"
    t1 = "Дорожная карта ЦМН 2024-2025"
    t2 = "Мониторинг 2023-2024 (справка)"
    t3 = "Приказ о закреплении наставнических пар 2024"
    t4 = "Положение о наставничестве"
    items = [
        (t1, w.doc(f + "dk_cmn_2024-2025.xlsx", "xlsx", t1, rows=ROADMAP_XLSX_ROWS, rules=RM), ".xlsx"),
        (t2, w.doc(f + "monitoring_2023-2024.docx", "docx", t2, t_monitoring(full), MO), ".docx"),
        (t3, w.doc(f + "prikaz_pary_2024.pdf", "pdf", t3, t_pairs(full, "03.09.2024", "170"), PA), ".pdf"),
        (t4, w.doc(f + "polozhenie.docx", "docx", t4, t_reg_generic(full), RS), ".docx"),
    ]
    content = "<ul>" + "".join(f"<li>{a(href, t + ' (' + ext + ')')}</li>" for t, href, ext in items) + "</ul>"
    w.page(sec, "Наставничество", content)
    return w.site(
        "Joomla 4: дорожная карта — таблица XLSX, мониторинг — DOCX; нет приказа о внедрении, положения о педагогах, "
        "программ"
    )


def h29() -> Site:
    sec = "/cmn/"
    menu: list[MenuItem] = [
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ «Кезская СОШ № 2»"
    w = Web("h29-banner-only", full, bitrix2, menu)
    banner = (
        '<div class="banners-main"><a href="/cmn/"><img src="/upload/banners/cmn.png" alt="Целевая модель '
        'наставничества"></a> <a href="https://edu.gov.ru/national-project/"><img src="/upload/banners/np.png" '
        'alt="Национальный проект «Образование»"></a></div>'
    )
    home(w, "/", "/news/", banner)
    basics(w, "", "/sveden/", "/news/", "/contacts/")
    up = "/upload/iblock/c1a/"
    specs = [
        (
            "Приказ от 30.08.2024 № 99-од «О внедрении ЦМН»",
            "prikaz_99.pdf",
            t_order_impl(full, "30.08.2024", "99-од"),
            ORD,
        ),
        ("Положение о наставничестве обучающихся", "pol_obuch.pdf", t_reg_students(full), RS),
        ("Положение о системе наставничества педагогических работников", "pol_ped.pdf", t_reg_teachers(full), RT),
        ("Дорожная карта реализации ЦМН (2024-2025)", "dk.pdf", t_roadmap(full), RM),
        (
            "Программа наставничества «Работодатель – ученик»",
            "programma.pdf",
            t_programme(full, "Работодатель – ученик"),
            PR,
        ),
        ("Приказ о закреплении наставнических пар 2024-2025", "pary.pdf", t_pairs(full, "02.09.2024", "103-од"), PA),
        ("Результаты мониторинга ЦМН 2023-2024", "monitoring.pdf", t_monitoring(full), MO),
    ]
    items = [(t, w.doc(up + n, "pdf", t, text, rule)) for t, n, text, rule in specs]
    w.page(sec, "Наставничество в школе", ul(items))
    return w.site(
        "Раздела нет в меню: ссылка только с баннера-картинки на главной (alt=«Целевая модель наставничества»), "
        "страница /cmn/ «Наставничество в школе» с полным набором документов"
    )


def h30() -> Site:
    sec = "index.php?option=com_content&task=view&id=45&Itemid=61"
    teach = "index.php?option=com_content&task=section&id=5&Itemid=60"
    menu: list[MenuItem] = [
        ("Главная", "index.php", []),
        ("Учительская", teach, [("Наставничество", sec)]),
        ("Новости", "index.php?option=com_content&task=blogcategory&id=1&Itemid=2", []),
    ]
    full = "Муниципальное казённое общеобразовательное учреждение «Кулигинская основная общеобразовательная школа»"
    w = Web("h30-joomla15-1251", "МКОУ «Кулигинская ООШ»", joomla_classic, menu, full, encoding="windows-1251")
    home(w, "/", "index.php?option=com_content&task=blogcategory&id=1&Itemid=2")
    home(w, "/index.php", "index.php?option=com_content&task=blogcategory&id=1&Itemid=2")
    t_food = "Мониторинг удовлетворенности родителей качеством питания"
    food = w.doc("/images/stories/monitoring_pitanie.pdf", "pdf", t_food, t_food_monitoring(full))
    w.page(
        "/" + teach,
        "Учительская",
        f"<p>{a(sec, 'Наставничество')}</p><p>Мониторинги: {a(food.lstrip('/'), t_food)}</p>",
    )
    f = "/images/stories/nastavnichestvo/"
    specs = [
        (
            "Положение о наставничестве педагогических работников и обучающихся МКОУ «Кулигинская ООШ»",
            "polozhenie.pdf",
            t_reg_both(full),
            (RS, RT),
        ),
        (
            "Приказ о внедрении целевой модели наставничества и назначении ответственного",
            "prikaz_cmn.pdf",
            t_order_impl(full, "02.09.2024", "58"),
            ORD,
        ),
        ("ДОРОЖНАЯ КАРТА", "dk.pdf", t_roadmap(full), RM),
        (
            "Приказ О закреплении наставнических пар на 2024 – 2025 уч год",
            "pary.pdf",
            t_pairs(full, "03.09.2024", "60"),
            PA,
        ),
    ]
    lines = "".join(f"<p>{a(w.doc(f + n, 'pdf', t, text, rule).lstrip('/'), t)}</p>" for t, n, text, rule in specs)
    w.page("/" + sec, "Наставничество", lines)
    return w.site(
        "Joomla 1.5 в windows-1251 (index.php?option=com_content&task=view&id=45&Itemid=61), относительные ссылки "
        "при <base href>; «ДОРОЖНАЯ КАРТА» прописными; мониторинг питания в «Учительской» — ловушка; нет программ "
        "и мониторинга наставничества"
    )


def h31() -> Site:
    sec = "/metod/"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Документы", "/docs/", []),
        ("Методическая работа и наставничество", sec, []),
        ("Новости", "/news/", []),
    ]
    full = "МБОУ «СОШ № 6» г. Орска"
    w = Web("h31-mixed-distractors", full, konstruktor, menu)
    basics(w, "/", "/sveden/", "/news/", "")
    f = "/files/metod/"
    specs = [
        ("Положение о методическом объединении учителей", t_mo_reg(full), ()),
        ("План работы методического совета на 2024-2025 учебный год", t_mo_plan(full), ()),
        ("Приказ о внедрении обновлённых ФГОС НОО и ФГОС ООО", t_fgos_order(full), ()),
        ("Приказ о назначении куратора центра «Точка роста»", t_tochka_order(full), ()),
        ("Дорожная карта по подготовке к введению ФООП", t_foop_roadmap(full), ()),
        ("Результаты мониторинга качества образования (ВСОКО) за 2023-2024 учебный год", t_vsoko(full), ()),
        (
            "Положение о наставничестве педагогических работников",
            t_reg_teachers(full, "ПОЛОЖЕНИЕ о наставничестве педагогических работников"),
            RT,
        ),
    ]
    items = [(t, w.doc(f"{f}{i:02d}.pdf", "pdf", t, text, rule)) for i, (t, text, rule) in enumerate(specs, 1)]
    bank_title = "База наставников на 2024-2025 учебный год"
    items.append((bank_title, w.doc(f + "baza.pdf", "pdf", bank_title, t_bank(full))))
    w.page(sec, "Методическая работа и наставничество", ul(items))
    dspecs = [
        ("Положение о школьной форме и внешнем виде обучающихся", t_uniform(full)),
        (
            "Приказ о закреплении учебных кабинетов за педагогическими работниками на 2024/2025 учебный год",
            t_cabinets(full),
        ),
        (
            "Постановление администрации г. Орска о закреплении территорий за общеобразовательными организациями",
            t_territory("города Орска"),
        ),
        ("Рабочая программа воспитания на 2024-2025 учебный год", t_upbringing(full)),
    ]
    w.page(
        "/docs/",
        "Документы",
        ul([(t, w.doc(f"/files/docs/{i}.pdf", "pdf", t, x)) for i, (t, x) in enumerate(dspecs, 1)]),
    )
    return w.site(
        "Общая страница «Методическая работа и наставничество»: среди документов методической работы (ФГОС, "
        "«Точка роста», ФООП, ВСОКО, МО) одно положение о наставничестве педагогов и база наставников; в "
        "«Документах» — форма, закрепление кабинетов и территорий, программа воспитания"
    )


def h32() -> Site:
    hub = "/nasha-shkola/"
    sec = hub + "sistema-nastavnichestva/"
    menu: list[MenuItem] = [
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Наша школа", hub, [("Система наставничества", sec), ("Достижения", hub + "dostizheniya/")]),
        ("Новости", "/novosti/", []),
        ("Контакты", "/kontakty/", []),
    ]
    full = "МАОУ «СОШ № 15» г. Глазова"
    w = Web("h32-years-archive", full, gosweb, menu)
    basics(w, "/", "/sveden/", "/novosti/", "/kontakty/")
    w.page(hub, "Наша школа", ul(menu[1][2]))
    w.page(hub + "dostizheniya/", "Достижения", "<p>Победители и призёры олимпиад.</p>")
    f = "/netcat_files/userfiles/sn/"
    general = [
        (
            "Приказ от 31.08.2022 № 120-о «О внедрении целевой модели наставничества»",
            "prikaz_120.pdf",
            t_order_impl(full, "31.08.2022", "120-о", "2022/2023"),
            ORD,
        ),
        ("Положение о наставничестве обучающихся", "pol_obuch.pdf", t_reg_students(full), RS),
    ]
    current = [
        (
            "Приказ № 160-о от 02.09.2024 «О закреплении наставнических пар»",
            "prikaz_160.pdf",
            t_pairs(full, "02.09.2024", "160-о"),
            PA,
        ),
        ("Дорожная карта на 2024-2025 учебный год", "dk_2024.pdf", t_roadmap(full), RM),
        (
            "Программа наставничества «Учитель – учитель» (2024-2025)",
            "programma_2024.pdf",
            t_programme(full, "Учитель – учитель"),
            PR,
        ),
        ("Анализ работы по наставничеству за 2023-2024 учебный год", "analiz_2023-2024.pdf", t_analysis(full), MO),
    ]
    archive = [
        (
            "Приказ № 128-о от 05.09.2022 «О закреплении наставнических пар»",
            "prikaz_128.pdf",
            t_pairs(full, "05.09.2022", "128-о", "2022/2023"),
            (),
        ),
        ("Дорожная карта на 2022-2023 учебный год", "dk_2022.pdf", t_roadmap(full, "2022-2023"), ()),
    ]

    def cards(specs: list[tuple[str, str, tuple[str, ...], str | tuple[str, ...]]]) -> str:
        return gw_docs([(t, w.doc(f + n, "pdf", t, text, rule), "PDF, 200 Кб") for t, n, text, rule in specs])

    content = (
        f"<h2>Общие документы</h2>{cards(general)}"
        f"<details open><summary>2024-2025 учебный год</summary>{cards(current)}</details>"
        f"<details><summary>Архив: 2022-2023 учебный год</summary>{cards(archive)}</details>"
    )
    w.page(sec, "Система наставничества", content)
    return w.site(
        "«Госвеб»: «Наша школа» → «Система наставничества», документы по годам в <details> (текущий открыт, архив "
        "2022-2023 свёрнут); truth — текущие приказ о парах и дорожная карта; мониторинг — «Анализ работы по "
        "наставничеству»; нет положения о педагогах"
    )


def h33() -> Site:
    sec = "/nastavnichestvo/"
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Сведения об образовательной организации", "/sveden/", []),
        ("Наставничество", sec, []),
        ("Новости", "/news/", []),
        ("Контакты", "/contacts/", []),
    ]
    full = "МБОУ «Гимназия № 2» г. Кирова"
    w = Web("h33-html-documents", full, konstruktor, menu)
    basics(w)
    order_lines = t_order_impl(full, "29.08.2024", "184-од")
    t_ord = "Приказ от 29.08.2024 № 184-од «О внедрении целевой модели наставничества»"
    w.page(sec + "prikaz/", t_ord, "".join(f"<p>{h(x)}</p>" for x in order_lines), ORD)
    t_rs = "Положение о наставничестве обучающихся"
    w.page(sec + "polozhenie/", t_rs, "".join(f"<p>{h(x)}</p>" for x in t_reg_students(full)), RS)
    w.page(
        sec + "nastavniki/",
        "Наши наставники",
        "<p>Наставники гимназии: 12 педагогов, 5 старшеклассников. Фотографии и сведения размещены с согласия.</p>",
    )
    w.page(
        sec,
        "Наставничество",
        ul([(t_ord, sec + "prikaz/"), (t_rs, sec + "polozhenie/"), ("Наши наставники", sec + "nastavniki/")]),
    )
    return w.site(
        "Приказ о внедрении и положение об обучающихся опубликованы текстом на HTML-страницах (truth — страницы), "
        "без файлов; страница «Наши наставники» — не документ правил"
    )


def h34() -> Site:
    body = (
        b"<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>"
        b"\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )
    return Site(
        "h34-forbidden",
        {"/": Resource(body, 403, (("Content-Type", "text/html"),))},
        "школа",
        dict.fromkeys(SCHOOL_RULES),
        "http_error",
        "http",
        "Главная страница отвечает 403 Forbidden (nginx): сайт закрыт хостингом",
    )


# ---- departments ---------------------------------------------------------------------------------------------------


def dh01() -> Site:
    sec = "/deyatelnost/tselevaya-model-nastavnichestva/"
    menu: list[MenuItem] = [
        ("Об Управлении", "/ob-upravlenii/", []),
        ("Деятельность", "/deyatelnost/", [("Целевая модель наставничества", sec), ("ГИА", "/deyatelnost/gia/")]),
        ("Образовательные организации", "/organizatsii/", []),
        ("Новости", "/novosti/", []),
    ]
    dept = "Управление образования Администрации города Глазова"
    w = Web("dh01-uo-gosweb", dept, gosweb, menu, kind="управление")
    basics(w, "/", "", "/novosti/", "")
    w.page("/ob-upravlenii/", "Об Управлении", "<p>Начальник Управления образования: Горбунова Е. А.</p>")
    w.page("/deyatelnost/", "Деятельность", ul(menu[1][2]))
    w.page("/deyatelnost/gia/", "ГИА", "<p>Расписание ГИА-2025.</p>")
    schools = [("МБОУ «СОШ № 9»", "http://school9.glazov.invalid/"), ("МАОУ «СОШ № 15»", "http://s15.glazov.invalid/")]
    w.page("/organizatsii/", "Образовательные организации", ul(schools))
    f = "/netcat_files/userfiles/uo/cmn/"
    t1 = (
        "Приказ Управления образования от 18.03.2022 № 124-од «Об организации и внедрении муниципальной целевой "
        "модели наставничества»"
    )
    t2 = (
        "Приказ Министерства образования и науки Удмуртской Республики от 15.02.2022 № 190 «О внедрении целевой "
        "модели наставничества»"
    )
    t3 = (
        "План мероприятий (дорожная карта) внедрения ЦМН в образовательных организациях города Глазова на 2024-2026 гг."
    )
    t4 = "Мониторинг реализации ЦМН в ОО города, 2023-2024 уч. год"
    t5 = "Положение о муниципальном наставническом центре"
    items = [
        (
            t2,
            w.doc(
                f + "prikaz_mon_ur_190.pdf",
                "pdf",
                t2,
                t_regional_order("Министерство образования и науки Удмуртской Республики", "15.02.2022", "190"),
            ),
            "PDF, 280 Кб",
        ),
        (
            t1,
            w.doc(
                f + "prikaz_uo_124-od.pdf",
                "pdf",
                t1,
                t_dept_order(
                    dept,
                    "18.03.2022",
                    "124-од",
                    "Об организации и внедрении муниципальной целевой модели наставничества",
                ),
                D_ORD,
            ),
            "PDF, 390 Кб",
        ),
        (t3, w.doc(f + "dk_2024-2026.pdf", "pdf", t3, t_dept_roadmap(dept, "2024-2026"), D_RM), "PDF, 230 Кб"),
        (t4, w.doc(f + "monitoring_2023-2024.xlsx", "xlsx", t4, rows=DEPT_MONITORING_ROWS, rules=MO), "XLSX, 15 Кб"),
        (
            t5,
            w.doc(
                f + "polozhenie_mnc.docx",
                "docx",
                t5,
                ("Положение о муниципальном наставническом центре", dept, "1. Центр создаётся на базе ИМЦ."),
            ),
            "DOCX, 25 Кб",
        ),
    ]
    content = "<p>Муниципальный координатор ЦМН: методист ИМЦ Пестова Н. В.</p>" + gw_docs(items)
    w.page(sec, "Целевая модель наставничества", content)
    return w.site(
        "Городское управление на «Госвеб»: региональный приказ о ЦМН (не муниципальный) рядом с приказом "
        "управления, муниципальная дорожная карта 2024-2026, мониторинг по школам в XLSX"
    )


def dh02() -> Site:
    menu: list[MenuItem] = [
        ("Главная", "/", []),
        ("Об отделе", "/otdel.htm", []),
        ("Наставничество", "/nastav.htm", []),
        ("Мониторинги", "/monitoring.htm", []),
    ]
    dept = "Отдел образования Администрации Кизнерского района"
    w = Web(
        "dh02-otdel-1251", dept, handmade, menu, kind="управление", encoding="windows-1251", charset_in_header=False
    )
    home(w, "/", "#")
    w.page("/otdel.htm", "Об отделе", "<p>Начальник отдела образования: Шутова Л. Г.</p>")
    t_vpr = "Результаты мониторинга качества подготовки обучающихся (ВПР-2024)"
    vpr = w.doc("/docs/vpr2024.pdf", "pdf", t_vpr, (t_vpr, dept, "Доля отметок «4» и «5» – 46 %."))
    w.page("/monitoring.htm", "Мониторинги", f"<p>{a(vpr, t_vpr)}</p>")
    t1 = "Приказ от 14.02.2022 № 91 «Об организации и внедрении муниципальной целевой модели наставничества»"
    t2 = "Распоряжение от 05.04.2024 № 125 «О создании муниципальной школы наставничества»"
    t3 = "Дорожная карта по внедрению ЦМН на 2022-2024 гг."
    items = [
        (t1, w.doc("/docs/nastav/prikaz91.pdf", "scan", t1, rules=D_ORD)),
        (t2, w.doc("/docs/nastav/rasp125.pdf", "pdf", t2, t_dept_school_of_mentoring(dept))),
        (t3, w.doc("/docs/nastav/dk2022-2024.pdf", "pdf", t3, t_dept_roadmap(dept, "2022-2024"), D_RM)),
    ]
    w.page("/nastav.htm", "Наставничество", "<br>".join(a(href, t) for t, href in items))
    return w.site(
        "Районный отдел, самодельный сайт в windows-1251 (только в meta): приказ о внедрении — скан; распоряжение "
        "о муниципальной школе наставничества — не приказ о внедрении; мониторинг ВПР — ловушка, мониторинга ЦМН нет"
    )


# ---- the corpus ------------------------------------------------------------------------------------------------------

SCHOOLS: tuple[Callable[[], Site], ...] = (
    h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17,
    h18, h19, h20, h21, h22, h23, h24, h25, h26, h27, h28, h29, h30, h31, h32, h33, h34,
)  # fmt: skip
DEPARTMENTS: tuple[Callable[[], Site], ...] = (dh01, dh02)


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
    sites = [make() for make in SCHOOLS] + [make() for make in DEPARTMENTS]
    _check(sites)
    return tuple(sites)


def corpus() -> list[Site]:
    """The held-out sites (built once per process; do not mutate them): schools h01–h34, departments dh01–dh02."""
    return list(_corpus())


def titles() -> dict[str, dict[str, str]]:
    """{site name: {resource path: the title the site gives it}}, for reporting misses."""
    _corpus()
    return {name: dict(paths) for name, paths in _TITLES.items()}
