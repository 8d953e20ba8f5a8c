#!/usr/bin/env python3
"""Split names13.csv 60/60 into tune13/holdout13, stratified by (non-English, constrained), seed 20261207."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names13.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'tune13', 'holdout13', seed=20261207)
