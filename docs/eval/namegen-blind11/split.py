#!/usr/bin/env python3
"""Split names11.csv 60/60 into tune11/holdout11, stratified by (non-English, constrained), seed 20261205."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'main', 'docs', 'eval') if not os.path.exists(os.path.join(os.path.dirname(HERE), 'halves.py')) else os.path.dirname(HERE))
import halves

halves.split(HERE, 'names11.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'tune11', 'holdout11')
