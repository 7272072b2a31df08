"""Plain sample people for screenshots, the placeholder demo and benchmarks.

Only data: names, designations and numbers of a made-up Hardoi roster. The
rules that turn them into cases live behind the service, never here.
"""

from __future__ import annotations

from console.domain import Officer, Representative, RepresentativeKind

# (English, Hindi, department) — designations of a UP district (shared/data/pilot-districts.md)
DESIGNATIONS: tuple[tuple[str, str, str], ...] = (
    ("District Magistrate", "जिलाधिकारी", "Revenue"),
    ("ADM (Finance & Revenue)", "अपर जिलाधिकारी (वित्त एवं राजस्व)", "Revenue"),
    ("Sub-Divisional Magistrate", "उप जिलाधिकारी", "Revenue"),
    ("Tehsildar", "तहसीलदार", "Revenue"),
    ("Naib Tehsildar", "नायब तहसीलदार", "Revenue"),
    ("Chief Development Officer", "मुख्य विकास अधिकारी", "Rural Development"),
    ("Block Development Officer", "खण्ड विकास अधिकारी", "Rural Development"),
    ("District Panchayat Raj Officer", "जिला पंचायत राज अधिकारी", "Panchayati Raj"),
    ("Chief Medical Officer", "मुख्य चिकित्सा अधिकारी", "Medical & Health"),
    ("District Basic Education Officer", "जिला बेसिक शिक्षा अधिकारी", "Basic Education"),
    ("Block Education Officer", "खण्ड शिक्षा अधिकारी", "Basic Education"),
    ("District Supply Officer", "जिला पूर्ति अधिकारी", "Food & Civil Supplies"),
    ("Executive Engineer, PWD", "अधिशासी अभियंता, लोक निर्माण विभाग", "Public Works"),
    ("Executive Engineer, Electricity", "अधिशासी अभियंता, विद्युत", "Power"),
    ("District Agriculture Officer", "जिला कृषि अधिकारी", "Agriculture"),
    ("Chief Veterinary Officer", "मुख्य पशु चिकित्साधिकारी", "Animal Husbandry"),
    ("District Social Welfare Officer", "जिला समाज कल्याण अधिकारी", "Social Welfare"),
    ("Circle Officer", "क्षेत्राधिकारी", "Police"),
)

OFFICES: tuple[tuple[str, str], ...] = (
    ("Hardoi Sadar", "हरदोई सदर"),
    ("Shahabad", "शाहबाद"),
    ("Sawayajpur", "सवायजपुर"),
    ("Bilgram", "बिलग्राम"),
    ("Sandila", "संडीला"),
    ("Mallawan", "मल्लावा"),
    ("Pihani", "पिहानी"),
    ("Kachhauna", "कछौना"),
)

GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("Rajesh", "राजेश"), ("Sunita", "सुनीता"), ("Anil", "अनिल"), ("Priya", "प्रिया"), ("Vinod", "विनोद"),
    ("Kavita", "कविता"), ("Ashok", "अशोक"), ("Neha", "नेहा"), ("Manoj", "मनोज"), ("Pooja", "पूजा"),
    ("Sanjay", "संजय"), ("Rekha", "रेखा"), ("Deepak", "दीपक"), ("Anjali", "अंजलि"), ("Ramesh", "रमेश"),
    ("Shalini", "शालिनी"), ("Alok", "आलोक"), ("Meena", "मीना"), ("Pankaj", "पंकज"), ("Ritu", "रितु"),
)

FAMILY_NAMES: tuple[tuple[str, str], ...] = (
    ("Kumar", "कुमार"), ("Singh", "सिंह"), ("Verma", "वर्मा"), ("Mishra", "मिश्र"), ("Yadav", "यादव"),
    ("Gupta", "गुप्ता"), ("Shukla", "शुक्ल"), ("Tripathi", "त्रिपाठी"), ("Pandey", "पाण्डेय"), ("Srivastava", "श्रीवास्तव"),
    ("Dwivedi", "द्विवेदी"), ("Chauhan", "चौहान"), ("Saxena", "सक्सेना"), ("Rawat", "रावत"),
)

REPRESENTATIVES: tuple[tuple[RepresentativeKind, str, str, str], ...] = (
    (RepresentativeKind.MP, "Jai Prakash Rawat", "जय प्रकाश रावत", "Hardoi"),
    (RepresentativeKind.MP, "Ashok Kumar Rawat", "अशोक कुमार रावत", "Misrikh"),
    (RepresentativeKind.MLA, "Nitin Agrawal", "नितिन अग्रवाल", "Hardoi"),
    (RepresentativeKind.MLA, "Rajni Tiwari", "रजनी तिवारी", "Shahabad"),
    (RepresentativeKind.MLA, "Madhvendra Pratap Singh", "माधवेंद्र प्रताप सिंह", "Sawaijpur"),
    (RepresentativeKind.MLA, "Alka Arkvanshi", "अलका अर्कवंशी", "Sandila"),
    (RepresentativeKind.MLA, "Ashish Singh", "आशीष सिंह", "Bilgram-Mallanwan"),
    (RepresentativeKind.MLA, "Shyam Prakash", "श्याम प्रकाश", "Gopamau"),
    (RepresentativeKind.MLA, "Prabhash Kumar", "प्रभाष कुमार", "Sandi"),
    (RepresentativeKind.MLA, "Ramapal Verma", "रामपाल वर्मा", "Balamau"),
    (RepresentativeKind.MLC, "Pawan Singh Chauhan", "पवन सिंह चौहान", "Lucknow-Unnao (local bodies)"),
    (RepresentativeKind.MLC, "Avneesh Kumar Singh", "अवनीश कुमार सिंह", "Lucknow (graduates)"),
)


def sample_officers(count: int) -> tuple[Officer, ...]:
    """``count`` officers with plausible names, spread over designations and offices."""
    officers = []
    for index in range(count):
        given = GIVEN_NAMES[index % len(GIVEN_NAMES)]
        family = FAMILY_NAMES[(index // len(GIVEN_NAMES) + index) % len(FAMILY_NAMES)]
        designation = DESIGNATIONS[index % len(DESIGNATIONS)]
        office = OFFICES[(index // len(DESIGNATIONS)) % len(OFFICES)]
        designation_en, designation_hi = designation[0], designation[1]
        if designation_en in ("Sub-Divisional Magistrate", "Tehsildar", "Block Development Officer"):
            designation_en += f", {office[0]}"
            designation_hi += f", {office[1]}"
        officers.append(
            Officer(
                id=index + 1,
                name_en=f"{given[0]} {family[0]}",
                name_hi=f"{given[1]} {family[1]}",
                designation_en=designation_en,
                designation_hi=designation_hi,
                department=designation[2],
                office=office[0],
                official_number=f"+9194544{index + 10000:05d}"[:13],
                superior_id=1 if index else None,
            )
        )
    return tuple(officers)


def sample_representatives() -> tuple[Representative, ...]:
    return tuple(
        Representative(index + 1, kind, name_en, name_hi, constituency, (f"+9194150{index + 10000:05d}"[:13],))
        for index, (kind, name_en, name_hi, constituency) in enumerate(REPRESENTATIVES)
    )
