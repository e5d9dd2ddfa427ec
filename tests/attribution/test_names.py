import pytest

from stance.attribution.names import Mention, name_mentions

TEXT = (
    "Zimbabwean opposition leader Nelson Chamisa has rejected the results. Chamisa said Friday he would "
    "protest. U.S. Secretary of State Condoleezza Rice said the vote was flawed. Ivory Coast President "
    "Laurent Gbagbo. French President Jacques Chirac spoke. The State Department said it was concerned."
)


def test_names_drop_titles_and_stop_at_sentence_ends() -> None:
    names = [m.name for m in name_mentions(TEXT)]
    for expected in ("Nelson Chamisa", "Condoleezza Rice", "Laurent Gbagbo", "Jacques Chirac", "State Department"):
        assert expected in names
    assert not any("Gbagbo. French" in n for n in names)
    # A capital only because a sentence (or quotation) starts is nobody's name.
    quoted = name_mentions('"Nobody here is against it," he said. Tonight the council voted. My rent doubled.')
    assert [m.name for m in quoted] == []
    # A connector left before a dropped time word is not part of the name.
    assert [m.name for m in name_mentions("Senate Republicans on Tuesday blocked the bill.")] == ["Senate Republicans"]


def test_a_persons_possessive_ends_the_name() -> None:
    text = "Opposition leader Nelson Chamisa's Citizens Coalition for Change party said it would appeal."
    assert [m.name for m in name_mentions(text)] == ["Nelson Chamisa", "Citizens Coalition for Change"]
    # A possessive that belongs to a name stays in it.
    assert [m.name for m in name_mentions("The Lord's Resistance Army said no.")] == ["Lord's Resistance Army"]


def test_a_run_after_of_is_a_portfolio_or_the_tail_of_a_longer_name() -> None:
    def people(text: str) -> list[str]:
        return [m.name for m in name_mentions(text) if m.is_person]

    # The portfolio or place of a title is not part of the person's name.
    assert people("It was proposed by the Minister of Education Marietta Yannakou.") == ["Marietta Yannakou"]
    assert people("High Commissioner for Human Rights Louise Arbour spoke.") == ["Louise Arbour"]
    assert people("Governor of California Arnold Schwarzenegger signed it.") == ["Arnold Schwarzenegger"]
    assert people("Secretary of State Colin Powell said so.") == ["Colin Powell"]
    # A portfolio that lists several ("A, B and C") ends where the person begins; a comma
    # after one portfolio is an apposition, and the name after it is whole.
    text = "Minister for Land Management, Cooperatives and Poverty Alleviation Balaram Adhikari denied it."
    assert people(text) == ["Balaram Adhikari"]
    assert people("the Chairman of the NPP, Stephen Ayesu Ntim, argued.") == ["Stephen Ayesu Ntim"]
    # Occupations written as titles.
    assert people("Lawyer Levito D. Baligod said so.") == ["Levito D. Baligod"]
    assert people("Alderwoman Estella Shabazz responded.") == ["Estella Shabazz"]
    # The end of a longer name is a name, but nobody's: "he" cannot be "Nuclear Weapons".
    treaty = name_mentions("It returned to the Treaty on the Non-Proliferation of Nuclear Weapons.")
    assert "Nuclear Weapons" in [m.name for m in treaty] and not any(m.is_person for m in treaty)
    assert "Tamil Eelam" not in people("The Liberation Tigers of Tamil Eelam said no.")


def test_adjectives_and_places_in_an_institutions_name_stay_in_it() -> None:
    def names(text: str) -> list[str]:
        return [m.name for m in name_mentions(text)]

    assert names("Her National League for Democracy said it would appeal.") == ["National League for Democracy"]
    assert names("The Kenya National Commission on Human Rights said so.") == [
        "Kenya National Commission on Human Rights"
    ]
    assert names("The Special Court for Sierra Leone ruled.") == ["Special Court for Sierra Leone"]
    assert names("According to the Kenya Red Cross, 40 people were hurt.") == ["Kenya Red Cross"]
    # A title before a person is still no part of the name, nor a rank; and before no
    # institution an adjective is a title's ("Trump National Doral" is no name "Trump" means).
    assert names("General Ali Mohammed said so.") == ["Ali Mohammed"]
    assert "Trump National Doral" not in names("He spoke at the Trump National Doral resort.")
    assert names("National Security Adviser Jake Sullivan said so.") == ["Jake Sullivan"]
    assert names("Senators Charles E. Grassley and Patrick J. Leahy wrote.") == [
        "Charles E. Grassley",
        "Patrick J. Leahy",
    ]
    assert names("Opposition Movement for Democratic Change leaders met.") == ["Movement for Democratic Change"]


