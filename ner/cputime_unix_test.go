//go:build unix

package ner

import "syscall"

// cpuSeconds is the process's user+system CPU time, so that benchmarks can
// report throughput per CPU second on a busy machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
