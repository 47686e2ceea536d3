"""Romanian word lists for Heard's analysis: themes from the shared codebook, safeguarding screening.
Pattern syntax: participation/analysis/lexicon.py.

Written without diacritics: the normaliser folds ă/â→a, î→i, ș/ş→s, ț/ţ→t, so "mă bate" and "ma bate"
match alike.
Hyphenated clitics split into tokens ("m-a lovit" → "m a lovit", "mi-e frică" → "mi e frica").
"""

from __future__ import annotations

LANGUAGE = "ro"

THEMES: dict[str, list[str]] = {
    "family-time": [
        "famili*", "familia mea", "mama", "mamei", "mami", "mamic*", "tata", "tatal*", "tati", "tatic*",
        "parint*", "frat*", "sora", "sorei", "surori*", "surioar*", "bunic*", "mamaie", "tataie", "matus*",
        "unchi*", "verisor*", "rude", "rudele", "vizit* cu", "vizitele", "intalnir* cu famili*",
        "timp* cu famili*", "sa o vad", "sa il vad", "sa ii vad", "sa imi vad", "mi e dor", "imi e dor",
        "apel* video", "video call*", "cat de des",
    ],
    "home-and-stability": [
        "casa mea", "acasa", "plasament*", "asistent* maternal*", "familie de plasament",
        "familia de plasament", "familie adoptiv*", "familia adoptiv*", "adoptat*", "ingrijitor*",
        "ingrijitoare*", "centr* de plasament", "casa de copii", "casa de tip familial", "mutat*", "mutar*",
        "sa ma mut", "alta casa", "casa noua", "stabil*", "sa raman", "sa pot ramane", "sa stau aici",
        "ma simt acasa", "ca acasa", "camera mea", "m am obisnuit", "mam obisnuit",
        "familia care ma ingrijeste",
    ],
    "workers": [
        "asistent* social*", "asistentul meu", "asistenta mea", "lucrator* social*", "manager* de caz",
        "responsabil* de caz", "consilier* personal*", "consilierul meu", "consiliera mea", "iro",
        "ofiter* independent*", "referent*", "protectia copilului", "dgaspc", "asistent nou", "alt asistent",
        "mereu alt*", "nu raspunde", "nu ma suna", "nu ma viziteaza", "vine rar", "sa il contactez",
        "sa o contactez", "contactez*", "schimbat* asistent*",
    ],
    "being-heard": [
        "ascult*", "parerea mea", "parer*", "opini*", "vocea mea", "voce*", "cuvant de spus", "sa spun",
        "ma ia in serios", "in serios", "ignor*", "sedint*", "revizuir*", "reuniun*", "decizi*", "hotarar*",
        "sa decid*", "implic*", "intreb*", "sa ma auda", "auzit*", "consiliul copiilor", "participa*",
        "planul meu",
    ],
    "language-and-stigma": [
        "etichet*", "cuvinte*", "cuvintele folosite", "stigmat*", "stereotip*", "prejudec*", "vulnerabil*",
        "tratat* diferit", "ma trateaza diferit", "ne trateaza diferit", "ne trateaza altfel", "discrimin*",
        "judeca*", "ma judec*", "institutionalizat*", "copii din centru", "copil* din sistem", "orfan*",
        "rusin*", "mila", "compatim*", "presa", "ziar*", "ne numesc", "cum ne spun", "porecl*",
    ],
    "identity-and-culture": [
        "cultur*", "religi*", "biseric*", "moschee", "moschei", "credint*", "rasa", "rasism*", "rasist*",
        "etni*", "rrom*", "tigan*", "limba mea", "limba materna", "tara mea", "identit*", "identitate de gen",
        "transgen*", "trans", "gay", "lgbt*", "homosexual*", "orientar*", "povestea vietii", "povestea mea",
        "de ce am ajuns", "de ce sunt in plasament", "trecutul meu", "radacin*", "traditi*", "origin*",
        "craciun*", "cine sunt",
    ],
    "education": [
        "scoal*", "scoli", "liceu*", "facultat*", "universit*", "colegiu*", "profesor*", "profesoar*", "prof",
        "diriginte*", "dirigint*", "teme", "temele", "meditat*", "examen*", "bacalaureat*", "bac", "note",
        "notele", "exmatricul*", "exclus* de la", "suspendat*", "colegi* de clasa", "clasa", "invat*",
        "studi*", "lectii*", "absent*", "chiul*", "scoala virtual*",
    ],
    "health-and-wellbeing": [
        "sanatat*", "sanatate mintal*", "psiholog*", "psihiatr*", "terapi*", "consiliere", "anxi*",
        "depresi*", "deprimat*", "trist*", "stres*", "somn*", "nu pot dormi", "cosmar*", "doctor*", "medic*",
        "dentist*", "stomatolog*", "spital*", "bolnav*", "boala", "ma doare", "durer*", "ma simt singur*",
        "singuratat*", "panic*", "ma simt rau", "ma simt prost", "suparat*", "nervos", "nervoasa", "furie",
    ],
    "safety": [
        "siguranta", "sigurantei", "in siguranta", "nesigur*", "pericol*", "periculos", "periculoasa",
        "politi*", "bully*", "bullying", "hartui*", "agresat*", "agresiv*", "batjocor*", "rad de mine",
        "tachin*", "pe internet", "necunoscut*", "strain*", "exploat*", "disparut*", "fugit* de acasa",
        "am fugit", "drog*", "gasc*", "cutit*", "arma", "arme", "frica", "fricos", "teama", "mi e frica",
    ],
    "leaving-care": [
        "iesirea din sistem", "ies din sistem", "parasesc sistemul", "parasesc centrul", "dupa 18 ani",
        "la 18 ani", "18 ani", "majorat*", "viata de adult", "viata adult*", "independen*",
        "plan* de tranzitie", "plan* de viitor", "plan de iesire", "pathway", "sa traiesc singur*",
        "sa locuiesc singur*", "pe cont propriu", "sa ma descurc", "descurc*", "sprijin dupa", "dupa ce plec",
        "cand plec", "cand ies", "care leaver*", "staying put", "pregatit* pentru", "viitorul meu",
        "abilitati de viata", "sa gatesc",
    ],
    "housing": [
        "locuint*", "apartament*", "chiri*", "proprietar*", "garsonier*", "camin*", "adapost*",
        "fara adapost", "fara locuinta", "boschetar*", "locuinta social*", "cazar*", "unde sa locuiesc",
        "unde o sa locuiesc", "unde voi sta", "unde o sa stau", "casa mea proprie", "vecin*", "utilitati",
        "hostel*", "sa am casa mea",
    ],
    "money-and-work": [
        "bani*", "cont bancar", "banca", "salari*", "loc de munca", "locuri de munca", "munc*", "la serviciu",
        "job*", "angaj*", "ucenic*", "practica", "internship", "alocati*", "ajutor social", "ajutor* de stat",
        "beneficii", "buget*", "economis*", "permis* de conducere", "scoala de soferi", "lectii de condus",
        "facturi", "datori*", "bursa", "bani de buzunar", "cv", "interviu*", "platesc", "scump*",
    ],
    "activities-and-friends": [
        "prieten*", "amic*", "club*", "activitat*", "fotbal*", "sport*", "baschet", "inot", "dans*", "muzic*",
        "excursi*", "tabara", "tabere", "vacant*", "calatori*", "petrec*", "sa dorm la", "dormit la prieteni",
        "sleepover", "ies cu", "sa ies", "distract*", "film*", "cinema", "parc", "parcul", "plictis*",
        "nimic de facut", "hobby*", "joc*", "animal* de companie", "caine*", "pisic*",
    ],
    "digital-access": [
        "telefon*", "mobil*", "internet*", "wifi", "wi fi", "net", "date mobile", "abonament*", "credit*",
        "cartel*", "laptop*", "calculator*", "computer*", "tablet*", "online", "conect*", "conexiun*",
        "semnal*", "incarcator*", "aplicati*", "whatsapp", "instagram", "tiktok", "facebook",
        "retele sociale", "social media", "ecran*",
    ],
    "rights-and-information": [
        "drepturi*", "dreptul*", "reclamati*", "plangere*", "sa ma plang", "avocat*", "reprezentant*",
        "informat*", "explic*", "nu mi a spus nimeni", "sa stiu", "legea", "legi", "ce mi se cuvine",
        "mi se cuvine", "confidential*", "date personale", "dosar*", "acces la dosar", "avocatul copilului",
        "avocatul poporului", "servicii", "servicii sociale", "plangeri",
    ],
}