def test_a_headline_in_title_case_is_no_name() -> None:
    text = (
        "Clinton Campaign Reportedly Scrambling For Black Voter Turnout In Florida\n\n"
        "Hillary Clinton spoke in Miami on Tuesday."
    )
    names = [m.name for m in name_mentions(text)]
    assert "Hillary Clinton" in names and not any("Scrambling" in n for n in names)
    names = [m.name for m in name_mentions("Chris Christie Calls Hillary Clinton a Liar\n\nChris Christie spoke.")]
    assert not any("Calls" in n for n in names)
    # Names of bodies may hold such words: "Committee to Protect Journalists".
    assert [m.name for m in name_mentions("The Committee To Protect Journalists said.")] != []


def test_sports_and_business_roles_are_titles() -> None:
    text = "Defender Harry Maguire agreed. Manager Erik ten Hag and Analyst Dan Ives spoke."
    assert [m.name for m in name_mentions(text)] == ["Harry Maguire", "Erik ten Hag", "Dan Ives"]


def test_an_institution_named_for_a_cause_keeps_its_article() -> None:
    text = "Citizens for a Better Los Angeles said so. The Committee for a Responsible Federal Budget agreed. Councilmember Traci Park agreed. He waited for a Senate vote."
    assert [m.name for m in name_mentions(text)] == [
        "Citizens for a Better Los Angeles",
        "Committee for a Responsible Federal Budget",
        "Traci Park",
        "Senate",
    ]


def test_a_person_before_and_does_not_open_an_institutions_name() -> None:
    text = "U.N. chief Martin Griffiths and Red Cross President Mirjana Spoljaric said so."
    assert [m.name for m in name_mentions(text)][-2:] == ["Martin Griffiths", "Mirjana Spoljaric"]


def test_a_bodys_sponsor_before_its_name_is_not_part_of_it() -> None:
    text = "The NATO-led International Security Assistance Force said no. The Paris-based Reporters Without Borders agreed."
    assert [m.name for m in name_mentions(text)] == [
        "International Security Assistance Force",
        "Reporters Without Borders",
    ]


def test_a_party_label_or_epithet_before_a_persons_name_is_not_part_of_it() -> None:
    text = (
        "Republican Donald Trump and Democrat Hillary Clinton met. Activist Angela Davis spoke. "
        "The Republican National Committee agreed.\n\nInjecting Clinton's troubles into the race is new. "
        "Sterling K. Brown said so. Downing Street rejected the claims."
    )
    assert [m.name for m in name_mentions(text)] == [
        "Donald Trump",
        "Hillary Clinton",
        "Angela Davis",
        "Republican National Committee",
        "Clinton",
        "Sterling K. Brown",
        "Downing Street",
    ]


def test_a_common_word_opening_a_quotation_is_no_name() -> None:
    text = "“Instead of staying, he left,” Obi said. “Not now,” she said. How can Nigeria survive, asked Obi."
    assert [m.name for m in name_mentions(text)] == ["Obi", "Nigeria", "Obi"]


def test_the_party_that_runs_a_government_is_not_part_of_its_name() -> None:
    text = "He will hold the Labour Welsh Government to account. The Labour Government said no."
    assert [m.name for m in name_mentions(text)] == ["Welsh Government", "Labour Government"]


def test_a_word_opening_a_sentence_before_a_name_is_not_part_of_it() -> None:
    text = "Unlike Patriot, the union has money. Several opposition groups, including the SDF, said no."
    assert [m.name for m in name_mentions(text)] == ["Patriot", "SDF"]


def test_people_for_a_cause_and_schools_are_institutions() -> None:
    text = (
        "Citizens for Tax Justice said no. New York University School of Law agreed. Physicians for Human Rights spoke."
    )
    assert [m.name for m in name_mentions(text)] == [
        "Citizens for Tax Justice",
        "New York University School of Law",
        "Physicians for Human Rights",
    ]


