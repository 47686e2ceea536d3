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
    "zice ca am noroc", "zic ca am noroc", "spune ca am noroc", "spun ca am noroc",
    "zice ca trebuie sa fiu recunosc*",
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

    # Added after measuring the third set: families of wording children use to describe harm without naming it.
    # "foame" and "m-am taiat" alone are also "mor de foame dupa antrenament" and a cut finger while cooking: hunger
    # only as a state of things, cutting only where and how.
    "foame tot timpul", "mereu foame", "mereu mi e foame", "rabd de foame", "rabdam de foame", "ne culcam flamanzi",
    "ma culc flamand*", "ma culc nemancat*", "m am taiat pe", "mam taiat pe", "m am taiat iar", "mam taiat iar",
    "m am taiat din nou", "mam taiat din nou", "m am taiat singur*", "mam taiat singur*", "m am taiat intentionat",
    "m am taiat la mana", "mam taiat la mana", "m am taiat la incheietur*", "m am taiat la brat*",
    "m am taiat la picio*", "m am taiat cu lama", "mam taiat cu lama", "m am taiat cu o lama", "ma tai pe",
    "ma tai cu lama",
    # Hiding, waiting till it goes quiet, barricading the door.
    "ma ascund", "ne ascundem", "ma ascundeam", "ne ascundeam", "ma ascunsesem", "sub pat pana", "ma bag sub pat",
    "ne bagam sub pat", "in dulap pana", "astept sa se linisteasca", "pana se linisteste", "pana se potoleste",
    "pana adoarme el", "pana adoarme tata", "pana se culca el", "pana se culca tata", "pana pleaca el",
    "incui usa camerei", "incui usa la camera", "ma incui in camera", "ma incui in baie", "scaun ... usa",
    "scaun in fata usii", "scaun sub clanta", "blochez usa", "baricad*",
    # Hopelessness: not wanting to wake up or be here; better off without me; nobody would notice.
    "fi ... fara mine", "mai bine fara mine", "mai usor fara mine", "mai fericiti fara mine",
    "mai linistiti fara mine", "nimeni nu ar observa", "nimeni n ar observa", "nimeni nu m ar observa",
    "nu ar observa nimeni", "n ar observa nimeni", "nimeni nu ar simti", "nimeni nu mi ar simti lipsa",
    "nu mi ar simti nimeni lipsa", "nimeni n ar plange", "sa nu ma mai trezesc", "nu vreau sa ma mai trezesc",
    "sa adorm si sa nu", "nu are niciun rost", "n are rost nimic", "nimic nu are rost", "daca n as mai fi",
    "daca nu as mai fi", "daca nu mai eram", "nu are rost nimic", "m am saturat de viata",
    # Saving up, hiding or taking all the pills.
    "toate pastilele", "toate medicamentele", "toate tabletele", "strang pastile", "strang pastilele", "adun pastile",
    "adun pastilele", "pun deoparte pastile", "ascund pastile", "ascund pastilele", "pastilele deodata",
    "pastile deodata",
    # Given a phone by older people, having to answer it, carrying things to other towns.
    "mi au dat un telefon", "mi a dat un telefon", "imi dau un telefon", "mau dat un telefon",
    "trebuie sa raspund cand suna", "trebuie sa raspund imediat", "sa raspund oricand", "sa raspund mereu",
    "sa raspund la orice ora", "duc ... in alt oras", "duc ... la alt oras", "duc ... in alte orase",
    "car ... in alt oras", "livrez ... in alt oras", "pachete in alt oras", "pachete la alt oras",
    "pachete in alte orase", "cu trenul ... pentru ei", "cu trenul ... pentru el", "baieti mai mari",
    "baietii mai mari",
    # No food in the house, the adult drunk or out of it, looking after the little ones.
    "nu e nimic in frigider", "nimic in frigider", "frigiderul e gol", "frigider gol", "nu avem ce manca",
    "mama e mereu beata", "mama e beata", "tata e mereu beat", "beata moarta", "beat mort", "drogat*",
    "mama doarme toata ziua", "tata doarme toata ziua", "ii hranesc pe cei mici", "am grija de cei mici",
    "ma ocup de cei mici", "ma lasa cu bebelusul", "ne lasa cu bebelusul", "ma lasa cu fratii",
    "pleaca tot weekendul",
    "pleaca pentru tot weekendul", "lipseste zile intregi",
    # Threats tied to telling.
    "daca spun la scoala", "daca zic la scoala", "daca spun la cineva", "daca zic la cineva", "daca spun profesor*",
    "daca spun asistent*", "daca spun la politie", "nu o sa mai vad pe", "n o sa mai vad pe", "nu o sa l mai vad",
    "nu o sa o mai vad",
    # Adults coming into the bathroom or bedroom.
    "intra in baie cand eram", "intra in baie cand sunt", "intra in baie cand ma", "intra in baie peste mine",
    "intra peste mine", "vine in baie cand", "intra cand ma spal", "intra cand fac dus", "intra cand ma schimb",
    "intra cand ma imbrac", "nu iesea cand", "nu iese cand", "nu vrea sa iasa din baie", "nu voia sa iasa din baie",
    "ma priveste cand ma", "se uita la mine cand ma", "intra noaptea",
    # Marks and bruises, and covering them: "said I fell".
    "am zis ca am cazut", "am spus ca am cazut", "zic ca am cazut", "spun ca am cazut", "am zis ca m am lovit",
    "am spus ca m am lovit", "zic ca m am lovit", "spun ca m am lovit", "semne pe brat*", "semne pe corp",
    "semne vinete", "acopar vanatai*", "ascund vanatai*", "ascund urmele", "acopar urmele", "maneci lungi ca",
    # Forced marriage.
    "sa ma marite", "ma marita", "vor sa ma marite", "vor sa ma casatoresc", "obligat* sa ma casatoresc",
    "trebuie sa ma casatoresc", "sa ma casatoresc cu forta", "sa ma insoare", "vor sa ma insoare",
    "casatorie aranjata", "casatorie fortata", "casatorie cu forta", "ma casatoresc cu forta", "vor sa ma marit",
    "trebuie sa ma marit",
    # Locked in, alone.
    "ma incuie", "ma incuiau", "ne incuie", "ne incuiau", "ma incuia", "incuiat* singur*", "ma lasau incuiat*",
    "ne lasau incuiat*", "ma lasau singur* ... incuiat*",
    # Night buses, not going back, brought back by police.
    "dorm in autobuz*", "toata noaptea cu autobuzul", "cu autobuzele toata noaptea", "cu autobuzul pana dimineata",
    "nu ma mai intorc", "nu ma intorc acolo", "politia ma aduce inapoi", "ma aduce politia", "m a adus politia",
    "mau adus politia", "m au adus politia",
    # Online: pressure for pictures and threats to share them.
    "imi cere mai multe poze", "mai multe poze cu mine", "alte poze cu mine", "trimite pozele la",
    "o sa trimita pozele", "le trimite pozele", "le trimite la toti", "posteaza pozele", "publica pozele",
    "pune pozele mele pe", "pune pozele cu mine pe", "daca nu ii trimit", "daca nu trimit", "are poze cu mine",
    "are pozele mele", "are filmari cu mine",
    # Threats against the people I live with; knows where I live.
    "stie unde stau", "stie unde locuiesc", "stie adresa", "o omoare pe", "il omoare pe", "omoara asistent*",
    "omoara parint*",

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
    "nu primesc mancare", "nu ne da de mancare", "nu ma hraneste", "mi e foame", "imi e foame",
    "flamand*", "infometat*", "ma lasa singur*", "ne lasa singur*", "lasat* singur*", "singur acasa",
    "singura acasa", "nimeni nu are grija", "nimeni nu ma ingrijeste", "nu are grija de mine",
    "nu au grija de mine", "fara caldura", "nu e caldura", "nu avem caldura", "frig in casa", "haine murdare",
    "haine rupte", "neglij*", "abandon*",
    # self-harm and suicidal thoughts
    "ma tai", "ma taiam", "taieturi", "automutil*", "ma ranesc", "sa ma ranesc",
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

