// Command haven runs the Haven peer-support forum and its admin tools.
// It only reads configuration and wires packages together.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"haven/app"
	"haven/app/accounts"
	"haven/app/moderation"
	"haven/app/seed"
	"haven/models"
)

const usage = `Haven: a moderated peer-support forum.

Usage:
  haven [serve]                     serve HTTP on HAVEN_ADDR (default :8080)
  haven migrate                     create or update the database schema
  haven user add --handle H --role R --password-stdin
                                    create an account (roles: peer, moderator, clinician, admin)
  haven scan                        read texts on stdin, write crisis verdicts as JSON lines
  haven seed --users N --posts M --days D
                                    fill the database with a synthetic community (demos, benchmarks)

Environment: see README.md ("Configuration").
`

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "haven:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serve(args, stderr)
	case "migrate":
		return migrate(args, stdout)
	case "user":
		return user(args, stdin, stdout)
	case "scan":
		return scan(stdin, stdout)
	case "seed":
		return seedCmd(args, stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	return fmt.Errorf("unknown command %q\n\n%s", cmd, usage)
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func envInt(key string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return v
	}
	return def
}

// databaseDSN is DATABASE_URL, else the SQLite file in HAVEN_DATA_DIR.
func databaseDSN() string {
	if u := os.Getenv("DATABASE_URL"); u != "" {
		return u
	}
	return filepath.Join(env("HAVEN_DATA_DIR", "data"), "haven.db")
}

func openStore(ctx context.Context) (*models.Store, error) {
	store, err := models.Open(databaseDSN())
	if err != nil {
		return nil, err
	}
	if _, err := store.Migrate(ctx); err != nil {
		store.Close()
		return nil, fmt.Errorf("migrate: %w", err)
	}
	if err := store.SeedForums(ctx); err != nil {
		store.Close()
		return nil, fmt.Errorf("seed forums: %w", err)
	}
	return store, nil
}

