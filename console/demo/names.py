"""Common Uttar Pradesh given names and surnames, each in English and in Hindi.

A curated list, so every English spelling has one consistent Devanagari form.
Names are grouped by community so a given name is paired with a surname that
goes with it. Combinations are random; any likeness to a real officer is chance.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

Pair = tuple[str, str]  # (English, Hindi)

HINDU_MEN: tuple[Pair, ...] = (
    ("Rajesh", "राजेश"), ("Suresh", "सुरेश"), ("Ramesh", "रमेश"), ("Anil", "अनिल"), ("Sunil", "सुनील"),
    ("Vinod", "विनोद"), ("Ashok", "अशोक"), ("Rakesh", "राकेश"), ("Mukesh", "मुकेश"), ("Dinesh", "दिनेश"),
    ("Santosh", "संतोष"), ("Manoj", "मनोज"), ("Sanjay", "संजय"), ("Vijay", "विजय"), ("Ajay", "अजय"),
    ("Arvind", "अरविंद"), ("Pramod", "प्रमोद"), ("Alok", "आलोक"), ("Amit", "अमित"), ("Sandeep", "संदीप"),
    ("Deepak", "दीपक"), ("Pankaj", "पंकज"), ("Rahul", "राहुल"), ("Vivek", "विवेक"), ("Abhishek", "अभिषेक"),
    ("Ankit", "अंकित"), ("Gaurav", "गौरव"), ("Saurabh", "सौरभ"), ("Shailendra", "शैलेन्द्र"),
    ("Rajendra", "राजेन्द्र"), ("Narendra", "नरेन्द्र"), ("Devendra", "देवेन्द्र"), ("Harish", "हरीश"),
    ("Satish", "सतीश"), ("Yogesh", "योगेश"), ("Umesh", "उमेश"), ("Awadhesh", "अवधेश"), ("Brijesh", "बृजेश"),
    ("Ravi", "रवि"), ("Jitendra", "जितेन्द्र"), ("Dharmendra", "धर्मेन्द्र"), ("Anand", "आनंद"),
    ("Prashant", "प्रशांत"), ("Nitin", "नितिन"), ("Vikas", "विकास"), ("Hemant", "हेमंत"), ("Ashish", "आशीष"),
    ("Rajeev", "राजीव"), ("Sudhir", "सुधीर"), ("Ram Prakash", "राम प्रकाश"), ("Om Prakash", "ओम प्रकाश"),
    ("Shiv Kumar", "शिव कुमार"), ("Ram Kumar", "राम कुमार"), ("Krishna Kumar", "कृष्ण कुमार"),
    ("Rajesh Kumar", "राजेश कुमार"), ("Anil Kumar", "अनिल कुमार"), ("Ram Naresh", "राम नरेश"),
    ("Hari Om", "हरि ओम"), ("Shyam Sundar", "श्याम सुंदर"), ("Ram Babu", "राम बाबू"), ("Lalit", "ललित"),
)
HINDU_WOMEN: tuple[Pair, ...] = (
    ("Sunita", "सुनीता"), ("Anita", "अनीता"), ("Neha", "नेहा"), ("Pooja", "पूजा"), ("Priyanka", "प्रियंका"),
    ("Rekha", "रेखा"), ("Seema", "सीमा"), ("Kavita", "कविता"), ("Shalini", "शालिनी"), ("Archana", "अर्चना"),
    ("Ritu", "ऋतु"), ("Anjali", "अंजलि"), ("Manju", "मंजू"), ("Sarita", "सरिता"), ("Vandana", "वंदना"),
    ("Nidhi", "निधि"), ("Shweta", "श्वेता"), ("Preeti", "प्रीति"), ("Divya", "दिव्या"), ("Meenakshi", "मीनाक्षी"),
    ("Sangeeta", "संगीता"), ("Madhu", "मधु"), ("Rashmi", "रश्मि"), ("Kiran", "किरण"), ("Aarti", "आरती"),
    ("Jyoti", "ज्योति"), ("Poonam", "पूनम"), ("Renu", "रेनू"),
)
HINDU_SURNAMES: tuple[Pair, ...] = (
    ("Sharma", "शर्मा"), ("Verma", "वर्मा"), ("Gupta", "गुप्ता"), ("Srivastava", "श्रीवास्तव"), ("Mishra", "मिश्रा"),
    ("Tripathi", "त्रिपाठी"), ("Pandey", "पाण्डेय"), ("Dubey", "दुबे"), ("Tiwari", "तिवारी"), ("Shukla", "शुक्ला"),
    ("Dwivedi", "द्विवेदी"), ("Awasthi", "अवस्थी"), ("Bajpai", "बाजपेई"), ("Dixit", "दीक्षित"), ("Singh", "सिंह"),
    ("Yadav", "यादव"), ("Maurya", "मौर्य"), ("Kushwaha", "कुशवाहा"), ("Patel", "पटेल"), ("Rawat", "रावत"),
    ("Chauhan", "चौहान"), ("Rathore", "राठौर"), ("Saxena", "सक्सेना"), ("Nigam", "निगम"), ("Agarwal", "अग्रवाल"),
    ("Jaiswal", "जायसवाल"), ("Gautam", "गौतम"), ("Kanaujia", "कनौजिया"), ("Pal", "पाल"), ("Rajput", "राजपूत"),
    ("Nishad", "निषाद"), ("Vishwakarma", "विश्वकर्मा"), ("Chaudhary", "चौधरी"), ("Bharti", "भारती"), ("Katiyar", "कटियार"),
    ("Sachan", "सचान"), ("Tomar", "तोमर"), ("Bhadauria", "भदौरिया"), ("Soni", "सोनी"), ("Lodhi", "लोधी"),
)
MUSLIM_MEN: tuple[Pair, ...] = (
    ("Mohammad Arif", "मोहम्मद आरिफ"), ("Imran", "इमरान"), ("Salman", "सलमान"), ("Shahid", "शाहिद"),
    ("Naseem", "नसीम"), ("Tariq", "तारिक"), ("Aftab", "आफताब"), ("Javed", "जावेद"), ("Rizwan", "रिज़वान"),
    ("Faisal", "फैसल"), ("Zubair", "जुबैर"), ("Anwar", "अनवर"),
)
MUSLIM_WOMEN: tuple[Pair, ...] = (
    ("Shabnam", "शबनम"), ("Nazia", "नाज़िया"), ("Rubina", "रुबीना"), ("Farhana", "फरहाना"), ("Sana", "सना"),
)
MUSLIM_SURNAMES: tuple[Pair, ...] = (
    ("Khan", "खान"), ("Ansari", "अंसारी"), ("Siddiqui", "सिद्दीकी"), ("Qureshi", "कुरैशी"), ("Rizvi", "रिज़वी"),
    ("Ahmad", "अहमद"), ("Hussain", "हुसैन"), ("Farooqui", "फारूकी"),
)


@dataclass(frozen=True)
class PersonName:
    name_en: str
    name_hi: str


def random_name(rng: random.Random, *, title: Pair | None = None) -> PersonName:
    """About one officer in four is a woman and one in eight Muslim, roughly as in UP's services."""
    muslim = rng.random() < 0.12
    woman = rng.random() < 0.25
    if muslim:
        given_pool, surnames = (MUSLIM_WOMEN if woman else MUSLIM_MEN), MUSLIM_SURNAMES
    else:
        given_pool, surnames = (HINDU_WOMEN if woman else HINDU_MEN), HINDU_SURNAMES
    given, surname = rng.choice(given_pool), rng.choice(surnames)
    prefix_en, prefix_hi = (f"{title[0]} ", f"{title[1]} ") if title else ("", "")
    return PersonName(f"{prefix_en}{given[0]} {surname[0]}", f"{prefix_hi}{given[1]} {surname[1]}")


DOCTOR: Pair = ("Dr.", "डॉ.")
