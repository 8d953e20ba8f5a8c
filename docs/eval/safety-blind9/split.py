#!/usr/bin/env python3
"""Split safety9.csv 120/120 into tune9/holdout9, stratified by label x language x kind, seed 20261205."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'safety9.csv', lambda r: (r['label'], r['language'], r['kind']), 'tune9', 'holdout9')
