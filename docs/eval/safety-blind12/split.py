#!/usr/bin/env python3
"""Split safety12.csv into tune12/hold12 by (language, label), seed 20261212 (../halves.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'safety12.csv', lambda r: (r['language'], r['label']), 'tune12', 'hold12', seed=20261212)
