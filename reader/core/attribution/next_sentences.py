"""What a sentence right after a quote says of its speaker: "That, at least, is how Mara Voss
sees it.", "Those were the words of Oluwaseun Adebayo-Cole, …", "The words were Brenda
Ashcroft's.", "“…” With that, Rep. Harriet Okonjo opened the hearing" (neighbours.cue_in_next)."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled

# a lowercase word of a role before a name ("transport planner"), not "as she sentenced"
_ROLE_WORD = (
    r"(?!(?:as|when|while|who|and|after|before|he|she|they|it|of|in|on|at|to|for|with|by|the|"
    r"an?|was|is|had|has|said|says|"
    # ("the words of Rachael Ingham outside Foxton Coroner’s Court": a place, no role)
    r"outside|inside|near|from|during|into|over|under|about|across|behind|beside|through|"
    r"against|yesterday|today|tonight|last|this|next)\b)"
    rf"(?!{cues.PARTICLE}\s)[a-z][\w-]*"  # nor a name's particle: "Nurul Ain binti| Mohd Yusof"
)
# Words of a role before a name: "transport planner", "Harbour Hawks coach", "opposition MP",
# "first-time MP" (a role's initials last)
ROLE_BEFORE = (
    # ("Ōrere Valley farmer Graeme Tūpara": a place's capital may carry a macron)
    # ("… farmer and volunteer firefighter Graeme Tūpara": two roles joined)
    # ("the Conservative former Cabinet minister Sir Julian Pettifer": a capital between roles)
    rf"(?:(?:[{cues.UPPER}][\w’'-]*\s+){{0,3}}{_ROLE_WORD}"
    # ("Northumberland sheep farmer and Nuffield scholar Rachel Dunmore": both)
    rf"(?:\s+(?:and\s+)?(?:[{cues.UPPER}][a-z]+\s+)?{_ROLE_WORD}){{0,3}}\s+"
    rf"(?:{cues.ROLE_INITIALS}\s+)?(?=[{cues.UPPER}])"
    rf"|(?:{_ROLE_WORD}\s+){{0,2}}{cues.ROLE_INITIALS}\s+(?=[{cues.UPPER}]))"
)
NEXT_SENTENCE = compiled(
    # ("That was how Lt. Gregory Sandoval of the Marquette Springs Police Department described")
    # ("That was how Lakeport Comets guard Andre Pinnock explained breaking out of a slump")
    rf"\b(?:how|what)\s+(?:{ROLE_BEFORE})?(?P<who>{cues.MENTION})"
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?"
    r"(?:\s*\([^()“”\"]{1,30}\))?"  # "That was how Rep. X (D-N.Y.), the top Democrat …,"
    # ("…, the Ukrainian director of the war drama “Winter Wheat,” introduced her film")
    rf"(?:,(?:[^,“”\"]|“[^“”\"]{{1,60}},?”){{1,120}}){{0,3}},?\s+(?P<verb>sees|saw|puts|put|"
    r"introduced|introduces|"
    r"sums\s+up|summed\s+up|"  # "That is how Tomasz Wierzba, …, sums up the first season"
    r"describes|described|calls|"
    r"called|explains|explained|remembers|remembered|recalls|recalled|tells|told)\s+"
    # "That is how Teodora Lindqvist, who skippered a trawler, describes the months after …",
    # "That was how Ruth Calloway, a former student, described Dr. Pike"; "That was how Dwayne
    # Fitzhenry, …, explained on Wednesday why he had voted against …"
    r"(?:on\s+[A-Z][a-z]+\s+(?=why\b))?"
    # ("That is how Royce Tremaine explained himself to me")
    # ("That was how X, a retired schoolteacher, described life on a state pension")
    r"(?:(?:it|the|those|that|her|his|their|him|them|why|himself|herself|themselves|life|a|an|"
    r"what|how|being)\b|[A-Z]"
    r"|[a-z]{3,}ing\b)"
    # "“…” That was how Cllr Pennock, the council leader, opened the debate."
    rf"|^\s*(?:That|This)\s+(?:was|is)\s+how\s+(?P<who6>{cues.MENTION})(?:,[^,“”\"]{{1,80}}){{0,2}},?\s+"
    r"(?P<verb6>opened|began|started|ended|closed|summed\s+up|greeted|answered"
    r"|opens|begins|starts|ends|closes)\b"  # "That is how X … begins her first class"
    # "“…” Crandall spoke those words from the witness stand": the words are named as hers.
    # "“…” Brannigan has been saying some version of that since 2021": hers too ("has said").
    # "“…” Halvard Rønning — who has farmed here for 31 years — said this without a trace …"
    rf"|^\s*(?P<who2>{cues.MENTION})(?:\s*[—–][^—–“”\"]{{1,200}}[—–]|,[^,“”\"]{{1,120}},)?\s+"
    r"(?P<verb2>(?:(?:has|had|have)\s+(?:been\s+)?|keeps\s+|kept\s+)?"
    r"(?:spoke|said|wrote|uttered|posted|tweeted|repeated|saying|repeating|telling\s+people"
    r"|offers|offered))"  # "The composer X offers this in the tone of …"
    r"\s+(?:(?:some|a|one)\s+version\s+of\s+|variations\s+on\s+)?"
    r"(?:(?:those|these|the)\s+words\b|(?:that|this|it)(?=\s+(?:to|on|in|at|as|while|when|"
    r"during|from|after|before|last|one|over|since|for|ever|again|often|many|with|without)\b"
    r"|\s*[,.;]))"
    # "“…” The speaker was Teodor Blaskovich, …" / "The question came from …" / "That was …"
    # "“…” ¶ The advice comes from Wendell Okafor-Smythe, a retired county clerk"
    # "Those words, scrawled on a whiteboard in the dressing room, belong to Patricia …"
    # ("The angry words came from Smt Kamla Bairwa": an adjective may come first)
    rf"|^\s*(?:The|That|This|Those|These)\s+(?:[a-z]+\s+)?(?:speaker|caller|voice|words?|line|"
    r"question|answer|remark|comment|plea|reply|verdict|view|warning|advice|message|quip|boast|"
    r"assessment|forecast|diagnosis|"
    r"complaint|criticism|rebuke|appeal|call|claim|response|retort|accusation|allegation|"
    r"admission|prediction|tribute|eulogy)(?:,[^,“”\"]{1,120},)?\s+"
    # ("The warning came not from a consumer group but from Garrett Lowe, …")
    # ("The warning came on Tuesday from Orlando Betancur": a day between)
    r"(?:was|were|is|are|(?:came|comes)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?"
    r"(?:not\s+from\s+[^,“”\"]{1,60}?\s+but\s+)?from|"
    r"belonged\s+to|belongs?\s+to|"
    # "The words were spoken on Tuesday by the Chairman of the …, Mr. Usman Adamu Gombe,"
    # ("The warning was broadcast repeatedly on community radio in Bhola on Sunday night by X")
    r"(?:was|were)\s+(?:spoken|uttered|delivered|broadcast|issued|repeated|posed|asked)\s+"
    r"(?:[^,“”\"]{0,80}?\s+)?by)\s+"
    # ("The question came from the Member for Tati East, Hon. X,": the role, then its holder)
    r"(?:(?:(?<=by\s)|(?<=from\s))the\s+[^,“”\"]{1,100},\s+)?"
    # "The words were Brenda Ashcroft’s." / "… were those of Brenda Ashcroft"; "The warning came
    # from paediatrician Dr. Ramona Sealy-Greene": a trade before the name
    # ("The claim came from county supervisor Leopold Dunsany": a role of two words)
    rf"(?:those\s+of\s+)?(?:{ROLE_BEFORE})?(?P<who4>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” That line opens a new campaign ad from attorney general candidate X": its maker's
    r"|^\s*(?:The|That|This)\s+(?:line|claim|sentence|quote)\s+(?:opens|opened|closes|closed|"
    r"ends|ended|comes\s+from|came\s+from|is\s+from|was\s+from)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:ad|advert|advertisement|video|post|speech|letter|mailer|op-ed|column|flyer)\s+(?:from|by)\s+"
    rf"(?:{ROLE_BEFORE})?(?P<who23>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” The words, repeated over loudspeakers along the coast, in the voice of Eri Nakanishi, …"
    r"|^\s*(?:The|Those|These)\s+words,?\s+[^“”\"]{0,120}?\bin\s+the\s+voice\s+of\s+"
    rf"(?:{ROLE_BEFORE})?(?P<who20>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” ¶ The architect who said that, in a lecture in 2009, was Ingrid Solvang-Mbatha"
    r"|^\s*The\s+[a-z]+\s+who\s+(?:said|wrote|spoke)\s+(?:that|this|it|those\s+words)\b"
    rf"[^“”\"]{{0,80}}?\s+(?:was|is)\s+(?P<who22>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” … ¶ It came from Marjorie Kettleman, the Republican nominee for …"
    rf"|^\s*It\s+(?:came|comes)\s+from\s+(?:{ROLE_BEFORE})?(?P<who21>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” Those words from Geoffrey Hurrell, senior partner at …, sum up a market that …"
    rf"|^\s*(?:Those|These|The)\s+words\s+(?:from|of)\s+(?:{ROLE_BEFORE})?"
    rf"(?P<who19>{cues.PERSON})(?=[\s,.;]|$)"
    # "“Reckless.” Those were among the words Senator Gideon Marsh of Florida used …"
    r"|^\s*(?:Those|These)\s+(?:were|are)\s+(?:among\s+)?(?:the|some\s+of\s+the)\s+words\s+"
    rf"(?P<who16>{cues.PERSON})(?:\s+of\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)?\s+(?:used|chose)\b"
    # ("That was the lament of Madam X, a 54-year-old cloth seller, as she …": the noun's owner)
    r"|^\s*(?:(?:That|This)\s+(?:was|is)|That['’]s)\s+(?:the\s+(?:[a-z]+\s+)?(?:lament|verdict|"
    r"plea|message|cry|reaction|response|warning|view|assessment)\s+of\s+)?"
    rf"(?P<who5>{cues.PERSON})(?=\s*[,.;]|\s+(?:who|of)\b)"
    # "“…” That was the message Deputy Chief X of the Rosemont Police Department delivered …"
    # ("That was the advice Father Donal Kerrigan gave every young curate")
    r"|^\s*(?:That|This)\s+(?:was|is)\s+the\s+(?:[a-z]+\s+)?(?:message|warning|promise|pledge|plea|"
    rf"case|answer|advice|verdict|instruction|motto)\s+(?P<who24>{cues.TITLE}?{cues.NAME})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?"
    # ("That was the only answer Oskar Lindgren, the Swedish producer …, would give")
    r"(?:,[^,“”\"]{1,120},)?\s+(?:would\s+|could\s+)?"
    r"(?:delivered|gave|give|sent|had|offered|offer|brought|made|put)\b"
    # "“…” So said Marjorie Pell, chief judge at the show, after …"; "Thus said Lourdes …"
    rf"|^\s*(?:So|Thus)\s+(?P<verb8>said|says|wrote|writes|insisted|insists|argued|argues|"
    r"declared|declares|claimed|claims|warned|warns)\s+"
    # ("So said the children’s commissioner for Wessex, Anita Rowe-Patel,": the name after)
    r"(?:[Tt]he\s+[^,“”\"]{2,60},\s+(?=[A-Z][\w’'-]*\s+[A-Z][\w’'-]*[,.]))?"
    # ("So said Banco Central do Brasil director X": a body's role before the name)
    # ("So said National Organisation of Nurses and Midwives of Malawi (NONM) president X")
    rf"(?:(?:[A-Z][\w’'-]*\s+(?:(?:do|da|dos|de|del|of|the|and)\s+)?){{1,8}}(?:\([A-Z]{{2,8}}\)\s+)?"
    rf"{_ROLE_WORD}\s+(?=[A-Z]))?"
    rf"(?P<who8>{cues.MENTION})(?=[\s,.;]|$)"
    # "“…” ¶ That is the memory that drove Lowri Pritchard-Evans, now 58, to write her first play"
    r"|^\s*(?:That|This)\s+(?:is|was)\s+the\s+(?:[a-z]+\s+)?(?:memory|story|thought|image|idea|"
    r"experience|feeling|conviction)\s+that\s+(?:drove|drives|led|leads|inspired|inspires|prompted|"
    rf"pushed|shaped|haunts|haunted)\s+(?P<who17>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” ¶ That promise, from Graham Tulloch, the founder of …, has become a legend"
    # "“…” ¶ The speaker, Capt. Evander Nkemelu, has flown into …": the one who said it
    rf"|^\s*The\s+speaker(?:\s+was)?,?\s+(?P<who26>{cues.PERSON})(?=[\s,.;])"
    # ("Those words, from Tupou Fakatava, president of …, drew a standing ovation")
    r"|^\s*(?:That|This|The|Those|These)\s+(?:[a-z]+\s+)?(?:promise|pledge|warning|boast|claim|"
    r"message|verdict|prediction|vow|line|remark|quip|words|remarks|comments),\s+from\s+"
    # ("Those words, from Senior Chief Mukuni's representative Mr X,": a role before the name)
    rf"(?:{ROLE_BEFORE})?(?P<who25>{cues.PERSON}),"
    # "“…” Those were the words of Oluwaseun Adebayo-Cole, chairman of …"
    # ("That was the blunt message from …": an adjective may come first)
    # ("Those were the first public words of Kimberly Haverstock": two adjectives)
    r"|^\s*(?:(?:Those|These|That|This)\s+(?:were|are|was|is)|That['’]s)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:words?|verdict|view|opinion|conclusion|"
    r"plea|voice|answer|reply|response|philosophy|advice|motto|creed|assessment|warning|message|reaction|"
    r"position|stance|argument|case|pledge|promise|estimate|forecast|reality|"
    r"pitch|boast|complaint|claim|hope|fear|belief|prediction|vow)\s+"  # "the pitch from X"
    # "That was the message Thursday from Patrice Delacroix, chief executive of …", "the stark
    # estimate on Monday from …"; "That is the reality for Thabiso Moloi, 23, …"
    r"(?:\S+\s+){0,2}?(?:of|from|(?<=reality\s)for)\s+"
    # "That was the verdict of the shadow chancellor, Imogen Radley, within minutes …", "the
    # position of the National Chairman of the Rice Growers and Millers Forum, Dr Emeka Udeh"
    # ("the message from Colombia’s labor minister, X,": a country's role)
    r"(?:(?:the|[A-Z][\w’'-]*['’]s)\s+(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}|[A-Z][^,“”\"]{1,80}),\s+"
    # ("… of the Federal University of Technology, Ugbenu, Prof. Ngozi Alabi-Eze": its place)
    # ("the Minister of Lands, Agriculture and Rural Development, Mr X": the rest of its fields)
    rf"(?:[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){{0,3}},\s+(?={cues.TITLE}))?)?"
    # "… of transport planner Yusuf Adeyemi", "… of Harbour Hawks coach Rawiri Tane", "… of
    # 78-year-old Iris McLean"
    # ("of the critic X", "of the Conservative former Cabinet minister Sir X")
    # ("of the Right Reverend X, who delivered the sermon": a clergy style takes "the")
    rf"(?:(?:the\s+(?=[a-z]|[A-Z][a-z]+\s+[a-z]))?{ROLE_BEFORE}|\d{{1,3}}-year-old\s+(?=[A-Z])"
    r"|the\s+(?=(?:Most|Very|Right|Rt)\.?\s+Rev))?"
    rf"(?P<who7>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” Those were the only words Gerrit Swanepoel would offer when asked …": his words
    r"|^\s*(?:Those|These|That|This)\s+(?:were|are|was|is)\s+the\s+(?:only\s+|first\s+|last\s+)?"
    rf"words?\s+(?P<who28>{cues.PERSON})\s+(?:would|could|was\s+willing\s+to)\s+"
    r"(?:offer|say|give|share|add|utter)\b"
    # "“…” That was the question posed by Tivoli Gardens resident Marcia Edwards-Lindo"
    r"|^\s*(?:That|This)\s+(?:was|is)\s+the\s+(?:[a-z]+\s+)?questions?\s+(?:posed|asked|put)\s+"
    rf"(?:to\s+[^,“”\"]{{1,60}}?\s+)?by\s+(?:{ROLE_BEFORE})?(?P<who27>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” Jess Harcourt-Lowe, who runs three bars in Bristow, reckons she has seen …": a whole
    # name that opens the next paragraph and holds a view is the one the quote brought in
    rf"|^\s*(?=[A-Z][\w’'-]+\s+[A-Z])(?P<who9>{cues.PERSON})(?:,[^,“”\"]{{1,160}},)?\s+"
    r"(?P<verb9>reckons|says|thinks|believes|insists|argues|admits|maintains|agrees)\b"
    # "“…” That was how her former pupil, now the school’s principal, Eoin Madigan, remembered
    # her": the one who remembered or put it so
    # (descriptions only before the name: not "how Renata Oyelaran, 58, …, Ohio, described")
    r"|^\s*(?:That|This)\s+(?:was|is)\s+how\s+(?:[a-z][^,.;“”\"]{0,59},\s+){0,3}"
    rf"(?P<who10>{cues.PERSON}),?\s+(?P<verb10>remembered|remembers|described|describes|put|puts|"
    r"saw|sees|summed)\b"
    # "“…” That was Jarrod Fenwick’s honest answer when asked …": the words named as his
    r"|^\s*(?:(?:That|This)\s+(?:was|is)|That['’]s)\s+"
    rf"(?P<who11>{cues.PERSON})['’]s?\s+(?:[a-z]+\s+){{0,2}}"
    r"(?:answer|verdict|reply|response|assessment|view|message|warning|advice|plea)\b"
    # "“…” Councillor Tomás Gilsenan was speaking at Monday’s meeting …": the speaker of the words
    rf"|^\s*(?P<who12>{cues.PERSON})(?:,[^,“”\"]{{1,120}},)?\s+(?:was|is|had\s+been)\s+"
    r"(?:speaking|talking)\s+(?:at|to|on|during|after|in)\b"
    # "“…” Celeste Armand-Hughes laughs as she says it": the one saying it now
    rf"|^\s*(?P<who13>{cues.PERSON})\s+(?:laughs|smiles|grins|shrugs|sighs|winces)\s+(?:as|when)\s+"
    r"(?:she|he|they)\s+(?P<verb13>says|said)\s+(?:it|this|that)\b"
    # "“…” The new Commissioner of Police, CP Aminu Garba-Danjuma, gave this warning on …",
    # "… Okafor disclosed this while …": the speaker named after a quote-only lede
    # ("Professor Dame X, the former vice-chancellor of …, made the remark during …")
    # ("Reverend X of the United Church of Zambia made the remarks during …": the body after)
    rf"|^\s*(?:[^,“”\"]{{1,80}},\s+)?(?P<who14>{cues.PERSON})"
    rf"(?:,[^,“”\"]{{1,120}},|,|\s+of\s+(?:the\s+)?[A-Z][^,“”\"]{{1,80}}?)?\s+"
    r"(?P<verb14>(?:gave|issued|"
    r"sounded|made)\s+(?:this|these|the)\s+(?:warning|assurance|charge|appeal|call|remarks?|"
    r"comments?|statement|pledge|promise|vow|plea)|(?:stated|disclosed)\s+this)\b"
    # "“…” With that, Rep. Harriet Okonjo opened the hearing": the words were hers.
    # "“…” It is his daughter, Jodie Birch, 31, who speaks first": the one who speaks
    r"|^\s*It\s+(?:is|was)\s+(?:(?:his|her|their|the)\s+[^,“”\"]{1,40},\s+)?"
    rf"(?P<who15>{cues.PERSON}),?(?:\s*\d{{1,3}},)?\s+who\s+(?P<verb15>speaks|spoke|answers|"
    r"answered|replies|replied)\b"
    # ("With those words, Coralline Telecom chief executive Simon Ng opened …": a body, a role;
    # "… first-time MP Anjali Wankhede of Maharashtra drew …"; "… the Bishop of Tullyard, the Rt
    # Rev Averil Crozier, opened …")
    rf"|^\s*With\s+(?:that|this|(?:those|these)\s+(?:[a-z]+\s+)?words)\s*,\s+"
    rf"(?:the\s+[^,“”\"]{{1,100}},\s+|{ROLE_BEFORE})?(?:the\s+)?"
    rf"(?P<who3>{cues.PERSON})(?:\s+of\s+[A-Z][\w’'-]*)?"
    r"(?=[\s,])(?:,[^,“”\"]{1,160},|,)?\s+(?P<verb3>[a-z]+)"
    # "“…” The ruling from Speaker Geneviève Lacasse-Doyle came moments after …"
    # ("That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front page")
    r"|^\s*(?:The|That|This)\s+(?:[a-z]+\s+)?(?:ruling|rebuke|warning|words|remark|reply|answer|"
    r"retort|quote|line|comment|"
    # ("The words, from the Oristani opposition leader Karim Haddad-Nouri, echoed around …")
    rf"question|plea|appeal),?\s+from\s+(?:the\s+(?=[^,“”\"]+\s[a-z]))?(?:{ROLE_BEFORE})?"
    rf"(?P<who18>{cues.PERSON}),?"
    r"\s+(?:came|comes|followed|was|were|echoed|rang|drew|appeared)\b"
)
