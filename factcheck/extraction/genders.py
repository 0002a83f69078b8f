"""Whom "he" and "she" can mean: the sex a reader takes from a given name or a word.

Only names that nearly always go with one sex are listed, from the many naming traditions
of international copy; names given to both (Alex, Jordan, Jean, Andrea, Kim, Nicola, Sasha,
Robin, Jan) and most East Asian given names are left out, so that they decide nothing.
Accents are ignored ("José", "Zoë"). A word decides when it is an honorific ("Mrs", "Sir")
or a role or relation that names one sex ("spokeswoman", "husband").
"""

from __future__ import annotations

import unicodedata

FEMININE = "f"
MASCULINE = "m"

_FEMININE_NAMES = """
abigail ada adaeze adanna adwoa afua agata agatha agnes agnieszka aileen aine aisha aishwarya
aiyana akosua alejandra alessandra alexandra alice alicia alina alisha alison allison alma
amanda amara amelia amina amira amy ana anastasia anita anjali anke ann anna annabel anne
annette annika antonia anya aoife arabella ariana asha ashanti astrid aurora ava ayesha ayse
bahar barbara beata beatrice beatriz belinda bernadette beth bethany betty beverley beverly
bianca birgit bonnie brenda bridget brigid brigitte britta brittany bronwen busra caitlin
camila candice carla carmen carol carole caroline carolyn cassandra catarina catherine cathy
cecilia celia charlotte chiamaka chidinma chinwe chioma chloe christina christine ciara claire
clara clare claudia clodagh colleen constance cristina cynthia dagmar daisy daniela daniella
danielle daphne daria deborah debra deepa deirdre delia denise diana diane dolores dominika
donna doreen doris dorothy dragana edith eileen eilidh elaine eleanor elena elif eliza
elizabeth ella ellen eloise elsa emilia emily emine emma erica erika esi esther eva ewa fatemeh
fatima fatma fatoumata felicity fernanda fiona florence folake frances francesca freya
funmilayo gabriela gabriella gabrielle geeta gemma georgia georgina geraldine gillian gina
giovanna giulia gloria grace grazyna gráinne gudrun gwen gwendolyn hadiza hafsa halima halina
hana hannah harriet hatice hazel heather heidi heike helen helena helga hilda hillary holly
huda ifeoma ilse imogen ines ingeborg ingrid irena irene irina iris isabel isabella isabelle
ivana jacqueline jadwiga jane janet janice jasmine jayne jelena jennifer jenny jessica jill
joan joanna joanne jocelyn johanna jolanta josephine joy joyce judith judy julia juliana julie
juliet justine kamala karen karin karina katarzyna kate katharina katherine kathleen kathryn
katie katrin katya kavita kerstin khadija kirsten kirsty kristina krisztina lakshmi latisha
laura lauren layla leah leila lena leticia lilian lillian linda lisa liv liz ljiljana lorna
lorraine louisa louise lucia lucy luisa lydia lynn lynne madeleine madeline madison magdalena
maggie maiara malgorzata mandy manon marcela margaret margarita margot maria mariam marian
marianne marie marina marisol marit marjorie marta martha mary maryam matilda maureen maxine
meena megan melanie melissa mercy meredith merve mia michelle mildred milena mirela miriam
moira molly monica monika morwenna nadia nadine nancy naomi natalia natalie natasha neha nia
niamh nicole nina nkechi noor nora norah noura oksana olga olivia orla paola parisa patience
patricia paula pauline peggy penelope penny petra philippa phoebe pilar polly pooja priya
priyanka rachel rania rebecca regina rekha renata rhiannon rita roberta rosa rosalind rose
rosemary roxana ruth sabine sabrina sally salma samantha samira sandra saoirse sara sarah
selina seren shanice sharon sheila shirin shirley shreya sigrid silke silvia simona siobhan
snezana sofia solveig sonia sophia sophie stacey stella stephanie sunita susan susanne sushma
suzanne svetlana swati sylvia tamara tanya teresa tessa thandiwe theresa tina tracey tracy
ulrike ursula valentina valeria valerie vanessa vera veronica vicky victoria violet virginia
wanjiru wendy wilhelmina winifred yasmin yolanda yvonne zahra zainab zanele zara zeynep zoe
zsofia zuzana
"""