func serve(args []string, stderr io.Writer) error {
	cfg := app.DefaultConfig()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", env("HAVEN_ADDR", ":8080"), "listen address (HAVEN_ADDR)")
	logLevel := fs.String("log-level", env("HAVEN_LOG_LEVEL", "info"), "debug, info, warn or error (HAVEN_LOG_LEVEL)")
	fs.IntVar(&cfg.BodyLimit, "body-limit", envInt("HAVEN_BODY_LIMIT", cfg.BodyLimit), "max request body bytes (HAVEN_BODY_LIMIT)")
	fs.IntVar(&cfg.LoginPerMinute, "login-rate", envInt("HAVEN_LOGIN_PER_MINUTE", cfg.LoginPerMinute), "login attempts per IP per minute (HAVEN_LOGIN_PER_MINUTE)")
	fs.IntVar(&cfg.RegisterPerHour, "register-rate", envInt("HAVEN_REGISTER_PER_HOUR", cfg.RegisterPerHour), "sign-ups per IP per hour (HAVEN_REGISTER_PER_HOUR)")
	fs.IntVar(&cfg.PostsPerMinute, "post-rate", envInt("HAVEN_POSTS_PER_MINUTE", cfg.PostsPerMinute), "posts per account per minute (HAVEN_POSTS_PER_MINUTE)")
	fs.BoolVar(&cfg.CookieSecure, "secure-cookies", env("HAVEN_SECURE_COOKIES", "") == "1", "mark cookies Secure; set behind HTTPS (HAVEN_SECURE_COOKIES=1)")
	proxies := fs.String("trusted-proxies", env("HAVEN_TRUSTED_PROXIES", ""), "comma-separated proxy IPs whose X-Forwarded-For is trusted (HAVEN_TRUSTED_PROXIES)")
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg.DatabaseURL = os.Getenv("DATABASE_URL")
	if v, err := time.ParseDuration(os.Getenv("HAVEN_SLA_CRITICAL")); err == nil && v > 0 {
		cfg.SLA = moderation.SLA{100: v, 50: cfg.SLA[50]}
	}
	if v, err := time.ParseDuration(os.Getenv("HAVEN_SLA_HIGH")); err == nil && v > 0 {
		cfg.SLA = moderation.SLA{100: cfg.SLA[100], 50: v}
	}
	if v, err := time.ParseDuration(os.Getenv("HAVEN_SLA_EVERY")); err == nil && v > 0 {
		cfg.SLAEvery = v
	}
	if v, err := time.ParseDuration(os.Getenv("HAVEN_MOD_IDLE")); err == nil && v > 0 {
		cfg.ModIdle = v
	}
	if v, err := time.ParseDuration(os.Getenv("HAVEN_CLAIM_LEASE")); err == nil && v > 0 {
		cfg.ClaimLease = v
	}
	cfg.TrendsK = envInt("HAVEN_TRENDS_K", 11)
	if v, err := strconv.ParseFloat(os.Getenv("HAVEN_TRENDS_EPSILON"), 64); err == nil && v > 0 {
		cfg.TrendsEpsilon = v
	}
	if *proxies != "" {
		cfg.TrustedProxies = strings.Split(*proxies, ",")
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return fmt.Errorf("log level: %w", err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(logger)
	cfg.Logger = logger

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	store, err := openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	srv, err := app.New(store, cfg)
	if err != nil {
		return err
	}
	go purgeExpired(ctx, store, logger)
	srv.Background(ctx)
	logger.Info("haven listening", "addr", *addr, "database", string(store.Dialect()))
	return srv.Listen(ctx, *addr)
}

// purgeExpired removes old sessions, tokens and rate-limit counters hourly.
func purgeExpired(ctx context.Context, store *models.Store, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if err := store.PurgeExpired(ctx); err != nil && ctx.Err() == nil {
			log.Warn("purge expired rows", "err", err)
		}
		if err := store.PurgeTrendSeen(ctx, time.Now()); err != nil && ctx.Err() == nil {
			log.Warn("purge trend contribution rows", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func migrate(args []string, stdout io.Writer) error {
	ctx := context.Background()
	store, err := models.Open(databaseDSN())
	if err != nil {
		return err
	}
	defer store.Close()
	n, err := store.Migrate(ctx)
	if err != nil {
		return err
	}
	if err := store.SeedForums(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "applied %d migration(s) on %s\n", n, store.Dialect())
	return nil
}

func user(args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "add" {
		return errors.New("usage: haven user add --handle H --role R --password-stdin")
	}
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	handle := fs.String("handle", "", "the new account's handle")
	role := fs.String("role", "peer", "peer, moderator, clinician or admin")
	fromStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if !*fromStdin {
		return errors.New("--password-stdin is required (passwords never go on the command line)")
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	password := strings.TrimRight(line, "\r\n")
	ctx := context.Background()
	store, err := openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	u, err := accounts.New(store, accounts.DefaultParams).Register(ctx,
		accounts.Credentials{Handle: *handle, Password: password}, models.Role(*role))
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		return errors.New(ve.Error())
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created %s (%s) with id %d\n", u.Handle, u.Role, u.ID)
	return nil
}

func seedCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	users := fs.Int("users", 500, "members to create")
	posts := fs.Int("posts", 20000, "posts to write")
	days := fs.Int("days", 90, "spread posts over this many days before now")
	randSeed := fs.Uint64("seed", 1, "random seed (same seed, same community)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx := context.Background()
	store, err := openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	began := time.Now()
	flagged, err := seed.Run(ctx, store, seed.Options{Users: *users, Posts: *posts, Days: *days, Seed: *randSeed})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "seeded %d members and %d posts over %d days (%d with crisis language) in %v\n",
		*users, *posts, *days, flagged, time.Since(began).Round(time.Millisecond))
	return nil
}
