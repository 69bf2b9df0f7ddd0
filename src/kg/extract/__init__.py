"""Extractors, registered by name; importing this package registers the built-in ones."""

from kg.extract import achievements, goals, hierarchy, meetings, people, statements  # noqa: F401
from kg.extract.base import EXTRACTORS, Extraction, Extractor, Relation, get_extractors, register

__all__ = ["EXTRACTORS", "Extraction", "Extractor", "Relation", "get_extractors", "register"]
