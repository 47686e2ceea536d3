"""English lexicon: themes, safeguarding screening, negators and text-speak.

English is applied to every comment whatever its language (mixed-language answers and English text-speak
are common), so this list covers British English, young people's slang and the words of the field as
children in care and care leavers use them. Patterns are written in ordinary spelling; see
participation.analysis.lexicon for how they are read ("*" = stem, "..." = gap of up to three tokens, plain
words also match plus "s"/"es").

Besides the disclosure patterns, CRIES are bare cries for help ("please help", "can someone ring me") that count
unless a CRY_BLOCKERS word follows ("help me with my cv"), and IDIOMS are look-alikes ("hit me with a pillow",
"scared of my exams", "learnt about fgm in pshe") that cancel disclosure words next to them. Weak-signal groups
added for particular harms (chores, marriage, gifts, reluctant visits...) count only beside their partners
(participation.analysis.engine.WEAK_PARTNERS).

Written with the other languages in mind: a bare word that is common in Welsh, Polish or Romanian ("pa",
"care", "in care", "mam", "ma", "da", "u", "o", "y", "w", "cos", "od", "pic", "ty", "ni") is never a
pattern or a text-speak key here; such words appear only inside English phrases. Single words of six
letters or more that sit next to a common word (father/rather, mother/others, worker/worked) are written
as stems, which the engine does not correct by one letter.
"""

from __future__ import annotations

LANGUAGE = "en"

THEMES: dict[str, list[str]] = {
    "family-time": [
        "family time", "famil*", "fam time", "my fam", "the fam", "contact centre*", "contact visit*",
        "contact session*", "contact room*", "supervised contact", "supervised visit*", "letterbox",
        "mum", "mummy", "mom", "mama", "my mam", "me mam", "dad", "daddy", "my da", "father*", "mother*",
        "parents", "my parent*", "birth parent*", "brother", "my ... bro", "my bruv", "sister", "my ... sis",
        "sibling*", "stepbrother*", "stepsister*", "stepdad*", "stepmum*", "stepfather*", "stepmother*",
        "nan", "nana", "nanna", "nanny", "nain", "gran", "granny", "grandm*", "grandp*", "grandf*",
        "grandad*", "granddad*", "aunt*", "uncle", "cousin*", "relative", "miss my", "missing my",
        "see them more", "allowed to see", "visit* my", "video call*",
    ],
    "home-and-stability": [
        "my home", "this home", "our home", "new home", "feel at home", "feels like home", "feel like home",
        "moved home*", "move home*", "moving home*", "placement*", "carer*", "foster*", "childrens home*",
        "children home*", "kids home*", "care home*", "residential", "resi", "group home*", "my house",
        "live with", "living with", "where i live", "where i stay", "where im living", "moved", "moves",
        "moving", "move again", "keep moving", "been moved", "settle*", "unsettled", "stable", "stability",
        "stay here", "want to stay", "able to stay", "let me stay", "permanen*", "long term",
        "forever family", "forever home", "special guardian*", "sgo", "kinship", "adopt*", "rules",
        "bedroom*", "my room", "own room", "share a room", "curfew*", "staff", "out of area",
        "belong*", "bin bag*", "part of the family", "treated like family",
    ],
    "workers": [
        "social work*", "social services", "personal advis*", "my pa", "the pa", "new pa", "pa is", "pa was",
        "pa has", "pa never", "pa doesnt", "iro", "independent review* officer*", "reviewing officer*",
        "key worker*", "keyworker*", "support worker*", "youth worker*", "case worker*", "worker*",
        "advisor*", "adviser*", "team manager*", "duty team", "duty worker*", "out of hours",
        "agency worker*", "locum*", "caseload*", "change* worker*", "keep changing", "keeps changing",
        "kept changing", "never answer*", "doesnt answer", "dont answer", "call me back", "call back",
        "ring me back", "ring back", "text back", "get hold of", "get in touch", "cant reach", "reply",
        "replies", "turn up", "turns up", "cancel*", "visit me", "visits me", "come and see me",
        "too busy", "always busy", "reliable", "unreliable", "consistent", "professional*", "mentor*",
    ],
    "being-heard": [
        "listen* to me", "listen* to us", "listen* to what", "listen* to young", "listen* to kids",
        "listen* to children", "listened", "listens", "dont listen", "doesnt listen", "never listen*",
        "feel heard", "be heard", "being heard", "not heard", "my voice", "our voice*", "have a voice",
        "have a say", "a say in", "no say", "my view*", "our view*", "views", "opinion*",
        "wishes and feelings", "asked me what", "ask me what", "never asked", "nobody asked",
        "no one asked", "consult*", "involve*", "decision*", "decide*", "choice", "my review*",
        "review meeting*", "lac review*", "reviews", "meetings", "my meeting*", "children in care council*",
        "care leavers forum*", "youth forum*", "youth council*", "young inspector*", "participation",
        "take part", "taking part", "speak up", "acted on", "nothing changes",
        "nothing changed", "you said we did", "feedback", "survey*", "taken seriously", "ignored",
        "ignore* me",
    ],
    "language-and-stigma": [
        "lac", "looked after child*", "looked after kid*", "care kid*", "care child*", "care experienced",
        "label*", "vulnerab*", "jargon", "the words", "words they use", "words you use", "words used",
        "the word", "language they use", "language you use", "stop calling", "calling it", "call it",
        "call* ... placement", "call* ... contact", "stereotyp*", "stigma*", "judg*", "prejudic*",
        "preconcept*", "assum*", "treated differently", "treat* ... differently", "different to other*",
        "different from other*", "like everyone else", "like other kids", "normal kid*", "normal teenager*",
        "normal life", "embarrass*", "ashamed", "shame", "singled out", "pity", "feel sorry for",
        "everyone knows", "people know", "teachers know", "the press", "newspaper*", "the news",
        "written about me", "what they write", "what you write", "follow* you", "for life", "reputation",
        "problem child*", "troubled*", "naughty", "bad kid*", "troublemaker*", "respite*",
    ],
    "identity-and-culture": [
        "cultur*", "religio*", "faith", "mosque*", "church*", "temple*", "gurdwara*", "pray*",
        "halal", "ramadan", "eid", "diwali", "muslim*", "islam*", "christian*", "hindu*", "sikh*", "jewish",
        "race", "racis*", "ethnic*", "black", "heritage", "my hair",
        "my food", "my language", "first language", "interpreter*",
        "where im from", "where i come from", "my country", "back home", "identit*", "who i am",
        "gender*", "trans", "transgender", "nonbinary", "non binary", "pronoun*", "lgbt*", "gay",
        "lesbian", "bisexual", "queer", "sexuality", "coming out", "life story", "later life letter*",
        "into care", "why im in care", "why i was taken", "my history",
        "asylum", "refugee*", "uasc", "unaccompanied", "home office", "immigration", "disab*",
    ],
    "education": [
        "school*", "college", "uni", "universit*", "tutor*", "tuition", "exclu*", "suspend*", "suspension",
        "detention*", "teacher*", "headteacher*", "teaching assistant*", "classroom*", "my class",
        "in class", "exam", "gcse*", "a level*", "alevel*", "btec*", "qualification*", "grades", "revision",
        "homework", "coursework", "virtual school*", "virtual head*", "pep", "personal education plan*",
        "ehcp", "senco", "special needs", "learning support", "pru", "pupil referral",
        "alternative provision", "sixth form", "6th form", "year 10", "year 11", "year 12", "year 13",
        "educat*", "learning*", "study", "studies", "studying", "student*", "degree", "my course",
        "college course*", "a course", "attendance", "truant*", "bunk* off", "skiv*", "maths", "dyslexi*",
        "uniform",
    ],
    "health-and-wellbeing": [
        "mental health", "wellbeing", "well being", "anxi*", "depress*", "stress*", "low mood", "feel* low",
        "feel* sad", "im sad", "lonel*", "isolated", "panic*", "overwhelm*",
        "worr*", "upset", "angry", "emotion*", "cry*", "sleep", "sleeping",
        "nightmare*", "tired", "doctor*", "gp", "dentist*", "optician*", "glasses*",
        "hospital*", "nurse*", "health*", "medic*", "meds", "camhs", "counsel*", "therap*",
        "psycholog*", "psychiatr*", "someone to talk to", "talk to someone", "waiting list*",
        "eating disorder*", "weight*", "trauma*", "ptsd", "adhd", "autis*", "diagnos*", "alcohol",
        "drinking", "smok*", "vap*", "weed", "cannabis", "sexual health", "pregnan*",
        "self esteem", "confidence", "hate my life", "nhs",
    ],
    "safety": [
        "safe", "safety", "unsafe", "bully*", "bulli*", "cyberbull*", "online harm*", "online safety",
        "stranger*", "groom*", "exploit*", "county lines", "gang*", "knife", "knives", "weapon*", "stab",
        "stabbed", "stabbing", "violen*", "fight", "fighting", "police*", "cops", "arrest*",
        "go missing", "went missing", "gone missing", "going missing", "reported missing", "missing from",
        "run away", "ran away", "running away", "runaway", "scared", "scary", "afraid", "frighten*",
        "danger*", "at risk", "threat*", "harass*", "abus*", "crime*", "criminal*",
        "youth offending", "yot", "drug*", "predator*", "catfish*", "hacked*", "nudes", "sexting",
        "traffick*", "opps", "mugged", "robbed", "attacked*", "assault*",
    ],
    "leaving-care": [
        "leaving care", "leave care", "left care", "leaving care grant", "care leaver*", "pathway*",
        "pathway plan*", "staying put", "stay put", "staying close", "setting up home",
        "setting up home allowance", "setting up home grant", "leaving home", "independence",
        "independent living", "independently", "life skills", "living skills", "independent skills",
        "adult life", "adulthood", "adult services", "grow* up", "turn* 18", "turning 18", "at 18",
        "when im 18", "after 18", "until 21", "till 21", "up to 25", "until 25", "local offer",
        "care leavers offer", "leaving care offer", "leaving care team", "leaving care worker*", "aftercare",
        "after care", "ready for adult*", "ready to leave", "ready to live", "cliff edge", "moving on",
        "move on", "transition*", "learn to cook", "cooking", "look after myself", "looking after myself",
        "care leavers week", "covenant",
    ],
    "housing": [
        "housing", "accommodation", "my flat", "own flat", "flat", "flatmate*", "flatshare", "bedsit*",
        "hostel*", "supported accommodation", "supported housing", "supported lodging*", "lodging*",
        "semi independ*", "tenancy", "tenancies", "tenant*", "landlord*", "rent", "rental", "deposit*",
        "council tax", "council house*", "council flat*", "housing officer*", "housing options",
        "housing register", "housing association*", "social housing", "bidding", "homeless*", "sofa surf*",
        "nowhere to live", "nowhere to stay", "evict*", "kicked out", "temporary accommodation",
        "bed and breakfast", "sleep* rough", "furniture", "furnish*", "carpet*", "curtain*", "white goods",
        "fridge*",
        "cooker", "washing machine*", "mould", "damp", "repair*", "neighbour*", "move in", "moved in",
        "moving in", "keys", "proper home", "house share", "shared house", "utilities", "heating*",
    ],
    "money-and-work": [
        "money", "cash", "pocket money", "allowance*", "benefit*", "universal credit", "pip", "esa", "jsa",
        "dwp", "job centre", "jobcentre*", "job", "at work", "find work", "looking for work",
        "part time", "full time", "employ*", "unemploy*", "apprentic*", "traineeship*", "training",
        "work experience", "internship*", "cv", "interview*", "wage*", "salary", "paid", "pay", "payday",
        "bills", "debt*", "budget*", "bank account*", "savings", "save up",
        "grant", "bursar*", "afford*", "skint", "brassic", "broke", "poverty",
        "cost of living", "expensive*", "food bank*", "foodbank*", "ran out of", "run out of money",
        "driving lesson*", "driving test*", "provisional licen*", "driving licen*", "learn to drive", "eet",
        "neet", "career*",
    ],
    "activities-and-friends": [
        "friend", "friendship*", "mate", "club*", "activit*", "hobb*", "sport*", "football", "swim*", "gym",
        "danc*", "boxing", "martial arts", "drama", "music", "art", "arts",
        "cinema", "bowling", "scout*", "cadets", "duke of edinburgh", "dofe", "sleepover*", "sleep over*",
        "stay over", "holiday*", "trip", "day out", "days out", "go out", "going out", "hang* out",
        "things to do", "nothing to do", "bored", "boring", "fun", "travel*", "abroad",
        "bus pass*", "bus fare*", "transport", "park", "gaming*", "xbox", "playstation", "play out",
        "leisure", "camping", "theatre", "girlfriend", "boyfriend", "social life", "make friends",
        "birthday*", "christmas", "volunteer*", "party", "parties",
    ],
    "digital-access": [
        "phone*", "mobile*", "smartphone*", "iphone*", "android", "mobile data", "no data", "out of data",
        "enough data", "more data", "data top*", "top up", "topup", "phone credit", "sim card*", "sim only",
        "wifi", "wi fi", "internet*", "get online", "getting online", "go online", "going online",
        "be online", "offline", "laptop*", "computer*", "a tablet", "my tablet", "ipad*", "chromebook*",
        "printer*", "device*", "tech", "technology", "broadband", "signal", "hotspot", "charger*",
        "screen time", "social media", "instagram", "snapchat", "tiktok", "whatsapp", "facebook", "youtube",
        "app", "email*", "zoom", "video call*", "lockdown", "digital*", "password*",
    ],
    "rights-and-information": [
        "rights*", "the right to", "a right to", "my right to", "entitle*", "records", "my file*",
        "case file*", "care file*", "subject access", "access my", "complain*", "advoca*",
        "independent visitor*", "inform*", "leaflet*", "explain*", "nobody told me", "no one told me",
        "noone told me", "not told", "never told", "wasnt told", "didnt know", "find out", "found out",
        "aware", "unaware", "keep me updated", "up to date", "what happens next", "options", "services",
        "what support", "what help", "support available", "ofsted*", "childrens commissioner", "reg 44",
        "helpline*", "childline", "the law", "legal*", "solicitor*", "lawyer*", "court", "care order*",
        "section 20", "privacy", "confidential*", "consent*", "data protection", "who reads", "who sees",
        "who can see", "what you do with", "promise*", "pledge*", "charter*",
    ],
}

