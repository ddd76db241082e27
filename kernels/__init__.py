"""Pure NumPy/SciPy kernels: every CareMap formula lives here.

Nothing in this package imports ``qgis`` or Qt, so it is testable in any Python and
reusable outside QGIS. Each public function documents its formula, units and reference.
"""
