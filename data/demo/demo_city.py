"""Geometry and people of the synthetic CareMap demo city (numpy only, deterministic).

The city is a warped, jittered grid of quadrilateral census blocks: a radial warp makes the
blocks small in the dense centre and in the dense periphery ring, and large at the outer edge.
Streets are the grid edges, so every junction is a shared vertex. Socio-economic fields
follow a rich, older centre; a rich north; a poor, young, dense south and south-west periphery;
and middle-class rings in between.
"""
import numpy as np

X0, Y0 = 596000.0, 507500.0  # city centre, EPSG:32618 (UTM 18N), near 4.59N 74.13W
HX, HY = 6000.0, 7500.0  # half extent of the normalised square [-1, 1]^2, metres
NU, NV = 58, 72  # grid cells along x and y (cells are square-ish in metres)

DISTRICTS = ["Centro", "La Esperanza", "San Rafael", "Los Rosales", "Santa Bárbara",
             "Villa Nueva", "Las Américas", "El Porvenir"]
BANDS = ["0_2", "3_5", "6_12", "13_17", "18_64", "65_79", "80p"]
FEMALE_SHARE = np.array([0.488, 0.488, 0.490, 0.495, 0.520, 0.565, 0.640])
ARTERIAL_NAMES = ["Avenida Central", "Avenida Libertador", "Avenida del Río",
                  "Avenida Los Fundadores", "Autopista Sur", "Avenida Circunvalar",
                  "Avenida El Dorado", "Avenida Boyacá", "Avenida Primero de Mayo",
                  "Avenida Las Torres", "Avenida Ciudad de Quito", "Avenida Villavicencio"]


def _cell_size(r):
    """Relative block size as a function of the normalised radius from the centre."""
    return np.interp(r, [0, .18, .30, .50, .60, .78, .88, 1.2],
                     [.50, .50, 1.0, 1.0, .62, .62, 1.6, 1.9])


def _radial_table():
    """Integrate dR/ds = size(R): parameter radius s -> output radius R (monotone)."""
    ds = 1e-4
    s = np.arange(0, 3.0, ds)
    r = np.empty_like(s)
    r[0] = 0.0
    for k in range(1, len(s)):  # 30k steps, runs once
        r[k] = r[k - 1] + _cell_size(r[k - 1]) * ds
    return s, r


def smooth_noise(rng, x, y, n_waves=8):
    """Spatially smooth noise (sum of random plane waves) at normalised coords, std ~ 1."""
    k = rng.uniform(2.5, 8.0, n_waves)
    ang = rng.uniform(0, np.pi, n_waves)
    phase = rng.uniform(0, 2 * np.pi, n_waves)
    z = sum(np.cos(k[i] * (np.cos(ang[i]) * x + np.sin(ang[i]) * y) + phase[i])
            for i in range(n_waves))
    return z * np.sqrt(2.0 / n_waves)


def build_grid(rng):
    """Vertices (NV+1, NU+1, 2) in metres plus per-vertex normalised coords."""
    s_tab, r_tab = _radial_table()
    half = float(np.interp(1.03, r_tab, s_tab))  # parameter half-width reaching R = 1.03
    pu = np.linspace(-half, half, NU + 1)
    pv = np.linspace(-half, half, NV + 1)
    gu, gv = np.meshgrid(pu, pv)
    cu, cv = 2 * half / NU, 2 * half / NV
    ju = rng.uniform(-0.12, 0.12, gu.shape) * cu
    jv = rng.uniform(-0.12, 0.12, gv.shape) * cv
    iu = np.arange(NU + 1) - NU // 2
    iv = np.arange(NV + 1) - NV // 2
    ju[:, iu % 4 == 0] *= 0.2  # arterial lines stay smoother
    jv[iv % 4 == 0, :] *= 0.2
    gu, gv = gu + ju, gv + jv
    s = np.hypot(gu, gv)
    r = np.interp(s, s_tab, r_tab)
    scale = np.where(s > 0, r / np.maximum(s, 1e-12), 1.0)
    nx, ny = gu * scale, gv * scale
    nx = nx + 0.025 * np.sin(2.1 * ny + 0.3)  # gentle organic bending
    ny = ny + 0.020 * np.sin(1.7 * nx + 1.1)
    xy = np.stack([X0 + nx * HX, Y0 + ny * HY], axis=-1)
    return xy


