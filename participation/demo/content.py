"""Demo content for "Your voice 2026": the consultation, its questions and a bank of realistic comments.

Pure data, read by ``participation.demo.loader`` (via ``participation.surveys.content.create_consultation``).

TRANSLATION STATUS: every non-English text in this file (Welsh, Polish, Romanian, Arabic, Urdu) is a DRAFT
awaiting review by a native speaker before any real use. Notes for reviewers:
- Welsh, Polish and Romanian address children and young people informally (ti / ty / tu) and parents and
  carers formally (chi / Państwo / dumneavoastră); "*" texts that parents and carers also see are neutral.
- Arabic is simple Modern Standard Arabic. Where it can, it avoids gendered second-person verbs (using, say,
  "عند الحاجة" or "لديك") so one text reads for boys and girls; parents and carers are addressed as plural.
- Urdu uses آپ throughout and prefers "آپ کو ..." constructions that do not change with the reader's gender.

Words: "home" (never "placement"), "family time" (never "contact"), "your worker", "social worker",
"personal adviser"; never "LAC", "vulnerable" or "respite" in anything the app shows as a question. The
comment bank quotes young people, so a few comments use those words to object to them, as real ones do.

There is no "I'd rather not say" option anywhere: the app adds its own skip button to every question.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("en", "cy", "pl", "ro", "ar", "ur")
BANDS = ("4-7", "8-11", "12-17", "care-leavers", "parents-carers")

# Text maps: {language: {"*": default text, optional band slug: band-specific wording}}.
# Every text map has all six languages, each with a "*" entry; a band override exists in all six languages.

CONSULTATION: dict[str, Any] = {
    "code": "demo",
    "title": {
        "en": {"*": "Your voice 2026"},
        "cy": {"*": "Dy lais 2026"},
        "pl": {"*": "Twój głos 2026"},
        "ro": {"*": "Vocea ta 2026"},
        "ar": {"*": "صوتك 2026"},
        "ur": {"*": "آپ کی آواز 2026"},
    },
    "about": {
        "en": {
            "*": "This survey asks about your life: your home, school, family time and the people who help "
            "you. What you tell us helps us make things better.",
            "4-7": "We want to know how you feel about your home, your school and the grown-ups who help you.",
            "care-leavers": "This survey asks how life is going after care: your home, money, work or study, "
            "and help from your personal adviser.",
            "parents-carers": "This survey asks how children's services are working for you and your family. "
            "What you tell us helps us make things better for families.",
        },
        "cy": {
            "*": "Mae'r arolwg hwn yn holi am dy fywyd: dy gartref, yr ysgol, amser teulu a'r bobl sy'n dy "
            "helpu di. Mae beth rwyt ti'n ei ddweud yn ein helpu i wella pethau.",
            "4-7": "Rydyn ni eisiau gwybod sut rwyt ti'n teimlo am dy gartref, dy ysgol a'r oedolion sy'n dy helpu di.",
            "care-leavers": "Mae'r arolwg hwn yn holi sut mae bywyd yn mynd ar ôl gadael gofal: dy gartref, "
            "arian, gwaith neu astudio, a'r help gan dy gynghorydd personol.",
            "parents-carers": "Mae'r arolwg hwn yn holi sut mae gwasanaethau plant yn gweithio i chi a'ch "
            "teulu. Mae eich atebion yn ein helpu i wella pethau i deuluoedd.",
        },
        "pl": {
            "*": "W tej ankiecie pytamy o Twoje życie: dom, szkołę, czas z rodziną i osoby, które Ci "
            "pomagają. Twoje odpowiedzi pomogą nam coś zmienić na lepsze.",
            "4-7": "Chcemy wiedzieć, jak się czujesz w domu, w szkole i z dorosłymi, którzy Ci pomagają.",
            "care-leavers": "W tej ankiecie pytamy, jak Ci się żyje po wyjściu z pieczy zastępczej: o dom, "
            "pieniądze, pracę lub naukę i pomoc od Twojego doradcy osobistego.",
            "parents-carers": "W tej ankiecie pytamy, jak służby ds. dzieci pracują z Państwem i Państwa "
            "rodziną. Odpowiedzi pomogą nam poprawić wsparcie dla rodzin.",
        },
        "ro": {
            "*": "Acest chestionar te întreabă despre viața ta: casa ta, școala, timpul cu familia și "
            "oamenii care te ajută. Ce ne spui ne ajută să facem lucrurile mai bune.",
            "4-7": "Vrem să știm cum te simți acasă, la școală și cu adulții care te ajută.",
            "care-leavers": "Acest chestionar te întreabă cum îți merge viața după ieșirea din sistemul de "
            "protecție: locuința, banii, munca sau studiile și ajutorul de la consilierul "
            "tău personal.",
            "parents-carers": "În acest chestionar vă întrebăm cum lucrează serviciile pentru copii cu "
            "dumneavoastră și cu familia dumneavoastră. Răspunsurile ne ajută să facem "
            "lucrurile mai bune pentru familii.",
        },
        "ar": {
            "*": "يسألك هذا الاستبيان عن حياتك: بيتك ومدرستك ووقت العائلة والأشخاص الذين يساعدونك. كلامك "
            "يساعدنا على تحسين الأمور.",
            "4-7": "نريد أن نعرف شعورك في بيتك ومدرستك ومع الكبار الذين يساعدونك.",
            "care-leavers": "يسألك هذا الاستبيان عن حياتك بعد مغادرة الرعاية: سكنك والمال والعمل أو الدراسة "
            "والمساعدة من مستشارك الشخصي.",
            "parents-carers": "يسألكم هذا الاستبيان عن تجربتكم وتجربة عائلتكم مع خدمات الأطفال. إجاباتكم "
            "تساعدنا على تحسين الأمور للعائلات.",
        },
        "ur": {
            "*": "یہ سروے آپ کی زندگی کے بارے میں ہے: آپ کا گھر، اسکول، خاندان کے ساتھ وقت اور وہ لوگ جو آپ "
            "کی مدد کرتے ہیں۔ آپ کی باتوں سے ہمیں چیزیں بہتر بنانے میں مدد ملتی ہے۔",
            "4-7": "ہم جاننا چاہتے ہیں کہ آپ کو اپنا گھر، اپنا اسکول اور مدد کرنے والے بڑے کیسے لگتے ہیں۔",
            "care-leavers": "یہ سروے پوچھتا ہے کہ کیئر چھوڑنے کے بعد آپ کی زندگی کیسی چل رہی ہے: آپ کا گھر، "
            "پیسے، کام یا پڑھائی، اور آپ کے پرسنل ایڈوائزر کی مدد۔",
            "parents-carers": "یہ سروے پوچھتا ہے کہ بچوں کی سروسز آپ اور آپ کے خاندان کے لیے کیسا کام کر رہی "
            "ہیں۔ آپ کے جوابوں سے ہمیں خاندانوں کے لیے چیزیں بہتر بنانے میں مدد ملتی ہے۔",
        },
    },
    "next_steps": {
        "en": {
            "*": "In March 2027 the children in care council and councillors will read the results. Then we "
            'will show what changed on the "you said, we did" page.',
            "4-7": "In March 2027 children and grown-ups at the council will read what you told us. Then we "
            "will show you what we changed.",
            "care-leavers": "In March 2027 the care leavers forum and councillors will read the results. "
            'Then we will show what changed on the "you said, we did" page.',
            "parents-carers": "In March 2027 councillors and the managers of children's services will read "
            'the results. Then we will show what changed on the "you said, we did" page.',
        },
        "cy": {
            "*": "Ym mis Mawrth 2027 bydd cyngor plant mewn gofal a'r cynghorwyr yn darllen y canlyniadau. "
            'Wedyn byddwn ni\'n dangos beth sydd wedi newid ar y dudalen "Dywedoch chi, gwnaethon ni".',
            "4-7": "Ym mis Mawrth 2027 bydd plant ac oedolion yn y cyngor yn darllen beth ddywedaist ti "
            "wrthon ni. Wedyn byddwn ni'n dangos i ti beth wnaethon ni ei newid.",
            "care-leavers": "Ym mis Mawrth 2027 bydd fforwm y rhai sy'n gadael gofal a'r cynghorwyr yn "
            "darllen y canlyniadau. Wedyn byddwn ni'n dangos beth sydd wedi newid ar y "
            'dudalen "Dywedoch chi, gwnaethon ni".',
            "parents-carers": "Ym mis Mawrth 2027 bydd cynghorwyr a rheolwyr gwasanaethau plant yn darllen y "
            "canlyniadau. Wedyn byddwn ni'n dangos beth sydd wedi newid ar y dudalen "
            '"Dywedoch chi, gwnaethon ni".',
        },
        "pl": {
            "*": "W marcu 2027 r. rada dzieci w pieczy zastępczej i radni przeczytają wyniki. Potem "
            "pokażemy, co się zmieniło, na stronie „Wy powiedzieliście, my zrobiliśmy”.",
            "4-7": "W marcu 2027 r. dzieci i dorośli z rady przeczytają Twoje odpowiedzi. Potem pokażemy Ci, "
            "co zmieniliśmy.",
            "care-leavers": "W marcu 2027 r. forum osób, które opuściły pieczę zastępczą, i radni "
            "przeczytają wyniki. Potem pokażemy, co się zmieniło, na stronie „Wy "
            "powiedzieliście, my zrobiliśmy”.",
            "parents-carers": "W marcu 2027 r. radni i kierownictwo służb ds. dzieci przeczytają wyniki. "
            "Potem pokażemy, co się zmieniło, na stronie „Wy powiedzieliście, my "
            "zrobiliśmy”.",
        },
        "ro": {
            "*": "În martie 2027, consiliul copiilor din sistemul de protecție și consilierii locali vor "
            "citi rezultatele. Apoi vom arăta ce s-a schimbat pe pagina „Voi ați spus, noi am făcut”.",
            "4-7": "În martie 2027, copii și adulți de la consiliu vor citi ce ne-ai spus. Apoi îți vom "
            "arăta ce am schimbat.",
            "care-leavers": "În martie 2027, forumul tinerilor care au ieșit din sistemul de protecție și "
            "consilierii locali vor citi rezultatele. Apoi vom arăta ce s-a schimbat pe "
            "pagina „Voi ați spus, noi am făcut”.",
            "parents-carers": "În martie 2027, consilierii locali și conducerea serviciilor pentru copii vor "
            "citi rezultatele. Apoi vom arăta ce s-a schimbat pe pagina „Voi ați spus, noi "
            "am făcut”.",
        },
        "ar": {
            "*": "في مارس 2027 سيقرأ مجلس الأطفال في الرعاية وأعضاء المجلس البلدي النتائج. بعد ذلك سنعرض ما "
            "تغيّر في صفحة «قلتم، ففعلنا».",
            "4-7": "في مارس 2027 سيقرأ أطفال وكبار في المجلس ما قلته لنا. بعد ذلك سنريك ما غيّرناه.",
            "care-leavers": "في مارس 2027 سيقرأ منتدى الشباب الذين غادروا الرعاية وأعضاء المجلس البلدي "
            "النتائج. بعد ذلك سنعرض ما تغيّر في صفحة «قلتم، ففعلنا».",
            "parents-carers": "في مارس 2027 سيقرأ أعضاء المجلس البلدي ومديرو خدمات الأطفال النتائج. بعد ذلك "
            "سنعرض ما تغيّر في صفحة «قلتم، ففعلنا».",
        },
        "ur": {
            "*": 'مارچ 2027 میں کیئر میں رہنے والے بچوں کی کونسل اور کونسلرز نتائج پڑھیں گے۔ پھر ہم "آپ نے '
            'کہا، ہم نے کیا" والے صفحے پر دکھائیں گے کہ کیا بدلا۔',
            "4-7": "مارچ 2027 میں کونسل کے بچے اور بڑے پڑھیں گے کہ آپ نے ہمیں کیا بتایا۔ پھر ہم آپ کو "
            "دکھائیں گے کہ ہم نے کیا بدلا۔",
            "care-leavers": "مارچ 2027 میں کیئر چھوڑنے والے نوجوانوں کا فورم اور کونسلرز نتائج پڑھیں گے۔ پھر "
            'ہم "آپ نے کہا، ہم نے کیا" والے صفحے پر دکھائیں گے کہ کیا بدلا۔',
            "parents-carers": "مارچ 2027 میں کونسلرز اور بچوں کی سروسز کے مینیجرز نتائج پڑھیں گے۔ پھر ہم "
            '"آپ نے کہا، ہم نے کیا" والے صفحے پر دکھائیں گے کہ کیا بدلا۔',
        },
    },
}

QUESTIONS: list[dict[str, Any]] = [
    # 1. Feeling listened to: the headline indicator ("% feel listened to").
    {
        "key": "listened-to",
        "kind": "scale",
        "core": True,
        "bands": ["4-7", "8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "Do you feel listened to?",
                "4-7": "Do grown-ups listen to you?",
                "parents-carers": "Do you feel listened to by children's services?",
            },
            "cy": {
                "*": "Wyt ti'n teimlo bod pobl yn gwrando arnat ti?",
                "4-7": "Ydy oedolion yn gwrando arnat ti?",
                "parents-carers": "Ydych chi'n teimlo bod gwasanaethau plant yn gwrando arnoch chi?",
            },
            "pl": {
                "*": "Czy czujesz, że ludzie Cię słuchają?",
                "4-7": "Czy dorośli Cię słuchają?",
                "parents-carers": "Czy mają Państwo poczucie, że służby ds. dzieci Państwa słuchają?",
            },
            "ro": {
                "*": "Simți că oamenii te ascultă?",
                "4-7": "Te ascultă adulții?",
                "parents-carers": "Simțiți că serviciile pentru copii vă ascultă?",
            },
            "ar": {
                "*": "هل يستمع إليك من يساعدونك؟",
                "4-7": "هل يستمع إليك الكبار؟",
                "parents-carers": "هل تشعرون أن خدمات الأطفال تستمع إليكم؟",
            },
            "ur": {
                "*": "کیا آپ کو لگتا ہے کہ آپ کی بات سنی جاتی ہے؟",
                "4-7": "کیا بڑے آپ کی بات سنتے ہیں؟",
                "parents-carers": "کیا آپ کو لگتا ہے کہ بچوں کی سروسز آپ کی بات سنتی ہیں؟",
            },
        },
        "hint": {
            "en": {
                "*": "Think about your social worker, your carers and your reviews.",
                "4-7": "Tap a face.",
                "care-leavers": "Think about your personal adviser and the leaving care team.",
                "parents-carers": "Think about your family's social worker and meetings about your children.",
            },
            "cy": {
                "*": "Meddylia am dy weithiwr cymdeithasol, dy ofalwyr a dy adolygiadau.",
                "4-7": "Dewisa wyneb.",
                "care-leavers": "Meddylia am dy gynghorydd personol a'r tîm gadael gofal.",
                "parents-carers": "Meddyliwch am weithiwr cymdeithasol eich teulu a'r cyfarfodydd am eich plant.",
            },
            "pl": {
                "*": "Pomyśl o pracowniku socjalnym, opiekunach i spotkaniach na Twój temat.",
                "4-7": "Wybierz buźkę.",
                "care-leavers": "Pomyśl o swoim doradcy osobistym i zespole, który Ci pomaga.",
                "parents-carers": "Chodzi o pracownika socjalnego rodziny i spotkania dotyczące dzieci.",
            },
            "ro": {
                "*": "Gândește-te la asistentul social, la cei care au grijă de tine și la întâlnirile despre tine.",
                "4-7": "Alege o față.",
                "care-leavers": "Gândește-te la consilierul tău personal și la echipa care te sprijină.",
                "parents-carers": "Gândiți-vă la asistentul social al familiei și la întâlnirile despre "
                "copiii dumneavoastră.",
            },
            "ar": {
                "*": "مثلًا: الأخصائي الاجتماعي، ومن يعتنون بك، والاجتماعات التي تخصّك.",
                "4-7": "أيّ وجه يشبه شعورك؟",
                "care-leavers": "مثلًا: مستشارك الشخصي وفريق دعم الشباب بعد الرعاية.",
                "parents-carers": "مثلًا: الأخصائي الاجتماعي لعائلتكم والاجتماعات الخاصة بأطفالكم.",
            },
            "ur": {
                "*": "اپنے سوشل ورکر، دیکھ بھال کرنے والوں اور اپنی ریویو میٹنگز کے بارے میں سوچیں۔",
                "4-7": "ایک چہرہ چنیں۔",
                "care-leavers": "اپنے پرسنل ایڈوائزر اور لیونگ کیئر ٹیم کے بارے میں سوچیں۔",
                "parents-carers": "اپنے خاندان کے سوشل ورکر اور اپنے بچوں کے بارے میں ہونے والی میٹنگز کے "
                "بارے میں سوچیں۔",
            },
        },
        "options": [
            {
                "key": "always",
                "symbol": "face-5",
                "positive": True,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Always"},
                    "cy": {"*": "Bob amser"},
                    "pl": {"*": "Zawsze"},
                    "ro": {"*": "Întotdeauna"},
                    "ar": {"*": "دائمًا"},
                    "ur": {"*": "ہمیشہ"},
                },
            },
            {
                "key": "mostly",
                "symbol": "face-4",
                "positive": True,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Mostly"},
                    "cy": {"*": "Fel arfer"},
                    "pl": {"*": "Przeważnie"},
                    "ro": {"*": "De cele mai multe ori"},
                    "ar": {"*": "غالبًا"},
                    "ur": {"*": "زیادہ تر"},
                },
            },
            {
                "key": "sometimes",
                "symbol": "face-3",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Sometimes"},
                    "cy": {"*": "Weithiau"},
                    "pl": {"*": "Czasami"},
                    "ro": {"*": "Uneori"},
                    "ar": {"*": "أحيانًا"},
                    "ur": {"*": "کبھی کبھی"},
                },
            },
            {
                "key": "rarely",
                "symbol": "face-2",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Hardly ever"},
                    "cy": {"*": "Bron byth"},
                    "pl": {"*": "Rzadko"},
                    "ro": {"*": "Rareori"},
                    "ar": {"*": "نادرًا"},
                    "ur": {"*": "بہت کم"},
                },
            },
            {
                "key": "never",
                "symbol": "face-1",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Never"},
                    "cy": {"*": "Byth"},
                    "pl": {"*": "Nigdy"},
                    "ro": {"*": "Niciodată"},
                    "ar": {"*": "أبدًا"},
                    "ur": {"*": "کبھی نہیں"},
                },
            },
            {
                "key": "yes",
                "symbol": "face-5",
                "positive": True,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "Yes"},
                    "cy": {"*": "Ydyn"},
                    "pl": {"*": "Tak"},
                    "ro": {"*": "Da"},
                    "ar": {"*": "نعم"},
                    "ur": {"*": "ہاں"},
                },
            },
            {
                "key": "not-always",
                "symbol": "face-3",
                "positive": False,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "Sometimes"},
                    "cy": {"*": "Weithiau"},
                    "pl": {"*": "Czasami"},
                    "ro": {"*": "Uneori"},
                    "ar": {"*": "أحيانًا"},
                    "ur": {"*": "کبھی کبھی"},
                },
            },
            {
                "key": "no",
                "symbol": "face-1",
                "positive": False,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "No"},
                    "cy": {"*": "Nac ydyn"},
                    "pl": {"*": "Nie"},
                    "ro": {"*": "Nu"},
                    "ar": {"*": "لا"},
                    "ur": {"*": "نہیں"},
                },
            },
        ],
    },
    # 2. Being able to reach your worker ("% can contact their social worker").
    {
        "key": "reach-worker",
        "kind": "yes_no",
        "core": True,
        "bands": ["4-7", "8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "Can you get in touch with your social worker when you need to?",
                "4-7": "Can you talk to your social worker when you want to?",
                "care-leavers": "Can you get in touch with your personal adviser when you need to?",
                "parents-carers": "Can you get in touch with your family's social worker when you need to?",
            },
            "cy": {
                "*": "Wyt ti'n gallu cysylltu â dy weithiwr cymdeithasol pan fydd angen?",
                "4-7": "Wyt ti'n gallu siarad â dy weithiwr cymdeithasol pan wyt ti eisiau?",
                "care-leavers": "Wyt ti'n gallu cysylltu â dy gynghorydd personol pan fydd angen?",
                "parents-carers": "Ydych chi'n gallu cysylltu â gweithiwr cymdeithasol eich teulu pan fydd angen?",
            },
            "pl": {
                "*": "Czy możesz skontaktować się ze swoim pracownikiem socjalnym, kiedy tego potrzebujesz?",
                "4-7": "Czy możesz porozmawiać ze swoim pracownikiem socjalnym, kiedy chcesz?",
                "care-leavers": "Czy możesz skontaktować się ze swoim doradcą osobistym, kiedy tego potrzebujesz?",
                "parents-carers": "Czy mogą się Państwo skontaktować z pracownikiem socjalnym rodziny, kiedy "
                "jest taka potrzeba?",
            },
            "ro": {
                "*": "Poți lua legătura cu asistentul tău social când ai nevoie?",
                "4-7": "Poți vorbi cu asistentul tău social când vrei?",
                "care-leavers": "Poți lua legătura cu consilierul tău personal când ai nevoie?",
                "parents-carers": "Puteți lua legătura cu asistentul social al familiei dumneavoastră când "
                "aveți nevoie?",
            },
            "ar": {
                "*": "هل يمكنك التواصل مع الأخصائي الاجتماعي عند الحاجة؟",
                "4-7": "هل يمكنك الكلام مع الأخصائي الاجتماعي متى أردت؟",
                "care-leavers": "هل يمكنك التواصل مع مستشارك الشخصي عند الحاجة؟",
                "parents-carers": "هل يمكنكم التواصل مع الأخصائي الاجتماعي لعائلتكم عند الحاجة؟",
            },
            "ur": {
                "*": "کیا ضرورت پڑنے پر آپ کا اپنے سوشل ورکر سے رابطہ ہو جاتا ہے؟",
                "4-7": "کیا جب آپ چاہیں، آپ کی اپنے سوشل ورکر سے بات ہو جاتی ہے؟",
                "care-leavers": "کیا ضرورت پڑنے پر آپ کا اپنے پرسنل ایڈوائزر سے رابطہ ہو جاتا ہے؟",
                "parents-carers": "کیا ضرورت پڑنے پر آپ کا اپنے خاندان کے سوشل ورکر سے رابطہ ہو جاتا ہے؟",
            },
        },
        "hint": None,
        "options": [],
    },
    # 3. Knowing how to complain ("% know how to complain").
    {
        "key": "know-how-to-complain",
        "kind": "yes_no",
        "core": True,
        "bands": ["4-7", "8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "If you are unhappy about something, do you know how to complain?",
                "4-7": "If you are unhappy, do you know who to tell?",
                "parents-carers": "Do you know how to complain about children's services if you need to?",
            },
            "cy": {
                "*": "Os wyt ti'n anhapus am rywbeth, wyt ti'n gwybod sut i gwyno?",
                "4-7": "Os wyt ti'n anhapus, wyt ti'n gwybod wrth bwy i ddweud?",
                "parents-carers": "Ydych chi'n gwybod sut i gwyno am wasanaethau plant os oes angen?",
            },
            "pl": {
                "*": "Jeśli coś Ci się nie podoba, czy wiesz, jak złożyć skargę?",
                "4-7": "Jeśli coś jest nie tak, czy wiesz, komu o tym powiedzieć?",
                "parents-carers": "Czy wiedzą Państwo, jak w razie potrzeby złożyć skargę na służby ds. dzieci?",
            },
            "ro": {
                "*": "Dacă ceva nu îți convine, știi cum să faci o plângere?",
                "4-7": "Dacă ceva nu e bine, știi cui să-i spui?",
                "parents-carers": "Știți cum să faceți o plângere despre serviciile pentru copii, dacă este nevoie?",
            },
            "ar": {
                "*": "إذا أزعجك شيء، هل طريقة تقديم الشكوى واضحة لك؟",
                "4-7": "إذا أزعجك شيء، هل تعرف لمن تقول؟",
                "parents-carers": "هل تعرفون كيف تقدّمون شكوى على خدمات الأطفال عند الحاجة؟",
            },
            "ur": {
                "*": "اگر آپ کسی بات سے ناخوش ہوں تو کیا آپ کو پتا ہے کہ شکایت کیسے کرنی ہے؟",
                "4-7": "اگر آپ اداس ہوں تو کیا آپ کو پتا ہے کہ کس کو بتانا ہے؟",
                "parents-carers": "کیا آپ کو پتا ہے کہ ضرورت پڑنے پر بچوں کی سروسز کے بارے میں شکایت کیسے کرنی ہے؟",
            },
        },
        "hint": {
            "en": {
                "*": "For example, telling someone you trust, asking an advocate to help, or using the "
                "complaints form.",
                "4-7": "Like your carer, your teacher or your social worker.",
                "parents-carers": "For example, speaking to a manager or using the council's complaints form.",
            },
            "cy": {
                "*": "Er enghraifft, dweud wrth rywun rwyt ti'n ymddiried ynddo, gofyn i eiriolwr dy helpu, "
                "neu lenwi'r ffurflen gwyno.",
                "4-7": "Fel dy ofalwr, dy athro neu dy weithiwr cymdeithasol.",
                "parents-carers": "Er enghraifft, siarad â rheolwr neu lenwi ffurflen gwyno'r cyngor.",
            },
            "pl": {
                "*": "Na przykład powiedzieć osobie, której ufasz, poprosić o pomoc rzecznika albo wypełnić "
                "formularz skargi.",
                "4-7": "Na przykład opiekunowi, nauczycielowi albo pracownikowi socjalnemu.",
                "parents-carers": "Na przykład można porozmawiać z kierownikiem albo wypełnić formularz "
                "skargi w urzędzie.",
            },
            "ro": {
                "*": "De exemplu, să spui cuiva în care ai încredere, să ceri ajutorul cuiva care să "
                "vorbească pentru tine sau să completezi formularul de plângere.",
                "4-7": "De exemplu, celui care are grijă de tine, învățătoarei sau asistentului social.",
                "parents-carers": "De exemplu, să vorbiți cu un manager sau să completați formularul de "
                "plângere al consiliului.",
            },
            "ar": {
                "*": "مثلًا: إخبار شخص موثوق، أو طلب مساعدة من مُناصِر، أو تعبئة استمارة الشكوى.",
                "4-7": "مثل من يعتني بك، أو معلّمك، أو الأخصائي الاجتماعي.",
                "parents-carers": "مثلًا: التحدث إلى أحد المديرين أو تعبئة استمارة الشكوى الخاصة بالمجلس.",
            },
            "ur": {
                "*": "مثلاً کسی بھروسے والے شخص کو بتانا، کسی ایڈووکیٹ سے مدد لینا، یا شکایت کا فارم بھرنا۔",
                "4-7": "جیسے آپ کی دیکھ بھال کرنے والے، آپ کے ٹیچر یا آپ کے سوشل ورکر۔",
                "parents-carers": "مثلاً کسی مینیجر سے بات کرنا یا کونسل کا شکایت فارم بھرنا۔",
            },
        },
        "options": [],
    },
    # 4. Changes of worker ("% with four or more social workers this year"). Not asked of 4-7s. "positive"
    # marks fewer than four, so the headline is the complement of the "four or more" figure.
    {
        "key": "social-worker-count",
        "kind": "single",
        "core": True,
        "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "How many social workers have you had in the last 12 months?",
                "care-leavers": "How many personal advisers have you had in the last 12 months?",
                "parents-carers": "How many social workers has your family had in the last 12 months?",
            },
            "cy": {
                "*": "Sawl gweithiwr cymdeithasol rwyt ti wedi'i gael yn ystod y 12 mis diwethaf?",
                "care-leavers": "Sawl cynghorydd personol rwyt ti wedi'i gael yn ystod y 12 mis diwethaf?",
                "parents-carers": "Sawl gweithiwr cymdeithasol mae eich teulu wedi'i gael yn ystod y 12 mis diwethaf?",
            },
            "pl": {
                "*": "Ilu różnych pracowników socjalnych zajmowało się Tobą w ciągu ostatnich 12 miesięcy?",
                "care-leavers": "Ilu różnych doradców osobistych Cię wspierało w ciągu ostatnich 12 miesięcy?",
                "parents-carers": "Ilu różnych pracowników socjalnych zajmowało się Państwa rodziną w ciągu "
                "ostatnich 12 miesięcy?",
            },
            "ro": {
                "*": "Câți asistenți sociali ai avut în ultimele 12 luni?",
                "care-leavers": "Câți consilieri personali ai avut în ultimele 12 luni?",
                "parents-carers": "Câți asistenți sociali a avut familia dumneavoastră în ultimele 12 luni?",
            },
            "ar": {
                "*": "كم أخصائيًا اجتماعيًا تعامل معك في آخر 12 شهرًا؟",
                "care-leavers": "كم مستشارًا شخصيًا تعامل معك في آخر 12 شهرًا؟",
                "parents-carers": "كم أخصائيًا اجتماعيًا تعامل مع عائلتكم في آخر 12 شهرًا؟",
            },
            "ur": {
                "*": "پچھلے 12 مہینوں میں آپ کے کتنے سوشل ورکر رہے ہیں؟",
                "care-leavers": "پچھلے 12 مہینوں میں آپ کے کتنے پرسنل ایڈوائزر رہے ہیں؟",
                "parents-carers": "پچھلے 12 مہینوں میں آپ کے خاندان کے کتنے سوشل ورکر رہے ہیں؟",
            },
        },
        "hint": {
            "en": {
                "*": "Count everyone, even if they only worked with you for a short time.",
                "parents-carers": "Count everyone, even if they only worked with your family for a short time.",
            },
            "cy": {
                "*": "Cyfra bawb, hyd yn oed os buon nhw'n gweithio gyda ti am gyfnod byr yn unig.",
                "parents-carers": "Cyfrifwch bawb, hyd yn oed os buon nhw'n gweithio gyda'ch teulu am gyfnod "
                "byr yn unig.",
            },
            "pl": {
                "*": "Policz wszystkich, nawet jeśli byli z Tobą tylko przez krótki czas.",
                "parents-carers": "Prosimy policzyć wszystkich, nawet jeśli pracowali z rodziną tylko przez "
                "krótki czas.",
            },
            "ro": {
                "*": "Numără pe toată lumea, chiar dacă au lucrat cu tine doar puțin timp.",
                "parents-carers": "Numărați pe toată lumea, chiar dacă au lucrat cu familia dumneavoastră "
                "doar puțin timp.",
            },
            "ar": {
                "*": "يُحسب الجميع، حتى من عمل معك لفترة قصيرة.",
                "parents-carers": "يُحسب الجميع، حتى من عمل مع عائلتكم لفترة قصيرة.",
            },
            "ur": {
                "*": "سب کو گنیں، چاہے وہ تھوڑے عرصے کے لیے ہی آپ کے ساتھ رہے ہوں۔",
                "parents-carers": "سب کو گنیں، چاہے وہ تھوڑے عرصے کے لیے ہی آپ کے خاندان کے ساتھ رہے ہوں۔",
            },
        },
        "options": [
            {
                "key": "one",
                "symbol": None,
                "positive": True,
                "bands": None,
                "label": {
                    "en": {"*": "1"},
                    "cy": {"*": "1"},
                    "pl": {"*": "1"},
                    "ro": {"*": "1"},
                    "ar": {"*": "1"},
                    "ur": {"*": "1"},
                },
            },
            {
                "key": "two",
                "symbol": None,
                "positive": True,
                "bands": None,
                "label": {
                    "en": {"*": "2"},
                    "cy": {"*": "2"},
                    "pl": {"*": "2"},
                    "ro": {"*": "2"},
                    "ar": {"*": "2"},
                    "ur": {"*": "2"},
                },
            },
            {
                "key": "three",
                "symbol": None,
                "positive": True,
                "bands": None,
                "label": {
                    "en": {"*": "3"},
                    "cy": {"*": "3"},
                    "pl": {"*": "3"},
                    "ro": {"*": "3"},
                    "ar": {"*": "3"},
                    "ur": {"*": "3"},
                },
            },
            {
                "key": "four-or-more",
                "symbol": None,
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "4 or more"},
                    "cy": {"*": "4 neu fwy"},
                    "pl": {"*": "4 lub więcej"},
                    "ro": {"*": "4 sau mai mulți"},
                    "ar": {"*": "4 أو أكثر"},
                    "ur": {"*": "4 یا زیادہ"},
                },
            },
            {
                "key": "not-sure",
                "symbol": "question",
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Not sure"},
                    "cy": {"*": "Ddim yn siŵr"},
                    "pl": {"*": "Nie wiem"},
                    "ro": {"*": "Nu știu"},
                    "ar": {"*": "لا أعرف"},
                    "ur": {"*": "معلوم نہیں"},
                },
            },
        ],
    },
    # 5. Feeling safe where you live.
    {
        "key": "feel-safe",
        "kind": "scale",
        "core": True,
        "bands": ["4-7", "8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "Do you feel safe where you live?",
                "4-7": "Do you feel safe at home?",
                "parents-carers": "Does your family feel safe where you live?",
            },
            "cy": {
                "*": "Wyt ti'n teimlo'n ddiogel lle rwyt ti'n byw?",
                "4-7": "Wyt ti'n teimlo'n ddiogel gartref?",
                "parents-carers": "Ydy eich teulu'n teimlo'n ddiogel lle rydych chi'n byw?",
            },
            "pl": {
                "*": "Czy czujesz się bezpiecznie tam, gdzie mieszkasz?",
                "4-7": "Czy w domu czujesz się bezpiecznie?",
                "parents-carers": "Czy Państwa rodzina czuje się bezpiecznie tam, gdzie Państwo mieszkają?",
            },
            "ro": {
                "*": "Te simți în siguranță acolo unde locuiești?",
                "4-7": "Te simți în siguranță acasă?",
                "parents-carers": "Familia dumneavoastră se simte în siguranță acolo unde locuiți?",
            },
            "ar": {
                "*": "هل مكان سكنك آمن لك؟",
                "4-7": "هل بيتك مكان آمن لك؟",
                "parents-carers": "هل تشعر عائلتكم بالأمان في مكان سكنكم؟",
            },
            "ur": {
                "*": "کیا آپ کو اپنی رہنے کی جگہ پر محفوظ لگتا ہے؟",
                "4-7": "کیا آپ کو گھر میں محفوظ لگتا ہے؟",
                "parents-carers": "کیا آپ کے خاندان کو اپنی رہنے کی جگہ پر محفوظ لگتا ہے؟",
            },
        },
        "hint": {
            "en": {
                "*": "Think about your home and the area around it.",
                "4-7": "Tap a face.",
            },
            "cy": {
                "*": "Meddwl am y cartref a'r ardal o'i gwmpas.",
                "4-7": "Dewisa wyneb.",
            },
            "pl": {
                "*": "Chodzi o dom i okolicę.",
                "4-7": "Wybierz buźkę.",
            },
            "ro": {
                "*": "Este vorba despre casă și zona din jurul ei.",
                "4-7": "Alege o față.",
            },
            "ar": {
                "*": "المقصود البيت والمنطقة المحيطة به.",
                "4-7": "أيّ وجه يشبه شعورك؟",
            },
            "ur": {
                "*": "گھر اور اس کے آس پاس کے علاقے کے بارے میں سوچیں۔",
                "4-7": "ایک چہرہ چنیں۔",
            },
        },
        "options": [
            {
                "key": "always",
                "symbol": "face-5",
                "positive": True,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Always"},
                    "cy": {"*": "Bob amser"},
                    "pl": {"*": "Zawsze"},
                    "ro": {"*": "Întotdeauna"},
                    "ar": {"*": "دائمًا"},
                    "ur": {"*": "ہمیشہ"},
                },
            },
            {
                "key": "mostly",
                "symbol": "face-4",
                "positive": True,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Mostly"},
                    "cy": {"*": "Fel arfer"},
                    "pl": {"*": "Przeważnie"},
                    "ro": {"*": "De cele mai multe ori"},
                    "ar": {"*": "غالبًا"},
                    "ur": {"*": "زیادہ تر"},
                },
            },
            {
                "key": "sometimes",
                "symbol": "face-3",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Sometimes"},
                    "cy": {"*": "Weithiau"},
                    "pl": {"*": "Czasami"},
                    "ro": {"*": "Uneori"},
                    "ar": {"*": "أحيانًا"},
                    "ur": {"*": "کبھی کبھی"},
                },
            },
            {
                "key": "rarely",
                "symbol": "face-2",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Hardly ever"},
                    "cy": {"*": "Bron byth"},
                    "pl": {"*": "Rzadko"},
                    "ro": {"*": "Rareori"},
                    "ar": {"*": "نادرًا"},
                    "ur": {"*": "بہت کم"},
                },
            },
            {
                "key": "never",
                "symbol": "face-1",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Never"},
                    "cy": {"*": "Byth"},
                    "pl": {"*": "Nigdy"},
                    "ro": {"*": "Niciodată"},
                    "ar": {"*": "أبدًا"},
                    "ur": {"*": "کبھی نہیں"},
                },
            },
            {
                "key": "yes",
                "symbol": "face-5",
                "positive": True,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "Yes"},
                    "cy": {"*": "Ydw"},
                    "pl": {"*": "Tak"},
                    "ro": {"*": "Da"},
                    "ar": {"*": "نعم"},
                    "ur": {"*": "ہاں"},
                },
            },
            {
                "key": "not-always",
                "symbol": "face-3",
                "positive": False,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "Sometimes"},
                    "cy": {"*": "Weithiau"},
                    "pl": {"*": "Czasami"},
                    "ro": {"*": "Uneori"},
                    "ar": {"*": "أحيانًا"},
                    "ur": {"*": "کبھی کبھی"},
                },
            },
            {
                "key": "no",
                "symbol": "face-1",
                "positive": False,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "No"},
                    "cy": {"*": "Nac ydw"},
                    "pl": {"*": "Nie"},
                    "ro": {"*": "Nu"},
                    "ar": {"*": "لا"},
                    "ur": {"*": "نہیں"},
                },
            },
        ],
    },
    # 6. Feeling settled at home.
    {
        "key": "settled-at-home",
        "kind": "scale",
        "core": True,
        "bands": ["4-7", "8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "Do you feel settled at home?",
                "4-7": "Are you happy at home?",
                "care-leavers": "Do you feel settled where you live now?",
                "parents-carers": "Does your family feel settled at home?",
            },
            "cy": {
                "*": "Wyt ti'n teimlo'n gartrefol yn dy gartref?",
                "4-7": "Wyt ti'n hapus gartref?",
                "care-leavers": "Wyt ti'n teimlo'n gartrefol lle rwyt ti'n byw nawr?",
                "parents-carers": "Ydy eich teulu'n teimlo'n gartrefol yn eich cartref?",
            },
            "pl": {
                "*": "Czy czujesz się w domu jak u siebie?",
                "4-7": "Czy w domu jest Ci dobrze?",
                "care-leavers": "Czy tam, gdzie teraz mieszkasz, czujesz się jak u siebie?",
                "parents-carers": "Czy Państwa rodzina czuje się w domu stabilnie i spokojnie?",
            },
            "ro": {
                "*": "Te simți ca acasă acolo unde stai?",
                "4-7": "Îți este bine acasă?",
                "care-leavers": "Te simți ca acasă acolo unde locuiești acum?",
                "parents-carers": "Familia dumneavoastră se simte stabilă și liniștită acasă?",
            },
            "ar": {
                "*": "هل عندك شعور بالاستقرار في بيتك؟",
                "4-7": "هل الحياة في بيتك سعيدة؟",
                "care-leavers": "هل عندك شعور بالاستقرار في مكان سكنك الحالي؟",
                "parents-carers": "هل تشعر عائلتكم بالاستقرار في البيت؟",
            },
            "ur": {
                "*": "کیا آپ کو اپنے گھر میں سکون اور ٹھہراؤ محسوس ہوتا ہے؟",
                "4-7": "کیا آپ گھر میں خوش ہیں؟",
                "care-leavers": "کیا آپ کو اپنی موجودہ رہنے کی جگہ پر سکون اور ٹھہراؤ محسوس ہوتا ہے؟",
                "parents-carers": "کیا آپ کے خاندان کو گھر میں سکون اور ٹھہراؤ محسوس ہوتا ہے؟",
            },
        },
        "hint": {
            "en": {
                "*": "Settled means you feel you belong there and can stay.",
                "4-7": "Tap a face.",
                "parents-carers": "Settled means your family feels secure and can plan ahead.",
            },
            "cy": {
                "*": "Mae teimlo'n gartrefol yn golygu teimlo dy fod yn perthyn yno ac yn gallu aros.",
                "4-7": "Dewisa wyneb.",
                "parents-carers": "Mae teimlo'n gartrefol yn golygu bod eich teulu'n teimlo'n sicr ac yn "
                "gallu cynllunio ymlaen.",
            },
            "pl": {
                "*": "Chodzi o to, czy czujesz, że tam pasujesz i możesz zostać.",
                "4-7": "Wybierz buźkę.",
                "parents-carers": "Chodzi o to, czy rodzina czuje się pewnie i może planować przyszłość.",
            },
            "ro": {
                "*": "Adică simți că îți este locul acolo și că poți rămâne.",
                "4-7": "Alege o față.",
                "parents-carers": "Adică familia se simte în siguranță și își poate face planuri.",
            },
            "ar": {
                "*": "الاستقرار يعني الشعور بالانتماء والقدرة على البقاء.",
                "4-7": "أيّ وجه يشبه شعورك؟",
                "parents-carers": "الاستقرار يعني أن عائلتكم تشعر بالأمان وتستطيع التخطيط للمستقبل.",
            },
            "ur": {
                "*": "اس کا مطلب ہے کہ آپ کو وہاں اپنائیت محسوس ہو اور وہاں رہنے کا یقین ہو۔",
                "4-7": "ایک چہرہ چنیں۔",
                "parents-carers": "اس کا مطلب ہے کہ آپ کا خاندان خود کو محفوظ سمجھے اور آگے کی منصوبہ بندی کر سکے۔",
            },
        },
        "options": [
            {
                "key": "always",
                "symbol": "face-5",
                "positive": True,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Always"},
                    "cy": {"*": "Bob amser"},
                    "pl": {"*": "Zawsze"},
                    "ro": {"*": "Întotdeauna"},
                    "ar": {"*": "دائمًا"},
                    "ur": {"*": "ہمیشہ"},
                },
            },
            {
                "key": "mostly",
                "symbol": "face-4",
                "positive": True,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Mostly"},
                    "cy": {"*": "Fel arfer"},
                    "pl": {"*": "Przeważnie"},
                    "ro": {"*": "De cele mai multe ori"},
                    "ar": {"*": "غالبًا"},
                    "ur": {"*": "زیادہ تر"},
                },
            },
            {
                "key": "sometimes",
                "symbol": "face-3",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Sometimes"},
                    "cy": {"*": "Weithiau"},
                    "pl": {"*": "Czasami"},
                    "ro": {"*": "Uneori"},
                    "ar": {"*": "أحيانًا"},
                    "ur": {"*": "کبھی کبھی"},
                },
            },
            {
                "key": "rarely",
                "symbol": "face-2",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Hardly ever"},
                    "cy": {"*": "Bron byth"},
                    "pl": {"*": "Rzadko"},
                    "ro": {"*": "Rareori"},
                    "ar": {"*": "نادرًا"},
                    "ur": {"*": "بہت کم"},
                },
            },
            {
                "key": "never",
                "symbol": "face-1",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
                "label": {
                    "en": {"*": "Never"},
                    "cy": {"*": "Byth"},
                    "pl": {"*": "Nigdy"},
                    "ro": {"*": "Niciodată"},
                    "ar": {"*": "أبدًا"},
                    "ur": {"*": "کبھی نہیں"},
                },
            },
            {
                "key": "yes",
                "symbol": "face-5",
                "positive": True,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "Yes"},
                    "cy": {"*": "Ydw"},
                    "pl": {"*": "Tak"},
                    "ro": {"*": "Da"},
                    "ar": {"*": "نعم"},
                    "ur": {"*": "ہاں"},
                },
            },
            {
                "key": "not-always",
                "symbol": "face-3",
                "positive": False,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "Sometimes"},
                    "cy": {"*": "Weithiau"},
                    "pl": {"*": "Czasami"},
                    "ro": {"*": "Uneori"},
                    "ar": {"*": "أحيانًا"},
                    "ur": {"*": "کبھی کبھی"},
                },
            },
            {
                "key": "no",
                "symbol": "face-1",
                "positive": False,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "No"},
                    "cy": {"*": "Nac ydw"},
                    "pl": {"*": "Nie"},
                    "ro": {"*": "Nu"},
                    "ar": {"*": "لا"},
                    "ur": {"*": "نہیں"},
                },
            },
        ],
    },
    # 7. Family time: always "family time", never "contact". Not asked of 4-7s (four choices and "too much" is
    # a hard idea for the youngest; their free text still picks family time up).
    {
        "key": "family-time",
        "kind": "single",
        "core": False,
        "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "How much family time do you have with the people who matter to you?",
                "care-leavers": "How much time do you spend with your family and the people who matter to you?",
                "parents-carers": "How much family time do your children have with the people who matter to them?",
            },
            "cy": {
                "*": "Faint o amser teulu rwyt ti'n ei gael gyda'r bobl sy'n bwysig i ti?",
                "care-leavers": "Faint o amser rwyt ti'n ei dreulio gyda dy deulu a'r bobl sy'n bwysig i ti?",
                "parents-carers": "Faint o amser teulu mae eich plant yn ei gael gyda'r bobl sy'n bwysig iddyn nhw?",
            },
            "pl": {
                "*": "Ile masz czasu z rodziną i osobami, które są dla Ciebie ważne?",
                "care-leavers": "Ile czasu spędzasz z rodziną i osobami, które są dla Ciebie ważne?",
                "parents-carers": "Ile czasu z rodziną i bliskimi osobami mają Państwa dzieci?",
            },
            "ro": {
                "*": "Cât timp petreci cu familia și cu oamenii care contează pentru tine?",
                "care-leavers": "Cât timp petreci cu familia ta și cu oamenii care contează pentru tine?",
                "parents-carers": "Cât timp petrec copiii dumneavoastră cu familia și cu oamenii care "
                "contează pentru ei?",
            },
            "ar": {
                "*": "ما مقدار وقت العائلة الذي لديك مع الأشخاص المهمين لك؟",
                "care-leavers": "ما مقدار الوقت الذي لديك مع عائلتك والأشخاص المهمين لك؟",
                "parents-carers": "ما مقدار وقت العائلة الذي يقضيه أطفالكم مع الأشخاص المهمين لهم؟",
            },
            "ur": {
                "*": "آپ کو اپنے خاص لوگوں کے ساتھ خاندان کا کتنا وقت ملتا ہے؟",
                "care-leavers": "آپ کو اپنے خاندان اور اپنے خاص لوگوں کے ساتھ کتنا وقت ملتا ہے؟",
                "parents-carers": "آپ کے بچوں کو اپنے خاص لوگوں کے ساتھ خاندان کا کتنا وقت ملتا ہے؟",
            },
        },
        "hint": {
            "en": {
                "*": "This means time with parents, brothers and sisters, grandparents and others who "
                "matter, in person or on video calls.",
            },
            "cy": {
                "*": "Mae hyn yn golygu amser gyda rhieni, brodyr a chwiorydd, neiniau a theidiau a phobl "
                "eraill sy'n bwysig, wyneb yn wyneb neu ar alwad fideo.",
            },
            "pl": {
                "*": "Chodzi o czas z rodzicami, rodzeństwem, dziadkami i innymi bliskimi osobami – na żywo "
                "albo przez wideorozmowy.",
            },
            "ro": {
                "*": "Adică timpul cu părinții, frații și surorile, bunicii și alte persoane importante, "
                "față în față sau prin apel video.",
            },
            "ar": {
                "*": "أي الوقت مع الوالدين والإخوة والأخوات والأجداد وغيرهم من المهمين، وجهًا لوجه أو بمكالمات الفيديو.",
            },
            "ur": {
                "*": "یعنی والدین، بہن بھائیوں، دادا دادی، نانا نانی اور دوسرے اہم لوگوں کے ساتھ وقت، آمنے "
                "سامنے یا ویڈیو کال پر۔",
            },
        },
        "options": [
            {
                "key": "too-little",
                "symbol": "thumbs-down",
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Too little"},
                    "cy": {"*": "Rhy ychydig"},
                    "pl": {"*": "Za mało"},
                    "ro": {"*": "Prea puțin"},
                    "ar": {"*": "قليل جدًا"},
                    "ur": {"*": "بہت کم"},
                },
            },
            {
                "key": "about-right",
                "symbol": "thumbs-up",
                "positive": True,
                "bands": None,
                "label": {
                    "en": {"*": "About right"},
                    "cy": {"*": "Y swm iawn"},
                    "pl": {"*": "W sam raz"},
                    "ro": {"*": "Cât trebuie"},
                    "ar": {"*": "مناسب"},
                    "ur": {"*": "مناسب"},
                },
            },
            {
                "key": "too-much",
                "symbol": "thumbs-down",
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Too much"},
                    "cy": {"*": "Gormod"},
                    "pl": {"*": "Za dużo"},
                    "ro": {"*": "Prea mult"},
                    "ar": {"*": "كثير جدًا"},
                    "ur": {"*": "بہت زیادہ"},
                },
            },
            {
                "key": "not-sure",
                "symbol": "question",
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Not sure"},
                    "cy": {"*": "Ddim yn siŵr"},
                    "pl": {"*": "Nie wiem"},
                    "ro": {"*": "Nu știu"},
                    "ar": {"*": "لا أعرف"},
                    "ur": {"*": "معلوم نہیں"},
                },
            },
        ],
    },
    # 8. School or college (work or study for care leavers). Not asked of parents and carers.
    {
        "key": "school",
        "kind": "scale",
        "core": False,
        "bands": ["4-7", "8-11", "12-17", "care-leavers"],
        "title": {
            "en": {
                "*": "How happy are you at school?",
                "4-7": "Do you like school?",
                "12-17": "How happy are you at school or college?",
                "care-leavers": "How happy are you with your studies, training or work?",
            },
            "cy": {
                "*": "Pa mor hapus wyt ti yn yr ysgol?",
                "4-7": "Wyt ti'n hoffi'r ysgol?",
                "12-17": "Pa mor hapus wyt ti yn yr ysgol neu'r coleg?",
                "care-leavers": "Pa mor hapus wyt ti gyda dy astudio, dy hyfforddiant neu dy waith?",
            },
            "pl": {
                "*": "Jak się czujesz w szkole?",
                "4-7": "Czy lubisz szkołę?",
                "12-17": "Jak się czujesz w szkole lub w college'u?",
                "care-leavers": "Jak oceniasz swoją naukę, szkolenie lub pracę?",
            },
            "ro": {
                "*": "Cât de bine te simți la școală?",
                "4-7": "Îți place la școală?",
                "12-17": "Cât de bine te simți la școală sau la colegiu?",
                "care-leavers": "Cum îți merge cu studiile, cursurile sau munca?",
            },
            "ar": {
                "*": "كيف حالك في المدرسة؟",
                "4-7": "هل يعجبك الذهاب إلى المدرسة؟",
                "12-17": "كيف حالك في المدرسة أو الكلية؟",
                "care-leavers": "كيف حالك في الدراسة أو التدريب أو العمل؟",
            },
            "ur": {
                "*": "اسکول میں آپ کا وقت کیسا گزرتا ہے؟",
                "4-7": "کیا آپ کو اسکول اچھا لگتا ہے؟",
                "12-17": "اسکول یا کالج میں آپ کا وقت کیسا گزرتا ہے؟",
                "care-leavers": "آپ کی پڑھائی، ٹریننگ یا کام کیسا چل رہا ہے؟",
            },
        },
        "hint": {
            "en": {
                "*": "Think about lessons, teachers and friends.",
                "4-7": "Tap a face.",
                "care-leavers": "If you are not working or studying at the moment, tell us how you feel about that.",
            },
            "cy": {
                "*": "Meddylia am y gwersi, yr athrawon a dy ffrindiau.",
                "4-7": "Dewisa wyneb.",
                "care-leavers": "Os nad wyt ti'n gweithio nac yn astudio ar hyn o bryd, dywed wrthon ni sut "
                "rwyt ti'n teimlo am hynny.",
            },
            "pl": {
                "*": "Pomyśl o lekcjach, nauczycielach i kolegach.",
                "4-7": "Wybierz buźkę.",
                "care-leavers": "Jeśli teraz nie pracujesz ani się nie uczysz, powiedz nam, jak się z tym czujesz.",
            },
            "ro": {
                "*": "Gândește-te la lecții, profesori și prieteni.",
                "4-7": "Alege o față.",
                "care-leavers": "Dacă acum nu lucrezi și nu studiezi, spune-ne cum te simți în privința asta.",
            },
            "ar": {
                "*": "مثلًا: الدروس والمعلمون والأصدقاء.",
                "4-7": "أيّ وجه يشبه شعورك؟",
                "care-leavers": "إذا لم يكن لديك عمل أو دراسة الآن، فيهمّنا شعورك تجاه ذلك.",
            },
            "ur": {
                "*": "اسباق، ٹیچرز اور دوستوں کے بارے میں سوچیں۔",
                "4-7": "ایک چہرہ چنیں۔",
                "care-leavers": "اگر ابھی آپ کے پاس کام یا پڑھائی نہیں ہے تو بتائیں کہ آپ کو اس بارے میں کیسا لگتا ہے۔",
            },
        },
        "options": [
            {
                "key": "very-happy",
                "symbol": "face-5",
                "positive": True,
                "bands": ["8-11", "12-17", "care-leavers"],
                "label": {
                    "en": {"*": "Very happy"},
                    "cy": {"*": "Hapus iawn"},
                    "pl": {"*": "Bardzo dobrze"},
                    "ro": {"*": "Foarte bine"},
                    "ar": {"*": "ممتاز"},
                    "ur": {"*": "بہت اچھا"},
                },
            },
            {
                "key": "happy",
                "symbol": "face-4",
                "positive": True,
                "bands": ["8-11", "12-17", "care-leavers"],
                "label": {
                    "en": {"*": "Happy"},
                    "cy": {"*": "Hapus"},
                    "pl": {"*": "Dobrze"},
                    "ro": {"*": "Bine"},
                    "ar": {"*": "جيد"},
                    "ur": {"*": "اچھا"},
                },
            },
            {
                "key": "okay",
                "symbol": "face-3",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers"],
                "label": {
                    "en": {"*": "OK"},
                    "cy": {"*": "Iawn"},
                    "pl": {"*": "Tak sobie"},
                    "ro": {"*": "Așa și așa"},
                    "ar": {"*": "لا بأس"},
                    "ur": {"*": "ٹھیک ٹھاک"},
                },
            },
            {
                "key": "unhappy",
                "symbol": "face-2",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers"],
                "label": {
                    "en": {"*": "Unhappy"},
                    "cy": {"*": "Anhapus"},
                    "pl": {"*": "Źle"},
                    "ro": {"*": "Nu prea bine"},
                    "ar": {"*": "سيئ"},
                    "ur": {"*": "برا"},
                },
            },
            {
                "key": "very-unhappy",
                "symbol": "face-1",
                "positive": False,
                "bands": ["8-11", "12-17", "care-leavers"],
                "label": {
                    "en": {"*": "Very unhappy"},
                    "cy": {"*": "Anhapus iawn"},
                    "pl": {"*": "Bardzo źle"},
                    "ro": {"*": "Deloc bine"},
                    "ar": {"*": "سيئ جدًا"},
                    "ur": {"*": "بہت برا"},
                },
            },
            {
                "key": "yes",
                "symbol": "face-5",
                "positive": True,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "Yes"},
                    "cy": {"*": "Ydw"},
                    "pl": {"*": "Tak"},
                    "ro": {"*": "Da"},
                    "ar": {"*": "نعم"},
                    "ur": {"*": "ہاں"},
                },
            },
            {
                "key": "not-always",
                "symbol": "face-3",
                "positive": False,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "Sometimes"},
                    "cy": {"*": "Weithiau"},
                    "pl": {"*": "Czasami"},
                    "ro": {"*": "Uneori"},
                    "ar": {"*": "أحيانًا"},
                    "ur": {"*": "کبھی کبھی"},
                },
            },
            {
                "key": "no",
                "symbol": "face-1",
                "positive": False,
                "bands": ["4-7"],
                "label": {
                    "en": {"*": "No"},
                    "cy": {"*": "Nac ydw"},
                    "pl": {"*": "Nie"},
                    "ro": {"*": "Nu"},
                    "ar": {"*": "لا"},
                    "ur": {"*": "نہیں"},
                },
            },
        ],
    },
    # 9. Health: seeing a doctor or dentist.
    {
        "key": "see-doctor",
        "kind": "yes_no",
        "core": False,
        "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "Can you see a doctor or dentist when you need to?",
                "parents-carers": "Can your family see a doctor or dentist when you need to?",
            },
            "cy": {
                "*": "Wyt ti'n gallu gweld meddyg neu ddeintydd pan fydd angen?",
                "parents-carers": "Ydy eich teulu'n gallu gweld meddyg neu ddeintydd pan fydd angen?",
            },
            "pl": {
                "*": "Czy możesz pójść do lekarza lub dentysty, kiedy tego potrzebujesz?",
                "parents-carers": "Czy Państwa rodzina może pójść do lekarza lub dentysty, kiedy jest taka potrzeba?",
            },
            "ro": {
                "*": "Poți merge la doctor sau la dentist când ai nevoie?",
                "parents-carers": "Familia dumneavoastră poate merge la doctor sau la dentist când are nevoie?",
            },
            "ar": {
                "*": "هل يمكنك رؤية طبيب أو طبيب أسنان عند الحاجة؟",
                "parents-carers": "هل يمكن لعائلتكم رؤية طبيب أو طبيب أسنان عند الحاجة؟",
            },
            "ur": {
                "*": "کیا ضرورت پڑنے پر آپ کو ڈاکٹر یا ڈینٹسٹ کا وقت مل جاتا ہے؟",
                "parents-carers": "کیا ضرورت پڑنے پر آپ کے خاندان کو ڈاکٹر یا ڈینٹسٹ کا وقت مل جاتا ہے؟",
            },
        },
        "hint": None,
        "options": [],
    },
    # 10. What they want more help with (choose all that fit).
    {
        "key": "help-with",
        "kind": "multiple",
        "core": False,
        "bands": ["12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "What would you like more help with?",
                "parents-carers": "What would your family like more help with?",
            },
            "cy": {
                "*": "Gyda beth hoffet ti gael mwy o help?",
                "parents-carers": "Gyda beth hoffai eich teulu gael mwy o help?",
            },
            "pl": {
                "*": "W czym chcesz dostać więcej pomocy?",
                "parents-carers": "W czym Państwa rodzina potrzebuje więcej pomocy?",
            },
            "ro": {
                "*": "La ce ai vrea mai mult ajutor?",
                "parents-carers": "La ce ar avea nevoie familia dumneavoastră de mai mult ajutor?",
            },
            "ar": {
                "*": "في أي أمور يلزمك مزيد من المساعدة؟",
                "parents-carers": "في أي أمور تحتاج عائلتكم إلى مساعدة أكثر؟",
            },
            "ur": {
                "*": "آپ کو کن چیزوں میں مزید مدد چاہیے؟",
                "parents-carers": "آپ کے خاندان کو کن چیزوں میں مزید مدد چاہیے؟",
            },
        },
        "hint": {
            "en": {"*": "Choose all that fit."},
            "cy": {"*": "Dewis bob un sy'n berthnasol."},
            "pl": {"*": "Można wybrać kilka odpowiedzi."},
            "ro": {"*": "Se pot alege mai multe răspunsuri."},
            "ar": {"*": "يمكن اختيار أكثر من إجابة."},
            "ur": {"*": "جتنے جواب ٹھیک لگیں، سب چنیں۔"},
        },
        "options": [
            {
                "key": "money",
                "symbol": None,
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Money"},
                    "cy": {"*": "Arian"},
                    "pl": {"*": "Pieniądze"},
                    "ro": {"*": "Bani"},
                    "ar": {"*": "المال"},
                    "ur": {"*": "پیسے"},
                },
            },
            {
                "key": "somewhere-to-live",
                "symbol": None,
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Somewhere to live"},
                    "cy": {"*": "Rhywle i fyw"},
                    "pl": {"*": "Mieszkanie"},
                    "ro": {"*": "O locuință"},
                    "ar": {"*": "مكان للسكن"},
                    "ur": {"*": "رہنے کی جگہ"},
                },
            },
            {
                "key": "school-college-work",
                "symbol": None,
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "School, college or work"},
                    "cy": {"*": "Ysgol, coleg neu waith"},
                    "pl": {"*": "Szkoła, nauka lub praca"},
                    "ro": {"*": "Școală, studii sau muncă"},
                    "ar": {"*": "المدرسة أو الكلية أو العمل"},
                    "ur": {"*": "اسکول، کالج یا کام"},
                },
            },
            {
                "key": "feeling-well",
                "symbol": None,
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Feeling well"},
                    "cy": {"*": "Teimlo'n dda"},
                    "pl": {"*": "Zdrowie i samopoczucie"},
                    "ro": {"*": "Sănătate și stare de bine"},
                    "ar": {"*": "الصحة والشعور بالراحة"},
                    "ur": {"*": "صحت اور اچھا محسوس کرنا"},
                },
            },
            {
                "key": "seeing-family",
                "symbol": None,
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Seeing family"},
                    "cy": {"*": "Gweld teulu"},
                    "pl": {"*": "Spotkania z rodziną"},
                    "ro": {"*": "Întâlnirile cu familia"},
                    "ar": {"*": "رؤية العائلة"},
                    "ur": {"*": "خاندان سے ملنا"},
                },
            },
            {
                "key": "things-to-do",
                "symbol": None,
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Things to do"},
                    "cy": {"*": "Pethau i'w gwneud"},
                    "pl": {"*": "Zajęcia i rozrywka"},
                    "ro": {"*": "Activități"},
                    "ar": {"*": "أنشطة وأشياء ممتعة"},
                    "ur": {"*": "سرگرمیاں اور مشغلے"},
                },
            },
            {
                "key": "getting-online",
                "symbol": None,
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Getting online"},
                    "cy": {"*": "Mynd ar-lein"},
                    "pl": {"*": "Dostęp do internetu"},
                    "ro": {"*": "Acces la internet"},
                    "ar": {"*": "الوصول إلى الإنترنت"},
                    "ur": {"*": "انٹرنیٹ تک رسائی"},
                },
            },
        ],
    },
    # 11. Getting ready for adult life (12-17 and care leavers).
    {
        "key": "ready-for-adult-life",
        "kind": "scale",
        "core": False,
        "bands": ["12-17", "care-leavers"],
        "title": {
            "en": {"*": "How ready do you feel for adult life?"},
            "cy": {"*": "Pa mor barod wyt ti'n teimlo am fywyd fel oedolyn?"},
            "pl": {"*": "Jak oceniasz swoją gotowość do dorosłego życia?"},
            "ro": {"*": "Cât de gata te simți pentru viața de adult?"},
            "ar": {"*": "ما مدى استعدادك للحياة كشخص بالغ؟"},
            "ur": {"*": "بالغ زندگی کے لیے آپ کی تیاری کتنی ہے؟"},
        },
        "hint": {
            "en": {"*": "Things like cooking, managing money, paying bills and finding somewhere to live."},
            "cy": {"*": "Pethau fel coginio, rheoli arian, talu biliau a dod o hyd i rywle i fyw."},
            "pl": {
                "*": "Na przykład gotowanie, zarządzanie pieniędzmi, płacenie rachunków i znalezienie mieszkania.",
            },
            "ro": {
                "*": "De exemplu, să gătești, să te descurci cu banii, să plătești facturi și să găsești o locuință.",
            },
            "ar": {"*": "مثل الطبخ وإدارة المال ودفع الفواتير وإيجاد مكان للسكن."},
            "ur": {"*": "جیسے کھانا بنانا، پیسوں کا انتظام، بل ادا کرنا اور رہنے کی جگہ ڈھونڈنا۔"},
        },
        "options": [
            {
                "key": "very-ready",
                "symbol": "face-5",
                "positive": True,
                "bands": None,
                "label": {
                    "en": {"*": "Very ready"},
                    "cy": {"*": "Yn barod iawn"},
                    "pl": {"*": "Bardzo duża"},
                    "ro": {"*": "Complet gata"},
                    "ar": {"*": "كبير جدًا"},
                    "ur": {"*": "بہت اچھی"},
                },
            },
            {
                "key": "quite-ready",
                "symbol": "face-4",
                "positive": True,
                "bands": None,
                "label": {
                    "en": {"*": "Quite ready"},
                    "cy": {"*": "Eithaf parod"},
                    "pl": {"*": "Duża"},
                    "ro": {"*": "Destul de gata"},
                    "ar": {"*": "كبير"},
                    "ur": {"*": "اچھی"},
                },
            },
            {
                "key": "a-bit-ready",
                "symbol": "face-3",
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "A bit ready"},
                    "cy": {"*": "Ychydig yn barod"},
                    "pl": {"*": "Średnia"},
                    "ro": {"*": "Pe jumătate gata"},
                    "ar": {"*": "متوسط"},
                    "ur": {"*": "تھوڑی بہت"},
                },
            },
            {
                "key": "not-very-ready",
                "symbol": "face-2",
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Not very ready"},
                    "cy": {"*": "Ddim yn barod iawn"},
                    "pl": {"*": "Mała"},
                    "ro": {"*": "Nu prea gata"},
                    "ar": {"*": "قليل"},
                    "ur": {"*": "کم"},
                },
            },
            {
                "key": "not-ready",
                "symbol": "face-1",
                "positive": False,
                "bands": None,
                "label": {
                    "en": {"*": "Not ready at all"},
                    "cy": {"*": "Ddim yn barod o gwbl"},
                    "pl": {"*": "Żadna"},
                    "ro": {"*": "Deloc gata"},
                    "ar": {"*": "لا يوجد استعداد"},
                    "ur": {"*": "بالکل نہیں"},
                },
            },
        ],
    },
    # 12. Short free text: the best thing about where you live.
    {
        "key": "best-thing",
        "kind": "short_text",
        "core": False,
        "bands": ["4-7", "8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "In a few words, what is the best thing about where you live?",
                "4-7": "What is the best thing about your home?",
                "parents-carers": "In a few words, what is the best thing about where your family lives?",
            },
            "cy": {
                "*": "Mewn ychydig eiriau, beth yw'r peth gorau am y lle rwyt ti'n byw?",
                "4-7": "Beth yw'r peth gorau am dy gartref?",
                "parents-carers": "Mewn ychydig eiriau, beth yw'r peth gorau am y lle mae eich teulu'n byw?",
            },
            "pl": {
                "*": "W kilku słowach: co jest najlepsze w miejscu, w którym mieszkasz?",
                "4-7": "Co jest najfajniejsze w Twoim domu?",
                "parents-carers": "W kilku słowach: co jest najlepsze w miejscu, w którym mieszka Państwa rodzina?",
            },
            "ro": {
                "*": "În câteva cuvinte, care este cel mai bun lucru la locul unde locuiești?",
                "4-7": "Ce îți place cel mai mult la casa ta?",
                "parents-carers": "În câteva cuvinte, care este cel mai bun lucru la locul unde locuiește "
                "familia dumneavoastră?",
            },
            "ar": {
                "*": "بكلمات قليلة، ما أفضل شيء في مكان سكنك؟",
                "4-7": "ما أحلى شيء في بيتك؟",
                "parents-carers": "بكلمات قليلة، ما أفضل شيء في مكان سكن عائلتكم؟",
            },
            "ur": {
                "*": "چند لفظوں میں بتائیں، آپ کی رہنے کی جگہ کی سب سے اچھی بات کیا ہے؟",
                "4-7": "آپ کے گھر کی سب سے اچھی بات کیا ہے؟",
                "parents-carers": "چند لفظوں میں بتائیں، آپ کے خاندان کی رہنے کی جگہ کی سب سے اچھی بات کیا ہے؟",
            },
        },
        "hint": {
            "en": {
                "*": "A few words is enough.",
                "4-7": "You can tell a grown-up and they can write it for you.",
            },
            "cy": {
                "*": "Mae ychydig eiriau yn ddigon.",
                "4-7": "Galli di ddweud wrth oedolyn a bydd yn ei ysgrifennu i ti.",
            },
            "pl": {
                "*": "Wystarczy kilka słów.",
                "4-7": "Możesz powiedzieć to dorosłemu, a on zapisze to za Ciebie.",
            },
            "ro": {
                "*": "Câteva cuvinte sunt de ajuns.",
                "4-7": "Poți să-i spui unui adult și el o să scrie pentru tine.",
            },
            "ar": {
                "*": "تكفي كلمات قليلة.",
                "4-7": "يمكن لشخص كبير أن يكتب الكلام عنك.",
            },
            "ur": {
                "*": "چند لفظ کافی ہیں۔",
                "4-7": "آپ کسی بڑے کو بتا دیں، وہ آپ کے لیے لکھ دیں گے۔",
            },
        },
        "options": [],
    },
    # 13. Long free text: one thing to change.
    {
        "key": "change-one-thing",
        "kind": "long_text",
        "core": False,
        "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "If you could change one thing, what would it be?",
                "parents-carers": "If you could change one thing about the help your family gets, what would it be?",
            },
            "cy": {
                "*": "Pe byddet ti'n gallu newid un peth, beth fyddai e?",
                "parents-carers": "Pe byddech chi'n gallu newid un peth am yr help mae eich teulu'n ei gael, "
                "beth fyddai e?",
            },
            "pl": {
                "*": "Gdyby można było zmienić jedną rzecz, co by to było?",
                "parents-carers": "Gdyby można było zmienić jedną rzecz w pomocy, którą dostaje Państwa "
                "rodzina, co by to było?",
            },
            "ro": {
                "*": "Dacă ai putea schimba un singur lucru, care ar fi acela?",
                "parents-carers": "Dacă ați putea schimba un singur lucru la ajutorul pe care îl primește "
                "familia dumneavoastră, care ar fi acela?",
            },
            "ar": {
                "*": "لو استطعت تغيير شيء واحد، فماذا سيكون؟",
                "parents-carers": "لو استطعتم تغيير شيء واحد في المساعدة التي تحصل عليها عائلتكم، فماذا سيكون؟",
            },
            "ur": {
                "*": "اگر آپ ایک چیز بدل سکیں تو وہ کیا ہوگی؟",
                "parents-carers": "اگر آپ اپنے خاندان کو ملنے والی مدد میں ایک چیز بدل سکیں تو وہ کیا ہوگی؟",
            },
        },
        "hint": {
            "en": {
                "*": "It can be about anything: home, school, family time, your worker or something else.",
                "care-leavers": "It can be about anything: your home, money, work, your personal adviser or "
                "something else.",
                "parents-carers": "It can be about anything: meetings, your social worker, family time or "
                "something else.",
            },
            "cy": {
                "*": "Gall fod am unrhyw beth: cartref, ysgol, amser teulu, dy weithiwr neu rywbeth arall.",
                "care-leavers": "Gall fod am unrhyw beth: dy gartref, arian, gwaith, dy gynghorydd personol "
                "neu rywbeth arall.",
                "parents-carers": "Gall fod am unrhyw beth: cyfarfodydd, eich gweithiwr cymdeithasol, amser "
                "teulu neu rywbeth arall.",
            },
            "pl": {
                "*": "Może dotyczyć czegokolwiek: domu, szkoły, czasu z rodziną, pracownika socjalnego albo "
                "czegoś innego.",
                "care-leavers": "Może dotyczyć czegokolwiek: mieszkania, pieniędzy, pracy, doradcy "
                "osobistego albo czegoś innego.",
                "parents-carers": "Może dotyczyć czegokolwiek: spotkań, pracownika socjalnego, czasu z "
                "rodziną albo czegoś innego.",
            },
            "ro": {
                "*": "Poate fi despre orice: acasă, școală, timpul cu familia, asistentul social sau altceva.",
                "care-leavers": "Poate fi despre orice: locuința, banii, munca, consilierul personal sau altceva.",
                "parents-carers": "Poate fi despre orice: întâlniri, asistentul social, timpul cu familia sau altceva.",
            },
            "ar": {
                "*": "يمكن أن يكون عن أي شيء: البيت أو المدرسة أو وقت العائلة أو الأخصائي الاجتماعي أو غير ذلك.",
                "care-leavers": "يمكن أن يكون عن أي شيء: السكن أو المال أو العمل أو مستشارك الشخصي أو غير ذلك.",
                "parents-carers": "يمكن أن يكون عن أي شيء: الاجتماعات أو الأخصائي الاجتماعي أو وقت العائلة أو غير ذلك.",
            },
            "ur": {
                "*": "یہ کسی بھی چیز کے بارے میں ہو سکتا ہے: گھر، اسکول، خاندان کے ساتھ وقت، آپ کا سوشل ورکر "
                "یا کچھ اور۔",
                "care-leavers": "یہ کسی بھی چیز کے بارے میں ہو سکتا ہے: آپ کا گھر، پیسے، کام، آپ کا پرسنل "
                "ایڈوائزر یا کچھ اور۔",
                "parents-carers": "یہ کسی بھی چیز کے بارے میں ہو سکتا ہے: میٹنگز، آپ کا سوشل ورکر، خاندان کے "
                "ساتھ وقت یا کچھ اور۔",
            },
        },
        "options": [],
    },
    # 14. Consent to quote, last. Not asked of 4-7s: their words stay out of quotes.
    {
        "key": "consent-quote",
        "kind": "consent_quote",
        "core": False,
        "bands": ["8-11", "12-17", "care-leavers", "parents-carers"],
        "title": {
            "en": {
                "*": "Can we use your words without your name?",
                "parents-carers": "Can we use your words without your name?",
            },
            "cy": {
                "*": "Gawn ni ddefnyddio dy eiriau heb dy enw?",
                "parents-carers": "Gawn ni ddefnyddio eich geiriau heb eich enw?",
            },
            "pl": {
                "*": "Czy możemy użyć Twoich słów bez Twojego imienia?",
                "parents-carers": "Czy możemy użyć Państwa słów bez podawania imienia i nazwiska?",
            },
            "ro": {
                "*": "Putem folosi cuvintele tale fără numele tău?",
                "parents-carers": "Putem folosi cuvintele dumneavoastră fără numele dumneavoastră?",
            },
            "ar": {
                "*": "هل يمكننا استخدام كلماتك دون ذكر اسمك؟",
                "parents-carers": "هل يمكننا استخدام كلماتكم دون ذكر أسمائكم؟",
            },
            "ur": {
                "*": "کیا ہم آپ کا نام لیے بغیر آپ کی باتیں استعمال کر سکتے ہیں؟",
                "parents-carers": "کیا ہم آپ کا نام لیے بغیر آپ کی باتیں استعمال کر سکتے ہیں؟",
            },
        },
        "hint": {
            "en": {
                "*": "We might share some of your words in reports. We always take out names and places "
                "first, so nobody can tell they are yours.",
                "parents-carers": "We might share some of your words in reports. We always take out names "
                "and places first, so nobody can tell they are yours.",
            },
            "cy": {
                "*": "Efallai y byddwn ni'n rhannu rhai o dy eiriau mewn adroddiadau. Rydyn ni bob amser yn "
                "tynnu enwau a lleoedd allan yn gyntaf, fel nad oes neb yn gwybod mai ti ddywedodd nhw.",
                "parents-carers": "Efallai y byddwn ni'n rhannu rhai o'ch geiriau mewn adroddiadau. Rydyn ni "
                "bob amser yn tynnu enwau a lleoedd allan yn gyntaf, fel nad oes neb yn "
                "gwybod mai chi ddywedodd nhw.",
            },
            "pl": {
                "*": "Możemy pokazać niektóre Twoje słowa w raportach. Zawsze najpierw usuwamy imiona i "
                "nazwy miejsc, żeby nikt nie wiedział, że to Ty.",
                "parents-carers": "Możemy pokazać niektóre Państwa słowa w raportach. Zawsze najpierw "
                "usuwamy imiona i nazwy miejsc, żeby nikt nie wiedział, kto to napisał.",
            },
            "ro": {
                "*": "S-ar putea să folosim unele dintre cuvintele tale în rapoarte. Scoatem mereu mai întâi "
                "numele și locurile, ca nimeni să nu știe că sunt ale tale.",
                "parents-carers": "S-ar putea să folosim unele dintre cuvintele dumneavoastră în rapoarte. "
                "Scoatem mereu mai întâi numele și locurile, ca nimeni să nu știe că sunt "
                "ale dumneavoastră.",
            },
            "ar": {
                "*": "قد ننشر بعض كلماتك في التقارير. نحذف دائمًا الأسماء والأماكن أولًا، حتى لا يعرف أحد أنها كلماتك.",
                "parents-carers": "قد ننشر بعض كلماتكم في التقارير. نحذف دائمًا الأسماء والأماكن أولًا، حتى "
                "لا يعرف أحد أنها كلماتكم.",
            },
            "ur": {
                "*": "ہم رپورٹس میں آپ کی کچھ باتیں شامل کر سکتے ہیں۔ ہم پہلے ہمیشہ نام اور جگہوں کے نام "
                "نکال دیتے ہیں، تاکہ کسی کو پتا نہ چلے کہ یہ آپ کی باتیں ہیں۔",
                "parents-carers": "ہم رپورٹس میں آپ کی کچھ باتیں شامل کر سکتے ہیں۔ ہم پہلے ہمیشہ نام اور "
                "جگہوں کے نام نکال دیتے ہیں، تاکہ کسی کو پتا نہ چلے کہ یہ آپ کی باتیں ہیں۔",
            },
        },
        "options": [],
    },
]

# Realistic free-text answers for the synthetic responses, written for the demo in the spirit of councils'
# published survey findings; none is a real person's words. Spelling, text-speak and emoji are deliberate.
# "safeguarding" marks a possible disclosure of harm or risk (to self or from others, past or present); a few
# safe look-alikes ("nobody hurts me here") are marked False on purpose so triage can be tested both ways.
# Names in a few comments (a teacher, a worker, a dog) are there for redaction to find.
COMMENTS: list[dict[str, Any]] = [
    # --- English, 4-7 ---
    {
        "language": "en",
        "band": "4-7",
        "text": "my dog Biscuit he sleeps on my bed",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "4-7",
        "text": "I like my room its purple",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {"language": "en", "band": "4-7", "text": "I miss mummy", "themes": ["family-time"], "safeguarding": False},
    {
        "language": "en",
        "band": "4-7",
        "text": "we go to the park on saturday and get ice cream",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "4-7",
        "text": "Nanny Sue makes pancakes",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "4-7",
        "text": "i want to see my baby sister more",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "4-7",
        "text": "my social worker is nice she gives me stickers",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "4-7",
        "text": "the big boys at school are mean to me",
        "themes": ["education", "safety"],
        "safeguarding": False,
    },
    {"language": "en", "band": "4-7", "text": "happy", "themes": [], "safeguarding": False},
    {
        "language": "en",
        "band": "4-7",
        "text": "I can go swimming now 🏊",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {"language": "en", "band": "4-7", "text": "I feel safe at home", "themes": ["safety"], "safeguarding": False},
    # --- English, 8-11 ---
    {
        "language": "en",
        "band": "8-11",
        "text": "i have had 3 social workers and i dont no why they keep leaving",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "I want to go to cubs like my friends",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "nobody told me why I can't live with my mum",
        "themes": ["identity-and-culture", "rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "my carers are kind and I get to stay here",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "why do I have to ask the social worker before I can have a sleepover at my friends house",
        "themes": ["activities-and-friends", "workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "the family time room is boring there is only baby toys",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "ppl at school say im in care and laugh",
        "themes": ["language-and-stigma", "education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "I want my own tablet for homework",
        "themes": ["digital-access", "education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "I like my school and my teacher Mrs Patel",
        "themes": ["education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "at my review the grown ups talk about me like im not there",
        "themes": ["being-heard"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "I want to see my grandad more hes poorly",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {"language": "en", "band": "8-11", "text": "nothing", "themes": [], "safeguarding": False},
    {
        "language": "en",
        "band": "8-11",
        "text": "I get scared at night and cant get to sleep",
        "themes": ["health-and-wellbeing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "someone at home hurts me when the carers are out",
        "themes": ["safety"],
        "safeguarding": True,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "more days out in the holidays",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "I dont know what a complaint is",
        "themes": ["rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "8-11",
        "text": "nobody hurts me here and my carer listens to me",
        "themes": ["safety", "being-heard"],
        "safeguarding": False,
    },
    {"language": "en", "band": "8-11", "text": "cant think of anything", "themes": [], "safeguarding": False},
    # --- English, 12-17 ---
    {
        "language": "en",
        "band": "12-17",
        "text": "stop calling my house a placement its my home",
        "themes": ["language-and-stigma", "home-and-stability"],
        "safeguarding": False,
    },
    {"language": "en", "band": "12-17", "text": "sw never rings back", "themes": ["workers"], "safeguarding": False},
    {
        "language": "en",
        "band": "12-17",
        "text": "I've had four social workers this year and every time I have to tell my whole story again",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "family time is in a room full of baby toys with someone watching. im 15",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "want to see my little brother more, we only get 1 hour a month",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "my carers dont get my culture, no halal food at first and they didnt know how to do my hair",
        "themes": ["identity-and-culture", "home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "stop writing 'vulnerable' in my reports, I'm doing fine",
        "themes": ["language-and-stigma"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "wifi goes off at 9 at my carers so cant do homework",
        "themes": ["digital-access", "education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "phone broke and no data so cant message my mates",
        "themes": ["digital-access", "activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "nobody asks what I think before my review, it's all decided already",
        "themes": ["being-heard"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "my IRO actually listened and changed my plan 👍",
        "themes": ["being-heard", "workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "got moved 3 times in a year, had to change school twice",
        "themes": ["home-and-stability", "education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "want to stay with my carers after 18, is that even allowed?",
        "themes": ["leaving-care", "rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "nobody has told me what happens when i turn 18",
        "themes": ["leaving-care", "rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "teachers treat me different since they found out im in care",
        "themes": ["language-and-stigma", "education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "need help with maths, had a tutor last year but it just stopped",
        "themes": ["education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "more stuff to do at the weekend, theres nothing round here",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "I feel anxious all the time and the camhs waiting list is like a year",
        "themes": ["health-and-wellbeing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "I feel like hurting myself again",
        "themes": ["health-and-wellbeing"],
        "safeguarding": True,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "theres an older man who gives me money and asks me to do things for him, he says i owe him now",
        "themes": ["safety"],
        "safeguarding": True,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "I ran away last week cuz I couldnt stand it there anymore",
        "themes": ["safety", "home-and-stability"],
        "safeguarding": True,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "nobody at home hurts me, i just want my own room",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "can't get a dentist, been waiting since the summer",
        "themes": ["health-and-wellbeing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "I want to know more about my dad's side. my life story book stops when i was 5",
        "themes": ["identity-and-culture"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "my mates parents need a dbs check before i can sleep over, its so embarrassing",
        "themes": ["activities-and-friends", "language-and-stigma"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "I'm gay and I don't think my sw would get it. need an lgbt group",
        "themes": ["identity-and-culture", "activities-and-friends"],
        "safeguarding": False,
    },
    {"language": "en", "band": "12-17", "text": "all good", "themes": [], "safeguarding": False},
    {
        "language": "en",
        "band": "12-17",
        "text": "more pocket money, my mates get way more",
        "themes": ["money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "want a saturday job but i need my birth certificate and bank card sorted first",
        "themes": ["money-and-work", "rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "can I see my files? nobody tells me what's written about me",
        "themes": ["rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "ppl from school made a group chat slagging me off",
        "themes": ["safety", "education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "my advocate helped me complain and it actually got sorted",
        "themes": ["rights-and-information", "being-heard"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "I don't even know who my social worker is at the moment",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "they said I was going back to my mum then changed their minds and nobody explained why",
        "themes": ["family-time", "rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "I feel settled here for the first time, please don't move me",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "driving lessons would help me get a job",
        "themes": ["money-and-work"],
        "safeguarding": False,
    },
    {"language": "en", "band": "12-17", "text": "idk", "themes": [], "safeguarding": False},
    {
        "language": "en",
        "band": "12-17",
        "text": "police picked me up from school in front of everyone, there was no need",
        "themes": ["language-and-stigma", "safety"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "children in care council is good, we got them to stop saying LAC",
        "themes": ["being-heard", "language-and-stigma"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "my carer takes me to mosque and cooks food from back home",
        "themes": ["identity-and-culture", "home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "I need to learn to cook and budget before I move out",
        "themes": ["leaving-care", "money-and-work"],
        "safeguarding": False,
    },
    {"language": "en", "band": "12-17", "text": "no", "themes": [], "safeguarding": False},
    {
        "language": "en",
        "band": "12-17",
        "text": "want counselling but not with someone from school",
        "themes": ["health-and-wellbeing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "i feel safe at home, my carers are sound",
        "themes": ["safety", "home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "college is going well, the virtual school helped me get the bursary",
        "themes": ["education", "money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "meetings are always in school time so i miss lessons",
        "themes": ["being-heard", "education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "my sw Jess texts back the same day, shes the best",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "12-17",
        "text": "let me see my friends without loads of forms",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {"language": "en", "band": "12-17", "text": "its fine", "themes": [], "safeguarding": False},
    {"language": "en", "band": "12-17", "text": "👍", "themes": [], "safeguarding": False},
    # --- English, care leavers ---
    {
        "language": "en",
        "band": "care-leavers",
        "text": "my PA is the only one who picks up, she's brilliant",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "nobody explained my housing options so I ended up sofa surfing",
        "themes": ["housing", "leaving-care"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "ran out of food before payday again, had to use the food bank",
        "themes": ["money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "the flat they gave me has damp and mould and I've got asthma",
        "themes": ["housing", "health-and-wellbeing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "council tax letters scared me, nobody told me care leavers don't pay it here",
        "themes": ["money-and-work", "rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "my pathway plan is just copied from last year",
        "themes": ["leaving-care", "being-heard"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "uni bursary is a lifesaver but in the summer holidays i've got nowhere to go",
        "themes": ["education", "housing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "want to do an apprenticeship but then my universal credit stops and I can't pay rent",
        "themes": ["money-and-work", "housing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "the hostel at 18 was grim but I'm in my own flat now",
        "themes": ["housing", "leaving-care"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "I feel really lonely since I moved into my flat",
        "themes": ["health-and-wellbeing", "activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "staying put with my foster carer was the best thing that happened to me",
        "themes": ["leaving-care", "home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "every letter still says 'vulnerable young person'. I'm 22 and a mum",
        "themes": ["language-and-stigma"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "need help with my wifi bill, cant apply for jobs on my phone",
        "themes": ["digital-access", "money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "I asked to read my care records and they said it takes months",
        "themes": ["rights-and-information", "identity-and-culture"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "my PA has changed 3 times since I turned 18",
        "themes": ["workers", "leaving-care"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "free gym and a bus pass would make a massive difference",
        "themes": ["activities-and-friends", "money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "got my driving test next month, thanks for paying for the lessons 🙏",
        "themes": ["money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "sofa surfing at my mate's till the council sort something out",
        "themes": ["housing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "CAMHS stopped when I turned 18 and now I don't know who to talk to about my mental health",
        "themes": ["health-and-wellbeing", "leaving-care"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "my mates from care are my family now, we need more meet ups",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "nobody hurts me, I'm just skint",
        "themes": ["money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "the care leavers forum is the only place I feel listened to",
        "themes": ["being-heard"],
        "safeguarding": False,
    },
    {"language": "en", "band": "care-leavers", "text": "nothing to add", "themes": [], "safeguarding": False},
    {
        "language": "en",
        "band": "care-leavers",
        "text": "wish someone had helped me learn about my culture and language before I left care",
        "themes": ["identity-and-culture", "leaving-care"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "my immigration status still isn't sorted so I can't work or get student finance",
        "themes": ["rights-and-information", "money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "the laptop the council gave me broke and they won't replace it",
        "themes": ["digital-access", "education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "care-leavers",
        "text": "been on the housing list 2 years, bidding is impossible",
        "themes": ["housing"],
        "safeguarding": False,
    },
    {"language": "en", "band": "care-leavers", "text": "all good tbh", "themes": [], "safeguarding": False},
    # --- English, parents and carers ---
    {
        "language": "en",
        "band": "parents-carers",
        "text": "Our social worker changed three times in six months and each time we had to start again",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "Meetings are full of jargon and I come out not knowing what was decided",
        "themes": ["being-heard", "rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "Family time with my son is two buses away and I can't always afford the fare",
        "themes": ["family-time", "money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "I look after my grandchildren and get no allowance and hardly any support",
        "themes": ["money-and-work", "home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "I don't know how to complain without it being held against me",
        "themes": ["rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "The foster carers have been brilliant with my daughter and send me photos every week",
        "themes": ["family-time", "home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "Nobody told me I could bring an advocate to the conference",
        "themes": ["rights-and-information", "being-heard"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "We need help with her anxiety and the waiting list for an assessment is over a year",
        "themes": ["health-and-wellbeing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "School keep sending him home and nobody joins it up",
        "themes": ["education"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "I feel judged as a bad mum because English isn't my first language",
        "themes": ["language-and-stigma", "identity-and-culture"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "Our flat is overcrowded, four of us in one bedroom",
        "themes": ["housing"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "My partner hits me when he's been drinking and I'm scared to tell the social worker in case "
        "they take the kids",
        "themes": ["safety"],
        "safeguarding": True,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "The kids are settled and happy living with their aunty",
        "themes": ["home-and-stability", "family-time"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "I can't do the video calls with my kids, I only have pay as you go and it runs out",
        "themes": ["digital-access", "family-time"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "Our social worker is honest with us, even when it's hard to hear",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "en",
        "band": "parents-carers",
        "text": "Holiday clubs would be good if the kids could actually get to them",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {"language": "en", "band": "parents-carers", "text": "fine thanks", "themes": [], "safeguarding": False},
    # --- Welsh ---
    {
        "language": "cy",
        "band": "12-17",
        "text": "Dw i eisiau gweld fy chwaer fach yn amlach",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {
        "language": "cy",
        "band": "12-17",
        "text": "Mae fy ngweithiwr cymdeithasol wedi newid tair gwaith eleni",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "cy",
        "band": "8-11",
        "text": "Dw i'n hoffi fy ysgol newydd a dw i wedi gwneud ffrindiau",
        "themes": ["education", "activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "cy",
        "band": "12-17",
        "text": "Does dim gwersi Cymraeg yn fy ysgol newydd, dw i'n colli siarad Cymraeg",
        "themes": ["identity-and-culture", "education"],
        "safeguarding": False,
    },
    {
        "language": "cy",
        "band": "care-leavers",
        "text": "Dw i'n poeni am dalu'r rhent a'r biliau",
        "themes": ["housing", "money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "cy",
        "band": "12-17",
        "text": "Does neb yn gwrando arna i yn fy adolygiad",
        "themes": ["being-heard"],
        "safeguarding": False,
    },
    {
        "language": "cy",
        "band": "care-leavers",
        "text": "Mae fy nghynghorydd personol yn grêt, mae hi'n ateb bob tro",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "cy",
        "band": "4-7",
        "text": "Dw i'n hoffi fy nghi 🐶",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "cy",
        "band": "12-17",
        "text": "signal ffôn yn wael iawn yn y pentre a dim wifi chwaith",
        "themes": ["digital-access"],
        "safeguarding": False,
    },
    {"language": "cy", "band": "parents-carers", "text": "Popeth yn iawn, diolch", "themes": [], "safeguarding": False},
    {
        "language": "cy",
        "band": "12-17",
        "text": "Dw i'n teimlo'n ddiogel gartref",
        "themes": ["safety"],
        "safeguarding": False,
    },
    {
        "language": "cy",
        "band": "12-17",
        "text": "Mae rhywun yn y tŷ yn fy mrifo i",
        "themes": ["safety"],
        "safeguarding": True,
    },
    {
        "language": "cy",
        "band": "care-leavers",
        "text": "Does dim byd i'w wneud yma heb gar, ac mae'r bws yn costio gormod",
        "themes": ["activities-and-friends", "money-and-work"],
        "safeguarding": False,
    },
    # --- Polish ---
    {
        "language": "pl",
        "band": "12-17",
        "text": "Chcę częściej widywać mamę, raz w miesiącu to za mało",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {
        "language": "pl",
        "band": "12-17",
        "text": 'W szkole mówią na mnie "ten z domu dziecka"',
        "themes": ["language-and-stigma", "education"],
        "safeguarding": False,
    },
    {
        "language": "pl",
        "band": "8-11",
        "text": "Tęsknię za babcią w Polsce, rozmawiamy tylko przez wideo",
        "themes": ["family-time", "identity-and-culture"],
        "safeguarding": False,
    },
    {
        "language": "pl",
        "band": "parents-carers",
        "text": "Nie rozumiem pism z urzędu, wszystko jest po angielsku i nikt nie tłumaczy",
        "themes": ["rights-and-information", "identity-and-culture"],
        "safeguarding": False,
    },
    {
        "language": "pl",
        "band": "parents-carers",
        "text": "Pracownik socjalny zmienia się co kilka miesięcy, nie wiem, do kogo dzwonić",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "pl",
        "band": "care-leavers",
        "text": "Nie stać mnie na czynsz i jedzenie, szukam pracy",
        "themes": ["money-and-work", "housing"],
        "safeguarding": False,
    },
    {
        "language": "pl",
        "band": "12-17",
        "text": "Starszy facet daje mi kasę i każe mi coś dla niego robić",
        "themes": ["safety"],
        "safeguarding": True,
    },
    {
        "language": "pl",
        "band": "12-17",
        "text": "Czuję się bezpiecznie u moich opiekunów",
        "themes": ["safety", "home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "pl",
        "band": "12-17",
        "text": "chce wiecej zajec po szkole, pilka nozna albo boks",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "pl",
        "band": "8-11",
        "text": "Lubię swój pokój i moich opiekunów",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "pl",
        "band": "12-17",
        "text": "Nie mam internetu w domu, nie mogę odrabiać lekcji",
        "themes": ["digital-access", "education"],
        "safeguarding": False,
    },
    {"language": "pl", "band": "care-leavers", "text": "nic", "themes": [], "safeguarding": False},
    # --- Romanian ---
    {
        "language": "ro",
        "band": "12-17",
        "text": "Vreau să-mi văd frații mai des",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {
        "language": "ro",
        "band": "12-17",
        "text": "Nu înțeleg tot la școală, am nevoie de ajutor la engleză",
        "themes": ["education"],
        "safeguarding": False,
    },
    {
        "language": "ro",
        "band": "parents-carers",
        "text": "Nimeni nu mi-a explicat ce se întâmplă la ședințe, totul e în engleză",
        "themes": ["rights-and-information", "being-heard"],
        "safeguarding": False,
    },
    {
        "language": "ro",
        "band": "care-leavers",
        "text": "Nu am bani de mâncare până la sfârșitul lunii",
        "themes": ["money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "ro",
        "band": "12-17",
        "text": "Asistentul social nu răspunde niciodată la telefon",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "ro",
        "band": "8-11",
        "text": "Îmi place la familia unde stau, sunt buni cu mine",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "ro",
        "band": "12-17",
        "text": "Nu știu ce scrie în dosarul meu și nimeni nu-mi spune",
        "themes": ["rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "ro",
        "band": "care-leavers",
        "text": "Vreau să lucrez dar nu am actele făcute",
        "themes": ["money-and-work", "rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "ro",
        "band": "12-17",
        "text": "ma simt singur si trist des",
        "themes": ["health-and-wellbeing"],
        "safeguarding": False,
    },
    {"language": "ro", "band": "12-17", "text": "totul e ok", "themes": [], "safeguarding": False},
    {
        "language": "ro",
        "band": "parents-carers",
        "text": "Vreau ca ședințele să fie după program, că lucrez",
        "themes": ["being-heard"],
        "safeguarding": False,
    },
    {
        "language": "ro",
        "band": "12-17",
        "text": "Aș vrea să merg la biserica ortodoxă, dar familia la care stau nu merge",
        "themes": ["identity-and-culture"],
        "safeguarding": False,
    },
    # --- Arabic ---
    {
        "language": "ar",
        "band": "12-17",
        "text": "أريد أن أتعلم الإنجليزية بسرعة حتى أدخل الكلية",
        "themes": ["education"],
        "safeguarding": False,
    },
    {
        "language": "ar",
        "band": "12-17",
        "text": "لا أعرف متى سيصدر قرار اللجوء، وهذا يقلقني كثيرًا",
        "themes": ["rights-and-information", "health-and-wellbeing"],
        "safeguarding": False,
    },
    {
        "language": "ar",
        "band": "12-17",
        "text": "أشتاق إلى أمي وإخوتي في السودان ولا أستطيع الاتصال بهم",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {
        "language": "ar",
        "band": "12-17",
        "text": "الطعام في البيت ليس حلالًا دائمًا",
        "themes": ["identity-and-culture", "home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "ar",
        "band": "care-leavers",
        "text": "أحتاج إلى عمل، المال لا يكفي",
        "themes": ["money-and-work"],
        "safeguarding": False,
    },
    {
        "language": "ar",
        "band": "12-17",
        "text": "رجل كبير يعطيني مالًا ويطلب مني أن أوصل أغراضًا لأشخاص لا أعرفهم",
        "themes": ["safety"],
        "safeguarding": True,
    },
    {
        "language": "ar",
        "band": "parents-carers",
        "text": "الأخصائية الاجتماعية لطيفة وتشرح لنا كل شيء",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "ar",
        "band": "12-17",
        "text": "لا يوجد إنترنت في غرفتي، أحتاج إلى هاتف",
        "themes": ["digital-access"],
        "safeguarding": False,
    },
    {
        "language": "ar",
        "band": "8-11",
        "text": "أحب المدرسة وعندي أصدقاء كثيرون",
        "themes": ["education", "activities-and-friends"],
        "safeguarding": False,
    },
    {"language": "ar", "band": "12-17", "text": "لا شيء", "themes": [], "safeguarding": False},
    {
        "language": "ar",
        "band": "care-leavers",
        "text": "أحب شقتي الجديدة لكنها بعيدة عن أصدقائي",
        "themes": ["housing", "activities-and-friends"],
        "safeguarding": False,
    },
    {
        "language": "ar",
        "band": "12-17",
        "text": "لا أنام جيدًا وأشعر بالقلق كثيرًا",
        "themes": ["health-and-wellbeing"],
        "safeguarding": False,
    },
    # --- Urdu ---
    {
        "language": "ur",
        "band": "parents-carers",
        "text": "سوشل ورکر بار بار بدل جاتے ہیں، ہر بار ساری بات دوبارہ بتانی پڑتی ہے",
        "themes": ["workers"],
        "safeguarding": False,
    },
    {
        "language": "ur",
        "band": "12-17",
        "text": "میں اپنے چھوٹے بھائی سے زیادہ ملنا چاہتا ہوں",
        "themes": ["family-time"],
        "safeguarding": False,
    },
    {
        "language": "ur",
        "band": "parents-carers",
        "text": "میٹنگ میں کوئی مترجم نہیں تھا، مجھے کچھ سمجھ نہیں آیا",
        "themes": ["rights-and-information", "being-heard"],
        "safeguarding": False,
    },
    {
        "language": "ur",
        "band": "12-17",
        "text": "اسکول میں کچھ لڑکیاں میرے حجاب کا مذاق اڑاتی ہیں",
        "themes": ["identity-and-culture", "safety"],
        "safeguarding": False,
    },
    {
        "language": "ur",
        "band": "care-leavers",
        "text": "کرایہ دینے کے بعد کھانے کے لیے پیسے نہیں بچتے",
        "themes": ["money-and-work", "housing"],
        "safeguarding": False,
    },
    {
        "language": "ur",
        "band": "12-17",
        "text": "کبھی کبھی دل کرتا ہے کہ خود کو نقصان پہنچاؤں",
        "themes": ["health-and-wellbeing"],
        "safeguarding": True,
    },
    {
        "language": "ur",
        "band": "8-11",
        "text": "مجھے اپنا گھر اچھا لگتا ہے",
        "themes": ["home-and-stability"],
        "safeguarding": False,
    },
    {
        "language": "ur",
        "band": "parents-carers",
        "text": "بچوں کے لیے چھٹیوں میں کچھ سرگرمیاں ہونی چاہییں",
        "themes": ["activities-and-friends"],
        "safeguarding": False,
    },
    {"language": "ur", "band": "12-17", "text": "سب ٹھیک ہے", "themes": [], "safeguarding": False},
    {
        "language": "ur",
        "band": "parents-carers",
        "text": "مجھے نہیں پتا کہ شکایت کیسے کرنی ہے",
        "themes": ["rights-and-information"],
        "safeguarding": False,
    },
    {
        "language": "ur",
        "band": "care-leavers",
        "text": "مجھے نوکری کے انٹرویو کی تیاری میں مدد چاہیے",
        "themes": ["money-and-work", "leaving-care"],
        "safeguarding": False,
    },
    {
        "language": "ur",
        "band": "12-17",
        "text": "mujhe apni ammi se milna hai, bohat yaad aati hai",
        "themes": ["family-time"],
        "safeguarding": False,
    },
]
