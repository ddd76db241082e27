"""Dock panel with thousands of units (QGIS venv): time to read a result layer and draw
every chart, to highlight a map selection in the charts, and to box-select on the
scatter, for 3 000, 20 000 and 100 000 units. Prints figures; asserts nothing."""
import os
import sys
import time

import _path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests", "qgis"))


def main():
    app = _path.qgis_app()
    import numpy as np
    from caremap.ui.dock import CareMapDock
    from layers import point_layer
    from qgis.PyQt.QtCore import QRectF

    print("units  load+draw  map->charts highlight  scatter repaint  box select")
    for n in (3000, 20000, 100000):
        rng = np.random.default_rng(1)
        layer = point_layer(list(zip(rng.random(n) * 1e4, rng.random(n) * 1e4)), {
            "pop": rng.integers(0, 300, n).astype(float).tolist(), "district": [f"D{i % 12}" for i in range(n)],
            "access": rng.random(n).tolist(), "access_norm": rng.random(n).tolist(),
            "cost_nearest": (rng.random(n) * 70).tolist(), "n_reachable": [1] * n, "covered": [1] * n})
        dock = CareMapDock(None)
        dock.resize(600, 900)
        dock.show()
        app.processEvents()
        t = time.perf_counter()
        dock.follow_layer(layer)
        app.processEvents()
        load = time.perf_counter() - t
        t = time.perf_counter()
        layer.selectByIds(layer.allFeatureIds()[: n // 10])
        app.processEvents()
        highlight = time.perf_counter() - t
        dock.tabs.setCurrentIndex(list(dock.charts).index("scatter"))
        app.processEvents()
        t = time.perf_counter()
        dock.charts["scatter"].widget.repaint()
        app.processEvents()
        repaint = time.perf_counter() - t
        t = time.perf_counter()
        dock.charts["scatter"].select_box(QRectF(0, 0, 150, 0.5))
        app.processEvents()
        box = time.perf_counter() - t
        print(f"{n:6d}  {load:8.3f}s  {highlight:20.3f}s  {repaint:14.3f}s  {box:9.3f}s")
        dock.close_down()
        dock.deleteLater()


if __name__ == "__main__":
    main()
