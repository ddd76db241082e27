"""Raster reading for CareMap: open a raster layer with GDAL, check its grid and CRS,
and read it in strips of rows (so a country-size raster never has to fit in memory)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("CareMap", text)


@dataclass
class RasterGrid:
    """One raster layer opened with GDAL."""

    layer: object
    dataset: object
    geotransform: tuple
    n_cols: int
    n_rows: int
    n_bands: int
    crs: object
    name: str

    def band(self, k):
        return self.dataset.GetRasterBand(k + 1)

    def nodata(self, k):
        return self.band(k).GetNoDataValue()

    def pixel_window(self, xmin, ymin, xmax, ymax):
        """(col0, col1, row0, row1) of the pixels whose centres can fall in the box,
        clipped to the raster; empty window when the box misses the raster."""
        x0, dx, _, y0, _, dy = self.geotransform
        c0 = int(np.clip(np.floor((xmin - x0) / dx - 0.5), 0, self.n_cols))
        c1 = int(np.clip(np.ceil((xmax - x0) / dx + 0.5), 0, self.n_cols))
        r0 = int(np.clip(np.floor((ymax - y0) / dy - 0.5), 0, self.n_rows))
        r1 = int(np.clip(np.ceil((ymin - y0) / dy + 0.5), 0, self.n_rows))
        return c0, c1, r0, r1

    def block_rows(self, width, target_pixels=1_000_000):
        """Rows per strip: about ``target_pixels`` pixels, a multiple of GDAL's block height."""
        bh = max(1, self.band(0).GetBlockSize()[1])
        rows = max(1, target_pixels // max(1, width))
        return max(bh, (rows // bh) * bh)

    def read(self, k, c0, r0, width, height, out=None):
        """Band k (0-based) over the window, as float64 (GDAL converts while reading);
        into ``out`` (a C-contiguous float64 (height, width) array) when given, which
        spares a fresh allocation per strip."""
        from osgeo import gdal

        if out is not None:
            arr = self.band(k).ReadAsArray(c0, r0, width, height, buf_obj=out)
        else:
            arr = self.band(k).ReadAsArray(c0, r0, width, height, buf_type=gdal.GDT_Float64)
        if arr is None:
            raise QgsProcessingException(tr("Could not read raster {0} (band {1}, rows {2}-{3}).").format(
                self.name, k + 1, r0, r0 + height))
        return arr


def open_raster(layer):
    """Open a QGIS raster layer with GDAL; clear errors for a missing CRS, a non-GDAL
    provider or a rotated grid."""
    from osgeo import gdal

    name = layer.name()
    if not layer.crs().isValid():
        raise QgsProcessingException(tr(
            "Raster {0} has no coordinate reference system: assign one (Raster > Projections > "
            "Assign Projection) before computing zonal sums.").format(name))
    if layer.providerType() != "gdal":
        raise QgsProcessingException(tr("Raster {0} is not a file raster read by GDAL ({1}).").format(
            name, layer.providerType()))
    ds = gdal.Open(layer.source())
    if ds is None:
        raise QgsProcessingException(tr("GDAL could not open raster {0} ({1}).").format(name, layer.source()))
    gt = ds.GetGeoTransform()
    if gt[2] != 0 or gt[4] != 0 or gt[1] <= 0 or gt[5] >= 0:
        raise QgsProcessingException(tr(
            "Raster {0} is rotated or not north-up: warp it to a north-up grid first.").format(name))
    return RasterGrid(layer, ds, tuple(gt), ds.RasterXSize, ds.RasterYSize, ds.RasterCount, layer.crs(), name)


def field_names(grids, reserved=()):
    """One output field name per raster band, named after the rasters (and the band's
    description, or b<k>, for multi-band rasters); unique and at most 30 characters."""
    used = set(reserved)
    out = []
    for g in grids:
        base = re.sub(r"[^0-9a-z]+", "_", g.name.lower()).strip("_") or "raster"
        for k in range(g.n_bands):
            name = base
            if g.n_bands > 1:
                desc = re.sub(r"[^0-9a-z]+", "_", (g.band(k).GetDescription() or "").lower()).strip("_")
                name = f"{base}_{desc or f'b{k + 1}'}"
            if name[0].isdigit():
                name = "r_" + name
            name = name[:30]
            stem, i = name, 2
            while name in used:
                name = f"{stem[:27]}_{i}"
                i += 1
            used.add(name)
            out.append(name)
    return out
