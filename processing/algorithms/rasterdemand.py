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
        "Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons "
        "(ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side "
        "of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, "
        "named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); "
        "hexagons also get pop_density per km2.\n\n"
        "The zones are cut once into runs of pixels on each raster's grid (scanline) and the runs are "
        "summed with numpy (add.reduceat, bincount), reading the raster in strips of rows, so large "
        "rasters fit in memory. Pixel-centre rule: a pixel "
        "counts for a zone when its centre is inside the zone (never split between zones). Nodata "
        "pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller "
        "than a pixel) gets NULL. Overlapping zones each count the pixels whose centres they hold. The zones are reprojected to each raster's CRS, never the raster. "
        "NaN or infinite pixels that are not the raster's nodata value are skipped like nodata and "
        "counted in a warning naming the raster. Negative pixel values (and -inf) are an error."
    )

    PARAM_HELP = {
        "RASTERS": QT_TRANSLATE_NOOP("CareMap", "One or more population rasters (people per pixel), one output field each. Typical: WorldPop age-sex grids such as f_0 and m_0."),
        "ZONES": QT_TRANSLATE_NOOP("CareMap", "Optional polygons to sum the rasters into; empty = a hexagon grid generated over the rasters. Typical: census tracts, or empty."),
        "HEX_SIZE": QT_TRANSLATE_NOOP("CareMap", "Side of a generated hexagon in metres (without ZONES). Typical: 500 m in a city."),
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
        self.addParameter(self.static_enum("HEX_ORIENTATION", self.tr("Hexagon orientation"), ORIENTATIONS, "pointy"))
        self.addParameter(QgsProcessingParameterBoolean(
            "KEEP_EMPTY", self.tr("Keep hexagons without valid pixels"), defaultValue=False))
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
                raise QgsProcessingException(self.tr(
                    "Raster {0} (band {1}) has {2} negative pixel value(s) that are not nodata around the "
                    "zones; population counts cannot be negative.").format(grid.name, k + 1, res["n_negative"]))
            n_odd = int(res["n_nonfinite"].sum())
            if n_odd:
                feedback.pushWarning(self.tr(
                    "Raster {0} (band {1}) has {2} pixel(s) inside the zones holding NaN or infinite values that are "
                    "not its nodata value: they are skipped (counted as no data, not as people) in {3} zone(s). "
                    "Check the raster, or set its nodata value.").format(
                    grid.name, k + 1, n_odd, int((res["n_nonfinite"] > 0).sum())))
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
                feedback.pushWarning(self.tr("{0} zone(s) have no valid pixel centre in any raster: NULL.").format(n_empty))
            dest = layer_io.write_with_fields(self, parameters, "OUTPUT", context, feedback, first, columns)
        else:
            keep = np.ones(n_zones, bool) if self.parameterAsBool(parameters, "KEEP_EMPTY", context) else any_valid
            out = {"hex_id": np.arange(1, int(keep.sum()) + 1, dtype=np.int64)}
            out.update({k: v[keep] for k, v in columns.items()})
            out["pop_density"] = zonal.population_density(out["raster_total"], zonal.hexagon_area_km2(size))
            sink, dest = layer_io.create_layer_sink(self, parameters, "OUTPUT", context, list(out.items()),
                                                    Qgis.WkbType.Polygon, metric)
            layer_io.write_geometries(sink, hexagon_geometries(verts[keep]), out, feedback)
            feedback.pushInfo(self.tr("{0} hexagon(s) written ({1} without valid pixels dropped).").format(
                int(keep.sum()), int((~keep).sum())))
        feedback.setProgress(100)
        # no zone with a valid pixel: the total has no meaning (None), never 0 people
        return {"OUTPUT": dest, "TOTAL": self.figure(np.nansum(total)) if any_valid.any() else None}
