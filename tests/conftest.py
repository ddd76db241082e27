"""Shared pytest set-up: make the repository importable as the package ``caremap``.

The repository root is the plugin folder. It must never itself be on ``sys.path``
(its ``processing/`` folder would shadow QGIS's own ``processing`` package), so we
expose it through ``.pkg/caremap -> ..`` and put ``.pkg`` on the path instead.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG_DIR = os.path.join(ROOT, ".pkg")
LINK = os.path.join(PKG_DIR, "caremap")
if not os.path.islink(LINK):
    os.makedirs(PKG_DIR, exist_ok=True)
    try:
        os.symlink(os.path.relpath(ROOT, PKG_DIR), LINK)
    except FileExistsError:  # another process made it first
        pass
if PKG_DIR not in sys.path:
    sys.path.insert(0, PKG_DIR)
# the root itself must not be importable as a path entry
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.getcwd()) != ROOT]
