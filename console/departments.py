"""Hindi names of the district departments, for the window in Hindi.

The roster keeps a department by its English name (the designation table of
:mod:`console.roster.designations` and the districts' sheets); an unknown name
is shown as it is.
"""

from __future__ import annotations

DEPARTMENT_NAMES_HI: dict[str, str] = {
    "Agriculture": "कृषि",
    "Animal Husbandry": "पशुपालन",
    "Backward Class Welfare": "पिछड़ा वर्ग कल्याण",
    "Basic Education": "बेसिक शिक्षा",
    "Divyangjan Empowerment": "दिव्यांगजन सशक्तीकरण",
    "Employment": "सेवायोजन",
    "Excise": "आबकारी",
    "Finance": "वित्त",
    "Food & Civil Supplies": "खाद्य एवं रसद",
    "Geology & Mining": "भूतत्व एवं खनिकर्म",
    "Home (Police)": "गृह (पुलिस)",
    "Horticulture": "उद्यान",
    "Irrigation & Water Resources": "सिंचाई एवं जल संसाधन",
    "Jal Nigam": "जल निगम",
    "Labour": "श्रम",
    "Medical & Health": "चिकित्सा एवं स्वास्थ्य",
    "Minority Welfare": "अल्पसंख्यक कल्याण",
    "Panchayati Raj": "पंचायती राज",
    "Planning": "नियोजन",
    "Power (DISCOM)": "ऊर्जा (विद्युत वितरण निगम)",
    "Public Works": "लोक निर्माण",
    "Revenue": "राजस्व",
    "Rural Development": "ग्राम्य विकास",
    "Rural Engineering": "ग्रामीण अभियंत्रण",
    "Secondary Education": "माध्यमिक शिक्षा",
    "Social Welfare": "समाज कल्याण",
    "Sports": "खेलकूद",
    "Urban Development": "नगर विकास",
    "Women & Child Development": "महिला एवं बाल विकास",
    "Women Welfare": "महिला कल्याण",
}


def department_name_hi(name: str) -> str:
    return DEPARTMENT_NAMES_HI.get(name, name)
