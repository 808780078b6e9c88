package moderation

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// Alert tells moderators something in the queue needs them now.
type Alert struct {
	ItemID    uint   `json:"item_id"`
	Kind      string `json:"kind"`
	Priority  int    `json:"priority"`
	Escalated bool   `json:"escalated,omitempty"`
}

// Hub fans alerts out to the moderators connected to this instance.
type Hub struct {
	mu   sync.Mutex
	subs map[chan Alert]struct{}
}

// NewHub makes an empty hub.
func NewHub() *Hub { return &Hub{subs: map[chan Alert]struct{}{}} }

// Subscribe returns a channel of alerts and a function to stop.
func (h *Hub) Subscribe() (<-chan Alert, func()) {
	ch := make(chan Alert, 32)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		if _, ok := h.subs[ch]; ok {
			delete(h.subs, ch)
			close(ch)
		}
		h.mu.Unlock()
	}
}

// Publish delivers an alert to every subscriber; a subscriber too slow to
// keep up loses the alert rather than blocking the others (the page also
// works by reload).
func (h *Hub) Publish(a Alert) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- a:
		default:
		}
	}
}

// Subscribers reports how many moderators are connected here.
func (h *Hub) Subscribers() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

// ChannelName is the PostgreSQL NOTIFY channel for a schema, so several
// deployments (or test schemas) in one database do not hear each other.
func ChannelName(schema string) string {
	var b strings.Builder
	b.WriteString("haven_queue_")
	for _, r := range strings.ToLower(schema) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' {
			b.WriteRune(r)
		}
	}
	name := b.String()
	if len(name) > 63 {
		name = name[:63]
	}
	return name
}

// Listen relays PostgreSQL notifications on channel to the hub until ctx
// ends, reconnecting after failures, so an item created on any instance
// alerts moderators connected to this one.
func Listen(ctx context.Context, dsn, channel string, hub *Hub, log *slog.Logger) {
	for ctx.Err() == nil {
		if err := listenOnce(ctx, dsn, channel, hub); err != nil && ctx.Err() == nil {
			log.Warn("queue alerts: listen failed, retrying", "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(2 * time.Second):
			}
		}
	}
}

func listenOnce(ctx context.Context, dsn, channel string, hub *Hub) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
		return err
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		var a Alert
		if json.Unmarshal([]byte(n.Payload), &a) == nil && a.ItemID != 0 {
			hub.Publish(a)
		}
	}
}
