"""Countries with their demonyms and capitals, so that ``Pyongyang``, ``the North
Korean government`` and ``North Korea`` name one speaker, as ANNOTATION.md asks."""

from __future__ import annotations

# country: (demonyms and other names, capitals)
_TABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Afghanistan": (("Afghan",), ("Kabul",)),
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
    "Swaziland": (("Swazi",), ("Mbabane",)),
    "Syria": (("Syrian",), ("Damascus",)),
    "Taiwan": (("Taiwanese",), ("Taipei",)),
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
}

COUNTRY_OF: dict[str, str] = {}
for _country, (_names, _capitals) in _TABLE.items():
    COUNTRY_OF[_country.lower()] = _country
    for _name in _names:
        COUNTRY_OF[_name.lower()] = _country
_DOTLESS = {"us": "United States", "usa": "United States", "uk": "Britain"}
CAPITAL_OF: dict[str, str] = {c.lower(): country for country, (_, caps) in _TABLE.items() for c in caps}


def country(word: str) -> str | None:
    """The country a name, demonym or capital stands for (``Pyongyang`` -> North Korea)."""
    key = word.lower().strip(" .,;:'’\"")
    key = key.removesuffix("'s").removesuffix("’s")
    dotless = key.replace(".", "")  # "U.S" and "US" as "U.S."
    return COUNTRY_OF.get(key) or CAPITAL_OF.get(key) or _DOTLESS.get(dotless)