def cell_corners(xy):
    """Corner coordinates (NV, NU, 4, 2), counter-clockwise from the south-west corner."""
    return np.stack([xy[:-1, :-1], xy[:-1, 1:], xy[1:, 1:], xy[1:, :-1]], axis=2)


def polar(x, y):
    """Normalised radius and angle (radians) of metre coordinates."""
    nx, ny = (x - X0) / HX, (y - Y0) / HY
    return np.hypot(nx, ny), np.arctan2(ny, nx)


def city_cells(corners):
    """Boolean (NV, NU) mask of the cells that belong to the city (irregular outline)."""
    c = corners.mean(axis=2)
    r, th = polar(c[..., 0], c[..., 1])
    rb = 0.93 + 0.05 * np.sin(3 * th + 0.7) + 0.03 * np.cos(5 * th + 0.2) + 0.02 * np.sin(7 * th)
    inside_box = (np.abs(c[..., 0] - X0) < HX * 0.99) & (np.abs(c[..., 1] - Y0) < HY * 0.99)
    return (r < rb) & inside_box


def assign_districts(r, th):
    """District index 0..7: 0 = Centro, 1..7 = wavy sectors starting south, anticlockwise."""
    centre = r < 0.20 + 0.03 * np.sin(3 * th)
    width = 2 * np.pi / 7
    a = (th + 0.18 * np.sin(5 * r + 1.0) + np.pi / 2 + width / 2) % (2 * np.pi)
    sector = 1 + np.floor(a / width).astype(int) % 7
    return np.where(centre, 0, sector)


def quad_area(q):
    """Shoelace area (m2) of quads (..., 4, 2)."""
    x, y = q[..., 0], q[..., 1]
    return 0.5 * np.abs(np.sum(x * np.roll(y, -1, -1) - np.roll(x, -1, -1) * y, axis=-1))


def people(rng, centroids, area, zero):
    """Population fields of each block as a dict of arrays (see README for meanings)."""
    r, th = polar(centroids[:, 0], centroids[:, 1])
    nx, ny = (centroids[:, 0] - X0) / HX, (centroids[:, 1] - Y0) / HY
    wealth_dir = np.cos(th - np.deg2rad(70))
    core = np.exp(-(r / 0.22) ** 2)
    noise = smooth_noise(rng, nx, ny)
    pov = 0.30 - 0.35 * r * wealth_dir + 0.10 * (r - 0.5) - 0.12 * core + 0.06 * noise
    pov = np.clip(pov + rng.normal(0, 0.03, len(r)), 0.02, 0.95)
    edge = np.interp(r, [0, .80, 1.0, 1.2], [1, 1, .35, .3])
    dens = (40 + 230 * pov) * edge  # residents per hectare
    pop = rng.poisson(dens * area / 1e4 * rng.lognormal(0, 0.25, len(r)))
    pop[zero] = 0
    young = (0.55 + 1.1 * pov) * (1 - 0.3 * core)
    old = (0.55 + 1.0 * (1 - pov)) * (1 + 1.2 * core)
    shares = np.stack([0.042 * young, 0.043 * young, 0.105 * young ** 0.8,
                       0.075 * young ** 0.5, np.zeros_like(r), 0.075 * old,
                       0.020 * old ** 1.3], axis=1)
    shares[:, 4] = np.maximum(1 - shares.sum(axis=1), 0.45)
    shares /= shares.sum(axis=1, keepdims=True)
    cell_p = np.concatenate([shares * FEMALE_SHARE, shares * (1 - FEMALE_SHARE)], axis=1)
    counts = rng.multinomial(pop, cell_p)  # columns f bands then m bands
    out = {}
    for b, band in enumerate(BANDS):
        out[f"f_{band}"] = counts[:, b]
        out[f"m_{band}"] = counts[:, 7 + b]
    for band in BANDS:
        out[f"p_{band}"] = out[f"f_{band}"] + out[f"m_{band}"]
    out["pop_total"] = pop
    rates = np.array([0.012, 0.015, 0.018, 0.022, 0.035, 0.12, 0.32])
    disab = sum(rng.binomial(out[f"p_{band}"], np.minimum(rates[b] * (1 + 0.4 * pov), 1))
                for b, band in enumerate(BANDS))
    out["disability"] = disab
    out["women_15_64"] = out["f_18_64"] + rng.binomial(out["f_13_17"], 0.6)
    fhh = 0.24 + 0.30 * pov + 0.04 * noise + rng.normal(0, 0.03, len(r))
    out["fhh_share"] = np.where(pop > 0, np.round(np.clip(fhh, 0.05, 0.9), 3), 0.0)
    out["poverty"] = np.where(pop > 0, np.round(pov, 3), 0.0)
    return out


