"""Countries with their demonyms and capitals, so that ``Pyongyang``, ``the North
Korean government`` and ``North Korea`` name one speaker, as ANNOTATION.md asks."""

from __future__ import annotations

import unicodedata

# country: (demonyms and other names, capitals)
_TABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Afghanistan": (("Afghan",), ("Kabul",)),
    "Albania": (("Albanian",), ("Tirana",)),
    "Armenia": (("Armenian",), ("Yerevan",)),
    "Austria": (("Austrian",), ("Vienna",)),
    "Bahrain": (("Bahraini",), ("Manama",)),
    "Belgium": (("Belgian",), ("Brussels",)),
    "Bosnia and Herzegovina": (("Bosnian", "Bosnia"), ("Sarajevo",)),
    "Botswana": (("Motswana", "Batswana"), ("Gaborone",)),
    "Bulgaria": (("Bulgarian",), ("Sofia",)),
    "Burkina Faso": (("Burkinabe",), ("Ouagadougou",)),
    "Chile": (("Chilean",), ("Santiago",)),
    "Costa Rica": (("Costa Rican",), ("San Jose",)),
    "Croatia": (("Croatian",), ("Zagreb",)),
    "Cyprus": (("Cypriot",), ("Nicosia",)),
    "Czech Republic": (("Czech", "Czechia"), ("Prague",)),
    "Denmark": (("Danish",), ("Copenhagen",)),
    "Djibouti": (("Djiboutian",), ()),
    "Dominican Republic": (("Dominican",), ("Santo Domingo",)),
    "Ecuador": (("Ecuadorian", "Ecuadoran"), ("Quito",)),
    "El Salvador": (("Salvadoran",), ("San Salvador",)),
    "Equatorial Guinea": (("Equatoguinean",), ("Malabo",)),
    "Estonia": (("Estonian",), ("Tallinn",)),
    "Finland": (("Finnish",), ("Helsinki",)),
    "Gabon": (("Gabonese",), ("Libreville",)),
    "Gambia": (("Gambian",), ("Banjul",)),
    "Greece": (("Greek",), ("Athens",)),
    "Guatemala": (("Guatemalan",), ("Guatemala City",)),
    "Guinea-Bissau": (("Bissau-Guinean",), ("Bissau",)),
    "Haiti": (("Haitian",), ("Port-au-Prince",)),
    "Honduras": (("Honduran",), ("Tegucigalpa",)),
    "Hungary": (("Hungarian",), ("Budapest",)),
    "Ireland": (("Irish",), ("Dublin",)),
    "Jordan": (("Jordanian",), ("Amman",)),
    "Kazakhstan": (("Kazakh",), ("Astana",)),
    "Kosovo": (("Kosovar",), ("Pristina",)),
    "Kyrgyzstan": (("Kyrgyz",), ("Bishkek",)),
    "Latvia": (("Latvian",), ("Riga",)),
    "Lesotho": (("Basotho",), ("Maseru",)),
    "Lithuania": (("Lithuanian",), ("Vilnius",)),
    "Madagascar": (("Malagasy",), ("Antananarivo",)),
    "Malaysia": (("Malaysian",), ("Kuala Lumpur",)),
    "Mauritania": (("Mauritanian",), ("Nouakchott",)),
    "Moldova": (("Moldovan",), ("Chisinau",)),
    "Mongolia": (("Mongolian",), ("Ulaanbaatar",)),
    "Montenegro": (("Montenegrin",), ("Podgorica",)),
    "Morocco": (("Moroccan",), ("Rabat",)),
    "Mozambique": (("Mozambican",), ("Maputo",)),
    "Namibia": (("Namibian",), ("Windhoek",)),
    "Netherlands": (("Dutch", "Holland"), ("Amsterdam", "The Hague")),
    "Nicaragua": (("Nicaraguan",), ("Managua",)),
    "North Macedonia": (("Macedonian", "Macedonia"), ("Skopje",)),
    "Norway": (("Norwegian",), ("Oslo",)),
    "Oman": (("Omani",), ("Muscat",)),
    "Panama": (("Panamanian",), ("Panama City",)),
    "Papua New Guinea": (("Papua New Guinean", "PNG"), ("Port Moresby",)),
    "Paraguay": (("Paraguayan",), ("Asuncion",)),
    "Peru": (("Peruvian",), ("Lima",)),
    "Poland": (("Polish",), ("Warsaw",)),
    "Portugal": (("Portuguese",), ("Lisbon",)),
    "Qatar": (("Qatari",), ("Doha",)),
    "Republic of Congo": (("Congo-Brazzaville",), ("Brazzaville",)),
    "Romania": (("Romanian",), ("Bucharest",)),
    "Serbia": (("Serbian", "Serb"), ("Belgrade",)),
    "Singapore": (("Singaporean",), ()),
    "Slovakia": (("Slovak",), ("Bratislava",)),
    "Slovenia": (("Slovenian", "Slovene"), ("Ljubljana",)),
    "Sweden": (("Swedish",), ("Stockholm",)),
    "Switzerland": (("Swiss",), ("Bern",)),
    "Tajikistan": (("Tajik",), ("Dushanbe",)),
    "Turkmenistan": (("Turkmen",), ("Ashgabat",)),
    "United Arab Emirates": (("Emirati", "UAE", "U.A.E."), ("Abu Dhabi",)),
    "Uruguay": (("Uruguayan",), ("Montevideo",)),
    "Algeria": (("Algerian",), ("Algiers",)),
    "Angola": (("Angolan",), ("Luanda",)),
    "Argentina": (("Argentine", "Argentinian"), ("Buenos Aires",)),
    "Australia": (("Australian",), ("Canberra",)),
    "Azerbaijan": (("Azerbaijani", "Azeri"), ("Baku",)),
    "Bangladesh": (("Bangladeshi",), ("Dhaka",)),
    "Belarus": (("Belarusian", "Belarussian"), ("Minsk",)),
    "Benin": (("Beninese",), ("Porto-Novo", "Cotonou")),
    "Bolivia": (("Bolivian",), ("La Paz",)),
    "Brazil": (("Brazilian",), ("Brasilia",)),
    "Britain": (("British", "United Kingdom", "UK", "U.K."), ("London",)),
    "Burma": (("Burmese", "Myanmar"), ("Rangoon", "Naypyidaw", "Yangon")),
    "Burundi": (("Burundian",), ("Bujumbura",)),
    "Cambodia": (("Cambodian",), ("Phnom Penh",)),
    "Cameroon": (("Cameroonian",), ("Yaounde",)),
    "Canada": (("Canadian",), ("Ottawa",)),
    "Central African Republic": (("Central African",), ("Bangui",)),
    "Chad": (("Chadian",), ("N'Djamena",)),
    "China": (("Chinese",), ("Beijing",)),
    "Colombia": (("Colombian",), ("Bogota",)),
    "Cuba": (("Cuban",), ("Havana",)),
    "Democratic Republic of Congo": (("Congolese", "DRC", "Congo"), ("Kinshasa",)),
    "Egypt": (("Egyptian",), ("Cairo",)),
    "Eritrea": (("Eritrean",), ("Asmara",)),
    "Ethiopia": (("Ethiopian",), ("Addis Ababa",)),
    "France": (("French",), ("Paris",)),
    "Georgia": (("Georgian",), ("Tbilisi",)),
    "Germany": (("German",), ("Berlin",)),
    "Ghana": (("Ghanaian",), ("Accra",)),
    "Guinea": (("Guinean",), ("Conakry",)),
    "India": (("Indian",), ("New Delhi",)),
    "Indonesia": (("Indonesian",), ("Jakarta",)),
    "Iran": (("Iranian",), ("Tehran",)),
    "Iraq": (("Iraqi",), ("Baghdad",)),
    "Israel": (("Israeli",), ("Jerusalem",)),
    "Italy": (("Italian",), ("Rome",)),
    "Ivory Coast": (("Ivorian", "Cote d'Ivoire"), ("Abidjan", "Yamoussoukro")),
    "Japan": (("Japanese",), ("Tokyo",)),
    "Kenya": (("Kenyan",), ("Nairobi",)),
    "Kuwait": (("Kuwaiti",), ()),
    "Laos": (("Lao", "Laotian"), ("Vientiane",)),
    "Lebanon": (("Lebanese",), ("Beirut",)),
    "Liberia": (("Liberian",), ("Monrovia",)),
    "Libya": (("Libyan",), ("Tripoli",)),
    "Malawi": (("Malawian",), ("Lilongwe",)),
    "Mali": (("Malian",), ("Bamako",)),
    "Mexico": (("Mexican",), ("Mexico City",)),
    "Nepal": (("Nepalese", "Nepali"), ("Kathmandu",)),
    "New Zealand": (("New Zealander",), ("Wellington",)),
    "Niger": (("Nigerien",), ("Niamey",)),
    "Nigeria": (("Nigerian",), ("Abuja",)),
    "North Korea": (("North Korean",), ("Pyongyang",)),
    "Pakistan": (("Pakistani",), ("Islamabad",)),
    "Philippines": (("Philippine", "Filipino"), ("Manila",)),
    "Russia": (("Russian",), ("Moscow", "Kremlin")),
    "Rwanda": (("Rwandan",), ("Kigali",)),
    "Saudi Arabia": (("Saudi",), ("Riyadh",)),
    "Senegal": (("Senegalese",), ("Dakar",)),
    "Sierra Leone": (("Sierra Leonean",), ("Freetown",)),
    "Somalia": (("Somali",), ("Mogadishu",)),
    "South Africa": (("South African",), ("Pretoria", "Johannesburg")),
    "South Korea": (("South Korean",), ("Seoul",)),
    "South Sudan": (("South Sudanese",), ("Juba",)),
    "Spain": (("Spanish",), ("Madrid",)),
    "Sri Lanka": (("Sri Lankan",), ("Colombo",)),
    "Sudan": (("Sudanese",), ("Khartoum",)),
    "Swaziland": (("Swazi", "Eswatini"), ("Mbabane",)),
    "Syria": (("Syrian",), ("Damascus",)),
    "Taiwan": (("Taiwanese",), ("Taipei",)),
    "Hong Kong": (("HKSAR", "Hong Kong Special Administrative Region", "Hongkongers"), ()),
    "Macau": (("Macao", "Macau Special Administrative Region"), ()),
    "Tanzania": (("Tanzanian",), ("Dar es Salaam", "Dodoma")),
    "Thailand": (("Thai",), ("Bangkok",)),
    "Togo": (("Togolese",), ("Lome",)),
    "Tunisia": (("Tunisian",), ("Tunis",)),
    "Turkey": (("Turkish",), ("Ankara",)),
    "Uganda": (("Ugandan",), ("Kampala",)),
    "Ukraine": (("Ukrainian",), ("Kyiv", "Kiev")),
    "United States": (("American", "U.S.", "US", "U.S.A.", "America", "United States of America"), ("Washington",)),
    "Uzbekistan": (("Uzbek",), ("Tashkent",)),
    "Venezuela": (("Venezuelan",), ("Caracas",)),
    "Vietnam": (("Vietnamese",), ("Hanoi",)),
    "Yemen": (("Yemeni",), ("Sanaa",)),
    "Zambia": (("Zambian",), ("Lusaka",)),
    "Zimbabwe": (("Zimbabwean",), ("Harare",)),
    # Smaller states, whose papers are as quotable as any ("the Guyana government").
    # Capitals that also name places elsewhere (Georgetown, Kingston, Nassau, Victoria,
    # Male) are left out.
    "Guyana": (("Guyanese",), ()),
    "Suriname": (("Surinamese",), ("Paramaribo",)),
    "Jamaica": (("Jamaican",), ()),
    "Trinidad and Tobago": (("Trinidadian", "Trinidad"), ("Port of Spain",)),
    "Belize": (("Belizean",), ("Belmopan",)),
    "Barbados": (("Barbadian", "Bajan"), ("Bridgetown",)),
    "Bahamas": (("Bahamian",), ()),
    "Grenada": (("Grenadian",), ()),
    "Fiji": (("Fijian",), ("Suva",)),
    "Samoa": (("Samoan",), ("Apia",)),
    "Tonga": (("Tongan",), ("Nuku'alofa",)),
    "Vanuatu": (("Ni-Vanuatu",), ("Port Vila",)),
    "Solomon Islands": (("Solomon Islander",), ("Honiara",)),
    "Kiribati": ((), ("Tarawa",)),
    "Mauritius": (("Mauritian",), ("Port Louis",)),
    "Seychelles": (("Seychellois",), ()),
    "Comoros": (("Comorian",), ("Moroni",)),
    "Cape Verde": (("Cape Verdean", "Cabo Verde"), ("Praia",)),
    "Sao Tome and Principe": (("Sao Tomean",), ()),
    "Bhutan": (("Bhutanese",), ("Thimphu",)),
    "Maldives": (("Maldivian",), ()),
    "Brunei": (("Bruneian",), ("Bandar Seri Begawan",)),
    "East Timor": (("Timorese", "Timor-Leste"), ("Dili",)),
    "Iceland": (("Icelandic",), ("Reykjavik",)),
    "Luxembourg": (("Luxembourgish", "Luxembourger"), ()),
    "Malta": (("Maltese",), ("Valletta",)),
}

