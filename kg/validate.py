"""SHACL validation of a graph file against ontology/shapes.ttl (pySHACL).

Where the ontology lives at run time (``ontology_dir``), first match wins:

1. ``$KG_ONTOLOGY_DIR`` if set (tests, deployments that keep it elsewhere);
2. ``<repo>/ontology`` = ``Path(kg.__file__).parent.parent / "ontology"``: the
   single source of truth in a checkout or an editable install;
3. ``importlib.resources.files("kg") / "ontology"``: a package-data copy that a
   wheel build can map from the top-level folder (setuptools
   ``package-dir = {"kg.ontology" = "ontology"}`` + ``package-data``), so the
   repo never holds two copies.
"""
from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

from .errors import GraphError

__all__ = ["ontology_dir", "ontology_file", "load_graph", "validate"]

_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}


def ontology_dir() -> Path:
    """The folder holding kg.ttl and shapes.ttl (see the module docstring for the order)."""
    env = os.environ.get("KG_ONTOLOGY_DIR")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parent.parent / "ontology"
    if (repo / "kg.ttl").is_file():
        return repo
    try:
        pkg = importlib.resources.files("kg") / "ontology"
        if pkg.is_dir():
            return Path(str(pkg))
    except (ModuleNotFoundError, NotADirectoryError, TypeError):
        pass
    raise GraphError(f"{repo}: ontology folder not found (kg.ttl, shapes.ttl); set KG_ONTOLOGY_DIR")


def ontology_file(name: str) -> Path:
    """``ontology_dir() / name``, with an error naming the path if it is missing."""
    path = ontology_dir() / name
    if not path.is_file():
        raise GraphError(f"{path}: ontology file missing")
    return path


def load_graph(path: Path):  # -> rdflib.Graph
    """Parse an RDF file into one rdflib Graph (named graphs of N-Quads/TriG are merged)."""
    import rdflib

    path = Path(path)
    if not path.is_file():
        raise GraphError(f"{path}: graph file not found")
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown RDF format {path.suffix!r} (expected one of {', '.join(_FORMATS)})")
    try:
        if fmt in ("nquads", "trig"):
            ds = rdflib.Dataset()
            ds.parse(path, format=fmt)
            g = rdflib.Graph(bind_namespaces="none")
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        g = rdflib.Graph(bind_namespaces="none")
        g.parse(path, format=fmt)
        return g
    except Exception as exc:  # rdflib raises many unrelated types on bad input
        raise GraphError(f"{path}: cannot parse as {fmt}: {exc}") from exc


def validate(
    graph_path: Path,
    shapes_path: Path | None = None,
    ontology_path: Path | None = None,
) -> tuple[bool, str]:
    """(conforms, report text) of the graph file against the SHACL shapes.

    No inference: the shapes list subclasses explicitly; the ontology is passed
    as pySHACL's ``ont_graph`` so class hierarchy checks (sh:class) can see it.
    """
    import pyshacl

    data = load_graph(Path(graph_path))
    shapes = load_graph(Path(shapes_path) if shapes_path else ontology_file("shapes.ttl"))
    ont = load_graph(Path(ontology_path) if ontology_path else ontology_file("kg.ttl"))
    conforms, _report_graph, text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ont,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        meta_shacl=False,
        advanced=False,
    )
    return bool(conforms), str(text)