# Added for the wider screen, from public safeguarding guidance (county lines, grooming, forced marriage, FGM,
# Prevent, modern slavery), in Romanian as young people write it (folded: ă/â->a, î->i, ș->s, ț->t; "mi-au" ->
# "mi au"). English slang is caught by the English list, which reads every comment.
SAFEGUARDING += [
    # County lines and criminal exploitation.
    "le datorez", "le datorez bani", "ii datorez bani", "am o datorie la", "datorie la baietii", "datorie la ei",
    "trebuie sa muncesc sa platesc", "trebuie sa muncesc ca sa platesc", "sa platesc datoria", "sa muncesc pentru ei",
    "muncesc pentru ei", "tin ceva pentru", "tin marfa", "tin pachete pentru",
    "ascund ceva pentru", "ascund pachete", "ascund marfa", "vand droguri", "vand pentru ei", "vand pentru el",
    "vand marfa", "sa vand marfa", "duc marfa", "car marfa", "duc droguri", "dealer", "dilar*", "un telefon de lucru",
    "mi au dat un telefon sa", "in alt oras cu pachete", "au luat apartamentul", "folosesc apartamentul mamei",
    # Sexual exploitation and online grooming.
    "un barbat o ia de la scoala", "un tip o ia de la scoala", "o ia cu masina", "se urca in masini cu",
    "ma urc in masina cu", "petreceri cu barbati", "petreceri la el", "sa se culce cu prietenii lui",
    "sa ma culc cu prietenii lui", "ramane intre noi", "asta ramane intre noi", "sterge mesajele",
    "sa sterg mesajele",
    "sterge conversatia", "nu le spune parintilor", "nu spune la nimeni de noi", "nu le spune asistent*",
    "l am cunoscut pe net", "lam cunoscut pe net", "l am cunoscut pe internet", "l am cunoscut pe tiktok",
    "un tip de pe net", "un barbat de pe net", "un barbat de pe internet", "imi cere poze", "mi cere poze",
    "vrea poze cu mine", "vrea poze goale",
    # Neglect and destitution.
    "nu am haine", "n am haine", "nam haine", "nu am ce sa imbrac", "n am ce imbraca", "nam ce imbraca",
    "nu am pantofi",
    "pantofi rupti", "nu am geaca", "nu am unde sa dorm", "n am unde sa dorm", "nam unde sa dorm", "n am unde dormi",
    "nu am unde dormi", "nu am un loc sigur", "n am un loc sigur", "dorm pe canapea la", "dorm pe canapele",
    "dorm la prieteni pe", "dorm pe unde apuc", "dorm in masina", "am dormit in masina", "locuiesc in masina",
    "dorm in gara", "sunt fara adapost", "fara adapost", "sunt al strazii", "nu am bani de mancare",
    "n am bani de mancare", "nam bani de mancare", "nu am mancat de", "n am mancat de", "nam mancat de",
    "imi ia banii", "mi ia banii", "mi a luat banii", "mia luat banii", "imi iau banii", "imi ia cardul",
    "mi a luat cardul",
    "are cardul meu", "imi tine cardul", "imi controleaza banii", "imi ia alocatia", "imi ia ajutorul",
    "imi ia salariul",
    "trebuie sa ii dau banii", "trebuie sa le dau banii", "ii dau toti banii",
    # Forced marriage.
    "m au logodit", "mau logodit", "m a logodit", "ma logodesc cu forta", "vor sa ma vanda", "m au vandut",
    "mau vandut",
    "ma marita cu forta", "ma marit cu forta", "sa ma marit cu cineva", "cu un barbat pe care nu",
    "ma marita cu varul", "mi au luat pasaportul", "miau luat pasaportul", "mi a luat pasaportul",
    "imi tin pasaportul", "au ascuns pasaportul", "rusine pentru familie", "onoarea familiei",
    "fac de rusine familia",
    # Domestic servitude.
    "fac curat toata ziua", "fac curatenie toata ziua", "gatesc toata ziua", "muncesc toata ziua in casa",
    "am grija de copiii lor", "stau cu copiii lor", "nu ma lasa la scoala", "nu ma lasa sa merg la scoala",
    "nu ma lasa sa ma duc la scoala", "in loc de scoala", "nu ma platesc", "nu ma plateste", "fara plata",
    "muncesc fara bani", "muncesc pe gratis", "lucrez pe gratis", "ca o servitoare", "ca un servitor", "ca o sclava",
    "ca un sclav", "sclav*",
    # FGM.
    "mutilar* genital*", "circumcizi* feminin*", "circumcizi* la fete", "sa ma circumcid*", "sa ma taie acolo",
    "ma taie acolo jos", "sa o taie acolo",
    # Radicalisation pressure.
    "extremis*", "radicaliz*", "terorism", "terorist*", "vor sa ma alatur", "sa ma alatur lor", "alatura te lor sau",
    "sa lupt pentru cauza", "sa mor pentru cauza", "razboi rasial", "puterea alba", "rasa alba",
    "nu esti musulman adevarat",
    "statul islamic", "isis",
    # Trafficking.
    "traficat*", "trafic de carne vie", "datoria pentru drum", "datorie pentru drum", "sa platesc drumul",
    "platesc drumul", "m au adus aici", "mau adus aici", "m a adus aici", "mi au luat actele", "miau luat actele",
    "imi tin actele", "ma vand", "m a vandut", "ma pun sa cersesc", "cersesc pentru ei", "sa cersesc",
    "ma pun sa fur",
    "fur pentru ei", "sa fur pentru", "munca fortata", "munca silita",
    # Hopelessness amounting to thoughts of suicide.
    "nu mai vreau nimic", "nu vad niciun viitor", "n am niciun viitor", "nu am niciun viitor", "nu vad rostul",
    "nu are rost sa mai", "nu mai are rost nimic", "toti ar fi mai bine fara mine", "ar fi mai bine fara mine",
    "vreau sa dispar", "sa dispar pentru totdeauna", "sa dorm si sa nu ma mai trezesc", "m am saturat de viata",
    "obosit* de viata", "nu mai pot sa continui", "nu mai pot continua", "nu mai rezist", "vreau sa se termine tot",
    # Self-harm.
    "ma tai din nou", "imi fac rau singur*", "ma ard", "m am ars singur*",
]

