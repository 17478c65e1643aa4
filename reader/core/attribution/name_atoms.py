"""The atoms of names in news text: capitalised words, particles, titles and abbreviations.

Kept apart from `cues` so that other vocabularies built from names (organisations) can use them
without an import cycle; `cues` re-exports every public name.
"""

from __future__ import annotations

from reader.core.attribution.title_list import (
    PHILIPPINE_POLICE_OFFICERS,
    SOUTH_ASIAN_HONORIFICS,
    SOUTH_ASIAN_WOMENS,
)
from reader.core.attribution.title_list import POLICE_RANKS as POLICE_RANKS
from reader.core.attribution.title_list import TITLES as TITLES
from reader.core.attribution.title_list import WEST_AFRICAN_HONORIFICS as WEST_AFRICAN_HONORIFICS
from reader.core.attribution.word_trie import word_trie

# Abbreviations whose full stop ends no sentence and no description ("St. Aidan's", "Ohio Gov.").
ABBREVIATIONS = (
    "St Mt Ft Dr Mr Mrs Ms Jr Sr Gov Sen Rep Gen Lt Col Capt Prof Sgt Rev Co Inc Ltd Corp Engr "
    # titles too: "Its executive director, Hon. (Mrs) X, said:", "Supt. X" (not "Barr.", which
    # ends "William Barr." as often: context.py reads it after a comma)
    "Atty Hon Arc Pharm Cllr Tmt Supt Insp Det Cpl Maj Brig Cmdr Revd Amb "
    "Const Cst "  # police constables: "said Const. Emeric Bouchard-Lee", the RCMP's "Cst."
    "Ven "  # an archdeacon: "said the Ven. Julian Okafor-Price"
    "Eng "  # an engineer: "said Eng. Huda Saeed Al Rumaithi" (Gulf, Sri Lanka)
    "Adv "  # an advocate: "According to Adv. Elad Caplan-Moriah, …"
    "Comr "  # an Indonesian police commissioner: "Sr. Comr. Bagus Wiratmaja"
    + " ".join(PHILIPPINE_POLICE_OFFICERS)  # "PCol. X"
    + " Ald"  # a Chicago alderman: "said Ald. Roberto Galindo (25th)"
).split()
NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{word}\.)" for word in ABBREVIATIONS)

