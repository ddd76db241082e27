"""The dock's cards write their numbers in the user's number locale, as its spin boxes do:
a Brazilian planner reads 0,333 and 7,5, never 0.333 beside a box showing 0,333."""
import numpy as np
import pytest
from qgis.PyQt.QtCore import QLocale


@pytest.fixture
def brazil():
    before = QLocale()
    QLocale.setDefault(QLocale("pt_BR"))
    yield
    QLocale.setDefault(before)


def key():
    return {"people": 1000.0, "people_within": 820.0, "people_in_deserts": 130.0, "places_needed": 16912.0,
            "places_missing": 9569.0, "reach_basis": "cost"}


def test_cards_in_the_number_locale(caremap_provider, brazil):
    from caremap.ui.figures import card_texts

    cards = card_texts(key(), 0.333, 7.5)
    texts = " ".join(text + " " + tip for text, tip, _value in cards.values())
    assert "0,333" in texts and "7,5" in texts, texts
    assert "0.333" not in texts and "7.5" not in texts, texts
    assert "9.569" in texts and "16.912" in texts  # the counts too (thousands with a dot)


def test_cards_in_english(caremap_provider):
    from caremap.ui.figures import card_texts

    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        texts = " ".join(t + " " + tip for t, tip, _v in card_texts(key(), 0.333, 7.5).values())
    finally:
        QLocale.setDefault(before)
    assert "0.333/person" in texts and "7.5 min" in texts and "9,569" in texts, texts


def test_care_block_cards_in_the_number_locale(caremap_provider, brazil):
    """The shares of the care-blocks cards are written as the other cards' numbers are:
    14,4% in Portuguese, never 14.4%."""
    from caremap.ui.figures import block_card_texts

    plan = {"dependants_covered_after": 1440.0, "caregivers_covered_after": 500.0, "blocks": np.arange(3),
            "new_blocks": 2, "open_blocks": 1, "dependants_share_after": 0.144, "dependants_share_before": 0.052,
            "caregivers_share_after": 0.25, "caregivers_share_before": 0.125}
    texts = " ".join(text for text, _tip, _value in block_card_texts(plan).values())
    assert "14,4%" in texts and "5,2%" in texts and "25,0%" in texts and "12,5%" in texts, texts
    assert "14.4%" not in texts and "12.5%" not in texts, texts
