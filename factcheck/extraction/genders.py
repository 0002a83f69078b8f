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


# More given names, from Central Asia, the Caucasus, Eastern Europe, Turkey, Iran, the Arab world,
# Israel, West, East and Southern Africa, the Pacific, South and Southeast Asia, Latin America and
# Western Europe: names a reporter quotes from anywhere, each of one sex nearly always.
_MORE_FEMININE_NAMES = """
aigerim aizhan ainur dinara gulnara gulmira saule zhanar asel aruzhan aisuluu cholpon nargiza
dilnoza dilfuza malika shahnoza zarina mohira nilufar sevara lola zebo mehrangez firuza gulbahor
tahmina parvina aysel gunel sevinj aynur nigar ulviyya gulnar mehriban sabina leyla nargiz
ketevan salome natia khatia tamuna tinatin nestan anano anahit armine gayane lilit hasmik
siranush nune narine tatev tatiana tatyana natalya yelena ekaterina yekaterina yulia yuliya
lyudmila galina larisa nadezhda lyubov zoya raisa alla inna sofiya veronika ulyana milana arina
zlata olena oleksandra halyna iryna kateryna nataliya yuliia liudmyla khrystyna solomiya maryna
tetiana svitlana sviatlana volha katsiaryna maryia krystyna elzbieta zofia danuta dorota izabela
justyna aleksandra urszula iwona ilona edyta karolina sylwia ewelina jana lucie tereza eliska
marketa lenka katerina jitka michaela barbora klara kristyna adela milica marija mirjana gordana
vesna biljana jasmina tatjana zorica danijela branka slavica mila dijana suzana teodora jovana
sanja lejla amra azra emina aida elma blerta drita valbona mimoza teuta albana desislava
dimitrina rumyana tsvetanka yordanka rositsa stefka galya eleni dimitra despina vasiliki
panagiota konstantina ioana mihaela andreea raluca oana loredana camelia corina florentina
denisa madalina iulia catalina nicoleta katalin erzsebet eszter judit aniko zsuzsanna reka
ildiko zita ruta egle ausra ieva jurgita rasa daiva dalia ilze inese baiba kristine laila elina
kadri kaja liina tiina triin kersti merike piret signe esra ozlem gulsen sibel ebru burcu asli
pinar selin kubra yasemin songul sevgi hulya tulay gulay meltem nesrin dilek serap sevil nilufer
canan melek idil nasrin mahnaz azadeh niloufar roya golnaz soraya mahsa sahar nazanin fereshteh
ladan nahid parvaneh simin haleh mahboubeh masoumeh tahereh zohreh zaynab hala dina lina reem
samia sana yasmine jamila najat naima malak mona maha heba hiba ghada abir asmaa asma basma
bushra dalal doaa fadwa fairuz farida hanan rasha rawan yusra zeinab lamia marwa aya yara shira
yael rivka sarit orly ayelet hila keren limor galit merav miri osnat tzipi tzipora zehava ruti
efrat dafna shlomit liat inbal noga nurit naama avital talia ilana funke yetunde bukola titilayo
omolara olufunke bolanle adenike aderonke morenike funmi jumoke kemi bisola sade ngozi amaka
obiageli nneka adaora ogechi hauwa binta rakiya hafsat rahama saratu ladi asabe habiba bilkisu
maimuna abena ama akua yaa afia fatou awa aminata mariama khady ndeye aissatou coumba astou
rokhaya sokhna dieynaba penda oumou kadiatou hawa hadja isatou mireille chantal odile pelagie
francine josiane solange gisele antoinette therese neema rehema mwanaisha zuhura mwajuma
mwanajuma subira tatu upendo nafula nasimiyu nekesa akinyi atieno achieng adhiambo awino anyango
akoth apiyo akello tigist hiwot tirunesh meseret genet mekdes tsehay azeb senait lemlem abeba
etenesh mestawet tsige birtukan hodan ifrah faadumo sahra khadra maryan deqa fartun sagal ubah
nakato babirye nansubuga namubiru nalwoga namusoke nabukenya nakimuli nomvula nomsa lindiwe
nokuthula zodwa busisiwe nonhlanhla ntombi ntombifuthi zinhle nolwazi nomzamo nosipho noxolo
nomathemba thuli nandipha palesa dineo naledi dimakatso mapaseka puleng chipo rutendo rudo
tsitsi fadzai vimbai ruvimbo chiedza bupe namukolo inonge mutinta lushomo mwangala litia salote
losana mereoni vasiti sereana akanisi unaisi makereta lavenia asenaca sainimere torika kelera
mele losaline seini malia hine ngaire anahera miriama gita sita savita shobha usha nisha divya
shweta sneha preeti ritu seema sapna archana aarti deepika kareena madhuri sunaina poonam rani
indira sarita mamta nirmala renu shalini shilpa smita sudha tanuja vandana vidya yamini anushka
ananya aditi meenakshi pallavi rupa sangeeta shruti uma vaishali chitra radhika radha kavitha
revathi sangeetha malathi kalaivani selvi tamilselvi thenmozhi kanimozhi nithya anitha gayathri
saranya keerthana malini lalitha sravani swathi padmaja sirisha bhargavi haritha sujatha shwetha
sumalatha rakshitha ramya chaitra pavithra anjana aswathy sreeja bindu sindhu parvathy reshma
remya meera mousumi rituparna moumita sharmila mamata sreya tanushree sudeshna paromita jasleen
harleen gurleen sukhmani supriya sayali prajakta shraddha rutuja manasi sonali hetal falguni
kinjal nirali dhara hiral jigna rupal urvashi chandrika sirimavo dilrukshi nadeeka ruwani
sanduni tharushi dilani nilmini shanika bidhya sushila binita pramila bimala manisha srijana
saraswati mahnoor iqra amna sadia saima aliya benazir uzma farhana nasreen shazia samina naheed
rukhsana parveen yasmeen nighat sidra anum mehwish zubaida tabassum siti aminah fatimah azizah
rosmah faridah noraini norhayati rosnah salmah zaleha hasnah aishah khadijah puteri halimah
sharifah dewi ayu wati putri lestari wulan indah kartini megawati susilawati yuliana rini retno
endang puspita maharani novita ratih wahyuni maricel marites luzviminda corazon leni ligaya
marilou rowena analyn maribel milagros consuelo perla marissa charmaine malee siriporn pranee
somsri supaporn sukanya wanida duangjai jintana pornthip nittaya lamai mayuree sirikit yingluck
patcharee paetongtarn chanida rocio raquel nuria ainhoa begona itziar amaia inmaculada amparo
encarnacion araceli ximena jimena mariana agustina josefina micaela luciana antonella romina
yesenia guillermina lorena graciela karla susana elvira esmeralda estela eugenia dulce itzel
xochitl blanca carlota elisa francisca macarena manuela maite nerea noelia rebeca joana leonor
matilde madalena conceicao luiza larissa bruna tatiane aline priscila debora thais cristiane
fabiana dilma heloisa rafaela isadora chiara federica giorgia raffaella rossella donatella
gianna giuseppina concetta carmela assunta rosaria annunziata immacolata caterina margherita
nicoletta ornella marcella emanuela cinzia letizia mirella stefania tiziana elisabetta lucrezia
carlotta camilla gaia eleonora gunhild ragnhild hanne birgitta inger margit kristin ingvild tove
turid berit frida ebba linnea agnete mette vilde thea malin cecilie dagny lisbeth sunniva vigdis
ylva aino tuula pirjo paivi riitta sirpa leena marja kaisa kirsi satu tarja sanna minna jenni
katja ulla venla sigridur hildur thordis ragnheidur annemieke femke marieke saskia sanne lotte
mieke anneke ineke marjolein lieke anouk liesbeth hendrika janneke maartje marloes mirjam
margriet marijke gisela hildegard gertrud renate stefanie leonie lea mareike elke hannelore
annalena franziska angelika christiane cornelia amelie aurelie celine elodie emilie helene
juliette laetitia mathilde nathalie sandrine severine sylvie veronique virginie agathe anais
aurore cecile christelle colette corinne fabienne genevieve gaelle pascale solene francoise
martine marguerite noemie
"""

