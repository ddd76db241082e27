"""GDAL's columnar (Arrow) reader for plain point layers of files and PostGIS tables:
the same rows as the QGIS route (see ``sources.fast_path_location`` for when), much
faster; a selection is applied to the columns (QGIS fetches selected features one by one)."""
from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException

from .arrays import PointArrays, tr
from .columns import numeric_column, text_value
from .sources import transform_xy


def read_points_ogr(location, numeric, text, src_crs, dst_crs, feedback, label, context):
    """PointArrays of the layer at ``location`` (a ``sources.FastLocation``); None if GDAL
    can't read it so (then the QGIS route reads it)."""
    from osgeo import gdal

    try:
        ds = gdal.OpenEx(location.path, gdal.OF_VECTOR, open_options=list(location.open_options))
    except RuntimeError:  # GDAL raises when its exceptions are on
        return None
    if ds is None:
        return None
    if location.layer_name:
        lyr = ds.GetLayerByName(location.layer_name)
        if lyr is None and ds.GetLayerCount() == 1 and location.open_options:
            lyr = ds.GetLayer(0)  # PostgreSQL names a table of the public schema without it
    else:
        lyr = ds.GetLayer(int(location.layer_id or 0))
    if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
        return None
    if location.declared and not _declared_points(ds, *location.declared):
        return None  # a column of any geometry or SRID: QGIS leaves out the rows of other types or SRIDs
    if location.where:
        try:
            if lyr.SetAttributeFilter(location.where) != 0:
                return None
        except RuntimeError:  # a filter GDAL does not parse: QGIS applies it
            return None
    selected = location.selected
    wanted = set(numeric) | set(text)
    defn = lyr.GetLayerDefn()
    lyr.SetIgnoredFields(
        [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount()) if defn.GetFieldDefn(i).GetName() not in wanted]
    )
    fid_name = lyr.GetFIDColumn() or "OGC_FID"
    if location.open_options and not lyr.GetFIDColumn():
        return None  # a database table read without its key: no feature ids to match QGIS's
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    stream = lyr.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES", "INCLUDE_FID=YES"])
    fids, wkbs = [], []
    cols = {n: [] for n in wanted}
    for batch in stream:
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Canceled by the user."))
        fids.append(np.asarray(batch[fid_name], dtype=np.int64))
        wkbs.append(batch[geom_name])
        for n in wanted:
            cols[n].append(batch[n])
    if not fids:
        return PointArrays(x=np.zeros(0), y=np.zeros(0), fid=np.zeros(0, np.int64),
                           numeric={n: np.zeros(0) for n in numeric},
                           text={n: np.zeros(0, dtype=object) for n in text})
    fid = np.concatenate(fids)
    wkb = np.concatenate([np.asarray(w, dtype=object) for w in wkbs])
    chosen = None
    if selected is not None:  # "selected features only": the selected rows, in file order
        chosen = np.isin(fid, selected)
        fid, wkb = fid[chosen], wkb[chosen]
    has_geom = np.array([w is not None and len(w) >= 21 for w in wkb], dtype=bool)
    blobs = wkb[has_geom]
    lengths = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=blobs.shape[0])
    if blobs.shape[0] and (lengths != lengths[0]).any():
        return None
    if blobs.shape[0]:
        size = int(lengths[0])
        raw = np.frombuffer(b"".join(blobs.tolist()), dtype=np.uint8).reshape(-1, size)
        if (raw[:, 0] != 1).any():
            return None  # big-endian WKB: let QGIS read it
        coords = raw[:, 5:21].copy().view("<f8")
        x, y = coords[:, 0].copy(), coords[:, 1].copy()
        empty = np.isnan(x) | np.isnan(y)  # WKB POINT EMPTY is NaN NaN
        if empty.any():
            keep = np.flatnonzero(has_geom)
            has_geom[keep[empty]] = False
            x, y = x[~empty], y[~empty]
    else:
        x = y = np.zeros(0)
    skipped = int((~has_geom).sum())
    warn = feedback.pushWarning if feedback is not None else None
    numeric_out, text_out = {}, {}
    for n in wanted:
        col = np.ma.concatenate(cols[n]) if cols[n] else np.ma.masked_array(np.zeros(0))
        if chosen is not None:
            col = col[chosen]
        col = col[has_geom]
        mask = np.ma.getmaskarray(col)
        data = np.ma.getdata(col)
        if n in numeric:
            numeric_out[n] = numeric_column(np.asarray(data, dtype=float), n, label, warn, null_mask=mask)
        if n in text:
            out = np.empty(data.shape[0], dtype=object)
            out[:] = [text_value(v) for v in data.tolist()]
            out[mask] = None
            text_out[n] = out
    if src_crs != dst_crs and x.shape[0]:
        x, y = transform_xy(x, y, src_crs, dst_crs, context)
    return PointArrays(x=x, y=y, fid=fid[has_geom], numeric=numeric_out, text=text_out, skipped=skipped)


def _declared_points(ds, schema, table, column, srid):
    """True when the server declares ``column`` of ``schema.table`` a point column of
    ``srid`` (``geometry(Point, srid)``): every row is then one QGIS reads; a column of any
    geometry or SRID may hold rows QGIS filters out (other types, other SRIDs)."""
    def quoted(text):
        return "'" + str(text).replace("'", "''") + "'"

    sql = ("SELECT upper(type), srid FROM geometry_columns WHERE f_table_schema = {0} AND f_table_name = {1} "
           "AND f_geometry_column = {2}").format(quoted(schema), quoted(table), quoted(column))
    try:
        res = ds.ExecuteSQL(sql)
    except RuntimeError:  # GDAL raises when its exceptions are on
        return False
    if res is None:
        return False
    try:
        row = res.GetNextFeature()
        return row is not None and row.GetField(0) in ("POINT", "POINTM") and row.GetField(1) == srid
    finally:
        ds.ReleaseResultSet(res)
