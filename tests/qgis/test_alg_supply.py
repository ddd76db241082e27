"""caremap:supplyinventory and caremap:osmsupply through processing.run: crafted layers
from three sources, the demo city, a crafted .osm file with every mapped tag, bad input."""
import csv
import os

import pytest
from layers import Recorder, point_layer, polygon_layer, run_alg
from layers import rows as shared_rows
from qgis.core import (
    QgsProcessingException,
    QgsVectorLayer,
)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OSM = os.path.join(ROOT, "tests", "data", "sample.osm")
TAGS = os.path.join(ROOT, "data", "osm_care_tags.csv")
def run(alg, params):
    return run_alg(f"caremap:{alg}", params)


def rows(layer):
    return shared_rows(layer, geometry=True)


def registry_layer():
    return point_layer(
        [(1000, 1000), (3000, 1000), (5000, 5000), (7000, 7000)],
        {"name": ["Jardín Infantil Los Pollitos", "Centro Día Abuelos Felices", "Hogar San José", "CERRADO Jardín Sol"],
         "service_type": ["kindergarten", "elderly_day_care", "nursing_home", "kindergarten"],
         "sphere": ["public", "public", "private", "public"],
         "capacity": [80, None, 40.0, 20],
         "hours_per_day": [8.0, 4.0, 24.0, 8.0],
         "days_per_week": [5, 5, 7, 5]},
        name="registry")


def community_layer():
    return polygon_layer(
        [(990, 1010, 20), (8000, 8000, 10)],
        {"nombre": ["Hogar Comunitario Los Pollitos", "Hogar Comunitario La Ronda"],
         "tipo": ["kindergarten", "childcare"], "cupos": [15, None], "horas": [10.0, 6.0]},
        name="community")


def crowd_layer():
    return point_layer(
        [(1020, 990), (3010, 1030), (9000, 9000), (5500, 5500)],
        {"name": ["jardin los polllitos", "ABUELOS FELICES", "Droguería La Económica", "test"],
         "type": ["kindergarten", "elderly_day_care", "pharmacy", "childcare"],
         "capacity": [75.0, 30.0, None, 10.0]},
        name="crowd")


BASE = {
    "MAPPINGS": "sphere='public'|name=nombre,service_type=tipo,capacity=cupos,hours_per_day=horas,"
                "sphere='community',source='community'|service_type=type,source='crowd'",
    "SOURCE_PRIORITY": "registry,community,crowd",
    "TYPE_WHITELIST": "kindergarten,elderly_day_care,nursing_home,childcare",
    "NAME_BLACKLIST": r"^test$|cerrado",
    "DEDUP_DISTANCE": 50,
    "OUTPUT": "TEMPORARY_OUTPUT",
    "OUTPUT_REJECTED": "TEMPORARY_OUTPUT",
}


def test_inventory_merges_across_sources(caremap_provider):
    res = run("supplyinventory", dict(BASE, INPUTS=[registry_layer(), community_layer(), crowd_layer()]))
    out = {r["name"]: r for r in rows(res["OUTPUT"])}
    assert set(out) == {"Jardín Infantil Los Pollitos", "Centro Día Abuelos Felices", "Hogar San José",
                        "Hogar Comunitario La Ronda"}
    pollitos = out["Jardín Infantil Los Pollitos"]
    assert pollitos["source"] == "registry"
    assert pollitos["merged_sources"] == "community;crowd;registry" and pollitos["n_merged"] == 3
    assert pollitos["capacity"] == 80 and pollitos["capacity_imputed"] == 0
    assert pollitos["capacity_fde"] == 80
    abuelos = out["Centro Día Abuelos Felices"]
    # the registry record is kept even though it has no capacity; it takes the capacity
    # of the crowd record merged into it (30, flag 4), its own stays in capacity_reported
    assert abuelos["merged_sources"] == "crowd;registry"
    assert abuelos["capacity_imputed"] == 4 and abuelos["capacity"] == 30
    assert abuelos["capacity_reported"] is None
    assert abuelos["capacity_fde"] == pytest.approx(30 * 0.5)
    assert out["Hogar San José"]["capacity_fde"] == pytest.approx(40 * 7 / 5)
    ronda = out["Hogar Comunitario La Ronda"]
    assert ronda["source"] == "community" and ronda["sphere"] == "community"
    # childcare has no known capacity: overall median of the kept (80, 30, 40)
    assert ronda["capacity_imputed"] == 2 and ronda["capacity"] == 40
    rej = {r["name"]: r for r in rows(res["OUTPUT_REJECTED"])}
    assert rej["CERRADO Jardín Sol"]["reason"] == "name_blacklisted"
    assert rej["test"]["reason"] == "name_blacklisted"
    assert rej["Droguería La Económica"]["reason"] == "type_not_whitelisted"
    assert rej["jardin los polllitos"]["reason"] == "duplicate"
    assert rej["jardin los polllitos"]["duplicate_of"] == pollitos["inv_id"]
    assert rej["Hogar Comunitario Los Pollitos"]["duplicate_of"] == pollitos["inv_id"]
    assert res["N_FACILITIES"] == 4 and res["N_DUPLICATES"] == 3 and res["N_REJECTED_RULES"] == 3


