#!/usr/bin/env python3
"""Split names18.csv 60/60 into a18/b18 (two judges' halves), stratified by (non-English, constrained), seed 20261218."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names18.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a18', 'b18', seed=20261218)
