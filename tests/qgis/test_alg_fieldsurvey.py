"""caremap:fieldsurvey through processing.run (issue 15 item 1): the package's GeoPackage
has the inventory schema plus the survey fields; the .qgz, opened with QgsProject, has the
form's drop-downs in the chosen language, the date default, the constraints, the
read-only reference and the base layers, with paths relative to the folder (it still
opens after the folder is moved); the XLSForm passes pyxform's conversion; an existing
package is never overwritten; bad input says what to do."""
import os
import re
import shutil
import zipfile

import pytest
from caremap.kernels import survey_schema
from layers import point_layer, polygon_layer, square
from qgis.core import (
    QgsFieldConstraints,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

import processing


def run(params):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("caremap:fieldsurvey", params, feedback=QgsProcessingFeedback(), context=context)


def registry():
    return point_layer([(-74.10, 4.60), (-74.11, 4.61)],
                       {"name": ["Jardín Los Pollitos", "Hogar San José"], "capacity": [40.0, 12.0]},
                       crs="EPSG:4326", name="facilities_registry")


@pytest.fixture
def package(caremap_provider, tmp_path):
    districts = polygon_layer([square(-74.12, 4.59, 0.03)], {"district": ["Kennedy"]}, crs="EPSG:4326",
                              name="Districts")
    res = run({"LANGUAGE": "es", "INVENTORY": registry(), "BASE_LAYERS": [districts], "TITLE": "Lugares de cuidado",
               "OUTPUT_FOLDER": str(tmp_path / "pkg")})
    return tmp_path / "pkg", res


def test_geopackage_has_the_schema_and_survey_fields(package):
    folder, res = package
    assert res["GEOPACKAGE"] == str(folder / "care_survey.gpkg")
    layer = QgsVectorLayer(f"{res['GEOPACKAGE']}|layername=care_places", "s", "ogr")
    assert layer.isValid() and layer.featureCount() == 0
    names = layer.fields().names()
    for f in ("name", "service_type", "sphere", "target_group", "capacity", "hours_per_day", "days_per_week",
              "fee", "source", "photo", "collector", "survey_date", "verification", "notes"):
        assert f in names, f
    assert layer.crs().authid() == "EPSG:4326"
    assert res["N_REFERENCE"] == 2 and res["N_BASE_LAYERS"] == 1
    assert (folder / "DCIM").is_dir()


def open_project(path):
    project = QgsProject()
    assert project.read(str(path)), project.error()
    return project


def test_project_form_widgets_defaults_constraints(package):
    folder, res = package
    project = open_project(res["PROJECT"])
    survey = project.mapLayersByName("Lugares de cuidado")[0]
    assert survey.isValid()
    fields = survey.fields()
    setup = survey.editorWidgetSetup(fields.indexOf("service_type"))
    assert setup.type() == "ValueMap"
    pairs = [next(iter(d.items())) for d in setup.config()["map"]]
    assert ("Jardín infantil, preescolar", "kindergarten") in pairs
    assert len(pairs) == len(survey_schema.CHOICES["service_type"])
    for name, first in (("sphere", ("Público", "public")), ("target_group", ("Niñas y niños", "children")),
                        ("days_per_week", ("1 día a la semana", "1")),
                        ("verification", ("Visitado: visto en persona", "visited"))):
        setup = survey.editorWidgetSetup(fields.indexOf(name))
        assert setup.type() == "ValueMap", name
        assert next(iter(setup.config()["map"][0].items())) == first, name
    assert survey.defaultValueDefinition(fields.indexOf("survey_date")).expression() == "now()"
    assert survey.defaultValueDefinition(fields.indexOf("source")).expression() == "'community_survey'"
    assert survey.constraintExpression(fields.indexOf("capacity")) == '"capacity" IS NULL OR "capacity" >= 0'
    constraints = fields.field("capacity").constraints()
    assert constraints.constraintStrength(QgsFieldConstraints.Constraint.ConstraintExpression) == \
        QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
    assert fields.field("collector").constraints().constraints() & QgsFieldConstraints.Constraint.ConstraintNotNull
    assert survey.attributeAlias(fields.indexOf("capacity")) == "Cupos (personas atendidas a la vez)"
    assert survey.editorWidgetSetup(fields.indexOf("photo")).type() == "ExternalResource"
    reference = project.mapLayersByName("Care places already known")[0]
    assert reference.readOnly() and reference.featureCount() == 2
    assert project.mapLayersByName("Districts")[0].featureCount() == 1


def test_constraint_refuses_negative_places(package):
    from qgis.core import QgsFeature, QgsVectorLayerUtils

    folder, res = package
    project = open_project(res["PROJECT"])
    survey = project.mapLayersByName("Lugares de cuidado")[0]
    feat = QgsFeature(survey.fields())
    feat["capacity"] = -3
    ok, _errors = QgsVectorLayerUtils.validateAttribute(survey, feat, survey.fields().indexOf("capacity"),
                                                         QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
    assert not ok
    feat["capacity"] = 15
    ok, _errors = QgsVectorLayerUtils.validateAttribute(survey, feat, survey.fields().indexOf("capacity"),
                                                         QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
    assert ok


def test_paths_are_relative_so_the_folder_can_be_copied_to_a_phone(package, tmp_path):
    folder, res = package
    with zipfile.ZipFile(res["PROJECT"]) as z:
        qgs = z.read(next(n for n in z.namelist() if n.endswith(".qgs"))).decode("utf-8")
    sources = [s for s in re.findall(r"<datasource>(.*?)</datasource>", qgs) if s]
    assert sources and all(s.startswith("./care_survey.gpkg") for s in sources), sources
    assert str(tmp_path) not in qgs
    moved = tmp_path / "phone" / "pkg"
    shutil.copytree(folder, moved)
    shutil.rmtree(folder)
    project = open_project(moved / "care_survey.qgz")
    assert all(layer.isValid() for layer in project.mapLayers().values())
    assert project.mapLayersByName("Care places already known")[0].featureCount() == 2


def test_xlsform_passes_pyxform(package):
    pyxform = pytest.importorskip("pyxform", reason="pyxform is in requirements-test.txt")
    from pyxform import xls2xform

    _folder, res = package
    result = xls2xform.convert(xlsform=res["XLSFORM"], validate=False)  # ODK Validate needs Java
    assert result.warnings == []
    xform = result.xform
    assert "Cupos (personas atendidas a la vez)" in xform and "Places (people cared for at the same time)" in xform
    assert 'constraint=". &gt;= 0"' in xform
    assert "/data/place/service_type" in xform.replace(re.search(r'<data id="[^"]+"', xform).group(0), "")
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(res["XLSFORM"])
    assert wb.sheetnames == ["survey", "choices", "settings"]
    settings = [c.value for c in next(wb["settings"].iter_rows(min_row=2, max_row=2))]
    assert "Español (es)" in settings and "Lugares de cuidado" in settings
    assert pyxform is not None


def test_no_overwrite_of_a_package_that_may_hold_places(package):
    folder, _res = package
    with pytest.raises(QgsProcessingException, match="already holds a survey package"):
        run({"OUTPUT_FOLDER": str(folder)})


def test_without_optional_inputs_and_in_english(caremap_provider, tmp_path):
    res = run({"OUTPUT_FOLDER": str(tmp_path / "bare")})
    assert res["N_REFERENCE"] == 0 and res["N_BASE_LAYERS"] == 0
    project = open_project(res["PROJECT"])
    assert [layer.name() for layer in project.mapLayers().values()] == ["Care places"]
    survey = project.mapLayersByName("Care places")[0]
    pairs = survey.editorWidgetSetup(survey.fields().indexOf("sphere")).config()["map"]
    assert pairs[0] == {"Public": "public"}
    assert os.path.isfile(res["XLSFORM"])


def test_bad_language_lists_the_valid_ones(caremap_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="en, es, pt, fr"):
        run({"LANGUAGE": "de", "OUTPUT_FOLDER": str(tmp_path / "x")})


def test_cancel_leaves_no_package(caremap_provider, tmp_path):
    """A cancelled run stops with the one cancel message and leaves no half-written package
    behind (no folder a collector could copy to a phone by mistake)."""
    from qgis.core import QgsProcessingException

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    with pytest.raises(QgsProcessingException, match="Canceled"):
        processing.run("caremap:fieldsurvey", {"LANGUAGE": "en", "INVENTORY": registry(),
                                               "OUTPUT_FOLDER": str(tmp_path / "pkg")},
                       feedback=feedback, context=context)
    assert not (tmp_path / "pkg").exists() or not any((tmp_path / "pkg").iterdir())


def test_form_language_defaults_to_the_language_qgis_runs_in(caremap_provider, monkeypatch):
    """A Spanish QGIS offers a Spanish form (seen in the dialog shots: it offered English)."""
    from caremap.processing import choices, help_links

    alg = caremap_provider.algorithm("fieldsurvey")
    monkeypatch.setattr(help_links, "running_language", lambda: "pt")
    fresh = alg.create()  # parameters are made at creation, in the language of that moment
    param = fresh.parameterDefinition("LANGUAGE")
    assert choices.static_value(param, param.defaultValue()) == "pt"
    monkeypatch.setattr(help_links, "running_language", lambda: "de")  # not a form language: English
    other = alg.create()
    param = other.parameterDefinition("LANGUAGE")
    assert choices.static_value(param, param.defaultValue()) == "en"


def test_base_layers_never_overwrite_the_survey_or_each_other(caremap_provider, tmp_path):
    # a base layer named like the survey layer ('CARE PLACES' -> care_places) and two base
    # layers whose names give the same table (Roads, roads): each keeps its own table, the
    # survey layer stays empty
    def base(x, name, n):
        return polygon_layer([square(x + i * 0.01, 4.59, 0.005) for i in range(n)], {"k": list(range(n))},
                             crs="EPSG:4326", name=name)

    res = run({"BASE_LAYERS": [base(-74.1, "CARE PLACES", 3), base(-74.0, "Roads", 1), base(-73.9, "roads", 2)],
               "INVENTORY": registry(), "OUTPUT_FOLDER": str(tmp_path / "pkg")})
    gpkg = res["GEOPACKAGE"]
    survey = QgsVectorLayer(f"{gpkg}|layername=care_places", "s", "ogr")
    assert survey.isValid() and survey.featureCount() == 0 and "verification" in survey.fields().names()
    assert QgsVectorLayer(f"{gpkg}|layername=reference_inventory", "r", "ogr").featureCount() == 2
    project = QgsProject()
    assert project.read(res["PROJECT"])
    counts = sorted((lay.name(), lay.featureCount()) for lay in project.mapLayers().values()
                    if lay.name() in ("CARE PLACES", "Roads", "roads"))
    assert counts == [("CARE PLACES", 3), ("Roads", 1), ("roads", 2)]
