"""The cost parameters shared by every algorithm that needs demand x facility costs
(caremap:accessibility, caremap:siting, caremap:unpaidcare; caremap:catchments takes the
network ones): one set of stable names (COST_MODE, NETWORK, SPEED, SPEED_FIELD,
ONEWAY_FIELD, SPEED_CLASS_FIELD, SPEED_TABLE, OD_TABLE, OD_*_FIELD, COST_UNIT, DETOUR,
SNAP_DISTANCE, NETWORK_TOLERANCE, SEARCH_LIMIT) with one meaning. Their help is in param_help.COMMON_PARAM_HELP;
what they compute is in processing/costs_io.py.

The dialog labels speak of what the user sees ("when costs are by road network", "in the
cost unit"), never of parameter ids, which only qgis_process and models show.
"""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..kernels import costs as kcosts
from .base import tr

COST_MODES = ("straight", "network", "table")
COST_UNITS = ("meters", "minutes")

NUMERIC = QgsProcessingParameterField.DataType.Numeric
ANY_FIELD = QgsProcessingParameterField.DataType.Any
DOUBLE = QgsProcessingParameterNumber.Type.Double


def advanced(param):
    param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return param


def add_cost_parameters(alg, demand_param="DEMAND", supply_param="SUPPLY", default_unit="minutes",
                        id_fields=False, search_limit=False):
    """Add the cost parameters of caremap:accessibility (stable names) to ``alg``; with
    ``id_fields`` also DEMAND_ID_FIELD / SUPPLY_ID_FIELD (advanced, for COST_MODE=table)
    on the layers ``demand_param`` / ``supply_param``; with ``search_limit`` also
    SEARCH_LIMIT (advanced), for an algorithm that writes the cost to the nearest facility."""
    if id_fields:
        alg.addParameter(advanced(QgsProcessingParameterField(
            "DEMAND_ID_FIELD", tr("Demand id field (for an OD table)"), parentLayerParameterName=demand_param,
            type=ANY_FIELD, optional=True)))
        alg.addParameter(advanced(QgsProcessingParameterField(
            "SUPPLY_ID_FIELD", tr("Facility id field (for an OD table)"), parentLayerParameterName=supply_param,
            type=ANY_FIELD, optional=True)))
    alg.addParameter(alg.static_enum("COST_MODE", tr("Cost: straight line, road network or OD table"),
                                     COST_MODES, "straight"))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "NETWORK", tr("Road network (lines), when costs are by road network"),
        [QgsProcessing.SourceType.TypeVectorLine], optional=True))
    alg.addParameter(QgsProcessingParameterNumber(
        "SPEED", tr("Speed (km/h); walking = 5.04"), DOUBLE, defaultValue=kcosts.WALK_SPEED_KMH, minValue=0.01))
    alg.addParameter(QgsProcessingParameterField(
        "SPEED_FIELD", tr("Speed field of the network (km/h)"), parentLayerParameterName="NETWORK",
        type=NUMERIC, optional=True))
    alg.addParameter(QgsProcessingParameterField(
        "ONEWAY_FIELD", tr("One-way field of the network (1/yes = digitised direction, -1 = reverse)"),
        parentLayerParameterName="NETWORK", type=ANY_FIELD, optional=True, defaultValue="oneway"))
    add_speed_class_parameters(alg)
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "OD_TABLE", tr("Origin-destination cost table, when costs come from a table"),
        [QgsProcessing.SourceType.TypeVector], optional=True))
    for name, desc, default in (("OD_ORIGIN_FIELD", tr("OD table: origin (demand id) field"), "origin_id"),
                                ("OD_DEST_FIELD", tr("OD table: destination (facility id) field"), "destination_id"),
                                ("OD_COST_FIELD", tr("OD table: cost field"), "cost")):
        alg.addParameter(QgsProcessingParameterField(
            name, desc, parentLayerParameterName="OD_TABLE", type=ANY_FIELD, optional=True, defaultValue=default))
    alg.addParameter(alg.static_enum("COST_UNIT", tr("Cost unit"), COST_UNITS, default_unit))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "DETOUR", tr("Straight line: detour factor (network / straight distance)"), DOUBLE,
        defaultValue=1.0, minValue=1.0)))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "SNAP_DISTANCE", tr("Network: largest distance from a point to the network (m)"), DOUBLE,
        defaultValue=500.0, minValue=0.0)))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "NETWORK_TOLERANCE", tr("Network: join line ends closer than (m; 0 = only lines that share a vertex)"),
        DOUBLE, defaultValue=0.0, minValue=0.0)))
    if search_limit:
        alg.addParameter(advanced(QgsProcessingParameterNumber(
            "SEARCH_LIMIT", tr("Search limit of the cost to the nearest facility (in the cost unit; 0 = automatic)"),
            DOUBLE, defaultValue=0.0, minValue=0.0)))


def add_speed_class_parameters(alg):
    """Optional per-class speeds (e.g. OSM highway), used where SPEED_FIELD gives none."""
    alg.addParameter(advanced(QgsProcessingParameterField(
        "SPEED_CLASS_FIELD", tr("Road class field of the network (e.g. highway)"),
        parentLayerParameterName="NETWORK", type=ANY_FIELD, optional=True, defaultValue="highway")))
    alg.addParameter(advanced(QgsProcessingParameterString(
        "SPEED_TABLE", tr("Speed per road class, km/h (e.g. 'primary:50,residential:30,footway:5')"),
        optional=True)))
