"""Local spatial association: Getis-Ord Gi*, local Moran's I, permutation inference,
Benjamini-Hochberg FDR and hot/cold spot classes.

Weights are ``scipy.sparse`` matrices as built by :mod:`caremap.kernels.weights`
(neighbour weights with a zero diagonal).

Class codes (``hotspot_class``), from the sign of the statistic and the p-value used
(``p_sim`` when permutations were run, else the analytic two-sided ``p``; BH-adjusted when
FDR is requested)::

     3  hot spot, 99% confidence  (p <= 0.01)
     2  hot spot, 95%             (p <= 0.05)
     1  hot spot, 90%             (p <= 0.10)
     0  not significant (also islands, undefined z)
    -1  cold spot, 90%
    -2  cold spot, 95%
    -3  cold spot, 99%

For local Moran's I, "hot" means a High-High cluster and "cold" a Low-Low cluster;
spatial outliers (High-Low, Low-High) get class 0 and are reported in the ``quadrant``
array (1 HH, 2 LH, 3 LL, 4 HL, following esda's ``q``).
"""
import numpy as np

from ._lazy import lazy_module, lazy_name

sparse = lazy_module("scipy.sparse")
ndtr = lazy_name("scipy.special", "ndtr")

__all__ = [
    "gi_star",
    "local_moran",
    "conditional_permutation_pvalues",
    "fdr_bh",
    "hotspot_classes",
]

_CHUNK_ELEMENTS = 4_000_000  # permutations x units per block (~32 MB of float64)


def _two_sided_p(z):
    z = np.asarray(z, dtype=float)
    return 2.0 * ndtr(-np.abs(z))


def _prep(y, w):
    y = np.asarray(y, dtype=float).ravel()
    if not np.all(np.isfinite(y)):
        raise ValueError("the analysed values must be finite (no NULL/NaN)")
    w = sparse.csr_matrix(w, dtype=float)
    n = y.size
    if w.shape != (n, n):
        raise ValueError(f"weights shape {w.shape} does not match {n} values")
    if n < 3:
        raise ValueError(f"local statistics need at least 3 units (got {n})")
    off = sparse.csr_matrix(w - sparse.diags(w.diagonal()))
    off.eliminate_zeros()
    off.sort_indices()
    return y, off


def gi_star(y, w, self_weight=1.0, permutations=0, seed=None, feedback=None):
    """Getis-Ord Gi* (Ord & Getis 1995, eq. 14 and its moments).

    With W* = w plus the self weight on the diagonal, W*_i = sum_j w*_ij,
    S*_1i = sum_j w*_ij**2, ybar = mean(y), s**2 = mean(y**2) - ybar**2 (ddof 0)::

        G*_i = sum_j w*_ij y_j / sum_j y_j
        z_i  = (sum_j w*_ij y_j - ybar W*_i) / (s sqrt((n S*_1i - W*_i**2) / (n - 1)))
        p_i  = 2 (1 - Phi(|z_i|))          (two-sided, normal approximation)

    With binary weights and self weight 1 this is exactly esda's
    ``G_Local(y, w, transform="B", star=True).Zs``. ``z`` is invariant to a rescaling
    of a row of W* (self weight included), so row-standardised weights give the same z;
    esda's ``transform="R"`` z differs because it uses W_i = 1 in a variance that is only
    valid for binary weights. Edge cases: constant y (s = 0) gives z = 0
    and p = 1; a unit whose neighbourhood is the whole data (n S1 = W**2) gives z = 0;
    islands (no neighbour) give z = p = NaN.

    ``permutations`` > 0 adds conditional-permutation pseudo p-values (y_i fixed, its
    neighbours drawn at random without replacement from the other n - 1 values; folded
    one-tailed as in esda: (min(larger, R - larger) + 1) / (R + 1)).

    ``feedback``: see :func:`conditional_permutation_pvalues`.
    Returns a dict with ``G``, ``z``, ``p``, ``p_sim`` (NaN without permutations),
    ``n_neighbors``.
    """
    y, off = _prep(y, w)
    n = y.size
    card = np.diff(off.indptr)
    lag = off @ y
    wstar_sum = np.asarray(off.sum(axis=1)).ravel() + self_weight
    s1 = np.asarray(off.multiply(off).sum(axis=1)).ravel() + self_weight**2
    num = lag + self_weight * y
    total = y.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        G = num / total
    ybar = y.mean()
    s = np.sqrt(max(np.mean(y * y) - ybar * ybar, 0.0))
    var_term = (n * s1 - wstar_sum**2) / (n - 1)
    var_term = np.where(var_term < 0, 0.0, var_term)
    den = s * np.sqrt(var_term)
    scale = max(np.abs(y).max(), 1e-300)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (num - ybar * wstar_sum) / den
    degenerate = den <= 1e-12 * scale
    z = np.where(degenerate, 0.0, z)
    islands = card == 0
    z[islands] = np.nan
    p = _two_sided_p(z)
    p_sim = np.full(n, np.nan)
    if permutations:
        p_sim = conditional_permutation_pvalues(y, off, lag, np.ones(n), permutations, seed,
                                               feedback)
        p_sim[islands] = np.nan
    return {"G": G, "z": z, "p": p, "p_sim": p_sim, "n_neighbors": card}


