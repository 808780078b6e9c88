// Package app is Haven's HTTP layer: routes, handlers, middleware, forms and
// the one error handler. Handlers translate HTTP to service calls and back;
// the rules live in the service packages (accounts, posting, ...).
package app

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/filesystem"
	"github.com/gofiber/fiber/v2/middleware/recover"
	"github.com/gofiber/fiber/v2/middleware/requestid"
	"github.com/gofiber/template/html/v2"

	"haven/app/accounts"
	"haven/app/moderation"
	"haven/app/posting"
	"haven/app/trends"
	"haven/models"
	"haven/static"
	"haven/views"
)

// Config holds every tunable the HTTP layer reads. cmd/haven fills it from
// flags and environment variables (documented in the README).
type Config struct {
	BodyLimit      int           // bytes per request body
	SessionTTL     time.Duration // browser session lifetime
	TokenTTL       time.Duration // API token lifetime
	CookieSecure   bool          // set Secure on cookies (behind HTTPS)
	TrustedProxies []string      // proxies whose X-Forwarded-For is believed
	PageSize       int           // threads or posts per page

	LoginPerMinute   int // login attempts per IP per minute
	RegisterPerHour  int // registrations per IP per hour
	PostsPerMinute   int // posts per account per minute
	PasswordParams   accounts.Params
	Logger           *slog.Logger
	ReadyTimeout     time.Duration
	RequestTimeout   time.Duration
	ShutdownDeadline time.Duration
	ClaimLease       time.Duration // how long a moderator's claim lasts
	SLA              moderation.SLA
	SLAEvery         time.Duration // how often the SLA worker looks
	ModIdle          time.Duration // no moderator seen for this long: tell authors hotlines are fastest
	DatabaseURL      string        // PostgreSQL DSN for LISTEN (empty on SQLite)
	TrendsK          int           // smallest published count (default 11, never below 5)
	TrendsEpsilon    float64       // > 0: differential privacy noise on trends releases
}

// DefaultConfig is what Haven runs with when nothing is set.
func DefaultConfig() Config {
	return Config{
		BodyLimit:        256 * 1024,
		SessionTTL:       30 * 24 * time.Hour,
		TokenTTL:         90 * 24 * time.Hour,
		PageSize:         30,
		LoginPerMinute:   10,
		RegisterPerHour:  20,
		PostsPerMinute:   10,
		PasswordParams:   accounts.DefaultParams,
		Logger:           slog.Default(),
		ReadyTimeout:     time.Second,
		RequestTimeout:   10 * time.Second,
		ShutdownDeadline: 10 * time.Second,
		ClaimLease:       moderation.DefaultLease,
		SLA:              moderation.DefaultSLA,
		SLAEvery:         15 * time.Second,
		ModIdle:          15 * time.Minute,
	}
}

// Server wires the store and services to a Fiber app.
type Server struct {
	cfg        Config
	store      *models.Store
	accounts   *accounts.Service
	posting    *posting.Service
	moderation *moderation.Service
	hub        *moderation.Hub
	trends     *trends.Service
	metrics    *metrics
	log        *slog.Logger
	App        *fiber.App
}

