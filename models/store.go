package models

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Dialect names the SQL database behind a Store.
type Dialect string

const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// Store is Haven's one concrete data access type. Its methods take a
// context; InTx hands a Store bound to a transaction to a callback so the
// same methods run inside or outside a transaction.
type Store struct {
	db      *gorm.DB
	dialect Dialect
}

// Open connects to dsn: a postgres:// URL selects PostgreSQL, anything else
// is a path to a SQLite file (created with its directory if missing).
func Open(dsn string) (*Store, error) {
	var (
		dialector gorm.Dialector
		dialect   Dialect
	)
	cfg := &gorm.Config{
		Logger:                 logger.Discard,
		SkipDefaultTransaction: true,
		NowFunc:                func() time.Time { return time.Now().UTC() },
		TranslateError:         true,
	}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		dialect = Postgres
		dialector = postgres.Open(dsn)
	} else {
		dialect = SQLite
		if dir := filepath.Dir(dsn); dir != "" && dsn != ":memory:" {
			if err := os.MkdirAll(dir, 0o750); err != nil {
				return nil, fmt.Errorf("create data dir: %w", err)
			}
		}
		// Pragmas go in the DSN so every pooled connection gets them.
		dialector = sqlite.Open("file:" + dsn +
			"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate")
	}
	db, err := gorm.Open(dialector, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dialect, err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	if dialect == SQLite {
		// One writer at a time is SQLite's model; a small pool avoids
		// SQLITE_BUSY storms while WAL still lets readers run.
		sqlDB.SetMaxOpenConns(4)
	} else {
		sqlDB.SetMaxOpenConns(20)
		sqlDB.SetMaxIdleConns(10)
		sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	}
	return &Store{db: db, dialect: dialect}, nil
}

// Dialect reports which database this store talks to.
func (s *Store) Dialect() Dialect { return s.dialect }

// DB exposes the underlying handle for packages that need raw access
// (migrations, tests).
func (s *Store) DB() *gorm.DB { return s.db }

// Close releases the connection pool.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// Ping checks that the database answers within ctx.
func (s *Store) Ping(ctx context.Context) error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	if err := sqlDB.PingContext(ctx); err != nil {
		return ErrUnavailable
	}
	// PingContext can succeed on a pooled connection to a dead server;
	// a trivial query proves the round trip.
	var one int
	if err := s.db.WithContext(ctx).Raw("SELECT 1").Scan(&one).Error; err != nil {
		return ErrUnavailable
	}
	return nil
}

// InTx runs fn with a Store bound to one transaction; any error rolls the
// whole transaction back.
func (s *Store) InTx(ctx context.Context, fn func(tx *Store) error) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return fn(&Store{db: tx, dialect: s.dialect})
	})
	return mapErr(err)
}

func (s *Store) q(ctx context.Context) *gorm.DB { return s.db.WithContext(ctx) }

// mapErr turns driver errors into sentinel errors so nothing above the
// store needs to know SQL dialects, and nothing leaks SQL to clients.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	var ve *ValidationError
	switch {
	case errors.As(err, &ve),
		errors.Is(err, ErrNotFound), errors.Is(err, ErrConflict),
		errors.Is(err, ErrForbidden), errors.Is(err, ErrUnauthorized),
		errors.Is(err, ErrUnavailable):
		return err
	case errors.Is(err, gorm.ErrRecordNotFound):
		return ErrNotFound
	case errors.Is(err, gorm.ErrDuplicatedKey):
		return fmt.Errorf("%w: %v", ErrConflict, err)
	case isConnErr(err):
		slog.Warn("database unreachable", "err", err)
		return fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	return err
}

func isConnErr(err error) bool {
	var netErr net.Error
	var connErr *pgconn.ConnectError
	if errors.As(err, &netErr) || errors.As(err, &connErr) ||
		errors.Is(err, sql.ErrConnDone) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return true
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		// Class 08: connection exception; 57P0x: admin/crash shutdown.
		return strings.HasPrefix(pgErr.Code, "08") || strings.HasPrefix(pgErr.Code, "57P")
	}
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "bad connection") ||
		strings.Contains(msg, "failed to connect") || strings.Contains(msg, "conn closed") ||
		strings.Contains(msg, "database is closed") || strings.Contains(msg, "unexpected EOF")
}