def test_priority_order_changes_the_kept_record(caremap_provider):
    res = run("supplyinventory", dict(BASE, SOURCE_PRIORITY="crowd,community,registry",
                                      INPUTS=[registry_layer(), community_layer(), crowd_layer()]))
    out = {r["name"]: r for r in rows(res["OUTPUT"])}
    assert "jardin los polllitos" in out and out["jardin los polllitos"]["source"] == "crowd"


def test_csv_table_with_lon_lat(caremap_provider, tmp_path):
    path = tmp_path / "crowd.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "lon", "lat", "capacity"])
        w.writerow(["Jardín A", "-74.1", "4.6", "10"])
        w.writerow(["Jardín B", "-74.11", "4.61", ""])
    layer = QgsVectorLayer(str(path), "crowdcsv", "ogr")
    assert layer.isValid()
    res = run("supplyinventory", {"INPUTS": [layer], "MAPPINGS": "x=lon,y=lat,service_type='kindergarten'",
                                  "OUTPUT": "TEMPORARY_OUTPUT"})
    out = rows(res["OUTPUT"])
    assert len(out) == 2
    assert res["OUTPUT"].crs().authid() == "EPSG:32618"
    assert sorted(r["capacity"] for r in out) == [10, 10]


@pytest.mark.parametrize("params, message", [
    ({"MAPPINGS": "name=nombre"}, "nombre"),
    ({"MAPPINGS": "nam=name"}, "unknown inventory field"),
    ({"MAPPINGS": "capacity=name"}, "must be numeric: none of its values is a number"),
    ({"MAPPINGS": "a=b|c=d"}, "2 mappings"),
    ({"NAME_BLACKLIST": "("}, "regular expression"),
])
def test_bad_mapping_is_a_clear_error(caremap_provider, params, message):
    with pytest.raises(QgsProcessingException, match=message):
        run("supplyinventory", dict({"INPUTS": [registry_layer()], "OUTPUT": "TEMPORARY_OUTPUT"}, **params))


def test_negative_capacity_is_rejected_and_nothing_written(caremap_provider, tmp_path):
    layer = point_layer([(0, 0), (10, 10)], {"name": ["a", "b"], "capacity": [5.0, -2.0]}, name="neg")
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match="negative value"):
        run("supplyinventory", {"INPUTS": [layer], "OUTPUT": str(out)})
    assert not out.exists()


