package app

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"haven/app/moderation"
	"haven/models"
)

const modSeenKey = "mod:last_seen"

// markModeratorActive records that a moderator is around, in the shared
// key/value store so every instance knows.
func (s *Server) markModeratorActive() {
	_ = s.store.KV().Set(modSeenKey, []byte(strconv.FormatInt(time.Now().Unix(), 10)), 24*time.Hour)
}

// moderatorsIdle reports whether no moderator has been seen for ModIdle.
func (s *Server) moderatorsIdle() bool {
	raw, err := s.store.KV().Get(modSeenKey)
	if err != nil || raw == nil {
		return true
	}
	at, err := strconv.ParseInt(string(raw), 10, 64)
	return err != nil || time.Since(time.Unix(at, 0)) > s.cfg.ModIdle
}

// streamLife ends each event stream before the server's write timeout
// (30 s) would cut it; the browser reconnects a second later, sending the
// last event id so nothing created in between is missed.
const streamLife = 25 * time.Second

// modEvents streams queue alerts to a moderator's /mod page (Server-Sent
// Events). Each event's id is its queue item's id; on reconnect, open
// items newer than Last-Event-ID are sent first. A comment every 10
// seconds keeps proxies from closing the stream and marks the moderator
// as present.
func (s *Server) modEvents(c *fiber.Ctx) error {
	c.Set(fiber.HeaderContentType, "text/event-stream")
	c.Set(fiber.HeaderCacheControl, "no-cache")
	c.Set("X-Accel-Buffering", "no")
	var missed []models.QueueItem
	if last, err := strconv.ParseUint(c.Get("Last-Event-ID"), 10, 64); err == nil {
		items, err := s.store.QueueItemsAfter(c.UserContext(), uint(last), 50)
		if err != nil {
			return err
		}
		missed = items
	}
	alerts, stop := s.hub.Subscribe()
	s.markModeratorActive()
	c.Context().SetBodyStreamWriter(fasthttp.StreamWriter(func(w *bufio.Writer) {
		defer stop()
		ping := time.NewTicker(10 * time.Second)
		defer ping.Stop()
		end := time.NewTimer(streamLife)
		defer end.Stop()
		fmt.Fprint(w, "retry: 1000\n: connected\n\n")
		for _, it := range missed {
			writeAlert(w, moderation.Alert{ItemID: it.ID, Kind: it.Kind, Priority: it.Priority, Escalated: it.Status == models.StatusEscalated})
		}
		if w.Flush() != nil {
			return
		}
		for {
			select {
			case a, ok := <-alerts:
				if !ok {
					return
				}
				writeAlert(w, a)
			case <-ping.C:
				s.markModeratorActive()
				fmt.Fprint(w, ": ping\n\n")
			case <-end.C:
				_ = w.Flush()
				return
			}
			if w.Flush() != nil {
				return
			}
		}
	}))
	return nil
}

func writeAlert(w *bufio.Writer, a moderation.Alert) {
	data, _ := json.Marshal(a)
	fmt.Fprintf(w, "id: %d\nevent: queue\ndata: %s\n\n", a.ItemID, data)
}
