#!/usr/bin/env python3
"""Split names21.csv 60/60 into a21/b21 (two judges' halves), stratified by (non-English, constrained), seed 20261221."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/docs/eval")
import halves

halves.split(HERE, 'names21.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a21', 'b21', seed=20261221)
