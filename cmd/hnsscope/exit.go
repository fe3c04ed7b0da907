package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/hnsscope/hnsscope/analyzer/bundle"
)

// exitError carries the process exit status of a failed command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// withExit attaches an exit status to err; nil stays nil.
func withExit(code int, err error) error {
	if err == nil {
		return nil
	}
	return &exitError{code: code, err: err}
}

// exitCode maps an error to the documented exit status: an explicit
// exitError wins, a bundle that cannot be opened safely is 3, anything else
// comes from command-line parsing and is a usage error.
func exitCode(err error) int {
	var ee *exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case isBundleError(err):
		return exitUnreadable
	}
	return exitUsage
}

func isBundleError(err error) bool {
	return errors.Is(err, bundle.ErrUnreadable) || errors.Is(err, bundle.ErrUnsafe) || errors.Is(err, bundle.ErrEmpty)
}

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteC()
	if err == nil {
		return 0
	}
	code := exitCode(err)
	// Exit 1 means "findings at or above --fail-on": the report already
	// said so, the message is only a summary line.
	fmt.Fprintf(stderr, "hnsscope: %v\n", err)
	switch {
	case code == exitUsage:
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
	case errors.Is(err, bundle.ErrUnsafe):
		fmt.Fprintln(stderr, "If the bundle is trusted, raise --max-file-size, --max-total-size or --max-entries.")
	}
	return code
}
