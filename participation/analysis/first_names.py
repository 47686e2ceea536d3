"""First names the redaction knows even when written in lower case ("im jamie", "my brother tom"), for the names the
English word list shipped with TextBlob does not hold (its proper nouns are mostly American and older). Names young
people in English councils' care give most often, from birth-name lists of the years they were born, and names of the
countries unaccompanied children most often come from (Afghanistan, Eritrea, Albania, Vietnam, Iran, Iraq, Sudan,
Syria), and short forms; and names the adults around them (workers, carers, teachers) and the communities in
councils' care most often have: Polish, Romanian, Arabic, Urdu, Pashto and Dari, Tigrinya, Kurdish, Albanian and
Vietnamese given names, as written in English. Lower case.
Names that are also ordinary words ("will", "grace", "hope", "mark") are in AMBIGUOUS_NAMES: read as a name only
with a cue (capitalised mid-sentence after "tell", "with", "my friend"; before "said" or "and me"), before a family
name ("jade thompson") or spelt out letter by letter ("J A D E").
Plain Python, no Flask and no database (the import-linter contract "pure-text")."""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
    aaliyah aaron abdul abdullah abdullahi abel abigail abu adam adnan ahmad ahmed aiden aisha aiyana ajay alex
    alexander alfie ali alice alicia alisha alyssa amani amara amber amelia amelie amina amir amira amy ana anas
    andre andrei andrew angel aniyah anna annabelle anthony archie arlo aria arian arjun arthur arya aryan asha
    ashton aspen aston aurora austin ava awet ayaan ayan ayesha aylin ayo ayaan bailey bella ben benjamin besnik
    beth bethan bethany billy bilal blake bobby bradley brandon brooke brooklyn caleb callum cameron carla carter
    casey charlie charlotte chelsea chloe ciara cody connor corey courtney dakota daniel danielle danny darcey
    darcie darcy darius dawit declan demi dexter dylan eden elena eli elias elijah elira eliza ellie ellis
    elliot elliott elsie emily emilia emma endrit eric erin ermal esme ethan evan evie ezra faisal farah
    farhan fatima fatuma filmon finley finn finnley fiona frankie freddie freya gabriel gabriella gemma
    georgia georgie gracie hafsa halima hamid hamza hannah harley harper harriet harris harrison harry harvey
    hassan hayden heidi helen hollie hussain hussein ibrahim idris imogen imran isaac isabel isabella isabelle
    isaiah isla ismail ivan jack jackson jacob jade jaden jake jamal james jamie jasmine jason jay jayden jaylen
    jenson jessica jodie joel john jordan joseph josh joshua jude julia junior kai kaiden karim karina kayden
    kayla keira kelsey khadija khalid kian kiera klajdi kyle kyra lacey layla leah leila leo leon levi lewis
    lexi liam lilly lily logan lola lottie louie louis luca lucas lucy luke lydia maddison madison mahamed
    maisie maria mariam marcus mariya maryam mason matilda matthew maya megan mehmet merhawi mia michael mikey
    millie minh mo mohamed mohammad mohammed molly mollie muhammad mustafa nadia nathan niamh nikita noah
    nour nyla oakley olivia omar oscar owen paige phoebe piper poppy priya rahim rashid reece reggie rhys
    riley robyn ronnie rory rosie ryan sadia safa sami samir samuel sana sara sarah scarlett sean sebastian
    selam semhar senait sienna simran sofia sonny sophia sophie stanley summer taylor teddy tesfay theo
    thomas tia tiana tilly toby tommy tyler tyrese violet wiktoria wren yasin yasmin yohannes yonas yusuf
    zac zach zachary zain zainab zak zara zayn zoe zuzanna
    ben dan jo joe kim lee liv izzy sam tom alfie harvey jess becca ellie-mae
    amber angel faith grace hope ivy jack jade max ruby rose summer will
    """.split()
)

# Adults' names young people write about (social workers, PAs, carers, teachers), and British names the list above
# lacks.
FIRST_NAMES |= frozenset(
    """
    oliver george william henry edward david peter paul steven stephen kevin gary craig darren wayne kieran shane
    ashley kirsty stacey laura rebecca natalie samantha lauren danielle kayleigh shannon chantelle tanya karen
    tracey michelle lisa sharon julie nicola claire kelly joanne louise sian rhiannon ffion cerys caitlin dafydd
    gethin owain iwan sion tomos osian rachel debbie dave steve mike chris ian neil tony pete phil andy bev ann
    anne jane kate liz sally jenny angela mandy tina wendy nicky vicky becky ruth faye gail jackie linda margaret
    janet sandra susan donna terry barry colin derek keith graham simon martin adrian stuart alan brian jason
    carl marc lloyd clive trevor norman jim ollie alfie jenna kerry leanne jodie carly hayley zoey aimee abbie
    abby katie kirsten jasmin tyrone jermaine kyle jamal dwayne shanice tia-mai kacey macy mya nevaeh
    harry john lucy maria louis charlotte mason jasmine sana aria aspen bobby piper sienna sonny maya jay lacey
    """.split()
)

# Names from the communities in councils' care, as written in English.
FIRST_NAMES |= frozenset(
    """
    oliwia zuzanna wiktoria zofia maja hanna lena alicja natalia kacper jakub szymon filip bartosz mateusz michal
    kuba piotr pawel wojciech krzysztof tomasz dominik igor oskar wiktor marcel antoni kamil patryk karolina
    magdalena aleksandra agnieszka gosia kasia basia dawid lukasz marek grzegorz weronika martyna paulina klaudia
    nikola bogdan
    alexandru ionut mihai stefan vlad razvan florin marius sorin catalin andreea ioana bianca denisa larisa alina
    cristina diana raluca roxana mihaela georgiana daria alesia ionela madalina iulia irina radu dragos costel
    nicoleta florentina ilie petru sergiu daniela cristian
    youssef yousef yousif tariq zaid ziad nabil walid majid rami fadi hadi amr yasser ayman osama salim saleh
    mahmoud adel noor huda rania dina amal hiba rana lina salma reem hala aya jana ruqayya sumaya safiya hanan
    hajar fatma ahmed ahmet abdirahman abdi
    usman umar zain arslan kamran asif shahid waqas adeel saad rayyan haris danyal zayan aqsa hira iqra mehwish
    nimra amna anum maham mahnoor rabia saima sidra uzma zoya kiran bushra sobia begum
    ahmadullah ajmal baryalai farid faridullah fawad gul hamidullah haroon hayatullah hekmat idrees ilyas jawad
    javid javed mahmood masood mirwais mujtaba nasir naveed noorullah omid qasim rahmat rahmatullah reza sadiq
    safi samiullah shafiq shakib sohail tamim wahid waheed wali yama zabiullah zahir zaki zalmai zia ziaullah
    ehsan elham farhad mansoor murtaza najib rafi habib hakim homayoun jamshid nawid parwiz sayed shahram zahra
    marzia nargis shabnam parisa sahar roya mina soraya laila malalai malala nazanin zarghona farzana freshta
    fereshteh hosna nilofar setara samira madina hadia arezo zohal
    yosief yemane mehari mussie robel ruta saba segen simon tekle teklay tsegay tesfalem tesfaldet kibrom habtom
    haben hiwet luwam meron milka nahom natnael rahwa siem winta yordanos yafet ermias eyob abraham aron biniam
    efrem elsa feven freweini goitom hagos hailu kidane mebrahtu medhanie mulugeta nebiat rezene selamawit
    semere tedros tesfamariam weini yared
    rebin rebaz shilan hawre aso dilan diyar hiwa karwan kawa nawzad sherko shvan soran zana zhino rezhna avin
    helin jiyan lana nazdar roza rojin shirin sozan azad baran berivan hemin hozan kamaran rawand rizgar serwan
    shaho shorsh zirak aram ari awat bakhtiar botan dara darya hardi hersh kani karzan lawin
    arben arber ardit arlind bledar besart dritan elton erion fation florian gentian gezim ilir kledi klevis
    kristi lorik luan marsel mario olsi orges redon rigels sokol taulant valon xhoni ylli alban andi anxhela
    besa bora brikena dorina elona entela fjona flutura jonida klea kristina lindita marsela megi mirela rovena
    valbona xhesika ajola arta blerta dea enkela erisa ornela sidorela
    anh binh cuong duc giang hanh hieu hoang huong huy khanh khoa linh ngoc nhung phuong quang quynh thanh thao
    thuy tien trang trinh trung tuan vinh xuan nguyen
    """.split()
)

# Names that are also ordinary words (or months, places, teams): a name only with a cue, never on their own.
AMBIGUOUS_NAMES = frozenset(
    """
    will grace hope faith rose bill jack mark may summer amber angel ivy jade max mo sunny dawn joy penny holly
    daisy poppy lily olive pearl violet autumn sky skye river storm sandy rob nick pat sue carol dean ray guy
    frank drew rich jan june april august rusty chance hunter harmony destiny precious patience mercy honour
    justice teddy junior ayo tara era asma amin sultan an long son hung dung nam lan mai ha hai tam van yen chi
    loan my thu bao vu hong zara
    """.split()
)
# Names that are ordinary words in another language young people write in Latin letters: Vietnamese without its
# marks ("nhung" is "but", "tien" money), Albanian, Kurdish, Dari, Tigrinya, Arabic and Urdu words.
AMBIGUOUS_NAMES |= frozenset(
    """
    anh minh linh thanh nhung tien hieu tuan binh trang trung khoa huong duc hanh
    besa luan jiyan baran hiwa kani awat aso gul omid selam amal hala habib
    """.split()
)
# Names that are also places or teams ("Chelsea", "Jordan", "Victoria Road"): a name only with a cue, in any case.
PLACE_LIKE_NAMES = frozenset(
    "chelsea georgia jordan brooklyn aston austin florence sydney paris india kenya jersey devon victoria "
    "albert".split()
)
FIRST_NAMES |= AMBIGUOUS_NAMES | PLACE_LIKE_NAMES