def test_a_plural_body_word_and_community_end_an_institutions_name() -> None:
    # Before: "Trade Unions" and "African Community" were persons' names, cut from the body's.
    for text, body in (
        ("The Congress of South African Trade Unions said it would strike.", "Congress of South African Trade Unions"),
        (
            "the International Federation of Airline Pilots Associations",
            "International Federation of Airline Pilots Associations",
        ),
        ("The East African Community met.", "East African Community"),
        ("Observers from the Economic Community of West African States", "Economic Community of West African States"),
    ):
        names = name_mentions(text)
        assert body in [m.name for m in names]
        assert not any(m.is_person for m in names)
    # "Banks" is a surname.
    assert [(m.name, m.is_person) for m in name_mentions("Arron Banks said.")] == [("Arron Banks", True)]


def test_a_title_word_before_a_suffix_is_part_of_the_name() -> None:
    assert [m.name for m in name_mentions("The Rev. Martin Luther King Jr. spoke.")] == ["Martin Luther King Jr"]
    assert [m.name for m in name_mentions("Senator Ted Cruz Jr. spoke.")] == ["Ted Cruz Jr"]


def test_titles_and_honorifics_of_other_parliaments_and_countries() -> None:
    for text, person in (
        ("Taoiseach Micheál Martin said so.", "Micheál Martin"),
        ("Fine Gael TD Paul Kehoe asked.", "Paul Kehoe"),
        ("Information Minister Alhaji Lai Mohammed said.", "Lai Mohammed"),
        ("House Minority Whip Steny H. Hoyer of Maryland said.", "Steny H. Hoyer"),
        ("Rank-and-file California Democrat Tony Cárdenas said.", "Tony Cárdenas"),
        ("The SNP's Stewart Maxwell said.", "Stewart Maxwell"),
        ("US Ambassador to the UN Nikki Haley said.", "Nikki Haley"),
    ):
        assert person in [m.name for m in name_mentions(text) if m.is_person], text


def test_may_is_a_surname_where_the_article_gives_a_first_name() -> None:
    text = "Theresa May has said she would go. May told MPs she would stay until May 2019."
    assert [m.name for m in name_mentions(text)] == ["Theresa May", "May"]
    assert [m.name for m in name_mentions("The vote is in May. May 5 is a Sunday.")] == []


def test_acronyms_countries_and_company_words_are_not_persons_names() -> None:
    def people(text: str) -> list[str]:
        return [m.name for m in name_mentions(text) if m.is_person]

    assert people("The EU Withdrawal bill passed.") == []
    assert people("Imran Khan's Pakistan Tehreek-e-Insaf won.") == ["Imran Khan"]
    assert people("Chad Wolf said.") == ["Chad Wolf"]
    assert people("Samworth Brothers said.") == []
    assert people("On Northern Ireland I want to be clear.") == []
    assert [m.name for m in name_mentions("Nor did they say.")] == []


def test_bodies_named_after_a_role_or_a_number_and_ministries_of() -> None:
    assert [m.name for m in name_mentions("a Spokesperson of the People Power Party said")] == ["People Power Party"]
    assert [m.name for m in name_mentions("The Ministry of Foreign Affairs said.")] == ["Ministry of Foreign Affairs"]
    assert [m.name for m in name_mentions("3News reported it.")] == ["3News"]
    assert [m.name for m in name_mentions("Clr Bob Barr and Superintendent Javed Ali spoke.") if m.is_person] == [
        "Bob Barr",
        "Javed Ali",
    ]


def test_initials_and_regnal_numbers_are_a_persons_but_acronyms_a_bodys() -> None:
    def people(text: str) -> list[str]:
        return [m.name for m in name_mentions(text) if m.is_person]

    assert people("Chief election commissioner KM Nurul Huda said.") == ["KM Nurul Huda"]
    assert people("The chair of the AU Mahmoud Ali Youssouf said.") == ["Mahmoud Ali Youssouf"]
    assert people("George Bush III said.") == ["George Bush III"]


def test_owners_of_a_body_and_at_large_titles_are_not_part_of_a_name() -> None:
    assert [m.name for m in name_mentions("Saudi-owned Al-Arabiya television said.")] == ["Al-Arabiya"]
    assert [m.name for m in name_mentions("Councilor-at-Large Michael T. Gaffney said.")] == ["Michael T. Gaffney"]


