"""Demo organisation and staff for ``seed_demo``.

A ministry of ICT and e-Government with four departments, their units, and
about thirty staff from the countries Maarifa serves. Everything is created
through the services, and looked up by code or email first, so running the
generator again changes nothing.
"""

from __future__ import annotations

from django.contrib.auth.hashers import check_password, make_password

from .models import OrganisationUnit, User
from .roles import ADMINISTRATORS, HR_OFFICERS, TRAINERS, TRAINING_LEADS
from .services import org_unit_create, user_create, user_set_roles

DEMO_PASSWORD = "maarifa-demo-2026"  # noqa: S105 - published demo credential

UNITS = [
    # code, parent code, kind, en, sw, ar, fr
    (
        "MOICT",
        None,
        "ministry",
        "Ministry of ICT and e-Government",
        "Wizara ya TEHAMA na Serikali Mtandao",
        "وزارة الاتصالات وتكنولوجيا المعلومات والحكومة الإلكترونية",
        "Ministère des TIC et de l'Administration électronique",
    ),
    (
        "ICT",
        "MOICT",
        "department",
        "Directorate of ICT",
        "Kurugenzi ya TEHAMA",
        "مديرية تكنولوجيا المعلومات",
        "Direction des TIC",
    ),
    (
        "ICT-NET",
        "ICT",
        "unit",
        "Infrastructure and Networks",
        "Miundombinu na Mitandao",
        "البنية التحتية والشبكات",
        "Infrastructures et réseaux",
    ),
    (
        "ICT-SEC",
        "ICT",
        "unit",
        "Information Security",
        "Usalama wa Taarifa",
        "أمن المعلومات",
        "Sécurité de l'information",
    ),
    (
        "ICT-SOC",
        "ICT-SEC",
        "unit",
        "Security Operations Centre",
        "Kituo cha Operesheni za Usalama",
        "مركز العمليات الأمنية",
        "Centre des opérations de sécurité",
    ),
    (
        "EGOV",
        "MOICT",
        "department",
        "e-Government Services",
        "Huduma za Serikali Mtandao",
        "خدمات الحكومة الإلكترونية",
        "Services d'administration électronique",
    ),
    (
        "EGOV-DIG",
        "EGOV",
        "unit",
        "Digital Services",
        "Huduma za Kidijitali",
        "الخدمات الرقمية",
        "Services numériques",
    ),
    (
        "EGOV-HELP",
        "EGOV",
        "unit",
        "Citizen Support",
        "Msaada kwa Wananchi",
        "دعم المواطنين",
        "Assistance aux citoyens",
    ),
    (
        "HRA",
        "MOICT",
        "department",
        "Human Resources and Administration",
        "Rasilimali Watu na Utawala",
        "الموارد البشرية والإدارة",
        "Ressources humaines et administration",
    ),
    (
        "HRA-TRN",
        "HRA",
        "unit",
        "Training and Capacity Building",
        "Mafunzo na Kujenga Uwezo",
        "التدريب وبناء القدرات",
        "Formation et renforcement des capacités",
    ),
    (
        "HRA-REC",
        "HRA",
        "unit",
        "Staff Records",
        "Kumbukumbu za Watumishi",
        "سجلات الموظفين",
        "Dossiers du personnel",
    ),
    (
        "FIN",
        "MOICT",
        "department",
        "Finance and Planning",
        "Fedha na Mipango",
        "المالية والتخطيط",
        "Finances et planification",
    ),
]