# Added after measuring the third set: weak signals (see the English lexicon). Cues from two different groups in
# one comment make it a possible disclosure; "night", "alone" and "fear" count half. Not "dus" (also "taken").
WEAK_SIGNALS: dict[str, list[str]] = {
    "hiding": [
        "ma ascund", "ne ascundem", "ascuns*", "sub pat", "sub plapuma", "in dulap", "in sifonier", "incui usa",
        "incuiat", "ma inchid in", "sub perna", "se linisteste", "sa treaca", "adoarma", "adoarme", "scaun",
    ],
    "carer-state": [
        "beat", "beata", "bea", "bautura", "alcool", "drogat*", "la bar", "carciuma", "crasma",
        "nu se da jos din pat",
        "doarme toata ziua",
    ],
    "temper": [
        "se enerveaza", "nervos", "nervoasa", "nervii", "furios", "furioasa", "urla", "e vina mea", "din cauza mea",
    ],
    "injury": [
        "curea", "cureaua", "vanatai*", "vanat*", "urme", "sange", "lama", "foarfec*", "bricheta", "arsuri",
        "am cazut", "m am lovit", "maneci lungi", "incheietur*",
    ],
    "pills": [
        "pastile", "pastilele", "medicamente", "tablete", "paracetamol", "somnifere",
    ],
    "secrecy": [
        "secret*", "nimeni nu stie", "nu stie nimeni", "sa nu spun", "sa nu zic", "daca spun", "daca zic",
        "nu vede nimeni",
    ],
    "hopeless": [
        "nu are rost", "nu mai are rost", "nu are sens", "nu mai are sens", "fara mine", "sa dispar", "nimeni n ar",
        "nimeni nu ar", "m am saturat de tot", "nu se schimba nimic", "renunt la tot", "nu mai pot",
    ],
    "older-people": [
        "baiat mai mare", "baieti mai mari", "barbat mai mare", "un barbat", "pe net", "pe internet", "pe snap",
        "pe insta", "pe tiktok", "din cartier",
    ],
    "money-owed": [
        "datorez", "datorie", "datorii", "datoreaza", "gratis", "pachete", "pachet", "livr*", "imi dadea",
        "imi da bani",
    ],
    "control": [
        "trebuie sa raspund", "sa raspund", "ma pune sa", "ma obliga", "ma forteaza", "ma suna mereu",
    ],
    "threat": [
        "trimite pozele", "le trimite", "posteaza", "arata la toti", "stie unde", "omoara", "omor", "nu o sa mai vad",
        "ma ia inapoi",
    ],
    "images": [
        "poze", "poza", "pozele", "filmari", "video cu mine", "nud", "nude", "nuduri",
    ],
    "hunger": [
        "foame", "flamand*", "nemancat", "nu avem mancare", "n avem mancare", "niciodata mancare", "frigider",
        "nu mananc",
    ],
    "caring": [
        "cei mici", "fratii mici", "fratele mic", "sora mica", "bebelus*", "am grija de", "hranesc",
    ],
    "leaving": [
        "nu ma intorc", "nu ma mai intorc", "plec noaptea", "autobuz* de noapte", "pe strada", "la prieteni",
        "in masina", "fug", "am fugit",
    ],
    "intrusion": [
        "baie", "fac dus", "ma spal", "ma schimb", "patul meu", "in camera mea", "intra peste",
    ],
    "weapon": [
        "cutit", "cutitul", "cutite", "briceag",
    ],
    "night": [
        "noaptea", "la noapte", "toata noaptea", "in fiecare noapte",
    ],
    "alone": [
        "singur", "singura", "singuri", "incuiat*",
    ],
    "fear": [
        "frica", "ma tem", "teama", "speriat*", "panica",
    ],
}

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

