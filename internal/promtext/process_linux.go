package promtext

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// userHZ is the unit of the CPU times and start time in /proc/self/stat;
// 100 on every Linux that Go supports (Prometheus' procfs assumes it too).
const userHZ = 100

// write reads /proc on each scrape. A file it cannot read leaves its
// families out rather than reporting a made-up zero.
func (processMetrics) write(w *bufio.Writer) {
	stat, statErr := readStat()
	if statErr == nil {
		single(w, "process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter", float64(stat.utime+stat.stime)/userHZ)
	}
	var nofile, as syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &nofile) == nil {
		single(w, "process_max_fds", "Maximum number of open file descriptors.", "gauge", float64(nofile.Cur))
	}
	if in, out, err := readNetOctets(); err == nil {
		single(w, "process_network_receive_bytes_total", "Number of bytes received by the process over the network.", "counter", in)
		single(w, "process_network_transmit_bytes_total", "Number of bytes sent by the process over the network.", "counter", out)
	}
	if fds, err := os.ReadDir("/proc/self/fd"); err == nil {
		single(w, "process_open_fds", "Number of open file descriptors.", "gauge", float64(len(fds)))
	}
	if statErr == nil {
		single(w, "process_resident_memory_bytes", "Resident memory size in bytes.", "gauge", float64(stat.rss*int64(os.Getpagesize())))
		if boot, err := bootTime(); err == nil {
			single(w, "process_start_time_seconds", "Start time of the process since unix epoch in seconds.", "gauge", boot+float64(stat.start)/userHZ)
		}
		single(w, "process_virtual_memory_bytes", "Virtual memory size in bytes.", "gauge", float64(stat.vsize))
	}
	if syscall.Getrlimit(syscall.RLIMIT_AS, &as) == nil {
		single(w, "process_virtual_memory_max_bytes", "Maximum amount of virtual memory available in bytes.", "gauge", float64(as.Cur))
	}
}

type procStat struct {
	utime, stime, start uint64
	vsize               uint64
	rss                 int64
}

// readStat parses /proc/self/stat (proc(5)): the fields after the command
// name, which is in parentheses and may itself hold spaces or ')'.
func readStat() (procStat, error) {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return procStat{}, err
	}
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return procStat{}, syscall.EINVAL
	}
	// f[0] is field 3 (state), so field n is f[n-3].
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 22 {
		return procStat{}, syscall.EINVAL
	}
	var s procStat
	for _, p := range []struct {
		field int
		dst   *uint64
	}{{14, &s.utime}, {15, &s.stime}, {22, &s.start}, {23, &s.vsize}} {
		if *p.dst, err = strconv.ParseUint(f[p.field-3], 10, 64); err != nil {
			return procStat{}, err
		}
	}
	if s.rss, err = strconv.ParseInt(f[24-3], 10, 64); err != nil {
		return procStat{}, err
	}
	return s, nil
}

// bootTime is the btime line of /proc/stat: when the machine booted, in
// seconds since the epoch.
func bootTime() (float64, error) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "btime "); ok {
			return strconv.ParseFloat(strings.TrimSpace(v), 64)
		}
	}
	return 0, syscall.EINVAL
}

// readNetOctets reads the IpExt InOctets and OutOctets counters of
// /proc/self/net/netstat: a header line of names, then a line of values.
func readNetOctets() (in, out float64, err error) {
	b, err := os.ReadFile("/proc/self/net/netstat")
	if err != nil {
		return 0, 0, err
	}
	var names []string
	for line := range strings.Lines(string(b)) {
		f := strings.Fields(line)
		if len(f) == 0 || f[0] != "IpExt:" {
			continue
		}
		if names == nil {
			names = f
			continue
		}
		found := 0
		for i := 1; i < len(f) && i < len(names); i++ {
			switch names[i] {
			case "InOctets":
				in, err = strconv.ParseFloat(f[i], 64)
				found++
			case "OutOctets":
				out, err = strconv.ParseFloat(f[i], 64)
				found++
			}
			if err != nil {
				return 0, 0, err
			}
		}
		if found == 2 {
			return in, out, nil
		}
		break
	}
	return 0, 0, syscall.EINVAL
}