# Points of the compass that end a seat's name: "St Aldric Eastern", "Christ Church East Central"
COMPASS_WORDS = (
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
)
COMPASS = f"(?:{'|'.join(COMPASS_WORDS)})"
TITLE_WORDS = frozenset(TITLES)  # for word tests ("Governor" in a run of capitals)
# Titles that are also first names: titles only before a whole name ("Dean Laura Pike", not
# "Dean Mahoney"; person_names._is_title and name_filters.dean_by_surname read the same rule)
# ("Nana Serwaa Ampem II", a queenmother; "Nana Akufo-Addo" is his name)
# ("Adi Litiana Rokoduru", a Fijian chief's title; "attorney Adi Ben-Naim", a given name)
# ("Eng Winnie Atuhaire", an engineer; "Raymond Khoo Eng Soon", a Chinese given name)
# ("Ka Rodrigo Estrella", a Filipino comrade's style; "Kgosi Boitumelo Molefe", a Tswana chief,
# and "Kgosi Molefe", a given name)
GIVEN_NAME_TITLES = frozenset(
    {"Dean", "Nana", "Lolo", "Adi", "Eng", "Ka", "Kgosi", "Private", "Regent", "Dato", "Hon"}
    | {"Akim", "Aum", "Gup"}  # ("Akim Yerlan Dosmukhamedov", a mayor; "Akim Osei", a name)
    | {"Emir", "Seyed", "Seyyed"}  # ("Emir Sheikh Tamim bin Hamad"; "Emir Mujanović", a name)
    | {"Abba"}  # a priest: "Abba Tesfamariam Gebrehiwot" (not "Mr. Abba Kolo", a name)
    | {"Pa"}  # a Nigerian or Sierra Leonean elder: "Pa Joseph Olatunde Afolabi"
    | {"Dom"}  # a monk: "Dom Aidan Bellerby" (not "Dom Joly", a name)
    | set(SOUTH_ASIAN_HONORIFICS)
)
PLAIN_TITLES = [t for t in TITLES if t not in GIVEN_NAME_TITLES]
_GIVEN_NAME_TITLE = "|".join(rf"{t}(?=\s+[A-Z][\w'’-]*\s+[A-Z])" for t in sorted(GIVEN_NAME_TITLES))
# "Secretary of State Madeleine Albright": the office is the title. A trie, not a list tried word
# by word at every capital: a title is followed by "." or a space, so the order is moot.
# "Rt. Hon. Tunde Akinwale", "the Rt Hon Ama Boateng", "Hon. Bisi Ade" (not "Hon Lik": a name)
# ("Most Rev. Lazarus Amadi": an archbishop's style)
# "Tan Sri Wong"; a clergy style: "the Very Rev X", "the Right Reverend X"
_HON = r"Hon(?=\.)|(?<=Rt\.\s)Hon|(?<=Rt\s)Hon|Tan(?=\s+Sri\s)|(?:Most|Very|Right)(?=\s+Rev)"
# a style after an office: "Senator the Honourable X", "Prime Minister the Most Honourable Dr X"
_HON += r"|(?<=[a-z]\s)the\s+(?:Most\s+|Right\s+)?Hono(?:u)?rable"
# a delegate: "Del. Carter Blaine" (not "Del Shannon")
_HON += r"|Del(?=\.\s+[A-Z][\w'’-]*\s+[A-Z])"
# air force ranks of two words: "Air Vice-Marshal …", "Wing Commander …", "Squadron Leader …"
_HON += r"|Air(?=\s+(?:Vice-Marshal|Marshal|Commodore|Chief)\b)|Wing\s+Commander|Group\s+Captain"
_HON += r"|Squadron\s+Leader|Flight\s+Lieutenant|International\s+Master|Master\s+of\s+Wine"
_HON += r"|(?:1st|First)\s+Class(?=\s+[A-Z])"  # "Sgt. 1st Class Rafael Quintanilla"
_HON += r"|(?:1st|2nd|3rd)\s+Rank(?=\s+[A-Z])"  # a navy's "Capt. 3rd Rank Dmytro Savchuk"
# "Chief Warrant Officer 4 Raymond T. Okoro Jr.", "Able Seaman Kerry-Ann Doherty", "Air Cdre …"
_HON += r"|(?:Chief\s+)?Warrant\s+Officer(?:\s+[1-5](?=\s+[A-Z]))?"
_HON += r"|(?:Able|Leading|Ordinary)\s+Seaman|Air\s+Cdre|Cdre"
# Burmese honorifics before two words or more: "U Aung Kyaw Oo" (not "U. K. Ranasinghe", "Ma Jun")
_HON += r"|(?<![\w.])(?:U|Ko|Ma)(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b(?!-))"
_HON += r"|W/r[ot]"  # Amharic "Woizero"/"Woizerit" written short: "W/ro Lemlem Gebreyes"
_HON += r"|(?<=Det\s)Con|(?<=Det\.\s)Con"  # a detective constable: "Det Con Hayley Marsh"
# Thai police ranks: "Pol Gen Surasak Thongdee", "Pol Lt Col …" (not "Pol Pot": a name)
_HON += r"|Pol(?=\.?\s+(?:Gen|Lt|Col|Maj|Capt|Sgt|Snr|Sr|Cpl|Sub)\b)"
# a Pakistani police post's branch after the rank: "SSP Investigation X", "DIG Operations X"
_HON += "|(?:" + "|".join(f"(?<={rank}\\s)" for rank in ("SSP", "SP", "DIG", "AIG", "DSP", "ASP"))
_HON += r")(?:Investigations?|Operations|Security|Traffic|Headquarters|Admin)(?=\s+[A-Z])"
_HON += r"|H\.E(?=\.\s)"  # the Gulf's "His Excellency": "H.E. Al Muhairi said"
_HON += r"|Eng(?=\.)"  # an engineer, "Eng. Huda Saeed" (and before a whole name: above)
# Malaysian styles of two words: "Datuk Wira X", "Datin Paduka X", "Dato' Sri X"
_HON += r"|(?<=Datuk\s)(?:Wira|Paduka|Amar|Patinggi)|(?<=Datin\s)Paduka|Dato['’](?=\s+[A-Z])"
# words that end a ministry's fields, never a name's first
_FIELD_ENDS = (  # ("Commissioner of Canada Elections X": a body's last word)
    "(?:Elections|Industry|Industries|Affairs|Development|Security|Resources|Technology|Services|Works|"
    "Planning|Transport|Commerce|Trade|Tourism|Energy|Welfare|Innovation|Investment|"
    "Communications|Infrastructure|Culture|Sport|Sports|Education|Health|Justice|Finance)"
)
# ("Brig.-Gen. X", "Maj.-Gen. X": two ranks joined by a hyphen after the first one's point)
# the last word of an area a police rank's brief covers: "in charge of the Northern Province"
AREA_WORDS = ("Province", "District", "Division", "Range", "Region", "Zone")
_TITLE_WORD = (  # (not the "Sri" of "Sri Lanka Cricket")
    rf"(?:(?!Sri\s+Lanka)(?:{word_trie(PLAIN_TITLES)}|{_GIVEN_NAME_TITLE}|{_HON})(?:\.?\s+|\.-(?=[A-Z])))"
)
TITLE = (  # "Lt. Gov. Marisa Castellan": two titles
    rf"(?:(?:[Ff]ormer\s+|[Aa]cting\s+|[Ii]nterim\s+)?{_TITLE_WORD}{{1,3}}"
    # ("Minister of Trade and Industry Devika Maraj-Rampersad": a ministry's two fields; "…
    # Senator the Honourable X": more titles after them)
    # ("Mayor of Port Antonio X", "Mayor of New Plymouth X": a place of two words)
    rf"(?:(?:of\s+(?:the\s+)?(?:(?:Port|Fort|Mount|New|Cape|Lake|San|Santa|Saint|St\.?)\s+)?"
    # ("Minister of Culture, Youth and Sport X": a list of fields, ended by "and")
    rf"[A-Z][a-z]+(?:(?:,\s+[A-Z][a-z]+){{1,3}},?\s+(?=and\s)|\s+)"
    rf"(?:and\s+(?:[A-Z][a-z]+\s+){{1,2}}?|{_FIELD_ENDS}\s+)?"
    rf"(?=[A-Z(])(?!{_FIELD_ENDS}\s)"  # ("Minister of Mining and Heavy Industry J. Ganbaatar")
    # ("Minister in the Presidency for Electricity Adv. X": South Africa's office in the Presidency;
    # "DIG in charge of the Northern Province X": a Sri Lankan police brief)
    r"|in\s+(?:the\s+Presidency\s+(?:for\s+[A-Z][a-z]+\s+)?|charge\s+of\s+(?:the\s+)?"
    rf"(?:[A-Z][a-z]+\s+){{0,2}}(?:{'|'.join(AREA_WORDS)})\s+)"
    # (the titles after either, written once: each copy of the title words costs compile time)
    rf"){_TITLE_WORD}{{0,2}})?"
    # "Deputy Commissioner (Works) Kavitha …", "Superintendent of Police (Rural) …"
    # "Colonel (retd) Nigel Ashdown-Fry"
    # "Chief (Mrs.) Funmilayo Adeoti-Martins"
    # ("Sgt. Maj. (res.) Nizar Kheir": a reservist)
    # ("Chaplain (Maj.) Samuel Ochieng": an army chaplain's rank)
    r"(?:\((?:[A-Z][\w&/ -]{1,24}|retd\.?|rtd\.?|ret\.?|res\.?|Mrs\.|Mr\.|Dr\.|[A-Z][a-z]{1,4}\.)\)"
    r"\s+(?=[A-Z]))?)"
)
MALE_TITLES = {"Mr", "Sir", "Lord", "Father", "King", "Prince", "Chairman", "Shri", "Ratu", "Herr"}
MALE_TITLES |= {"Brother", "Dom", "Abbot", "Mgr", "Msgr", "Monsignor"}
MALE_TITLES |= set(
    "Alhaji Malam Mallam Sheikh Shaikh Maulana Moulana Maulvi Mufti Hajji Oba Emir Igwe Tā Matua "
    "Thiru Datu Grandad Granddad Grandpa Ato Kesis Qes Ugaas Ugas Garaad Suldaan Abba U Delegado "
    "Prefeito Alhaj".split()
) | {word for word in SOUTH_ASIAN_HONORIFICS if word not in SOUTH_ASIAN_WOMENS}
FEMALE_TITLES = set(
    "Mrs Ms Miss Dame Lady Sister Queen Princess Chairwoman Smt Shrimati Kumari Km Daw Madam Gogo "
    "Adi Mdm Alhaja Hajiya Haja Hajia Hajja Sheikha Shaikha Lolo Whaea Thirumathi Grandma Granny "
    "Mme Mlle Frau Signora Woizero Weizero Weyzero W/ro W/rt Delegada Prefeita Abbess Tmt".split()
) | set(SOUTH_ASIAN_WOMENS)