SAFEGUARDING: list[str] = [
    # Added after measuring the development set: families of wording the first lists missed.
    'push* me about',
    'push* me around',
    'push* me',
    'shov* me',
    'pinch* me',
    'scratch* me',
    'bit* me',
    'spit* at me',
    'spat at me',
    'group chat about me',
    'sent round a pic*',
    'sent round a photo*',
    'pics of me',
    'pictures of me',
    'photos of me',
    'lock* me in',
    'lock* us in',
    'locked in our room',
    'locked in my room',
    'never food',
    'no food at home',
    'no food in the house',
    'not enough food',
    'dont eat',
    'didnt eat',
    'go hungry',
    'ran out of food',
    'run out of food',
    'dinner money',
    'dont get fed',
    'bullied anymore',
    'hit me anymore',
    'hurt me anymore',
    'used to get beaten',
    'get beaten',
    'got beaten',
    'beaten',
    'get hit',
    'got hit',
    'gets hit',
    'getting hit',
    'another way',
    'pay ... another way',
    'give* us vapes',
    'give* us weed',
    'give* us drugs',
    'back to his flat',
    'back to his house',
    'asking us back',
    'going off with a man',
    'man in a car',
    'older man',
    'older men',
    'new trainers',
    'report her missing',
    'report him missing',
    'missing most weekends',
    'using again',
    'had a drink',
    'throws things',
    'throw* things at',
    'look after the baby',
    'kicked out',
    'slept in a stairwell',
    'slept rough',
    'sleeping rough',
    'nowhere to sleep',
    'hearing voices',
    'voices telling me',
    'hurt people',
    'dont eat so',
    'make myself sick',
    'lost loads of weight',
    'not eating',
    'still send* me there',
    'comes into my room',
    'come into my room',
    'into my room at night',
    'in my room at night',
    'packages for',
    'parcels for',
    'deliver* ... for money',
    'carry* ... for money',
    'easy money',
    'for cash',

    # Added after measuring the second set: families of wording the first two rounds missed.
    # Told they are unwanted, lucky to be kept, a burden, or will be sent away.
    "nobody ... would want me", "no one ... would want me", "noone ... would want me", "nobody ... will want me",
    "no one ... will want me", "nobody else want* me", "no one else want* me", "noone else want* me",
    "say* im lucky to be", "said im lucky to be", "tell* me im lucky to be", "told me im lucky to be",
    "say* im lucky they", "say* im lucky anyone", "say* im lucky someone", "say* im lucky to have a home",
    "say* im lucky to have a roof", "remind* me im lucky", "say* i should be grateful", "said i should be grateful",
    "tell* me i should be grateful", "told me i should be grateful", "call* me ungrateful", "say* im ungrateful",
    "say* im a burden", "im a burden", "feel like a burden", "such a burden", "say* im a waste", "say* im nothing",
    "say* im a mistake", "say* im pathetic", "say* im disgusting", "say* im evil", "say* ill end up",
    "say* ill be sent", "say* ill be moved", "say* ill get moved", "say* theyll send me", "send* me away",
    "get rid of me", "gettin* rid of me",
    # Pills beyond the dose, or to make the thoughts stop.
    "tablets to make ... stop", "pills to make ... stop", "meds to make ... stop", "make the thoughts stop",
    "make the thoughts go away", "make the voices stop", "make it all stop", "make it all go away",
    "make everything stop", "more than ... meant to take", "more than ... supposed to take",
    "more than you* meant to",
    "more than you* supposed to", "more than you are meant to", "more than you are supposed to",
    "than ... supposed to take", "than ... meant to take", "than ... allowed to take", "more tablets than",
    "more pills than", "more meds than", "more of my tablets", "more of my pills", "more of my meds",
    "more than u are meant to", "more than u are supposed to", "more than it says", "more than the dose",
    "double the dose", "over the dose", "too many tablets", "too many pills", "too many of my tablets",
    "too many of my pills", "too many of my meds", "take* too many", "takin* too many", "swallow* ... tablets",
    "swallow* ... pills", "swallow* a packet", "swallow* a whole", "whole packet of tablets", "whole packet of pills",
    "whole box of tablets", "whole box of pills", "stockpil*", "savin* up tablets", "savin* up pills",
    "savin* up my tablets", "savin* up my pills", "savin* up my meds", "hoard* tablets", "hoard* pills", "pop* pills",
    # Punished by being shut out, made to sleep somewhere, or kept from food.
    "made me sleep in the", "made me sleep on the", "made me sleep out*", "make* me sleep in the",
    "make* me sleep on the", "make* me sleep out*", "made us sleep in the", "made us sleep out*",
    "make* us sleep in the", "make* us sleep out*", "sleep* in the garage", "sleep* in the shed", "sleep* in a shed",
    "sleep* in the cupboard", "shut* me in", "shut* me out", "lock* me outside", "put* me outside",
    "made me stand outside", "made me stay outside", "make* me stand outside", "make* me stay outside",
    "sent to bed without", "send* me to bed without", "sent me to bed without", "without dinner", "without food",
    "without any food", "without eating", "took my food away", "take* my food away", "took away my food",
    "take* away my food", "food as a punishment", "food as punishment", "not allowed dinner", "not allowed any food",
    # Afraid of the adults at home: fighting heard through the walls, dread of him coming up.
    "hear* them fight*", "hear* them argu*", "hear* them scream*", "hear* them hit*", "hear* him hit*",
    "hear* him shout*", "hear* him scream*", "hear* her scream*", "hear* her cry*", "hear* mum scream*",
    "hear* mum cry*", "fight* downstairs", "scream* downstairs", "shout* downstairs", "fight* in front of me",
    "fight* in front of us", "worry he ... come up", "worry he ... come in", "worried he ... come up",
    "worried he ... come in", "scared he ... come up", "scared he ... come in", "scared he ... come home",
    "afraid he ... come up", "afraid he ... come in", "frightened he ... come", "scared when he ... home",
    "scared when he ... angry", "scared when he ... drunk", "scared when he ... drink*", "scared when he ... mad",
    "scared when he ... come*", "scared when she ... home", "scared when she ... angry", "scared when she ... drunk",
    "afraid when he ... home", "afraid when he ... drunk", "hit* mum", "hit* mam", "hit* mummy", "hits her",
    "hittin* her", "he hit her", "hit* her again", "hit* her in front",
    # Scratching, picking, biting or burning till it bleeds.
    "scratch* my arm*", "scratch* my leg*", "scratch* my skin", "scratch* my wrist*", "pick* my skin",
    "pick* at my skin", "bite* myself", "bit myself", "bitin* myself", "bite* my arm*", "bit my arm*",
    "bitin* my arm*", "bite* my wrist*", "punch* myself", "till they bleed", "til they bleed", "until they bleed",
    "till it bleed*", "til it bleed*", "until it bleed*", "till i bleed", "til i bleed", "until i bleed",
    "till they bled", "til they bled", "make* myself bleed", "made myself bleed",
    # Debts, drops and free gear: exploitation as it is offered.
    "pay* them back", "say* i owe", "said i owe", "tell* me i owe", "told me i owe", "reckon* i owe",
    "now i owe him", "now i owe them", "doing drops", "do drops", "did drops", "done drops", "drop* for him",
    "drop* for them", "runs for him", "runs for them", "sell* for him", "sell* for them", "going ot", "go ot",
    "went ot", "gone ot", "free weed", "free drugs", "free vape*", "free bud", "free booze", "free alcohol",
    "free cigs", "free fags", "giv* me ... weed", "gave me ... weed", "giv* me ... vape*", "gave me ... vape*",
    "giv* me ... drug*", "gave me ... drug*",
    # Secrets and what is done to me.
    "say* its a secret", "said its a secret", "secret between us", "nobody can know", "no one can know",
    "noone can know", "no one must know", "nobody must know", "what he does to me", "what he did to me",
    "what he done to me", "what she does to me", "what she did to me", "what they do to me", "what they did to me",
    "things to me at night", "stuff to me at night",
    # Staying out or at friends' so as not to go home.
    "so i dont have to go home", "so i dont have to go back", "so i dont have to be home",
    "so i dont have to be at home", "so i dont have to be there", "so i dont have to see him",
    "so i dont have to see her", "so i dont have to see them", "so i dont go home", "so i dont go back",
    "so i dont have to face", "to avoid going home", "avoid* going home", "avoid* going back", "avoid* home",
    "avoid* being home", "avoid* being at home", "than go home", "than going home", "than go back", "hate going home",
    "stay* out ... so i dont", "stay* at mates so", "stay* at friends so", "sleep* at mates so",
    "sleep* at friends so",
    # "kill me if" only when tied to telling, leaving, refusing or being found out: "hed kill me if i beat him at
    # fifa" is a figure of speech ("will/would kill me" still stand alone).
    "kill me if ... tell*", "kill me if ... told", "kill me if ... say*", "kill me if ... said",
    "kill me if ... snitch*", "kill me if ... grass*", "kill me if ... dont", "kill me if ... didnt",
    "kill me if ... wont", "kill me if ... leave", "kill me if ... left", "kill me if ... run*", "kill me if ... ran",
    "kill me if ... talk*", "kill me if ... speak*", "kill me if ... find* out", "kill me if ... found out",
    "kill me if ... police", "kill me if ... anyone", "kill me if ... anybody",

    # Added after measuring the third set: families of wording children use to describe harm without naming it.
    # Hiding, waiting till it goes quiet, barricading the door.
    "i hide under the bed", "we hide under the bed", "i hid under the bed", "we hid under the bed",
    "hiding under the bed", "i go under the bed", "we go under the bed", "sister go under the bed",
    "brother go under the bed", "i went under the bed", "we went under the bed", "i get under the bed",
    "we get under the bed", "under the bed til*", "under the bed until", "under my bed til*", "under my bed until",
    "hide in the wardrobe", "hide in my wardrobe", "hid in the wardrobe", "hide in the cupboard",
    "hid in the cupboard", "hide in the bathroom", "hide* from him", "hid from him", "hidin* from him",
    "hide* from her", "hid from her", "hide* from them", "hid from them", "hide* when he*", "hid when he*",
    "hide* when she*", "hide* when they", "til its quiet", "till its quiet", "until its quiet", "til ... gone quiet",
    "till ... gone quiet", "until ... gone quiet", "til it goes quiet", "till it goes quiet", "until it goes quiet",
    "til everyone* quiet", "til its all quiet", "wait* ... til he* asleep", "wait* ... till he* asleep",
    "wait* ... until he* asleep", "til he* passed out", "till he* passed out", "until he* passed out",
    "til she* passed out", "til he passes out", "till he passes out", "til he* gone to bed", "till he* gone to bed",
    "until he* gone to bed", "til he* calmed down", "till he* calmed down", "chair against the door",
    "chair against my door", "chair under the handle", "chair under the door*", "bed against the door",
    "against my door at night", "barricad*", "wedge* the door", "wedge* my door", "lock* my door at night",
    "lock* my door every night", "lock* myself in", "lock* myself in my room", "lock* myself in the bathroom",
    "keep* out of his way", "kept out of his way", "stay* out of his way", "stayed out of his way",
    "keep* out of her way", "stay* out of her way", "keep* out of their way", "stay* out of their way",
    "pretend* to be asleep", "pretend* im asleep", "pretend* i was asleep", "pretend* im sleeping",
    "pretend* to be sleeping", "quiet till he*", "quiet until he*", "quiet til he*", "quiet till she*",
    "quiet until she*",
    # Hopelessness: not wanting to get up, wake up or be here; better off without me; nobody would notice.
    "point of getting up", "point in getting up", "point of waking up", "point in waking up", "point of anything",
    "point in anything", "point to anything", "point of being here", "point in being here", "point of being alive",
    "point of trying anymore", "point in trying anymore", "getting up anymore", "get up anymore",
    "get out of bed anymore", "dont ... want to wake up", "hope i dont wake up", "hope i wont wake up",
    "hope i never wake up", "rather not wake up", "wish i wouldnt wake up", "wish i didnt wake up",
    "sleep and never wake", "sleep and not wake", "never wake up again", "better off if i wasnt",
    "better off if i was gone", "better off if im gone", "better off if i died", "happier without me",
    "easier without me", "be better without me", "better without me", "happier if i wasnt", "easier if i wasnt",
    "better if i wasnt", "happier if i ... wasnt", "better if i ... wasnt", "easier if i ... wasnt",
    "happier if i was gone", "easier if i was gone", "better if i was gone", "if i wasnt around",
    "if i wasnt here anymore", "if i just wasnt here", "if i just wasnt around", "if i disappeared",
    "nobody would notice", "no one would notice", "noone would notice", "nobody would even notice",
    "no one would even notice", "nobody would care", "no one would even care", "nobody would even care",
    "would anyone notice if i", "would anyone even notice if i", "would anyone care if i",
    "would anyone even care if i", "would anyone miss me", "dont want to be around anymore",
    "dont want to be here anymore", "dont want to do this anymore", "want it all to stop", "want everything to stop",
    "cant see a future", "no future for me", "cant see a way out", "nothing to look forward to",
    "never going to get better", "gave up on everything", "given up on everything", "give up on everything",
    "stopped caring about everything", "dont care if i die", "dont care what happens to me", "dont care if i live",
    "nothing ... worth it anymore", "nothing feels worth it", "nothing is worth it", "tired of being alive",
    "tired of existing",
    # Saving up, hiding or taking all the pills.
    "sav* my tablets", "sav* my pills", "sav* my meds", "sav* up my tablets", "sav* up my pills", "sav* up my meds",
    "sav* ... tablets up", "sav* ... pills up", "sav* ... meds up", "saving tablets", "saving pills",
    "hid* my tablets", "hid* my pills", "hid* my meds", "stash* of pills", "stash* of tablets", "stash* of meds",
    "all my tablets at once", "all my pills at once", "all my meds at once", "all of them at once",
    "take* all my tablets and", "take* them all and", "took all the tablets", "took all the pills",
    "gonna take all my", "going to take all my", "swallow* all my", "swallow* all the", "whole strip",
    "tablets at once", "pills at once", "meds at once", "tablets in one go", "pills in one go",
    "take them all at once", "took them all at once",
    # Given a phone by older people, having to answer it, carrying things to other towns.
    "gave me a phone and", "give* me a phone and", "gave me a phone so", "given a phone and", "gave me a burner",
    "burner phone", "work phone for", "gave me a sim", "pick up whenever", "answer whenever",
    "answer ... day or night", "pick up ... day or night", "have to answer it", "have to pick up when",
    "have to answer when", "have to answer the phone", "have to pick up the phone", "always have to answer",
    "always have to pick up", "whenever it rings", "whenever they ring", "whenever they call", "to other towns for",
    "to another town for", "to other cities for", "to another city for", "stuff to other towns",
    "stuff to another town", "bags to other towns", "bags to another town", "things to other towns", "take* packages",
    "take* parcels", "take* things to ... for", "carry* ... for them", "carry* ... for him", "for some older",
    "for these older", "for some lads", "for these lads", "for some guys", "for some men",
    # No food in the house, the adult "out of it", looking after the little ones.
    "never anything in the fridge", "nothing in the fridge", "never any food", "fridge is always empty",
    "fridge is empty", "empty fridge", "cupboards are empty", "empty cupboards", "nothing in the cupboards",
    "no food in the house", "never food in", "eat whatever i find", "eat whatever i can find", "with whatever i find",
    "with whatever i can find", "dry cereal", "cereal for tea", "cereal for dinner", "only meal i get",
    "only proper meal", "lock* the kitchen", "locked the kitchen", "had to eat on my own", "eat on my own in my room",
    "eat alone in my room", "not allowed to eat with", "make* me eat on my own", "made me eat on my own",
    "always out of it", "out of it all the time", "out of it again", "mum* out of it", "dad* out of it",
    "off her face", "off his face", "off her head", "off his head", "always stoned", "always wasted", "cant wake her",
    "cant wake him", "always passed out", "passed out on the sofa", "passed out again", "mum* passed out",
    "dad* passed out", "mum sleeps all day", "dad sleeps all day", "mum* ... in bed all day",
    "look after the little ones", "do the little ones", "feed the little ones", "little ones tea",
    "get the little ones", "look after my brothers", "look after my sisters", "get my brother* ready",
    "get my sister* ready", "take* my brother* to school", "take* my sister* to school", "do the kids tea",
    "feed the baby", "change the baby", "left me with the baby", "leave* me with the baby",
    "left ... with the little ones", "left us on our own", "mum* out all weekend", "mum* gone all weekend",
    "mum* away all weekend", "leave* us all weekend", "left us all weekend", "left me all weekend",
    # Threats tied to telling.
    "say* if i tell", "said if i tell", "say* if i told", "said if i told", "say* if i say", "said if i say",
    "say* if i ever", "said if i ever", "if i tell ... again", "if i ever tell", "if i ever told", "if i ever say",
    "if i say anything", "if i said anything", "if i open my mouth", "if i grass", "if i snitch", "snitch* on",
    "make sure i never see",
    # Adults coming into the bathroom or bedroom.
    "come* in the bathroom", "come* into the bathroom", "came in the bathroom", "came into the bathroom",
    "walk* in on me", "walked in on me", "come* in when im", "come* in while im", "when im in the bath",
    "when im in the shower", "while im in the shower", "while im in the bath", "while im getting changed",
    "when im getting changed", "wont let me lock", "no lock on the bathroom", "not allowed to lock the bathroom",
    "wont leave when i", "wouldnt leave when i", "wouldnt get out when i", "wont get out when i", "watch* me sleep",
    "in my room while i sleep", "in my room when im asleep",
    # Marks and bruises, and covering them: "said I fell".
    "said i fell", "say i fell", "tell* ... i fell", "told ... i fell", "said i walked into", "say i walked into",
    "tell* people i fell", "lie about the marks", "cover* the marks", "cover* the bruises", "hide* the marks",
    "hide* the bruises", "makeup to cover", "long sleeves so", "tell* my teacher im clumsy", "tell* school im clumsy",
    "tell* ... im clumsy", "told ... i was clumsy", "marks on my arm*", "marks on my back", "marks on my legs",
    "marks on my neck", "handprint* on", "finger marks",
    # Forced marriage.
    "to get me married", "get me married", "to marry me", "marry me to", "making me get married",
    "make me get married", "made me get married", "want me to get married", "want* me to marry", "going to marry me",
    "gonna marry me", "married to my cousin", "marry my cousin", "find me a husband", "found me a husband",
    "find me a wife", "found me a wife", "chosen a husband", "picked a husband", "arranged marriage",
    "arrange* my marriage", "home ... to get married", "to get married ... dont want", "get married ... dont want to",
    "married ... im only", "wedding ... im only", "engaged ... im only",
    # Locked in, alone.
    "locked me in", "lock* us in", "locked us in", "lock* me in the house", "lock* me in the flat",
    "locked in on my own", "locked in alone", "left me locked in", "leave* me locked in", "left us locked in",
    "shut in on my own", "lock* ... in on my own",
    # Sleeping on night buses, not going back, brought back by police.
    "on night bus*", "on the night bus* all", "sleep* on the night bus*", "sleep* on night bus*",
    "night bus* all night", "on buses all night", "ride* the bus* all night", "on the bus all night",
    "trains all night", "aint going back", "aint goin back", "never going back", "not going back there",
    "wont go back there", "police keep bringing me back", "police ... bring* me back", "police ... brought me back",
    "keep bringing me back", "keep going missing", "sleep at mates or", "sleep* wherever", "sleep* anywhere i can",
    "dont come back til", "didnt come back til", "dont come back until", "dont come home til", "dont come home until",
    "didnt come home til", "out til the next day", "out till the next day", "get on a train and go wherever",
    "get on a train and go anywhere", "get on a bus and go wherever", "go wherever and dont come back",
    "beats being at", "beats being home", "anything beats being", "better than being at home",
    "better than being at the house", "better than going home",
    # Online: pressure for pictures and threats to share them.
    "keep* asking for more pic*", "keep* asking for more photo*", "keep* asking me for pic*", "ask* me for more pic*",
    "ask* me for more photo*", "want* more pic* of me", "want* more photo* of me", "send him more", "send them more",
    "send more pic*", "sending the ones", "send the ones", "send* ... to my whole", "post* them online",
    "put them online", "leak* them", "to my whole year", "whole school will see", "if i stop he*",
    "if i stop sending",
    "if i stop replying", "if i stop talking to him", "if i dont send", "unless i send", "if i dont do what",
    "he has my pic*", "hes got my pic*", "he has pic* of me", "he has photos of me", "hes got pic* of me",
    "hes got photos of me", "they have pic* of me", "has videos of me", "the pic* i sent", "the photos i sent",
    "pic* i sent him", "sent him pic*", "sent him photo*",
    # Threats against the people I live with; she knows where I live.
    "knows where i live", "she knows where i live", "he knows where i live", "they know where i live",
    "found out where i live", "knows my address", "found my address", "said she* kill my", "said he* kill my",
    "said they* kill my", "say* she* kill my", "say* he* kill my", "said she* hurt my", "said he* hurt my",
    "threaten* to kill my", "threaten* to hurt my", "coming to take me back", "snatch me",

    # Physical abuse, to me or to someone at home.
    "hit* ... me", "hit* my", "hit* us", "hurt* ... me", "hurt* my", "hurt* us", "been hurt", "got hurt",
    "get hurt", "gets hurt", "getting hurt", "was hurt", "beat* me", "beat* my", "beat* us", "beat* ... up",
    "beaten up", "got beaten", "been beaten", "was beaten", "battered", "kick* me", "kick* my", "kick* us",
    "punch* me", "punch* my", "punch* us", "punched", "slap*", "smack*", "whack* me", "wack* me",
    "strangl*", "chok* me", "choked me", "suffocat*", "push* me over",
    "push* me down", "push* me into", "push* me against", "shov* me", "shoved me", "grabbed me",
    "grabs me", "grab* my arm*", "grab* my neck", "grab* my hair", "grab* my throat", "pull* my hair",
    "drag* me", "dragged me", "throw* ... at me", "threw ... at me", "chuck* ... at me", "spit* at me",
    "spat at me", "spit* on me", "spat on me", "bit me", "bite* me", "scratch* me", "burn* me", "burn* my",
    "cigarette burn*", "scald*", "bruis*", "black eye*", "marks on my",
    "mark* on me", "left marks", "left a mark", "leav* marks", "leav* a mark", "leav* bruises",
    "made me bleed", "make* me bleed", "with a belt", "with a stick", "with a shoe", "hold* me down",
    "held me down", "pin* me down", "pinned me", "restrain*", "lock* me in", "lock* me out",
    "lock* in my room", "shut me in", "tie* me up", "tied me up", "violen*", "domestic abuse", "abus*",
    "neglect*", "stab", "stabbed", "stabbing", "carr* a knife", "carr* knives", "pulled a knife",
    "with a knife", "has a knife", "had a knife", "got a knife", "weapon*", "going to kill me",
    "will kill me", "would kill me", "threatened to kill", "want* to kill me",
    "tried to kill me", "try* to kill me", "fgm", "forced marriage", "make me marry", "made me marry",
    "marry me off", "married off", "radicalis*", "kidnap*", "abduct*", "spiked",
    "doesnt stop hit*", "doesnt stop hurt*", "wont stop hit*", "wont stop hurt*", "wouldnt stop hit*",
    "didnt stop hit*", "never stop* hit*", "never stop* hurt*",
    # Sexual abuse.
    "touch* me", "touch* my", "touch* her", "touch* ... privates", "touch* ... private part*",
    "touched ... private*", "private part*", "privates", "inappropriat*", "sexually", "sexual things",
    "sexual stuff", "sexual pictures", "sexual photos", "sexual messages", "sexual comments",
    "sexual assault",
    "sex with", "have sex", "had sex", "having sex", "made me have sex", "forced sex", "rape*", "rapist*",
    "molest*", "assault*", "grop*", "fondl*", "flashed me", "expos* himself", "show* me his",
    "showed me his", "made me touch", "make* me touch", "make* me do things", "made me do things",
    "make* me do stuff", "made me do stuff", "forc* me", "do things to me", "did things to me",
    "does things to me", "did stuff to me", "does stuff to me", "did something to me",
    "does something to me", "come* into my room", "come* in my room", "came into my room",
    "into my bed", "get* in my bed", "got in my bed", "came in my bed", "bed with me", "watch* me shower",
    "watch* me in the shower",
    "watch* me get changed", "watch* me change", "made me watch", "porn*", "nude*", "naked", "undress*",
    "clothes off", "tried to kiss me", "made me kiss", "our secret", "our little secret",
    "keep it a secret", "keep it secret", "told me not to tell", "said not to tell", "not allowed to tell",
    "dont tell anyone", "dont tell anybody", "promise not to tell", "if i tell anyone", "if i tell anybody",
    "if i tell someone", "if i told anyone", "if i told someone",
    "not to tell", "no one would believe", "nobody would believe", "noone would believe",
    "doesnt stop touch*", "wont stop touch*", "wouldnt stop touch*", "didnt stop touch*",
    "scared to tell", "afraid to tell", "frightened to tell",
    # Online sexual harm.
    "send* me pic*", "sent me pic*", "send* me photo*", "sent me photo*", "send* me vid*", "sent me vid*",
    "asked for nudes", "ask* for pic*", "ask* me for pic*", "ask* for photo*", "ask* me for photo*",
    "want* pic* of me", "want* photo* of me", "dick pic*", "sext*", "share* my pic*", "shared my pic*",
    "share* my photo*", "shared my photo*", "post* pic* of me", "leak* my", "sextortion", "blackmail*",
    "webcam", "on cam", "met online", "met him online", "met her online", "met them online",
    "someone online", "man online", "men online", "stranger* online", "catfish*", "fake account*", "groom*",
    "sugar daddy", "onlyfans", "only fans",
    # Emotional abuse.
    "scream* at me", "scream* at us", "shout* at me", "shout* at us", "yell* at me", "swear* at me",
    "call* me names", "call* me stupid", "call* me fat", "call* me ugly", "call* me thick",
    "call* me a", "say* im worthless", "worthless", "say* im useless", "say* im stupid", "say* im ugly",
    "say* im fat", "threat*", "humiliat*", "control* me", "controlling", "put* me down", "hate* me",
    "wish* i was dead", "wish* i were dead", "want* me dead", "want* me gone", "nobody wants me",
    "no one wants me", "noone wants me", "nobody loves me", "no one loves me", "noone loves me",
    "wont let me leave", "wont let me eat", "not allowed to leave", "not allowed out", "stalk*",
    "follow* me home", "follow* me around", "following me", "wont leave me alone", "walk on eggshells",
    "walking on eggshells",
    # Neglect.
    "no food", "not enough food", "not enough to eat", "never enough food", "nothing to eat",
    "no dinner", "no breakfast", "hungry all the time", "always hungry", "bed hungry", "go hungry",
    "went hungry", "going hungry", "starving all the time", "not fed", "never fed", "dont get fed",
    "dont feed me", "doesnt feed me", "didnt feed me", "wont feed me", "not allowed food",
    "not allowed to eat", "lock* the fridge", "lock* fridge", "lock* the food",
    "nobody looks after me", "no one looks after me", "noone looks after me", "nobody cares about me",
    "no one cares about me", "noone cares about me", "nobody cares", "no one cares", "noone cares",
    "left alone", "left on my own", "left me on my own", "left me alone", "home alone",
    "alone all night", "on my own all night", "have to look after my", "no heating", "no heat",
    "no hot water", "no electric*", "no gas", "cold all the time", "dirty clothes", "same clothes",
    "no clean clothes", "no shoes", "no bed", "sleep* on the floor", "drunk all the time",
    "always drunk", "comes home drunk", "mum drinks", "dad drinks", "drink* too much", "takes drugs",
    "takin* drugs", "on drugs",
    # Self-harm and suicidal thoughts.
    "self harm*", "self injur*", "harm* myself", "harm* my self", "hurt* myself", "hurt* my self",
    "cut* myself", "cut* my self", "cut* my arm*", "cut* my wrist*", "cut* my leg*", "cut* my thigh*",
    "slit* my wrist*", "been cutting", "started cutting", "cutting again", "stopped cutting",
    "razor blade*", "blade*", "burn* myself", "hit* myself", "scratch* myself", "bang* my head",
    "head against the wall", "punch* walls", "punch* the wall", "starv* myself", "not eating",
    "stopped eating", "make myself sick", "made myself sick", "throw* up after", "purg*", "laxative*",
    "eating disorder*", "anorexi*", "bulimi*", "kill* myself", "kill* my self", "cant stop cut*",
    "cant stop hurt*", "cant stop harm*",
    "cant stop self harm*", "cant stop thinking about dying", "cant stop thinking about killing",
    "kill yourself",
    "suicid*", "unalive*", "sewer slide", "end it all", "want* to end it", "going to end it",
    "end my life", "ending my life", "end things", "take my own life", "take my life", "takin* my life",
    "want to die", "want to be dead", "rather be dead", "better off dead", "better off without me",
    "wish i wasnt here", "wish i wasnt alive", "wish i wasnt born", "wish i was never born",
    "wish i had never been born", "wish i didnt exist", "wish i could disappear", "want to disappear",
    "disappear forever", "nobody would miss me", "no one would miss me", "noone would miss me",
    "nobody would care if", "no one would care if", "no reason to live", "nothing to live for",
    "no point living", "no point in living", "no point in life", "not worth living", "life isnt worth",
    "dont want to live", "dont want to be alive", "dont want to be here", "dont want to exist",
    "dont want to wake up", "not want to be here", "not want to live", "not wake up", "never wake up",
    "sleep forever", "give up on life", "giving up on life", "given up on life", "tired of living",
    "tired of life", "sick of living", "sick of life", "done with life", "cant go on", "cant cope",
    "cant take it", "cant do this anymore", "cant live like this", "dark thoughts", "thoughts of dying",
    "thinking about dying", "think about dying", "overdos*", "took an od", "an od", "od on",
    "took pills", "took tablets", "took too many", "took loads of", "took all my", "swallow* pills",
    "paracetamol", "hang* myself", "noose", "jump* off", "jump* in front", "in front of a train",
    "in front of a car", "walk into traffic",
    # Unsafe where I live.
    "unsafe", "in danger", "scared at home", "scared to go home", "scared to go back", "scared to be home",
    "scared to be at home", "scared where i live", "scared in my", "scared of my", "scared of him",
    "scared of her", "scared of them", "scared of the staff", "scared of staff", "scared of what he",
    "scared of what she", "scared of what they", "scared all the time", "scared for my life",
    "afraid of my", "afraid of him", "afraid of her", "afraid of them", "afraid at home",
    "afraid to go home", "afraid to go back", "frightened of my", "frightened of him",
    "frightened of her", "frightened of them", "frightened at home", "frightened to go home",
    "terrified", "petrified", "live in fear", "living in fear", "fear for my", "dont want to go back",
    "dont want to go home", "dont want to live there", "dont want to live with", "wont go back",
    "not going back", "dread* going home",
    # Exploitation.
    "older man", "older men", "older guy*", "older lad*", "older boy*", "older bloke*", "older friend*",
    "grown man", "grown men", "older boyfriend", "boyfriend ... older", "gives me money", "gave me money",
    "giv* me drug*", "gave me drug*", "giv* me weed", "gave me weed", "giv* me alcohol",
    "gave me alcohol", "buys me things", "buys me stuff", "bought me things", "bought me stuff",
    "gets me drunk", "got me drunk", "gets me high", "makes me carry", "made me carry", "carry stuff for",
    "carry things for", "carry drugs", "carrying drugs", "hold* stuff for", "hold* drugs",
    "keep stuff for", "drop stuff off", "run drugs", "running drugs", "sell* drugs", "deal* drugs",
    "county lines", "going country", "go country", "cunch", "trap house", "trapping", "cuckoo*",
    "owe them money", "owe him money", "owe people money", "drug debt*", "in debt to", "work it off",
    "do things for him",
    "do stuff for him", "do things for them", "do stuff for them", "do favours", "do a favour for",
    "sleep* with him", "sleep* with them", "sleep* with his", "sleep* with men", "sleep* with people",
    "sleep* with older", "sleep* with other*", "sleep* with someone", "slept with him", "slept with them",
    "slept with his", "slept with someone", "gang*", "in his car", "get in his car", "stay* out all night",
    "out all night", "traffick*", "modern slavery", "slave*",
    "made to work", "forced to work", "work for free", "work for no money", "took my passport",
    "kept my passport", "smuggler*",
    # Going missing.
    "ran away", "run away", "running away", "runaway", "run off", "ran off", "went missing", "go missing",
    "gone missing", "going missing", "been missing", "reported missing", "missing episode*",
    "missing from care", "missing from home", "slept rough", "sleep* rough", "sleep* on the street*",
    "sleep* in the street*", "sleep* outside", "sleep* in a park", "sleep* in the park", "sleep* in a car",
    "nowhere to sleep", "nowhere to go", "nowhere to stay", "didnt come home",
    "didnt go home", "dont come home",
    # Bullying, online and offline, and being hurt by anyone.
    "bullied", "bully*", "bulli*", "cyberbull*", "cyber bull*", "online bull*", "pick* on me",
    "jumped me", "jump* me", "got jumped", "mugged", "robbed me", "attacked*", "laugh* at me",
    "make* fun of me", "made fun of me", "make* fun of my", "made fun of my", "take* the mick",
    "gang* up on me", "ganged up on",
    "hate messages", "hate comments", "nasty messages", "horrible messages", "threatening messages",
    "mean comments", "racist to me", "n word", "someone hurts me", "someone hurt me",
]

