"""Processing provider, algorithm adapters and the shared layer I/O."""
