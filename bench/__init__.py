"""Benchmarks for piscan's classifiers: a labelled corpus generator, an accuracy scorer and a throughput timer."""
