#!/usr/bin/env python3
"""Split names22.csv 60/60 into a22/b22 (two judges' halves), stratified by (non-English, constrained), seed 20261222."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/docs/eval")
import halves

halves.split(HERE, 'names22.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a22', 'b22', seed=20261222)