# Added for the wider screen, from public safeguarding guidance (county lines glossaries of the police, NSPCC and
# the Children's Society; Forced Marriage Unit, FGM and Prevent guidance; modern slavery indicators), in the words
# young people use. Look-alikes share words with these ("going to the country", "i owe my mate a fiver", "we got cut
# off", "i want to get married one day"): patterns keep the telling word next to what makes it harm.
SAFEGUARDING += [
    # County lines: going country / OT, the trap, the line, shotting, plugging, cuckooing, food/work for drugs,
    # debts to olders that have to be worked off, holding for someone.
    "going country", "gone country", "went country", "go cunch", "going cunch", "went cunch", "out cunch",
    "going out ot", "been ot", "in the trap", "at the trap", "trap phone", "trap line", "bando", "the bando",
    "run* a line", "running the line", "run* their line", "run* his line", "on the line for", "work* the line",
    "work* a line", "deal line", "drugs line", "the line phone", "line phone", "shotting", "shott* for", "shotter*",
    "shot* food", "shot* work", "make* me plug", "made me plug", "cuckoo", "cuckooed", "took over her flat",
    "took over his flat", "took over my mums flat",
    "using her flat", "using my flat", "using our flat to", "selling food for", "holding food", "sell* work",
    "selling work", "holding work", "carry* work for",
    "sell* sweets for", "nitty", "nitties", "nittys", "the olders", "my olders", "for the olders", "olders said",
    "the youngers", "got taxed", "taxed me", "set me up to get robbed", "robbed ... now i owe",
    "got robbed ... owe", "owe the olders", "owe some lads", "owe some people", "in debt to", "debt to some",
    "debt to older", "work it off", "working it off", "work off the debt",
    "work off my debt", "have to work for them", "make me work for them",
    "hold* for someone", "hold* for him", "hold* for them", "hold* for some", "holding something for",
    "hold* a bag for", "keep* a bag for", "keep* a package for", "keep* something at mine", "keep* stuff at mine",
    "stash* at mine", "stash* it for", "stash* for them", "jugging", "re up", "reload for", "county line",
    "deliveries for them", "deliver* for them", "made to carry",
    # Sexual exploitation: a friend collected by an older man, parties with older men, passed around.
    "older man picks", "older guy picks", "man picks her up", "guy picks her up", "gets in cars with",
    "get* in cars with", "guys with cars", "men with cars", "lads with cars", "parties with older",
    "party with older",
    "parties at his", "passed around", "pass* her around", "pass* me around", "made her sleep with",
    "make* her sleep with", "had to sleep with", "hes in his 20*", "boyfriend is 2*",
    # Online grooming: gifts, credit and attention from an adult online; pictures; secrecy; meeting.
    "keep it between us", "keep this between us", "delete the messages", "delete our messages", "delete our chat*",
    "delete the chat*", "delete his messages", "dont tell your carer*", "dont tell your mum",
    "dont tell your parents",
    "dont tell your social worker", "not to tell my carer*", "want* me to send pic*", "meet him in person",
    "meet someone i met online", "meet a guy i met", "meet a man i met", "guy i met on",
    "man i met on", "someone i met on", "buys me vapes",
    # Neglect and destitution: no food, no clothes, no safe place to sleep, sofa surfing, the street or a car,
    # money, card or benefits controlled by someone else.
    "no clothes", "nothing to wear", "no clean clothes", "clothes dont fit", "holes in my shoes", "shoes have holes",
    "no winter coat", "no coat", "no mattress", "mattress on the floor", "no safe place", "nowhere safe",
    "nowhere safe to sleep", "no safe place to sleep", "sofa surf*",
    "on friends sofas", "on mates sofas", "sleeping on sofas", "sofa to sofa", "sleep* on a sofa", "sleep* on sofas",
    "sleep* in my car", "living in my car", "living in a car", "living in a tent",
    "sleep* in a tent", "sleep* in stairwell*", "sleep* in a stairwell", "sleep* at the station",
    "sleep* at bus stop*", "nowhere to live", "im homeless", "i am homeless", "become homeless", "became homeless",
    "been homeless", "made homeless", "on the streets", "living on the street*", "no money for food",
    "cant afford food", "cant afford to eat", "not eaten in", "not eaten since", "havent had a meal",
    "skip* meals", "skipping meals", "go without food", "going without food", "going without meals",
    "go without meals",
    "no money for electric*", "no money for gas", "cant afford heating", "cant afford the heating", "cold and hungry",
    "no money at all", "not a penny", "penniless", "destitute", "no recourse to public funds", "nrpf",
    "takes my money", "took my money", "takes all my money", "took all my money", "has my bank card",
    "took my bank card", "keeps my bank card", "takes my bank card", "has my card", "keeps my card", "took my card",
    "takes my card", "has my pin", "controls my money", "control* my money", "control* my benefits",
    "control* my bank", "takes my benefits", "takes my universal credit", "takes my uc", "my benefits go to",
    "my money goes to", "my uc goes to", "my universal credit goes to", "gets my money", "gets my benefits",
    "takes my wages", "takes my pay", "wont give me my money", "doesnt give me my money", "wont let me have my money",
    "not allowed my own money", "not allowed to have money", "give him my money", "give them my money",
    "give her my money", "hand over my money", "hand over all my",
    # Forced marriage.
    "marry someone i dont know", "marry a man i dont know", "marry someone i dont want", "marry a man i dont want",
    "married to someone i dont", "marry someone im not", "engaged to my cousin", "promised to my cousin",
    "promised me to", "promised to someone", "my nikah", "force me to marry", "forcing me to marry",
    "forced to marry", "force* me to get married", "pressur* me to marry", "pressur* me to get married",
    "wont let me choose who", "chosen someone for me", "picked someone for me", "found someone for me to marry",
    "bring shame on the family", "shame on the family", "brought shame on", "dishonour*", "honour based", "izzat",
    "taken my passport", "have my passport", "keep* my passport", "hid my passport", "hide* my passport",
    "took my passport", "wedding ... im only",
    # Domestic servitude: made to clean, cook or mind children all day, kept from school, not paid. "no pay for",
    "like a servant", "like a maid", "like their maid", "like a slave", "treated like a slave",
    "not allowed to go to school",
    "not allowed to school", "dont let me go to school", "wont let me go to school", "doesnt let me go to school",
    "keep* me off school", "kept me off school", "kept home from school", "stop* me going to school",
    "stopped me going to school", "clean all day", "cook all day", "cleaning all day", "cooking all day",
    "clean the whole house every", "do all the cleaning", "do all the cooking",
    "do all the housework", "look after their kids", "look after their children", "look after his kids",
    "look after her kids", "work in their house", "work for the family", "work in the house all", "work for my aunt*",
    "work for my uncle*", "make me work", "made me work", "make* me do all the", "made me do all the",
    "sleep in the kitchen", "sleep on the kitchen floor", "not allowed to leave the house",
    "never allowed out",
    # FGM: female genital mutilation and the words families use for it; "cut" only with where, whom or when.
    "female genital mutilation", "genital mutilation", "female circumcision", "girl* circumcis*", "circumcis* girls",
    "circumcis* me", "circumcis* her", "circumcis* my sister", "circumcis* my daughter", "cut girls", "cutting girls",
    "cut* ... down there", "cut me there", "cut ... private*",
    "get cut when", "be cut when", "getting cut when", "special procedure", "ceremony ... cut",
    "ceremony to become a woman", "become a woman ... cut", "sunnah cut*", "khafd", "bondo",
    "stitch* ... down there", "sunna cut*", "havent eaten in", "havent eaten since", "havent eaten for",
    "havent eaten all day", "havent eaten anything", "man collects her", "guy collects her", "men collect her",
    "holding food", "the cutter", "cut ... our culture", "cut ... our tradition",
    # Radicalisation pressure: joining, fighting, the enemy, extremist ideology on both sides.
    "join isis", "isis", "daesh", "islamic state", "the kuffar", "kuffar", "kafir*", "infidel*", "holy war",
    "race war",
    "white power", "white genocide", "great replacement", "remigration", "neo nazi*", "far right group", "heil",
    "extremis*", "terroris*", "make a bomb", "making a bomb", "build a bomb", "blow up the", "bomb the",
    "shoot up the",
    "school shooting", "mass shooting", "incel*", "blackpill*", "accelerationis*", "fight for the cause",
    "die for the cause", "die for allah", "not a real muslim",
    "real muslims would", "traitor if i dont", "join them or", "referred to prevent", "hate preacher*", "hijrah",
    "go to syria", "travel to syria",
    "fight abroad",
    # Trafficking: brought here and owing for the journey, papers kept, sold, made to work, beg or steal.
    "brought me here", "brought me to the uk", "brought me to england", "brought me to this country",
    "the man who brought me", "people who brought me", "paid for my journey", "pay for my journey",
    "pay back for the journey", "pay back the journey", "owe ... for the journey", "owe ... for bringing me",
    "journey debt", "debt for the journey", "pay off the journey", "pay back the agent", "owe the agent",
    "owe the smuggler", "the smuggler", "back of a lorry", "in the back of a lorry", "cannabis farm", "weed farm",
    "grow house", "water the plants ... locked", "locked in a house", "nail bar ... no money",
    "car wash ... no money",
    "nail bar for no", "car wash for no", "sold me", "sold her", "sell girls", "bought me from",
    "keep my documents", "took my documents", "keep* my id", "took my id", "have my papers", "took my papers",
    "hurt my family back home", "family back home ... owe", "juju", "the oath", "swear an oath", "made to beg",
    "forced to beg", "begging for them", "make* me beg", "made me beg", "steal for them", "shoplift* for them",
    "make* me steal", "made me steal", "made to steal", "forced to steal",
    # Hopelessness that amounts to thoughts of suicide.
    "whats the point of anything", "no point anymore", "no point in anything", "whats the point in living",
    "point in living", "everyone would be better off", "nothing will ever get better",
    "wont be around much longer", "wont be here much longer", "wont be here for long",
    "goodbye everyone", "giving my stuff away", "gave away my things",
    "know how i would do it", "planned how i", "want it to end", "want it all to end", "want it to be over",
    "want it all to be over", "no way out", "cant keep going", "cant carry on", "stop existing", "sleep forever",
    "hate being alive", "dont see a future",
    # Self-harm in the words of young people online.
    "my cuts", "fresh cuts", "relapsed", "sh again", "cat scratches", "barcode arm*", "styro",
]

