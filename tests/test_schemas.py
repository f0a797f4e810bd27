"""Validation rules of the record models: what the archive and the JSON contract rely on."""

import pytest
from pydantic import ValidationError

from minutebook.schemas import Attendance, Extraction, Indicator, Meeting, Risk, Vote


def test_dates_are_iso_and_times_are_hh_mm():
    meeting = Meeting(body="Cabinet", date="2025-01-30", time="10:00")
    assert meeting.model_dump(mode="json")["date"] == "2025-01-30"
    with pytest.raises(ValidationError):
        Meeting(body="Cabinet", date="30/01/2025")
    with pytest.raises(ValidationError):
        Meeting(body="Cabinet", date="2025-01-30", time="10.00 am")


def test_status_is_one_of_the_format_values():
    assert Attendance(meeting_date="2025-01-30", name="R W Gough", status="present").status == "present"
    with pytest.raises(ValidationError):
        Attendance(meeting_date="2025-01-30", name="R W Gough", status="here")


def test_levels_and_trends_are_upper_cased():
    risk = Risk(risk_id="02a", title="Housing", level="Medium", trend="improving")
    assert (risk.level, risk.trend) == ("MEDIUM", "IMPROVING")


def test_indicator_values_are_numbers():
    assert Indicator(name="Rate", period="Q1 2019/20", value="1,234").value == 1234.0
    with pytest.raises(ValidationError):
        Indicator(name="Rate", period="Q1 2019/20", value="tbc")


def test_vote_counts_use_the_for_alias_in_json():
    vote = Vote(meeting_date="2025-05-15", minute_number="9", **{"for": 7}, against=2)
    assert vote.model_dump(mode="json", by_alias=True)["for"] == 7
    with pytest.raises(ValidationError):
        Vote(meeting_date="2025-05-15", minute_number="9", **{"for": -1})


def test_pages_are_one_based():
    with pytest.raises(ValidationError):
        Meeting(body="Cabinet", date="2025-01-30", page=0)


def test_extraction_json_has_every_record_type():
    doc = {"sha256": "0" * 64, "file_name": "a.pdf", "pages": 1, "kind": "minutes"}
    data = Extraction(document=doc).to_json_dict()
    assert [k for k in data if k != "document"] == ["meetings", "attendance", "agenda_items", "minutes",
                                                    "resolutions", "votes", "indicators", "risks"]
