"""The care blocks of caremap:report (issue 14): the optional outputs of
caremap:careblocks (its units, block anchors, alternate buildings and areas of
influence), a sentence on the coverage of both groups before and after, and a map page
with the areas of influence, anchors and alternates over the districts and streets.

The figures come from ``kernels.careblocks.plan_figures`` on the units output (the
fields the run read are recognised by ``kernels.careblocks.identify_group_field``);
here they are only read, worded and styled."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
)

from ..kernels import careblocks as kblocks
from ..kernels import time_figures
from . import layer_io
from .base import QT_TRANSLATE_NOOP, tr, trn
from .cost_params import advanced
from .report_text import num, pct

PARAMS = ("BLOCK_UNITS", "BLOCK_ANCHORS", "BLOCK_ALTERNATES", "BLOCK_INFLUENCE")

PARAM_HELP = {
    "BLOCK_UNITS": QT_TRANSLATE_NOOP("CareMap", "Optional units output of 'Care blocks' (units with their block), for the sentence on the people who need care and the caregivers the blocks reach, before and after; empty = the report's units when they are that output. Typical: the 'Units with their block' layer of 'Care blocks'."),
    "BLOCK_ANCHORS": QT_TRANSLATE_NOOP("CareMap", "Optional block anchors of 'Care blocks', drawn on the care blocks map (new blocks and blocks already open). Typical: the 'Block anchors' layer of 'Care blocks'."),
    "BLOCK_ALTERNATES": QT_TRANSLATE_NOOP("CareMap", "Optional alternate buildings of 'Care blocks', drawn on the care blocks map. Typical: the 'Alternate buildings' layer of 'Care blocks'."),
    "BLOCK_INFLUENCE": QT_TRANSLATE_NOOP("CareMap", "Optional areas of influence of 'Care blocks', drawn on the care blocks map under the anchors. Typical: the 'Areas of influence' layer of 'Care blocks'."),
}

INFLUENCE_COLOUR = "#56B4E9"   # sky blue, translucent: the walk around each block
NEW_ANCHOR_COLOUR = "#0072B2"
OPEN_ANCHOR_COLOUR = "#009E73"
ALTERNATE_COLOUR = "#E69F00"


def add_parameters(alg):
    """The four optional careblocks layers, Advanced."""
    P = QgsProcessing.SourceType
    for name, label, kinds in (
            ("BLOCK_UNITS", tr("Care blocks: units with their block"), [P.TypeVectorPolygon, P.TypeVectorPoint]),
            ("BLOCK_ANCHORS", tr("Care blocks: block anchors"), [P.TypeVectorPoint]),
            ("BLOCK_ALTERNATES", tr("Care blocks: alternate buildings"), [P.TypeVectorPoint]),
            ("BLOCK_INFLUENCE", tr("Care blocks: areas of influence"), [P.TypeVectorPolygon])):
        alg.addParameter(advanced(QgsProcessingParameterFeatureSource(name, label, kinds, optional=True)))


def time_fields(names):
    """The units' time fields the report reads (covered_<label> of each caregivers' window,
    temporal_desert), never the flags of a careblocks units output (covered_before, ...)."""
    prefix = time_figures.COVERED_PREFIX
    return [prefix + w for w in time_figures.window_labels(names) if prefix + w not in kblocks.UNIT_FIELDS] + (
        [time_figures.TEMPORAL_DESERT_FIELD] if time_figures.TEMPORAL_DESERT_FIELD in names else [])


def given(parameters, name):
    return parameters.get(name) not in (None, "")


def read_plan(alg, parameters, context, feedback, unit_names):
    """``kernels.careblocks.plan_figures`` of the careblocks units output (the parameter,
    else the report's units when they carry its fields), with the fields the run read;
    None when there is none."""
    name = "BLOCK_UNITS" if given(parameters, "BLOCK_UNITS") else "UNITS"
    names = layer_io.get_source(alg, parameters, name, context).fields().names() if name != "UNITS" else unit_names
    if not kblocks.is_units_output(names):
        if name == "UNITS":
            return None
        missing = [f for f in kblocks.UNIT_FLAG_FIELDS + kblocks.UNIT_PEOPLE_FIELDS if f not in names]
        raise QgsProcessingException(tr(
            "{0}: layer {1} has no field {2}. Give the 'Units with their block' output of Care blocks, or leave "
            "it empty.").format(alg.label(name), layer_io.layer_label(alg, name, alg.parameterAsSource(
                parameters, name, context)), ", ".join(missing)))
    source = layer_io.get_source(alg, parameters, name, context)
    numeric = [f.name() for f in source.fields() if f.isNumeric() and f.name().lower() != "fid"]  # not a GeoPackage id
    units = layer_io.read_points(alg, parameters, name, context, feedback, numeric=numeric, allow_nulls=True)
    col = units.numeric
    own = {n: col[n] for n in numeric if n not in kblocks.UNIT_FIELDS}
    dep = kblocks.identify_group_field(own, col["covered_dependants"], col["covered_after"],
                                       prefer=kblocks.DEFAULT_DEPENDANTS_FIELD)
    care = kblocks.identify_group_field(own, col["covered_caregivers"], col["covered_after"],
                                        prefer=kblocks.DEFAULT_CAREGIVERS_FIELD, exclude=(dep,))
    nan_block = col.get("block")
    if nan_block is None:
        raise QgsProcessingException(tr("{0}: layer {1} has no field block. Give the 'Units with their block' "
                                        "output of Care blocks.").format(alg.label(name), units.layer_name))
    plan = kblocks.plan_figures(nan_block, col["covered_before"], col["covered_after"], col["covered_dependants"],
                                col["covered_caregivers"], own.get(dep), own.get(care),
                                block_before=col.get("block_before"))
    plan["dependants_field"], plan["caregivers_field"], plan["layer_name"] = dep, care, units.layer_name
    return plan


def sentence(plan):
    """'5 care blocks reach 29,607 people who need care (14.4%) and 59,960 caregivers
    (13.6%); before them, ...' with the numbers of ``plan``."""
    def share(v):
        return "" if v is None else f" ({pct(v)})"

    blocks = plan["new_blocks"] + plan["open_blocks"]
    if plan["open_blocks"]:
        head = trn("%n new care block(s)", plan["new_blocks"]) + " " + trn("and %n already open",
                                                                         plan["open_blocks"])
    else:
        head = trn("%n care block(s)", plan["new_blocks"])
    # the verb agrees with the blocks (one string each, so that each language words it)
    text = (tr("{0} reaches {1} people who need care{2} and {3} caregivers{4}") if blocks == 1 else
            tr("{0} reach {1} people who need care{2} and {3} caregivers{4}")).format(
        head, num(plan["dependants_covered_after"]), share(plan["dependants_share_after"]),
        num(plan["caregivers_covered_after"]), share(plan["caregivers_share_after"]))
    if plan["open_blocks"]:
        text += "; " + tr("before the new ones, {0} people who need care{1} and {2} caregivers{3} were within "
                          "reach of a block.").format(
            num(plan["dependants_covered_before"]), share(plan["dependants_share_before"]),
            num(plan["caregivers_covered_before"]), share(plan["caregivers_share_before"]))
    else:
        text += "; " + tr("before them, no care block reached anyone.")
    if plan["dependants_share_after"] is None or plan["caregivers_share_after"] is None:
        text += " " + tr("(The shares need the fields the Care blocks run read, which layer {0} does not have.)").format(
            plan["layer_name"])
    return text


def _points(layer, colour, size, name):
    clone = layer.clone()
    clone.setName(name)
    clone.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": colour, "outline_color": "white", "size": str(size)})))
    return clone


def _anchors(layer):
    """The anchors: new blocks and blocks already open, only the kinds that occur (field
    existing); one symbol when the layer has no such field."""
    idx = layer.fields().lookupField("existing")
    if idx < 0:
        return _points(layer, NEW_ANCHOR_COLOUR, 3.2, tr("Block anchors"))
    present = {int(v) for v in layer.uniqueValues(idx) if v is not None and str(v) not in ("", "NULL")}
    cats = []
    for value, colour, label in ((0, NEW_ANCHOR_COLOUR, tr("New block anchor")),
                                 (1, OPEN_ANCHOR_COLOUR, tr("Anchor of a block already open"))):
        if value in present:
            sym = QgsMarkerSymbol.createSimple({"name": "star" if value == 0 else "circle", "color": colour,
                                                "outline_color": "white", "size": "5.5" if value == 0 else "4.0"})
            cats.append(QgsRendererCategory(value, sym, label))
    clone = layer.clone()
    clone.setName(tr("Block anchors"))
    clone.setRenderer(QgsCategorizedSymbolRenderer("existing", cats))
    return clone


def map_layers(alg, parameters, context):
    """The styled careblocks layers of the map, drawn top first: (points, areas); None
    when neither anchors nor areas of influence are given."""
    def get(name):
        return alg.parameterAsVectorLayer(parameters, name, context) if given(parameters, name) else None

    anchors, alternates, influence = get("BLOCK_ANCHORS"), get("BLOCK_ALTERNATES"), get("BLOCK_INFLUENCE")
    if anchors is None and influence is None:
        return None
    points = []
    if anchors is not None and anchors.featureCount():
        points.append(_anchors(anchors))
    if alternates is not None and alternates.featureCount():
        points.append(_points(alternates, ALTERNATE_COLOUR, 2.0, tr("Alternate buildings")))
    areas = []
    if influence is not None and influence.featureCount():
        clone = influence.clone()
        clone.setName(tr("Area of influence (walk to the block)"))
        sym = QgsFillSymbol.createSimple({"color": INFLUENCE_COLOUR, "outline_color": "#1f6f99",
                                          "outline_width": "0.35"})
        sym.setOpacity(0.45)
        clone.setRenderer(QgsSingleSymbolRenderer(sym))
        areas.append(clone)
    return (points, areas) if points or areas else None


def map_spec(alg, parameters, context, plan):
    """The care blocks map for ``report_layout.map_specs``' list, or None."""
    styled = map_layers(alg, parameters, context)
    if styled is None:
        return None
    points, areas = styled
    return {"key": "blocks", "title": tr("Care blocks"), "layer": (areas or points)[0], "points": points,
            "areas": areas, "note": sentence(plan) if plan else tr(
                "Each block: an anchor building, the buildings around it and the area within the walking radius.")}


def method_rows(alg, parameters, context):
    """(what, layer name) of the careblocks layers given."""
    rows = []
    for name in PARAMS:
        layer = alg.parameterAsVectorLayer(parameters, name, context) if given(parameters, name) else None
        if layer is not None:
            rows.append((alg.parameterDefinition(name).description(), layer.name()))
    return rows
