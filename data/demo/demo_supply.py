"""Care facilities of the demo city: official registry, community survey and a crowd map.

Registry services cluster in the rich centre and thin out in the poor periphery; community
care points do the opposite. The crowd map repeats ~30 known facilities with misspelt names a
few metres away, misses some capacities, and carries junk and non-care rows on purpose, so
the supply-inventory cleaning and de-duplication rules have something to do.
"""
import unicodedata

import numpy as np
from demo_city import bilinear

PLACES = ["Los Pinos", "San José", "Las Margaritas", "El Rosal", "Santa Lucía", "Los Cerezos",
          "La Candelaria", "San Martín", "Las Acacias", "El Recreo", "Los Andes", "La Aurora",
          "San Francisco", "Villa del Río", "Los Naranjos", "El Paraíso", "Santa Inés",
          "La Primavera", "Los Alpes", "Las Palmas", "San Cristóbal", "Nueva Granada",
          "Los Laureles", "La Estrella", "Santa Rosa", "San Vicente", "Las Violetas",
          "Los Ángeles", "San Antonio", "Santa Teresa", "Los Robles", "El Carmen", "Bella Vista",
          "Las Brisas", "Monteverde", "Los Guayacanes", "La Gaitana", "San Pedro", "La Floresta",
          "María Auxiliadora", "Sagrada Familia", "Las Orquídeas", "El Nogal", "Los Sauces",
          "Jesús Obrero", "San Judas Tadeo", "La Macarena", "El Tunal", "Timiza", "Quiroga",
          "Bosa Piamonte", "Usme Centro", "Tintalito", "Patio Bonito", "Galerías", "Chapinero"]
KIDS = ["Semillitas", "Pequeños Gigantes", "Arco Iris", "Rayito de Sol", "Nuevo Amanecer",
        "Mundo Mágico", "Mi Pequeño Mundo", "Pasitos Felices", "Los Girasoles", "Pinocho",
        "Caritas Felices", "Mis Primeros Pasos", "Burbujitas", "Travesuras", "Divino Niño"]
# service_type: (sphere, target_group, count, name prefixes, name pool, capacity range,
#                hours range, days, monthly fee range in COP)
REGISTRY = {
    "childcare_centre": ("public", "children", 85, ["Jardín Infantil", "Centro de Desarrollo "
                         "Infantil", "Jardín Social"], "mix", (40, 160), (8, 10), 5, (0, 0)),
    "kindergarten": ("private", "children", 110, ["Jardín Infantil", "Preescolar",
                     "Gimnasio Infantil", "Kínder"], "kids", (15, 80), (4, 9), 5,
                     (350000, 1400000)),
    "elderly_day_centre": ("public", "older", 32, ["Centro Día Mayor", "Centro Día",
                           "Centro de Protección Social Diurno"], "places", (30, 120), (6, 8), 5,
                           (0, 0)),
    "nursing_home": ("private", "older", 54, ["Hogar Geriátrico", "Hogar Gerontológico",
                     "Residencia Adulto Mayor", "Casa de Reposo"], "places", (12, 60), (24, 24),
                     7, (1500000, 4800000)),
    "disability_day_centre": ("public", "disability", 16, ["Centro Crecer",
                              "Centro de Atención Integral a la Discapacidad",
                              "Centro Renacer"], "places", (20, 70), (6, 8), 5, (0, 0)),
}
COMMUNITY = {  # tipo: (grupo, count, prefix, cupos range, horas range, dias)
    "hogar_comunitario": ("children", 72, "Hogar Comunitario", (12, 15), (8, 10), 5),
    "comedor_comunitario": ("all", 26, "Comedor Comunitario", (80, 260), (4, 6), 6),
    "punto_cuidado_comunitario": (None, 36, "Punto de Cuidado Comunitario", (20, 60), (4, 8), 5),
}
CROWD_TYPE = {"childcare_centre": "childcare", "kindergarten": "kindergarten",
              "elderly_day_centre": "elderly_day_care", "nursing_home": "nursing_home",
              "disability_day_centre": "disability_day_care", "hogar_comunitario": "childcare",
              "comedor_comunitario": "community_kitchen",
              "punto_cuidado_comunitario": "community_care_point"}
