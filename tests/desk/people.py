"""A few officers and representatives of Hardoi, with the register built from them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from console.domain import AvailabilityPeriod, AvailabilityStatus, Officer, Representative, RepresentativeKind
from console.phone import NumberRegister

CENTER_NUMBER = "+915852230001"

DM = Officer(1, "Mangala Prasad Singh", "मंगला प्रसाद सिंह", "District Magistrate", "जिलाधिकारी", "Revenue",
             "Collectorate", "+919454417501")
SDM = Officer(2, "Ramesh Kumar Verma", "रमेश कुमार वर्मा", "Sub-Divisional Magistrate", "उप जिलाधिकारी",
              "Revenue", "Sadar", "+919454417502", superior_id=1)
TEHSILDAR = Officer(3, "Anita Devi", "अनीता देवी", "Tehsildar", "तहसीलदार", "Revenue", "Sadar",
                    "+919454417503", superior_id=2, other_numbers=("+919876500003",))
LONG_NAMED = Officer(4, "Shri Krishna Chandra Prakash Narayan Shrivastava",
                     "श्री कृष्ण चंद्र प्रकाश नारायण श्रीवास्तव", "Additional District Magistrate (Finance and Revenue)",
                     "अपर जिलाधिकारी (वित्त एवं राजस्व)", "Revenue", "Collectorate", "+919454417504", superior_id=1)
MLA = Representative(10, RepresentativeKind.MLA, "Ram Prakash Verma", "राम प्रकाश वर्मा", "Sandila",
                     ("+919838012345", "+915852220011"))
MP = Representative(11, RepresentativeKind.MP, "Jai Prakash Rawat", "जय प्रकाश रावत", "Hardoi", ("+919838054321",))
LONG_MLC = Representative(12, RepresentativeKind.MLC, "Raghvendra Pratap Narayan Singh Chauhan",
                          "राघवेन्द्र प्रताप नारायण सिंह चौहान", "Lucknow Division", ("+919838099999",))
NO_NUMBER = Representative(13, RepresentativeKind.OTHER, "Gram Pradhan", "ग्राम प्रधान", "Bawan", ())

BDO = Officer(5, "Suresh Chandra", "सुरेश चंद्र", "Block Development Officer", "खंड विकास अधिकारी",
              "Rural Development", "Bawan", "+919454417505", superior_id=1)
ADO = Officer(6, "Kamal Kishore", "कमल किशोर", "Assistant Development Officer", "सहायक विकास अधिकारी",
              "Rural Development", "Bawan", "+919454417506", superior_id=5)
TRAINEE = Officer(7, "Meena Kumari", "मीना कुमारी", "Tehsildar", "तहसीलदार", "Revenue", "Shahabad",
                  "+919454417507", superior_id=2)

OFFICERS = (DM, SDM, TEHSILDAR, LONG_NAMED, BDO, ADO, TRAINEE)
REPRESENTATIVES = (MLA, MP, LONG_MLC, NO_NUMBER)


def register() -> NumberRegister:
    return NumberRegister.build(OFFICERS, REPRESENTATIVES)


def periods(around: datetime) -> tuple[AvailabilityPeriod, ...]:
    """The BDO on leave (the ADO stands in), the trainee in training with nobody named."""
    start = around - timedelta(days=2)
    return (
        AvailabilityPeriod(BDO.id, AvailabilityStatus.LEAVE, start, start + timedelta(days=7), ADO.id, "earned leave"),
        AvailabilityPeriod(TRAINEE.id, AvailabilityStatus.TRAINING, start, start + timedelta(days=5), None, "ATI"),
    )


UTC = timezone.utc
