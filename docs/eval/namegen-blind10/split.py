#!/usr/bin/env python3
"""Split names10.csv 60/60 into tune10/holdout10, stratified by (non-English, constrained), seed 20261205."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names10.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'tune10', 'holdout10')
