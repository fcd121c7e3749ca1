"""Reliability of the offline store and sync engine: faults, kills, a state model."""
