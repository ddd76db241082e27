"""Benchmark: de-duplication of 100,000 facilities (kernels.supply.deduplicate).

Synthetic facilities: N_UNIQUE distinct facilities over a 50 x 50 km city, plus
N_DUP copies from other sources within 5-40 m, with crowd-map spellings (case, accents,
a swapped or dropped letter, "Jardin Infantil" prefixes). Prints the time, the candidate
pairs scored, and precision/recall of the merged pairs against the known truth, and the
time of an all-pairs approach on a subset (to show why candidates come from a KD-tree).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_dedup.py [n_total]
(the peer venv runs the kernel part only; the QGIS venv also times caremap:supplyinventory)
"""
import sys
import time

import _path  # noqa: F401
import numpy as np
from caremap.kernels.supply import deduplicate, name_similarity, normalize_names, source_ranks

WORDS = ("sol luna estrella pollitos abuelos felices rosa marta colmena porvenir esperanza "
         "aurora violetas andes robles cerezos paraiso alegria semillitas chiquitines jesus "
         "maria jose pedro san santa lucia ines cristobal libertad progreso union manos amigas "
         "vecino sonrisas arcoiris mariposas girasoles palomas horizonte primavera").split()
PREFIX = ["Jardín Infantil", "Hogar Comunitario", "Centro Día", "Residencia", "Guardería", "Casa de"]


def variant(rng, name):
    k = rng.integers(0, 5)
    if k == 0:
        return name.upper()
    if k == 1:
        return name.lower()
    if k == 2 and len(name) > 8:
        i = int(rng.integers(len(name) // 2, len(name) - 2))
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if k == 3:
        i = int(rng.integers(len(name) // 2, len(name) - 1))
        return name[:i] + name[i + 1:]
    return "  " + name + " "


def make(n_total, seed=0):
    rng = np.random.default_rng(seed)
    n_dup = n_total // 5
    n_uni = n_total - n_dup
    names = [f"{PREFIX[rng.integers(len(PREFIX))]} {' '.join(rng.choice(WORDS, rng.integers(1, 4)))} {i}"
             for i in range(n_uni)]
    x = rng.uniform(0, 50_000, n_uni)
    y = rng.uniform(0, 50_000, n_uni)
    src = rng.integers(0, 3, n_uni)
    of = rng.integers(0, n_uni, n_dup)
    ang, dist = rng.uniform(0, 2 * np.pi, n_dup), rng.uniform(5, 40, n_dup)
    x = np.concatenate([x, x[of] + dist * np.cos(ang)])
    y = np.concatenate([y, y[of] + dist * np.sin(ang)])
    names = names + [variant(rng, names[i]) for i in of]
    sources = np.array(["registry", "community", "crowd"], dtype=object)[np.concatenate([src, (src[of] + 1) % 3])]
    truth = np.concatenate([np.arange(n_uni), of])
    return x, y, names, sources, truth


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    x, y, names, sources, truth = make(n)
    rank = source_ranks(sources, ["registry", "community", "crowd"])
    comp = np.ones(n)
    t0 = time.perf_counter()
    res = deduplicate(x, y, names, sources, rank, comp, distance=50.0)
    t_dedup = time.perf_counter() - t0
    # pairs truly the same facility vs records merged together
    kept_leader = np.where(res.keep, np.arange(n), res.duplicate_of)
    dup_rows = np.arange(n)[truth != np.arange(n)]
    tp = int((kept_leader[dup_rows] == kept_leader[truth[dup_rows]]).sum())
    merged = np.flatnonzero(~res.keep)
    fp = int((truth[merged] != truth[res.duplicate_of[merged]]).sum())
    print(f"de-duplication of {n:,} facilities: {t_dedup:.2f} s "
          f"({res.n_pairs:,} candidate pairs within 50 m, {res.n_matches:,} matched, "
          f"{int((~res.keep).sum()):,} records merged)")
    print(f"  known duplicates found: {tp:,} / {len(dup_rows):,} (recall {tp / max(1, len(dup_rows)):.3f}); "
          f"wrong merges: {fp}")
    # all-pairs name comparison on a subset, extrapolated (why candidates come from a KD-tree)
    m = 300
    norm = normalize_names(names[:m])
    t0 = time.perf_counter()
    for i in range(m):
        for j in range(i + 1, m):
            name_similarity(norm[i], norm[j])
    t_sub = time.perf_counter() - t0
    est = t_sub * (n / m) ** 2
    print(f"  all-pairs similarity on {m:,} records: {t_sub:.2f} s -> ~{est / 3600:.1f} h for {n:,} "
          f"(ratio all-pairs / KD-tree ~{est / t_dedup:,.0f}x)")


def through_qgis(n):
    """The same records through caremap:supplyinventory (GeoPackage in, memory out)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from caremap.processing.provider import CareMapProvider

    provider = CareMapProvider()  # keep a Python reference to the provider
    QgsApplication.processingRegistry().addProvider(provider)
    _path.qgis_app()
    from osgeo import ogr, osr
    from qgis.core import QgsVectorLayer

    import processing

    x, y, names, sources, _ = make(n)
    path = os.path.join(_path.DATA, f"facilities_{n}.gpkg")
    if not os.path.exists(path):
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32618)
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        lyr = ds.CreateLayer("facilities", srs, ogr.wkbPoint)
        for name, kind in (("name", ogr.OFTString), ("source", ogr.OFTString), ("capacity", ogr.OFTReal)):
            lyr.CreateField(ogr.FieldDefn(name, kind))
        lyr.StartTransaction()
        for i in range(n):
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("name", names[i])
            f.SetField("source", str(sources[i]))
            if i % 7:
                f.SetField("capacity", float(10 + i % 50))
            f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x[i]} {y[i]})"))
            lyr.CreateFeature(f)
        lyr.CommitTransaction()
        ds = None
    layer = QgsVectorLayer(f"{path}|layername=facilities", "facilities", "ogr")
    t0 = time.perf_counter()
    res = processing.run("caremap:supplyinventory", {
        "INPUTS": [layer], "MAPPINGS": "service_type='childcare'", "SOURCE_PRIORITY": "registry,community,crowd",
        "OUTPUT": "TEMPORARY_OUTPUT"})
    t = time.perf_counter() - t0
    print(f"caremap:supplyinventory on {n:,} facilities (read, rules, dedup, imputation, write): {t:.2f} s, "
          f"{res['N_FACILITIES']:,} kept, {res['N_DUPLICATES']:,} merged")
    del layer, res
    return app, provider


if __name__ == "__main__":
    main()
    try:
        import qgis.core  # noqa: F401
    except ImportError:
        print("(QGIS not available in this Python: algorithm timing skipped)")
    else:
        KEEP = through_qgis(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
