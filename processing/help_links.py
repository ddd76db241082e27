"""Where an algorithm's help points: the rendered algorithm reference shipped with the
plugin (docs/html/algorithms.<lang>.html, in the user's language where translated, else
English) for the Help button, and the formula in the rendered methods page
(docs/html/methods.html#anchor) one click away from the help panel.

METHOD_ANCHORS maps an algorithm id to the anchor of its section in docs/methods.md
(filled by scripts/make_docs.py's author; an algorithm without an entry gets no link)."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HTML_DIR = os.path.join(PLUGIN_DIR, "docs", "html")

METHOD_ANCHORS = {}


def _language():
    try:
        return (QgsApplication.instance().translation() or "en")[:2]
    except AttributeError:
        return "en"


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
