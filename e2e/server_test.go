// Package e2e holds end-to-end tests: they build the real haven binary,
// start it on a free port and talk to it over real HTTP (and, in
// browser_test.go, through headless Chromium).
package e2e

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"haven/models/storetest"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds cmd/haven once per test run.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "haven-e2e")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "haven")
		_, file, _, _ := runtime.Caller(0)
		root := filepath.Dir(filepath.Dir(file))
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/haven")
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// server is a running haven process.
type server struct {
	t    *testing.T
	cmd  *exec.Cmd
	base string
	logs *bytes.Buffer
	env  []string
}

// database names one backend for a server: its environment.
type database struct {
	name string
	env  []string
}

// databases returns SQLite (a fresh data dir) and, when configured, a
// fresh PostgreSQL schema.
func databases(t *testing.T) []database {
	out := []database{{name: "sqlite", env: []string{"HAVEN_DATA_DIR=" + t.TempDir()}}}
	if dsn := storetest.PostgresDSN(t); dsn != "" {
		out = append(out, database{name: "postgres", env: []string{"DATABASE_URL=" + dsn}})
	}
	return out
}

func start(t *testing.T, db database, extra ...string) *server {
	t.Helper()
	addr := freePort(t)
	cmd := exec.Command(binary(t))
	cmd.Env = append(os.Environ(), "HAVEN_ADDR="+addr, "HAVEN_LOG_LEVEL=warn")
	cmd.Env = append(cmd.Env, db.env...)
	cmd.Env = append(cmd.Env, extra...)
	s := &server{t: t, cmd: cmd, base: "http://" + addr, logs: &bytes.Buffer{}, env: cmd.Env}
	cmd.Stdout, cmd.Stderr = s.logs, s.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		res, err := http.Get(s.base + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return s
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("server did not become ready; logs:\n%s", s.logs)
	return nil
}

// stop sends SIGTERM and checks the process exits cleanly.
func (s *server) stop() {
	s.t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		s.t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			s.t.Fatalf("exit after SIGTERM: %v\n%s", err, s.logs)
		}
	case <-time.After(15 * time.Second):
		s.t.Fatal("server did not stop after SIGTERM")
	}
}

// client is a browser-like HTTP client with a cookie jar that does not
// follow redirects, so tests see each 303.
func client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// read returns a function so calls can wrap a (response, error) pair:
// read(t)(c.Get(url)).
func read(t *testing.T) func(*http.Response, error) (int, string, http.Header) {
	return func(res *http.Response, err error) (int, string, http.Header) {
		return readResponse(t, res, err)
	}
}

func readResponse(t *testing.T, res *http.Response, err error) (int, string, http.Header) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b), res.Header
}

func csrf(t *testing.T, page string) string {
	t.Helper()
	_, rest, ok := strings.Cut(page, `name="csrf" value="`)
	if !ok {
		t.Fatal("page has no csrf field")
	}
	tok, _, _ := strings.Cut(rest, `"`)
	return tok
}

// userAdd creates an account with the real CLI.
func userAdd(t *testing.T, db database, handle, role string) string {
	t.Helper()
	cmd := exec.Command(binary(t), "user", "add", "--handle", handle, "--role", role, "--password-stdin")
	cmd.Env = append(os.Environ(), db.env...)
	cmd.Stdin = strings.NewReader("a long passphrase\n")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("user add: %v %s", err, out)
	}
	return string(out)
}
