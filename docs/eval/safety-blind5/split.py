#!/usr/bin/env python3
"""Split safety5.csv into tune5/holdout5 halves, stratified by label x language x kind (seed 20261205)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'safety5.csv', lambda r: (r['label'], r['language'], r['kind']), 'tune5', 'holdout5')
