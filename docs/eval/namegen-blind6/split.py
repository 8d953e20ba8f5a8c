#!/usr/bin/env python3
"""Split names6.csv 60/59 into tune6/holdout6, stratified by (non-English, constrained), seed 20261205.
holdout6.csv then got x003 and x005 of names6b.csv appended (see README.md): rerunning this script
rewrites holdout6.csv without them."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names6.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'tune6', 'holdout6')
