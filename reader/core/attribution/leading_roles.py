"""Roles written in capitals before a name that are no titles of address: the word goes, the
name stays ("Chief Executive Marguerite Lindahl", "Pilot Craig Dunlop", "Midfielder Amara
Quist")."""

from __future__ import annotations

# Roles written in capitals before a name but no titles of address: "Chief Executive Marguerite
# Lindahl" (the title "Chief", then "Executive"), "Spokeswoman Haley Morris"
LEADING_ROLES = frozenset(
    "Executive Editor Manager Spokesman Spokeswoman Spokesperson Economist Strategist Analyst "
    "Assistant Supervisor Adviser Advisor "  # "Deputy National Security Adviser Tal Biton"
    "Correspondent "
    # an occupation opening a sentence: "Pilot Craig Dunlop, who has flown the route since 1996"
    "Pilot Farmer Nurse Driver Teacher Guide Resident Scientist Researcher Historian Lawyer Vet "
    "Delegate Licensee Buyer Seller "  # "Delegate Mpho Seakgosing told the council"
    "Photographer Activist Student Volunteer Engineer Architect Novelist Author Chef Founder "
    "Co-founder Co-Founder Cofounder "
    "Veteran Glaciologist Campaigner Organiser Organizer Shopkeeper Landlord Fisherman "
    "Opposition Agent Trooper Collector Ranger "  # "(Leader of the) Opposition …"
    # "Parent Jorge Almeida, whose two children attend Linwood", "Commuter Dana Ruiz"
    "Parent Commuter Motorist Passenger Shopper Customer Patient Survivor Witness Bystander "
    "Forecaster Meteorologist Paramedic Firefighter Rider Retiree Pensioner Tenant Contractor "
    "Builder Mechanic Plumber Electrician Librarian Pharmacist Journalist Reporter Artist "
    "Filmmaker Entrepreneur Investor Donor Protester Protestor Spectator Fan Voter "
    # a player's position: "Midfielder Amara Quist scored twice"
    "Midfielder Defender Striker Winger Goalkeeper Quarterback Pitcher Catcher Shortstop "
    "Linebacker Fullback Halfback Batsman Bowler Opener Jockey Sprinter "
    # "Archer Park Min-ji", "Astronaut Ryota Shimazu"
    "Archer Astronaut Skater Fencer Wrestler Astronomer Cosmonaut Programmer Curator Presenter "
    "Tycoon Billionaire Magnate Heiress Socialite "
    # the arts: "Composer Yevgenia Brodsky", "Soprano Ludmila Vrabcová", "Rapper K-Rook"
    "Composer Soprano Rapper Singer Guitarist Drummer Producer Conductor Pianist Violinist "
    "Cellist Tenor Baritone Dancer Choreographer Playwright Poet Comedian Screenwriter "
    "Showrunner Designer Painter Sculptor Actor Actress Songwriter Bassist Saxophonist Co-star "
    "Decathlete Heptathlete Pentathlete Triathlete Hurdler Jumper Thrower "  # combined events
    "Tahsildar Sub-Collector Sub-Inspector Sarpanch "  # Indian revenue and police offices
    "Housewife Homemaker "  # "Housewife Nighat Jabeen Haider, who lives with …"
    "Judoka Boxer Gymnast Cyclist Golfer Rower Sailor Runner Marathoner Weightlifter "
    # (not "Forward" or "Center": "Woman Steps Forward With Bombshell Claim" is no one)
    "Flanker Wicketkeeper Outfielder Infielder Reliever Prop Hooker Ruckman Centreman "
    # racing and the officials of a match: "Trainer Bernadette Sheehy, who keeps a small string"
    "Trainer Owner Breeder Caddie Referee Umpire Selector "
    # at the beach and the scene: "Lifeguard Jared Kūpenga, who was driving the jet ski, said:"
    "Lifeguard Surfer Swimmer Diver Lifesaver Deckhand Skipper "
    # local government and neighbours: "Trustee Melinda Yates", "Neighbor Carl Metzger"
    "Trustee Clerk Neighbor Neighbour Homeowner Councilmember Selectman Selectwoman Ombudsman "
    "Ombudswoman "
    "Assessor Registrar Surveyor Planner "  # "City Assessor Franklin Gaitan estimated that"
    # readers, guests and evacuees: "Reader Tony Marsh said", "Guest Lisa Armitage",
    # "Evacuee Joanne Pressley"
    "Reader Guest Evacuee Holidaymaker Traveller Traveler Diner Caller Listener Viewer "
    "Policyholder Claimant "
    # courts and elders: "Recorder Nicola Fane", "Advocate Lindiwe Sithole", "Kaumātua Rangi
    # Parata"; and siblings named together: "Brothers Nathan and Luke Pirelli"
    "Recorder Advocate Kaumātua Kuia Brothers Sisters Twins Siblings "
    "Juror Plaintiff Defendant Complainant "  # "Juror Otis Pettigrew said …"
    # the engaged: "Fiancé Dean Marsh, 31, said", "Bride-to-be Leanne Cartwright"
    "Fiancé Fiancée Fiance Fiancee Bride-to-be Groom-to-be "
    # trades of business owners: "Developer Niall Brogan of Brogan Homes"
    "Developer Publican Landlady Winemaker Florist Grazier Rancher Hotelier Restaurateur "
    # "Vendor Merline Coke-Sutherland"
    "Vendor Trader Hawker Stallholder Craftsman Craftswoman "
    # a party before a name: "Democrat Paula Grimes accused Republican Scott Mattingly"
    "Republican Democrat Labour Conservative Libertarian Liberal Whip "
    # a nationality: "two shots from Englishman Tom Redfern"
    "Englishman Englishwoman Scot Scotsman Scotswoman Welshman Welshwoman Irishman Irishwoman "
    "Frenchman Frenchwoman Dutchman Dutchwoman Spaniard Kiwi Aussie "
    # "two strokes from the American Brett Coyle"
    "American Canadian Australian Swede Norwegian Brazilian Argentine Briton".split()
)
