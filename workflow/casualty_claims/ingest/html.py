"""HTML pages: main text, title, author and date via trafilatura.

trafilatura (with lxml underneath) removes navigation, scripts, styles, boilerplate and
reader comments. It only parses the string we hand it: nothing is fetched and no
script runs. Its date search is restricted to the page's metadata (meta tags, JSON-LD,
<time> elements, date lines): the "extensive" search also reads dates out of the
article text, which would invent a publication date from the event's date.
"""

from __future__ import annotations

import logging
import re
import warnings

from casualty_claims.ingest.errors import IngestError
from casualty_claims.ingest.options import IngestOptions
from casualty_claims.ingest.walk import display

log = logging.getLogger("casualty_claims.ingest")

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_META_AUTHOR = re.compile(
    r"<meta\s[^>]*?(?:name|property)\s*=\s*[\"'](?:author|article:author|dc\.creator|byl)[\"'][^>]*>", re.I
)
_CONTENT = re.compile(r"content\s*=\s*[\"']([^\"']*)[\"']", re.I)
_HTML_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I)


def extract(html: str) -> dict | None:
    """The page's fields as a dict (title, author, date, text, url, sitename), or None."""
    import trafilatura

    with warnings.catch_warnings():
        # lxml's FutureWarning about element truthiness comes from inside trafilatura.
        warnings.simplefilter("ignore", FutureWarning)
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    if doc is None:
        return None
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def meta_author(html: str, extracted: str | None) -> str | None:
    """trafilatura normalises author names lossily ("Anna K. Writer" -> "Anna K Writer");
    when the page's own meta tag says the same name with its punctuation, keep the tag's."""
    if not extracted:
        return None
    for tag in _META_AUTHOR.findall(html[:200_000]):
        if m := _CONTENT.search(tag):
            raw = " ".join(m[1].split())
            if re.sub(r"[^\w]", "", raw).lower() == re.sub(r"[^\w]", "", extracted).lower():
                return raw
    return extracted


def body_paragraphs(text: str, title: str | None) -> list[str]:
    """trafilatura puts one block (paragraph, heading, list item) per line; the page's
    own <h1> repeats the title, which the document already starts with."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    if paras and title and " ".join(paras[0].split()).casefold() == " ".join(title.split()).casefold():
        paras = paras[1:]
    return paras


def document_from_html(html: str, source: str, options: IngestOptions) -> dict:
    from casualty_claims.ingest.corpus import make_document

    fields = extract(html)
    if not fields or not (fields.get("text") or "").strip():
        raise IngestError("no_text", f"{display(source)}: no article text found in the HTML page")
    title = fields.get("title")
    lang = _HTML_LANG.search(html[:4096])
    return make_document(
        source,
        title=title,
        body="\n\n".join(body_paragraphs(fields["text"], title)),
        author=meta_author(html, fields.get("author")),
        date=fields.get("date"),
        url=fields.get("url"),
        outlet=fields.get("sitename") or fields.get("hostname"),
        language=(lang[1].lower() if lang else None),
        options=options,
    )
