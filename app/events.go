package app

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"
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

// modEvents streams queue alerts to a moderator's /mod page (Server-Sent
// Events). A comment every 15 seconds keeps proxies from closing the
// stream and marks the moderator as present.
func (s *Server) modEvents(c *fiber.Ctx) error {
	c.Set(fiber.HeaderContentType, "text/event-stream")
	c.Set(fiber.HeaderCacheControl, "no-cache")
	c.Set("X-Accel-Buffering", "no")
	alerts, stop := s.hub.Subscribe()
	s.markModeratorActive()
	c.Context().SetBodyStreamWriter(fasthttp.StreamWriter(func(w *bufio.Writer) {
		defer stop()
		ping := time.NewTicker(15 * time.Second)
		defer ping.Stop()
		fmt.Fprint(w, "retry: 3000\n: connected\n\n")
		if w.Flush() != nil {
			return
		}
		for {
			select {
			case a, ok := <-alerts:
				if !ok {
					return
				}
				data, _ := json.Marshal(a)
				fmt.Fprintf(w, "event: queue\ndata: %s\n\n", data)
			case <-ping.C:
				s.markModeratorActive()
				fmt.Fprint(w, ": ping\n\n")
			}
			if w.Flush() != nil {
				return
			}
		}
	}))
	return nil
}
