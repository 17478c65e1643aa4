"""Titles, honorifics and ranks written before a name, in the styles of many presses ("Mr",
"Cllr", "Dottoressa", "Samdech", "Regierungsrätin", "DSP"): the word list `name_atoms` builds its
title patterns from."""

from __future__ import annotations

# police ranks: "the command's spokesperson, DSP Aisha Umar", "CP Aminu Garba-Danjuma",
# "PPRO, SP Adebola Ogunleye" (descriptions.py also lets one stand between an office and a name)
# (Ghana's: "COP Samuel Amankwa Boadi", "DCOP Ebenezer Tetteh-Larbi")
POLICE_RANKS = "DSP ASP CSP ACP DCP DIG IGP CP AIG SP SSP DySP COP DCOP".split()
# (not "Syed", "Syeda", "Chaudhry" or "Khawaja", which the press keeps as part of the name:
# "Syed Tanvir Abbas Gillani", "Chaudhry Nadeem Akhtar Warraich")
SOUTH_ASIAN_HONORIFICS = "Mian Sardar Nawabzada Sahibzada Makhdoom Begum Haji Pir Mohtarma".split()
SOUTH_ASIAN_WOMENS = ("Begum", "Mohtarma")  # the honorifics above that only women take
# Ghanaian chiefs and elders, and the Gambia's pilgrim's title: "Togbe Kwasi Dzagbletey III",
# "Naa Abukari …", "Osabarima Kwaku Ampofo-Darko IV", "Opanin …", "Alhagie Ebrima Sanneh"
# (descriptions.py also lets one stand between an office and a name)
WEST_AFRICAN_HONORIFICS = "Nana Togbe Naa Osabarima Odeneho Opanin Alhagie Alhagi".split()
# the Philippine National Police's officers' ranks since 2019, "PBGen. Alfredo Mangubat", "PCol. …"
# (titles, and abbreviations whose full stop ends nothing: name_atoms.ABBREVIATIONS), and its
# non-commissioned ranks
PHILIPPINE_POLICE_OFFICERS = "PGen PLtGen PMGen PBGen PCol PLtCol PMaj PCapt PCpt PLt".split()
_PHILIPPINE_POLICE = PHILIPPINE_POLICE_OFFICERS + "PEMS PCMS PSMS PMSg PSSg PCpl".split()
# Malaysian styles: "Datuk Ramli Osman" (descriptions.py also lets one stand between an office
# and a name: "Deputy Finance Minister Datuk X")
MALAYSIAN_STYLES = "Datuk Datin Dato Tun Seri Puan Encik".split()
_RANKS_AND_CHIEFS = POLICE_RANKS + WEST_AFRICAN_HONORIFICS + _PHILIPPINE_POLICE + MALAYSIAN_STYLES
TITLES = (
    "Mr Mrs Ms Miss Mx Dr Prof Cllr Cr Sen Rep Gov Gen Col Capt Lt Sgt Rev Revd Rt Sir Dame "
    "Lord Lady Baroness Baron Viscount Countess Marquess Duchess Garda "
    "Judge Pres Det Supt Insp Ch Fr Sr Coun Shri Sri Smt Shrimati Kumari Km "
    "Maj Adm Brig Cmdr Cpl Pvt "  # "Maj. Gen. Stellan Rourke"
    # British services' short ranks: "Cdr Gemma Fairweather", "Sqn Ldr …", "Wg Cdr …", "Flt Lt
    # …", "Gp Capt …", "Lt Cdr …"
    "Cdr Sqn Ldr Wg Flt Gp "
    "Const Cst Snr "  # police: "Det Sen Const Amy Loh", "Snr Const …", the RCMP's "Cst. …"
    "Justice President Minister Secretary Mayor Chancellor Governor Senator Representative "
    "Councillor Councilor Inspector Chief Superintendent Commissioner Professor Father Sister "
    "Ambassador Deputy Director Chairman Chairwoman Chair Coach Detective Officer Premier "
    "King Queen Prince Princess Pope Bishop Rabbi Imam Sheikh Attorney Prosecutor Sheriff "
    "Marshal Treasurer Auditor Comptroller Magistrate Constable Congressman Congresswoman "
    "Assemblyman Assemblywoman Councilman Councilwoman Alderman Alderwoman Ald Dean Provost "
    "Sergeant Captain Maestro Ayatollah Hojatoleslam Hojjatoleslam Seyed Seyyed "
    "Commander Lieutenant Major Colonel Brigadier General Admiral Corporal Warden Ranger Pastor "
    "Cardinal Counselor Counsellor Canon Monsignor Msgr Deacon "
    "Mgr Archdeacon Chaplain Abbot Abbess Dom Brother "  # "Mgr Gerard Keighley", "Dom Aidan …"
    "Speaker "  # "Speaker of the House Jasmina Hodžić said"
    "Archbishop Sayyid Daw Chairperson Advocate Adv Reeve Aunty Auntie Aunt Uncle Oba Emir Igwe "
    "Alhaji Alhaj Alhaja Hajiya Malam Mallam "  # Nigerian honorifics: "Alhaji Musa Danladi"
    "Honourable Honorable Comrade Cde Barr Barrister Arc Pharm "  # "Comrade Bisi …", "Barr. …"
    "Hon "  # before a whole name only (GIVEN_NAME_TITLES): "Hon Yusuf Mapila", not "Hon Lik"
    "Honour "  # a judge in Ghana and England: "His Honour Kwesi Badu-Ankrah"
    "Madam Mdm "  # Singapore and Malaysia: "Madam Tan" (of "Tan Hui Min")
    "Mme Mlle Frau Herr Signora "  # French, German, Italian: "Mme Marchetti-Rousseau"
    "Asst Comm "  # Malaysia's police: "Asst Comm X"
    "Undersecretary Engr Atty "  # the Philippines: "Engr. Lorenzo Abellana", "Atty. …"
    "Controller Commandant "  # "Incident Controller Rachael Obuya", "SDRF Commandant …"
    "Conservator Collector "  # India: "Deputy Conservator of Forests …", "District Collector …"
    "Additional "  # "Additional Advocate-General S.R. Deshpande"
    "Tem Tempore "  # "Senate President Pro Tem Harrison Oakley"
    "Undersheriff Supervisor "  # "Undersheriff Marla Kinnear", "Road and Bridge Supervisor …"
    "Gogo Engineer "  # "Gogo Thulisile Mbatha" (a grandmother), "Engineer Tafadzwa Matanhire"
    "Toshao "  # Guyana: an Amerindian village's elected head, "Toshao Lennox James-Andries"
    "Ratu Adi "  # Fijian chiefly titles: "Ratu Epeli Vatunisolo", "Adi Litiana Rokoduru"
    "Principal Cadet "  # a school's head ("Principal Hoffmeister told"); "Cadet Henry Oduya-Lamb"
    # clergy and ranks: "Reverend Jo Hartley", "Elder Owen Blackbird", "Swami Chidananda
    # Saraswati", the Afrikaans "Dominee Gerrit van der Walt", "Air Commodore …", "Pte …"
    "Reverend Elder Swami Dominee Commodore Pte Associate Venerable "  # "the Venerable …"
    # "Inspector-General of Police Ahmad Zaki bin Yusof"
    "Inspector-General Director-General Secretary-General Solicitor-General Auditor-General "
    "Vice-Chancellor Pro-Vice-Chancellor "  # "Vice-Chancellor Hemalatha Krishnan"
    "Attorney-General Governor-General Adjutant-General Surgeon-General "
    # Irish offices: "Cathaoirleach Tadhg Breen" (a council's chair), "Taoiseach …", "Tánaiste …"
    "Cathaoirleach Leas-Chathaoirleach Taoiseach Tánaiste "
    "Mzee "  # Kenya: an elder, "Mzee Jeremiah Gachoki"
    "Suldan Ugaas Garaad "  # Somali traditional elders: "Suldan Mahad Abdi Nur"
    "Editor-in-chief Editor-in-Chief "  # "Editor-in-chief Noémi Szalai said"
    "Investigator-in-charge Investigator-in-Charge "  # an air accident board's lead investigator
    "Under-Secretary-General "  # the UN's: "Under-Secretary-General X said"
    # a trade that opens a sentence before a name: "Rapper Sorrel Banks said that …"
    "Singer Rapper Singer-songwriter Songwriter Novelist Playwright Comedian Guitarist Drummer "
    "Bassist Pianist Violinist Cellist Sculptor "
    "Doña "  # Spanish: "Doña Rosario, 74," (not "Don", a given name too)
    # the Gulf: "said Eng. Huda Saeed Al Rumaithi", "His Excellency Ahmed Saif Al Mheiri",
    # "Sheikha Fakhra bint Saeed Al Sharqi"
    "Eng Excellency Sheikha Shaikha Shaikh "  # (Bahrain's spelling: "Shaikha Latifa Al Khalifa")
    "Haja Hajia Hajja "  # a woman pilgrim's title in West Africa: "Haja Isatu Sankoh-Bangura"
    "Hajji "  # a pilgrim's title: "Hajji Twaha Kigongo Nsereko"
    # Māori honorifics: "Tā Pita Rangitauira" (a knight), "Whaea Rāhera Tipoki", "Matua Hemi …"
    "Tā Whaea Matua "
    "Inkosi "  # a Zulu chief: "Inkosi Nkosinathi Buthelezi said at an imbizo"
    # a village's head in Zimbabwe and Zambia, and a Lozi chief's councillor: "Headman Tichaona
    # Mubvumbi", "Induna Mubiana Liswaniso", "Chieftainess Mulena Mukwae"
    "Headman Headwoman Induna Chieftainess "
    # a Jamaican parish's custos rotulorum: "Custos of Portland Everton Dwyer-Mason", "said the
    # Custos Rotulorum of St Elizabeth, the Honourable Dr X"
    "Custos Rotulorum "
    "Lolo "  # an Igbo woman's title: "the woman leader, Lolo Ngozi Ezeani" (not "Lolo Jones")
    # naval and air ranks: "Vice Adm. Suleiman Al-Harthy", "Rear Adm. Tobias Engström", "Air
    # Vice-Marshal Desmond Okoro" ("Air" only before its rank: _HON)
    "Vice Rear Vice-Admiral Rear-Admiral Vice-Marshal Air-Marshal "
    # Anglican and Muslim clergy: "the Ven Hilary Stansfield" (an archdeacon), "Maulana Syed
    # Iqbal Qadri", "Mufti Abdul Wahid Nadvi"
    "Ven Maulana Moulana Maulvi Mufti "
    # Tamil, Philippine and chess styles: "Thiru M. Anandakumar", "Barangay Kagawad Celso
    # Manalo", "Datu Elpidio Linsahay" (a chieftain), "Grandmaster Aadhav Kumaran"; a retired
    # bishop's "Bishop Emeritus Cathal Mangan"; a tabloid's "Grandad Reg Fowler"
    "Thiru Thirumathi Tmt Kagawad Datu Grandmaster Emeritus "
    "Grandad Granddad Grandma Grandpa Granny "
    "Private "  # a soldier: "Private Dana Vos" (before a whole name only)
    "Vice-President Vice-Chair Vice-Chairman Vice-Chairwoman Vice-Premier "  # "Commission …"
    # Samoan styles of a chief ("Afioga Laulu Tavita Eteuati", "Susuga …") and a Māori school's
    # principal ("Tumuaki Rangimārie Hetaraka")
    "Afioga Susuga Tumuaki "
    "Otunba "  # a Yoruba chieftaincy title: "Otunba Femi Adesanya"
    # Thai, Indonesian and Thai Buddhist styles: "Khun Wanida Chaiyaporn", "Pak Harun Lubis",
    # "Bu Sri Wahyuni", "Phra Somboon Kittiyano"; an Indonesian police rank, "Sr. Comr."
    "Khun Pak Bu Phra Comr "
    # Cambodian styles: "Samdech Men Sovannara", "Oknha Ly Sokheng" (a tycoon's honour)
    "Samdech Oknha "
    # Swiss and Austrian offices before a name: "Regierungsrätin Martina X" (a canton's
    # minister), "Landeshauptfrau X" (a Land's governor), "Mag. X" (an Austrian degree)
    "Regierungsrat Regierungsrätin Landeshauptmann Landeshauptfrau Landesrat Landesrätin "
    "Stadtpräsident Stadtpräsidentin Gemeindepräsident Gemeindepräsidentin Mag "
    "Maître Maitre "  # a French-speaking lawyer: "Maître Françoise Aka-Anghui"
    "Akim "  # a Kazakh mayor's or governor's office, before a whole name only
    # Bhutanese styles: "Lyonpo Sangay Penjor" (a minister), "Dasho X", "Aum X" (a woman),
    # "Gup X" (a headman), "Dzongdag X" (a district's governor)
    "Lyonpo Dasho Aum Gup Dzongdag "
    # the Horn of Africa: "Ato Kebede Ayele" (Mr), "W/ro Almaz Derese" (Mrs, _HON), priests, a
    # Somali elder ("Ugas"); "Adj. Sr. Comr." (Indonesian police); "Delegado", "Prefeito"
    "Ato Woizero Weizero Weyzero Kesis Qes Ugaas Ugas Garaad Suldaan Abba "
    "Adj Delegado Delegada Prefeito Prefeita "
    "Yokozuna Ozeki Sekiwake Komusubi "  # sumo ranks: "Ozeki Takanoumi", a one-word ring name
    # Italian styles and ranks: "Onorevole X" (an MP), "Avvocato X", "Maresciallo X", "Questore X"
    "Onorevole Avvocato Avvocatessa Dottore Dottoressa Dottor Maresciallo Questore Comandante "
    "Regent "  # a university's governor: "Regent Harold Baptiste" (before a whole name only)
    # Pakistani and Bangladeshi honorifics, before a whole name only ("Mian Tariq Saleem Bhatti",
    # "Begum Nasreen Akhtar Gill"; "Syed Ali" and "Rokeya Begum" are names)
    + " ".join(SOUTH_ASIAN_HONORIFICS)
).split() + _RANKS_AND_CHIEFS