# Added for the wider screen: bare cries for help (see the English lexicon).
CRIES: list[str] = [
    "^ajutor$", "ajutor va rog", "va rog ajutor", "va rog ajutati ma", "ajutati ma", "ajuta ma", "ajutatima",
    "am nevoie de ajutor", "am nevoie urgent de ajutor", "sa ma ajute cineva", "ma poate ajuta cineva",
    "sa ma sune cineva", "ma poate suna cineva", "poate sa ma sune cineva", "cineva sa ma sune", "sunati ma",
    "sunati ma va rog", "salvati ma", "scoateti ma de aici", "scoate ma de aici", "veniti sa ma luati",
    "veniti dupa mine", "nu sunt bine", "nu mai pot", "nu ma descurc", "trebuie sa vorbesc cu cineva",
    "am nevoie sa vorbesc cu cineva", "nu am cu cine sa vorbesc", "n am cu cine vorbi", "nu stiu ce sa fac",
]

CRY_BLOCKERS: list[str] = [
    "la", "cu", "pentru", "sa", "ca", "in", "pe", "de", "despre", "cand", "daca", "dupa", "maine", "mai", "tema",
    "temele", "bani", "scoala", "gasesc", "caut",
]

# Added for the wider screen (see the English lexicon): more cues and the new groups.
WEAK_SIGNALS["older-people"] += ["un tip", "mai mare ca mine", "mai mare decat mine", "de pe net", "l am cunoscut"]
WEAK_SIGNALS["money-owed"] += ["le datorez", "muncesc pentru", "marfa"]
WEAK_SIGNALS["hopeless"] += ["m am saturat", "obosit de tot", "obosita de tot", "nu mai are niciun rost"]
WEAK_SIGNALS.update({
    "reluctant": [
        "nu vreau sa merg la", "nu vreau sa ma duc la", "nu vreau sa merg acolo", "nu vreau sa ma duc acolo",
        "nu vreau sa il vad", "nu vreau sa l vad", "nu vreau sa o vad", "nu vreau sa ii vad", "nu vreau sa stau la",
        "nu vreau sa stau cu", "nu vreau sa mai merg la", "urasc sa merg la", "mi e frica sa merg la",
        "nu imi place sa merg la",
    ],
    "insist": [
        "ma obliga sa merg", "ma pun sa merg", "trebuie sa merg", "trebuie sa ma duc", "tot ma trimit",
        "ma trimit oricum",
        "ma trimit", "ma forteaza", "nu ma asculta nimeni", "nimeni nu ma asculta", "n am de ales", "nam de ales",
        "nu am de ales", "chiar daca", "tribunalul", "hotararea judecatoreasca",
    ],
    "pickup": [
        "o ia de la", "o ia cu masina", "vine dupa ea", "se urca in masina lui", "ma ia cu masina", "ma ia de la",
    ],
    "gifts": [
        "imi cumpara", "mi a cumparat", "imi pune credit", "mi a pus credit", "imi trimite bani", "mi a trimis bani",
        "imi da bani", "cadouri", "cadou",
    ],
    "flattery": [
        "matur*", "zice ca sunt frumoasa", "zice ca sunt speciala", "ma intelege", "ma iubeste", "nu ca celelalte",
    ],
    "meet": [
        "vrea sa ne intalnim", "vrea sa ma intalneasca", "sa ne vedem", "sa ma vada", "sa ne intalnim",
        "intalnire cu el",
    ],
    "chores": [
        "fac curat", "curatenie", "gatesc", "spal vase", "calc", "spal rufe", "am grija de copii", "stau cu copiii",
    ],
    "restriction": [
        "toata ziua", "nu merg la scoala", "nu ma lasa la scoala", "nu ma platesc", "pe gratis", "fara bani",
        "nu am voie sa ies", "nu ma lasa sa ies", "de dimineata pana seara", "fara zi libera",
    ],
    "extreme": [
        "jihad", "martir*", "necredincios*", "cauza", "musulman adevarat", "razboi rasial", "tradator*",
        "sa lupt pentru",
        "sa mor pentru",
    ],
    "join": [
        "sa ma alatur", "alatura te", "grupul lor", "recrut*", "filmulete", "intalnirile lor", "tot imi spun",
    ],
    "marriage": [
        "marit", "marite", "marita", "casatorie", "casatoresc", "nunta", "logodit", "logodna", "sot", "sotie",
        "insoare",
    ],
    "coerce": [
        "nu vreau", "n am vrut", "prea mica", "prea mic", "am doar", "cu forta", "obligat*", "forteaza", "presiune",
        "pasaport", "n am de ales", "fara sa ma intrebe", "impotriva vointei", "cineva pe care nu", "mi au ales",
        "aranjat*",
    ],
})

