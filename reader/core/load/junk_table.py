"""The table of junk-line patterns: page furniture recognised by a whole line's wording
(matched by `junk_rules`).

Each rule matches a WHOLE line, so a body sentence that merely starts with "Share prices" or
mentions "subscribe" is never touched.
"""

from __future__ import annotations

# Rules that allow free text after their opening words would also catch a reported sentence
# ("Sign up for alerts, the mayor said."); a sentence with a speech verb is never junk.
_NOT_SPEECH = (
    r"(?!.*\b(?:said|says|told|according to|urged|urges|warned|warns|added|asked|advised"
    r"|wrote|announced)\b)"
)


_SHARE_BUTTONS = (
    "facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|messenger|bluesky|threads"
    "|flipboard|e-?mail|print|copy link|sms"
)


def _any(*alternatives: str) -> str:
    return "|".join(alternatives)


# (rule name, longest line it applies to, pattern). Matched case-insensitively against a whole
# stripped line. The length limit says what the furniture looks like (a share button's label is
# short) and keeps long lines from paying for rules that cannot match them.
LINE_RULES: tuple[tuple[str, int, str], ...] = (
    # Site navigation and account links.
    (
        "navigation",
        40,
        _any(
            r"skip to (?:main )?(?:content|navigation|search)",
            r"(?:open |close |main )?menu|search|close|home(?:page)?|back to top|top of page",
            r"sign in|sign out|log ?in|log ?out|register|(?:my )?account",
            r"(?:show|load|see|view) more(?: (?:updates|posts|stories|results))?|next|previous",
            r"(?:next|previous) (?:article|story)|pinned(?: post)?",
        ),
    ),
    # Paywall and subscription prompts.
    (
        "subscribe",
        60,
        _any(
            r"subscribe(?: now| today| here)?|subscribers? only|become a (?:member|subscriber)",
            r"support (?:us|our journalism)|donate(?: now)?",
            r"(?:try|get) \d+ (?:days?|weeks?|months?) free|start (?:your )?free trial",
            r"already (?:a )?subscriber\??(?: (?:sign|log) ?in)?",
        ),
    ),
    # Share bars and article tools.
    (
        "share",
        60,
        _any(
            r"share(?: this)?(?: (?:story|article|page|post|link))?"
            r"(?: (?:on|via|with) [\w ]{1,20})?:?",  # "Share this:"
            r"copy(?: the)? link(?: to clipboard)?|link copied|e-?mail|print|tweet",
            r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|messenger|bluesky",
            r"threads|flipboard|save(?: article| for later)?|bookmark|gift (?:this )?article",
            r"x \(twitter\)|twitter \(x\)|hacker news|mastodon|tumblr|digg|sms",
            r"\d* ?comments?(?: \(\d+\))?|(?:view|show|leave|read) (?:a |the )?comments?",
            r"have your say|join the (?:conversation|discussion)",
            # a row of buttons: "Share this article: Facebook Twitter Email"
            r"(?:share(?: this)?(?: (?:story|article|page|post|link))?\s*:?\s*)?"
            r"(?:(?:" + _SHARE_BUTTONS + r")(?:\s*[,|•·/]\s*|\s+|$)){2,}",
        ),
    ),
    # A story's tag list: "Tags: incidents, Loomstack, outages" (a list, no full stop).
    ("tags", 200, r"(?:tags|topics|filed under|categories|related topics)\s*:\s*[^.]{1,180}"),
    # Wire and agency credit lines: "Reporting by Jane Roe; editing by John Doe".
    (
        "credits",
        240,
        r"\(?(?:(?:additional )?reporting|writing|editing|compiled|produced|graphics)"
        r" by [^.]{1,200}\)?\.?",
    ),
    # A byline's job title on a line of its own: "Housing Correspondent", "Senior Editor".
    (
        "role",
        40,
        r"(?:[a-z]+ ){0,3}(?:correspondent|editor|reporter|writer|columnist|staff writer)",
    ),
    # Advertising slots.
    (
        "advert",
        80,
        _any(
            r"advertisement|advertising|advert|ad|sponsored(?: content)?|paid (?:content|post)",
            r"promoted|skip advert(?:isement)?",
            r"(?:story|article) continues (?:below|after)"
            r"(?: (?:this )?(?:advertisement|advert|ad))?",
            r"continue reading(?: below| the main story)?",
            r"scroll (?:down )?to continue(?: with content)?",
        ),
    ),
    # Newsletter boxes: "Sign up for our newsletter ...", "Get the morning briefing in your inbox".
    (
        "newsletter",
        220,
        _any(
            rf"(?:sign up|subscribe|register){_NOT_SPEECH}(?: now| today| free)?(?: to| for)?"
            r".{0,120}\b(?:newsletters?|inbox|briefings?|digest"
            r"|(?:e-?mail|text|news|breaking news) alerts?)\b.{0,100}",
            # "Get the morning briefing …", "Get Lindgrove Local in your inbox"
            rf"get (?:(?:the|our|a|every) |(?-i:[A-Z])){_NOT_SPEECH}.{{0,100}}"
            r"\b(?:in|to|into|straight to) your inbox\b.{0,120}",
            r"(?:enter )?(?:your )?e-?mail(?: address)?|newsletters?|sign up|sign me up",
            r"by (?:signing up|subscribing|clicking)[^.]{0,120}(?:privacy|terms)[^.]{0,80}\.?",
            rf"we use your (?:sign-?up|e-?mail|details){_NOT_SPEECH}.{{0,200}}",
        ),
    ),
    # Cookie and consent banners.
    (
        "cookies",
        220,
        _any(
            rf"(?:we|this (?:web)?site|our (?:web)?site)(?: and our partners)?"
            rf" uses? cookies\b{_NOT_SPEECH}.{{0,200}}",
            rf"by (?:continuing|using)(?: to (?:use|browse))? (?:this|our)"
            rf" (?:site|website){_NOT_SPEECH}.{{0,200}}",
            r"(?:accept|reject|allow|decline|manage)(?: all)?"
            r"(?: cookies| preferences| settings| choices)?",
            r"cookie (?:policy|settings|preferences|notice)|manage consent",
            r"i agree|i accept|got it|ok(?:ay)?",
            r"(?:read )?(?:our )?privacy (?:policy|settings|notice|statement)",
            r"terms(?: of (?:use|service))?(?: (?:and|&) conditions)?",
        ),
    ),
    # Copyright lines.
    (
        "copyright",
        220,
        r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4}).*"
        r"|(?:[^.,|—–-]{0,120}+[.,|—–-]\s*)?all rights reserved\.?",
    ),
    # Photo captions ending in a credit, and bare agency credits ("Jane Roe/Getty Images").
    (
        "photo",
        220,
        _any(
            # (the lookahead skips the costly caption scan on lines without a colon)
            r"(?=[^:]{0,200}:)(?:.{0,160}?\s)?\(?"
            r"(?:photo|photograph|picture|image|illustration|graphic)s?"
            r"(?: credit)?\s*:\s*(?-i:[A-Z])[^:]{0,80}(?<![.!?])",
            r"(?:photo|image|picture)s? by [^.]{1,60}|(?:image|photo) \d+ of \d+",
            r"(?:[\w.' -]{1,60}+/)?(?:getty images|reuters|ap photo|afp|epa|pa images|pa wire"
            r"|shutterstock|alamy)",
            r"(?:enlarge|expand|view) (?:image|photo|gallery)",
            # "VIDEO: Smoke pours from the warehouse. (Courtesy: Dwayne Ochoa)"
            r"(?:video|photo|image|watch)\s*:.{1,200}\((?:courtesy|credit|source)\s*:?[^()]{2,60}\)",
            # "PHOTO: Runners climb Carver Hill. (Rafael Dunning / Lindgrove Local)"
            r"(?:photo|image|picture|caption)\s*:.{1,200}\([^()/]{2,60}/[^()]{2,60}\)",
        ),
    ),
    # Reading aids: "4 min read", "Listen to this article", "3 hours ago".
    (
        "reading",
        60,
        _any(
            r"\d+\s*min(?:ute)?s?(?: read)?|listen to (?:this )?(?:article|story).{0,20}",
            r"(?:estimated )?reading time:? .{0,20}|just now",
            r"(?:(?:published|updated|posted) )?\d+ (?:minutes?|hours?|days?|mins?|hrs?) ago",
            r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?",  # a player's "0:00 / 2:47"
        ),
    ),
    # A live blog entry's time stamp on a line of its own: "9:42 p.m.", "1:17 a.m. ET".
    (
        "timestamp",
        24,
        r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:[ecmp][sd]?t|gmt|bst|utc|cest|cet|ae[sd]t|"
        r"nz[sd]t|ist|sast|wat|eat|local(?:\s+time)?))?",
    ),
    # Social follow prompts and app promotion.
    (
        "social",
        120,
        _any(
            r"follow (?:us|me|@\w+)(?: on [\w ,&]{1,40})?.{0,40}|@\w+",
            r"download (?:the|our) (?:[\w&' ]{1,30} )?app.{0,60}|get the app|open in app",
            r"(?:click|tap) here.{0,80}",
        ),
    ),
    # Inline "Read more: <headline>" links and video/live teasers (a headline has no full stop).
    (
        "teaser",
        170,
        r"(?:read more|related|see also|also read|read also|more on this(?: story)?|watch|listen"
        r"|video|live|in pictures)\s*:\s*(?:[^.]|(?<=\d)\.(?=\d)){1,150}",  # "$2.1 million"
    ),
    # Alert banners over the story ("BREAKING NEWS: Route 9 closed. Find a detour.") and the
    # video player's strip ("Autoplay video: … Next video begins in 5 seconds. Cancel").
    (
        "banner",
        240,
        _any(
            # a label in capitals or Title Case, not "Weather alert: The National Weather …"
            r"(?-i:BREAKING(?: NEWS)?|DEVELOPING(?: STORY)?|(?:NEWS|WEATHER|TRAFFIC) ALERT"
            r"|Breaking(?: [Nn]ews)?|Developing(?: [Ss]tory)?)\s*:"
            # (not a live blog's paragraph under the label: "BREAKING: X said on Tuesday that …")
            r"(?!.{0,200}\b(?:said|says|told|tells|announced|confirmed)\b|.{0,200}[“”\"]).{1,200}",
            r"autoplay(?: video)?\s*:.{0,220}",
            # a live blog's notice: "3 new updates. Click to refresh."
            r"\d+ new (?:updates?|posts?)\.?(?: (?:click|tap) (?:here )?to (?:refresh|load))?\.?",
            r".{0,200}\bnext video (?:begins|starts|plays) in \d+ seconds?\b.{0,30}",
        ),
    ),
    # A promotion's call to action: "… Open a Goal Saver account by Oct. 31. Learn more ›"
    ("promo", 240, r".{0,220}\b(?:learn more|shop now|find out more|apply now|book now)\s*[›»>→]"),
    # A weather strip: "71°F Ashby Ford Cloudy | Hi 84° Lo 66° | FLOOD WARNING …"
    ("weather", 200, r"(?=[^|]{0,120}\|)[^°]{0,60}-?\d+\s?°.{0,180}"),
    # Agency credit lines: "Reporting by Jane Doe; Editing by John Roe".
    (
        "credits",
        170,
        r"(?:additional )?(?:reporting|writing|editing|research|graphics|production)"
        r" by [^.]{1,150}\.?",
    ),
    # A call for tips or readers' questions with an address to send them to: "Have information
    # about this story? Email newsroom@…", "Got a question for the mayor? Send it to …".
    (
        "tips",
        240,
        _any(
            r"(?:got|have|do you have|know)(?: an?| any)? (?:question|tip|information|story idea)s?"
            r"\b[^?]{0,80}+\?\s*(?:e-?mail|send|write|contact|call|message|text|share)\b"
            r"[^@]{0,60}+@[\w-]+(?:\.[\w-]+)+.{0,120}",
            # "Have photos or video of the flooding? Send them to KXVN 7 through our app."
            rf"(?:got|have|do you have)(?: any)? (?:photos?|videos?|pictures?)\b[^?]{{0,80}}+\?"
            rf"{_NOT_SPEECH}\s*(?:e-?mail|send|share|upload|submit)(?: them| it)? (?:to|with)"
            r" (?:us\b|our\b|(?-i:[A-Z])).{0,160}",
        ),
    ),
    # Newsroom contact details: phone, e-mail, PO box, street, a city line with a postcode.
    ("address", 120, r"(?:(?:tel(?:ephone)?|phone|fax|t|f|p)\.?\s*:?\s*\+?|\+)\d[\d ()./-]{6,20}"),
    ("address", 120, r"(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|p\.?\s?o\.? box \d+.{0,60}"),
    (
        "address",
        120,
        r"(?:[^,]{0,60}+,\s*)?\d{1,5}[a-z]? [\w'.-]+(?: [\w'.-]+){0,3}"
        r" (?-i:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Square|Sq|Place|Pl|Way"
        r"|Drive|Dr|Court|Ct|Terrace|Quay|Row|Crescent|Parkway|Plaza)\.?(?:,.{0,60})?",
    ),
    (
        "address",
        120,
        r"(?:[^.\s]++\s){0,4}(?-i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)",
    ),
    # The usual footer links.
    (
        "footer",
        30,
        _any(
            r"contact(?: us)?|about(?: us)?|newsroom|careers|help|faq|accessibility|site ?map",
            r"corrections|ethics policy|masthead|advertise(?: with us)?|rss",
            r"(?:report|submit|suggest) an? (?:typo|error|correction)",
        ),
    ),
)

# Furniture that can be a whole sentence, ending in a full stop. Every other rule describes a
# label (a button, a menu item, a caption credit), and labels carry no full stop.
SENTENCE_RULES = frozenset(
    {"newsletter", "cookies", "copyright", "credits", "social", "address", "tips", "banner"}
    | {"timestamp"}  # a label, but "p.m." ends in a full stop
)
