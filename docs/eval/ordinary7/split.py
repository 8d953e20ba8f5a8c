#!/usr/bin/env python3
"""Split ordinary7.csv 120/120 into tune7/holdout7, stratified by language x kind, seed 20261205."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'ordinary7.csv', lambda r: (r['language'], r['kind']), 'tune7', 'holdout7')
