package models

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationLock is an arbitrary constant for pg_advisory_xact_lock, so two
// instances starting together do not both migrate.
const migrationLock = 7304581

type migration struct {
	version int
	name    string
	sql     string
}

// placeholders keep one SQL file per migration for both dialects.
var placeholders = map[Dialect]*strings.Replacer{
	SQLite: strings.NewReplacer(
		"{{PK}}", "INTEGER PRIMARY KEY AUTOINCREMENT",
		"{{TS}}", "DATETIME",
		"{{BLOB}}", "BLOB",
	),
	Postgres: strings.NewReplacer(
		"{{PK}}", "BIGSERIAL PRIMARY KEY",
		"{{TS}}", "TIMESTAMPTZ",
		"{{BLOB}}", "BYTEA",
	),
}

func loadMigrations(d Dialect) ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %q: name must start with a number and _", e.Name())
		}
		raw, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: e.Name(), sql: placeholders[d].Replace(onlyDialect(string(raw), d))})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i := 1; i < len(out); i++ {
		if out[i].version == out[i-1].version {
			return nil, fmt.Errorf("two migrations numbered %d", out[i].version)
		}
	}
	return out, nil
}

// Migrate applies every embedded migration not yet recorded in
// schema_migrations, each in its own transaction, and returns how many ran.
func (s *Store) Migrate(ctx context.Context) (int, error) {
	migs, err := loadMigrations(s.dialect)
	if err != nil {
		return 0, err
	}
	db := s.q(ctx)
	if err := db.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name VARCHAR(255) NOT NULL, applied_at ` +
		placeholders[s.dialect].Replace("{{TS}}") + ` NOT NULL)`).Error; err != nil {
		return 0, mapErr(err)
	}
	applied := 0
	for _, m := range migs {
		ran, err := s.applyOne(ctx, m)
		if err != nil {
			return applied, fmt.Errorf("migration %s: %w", m.name, err)
		}
		if ran {
			applied++
		}
	}
	return applied, nil
}

func (s *Store) applyOne(ctx context.Context, m migration) (bool, error) {
	ran := false
	err := s.q(ctx).Transaction(func(tx *gorm.DB) error {
		if s.dialect == Postgres {
			if err := tx.Exec("SELECT pg_advisory_xact_lock(?)", migrationLock).Error; err != nil {
				return err
			}
		}
		var n int64
		if err := tx.Table("schema_migrations").Where("version = ?", m.version).Count(&n).Error; err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		for _, stmt := range splitStatements(m.sql) {
			if err := tx.Exec(stmt).Error; err != nil {
				return err
			}
		}
		ran = true
		return tx.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
			m.version, m.name, time.Now().UTC()).Error
	})
	return ran, err
}

// onlyDialect keeps the lines between "-- +only sqlite" (or postgres) and
// "-- +end" for that dialect alone: triggers differ between the two.
func onlyDialect(sql string, d Dialect) string {
	var b strings.Builder
	keep := true
	for _, line := range strings.Split(sql, "\n") {
		t := strings.TrimSpace(line)
		if only, ok := strings.CutPrefix(t, "-- +only "); ok {
			keep = Dialect(strings.TrimSpace(only)) == d
			continue
		}
		if t == "-- +end" {
			keep = true
			continue
		}
		if keep {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// splitStatements splits on semicolons at line ends. Migrations that need a
// semicolon inside a statement (a PL/pgSQL body) mark it with "-- +body"
// lines; everything between two such lines is one statement.
func splitStatements(sql string) []string {
	var out []string
	var cur strings.Builder
	inBody := false
	for _, line := range strings.Split(sql, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "-- +body" {
			inBody = !inBody
			continue
		}
		if strings.HasPrefix(trimmed, "--") && !inBody {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if !inBody && strings.HasSuffix(trimmed, ";") {
			if stmt := strings.TrimSpace(cur.String()); stmt != ";" {
				out = append(out, stmt)
			}
			cur.Reset()
		}
	}
	if stmt := strings.TrimSpace(cur.String()); stmt != "" {
		out = append(out, stmt)
	}
	return out
}
