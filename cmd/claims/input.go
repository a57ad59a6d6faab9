package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// stdinName is the article path of standard input.
const stdinName = "<stdin>"

// input is one file to read.
type input struct {
	path  string // as given, or the folder given joined with the file's path
	stdin bool
	// named is true for paths given on the command line (not found by
	// walking a folder): they are read whatever they are.
	named bool
	// err is why the input cannot be read, found while walking: reported
	// in its place in the output order.
	err error
	// skip is why a file found by walking is left alone (a notice, not an
	// error); "" when it is to be read.
	skip string
}

// inputs turns the command line's paths into inputs, in order, as a
// sequence: folders are walked recursively in name order as the sequence
// is read (so a folder of a million files is never listed in memory),
// skipping hidden files and folders (names starting with "."), not
// following symbolic links to folders, and setting aside files that are
// not regular files. A path met twice is read once: when paths overlap
// (one is inside another, or given twice), the paths read are remembered;
// when they do not, nothing is.
func inputs(paths []string) iter.Seq[input] {
	return func(yield func(input) bool) {
		var seen map[string]bool
		if overlap(paths) {
			seen = map[string]bool{}
		}
		add := func(in input) bool {
			if seen != nil {
				key := in.path
				if !in.stdin {
					key = filepath.Clean(in.path)
				}
				if seen[key] {
					return true
				}
				seen[key] = true
			}
			return yield(in)
		}
		for _, p := range paths {
			if p == "-" {
				if !add(input{path: stdinName, stdin: true, named: true}) {
					return
				}
				continue
			}
			fi, err := os.Stat(p)
			switch {
			case err != nil:
				if !add(input{path: p, named: true, err: err}) {
					return
				}
			case !fi.IsDir():
				if !add(input{path: p, named: true}) {
					return
				}
			case !walk(p, add):
				return
			}
		}
	}
}

// collect is the inputs of paths as a list.
func collect(paths []string) []input { return slices.Collect(inputs(paths)) }

// overlap reports whether a path may be met twice: a path given twice
// (standard input included), or one inside a folder given too.
func overlap(paths []string) bool {
	abs := make([]string, 0, len(paths))
	for _, p := range paths {
		a := p
		if p != "-" {
			var err error
			if a, err = filepath.Abs(p); err != nil {
				return true
			}
		}
		abs = append(abs, a)
	}
	for i, a := range abs {
		for j, b := range abs {
			if i != j && (a == b || strings.HasPrefix(a, strings.TrimSuffix(b, string(filepath.Separator))+string(filepath.Separator))) {
				return true
			}
		}
	}
	return false
}

// walk adds the files under root in name order. It returns false when add
// did (the reader of the inputs stopped).
func walk(root string, add func(input) bool) bool {
	more := true
	emit := func(in input) error {
		if more = add(in); !more {
			return filepath.SkipAll
		}
		return nil
	}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// an unreadable folder (reported once: WalkDir calls again
			// only for a folder whose entries could not be read) or entry
			return emit(input{path: path, err: err})
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch t := d.Type(); {
		case d.IsDir():
		case t.IsRegular():
			return emit(input{path: path})
		case t&fs.ModeSymlink != 0:
			fi, err := os.Stat(path)
			switch {
			case err != nil && errors.Is(err, fs.ErrNotExist):
				return emit(input{path: path, err: errors.New("broken symbolic link")})
			case err != nil:
				return emit(input{path: path, err: err})
			case fi.IsDir():
				return emit(input{path: path, skip: "symbolic link to a folder, not followed"})
			case fi.Mode().IsRegular():
				return emit(input{path: path})
			default:
				return emit(input{path: path, skip: "not a regular file"})
			}
		default:
			return emit(input{path: path, skip: "not a regular file"})
		}
		return nil
	})
	return more
}

// read returns the bytes of in, at most max of them: a larger input is an
// error, found before reading when the file says its size.
func read(in input, max int64) ([]byte, error) {
	var r io.Reader
	size := int64(0) // the file's size when known: the buffer is made once
	if in.stdin {
		r = os.Stdin
	} else {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return nil, err
		}
		if fi.IsDir() {
			return nil, errors.New("is a folder")
		}
		if fi.Mode().IsRegular() && fi.Size() > max {
			return nil, fmt.Errorf("file is %s, over the --max-size limit of %s; raise the limit to read it", humanSize(fi.Size()), humanSize(max))
		}
		if fi.Mode().IsRegular() {
			size = fi.Size()
		}
		r = f
	}
	// room for the whole file and the read that finds its end
	buf := bytes.NewBuffer(make([]byte, 0, min(size, max)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, max+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if int64(len(data)) > max {
		return nil, fmt.Errorf("input is over the --max-size limit of %s; raise the limit to read it", humanSize(max))
	}
	return data, nil
}

// sniffLen is how much of a file is looked at to tell text from binary.
const sniffLen = 8000

// binary reports whether data is not text, and what it looks like: a file
// type net/http.DetectContentType recognises that is not text/... (images,
// PDF, archives), NUL bytes near the start, or mostly control characters.
// A few stray control characters (an escape sequence in scraped text) do
// not make a file binary: they are kept out of the output by the renderers.
// UTF-16 with a byte order mark is text.
func binary(data []byte) (string, bool) {
	head := data[:min(len(data), sniffLen)]
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return "", false
	}
	ct, _, _ := strings.Cut(http.DetectContentType(head), ";")
	switch {
	case bytes.IndexByte(head, 0) >= 0:
		return "binary data", true
	case strings.HasPrefix(ct, "text/"):
		return "", false
	case ct != "application/octet-stream":
		return ct, true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
			ctl++
		}
	}
	if ctl*10 > len(head) {
		return "binary data", true
	}
	return "", false
}

// errText is what an error says about a file, without the path that the
// message already starts with.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if pe.Op == "open" || pe.Op == "stat" || pe.Op == "lstat" {
			return pe.Err.Error()
		}
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}
