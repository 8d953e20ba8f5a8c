#!/usr/bin/env python3
"""Split names24.csv 60/60 into a24/b24 (two judges' halves), stratified by (non-English, constrained), seed 20261224."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/docs/eval")
import halves

halves.split(HERE, 'names24.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a24', 'b24', seed=20261224)
