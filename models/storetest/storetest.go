// Package storetest gives tests a fresh, migrated database: SQLite always,
// and PostgreSQL too when TEST_DATABASE_URL is set (each test in its own
// schema, dropped afterwards).
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"haven/models"
)

// Backend is one database a test runs against.
type Backend struct {
	Name  string
	DSN   string
	Store *models.Store
}

// Each runs fn once per available backend as a subtest.
func Each(t *testing.T, fn func(t *testing.T, s *models.Store)) {
	t.Helper()
	for _, b := range Backends(t) {
		t.Run(b.Name, func(t *testing.T) { fn(t, b.Store) })
	}
}

// Backends opens a fresh migrated and seeded store per available database.
func Backends(t testing.TB) []Backend {
	t.Helper()
	out := []Backend{SQLite(t)}
	if pg := Postgres(t); pg != nil {
		out = append(out, *pg)
	}
	return out
}

// SQLite returns a fresh migrated store in a temporary file.
func SQLite(t testing.TB) Backend {
	t.Helper()
	dsn := filepath.Join(t.TempDir(), "haven.db")
	return Backend{Name: "sqlite", DSN: dsn, Store: open(t, dsn)}
}

// PostgresDSN creates a fresh schema on TEST_DATABASE_URL and returns a DSN
// whose search_path points at it, or "" when PostgreSQL is not configured.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		return ""
	}
	admin, err := models.Open(base)
	if err != nil {
		t.Fatalf("open TEST_DATABASE_URL: %v", err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if err := admin.DB().Exec("CREATE SCHEMA " + schema).Error; err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		a, err := models.Open(base)
		if err != nil {
			return
		}
		defer a.Close()
		a.DB().Exec("DROP SCHEMA " + schema + " CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse TEST_DATABASE_URL: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Postgres returns a fresh migrated store in its own schema, or nil.
func Postgres(t testing.TB) *Backend {
	t.Helper()
	dsn := PostgresDSN(t)
	if dsn == "" {
		return nil
	}
	return &Backend{Name: "postgres", DSN: dsn, Store: open(t, dsn)}
}

func open(t testing.TB, dsn string) *models.Store {
	t.Helper()
	s, err := models.Open(dsn)
	if err != nil {
		t.Fatalf("open %s: %v", dsn, err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if err := s.SeedForums(ctx); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return s
}

// User creates a user with the given handle and role (password hash is a
// placeholder: store tests do not log in).
func User(t testing.TB, s *models.Store, handle string, role models.Role) *models.User {
	t.Helper()
	u := &models.User{Handle: handle, Role: role, PasswordHash: "x"}
	if err := s.CreateUser(context.Background(), u); err != nil {
		t.Fatalf("create user %s: %v", handle, err)
	}
	return u
}
