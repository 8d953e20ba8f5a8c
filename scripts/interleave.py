#!/usr/bin/env python3
"""Times commands interleaved: each iteration runs every command once, in a
fresh random order, so load that changes during a measurement lands on all of
them alike (hyperfine runs one command's batch after the other's). Prints
each command's median and minimum wall time in ms, the median CPU time
(user + system, from wait4) and minor page faults of its process, and the
load average before and after. CPU time moves less than wall time when other
processes compete for the cores. Start-up figures in BENCHMARKS.md use it
beside hyperfine.

    scripts/interleave.py 200 /tmp/hello 'bin/domainyours --help' \\
        'bin/domainyours suggest --backend builtin "a bakery in Lyon"'
"""
import os
import random
import shlex
import statistics
import sys
import time


def run(argv, devnull):
    t = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ,
                          file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, ru = os.wait4(pid, 0)
    el = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{shlex.join(argv)}: exit status {os.waitstatus_to_exitcode(status)}")
    return el, ru.ru_utime + ru.ru_stime, ru.ru_minflt


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n, cmds = int(sys.argv[1]), [shlex.split(c) for c in sys.argv[2:]]
    devnull = os.open(os.devnull, os.O_WRONLY)
    times = [[] for _ in cmds]
    load = os.getloadavg()[0]
    order = list(range(len(cmds)))
    for it in range(-5, n):  # five warm-up iterations, not counted
        random.shuffle(order)
        for i in order:
            r = run(cmds[i], devnull)
            if it >= 0:
                times[i].append(r)
    print(f"{time.strftime('%H:%M:%S', time.gmtime())} UTC, {n} runs each, load average {load:.2f} -> {os.getloadavg()[0]:.2f}")
    for c, rs in zip(sys.argv[2:], times):
        wall, cpu, faults = zip(*rs)
        print(f"{statistics.median(wall) * 1000:6.1f} ms median {min(wall) * 1000:5.1f} min "
              f"{statistics.median(cpu) * 1000:5.1f} ms CPU {statistics.median(faults):4.0f} faults  {c}")


if __name__ == "__main__":
    main()