# The same for men.
_MORE_MASCULINE_NAMES = """
mick micky paddy nursultan yerlan erlan nurlan askar bolat serik daniyar dauren ermek yerzhan ruslan azamat
almazbek sadyr kurmanbek kanat talgat shavkat bakhodir jasur sardor sherzod ulugbek akmal
alisher farrukh jamshid otabek sanjar temur zafar anvar emomali farhod firdavs davron dilovar
jamshed heydar elchin rashad ramil rauf vugar elnur tural mahir samir ramiz fuad javid ramin
giorgi levan zurab davit irakli nikoloz lasha shota mikheil bidzina gela otar revaz beka kakha
archil sandro luka armen aram arsen ashot avetik gagik garegin gevorg grigor hayk sargis tigran
vardan hakob aleksandr sergey andrey alexey aleksei nikolay anatoly gennady fyodor evgeny leonid
maksim kirill artem denis ilya lev volodymyr oleksiy andriy mykola petro yuriy serhiy dmytro
bohdan vasyl ihor oleh yevhen maksym alyaksandr aliaksandr siarhei uladzimir mikalai viktar
pawel marcin jacek grzegorz stanislaw ryszard kazimierz lech witold szymon maciej rafal artur
patryk hubert kacper dawid filip konrad henryk ignacy jaroslav petr jaromir miloslav milos janez
borut matjaz primoz ziga andrej aleksandar marko dejan nenad slobodan vojislav zeljko branko
stevan ivica tomislav zvonimir kresimir davor darko mladen ivo josip jovan petar edin haris
adnan arben besnik ermal fatos gentian ilir lulzim boyko rumen georgi hristo ivaylo krasimir
lyubomir todor vasil dimitar petko dimitrios konstantinos ioannis panagiotis christos vasileios
athanasios evangelos spyros stavros antonis petros pavlos stefanos gheorghe vasile constantin
mihai nicolae dumitru florin alexandru catalin cosmin cristian emil lucian marius radu viorel
vlad ionut janos gabor ferenc attila tamas jozsef gyorgy imre gyula karoly levente tibor zsolt
vytautas algirdas gediminas mindaugas darius andrius arturas audrius dainius donatas linas
mantas rimantas saulius janis andris juris valdis raimonds edgars toomas jaan tonis priit jaanus
kaido margus kristjan rasmus huseyin murat ramazan halil suleyman mahmut recep salih serkan
hakan volkan berk kerem ozan sinan tarik yasin fatih enes mert yunus hossein reza mehdi abbas
saeed majid javad mahmoud mohsen mostafa hadi hamed hamidreza alireza mohammadreza gholam
ebrahim esmaeil farhad dariush kourosh masoud omid arash navid yasser khaled abdallah
abdulrahman abdel tarek walid saad saleh sami fahd fahad nabil majed marwan mazen bassam emad
imad fadi fouad ghassan hani hisham yahya zakaria ziad ayman anas adel amr ayoub salman hakim
moshe yosef avraham yitzhak yaakov shlomo eitan itai avi dov ehud gideon gilad ilan itamar meir
menachem naftali nadav zeev asher boaz chaim erez haim nir ofer yossi mordechai aharon avner
baruch olusegun babatunde olumide kayode akinwumi adewale gbenga segun kunle rotimi kolawole
tunji ayodeji ademola adekunle obafemi nnamdi ikenna chukwudi ugochukwu chukwuma ikechukwu
azubuike chijioke abubakar usman sani aliyu garba nasiru shehu umaru danjuma kabiru mustapha
atiku murtala adamu bashir jibril kwaku kwadwo kwesi kobina ekow kweku mamadou moussa ousmane
abdoulaye cheikh ibrahima modou lamine babacar aliou pape souleymane malick amadou boubacar
djibril idrissa bakary sekou seydou oumar alassane sadio thierno lamin ebrima momodou faustin
celestin evariste honore anicet fulbert landry severin juma jabari hamisi bakari rashidi omari
khamis abiy meles haile tewodros dawit yohannes girma tesfaye mulugeta alemayehu bekele kebede
tadesse getachew berhanu amanuel dereje ermias eyob isaias abdi abdirahman abdiqani abdirashid
abdikarim mohamud mahad wasswa waiswa kizza themba sibusiso mandla jabulani sandile siyabonga
mthunzi sizwe thulani nkosinathi sifiso xolani njabulo tshepo thapelo teboho lehlohonolo
moeketsi tsietsi seretse kabelo molefi sello tonderai tawanda simbarashe tichaona tongai garikai
sitiveni josaia epeli isikeli waisale viliame tevita apisai sevanaia inoke mosese savenaca
tomasi sione siosaia viliami taniela semisi ioane wiremu hemi rawiri mikaere tamati rewi tipene
hohepa ganesh mukesh rakesh rajiv sandeep vinod arun varun karan sachin vikas sumit ankit nitin
pankaj gaurav saurabh abhishek akshay aditya aarav vivaan ishaan narendra mohan gopal naveen
prakash praveen sahil siddharth tarun vishal yash nikhil rohan vishnu arvind gautam hari murugan
senthil karthik karthikeyan saravanan selvam arumugam balaji kumaran velu elango venkatesh
murali srinivas ramana chiranjeevi nagarjuna prabhas srikanth basavaraj siddaramaiah shivakumar
puneeth darshan sudeep anoop biju sajan shaji shibu sreejith sreekumar ajith mohanlal vijayan
amartya rabindranath sourav saurav subhas subrata sudip sujoy arijit debashish dibyendu mujib
ziaur shakib tamim mashrafe mushfiqur mahmudullah rafiq rahim shafiq tanvir anwar harbhajan
sukhbir manmohan amarinder bhagwant jagjit sharad uddhav ajit vilas vitthal dattatray pandurang
hitesh jignesh paresh bhavesh mitesh ketan mahinda gotabaya ranil sajith anura chaminda lasith
mahela sanath arjuna nuwan gyanendra birendra dipendra khadga bimal binod nawaz shahbaz asif
bilawal shoaib waqar wasim inzamam babar fawad ahsan asad atif junaid mohsin nadeem naveed
rizwan saqib tahir farhan javed kashif nasir sajid mahathir najib muhyiddin azmin hishammuddin
khairy hafiz amirul haziq danial razak zulkifli joko bambang budi agus susilo prabowo eko hendra
rudi arief dedi gatot heru iwan rahmat ridwan slamet taufik ferdinand benigno manny rodel renato
rolando romeo rogelio danilo somchai somsak prayut thaksin anutin surachai somkiat wichai
prasert sombat sakda prawit thanathorn srettha andres raul gonzalo ignacio joaquin mateo matias
emilio jaime marcos ruben gaspar hernan iker leandro ramiro unai aitor xabier mikel inaki paulo
thiago tiago mateus vinicius guilherme henrique joaquim jair nuno rui vitor caio davi andre
fabio vincenzo pietro salvatore carlo domenico giorgio matteo davide stefano riccardo massimo
maurizio fabrizio vittorio gunnar ragnar leif knut torbjorn trond geir arne terje kjell haakon
soren mads niels frederik mikkel fredrik gustav oskar axel kristian juha jukka matti mikko pekka
timo antti heikki jari markku petri tapio teemu ville jussi ilkka seppo tuomas eero ilmari toivo
aleksi juho lasse gudni bjarni olafur sigmundur halldor thorsteinn pieter hendrik willem
cornelis gerrit jacobus kees klaas joost bram daan thijs jeroen maarten wim floris bastiaan henk
piet ruud frans werner horst manfred heinrich friedrich ulrich rainer gunter gunther siegfried
moritz niklas joachim ralf wilhelm hermann ludwig otto jacques michel alain francois christophe
laurent stephane sebastien frederic olivier thierry didier pascal yves herve etienne quentin
romain yann arnaud baptiste
"""

def _fold(word: str) -> str:
    """Lower-cased, without accents: "José" and "jose" are one name."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_NAME_SEX = {_fold(n): FEMININE for n in (_FEMININE_NAMES + _MORE_FEMININE_NAMES).split()}
_NAME_SEX.update({_fold(n): MASCULINE for n in (_MASCULINE_NAMES + _MORE_MASCULINE_NAMES).split()})
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