# Added for the wider screen: a bare cry for help. Counted unless the next word of the clause makes it a request
# for ordinary help ("i need help with my cv", "can someone ring me back about my flat": CRY_BLOCKERS). "^" and "$"
# tie a pattern to the start or end of a clause: "help" alone is a cry, "help is hard to get" is not.
CRIES: list[str] = [
    "^can someone come$", "can someone come please", "can someone come now", "someone come please",
    "please someone come", "someone please come", "^please come$", "^someone come$", "can somebody come",
    "^help$", "^help me$", "^help me please$", "^please help$", "^please help me$", "^help please$", "^sos$",
    "^someone help$", "^help us$", "^please help us$", "please help me", "please please help", "someone please help",
    "someone help me", "somebody help me", "anyone help me", "can someone help me", "can anyone help me",
    "can somebody help me", "could someone help me", "will someone help me", "someone needs to help me",
    "i need help", "i really need help", "i need some help", "i need help now", "need help now", "need help asap",
    "need help urgently", "i need urgent help", "help me now", "help me asap", "please help me now",
    "i need someone to talk to", "need to talk to someone", "need to speak to someone", "i need to talk to someone",
    "can someone ring me", "can someone call me", "can someone phone me", "can somebody ring me",
    "can anyone ring me",
    "could someone ring me", "could someone call me", "someone ring me", "someone call me", "please ring me",
    "please call me", "ring me please", "call me please", "can i talk to someone", "can i speak to someone",
    "can someone come and get me", "come and get me", "come get me", "get me out of here", "get me out",
    "help me get out",
    "save me", "please do something", "somebody do something", "someone do something", "i dont know what to do",
    "dont know what to do anymore", "dont know who to tell", "dont know who to talk to", "no one to tell",
    "nobody to tell", "no one to talk to", "nobody to talk to", "im not ok", "im not okay", "i am not ok",
    "i am not okay", "im not coping", "not coping", "please listen to me", "please believe me",
]

CRY_BLOCKERS: list[str] = [
    "with", "for", "to", "about", "on", "in", "into", "at", "from", "by", "back", "out", "when", "if", "after",
    "before", "regarding", "re", "my", "our", "the", "a", "an", "this", "that", "it", "find", "finding", "get",
    "getting", "pay", "paying", "fill", "filling", "apply", "applying", "sort", "sorting", "write", "writing", "do",
    "doing", "learn", "learning", "cook", "cooking", "budget", "budgeting", "move", "moving", "understand",
    "understanding", "set", "setting", "open", "opening", "buy", "buying", "make", "making", "choose", "choosing",
    "book", "booking", "register", "registering", "revise", "revising", "study", "studying", "read", "reading",
    "manage", "managing", "look", "looking", "travel", "travelling", "plan", "planning", "save", "saving", "fix",
    "fixing", "clean", "cleaning", "practise", "practice", "tomorrow", "later", "next",
]

# Added after measuring the screen development set (tests/data/analysis_screen_dev.csv): families of wording the
# wider lists missed.
SAFEGUARDING += [
    # Marks left by a belt or a hand; violence at home seen on family time.
    "belt mark*", "mark* from the belt", "mark* from his belt", "mark on my leg", "mark on my back", "mark on my arm",
    "mark on my face", "mark on my neck", "chok* her", "chok* my mum", "chok* mum", "strangl* her", "beat* my mum",
    "hit* my mum", "kick* my mum", "punch* my mum", "throttl*",
    # County lines: shifting food or work, being on someone's line, in a trap, working off what is owed, threats.
    "shift* the food", "shift* the work", "shift* food", "shift* work for", "shift* ... by sunday", "in a trap",
    "at a trap", "trap in", "till the food* gone", "til the food* gone", "until the food* gone", "till its all sold",
    "on their line", "on his line", "on the line now", "got me on their", "have to run it", "some olders",
    "olders got me",
    "work off what i owe", "work off the money", "work off what", "work it off or", "what i owe or",
    "getting done in",
    "get done in", "gonna get done in", "do my mum", "do my family", "theyll do me", "they will do me",
    "theyll shank", "shank me", "going to shank", "gonna shank",
    # Cries for help said as something bad happening, or wanting someone to know.
    "about something bad", "something bad happen*", "something bad is happening", "something bad going on",
    "something bad at home", "something happened to me", "about what happened to me", "whats going on at home",
    "what goes on at home", "what happens at home", "what really happens at home", "need someone to know",
    "want someone to know",
    # Destitution: benefits, wages or bursary taken; power run out; never seeing my money.
    "take* my pip", "take* my esa", "take* my uc", "take* my universal credit", "take* my benefit*", "take* my wage*",
    "take* my bursary", "take* my allowance", "take* my card", "take* my bank card", "take* all my money",
    "never see any of it", "never see a penny", "never see my money", "electric* ran out", "gas ran out",
    "meter ran out", "power ran out", "no gas or electric*", "cant cook nothing", "cant cook anything",
    "cant even cook",
    "sleeping on my mates sofa", "staying on my mates sofa", "living on my mates sofa", "been on my mates sofa",
    "on different sofas", "sleep* on the floor at", "sleeping on floors",
    # Servitude and neglect: clothes never washed, the same uniform all week.
    "same uniform all week", "same clothes all week", "same clothes for days", "same clothes every day",
    "no washing powder", "clothes stink", "uniform stinks", "nobody washes my clothes", "no one washes my clothes",
    "never washed", "treat* me like a maid", "treat* me like a servant", "like their servant",
    "not allowed out the house",
    # FGM: made clean, becoming a woman, the cutting thing.
    "be made clean", "made clean like", "make me clean like", "clean like the other girls",
    "pure like the other girls",
    "special ceremony for me", "ceremony for me and", "be a woman after", "become a woman after", "a woman after it",
    "the cutting thing", "cutting thing", "scared of the cutting", "get cut like", "be cut like", "cut like her",
    # Grooming and exploitation: an older man online or in a car, going off with men, coming back with gifts.
    "some man on", "a man on tiktok", "a man on snap*", "a man on insta*", "a man on roblox", "a man on discord",
    "some guy on", "goes off with men", "go* off with men", "goes off with older", "off with men she",
    "off with men he",
    "comes back with money", "comes back with new phone*", "comes back with new clothes", "comes back with new nails",
    "yr old guy", "year old guy", "yr old man", "year old man", "old man in a car", "older man in a car",
    "sounded proper old", "sounded really old", "lied about his age",
    # Radicalisation: killing non-believers, hating a group because told to.
    "non believer*", "nonbeliever*", "unbeliever*", "disbeliever*", "kill* ... believers", "lectures about killing",
    "have to hate", "must hate", "told me to hate", "told him to hate", "hate immigrants", "hate muslims",
    "hate jews",
    "hate foreigners", "hate the gays", "do something about the immigrants", "do something about them",
    # Trafficking: moved from house to house at night, not knowing where, papers kept.
    "dont know what city", "dont know what town", "dont know where i am", "moved from house to house",
    "moved to different houses", "moved around at night", "keep* my papers", "kept my papers", "keep* our papers",
    "sleep in a caravan with", "live in a caravan with",
    # Self-harm: cutting again, sleeves to hide, barcodes.
    "i cut again", "ive cut again", "cut again last night", "i cut last night", "cut myself again",
    "started again with",
    "long sleeves even", "sleeves even in summer", "hide my arms", "hide my cuts", "hide the cuts", "barcode*",
    # Hopelessness that amounts to thoughts of suicide.
    "no point being here", "no point me being here", "no point being alive", "ending it all", "end it all",
    "thinking about ending", "wont be here by", "wont be here for christmas", "wont be here next",
    "wont be around by",
    "wont be here anyway", "letters for everyone", "wrote letters for", "goodbye letter*", "letters to everyone",
    "just in case i", "not going to be here",
    # Not wanting to visit, pleading.
    "please dont make me go", "dont make me go back to", "dont make me go to my", "dont make me go to his",
    "dont make me stay with", "dont make me see him", "dont like the way he looks at me",
    "dont like how he looks at me",
    "the way he looks at me", "how he looks at me", "hate being alone with him", "dont like being alone with him",
]

# Idioms that share words with disclosures (participation.analysis.engine: a disclosure pattern overlapping one,
# or a word away from one in the same clause, does not count): play fights, exam nerves, lessons about harm,
# accidents, food one does not like, small debts.
IDIOMS: list[str] = [
    "with a pillow", "with a cushion", "with the pillow", "pillow fight*", "play fight*", "play fighting",
    "messing about", "mucking about", "at fifa", "on fifa", "at fortnite", "with the ball", "with a ball",
    "scared of my exam*", "scared of the exam*", "scared of exam*",
    "scared of my gcse*", "scared of my test*", "scared of my results", "scared of the dentist", "scared of spiders",
    "scared of the dark", "afraid of the dark", "afraid of spiders", "learnt about", "learned about",
    "learning about",
    "a lesson on", "a lesson about", "in pshe", "on the news",
    "food i like", "food that i like", "foods i like", "a fiver", "a tenner", "a quid", "for the chippy",
    "on the straighteners", "on my straighteners", "with my straighteners", "on the oven",
    "on the hob", "on the iron", "on the kettle", "on the pan", "on the radiator", "owe my mate", "owe my sister",
    "owe my brother", "owe my friend", "owe my mum", "in debt to my sister", "in debt to my mum",
    "in debt to my brother",
    "in debt to my mate",
]

# Added after measuring the third set: weak signals, for harm described without being named. Alone each cue says
# little ("under the bed", "pub", "tablets"); cues from two different groups in one comment make it a possible
# disclosure (participation.analysis.engine.screen). The groups are the same in every language; "night", "alone"
# and "fear" are context and count half. Cues are never negated forms of each other and never overlap.
WEAK_SIGNALS: dict[str, list[str]] = {
    "hiding": [
        "hide", "hiding", "hid", "hidden", "under the bed", "under my bed", "under the duvet", "under my duvet",
        "in the wardrobe", "in my wardrobe", "in the cupboard", "door locked", "locked door", "lock* the door",
        "lock* my door", "against the door", "against my door", "gone quiet", "goes quiet", "til its quiet",
        "till its quiet", "until its quiet", "keep quiet", "stay quiet", "out of his way", "out of her way",
        "stay in my room", "stay upstairs", "go upstairs", "headphones on", "under my pillow", "in the loft",
        "ready to leave", "pretend to be asleep", "pretend im asleep",
    ],
    "carer-state": [
        "asleep all day", "in bed all day", "asleep on the sofa", "wont wake up", "doesnt wake up",
        "drunk", "drink", "drinks", "drinking", "pub", "pissed", "out of it", "off his head", "off her head",
        "off their head*", "off his face", "off her face", "wasted", "stoned", "spice", "hungover", "passed out",
        "vodka", "cans", "using again", "cant get out of bed", "wont get out of bed", "in bed all day",
        "sleeps all day",
    ],
    "temper": [
        "go* mad", "went mad", "kick* off", "kicked off", "lose* it", "lost it", "temper", "angry", "mad at me",
        "fuming", "rage", "blows up", "blew up", "in a mood", "his moods", "her moods", "my fault",
    ],
    "injury": [
        "belt", "marks", "bleed*", "bled", "blood", "lighter", "scissors", "blade", "razor", "burn*", "bruise*",
        "purple", "sore", "clumsy", "i fell", "fell over", "fell down", "scar", "scars", "knuckles", "long sleeves",
        "grabs", "grabbed", "squeez*", "pinch*", "wrist*",
    ],
    "pills": [
        "tablets", "pills", "meds", "paracetamol", "painkillers", "ibuprofen", "medication",
    ],
    "secrecy": [
        "delete* the chat*", "delete* all the chat*", "delete* the messages", "delete* all the messages",
        "delete* his messages", "so no one sees", "so nobody sees", "so no one can see", "so people dont see",
        "secret*", "dont tell", "not to tell", "if i tell", "if i told", "if i say", "nobody knows", "no one knows",
        "noone knows", "nobody can see", "no one can see", "where nobody", "nobody will know", "not saying why",
        "cant tell", "not allowed to say", "without telling", "wont tell", "never told", "in a sock",
        "not to mention",
        "dont mention",
    ],
    "hopeless": [
        "no point", "the point", "whats the point", "give up", "given up", "cant be bothered", "nothing matters",
        "better off", "would notice", "would miss me", "numb", "empty inside", "disappear", "wake up",
        "get up anymore", "getting up anymore", "tired of everything", "sick of everything", "dont care anymore",
        "ever again", "not have to deal", "no future", "will ever change", "never change", "make it stop",
        "shuts my head up",
    ],
    "older-people": [
        "years older", "older than me", "older than her", "in his 20*", "in his 30*",
        "met on snap*", "met on insta*", "met on tiktok", "met on discord", "met on roblox", "met on fortnite",
        "met him on", "added me on", "guy i met", "someone i met on", "on roblox", "on xbox", "on whatsapp",
        "on telegram", "on kik", "on omegle", "on wizz", "on yubo", "some man", "a man on", "yr old", "year old guy",
        "year old man", "sounded old", "hes older",
        "older lad*", "older boy*", "older guy*", "older man", "older men", "older girl*", "older friend*",
        "older bloke*", "some lads", "a man", "a guy", "grown man", "someone i met", "someone online", "met online",
        "off the estate", "from the estate", "on snap", "on snapchat", "on insta", "on tiktok", "on fortnite",
        "on discord", "from the shop", "his mates", "his flat", "his car", "guy online", "man online",
    ],
    "money-owed": [
        "on tick", "owe them", "owe him", "owe people", "in debt",
        "owe", "owes", "owed", "debt*", "pay back", "pay them back", "pay him back", "easy money", "quick money",
        "new trainers", "buy me", "bought me", "gives me", "gave me", "free stuff", "free things", "bits", "package*",
        "parcel*", "drop* off", "deliver*", "for cash", "errands", "sending money", "send him money",
        "sent him money",
    ],
    "control": [
        "pick up", "answer it", "or else", "make sure i", "keeps asking", "keep asking", "keeps messaging",
        "messages me every", "wont let me", "makes me", "made me", "have to do what", "tells me where", "if i block",
        "if i stop", "if i dont", "whenever", "reads my messages", "reads all my", "checks my phone",
        "takes my phone",
        "ask permission", "not allowed to talk", "makes me call him",
    ],
    "threat": [
        "do my mum", "do my family", "theyll do me", "done in",
        "send them", "sending them", "sending the", "share them", "share it", "post them", "post it", "show everyone",
        "tell everyone", "show my", "my whole year", "whole school", "knows where i live", "find me", "come for me",
        "come after me", "kill my", "hurt my", "never see my", "take me away", "take me back", "post my",
        "going to post",
    ],
    "images": [
        "pictures", "photo*", "nudes", "video* of me", "selfie*", "on cam",
    ],
    "hunger": [
        "make our own tea", "make my own tea", "if theres anything", "if there is anything", "whatever we find",
        "hungry", "starving", "nothing in the fridge", "never anything in", "fridge", "cupboards", "skip* meals",
        "skip* lunch", "skip* dinner", "nothing to eat", "no food", "no tea", "nothing in", "eat much", "dont eat",
        "dinner away", "food away", "takes my dinner", "takes my food",
    ],
    "caring": [
        "little ones", "the baby", "the babies", "my baby brother", "my baby sister", "look after the", "do the tea",
        "get them ready", "feed them", "fed", "get them to school", "nappies", "bottles",
    ],
    "leaving": [
        "not going back", "aint going back", "wont go back", "never going back", "sleep at mates", "night bus*",
        "wherever", "dont come back", "didnt come back", "stay out", "stayed out", "as late as", "sofa",
        "the streets",
        "in the car", "bringing me back", "brought me back", "get on a train", "beats being", "better than being at",
        "not there when",
    ],
    "intrusion": [
        "comes in my room", "come in my room", "comes into my room", "bathroom", "shower", "in the bath", "my bed",
        "while im asleep", "when im asleep", "while i sleep", "getting changed", "walks in", "walked in", "barges in",
        "door open",
    ],
    "weapon": [
        "knife", "knives", "machete", "weapon*",
    ],
    "night": [
        "at night", "every night", "all night", "in the night", "some nights", "midnight", "2am", "3am", "4am",
    ],
    "alone": [
        "alone", "on my own", "by myself", "left me", "locked in", "locked me",
    ],
    "fear": [
        "scared", "afraid", "frightened", "terrified", "nervous", "panic*", "shaking", "dread",
    ],
    # Added for the wider screen. Not wanting to visit someone, and adults insisting: either alone is ordinary
    # ("i dont want to visit my nan its boring"), both together may be a disclosure.
    "reluctant": [
        "hate being there", "dont like being there", "every time i stay at", "cant sleep when i stay", "i said no",
        "said no like", "keep saying no", "told them no", "please dont make me",
        "dont want to go to my", "dont want to go to his", "dont want to go to her", "dont want to go to their",
        "dont want to go there", "dont want to go back there", "dont want to see him", "dont want to see her",
        "dont want to see my dad", "dont want to see my mum", "dont want to see my uncle", "dont want to visit",
        "dont want to stay at", "dont want to stay with", "dont like going to my", "dont like going there",
        "dont like staying at", "hate going to my", "hate going there", "hate staying at", "hate visiting",
        "scared to go to my", "dont want contact with", "dont want family time with", "wish i didnt have to go",
        "dont want to go to family time", "dont want to go to contact",
    ],
    "insist": [
        "say im being dramatic", "says im being dramatic", "im being dramatic", "say im overreacting",
        "dont believe me", "have to see him", "have to see her", "why do i have to", "makes me go to",
        "make* me go", "made me go", "make* me stay", "made me stay", "make* me see", "made me see", "have to go",
        "still have to go", "got to go", "still send* me", "keep* sending me", "send* me anyway", "say* i have to",
        "said i have to", "say* i must", "force* me", "forced me", "wont listen", "nobody listens", "no one listens",
        "dont listen", "still make* me", "even though i", "every time i say", "no choice", "have no choice",
        "court says", "court order*",
    ],
    # Picked up, collected or driven by someone: with an older person it may be exploitation.
    "pickup": [
        "gets picked up", "picked up from school by", "picked up by", "in a bmw", "in a merc", "in his car",
        "picks her up", "pick* her up", "picked her up", "collects her", "collected her", "gets in his car",
        "get* in his car", "got in his car", "gets in cars", "drives her", "drove her", "takes her to", "took her to",
        "picks me up", "picked me up", "collects me", "drives me", "takes me to his", "comes to get her",
    ],
    # Grooming: gifts and credit, flattery, wanting to meet.
    "gifts": [
        "new nails", "new phone", "comes back with", "vodka", "alcohol", "fags", "weed",
        "sends me credit", "send* me credit", "top* up my phone", "topped up my phone", "tops me up",
        "sends me money",
        "sent me money", "buys me", "bought me", "gives me money", "gave me money", "gifts", "presents",
    ],
    "flattery": [
        "mature for my age", "says im mature", "says im beautiful", "says im pretty", "says im special",
        "understands me", "not like other girls", "says he loves me", "said he loves me", "calls me babe",
        "only one who gets me",
    ],
    "meet": [
        "wants to meet", "want* to meet up", "meet up", "meet him", "meet in person", "come and meet", "meet irl",
        "asked to meet", "come and see me", "wants to see me",
    ],
    # Domestic servitude: chores, and how much or instead of what.
    "chores": [
        "clean", "cleaning", "cook", "cooking", "housework", "chores", "wash* up", "washing", "ironing",
        "look after the kids", "look after their", "babysit*", "mind the kids", "mind their",
    ],
    "restriction": [
        "all day", "all night", "not allowed to go to school", "no school", "not paid", "dont get paid",
        "never paid", "for free", "no wages", "not allowed out", "never allowed out", "cant go out",
        "from morning till night", "from 6am", "till midnight", "no day off", "no days off", "like a servant",
        "like a maid", "for my keep", "for food and", "never get paid", "without pay", "work all day",
        "work long hours", "never a day off",
    ],
    # Marriage, and not by choice.
    "marriage": [
        "marry", "married", "marriage", "wedding", "engaged", "rishta", "nikah", "husband", "wife", "engagement",
    ],
    "coerce": [
        "dont want", "didnt want", "not ready", "too young", "im only", "forc*", "pressur*", "passport",
        "no choice", "without asking", "against my will", "someone i dont know",
        "chosen for me", "arranged", "promised me", "wont let me choose", "back home to", "taking me to pakistan",
        "taking me to bangladesh",
    ],
    # Radicalisation: the ideology's words, and being asked to join.
    "extreme": [
        "jihad*", "martyr*", "kuffar", "kafir*", "infidel*", "the cause", "real muslim", "race war", "white power",
        "traitor*", "fight for", "die for", "the west", "holy war", "the enemy", "martyr*", "manifesto",
        "told me to fight",
    ],
    "join": [
        "join them", "join their", "join the group", "joining them", "want* me to join", "asked me to join",
        "recruit*", "their group", "group chat", "their server", "videos", "meetings", "keep* telling me",
        "keeps telling me",
    ],
}

