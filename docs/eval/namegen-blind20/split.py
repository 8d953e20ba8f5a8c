#!/usr/bin/env python3
"""Split names20.csv 60/60 into a20/b20 (two judges' halves), stratified by (non-English, constrained), seed 20261220."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/docs/eval")
import halves

halves.split(HERE, 'names20.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a20', 'b20', seed=20261220)
