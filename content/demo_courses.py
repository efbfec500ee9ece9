"""Text of the two demo courses, in English, Kiswahili, Arabic and French."""

CATEGORIES = [
    {
        "slug": "digital-literacy",
        "name": {
            "en": "Digital literacy",
            "sw": "Ujuzi wa kidijitali",
            "ar": "المهارات الرقمية",
            "fr": "Culture numérique",
        },
    },
    {
        "slug": "cybersecurity",
        "name": {
            "en": "Cybersecurity",
            "sw": "Usalama wa mtandao",
            "ar": "الأمن السيبراني",
            "fr": "Cybersécurité",
        },
    },
    {
        "slug": "e-government",
        "name": {
            "en": "E-government systems",
            "sw": "Mifumo ya Serikali Mtandao",
            "ar": "أنظمة الحكومة الإلكترونية",
            "fr": "Systèmes d’administration électronique",
        },
    },
]

CATALOGUE = {
    "slug": "courses",
    "title": {"en": "Courses", "sw": "Kozi", "ar": "الدورات التدريبية", "fr": "Formations"},
    "intro": {
        "en": "<p>Short, practical courses on digital skills and cybersecurity for the public "
        "service. Learn at your own pace, on a computer or a phone, in the language you "
        "prefer.</p>",
        "sw": "<p>Kozi fupi za vitendo kuhusu ujuzi wa kidijitali na usalama wa mtandao kwa "
        "watumishi wa umma. Jifunze kwa kasi yako mwenyewe, kwenye kompyuta au simu, kwa lugha "
        "unayoipendelea.</p>",
        "ar": "<p>دورات قصيرة وعملية في المهارات الرقمية والأمن السيبراني لموظفي الخدمة العامة. "
        "تعلّم وفق وتيرتك الخاصة، على الحاسوب أو الهاتف، وباللغة التي تفضّلها.</p>",
        "fr": "<p>Des formations courtes et pratiques au numérique et à la cybersécurité pour la "
        "fonction publique. Apprenez à votre rythme, sur ordinateur ou sur téléphone, dans la "
        "langue de votre choix.</p>",
    },
}

