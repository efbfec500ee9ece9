"""The demo awareness campaigns, in English, Kiswahili, Arabic and French.

"Spot the phish" is completed by passing a three-question quiz and grants a
certificate valid for a year; the acceptable-use and password policy is
completed by acknowledging version 2026.1. Both run from two weeks before
``seed_demo`` to six weeks after it.
"""

INDEX = {
    "slug": "campaigns",
    "title": {
        "en": "Awareness campaigns",
        "sw": "Kampeni za uelewa",
        "ar": "حملات التوعية",
        "fr": "Campagnes de sensibilisation",
    },
    "intro": {
        "en": "<p>Short campaigns on the threats civil servants meet every day.</p>",
        "sw": "<p>Kampeni fupi kuhusu vitisho ambavyo watumishi wa umma hukutana navyo kila "
        "siku.</p>",
        "ar": "<p>حملات قصيرة عن التهديدات التي يواجهها موظفو الخدمة العامة كل يوم.</p>",
        "fr": "<p>De courtes campagnes sur les menaces que les fonctionnaires rencontrent "
        "chaque jour.</p>",
    },
}


def _tip(kind, title, text):
    return ("callout", {"kind": kind, "title": title, "text": text})


PHISHING = {
    "slug": "spot-the-phish",
    "completion": "quiz",
    "policy_version": "",
    "issues_certificate": True,
    "certificate_validity_months": 12,
    "duration_minutes": 10,
    "title": {
        "en": "Spot the phish",
        "sw": "Tambua barua ya ulaghai",
        "ar": "اكتشف رسالة التصيّد",
        "fr": "Repérez l’hameçonnage",
    },
    "key_message": {
        "en": "Think before you click: check the sender, the link and the urgency.",
        "sw": "Fikiri kabla ya kubofya: kagua mtumaji, kiungo na haraka inayodaiwa.",
        "ar": "فكّر قبل أن تنقر: تحقّق من المرسل والرابط والاستعجال.",
        "fr": "Réfléchissez avant de cliquer : vérifiez l’expéditeur, le lien et l’urgence.",
    },
    "summary": {
        "en": "Phishing emails are the first step of most attacks on ministries. Learn the "
        "three signs and how to report a suspicious message.",
        "sw": "Barua pepe za ulaghai ndizo hatua ya kwanza ya mashambulizi mengi dhidi ya "
        "wizara. Jifunze dalili tatu na jinsi ya kuripoti ujumbe unaotia shaka.",
        "ar": "رسائل التصيّد هي الخطوة الأولى في معظم الهجمات على الوزارات. تعرّف على "
        "العلامات الثلاث وكيف تبلّغ عن رسالة مريبة.",
        "fr": "Les courriels d’hameçonnage sont la première étape de la plupart des attaques "
        "contre les ministères. Apprenez les trois signes et comment signaler un message "
        "suspect.",
    },
    "body": {
        "en": [
            (
                "paragraph",
                "<p>A phishing email pretends to come from someone you trust — the IT "
                "helpdesk, your director, a bank — to make you click a link, open an "
                "attachment or type your password.</p>",
            ),
            _tip(
                "security",
                "Three signs",
                "<ul><li>The sender’s full address does not match the name.</li>"
                "<li>The link goes somewhere else than the text says.</li>"
                "<li>It is urgent, secret or threatening.</li></ul>",
            ),
            (
                "paragraph",
                "<p>If in doubt, do not click. Forward the message to the ICT security "
                "team with the “Report phishing” button, then delete it.</p>",
            ),
        ],
        "sw": [
            (
                "paragraph",
                "<p>Barua pepe ya ulaghai hujifanya imetoka kwa mtu unayemwamini — dawati la "
                "msaada la TEHAMA, mkurugenzi wako, benki — ili ubofye kiungo, ufungue "
                "kiambatisho au uandike nenosiri lako.</p>",
            ),
            _tip(
                "security",
                "Dalili tatu",
                "<ul><li>Anwani kamili ya mtumaji hailingani na jina.</li>"
                "<li>Kiungo kinaelekea mahali tofauti na maandishi yanavyosema.</li>"
                "<li>Ni ya haraka, ya siri au ya vitisho.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Ukiwa na shaka, usibofye. Tuma ujumbe huo kwa timu ya usalama wa TEHAMA "
                "kwa kitufe cha “Ripoti ulaghai”, kisha uufute.</p>",
            ),
        ],
        "ar": [
            (
                "paragraph",
                "<p>تتظاهر رسالة التصيّد بأنها من جهة تثق بها — مكتب الدعم الفني، أو مديرك، "
                "أو مصرف — لتدفعك إلى النقر على رابط أو فتح مرفق أو كتابة كلمة المرور.</p>",
            ),
            _tip(
                "security",
                "ثلاث علامات",
                "<ul><li>العنوان الكامل للمرسل لا يطابق الاسم.</li>"
                "<li>الرابط يقود إلى مكان غير الذي يذكره النص.</li>"
                "<li>الرسالة عاجلة أو سرية أو تحمل تهديدًا.</li></ul>",
            ),
            (
                "paragraph",
                "<p>إذا ساورك الشك فلا تنقر. أعد توجيه الرسالة إلى فريق أمن المعلومات بزر "
                "«الإبلاغ عن تصيّد» ثم احذفها.</p>",
            ),
        ],
        "fr": [
            (
                "paragraph",
                "<p>Un courriel d’hameçonnage se fait passer pour quelqu’un de confiance — "
                "l’assistance informatique, votre directeur, une banque — pour vous faire "
                "cliquer sur un lien, ouvrir une pièce jointe ou saisir votre mot de passe.</p>",
            ),
            _tip(
                "security",
                "Trois signes",
                "<ul><li>L’adresse complète de l’expéditeur ne correspond pas au nom.</li>"
                "<li>Le lien mène ailleurs que ce qu’annonce le texte.</li>"
                "<li>Le message est urgent, secret ou menaçant.</li></ul>",
            ),
            (
                "paragraph",
                "<p>En cas de doute, ne cliquez pas. Transférez le message à l’équipe de "
                "sécurité informatique avec le bouton « Signaler l’hameçonnage », puis "
                "supprimez-le.</p>",
            ),
        ],
    },
    "quiz": {
        "slug": "phishing-check",
        "title": {
            "en": "Phishing check",
            "sw": "Jaribio la ulaghai",
            "ar": "اختبار التصيّد",
            "fr": "Test sur l’hameçonnage",
        },
        "intro": {
            "en": "<p>Three questions. Score 70% to complete the campaign.</p>",
            "sw": "<p>Maswali matatu. Pata asilimia 70 ili kukamilisha kampeni.</p>",
            "ar": "<p>ثلاثة أسئلة. احصل على 70% لإتمام الحملة.</p>",
            "fr": "<p>Trois questions. Obtenez 70 % pour terminer la campagne.</p>",
        },
        "pass_mark": 70,
        "questions": [
            {
                "kind": "true_false",
                "text": {
                    "en": "An email from your director’s name is always safe to act on.",
                    "sw": "Barua pepe yenye jina la mkurugenzi wako daima ni salama kufuata.",
                    "ar": "الرسالة التي تحمل اسم مديرك آمنة دائمًا للتصرّف بناءً عليها.",
                    "fr": "Un courriel au nom de votre directeur est toujours sûr.",
                },
                "choices": [
                    ({"en": "True", "sw": "Kweli", "ar": "صحيح", "fr": "Vrai"}, False),
                    ({"en": "False", "sw": "Si kweli", "ar": "خطأ", "fr": "Faux"}, True),
                ],
            },
            {
                "kind": "multiple",
                "text": {
                    "en": "Which are signs of phishing?",
                    "sw": "Zipi ni dalili za ulaghai?",
                    "ar": "أيّ مما يلي من علامات التصيّد؟",
                    "fr": "Lesquels sont des signes d’hameçonnage ?",
                },
                "choices": [
                    (
                        {
                            "en": "Urgent threats",
                            "sw": "Vitisho vya haraka",
                            "ar": "تهديدات عاجلة",
                            "fr": "Des menaces urgentes",
                        },
                        True,
                    ),
                    (
                        {
                            "en": "A link to an unknown address",
                            "sw": "Kiungo cha anwani isiyojulikana",
                            "ar": "رابط إلى عنوان مجهول",
                            "fr": "Un lien vers une adresse inconnue",
                        },
                        True,
                    ),
                    (
                        {
                            "en": "The ministry’s logo",
                            "sw": "Nembo ya wizara",
                            "ar": "شعار الوزارة",
                            "fr": "Le logo du ministère",
                        },
                        False,
                    ),
                ],
            },
            {
                "kind": "single",
                "text": {
                    "en": "What do you do with a suspicious email?",
                    "sw": "Unafanya nini na barua pepe inayotia shaka?",
                    "ar": "ماذا تفعل برسالة مريبة؟",
                    "fr": "Que faites-vous d’un courriel suspect ?",
                },
                "choices": [
                    (
                        {
                            "en": "Report it to ICT security, then delete it",
                            "sw": "Iripoti kwa usalama wa TEHAMA, kisha uifute",
                            "ar": "أبلّغ عنها فريق أمن المعلومات ثم أحذفها",
                            "fr": "Je la signale à la sécurité informatique, puis je la supprime",
                        },
                        True,
                    ),
                    (
                        {
                            "en": "Forward it to colleagues to warn them",
                            "sw": "Itume kwa wenzako kuwaonya",
                            "ar": "أعيد توجيهها إلى زملائي لتحذيرهم",
                            "fr": "Je la transfère à mes collègues pour les prévenir",
                        },
                        False,
                    ),
                ],
            },
        ],
    },
}

