"""Shared-vertex / shared-edge contiguity (core.contiguity): WKB walking and hand cases."""

import struct

import numpy as np
import pytest

from territorial_clusters.core import MethodError, contiguity, graph


def ring_bytes(coords, endian="<", dims=2):
    out = struct.pack(endian + "I", len(coords))
    for c in coords:
        c = tuple(c) + (7.0,) * (dims - 2)
        out += struct.pack(endian + "d" * dims, *c)
    return out


def polygon(rings, endian="<", code=3, dims=2):
    head = (b"\x01" if endian == "<" else b"\x00") + struct.pack(endian + "I", code)
    return head + struct.pack(endian + "I", len(rings)) + b"".join(ring_bytes(r, endian, dims) for r in rings)


def multi(parts, code=6):
    return b"\x01" + struct.pack("<I", code) + struct.pack("<I", len(parts)) + b"".join(parts)


def square(x, y, s=1.0):
    return [(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)]


def test_wkb_rings_polygon_multipolygon_z_big_endian_collection():
    hole = [(0.2, 0.2), (0.4, 0.2), (0.4, 0.4), (0.2, 0.2)]
    rings = contiguity.wkb_rings(polygon([square(0, 0), hole]))
    assert [r.shape for r in rings] == [(5, 2), (4, 2)]
    assert rings[0][1].tolist() == [1.0, 0.0]
    big = contiguity.wkb_rings(polygon([square(2, 3)], endian=">"))
    assert big[0][2].tolist() == [3.0, 4.0]
    z = contiguity.wkb_rings(polygon([square(0, 0)], code=1003, dims=3))  # PolygonZ: z dropped
    assert z[0].shape == (5, 2) and z[0][2].tolist() == [1.0, 1.0]
    zm = contiguity.wkb_rings(polygon([square(0, 0)], code=3003, dims=4))
    assert zm[0][3].tolist() == [0.0, 1.0]
    mp = contiguity.wkb_rings(multi([polygon([square(0, 0)]), polygon([square(5, 5)])]))
    assert len(mp) == 2 and mp[1][0].tolist() == [5.0, 5.0]
    gc = contiguity.wkb_rings(multi([polygon([square(0, 0)]), b"\x01" + struct.pack("<Idd", 1, 9.0, 9.0)], code=7))
    assert gc[1].tolist() == [[9.0, 9.0]]
    with pytest.raises(MethodError, match="Unsupported geometry type 10"):
        contiguity.wkb_rings(b"\x01" + struct.pack("<I", 10) + struct.pack("<I", 0))


def grid(nx, ny):
    return [polygon([square(i, j)]) for j in range(ny) for i in range(nx)]


def brute(nx, ny, rook):
    cells = [(i, j) for j in range(ny) for i in range(nx)]
    out = set()
    for a, (i, j) in enumerate(cells):
        for b, (k, m) in enumerate(cells):
            if a != b and max(abs(i - k), abs(j - m)) == 1 and (not rook or abs(i - k) + abs(j - m) == 1):
                out.add((a, b))
    return out


@pytest.mark.parametrize("rook", [False, True])
def test_grid_queen_and_rook(rook):
    wkbs = grid(5, 4)
    xy, owner, ring = contiguity.vertex_table(wkbs)
    if rook:
        a, b = contiguity.shared_edge_pairs(20, xy, owner, ring)
    else:
        a, b = contiguity.shared_vertex_pairs(20, xy, owner)
    assert np.all(a < b)
    nb = graph.from_pairs(20, a, b)
    assert set(zip(nb.i.tolist(), nb.j.tolist())) == brute(5, 4, rook)
    assert graph.cardinalities(nb).max() == (4 if rook else 8)


def test_edge_direction_duplicates_none_and_negative_zero():
    a = polygon([square(0, 0)])
    b = polygon([[(1.0, 1.0), (1.0, 0.0), (2.0, 0.0), (2.0, 1.0), (1.0, 1.0)]])  # shared edge reversed
    c = polygon([[(-0.0, 1.0), (0.0, 2.0), (-1.0, 2.0), (-0.0, 1.0)]])  # touches a at (0, 1) with -0.0
    d = polygon([square(0, 0)])  # a duplicate of a: shares all its edges
    xy, owner, ring = contiguity.vertex_table([a, b, None, c, d])
    assert set(owner.tolist()) == {0, 1, 3, 4}
    qa, qb = contiguity.shared_vertex_pairs(5, xy, owner)
    assert sorted(zip(qa.tolist(), qb.tolist())) == [(0, 1), (0, 3), (0, 4), (1, 4), (3, 4)]
    ra, rb = contiguity.shared_edge_pairs(5, xy, owner, ring)
    assert sorted(zip(ra.tolist(), rb.tolist())) == [(0, 1), (0, 4), (1, 4)]


def test_rings_do_not_join_across_parts():
    """The last vertex of one ring and the first of the next are no edge."""
    p = multi([polygon([[(0, 0), (1, 0), (0, 1), (0, 0)]]), polygon([[(5, 5), (6, 5), (5, 6), (5, 5)]])])
    q = polygon([[(0, 0), (5, 5), (9, 0), (0, 0)]])  # has the edge (0,0)-(5,5)
    xy, owner, ring = contiguity.vertex_table([p, q])
    a, _ = contiguity.shared_edge_pairs(2, xy, owner, ring)
    assert a.size == 0
    assert contiguity.shared_vertex_pairs(2, xy, owner)[0].tolist() == [0]


def test_empty():
    xy, owner, ring = contiguity.vertex_table([None, b""])
    assert xy.shape == (0, 2)
    assert contiguity.shared_vertex_pairs(2, xy, owner)[0].size == 0
    assert contiguity.shared_edge_pairs(2, xy, owner, ring)[0].size == 0
