"""Help texts of the parameters that several CareMap algorithms share (the tooltip in
the dialogs, the line in `qgis_process help`, the algorithm reference). An algorithm's
own PARAM_HELP adds or overrides entries. Help speaks of what the dialog shows (labels
and readable choices), never of parameter ids."""


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name the string extractor knows)
    """Mark ``text`` for translation where it is defined; translated where it is shown."""
    return text


# Help of the parameters that several algorithms share (tooltips in the dialogs, and
# `qgis_process help`); an algorithm's PARAM_HELP adds or overrides entries.
COMMON_PARAM_HELP = {
    "COST_MODE": QT_TRANSLATE_NOOP("CareMap", "How the travel between people and facilities is measured: along the straight line (times the detour factor), along the road network (shortest paths on 'Road network (lines)'), read from a cost table made by another tool, or by public transport from a timetable in the standard GTFS format (walking to a stop, waiting, riding, changing, walking to the facility; in minutes). Typical: the road network for walking to childcare; the straight line for a first look."),
    "NETWORK": QT_TRANSLATE_NOOP("CareMap", "Road or footpath line layer, used when travel is measured along the road network; lines connect where they share a vertex (at their ends or inside). Typical: the OpenStreetMap streets of the city (CareMap's street network from OpenStreetMap)."),
    "SPEED": QT_TRANSLATE_NOOP("CareMap", "Travel speed in km/h: it turns metres into minutes, and gives a speed to roads that have none. With public transport it is the walking speed of the walks to, from and between stops. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town."),
    "SPEED_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional numeric field of the road network with the speed of each road in km/h; roads without a valid speed use the travel speed. Typical: empty for walking, maxspeed for driving."),
    "ONEWAY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of the road network marking one-way roads: 1 or yes = only in the direction the line was drawn, -1 = only in reverse, anything else = both ways. Ignored when walking. Typical: oneway (OpenStreetMap)."),
    "SPEED_CLASS_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field of the road network with the road class; with 'Speed per road class' it gives each class its speed where the speed field gives none. Typical: highway (OpenStreetMap)."),
    "SPEED_TABLE": QT_TRANSLATE_NOOP("CareMap", "Speed in km/h for each road class of the road class field, as class:speed items separated by commas. Typical: 'primary:50,residential:30,footway:5'."),
    "OD_TABLE": QT_TRANSLATE_NOOP("CareMap", "Travel cost table, used when costs come from a table: one row per pair of demand unit and facility (e.g. from ORS Tools, QNEAT3, r5py or OSRM); pairs missing from the table are out of reach. The demand units and the facilities then need an id field each. Typical: walking times from ORS Tools."),
    "OD_ORIGIN_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the cost table with the demand unit's id (matched with the demand unit id field). Typical: origin_id."),
    "OD_DEST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the cost table with the facility's id (matched with the facility id field). Typical: destination_id."),
    "OD_COST_FIELD": QT_TRANSLATE_NOOP("CareMap", "Numeric field of the cost table with the travel cost of each pair, already in the cost unit. Typical: travel time in minutes."),
    "COST_UNIT": QT_TRANSLATE_NOOP("CareMap", "Unit of the costs and of the thresholds: minutes or meters (minutes = metres / the travel speed). Typical: minutes."),
    "DETOUR": QT_TRANSLATE_NOOP("CareMap", "For straight-line costs, how much longer real routes are than the straight line (route length / straight distance, at least 1). Typical: 1.3 in a city grid."),
    "SNAP_DISTANCE": QT_TRANSLATE_NOOP("CareMap", "Largest distance in metres from a point to the road network: a point joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part; smaller disconnected pieces are never joined), and the walk to it is counted. Points farther away reach nothing by road and are flagged (off_network). Typical: 500 m."),
    "NETWORK_TOLERANCE": QT_TRANSLATE_NOOP("CareMap", "Road lines join only where they share a vertex (0, the default), so a bridge never joins the street it crosses. A value above 0 also joins vertices closer than this many metres, for a layer drawn without snapping. Typical: 0 (OpenStreetMap, or CareMap's street network from OpenStreetMap)."),
    "DEMAND_ID_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the demand layer with a unique id, used only when costs come from a table, to find each unit's rows. Typical: the census block code."),
    "SUPPLY_ID_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the facility layer with a unique id, used only when costs come from a table, to find each facility's rows. Typical: the registry code of the facility."),
    "SEARCH_LIMIT": QT_TRANSLATE_NOOP("CareMap", "How far, in the cost unit, the cost to the nearest facility (cost_nearest) is searched, beyond the threshold; units with no facility within it get NULL. 0 = automatic: four times the threshold, but at least 60 minutes (5,000 m when costs are in metres). Typical: 0."),
    "GTFS_FEED": QT_TRANSLATE_NOOP("CareMap", "The public transport timetable in the standard GTFS format: a zip file, or a folder holding its text files (stops, trips, stop times, calendar; frequencies when buses run every few minutes). Used when travel is measured by public transport. Typical: the city's published feed, or one made by CareMap's synthetic public transport feed from bus routes and stops."),
    "DEPARTURE": QT_TRANSLATE_NOOP("CareMap", "Date and time of leaving home, as YYYY-MM-DD HH:MM in the local time of the feed; the date picks the day's services from the feed's calendar, and must be a day the feed runs. Typical: a weekday of the feed's period at 07:30, when caregivers take children to care."),
    "WINDOW": QT_TRANSLATE_NOOP("CareMap", "Minutes after the departure also tried: every minute from the departure to the departure plus this many minutes, since a caregiver does not leave at the best minute for the bus. 0 = only the departure minute. Typical: 60 (one hour)."),
    "PERCENTILE": QT_TRANSLATE_NOOP("CareMap", "Which of the travel times over the window's minutes is the cost: 50 = the median (half of the minutes are faster), higher = a more cautious time that holds on most days. Typical: 50."),
    "MAX_WALK": QT_TRANSLATE_NOOP("CareMap", "Longest walk in metres to the first stop, from the last stop, and between two stops when changing (each walk on its own, inclusive); walking the whole way is always possible, with no limit. Typical: 1000 m."),
    "ACCESS_MODE": QT_TRANSLATE_NOOP("CareMap", "How the walks to, from and between stops are measured: along the straight line times the detour factor, or along the road network (then choose the road network). Typical: the straight line for a first look, the road network for a study."),
    "DISTRICT_LAYER": QT_TRANSLATE_NOOP("CareMap", "Optional polygon layer of districts. When the units have no district field of their own, each unit gets the district its point on surface lies in (a point on a shared border goes to the district east of it, or north of an east-west border; units in no district get NULL, counted in a warning) and the output units carry it as the field district. The district summary is also written onto these polygons, to map it. Typical: the localities or communes of the city."),
    "DISTRICT_LAYER_FIELD": QT_TRANSLATE_NOOP("CareMap", "Field of the district polygons with the district names: the names given to the units by location, or matched with the values of the units' district field; empty = a field with the same name as the units' district field. Typical: district, or the locality name."),
    "OUTPUT_DISTRICTS": QT_TRANSLATE_NOOP("CareMap", "The district summary written onto the district polygons, to map it; made only when district polygons are given (a temporary layer by default). Typical: a temporary layer, or a GeoPackage to keep."),
}

# Appended to the help of every layer parameter (layer_io.csv_files; README, "CSV files").
CSV_LAYER_HELP = QT_TRANSLATE_NOOP("CareMap", "A CSV file path works too (.csv, .txt, .tsv): columns lon/lat, x/y or longitude/latitude (or a WKT column) give points in EPSG:4326; for other coordinates add the CRS after the path ('blocks.csv|crs=EPSG:31983') or put a .prj file next to it. Numbers are read as numbers; in files separated by ';' or tabs also with a decimal comma (12,5 and 1.234,5).")
