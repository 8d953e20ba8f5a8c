#!/usr/bin/env python3
"""Split safety13.csv into tune13/hold13 by (language, label), seed 20261213 (../halves.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'safety13.csv', lambda r: (r['language'], r['label']), 'tune13', 'hold13', seed=20261213)
