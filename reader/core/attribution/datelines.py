"""What may open a news paragraph before its first sentence: a wire dateline ("WASHINGTON (AP)
— "), an Indian paper's place and colon ("SHANTINAGAR: ") or a live blog's time stamp ("09:12
GMT — ")."""

from __future__ import annotations

# What follows a dateline's city in capitals: its country, then the dash ("BENI, DR Congo — "),
# so that the city is read as no body by its letters
CITY_THEN_COUNTRY = r",\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*\s+[—–-]"
# A live blog's time stamp: "18:52", "11.58pm", "12:12 GMT", "15:05 local"
TIME_STAMP = (
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:[^\S\n]*(?:GMT|BST|UTC|CES?T|[ECMP][SD]T|AE[SD]T|"
    r"NZ[SD]T|IST|SAST|WAT|EAT|local(?:\s+time)?)\b)?"
)
# A wire dateline first: "WASHINGTON (AP) — ", "NEW YORK, Dec. 22 (UPI) — ",
# "HARTWELL FALLS, Pa., Oct. 14 (Keystone Wire) - "
DATELINE = (  # after a list bullet, if any: "~ Media titan Rupert Murdoch announced …"
    r"(?:[-–•~*]\s+)?"
    # ("LOWELL BAY, N.J., June 10 (Caduceus Wire) - ": a state's initials too)
    # ("YAOUNDÉ — ": accented capitals too)
    # ("NUKU’ALOFA – ", "PORT-AU-PRINCE, Haiti — ")
    r"(?:(?:[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ.'’ ]|-(?=[A-ZÀ-ÖØ-Þ])){2,}"
    # ("ERBIL, Kurdistan Region — ", "HPAKANT, Kachin State — ", "NAY PYI TAW, 14 June — ")
    r"(?:,\s+(?:[A-Z][a-z]{1,11}\.?(?:\s+[A-Z][a-z]{1,11}){0,2}|[A-Z]\.[A-Z]\.|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:\s+\d{1,2})?){0,2}"
    r"(?:\s*\([^()]{1,30}\))?"
    # "Dec 29 (Reuters) - ", "(Reuters) - "
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\([A-Z][^()]{1,30}\)"
    # a live blog's time stamp: "11:40 — ", "4.15pm - ", "09:12 GMT — "
    rf"|{TIME_STAMP}(?:\s+[A-Z]{{2,4}})?)"
    r"\s*[—–―-]+\s*"
    # or a time stamp with no dash: "18:52 She writes:", "11.58pm Nowak, speaking to …, says:",
    # "7.58am: Harbourline Rail says …"
    rf"|{TIME_STAMP}:?\s+(?=[A-Z])"
    # or a place in capitals and a colon, as Indian papers write it: "SHANTINAGAR: ", with the
    # date as Nepali and Sri Lankan papers add it: "KATHMANDU, Oct 17: "
    r"|[A-Z][A-Z.' ]{2,}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?:\s+"
    # or in Title Case and a spaced hyphen, as South African sites write it: "Cape Town - "
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s-\s(?=[A-Z])"
    # or in Title Case and a colon, as the Gulf's papers write it: "Abu Dhabi: The head of …"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+(?=(?:The|A|An|His|Her)\s))?"
)