def zero_pop_blocks(rng, centroids):
    """Parks and an industrial estate: blocks that hold no residents."""
    r, th = polar(centroids[:, 0], centroids[:, 1])
    nx, ny = (centroids[:, 0] - X0) / HX, (centroids[:, 1] - Y0) / HY
    ind = np.hypot(nx - 0.80 * np.cos(np.pi * 0.97), ny - 0.80 * np.sin(np.pi * 0.97)) < 0.11
    park = np.hypot(nx - 0.30 * np.cos(1.9), ny - 0.30 * np.sin(1.9)) < 0.05
    scattered = rng.random(len(r)) < 0.012
    return ind | park | scattered, ind, park | scattered


def street_edges(mask, district_of_cell, park_cell, rng):
    """Street segments along grid edges that border at least one city cell.

    Returns a dict of arrays: a, b (vertex ids row*(NU+1)+col), line ('u' carrera along a
    column, 'v' calle along a row), idx (line index), park (both sides park or outside),
    centro (both sides in Centro). Only the largest connected piece is kept.
    """
    nv, nu = mask.shape
    pad = np.zeros((nv + 2, nu + 2), bool)
    pad[1:-1, 1:-1] = mask
    pk = np.zeros_like(pad)
    pk[1:-1, 1:-1] = park_cell & mask
    ce = np.zeros_like(pad)
    ce[1:-1, 1:-1] = mask & (district_of_cell == 0)
    jj, ii = np.meshgrid(np.arange(nv + 1), np.arange(nu), indexing="ij")  # horizontal
    s1, s2 = (slice(0, nv + 1), slice(1, nu + 1)), (slice(1, nv + 2), slice(1, nu + 1))
    h = dict(a=jj * (nu + 1) + ii, b=jj * (nu + 1) + ii + 1, idx=jj,
             keep=pad[s1] | pad[s2], park=(pk[s1] | ~pad[s1]) & (pk[s2] | ~pad[s2]),
             centro=ce[s1] & ce[s2])
    jj, ii = np.meshgrid(np.arange(nv), np.arange(nu + 1), indexing="ij")  # vertical
    s1, s2 = (slice(1, nv + 1), slice(0, nu + 1)), (slice(1, nv + 1), slice(1, nu + 2))
    v = dict(a=jj * (nu + 1) + ii, b=(jj + 1) * (nu + 1) + ii, idx=ii,
             keep=pad[s1] | pad[s2], park=(pk[s1] | ~pad[s1]) & (pk[s2] | ~pad[s2]),
             centro=ce[s1] & ce[s2])
    e = {k: np.concatenate([h[k].ravel(), v[k].ravel()]) for k in h}
    e["line"] = np.array(["v"] * h["a"].size + ["u"] * v["a"].size)
    keep = e.pop("keep")
    keep &= ~((rng.random(keep.size) < 0.02) & (road_class(e) == "residential"))
    e = {k: a[keep] for k, a in e.items()}
    comp = components(e["a"], e["b"], (nv + 1) * (nu + 1))
    main = np.bincount(comp[e["a"]]).argmax()
    return {k: a[comp[e["a"]] == main] for k, a in e.items()}


