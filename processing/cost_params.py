"""The cost parameters shared by every algorithm that needs demand x facility costs
(caremap:accessibility, caremap:siting, caremap:unpaidcare; caremap:catchments takes the
network ones): one set of stable names (COST_MODE, NETWORK, SPEED, SPEED_FIELD,
ONEWAY_FIELD, SPEED_CLASS_FIELD, SPEED_TABLE, OD_TABLE, OD_*_FIELD, COST_UNIT, DETOUR,
SNAP_DISTANCE, NETWORK_TOLERANCE, SEARCH_LIMIT, and for public transport GTFS_FEED,
DEPARTURE, WINDOW, PERCENTILE, MAX_WALK, ACCESS_MODE) with one meaning. Their help is in param_help.COMMON_PARAM_HELP;
what they compute is in processing/costs_io.py.

The dialog labels speak of what the user sees ("Road network (lines)", "in the cost
unit"), never of parameter ids, which only qgis_process and models show. A planner sees
how travel is measured, the road network, the unit and the speed; the rest is advanced.
"""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..kernels import costs as kcosts
from ..kernels import transit as ktransit
from .base import tr

#: new modes go at the end: the dialog and models store the option's index
COST_MODES = ("straight", "network", "table", "transit")
#: how the walks of public transport (to, from and between stops) are measured
ACCESS_MODES = ("straight", "network")
INTEGER = QgsProcessingParameterNumber.Type.Integer
COST_UNITS = ("meters", "minutes")

NUMERIC = QgsProcessingParameterField.DataType.Numeric
ANY_FIELD = QgsProcessingParameterField.DataType.Any
DOUBLE = QgsProcessingParameterNumber.Type.Double


def advanced(param):
    param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return param


def add_cost_parameters(alg, demand_param="DEMAND", supply_param="SUPPLY", default_unit="minutes",
                        id_fields=False, search_limit=False):
    """Add the cost parameters of caremap:accessibility (stable names) to ``alg``, in the
    order a planner thinks (how travel is measured, the road network, the unit, the speed);
    everything else is advanced: the road network's speed, one-way and class fields, the
    cost table and its fields, with ``id_fields`` the id fields of the layers
    ``demand_param`` / ``supply_param`` that join it, the detour factor, the snap distance,
    the tolerance and, with ``search_limit``, SEARCH_LIMIT (for an algorithm that writes
    the cost to the nearest facility)."""
    alg.addParameter(alg.static_enum("COST_MODE", tr("How travel is measured"), COST_MODES, "straight"))
    add_network_parameter(alg)
    alg.addParameter(alg.static_enum("COST_UNIT", tr("Cost unit"), COST_UNITS, default_unit))
    add_speed_parameter(alg)
    add_transit_parameters(alg)
    add_road_speed_parameters(alg)
    alg.addParameter(advanced(QgsProcessingParameterFeatureSource(
        "OD_TABLE", tr("Travel cost table (when costs come from a table)"),
        [QgsProcessing.SourceType.TypeVector], optional=True)))
    for name, desc, default in (("OD_ORIGIN_FIELD", tr("Cost table: demand unit id field"), "origin_id"),
                                ("OD_DEST_FIELD", tr("Cost table: facility id field"), "destination_id"),
                                ("OD_COST_FIELD", tr("Cost table: cost field"), "cost")):
        alg.addParameter(advanced(QgsProcessingParameterField(
            name, desc, parentLayerParameterName="OD_TABLE", type=ANY_FIELD, optional=True, defaultValue=default)))
    if id_fields:
        alg.addParameter(advanced(QgsProcessingParameterField(
            "DEMAND_ID_FIELD", tr("Demand unit id field (for a cost table)"), parentLayerParameterName=demand_param,
            type=ANY_FIELD, optional=True)))
        alg.addParameter(advanced(QgsProcessingParameterField(
            "SUPPLY_ID_FIELD", tr("Facility id field (for a cost table)"), parentLayerParameterName=supply_param,
            type=ANY_FIELD, optional=True)))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "DETOUR", tr("Detour factor of straight-line costs (route / straight distance)"), DOUBLE,
        defaultValue=1.0, minValue=1.0)))
    add_snap_parameter(alg)
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "NETWORK_TOLERANCE", tr("Join road line ends closer than (m; 0 = only lines that share a vertex)"),
        DOUBLE, defaultValue=0.0, minValue=0.0)))
    if search_limit:
        alg.addParameter(advanced(QgsProcessingParameterNumber(
            "SEARCH_LIMIT", tr("Search limit for the nearest facility (in the cost unit; 0 = automatic)"),
            DOUBLE, defaultValue=0.0, minValue=0.0)))


