"""Officer search as the operator types, over 5,000 officers, against a naive difflib scan."""

from __future__ import annotations

import difflib
import gc
import random
import time
from collections.abc import Callable

from bench import Report, median, percentile, timings_ms
from console.domain import Officer
from console.search import OfficerIndex

FIRST_NAMES = [
    ("Ram", "राम"), ("Shyam", "श्याम"), ("Amit", "अमित"), ("Sunil", "सुनील"), ("Rajesh", "राजेश"),
    ("Suresh", "सुरेश"), ("Anil", "अनिल"), ("Vijay", "विजय"), ("Ashok", "अशोक"), ("Manoj", "मनोज"),
    ("Sanjay", "संजय"), ("Rakesh", "राकेश"), ("Pooja", "पूजा"), ("Neha", "नेहा"), ("Priya", "प्रिया"),
    ("Sunita", "सुनीता"), ("Anita", "अनीता"), ("Kavita", "कविता"), ("Deepak", "दीपक"), ("Alok", "आलोक"),
    ("Umesh", "उमेश"), ("Krishna", "कृष्ण"), ("Mohammad", "मोहम्मद"), ("Zafar", "ज़फ़र"), ("Harish", "हरीश"),
    ("Pradeep", "प्रदीप"), ("Vinod", "विनोद"), ("Arvind", "अरविंद"), ("Ramesh", "रमेश"), ("Gaurav", "गौरव"),
]
MIDDLE_NAMES = [("Kumar", "कुमार"), ("Prasad", "प्रसाद"), ("Chandra", "चंद्र"), ("", ""), ("", ""), ("Nath", "नाथ")]
SURNAMES = [
    ("Singh", "सिंह"), ("Sharma", "शर्मा"), ("Yadav", "यादव"), ("Verma", "वर्मा"), ("Gupta", "गुप्ता"),
    ("Mishra", "मिश्रा"), ("Tiwari", "तिवारी"), ("Srivastava", "श्रीवास्तव"), ("Pandey", "पांडेय"), ("Khan", "ख़ान"),
    ("Chauhan", "चौहान"), ("Maurya", "मौर्य"), ("Dubey", "दुबे"), ("Tripathi", "त्रिपाठी"), ("Rawat", "रावत"),
    ("Saxena", "सक्सेना"), ("Agarwal", "अग्रवाल"), ("Kushwaha", "कुशवाहा"), ("Pal", "पाल"), ("Ansari", "अंसारी"),
]
DESIGNATIONS = [
    ("District Magistrate", "जिलाधिकारी", "Revenue"),
    ("Additional District Magistrate (Finance & Revenue)", "अपर जिलाधिकारी (वित्त एवं राजस्व)", "Revenue"),
    ("City Magistrate", "नगर मजिस्ट्रेट", "Revenue"),
    ("Sub-Divisional Magistrate", "उप जिलाधिकारी (एसडीएम)", "Revenue"),
    ("Tehsildar", "तहसीलदार", "Revenue"),
    ("Naib Tehsildar", "नायब तहसीलदार", "Revenue"),
    ("Chief Development Officer", "मुख्य विकास अधिकारी", "Rural Development"),
    ("Block Development Officer", "खण्ड विकास अधिकारी", "Rural Development"),
    ("District Panchayat Raj Officer", "जिला पंचायत राज अधिकारी", "Panchayati Raj"),
    ("Chief Medical Officer", "मुख्य चिकित्सा अधिकारी", "Medical & Health"),
    ("District Basic Education Officer", "जिला बेसिक शिक्षा अधिकारी", "Basic Education"),
    ("District Inspector of Schools", "जिला विद्यालय निरीक्षक", "Secondary Education"),
    ("District Supply Officer", "जिला पूर्ति अधिकारी", "Food & Civil Supplies"),
    ("Executive Engineer, PWD", "अधिशासी अभियंता, लोक निर्माण विभाग", "Public Works"),
    ("Executive Engineer, Electricity Distribution", "अधिशासी अभियंता, विद्युत", "Power"),
    ("Circle Officer", "क्षेत्राधिकारी", "Police"),
    ("Station House Officer", "थानाध्यक्ष", "Police"),
    ("District Agriculture Officer", "जिला कृषि अधिकारी", "Agriculture"),
    ("Chief Veterinary Officer", "मुख्य पशु चिकित्साधिकारी", "Animal Husbandry"),
    ("District Social Welfare Officer", "जिला समाज कल्याण अधिकारी", "Social Welfare"),
]
OFFICES = [
    "Hardoi Sadar", "Shahabad", "Sawayajpur", "Bilgram", "Sandila", "Ahirori", "Bawan", "Behandar", "Bharawan",
    "Kachhauna", "Kothawan", "Mallawan", "Pihani", "Sursa", "Todarpur", "Ghaziabad Sadar", "Modinagar", "Loni",
    "Muradnagar", "Rajapur", "Bhojpur", "Kannauj Sadar", "Chhibramau", "Tirwa", "Jalalabad", "Gugrapur", "Umarda",
    "Talgram", "Saurikh", "Haseran",
]
TYPED = [
    "sdm", "sdm sadar", "tehsildar", "tahsildar", "तहसीलदार", "तहसिलदार", "bdo bawan", "ram kumar", "raam kumar",
    "शर्मा", "sharma", "shrama", "98765", "4321", "executive engineer pwd", "xen", "cmo", "bilgram", "बिलग्राम",
    "kanauj", "sub div", "mallawan", "singh sdm", "सिंह", "krishna", "district supply", "naib tahsildar sandila",
]


