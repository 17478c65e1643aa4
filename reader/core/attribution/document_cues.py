"""How news text names documents, which speak for whoever issued them: "the filing said", "the
report found", "A statement from Kilbrennan County Council said". `cues` re-exports every name."""

from __future__ import annotations

from reader.core.attribution.romance_bodies import FRENCH_BODY_NAME

# "the filing said", "the ruling said", "the report found": a document speaks for its author.
DOCUMENT_WORDS = (
    "filing statement report memo letter ruling opinion decision study paper complaint lawsuit "
    "suit indictment affidavit audit post-mortem postmortem notice proposal submission assessment "
    "guidance "  # "The city’s own budget proposal warns that …"
    "minutes circular "  # "The minutes, published by the Reserve Bank of …, said that …"
    "release "  # "The release said crews would …": a news release, its issuer's
    "judgment judgement "  # "the judgment said": the judge's
    "bulletin directive "  # "The bulletin from the Air Accidents Investigation Commission said"
    "communiqué communique "  # "The joint communiqué issued by the Council of … said"
    "update "  # "according to a mission update from X …. …, the update said"
    "alert advisory "  # "The regulator issued a safety alert …. “…,” the alert said"
    "brief petition dissent concurrence"  # "according to a brief filed by X", "the petition"
).split()
# what a document is of, after its word: "an affidavit of probable cause"
DOCUMENT_OF = r"\s+of\s+(?:probable\s+cause|claim|appeal|facts)\b"
DOCUMENT = (
    # ("The Murrundi Water Authority's annual report, tabled …, warns": its owner named first)
    # ("The board's report states": a body named before by its kind)
    # ("The National Bank of Ukraine's quarterly inflation report": an "of" in the owner's name)
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:[A-Z][\w&-]*\s+(?:of\s+(?:the\s+)?)?){0,4}?"
    r"[A-Z][\w&-]*['’]s\s+"
    r"|(?<=[Tt]he\s)[a-z]+['’]s\s+)?"
    r"(?:(?:[a-z-]+|\d+-[a-z]+)\s+){0,2}"  # ("The 42-page report said")
    rf"(?:{'|'.join(DOCUMENT_WORDS)})\b"
    # ("The affidavit of probable cause, written by Detective X, states": what it is of)
    rf"(?:{DOCUMENT_OF}"
    # "The authority’s report into the crash found": what a report is about
    r"|(?:(?<=report)|(?<=review))\s+(?:into|on)\s+(?:the|its|his|her|their)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\b)?)"
)
# "A statement from Kilbrennan County Council said", "A letter from the school's management,
# the Shree Vidya Trust, read": the issuer speaks (group_sources.source_phrase)
ISSUED_DOCUMENT = (
    # ("the 2023 annual audit report of the Lanang Regional Audit Office": a year too)
    r"(?:[Aa]n?|[Tt]he)\s+(?:(?:[a-z-]+|\d{4})\s+){0,3}(?:statement|letter|email|e-mail|memo|"
    r"memorandum|notice|advisory|directive|"
    # "The preliminary report from the state Board of Rail Safety said"
    r"note|submission|circular|message|report|review|assessment|audit|lawsuit|suit|petition|"
    r"affidavit|complaint|update)\s+"  # "An affidavit filed by Det. X says"
    # "An internal memo written by campaign director Sharni Walsh", "A lawsuit filed Tuesday by"
    r"(?:(?:written|drafted|prepared|signed|sent|authored|issued|released|published)\s+"
    r"|(?:(?<=suit\s)|(?<=tition\s)|(?<=davit\s)|(?<=plaint\s))(?:filed|brought|lodged)"
    r"(?:\s+(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week))?"
    r"\s+)?"
    r"(?:from|by|on\s+behalf\s+of|(?<=report\s)of|(?<=audit\s)of)\s+(?:the\s+)?"
    r"(?:(?:state|federal|city|county|national)\s+)?"
    # ("a report by the Observatoire Tunisien des Prix …" names no person "Prix …" after a body)
    rf"(?:(?!{FRENCH_BODY_NAME})"
    r"(?:[A-Z][\w’'&.-]*\s+){0,4}(?:(?!(?:of|for|and|the|to|in|on)\s)[a-z]+\s+){1,2}(?=[A-Z]))?"
    # (not "a report from the State Department's inspector general": the inspector's)
    rf"(?:{FRENCH_BODY_NAME}|"
    r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w’'&.-]*){0,5}(?<![’']s)"
    r"(?!\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z])"
    r"|[a-z]+['’]s\s+[a-z]+)"
    # "A letter from the council to the developer, seen by the Courier, said"
    r"(?:\s+to\s+(?:the\s+|its\s+|his\s+|her\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
    # ("A report by the Ministry of Planning and Investment submitted to the National Assembly")
    r"(?:\s+(?:submitted|presented|sent|delivered|tabled)\s+to\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3})?"
    r"(?:,\s+(?:seen|obtained|reviewed)\s+by\s+[^,;:“”\"]{1,60},)?"
)
