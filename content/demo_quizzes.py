"""Questions of the two demo quizzes, in English, Kiswahili, Arabic and French.

Each quiz tests one demo course of ``demo_courses.py`` and is keyed by the
course slug. Question kinds: ``single`` (one right choice), ``multiple`` (two
or more right choices, scored ``all_or_nothing`` or ``partial``),
``true_false`` (choices True then False) and ``short_text`` (typed answer,
matched against ``accepted_answers`` after normalisation).
"""

QUIZZES = {
    "digital-literacy-basics": {
        "slug": "check-your-knowledge",
        "title": {
            "en": "Check your knowledge",
            "sw": "Pima uelewa wako",
            "ar": "اختبر معلوماتك",
            "fr": "Testez vos connaissances",
        },
        "intro": {
            "en": "<p>Ten questions on official email, the shared drive, safe browsing and "
            "government e-services. Score 70% or more to complete the course; you have three "
            "attempts.</p>",
            "sw": "<p>Maswali kumi kuhusu barua pepe rasmi, hifadhi ya pamoja, kuvinjari mtandao "
            "kwa usalama na huduma za Serikali Mtandao. Pata asilimia 70 au zaidi ili kukamilisha "
            "kozi; una majaribio matatu.</p>",
            "ar": "<p>عشرة أسئلة عن البريد الإلكتروني الرسمي، ومحرك الأقراص المشترك، وتصفّح "
            "الإنترنت بأمان، والخدمات الحكومية الإلكترونية. احصل على 70% أو أكثر لإتمام الدورة، "
            "ولديك ثلاث محاولات.</p>",
            "fr": "<p>Dix questions sur la messagerie officielle, le lecteur partagé, la "
            "navigation sécurisée et les services publics en ligne. Obtenez au moins 70 % pour "
            "valider la formation ; vous disposez de trois tentatives.</p>",
        },
        "pass_mark": 70,
        "attempts_allowed": 3,
        "time_limit_minutes": 20,
        "min_wait_minutes": 0,
        "show_answers": "after_passing",
        "questions_per_attempt": None,
        "shuffle_questions": False,
        "shuffle_choices": True,
        "required": True,
        "questions": [
            {
                "kind": "true_false",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "A good email subject line tells the reader both what the message is "
                    "about and what you need from them.",
                    "sw": "Kichwa kizuri cha barua pepe kinamweleza msomaji ujumbe unahusu nini "
                    "na pia unahitaji nini kutoka kwake.",
                    "ar": "سطر الموضوع الجيد في البريد الإلكتروني يُخبر القارئ بمضمون الرسالة "
                    "وبما تحتاجه منه معًا.",
                    "fr": "Un bon objet de courriel indique au lecteur à la fois le sujet du "
                    "message et ce que vous attendez de lui.",
                },
                "explanation": {
                    "en": "A clear subject line saves the reader time: it names the topic and the "
                    "action or deadline you need. Keep each email to one topic.",
                    "sw": "Kichwa kilicho wazi humwokolea msomaji muda: kinataja mada pamoja na "
                    "hatua au muda wa mwisho unaohitajika. Andika kuhusu jambo moja tu katika "
                    "kila barua pepe.",
                    "ar": "سطر الموضوع الواضح يوفّر وقت القارئ، إذ يذكر الموضوع والإجراء أو "
                    "الموعد المطلوب. والتزم بموضوع واحد في كل رسالة.",
                    "fr": "Un objet clair fait gagner du temps au lecteur : il nomme le sujet et "
                    "l’action ou l’échéance attendue. Limitez-vous à un sujet par courriel.",
                },
                "choices": [
                    {
                        "text": {"en": "True", "sw": "Kweli", "ar": "صحيح", "fr": "Vrai"},
                        "correct": True,
                        "feedback": {
                            "en": "Correct: for example, “Q3 budget returns – figures needed by "
                            "Thursday”.",
                            "sw": "Sahihi: kwa mfano, “Taarifa ya bajeti robo ya tatu – takwimu "
                            "zinahitajika kabla ya Alhamisi”.",
                            "ar": "أحسنت، ومثال ذلك: «بيانات موازنة الربع الثالث – الأرقام مطلوبة "
                            "قبل يوم الخميس».",
                            "fr": "Exact : par exemple « Exécution budgétaire T3 – chiffres "
                            "attendus pour jeudi ».",
                        },
                    },
                    {
                        "text": {"en": "False", "sw": "Si kweli", "ar": "خطأ", "fr": "Faux"},
                        "correct": False,
                        "feedback": {
                            "en": "In fact it should do both, for example “Q3 budget returns – "
                            "figures needed by Thursday”.",
                            "sw": "Kwa hakika kinapaswa kueleza yote mawili, kwa mfano “Taarifa "
                            "ya bajeti robo ya tatu – takwimu zinahitajika kabla ya Alhamisi”.",
                            "ar": "بل ينبغي أن يجمع بين الأمرين، ومثال ذلك: «بيانات موازنة الربع "
                            "الثالث – الأرقام مطلوبة قبل يوم الخميس».",
                            "fr": "Au contraire, il doit indiquer les deux, par exemple « "
                            "Exécution budgétaire T3 – chiffres attendus pour jeudi ».",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "short_text",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "You are emailing an invitation to 40 people outside the ministry. In "
                    "which address field should you put their addresses so that they cannot see "
                    "each other’s addresses? Give the short name of the field.",
                    "sw": "Unatuma mwaliko kwa barua pepe kwa watu 40 walio nje ya wizara. "
                    "Unapaswa kuweka anwani zao katika sehemu gani ili wasione anwani za wenzao? "
                    "Andika jina fupi la sehemu hiyo.",
                    "ar": "سترسل دعوة بالبريد الإلكتروني إلى 40 شخصًا من خارج الوزارة. في أي خانة "
                    "تضع عناوينهم حتى لا يرى أيٌّ منهم عناوين الآخرين؟ اكتب اسم الخانة مختصرًا.",
                    "fr": "Vous envoyez une invitation par courriel à 40 personnes extérieures au "
                    "ministère. Dans quel champ placez-vous leurs adresses pour qu’elles ne "
                    "voient pas celles des autres ? Indiquez le nom abrégé du champ.",
                },
                "explanation": {
                    "en": "Bcc hides the recipients’ addresses from one another, so you do not "
                    "reveal everyone’s address to everyone else.",
                    "sw": "Nakala fiche (Bcc) huficha anwani za wapokeaji wasizione wao kwa wao, "
                    "hivyo huonyeshi anwani ya kila mmoja kwa wengine wote.",
                    "ar": "تُخفي خانة النسخة المخفية (Bcc) عناوين المستلمين بعضهم عن بعض، فلا "
                    "تكشف عنوان كل شخص للآخرين.",
                    "fr": "Le champ Cci masque les adresses des destinataires les uns aux "
                    "autres : vous ne révélez pas l’adresse de chacun à tous.",
                },
                "choices": [],
                "accepted_answers": {
                    "en": ["Bcc", "Bcc field", "Blind carbon copy", "Blind copy"],
                    "sw": ["Bcc", "Nakala fiche", "Nakala iliyofichwa", "Blind carbon copy"],
                    "ar": [
                        "Bcc",
                        "نسخة مخفية",
                        "النسخة المخفية",
                        "نسخة مخفية الوجهة",
                        "نسخة كربونية مخفية",
                    ],
                    "fr": ["Cci", "Copie cachée", "Copie carbone invisible", "Bcc"],
                },
            },
            {
                "kind": "true_false",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "To finish a report at home, it is acceptable to forward official "
                    "documents to your personal email account.",
                    "sw": "Ili kumalizia ripoti ukiwa nyumbani, inakubalika kusambaza nyaraka "
                    "rasmi kwenda kwenye barua pepe yako binafsi.",
                    "ar": "لإنهاء تقرير في المنزل، يجوز إعادة توجيه الوثائق الرسمية إلى بريدك "
                    "الإلكتروني الشخصي.",
                    "fr": "Pour terminer un rapport chez vous, vous pouvez transférer des "
                    "documents officiels vers votre messagerie personnelle.",
                },
                "explanation": {
                    "en": "Forwarding official documents to a personal account takes them outside "
                    "the ministry’s protection. To work from home, use the approved remote access "
                    "instead.",
                    "sw": "Kusambaza nyaraka rasmi kwenye akaunti binafsi kunazitoa nje ya ulinzi "
                    "wa wizara. Ili kufanya kazi ukiwa nyumbani, tumia njia ya kuunganishwa kwa "
                    "mbali iliyoidhinishwa.",
                    "ar": "إعادة توجيه الوثائق الرسمية إلى حساب شخصي تُخرجها من نطاق حماية "
                    "الوزارة. وللعمل من المنزل، استخدم وسيلة الوصول عن بُعد المعتمدة.",
                    "fr": "Transférer des documents officiels vers une messagerie personnelle les "
                    "fait sortir de la protection du ministère. Pour travailler chez vous, passez "
                    "par l’accès à distance autorisé.",
                },
                "choices": [
                    {
                        "text": {"en": "True", "sw": "Kweli", "ar": "صحيح", "fr": "Vrai"},
                        "correct": False,
                        "feedback": {
                            "en": "No: official documents must not go to personal accounts; use "
                            "the approved remote access instead.",
                            "sw": "Si sahihi: nyaraka rasmi hazipaswi kwenda kwenye akaunti "
                            "binafsi; tumia njia ya kuunganishwa kwa mbali iliyoidhinishwa.",
                            "ar": "غير صحيح، فلا يجوز إرسال الوثائق الرسمية إلى الحسابات الشخصية، "
                            "بل استخدم وسيلة الوصول عن بُعد المعتمدة.",
                            "fr": "Non : les documents officiels ne doivent pas aller vers une "
                            "messagerie personnelle ; utilisez l’accès à distance autorisé.",
                        },
                    },
                    {
                        "text": {"en": "False", "sw": "Si kweli", "ar": "خطأ", "fr": "Faux"},
                        "correct": True,
                        "feedback": {
                            "en": "Correct: to work from home, use the ministry’s approved remote "
                            "access.",
                            "sw": "Sahihi: ili kufanya kazi ukiwa nyumbani, tumia njia ya "
                            "kuunganishwa kwa mbali iliyoidhinishwa na wizara.",
                            "ar": "أحسنت، فللعمل من المنزل تُستخدم وسيلة الوصول عن بُعد المعتمدة "
                            "في الوزارة.",
                            "fr": "Exact : pour travailler chez vous, utilisez l’accès à distance "
                            "autorisé par le ministère.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "single",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "Your unit names files by date, then subject, then version. Which file "
                    "name follows this pattern best?",
                    "sw": "Kitengo chako huyapa mafaili majina kwa tarehe, kisha mada, kisha "
                    "toleo. Jina lipi la faili linafuata utaratibu huu vizuri zaidi?",
                    "ar": "تسمّي وحدتك الملفات بالتاريخ ثم الموضوع ثم رقم النسخة. أيّ اسم ملف "
                    "يتّبع هذا النمط على أفضل وجه؟",
                    "fr": "Votre unité nomme les fichiers selon la règle date, sujet, version. "
                    "Quel nom de fichier respecte le mieux cette règle ?",
                },
                "explanation": {
                    "en": "A good pattern puts the date first as year-month-day, then the "
                    "subject, then the version. Files then stay in date order, with no special "
                    "characters such as / or :.",
                    "sw": "Utaratibu mzuri huanza na tarehe kwa mpangilio wa mwaka-mwezi-siku, "
                    "kisha mada, kisha toleo. Hivyo mafaili hujipanga kwa tarehe, bila alama "
                    "maalum kama / au :.",
                    "ar": "يبدأ النمط الجيد بالتاريخ بترتيب السنة ثم الشهر ثم اليوم، ثم الموضوع، "
                    "ثم رقم النسخة. وبذلك تبقى الملفات مرتّبة زمنيًا دون رموز خاصة كالشرطة "
                    "المائلة أو النقطتين.",
                    "fr": "Une bonne règle place d’abord la date (année-mois-jour), puis le "
                    "sujet, puis la version. Les fichiers restent ainsi classés par date, sans "
                    "caractères spéciaux comme / ou :.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "2024-03-15_Procurement-plan_v02.docx",
                            "sw": "2024-03-15_Mpango-wa-ununuzi_v02.docx",
                            "ar": "2024-03-15_Procurement-plan_v02.docx",
                            "fr": "2024-03-15_Plan-de-passation-des-marches_v02.docx",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Correct: the year-month-day date keeps files in order, and the "
                            "version is clear.",
                            "sw": "Sahihi: tarehe ya mwaka-mwezi-siku hupanga mafaili kwa "
                            "mpangilio, na toleo linaonekana wazi.",
                            "ar": "صحيح، فالتاريخ بترتيب السنة ثم الشهر ثم اليوم يرتّب الملفات "
                            "زمنيًا، ورقم النسخة واضح.",
                            "fr": "Exact : la date année-mois-jour classe les fichiers dans "
                            "l’ordre, et la version est claire.",
                        },
                    },
                    {
                        "text": {
                            "en": "Procurement plan new new FINAL.docx",
                            "sw": "Mpango wa ununuzi mpya mpya ya mwisho.docx",
                            "ar": "Procurement plan new new FINAL.docx",
                            "fr": "Plan de passation nouveau nouveau final.docx",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "A name like this has no date and does not show which version "
                            "is the latest.",
                            "sw": "Jina kama hili halina tarehe na halionyeshi toleo lipi ni la "
                            "karibuni.",
                            "ar": "اسم كهذا لا يتضمن تاريخًا، ولا يبيّن أي نسخة هي الأحدث.",
                            "fr": "Un tel nom n’a pas de date et ne permet pas de savoir quelle "
                            "version est la plus récente.",
                        },
                    },
                    {
                        "text": {
                            "en": "15/03/2024 Procurement plan.docx",
                            "sw": "15/03/2024 Mpango wa ununuzi.docx",
                            "ar": "15/03/2024 Procurement plan.docx",
                            "fr": "15/03/2024 Plan de passation.docx",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Slashes are special characters that some systems reject, and a "
                            "date that starts with the day does not sort in order.",
                            "sw": "Mikwaju ni alama maalum ambazo baadhi ya mifumo haizikubali, "
                            "na tarehe inayoanza na siku haipangi mafaili kwa mpangilio.",
                            "ar": "الشرطات المائلة رموز خاصة ترفضها بعض الأنظمة، والتاريخ الذي "
                            "يبدأ باليوم لا يرتّب الملفات زمنيًا.",
                            "fr": "Les barres obliques sont des caractères spéciaux que certains "
                            "systèmes refusent, et une date qui commence par le jour ne se classe "
                            "pas dans l’ordre.",
                        },
                    },
                    {
                        "text": {
                            "en": "document1.docx",
                            "sw": "document1.docx",
                            "ar": "document1.docx",
                            "fr": "document1.docx",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "This name says nothing about the content, so colleagues will "
                            "not find the file.",
                            "sw": "Jina hili halielezi chochote kuhusu maudhui, hivyo wenzako "
                            "hawataweza kulipata faili.",
                            "ar": "هذا الاسم لا يدلّ على المحتوى، فلن يتمكّن زملاؤك من العثور على "
                            "الملف.",
                            "fr": "Ce nom ne dit rien du contenu : vos collègues ne retrouveront "
                            "pas le fichier.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "multiple",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "Why should you save work files on the shared drive rather than only on "
                    "your own computer? Select all that apply.",
                    "sw": "Kwa nini uhifadhi mafaili ya kazi kwenye hifadhi ya pamoja badala ya "
                    "kwenye kompyuta yako pekee? Chagua majibu yote sahihi.",
                    "ar": "لماذا ينبغي أن تحفظ ملفات العمل على محرك الأقراص المشترك بدلًا من "
                    "حاسوبك وحده؟ اختر كل الإجابات الصحيحة.",
                    "fr": "Pourquoi enregistrer vos fichiers de travail sur le lecteur partagé "
                    "plutôt que seulement sur votre ordinateur ? Cochez toutes les bonnes "
                    "réponses.",
                },
                "explanation": {
                    "en": "The shared drive is backed up every night, access to it is controlled, "
                    "and colleagues can reach the latest version when you are away. It still "
                    "needs clear file names and respect for access rights.",
                    "sw": "Hifadhi ya pamoja huwekewa nakala rudufu kila usiku, ufikiaji wake "
                    "unadhibitiwa, na wenzako hupata toleo la karibuni usipokuwepo. Hata hivyo "
                    "bado inahitaji majina ya mafaili yaliyo wazi na kuheshimu haki za ufikiaji.",
                    "ar": "تُؤخذ من المحرك المشترك نسخة احتياطية كل ليلة، ويخضع الوصول إليه "
                    "للرقابة، ويصل زملاؤك إلى أحدث نسخة في غيابك. لكنه يظل بحاجة إلى أسماء ملفات "
                    "واضحة وإلى احترام صلاحيات الوصول.",
                    "fr": "Le lecteur partagé est sauvegardé chaque nuit, son accès est contrôlé "
                    "et vos collègues y trouvent la dernière version en votre absence. Il faut "
                    "malgré tout des noms de fichiers clairs et le respect des droits d’accès.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "It is backed up every night.",
                            "sw": "Huwekewa nakala rudufu kila usiku.",
                            "ar": "تُؤخذ منه نسخة احتياطية كل ليلة.",
                            "fr": "Il est sauvegardé chaque nuit.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: a file kept only on your computer or a USB stick can be "
                            "lost with the device.",
                            "sw": "Ndiyo: faili lililo kwenye kompyuta yako au USB pekee linaweza "
                            "kupotea pamoja na kifaa.",
                            "ar": "نعم، فالملف الموجود على حاسوبك أو على ذاكرة USB فقط قد يضيع مع "
                            "الجهاز.",
                            "fr": "Oui : un fichier présent uniquement sur votre ordinateur ou "
                            "une clé USB peut disparaître avec l’appareil.",
                        },
                    },
                    {
                        "text": {
                            "en": "Access to it is controlled.",
                            "sw": "Ufikiaji wake unadhibitiwa.",
                            "ar": "يخضع الوصول إليه للرقابة.",
                            "fr": "Son accès est contrôlé.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: only people with the right permissions can open each "
                            "folder.",
                            "sw": "Ndiyo: ni wenye ruhusa stahiki pekee wanaoweza kufungua kila "
                            "folda.",
                            "ar": "نعم، فلا يفتح كل مجلد إلا من يملك الصلاحيات المناسبة.",
                            "fr": "Oui : seules les personnes autorisées peuvent ouvrir chaque "
                            "dossier.",
                        },
                    },
                    {
                        "text": {
                            "en": "Colleagues can find the latest version while you are on leave.",
                            "sw": "Wenzako wanaweza kupata toleo la karibuni ukiwa likizoni.",
                            "ar": "يستطيع زملاؤك العثور على أحدث نسخة وأنت في إجازة.",
                            "fr": "Vos collègues peuvent trouver la dernière version pendant vos "
                            "congés.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: the work can continue while you are away.",
                            "sw": "Ndiyo: kazi inaendelea hata usipokuwepo.",
                            "ar": "نعم، فيستمر العمل في غيابك.",
                            "fr": "Oui : le travail continue en votre absence.",
                        },
                    },
                    {
                        "text": {
                            "en": "It lets you open any folder in the ministry.",
                            "sw": "Inakuwezesha kufungua folda yoyote ya wizara.",
                            "ar": "يتيح لك فتح أي مجلد في الوزارة.",
                            "fr": "Il vous permet d’ouvrir n’importe quel dossier du ministère.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: respect access rights, and report a folder you should not "
                            "be able to see.",
                            "sw": "Hapana: heshimu haki za ufikiaji, na uripoti folda ambayo "
                            "hupaswi kuiona.",
                            "ar": "لا، بل يجب احترام صلاحيات الوصول والإبلاغ عن أي مجلد لا ينبغي "
                            "أن تطّلع عليه.",
                            "fr": "Non : respectez les droits d’accès et signalez un dossier que "
                            "vous ne devriez pas voir.",
                        },
                    },
                    {
                        "text": {
                            "en": "Files saved there do not need clear names, because the system "
                            "finds them for you.",
                            "sw": "Mafaili yaliyohifadhiwa humo hayahitaji majina yaliyo wazi, "
                            "kwa sababu mfumo huyatafuta wenyewe.",
                            "ar": "لا تحتاج الملفات المحفوظة فيه إلى أسماء واضحة، لأن النظام يعثر "
                            "عليها عنك.",
                            "fr": "Les fichiers qui y sont enregistrés n’ont pas besoin de noms "
                            "clairs, car le système les retrouve pour vous.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: agree on one naming pattern in your unit so that others "
                            "can find files.",
                            "sw": "Hapana: kubalianeni utaratibu mmoja wa majina katika kitengo "
                            "chenu ili wengine wayapate mafaili.",
                            "ar": "لا، بل اتفقوا في وحدتكم على نمط تسمية واحد حتى يجد الآخرون "
                            "الملفات.",
                            "fr": "Non : convenez d’une règle de nommage unique dans votre unité "
                            "pour que chacun retrouve les fichiers.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "single",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "The genuine tax portal uses the domain tax.example.gov. On which of "
                    "these addresses is it safe to sign in?",
                    "sw": "Mfumo halisi wa kodi unatumia kikoa tax.example.gov. Ni anwani ipi "
                    "kati ya hizi ambayo ni salama kuingilia?",
                    "ar": "تستخدم بوابة الضرائب الحقيقية النطاق tax.example.gov. على أيٍّ من هذه "
                    "العناوين يكون تسجيل الدخول آمنًا؟",
                    "fr": "Le vrai portail fiscal utilise le domaine tax.example.gov. Sur "
                    "laquelle de ces adresses pouvez-vous vous connecter sans risque ?",
                },
                "explanation": {
                    "en": "Read the domain name, the part just before the first single slash. "
                    "Only an address whose domain ends in tax.example.gov belongs to the tax "
                    "portal, and HTTPS alone does not prove a site is genuine.",
                    "sw": "Soma jina la kikoa, yaani sehemu iliyo kabla ya mkwaju wa kwanza ulio "
                    "peke yake. Anwani ambayo kikoa chake kinaishia na tax.example.gov pekee "
                    "ndiyo ya mfumo wa kodi, na HTTPS peke yake haithibitishi kuwa tovuti ni "
                    "halali.",
                    "ar": "اقرأ اسم النطاق، وهو الجزء الذي يسبق أول شرطة مائلة مفردة. ولا يعود "
                    "إلى بوابة الضرائب إلا عنوان ينتهي نطاقه بـ tax.example.gov، ووجود HTTPS وحده "
                    "لا يثبت أن الموقع حقيقي.",
                    "fr": "Lisez le nom de domaine, c’est-à-dire la partie située juste avant la "
                    "première barre oblique simple. Seule une adresse dont le domaine se termine "
                    "par tax.example.gov appartient au portail fiscal, et HTTPS ne prouve pas à "
                    "lui seul qu’un site est authentique.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "https://portal.tax.example.gov/login",
                            "sw": "https://portal.tax.example.gov/login",
                            "ar": "https://portal.tax.example.gov/login",
                            "fr": "https://portal.tax.example.gov/login",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Correct: the part just before the first single slash ends in "
                            "tax.example.gov.",
                            "sw": "Sahihi: sehemu iliyo kabla ya mkwaju wa kwanza ulio peke yake "
                            "inaishia na tax.example.gov.",
                            "ar": "صحيح، فالجزء الذي يسبق أول شرطة مائلة مفردة ينتهي بـ "
                            "tax.example.gov.",
                            "fr": "Exact : la partie située juste avant la première barre oblique "
                            "simple se termine par tax.example.gov.",
                        },
                    },
                    {
                        "text": {
                            "en": "https://tax-example-gov.com/login",
                            "sw": "https://tax-example-gov.com/login",
                            "ar": "https://tax-example-gov.com/login",
                            "fr": "https://tax-example-gov.com/login",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "This look-alike domain is tax-example-gov.com and belongs to "
                            "someone else; HTTPS does not change that.",
                            "sw": "Kikoa hiki kinachofanana ni tax-example-gov.com, ambacho ni "
                            "cha mtu mwingine; HTTPS haibadilishi hilo.",
                            "ar": "هذا نطاق مشابه هو tax-example-gov.com ويعود إلى جهة أخرى، "
                            "ووجود HTTPS لا يغيّر ذلك.",
                            "fr": "Ce domaine d’imitation est tax-example-gov.com et appartient à "
                            "quelqu’un d’autre ; HTTPS n’y change rien.",
                        },
                    },
                    {
                        "text": {
                            "en": "https://example.gov.login-secure.net/tax",
                            "sw": "https://example.gov.login-secure.net/tax",
                            "ar": "https://example.gov.login-secure.net/tax",
                            "fr": "https://example.gov.login-secure.net/tax",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "The real domain here is login-secure.net; the words "
                            "example.gov at the start are a trick.",
                            "sw": "Kikoa halisi hapa ni login-secure.net; maneno example.gov "
                            "yaliyo mwanzoni ni mtego.",
                            "ar": "النطاق الحقيقي هنا هو login-secure.net، أما عبارة example.gov "
                            "في البداية فخدعة.",
                            "fr": "Le vrai domaine est ici login-secure.net ; les mots "
                            "example.gov au début sont un piège.",
                        },
                    },
                    {
                        "text": {
                            "en": "https://tax.example.gov.verify-account.info/login",
                            "sw": "https://tax.example.gov.verify-account.info/login",
                            "ar": "https://tax.example.gov.verify-account.info/login",
                            "fr": "https://tax.example.gov.verify-account.info/login",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "The domain is verify-account.info, not tax.example.gov: read "
                            "the end of the name, just before the first single slash.",
                            "sw": "Kikoa ni verify-account.info, si tax.example.gov: soma mwisho "
                            "wa jina, kabla ya mkwaju wa kwanza ulio peke yake.",
                            "ar": "النطاق هو verify-account.info وليس tax.example.gov، فاقرأ "
                            "نهاية الاسم قبل أول شرطة مائلة مفردة.",
                            "fr": "Le domaine est verify-account.info, et non tax.example.gov : "
                            "lisez la fin du nom, juste avant la première barre oblique simple.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "multiple",
                "scoring": "partial",
                "text": {
                    "en": "Which of these are safe habits when you browse the web at work? Select "
                    "all that apply.",
                    "sw": "Tabia zipi kati ya hizi ni salama unapovinjari mtandao ukiwa kazini? "
                    "Chagua majibu yote sahihi.",
                    "ar": "أيٌّ مما يلي من العادات الآمنة عند تصفّح الإنترنت في العمل؟ اختر كل "
                    "الإجابات الصحيحة.",
                    "fr": "Parmi ces pratiques, lesquelles sont sûres lorsque vous naviguez sur "
                    "le Web au bureau ? Cochez toutes les bonnes réponses.",
                },
                "explanation": {
                    "en": "Bookmarks, approved software sources and an up-to-date browser keep "
                    "you safe. Fake virus pop-ups and unapproved online tools put you and "
                    "official data at risk.",
                    "sw": "Alamisho, vyanzo vya programu vilivyoidhinishwa na kivinjari "
                    "kilichosasishwa hukulinda. Madirisha ibukizi ya virusi bandia na huduma za "
                    "mtandaoni zisizoidhinishwa hukuweka hatarini wewe pamoja na taarifa rasmi.",
                    "ar": "الإشارات المرجعية ومصادر البرامج المعتمدة والمتصفح المحدَّث تحميك. أما "
                    "النوافذ المنبثقة المزيّفة والأدوات الإلكترونية غير المعتمدة فتعرّضك أنت "
                    "والبيانات الرسمية للخطر.",
                    "fr": "Les favoris, les sources de logiciels approuvées et un navigateur à "
                    "jour vous protègent. Les fausses alertes de virus et les outils en ligne non "
                    "approuvés vous mettent en danger, vous et les données officielles.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Typing the address of an important service yourself, or using "
                            "a saved bookmark",
                            "sw": "Kuandika mwenyewe anwani ya huduma muhimu, au kutumia alamisho "
                            "ulilohifadhi",
                            "ar": "كتابة عنوان الخدمة المهمة بنفسك، أو استخدام إشارة مرجعية محفوظة",
                            "fr": "Saisir vous-même l’adresse d’un service important, ou utiliser "
                            "un favori enregistré",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: this avoids look-alike links sent in messages.",
                            "sw": "Ndiyo: hivyo unaepuka viungo bandia vinavyotumwa kwenye jumbe.",
                            "ar": "نعم، فبذلك تتجنّب الروابط المقلَّدة الواردة في الرسائل.",
                            "fr": "Oui : vous évitez ainsi les liens d’imitation reçus dans les "
                            "messages.",
                        },
                    },
                    {
                        "text": {
                            "en": "Downloading software only from the ICT unit or the official "
                            "vendor site",
                            "sw": "Kupakua programu kutoka Kitengo cha TEHAMA au tovuti rasmi ya "
                            "mtengenezaji pekee",
                            "ar": "تنزيل البرامج من وحدة تقنية المعلومات أو من الموقع الرسمي "
                            "للمورّد فقط",
                            "fr": "Ne télécharger de logiciels qu’auprès du service informatique "
                            "ou sur le site officiel de l’éditeur",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: and ask the service desk before installing anything.",
                            "sw": "Ndiyo: na uliza Dawati la Huduma kabla ya kusakinisha chochote.",
                            "ar": "نعم، مع استشارة مكتب الخدمة قبل تثبيت أي شيء.",
                            "fr": "Oui, et demandez l’avis du service d’assistance avant toute "
                            "installation.",
                        },
                    },
                    {
                        "text": {
                            "en": "Installing browser updates when they are offered",
                            "sw": "Kusakinisha masasisho ya kivinjari yanapotolewa",
                            "ar": "تثبيت تحديثات المتصفح عند توفّرها",
                            "fr": "Installer les mises à jour du navigateur dès qu’elles sont "
                            "proposées",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: updates close security holes.",
                            "sw": "Ndiyo: masasisho huziba mianya ya usalama.",
                            "ar": "نعم، فالتحديثات تسدّ الثغرات الأمنية.",
                            "fr": "Oui : les mises à jour corrigent des failles de sécurité.",
                        },
                    },
                    {
                        "text": {
                            "en": "Calling the number shown in a pop-up that says your computer "
                            "is infected",
                            "sw": "Kupiga namba iliyoonyeshwa kwenye dirisha ibukizi linalodai "
                            "kwamba kompyuta yako ina virusi",
                            "ar": "الاتصال بالرقم الظاهر في نافذة منبثقة تزعم أن حاسوبك مصاب "
                            "بفيروس",
                            "fr": "Appeler le numéro affiché par une fenêtre surgissante qui "
                            "annonce que votre ordinateur est infecté",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: close such pop-ups and never call the numbers they display.",
                            "sw": "Hapana: funga madirisha kama hayo na kamwe usipige namba "
                            "zinazoonyeshwa humo.",
                            "ar": "لا، أغلق هذه النوافذ ولا تتصل أبدًا بالأرقام التي تعرضها.",
                            "fr": "Non : fermez ces fenêtres et n’appelez jamais les numéros "
                            "qu’elles affichent.",
                        },
                    },
                    {
                        "text": {
                            "en": "Pasting a confidential report into a free online translation "
                            "tool to save time",
                            "sw": "Kubandika ripoti ya siri kwenye huduma ya bure ya kutafsiri "
                            "mtandaoni ili kuokoa muda",
                            "ar": "لصق تقرير سري في أداة ترجمة مجانية على الإنترنت لتوفير الوقت",
                            "fr": "Coller un rapport confidentiel dans un outil de traduction "
                            "gratuit en ligne pour gagner du temps",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: free online tools may keep a copy of everything you upload.",
                            "sw": "Hapana: huduma za bure za mtandaoni zinaweza kuhifadhi nakala "
                            "ya kila unachopakia.",
                            "ar": "لا، فالأدوات المجانية على الإنترنت قد تحتفظ بنسخة من كل ما "
                            "ترفعه إليها.",
                            "fr": "Non : les outils gratuits en ligne peuvent conserver une copie "
                            "de tout ce que vous y déposez.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "short_text",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "You are at an airport and need to sign in to a government system over "
                    "the public Wi-Fi. What must you connect through first? Give the three-letter "
                    "abbreviation.",
                    "sw": "Uko uwanja wa ndege na unahitaji kuingia kwenye mfumo wa Serikali "
                    "kupitia Wi-Fi ya umma. Unapaswa kuunganisha kupitia nini kwanza? Andika "
                    "kifupisho chenye herufi tatu.",
                    "ar": "أنت في مطار وتحتاج إلى تسجيل الدخول إلى نظام حكومي عبر شبكة Wi-Fi "
                    "العامة. من خلال أي وسيلة يجب أن تتصل أولًا؟ اكتب الاختصار المكوّن من ثلاثة "
                    "أحرف.",
                    "fr": "Vous êtes à l’aéroport et devez vous connecter à un système de "
                    "l’administration par le Wi-Fi public. Par quoi devez-vous d’abord passer ? "
                    "Donnez le sigle de trois lettres.",
                },
                "explanation": {
                    "en": "On hotel, café or airport Wi-Fi, sign in to government systems only "
                    "through the ministry’s VPN, which protects your connection on a network you "
                    "cannot trust.",
                    "sw": "Kwenye Wi-Fi ya hoteli, mgahawa au uwanja wa ndege, ingia kwenye "
                    "mifumo ya Serikali kupitia VPN ya wizara pekee, inayolinda mawasiliano yako "
                    "kwenye mtandao usioaminika.",
                    "ar": "عند استخدام شبكة Wi-Fi في فندق أو مقهى أو مطار، لا تدخل إلى الأنظمة "
                    "الحكومية إلا عبر الشبكة الافتراضية الخاصة (VPN) التابعة للوزارة، فهي تحمي "
                    "اتصالك على شبكة لا يمكنك الوثوق بها.",
                    "fr": "Sur le Wi-Fi d’un hôtel, d’un café ou d’un aéroport, ne vous connectez "
                    "aux systèmes de l’administration qu’en passant par le VPN du ministère, qui "
                    "protège votre connexion sur un réseau non fiable.",
                },
                "choices": [],
                "accepted_answers": {
                    "en": [
                        "VPN",
                        "the VPN",
                        "ministry VPN",
                        "the ministry's VPN",
                        "virtual private network",
                    ],
                    "sw": [
                        "VPN",
                        "VPN ya wizara",
                        "mtandao binafsi pepe",
                        "virtual private network",
                    ],
                    "ar": ["VPN", "الشبكة الافتراضية الخاصة", "شبكة افتراضية خاصة", "في بي إن"],
                    "fr": [
                        "VPN",
                        "le VPN",
                        "VPN du ministère",
                        "réseau privé virtuel",
                        "reseau prive virtuel",
                        "RPV",
                    ],
                },
            },
            {
                "kind": "single",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "A payment must be approved in the financial management system today, "
                    "but the officer responsible is on leave. A colleague suggests you sign in "
                    "with that officer’s account. What should you do?",
                    "sw": "Malipo yanapaswa kuidhinishwa leo kwenye mfumo wa usimamizi wa fedha, "
                    "lakini afisa anayehusika yuko likizo. Mwenzako anapendekeza uingie kwenye "
                    "mfumo kwa akaunti ya afisa huyo. Unapaswa kufanya nini?",
                    "ar": "يجب اعتماد دفعة مالية اليوم في نظام الإدارة المالية، لكن الموظف "
                    "المسؤول في إجازة. ويقترح عليك زميل أن تسجّل الدخول بحساب ذلك الموظف. ماذا "
                    "تفعل؟",
                    "fr": "Un paiement doit être validé aujourd’hui dans le système de gestion "
                    "des finances publiques, mais l’agent responsable est en congé. Un collègue "
                    "vous propose de vous connecter avec le compte de cet agent. Que faites-vous ?",
                },
                "explanation": {
                    "en": "Each account in a government system is linked to one person and their "
                    "permissions, and every action is recorded under that name. If your duties "
                    "need more access, your supervisor requests it from the system administrator.",
                    "sw": "Kila akaunti ya mfumo wa Serikali imeunganishwa na mtu mmoja na ruhusa "
                    "zake, na kila hatua hurekodiwa kwa jina hilo. Ikiwa majukumu yako yanahitaji "
                    "ruhusa zaidi, msimamizi wako huziomba kwa msimamizi wa mfumo.",
                    "ar": "يرتبط كل حساب في الأنظمة الحكومية بشخص واحد وبصلاحياته، ويُسجَّل كل "
                    "إجراء باسمه. وإذا احتجت إلى صلاحيات إضافية لأداء مهامك، يطلبها رئيسك المباشر "
                    "من مسؤول النظام.",
                    "fr": "Chaque compte d’un système de l’administration est lié à une personne "
                    "et à ses droits, et chaque action est enregistrée à son nom. Si vos "
                    "fonctions exigent plus d’accès, votre supérieur en fait la demande auprès de "
                    "l’administrateur du système.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Refuse, and ask your supervisor to request the access you need "
                            "from the system administrator.",
                            "sw": "Kataa, na umwombe msimamizi wako akuombee ruhusa unazohitaji "
                            "kwa msimamizi wa mfumo.",
                            "ar": "ارفض، واطلب من رئيسك المباشر أن يطلب لك الصلاحيات اللازمة من "
                            "مسؤول النظام.",
                            "fr": "Vous refusez et demandez à votre supérieur de solliciter les "
                            "droits nécessaires auprès de l’administrateur du système.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Correct: every account belongs to one person, and extra access "
                            "is requested through proper channels.",
                            "sw": "Sahihi: kila akaunti ni ya mtu mmoja, na ruhusa za ziada "
                            "huombwa kwa njia rasmi.",
                            "ar": "صحيح، فكل حساب يخص شخصًا واحدًا، والصلاحيات الإضافية تُطلب عبر "
                            "القنوات الرسمية.",
                            "fr": "Exact : chaque compte appartient à une seule personne, et les "
                            "droits supplémentaires se demandent par la voie officielle.",
                        },
                    },
                    {
                        "text": {
                            "en": "Use the account just this once, because it is to help the team.",
                            "sw": "Tumia akaunti hiyo mara hii moja tu, kwa kuwa ni kwa ajili ya "
                            "kusaidia timu.",
                            "ar": "استخدم الحساب هذه المرة فقط، فالغرض مساعدة الفريق.",
                            "fr": "Vous utilisez le compte pour cette fois, puisque c’est pour "
                            "dépanner l’équipe.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Everything done with an account is recorded under its owner’s "
                            "name, so the audit trail would be wrong.",
                            "sw": "Kila kinachofanyika kupitia akaunti hurekodiwa kwa jina la "
                            "mmiliki wake, hivyo kumbukumbu za ukaguzi zingepotoshwa.",
                            "ar": "كل ما يُنجَز بالحساب يُسجَّل باسم صاحبه، فيصبح سجلّ التدقيق مضلِّلًا.",
                            "fr": "Tout ce qui est fait avec un compte est enregistré au nom de "
                            "son titulaire : la piste d’audit serait faussée.",
                        },
                    },
                    {
                        "text": {
                            "en": "Call the officer and ask them to send you their password by "
                            "SMS.",
                            "sw": "Mpigie simu afisa huyo akutumie nenosiri lake kwa SMS.",
                            "ar": "اتصل بالموظف واطلب منه أن يرسل إليك كلمة مروره في رسالة نصية.",
                            "fr": "Vous appelez l’agent pour qu’il vous envoie son mot de passe "
                            "par SMS.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Even with the owner’s consent, sharing login details is never "
                            "allowed.",
                            "sw": "Hata mmiliki akikubali, kushirikishana taarifa za kuingia "
                            "hakuruhusiwi kamwe.",
                            "ar": "لا يجوز تبادل بيانات الدخول أبدًا، حتى بموافقة صاحب الحساب.",
                            "fr": "Même avec l’accord du titulaire, communiquer ses identifiants "
                            "est interdit.",
                        },
                    },
                    {
                        "text": {
                            "en": "Use the account, then tell the officer when they come back.",
                            "sw": "Tumia akaunti hiyo, kisha umjulishe afisa huyo atakaporudi.",
                            "ar": "استخدم الحساب، ثم أخبر الموظف عند عودته.",
                            "fr": "Vous utilisez le compte, puis vous prévenez l’agent à son "
                            "retour.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Telling them afterwards does not change the fact that the "
                            "actions are recorded under their name.",
                            "sw": "Kumjulisha baadaye hakubadilishi ukweli kwamba hatua hizo "
                            "zimerekodiwa kwa jina lake.",
                            "ar": "إخباره لاحقًا لا يغيّر أن هذه الإجراءات سُجّلت باسمه.",
                            "fr": "Le prévenir après coup ne change rien : les actions restent "
                            "enregistrées à son nom.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "multiple",
                "scoring": "partial",
                "text": {
                    "en": "While submitting a return on a government portal, you get an error "
                    "message and are not sure the submission worked. What should you do? Select "
                    "all that apply.",
                    "sw": "Unapowasilisha ritani kwenye mfumo wa Serikali mtandaoni, unapata "
                    "ujumbe wa hitilafu na huna uhakika kama uwasilishaji umefanikiwa. Unapaswa "
                    "kuchukua hatua zipi? Chagua majibu yote sahihi.",
                    "ar": "في أثناء تقديم إقرار عبر بوابة حكومية، ظهرت لك رسالة خطأ ولم تتأكد من "
                    "نجاح الإرسال. ماذا تفعل؟ اختر كل الإجابات الصحيحة.",
                    "fr": "En déposant une déclaration sur un portail de l’administration, vous "
                    "obtenez un message d’erreur et ne savez pas si l’envoi a abouti. Que "
                    "devez-vous faire ? Cochez toutes les bonnes réponses.",
                },
                "explanation": {
                    "en": "When a portal goes wrong, do not work around the problem. Record the "
                    "details, take a screenshot and report it so that it is fixed properly.",
                    "sw": "Mfumo ukipata hitilafu, usilikwepe tatizo. Andika taarifa zake, piga "
                    "picha ya skrini na uripoti ili tatizo litatuliwe ipasavyo.",
                    "ar": "عند حدوث خلل في البوابة، لا تلتفّ على المشكلة، بل دوّن التفاصيل والتقط "
                    "صورة للشاشة وأبلغ عنها حتى تُعالَج كما ينبغي.",
                    "fr": "Quand un portail dysfonctionne, ne contournez pas le problème : notez "
                    "les détails, faites une capture d’écran et signalez-le pour qu’il soit "
                    "corrigé correctement.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Note the exact error message, the time and what you were doing",
                            "sw": "Andika ujumbe kamili wa hitilafu, muda na ulichokuwa ukifanya",
                            "ar": "دوّن نص رسالة الخطأ كما هو، والوقت، وما كنت تفعله",
                            "fr": "Noter le message d’erreur exact, l’heure et ce que vous faisiez",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: these details help the service desk find the cause "
                            "quickly.",
                            "sw": "Ndiyo: taarifa hizi husaidia Dawati la Huduma kubaini chanzo "
                            "haraka.",
                            "ar": "نعم، فهذه التفاصيل تساعد مكتب الخدمة على معرفة السبب بسرعة.",
                            "fr": "Oui : ces détails aident le service d’assistance à trouver "
                            "vite la cause.",
                        },
                    },
                    {
                        "text": {
                            "en": "Take a screenshot if you can",
                            "sw": "Piga picha ya skrini ukiweza",
                            "ar": "التقط صورة للشاشة إن أمكن",
                            "fr": "Faire une capture d’écran si possible",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: a screenshot shows exactly what you saw.",
                            "sw": "Ndiyo: picha ya skrini inaonyesha hasa kile ulichokiona.",
                            "ar": "نعم، فصورة الشاشة تُظهر بدقة ما رأيته.",
                            "fr": "Oui : la capture montre exactement ce que vous avez vu.",
                        },
                    },
                    {
                        "text": {
                            "en": "Report it to the ICT service desk or the system’s help desk, "
                            "quoting any reference number you have",
                            "sw": "Ripoti kwa Dawati la Huduma za TEHAMA au dawati la msaada la "
                            "mfumo, ukitaja namba yoyote ya kumbukumbu uliyo nayo",
                            "ar": "أبلغ مكتب خدمة تقنية المعلومات أو مكتب دعم النظام، مع ذكر أي "
                            "رقم مرجعي لديك",
                            "fr": "Signaler le problème au service d’assistance informatique ou à "
                            "l’assistance du système, en indiquant tout numéro de référence obtenu",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: a reference number lets them trace your record.",
                            "sw": "Ndiyo: namba ya kumbukumbu huwawezesha kufuatilia rekodi yako.",
                            "ar": "نعم، فالرقم المرجعي يتيح لهم تتبّع سجلك.",
                            "fr": "Oui : le numéro de référence permet de retrouver votre dossier.",
                        },
                    },
                    {
                        "text": {
                            "en": "Submit the return again as a new record, just to be safe",
                            "sw": "Wasilisha ritani tena kama rekodi mpya, ili kuwa na uhakika",
                            "ar": "قدّم الإقرار مرة أخرى بوصفه سجلًا جديدًا من باب الاحتياط",
                            "fr": "Refaire la déclaration sous forme d’un nouvel enregistrement, "
                            "par précaution",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: a second record can create duplicates and hides the real "
                            "problem.",
                            "sw": "Hapana: rekodi ya pili inaweza kusababisha marudio na kuficha "
                            "tatizo halisi.",
                            "ar": "لا، فالسجل الثاني قد يُحدث تكرارًا ويُخفي المشكلة الحقيقية.",
                            "fr": "Non : un second enregistrement peut créer des doublons et "
                            "masque le vrai problème.",
                        },
                    },
                    {
                        "text": {
                            "en": "Ask a colleague to submit it from their own account",
                            "sw": "Mwombe mwenzako aiwasilishe kwa akaunti yake",
                            "ar": "اطلب من زميل أن يقدّمه من حسابه",
                            "fr": "Demander à un collègue de la déposer avec son propre compte",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: never work in a system with someone else’s account.",
                            "sw": "Hapana: kamwe usifanye kazi kwenye mfumo kwa akaunti ya mtu "
                            "mwingine.",
                            "ar": "لا، لا تعمل أبدًا على نظام بحساب شخص آخر.",
                            "fr": "Non : ne travaillez jamais dans un système avec le compte de "
                            "quelqu’un d’autre.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
        ],
    },
    "cybersecurity-awareness-essentials": {
        "slug": "final-assessment",
        "title": {
            "en": "Final assessment",
            "sw": "Tathmini ya mwisho",
            "ar": "التقييم النهائي",
            "fr": "Évaluation finale",
        },
        "intro": {
            "en": "<p>Ten questions drawn at random from the four lessons: passphrases, phishing, "
            "devices and data, and incident reporting. You need 80% to pass, and each of your "
            "three attempts draws a different mix of questions.</p>",
            "sw": "<p>Maswali kumi yanayochaguliwa kwa nasibu kutoka masomo manne: kaulisiri, "
            "hadaa mtandaoni, vifaa na taarifa, na kuripoti matukio. Unahitaji asilimia 80 ili "
            "kufaulu, na kila moja ya majaribio yako matatu huchagua mchanganyiko tofauti wa "
            "maswali.</p>",
            "ar": "<p>عشرة أسئلة تُختار عشوائيًا من الدروس الأربعة: عبارات المرور، والتصيّد "
            "الاحتيالي، والأجهزة والبيانات، والإبلاغ عن الحوادث. تحتاج إلى 80% للنجاح، وتتضمن كل "
            "محاولة من محاولاتك الثلاث مجموعة مختلفة من الأسئلة.</p>",
            "fr": "<p>Dix questions tirées au hasard dans les quatre leçons : phrases de passe, "
            "hameçonnage, appareils et données, signalement des incidents. Il faut 80 % pour "
            "réussir, et chacune de vos trois tentatives propose une sélection différente de "
            "questions.</p>",
        },
        "pass_mark": 80,
        "attempts_allowed": 3,
        "time_limit_minutes": 15,
        "min_wait_minutes": 0,
        "show_answers": "after_last_attempt",
        "questions_per_attempt": 10,
        "shuffle_questions": True,
        "shuffle_choices": True,
        "required": True,
        "questions": [
            {
                "kind": "single",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "Which of these would be the strongest password for your work account?",
                    "sw": "Lipi kati ya haya lingekuwa nenosiri imara zaidi kwa akaunti yako ya "
                    "kazini?",
                    "ar": "أيٌّ مما يلي أقوى كلمة مرور لحساب عملك؟",
                    "fr": "Lequel de ces mots de passe serait le plus solide pour votre compte "
                    "professionnel ?",
                },
                "explanation": {
                    "en": "A passphrase of several random words is long, so it is hard to crack, "
                    "and easy for you to remember. Common words, names, dates and well-known "
                    "passwords are tried first.",
                    "sw": "Kaulisiri ya maneno kadhaa yasiyohusiana ni ndefu, hivyo ni vigumu "
                    "kuivunja, na ni rahisi kwako kuikumbuka. Maneno ya kawaida, majina, tarehe "
                    "na manenosiri yanayojulikana hujaribiwa kwanza.",
                    "ar": "عبارة المرور المكوّنة من عدة كلمات عشوائية طويلة فيصعب كسرها، وسهلة "
                    "عليك في التذكّر. أما الكلمات الشائعة والأسماء والتواريخ وكلمات المرور "
                    "المعروفة فتُجرَّب أولًا.",
                    "fr": "Une phrase de passe de plusieurs mots pris au hasard est longue, donc "
                    "difficile à casser, et facile à retenir. Les mots courants, les prénoms, les "
                    "dates et les mots de passe connus sont essayés en premier.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "kettle-bridge-orange-nine",
                            "sw": "birika-daraja-chungwa-tisa",
                            "ar": "qalam-jabal-burtuqal-tisaa",
                            "fr": "bouilloire-pont-orange-neuf",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Correct: four random words make a long passphrase that is hard "
                            "to crack and easy to remember.",
                            "sw": "Sahihi: maneno manne yasiyohusiana huunda kaulisiri ndefu "
                            "iliyo vigumu kuivunja na rahisi kuikumbuka.",
                            "ar": "صحيح، فأربع كلمات عشوائية تكوّن عبارة مرور طويلة يصعب كسرها "
                            "ويسهل تذكّرها.",
                            "fr": "Exact : quatre mots pris au hasard forment une phrase de passe "
                            "longue, difficile à casser et facile à retenir.",
                        },
                    },
                    {
                        "text": {
                            "en": "Ministry2024!",
                            "sw": "Wizara2024!",
                            "ar": "Wizara2024!",
                            "fr": "Ministere2024!",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "A word linked to your work plus a year is among the first "
                            "guesses that cracking software tries.",
                            "sw": "Neno linalohusiana na kazi yako pamoja na mwaka ni miongoni "
                            "mwa makisio ya kwanza ya programu za kuvunja manenosiri.",
                            "ar": "الكلمة المرتبطة بعملك مع سنةٍ ما من أول ما تجرّبه برامج كسر "
                            "كلمات المرور.",
                            "fr": "Un mot lié à votre travail suivi d’une année fait partie des "
                            "premiers essais des logiciels de cassage.",
                        },
                    },
                    {
                        "text": {
                            "en": "P@ssw0rd1",
                            "sw": "P@ssw0rd1",
                            "ar": "P@ssw0rd1",
                            "fr": "P@ssw0rd1",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Swapping letters for symbols does not help: this is a "
                            "well-known password that is tried early.",
                            "sw": "Kubadilisha herufi kwa alama hakusaidii: hili ni nenosiri "
                            "linalojulikana sana na hujaribiwa mapema.",
                            "ar": "استبدال الحروف برموز لا يفيد، فهذه كلمة مرور معروفة تُجرَّب مبكرًا.",
                            "fr": "Remplacer des lettres par des symboles n’aide pas : ce mot de "
                            "passe très connu est testé parmi les premiers.",
                        },
                    },
                    {
                        "text": {
                            "en": "Amina2015",
                            "sw": "Amina2015",
                            "ar": "Amina2015",
                            "fr": "Amina2015",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "A child’s name with a year of birth is easy to find out and is "
                            "tried early.",
                            "sw": "Jina la mtoto pamoja na mwaka wa kuzaliwa ni rahisi "
                            "kugundulika na hujaribiwa mapema.",
                            "ar": "اسم الطفل مع سنة ميلاده سهل الاكتشاف ويُجرَّب مبكرًا.",
                            "fr": "Le prénom d’un enfant suivi de son année de naissance est "
                            "facile à trouver et testé très tôt.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "short_text",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "A good passphrase is made of several random words. At least how many "
                    "words should it have? Answer with a number.",
                    "sw": "Kaulisiri nzuri huundwa kwa maneno kadhaa yasiyohusiana. Inapaswa kuwa "
                    "na angalau maneno mangapi? Jibu kwa namba.",
                    "ar": "تتكوّن عبارة المرور الجيدة من عدة كلمات عشوائية. كم كلمةً على الأقل "
                    "ينبغي أن تضم؟ أجب برقم.",
                    "fr": "Une bonne phrase de passe se compose de plusieurs mots pris au hasard. "
                    "Combien de mots doit-elle compter au minimum ? Répondez par un nombre.",
                },
                "explanation": {
                    "en": "A good passphrase has at least four random words, or 15 characters or "
                    "more, and is used for one account only.",
                    "sw": "Kaulisiri nzuri ina angalau maneno manne yasiyohusiana, au herufi 15 "
                    "au zaidi, na hutumika kwa akaunti moja tu.",
                    "ar": "تتكوّن عبارة المرور الجيدة من أربع كلمات عشوائية على الأقل، أو من 15 "
                    "حرفًا فأكثر، وتُستخدم لحساب واحد فقط.",
                    "fr": "Une bonne phrase de passe compte au moins quatre mots aléatoires, ou "
                    "15 caractères ou plus, et ne sert que pour un seul compte.",
                },
                "choices": [],
                "accepted_answers": {
                    "en": ["4", "four", "4 words", "four words"],
                    "sw": ["4", "nne", "manne", "maneno 4", "maneno manne"],
                    "ar": ["4", "أربع", "أربعة", "4 كلمات", "أربع كلمات"],
                    "fr": ["4", "quatre", "4 mots", "quatre mots"],
                },
            },
            {
                "kind": "true_false",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "You should never use your work password on social media, shopping "
                    "sites or your personal email.",
                    "sw": "Hupaswi kamwe kutumia nenosiri lako la kazini kwenye mitandao ya "
                    "kijamii, tovuti za manunuzi au barua pepe yako binafsi.",
                    "ar": "لا ينبغي أبدًا أن تستخدم كلمة مرور العمل في مواقع التواصل الاجتماعي أو "
                    "مواقع التسوق أو بريدك الشخصي.",
                    "fr": "Vous ne devez jamais utiliser votre mot de passe professionnel sur les "
                    "réseaux sociaux, les sites marchands ou votre messagerie personnelle.",
                },
                "explanation": {
                    "en": "Use a different password for every account. When a site is breached, "
                    "criminals try the same email address and password on government systems.",
                    "sw": "Tumia nenosiri tofauti kwa kila akaunti. Tovuti ikidukuliwa, wahalifu "
                    "hujaribu anwani ile ile ya barua pepe na nenosiri lile lile kwenye mifumo ya "
                    "Serikali.",
                    "ar": "استخدم كلمة مرور مختلفة لكل حساب، فإذا اختُرق موقعٌ ما جرّب المجرمون "
                    "عنوان البريد وكلمة المرور نفسيهما على الأنظمة الحكومية.",
                    "fr": "Utilisez un mot de passe différent pour chaque compte. Quand un site "
                    "est piraté, les criminels essaient la même adresse et le même mot de passe "
                    "sur les systèmes de l’administration.",
                },
                "choices": [
                    {
                        "text": {"en": "True", "sw": "Kweli", "ar": "صحيح", "fr": "Vrai"},
                        "correct": True,
                        "feedback": {
                            "en": "Correct: when one of those sites is breached, criminals try "
                            "the same address and password on government systems.",
                            "sw": "Sahihi: tovuti mojawapo ikidukuliwa, wahalifu hujaribu anwani "
                            "na nenosiri lile lile kwenye mifumo ya Serikali.",
                            "ar": "أحسنت، فإذا اختُرق أحد تلك المواقع جرّب المجرمون العنوان وكلمة "
                            "المرور نفسيهما على الأنظمة الحكومية.",
                            "fr": "Exact : quand l’un de ces sites est piraté, les criminels "
                            "essaient la même adresse et le même mot de passe sur les systèmes de "
                            "l’administration.",
                        },
                    },
                    {
                        "text": {"en": "False", "sw": "Si kweli", "ar": "خطأ", "fr": "Faux"},
                        "correct": False,
                        "feedback": {
                            "en": "The statement is true: a password leaked from another site "
                            "will be tried on government systems.",
                            "sw": "Kauli hii ni ya kweli: nenosiri lililovuja kutoka tovuti "
                            "nyingine hujaribiwa kwenye mifumo ya Serikali.",
                            "ar": "العبارة صحيحة، فكلمة المرور المسرّبة من موقع آخر ستُجرَّب على "
                            "الأنظمة الحكومية.",
                            "fr": "L’affirmation est vraie : un mot de passe qui a fuité d’un "
                            "autre site sera essayé sur les systèmes de l’administration.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "multiple",
                "scoring": "partial",
                "text": {
                    "en": "Which of these help to protect your accounts? Select all that apply.",
                    "sw": "Hatua zipi kati ya hizi husaidia kulinda akaunti zako? Chagua majibu "
                    "yote sahihi.",
                    "ar": "أيٌّ مما يلي يساعد على حماية حساباتك؟ اختر كل الإجابات الصحيحة.",
                    "fr": "Parmi ces mesures, lesquelles aident à protéger vos comptes ? Cochez "
                    "toutes les bonnes réponses.",
                },
                "explanation": {
                    "en": "Two-step verification, an approved password manager and changing a "
                    "password that may be known all protect your account. A password must never "
                    "be written where others can see it, or given to anyone.",
                    "sw": "Uthibitishaji wa hatua mbili, programu ya kuhifadhi manenosiri "
                    "iliyoidhinishwa na kubadilisha nenosiri linaloweza kujulikana hulinda "
                    "akaunti yako. Nenosiri halipaswi kuandikwa mahali wengine wanapoweza "
                    "kuliona, wala kutolewa kwa mtu yeyote.",
                    "ar": "التحقق بخطوتين وبرنامج إدارة كلمات المرور المعتمد وتغيير كلمة المرور "
                    "التي قد تكون معروفة، كلها تحمي حسابك. ولا يجوز أبدًا كتابة كلمة المرور حيث "
                    "يراها الآخرون، ولا إعطاؤها لأي شخص.",
                    "fr": "La vérification en deux étapes, un gestionnaire de mots de passe "
                    "approuvé et le changement d’un mot de passe compromis protègent votre "
                    "compte. Un mot de passe ne doit jamais être écrit à la vue de tous, ni "
                    "communiqué à quiconque.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Turning on two-step verification wherever a system offers it",
                            "sw": "Kuwasha uthibitishaji wa hatua mbili kila mfumo unapouwezesha",
                            "ar": "تفعيل التحقق بخطوتين حيثما يتيحه النظام",
                            "fr": "Activer la vérification en deux étapes partout où le système "
                            "le permet",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: a stolen password alone is then not enough.",
                            "sw": "Ndiyo: hapo nenosiri lililoibwa peke yake halitoshi.",
                            "ar": "نعم، فعندئذٍ لا تكفي كلمة مرور مسروقة وحدها.",
                            "fr": "Oui : un mot de passe volé ne suffit alors plus.",
                        },
                    },
                    {
                        "text": {
                            "en": "Using the password manager approved by your ministry",
                            "sw": "Kutumia programu ya kuhifadhi manenosiri iliyoidhinishwa na "
                            "wizara yako",
                            "ar": "استخدام برنامج إدارة كلمات المرور المعتمد في وزارتك",
                            "fr": "Utiliser le gestionnaire de mots de passe approuvé par votre "
                            "ministère",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: it remembers strong passwords for you behind one master "
                            "passphrase.",
                            "sw": "Ndiyo: inakukumbukia manenosiri imara nyuma ya kaulisiri moja "
                            "kuu.",
                            "ar": "نعم، فهو يحفظ عنك كلمات مرور قوية تحميها عبارة مرور رئيسية "
                            "واحدة.",
                            "fr": "Oui : il retient pour vous des mots de passe robustes, "
                            "protégés par une seule phrase de passe principale.",
                        },
                    },
                    {
                        "text": {
                            "en": "Changing your password at once if you think someone knows it",
                            "sw": "Kubadilisha nenosiri mara moja ukidhani mtu mwingine analijua",
                            "ar": "تغيير كلمة المرور فورًا إذا ظننت أن أحدًا يعرفها",
                            "fr": "Changer immédiatement votre mot de passe si vous pensez que "
                            "quelqu’un le connaît",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: and inform the service desk as well.",
                            "sw": "Ndiyo: na ujulishe pia Dawati la Huduma.",
                            "ar": "نعم، مع إبلاغ مكتب الخدمة أيضًا.",
                            "fr": "Oui, et prévenez aussi le service d’assistance.",
                        },
                    },
                    {
                        "text": {
                            "en": "Writing your password on a note stuck to your screen",
                            "sw": "Kuandika nenosiri lako kwenye karatasi iliyobandikwa kwenye "
                            "skrini",
                            "ar": "كتابة كلمة المرور على ورقة ملصقة بالشاشة",
                            "fr": "Écrire votre mot de passe sur un papier collé à l’écran",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: anyone passing your desk could read it.",
                            "sw": "Hapana: yeyote anayepita mezani kwako anaweza kulisoma.",
                            "ar": "لا، فكل من يمرّ بمكتبك يستطيع قراءتها.",
                            "fr": "Non : toute personne qui passe devant votre bureau pourrait le "
                            "lire.",
                        },
                    },
                    {
                        "text": {
                            "en": "Giving your password to your supervisor before you go on leave",
                            "sw": "Kumpa msimamizi wako nenosiri lako kabla ya kwenda likizo",
                            "ar": "إعطاء كلمة المرور لرئيسك المباشر قبل ذهابك في إجازة",
                            "fr": "Confier votre mot de passe à votre supérieur avant de partir "
                            "en congé",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: nobody needs your password, not even your supervisor.",
                            "sw": "Hapana: hakuna anayehitaji nenosiri lako, hata msimamizi wako.",
                            "ar": "لا، لا أحد يحتاج إلى كلمة مرورك، ولا حتى رئيسك.",
                            "fr": "Non : personne n’a besoin de votre mot de passe, pas même "
                            "votre supérieur.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "single",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "Someone calls, says they are from the ICT service desk and asks for "
                    "your password to fix a problem with your mailbox. What should you do?",
                    "sw": "Mtu anakupigia simu, anasema ni wa Dawati la Huduma za TEHAMA na "
                    "anaomba nenosiri lako ili kurekebisha tatizo la sanduku lako la barua pepe. "
                    "Unapaswa kufanya nini?",
                    "ar": "اتصل بك شخص يقول إنه من مكتب خدمة تقنية المعلومات، وطلب كلمة مرورك "
                    "لإصلاح مشكلة في صندوق بريدك. ماذا تفعل؟",
                    "fr": "Quelqu’un vous appelle en se présentant comme le service d’assistance "
                    "informatique et vous demande votre mot de passe pour réparer votre "
                    "messagerie. Que faites-vous ?",
                },
                "explanation": {
                    "en": "Nobody with a legitimate reason will ask for your password, whether by "
                    "phone, by email or in person. Refuse, and report the request.",
                    "sw": "Hakuna mtu mwenye sababu halali atakayekuomba nenosiri lako, iwe kwa "
                    "simu, kwa barua pepe au ana kwa ana. Kataa, na uripoti ombi hilo.",
                    "ar": "لن يطلب منك أي شخص ذي صفة مشروعة كلمة مرورك، سواء بالهاتف أو بالبريد "
                    "الإلكتروني أو وجهًا لوجه. فارفض، وأبلغ عن الطلب.",
                    "fr": "Aucun interlocuteur légitime ne vous demandera votre mot de passe, que "
                    "ce soit par téléphone, par courriel ou en personne. Refusez et signalez la "
                    "demande.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Refuse to give it, and report the call to the ICT service desk.",
                            "sw": "Kataa kulitoa, na uripoti simu hiyo kwa Dawati la Huduma za "
                            "TEHAMA.",
                            "ar": "ارفض إعطاءها، وأبلغ مكتب خدمة تقنية المعلومات عن هذه المكالمة.",
                            "fr": "Vous refusez de le donner et vous signalez l’appel au service "
                            "d’assistance informatique.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Correct: the service desk never asks for your password, so the "
                            "call is suspicious.",
                            "sw": "Sahihi: Dawati la Huduma halitakuomba nenosiri lako kamwe, kwa "
                            "hiyo simu hiyo inatia shaka.",
                            "ar": "صحيح، فمكتب الخدمة لا يطلب كلمة مرورك أبدًا، ولذلك فالمكالمة "
                            "مشبوهة.",
                            "fr": "Exact : le service d’assistance ne demande jamais votre mot de "
                            "passe ; cet appel est donc suspect.",
                        },
                    },
                    {
                        "text": {
                            "en": "Give it, because the service desk is responsible for your "
                            "account.",
                            "sw": "Litoe, kwa sababu Dawati la Huduma ndilo linalosimamia akaunti "
                            "yako.",
                            "ar": "أعطه إياها، فمكتب الخدمة هو المسؤول عن حسابك.",
                            "fr": "Vous le donnez, puisque le service d’assistance gère votre "
                            "compte.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "The service desk, your supervisor and system administrators "
                            "will never ask for your password.",
                            "sw": "Dawati la Huduma, msimamizi wako na wasimamizi wa mifumo "
                            "hawatakuomba nenosiri lako kamwe.",
                            "ar": "لن يطلب منك مكتب الخدمة ولا رئيسك ولا مسؤولو الأنظمة كلمة "
                            "مرورك أبدًا.",
                            "fr": "Le service d’assistance, votre supérieur et les "
                            "administrateurs des systèmes ne vous demanderont jamais votre mot de "
                            "passe.",
                        },
                    },
                    {
                        "text": {
                            "en": "Send it by email instead, so that there is a written record.",
                            "sw": "Litume kwa barua pepe badala yake, ili kuwe na kumbukumbu ya "
                            "maandishi.",
                            "ar": "أرسلها بالبريد الإلكتروني بدلًا من ذلك ليبقى سجل مكتوب.",
                            "fr": "Vous l’envoyez plutôt par courriel, pour en garder une trace "
                            "écrite.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Sending it in writing is just as dangerous: nobody should "
                            "receive your password.",
                            "sw": "Kulituma kwa maandishi ni hatari vilevile: hakuna mtu "
                            "anayepaswa kupokea nenosiri lako.",
                            "ar": "إرسالها كتابةً لا يقل خطورة، فلا ينبغي أن يتلقى أحد كلمة مرورك.",
                            "fr": "L’envoyer par écrit est tout aussi dangereux : personne ne "
                            "doit recevoir votre mot de passe.",
                        },
                    },
                    {
                        "text": {
                            "en": "Give it, then change your password after the call.",
                            "sw": "Litoe, kisha ubadilishe nenosiri lako baada ya simu.",
                            "ar": "أعطه إياها، ثم غيّر كلمة المرور بعد انتهاء المكالمة.",
                            "fr": "Vous le donnez, puis vous le changez après l’appel.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "The caller could use your account in the meantime; refuse and "
                            "report instead.",
                            "sw": "Mpigaji anaweza kutumia akaunti yako katika muda huo; badala "
                            "yake kataa na uripoti.",
                            "ar": "قد يستخدم المتصل حسابك في هذه الأثناء، فالصواب أن ترفض وتبلغ.",
                            "fr": "L’appelant peut utiliser votre compte entre-temps : refusez et "
                            "signalez plutôt.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "short_text",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "What do we call a message that pretends to come from someone you "
                    "trust, to make you click a link, open an attachment, reveal a password or "
                    "send money? Answer in one word.",
                    "sw": "Ujumbe unaojifanya kutoka kwa mtu au taasisi unayoiamini, ili ubofye "
                    "kiungo, ufungue kiambatisho, utoe nenosiri au utume fedha, unaitwaje?",
                    "ar": "ما اسم الرسالة التي تنتحل صفة شخص أو جهة تثق بها لتدفعك إلى النقر على "
                    "رابط أو فتح مرفق أو الكشف عن كلمة مرور أو تحويل أموال؟",
                    "fr": "Comment appelle-t-on un message qui se fait passer pour une personne "
                    "de confiance afin de vous faire cliquer sur un lien, ouvrir une pièce "
                    "jointe, révéler un mot de passe ou envoyer de l’argent ? Répondez en un mot.",
                },
                "explanation": {
                    "en": "Phishing uses a trusted name, urgency or fear to make you act without "
                    "thinking. It can arrive by email, SMS, WhatsApp or phone.",
                    "sw": "Hadaa mtandaoni hutumia jina la mtu unayemwamini, haraka au hofu ili "
                    "uchukue hatua bila kufikiri. Inaweza kuja kwa barua pepe, SMS, WhatsApp au "
                    "simu.",
                    "ar": "يستغل التصيّد الاحتيالي اسم جهة موثوقة أو الاستعجال أو الخوف ليدفعك "
                    "إلى التصرّف دون تفكير، وقد يصل عبر البريد الإلكتروني أو الرسائل النصية أو "
                    "واتساب أو الهاتف.",
                    "fr": "L’hameçonnage utilise un nom de confiance, l’urgence ou la peur pour "
                    "vous faire agir sans réfléchir. Il peut arriver par courriel, SMS, WhatsApp "
                    "ou téléphone.",
                },
                "choices": [],
                "accepted_answers": {
                    "en": [
                        "phishing",
                        "phising",
                        "a phishing message",
                        "phishing attack",
                        "phishing scam",
                    ],
                    "sw": [
                        "hadaa",
                        "hadaa mtandaoni",
                        "hadaa ya mtandaoni",
                        "ulaghai mtandaoni",
                        "phishing",
                    ],
                    "ar": [
                        "تصيد",
                        "التصيد",
                        "تصيد احتيالي",
                        "التصيد الاحتيالي",
                        "تصيد إلكتروني",
                        "التصيد الإلكتروني",
                        "phishing",
                    ],
                    "fr": [
                        "hameçonnage",
                        "hameconnage",
                        "l’hameçonnage",
                        "l'hameçonnage",
                        "filoutage",
                        "phishing",
                    ],
                },
            },
            {
                "kind": "multiple",
                "scoring": "partial",
                "text": {
                    "en": "You receive an email from “ICT Helpdesk”. Which of these are warning "
                    "signs of phishing? Select all that apply.",
                    "sw": "Unapokea barua pepe kutoka “ICT Helpdesk”. Zipi kati ya hizi ni dalili "
                    "za hadaa mtandaoni? Chagua majibu yote sahihi.",
                    "ar": "وصلتك رسالة بريد إلكتروني من «ICT Helpdesk». أيٌّ مما يلي من علامات "
                    "التصيّد الاحتيالي؟ اختر كل الإجابات الصحيحة.",
                    "fr": "Vous recevez un courriel de « ICT Helpdesk ». Parmi ces éléments, "
                    "lesquels sont des signaux d’alerte d’hameçonnage ? Cochez toutes les bonnes "
                    "réponses.",
                },
                "explanation": {
                    "en": "Urgency, a sender address that does not match and unexpected "
                    "attachments are warning signs. Correct spelling and your real name prove "
                    "nothing, because attackers research their targets.",
                    "sw": "Haraka, anwani ya mtumaji isiyolingana na viambatisho usivyovitarajia "
                    "ni dalili za tahadhari. Tahajia sahihi na jina lako halisi havithibitishi "
                    "chochote, kwa sababu wahalifu huwachunguza walengwa wao.",
                    "ar": "الاستعجال وعنوان المرسل غير المتطابق والمرفقات غير المتوقعة من علامات "
                    "التحذير. أما سلامة الإملاء وذكر اسمك الحقيقي فلا يثبتان شيئًا، لأن المهاجمين "
                    "يجمعون المعلومات عن أهدافهم.",
                    "fr": "L’urgence, une adresse d’expéditeur qui ne correspond pas et les "
                    "pièces jointes inattendues sont des signaux d’alerte. Une orthographe "
                    "parfaite et votre vrai nom ne prouvent rien, car les attaquants se "
                    "renseignent sur leurs cibles.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "It says your account will be closed in 24 hours unless you act "
                            "now.",
                            "sw": "Inasema akaunti yako itafungwa ndani ya saa 24 usipochukua "
                            "hatua sasa hivi.",
                            "ar": "تقول إن حسابك سيُغلَق خلال 24 ساعة ما لم تتصرّف الآن.",
                            "fr": "Il annonce que votre compte sera fermé dans 24 heures si vous "
                            "n’agissez pas tout de suite.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: urgency and fear are classic ways to pressure you.",
                            "sw": "Ndiyo: haraka na hofu ni mbinu za kawaida za kukushinikiza.",
                            "ar": "نعم، فالاستعجال والتخويف من أساليب الضغط المعروفة.",
                            "fr": "Oui : l’urgence et la peur sont des moyens de pression "
                            "classiques.",
                        },
                    },
                    {
                        "text": {
                            "en": "The sender’s address is helpdesk.gov@mail-example.com.",
                            "sw": "Anwani ya mtumaji ni helpdesk.gov@mail-example.com.",
                            "ar": "عنوان المرسل هو helpdesk.gov@mail-example.com.",
                            "fr": "L’adresse de l’expéditeur est helpdesk.gov@mail-example.com.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: the address does not match the ministry’s domain, "
                            "whatever the display name says.",
                            "sw": "Ndiyo: anwani hailingani na kikoa cha wizara, bila kujali jina "
                            "linaloonekana linasema nini.",
                            "ar": "نعم، فالعنوان لا يتطابق مع نطاق الوزارة، أيًّا كان الاسم الظاهر.",
                            "fr": "Oui : l’adresse ne correspond pas au domaine du ministère, "
                            "quel que soit le nom affiché.",
                        },
                    },
                    {
                        "text": {
                            "en": "It has an unexpected attachment that asks you to “enable "
                            "content”.",
                            "sw": "Ina kiambatisho usichokitarajia kinachokutaka “uwezeshe "
                            "maudhui”.",
                            "ar": "تتضمن مرفقًا غير متوقع يطلب منك «تمكين المحتوى».",
                            "fr": "Il contient une pièce jointe inattendue qui vous demande d’« "
                            "activer le contenu ».",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: documents like this are a common way to install malware.",
                            "sw": "Ndiyo: nyaraka za aina hii ni njia ya kawaida ya kusakinisha "
                            "programu hasidi.",
                            "ar": "نعم، فهذه المستندات وسيلة شائعة لتثبيت البرمجيات الخبيثة.",
                            "fr": "Oui : ce type de document sert souvent à installer un logiciel "
                            "malveillant.",
                        },
                    },
                    {
                        "text": {
                            "en": "It uses your correct name and has no spelling mistakes.",
                            "sw": "Inatumia jina lako sahihi na haina makosa ya tahajia.",
                            "ar": "تذكر اسمك الصحيح وتخلو من الأخطاء الإملائية.",
                            "fr": "Il mentionne votre nom exact et ne contient aucune faute "
                            "d’orthographe.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "This is not a sign either way: attackers research their "
                            "targets and can write without mistakes.",
                            "sw": "Hii si dalili ya upande wowote: wahalifu huwachunguza walengwa "
                            "wao na wanaweza kuandika bila makosa.",
                            "ar": "هذا لا يدل على شيء، فالمهاجمون يجمعون المعلومات عن أهدافهم "
                            "ويكتبون دون أخطاء.",
                            "fr": "Ce n’est un indice ni dans un sens ni dans l’autre : les "
                            "attaquants se renseignent sur leurs cibles et écrivent sans fautes.",
                        },
                    },
                    {
                        "text": {
                            "en": "It arrives during normal office hours.",
                            "sw": "Imefika wakati wa saa za kawaida za kazi.",
                            "ar": "وصلت في أثناء ساعات الدوام الرسمي.",
                            "fr": "Il arrive pendant les heures de bureau.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "The time a message arrives tells you nothing about whether it "
                            "is genuine.",
                            "sw": "Muda ujumbe unapofika hauonyeshi kama ni wa kweli au la.",
                            "ar": "وقت وصول الرسالة لا يدل على صحتها أو زيفها.",
                            "fr": "L’heure d’arrivée d’un message ne dit rien de son authenticité.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "single",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "An email that seems to come from your Permanent Secretary asks you to "
                    "make an urgent payment to a supplier today, and says not to call because "
                    "they are in a meeting. What should you do?",
                    "sw": "Barua pepe inayoonekana kutoka kwa Katibu Mkuu wako inakuagiza ufanye "
                    "malipo ya haraka kwa mzabuni leo, na inasema usipige simu kwa sababu yuko "
                    "kikaoni. Unapaswa kufanya nini?",
                    "ar": "وصلتك رسالة تبدو صادرة عن وكيل الوزارة تطلب منك إجراء دفعة عاجلة لأحد "
                    "الموردين اليوم، وتطلب منك عدم الاتصال لأنه في اجتماع. ماذا تفعل؟",
                    "fr": "Un courriel qui semble venir de votre secrétaire général vous demande "
                    "d’effectuer aujourd’hui un paiement urgent à un fournisseur, en précisant de "
                    "ne pas l’appeler car il est en réunion. Que faites-vous ?",
                },
                "explanation": {
                    "en": "Fake instructions from senior officials are a common fraud. Always "
                    "verify unusual requests, especially for payments, through a second channel, "
                    "using a phone number you already know.",
                    "sw": "Maagizo bandia kutoka kwa viongozi waandamizi ni udanganyifu wa "
                    "kawaida. Daima hakiki maombi yasiyo ya kawaida, hasa ya malipo, kupitia njia "
                    "nyingine, ukitumia namba ya simu unayoifahamu tayari.",
                    "ar": "التعليمات المزيّفة المنسوبة إلى كبار المسؤولين أسلوب احتيال شائع. "
                    "تحقّق دائمًا من الطلبات غير المعتادة، ولا سيما طلبات الدفع، عبر قناة ثانية "
                    "وباستخدام رقم هاتف تعرفه مسبقًا.",
                    "fr": "Le faux ordre d’un haut responsable est une fraude courante. Vérifiez "
                    "toujours les demandes inhabituelles, surtout de paiement, par un autre "
                    "canal, avec un numéro de téléphone que vous connaissez déjà.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Check the request by calling the Permanent Secretary’s office "
                            "on a number you already know.",
                            "sw": "Hakiki ombi hilo kwa kupiga simu ofisi ya Katibu Mkuu kwa "
                            "namba unayoifahamu tayari.",
                            "ar": "تحقّق من الطلب بالاتصال بمكتب وكيل الوزارة على رقم تعرفه مسبقًا.",
                            "fr": "Vous vérifiez la demande en appelant le secrétariat général à "
                            "un numéro que vous connaissez déjà.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Correct: verify through a second channel, using contact "
                            "details you already have.",
                            "sw": "Sahihi: hakiki kupitia njia nyingine, ukitumia mawasiliano "
                            "uliyo nayo tayari.",
                            "ar": "صحيح، فالتحقق يكون عبر قناة ثانية باستخدام بيانات اتصال لديك "
                            "أصلًا.",
                            "fr": "Exact : vérifiez par un autre canal, avec des coordonnées que "
                            "vous avez déjà.",
                        },
                    },
                    {
                        "text": {
                            "en": "Reply to the email and ask them to confirm.",
                            "sw": "Jibu barua pepe hiyo na umwombe athibitishe.",
                            "ar": "ردّ على الرسالة واطلب منه التأكيد.",
                            "fr": "Vous répondez au courriel pour demander une confirmation.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "If the sender is an attacker, your reply goes straight to "
                            "them, and they will confirm.",
                            "sw": "Ikiwa mtumaji ni mhalifu, jibu lako litamfikia yeye moja kwa "
                            "moja, naye atathibitisha.",
                            "ar": "إذا كان المرسل محتالًا فسيصله ردّك مباشرة، وسيؤكّد لك الطلب.",
                            "fr": "Si l’expéditeur est un fraudeur, votre réponse lui parvient "
                            "directement, et il confirmera.",
                        },
                    },
                    {
                        "text": {
                            "en": "Call the phone number given in the email’s signature.",
                            "sw": "Piga namba ya simu iliyoandikwa kwenye sahihi ya barua pepe "
                            "hiyo.",
                            "ar": "اتصل برقم الهاتف الوارد في توقيع الرسالة.",
                            "fr": "Vous appelez le numéro indiqué dans la signature du courriel.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "A number given in the message may belong to the fraudster; use "
                            "one you already know.",
                            "sw": "Namba iliyotolewa kwenye ujumbe inaweza kuwa ya mdanganyifu; "
                            "tumia unayoifahamu tayari.",
                            "ar": "قد يكون الرقم الوارد في الرسالة للمحتال نفسه، فاستخدم رقمًا "
                            "تعرفه مسبقًا.",
                            "fr": "Un numéro fourni dans le message peut être celui du fraudeur ; "
                            "utilisez un numéro que vous connaissez déjà.",
                        },
                    },
                    {
                        "text": {
                            "en": "Make the payment, because the instruction comes from a senior "
                            "official.",
                            "sw": "Fanya malipo, kwa sababu agizo limetoka kwa kiongozi "
                            "mwandamizi.",
                            "ar": "نفّذ الدفعة، فالتعليمات صادرة عن مسؤول رفيع.",
                            "fr": "Vous effectuez le paiement, puisque l’ordre vient d’un haut "
                            "responsable.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "This fraud relies precisely on urgency and rank; verify first.",
                            "sw": "Udanganyifu huu unategemea hasa haraka na cheo cha kiongozi; "
                            "hakiki kwanza.",
                            "ar": "هذا الاحتيال يعتمد تحديدًا على الاستعجال وعلى منصب المسؤول، "
                            "فتحقّق أولًا.",
                            "fr": "Cette fraude repose justement sur l’urgence et l’autorité : "
                            "vérifiez d’abord.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "multiple",
                "scoring": "partial",
                "text": {
                    "en": "Which of these habits protect your work computer and phone? Select all "
                    "that apply.",
                    "sw": "Tabia zipi kati ya hizi hulinda kompyuta na simu unazotumia kazini? "
                    "Chagua majibu yote sahihi.",
                    "ar": "أيّ العادات التالية تحمي حاسوب عملك وهاتفك؟ اختر كل الإجابات الصحيحة.",
                    "fr": "Parmi ces habitudes, lesquelles protègent votre ordinateur et votre "
                    "téléphone de travail ? Cochez toutes les bonnes réponses.",
                },
                "explanation": {
                    "en": "Locking your screen, installing updates promptly and keeping the "
                    "antivirus on are the three habits that protect devices most. A work device "
                    "is for your work only.",
                    "sw": "Kufunga skrini, kusakinisha masasisho mapema na kuacha kingavirusi "
                    "kikiwa kimewashwa ndizo tabia tatu zinazolinda vifaa zaidi. Kifaa cha kazi "
                    "ni kwa ajili ya kazi yako pekee.",
                    "ar": "قفل الشاشة وتثبيت التحديثات دون تأخير وإبقاء برنامج مكافحة الفيروسات "
                    "مفعّلًا هي العادات الثلاث التي توفّر للأجهزة أكبر قدر من الحماية. وجهاز "
                    "العمل مخصّص لعملك وحدك.",
                    "fr": "Verrouiller l’écran, installer rapidement les mises à jour et garder "
                    "l’antivirus activé sont les trois habitudes qui protègent le mieux vos "
                    "appareils. Un appareil professionnel est réservé à votre travail.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Locking your screen every time you leave your desk",
                            "sw": "Kufunga skrini yako kila unapoondoka mezani",
                            "ar": "قفل الشاشة كلما غادرت مكتبك",
                            "fr": "Verrouiller votre écran chaque fois que vous quittez votre "
                            "poste",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: an unlocked screen lets anyone use your account.",
                            "sw": "Ndiyo: skrini isiyofungwa humwezesha yeyote kutumia akaunti "
                            "yako.",
                            "ar": "نعم، فالشاشة غير المقفلة تتيح لأي شخص استخدام حسابك.",
                            "fr": "Oui : un écran non verrouillé permet à n’importe qui "
                            "d’utiliser votre compte.",
                        },
                    },
                    {
                        "text": {
                            "en": "Installing updates when the system or the ICT unit asks you to",
                            "sw": "Kusakinisha masasisho mfumo au Kitengo cha TEHAMA kinapokutaka "
                            "ufanye hivyo",
                            "ar": "تثبيت التحديثات عندما يطلب منك النظام أو وحدة تقنية المعلومات "
                            "ذلك",
                            "fr": "Installer les mises à jour lorsque le système ou le service "
                            "informatique vous le demande",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: do not postpone them for weeks.",
                            "sw": "Ndiyo: usiyaahirishe kwa wiki kadhaa.",
                            "ar": "نعم، ولا تؤجّلها أسابيع.",
                            "fr": "Oui : ne les repoussez pas pendant des semaines.",
                        },
                    },
                    {
                        "text": {
                            "en": "Keeping the antivirus switched on at all times",
                            "sw": "Kuacha kingavirusi kikiwa kimewashwa wakati wote",
                            "ar": "إبقاء برنامج مكافحة الفيروسات مفعّلًا في جميع الأوقات",
                            "fr": "Laisser l’antivirus activé en permanence",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: it should stay on even while you install a program.",
                            "sw": "Ndiyo: kinapaswa kubaki kimewashwa hata unaposakinisha "
                            "programu.",
                            "ar": "نعم، وينبغي أن يبقى مفعّلًا حتى في أثناء تثبيت البرامج.",
                            "fr": "Oui : il doit rester actif, même pendant l’installation d’un "
                            "programme.",
                        },
                    },
                    {
                        "text": {
                            "en": "Turning off the antivirus for a few minutes to install a "
                            "program you need",
                            "sw": "Kuzima kingavirusi kwa dakika chache ili kusakinisha programu "
                            "unayoihitaji",
                            "ar": "إيقاف برنامج مكافحة الفيروسات بضع دقائق لتثبيت برنامج تحتاج "
                            "إليه",
                            "fr": "Désactiver l’antivirus quelques minutes pour installer un "
                            "programme dont vous avez besoin",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: never switch the antivirus off; ask the service desk "
                            "instead.",
                            "sw": "Hapana: kamwe usizime kingavirusi; badala yake uliza Dawati la "
                            "Huduma.",
                            "ar": "لا، لا توقفه أبدًا، واستشر مكتب الخدمة بدلًا من ذلك.",
                            "fr": "Non : ne le désactivez jamais ; adressez-vous plutôt au "
                            "service d’assistance.",
                        },
                    },
                    {
                        "text": {
                            "en": "Letting family members use your work laptop for their homework",
                            "sw": "Kuwaruhusu wanafamilia kutumia kompyuta mpakato yako ya kazi "
                            "kufanyia kazi za shule",
                            "ar": "السماح لأفراد أسرتك باستخدام حاسوب العمل المحمول لأداء "
                            "واجباتهم المدرسية",
                            "fr": "Laisser les membres de votre famille utiliser votre ordinateur "
                            "portable professionnel pour leurs devoirs",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: do not let family members use the device you work on.",
                            "sw": "Hapana: usiwaruhusu wanafamilia kutumia kifaa unachofanyia "
                            "kazi.",
                            "ar": "لا، لا تسمح لأفراد أسرتك باستخدام الجهاز الذي تعمل عليه.",
                            "fr": "Non : ne laissez pas votre famille utiliser l’appareil sur "
                            "lequel vous travaillez.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "short_text",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "On a Windows computer, you lock your screen by pressing the Windows "
                    "key together with which letter key?",
                    "sw": "Kwenye kompyuta ya Windows, unafunga skrini kwa kubonyeza kitufe cha "
                    "Windows pamoja na kitufe cha herufi gani?",
                    "ar": "في حاسوب يعمل بنظام Windows، تُقفَل الشاشة بالضغط على مفتاح Windows مع "
                    "مفتاح أي حرف؟",
                    "fr": "Sur un ordinateur Windows, vous verrouillez l’écran en appuyant sur la "
                    "touche Windows et sur quelle lettre ?",
                },
                "explanation": {
                    "en": "Windows key + L locks the screen at once (on a Mac, Ctrl + Command + "
                    "Q). Do it every time you leave your desk.",
                    "sw": "Kitufe cha Windows + L hufunga skrini papo hapo (kwenye Mac, Ctrl + "
                    "Command + Q). Fanya hivyo kila unapoondoka mezani.",
                    "ar": "الضغط على مفتاح Windows + L يقفل الشاشة فورًا (وعلى أجهزة Mac: Ctrl + "
                    "Command + Q). افعل ذلك كلما غادرت مكتبك.",
                    "fr": "La combinaison Windows + L verrouille immédiatement l’écran (sur un "
                    "Mac : Ctrl + Commande + Q). Faites-le chaque fois que vous quittez votre "
                    "poste.",
                },
                "choices": [],
                "accepted_answers": {
                    "en": [
                        "L",
                        "the L key",
                        "L key",
                        "Windows + L",
                        "Windows+L",
                        "Win + L",
                        "Win+L",
                    ],
                    "sw": [
                        "L",
                        "herufi L",
                        "kitufe cha L",
                        "Windows + L",
                        "Windows+L",
                        "Win + L",
                        "Win+L",
                    ],
                    "ar": [
                        "L",
                        "حرف L",
                        "الحرف L",
                        "مفتاح L",
                        "Windows + L",
                        "Windows+L",
                        "Win + L",
                        "Win+L",
                    ],
                    "fr": [
                        "L",
                        "la lettre L",
                        "la touche L",
                        "touche L",
                        "Windows + L",
                        "Windows+L",
                        "Win + L",
                        "Win+L",
                    ],
                },
            },
            {
                "kind": "single",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "At a conference, a supplier gives you a free USB stick with their logo "
                    "on it. What should you do with it?",
                    "sw": "Kwenye kongamano, mzabuni anakupa zawadi ya USB yenye nembo yake. "
                    "Unapaswa kuifanyia nini?",
                    "ar": "في أحد المؤتمرات، أهداك مورّد ذاكرة USB تحمل شعاره. ماذا تفعل بها؟",
                    "fr": "Lors d’une conférence, un fournisseur vous offre une clé USB à son "
                    "logo. Qu’en faites-vous ?",
                },
                "explanation": {
                    "en": "USB sticks are an easy way for malware to get in and for data to get "
                    "out. Never plug in one you found or were given; use the shared drive, the "
                    "approved file-sharing service or an encrypted stick issued by the ICT unit.",
                    "sw": "Vifaa vya USB ni njia rahisi kwa programu hasidi kuingia na kwa "
                    "taarifa kuvuja. Kamwe usichomeke USB uliyoiokota au uliyopewa; tumia hifadhi "
                    "ya pamoja, huduma iliyoidhinishwa ya kushirikishana mafaili au USB "
                    "iliyosimbwa kutoka Kitengo cha TEHAMA.",
                    "ar": "ذواكر USB طريق سهل لدخول البرمجيات الخبيثة ولتسرّب البيانات. لا تُدخل "
                    "أبدًا ذاكرة وجدتها أو تلقيتها هدية، واستخدم المحرك المشترك أو خدمة مشاركة "
                    "الملفات المعتمدة أو ذاكرة مشفّرة تصرفها وحدة تقنية المعلومات.",
                    "fr": "Les clés USB sont une porte d’entrée pour les logiciels malveillants "
                    "et une porte de sortie pour les données. Ne branchez jamais une clé trouvée "
                    "ou offerte ; utilisez le lecteur partagé, le service de partage autorisé ou "
                    "une clé chiffrée du service informatique.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Do not plug it in; to carry data, use the shared drive or an "
                            "encrypted USB stick from the ICT unit.",
                            "sw": "Usiichomeke; ukihitaji kubeba taarifa, tumia hifadhi ya pamoja "
                            "au USB iliyosimbwa kutoka Kitengo cha TEHAMA.",
                            "ar": "لا تُدخلها في أي جهاز، وإذا احتجت إلى نقل بيانات فاستخدم "
                            "المحرك المشترك أو ذاكرة USB مشفّرة من وحدة تقنية المعلومات.",
                            "fr": "Vous ne la branchez pas ; pour transporter des données, vous "
                            "utilisez le lecteur partagé ou une clé chiffrée fournie par le "
                            "service informatique.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Correct: USB sticks given as gifts or found lying around are "
                            "an easy way in for malware.",
                            "sw": "Sahihi: USB za zawadi au zilizookotwa ni njia rahisi kwa "
                            "programu hasidi kuingia.",
                            "ar": "صحيح، فذواكر USB المُهداة أو التي يُعثَر عليها طريق سهل لدخول "
                            "البرمجيات الخبيثة.",
                            "fr": "Exact : les clés USB offertes ou trouvées sont une porte "
                            "d’entrée facile pour les logiciels malveillants.",
                        },
                    },
                    {
                        "text": {
                            "en": "Plug it in to see what is on it, then format it.",
                            "sw": "Ichomeke ili uone kilichomo, kisha uifomati.",
                            "ar": "أدخلها لترى محتواها، ثم هيّئها.",
                            "fr": "Vous la branchez pour voir son contenu, puis vous la formatez.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Plugging it in even once can be enough to infect your computer.",
                            "sw": "Kuichomeka hata mara moja tu kunaweza kutosha kuambukiza "
                            "kompyuta yako.",
                            "ar": "قد يكفي إدخالها مرة واحدة لإصابة حاسوبك.",
                            "fr": "La brancher une seule fois peut suffire à infecter votre "
                            "ordinateur.",
                        },
                    },
                    {
                        "text": {
                            "en": "Use it to carry official files, since it is new and empty.",
                            "sw": "Itumie kubeba mafaili rasmi, kwa kuwa ni mpya na haina kitu.",
                            "ar": "استخدمها لنقل الملفات الرسمية، فهي جديدة وفارغة.",
                            "fr": "Vous l’utilisez pour transporter des fichiers officiels, "
                            "puisqu’elle est neuve et vide.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "New does not mean safe, and official data should travel only "
                            "on encrypted, approved media.",
                            "sw": "Kuwa mpya hakumaanishi kuwa salama, na taarifa rasmi zinapaswa "
                            "kubebwa kwenye vifaa vilivyosimbwa na kuidhinishwa pekee.",
                            "ar": "كونها جديدة لا يعني أنها آمنة، ولا تُنقل البيانات الرسمية إلا "
                            "على وسائط مشفّرة ومعتمدة.",
                            "fr": "Neuve ne veut pas dire sûre, et les données officielles ne "
                            "voyagent que sur des supports chiffrés et autorisés.",
                        },
                    },
                    {
                        "text": {
                            "en": "Plug it into a colleague’s computer first to test it.",
                            "sw": "Ichomeke kwanza kwenye kompyuta ya mwenzako ili uijaribu.",
                            "ar": "أدخلها أولًا في حاسوب زميلك لتجربتها.",
                            "fr": "Vous la branchez d’abord sur l’ordinateur d’un collègue pour "
                            "la tester.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "This only moves the risk to your colleague’s computer and to "
                            "the network.",
                            "sw": "Kufanya hivyo kunahamishia hatari kwenye kompyuta ya mwenzako "
                            "na kwenye mtandao mzima.",
                            "ar": "بذلك تنقل الخطر إلى حاسوب زميلك وإلى الشبكة كلها.",
                            "fr": "Vous ne feriez que déplacer le risque vers l’ordinateur de "
                            "votre collègue et vers le réseau.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "true_false",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "A document marked Confidential may be saved on your personal phone, as "
                    "long as the phone has a screen lock.",
                    "sw": "Waraka wenye alama ya Siri unaweza kuhifadhiwa kwenye simu yako "
                    "binafsi, ilimradi simu hiyo ina kufuli ya skrini.",
                    "ar": "يجوز حفظ وثيقة مصنّفة «سري» على هاتفك الشخصي ما دام الهاتف محميًّا "
                    "بقفل للشاشة.",
                    "fr": "Un document marqué Confidentiel peut être enregistré sur votre "
                    "téléphone personnel, à condition que celui-ci ait un verrouillage d’écran.",
                },
                "explanation": {
                    "en": "Documents marked Confidential or Restricted, and personal data about "
                    "citizens or staff, must not be stored on personal devices, sent to personal "
                    "email or uploaded to public cloud services. When in doubt, ask the document "
                    "owner or your records officer.",
                    "sw": "Nyaraka zenye alama ya Siri au Imezuiliwa, pamoja na taarifa binafsi "
                    "za wananchi au watumishi, hazipaswi kuhifadhiwa kwenye vifaa binafsi, "
                    "kutumwa kwenye barua pepe binafsi au kupakiwa kwenye huduma za wingu za "
                    "umma. Ukiwa na shaka, muulize mmiliki wa waraka au afisa wa kumbukumbu.",
                    "ar": "لا يجوز حفظ الوثائق المصنّفة «سري» أو «محدود التداول»، ولا البيانات "
                    "الشخصية للمواطنين أو الموظفين، على الأجهزة الشخصية، ولا إرسالها إلى البريد "
                    "الشخصي، ولا رفعها إلى خدمات التخزين السحابي العامة. وعند الشك، اسأل مالك "
                    "الوثيقة أو مسؤول السجلات.",
                    "fr": "Les documents marqués Confidentiel ou Diffusion restreinte, et les "
                    "données personnelles de citoyens ou d’agents, ne doivent pas être stockés "
                    "sur des appareils personnels, envoyés vers une messagerie personnelle ni "
                    "déposés sur des services en ligne grand public. En cas de doute, demandez au "
                    "propriétaire du document ou au responsable des archives.",
                },
                "choices": [
                    {
                        "text": {"en": "True", "sw": "Kweli", "ar": "صحيح", "fr": "Vrai"},
                        "correct": False,
                        "feedback": {
                            "en": "No: a screen lock does not change the rule; classified "
                            "documents stay off personal devices.",
                            "sw": "Si sahihi: kufuli ya skrini haibadilishi kanuni; nyaraka za "
                            "siri haziwekwi kwenye vifaa binafsi.",
                            "ar": "غير صحيح، فقفل الشاشة لا يغيّر القاعدة، والوثائق المصنّفة لا "
                            "تُحفظ على الأجهزة الشخصية.",
                            "fr": "Non : le verrouillage d’écran ne change rien à la règle ; les "
                            "documents classifiés restent hors des appareils personnels.",
                        },
                    },
                    {
                        "text": {"en": "False", "sw": "Si kweli", "ar": "خطأ", "fr": "Faux"},
                        "correct": True,
                        "feedback": {
                            "en": "Correct: Confidential and Restricted documents must not be "
                            "stored on personal devices.",
                            "sw": "Sahihi: nyaraka za Siri na Imezuiliwa hazipaswi kuhifadhiwa "
                            "kwenye vifaa binafsi.",
                            "ar": "أحسنت، فالوثائق المصنّفة «سري» أو «محدود التداول» لا يجوز "
                            "حفظها على الأجهزة الشخصية.",
                            "fr": "Exact : les documents Confidentiel et Diffusion restreinte ne "
                            "doivent pas être stockés sur des appareils personnels.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "multiple",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "Which of these are security incidents that you should report to the "
                    "ICT service desk? Select all that apply.",
                    "sw": "Ni yapi kati ya haya ambayo ni matukio ya usalama unayopaswa kuripoti "
                    "kwa Dawati la Huduma za TEHAMA? Chagua majibu yote sahihi.",
                    "ar": "أيٌّ مما يلي يُعدّ حادثًا أمنيًا ينبغي إبلاغ مكتب خدمة تقنية المعلومات "
                    "عنه؟ اختر كل الإجابات الصحيحة.",
                    "fr": "Parmi ces situations, lesquelles sont des incidents de sécurité à "
                    "signaler au service d’assistance informatique ? Cochez toutes les bonnes "
                    "réponses.",
                },
                "explanation": {
                    "en": "A security incident is any event that could harm the confidentiality, "
                    "integrity or availability of government information or systems. Misdirected "
                    "emails, lost devices and ransom demands all count.",
                    "sw": "Tukio la usalama ni jambo lolote linaloweza kuathiri usiri, uadilifu "
                    "au upatikanaji wa taarifa au mifumo ya Serikali. Barua pepe zilizotumwa "
                    "kimakosa, vifaa vilivyopotea na ujumbe unaodai fidia yote ni matukio.",
                    "ar": "الحادث الأمني هو أي واقعة قد تمسّ سرية المعلومات أو الأنظمة الحكومية "
                    "أو سلامتها أو توافرها. والرسائل المرسلة خطأً والأجهزة المفقودة ورسائل طلب "
                    "الفدية كلها حوادث أمنية.",
                    "fr": "Un incident de sécurité est tout événement susceptible de porter "
                    "atteinte à la confidentialité, à l’intégrité ou à la disponibilité des "
                    "informations ou des systèmes de l’administration. Un courriel mal adressé, "
                    "un appareil perdu ou une demande de rançon en font partie.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "You sent an email containing citizens’ personal data to the "
                            "wrong person.",
                            "sw": "Umetuma barua pepe yenye taarifa binafsi za wananchi kwa mtu "
                            "asiyehusika.",
                            "ar": "أرسلت رسالة بريد إلكتروني تتضمن بيانات شخصية لمواطنين إلى شخص "
                            "غير معنيّ.",
                            "fr": "Vous avez envoyé un courriel contenant des données "
                            "personnelles de citoyens à la mauvaise personne.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: a misdirected email containing personal data is an "
                            "incident.",
                            "sw": "Ndiyo: barua pepe yenye taarifa binafsi iliyotumwa kimakosa ni "
                            "tukio la usalama.",
                            "ar": "نعم، فالرسالة التي تحمل بيانات شخصية وأُرسلت خطأً حادث أمني.",
                            "fr": "Oui : un courriel mal adressé contenant des données "
                            "personnelles est un incident.",
                        },
                    },
                    {
                        "text": {
                            "en": "Your work phone, which receives official email, was stolen.",
                            "sw": "Simu yako ya kazini, inayopokea barua pepe rasmi, imeibwa.",
                            "ar": "سُرق هاتف العمل الذي تتلقى عليه بريدك الرسمي.",
                            "fr": "Votre téléphone professionnel, qui reçoit la messagerie "
                            "officielle, a été volé.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: report it at once so that it can be locked or wiped "
                            "remotely.",
                            "sw": "Ndiyo: ripoti mara moja ili ifungwe au taarifa zake zifutwe "
                            "kwa mbali.",
                            "ar": "نعم، فأبلغ فورًا حتى يمكن قفله أو مسح بياناته عن بُعد.",
                            "fr": "Oui : signalez-le sans attendre pour qu’il soit verrouillé ou "
                            "effacé à distance.",
                        },
                    },
                    {
                        "text": {
                            "en": "A message on your screen says your files are locked and "
                            "demands payment.",
                            "sw": "Ujumbe kwenye skrini yako unasema mafaili yako yamefungwa na "
                            "unadai malipo.",
                            "ar": "ظهرت على شاشتك رسالة تقول إن ملفاتك مقفلة وتطالب بدفع مبلغ.",
                            "fr": "Un message à l’écran annonce que vos fichiers sont bloqués et "
                            "exige un paiement.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: this is typical of ransomware; report it and never pay.",
                            "sw": "Ndiyo: hii ni dalili ya programu ya kudai fidia (ransomware); "
                            "ripoti na kamwe usilipe.",
                            "ar": "نعم، هذه علامة على برمجيات الفدية، فأبلغ عنها ولا تدفع أبدًا.",
                            "fr": "Oui : c’est typique d’un rançongiciel ; signalez-le et ne "
                            "payez jamais.",
                        },
                    },
                    {
                        "text": {
                            "en": "You locked your screen before going to a meeting.",
                            "sw": "Ulifunga skrini yako kabla ya kwenda kikaoni.",
                            "ar": "قفلت شاشتك قبل الذهاب إلى اجتماع.",
                            "fr": "Vous avez verrouillé votre écran avant de partir en réunion.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: that is a good habit, not an incident.",
                            "sw": "Hapana: hiyo ni tabia njema, si tukio la usalama.",
                            "ar": "لا، فهذه عادة جيدة وليست حادثًا أمنيًا.",
                            "fr": "Non : c’est une bonne habitude, pas un incident.",
                        },
                    },
                    {
                        "text": {
                            "en": "The system asked you to install updates, and you installed "
                            "them.",
                            "sw": "Mfumo ulikutaka usakinishe masasisho, nawe ukayasakinisha.",
                            "ar": "طلب منك النظام تثبيت تحديثات فثبّتها.",
                            "fr": "Le système vous a demandé d’installer des mises à jour, et "
                            "vous l’avez fait.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: installing requested updates is exactly what you should do.",
                            "sw": "Hapana: kusakinisha masasisho unayotakiwa ndicho hasa "
                            "unachopaswa kufanya.",
                            "ar": "لا، فتثبيت التحديثات المطلوبة هو بالضبط ما ينبغي أن تفعله.",
                            "fr": "Non : installer les mises à jour demandées est exactement ce "
                            "qu’il faut faire.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
            {
                "kind": "multiple",
                "scoring": "all_or_nothing",
                "text": {
                    "en": "You clicked a link in an email and typed your password on a page that "
                    "now looks fake. What should you do? Select all that apply.",
                    "sw": "Umebofya kiungo kwenye barua pepe na kuandika nenosiri lako kwenye "
                    "ukurasa ambao sasa unaonekana bandia. Unapaswa kufanya nini? Chagua majibu "
                    "yote sahihi.",
                    "ar": "نقرت على رابط في رسالة بريد إلكتروني وأدخلت كلمة مرورك في صفحة تبدو "
                    "الآن مزيّفة. ماذا تفعل؟ اختر كل الإجابات الصحيحة.",
                    "fr": "Vous avez cliqué sur un lien dans un courriel et saisi votre mot de "
                    "passe sur une page qui semble maintenant frauduleuse. Que devez-vous faire ? "
                    "Cochez toutes les bonnes réponses.",
                },
                "explanation": {
                    "en": "Report at once, change your password and give clear facts. Nobody is "
                    "punished for quickly reporting an honest mistake, but a hidden or late "
                    "report makes the damage worse.",
                    "sw": "Ripoti mara moja, badilisha nenosiri lako na utoe taarifa zilizo wazi. "
                    "Hakuna atakayeadhibiwa kwa kuripoti haraka kosa la nia njema, lakini kuficha "
                    "au kuchelewa kuripoti huongeza madhara.",
                    "ar": "أبلغ فورًا، وغيّر كلمة مرورك، وقدّم وقائع واضحة. لن يُعاقَب أحد على "
                    "الإبلاغ السريع عن خطأ وقع بحسن نية، أما إخفاء الخطأ أو تأخير الإبلاغ فيزيد "
                    "الضرر.",
                    "fr": "Signalez immédiatement, changez votre mot de passe et donnez des faits "
                    "précis. Personne n’est sanctionné pour avoir vite signalé une erreur de "
                    "bonne foi, mais une erreur cachée ou signalée tard aggrave les dégâts.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Report it to the ICT service desk straight away",
                            "sw": "Ripoti kwa Dawati la Huduma za TEHAMA mara moja",
                            "ar": "أبلغ مكتب خدمة تقنية المعلومات فورًا",
                            "fr": "Signaler immédiatement l’incident au service d’assistance "
                            "informatique",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: acting within minutes can stop the attacker.",
                            "sw": "Ndiyo: kuchukua hatua ndani ya dakika chache kunaweza kumzuia "
                            "mhalifu.",
                            "ar": "نعم، فالتحرّك خلال دقائق قد يوقف المهاجم.",
                            "fr": "Oui : agir en quelques minutes peut arrêter l’attaquant.",
                        },
                    },
                    {
                        "text": {
                            "en": "Change your password",
                            "sw": "Badilisha nenosiri lako",
                            "ar": "غيّر كلمة مرورك",
                            "fr": "Changer votre mot de passe",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: the attacker may already have it.",
                            "sw": "Ndiyo: huenda mhalifu tayari analo.",
                            "ar": "نعم، فقد يكون المهاجم قد حصل عليها بالفعل.",
                            "fr": "Oui : l’attaquant l’a peut-être déjà.",
                        },
                    },
                    {
                        "text": {
                            "en": "Tell the service desk what happened, when, and which account "
                            "is affected",
                            "sw": "Lieleze Dawati la Huduma kilichotokea, lini, na akaunti gani "
                            "imeathirika",
                            "ar": "أخبر مكتب الخدمة بما حدث ومتى، وبالحساب المتأثّر",
                            "fr": "Indiquer au service d’assistance ce qui s’est passé, quand, et "
                            "quel compte est concerné",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: clear facts help them act quickly.",
                            "sw": "Ndiyo: taarifa zilizo wazi huwasaidia kuchukua hatua haraka.",
                            "ar": "نعم، فالوقائع الواضحة تساعدهم على التحرّك بسرعة.",
                            "fr": "Oui : des faits précis l’aident à réagir vite.",
                        },
                    },
                    {
                        "text": {
                            "en": "Delete the email so that nobody finds out",
                            "sw": "Futa barua pepe hiyo ili mtu yeyote asijue",
                            "ar": "احذف الرسالة حتى لا يعلم أحد",
                            "fr": "Supprimer le courriel pour que personne ne le sache",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: the service desk may need the message for its "
                            "investigation.",
                            "sw": "Hapana: Dawati la Huduma linaweza kuuhitaji ujumbe huo kwa "
                            "uchunguzi.",
                            "ar": "لا، فقد يحتاج مكتب الخدمة إلى الرسالة في التحقيق.",
                            "fr": "Non : le service d’assistance peut en avoir besoin pour son "
                            "enquête.",
                        },
                    },
                    {
                        "text": {
                            "en": "Wait a day to see whether anything strange happens",
                            "sw": "Subiri siku moja uone kama kutatokea jambo lisilo la kawaida",
                            "ar": "انتظر يومًا لترى إن كان سيحدث شيء غريب",
                            "fr": "Attendre un jour pour voir si quelque chose d’anormal se "
                            "produit",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: do not wait until you are sure; a late report can cost "
                            "days of work.",
                            "sw": "Hapana: usisubiri hadi uwe na uhakika; ripoti iliyochelewa "
                            "inaweza kugharimu siku kadhaa za kazi.",
                            "ar": "لا، لا تنتظر حتى تتيقّن، فالبلاغ المتأخر قد يكلّف أيامًا من العمل.",
                            "fr": "Non : n’attendez pas d’être sûr ; un signalement tardif peut "
                            "coûter des jours de travail.",
                        },
                    },
                ],
                "accepted_answers": {},
            },
        ],
    },
}
