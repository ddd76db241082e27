"""The OSM change file of new verified places (issue 15 item 3), the survey's schema and
XLSForm, the Kobo/ODK export columns and the community review rules, by hand."""
import csv
import os
import zipfile
from xml.etree import ElementTree as ET

import numpy as np
import pytest
from caremap.kernels import community, osm_change, survey_schema, xlsx
from caremap.kernels.supply import match_osm_tags

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def tag_rules():
    with open(os.path.join(ROOT, "data", "osm_care_tags.csv"), encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_reverse_tags_take_the_first_row_and_its_condition():
    services, spheres = osm_change.reverse_tags(tag_rules())
    # social_facility=* brings its main tag amenity=social_facility (OSM wiki, Key:social_facility)
    assert services["elderly_day_care"] == [("amenity", "social_facility"), ("social_facility", "day_care"),
                                            ("social_facility:for", "senior")]
    assert services["kindergarten"] == [("amenity", "kindergarten")]  # not preschool, the later row
    assert services["childcare"] == [("amenity", "social_facility"), ("social_facility", "day_care"),
                                     ("social_facility:for", "child")]
    assert spheres["public"] == ("operator:type", "public")
    assert spheres["community"] == ("operator:type", "community")
    assert services["community_kitchen"] == [("amenity", "social_facility"), ("social_facility", "soup_kitchen")]
    assert "childminder" not in services  # no row gives it: left out, never invented


def test_tags_read_back_as_the_same_service_type():
    rules = tag_rules()
    rev = osm_change.reverse_tags(rules)
    for service_type in rev[0]:
        tags = osm_change.place_tags(service_type, rev)
        got = match_osm_tags(tags, rules)
        assert got is not None and got["service_type"] == service_type, (service_type, tags, got)


def test_osmchange_xml_parses_with_the_right_nodes_and_tags():
    rev = osm_change.reverse_tags(tag_rules())
    tags = [osm_change.place_tags("kindergarten", rev, name="Jardín Los Pollitos", sphere="community",
                                  capacity=24.0, survey_date="2026-03-01"),
            osm_change.place_tags("nursing_home", rev, name="Hogar <San José> & Co", capacity=float("nan"))]
    xml = osm_change.osmchange_xml([-74.1371234567, -74.1], [4.5737891, 4.6], tags)
    root = ET.fromstring(xml)
    assert root.tag == "osmChange" and root.get("version") == "0.6"
    nodes = root.findall("./create/node")
    assert [n.get("id") for n in nodes] == ["-1", "-2"]
    assert nodes[0].get("lat") == "4.5737891" and nodes[0].get("lon") == "-74.1371235"
    got = {t.get("k"): t.get("v") for t in nodes[0].findall("tag")}
    assert got == {"amenity": "kindergarten", "operator:type": "community", "name": "Jardín Los Pollitos",
                   "capacity": "24", "source": "survey", "check_date": "2026-03-01"}
    got = {t.get("k"): t.get("v") for t in nodes[1].findall("tag")}
    assert got["name"] == "Hogar <San José> & Co" and "capacity" not in got
    assert got["social_facility"] == "nursing_home" and got["amenity"] == "social_facility"
    assert osm_change.place_tags("childminder", rev) is None
    with pytest.raises(ValueError):
        osm_change.osmchange_xml([500000.0], [4.6], [{"amenity": "kindergarten"}])


def test_every_choice_has_four_labels_and_sphere_and_groups_match_the_inventory():
    from caremap.kernels import supply

    for name, items in survey_schema.CHOICES.items():
        values = [v for v, _ in items]
        assert len(set(values)) == len(values), name
        for _, labels in items:
            assert set(labels) == set(survey_schema.LANGUAGES) and all(labels.values()), name
    assert [v for v, _ in survey_schema.CHOICES["sphere"]] == list(supply.SPHERES)
    assert [v for v, _ in survey_schema.CHOICES["target_group"]] == list(supply.TARGET_GROUPS)
    assert survey_schema.value_map("sphere", "es")[0] == ("Público", "public")
    assert survey_schema.value_map("days_per_week", "fr")[4] == ("5 jours par semaine", "5")
    with pytest.raises(ValueError):
        survey_schema.label("name", "de")


def test_xlsx_writer_makes_a_workbook_openpyxl_reads(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = xlsx.write_xlsx(str(tmp_path / "f.xlsx"), {"a": [["x", "y & <z>"], ["", 3]], "b": [["only"]]})
    assert zipfile.ZipFile(path).testzip() is None
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["a", "b"]
    assert [[c.value for c in r] for r in wb["a"].iter_rows()] == [["x", "y & <z>"], [None, "3"]]
    assert xlsx.column_letter(0) == "A" and xlsx.column_letter(26) == "AA"


def test_xlsform_sheets_have_the_chosen_language_first():
    sheets = survey_schema.xlsform_sheets("pt")
    header = sheets["survey"][0]
    assert header[2] == "label::Português (pt)" and "label::Español (es)" in header
    assert sheets["settings"][1][3] == "Português (pt)"
    rows = {r[1]: r for r in sheets["survey"][1:]}
    assert rows["capacity"][header.index("constraint")] == ". >= 0"
    assert rows["service_type"][0] == "select_one service_type"
    assert rows["survey_date"][header.index("default")] == "today()"


def test_export_columns_kobo_and_odk():
    kobo = ["start", "end", "place/location", "_place/location_latitude", "_place/location_longitude",
            "_place/location_altitude", "_place/location_precision", "place/name", "place/service_type",
            "place/capacity", "verification", "_id", "_submission_time", "_submitted_by"]
    got = survey_schema.export_columns(kobo)
    assert got["x"] == "_place/location_longitude" and got["y"] == "_place/location_latitude"
    assert got["name"] == "place/name" and got["capacity"] == "place/capacity"
    assert got["collector"] == "_submitted_by" and got["survey_date"] == "_submission_time"
    assert "sphere" not in got
    odk = ["SubmissionDate", "place-location-Latitude", "place-location-Longitude", "place-name", "collector",
           "survey_date", "KEY"]
    got = survey_schema.export_columns(odk)
    assert (got["x"], got["y"]) == ("place-location-Longitude", "place-location-Latitude")
    assert got["collector"] == "collector" and got["survey_date"] == "survey_date" and got["name"] == "place-name"
    assert "x" not in survey_schema.export_columns(["lon", "lat", "name"])


def test_verification_and_dates():
    assert survey_schema.is_verified(["visited", " Phone ", "reported", None, "", "document"]).tolist() == [
        True, True, False, False, False, True]
    assert survey_schema.iso_date("2026-03-01T10:22:31.000-05:00") == "2026-03-01"
    assert survey_schema.iso_date("PyQt5.QtCore.QDate(2026, 3, 1)") == "2026-03-01"
    assert survey_schema.iso_date("2026/3/1") == "2026-03-01"
    assert survey_schema.iso_date("yesterday") is None and survey_schema.iso_date(None) is None
    # a day the calendar does not have is unreadable, not written on (nor sent to OSM as check_date)
    assert survey_schema.iso_date("2026-02-31") is None and survey_schema.iso_date("2026-13-01") is None
    assert survey_schema.iso_date("2024-02-29") == "2024-02-29"


def test_review_confirmed_new_conflicting_and_unverified_never_leads():
    # records: 0 registry A, 1 survey on A (same values), 2 registry B, 3 survey on B (capacity differs),
    # 4 survey alone (new), 5 survey on B too, unverified
    group = np.array([0, 0, 1, 1, 2, 1])
    survey = np.array([False, True, False, True, True, True])
    verified = np.array([False, True, False, True, True, False])
    rank = community.demote_unverified([1, 0, 1, 0, 0, 0], survey, verified)
    assert rank.tolist() == [1, 0, 1, 0, 0, 2]
    cap = np.array([20.0, 20.0, 40.0, 25.0, 10.0, np.nan])
    sphere = np.array(["public", " Public", "community", "community", None, "private"], dtype=object)
    status, ref, conflicts = community.review(group, survey, rank, {"capacity": cap}, {"sphere": sphere})
    assert status.tolist() == [None, "confirmed", None, "conflicting", "new", "conflicting"]
    assert ref.tolist() == [-1, 0, -1, 2, -1, 2]
    assert conflicts[3] == [("capacity", 25.0, 40.0)]
    assert conflicts[5] == [("sphere", "private", "community")]  # NaN capacity is no conflict
    assert conflicts[1] == []  # case and spaces ignored
