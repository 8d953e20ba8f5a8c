#!/usr/bin/env python3
"""Split names9.csv 60/60 into tune9/holdout9, stratified by (non-English, constrained), seed 20261205."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names9.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'tune9', 'holdout9')
