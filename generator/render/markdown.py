"""Markdown written by people (practice descriptions, news) → HTML reduced to a safe subset."""

from __future__ import annotations

from functools import cache

import markdown as md
import nh3
from markupsafe import Markup, escape

_ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "blockquote",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "caption",
    "dl",
    "dt",
    "dd",
    "abbr",
}
_ALLOWED_ATTRS = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}


@cache
def _converter() -> md.Markdown:
    """One converter, reset between texts: setting up extensions cost more than converting a short text."""
    return md.Markdown(extensions=["tables", "sane_lists"], output_format="html")


def render_markdown(text: str | None, shift_headings: int = 1) -> Markup:
    """Safe HTML; headings are shifted down so that a text's «#» never competes with the page title."""
    if not text:
        return Markup("")
    try:
        html = _converter().reset().convert(text)
    except RecursionError:  # pathologically nested lists or quotes: show the text as it is, escaped
        return Markup("<pre>") + escape(text) + Markup("</pre>")
    for level in range(6 - shift_headings, 0, -1):
        html = html.replace(f"<h{level}", f"<h{level + shift_headings}").replace(
            f"</h{level}>", f"</h{level + shift_headings}>"
        )
    clean = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRS,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
    return Markup(clean)
