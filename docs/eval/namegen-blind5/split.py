#!/usr/bin/env python3
"""Split names5.csv 60/60 into tune5/holdout5, stratified by (non-English, constrained), seed 20261205."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names5.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'tune5', 'holdout5')
