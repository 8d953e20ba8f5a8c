#!/usr/bin/env python3
"""Split safety4.csv into tune4/holdout4 halves, stratified by label x language x kind (seed 20261205)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'safety4.csv', lambda r: (r['label'], r['language'], r['kind']), 'tune4', 'holdout4')
