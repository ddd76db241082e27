"""Dock panel and charts."""
