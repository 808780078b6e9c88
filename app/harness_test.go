package app_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"

	"haven/app"
	"haven/app/accounts"
	"haven/app/posting"
	"haven/models"
	"haven/models/storetest"
)

// env is one Haven server on one fresh database, with a user per role.
type env struct {
	t       *testing.T
	srv     *app.Server
	store   *models.Store
	users   map[string]*actor
	posting *posting.Service
}

// actor is a logged-in (or anonymous) client: a browser session and an API
// token for the same account.
type actor struct {
	user    *models.User
	cookie  string // session cookie value
	csrf    string
	token   string // API bearer token
	anonTok string // double-submit CSRF token for anonymous forms
}

var roles = []string{"anon", "peer", "moderator", "clinician", "admin"}

func testConfig() app.Config {
	cfg := app.DefaultConfig()
	cfg.PasswordParams = accounts.Params{Memory: 64, Time: 1, Threads: 1}
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg.LoginPerMinute, cfg.RegisterPerHour, cfg.PostsPerMinute = 1000, 1000, 1000
	return cfg
}

// eachEnv runs fn on SQLite and, when configured, PostgreSQL.
func eachEnv(t *testing.T, cfg app.Config, fn func(t *testing.T, e *env)) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		fn(t, newEnv(t, s, cfg))
	})
}

func newEnv(t *testing.T, s *models.Store, cfg app.Config) *env {
	t.Helper()
	srv, err := app.New(s, cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, srv: srv, store: s, users: map[string]*actor{}, posting: posting.New(s)}
	e.users["anon"] = &actor{anonTok: strings.Repeat("a", 43)}
	for _, r := range roles[1:] {
		e.users[r] = e.login(storetest.User(t, s, "user-"+r, models.Role(r)))
	}
	return e
}

func (e *env) login(u *models.User) *actor {
	ctx := context.Background()
	cookie, sess, err := e.store.CreateSession(ctx, u.ID, 3600e9)
	if err != nil {
		e.t.Fatal(err)
	}
	tok, err := e.store.CreateAPIToken(ctx, u.ID, 3600e9)
	if err != nil {
		e.t.Fatal(err)
	}
	return &actor{user: u, cookie: cookie, csrf: sess.CSRFToken, token: tok}
}

type resp struct {
	status int
	body   string
	header http.Header
}

func (e *env) do(req *http.Request) resp {
	e.t.Helper()
	res, err := e.srv.App.Test(req, -1)
	if err != nil {
		e.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return resp{status: res.StatusCode, body: string(b), header: res.Header}
}

// page GETs an HTML page as a.
func (e *env) page(a *actor, path string) resp {
	req := httptest.NewRequest("GET", path, nil)
	a.addCookies(req)
	return e.do(req)
}

// form POSTs an HTML form as a, with a valid CSRF token.
func (e *env) form(a *actor, path string, vals url.Values) resp {
	if vals == nil {
		vals = url.Values{}
	}
	if a.cookie != "" {
		vals.Set("csrf", a.csrf)
	} else {
		vals.Set("csrf", a.anonTok)
	}
	return e.rawForm(a, path, vals)
}

func (e *env) rawForm(a *actor, path string, vals url.Values) resp {
	req := httptest.NewRequest("POST", path, strings.NewReader(vals.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	a.addCookies(req)
	return e.do(req)
}

func (a *actor) addCookies(req *http.Request) {
	if a.cookie != "" {
		req.AddCookie(&http.Cookie{Name: "haven_session", Value: a.cookie})
	} else if a.anonTok != "" {
		req.AddCookie(&http.Cookie{Name: "haven_csrf", Value: a.anonTok})
	}
}

// api calls the JSON API as a (bearer token, never cookies).
func (e *env) api(a *actor, method, path string, body any) resp {
	var r io.Reader
	if body != nil {
		switch b := body.(type) {
		case string:
			r = strings.NewReader(b)
		default:
			raw, _ := json.Marshal(b)
			r = strings.NewReader(string(raw))
		}
	}
	req := httptest.NewRequest(method, path, r)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if a != nil && a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	return e.do(req)
}

func decode(t *testing.T, r resp, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(r.body), v); err != nil {
		t.Fatalf("decode %q: %v", r.body, err)
	}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrfFrom reads the token a page's forms carry.
func csrfFrom(t *testing.T, body string) string {
	t.Helper()
	m := csrfField.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no csrf field in page")
	}
	return m[1]
}

// randomTokens are runs of 32 or more base64url letters: session CSRF
// tokens and other random values a page carries. One of them can hold
// "sql" or "gorm" by chance (about once in a thousand tokens), so they
// are dropped before looking for internals.
var randomTokens = regexp.MustCompile(`[A-Za-z0-9_-]{32,}`)

// leaks reports internal details a client must never see.
func leaks(body string) bool {
	low := strings.ToLower(randomTokens.ReplaceAllString(body, ""))
	for _, s := range []string{"sql", "goroutine", "panic", "gorm", "pq:", "sqlite", "runtime error", ".go:"} {
		if strings.Contains(low, s) {
			return true
		}
	}
	return false
}

// newEnvB builds a bare server for benchmarks.
func newEnvB(b *testing.B, s *models.Store) *fiber.App {
	srv, err := app.New(s, testConfig())
	if err != nil {
		b.Fatal(err)
	}
	return srv.App
}
