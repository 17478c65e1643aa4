"""A name's gloss in another script, as Taiwan's, Hong Kong's and Korea's English-language press
print it ("Chou Yung-fa (周永發) told shareholders", "Legislator Chen Wen-hsiung (陳文雄) of the
DPP"), is read as blank space, so the name stands next to its verb as in any other copy. The
text keeps its length, so every offset into it stays the same; quotes are cut from the article
as printed.
"""

from __future__ import annotations

import re

from reader.core.attribution.caps_leads import reading_copy
from reader.core.attribution.pattern_cache import compiled
from reader.core.model import Article, Sentence

# a bracket holding only Chinese, Japanese or Korean characters (and their middle dot), and the
# comma after it (a full stop stays where it is: it ends the sentence)
_GLOSS = compiled(
    r"[^\S\n]?\([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af·]+\)"
    r"(?P<stop>[,;:]?)"
)


# a body's name in its own language and its initials: "the Littoral Agrarian Federation
# (Federación Agraria del Litoral, FAL) said" reads "… (FAL) said", as when the name is left out
_NAME_GLOSS = compiled(
    r"(?<=[\w’']) \((?P<name>[A-Z][\w’'-]*(?:\s+(?:[a-zà-ÿ]{1,3}\s+)?[A-Z][\w’'-]*){1,7}),"
    r"\s+(?P<initials>[A-Z]{2,8})\)"
)


def blank_glosses(article: Article, sentences: list[Sentence]) -> tuple[Article, list[Sentence]]:
    """The article and sentences with each gloss in another script as spaces, if any, and each
    name glossed in another language with its initials as the initials alone."""
    text = article.text
    if "(" not in text or (_GLOSS.search(text) is None and _NAME_GLOSS.search(text) is None):
        return article, sentences
    return reading_copy(article, sentences, _NAME_GLOSS.sub(_initials, _GLOSS.sub(_blank, text)))


def _initials(gloss: re.Match[str]) -> str:
    initials = f" ({gloss['initials']})"
    return initials + " " * (len(gloss.group()) - len(initials))


def _blank(gloss: re.Match[str]) -> str:
    """Spaces for the gloss, with the comma after it moved up to the name: "Liu Yu-hsuan
    (劉宇軒), 24," reads "Liu Yu-hsuan,      24,"."""
    return gloss["stop"] + " " * (len(gloss.group()) - len(gloss["stop"]))