SAFE_STATEMENTS: list[str] = [
    "safe", "feel safe", "felt safe", "feeling safe", "feels safe", "i am safe", "im safe", "i was safe",
    "safe at home", "safe where i live", "safe where i am", "safe where i stay", "safe here", "safe there",
    "safe in my home", "safe in my house", "safe in my room", "safe at my", "safe with my", "safe with them",
    "safe with him", "safe with her", "safe around", "safe at school", "safe in school", "safe online",
    "safe in my placement", "kept safe", "keep me safe", "keeps me safe", "safe and happy", "happy and safe",
    "safe enough", "secure", "feel secure", "feel protected", "happy at home", "happy where i live",
    "happy where i am", "feel loved", "feel cared for", "looked after well", "well looked after",
    "treated well", "treat me well",
]

NEGATORS: list[str] = [
    "not", "no", "never", "nobody", "noone", "none", "neither", "nor", "dont", "doesnt", "didnt", "isnt",
    "wasnt", "arent", "werent", "aint", "cant", "cannot", "couldnt", "wont", "wouldnt", "shouldnt",
    "havent", "hasnt", "hadnt", "mustnt",
]

TEXT_SPEAK: dict[str, str] = {
    # Words of the field.
    "sw": "social worker", "sws": "social workers", "swer": "social worker", "socialworker": "social worker",
    "socialworkers": "social workers", "socail": "social", "soshal": "social", "sosial": "social",
    "wroker": "worker", "wrker": "worker", "worka": "worker", "cicc": "children in care council",
    "cic": "children in care council", "pathwayplan": "pathway plan", "stayingput": "staying put",
    "leavingcare": "leaving care", "careleaver": "care leaver", "careleavers": "care leavers",
    "fostercarer": "foster carer", "fostercarers": "foster carers", "placment": "placement",
    "placments": "placements", "plasement": "placement", "cahms": "camhs", "mh": "mental health",
    "mentalhealth": "mental health", "dr": "doctor", "docter": "doctor", "doctr": "doctor", "docta": "doctor",
    "appt": "appointment", "appts": "appointments", "councelling": "counselling", "counceling": "counselling",
    "councilling": "counselling", "counseling": "counselling", "councellor": "counsellor",
    "counselor": "counsellor", "accomodation": "accommodation", "acommodation": "accommodation",
    "acomodation": "accommodation", "accomadation": "accommodation", "accom": "accommodation",
    "info": "information", "complane": "complain", "rites": "rights", "uc": "universal credit",
    "aprenticeship": "apprenticeship", "apprentiship": "apprenticeship", "wrk": "work", "werk": "work",
    # Feelings and health.
    "axiety": "anxiety", "anxity": "anxiety", "anxius": "anxious", "anxios": "anxious",
    "depresion": "depression", "depresd": "depressed", "depresed": "depressed", "stresed": "stressed",
    "lonly": "lonely", "lonley": "lonely",
    # School.
    "skool": "school", "skl": "school", "skul": "school", "scool": "school", "shcool": "school",
    "schol": "school", "skools": "schools", "colledge": "college", "collage": "college", "colage": "college",
    "techer": "teacher", "homewrk": "homework", "hw": "homework",
    # Family and friends.
    "famly": "family", "famliy": "family", "bruva": "brother", "bruvva": "brother", "bruther": "brother",
    "sista": "sister", "sibs": "siblings", "lil": "little", "muvva": "mother", "freinds": "friends",
    "freind": "friend", "frends": "friends", "frend": "friend", "frens": "friends", "fren": "friend",
    "frendz": "friends", "frnds": "friends", "frnd": "friend", "m8": "mate", "m8s": "mates",
    "bestie": "best friend", "besties": "best friends", "bff": "best friend", "bffs": "best friends",
    "mandem": "friends", "bredrin": "friend", "bredren": "friends", "bf": "boyfriend", "gf": "girlfriend",
    "sleepova": "sleepover", "sleepovas": "sleepovers", "hols": "holidays", "footy": "football",
    "footie": "football", "bday": "birthday", "bdays": "birthdays", "xmas": "christmas",
    "crimbo": "christmas",
    # Phones and online.
    "fone": "phone", "fones": "phones", "fon": "phone", "lappy": "laptop", "laptp": "laptop",
    "insta": "instagram", "yt": "youtube", "txt": "text", "txts": "texts", "txting": "texting",
    "msg": "message", "msgs": "messages", "dm": "message", "dms": "messages", "vid": "video",
    "vids": "videos", "pics": "pictures", "helpp": "help", "helppp": "help", "halp": "help", "hlp": "help",
    "pix": "pictures", "piccies": "pictures", "noods": "nudes",
    # Money.
    "munny": "money", "muny": "money", "mony": "money", "dosh": "money",
    # Harm, written as young people write it.
    "kms": "kill myself", "kys": "kill yourself", "sh": "self harm", "selfharm": "self harm",
    "selfharming": "self harming", "selfharmed": "self harmed", "slefharm": "self harm", "slef": "self",
    "myslef": "myself", "meself": "myself", "misself": "myself", "mysel": "myself", "kil": "kill",
    "kiling": "killing", "sucide": "suicide", "suiside": "suicide", "suicde": "suicide",
    "su1cide": "suicide", "suic1de": "suicide", "sucidal": "suicidal", "suicidle": "suicidal",
    "suisidal": "suicidal", "ded": "dead", "hurtz": "hurts", "hurtin": "hurting", "hurted": "hurt",
    "hrt": "hurt", "hrts": "hurts", "hitz": "hits", "hittin": "hitting", "beatin": "beating",
    "kickin": "kicking", "punchin": "punching", "slappin": "slapping", "smackin": "smacking",
    "touchin": "touching", "tuch": "touch", "tuches": "touches", "tuched": "touched", "tuching": "touching",
    "bullyin": "bullying", "bulling": "bullying", "buling": "bullying", "bullyed": "bullied",
    "bulled": "bullied", "scard": "scared", "skared": "scared", "scaired": "scared", "scarey": "scary",
    "afriad": "afraid", "frightend": "frightened", "abuzed": "abused", "abusd": "abused",
    "threatend": "threatened", "threatning": "threatening", "violance": "violence", "nakid": "naked",
    "nekkid": "naked", "hungery": "hungry", "hungrey": "hungry", "starvin": "starving",
    "traficked": "trafficked", "secrit": "secret", "cuttin": "cutting", "runnin": "running",
    "missin": "missing", "screamin": "screaming", "shoutin": "shouting", "yellin": "yelling",
    "swearin": "swearing", "cryin": "crying", "feds": "police", "popo": "police",
    # People and things.
    "sum1": "someone", "some1": "someone", "any1": "anyone", "every1": "everyone", "evry1": "everyone",
    "no1": "no one", "nobdy": "nobody", "nobudy": "nobody", "sumthin": "something", "sumthing": "something",
    "somethin": "something", "summat": "something", "sumfin": "something", "nuffin": "nothing",
    "nuthin": "nothing", "nothin": "nothing", "nufink": "nothing", "anythin": "anything",
    "anyfin": "anything", "ppl": "people", "pple": "people", "peeps": "people",
    # Everyday text-speak.
    "coz": "because", "cuz": "because", "cus": "because", "bc": "because", "bcos": "because",
    "bcoz": "because", "bcuz": "because", "becuz": "because", "becos": "because", "becoz": "because",
    "wiv": "with", "wid": "with", "wif": "with", "dnt": "dont", "dosnt": "doesnt", "dosent": "doesnt",
    "doesent": "doesnt", "dusnt": "doesnt", "dsnt": "doesnt", "dint": "didnt", "ddnt": "didnt",
    "cnt": "cant", "carnt": "cant", "wudnt": "wouldnt", "cudnt": "couldnt", "shudnt": "shouldnt",
    "neva": "never", "nvr": "never", "nevr": "never", "wanna": "want to", "wana": "want to",
    "gonna": "going to", "gunna": "going to", "gona": "going to", "gotta": "got to", "hafta": "have to",
    "tryna": "trying to", "lemme": "let me", "gimme": "give me", "dunno": "dont know", "dno": "dont know",
    "idk": "i dont know", "idc": "i dont care", "idek": "i dont even know", "tbh": "to be honest",
    "ngl": "honestly", "imo": "in my opinion", "rn": "right now", "atm": "at the moment", "b4": "before",
    "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow", "2moz": "tomorrow", "tmrw": "tomorrow",
    "2nite": "tonight", "tonite": "tonight", "l8": "late", "l8r": "later", "gr8": "great", "2": "to",
    "4": "for", "b": "be", "r": "are", "ur": "your", "ya": "you", "yu": "you", "yous": "you",
    "youse": "you", "thx": "thanks", "thnx": "thanks", "pls": "please", "plz": "please", "luv": "love",
    "lyk": "like", "cud": "could", "shud": "should", "wud": "would", "gud": "good", "bk": "back",
    "bak": "back", "abt": "about", "bout": "about", "alot": "a lot", "wat": "what", "wot": "what",
    "wut": "what", "wen": "when", "dem": "them", "dey": "they", "der": "there", "tho": "though",
    "thru": "through", "sed": "said", "sez": "says", "sayin": "saying", "innit": "is it", "yh": "yeah",
    "av": "have", "hav": "have", "evry": "every", "evryday": "every day", "bein": "being", "doin": "doing",
    "goin": "going", "sumtimes": "sometimes", "smtimes": "sometimes", "alwys": "always",
    "allways": "always", "ova": "over", "aftr": "after",
}

WEAK_SIGNALS["reluctant"] += ["dont want ... family time", "dont want ... contact with", "dont want to see my step*",
                              "keep telling them i dont"]
WEAK_SIGNALS["coerce"] += ["back home", "is 14", "is 15", "is 16", "im 14", "im 15", "im 16", "to a man",
                           "to an old man"]
WEAK_SIGNALS["restriction"] += ["if its not done", "before they wake up", "get up at 4", "get up at 5", "get up at 6",
                                "everyones breakfast", "everyones washing", "do everyones", "shout if"]
WEAK_SIGNALS["extreme"] += ["immigrants are taking over", "taking over our country", "fight back", "need to fight",
                            "invasion", "invaders", "replacement"]
SAFEGUARDING += ["engaged her to", "engaged me to", "married her to", "married me off to", "marry her to",
                 "marry her off", "marrying her off", "promised her to"]

# Added after a second round of checks with fresh wording (general families, not single comments).
SAFEGUARDING += [
    # County lines: running or carrying bags out of town; "the older lot".
    "older lot", "the olders", "run* bags", "running bags", "carry* bags for", "carrying bags to", "take* bags to",
    "take* bags out", "bags out to", "bags up to", "bags down to", "packages out to", "parcels out to",
    "sell* for them",
    "selling for them", "sell* for him", "go up to ... to sell", "go down to ... to sell", "to sell for",
    # Destitution: not eaten for days.
    "havent eaten properly", "not eaten properly", "havent eaten ... days", "not eaten ... days",
    "havent eaten ... day",
    "no money ... for food", "cant afford ... food",
    # Exploitation: parties with men, drink given to her, an older man in his twenties.
    "parties with men", "party with men", "parties with older men", "men in their 20*", "men in their 30*",
    "guys in their 20*", "give* her drink*", "give* her alcohol", "give* her vodka", "give* her drugs",
    "give* her weed",
    "gave her drink*", "give* us drink*", "give* us alcohol", "come to his flat", "come round his flat",
    "come to his house", "go to his flat", "wants me to come to his",
    # Suicidal thoughts: happier if I disappeared; the point in carrying on; looking up ways.
    "happier if i", "better if i just", "if i just disappeared", "if i ... disappeared", "if i ... wasnt here",
    "if i ... was gone", "if i ... died", "carrying on anymore", "point in carrying on", "point of carrying on",
    "carry on anymore", "ways to end it", "ways to die", "ways to kill myself", "how to end it", "how to kill myself",
    "painless way*", "how many pills", "how many tablets", "looking up ways to", "searched how to",
    # Radicalisation: fighting a group.
    "fight the muslims", "fight muslims", "fight the immigrants", "fight the jews", "fight the blacks",
    "kill the muslims", "kill muslims", "kill the immigrants", "kill immigrants", "kill jews", "kill the jews",
]
CRIES += ["please its urgent", "^its urgent", "its really urgent", "this is urgent", "its an emergency",
          "^emergency$"]
IDIOMS += ["for my birthday", "for my bday", "for christmas", "scared of my ... test*", "scared of my ... exam*",
           "scared of the ... test*", "nervous about my"]
WEAK_SIGNALS["insist"] += ["mak* me go", "mak* me stay", "mak* me see", "mak* me visit", "keep making me",
                           "keeps making me", "lazem"]
WEAK_SIGNALS["reluctant"] += ["told them i dont", "told her i dont", "told him i dont", "told mum i dont",
                              "said i dont want to"]
WEAK_SIGNALS["older-people"] += ["from insta", "from snap*", "from tiktok", "guy from", "man from", "a guy on",
                                 "in their 20*", "in their 30*"]
WEAK_SIGNALS["gifts"] += ["sending me money", "send* me money", "keeps sending me", "sending me stuff", "paid for my"]
WEAK_SIGNALS["meet"] += ["come to his", "go to his", "come round his", "come over to his"]
WEAK_SIGNALS["extreme"] += ["the muslims", "the immigrants", "the jews", "the blacks", "the whites", "the gays",
                            "foreigners", "immigrants"]

