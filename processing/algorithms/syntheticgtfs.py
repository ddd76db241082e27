"""caremap:syntheticgtfs — a GTFS feed from bus route lines and stop points, for a
municipality that publishes none (issue 13 item 2).

Thin adapter: the route lines and stops read by layer_io (a layer in degrees is
reprojected to the local UTM zone, logged, so the snap distance is in metres), the stops'
WGS84 coordinates for stops.txt, the rules of kernels/synthetic_gtfs.py, the zip written by
its writer. Stop ids are ``stop_<feature id>`` and route ids ``route_<feature id>`` of the
user's layers, so the feed joins back to them.
"""
import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...kernels import synthetic_gtfs as ksg
from .. import layer_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import ANY_FIELD, DOUBLE, advanced
from ..params import progress_callback


class SyntheticGtfsAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "syntheticgtfs"
    DISPLAY_NAME = "Synthetic public transport feed (GTFS)"
    GROUP_ID = "access"
    TAGS = ("GTFS,public transport,bus,routes,stops,timetable,frequencies,headway,transit,synthetic,"
            "Care Georeferencing Tool")
    HELP = (
        "How long does a caregiver take by bus when the city publishes no timetable? From the bus route lines "
        "and the bus stops you have, this writes a public transport feed in the standard GTFS format (a zip "
        "file) that CareMap's public transport travel times, and other tools, can read. Each stop near a "
        "route is one of its stops, in order along the line; the bus runs at the given speed, waits at each "
        "stop, and leaves every few minutes during the service hours, in both directions.\n\n"
        "How to read the results: the zip holds the feed's tables: stops.txt (the stops used, stop_id = "
        "stop_ plus the feature id of your stop, in longitude and latitude), routes.txt (one row per route, "
        "route_id = route_ plus the feature id of your line, its name from the route name field), trips.txt "
        "(one trip per route and direction: direction_id 0 as the line is drawn, 1 the way back), "
        "stop_times.txt (the times of the first bus of each trip and shape_dist_traveled, metres along the "
        "line), frequencies.txt (from the first bus to the end of service, headway_secs between buses) and "
        "calendar.txt (every day of the week). The log and the figures count the routes and stops written, "
        "the stops near no route and the routes left out.\n\n"
        "Example: a 2 km route with stops at 0, 1 and 2 km, at 16 km/h: 1 km takes 3 min 45 s, plus 25 s at "
        "the middle stop, so the bus reaches the end 7 min 55 s after it leaves. With a bus every 15 minutes "
        "from 05:00, a caregiver at the first stop at 07:03 waits until 07:15 and arrives at 07:22:55: 19.9 "
        "minutes.\n\n"
        "Good to know:\n"
        "- The times are an estimate of a regular service, not the real timetable: buses leave exactly every "
        "headway, at the same speed all day (no rush hour). The defaults (40 m, 16 km/h, 25 s, every 15 "
        "minutes, 05:00 to 23:00) are those of the Care Georeferencing Tool.\n"
        "- A stop farther than the snap distance from every route is left out (counted in a warning); move it "
        "or raise the distance. A route with fewer than 2 stops near it is left out (counted).\n"
        "- A stop on two routes is one stop of both, where a caregiver can change buses. A route that passes "
        "a stop twice (a loop) stops there once, where it passes nearest.\n"
        "- A service end before its start runs past midnight (05:00 to 01:00 ends at 01:00 the next morning).\n"
        "- The feed's time zone says UTC: its times are your city's local clock."
    )

    PARAM_HELP = {
        "ROUTES": QT_TRANSLATE_NOOP("CareMap", "Line layer of the bus routes, one line per route (a route of several parts is followed part after part, in their order). Typical: routes digitised over the city's map, or OpenStreetMap bus routes."),
        "ROUTE_NAME_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field with each route's name or number, written as the route's name in the feed; empty = the routes are numbered in layer order. Typical: name or ref."),
        "STOPS": QT_TRANSLATE_NOOP("CareMap", "Point layer of the bus stops. Each stop belongs to every route that passes within the snap distance. Typical: stops surveyed or taken from OpenStreetMap (highway=bus_stop)."),
        "SPEED": QT_TRANSLATE_NOOP("CareMap", "Average speed of the bus between stops, in km/h. Typical: 16 km/h (the Care Georeferencing Tool's value for city buses)."),
        "HEADWAY": QT_TRANSLATE_NOOP("CareMap", "Minutes between two buses of a route in each direction. Typical: 15 minutes."),
        "START": QT_TRANSLATE_NOOP("CareMap", "Time the first bus of each route leaves its first stop, as HH:MM (24-hour clock). Typical: 05:00."),
        "END": QT_TRANSLATE_NOOP("CareMap", "Time of the end of service, as HH:MM: no bus leaves its first stop at or after it; a time before the first bus means after midnight. Typical: 23:00."),
        "SNAP_DISTANCE": QT_TRANSLATE_NOOP("CareMap", "Largest distance in metres between a stop and a route's line for the stop to be one of its stops (inclusive). Typical: 40 m (the Care Georeferencing Tool's value)."),
        "DWELL": QT_TRANSLATE_NOOP("CareMap", "Seconds the bus waits at each stop between the first and the last, for people to get on and off. Typical: 25 s."),
        "ONEWAY_FIELD": QT_TRANSLATE_NOOP("CareMap", "Optional field marking routes that run only in the direction the line is drawn (yes, 1 or true); empty, no or 0 = both directions. Typical: empty (every route runs both ways)."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The GTFS feed written as a zip file (agency, stops, routes, trips, stop_times, calendar and frequencies). Typical: a file such as city_buses_gtfs.zip."),
        "ROUTES_WRITTEN": QT_TRANSLATE_NOOP("CareMap", "Number of routes in the feed (with at least 2 stops)."),
        "STOPS_WRITTEN": QT_TRANSLATE_NOOP("CareMap", "Number of stops in the feed (each near at least one route written)."),
        "STOPS_ON_NO_ROUTE": QT_TRANSLATE_NOOP("CareMap", "Number of stops left out because no route passes within the snap distance."),
        "ROUTES_SKIPPED": QT_TRANSLATE_NOOP("CareMap", "Number of routes left out because fewer than 2 stops are near them."),
    }

    FIGURES = (("ROUTES_WRITTEN", QT_TRANSLATE_NOOP("CareMap", "Routes written")),
               ("STOPS_WRITTEN", QT_TRANSLATE_NOOP("CareMap", "Stops written")),
               ("STOPS_ON_NO_ROUTE", QT_TRANSLATE_NOOP("CareMap", "Stops near no route")),
               ("ROUTES_SKIPPED", QT_TRANSLATE_NOOP("CareMap", "Routes left out")))

    def initAlgorithm(self, config=None):
        T = QgsProcessing.SourceType
        # what: the routes and the stops; how: speed, headway, hours; expert: snapping, dwell, one-way
        self.addParameter(QgsProcessingParameterFeatureSource("ROUTES", self.tr("Bus routes (lines)"),
                                                              [T.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            "ROUTE_NAME_FIELD", self.tr("Route name (field; empty = numbered)"), parentLayerParameterName="ROUTES",
            type=ANY_FIELD, optional=True, defaultValue="name"))
        self.addParameter(QgsProcessingParameterFeatureSource("STOPS", self.tr("Bus stops (points)"),
                                                              [T.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterNumber("SPEED", self.tr("Bus speed (km/h)"), DOUBLE,
                                                       ksg.DEFAULT_SPEED_KMH, minValue=0.001))
        self.addParameter(QgsProcessingParameterNumber("HEADWAY", self.tr("Minutes between buses"), DOUBLE,
                                                       ksg.DEFAULT_HEADWAY_MIN, minValue=0.02))
        self.addParameter(QgsProcessingParameterString("START", self.tr("First bus (HH:MM)"), ksg.DEFAULT_START))
        self.addParameter(QgsProcessingParameterString("END", self.tr("End of service (HH:MM)"), ksg.DEFAULT_END))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "SNAP_DISTANCE", self.tr("Largest distance from a stop to its route (m)"), DOUBLE, ksg.DEFAULT_SNAP_M,
            minValue=0.0)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "DWELL", self.tr("Time at each stop (seconds)"), DOUBLE, ksg.DEFAULT_DWELL_S, minValue=0.0)))
        self.addParameter(advanced(QgsProcessingParameterField(
            "ONEWAY_FIELD", self.tr("One-way routes (field; empty = both directions)"),
            parentLayerParameterName="ROUTES", type=ANY_FIELD, optional=True, defaultValue="oneway")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("Public transport feed (GTFS zip)"), self.tr("GTFS zip (*.zip)")))
        for name, label in self.FIGURES:
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))  # labels marked above

    def processAlgorithm(self, parameters, context, feedback):
        name_field = self.parameterAsString(parameters, "ROUTE_NAME_FIELD", context)
        oneway_field = self.parameterAsString(parameters, "ONEWAY_FIELD", context)
        start = self.parameterAsString(parameters, "START", context)
        end = self.parameterAsString(parameters, "END", context)
        for key, text in (("START", start), ("END", end)):
            try:
                ksg.parse_clock(text)
            except ValueError:
                self.fail(self.tr("{0}: '{1}' is not a time of day. Write it as HH:MM on a 24-hour clock, e.g. "
                                  "05:00 or 23:00.").format(self.label(key), text))
        try:
            ksg.service_seconds(start, end)
        except ValueError:
            self.fail(self.tr("{0} and {1} are both {2}: no bus would run. Give the end of service, e.g. {3}.").format(
                self.label("START"), self.label("END"), start, ksg.DEFAULT_END))
        routes = layer_io.read_lines(self, parameters, "ROUTES", context, feedback,
                                     text=[f for f in (name_field, oneway_field) if f])
        stops = layer_io.read_points(self, parameters, "STOPS", context, feedback, target_crs=routes.crs)
        self.check_canceled(feedback)
        one_way = None
        if oneway_field:
            try:
                one_way = ksg.parse_one_way(routes.text[oneway_field])
            except ValueError as err:
                self.fail(self.tr("Field '{0}' of layer {1}: {2}. Use yes or 1 for a route that runs only as drawn, "
                                  "no, 0 or empty for both directions.").format(oneway_field, routes.layer_name, err))
        lon, lat = layer_io.transform_xy(stops.x, stops.y, routes.crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                         context)
        parts = [[] for _ in range(routes.n)]
        for k, r in enumerate(routes.part_row):
            parts[r].append(routes.xy[routes.part_offsets[k]:routes.part_offsets[k + 1]])
        names = routes.text[name_field] if name_field else None
        feedback.setProgress(10)
        try:
            feed = ksg.build_feed(
                parts, stops.xy, np.column_stack([lon, lat]),
                snap_m=self.parameterAsDouble(parameters, "SNAP_DISTANCE", context),
                speed_kmh=self.parameterAsDouble(parameters, "SPEED", context),
                dwell_s=self.parameterAsDouble(parameters, "DWELL", context),
                headway_min=self.parameterAsDouble(parameters, "HEADWAY", context),
                start=start, end=end, one_way=one_way, route_names=names,
                route_ids=[f"route_{fid}" for fid in routes.fid], stop_ids=[f"stop_{fid}" for fid in stops.fid],
                feedback=progress_callback(feedback, 10, 80))
        except InterruptedError:
            self.fail(self.tr("Canceled by the user."))
        except ValueError as err:
            self.fail(self.tr("Synthetic public transport feed: {0}").format(err))
        report = feed.report
        dwell = self.parameterAsDouble(parameters, "DWELL", context)
        if ksg.whole_dwell(dwell) != dwell:
            feedback.pushInfo(self.tr("{0}: {1:g} s is written as {2} s at every stop (GTFS times are whole "
                                      "seconds).").format(self.label("DWELL"), dwell, ksg.whole_dwell(dwell)))
        snap = self.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        lost = report["stops_on_no_route"]
        if len(lost):
            feedback.pushWarning(self.trn(
                "%n stop(s) of layer {0} farther than {1:g} m ({2}) from every route of layer {3}: left out of "
                "the feed.", len(lost)).format(stops.layer_name, snap, self.label("SNAP_DISTANCE"), routes.layer_name))
            feedback.pushInfo(self.tr("Feature ids of stops left out: {0}").format(
                ", ".join(str(v) for v in stops.fid[lost[:20]]) + (" ..." if len(lost) > 20 else "")))
        skipped = report["routes_skipped"]
        if len(skipped):
            feedback.pushWarning(self.trn(
                "%n route(s) of layer {0} with fewer than 2 stops within {1:g} m: left out of the feed.",
                len(skipped)).format(routes.layer_name, snap))
            feedback.pushInfo(self.tr("Feature ids of routes left out: {0}").format(
                ", ".join(str(v) for v in routes.fid[skipped[:20]]) + (" ..." if len(skipped) > 20 else "")))
        if report["routes_written"] == 0:
            self.fail(self.tr("No route of layer {0} has 2 stops of layer {1} within {2:g} m ({3}), so there is no "
                              "bus to write. Check that both layers show the same streets, or raise the distance.")
                      .format(routes.layer_name, stops.layer_name, snap, self.label("SNAP_DISTANCE")))
        self.check_canceled(feedback)
        feedback.setProgress(90)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        try:
            ksg.write_zip(feed, path)
        except OSError as err:
            self.fail(self.tr("The feed could not be written to {0}: {1}. Choose another file or folder.").format(
                path, err))
        feedback.pushInfo(self.tr("Feed written to {0}: {1}, {2}, {3}.").format(
            path, self.trn("%n route(s)", report["routes_written"]), self.trn("%n stop(s)", report["stops_written"]),
            self.trn("%n trip(s) with their frequencies", report["trips_written"])))
        feedback.setProgress(100)
        return {"OUTPUT": path,
                "ROUTES_WRITTEN": self.figure(report["routes_written"]),
                "STOPS_WRITTEN": self.figure(report["stops_written"]),
                "STOPS_ON_NO_ROUTE": self.figure(len(lost)), "ROUTES_SKIPPED": self.figure(len(skipped))}
