package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// fakeProgress is a progress line on a buffer with a clock the test moves.
func fakeProgress(total int) (*progress, *bytes.Buffer, *time.Time) {
	var b bytes.Buffer
	now := time.Date(2025, 2, 8, 12, 0, 0, 0, time.UTC)
	p := &progress{w: &b, total: total, start: now, now: func() time.Time { return now }}
	return p, &b, &now
}

func TestProgressLine(t *testing.T) {
	p, b, now := fakeProgress(35000)
	p.file(3)
	if got, want := b.String(), "\rclaims: 1/35,000 files, 3 claims, 0.0s"; got != want {
		t.Errorf("first draw %q, want %q", got, want)
	}
	b.Reset()
	*now = now.Add(50 * time.Millisecond)
	p.file(1)
	if b.Len() != 0 {
		t.Errorf("redrawn within %v: %q", progressEvery, b.String())
	}
	*now = now.Add(72 * time.Second)
	p.files = 1203
	p.claims = 8119
	p.file(1)
	if got, want := b.String(), "\rclaims: 1,204/35,000 files, 8,120 claims, 1m12s"; got != want {
		t.Errorf("redraw %q, want %q", got, want)
	}
	// a shorter line is padded over the longer one
	b.Reset()
	p.files, p.claims, p.total = 0, 0, 1
	p.file(1)
	want := "\rclaims: 1/1 files, 1 claim, 1m12s"
	if got := b.String(); !strings.HasPrefix(got, want+"  ") || !strings.HasSuffix(got, "\r"+want[1:]) {
		t.Errorf("shorter line %q", got)
	}
	// messages wipe it; the end wipes it for good
	b.Reset()
	p.clear()
	if got := b.String(); strings.Trim(got, " \r") != "" || !strings.HasPrefix(got, "\r") || !strings.HasSuffix(got, "\r") {
		t.Errorf("clear wrote %q", got)
	}
	p.tick, p.quit = time.NewTicker(time.Hour), make(chan struct{})
	p.file(0)
	b.Reset()
	p.stop()
	p.stop()
	p.file(1)
	p.setPhase("comparing")
	if got := b.String(); strings.Trim(got, " \r") != "" {
		t.Errorf("drawn after stop: %q", got)
	}
}

// TestProgressTotalUnknown: until the count of inputs is in, the line
// says how many files are done, not of how many.
func TestProgressTotalUnknown(t *testing.T) {
	p, b, _ := fakeProgress(-1)
	p.file(1)
	if got, want := b.String(), "\rclaims: 1 file, 1 claim, 0.0s"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	p.setTotal(7)
	p.setPhase("comparing")
	if got := b.String(); !strings.HasSuffix(got, "\rclaims: 1/7 files, 1 claim, 0.0s, comparing") {
		t.Errorf("after setTotal: %q", got)
	}
}

func TestProgressNarrowTerminal(t *testing.T) {
	p, b, _ := fakeProgress(10)
	p.max = 20
	p.file(1)
	if got := strings.TrimPrefix(b.String(), "\r"); len(got) >= 20 {
		t.Errorf("line of %d columns on a terminal of 20: %q", len(got), got)
	}
}

func TestNilProgress(t *testing.T) {
	var p *progress
	p.file(1)
	p.setPhase("comparing")
	p.clear()
	p.stop()
}

func TestInCI(t *testing.T) {
	for v, want := range map[string]bool{"": false, "true": true, "1": true, "TRUE": true, "false": false, "0": false, "woodpecker": true} {
		if got := inCI(v); got != want {
			t.Errorf("inCI(%q) = %v", v, got)
		}
	}
}

func TestElapsed(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                                     "0.0s",
		1234 * time.Millisecond:               "1.2s",
		12 * time.Second:                      "12s",
		72*time.Second + 600*time.Millisecond: "1m13s",
		2 * time.Hour:                         "2h0m0s",
	} {
		if got := elapsed(d); got != want {
			t.Errorf("elapsed(%v) = %q, want %q", d, got, want)
		}
	}
}
