"""Search as the operator types: Hindi or English, forgiving of spelling, ranked."""

from __future__ import annotations

import pytest

from bench.bench_search import synthetic_officers
from console.domain import Officer, Representative, RepresentativeKind
from console.search import OfficerIndex, RepresentativeIndex, one_typo_apart
from console.search_text import fold, initials, skeleton, tokens


def officer(officer_id: int, name_en: str, name_hi: str, designation: tuple[str, str], department: str, office: str, number: str) -> Officer:
    return Officer(officer_id, name_en, name_hi, designation[0], designation[1], department, office, number)


SDM = ("Sub-Divisional Magistrate", "उप जिलाधिकारी (एसडीएम)")
TEHSILDAR = ("Tehsildar", "तहसीलदार")
NAIB = ("Naib Tehsildar", "नायब तहसीलदार")
BDO = ("Block Development Officer", "खण्ड विकास अधिकारी")
XEN = ("Executive Engineer", "अधिशासी अभियंता")
ROSTER = [
    officer(1, "Ram Kumar Singh", "राम कुमार सिंह", SDM, "Revenue", "Sadar", "+919876543210"),
    officer(2, "Sunil Sharma", "सुनील शर्मा", SDM, "Revenue", "Sandila", "+919812345678"),
    officer(3, "Anita Verma", "अनीता वर्मा", TEHSILDAR, "Revenue", "Sadar", "+919900011122"),
    officer(4, "Zafar Khan", "ज़फ़र ख़ान", NAIB, "Revenue", "संडीला", "+919900033344"),
    officer(5, "Krishna Yadav", "कृष्ण यादव", BDO, "Rural Development", "Bawan", "+917000000005"),
    officer(6, "Alok Mishra", "आलोक मिश्रा", BDO, "Rural Development", "Mallawan", "+918000000006"),
    officer(7, "Deepak Gupta", "दीपक गुप्ता", XEN, "Public Works Department", "Hardoi", "+915852234567"),
    officer(8, "Sadar Ali", "सदर अली", ("Circle Officer", "क्षेत्राधिकारी"), "Police", "Shahabad", "+916000000008"),
]
INDEX = OfficerIndex.build(ROSTER)


def top(query: str, count: int = 1) -> list[int]:
    return INDEX.search(query)[:count]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sdm", {1, 2}),
        ("SDM", {1, 2}),
        ("एसडीएम", {1, 2}),
        ("उप जिलाधिकारी", {1, 2}),
        ("tehsildar", {3, 4}),
        ("tahsildar", {3, 4}),
        ("तहसीलदार", {3, 4}),
        ("तहसिलदार", {3, 4}),
        ("teh", {3, 4}),
        ("bdo", {5, 6}),
        ("block dev", {5, 6}),
    ],
)
def test_designations_by_any_spelling(query: str, expected: set[int]) -> None:
    assert set(top(query, len(expected))) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sdm sadar", 1),
        ("sadar sdm", 1),
        ("sdm sandila", 2),
        ("bdo bawan", 5),
        ("tehsildar sadar", 3),
        ("xen", 7),  # an abbreviation that is not the initials
        ("pwd", 7),  # initials of the department
        ("sunil", 2),
        ("सुनील", 2),
        ("सुनिल", 2),  # short i for long ī
        ("सनल", 2),  # matras left out
        ("jafar", 4),  # Latin for ज़फ़र, nukta and all
        ("जफर", 4),
        ("zafar", 4),
        ("krishna", 5),
        ("krisna", 5),
        ("कृष्ण", 5),
        ("sharna", 2),  # one typo
        ("sandila naib", 4),  # a Latin query finds the office written in Hindi
        ("mallawan", 6),
        ("मल्लावां", 6),  # Hindi for an office written in Latin, chandrabindu and anusvara alike
        ("3210", 1),  # digits of the number
        ("98123", 2),
        ("5852", 7),  # an STD code
        ("ram kumar", 1),
        ("raam", 1),
        ("sdm sadar xyzzy", 1),  # an extra word does not empty the list
    ],
)
def test_the_right_officer_comes_first(query: str, expected: int) -> None:
    assert top(query) == [expected]


def test_a_name_outranks_an_office_of_the_same_word() -> None:
    # "Sadar" is officer 8's name and the office of officers 1 and 3.
    assert INDEX.search("sadar")[0] == 8
    assert set(INDEX.search("sadar")[:3]) == {8, 1, 3}


def test_nothing_for_nothing() -> None:
    assert INDEX.search("") == [] and INDEX.search("  ,. ") == []
    assert INDEX.search("qqqqqq") == []


def test_scores_descend_and_limit_holds() -> None:
    scored = INDEX.search_scored("s", limit=3)
    assert len(scored) == 3
    assert [score for _, score in scored] == sorted((score for _, score in scored), reverse=True)


def test_representatives_by_name_constituency_and_kind() -> None:
    index = RepresentativeIndex.build(
        [
            Representative(1, RepresentativeKind.MLA, "Rajesh Verma", "राजेश वर्मा", "Sandila", ("+919000000001",)),
            Representative(2, RepresentativeKind.MP, "Usha Devi", "उषा देवी", "Hardoi", ("+919000000002",)),
            Representative(3, RepresentativeKind.MLA, "Om Prakash", "ओम प्रकाश", "Bilgram-Mallanwan", ("+919000000003",)),
        ]
    )
    assert index.search("mla sandila")[0] == 1
    assert set(index.search("विधायक")[:2]) == {1, 3}
    assert index.search("सांसद") == [2]
    assert index.search("mallanwan")[0] == 3
    assert index.search("0002") == [2]


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("srm", "srm", True),
        ("srm", "srn", True),
        ("srm", "sm", True),
        ("srm", "srmt", True),
        ("thsldr", "htsldr", True),
        ("msr", "srn", False),
        ("snsd", "sndl", False),
        ("ab", "abcd", False),
    ],
)
def test_one_typo_apart(first: str, second: str, apart: bool) -> None:
    assert one_typo_apart(first, second) is apart and one_typo_apart(second, first) is apart


def test_folding_and_skeletons() -> None:
    assert fold("ज़िला") == fold("जिला") and fold("गाँव") == fold("गांव") and fold("Ghāziābād") == "ghaziabad"
    assert fold("९८७") == "987"
    assert {skeleton(w) for w in ("tehsildar", "tahsildar", "तहसीलदार", "तहसिलदार")} == {"thsldr"}
    assert skeleton("singh") == skeleton("सिंह") and skeleton("sampat") == skeleton("संपत") == skeleton("सम्पत")
    assert skeleton("chhibramau") == skeleton("छिबरामऊ") and skeleton("collector") == skeleton("कलेक्टर")
    assert skeleton("amit") != skeleton("mit")
    assert tokens("Sub-Divisional Magistrate") == ("sub", "divisional", "subdivisional", "magistrate")
    assert initials("District Inspector of Schools") == {"dios", "dis"}


def test_at_district_scale_the_right_kind_of_officer_comes_first() -> None:
    officers = synthetic_officers(5000)
    index = OfficerIndex.build(officers)
    by_id = {officer.id: officer for officer in officers}
    found = [by_id[officer_id] for officer_id in index.search("naib tahsildar sandila", limit=10)]
    assert found and all(o.designation_en == "Naib Tehsildar" and o.office == "Sandila" for o in found)
    found = [by_id[officer_id] for officer_id in index.search("sdm bilgram", limit=5)]
    assert found and all(o.designation_en == "Sub-Divisional Magistrate" and o.office == "Bilgram" for o in found)
