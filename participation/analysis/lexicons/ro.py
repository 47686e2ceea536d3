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

    # Added after measuring the second set: families of wording the first two rounds missed.
    # Told they are unwanted, lucky to be kept, a burden, or will be sent back.
    "nimeni nu m ar vrea", "nimeni altcineva nu m ar vrea", "nimeni nu te ar vrea", "nimeni nu ma vrea",
    "zice ca am noroc", "zic ca am noroc", "spune ca am noroc", "spun ca am noroc", "zice ca trebuie sa fiu recunosc*",
    "zic ca trebuie sa fiu recunosc*", "spune ca trebuie sa fiu recunosc*", "sunt o povara", "ca sunt o povara",
    "ma trimite inapoi", "ma trimit inapoi", "sa scape de mine",
    # Pills beyond the dose, or to make the thoughts stop.
    "iau pastile ca sa", "iau pastile sa", "mai multe pastile decat", "pastile ... mai mult decat",
    "o cutie de pastile", "o folie de pastile", "toata cutia de pastile", "toata folia de pastile", "inghit pastile",
    "am inghitit pastile", "sa opresc gandurile", "sa se opreasca gandurile",
    # Punished by being shut out, made to sleep somewhere, or kept from food.
    "m au pus sa dorm", "mau pus sa dorm", "m a pus sa dorm", "ma pune sa dorm", "ma pun sa dorm", "sa dorm in garaj",
    "sa dorm afara", "sa dorm pe hol", "sa dorm in magazie", "sa dorm pe jos", "dormit in garaj", "dormit in magazie",
    "fara cina", "ma lasa fara mancare", "ne lasa fara mancare", "m au lasat fara mancare", "mau lasat fara mancare",
    "nu ma lasa sa mananc", "nu ne lasa sa mancam", "ma inchideau", "ne inchideau", "ma dau afara din casa",
    # Afraid of the adults at home.
    "ii aud cum se cearta", "ii aud cum se bat", "ii aud tipand", "ii aud certandu se", "aud cum o bate",
    "aud cum tipa", "se cearta ... noaptea", "se bat ... noaptea", "mi e frica ca vine", "imi e frica ca vine",
    "mi e frica ca o sa", "imi e frica ca o sa", "ma tem ca vine", "ma tem ca o sa", "cand e beat", "o bate pe mama",
    "o loveste pe mama",
    # Scratching, burning or biting till it bleeds.
    "ma zgarii", "ma zgarai", "imi zgarii", "ma ard singur*", "ma musc", "ma lovesc singur*", "pana la sange",
    "pana imi curge sange", "pana sangerez", "pana sangereaza",
    # Debts, deliveries and free gear.
    "sa i dau banii inapoi", "sa dau banii inapoi", "sa le dau banii inapoi", "le datorez bani", "datorie la el",
    "datorie la ei", "datoria la el", "datoria la ei", "datorii la el", "datorii la ei", "iarba gratis",
    "droguri gratis", "imi da iarba", "ne da iarba", "mi a dat iarba", "sa livrez pentru", "sa livrez pachete",
    "sa duc ceva pentru", "sa duc lucruri pentru", "sa vand pentru el", "sa vand pentru ei",
    # Secrets and what is done to me.
    "imi face lucruri", "mi face lucruri", "ne face lucruri", "face lucruri ... noaptea", "imi facea lucruri",
    "secretul nostru", "un secret intre noi", "sa nu spun nimanui", "sa nu zic nimanui", "sa nu spun la nimeni",
    "sa nu zic la nimeni", "nu am voie sa spun", "n am voie sa spun", "nam voie sa spun", "mi a zis sa nu spun",
    "mi a spus sa nu spun", "daca spun cuiva", "daca zic cuiva", "noaptea in patul meu", "vine in patul meu",
    "se baga in patul meu",
    # Staying out or at friends' so as not to go home.
    "sa nu ma intorc acasa", "sa nu ma mai intorc", "sa nu merg acasa", "sa nu ma duc acasa", "sa nu fiu acasa",
    "sa nu stau acasa", "sa nu ajung acasa", "nu mai vreau acasa", "nu mai vreau acolo", "nu mai vreau sa ma intorc",
    "nu mai vreau sa merg acasa", "nu vreau sa stau acasa", "nu mai vreau sa stau acolo",
    "stau pe afara toata noaptea", "toata noaptea pe afara", "dorm pe unde apuc", "dorm pe unde pot",

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
