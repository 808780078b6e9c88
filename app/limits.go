package app

import (
	"encoding/binary"
	"fmt"
	"math"
	"time"
)

// allow is a sliding-window counter in the shared key/value store, so
// every instance counts against the same limit: the current window's
// count plus the previous window's, weighted by how much of it still
// overlaps. Storage errors allow the request: a rate limiter must never
// be the reason someone's words are lost.
func (s *Server) allow(rule string, key string, max int, window time.Duration) bool {
	if max <= 0 {
		return true
	}
	now := time.Now()
	slot := now.UnixNano() / int64(window)
	elapsed := float64(now.UnixNano()%int64(window)) / float64(window)
	kv := s.store.KV()
	read := func(slot int64) (uint64, error) {
		raw, err := kv.Get(fmt.Sprintf("rl:%s:%s:%d", rule, key, slot))
		if err != nil || len(raw) != 8 {
			return 0, err
		}
		return binary.BigEndian.Uint64(raw), nil
	}
	cur, err := read(slot)
	if err != nil {
		return true
	}
	prev, err := read(slot - 1)
	if err != nil {
		return true
	}
	if math.Ceil(float64(cur)+float64(prev)*(1-elapsed)) >= float64(max) {
		return false
	}
	buf := make([]byte, 8)
	binary.BigEndian.PutUint64(buf, cur+1)
	_ = kv.Set(fmt.Sprintf("rl:%s:%s:%d", rule, key, slot), buf, 2*window)
	return true
}