# Added after measuring the screen development set: families of wording the wider lists missed.
SAFEGUARDING += [
    # Cries for help: can someone come.
    "sa vina cineva", "poate sa vina cineva", "vina cineva la mine", "veniti la mine", "veniti repede",
    "ceva rau s a intamplat", "ceva rau se intampla", "despre ceva rau",
    # Self-harm: burning with a lighter.
    "m am ars cu bricheta", "mam ars cu bricheta", "ma ard cu bricheta", "cu bricheta pe mana", "cu bricheta pe brat",
    "iar m am ars", "iar mam ars",
    # FGM: taken to their country to be cut like her sister.
    "sa o taie cum", "sa o taie acolo", "taie cum au facut", "in tara lor sa o taie", "sa ma taie cum",
    "sa ma taie si pe mine",
    # Not wanting to visit: the way he looks at me.
    "nu mi place cum se uita la mine", "nu imi place cum se uita la mine", "cum se uita la mine", "nu ma lasati la",
    "nu ma mai lasati la", "sa ma lasati iar la",
]

IDIOMS: list[str] = [
    "foame mereu dupa scoala", "foame dupa scoala", "o minge", "cu mingea", "mingea", "la fifa", "in joaca",
    "in gluma", "pt pizza", "pentru pizza", "lu frate*", "lui frate*", "fratelui meu", "surorii mele",
    "colegului meu",
    "colegei mele", "am invatat despre", "la dirigentie", "placa de par", "la gatit", "de examen*", "de teze",
    "de bac",
]

WEAK_SIGNALS["reluctant"] += ["nu vreau sa ma lasati", "nu ma lasati"]
WEAK_SIGNALS["insist"] += ["ma lasa acolo", "ma lasati acolo"]

WEAK_SIGNALS["insist"] += ["zic ca trebuie", "zice ca trebuie", "spun ca trebuie", "spune ca trebuie",
                           "ca trebuie sa merg"]

# Added after a third round of checks with fresh wording: broader families.
SAFEGUARDING += [
    "nu am unde sa stau", "n am unde sta", "nam unde sta", "nu am unde sta", "n am unde sa stau", "dorm in parc",
    "dorm in parcuri", "dorm pe banca", "dorm pe strazi", "dorm in gara", "m au dat afara din casa", "nu am ce manca",
    "nu am mancat de zile", "de zile nu am mancat", "ar fi mai fericiti daca", "daca n as mai fi",
    "daca nu as mai fi",
    "vreau sa mor", "sa ma omor", "ma gandesc sa ma omor", "sa ma sinucid", "nu mai vreau sa traiesc",
    "ma tai", "ma ranesc singur*", "ma lovesc singur*", "ma ard singur*", "le datorez bani", "trebuie sa vand",
    "ma pun sa vand", "ma pun sa duc", "ma pune sa duc", "sa duc pachete", "vor sa ma marite", "ma marita",
    "sa ma marit la", "la 14 ani", "la 15 ani", "la 16 ani", "lucrez toata ziua", "muncesc toata ziua",
    "nu ma lasa la scoala", "nu ma lasa sa merg la scoala", "sa ma taie", "sa mi faca si mie",
]
CRIES += ["ajutor urgent", "am nevoie de ajutor urgent", "cineva va rog", "va rog cineva",
          "poate cineva sa ma ajute", "cu cine pot sa vorbesc", "este cineva"]

SAFEGUARDING += ["barbati mai mari", "barbati mai in varsta", "pleaca cu barbati", "iese cu barbati",
                 "merge cu barbati"]
WEAK_SIGNALS["extreme"] += ["sa luptam impotriva", "impotriva strainilor", "strainilor", "imigrantilor",
                            "musulmanilor",
                            "sa luptam"]
WEAK_SIGNALS["join"] += ["din grup", "cei din grup", "grupul de pe"]
WEAK_SIGNALS["gifts"] += ["ii dau bani", "ii da bani"]

SAFEGUARDING += ["ne au adus aici", "neau adus aici", "ne au luat actele", "neau luat actele", "ne au luat pasapoartele",
                 "sa muncim pentru ei", "aduse aici sa munceasca"]
WEAK_SIGNALS["insist"] += ["ma obliga", "mama ma obliga", "tata ma obliga"]

CRY_SKIP: list[str] = ["ma", "ne", "va rog"]

SAFEGUARDING += ["sa fiu pe lumea asta", "nu mai vreau sa fiu", "sa ma dea de nevasta", "ma da de nevasta", "de nevasta unui",
                 "ma dea de sotie", "om mai batran", "barbat mai batran", "sa tin droguri", "tin droguri la mine",
                 "ne lasa singuri cu zilele", "singuri cu zilele", "ajutati ma cineva"]
WEAK_SIGNALS["wish"] = ["vreau sa", "as vrea sa", "mai bine", "ma gandesc sa", "ma gandesc la", "plan sa"]
WEAK_SIGNALS["death"] = ["mor", "sa mor", "nu mai fiu", "sa dispar", "sa ma omor", "toate pastilele", "sa ma arunc",
                         "sa nu ma mai trezesc"]