def local_moran(y, w, permutations=0, seed=None, feedback=None):
    """Local Moran's I (Anselin 1995, eq. 7) with z = y - mean(y), m2 = sum z**2 / n::

        I_i = (z_i / m2) * sum_j w_ij z_j

    Pass row-standardised weights for the usual LISA (see ``weights.row_standardize``).
    esda's ``Moran_Local.Is`` uses (n - 1) instead of n in m2, i.e.
    ``esda_Is = I * (n - 1) / n``. The analytic z uses the total-randomisation moments of
    Anselin (1995) in the form of Sokal et al. (1998, eqs. A3-A4*):
    E[I_i] = -W_i / (n - 1), Var[I_i] = W2_i (n - b2)/(n - 1) + (W_i**2 - W2_i)(2 b2 - n)/
    ((n - 1)(n - 2)) - E[I_i]**2, with b2 = m4 / m2**2. Permutation p-values as in
    :func:`gi_star`; they are the recommended inference.

    Edge cases: constant y gives I = 0, z = 0, p = 1; islands give NaN.
    Returns ``I``, ``z``, ``p``, ``p_sim``, ``quadrant`` (1 HH, 2 LH, 3 LL, 4 HL, 0 for
    islands/constant), ``n_neighbors``.
    """
    y, off = _prep(y, w)
    n = y.size
    card = np.diff(off.indptr)
    islands = card == 0
    zdev = y - y.mean()
    m2 = np.mean(zdev * zdev)
    lag = off @ zdev
    if m2 <= 1e-300 * max(1.0, np.abs(y).max() ** 2):
        zeros = np.zeros(n)
        nan_isl = np.where(islands, np.nan, 0.0)
        return {
            "I": zeros.copy(), "z": nan_isl.copy(), "p": np.where(islands, np.nan, 1.0),
            "p_sim": np.where(islands, np.nan, 1.0) if permutations else np.full(n, np.nan),
            "quadrant": np.zeros(n, dtype=np.int64), "n_neighbors": card,
        }
    local_i = zdev / m2 * lag
    wi = np.asarray(off.sum(axis=1)).ravel()
    wi2 = np.asarray(off.multiply(off).sum(axis=1)).ravel()
    m4 = np.mean(zdev**4)
    b2 = m4 / m2**2
    n1 = n - 1
    e_i = -wi / n1
    var = wi2 * (n - b2) / n1 + (wi**2 - wi2) * (2 * b2 - n) / (n1 * (n - 2)) - e_i**2
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(var > 0, (local_i - e_i) / np.sqrt(np.where(var > 0, var, 1.0)), 0.0)
    z[islands] = np.nan
    p = _two_sided_p(z)
    zp = zdev > 0
    lp = lag > 0
    quadrant = np.where(zp & lp, 1, np.where(~zp & lp, 2, np.where(~zp & ~lp, 3, 4)))
    quadrant[islands] = 0
    p_sim = np.full(n, np.nan)
    if permutations:
        p_sim = conditional_permutation_pvalues(zdev, off, lag, zdev, permutations, seed,
                                               feedback)
        p_sim[islands] = np.nan
    return {"I": local_i, "z": z, "p": p, "p_sim": p_sim, "quadrant": quadrant.astype(np.int64),
            "n_neighbors": card}


def _progress(feedback, fraction):
    """Report progress to the caller's callable; raise InterruptedError if it says stop."""
    if feedback is not None and feedback(float(fraction)):
        raise InterruptedError("canceled")


