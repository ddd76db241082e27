"""Review 31, kernels: the compact numbers of chart axes per language
(kernels.classify.compact_number) and the flag fields at fault
(kernels.time_figures.flag_faults), by hand."""
import numpy as np
import pytest
from caremap.kernels.classify import COMPACT_SUFFIXES, compact_language, compact_number
from caremap.kernels.time_figures import flag_faults, window_profile


@pytest.mark.parametrize("v, expected", [
    (1.5e6, (1.5, "f", 1, "M")),
    (2_340_000.0, (2.34, "f", 1, "M")),        # written with one decimal: 2.3M
    (120_000.0, (120.0, "f", 0, "k")),
    (100_000.0, (100.0, "f", 0, "k")),
    (999_499.0, (999.0, "f", 0, "k")),
    (999_500.0, (0.9995, "f", 1, "M")),        # 1000k would read wrong: 1.0M
    (99_950.0, (99_950.0, "f", 0, "")),        # below 100,000: in full
    (123.4, (123.0, "f", 0, "")),
    (7.0, (7.0, "f", 0, "")),
    (0.25, (0.25, "g", 2, "")),
    (-250_000.0, (-250.0, "f", 0, "k")),
])
def test_compact_number_in_english(v, expected):
    got = compact_number(v, "en")
    assert got[1:] == expected[1:] and got[0] == pytest.approx(expected[0])


def test_compact_suffixes_per_language():
    nb = "\u00a0"
    assert compact_number(120_000.0, "es_CO")[3] == nb + "mil" and compact_number(1.5e6, "es")[3] == nb + "M"
    assert compact_number(120_000.0, "pt_BR")[3] == nb + "mil" and compact_number(1.5e6, "pt-PT")[3] == nb + "mi"
    assert compact_number(120_000.0, "fr_FR")[3] == nb + "k" and compact_number(1.5e6, "fr")[3] == nb + "M"
    # a language not in the table and the C locale take the English forms
    assert compact_number(1.5e6, "de_DE")[3] == "M" and compact_language("C") == "en"
    assert compact_language("es_ES.UTF-8") == "es" and compact_language(None) == "en"
    assert set(COMPACT_SUFFIXES) == {"en", "es", "pt", "fr"}
    assert compact_number(float("nan"), "es") is None and compact_number(None) is None
    assert compact_number(float("inf")) is None


def test_flag_faults_name_each_field_with_count_and_first_value():
    flags = {"covered_evening": np.array([1.0, 0.0, np.nan, 1.0]),
             "covered_saturday": np.array([0.0, 3.0, 0.5, np.nan]),
             "temporal_desert": np.array([-1.0, 0.0, 0.0, 0.0])}
    assert flag_faults(flags) == [("covered_saturday", 2, 3.0), ("temporal_desert", 1, -1.0)]
    assert flag_faults({"covered_evening": flags["covered_evening"]}) == []
    # the same rule as the figures: what flag_faults accepts, window_profile accepts
    window_profile(np.ones(4), {"evening": flags["covered_evening"]})
    with pytest.raises(ValueError):
        window_profile(np.ones(4), {"saturday": flags["covered_saturday"]})