def test_an_institution_opened_by_a_naming_adjective_runs_over_and() -> None:
    text = "The National Emergency Crisis and Disasters Management Authority said so."
    assert [m.name for m in name_mentions(text)] == ["National Emergency Crisis and Disasters Management Authority"]
    # A person before "and" still starts no institution.
    people = name_mentions("National Security Adviser Jake Sullivan and Secretary of State Antony Blinken said.")
    assert [m.name for m in people] == ["Jake Sullivan", "Antony Blinken"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # honorifics and offices of other countries are not part of the name
        ("Mullah Abd Al-Rauf said so.", ["Abd Al-Rauf"]),
        ("Mallam Garba Shehu said so.", ["Garba Shehu"]),
        ("Defence Minister Datuk Seri Hishammuddin Tun Hussein said so.", ["Hishammuddin Tun Hussein"]),
        ("Joint Arab List leader MK Ayman Odeh said so.", ["Joint Arab List", "Ayman Odeh"]),
        ("Mayor Pro Tem Delia Garza said so.", ["Delia Garza"]),
        ("Position 2 Trustee Patrick Kelly said so.", ["Position", "Patrick Kelly"]),
        ("EPA Administrator Gina McCarthy said so.", ["Gina McCarthy"]),
        (
            "Maine AG Janet Mills and Council leader Coun Keith Wakefield said so.",
            ["Janet Mills", "Council", "Keith Wakefield"],
        ),
        # a lower-case particle inside a name, and initials without a last full stop
        ("The Minister of Defence Penda ya Ndakolo said so.", ["Penda ya Ndakolo"]),
        ("Foreign Affairs Minister, A.J Nicholson, said so.", ["A.J Nicholson"]),
        # "X for Y" names of bodies whose head is not a government word
        ("The British-based Syrian Observatory for Human Rights said so.", ["Syrian Observatory for Human Rights"]),
        ("The Partnership for National Unity said so.", ["Partnership for National Unity"]),
        # Welsh "ap", and an en dash set for the hyphen of an Arabic article
        ("Plaid leader Rhun ap Iorwerth said so.", ["Plaid", "Rhun ap Iorwerth"]),
        ("Prime Minister Fayez Al–Sarraj said so.", ["Fayez Al–Sarraj"]),
        # a title word inside an institution's name ("Public"), and a team as a body
        ("The Canadian Union of Public Employees (CUPE) said so.", ["Canadian Union of Public Employees", "CUPE"]),
        (
            "The African National Congress National Youth Task Team said so.",
            ["African National Congress National Youth Task Team"],
        ),
        # the standing a paper gives a party is not its name
        ("Opposition Nepali Congress said so.", ["Nepali Congress"]),
        # a member's title after the party, a rank of two words, "Economic" as a name's
        # first word, and "I've" is nobody
        ("Sinn Féin TD said so.", ["Sinn Féin"]),
        ("The forces of Field Marshal Khalifa Haftar said so.", ["Khalifa Haftar"]),
        (
            "Economic Freedom Fighters (EFF) leader Julius Malema said so.",
            ["Economic Freedom Fighters", "EFF", "Julius Malema"],
        ),
        ("I've said it before, Mr Cole said.", ["Cole"]),
        # a three-word name after its party, Member and Tan Sri as titles, a portfolio
        # opening a ministry's name, and a number is nobody
        ("Leader of the main opposition party Nepali Congress Gagan Kumar Thapa said so.", ["Gagan Kumar Thapa"]),
        ("Mayor Sylvester Turner and at-large Member Michael Kubosh clashed.", ["Sylvester Turner", "Michael Kubosh"]),
        ("Bersatu president Tan Sri Muhyiddin Yassin said so.", ["Bersatu", "Muhyiddin Yassin"]),
        ("The Foreign Ministry of Iran said so.", ["Foreign Ministry of Iran"]),
        ("Six responded that they had never heard of it.", []),
        ("Governor Central Bank of Nigeria Godwin Emefiele said so.", ["Godwin Emefiele"]),
        # titles of county boards, of councils in the plural, of Commonwealth parliaments
        ("San Mateo County Supervisor Ray Mueller said so.", ["Ray Mueller"]),
        ("Couns Ravi Venkatesh and Teresa Page said so.", ["Ravi Venkatesh", "Teresa Page"]),
        ("Honourable Matthew Wale said so.", ["Matthew Wale"]),
        # Kenyan initials as titles, a portfolio of two, "Here's" and a body's sponsor
        ("Interior PS Raymond Omollo said so.", ["Raymond Omollo"]),
        (
            "ZANU PF Director of Information and Publicity Tafadzwa Mugwadi said so.",
            ["PF Director", "Tafadzwa Mugwadi"],
        ),
        ("Here's Paxton's statement.", ["Paxton"]),
        ("His Islamist-inspired Ennahdha party said so.", ["Ennahdha"]),
        # a councillor's ward before the name is not the name
        (
            "Labour councillors for Sudbury Trevor Cresswell and Alison Owen said so.",
            ["Labour", "Trevor Cresswell", "Alison Owen"],
        ),
    ],
)
def test_names_of_news_beyond_the_corpus(text: str, names: list[str]) -> None:
    assert [m.name for m in name_mentions(text)] == names


