"""caremap:rasterdemand: zonal sums of population rasters into polygons or into a
hexagon grid it generates (thin adapter; rasterisation and sums in kernels/zonal.py)."""
import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsRectangle,
)

from ...kernels import zonal
from .. import layer_io, raster_io
from ..base import QT_TRANSLATE_NOOP, CareMapAlgorithm
from ..cost_params import advanced

ORIENTATIONS = ("pointy", "flat")


def hexagon_geometries(verts):
    """QgsGeometry polygons from an (n, 7, 2) vertex array, built from WKB in one go."""
    n = len(verts)
    dt = np.dtype([("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4"), ("xy", "<f8", (14,))])
    rec = np.zeros(n, dt)
    rec["order"], rec["type"], rec["rings"], rec["points"] = 1, 3, 1, 7
    rec["xy"] = verts.reshape(n, 14)
    raw = rec.tobytes()
    size = dt.itemsize
    out = []
    for i in range(n):
        g = QgsGeometry()
        g.fromWkb(raw[i * size:(i + 1) * size])
        out.append(g)
    return out


class RasterDemandAlgorithm(CareMapAlgorithm):
    ALGORITHM_ID = "rasterdemand"
    DISPLAY_NAME = "Care demand from population rasters"
    GROUP_ID = "supply"
    TAGS = "care,demand,population,raster,zonal statistics,hexagon,grid,worldpop"
    HELP = (
        "How many people, and of which ages, live in each zone when the census gives only population "
        "grids (rasters such as WorldPop's age-sex grids)? This tool sums the rasters into your "
        "polygons (districts, tracts) or, without polygons, into a grid of hexagons it draws over the "
        "rasters, ready as demand units for care demand and accessibility.\n\n"
        "How to read the results (the zones or hexagons):\n"
        "- one field per raster band, named after the raster: the people it puts in the zone;\n"
        "- raster_total: the sum of those fields (people); n_pixels: the pixels counted (first raster);\n"
        "- hexagons only: hex_id and pop_density (people per km2).\n\n"
        "Example: a hexagon with a side of 500 m covers 0.65 km2 (2.6 x 0.5 km x 0.5 km); if the pixel "
        "centres inside it hold 2,600 people, raster_total = 2,600 and pop_density is about 4,000 per "
        "km2.\n\n"
        "Caveats: a pixel counts wholly for the zone that holds its centre, never split, so zones "
        "smaller than a pixel may get nothing (NULL) and thin zones are approximate; overlapping zones "
        "each count the pixels they hold. Nodata pixels are skipped, and so are NaN or infinite ones "
        "(counted in a warning); negative values are an error. The zones are reprojected to the "
        "rasters, never the rasters. Details in docs/methods.md."
    )

    PARAM_HELP = {
        "RASTERS": QT_TRANSLATE_NOOP("CareMap", "One or more population rasters (people per pixel), one output field each. Typical: WorldPop age-sex grids such as f_0 and m_0."),
        "ZONES": QT_TRANSLATE_NOOP("CareMap", "Optional polygons to sum the rasters into; empty = a hexagon grid generated over the rasters. Typical: census tracts, or empty."),
        "HEX_SIZE": QT_TRANSLATE_NOOP("CareMap", "Side of a generated hexagon in metres, used when no zones are given. Typical: 500 m in a city."),
        "HEX_ORIENTATION": QT_TRANSLATE_NOOP("CareMap", "Orientation of the generated hexagons: pointy (vertex up) or flat (side up). Typical: pointy."),
        "KEEP_EMPTY": QT_TRANSLATE_NOOP("CareMap", "If checked, generated hexagons without any valid pixel are kept (with NULL values). Typical: unchecked."),
        "OUTPUT": QT_TRANSLATE_NOOP("CareMap", "The zones or hexagons with one field per raster, raster_total, n_pixels and, for hexagons, pop_density."),
        "TOTAL": QT_TRANSLATE_NOOP("CareMap", "Sum of raster_total over all zones: the people the rasters put in the zones or hexagons."),
    }

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "RASTERS", self.tr("Population rasters"), QgsProcessing.SourceType.TypeRaster))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONES", self.tr("Zones (empty = generate hexagons)"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "HEX_SIZE", self.tr("Hexagon side (m)"), QgsProcessingParameterNumber.Type.Double, 500.0, minValue=1.0))
        self.addParameter(advanced(self.static_enum("HEX_ORIENTATION", self.tr("Hexagon orientation"), ORIENTATIONS,
                                                    "pointy")))
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            "KEEP_EMPTY", self.tr("Keep hexagons without valid pixels"), defaultValue=False)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Population by zone"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("TOTAL", self.tr("Total population")))

    # ------------------------------------------------------------------ sums
    def _sum_raster(self, grid, xy, offsets, ring_zone, n_zones, feedback, progress):
        """Zonal sums of every band of one raster for rings already in the raster's CRS."""
        edges = zonal.polygon_edges(xy, offsets, ring_zone)
        n_b = grid.n_bands
        empty = {"sum": np.zeros(n_zones), "n_pixels": np.zeros(n_zones)}
        if len(xy) == 0:
            return [empty] * n_b
        c0, c1, r0, r1 = grid.pixel_window(xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max())
        width, height = c1 - c0, r1 - r0
        if width <= 0 or height <= 0:
            return [empty] * n_b
        x0, dx, _, y0, _, dy = grid.geotransform
        gt = (x0 + c0 * dx, dx, 0.0, y0 + r0 * dy, 0.0, dy)  # the window's own grid
        block_rows = grid.block_rows(width)
        n_blocks = (height + block_rows - 1) // block_rows
        buffer = np.empty((min(block_rows, height), width))  # one read buffer for every strip

        def strips(k):
            for i, (b0, b1, spans) in enumerate(zonal.iter_zone_spans(edges, gt, width, height, block_rows)):
                self.check_canceled(feedback)
                yield spans, grid.read(k, c0, r0 + b0, width, b1 - b0, out=buffer[:b1 - b0])
                done = (k * n_blocks + i + 1) / (n_b * n_blocks)
                feedback.setProgress(progress[0] + (progress[1] - progress[0]) * done)

        results = []
        for k in range(n_b):
            res = zonal.span_sums(strips(k), n_zones, nodata=grid.nodata(k))
            if res["n_negative"]:
                raise QgsProcessingException(self.trn(
                    "Raster {0} (band {1}): %n negative pixel value(s) that are not nodata around the "
                    "zones; population counts cannot be negative.", res["n_negative"]).format(grid.name, k + 1))
            n_odd = int(res["n_nonfinite"].sum())
            if n_odd:
                feedback.pushWarning(self.trn(
                    "Raster {0} (band {1}): %n pixel(s) inside the zones holding NaN or infinite values that are "
                    "not its nodata value: they are skipped (counted as no data, not as people)", n_odd).format(
                    grid.name, k + 1) + " " + self.trn(
                    "in %n zone(s). Check the raster, or set its nodata value.",
                    int((res["n_nonfinite"] > 0).sum())))
            results.append(res)
        return results

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, "RASTERS", context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one raster in {0}.").format(self.label("RASTERS")))
        grids = [raster_io.open_raster(layer) for layer in layers]
        names = raster_io.field_names(grids, reserved=("raster_total", "n_pixels", "pop_density", "hex_id"))
        tctx = context.transformContext()
        zones_source = self.parameterAsSource(parameters, "ZONES", context) if parameters.get("ZONES") else None

        if zones_source is not None:
            if not zones_source.sourceCrs().isValid():
                raise QgsProcessingException(self.tr(
                    "Layer {0} has no valid coordinate reference system: set its CRS (layer properties) and run "
                    "again.").format(zones_source.sourceName()))
            rings = {}
            for g in grids:  # reproject the zones (not the raster), once per distinct CRS
                key = g.crs.toWkt()
                if key not in rings:
                    rings[key] = layer_io.read_polygon_rings(self, parameters, "ZONES", context, feedback,
                                                             target_crs=g.crs)
            first = rings[grids[0].crs.toWkt()]
            n_zones = first.n
            geoms_by_crs = {k: (v.xy, v.part_offsets, v.part_row) for k, v in rings.items()}
        else:
            size = self.parameterAsDouble(parameters, "HEX_SIZE", context)
            orientation = self.enum_value(parameters, "HEX_ORIENTATION", context)
            metric = layer_io.metric_crs(grids[0].crs, grids[0].layer.extent(), grids[0].name, feedback, context)
            box = QgsRectangle()
            for g in grids:
                ext = g.layer.extent()
                if g.crs != metric:
                    ext = QgsCoordinateTransform(g.crs, metric, tctx).transformBoundingBox(ext)
                box.combineExtentWith(ext)
            try:
                cx, cy, verts = zonal.hexagon_grid(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(),
                                                   size, orientation)
            except ValueError as exc:
                raise QgsProcessingException(self.tr("Hexagon grid: {0}").format(exc)) from None
            n_zones = len(cx)
            feedback.pushInfo(self.tr("{0} hexagons of side {1} m generated in {2}.").format(
                n_zones, size, metric.authid()))
            flat = verts.reshape(-1, 2)
            offsets = np.arange(0, len(flat) + 1, 7)
            geoms_by_crs = {}
            for g in grids:
                key = g.crs.toWkt()
                if key not in geoms_by_crs:
                    if g.crs == metric:
                        xy = flat
                    else:
                        gx, gy = layer_io.transform_xy(flat[:, 0], flat[:, 1], metric, g.crs, context)
                        xy = np.column_stack([gx, gy])
                    geoms_by_crs[key] = (xy, offsets, np.arange(n_zones))

        columns = {}
        n_pixels = None
        step = 90.0 / len(grids)
        col = 0
        for i, g in enumerate(grids):
            xy, offsets, ring_zone = geoms_by_crs[g.crs.toWkt()]
            bands = self._sum_raster(g, xy, offsets, ring_zone, n_zones, feedback, (i * step, (i + 1) * step))
            for res in bands:
                values = res["sum"].copy()
                values[res["n_pixels"] == 0] = np.nan
                columns[names[col]] = values
                col += 1
            if n_pixels is None:
                n_pixels = bands[0]["n_pixels"]
        total = np.nansum(np.column_stack(list(columns.values())), axis=1)
        any_valid = ~np.all(np.isnan(np.column_stack(list(columns.values()))), axis=1)
        total[~any_valid] = np.nan
        columns["raster_total"] = total
        columns["n_pixels"] = n_pixels.astype(np.int64)
        n_empty = int((~any_valid).sum())

        if zones_source is not None:
            if n_empty:
                feedback.pushWarning(self.trn("%n zone(s) without a valid pixel centre in any raster: NULL.", n_empty))
            dest = layer_io.write_with_fields(self, parameters, "OUTPUT", context, feedback, first, columns)
        else:
            keep = np.ones(n_zones, bool) if self.parameterAsBool(parameters, "KEEP_EMPTY", context) else any_valid
            out = {"hex_id": np.arange(1, int(keep.sum()) + 1, dtype=np.int64)}
            out.update({k: v[keep] for k, v in columns.items()})
            out["pop_density"] = zonal.population_density(out["raster_total"], zonal.hexagon_area_km2(size))
            sink, dest = layer_io.create_layer_sink(self, parameters, "OUTPUT", context, list(out.items()),
                                                    Qgis.WkbType.Polygon, metric)
            layer_io.write_geometries(sink, hexagon_geometries(verts[keep]), out, feedback)
            feedback.pushInfo(self.trn("%n hexagon(s) written", int(keep.sum())) + " ("
                              + self.trn("%n without valid pixels dropped).", int((~keep).sum())))
        feedback.setProgress(100)
        # no zone with a valid pixel: the total has no meaning (None), never 0 people
        return {"OUTPUT": dest, "TOTAL": self.figure(np.nansum(total)) if any_valid.any() else None}
