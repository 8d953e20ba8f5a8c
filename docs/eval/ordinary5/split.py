#!/usr/bin/env python3
"""Split ordinary5.csv into tune5/holdout5 halves, stratified by language (seed 20261205).

The tune half goes to the guardrail tuner; the holdout half is scored only before tuning and once on
the final main."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'ordinary5.csv', lambda r: r['language'], 'tune5', 'holdout5')
