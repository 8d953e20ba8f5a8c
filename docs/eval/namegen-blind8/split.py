#!/usr/bin/env python3
"""Split names8.csv 60/60 into tune8/holdout8, stratified by (non-English, constrained), seed 20261205."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names8.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'tune8', 'holdout8')
