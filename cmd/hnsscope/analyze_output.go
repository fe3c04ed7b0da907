package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hnsscope/hnsscope/report"
)

// output is one --format: a format and where it goes ("" = stdout).
type output struct {
	format report.Format
	path   string
}

// parseOutputs reads FORMAT[=PATH] values. Without any, text goes to
// stdout. At most one format may go to stdout, so outputs never mix.
func parseOutputs(values []string) ([]output, error) {
	if len(values) == 0 {
		return []output{{format: report.FormatText}}, nil
	}
	var outs []output
	stdout := ""
	paths := map[string]bool{}
	for _, v := range values {
		name, path, _ := strings.Cut(v, "=")
		format, err := report.ParseFormat(name)
		if err != nil {
			return nil, fmt.Errorf("--format %s: %w", v, err)
		}
		if path == "-" {
			path = ""
		}
		if path == "" {
			if stdout != "" {
				return nil, fmt.Errorf("--format %s and %s both write to stdout; give one of them a file (FORMAT=PATH)", stdout, v)
			}
			stdout = v
		} else {
			if paths[path] {
				return nil, fmt.Errorf("--format %s: %s is written twice", v, path)
			}
			paths[path] = true
		}
		outs = append(outs, output{format: format, path: path})
	}
	return outs, nil
}

// writeOutputs renders every output. Colour applies only to text on
// stdout; files never get escape codes.
func writeOutputs(stdout io.Writer, outs []output, rep *report.Report, opts report.RenderOptions) error {
	var errs []error
	for _, o := range outs {
		if o.path == "" {
			if err := report.Write(stdout, o.format, rep, opts); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		fileOpts := opts
		fileOpts.Color = false
		if err := writeFile(o.path, o.format, rep, fileOpts); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func writeFile(path string, f report.Format, rep *report.Report, opts report.RenderOptions) error {
	fh, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write %s report: %w", f, err)
	}
	if err := report.Write(fh, f, rep, opts); err != nil {
		fh.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := fh.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
