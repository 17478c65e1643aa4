"""Phrases of speech around a reporting verb: the verbs that end a clause before a quote ("shot
back", "had this to say"), the participles that report in a later clause (", saying", ", accusing
…"), where such a clause opens, and an adverb before a verb. Re-exported by `cues`."""

from __future__ import annotations

from reader.core.attribution.verbs import REPORTING_VERBS
from reader.core.attribution.word_trie import word_trie

# Verbs that end a clause before a *direct* quote only when speech is meant ("called it").
SPEECH_VERB = (
    r"(?:(?:shot|fired)\s+back|summed\s+up|pointed\s+out|went\s+on|(?:chimed|chimes|cut|cuts|broke|breaks)\s+in|"
    r"(?:called|calls|cried|shouted|yelled)\s+out|"  # "“…?” called out Annelise Dorr"
    r"had\s+this\s+to\s+say|went\s+so\s+far\s+as\s+to\s+say|"
    r"used\s+to\s+(?:say|tell|joke|remark)|"  # "“…,” he used to tell customers, she recalls"
    r"(?:held|ruled|ordered)(?=:)|"  # a judgment: "Justice X held: “It is not enough …”"
    r"(?:(?<=had\s)|(?<=has\s)|(?<=have\s))written(?=:)|"  # "In an email he had written:"
    r"(?:issued|released|put\s+out)\s+(?:a|the\s+following|this|an?\s+\w+)\s+statement|"
    # ("“…,” Mia began. “…,” Leo finished.", "“Three now,” she corrects.": the verb ends the
    # sentence; not "before the campaign began, may …")
    r"(?:began|begins|finished|finishes|corrected|corrects)(?=\.)|"
    + word_trie(REPORTING_VERBS)
    + r")"
)
# "…, saying that …": a participle that reports what the sentence's subject said.
PARTICIPLE = (
    r"(?:saying|adding|writing|noting|arguing|warning|claiming|insisting|explaining|suggesting|"
    r"declaring|stating|asking|telling\s+(?:(?:a|an|the|his|her|their|its)\s+)?\w+|calling\s+it|interjecting|replying|responding|"
    r"quipping|joking|tweeting|posting|shouting|yelling|answering|recalling|boasting|conceding|"
    r"admitting|promising|vowing|pleading|predicting|complaining|remarking|stressing|cautioning|"
    r"lamenting|repeating|"
    r"whispering|screaming|sobbing)"  # "X can be heard whispering to a dispatcher, “…”"
)
# The participles that report in a sentence's later clause ("Bill Clinton unloaded on Sanders in
# a speech, accusing his followers of sexism"): the quote path's list and the acts of speech
# that take an object rather than a clause.
REPORT_PARTICIPLE = (
    r"(?:"
    + PARTICIPLE
    + r"|accusing|alleging|announcing|calling\s+(?:for|on)|urging|describing|citing|criticizing|"
    # "…, calling the measure “well-intentioned but unworkable”": what they called it, quoted
    r"calling(?=\s+(?:it|them|him|her|this|that|(?:the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)"
    r"\s+[“\"‘])|"
    r"criticising|talking\s+about|referring\s+to|pointing\s+(?:to|out)|questioning|blaming|"
    r"praising|dismissing|denying|demanding|pledging|touting|defending|rejecting|acknowledging|"
    r"contending|asserting|reiterating|emphasizing|emphasising|highlighting|revealing|"
    r"confirming|expressing|mocking|threatening|labeling|labelling|branding|referencing|"
    r"reminding|assuring|informing|lambasting|decrying|denouncing|disputing|hinting|testifying|"
    # a court's or an inquiry's finding: "…, ruling that the board failed to …"
    # ("…, observing that criticism … could not be equated with …": a bench's remark)
    r"(?:ruling|finding|concluding|observing|holding)(?=\s+that\b))"
)
# Where a sentence's later clause opens: ", saying", " – saying", ", while arguing", " by asking"
REPORT_PARTICIPLE_OPENING = (
    r"(?:,\s+(?:(?:while|before|after|also|then|by|in|publicly|openly|even|effectively)\s+)?|\s+[–—]\s+|\s+(?:by|before|while)\s+"
    # "sent a fundraising email Wednesday saying that …": a message and what it says
    r"|(?:(?<=letter)|(?<=email)|(?<=statement)|(?<=memo)|(?<=tweet)|(?<=message)|(?<=video)|"
    r"(?<=release)|(?<=op-ed)|(?<=[a-z]day)|(?<=petition)|(?<=ads)|(?<=suit)|(?<=complaint)|"
    r"(?<=letters)|(?<=emails)|(?<=tweets)|(?<=petitions)|(?<=resolution)|(?<=week))\s+)"
)
# An adverb before a verb ("quietly said"), not a noun that ends like one ("the Devlin family said")
ADVERB = (  # ("Dr Amina Sambo, however said …": Nigerian copy writes "however" with no commas)
    r"(?:(?:however|meanwhile|nonetheless|nevertheless)\s+|"
    r"(?!(?:family|ally|rally|assembly|supply|reply|tally|anomaly|monopoly)\s)[a-z]+ly\s+)?"
)
