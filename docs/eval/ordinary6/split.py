#!/usr/bin/env python3
"""Split ordinary6.csv into tune6/holdout6 halves, stratified by language (seed 20261205).

The tune half goes to the guardrail tuner; the holdout half is scored only before tuning and once on
the final main."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import halves

halves.split(HERE, 'ordinary6.csv', lambda r: r['language'], 'tune6', 'holdout6')