MAPPERS = ["mapper_ana", "jlopez", "colectivo_mujeres_sur", "carolina.r", "osm_bogota_fan",
           "vecinos_el_tunal", "pedro_m", "red_cuidadoras", "lau_gis", "junta_accion_comunal"]


def _pick_points(rng, corners, weight, n):
    """n points inside blocks drawn with probability proportional to weight."""
    idx = rng.choice(len(weight), size=n, p=weight / weight.sum())
    st = rng.uniform(0.2, 0.8, (n, 2))
    return np.array([bilinear(corners[i], s, t) for i, (s, t) in zip(idx, st)]), idx


def _unique(names):
    seen, out = {}, []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n} {['', '', 'II', 'III', 'IV', 'V'][min(seen[n], 5)]}")
    return out


def registry(rng, corners, pop, r, poverty):
    """Official registry rows: dicts with geometry 'xy' and the registry fields."""
    service = 2.5 * np.exp(-(r / 0.3) ** 2) + 0.8 * (1 - poverty) + 0.1
    rows = []
    for stype, (sphere, group, n, prefixes, pool, cap, hrs, days, fee) in REGISTRY.items():
        w = service ** (2 if sphere == "private" else 1.3) * np.sqrt(pop) * (pop > 0)
        xy, _ = _pick_points(rng, corners, w, n)
        names = PLACES + KIDS if pool == "mix" else KIDS + PLACES[:20] if pool == "kids" else PLACES
        for k in range(n):
            rows.append(dict(xy=xy[k], name=f"{rng.choice(prefixes)} {rng.choice(names)}",
                             service_type=stype, sphere=sphere, target_group=group,
                             capacity=int(rng.integers(cap[0], cap[1] + 1)),
                             hours_per_day=float(rng.integers(hrs[0] * 2, hrs[1] * 2 + 1) / 2),
                             days_per_week=int(days if rng.random() > 0.1 or days == 7 else 6),
                             fee=float(round(rng.uniform(*fee), -4)), source="registry"))
    for row, name in zip(rows, _unique([r_["name"] for r_ in rows])):
        row["name"] = name
    return rows


def community(rng, corners, pop, poverty):
    """Municipal survey of community care points (Spanish field names on purpose)."""
    rows = []
    for tipo, (grupo, n, prefix, cupos, horas, dias) in COMMUNITY.items():
        xy, _ = _pick_points(rng, corners, np.sqrt(pop) * poverty ** 2 * (pop > 0), n)
        for k in range(n):
            g = grupo or str(rng.choice(["older", "all", "children"], p=[.5, .35, .15]))
            rows.append(dict(xy=xy[k], nombre=f"{prefix} {rng.choice(PLACES + KIDS)}", tipo=tipo,
                             cupos=None if rng.random() < 0.12
                             else int(rng.integers(cupos[0], cupos[1] + 1)),
                             horas=float(rng.integers(horas[0], horas[1] + 1)), dias=dias,
                             grupo=g))
    for row, name in zip(rows, _unique([r_["nombre"] for r_ in rows])):
        row["nombre"] = name
    return rows


