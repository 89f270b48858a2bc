"""A private, on-device personal assistant: the core, with no Qt in it."""

import os

__version__ = "0.1.0"

# One BLAS thread for every program of ours, set before NumPy loads OpenBLAS (a user's own setting wins).
# The embedder already runs its matrix products on one thread (memory/embeddings.py); what was left on
# OpenBLAS's own threads was small products, each a millisecond of work (a question's cosine to 12,000
# memories), whose threads spun waiting for a core on these 2-core machines: over the cost questions the
# answer pipeline's CPU time halved (median 63 -> 31 ms) and its slowest answers came sooner, while
# batch embedding kept its speed (about 800 a second either way). docs/benchmarks.md, "Cost: one BLAS
# thread".
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