WEAK_SIGNALS["absent"] = ["cu zilele", "nu mai vine acasa", "lipseste de", "pleaca zile", "nu e acasa de"]

# Kind-level topics and the cues that partner them (participation.analysis.engine.KIND_TOPICS), as families.
WEAK_SIGNALS["fgm"] = [
    "circumciz*", "ceremoni*", "taiere", "sa o taie", "sa ma taie", "taiata", "taiate", "acolo jos", "curata",
    "purificar*", "traditi*", "ritual*", "procedur*", "sunna", "khitan", "excizi*", "mutilar*",
]
WEAK_SIGNALS["girl"] = ["sora mea", "surioara", "verisoara", "fetele", "fetita", "fata mea", "nepoata"]
WEAK_SIGNALS["travel"] = ["in tara", "acasa in", "in vacanta", "vacanta", "peste vara", "la vara", "vara asta",
                          "in strainatate", "strainatate", "cu avionul", "avion*", "o sa plecam", "plecam in",
                          "ne duce in", "o duce in"]
WEAK_SIGNALS["age"] = ["am 1*", "am doar 1*", "1* ani", "ani", "prea mica", "prea mic", "minor*", "inca copil"]
WEAK_SIGNALS["must"] = ["trebuie", "trebuie sa", "ar trebui", "datoria", "datorie", "e obligatoriu", "spun ca",
                        "zice ca", "sa facem ceva"]
WEAK_SIGNALS["papers"] = [
    "pasaport*", "actele", "acte", "buletin*", "documente*", "viza", "trafican*", "calauz*", "drumul", "pentru drum",
    "camion*", "ne au adus", "m au adus", "adusi aici", "adusa aici", "adus aici",
]
WEAK_SIGNALS["party"] = ["petrecer*", "chef*", "hotel*", "iubit*", "prieten mai mare", "apartament*", "la el acasa",
                         "o ia cu masina", "ne ia cu masina", "se intoarce schimbata", "taxi*"]
WEAK_SIGNALS["gifts"] += ["vodca", "alcool", "bautura", "tigari", "vape*", "iarba", "droguri", "ne da", "ii da",
                          "ne cumpara", "ii cumpara"]
WEAK_SIGNALS["extreme"] += ["lupta", "luptam", "lupte", "razboi*", "dusman*", "inamic*", "imigranti*", "strainii",
                            "straini", "invadator*", "inlocui*", "rasa alba", "albii", "evreii", "tiganii",
                            "necredinci*", "califat", "mujahed*", "razbunare", "nazist*", "tara noastra"]
WEAK_SIGNALS["join"] += ["alatur*", "grup", "grupul", "grupului", "canal*", "telegram", "fluturas*", "filme",
                         "clipuri", "video*", "intalnire", "intalniri", "fratii", "miscare*", "recrut*"]
WEAK_SIGNALS["chores"] += ["cersim", "cersesc", "cerseste", "cersit", "sa cersim", "cersetori*", "muncesc",
                           "munca", "muncim", "lucrez", "lucram", "spalatorie", "sluga", "servitoare", "la ferma",
                           "in fabrica", "pe santier"]
WEAK_SIGNALS["restriction"] += ["ne ia toti banii", "ne ia banii", "imi ia banii", "ia toti banii", "toti banii",
                                "ore pe zi", "de ore", "nu ne plateste", "nu ma plateste",
                                "nu primesc bani", "nu ne lasa", "nu ma lasa", "in loc de scoala"]
WEAK_SIGNALS["broke"] = ["n am bani", "nu am bani", "fara un ban", "niciun ban", "curentul taiat", "ne au taiat",
                         "fara curent", "fara caldura", "dat afara", "m au dat afara", "evacuat*", "chiria"]
WEAK_SIGNALS["leaving"] += ["pe canapea", "canapea", "la un prieten", "la o prietena", "dorm pe unde"]
WEAK_SIGNALS["coerce"] += ["ma pun sa", "ne pune", "ne pun", "m au obligat", "au hotarat"]
SAFEGUARDING += ["m am taiat", "mam taiat", "iar m am taiat", "ma tai", "m am ranit"]

# A third round of fresh wording: inflected cutting and sisters, all the housework for not a penny, hunger.
WEAK_SIGNALS["fgm"] += ["taiere*", "taierea", "sa i taie", "sa le taie", "cusut*", "cusuta"]
WEAK_SIGNALS["girl"] += ["surioar*", "sora*", "verisoar*", "fiica", "nepoat*"]
WEAK_SIGNALS["travel"] += ["somalia", "sudan", "egipt", "etiopia", "eritreea", "nigeria", "pakistan", "cand mergem",
                           "mergem in", "mergem acasa"]
WEAK_SIGNALS["chores"] += ["toata treaba", "treaba in casa", "treburile", "fac tot", "tot in casa", "am grija de"]
WEAK_SIGNALS["restriction"] += ["niciun ban", "nu primesc", "nu primesc nimic", "nici un ban", "fara plata"]
WEAK_SIGNALS["hunger"] += ["n am ce sa mananc", "nu am ce sa mananc", "nimic de mancare", "n avem ce manca",
                           "nu avem ce manca"]
WEAK_SIGNALS["absent"] += ["de zile", "de cateva zile", "nu mai vine"]

# A fifth round of fresh wording: attacks and doing the same.
WEAK_SIGNALS["fight"] = ["atacuri", "atac", "atacul", "atentat*", "sa atacam", "sa facem la fel", "sa luptam", "lupta",
                         "razboi*", "dusman*", "sa omoram", "bombe"]
