package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"golang.org/x/term"
)

// progress is a status line on stderr for long runs, redrawn in place:
//
//	claims: 1,204/35,000 files, 8,120 claims, 1m12s
//
// It is drawn only when stderr is a terminal, never in CI (CI set) and never
// with --quiet (see newProgress). It is overwritten with spaces, not erased
// with escape sequences, so it works on any terminal; it is wiped before
// every message on stderr and at the end of the run, so it never ends up in
// what the terminal keeps. A nil *progress does nothing.
type progress struct {
	mu     sync.Mutex
	w      io.Writer
	now    func() time.Time
	start  time.Time
	last   time.Time // when the line was last drawn
	total  int       // -1 until known
	files  int
	claims int
	phase  string // what the run does after reading: "comparing"
	width  int    // of the line on the screen, 0 when none is
	max    int    // the terminal's width, 0 when unknown
	off    bool   // stopped for good
	tick   *time.Ticker
	quit   chan struct{}
}

// progressEvery is how often the line is redrawn at most when files are
// done, and at least while a long file or the comparison runs.
const (
	progressEvery = 100 * time.Millisecond
	progressTick  = time.Second
)

// newProgress returns a progress line, or nil when none is wanted: with
// --quiet, in CI (a non-empty CI other than "false" or "0", as CI services
// set it), or when stderr is not a terminal. The number of inputs is
// unknown until setTotal or count tells it.
func newProgress(stderr io.Writer, quiet bool) *progress {
	if quiet || inCI(os.Getenv("CI")) {
		return nil
	}
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	p := &progress{w: stderr, now: time.Now, total: -1}
	if w, _, err := term.GetSize(int(f.Fd())); err == nil {
		p.max = w
	}
	p.start = p.now()
	p.tick = time.NewTicker(progressTick)
	p.quit = make(chan struct{})
	go func() {
		for {
			select {
			case <-p.tick.C:
				p.mu.Lock()
				p.draw()
				p.mu.Unlock()
			case <-p.quit:
				return
			}
		}
	}()
	return p
}

// inCI reports whether the value of $CI says the run is in CI.
func inCI(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	return v != "" && v != "false" && v != "0"
}

// setTotal tells how many inputs the run has.
func (p *progress) setTotal(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total = n
}

// count counts the inputs of paths on a goroutine of its own, for the
// total: the run reads its inputs as it goes, and a walk that only counts
// is quick next to reading every file. It gives up when the line stops.
func (p *progress) count(paths []string) {
	if p == nil {
		return
	}
	go func() {
		n := 0
		for range inputs(paths) {
			n++
			if n%1024 == 0 {
				select {
				case <-p.quit:
					return
				default:
				}
			}
		}
		p.setTotal(n)
	}()
}

// file counts one input done with its claims, and redraws the line at most
// every progressEvery.
func (p *progress) file(claims int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.files++
	p.claims += claims
	if p.width == 0 || p.now().Sub(p.last) >= progressEvery || p.files == p.total {
		p.draw()
	}
}

// setPhase names what the run does once the files are read, and redraws.
func (p *progress) setPhase(phase string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.phase = phase
	p.draw()
}

// line is the text of the status line.
func (p *progress) line() string {
	done := plural(p.files, "file")
	if p.total >= 0 {
		done = render.Number(float64(p.files)) + "/" + render.Number(float64(p.total)) + " files"
	}
	s := fmt.Sprintf("claims: %s, %s, %s", done, plural(p.claims, "claim"), elapsed(p.now().Sub(p.start)))
	if p.phase != "" {
		s += ", " + p.phase
	}
	if p.max > 1 && len(s) >= p.max {
		s = s[:p.max-1] // the line is ASCII; a full line would wrap
	}
	return s
}

// draw writes the line over the previous one. The caller holds p.mu.
func (p *progress) draw() {
	if p.off {
		return
	}
	s := p.line()
	pad := max(p.width-len(s), 0)
	fmt.Fprintf(p.w, "\r%s%s", s, strings.Repeat(" ", pad))
	if pad > 0 {
		fmt.Fprintf(p.w, "\r%s", s)
	}
	p.width = len(s)
	p.last = p.now()
}

// wipe removes the line from the screen. The caller holds p.mu.
func (p *progress) wipe() {
	if p.width > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
		p.width = 0
	}
}

// clear removes the line from the screen; the next file redraws it.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.wipe()
}

// stop removes the line for good.
func (p *progress) stop() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.off {
		return
	}
	p.wipe()
	p.off = true
	p.tick.Stop()
	close(p.quit)
}

// elapsed formats a duration for the line: 0.4s, 12s, 1m12s.
func elapsed(d time.Duration) string {
	if d < 10*time.Second {
		return fmt.Sprintf("%.1fs", d.Seconds())
	}
	return d.Round(time.Second).String()
}

// plural is "1 claim", "2 claims", with thousands separators.
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return render.Number(float64(n)) + " " + what + "s"
}