_MASCULINE_NAMES = """
aaron abdul abdullah abdullahi abel abraham adam adebayo adrian ahmad ahmed ahmet ajay akin
alan alastair albert alberto aled alejandro alessandro alexander alexandre alexei alfred
alfredo ali alistair amir amit anders andreas andrei andrew andrzej aneurin angus anil anthony
antoine anton antonio arif arjun arnold arthur arturo ashok augustin babajide barry bartholomew
bartosz ben benjamin bernard bilal bill billy bjorn bob bogdan bongani boris brandon brendan
brian bruce bruno bryan burak calvin cameron carl carlos cedric cem charles chinedu christian
christoph christopher chukwuemeka ciaran cillian clarence colin conor cormac craig cyril dafydd
dale damian daniel darragh darren dave david dean declan deepak dennis derek dermot desmond
diarmuid diego dieter dinesh dmitri dmitry dominic donal donald douglas dragan duncan dwayne
edgar eduardo edward emeka emmanuel emre emrys enrique eoin eric erik ernest ernesto esteban
ethan euan eugene evan fabian faisal farid felipe felix fergus fernando finn francesco francis
francisco frank franz fred frederick fritz gabriel gareth garry gary gavin geoffrey george
georgios gerald gerard gerhard giovanni giuseppe glyn goran gordon graham grant gregory
guillermo gustavo guy gwyn hamid hamish hamza hans harold harry hassan hector heinz helmut
henrik henry herbert horacio howard hugh hugo hussein iain ian ibrahim idris igor imran ioan
irfan isaac ismail istvan ivan jack jacob jakub jamal james jamil jason javier jeffrey jens
jeremy jerome jerzy jesus jiri joao joe joel johan johannes john jonathan jorge jose josef
joseph joshua juan julian julius jurgen kalpesh kamal kamran karim karl kassym keith kelvin
kemal kenneth kevin khalid kieran klaus kofi kojo konstantin krzysztof kurt kwabena kwame kwasi
lajos lamar lars laszlo lawrence leonard leonardo liam lorenzo louis luca lucas luigi luis luiz
lukas lukasz luke magnus mahesh malcolm manoj manuel marc marcel marco marcus marek mario mark
martin mateusz matthew matthias maurice max maximilian mehmet michael michal miguel mikhail
milan miroslav mohamed mohammad mohammed muhammad murray musa mustafa nasser nathan ned neil
nelson niall nicholas nicolas nigel nikola nikolai nikolaos nils noah norman obinna olaf olav
ole oleksandr oliver omar ondrej orhan oscar osman oswaldo owen pablo paolo patrick paul pavel
peadar pedro peter philip philippe pierre piotr pradeep radovan rafael rahul raj rajesh ralph
ramesh ramon randall rashid ravi ray raymond reg reginald rhys ricardo richard rob robert
roberto rodrigo roger rohit roland rolf ron ronald rory ross roy ruairi rupert russell ryan
salvador samuel sandor sanjay santiago scott seamus sean sebastian selim seosamh sergei sergio
shahid shane simon sipho stanislav stefan stephen steven stig stuart sunil suresh sven tadeusz
tadhg tariq terence thabo thomas timothy tobias tom tomas tomasz tony trevor tunde umar uwe
vaclav valentin vasily victor vijay vikram vincent vladimir waleed walter warren wayne wilfred
william wojciech wolfgang xavier yaw yevgeny youssef yuri yusuf zbigniew zoltan zoran
"""

_FEMININE_WORDS = """
mrs mrs. ms ms. miss madam madame mme mme. dame lady queen princess duchess countess baroness
empress sheikha mother mum mom wife daughter sister grandmother granddaughter aunt niece
girlfriend widow bride spokeswoman chairwoman congresswoman businesswoman councilwoman
assemblywoman policewoman sportswoman headmistress actress waitress nun stepmother
"""

_MASCULINE_WORDS = """
mr mr. sir lord king prince duke earl baron emperor sheikh emir sultan father dad husband son
brother grandfather grandson uncle nephew boyfriend widower groom spokesman chairman congressman
businessman councilman assemblyman policeman sportsman fireman headmaster actor waiter monk
stepfather pope cardinal imam
"""


def _fold(word: str) -> str:
    """Lower-cased, without accents: "José" and "jose" are one name."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_NAME_SEX = {_fold(n): FEMININE for n in _FEMININE_NAMES.split()}
_NAME_SEX.update({_fold(n): MASCULINE for n in _MASCULINE_NAMES.split()})
_WORD_SEX = {w: FEMININE for w in _FEMININE_WORDS.split()}
_WORD_SEX.update({w: MASCULINE for w in _MASCULINE_WORDS.split()})
PRONOUN_SEX = {
    "she": FEMININE, "her": FEMININE, "hers": FEMININE, "herself": FEMININE,
    "he": MASCULINE, "him": MASCULINE, "his": MASCULINE, "himself": MASCULINE,
}


def sex_of_given_name(name: str) -> str | None:
    """FEMININE, MASCULINE or None for a given name; a hyphenated one by its first part."""
    folded = _fold(name)
    found = _NAME_SEX.get(folded)
    if found is None and "-" in folded:
        found = _NAME_SEX.get(folded.split("-", 1)[0])
    return found


def sex_of_word(word: str) -> str | None:
    """FEMININE, MASCULINE or None for an honorific, a role or a relation."""
    return _WORD_SEX.get(word.lower())