POLICY = {
    "slug": "acceptable-use-and-passwords",
    "completion": "acknowledge",
    "policy_version": "2026.1",
    "issues_certificate": False,
    "certificate_validity_months": None,
    "duration_minutes": 5,
    "title": {
        "en": "Acceptable use and password policy",
        "sw": "Sera ya matumizi sahihi na manenosiri",
        "ar": "سياسة الاستخدام المقبول وكلمات المرور",
        "fr": "Charte d’utilisation et politique des mots de passe",
    },
    "key_message": {
        "en": "Your password is yours alone: long, unique, never shared.",
        "sw": "Nenosiri lako ni lako peke yako: refu, la kipekee, lisiloshirikiwa kamwe.",
        "ar": "كلمة مرورك لك وحدك: طويلة وفريدة ولا تُشارك أبدًا.",
        "fr": "Votre mot de passe n’appartient qu’à vous : long, unique, jamais partagé.",
    },
    "summary": {
        "en": "The ministry’s rules for using its computers, email and data, and for "
        "passwords. Read them and confirm.",
        "sw": "Kanuni za wizara za kutumia kompyuta, barua pepe na data zake, na za "
        "manenosiri. Zisome kisha uthibitishe.",
        "ar": "قواعد الوزارة لاستخدام حواسيبها وبريدها وبياناتها ولكلمات المرور. اقرأها ثم أكّد.",
        "fr": "Les règles du ministère pour l’usage de ses ordinateurs, de sa messagerie et de "
        "ses données, et pour les mots de passe. Lisez-les puis confirmez.",
    },
    "acknowledgement_text": {
        "en": "I have read and understood the acceptable use and password policy.",
        "sw": "Nimesoma na kuelewa sera ya matumizi sahihi na manenosiri.",
        "ar": "قرأتُ سياسة الاستخدام المقبول وكلمات المرور وفهمتها.",
        "fr": "J’ai lu et compris la charte d’utilisation et la politique des mots de passe.",
    },
    "body": {
        "en": [
            (
                "paragraph",
                "<ul><li>Use ministry devices and accounts for work.</li>"
                "<li>Use a passphrase of at least 12 characters, different for every "
                "account.</li><li>Never share your password, not even with ICT staff.</li>"
                "<li>Lock your screen when you leave your desk.</li>"
                "<li>Report a lost device or a suspected breach at once.</li></ul>",
            )
        ],
        "sw": [
            (
                "paragraph",
                "<ul><li>Tumia vifaa na akaunti za wizara kwa kazi.</li>"
                "<li>Tumia kaulisiri ya angalau herufi 12, tofauti kwa kila akaunti.</li>"
                "<li>Usimpe mtu yeyote nenosiri lako, hata wafanyakazi wa TEHAMA.</li>"
                "<li>Funga skrini yako unapoondoka mezani.</li>"
                "<li>Ripoti mara moja kifaa kilichopotea au uvunjaji unaoshukiwa.</li></ul>",
            )
        ],
        "ar": [
            (
                "paragraph",
                "<ul><li>استخدم أجهزة الوزارة وحساباتها للعمل.</li>"
                "<li>استخدم عبارة مرور من 12 حرفًا على الأقل، مختلفة لكل حساب.</li>"
                "<li>لا تشارك كلمة مرورك أبدًا، ولا حتى مع موظفي تقنية المعلومات.</li>"
                "<li>اقفل شاشتك عند مغادرة مكتبك.</li>"
                "<li>أبلغ فورًا عن فقدان جهاز أو اشتباه في اختراق.</li></ul>",
            )
        ],
        "fr": [
            (
                "paragraph",
                "<ul><li>Utilisez les appareils et comptes du ministère pour le travail.</li>"
                "<li>Utilisez une phrase de passe d’au moins 12 caractères, différente pour "
                "chaque compte.</li><li>Ne communiquez jamais votre mot de passe, pas même "
                "au service informatique.</li><li>Verrouillez votre écran quand vous quittez "
                "votre poste.</li><li>Signalez sans attendre un appareil perdu ou une "
                "intrusion soupçonnée.</li></ul>",
            )
        ],
    },
}

CAMPAIGNS = [PHISHING, POLICY]
