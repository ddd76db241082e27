"""One word for one idea (issue 19, participant material): docs/workshop/glossary.md
fixes the term of each concept per language and the terms not to use; neither the
plugin's translations (i18n/caremap_<lang>.ts) nor the tutorial and handout of that
language may use an avoided term."""
import pathlib
import re
import xml.etree.ElementTree as ET

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "workshop" / "glossary.md"
LANGS = ("es", "pt", "fr")


def glossary_rows():
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[0] not in ("English", "") and not set(cells[0]) <= set("-: "):
            rows.append(cells)
    return rows


def avoided(lang):
    i = LANGS.index(lang)
    words = []
    for row in glossary_rows():
        parts = [p.strip() for p in row[4].split("/")]
        if len(parts) == 3 and parts[i] not in ("", "—", "-"):
            words.append(parts[i])
    return words


def texts(lang):
    tree = ET.parse(ROOT / "i18n" / f"caremap_{lang}.ts")
    for m in tree.iter("message"):
        if m.get("type") in ("vanished", "obsolete"):
            continue
        t = m.find("translation")
        if t is None:
            continue
        forms = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
        for text in forms:
            yield "i18n " + (m.findtext("source") or "")[:50], text
    for name in (f"tutorial.{lang}.md", f"handout.{lang}.md"):
        path = ROOT / "docs" / name
        if path.exists():
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                yield f"{name}:{n}", line


def test_glossary_has_every_language_for_every_term():
    rows = glossary_rows()
    assert len(rows) >= 15
    for row in rows:
        assert all(row[:4]) and len(row[4].split("/")) == 3, row


@pytest.mark.parametrize("lang", LANGS)
def test_no_avoided_term(lang):
    words = avoided(lang)
    bad = []
    for where, text in texts(lang):
        for w in words:
            # the word and its plural, whole words, any case
            if re.search(rf"(?<!\w){re.escape(w)}(e?s)?(?!\w)", text, re.IGNORECASE):
                bad.append(f"{where}: '{w}' in {text[:80]!r}")
    assert bad == [], f"{len(bad)} uses of avoided terms ({lang}):\n" + "\n".join(bad[:40])
