package main

import (
	"fmt"
	"iter"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"github.com/claims-tool/claims/extract"
)

// extractGOGC is the collector's target while extracting (see collectLess).
const extractGOGC = 400

// collectLess makes the collector run less often, until the function it
// returns is called: at GOGC=400 instead of 100, unless the user set GOGC.
// Extraction allocates briskly and keeps little alive (the articles in
// flight): on bench/run.sh's corpus this cut the wall time by about 9%
// (medians of 6 runs) and raised peak RSS from 37 to 69 MB. Loading the
// models (9 MB of tables) at GOGC=100 ran the collector two or three
// times: 'claims extract' on an empty folder took 28-29 ms, 22-23 ms
// at 400.
func collectLess() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(extractGOGC)
	return func() { debug.SetGCPercent(old) }
}

// message is a line for stderr about one input.
type message struct {
	text string
	err  bool // an error (the exit code becomes 2), else a notice
}

// result is what processing one input gave.
type result struct {
	in     input
	art    *extract.Article // nil when the input was not read
	claims []render.Located // the article's claims with their positions
	msgs   []message
}

func (r *result) errorf(format string, args ...any) {
	r.msgs = append(r.msgs, message{text: fmt.Sprintf(format, args...), err: true})
}

func (r *result) noticef(format string, args ...any) {
	r.msgs = append(r.msgs, message{text: fmt.Sprintf(format, args...)})
}

// failed reports whether the input could not be processed.
func (r *result) failed() bool {
	for _, m := range r.msgs {
		if m.err {
			return true
		}
	}
	return false
}

// pipeline extracts claims from inputs on several goroutines.
type pipeline struct {
	x       *extract.Extractor
	jobs    int
	maxSize int64
	// keep leaves the articles' text in memory (compare needs it); else
	// it is released once the claims have their positions.
	keep bool
}

// process reads and extracts one input. A panic is recovered and becomes
// an error naming the file.
func (p *pipeline) process(in input) (res result) {
	res.in = in
	defer func() {
		if v := recover(); v != nil {
			first, _, _ := strings.Cut(fmt.Sprint(v), "\n")
			res.art, res.claims = nil, nil
			res.errorf("%s: internal error, file skipped (please report it): panic: %s", in.path, first)
		}
	}()
	switch {
	case in.err != nil:
		res.errorf("%s: %s", in.path, errText(in.err))
		return res
	case in.skip != "":
		res.noticef("%s: skipped: %s", in.path, in.skip)
		return res
	}
	data, err := read(in, p.maxSize)
	if err != nil {
		res.errorf("%s: %s", in.path, errText(err))
		return res
	}
	if kind, bin := binary(data); bin {
		if in.named {
			res.errorf("%s: not a text file (%s)", in.path, kind)
		} else {
			res.noticef("%s: skipped: not a text file (%s)", in.path, kind)
		}
		return res
	}
	a := p.x.Extract(in.path, data)
	for _, pr := range a.Problems {
		if pr.Offset < 0 {
			res.noticef("%s: %s", in.path, pr.Msg)
			continue
		}
		line, col := a.Position(pr.Offset)
		res.noticef("%s:%d:%d: %s", in.path, line, col, pr.Msg)
	}
	res.claims = make([]render.Located, len(a.Claims))
	for i := range a.Claims {
		c := &a.Claims[i]
		line, col := a.Position(c.Span.Start)
		res.claims[i] = render.Located{Claim: c, Pos: render.Pos{Line: line, Col: col}}
	}
	if !p.keep {
		a.Release()
	}
	res.art = a
	return res
}

// run processes ins on p.jobs goroutines and calls emit with each result in
// input order, so that the output does not depend on the number of jobs.
// ins is read as the work goes (a folder is walked as its files are
// processed), and at most a few results per job wait to be emitted, which
// bounds memory whatever the number of inputs. When emit returns false,
// run stops reading inputs and returns once the running ones are done.
//
// The calling goroutine is one of the p.jobs: it takes inputs, processes
// them and emits whatever is ready in order between them, so that with one
// job nothing changes hands, and with more a result changes hands only
// when another job finished it. (A reader goroutine and a result channel
// per input woke a parked goroutine twice per file: about 5% of the time
// on bench/run.sh's corpus.)
func (p *pipeline) run(ins iter.Seq[input], emit func(*result) bool) {
	defer collectLess()()
	jobs := max(p.jobs, 1)
	window := 4 * jobs // inputs taken and not yet emitted, at most
	next, stopInputs := iter.Pull(ins)
	var (
		mu      sync.Mutex
		changed = sync.NewCond(&mu) // a result is ready, or an input was emitted
		taken   int                 // inputs taken so far; the next one's index
		emitted int                 // results emitted so far
		ready   = map[int]*result{} // results waiting for those before them
		done    bool                // no more inputs will be taken
		wg      sync.WaitGroup
	)
	// take returns the next input and its index; mu is held. ok is false
	// once there are no more inputs.
	take := func() (in input, i int, ok bool) {
		if done {
			return in, 0, false
		}
		if in, ok = next(); !ok {
			done = true
			changed.Broadcast()
			return in, 0, false
		}
		taken++
		return in, taken - 1, true
	}
	finish := func(i int, r result) {
		mu.Lock()
		ready[i] = &r
		changed.Broadcast()
		mu.Unlock()
	}
	for range jobs - 1 {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			for {
				for !done && taken-emitted >= window {
					changed.Wait()
				}
				in, i, ok := take()
				if !ok {
					return
				}
				mu.Unlock()
				finish(i, p.process(in))
				mu.Lock()
			}
		})
	}
	mu.Lock()
	for {
		// emit what is ready, in order, without holding mu
		if r, ok := ready[emitted]; ok {
			delete(ready, emitted)
			mu.Unlock()
			keep := emit(r)
			mu.Lock()
			emitted++
			changed.Broadcast()
			if !keep {
				done = true
				break
			}
			continue
		}
		if done && emitted == taken {
			break
		}
		// take an input if the window allows; else wait for the others
		if !done && taken-emitted < window {
			if in, i, ok := take(); ok {
				mu.Unlock()
				r := p.process(in)
				mu.Lock()
				ready[i] = &r
			}
			continue
		}
		changed.Wait()
	}
	mu.Unlock()
	wg.Wait()
	stopInputs()
}