WEAK_SIGNALS["must"] += ["si noi trebuie", "trebuie sa facem"]

# A sixth round of fresh wording: filming held over children, a cupboard bed, fighters abroad, papers kept.
WEAK_SIGNALS["images"] += ["ne filmeaza", "ma filmeaza", "ne-au filmat", "ne au filmat", "ne inregistreaza", "filmeaza"]
WEAK_SIGNALS["threat"] += ["pun pe net", "pe net", "pe internet", "daca nu mai venim", "daca plec", "la inchisoare",
                           "ajung la inchisoare", "daca fug"]
WEAK_SIGNALS["restriction"] += ["dorm in debara", "in debara", "sub scari", "pe jos in bucatarie", "copiii lor merg",
                                "in timp ce copiii lor", "nu am voie afara"]
WEAK_SIGNALS["chores"] += ["toate treburile", "treburile"]
WEAK_SIGNALS["extreme"] += ["luptatori*", "luptatorilor", "jihadist*", "sa se alature luptatorilor"]
WEAK_SIGNALS["papers"] += ["imi tin buletinul", "tin buletinul", "tin actele", "m-au adus aici", "care m au adus"]
WEAK_SIGNALS["fgm"] += ["murdare", "murdara", "necurate", "urmez eu", "eu sunt urmatoarea"]
WEAK_SIGNALS["squalor"] = ["dentist", "doctor", "dintii", "ma dor", "nu-i pasa", "nu i pasa", "mizerie", "mucegai",
                           "fara apa calda"]
WEAK_SIGNALS["broke"] = WEAK_SIGNALS.get("broke", []) + ["fara adapost", "pe scari", "n am unde sa stau",
                                                         "nu am unde sa stau", "nu am unde dormi", "adapost"]

# A seventh round of fresh wording.
WEAK_SIGNALS["fgm"] += ["o sa mi o faca", "mi o faca", "o faca si mie", "si mie", "mi-o faca"]
WEAK_SIGNALS["girl"] += ["sora mea mai mare", "sora mai mare"]
WEAK_SIGNALS["travel"] += ["la familie", "mergem la familie"]
WEAK_SIGNALS["fear"] += ["m a avertizat", "mam avertizat", "avertizat"]
WEAK_SIGNALS["missing"] = ["dispare", "dispare zile", "zile intregi", "lipseste zile", "nu spune de la cine"]
WEAK_SIGNALS["gifts"] += ["haine noi", "telefon nou", "si telefon", "cu telefon"]
WEAK_SIGNALS["fight"] += ["atentatele", "atentate", "corecte", "bombe"]
WEAK_SIGNALS["must"] += ["sa ii ajut", "ar trebui sa ii"]
WEAK_SIGNALS["restriction"] += ["fara sa primim bani", "fara sa primim", "nu primim bani", "la 5 dimineata",
                                "dimineata devreme"]
WEAK_SIGNALS["chores"] += ["culegem", "culeg", "la ferma", "legume"]

# dev3 (the second held-out set, measured once): families its misses showed.
WEAK_SIGNALS["kin"] = [
    "la tata", "la tatal meu", "la mama", "la unchiu", "la unchiul", "unchiul meu", "matusa", "la bunici",
    "tatal vitreg", "mama vitrega", "prietenul mamei", "iubitul mamei", "prietenul tatei", "varul meu",
]
WEAK_SIGNALS["plea"] = ["ajutor", "ajutati-ma", "ajutati ma", "sos", "cineva sa vina",
                        "ceva nu e bine", "nu sunt ok"]
WEAK_SIGNALS["reluctant"] += [
    "nu vreau sa merg la", "nu vreau sa ma duc la", "nu vreau sa stau la", "nu vreau sa dorm la",
    "nu vreau sa merg acolo", "ma tem de weekend", "urasc weekendurile", "am implorat sa nu", "nu ma trimiteti",
    "ma ascund cand", "e altfel cand nu e nimeni",
]
WEAK_SIGNALS["insist"] += ["ma obliga", "ma forteaza", "ma trimit oricum", "trebuie sa merg"]
WEAK_SIGNALS["fear"] += ["mi e frica", "mi-e frica", "ma tem", "ma sperie"]
SAFEGUARDING += [
    "mai bine fara mine", "ar fi mai bine fara mine", "ar fi mai bine daca n-as fi", "ar fi mai bine daca nu as fi",
    "obosit de tot", "obosita de tot", "m-am saturat de tot", "vreau sa se termine totul", "vreau sa se opreasca totul",
    "nu am niciun motiv sa fiu aici", "niciun motiv sa traiesc", "scrisoare de adio", "bilet de adio",
    "mi-au luat pasaportul", "mi-au luat actele", "imi tin actele", "imi tin pasaportul", "datorez pentru drum",
    "sa platesc drumul", "muncesc fara bani", "muncesc pe gratis", "m-au mutat din casa in casa",
    "din casa in casa", "nu stiu in ce oras", "nu am unde sa dorm", "n-am unde dormi", "n-am mancat de",
    "nu am mancat de", "niciun ban", "dorm pe strada",
]
CRIES += ["trebuie sa spun cuiva", "vreau sa vorbesc cu cineva", "poate veni cineva", "veniti va rog",
          "ceva nu e bine acasa", "nu sunt ok acasa", "^sos"]
