"""A saved page's lxml tree made ready for trafilatura: links made absolute against the page's
own base, and a block quote's credit line kept (trafilatura drops both otherwise)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit


def base_url(tree: Any) -> str | None:
    """The URL relative links resolve against: <base href>, else canonical, else og:url."""
    for xpath in (
        "//base/@href",
        "//link[@rel='canonical']/@href",
        "//meta[@property='og:url']/@content",
    ):
        for value in tree.xpath(xpath):
            url = str(value).strip()
            if urlsplit(url).scheme in ("http", "https"):
                return url
    return None


def absolutise_links(tree: Any, base: str) -> None:
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if href and not href.startswith("#"):
            anchor.set("href", urljoin(base, href.strip()))


def keep_quote_credits(tree: Any) -> None:
    """Keep a block quote's credit line ("— Mayor Celia Drummond") and quotes set in figures.

    trafilatura drops every <footer> and <figure> (and a <cite> outside a paragraph), even the
    one that credits a quote or wraps a pull quote; as paragraphs inside the quote they survive.
    """
    for figure in tree.xpath("//figure[.//blockquote]"):
        figure.tag = "div"
        quote = figure.xpath(".//blockquote")[0]
        for caption in figure.xpath("./figcaption"):
            caption.tag = "p"
            quote.append(caption)  # lxml moves the element
    credits = "//blockquote//footer | //blockquote//figcaption | //blockquote/cite"
    for credit in tree.xpath(credits):
        credit.tag = "p"
