#!/usr/bin/env python3
"""Split names19.csv 60/60 into a19/b19 (two judges' halves), stratified by (non-English, constrained), seed 20261219."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names19.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a19', 'b19', seed=20261219)
