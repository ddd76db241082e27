"""The tutorials say what the dialogs show (issue 19: "what participants see on their
screens"): every parameter the tutorial names as *Label* (`ID`) or in a table row
"| Label (`ID`) | value |" carries exactly the label that parameter has in one of the
tutorial's algorithms, in the tutorial's language (the shipped .qm of es/pt installed),
and a choice given in italics in a table is one of that parameter's displayed options."""
import os
import re

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TUTORIALS = {"en": "tutorial.md", "es": "tutorial.es.md", "pt": "tutorial.pt.md"}
ALGS = ("supplyinventory", "caredemand", "accessibility", "caregaps", "caredeserts", "hotspots",
        "priorityindex", "siting", "unpaidcare", "report", "osmnetwork", "osmsupply", "careblocks", "syntheticgtfs")
ROW = re.compile(r"^\| (.+?) \(`([A-Z_]+)`[^)]*\) \| (.+?) \|\s*$", re.M)
INLINE = re.compile(r"\*([^*|]+?)\* \(`([A-Z_]+)`\)")


def _dialog_texts(provider, lang):
    translator = None
    if lang != "en":
        translator = QTranslator()
        assert translator.load(os.path.join(ROOT, "i18n", f"caremap_{lang}.qm")), lang
        QCoreApplication.installTranslator(translator)
    try:
        labels, options = {}, {}
        for name in ALGS:
            alg = provider.algorithm(name).create()  # labels are translated at creation
            for p in alg.parameterDefinitions():
                labels.setdefault(p.name(), set()).add(p.description())
                if p.type() == "enum":
                    options.setdefault(p.name(), set()).update(p.options())
        return labels, options
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", sorted(TUTORIALS))
def test_tutorial_quotes_the_dialog_labels_and_choices(lang, caremap_provider):
    path = os.path.join(ROOT, "docs", TUTORIALS[lang])
    if not os.path.exists(path):
        pytest.fail(f"{TUTORIALS[lang]} missing")
    text = open(path, encoding="utf-8").read().replace("\\|", "|")
    labels, options = _dialog_texts(caremap_provider, lang)
    bad, seen = [], 0
    for m in ROW.finditer(text):
        label, pid, value = m.group(1).strip(), m.group(2), m.group(3)
        seen += 1
        if pid in labels and label not in labels[pid]:
            bad.append(f"{pid}: tutorial says {label!r}, dialog says {sorted(labels[pid])}")
        chosen = re.match(r"\*(.+?)\*(?:,|$)", value.strip())
        if pid in options and chosen and chosen.group(1).replace("\\*", "*") not in options[pid]:
            bad.append(f"{pid}: choice {chosen.group(1)!r} is not one of {sorted(options[pid])}")
    for m in INLINE.finditer(text):
        label, pid = m.group(1).strip(), m.group(2)
        seen += 1
        if pid in labels and label not in labels[pid]:
            bad.append(f"{pid}: tutorial says {label!r}, dialog says {sorted(labels[pid])}")
    assert seen > 60, seen
    assert bad == [], f"{TUTORIALS[lang]}: {len(bad)} labels differ from the dialogs:\n" + "\n".join(bad)