SAFEGUARDING: list[str] = [
    # Added after measuring the development set: families of wording the first lists missed.
    'duce pachete',
    'cară pachete',
    'care pachete',
    'bani usori',
    'bani ușori',
    'pentru bani',
    'nu e mancare',
    'nu e mâncare',
    'nu avem mancare',
    'ma mai bat',
    'mă mai bat',
    'vine in camera mea',
    'vine în camera mea',
    'noaptea in camera',
    'ma impinge',
    'mă împinge',
    'ma ciupeste',
    'mă ciupește',
    'm-au dat afara',
    'm-a dat afară',

    # physical abuse
    "ma bate", "ne bate", "o bate", "il bate", "ii bate", "ma bat", "ma batea", "ne batea", "ma loveste",
    "ne loveste", "o loveste", "il loveste", "loveste", "ma lovesc", "lovit*", "batut*", "bataie", "batai",
    "iau bataie", "primesc bataie", "palma", "palme", "palmui*", "pumn*", "suturi", "ma impinge", "impins*",
    "ma trage de par", "ma ciupeste", "vanatai*", "vanat pe", "urme pe corp", "lasa urme", "imi lasa urme",
    "m a ars", "mam ars", "ma arde", "arsur*", "cu tigara", "cu cureaua", "cu bata", "cu furtunul",
    "ma strange de gat", "sugrum*", "strang* de gat", "ma raneste", "raneste", "ranit*", "rani pe", "am rani",
    "are rani", "imi face rau", "ne face rau", "e rau cu mine", "violent*", "violenta", "abuz*", "agresiune",
    # sexual abuse
    "ma atinge", "ma atingea", "m a atins", "mam atins", "o atinge", "atinge ... intim*", "parti* intim*",
    "partile intime", "locuri intime", "sexual*", "sex", "viol", "violul", "violat*", "violeaza", "pipai*",
    "ma pipaie", "m a sarutat", "ma saruta", "ma pune sa fac", "ma obliga sa", "ma forteaza", "fortat*",
    "lucruri pe care nu vreau", "poze cu mine", "poze nud*", "nud", "nude", "poze goale", "imi trimite poze",
    "mi a trimis poze", "trimite poze", "imi cere poze", "mi a cerut poze", "cere poze", "dezbrac*",
    "in pat cu mine", "doarme cu mine", "sa ma culc cu", "se culca cu mine", "pedofil*", "molest*",
    # emotional abuse
    "tipa la mine", "tipa la noi", "striga la mine", "striga la noi", "urla la mine", "urla la noi",
    "ma injura", "injurii", "injuraturi", "ne injura", "ma jigneste", "jign*", "ma umileste", "umilit*",
    "umilint*", "ma ameninta", "amenint*", "ma inchide in", "m a inchis", "mam inchis", "ne inchide",
    "inchis* in camera", "inchis* in casa", "nu valorez", "bun de nimic", "buna de nimic", "ca sunt prost",
    "ca sunt proasta", "ca sunt inutil*", "ma uraste", "ne uraste", "nimeni nu ma iubeste", "ma face prost*",
    "ma face in fel si chip",
    # neglect
    "fara mancare", "nu am mancare", "nu avem mancare", "n am ce manca", "nam ce manca", "nu am ce manca",
    "nu primesc mancare", "nu ne da de mancare", "nu ma hraneste", "mi e foame", "imi e foame", "foame",
    "flamand*", "infometat*", "ma lasa singur*", "ne lasa singur*", "lasat* singur*", "singur acasa",
    "singura acasa", "nimeni nu are grija", "nimeni nu ma ingrijeste", "nu are grija de mine",
    "nu au grija de mine", "fara caldura", "nu e caldura", "nu avem caldura", "frig in casa", "haine murdare",
    "haine rupte", "neglij*", "abandon*",
    # self-harm and suicidal thoughts
    "ma tai", "m am taiat", "mam taiat", "ma taiam", "taieturi", "automutil*", "ma ranesc", "sa ma ranesc",
    "imi fac rau", "mi fac rau", "sa ma omor", "ma omor", "sinucid*", "sinucider*", "vreau sa mor", "sa mor",
    "as vrea sa mor", "vreau sa dispar", "nu mai vreau sa traiesc", "nu vreau sa mai traiesc",
    "nu mai vreau sa fiu aici", "sa termin cu tot", "sa pun capat", "supradoz*", "am luat pastile",
    "multe pastile", "sa ma arunc", "ma arunc de pe", "spanzur*", "viata nu are rost",
    "nu are rost sa traiesc", "nu mai are rost",
    # feeling unsafe where they live
    "mi e frica de", "imi e frica de", "mi e frica acasa", "imi e frica acasa", "mi e frica sa", "ma tem de",
    "ma tem sa", "teama de el", "teama de ea", "frica de el", "frica de ea", "frica de ei", "ma sperie",
    "speriat*", "nu vreau sa ma intorc", "nu vreau sa merg acasa", "nu vreau inapoi", "in pericol",
    "nu ma simt in siguranta",
    # exploitation
    "barbat* mai mare*", "barbat* mai in varsta", "barbat* in varsta", "un om mai mare", "imi da bani",
    "mi a dat bani", "ne da bani", "imi da droguri", "mi a dat droguri", "ne da droguri", "imi da cadouri",
    "ma pune sa car", "sa car", "sa duc pachete", "sa transport", "county lines", "iubitul meu e mai mare",
    "iubitul meu are", "prietenul meu e mai mare", "imi cere sa fac", "mi a cerut sa", "lucruri pentru el",
    "sa dorm cu el", "trafic* de persoane", "prostitu*", "exploat*", "ii datorez", "santaj*", "ma santajeaza",
    # going missing
    "am fugit", "fug de acasa", "fugit de acasa", "sa fug", "am disparut", "disparut*", "dorm* pe strada",
    "traiesc pe strada", "stau pe strada", "am dormit afara", "dorm afara", "m au dat afara", "mau dat afara",
    "ma da afara",
    # bullying
    "bullying", "bully*", "hartui*", "ma bat colegii", "colegii ma bat", "se iau de mine", "se ia de mine",
    "ma tachineaza", "ma batjocoresc", "rad de mine", "cyberbullying", "ciberbullying",
]

