"""The weights of spatial autocorrelation (:mod:`core.moran`): the district graph as a sparse
matrix, row-standardised.

Weights are the district graph (a ``core.graph.Neighbours``-like object with ``n``, ``i``,
``j``, ``w``, or an n × n scipy sparse matrix), row-standardised here. A district whose value
is NULL/NaN is left out of the computation: the graph is restricted to the districts with a
value and standardised again, so its neighbours average over the others; it gets the class
"Undefined". A district without a neighbour (an island, also one whose neighbours all lack a
value) keeps its value in the mean and variance, has lag 0 and local I 0 (as esda), no z or
pseudo p-value, and the class "Island" — it is never "significant".
"""

import numpy as np
from scipy import sparse

from . import MethodError, QT_TR_NOOP


def weights(nb) -> sparse.csr_matrix:
    """The raw weights of ``nb`` (a Neighbours-like object or a square sparse matrix) as CSR,
    without self-links, duplicate pairs summed."""
    if sparse.issparse(nb):
        m = sparse.csr_matrix(nb, dtype=float)
    else:
        n = int(nb.n)
        w = np.ones(len(nb.i)) if getattr(nb, "w", None) is None else np.asarray(nb.w, dtype=float)
        m = sparse.csr_matrix((w, (np.asarray(nb.i), np.asarray(nb.j))), shape=(n, n))
    if m.shape[0] != m.shape[1]:
        raise MethodError(
            QT_TR_NOOP("The weights matrix is {rows} × {cols}: it must be square."), rows=m.shape[0], cols=m.shape[1]
        )
    m = m.tolil()
    m.setdiag(0)
    m = m.tocsr()
    m.eliminate_zeros()
    m.sort_indices()
    if m.nnz and (not np.all(np.isfinite(m.data)) or m.data.min() < 0):
        raise MethodError(QT_TR_NOOP("Neighbour weights must be positive numbers."))
    return m


def row_standardise(m: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row divided by its sum (rows of islands stay zero)."""
    sums = np.asarray(m.sum(axis=1)).ravel()
    scale = np.divide(1.0, sums, out=np.zeros_like(sums), where=sums > 0)
    return sparse.csr_matrix(sparse.diags(scale) @ m)
