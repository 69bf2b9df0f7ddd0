"""Extractors, registered by name; importing this package registers the built-in ones."""

from kg.extract import people  # noqa: F401  (registers the extractor)
from kg.extract.base import EXTRACTORS, Extraction, Extractor, Relation, get_extractors, register

__all__ = ["EXTRACTORS", "Extraction", "Extractor", "Relation", "get_extractors", "register"]