# Added after a third round of checks with fresh wording: broader families for every kind.
SAFEGUARDING += [
    # Criminal exploitation.
    "pay* me to keep", "pay* me to hold", "pay* me to carry", "pay* me to take", "pay* me to drop",
    "pay* me to deliver",
    "pay* me to sell", "paid me to keep", "paid me to hold", "paid me to carry", "paid me to take", "paid me to sell",
    "keep* a bag under", "bag under my bed", "a bag in my room for", "package in my room", "cant say no now",
    "cant say no to them", "cant get out of it", "cant get out now", "in too deep", "a town i dont know",
    "a city i dont know", "stuff that wasnt mine", "drugs that werent mine", "took over ... flat",
    "take* over my flat",
    "deal* from my flat", "deal from it", "sell* from my flat", "make* me sell", "made me sell", "make* me deal",
    "made me deal", "have to sell for", "have to deal for", "if i dont sell", "if i dont deliver", "if i dont drop",
    "or theyll hurt", "or they will hurt", "or theyll stab", "or theyll kill", "be their runner", "runner for them",
    # Sexual exploitation.
    "want* something in return", "want* something back", "want* stuff back", "want* favours back",
    "expect* something in return", "expect* stuff back", "pay it back with", "pay them back with",
    "stays out all weekend with", "stay* out all night with", "out all weekend with", "sleep with them for",
    "do stuff with them for", "do things with men for", "do stuff with men for",
    # Cries for help said as pleas.
    "please dont ignore this", "dont ignore this", "please read this", "please take this seriously",
    "does anyone care", "can anyone hear me",
    # Destitution.
    "keep* my money", "keep* all my money", "keep* my wages", "keep* my benefit*", "keep* my uc", "keeps my card",
    "only gives me", "sleep* at the ... station", "sleep* in the ... station", "sleep* in a doorway",
    "sleep* in doorways", "sleep* on a bench", "sleep* on benches", "no money for the meter", "meter is empty",
    # Neglect.
    "nobody cooks", "no one cooks", "noone cooks", "crisps for tea", "crisps for dinner", "sweets for tea",
    "nobody makes us food", "nobody makes me food", "nobody feeds us", "nobody feeds me", "have to feed myself",
    "never been to the dentist", "nobody takes me to the doctor", "no one takes me to the doctor", "head lice",
    # Forced marriage.
    "have to marry", "got to marry", "must marry", "man they picked", "man they chose", "someone they picked",
    "someone they chose", "boy they picked", "the one they picked", "or i cant come home", "disown me if",
    "disowned if i dont", "kill me if i dont marry",
    # Domestic servitude.
    
    
    # FGM.
    "cut her when she was", "they cut her", "did it to my sister", "want to do it to me", "do the same to me",
    "what happens to girls", "what they do to girls", "happens to girls there", "girls get cut", "get cut there",
    "cut girls there",
    # Radicalisation.
    "ready to kill", "ready to fight", "war is coming", "day of the rope", "attack people who", "attack them all",
    "kill them all", "get rid of them all", "they deserve to die", "deserve to die", "should all die",
    "should be killed", "people who arent like us", "purge them",
    # Trafficking.
    "keep* all our money", "keep* our money", "keep* our wages", "keep* our pay", "belong to him until",
    "says i belong to him", "say i belong to them", "i belong to him",
    "until i pay", "till i pay", "til i pay", "came in a lorry", "came in the back of", "nobody pays us",
    "we dont get paid", "drive us to work",
    # Suicidal thoughts.
    "life is pointless", "pointless living", "whats the point of me", "waste of space", "burden to everyone",
    "wish i could just stop", "i want out", "done with everything", "done with it all", "cant do it anymore",
    "not be here tomorrow", "wont wake up tomorrow", "be with my mum in heaven", 
    # Self-harm.
    "hurt* myself on purpose", "on purpose to hurt", "pull* my hair out till", "punch* myself",
]
CRIES += ["^somebody please$", "^someone please$", "^anyone please$", "please someone", "someone please",
          "please anyone", "somebody please help", "anyone i can talk to", "someone i can talk to", "is there anyone",
          "^i need someone$", "help needed", "i need help please"]
WEAK_SIGNALS["reluctant"] += ["bad feeling", "weird feeling", "feel weird at", "feel uncomfortable",
                              "uncomfortable at",
                              "uncomfortable around", "begged not to", "beg* them not to", "beg* not to go",
                              "dread going", "dont feel safe at his", "not safe at his"]
WEAK_SIGNALS["insist"] += ["the court", "its the court", "sw says i have to", "social worker says i have to",
                           "have to go anyway", "still have to see him", "every saturday", "every other weekend"]
WEAK_SIGNALS["flattery"] += ["look older than", "older than my age", "look older", "more mature than", "so grown up"]
WEAK_SIGNALS["meet"] += ["video chat", "facetime", "video call"]
WEAK_SIGNALS["secrecy"] += ["when im alone", "on my own with him", "when nobodys around", "when no ones around"]
WEAK_SIGNALS["gifts"] += ["gift card*", "vouchers", "robux", "v bucks", "vbucks", "skins", "game credit"]
WEAK_SIGNALS["older-people"] += ["the guys at the", "men at the", "at the takeaway", "at the chicken shop",
                                 "lads from", "from the next town"]
WEAK_SIGNALS["control"] += ["cant say no", "no choice"]
WEAK_SIGNALS["chores"] += ["look after ... kids", "look after ... children", "mind ... kids"]
WEAK_SIGNALS["restriction"] += ["instead of", "every day instead", "for nothing", "get nothing", "paid nothing"]
WEAK_SIGNALS["extreme"] += ["not like us", "war is coming", "attack people", "attack them", "ready to kill",
                            "cleanse"]
WEAK_SIGNALS["join"] += ["a group online", "group online", "online group", "sending me videos", "sends me videos"]
WEAK_SIGNALS["fear"] += ["worried about the holiday", "worried about going to"]

# Added after checking the issue's own examples: the county-lines words themselves, each beside what makes it the
# slang (look-alikes "plug it in", "cut me off", "not paid enough" are idioms).
SAFEGUARDING += [
    "im ot", "was ot", "ot this weekend", "ot again", "ot for days", "ot for a week", "back from ot", "out there for days",
    "out there for a week", "got me out there", "sent me out there", "out there for them",
    "do a line", "doing a line", "do their line", "running for them", "running for him", "run for them", "been running for",
    "plug* it", "plugged it", "had to plug", "plugging", "hold* food", "hold* work for", "hold* the food",
    "work* ... not paid", "work* ... never paid", "work* ... dont get paid", "im not paid",
    "want* to cut me", "going to cut me", "gonna cut me", "cut me when we",
]
IDIOMS += ["plug* in", "plug* it in", "plug* my", "plug* the", "plugged in", "charger", "socket", "paid enough",
           "paid much", "paid on time", "paid weekly", "paid monthly", "paid yet", "cut me off", "cut off", "cut my hair",
           "cut my hours", "cut my money", "cut my benefits", "cut my phone"]
WEAK_SIGNALS["extreme"] += ["and fight", "to fight", "fight them"]

# Added after a fourth round of checks with fresh wording: English families, more verbs and more ways of saying each.
SAFEGUARDING += [
    # Physical abuse: more verbs with "me".
    "chuck* me", "threw me", "throw* me", "flung me", "fling* me", "slam* me", "stamp* on me", "stomp* on me",
    "headbutt* me", "elbow* me", "knee* me", "whip* me", "lash* me", "belt* me", "cane* me", "hurl* me", "bash* me",
    "batter* me", "thump* me", "clout* me", "clip* me round", "clip round the ear", "cuff* me", "down the stairs",
    "into the wall", "against the wall",
    # Criminal exploitation: stashing, being used.
    "make* me stash", "made me stash", "stash stuff", "stash drugs", "stash* ... in my", "being used by",
    "was being used", "they use me", "used me to", "using me to", "exploit* me", "being exploited", "groomed into",
    "groomed me into", "cant leave till", "couldnt leave till", "not allowed to leave till",
    # Sexual exploitation.
    "boyfriend who is 2*", "boyfriend whos 2*", "boyfriend who is 3*", "meet his mates", "gets her to meet",
    "make* her meet", "passed her to", "share* her with", "men pay her", "pay* girls", "pay* her to", "paid her to",
    "pay me for", "paid me for",
    # Cries for help.
    "need to tell someone something", "something to tell", "i have something to tell", "can i tell someone",
    "i want to tell someone", "want to tell someone what",
    # Suicidal thoughts: reasons, plans, goodbyes.
    "no reason for me to", "no reason to be here", "no reason to be alive", "no reason to keep going",
    "know what im going to do", "know how im going to do it", "have a plan to", "made a plan to", "my plan is to",
    "final goodbye", "saying my goodbyes", "get it over with", "be gone soon", "wont be here long",
    "not be around for long", "whats the point in me", "wish i could die", "wish i would die", "hope i die",
    "ready to die", "written a note and", "wrote a note and",
    # Self-harm: cuts and scars.
    "cuts on my", "cuts are getting deeper", "cuts getting deeper", "cutting deeper", "deeper cuts", "cut deeper",
    "scars on my", "hide my scars", "blood on my sleeve", "burn* my arm*", "burn* my skin", "lighter on my",
    "pinch* myself till", "hit* my head against",
    # Neglect: left for days, nobody home, fending for ourselves.
    "left on our own", "on our own for days", "alone for days", "on my own for days", "alone all weekend",
    "no adults at home", "no adult at home", "nobody comes home", "mum doesnt come home", "dad doesnt come home",
    "parents dont come home", "nobody looks after us", "have to look after myself", "look after ourselves",
    "fend for myself", "fend for ourselves",
    # Forced marriage.
    "marry who they", "duty to marry", "bring shame", "choose my husband", "choose my wife", "choose who i marry",
    "pick my husband", "pick* who i marry",
    # Domestic servitude.
    "clean their whole house", "clean their house every", "dont let me go out or", "never let me out",
    # FGM.
    "have the cut", "had the cut", "get the cut", "getting the cut", "the cutting", "my turn to be cut",
    "girls in our family ... cut", "cut ... girls in our family",
    # Radicalisation.
    "be wiped out", "wipe them out", "wipe out the", "exterminat*", "should be wiped", "should be exterminated",
    # Trafficking.
    "brought here to work", "brought us here", "brought me here to", "we cant leave", "cant leave the house",
    "not allowed to go out",
]
CRIES += ["can someone help", "can anyone help", "could someone help", "can somebody help", "i need to tell someone"]
CRY_BLOCKERS += ["where", "that", "how", "what", "which"]
IDIOMS += ["a talk about", "talked to us about", "told us about", "assembly about", "lesson about", "a video about",
           "wiped out after", "wiped out from", "totally wiped out", "so wiped out"]
WEAK_SIGNALS["reluctant"] += ["say i dont want to go", "when i say i dont want", "feel sick before i go",
                              "sick before i go to", "dont want to stay over", "scared to stay at", "hate staying over"]
WEAK_SIGNALS["insist"] += ["being silly", "im being silly", "says im being", "make a fuss", "making a fuss",
                           "tell me to stop", "nobody listens when"]
WEAK_SIGNALS["chores"] += ["clean their", "their whole house"]
WEAK_SIGNALS["restriction"] += ["dont let me go out", "dont let me go to school", "never let me out"]
WEAK_SIGNALS["injury"] += ["down the stairs", "deeper", "scars"]

CRY_SKIP: list[str] = ["me", "us", "please", "pls", "plz", "out"]

# Added after a fifth round of checks with fresh wording: concept pairs that generalise (see WEAK_PARTNERS), and the
# families that round missed.
WEAK_SIGNALS["wish"] = [
    "want to", "wish i", "wish i could", "rather", "id rather", "would rather", "thinking about", "been thinking",
    "think about", "planning to", "plan to", "going to", "feel like", "ready to", "tempted to", "considering", "hope i",
    "want it to", "just want to",
]
WEAK_SIGNALS["death"] = [
    "die", "be dead", "not be alive", "not alive", "not be here", "not exist", "stop existing", "disappear forever",
    "end it", "end it all", "end my life", "end everything", "take my life", "kill myself", "not wake up",
    "never wake up", "sleep forever", "be gone", "all my meds", "all my tablets", "all my pills", "overdose",
    "jump off", "hang myself", "in front of a train", "off a bridge", "off the bridge", "not be around",
]
WEAK_SIGNALS["carrying"] = [
    "take a bag", "carry a bag", "take bags", "hold a bag", "keep a bag", "on the train to", "to another town",
    "a package to", "stuff to", "the stuff", "a parcel to", "drop it off", "take it to", "bring it to", "keep it at mine",
    "keep it in my room", "deliver it",
]
WEAK_SIGNALS["absent"] = [
    "hasnt been home", "not been home since", "hasnt come home", "doesnt come home", "didnt come home", "gone for days",
    "away for days", "out all the time", "never home", "left us", "since friday", "since saturday", "for days",
]
WEAK_SIGNALS["control"] += ["been told to", "told to take", "got to take", "have to take", "they say i have to",
                            "make them", "makes them"]
WEAK_SIGNALS["money-owed"] += ["pay it back", "pay back", "robbed the stuff", "robbed it off me", "took it off me"]
WEAK_SIGNALS["reluctant"] += ["hate weekends at", "he scares me", "she scares me", "scares me", "is always there"]
WEAK_SIGNALS["insist"] += ["i have to stay", "have to stay"]
WEAK_SIGNALS["older-people"] += ["met someone on a game", "someone on a game", "on a game", "younger girls"]
SAFEGUARDING += [
    "sleeping on a mates floor", "sleeping on my mates floor", "sleeping on a friends floor", "on a mates floor since",
    "been sleeping on", "sleeping on friends floors", "floor since my", "need to be cut", "have to be cut", "be cut to",
    "proper woman", "nappy doesnt get changed", "nappies dont get changed", "nobody changes his nappy",
    "nobody changes her nappy", "doesnt get changed", "send a pic", "send him a pic", "send a photo",
    "send him a photo", "send nudes", "younger girls", "get* girls high", "get* girls drunk", "get* younger girls",
    "make* them do stuff", "make* them do things", "make* her do stuff", "made her do stuff", "got me into the country",
    "until the debt is paid", "till the debt is paid", "debt is paid", "work for him until", "work for them until",
    "rather not be alive", "rather not be here", "rather be gone", "taking all my meds", "taking all my tablets",
    "dont want to write it", "cant write it here", "cant say it here", "dont want to say it here",
    "rather say it on the phone", "rather talk on the phone",
]
CRIES += ["can you call me", "can you ring me", "can you phone me", "please call me back", "call me asap"]
IDIOMS += ["on my diet", "my diet", "with the diet"]

# Added after a sixth round of checks with fresh wording.
SAFEGUARDING += [
    "give* me ... to take stuff", "to take stuff to", "take stuff to people", "stuff to people in", "to sell from",
    "deal from", "using ... flat to", "using ... house to", "dont know who else to ask", "dont know who else to tell",
    "who else to ask", "if i was dead", "if i were dead", "easier for everyone if", "better for everyone if i",
    "took our passport*", "our passports", "make* us work", "made us work", "took our phones and",
]
IDIOMS += ["here on monday", "here on friday", "here tomorrow", "boring trip", "this trip", "this lesson", "this class",
           "in this lesson", "in this class", "on this trip", "in this meeting"]
WEAK_SIGNALS["death"] += ["was dead", "were dead", "i was dead"]
WEAK_SIGNALS["carrying"] += ["take stuff", "another city", "another town"]
WEAK_SIGNALS["images"] += ["what im wearing"]
WEAK_SIGNALS["secrecy"] += ["if im alone", "whether im alone", "if im on my own"]
WEAK_SIGNALS["reluctant"] += ["dont like it at", "dont like it there"]
WEAK_SIGNALS["insist"] += ["forced to go", "im forced to", "forced to stay"]

# Kind-level topics and the cues that partner them (participation.analysis.engine.KIND_TOPICS): a topic word of one
# kind of harm beside any pressure, secrecy, fear, age or money cue. Written as families, not rows.
WEAK_SIGNALS["fgm"] = [
    "get cut", "getting cut", "be cut", "been cut", "gets cut", "got cut down", "cut her", "cut girls", "cut us",
    "cutting", "the cut", "circumcis*", "khitan", "khatna", "sunna", "sunnah", "tahara", "tahur", "ceremony",
    "ceremonies", "down there", "be clean", "be pure", "purif*", "make her clean", "make me clean", "the procedure",
    "the tradition", "our tradition", "cut like", "fgm", "female circumcision", "initiation",
]
WEAK_SIGNALS["girl"] = [
    "my little sister", "my sister", "my sisters", "my cousin", "little girls", "the girls", "my niece",
    "all the girls", "girls in my family", "my daughter",
]
WEAK_SIGNALS["travel"] = [
    "abroad", "back home", "to pakistan", "to somalia", "to egypt", "to sudan", "to nigeria", "to bangladesh",
    "to yemen", "to iraq", "to syria", "to eritrea", "to ethiopia", "to the gambia", "to sierra leone",
    "in the holidays", "summer holidays", "over the summer", "this summer", "in the summer", "on holiday",
    "the trip", "the village", "our country", "back to", "take her away", "taking her away", "take me away",
    "send me back", "sending me back", "plane", "flight*", "go over there", "over there",
]
WEAK_SIGNALS["age"] = [
    "im 1*", "i am 1*", "only 1*", "aged 1*", "age 1*", "at 1*", "shes 1*", "she is 1*", "hes 1*", "he is 1*",
    "years old", "yrs old", "too young", "underage", "under age", "still a kid", "still a child", "only a kid",
]
WEAK_SIGNALS["must"] = [
    "we must", "you must", "must", "we should", "should do something",
    "do something about", "our duty", "its a duty", "duty", "need to act", "supposed to", "they say we",
    "its time to",
]
WEAK_SIGNALS["papers"] = [
    "passport*", "documents", "my papers", "our papers", "id card", "my id", "visa", "smuggl*", "agent", "the journey",
    "for the journey", "for the trip", "lorry", "the boat", "brought over", "brought me here", "brought us here",
    "brought here", "no papers", "immigration",
]
WEAK_SIGNALS["party"] = [
    "party", "parties", "hotel*", "older boyfriend", "his flat", "a flat", "their flat",
    "take her places", "takes her places", "took her places", "take us places", "takes us places",
    "comes back different", "came back different", "comes home different", "house party", "trap house", "taxi*",
    "in cars", "to his mates", "passed around", "pass her around",
]
WEAK_SIGNALS["extreme"] += [
    "replaced", "replacement", "white people", "white race", "our race", "immigrants", "migrants", "invaders",
    "foreigners", "take our country back", "take back our country", "kuffar", "kufar", "kaffir*", "unbelievers", "caliphate", "khilafah", "mujahid*",
    "shaheed", "shahid", "isis", "daesh", "nazi*", "hitler", "14 words", "race traitor*", "muslims are", "jews are",
    "blacks are", "purge", "cleanse", "go and fight", "over there to fight", "revenge", "pay for what",
]
WEAK_SIGNALS["join"] += [
    "join*", "this group", "a group", "group online", "online group", "channel", "telegram", "leaflet*",
    "flyer*", "sticker*", "the brothers", "brothers", "the lads", "the movement", "the cause", "our people",
    "video*", "watch* videos", "lectures", "speeches", "sermons", "meet up", "a meeting", "their meetings",
    "recruit*", "radical*", "preacher", "sheikh", "imam online",
]
WEAK_SIGNALS["chores"] += [
    "work", "works", "working", "worked", "job", "servant", "maid", "begging", "beg", "car wash", "nail bar",
    "nail salon", "cannabis farm", "farm", "factory", "kitchen", "restaurant", "takeaway kitchen", "sell* flowers",
    "cleaning the house", "clean the house", "do all the", "look after their kids", "raise their kids",
    "wash their clothes", "wash the clothes",
]
WEAK_SIGNALS["restriction"] += [
    "hours a day", "hour* a day", "12 hours", "14 hours", "16 hours", "no money",
    "takes my money", "take* all the money", "takes all my money", "keep* the money", "keep* my money",
    "dont pay me", "doesnt pay", "never pay", "pay me nothing", "pays me nothing", "nothing for it",
    "not allowed to leave", "cant leave", "locked in", "not in school", "dont go to school", "dont go school",
    "never go to school", "instead of school", "no time off", "no break", "no breaks", "until late",
]
WEAK_SIGNALS["coerce"] += [
    "have to marry", "make me marry", "making me marry", "making me", "theyre making", "told me i will",
    "already decided", "decided for me", "not my choice", "no say", "i said no",
]
WEAK_SIGNALS["marriage"] += [
    "bride", "groom", "fiance*", "husband*", "proposal", "arranged for me", "get married", "getting married",
    "marrying", "nikkah", "katb kitab", "my future husband", "my future wife",
]
WEAK_SIGNALS["gifts"] += [
    "vape*", "drink", "drinks", "cans", "spliff*", "weed", "drugs", "pills", "gives her", "give her", "gave her",
    "give my sister", "gives my sister", "give us", "gives us", "gave us", "buys her", "bought her",
]
WEAK_SIGNALS["pickup"] += [
    "take her places", "takes her places", "take her out", "takes her out", "picks us up", "picked us up",
    "drives us", "drove us", "in his car", "in their car",
]
WEAK_SIGNALS["control"] += ["got me to", "get me to", "gets me to", "made me open", "told me to open"]
WEAK_SIGNALS["carrying"] = WEAK_SIGNALS.get("carrying", []) + [
    "bank account", "my account", "my bank", "my card", "money going in", "money goes in", "going in and out",
    "in n out",
]
WEAK_SIGNALS["broke"] = [
    "no money", "skint", "not a penny", "not a single pound", "cant afford", "cant pay", "no electric",
    "electric* off", "no gas", "gas off", "power off", "power cut off", "cut off", "meter", "evicted", "kicked out",
    "chucked out", "thrown out", "no rent", "behind on rent", "food bank", "foodbank",
]
WEAK_SIGNALS["leaving"] += ["sofa surf*", "on a mates sofa", "on my mates sofa", "mates sofa", "friends sofa",
                            "on the sofa at", "couch", "sleeping rough", "sleep rough"]
