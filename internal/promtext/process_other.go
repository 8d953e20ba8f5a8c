//go:build !linux

package promtext

import "bufio"

// write reports nothing outside Linux: the process_* figures come from /proc.
func (processMetrics) write(*bufio.Writer) {}
