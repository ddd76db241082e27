"""One module per algorithm. Every concrete :class:`CareMapAlgorithm` subclass defined
in a module of this package is registered by the provider (see ``provider.py``)."""
