"""Exports of a built section for places that cannot take a folder of pages."""
