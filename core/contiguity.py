"""Contiguity from shared vertices and shared edges, vectorised (no QGIS needed).

Two polygons are **queen** neighbours when they share a vertex (the same coordinates,
exactly), **rook** neighbours when they share an edge (two consecutive vertices of a ring,
in either direction) — the definitions of libpysal's and GeoDa's contiguity weights. The
polygons come as WKB (ISO or EWKB; Z and M are ignored; multi-part and collections are
walked), their vertices are numbered once with ``numpy.unique``, and the pairs of polygons
sharing a vertex (edge) are read off the sorted (vertex, polygon) table: no Python loop per
vertex or per pair.
"""

import struct
from typing import List, Optional, Sequence, Tuple

import numpy as np

from . import QT_TR_NOOP, MethodError


def wkb_rings(wkb: bytes) -> List[np.ndarray]:
    """The vertex rings (n × 2 arrays of x, y) of a WKB geometry: each ring of a polygon,
    each line, each point (a ring of one)."""
    out: List[np.ndarray] = []
    _parse(memoryview(wkb), 0, out)
    return out


def _parse(buf, off: int, out: List[np.ndarray]) -> int:
    endian = "<" if buf[off] == 1 else ">"
    (code,) = struct.unpack_from(endian + "I", buf, off + 1)
    off += 5
    if code & 0x20000000:  # EWKB SRID
        off += 4
    iso = (code & 0x0FFFFFFF) // 1000
    dims = 2 + bool(code & 0x80000000 or iso in (1, 3)) + bool(code & 0x40000000 or iso in (2, 3))
    base = (code & 0x0FFFFFFF) % 1000
    f8 = np.dtype(endian + "f8")
    if base == 1:
        out.append(np.frombuffer(buf, dtype=f8, count=dims, offset=off).reshape(1, dims)[:, :2])
        return off + 8 * dims
    if base in (2, 3):
        (count,) = struct.unpack_from(endian + "I", buf, off)
        off += 4
        rings = 1 if base == 2 else count
        for _ in range(rings):
            if base == 3:
                (count,) = struct.unpack_from(endian + "I", buf, off)
                off += 4
            out.append(np.frombuffer(buf, dtype=f8, count=count * dims, offset=off).reshape(count, dims)[:, :2])
            off += 8 * dims * count
        return off
    if base in (4, 5, 6, 7):
        (count,) = struct.unpack_from(endian + "I", buf, off)
        off += 4
        for _ in range(count):
            off = _parse(buf, off, out)
        return off
    raise MethodError(QT_TR_NOOP("Unsupported geometry type {code} (curves must be segmentized first)."), code=code)


def vertex_table(wkbs: Sequence[Optional[bytes]]) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every vertex of the geometries: (x, y) as an (N, 2) array, the geometry's row and
    the ring's number (one number per ring across all geometries). None: no geometry."""
    coords, owner, ring = [], [], []
    r = 0
    for row, wkb in enumerate(wkbs):
        if not wkb:
            continue
        for c in wkb_rings(wkb):
            coords.append(c)
            owner.append(np.full(len(c), row, dtype=np.int64))
            ring.append(np.full(len(c), r, dtype=np.int64))
            r += 1
    if not coords:
        return np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(coords), np.concatenate(owner), np.concatenate(ring)


def _vertex_ids(xy: np.ndarray) -> np.ndarray:
    """A number per distinct (x, y) (exact equality; -0.0 = 0.0)."""
    xy = np.ascontiguousarray(xy, dtype=np.float64) + 0.0  # -0.0 → 0.0
    _, ids = np.unique(xy.view(np.complex128).ravel(), return_inverse=True)
    return ids.astype(np.int64).ravel()


def shared_vertex_pairs(n: int, xy: np.ndarray, owner: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """The pairs (a < b) of the ``n`` geometries sharing at least one vertex."""
    if owner.size == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return _pairs_sharing(_vertex_ids(xy), owner, n)


def shared_edge_pairs(n: int, xy: np.ndarray, owner: np.ndarray, ring: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """The pairs (a < b) of the ``n`` geometries sharing at least one edge (two consecutive
    vertices of a ring, either direction; zero-length edges ignored)."""
    if owner.size < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    vid = _vertex_ids(xy)
    same = ring[1:] == ring[:-1]
    p, q = vid[:-1][same], vid[1:][same]
    edge_owner = owner[:-1][same]
    real = p != q
    p, q, edge_owner = p[real], q[real], edge_owner[real]
    lo, hi = np.minimum(p, q), np.maximum(p, q)
    _, edge = np.unique(lo * (int(vid.max()) + 1) + hi, return_inverse=True)
    return _pairs_sharing(edge.astype(np.int64).ravel(), edge_owner, n)


def _pairs_sharing(key: np.ndarray, owner: np.ndarray, n: int) -> Tuple[np.ndarray, np.ndarray]:
    """The owner pairs (a < b) with a key in common (keys: dense ids < len)."""
    code = np.unique(key * np.int64(n) + owner)  # (key, owner) once each, by key then owner
    k, o = code // n, code % n
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    sizes = np.diff(np.r_[starts, k.size])
    pos: np.ndarray = np.arange(k.size) - np.repeat(starts, sizes)  # position within its key's group
    after = np.repeat(sizes, sizes) - 1 - pos  # partners later in the group
    total = int(after.sum())
    if total == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    first = np.repeat(np.arange(k.size), after)
    step = np.arange(total) - np.repeat(np.cumsum(after) - after, after)
    a, b = o[first], o[first + 1 + step]
    pairs = np.unique(a * np.int64(n) + b)
    return pairs // n, pairs % n