COUNTRY_OF: dict[str, str] = {}
for _country, (_names, _capitals) in _TABLE.items():
    COUNTRY_OF[_country.lower()] = _country
    for _name in _names:
        COUNTRY_OF[_name.lower()] = _country
_DOTLESS = {"us": "United States", "usa": "United States", "uk": "Britain"}
CAPITAL_OF: dict[str, str] = {c.lower(): country for country, (_, caps) in _TABLE.items() for c in caps}


# The names in the table a country also goes by, as against its people ("Burmese") or its
# initials: an article that writes only these is named by them (speaker.as_written).
OTHER_NAMES = frozenset(
    (
        "myanmar",
        "bosnia",
        "czechia",
        "holland",
        "macedonia",
        "congo",
        "congo-brazzaville",
        "macao",
        "cote d'ivoire",
        "united kingdom",
        "hong kong special administrative region",
        "eswatini",
        "cabo verde",
        "timor-leste",
    )
)


def _key(word: str) -> str:
    key = word.lower().strip(" .,;:'’\"").replace("’", "'")
    key = key.removesuffix("'s")
    if not key.isascii():
        # "Côte d’Ivoire" as "Cote d'Ivoire": the table's names are written without accents
        key = "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))
    return key


def is_other_name(word: str) -> bool:
    """Whether ``word`` is another name of a country ("Myanmar"), not its people or initials."""
    return _key(word) in OTHER_NAMES


def country(word: str) -> str | None:
    """The country a name, demonym or capital stands for (``Pyongyang`` -> North Korea)."""
    key = _key(word)
    dotless = key.replace(".", "")  # "U.S" and "US" as "U.S."
    return COUNTRY_OF.get(key) or CAPITAL_OF.get(key) or _DOTLESS.get(dotless)
