"""Hand-checked tests of kernels.supply: names, cleaning rules, de-duplication,
capacity imputation, full-day equivalents, mappings and OSM tag matching."""
import numpy as np
import pytest
from caremap.kernels.supply import (
    apply_cleaning_rules,
    candidate_pairs,
    completeness,
    deduplicate,
    fill_from_duplicates,
    full_day_equivalent,
    impute_capacity,
    match_osm_tags,
    name_similarity,
    normalize_name,
    parse_field_mapping,
    parse_other_tags,
    source_ranks,
)
from hypothesis import given, settings
from hypothesis import strategies as st


def test_normalize_name_accents_punctuation_common_words():
    assert normalize_name("Jardín Infantil  LOS Pollitos!") == "pollitos"
    assert normalize_name("Hogar Comunitario 'Los Pollitos'") == "pollitos"
    assert normalize_name("Centro Día São João") == "dia sao joao"
    # only common words: they are kept so the name is still compared
    assert normalize_name("Jardín Infantil") == "jardin infantil"
    assert normalize_name(None) == ""
    assert normalize_name("  ") == ""


def test_name_similarity():
    assert name_similarity("pollitos", "pollitos") == 1.0
    assert name_similarity("", "pollitos") == 0.0
    assert name_similarity("pollitos felices", "felices pollitos") == 1.0  # token sets
    assert name_similarity("pollitos", "polllitos") > 0.9  # typo
    assert name_similarity("pollitos", "abuelos") < 0.6


def test_candidate_pairs_are_within_distance_inclusive():
    x = np.array([0.0, 50.0, 101.0, 0.0])
    y = np.array([0.0, 0.0, 0.0, 49.0])
    i, j = candidate_pairs(x, y, 50.0)
    got = sorted(zip(i.tolist(), j.tolist()))
    assert got == [(0, 1), (0, 3)]


def test_dedup_keeps_most_trusted_source_then_most_complete():
    # 0 crowd, 1 registry, 2 community: same facility, within 30 m
    # 3 registry far away with the same name: not merged
    # 4 community near 0 but another name: not merged
    # 5, 6 two community records of another facility: the more complete one kept
    x = np.array([0.0, 20.0, 10.0, 5000.0, 15.0, 900.0, 910.0])
    y = np.array([0.0, 10.0, -20.0, 0.0, 5.0, 900.0, 900.0])
    names = ["Jardin Los Pollitos", "JARDÍN INFANTIL LOS POLLITOS", "Hogar los pollitos.",
             "Los Pollitos", "Casa de la Abuela Rosa", "Abuelos Felices", "Abuelos felices"]
    sources = ["crowd", "registry", "community", "registry", "community", "community", "community"]
    rank = source_ranks(sources, ["registry", "community", "crowd"])
    assert rank.tolist() == [2, 0, 1, 0, 1, 1, 1]
    comp = np.array([3, 3, 5, 3, 3, 2, 4])
    res = deduplicate(x, y, names, sources, rank, comp, distance=50.0)
    assert res.keep.tolist() == [False, True, False, True, True, False, True]
    assert res.duplicate_of.tolist() == [1, -1, 1, -1, -1, 6, -1]
    assert res.merged_sources[1] == "community;crowd;registry"
    assert res.merged_sources[6] == "community"
    assert res.merged_sources[3] == "registry"
    assert res.n_merged.tolist() == [0, 3, 0, 1, 1, 0, 2]


def test_dedup_respects_distance_and_threshold():
    x = np.array([0.0, 60.0])
    y = np.zeros(2)
    res = deduplicate(x, y, ["A B", "A B"], ["s", "s"], [0, 0], [1, 1], distance=50)
    assert res.keep.all()
    res = deduplicate(x, y, ["A B", "A B"], ["s", "s"], [0, 0], [1, 1], distance=60)
    assert res.keep.tolist() == [True, False]
    # missing names never match
    res = deduplicate(x, y, [None, None], ["s", "s"], [0, 0], [1, 1], distance=60)
    assert res.keep.all()


def test_dedup_transitive_chain():
    # a~b (20 m), b~c (20 m), a-c 40 m: one group with distance 25
    x = np.array([0.0, 20.0, 40.0])
    res = deduplicate(x, np.zeros(3), ["x y"] * 3, ["c", "b", "a"], [2, 1, 0], [1, 1, 1], distance=25)
    assert res.keep.tolist() == [False, False, True]
    assert res.duplicate_of.tolist() == [2, 2, -1]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200), st.sampled_from(["ana", "bea", "ana", None])),
                min_size=1, max_size=40))
def test_dedup_invariants(rows):
    x = np.array([r[0] for r in rows], float)
    y = np.array([r[1] for r in rows], float)
    names = [r[2] for r in rows]
    res = deduplicate(x, y, names, ["s"] * len(rows), np.zeros(len(rows)), np.zeros(len(rows)), distance=30)
    # every group has exactly one kept record; duplicates point to a kept record of their group
    groups = np.unique(res.group)
    assert res.keep.sum() == len(groups)
    dup = ~res.keep
    assert res.keep[res.duplicate_of[dup]].all()
    assert (res.group[res.duplicate_of[dup]] == res.group[dup]).all()
    assert res.n_merged.sum() == len(rows)
    # matched pairs are within the distance and have equal names
    for i in np.flatnonzero(dup):
        assert names[i] is not None


