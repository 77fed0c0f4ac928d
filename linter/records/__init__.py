"""Datasets: articles as records of JSONL or Parquet files, linted locally or on a Dask cluster.

Layers: `policy` and `job` (what to do), `record` (one record through the engine and fixer),
`read`/`write` (files), `local` and `dask_engine` (where batches run), `run` (the whole job),
`cli` (the options of `newslint check` for datasets).
"""