def road_class(e):
    """Road class from the grid line index: every 16th line primary, 8th secondary, 4th
    tertiary, others residential; non-arterial edges inside parks are footways."""
    k = e["idx"] - np.where(e["line"] == "u", NU // 2, NV // 2)
    cls = np.where(k % 16 == 0, "primary", np.where(k % 8 == 0, "secondary",
                   np.where(k % 4 == 0, "tertiary", "residential")))
    return np.where(e["park"] & (k % 4 != 0), "footway", cls).astype(object)


def components(a, b, n):
    """Connected-component label of each of n vertices given edges a-b (union-find)."""
    parent = np.arange(n)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in zip(a.tolist(), b.tolist()):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    return np.array([find(x) for x in range(n)])


def road_name(line, idx, klass):
    """Colombian-style names: calles numbered northwards ('Sur' below the centre line),
    carreras numbered westwards; arterials carry avenue names."""
    if line == "v":
        n = idx - NV // 2
        if klass == "primary":
            return ARTERIAL_NAMES[(n // 16) % len(ARTERIAL_NAMES)]
        base = f"Calle {abs(n)} Sur" if n < 0 else f"Calle {n}"
        return "Avenida " + base if klass == "secondary" else base
    n = NU - idx
    if klass == "primary":
        return ARTERIAL_NAMES[(6 + (idx - NU // 2) // 16) % len(ARTERIAL_NAMES)]
    return f"Avenida Carrera {n}" if klass == "secondary" else f"Carrera {n}"


SPEED = {"primary": 60, "secondary": 50, "tertiary": 40, "residential": 30,
         "service": 20, "footway": 5}


def bilinear(quad, s, t):
    """Point at bilinear parameters (s, t) in [0, 1]^2 of a quad (4, 2) (inside if convex)."""
    return ((1 - s) * (1 - t) * quad[0] + s * (1 - t) * quad[1] + s * t * quad[2]
            + (1 - s) * t * quad[3])


def build_roads(rng, xy, corners, mask, district, park):
    """Street network as a list of (coords (k, 2), highway, name, oneway, maxspeed).

    Segments end at junctions (shared vertices). One-way residential streets in Centro
    alternate direction street by street (geometry drawn in the allowed direction). Service
    stubs split their street at the midpoint; park cells get diagonal footways; one gated
    estate inside an edge block is a small piece not connected to the rest.
    """
    e = street_edges(mask, district, park, rng)
    pts = xy.reshape(-1, 2)
    cls = road_class(e)
    roads = []
    stub = (rng.random(len(cls)) < 0.05) & (cls == "residential") & ~e["centro"]
    for k in range(len(cls)):
        a, b, klass = int(e["a"][k]), int(e["b"][k]), cls[k]
        oneway = int(klass == "residential" and e["centro"][k])
        if oneway and e["idx"][k] % 2:
            a, b = b, a
        name = road_name(e["line"][k], int(e["idx"][k]), klass)
        if klass == "footway":
            name = None
        rec = (klass, name, oneway, SPEED[klass])
        if not stub[k]:
            roads.append((np.array([pts[a], pts[b]]),) + rec)
            continue
        mid = 0.5 * (pts[a] + pts[b])
        roads.append((np.array([pts[a], mid]),) + rec)
        roads.append((np.array([mid, pts[b]]),) + rec)
        ra, ca = divmod(min(a, b), NU + 1)
        cand = [(ra - 1, ca), (ra, ca)] if e["line"][k] == "v" else [(ra, ca - 1), (ra, ca)]
        cell = [c for c in cand if 0 <= c[0] < NV and 0 <= c[1] < NU and mask[c]][0]
        inner = mid + 0.45 * (corners[cell].mean(axis=0) - mid)
        roads.append((np.array([mid, inner]), "service", None, 0, SPEED["service"]))
    net = set(e["a"].tolist()) | set(e["b"].tolist())
    for j, i in zip(*np.nonzero(mask & park)):
        a, b = j * (NU + 1) + i, (j + 1) * (NU + 1) + i + 1
        if a in net and b in net:
            roads.append((np.array([pts[a], pts[b]]), "footway", "Sendero del Parque", 0, 5))
    area = np.where(mask & ~park, quad_area(corners), 0)
    r, _ = polar(corners.mean(axis=2)[..., 0], corners.mean(axis=2)[..., 1])
    area[r < 0.85] = 0
    estate = corners[np.unravel_index(np.argmax(area), area.shape)]
    loop = [bilinear(estate, s, t) for s, t in [(.3, .3), (.7, .3), (.7, .7), (.3, .7), (.3, .3)]]
    for p, q in zip(loop[:-1], loop[1:]):
        roads.append((np.array([p, q]), "service", "Conjunto Cerrado Los Arrayanes", 0, 20))
    return roads
