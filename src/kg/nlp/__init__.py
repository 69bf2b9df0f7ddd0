"""Language processing under the extractors: normalising, splitting sentences, segmenting
and tagging words, and the word lists they consult."""