def test_a_holiday_is_nobody() -> None:
    assert not Mention(0, 0, "Independence Day").is_person
    assert not Mention(0, 0, "Christmas Eve").is_person
    assert Mention(0, 0, "Paddy Bracken").is_person


def test_a_possessive_inside_a_name_makes_no_person() -> None:
    assert not Mention(0, 0, "Maine's Democratic").is_person
    assert Mention(0, 0, "Janet Mills").is_person


def test_first_names_of_one_sex_and_none_for_the_ambiguous() -> None:
    from stance.attribution.first_names import first_name_gender

    assert first_name_gender("Raelene Castle") == "f"
    assert first_name_gender("Cameron Clyne") is None
    assert first_name_gender("Paul LePage") == "m"
    assert first_name_gender("Andrea Skinner") is None  # a man's name in Italy


def test_an_association_a_prosecution_or_a_channel_is_nobodys_name() -> None:
    text = "The San Francisco Police Officers Assn. said Bill Scott was wrong. He said so."
    assert not any(m.is_person for m in name_mentions(text) if "Assn" in m.name)
    assert not Mention(0, 0, "Security Prosecution").is_person
    assert not Mention(0, 0, "Israeli Channel").is_person


def test_a_titles_abbreviation_ends_no_name() -> None:
    # "Sen" abbreviates "Senator" before a name; after one it is the name ("Hun Sen").
    assert [(m.name, m.is_person) for m in name_mentions("Prime Minister Hun Sen said.")] == [("Hun Sen", True)]
    assert Mention(0, 0, "Amartya Sen").is_person
    # A whole title, an initialism or a trailing MP still ends no person's name.
    assert not any(Mention(0, 0, n).is_person for n in ("Foreign Minister", "Tesla CEO", "John Smith MP", "Sen."))


def test_a_middle_initial_a_is_part_of_the_name_not_an_article() -> None:
    assert [m.name for m in name_mentions("U.S. District Judge Bernard A. Friedman ruled on Monday.")] == [
        "Bernard A. Friedman"
    ]


def test_a_name_never_ends_in_the_next_sentences_the() -> None:
    names = [m.name for m in name_mentions("It was signed by Spain, the UK and the U.S. The joint statement said so.")]
    assert not any(n.endswith("The") for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israel’s Channel 13 reported that", "Israel’s Channel 13"),
        ("The strike by SEIU Local 1021 went on.", "SEIU Local 1021"),
    ],
)
def test_a_channel_or_a_unions_local_keeps_its_number(text: str, name: str) -> None:
    assert [m.name for m in name_mentions(text)] == [name]


def test_a_verb_opening_a_sentence_and_a_rank_before_a_party_are_no_part_of_a_name() -> None:
    # From batch 20 of data/outside/README.md, written anew: "Accusing the Congress of ..."
    # had been the name "Accusing the Congress", "Top Labour councillor ..." "Top Labour".
    names = [m.name for m in name_mentions("Blaming the Senate for the delay, he walked out.")]
    assert names == ["Senate"]
    names = [m.name for m in name_mentions("It was late. Top Labour councillor Ruth Amos spoke first.")]
    assert names == ["Labour", "Ruth Amos"]
    assert [m.name for m in name_mentions("Senior Tory MP Alan Reed said so.")] == ["Alan Reed"]
