"""SciPy imported on first use, not when a kernel module is imported.

QGIS loads the CareMap provider (and with it every algorithm and the kernels they
import) at every start, ``qgis_process`` included, even to run another provider's
algorithm. Importing SciPy costs about a third of a second there, so the kernels name
SciPy through these stand-ins, which import the real module the first time a kernel
actually uses it:

    sparse = lazy_module("scipy.sparse")          # sparse.csr_matrix(...) works as before
    cKDTree = lazy_name("scipy.spatial", "cKDTree")  # cKDTree(xy) works as before

A stand-in for a name is a plain function forwarding its arguments: call it, do not use
it in ``isinstance`` (no kernel does). ``tests/qgis/test_startup.py`` checks that listing
the provider's algorithms leaves ``scipy`` out of ``sys.modules``.
"""
import importlib


class LazyModule:
    """Stands for the module ``name``; imports it when one of its attributes is read."""

    __slots__ = ("_name", "_module")

    def __init__(self, name):
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_module", None)

    def _load(self):
        module = self._module
        if module is None:
            module = importlib.import_module(self._name)
            object.__setattr__(self, "_module", module)
        return module

    def __getattr__(self, attr):
        return getattr(self._load(), attr)

    def __repr__(self):
        state = "loaded" if self._module is not None else "not loaded yet"
        return f"<lazy module {self._name!r} ({state})>"


def lazy_module(name):
    """A stand-in for ``import name``, importing it on first attribute access."""
    return LazyModule(name)


def lazy_name(module, name):
    """A stand-in for ``from module import name`` (a function or a class, used by calling
    it), importing ``module`` on the first call."""
    target = []

    def call(*args, **kwargs):
        if not target:
            target.append(getattr(importlib.import_module(module), name))
        return target[0](*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"``{module}.{name}``, imported on first call."
    return call
