"""What the readers return: plain NumPy arrays with the layer's name, CRS and source."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QCoreApplication

BATCH = 5000  # features between two cancel checks of a read (well under a second, polygons included)


def tr(text):
    return QCoreApplication.translate("CareMap", text)


def trn(text, n):
    """Qt numerus forms for the count ``n`` (``%n`` in text): processing/base.py's trn."""
    from ..base import trn as base_trn

    return base_trn(text, n)


@dataclass
class PointArrays:
    """Rows are the features that have a geometry, in source order."""

    x: np.ndarray
    y: np.ndarray
    fid: np.ndarray
    numeric: dict = field(default_factory=dict)
    text: dict = field(default_factory=dict)
    area: np.ndarray | None = None
    crs: QgsCoordinateReferenceSystem | None = None
    skipped: int = 0
    layer_name: str = ""
    source: object = None
    geometry_type: str = "point"

    @property
    def n(self):
        return int(self.x.shape[0])

    @property
    def xy(self):
        return np.column_stack([self.x, self.y])


@dataclass
class LineArrays:
    """Vertices of every part (line part or polygon ring) of every feature.

    ``xy[part_offsets[k]:part_offsets[k + 1]]`` are the vertices of part ``k``, which
    belongs to row ``part_row[k]``; rows are features with a geometry, in source order.
    """

    xy: np.ndarray
    part_offsets: np.ndarray
    part_row: np.ndarray
    fid: np.ndarray
    numeric: dict = field(default_factory=dict)
    text: dict = field(default_factory=dict)
    crs: QgsCoordinateReferenceSystem | None = None
    skipped: int = 0
    layer_name: str = ""
    source: object = None

    @property
    def n(self):
        return int(self.fid.shape[0])


@dataclass
class TableArrays:
    numeric: dict
    text: dict
    n: int
    layer_name: str = ""
