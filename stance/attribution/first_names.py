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
    abena abigail ada adaeze adebola adjoa adriana agatha agnes aileen aisha akosua alana
    alejandra alexandra alice alicia alina alisha alison allison alyssa amanda amara amber
    amelia amina amy ana anabel anastasia angela angelina angelique angie anita anjali ann anna
    annabel anne annette annie antoinette antonia april arabella ariana arlene aurora ayesha
    barbara beatrice becky belinda benazir bernadette bernice beth bethany betty beverley
    beverly bianca bonnie brenda brianna bridget brigitte brittany bronwyn camila candice
    carissa carla carmen carole caroline carolyn cassandra catalina catarina caterina catherine
    cathy cecilia celia celine chantal charity charlotte chelsea cheryl chiamaka chidinma chinwe
    chioma chloe christa christie christina christine ciara cindy claire clara clarissa
    claudette claudia colleen constance cora corinne courtney cristina crystal cynthia daisy
    dalia daniela danielle daphne deborah debra deirdre delia delphine denise desiree diana
    diane dina dolly dolores donna dora doris dorothy edith eileen eilish ekaterina elaine
    eleanor elena elisabeth elise eliza elizabeth ella ellen ellie eloise elsa elsie emilia
    emily emma erica erin estelle esther ethel eugenia eunice eva evelyn farah fatima fatou
    fatoumata felicity fernanda fiona flavia florence folake frances francesca frida funmilayo
    gabriela gabriella gabrielle gail geraldine gertrude gillian gina gladys glenda gloria grace
    gwen gwendolyn halima hanna hannah harriet hattie hazel heather heidi helen helena helga
    henrietta hermione hilary hilda hillary imelda imogen ines inga ingrid irene irina iris
    isabel isabella isabelle isla ivana jacinda jacqueline jade jane janelle janet janice janine
    jasmine jeanette jeanne jenna jennifer jenny jessica jill joan joanna joanne jocelyn jodie
    jolene josefina josephine josie joyce juanita judith judy julia julie juliet julieta justine
    kamala karen karin karina karla kate katharina katherine kathleen kathrine kathryn kathy
    katie katrina katy kayla kerry-anne kirsten kirsty kristen kristina lakshmi larissa latoya
    laura lauren leah leanne leila leticia lilian liliana lillian lily lina linda lindsey lisa
    liz lois lola lorena lorna lorraine louisa louise lucia luciana lucinda lucy luisa lydia
    lynn mabel madeleine madison magdalena maggie malala mandy marcela margaret margarita margot
    maria mariam marian mariana maribel marie marilyn marina marisa marissa marjorie marta
    martha martina mary maryam matilda maureen maxine maya meera megan melanie melissa mercy
    meredith mia michelle mildred millicent miriam molly monica muriel myra nadia nadine nancy
    nanette naomi natalia natalie natasha nathalie neha nell nelly nicole nina nkechi nora noura
    nuala nyokabi odette olena olga olivia paige paloma pamela patricia paula pauline peggy
    penelope penny petra philippa phoebe phyllis pilar polly priscilla priya rachel raelene
    rania raquel rebecca rebekah regina renata renee rhiannon rhoda rita roberta rochelle rosa
    rosalie rosalind rose roseanne rosemary rosie roxana roxanne ruby ruth sabrina sadia sally
    salma samantha sandra sara sarah savannah selina serena shanice sharon shauna sheena sheila
    shelley sherry shirley silvia siobhan sofia sonia sonja sophia sophie stacey stella
    stephanie sue susan susana susanne suzanne suzy svetlana sylvia tabitha tamara tamsin tania
    tanya tatiana teresa tess thandeka theodora theresa tiffany tina tracey tracie tracy trudy
    una ursula valentina valerie vanessa vera verona veronica veronique vicky victoria viktoria
    violet virginia viviane wanjiru wendy winifred winnie yasmin yolanda yvette yvonne zainab
    zanele zara zeynep zoe
    """.split()
)

MALE = frozenset(
    """
    aaron abdel abdoulaye abdul abdullah abraham adam adebayo adeel adrian adrien ahmad ahmed
    aidan akhil alain alan albert alberto alejandro aleksander aleksandr alessandro alexander
    alexei alfonso alfred ali alistair allan alphonse alvaro amadou amir anand andre andres
    andrew andrzej angelo angus anil anthony antoine anton antonio armando arnold arthur arturo
    ashok augusto austin barack barry ben benedict benjamin benoit bernard bernardo bill billy
    bob bobby boris boubacar brad bradley brendan brett brian bruce bruno bryan byron calvin
    carl carlo carlos cecil cedric cesar charles chinedu christopher chukwuemeka clarence
    clement clifford clint clive colin conor cornelius craig curtis cyril damian damien dan
    daniel danny dante darius darren darryl dave david davide dean declan denis dennis derek
    desmond diego dimitri dominic don donald doug douglas duncan dwayne dylan earl edgar edmund
    eduardo edward edwin elias elijah elliot emeka emile emilio emmanuel enrique enzo eric erik
    ernest ernesto esteban ethan eugene evan fabian fahad faisal farhan farouk federico felipe
    felix ferdinand fernando fidel finn floyd francesco francis francisco franco frank franklin
    fred freddie frederick gabriel gareth garry gary gavin geoffrey george gerald gerard gerhard
    giovanni giuseppe glenn godfrey gonzalo gordon graham grant gregory guillaume gustavo guy
    hamid hamza hans harold harry harvey hassan hector helmut henry herbert herman hugh hussein
    ian ibrahim ignacio igor imran isaac isaiah ismail ivan jack jacob jacques jake jamal james
    jared jason javier jeff jeffrey jens jeremy jerry jesse jim jimmy joaquin joe joel johan
    johannes john johnny jonas jonathan jorge jose joseph josh joshua juan julian julius justin
    kamal karl keir keith ken kenneth kenny kevin khalid kirk klaus kofi kwabena kwaku kwame
    kwesi lamar lance larry lars lawrence leo leon leonard leonardo lewis liam lionel lloyd
    lorenzo louis luca lucas luigi luis luke lyndon magnus mahmoud malcolm manuel marc marco
    marcus mario mark martin marvin mateo matt matteo matthew maurice max maxwell mehmet melvin
    michael michel miguel mikhail milton mitchell mohamad mohamed mohammad mohammed moses
    muhammad mustafa nabil nasser nathan neil nelson nicholas nick nicolas nigel nikolai noah
    noel norman olaf oliver ollie olusegun omar oscar osman otto owen pablo patrick paul pedro
    peter philip pierre rafael raj rajesh ralph ramon randy raul raymond reginald reza ricardo
    richard ricky rob robert roberto rodney rodrigo roger rohan roland rolf romeo ronald ross
    roy ruben rudolf rupert russell ryan salvador sameer samuel sandeep sanjay saul scott sean
    sebastian sergei sergey sergio seth shane shaun silvio simon solomon spencer stanley stefan
    stephen steve steven stuart sunil sven tariq ted terence theodore thomas tim timothy tobias
    todd tom tomas tony travis trevor tyler umar uwe victor vijay viktor vincent vincenzo
    vladimir vusi wade waleed walter warren wayne wesley wilfred willem william willie winston
    wolfgang xavier yasser yaw yoweri yuri yusuf zachary zoltan
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
