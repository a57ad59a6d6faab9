package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
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

// collect turns the command line's paths into inputs, in order: folders
// are walked recursively in name order, skipping hidden files and folders
// (names starting with "."), not following symbolic links to folders, and
// setting aside files that are not regular files. A path met twice is read
// once.
func collect(paths []string) []input {
	var ins []input
	seen := map[string]bool{}
	add := func(in input) {
		key := in.path
		if !in.stdin {
			key = filepath.Clean(in.path)
		}
		if seen[key] {
			return
		}
		seen[key] = true
		ins = append(ins, in)
	}
	for _, p := range paths {
		if p == "-" {
			add(input{path: stdinName, stdin: true, named: true})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			add(input{path: p, named: true, err: err})
			continue
		}
		if !fi.IsDir() {
			add(input{path: p, named: true})
			continue
		}
		walk(p, add)
	}
	return ins
}

// walk adds the files under root.
func walk(root string, add func(input)) {
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// an unreadable folder (reported once: WalkDir calls again
			// only for a folder whose entries could not be read) or entry
			add(input{path: path, err: err})
			return nil
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
			add(input{path: path})
		case t&fs.ModeSymlink != 0:
			fi, err := os.Stat(path)
			switch {
			case err != nil && errors.Is(err, fs.ErrNotExist):
				add(input{path: path, err: errors.New("broken symbolic link")})
			case err != nil:
				add(input{path: path, err: err})
			case fi.IsDir():
				add(input{path: path, skip: "symbolic link to a folder, not followed"})
			case fi.Mode().IsRegular():
				add(input{path: path})
			default:
				add(input{path: path, skip: "not a regular file"})
			}
		default:
			add(input{path: path, skip: "not a regular file"})
		}
		return nil
	})
}

// read returns the bytes of in, at most max of them: a larger input is an
// error, found before reading when the file says its size.
func read(in input, max int64) ([]byte, error) {
	var r io.Reader
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
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
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
