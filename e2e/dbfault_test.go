package e2e

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// privatePG is a throw-away PostgreSQL cluster this test may stop and
// start; the shared server is never touched.
type privatePG struct {
	t    *testing.T
	bin  string
	dir  string
	port string
}

func newPrivatePG(t *testing.T) *privatePG {
	t.Helper()
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(bins) == 0 {
		if os.Getenv("TEST_DATABASE_URL") != "" {
			t.Fatal("PostgreSQL server binaries not found under /usr/lib/postgresql")
		}
		t.Skip("PostgreSQL server binaries not installed; CI (TEST_DATABASE_URL set) runs this test")
	}
	sort.Strings(bins)
	root, err := os.MkdirTemp("", "haven-pg")
	if err != nil {
		t.Fatal(err)
	}
	_ = os.Chmod(root, 0o755)
	_, port, _ := strings.Cut(freePort(t), ":")
	pg := &privatePG{t: t, bin: filepath.Dir(bins[len(bins)-1]), dir: filepath.Join(root, "data"), port: port}
	if err := os.Mkdir(pg.dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatal("running as root needs a postgres user to own the cluster")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		_ = os.Chown(pg.dir, uid, gid)
	}
	pg.run("initdb", "-D", pg.dir, "-A", "trust", "-U", "postgres")
	pg.start()
	t.Cleanup(func() {
		pg.ctl("-m", "immediate", "stop")
		os.RemoveAll(root)
	})
	return pg
}

// run executes a server binary, as the postgres user when we are root
// (PostgreSQL refuses to run as root).
func (pg *privatePG) run(name string, args ...string) {
	pg.t.Helper()
	argv := append([]string{filepath.Join(pg.bin, name)}, args...)
	var cmd *exec.Cmd
	if os.Geteuid() == 0 {
		quoted := make([]string, len(argv))
		for i, a := range argv {
			quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		cmd = exec.Command("su", "postgres", "-c", strings.Join(quoted, " "))
	} else {
		cmd = exec.Command(argv[0], argv[1:]...)
	}
	cmd.Dir = os.TempDir()
	if out, err := cmd.CombinedOutput(); err != nil {
		pg.t.Fatalf("%s: %v\n%s", name, err, out)
	}
}

func (pg *privatePG) ctl(args ...string) {
	pg.run("pg_ctl", append([]string{"-D", pg.dir, "-w"}, args...)...)
}

func (pg *privatePG) start() {
	pg.ctl("-o", fmt.Sprintf("-p %s -k /tmp -c listen_addresses=127.0.0.1", pg.port), "-l", filepath.Join(pg.dir, "log"), "start")
}

func (pg *privatePG) url() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%s/postgres?sslmode=disable", pg.port)
}

// TestDatabaseOutageAndRecovery crashes PostgreSQL under a running Haven:
// /readyz and pages answer 503 quickly, /help keeps working, a post is
// refused without being half-saved, and Haven recovers when the database
// returns, without a restart.
func TestDatabaseOutageAndRecovery(t *testing.T) {
	pg := newPrivatePG(t)
	s := start(t, database{name: "private-pg", env: []string{"DATABASE_URL=" + pg.url()}})
	var reg struct {
		Token string `json:"token"`
	}
	apiJSON(t, s, "", "POST", "/api/v1/auth/register", `{"handle":"steady","password":"a long passphrase"}`, 201, &reg)
	apiJSON(t, s, reg.Token, "POST", "/api/v1/forums/introductions/threads", `{"title":"before","body":"saved before the outage"}`, 201, nil)

	pg.ctl("-m", "immediate", "stop")

	for _, path := range []string{"/readyz", "/", "/f/introductions"} {
		began := time.Now()
		code, body, _ := read(t)(http.Get(s.base + path))
		if code != 503 {
			t.Errorf("%s with database down: %d\n%s", path, code, s.logs)
		}
		if took := time.Since(began); took > 3*time.Second {
			t.Errorf("%s took %v with database down", path, took)
		}
		if strings.Contains(strings.ToLower(body), "dial") || strings.Contains(body, "connect:") {
			t.Errorf("%s leaks a driver error: %q", path, body)
		}
	}
	if code, body, _ := read(t)(http.Get(s.base + "/help")); code != 200 || !strings.Contains(body, "988") {
		t.Errorf("/help with database down: %d", code)
	}
	req, _ := http.NewRequest("POST", s.base+"/api/v1/forums/introductions/threads", strings.NewReader(`{"title":"during","body":"written during the outage"}`))
	req.Header.Set("Authorization", "Bearer "+reg.Token)
	req.Header.Set("Content-Type", "application/json")
	if code, body, _ := read(t)(http.DefaultClient.Do(req)); code != 503 || !strings.Contains(body, `"unavailable"`) {
		t.Errorf("post with database down: %d %s", code, body)
	}

	pg.start()
	deadline := time.Now().Add(15 * time.Second)
	for {
		code, _, _ := read(t)(http.Get(s.base + "/readyz"))
		if code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Haven did not recover after the database returned; logs:\n%s", s.logs)
		}
		time.Sleep(200 * time.Millisecond)
	}
	var list struct {
		Threads []struct {
			Title string `json:"title"`
		} `json:"threads"`
	}
	apiJSON(t, s, "", "GET", "/api/v1/forums/introductions/threads", "", 200, &list)
	if len(list.Threads) != 1 || list.Threads[0].Title != "before" {
		t.Fatalf("threads after recovery: %+v", list.Threads)
	}
	apiJSON(t, s, reg.Token, "POST", "/api/v1/forums/introductions/threads", `{"title":"after","body":"back again"}`, 201, nil)
}
