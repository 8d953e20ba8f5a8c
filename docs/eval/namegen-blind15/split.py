#!/usr/bin/env python3
"""Split names15.csv 60/60 into a15/b15 (two judges' halves), stratified by (non-English, constrained), seed 20261215."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names15.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a15', 'b15', seed=20261215)
