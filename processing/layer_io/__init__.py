"""The one place that turns layers into NumPy arrays and result arrays back into layers.

Every CareMap algorithm (and the dock) reads and writes through here, so the semantics
are the same everywhere:

* sources are read through ``QgsProcessingFeatureSource`` so "selected features only",
  feature limits, filters and a layer's unsaved edits are what is read; a point layer of
  a file (GeoPackage, shapefile, FlatGeobuf, SQLite) or of a PostGIS table with one
  integer primary key, not in edit mode, with no limit or filter expression (a selection
  and a WHERE subset string are fine), is read with GDAL's columnar (Arrow) reader
  instead, which gives the same rows and feature ids much faster (``sources``,
  ``ogr_fast``; the selected rows are kept by feature id, the subset string is GDAL's
  attribute filter, on the server for PostGIS);
* coordinates come back in metres: a layer in a geographic CRS (or a projected CRS in
  other units) is reprojected to the local UTM zone of its data with the processing
  context's datum transforms, and the log says so;
* polygons are read at their point on surface, with their area in m2; an invalid
  polygon is repaired (Make Valid), counted in a warning; a polygon with no area left
  has area NaN (never 0); the context's invalid-geometry setting is not used;
* features without geometry are skipped and counted in a warning, never guessed;
* numeric fields come back as float64 with NaN for NULL; NaN/inf in the data and text
  that is not a number are NULL too, counted in a warning naming layer and field;
  numbers stored as text are parsed (``columns``); text fields are object arrays with
  ``None`` for NULL; a missing field, a field of words asked as numbers, or the
  feature id asked as a quantity is a ``QgsProcessingException``;
* results are written in one pass: every input feature, with all its fields, plus the
  new fields (NULL for the features that had no geometry), into new sinks; an output
  that would overwrite one of the algorithm's inputs is refused first (``guard``);
  features stream to the sink one by one (``addFeature``: a Python list given to
  ``addFeatures`` is converted to C++ and back);
* cancel is checked every 5,000 features read or written; a cancel (or an error) while
  writing removes every output the run created: the files its sinks created, its layer
  of an existing GeoPackage, its temporary layers, never a file it did not write
  (``outputs``); readers and writers move the progress forward only (``outputs.Progress``).
"""
from . import csv_files
from .arrays import BATCH, LineArrays, PointArrays, TableArrays, tr
from .columns import NULL_VARIANT, is_null, numeric_column, text_column, text_numbers, text_value
from .guard import destination_location, output_overwrites_input
from .readers import read_lines, read_points, read_polygon_rings, read_table, row_attributes
from .sources import (
    check_fields,
    fast_path_location,
    features,
    get_source,
    layer_label,
    line_coords,
    metric_crs,
    source_layer,
    transform_context,
    transform_xy,
)
from .writers import (
    add_features,
    column_values,
    create_layer_sink,
    create_optional_sink,
    finish_sink,
    make_fields,
    qgs_field,
    rows_of,
    write_features,
    write_geometries,
    write_points,
    write_table,
    write_with_fields,
)

__all__ = [
    "BATCH", "LineArrays", "PointArrays", "TableArrays", "tr", "csv_files",
    "NULL_VARIANT", "is_null", "numeric_column", "text_column", "text_numbers", "text_value",
    "destination_location", "output_overwrites_input",
    "read_lines", "read_points", "read_polygon_rings", "read_table", "row_attributes",
    "check_fields", "fast_path_location", "features", "get_source", "layer_label", "line_coords",
    "metric_crs", "source_layer", "transform_context", "transform_xy",
    "add_features", "column_values", "create_layer_sink", "create_optional_sink", "finish_sink",
    "make_fields", "qgs_field", "rows_of", "write_features", "write_geometries", "write_points",
    "write_table", "write_with_fields",
]
