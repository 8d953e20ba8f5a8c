#!/usr/bin/env python3
"""Split names17.csv 60/60 into a17/b17 (two judges' halves), stratified by (non-English, constrained), seed 20261217."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names17.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a17', 'b17', seed=20261217)
