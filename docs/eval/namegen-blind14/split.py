#!/usr/bin/env python3
"""Split names14.csv 60/60 into a14/b14 (two judges' halves), stratified by (non-English, constrained), seed 20261208."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'names14.csv', lambda r: (r['language'] != 'en', bool(r['constraint'])), 'a14', 'b14', seed=20261208)
