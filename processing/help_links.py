"""Where an algorithm's help points: the rendered algorithm reference shipped with the
plugin (docs/html/algorithms.<lang>.html, in the user's language where translated, else
English) for the Help button, and the formula in the rendered methods page
(docs/html/methods.html#anchor) one click away from the help panel.

METHOD_ANCHORS maps an algorithm id to the anchor of its section in docs/methods.md
(an algorithm without an entry gets no link: preflight, whose check has no formula)."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HTML_DIR = os.path.join(PLUGIN_DIR, "docs", "html")

# algorithm id -> anchor of its section in docs/html/methods.html (docs/methods.md headings;
# tests/qgis/test_docs.py checks every anchor exists in the rendered page)
METHOD_ANCHORS = {
    "supplyinventory": "1-supply-full-day-equivalent-capacity",
    "osmsupply": "1-supply-full-day-equivalent-capacity",
    "caredemand": "2-care-demand-the-madrid-scale",
    "rasterdemand": "2-care-demand-the-madrid-scale",
    "catchments": "catchment-areas-caremapcatchments",
    "osmnetwork": "a-street-network-from-openstreetmap-caremaposmnetwork",
    "accessibility": "4-accessibility-2sfca-and-its-family",
    "caregaps": "5-care-gaps",
    "caredeserts": "6-care-deserts",
    "hotspots": "7-hot-and-cold-spots",
    "equity": "8-equity-of-access",
    "priorityindex": "9-care-priority-index",
    "siting": "10-siting-new-facilities",
    "unpaidcare": "11-unpaid-care-work",  # opening hours of services: #time-in-the-outputs
    "careblocks": "care-blocks-caremapcareblocks",
    "fieldsurvey": "community-field-surveys-caremapfieldsurvey",
    "syntheticgtfs": "synthetic-gtfs-caremapsyntheticgtfs",
    "carebatch": "12-batch-over-municipalities",
    "carepipeline": "caremap-methods-the-formulas-for-planners",
    "report": "caremap-methods-the-formulas-for-planners",
}


def running_language():
    """The two-letter code of the language QGIS runs in ('en' when unknown)."""
    try:
        return (QgsApplication.instance().translation() or "en")[:2]
    except AttributeError:
        return "en"


_language = running_language


def reference_url(algorithm_id):
    """file:// URL of the algorithm reference at ``algorithm_id``'s section, in the
    running language when that page exists, else the English page."""
    lang = _language()
    path = os.path.join(HTML_DIR, f"algorithms.{lang}.html")
    if not os.path.exists(path):
        path = os.path.join(HTML_DIR, "algorithms.html")
    url = QUrl.fromLocalFile(path)
    url.setFragment(algorithm_id)
    return url.toString()


def method_url(algorithm_id):
    """file:// URL of the formula of ``algorithm_id`` in the methods page, or ''."""
    anchor = METHOD_ANCHORS.get(algorithm_id)
    if not anchor:
        return ""
    url = QUrl.fromLocalFile(os.path.join(HTML_DIR, "methods.html"))
    url.setFragment(anchor)
    return url.toString()
