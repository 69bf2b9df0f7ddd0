"""Facts as RDF: the vocabulary read from ``ontology/``, IRI minting, named graphs."""