COURSES = [
    {
        "slug": "digital-literacy-basics",
        "category": "digital-literacy",
        "level": "beginner",
        "duration_minutes": 60,
        "title": {
            "en": "Digital literacy basics",
            "sw": "Misingi ya ujuzi wa kidijitali",
            "ar": "أساسيات المهارات الرقمية",
            "fr": "Les bases du numérique",
        },
        "summary": {
            "en": "A practical introduction to the everyday digital tools of a ministry: official "
            "email, the shared drive, the web and government e-services. You will learn habits "
            "that save time, keep records in order and protect official information.",
            "sw": "Utangulizi wa vitendo kuhusu nyenzo za kidijitali zinazotumika kila siku "
            "wizarani: barua pepe rasmi, hifadhi ya pamoja, mtandao na huduma za Serikali "
            "Mtandao. Utajifunza tabia zinazookoa muda, zinazoweka kumbukumbu katika mpangilio na "
            "zinazolinda taarifa rasmi.",
            "ar": "مدخل عملي إلى الأدوات الرقمية التي تُستخدم يوميًا في الوزارة: البريد "
            "الإلكتروني الرسمي، ومحرك الأقراص المشترك، والإنترنت، والخدمات الحكومية الإلكترونية. "
            "ستتعلّم عادات توفّر الوقت وتحافظ على تنظيم السجلات وتحمي المعلومات الرسمية.",
            "fr": "Une introduction pratique aux outils numériques du quotidien dans un ministère "
            ": messagerie officielle, lecteur partagé, Web et services publics en ligne. Vous y "
            "apprendrez des habitudes qui font gagner du temps, tiennent les dossiers en ordre et "
            "protègent l’information officielle.",
        },
        "objectives": {
            "en": "<ul><li>Write clear, professional emails and use To, Cc and Bcc correctly.</li>"
            "<li>Save, name and organise files on the shared drive so that colleagues can find "
            "them.</li><li>Tell a genuine website from a fake one by reading its address, and "
            "browse safely at work and on the move.</li><li>Use government portals such as "
            "payroll, tax and e-procurement correctly and securely.</li><li>Report system "
            "problems to the ICT service desk with the details needed to solve them.</li></ul>",
            "sw": "<ul><li>Kuandika barua pepe zilizo wazi na za kitaalamu, na kutumia sehemu za "
            "Kwa, Cc na Bcc ipasavyo.</li><li>Kuhifadhi, kutaja majina na kupanga mafaili kwenye "
            "hifadhi ya pamoja ili wenzako wayapate kwa urahisi.</li><li>Kutofautisha tovuti "
            "halisi na bandia kwa kusoma anwani yake, na kuvinjari kwa usalama ukiwa kazini au "
            "safarini.</li><li>Kutumia mifumo ya Serikali, kama ya mishahara, kodi na ununuzi wa "
            "umma kwa njia ya kielektroniki, kwa usahihi na kwa usalama.</li><li>Kuripoti "
            "matatizo ya mifumo kwa Dawati la Huduma za TEHAMA ukitoa taarifa zinazohitajika "
            "kuyatatua.</li></ul>",
            "ar": "<ul><li>كتابة رسائل بريد إلكتروني واضحة ومهنية، واستخدام خانات «إلى» و«نسخة» "
            "و«نسخة مخفية» استخدامًا صحيحًا.</li><li>حفظ الملفات وتسميتها وتنظيمها على محرك "
            "الأقراص المشترك بحيث يعثر عليها الزملاء بسهولة.</li><li>التمييز بين الموقع الحقيقي "
            "والمزيّف من خلال قراءة عنوانه، والتصفّح بأمان في العمل وفي أثناء التنقّل.</li>"
            "<li>استخدام البوابات الحكومية، مثل أنظمة الرواتب والضرائب والمشتريات الإلكترونية، "
            "استخدامًا صحيحًا وآمنًا.</li><li>الإبلاغ عن أعطال الأنظمة إلى مكتب خدمة تقنية "
            "المعلومات مع التفاصيل اللازمة لحلّها.</li></ul>",
            "fr": "<ul><li>Rédiger des courriels clairs et professionnels et utiliser "
            "correctement les champs À, Cc et Cci.</li><li>Enregistrer, nommer et classer les "
            "fichiers sur le lecteur partagé pour que vos collègues les retrouvent.</li>"
            "<li>Distinguer un site authentique d’un faux en lisant son adresse, et naviguer en "
            "sécurité au bureau comme en déplacement.</li><li>Utiliser correctement et en toute "
            "sécurité les portails de l’administration : paie, impôts, marchés publics en "
            "ligne.</li><li>Signaler les problèmes techniques au service d’assistance "
            "informatique avec les informations nécessaires pour les résoudre.</li></ul>",
        },
        "audience": {
            "en": "All civil servants, especially staff who are new to working with computers",
            "sw": "Watumishi wote wa umma, hasa wale wanaoanza kutumia kompyuta kazini",
            "ar": "جميع موظفي الخدمة العامة، ولا سيما المبتدئون في العمل بالحاسوب",
            "fr": "Tous les agents publics, en particulier ceux qui débutent avec l’outil "
            "informatique",
        },
        "sections": [
            {
                "slug": "working-with-information",
                "title": {
                    "en": "Working with information",
                    "sw": "Kufanya kazi na taarifa",
                    "ar": "التعامل مع المعلومات",
                    "fr": "Travailler avec l’information",
                },
                "summary": {
                    "en": "Communicate clearly by official email and keep documents organised and "
                    "safe on the shared drive.",
                    "sw": "Wasiliana kwa uwazi kupitia barua pepe rasmi, na weka nyaraka katika "
                    "mpangilio mzuri na salama kwenye hifadhi ya pamoja.",
                    "ar": "تواصل بوضوح عبر البريد الإلكتروني الرسمي، وحافظ على المستندات منظّمة "
                    "وآمنة على محرك الأقراص المشترك.",
                    "fr": "Communiquer clairement par courriel officiel et garder les documents "
                    "bien classés et en sécurité sur le lecteur partagé.",
                },
                "lessons": [
                    {
                        "slug": "using-email",
                        "duration_minutes": 15,
                        "requires_previous": False,
                        "title": {
                            "en": "Using official email well",
                            "sw": "Kutumia barua pepe rasmi ipasavyo",
                            "ar": "استخدام البريد الإلكتروني الرسمي استخدامًا سليمًا",
                            "fr": "Bien utiliser la messagerie officielle",
                        },
                        "body": {
                            "en": [
                                (
                                    "heading",
                                    {
                                        "text": "Your official email is an official record",
                                        "level": "h2",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Your ministry email account is both a working tool and an "
                                    "official channel. Messages you send from it speak for your "
                                    "office, and they may be filed, audited or requested later "
                                    "under records and access-to-information rules. Use it for "
                                    "government business only, and keep personal matters in a "
                                    "personal account.</p><p>Before you send, check the "
                                    "basics:</p><ul><li><b>To</b> is for the people who must act; "
                                    "<b>Cc</b> is for people who only need to know.</li><li>Use "
                                    "<b>Bcc</b> when writing to many outside addresses, so that "
                                    "you do not reveal everyone’s address to everyone else.</li>"
                                    "<li>Think twice before <b>Reply all</b>: does every "
                                    "recipient really need your answer?</li></ul>",
                                ),
                                ("heading", {"text": "Writing a clear message", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>A good subject line tells the reader what the message is "
                                    "about and what you need, for example <i>“Q3 budget returns – "
                                    "figures needed by Thursday”</i>. Keep to one topic per "
                                    "email. Open with the purpose, give the facts in short "
                                    "paragraphs, and end with a clear request and a deadline. "
                                    "Sign with your full name, title, department and official "
                                    "telephone number.</p><p>Do not attach large files again and "
                                    "again. Save the document on the shared drive and send a link "
                                    "or the folder path instead, so that everyone works on the "
                                    "same version.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "Check before you click or forward",
                                        "text": "<p>Email is the most common way attackers reach "
                                        "staff. Look at the sender’s full address, not only the "
                                        "display name. Do not open attachments you were not "
                                        "expecting, and never forward official documents to a "
                                        "personal email account to “work from home”: use the "
                                        "approved remote access instead.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Finally, keep your mailbox in order. File messages into "
                                    "folders by subject or file number, delete what you no longer "
                                    "need, and set an automatic out-of-office reply when you are "
                                    "away, naming a colleague who can help in the meantime.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Official email is an official record: use it for "
                                            "work only.",
                                            "Write a clear subject line and keep to one topic per "
                                            "message.",
                                            "Use Cc, Bcc and Reply all with care.",
                                            "Share a link to the shared drive instead of a large "
                                            "attachment.",
                                            "Check the sender’s real address before opening "
                                            "attachments.",
                                        ],
                                    },
                                ),
                            ],
                            "sw": [
                                (
                                    "heading",
                                    {
                                        "text": "Barua pepe yako rasmi ni kumbukumbu rasmi",
                                        "level": "h2",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Akaunti yako ya barua pepe ya wizara ni nyenzo ya kazi na "
                                    "pia njia rasmi ya mawasiliano. Ujumbe unaotuma kupitia "
                                    "akaunti hiyo unaiwakilisha ofisi yako, na unaweza "
                                    "kuhifadhiwa, kukaguliwa au kuombwa baadaye kwa mujibu wa "
                                    "sheria za utunzaji wa kumbukumbu na upatikanaji wa taarifa. "
                                    "Itumie kwa shughuli za Serikali pekee, na tumia akaunti "
                                    "binafsi kwa mambo yako binafsi.</p><p>Kabla ya kutuma, "
                                    "hakikisha mambo haya ya msingi:</p><ul><li>Sehemu ya <b>Kwa "
                                    "(To)</b> ni kwa watu wanaopaswa kuchukua hatua; <b>Nakala "
                                    "(Cc)</b> ni kwa wanaohitaji kufahamu tu.</li><li>Tumia "
                                    "<b>Nakala fiche (Bcc)</b> unapowaandikia watu wengi wa nje, "
                                    "ili usionyeshe anwani ya kila mmoja kwa wengine wote.</li>"
                                    "<li>Fikiri mara mbili kabla ya kubofya <b>Jibu wote (Reply "
                                    "all)</b>: je, kila mpokeaji anahitaji kweli jibu lako?</li>"
                                    "</ul>",
                                ),
                                ("heading", {"text": "Kuandika ujumbe ulio wazi", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>Kichwa kizuri cha barua pepe kinamweleza msomaji ujumbe "
                                    "unahusu nini na unahitaji nini kutoka kwake, kwa mfano "
                                    "<i>“Taarifa ya bajeti robo ya tatu – takwimu zinahitajika "
                                    "kabla ya Alhamisi”</i>. Andika kuhusu jambo moja tu katika "
                                    "kila barua pepe. Anza kwa kueleza lengo, toa taarifa kwa aya "
                                    "fupi, na malizia kwa ombi lililo wazi pamoja na muda wa "
                                    "mwisho. Weka sahihi yenye jina lako kamili, cheo, idara na "
                                    "namba ya simu ya ofisi.</p><p>Usiambatishe mafaili makubwa "
                                    "tena na tena. Hifadhi nyaraka kwenye hifadhi ya pamoja "
                                    "(shared drive) na utume kiungo au njia ya folda, ili kila "
                                    "mtu afanyie kazi toleo lile lile.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "Hakiki kabla ya kubofya au kusambaza",
                                        "text": "<p>Barua pepe ndiyo njia inayotumiwa zaidi na "
                                        "wahalifu wa mtandao kuwafikia watumishi. Angalia anwani "
                                        "kamili ya mtumaji, si jina linaloonekana pekee. "
                                        "Usifungue viambatisho usivyovitarajia, na kamwe "
                                        "usisambaze nyaraka rasmi kwenda kwenye barua pepe yako "
                                        "binafsi ili “ufanyie kazi nyumbani”: tumia njia ya "
                                        "kuunganishwa kwa mbali iliyoidhinishwa.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Mwisho, weka sanduku lako la barua pepe katika mpangilio. "
                                    "Panga jumbe katika folda kulingana na mada au namba ya "
                                    "jalada, futa usivyovihitaji tena, na weka jibu la "
                                    "kiotomatiki (out-of-office) unapokuwa nje ya ofisi, ukimtaja "
                                    "mwenzako anayeweza kusaidia wakati huo.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Barua pepe rasmi ni kumbukumbu rasmi: itumie kwa "
                                            "kazi pekee.",
                                            "Andika kichwa kilicho wazi na jambo moja tu katika "
                                            "kila ujumbe.",
                                            "Tumia Cc, Bcc na Jibu wote kwa uangalifu.",
                                            "Tuma kiungo cha hifadhi ya pamoja badala ya "
                                            "kiambatisho kikubwa.",
                                            "Hakiki anwani halisi ya mtumaji kabla ya kufungua "
                                            "viambatisho.",
                                        ],
                                    },
                                ),
                            ],
                            "ar": [
                                (
                                    "heading",
                                    {"text": "بريدك الإلكتروني الرسمي سجلّ رسمي", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>حساب بريدك الإلكتروني في الوزارة أداةُ عمل وقناةُ اتصال "
                                    "رسمية في آنٍ واحد. فالرسائل التي ترسلها منه تتحدث باسم "
                                    "مكتبك، وقد تُحفَظ أو تخضع للتدقيق أو يُطلَب الاطلاع عليها "
                                    "لاحقًا وفقًا لقواعد حفظ السجلات والحق في الحصول على "
                                    "المعلومات. لذا استخدمه لأعمال الحكومة فقط، واحتفظ بشؤونك "
                                    "الخاصة في حساب شخصي.</p><p>قبل الإرسال، تحقّق من "
                                    "الأساسيات:</p><ul><li>خانة <b>إلى</b> مخصّصة لمن يُطلَب منهم "
                                    "اتخاذ إجراء، وخانة <b>نسخة (Cc)</b> لمن يحتاجون إلى العلم "
                                    "فقط.</li><li>استخدم <b>نسخة مخفية (Bcc)</b> عند مراسلة عدد "
                                    "كبير من العناوين الخارجية، حتى لا تكشف عنوان كل شخص "
                                    "للآخرين.</li><li>فكّر مرتين قبل استخدام <b>الرد على "
                                    "الكل</b>: هل يحتاج كل المستلمين فعلًا إلى ردّك؟</li></ul>",
                                ),
                                ("heading", {"text": "كتابة رسالة واضحة", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>سطر الموضوع الجيد يُخبر القارئ بمضمون الرسالة وبما تحتاجه "
                                    "منه، مثل: <i>«بيانات موازنة الربع الثالث – الأرقام مطلوبة "
                                    "قبل يوم الخميس»</i>. التزم بموضوع واحد في كل رسالة. ابدأ "
                                    "بالغرض، واعرض الوقائع في فقرات قصيرة، واختم بطلب واضح وموعد "
                                    "نهائي. ووقّع باسمك الكامل ومسمّاك الوظيفي وإدارتك ورقم هاتفك "
                                    "الرسمي.</p><p>لا ترفق الملفات الكبيرة مرة بعد مرة، بل احفظ "
                                    "المستند على محرك الأقراص المشترك وأرسل رابطه أو مسار المجلد، "
                                    "ليعمل الجميع على النسخة نفسها.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "تحقّق قبل أن تنقر أو تعيد التوجيه",
                                        "text": "<p>البريد الإلكتروني هو أكثر الطرق شيوعًا التي "
                                        "يصل بها المهاجمون إلى الموظفين. انظر إلى عنوان المرسل "
                                        "كاملًا، لا إلى الاسم الظاهر فقط. لا تفتح مرفقات لم تكن "
                                        "تتوقعها، ولا تُعِد أبدًا توجيه الوثائق الرسمية إلى بريدك "
                                        "الشخصي «للعمل من المنزل»، بل استخدم وسيلة الوصول عن بُعد "
                                        "المعتمدة.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>وأخيرًا، حافظ على تنظيم صندوق بريدك: صنّف الرسائل في "
                                    "مجلدات بحسب الموضوع أو رقم الملف، واحذف ما لم تعد بحاجة "
                                    "إليه، وفعّل الرد التلقائي عند غيابك عن المكتب مع ذكر زميل "
                                    "يمكنه المساعدة في أثناء غيابك.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "بريدك الرسمي سجلّ رسمي: استخدمه للعمل فقط.",
                                            "سطر موضوع واضح، وموضوع واحد فقط في كل رسالة.",
                                            "استخدم خانتي النسخة والنسخة المخفية وخيار الرد على "
                                            "الكل بحذر.",
                                            "شارك رابطًا إلى محرك الأقراص المشترك بدلًا من مرفق "
                                            "كبير.",
                                            "تحقّق من عنوان المرسل الحقيقي قبل فتح المرفقات.",
                                        ],
                                    },
                                ),
                            ],
                            "fr": [
                                (
                                    "heading",
                                    {
                                        "text": "Un courriel officiel est un document "
                                        "administratif",
                                        "level": "h2",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Votre adresse électronique professionnelle est à la fois "
                                    "un outil de travail et un canal officiel. Les messages que "
                                    "vous envoyez engagent votre service ; ils peuvent être "
                                    "archivés, contrôlés ou communiqués plus tard en application "
                                    "des règles sur les archives et l’accès à l’information. "
                                    "Réservez-la aux affaires de l’administration et gardez vos "
                                    "échanges personnels pour une adresse personnelle.</p>"
                                    "<p>Avant d’envoyer, vérifiez l’essentiel :</p><ul><li>Le "
                                    "champ <b>À</b> est réservé aux personnes qui doivent agir ; "
                                    "le champ <b>Cc</b> à celles qui doivent seulement être "
                                    "informées.</li><li>Utilisez <b>Cci</b> lorsque vous écrivez "
                                    "à de nombreux destinataires extérieurs, afin de ne pas "
                                    "révéler l’adresse de chacun à tous les autres.</li>"
                                    "<li>Réfléchissez avant de cliquer sur <b>Répondre à tous</b> "
                                    ": chaque destinataire a-t-il vraiment besoin de votre "
                                    "réponse ?</li></ul>",
                                ),
                                ("heading", {"text": "Rédiger un message clair", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>Un bon objet indique au lecteur de quoi parle le message "
                                    "et ce que vous attendez de lui, par exemple <i>« Exécution "
                                    "budgétaire T3 – chiffres attendus pour jeudi »</i>. "
                                    "Limitez-vous à un sujet par courriel. Commencez par "
                                    "l’objectif, présentez les faits en paragraphes courts et "
                                    "terminez par une demande claire assortie d’une échéance. "
                                    "Signez avec vos nom et prénom, votre fonction, votre "
                                    "direction et votre numéro de téléphone professionnel.</p>"
                                    "<p>N’envoyez pas de lourdes pièces jointes encore et encore. "
                                    "Enregistrez le document sur le lecteur partagé et envoyez "
                                    "plutôt un lien ou le chemin du dossier : tout le monde "
                                    "travaillera ainsi sur la même version.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "Vérifiez avant de cliquer ou de transférer",
                                        "text": "<p>Le courriel est le moyen le plus utilisé par "
                                        "les attaquants pour atteindre les agents. Regardez "
                                        "l’adresse complète de l’expéditeur, pas seulement le nom "
                                        "affiché. N’ouvrez pas de pièce jointe inattendue et ne "
                                        "transférez jamais de documents officiels vers votre "
                                        "messagerie personnelle pour « travailler à la maison » : "
                                        "utilisez l’accès à distance autorisé.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Enfin, gardez votre boîte de réception en ordre. Classez "
                                    "les messages dans des dossiers par sujet ou par numéro de "
                                    "dossier, supprimez ce dont vous n’avez plus besoin et "
                                    "activez une réponse automatique d’absence lorsque vous "
                                    "n’êtes pas au bureau, en indiquant un collègue qui peut "
                                    "prendre le relais.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Un courriel officiel est un document administratif : "
                                            "réservez-le au travail.",
                                            "Rédigez un objet clair et traitez un seul sujet par "
                                            "message.",
                                            "Utilisez Cc, Cci et « Répondre à tous » avec "
                                            "discernement.",
                                            "Partagez un lien vers le lecteur partagé plutôt "
                                            "qu’une lourde pièce jointe.",
                                            "Vérifiez l’adresse réelle de l’expéditeur avant "
                                            "d’ouvrir une pièce jointe.",
                                        ],
                                    },
                                ),
                            ],
                        },
                    },
                    {
                        "slug": "files-and-shared-drive",
                        "duration_minutes": 15,
                        "requires_previous": False,
                        "title": {
                            "en": "Files, folders and the shared drive",
                            "sw": "Mafaili, folda na hifadhi ya pamoja",
                            "ar": "الملفات والمجلدات ومحرك الأقراص المشترك",
                            "fr": "Fichiers, dossiers et lecteur partagé",
                        },
                        "body": {
                            "en": [
                                (
                                    "heading",
                                    {"text": "Why the shared drive matters", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Most ministries keep their working documents on a shared "
                                    "network drive or in a document management system. Unlike the "
                                    "desktop of your computer, the shared drive is backed up "
                                    "every night, access to it is controlled, and colleagues can "
                                    "find the latest version while you are on leave. A file that "
                                    "exists only on your own computer or on a USB stick can be "
                                    "lost together with the device.</p><p>Save work files on the "
                                    "shared drive, in your unit’s folder, from the start – not at "
                                    "the end of the week.</p>",
                                ),
                                (
                                    "heading",
                                    {
                                        "text": "Naming files so that others can find them",
                                        "level": "h3",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Agree on one naming pattern in your unit and use it every "
                                    "time. A good pattern puts the date first, then the subject, "
                                    "then the version:</p><ul><li>"
                                    "<i>2024-03-15_Procurement-plan_v02.docx</i></li><li>"
                                    "<i>2024-03-20_Staff-meeting-minutes_FINAL.pdf</i></li></ul>"
                                    "<p>Writing the date as year-month-day keeps files in date "
                                    "order automatically. Avoid names such as <i>document1</i> or "
                                    "<i>new new final</i>, and avoid special characters such as / "
                                    "\\ : * ? which some systems reject.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Work on one copy, not many",
                                        "text": "<p>Instead of emailing a document back and "
                                        "forth, keep one copy on the shared drive and let "
                                        "colleagues edit it there. Put the version number in the "
                                        "file name, or use the version history of the system, so "
                                        "that nobody overwrites someone else’s changes.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Keep the folder structure simple: first by function or "
                                    "activity (for example <i>Finance</i>, <i>Human "
                                    "resources</i>, <i>Projects</i>), then by year. Do not nest "
                                    "folders more than four or five levels deep. Store only what "
                                    "belongs to the ministry, and respect access rights: if you "
                                    "can open a folder you should not see, tell your supervisor "
                                    "or the ICT service desk instead of browsing it. When a file "
                                    "is no longer in use, move it to the archive folder rather "
                                    "than deleting it, following your ministry’s records "
                                    "retention rules.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Save work files on the shared drive, which is backed "
                                            "up and secured.",
                                            "Use one naming pattern: date, subject, version.",
                                            "Keep one shared copy instead of emailing versions "
                                            "around.",
                                            "Keep folders simple and respect access rights.",
                                        ],
                                    },
                                ),
                            ],
                            "sw": [
                                (
                                    "heading",
                                    {"text": "Kwa nini hifadhi ya pamoja ni muhimu", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Wizara nyingi huhifadhi nyaraka zao za kazi kwenye "
                                    "hifadhi ya pamoja ya mtandao (shared drive) au kwenye mfumo "
                                    "wa usimamizi wa nyaraka. Tofauti na eneo-kazi (desktop) la "
                                    "kompyuta yako, hifadhi ya pamoja huwekewa nakala rudufu kila "
                                    "usiku, ufikiaji wake unadhibitiwa, na wenzako wanaweza "
                                    "kupata toleo la karibuni ukiwa likizoni. Faili lililopo "
                                    "kwenye kompyuta yako au kwenye USB pekee linaweza kupotea "
                                    "pamoja na kifaa hicho.</p><p>Hifadhi mafaili ya kazi kwenye "
                                    "hifadhi ya pamoja, katika folda ya kitengo chako, tangu "
                                    "mwanzo – si mwishoni mwa wiki.</p>",
                                ),
                                (
                                    "heading",
                                    {
                                        "text": "Kuyapa mafaili majina ambayo wengine wanaweza "
                                        "kuyapata",
                                        "level": "h3",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Kubalianeni kuhusu utaratibu mmoja wa kutaja majina "
                                    "katika kitengo chenu, na mtumie kila mara. Utaratibu mzuri "
                                    "huanza na tarehe, kisha mada, kisha toleo:</p><ul><li>"
                                    "<i>2024-03-15_Mpango-wa-ununuzi_v02.docx</i></li><li>"
                                    "<i>2024-03-20_Muhtasari-wa-kikao-cha-watumishi_MWISHO.pdf</i>"
                                    "</li></ul><p>Kuandika tarehe kwa mpangilio wa "
                                    "mwaka-mwezi-siku hupanga mafaili kwa tarehe yenyewe. Epuka "
                                    "majina kama <i>document1</i> au <i>mpya mpya ya mwisho</i>, "
                                    "na epuka alama maalum kama / \\ : * ? ambazo baadhi ya "
                                    "mifumo haizikubali.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Fanyia kazi nakala moja, si nyingi",
                                        "text": "<p>Badala ya kutumiana nyaraka kwa barua pepe "
                                        "mara kwa mara, weka nakala moja kwenye hifadhi ya pamoja "
                                        "na waache wenzako waihariri hapo hapo. Weka namba ya "
                                        "toleo katika jina la faili, au tumia historia ya matoleo "
                                        "ya mfumo, ili mtu asifute mabadiliko ya mwenzake.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Muundo wa folda uwe rahisi: kwanza kwa kazi au shughuli "
                                    "(kwa mfano <i>Fedha</i>, <i>Rasilimali watu</i>, "
                                    "<i>Miradi</i>), kisha kwa mwaka. Usiweke folda ndani ya "
                                    "folda zaidi ya ngazi nne au tano. Hifadhi tu kile "
                                    "kinachohusu wizara, na heshimu haki za ufikiaji: ukiweza "
                                    "kufungua folda ambayo hupaswi kuiona, mjulishe msimamizi "
                                    "wako au Dawati la Huduma za TEHAMA badala ya kuipitia. Faili "
                                    "likiwa halitumiki tena, lihamishie kwenye folda ya "
                                    "kumbukumbu badala ya kulifuta, kwa kufuata taratibu za "
                                    "utunzaji wa kumbukumbu za wizara yako.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Hifadhi mafaili ya kazi kwenye hifadhi ya pamoja, "
                                            "yenye nakala rudufu na ulinzi.",
                                            "Tumia utaratibu mmoja wa majina: tarehe, mada, toleo.",
                                            "Tumia nakala moja ya pamoja badala ya kutumiana "
                                            "matoleo kwa barua pepe.",
                                            "Panga folda kwa urahisi na heshimu haki za ufikiaji.",
                                        ],
                                    },
                                ),
                            ],
                            "ar": [
                                (
                                    "heading",
                                    {
                                        "text": "لماذا يُعدّ محرك الأقراص المشترك مهمًّا",
                                        "level": "h2",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>تحفظ معظم الوزارات مستندات العمل على محرك أقراص مشترك على "
                                    "الشبكة أو في نظام لإدارة الوثائق. وخلافًا لسطح المكتب في "
                                    "حاسوبك، تُؤخَذ من المحرك المشترك نسخة احتياطية كل ليلة، "
                                    "ويخضع الوصول إليه للرقابة، ويستطيع زملاؤك العثور على أحدث "
                                    "نسخة من الملف وأنت في إجازة. أما الملف الموجود على حاسوبك أو "
                                    "على ذاكرة USB فقط فقد يضيع مع الجهاز.</p><p>احفظ ملفات العمل "
                                    "على المحرك المشترك، في مجلد وحدتك، منذ البداية لا في نهاية "
                                    "الأسبوع.</p>",
                                ),
                                (
                                    "heading",
                                    {"text": "تسمية الملفات بحيث يجدها الآخرون", "level": "h3"},
                                ),
                                (
                                    "paragraph",
                                    "<p>اتفقوا في وحدتكم على نمط واحد لتسمية الملفات والتزموا به "
                                    "في كل مرة. يبدأ النمط الجيد بالتاريخ، ثم الموضوع، ثم رقم "
                                    "النسخة:</p><ul><li>"
                                    "<i>2024-03-15_Procurement-plan_v02.docx</i></li><li>"
                                    "<i>2024-03-20_Staff-meeting-minutes_FINAL.pdf</i></li></ul>"
                                    "<p>كتابة التاريخ بترتيب السنة ثم الشهر ثم اليوم تجعل الملفات "
                                    "مرتّبة زمنيًا تلقائيًا. وتجنّب أسماء مثل <i>document1</i> أو "
                                    "<i>جديد نهائي نهائي</i>، وتجنّب الرموز الخاصة مثل / \\ : * ? "
                                    "لأن بعض الأنظمة ترفضها.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "اعمل على نسخة واحدة لا على نسخ متعددة",
                                        "text": "<p>بدلًا من تبادل المستند بالبريد الإلكتروني "
                                        "ذهابًا وإيابًا، احتفظ بنسخة واحدة على المحرك المشترك ودع "
                                        "زملاءك يعدّلونها هناك. وضع رقم النسخة في اسم الملف، أو "
                                        "استخدم سجلّ النسخ في النظام، حتى لا يمحو أحدٌ تعديلات "
                                        "غيره.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>اجعل بنية المجلدات بسيطة: أولًا حسب الوظيفة أو النشاط "
                                    "(مثل <i>المالية</i> و<i>الموارد البشرية</i> "
                                    "و<i>المشاريع</i>)، ثم حسب السنة. ولا تتجاوز أربعة أو خمسة "
                                    "مستويات من المجلدات المتداخلة. لا تحفظ إلا ما يخص الوزارة، "
                                    "واحترم صلاحيات الوصول: إذا تمكّنت من فتح مجلد لا ينبغي أن "
                                    "تطّلع عليه فأبلغ رئيسك المباشر أو مكتب خدمة تقنية المعلومات "
                                    "بدلًا من تصفّحه. وعندما لا يعود الملف قيد الاستخدام، انقله "
                                    "إلى مجلد الأرشيف بدلًا من حذفه، وفقًا لقواعد الاحتفاظ "
                                    "بالسجلات في وزارتك.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "احفظ ملفات العمل على المحرك المشترك، فهو مؤمَّن وله "
                                            "نسخ احتياطية.",
                                            "استخدم نمط تسمية واحدًا: التاريخ ثم الموضوع ثم رقم "
                                            "النسخة.",
                                            "احتفظ بنسخة مشتركة واحدة بدلًا من تبادل النسخ "
                                            "بالبريد الإلكتروني.",
                                            "اجعل المجلدات بسيطة واحترم صلاحيات الوصول.",
                                        ],
                                    },
                                ),
                            ],
                            "fr": [
                                (
                                    "heading",
                                    {"text": "Pourquoi utiliser le lecteur partagé", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>La plupart des ministères conservent leurs documents de "
                                    "travail sur un lecteur réseau partagé ou dans un système de "
                                    "gestion électronique des documents. Contrairement au bureau "
                                    "de votre ordinateur, le lecteur partagé est sauvegardé "
                                    "chaque nuit, son accès est contrôlé et vos collègues peuvent "
                                    "trouver la dernière version pendant vos congés. Un fichier "
                                    "qui n’existe que sur votre ordinateur ou sur une clé USB "
                                    "peut disparaître avec l’appareil.</p><p>Enregistrez vos "
                                    "fichiers de travail sur le lecteur partagé, dans le dossier "
                                    "de votre unité, dès le début – et non à la fin de la "
                                    "semaine.</p>",
                                ),
                                (
                                    "heading",
                                    {
                                        "text": "Nommer les fichiers pour que les autres les "
                                        "retrouvent",
                                        "level": "h3",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Convenez d’une règle de nommage unique dans votre unité "
                                    "et appliquez-la à chaque fois. Une bonne règle place d’abord "
                                    "la date, puis le sujet, puis la version :</p><ul><li>"
                                    "<i>2024-03-15_Plan-de-passation-des-marches_v02.docx</i></li>"
                                    "<li><i>2024-03-20_CR-reunion-du-personnel_DEFINITIF.pdf</i>"
                                    "</li></ul><p>Écrire la date sous la forme année-mois-jour "
                                    "classe automatiquement les fichiers par ordre chronologique. "
                                    "Évitez les noms comme <i>document1</i> ou <i>nouveau nouveau "
                                    "final</i>, ainsi que les caractères spéciaux comme / \\ : * "
                                    "? que certains systèmes refusent.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Travaillez sur une seule copie",
                                        "text": "<p>Au lieu de vous renvoyer un document par "
                                        "courriel, gardez-en une seule copie sur le lecteur "
                                        "partagé et laissez vos collègues la modifier sur place. "
                                        "Indiquez le numéro de version dans le nom du fichier, ou "
                                        "utilisez l’historique des versions du système, afin que "
                                        "personne n’écrase les modifications d’un autre.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Gardez une arborescence simple : d’abord par fonction ou "
                                    "activité (par exemple <i>Finances</i>, <i>Ressources "
                                    "humaines</i>, <i>Projets</i>), puis par année. Ne dépassez "
                                    "pas quatre ou cinq niveaux de sous-dossiers. N’y stockez que "
                                    "ce qui relève du ministère et respectez les droits d’accès : "
                                    "si vous pouvez ouvrir un dossier que vous ne devriez pas "
                                    "voir, signalez-le à votre supérieur ou au service "
                                    "d’assistance informatique au lieu de le parcourir. Lorsqu’un "
                                    "fichier n’est plus utilisé, déplacez-le dans le dossier "
                                    "d’archives plutôt que de le supprimer, conformément aux "
                                    "règles de conservation des documents de votre ministère.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Enregistrez vos fichiers sur le lecteur partagé, "
                                            "sauvegardé et sécurisé.",
                                            "Appliquez une seule règle de nommage : date, sujet, "
                                            "version.",
                                            "Partagez une copie unique au lieu de faire circuler "
                                            "des versions par courriel.",
                                            "Gardez des dossiers simples et respectez les droits "
                                            "d’accès.",
                                        ],
                                    },
                                ),
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "working-online",
                "title": {
                    "en": "Working online",
                    "sw": "Kufanya kazi mtandaoni",
                    "ar": "العمل عبر الإنترنت",
                    "fr": "Travailler en ligne",
                },
                "summary": {
                    "en": "Browse the web safely and use government e-services with confidence.",
                    "sw": "Vinjari mtandao kwa usalama na tumia huduma za Serikali Mtandao kwa "
                    "kujiamini.",
                    "ar": "تصفّح الإنترنت بأمان، واستخدم الخدمات الحكومية الإلكترونية بثقة.",
                    "fr": "Naviguer sur le Web en sécurité et utiliser les services publics en "
                    "ligne en toute confiance.",
                },
                "lessons": [
                    {
                        "slug": "safe-browsing",
                        "duration_minutes": 15,
                        "requires_previous": False,
                        "title": {
                            "en": "Browsing the web safely",
                            "sw": "Kuvinjari mtandao kwa usalama",
                            "ar": "تصفّح الإنترنت بأمان",
                            "fr": "Naviguer sur le Web en toute sécurité",
                        },
                        "body": {
                            "en": [
                                (
                                    "heading",
                                    {
                                        "text": "Read the address before you trust the page",
                                        "level": "h2",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>The address bar is the most reliable clue to where you "
                                    "really are. Before you type a password or any official data, "
                                    "look at the domain name: the part just before the first "
                                    "single slash (/). In "
                                    "<i>https://portal.tax.example.gov/login</i> the domain is "
                                    "<i>tax.example.gov</i>. A look-alike such as "
                                    "<i>tax-example-gov.com</i> or "
                                    "<i>example.gov.login-secure.net</i> belongs to someone "
                                    "else.</p><p>Check also that the address starts with "
                                    "<b>https</b> and that the browser shows no warning. HTTPS "
                                    "means that the connection is encrypted; it does not prove "
                                    "that the site is honest, so the domain name still matters "
                                    "most.</p>",
                                ),
                                ("heading", {"text": "Good habits at work", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<ul><li>Type the address of important services yourself, or "
                                    "use a saved bookmark, instead of clicking links in "
                                    "messages.</li><li>Download software only from the ICT unit "
                                    "or the official vendor site, and ask the service desk before "
                                    "installing anything.</li><li>Close pop-ups that claim your "
                                    "computer is infected or that you have won a prize. Do not "
                                    "call the phone numbers they display.</li><li>Keep the "
                                    "browser up to date: updates close security holes.</li></ul>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Public Wi-Fi and shared computers",
                                        "text": "<p>On hotel, café or airport Wi-Fi, avoid "
                                        "signing in to government systems unless you are using "
                                        "the ministry’s VPN. On a shared or public computer, use "
                                        "a private window, never let the browser save your "
                                        "password, and always sign out and close the browser when "
                                        "you finish.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Be careful, too, with what you put into websites. Free "
                                    "online tools that convert files, translate text or “check "
                                    "your grammar” may keep a copy of everything you upload. Do "
                                    "not paste confidential documents, citizens’ personal data or "
                                    "internal figures into such services unless your ministry has "
                                    "approved them.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "The domain name in the address bar tells you who "
                                            "runs the site.",
                                            "HTTPS encrypts the connection but does not prove the "
                                            "site is genuine.",
                                            "Use bookmarks for important services and install "
                                            "software only from approved sources.",
                                            "On public networks use the VPN; on shared computers "
                                            "always sign out.",
                                            "Do not upload confidential documents to unapproved "
                                            "online tools.",
                                        ],
                                    },
                                ),
                            ],
                            "sw": [
                                (
                                    "heading",
                                    {"text": "Soma anwani kabla ya kuiamini tovuti", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Upau wa anwani ndio kidokezo cha kuaminika zaidi cha "
                                    "mahali ulipo hasa. Kabla ya kuandika nenosiri au taarifa "
                                    "yoyote rasmi, angalia jina la kikoa (domain): sehemu iliyo "
                                    "kabla ya mkwaju wa kwanza ulio peke yake (/). Katika "
                                    "<i>https://portal.tax.example.gov/login</i> kikoa ni "
                                    "<i>tax.example.gov</i>. Anwani inayofanana nayo kama "
                                    "<i>tax-example-gov.com</i> au "
                                    "<i>example.gov.login-secure.net</i> ni ya mtu mwingine.</p>"
                                    "<p>Hakikisha pia kwamba anwani inaanza na <b>https</b> na "
                                    "kwamba kivinjari hakionyeshi onyo lolote. HTTPS inamaanisha "
                                    "kuwa mawasiliano yamesimbwa; haithibitishi kwamba tovuti ni "
                                    "ya kweli, kwa hiyo jina la kikoa ndilo muhimu zaidi.</p>",
                                ),
                                ("heading", {"text": "Tabia njema kazini", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<ul><li>Andika mwenyewe anwani za huduma muhimu, au tumia "
                                    "alamisho (bookmark) ulilohifadhi, badala ya kubofya viungo "
                                    "vilivyo kwenye jumbe.</li><li>Pakua programu kutoka Kitengo "
                                    "cha TEHAMA au tovuti rasmi ya mtengenezaji pekee, na uliza "
                                    "Dawati la Huduma kabla ya kusakinisha chochote.</li>"
                                    "<li>Funga madirisha ibukizi yanayodai kwamba kompyuta yako "
                                    "ina virusi au kwamba umeshinda zawadi. Usipige namba za simu "
                                    "zinazoonyeshwa humo.</li><li>Sasisha kivinjari chako mara "
                                    "kwa mara: masasisho huziba mianya ya usalama.</li></ul>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Wi-Fi ya umma na kompyuta za pamoja",
                                        "text": "<p>Unapotumia Wi-Fi ya hoteli, mgahawa au uwanja "
                                        "wa ndege, epuka kuingia kwenye mifumo ya Serikali "
                                        "isipokuwa unatumia VPN ya wizara. Kwenye kompyuta ya "
                                        "pamoja au ya umma, tumia dirisha la faragha, usiruhusu "
                                        "kivinjari kuhifadhi nenosiri lako, na daima toka kwenye "
                                        "akaunti na ufunge kivinjari unapomaliza.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Kuwa mwangalifu pia na kile unachoweka kwenye tovuti. "
                                    "Huduma za bure za mtandaoni za kubadilisha mafaili, "
                                    "kutafsiri maandishi au “kusahihisha sarufi” zinaweza "
                                    "kuhifadhi nakala ya kila kitu unachopakia. Usibandike "
                                    "nyaraka za siri, taarifa binafsi za wananchi au takwimu za "
                                    "ndani kwenye huduma hizo isipokuwa kama wizara yako "
                                    "imeziidhinisha.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Jina la kikoa kwenye upau wa anwani linaonyesha "
                                            "mmiliki wa tovuti.",
                                            "HTTPS husimba mawasiliano lakini haithibitishi kuwa "
                                            "tovuti ni halali.",
                                            "Tumia alamisho kwa huduma muhimu na sakinisha "
                                            "programu kutoka vyanzo vilivyoidhinishwa tu.",
                                            "Kwenye mitandao ya umma tumia VPN; kwenye kompyuta "
                                            "za pamoja toka kwenye akaunti kila mara.",
                                            "Usipakie nyaraka za siri kwenye huduma za mtandaoni "
                                            "zisizoidhinishwa.",
                                        ],
                                    },
                                ),
                            ],
                            "ar": [
                                (
                                    "heading",
                                    {"text": "اقرأ العنوان قبل أن تثق بالصفحة", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>شريط العنوان هو أوثق دليل على المكان الذي أنت فيه فعلًا. "
                                    "فقبل أن تكتب كلمة مرور أو أي بيانات رسمية، انظر إلى اسم "
                                    "النطاق، وهو الجزء الذي يسبق أول شرطة مائلة مفردة (/). ففي "
                                    "العنوان <i>https://portal.tax.example.gov/login</i> يكون "
                                    "النطاق هو <i>tax.example.gov</i>. أما العناوين المشابهة مثل "
                                    "<i>tax-example-gov.com</i> أو "
                                    "<i>example.gov.login-secure.net</i> فتعود إلى جهة أخرى.</p>"
                                    "<p>وتأكّد كذلك من أن العنوان يبدأ بـ <b>https</b> وأن "
                                    "المتصفح لا يعرض أي تحذير. يعني HTTPS أن الاتصال مشفّر، لكنه "
                                    "لا يثبت أن الموقع نزيه، ولذلك يبقى اسم النطاق هو الأهم.</p>",
                                ),
                                ("heading", {"text": "عادات جيدة في العمل", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<ul><li>اكتب عنوان الخدمات المهمة بنفسك، أو استخدم إشارة "
                                    "مرجعية محفوظة، بدلًا من النقر على الروابط الواردة في "
                                    "الرسائل.</li><li>نزّل البرامج من وحدة تقنية المعلومات أو من "
                                    "الموقع الرسمي للمورّد فقط، واستشر مكتب الخدمة قبل تثبيت أي "
                                    "شيء.</li><li>أغلق النوافذ المنبثقة التي تزعم أن حاسوبك مصاب "
                                    "بفيروس أو أنك ربحت جائزة، ولا تتصل بأرقام الهواتف التي "
                                    "تعرضها.</li><li>حدّث المتصفح باستمرار، فالتحديثات تسدّ "
                                    "الثغرات الأمنية.</li></ul>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "شبكات Wi-Fi العامة والحواسيب المشتركة",
                                        "text": "<p>عند استخدام شبكة Wi-Fi في فندق أو مقهى أو "
                                        "مطار، تجنّب الدخول إلى الأنظمة الحكومية ما لم تكن تستخدم "
                                        "الشبكة الافتراضية الخاصة (VPN) التابعة للوزارة. وعلى "
                                        "حاسوب مشترك أو عام، استخدم نافذة التصفح الخاص، ولا تسمح "
                                        "للمتصفح بحفظ كلمة مرورك، واحرص دائمًا على تسجيل الخروج "
                                        "وإغلاق المتصفح عند الانتهاء.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>وكن حذرًا أيضًا فيما تُدخله في المواقع. فالأدوات المجانية "
                                    "على الإنترنت التي تحوّل الملفات أو تترجم النصوص أو «تدقّق "
                                    "القواعد اللغوية» قد تحتفظ بنسخة من كل ما ترفعه إليها. لا "
                                    "تلصق فيها وثائق سرية أو بيانات شخصية للمواطنين أو أرقامًا "
                                    "داخلية ما لم تعتمدها وزارتك.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "اسم النطاق في شريط العنوان يدلّك على الجهة التي تدير "
                                            "الموقع.",
                                            "يشفّر HTTPS الاتصال، لكنه لا يثبت أن الموقع حقيقي.",
                                            "استخدم الإشارات المرجعية للخدمات المهمة، ولا تثبّت "
                                            "البرامج إلا من مصادر معتمدة.",
                                            "استخدم VPN على الشبكات العامة، وسجّل الخروج دائمًا "
                                            "على الحواسيب المشتركة.",
                                            "لا ترفع وثائق سرية إلى أدوات إلكترونية غير معتمدة.",
                                        ],
                                    },
                                ),
                            ],
                            "fr": [
                                (
                                    "heading",
                                    {
                                        "text": "Lisez l’adresse avant de faire confiance à la "
                                        "page",
                                        "level": "h2",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>La barre d’adresse est l’indice le plus fiable de "
                                    "l’endroit où vous vous trouvez réellement. Avant de saisir "
                                    "un mot de passe ou la moindre donnée officielle, regardez le "
                                    "nom de domaine : la partie située juste avant la première "
                                    "barre oblique simple (/). Dans "
                                    "<i>https://portal.tax.example.gov/login</i>, le domaine est "
                                    "<i>tax.example.gov</i>. Une imitation comme "
                                    "<i>tax-example-gov.com</i> ou "
                                    "<i>example.gov.login-secure.net</i> appartient à quelqu’un "
                                    "d’autre.</p><p>Vérifiez aussi que l’adresse commence par "
                                    "<b>https</b> et que le navigateur n’affiche aucun "
                                    "avertissement. HTTPS signifie que la connexion est chiffrée "
                                    "; cela ne prouve pas que le site est honnête. Le nom de "
                                    "domaine reste donc le critère principal.</p>",
                                ),
                                ("heading", {"text": "Les bons réflexes au bureau", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<ul><li>Saisissez vous-même l’adresse des services "
                                    "importants, ou utilisez un favori enregistré, au lieu de "
                                    "cliquer sur les liens reçus dans des messages.</li><li>Ne "
                                    "téléchargez de logiciels qu’auprès du service informatique "
                                    "ou sur le site officiel de l’éditeur, et demandez l’avis du "
                                    "service d’assistance avant toute installation.</li>"
                                    "<li>Fermez les fenêtres surgissantes qui prétendent que "
                                    "votre ordinateur est infecté ou que vous avez gagné un prix. "
                                    "N’appelez pas les numéros qu’elles affichent.</li>"
                                    "<li>Maintenez votre navigateur à jour : les mises à jour "
                                    "corrigent des failles de sécurité.</li></ul>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Wi-Fi public et ordinateurs partagés",
                                        "text": "<p>Sur le Wi-Fi d’un hôtel, d’un café ou d’un "
                                        "aéroport, évitez de vous connecter aux systèmes de "
                                        "l’administration sans passer par le VPN du ministère. "
                                        "Sur un ordinateur partagé ou public, utilisez une "
                                        "fenêtre de navigation privée, n’autorisez jamais le "
                                        "navigateur à enregistrer votre mot de passe, puis "
                                        "déconnectez-vous et fermez le navigateur à la fin.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Soyez également prudent avec ce que vous saisissez sur "
                                    "les sites. Les outils gratuits en ligne qui convertissent "
                                    "des fichiers, traduisent des textes ou « corrigent la "
                                    "grammaire » peuvent conserver une copie de tout ce que vous "
                                    "y déposez. N’y collez pas de documents confidentiels, de "
                                    "données personnelles de citoyens ni de chiffres internes, "
                                    "sauf si votre ministère a approuvé ces services.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Le nom de domaine dans la barre d’adresse indique "
                                            "qui gère le site.",
                                            "HTTPS chiffre la connexion mais ne prouve pas que le "
                                            "site est authentique.",
                                            "Utilisez des favoris pour les services importants et "
                                            "n’installez que des logiciels de sources approuvées.",
                                            "Sur un réseau public, passez par le VPN ; sur un "
                                            "poste partagé, déconnectez-vous toujours.",
                                            "Ne déposez pas de documents confidentiels sur des "
                                            "outils en ligne non approuvés.",
                                        ],
                                    },
                                ),
                            ],
                        },
                    },
                    {
                        "slug": "government-e-services",
                        "duration_minutes": 15,
                        "requires_previous": False,
                        "title": {
                            "en": "Using government e-services",
                            "sw": "Kutumia huduma za Serikali Mtandao",
                            "ar": "استخدام الخدمات الحكومية الإلكترونية",
                            "fr": "Utiliser les services publics en ligne",
                        },
                        "body": {
                            "en": [
                                ("heading", {"text": "Portals you use every day", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>Many tasks that once needed paper forms now happen on "
                                    "government portals: the payroll and HR system where you see "
                                    "your payslip and apply for leave, the tax portal for "
                                    "returns, the e-procurement system where tenders are "
                                    "published and bids evaluated, and the financial management "
                                    "system for commitments and payments. These systems speed up "
                                    "service and leave an audit trail – but only if they are used "
                                    "correctly.</p>",
                                ),
                                ("heading", {"text": "Your account is personal", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>Each user account is linked to one person and to a set of "
                                    "permissions. Everything done with it is recorded under your "
                                    "name. Never share your login details, and never work in a "
                                    "system with a colleague’s account, even to “help out” during "
                                    "a busy period. If your duties require more access, ask your "
                                    "supervisor to request it from the system administrator.</p>"
                                    "<p>Many portals use two-step verification: after your "
                                    "password, you confirm with a code sent by SMS or shown in an "
                                    "authenticator app. Keep the phone number registered in the "
                                    "system up to date.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Before you press Submit",
                                        "text": "<p>Check the data carefully: amounts, dates, "
                                        "identification numbers and attachments. Save or print "
                                        "the confirmation or reference number that the system "
                                        "gives you. You will need it if there is a query "
                                        "later.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>When something goes wrong – the page shows an error, a "
                                    "payment is stuck or you are locked out – do not create a "
                                    "second record to get around the problem. Note the exact "
                                    "error message, the time and what you were doing, take a "
                                    "screenshot if you can, and report it to the ICT service desk "
                                    "or to the help desk of the system concerned, quoting your "
                                    "reference number. Sign out when you finish, especially on "
                                    "shared computers, because a session left open can be "
                                    "misused.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Government portals record every action under the "
                                            "user’s name.",
                                            "Never share your account; request the access you "
                                            "need through proper channels.",
                                            "Check your data and keep the reference number after "
                                            "submitting.",
                                            "Report errors with details and a screenshot instead "
                                            "of working around them.",
                                        ],
                                    },
                                ),
                            ],
                            "sw": [
                                (
                                    "heading",
                                    {"text": "Mifumo unayoitumia kila siku", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Kazi nyingi zilizohitaji fomu za karatasi sasa "
                                    "zinafanyika kupitia mifumo ya Serikali mtandaoni: mfumo wa "
                                    "mishahara na rasilimali watu unaoonyesha hati yako ya "
                                    "mshahara na kukuwezesha kuomba likizo, mfumo wa kodi wa "
                                    "kuwasilisha ritani, mfumo wa ununuzi wa umma kwa njia ya "
                                    "kielektroniki ambamo zabuni hutangazwa na kutathminiwa, na "
                                    "mfumo wa usimamizi wa fedha wa kuidhinisha matumizi na "
                                    "kufanya malipo. Mifumo hii huharakisha huduma na huacha "
                                    "kumbukumbu za ukaguzi – lakini ikiwa tu inatumiwa "
                                    "ipasavyo.</p>",
                                ),
                                (
                                    "heading",
                                    {"text": "Akaunti yako ni yako binafsi", "level": "h3"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Kila akaunti ya mtumiaji imeunganishwa na mtu mmoja na "
                                    "ruhusa maalum. Kila kinachofanyika kupitia akaunti hiyo "
                                    "hurekodiwa kwa jina lako. Kamwe usimpe mtu taarifa zako za "
                                    "kuingia, na kamwe usifanye kazi kwenye mfumo kwa akaunti ya "
                                    "mwenzako, hata kwa nia ya “kusaidia” wakati wa kazi nyingi. "
                                    "Ikiwa majukumu yako yanahitaji ruhusa zaidi, mwombe "
                                    "msimamizi wako aziombe kwa msimamizi wa mfumo.</p><p>Mifumo "
                                    "mingi hutumia uthibitishaji wa hatua mbili: baada ya "
                                    "nenosiri, unathibitisha kwa msimbo unaotumwa kwa SMS au "
                                    "unaoonyeshwa kwenye programu ya uthibitishaji. Hakikisha "
                                    "namba ya simu iliyosajiliwa kwenye mfumo ni sahihi.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Kabla ya kubofya Wasilisha",
                                        "text": "<p>Hakiki taarifa kwa makini: kiasi cha fedha, "
                                        "tarehe, namba za utambulisho na viambatisho. Hifadhi au "
                                        "chapisha uthibitisho au namba ya kumbukumbu ambayo mfumo "
                                        "unakupa. Utaihitaji ikiwa kutakuwa na hoja baadaye.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Jambo likienda vibaya – ukurasa unaonyesha hitilafu, "
                                    "malipo yamekwama au umefungiwa nje ya akaunti – usitengeneze "
                                    "rekodi ya pili ili kulikwepa tatizo. Andika ujumbe kamili wa "
                                    "hitilafu, muda na ulichokuwa ukifanya, piga picha ya skrini "
                                    "ukiweza, kisha ripoti kwa Dawati la Huduma za TEHAMA au kwa "
                                    "dawati la msaada la mfumo husika, ukitaja namba yako ya "
                                    "kumbukumbu. Toka kwenye mfumo unapomaliza, hasa kwenye "
                                    "kompyuta za pamoja, kwa sababu akaunti iliyoachwa wazi "
                                    "inaweza kutumiwa vibaya.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Mifumo ya Serikali hurekodi kila hatua kwa jina la "
                                            "mtumiaji.",
                                            "Usimpe mtu akaunti yako; omba ruhusa unazohitaji kwa "
                                            "njia rasmi.",
                                            "Hakiki taarifa zako na uhifadhi namba ya kumbukumbu "
                                            "baada ya kuwasilisha.",
                                            "Ripoti hitilafu kwa maelezo na picha ya skrini "
                                            "badala ya kuzikwepa.",
                                        ],
                                    },
                                ),
                            ],
                            "ar": [
                                ("heading", {"text": "بوابات تستخدمها كل يوم", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>كثير من المهام التي كانت تتطلب نماذج ورقية تُنجَز اليوم "
                                    "عبر البوابات الحكومية: نظام الرواتب والموارد البشرية الذي "
                                    "تطّلع فيه على قسيمة راتبك وتقدّم طلبات الإجازة، وبوابة "
                                    "الضرائب لتقديم الإقرارات، ونظام المشتريات الحكومية "
                                    "الإلكترونية الذي تُنشَر فيه المناقصات وتُقيَّم العطاءات، "
                                    "ونظام الإدارة المالية لتسجيل الالتزامات وصرف المدفوعات. "
                                    "تُسرّع هذه الأنظمة تقديم الخدمة وتترك أثرًا قابلًا للتدقيق، "
                                    "ولكن بشرط استخدامها استخدامًا صحيحًا.</p>",
                                ),
                                ("heading", {"text": "حسابك شخصي", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>يرتبط كل حساب مستخدم بشخص واحد وبمجموعة محددة من "
                                    "الصلاحيات، ويُسجَّل كل ما يُنجَز من خلاله باسمك. لا تُطلِع "
                                    "أحدًا على بيانات دخولك أبدًا، ولا تعمل على النظام بحساب "
                                    "زميلك، حتى لو كان ذلك «للمساعدة» في أوقات ضغط العمل. وإذا "
                                    "احتجت إلى صلاحيات إضافية لأداء مهامك، فاطلب من رئيسك المباشر "
                                    "أن يتقدّم بالطلب إلى مسؤول النظام.</p><p>تعتمد بوابات كثيرة "
                                    "التحقق بخطوتين: فبعد إدخال كلمة المرور تؤكّد هويتك برمز يصلك "
                                    "في رسالة نصية قصيرة أو يظهر في تطبيق للمصادقة. لذا حافظ على "
                                    "تحديث رقم الهاتف المسجّل في النظام.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "قبل أن تضغط على زر الإرسال",
                                        "text": "<p>راجع البيانات بعناية: المبالغ والتواريخ "
                                        "وأرقام الهوية والمرفقات. واحفظ أو اطبع الإيصال أو الرقم "
                                        "المرجعي الذي يمنحك إياه النظام، فستحتاج إليه إذا ورد "
                                        "استفسار لاحقًا.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>وعندما يحدث خلل، كأن تظهر رسالة خطأ أو تتعطّل عملية دفع "
                                    "أو يُقفَل حسابك، فلا تُنشئ سجلًا ثانيًا للالتفاف على "
                                    "المشكلة. دوّن نص رسالة الخطأ كما هو، والوقت، وما كنت تفعله، "
                                    "والتقط صورة للشاشة إن أمكن، ثم أبلغ مكتب خدمة تقنية "
                                    "المعلومات أو مكتب الدعم الخاص بالنظام المعني، مع ذكر الرقم "
                                    "المرجعي. وسجّل الخروج عند الانتهاء، ولا سيما على الحواسيب "
                                    "المشتركة، لأن الجلسة التي تبقى مفتوحة قد يُساء استخدامها.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "تسجّل البوابات الحكومية كل إجراء باسم المستخدم.",
                                            "لا تشارك حسابك مع أحد، واطلب الصلاحيات التي تحتاجها "
                                            "عبر القنوات الرسمية.",
                                            "راجع بياناتك واحتفظ بالرقم المرجعي بعد الإرسال.",
                                            "أبلغ عن الأخطاء مع التفاصيل وصورة للشاشة بدلًا من "
                                            "الالتفاف عليها.",
                                        ],
                                    },
                                ),
                            ],
                            "fr": [
                                (
                                    "heading",
                                    {"text": "Les portails de tous les jours", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Beaucoup de démarches qui exigeaient autrefois des "
                                    "formulaires papier se font désormais sur des portails de "
                                    "l’administration : le système de paie et de gestion des "
                                    "ressources humaines, où vous consultez votre bulletin de "
                                    "salaire et demandez vos congés ; le portail fiscal pour les "
                                    "déclarations ; la plateforme de marchés publics en ligne, où "
                                    "les appels d’offres sont publiés et les offres évaluées ; et "
                                    "le système de gestion des finances publiques pour les "
                                    "engagements et les paiements. Ces systèmes accélèrent le "
                                    "service et laissent une piste d’audit – à condition d’être "
                                    "utilisés correctement.</p>",
                                ),
                                ("heading", {"text": "Votre compte est personnel", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>Chaque compte utilisateur est attaché à une seule "
                                    "personne et à un ensemble de droits. Tout ce qui est fait "
                                    "avec ce compte est enregistré à votre nom. Ne communiquez "
                                    "jamais vos identifiants et ne travaillez jamais dans un "
                                    "système avec le compte d’un collègue, même pour « dépanner » "
                                    "en période de pointe. Si vos fonctions exigent des droits "
                                    "supplémentaires, demandez à votre supérieur d’en faire la "
                                    "demande auprès de l’administrateur du système.</p><p>De "
                                    "nombreux portails utilisent la vérification en deux étapes : "
                                    "après le mot de passe, vous confirmez avec un code reçu par "
                                    "SMS ou affiché dans une application d’authentification. "
                                    "Tenez à jour le numéro de téléphone enregistré dans le "
                                    "système.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Avant de cliquer sur « Valider »",
                                        "text": "<p>Vérifiez soigneusement les données : "
                                        "montants, dates, numéros d’identification et pièces "
                                        "jointes. Enregistrez ou imprimez l’accusé de réception "
                                        "ou le numéro de référence fourni par le système : il "
                                        "vous sera utile en cas de question ultérieure.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>En cas de problème – message d’erreur, paiement bloqué, "
                                    "compte verrouillé –, ne créez pas un second enregistrement "
                                    "pour contourner la difficulté. Notez le message d’erreur "
                                    "exact, l’heure et ce que vous faisiez, faites une capture "
                                    "d’écran si possible, puis signalez le problème au service "
                                    "d’assistance informatique ou à l’assistance du système "
                                    "concerné, en indiquant votre numéro de référence. "
                                    "Déconnectez-vous quand vous avez terminé, surtout sur un "
                                    "ordinateur partagé : une session restée ouverte peut être "
                                    "utilisée à mauvais escient.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Les portails de l’administration enregistrent chaque "
                                            "action au nom de l’utilisateur.",
                                            "Ne partagez jamais votre compte ; demandez les "
                                            "droits nécessaires par la voie officielle.",
                                            "Vérifiez vos données et conservez le numéro de "
                                            "référence après validation.",
                                            "Signalez les erreurs avec des détails et une capture "
                                            "d’écran au lieu de les contourner.",
                                        ],
                                    },
                                ),
                            ],
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "cybersecurity-awareness-essentials",
        "category": "cybersecurity",
        "level": "beginner",
        "duration_minutes": 60,
        "title": {
            "en": "Cybersecurity awareness essentials",
            "sw": "Misingi ya uelewa wa usalama wa mtandao",
            "ar": "أساسيات التوعية بالأمن السيبراني",
            "fr": "Sensibilisation à la cybersécurité : l’essentiel",
        },
        "summary": {
            "en": "The security habits every public servant needs: strong passphrases, spotting "
            "phishing, protecting devices and data, and reporting incidents quickly. The lessons "
            "are taken in order, each one building on the one before.",
            "sw": "Tabia za usalama ambazo kila mtumishi wa umma anazihitaji: kaulisiri imara, "
            "kutambua hadaa mtandaoni, kulinda vifaa na taarifa, na kuripoti matukio haraka. "
            "Masomo yanafuatwa kwa mpangilio, kila moja likijengwa juu ya lililotangulia.",
            "ar": "عادات الأمن التي يحتاج إليها كل موظف في الخدمة العامة: عبارات مرور قوية، "
            "واكتشاف رسائل التصيّد، وحماية الأجهزة والبيانات، والإبلاغ السريع عن الحوادث. تُدرَس "
            "الدروس بالترتيب، ويبني كل درس على ما سبقه.",
            "fr": "Les réflexes de sécurité indispensables à tout agent public : phrases de passe "
            "robustes, détection de l’hameçonnage, protection des appareils et des données, "
            "signalement rapide des incidents. Les leçons se suivent dans l’ordre, chacune "
            "s’appuyant sur la précédente.",
        },
        "objectives": {
            "en": "<ul><li>Create strong passphrases and use two-step verification.</li>"
            "<li>Recognise the warning signs of phishing in emails, text messages and phone "
            "calls.</li><li>Protect computers, phones, removable media and classified "
            "information.</li><li>Know what a security incident is and report it promptly to the "
            "ICT service desk.</li></ul>",
            "sw": "<ul><li>Kutunga kaulisiri imara na kutumia uthibitishaji wa hatua mbili.</li>"
            "<li>Kutambua dalili za hadaa katika barua pepe, jumbe fupi (SMS) na simu.</li>"
            "<li>Kulinda kompyuta, simu, vifaa vya kuhifadhi vinavyohamishika na taarifa za "
            "siri.</li><li>Kujua tukio la usalama ni nini na kuliripoti haraka kwa Dawati la "
            "Huduma za TEHAMA.</li></ul>",
            "ar": "<ul><li>إنشاء عبارات مرور قوية واستخدام التحقق بخطوتين.</li><li>التعرّف على "
            "علامات التصيّد الاحتيالي في رسائل البريد الإلكتروني والرسائل النصية والمكالمات "
            "الهاتفية.</li><li>حماية الحواسيب والهواتف ووسائط التخزين القابلة للإزالة والمعلومات "
            "المصنّفة.</li><li>معرفة ما يُعدّ حادثًا أمنيًا والإبلاغ عنه فورًا إلى مكتب خدمة "
            "تقنية المعلومات.</li></ul>",
            "fr": "<ul><li>Créer des phrases de passe robustes et utiliser la vérification en "
            "deux étapes.</li><li>Reconnaître les signes d’hameçonnage dans les courriels, les "
            "SMS et les appels téléphoniques.</li><li>Protéger ordinateurs, téléphones, supports "
            "amovibles et informations classifiées.</li><li>Savoir ce qu’est un incident de "
            "sécurité et le signaler sans délai au service d’assistance informatique.</li></ul>",
        },
        "audience": {
            "en": "All civil servants and contract staff who use government systems",
            "sw": "Watumishi wote wa umma na watumishi wa mikataba wanaotumia mifumo ya Serikali",
            "ar": "جميع موظفي الخدمة العامة والمتعاقدين الذين يستخدمون الأنظمة الحكومية",
            "fr": "Tous les agents publics et contractuels qui utilisent les systèmes de "
            "l’administration",
        },
        "sections": [
            {
                "slug": None,
                "title": None,
                "summary": None,
                "lessons": [
                    {
                        "slug": "passwords-and-passphrases",
                        "duration_minutes": 15,
                        "requires_previous": False,
                        "title": {
                            "en": "Passwords and passphrases",
                            "sw": "Manenosiri na kaulisiri",
                            "ar": "كلمات المرور وعبارات المرور",
                            "fr": "Mots de passe et phrases de passe",
                        },
                        "body": {
                            "en": [
                                ("heading", {"text": "Why passwords still matter", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>Your password protects not only your own mailbox but "
                                    "everything your account can reach: shared folders, payroll "
                                    "data, procurement records. Attackers do not guess passwords "
                                    "one by one; they use software that tries millions of common "
                                    "words, names, dates and leaked passwords in a few minutes. "
                                    "Passwords such as <i>Ministry2024</i>, <i>Password1</i> or "
                                    "your child’s name with a year of birth are among the first "
                                    "to be tried.</p>",
                                ),
                                ("heading", {"text": "Use a passphrase", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>A passphrase is a string of several random words, for "
                                    "example <i>mango-river-lantern-seven</i>. It is long, which "
                                    "makes it hard to crack, and easy for you to remember. A good "
                                    "passphrase:</p><ul><li>has at least four words, or 15 "
                                    "characters or more;</li><li>is not a well-known saying, song "
                                    "lyric or quotation;</li><li>is used for one account "
                                    "only.</li></ul><p>Never reuse your work password on social "
                                    "media, shopping sites or personal email. When one of those "
                                    "sites is breached, criminals try the same email address and "
                                    "password on government systems.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "Nobody needs your password",
                                        "text": "<p>The ICT service desk, your supervisor and "
                                        "system administrators will never ask for your password. "
                                        "If anyone asks – by phone, by email or in person – "
                                        "refuse and report it. Do not write your password on a "
                                        "note stuck to your screen or keep it in an unprotected "
                                        "file.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>To manage many accounts, use the password manager "
                                    "approved by your ministry, if there is one: it remembers "
                                    "strong passwords for you behind a single master passphrase. "
                                    "Turn on two-step verification wherever a system offers it, "
                                    "so that a stolen password alone is not enough. If you think "
                                    "someone knows your password, change it immediately and "
                                    "inform the service desk.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "A long passphrase of random words beats a short, "
                                            "complex password.",
                                            "Use a different password for every account; never "
                                            "reuse your work password.",
                                            "Nobody with a legitimate reason will ask for your "
                                            "password.",
                                            "Turn on two-step verification, and change your "
                                            "password at once if it may be known.",
                                        ],
                                    },
                                ),
                            ],
                            "sw": [
                                (
                                    "heading",
                                    {"text": "Kwa nini manenosiri bado ni muhimu", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Nenosiri lako halilindi sanduku lako la barua pepe pekee, "
                                    "bali kila kitu ambacho akaunti yako inaweza kufikia: folda "
                                    "za pamoja, taarifa za mishahara, kumbukumbu za ununuzi. "
                                    "Wahalifu hawabahatishi manenosiri moja moja; hutumia "
                                    "programu zinazojaribu mamilioni ya maneno ya kawaida, "
                                    "majina, tarehe na manenosiri yaliyovuja ndani ya dakika "
                                    "chache. Manenosiri kama <i>Wizara2024</i>, <i>Password1</i> "
                                    "au jina la mtoto wako pamoja na mwaka wake wa kuzaliwa ni "
                                    "miongoni mwa yanayojaribiwa kwanza.</p>",
                                ),
                                ("heading", {"text": "Tumia kaulisiri", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>Kaulisiri (passphrase) ni mfuatano wa maneno kadhaa "
                                    "yasiyohusiana, kwa mfano <i>embe-mto-taa-saba</i>. Ni ndefu, "
                                    "hivyo ni vigumu kuivunja, na ni rahisi kwako kuikumbuka. "
                                    "Kaulisiri nzuri:</p><ul><li>ina angalau maneno manne, au "
                                    "herufi 15 au zaidi;</li><li>si msemo maarufu, mstari wa "
                                    "wimbo au nukuu inayojulikana;</li><li>inatumika kwa akaunti "
                                    "moja tu.</li></ul><p>Kamwe usitumie nenosiri la kazini "
                                    "kwenye mitandao ya kijamii, tovuti za manunuzi au barua pepe "
                                    "binafsi. Mojawapo ya tovuti hizo ikidukuliwa, wahalifu "
                                    "hujaribu anwani ile ile ya barua pepe na nenosiri lile lile "
                                    "kwenye mifumo ya Serikali.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "Hakuna anayehitaji nenosiri lako",
                                        "text": "<p>Dawati la Huduma za TEHAMA, msimamizi wako na "
                                        "wasimamizi wa mifumo hawatakuomba nenosiri lako kamwe. "
                                        "Mtu yeyote akikuomba – kwa simu, kwa barua pepe au ana "
                                        "kwa ana – kataa na uripoti. Usiandike nenosiri lako "
                                        "kwenye karatasi iliyobandikwa kwenye skrini wala "
                                        "kulihifadhi kwenye faili lisilolindwa.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Ili kusimamia akaunti nyingi, tumia programu ya kuhifadhi "
                                    "manenosiri (password manager) iliyoidhinishwa na wizara "
                                    "yako, ikiwa ipo: inakumbuka manenosiri imara kwa niaba yako "
                                    "nyuma ya kaulisiri moja kuu. Washa uthibitishaji wa hatua "
                                    "mbili kila mfumo unapouwezesha, ili nenosiri lililoibwa peke "
                                    "yake lisitoshe. Ukidhani mtu mwingine analijua nenosiri "
                                    "lako, libadilishe mara moja na ujulishe Dawati la Huduma.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Kaulisiri ndefu ya maneno yasiyohusiana ni bora "
                                            "kuliko nenosiri fupi tata.",
                                            "Tumia nenosiri tofauti kwa kila akaunti; usirudie "
                                            "nenosiri la kazini mahali pengine.",
                                            "Hakuna mtu mwenye sababu halali atakayekuomba "
                                            "nenosiri lako.",
                                            "Washa uthibitishaji wa hatua mbili, na ubadilishe "
                                            "nenosiri mara moja likijulikana.",
                                        ],
                                    },
                                ),
                            ],
                            "ar": [
                                (
                                    "heading",
                                    {"text": "لماذا لا تزال كلمات المرور مهمة", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>لا تحمي كلمة مرورك صندوق بريدك فحسب، بل كل ما يستطيع "
                                    "حسابك الوصول إليه: المجلدات المشتركة، وبيانات الرواتب، "
                                    "وسجلات المشتريات. والمهاجمون لا يخمّنون كلمات المرور واحدة "
                                    "تلو الأخرى، بل يستخدمون برامج تجرّب في دقائق ملايين الكلمات "
                                    "الشائعة والأسماء والتواريخ وكلمات المرور المسرّبة. وكلمات "
                                    "مرور مثل <i>Wizara2024</i> أو <i>Password1</i> أو اسم طفلك "
                                    "مع سنة ميلاده هي من أول ما يُجرَّب.</p>",
                                ),
                                ("heading", {"text": "استخدم عبارة مرور", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<p>عبارة المرور سلسلة من عدة كلمات عشوائية، مثل "
                                    "<i>zaytoun-nahr-fanous-sabaa</i> (زيتون، نهر، فانوس، سبعة). "
                                    "فهي طويلة، مما يجعل كسرها صعبًا، وسهلة عليك في التذكّر. "
                                    "عبارة المرور الجيدة:</p><ul><li>تتكوّن من أربع كلمات على "
                                    "الأقل، أو من 15 حرفًا فأكثر؛</li><li>ليست مثلًا شائعًا أو "
                                    "مقطعًا من أغنية أو اقتباسًا معروفًا؛</li><li>تُستخدم لحساب "
                                    "واحد فقط.</li></ul><p>لا تستخدم أبدًا كلمة مرور العمل في "
                                    "مواقع التواصل الاجتماعي أو مواقع التسوّق أو بريدك الشخصي. "
                                    "فإذا اختُرق أحد تلك المواقع، جرّب المجرمون عنوان البريد "
                                    "وكلمة المرور نفسيهما على الأنظمة الحكومية.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "لا أحد يحتاج إلى كلمة مرورك",
                                        "text": "<p>لن يطلب منك مكتب خدمة تقنية المعلومات ولا "
                                        "رئيسك ولا مسؤولو الأنظمة كلمة مرورك أبدًا. فإن طلبها "
                                        "أحد، هاتفيًا أو بالبريد الإلكتروني أو وجهًا لوجه، فارفض "
                                        "وأبلغ عن ذلك. ولا تكتب كلمة مرورك على ورقة ملصقة "
                                        "بالشاشة، ولا تحفظها في ملف غير محمي.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>ولإدارة حسابات كثيرة، استخدم برنامج إدارة كلمات المرور "
                                    "المعتمد في وزارتك إن وُجد، فهو يتذكّر عنك كلمات مرور قوية "
                                    "تحميها عبارة مرور رئيسية واحدة. وفعّل التحقق بخطوتين حيثما "
                                    "يتيحه النظام، حتى لا تكفي كلمة مرور مسروقة وحدها. وإذا ظننت "
                                    "أن أحدًا يعرف كلمة مرورك، فغيّرها فورًا وأبلغ مكتب "
                                    "الخدمة.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "عبارة مرور طويلة من كلمات عشوائية أفضل من كلمة مرور "
                                            "قصيرة معقّدة.",
                                            "استخدم كلمة مرور مختلفة لكل حساب، ولا تكرّر كلمة "
                                            "مرور العمل أبدًا.",
                                            "لن يطلب منك أي شخص ذي صفة مشروعة كلمة مرورك.",
                                            "فعّل التحقق بخطوتين، وغيّر كلمة مرورك فورًا إذا "
                                            "احتُمل أن يعرفها غيرك.",
                                        ],
                                    },
                                ),
                            ],
                            "fr": [
                                (
                                    "heading",
                                    {
                                        "text": "Pourquoi les mots de passe comptent toujours",
                                        "level": "h2",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Votre mot de passe ne protège pas seulement votre "
                                    "messagerie, mais tout ce à quoi votre compte donne accès : "
                                    "dossiers partagés, données de paie, dossiers de marchés "
                                    "publics. Les attaquants ne devinent pas les mots de passe un "
                                    "par un ; ils utilisent des logiciels qui essaient en "
                                    "quelques minutes des millions de mots courants, de noms, de "
                                    "dates et de mots de passe ayant fuité. Des mots de passe "
                                    "comme <i>Ministere2024</i>, <i>Password1</i> ou le prénom de "
                                    "votre enfant suivi de son année de naissance sont parmi les "
                                    "premiers testés.</p>",
                                ),
                                (
                                    "heading",
                                    {"text": "Utilisez une phrase de passe", "level": "h3"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Une phrase de passe est une suite de plusieurs mots "
                                    "choisis au hasard, par exemple "
                                    "<i>mangue-lanterne-fleuve-sept</i>. Elle est longue, donc "
                                    "difficile à casser, et facile à retenir pour vous. Une bonne "
                                    "phrase de passe :</p><ul><li>compte au moins quatre mots, ou "
                                    "15 caractères ou plus ;</li><li>n’est pas un proverbe, une "
                                    "parole de chanson ou une citation connue ;</li><li>ne sert "
                                    "que pour un seul compte.</li></ul><p>Ne réutilisez jamais "
                                    "votre mot de passe professionnel sur les réseaux sociaux, "
                                    "les sites marchands ou votre messagerie personnelle. "
                                    "Lorsqu’un de ces sites est piraté, les criminels essaient la "
                                    "même adresse et le même mot de passe sur les systèmes de "
                                    "l’administration.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "Personne n’a besoin de votre mot de passe",
                                        "text": "<p>Le service d’assistance informatique, votre "
                                        "supérieur et les administrateurs des systèmes ne vous "
                                        "demanderont jamais votre mot de passe. Si quelqu’un vous "
                                        "le demande – par téléphone, par courriel ou en personne "
                                        "–, refusez et signalez-le. N’écrivez pas votre mot de "
                                        "passe sur un papier collé à l’écran et ne le conservez "
                                        "pas dans un fichier non protégé.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Pour gérer de nombreux comptes, utilisez le gestionnaire "
                                    "de mots de passe approuvé par votre ministère, s’il en "
                                    "existe un : il retient pour vous des mots de passe robustes, "
                                    "protégés par une seule phrase de passe principale. Activez "
                                    "la vérification en deux étapes partout où le système le "
                                    "permet, afin qu’un mot de passe volé ne suffise pas. Si vous "
                                    "pensez que quelqu’un connaît votre mot de passe, changez-le "
                                    "immédiatement et prévenez le service d’assistance.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Une longue phrase de passe de mots aléatoires vaut "
                                            "mieux qu’un mot de passe court et complexe.",
                                            "Un mot de passe différent par compte ; ne réutilisez "
                                            "jamais celui du travail.",
                                            "Aucun interlocuteur légitime ne vous demandera votre "
                                            "mot de passe.",
                                            "Activez la vérification en deux étapes et changez "
                                            "votre mot de passe dès qu’il risque d’être connu.",
                                        ],
                                    },
                                ),
                            ],
                        },
                    },
                    {
                        "slug": "recognising-phishing",
                        "duration_minutes": 20,
                        "requires_previous": True,
                        "title": {
                            "en": "Recognising phishing",
                            "sw": "Kutambua hadaa mtandaoni",
                            "ar": "التعرّف على التصيّد الاحتيالي",
                            "fr": "Reconnaître l’hameçonnage",
                        },
                        "body": {
                            "en": [
                                ("heading", {"text": "What phishing is", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>Phishing is a message that pretends to come from someone "
                                    "you trust, in order to make you click a link, open an "
                                    "attachment, reveal a password or send money. It usually "
                                    "arrives by email, but also by SMS, WhatsApp or telephone. "
                                    "When they target government staff, attackers often pretend "
                                    "to be the ICT unit, the Treasury, a supplier, a donor or a "
                                    "senior official.</p>",
                                ),
                                ("heading", {"text": "Warning signs", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<ul><li><b>Urgency or fear:</b> “Your account will be closed "
                                    "in 24 hours”, “Urgent payment needed today”.</li><li><b>A "
                                    "sender address that does not match:</b> the name says “ICT "
                                    "Helpdesk” but the address is "
                                    "<i>helpdesk.gov@mail-example.com</i>.</li><li><b>Links that "
                                    "lead elsewhere:</b> hover over the link (or press and hold "
                                    "it on a phone) to see the real address before clicking.</li>"
                                    "<li><b>Unexpected attachments</b>, especially compressed "
                                    "files, documents that ask you to “enable content”, or "
                                    "invoices you were not expecting.</li><li><b>Requests to "
                                    "change bank details</b> or to keep something secret from "
                                    "colleagues.</li></ul><p>A message can have perfect spelling "
                                    "and your correct name and still be phishing. Attackers "
                                    "research their targets on websites and social media.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "The fake instruction from a senior official",
                                        "text": "<p>A common fraud is an email that seems to come "
                                        "from a Permanent Secretary or a Director, asking you to "
                                        "make an urgent payment or buy vouchers, and not to call "
                                        "because they are “in a meeting”. Always verify such "
                                        "requests through a second channel, using a phone number "
                                        "you already know – never one given in the message.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>If you are unsure, do not click, do not reply and do not "
                                    "forward the message to colleagues. Report it to the ICT "
                                    "service desk using your ministry’s reporting button or "
                                    "procedure. If you have already clicked a link or entered "
                                    "your password, report it straight away and change your "
                                    "password: acting within minutes can stop the attacker. "
                                    "Nobody will be punished for quickly reporting an honest "
                                    "mistake.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Phishing uses urgency, fear or curiosity to make you "
                                            "act without thinking.",
                                            "Check the real sender address and where a link "
                                            "really leads.",
                                            "Verify unusual requests, especially for payments, "
                                            "through a second channel.",
                                            "If you clicked, report it immediately: speed limits "
                                            "the damage.",
                                        ],
                                    },
                                ),
                            ],
                            "sw": [
                                ("heading", {"text": "Hadaa mtandaoni ni nini", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>Hadaa mtandaoni (phishing) ni ujumbe unaojifanya kutoka "
                                    "kwa mtu au taasisi unayoiamini, ili ubofye kiungo, ufungue "
                                    "kiambatisho, utoe nenosiri au utume fedha. Mara nyingi huja "
                                    "kwa barua pepe, lakini pia kwa SMS, WhatsApp au simu. "
                                    "Wanapowalenga watumishi wa umma, wahalifu mara nyingi "
                                    "hujifanya kuwa Kitengo cha TEHAMA, Hazina, mzabuni, mfadhili "
                                    "au kiongozi mwandamizi.</p>",
                                ),
                                ("heading", {"text": "Dalili za tahadhari", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<ul><li><b>Haraka au hofu:</b> “Akaunti yako itafungwa ndani "
                                    "ya saa 24”, “Malipo ya dharura yanahitajika leo”.</li><li>"
                                    "<b>Anwani ya mtumaji isiyolingana:</b> jina linasema “ICT "
                                    "Helpdesk” lakini anwani ni "
                                    "<i>helpdesk.gov@mail-example.com</i>.</li><li><b>Viungo "
                                    "vinavyoelekea kwingine:</b> weka kiashiria cha kipanya juu "
                                    "ya kiungo (au bonyeza na ushikilie kwenye simu) ili uone "
                                    "anwani halisi kabla ya kubofya.</li><li><b>Viambatisho "
                                    "usivyovitarajia</b>, hasa mafaili yaliyobanwa (zip), nyaraka "
                                    "zinazokutaka “uwezeshe maudhui” (enable content), au ankara "
                                    "usizozitarajia.</li><li><b>Maombi ya kubadilisha taarifa za "
                                    "akaunti ya benki</b> au ya kuwaficha wenzako jambo "
                                    "fulani.</li></ul><p>Ujumbe unaweza kuwa na tahajia sahihi "
                                    "kabisa na jina lako sahihi, na bado ukawa wa hadaa. Wahalifu "
                                    "huwachunguza walengwa wao kupitia tovuti na mitandao ya "
                                    "kijamii.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Agizo bandia kutoka kwa kiongozi mwandamizi",
                                        "text": "<p>Udanganyifu wa kawaida ni barua pepe "
                                        "inayoonekana kutoka kwa Katibu Mkuu au Mkurugenzi, "
                                        "ikikuagiza ufanye malipo ya haraka au ununue vocha, na "
                                        "usipige simu kwa sababu yuko “kikaoni”. Daima hakiki "
                                        "maombi kama hayo kupitia njia nyingine, kwa kutumia "
                                        "namba ya simu unayoifahamu tayari – kamwe si ile "
                                        "iliyotolewa kwenye ujumbe.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Ukiwa na shaka, usibofye, usijibu na usiwasambazie "
                                    "wenzako ujumbe huo. Uripoti kwa Dawati la Huduma za TEHAMA "
                                    "kwa kutumia kitufe au utaratibu wa kuripoti wa wizara yako. "
                                    "Ikiwa tayari umebofya kiungo au umeingiza nenosiri lako, "
                                    "ripoti mara moja na ubadilishe nenosiri: kuchukua hatua "
                                    "ndani ya dakika chache kunaweza kumzuia mhalifu. Hakuna "
                                    "atakayeadhibiwa kwa kuripoti haraka kosa lililofanyika kwa "
                                    "nia njema.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Hadaa hutumia haraka, hofu au udadisi ili uchukue "
                                            "hatua bila kufikiri.",
                                            "Hakiki anwani halisi ya mtumaji na mahali kiungo "
                                            "kinapoelekea hasa.",
                                            "Thibitisha maombi yasiyo ya kawaida, hasa ya malipo, "
                                            "kupitia njia nyingine.",
                                            "Ukibofya, ripoti mara moja: kasi hupunguza madhara.",
                                        ],
                                    },
                                ),
                            ],
                            "ar": [
                                ("heading", {"text": "ما التصيّد الاحتيالي؟", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>التصيّد الاحتيالي رسالة تنتحل صفة شخص أو جهة تثق بها، "
                                    "لتدفعك إلى النقر على رابط أو فتح مرفق أو الكشف عن كلمة مرور "
                                    "أو تحويل أموال. وهي تصل غالبًا عبر البريد الإلكتروني، وقد "
                                    "تصل أيضًا عبر الرسائل النصية أو واتساب أو الهاتف. وعند "
                                    "استهداف موظفي الحكومة، كثيرًا ما ينتحل المهاجمون صفة وحدة "
                                    "تقنية المعلومات أو وزارة المالية أو أحد الموردين أو إحدى "
                                    "الجهات المانحة أو مسؤول رفيع.</p>",
                                ),
                                ("heading", {"text": "علامات التحذير", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<ul><li><b>الاستعجال أو التخويف:</b> «سيُغلَق حسابك خلال 24 "
                                    "ساعة»، «مطلوب سداد عاجل اليوم».</li><li><b>عنوان مرسل لا "
                                    "يتطابق مع الاسم:</b> يظهر الاسم «ICT Helpdesk» لكن العنوان "
                                    "هو <i>helpdesk.gov@mail-example.com</i>.</li><li><b>روابط "
                                    "تقود إلى مكان آخر:</b> مرّر المؤشر فوق الرابط (أو اضغط عليه "
                                    "مطوّلًا في الهاتف) لترى العنوان الحقيقي قبل النقر.</li><li>"
                                    "<b>مرفقات غير متوقعة</b>، ولا سيما الملفات المضغوطة، أو "
                                    "المستندات التي تطلب منك «تمكين المحتوى»، أو فواتير لم تكن "
                                    "تنتظرها.</li><li><b>طلبات تغيير بيانات الحساب المصرفي</b> أو "
                                    "كتمان أمر ما عن الزملاء.</li></ul><p>قد تكون الرسالة خالية "
                                    "من الأخطاء الإملائية وتحمل اسمك الصحيح، ومع ذلك تكون رسالة "
                                    "تصيّد. فالمهاجمون يجمعون المعلومات عن أهدافهم من المواقع "
                                    "الإلكترونية ومواقع التواصل الاجتماعي.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "التعليمات المزيّفة من مسؤول رفيع",
                                        "text": "<p>من أشيع أساليب الاحتيال رسالةٌ تبدو صادرة عن "
                                        "وكيل الوزارة أو أحد المديرين، تطلب منك إجراء دفعة عاجلة "
                                        "أو شراء قسائم شرائية، وتطلب منك عدم الاتصال لأنه «في "
                                        "اجتماع». تحقّق دائمًا من مثل هذه الطلبات عبر قناة ثانية، "
                                        "مستخدمًا رقم هاتف تعرفه مسبقًا، لا الرقم الوارد في "
                                        "الرسالة أبدًا.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>إذا ساورك الشك، فلا تنقر ولا تردّ ولا تُعِد توجيه الرسالة "
                                    "إلى زملائك، بل أبلغ عنها مكتب خدمة تقنية المعلومات باستخدام "
                                    "زر الإبلاغ أو الإجراء المعتمد في وزارتك. وإذا كنت قد نقرت "
                                    "على الرابط أو أدخلت كلمة مرورك، فأبلغ فورًا وغيّر كلمة "
                                    "المرور، فالتحرّك خلال دقائق قد يوقف المهاجم. ولن يُعاقَب أحد "
                                    "على الإبلاغ السريع عن خطأ وقع بحسن نية.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "يستغل التصيّد الاستعجال أو الخوف أو الفضول ليدفعك "
                                            "إلى التصرّف دون تفكير.",
                                            "تحقّق من عنوان المرسل الحقيقي ومن الوجهة الحقيقية "
                                            "للرابط.",
                                            "تأكّد من الطلبات غير المعتادة، ولا سيما طلبات الدفع، "
                                            "عبر قناة ثانية.",
                                            "إذا نقرت على رابط مشبوه فأبلغ فورًا، فالسرعة تحدّ من "
                                            "الضرر.",
                                        ],
                                    },
                                ),
                            ],
                            "fr": [
                                (
                                    "heading",
                                    {"text": "Qu’est-ce que l’hameçonnage ?", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>L’hameçonnage (phishing) est un message qui se fait "
                                    "passer pour une personne ou un organisme de confiance afin "
                                    "de vous pousser à cliquer sur un lien, ouvrir une pièce "
                                    "jointe, révéler un mot de passe ou envoyer de l’argent. Il "
                                    "arrive surtout par courriel, mais aussi par SMS, par "
                                    "WhatsApp ou par téléphone. Pour viser les agents publics, "
                                    "les attaquants se font souvent passer pour le service "
                                    "informatique, le Trésor, un fournisseur, un bailleur de "
                                    "fonds ou un haut responsable.</p>",
                                ),
                                ("heading", {"text": "Les signaux d’alerte", "level": "h3"}),
                                (
                                    "paragraph",
                                    "<ul><li><b>L’urgence ou la peur :</b> « Votre compte sera "
                                    "fermé dans 24 heures », « Paiement urgent à effectuer "
                                    "aujourd’hui ».</li><li><b>Une adresse d’expéditeur qui ne "
                                    "correspond pas :</b> le nom affiché est « ICT Helpdesk », "
                                    "mais l’adresse est <i>helpdesk.gov@mail-example.com</i>.</li>"
                                    "<li><b>Des liens qui mènent ailleurs :</b> survolez le lien "
                                    "avec la souris (ou appuyez longuement dessus sur un "
                                    "téléphone) pour voir l’adresse réelle avant de cliquer.</li>"
                                    "<li><b>Des pièces jointes inattendues</b>, en particulier "
                                    "des fichiers compressés, des documents qui vous demandent "
                                    "d’« activer le contenu » ou des factures que vous "
                                    "n’attendiez pas.</li><li><b>Des demandes de modification de "
                                    "coordonnées bancaires</b> ou de garder le secret vis-à-vis "
                                    "de vos collègues.</li></ul><p>Un message peut être sans "
                                    "faute d’orthographe et mentionner votre nom exact, tout en "
                                    "étant une tentative d’hameçonnage. Les attaquants se "
                                    "renseignent sur leurs cibles grâce aux sites web et aux "
                                    "réseaux sociaux.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Le faux ordre d’un haut responsable",
                                        "text": "<p>Une fraude courante consiste en un courriel "
                                        "qui semble venir du secrétaire général ou d’un directeur "
                                        "et qui vous demande d’effectuer un paiement urgent ou "
                                        "d’acheter des cartes prépayées, sans l’appeler car il "
                                        "est « en réunion ». Vérifiez toujours ce type de demande "
                                        "par un autre canal, avec un numéro de téléphone que vous "
                                        "connaissez déjà – jamais celui indiqué dans le "
                                        "message.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>En cas de doute, ne cliquez pas, ne répondez pas et ne "
                                    "transférez pas le message à vos collègues. Signalez-le au "
                                    "service d’assistance informatique à l’aide du bouton ou de "
                                    "la procédure de signalement de votre ministère. Si vous avez "
                                    "déjà cliqué sur un lien ou saisi votre mot de passe, "
                                    "signalez-le immédiatement et changez votre mot de passe : "
                                    "agir en quelques minutes peut arrêter l’attaquant. Personne "
                                    "ne sera sanctionné pour avoir signalé rapidement une erreur "
                                    "commise de bonne foi.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "L’hameçonnage joue sur l’urgence, la peur ou la "
                                            "curiosité pour vous faire agir sans réfléchir.",
                                            "Vérifiez la véritable adresse de l’expéditeur et la "
                                            "destination réelle des liens.",
                                            "Confirmez les demandes inhabituelles, surtout de "
                                            "paiement, par un autre canal.",
                                            "Si vous avez cliqué, signalez-le tout de suite : la "
                                            "rapidité limite les dégâts.",
                                        ],
                                    },
                                ),
                            ],
                        },
                    },
                    {
                        "slug": "protecting-devices-and-data",
                        "duration_minutes": 15,
                        "requires_previous": True,
                        "title": {
                            "en": "Protecting your devices and data",
                            "sw": "Kulinda vifaa na taarifa zako",
                            "ar": "حماية أجهزتك وبياناتك",
                            "fr": "Protéger vos appareils et vos données",
                        },
                        "body": {
                            "en": [
                                ("heading", {"text": "Lock, update, protect", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>Your laptop, desktop computer and phone hold official "
                                    "information or give access to it. Three habits protect them "
                                    "most:</p><ol><li><b>Lock your screen</b> every time you "
                                    "leave your desk: press the Windows key + L, or Ctrl + "
                                    "Command + Q on a Mac. Set your phone to lock automatically "
                                    "with a PIN.</li><li><b>Install updates</b> when the system "
                                    "or the ICT unit asks you to. Do not postpone them for "
                                    "weeks.</li><li><b>Keep the antivirus switched on</b>, and "
                                    "never turn it off to install a program.</li></ol>",
                                ),
                                (
                                    "heading",
                                    {"text": "Removable media and personal devices", "level": "h3"},
                                ),
                                (
                                    "paragraph",
                                    "<p>USB sticks are an easy way for malware to get in and for "
                                    "data to get out. Do not plug in a USB stick that you found "
                                    "or received as a gift at an event. Use the shared drive or "
                                    "the approved file-sharing service instead; if you must carry "
                                    "data on a USB stick, use an encrypted one issued by the ICT "
                                    "unit.</p><p>If you read official email on your own phone, "
                                    "protect it with a screen lock, keep it updated and install "
                                    "apps only from the official store. Do not let family members "
                                    "use the device you work on.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "Handle data according to its classification",
                                        "text": "<p>Documents marked <b>Confidential</b> or "
                                        "<b>Restricted</b>, and any personal data about citizens "
                                        "or staff, must not be stored on personal devices, sent "
                                        "to personal email or uploaded to public cloud services. "
                                        "When in doubt, ask the owner of the document or your "
                                        "records officer.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Physical security matters too. Do not leave a laptop "
                                    "visible in a car or unattended in a public place. Collect "
                                    "your printouts from the printer straight away, and shred "
                                    "confidential papers instead of putting them in the bin. If a "
                                    "device is lost or stolen, report it to the ICT service desk "
                                    "at once, so that it can be locked or wiped remotely.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Lock your screen whenever you step away from your "
                                            "device.",
                                            "Install updates promptly and keep the antivirus "
                                            "switched on.",
                                            "Never plug in unknown USB sticks; use encrypted, "
                                            "approved media.",
                                            "Keep classified and personal data off personal "
                                            "devices and accounts.",
                                            "Report a lost or stolen device immediately.",
                                        ],
                                    },
                                ),
                            ],
                            "sw": [
                                ("heading", {"text": "Funga, sasisha, linda", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>Kompyuta mpakato, kompyuta ya mezani na simu yako "
                                    "huhifadhi taarifa rasmi au hukuwezesha kuzifikia. Tabia tatu "
                                    "huvilinda zaidi:</p><ol><li><b>Funga skrini yako</b> kila "
                                    "unapoondoka mezani: bonyeza kitufe cha Windows + L, au Ctrl "
                                    "+ Command + Q kwenye Mac. Weka simu yako ijifunge yenyewe "
                                    "kwa PIN.</li><li><b>Sakinisha masasisho</b> mfumo au Kitengo "
                                    "cha TEHAMA kinapokutaka ufanye hivyo. Usiyaahirishe kwa wiki "
                                    "kadhaa.</li><li><b>Acha kingavirusi kikiwa kimewashwa</b>, "
                                    "na kamwe usikizime ili usakinishe programu.</li></ol>",
                                ),
                                (
                                    "heading",
                                    {
                                        "text": "Vifaa vya kuhifadhi vinavyohamishika na vifaa "
                                        "binafsi",
                                        "level": "h3",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Vifaa vya USB ni njia rahisi kwa programu hasidi kuingia "
                                    "na kwa taarifa kuvuja. Usichomeke kifaa cha USB "
                                    "ulichokiokota au ulichopewa kama zawadi kwenye tukio fulani. "
                                    "Badala yake tumia hifadhi ya pamoja au huduma "
                                    "iliyoidhinishwa ya kushirikishana mafaili; ikibidi kubeba "
                                    "taarifa kwenye USB, tumia kifaa kilichosimbwa kilichotolewa "
                                    "na Kitengo cha TEHAMA.</p><p>Ukisoma barua pepe rasmi kwenye "
                                    "simu yako binafsi, ilinde kwa kufuli ya skrini, isasishe "
                                    "mara kwa mara na sakinisha programu kutoka duka rasmi tu. "
                                    "Usiwaruhusu wanafamilia kutumia kifaa unachofanyia kazi.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "Shughulikia taarifa kulingana na daraja lake la "
                                        "usiri",
                                        "text": "<p>Nyaraka zenye alama ya <b>Siri</b> au "
                                        "<b>Imezuiliwa</b>, pamoja na taarifa binafsi za wananchi "
                                        "au watumishi, hazipaswi kuhifadhiwa kwenye vifaa "
                                        "binafsi, kutumwa kwenye barua pepe binafsi au kupakiwa "
                                        "kwenye huduma za wingu za umma. Ukiwa na shaka, muulize "
                                        "mmiliki wa nyaraka au afisa wa kumbukumbu.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Usalama wa kimwili nao ni muhimu. Usiache kompyuta "
                                    "mpakato ikionekana ndani ya gari au bila uangalizi mahali pa "
                                    "umma. Chukua nyaraka ulizochapisha kutoka kwenye printa mara "
                                    "moja, na ziharibu nyaraka za siri kwa mashine ya kuchana "
                                    "karatasi badala ya kuzitupa kwenye pipa la taka. Kifaa "
                                    "kikipotea au kuibwa, ripoti kwa Dawati la Huduma za TEHAMA "
                                    "mara moja ili kifungwe au taarifa zake zifutwe kwa mbali.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Funga skrini yako kila unapoondoka kwenye kifaa "
                                            "chako.",
                                            "Sakinisha masasisho mapema na acha kingavirusi "
                                            "kikiwa kimewashwa.",
                                            "Usichomeke USB usiyoijua; tumia vifaa vilivyosimbwa "
                                            "na kuidhinishwa.",
                                            "Taarifa za siri na binafsi zisiwekwe kwenye vifaa au "
                                            "akaunti binafsi.",
                                            "Ripoti mara moja kifaa kilichopotea au kuibwa.",
                                        ],
                                    },
                                ),
                            ],
                            "ar": [
                                ("heading", {"text": "اقفل، حدّث، احمِ", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>يحفظ حاسوبك المحمول أو المكتبي وهاتفك معلومات رسمية أو "
                                    "يتيح الوصول إليها. وهناك ثلاث عادات توفّر لها أكبر قدر من "
                                    "الحماية:</p><ol><li><b>اقفل شاشتك</b> كلما غادرت مكتبك، "
                                    "بالضغط على مفتاح Windows + L، أو Ctrl + Command + Q على "
                                    "أجهزة Mac. واضبط هاتفك ليُقفَل تلقائيًا برمز PIN.</li><li>"
                                    "<b>ثبّت التحديثات</b> عندما يطلب منك النظام أو وحدة تقنية "
                                    "المعلومات ذلك، ولا تؤجّلها أسابيع.</li><li><b>أبقِ برنامج "
                                    "مكافحة الفيروسات مفعّلًا</b>، ولا توقفه أبدًا لتثبيت برنامج "
                                    "ما.</li></ol>",
                                ),
                                (
                                    "heading",
                                    {
                                        "text": "وسائط التخزين القابلة للإزالة والأجهزة الشخصية",
                                        "level": "h3",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>ذواكر USB طريق سهل لدخول البرمجيات الخبيثة ولتسرّب "
                                    "البيانات. لا تُدخِل في جهازك ذاكرة USB وجدتها أو تلقيتها "
                                    "هدية في إحدى الفعاليات. واستخدم بدلًا منها المحرك المشترك أو "
                                    "خدمة مشاركة الملفات المعتمدة، وإن اضطررت إلى نقل بيانات على "
                                    "ذاكرة USB فاستخدم ذاكرة مشفّرة تصرفها لك وحدة تقنية "
                                    "المعلومات.</p><p>وإذا كنت تقرأ بريدك الرسمي على هاتفك "
                                    "الشخصي، فاحمِه بقفل للشاشة، وحافظ على تحديثه، ولا تثبّت "
                                    "التطبيقات إلا من المتجر الرسمي. ولا تسمح لأفراد أسرتك "
                                    "باستخدام الجهاز الذي تعمل عليه.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "تعامل مع البيانات وفق درجة تصنيفها",
                                        "text": "<p>لا يجوز حفظ الوثائق المصنّفة <b>سري</b> أو "
                                        "<b>محدود التداول</b>، ولا أي بيانات شخصية تخص المواطنين "
                                        "أو الموظفين، على الأجهزة الشخصية، ولا إرسالها إلى البريد "
                                        "الشخصي، ولا رفعها إلى خدمات التخزين السحابي العامة. وعند "
                                        "الشك، اسأل مالك الوثيقة أو مسؤول السجلات.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>والأمن المادي مهم أيضًا: لا تترك حاسوبًا محمولًا ظاهرًا "
                                    "في سيارة أو دون رقابة في مكان عام. واستلم مطبوعاتك من "
                                    "الطابعة فورًا، وأتلف الأوراق السرية بآلة تمزيق الورق بدلًا "
                                    "من رميها في سلة المهملات. وإذا فُقد جهاز أو سُرق، فأبلغ مكتب "
                                    "خدمة تقنية المعلومات فورًا حتى يمكن قفله أو مسح بياناته عن "
                                    "بُعد.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "اقفل شاشتك كلما ابتعدت عن جهازك.",
                                            "ثبّت التحديثات دون تأخير، وأبقِ برنامج مكافحة "
                                            "الفيروسات مفعّلًا.",
                                            "لا تُدخِل ذواكر USB مجهولة، واستخدم وسائط مشفّرة "
                                            "ومعتمدة.",
                                            "أبقِ البيانات المصنّفة والشخصية بعيدًا عن الأجهزة "
                                            "والحسابات الشخصية.",
                                            "أبلغ فورًا عن أي جهاز مفقود أو مسروق.",
                                        ],
                                    },
                                ),
                            ],
                            "fr": [
                                (
                                    "heading",
                                    {"text": "Verrouiller, mettre à jour, protéger", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Votre ordinateur portable, votre poste fixe et votre "
                                    "téléphone contiennent des informations officielles ou y "
                                    "donnent accès. Trois habitudes les protègent le mieux :</p>"
                                    "<ol><li><b>Verrouillez votre écran</b> chaque fois que vous "
                                    "quittez votre poste : touche Windows + L, ou Ctrl + Commande "
                                    "+ Q sur un Mac. Réglez votre téléphone pour qu’il se "
                                    "verrouille automatiquement avec un code PIN.</li><li>"
                                    "<b>Installez les mises à jour</b> lorsque le système ou le "
                                    "service informatique vous le demande. Ne les repoussez pas "
                                    "pendant des semaines.</li><li><b>Laissez l’antivirus "
                                    "activé</b> et ne le désactivez jamais pour installer un "
                                    "programme.</li></ol>",
                                ),
                                (
                                    "heading",
                                    {
                                        "text": "Supports amovibles et appareils personnels",
                                        "level": "h3",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Les clés USB sont une porte d’entrée facile pour les "
                                    "logiciels malveillants et une porte de sortie pour les "
                                    "données. Ne branchez pas une clé USB trouvée ou reçue en "
                                    "cadeau lors d’un événement. Utilisez plutôt le lecteur "
                                    "partagé ou le service de partage de fichiers autorisé ; si "
                                    "vous devez transporter des données sur une clé USB, utilisez "
                                    "une clé chiffrée fournie par le service informatique.</p>"
                                    "<p>Si vous lisez votre messagerie professionnelle sur votre "
                                    "téléphone personnel, protégez-le par un verrouillage "
                                    "d’écran, tenez-le à jour et n’installez des applications que "
                                    "depuis la boutique officielle. Ne laissez pas les membres de "
                                    "votre famille utiliser l’appareil sur lequel vous "
                                    "travaillez.</p>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "security",
                                        "title": "Traitez les données selon leur classification",
                                        "text": "<p>Les documents marqués <b>Confidentiel</b> ou "
                                        "<b>Diffusion restreinte</b>, ainsi que toute donnée "
                                        "personnelle concernant des citoyens ou des agents, ne "
                                        "doivent pas être stockés sur des appareils personnels, "
                                        "envoyés vers une messagerie personnelle ni déposés sur "
                                        "des services de stockage en ligne grand public. En cas "
                                        "de doute, demandez au propriétaire du document ou au "
                                        "responsable des archives.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>La sécurité physique compte aussi. Ne laissez pas un "
                                    "ordinateur portable visible dans une voiture ni sans "
                                    "surveillance dans un lieu public. Récupérez immédiatement "
                                    "vos impressions et passez les documents confidentiels au "
                                    "destructeur plutôt que de les jeter à la corbeille. Si un "
                                    "appareil est perdu ou volé, prévenez sans attendre le "
                                    "service d’assistance informatique pour qu’il puisse être "
                                    "verrouillé ou effacé à distance.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Verrouillez votre écran dès que vous vous éloignez "
                                            "de votre appareil.",
                                            "Installez rapidement les mises à jour et gardez "
                                            "l’antivirus activé.",
                                            "Ne branchez jamais de clé USB inconnue ; utilisez "
                                            "des supports chiffrés et autorisés.",
                                            "Gardez les données classifiées et personnelles hors "
                                            "des appareils et comptes personnels.",
                                            "Signalez immédiatement tout appareil perdu ou volé.",
                                        ],
                                    },
                                ),
                            ],
                        },
                    },
                    {
                        "slug": "reporting-incidents",
                        "duration_minutes": 10,
                        "requires_previous": True,
                        "title": {
                            "en": "Reporting security incidents",
                            "sw": "Kuripoti matukio ya usalama",
                            "ar": "الإبلاغ عن الحوادث الأمنية",
                            "fr": "Signaler les incidents de sécurité",
                        },
                        "body": {
                            "en": [
                                (
                                    "heading",
                                    {"text": "What counts as a security incident", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>A security incident is any event that could harm the "
                                    "confidentiality, integrity or availability of government "
                                    "information or systems. For example:</p><ul><li>you clicked "
                                    "a suspicious link or opened a suspicious attachment;</li>"
                                    "<li>you entered your password on a page that may have been "
                                    "fake;</li><li>a laptop, phone or USB stick holding official "
                                    "data is lost or stolen;</li><li>an email containing personal "
                                    "data was sent to the wrong person;</li><li>your computer "
                                    "behaves strangely: pop-ups, files you cannot open, a message "
                                    "demanding payment.</li></ul>",
                                ),
                                (
                                    "heading",
                                    {
                                        "text": "Report quickly, and to the right place",
                                        "level": "h3",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Contact the ICT service desk at once through the channel "
                                    "your ministry has set up: telephone, the service desk portal "
                                    "or the security email address. Do not wait until you are "
                                    "sure. A false alarm costs a few minutes; a late report can "
                                    "cost the whole ministry days of work. Give clear facts:</p>"
                                    "<ul><li>what happened, and when;</li><li>which device, "
                                    "account or system is affected;</li><li>what you have already "
                                    "done.</li></ul>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "What not to do",
                                        "text": "<p>Do not switch off the computer or delete the "
                                        "suspicious message unless the ICT unit tells you to: "
                                        "they may need it for the investigation. If the service "
                                        "desk asks you to, disconnect the computer from the "
                                        "network by unplugging the cable or turning off Wi-Fi. Do "
                                        "not try to fix the problem yourself, and never pay a "
                                        "ransom.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Reporting is not an admission of guilt. Ministries rely "
                                    "on their staff as an early warning system, and a quick, "
                                    "honest report is always treated better than a hidden "
                                    "mistake. Afterwards, follow the service desk’s instructions, "
                                    "such as changing your passwords, and share what you have "
                                    "learned with your team so that others can avoid the same "
                                    "trap.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Suspicious clicks, lost devices and misdirected "
                                            "emails are all incidents.",
                                            "Report at once to the ICT service desk, even if you "
                                            "are not sure.",
                                            "Give clear facts: what, when, which device or "
                                            "system, and what you did.",
                                            "Do not delete evidence, switch off or pay a ransom "
                                            "unless told to.",
                                        ],
                                    },
                                ),
                            ],
                            "sw": [
                                ("heading", {"text": "Tukio la usalama ni nini", "level": "h2"}),
                                (
                                    "paragraph",
                                    "<p>Tukio la usalama ni jambo lolote linaloweza kuathiri "
                                    "usiri, uadilifu au upatikanaji wa taarifa au mifumo ya "
                                    "Serikali. Kwa mfano:</p><ul><li>umebofya kiungo au umefungua "
                                    "kiambatisho cha kutiliwa shaka;</li><li>umeingiza nenosiri "
                                    "lako kwenye ukurasa ambao huenda ulikuwa bandia;</li>"
                                    "<li>kompyuta mpakato, simu au USB yenye taarifa rasmi "
                                    "imepotea au kuibwa;</li><li>barua pepe yenye taarifa binafsi "
                                    "imetumwa kwa mtu asiyehusika;</li><li>kompyuta yako inafanya "
                                    "mambo yasiyo ya kawaida: madirisha ibukizi, mafaili "
                                    "yasiyofunguka, ujumbe unaodai malipo.</li></ul>",
                                ),
                                (
                                    "heading",
                                    {"text": "Ripoti haraka, na mahali sahihi", "level": "h3"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Wasiliana na Dawati la Huduma za TEHAMA mara moja kupitia "
                                    "njia iliyowekwa na wizara yako: simu, mfumo wa Dawati la "
                                    "Huduma au anwani ya barua pepe ya usalama. Usisubiri hadi "
                                    "uwe na uhakika. Tahadhari isiyo ya kweli hugharimu dakika "
                                    "chache tu; ripoti iliyochelewa inaweza kuigharimu wizara "
                                    "nzima siku kadhaa za kazi. Toa taarifa zilizo wazi:</p><ul>"
                                    "<li>kilichotokea, na lini;</li><li>kifaa, akaunti au mfumo "
                                    "ulioathirika;</li><li>hatua ulizokwisha kuchukua.</li></ul>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Usifanye haya",
                                        "text": "<p>Usizime kompyuta wala kufuta ujumbe "
                                        "unaotiliwa shaka isipokuwa Kitengo cha TEHAMA "
                                        "kimekuelekeza kufanya hivyo: huenda kikauhitaji kwa "
                                        "uchunguzi. Dawati la Huduma likikuelekeza, tenganisha "
                                        "kompyuta na mtandao kwa kuchomoa waya au kuzima Wi-Fi. "
                                        "Usijaribu kutatua tatizo mwenyewe, na kamwe usilipe "
                                        "fidia yoyote.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Kuripoti si kukiri kosa. Wizara hutegemea watumishi wake "
                                    "kuwa mfumo wa tahadhari ya mapema, na ripoti ya haraka na ya "
                                    "kweli daima huchukuliwa vizuri zaidi kuliko kosa "
                                    "lililofichwa. Baadaye, fuata maelekezo ya Dawati la Huduma, "
                                    "kama vile kubadilisha manenosiri yako, na uwashirikishe "
                                    "wenzako ulichojifunza ili nao waepuke mtego huo.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Kubofya viungo vya kutiliwa shaka, vifaa "
                                            "vilivyopotea na barua pepe zilizotumwa kimakosa yote "
                                            "ni matukio ya usalama.",
                                            "Ripoti mara moja kwa Dawati la Huduma za TEHAMA, "
                                            "hata kama huna uhakika.",
                                            "Toa taarifa zilizo wazi: nini, lini, kifaa au mfumo "
                                            "gani, na ulichofanya.",
                                            "Usifute ushahidi, usizime kompyuta wala kulipa fidia "
                                            "bila maelekezo.",
                                        ],
                                    },
                                ),
                            ],
                            "ar": [
                                (
                                    "heading",
                                    {"text": "ما الذي يُعدّ حادثًا أمنيًا؟", "level": "h2"},
                                ),
                                (
                                    "paragraph",
                                    "<p>الحادث الأمني هو أي واقعة قد تمسّ سرية المعلومات أو "
                                    "الأنظمة الحكومية أو سلامتها أو توافرها. ومن أمثلته:</p><ul>"
                                    "<li>أن تنقر على رابط مشبوه أو تفتح مرفقًا مشبوهًا؛</li>"
                                    "<li>أن تُدخل كلمة مرورك في صفحة قد تكون مزيّفة؛</li>"
                                    "<li>فقدان حاسوب محمول أو هاتف أو ذاكرة USB تحتوي على بيانات "
                                    "رسمية، أو سرقته؛</li><li>إرسال رسالة بريد إلكتروني تتضمن "
                                    "بيانات شخصية إلى شخص غير معنيّ؛</li><li>سلوك غريب لحاسوبك: "
                                    "نوافذ منبثقة، أو ملفات يتعذّر فتحها، أو رسالة تطالب بدفع "
                                    "مبلغ.</li></ul>",
                                ),
                                (
                                    "heading",
                                    {"text": "أبلغ بسرعة وإلى الجهة الصحيحة", "level": "h3"},
                                ),
                                (
                                    "paragraph",
                                    "<p>تواصل فورًا مع مكتب خدمة تقنية المعلومات عبر القناة التي "
                                    "حدّدتها وزارتك: الهاتف، أو بوابة مكتب الخدمة، أو عنوان "
                                    "البريد الإلكتروني المخصّص للأمن. لا تنتظر حتى تتيقّن، "
                                    "فالإنذار الكاذب لا يكلّف سوى دقائق، أما البلاغ المتأخر فقد "
                                    "يكلّف الوزارة كلها أيامًا من العمل. وقدّم وقائع واضحة:</p>"
                                    "<ul><li>ماذا حدث ومتى؛</li><li>أيّ جهاز أو حساب أو نظام "
                                    "تأثّر؛</li><li>ما الإجراءات التي اتخذتها حتى الآن.</li></ul>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "ما يجب ألّا تفعله",
                                        "text": "<p>لا تُطفئ الحاسوب ولا تحذف الرسالة المشبوهة ما "
                                        "لم تطلب منك وحدة تقنية المعلومات ذلك، فقد تحتاج إليها في "
                                        "التحقيق. وإذا طلب منك مكتب الخدمة ذلك، فافصل الحاسوب عن "
                                        "الشبكة بنزع الكابل أو إيقاف Wi-Fi. ولا تحاول إصلاح "
                                        "المشكلة بنفسك، ولا تدفع أي فدية أبدًا.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>الإبلاغ ليس اعترافًا بالذنب. فالوزارات تعتمد على موظفيها "
                                    "بوصفهم نظام إنذار مبكر، ويُنظَر دائمًا إلى البلاغ السريع "
                                    "الصادق نظرة أفضل من الخطأ المخفيّ. وبعد ذلك، اتّبع تعليمات "
                                    "مكتب الخدمة، مثل تغيير كلمات المرور، وشارك فريقك ما تعلّمته "
                                    "حتى يتجنّب الآخرون الفخ نفسه.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "النقر على الروابط المشبوهة وفقدان الأجهزة والرسائل "
                                            "المرسلة خطأً كلها حوادث أمنية.",
                                            "أبلغ مكتب خدمة تقنية المعلومات فورًا، حتى لو لم تكن "
                                            "متأكدًا.",
                                            "قدّم وقائع واضحة: ماذا حدث ومتى، وأي جهاز أو نظام، "
                                            "وما الذي فعلته.",
                                            "لا تحذف الأدلة ولا تُطفئ الجهاز ولا تدفع فدية إلا "
                                            "بتوجيه من المختصين.",
                                        ],
                                    },
                                ),
                            ],
                            "fr": [
                                (
                                    "heading",
                                    {
                                        "text": "Qu’est-ce qu’un incident de sécurité ?",
                                        "level": "h2",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Un incident de sécurité est tout événement susceptible de "
                                    "porter atteinte à la confidentialité, à l’intégrité ou à la "
                                    "disponibilité des informations ou des systèmes de "
                                    "l’administration. Par exemple :</p><ul><li>vous avez cliqué "
                                    "sur un lien ou ouvert une pièce jointe suspects ;</li>"
                                    "<li>vous avez saisi votre mot de passe sur une page "
                                    "peut-être frauduleuse ;</li><li>un ordinateur portable, un "
                                    "téléphone ou une clé USB contenant des données officielles a "
                                    "été perdu ou volé ;</li><li>un courriel contenant des "
                                    "données personnelles a été envoyé à la mauvaise personne "
                                    ";</li><li>votre ordinateur se comporte de façon anormale : "
                                    "fenêtres surgissantes, fichiers impossibles à ouvrir, "
                                    "message exigeant un paiement.</li></ul>",
                                ),
                                (
                                    "heading",
                                    {"text": "Signaler vite, et au bon endroit", "level": "h3"},
                                ),
                                (
                                    "paragraph",
                                    "<p>Contactez immédiatement le service d’assistance "
                                    "informatique par le canal prévu par votre ministère : "
                                    "téléphone, portail du service d’assistance ou adresse "
                                    "électronique dédiée à la sécurité. N’attendez pas d’être "
                                    "sûr. Une fausse alerte coûte quelques minutes ; un "
                                    "signalement tardif peut coûter des jours de travail à tout "
                                    "le ministère. Donnez des faits précis :</p><ul><li>ce qui "
                                    "s’est passé, et quand ;</li><li>l’appareil, le compte ou le "
                                    "système concerné ;</li><li>ce que vous avez déjà fait.</li>"
                                    "</ul>",
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Ce qu’il ne faut pas faire",
                                        "text": "<p>N’éteignez pas l’ordinateur et ne supprimez "
                                        "pas le message suspect, sauf instruction du service "
                                        "informatique : il peut en avoir besoin pour son enquête. "
                                        "Si le service d’assistance vous le demande, déconnectez "
                                        "l’ordinateur du réseau en débranchant le câble ou en "
                                        "désactivant le Wi-Fi. N’essayez pas de régler le "
                                        "problème vous-même et ne payez jamais de rançon.</p>",
                                    },
                                ),
                                (
                                    "paragraph",
                                    "<p>Signaler un incident n’est pas avouer une faute. Les "
                                    "ministères comptent sur leurs agents comme système d’alerte "
                                    "précoce, et un signalement rapide et honnête est toujours "
                                    "mieux considéré qu’une erreur dissimulée. Ensuite, suivez "
                                    "les consignes du service d’assistance, par exemple changer "
                                    "vos mots de passe, et partagez ce que vous avez appris avec "
                                    "votre équipe pour que d’autres évitent le même piège.</p>",
                                ),
                                (
                                    "key_takeaways",
                                    {
                                        "points": [
                                            "Un clic suspect, un appareil perdu ou un courriel "
                                            "mal adressé sont des incidents.",
                                            "Signalez-les immédiatement au service d’assistance "
                                            "informatique, même sans certitude.",
                                            "Donnez des faits précis : quoi, quand, quel appareil "
                                            "ou système, ce que vous avez fait.",
                                            "Ne supprimez pas de preuves, n’éteignez pas et ne "
                                            "payez pas de rançon sans instruction.",
                                        ],
                                    },
                                ),
                            ],
                        },
                    },
                ],
            },
        ],
    },
]