def add_transit_parameters(alg, access_mode=True):
    """The public-transport parameters (advanced; read by processing/transit_io.py): the
    GTFS feed (a zip file or a folder), the departure as 'YYYY-MM-DD HH:MM' text (so that
    qgis_process and models pass it as is), the window of departure minutes, the percentile
    of the travel times over it, the longest walk and, with ``access_mode``, how walks are
    measured (the straight line x DETOUR at SPEED, or the road network NETWORK)."""
    alg.addParameter(advanced(QgsProcessingParameterFile(
        "GTFS_FEED", tr("Public transport feed (GTFS zip file or folder)"),
        behavior=QgsProcessingParameterFile.Behavior.File, fileFilter=tr("GTFS zip (*.zip);;All files (*)"),
        optional=True)))
    alg.addParameter(advanced(QgsProcessingParameterString(
        "DEPARTURE", tr("Public transport: departure (YYYY-MM-DD HH:MM, local time of the feed)"), optional=True)))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "WINDOW", tr("Public transport: departure window (minutes after the departure; 0 = that minute only)"),
        INTEGER, defaultValue=0, minValue=0)))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "PERCENTILE", tr("Public transport: percentile of the travel times over the window (50 = median)"),
        DOUBLE, defaultValue=ktransit.DEFAULT_PERCENTILE, minValue=0.0, maxValue=100.0)))
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "MAX_WALK", tr("Public transport: longest walk to, from or between stops (m)"), DOUBLE,
        defaultValue=ktransit.DEFAULT_MAX_WALK_M, minValue=0.0)))
    if access_mode:
        alg.addParameter(advanced(alg.static_enum(
            "ACCESS_MODE", tr("Public transport: walks measured along"), ACCESS_MODES, "straight")))


def add_network_parameter(alg):
    """The road network (optional: only the road-network cost mode needs it)."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "NETWORK", tr("Road network (lines)"), [QgsProcessing.SourceType.TypeVectorLine], optional=True))


def add_speed_parameter(alg):
    alg.addParameter(QgsProcessingParameterNumber(
        "SPEED", tr("Travel speed (km/h; walking = 5.04)"), DOUBLE, defaultValue=kcosts.WALK_SPEED_KMH,
        minValue=0.01))


def add_snap_parameter(alg, label=None):
    alg.addParameter(advanced(QgsProcessingParameterNumber(
        "SNAP_DISTANCE", label or tr("Largest distance from a point to the road network (m)"), DOUBLE,
        defaultValue=500.0, minValue=0.0)))


def add_road_speed_parameters(alg):
    """The road network's own speeds and one-way roads (advanced): a speed field, a
    one-way field, and per-class speeds (e.g. OSM highway), used where the speed field
    gives none."""
    alg.addParameter(advanced(QgsProcessingParameterField(
        "SPEED_FIELD", tr("Speed field of the road network (km/h)"), parentLayerParameterName="NETWORK",
        type=NUMERIC, optional=True)))
    alg.addParameter(advanced(QgsProcessingParameterField(
        "ONEWAY_FIELD", tr("One-way field of the road network"),
        parentLayerParameterName="NETWORK", type=ANY_FIELD, optional=True, defaultValue="oneway")))
    add_speed_class_parameters(alg)


def add_speed_class_parameters(alg):
    """Optional per-class speeds (e.g. OSM highway), used where SPEED_FIELD gives none."""
    alg.addParameter(advanced(QgsProcessingParameterField(
        "SPEED_CLASS_FIELD", tr("Road class field of the road network (e.g. highway)"),
        parentLayerParameterName="NETWORK", type=ANY_FIELD, optional=True, defaultValue="highway")))
    alg.addParameter(advanced(QgsProcessingParameterString(
        "SPEED_TABLE", tr("Speed per road class (km/h)"),
        optional=True)))