// New builds the HTTP server. Templates are parsed here so a template error
// stops start-up instead of failing a request.
func New(store *models.Store, cfg Config) (*Server, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.PageSize <= 0 {
		cfg.PageSize = 30
	}
	engine := html.NewFileSystem(http.FS(views.FS), ".html")
	engine.AddFuncMap(templateFuncs())
	if err := engine.Load(); err != nil {
		return nil, fmt.Errorf("load templates: %w", err)
	}
	s := &Server{
		cfg:        cfg,
		store:      store,
		accounts:   accounts.New(store, cfg.PasswordParams),
		posting:    posting.New(store),
		moderation: moderation.New(store, cfg.ClaimLease),
		hub:        moderation.NewHub(),
		trends:     trends.New(store, trends.Config{K: cfg.TrendsK, Epsilon: cfg.TrendsEpsilon}),
		metrics:    newMetrics(),
		log:        cfg.Logger,
	}
	// On SQLite (one process) alerts go straight to this instance's hub;
	// on PostgreSQL every instance hears NOTIFY through Listen instead.
	s.posting.Queued = func(it models.QueueItem) {
		if store.Dialect() != models.Postgres {
			s.hub.Publish(moderation.Alert{ItemID: it.ID, Kind: it.Kind, Priority: it.Priority})
		}
	}
	s.moderation.Queued = s.posting.Queued
	if _, err := s.posting.ReloadLexicon(context.Background()); err != nil {
		s.log.Warn("lexicon additions not loaded; using the embedded lexicon", "err", err)
	}
	s.App = fiber.New(fiber.Config{
		AppName:                 "Haven",
		Views:                   engine,
		ErrorHandler:            s.handleError,
		BodyLimit:               cfg.BodyLimit,
		ReadTimeout:             15 * time.Second,
		WriteTimeout:            30 * time.Second,
		IdleTimeout:             60 * time.Second,
		DisableStartupMessage:   true,
		EnableTrustedProxyCheck: len(cfg.TrustedProxies) > 0,
		TrustedProxies:          cfg.TrustedProxies,
		ProxyHeader:             proxyHeader(cfg.TrustedProxies),
		// Values from the request outlive handlers in services and logs.
		Immutable: true,
	})
	s.App.Use(recover.New())
	s.App.Use(requestid.New())
	s.App.Use(s.observe)
	s.App.Use(securityHeaders)
	s.App.Use(s.withTimeout)
	s.App.Use("/static", filesystem.New(filesystem.Config{
		Root:   http.FS(static.FS),
		MaxAge: 3600,
	}))
	s.routes()
	return s, nil
}

func proxyHeader(trusted []string) string {
	if len(trusted) > 0 {
		return fiber.HeaderXForwardedFor
	}
	return ""
}

// withTimeout bounds every request's database work, so a stalled database
// turns into a quick 503 instead of a hung page.
func (s *Server) withTimeout(c *fiber.Ctx) error {
	if s.cfg.RequestTimeout <= 0 {
		return c.Next()
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.RequestTimeout)
	defer cancel()
	c.SetUserContext(ctx)
	return c.Next()
}

func securityHeaders(c *fiber.Ctx) error {
	h := &c.Response().Header
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	return c.Next()
}

// WatchLexicon rebuilds the detector when another instance (or an admin
// on this one) changed the lexicon additions, until ctx ends.
func (s *Server) WatchLexicon(ctx context.Context, every time.Duration) {
	tick(ctx, every, func() {
		if changed, err := s.posting.ReloadLexicon(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("reload lexicon", "err", err)
		} else if changed {
			s.log.Info("lexicon reloaded", "version", s.posting.Detector().Version())
		}
	})
}

// tick runs fn every period until ctx ends.
func tick(ctx context.Context, every time.Duration, fn func()) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			fn()
		}
	}
}

// Background runs the workers every instance runs: lexicon reload, the
// SLA escalator, and (on PostgreSQL) the cross-instance alert listener.
func (s *Server) Background(ctx context.Context) {
	go s.WatchLexicon(ctx, 30*time.Second)
	if s.store.Dialect() == models.Postgres && s.cfg.DatabaseURL != "" {
		schema, err := s.store.CurrentSchema(ctx)
		if err != nil {
			s.log.Warn("queue alerts: no schema", "err", err)
		}
		go moderation.Listen(ctx, s.cfg.DatabaseURL, moderation.ChannelName(schema), s.hub, s.log)
	}
	go s.runSLA(ctx)
}

func (s *Server) runSLA(ctx context.Context) {
	every := s.cfg.SLAEvery
	if every <= 0 {
		every = 15 * time.Second
	}
	tick(ctx, every, func() {
		items, err := s.moderation.EscalateOverdue(ctx, s.cfg.SLA)
		if err != nil && ctx.Err() == nil {
			s.log.Warn("sla worker", "err", err)
		}
		for _, it := range items {
			s.log.Warn("crisis item escalated: not claimed in time", "item", it.ID, "priority", it.Priority)
			if s.store.Dialect() != models.Postgres {
				s.hub.Publish(moderation.Alert{ItemID: it.ID, Kind: it.Kind, Priority: it.Priority, Escalated: true})
			}
		}
	})
}

// Listen serves until ctx is cancelled, then shuts down gracefully.
func (s *Server) Listen(ctx context.Context, addr string) error {
	errc := make(chan error, 1)
	go func() { errc <- s.App.Listen(addr) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "deadline", s.cfg.ShutdownDeadline)
	return s.App.ShutdownWithTimeout(s.cfg.ShutdownDeadline)
}
