#!/usr/bin/env python3
"""Split names23.csv 60/60 into a23/b23 (two judges' halves), stratified by (non-English, constrained), seed 20261223."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/docs/eval")
import halves

halves.split(HERE, 'names23.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a23', 'b23', seed=20261223)