SYLLABLES = [
    ("ka", "क"), ("ra", "र"), ("ma", "म"), ("shi", "शि"), ("ven", "वेन"), ("dra", "द्र"), ("pra", "प्र"),
    ("kash", "काश"), ("na", "न"), ("la", "ला"), ("su", "सु"), ("de", "दे"), ("vi", "वि"), ("jay", "जय"),
    ("go", "गो"), ("pal", "पाल"), ("tan", "तन"), ("bha", "भा"), ("ru", "रु"), ("kri", "कृ"), ("ni", "नि"),
    ("hem", "हेम"), ("yo", "यो"), ("gen", "गेन"), ("dha", "धा"), ("sa", "स"), ("til", "तिल"), ("bo", "बो"),
]


def invented_name(rng: random.Random) -> tuple[str, str]:
    """A pronounceable made-up word in both scripts, so the vocabulary grows as a real roster's does."""
    chosen = [rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))]
    return "".join(latin for latin, _ in chosen).capitalize(), "".join(hindi for _, hindi in chosen)


def synthetic_officers(count: int = 5000, seed: int = 7, *, diverse: bool = False) -> list[Officer]:
    """A deterministic district-sized roster for benchmarks (no real names or numbers).

    ``diverse`` invents every surname, as in a real roster where few names repeat.
    """
    rng = random.Random(seed)
    officers = []
    for officer_id in range(1, count + 1):
        first, middle = rng.choice(FIRST_NAMES), rng.choice(MIDDLE_NAMES)
        last = invented_name(rng) if diverse else rng.choice(SURNAMES)
        name_en = " ".join(part for part in (first[0], middle[0], last[0]) if part)
        name_hi = " ".join(part for part in (first[1], middle[1], last[1]) if part)
        designation_en, designation_hi, department = rng.choice(DESIGNATIONS)
        number = f"+91{rng.choice('6789')}{rng.randrange(10**8, 10**9):09d}"
        officers.append(
            Officer(officer_id, name_en, name_hi, designation_en, designation_hi, department, rng.choice(OFFICES), number)
        )
    return officers


def keystrokes(text: str) -> list[str]:
    return [text[:end] for end in range(1, len(text) + 1)]


def run(report: Report) -> None:
    for diverse in (False, True):
        measure(report, synthetic_officers(diverse=diverse), "invented surnames" if diverse else "common surnames")


def measure(report: Report, officers: list[Officer], label: str) -> None:
    started = time.perf_counter()
    index = OfficerIndex.build(officers)
    report.add(f"search ({label}): build index, 5,000 officers", (time.perf_counter() - started) * 1000, "ms")

    typed = [prefix for query in TYPED for prefix in keystrokes(query)]

    def fresh_index_timings(clock: Callable[[], float]) -> list[float]:
        fresh = OfficerIndex.build(officers)  # an empty word cache: every keystroke pays in full
        # The collector's one-off pass over the objects just built belongs to start-up, not to typing.
        gc.collect()
        samples = []
        for prefix in typed:
            began = clock()
            fresh.search(prefix)
            samples.append((clock() - began) * 1000)
        return samples

    ours = fresh_index_timings(time.perf_counter)
    # CPU time of this thread: the same work, without the waits of a busy shared machine.
    cpu = fresh_index_timings(time.thread_time)
    haystack = [text for officer in officers for text in (officer.name_en, officer.name_hi, officer.designation_en)]
    sample = typed[:: max(1, len(typed) // 40)]

    def naive() -> None:
        for prefix in sample:
            difflib.get_close_matches(prefix, haystack, n=20, cutoff=0.5)

    naive_ms = median(timings_ms(naive, 3, warmup=0)) / len(sample)
    note = f"{len(typed)} keystrokes of {len(TYPED)} queries"
    name = f"search ({label}): keystroke"
    report.add(f"{name}, median", median(ours), "ms", baseline_name="difflib scan", baseline_value=naive_ms, note=note)
    report.add(f"{name}, p95", percentile(ours, 0.95), "ms", baseline_name="difflib scan", baseline_value=naive_ms)
    report.add(f"{name}, worst", max(ours), "ms", note="target ≤ 10 ms")
    report.add(f"{name}, CPU time p95", percentile(cpu, 0.95), "ms")
    report.add(f"{name}, CPU time worst", max(cpu), "ms", note="thread time: unaffected by other processes")
    warm = [min(timings_ms(lambda prefix=prefix: index.search(prefix), 3, warmup=1)) for prefix in typed]  # type: ignore[misc]
    report.add(f"{name}, words cached, median", median(warm), "ms")
