"""The district officer designations of Uttar Pradesh, in English and Hindi.

From /work/shared/data/pilot-districts.md §4: the roster reader uses it to pair
English and Hindi titles and to fill in the one a clerk left blank; the demo
district uses the superior and alternate columns to build a believable hierarchy.
"Superior" and "alternate" are the usual ones inside the district; the district's
own charge orders decide in practice (several entries are marked G in the source).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from console.roster.text import match_key


@dataclass(frozen=True)
class Designation:
    key: str
    name_en: str
    name_hi: str
    department: str
    superiors: tuple[str, ...] = ()  # keys, the usual one first
    alternates: tuple[str, ...] = ()  # keys of the usual stand-ins; the own key means a peer
    aliases: tuple[str, ...] = ()  # abbreviations and other spellings, English or Hindi


REVENUE = "Revenue"
RURAL = "Rural Development"
PANCHAYAT = "Panchayati Raj"
POLICE = "Home (Police)"
HEALTH = "Medical & Health"
AGRICULTURE = "Agriculture"

DESIGNATIONS: tuple[Designation, ...] = (
    Designation("divisional_commissioner", "Divisional Commissioner", "मंडलायुक्त", REVENUE,
                aliases=("Commissioner", "मण्डलायुक्त")),
    Designation("dm", "District Magistrate", "जिलाधिकारी", REVENUE, ("divisional_commissioner",),
                ("cdo", "adm_finance_revenue"),
                ("DM", "Collector", "District Magistrate & Collector", "District Magistrate and Collector",
                 "जिला मजिस्ट्रेट", "कलेक्टर", "डीएम", "District Election Officer", "जिला निर्वाचन अधिकारी")),
    Designation("adm_finance_revenue", "Additional District Magistrate (Finance & Revenue)",
                "अपर जिलाधिकारी (वित्त एवं राजस्व)", REVENUE, ("dm",), ("adm_administration", "city_magistrate"),
                ("ADM (F&R)", "ADM F&R", "ADM F/R", "ADM (FR)", "ADM (Finance and Revenue)", "एडीएम (वित्त एवं राजस्व)")),
    Designation("adm_administration", "Additional District Magistrate (Administration)",
                "अपर जिलाधिकारी (प्रशासन)", REVENUE, ("dm",), ("adm_finance_revenue",),
                ("ADM (Administration)", "ADM (Admin)", "एडीएम (प्रशासन)")),
    Designation("adm_judicial", "Additional District Magistrate (Judicial)", "अपर जिलाधिकारी (न्यायिक)",
                REVENUE, ("dm",), ("adm_finance_revenue",), ("ADM (Judicial)", "ADM (J)", "एडीएम (न्यायिक)")),
    Designation("adm_land_acquisition", "Additional District Magistrate (Land Acquisition)",
                "अपर जिलाधिकारी (भूमि अध्याप्ति)", REVENUE, ("dm",), ("adm_finance_revenue",),
                ("ADM (Land Acquisition)", "ADM (LA)")),
    Designation("city_magistrate", "City Magistrate", "नगर मजिस्ट्रेट", REVENUE, ("dm", "adm_finance_revenue"),
                ("adm_administration", "sdm"), ("सिटी मजिस्ट्रेट",)),
    Designation("sdm", "Sub-Divisional Magistrate", "उप जिलाधिकारी", REVENUE, ("dm", "adm_finance_revenue"),
                ("sdm", "tehsildar"),
                ("SDM", "Sub Divisional Magistrate", "उपजिलाधिकारी", "एसडीएम", "उप जिलाधिकारी (एसडीएम)")),
    Designation("tehsildar", "Tehsildar", "तहसीलदार", REVENUE, ("sdm",), ("naib_tehsildar",)),
    Designation("naib_tehsildar", "Naib Tehsildar", "नायब तहसीलदार", REVENUE, ("tehsildar",), ("naib_tehsildar",)),
    Designation("chief_treasury_officer", "Chief Treasury Officer", "मुख्य कोषाधिकारी", "Finance", ("dm",),
                ("treasury_officer",), ("CTO", "Senior Treasury Officer", "वरिष्ठ कोषाधिकारी")),
    Designation("treasury_officer", "Treasury Officer", "कोषाधिकारी", "Finance", ("chief_treasury_officer",),
                ("chief_treasury_officer",)),
    Designation("district_supply_officer", "District Supply Officer", "जिला पूर्ति अधिकारी",
                "Food & Civil Supplies", ("dm",), ("supply_inspector",), ("DSO", "डीएसओ")),
    Designation("supply_inspector", "Supply Inspector", "पूर्ति निरीक्षक", "Food & Civil Supplies",
                ("district_supply_officer",), ("supply_inspector",)),
    Designation("district_mining_officer", "District Mining Officer", "जिला खनिज अधिकारी", "Geology & Mining",
                ("dm",), (), ("Mining Officer", "खान अधिकारी")),
    Designation("district_excise_officer", "District Excise Officer", "जिला आबकारी अधिकारी", "Excise", ("dm",),
                ("excise_inspector",), ("DEO (Excise)", "Excise Officer")),
    Designation("excise_inspector", "Excise Inspector", "आबकारी निरीक्षक", "Excise", ("district_excise_officer",),
                ("excise_inspector",)),
    Designation("cdo", "Chief Development Officer", "मुख्य विकास अधिकारी", RURAL, ("dm",),
                ("district_development_officer", "project_director_drda"),
                ("CDO", "सीडीओ", "मुख्य विकास अधिकारी (सीडीओ)")),
    Designation("district_development_officer", "District Development Officer", "जिला विकास अधिकारी", RURAL,
                ("cdo",), ("project_director_drda",), ("DDO", "डीडीओ")),
    Designation("project_director_drda", "Project Director, DRDA", "परियोजना निदेशक, डीआरडीए", RURAL, ("cdo",),
                ("district_development_officer",), ("PD DRDA", "PD, DRDA", "Project Director DRDA")),
    Designation("deputy_commissioner_mgnrega", "Deputy Commissioner (MGNREGA)", "उपायुक्त (मनरेगा)", RURAL,
                ("cdo",), ("deputy_commissioner_nrlm",), ("DC MGNREGA", "DC (MGNREGA)", "उपायुक्त श्रम रोजगार")),
    Designation("deputy_commissioner_nrlm", "Deputy Commissioner (NRLM)", "उपायुक्त (एनआरएलएम)", RURAL,
                ("cdo",), ("deputy_commissioner_mgnrega",), ("DC NRLM", "DC (NRLM)", "उपायुक्त स्वत: रोजगार")),
    Designation("bdo", "Block Development Officer", "खण्ड विकास अधिकारी", RURAL, ("cdo",),
                ("bdo", "deputy_commissioner_nrlm"),
                ("BDO", "बीडीओ", "खंड विकास अधिकारी", "खण्ड विकास अधिकारी (बीडीओ)")),
    Designation("dpro", "District Panchayat Raj Officer", "जिला पंचायत राज अधिकारी", PANCHAYAT, ("cdo", "dm"),
                ("ado_panchayat",), ("DPRO", "डीपीआरओ")),
    Designation("ado_panchayat", "Assistant Development Officer (Panchayat)", "सहायक विकास अधिकारी (पंचायत)",
                PANCHAYAT, ("dpro", "bdo"), ("ado_panchayat",), ("ADO (Panchayat)", "ADO Panchayat", "एडीओ पंचायत")),
    Designation("additional_chief_officer_zila_panchayat", "Additional Chief Officer, Zila Panchayat",
                "अपर मुख्य अधिकारी, जिला पंचायत", PANCHAYAT, ("dm",), (), ("AMA", "Apar Mukhya Adhikari")),
    Designation("district_statistics_officer", "District Economics & Statistics Officer",
                "जिला अर्थ एवं संख्याधिकारी", "Planning", ("cdo",), (), ("DESTO", "District Statistics Officer")),
    Designation("sp", "Superintendent of Police", "पुलिस अधीक्षक", POLICE, (), ("asp",),
                ("SP", "एसपी", "Senior Superintendent of Police", "SSP", "वरिष्ठ पुलिस अधीक्षक")),
    Designation("asp", "Additional Superintendent of Police", "अपर पुलिस अधीक्षक", POLICE, ("sp",), ("asp", "co"),
                ("ASP", "Addl. SP", "Additional SP", "एएसपी")),
    Designation("co", "Circle Officer", "क्षेत्राधिकारी", POLICE, ("sp", "asp"), ("co",),
                ("CO", "Deputy SP", "DSP", "Deputy Superintendent of Police", "पुलिस उपाधीक्षक",
                 "क्षेत्राधिकारी (पुलिस उपाधीक्षक)", "सीओ")),
    Designation("sho", "Station House Officer", "प्रभारी निरीक्षक", POLICE, ("co",), (),
                ("SHO", "थानाध्यक्ष", "Inspector in charge")),
    Designation("commissioner_of_police", "Commissioner of Police", "पुलिस आयुक्त", POLICE, (),
                ("deputy_commissioner_of_police",), ("CP", "Police Commissioner")),
    Designation("deputy_commissioner_of_police", "Deputy Commissioner of Police", "पुलिस उपायुक्त", POLICE,
                ("commissioner_of_police",), ("deputy_commissioner_of_police",), ("DCP",)),
    Designation("assistant_commissioner_of_police", "Assistant Commissioner of Police", "सहायक पुलिस आयुक्त",
                POLICE, ("deputy_commissioner_of_police",), ("assistant_commissioner_of_police",), ("ACP",)),
    Designation("cmo", "Chief Medical Officer", "मुख्य चिकित्सा अधिकारी", HEALTH, ("dm",), ("acmo",),
                ("CMO", "सीएमओ", "मुख्य चिकित्साधिकारी")),
    Designation("acmo", "Additional Chief Medical Officer", "अपर मुख्य चिकित्सा अधिकारी", HEALTH, ("cmo",),
                ("acmo",), ("ACMO", "Addl. CMO", "अपर मुख्य चिकित्साधिकारी")),
    Designation("bsa", "District Basic Education Officer", "जिला बेसिक शिक्षा अधिकारी", "Basic Education",
                ("cdo", "dm"), ("beo",), ("BSA", "Basic Shiksha Adhikari", "बेसिक शिक्षा अधिकारी", "बीएसए")),
    Designation("dios", "District Inspector of Schools", "जिला विद्यालय निरीक्षक", "Secondary Education", ("dm",),
                (), ("DIOS", "डीआईओएस")),
    Designation("beo", "Block Education Officer", "खण्ड शिक्षा अधिकारी", "Basic Education", ("bsa",), ("beo",),
                ("BEO", "खंड शिक्षा अधिकारी")),
    Designation("district_social_welfare_officer", "District Social Welfare Officer", "जिला समाज कल्याण अधिकारी",
                "Social Welfare", ("cdo",), (), ("DSWO",)),
    Designation("district_programme_officer", "District Programme Officer", "जिला कार्यक्रम अधिकारी",
                "Women & Child Development", ("cdo",), ("cdpo",), ("DPO", "DPO (ICDS)", "District Program Officer")),
    Designation("cdpo", "Child Development Project Officer", "बाल विकास परियोजना अधिकारी",
                "Women & Child Development", ("district_programme_officer",), ("cdpo",), ("CDPO", "सीडीपीओ")),
    Designation("district_probation_officer", "District Probation Officer", "जिला प्रोबेशन अधिकारी",
                "Women Welfare", ("dm", "cdo"), ()),
    Designation("district_backward_class_welfare_officer", "District Backward Class Welfare Officer",
                "जिला पिछड़ा वर्ग कल्याण अधिकारी", "Backward Class Welfare", ("cdo",), ()),
    Designation("district_minority_welfare_officer", "District Minority Welfare Officer",
                "जिला अल्पसंख्यक कल्याण अधिकारी", "Minority Welfare", ("cdo", "dm"), ()),
    Designation("district_divyangjan_officer", "District Divyangjan Empowerment Officer",
                "जिला दिव्यांगजन सशक्तीकरण अधिकारी", "Divyangjan Empowerment", ("cdo", "dm"), ()),
    Designation("deputy_director_agriculture", "Deputy Director (Agriculture)", "उप कृषि निदेशक", AGRICULTURE,
                ("cdo",), ("district_agriculture_officer",), ("DD Agriculture", "Deputy Director Agriculture")),
    Designation("district_agriculture_officer", "District Agriculture Officer", "जिला कृषि अधिकारी", AGRICULTURE,
                ("deputy_director_agriculture",), ("district_agriculture_protection_officer",), ("DAO",)),
    Designation("district_agriculture_protection_officer", "District Agriculture Protection Officer",
                "जिला कृषि रक्षा अधिकारी", AGRICULTURE, ("deputy_director_agriculture",),
                ("district_agriculture_officer",)),
    Designation("chief_veterinary_officer", "Chief Veterinary Officer", "मुख्य पशु चिकित्साधिकारी",
                "Animal Husbandry", ("cdo",), (), ("CVO", "मुख्य पशु चिकित्सा अधिकारी")),
    Designation("district_horticulture_officer", "District Horticulture Officer", "जिला उद्यान अधिकारी",
                "Horticulture", ("cdo",), ()),
    Designation("executive_engineer_pwd", "Executive Engineer, PWD", "अधिशासी अभियंता, लोक निर्माण विभाग",
                "Public Works", ("dm",), ("executive_engineer_pwd",),
                ("XEN PWD", "Executive Engineer PWD", "Executive Engineer, Public Works Department",
                 "अधिशासी अभियन्ता, लोक निर्माण विभाग")),
    Designation("executive_engineer_irrigation", "Executive Engineer, Irrigation",
                "अधिशासी अभियंता, सिंचाई विभाग", "Irrigation & Water Resources", ("dm",),
                ("executive_engineer_irrigation",), ("XEN Irrigation", "अधिशासी अभियन्ता, सिंचाई विभाग")),
    Designation("executive_engineer_electricity", "Executive Engineer, Electricity Distribution",
                "अधिशासी अभियंता, विद्युत वितरण खंड", "Power (DISCOM)", ("dm",),
                ("executive_engineer_electricity", "sdo_electricity"),
                ("XEN Electricity", "Executive Engineer, Electricity", "अधिशासी अभियंता, विद्युत (वितरण खंड)",
                 "अधिशासी अभियंता, विद्युत")),
    Designation("sdo_electricity", "Sub-Divisional Officer (Electricity)", "उपखण्ड अधिकारी (विद्युत)",
                "Power (DISCOM)", ("executive_engineer_electricity",), ("sdo_electricity",),
                ("SDO Electricity", "SDO (Electricity)", "उपखंड अधिकारी (विद्युत)")),
    Designation("executive_engineer_jal_nigam", "Executive Engineer, Jal Nigam", "अधिशासी अभियंता, जल निगम",
                "Jal Nigam", ("dm",), ("executive_engineer_jal_nigam",), ("XEN Jal Nigam",)),
    Designation("executive_engineer_rural_engineering", "Executive Engineer, Rural Engineering Department",
                "अधिशासी अभियंता, ग्रामीण अभियंत्रण विभाग", "Rural Engineering", ("cdo",), (),
                ("XEN RED", "Executive Engineer, RED")),
    Designation("district_employment_officer", "District Employment Officer", "जिला सेवायोजन अधिकारी",
                "Employment", ("dm",), ()),
    Designation("district_sports_officer", "District Sports Officer", "जिला क्रीड़ा अधिकारी", "Sports", ("dm",), ()),
    Designation("labour_enforcement_officer", "Labour Enforcement Officer", "श्रम प्रवर्तन अधिकारी", "Labour",
                ("dm",), ()),
    Designation("municipal_commissioner", "Municipal Commissioner", "नगर आयुक्त", "Urban Development", ("dm",), ()),
    Designation("executive_officer_urban", "Executive Officer", "अधिशासी अधिकारी", "Urban Development", ("dm",),
                ("executive_officer_urban",), ("EO", "Executive Officer, Nagar Palika", "अधिशासी अधिकारी, नगर पालिका")),
)

BY_KEY: dict[str, Designation] = {designation.key: designation for designation in DESIGNATIONS}


def _spellings(designation: Designation) -> Iterable[str]:
    yield designation.name_en
    yield designation.name_hi
    yield from designation.aliases


def _index() -> dict[str, Designation]:
    index: dict[str, Designation] = {}
    for designation in DESIGNATIONS:
        for spelling in _spellings(designation):
            key = match_key(spelling)
            if index.setdefault(key, designation) is not designation:
                raise ValueError(f"designation spelling {spelling!r} is ambiguous")
    return index


_BY_SPELLING = _index()


@lru_cache(maxsize=2048)  # a roster repeats a few dozen titles thousands of times
def find_designation(text: str) -> Designation | None:
    """The known designation a clerk's spelling names, in either language, or None."""
    return _BY_SPELLING.get(match_key(text))
