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
abby abigail ada adaeze adanna adele adwoa afua agata agatha agnes agnieszka aileen aine aisha
aishwarya aiyana akosua alejandra alessandra alexandra alice alicia alina alisha alison allison
alma amanda amara amber amelia amina amira amy ana anastasia angela angelina anita anjali anke
ann anna annabel anne annette annie annika antonia anya aoife arabella ariana asha ashanti
astrid audrey aurora ava ayesha ayse bahar barbara barbra beata beatrice beatriz belinda
bernadette bernice bertha beth bethany betsy betty beverley beverly bianca birgit bonnie brenda
brianna bridget brigid brigitte britta brittany bronwen brooke busra caitlin camila candice
carla carly carmen carol carole caroline carolyn carrie cassandra catarina catherine cathy
cecilia celia charlotte cheryl chiamaka chidinma chinwe chioma chloe christa christina
christine ciara cindy claire clara clare clarissa claudia clodagh colleen constance courtney
cristina crystal cynthia dagmar daisy daniela daniella danielle daphne daria dawn debbie
deborah debra deepa deirdre delia delphine denise diana diane dolly dolores dominika donna
doreen doris dorothy dragana edith edna eileen eilidh elaine eleanor elena elif elise eliza
elizabeth ella ellen eloise elsa emilia emily emine emma emmeline erica erika erin esi esme
estelle esther ethel eva ewa faith fatemeh fatima fatma fatoumata fay faye felicity fernanda
fiona flora florence folake frances francesca freya frieda funmilayo gabriela gabriella
gabrielle geeta gemma georgette georgia georgina geraldine gertrude gillian gina giovanna
giulia gladys glenda gloria grace grazyna greta gráinne gudrun gwen gwendolyn gwyneth hadiza
hafsa halima halina hana hannah harriet hatice hattie hayley hazel heather heidi heike helen
helena helga hilda hillary holly hope huda ifeoma ilse imelda imogen ines ingeborg ingrid irena
irene irina iris irma isabel isabella isabelle isla ivana ivy jacqueline jadwiga jane janet
janice jasmine jayne jeanette jeanne jelena jenna jennifer jenny jessica jill joan joanna
joanne jocelyn jodie johanna jolanta josephine josie joy joyce judith judy julia juliana julie
juliet justine kamala karen karin karina katarzyna kate katharina katherine kathleen kathryn
kathy katie katrin katya kavita kay kayla kelsey kerstin khadija kirsten kirsty krista kristina
krisztina lacey lakshmi lana lara latisha laura lauren layla leah leanne leila lena leticia
libby lila lilian lillian lily linda lisa liv liz ljiljana lois lorna lorraine lottie louisa
louise lucia lucille lucy luisa lulu lydia lynn lynne mabel madeleine madeline madison mae
magdalena maggie maiara malgorzata mandy manon marcela marcia margaret margarita margo margot
maria mariam marian marianne marie marilyn marina marisol marit marjorie marlene marta martha
martina mary maryam matilda maud maude maureen mavis maxine meena megan melanie melinda melissa
mercy meredith merve mia michelle mildred milena millie minnie miranda mirela miriam moira
molly monica monika morwenna myra nadia nadine nancy naomi natalia natalie natasha neha nell
nellie nia niamh nicole nina nkechi noor nora norah noreen noura oksana olga olive olivia opal
orla paige pam pamela paola parisa patience patricia patsy paula pauline pearl peggy penelope
penny petra philippa phoebe phyllis pilar polly pooja poppy priscilla priya priyanka queenie
rachael rachel ramona rania rebecca rebekah regina rekha renata rhiannon rhoda rita roberta
rosa rosalie rosalind rose roseanne rosemary rosie roxana roxanne ruth sabine sabrina sadie
sally salma samantha samira sandra saoirse sara sarah selina selma seren serena shanice sharon
shauna sheila sheryl shirin shirley shreya sian sigrid silke silvia simona siobhan snezana
sofia solveig sonia sophia sophie stacey stacy stella stephanie sue sunita susan susanne sushma
susie suzanne svetlana swati sylvia tabitha tamara tammy tanya tara teresa tess tessa thandiwe
thelma theresa tiffany tina tracey tracy trudy ulrike una ursula valentina valeria valerie
vanessa vera verity veronica vicky victoria violet virginia vivienne wanda wanjiru wendy
wilhelmina wilma winifred winnie yasmin yolanda yvette yvonne zahra zainab zanele zara zelda
zeynep zoe zoey zsofia zuzana
kimberly evelyn lori jen meg deb becky roisin sinead
"""

_MASCULINE_NAMES = """
aaron abdul abdullah abdullahi abel abraham adam adebayo adrian ahmad ahmed ahmet aidan ajay
akin alan alastair albert alberto aled alejandro alessandro alexander alexandre alexei alfie
alfred alfredo ali alistair amir amit anders andreas andrei andrew andrzej aneurin angus anil
anthony antoine anton antonio archie arif arjun arnold arthur arturo ashok augustin babajide
barry bartholomew bartosz ben benjamin bernard bilal bill billy bjorn bob bogdan bongani boris
brad bradley brandon brendan brett brian bruce bruno bryan burak callum calvin cameron carl
carlos cecil cedric cem chad charles chinedu christian christoph christopher chukwuemeka ciaran
cillian clarence clifford clint colin colm connor conor cormac craig curtis cyril dafydd dale damian
damien daniel darragh darren dave david dean declan deepak dennis derek dermot desmond diarmuid
diego dieter dinesh dmitri dmitry dominic donal donald douglas dragan duncan dwayne dwight earl
edgar eduardo edward elmer emeka emmanuel emre emrys enrique eoin eric erik ernest ernesto
esteban ethan euan eugene evan fabian faisal farid felipe felix fergus fernando finn floyd
francesco francis francisco frank franz fraser fred frederick fritz gabriel gareth garry gary
gavin geoffrey george georgios gerald gerard gerhard gerry giovanni giuseppe glen glenn glyn
goran gordon graham grant gregory guillermo gustavo guy gwyn hamid hamish hamza hans harold
harry harvey hassan hector heinz helmut henrik henry herbert herman homer horacio howard hugh
hugo hussein iain ian ibrahim idris igor imran ioan irfan irving isaac ismail istvan ivan jack
jacob jake jakub jamal james jamil jason javier jeffrey jens jeremiah jeremy jerome jerry jerzy
jesus jimmy jiri joao joe joel johan johannes john johnny jonah jonathan jorge jose josef
joseph josh joshua juan julian julio julius jurgen kalpesh kamal kamran karim karl kassym keith
kelvin kemal kenneth kenny kevin khalid kieran klaus kofi kojo konstantin krzysztof kurt
kwabena kwame kwasi kyle lajos lamar lars laszlo lawrence leon leonard leonardo lewis liam
lionel lloyd lorenzo louis luca lucas luigi luis luiz lukas lukasz luke luther magnus mahesh
malcolm manoj manuel marc marcel marco marcus marek mario mark martin marvin mateusz matthew
matthias maurice max maximilian mehmet melvin michael michal miguel mike mikhail milan milton
miroslav mitchell mohamed mohammad mohammed morris muhammad murray musa mustafa nasser nathan
nathaniel ned neil nelson neville niall nicholas nick nicolas nigel nikola nikolai nikolaos
nils noah norman obinna olaf olav ole oleksandr oliver omar ondrej orhan oscar osman oswaldo
otis owen pablo paolo patrick paul pavel peadar pedro percy perry pete peter phil philip
philippe phillip pierre piotr pradeep radovan rafael rahul raj rajesh ralph ramesh ramon
randall rashid ravi ray raymond reece reg reginald rhys ricardo richard rick ricky rob robbie
robert roberto rodney rodrigo roger rohit roland rolf ron ronald ronan rory ross roy ruairi
rudolph rufus rupert russell ryan salvador samuel sandor sanjay santiago scott seamus sean
sebastian selim seosamh sergei sergio seth shahid shane sidney simon sipho spencer stanislav
stanley stefan stephen steve steven stewart stig stuart sunil suresh sven sylvester tadeusz
tadhg tariq ted teddy terence terrence thabo thaddeus theo theodore thomas tim timothy tobias
toby todd tom tomas tomasz tommy tony travis trevor tristan troy tunde umar uwe vaclav valentin
vasily vernon victor vijay vikram vincent vladimir wade waleed wallace walter warren wayne
wesley wilfred will william willie winston wojciech wolfgang xavier yaw yevgeny youssef yuri
yusuf zach zachary zbigniew zoltan zoran
larry justin greg tyler austin dylan logan elijah randy bobby chuck doug jim ken jeff matt dan andy
jon danny wes ewan oisin padraig
"""

_FEMININE_WORDS = """
mrs mrs. ms ms. miss madam madame mme mme. dame lady queen princess duchess countess baroness
empress sheikha mother mum mom wife daughter sister grandmother granddaughter aunt niece
girlfriend widow bride spokeswoman chairwoman congresswoman businesswoman councilwoman
assemblywoman policewoman sportswoman headmistress actress waitress nun stepmother postwoman
woman girl
"""

_MASCULINE_WORDS = """
mr mr. sir lord king prince duke earl baron emperor sheikh emir sultan father dad husband son
brother grandfather grandson uncle nephew boyfriend widower groom spokesman chairman congressman
businessman councilman assemblyman policeman sportsman fireman headmaster actor waiter monk
stepfather pope cardinal imam postman fisherman
man boy
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


def sex_of_description(description: str) -> str | None:
    """The sex a description of an unnamed source gives ("a spokeswoman for the council", "one
    mother"), from its words before any "for", "of" or "at"; None when they give none or disagree."""
    found = None
    for word in description.split():
        if word in ("for", "of", "at", "from", "with", "in"):
            break
        sex = _WORD_SEX.get(word.lower())
        if sex is not None:
            if found is not None and sex != found:
                return None
            found = sex
    return found
