package app

import (
	"encoding/binary"
	"fmt"
	"time"
)

// allow is a fixed-window counter in the shared key/value store, so every
// instance counts against the same limit. Storage errors allow the request:
// a rate limiter must never be the reason someone's words are lost.
func (s *Server) allow(rule string, key string, max int, window time.Duration) bool {
	if max <= 0 {
		return true
	}
	slot := time.Now().Unix() / int64(window.Seconds())
	k := fmt.Sprintf("rl:%s:%s:%d", rule, key, slot)
	kv := s.store.KV()
	raw, err := kv.Get(k)
	if err != nil {
		return true
	}
	var n uint64
	if len(raw) == 8 {
		n = binary.BigEndian.Uint64(raw)
	}
	if n >= uint64(max) {
		return false
	}
	buf := make([]byte, 8)
	binary.BigEndian.PutUint64(buf, n+1)
	_ = kv.Set(k, buf, window)
	return true
}