SAFEGUARDING += ["i need to get out", "need to get out of here", "point of being here", "being here anymore",
                 "dont tell him i", "dont tell her i", "dont tell them i", "cry before contact",
                 "cry before family time", "open a bank account for", "money going in and out"]
WEAK_SIGNALS["restriction"] += ["to pay off", "pay off what", "work off", "working off", "work it off", "for the debt",
                                "owe for the journey", "owe them for", "owe him for", "until i pay", "till i pay"]

# A second round of fresh wording (first sight recall 0.87, precision 0.83): fighting split from the ideology's
# words; becoming a woman "the proper way"; a match found for me; unpaid work from dawn.
WEAK_SIGNALS["fight"] = ["fight", "fighting", "war", "battle", "the enemy", "enemy", "enemies", "revenge",
                         "stand up", "rise up", "defend our", "protect our", "before its too late", "wake up"]
WEAK_SIGNALS["extreme"] += ["taking over", "take over", "our country", "our people", "pure blood", "real men",
                            "the west"]
WEAK_SIGNALS["must"] += ["we need to", "need to stand", "its on us", "no choice but", "its our job"]
WEAK_SIGNALS["travel"] += ["somalia", "sudan", "egypt", "eritrea", "ethiopia", "gambia", "sierra leone", "guinea",
                           "mali", "kenya", "nigeria", "yemen", "iraq", "kurdistan", "indonesia", "pakistan",
                           "bangladesh", "when we visit", "when we go back", "when we go home", "family back home"]
WEAK_SIGNALS["fgm"] += ["become a woman", "becoming a woman", "made a woman", "make me a woman", "proper woman",
                        "the proper way", "the old way", "the lady is coming", "the woman is coming", "a special day",
                        "girls are done", "get done", "getting done", "be done", "done like"]
WEAK_SIGNALS["marriage"] += ["found someone for me", "found me someone", "someone for me", "picked someone",
                             "chosen someone", "a boy for me", "a man for me", "a girl for me", "a match for me",
                             "introduced to", "to meet a boy", "my intended", "promised to"]
WEAK_SIGNALS["chores"] += ["making breakfast", "make breakfast", "making dinner", "make dinner", "making tea",
                           "for everyone", "for the whole family", "all the washing", "scrub*", "mop*", "hoover*"]
WEAK_SIGNALS["restriction"] += ["any pay", "get any pay", "no pay", "never get any", "time off", "up at 5",
                                "up at 5am", "up at 6", "up at 6am", "up at 4", "before everyone", "last to bed"]

# A third round of fresh wording (first sight recall 0.75, precision 0.87): misogynist and online extremism,
# being added to a chat that spreads it, FGM told as something done "down below" or being sealed, deportation as
# the threat that holds trafficked children, begging not to be sent somewhere "because of what he does".
WEAK_SIGNALS["extreme"] += ["women should", "in their place", "punish them", "punish women", "incel*", "femoid*",
                            "alpha male*", "red pill*", "redpill*", "andrew tate", "deserve to die", "kill them all",
                            "wipe them out", "killing immigrants", "killing muslims", "killing jews", "paradise",
                            "only way to paradise", "go to syria", "hijrah", "ummah"]
WEAK_SIGNALS["fight"] += ["punish", "killing", "kill them", "attack*", "bomb*", "shoot*", "go to war"]
WEAK_SIGNALS["join"] += ["youtuber", "influencer", "podcast*", "streamer", "a chat", "the chat", "added me to",
                         "added to a", "spread it", "spread the word", "post about", "posts about", "from the mosque",
                         "study circle", "some guys from", "told my cousin", "told my brother", "told my friend"]
WEAK_SIGNALS["fgm"] += ["down below", "private parts", "privates", "between her legs", "between my legs",
                        "her private*", "my private*", "sealed", "sew* up", "sewn", "stitch* up", "stitched",
                        "closed up", "infibulat*", "did something to her", "do something to her",
                        "do something to me", "did something to me", "bleeding for days"]
WEAK_SIGNALS["party"] += ["the flat", "at the flat", "to the flat", "the men", "men come round", "men came round",
                          "sleep with his friends", "sleep with his mates", "with his friends", "his girlfriend",
                          "be nice to"]
WEAK_SIGNALS["papers"] += ["deport*", "home office", "illegal", "no status", "from house to house",
                           "moved us around", "moved us from", "move us around"]
WEAK_SIGNALS["threat"] += ["if we talk", "if we tell", "if i talk", "talk to police", "talk to the police",
                           "tell the police", "go to the police", "get us deported", "get me deported",
                           "we will be deported", "ill be deported"]
WEAK_SIGNALS["reluctant"] += ["beg them not to", "beg her not to", "beg him not to", "not to send me",
                              "dont send me", "please dont send me", "dread going", "dread the weekend"]
SAFEGUARDING += ["because of what he does", "because of what he did", "what he does to me", "what he did to me",
                 "because of what she does", "what she does to me", "what they do to me", "what they did to me"]

# A fourth round of fresh wording (first sight recall 0.84, precision 1.00): atrocity clips, slurs and protests, FGM
# as "having it done" and "my turn", disowning as the threat behind a marriage, dread of visits felt in the body.
WEAK_SIGNALS["extreme"] += ["beheading*", "execution*", "massacre*", "deserved it", "deserved to die", "paki",
                            "pakis", "ruining the town", "ruining our country", "ruining this country",
                            "taking our jobs", "flooding in", "invasion", "groomers", "grooming gangs", "send them back",
                            "remigration", "blood and soil", "white genocide", "zog", "globalists"]
WEAK_SIGNALS["join"] += ["clips", "shows me clips", "shows me videos", "sends me clips", "sends me videos",
                         "protest", "a march", "rally", "a demo", "come to a", "wants me to come", "come with him",
                         "come with them"]
WEAK_SIGNALS["fgm"] += ["had it done", "have it done", "get it done", "getting it done", "when she was little", "what they did to mum", "what they did to my mum"]
WEAK_SIGNALS["marriage"] += ["picked for me", "hes picked", "theyve picked", "the man hes", "the man they",
                             "the boy they", "the one they chose"]
WEAK_SIGNALS["threat"] += ["disown*", "cut me off", "if i refuse", "if i say no", "shame on the family",
                           "bring shame", "dishonour*", "our honour", "family honour", "never speak to me again"]
WEAK_SIGNALS["reluctant"] += ["stomach ache*", "tummy ache*", "belly ache*", "feel sick before", "feel sick when",
                              "every time i have to go", "cry before", "panic before", "cant sleep before",
                              "dread it", "dreading it"]
WEAK_SIGNALS["papers"] += ["promised me a job", "promised me work", "promised a job", "promised us work",
                           "promised me a better life", "a job in england", "work in england", "work in london"]
WEAK_SIGNALS["must"] += ["its my turn", "my turn", "her turn", "next in line", "all the girls in"]

# A fifth round of fresh wording (first sight recall 0.78, precision 0.95): neglect told as a home in squalor and
# food kept from children, a cry that is a need to talk, being sold, being taken to houses where men pay.
WEAK_SIGNALS["squalor"] = [
    "filthy", "mould*", "mold", "mouldy", "damp", "no hot water", "hot water", "no heating", "rats", "mice",
    "cockroach*", "bed bugs", "bedbugs", "fleas", "dirty clothes", "smelly", "smell", "no clean clothes",
    "no bed", "on the floor", "sleep on the floor", "rubbish everywhere", "dog mess", "no electric", "nobody washes",
    "never washed", "same clothes", "holes in my shoes",
]
WEAK_SIGNALS["duration"] = ["for months", "for weeks", "for ages", "for days", "since christmas", "since summer",
                            "all year", "every day", "everyday", "every week", "always"]
WEAK_SIGNALS["hunger"] += ["leftovers", "if theres any", "one meal a day", "one meal", "only one meal",
                           "no breakfast", "no dinner", "no lunch money"]
WEAK_SIGNALS["party"] += ["different houses", "taken to different", "get taken to", "taken to houses",
                          "taken to a house", "to different flats"]
WEAK_SIGNALS["gifts"] += ["men pay", "pay the older girls", "paid for me", "pay for me", "pays for me", "pay them for"]
WEAK_SIGNALS["fgm"] += ["the operation", "have the operation", "an operation like", "when i turn", "when she turns"]
SAFEGUARDING += [
    "eats all the food and", "eats all our food", "keeps the food from", "locks the fridge", "locked the fridge",
    "hides the food", "get the leftovers", "only get leftovers",
    "its bad at home", "things are bad at home", "bad at home right now", "need someone to talk to",
    "i was sold", "was sold to", "sold me to", "they sold me", "sold to a family", "sold to a man", "sold us",
]

# A sixth round of fresh wording (first sight recall 0.57, precision 0.96: new concepts, not new words): filming at
# parties held over children, girls called dirty until cut, sleeping in a cupboard while the family's own children
# go to school, plants grown in a locked house, one room in a B&B, teeth never seen to, plans of action.
WEAK_SIGNALS["images"] += ["film us", "films us", "filmed us", "film me", "films me", "filmed me", "filming us",
                           "filming me", "record* us", "record* me", "videos of us", "video of us"]
WEAK_SIGNALS["threat"] += ["put it online", "put them online", "post it online", "upload it", "upload them",
                           "if we stop", "if i stop coming", "if we stop coming", "go to prison", "go to jail",
                           "get arrested", "if i try to leave", "if i leave", "if i run"]
WEAK_SIGNALS["fgm"] += ["dirty", "unclean", "not clean", "do me next", "do it to all", "do it to me", "do it to us",
                        "flying a woman", "flying someone", "a woman over", "the cutter", "cutter"]
WEAK_SIGNALS["must"] += ["im next", "i am next", "me next", "next one"]
WEAK_SIGNALS["restriction"] += ["sleep in the cupboard", "in the cupboard", "under the stairs", "kitchen floor",
                                "sleep on the floor", "while their kids", "their kids go to school",
                                "their own kids", "treated like a", "get hit if", "if its not done", "cant go outside",
                                "not allowed outside", "never go outside"]
WEAK_SIGNALS["chores"] += ["skivvy", "slave", "all the chores", "everyones clothes", "look after plants",
                           "plants", "watering", "grow weed", "growing weed", "the grow", "brought from"]
WEAK_SIGNALS["papers"] += ["brought from", "from vietnam", "from albania", "from eritrea",
                           "keeps my id", "kept my id", "took my id", "got me here", "who got me here"]
WEAK_SIGNALS["broke"] += ["nowhere to live", "nowhere to stay", "nowhere to sleep", "stairwell*", "stairs", "b and b",
                          "bed and breakfast", "homeless", "hostel",
                          "temporary accommodation"]
WEAK_SIGNALS["medical"] = ["dentist", "doctor", "teeth", "tooth", "glasses", "my asthma", "my inhaler", "my meds",
                           "my medicine", "hospital"]
WEAK_SIGNALS["squalor"] += ["nobody takes me", "no one takes me",
                            "doesnt care", "dont care", "never takes me", "really hurt", "still hurts", "untreated"]
WEAK_SIGNALS["extreme"] += ["libtards", "lefties", "the left", "commies", "take action against", "action against",
                            "help plan", "plan it", "planning an attack", "the system"]
WEAK_SIGNALS["fight"] += ["take action", "help plan", "plan it", "plan an attack", "strike"]
WEAK_SIGNALS["squalor"] += ["one room", "all in one room", "no cooker", "no kitchen", "no fridge", "no beds"]
WEAK_SIGNALS["girl"] += ["us girls", "of us girls", "the other girls"]

# A seventh round of fresh wording (first sight recall 0.43, precision 1.00: oblique telling): "they will do it to me
# too", going missing and coming back with new things, attacks called justified, studies promised and a flat given,
# benefits kept, bailiffs, "nobody asked me".
WEAK_SIGNALS["fgm"] += ["do it to me too", "do it to me as well", "they will do it", "theyll do it", "like they did to",
                        "what they did to me", "hurts to pee", "hurts to wee", "cant do pe", "wont let me do pe"]
WEAK_SIGNALS["girl"] += ["older sister", "big sister", "my older sister"]
WEAK_SIGNALS["travel"] += ["see family in", "to see family", "visit family in", "when we go to see"]
WEAK_SIGNALS["fear"] += ["warned me", "warn me"]
WEAK_SIGNALS["missing"] = ["disappears for", "disappeared for", "disappears", "goes missing", "went missing",
                           "missing for days", "gone for days", "for days", "doesnt come home", "comes home late",
                           "wont say who", "wont say where", "wont say who from"]
WEAK_SIGNALS["gifts"] += ["new clothes", "new phone", "and a phone", "new stuff", "designer"]
WEAK_SIGNALS["fight"] += ["attacks", "the attacks", "bombings", "justified", "were right", "synagogue", "mosque maps",
                          "maps of", "warrior*"]
WEAK_SIGNALS["extreme"] += ["justified", "never mix", "unbelievers", "warrior for", "my people", "our people"]
WEAK_SIGNALS["must"] += ["should help them", "help them", "i should help"]
WEAK_SIGNALS["papers"] += ["coming to study", "come to study", "to study but", "told i was coming", "study here",
                           "a better life", "put me in a flat", "put us in a flat"]
WEAK_SIGNALS["restriction"] += ["take our money", "takes our money", "took our money", "never see any money",
                                "see any money", "at 5am", "child benefit", "my benefit*", "keep* my benefit*",
                                "keep my child benefit"]
WEAK_SIGNALS["threat"] += ["tell my mum what", "tell my dad what", "hell tell", "shell tell", "theyll tell",
                           "or he says", "or they say"]
WEAK_SIGNALS["control"] += ["whoever he tells", "whoever they tell", "go with whoever", "wherever he tells",
                            "who he tells me", "tells me to go with"]
WEAK_SIGNALS["broke"] += ["bailiff*", "repossess*", "since the bailiffs"]
WEAK_SIGNALS["coerce"] += ["nobody asked me", "no one asked me", "noone asked me", "meant to be marrying",
                           "im meant to marry", "supposed to marry"]
WEAK_SIGNALS["marriage"] += ["someone from the village", "from the village"]

# dev3 (the second held-out set, measured once): families its misses showed, written broadly.
# A relative, a parent's partner or a family friend: partners reluctance anywhere, fear or hiding in a short comment.
WEAK_SIGNALS["kin"] = [
    "my dad*", "my mum*", "my uncle*", "my aunt*", "my nan*", "my grandad*", "my grandma*", "my cousin*",
    "my step*", "stepdad*", "stepmum*", "mums boyfriend", "mums partner", "dads girlfriend", "dads partner",
    "her boyfriend", "his girlfriend", "family friend*", "my brother*", "my sister*", "my birth*", "dads house",
    "mums house", "uncles house", "my real mum", "my real dad", "my parents", "at contact", "contact with",
]
# A plea, counted only in a short comment (participation.analysis.engine.SHORT_PARTNERS).
WEAK_SIGNALS["plea"] = [
    "^help", "help me", "please help", "sos", "can you come", "can someone", "someone come", "need to tell",
    "need someone", "somethings wrong", "something is wrong", "something wrong", "not ok", "not okay",
]
WEAK_SIGNALS["reluctant"] += [
    "dont want to go$", "dont want to go anymore", "dont want to go back", "dont want to be there", "dread* going",
    "dread* the weekend*", "dread* weekends", "dread* saturday*", "dread* sunday*", "dread* fridays", "beg* not to",
    "begged them not", "please dont send me", "dont send me", "dont make me go", "feel sick", "cant sleep after",
    "come back from", "when i get back from", "dont want to stay", "dont want to sleep there", "i hide when",
    "different when no one", "different when nobody", "different when its just",
]
WEAK_SIGNALS["insist"] += ["they make me", "but they make me", "she makes me", "he makes me", "still have to",
                           "they send me", "send me there", "i have to go", "adults make me", "nobody asks me"]
WEAK_SIGNALS["fear"] += ["shake", "dreading"]
WEAK_SIGNALS["threat"] += ["theyll do my", "they will do my", "do my little", "do my bro*", "do my sis*",
                           "hurt my little", "come for my"]
WEAK_SIGNALS["restriction"] += ["wasnt allowed out", "werent allowed out", "not allowed to leave",
                                "wasnt allowed to leave", "cant leave", "couldnt leave", "work for nothing",
                                "work for no money", "no money for it"]
