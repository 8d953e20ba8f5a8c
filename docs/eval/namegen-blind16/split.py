#!/usr/bin/env python3
"""Split names16.csv 60/60 into a16/b16 (two judges' halves), stratified by (non-English, constrained), seed 20261216."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names16.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a16', 'b16', seed=20261216)