# A capitalised word with at least one lower-case letter (not "NATO"). The lookahead keeps the
# pattern unambiguous: nested quantifiers here made long sentences backtrack for seconds.
# Latin-1 letters too: "Élodie Marchand", "Raúl Grijalva", "Ángel Ortiz".
# Latin Extended-A too ("Hine Rāwhiti", "Łukasz", "Erdoğan"): its capitals and small letters
# alternate, so both classes take the whole block. Romanian's comma letters too ("Ștefan").
# Vietnamese too ("Trần Thị Mai"): Latin Extended-B and Additional, whole blocks as for A. A
# capitalised word ends where its letters do: never "Trade Ministr" of "Trade Ministry".
UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿʻ"  # (ʻ: the Hawaiian ʻokina, "Kaʻawa")
# a small letter with combining marks, as Dene and other orthographies write ("Kǫ̀ezǫ̀": a tone
# over a hook); not after a capital, where a scraped page's mojibake puts them ("SarukhÃ")
# (a look-behind tried only where the letters stop: an alternative tried at every letter cost
# a tenth of the attribution time)
_MARKS_AFTER_SMALL = "(?<=[a-zß-öø-ÿĀ-ɏḀ-ỿ])[\u0300-\u036f]+"
# "the Senate's No. 2 Republican", "the world No 1": "No." is a rank, no name
_NOT_A_RANK = r"(?!No\.\s*\d|(?<=world\s)No\s+\d)"
# "Dutch MEPs Lotte Brinkhorst and …": a role before names, no name (but "MPs said": a group)
_NOT_PLURAL_LETTERS = r"(?![A-Z]{2,}s\s+[A-Z])"
CAP = (
    rf"(?:{_NOT_A_RANK}{_NOT_PLURAL_LETTERS}[{UPPER}](?=[{_LETTER}'’\-]*[a-zß-öø-ÿĀ-ɏḀ-ỿ])"
    rf"[{_LETTER}'’\-]*(?:{_MARKS_AFTER_SMALL}[{_LETTER}'’\-]*)*"
    rf"(?![{_LETTER}]))"
)
INITIAL = r"(?:[A-Z]\.)"
PARTICLES = (
    "de des del della dela delos da das do van von der den al el bin ibn le la du dos di ter ap ab "
    "degli "  # Italian: "Filippo degli Albizzi Venturi"
    "zu af "
    "ten te "  # Dutch: "Saskia ten Hove"
    "arap "  # Kalenjin: "Kipchumba arap Chelimo"
    "oglu ogly qizi kyzy uulu "  # a patronymic's mark: "Vugar Ilham oglu Huseynli"
    # ... in Malaysia and Singapore ("Siti Aminah binti Abdullah", "Ganesan a/l Periasamy",
    # "Rajendran s/o Muthusamy", Iban "Jelani anak Ngadan"); Maasai "Joseph ole Lekishon"
    "binti bint bte s/o d/o a/l a/p anak ole "
    "los las y i"  # Spanish, Catalan: "María de la Vega y Olmedo", "Jordi Puigvert i Serra"
)
# the marks of a father's name that a name's run of capitals may stop before at its bound
PATRONYM_MARKS = r"(?:bin|binti|bint|ibn|bte|[sd]/o|a/[lp]|anak)"
# Irish surnames: "Fergal Ó Ceallaigh", "Síle Ní Fhlatharta" ("Ó" alone has no lower-case letter)
IRISH_PARTICLES = "Ó Ní Nic Uí Ua Mac"
# a particle of a name, as a word (or the Irish "Ó", which has no lower-case letter)
PARTICLE_WORDS = frozenset(PARTICLES.split())  # as words: "van", "de", "bin" …
PARTICLE = rf"(?:{'|'.join(PARTICLES.split())}|Ó)"
# An Arabic article joined to the surname: "Tariq bin Hamad al-Suwaidan", "Rima al-Atassi"
# and a French article elided before the surname: "Randy d'Entremont", "Anne d’Arcy"
# and an Irish surname's mutation after its particle: "Ruán Ó hAodha", "Áine Ní hÉalaí"
_ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul)-"
HYPHEN_PARTICLE = (
    rf"(?:{_ARABIC_ARTICLE}|d['’](?=[A-Z])"
    r"|(?:(?<=Ó\s)|(?<=Ní\s)|(?<=Uí\s)|(?<=Ua\s))[hnt](?=[A-ZÁÉÍÓÚ])"
    r"|(?<=\san\s)t-?(?=S))"  # "Eimear Nic an tSaoi", "Colm Mac an t-Saoir"
)
# BL: an Irish barrister; "ji": a Hindi honorific after the name ("Yadav ji told PTI")
# A provincial or national member's letters before a name ("Algonquin Shores MPP Desmond Hale");
# "MP" and "TD" follow a name as often (POST_NOMINALS)
# (a Knesset member: "MK Dror Nissim"; a Kenyan county assembly's: "Nandi Hills MCA X")
MEMBER_LETTERS = "MPP MLA MSP MEP MNA MHA MK MCA".split()
# (SAN: Senior Advocate of Nigeria; MRCVS: a vet, "Dr Priyanka Shaw MRCVS, who …, said")
POST_NOMINALS = "KC|QC|SC|SAN|BL|MP|MSP|MLA|TD|OBE|MBE|CBE|PhD|MW|ji|MRCVS|FRCVS|VMH"  # (VMH: RHS)
# members of the Senedd, the European Parliament, a council, a Kenyan county assembly
POST_NOMINALS += "|MS|MEP|MLC|MCA"
# Sri Lanka's President's Counsel ("X PC, appearing for the accused,"); a chartered accountant
POST_NOMINALS += "|PC|FCA"
POST_NOMINALS += "|SJ|OSB|OFM|OP"  # religious orders: "the Rev. Thomas Okonkwo, SJ,"
POST_NOMINALS += "|Bey|Hanım|Hanim"  # Turkish courtesy after a given name: "Fatma Hanım said"
# Degrees after a name, with their stops: "Beatrice Emenike, M.D., of …"
DEGREES = "Ph.D. M.D. D.O. M.P.H. R.N. Ed.D. J.D. Pharm.D. D.V.M. D.Phil. M.B.A.".split()
DEGREE = "|".join(d.replace(".", r"\.") for d in DEGREES)
_GAP = r"[^\S\n]"  # space within a paragraph: a name never runs on past a line break
# not a party tag: "Teague, R-Ohio, told reporters" names no "R-Ohio" (nor is a subject: "Sen. X,
# R-Alder Creek, who …, put it")
NO_PARTY_TAG = r"(?![DRI]-[A-Z])"
# the rest of an office in capitals after "The", one or two words and nothing more: "The Tui
# Nadi, Ratu X,", "The Llywydd, X MS," (no person is "the" anything; not a style: "The Rev. X")
OFFICE_AFTER_THE = (
    r"(?!(?:Rev|Revd|Very|Most|Right|Hon|Honourable|Ven|Venerable)\b)[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?$"
)
NAME = (
    # Bounded: at most 3 initials and 7 more words, so a long run of capitals stays linear
    # ("Senate Armed Services Committee Chairman Royce Delacroix" is one run).
    # not a party tag: "Teague, R-Ohio, told reporters" names no "R-Ohio"
    rf"{NO_PARTY_TAG}(?:(?:(?:{INITIAL}{_GAP}?){{0,3}}|Ó{_GAP}){CAP}"
    # "van der Berg", "de la Cruz": a particle, perhaps a second, then a capital; "Minister
    # K.S. Venkataraman": initials run together
    # ("Tiarnán Mac an Bhaird": the article of an Irish surname)
    rf"(?:{_GAP}+(?:{INITIAL}{{1,3}}|(?:{HYPHEN_PARTICLE})?{CAP}|{PARTICLE}(?=\s+(?:{PARTICLE}\s+)?[hnt]?[A-ZÁÉÍÓÚ])"
    r"|(?:(?<=Mac\s)|(?<=Nic\s))(?:an|a[’'])(?=\s+t?-?[A-Z])"  # "Niall Mac a’ Phearsain"
    # a Turkic patronym's mark that ends the name: "Begimai Asanbek kyzy", "Aibek Nurlan uulu"
    r"|(?<=[a-z]\s)(?:kyzy|uulu|qizi|oglu|ogly)\b(?!\s+[A-Z])))"
    # "Jr.", "III"; post-nominals ("Leah Achebe KC", "Jane Roe MP"), which the cast drops
    rf"{{0,7}}(?:,?{_GAP}+(?:Jr\.|Sr\.|II|III|IV|VI{{0,3}}|IX|{POST_NOMINALS}|{DEGREE})(?![\w.]))?)"
)
# ("al-Harbi said": a surname with its article may stand alone in a cue, though no run of
# capitals opens with it: the cast finds the whole name, and the alias the rest)
# ("Mr. de Castellane said": a title, then a surname's particle in lower case; "d’Argenson-Viel
# told": a French surname's elided article; "Ms. al-Khatib said": a title, then the article)
PERSON = (
    rf"(?:(?:{TITLE}(?:{PARTICLE}\s+){{0,2}}(?:{_ARABIC_ARTICLE}|d['’](?=[A-Z]))?)?{NAME}"
    rf"|(?<![\w-])(?:{_ARABIC_ARTICLE}|d['’](?=[A-Z])){NAME})"
)
PRONOUN = r"(?:he|she|they|it|He|She|They|It)"