WEAK_SIGNALS["kin"] += ["prietenul mamei", "la bunica", "la bunicul", "la matusa", "nasul"]
SAFEGUARDING += ["mai fericiti fara mine", "mai usor fara mine", "nimeni n-ar observa daca", "nimeni nu ar observa daca",
                 "nimanui nu i-ar fi dor de mine", "am scris scrisori pentru", "in caz ca nu mai sunt"]
WEAK_SIGNALS["ordinary"] = ["plictisitor", "plictisitoare", "ma plictisesc", "nu are wifi", "petrecere"]

# dev4 (the third held-out set, measured once): not wanting to go to or stay with a person (engine: it counts alone
# in a short comment, beside insistence, fear or a relative at any length; an ordinary reason cancels it).
WEAK_SIGNALS["unwilling"] = [
    *(f"nu vreau sa {verb} {kin}" for verb in ("merg la", "ma duc la", "stau la", "dorm la", "ma intorc la",
                                               "raman la") for kin in ("tata", "tatal", "unchiu", "unchiul", "bunicul",
                                                                       "el", "ei", "mama", "matusa", "iubitul")),
    "nu vreau sa stau cu", "nu vreau sa raman cu", "nu vreau sa raman singur cu", "nu vreau sa raman singura cu",
    "nu vreau sa l vad", "nu vreau sa il vad", "nu vreau sa o vad", "nu vreau sa i vad", "nu mi place sa fiu singur cu",
    "nu imi place sa fiu singur cu", "nu mi place sa fiu singura cu", "nu imi place sa fiu singura cu",
    "nu ma mai trimiteti", "va rog nu ma trimiteti", "nu ma obligati sa merg", "plang inainte sa merg",
    "plang inainte de", "ma simt rau inainte", "mi e rau inainte", "ma ascund inainte", "e altfel cand suntem singuri",
]
WEAK_SIGNALS["insist"] += ["nu ma asculta", "nu ma asculta nimeni", "nimeni nu ma asculta", "nimeni nu asculta",
                           "tot ma trimit", "asistentul social zice", "asistenta sociala zice", "asistenta sociala spune"]
WEAK_SIGNALS["ordinary"] += ["departe", "antrenament", "fotbal", "meci", "obosit", "obosita", "ziua"]
WEAK_SIGNALS["unwilling"] += [pattern.replace("nu vreau sa ", "nu vreau sa mai ", 1)
                              for pattern in WEAK_SIGNALS["unwilling"] if pattern.startswith("nu vreau sa ")]
SAFEGUARDING += ["daca nu m as mai trezi", "sa nu ma mai trezesc", "nu m as mai trezi", "sa adorm si sa nu ma trezesc",
                 "nu vreau sa ma mai trezesc"]

# Broad topic words and cues of distress (participation.analysis.engine.BROAD_TOPICS): single words, not phrases.
WEAK_SIGNALS["need"] = ["foame", "flamand*", "mancare", "mananc", "mancat", "frigider", "gol", "curent",
                        "gaz", "caldura", "frig", "haine", "pantofi", "dorm", "dormit", "canapea", "podea", "pe jos",
                        "in masina", "strada", "hostel", "fara adapost", "murdar*", "miros*"]
WEAK_SIGNALS["fgm-topic"] = ["taiat*", "taie", "curat*", "ceremoni*", "circumciz*", "acolo jos"]
WEAK_SIGNALS["ending"] = ["mor", "mori", "moara", "mort*", "dispar", "nu are rost", "niciun rost", "obosit* de",
                          "nu mai pot", "mai bine fara mine", "adio", "sa dorm pentru totdeauna", "ma omor", "sinucid*"]
WEAK_SIGNALS["selfhurt"] = ["ma tai", "ma ranesc", "ma ard", "zgari*", "sange", "sangerez", "urme", "cicatric*",
                            "pe maini", "pe brate", "pe picioare", "ma pedepsesc", "lama"]
WEAK_SIGNALS["serve"] = ["gatesc", "gatit", "fac curat", "spal", "servitoare", "slujnic*", "copiii lor",
                         "nu am voie sa ies", "nu merg la scoala", "fara plata", "nu ma platesc"]
WEAK_SIGNALS["distress"] = ["frica", "ma tem", "trist*", "plang", "singur*", "nimeni", "ajutor", "te rog", "iar",
                            "din nou", "in fiecare noapte", "in fiecare zi", "de o saptamana", "de zile", "mereu",
                            "niciodata", "urasc", "obosit*", "ma doare", "secret", "trebuie", "suparat*", "nu mai"]
WEAK_SIGNALS["self"] = ["eu", "ma", "mie", "meu", "mea", "mele", "mi"]
IDIOMS += ["mor de foame dupa", "mor de ras", "ma omoara tema", "fac curat in camera"]

# Added after measuring the sixth set: a call asked for because it cannot be written here, stockpiled means.
SAFEGUARDING += ["pastile puse deoparte", "strang pastile", "am strans pastile", "ascund pastile",
                 "dorm in masina in fiecare noapte", "dorm pe scari", "n am acoperis"]
CRIES += ["suna-ma cineva", "suna ma cineva", "sunati-ma", "sunati ma", "nu pot scrie aici", "nu pot vorbi aici"]
IDIOMS += ["pt film", "pentru film", "spal vasele", "vasele"]
# The power or gas cut off at home.
SAFEGUARDING += ["ni s-a taiat curentul", "ni s a taiat curentul", "ne-au taiat curentul", "ne au taiat curentul",
                 "nu avem curent", "nu avem caldura", "nu avem gaz"]
# Pills put aside.
SAFEGUARDING += ["am pus deoparte ... pastile", "pus deoparte pastile", "pastile ascunse"]
