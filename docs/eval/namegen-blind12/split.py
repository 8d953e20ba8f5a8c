#!/usr/bin/env python3
"""Split names12.csv 60/60 into tune12/holdout12, stratified by (non-English, constrained), seed 20261206."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE) if os.path.exists(os.path.join(os.path.dirname(HERE), 'halves.py')) else '/work/main/docs/eval')
import halves

halves.split(HERE, 'names12.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'tune12', 'holdout12', seed=20261206)