def conditional_permutation_pvalues(values, w, observed_lag, factor, permutations,
                                    seed=None, feedback=None):
    """Folded pseudo p-values by conditional permutation (Anselin 1995, section 4).

    For each unit i its own value stays fixed and its neighbours' values are replaced by a
    random draw, without replacement, from the other n - 1 values. The simulated statistic
    is ``factor_i * sum_c w_ic v_rand_c`` (Gi*: factor 1; local Moran: factor z_i), the
    observed one ``factor_i * observed_lag_i``. With ``larger`` = number of simulations
    >= observed and ``smaller`` = number <= observed: p = (min(larger, smaller) + 1) /
    (R + 1). Without ties this is esda's folded rule (min(larger, R - larger)); ties count
    on both sides (conservative), so a statistic that cannot vary (e.g. local Moran's I of
    a unit at the mean, I_i = 0 in every permutation) gets p = 1, not 1 / (R + 1).

    Vectorisation: R random index rows of length kmax + 1 are drawn once (shared by all
    units, as esda does) from all n units; for unit i the draw is the first k_i indices,
    with i itself (if drawn) replaced by index k_i, which is a uniform random ordered
    k_i-subset of the others. When all weights of a row are equal (binary or
    row-standardised binary weights) the simulated lags of one cardinality class differ
    only by each unit's weight, so counts come from a binary search in the R sorted draw
    sums; otherwise lags are one matrix product per cardinality class, in blocks of
    units. Either way a sparse correction handles the few (r, i) hits.

    ``feedback`` (optional) is the progress callable of the cancel contract
    (docs/architecture.md): ``feedback(fraction)`` with fraction in 0..1, returning True
    to cancel; the run then raises ``InterruptedError``.
    """
    values = np.asarray(values, dtype=float)
    w = sparse.csr_matrix(w)
    n = values.size
    R = int(permutations)
    if R < 1:
        raise ValueError("permutations must be at least 1")
    rng = np.random.default_rng(seed)
    card = np.diff(w.indptr)
    kmax = int(card.max()) if n else 0
    pvals = np.full(n, np.nan)
    if kmax == 0:
        return pvals
    draws = _draw_without_replacement(rng, n, kmax + 1, R)
    observed = np.asarray(factor, float) * np.asarray(observed_lag, float)
    scale = np.abs(values).max() * np.abs(w.data).max() * kmax * 1e-9 + 1e-300
    done = 0
    total_units = int((card > 0).sum())
    nonempty = card > 0
    row_constant = np.ones(n, dtype=bool)
    starts = w.indptr[:-1][nonempty]
    row_constant[nonempty] = (np.maximum.reduceat(w.data, starts) ==
                              np.minimum.reduceat(w.data, starts))
    for k in np.unique(card[card > 0]):
        units = np.flatnonzero(card == k)
        pos_in_group = np.full(n, -1, dtype=np.int64)
        pos_in_group[units] = np.arange(units.size)
        cols = draws[:, :k]
        extra_val = values[draws[:, k]]
        y_rand = values[cols]  # (R, k)
        first_w = w.data[w.indptr[units]]
        hit_r, hit_c = np.nonzero(pos_in_group[cols] >= 0)
        hit_pos = pos_in_group[cols[hit_r, hit_c]]
        f_all = np.asarray(factor, float)[units]
        obs_all = observed[units]
        tol_all = scale * np.maximum(np.abs(f_all), 1.0)
        _progress(feedback, done / max(total_units, 1))
        if np.all(row_constant[units]):
            larger, smaller = _counts_constant_rows(
                y_rand.sum(axis=1), first_w * f_all, obs_all - tol_all, obs_all + tol_all,
                hit_r, hit_pos, extra_val[hit_r] - values[units[hit_pos]])
            pvals[units] = (np.minimum(larger, smaller) + 1.0) / (R + 1.0)
            done += units.size
            continue
        block = max(1, _CHUNK_ELEMENTS // R)
        for start in range(0, units.size, block):
            _progress(feedback, done / max(total_units, 1))
            stop = min(units.size, start + block)
            w_blk = w.data[w.indptr[units[start:stop]][:, None] + np.arange(k)]  # (m, k)
            sims = y_rand @ w_blk.T  # (R, m)
            sel = (hit_pos >= start) & (hit_pos < stop)
            if sel.any():
                hp = hit_pos[sel]
                hr = hit_r[sel]
                hc = hit_c[sel]
                corr = w_blk[hp - start, hc] * (extra_val[hr] - values[units[hp]])
                np.add.at(sims, (hr, hp - start), corr)
            f = f_all[start:stop]
            obs = obs_all[start:stop]
            tol = tol_all[start:stop]
            simf = sims * f
            larger = np.count_nonzero(simf >= obs - tol, axis=0)
            smaller = np.count_nonzero(simf <= obs + tol, axis=0)
            larger = np.minimum(larger, smaller)
            pvals[units[start:stop]] = (larger + 1.0) / (R + 1.0)
            done += stop - start
    return pvals


def _counts_constant_rows(base, a, lo, hi, hit_r, hit_pos, hit_delta):
    """Permutation counts when every neighbour of a unit has the same weight (binary or
    row-standardised binary weights), so unit u's simulated statistic is
    a_u * (base_r + delta) with base_r = sum of the drawn values of permutation r, shared
    by all units of one cardinality, and delta != 0 only for the (r, u) hits where u drew
    itself. Counts #{r: a_u * sim >= lo_u} and #{r: a_u * sim <= hi_u} by binary search
    in the sorted ``base`` (O((R + m) log R)), then corrects the hits."""
    R = base.size
    srt = np.sort(base)
    m = a.size

    def count(bound, upper):
        # number of r with a * base_r >= bound (upper=False) or <= bound (upper=True)
        out = np.zeros(m)
        pos = a > 0
        neg = a < 0
        zero = ~(pos | neg)
        t = np.zeros(m)
        t[pos | neg] = bound[pos | neg] / a[pos | neg]
        ge = R - np.searchsorted(srt, t, side="left")  # base >= t
        le = np.searchsorted(srt, t, side="right")  # base <= t
        if upper:
            out[pos], out[neg] = le[pos], ge[neg]
            out[zero] = np.where(0.0 <= bound[zero], R, 0)
        else:
            out[pos], out[neg] = ge[pos], le[neg]
            out[zero] = np.where(0.0 >= bound[zero], R, 0)
        return out

    larger = count(lo, upper=False)
    smaller = count(hi, upper=True)
    if hit_r.size:
        au = a[hit_pos]
        before = au * base[hit_r]
        after = au * (base[hit_r] + hit_delta)
        np.add.at(larger, hit_pos, (after >= lo[hit_pos]).astype(float) - (before >= lo[hit_pos]))
        np.add.at(smaller, hit_pos, (after <= hi[hit_pos]).astype(float) - (before <= hi[hit_pos]))
    return larger, smaller


def _draw_without_replacement(rng, n, size, rows):
    """``rows`` independent uniform draws of ``size`` distinct indices from range(n):
    draw with replacement and redraw the rows that hold a repeat (rare when n >> size);
    rows still repeating after a few rounds use ``Generator.choice``."""
    draws = rng.integers(0, n, size=(rows, size), dtype=np.int64)
    todo = np.arange(rows)
    for _ in range(8):
        srt = np.sort(draws[todo], axis=1)
        bad = (srt[:, 1:] == srt[:, :-1]).any(axis=1) if size > 1 else np.zeros(todo.size, bool)
        todo = todo[bad]
        if todo.size == 0:
            return draws
        draws[todo] = rng.integers(0, n, size=(todo.size, size), dtype=np.int64)
    for r in todo:
        draws[r] = rng.choice(n, size=size, replace=False)
    return draws


def fdr_bh(p):
    """Benjamini & Hochberg (1995) adjusted p-values (q-values), NaN ignored:
    q_(i) = min_{j >= i} (m / j) p_(j), capped at 1, for the sorted p_(1) <= ... <= p_(m).
    A unit is significant at FDR level alpha when q <= alpha."""
    p = np.asarray(p, dtype=float)
    q = np.full(p.shape, np.nan)
    ok = np.isfinite(p)
    m = int(ok.sum())
    if m == 0:
        return q
    pv = p[ok]
    order = np.argsort(pv, kind="mergesort")
    ranked = pv[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 1.0)
    q[ok] = out
    return q


def moran_direction(quadrant):
    """Direction of a local Moran cluster for :func:`hotspot_classes`: +1 for High-High
    (quadrant 1), -1 for Low-Low (quadrant 3), 0 for the outliers (2 Low-High, 4
    High-Low) and islands (0), which are never hot or cold spots."""
    q = np.asarray(quadrant)
    return np.where(q == 1, 1.0, np.where(q == 3, -1.0, 0.0))


def hotspot_classes(direction, p):
    """Class codes 3/2/1/0/-1/-2/-3 (see module docstring): ``direction`` > 0 hot,
    < 0 cold, 0 never significant; p <= 0.01, 0.05, 0.10 give levels 3, 2, 1;
    NaN p gives 0."""
    direction = np.sign(np.nan_to_num(np.asarray(direction, dtype=float)))
    p = np.asarray(p, dtype=float)
    level = np.zeros(p.shape, dtype=np.int64)
    fin = np.isfinite(p)
    level[fin & (p <= 0.10)] = 1
    level[fin & (p <= 0.05)] = 2
    level[fin & (p <= 0.01)] = 3
    return (level * direction).astype(np.int64)
