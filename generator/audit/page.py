"""An HTML page as the auditor reads it: text decoded from whatever encoding the site uses, and its links with
the words around them (a link «Скачать» takes its meaning from the list item or heading it sits under)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE = re.compile(r"\s+")
_CHROME = re.compile(r"(^|[\s_-])(nav|navbar|menu|header|footer|breadcrumbs?|sidebar|topmenu|mainmenu)([\s_-]|$)", re.I)
# Link texts that say nothing of the document: its name is in the text around the link.
_GENERIC = re.compile(
    r"^((скачать|открыть|загрузить|просмотр(еть)?)( файл| документ)?|подробнее|читать( далее| полностью)?|далее|"
    r"ссылка|документ|файл|здесь|тут|"
    r"pdf|docx?|xlsx?|\(?\s*(pdf|docx?|xlsx?|odt|ods|rtf)?[\s,]*\d+([.,]\d+)?\s*(кб|мб|kb|mb|байт)\s*\)?)[\s.:!»…]*$",
    re.IGNORECASE,
)
MAX_CONTEXT = 300


@dataclass(frozen=True, slots=True)
class Link:
    url: str  # absolute, without the fragment
    text: str  # the link's own text (or its image's alt / title)
    context: str  # what the link is about: its text, or the text of its list item / paragraph / heading
    heading: str  # the nearest heading before it
    chrome: bool  # inside the site's menu, header or footer


@dataclass
class Page:
    url: str
    title: str
    text: str
    heading: str = ""  # the first <h1>
    links: list[Link] = field(default_factory=list)
    manifests: list[str] = field(default_factory=list)  # <link rel="alternate" type="application/json">
    documents: dict[str, dict[str, str]] = field(default_factory=dict)  # url → schema.org DigitalDocument microdata


def decode(body: bytes, charset: str | None) -> str:
    """Header charset, else a byte-order mark, else <meta charset>, else UTF-8 if it is valid, else
    windows-1251 (what Russian sites of the 2000s were written in)."""
    candidates = []
    if charset:
        candidates.append(charset)
    if body.startswith(b"\xef\xbb\xbf"):
        candidates.append("utf-8-sig")
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii"))
    for name in candidates:
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1251", errors="replace")


def clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip().removesuffix("¶").rstrip()  # ¶: a heading's permalink anchor


_FILE_NAME = re.compile(r"^[\w.\-№ ]+\.(pdf|docx?|xlsx?|odt|ods|rtf|jpe?g|png|zip|rar)$", re.IGNORECASE)


def is_generic(text: str) -> bool:
    """Link text that does not name the document: «Скачать», «PDF, 2 МБ», a file name («prikaz_145-od.pdf»)."""
    return not text or bool(_GENERIC.match(text)) or bool(_FILE_NAME.match(text))


def _in_chrome(element: etree._Element) -> bool:
    for parent in element.iterancestors():
        tag = parent.tag if isinstance(parent.tag, str) else ""
        if tag in ("nav", "header", "footer"):
            return True
        marks = f"{parent.get('class', '')} {parent.get('id', '')} {parent.get('role', '')}"
        if marks.strip() and (_CHROME.search(marks) or "navigation" in marks):
            return True
    return False


def _text(element: etree._Element) -> str:
    # itertext, not text_content: «Положение<br>Скачать» must not become one word
    return clean(" ".join(element.itertext()))


def _context(anchor: etree._Element, text: str, heading: str) -> str:
    if not is_generic(text):
        if len(text.split()) > 2:
            return text
        parent = anchor.getparent()  # «…подробнее — в <a>приказе</a>»: the sentence says which order
        # a sentence names what its link is; lines of links split by <br> are a list, each its own title
        if parent is not None and parent.tag in ("p", "li", "td", "dd") and parent.find(".//br") is None:
            around = _text(parent)
            if len(around) <= MAX_CONTEXT and len(around.split()) > len(text.split()):
                return around
        return text
    for parent in anchor.iterancestors():
        if parent.tag in ("li", "p", "td", "tr", "dd", "dt", "div", "article", "section"):
            around = _text(parent)
            if parent.tag in ("div", "article", "section") and heading and not text:
                break  # an icon in a block of many: the heading above it names the document
            if around and around != text and len(around) <= MAX_CONTEXT * 2:
                return around[:MAX_CONTEXT]
            if parent.tag in ("div", "article", "section"):
                break
    return clean(f"{heading} {text}" if heading else text)


def parse(url: str, body: bytes, charset: str | None) -> Page:
    """A page with its links; broken HTML is read as a browser would (lxml's recovering parser)."""
    text = _XML_DECL.sub("", decode(body, charset))
    page = Page(url, "", "")
    if not text.strip():
        return page
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return page
    base = url
    for element in root.iter("base"):
        if element.get("href"):
            base = urljoin(url, element.get("href").strip())
            break
    title = root.find(".//title")
    page.title = clean(title.text_content()) if title is not None else ""
    for bad in root.iter("script", "style", "noscript", "template"):
        bad.text = ""
    page.text = _text(root)
    heading = ""
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in ("h1", "h2", "h3", "h4"):
            heading = _text(element)[:MAX_CONTEXT]
            if tag == "h1" and not page.heading:
                page.heading = heading
        elif tag in ("a", "iframe", "embed", "object"):
            # a document shown in a frame on the page is as published as a linked one
            href = (element.get("href") or element.get("src") or element.get("data") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            absolute = urldefrag(urljoin(base, href)).url
            if urlsplit(absolute).scheme not in ("http", "https"):
                continue
            own = _text(element)
            if not own:
                image = element.find(".//img")
                own = clean((image.get("alt") or image.get("title") or "") if image is not None else "")
                own = own or clean(element.get("title") or "")
            page.links.append(Link(absolute, own, _context(element, own, heading), heading, _in_chrome(element)))
        elif (
            tag == "link"
            and "alternate" in (element.get("rel") or "").lower()
            and "json" in (element.get("type") or "")
            and element.get("href")
        ):
            page.manifests.append(urljoin(base, element.get("href").strip()))
    for item in root.xpath('//*[@itemscope][contains(@itemtype, "schema.org/DigitalDocument")]'):
        props = _microdata(item, base)
        if props.get("url"):
            page.documents.setdefault(props["url"], props)
    return page


def _microdata(item: etree._Element, base: str) -> dict[str, str]:
    """An item's own properties (not those of items nested in it): a meta's content, a link's address, else text."""
    props: dict[str, str] = {}
    for element in item.iterdescendants():
        name = element.get("itemprop")
        if not name or any(p is not item and p.get("itemscope") is not None for p in _between(element, item)):
            continue
        if element.tag == "meta":
            value = element.get("content") or ""
        elif element.tag in ("a", "link", "area"):
            value = urldefrag(urljoin(base, (element.get("href") or "").strip())).url
        elif element.tag == "time":
            value = element.get("datetime") or _text(element)
        else:
            value = _text(element)
        for key in name.split():
            props.setdefault(key, clean(value)[:MAX_CONTEXT])
    return props


def _between(element: etree._Element, item: etree._Element) -> list[etree._Element]:
    ancestors = []
    for parent in element.iterancestors():
        if parent is item:
            break
        ancestors.append(parent)
    return ancestors