SAFE_STATEMENTS: list[str] = [
    "ma simt in siguranta", "sunt in siguranta", "in siguranta acasa", "in siguranta aici",
    "in siguranta unde locuiesc", "ma simt protejat*", "sunt protejat*", "ma simt bine acasa",
]

NEGATORS: list[str] = [
    "nu", "nici", "niciodata", "nimeni", "nicio", "niciun", "niciunul", "niciuna", "deloc",
]

TEXT_SPEAK: dict[str, str] = {
    "pt": "pentru",
    "ptr": "pentru",
    "tb": "trebuie",
    "trb": "trebuie",
    "nush": "nu stiu",
    "nuj": "nu stiu",
    "nustiu": "nu stiu",
    "dc": "de ce",
    "bn": "bine",
    "mersi": "multumesc",
    "ms": "multumesc",
    "vb": "vorbim",
    "mia": "mi a",
    "nui": "nu e",
    "sor": "sora",
    "maica": "mama",
    "taica": "tata",
    "tactu": "tatal tau",
    "profa": "profesoara",
    "proful": "profesorul",
    "diriga": "diriginta",
    "dirigu": "dirigintele",
    "asistentu": "asistentul",
    "fb": "facebook",
    "insta": "instagram",
    "tel": "telefon",
    "scola": "scoala",
    "skoala": "scoala",
    "mancar": "mancare",
    "iubitu": "iubitul",
    "gagica": "prietena",
}
