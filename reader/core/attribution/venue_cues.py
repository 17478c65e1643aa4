"""Where words were said and to whom: outlets by the words that end their names ("The Marlowe
Ledger"), "the paper", audiences ("told reporters", "told the committee"), and the statement,
interview or post a body spoke in. `cues` re-exports every public name."""

from __future__ import annotations

from reader.core.attribution.name_atoms import CAP

OUTLET_WORDS = (
    "Gazette Times Post News Herald Journal Tribune Chronicle Guardian Telegraph Observer "
    "Independent Standard Express Mail Mirror Star Sun Review Record Courier Bulletin Reuters "
    "Bloomberg Press AP AFP BBC CNN NPR Radio Television TV Magazine Weekly Daily Wire Report "
    "Dispatch Monitor Insider Politico Axios Ledger Sentinel Examiner Enquirer Advertiser "
    "Argus Clarion Beacon Register Inquirer Citizen Zeitung Anzeiger Rundschau Tageblatt Kurier "
    # "Altmarsfelder Anzeiger", "the Prairie Courant"
    "Nachrichten Corriere Gazzetta Nieuwsblad Dagblad Tidende Avisen Courant "
    "Reporter Variety Billboard "  # "told The Hollywood Reporter", "told Variety"
    "Online"  # "told Ahram Online"
).split()
OUTLET_REF = (
    r"(?:the\s+(?:paper|newspaper|magazine|outlet|station|broadcaster|network)"
    r"|this\s+(?:paper|newspaper|magazine))"
)
AUDIENCE = (
    r"(?:reporters|journalists|analysts|staff|employees|colleagues|MPs|councillors|councilors|lawmakers|legislators|senators|delegates|"
    r"supporters|students|residents|workers|investors|shareholders|(?:(?:council|board|committee|union|party)\s+)?members|voters|listeners|"
    r"viewers|readers|jurors|magistrates|fans|parents|trustees|governors|donors|"
    r"(?:(?:his|her|their)\s+)?(?:friends|pals|mates|chums|confidants)|"  # "The star told pals"
    r"[Pp]arliament|[Cc]ongress|[Cc]abinet|"  # "…, the minister told parliament on Tuesday."
    # ("the city council", "the regional security council", "the monthly meeting of the
    # municipal district": which one)
    r"the\s+(?:[a-z]+\s+){0,2}(?:committee|court|hearing|inquiry|crowd|council|assembly|audience|"
    r"conference|parliament|senate|board|meeting|rally|jury|judge|tribunal|inquest|panel|chamber|"
    r"house|commons|legislature)(?:\s+of\s+the\s+[a-z]+(?:\s+[a-z]+)?(?=\s*[:,.]))?)"
)
VENUE = rf"(?:me|us|{AUDIENCE}|{OUTLET_REF}|(?:the\s+)?{CAP}(?:\s+{CAP})*|AP|AFP|BBC|CNN|NPR)"
STATEMENT_VENUE = (
    r"(?:in|on)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:written\s+|emailed\s+|brief\s+|joint\s+|televised\s+|radio\s+|phone\s+|telephone\s+|"
    r"separate\s+)?"
    # "in its daily briefing", "in his weekly column"
    r"(?:(?:daily|weekly|monthly|annual|nightly|regular|latest|morning|evening|usual)\s+)?"
    r"(?:statement|interview|email|e-mail|post|letter|speech|press\s+release|press\s+conference|"
    r"briefing|tweet|blog\s+post|op-ed|message|podcast|video|research\s+note|note|"
    r"column|update|bulletin|newsletter|address)"
    r"(?:\s+(?:with|to)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
    # "in a note to clients"
    r"|\s+to\s+(?:clients|investors|customers|staff|employees|members|shareholders))?"
)