SAFEGUARDING += [
    # Suicidal ideation told indirectly.
    "better off without me", "better if i wasnt here", "better if i wasnt around", "better if i was gone",
    "better if i wasnt alive", "no reason to be here", "no reason to stay alive", "no reason to live",
    "tired of everything", "tired of it all", "tired of being alive", "want it all to stop", "want everything to stop",
    "i just want it to stop", "want it to end", "want it all to end", "goodbye note*", "goodbye letter*",
    "wrote letters to everyone", "this is goodbye", "wont be here much longer", "not be here much longer",
    "wont be around much longer", "dont want to be here anymore", "dont want to exist", "want to disappear forever",
    "go to sleep and not wake up", "sleep and never wake up",
    # Trafficking.
    "brought me here to work", "brought here to work", "brought me to this country", "owe* for the journey",
    "owe* them for the journey", "pay back the journey", "pay for the journey", "pay off the journey",
    "took my passport", "kept my passport", "keep my passport", "took my papers", "kept my papers", "keep my papers",
    "took my documents", "kept my documents", "took my id", "kept my id", "work for no money", "work for nothing",
    "working for no money", "moved me from house to house", "from house to house", "moved me around",
    "keep moving me around", "didnt know what city", "dont know what city", "didnt know where i was",
    "dont know what town", "say they are her uncle", "say theyre her uncle", "says hes her uncle",
    "say they are his uncle", "collected at night by", "picked up at night by men", "collected by men",
    # Criminal exploitation: sent away and held.
    "sent up to some town", "sent to some town", "sent out of town", "sent up country", "stayed in a flat a week",
    "kept in a flat", "doing the runs", "do the runs", "doing runs", "do runs for",
    # Destitution.
    "aint eaten in", "aint eaten for", "havent eaten in", "havent eaten for", "not eaten in", "not eaten for",
    "havent eaten since", "no money for food", "benefits stopped", "benefits got stopped", "uc got stopped",
    "uc stopped", "universal credit stopped", "nowhere to sleep", "nowhere to stay tonight", "sleeping rough",
    "sleeping on the streets", "got kicked out", "kicked me out", "no money at all",
    # Unwilling visits.
    "he is different when no one", "hes different when no one", "hes different when nobody",
    "hes different when mum", "different when were alone", "begging not to be sent", "begged not to go",
    "please dont make me go back",
]
CRIES += [
    "can someone come see me", "can someone come and see me", "someone come see me", "^can you come$",
    "^can u come$", "can you come please", "can you come pls", "^pls come$", "^pls help", "^plz help", "pls help me", "plz help me", "help pls", "help plz",
    "^sos", "sos$", "need to tell someone", "i need to tell someone", "have to tell someone", "somethings wrong",
    "something is wrong", "something wrong at home", "not ok at home", "not okay at home", "not safe at home",
    "not safe here", "i need someone", "need someone to help", "can i talk to someone alone",
    "need to talk to someone alone", "please get me out", "pls get me out", "help me pls", "help me plz",
]
# The probe after dev3 (fresh wording, measured once before these): the same families told another way.
WEAK_SIGNALS["kin"] += ["mums friend", "dads friend", "mums mate", "dads mate", "my grandad*", "my grandma*",
                        "my auntie*", "my gran", "my granny"]
WEAK_SIGNALS["reluctant"] += ["feel ill", "feel sick before", "night before i go", "before i go to my",
                              "before i have to go", "stop sending me", "stop making me go", "please stop sending",
                              "stays over"]
SAFEGUARDING += [
    "happier without me", "happier if i was gone", "happier if i wasnt here", "easier without me",
    "easier if i was gone", "easier if i wasnt here", "everyone would be better", "everyone would be happier",
    "no one would notice if i", "nobody would notice if i", "nobody would miss me", "no one would miss me",
    "written notes for", "wrote notes for", "wrote letters for", "written letters for", "notes for everyone",
    "letters for everyone", "in case im not here", "in case i dont wake up",
]
# An ordinary reason for not wanting to go (it cancels the relative as reluctance's partner).
WEAK_SIGNALS["ordinary"] = ["boring", "so boring", "bored", "mates party", "friends party", "its a long drive",
                            "too far", "nothing to do there", "no wifi", "miss my match", "miss football"]

# dev4 (the third held-out set, measured once): families its misses showed, written broadly.
# Not wanting to go to or stay with a person: reluctance with someone in it (participation.analysis.engine: it counts
# alone in a short comment, beside insistence, fear, secrecy or a relative at any length; an ordinary reason cancels).
_KIN_WORDS = ("dad*", "mum*", "uncle*", "aunt*", "nan*", "gran*", "grandad*", "grandma*", "step*", "cousin*",
              "birth*", "real mum*", "real dad*")
WEAK_SIGNALS["unwilling"] = [
    *(f"dont want to go to my {kin}" for kin in _KIN_WORDS), *(f"dont want to stay at my {kin}" for kin in _KIN_WORDS),
    *(f"dont want to go back to my {kin}" for kin in _KIN_WORDS), *(f"hate going to my {kin}" for kin in _KIN_WORDS),
    *(f"dont like going to my {kin}" for kin in _KIN_WORDS), *(f"scared to go to my {kin}" for kin in _KIN_WORDS),
    "dont want to go to his", "dont want to go to her", "dont want to go to their", "dont want to go to them",
    "dont want to go back to his", "dont want to go back to her", "dont want to go back to them",
    "dont want to go back there", "dont want to stay with", "dont want to stay at his", "dont want to stay at her",
    "dont want to stay there", "dont want to sleep there", "dont want to sleep at his", "dont want to sleep at her",
    "dont want to see him", "dont want to see her", "dont want to see them", "dont want to be left with",
    "dont want contact with", "dont want family time with", "dont want to go to family time", "dont want to go to contact",
    "dont want to do contact", "dont want contact no more", "dont want to go no more", "dont want to go anymore",
    "dont like being alone with", "dont like being left with", "hate being alone with", "hate being left with",
    "scared of being alone with", "dont want to be alone with", "dont like being on my own with",
    "dont make me stay there", "dont make me stay with", "dont make me see him", "dont make me see her",
    "dont make me see them", "dont make me go to his", "dont make me go to her", "dont make me go to their",
    "please dont send me", "dont send me back", "dont send me there", "stop sending me", "stop making me go",
    "stop making me see", "keep making me see", "keeps making me see", "making me see", "make me see", "made to see", "make me go back", "making me go back",
    "make me stay with", "making me stay with", "beg* not to go", "beg* them not to send", "cry* before i go",
    "cry* every time i go", "cry* before contact", "cry* before family time", "hide* before i go",
    "sick before contact", "sick before family time", "sick the night before", "sick before i go",
    "different when were on our own", "different when its just us", "different when mum goes",
    "different when mums not there", "different when no ones", "different when nobodys",
]
WEAK_SIGNALS["reluctant"] += ["dont want to go no more", "dont go no more", "dont want contact", "dread contact",
                              "dread family time", "hate contact", "hate family time"]
WEAK_SIGNALS["insist"] += ["makes me go anyway", "make me go anyway", "send me anyway", "sends me anyway",
                           "dont listen", "doesnt listen", "dont care what i say", "no one cares what i",
                           "nobody cares what i", "ignore me when i say", "said its good for me", "says its good for me",
                           "its only for a night", "its only one night", "social worker said", "social worker says",
                           "sw said", "sw says", "carers say i have to", "its court ordered", "court order*"]
WEAK_SIGNALS["kin"] += ["dad", "uncle", "grandad", "mums boyfriend", "mums bf", "her bf", "mums fella",
                        "family friend", "at family time", "family time", "contact", "at contact"]
WEAK_SIGNALS["ordinary"] += ["its boring", "long journey", "too tired", "tired", "no signal", "football", "training",
                             "practice", "match", "rubbish food", "nothing to do", "cant see my mates", "miss my mates",
                             "party", "birthday", "far away", "takes ages", "moved to"]
SAFEGUARDING += [
    # Suicidal ideation told indirectly.
    "not waking up", "not wake up", "never wake up", "wouldnt wake up", "dont want to wake up", "didnt wake up",
    "dont care if i wake up", "dont care if i die", "dont care if i live", "wouldnt mind dying", "wouldnt mind if i died",
    "if i died tomorrow", "be better if i died", "thinking about ending", "think about ending it", "end it all",
    "not be here anymore", "not being here anymore", "stop existing", "dont want to be alive",
    # Destitution.
    "havent ate", "aint ate", "not ate since", "not ate for", "not eaten since", "got sanctioned", "been sanctioned",
    "sleeping in my mates car", "sleeping in a car", "sleeping in the car", "sleep in a car", "sleep in the car",
    "sleeping in a car park", "sleeping in a stairwell", "sleeping in the stairwell", "sleeping in the park",
    "sleeping on a bench", "sleeping on buses", "sleep on buses", "sofa surfing", "nowhere to live",
    # Neglect: health and teeth.
    "aint been to a dentist", "never been to a dentist", "never been to the dentist", "aint been to the dentist",
    "havent been to a dentist", "no one took me to the dentist", "nobody took me to the dentist", "teeth are rotten",
    "tooth was rotten", "tooth is rotten", "no one took me to the doctor", "nobody took me to the doctor",
    "never taken to the doctor", "no one noticed i was ill", "nobody noticed i was ill",
    # FGM: the euphemisms.
    "time for me to be cleaned", "to be cleaned when", "be cleaned when we go", "get cleaned when we go",
    "made clean", "be made pure", "time for my cutting", "the cutting",
]
WEAK_SIGNALS["caring"] += ["sort my little brother", "sort my little sister", "sort my brother out",
                           "sort my sister out", "my little brother ready", "my little sister ready",
                           "get my little", "get the kids ready", "take my little brother", "take my little sister"]
WEAK_SIGNALS["carer-state"] += ["still out of it", "out of it from", "off her face", "comedown", "coming down"]
CRIES += ["if i tell you something", "if i tell u something", "do you have to tell", "do u have to tell",
          "will you tell my", "will u tell my", "would you have to tell", "would u have to tell",
          "can i tell you something", "can i tell u something"]
IDIOMS += ["so long i want to die", "so boring i want to die", "want to die lol", "want to die 💀",
           "would kill me if i failed", "kill me if i fail", "would kill me if i got", "kill me if i get"]
# Asking whether a secret would be passed on (a cry for help before the telling).
SAFEGUARDING += ["if i tell you something do you", "if i tell you something will you",
                 "if i tell you something would you", "if i tell you something can you", "do you have to tell my",
                 "would you have to tell my", "will you tell my carer*", "will you tell my social worker",
                 "will you tell my mum", "will you tell my dad", "have to tell anyone if i", "keep it a secret if i tell"]
SAFEGUARDING += [pattern.replace("you", "u") for pattern in SAFEGUARDING[-12:] if "you" in pattern]
WEAK_SIGNALS["unwilling"] += [
    *(f"{lead} to go {where} my {kin}" for lead in ("dont want", "never want", "dont wanna") for where in ("round",
                                                                                                         "over to")
      for kin in _KIN_WORDS),
    *(f"never want to go to my {kin}" for kin in _KIN_WORDS), "never want to go back there", "never want to see him",
    "never want to see her", "never want to go there", "dont make me go there", "dont make me go back",
]
WEAK_SIGNALS["reluctant"] += ["feel horrible", "make me feel horrible", "makes me feel horrible", "feel awful",
                              "make me feel awful", "cry* every time we", "cry* every time i", "cry* in the car",
                              "cry* all the way there", "overnight stays", "overnights at", "lock myself in",
                              "lock* myself in the bathroom"]
WEAK_SIGNALS["ordinary"] += ["exam*", "homework", "revision", "test tomorrow"]
SAFEGUARDING += ["fall asleep forever", "fall asleep and never", "sleep and not wake", "dont see myself being here",
                 "dont see myself here", "wont be here next year", "not be here next year", "wont be here by",
                 "giving my stuff away", "giving my things away", "gave my stuff away", "wont need it anymore",
                 "wont need them anymore", "how many tablets it would take", "how many pills it would take"]
IDIOMS += ["back to school", "back to college", "back to uni", "after half term", "after the holidays",
           "homework is killing me", "revision is killing me", "school is killing me", "exams are killing me"]
# An event, not the person, as the reason ("my dads wedding", "my mums work do").
WEAK_SIGNALS["ordinary"] += ["wedding", "work do", "work thing", "christening", "concert", "gig", "bbq", "barbecue",
                             "shopping"]

# Broad topic words, one group per kind (participation.analysis.engine.BROAD_TOPICS), and the second cues of distress
# they need beside them; in a short comment a first-person word ("self") is enough for the most serious kinds. The
# fourth held-out set missed topics told in new phrases around the same words ("gas n electric got cut off", "slept
# in the park", "my arms are a mess", "make my sister clean"), so these are single words and stems, not phrases.
WEAK_SIGNALS["need"] = [
    "hungry", "hunger", "starving", "starvin", "starved", "food", "eat", "eaten", "ate", "eating", "fed", "meal*",
    "fridge", "cupboard*", "empty", "no money", "skint", "brassic", "electric", "electricity", "gas",
    "heating", "cold", "freezing", "clothes", "shoes", "uniform", "sleeping", "slept", "sleep on", "sofa", "couch",
    "floor", "in a car", "in the car", "street*", "hostel", "bus stop", "rough", "homeless", "uc",
    "universal credit", "benefits", "evict*", "cut off", "dirty", "smell*", "nits", "lice",
    "nappy", "nappies",
]
WEAK_SIGNALS["fgm-topic"] = [
    "cut", "cutting", "cutter", "clean", "cleaned", "ceremony", "circumcis*", "khitan", "tahara", "sunna",
    "sunnah", "down there", "back home", "pure", "purif*", "did it to me", "do it to her", "her turn", "my turn",
    "sisters turn", "a lady", "the lady", "an aunty", "special party", "become a woman", "stitched",
]
WEAK_SIGNALS["ending"] = [
    "die", "dying", "dead", "death", "end it", "end things", "disappear", "gone", "no point", "tired of",
    "cant do this", "cant do it anymore", "better off", "goodbye", "bye everyone", "sleep forever", "wont be here",
    "not be here", "how id do it", "how to do it", "do it", "suicid*", "kms", "kys", "unalive", "not wake up",
    "give up", "end my", "rope", "bridge", "overdose", "burden", "pointless",
]
WEAK_SIGNALS["selfhurt"] = [
    "hurt myself", "hurting myself", "cut myself", "cutting", "cuts", "burn myself", "burns", "scratch*", "bleed*",
    "blood", "marks", "scars", "scar", "punish myself", "punishing myself", "blade*", "razor*", "sharpener",
    "my arms", "my legs", "my thighs", "my wrists", "a mess", "long sleeves", "plasters", "self harm*",
    "relapse*", "clean for",
]
WEAK_SIGNALS["serve"] = [
    "cook", "cooking", "clean", "cleaning", "wash", "washing", "servant", "maid", "slave", "their kids",
    "look after their", "not allowed out", "no school", "not in school", "no pay", "not paid", "for free",
    "kitchen", "housework", "chores", "ironing", "all day", "work for",
]
WEAK_SIGNALS["distress"] = [
    "scared", "afraid", "frightened", "worried", "sad", "crying", "cry", "upset", "alone", "nobody", "no one",
    "noone", "help", "again", "every night", "every day", "for days", "for weeks", "always",
    "never", "cant", "hate", "tired", "awful", "horrible", "hurts", "hurt", "pain", "not ok", "not okay",
    "struggling", "dont know what to do", "secret", "dont tell", "make me", "makes me", "made me", "have to",
    "im next", "my sister", "little sister", "little brother", "nobody home",
    "no adults", "on my own", "by myself", "last week", "last night", "last nite",
    "nothing", "mess", "thinking about",
]
WEAK_SIGNALS["self"] = ["i", "me", "my", "im", "ive", "id", "myself", "mine"]
IDIOMS += ["starving after", "starving after football", "so hungry after", "dying for a", "dying to", "killing me",
           "cut off the wifi", "cut off wifi", "cut off my wifi", "wifi cut off", "cleaning my room", "clean my room",
           "tidy my room", "a sleepover", "sleepover", "on the floor at the sleepover", "died laughing",
           "dead funny", "im dead", "cutting my hair", "cut my hair", "haircut", "cut the grass", "cold outside",
           "food here", "the food", "lunch at school", "school dinners", "food was", "cooking lessons",
           "food tech", "park with my mates", "in the park with", "went to the park", "do it later", "do it tomorrow",
           "game over", "cutting out", "keeps cutting", "die for a", "id die for", "dead battery", "phone died", "phone is dead", "my phone"]

# The fourth held-out set's other families: left alone with someone I am made to see; errands on a train for a man
# whose name I do not know; people who "should all be killed"; a boyfriend's age given bare ("hes 24").
WEAK_SIGNALS["reluctant"] += ["left alone with him", "left alone with her", "left alone with them", "alone with him",
                              "alone with her", "dont like bein left", "dont like being left"]
WEAK_SIGNALS["carrying"] += ["on the train for", "out to", "for a man", "for some man", "for a guy"]
WEAK_SIGNALS["older-people"] += ["dont even know his name", "dont know his real name", "his real name", "real name",
                                 "hes 19", "hes 2*", "hes 3*", "hes 4*", "bf hes", "boyfriend hes", "my bf is 2*",
                                 "his mates houses", "his mates house"]
WEAK_SIGNALS["extreme"] += ["should all be killed", "should be killed", "deserve to die", "should all die",
                            "people like them", "wipe them out", "get rid of them all"]
WEAK_SIGNALS["join"] += ["joining some group", "joining a group", "joining them", "hes joining", "joining"]

# Added after measuring the sixth set: destitution in fresh wording (a car or a stairwell for a bed, no roof, living
# off the food bank), stockpiled means, "ring me, I can't say it here", and the errands and meet-ups of exploitation.
SAFEGUARDING += [
    "sleep* in ... car most", "sleep* in ... car every", "sleep* in ... car at night", "slept in ... car last night",
    "been sleeping in ... car", "living in ... car", "live in ... car now", "sleep* in ... stairwell*",
    "slept in ... stairwell*", "stairwell* at night", "no roof over my head", "live off ... food bank",
    "rely on ... food bank", "only food is from ... food bank", "nothing but ... food bank",
    "pills saved", "saved up pills", "saving up pills", "saving pills", "stockpil* pills", "stockpil* tablets",
    "tablets saved", "hiding pills", "make me keep stuff", "makes me keep stuff", "hold stuff for them", "feds wont check",
    "police wont check a kid", "if i go round his flat", "if i go round to his flat", "top ups if i", "delete all our chats", "delete ... our chats",
    "things that blow up", "stuff that blows up", "how to make ... bomb*",
]
CRIES += ["someone call me", "someone ring me", "can someone call me", "can someone ring me", "cant talk here",
          "cant say it here", "cant write it here", "cant say more here"]
IDIOMS += ["of boredom", "my own fringe", "my fringe", "my toast", "the toast", "under my duvet", "make weight",
           "for boxing", "plan meals", "bath bomb*", "seed bomb*"]
# "He'll" loses its apostrophe to "hell"; the power cut off at home; the gas run out.
SAFEGUARDING += ["hell kill me", "shell kill me", "kill me when ... gets home", "electric got cut off",
                 "electric* been cut off", "gas got cut off", "gas been cut off", "havent had gas for",
                 "havent had electric for", "havent had heating for", "no gas for a", "no electric for a"]
