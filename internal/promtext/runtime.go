package promtext

import (
	"bufio"
	"runtime"
	"runtime/debug"
	"time"
)

// goMetrics are the go_* families of Prometheus' Go collector, with its
// names, types and help texts, so existing dashboards keep working. Read
// from runtime.ReadMemStats: runtime/metrics (and with it
// go_gc_gogc_percent) is left out, its package initialisation costs every
// process too.
type goMetrics struct{}

func (goMetrics) name() string { return "go_" }

func (goMetrics) write(w *bufio.Writer) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gc := debug.GCStats{PauseQuantiles: make([]time.Duration, 5)}
	debug.ReadGCStats(&gc)
	threads, _ := runtime.ThreadCreateProfile(nil)

	// Sorted by name, as the families of the registry are.
	header(w, "go_gc_duration_seconds", "A summary of the wall-time pause (stop-the-world) duration in garbage collection cycles.", "summary")
	for i, q := range []string{"0", "0.25", "0.5", "0.75", "1"} {
		sample(w, "go_gc_duration_seconds", nil, nil, "quantile", q, gc.PauseQuantiles[i].Seconds())
	}
	sample(w, "go_gc_duration_seconds_sum", nil, nil, "", "", gc.PauseTotal.Seconds())
	sample(w, "go_gc_duration_seconds_count", nil, nil, "", "", float64(gc.NumGC))
	single(w, "go_gc_gomemlimit_bytes", "Go runtime memory limit configured by the user, otherwise math.MaxInt64. This value is set by the GOMEMLIMIT environment variable, and the runtime/debug.SetMemoryLimit function.", "gauge", float64(debug.SetMemoryLimit(-1)))
	single(w, "go_goroutines", "Number of goroutines that currently exist.", "gauge", float64(runtime.NumGoroutine()))
	header(w, "go_info", "Information about the Go environment.", "gauge")
	sample(w, "go_info", []string{"version"}, []string{runtime.Version()}, "", "", 1)
	for _, m := range []struct {
		name, help, typ string
		v               uint64
	}{
		{"alloc_bytes", "Number of bytes allocated in heap and currently in use.", "gauge", ms.Alloc},
		{"alloc_bytes_total", "Total number of bytes allocated in heap until now, even if released already.", "counter", ms.TotalAlloc},
		{"buck_hash_sys_bytes", "Number of bytes used by the profiling bucket hash table.", "gauge", ms.BuckHashSys},
		{"frees_total", "Total number of heap objects frees.", "counter", ms.Frees},
		{"gc_sys_bytes", "Number of bytes used for garbage collection system metadata.", "gauge", ms.GCSys},
		{"heap_alloc_bytes", "Number of heap bytes allocated and currently in use, same as go_memstats_alloc_bytes.", "gauge", ms.HeapAlloc},
		{"heap_idle_bytes", "Number of heap bytes waiting to be used.", "gauge", ms.HeapIdle},
		{"heap_inuse_bytes", "Number of heap bytes that are in use.", "gauge", ms.HeapInuse},
		{"heap_objects", "Number of currently allocated objects.", "gauge", ms.HeapObjects},
		{"heap_released_bytes", "Number of heap bytes released to OS.", "gauge", ms.HeapReleased},
		{"heap_sys_bytes", "Number of heap bytes obtained from system.", "gauge", ms.HeapSys},
		{"last_gc_time_seconds", "Number of seconds since 1970 of last garbage collection.", "gauge", 0}, // below: a float
		{"mallocs_total", "Total number of heap objects allocated, both live and gc-ed.", "counter", ms.Mallocs},
		{"mcache_inuse_bytes", "Number of bytes in use by mcache structures.", "gauge", ms.MCacheInuse},
		{"mcache_sys_bytes", "Number of bytes used for mcache structures obtained from system.", "gauge", ms.MCacheSys},
		{"mspan_inuse_bytes", "Number of bytes in use by mspan structures.", "gauge", ms.MSpanInuse},
		{"mspan_sys_bytes", "Number of bytes used for mspan structures obtained from system.", "gauge", ms.MSpanSys},
		{"next_gc_bytes", "Number of heap bytes when next garbage collection will take place.", "gauge", ms.NextGC},
		{"other_sys_bytes", "Number of bytes used for other system allocations.", "gauge", ms.OtherSys},
		{"stack_inuse_bytes", "Number of bytes obtained from system for stack allocator in non-CGO environments.", "gauge", ms.StackInuse},
		{"stack_sys_bytes", "Number of bytes obtained from system for stack allocator.", "gauge", ms.StackSys},
		{"sys_bytes", "Number of bytes obtained from system.", "gauge", ms.Sys},
	} {
		v := float64(m.v)
		if m.name == "last_gc_time_seconds" {
			v = float64(ms.LastGC) / 1e9
		}
		single(w, "go_memstats_"+m.name, m.help, m.typ, v)
	}
	single(w, "go_sched_gomaxprocs_threads", "The current runtime.GOMAXPROCS setting, or the number of operating system threads that can execute user-level Go code simultaneously.", "gauge", float64(runtime.GOMAXPROCS(0)))
	single(w, "go_threads", "Number of OS threads created.", "gauge", float64(threads))
}

// single writes a family of one sample without labels.
func single(w *bufio.Writer, name, help, typ string, v float64) {
	header(w, name, help, typ)
	sample(w, name, nil, nil, "", "", v)
}

// processMetrics are the process_* families of Prometheus' process
// collector; see process_linux.go.
type processMetrics struct{}

func (processMetrics) name() string { return "process_" }