def _strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def name_variant(rng, name):
    """A crowd mapper's spelling of a known facility name."""
    kind = int(rng.integers(0, 7))
    if kind == 0:
        return name.lower()
    if kind == 1:
        return _strip_accents(name).upper()
    if kind == 2:
        return _strip_accents(name)
    if kind == 3 and name.startswith("Jardín Infantil"):
        return "Jardin Infantil"
    if kind in (3, 4):  # swap two adjacent letters in the last word
        w = name.split(" ")
        last = w[-1]
        if len(last) > 3:
            i = int(rng.integers(1, len(last) - 2))
            w[-1] = last[:i] + last[i + 1] + last[i] + last[i + 2:]
        return " ".join(w)
    if kind == 5:  # drop one letter
        i = int(rng.integers(len(name) // 2, len(name) - 1))
        return name[:i] + name[i + 1:]
    return "  " + name.replace(" ", "  ", 1) + " "


def crowd(rng, corners, pop, poverty, reg, com):
    """Crowd-mapped rows (UTM xy; converted to lon/lat when written)."""
    rows = []
    group_of = {"childcare": "children", "kindergarten": "children", "nursing_home": "older",
                "elderly_day_care": "older", "disability_day_care": "disability",
                "community_kitchen": "all", "community_care_point": "all"}
    dup = [reg[i] for i in rng.choice(len(reg), 22, replace=False)]
    dup += [com[i] for i in rng.choice(len(com), 8, replace=False)]
    generic = 0
    for f in dup:
        ang, dist = rng.uniform(0, 2 * np.pi), rng.uniform(5, 40)
        name = f.get("name", f.get("nombre"))
        if generic < 2 and name.startswith("Jardín Infantil"):  # only the generic part
            name, generic = "Jardin Infantil", generic + 1
        else:
            name = name_variant(rng, name)
        stype = f.get("service_type", f.get("tipo"))
        cap = f.get("capacity", f.get("cupos"))
        rows.append(dict(xy=f["xy"] + dist * np.array([np.cos(ang), np.sin(ang)]),
                         name=name,
                         type=CROWD_TYPE[stype], capacity=cap if cap is None
                         else int(cap * rng.choice([1, 1, 1, 0.9, 1.1])),
                         hours=f.get("hours_per_day", f.get("horas")),
                         days=f.get("days_per_week", f.get("dias")),
                         group=f.get("target_group", f.get("grupo"))))
    new_kinds = [("childcare", "Guardería", (8, 30)), ("childcare", "Hogar Infantil", (10, 25)),
                 ("community_kitchen", "Olla Comunitaria", (40, 150)),
                 ("community_care_point", "Cuidado de Abuelos", (10, 30)),
                 ("elderly_day_care", "Club de Adulto Mayor", (15, 50)),
                 ("kindergarten", "Jardín", (15, 40)),
                 ("disability_day_care", "Fundación", (10, 35))]
    xy, _ = _pick_points(rng, corners, np.sqrt(pop) * (0.3 + poverty) * (pop > 0), 105)
    owners = ["Doña Marta", "Doña Rosa", "La Alegría", "Los Chiquitines", "El Buen Vecino",
              "Manos Amigas", "Abuelitos Felices", "La Colmena", "Sol Naciente", "Mi Casita"]
    for k in range(105):
        t, prefix, cap = new_kinds[int(rng.choice(7, p=[.3, .1, .2, .15, .1, .1, .05]))]
        rows.append(dict(xy=xy[k], name=f"{prefix} {rng.choice(owners + PLACES[40:])}", type=t,
                         capacity=int(rng.integers(cap[0], cap[1] + 1)),
                         hours=float(rng.integers(4, 11)), days=int(rng.choice([5, 5, 6])),
                         group=group_of[t]))
    junk = ["test", "xxx", "borrar", "prueba", "asdf", "TEST 2"]
    other = [("Droguería La Económica", "pharmacy"), ("Colegio Distrital San Martín", "school"),
             ("Parroquia San José Obrero", "place_of_worship"), ("Droguería Alemana", "pharmacy"),
             ("Colegio Nuevo Horizonte", "school"), ("Supermercado El Ahorro", "supermarket"),
             ("Tienda Don Pepe", "convenience"), ("Iglesia Pentecostal", "place_of_worship")]
    xy, _ = _pick_points(rng, corners, np.sqrt(pop) * (pop > 0), len(junk) + len(other))
    for k, (name, t) in enumerate([(j, str(rng.choice(list(group_of)))) for j in junk] + other):
        rows.append(dict(xy=xy[k], name=name, type=t, capacity=int(rng.integers(5, 200)),
                         hours=float(rng.integers(6, 13)), days=6, group="all"))
    for i in rng.choice(len(rows), 22, replace=False):
        rows[i]["capacity"] = None
    order = rng.permutation(len(rows))
    for i, row in enumerate(rows):
        row["reported_by"] = MAPPERS[i % len(MAPPERS)]
    return [rows[i] for i in order]