def test_cleaning_rules_whitelist_and_blacklist_counts():
    types = ["Jardín", "jardin", "hogar", None, "nursery"]
    names = ["A", "CERRADO - B", "Prueba C", "D", "Cerrado"]
    keep, reason, hits = apply_cleaning_rules(types, names, whitelist=["jardin", "nursery"],
                                              blacklist=r"cerrado|prueba")
    assert keep.tolist() == [True, False, False, False, False]
    assert reason.tolist() == [None, "name_blacklisted", "type_not_whitelisted",
                               "type_not_whitelisted", "name_blacklisted"]
    assert hits == {"type_not_whitelisted": 2, "name_blacklisted": 3}
    keep, _, hits = apply_cleaning_rules(types, names)
    assert keep.all() and hits == {"type_not_whitelisted": 0, "name_blacklisted": 0}
    with pytest.raises(ValueError, match="regular expression"):
        apply_cleaning_rules(types, names, blacklist="(")


def test_impute_capacity_by_type_then_overall():
    cap = [10, np.nan, 30, 0, np.nan, 7, np.nan]
    typ = ["a", "a", "a", "a", "b", "b", "c"]
    out, flag = impute_capacity(cap, typ)
    # type a known above 0: 10, 30 -> median 20; type b: 7; type c none -> overall median(10,30,7)=10;
    # the reported 0 is a value: kept, not imputed (issue 12), and not in the medians
    assert out.tolist() == [10, 20, 30, 0, 7, 7, 10]
    assert flag.tolist() == [0, 1, 0, 0, 1, 0, 2]
    assert (out[np.array(flag) > 0] > 0).all()


def test_impute_capacity_errors_and_default():
    with pytest.raises(ValueError, match="negative capacity -3"):
        impute_capacity([1, -3], ["a", "a"])
    with pytest.raises(ValueError, match="default capacity"):
        impute_capacity([np.nan, 0], ["a", "a"])
    out, flag = impute_capacity([np.nan, 0], ["a", "a"], default=12)
    assert out.tolist() == [12, 0] and flag.tolist() == [3, 0]
    # all reported zeros, none missing: nothing to impute, no NaN
    out, flag = impute_capacity([0, 0], ["a", "a"])
    assert out.tolist() == [0, 0] and flag.tolist() == [0, 0]


@pytest.mark.parametrize("bad", [np.inf, -np.inf])
def test_impute_capacity_refuses_infinite(bad):
    with pytest.raises(ValueError, match="negative|infinite"):
        impute_capacity([10, bad, np.nan], ["a", "a", "a"])


def test_full_day_equivalent():
    fde, nh, nd = full_day_equivalent([100, 100, 100, 40], [4, 10, np.nan, 8], [5, 3, 5, np.nan])
    # 100*0.5*1, 100*1*0.6, default 8 h -> 100, default 5 days -> 40
    assert np.allclose(fde, [50, 60, 100, 40])
    assert (nh, nd) == (1, 1)
    with pytest.raises(ValueError, match="hours_per_day"):
        full_day_equivalent([1], [25], [5])
    with pytest.raises(ValueError, match="days_per_week"):
        full_day_equivalent([1], [8], [-1])


def test_completeness():
    assert completeness([np.array([1.0, np.nan]), np.array(["a", None], dtype=object),
                         np.array(["", "b"], dtype=object)]).tolist() == [2, 1]


def test_parse_field_mapping():
    m = parse_field_mapping(" name=nombre, capacity = cupos ,sphere='public',source=\"crowd\"")
    assert m == {"name": ("field", "nombre"), "capacity": ("field", "cupos"),
                 "sphere": ("const", "public"), "source": ("const", "crowd")}
    with pytest.raises(ValueError, match="unknown inventory field 'nam'"):
        parse_field_mapping("nam=nombre")
    with pytest.raises(ValueError, match="not of the form"):
        parse_field_mapping("name")


def test_parse_other_tags():
    tags = parse_other_tags('"amenity"=>"kindergarten","capacity"=>"40","note"=>"a \\"b\\" c"')
    assert tags == {"amenity": "kindergarten", "capacity": "40", "note": 'a "b" c'}
    assert parse_other_tags(None) == {}


RULES = [
    dict(kind="service", key="social_facility", value="nursing_home", condition_key="", condition_value="",
         service_type="nursing_home", target_group="older", sphere=""),
    dict(kind="service", key="social_facility", value="day_care", condition_key="social_facility:for",
         condition_value="senior", service_type="day_care_older", target_group="older", sphere=""),
    dict(kind="service", key="social_facility", value="day_care", condition_key="", condition_value="",
         service_type="day_care", target_group="all", sphere=""),
    dict(kind="sphere", key="operator:type", value="public", condition_key="", condition_value="",
         service_type="", target_group="", sphere="public"),
]


def test_match_osm_tags_table_order_and_sphere():
    got = match_osm_tags({"social_facility": "day_care", "social_facility:for": "child;senior",
                          "operator:type": "public"}, RULES)
    assert got["service_type"] == "day_care_older" and got["target_group"] == "older"
    assert got["sphere"] == "public"
    got = match_osm_tags({"social_facility": "day_care"}, RULES)
    assert got["service_type"] == "day_care" and got["sphere"] is None
    assert match_osm_tags({"amenity": "bench"}, RULES) is None


def test_fill_from_duplicates_takes_the_most_trusted_value():
    # record 0 kept (no capacity) with duplicates 1 (rank 2, 30) and 2 (rank 1, 25);
    # record 3 kept with a capacity keeps it; record 4 kept with no duplicate stays NaN
    values = [np.nan, 30, 25, 10, 0]
    keep = np.array([True, False, False, True, True])
    dup_of = np.array([-1, 0, 0, -1, -1])
    rank = np.array([0, 2, 1, 0, 0])
    out, filled = fill_from_duplicates(values, keep, dup_of, rank, missing_zero=True)
    assert out[0] == 25 and out[3] == 10 and out[4] == 0
    assert filled.tolist() == [True, False, False, False, False]
