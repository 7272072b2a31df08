from console.departments import DEPARTMENT_NAMES_HI, department_name_hi
from console.roster.designations import DESIGNATIONS


def test_every_department_of_the_designation_table_has_a_hindi_name() -> None:
    assert {designation.department for designation in DESIGNATIONS} <= set(DEPARTMENT_NAMES_HI)


def test_an_unknown_department_is_shown_as_it_is() -> None:
    assert department_name_hi("Revenue") == "राजस्व"
    assert department_name_hi("District Supply Office") == "District Supply Office"