def test_demo_city_inventory(caremap_provider, demo_gpkg):
    reg = QgsVectorLayer(f"{demo_gpkg}|layername=facilities_registry", "registry", "ogr")
    com = QgsVectorLayer(f"{demo_gpkg}|layername=facilities_community", "community", "ogr")
    crowd_csv = os.path.join(os.path.dirname(demo_gpkg), "crowd_facilities.csv")
    crowd = QgsVectorLayer(crowd_csv, "crowd", "ogr")
    assert reg.isValid() and com.isValid() and crowd.isValid()
    res = run("supplyinventory", {
        "INPUTS": [reg, com, crowd],
        "MAPPINGS": "|name=nombre,service_type=tipo,capacity=cupos,hours_per_day=horas,days_per_week=dias,"
                    "target_group=grupo,sphere='community',source='community'"
                    "|x=lon,y=lat,service_type=type,hours_per_day=hours,days_per_week=days,"
                    "target_group=group,source='crowd'",
        "SOURCE_PRIORITY": "registry,community,crowd",
        "TYPE_WHITELIST": "childcare_centre,kindergarten,elderly_day_centre,nursing_home,disability_day_centre,"
                          "hogar_comunitario,comedor_comunitario,punto_cuidado_comunitario,childcare,"
                          "elderly_day_care,disability_day_care,community_kitchen,community_care_point",
        "NAME_BLACKLIST": r"^\s*(test|xxx|borrar|prueba|asdf)\b",
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_REJECTED": "TEMPORARY_OUTPUT"})
    out = rows(res["OUTPUT"])
    rej = rows(res["OUTPUT_REJECTED"])
    n_in = reg.featureCount() + com.featureCount() + crowd.featureCount()
    assert len(out) + len(rej) == n_in
    reasons = [r["reason"] for r in rej]
    assert reasons.count("name_blacklisted") == 6
    assert reasons.count("type_not_whitelisted") == 8
    assert reasons.count("duplicate") >= 20  # ~30 crowd copies of known facilities
    assert all(r["capacity"] > 0 for r in out)
    assert all(r["duplicate_of"] is None or r["duplicate_of"] == r["duplicate_of"] for r in out)


DEMO_MAPPINGS = ("|name=nombre,service_type=tipo,capacity=cupos,hours_per_day=horas,days_per_week=dias,"
                 "target_group=grupo,sphere='community',source='community'"
                 "|x=lon,y=lat,service_type=type,hours_per_day=hours,days_per_week=days,target_group=group,"
                 "source='crowd'")
DEMO_RULES = {
    "SOURCE_PRIORITY": "registry,community,crowd",
    "TYPE_WHITELIST": "childcare_centre,kindergarten,elderly_day_centre,nursing_home,disability_day_centre,"
                      "hogar_comunitario,comedor_comunitario,punto_cuidado_comunitario,childcare,"
                      "elderly_day_care,disability_day_care,community_kitchen,community_care_point",
    "NAME_BLACKLIST": r"^\s*(test|xxx|borrar|prueba|asdf)\b",
    "OUTPUT": "TEMPORARY_OUTPUT",
}


def demo_layers_as_the_picker_lists_them(demo_gpkg):
    """The tutorial's three sources with the names QGIS gives them, in the order the
    multi-layer picker lists them (alphabetical: crowd, community, registry)."""
    reg = QgsVectorLayer(f"{demo_gpkg}|layername=facilities_registry", "facilities_registry", "ogr")
    com = QgsVectorLayer(f"{demo_gpkg}|layername=facilities_community", "facilities_community", "ogr")
    crowd = QgsVectorLayer(os.path.join(os.path.dirname(demo_gpkg), "crowd_facilities.csv"), "crowd_facilities", "ogr")
    assert reg.isValid() and com.isValid() and crowd.isValid()
    return [crowd, com, reg]


def test_mappings_in_the_wrong_order_fit_one_order_only_and_it_is_used(caremap_provider, demo_gpkg):
    """Issue 19, step 2: the picker's alphabetical order is the reverse of the mappings'.
    Only one assignment fits (the crowd table alone has lon/lat, the survey alone nombre),
    so it is used, with a warning naming each pair; the inventory is the tutorial's 538."""
    fb = Recorder()
    res = run_alg("caremap:supplyinventory", dict(DEMO_RULES, INPUTS=demo_layers_as_the_picker_lists_them(demo_gpkg),
                                                  MAPPINGS=DEMO_MAPPINGS), feedback=fb)
    assert res["N_FACILITIES"] == 538 and res["N_DUPLICATES"] == 28 and res["N_REJECTED_RULES"] == 14
    warned = [w for w in fb.warnings if "fit them in one order only" in w]
    assert len(warned) == 1, fb.warnings
    assert ("mapping 1 -> layer facilities_registry; mapping 2 -> layer facilities_community; "
            "mapping 3 -> layer crowd_facilities") in warned[0]
    assert "'Facility layers'" in warned[0] and "MAPPINGS" not in warned[0]


def test_wrong_order_with_the_crowd_csv_loaded_as_points(caremap_provider, demo_gpkg):
    """The demo project loads the crowd CSV as points from lon/lat (delimited text): the
    registry's empty mapping then fits the crowd layer too, but only one whole order fits."""
    from qgis.core import QgsVectorLayer as Layer

    crowd_csv = os.path.join(os.path.dirname(demo_gpkg), "crowd_facilities.csv")
    points = Layer(f"file://{crowd_csv}?type=csv&xField=lon&yField=lat&crs=EPSG:4326", "crowd_facilities",
                   "delimitedtext")
    assert points.isValid() and points.featureCount() == 149
    layers = demo_layers_as_the_picker_lists_them(demo_gpkg)
    res = run_alg("caremap:supplyinventory", dict(DEMO_RULES, INPUTS=[points] + layers[1:], MAPPINGS=DEMO_MAPPINGS))
    assert (res["N_FACILITIES"], res["N_DUPLICATES"], res["N_REJECTED_RULES"]) == (538, 28, 14)


def test_mappings_named_by_layer_bind_whatever_the_order(caremap_provider, demo_gpkg):
    layers = demo_layers_as_the_picker_lists_them(demo_gpkg)
    reg, com, crowd = DEMO_MAPPINGS.split("|")
    named = f"facilities_registry:{reg}|facilities_community: {com}|Crowd_Facilities : {crowd}"
    fb = Recorder()
    res = run_alg("caremap:supplyinventory", dict(DEMO_RULES, INPUTS=layers, MAPPINGS=named), feedback=fb)
    assert (res["N_FACILITIES"], res["N_DUPLICATES"], res["N_REJECTED_RULES"]) == (538, 28, 14)
    assert not any("order" in w for w in fb.warnings), fb.warnings
    # the registry, named by nothing, reads the schema's own field names; two named, one left
    res2 = run_alg("caremap:supplyinventory", dict(
        DEMO_RULES, INPUTS=layers, MAPPINGS=f"crowd_facilities: {crowd}|facilities_community: {com}"))
    assert res2["N_FACILITIES"] == 538
    # a constant holding a colon is not a layer name
    out = rows(run("supplyinventory", {"INPUTS": [crowd_layer()], "MAPPINGS": "crs='EPSG:4326',service_type=type",
                                       "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])
    assert len(out) == 4


def test_mappings_that_fit_no_order_name_each_pair_and_say_what_to_do(caremap_provider):
    table = QgsVectorLayer("None?field=lon:double&field=lat:double&field=name:string", "crowd table", "memory")
    layers = [table, registry_layer(), community_layer()]
    # mapping 2 names a field no layer has: no order fits
    with pytest.raises(QgsProcessingException) as err:
        run("supplyinventory", {"INPUTS": layers, "OUTPUT": "TEMPORARY_OUTPUT",
                                "MAPPINGS": "sphere='public'|name=nombre,capacity=plazas|x=lon,y=lat"})
    text = str(err.value)
    assert "mapping 1 -> layer crowd table (it has no point or polygon geometry" in text
    assert "mapping 2 -> layer registry (it has no field 'nombre', 'plazas')" in text
    assert "mapping 3 -> layer community (it has no field 'lon', 'lat')" in text
    assert "drag the layers in the picker" in text and "'Facility layers'" in text
    with pytest.raises(QgsProcessingException, match=r"names layer 'nowhere', which is not one of the layers "
                                                     r"chosen in 'Facility layers' \(registry, community\)"):
        run("supplyinventory", {"INPUTS": [registry_layer(), community_layer()], "OUTPUT": "TEMPORARY_OUTPUT",
                                "MAPPINGS": "nowhere: name=nombre|registry:"})
    with pytest.raises(QgsProcessingException, match="two mappings for layer registry"):
        run("supplyinventory", {"INPUTS": [registry_layer(), community_layer()], "OUTPUT": "TEMPORARY_OUTPUT",
                                "MAPPINGS": "registry: sphere='public'|registry:"})


def test_mappings_in_an_order_that_fits_are_kept_even_if_another_fits(caremap_provider):
    """Two layers that both fit both mappings: the order given is kept (nothing guessed)."""
    a = point_layer([(0, 0)], {"name": ["A"], "capacity": [10.0]}, name="a")
    b = point_layer([(5000, 0)], {"name": ["B"], "capacity": [20.0]}, name="b")
    fb = Recorder()
    res = run_alg("caremap:supplyinventory", {"INPUTS": [a, b], "MAPPINGS": "sphere='public'|sphere='private'",
                                              "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=fb)
    spheres = {r["name"]: r["sphere"] for r in rows(res["OUTPUT"])}
    assert spheres == {"A": "public", "B": "private"}
    assert not any("order" in w for w in fb.warnings)


def tag_rows():
    with open(TAGS, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_osm_every_mapped_tag(caremap_provider):
    res = run("osmsupply", {"INPUT": OSM, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = rows(res["OUTPUT"])
    services = [r for r in tag_rows() if r["kind"] == "service"]
    spheres = [r for r in tag_rows() if r["kind"] == "sphere"]
    by_name = {r["name"]: r for r in out}
    # sample.osm holds one feature per service row, named "rowNN <service_type>", plus a
    # bench, a bakery and a school that must not come out
    assert len(out) == len(services)
    for k, rule in enumerate(services):
        got = by_name[f"row{k:02d} {rule['service_type']}"]
        assert got["service_type"] == rule["service_type"], k
        assert got["target_group"] == rule["target_group"], k
        assert got["source"] == "osm"
        if k < len(spheres):  # sphere rows applied through operator:type
            assert got["sphere"] == spheres[k]["sphere"], k
        elif rule["sphere"]:
            assert got["sphere"] == rule["sphere"]
        else:
            assert got["sphere"] is None or got["sphere"] == got["sphere"]
        if k % 5 == 0:
            assert got["capacity"] == 10 + k
    types = {r["osm_type"] for r in out}
    assert types == {"node", "way", "relation"}
    assert res["OUTPUT"].crs().authid() == "EPSG:4326"
    assert all(-74.2 < r["_geom"].asPoint().x() < -74.0 for r in out)


def test_osm_custom_tag_table_and_bad_inputs(caremap_provider, tmp_path):
    table = tmp_path / "tags.csv"
    table.write_text("kind,key,value,condition_key,condition_value,service_type,target_group,sphere\n"
                     "service,amenity,school,,,school_care,children,public\n", encoding="utf-8")
    res = run("osmsupply", {"INPUT": OSM, "TAG_TABLE": str(table), "OUTPUT": "TEMPORARY_OUTPUT"})
    out = rows(res["OUTPUT"])
    assert [r["name"] for r in out] == ["Colegio"] and out[0]["sphere"] == "public"
    bad = tmp_path / "bad.csv"
    bad.write_text("key,value\namenity,school\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="lacks the column"):
        run("osmsupply", {"INPUT": OSM, "TAG_TABLE": str(bad), "OUTPUT": "TEMPORARY_OUTPUT"})
    junk = tmp_path / "junk.osm"
    junk.write_text("not xml at all", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="could not be opened"):
        run("osmsupply", {"INPUT": str(junk), "OUTPUT": "TEMPORARY_OUTPUT"})


def test_osm_output_feeds_the_inventory(caremap_provider):
    osm = run("osmsupply", {"INPUT": OSM, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    res = run("supplyinventory", {"INPUTS": [osm], "DEFAULT_CAPACITY": 20, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = rows(res["OUTPUT"])
    assert len(out) == osm.featureCount()
    assert all(r["capacity"] > 0 for r in out)


# ---------------------------------------------------------------- issue 11: messages name the user's layer and field


def inventory_with_feedback(layers, **params):
    feedback = Recorder()
    res = run_alg("caremap:supplyinventory", dict({"INPUTS": layers, "OUTPUT": "TEMPORARY_OUTPUT"}, **params),
                  feedback)
    return res, feedback


def test_imputed_capacity_is_a_warning_naming_layer_field_and_count(caremap_provider):
    """A NULL capacity that gets imputed is a warning (not only a log line) naming the
    layer, the layer's own capacity field and the count; the estimate is the median of the
    type (10, 30 -> 20)."""
    cupos = point_layer([(0, 0), (1000, 0), (2000, 0), (3000, 0)],
                        {"name": ["A", "B", "C", "D"], "service_type": ["k"] * 4, "cupos": [10.0, None, 30.0, None]},
                        name="Registro oficial")
    res, fb = inventory_with_feedback([cupos], MAPPINGS="capacity=cupos")
    assert sorted(r["capacity"] for r in rows(res["OUTPUT"])) == [10.0, 20.0, 20.0, 30.0]
    hits = [w for w in fb.warnings if "Registro oficial" in w and "'cupos'" in w and "2 facilit" in w]
    assert hits, fb.warnings
    # a layer without any capacity field says so, with the dialog label of the mappings
    bare = point_layer([(0, 0)], {"name": ["E"], "service_type": ["k"]}, name="Crowd map")
    res, fb = inventory_with_feedback([cupos, bare], MAPPINGS="capacity=cupos|")
    assert any("Crowd map has no capacity field" in w and "1 facilit" in w
               and "'Field mappings, one per layer, separated by |'" in w for w in fb.warnings), fb.warnings


def test_empty_layers_error_names_them(caremap_provider):
    empty = point_layer([], {"name": [], "capacity": []}, name="Empty survey")
    with pytest.raises(QgsProcessingException, match=r"Every facility layer is empty \(Empty survey\)"):
        inventory_with_feedback([empty])


def test_all_zero_capacity_error_names_layer_field_and_label(caremap_provider):
    zero = point_layer([(0, 0), (1000, 0)], {"name": ["A", "B"], "plazas": [0.0, 0.0]}, name="Registro")
    with pytest.raises(QgsProcessingException,
                       match=r"capacity of 0 \(layer Registro, field 'plazas'\).*'Keep facilities with a "
                             r"reported capacity of 0'"):
        inventory_with_feedback([zero], MAPPINGS="capacity=plazas")


@pytest.mark.parametrize("params, label", [
    ({"MAPPINGS": "a=b|c=d"}, "'Field mappings, one per layer, separated by |' holds 2 mappings"),
    ({"NAME_BLACKLIST": "("}, "'Name blacklist (regular expression)' is not a valid regular expression"),
    ({"TYPE_WHITELIST": "nothing_like_this"}, "'Service type whitelist (comma-separated, empty = all)'"),
])
def test_messages_name_dialog_labels_not_ids(caremap_provider, params, label):
    with pytest.raises(QgsProcessingException) as err:
        inventory_with_feedback([registry_layer()], **params)
    message = str(err.value)
    assert label in message, message
    for pid in ("MAPPINGS", "NAME_BLACKLIST", "TYPE_WHITELIST", "INPUTS"):
        assert pid not in message, message


def test_osm_services_for_caregivers(caremap_provider):
    """Services for the caregivers themselves (issue 14): an outreach centre for women tagged
    amenity=social_facility (the social_facility row wins over the generic amenity row), a
    public washing place (community laundry) and counselling come out as target group
    caregivers, which the inventory accepts."""
    out = {r["name"]: r for r in rows(run("osmsupply", {"INPUT": OSM, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])}
    assert (out["row14 caregiver_support"]["service_type"], out["row14 caregiver_support"]["target_group"]) == \
        ("caregiver_support", "caregivers")
    assert out["row30 community_laundry"]["target_group"] == "caregivers"
    assert out["row30 community_laundry"]["sphere"] == "community"
    assert out["row31 psychosocial_support"]["target_group"] == "caregivers"
    from caremap.kernels import supply
    assert "caregivers" in supply.TARGET_GROUPS