# email local part, full name, employee no., job title, unit, language, manager, roles
STAFF = [
    (
        "admin",
        "Mwansa Chilufya",
        "ZM-1001",
        "Systems Administrator",
        "ICT",
        "en",
        None,
        (ADMINISTRATORS,),
    ),
    (
        "trainer",
        "Amina Juma Hassan",
        "TZ-2001",
        "Training Coordinator",
        "HRA-TRN",
        "sw",
        "hr",
        (TRAINERS,),
    ),
    ("hr", "Fatou Jallow", "GM-3001", "HR Officer", "HRA", "en", None, (HR_OFFICERS,)),
    ("learner", "Ahmed Saeed", "EG-4001", "Network Engineer", "ICT-NET", "en", "chanda", ()),
    ("chanda", "Chanda Mulenga", "ZM-1002", "Director of ICT", "ICT", "en", None, ()),
    ("bwalya", "Bwalya Phiri", "ZM-1003", "Network Administrator", "ICT-NET", "en", "chanda", ()),
    ("natasha", "Natasha Banda", "ZM-1004", "Security Analyst", "ICT-SOC", "en", "salim", ()),
    ("mutale", "Mutale Zulu", "ZM-1005", "Accountant", "FIN", "en", "ousman", ()),
    (
        "salim",
        "Salim Omar Ali",
        "TZ-2002",
        "Head of Information Security",
        "ICT-SEC",
        "sw",
        "chanda",
        (),
    ),
    (
        "mwanaisha",
        "Mwanaisha Khamis Suleiman",
        "TZ-2003",
        "Records Officer",
        "HRA-REC",
        "sw",
        "hr",
        (),
    ),
    ("rashid", "Rashid Said Mbarouk", "TZ-2004", "Systems Analyst", "EGOV-DIG", "sw", "zuhura", ()),
    (
        "zuhura",
        "Zuhura Mohamed Abdalla",
        "TZ-2005",
        "Head of Digital Services",
        "EGOV",
        "sw",
        None,
        (),
    ),
    ("baraka", "Baraka Mwakyusa", "TZ-2006", "Help Desk Officer", "EGOV-HELP", "sw", "zuhura", ()),
    ("neema", "Neema Mushi", "TZ-2007", "SOC Analyst", "ICT-SOC", "sw", "salim", ()),
    ("lamin", "Lamin Ceesay", "GM-3002", "Web Developer", "EGOV-DIG", "en", "zuhura", ()),
    (
        "isatou",
        "Isatou Touray",
        "GM-3003",
        "Training Lead",
        "HRA-TRN",
        "en",
        "trainer",
        (TRAINING_LEADS,),
    ),
    ("ousman", "Ousman Bah", "GM-3004", "Director of Finance", "FIN", "en", None, ()),
    ("awa", "Awa Sanneh", "GM-3005", "Citizen Support Officer", "EGOV-HELP", "fr", "zuhura", ()),
    ("modou", "Modou Njie", "GM-3006", "Network Technician", "ICT-NET", "fr", "bwalya", ()),
    ("mariama", "Mariama Sowe", "GM-3007", "Budget Analyst", "FIN", "fr", "ousman", ()),
    (
        "mona",
        "منى إبراهيم",
        "EG-4002",
        "Information Security Officer",
        "ICT-SEC",
        "ar",
        "salim",
        (),
    ),
    (
        "mahmoud",
        "محمود حسن عبد الله",
        "EG-4003",
        "Database Administrator",
        "ICT-NET",
        "ar",
        "bwalya",
        (),
    ),
    (
        "yasmin",
        "ياسمين عادل",
        "EG-4004",
        "Digital Services Officer",
        "EGOV-DIG",
        "ar",
        "zuhura",
        (),
    ),
    ("omar", "Omar Farouk", "EG-4005", "Procurement Officer", "FIN", "en", "ousman", ()),
    ("layla", "ليلى خليل", "PS-5001", "HR Assistant", "HRA-REC", "ar", "hr", ()),
    ("yousef", "يوسف عودة", "PS-5002", "Incident Responder", "ICT-SOC", "ar", "salim", ()),
    ("rami", "رامي نصار", "PS-5003", "Support Engineer", "EGOV-HELP", "ar", "zuhura", ()),
    ("heba", "هبة الشريف", "PS-5004", "Planning Officer", "FIN", "ar", "ousman", ()),
    ("tariq", "Tariq Haddad", "PS-5005", "Infrastructure Engineer", "ICT-NET", "fr", "bwalya", ()),
    (
        "khadija",
        "Khadija Ramadhani",
        "TZ-2008",
        "e-Services Trainer",
        "HRA-TRN",
        "sw",
        "trainer",
        (TRAINERS,),
    ),
]

DEMO_DOMAIN = "maarifa.example"
HR_RESPONSIBILITY = {"hr": ["HRA", "FIN", "EGOV"]}


def demo_email(local: str) -> str:
    return f"{local}@{DEMO_DOMAIN}"


def _demo_password_hash() -> str:
    """One hash shared by every demo account: hashing thirty times would make
    each ``make run`` several seconds slower for no gain."""
    existing = (
        User.objects.filter(email=demo_email("admin")).values_list("password", flat=True).first()
    )
    if existing and check_password(DEMO_PASSWORD, existing):
        return existing
    return make_password(DEMO_PASSWORD)


def generate(*, seed: int = 42) -> dict[str, int]:
    """Create (or bring back to their demo values) the units and the staff."""
    del seed  # the demo organisation is fixed; kept for the composed seed API
    units: dict[str, OrganisationUnit] = {}
    for code, parent_code, kind, *names in UNITS:
        parent = units.get(parent_code) if parent_code else None
        by_language = dict(zip(("en", "sw", "ar", "fr"), names, strict=True))
        unit = OrganisationUnit.objects.filter(code=code).first()
        if unit is None:
            unit = org_unit_create(code=code, names=by_language, kind=kind, parent=parent)
        else:
            for language, name in by_language.items():
                setattr(unit, f"name_{language}", name)
            unit.kind, unit.parent = kind, parent
            unit.full_clean()
            unit.save()
        units[code] = unit

    password_hash = _demo_password_hash()
    people: dict[str, User] = {}
    for local, full_name, number, title, unit_code, language, _mgr, roles in STAFF:
        values = {
            "full_name": full_name,
            "employee_number": number,
            "job_title": title,
            "unit": units[unit_code],
            "preferred_language": language,
        }
        person = User.objects.filter(email=demo_email(local)).first()
        if person is None:
            person = user_create(
                email=demo_email(local),
                roles=roles,
                is_superuser=ADMINISTRATORS in roles,
                **values,
            )
        else:
            for field, value in values.items():
                setattr(person, field, value)
            person.is_active = True
            person.is_superuser = ADMINISTRATORS in roles
            person.full_clean(exclude=["password"])
            person.save()
            user_set_roles(user=person, roles=roles)
        if person.password != password_hash:
            person.password = password_hash
            person.save(update_fields=["password"])
        people[local] = person

    for local, *_rest, manager, _roles in STAFF:
        manager_id = people[manager].pk if manager else None
        User.objects.filter(pk=people[local].pk).update(line_manager_id=manager_id)
    for local, codes in HR_RESPONSIBILITY.items():
        people[local].responsible_units.set([units[c] for c in codes])
    return {"units": len(units), "people": len(people)}


DEMO_ACCOUNTS = [
    (ADMINISTRATORS, demo_email("admin")),
    (TRAINERS, demo_email("trainer")),
    (TRAINING_LEADS, demo_email("isatou")),
    (HR_OFFICERS, demo_email("hr")),
    ("Learners", demo_email("learner")),
]
