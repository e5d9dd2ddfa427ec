"""First names that are, in news, almost always a woman's or a man's.

The resolver learns a person's gender from the article first ("Mrs", "she said"); where
the article gives none, "he" should still not resolve to Janet Mills or Raelene Castle.
Only names given overwhelmingly to one sex across the countries our news comes from are
listed: not "Andrea" (a man's name in Italy), "Jean", "Nicola", "Morgan", "Kim", "Robin"
or "Dana".
"""

from __future__ import annotations

FEMALE = frozenset(
    """
    abigail ada adriana agnes aisha alexandra alice alicia alison amanda amelia amina amy ana
    anastasia angela angelina anita ann anna anne annette antonia ayesha barbara beatrice benazir
    bernadette beth betty beverley beverly brenda bridget carla carmen caroline catherine cecilia
    charlotte cheryl christina christine cindy claire clara claudia colleen cristina cynthia daphne
    deborah debra denise diana diane dolores donna doris dorothy edith eileen elaine eleanor elena
    elisabeth elizabeth ellen elsa emily emma erica erin esther eva evelyn fatima fiona florence
    frances francesca gabriela gabrielle gillian gina gloria grace hannah harriet hazel heather
    heidi helen helena hilary hillary ingrid irene iris isabel isabella jacinda jacqueline jane
    janet janice jennifer jessica joan joanna joanne josephine joyce judith judy julia julie
    justine karen katherine kathleen kathryn kathy katrina kerry-anne kristen laura lauren leila
    lilian linda lisa liz lois lorraine louise lucia lucy lydia lynn madeleine magdalena margaret
    margarita maria marian marie marilyn marina marjorie martha mary maureen megan melanie
    melissa michelle miriam monica nadia nancy naomi natalia natalie natasha nicole nina nora
    olga olivia pamela patricia paula pauline penelope penny priya rachel raelene rebecca regina
    rita roberta rosa rose rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila
    sherry shirley silvia sofia sonia sophia sophie stephanie susan susanne suzanne sylvia tamara
    teresa theresa tina tracey tracy ursula valentina valerie vanessa vera veronica victoria
    virginia wendy yolanda yvonne zainab zara
    """.split()
)

MALE = frozenset(
    """
    aaron abdul abdullah abraham adam adrian ahmed alan albert alejandro alexander alfred ali
    andrew angelo anthony antonio arthur barack benjamin bernard bill boris brian bruce carl
    carlos charles christopher clarence colin craig daniel darren david dennis derek donald
    douglas duncan edward emmanuel eric ernest eugene evan felix fernando francis francisco frank
    frederick gary george gerald gordon graham gregory harold harry hassan henry hugh ibrahim ian
    isaac ivan jack jacob james jason jeffrey jeremy jerry jesse john jonathan jorge jose joseph
    juan julian justin keith kenneth kevin khalid larry lawrence leonard louis luis malcolm mark
    martin matthew michael mohamed mohammad mohammed muhammad nathan neil nicholas nigel oliver
    omar oscar pablo patrick paul pedro peter philip rafael ralph raymond ricardo richard robert
    roberto roger ronald roy russell samuel scott sean sergei sergey simon stanley stephen steven
    stuart terence theodore thomas timothy tony victor vincent vladimir walter wayne william yusuf
    """.split()
)


def first_name_gender(name: str) -> str | None:
    """ "f" or "m" where the first word of ``name`` is a listed first name, else None."""
    first = name.split(maxsplit=1)[0].lower().strip(".,") if name.strip() else ""
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    return None
